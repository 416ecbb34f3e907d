"""The item models pass Qt's model tester; the caseload model filters and searches without
reloading (no proxy: it shows the rows that pass)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.queries import all_labels
from lvs_desktop.ui.caseload_model import DUE_COLUMN, CaseloadModel, Criteria
from lvs_desktop.ui.widgets import OVERDUE, RowsModel
from tests.conftest import DEMO_TODAY


def _caseload(demo_vault):
    model = CaseloadModel(all_labels(demo_vault), DEMO_TODAY)
    model.set_rows(list_cases(demo_vault, CaseloadFilter(open_only=False)))
    return model


def test_caseload_models_pass_the_model_tester(qtmodeltester, demo_vault):
    model = _caseload(demo_vault)
    assert model.rowCount() == model.total() == 50
    qtmodeltester.check(model)
    model.set_criteria(Criteria(status="in_behandeling"))
    qtmodeltester.check(model)
    # the tester stays attached: every change below is checked as it signals
    model.set_criteria(Criteria(status="in_behandeling", text="a"))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    first, *rest = model.rows
    model.upsert_rows({first.case_id, rest[0].case_id}, [first])  # one changed, one gone
    assert model.total() == 49
    model.append_rows([rest[0]])
    model.sort_newest_first()
    model.set_criteria(Criteria())
    assert model.rowCount() == model.total() == 50


def test_search_and_filters_narrow_in_the_model(demo_vault):
    model = _caseload(demo_vault)
    row = model.rows[0]
    surname = row.youth_name.split(",")[0]
    model.set_criteria(Criteria(text=surname[:2]))
    wide = model.rowCount()
    model.set_criteria(Criteria(text=surname))  # one more keystroke narrows
    assert 1 <= model.rowCount() <= wide
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert all(surname.lower() in n.lower() for n in names)
    model.set_criteria(Criteria(text=row.bsn or ""))
    assert model.case_id(0) is not None
    assert row.case_id in {model.case_id(r) for r in range(model.rowCount())}
    model.set_criteria(Criteria(status="afgesloten"))
    statuses = {model.index(r, 6).data() for r in range(model.rowCount())}
    assert statuses == {"Afgesloten"}
    model.set_criteria(Criteria(overdue_only=True, status="in_behandeling"))
    assert model.rowCount() == sum(
        1 for r in model.rows if r.status == "in_behandeling" and r.overdue(DEMO_TODAY)
    )
    model.set_criteria(Criteria())
    assert model.rowCount() == model.total()


def test_overdue_deadline_is_red_and_sorting_keeps_rows(demo_vault):
    model = _caseload(demo_vault)
    late = next(i for i, r in enumerate(model.rows) if r.overdue(DEMO_TODAY))
    brush = model.index(late, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by age
    ages = [int(model.index(r, 2).data()) for r in range(model.rowCount())]
    assert ages == sorted(ages) and len(ages) == 50
    model.sort(1, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 1).data().lower() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)


def test_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel(["Datum", "Wat"])
    model.set_rows([("01-01-2026", "a"), ("02-01-2026", "b")], ["x", "y"], [True, False])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(RowsModel.IdRole) == "x"
