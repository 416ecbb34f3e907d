"""`tr()` for the agenda's task actions and the outcome dialogs: English source text, Dutch
shipped here (as `ui/sync/texts.py` does) until `resources/translations/lvs_nl.ts` takes
these strings over. The desk's own translator wins where it knows a string."""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

CONTEXT = "lvs"

DUTCH = {
    # agenda
    "Show": "Toon",
    "Open tasks": "Open taken",
    "Done and not needed": "Gedaan en niet nodig",
    "All tasks": "Alle taken",
    "Status": "Status",
    "Assigned to": "Toegewezen aan",
    "Closed": "Afgesloten",
    "Note": "Notitie",
    "&Done…": "&Gedaan…",
    "&Not needed…": "&Niet nodig…",
    "&Reschedule…": "&Verzetten…",
    "&Assign…": "&Toewijzen…",
    "New &task…": "Nieuwe &taak…",
    "Re&open": "&Heropenen",
    "Choose a task in the list first.": "Kies eerst een taak in de lijst.",
    "A deadline is met by doing the work, not ticked off here.": (
        "Een termijn vervalt door het werk te doen (bijv. een contact vastleggen), "
        "niet door hem hier af te vinken."
    ),
    "Overdue: {overdue} · today: {today} · this week: {week} · later: {later}": (
        "Over tijd: {overdue} · vandaag: {today} · deze week: {week} · later: {later}"
    ),
    " · done or not needed: {closed}": " · gedaan of niet nodig: {closed}",
    # task dialogs
    "Task done": "Taak gedaan",
    "Task not needed": "Taak niet nodig",
    "Reschedule task": "Taak verzetten",
    "Assign task": "Taak toewijzen",
    "New task": "Nieuwe taak",
    "Task": "Taak",
    "Done on": "Gedaan op",
    "Closed on": "Afgesloten op",
    "Why not needed": "Waarom niet nodig",
    "New date": "Nieuwe datum",
    "Current date": "Huidige datum",
    "Colleague": "Collega",
    "Description": "Omschrijving",
    "Due on": "Uiterlijk op",
    "Case": "Dossier",
    "— the case's consultant —": "— de consulent van het dossier —",
    "Choose a colleague.": "Kies een collega.",
    # exemption decision
    "Exemption: advice and decision": "Vrijstelling: advies en besluit",
    "Request": "Aanvraag",
    "Stands": "Stand",
    "Step": "Stap",
    "Advice asked": "Advies gevraagd",
    "Decision": "Besluit",
    "Advice asked on": "Advies gevraagd op",
    "Advice asked of": "Advies gevraagd bij",
    "Decided on": "Besluit genomen op",
    "Sent on": "Verzonden op",
    "Exempt from": "Vrijgesteld van",
    "Exempt until": "Vrijgesteld tot en met",
    "Explanation": "Toelichting",
    "Grounds": "Motivering",
    "Head of school heard on": "Directeur gehoord op",
    "The grounds the decision letter prints (not needed for a withdrawal).": (
        "De motivering die de besluitbrief afdrukt (niet nodig bij een intrekking)."
    ),
    "This request has been decided; nothing more to record.": (
        "Op deze aanvraag is besloten; er valt niets meer vast te leggen."
    ),
    "Choose an exemption in the list first.": "Kies eerst een vrijstelling in de lijst.",
    "Choose an enforcement step in the list first.": (
        "Kies eerst een stap in de lijst (handhaving)."
    ),
    # enforcement outcome
    "Record the outcome": "Uitkomst vastleggen",
    "Enforcement step": "Handhavingsstap",
    "Sent to the OM": "Ingezonden aan het OM",
    "OM decision": "Beslissing OM",
    "Court outcome": "Uitspraak rechter",
    "Outcome": "Uitkomst",
    "Date": "Datum",
    "Amount (€)": "Bedrag (€)",
    "Nothing more to record for this step.": "Voor deze stap valt niets meer vast te leggen.",
    "Decide exemption…": "Besluit vrijstelling…",
    "Record outcome…": "Uitkomst vastleggen…",
    "Add task…": "Taak toevoegen…",
    "Choose what to record.": "Kies wat u vastlegt.",
}


tr = with_dutch(DUTCH, CONTEXT)
