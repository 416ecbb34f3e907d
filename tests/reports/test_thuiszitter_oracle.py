"""The thuiszitter figure equals the day-by-day oracle (`thuiszitter_oracle.py`): on the
constructed region at several days, and on seeded random vaults built through the services
(stretches over 31 July, weekend gaps, overlaps, partial exemptions, ages around 5 and 18)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pytest

from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms
from lvs_desktop.reports.thuiszitters import thuiszitters
from lvs_desktop.services import cases, decisions
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.decisions import ExemptionInput
from lvs_desktop.store import Vault
from tests.builders import make_youth
from tests.reports.thuiszitter_oracle import Key, oracle_thuiszitters

TODAY = date(2026, 11, 28)


def product(vault: Vault, window: Window, terms: ReportTerms) -> dict[Key, int]:
    out: dict[Key, int] = defaultdict(int)
    with vault.session() as s:
        for found in thuiszitters(s, window, Tally(), terms):
            out[(found.year.start_year, found.municipality_id, "all")] += 1
            if found.long:
                out[(found.year.start_year, found.municipality_id, "long")] += 1
    return dict(out)


def oracle(vault: Vault, window: Window, terms: ReportTerms) -> dict[Key, int]:
    with vault.session() as s:
        return oracle_thuiszitters(s, window.years, window.as_of, terms)


@pytest.mark.parametrize(
    "on", [date(2021, 7, 31), date(2021, 9, 30), date(2022, 3, 1), date(2022, 7, 31), TODAY]
)
def test_the_constructed_region(region_vault: Vault, on: date) -> None:
    window = Window.ending(SchoolYear.of(on), 3, on)
    expected = oracle(region_vault, window, ReportTerms())
    assert expected  # the region has thuiszitters in these windows
    assert product(region_vault, window, ReportTerms()) == expected


def build(vault: Vault, seed: int) -> None:
    """Twelve youths with one to three stretches each around 31 July 2025, some exempted."""
    rng = random.Random(seed)
    pivot = date(2025, 7, 31)
    for n in range(12):
        born = date(2007, 6, 1) + timedelta(days=rng.randrange(0, 14 * 365))
        youth = make_youth(vault, birth_date=born, bsn=None, given_names=f"Kind{n}")
        first_case = None
        for _ in range(rng.randint(1, 3)):
            first = pivot + timedelta(days=rng.randint(-70, 40))
            last = first + timedelta(days=rng.randint(0, 90))
            kind = rng.choice(["relative_absence", "relative_absence", "absolute_absence"])
            if kind == "absolute_absence":
                case = cases.open_case(vault, youth, kind, first, today=TODAY).first("case_file")
                if rng.random() < 0.7:
                    cases.close_case(vault, case, last, "back_to_school", "seen", today=TODAY)
            else:
                report = ReportInput("long_term_relative", first, first, last)
                case = cases.open_case(vault, youth, kind, first, report=report, today=TODAY).first(
                    "case_file"
                )
            first_case = first_case or case
        if first_case is not None and rng.random() < 0.4:
            starts = pivot + timedelta(days=rng.randint(-40, 40))
            ends = rng.choice([None, starts + timedelta(days=rng.randint(0, 40))])
            decisions.record_exemption(
                vault,
                first_case,
                ExemptionInput("5a", starts, starts, ends, "afgegeven", starts),
            )


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_seeded_random_vaults(vault: Vault, seed: int) -> None:
    build(vault, seed)
    terms = ReportTerms()
    for on in (date(2025, 7, 31), date(2025, 9, 15), TODAY):
        window = Window.ending(SchoolYear.of(on), 2, on)
        assert product(vault, window, terms) == oracle(vault, window, terms), on
