"""The 1 August cut (issue 13): a stretch at home over 31 July counts in a school year only when
its part inside that year is itself at least 4 weeks (28 days); "langer dan 3 maanden" counts
from the stretch's first day at home up to its last day at home inside the year. Built from an
empty vault, each stretch known by construction; the annual figure and the named list agree."""

from __future__ import annotations

from datetime import date

from lvs_desktop.services import cases, decisions
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.decisions import ExemptionInput
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.builders import make_youth

TODAY = date(2026, 11, 28)
OLD, NEW = "2024-2025", "2025-2026"
ALL = ("Thuiszitters (4 weken of langer)",)
LONG = ("waarvan langer dan 3 maanden",)


def at_home(vault: Vault, name: str, first: date, last: date) -> str:
    """A leerplichtige (born 2012) at home from `first` to `last` (a report of long-term
    relative absence); the case id."""
    youth = make_youth(vault, birth_date=date(2012, 3, 1), bsn=None, given_names=name)
    return cases.open_case(
        vault,
        youth,
        "relative_absence",
        first,
        report=ReportInput("long_term_relative", first, first, last),
        today=TODAY,
    ).first("case_file")


def figures(vault: Vault) -> dict[str, tuple[object, object]]:
    """School year → (thuiszitters, of whom longer than 3 months), as the report prints."""
    report = annual_report(vault, NEW, as_of=TODAY)
    return {
        year: (
            report.value("thuiszitters", *ALL, year=year),
            report.value("thuiszitters", *LONG, year=year),
        )
        for year in (OLD, NEW)
    }


def names(vault: Vault, on: date) -> dict[str, service.ThuiszitterRow]:
    return {r.name.split()[0]: r for r in service.thuiszitter_list(vault, on).rows}


def test_ten_days_before_1_august_count_only_in_the_new_year(vault: Vault) -> None:
    at_home(vault, "Tess", date(2025, 7, 22), date(2025, 9, 15))  # 10 days + 46 days
    assert figures(vault) == {OLD: (0, 0), NEW: (1, 0)}
    assert names(vault, date(2025, 7, 31)) == {}
    (tess,) = names(vault, date(2025, 9, 30)).values()
    # the list keeps the whole stretch: since its first day, the deadline counted from there
    assert (tess.since, tess.until, tess.days) == (date(2025, 7, 22), date(2025, 9, 15), 56)
    assert tess.deadline == date(2025, 10, 22)


def test_forty_days_on_each_side_count_in_both_years(vault: Vault) -> None:
    at_home(vault, "Bram", date(2025, 6, 22), date(2025, 9, 9))  # 40 days + 40 days
    assert figures(vault) == {OLD: (1, 0), NEW: (1, 0)}
    assert set(names(vault, date(2025, 7, 31))) == set(names(vault, date(2025, 9, 30))) == {"Bram"}


def test_a_stretch_exempted_in_part_counts_only_where_enough_is_left(vault: Vault) -> None:
    # at home 1 June - 30 September; exempted from 15 August: 14 days left in the new year
    case = at_home(vault, "Iris", date(2025, 6, 1), date(2025, 9, 30))
    decisions.record_exemption(
        vault,
        case,
        ExemptionInput(
            "5a",
            date(2025, 8, 10),
            date(2025, 8, 15),
            date(2025, 9, 30),
            "afgegeven",
            date(2025, 8, 12),
        ),
    )
    assert figures(vault) == {OLD: (1, 0), NEW: (0, 0)}
    assert names(vault, date(2025, 9, 30)) == {}
    (iris,) = names(vault, date(2025, 7, 31)).values()
    assert (iris.since, iris.until) == (date(2025, 6, 1), date(2025, 7, 31))


def test_three_months_are_counted_from_the_first_day_at_home(vault: Vault) -> None:
    # at home 1 May - 15 September: 3 months pass on 1 August, in the new year only
    at_home(vault, "Joep", date(2025, 5, 1), date(2025, 9, 15))
    assert figures(vault) == {OLD: (1, 0), NEW: (1, 1)}
    assert [r.long for r in service.thuiszitter_list(vault, date(2025, 9, 30)).rows] == [True]
    assert [r.long for r in service.thuiszitter_list(vault, date(2025, 7, 31)).rows] == [False]


def test_duty_is_judged_on_the_first_day_of_the_part_in_the_year(vault: Vault) -> None:
    # born 31 July 2009: 16 in 2024-2025, so full leerplicht ends 31 July 2025, then
    # kwalificatieplicht; a diploma (startkwalificatie) of 1 July 2025 ends all duty there
    youth = make_youth(
        vault,
        birth_date=date(2009, 7, 31),
        bsn=None,
        given_names="Sem",
        startkwalificatie_on=date(2025, 7, 1),
    )
    first, last = date(2025, 6, 1), date(2025, 10, 31)
    cases.open_case(
        vault,
        youth,
        "relative_absence",
        first,
        report=ReportInput("long_term_relative", first, first, last),
        today=TODAY,
    )
    assert figures(vault) == {OLD: (1, 0), NEW: (0, 0)}
