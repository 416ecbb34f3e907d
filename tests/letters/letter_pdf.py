"""Read a letter PDF back: text per page (without the diagonal watermark) and positions.

A PDF is parsed once (pdfplumber is slow) and the result kept for the other questions a test
asks about the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pdfplumber

MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    """One text line as drawn: text, font size, and its box in mm from the page's top left."""

    text: str
    size: float
    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class _Doc:
    texts: tuple[str, ...]  # upright text per page
    rotated: tuple[str, ...]  # rotated characters per page (the watermark)
    first_chars: tuple[dict[str, Any], ...]  # upright characters of page 1


def _is_upright(obj: dict[str, Any]) -> bool:
    """Not rotated at all (pdfminer's own "upright" also accepts turns of less than 90°)."""
    matrix = obj.get("matrix") or (1, 0, 0, 1, 0, 0)
    return abs(matrix[1]) < 1e-6 and abs(matrix[2]) < 1e-6


@lru_cache(maxsize=16)
def _read(pdf: bytes) -> _Doc:
    texts, rotated = [], []
    first: list[dict[str, Any]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages):
            chars = page.chars
            rotated.append("".join(c["text"] for c in chars if not _is_upright(c)))
            upright = page.filter(lambda o: o.get("object_type") != "char" or _is_upright(o))
            texts.append(upright.extract_text() or "")
            if number == 0:
                first = [dict(c) for c in chars if _is_upright(c)]
    return _Doc(tuple(texts), tuple(rotated), tuple(first))


def page_texts(pdf: bytes) -> list[str]:
    return list(_read(pdf).texts)


def full_text(pdf: bytes) -> str:
    """All pages' text, with lines joined by spaces (for phrases that wrap)."""
    return " ".join(" ".join(t.split()) for t in _read(pdf).texts)


def page_count(pdf: bytes) -> int:
    return len(_read(pdf).texts)


def rotated_text(pdf: bytes, page_number: int) -> str:
    """The characters drawn rotated on a page (the watermark), in drawing order."""
    return _read(pdf).rotated[page_number]


def box_lines(pdf: bytes, left: float, top: float, right: float, bottom: float) -> list[Line]:
    """The lines of page 1 with a character touching a box (mm), their text built from the raw
    characters (so double spaces survive) and their full extent (which may cross the box)."""
    x0, t0, x1, b0 = left * MM, top * MM, right * MM, bottom * MM
    touching = [
        c
        for c in _read(pdf).first_chars
        if c["x1"] > x0 and c["x0"] < x1 and c["bottom"] > t0 and c["top"] < b0
    ]
    rows: dict[float, list[dict[str, Any]]] = {}
    for c in touching:
        rows.setdefault(round(c["bottom"], 1), []).append(c)
    out = []
    for _, chars in sorted(rows.items()):
        chars.sort(key=lambda c: c["x0"])
        out.append(
            Line(
                text="".join(c["text"] for c in chars),
                size=max(c["size"] for c in chars),
                left=min(c["x0"] for c in chars) / MM,
                right=max(c["x1"] for c in chars) / MM,
                top=min(c["top"] for c in chars) / MM,
                bottom=max(c["bottom"] for c in chars) / MM,
            )
        )
    return out
