"""Checks on input before a service saves it: every problem in one Dutch message."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from lvs_desktop.models import ReferenceCode, UserError
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.identifiers import normalise_bsn, normalise_postcode


class InvalidInput(UserError):
    """One or more fields are wrong; `problems` lists them, the message joins them."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


class Checker:
    """Collects problems; `done()` raises them all at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def required(self, value: Any, label: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problems.append(f"{label} is verplicht.")

    def bsn(self, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        try:
            return normalise_bsn(value)
        except RuleError as exc:
            self.problems.append(exc.message_nl)
            return None

    def postcode(self, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        try:
            return normalise_postcode(value)
        except RuleError as exc:
            self.problems.append(exc.message_nl)
            return None

    def not_after(self, first: date | None, second: date | None, message: str) -> None:
        if first and second and first > second:
            self.problems.append(message)

    def not_future(self, value: date | None, today: date, label: str) -> None:
        if value and value > today:
            self.problems.append(f"{label} ligt in de toekomst.")

    def code(self, session: Session, category: str, value: str | None, label: str) -> None:
        if value is None:
            return
        row = session.get(ReferenceCode, (category, value))
        if row is None or not row.active:
            self.problems.append(f"{label}: onbekende waarde '{value}'.")

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            self.problems.append(message)

    def done(self) -> None:
        if self.problems:
            raise InvalidInput(self.problems)


def get_live(session: Session, model: type[Any], record_id: str, label: str) -> Any:
    """The live (not deleted) row, or a clear error naming what was not found."""
    row = session.get(model, record_id)
    if row is None or getattr(row, "deleted", False):
        raise UserError(f"{label} niet gevonden.")
    return row
