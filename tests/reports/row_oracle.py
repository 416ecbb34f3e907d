"""The annual figures counted in Python from the narrow rows (`reports.facts`): the
row-based oracle the SQL counts (`reports.counts_*`) must equal, figure by figure.

These are the counting functions as they were before the plain counts moved into SQL (issue
15 item 4), kept verbatim apart from their names; the figures over the cases, still counted in
Python in the product, are repeated too, so a change to either side shows. Thuiszitters have
their own oracle, day by day and written from the printed definition (`thuiszitter_oracle.py`,
compared in `test_thuiszitter_oracle.py`)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Contact,
    Enforcement,
    OutreachStep,
    RegisterResident,
    Report,
    Youth,
)
from lvs_desktop.models.rules import outreach as outreach_rules
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.deadlines import first_contact_due
from lvs_desktop.models.rules.register_lists import (
    HANDOVER_FUNCTION,
    HANDOVER_REPORTER,
    vo_mbo_deadline_in,
)
from lvs_desktop.reports import facts
from lvs_desktop.reports.facts import FROM_ROWS, school_types
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import RELATIVE_REPORT_TYPES, ReportTerms

EARLY_LEAVER = "early_school_leaver"


def _first_reports(session: Session, tally: Tally) -> dict[str, date]:
    """Case id → the first live report's date, from the report rows themselves."""
    out: dict[str, date] = {}
    for r in reports(session, tally):
        known = out.get(r.case.id)
        if known is None or r.received_on < known:
            out[r.case.id] = r.received_on
    return out


UNKNOWN = "?"


