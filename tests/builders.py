"""Builders for test data: `make_youth(vault, age=13)` rather than copied dictionaries.

They go through the services, so what they make is what a user would have made.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.engine import Connection

from lvs_desktop.services import cases, people
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.store import Vault

TODAY = date(2026, 11, 28)


def make_youth(
    vault: Vault,
    age: int = 13,
    *,
    today: date = TODAY,
    surname: str = "Zandkamp",
    given_names: str = "Daan",
    bsn: str | None = "111222333",
    gender: str = "m",
    **fields: object,
) -> str:
    """A youth of `age` on `today` (born 40 days after the birthday), returning the id."""
    born = today.replace(year=today.year - age) - timedelta(days=40)
    data = people.YouthInput(
        given_names=given_names,
        surname=surname,
        birth_date=fields.pop("birth_date", born),  # type: ignore[arg-type]
        gender=gender,
        bsn=bsn,
        street="Voorbeeldstraat",
        house_number="12",
        postcode="3311 AB",
        city="Dordrecht",
        **fields,  # type: ignore[arg-type]
    )
    return people.create_youth(vault, data, today=today).first("youth")


def make_guardian(vault: Vault, youth_id: str, **fields: object) -> str:
    data = people.GuardianInput(
        surname=str(fields.pop("surname", "Zandkamp")),
        given_names=str(fields.pop("given_names", "Linda")),
        gender=str(fields.pop("gender", "v")),
        street=str(fields.pop("street", "Voorbeeldstraat")),
        house_number=str(fields.pop("house_number", "12")),
        postcode=str(fields.pop("postcode", "3311 AB")),
        city=str(fields.pop("city", "Dordrecht")),
        **fields,  # type: ignore[arg-type]
    )
    return people.add_guardian(vault, youth_id, data).first("guardian")


def make_case(
    vault: Vault,
    youth_id: str,
    *,
    kind: str = "relative_absence",
    opened_on: date = TODAY - timedelta(days=30),
    hours: float = 24.0,
    report_type: str = "16_hours",
    with_report: bool = True,
) -> str:
    report = (
        ReportInput(
            report_type=report_type,
            received_on=opened_on,
            period_start=opened_on - timedelta(days=28),
            period_end=opened_on - timedelta(days=1),
            hours_absent=hours,
        )
        if with_report
        else None
    )
    summary = cases.open_case(vault, youth_id, kind, opened_on, report=report, today=TODAY)
    return summary.first("case_file")


@contextmanager
def old_vault(path: Path, passphrase: str, revision: str) -> Iterator[Connection]:
    """A vault file made the way schema `revision` made it; the block fills it in one
    transaction, and the file is closed afterwards, ready for `Vault.open` to upgrade."""
    import sqlcipher3.dbapi2 as sqlcipher

    from lvs_desktop.store import migrate
    from lvs_desktop.store.connection import TEST_KDF_ENV, connect, key_literal
    from lvs_desktop.store.vault import _engine_for

    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = {key_literal(passphrase)}")
    conn.execute(f"PRAGMA kdf_iter = {int(os.environ[TEST_KDF_ENV])}")
    conn.close()
    raw = connect(path, passphrase, create=True)
    engine = _engine_for(raw)
    try:
        with engine.begin() as c:
            migrate.upgrade(c, revision)
            yield c
        with engine.connect() as c:
            assert migrate.current_revision(c) == revision
    finally:
        engine.dispose()
        raw.close()
