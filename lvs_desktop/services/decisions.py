"""Exemptions (vrijstellingen, leave) and enforcement steps (warning, Halt, PV, SVB)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lvs_desktop.models import Case, Enforcement, Exemption, Guardian
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault


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
        c.done()
        s.add(Exemption(case_id=case.id, youth_id=case.youth_id, **vars(data)))
        return uow.commit("Vrijstelling vastgelegd.")


def decide_exemption(
    vault: Vault, exemption_id: str, outcome: str, decided_on: date, sent_on: date | None = None
) -> ChangeSummary:
    with UnitOfWork(vault, "decide_exemption") as uow:
        s = uow.session
        exemption = get_live(s, Exemption, exemption_id, "Vrijstelling")
        c = Checker()
        c.code(s, "exemption_outcome", outcome, "Uitkomst")
        c.not_after(exemption.received_on, decided_on, "Het besluit ligt vóór de aanvraag.")
        c.done()
        exemption.outcome, exemption.decided_on, exemption.sent_on = outcome, decided_on, sent_on
        return uow.commit("Besluit vastgelegd.")


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
    vault: Vault, enforcement_id: str, outcome: str, outcome_on: date
) -> ChangeSummary:
    with UnitOfWork(vault, "enforcement_outcome") as uow:
        s = uow.session
        step = get_live(s, Enforcement, enforcement_id, "Handhaving")
        c = Checker()
        c.code(s, "enforcement_outcome", outcome, "Uitkomst")
        c.done()
        step.outcome, step.outcome_on = outcome, outcome_on
        return uow.commit("Uitkomst vastgelegd.")
