"""The last pages of the first-run wizard: the region (municipalities from the national list,
the Zuid-Holland Zuid preset) and a last look before the vault is made.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lvs_desktop.ui.first_run import checks
from lvs_desktop.ui.first_run.pages import Page
from lvs_desktop.ui.region.picker import PRESET_LABEL, MunicipalityPicker
from lvs_desktop.ui.region.texts import tr

ZHZ_NAME = "Zuid-Holland Zuid"
REGION_TEXT = (
    "Tick the municipalities your team works for. Schools, reports and the annual figures are "
    "kept per municipality; you can add more later on the Region page."
)
CONSULTANT_MAY_SKIP = "A consultant may skip this: the region comes with the team lead's export."


class RegionPage(Page):
    """The region's municipalities from the national list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Your region"))
        self.setSubTitle(
            tr(
                "Tick the municipalities your team works for. Schools, reports and the annual "
                "figures are kept per municipality; you can add more later on the Region page."
            )
        )
        self.picker = MunicipalityPicker(parent=self)
        self.picker.preset_button.clicked.connect(self._name_preset)
        self.region_name = QLineEdit(self)
        self.region_name.setObjectName("regionName")
        self.region_name.setPlaceholderText(tr("e.g. Zuid-Holland Zuid"))
        name_row = QFormLayout()
        name_row.addRow(tr("&Name of the region"), self.region_name)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.errors)
        self.first_field = self.picker.search

    def initializePage(self) -> None:
        if self.owner().role_page.role() == "consultant":
            self.setSubTitle(tr(REGION_TEXT) + " " + tr(CONSULTANT_MAY_SKIP))
        else:
            self.setSubTitle(tr(REGION_TEXT))
        if self.picker.model.rowCount() == 0:
            places, preset = checks.national_places()
            self.picker.set_places(places)
            self.picker.set_preset(tr(PRESET_LABEL), preset)
        super().initializePage()

    def _name_preset(self) -> None:
        if not self.region_name.text().strip():
            self.region_name.setText(ZHZ_NAME)

    def validatePage(self) -> bool:
        if self.picker.checked() or self.owner().role_page.role() == "consultant":
            return self.refuse([])
        return self.refuse(
            [tr("Choose at least one municipality: the registers of a team start with them.")]
        )


class SummaryPage(Page):
    """A last look; Finish makes the vault (on a worker) and opens the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Make the vault"))
        self.setSubTitle(
            tr("Check your answers; Back changes them. Making the vault takes a moment.")
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.busy = QLabel(self)
        self.busy.setObjectName("busy")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        super().initializePage()
        w = self.owner()
        places = w.region_page.picker.checked()
        names = ", ".join(p.name for p in places) or tr("none yet")
        rows = (
            (tr("Vault file"), str(w.vault_page.vault_path())),
            (tr("Role"), w.role_page.role_label()),
            (tr("Name"), w.profile_page.name.text().strip()),
            (tr("Initials"), w.profile_page.code.text().strip().upper()),
            (tr("Function"), w.profile_page.function.text().strip()),
            (tr("BOA number"), w.profile_page.boa_number.text().strip() or "—"),
            (tr("Akte valid until"), w.profile_page.akte_expires.text().strip() or "—"),
            (tr("Region"), w.region_page.region_name.text().strip() or "—"),
            (tr("Municipalities ({n})").format(n=len(places)), names),
        )
        html = "".join(
            f"<tr><td style='padding-right:12px'><b>{k}</b></td><td>{_esc(v)}</td></tr>"
            for k, v in rows
        )
        self.summary.setText(f"<table>{html}</table>")

    def validatePage(self) -> bool:
        return self.owner().finish_requested()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
