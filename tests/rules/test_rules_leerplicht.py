"""Tests for leerplicht, kwalificatieplicht and RMC periods (DOMAIN.md §1)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.leerplicht import (
    DUTY_LABELS,
    DutyPeriod,
    DutyStatus,
    LeerplichtTerms,
    YouthFacts,
    duty_timeline,
    full_leerplicht_end,
    kwalificatieplicht_end,
    leerplicht_start,
    rmc_end,
    status_on,
)

FAST = settings(max_examples=200, deadline=None)
ORDER = [
    DutyStatus.NOT_YET,
    DutyStatus.LEERPLICHTIG,
    DutyStatus.KWALIFICATIEPLICHTIG,
    DutyStatus.RMC,
    DutyStatus.NONE,
]


def make_youth(
    born: date = date(2010, 3, 15),
    *,
    diploma: date | None = None,
    no_kwalificatieplicht: bool = False,
    first_school_day: date | None = None,
) -> YouthFacts:
    return YouthFacts(born, diploma, no_kwalificatieplicht, first_school_day)


@st.composite
def youths(draw: st.DrawFn) -> YouthFacts:
    born = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31)))
    diploma = draw(
        st.none()
        | st.integers(min_value=14 * 365, max_value=26 * 365).map(
            lambda days: born + timedelta(days=days)
        )
    )
    first_day = draw(
        st.none()
        | st.integers(min_value=4 * 366, max_value=5 * 365).map(
            lambda days: born + timedelta(days=days)
        )
    )
    return YouthFacts(born, diploma, draw(st.booleans()), first_day)


class TestLeerplichtStart:
    def test_domain_example(self) -> None:
        assert leerplicht_start(date(2020, 3, 15)) == date(2025, 4, 1)

    def test_birthday_on_the_first_starts_the_month_after(self) -> None:
        assert leerplicht_start(date(2020, 4, 1)) == date(2025, 5, 1)

    def test_birthday_on_the_last_day_of_a_month(self) -> None:
        assert leerplicht_start(date(2020, 3, 31)) == date(2025, 4, 1)
        assert leerplicht_start(date(2020, 12, 31)) == date(2026, 1, 1)

    def test_leap_day_birth_starts_a_month_later(self) -> None:
        # 5th birthday falls on 1 March 2025 (non-leap year), so leerplicht on 1 April.
        assert leerplicht_start(date(2020, 2, 29)) == date(2025, 4, 1)
        # 2028 is a leap year: 5th birthday on 29 February, leerplicht on 1 March.
        assert leerplicht_start(date(2023, 2, 28)) == date(2028, 3, 1)


class TestFullLeerplichtEnd:
    def test_born_31_july_ends_the_day_of_the_16th_birthday(self) -> None:
        assert full_leerplicht_end(make_youth(date(2010, 7, 31))) == date(2026, 7, 31)

    def test_born_1_august_ends_a_year_later(self) -> None:
        assert full_leerplicht_end(make_youth(date(2010, 8, 1))) == date(2027, 7, 31)

    def test_twelve_full_school_years_end_it_earlier(self) -> None:
        youth = make_youth(date(2010, 8, 1), first_school_day=date(2014, 8, 25))
        # first full school year 2014-2015, twelfth 2025-2026
        assert full_leerplicht_end(youth) == date(2026, 7, 31)

    def test_a_late_start_makes_the_first_year_not_full(self) -> None:
        youth = make_youth(date(2010, 8, 1), first_school_day=date(2014, 10, 1))
        assert full_leerplicht_end(youth) == date(2027, 7, 31)

    def test_the_cutoff_for_a_full_year_is_a_setting(self) -> None:
        youth = make_youth(date(2010, 8, 1), first_school_day=date(2014, 9, 10))
        assert full_leerplicht_end(youth) == date(2027, 7, 31)
        lenient = LeerplichtTerms(full_year_latest_first_day=(9, 15))
        assert full_leerplicht_end(youth, lenient) == date(2026, 7, 31)

    def test_credited_primary_years_count(self) -> None:
        youth = YouthFacts(
            date(2010, 8, 1), first_school_day=date(2014, 8, 25), credited_school_years=1
        )
        assert full_leerplicht_end(youth) == date(2025, 7, 31)

    def test_age_rule_wins_when_earlier(self) -> None:
        youth = make_youth(date(2010, 3, 15), first_school_day=date(2014, 3, 15))
        assert full_leerplicht_end(youth) == date(2026, 7, 31)

    def test_first_school_day_before_age_4_is_refused(self) -> None:
        with pytest.raises(InvalidFacts, match="4e verjaardag"):
            make_youth(date(2010, 8, 1), first_school_day=date(2013, 9, 1))


class TestKwalificatieplichtAndRmc:
    def test_ends_on_18th_birthday(self) -> None:
        assert kwalificatieplicht_end(make_youth(date(2008, 5, 5))) == date(2026, 5, 5)

    def test_ends_at_startkwalificatie_when_earlier(self) -> None:
        youth = make_youth(date(2008, 5, 5), diploma=date(2025, 7, 1))
        assert kwalificatieplicht_end(youth) == date(2025, 7, 1)
        assert status_on(youth, date(2025, 6, 30)).status is DutyStatus.KWALIFICATIEPLICHTIG
        assert status_on(youth, date(2025, 7, 1)).status is DutyStatus.NONE

    def test_none_without_kwalificatieplicht(self) -> None:
        assert kwalificatieplicht_end(make_youth(no_kwalificatieplicht=True)) is None

    def test_rmc_runs_up_to_the_23rd_birthday(self) -> None:
        youth = make_youth(date(2008, 5, 5))
        assert rmc_end(youth.birth_date) == date(2031, 5, 5)
        assert status_on(youth, date(2026, 5, 4)).status is DutyStatus.KWALIFICATIEPLICHTIG
        rmc = status_on(youth, date(2026, 5, 5))
        assert rmc == DutyPeriod(DutyStatus.RMC, date(2026, 5, 5), date(2031, 5, 4))
        assert status_on(youth, date(2031, 5, 5)).status is DutyStatus.NONE

    def test_startkwalificatie_during_rmc_ends_it(self) -> None:
        youth = make_youth(date(2008, 5, 5), diploma=date(2028, 6, 30))
        assert status_on(youth, date(2028, 6, 29)).status is DutyStatus.RMC
        assert status_on(youth, date(2028, 6, 30)).status is DutyStatus.NONE

    def test_no_kwalificatieplicht_goes_to_rmc_after_full_leerplicht(self) -> None:
        youth = make_youth(date(2008, 5, 5), no_kwalificatieplicht=True)
        assert status_on(youth, date(2024, 8, 1)) == DutyPeriod(
            DutyStatus.RMC, date(2024, 8, 1), date(2031, 5, 4)
        )

    def test_diploma_before_end_of_full_leerplicht_skips_kwalificatieplicht(self) -> None:
        youth = make_youth(date(2008, 5, 5), diploma=date(2024, 6, 20))
        statuses = [p.status for p in duty_timeline(youth)]
        assert statuses == [DutyStatus.NOT_YET, DutyStatus.LEERPLICHTIG, DutyStatus.NONE]


class TestStatusOn:
    def test_periods_and_labels(self) -> None:
        youth = make_youth(date(2020, 3, 15))
        period = status_on(youth, date(2025, 4, 1))
        assert period == DutyPeriod(DutyStatus.LEERPLICHTIG, date(2025, 4, 1), date(2036, 7, 31))
        assert period.label == "leerplichtig"
        assert period.describe() == "leerplichtig van 1 april 2025 tot en met 31 juli 2036"
        before = status_on(youth, date(2025, 3, 31))
        assert before == DutyPeriod(DutyStatus.NOT_YET, None, date(2025, 3, 31))
        assert before.label == "nog niet leerplichtig"

    def test_labels_cover_every_status(self) -> None:
        assert set(DUTY_LABELS) == set(DutyStatus)
        assert DUTY_LABELS[DutyStatus.RMC] == "RMC (18–23 jaar)"
        assert DUTY_LABELS[DutyStatus.NONE] == "geen leerplicht"
        assert DutyStatus("kwalificatieplichtig") is DutyStatus.KWALIFICATIEPLICHTIG

    def test_full_leerplicht_to_kwalificatieplicht_on_1_august(self) -> None:
        youth = make_youth(date(2010, 7, 31))
        assert status_on(youth, date(2026, 7, 31)).status is DutyStatus.LEERPLICHTIG
        assert status_on(youth, date(2026, 8, 1)).status is DutyStatus.KWALIFICATIEPLICHTIG

    def test_before_birth_is_not_yet(self) -> None:
        youth = make_youth(date(2020, 3, 15))
        assert status_on(youth, date(2019, 1, 1)).status is DutyStatus.NOT_YET

    @FAST
    @given(youth=youths(), offset=st.integers(min_value=0, max_value=30 * 366))
    def test_period_contains_the_reference_date(self, youth: YouthFacts, offset: int) -> None:
        on = youth.birth_date + timedelta(days=offset)
        period = status_on(youth, on)
        assert period.since is None or period.since <= on
        assert period.until is None or on <= period.until

    @FAST
    @given(
        youth=youths(),
        first=st.integers(min_value=0, max_value=30 * 366),
        later=st.integers(min_value=0, max_value=30 * 366),
    )
    def test_status_never_goes_back(self, youth: YouthFacts, first: int, later: int) -> None:
        on = youth.birth_date + timedelta(days=first)
        after = on + timedelta(days=later)
        assert ORDER.index(status_on(youth, on).status) <= ORDER.index(
            status_on(youth, after).status
        )

    @FAST
    @given(youth=youths())
    def test_timeline_has_no_gaps_or_overlaps(self, youth: YouthFacts) -> None:
        periods = duty_timeline(youth)
        assert periods[0].since is None and periods[-1].until is None
        for left, right in itertools.pairwise(periods):
            assert left.until is not None and right.since is not None
            assert right.since == left.until + timedelta(days=1)
            assert right.until is None or right.since <= right.until
        if youth.startkwalificatie_on is not None:
            rmc = [p for p in periods if p.status is DutyStatus.RMC]
            assert all(p.until is not None and p.until < youth.startkwalificatie_on for p in rmc)
