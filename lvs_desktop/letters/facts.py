"""The facts a letter is made of: plain frozen dataclasses, no ORM, no ReportLab.

`LetterFacts` is the whole template context: each of its fields is a name a template may use
(`pupil`, `recipient`, `absence_periods`, …), and the template loader checks placeholders and
their attributes against these classes. Context building (`context.py`) fills them from a case;
tests build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lvs_desktop.letters import dutch
from lvs_desktop.letters.addressing import (
    Address,
    Person,
    Pupil,
    Recipient,
    RecipientRole,
    SchoolInfo,
)
from lvs_desktop.letters.dutch import Gender
from lvs_desktop.models.rules.leerplicht import YouthFacts
from lvs_desktop.models.rules.qualification import Qualification

__all__ = [
    "DECISION_OUTCOMES",
    "AbsencePeriod",
    "Address",
    "AgreementItem",
    "Appointment",
    "CaseInfo",
    "ConsultantInfo",
    "ContactInfo",
    "Decision",
    "ExemptionInfo",
    "Gender",
    "HaltReferral",
    "Interrogation",
    "LetterFacts",
    "LetterReply",
    "Person",
    "ProcesVerbaal",
    "Pupil",
    "Qualification",
    "Recipient",
    "RecipientRole",
    "ReportInfo",
    "SchoolInfo",
    "SentLetter",
    "StepInfo",
]


@dataclass(frozen=True, kw_only=True)
class ConsultantInfo:
    """The consultant who handles the case (and, for a PV, the verbalisant)."""

    name: str
    function_title: str = "consulent leerplicht en voortijdig schoolverlaten"
    phone: str = ""
    email: str = ""
    boa_number: str = ""
    akte_expires_on: date | None = None
    akte_number: str = ""
    sworn_by: str = ""  # "eed" / "belofte" (the consultant's profile); "" unknown
    appointed_by: str = ""  # art. 16 Lpw: "het college van burgemeester en wethouders van …"
    appointed_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class CaseInfo:
    """The case (dossier) the letter belongs to; `reference` is "Ons kenmerk"."""

    reference: str
    kind: str = ""
    opened_on: date | None = None
    closed_on: date | None = None
    municipality: str = ""
    code: str = ""  # the case kind code: relative_absence, absolute_absence, …


@dataclass(frozen=True, kw_only=True)
class AbsencePeriod:
    """Unauthorised absence in one period, in hours, with late arrivals."""

    start: date
    end: date
    hours: float
    late_count: int = 0
    source: str = ""  # "melding 16 uur van 3 november 2026", "opgave school"

    @property
    def period(self) -> str:
        return dutch.period_text(self.start, self.end)


@dataclass(frozen=True, kw_only=True)
class ReportInfo:
    """A report (melding) of absence."""

    number: str = ""
    received_on: date
    report_type: str  # Dutch label: "16 uur in 4 weken", "luxe verzuim", …
    period_start: date | None = None
    period_end: date | None = None
    hours_absent: float = 0.0
    late_count: int = 0
    school_actions: str = ""
    reason: str = ""  # the suspected reason; empty in letters to parents of a 16+ pupil
    reporter: str = ""


@dataclass(frozen=True, kw_only=True)
class ContactInfo:
    """A conversation or an attempt."""

    occurred_at: datetime
    mode: str  # Dutch label: "huisbezoek", "telefonisch", "gesprek op kantoor"
    kind: str = "conversation"  # conversation / attempt / invitation
    answered: bool | None = None
    participants: str = ""
    location: str = ""
    summary: str = ""
    agreements: str = ""
    by: str = ""  # who held it, when not the consultant signing the letter
    heard: str = ""  # a verhoor: who was heard (the suspect's name), else ""


@dataclass(frozen=True, kw_only=True)
class LetterReply:
    """A recorded response of one recipient to a letter (issue 11, defect 4): `responded` on
    `noted_on`, or (False) on `noted_on` it was noted that no response came."""

    name: str
    responded: bool
    noted_on: date


@dataclass(frozen=True, kw_only=True)
class SentLetter:
    """A letter sent earlier in the case (for the PV findings and later invitations)."""

    kind: str  # "invitation-1", …
    title: str
    sent_on: date  # the date printed on the letter
    answered: bool | None = None
    posted_on: date | None = None  # the day it was recorded as posted, if it was
    recipient: str = ""  # to whom, as on the letter
    replies: tuple[LetterReply, ...] = ()  # recorded responses only; never inferred


@dataclass(frozen=True, kw_only=True)
class AgreementItem:
    """One agreement of a conversation: what (naming who) and by when (its task's due date)."""

    what: str
    due_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class StepInfo:
    """An enforcement step of the case (PV, Halt, SVB notice, RvdK request): for the letters
    that announce or accompany it. `kind` is the vault's code (pv_parent, pv_pupil, halt, …)."""

    kind: str
    dated_on: date
    reference: str = ""
    sent_on: date | None = None  # a PV: sent to the OM
    subject: str = ""  # a PV against a parent: that parent's name; else ""


@dataclass(frozen=True, kw_only=True)
class Appointment:
    """The conversation an invitation or summons asks for."""

    starts_at: datetime
    location: str  # "het Leerplichtbureau" / "de school"
    address: Address | None = None
    bring_pupil: bool = True
    duration_minutes: int = 45


DECISION_OUTCOMES = ("granted", "refused", "ill_founded", "withdrawn")


@dataclass(frozen=True, kw_only=True)
class Decision:
    """A decision on an application or a notice (leave over 10 days, exemption), with the
    objection route. `outcome` is one of DECISION_OUTCOMES ("" while undecided); the template
    has one text per outcome, and the grounds are the consultant's, never a default."""

    subject: str  # "extra verlof (artikel 14 Leerplichtwet 1969)"
    applied_on: date
    outcome: str = ""
    article: str = ""  # the exemption_article code: 5a, 11g, …
    period_start: date | None = None
    period_end: date | None = None
    grounds: str = ""
    decided_on: date | None = None
    decided_by: str = ""  # "de leerplichtambtenaar van de gemeente Dordrecht"
    objection_address: str = ""  # where to send the objection (the municipality's register)
    objection_deadline: date | None = None  # last day (rules: 6 weeks from the day after sending)
    request_word: str = "aanvraag"  # "kennisgeving" for art. 5: a beroep op vrijstelling
    mandated: bool = False  # decided in mandate of the college: "wij", signed "namens dezen"
    leave: bool = False  # leave: a refusal warns that leave taken anyway leads to a PV
    head_consulted: bool = False  # art. 14 lid 3: the head of the school was heard
    head_consulted_on: date | None = None
    not_ours: bool = False  # the head of the school decides (art. 13a): no decision letter
    needs_kwalificatieplicht: bool = False  # art. 15
    kwalificatieplichtig: bool = True  # the youth was kwalificatieplichtig on applied_on
    municipality: str = ""
    documents: tuple[str, ...] = ()  # what a complete request holds (catalogue, per article)
    repair_until: date | None = None  # hersteltermijn (Awb 4:5) for missing documents

    @property
    def granted(self) -> bool:
        return self.outcome == "granted"

    @property
    def is_notice(self) -> bool:
        return self.request_word == "kennisgeving"


@dataclass(frozen=True, kw_only=True)
class ExemptionInfo:
    """An exemption and when it ends (the 17-year-old screening)."""

    article: str  # "5 onder a"
    description: str = ""
    started_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class HaltReferral:
    """The facts of a Halt referral draft, with the computed Halt hours and how they were found."""

    hours: int
    hours_parts: tuple[tuple[str, int], ...] = ()  # (Dutch label, hours), from the rules
    hours_notes: tuple[str, ...] = ()
    total_hours_absent: float = 0.0
    late_count: int = 0
    period_start: date | None = None
    period_end: date | None = None
    admitted: bool = False
    interview_on: date | None = None
    parents_consent: bool | None = None
    earlier_referrals: tuple[date, ...] = ()
    halt_office: str = "Halt"
    history: tuple[str, ...] = ()  # earlier Halt referrals and PVs of the youth, all cases
    interview_after_referral: bool = False  # a conversation after the referral date exists


@dataclass(frozen=True, kw_only=True)
class Interrogation:
    """The suspect's own verhoor: when, where, who heard whom, what he was told and offered,
    his statement in his own words (Sv 29a), read back, signed or refused."""

    held_at: datetime
    location: str = ""
    present: str = ""
    cautie_given: bool = False
    counsel: str = ""  # "afstand gedaan van bijstand van een advocaat", or the lawyer
    statement: str = ""
    heard_name: str = ""  # the suspect as heard
    held_by: str = ""  # the consultant who held it
    by_verbalisant: bool = True  # False: a colleague held it (his own PV van verhoor)
    suspicion_explained: bool = False
    interpreter: str = ""  # "" none; else who and which language
    read_back: bool = False
    signature: str = ""  # "signed" / "refused" / "" not recorded


@dataclass(frozen=True, kw_only=True)
class ProcesVerbaal:
    """The PV-specific facts: the suspect and his role, the offence, the qualification."""

    number: str
    suspect: Person
    suspect_role: str  # "parent" / "pupil" / "young_adult" — for the qualification
    suspect_relation: str = ""  # "moeder, met gezag", "de leerling zelf"
    parent_role: str = "gezag"  # one legal role per parent: "gezag" / "verzorging"
    absence_kind: str = "relative"  # relative / absolute / luxe
    offence_place: str = ""
    offence_start: date | None = None
    offence_end: date | None = None
    qualification: Qualification | None = None  # filled by `pv.qualify` from the rules
    liability_nl: str = ""  # who is liable in the period, in words (rules.liability_reason)
    interrogation: Interrogation | None = None  # the suspect's OWN verhoor only
    other_verhoren: int = 0  # verhoren in the case of others than the suspect (not used)
    duty_facts: YouthFacts | None = None  # for the per-day qualification
    pupil_kwalificatieplicht_article: str = ""  # the region's confirmed wording, if any
    enquiries: tuple[SentLetter, ...] = ()  # absolute absence: the enquiry letters sent
    help_offered: str = ""
    halt_history: str = ""
    parent_history: str = ""  # earlier PVs and convictions of the suspect parent
    copy_to_raad: bool = False  # art. 22 lid 5: the parent was convicted before
    om_warnings: tuple[str, ...] = ()  # OM terms already passed (draft only)
    override_reason: str = ""  # why a PV the OM rules advise against is drawn anyway
    drawn_up_place: str = ""
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LetterFacts:
    """Everything a template may use. Each field is a template name."""

    kind: str
    letter_date: date
    case: CaseInfo
    pupil: Pupil
    consultant: ConsultantInfo
    recipient: Recipient | None = None
    guardians: tuple[Person, ...] = ()  # the parents/carers of the pupil (for Halt and PV)
    reports: tuple[ReportInfo, ...] = ()
    absence_periods: tuple[AbsencePeriod, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()
    letters_sent: tuple[SentLetter, ...] = ()
    appointment: Appointment | None = None
    agreements: tuple[str, ...] = ()
    agreement_items: tuple[AgreementItem, ...] = ()  # who does what by when (issue 11, 8)
    present_at_talk: bool = True  # the recipient was recorded at the last conversation
    heard_on: date | None = None  # last recorded conversation/verhoor with the recipient
    steps: tuple[StepInfo, ...] = ()  # the case's enforcement steps, oldest first
    decision: Decision | None = None
    exemption: ExemptionInfo | None = None
    halt: HaltReferral | None = None
    pv: ProcesVerbaal | None = None
    show_reasons: bool = True  # False in letters to parents of a pupil of 16+
    attachments: tuple[str, ...] = ()
    finalised: bool = False
    halt_open: bool = False  # Halt is still possible for this pupil (a letter may name it)

    @property
    def total_hours(self) -> float:
        return sum(p.hours for p in self.absence_periods)

    @property
    def total_late(self) -> int:
        return sum(p.late_count for p in self.absence_periods)
