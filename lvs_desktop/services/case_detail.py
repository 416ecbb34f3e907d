"""The case view's read model: header, deadlines, every tab's rows and the timeline, as plain
dataclasses (`case_rows`), read part by part (`case_parts`).

`case_detail` reads a whole case; `refresh_detail` re-reads only the parts a change can
alter and keeps the rest, so that the case view reloads what changed and nothing more.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select

from lvs_desktop.models import Enrolment, Guardian
from lvs_desktop.services.case_parts import PARTS, parts_touched, read_parts
from lvs_desktop.services.case_rows import (
    CaseDetail,
    CaseHeader,
    ContactRow,
    DeadlineRow,
    EnforcementRow,
    ExemptionRow,
    LetterRow,
    PersonRow,
    ReportRow,
    RouteRow,
    TaskRow,
    TimelineEntry,
)
from lvs_desktop.services.case_timeline import build_timeline
from lvs_desktop.services.caseload import cases_touched
from lvs_desktop.services.uow import ChangeSummary
from lvs_desktop.store import Vault

__all__ = [
    "PARTS",
    "CaseDetail",
    "CaseHeader",
    "ContactRow",
    "DeadlineRow",
    "EnforcementRow",
    "ExemptionRow",
    "LetterRow",
    "PersonRow",
    "ReportRow",
    "RouteRow",
    "TaskRow",
    "TimelineEntry",
    "case_detail",
    "parts_to_reload",
    "parts_touched",
    "refresh_detail",
]


def case_detail(vault: Vault, case_id: str, today: date | None = None) -> CaseDetail:
    """Everything the case view shows, read in one session."""
    return _assemble(read_parts(vault, case_id, PARTS, today or date.today()), None)


def refresh_detail(
    vault: Vault, old: CaseDetail, parts: Collection[str], today: date | None = None
) -> CaseDetail:
    """`old` with the given parts read again; the timeline is rebuilt from all of them."""
    fresh = read_parts(vault, old.header.case_id, parts, today or date.today())
    return _assemble(fresh, old)


def parts_to_reload(
    vault: Vault, detail: CaseDetail, summary: ChangeSummary
) -> frozenset[str]:
    """The parts of the shown case that a saved change can have altered; none when the change
    concerns another case (a read of the touched rows' cases, for rows created just now)."""
    if summary.everything:
        return frozenset(PARTS)
    changed = summary.created + summary.updated
    parts = parts_touched(table for table, _ in changed)
    if not parts:
        return parts
    header = detail.header
    if header.case_id in cases_touched(vault, changed):
        return parts
    people = {p.id for p in detail.people} | {e.id for e in detail.enrolments}
    if any(row_id in people for _, row_id in changed):
        return parts
    with vault.session() as s:
        for model in (Guardian, Enrolment):
            ids = [i for t, i in changed if t == model.__tablename__]
            found = ids and s.scalar(
                select(model.id).where(model.id.in_(ids), model.youth_id == header.youth_id)
            )
            if found:
                return parts
    return frozenset()


def _assemble(fresh: dict[str, object], old: CaseDetail | None) -> CaseDetail:
    parts = {p: getattr(old, p) for p in PARTS} if old is not None else {}
    parts.update(fresh)
    timeline = build_timeline(
        parts["header"],  # type: ignore[arg-type]
        parts["reports"],  # type: ignore[arg-type]
        parts["contacts"],  # type: ignore[arg-type]
        parts["tasks"],  # type: ignore[arg-type]
        parts["routes"],  # type: ignore[arg-type]
        parts["exemptions"],  # type: ignore[arg-type]
        parts["enforcements"],  # type: ignore[arg-type]
        parts["letters"],  # type: ignore[arg-type]
    )
    return CaseDetail(timeline=timeline, **parts)  # type: ignore[arg-type]