def oracle_relative_reports(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    types = school_types(session, tally)
    wanted = set(RELATIVE_REPORT_TYPES)
    for r in reports(session, tally):
        year = window.year_of(r.received_on)
        if year is None or r.report_type not in wanted:
            continue
        school = types.get(r.school_id or "") or types.get(r.case.school_id or "") or UNKNOWN
        dims = (r.report_type, school)
        tally.add("relative_reports", year.start_year, r.case.municipality_id, dims)


def oracle_reports_18_plus(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    for r in reports(session, tally):
        year = window.year_of(r.received_on)
        if year is not None and r.report_type == "18_plus":
            tally.add("reports_18_plus", year.start_year, r.case.municipality_id, ("reports",))


def oracle_absolute_absence(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    absolute = [c for c in facts.cases(session, tally).values() if c.kind == "absolute_absence"]
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        for case in absolute:
            if not case.open_during(year.start, cutoff):
                continue
            where = (year.start_year, case.municipality_id)
            tally.add("absolute_absence", *where, ("handled",))
            if case.open_on(cutoff):
                tally.add("absolute_absence", *where, ("follow_up",))
            closed = case.closed_on
            back = case.closing_reason in terms.reenrolled_reasons
            if back and closed is not None and year.start <= closed <= cutoff:
                tally.add("absolute_absence", *where, ("reenrolled",))


def oracle_open_per_consultant(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    live = facts.cases(session, tally).values()
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        per = Counter(
            (case.municipality_id, case.consultant_id) for case in live if case.open_on(cutoff)
        )
        for (municipality, consultant), n in per.items():
            tally.add("open_per_consultant", year.start_year, municipality, (consultant,), n)


def oracle_past_deadline(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    live = facts.cases(session, tally).values()
    reported = _first_reports(session, tally)
    contacted = facts.contacts(session, tally).first_contact
    cutoffs = [c for c in map(window.cutoff, window.years) if c is not None]
    late_tasks = facts.late_tasks(session, tally, cutoffs)
    contact_due: dict[date, date] = {}  # first report -> last day for the first contact
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        late_at = late_tasks[cutoff]
        per: Counter[tuple[str | None, str]] = Counter()
        for case in live:
            if not case.open_on(cutoff):
                continue
            task_late = case.id in late_at
            first_report = reported.get(case.id)
            first_contact = contacted.get(case.id)
            contact_late = False
            if first_report is not None and first_report <= cutoff:
                if first_report not in contact_due:
                    contact_due[first_report] = first_contact_due(first_report, terms.deadlines)
                contact_late = contact_due[first_report] < cutoff and (
                    first_contact is None or first_contact > cutoff
                )
            if task_late:
                per[(case.municipality_id, "task")] += 1
            if contact_late:
                per[(case.municipality_id, "first_contact")] += 1
            if task_late or contact_late:
                per[(case.municipality_id, "any")] += 1
        for (municipality, measure), n in per.items():
            tally.add("past_deadline", year.start_year, municipality, (measure,), n)


def oracle_days_to_contact(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    reported = _first_reports(session, tally)
    contacted = facts.contacts(session, tally).first_contact
    for case in facts.cases(session, tally).values():
        first_report = reported.get(case.id)
        year = window.year_of(first_report) if first_report else None
        if first_report is None or year is None:
            continue
        first_contact = contacted.get(case.id)
        if first_contact is None:
            tally.add("days_to_contact", year.start_year, case.municipality_id, ("without",))
            continue
        days = max(0, (first_contact - first_report).days)
        tally.sample("days_to_contact", year.start_year, case.municipality_id, float(days))
        tally.add("days_to_contact", year.start_year, case.municipality_id, ("with",))


def oracle_exemptions(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    for case, _youth, article, outcome, received, *_ in facts.exemptions(session, tally):
        year = window.year_of(received)
        if year is not None:
            tally.add("exemptions", year.start_year, case.municipality_id, (article, outcome))


def oracle_pvs(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    for case, kind, absence, _outcome, dated in enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind in ("pv_parent", "pv_pupil"):
            tally.add("pvs", year.start_year, case.municipality_id, (kind, absence))


def oracle_halt(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    for case, kind, _absence, outcome, dated in enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind == "halt":
            tally.add("halt", year.start_year, case.municipality_id, (outcome,))


def oracle_svb(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    for case, kind, _absence, _outcome, dated in enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind == "svb_report":
            tally.add("svb", year.start_year, case.municipality_id, ("reports",))


def oracle_underlying_problems(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    live = facts.cases(session, tally)
    query = select(Case.id, Case.problem_codes).where(
        ~Case.deleted, Case.problem_codes.is_not(None)
    )
    for case_id, codes in session.execute(query):
        case = live.get(case_id)
        year = window.year_of(case.opened_on) if case is not None else None
        if case is None or year is None:
            continue
        for code in sorted(set(codes.split(","))):
            if code:
                tally.add("underlying_problems", year.start_year, case.municipality_id, (code,))


def oracle_early_leavers(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    talked = facts.contacts(session, tally).conversation_years
    years = {y.start_year for y in window.years}
    for case in facts.cases(session, tally).values():
        if case.kind != EARLY_LEAVER:
            continue
        opened = SchoolYear.of(case.opened_on).start_year
        if opened in years:
            tally.add("early_leavers", opened, case.municipality_id, ("left",))
        for year in talked.get(case.id, set()) & years:
            tally.add("early_leavers", year, case.municipality_id, ("contacted",))
        if case.closed_on is not None and case.closing_reason in terms.positive_reasons:
            closed = SchoolYear.of(case.closed_on).start_year
            if closed in years:
                tally.add("early_leavers", closed, case.municipality_id, ("positive",))


def oracle_screening_17(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    talked = facts.contacts(session, tally).conversation_years
    approached = _approached(session)
    years = {y.start_year for y in window.years}
    for case in facts.cases(session, tally).values():
        if case.kind != "screening_17":
            continue
        opened = SchoolYear.of(case.opened_on).start_year
        if opened not in years:
            continue
        tally.add("screening_17", opened, case.municipality_id, ("screened",))
        if case.id in approached:
            tally.add("screening_17", opened, case.municipality_id, ("approached",))
        if talked.get(case.id):
            tally.add("screening_17", opened, case.municipality_id, ("contacted",))


def _approached(session: Session) -> set[str]:
    """Cases with a live, unvoided contact of any kind, or whose live outreach steps passed
    "benaderd" (`rules.passed`), from the rows."""
    out = set(
        session.scalars(
            select(Contact.case_id).where(~Contact.deleted, Contact.voided_on.is_(None))
        )
    )
    steps: dict[str, list[outreach_rules.Step]] = {}
    for case_id, phase, on in session.execute(
        select(OutreachStep.case_id, OutreachStep.phase, OutreachStep.taken_on).where(
            ~OutreachStep.deleted
        )
    ):
        steps.setdefault(case_id, []).append(outreach_rules.Step(phase, on))
    for case_id, own in steps.items():
        if "benaderd" in {phase for _, phase in outreach_rules.passed(own)}:
            out.add(case_id)
    return out


def oracle_handover(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    live = facts.cases(session, tally)
    for case_id, received in session.execute(
        select(Report.case_id, Report.received_on).where(
            ~Report.deleted,
            Report.voided_on.is_(None),
            Report.report_type == "absolute",
            Report.reporter_function == HANDOVER_FUNCTION,
            Report.reporter_name == HANDOVER_REPORTER,
        )
    ):
        case = live.get(case_id)
        year = window.year_of(received)
        if case is None or case.kind != "absolute_absence" or year is None:
            continue
        cutoff = window.cutoff(year)
        if cutoff is None or received > cutoff:
            continue
        tally.add("handover", year.start_year, case.municipality_id, ("handovers",))
        if (
            case.closed_on is not None
            and case.closed_on <= window.as_of
            and case.closing_reason in terms.reenrolled_reasons
        ):
            tally.add("handover", year.start_year, case.municipality_id, ("reenrolled",))


def oracle_vo_mbo(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """The register list's own reading (`services.register.lists`) on each year's date, and
    the guidance from the case and outreach rows of the youths with those BSNs."""
    from lvs_desktop.services.register.lists import RegisterList, _vo_mbo

    if session.scalar(select(func.count()).select_from(RegisterResident)) == 0:
        return
    for year in window.years:
        deadline = vo_mbo_deadline_in(terms.vo_mbo_date, year)
        cutoff = window.cutoff(year)
        if cutoff is None or deadline > cutoff:
            continue
        listed = RegisterList("vo-mbo", deadline)
        people, check = _vo_mbo(session, deadline, listed, terms.vo_mbo_date)
        for person in people:
            hit = check(person)
            if hit is None:
                continue
            left = hit[1]
            assert left is not None
            town = person.row.municipality_id
            tally.add("vo_mbo", year.start_year, town, ("without_mbo",))
            if _guided(session, person.row.bsn, left, cutoff):
                tally.add("vo_mbo", year.start_year, town, ("guided",))


def _guided(session: Session, bsn: str, left: date, cutoff: date) -> bool:
    youths = select(Youth.id).where(Youth.bsn == bsn, ~Youth.deleted)
    for case in session.scalars(select(Case).where(Case.youth_id.in_(youths), ~Case.deleted)):
        if case.opened_on <= cutoff and (case.closed_on is None or case.closed_on >= left):
            return True
        steps = select(OutreachStep.taken_on).where(
            OutreachStep.case_id == case.id, ~OutreachStep.deleted
        )
        if any(left <= on <= cutoff for on in session.scalars(steps)):
            return True
    return False


ORACLES = {
    "relative_reports": oracle_relative_reports,
    "reports_18_plus": oracle_reports_18_plus,
    "absolute_absence": oracle_absolute_absence,
    "open_per_consultant": oracle_open_per_consultant,
    "past_deadline": oracle_past_deadline,
    "days_to_contact": oracle_days_to_contact,
    "exemptions": oracle_exemptions,
    "pvs": oracle_pvs,
    "halt": oracle_halt,
    "svb": oracle_svb,
    "underlying_problems": oracle_underlying_problems,
    "early_leavers": oracle_early_leavers,
    "screening_17": oracle_screening_17,
    "handover": oracle_handover,
    "vo_mbo": oracle_vo_mbo,
}


def oracle_tally(
    session: Session, window: Window, terms: ReportTerms | None = None, *, from_rows: bool = True
) -> Tally:
    """Every figure but the thuiszitters, counted in Python over the rows."""
    terms = terms or ReportTerms()
    tally = Tally()
    tally.cache[FROM_ROWS] = from_rows
    for count in ORACLES.values():
        count(session, window, tally, terms)
    return tally


# The row reads the oracle counts over (the report itself counts these in grouped SQL).


def reports(session: Session, tally: Tally) -> list[facts.ReportFact]:
    """Every live report on a live case."""

    def load() -> list[facts.ReportFact]:
        live = facts.cases(session, tally)
        query = select(
            Report.case_id,
            Report.report_type,
            facts.iso(Report.received_on),
            Report.school_id,
            facts.iso(Report.period_start),
            facts.iso(Report.period_end),
            Report.all_lessons_missed,
        ).where(~Report.deleted, Report.voided_on.is_(None))
        out = []
        history = facts.enrolments(session, tally)
        for cid, rtype, received, school, start, end, missed in facts.rows(session, query):
            case = live.get(cid)
            if case is not None:
                on = date.fromisoformat(received)
                if school is None and case.youth_id in history:
                    school = facts._school_on(history[case.youth_id], on)
                out.append(
                    facts.ReportFact(
                        case,
                        rtype,
                        on,
                        school,
                        facts.day(start),
                        facts.day(end),
                        bool(missed),
                    )
                )
        return out

    return cast(list[facts.ReportFact], facts._cached(tally, "reports", load))


Step = tuple[facts.CaseFact, str, str, str, date]


def enforcements(session: Session, tally: Tally) -> list[Step]:
    """(case, kind, absence kind, outcome, date) of live enforcement steps on live cases."""

    def load() -> list[Any]:
        live = facts.cases(session, tally)
        query = select(
            Enforcement.case_id,
            Enforcement.kind,
            Enforcement.absence_kind,
            Enforcement.outcome,
            facts.iso(Enforcement.dated_on),
        ).where(~Enforcement.deleted)
        out = []
        for cid, kind, absence, outcome, dated in facts.rows(session, query):
            case = live.get(cid)
            if case is not None:
                out.append((case, kind, absence, outcome, date.fromisoformat(dated)))
        return out

    return cast(list[Step], facts._cached(tally, "enforcements", load))
