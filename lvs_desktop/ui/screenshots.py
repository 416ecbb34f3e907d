"""PNGs of the main screens and dialogs on a demo vault, offscreen, at 1366×768.

    QT_QPA_PLATFORM=offscreen python -m lvs_desktop.ui.screenshots OUTDIR [--size tiny|small]

The demo vault is built in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from lvs_desktop.services.case_detail import case_detail
from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.demo.build import DEMO_PASSPHRASE, create_demo_vault
from lvs_desktop.ui import i18n

SIZE = (1366, 768)


def wait_for(signal: SignalInstance, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle() -> None:
    """Let posted events (layouts, paints) run, without waiting on time."""
    for _ in range(3):
        QApplication.processEvents()


def filled(widget: QWidget | None, timeout_ms: int = 60_000) -> None:
    """Wait until a form that reads the vault on the worker has its fields (`loaded`)."""
    if widget is not None and getattr(widget, "is_loaded", True) is False:
        wait_for(widget.loaded, timeout_ms)  # type: ignore[attr-defined]


def grab(widget: QWidget, out: Path, name: str) -> Path:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def busiest_case(vault, owner: str | None) -> str:  # type: ignore[no-untyped-def]
    rows = list_cases(vault, CaseloadFilter(open_only=True, consultant_id=owner), limit=40)
    return max(rows, key=lambda r: len(case_detail(vault, r.case_id).timeline)).case_id


def quietest_case(vault, owner: str | None) -> str:  # type: ignore[no-untyped-def]
    """An open case with the fewest records (its empty tabs say how to fill them)."""
    rows = list_cases(vault, CaseloadFilter(open_only=True, consultant_id=owner), limit=40)
    return min(rows, key=lambda r: len(case_detail(vault, r.case_id).timeline)).case_id


def _print_queue(window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The print queue with letters printed and waiting for the post, and the posted dialog."""
    from datetime import datetime, timedelta

    from lvs_desktop.letters.errors import LetterError
    from lvs_desktop.models import UserError
    from lvs_desktop.services import letters
    from lvs_desktop.services.letters import Appointment, LetterRequest

    page = window.pages["letters"]
    vault, today = window.context.vault, window.context.today()
    when = datetime.combine(today + timedelta(days=7), datetime.min.time()).replace(hour=10)
    request = LetterRequest(
        kind="invitation-1",
        letter_date=today,
        appointment=Appointment(starts_at=when, location="Leerplicht"),
    )
    for row in list_cases(vault, CaseloadFilter(open_only=True), limit=12):
        try:  # the demo has no letters: a few invitations, as on a Monday
            letters.create_letters(vault, row.case_id, request)
        except (LetterError, UserError):
            continue  # a case the letter cannot be made for (no address, too young, …)
    page.refresh()
    wait_for(page.refreshed)  # the queue is read on the worker
    shots = [grab(window, out, "19-brieven")]
    if not page.rows:
        return shots
    letters.mark_printed(vault, [x.id for x in page.rows[:3]], datetime.now())
    page.refresh()
    wait_for(page.refreshed)
    shots.append(grab(window, out, "19a-brieven-afgedrukt"))
    page.table.selectRow(0)
    dialog = page.ask_posted()
    if dialog is not None:
        dialog.adjustSize()
        shots.append(grab(dialog, out, "19a2-brieven-verstuurd"))
        dialog.reject()
    from lvs_desktop.ui.letters.response_dialog import ResponseDialog

    first = page.rows[0]  # a letter sent: did the parents respond? (issue 11, defect 4)
    response = ResponseDialog(window.context, first.case_id, first.id, window)
    filled(response)
    response.adjustSize()
    shots.append(grab(response, out, "19a3-brief-reactie"))
    response.reject()
    return shots


