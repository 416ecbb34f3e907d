"""`tr()` for the Sync page: English source text, Dutch shipped here until the desk's
translation file (`resources/translations/lvs_nl.ts`) takes these strings over.

The desk's own translator wins where it knows a string; otherwise, in Dutch, this table does.
"""

from __future__ import annotations

from lvs_desktop.ui.i18n import is_dutch, with_dutch

CONTEXT = "lvs"

DUTCH = {
    "Export": "Exporteren",
    "Import": "Inlezen",
    "Conflicts": "Conflicten",
    "Duplicates": "Dubbele jeugdigen",
    "Reassign cases": "Dossiers overdragen",
    "Consultant": "Consulent",
    "Only what changed since the last export": "Alleen wat sinds de vorige export veranderde",
    "Transfer passphrase": "Transportwachtwoord",
    "Repeat passphrase": "Herhaal wachtwoord",
    "Export…": "Exporteren…",
    "Save export file": "Exportbestand opslaan",
    "Export files (*.lvsbundle)": "Exportbestanden (*.lvsbundle)",
    "The two passphrases differ.": "De twee wachtwoorden zijn niet gelijk.",
    "Enter the transfer passphrase.": "Vul het transportwachtwoord in.",
    "Exporting…": "Bezig met exporteren…",
    "Export {sequence} for {name} written: {rows} rows.": (
        "Export {sequence} voor {name} gemaakt: {rows} rijen."
    ),
    "Your fingerprint: {fingerprint}. The team lead compares it (by phone) "
    "before accepting your first export.": (
        "Uw vingerafdruk: {fingerprint}. De teamleider vergelijkt die (telefonisch) "
        "voordat hij uw eerste export accepteert."
    ),
    "Import export files…": "Exportbestanden inlezen…",
    "Import export files": "Exportbestanden inlezen",
    "Choose files…": "Bestanden kiezen…",
    "Check": "Controleren",
    "Back": "Terug",
    "Import now": "Nu inlezen",
    "Cancel": "Annuleren",
    "Close": "Sluiten",
    "Checking the files…": "Bestanden worden gecontroleerd…",
    "Importing…": "Bezig met inlezen…",
    "Choose one or more export files.": "Kies een of meer exportbestanden.",
    "Accept this fingerprint": "Deze vingerafdruk accepteren",
    "Compare the fingerprint with the consultant (by phone) before you accept it.": (
        "Vergelijk de vingerafdruk met de consulent (telefonisch) voordat u die accepteert."
    ),
    "Record": "Gegeven",
    "Kind": "Soort",
    "What happens": "Wat er gebeurt",
    "Fields": "Velden",
    "new": "nieuw",
    "updated": "bijgewerkt",
    "unchanged": "ongewijzigd",
    "conflict": "conflict",
    "refused": "geweigerd",
    "New {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, "
    "duplicates {duplicates}.": (
        "Nieuw {new}, bijgewerkt {updated}, ongewijzigd {unchanged}, conflicten {conflicts}, "
        "dubbele {duplicates}."
    ),
    "{count} youth(s) with the same BSN linked.": (
        "{count} jeugdige(n) met hetzelfde BSN samengevoegd."
    ),
    "Imported. A backup was made first.": "Ingelezen. Eerst is een reservekopie gemaakt.",
    "Nothing was changed yet: this is a preview.": (
        "Er is nog niets veranderd: dit is een voorbeeld."
    ),
    "Field": "Veld",
    "Live value": "Huidige waarde",
    "By": "Door",
    "When": "Wanneer",
    "Other value": "Andere waarde",
    "(deleted)": "(verwijderd)",
    "Take the other": "Neem de andere over",
    "Delete anyway": "Toch verwijderen",
    "Keep as is": "Zo laten",
    "Show settled conflicts": "Ook afgehandelde conflicten",
    "Refresh": "Vernieuwen",
    "No open conflicts.": "Geen open conflicten.",
    "Merge…": "Samenvoegen…",
    "Not the same person": "Niet dezelfde persoon",
    "Merge two youths": "Twee jeugdigen samenvoegen",
    "Choose per field which value stays. The other youth's cases, guardians and letters move "
    "to the one that stays.": (
        "Kies per veld welke waarde blijft. Dossiers, ouders en brieven van de andere "
        "jeugdige gaan over naar de jeugdige die blijft."
    ),
    "Merge": "Samenvoegen",
    "{cases} case(s)": "{cases} dossier(s)",
    "No duplicate candidates.": "Geen mogelijke dubbele jeugdigen.",
    "Reference": "Kenmerk",
    "Youth": "Jeugdige",
    "Opened": "Geopend",
    "To consultant": "Naar consulent",
    "Reassign": "Overdragen",
    "Choose a case first.": "Kies eerst een dossier.",
    "Something went wrong in the program; nothing was saved. Please try again.": (
        "Er ging iets mis in het programma; er is niets opgeslagen. Probeer het opnieuw."
    ),
    "Export, import and merge the team's caseloads.": (
        "Caseloads van het team exporteren, inlezen en samenvoegen."
    ),
}

FIELD_LABELS = {
    "bsn": "BSN",
    "given_names": "Voornamen",
    "surname_prefix": "Tussenvoegsel",
    "surname": "Achternaam",
    "gender": "Geslacht",
    "birth_date": "Geboortedatum",
    "birth_place": "Geboorteplaats",
    "street": "Straat",
    "house_number": "Huisnummer",
    "postcode": "Postcode",
    "city": "Plaats",
    "municipality_id": "Gemeente",
    "school_id": "School",
    "enrolled_on": "Ingeschreven op",
    "grade": "Klas",
    "startkwalificatie_on": "Startkwalificatie op",
    "no_kwalificatieplicht": "Geen kwalificatieplicht",
    "first_school_day": "Eerste schooldag",
    "phone": "Telefoon",
    "email": "E-mail",
    "summary": "Samenvatting",
    "status": "Status",
    "consultant_id": "Consulent",
    "deleted": "Verwijderd",
}


tr = with_dutch(DUTCH, CONTEXT)


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ")) if is_dutch() else name.replace("_", " ")
