"""`tr()` for the casework screens (edit dialogs, corrections, enrolment): English source
text, Dutch shipped here until the desk's translation file takes these strings over (as
`ui/sync/texts.py` does for the Sync page). The desk's translator wins where it knows a
string; otherwise, in Dutch, this table does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lvs_desktop.ui.i18n import with_dutch

CONTEXT = "lvs"

DUTCH = {
    # dialogs
    "Edit youth": "Jeugdige bewerken",
    "Parent or carer": "Ouder of verzorger",
    "Edit parent or carer": "Ouder of verzorger bewerken",
    "Add parent or carer": "Ouder of verzorger toevoegen",
    "Remove parent or carer": "Ouder of verzorger verwijderen",
    "Edit report": "Melding bewerken",
    "Edit contact": "Contact bewerken",
    "Edit case": "Dossier bewerken",
    "Void an entry": "Ongeldig maken",
    "Enrolment": "Inschrijving",
    "Edit enrolment": "Inschrijving bewerken",
    "Add enrolment": "Inschrijving toevoegen",
    "— choose —": "— kies —",
    "This enrolment was entered by mistake: remove it": (
        "Deze inschrijving is per vergissing vastgelegd: verwijderen"
    ),
    "Enrolled from": "Ingeschreven vanaf",
    "Until (empty: still enrolled)": "Tot en met (leeg: nog ingeschreven)",
    "Until": "Tot en met",
    "Choose the school.": "Kies de school.",
    "Schools": "Scholen",
    "No school known. Record one with {add}, or choose the school with {youth}.": (
        "Geen school bekend. Leg een inschrijving vast met {add}, of kies de school met {youth}."
    ),
    "From": "Vanaf",
    "Add &enrolment…": "&Inschrijving toevoegen…",
    # fields
    "Unknown / other": "Onbekend / anders",
    "Female": "Vrouw",
    "Male": "Man",
    "Street": "Straat",
    "No.": "Nr.",
    "Place": "Plaats",
    "Street and number": "Straat en huisnummer",
    "Postcode and place": "Postcode en plaats",
    "van, de, …": "van, de, …",
    "Birth place": "Geboorteplaats",
    "Given names": "Voornamen",
    "Prefix and surname": "Tussenvoegsel en achternaam",
    "Birth date and gender": "Geboortedatum en geslacht",
    "BSN and birth place": "BSN en geboorteplaats",
    "Phone": "Telefoon",
    "E-mail": "E-mail",
    "— not enrolled —": "— niet ingeschreven —",
    "Grade": "Leerjaar",
    "School": "School",
    "Enrolled since and grade": "Ingeschreven sinds en leerjaar",
    "Enrolment history": "Inschrijvingen",
    "No change of school yet.": "Nog geen wissel van school.",
    "now": "nu",
    "Birth date": "Geboortedatum",
    "Enrolled since": "Ingeschreven sinds",
    "For a new school: the first day there (left as it was: today).": (
        "Bij een andere school: de eerste dag daar (ongewijzigd gelaten: vandaag)."
    ),
    "Surname": "Achternaam",
    "Initials": "Voorletters",
    "Has parental authority (gezag)": "Heeft gezag",
    "The child lives with this parent or carer": "Het kind woont bij deze ouder of verzorger",
    "Relation": "Relatie",
    "Given names and initials": "Voornamen en voorletters",
    "Gender": "Geslacht",
    "Same address as the youth": "Zelfde adres als de jeugdige",
    "Birth date and place": "Geboortedatum en -plaats",
    "BSN": "BSN",
    "Remove {name} from this youth? They no longer get letters; the audit and the "
    "letters already sent keep them.": (
        "{name} verwijderen bij deze jeugdige? Er gaan geen brieven meer naartoe; de audit en "
        "de al verstuurde brieven bewaren de gegevens."
    ),
    "Remove": "Verwijderen",
    "What lies behind the absence, in a few sentences": (
        "Wat achter het verzuim zit, in een paar zinnen"
    ),
    "Kind of case": "Soort dossier",
    "Consultant": "Consulent",
    "Underlying problems": "Onderliggende problemen",
    "Explanation": "Toelichting",
    "the report": "de melding",
    "the contact": "het contact",
    "the route decision": "het routebesluit",
    "the letter": "de brief",
    "Void {what} \u201c{description}\u201d? It stays in the timeline, struck through with your "
    "reason, and no longer counts in figures, letters or deadlines.": (
        "{what} \u201c{description}\u201d ongeldig maken? Het blijft doorgestreept in de tijdlijn "
        "staan met uw reden, en telt niet meer mee in cijfers, brieven en termijnen."
    ),
    "Void": "Ongeldig maken",
    "e.g. entered in the wrong case; typed twice": (
        "bijv. bij het verkeerde dossier gezet; dubbel ingevoerd"
    ),
    "Reason": "Reden",
    "The reason": "De reden",
    # case view
    "&Edit selected…": "Geselecteerde &bewerken…",
    "Edit &youth…": "&Jeugdige bewerken…",
    "Add &parent or carer…": "&Ouder of verzorger toevoegen…",
    "Remove parent or carer…": "Ouder of verzorger verwijderen…",
    "Edit &case…": "&Dossier bewerken…",
    "&Void entry…": "Ongeldig &maken…",
    "Edit": "Bewerken",
    "Select a row first, then press F2 to edit it.": (
        "Selecteer eerst een regel en druk dan op F2 om die te bewerken."
    ),
    "A decision or letter is not changed afterwards: void it (Ctrl+Shift+X).": (
        "Een besluit of brief wijzig je achteraf niet: maak die ongeldig (Ctrl+Shift+X)."
    ),
    "Edit this entry from its own tab.": "Bewerk dit vanaf het eigen tabblad.",
    "Select a parent or carer on the People tab first.": (
        "Selecteer eerst een ouder of verzorger op het tabblad Personen."
    ),
    "Select a report, contact, route decision or letter (on the timeline) first.": (
        "Selecteer eerst een melding, contact, routebesluit of brief (in de tijdlijn)."
    ),
    "This entry has been voided already.": "Dit is al ongeldig gemaakt.",
    "VOIDED: {reason}": "ONGELDIG: {reason}",
    "Underlying problems: {problems}": "Onderliggende problemen: {problems}",
}


tr = with_dutch(DUTCH, CONTEXT)


def retitle(dialog: QWidget, title: str | None = None) -> None:
    """The window title in the desk's language (the form base translates with the desk's
    translator only)."""
    dialog.setWindowTitle(tr(title or str(getattr(dialog, "title", ""))))
