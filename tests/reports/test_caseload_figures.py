"""The caseload facts on a vault of their own: cases past a deadline on 31 July, and the
median days from the first report to the first contact."""

from __future__ import annotations

from datetime import date, datetime, time

from lvs_desktop.services import cases, contacts
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.store import Vault
from tests.builders import make_youth

AS_OF = date(2026, 11, 28)


def _case(vault: Vault, received: date) -> str:
    youth = make_youth(vault, bsn=None, birth_date=date(2010, 1, 1))
    report = ReportInput("16_hours", received)
    return cases.open_case(
        vault, youth, "relative_absence", received, report=report, today=AS_OF
    ).first("case_file")


def _contact(vault: Vault, case_id: str, on: date, kind: str = "conversation") -> None:
    data = ContactInput(datetime.combine(on, time(11)), "phone", kind=kind, summary="Gesprek.")
    contacts.log_contact(vault, case_id, data)


def test_past_deadline_and_days_to_contact(vault: Vault) -> None:
    a = _case(vault, date(2021, 9, 1))
    _contact(vault, a, date(2021, 9, 3))  # 2 days
    b = _case(vault, date(2021, 10, 1))
    _contact(vault, b, date(2021, 9, 28), kind="invitation")  # an invitation is no contact
    _contact(vault, b, date(2021, 10, 5))  # 4 days
    c = _case(vault, date(2021, 11, 1))
    _contact(vault, c, date(2021, 11, 11))  # 10 days
    contacts.add_task(vault, c, "Terugkoppeling school", date(2022, 7, 1))  # overdue on 31 July
    d = _case(vault, date(2022, 7, 1))  # no contact: 10 working days ran out on 15 July
    done = _case(vault, date(2022, 6, 1))
    _contact(vault, done, date(2022, 6, 2))
    task = contacts.add_task(vault, done, "Gesprek", date(2022, 6, 15)).first("task")
    contacts.complete_task(vault, task, date(2022, 6, 20))  # late, but done by 31 July
    cases.close_case(vault, a, date(2022, 1, 1), "back_to_school", "seen", today=AS_OF)
    assert d

    report = report_from(compute_figures(vault, "2021-2022", as_of=AS_OF), "2021-2022")
    i = report.years.index("2021-2022")
    late = {r.label: r.values[i] for r in report.table("past_deadline").rows}
    assert late == {
        "Dossiers met een verlopen termijn": 2,
        "waarvan taak over de datum": 1,
        "waarvan eerste contact te laat": 1,
    }
    contact = {r.label: r.values[i] for r in report.table("days_to_contact").rows}
    assert contact["Dossiers met contact"] == 4  # a, b, c and done
    assert contact["Dossiers nog zonder contact"] == 1
    assert contact["Mediaan aantal dagen tot eerste contact"] == 3.0  # of 2, 4, 10 and 1
    open_cases = {r.label: r.values[i] for r in report.table("open_per_consultant").rows}
    assert open_cases == {"Jet de Vries": 4, "Totaal": 4}
