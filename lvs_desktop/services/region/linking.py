"""One municipality per CBS code, one school per BRIN + vestiging, after an import.

A consultant who set up her laptop before the team's region bundle arrived holds her own
rows for Dordrecht and for her schools; the bundle brings the team's. Like two youths with
one BSN (`sync.linking`), such twins are linked: every vault keeps the row with the smallest
id (the same choice everywhere, so all replicas converge), points every reference at it (in
any synced table: youths, cases, reports, schools, coverage, …), fills the survivor's empty
fields from its twins, and gives the twins their tombstone. All of it is ordinary changes
through the unit of work (audited, stamped), so the links travel like any edit.

Every vault ends with one live row per CBS code (and per location). Which id that row has is
the same on two vaults once a row has travelled between them: a consultant's bundle carries
the municipalities and schools her cases name, so those converge at the team at once; a twin
nothing refers to may keep another id in the other vault until a reference to it travels.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lvs_desktop.models import Municipality, School
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.sync.rows import sync_tables


def _twins(session: Session, model: Any, key: Any) -> list[list[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in session.scalars(select(model).where(~model.deleted)):
        k = key(row)
        if k is not None:
            groups[k].append(row)
    return [sorted(rows, key=lambda r: r.id) for rows in groups.values() if len(rows) > 1]


def _link(session: Session, model: Any, rows: list[Any]) -> int:
    keep, others = rows[0], rows[1:]
    target = model.__tablename__
    gone = {r.id for r in others}
    for name in model.data_fields():
        if getattr(keep, name) is None:
            value = next((getattr(r, name) for r in others if getattr(r, name) is not None), None)
            if value is not None:
                setattr(keep, name, value)
    moved = 0
    for table in sync_tables():
        for column in table.references_to(target):
            col = getattr(table.model, column)
            for row in session.scalars(select(table.model).where(col.in_(gone))):
                setattr(row, column, keep.id)
                moved += 1
    for r in others:
        r.deleted = True
    return moved


def has_twins(session: Session) -> bool:
    """A quick look (two grouped counts) before any row is loaded."""
    m = select(Municipality.cbs_code).where(
        ~Municipality.deleted, Municipality.cbs_code.is_not(None)
    )
    s = select(School.brin, func.coalesce(School.vestiging, "00")).where(
        ~School.deleted, School.brin.is_not(None)
    )
    for query in (m, s):
        grouped = query.group_by(*query.selected_columns).having(func.count() > 1).limit(1)
        if session.execute(grouped).first() is not None:
            return True
    return False


def link_register_twins(vault: Vault) -> ChangeSummary:
    """Link municipalities with one CBS code and schools with one BRIN + vestiging."""
    with vault.session() as session:
        if not has_twins(session):
            return ChangeSummary(message="Geen dubbele gemeenten of scholen.")
    with UnitOfWork(vault, "link_register_twins") as uow:
        s = uow.session
        linked = 0
        for rows in _twins(s, Municipality, lambda m: m.cbs_code or None):
            _link(s, Municipality, rows)
            linked += len(rows) - 1
        s.flush()
        for rows in _twins(s, School, lambda x: (x.brin, x.vestiging or "00") if x.brin else None):
            _link(s, School, rows)
            linked += len(rows) - 1
        return uow.commit(f"{linked} dubbele gemeente(n) of school(en) samengevoegd.")
