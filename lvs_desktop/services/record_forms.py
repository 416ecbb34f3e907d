"""What an edit form starts from: a record's current values as the input its service takes.

Each reader returns the same dataclass the update service accepts, so a form shows the
record, the user changes fields, and the service sees (and audits) only what changed.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select

from lvs_desktop.models import Case, Consultant, Contact, Guardian, Report, Youth
from lvs_desktop.services.cases import CaseEdit, ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.people import GuardianInput, YouthInput
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault


def _copy(cls: type[Any], row: Any, skip: tuple[str, ...] = ()) -> Any:
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls) if f.name not in skip})


def youth_input(vault: Vault, youth_id: str) -> YouthInput:
    with vault.session() as s:
        return _copy(YouthInput, get_live(s, Youth, youth_id, "Jeugdige"))


def guardian_input(vault: Vault, guardian_id: str) -> GuardianInput:
    with vault.session() as s:
        return _copy(GuardianInput, get_live(s, Guardian, guardian_id, "Ouder of verzorger"))


def report_input(vault: Vault, report_id: str) -> ReportInput:
    with vault.session() as s:
        return _copy(ReportInput, get_live(s, Report, report_id, "Melding"))


def contact_input(vault: Vault, contact_id: str) -> ContactInput:
    with vault.session() as s:
        return _copy(ContactInput, get_live(s, Contact, contact_id, "Contact"), ("agreements",))


def case_edit(vault: Vault, case_id: str) -> CaseEdit:
    with vault.session() as s:
        case = get_live(s, Case, case_id, "Dossier")
        codes = tuple(c for c in (case.problem_codes or "").split(",") if c)
        return CaseEdit(case.kind, case.consultant_id, case.underlying_problems, codes)


def consultant_choices(vault: Vault, keep: str | None = None) -> list[Choice]:
    """Active consultants by name; `keep` (the case's own consultant) stays even if archived."""
    with vault.session() as s:
        rows = s.execute(
            select(Consultant.id, Consultant.name)
            .where(~Consultant.deleted, Consultant.active | (Consultant.id == (keep or "")))
            .order_by(Consultant.name)
        ).all()
        return [Choice(i, n) for i, n in rows]


def youth_id_of_case(vault: Vault, case_id: str) -> str:
    with vault.session() as s:
        return str(get_live(s, Case, case_id, "Dossier").youth_id)
