"""`tr()` for the register page: English source text, the Dutch shipped here (as
`ui/region/texts.py` does; `i18n.with_dutch`). List titles come Dutch from the services."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

DUTCH: dict[str, str] = {
    "Register": "Register",
    "&List:": "&Lijst:",
    "As &on:": "&Peildatum:",
    "&Refresh": "&Vernieuwen",
    "&Filter:": "&Filter:",
    "Name, BSN, municipality…": "Naam, BSN, gemeente…",
    "BSN": "BSN",
    "Name": "Naam",
    "Born": "Geboren",
    "Age": "Leeftijd",
    "Municipality": "Gemeente",
    "Address": "Adres",
    "Why on the list": "Reden",
    "Date": "Datum",
    "Case": "Dossier",
    "&Open case": "&Dossier openen",
    "Open cases for &all": "Dossiers openen voor &allen",
    "&Export CSV…": "&CSV exporteren…",
    "&Take list": "Lijst &vastleggen",
    "Import &residents…": "&Inwoners inlezen…",
    "Import &enrolments…": "I&nschrijvingen inlezen…",
    "&Purge register…": "Register &opschonen…",
    "VO–MBO &date…": "Overstap&datum VO–MBO…",
    "Loading the list…": "De lijst wordt opgehaald…",
    "Choose one or more people on the list.": "Kies een of meer personen op de lijst.",
    "Export list": "Lijst exporteren",
    "CSV file (*.csv)": "CSV-bestand (*.csv)",
    "{n} rows written to {file}.": "{n} regels geschreven naar {file}.",
    "Import residents extract": "Inwonersbestand inlezen",
    "Import enrolment file": "Inschrijvingenbestand inlezen",
    "Import into the register": "Inlezen in het register",
    "&Import": "&Inlezen",
    "Cancel": "Annuleren",
    "Refused lines:": "Geweigerde regels:",
    "… and {n} more.": "… en nog {n}.",
    "Purge the register": "Register opschonen",
    "Remove everyone who moved away or turned 23 from the register?": (
        "Iedereen die vertrokken is of 23 jaar werd uit het register verwijderen?"
    ),
    "VO–MBO transfer date (DD-MM):": "Overstapdatum VO–MBO (DD-MM):",
    "Since the previous list of {date}.": "Sinds de vorige lijst van {date}.",
    "Transfer date {date}.": "Overstapdatum {date}.",
    "The register is empty: import a residents extract and an enrolment file first.": (
        "Het register is leeg: lees eerst een inwonersbestand en een inschrijvingenbestand in."
    ),
}

tr = with_dutch(DUTCH)
