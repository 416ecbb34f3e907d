"""The caseload figures counted in grouped SQL (issue 15 item 4) at their boundaries, on a new
vault: a first report on the last day whose first-contact deadline lies before 31 July and on
the day after, a contact on 31 July and on 1 August, a case closed on 31 July, tasks due or
done on 31 July. Each is checked against the row oracle and by its known count, and the one
threshold day per reference date against the deadline of every day."""

from __future__ import annotations

import gc
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.deadlines import DeadlineTerms, first_contact_due
from lvs_desktop.reports import facts
from lvs_desktop.reports.build import REPORT_CACHE_KIB, compute, layout
from lvs_desktop.reports.counts_caseload import last_report_day
from lvs_desktop.reports.figures import FIGURES_BY_KEY, FigureSpec
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.services import cases, contacts
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.store import Vault
from tests.builders import make_youth
from tests.reports.row_oracle import ORACLES, oracle_tally

AS_OF = date(2026, 11, 28)
CUTOFF = date(2022, 7, 31)  # a Sunday: 10 working days before Friday 29 July is 15 July


@pytest.mark.parametrize("working_days", [0, 1, 10, 23])
def test_the_threshold_day_splits_the_reports_as_the_deadline_does(working_days: int) -> None:
    terms = DeadlineTerms(first_contact_working_days=working_days)
    for cutoff in (CUTOFF + timedelta(days=n) for n in range(-10, 12)):
        last = last_report_day(cutoff, terms)
        for day in (cutoff - timedelta(days=n) for n in range(0, 60)):
            late = first_contact_due(day, terms) < cutoff and day <= cutoff
            assert (day <= last) == late, (cutoff, day)


def _case(vault: Vault, received: date) -> str:
    youth = make_youth(vault, bsn=None, birth_date=date(2010, 1, 1))
    report = ReportInput("16_hours", received)
    return cases.open_case(
        vault, youth, "relative_absence", received, report=report, today=AS_OF
    ).first("case_file")


def _contact(vault: Vault, case_id: str, on: date) -> None:
    data = ContactInput(datetime.combine(on, time(11)), "phone", kind="conversation", summary="-")
    contacts.log_contact(vault, case_id, data)


def _task(vault: Vault, case_id: str, due: date, done: date | None = None) -> None:
    task = contacts.add_task(vault, case_id, "Terugkoppeling", due).first("task")
    if done is not None:
        contacts.complete_task(vault, task, done)


def test_past_deadline_at_its_boundaries_equals_the_oracle(vault: Vault) -> None:
    june = date(2022, 6, 1)
    _case(vault, date(2022, 7, 17))  # last day: due Friday 29 July, late on the 31st
    _case(vault, date(2022, 7, 18))  # due Monday 1 August: not late on 31 July
    in_time = _case(vault, june)
    _contact(vault, in_time, CUTOFF)  # the first contact on the reference date itself
    too_late = _case(vault, june)
    _contact(vault, too_late, CUTOFF + timedelta(days=1))
    closed = _case(vault, june)
    _task(vault, closed, date(2022, 7, 1))
    cases.close_case(vault, closed, CUTOFF, "back_to_school", "seen", today=AS_OF)  # not open
    for due, done in (
        (date(2022, 7, 30), None),  # late
        (CUTOFF, None),  # due on the date: not yet late
        (date(2022, 7, 1), CUTOFF),  # done on the date: not late
        (date(2022, 7, 1), CUTOFF + timedelta(days=1)),  # done after it: late
    ):
        case = _case(vault, june)
        _contact(vault, case, june)
        _task(vault, case, due, done)
    both = _case(vault, june)  # no contact and a late task: counted once
    _task(vault, both, date(2022, 7, 1))

    report = report_from(compute_figures(vault, "2021-2022", as_of=AS_OF), "2021-2022")
    i = report.years.index("2021-2022")
    late = {r.label: r.values[i] for r in report.table("past_deadline").rows}
    assert late == {
        "Dossiers met een verlopen termijn": 5,
        "waarvan taak over de datum": 3,
        "waarvan eerste contact te laat": 3,
    }
    open_cases = {r.label: r.values[i] for r in report.table("open_per_consultant").rows}
    assert open_cases["Totaal"] == 9  # all but the case closed on 31 July

    for as_of in (AS_OF, CUTOFF, CUTOFF + timedelta(days=1), date(2023, 7, 31)):
        window = Window.ending(SchoolYear.of(as_of), 3, as_of)
        with vault.session() as s:
            for from_rows in (False, True):
                ours = compute(s, window, from_rows=from_rows).tally
                oracle = oracle_tally(s, window, from_rows=from_rows)
                for figure in ("past_deadline", "open_per_consultant", "days_to_contact"):
                    assert figure in ORACLES
                    got = {k: v for k, v in ours.counts.items() if k[0] == figure}
                    want = {k: v for k, v in oracle.counts.items() if k[0] == figure}
                    assert _nonzero(got) == _nonzero(want), (figure, as_of, from_rows)
                assert _samples(ours) == _samples(oracle)


