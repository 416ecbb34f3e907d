"""Facts for a letter from a case's ORM objects, and who receives it.

Recipients (DOMAIN §6): one letter per guardian with gezag, each at their own address; two at
one address share a letter addressed to both; a pupil of 12+ may get his own letter; from 18
the young person alone. Parents of a pupil of 16+ are not told the reasons he gave, unless he
agreed: those texts are left out of the facts, not only hidden by the template.

Reads only; the service owns the session and writes the Letter rows. Labels (report types,
contact modes, …) come in from the service, which reads the reference lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from lvs_desktop.letters.decision_facts import decision_facts, exemption_catalogue
from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import (
    AbsencePeriod,
    Appointment,
    CaseInfo,
    ContactInfo,
    ExemptionInfo,
    LetterFacts,
    Pupil,
    Recipient,
    RecipientRole,
    ReportInfo,
)
from lvs_desktop.letters.halt import halt_facts
from lvs_desktop.letters.history import halt_open, letters_sent
from lvs_desktop.letters.letterhead import Letterhead
from lvs_desktop.letters.organisations import case_steps, organisation_recipient
from lvs_desktop.letters.people import (
    case_school_on,
    consultant_info,
    guardian_person,
    live_guardians,
    pupil_info,
    school_info,
)
from lvs_desktop.letters.pv_context import pv_facts
from lvs_desktop.letters.talks import (
    YOUNG_CHILD_AGE,
    agreement_items,
    last_heard_on,
    was_present,
)
from lvs_desktop.letters.templates import LetterTemplate
from lvs_desktop.models import Case, Contact, Exemption, Guardian, Youth
from lvs_desktop.models.rules.dates import birthday

Labels = Mapping[str, Mapping[str, str]]
PUPIL_OWN_LETTER_AGE = 12
REASONS_PRIVATE_AGE = 16
ADULT_AGE = 18


@dataclass(frozen=True)
class LetterRequest:
    """What the consultant chooses for a letter beyond what the case holds."""

    kind: str
    letter_date: date
    appointment: Appointment | None = None
    include_pupil: bool = False  # a pupil of 12+ also gets his own letter
    include_guardians: bool = False  # for a letter to the pupil: his parents get one too
    suspect_guardian_id: str | None = None  # summons/PV against this parent; None: the pupil
    exemption_id: str | None = None  # decision / exemption-ending (default: the latest)
    pupil_consent: bool = False  # a pupil of 16+ agreed that his parents read his reasons
    halt_admitted: bool = False
    halt_parents_consent: bool | None = None
    bring_young_child: bool = False  # the consultant asks a child under 12 to come along
    consent_guardian_ids: frozenset[str] = frozenset()  # 16+: the pupil agreed for these parents
    override_reason: str | None = None  # a PV the OM rules advise against, drawn anyway


@dataclass(frozen=True)
class Addressee:
    """One letter's recipient, and how the Letter row records it."""

    recipient: Recipient | None
    kind: str  # guardian / pupil / youth / organisation
    record_id: str | None
    name: str
    member_ids: tuple[str, ...] = ()  # the guardian rows one letter goes to (two at one address)


# --- recipients -----------------------------------------------------------------------------


def _guardian_addressees(youth: Youth) -> list[Addressee]:
    """One letter per guardian with gezag (carers when nobody has gezag), grouped by address."""
    guardians = live_guardians(youth)
    chosen = [g for g in guardians if g.has_authority] or [g for g in guardians if g.is_carer]
    if not chosen:
        raise LetterError(["een ouder of verzorger met gezag"])
    groups: dict[tuple[str, ...], list[Guardian]] = {}
    for g in chosen:
        key = g.address_key() if g.has_address() else ("", g.id)
        groups.setdefault(key, []).append(g)
    out = []
    for members in groups.values():
        people = tuple(guardian_person(g) for g in members)
        recipient = Recipient(
            role=RecipientRole.GUARDIANS, people=people, address=people[0].address
        )
        out.append(
            Addressee(
                recipient,
                "guardian",
                members[0].id,
                recipient.display_name,
                tuple(g.id for g in members),
            )
        )
    return out


def _youth_addressee(youth: Youth, role: RecipientRole, pupil: Pupil) -> Addressee:
    recipient = Recipient(role=role, people=(pupil,), address=pupil.address)
    kind = "pupil" if role is RecipientRole.PUPIL else "youth"
    return Addressee(recipient, kind, youth.id, recipient.display_name)


