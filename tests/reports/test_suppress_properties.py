"""Published figures never claim a value they do not have (issue 13, "published figures that
are false"), and what suppression hides cannot be worked back from what it shows.

The oracle is independent of `suppress.py`: it enumerates every filling of the cells printed
"< t" with 1 … t-1 that agrees with every shown subtotal and total, and requires each hidden
cell (small count or "•") to keep at least two possible values."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from itertools import product
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.reports.csv_export import read_csv, to_csv
from lvs_desktop.reports.model import (
    DETAIL,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    Change,
    ReportRow,
    ReportTable,
    change,
)
from lvs_desktop.reports.pdf_export import to_pdf
from lvs_desktop.reports.suppress import SECONDARY_MARK, display, publishable, suppress_table
from lvs_desktop.reports.text import to_text

# a count: mostly small, so that suppression has work to do
COUNT = st.one_of(st.integers(0, 5), st.integers(0, 14))


@st.composite
def tables(draw: st.DrawFn) -> tuple[ReportTable, int]:
    """A random table as `build._table` lays one out: groups (subtotal above its details)
    and a total, or plain details and a total; 1–2 school-year columns."""
    threshold = draw(st.integers(3, 5))
    width = draw(st.integers(1, 2))
    rows: list[ReportRow] = []
    if draw(st.booleans()):
        groups = draw(st.integers(1, 3))
        for g in range(groups):
            n = draw(st.integers(1, 3))
            details = [
                ReportRow(
                    (f"g{g}", f"d{d}"), tuple(draw(COUNT) for _ in range(width)), DETAIL, f"g{g}"
                )
                for d in range(n)
            ]
            sums = tuple(sum(int(r.values[c] or 0) for r in details) for c in range(width))
            rows += [ReportRow((f"g{g}", "Totaal"), sums, SUBTOTAL, f"g{g}"), *details]
        parts = [r for r in rows if r.kind == SUBTOTAL]
    else:
        n = draw(st.integers(1, 6))
        rows = [ReportRow((f"d{d}",), tuple(draw(COUNT) for _ in range(width))) for d in range(n)]
        parts = list(rows)
    total = tuple(sum(int(r.values[c] or 0) for r in parts) for c in range(width))
    rows.append(ReportRow(("Totaal",), total, TOTAL))
    table = ReportTable("t", "S", "Titel", "Wat er geteld is.", ("Soort",), tuple(rows))
    return table, threshold


def possible_values(
    true: ReportTable, published: ReportTable, column: int, t: int
) -> list[set[int]]:
    """Per row: every value the row can have, given what `published` shows in `column`."""
    rows, shown = true.rows, published.rows
    unknown = [i for i, r in enumerate(shown) if r.kind == DETAIL and r.is_hidden(column)]
    seen: list[set[int]] = [set() for _ in rows]
    for filling in product(range(1, t), repeat=len(unknown)):
        detail = {
            i: int(rows[i].values[column] or 0) for i, r in enumerate(rows) if r.kind == DETAIL
        }
        detail.update(zip(unknown, filling, strict=True))
        value: dict[int, int] = dict(detail)
        for i, r in enumerate(rows):
            if r.kind == SUBTOTAL:
                value[i] = sum(v for j, v in detail.items() if rows[j].group == r.group)
        has_groups = any(r.kind == SUBTOTAL for r in rows)
        for i, r in enumerate(rows):
            if r.kind == TOTAL:
                kinds = SUBTOTAL if has_groups else DETAIL
                value[i] = sum(v for j, v in value.items() if rows[j].kind == kinds)
        if all(shown[i].is_hidden(column) or shown[i].values[column] == value[i] for i in value):
            for i, v in value.items():
                seen[i].add(v)
    return seen


@settings(max_examples=300, deadline=None)
@given(tables())
def test_no_published_cell_contradicts_the_true_table(case: tuple[ReportTable, int]) -> None:
    true, t = case
    published = suppress_table(true, t)
    for before, after in zip(true.rows, published.rows, strict=True):
        for c, value in enumerate(before.values):
            printed = display(after, c, t)
            if printed == f"< {t}":
                assert after.kind == DETAIL and isinstance(value, int) and 1 <= value < t
            elif printed == SECONDARY_MARK:
                assert after.kind in (SUBTOTAL, TOTAL) and after.values[c] is None
            else:
                assert printed == str(value), (before.label, printed, value)
                assert not (isinstance(value, int) and 0 < value < t)


@settings(max_examples=300, deadline=None)
@given(tables())
def test_a_change_from_a_hidden_cell_is_hidden_too(case: tuple[ReportTable, int]) -> None:
    """The "verandering" column: shown only when both years it compares are shown, and then
    exactly their difference; so it never gives a suppressed count back."""
    true, t = case
    published = suppress_table(true, t)
    for before, after in zip(true.rows, published.rows, strict=True):
        shown = change(after)
        if len(after.values) < 2:
            assert shown == Change(None, None)
            continue
        if after.is_hidden(0) or after.is_hidden(1):
            assert shown == Change(None, None), (after.label, after.hidden)
            continue
        old, new = int(before.values[0] or 0), int(before.values[1] or 0)
        assert shown.absolute == new - old
        assert shown.percent == (round(100 * (new - old) / old) if old else None)


def test_the_change_of_the_seed_text() -> None:
    """ "een toename van 14%": 50 reports last year, 57 this year."""
    row = ReportRow(("Dordrecht",), (50, 57))
    assert change(row) == Change(7, 14)
    assert change(ReportRow(("Sliedrecht",), (8, 0))) == Change(-8, -100)
    assert change(ReportRow(("Zwijndrecht",), (0, 6))) == Change(6, None)  # no base
    hidden = ReportRow(("Papendrecht",), (None, 12), hidden=(True, False))
    assert change(hidden) == Change(None, None)


@settings(max_examples=300, deadline=None)
@given(tables())
def test_hidden_cells_cannot_be_worked_back(case: tuple[ReportTable, int]) -> None:
    true, t = case
    published = suppress_table(true, t)
    for c in range(len(true.rows[0].values)):
        possible = possible_values(true, published, c, t)
        for i, row in enumerate(published.rows):
            assert true.rows[i].values[c] in possible[i]  # the truth is one of the fillings
            if row.is_hidden(c):
                assert len(possible[i]) >= 2, (row.label, possible[i], true.rows[i].values[c])


def test_all_hidden_cells_at_their_maximum_are_not_given_back() -> None:
    """Two hidden 4s and a shown total: 8 = 4 + 4 is the only split, so the total goes."""
    flat = (ReportRow(("a",), (4,)), ReportRow(("b",), (4,)), ReportRow(("c",), (12,)))
    result = suppress_table(
        ReportTable("t", "S", "T", "D", ("X",), (*flat, ReportRow(("Totaal",), (20,), TOTAL))), 5
    )
    assert [display(r, 0, 5) for r in result.rows] == ["< 5", "< 5", "12", SECONDARY_MARK]


def seed_like_report() -> AnnualReport:
    """The issue's region table: groups of 15, 20, 8 and 6, the 8 made of 3 and 5 — the
    region total 49 was printed "< 5"."""
    rows: list[ReportRow] = []
    for name, parts in (("PO", (10, 5)), ("VO", (20,)), ("MBO", (3, 5)), ("VSO", (6,))):
        details = [
            ReportRow((name, f"soort {i}"), (0, v), DETAIL, name) for i, v in enumerate(parts)
        ]
        rows += [ReportRow((name, "Totaal"), (0, sum(parts)), SUBTOTAL, name), *details]
    rows.append(ReportRow(("Totaal", ""), (0, 49), TOTAL))
    table = ReportTable(
        "t16", "Verzuim", "16 uur in 4 weken", "Meldingen.", ("Sector", "Soort"), tuple(rows)
    )
    return AnnualReport(
        "2025-2026", ("2024-2025", "2025-2026"), "Regio", date(2026, 11, 30), (table,)
    )


def test_the_seed_total_of_49_is_marked_not_claimed_small(tmp_path: Path) -> None:
    published = publishable(seed_like_report())
    table = published.tables[0]
    total = table.rows[-1]
    assert display(total, 1, 5) == SECONDARY_MARK and total.values[1] is None
    mbo = next(r for r in table.rows if r.labels == ("MBO", "Totaal"))
    assert display(mbo, 1, 5) == SECONDARY_MARK
    assert "• niet getoond om kleine aantallen elders te beschermen." in published.notes
    # CSV and text carry the same marks and the footnote
    csv_total = next(r for r in read_csv(to_csv(published)) if r.kind == TOTAL)
    assert csv_total.values == {"2024-2025": "0", "2025-2026": SECONDARY_MARK}
    assert csv_total.change == ("–", "–")  # a change from 0 would give the 49 back
    text = to_text(published)
    assert "• niet getoond om kleine aantallen elders te beschermen" in text
    assert "49" not in text
    # the PDF read back, and rendered to PNG to be looked at
    pdf = to_pdf(published)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        words = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "niet getoond om kleine aantallen elders te beschermen" in words
    assert "49" not in words
    # Helvetica's bullet has no ToUnicode entry, so pdfplumber reads it as "(cid:127)"
    total_line = next(line for line in words.splitlines() if line.startswith("Totaal"))
    # "Totaal", the two years, then the change: "–" beside a hidden year, never "+49"
    cells = total_line.split()[1:]
    assert cells[1] in ("•", "(cid:127)") and cells[2:] == ["–", "–"], total_line
    (tmp_path / "seed.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(tmp_path / "seed.pdf"), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))
