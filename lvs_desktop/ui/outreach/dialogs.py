"""The outreach forms: record a phase, refer to a partner, record a referral's result, mark a
newcomer. Each reads its pick lists on the worker (`loader`) and saves through one service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from lvs_desktop.models.rules.outreach import CONSENT_COVERS
from lvs_desktop.services import ChangeSummary, outreach, referrals
from lvs_desktop.services.queries import Choice, choices
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.outreach.texts import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField

Lists = dict[str, list[Choice]]


def _lists(*categories: str) -> Callable[[Vault], Lists]:
    def read(vault: Vault) -> Lists:
        return {c: choices(vault, c) for c in categories}

    return read


def _note(parent: QWidget, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setFixedHeight(height)
    return box


class _CaseDialog(FormDialog):
    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None):
        self.case_id = case_id
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def use_loaded(self, data: Any) -> None:
        self.lists = data


@dataclass(frozen=True)
class PhaseInput:
    phase: str
    on: date
    destination: str | None
    programme: str | None
    note: str


class PhaseDialog(_CaseDialog):
    """The next dated phase; the destination only with "uitgestroomd"."""

    title = "Record an outreach phase"

    def loader(self) -> Callable[[Vault], Any]:
        return _lists("outreach_phase", "outreach_destination", "outreach_programme")

    def build(self) -> None:
        self.phase = ChoiceCombo(self.lists["outreach_phase"], parent=self)
        self.on = DateField(self.context.today(), self)
        self.destination = ChoiceCombo(
            self.lists["outreach_destination"], blank=tr("(none)"), parent=self
        )
        self.programme = ChoiceCombo(
            self.lists["outreach_programme"], blank=tr("(none)"), parent=self
        )
        self.note = _note(self)
        self.form.addRow(tr("Phase"), self.phase)
        self.form.addRow(tr("Date"), self.on)
        self.form.addRow(tr("Destination"), self.destination)
        self.form.addRow(tr("Programme"), self.programme)
        self.form.addRow(tr("Note"), self.note)
        self.phase.currentIndexChanged.connect(lambda _: self._enable())
        self._enable()

    def _enable(self) -> None:
        out = self.phase.code() == "uitgestroomd"
        self.destination.setEnabled(out)
        if not out:
            self.destination.setCurrentIndex(0)

    def collect(self, problems: list[str]) -> PhaseInput:
        on = self.date_value(self.on, tr("Date"), problems, True)
        return PhaseInput(
            phase=self.phase.code() or "",
            on=on or self.context.today(),
            destination=self.destination.code(),
            programme=self.programme.code(),
            note=self.note.toPlainText(),
        )

    def save(self, vault: Vault, data: PhaseInput) -> ChangeSummary:
        return outreach.set_phase(
            vault,
            self.case_id,
            data.phase,
            data.on,
            destination=data.destination,
            programme=data.programme,
            note=data.note,
            today=self.context.today(),
        )


def _read_referral_lists(vault: Vault) -> Lists:
    lists = _lists("consent_by")(vault)
    lists["partner"] = [Choice(i, label) for i, label in referrals.partners_to_choose(vault)]
    return lists


class ReferralDialog(_CaseDialog):
    """A referral or warm hand-over to a partner of the register, with the consent first."""

    title = "Refer to a partner"

    def loader(self) -> Callable[[Vault], Any]:
        return _read_referral_lists

    def build(self) -> None:
        today = self.context.today()
        self.partner = ChoiceCombo(self.lists["partner"], parent=self)
        if not self.lists["partner"]:
            self.show_problems(
                [tr("The region's partner register is empty: add partners under Region first.")]
            )
        self.reason = _note(self)
        self.on = DateField(today, self)
        self.warm = QCheckBox(tr("Warm hand-over (introduced in person)"), self)
        self.consent_by = ChoiceCombo(
            self.lists["consent_by"], blank=tr("(no consent yet)"), parent=self
        )
        self.consent_on = DateField(today, self)
        self.setMinimumWidth(660)
        self.set_intro(CONSENT_COVERS)
        self.follow_up = DateField(None, self)
        self.form.addRow(tr("Partner"), self.partner)
        self.form.addRow(tr("Reason"), self.reason)
        self.form.addRow(tr("Referred on"), self.on)
        self.form.addRow("", self.warm)
        self.form.addRow(tr("Consent given by"), self.consent_by)
        self.form.addRow(tr("Consent given on"), self.consent_on)
        self.form.addRow(tr("Follow-up on"), self.follow_up)

    def collect(self, problems: list[str]) -> referrals.ReferralInput:
        if self.partner.code() is None:
            problems.append(tr("Choose a partner."))
        consent_by = self.consent_by.code()
        return referrals.ReferralInput(
            partner_id=self.partner.code() or "",
            referred_on=self.date_value(self.on, tr("Referred on"), problems, True)
            or self.context.today(),
            reason=self.reason.toPlainText(),
            consent_by=consent_by,
            consent_on=(
                self.date_value(self.consent_on, tr("Consent given on"), problems)
                if consent_by
                else None
            ),
            warm=self.warm.isChecked(),
            follow_up_on=self.date_value(self.follow_up, tr("Follow-up on"), problems),
        )

    def save(self, vault: Vault, data: referrals.ReferralInput) -> ChangeSummary:
        return referrals.add_referral(vault, self.case_id, data, self.context.today())


class ResultDialog(FormDialog):
    """Whether the partner accepted, and what came of the referral."""

    title = "Result of the referral"

    def __init__(
        self,
        context: DeskContext,
        referral: referrals.ReferralRow,
        parent: QWidget | None = None,
    ):
        self.referral = referral
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def loader(self) -> Callable[[Vault], Any]:
        return _lists("referral_result")

    def use_loaded(self, data: Any) -> None:
        self.lists = data

    def build(self) -> None:
        r = self.referral
        what = QLabel(f"{r.referred_on:%d-%m-%Y} — {r.partner_name}", self)
        what.setWordWrap(True)
        self.accepted_box = QCheckBox(tr("Accepted by the partner"), self)
        self.accepted_box.setChecked(True)
        self.result_combo = ChoiceCombo(self.lists["referral_result"], parent=self)
        self.on = DateField(self.context.today(), self)
        self.note = _note(self)
        self.form.addRow(tr("Partner"), what)
        self.form.addRow("", self.accepted_box)
        self.form.addRow(tr("Result"), self.result_combo)
        self.form.addRow(tr("Result on"), self.on)
        self.form.addRow(tr("What came of it"), self.note)

    def collect(self, problems: list[str]) -> tuple[bool, str, str, date | None]:
        on = self.date_value(self.on, tr("Result on"), problems, True)
        return (
            self.accepted_box.isChecked(),
            self.result_combo.code() or "",
            self.note.toPlainText(),
            on,
        )

    def save(self, vault: Vault, data: tuple[bool, str, str, date | None]) -> ChangeSummary:
        accepted, code, note, on = data
        return referrals.record_result(
            vault,
            self.referral.id,
            accepted=accepted,
            result_code=code,
            result=note,
            result_on=on,
            today=self.context.today(),
        )


class NewcomerDialog(_CaseDialog):
    """The newcomer marker on the case's youth: origin category and arrival date, or none."""

    title = "Newcomer"

    def __init__(
        self,
        context: DeskContext,
        case_id: str,
        current: tuple[str | None, date | None],
        parent: QWidget | None = None,
    ):
        self.current = current
        super().__init__(context, case_id, parent)

    def loader(self) -> Callable[[Vault], Any]:
        return _lists("newcomer_origin")

    def build(self) -> None:
        self.set_intro(
            tr("Only what the counts need: the origin category and, if known, the arrival date.")
        )
        self.origin = ChoiceCombo(
            self.lists["newcomer_origin"], blank=tr("(not a newcomer)"), parent=self
        )
        self.origin.set_code(self.current[0])
        self.arrived = DateField(self.current[1], self)
        self.form.addRow(tr("Origin"), self.origin)
        self.form.addRow(tr("Arrived on"), self.arrived)

    def collect(self, problems: list[str]) -> tuple[str | None, date | None]:
        return self.origin.code(), self.date_value(self.arrived, tr("Arrived on"), problems)

    def save(self, vault: Vault, data: tuple[str | None, date | None]) -> ChangeSummary:
        youth_id = outreach.youth_of_case(vault, self.case_id)
        return outreach.set_newcomer(vault, youth_id, data[0], data[1], self.context.today())
