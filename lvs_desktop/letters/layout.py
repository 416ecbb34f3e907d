"""What is drawn on the page itself, around the flowing text: letterhead, sender column, return
address and address block in the envelope window, running header, CONCEPT marks, page numbers.

Coordinates are given in mm from the top left of an A4 page, as the letterhead settings are.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lvs_desktop.letters.letterhead import Letterhead
from lvs_desktop.letters.styles import BASE, DRAFT_RED, GREY, FontSet

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT_MM = 20.0
MARGIN_RIGHT_MM = 20.0
SENDER_COLUMN_LEFT_MM = 140.0
ADDRESS_MAX_LINES = 6
RETURN_FONT_SIZE = 7.0
SMALL = 7.5


def y_from_top(top_mm: float) -> float:
    """The canvas y (points from the bottom) of a line `top_mm` below the top edge."""
    return PAGE_HEIGHT - top_mm * mm


def address_font_size(letterhead: Letterhead) -> float:
    """Plain 10–12 pt in the window, never smaller than 10."""
    return max(10.0, min(12.0, letterhead.body_font_size))


def fit_address(
    lines: tuple[str, ...], letterhead: Letterhead, fonts: FontSet = BASE
) -> tuple[str, ...] | None:
    """Wrap lines wider than the window; None when the result exceeds 6 lines."""
    size = address_font_size(letterhead)
    width = letterhead.window.width_mm * mm
    out: list[str] = []
    for line in lines:
        if stringWidth(line, fonts.regular, size) <= width:
            out.append(line)
        else:
            out.extend(simpleSplit(line, fonts.regular, size, width))
    return tuple(out) if len(out) <= ADDRESS_MAX_LINES else None


REFERENCE_TOP_MM = 100.0
REFERENCE_ROW = 12.2  # points per row of the reference block
SUBJECT_LEADING = 11.0
VALUE_X_MM, RIGHT_LABEL_X_MM, RIGHT_VALUE_X_MM = 45.0, 113.0, 138.0


@dataclass(frozen=True)
class ReferenceBlock:
    """The reference block under the window: Datum, Ons kenmerk, Bijlage(n) | Behandeld door,
    Telefoon, E-mail, and the subject across. Plain text; drawn on the first page."""

    left: tuple[tuple[str, str], ...]
    right: tuple[tuple[str, str], ...]
    subject: tuple[str, ...]  # the subject's lines (bold)

    @property
    def height(self) -> float:
        """Points from the block's top to below the subject."""
        return len(self.left) * REFERENCE_ROW + 4 + len(self.subject) * SUBJECT_LEADING

    def draw(self, canvas: Canvas, fonts: FontSet) -> None:
        y = y_from_top(REFERENCE_TOP_MM) - 9
        for (l_label, l_value), (r_label, r_value) in zip(self.left, self.right, strict=True):
            _label(canvas, fonts, 20 * mm, y, l_label)
            _value(canvas, fonts, VALUE_X_MM * mm, y, l_value, (RIGHT_LABEL_X_MM - 47) * mm)
            _label(canvas, fonts, RIGHT_LABEL_X_MM * mm, y, r_label)
            width = PAGE_WIDTH - MARGIN_RIGHT_MM * mm - RIGHT_VALUE_X_MM * mm
            _value(canvas, fonts, RIGHT_VALUE_X_MM * mm, y, r_value, width)
            y -= REFERENCE_ROW
        y -= 4
        _label(canvas, fonts, 20 * mm, y, "Onderwerp")
        canvas.setFont(fonts.bold, 9)
        canvas.setFillColor(colors.black)
        for line in self.subject:
            canvas.drawString(VALUE_X_MM * mm, y, line)
            y -= SUBJECT_LEADING


def reference_block(
    left: tuple[tuple[str, str], ...],
    right: tuple[tuple[str, str], ...],
    subject: str,
    fonts: FontSet,
) -> ReferenceBlock:
    width = PAGE_WIDTH - MARGIN_RIGHT_MM * mm - VALUE_X_MM * mm
    return ReferenceBlock(left, right, tuple(simpleSplit(subject, fonts.bold, 9, width)))


def _label(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str) -> None:
    canvas.setFont(fonts.regular, SMALL)
    canvas.setFillColor(GREY)
    canvas.drawString(x, y, text)


def _value(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, width: float) -> None:
    """9 pt, or smaller (down to 7 pt) when a long e-mail address would not fit."""
    size = 9.0
    while size > 7 and stringWidth(text, fonts.regular, size) > width:
        size -= 0.5
    canvas.setFont(fonts.regular, size)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, y, text)


