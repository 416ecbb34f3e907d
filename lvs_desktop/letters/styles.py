"""Fonts and paragraph styles of the letters.

Two font sets with the same metrics (Helvetica = Arial = Liberation Sans widths), so a letter
lays out the same in either:

* `BASE`: the PDF base font Helvetica, not embedded, for letters whose text fits the
  WinAnsi code page (Dutch with é, ë, ï, …): a letter is then about 5 KB instead of 40 KB,
  which counts in a vault that keeps tens of thousands of letters;
* `EMBEDDED`: Liberation Sans (SIL OFL, shipped in `resources/letters/fonts/`), embedded as a
  subset, when a name or text has a letter outside WinAnsi (Turkish ş ı ğ, Polish ł ą, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lvs_desktop.resource_files import resource_path

FONTS_DIR = resource_path("letters/fonts")
FONT = "LVSSans"
FONT_BOLD = "LVSSans-Bold"
FONT_ITALIC = "LVSSans-Italic"
FONT_BOLD_ITALIC = "LVSSans-BoldItalic"


@dataclass(frozen=True)
class FontSet:
    """The four faces of one family, by their ReportLab names."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


BASE = FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique")
EMBEDDED = FontSet(FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)


def font_set_for(*texts: str) -> FontSet:
    """BASE when every text can be written in WinAnsi (cp1252), else EMBEDDED."""
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        register_fonts()
        return EMBEDDED
    return BASE


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
    """The paragraph styles for one body font size and font set."""

    fonts: FontSet
    body: ParagraphStyle
    heading: ParagraphStyle
    part_heading: ParagraphStyle
    title: ParagraphStyle
    bullet: ParagraphStyle
    bullet_last: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle


@lru_cache(maxsize=16)
def styles_for(size: float, accent: str, fonts: FontSet = BASE) -> Styles:
    """Styles for a body size of 9–12 pt, the letterhead's accent colour and a font set."""
    if fonts is EMBEDDED:
        register_fonts()
    lead = round(size * 1.38, 2)
    accent_colour = colors.HexColor(accent)
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=size,
        leading=lead,
        spaceAfter=size * 0.8,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=size * 1.4,
        bulletIndent=size * 0.3,
        spaceAfter=size * 0.25,
        bulletFontName=fonts.regular,
    )
    return Styles(
        fonts=fonts,
        body=body,
        bullet=bullet,
        bullet_last=ParagraphStyle("bullet_last", parent=bullet, spaceAfter=body.spaceAfter),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=1,
        ),
        part_heading=ParagraphStyle(
            "part",
            parent=body,
            fontName=fonts.bold,
            fontSize=size + 1,
            leading=lead + 1,
            spaceBefore=size * 1.1,
            spaceAfter=size * 0.4,
            keepWithNext=1,
            textColor=accent_colour,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=size + 5,
            leading=size + 9,
            spaceAfter=size * 0.3,
        ),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            fontName=fonts.italic,
            leftIndent=size * 1.4,
            rightIndent=size * 1.4,
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0
        ),
        cell_label=ParagraphStyle(
            "celllabel",
            parent=body,
            fontSize=size - 1,
            leading=(size - 1) * 1.3,
            spaceAfter=0,
            textColor=colors.HexColor("#444444"),
        ),
        cell_bold=ParagraphStyle(
            "cellb",
            parent=body,
            fontName=fonts.bold,
            fontSize=size - 1,
            leading=(size - 1) * 1.3,
            spaceAfter=0,
        ),
        label=ParagraphStyle(
            "label", fontName=fonts.regular, fontSize=7.5, leading=10, textColor=GREY, spaceAfter=0
        ),
        value=ParagraphStyle("value", fontName=fonts.regular, fontSize=9, leading=11, spaceAfter=0),
        small=ParagraphStyle(
            "small", fontName=fonts.regular, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
        small_bold=ParagraphStyle(
            "smallb", fontName=fonts.bold, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
    )
