"""Editing and correcting through the case view's widgets, offscreen, on a new vault; the
vault (and the PDFs made from it) are read back after every save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import select

from lvs_desktop.letters.context import LetterRequest
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.models import (
    AuditEvent,
    Case,
    Contact,
    Enrolment,
    Guardian,
    Letter,
    Report,
    Youth,
)
from lvs_desktop.services import cases, letters
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.store import Vault
from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.dialogs.base import FormDialog
from tests.casework.casework_vault import TODAY, Casework
from tests.letters.letter_pdf import full_text
from tests.ui.helpers import wait_loaded

INVITATION = LetterRequest(
    kind="invitation-1",
    letter_date=TODAY,
    appointment=Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het kantoor"),
)


def save(qtbot, dialog: FormDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def refused(qtbot, dialog: FormDialog) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    return blocker.args[0]


def reloaded(qtbot, view: CaseView, dialog: FormDialog) -> None:  # type: ignore[no-untyped-def]
    """Save and wait until the view has read the case again."""
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        save(qtbot, dialog)


def select_row(view: CaseView, tab: str, record_id: str) -> QTableView:
    table = view.findChild(QTableView, f"tab_{tab}")
    view.tabs.setCurrentWidget(table)
    model = view.models[tab]
    for row in range(model.rowCount()):
        value = model.index(row, 0).data(model.IdRole) or ""
        if value == record_id or value.endswith(":" + record_id):
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            table.setCurrentIndex(model.index(row, 0))
            return table
    raise AssertionError(f"{record_id} not on tab {tab}")


def test_a_second_guardian_with_gezag_elsewhere_through_the_dialog_gets_a_letter(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    view.editor.actions["addGuardian"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert dialog.windowTitle() == "Ouder of verzorger toevoegen"
    dialog.relation.set_code("father")
    dialog.given.setText("Mark")
    dialog.surname.setText("Visser")
    dialog.gender.set_code("m")
    dialog.authority.setChecked(True)
    dialog.carer.setChecked(False)
    dialog.address.fill("Vrieseweg", "41a", "3311nw", "Dordrecht")
    dialog.born.setText("31-02-1980")
    assert any("geen geldige datum" in p for p in refused(qtbot, dialog))
    dialog.born.setText("02-05-1980")
    dialog.birth_place.setText("Zwijndrecht")
    reloaded(qtbot, view, dialog)
    people = view.models["people"]
    assert [people.index(r, 0).data() for r in range(people.rowCount())] == [
        "Jeugdige",
        "Moeder",
        "Vader",
    ]
    with vault.session() as s:
        father = s.scalars(select(Guardian).where(Guardian.given_names == "Mark")).one()
        assert (father.relation, father.has_authority, father.is_carer) == ("father", True, False)
        assert (father.postcode, father.birth_date) == ("3311 NW", date(1980, 5, 2))
    ids = letters.create_letters(vault, work.case_id, INVITATION).ids("letter")
    with vault.session() as s:
        made = [s.get_one(Letter, i) for i in ids]
        assert sorted(x.recipient_name for x in made) == ["De heer M. Visser", "Mevrouw A. Visser"]
        father_letter = next(x for x in made if "M. Visser" in x.recipient_name)
        assert "Vrieseweg 41a" in full_text(father_letter.pdf)


def test_the_youth_changes_school_through_the_dialog(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    view.editor.actions["editYouth"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert dialog.windowTitle() == "Jeugdige bewerken"
    assert dialog.school.currentText() == "Da Costa College"
    dialog.school.set_code(work.new_school)
    dialog.enrolled_on.setText("02-11-2026")
    dialog.phone.setText("06 9876 5432")
    reloaded(qtbot, view, dialog)
    assert "School: Johan de Witt MBO" in view.header.facts.text()
    with vault.session() as s:
        youth = s.get_one(Youth, work.youth_id)
        assert (youth.school_id, youth.phone) == (work.new_school, "06 9876 5432")
    (letter_id,) = letters.create_letters(vault, work.case_id, INVITATION).ids("letter")
    text = full_text(letters.letter_pdf(vault, letter_id))
    assert "Johan de Witt MBO" in text and "Da Costa College" not in text
    cases.add_report(
        vault,
        work.case_id,
        ReportInput(report_type="16_hours", received_on=date(2026, 11, 20), hours_absent=16),
        today=TODAY,
    )
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    rows = {r.label: r.values[-1] for r in report.table("relative_reports").rows}
    assert (rows["16 uur in 4 weken – VO"], rows["16 uur in 4 weken – MBO"]) == (1, 1)
    # the history shows in the dialog the next time
    view.editor.actions["editYouth"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    history = dialog.findChild(type(view.header.facts), "enrolmentHistory")
    assert history.text() == (
        "25-08-2025 – 01-11-2026: Da Costa College\n02-11-2026 – nu: Johan de Witt MBO"
    )


def test_void_a_contact_from_the_timeline(
    qtbot, qtmodeltester, vault: Vault, work: Casework, view: CaseView
) -> None:
    table = select_row(view, "timeline", work.contact_id)
    view.editor.actions["voidEntry"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert "ongeldig maken" in dialog.intro.text()
    assert refused(qtbot, dialog) == ["De reden is verplicht."]
    with vault.session() as s:
        assert s.get_one(Contact, work.contact_id).voided_on is None  # nothing changed
    dialog.reason.setPlainText("Bij het verkeerde dossier gezet.")
    reloaded(qtbot, view, dialog)
    model = view.models["timeline"]
    (row,) = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(model.IdRole) == f"contact:{work.contact_id}"
    ]
    assert all(model.index(row, c).data(Qt.ItemDataRole.FontRole).strikeOut() for c in range(4))
    assert model.index(row, 3).data().startswith("ONGELDIG: Bij het verkeerde dossier gezet.")
    others = [r for r in range(model.rowCount()) if r != row]
    assert all(model.index(r, 0).data(Qt.ItemDataRole.FontRole) is None for r in others)
    qtmodeltester.check(model)
    contacts = view.models["contacts"]
    assert contacts.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    with vault.session() as s:
        contact = s.get_one(Contact, work.contact_id)
        assert (contact.voided_on, contact.void_reason) == (
            TODAY,
            "Bij het verkeerde dossier gezet.",
        )
        details = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.record_id == work.contact_id)
        ).all()
    assert "void_contact: void_reason, voided_by_id, voided_on" in details
    assert table.isVisible()


def test_edit_a_report_with_f2_and_the_case_with_its_problems(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    table = select_row(view, "reports", work.report_id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert dialog.windowTitle() == "Melding bewerken"
    assert dialog.fields.hours.value() == 18.0
    dialog.fields.hours.setValue(21.5)
    reloaded(qtbot, view, dialog)
    with vault.session() as s:
        report = s.get_one(Report, work.report_id)
        assert (report.hours_absent, report.school_id) == (21.5, work.old_school)  # school kept
    view.editor.actions["editCase"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    dialog.problems["bullying"].setChecked(True)
    dialog.problems["sleep_gaming"].setChecked(True)
    dialog.text.setPlainText("Gamet tot diep in de nacht.")
    reloaded(qtbot, view, dialog)
    with vault.session() as s:
        case = s.get_one(Case, work.case_id)
        assert (case.problem_codes, case.underlying_problems) == (
            "bullying,sleep_gaming",
            "Gamet tot diep in de nacht.",
        )
    assert (
        "Onderliggende problemen: Pesten, Slaapproblemen / gamen — Gamet tot diep in de nacht."
        in view.header.facts.text()
    )


def test_remove_a_guardian_keeps_the_row_as_a_tombstone(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    select_row(view, "people", work.mother_id)
    view.editor.actions["removeGuardian"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert "Anouk Visser verwijderen" in dialog.intro.text()
    reloaded(qtbot, view, dialog)
    assert view.models["people"].rowCount() == 1
    with vault.session() as s:
        assert s.get_one(Guardian, work.mother_id).deleted


def test_record_and_correct_an_earlier_school_on_the_schools_tab(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    schools = view.models["enrolments"]
    assert [schools.index(0, c).data() for c in range(3)] == [
        "25-08-2025",
        "nu",
        "Da Costa College",
    ]
    view.editor.actions["addEnrolment"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    assert dialog.windowTitle() == "Inschrijving toevoegen"
    dialog.school.set_code(work.new_school)
    dialog.starts_on.setText("26-08-2024")
    dialog.ends_on.setText("01-09-2025")  # overlaps Da Costa from 25-08-2025
    assert refused(qtbot, dialog) == [
        "De inschrijving overlapt met die bij Da Costa College (vanaf 25-08-2025)."
    ]
    dialog.ends_on.setText("11-07-2025")
    reloaded(qtbot, view, dialog)
    assert [schools.index(r, 2).data() for r in range(schools.rowCount())] == [
        "Johan de Witt MBO",
        "Da Costa College",
    ]
    (earlier_id,) = [e.id for e in view.detail.enrolments if e.school == "Johan de Witt MBO"]
    select_row(view, "enrolments", earlier_id)
    view.editor.actions["editSelected"].trigger()
    dialog = wait_loaded(qtbot, view.editor.dialog)  # forms read on the worker
    dialog.remove.setChecked(True)
    reloaded(qtbot, view, dialog)
    assert schools.rowCount() == 1
    with vault.session() as s:
        rows = s.scalars(select(Enrolment).order_by(Enrolment.starts_on)).all()
        assert [(e.school_id, e.deleted) for e in rows] == [
            (work.new_school, True),
            (work.old_school, False),
        ]
        assert s.get_one(Youth, work.youth_id).school_id == work.old_school


def test_a_voided_letter_is_struck_through_on_the_letters_tab(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    from lvs_desktop.services import corrections
    from lvs_desktop.ui.letters.case_tab import CaseLettersTab

    (letter_id,) = letters.create_letters(vault, work.case_id, INVITATION).ids("letter")
    corrections.void_record(vault, "letter", letter_id, "Verkeerde afspraak.", today=TODAY)
    tab = CaseLettersTab(view.context, work.case_id)
    qtbot.addWidget(tab)
    if not tab.rows:
        with qtbot.waitSignal(tab.refreshed, timeout=20_000):
            tab.refresh()
    model = tab.model
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 4).data() == "ONGELDIG: Verkeerde afspraak."


def test_the_shortcuts_open_the_dialogs_wherever_the_focus_is(
    qtbot, work: Casework, view: CaseView
) -> None:
    view.header.setFocus()
    for key, title in (
        (Qt.Key.Key_Y, "Jeugdige bewerken"),
        (Qt.Key.Key_G, "Ouder of verzorger toevoegen"),
        (Qt.Key.Key_U, "Dossier bewerken"),
        (Qt.Key.Key_J, "Inschrijving toevoegen"),
    ):
        qtbot.keyClick(
            view.header,
            key,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        dialog = view.editor.dialog
        assert dialog is not None and dialog.windowTitle() == title
        dialog.reject()


def test_the_schools_tab_says_how_to_fill_it_when_no_school_is_known(
    qtbot, vault: Vault, work: Casework, view: CaseView
) -> None:
    from lvs_desktop.services import people
    from lvs_desktop.services.record_forms import youth_input

    data = youth_input(vault, work.youth_id)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.context.report_change(
            people.update_youth(
                vault, work.youth_id, replace(data, school_id=None, enrolled_on=date(2026, 11, 2))
            )
        )
    table = view.findChild(QTableView, "tab_enrolments")
    view.tabs.setCurrentWidget(table)
    # the history keeps the old school until 01-11-2026; none today: the header says so
    assert "School: onbekend" in view.header.facts.text()
    assert view.models["enrolments"].rowCount() == 1
    from PySide6.QtWidgets import QLabel

    hint = table.findChild(QLabel, "emptyHint")
    assert hint.text() == (
        "Geen school bekend. Leg een inschrijving vast met Inschrijving toevoegen "
        "(Ctrl+Shift+J), of kies de school met Jeugdige bewerken (Ctrl+Shift+Y)."
    )
