"""The item models pass Qt's model tester; the proxy filters and searches without reloading."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.queries import all_labels
from lvs_desktop.ui.caseload_model import DUE_COLUMN, CaseloadModel, CaseloadProxy, Criteria
from lvs_desktop.ui.widgets import OVERDUE, RowsModel
from tests.conftest import DEMO_TODAY


def _caseload(demo_vault):
    model = CaseloadModel(all_labels(demo_vault), DEMO_TODAY)
    model.set_rows(list_cases(demo_vault, CaseloadFilter(open_only=False)))
    proxy = CaseloadProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_caseload_models_pass_the_model_tester(qtmodeltester, demo_vault):
    model, proxy = _caseload(demo_vault)
    assert model.rowCount() == 50
    qtmodeltester.check(model)
    proxy.set_criteria(Criteria(status="in_behandeling"))
    qtmodeltester.check(proxy)
    # the testers stay attached: every change below is checked as it signals
    proxy.set_criteria(Criteria(status="in_behandeling", text="a"))
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    first, *rest = model.rows
    model.upsert_rows({first.case_id, rest[0].case_id}, [first])  # one changed, one gone
    assert model.rowCount() == 49
    model.append_rows([rest[0]])
    model.sort_newest_first()
    proxy.set_criteria(Criteria())
    assert proxy.rowCount() == model.rowCount() == 50


def test_search_and_filters_narrow_in_the_proxy(demo_vault):
    model, proxy = _caseload(demo_vault)
    row = model.rows[0]
    surname = row.youth_name.split(",")[0]
    proxy.set_criteria(Criteria(text=surname[:2]))
    wide = proxy.rowCount()
    proxy.set_criteria(Criteria(text=surname))  # one more keystroke narrows
    assert 1 <= proxy.rowCount() <= wide
    names = {proxy.index(r, 1).data() for r in range(proxy.rowCount())}
    assert all(surname.lower() in n.lower() for n in names)
    proxy.set_criteria(Criteria(text=row.bsn or ""))
    assert proxy.case_id(0) is not None
    assert row.case_id in {proxy.case_id(r) for r in range(proxy.rowCount())}
    proxy.set_criteria(Criteria(status="afgesloten"))
    statuses = {proxy.index(r, 6).data() for r in range(proxy.rowCount())}
    assert statuses == {"Afgesloten"}
    proxy.set_criteria(Criteria(overdue_only=True, status="in_behandeling"))
    assert proxy.rowCount() == sum(
        1 for r in model.rows if r.status == "in_behandeling" and r.overdue(DEMO_TODAY)
    )
    proxy.set_criteria(Criteria())
    assert proxy.rowCount() == model.rowCount()


def test_overdue_deadline_is_red_and_sorting_keeps_rows(demo_vault):
    model, proxy = _caseload(demo_vault)
    late = next(i for i, r in enumerate(model.rows) if r.overdue(DEMO_TODAY))
    brush = model.index(late, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # by age
    ages = [int(proxy.index(r, 2).data()) for r in range(proxy.rowCount())]
    assert ages == sorted(ages) and len(ages) == 50
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    names = [proxy.index(r, 1).data().lower() for r in range(proxy.rowCount())]
    assert names == sorted(names, reverse=True)


def test_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel(["Datum", "Wat"])
    model.set_rows([("01-01-2026", "a"), ("02-01-2026", "b")], ["x", "y"], [True, False])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(RowsModel.IdRole) == "x"
