"""Start the program window (a minimal caseload list until the full desk lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run(vault: Path | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QListWidget, QMessageBox

    from lvs_desktop.models import UserError
    from lvs_desktop.services.caseload import CaseloadFilter, list_cases
    from lvs_desktop.services.demo.build import DEMO_PASSPHRASE, create_demo_vault
    from lvs_desktop.store import Vault, default_vault_path

    app = QApplication.instance() or QApplication(sys.argv)
    path = vault or (default_vault_path().with_name("demo.lvsvault") if demo else default_vault_path())
    try:
        if demo and not path.exists():
            v = create_demo_vault(path, DEMO_PASSPHRASE)
        else:
            secret = DEMO_PASSPHRASE if demo else None
            if secret is None:
                secret, ok = QInputDialog.getText(
                    None, "LVS Desktop", "Wachtwoord van de kluis:", QLineEdit.EchoMode.Password
                )
                if not ok:
                    return 0
            v = Vault.open(path, secret)
    except UserError as exc:
        QMessageBox.warning(None, "LVS Desktop", exc.message)
        return 1
    view = QListWidget()
    view.setWindowTitle(f"LVS Desktop — {path.name}")
    for row in list_cases(v, CaseloadFilter()):
        view.addItem(f"{row.reference}  {row.youth_name}  {row.school or ''}")
    view.resize(900, 600)
    view.show()
    code = app.exec()
    v.lock()
    return code