def shoot(out: Path, size: str = "small", language: str = "nl") -> list[Path]:
    from lvs_desktop.ui.desk import Desk

    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(language)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.lvsvault"
        vault = create_demo_vault(path, DEMO_PASSPHRASE, size=size)
        case_id = busiest_case(vault, vault.owner_id)
        quiet_id = quietest_case(vault, vault.owner_id)
        vault.lock()
        desk = Desk(path, passphrase=DEMO_PASSPHRASE)
        desk.start()
        assert desk.dialog is not None
        desk.dialog.resize(620, 330)
        shots.append(grab(desk.dialog, out, "01-ontgrendelen"))
        desk.dialog.passphrase.setText("fout-wachtwoord")
        desk.dialog.unlock()
        wait_for(desk.dialog.failed)
        shots.append(grab(desk.dialog, out, "02-verkeerd-wachtwoord"))
        desk.dialog.tabs.setCurrentIndex(1)
        desk.dialog.new_pass.setText("kort")
        shots.append(grab(desk.dialog, out, "03-nieuwe-kluis"))
        desk.dialog.tabs.setCurrentIndex(0)
        desk.dialog.passphrase.setText(DEMO_PASSPHRASE)
        desk.dialog.unlock()
        wait_for(desk.unlocked)
        window = desk.window
        assert window is not None
        wait_for(window.caseload.loaded)
        shots.append(grab(window, out, "04-caseload"))
        window.caseload.search.setText("de")
        window.caseload.overdue.setChecked(True)
        shots.append(grab(window, out, "05-caseload-zoeken"))
        window.caseload.search.clear()
        window.caseload.overdue.setChecked(False)
        window.show_case(case_id)
        view = window.case_view
        assert view is not None
        if view.detail is None:
            wait_for(view.loaded)  # the case is read on the worker
        for index, name in (
            (0, "06-dossier-tijdlijn"),
            (2, "07-dossier-contacten"),
            (8, "08-dossier-betrokkenen"),
            (4, "08b-dossier-brieven"),
            (3, "08c-dossier-mas-route"),
            (1, "09-dossier-meldingen"),
        ):
            view.tabs.setCurrentIndex(index)
            shots.append(grab(window, out, name))
        dialogs: list[tuple[str, Callable[[], QWidget | None]]] = [
            ("10-nieuw-dossier", window.new_case),
            ("11-nieuwe-melding", window.act_report.trigger),
            ("12-contact", window.act_contact.trigger),
            ("13-mas-route", window.act_route.trigger),
            ("14-vrijstelling", window.act_exemption.trigger),
            ("15-handhaving", window.act_enforcement.trigger),
            ("16-dossier-sluiten", window.act_close_case.trigger),
        ]
        for name, opener in dialogs:
            if name == "13-mas-route":  # how a form looks while it reads: the worker waits
                with window.context.vault.session():
                    opener()
                    assert window.dialog is not None
                    window.dialog.adjustSize()
                    shots.append(grab(window.dialog, out, "13a-formulier-laden"))
            else:
                opener()
            dialog = window.dialog
            assert dialog is not None
            filled(dialog)
            settle()
            dialog.adjustSize()
            if name == "13-mas-route":
                dialog.choose("criminal")  # type: ignore[attr-defined]
            if name == "11-nieuwe-melding":
                dialog.fields.received_on.setText("31-02-2026")  # type: ignore[attr-defined]
            if name == "12-contact":
                dialog.agreements.add_row("Ouder belt school over rooster", "")  # type: ignore[attr-defined]
            dialog.submit() if name in ("11-nieuwe-melding", "16-dossier-sluiten") else None
            settle()
            dialog.adjustSize()
            shots.append(grab(dialog, out, name))
            if name == "12-contact":  # a bug as the user sees it: one line with a foutcode
                from lvs_desktop.store import log_policy
                from lvs_desktop.ui.worker import error_text

                bug = log_policy.ProgramError("K7QF-3ZPM")
                dialog.show_problems([error_text(bug)])  # type: ignore[attr-defined]
                dialog.adjustSize()
                shots.append(grab(dialog, out, "12b-foutcode"))
                dialog.show_problems([])  # type: ignore[attr-defined]
                dialog.interrogation.setChecked(True)  # type: ignore[attr-defined]
                dialog.verhoor.heard.setCurrentIndex(1)  # type: ignore[attr-defined]
                dialog.adjustSize()
                shots.append(grab(dialog, out, "12c-contact-verhoor"))
            dialog.reject()
        from lvs_desktop.ui.casework_screens import shoot_casework

        shots += shoot_casework(window, view, out, grab, wait_for)  # edit dialogs, a void
        window.show_case(quiet_id)
        if window.case_view is not None and window.case_view.detail is None:
            wait_for(window.case_view.loaded)
        window.case_view.tabs.setCurrentIndex(5)  # type: ignore[union-attr]
        shots.append(grab(window, out, "09b-dossier-lege-tab"))
        window.close_case_view()
        window.nav.setCurrentRow(1)
        wait_for(window.agenda.loaded, 10_000) if not window.agenda.entries else None
        shots.append(grab(window, out, "17-agenda"))
        from lvs_desktop.ui.outcome_screens import shoot_outcomes

        shots += shoot_outcomes(window, out, grab, wait_for)  # tasks done, outcome dialogs
        from lvs_desktop.ui.outreach.screens import shoot_outreach

        shots += shoot_outreach(window, out, grab, wait_for)  # RMC phases, referrals, agenda
        window.nav.setCurrentRow(5)
        if window.settings.current is None:
            wait_for(window.settings.loaded)  # read on the worker
        shots.append(grab(window, out, "18-instellingen"))
        from lvs_desktop.ui.vault_care import shoot_vault_care

        shots += shoot_vault_care(window, out, grab, wait_for)  # retention, passphrase
        window.nav.setCurrentRow(2)
        shots += _print_queue(window, out)
        window.nav.setCurrentRow(3)
        settle()
        shots.append(grab(window, out, "19b-synchronisatie"))
        from lvs_desktop.ui.sync.screens import shoot_refused_preview

        shots += shoot_refused_preview(window, out, grab)  # rows the sender may not change
        reports = window.pages["reports"]
        window.nav.setCurrentRow(4)  # the page starts counting when it is shown
        if hasattr(reports, "report_ready"):
            wait_for(reports.report_ready)
        settle()
        shots.append(grab(window, out, "19c-rapportages"))
        from lvs_desktop.ui.reports.screens import shoot_reports

        shots += shoot_reports(window, out, grab, wait_for)  # publication view, VSV form
        window.nav.setCurrentRow(6)  # the Region page, as a consultant sees it
        wait_for(window.pages["region"].ready, 10_000)
        shots.append(grab(window, out, "19d-regio-consulent"))
        from lvs_desktop.ui.register.screens import shoot_register

        shots += shoot_register(window, out, grab, wait_for)  # import preview, two lists
        from lvs_desktop.ui.intake.screens import shoot_intake

        shots += shoot_intake(window, out, grab, wait_for)  # import preview, the inbox
        from lvs_desktop.ui.audit.screens import shoot_audit

        shots += shoot_audit(window, case_id, out, grab, wait_for)  # the log, one dossier's
        from lvs_desktop.ui.prevention.screens import shoot_prevention

        shots += shoot_prevention(window, out, grab, wait_for)  # prevention, thuiszitters, text
        from lvs_desktop.ui.help_dialogs import shoot_help

        shots += shoot_help(window, out, grab)  # the Help menu: user guide, About
        desk.lock()
        assert desk.dialog is not None
        shots.append(grab(desk.dialog, out, "20-vergrendeld"))
        desk.quit()
    app.processEvents()
    from lvs_desktop.ui.region.screens import shoot_first_run

    shots += shoot_first_run(out, grab, wait_for)
    app.processEvents()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="small", choices=("tiny", "small"))
    parser.add_argument("--language", default="nl", choices=i18n.LANGUAGES)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shoot(args.outdir, args.size, args.language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
