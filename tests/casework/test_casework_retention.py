"""A youth's enrolment history goes with the rest of the file when it is purged."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from lvs_desktop.models import Enrolment, Youth
from lvs_desktop.services import cases, enrolments, retention
from lvs_desktop.services.enrolments import EnrolmentInput
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth
from tests.casework.casework_vault import add_schools


def test_purging_a_file_removes_its_enrolments(vault: Vault) -> None:
    old_school, new_school = add_schools(vault)
    old = make_youth(vault, age=22, surname="Kroonema", bsn=None, school_id=old_school)
    keep = make_youth(vault, age=10, surname="Veenstra", bsn="111222333", school_id=old_school)
    for youth in (old, keep):
        enrolments.add_enrolment(
            vault, youth, EnrolmentInput(new_school, date(2023, 8, 28), date(2024, 7, 12))
        )
        case_id = make_case(
            vault, youth, opened_on=date(2016, 3, 1) if youth == old else TODAY - timedelta(days=30)
        )
        cases.close_case(
            vault, case_id, TODAY - timedelta(days=1), "back_to_school", "seen", today=TODAY
        )
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 4
    retention.purge(vault, [old], TODAY)
    with vault.session() as s:
        assert s.get(Youth, old) is None
        left = s.scalars(select(Enrolment.youth_id)).all()
    assert left == [keep, keep]