def _nonzero(counts: dict) -> dict:  # type: ignore[type-arg]
    return {
        k: {m: n for m, n in per.items() if n} for k, per in counts.items() if any(per.values())
    }


def _samples(tally: object) -> dict:  # type: ignore[type-arg]
    return {
        key: {m: sorted(v) for m, v in per.items() if v}
        for key, per in tally.samples.items()  # type: ignore[attr-defined]
    }


def test_conversations_of_early_leavers_and_screening_in_sql(vault: Vault) -> None:
    """A contact attempt is no conversation; a conversation counts in its own school year."""
    counted = {}
    for kind in ("early_school_leaver", "screening_17"):
        youth = make_youth(vault, bsn=None, birth_date=date(2005, 1, 1))
        attempt = cases.open_case(vault, youth, kind, date(2021, 9, 1), today=AS_OF)
        data = ContactInput(datetime(2021, 9, 2, 11), "phone", kind="attempt", summary="-")
        contacts.log_contact(vault, attempt.first("case_file"), data)
        youth = make_youth(vault, bsn=None, birth_date=date(2005, 1, 1))
        talked = cases.open_case(vault, youth, kind, date(2021, 9, 1), today=AS_OF)
        _contact(vault, talked.first("case_file"), date(2022, 8, 2))  # the next school year
    report = report_from(compute_figures(vault, "2022-2023", as_of=AS_OF), "2022-2023")
    for key in ("early_leavers", "screening_17"):
        counted[key] = {r.label: r.values for r in report.table(key).rows}
    assert counted["early_leavers"]["Gesproken"][1:] == (0, 1)  # 2021-2022, 2022-2023
    assert counted["screening_17"]["waarvan gesproken"][1] == 1  # of the 2 screened in 2021-2022
    window = Window.ending(SchoolYear.of(AS_OF), 5, AS_OF)
    with vault.session() as s:
        for from_rows in (False, True):
            ours = compute(s, window, from_rows=from_rows).tally
            oracle = oracle_tally(s, window, from_rows=from_rows)
            for figure in ("early_leavers", "screening_17"):
                got = {k: v for k, v in ours.counts.items() if k[0] == figure}
                want = {k: v for k, v in oracle.counts.items() if k[0] == figure}
                assert _nonzero(got) == _nonzero(want), (figure, from_rows)


def test_no_figure_reads_every_case_and_a_look_up_reads_them_all(region_vault: Vault) -> None:
    """The figures fetch the cases they need (0.3 s for all 50,000 on the five-year region):
    after the full computation no figure has read every case. A look-up of a case not fetched
    yet reads them all once, equal to the summary."""
    window = Window.ending(SchoolYear.of(AS_OF), 5, AS_OF)
    with region_vault.session() as s:
        tally = compute(s, window).tally
        assert "summary" not in tally.cache
        live = facts.cases(s, tally)
        fetched = set(live._known)
        assert fetched  # the at-home reports, exemptions and cases of a kind brought theirs
        every = facts.summary(s, Tally()).cases
        other = next(i for i in every if i not in fetched)
        assert "summary" not in tally.cache
        assert live[other] == every[other] and live.get("no such case") is None
        assert "summary" in tally.cache and dict(live.items()) == every
        assert all(live[i] == every[i] for i in fetched)


def test_the_report_counts_with_a_larger_page_cache_and_sets_it_back(vault: Vault) -> None:
    seen: list[int] = []
    spy = FigureSpec(
        "spy",
        "-",
        "-",
        (),
        lambda s, w, t, terms: seen.append(s.execute(text("PRAGMA cache_size")).scalar_one()),
    )
    window = Window.ending(SchoolYear.of(AS_OF), 5, AS_OF)
    with vault.session() as s:
        before = s.execute(text("PRAGMA cache_size")).scalar_one()
        compute(s, window, figures=(FIGURES_BY_KEY["past_deadline"], spy))
        assert seen == [-REPORT_CACHE_KIB] and before > -REPORT_CACHE_KIB
        assert s.execute(text("PRAGMA cache_size")).scalar_one() == before


@pytest.mark.parametrize("on_before", [True, False])
def test_the_report_counts_and_lays_out_with_the_cycle_collector_paused(
    vault: Vault, on_before: bool
) -> None:
    seen: list[bool] = []
    spy = FigureSpec("spy", "-", "-", (), lambda s, w, t, terms: seen.append(gc.isenabled()))
    window = Window.ending(SchoolYear.of(AS_OF), 5, AS_OF)
    was = gc.isenabled()
    (gc.enable if on_before else gc.disable)()
    try:
        with vault.session() as s:
            computed = compute(s, window, figures=(FIGURES_BY_KEY["past_deadline"], spy))
        assert seen == [False] and gc.isenabled() is on_before  # paused, then as it was
        layout(computed, SchoolYear.of(AS_OF), figures=(FIGURES_BY_KEY["past_deadline"],))
        assert gc.isenabled() is on_before
    finally:
        (gc.enable if was else gc.disable)()
