"""Builders for letter facts: `make_facts(kind, ...)` with realistic, invented people."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from lvs_desktop.letters.facts import (
    AbsencePeriod,
    Address,
    Appointment,
    CaseInfo,
    ConsultantInfo,
    ContactInfo,
    Decision,
    ExemptionInfo,
    Gender,
    HaltReferral,
    Interrogation,
    LetterFacts,
    LetterReply,
    Person,
    ProcesVerbaal,
    Pupil,
    Recipient,
    RecipientRole,
    ReportInfo,
    SchoolInfo,
    SentLetter,
)
from lvs_desktop.models.rules.deadlines import objection_deadline
from lvs_desktop.models.rules.halt import halt_hours

LETTER_DATE = date(2026, 11, 28)
REFERENCE = "2026-JD-0042"

HOME = Address(
    street="Dubbeldamseweg Zuid", house_number="112", postcode="3312kl", city="Dordrecht"
)
FATHER_HOME = Address(street="Vrieseweg", house_number="41a", postcode="3311 NW", city="dordrecht")


def make_school(**kw: Any) -> SchoolInfo:
    base = SchoolInfo(
        name="Insula College, locatie Vrieseplein",
        brin="02QZ",
        school_type="VO",
        address=Address(
            street="Vrieseplein", house_number="3", postcode="3311 RW", city="Dordrecht"
        ),
    )
    return replace(base, **kw)


def make_pupil(age: int = 14, **kw: Any) -> Pupil:
    birth = date(LETTER_DATE.year - age, 3, 15)
    base = Pupil(
        given_names="Daan Pieter",
        surname_prefix="van den",
        surname="Berg",
        gender=Gender.MALE,
        birth_date=birth,
        birth_place="Dordrecht",
        bsn="111222333",
        address=HOME,
        age=age,
        school=make_school(),
        grade="2 vmbo-t",
        enrolled_on=date(2025, 8, 25),
        kwalificatieplichtig=age >= 16,
    )
    return replace(base, **kw)


def make_mother(**kw: Any) -> Person:
    base = Person(
        given_names="Fatma",
        surname_prefix="",
        surname="Yıldız",
        gender=Gender.FEMALE,
        birth_date=date(1984, 6, 2),
        birth_place="Şanlıurfa (Turkije)",
        address=HOME,
        relation="moeder",
    )
    return replace(base, **kw)


def make_father(**kw: Any) -> Person:
    base = Person(
        given_names="Johannes Cornelis",
        surname_prefix="van den",
        surname="Berg",
        gender=Gender.MALE,
        birth_date=date(1980, 1, 20),
        birth_place="Zwijndrecht",
        address=FATHER_HOME,
        relation="vader",
    )
    return replace(base, **kw)


def make_consultant(**kw: Any) -> ConsultantInfo:
    base = ConsultantInfo(
        name="J. de Boer",
        phone="06 1234 5678",
        email="j.deboer@example.nl",
        boa_number="BOA-123456",
        akte_expires_on=date(2028, 5, 1),
        akte_number="AK-2023-0456",
        sworn_by="belofte",
        appointed_by="het college van burgemeester en wethouders van Dordrecht",
        appointed_on=date(2023, 5, 2),
    )
    return replace(base, **kw)


def guardians_recipient(*people: Person) -> Recipient:
    people = people or (make_mother(),)
    return Recipient(role=RecipientRole.GUARDIANS, people=people, address=people[0].address)


def pupil_recipient(pupil: Pupil | None = None) -> Recipient:
    pupil = pupil or make_pupil()
    role = RecipientRole.YOUNG_ADULT if (pupil.age or 0) >= 18 else RecipientRole.PUPIL
    return Recipient(role=role, people=(pupil,), address=pupil.address)


def make_reports() -> tuple[ReportInfo, ...]:
    return (
        ReportInfo(
            number="VR-2026-11873",
            received_on=date(2026, 11, 3),
            report_type="16 uur in 4 weken",
            period_start=date(2026, 10, 5),
            period_end=date(2026, 10, 30),
            hours_absent=18.5,
            late_count=4,
            school_actions="Gesprek met de mentor op 12 oktober; ouders twee keer gebeld.",
            reason="Daan zegt dat hij wordt gepest in de klas.",
            reporter="mevr. A. Smit, verzuimcoördinator",
        ),
    )


def make_periods() -> tuple[AbsencePeriod, ...]:
    return (
        AbsencePeriod(
            start=date(2026, 10, 5),
            end=date(2026, 10, 30),
            hours=18.5,
            late_count=4,
            source="melding school 3 november 2026",
        ),
        AbsencePeriod(
            start=date(2026, 11, 2),
            end=date(2026, 11, 20),
            hours=11,
            late_count=2,
            source="overzicht school 23 november 2026",
        ),
    )


def make_contacts() -> tuple[ContactInfo, ...]:
    return (
        ContactInfo(
            occurred_at=datetime(2026, 11, 6, 9, 15),
            mode="telefonisch",
            kind="attempt",
            answered=False,
            summary="Moeder gebeld; geen gehoor.",
        ),
        ContactInfo(
            occurred_at=datetime(2026, 11, 10, 16, 0),
            mode="huisbezoek",
            kind="attempt",
            answered=False,
            summary="Niemand thuis; kaartje met verzoek om contact achtergelaten.",
        ),
        ContactInfo(
            occurred_at=datetime(2026, 11, 24, 14, 0),
            mode="gesprek op school",
            participants="moeder, Daan, mentor",
            summary="Daan zegt dat hij wordt gepest.",
            agreements="Daan gaat vanaf maandag weer elke dag naar school.",
        ),
    )


def make_pv(role: str = "parent", absence: str = "relative", **kw: Any) -> ProcesVerbaal:
    suspect: Person = make_mother() if role == "parent" else make_pupil()
    base = ProcesVerbaal(
        number=f"{REFERENCE}-PV1",
        suspect=suspect,
        suspect_role=role,
        suspect_relation="moeder, met gezag" if role == "parent" else "de leerling zelf",
        absence_kind=absence,
        offence_place="Dordrecht",
        offence_start=date(2026, 10, 5),
        offence_end=date(2026, 11, 20),
        interrogation=Interrogation(
            held_at=datetime(2026, 11, 26, 10, 0),
            location="kantoor Leerplicht, Dordrecht",
            present="verdachte en verbalisant",
            cautie_given=True,
            counsel="verdachte heeft afstand gedaan van consultatie- en verhoorbijstand",
            statement=(
                "Ik weet dat hij naar school moet.\nHij wil niet, ik krijg hem de deur niet uit."
            ),
            heard_name=suspect.full_name,
            held_by="J. de Boer",
            suspicion_explained=True,
            read_back=True,
            signature="signed",
        ),
        help_offered="Aanmelding bij het CJG besproken; ouder wilde geen hulp.",
        halt_history="Geen eerdere Halt-verwijzing.",
        drawn_up_place="Dordrecht",
        attachments=("Afschrift verzuimmelding", "Overzicht absenties van de school"),
    )
    return replace(base, **kw)


def make_facts(kind: str = "invitation-1", **kw: Any) -> LetterFacts:
    """Facts for `kind` with everything a letter of that kind needs; override with kw."""
    pupil = kw.pop("pupil", None) or make_pupil()
    base = LetterFacts(
        kind=kind,
        letter_date=LETTER_DATE,
        case=CaseInfo(
            reference=REFERENCE,
            kind="relative",
            opened_on=date(2026, 11, 3),
            municipality="Dordrecht",
        ),
        pupil=pupil,
        consultant=make_consultant(),
        recipient=guardians_recipient(),
        guardians=(make_mother(), make_father()),
        reports=make_reports(),
        absence_periods=make_periods(),
        contacts=make_contacts(),
        letters_sent=(
            SentLetter(
                kind="invitation-1",
                title="Uitnodiging voor een gesprek",
                sent_on=date(2026, 11, 4),
                answered=False,
                posted_on=date(2026, 11, 4),
                recipient="mevrouw F. Yıldız",
                replies=(
                    LetterReply(name="Fatma Yıldız", responded=False, noted_on=date(2026, 11, 20)),
                ),
            ),
        ),
        appointment=Appointment(
            starts_at=datetime(2026, 12, 7, 10, 30),
            location="Leerplicht en Voortijdig Schoolverlaten",
            address=Address(
                street="Karel Lotsyweg", house_number="40", postcode="3318 AL", city="Dordrecht"
            ),
        ),
        agreements=(
            "Daan gaat vanaf 30 november elke dag op tijd naar school.",
            "De mentor belt moeder elke vrijdag over de aanwezigheid.",
            "Moeder meldt Daan voor 8.30 uur ziek bij de school als hij ziek is.",
        ),
        decision=Decision(
            subject="extra verlof (artikel 14 Leerplichtwet 1969)",
            applied_on=date(2026, 11, 12),
            outcome="refused",
            article="11g",
            leave=True,
            head_consulted=True,
            head_consulted_on=date(2026, 11, 20),
            period_start=date(2027, 1, 18),
            period_end=date(2027, 2, 5),
            grounds="Het bezoek aan familie in het buitenland is geen gewichtige omstandigheid "
            "die buiten de wil van de ouders ligt.",
            decided_by="de leerplichtambtenaar van de gemeente Dordrecht",
            objection_address="Postbus 166, 3300 AD  Dordrecht",
            objection_deadline=objection_deadline(LETTER_DATE),
        ),
        exemption=ExemptionInfo(
            article="5 onder a",
            description="lichamelijke of psychische ongeschiktheid",
            started_on=date(2025, 8, 1),
            ends_on=date(2027, 3, 15),
        ),
        halt=_halt(),
        pv=make_pv(),
    )
    return replace(base, **kw)


def _halt() -> HaltReferral:
    h = halt_hours(29.5, 6, 14, [], LETTER_DATE)
    return HaltReferral(
        hours=h.total,
        hours_parts=h.parts,
        hours_notes=h.notes,
        total_hours_absent=29.5,
        late_count=6,
        period_start=date(2026, 10, 5),
        period_end=date(2026, 11, 20),
        admitted=True,
        interview_on=date(2026, 11, 24),
        parents_consent=True,
        halt_office="Halt Zuid-West Nederland",
    )
