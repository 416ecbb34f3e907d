<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>lvs</name>
    <message>
      <source>&amp;Done…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Not needed…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reschedule…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Assign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;task…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also show later items</source>
      <translation>Ook latere punten tonen</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Case no.</source>
      <translation>Dossiernr.</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jeugdige</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Over tijd</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Deze week</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>LVS_GUI_THREAD_GUARD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dossier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who saw or changed which dossier, and when. Dossiers are named by their reference, never by BSN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reference, e.g. 2026-JV-0001</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the chains</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <source>Checking the chains…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first day comes after the last.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No log entries match the filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log</source>
      <translation>Logboek</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 log entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} log entries written to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} log entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logboek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wie welk dossier heeft bekeken of gewijzigd, en wanneer. Dossiers staan er met hun kenmerk, nooit met een BSN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Persoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Van</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tot en met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kenmerk, bijv. 2026-JV-0001</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporteren naar CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keten controleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wanneer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onderdeel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toelichting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bezig met laden…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} logregels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 logregel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen logregels die aan het filter voldoen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logboek opslaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV-bestanden (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} logregels geschreven naar {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De ketens worden gecontroleerd…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De eerste dag ligt na de laatste.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit this entry from its own tab.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a row first, then press F2 to edit it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A decision or letter is not changed afterwards: void it (Ctrl+Shift+X).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a parent or carer on the People tab first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a report, contact, route decision or letter (on the timeline) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This entry has been voided already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>VOIDED: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No school known. Record one with {add}, or choose the school with {youth}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>editSelected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit selected…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>editYouth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit &amp;youth…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+Y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>addGuardian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;parent or carer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+G</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>removeGuardian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove parent or carer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+Del</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>editCase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+U</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>voidEntry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Void entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+X</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>addEnrolment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;enrolment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decide exemption…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Alt+V</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>decideExemption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record outcome…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Alt+U</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recordOutcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add task…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>addTask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose an exemption in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose an enforcement step in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Dossier geopend</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>MAS route</source>
      <translation>MAS-route</translation>
    </message>
    <message>
      <source>Exemption</source>
      <translation>Vrijstelling</translation>
    </message>
    <message>
      <source>Enforcement</source>
      <translation>Handhaving</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Case closed</source>
      <translation>Dossier gesloten</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Ouder</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation>Moeder</translation>
    </message>
    <message>
      <source>Father</source>
      <translation>Vader</translation>
    </message>
    <message>
      <source>Carer</source>
      <translation>Verzorger</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Voogd</translation>
    </message>
    <message>
      <source>Foster parent</source>
      <translation>Pleegouder</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Meldingen</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contacten</translation>
    </message>
    <message>
      <source>Exemptions</source>
      <translation>Vrijstellingen</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Betrokkenen</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Ontvangen</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Hours absent</source>
      <translation>Uren verzuim</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Manier</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwoord</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deelnemers</translation>
    </message>
    <message>
      <source>Parents present</source>
      <translation>Aanwezige ouders</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Afspraken</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Besloten</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Open by rules</source>
      <translation>Open volgens regels</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Motivering</translation>
    </message>
    <message>
      <source>Override reason</source>
      <translation>Reden afwijking</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Brieven</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Tot en met</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Uitkomst</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Stap</translation>
    </message>
    <message>
      <source>Against</source>
      <translation>Tegen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Parental authority</source>
      <translation>Gezag</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Duty: {duty}</source>
      <translation>Plicht: {duty}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>{n} unanswered invitation(s)</source>
      <translation>{n} onbeantwoorde uitnodiging(en)</translation>
    </message>
    <message>
      <source>escalation is due</source>
      <translation>escalatie is aan de orde</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Geadresseerde</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Afgedrukt</translation>
    </message>
    <message>
      <source>{age} years (born {born})</source>
      <translation>{age} jaar (geboren {born})</translation>
    </message>
    <message>
      <source>School: {school}</source>
      <translation>School: {school}</translation>
    </message>
    <message>
      <source>{kind} · {status} · opened {opened}</source>
      <translation>{kind} · {status} · geopend {opened}</translation>
    </message>
    <message>
      <source>Consultant: {name}</source>
      <translation>Consulent: {name}</translation>
    </message>
    <message>
      <source>Next deadlines</source>
      <translation>Eerstvolgende termijnen</translation>
    </message>
    <message>
      <source>until {date}</source>
      <translation>tot en met {date}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <source>closed {date}</source>
      <translation>gesloten {date}</translation>
    </message>
    <message>
      <source>MAS route: {route}</source>
      <translation>MAS-route: {route}</translation>
    </message>
    <message>
      <source>Nothing recorded in this case yet.</source>
      <translation>In dit dossier is nog niets vastgelegd.</translation>
    </message>
    <message>
      <source>Reports, contacts, letters and decisions appear here as they are recorded.</source>
      <translation>Meldingen, contacten, brieven en besluiten verschijnen hier zodra ze zijn vastgelegd.</translation>
    </message>
    <message>
      <source>No reports yet.</source>
      <translation>Nog geen meldingen.</translation>
    </message>
    <message>
      <source>Record a report of absence with {action}.</source>
      <translation>Leg een verzuimmelding vast met {action}.</translation>
    </message>
    <message>
      <source>newReport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No contacts yet.</source>
      <translation>Nog geen contacten.</translation>
    </message>
    <message>
      <source>Record a conversation or an attempt with {action}.</source>
      <translation>Leg een gesprek of poging vast met {action}.</translation>
    </message>
    <message>
      <source>logContact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No MAS route decided yet.</source>
      <translation>Nog geen MAS-route gekozen.</translation>
    </message>
    <message>
      <source>Decide one with {action}.</source>
      <translation>Kies er een met {action}.</translation>
    </message>
    <message>
      <source>decideRoute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No letters yet.</source>
      <translation>Nog geen brieven.</translation>
    </message>
    <message>
      <source>The letters made for this case are kept here.</source>
      <translation>De brieven van dit dossier worden hier bewaard.</translation>
    </message>
    <message>
      <source>No exemptions.</source>
      <translation>Geen vrijstellingen.</translation>
    </message>
    <message>
      <source>Record a request for an exemption with {action}.</source>
      <translation>Leg een verzoek om vrijstelling vast met {action}.</translation>
    </message>
    <message>
      <source>No enforcement steps.</source>
      <translation>Geen handhavingsstappen.</translation>
    </message>
    <message>
      <source>Record a Halt referral, a PV or another step with {action}.</source>
      <translation>Leg een Halt-verwijzing, een pv of een andere stap vast met {action}.</translation>
    </message>
    <message>
      <source>No people recorded yet.</source>
      <translation>Nog geen personen vastgelegd.</translation>
    </message>
    <message>
      <source>Add a parent or carer with {action}.</source>
      <translation>Voeg een ouder of verzorger toe met {action}.</translation>
    </message>
    <message>
      <source>Default columns and widths</source>
      <translation>Standaardkolommen en -breedtes</translation>
    </message>
    <message>
      <source> (overdue)</source>
      <translation> (over tijd)</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Leeftijd</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Termijn</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consulent</translation>
    </message>
    <message>
      <source>Search name, birth date, BSN, school or case number… (↓ to the results)</source>
      <translation>Zoek op naam, geboortedatum, BSN, school of dossiernummer… (↓ naar de resultaten)</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle soorten</translation>
    </message>
    <message>
      <source>All municipalities</source>
      <translation>Alle gemeenten</translation>
    </message>
    <message>
      <source>All school types</source>
      <translation>Alle schooltypen</translation>
    </message>
    <message>
      <source>My cases</source>
      <translation>Mijn dossiers</translation>
    </message>
    <message>
      <source>All consultants</source>
      <translation>Alle consulenten</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Alleen over tijd</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Choose the columns of the caseload</source>
      <translation>Kies de kolommen van de caseload</translation>
    </message>
    <message>
      <source>No cases to show. Change the search or the filters above.</source>
      <translation>Geen dossiers om te tonen. Pas de zoekopdracht of de filters hierboven aan.</translation>
    </message>
    <message>
      <source>{shown} of {total} cases</source>
      <translation>{shown} van {total} dossiers</translation>
    </message>
    <message>
      <source>Edit youth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parent or carer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit parent or carer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add parent or carer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove parent or carer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void an entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit enrolment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add enrolment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choose —</source>
      <translation>— kies —</translation>
    </message>
    <message>
      <source>This enrolment was entered by mistake: remove it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolled from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Until (empty: still enrolled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the school.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown / other</source>
      <translation>Onbekend / anders</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Vrouw</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Street and number</source>
      <translation>Straat en huisnummer</translation>
    </message>
    <message>
      <source>Postcode and place</source>
      <translation>Postcode en plaats</translation>
    </message>
    <message>
      <source>van, de, …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given names</source>
      <translation>Voornamen</translation>
    </message>
    <message>
      <source>Prefix and surname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date and gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BSN and birth place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— not enrolled —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolled since and grade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolment history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No change of school yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date</source>
      <translation>Geboortedatum</translation>
    </message>
    <message>
      <source>Enrolled since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For a new school: the first day there (left as it was: today).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Surname</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <source>Initials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has parental authority (gezag)</source>
      <translation>Heeft gezag</translation>
    </message>
    <message>
      <source>The child lives with this parent or carer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Given names and initials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation>Geslacht</translation>
    </message>
    <message>
      <source>Same address as the youth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date and place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BSN</source>
      <translation>BSN</translation>
    </message>
    <message>
      <source>Remove {name} from this youth? They no longer get letters; the audit and the letters already sent keep them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>What lies behind the absence, in a few sentences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of case</source>
      <translation>Soort dossier</translation>
    </message>
    <message>
      <source>Underlying problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the route decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void {what} “{description}”? It stays in the timeline, struck through with your reason, and no longer counts in figures, letters or deadlines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. entered in the wrong case; typed twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Underlying problems: {problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jeugdige bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouder of verzorger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouder of verzorger bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouder of verzorger toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouder of verzorger verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Melding bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dossier bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ongeldig maken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inschrijving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inschrijving bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inschrijving toevoegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— kies —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deze inschrijving is per vergissing vastgelegd: verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingeschreven vanaf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tot en met (leeg: nog ingeschreven)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies de school.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scholen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen school bekend. Leg een inschrijving vast met {add}, of kies de school met {youth}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vanaf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Inschrijving toevoegen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onbekend / anders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrouw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Man</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Straat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Straat en huisnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Postcode en plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geboorteplaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voornamen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tussenvoegsel en achternaam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geboortedatum en geslacht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>BSN en geboorteplaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— niet ingeschreven —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leerjaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingeschreven sinds en leerjaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inschrijvingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nog geen wissel van school.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geboortedatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingeschreven sinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bij een andere school: de eerste dag daar (ongewijzigd gelaten: vandaag).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Achternaam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorletters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heeft gezag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het kind woont bij deze ouder of verzorger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voornamen en voorletters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geslacht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zelfde adres als de jeugdige</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geboortedatum en -plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} verwijderen bij deze jeugdige? Er gaan geen brieven meer naartoe; de audit en de al verstuurde brieven bewaren de gegevens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verwijderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wat achter het verzuim zit, in een paar zinnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soort dossier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consulent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onderliggende problemen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>de melding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>het contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>het routebesluit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>de brief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} “{description}” ongeldig maken? Het blijft doorgestreept in de tijdlijn staan met uw reden, en telt niet meer mee in cijfers, brieven en termijnen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bijv. bij het verkeerde dossier gezet; dubbel ingevoerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De reden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geselecteerde &amp;bewerken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Jeugdige bewerken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Ouder of verzorger toevoegen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouder of verzorger verwijderen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dossier bewerken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ongeldig &amp;maken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bewerken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selecteer eerst een regel en druk dan op F2 om die te bewerken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een besluit of brief wijzig je achteraf niet: maak die ongeldig (Ctrl+Shift+X).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bewerk dit vanaf het eigen tabblad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selecteer eerst een ouder of verzorger op het tabblad Personen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selecteer eerst een melding, contact, routebesluit of brief (in de tijdlijn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dit is al ongeldig gemaakt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ONGELDIG: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onderliggende problemen: {problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Form</source>
      <translation>Formulier</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label} is verplicht.</translation>
    </message>
    <message>
      <source>Close case</source>
      <translation>Dossier sluiten</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Gesloten op</translation>
    </message>
    <message>
      <source>Closing reason (DUO)</source>
      <translation>Reden van afsluiten (DUO)</translation>
    </message>
    <message>
      <source>Closing note (DUO)</source>
      <translation>Afsluitende opmerking (DUO)</translation>
    </message>
    <message>
      <source>Choose the closing reason.</source>
      <translation>Kies de reden van afsluiten.</translation>
    </message>
    <message>
      <source>Choose the closing note.</source>
      <translation>Kies de afsluitende opmerking.</translation>
    </message>
    <message>
      <source>Log contact</source>
      <translation>Contact vastleggen</translation>
    </message>
    <message>
      <source>Add agreement</source>
      <translation>Afspraak toevoegen</translation>
    </message>
    <message>
      <source>The invitation was answered</source>
      <translation>De uitnodiging is beantwoord</translation>
    </message>
    <message>
      <source>e.g. mother, pupil, mentor</source>
      <translation>bijv. moeder, leerling, mentor</translation>
    </message>
    <message>
      <source>This was an interrogation (verhoor)</source>
      <translation>Dit was een verhoor</translation>
    </message>
    <message>
      <source>The caution (cautie) was given</source>
      <translation>De cautie is gegeven</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Due (dd-mm-yyyy)</source>
      <translation>Uiterlijk (dd-mm-jjjj)</translation>
    </message>
    <message>
      <source>The contact lies in the future.</source>
      <translation>Het contact ligt in de toekomst.</translation>
    </message>
    <message>
      <source>Due date of agreement {n}</source>
      <translation>Datum van afspraak {n}</translation>
    </message>
    <message>
      <source>Agreement {n} has no description.</source>
      <translation>Afspraak {n} heeft geen omschrijving.</translation>
    </message>
    <message>
      <source>Enforcement step</source>
      <translation>Handhavingsstap</translation>
    </message>
    <message>
      <source>Request received on</source>
      <translation>Aanvraag ontvangen op</translation>
    </message>
    <message>
      <source>Exempt from</source>
      <translation>Vrijgesteld van</translation>
    </message>
    <message>
      <source>Exempt until</source>
      <translation>Vrijgesteld tot en met</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Besloten op</translation>
    </message>
    <message>
      <source>Kind of absence</source>
      <translation>Soort verzuim</translation>
    </message>
    <message>
      <source>Against parent</source>
      <translation>Tegen ouder</translation>
    </message>
    <message>
      <source>Reference (e.g. PV number)</source>
      <translation>Kenmerk (bijv. PV-nummer)</translation>
    </message>
    <message>
      <source>Halt hours</source>
      <translation>Halt-uren</translation>
    </message>
    <message>
      <source>— not against a parent —</source>
      <translation>— niet tegen een ouder —</translation>
    </message>
    <message>
      <source>Record the outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing more to record for this step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent to the OM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OM decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Court outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exemption: advice and decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The grounds the decision letter prints (not needed for a withdrawal).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice asked on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice asked of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Head of school heard on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This request has been decided; nothing more to record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New case</source>
      <translation>Nieuw dossier</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Tussenvoegsel</translation>
    </message>
    <message>
      <source>Record the first report now</source>
      <translation>De eerste melding nu vastleggen</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Geopend op</translation>
    </message>
    <message>
      <source>First enter the BSN, or the surname and birth date: a youth who is already known is offered before a new one is made.</source>
      <translation>Vul eerst het BSN in, of de achternaam en geboortedatum: een jeugdige die al bekend is, wordt aangeboden voordat een nieuwe wordt gemaakt.</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>same BSN</source>
      <translation>zelfde BSN</translation>
    </message>
    <message>
      <source>same surname and birth date</source>
      <translation>zelfde achternaam en geboortedatum</translation>
    </message>
    <message>
      <source>Already known: tick the youth to open the case for them.</source>
      <translation>Al bekend: vink de jeugdige aan om het dossier voor hem of haar te openen.</translation>
    </message>
    <message>
      <source>No known youth with this BSN or name and birth date.</source>
      <translation>Geen bekende jeugdige met dit BSN of deze naam en geboortedatum.</translation>
    </message>
    <message>
      <source>Parent (optional)</source>
      <translation>Ouder (niet verplicht)</translation>
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done and not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All tasks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assigned to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a task in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A deadline is met by doing the work, not ticked off here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue: {overdue} · today: {today} · this week: {week} · later: {later}</source>
      <translation>Over tijd: {overdue} · vandaag: {today} · deze week: {week} · later: {later}</translation>
    </message>
    <message>
      <source> · done or not needed: {closed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Task done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Task not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reschedule task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assign task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why not needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— the case's consultant —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a colleague.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what to record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gedaan en niet nodig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toegewezen aan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afgesloten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notitie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Gedaan…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Niet nodig…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Verzetten…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Toewijzen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwe &amp;taak…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Heropenen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst een taak in de lijst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Een termijn vervalt door het werk te doen (bijv. een contact vastleggen), niet door hem hier af te vinken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Over tijd: {overdue} · vandaag: {today} · deze week: {week} · later: {later}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · gedaan of niet nodig: {closed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak gedaan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak niet nodig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak verzetten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak toewijzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwe taak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gedaan op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afgesloten op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waarom niet nodig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwe datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huidige datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collega</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Omschrijving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uiterlijk op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— de consulent van het dossier —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies een collega.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijstelling: advies en besluit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aanvraag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advies gevraagd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Besluit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advies gevraagd op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advies gevraagd bij</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Besluit genomen op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verzonden op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijgesteld van</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijgesteld tot en met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Motivering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directeur gehoord op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De motivering die de besluitbrief afdrukt (niet nodig bij een intrekking).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Op deze aanvraag is besloten; er valt niets meer vast te leggen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst een vrijstelling in de lijst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst een stap in de lijst (handhaving).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitkomst vastleggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handhavingsstap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingezonden aan het OM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslissing OM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitspraak rechter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitkomst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bedrag (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voor deze stap valt niets meer vast te leggen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Besluit vrijstelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitkomst vastleggen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taak toevoegen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies wat u vastlegt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New report</source>
      <translation>Nieuwe melding</translation>
    </message>
    <message>
      <source>All lessons missed</source>
      <translation>Alle lessen gemist</translation>
    </message>
    <message>
      <source>Report type</source>
      <translation>Soort melding</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Ontvangen op</translation>
    </message>
    <message>
      <source>Absent from</source>
      <translation>Verzuim vanaf</translation>
    </message>
    <message>
      <source>Absent until</source>
      <translation>Verzuim tot en met</translation>
    </message>
    <message>
      <source>Times late</source>
      <translation>Keren te laat</translation>
    </message>
    <message>
      <source>Suspected reason</source>
      <translation>Vermoedelijke reden</translation>
    </message>
    <message>
      <source>Reported by (school)</source>
      <translation>Gemeld door (school)</translation>
    </message>
    <message>
      <source>Decide MAS route</source>
      <translation>MAS-route kiezen</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>nog niet bekend</translation>
    </message>
    <message>
      <source>Long-term, structural absence</source>
      <translation>Langdurig, structureel verzuim</translation>
    </message>
    <message>
      <source>Help is refused</source>
      <translation>Hulp wordt geweigerd</translation>
    </message>
    <message>
      <source>The child's development is threatened</source>
      <translation>De ontwikkeling van het kind wordt bedreigd</translation>
    </message>
    <message>
      <source>First luxe-absence offence</source>
      <translation>Eerste keer luxe verzuim</translation>
    </message>
    <message>
      <source>Parents consent to Halt</source>
      <translation>Ouders stemmen in met Halt</translation>
    </message>
    <message>
      <source>The young person admits</source>
      <translation>De jongere erkent het verzuim</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>Routes</translation>
    </message>
    <message>
      <source>This route is closed by the rules: write why you choose it anyway.</source>
      <translation>Deze route is volgens de regels gesloten: schrijf waarom u er toch voor kiest.</translation>
    </message>
    <message>
      <source>Choose a route.</source>
      <translation>Kies een route.</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>gesloten</translation>
    </message>
    <message>
      <source>The route {route} is closed: {reasons} Write an override reason to choose it anyway.</source>
      <translation>De route {route} is gesloten: {reasons} Schrijf een reden om er toch voor te kiezen.</translation>
    </message>
    <message>
      <source>Interrogation (verhoor)</source>
      <translation>Verhoor</translation>
    </message>
    <message>
      <source>Choose who was heard</source>
      <translation>Kies wie er is gehoord</translation>
    </message>
    <message>
      <source>The suspicion was explained</source>
      <translation>Verteld waarvan de verdachte wordt verdacht</translation>
    </message>
    <message>
      <source>e.g. mr. A. de Wit</source>
      <translation>bijv. mr. A. de Wit</translation>
    </message>
    <message>
      <source>empty: no interpreter</source>
      <translation>leeg: geen tolk</translation>
    </message>
    <message>
      <source>The statement in the suspect's own words</source>
      <translation>De verklaring in de eigen woorden van de verdachte</translation>
    </message>
    <message>
      <source>The statement was read back</source>
      <translation>De verklaring is voorgelezen</translation>
    </message>
    <message>
      <source>Heard</source>
      <translation>Gehoord</translation>
    </message>
    <message>
      <source>Counsel</source>
      <translation>Rechtsbijstand</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Advocaat</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Verklaring</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Ondertekening</translation>
    </message>
    <message>
      <source>{name} (the pupil)</source>
      <translation>{name} (de leerling)</translation>
    </message>
    <message>
      <source>{name} (parent)</source>
      <translation>{name} (ouder)</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Niet vastgelegd</translation>
    </message>
    <message>
      <source>Waived counsel (after being told of the right)</source>
      <translation>Afstand van een advocaat (na uitleg van het recht)</translation>
    </message>
    <message>
      <source>A lawyer was present</source>
      <translation>Advocaat aanwezig</translation>
    </message>
    <message>
      <source>Signed the statement</source>
      <translation>Verklaring ondertekend</translation>
    </message>
    <message>
      <source>Refused to sign</source>
      <translation>Weigerde te ondertekenen</translation>
    </message>
    <message>
      <source>Error reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the program kept when something went wrong: where, never your data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find an error code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>During</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No error reports are kept in this vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version: {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error code {code} is not in this vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error reports…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foutmeldingen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foutmeldingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wanneer (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foutcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bij</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoek een foutcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoeken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laden…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Er zijn geen foutmeldingen bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foutcode {code} staat niet in deze kluis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waar: {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Versie: {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wat het programma bewaarde toen er iets misging: waar, nooit uw gegevens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The user guide is missing from this installation ({path}). Install the program again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About LVS Desktop</source>
      <translation>Over LVS Desktop</translation>
    </message>
    <message>
      <source>Leerplicht and RMC casework over an encrypted vault, for consultants and their team lead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Built with Python {python} and Qt for Python {qt}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Handleiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handleiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Over LVS Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Versie {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leerplicht- en RMC-dossiers in een versleutelde kluis, voor consulenten en hun teamleider.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deze kluis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemaakt met Python {python} en Qt for Python {qt}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De handleiding ontbreekt in deze installatie ({path}). Installeer het programma opnieuw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>newCase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>openCase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closeCase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import absence reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No file chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose &amp;file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(automatic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I&amp;mport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation>Profiel</translation>
    </message>
    <message>
      <source>Absence reports (*.csv *.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you import: {counts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Our field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mapping of the columns (profile {name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not in the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DUO number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First contact by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Born</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absence reports from DUO that wait for a consultant. Select one or more and assign them; a candidate is a report without BSN or onderwijsnummer that looks like a youth we know: say whether it is the same one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import reports…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assign to the &amp;proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Assign to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is the &amp;same youth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New youth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>candidate: {who}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The intake is empty: no reports wait for a consultant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one or more reports first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one candidate first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} reports waiting, {candidates} of them to confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meldingnummer;BSN;Onderwijsnummer;Voornamen;Voorvoegsel;Achternaam;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats;BRIN;Vestiging;Verzuimsoort;Datum melding;Begindatum verzuim;Einddatum verzuim;Uren verzuim;Soort uren;Contactpersoon;Functie contactpersoon;Telefoon contactpersoon;E-mail contactpersoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>16 uur in 4 weken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>luxe verzuim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>langdurig relatief verzuim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>overig verzuim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verzuimmeldingen van DUO die op een consulent wachten. Kies er een of meer en wijs ze toe; een kandidaat is een melding zonder BSN of onderwijsnummer die lijkt op een jongere die we kennen: zeg of het dezelfde is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} meldingen wachten, waarvan {candidates} te bevestigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De intake is leeg: geen meldingen die op een consulent wachten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meldingen &amp;inlezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toewijzen aan het &amp;voorstel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Toewijzen aan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dit is &amp;dezelfde jongere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Nieuwe jongere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoeken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meldingnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Datum melding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eerste contact uiterlijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Naam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geboren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorstel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kandidaat: {who}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst een of meer meldingen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst één kandidaat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verzuimmeldingen inlezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Bestand kiezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Koppelprofiel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen bestand gekozen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verzuimmeldingen (*.csv *.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Koppeling van de kolommen (profiel {name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ons veld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kolom in het bestand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(niet in het bestand)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eerste regels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geweigerde regels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Inlezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestand wordt gelezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bezig met inlezen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Als u inleest: {counts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>&amp;Nieuw dossier…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>New &amp;report…</source>
      <translation>Nieuwe &amp;melding…</translation>
    </message>
    <message>
      <source>Log &amp;contact…</source>
      <translation>&amp;Contact vastleggen…</translation>
    </message>
    <message>
      <source>Decide MAS &amp;route…</source>
      <translation>MAS-&amp;route kiezen…</translation>
    </message>
    <message>
      <source>&amp;Exemption…</source>
      <translation>&amp;Vrijstelling…</translation>
    </message>
    <message>
      <source>En&amp;forcement step…</source>
      <translation>&amp;Handhavingsstap…</translation>
    </message>
    <message>
      <source>C&amp;lose case…</source>
      <translation>Dossier &amp;sluiten…</translation>
    </message>
    <message>
      <source>&amp;Back to the caseload</source>
      <translation>&amp;Terug naar de caseload</translation>
    </message>
    <message>
      <source>&amp;Open selected case</source>
      <translation>Gekozen dossier &amp;openen</translation>
    </message>
    <message>
      <source>&amp;Search the caseload</source>
      <translation>&amp;Zoeken in de caseload</translation>
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
      <source>&amp;About LVS Desktop</source>
      <translation>&amp;Over LVS Desktop</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Regio</translation>
    </message>
    <message>
      <source>Prevention</source>
      <translation>Preventie</translation>
    </message>
    <message>
      <source>Thuiszitters</source>
      <translation>Thuiszitters</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>LVS Desktop — {vault}</source>
      <translation>LVS Desktop — {vault}</translation>
    </message>
    <message>
      <source>Vault: {name}</source>
      <translation>Kluis: {name}</translation>
    </message>
    <message>
      <source>Unlocked · locks after {n} min idle (Ctrl+L locks now)</source>
      <translation>Ontgrendeld · vergrendelt na {n} min zonder activiteit (Ctrl+L: nu)</translation>
    </message>
    <message>
      <source>Caseload</source>
      <translation>Caseload</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Letters to print</source>
      <translation>Brieven om af te drukken</translation>
    </message>
    <message>
      <source>Synchronisation</source>
      <translation>Synchronisatie</translation>
    </message>
    <message>
      <source>Reporting</source>
      <translation>Rapportages</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Record &amp;phase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take back last step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ne&amp;wcomer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Refer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record re&amp;sult…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RMC outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referrals and hand-overs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No outreach steps yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not marked as newcomer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take back the step of {date} ({phase})?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · programme: {programme}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a referral in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} OVERDUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: {phase} → {destination}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: {phase}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Newcomer: {origin}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Newcomer: {origin}, arrived {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record an outreach phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refer to a partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result of the referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Newcomer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warm hand-over (introduced in person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Referred on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent given by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consent given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted by the partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What came of it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only what the counts need: the origin category and, if known, the arrival date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arrived on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no consent yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a partner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not a newcomer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The region's partner register is empty: add partners under Region first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RMC and referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RMC en verwijzingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RMC-outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verwijzingen en overdrachten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestemming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Programma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Positief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nog geen outreach-stappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nu: {phase}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nu: {phase} → {destination}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> · programma: {programme}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwkomer: {origin}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwkomer: {origin}, aangekomen {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niet gemarkeerd als nieuwkomer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Fase vastleggen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laatste stap terugnemen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De stap van {date} ({phase}) terugnemen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieu&amp;wkomer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Verwijzen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;sultaat vastleggen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies eerst een verwijzing in de lijst.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toestemming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terugkoppeling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geaccepteerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resultaat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} TE LAAT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label} op {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outreach-fase vastleggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verwijzen naar een partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verwezen op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warme overdracht (persoonlijk voorgesteld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toestemming gegeven door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toestemming gegeven op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terugkoppeling op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(nog geen toestemming)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies een partner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het partnerregister van de regio is leeg: voeg eerst partners toe onder Regio.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resultaat van de verwijzing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geaccepteerd door de partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resultaat op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wat het opleverde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwkomer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Herkomst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(geen nieuwkomer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aangekomen op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alleen wat de telling nodig heeft: de herkomstcategorie en, als bekend, de aankomstdatum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coming soon.</source>
      <translation>Komt binnenkort.</translation>
    </message>
    <message>
      <source>#B7D3D9</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#5B9AA8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#00535F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>School year</source>
      <translation>Schooljaar</translation>
    </message>
    <message>
      <source>For publication (small counts hidden)</source>
      <translation>Voor publicatie (kleine aantallen verborgen)</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>PDF exporteren…</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV exporteren…</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Cijfers</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Bezig met tellen…</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export figures</source>
      <translation>Cijfers exporteren</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Bezig met exporteren…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Opgeslagen.</translation>
    </message>
    <message>
      <source>School year:</source>
      <translation>Schooljaar:</translation>
    </message>
    <message>
      <source>Municipality:</source>
      <translation>Gemeente:</translation>
    </message>
    <message>
      <source>The figures could not be computed.</source>
      <translation>De cijfers konden niet worden berekend.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
      <source>e.g. the college of Dordrecht</source>
      <translation>bijv. het college van burgemeester en wethouders van Dordrecht</translation>
    </message>
    <message>
      <source>empty: not confirmed by the region</source>
      <translation>leeg: niet door de regio bevestigd</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Code (in case numbers)</source>
      <translation>Code (in dossiernummers)</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Functie</translation>
    </message>
    <message>
      <source>BOA number</source>
      <translation>BOA-nummer</translation>
    </message>
    <message>
      <source>BOA akte valid until</source>
      <translation>BOA-akte geldig tot en met</translation>
    </message>
    <message>
      <source>Akte number</source>
      <translation>Aktenummer</translation>
    </message>
    <message>
      <source>Sworn by</source>
      <translation>Beëdigd met</translation>
    </message>
    <message>
      <source>Appointed leerplichtambtenaar by</source>
      <translation>Aangewezen als leerplichtambtenaar door</translation>
    </message>
    <message>
      <source>Appointed on</source>
      <translation>Aangewezen op</translation>
    </message>
    <message>
      <source>Proces-verbaal (region)</source>
      <translation>Proces-verbaal (regio)</translation>
    </message>
    <message>
      <source>Article, kwalificatieplichtige pupil</source>
      <translation>Artikel kwalificatieplichtige leerling</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programma</translation>
    </message>
    <message>
      <source>Lock after idle time</source>
      <translation>Vergrendelen na inactiviteit</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Deadline terms of the region</source>
      <translation>Termijnen van de regio</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Instellingen opslaan</translation>
    </message>
    <message>
      <source>Working days to first contact after a report</source>
      <translation>Werkdagen tot eerste contact na een melding</translation>
    </message>
    <message>
      <source>Unanswered invitations before escalation</source>
      <translation>Onbeantwoorde uitnodigingen voor escalatie</translation>
    </message>
    <message>
      <source>Months from first interrogation to PV</source>
      <translation>Maanden van eerste verhoor tot PV</translation>
    </message>
    <message>
      <source>Months from report to PV</source>
      <translation>Maanden van melding tot PV</translation>
    </message>
    <message>
      <source>Months before 18th birthday for the screening</source>
      <translation>Maanden vóór 18e verjaardag voor de screening</translation>
    </message>
    <message>
      <source>Months to an offer for a thuiszitter</source>
      <translation>Maanden tot een aanbod voor een thuiszitter</translation>
    </message>
    <message>
      <source>Weeks for an objection (Awb)</source>
      <translation>Weken bezwaartermijn (Awb)</translation>
    </message>
    <message>
      <source>Oath (eed)</source>
      <translation>Eed</translation>
    </message>
    <message>
      <source>Affirmation (belofte)</source>
      <translation>Belofte</translation>
    </message>
    <message>
      <source>Weak: a sentence of four or more words is easy to remember and strong.</source>
      <translation>Zwak: een zin van vier of meer woorden is makkelijk te onthouden en sterk.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <source>Choose a vault</source>
      <translation>Kies een kluis</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Sterk.</translation>
    </message>
    <message>
      <source>Reasonable; a few more words make it strong.</source>
      <translation>Redelijk; met een paar woorden meer wordt het sterk.</translation>
    </message>
    <message>
      <source>LVS Desktop — unlock vault</source>
      <translation>LVS Desktop — kluis ontgrendelen</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <source>Vault</source>
      <translation>Kluis</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Open vault</source>
      <translation>Kluis openen</translation>
    </message>
    <message>
      <source>e.g. JD</source>
      <translation>bijv. JD</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Kluis maken</translation>
    </message>
    <message>
      <source>New vault</source>
      <translation>Nieuwe kluis</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <source>Your code</source>
      <translation>Uw code</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
      <source>Your casework is kept in an encrypted vault. Enter its passphrase.</source>
      <translation>Uw dossiers staan in een versleutelde kluis. Voer het wachtwoord in.</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
      <source>Creating the vault…</source>
      <translation>Bezig met het maken van de kluis…</translation>
    </message>
    <message>
      <source>LVS vault (*{suffix})</source>
      <translation>LVS-kluis (*{suffix})</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>Voer het wachtwoord in.</translation>
    </message>
    <message>
      <source>Your name is required.</source>
      <translation>Uw naam is verplicht.</translation>
    </message>
    <message>
      <source>Your code is 1 to 4 letters.</source>
      <translation>Uw code is 1 tot 4 letters.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
      <source>Strength: {hint}</source>
      <translation>Sterkte: {hint}</translation>
    </message>
    <message>
      <source>Files past their retention term</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destroyed files stay destroyed: other laptops and the team vault follow at the next sync, and the backups are dealt with as chosen below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups after a purge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I understand that destroying cannot be undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destroy the selected files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the vault's passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Existing backups are re-encrypted with the new passphrase; a backup that cannot be is removed. None opens with the old passphrase afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vault and retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files past retention…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select the files to destroy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the confirmation first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} file(s) past their retention term.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>retention term passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only removed files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rewrite them without the destroyed data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kluis en bewaartermijnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dossiers over de bewaartermijn…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wachtwoord wijzigen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dossiers over de bewaartermijn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bewaard tot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bewaartermijn verstreken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>geen dossier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>alleen verwijderde dossiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reservekopieën na vernietigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Herschrijven zonder de vernietigde gegevens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ik begrijp dat vernietigen niet ongedaan kan worden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geselecteerde dossiers vernietigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} dossier(s) over de bewaartermijn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selecteer de dossiers die vernietigd moeten worden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vink eerst de bevestiging aan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vernietigde dossiers blijven vernietigd: andere laptops en de teamkluis volgen bij de volgende synchronisatie, en de reservekopieën gaan zoals hieronder gekozen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wachtwoord van de kluis wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuw wachtwoord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Herhaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wachtwoord wijzigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestaande reservekopieën worden opnieuw versleuteld met het nieuwe wachtwoord; een reservekopie waarbij dat niet lukt, wordt verwijderd. Daarna opent geen enkele nog met het oude wachtwoord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wachtwoord wordt gewijzigd…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dd-mm-yyyy</source>
      <translation>dd-mm-jjjj</translation>
    </message>
    <message>
      <source>{label}: not a valid date; write it as dd-mm-yyyy.</source>
      <translation>{label}: geen geldige datum; schrijf dd-mm-jjjj.</translation>
    </message>
    <message>
      <source>Something went wrong in the program; nothing was saved. Please try again.</source>
      <translation>Er ging iets mis in het programma; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Something went wrong in the program (error code {code}); nothing was saved. Please mention the error code when you report this.</source>
      <translation>Er ging iets mis in het programma (foutcode {code}); er is niets opgeslagen. Noem de foutcode als u dit meldt.</translation>
    </message>
    <message>
      <source>VSV figures…</source>
      <translation>Vsv-cijfers…</translation>
    </message>
    <message>
      <source>Enter DUO's official early school leavers</source>
      <translation>De officiële voortijdig schoolverlaters van DUO invoeren</translation>
    </message>
    <message>
      <source>Early school leavers (DUO)</source>
      <translation>Voortijdig schoolverlaters (DUO)</translation>
    </message>
    <message>
      <source>DUO's figure of a school year: new early school leavers and the participants they are counted against. The annual report shows it one school year later.</source>
      <translation>Het cijfer van DUO over een schooljaar: nieuwe voortijdig schoolverlaters en de deelnemers waartegen zij geteld worden. Het jaarverslag toont het een schooljaar later.</translation>
    </message>
    <message>
      <source>New early school leavers:</source>
      <translation>Nieuwe voortijdig schoolverlaters:</translation>
    </message>
    <message>
      <source>Participants (denominator):</source>
      <translation>Deelnemers (noemer):</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
  </context>
</TS>
