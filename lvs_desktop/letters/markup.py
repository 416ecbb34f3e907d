"""The small block markup of letter bodies, turned into ReportLab flowables.

After Jinja, a body is text in blocks separated by blank lines; lines of one block are joined.
Inline, ReportLab's paragraph tags work (`<b>`, `<i>`, `<br/>`); values from the vault arrive
escaped, so they cannot add tags or blocks. Block forms, by the first characters of a line:

    # Heading                  a bold heading, kept with what follows
    ## 1. Part                 a numbered part of a PV (larger, in the accent colour)
    - item                     a bullet; a following plain line continues it
    > quoted text              an indented quote in italics (a statement)
    : Label | value            a row of a two-column field table (label left, value right)
    |= 3 | 1 | 1               relative column widths of the table that follows
    | a | b | c                a table row; the first row is the header
    ~                          a small vertical space (a blank line that is kept)
    [[  …  ]]                  the blocks between these lines are kept on one page
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from lvs_desktop.letters.styles import LIGHT_GREY, RULE_GREY, Styles

_TAGS = re.compile(r"<[^>]+>")


@dataclass
class _Block:
    kind: str  # para, heading, part, bullet, quote, fields, table, space, keep, endkeep
    lines: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] | None = None


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def parse_blocks(text: str) -> Iterator[_Block]:
    """Split body text into blocks (see the module docstring)."""
    current: _Block | None = None
    pending_widths: list[float] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if current is not None:
                yield current
                current = None
            continue
        if line in ("~", "[[", "]]"):
            if current is not None:
                yield current
                current = None
            yield _Block({"~": "space", "[[": "keep", "]]": "endkeep"}[line])
            continue
        if line.startswith("## "):
            kind, content = "part", line[3:]
        elif line.startswith("# "):
            kind, content = "heading", line[2:]
        elif line.startswith("- "):
            kind, content = "bullet", line[2:]
        elif line.startswith("> "):
            kind, content = "quote", line[2:]
        elif line.startswith(": "):
            kind, content = "fields", line[2:]
        elif line.startswith("|="):
            pending_widths = [float(c or 1) for c in _cells(line[2:])]
            continue
        elif line.startswith("|"):
            kind, content = "table", line
        else:
            kind, content = "text", line

        if kind == "text":
            if current is not None and current.kind in ("para", "bullet", "quote"):
                current.lines.append(content)
                continue
            kind = "para"
        if current is not None and kind in ("fields", "table") and current.kind == kind:
            current.rows.append(_cells(content) if kind == "table" else _field(content))
            continue
        if current is not None and kind == "quote" and current.kind == "quote":
            current.lines.append(content)
            continue
        if current is not None:
            yield current
        current = _Block(kind)
        if kind == "table":
            current.rows.append(_cells(content))
            current.widths, pending_widths = pending_widths, None
        elif kind == "fields":
            current.rows.append(_field(content))
        else:
            current.lines.append(content)
        if kind in ("heading", "part"):
            yield current
            current = None
    if current is not None:
        yield current


def _field(content: str) -> list[str]:
    label, _, value = content.partition("|")
    return [label.strip(), value.strip()]


def _table_style(header: bool) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE_GREY),
        ]
    return TableStyle(commands)


class _Cell:
    """One cell of a field row: plain text drawn as a string when it fits on one line (fast),
    else a paragraph that wraps."""

    def __init__(self, text: str, style: ParagraphStyle, width: float) -> None:
        self.style = style
        self.text: str | None = None
        self.para: Paragraph | None = None
        plain = html.unescape(text) if "<" not in text else None
        if plain is not None and stringWidth(plain, style.fontName, style.fontSize) <= width:
            self.text = plain
            self.height = style.leading
        else:
            self.para = Paragraph(text, style)
            self.height = self.para.wrap(width, 10_000)[1]

    def draw(self, canvas: Any, x: float, top: float) -> None:
        if self.para is not None:
            self.para.drawOn(canvas, x, top - self.height)
            return
        style = self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        # where a paragraph puts its first baseline (rl_config.paraFontSizeHeightOffset)
        canvas.drawString(x, top - style.fontSize, self.text)


class FieldRows(Flowable):
    """Label | value rows (an appointment, the parts of a PV): the label column as wide as the
    longest label within limits; moves to the next page whole rather than split (unless it is
    too long for any page)."""

    PADDING = 1.2

    def __init__(self, rows: list[list[str]], styles: Styles, label_width_min: float) -> None:
        super().__init__()
        self.rows = rows
        self.styles = styles
        self.label_width_min = label_width_min
        self.spaceAfter = styles.body.spaceAfter
        self._cells: list[tuple[_Cell, _Cell, float]] = []
        self._label_x = label_width_min

    def _label_width(self) -> float:
        style = self.styles.cell_label
        longest = max(
            stringWidth(html.unescape(_TAGS.sub("", r[0])), style.fontName, style.fontSize)
            for r in self.rows
        )
        return min(max(longest + 10, self.label_width_min), 55 * mm)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        label_width = self._label_width()
        self._label_x = label_width
        self._cells = []
        total = 0.0
        for row in self.rows:
            label = _Cell(row[0], self.styles.cell_label, label_width - 4)
            value = _Cell(row[1] or "—", self.styles.cell, availWidth - label_width)
            height = max(label.height, value.height) + 2 * self.PADDING
            self._cells.append((label, value, height))
            total += height
        self.width, self.height = availWidth, total
        return availWidth, total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if len(self.rows) <= 20:
            return []
        half = len(self.rows) // 2
        return [
            FieldRows(self.rows[:half], self.styles, self.label_width_min),
            FieldRows(self.rows[half:], self.styles, self.label_width_min),
        ]

    def draw(self) -> None:
        top = self.height
        for label, value, height in self._cells:
            label.draw(self.canv, 0, top - self.PADDING)
            value.draw(self.canv, self._label_x, top - self.PADDING)
            top -= height


def _grid_table(block: _Block, styles: Styles, width: float) -> Table:
    columns = max(len(r) for r in block.rows)
    weights = block.widths if block.widths and len(block.widths) == columns else [1.0] * columns
    total = sum(weights)
    col_widths = [width * w / total for w in weights]
    data = []
    for i, row in enumerate(block.rows):
        style = styles.cell_bold if i == 0 else styles.cell
        cells = row + [""] * (columns - len(row))
        data.append([Paragraph(c, style) for c in cells])
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(header=True))
    table.spaceAfter = styles.body.spaceAfter
    table.spaceBefore = 2
    return table


def body_flowables(
    text: str, styles: Styles, width: float, *, label_width_min: float = 25 * mm
) -> list[Flowable]:
    """The flowables for a rendered body text, for a frame `width` points wide.

    Field tables do not split over pages; `label_width_min` keeps their label columns level
    through a form (a PV passes a wider minimum than a letter).
    """
    blocks = list(parse_blocks(text))
    out: list[Flowable] = []
    groups: list[list[Flowable]] = []
    for i, block in enumerate(blocks):
        target = groups[-1] if groups else out
        joined = " ".join(block.lines)
        if block.kind == "keep":
            groups.append([])
        elif block.kind == "endkeep":
            if groups:
                done = groups.pop()
                (groups[-1] if groups else out).append(KeepTogether(done))
        elif block.kind == "para":
            target.append(Paragraph(joined, styles.body))
        elif block.kind == "heading":
            target.append(Paragraph(joined, styles.heading))
        elif block.kind == "part":
            target.append(Paragraph(joined, styles.part_heading))
        elif block.kind == "bullet":
            last = i + 1 == len(blocks) or blocks[i + 1].kind != "bullet"
            style = styles.bullet_last if last else styles.bullet
            target.append(Paragraph(joined, style, bulletText="•"))
        elif block.kind == "quote":
            target.append(Paragraph(joined, styles.quote))
        elif block.kind == "fields":
            target.append(FieldRows(block.rows, styles, label_width_min))
        elif block.kind == "table":
            target.append(_grid_table(block, styles, width))
        elif block.kind == "space":
            target.append(Spacer(1, styles.body.fontSize * 0.6))
    while groups:  # an unclosed [[ keeps to the end
        done = groups.pop()
        (groups[-1] if groups else out).append(KeepTogether(done))
    return out
