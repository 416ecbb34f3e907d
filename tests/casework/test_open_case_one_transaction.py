"""Opening a case for a new youth is one transaction (the window's new-case dialog and
`lvs-desktop case open`): the youth, the parent, the case and its first report land together,
and a refused case leaves no youth or parent behind (before, a refusal left the youth, and a
retry in the dialog had to remember it to avoid a twin)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import Case, Guardian, Report, UserError, Youth
from lvs_desktop.services.cases import ReportInput, open_case
from lvs_desktop.services.people import GuardianInput, YouthInput
from lvs_desktop.store import Vault

TODAY = date(2026, 11, 30)
YOUTH = YouthInput(given_names="Sanne", surname="Bakker", birth_date=date(2013, 4, 3))
PARENT = GuardianInput(surname="Bakker", has_authority=True)


def _count(vault: Vault, model: type) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_new_youth_its_parent_case_and_report_land_together(vault: Vault) -> None:
    report = ReportInput(report_type="16_hours", received_on=TODAY)
    summary = open_case(
        vault, None, "relative_absence", TODAY, today=TODAY, new_youth=YOUTH,
        guardian=PARENT, report=report,
    )  # fmt: skip
    created = {table for table, _ in summary.created}
    assert {"youth", "guardian", "case_file", "report"} <= created
    assert [_count(vault, m) for m in (Youth, Guardian, Case, Report)] == [1, 1, 1, 1]


def test_a_refused_case_leaves_no_youth_or_parent_behind(vault: Vault) -> None:
    future = ReportInput(report_type="16_hours", received_on=TODAY + timedelta(days=3))
    with pytest.raises(UserError):
        open_case(
            vault, None, "relative_absence", TODAY, today=TODAY, new_youth=YOUTH,
            guardian=PARENT, report=future,
        )  # fmt: skip
    assert [_count(vault, m) for m in (Youth, Guardian, Case, Report)] == [0, 0, 0, 0]
    # the retry makes one youth, not a twin
    open_case(vault, None, "relative_absence", TODAY, today=TODAY, new_youth=YOUTH)
    assert _count(vault, Youth) == 1
