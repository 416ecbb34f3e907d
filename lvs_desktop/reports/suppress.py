"""Small-count suppression for reports that leave the team (DOMAIN §7, issue 6 point 4).

Rules, per table and per school-year column:

1. A count from 1 up to `threshold - 1` (default: below 5) is hidden and printed as "< 5".
   A zero is shown: it says that nobody was counted, which identifies no child.
2. A subtotal is hidden when the hidden counts of its group add up to 1 … threshold - 1:
   shown, it would give them back (always so when one cell of the group is hidden).
3. The total is hidden by the same rule over what it would give back: the hidden cells of
   the groups whose subtotal is hidden (shown details and the total give the hidden subtotal,
   and that gives its hidden cells), or the hidden cells of a table without groups.
4. Medians and internal (management) tables are left out of a published report.

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


def small_label(threshold: int) -> str:
    return f"< {threshold}"


def _is_small(value: object, threshold: int) -> bool:
    return isinstance(value, int) and 0 < value < threshold


def suppress_table(table: ReportTable, threshold: int) -> ReportTable:
    rows = [r for r in table.rows if r.kind != MEDIAN]
    width = len(rows[0].values) if rows else 0
    hidden = [[False] * width for _ in rows]
    for column in range(width):
        hidden_in_group: dict[str, int] = {}
        for i, row in enumerate(rows):
            if row.kind == DETAIL and _is_small(row.values[column], threshold):
                hidden[i][column] = True
                hidden_in_group[row.group] = hidden_in_group.get(row.group, 0) + int(
                    row.values[column] or 0
                )
        has_groups = any(r.kind == SUBTOTAL for r in rows)
        hidden_parts = 0
        for i, row in enumerate(rows):
            if row.kind == SUBTOTAL:
                group_hidden = hidden_in_group.get(row.group, 0)
                if 0 < group_hidden < threshold:
                    hidden[i][column] = True
                    hidden_parts += group_hidden  # what the total would give back
        if not has_groups:
            hidden_parts = sum(hidden_in_group.values())
        for i, row in enumerate(rows):
            if row.kind == TOTAL and 0 < hidden_parts < threshold:
                hidden[i][column] = True
    out = []
    for row, flags in zip(rows, hidden, strict=True):
        values = tuple(None if h else v for v, h in zip(row.values, flags, strict=True))
        out.append(replace(row, values=values, hidden=tuple(flags)))
    return replace(table, rows=tuple(out))


def publishable(report: AnnualReport, threshold: int = DEFAULT_THRESHOLD) -> AnnualReport:
    """The report as it may leave the team: small counts hidden, internal tables left out."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    tables = tuple(suppress_table(t, threshold) for t in report.tables if not t.internal)
    note = (
        f"Aantallen van 1 tot en met {threshold - 1} staan als '{small_label(threshold)}'; een "
        "(sub)totaal waaruit zo'n aantal terug te rekenen is, is ook weggelaten."
    )
    return replace(
        report, tables=tables, published=True, threshold=threshold, notes=(*report.notes, note)
    )


def display(row: ReportRow, column: int, threshold: int) -> str:
    """A value as printed: "< 5" when hidden, "–" when there is none, else the number."""
    if row.is_hidden(column):
        return small_label(threshold)
    value = row.values[column]
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",").replace(",0", "")
    return str(value)