@dataclass(frozen=True)
class PagePlan:
    """The facts the page decorations need for one letter."""

    letterhead: Letterhead
    running_title: str  # "Ons kenmerk 2026-JD-0042 · 28 november 2026"
    address_lines: tuple[str, ...] = ()
    window: bool = True
    draft: bool = False
    fonts: FontSet = BASE
    reference: ReferenceBlock | None = None

    # --- first page ----------------------------------------------------------------------

    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        if self.draft:
            self._draft_marks(canvas)
        if self.window:
            self._letterhead(canvas)
            self._sender_column(canvas)
            self._address_block(canvas)
        if self.reference is not None:
            self.reference.draw(canvas, self.fonts)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        if self.draft:
            self._draft_marks(canvas)
        canvas.setFont(self.fonts.regular, SMALL)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_LEFT_MM * mm, y_from_top(14), self.letterhead.organisation)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT_MM * mm, y_from_top(14), self.running_title
        )
        canvas.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
        canvas.setLineWidth(0.4)
        canvas.line(
            MARGIN_LEFT_MM * mm, y_from_top(16), PAGE_WIDTH - MARGIN_RIGHT_MM * mm, y_from_top(16)
        )
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas) -> None:
        lh = self.letterhead
        right = PAGE_WIDTH - MARGIN_RIGHT_MM * mm
        if lh.logo_png is not None and lh.logo_size_px:
            w_px, h_px = lh.logo_size_px
            width = lh.logo_width_mm * mm
            height = min(width * h_px / max(w_px, 1), 28 * mm)
            width = height * w_px / max(h_px, 1)
            image = ImageReader(BytesIO(lh.logo_png))
            canvas.drawImage(
                image, right - width, y_from_top(12) - height, width, height, mask="auto"
            )
            return
        # A word mark: an accent bar and the organisation's name, right-aligned block.
        left = SENDER_COLUMN_LEFT_MM * mm
        lines = simpleSplit(lh.organisation, self.fonts.bold, 11.5, right - left)
        top = y_from_top(15)
        canvas.setFillColor(colors.HexColor(lh.accent_colour))
        block_height = 13.5 * len(lines) + (11 if lh.department else 0)
        canvas.rect(
            left - 4 * mm, top - block_height + 8, 1.6 * mm, block_height + 1, stroke=0, fill=1
        )
        canvas.setFont(self.fonts.bold, 11.5)
        y = top
        for line in lines:
            canvas.drawString(left, y, line)
            y -= 13.5
        if lh.department:
            canvas.setFillColor(GREY)
            canvas.setFont(self.fonts.regular, 8.5)
            canvas.drawString(left, y - 1, lh.department)

    def _sender_column(self, canvas: Canvas) -> None:
        lh = self.letterhead
        left = SENDER_COLUMN_LEFT_MM * mm
        width = PAGE_WIDTH - MARGIN_RIGHT_MM * mm - left
        y = y_from_top(self.letterhead.window.top_mm) - SMALL
        leading = SMALL * 1.3
        blocks: list[tuple[str, list[str]]] = []
        if lh.visiting_address:
            blocks.append(("Bezoekadres", [p.strip() for p in lh.visiting_address.split(",")]))
        if lh.postal_address:
            blocks.append(("Postadres", [p.strip() for p in lh.postal_address.split(",")]))
        contact = [v for v in (lh.phone, lh.email, lh.website) if v]
        if contact:
            blocks.append(("Contact", contact))
        for label, lines in blocks:
            canvas.setFont(self.fonts.bold, SMALL)
            canvas.setFillColor(colors.black)
            canvas.drawString(left, y, label)
            y -= leading
            canvas.setFont(self.fonts.regular, SMALL)
            canvas.setFillColor(GREY)
            for line in lines:
                for part in simpleSplit(line, self.fonts.regular, SMALL, width):
                    canvas.drawString(left, y, part)
                    y -= leading
            y -= leading * 0.6

    def _address_block(self, canvas: Canvas) -> None:
        win = self.letterhead.window
        left = win.left_mm * mm
        size = address_font_size(self.letterhead)
        # The return address: small, on one line, at the top of the window, ruled below.
        ret_y = y_from_top(win.top_mm + 4)
        canvas.setFont(self.fonts.regular, RETURN_FONT_SIZE)
        canvas.setFillColor(GREY)
        text = f"Retouradres {self.letterhead.return_address}"
        while (
            stringWidth(text, self.fonts.regular, RETURN_FONT_SIZE) > win.width_mm * mm
            and len(text) > 12
        ):
            text = text[:-2] + "…"
        canvas.drawString(left, ret_y, text)
        canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.3)
        canvas.line(
            left,
            ret_y - 1.6,
            left + stringWidth(text, self.fonts.regular, RETURN_FONT_SIZE),
            ret_y - 1.6,
        )
        # The address lines, 10–12 pt, from 11 mm below the window's top edge.
        canvas.setFillColor(colors.black)
        canvas.setFont(self.fonts.regular, size)
        y = y_from_top(win.top_mm + 11)
        for line in self.address_lines:
            canvas.drawString(left, y, line)
            y -= size * 1.25

    def _draft_marks(self, canvas: Canvas) -> None:
        """CONCEPT across the page (light, under the text) and in red at the top."""
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
        canvas.setFont(self.fonts.bold, 110)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -38, "CONCEPT")
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED)
        canvas.setFont(self.fonts.bold, 9)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, y_from_top(8.5), "CONCEPT — nog niet afgesloten en niet ondertekend"
        )
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until the end, to write "Pagina 1 van 2" on each when the
    document has more than one page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if total > 1:
                self.setFont(BASE.regular, SMALL)
                self.setFillColor(GREY)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_RIGHT_MM * mm, 12 * mm, f"Pagina {number} van {total}"
                )
            super().showPage()
        super().save()
