"""`tr()` for the prevention register, the thuiszitter list and the jaarverslag actions of the
Reports page: English source text, Dutch shipped here (as `ui/sync/texts.py` does)."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

CONTEXT = "lvs"

DUTCH = {
    # prevention register
    "Prevention": "Preventie",
    "Preventive work and advice not tied to a case: presentations, meetings, school visits, "
    "advice and questions.": (
        "Preventief werk en advies los van een dossier: voorlichting, overleg, schoolbezoeken, "
        "adviezen en vragen."
    ),
    "School year:": "Schooljaar:",
    "New activity": "Nieuwe activiteit",
    "Date": "Datum",
    "Kind": "Soort",
    "Asked by": "Aangevraagd door",
    "Topic": "Onderwerp",
    "Minutes": "Minuten",
    "Duration (minutes)": "Duur (minuten)",
    "School": "School",
    "(no school)": "(geen school)",
    "Record": "Vastleggen",
    "Delete": "Verwijderen",
    "Consultant": "Consulent",
    "Activities": "Activiteiten",
    "Per kind": "Per soort",
    "Per school": "Per school",
    "Number": "Aantal",
    "Total": "Totaal",
    "Loading…": "Bezig met laden…",
    "Saving…": "Bezig met opslaan…",
    "What was it about?": "Waar ging het over?",
    "{n} activities, {minutes} minutes": "{n} activiteiten, {minutes} minuten",
    "The data could not be read.": "De gegevens konden niet worden gelezen.",
    # thuiszitter list
    "Thuiszitters": "Thuiszitters",
    "Thuiszitters of the school year as the annual figure counts them on the chosen day: since "
    "when at home, the 3-month deadline for an offer, and the offer.": (
        "Thuiszitters van het schooljaar zoals het jaarcijfer ze telt op de gekozen dag: sinds "
        "wanneer thuis, de termijn van 3 maanden voor een aanbod, en het aanbod."
    ),
    "On:": "Op:",
    "Show": "Tonen",
    "Record offer…": "Aanbod vastleggen…",
    "Save CSV…": "CSV opslaan…",
    "Case": "Dossier",
    "Name": "Naam",
    "Municipality": "Gemeente",
    "At home since": "Thuis sinds",
    "At home until": "Thuis tot",
    "still at home": "nog thuis",
    "Exemption": "Vrijstelling",
    "Offer\ndeadline": "Termijn\naanbod",
    "Offer": "Aanbod",
    "Status": "Stand",
    "Only from\nthe report": "Alleen uit\nmelding",
    "yes": "ja",
    "{n} thuiszitters in school year {year} on {day}": (
        "{n} thuiszitters in schooljaar {year} op {day}"
    ),
    "Offer to a thuiszitter": "Aanbod aan een thuiszitter",
    "Offered on": "Datum aanbod",
    "Kind of offer": "Soort aanbod",
    "What was offered": "Wat is aangeboden",
    "Save": "Opslaan",
    "Cancel": "Annuleren",
    "Choose a thuiszitter in the list first.": "Kies eerst een thuiszitter in de lijst.",
    "Save list": "Lijst opslaan",
    "CSV (*.csv)": "CSV (*.csv)",
    "Saved.": "Opgeslagen.",
    "Not a valid date; write it as dd-mm-yyyy.": "Geen geldige datum; schrijf dd-mm-jjjj.",
    # jaarverslag on the Reports page
    "Edit text…": "Tekst bewerken…",
    "Annual report (PDF)…": "Jaarverslag (PDF)…",
    "Text above the table": "Tekst boven de tabel",
    "Generated text": "Gegenereerde tekst",
    "Use the generated text": "Gegenereerde tekst gebruiken",
    "This text is printed above the table in the annual report of {year} ({area}).": (
        "Deze tekst staat boven de tabel in het jaarverslag {year} ({area})."
    ),
    "Save annual report": "Jaarverslag opslaan",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Writing…": "Bezig met schrijven…",
}

tr = with_dutch(DUTCH, CONTEXT)
