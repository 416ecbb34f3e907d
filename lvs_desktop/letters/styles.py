"""Fonts and paragraph styles of the letters.

The font is Liberation Sans (metric-compatible with Arial, SIL OFL, shipped in
`resources/letters/fonts/`), embedded as a subset: it has the Turkish, Polish and other Latin
letters of the names in a Dordrecht caseload, which the PDF base fonts lack, and it renders the
same on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "letters" / "fonts"
FONT = "LVSSans"
FONT_BOLD = "LVSSans-Bold"
FONT_ITALIC = "LVSSans-Italic"
FONT_BOLD_ITALIC = "LVSSans-BoldItalic"

GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT_GREY = colors.Color(0.86, 0.86, 0.86)
RULE_GREY = colors.Color(0.70, 0.70, 0.70)
DRAFT_RED = colors.Color(0.75, 0.1, 0.1)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the letter font family once per process; returns the regular font name."""
    files = {
        FONT: "LiberationSans-Regular.ttf",
        FONT_BOLD: "LiberationSans-Bold.ttf",
        FONT_ITALIC: "LiberationSans-Italic.ttf",
        FONT_BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    """The paragraph styles for one body font size."""

    body: ParagraphStyle
    heading: ParagraphStyle
    part_heading: ParagraphStyle
    title: ParagraphStyle
    bullet: ParagraphStyle
    bullet_last: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle


@lru_cache(maxsize=8)
def styles_for(size: float, accent: str) -> Styles:
    """Styles for a body size of 9–12 pt and the letterhead's accent colour."""
    register_fonts()
    lead = round(size * 1.38, 2)
    accent_colour = colors.HexColor(accent)
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=size, leading=lead, spaceAfter=size * 0.8,
        alignment=TA_LEFT, allowWidows=0, allowOrphans=0,
    )  # fmt: skip
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=size * 1.4, bulletIndent=size * 0.3,
        spaceAfter=size * 0.25, bulletFontName=FONT,
    )  # fmt: skip
    return Styles(
        body=body,
        bullet=bullet,
        bullet_last=ParagraphStyle("bullet_last", parent=bullet, spaceAfter=body.spaceAfter),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, spaceBefore=size * 0.6,
            spaceAfter=size * 0.3, keepWithNext=1,
        ),  # fmt: skip
        part_heading=ParagraphStyle(
            "part", parent=body, fontName=FONT_BOLD, fontSize=size + 1, leading=lead + 1,
            spaceBefore=size * 1.1, spaceAfter=size * 0.4, keepWithNext=1,
            textColor=accent_colour,
        ),  # fmt: skip
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=size + 5, leading=size + 9,
            spaceAfter=size * 0.3,
        ),  # fmt: skip
        quote=ParagraphStyle(
            "quote", parent=body, fontName=FONT_ITALIC, leftIndent=size * 1.4,
            rightIndent=size * 1.4,
        ),  # fmt: skip
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0
        ),
        cell_bold=ParagraphStyle(
            "cellb", parent=body, fontName=FONT_BOLD, fontSize=size - 1,
            leading=(size - 1) * 1.3, spaceAfter=0,
        ),  # fmt: skip
        label=ParagraphStyle(
            "label", fontName=FONT, fontSize=7.5, leading=10, textColor=GREY, spaceAfter=0
        ),
        value=ParagraphStyle("value", fontName=FONT, fontSize=9, leading=11, spaceAfter=0),
        small=ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=9.5, spaceAfter=0),
        small_bold=ParagraphStyle(
            "smallb", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
    )