def addressees(case: Case, template: LetterTemplate, request: LetterRequest) -> list[Addressee]:
    """Who gets this letter: one entry per letter to print (DOMAIN §6)."""
    youth = case.youth
    roles = template.recipients
    if template.addressed_to:  # a window letter to the school or a partner organisation
        org, org_id = organisation_recipient(case, template.addressed_to, request.letter_date)
        return [Addressee(org, "organisation", org_id, org.display_name)]
    if "organisation" in roles:
        return [Addressee(None, "organisation", None, template.title)]
    pupil = pupil_info(case, request.letter_date)
    age = pupil.age or 0
    if template.to_suspect:
        return [_suspect_addressee(case, request, pupil)]
    if age >= ADULT_AGE:
        if "youth" not in roles:
            raise LetterError(
                [
                    "een ontvanger onder de 18 jaar (deze brief gaat niet naar een "
                    "jongere van 18 jaar of ouder)"
                ],
                kind=template.title,
            )
        return [_youth_addressee(youth, RecipientRole.YOUNG_ADULT, pupil)]
    if "guardian" not in roles and "pupil" not in roles:
        raise LetterError(["een jongere van 18 jaar of ouder"], kind=template.title)
    out: list[Addressee] = []
    pupil_first = template.primary_recipient == "pupil"
    if "guardian" in roles and (not pupil_first or request.include_guardians):
        out += _guardian_addressees(youth)
    wants_pupil = pupil_first or request.include_pupil
    if "pupil" in roles and wants_pupil:
        if age < PUPIL_OWN_LETTER_AGE:
            raise LetterError(
                ["een leerling van 12 jaar of ouder (voor een eigen brief)"], kind=template.title
            )
        pupil_letter = _youth_addressee(youth, RecipientRole.PUPIL, pupil)
        out = [pupil_letter, *out] if pupil_first else [*out, pupil_letter]
    return out


def _suspect_addressee(case: Case, request: LetterRequest, pupil: Pupil) -> Addressee:
    if request.suspect_guardian_id:
        g = next(
            (g for g in live_guardians(case.youth) if g.id == request.suspect_guardian_id), None
        )
        if g is None:
            raise LetterError(["de ouder die verdachte is (niet gevonden bij deze jeugdige)"])
        person = guardian_person(g)
        recipient = Recipient(
            role=RecipientRole.GUARDIANS, people=(person,), address=person.address
        )
        return Addressee(recipient, "guardian", g.id, recipient.display_name, (g.id,))
    age = pupil.age or 0
    if age < PUPIL_OWN_LETTER_AGE:
        raise LetterError(
            [
                "een verdachte van 12 jaar of ouder (een kind jonger dan 12 jaar "
                "wordt niet vervolgd); kies een ouder als verdachte"
            ]
        )
    role = RecipientRole.YOUNG_ADULT if age >= ADULT_AGE else RecipientRole.PUPIL
    return _youth_addressee(case.youth, role, pupil)


# --- the facts ------------------------------------------------------------------------------


def _reports(case: Case, labels: Labels) -> tuple[ReportInfo, ...]:
    types = labels.get("report_type", {})
    out = []
    for r in case.reports:
        if not r.is_live:  # a tombstone or voided: not a fact any more
            continue
        reporter = ", ".join(x for x in (r.reporter_name, r.reporter_function) if x)
        out.append(
            ReportInfo(
                number=r.duo_number or "",
                received_on=r.received_on,
                report_type=types.get(r.report_type, r.report_type),
                period_start=r.period_start,
                period_end=r.period_end,
                hours_absent=r.hours_absent,
                late_count=r.late_count,
                school_actions=r.school_actions or "",
                reason=r.suspected_reason or "",
                reporter=reporter,
            )
        )
    return tuple(out)


def _periods(reports: tuple[ReportInfo, ...]) -> tuple[AbsencePeriod, ...]:
    return tuple(
        AbsencePeriod(
            start=r.period_start,
            end=r.period_end,
            hours=r.hours_absent,
            late_count=r.late_count,
            source=f"melding {r.report_type.lower()} van {dutch_date(r.received_on)}",
        )
        for r in sorted(reports, key=lambda r: r.period_start or r.received_on)
        if r.period_start and r.period_end
    )


def _contacts(case: Case, labels: Labels) -> tuple[ContactInfo, ...]:
    modes = labels.get("contact_mode", {})
    out = []
    for c in case.contacts:
        if not c.is_live:
            continue
        by = c.consultant.name if c.consultant and c.consultant_id != case.consultant_id else ""
        out.append(
            ContactInfo(
                occurred_at=c.occurred_at,
                mode=modes.get(c.mode, c.mode).lower(),
                kind=c.kind,
                answered=c.answered,
                participants=c.participants or "",
                location=c.location or "",
                summary=c.summary or "",
                agreements=c.agreements or "",
                by=by,
                heard=_heard_name(case, c) if c.is_interrogation else "",
            )
        )
    return tuple(out)


