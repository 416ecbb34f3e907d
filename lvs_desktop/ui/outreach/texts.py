"""`tr()` for the outreach tab and its dialogs: English source text, Dutch shipped here (as
`ui/sync/texts.py` does). The desk's own translator wins where it knows a string."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

CONTEXT = "lvs"

DUTCH = {
    "RMC and referrals": "RMC en verwijzingen",
    "RMC outreach": "RMC-outreach",
    "Referrals and hand-overs": "Verwijzingen en overdrachten",
    "Date": "Datum",
    "Phase": "Fase",
    "Destination": "Bestemming",
    "Programme": "Programma",
    "Positive": "Positief",
    "Note": "Notitie",
    "yes": "ja",
    "no": "nee",
    "No outreach steps yet.": "Nog geen outreach-stappen.",
    "Now: {phase}": "Nu: {phase}",
    "Now: {phase} → {destination}": "Nu: {phase} → {destination}",
    " · programme: {programme}": " · programma: {programme}",
    "Newcomer: {origin}": "Nieuwkomer: {origin}",
    "Newcomer: {origin}, arrived {date}": "Nieuwkomer: {origin}, aangekomen {date}",
    "Not marked as newcomer.": "Niet gemarkeerd als nieuwkomer.",
    "Record &phase…": "&Fase vastleggen…",
    "Take back last step": "Laatste stap terugnemen",
    "Take back the step of {date} ({phase})?": "De stap van {date} ({phase}) terugnemen?",
    "Ne&wcomer…": "Nieu&wkomer…",
    "&Refer…": "&Verwijzen…",
    "Record re&sult…": "Re&sultaat vastleggen…",
    "Choose a referral in the list first.": "Kies eerst een verwijzing in de lijst.",
    "Partner": "Partner",
    "Kind": "Soort",
    "Warm": "Warm",
    "Consent": "Toestemming",
    "Follow-up": "Terugkoppeling",
    "Accepted": "Geaccepteerd",
    "Result": "Resultaat",
    "{date} OVERDUE": "{date} over tijd",
    "{label} on {date}": "{label} op {date}",
    "Record an outreach phase": "Outreach-fase vastleggen",
    "(none)": "(geen)",
    "Refer to a partner": "Verwijzen naar een partner",
    "Reason": "Reden",
    "Referred on": "Verwezen op",
    "Warm hand-over (introduced in person)": "Warme overdracht (persoonlijk voorgesteld)",
    "Consent given by": "Toestemming gegeven door",
    "Consent given on": "Toestemming gegeven op",
    "Follow-up on": "Terugkoppeling op",
    "(no consent yet)": "(nog geen toestemming)",
    "Choose a partner.": "Kies een partner.",
    "The region's partner register is empty: add partners under Region first.": (
        "Het partnerregister van de regio is leeg: voeg eerst partners toe onder Regio."
    ),
    "Result of the referral": "Resultaat van de verwijzing",
    "Accepted by the partner": "Geaccepteerd door de partner",
    "Result on": "Resultaat op",
    "What came of it": "Wat het opleverde",
    "Newcomer": "Nieuwkomer",
    "Origin": "Herkomst",
    "(not a newcomer)": "(geen nieuwkomer)",
    "Arrived on": "Aangekomen op",
    "Only what the counts need: the origin category and, if known, the arrival date.": (
        "Alleen wat de telling nodig heeft: de herkomstcategorie en, als bekend, de aankomstdatum."
    ),
}

tr = with_dutch(DUTCH, CONTEXT)
