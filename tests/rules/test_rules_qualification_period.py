"""The qualification decided per day of the offence period (issue 11, defect 2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.errors import NotProsecutable
from lvs_desktop.models.rules.leerplicht import DutyStatus, YouthFacts, status_on
from lvs_desktop.models.rules.qualification import qualify_period

PARENT_LP = "artikel 2, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"
PARENT_KW = "artikel 4a, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"


def test_a_period_across_31_july_is_split_with_an_article_each() -> None:
    facts = YouthFacts(birth_date=date(2010, 3, 14))  # 16 in school year 2025-26
    q = qualify_period("parent", "relative", facts, date(2026, 6, 1), date(2026, 9, 30))
    assert [(p.start, p.end, p.articles_nl) for p in q.parts] == [
        (date(2026, 6, 1), date(2026, 7, 31), PARENT_LP),
        (date(2026, 8, 1), date(2026, 9, 30), PARENT_KW),
    ]
    assert q.articles_nl == f"{PARENT_LP}; {PARENT_KW}"


def test_the_days_from_the_18th_birthday_are_left_out() -> None:
    facts = YouthFacts(birth_date=date(2008, 9, 10))
    q = qualify_period("parent", "relative", facts, date(2026, 9, 1), date(2026, 9, 30))
    assert [(p.start, p.end) for p in q.parts] == [(date(2026, 9, 1), date(2026, 9, 9))]
    assert "van 10 september 2026 tot en met 30 september 2026" in q.left_out_nl


def test_a_pupil_answers_only_from_his_12th_birthday() -> None:
    facts = YouthFacts(birth_date=date(2014, 10, 10))
    q = qualify_period("pupil", "relative", facts, date(2026, 9, 1), date(2026, 10, 30))
    assert [(p.start, p.end) for p in q.parts] == [(date(2026, 10, 10), date(2026, 10, 30))]
    assert "jonger dan 12 jaar" in q.left_out_nl
    with pytest.raises(NotProsecutable, match="jonger dan 12"):
        qualify_period("pupil", "relative", facts, date(2026, 9, 1), date(2026, 10, 9))


def test_the_pupils_kwalificatieplicht_part_is_unconfirmed_until_the_region_words_it() -> None:
    facts = YouthFacts(birth_date=date(2010, 3, 14))
    q = qualify_period("pupil", "relative", facts, date(2026, 8, 1), date(2026, 8, 31))
    assert not q.confirmed
    wording = "artikel X (regio)"
    q = qualify_period(
        "pupil",
        "relative",
        facts,
        date(2026, 8, 1),
        date(2026, 8, 31),
        articles={("pupil", "kwalificatieplicht"): wording},
    )
    assert q.confirmed and q.articles_nl == wording


def test_pronoun_and_role_come_from_the_facts() -> None:
    facts = YouthFacts(birth_date=date(2013, 1, 1))
    q = qualify_period(
        "parent",
        "relative",
        facts,
        date(2026, 9, 1),
        date(2026, 9, 30),
        pronoun="zij",
        parent_role="verzorging",
    )
    assert "als degene die de jongere feitelijk verzorgt" in q.explanation_nl
    assert "waar zij is ingeschreven" in q.explanation_nl


@settings(max_examples=150, deadline=None)
@given(
    birth=st.dates(date(2005, 1, 1), date(2016, 12, 31)),
    start=st.dates(date(2020, 1, 1), date(2027, 12, 31)),
    days=st.integers(0, 500),
    suspect=st.sampled_from(["parent", "pupil"]),
)
def test_parts_cover_exactly_the_punishable_days_with_the_duty_of_that_day(
    birth: date, start: date, days: int, suspect: str
) -> None:
    facts = YouthFacts(birth_date=birth)
    end = start + timedelta(days=days)
    try:
        q = qualify_period(suspect, "relative", facts, start, end)  # type: ignore[arg-type]
    except NotProsecutable:
        q = None
    covered = {}
    for p in q.parts if q else ():
        assert start <= p.start <= p.end <= end
        d = p.start
        while d <= p.end:
            assert d not in covered  # no overlap
            covered[d] = p.duty
            d += timedelta(days=1)
    d = start
    while d <= end:
        status = status_on(facts, d).status
        duty = {
            DutyStatus.LEERPLICHTIG: "leerplicht",
            DutyStatus.KWALIFICATIEPLICHTIG: "kwalificatieplicht",
        }.get(status)
        punishable = duty is not None and (suspect == "parent" or age_on(birth, d) >= 12)
        assert covered.get(d) == (duty if punishable else None), d
        d += timedelta(days=1)
