"""Start the program window: the unlock dialog (or, without a vault, the first-run wizard),
then the consultant's desk.

`LVS_GUI_THREAD_GUARD=1` (for developers) turns on the store's guard for the GUI thread:
any vault call a widget makes there, instead of through the runner, fails at once.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from lvs_desktop.models import UserError
from lvs_desktop.store import log_policy, thread_guard

GUARD_ENV = "LVS_GUI_THREAD_GUARD"


def demo_path() -> Path:
    from lvs_desktop.store import default_vault_path

    return default_vault_path().with_name("demo.lvsvault")


def _show_bug(error: UserError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "LVS Desktop", error.message)


def run(vault: Path | None = None, demo: bool = False) -> int:
    """Open the desk on `vault` (or the default, or the demo vault); returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from lvs_desktop.services.demo.build import DEMO_PASSPHRASE, create_demo_vault
    from lvs_desktop.store import default_vault_path
    from lvs_desktop.ui import i18n
    from lvs_desktop.ui.desk import Desk
    from lvs_desktop.ui.first_run import needs_first_run, start_first_run
    from lvs_desktop.ui.settings_file import make_settings_private

    app = QApplication.instance() or QApplication(sys.argv)
    log_policy.configure()
    log_policy.install_hooks(show=_show_bug)  # an uncaught bug in a slot: a foutcode, no trace
    make_settings_private()
    app.setApplicationName("LVS Desktop")
    app.setOrganizationName("LVS")
    i18n.install(i18n.remembered_language())
    path = vault or (demo_path() if demo else default_vault_path())
    if demo and not path.exists():
        create_demo_vault(path, DEMO_PASSPHRASE).lock()
    desk = Desk(path, passphrase=DEMO_PASSPHRASE if demo else "")
    if os.environ.get(GUARD_ENV) == "1":  # from here on, every vault call goes to the runner
        thread_guard.forbid(threading.get_ident())
    if needs_first_run(path):
        start_first_run(desk)
    else:
        desk.start()
    code = app.exec()
    desk.quit()
    return int(code)
