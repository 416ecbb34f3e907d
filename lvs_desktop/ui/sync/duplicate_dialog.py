"""Merge two youths by hand: per field, which of the two values stays.

Only the fields where the two differ are offered; the left value is chosen by default unless
it is empty and the right one is not. `fields_from_second()` gives what the service needs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services.sync import MERGE_FIELDS, YouthCard
from lvs_desktop.ui.sync.texts import field_label, tr


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


class DuplicateDialog(QDialog):
    def __init__(self, first: YouthCard, second: YouthCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge two youths"))
        self.first, self.second = first, second
        intro = QLabel(
            tr(
                "Choose per field which value stays. The other youth's cases, guardians and "
                "letters move to the one that stays."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(
            QLabel(f"<b>{first.label}</b><br>" + tr("{cases} case(s)").format(cases=first.cases)),
            0,
            1,
        )
        grid.addWidget(
            QLabel(f"<b>{second.label}</b><br>" + tr("{cases} case(s)").format(cases=second.cases)),
            0,
            2,
        )
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 1
        for name in MERGE_FIELDS:
            left, right = first.values.get(name), second.values.get(name)
            if left == right:
                continue
            group = QButtonGroup(self)
            a, b = QRadioButton(shown(left), self), QRadioButton(shown(right), self)
            a.setObjectName(f"first_{name}")
            b.setObjectName(f"second_{name}")
            group.addButton(a)
            group.addButton(b)
            (b if left in (None, "") and right not in (None, "") else a).setChecked(True)
            grid.addWidget(QLabel(field_label(name), self), row, 0)
            grid.addWidget(a, row, 1)
            grid.addWidget(b, row, 2)
            self.choices[name] = (a, b)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choose_second(self, name: str) -> None:
        self.choices[name][1].setChecked(True)

    def fields_from_second(self) -> list[str]:
        return [name for name, (_, b) in self.choices.items() if b.isChecked()]
