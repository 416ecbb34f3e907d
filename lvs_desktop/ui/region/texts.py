"""`tr()` for the first-run wizard and the region registers: English source text, the Dutch
shipped here (as `ui/sync/texts.py` does; `i18n.with_dutch`). The desk's own translator wins
where it knows a string; otherwise, in Dutch, this table does.
"""

from __future__ import annotations

from lvs_desktop.ui.i18n import with_dutch

DUTCH: dict[str, str] = {
    # the municipality picker
    "Municipality": "Gemeente",
    "CBS code": "CBS-code",
    "Already in this vault": "Staat al in deze kluis",
    "Search by name or CBS code…": "Zoek op naam of CBS-code…",
    "Clear choice": "Keuze &wissen",
    "&Search:": "&Zoeken:",
    "{n} chosen": "{n} gekozen",
    "Only the &chosen": "&Alleen de gekozen",
    # the first-run wizard
    "LVS Desktop — first start": "LVS Desktop — eerste start",
    "< &Back": "< V&orige",
    "&Next >": "&Volgende >",
    "&Make the vault": "Kluis &maken",
    "Cancel": "Annuleren",
    "Making the vault…": "De kluis wordt gemaakt…",
    "A new vault": "Een nieuwe kluis",
    "Your casework is kept in an encrypted vault on this computer. Choose a passphrase that "
    "only you know: without it nobody, not even the administrator, can open the vault.": (
        "Uw dossiers staan in een versleutelde kluis op deze computer. Kies een wachtwoord "
        "dat alleen u kent: zonder dat wachtwoord kan niemand de kluis openen, ook de "
        "beheerder niet."
    ),
    "&Browse…": "&Bladeren…",
    "&Open an existing vault instead…": "Een &bestaande kluis openen…",
    "Was a vault made for you already, or is it somewhere else?": (
        "Is er al een kluis voor u gemaakt, of staat uw kluis ergens anders?"
    ),
    "Vault file": "Kluisbestand",
    "&Passphrase": "&Wachtwoord",
    "Passphrase &again": "Wachtwoord &nogmaals",
    "Where should the vault go?": "Waar moet de kluis komen?",
    "LVS vault (*.lvsvault)": "LVS-kluis (*.lvsvault)",
    "Strength: {hint}": "Sterkte: {hint}",
    "The two passphrases differ.": "De twee wachtwoorden verschillen.",
    "Choose where the vault goes.": "Kies waar de kluis komt.",
    'There is a vault at this place already; open it with "Open an existing vault '
    'instead…", or choose another file name.': (
        'Op deze plek staat al een kluis; open die met "Een bestaande kluis openen…", of '
        "kies een andere bestandsnaam."
    ),
    "The folder of the vault is not a folder.": "De map van de kluis is geen map.",
    "You may not write in this folder; choose another place for the vault.": (
        "U mag in deze map niet schrijven; kies een andere plek voor de kluis."
    ),
    "Your role": "Uw rol",
    "What do you use LVS Desktop for? This decides what you may change.": (
        "Waarvoor gebruikt u LVS Desktop? Dit bepaalt wat u mag wijzigen."
    ),
    "Consultant (leerplicht and RMC)": "Consulent leerplicht en RMC",
    "You keep your own caseload and export it to your team lead.": (
        "U houdt uw eigen dossiers bij en exporteert die naar uw teamleider."
    ),
    "Team lead": "Teamleider",
    "You keep the region's registers and the team's roster, merge the consultants' exports "
    "and make the annual figures.": (
        "U beheert de registers van de regio en de teamlijst, voegt de exports van de "
        "consulenten samen en maakt de jaarcijfers."
    ),
    "The LVS administration": "De administratie van LVS",
    "You handle absolute absence and intake and keep the registers up to date.": (
        "U behandelt absoluut verzuim en de intake en houdt de registers bij."
    ),
    "Your details": "Uw gegevens",
    "Letters and the proces-verbaal use these. You can change them later under Settings.": (
        "Brieven en het proces-verbaal gebruiken deze gegevens. U kunt ze later wijzigen "
        "onder Instellingen."
    ),
    "e.g. JD": "bijv. JD",
    "&Name": "&Naam",
    "&Initials (in case numbers)": "&Initialen (in dossiernummers)",
    "&Function": "&Functie",
    "&Phone": "&Telefoon",
    "&E-mail": "&E-mail",
    "BOA (special investigating officer)": "BOA (buitengewoon opsporingsambtenaar)",
    "BOA (special investigating officer), if you are one": (
        "BOA (buitengewoon opsporingsambtenaar), als u dat bent"
    ),
    "&BOA number": "&BOA-nummer",
    "&Akte number": "&Aktenummer",
    "Akte valid &until": "Akte &geldig tot",
    "Akte valid until": "Akte geldig tot",
    "&Sworn by": "Beëdigd &met",
    "oath (eed)": "eed",
    "affirmation (belofte)": "belofte",
    "Your name is required.": "Uw naam is verplicht.",
    "Your initials are 1 to 4 letters, e.g. JD.": "Uw initialen zijn 1 tot 4 letters, bijv. JD.",
    "The e-mail address is not valid.": "Het e-mailadres is niet geldig.",
    "Your region": "Uw regio",
    "Tick the municipalities your team works for. Schools, reports and the annual figures are "
    "kept per municipality; you can add more later on the Region page.": (
        "Vink de gemeenten aan waarvoor uw team werkt. Scholen, meldingen en de jaarcijfers "
        "worden per gemeente bijgehouden; later kunt u er meer toevoegen op de pagina Regio."
    ),
    "A consultant may skip this: the region comes with the team lead's export.": (
        "Als consulent mag u dit overslaan: de regio komt dan met de export van uw teamleider."
    ),
    "Zuid-Holland Zuid (the &10 municipalities)": "Zuid-Holland Zuid (de &10 gemeenten)",
    "Choose at least one municipality: the registers of a team start with them.": (
        "Kies minstens één gemeente: de registers van een team beginnen daarmee."
    ),
    "Make the vault": "Kluis maken",
    "Check your answers; Back changes them. Making the vault takes a moment.": (
        "Controleer uw antwoorden; met Vorige kunt u ze wijzigen. Het maken van de kluis "
        "duurt even."
    ),
    "Role": "Rol",
    "Name": "Naam",
    "Initials": "Initialen",
    "Function": "Functie",
    "Municipalities ({n})": "Gemeenten ({n})",
    "none yet": "nog geen",
    # the Region page
    "Region": "Regio",
    "Region registers": "Registers van de regio",
    "Registers of the region {name}": "Registers van de regio {name}",
    "Name of the &region…": "Naam van de &regio…",
    "Name of the region": "Naam van de regio",
    "&Municipalities": "Ge&meenten",
    "&Schools": "&Scholen",
    "&Partner organisations": "&Partnerorganisaties",
    "&Team": "Te&am",
    "as team lead you keep the registers and the team's roster.": (
        "als teamleider beheert u de registers en de teamlijst."
    ),
    "as the administration you keep the registers; the team lead keeps the roster.": (
        "als administratie beheert u de registers; de teamleider beheert de teamlijst."
    ),
    "kept by your team lead. You can add a school or partner organisation that is missing, "
    "and change what you added; the rest is read-only.": (
        "beheerd door uw teamleider. U kunt een ontbrekende school of partnerorganisatie "
        "toevoegen en wijzigen wat u zelf toevoegde; de rest kunt u alleen bekijken."
    ),
    "Search…": "Zoeken…",
    "Sea&rch:": "&Zoeken:",
    "Show a&rchived": "Ook gearchiveerde to&nen",
    "&Add…": "&Toevoegen…",
    "&Edit…": "&Wijzigen…",
    "Arc&hive": "Arc&hiveren",
    "&Restore": "Terug&zetten",
    "{shown} of {total}": "{shown} van {total}",
    "{name} (archived)": "{name} (gearchiveerd)",
    "College (objections)": "College (bezwaar)",
    "Postal address": "Postadres",
    "&Add from the national list…": "&Toevoegen uit de landelijke lijst…",
    "&Edit address…": "Adres &wijzigen…",
    "School": "School",
    "BRIN": "BRIN",
    "Type": "Soort",
    "Address": "Adres",
    "Contact": "Contact",
    "All municipalities": "Alle gemeenten",
    "All types": "Alle soorten",
    "&Municipality:": "&Gemeente:",
    "T&ype:": "S&oort:",
    "&Add a school…": "School &toevoegen…",
    "&Import DUO file…": "DUO-bestand &inlezen…",
    "Kind": "Soort",
    "Organisation": "Organisatie",
    "Phone": "Telefoon",
    "E-mail": "E-mail",
    "&Add a partner…": "Organisatie &toevoegen…",
    # the register forms
    "&Save": "&Opslaan",
    "Add municipalities": "Gemeenten toevoegen",
    "Tick at least one municipality.": "Vink minstens één gemeente aan.",
    "Municipality: address for objections": "Gemeente: adres voor bezwaar",
    "Decision letters of {name} (CBS {code}) tell the parents to send an objection to this "
    "address.": (
        "Beschikkingen van {name} (CBS {code}) vermelden dit adres: daar sturen ouders hun "
        "bezwaarschrift heen."
    ),
    "&College": "&College",
    "&Street or PO box": "&Straat of postbus",
    "House n&umber": "&Huisnummer",
    "&Postcode": "&Postcode",
    "T&own": "Pl&aats",
    "Add a school": "School toevoegen",
    "Edit school": "School wijzigen",
    "&Type": "Soo&rt",
    "(none)": "(geen)",
    "&Municipality": "&Gemeente",
    "&BRIN": "&BRIN",
    "&Location code": "&Vestigingscode",
    "&Street": "&Straat",
    "&Contact person": "&Contactpersoon",
    "P&hone": "&Telefoon",
    "Samenwerkings&verband": "Sa&menwerkingsverband",
    "Partner organisation": "Partnerorganisatie",
    "Add a partner": "Partnerorganisatie toevoegen",
    "Edit partner organisation": "Partnerorganisatie wijzigen",
    "&Kind": "Soo&rt",
    "N&otes": "Notit&ies",
    # the DUO import
    "Import schools from DUO files": "Scholen inlezen uit DUO-bestanden",
    'DUO publishes every school location as open data (duo.nl, "Adressen '
    'onderwijsinstellingen"). Choose one or more of those files; first you see what would '
    "change, nothing is saved until you press Import.": (
        'DUO publiceert alle schoolvestigingen als open data (duo.nl, "Adressen '
        'onderwijsinstellingen"). Kies een of meer van die bestanden; u ziet eerst wat er '
        "zou veranderen, er wordt niets opgeslagen tot u op Inlezen drukt."
    ),
    "No file chosen": "Geen bestand gekozen",
    "&Files:": "&Bestanden:",
    "&Choose files…": "Bestanden &kiezen…",
    "&All municipalities, not only the region's": "&Alle gemeenten, niet alleen die van de regio",
    "All lines": "Alle regels",
    "S&how:": "&Tonen:",
    "&Import": "&Inlezen",
    "Close": "Sluiten",
    "Choose DUO files": "DUO-bestanden kiezen",
    "DUO files (*.csv *.txt);;All files (*)": "DUO-bestanden (*.csv *.txt);;Alle bestanden (*)",
    "Reading the files…": "De bestanden worden gelezen…",
    "Importing…": "Bezig met inlezen…",
    "Line": "Regel",
    "Outcome": "Wat er gebeurt",
    "Location code": "Vestigingscode",
    "Reason or fields": "Reden of velden",
    "File": "Bestand",
    "changed: {fields}": "gewijzigd: {fields}",
    "Preview (nothing saved yet): {counts}.": "Voorbeeld (nog niets opgeslagen): {counts}.",
    "Imported: {counts}.": "Ingelezen: {counts}.",
    # wizard extras
    "e.g. Zuid-Holland Zuid": "bijv. Zuid-Holland Zuid",
    "&Name of the region": "&Naam van de regio",
    # the team
    "&Add a team member…": "Teamlid &toevoegen…",
    "BOA number": "BOA-nummer",
    "Covers": "Werkgebied",
    "Consultant": "Consulent",
    "Administration": "Administratie",
    "Team member": "Teamlid",
    "Add a team member": "Teamlid toevoegen",
    "Edit team member": "Teamlid wijzigen",
    "&Initials": "&Initialen",
    "A&kte number": "A&ktenummer",
    "&Role": "&Rol",
    "Covers &municipalities": "Werkgebie&d: gemeenten",
    "Covers &schools": "Werkgebied: s&cholen",
    "Search by name or municipality…": "Zoek op naam of gemeente…",
    "The initials are 1 to 4 letters, e.g. JD.": "De initialen zijn 1 tot 4 letters, bijv. JD.",
    # fields a DUO re-import changes
    "name": "naam",
    "street": "straat",
    "house number": "huisnummer",
    "postcode": "postcode",
    "town": "plaats",
    "municipality": "gemeente",
    "phone": "telefoon",
    "website": "website",
    "denomination": "denominatie",
    "type": "soort",
}


tr = with_dutch(DUTCH)
