"""Small-count suppression for reports that leave the team (DOMAIN §7, issues 6 and 13).

Rules, per table and per school-year column:

1. A count from 1 up to `threshold - 1` (default: below 5) is hidden and printed as "< 5"
   (*primary* suppression). A zero is shown: it says that nobody was counted, which
   identifies no child.
2. A subtotal is hidden when, shown, it would let a reader work the hidden counts of its group
   out: their sum is 1 … threshold - 1 (always so when one cell of the group is hidden), or
   the sum leaves only one possibility because every hidden cell must be 1 (sum = number of
   hidden cells) or must be threshold - 1 (sum = that many times threshold - 1).
3. The total is hidden by the same rule over what it would give back: the hidden cells of the
   groups whose subtotal is hidden (shown details and the total give the hidden subtotals'
   sum, and that their hidden cells), or the hidden cells of a table without groups.
4. A (sub)total hidden by rules 2–3 is *secondary* suppression. It is printed "•" with a
   footnote, never "< 5": its own value may be 9 or 49, and a published mark must never claim
   a value the cell does not have (issue 13).
5. Medians and internal (management) tables are left out of a published report.

Hidden values are *removed* (None), not only marked, so no export can print them.
"""

from __future__ import annotations

from dataclasses import replace

from lvs_desktop.reports.model import (
    DETAIL,
    MEDIAN,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    ReportRow,
    ReportTable,
)

DEFAULT_THRESHOLD = 5
SECONDARY_MARK = "•"
SECONDARY_NOTE = f"{SECONDARY_MARK} niet getoond om kleine aantallen elders te beschermen."


def small_label(threshold: int) -> str:
    return f"< {threshold}"


def _is_small(value: object, threshold: int) -> bool:
    return isinstance(value, int) and 0 < value < threshold


def _gives_back(cells: int, total: int, threshold: int) -> bool:
    """Would a shown sum `total` of `cells` hidden small counts (each 1 … threshold - 1) give
    them back? Yes when it is small itself or admits only one split."""
    if cells == 0:
        return False
    return total < threshold or total == cells or total == cells * (threshold - 1)


def suppress_table(table: ReportTable, threshold: int) -> ReportTable:
    rows = [r for r in table.rows if r.kind != MEDIAN]
    width = len(rows[0].values) if rows else 0
    hidden = [[False] * width for _ in rows]
    secondary = [[False] * width for _ in rows]
    with_subtotal = {r.group for r in rows if r.kind == SUBTOTAL}
    for column in range(width):
        cells: dict[str, int] = {}  # per group: how many hidden cells, and their sum
        sums: dict[str, int] = {}
        for i, row in enumerate(rows):
            if row.kind == DETAIL and _is_small(row.values[column], threshold):
                hidden[i][column] = True
                cells[row.group] = cells.get(row.group, 0) + 1
                sums[row.group] = sums.get(row.group, 0) + int(row.values[column] or 0)
        # what a shown total would give back: the groups without a shown subtotal
        open_groups = {g for g in cells if g not in with_subtotal}
        for i, row in enumerate(rows):
            group = row.group
            if row.kind == SUBTOTAL and _gives_back(
                cells.get(group, 0), sums.get(group, 0), threshold
            ):
                hidden[i][column] = secondary[i][column] = True
                open_groups.add(group)
        pool_cells = sum(cells.get(g, 0) for g in open_groups)
        pool_sum = sum(sums.get(g, 0) for g in open_groups)
        if _gives_back(pool_cells, pool_sum, threshold):
            for i, row in enumerate(rows):
                if row.kind == TOTAL:
                    hidden[i][column] = secondary[i][column] = True
    out = []
    for row, flags, marks in zip(rows, hidden, secondary, strict=True):
        values = tuple(None if h else v for v, h in zip(row.values, flags, strict=True))
        out.append(replace(row, values=values, hidden=tuple(flags), secondary=tuple(marks)))
    return replace(table, rows=tuple(out))


def publishable(report: AnnualReport, threshold: int = DEFAULT_THRESHOLD) -> AnnualReport:
    """The report as it may leave the team: small counts hidden, internal tables left out."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    tables = tuple(suppress_table(t, threshold) for t in report.tables if not t.internal)
    notes = [f"Aantallen van 1 tot en met {threshold - 1} staan als '{small_label(threshold)}'."]
    if any(r.secondary and any(r.secondary) for t in tables for r in t.rows):
        notes.append(SECONDARY_NOTE)
    return replace(
        report,
        tables=tables,
        published=True,
        threshold=threshold,
        notes=(*report.notes, *notes),
    )


def display(row: ReportRow, column: int, threshold: int) -> str:
    """A value as printed: "< 5" when hidden as small, "•" when hidden to protect small
    counts elsewhere, "–" when there is none, else the number."""
    if row.is_secondary(column):
        return SECONDARY_MARK
    if row.is_hidden(column):
        return small_label(threshold)
    value = row.values[column]
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",").replace(",0", "")
    return str(value)
