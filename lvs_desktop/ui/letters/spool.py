"""Which printing path a printer from the print dialog takes, and with which options.

A CUPS queue (Linux, macOS) takes the stored PDF itself: the vector path of
`services.print_queue`, with the dialog's copies, duplex and tray. A PDF or file printer, a
machine without `lp` (Windows) or no printer name: the raster path (`pdf.print_pdfs`).
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from lvs_desktop.services.print_queue import SpoolOptions, lp_command

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}
# The trays Qt names; a queue's own names for them may differ (its PPD decides), so "Auto"
# and anything unnamed leave the choice to the queue.
_TRAYS = {
    QPrinter.PaperSource.Upper: "Upper",
    QPrinter.PaperSource.Lower: "Lower",
    QPrinter.PaperSource.Middle: "Middle",
    QPrinter.PaperSource.Manual: "Manual",
    QPrinter.PaperSource.LargeCapacity: "LargeCapacity",
}


def options_for(printer: QPrinter) -> SpoolOptions | None:
    """Spool options for the vector path, or None when this printer takes the raster path."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    if not printer.printerName() or printer.outputFileName() or lp_command() is None:
        return None
    return SpoolOptions(
        destination=printer.printerName(),
        copies=printer.copyCount(),
        sides=_SIDES.get(printer.duplex()),
        tray=_TRAYS.get(printer.paperSource()),
    )
