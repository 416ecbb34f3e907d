"""RMC outreach: dated phases of a case, its programme, and the newcomer marker on a youth.

Each function that writes is one unit of work (audited, returns a `ChangeSummary`). The rules
(target group, which phase goes with a destination, "positive") live in
`models.rules.outreach`; here they are applied to the vault's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, OutreachStep, UserError, Youth
from lvs_desktop.models.enrolment import Enrolment
from lvs_desktop.models.rules import outreach as rules
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault


@dataclass(frozen=True)
class StepRow:
    id: str
    phase: str
    phase_label: str
    taken_on: date
    destination: str | None
    destination_label: str
    programme: str | None
    programme_label: str
    positive: bool
    note: str | None


@dataclass(frozen=True)
class OutreachView:
    """A case's outreach: its steps (oldest first) and what they add up to."""

    case_id: str
    steps: list[StepRow]
    current_phase: str | None
    current_label: str
    destination_label: str
    programme: str | None
    positive: bool


def _steps(session: Session, case_id: str) -> list[OutreachStep]:
    rows = session.scalars(
        select(OutreachStep).where(OutreachStep.case_id == case_id, OutreachStep.deleted.is_(False))
    ).all()
    return sorted(rows, key=lambda s: (s.taken_on, rules.PHASES.index(s.phase), s.created_at))


def _as_rule(step: OutreachStep) -> rules.Step:
    return rules.Step(step.phase, step.taken_on, step.destination, step.programme)


