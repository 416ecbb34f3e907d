"""A proces-verbaal's course after it is drawn up: sent to the OM, the OM's decision (sepot,
strafbeschikking, dagvaarding) and, after a dagvaarding, the court's outcome (geldboete with
its amount, taakstraf, jeugdreclassering, vrijspraak); and the words the screens and the CLI
use for where a step stands.

Each step is recorded once, in order, on the same enforcement record. What may follow what is
data: the lists "om_decision" and "court_outcome", "court_after" (the OM decisions after which
a court rules) and "amount_required" (outcomes that carry an amount).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.models import Enforcement, Exemption, UserError
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.decisions import PV_KINDS, outcome_category
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

OUTCOME_LISTS = (
    "outcome_halt",
    "outcome_rvdk_request",
    "outcome_svb_report",
    "outcome_warning",
    "outcome_fine",
)
STAND_CATEGORIES = (
    "enforcement_kind",
    "enforcement_outcome",
    "om_decision",
    "court_outcome",
    *OUTCOME_LISTS,
)


def _pv(session: Session, enforcement_id: str) -> Enforcement:
    step: Enforcement = get_live(session, Enforcement, enforcement_id, "Handhaving")
    if step.kind not in PV_KINDS:
        raise UserError("Deze stap is geen proces-verbaal.")
    return step


def _amount(c: Checker, session: Session, code: str, fine_cents: int | None) -> None:
    if code in labels(session, "amount_required"):
        c.check(fine_cents is not None and fine_cents > 0, "Vul het bedrag van de boete in.")
    c.check(fine_cents is None or fine_cents > 0, "Een bedrag is groter dan nul.")


def send_pv_to_om(
    vault: Vault, enforcement_id: str, sent_on: date, today: date | None = None
) -> ChangeSummary:
    today = today or date.today()
    with UnitOfWork(vault, "pv_sent_to_om") as uow:
        step = _pv(uow.session, enforcement_id)
        if step.sent_on is not None:
            raise UserError(f"Het proces-verbaal is al ingezonden op {step.sent_on:%d-%m-%Y}.")
        c = Checker()
        c.not_after(step.dated_on, sent_on, "Ingezonden vóór de datum van het proces-verbaal.")
        c.not_future(sent_on, today, "De datum van inzending")
        c.done()
        step.sent_on = sent_on
        return uow.commit("Inzending aan het OM vastgelegd.")


def record_om_decision(
    vault: Vault,
    enforcement_id: str,
    decision: str,
    decided_on: date,
    fine_cents: int | None = None,
    today: date | None = None,
) -> ChangeSummary:
    today = today or date.today()
    with UnitOfWork(vault, "pv_om_decision") as uow:
        s = uow.session
        step = _pv(s, enforcement_id)
        if step.sent_on is None:
            raise UserError("Leg eerst vast wanneer het proces-verbaal naar het OM ging.")
        if step.om_decision is not None:
            label = labels(s, "om_decision").get(step.om_decision, step.om_decision)
            raise UserError(f"De beslissing van het OM is al vastgelegd: {label.lower()}.")
        c = Checker()
        c.code(s, "om_decision", decision, "Beslissing OM")
        c.not_after(step.sent_on, decided_on, "De beslissing ligt vóór de inzending.")
        c.not_future(decided_on, today, "De datum van de beslissing")
        _amount(c, s, decision, fine_cents)
        c.done()
        step.om_decision, step.om_decision_on = decision, decided_on
        if fine_cents is not None:
            step.fine_cents = fine_cents
        return uow.commit("Beslissing van het OM vastgelegd.")


def record_court_outcome(
    vault: Vault,
    enforcement_id: str,
    outcome: str,
    decided_on: date,
    fine_cents: int | None = None,
    today: date | None = None,
) -> ChangeSummary:
    today = today or date.today()
    with UnitOfWork(vault, "pv_court_outcome") as uow:
        s = uow.session
        step = _pv(s, enforcement_id)
        if step.om_decision not in labels(s, "court_after"):
            raise UserError(
                "De rechter doet pas uitspraak na een dagvaarding: leg eerst de "
                "beslissing van het OM vast."
            )
        if step.court_outcome is not None:
            label = labels(s, "court_outcome").get(step.court_outcome, step.court_outcome)
            raise UserError(f"De uitspraak is al vastgelegd: {label.lower()}.")
        c = Checker()
        c.code(s, "court_outcome", outcome, "Uitspraak")
        c.not_after(step.om_decision_on, decided_on, "De uitspraak ligt vóór de dagvaarding.")
        c.not_future(decided_on, today, "De datum van de uitspraak")
        _amount(c, s, outcome, fine_cents)
        c.done()
        step.court_outcome, step.court_outcome_on = outcome, decided_on
        step.fine_cents = fine_cents
        return uow.commit("Uitspraak van de rechter vastgelegd.")


def euros(cents: int) -> str:
    """1500 -> "€ 15,00" (Dutch notation)."""
    whole, rest = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def stand(step: Enforcement, lab: Mapping[str, Mapping[str, str]]) -> str:
    """Where a step stands, in words: for a PV its course so far, else its outcome."""
    if step.kind not in PV_KINDS:
        own = lab.get(f"outcome_{step.kind}") or {}
        text = own.get(step.outcome) or lab["enforcement_outcome"].get(step.outcome, step.outcome)
        if step.outcome_on:
            text += f" ({step.outcome_on:%d-%m-%Y})"
        return text + (f": {step.outcome_note}" if step.outcome_note else "")
    if step.sent_on is None:
        return "Nog niet ingezonden"
    parts = [f"Ingezonden aan het OM ({step.sent_on:%d-%m-%Y})"]
    if step.om_decision and step.om_decision_on:
        parts.append(
            f"{lab['om_decision'].get(step.om_decision, step.om_decision)}"
            f" ({step.om_decision_on:%d-%m-%Y})"
        )
    if step.court_outcome and step.court_outcome_on:
        parts.append(
            f"{lab['court_outcome'].get(step.court_outcome, step.court_outcome)}"
            f" ({step.court_outcome_on:%d-%m-%Y})"
        )
    if step.fine_cents:
        parts[-1] += f" {euros(step.fine_cents)}"
    return " → ".join(parts)


def next_steps(step: Enforcement, session: Session) -> list[str]:
    """What can be recorded next: "sent", "om", "court" or "outcome" (nothing when done)."""
    if step.kind not in PV_KINDS:
        open_ = step.outcome == "pending" or step.outcome in labels(session, "outcome_interim")
        return ["outcome"] if open_ else []
    if step.sent_on is None:
        return ["sent"]
    if step.om_decision is None:
        return ["om"]
    if step.om_decision in labels(session, "court_after") and step.court_outcome is None:
        return ["court"]
    return []


@dataclass(frozen=True)
class StepState:
    """One enforcement step as the outcome dialog needs it."""

    id: str
    kind: str
    kind_label: str
    dated_on: date
    stand: str
    next: tuple[str, ...]  # see `next_steps`
    outcomes: tuple[Choice, ...]  # the step's own outcome list (not for a PV)
    om_decisions: tuple[Choice, ...]
    court_outcomes: tuple[Choice, ...]
    amount_required: frozenset[str]


def step_state(vault: Vault, enforcement_id: str) -> StepState:
    with vault.session() as s:
        step: Enforcement = get_live(s, Enforcement, enforcement_id, "Handhaving")
        lab = {c: labels(s, c) for c in STAND_CATEGORIES}
        own = labels(s, outcome_category(s, step.kind))
        return StepState(
            step.id,
            step.kind,
            lab["enforcement_kind"].get(step.kind, step.kind),
            step.dated_on,
            stand(step, lab),
            tuple(next_steps(step, s)),
            tuple(Choice(c, x) for c, x in own.items() if c != "pending"),
            tuple(Choice(c, x) for c, x in lab["om_decision"].items()),
            tuple(Choice(c, x) for c, x in lab["court_outcome"].items()),
            frozenset(labels(s, "amount_required")),
        )


@dataclass(frozen=True)
class ExemptionState:
    id: str
    article_label: str
    received_on: date
    stage: str  # received, advice, decided
    stand: str
    outcomes: tuple[Choice, ...]
    article: str = ""  # the exemption_article code (5a, 11g, …)


def exemption_stand(e: Exemption, outcome_labels: Mapping[str, str]) -> str:
    """ "Ontvangen", "Advies gevraagd bij … (dd-mm-jjjj)" or the decision with its date."""
    if e.outcome != "pending":
        text = outcome_labels.get(e.outcome, e.outcome)
        return text + (f" ({e.decided_on:%d-%m-%Y})" if e.decided_on else "")
    if e.advice_requested_on:
        return f"Advies gevraagd bij {e.advice_from} ({e.advice_requested_on:%d-%m-%Y})"
    return "Ontvangen, in behandeling"


def exemption_state(vault: Vault, exemption_id: str) -> ExemptionState:
    with vault.session() as s:
        e: Exemption = get_live(s, Exemption, exemption_id, "Vrijstelling")
        outcome_labels = labels(s, "exemption_outcome")
        stage = "advice" if e.advice_requested_on else "received"
        if e.outcome != "pending":
            stage = "decided"
        return ExemptionState(
            e.id,
            labels(s, "exemption_article").get(e.article, e.article),
            e.received_on,
            stage,
            exemption_stand(e, outcome_labels),
            tuple(Choice(c, x) for c, x in outcome_labels.items() if c != "pending"),
            e.article,
        )
