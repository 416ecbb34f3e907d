"""Report PDFs read back as table lines (pdfplumber): cells with their x span, so a test can
check a row's values, their order and their alignment under the headers."""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from typing import Any

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from lvs_desktop.reports.model import CHANGE_HEADERS

YEARS = ("2019-2020", "2020-2021", "2021-2022")  # the constructed region's report years


@dataclass(frozen=True)
class Cell:
    """Words printed close together on one line of a PDF (a table cell), with its x span."""

    text: str
    x0: float
    x1: float


def pdf_lines(data: bytes) -> list[list[Cell]]:
    """Every line of the PDF as its cells, left to right: words closer than 4 pt are one cell
    ("< 5"), wider gaps separate the table's columns. Helvetica's bullet reads as "•"."""
    lines: list[list[Cell]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[float, list[dict[str, Any]]] = {}
            for word in page.extract_words():
                top = next((t for t in rows if abs(t - word["top"]) < 2), word["top"])
                rows.setdefault(top, []).append(word)
            for top in sorted(rows):
                cells: list[Cell] = []
                for word in sorted(rows[top], key=lambda w: w["x0"]):
                    text, x1 = word["text"], word["x1"]
                    if text == "(cid:127)":  # read without its width: Helvetica's is 0.35 em
                        text, x1 = "•", word["x0"] + 0.35 * (word["bottom"] - word["top"])
                    if cells and word["x0"] - cells[-1].x1 < 4:
                        last = cells.pop()
                        cells.append(Cell(f"{last.text} {text}", last.x0, x1))
                    else:
                        cells.append(Cell(text, word["x0"], x1))
                lines.append(cells)
    return lines


HEADS = [*YEARS, *CHANGE_HEADERS]
RIGHT_EDGE = A4[0] - 2 * cm  # the page's right margin


def assert_row_under_heads(lines: list[list[Cell]], label: str, expected: tuple[str, ...]) -> None:
    """The row `label` prints `expected` (three years, "Verandering", "%"), each cell
    right-aligned under its header, in x order, inside the right margin."""
    header = next(line for line in lines if [c.text for c in line[-5:]] == HEADS)
    heads = header[-5:]
    row = next(line for line in lines if line[0].text == label)
    assert tuple(c.text for c in row[1:]) == expected, [c.text for c in row]
    assert all(a.x1 < b.x0 for a, b in itertools.pairwise(heads))
    for cell, head in zip(row[1:], heads, strict=True):
        assert abs(cell.x1 - head.x1) < 1, (cell, head)  # right-aligned like the numbers
        assert cell.x1 <= RIGHT_EDGE + 0.5
