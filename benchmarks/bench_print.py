"""Time printing: one-page letters on the raster path (a PDF printer, as on Windows) and on the
vector path (a CUPS queue that writes to a file), per page and in spool bytes per page.

    python -m benchmarks.bench_print            # 40 letters
    python -m benchmarks.bench_print --small    # 4, for CI (keeps the script working)

Beside each, in the same run: the raster path against QtPdf's own render of the same pages at
the same resolution (what any raster print must do at least); the vector path against a raw
`lp` of the same bytes (the speed of handing them over). The vector path needs Debian's cups
and root (a private scheduler, `cups_sandbox.py`); without them it is skipped. Aim: raster
≤ 0.3 s and ≤ 1 MB a page. The run fails past twice the byte aim, or when the raster path
takes more than RATIO_CEILING times QtPdf's own render: seconds alone swing threefold on a
busy machine, the ratio and the bytes do not, so CI catches a real slowdown and not noise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import cups_sandbox
from benchmarks.bench_letters import invitation_facts

AIM_SECONDS, AIM_BYTES = 0.3, 1_000_000
BYTES_CEILING = 2 * AIM_BYTES
RATIO_CEILING = 5.0  # raster print time / QtPdf render time; 1.2-2.0x measured here


def _render_all(pdfs: list[bytes], dpi: int) -> float:
    """QtPdf's own render of every page at `dpi`, greyscale on white: the raster baseline."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    from lvs_desktop.ui.letters.pdf import POINTS_PER_INCH, RENDER_FLAGS, MemoryPdf

    started = time.perf_counter()
    for data in pdfs:
        pdf = MemoryPdf(data)
        for page in range(pdf.page_count):
            pts = pdf.document.pagePointSize(page)
            size = QSize(round(pts.width() / POINTS_PER_INCH * dpi), round(pts.height() / 72 * dpi))
            options = QPdfDocumentRenderOptions()
            options.setRenderFlags(RENDER_FLAGS)
            image = pdf.document.render(page, size, options)
            grey = QImage(size, QImage.Format.Format_Grayscale8)
            grey.fill(0xFFFFFFFF)
            painter = QPainter(grey)
            painter.drawImage(0, 0, image)
            painter.end()
        pdf.close()
    return time.perf_counter() - started


def _raster(pdfs: list[bytes], folder: Path, dpi: int) -> tuple[float, int]:
    from PySide6.QtPrintSupport import QPrinter

    from lvs_desktop.ui.letters.pdf import print_pdfs
    from lvs_desktop.ui.letters.printing import new_printer

    out = folder / f"raster-{dpi}.pdf"
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    started = time.perf_counter()
    print_pdfs(printer, pdfs, dpi=dpi)
    return time.perf_counter() - started, out.stat().st_size


def _vector(pdfs: list[bytes], folder: Path) -> tuple[float, float, int] | None:
    from lvs_desktop.services.print_queue import SpoolOptions, spool_pdf

    if not cups_sandbox.available():
        return None
    with cups_sandbox.PrivateCups(folder) as cups:
        options = SpoolOptions(destination=cups.queue)
        started = time.perf_counter()
        for pdf in pdfs:
            spool_pdf(pdf, options)
        cups.wait_for_jobs(len(pdfs), timeout_s=120)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        for pdf in pdfs:
            subprocess.run(["lp", "-d", cups.queue], input=pdf, capture_output=True, check=True)
        cups.wait_for_jobs(2 * len(pdfs), timeout_s=120)
        raw = time.perf_counter() - started
        spooled = sum(p.stat().st_size for p in cups.jobs()[: len(pdfs)])
    return ours, raw, spooled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="4 letters (CI)")
    args = parser.parse_args(argv)
    n = 4 if args.small else 40

    from PySide6.QtWidgets import QApplication

    from lvs_desktop.letters.render import render_letter
    from lvs_desktop.ui.letters.pdf import RASTER_DPI

    app = QApplication.instance() or QApplication([])  # noqa: F841 (QtPdf needs it)
    pdfs = [render_letter(invitation_facts(i)) for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raster_s, raster_bytes = _raster(pdfs, folder, RASTER_DPI)
        render_s = _render_all(pdfs, RASTER_DPI)
        print(f"{n} one-page letters")
        print(
            f"raster path ({RASTER_DPI} dpi, grey)   {raster_s / n:6.3f} s/page "
            f"{raster_bytes / n / 1024:8.0f} KB/page   QtPdf render alone {render_s / n:6.3f} "
            f"s/page   ratio {raster_s / render_s:4.2f}x"
        )
        if not args.small:
            old_n = 4
            old_s, old_bytes = _raster(pdfs[:old_n], folder, 1200)
            print(
                f"raster at 1200 dpi (printer's own) {old_s / old_n:6.3f} s/page "
                f"{old_bytes / old_n / 1024:8.0f} KB/page   (first {old_n} letters)"
            )
        vector = _vector(pdfs, folder)
        if vector is None:
            print("vector path: skipped (needs Debian's cups and root)")
        else:
            ours, raw, spooled = vector
            print(
                f"vector path (PDF to CUPS)         {ours / n:6.3f} s/page "
                f"{spooled / n / 1024:8.0f} KB/page   raw lp {raw / n:6.3f} s/page   "
                f"ratio {ours / raw:4.2f}x"
            )
    aim = raster_s / n <= AIM_SECONDS and raster_bytes / n <= AIM_BYTES
    print(f"aim: raster ≤ {AIM_SECONDS} s and ≤ 1 MB a page — {'met' if aim else 'NOT met'}")
    if raster_bytes / n > BYTES_CEILING or raster_s / render_s > RATIO_CEILING:
        print("FAIL: the raster path is past its ceiling (bytes or ratio)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
