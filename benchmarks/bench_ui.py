"""Desk benchmarks (issues 3, 10, 15): unlock to the first caseload rows on screen, the whole
caseload loaded, and one search keystroke in the caseload (accents folded, words in any
order), on the large region (25,000 cases).

    python -m benchmarks.bench_ui [--small] [--vault PATH] [--repeat N]

Each figure is timed through the real widgets (offscreen): the unlock dialog's button, the
caseload page's signals, a key press in the search field plus a repaint of the table. The
baseline is the same vault opened and its newest page read without any widget. The pages of
the other modules (letters, sync, reports) are left out, so the figures are the desk's own.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.common import PASSPHRASE, Timing, guard, median_ms, parser, region, report, verdict
from lvs_desktop.services.caseload import newest_cases
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.caseload_page import FIRST_PAGE
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.pages import placeholders

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def wait(signal, timeout_ms: int = 300_000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def open_desk(path: Path) -> tuple[Desk, float, float]:
    """Unlock through the dialog; (desk, ms to the first rows shown, ms to all rows)."""
    desk = Desk(path, passphrase=PASSPHRASE, pages=placeholders(), letters_tab=None)
    desk.start()
    assert desk.dialog is not None
    started = time.perf_counter()
    desk.dialog.open_button.click()
    wait(desk.unlocked)
    assert desk.window is not None
    page = desk.window.caseload
    if not page.model.total():
        wait(page.first_rows)
    page.table.viewport().repaint()
    first = (time.perf_counter() - started) * 1000
    if not page.is_loaded:
        wait(page.loaded)
    whole = (time.perf_counter() - started) * 1000
    return desk, first, whole


@dataclass(frozen=True)
class Keystroke:
    """Medians of one key press: filtering (wall), repaint (wall), both in CPU time."""

    key_ms: float
    paint_ms: float
    cpu_ms: float


def keystroke_ms(desk: Desk, text: str, repeat: int, backspace: bool = False) -> Keystroke:
    """Time one key press in the search field (filtering) and the table's repaint after it:
    the last letter of `text` typed, or (`backspace`) the last letter of `text` removed."""
    assert desk.window is not None
    page = desk.window.caseload
    keys, paints, cpus = [], [], []
    for _ in range(repeat):
        page.search.setText(text if backspace else text[:-1])
        page.search.end(False)
        page.table.viewport().repaint()
        QApplication.processEvents()
        cpu, started = time.process_time(), time.perf_counter()
        if backspace:
            QTest.keyClick(page.search, Qt.Key.Key_Backspace)
        elif text[-1].isascii():
            QTest.keyClick(page.search, text[-1])
        else:  # QTest maps ASCII only: send the key event a keyboard makes for "ë"
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, page.search, Qt.Key.Key_unknown, text[-1], NO_MODIFIER
            )
        keyed = time.perf_counter()
        page.table.viewport().repaint()
        paints.append((time.perf_counter() - keyed) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        keys.append((keyed - started) * 1000)
    return Keystroke(statistics.median(keys), statistics.median(paints), statistics.median(cpus))


def report_key(name: str, k: Keystroke, shown: int) -> None:
    detail = f"filter {k.key_ms:.1f} + repaint {k.paint_ms:.1f} ms, CPU {k.cpu_ms:.1f} ms"
    report(name, k.key_ms + k.paint_ms, None, f"{detail}, {shown} shown")


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    size = "tiny" if args.small else "large"
    path, built = region(size, args.vault)
    if built is not None:
        print(f"{'build ' + size + ' region':<44} {built:9.1f} s")
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install("nl")

    def baseline() -> None:
        vault = Vault.open(path, PASSPHRASE)
        assert newest_cases(vault, FIRST_PAGE)
        vault.lock()

    base = median_ms(baseline, args.repeat)
    firsts, wholes = [], []
    for _ in range(args.repeat):
        desk, first, whole = open_desk(path)
        firsts.append(first)
        wholes.append(whole)
        rows = desk.window.caseload.model.total() if desk.window else 0
        if _ < args.repeat - 1:
            desk.shutdown()
    report(f"unlock to first {FIRST_PAGE} rows shown", statistics.median(firsts), base)
    report(f"unlock to all {rows} rows loaded", statistics.median(wholes), None)
    page = desk.window.caseload  # type: ignore[union-attr]
    page.mine.setCurrentIndex(1)  # every consultant's cases: the widest search
    page.status.setCurrentIndex(0)
    sample = page.model.rows[len(page.model.rows) // 2].youth_name.split(",")[0].lower()
    first_letter = keystroke_ms(desk, sample[:1], args.repeat)
    report_key("search keystroke, first letter", first_letter, page.model.rowCount())
    fourth = keystroke_ms(desk, sample[:4], args.repeat)
    report_key("search keystroke, 4th letter (narrowing)", fourth, page.model.rowCount())
    back = keystroke_ms(desk, sample[:4], args.repeat, backspace=True)
    report_key("search keystroke, backspace (widening)", back, page.model.rowCount())
    # issue 10: the given name before the surname, typed with an accent the name lacks
    middle = page.model.rows[len(page.model.rows) // 2].youth_name
    surname, _, given = middle.partition(", ")
    typed = f"{given.split()[0]} {surname.split()[-1][:3]}".lower().replace("e", "ë", 1)
    words = keystroke_ms(desk, typed, args.repeat)
    report_key(f"search keystroke, words reversed, accent ({typed})", words, page.model.rowCount())
    guard(
        "search",
        "search keystroke (guarded: the worst above)",
        Timing(
            max(k.key_ms + k.paint_ms for k in (first_letter, fourth, back, words)),
            max(k.cpu_ms for k in (first_letter, fourth, back, words)),
        ),
        None,
        args.small,
    )
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    started = time.perf_counter()
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    page.table.viewport().repaint()
    report("sort the caseload by school", (time.perf_counter() - started) * 1000, None)
    desk.shutdown()
    app.processEvents()


if __name__ == "__main__":
    main()
    raise SystemExit(verdict())
