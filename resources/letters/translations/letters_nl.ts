<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>lvs_letters</name>
    <message>
      <source>Draft (CONCEPT)</source>
      <translation>Concept (CONCEPT)</translation>
    </message>
    <message>
      <source>Finalised</source>
      <translation>Afgesloten</translation>
    </message>
    <message>
      <source>A finalised proces-verbaal can no longer be changed or drawn again. Finalise it now, dated today?</source>
      <translation>Een afgesloten proces-verbaal kan niet meer worden gewijzigd of opnieuw gemaakt. Nu afsluiten, met de datum van vandaag?</translation>
    </message>
    <message>
      <source>&amp;New letter…</source>
      <translation>&amp;Nieuwe brief…</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Bekijken</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
      <source>&amp;Finalise PV…</source>
      <translation>PV af&amp;sluiten…</translation>
    </message>
    <message>
      <source>&amp;Response…</source>
      <translation>&amp;Reactie…</translation>
    </message>
    <message>
      <source>Record whether the recipient responded to this letter</source>
      <translation>Leg vast of de ontvanger op deze brief heeft gereageerd</translation>
    </message>
    <message>
      <source>Letter saved as a file.</source>
      <translation>Brief als bestand opgeslagen.</translation>
    </message>
    <message>
      <source>Finalise PV</source>
      <translation>PV afsluiten</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>nog niet</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Ontvanger</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Afgedrukt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Missing or not right:</source>
      <translation>Ontbreekt of klopt niet:</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>Afspraak</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Invite a child under 12 too</source>
      <translation>Ook een kind jonger dan 12 uitnodigen</translation>
    </message>
    <message>
      <source>Also a letter to the pupil (12 or older)</source>
      <translation>Ook een brief aan de leerling (12 jaar of ouder)</translation>
    </message>
    <message>
      <source>Also a letter to the parents</source>
      <translation>Ook een brief aan de ouders</translation>
    </message>
    <message>
      <source>The pupil (16+) agreed that this parent reads his reasons</source>
      <translation>De leerling (16+) vindt goed dat deze ouder zijn redenen leest</translation>
    </message>
    <message>
      <source>The young person admitted the absence</source>
      <translation>De jongere erkent het verzuim</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>Briefdatum</translation>
    </message>
    <message>
      <source>Suspect</source>
      <translation>Verdachte</translation>
    </message>
    <message>
      <source>Parents' consent (Halt)</source>
      <translation>Toestemming ouders (Halt)</translation>
    </message>
    <message>
      <source>only when the OM rules advise against a PV</source>
      <translation>alleen als de OM-richtlijn geen proces-verbaal voorschrijft</translation>
    </message>
    <message>
      <source>Reason for a PV anyway</source>
      <translation>Reden voor toch een PV</translation>
    </message>
    <message>
      <source>&amp;Preview…</source>
      <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>niet gevraagd</translation>
    </message>
    <message>
      <source>given</source>
      <translation>gegeven</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>geweigerd</translation>
    </message>
    <message>
      <source>Appointment date</source>
      <translation>Datum afspraak</translation>
    </message>
    <message>
      <source>New letter — {reference}</source>
      <translation>Nieuwe brief — {reference}</translation>
    </message>
    <message>
      <source>{name} (the pupil)</source>
      <translation>{name} (de leerling)</translation>
    </message>
    <message>
      <source>Appointment date is not valid.</source>
      <translation>De datum van de afspraak klopt niet.</translation>
    </message>
    <message>
      <source>Save letter as</source>
      <translation>Brief opslaan als</translation>
    </message>
    <message>
      <source>&amp;Save in the vault</source>
      <translation>&amp;Opslaan in de kluis</translation>
    </message>
    <message>
      <source>Save and p&amp;rint…</source>
      <translation>Opslaan en af&amp;drukken…</translation>
    </message>
    <message>
      <source>1 letter</source>
      <translation>1 brief</translation>
    </message>
    <message>
      <source>Recipient:</source>
      <translation>Ontvanger:</translation>
    </message>
    <message>
      <source>{n} letters</source>
      <translation>{n} brieven</translation>
    </message>
    <message>
      <source>{p} page(s)</source>
      <translation>{p} pagina('s)</translation>
    </message>
    <message>
      <source>Could not write {path}: {why}</source>
      <translation>Kan {path} niet schrijven: {why}</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
      <source>&amp;Print selected…</source>
      <translation>Selectie af&amp;drukken…</translation>
    </message>
    <message>
      <source>&amp;Mark as posted…</source>
      <translation>Markeer als &amp;verstuurd…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
      <source>Printed, to post</source>
      <translation>Afgedrukt, nog versturen</translation>
    </message>
    <message>
      <source>To print</source>
      <translation>Af te drukken</translation>
    </message>
    <message>
      <source>Printing letters…</source>
      <translation>Brieven afdrukken…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stoppen</translation>
    </message>
    <message>
      <source>Mark as posted</source>
      <translation>Markeer als verstuurd</translation>
    </message>
    <message>
      <source>Posted on</source>
      <translation>Verstuurd op</translation>
    </message>
    <message>
      <source>No letters are waiting.</source>
      <translation>Er wachten geen brieven.</translation>
    </message>
    <message>
      <source>Letters to print</source>
      <translation>Brieven om af te drukken</translation>
    </message>
    <message>
      <source>{n} letter(s) to print, {m} printed and not yet posted.</source>
      <translation>Af te drukken: {n}; afgedrukt en nog te versturen: {m}.</translation>
    </message>
    <message>
      <source>Envelope</source>
      <translation>Envelop</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Print letters</source>
      <translation>Brieven afdrukken</translation>
    </message>
    <message>
      <source>Printing failed; the letters are still waiting to be printed.</source>
      <translation>Afdrukken is mislukt; de brieven wachten nog op afdrukken.</translation>
    </message>
    <message>
      <source>Record a response</source>
      <translation>Reactie vastleggen</translation>
    </message>
    <message>
      <source>Responded on</source>
      <translation>Gereageerd op</translation>
    </message>
    <message>
      <source>No response, noted on</source>
      <translation>Geen reactie, vastgesteld op</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Vastgelegd</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>This is not a letter sent (a draft or a document for an organisation).</source>
      <translation>Dit is geen verzonden brief (een concept of een stuk voor een instantie).</translation>
    </message>
    <message>
      <source>nothing recorded yet</source>
      <translation>nog niets vastgelegd</translation>
    </message>
    <message>
      <source>{title} of {date}, to {name}</source>
      <translation>{title} van {date}, aan {name}</translation>
    </message>
  </context>
</TS>
