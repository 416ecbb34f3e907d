"""`tr()` for the intake page and its import dialog: English source text, Dutch shipped here
(as `ui/sync/texts.py` does) until the desk's translation file takes these strings over."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

CONTEXT = "lvs"

DUTCH = {
    "Intake": "Intake",
    "Absence reports from DUO that wait for a consultant. Select one or more and assign "
    "them; a candidate is a report without BSN or onderwijsnummer that looks like a youth "
    "we know: say whether it is the same one.": (
        "Verzuimmeldingen van DUO die op een consulent wachten. Kies er een of meer en wijs "
        "ze toe; een kandidaat is een melding zonder BSN of onderwijsnummer die lijkt op een "
        "jongere die we kennen: zeg of het dezelfde is."
    ),
    "{count} reports waiting, {candidates} of them to confirm": (
        "{count} meldingen wachten, waarvan {candidates} te bevestigen"
    ),
    "The intake is empty: no reports wait for a consultant.": (
        "De intake is leeg: geen meldingen die op een consulent wachten."
    ),
    "&Import reports…": "Meldingen &inlezen…",
    "Assign to the &proposal": "Toewijzen aan het &voorstel",
    "&Assign to": "&Toewijzen aan",
    "This is the &same youth": "Dit is &dezelfde jongere",
    "&New youth": "&Nieuwe jongere",
    "Search…": "Zoeken…",
    "DUO number": "Meldingnummer",
    "Report date": "Datum melding",
    "First contact by": "Eerste contact uiterlijk",
    "Name": "Naam",
    "Born": "Geboren",
    "Kind": "Soort",
    "School": "School",
    "Municipality": "Gemeente",
    "Proposal": "Voorstel",
    "Status": "Status",
    "new": "nieuw",
    "candidate: {who}?": "kandidaat: {who}?",
    "Choose one or more reports first.": "Kies eerst een of meer meldingen.",
    "Choose one candidate first.": "Kies eerst één kandidaat.",
    "Loading…": "Bezig met laden…",
    # taking a report out of the inbox
    "Re&move from inbox": "Verwijderen uit &postvak",
    "Why the report leaves the inbox": "Waarom de melding uit het postvak gaat",
    # the import dialog
    "Import absence reports": "Verzuimmeldingen inlezen",
    "Choose &file…": "&Bestand kiezen…",
    "Profile": "Koppelprofiel",
    "(automatic)": "(automatisch)",
    "No file chosen.": "Geen bestand gekozen.",
    "Absence reports (*.csv *.xlsx)": "Verzuimmeldingen (*.csv *.xlsx)",
    "Mapping of the columns (profile {name})": "Koppeling van de kolommen (profiel {name})",
    "Our field": "Ons veld",
    "Column in the file": "Kolom in het bestand",
    "(not in the file)": "(niet in het bestand)",
    "First lines": "Eerste regels",
    "Refused lines": "Geweigerde regels",
    "Line": "Regel",
    "Reason": "Reden",
    "I&mport": "&Inlezen",
    "Close": "Sluiten",
    "Reading the file…": "Bestand wordt gelezen…",
    "Importing…": "Bezig met inlezen…",
    "If you import: {counts}": "Als u inleest: {counts}",
    # mapping the columns by hand
    "Map the &columns…": "&Kolommen koppelen…",
    "Map the columns": "Kolommen koppelen",
    "e.g. the name of the region or the export": "bijv. de naam van de regio of de export",
    "&Save profile": "Profiel &opslaan",
    "Cancel": "Annuleren",
    "Name of the profile": "Naam van het profiel",
    "Which column of the file holds each field? (* required)": (
        "Welke kolom van het bestand bevat elk veld? (* verplicht)"
    ),
    "Choose a column for: {fields}": "Kies een kolom voor: {fields}",
}

tr = with_dutch(DUTCH, CONTEXT)
