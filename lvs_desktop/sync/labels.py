"""Short labels for records in an import preview: what a team lead needs to recognise one.

Shown on screen only (they may name a youth); never logged.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

TABLE_LABELS = {
    "audit_event": "Logregel",
    "consultant": "Consulent",
    "municipality": "Gemeente",
    "school": "School",
    "youth": "Jeugdige",
    "case_file": "Dossier",
    "guardian": "Ouder of verzorger",
    "enrolment": "Inschrijving",
    "contact": "Contact",
    "enforcement": "Handhaving",
    "exemption": "Vrijstelling",
    "letter": "Brief",
    "letter_response": "Reactie op brief",
    "report": "Melding",
    "route_decision": "Route",
    "task": "Taak",
    "partner": "Partnerorganisatie",
    "coverage": "Werkgebied",
    "region_setting": "Regio-instelling",
    "prevention_activity": "Preventieve activiteit",
    "thuiszitter_offer": "Aanbod thuiszitter",
    "outreach_step": "Outreach-stap",
    "referral": "Verwijzing",
}


def _date(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return ""


def _join(*parts: Any) -> str:
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())


def record_label(table: str, values: dict[str, Any]) -> str:
    """A one-line label for a record of `table` with these values."""
    if table in ("youth", "guardian"):
        name = _join(
            values.get("given_names") or values.get("initials"),
            values.get("surname_prefix"),
            values.get("surname"),
        )
        born = _date(values.get("birth_date"))
        return f"{name} ({born})" if born else name
    if table in ("consultant", "school", "municipality", "partner"):
        return str(values.get("name") or "")
    if table == "region_setting":
        return str(values.get("key") or "")
    if table == "case_file":
        return str(values.get("reference") or "")
    if table == "contact":
        return _join(_date(values.get("occurred_at")), values.get("mode"))
    if table == "letter":
        return _join(values.get("kind"), _date(values.get("sent_on")))
    if table == "report":
        return _join(values.get("report_type"), _date(values.get("received_on")))
    if table == "task":
        return _join(_date(values.get("due_on")), (values.get("description") or "")[:40])
    if table == "enrolment":
        return _join("vanaf", _date(values.get("starts_on")))
    if table == "outreach_step":
        return _join(values.get("phase"), _date(values.get("taken_on")))
    if table == "referral":
        return _join("verwijzing", _date(values.get("referred_on")))
    if table == "audit_event":
        return _join(values.get("action"), values.get("entity"))
    for key in ("decided_on", "dated_on", "received_on"):
        if values.get(key):
            return _join(
                values.get("route") or values.get("kind") or values.get("article"),
                _date(values.get(key)),
            )
    return TABLE_LABELS.get(table, table)


# The Dutch names of the synced columns, for a conflict or a preview that names a field.
FIELD_LABELS = {
    "absence_kind": "Soort verzuim",
    "action": "Handeling",
    "active": "Actief",
    "actor_id": "Uitgevoerd door",
    "advice_from": "Advies van",
    "advice_requested_on": "Advies gevraagd op",
    "agreements": "Afspraken",
    "akte_expires_on": "Akte geldig tot",
    "akte_number": "Aktenummer",
    "all_lessons_missed": "Alle lessen gemist",
    "answered": "Beantwoord",
    "appointed_by": "Aangewezen door",
    "appointed_on": "Aangewezen op",
    "archived": "Gearchiveerd",
    "article": "Artikel",
    "assignee_id": "Uitvoerder",
    "at": "Tijdstip",
    "birth_date": "Geboortedatum",
    "birth_place": "Geboorteplaats",
    "boa_number": "BOA-nummer",
    "brin": "BRIN",
    "bsn": "BSN",
    "case_id": "Dossier",
    "cautie_given": "Cautie gegeven",
    "cbs_code": "CBS-code",
    "city": "Plaats",
    "closed_on": "Gesloten op",
    "closing_note": "Toelichting bij sluiten",
    "closing_reason": "Reden van sluiten",
    "code": "Code",
    "college_name": "Naam college",
    "consultant_id": "Consulent",
    "contact_id": "Contact",
    "contact_name": "Contactpersoon",
    "counsel": "Rechtsbijstand",
    "counsel_name": "Advocaat",
    "court_outcome": "Uitspraak rechter",
    "court_outcome_on": "Uitspraak op",
    "created_by_id": "Aangemaakt door",
    "dated_on": "Datum",
    "days_absent": "Dagen afwezig",
    "decided_by_id": "Besloten door",
    "decided_on": "Besloten op",
    "deleted": "Verwijderd",
    "denomination": "Denominatie",
    "description": "Omschrijving",
    "detail": "Toelichting",
    "done_note": "Notitie bij afronden",
    "done_on": "Afgerond op",
    "due_on": "Uiterlijk op",
    "duo_number": "DUO-nummer",
    "duo_status": "DUO-status",
    "eligible": "Komt in aanmerking",
    "email": "E-mail",
    "ends_on": "Tot en met",
    "enrolled_on": "Ingeschreven op",
    "entity": "Soort gegeven",
    "finalised": "Definitief",
    "fine_cents": "Boete (eurocent)",
    "first_school_day": "Eerste schooldag",
    "function_title": "Functie",
    "gender": "Geslacht",
    "given_names": "Voornamen",
    "grade": "Klas",
    "grounds": "Motivering",
    "guardians_present": "Aanwezige ouders",
    "hash": "Controlegetal",
    "halt_hours": "Halt-uren",
    "has_authority": "Gezag",
    "heard_guardian_id": "Gehoorde ouder",
    "heard_role": "Gehoord",
    "head_consulted_on": "Directeur gehoord op",
    "hours_absent": "Uren afwezig",
    "hours_unit": "Eenheid uren",
    "house_number": "Huisnummer",
    "interpreter": "Tolk",
    "initials": "Voorletters",
    "is_carer": "Verzorger",
    "is_interrogation": "Verhoor",
    "is_team_lead": "Teamleider",
    "key": "Instelling",
    "kind": "Soort",
    "late_count": "Aantal keren te laat",
    "letter_id": "Brief",
    "location": "Plaats",
    "mode": "Wijze",
    "municipality_id": "Gemeente",
    "name": "Naam",
    "no_kwalificatieplicht": "Geen kwalificatieplicht",
    "noted_on": "Vastgelegd op",
    "notes": "Notities",
    "occurred_at": "Tijdstip",
    "occurred_on": "Datum",
    "offered_on": "Datum aanbod",
    "minutes": "Duur in minuten",
    "partner_id": "Partnerorganisatie",
    "requester": "Aangevraagd door",
    "topic": "Onderwerp",
    "om_decision": "Beslissing OM",
    "om_decision_on": "Beslissing OM op",
    "opened_on": "Geopend op",
    "outcome": "Uitkomst",
    "outcome_note": "Toelichting uitkomst",
    "outcome_on": "Uitkomst op",
    "override_reason": "Reden van afwijken",
    "participants": "Deelnemers",
    "pdf": "Pdf",
    "period_end": "Periode tot",
    "period_start": "Periode vanaf",
    "phone": "Telefoon",
    "postal_city": "Postadres plaats",
    "postal_house_number": "Postadres nummer",
    "postal_postcode": "Postadres postcode",
    "postal_street": "Postadres straat",
    "postcode": "Postcode",
    "prev_hash": "Vorig controlegetal",
    "posted_on": "Verzonden op",
    "printed_at": "Afgedrukt op",
    "problem_codes": "Problematiek",
    "rationale": "Onderbouwing",
    "read_back": "Voorgelezen",
    "received_on": "Ontvangen op",
    "recipient_id": "Ontvanger",
    "recipient_kind": "Soort ontvanger",
    "recipient_name": "Naam ontvanger",
    "record_id": "Gegeven",
    "recorded_by_id": "Vastgelegd door",
    "responded": "Gereageerd",
    "reference": "Kenmerk",
    "relation": "Relatie",
    "replica_id": "Laptop (replica)",
    "report_type": "Soort melding",
    "reporter_email": "E-mail melder",
    "reporter_function": "Functie melder",
    "reporter_name": "Naam melder",
    "reporter_phone": "Telefoon melder",
    "role": "Rol",
    "route": "Route",
    "samenwerkingsverband": "Samenwerkingsverband",
    "school_actions": "Acties van de school",
    "school_id": "School",
    "school_type": "Soort school",
    "school_wants_action": "School wil actie",
    "signature": "Ondertekening",
    "sent_on": "Verstuurd op",
    "seq": "Volgnummer",
    "sha256": "Controlegetal (sha256)",
    "startkwalificatie_on": "Startkwalificatie op",
    "starts_on": "Vanaf",
    "statement": "Verklaring",
    "status": "Status",
    "street": "Straat",
    "subject_guardian_id": "Betrokken ouder",
    "subtype": "Subsoort",
    "summary": "Samenvatting",
    "suspicion_explained": "Verdenking uitgelegd",
    "surname": "Achternaam",
    "surname_prefix": "Tussenvoegsel",
    "suspected_reason": "Vermoedelijke reden",
    "sworn_by": "Eed of belofte",
    "underlying_problems": "Onderliggende problematiek",
    "value": "Waarde",
    "vestiging": "Vestiging",
    "void_reason": "Reden van intrekken",
    "voided_by_id": "Ingetrokken door",
    "voided_on": "Ingetrokken op",
    "website": "Website",
    "youth_id": "Jeugdige",
    # outreach and referrals (issue 13; migration 0017)
    "accepted": "Geaccepteerd",
    "consent_by": "Toestemming gegeven door",
    "consent_on": "Toestemming gegeven op",
    "destination": "Bestemming",
    "follow_up_on": "Terugkoppeling op",
    "newcomer_arrived_on": "Nieuwkomer: aangekomen op",
    "newcomer_origin": "Nieuwkomer: herkomst",
    "note": "Notitie",
    "phase": "Fase",
    "programme": "Programma",
    "reason": "Reden",
    "referred_on": "Verwezen op",
    "result": "Resultaat (toelichting)",
    "result_code": "Resultaat",
    "result_on": "Resultaat op",
    "taken_on": "Datum stap",
    "task_id": "Taak",
    "warm": "Warme overdracht",
}


def field_label(name: str) -> str:
    """The Dutch name of a synced column (the column name, readable, for one not listed)."""
    return FIELD_LABELS.get(name, name.replace("_", " "))
