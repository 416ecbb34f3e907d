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
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from lvs_desktop.letters.styles import LIGHT_GREY, RULE_GREY, Styles


@dataclass
class _Block:
    kind: str  # para, heading, part, bullet, quote, fields, table, space
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
        if line == "~":
            if current is not None:
                yield current
                current = None
            yield _Block("space")
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


def _fields_table(rows: list[list[str]], styles: Styles, width: float) -> Table:
    label_width = min(52 * 2.8346, width * 0.34)
    data = [[Paragraph(r[0], styles.cell), Paragraph(r[1] or "—", styles.cell)] for r in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("TEXTCOLOR", (0, 0), (0, -1), "#444444"),
            ]
        )
    )
    table.spaceAfter = styles.body.spaceAfter
    return table


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


def body_flowables(text: str, styles: Styles, width: float) -> list[Flowable]:
    """The flowables for a rendered body text, for a frame `width` points wide."""
    blocks = list(parse_blocks(text))
    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        joined = " ".join(block.lines)
        if block.kind == "para":
            out.append(Paragraph(joined, styles.body))
        elif block.kind == "heading":
            out.append(Paragraph(joined, styles.heading))
        elif block.kind == "part":
            out.append(Paragraph(joined, styles.part_heading))
        elif block.kind == "bullet":
            last = i + 1 == len(blocks) or blocks[i + 1].kind != "bullet"
            style = styles.bullet_last if last else styles.bullet
            out.append(Paragraph(joined, style, bulletText="•"))
        elif block.kind == "quote":
            out.append(Paragraph(joined, styles.quote))
        elif block.kind == "fields":
            out.append(_fields_table(block.rows, styles, width))
        elif block.kind == "table":
            out.append(_grid_table(block, styles, width))
        elif block.kind == "space":
            out.append(Spacer(1, styles.body.fontSize * 0.6))
    return out
