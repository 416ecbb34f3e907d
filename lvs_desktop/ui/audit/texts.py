"""`tr()` for the audit log screen: English source text, Dutch shipped here (as `ui/sync/texts`
does) until the desk's translation file takes these strings over."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

DUTCH = {
    "Audit log": "Logboek",
    "Who saw or changed which dossier, and when. Dossiers are named by their reference, "
    "never by BSN.": "Wie welk dossier heeft bekeken of gewijzigd, en wanneer. Dossiers staan "
    "er met hun kenmerk, nooit met een BSN.",
    "Person": "Persoon",
    "Dossier": "Dossier",
    "Action": "Handeling",
    "From": "Van",
    "To": "Tot en met",
    "all": "alle",
    "any": "—",
    "name": "naam",
    "reference, e.g. 2026-JV-0001": "kenmerk, bijv. 2026-JV-0001",
    "Filter": "Filteren",
    "Export to CSV…": "Exporteren naar CSV…",
    "Check the chains": "Keten controleren",
    "When": "Wanneer",
    "Who": "Wie",
    "Part": "Onderdeel",
    "Detail": "Toelichting",
    "Loading…": "Bezig met laden…",
    "{n} log entries": "{n} logregels",
    "1 log entry": "1 logregel",
    "No log entries match the filter.": "Geen logregels die aan het filter voldoen.",
    "Save the audit log": "Logboek opslaan",
    "CSV files (*.csv)": "CSV-bestanden (*.csv)",
    "{n} log entries written to {path}.": "{n} logregels geschreven naar {path}.",
    "Checking the chains…": "De ketens worden gecontroleerd…",
    "The first day comes after the last.": "De eerste dag ligt na de laatste.",
}

tr = with_dutch(DUTCH)