def _heard_name(case: Case, c: Contact) -> str:
    """Who was heard at a verhoor: the youth, or the parent recorded by id."""
    if c.heard_role == "youth":
        return case.youth.full_name
    g = next((g for g in case.youth.guardians if g.id == c.heard_guardian_id), None)
    return g.full_name if g is not None else "onbekend"


def _agreements(contacts: tuple[ContactInfo, ...]) -> tuple[str, ...]:
    talks = [c for c in contacts if c.kind == "conversation" and c.agreements.strip()]
    if not talks:
        return ()
    return tuple(line.strip(" -•") for line in talks[-1].agreements.splitlines() if line.strip())


def _exemption(case: Case, request: LetterRequest) -> Exemption | None:
    live = [e for e in case.exemptions if not e.deleted]
    if request.exemption_id:
        return next((e for e in live if e.id == request.exemption_id), None)
    return max(live, key=lambda e: e.received_on, default=None)


def _exemption_info(case: Case, request: LetterRequest) -> ExemptionInfo | None:
    e = _exemption(case, request)
    if e is None:
        return None
    info = exemption_catalogue().get(e.article, {})
    return ExemptionInfo(
        article=str(info.get("article", e.article)).rstrip(","),
        description=str(info.get("description", "")),
        started_on=e.starts_on,
        ends_on=birthday(case.youth.birth_date, ADULT_AGE),  # the duty, and the exemption, end
    )


def build_facts(
    case: Case,
    template: LetterTemplate,
    request: LetterRequest,
    addressee: Addressee,
    *,
    labels: Labels,
    letterhead: Letterhead,
    titles: Mapping[str, str],
    pv_number: str = "",
) -> LetterFacts:
    """The facts of one letter to one addressee."""
    on = request.letter_date
    pupil = pupil_info(case, on)
    reports = _reports(case, labels)
    if template.uses("pv"):  # the school of the offence period, not of the letter date
        end = max((p.end for p in _periods(reports)), default=None)
        if end is not None:
            pupil = replace(pupil, school=school_info(case_school_on(case, end)))
    contacts = _contacts(case, labels)
    to_parents = addressee.recipient is not None and addressee.recipient.is_guardian
    consent = request.pupil_consent or (  # per parent: the pupil agreed for these parents
        bool(addressee.member_ids)
        and set(addressee.member_ids) <= set(request.consent_guardian_ids)
    )
    show_reasons = not (to_parents and (pupil.age or 0) >= REASONS_PRIVATE_AGE and not consent)
    if not template.uses("pv"):  # dossier notes (health data) never go into a letter
        contacts = tuple(replace(c, summary="") for c in contacts)
    appointment = request.appointment
    if appointment and (pupil.age or 0) < YOUNG_CHILD_AGE and not request.bring_young_child:
        appointment = replace(appointment, bring_pupil=False)  # invited from 12, unless asked
    if not show_reasons:  # left out, not merely hidden by the template
        reports = tuple(replace(r, reason="") for r in reports)
        contacts = tuple(replace(c, summary="") for c in contacts)
    facts = LetterFacts(
        kind=template.kind,
        letter_date=on,
        case=CaseInfo(
            reference=case.reference,
            kind=labels.get("case_kind", {}).get(case.kind, case.kind),
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            municipality=case.municipality.name if case.municipality else "",
            code=case.kind,
        ),
        pupil=pupil,
        consultant=consultant_info(case),
        recipient=addressee.recipient,
        guardians=tuple(guardian_person(g) for g in live_guardians(case.youth)),
        reports=reports,
        absence_periods=_periods(reports),
        contacts=contacts,
        letters_sent=letters_sent(case, on, titles),
        appointment=appointment,
        agreements=_agreements(contacts),
        agreement_items=agreement_items(case),
        present_at_talk=(was_present(case, addressee.member_ids) if to_parents else True),
        heard_on=(
            last_heard_on(case, addressee.member_ids, youth=addressee.recipient.is_youth)
            if addressee.recipient is not None
            else None
        ),
        steps=case_steps(case),
        decision=(
            decision_facts(case, _exemption(case, request), on)
            if template.uses("decision")
            else None
        ),
        exemption=_exemption_info(case, request) if template.uses("exemption") else None,
        show_reasons=show_reasons,
        halt_open=halt_open(case, on),
    )
    if template.uses("halt"):
        facts = replace(facts, halt=halt_facts(case, request, facts, labels))
    if template.uses("pv"):
        facts = replace(facts, pv=pv_facts(case, request, facts, labels, pv_number))
    return facts
