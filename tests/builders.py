"""Builders for test data: `make_youth(vault, age=13)` rather than copied dictionaries.

They go through the services, so what they make is what a user would have made.
"""

from __future__ import annotations

from datetime import date, timedelta

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
