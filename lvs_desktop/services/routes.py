"""MAS route decisions: the rule check on the case's facts, and the decision (with override).

The facts come from the vault (birth date, reports, earlier Halt referrals of this youth);
the judgements only a consultant can make (consent, admission, structural absence, help
refused, development threatened) come with the request.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.letters.history import case_route_facts
from lvs_desktop.models import Case, RouteDecision, UserError
from lvs_desktop.models.rules.routes import Route, RouteCheck, RouteFacts, check_routes
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

# Case kinds whose absence is not a relative-absence report.
KIND_AS_REPORT_TYPE = {"absolute_absence": "absolute", "luxe": "luxe"}


@dataclass(frozen=True)
class Judgement:
    """What the consultant establishes in the investigation (DOMAIN §3)."""

    parents_consent: bool | None = None
    admits: bool | None = None
    structural: bool = False
    help_refused: bool = False
    development_threatened: bool = False
    luxe_first_offence: bool = False


def case_facts(session: Session, case: Case, judgement: Judgement) -> RouteFacts:
    """The facts the route rules need, read from the case and the youth's other cases (the one
    computation in `letters.history.case_route_facts`), with the consultant's judgement."""
    j = vars(judgement)
    facts = case_route_facts(
        case,
        date.max,  # every Halt referral of the youth counts
        parents_consent=j["parents_consent"],
        admits=j["admits"],
        structural=j["structural"],
        help_refused=j["help_refused"],
        development_threatened=j["development_threatened"],
        luxe_first_offence_added=j["luxe_first_offence"],
    )
    if facts is None:
        raise UserError("Leg eerst een melding vast; de routes hangen af van het verzuim.")
    return facts


def route_facts(vault: Vault, case_id: str) -> RouteFacts:
    """The case's facts for the route rules, read once (a form then re-checks them with each
    judgement by `options_for`, without the vault)."""
    with vault.session() as session:
        case = get_live(session, Case, case_id, "Dossier")
        return case_facts(session, case, Judgement())


def options_for(facts: RouteFacts, judgement: Judgement, on: date) -> tuple[RouteCheck, ...]:
    """Each route, open or closed, for the facts read by `route_facts` and a judgement."""
    return check_routes(replace(facts, **vars(judgement)), on)


def route_options(
    vault: Vault, case_id: str, judgement: Judgement, on: date
) -> tuple[RouteCheck, ...]:
    """Each route, open or closed, with the rule's reasons in Dutch."""
    with vault.session() as session:
        case = get_live(session, Case, case_id, "Dossier")
        return check_routes(case_facts(session, case, judgement), on)


def decide_route(
    vault: Vault,
    case_id: str,
    route: str,
    rationale: str,
    decided_on: date,
    judgement: Judgement = Judgement(),
    override_reason: str | None = None,
) -> ChangeSummary:
    """Record a route choice. A route the rules close needs a written override reason."""
    c = Checker()
    c.check(route in {r.value for r in Route}, f"Onbekende route '{route}'.")
    c.required(rationale, "De motivering")
    c.done()
    with UnitOfWork(vault, "decide_route") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        check = next(
            ch
            for ch in check_routes(case_facts(s, case, judgement), decided_on)
            if ch.route == route
        )
        override = (override_reason or "").strip() or None
        if not check.open and override is None:
            raise UserError(
                f"Route {check.label} is niet open: "
                + " ".join(check.reasons)
                + " Geef een schriftelijke reden om toch voor deze route te kiezen."
            )
        s.add(
            RouteDecision(
                case_id=case.id,
                route=route,
                decided_on=decided_on,
                decided_by_id=vault.owner_id,
                rationale=rationale.strip(),
                eligible=check.open,
                override_reason=None if check.open else override,
            )
        )
        return uow.commit(f"Route {check.label} gekozen.")
