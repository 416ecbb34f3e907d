"""What an annual report is made of: tables of counts per school year, as plain dataclasses.

A `ReportTable` has one column per school year (oldest first, the requested year last) and
rows of three kinds: ``detail`` (one combination of the figure's dimensions), ``subtotal``
(the details of one group above it) and ``total`` (all details). `hidden` marks values that
small-count suppression removed; a hidden value is ``None`` in `values`, so no export can
print it by mistake. `secondary` marks the hidden values that are not small themselves but
would give small ones back (printed "•", never "< 5": the mark claims no value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DETAIL = "detail"
SUBTOTAL = "subtotal"
TOTAL = "total"
MEDIAN = "median"  # a median beside the counts: never summed, never charted

Number = int | float


@dataclass(frozen=True)
class ReportRow:
    """One line of a table: its labels (one per dimension) and a value per school year."""

    labels: tuple[str, ...]
    values: tuple[Number | None, ...]
    kind: str = DETAIL
    group: str = ""
    hidden: tuple[bool, ...] = ()
    secondary: tuple[bool, ...] = ()

    def is_hidden(self, column: int) -> bool:
        return bool(self.hidden) and self.hidden[column]

    def is_secondary(self, column: int) -> bool:
        """Hidden to protect small counts elsewhere (its own value may be anything)."""
        return bool(self.secondary) and self.secondary[column]

    @property
    def label(self) -> str:
        """The labels as one Dutch line: "Luxe verzuim – PO"."""
        return " – ".join(part for part in self.labels if part)


@dataclass(frozen=True)
class ReportTable:
    """One figure (or one view of it) over the school years of the report."""

    key: str
    section: str
    title: str
    definition: str
    headers: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    unit: str = "aantal"
    internal: bool = False  # management information: left out of a published report

    def details(self) -> tuple[ReportRow, ...]:
        return tuple(r for r in self.rows if r.kind == DETAIL)


@dataclass(frozen=True)
class AnnualReport:
    """The figures of one school year beside the years before it, for the region or one
    municipality. `published` reports carry suppressed small counts and no internal tables."""

    year: str
    years: tuple[str, ...]
    area: str
    as_of: date
    tables: tuple[ReportTable, ...]
    published: bool = False
    threshold: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def table(self, key: str) -> ReportTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def value(self, key: str, *labels: str, year: str | None = None) -> Number | None:
        """The value of the row with these labels (e.g. ``("luxe", "PO")`` as Dutch labels)
        in `year` (default: the report's year)."""
        column = self.years.index(year or self.year)
        for row in self.table(key).rows:
            if row.labels == labels:
                return row.values[column]
        raise KeyError((key, labels))

    def sections(self) -> list[str]:
        seen: list[str] = []
        for t in self.tables:
            if t.section not in seen:
                seen.append(t.section)
        return seen


def chart_rows(table: ReportTable) -> list[ReportRow]:
    """The rows a chart shows (the PDF's and the Reports page's): the group subtotals when
    the table has groups, else the details."""
    groups = [r for r in table.rows if r.kind == SUBTOTAL]
    return groups or [r for r in table.rows if r.kind == DETAIL]


@dataclass(frozen=True)
class Change:
    """The "verandering" of one row: the report's year against the year before it, as a
    difference and as a whole percentage. ``None`` where it cannot be given."""

    absolute: Number | None
    percent: int | None


def change(row: ReportRow) -> Change:
    """The change in the last column against the one before it (issue 13, item 7: "een
    toename van 14%"). A change computed from a hidden (suppressed) or missing value is
    hidden too, so it can never give back a small count; the percentage is also ``None``
    when the year before is 0 (no base) and for a median row (not a count)."""
    if len(row.values) < 2:
        return Change(None, None)
    column = len(row.values) - 1
    now, before = row.values[column], row.values[column - 1]
    if row.is_hidden(column) or row.is_hidden(column - 1) or now is None or before is None:
        return Change(None, None)
    absolute = now - before
    if row.kind == MEDIAN or before == 0:
        return Change(absolute, None)
    return Change(absolute, round(100 * absolute / before))


CHANGE_HEADERS = ("Verandering", "%")


def change_cells(row: ReportRow) -> tuple[str, str]:
    """The change as printed: "+7" and "+14%" ("+1,5" for a median); "–" where it is hidden
    or has no base. The text, the CSV, the PDF and the Reports page all print these cells."""
    shown = change(row)

    def signed(value: Number | None, suffix: str = "") -> str:
        if value is None:
            return "–"
        if isinstance(value, float):  # a median's change: a decimal comma, as `display`
            text = f"{value:+.1f}".replace(".", ",").removesuffix(",0")
        else:
            text = f"{value:+d}"
        return ("0" if text.lstrip("+-") == "0" else text) + suffix

    return signed(shown.absolute), signed(shown.percent, "%")
