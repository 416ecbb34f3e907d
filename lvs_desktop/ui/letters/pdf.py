"""PDF bytes on screen and on paper, with QtPdf, never through a file.

`PdfPreview` shows a letter: a `QPdfDocument` loaded from a `QBuffer` over the bytes, in a
`QPdfView`. `print_pdfs` is the raster path of printing (where the print system cannot take the
PDF itself, see `spool.py`): each page is drawn onto a `QPainter` over the `QPrinter`, in
full-page mode so that the address lands in the envelope window, at most at `RASTER_DPI` and
in greyscale with crisp (aliased) text, in bands: under 100 KB of spool a page instead of 6 MB
at 1200 dpi.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lvs_desktop.models import UserError

BAND_PIXELS = 1024
POINTS_PER_INCH = 72.0
# Enough for 9-12 pt text and the letterhead; Qt's own PDF printer reports 1200 dpi, which made
# 2.6 s and 6 MB of spool a page.
RASTER_DPI = 300
# A printer does not smooth edges: crisp text compresses to a quarter of the bytes.
_FLAG = QPdfDocumentRenderOptions.RenderFlag
RENDER_FLAGS = _FLAG.TextAliased | _FLAG.PathAliased | _FLAG.Grayscale


class MemoryPdf:
    """A `QPdfDocument` over bytes in memory; keeps the buffer alive as long as the document."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            raise UserError("Deze brief kan niet worden getoond: het PDF-bestand is beschadigd.")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


class PdfPreview(QWidget):
    """A letter on screen; `shown` fires when a document is ready in the view."""

    shown = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView(self)
        self.view.setObjectName("letterPdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf: MemoryPdf | None = None
        self._empty = QPdfDocument(self)  # shown when there is no letter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    @property
    def document(self) -> QPdfDocument | None:
        return self._pdf.document if self._pdf else None

    def set_pdf(self, data: bytes) -> None:
        old = self._pdf
        self._pdf = MemoryPdf(data)
        self.view.setDocument(self._pdf.document)
        if old is not None:
            old.close()
        self.shown.emit(self._pdf.page_count)

    def clear(self) -> None:
        """Drop the letter (on lock, or when the dialog closes)."""
        self.view.setDocument(self._empty)
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    dpi = printer.resolution()
    points = document.pagePointSize(page)
    size = QSize(
        round(points.width() / POINTS_PER_INCH * dpi),
        round(points.height() / POINTS_PER_INCH * dpi),
    )
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    options.setRenderFlags(RENDER_FLAGS)
    for top in range(0, size.height(), BAND_PIXELS):
        height = min(BAND_PIXELS, size.height() - top)
        options.setScaledClipRect(QRect(0, top, size.width(), height))
        band = document.render(page, QSize(size.width(), height), options)
        painter.drawImage(QPoint(0, top), _grey_on_white(band))


def _grey_on_white(band: QImage) -> QImage:
    """QtPdf renders on a transparent background: lay it on white, then one byte a pixel."""
    grey = QImage(band.size(), QImage.Format.Format_Grayscale8)
    grey.fill(Qt.GlobalColor.white)
    painter = QPainter(grey)
    painter.drawImage(0, 0, band)
    painter.end()
    return grey


def print_pdfs(
    printer: QPrinter,
    pdfs: Sequence[bytes],
    progress: Callable[[int, int], bool] | None = None,
    dpi: int = RASTER_DPI,
) -> int:
    """Print the PDFs one after the other as images; returns how many were printed.

    `progress(done, total)` is called after each letter; returning False stops the batch
    (the letters printed so far count). At most `dpi` dots per inch. May run on a worker
    thread.
    """
    printer.setFullPage(True)  # (0, 0) is the paper's corner: the window position holds
    if printer.resolution() > dpi:
        printer.setResolution(dpi)
    # In colour, Qt's PDF engine sends each band as an RGB JPEG (834 KB a page, blurred
    # text); in greyscale as flate-compressed grey (78 KB a page).
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("De printer kan niet worden gestart.")
    printed = 0
    try:
        first = True
        for data in pdfs:
            pdf = MemoryPdf(data)
            try:
                for page in range(pdf.page_count):
                    if not first and not printer.newPage():
                        raise UserError("De printer weigert een nieuwe pagina.")
                    first = False
                    _draw_page(painter, printer, pdf.document, page)
            finally:
                pdf.close()
            printed += 1
            if progress is not None and not progress(printed, len(pdfs)):
                break
    finally:
        painter.end()
    return printed