def set_phase(
    vault: Vault,
    case_id: str,
    phase: str,
    on: date,
    *,
    destination: str | None = None,
    programme: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """Record a dated step of the outreach. The first step must be "in beeld" and is where the
    target group is checked; a step is never dated before the case's previous one."""
    today = today or date.today()
    with UnitOfWork(vault, "set_outreach_phase") as uow:
        s = uow.session
        case: Case = get_live(s, Case, case_id, "Dossier")
        youth: Youth = case.youth
        steps = _steps(s, case.id)
        c = Checker()
        c.code(s, "outreach_phase", phase, "Fase")
        c.code(s, "outreach_destination", destination, "Bestemming")
        c.code(s, "outreach_programme", programme, "Programma")
        c.not_future(on, today, "De datum van de stap")
        c.check(case.closed_on is None, "Het dossier is gesloten: leg geen stap meer vast.")
        problem = rules.phase_problem(phase, destination)
        c.check(problem is None, problem or "")
        if steps:
            last = steps[-1]
            c.check(
                on >= last.taken_on,
                f"De vorige stap is van {last.taken_on:%d-%m-%Y}: een nieuwe stap is niet eerder.",
            )
            c.check(last.phase != rules.OUTFLOW, "Deze jongere is al uitgestroomd.")
        else:
            c.check(phase == rules.FIRST_PHASE, "De eerste stap is 'in beeld': begin daar.")
            if phase == rules.FIRST_PHASE:
                who = rules.age_problem(youth.birth_date, on, youth.startkwalificatie_on, programme)
                c.check(who is None, who or "")
        c.done()
        s.add(
            OutreachStep(
                case_id=case.id,
                consultant_id=vault.owner_id,
                phase=phase,
                taken_on=on,
                destination=destination,
                programme=programme,
                note=(note or "").strip() or None,
            )
        )
        label = labels(s, "outreach_phase").get(phase, phase)
        return uow.commit(f"Fase '{label}' vastgelegd.")


def remove_step(vault: Vault, step_id: str) -> ChangeSummary:
    """Take back the newest step (entered by mistake); older steps stay as history."""
    with UnitOfWork(vault, "remove_outreach_step") as uow:
        s = uow.session
        step: OutreachStep = get_live(s, OutreachStep, step_id, "Stap")
        if _steps(s, step.case_id)[-1].id != step.id:
            raise UserError("Alleen de laatste stap kan worden teruggenomen.")
        step.deleted = True
        return uow.commit("Stap teruggenomen.")


def outreach_of(vault: Vault, case_id: str) -> OutreachView:
    """The case's outreach steps with their labels, and its current phase."""
    with vault.session() as s:
        phases = labels(s, "outreach_phase")
        dests = labels(s, "outreach_destination")
        progs = labels(s, "outreach_programme")
        steps = _steps(s, case_id)
        rows = [
            StepRow(
                id=x.id,
                phase=x.phase,
                phase_label=phases.get(x.phase, x.phase),
                taken_on=x.taken_on,
                destination=x.destination,
                destination_label=dests.get(x.destination or "", x.destination or ""),
                programme=x.programme,
                programme_label=progs.get(x.programme or "", x.programme or ""),
                positive=x.phase == rules.OUTFLOW and rules.is_positive(x.destination),
                note=x.note,
            )
            for x in steps
        ]
        now = rules.current(_as_rule(x) for x in steps)
    last = rows[-1] if rows else None
    return OutreachView(
        case_id=case_id,
        steps=rows,
        current_phase=now.phase if now else None,
        current_label=last.phase_label if last else "",
        destination_label=last.destination_label if last else "",
        programme=next((r.programme for r in reversed(rows) if r.programme), None),
        positive=bool(last and last.positive),
    )


# -- newcomers ---------------------------------------------------------------------------------


def youth_of_case(vault: Vault, case_id: str) -> str:
    """The id of the case's youth (the newcomer marker is on the youth)."""
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        return case.youth_id


@dataclass(frozen=True)
class NewcomerMark:
    origin: str | None
    origin_label: str
    arrived_on: date | None


def newcomer_of_case(vault: Vault, case_id: str) -> NewcomerMark:
    """The newcomer marker of the case's youth (origin None: not a newcomer)."""
    with vault.session() as s:
        youth: Youth = get_live(s, Case, case_id, "Dossier").youth
        origin = youth.newcomer_origin
        label = labels(s, "newcomer_origin").get(origin or "", origin or "")
        return NewcomerMark(origin, label, youth.newcomer_arrived_on)


def set_newcomer(
    vault: Vault,
    youth_id: str,
    origin: str | None,
    arrived_on: date | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """Mark a youth as a newcomer (origin category, arrival date if known), or clear the
    marker (`origin` None: the arrival date goes with it)."""
    today = today or date.today()
    with UnitOfWork(vault, "set_newcomer") as uow:
        s = uow.session
        youth: Youth = get_live(s, Youth, youth_id, "Jeugdige")
        c = Checker()
        c.code(s, "newcomer_origin", origin, "Herkomst")
        c.not_future(arrived_on, today, "De aankomstdatum")
        c.not_after(youth.birth_date, arrived_on, "De aankomstdatum ligt voor de geboortedatum.")
        c.check(
            origin is not None or arrived_on is None, "Kies een herkomst bij een aankomstdatum."
        )
        c.done()
        if youth.newcomer_origin != origin:
            youth.newcomer_origin = origin
        if youth.newcomer_arrived_on != arrived_on:
            youth.newcomer_arrived_on = arrived_on
        return uow.commit("Nieuwkomer vastgelegd." if origin else "Nieuwkomer-markering gewist.")


@dataclass(frozen=True)
class NewcomerCount:
    """Newcomers known on a day: in view (marked, with a live case) and of those not enrolled
    anywhere on that day (no enrolment covering it)."""

    in_view: int
    not_enrolled: int
    by_origin: dict[str, tuple[int, int]]


def newcomer_counts(vault: Vault, on: date) -> NewcomerCount:
    """Count newcomers in view and not enrolled on a day, per origin category."""
    with vault.session() as s:
        youths = s.scalars(
            select(Youth)
            .join(Case, Case.youth_id == Youth.id)
            .where(
                Youth.newcomer_origin.is_not(None),
                Youth.deleted.is_(False),
                Case.deleted.is_(False),
                Case.opened_on <= on,
            )
            .distinct()
        ).all()
        enrolled = {
            y
            for (y,) in s.execute(
                select(Enrolment.youth_id).where(
                    Enrolment.youth_id.in_([y.id for y in youths]),
                    Enrolment.deleted.is_(False),
                    Enrolment.starts_on <= on,
                    (Enrolment.ends_on.is_(None)) | (Enrolment.ends_on >= on),
                )
            )
        }
        by: dict[str, tuple[int, int]] = {}
        for y in youths:
            if y.newcomer_arrived_on is not None and y.newcomer_arrived_on > on:
                continue
            seen, out = by.get(y.newcomer_origin or "", (0, 0))
            by[y.newcomer_origin or ""] = (seen + 1, out + (y.id not in enrolled))
    return NewcomerCount(
        in_view=sum(v[0] for v in by.values()),
        not_enrolled=sum(v[1] for v in by.values()),
        by_origin=by,
    )


# -- figures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutreachFigures:
    """Cases per phase reached inside a school year (a case counts once per phase), the
    outflows by destination, the positive ones (`models.rules.outreach`), and the outflows of
    cases with any step in the MatchMakers programme, by destination."""

    reached: dict[str, int]
    by_destination: dict[str, int]
    positive: int
    matchmakers_by_destination: dict[str, int]


def outreach_figures(vault: Vault, year: SchoolYear) -> OutreachFigures:
    """The outreach figures of one school year, from the dated steps (history kept)."""
    with vault.session() as s:
        rows = s.execute(
            select(
                OutreachStep.case_id,
                OutreachStep.phase,
                OutreachStep.taken_on,
                OutreachStep.destination,
                OutreachStep.programme,
            )
            .join(Case, Case.id == OutreachStep.case_id)
            .where(OutreachStep.deleted.is_(False), Case.deleted.is_(False))
        ).all()
    by_case: dict[str, list[rules.Step]] = {}
    for case_id, phase, on, destination, programme in rows:
        by_case.setdefault(case_id, []).append(rules.Step(phase, on, destination, programme))
    reached = dict.fromkeys(rules.PHASES, 0)
    dests: dict[str, int] = {}
    mm: dict[str, int] = {}
    positive = 0
    for steps in by_case.values():
        for phase in rules.reached_in_year(steps, year):
            reached[phase] += 1
        in_matchmakers = any(x.programme == rules.MATCHMAKERS for x in steps)
        for x in rules.steps_in_year(steps, year):
            if x.phase == rules.OUTFLOW and x.destination:
                dests[x.destination] = dests.get(x.destination, 0) + 1
                if in_matchmakers:
                    mm[x.destination] = mm.get(x.destination, 0) + 1
        positive += rules.positive_in_year(steps, year)
    return OutreachFigures(reached, dests, positive, mm)
