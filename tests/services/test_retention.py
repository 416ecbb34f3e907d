"""Retention: only closed files past their term are flagged, and purging removes all of it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Case, Contact, Guardian, Report, UserError, Youth
from lvs_desktop.services import cases, contacts, retention
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth


def test_flag_and_purge_a_leerplicht_file_past_its_term(vault: Vault) -> None:
    old = make_youth(vault, age=22, surname="Kroonema", bsn=None)
    young = make_youth(vault, age=10, surname="Veenstra", bsn="111222333")
    make_guardian(vault, old)
    for youth in (old, young):
        case_id = make_case(
            vault, youth, opened_on=date(2016, 3, 1) if youth == old else TODAY - timedelta(days=30)
        )
        contacts.log_contact(
            vault,
            case_id,
            contacts.ContactInput(
                occurred_at=datetime(2026, 11, 1, 10), mode="phone", summary="Gebeld."
            ),
        )
        cases.close_case(
            vault, case_id, TODAY - timedelta(days=1), "back_to_school", "seen", today=TODAY
        )
    # The 22-year-old's leerplicht file is kept until 21 years after birth: past it now.
    flagged = retention.past_retention(vault, TODAY)
    assert [p.youth_id for p in flagged] == [old]
    with pytest.raises(UserError):
        retention.purge(vault, [young], TODAY)
    retention.purge(vault, [old], TODAY)
    with vault.session() as s:
        assert s.get(Youth, old) is None and s.get(Youth, young) is not None
        assert s.scalar(select(func.count()).select_from(Case)) == 1
        assert s.scalar(select(func.count()).select_from(Report)) == 1
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
        assert s.scalar(select(func.count()).select_from(Guardian)) == 0
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "purge", AuditEvent.record_id == old)
            )
            == 1
        )


def test_open_case_is_never_flagged(vault: Vault) -> None:
    youth = make_youth(vault, age=23, bsn=None)
    make_case(vault, youth, opened_on=date(2015, 1, 5))
    assert retention.past_retention(vault, TODAY) == []
    retention.set_terms(vault, retention.RetentionTerms(leerplicht_years_after_birth=19))
    assert retention.get_terms(vault).leerplicht_years_after_birth == 19
