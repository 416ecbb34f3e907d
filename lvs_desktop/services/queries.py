"""Read models for the consultant's desk: one case in full, choice lists for forms and filters.

Plain frozen dataclasses out (no ORM objects, no Qt); codes come with their Dutch labels from
the reference lists, and derived facts (age, leerplicht status, deadlines) from the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Consultant,
    Municipality,
    School,
)
from lvs_desktop.services.caseload import (
    labels,
)
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

CATEGORIES = (
    "case_kind",
    "case_status",
    "report_type",
    "contact_mode",
    "contact_kind",
    "mas_route",
    "exemption_article",
    "exemption_outcome",
    "enforcement_kind",
    "enforcement_outcome",
    "closing_reason",
    "closing_note",
    "letter_kind",
    "task_status",
    "om_decision",
    "court_outcome",
    "outcome_halt",
    "outcome_rvdk_request",
    "outcome_svb_report",
    "outcome_warning",
    "outcome_fine",
    "guardian_relation",
    "underlying_problem",
)


@dataclass(frozen=True)
class Choice:
    """A value a form or filter offers: a code (or id) and its Dutch label."""

    code: str
    label: str


def choices(vault: Vault, category: str) -> list[Choice]:
    """The active entries of one reference list, in order."""
    with vault.session() as s:
        return [Choice(code, label) for code, label in labels(s, category).items()]


def all_labels(vault: Vault) -> dict[str, dict[str, str]]:
    """Code → label for every list the desk shows, in one session."""
    with vault.session() as s:
        return {c: labels(s, c) for c in (*CATEGORIES, "school_type", "absence_kind")}


def _named(
    session: Session, model: type[School] | type[Municipality], keep: str | None = None
) -> list[Choice]:
    """Live, not archived rows by name; `keep` (the value a form shows now) stays in the
    list even when archived, so an old case still shows its school."""
    live = ~model.deleted & (~model.archived | (model.id == (keep or "")))
    rows = session.execute(select(model.id, model.name).where(live).order_by(model.name)).all()
    return [Choice(i, n) for i, n in rows]


def schools(vault: Vault, keep: str | None = None) -> list[Choice]:
    with vault.session() as s:
        return _named(s, School, keep)


def municipalities(vault: Vault, keep: str | None = None) -> list[Choice]:
    with vault.session() as s:
        return _named(s, Municipality, keep)


def guardians_of_case(vault: Vault, case_id: str) -> list[Choice]:
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        return [Choice(g.id, g.full_name) for g in case.youth.guardians if not g.deleted]


def owner_name(vault: Vault) -> str:
    with vault.session() as s:
        owner = s.get(Consultant, vault.owner_id or "")
        return owner.name if owner else ""
