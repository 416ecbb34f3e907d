"""From the vault to an `AnnualReport`: run every figure's count once over the window of
school years, then lay the tally out as tables for the region or one municipality.

The tally holds every municipality, so the region and all ten municipalities come from one
pass over the data (`compute`); `layout` is pure Python over the tally.
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import product

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Consultant, Municipality, ReferenceCode
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.facts import FROM_ROWS
from lvs_desktop.reports.figures import FIGURES, Dim, FigureSpec
from lvs_desktop.reports.grouped import NO_DATA
from lvs_desktop.reports.model import (
    DETAIL,
    MEDIAN,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    ReportRow,
    ReportTable,
)
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

REGION = "Regio"
YEARS_SHOWN = 3


@dataclass
class Labels:
    """Dutch labels for codes (per reference list), municipalities and consultants."""

    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    municipalities: dict[str, str] = field(default_factory=dict)
    consultants: dict[str, str] = field(default_factory=dict)

    def municipality_ids(self, name: str) -> set[str | None]:
        return {i for i, n in self.municipalities.items() if n == name}


@dataclass
class Computed:
    """Everything counted for a window: enough to lay out any area without the vault."""

    window: Window
    tally: Tally
    labels: Labels


def load_labels(session: Session) -> Labels:
    labels = Labels()
    for category, code, label in session.execute(
        select(ReferenceCode.category, ReferenceCode.code, ReferenceCode.label_nl).order_by(
            ReferenceCode.category, ReferenceCode.sort_order
        )
    ):
        labels.codes.setdefault(category, {})[code] = label
    municipalities = select(Municipality.id, Municipality.name).where(~Municipality.deleted)
    labels.municipalities = {i: n for i, n in session.execute(municipalities)}
    labels.consultants = {i: n for i, n in session.execute(select(Consultant.id, Consultant.name))}
    return labels


def compute(
    session: Session,
    window: Window,
    terms: ReportTerms | None = None,
    figures: tuple[FigureSpec, ...] = FIGURES,
    *,
    from_rows: bool = False,
) -> Computed:
    """Run every figure's count over `window`: a handful of grouped queries in all.
    `from_rows`: count the contacts from their rows instead of `case_fact` (for tests)."""
    terms = terms or ReportTerms()
    tally = Tally()
    if from_rows:
        tally.cache[FROM_ROWS] = True
    with _report_cache(session), collector_paused():
        for spec in figures:
            spec.count(session, window, tally, terms)
    return Computed(window, tally, load_labels(session))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a report counts or lays out, on again after
    (if it was on). The report makes some 100,000 short-lived tuples and facts, none in a
    cycle, so reference counting frees them all; but each burst of allocations set off a
    collection that walked every object of the program (in the app: the caseload's search
    index, Qt's wrappers). Measured on the five-year large region, alternating runs in one
    process: about 0.2 s of a 1.1-1.3 s report. Collections that were due run at the next
    allocation after it is switched on again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: The page cache while the figures count, in KiB. On the five-year large region the report
#: reads more pages (the case summary and its indexes, reports, late tasks, contact facts,
#: exemptions, enforcement steps, youths) than the everyday 64 MiB cache holds
#: (`store.connection`), so every run decrypted part of them again. Measured in one process,
#: runs alternating: 1.27 s CPU with 128 MiB against 1.67 s with 64 MiB (median of 10 each).
REPORT_CACHE_KIB = 131_072


@contextmanager
def _report_cache(session: Session) -> Iterator[None]:
    """Raise the connection's page cache to `REPORT_CACHE_KIB` while the figures count, and
    set it back after (SQLite then frees the pages above the everyday size)."""
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    if before < 0 and -before < REPORT_CACHE_KIB:
        connection.exec_driver_sql(f"PRAGMA cache_size = {-REPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def layout(
    computed: Computed,
    year: SchoolYear,
    municipality: str | None = None,
    *,
    years_shown: int = YEARS_SHOWN,
    figures: tuple[FigureSpec, ...] = FIGURES,
) -> AnnualReport:
    """The report of `year` with the years before it, for the region (None) or one
    municipality (by name; all municipality rows of that name, should a merge have made two)."""
    window = computed.window
    years = tuple(y for y in Window.ending(year, years_shown, window.as_of).years)
    missing = [y for y in years if y not in window.years]
    if missing:
        raise ValueError(f"school year {missing[0].label} was not computed")
    area_ids = None if municipality is None else computed.labels.municipality_ids(municipality)
    with collector_paused():
        tables = tuple(_table(spec, computed, years, area_ids) for spec in figures)
    return AnnualReport(
        year=year.label,
        years=tuple(y.label for y in years),
        area=municipality or REGION,
        as_of=window.as_of,
        tables=tables,
    )


def _codes(dim: Dim, spec: FigureSpec, position: int, computed: Computed) -> list[tuple[str, str]]:
    """(code, Dutch label) of one dimension, in the reference list's order; codes found in the
    data but missing from the list come last, under their own code."""
    if dim.category == "municipality":  # the municipalities side by side, by name
        names = computed.labels.municipalities
        found = {d[position] for d in computed.tally.dims_of(spec.key)}
        found |= set(names)
        label = dict(dim.labels or {})
        named = [(c, names.get(c) or label.get(c) or "onbekende gemeente") for c in found]
        return sorted(named, key=lambda x: x[1])
    if dim.category == "consultant":
        names = computed.labels.consultants
        found = {d[position] for d in computed.tally.dims_of(spec.key)}
        return sorted(((c, names.get(c, "onbekende consulent")) for c in found), key=lambda x: x[1])
    known = dict(dim.labels or computed.labels.codes.get(dim.category or "", {}))
    codes = list(dim.codes or known)
    for d in sorted(computed.tally.dims_of(spec.key)):
        if d[position] not in codes:
            codes.append(d[position])
    return [(c, known.get(c, c)) for c in codes]


def _table(
    spec: FigureSpec,
    computed: Computed,
    years: tuple[SchoolYear, ...],
    area: set[str | None] | None,
) -> ReportTable:
    tally = computed.tally
    missing = tally.cache.get(NO_DATA + spec.key)
    if missing:  # no data in this vault for the figure: no rows, rather than zeros as facts
        return ReportTable(
            key=spec.key,
            section=spec.section,
            title=spec.title,
            definition=f"{spec.definition} {missing}",
            headers=tuple(d.header for d in spec.dims),
            rows=(),
            internal=spec.internal,
        )
    dims = [_codes(d, spec, i, computed) for i, d in enumerate(spec.dims)]

    def values(codes: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(tally.value(spec.key, y.start_year, area, codes) for y in years)

    rows: list[ReportRow] = []
    groups: list[ReportRow] = []
    if spec.subtotals and len(dims) == 2:
        for code, label in dims[0]:
            details = [
                ReportRow((label, sub_label), values((code, sub)), DETAIL, code)
                for sub, sub_label in dims[1]
            ]
            details = [r for r in details if any(r.values)]
            subtotal = ReportRow((label, "Totaal"), _sum(details, len(years)), SUBTOTAL, code)
            rows.append(subtotal)  # the group's heading, with its total, above its details
            rows.extend(details)
            groups.append(subtotal)
    else:
        for combo in product(*dims):
            codes = tuple(c for c, _ in combo)
            rows.append(ReportRow(tuple(lbl for _, lbl in combo), values(codes)))
    if spec.additive:
        parts = groups or [r for r in rows if r.kind == DETAIL]
        total_labels = ("Totaal",) + ("",) * (len(dims) - 1)
        rows.append(ReportRow(total_labels, _sum(parts, len(years)), TOTAL))
    if spec.median_label:
        medians = []
        for y in years:
            samples = tally.samples_for(spec.key, y.start_year, area)
            medians.append(statistics.median(samples) if samples else None)
        rows.append(ReportRow((spec.median_label,), tuple(medians), MEDIAN))
    return ReportTable(
        key=spec.key,
        section=spec.section,
        title=spec.title,
        definition=spec.definition,
        headers=tuple(d.header for d in spec.dims),
        rows=tuple(rows),
        internal=spec.internal,
    )


def _sum(rows: list[ReportRow], width: int) -> tuple[int, ...]:
    return tuple(sum(int(r.values[i] or 0) for r in rows) for i in range(width))
