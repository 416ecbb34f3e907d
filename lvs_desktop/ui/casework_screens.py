"""Screenshots of every edit dialog and of a voided entry in the timeline, on the open demo
case view (called by `ui.screenshots`). The void goes through the dialog, into the temporary
demo vault only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, SignalInstance
from PySide6.QtWidgets import QTableView, QWidget

from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.screenshots import filled
from lvs_desktop.ui.widgets import RowsModel

Grab = Callable[[QWidget, Path, str], Path]


def _select(view: CaseView, tab: str, wanted: Callable[[str], bool]) -> bool:
    table = view.findChild(QTableView, f"tab_{tab}")
    if table is None:
        return False
    view.tabs.setCurrentWidget(table)
    model = view.models[tab]
    for row in range(model.rowCount()):
        value = model.index(row, 0).data(RowsModel.IdRole)
        if value and wanted(value):
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.setCurrentIndex(model.index(row, 0))
            return True
    return False


def shoot_casework(
    window: QWidget,
    view: CaseView,
    out: Path,
    grab: Grab,
    wait_for: Callable[[SignalInstance, int], None],
) -> list[Path]:
    shots: list[Path] = []
    editor = view.editor
    detail = view.detail
    assert detail is not None

    def shot(name: str, dialog: FormDialog | None, submit: bool = False) -> None:
        if dialog is None:
            return
        filled(dialog)
        dialog.adjustSize()
        if submit:
            dialog.submit()
        shots.append(grab(dialog, out, name))
        dialog.reject()

    shot("21-jeugdige-bewerken", editor.edit_youth())
    new = editor.add_guardian()
    filled(new)
    if new is not None:
        new.given.setText("Mark")  # type: ignore[attr-defined]
        new.surname.setText("Visser")  # type: ignore[attr-defined]
        new.born.setText("31-02-1980")  # type: ignore[attr-defined]
    shot("22-ouder-toevoegen", new, submit=True)
    guardians = [p for p in detail.people if p.role != "youth"]
    if guardians and _select(view, "people", lambda i: i == guardians[0].id):
        shot("23-ouder-bewerken", editor.edit_selected())
        shot("24-ouder-verwijderen", editor.remove_guardian())
    if _select(view, "reports", lambda i: True):
        shot("25-melding-bewerken", editor.edit_selected())
    if _select(view, "contacts", lambda i: True):
        shot("26-contact-bewerken", editor.edit_selected())
    shot("27-dossier-bewerken", editor.edit_case())
    add = editor.add_enrolment()
    filled(add)
    if add is not None:
        add.starts_on.setText("26-08-2024")  # type: ignore[attr-defined]
    shot("27b-inschrijving-toevoegen", add, submit=True)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)  # the Schools tab
    shots.append(grab(window, out, "27c-dossier-scholen"))
    if _select(view, "timeline", lambda i: i.startswith("contact:")):
        dialog = editor.void_selected()
        shot("28-ongeldig-maken", dialog, submit=True)
        _select(view, "timeline", lambda i: i.startswith("contact:"))
        dialog = editor.void_selected()
        filled(dialog)
        if dialog is not None:
            dialog.reason.setPlainText("Bij het verkeerde dossier gezet.")  # type: ignore[attr-defined]
            dialog.submit()
            wait_for(view.loaded, 10_000)
        view.tabs.setCurrentIndex(0)
        shots.append(grab(window, out, "29-tijdlijn-ongeldig"))
    return shots
