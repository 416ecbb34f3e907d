"""Exemptions (vrijstellingen, leave) and enforcement steps (warning, Halt, PV, SVB)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.letters.decision_facts import exemption_catalogue
from lvs_desktop.letters.people import youth_facts
from lvs_desktop.models import Case, Enforcement, Exemption, Guardian, UserError
from lvs_desktop.models.rules.leerplicht import DutyStatus, status_on
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

PV_KINDS = ("pv_parent", "pv_pupil")


@dataclass
class ExemptionInput:
    article: str  # 5a, 5b, 5c, 15, 3a, 3b, 11g, 13a
    received_on: date
    starts_on: date | None = None
    ends_on: date | None = None
    outcome: str = "pending"
    decided_on: date | None = None
    sent_on: date | None = None
    notes: str | None = None
    grounds: str | None = None  # the motivation a decision letter prints
    head_consulted_on: date | None = None  # 11g: the head of the school heard (art. 14 lid 3)


@dataclass
class EnforcementInput:
    kind: str  # warning, halt, pv_parent, pv_pupil, fine, svb_report, rvdk_request
    dated_on: date
    absence_kind: str = "relative"
    subject_guardian_id: str | None = None
    reference: str | None = None
    halt_hours: float | None = None
    outcome: str = "pending"
    outcome_on: date | None = None
    notes: str | None = None


def record_exemption(vault: Vault, case_id: str, data: ExemptionInput) -> ChangeSummary:
    with UnitOfWork(vault, "record_exemption") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        c = Checker()
        c.code(s, "exemption_article", data.article, "Artikel")
        c.code(s, "exemption_outcome", data.outcome, "Uitkomst")
        c.not_after(data.starts_on, data.ends_on, "De vrijstelling eindigt vóór zij begint.")
        c.not_after(data.received_on, data.decided_on, "Het besluit ligt vóór de aanvraag.")
        c.check(
            data.outcome == "pending" or data.decided_on is not None,
            "Een besluit heeft een datum.",
        )
        info = exemption_catalogue().get(data.article, {})
        c.check(
            not info.get("not_ours", False),
            "Over dit verlof (artikel 13a) beslist de directeur van de school, niet de "
            "leerplichtambtenaar; het wordt hier niet als aanvraag vastgelegd.",
        )
        c.check(
            not info.get("kwalificatieplicht", False)
            or status_on(youth_facts(case.youth), data.received_on).status
            is DutyStatus.KWALIFICATIEPLICHTIG,
            "Vrijstelling op grond van artikel 15 geldt alleen voor wie op de datum van de "
            "aanvraag kwalificatieplichtig is; deze jongere was dat toen niet.",
        )
        c.done()
        s.add(Exemption(case_id=case.id, youth_id=case.youth_id, **vars(data)))
        word = str(info.get("request", "aanvraag")).capitalize()
        return uow.commit(f"{word} van vrijstelling vastgelegd.")


def request_exemption_advice(
    vault: Vault,
    exemption_id: str,
    asked_on: date,
    advice_from: str,
    today: date | None = None,
) -> ChangeSummary:
    """Received -> advice asked (e.g. of the samenwerkingsverband or a designated physician),
    on the same record; only while no decision was taken."""
    today = today or date.today()
    with UnitOfWork(vault, "exemption_advice") as uow:
        s = uow.session
        exemption: Exemption = get_live(s, Exemption, exemption_id, "Vrijstelling")
        _still_pending(s, exemption)
        c = Checker()
        c.required(advice_from, "Bij wie het advies is gevraagd")
        c.not_after(exemption.received_on, asked_on, "Het advies is gevraagd vóór de aanvraag.")
        c.not_future(asked_on, today, "De datum van de adviesvraag")
        c.done()
        exemption.advice_requested_on, exemption.advice_from = asked_on, advice_from.strip()
        return uow.commit("Adviesvraag vastgelegd.")


def decide_exemption(
    vault: Vault,
    exemption_id: str,
    outcome: str,
    decided_on: date,
    sent_on: date | None = None,
    *,
    starts_on: date | None = None,
    ends_on: date | None = None,
    note: str | None = None,
    grounds: str | None = None,
    head_consulted_on: date | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """The decision on a pending request, on the same record (so the figures count one
    exemption): granted, refused, withdrawn or ill-founded, with its date, the grounds (the
    decision letter requires them for every outcome but a withdrawal) and, for extra leave
    over ten days, the day the head of the school was heard."""
    today = today or date.today()
    with UnitOfWork(vault, "decide_exemption") as uow:
        s = uow.session
        exemption: Exemption = get_live(s, Exemption, exemption_id, "Vrijstelling")
        _still_pending(s, exemption)
        c = Checker()
        c.code(s, "exemption_outcome", outcome, "Uitkomst")
        c.check(outcome != "pending", "Kies het besluit.")
        c.not_after(exemption.received_on, decided_on, "Het besluit ligt vóór de aanvraag.")
        c.not_after(
            exemption.advice_requested_on, decided_on, "Het besluit ligt vóór de adviesvraag."
        )
        c.not_future(decided_on, today, "De datum van het besluit")
        c.not_after(decided_on, sent_on, "Het besluit is verzonden vóór het genomen is.")
        c.not_after(starts_on, ends_on, "De vrijstelling eindigt vóór zij begint.")
        c.not_after(
            exemption.received_on, head_consulted_on, "De directeur is gehoord vóór de aanvraag."
        )
        c.not_after(head_consulted_on, decided_on, "De directeur is gehoord na het besluit.")
        c.check(
            outcome == "afgegeven" or (starts_on is None and ends_on is None),
            "Alleen een afgegeven vrijstelling heeft een periode.",
        )
        c.done()
        exemption.outcome, exemption.decided_on, exemption.sent_on = outcome, decided_on, sent_on
        if starts_on is not None:
            exemption.starts_on = starts_on
        if ends_on is not None:
            exemption.ends_on = ends_on
        if note and note.strip():
            exemption.notes = "\n".join(x for x in (exemption.notes, note.strip()) if x)
        if grounds and grounds.strip():
            exemption.grounds = grounds.strip()
        if head_consulted_on is not None:
            exemption.head_consulted_on = head_consulted_on
        return uow.commit("Besluit vastgelegd.")


def _still_pending(session: Session, exemption: Exemption) -> None:
    if exemption.outcome != "pending":
        label = labels(session, "exemption_outcome").get(exemption.outcome, exemption.outcome)
        when = f" op {exemption.decided_on:%d-%m-%Y}" if exemption.decided_on else ""
        raise UserError(f"Op deze aanvraag is al besloten: {label.lower()}{when}.")


def record_enforcement(vault: Vault, case_id: str, data: EnforcementInput) -> ChangeSummary:
    with UnitOfWork(vault, "record_enforcement") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        c = Checker()
        c.code(s, "enforcement_kind", data.kind, "Soort handhaving")
        c.code(s, "absence_kind", data.absence_kind, "Soort verzuim")
        c.code(s, "enforcement_outcome", data.outcome, "Uitkomst")
        if data.subject_guardian_id:
            guardian = s.get(Guardian, data.subject_guardian_id)
            c.check(
                guardian is not None and guardian.youth_id == case.youth_id,
                "De ouder hoort niet bij deze jeugdige.",
            )
        c.check(
            data.kind != "pv_parent" or data.subject_guardian_id is not None,
            "Kies de ouder tegen wie het proces-verbaal is.",
        )
        c.done()
        s.add(Enforcement(case_id=case.id, **vars(data)))
        return uow.commit("Handhaving vastgelegd.")


def set_enforcement_outcome(
    vault: Vault,
    enforcement_id: str,
    outcome: str,
    outcome_on: date,
    note: str | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """The outcome of a Halt referral, an RvdK request or an SVB notice (a PV has its own
    course, `services.outcomes`). The codes come from the step's own list ("outcome_halt",
    …, else "enforcement_outcome"); an outcome follows "pending" or an interim one (list
    "outcome_interim", e.g. the Raad's investigation), never a final one."""
    today = today or date.today()
    with UnitOfWork(vault, "enforcement_outcome") as uow:
        s = uow.session
        step: Enforcement = get_live(s, Enforcement, enforcement_id, "Handhaving")
        if step.kind in PV_KINDS:
            raise UserError(
                "Leg bij een proces-verbaal de stappen vast: ingezonden aan het OM, "
                "de beslissing van het OM en de uitspraak van de rechter."
            )
        category = outcome_category(s, step.kind)
        allowed = labels(s, category)
        if step.outcome != "pending" and step.outcome not in labels(s, "outcome_interim"):
            label = allowed.get(step.outcome) or labels(s, "enforcement_outcome").get(
                step.outcome, step.outcome
            )
            raise UserError(f"De uitkomst is al vastgelegd: {label.lower()}.")
        c = Checker()
        c.check(outcome in allowed, f"Uitkomst: onbekende waarde '{outcome}'.")
        c.check(outcome != step.outcome, "Deze uitkomst staat er al.")
        c.not_after(step.dated_on, outcome_on, "De uitkomst ligt vóór de datum van de stap.")
        c.not_after(step.outcome_on, outcome_on, "De uitkomst ligt vóór de vorige uitkomst.")
        c.not_future(outcome_on, today, "De datum van de uitkomst")
        c.done()
        step.outcome, step.outcome_on = outcome, outcome_on
        if note and note.strip():
            step.outcome_note = note.strip()
        return uow.commit("Uitkomst vastgelegd.")


def outcome_category(session: Session, kind: str) -> str:
    """The reference list of outcomes for one kind of step."""
    own = f"outcome_{kind}"
    return own if labels(session, own) else "enforcement_outcome"
