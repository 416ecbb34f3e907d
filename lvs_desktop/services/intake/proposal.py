"""Who the roster proposes for new work: ONE rule for the intake inbox and the register lists.

The consultant who covers the school comes first; else whoever covers the municipality of
residence; else whoever covers the school's municipality. Among several who cover the same
school or municipality, the first by name. Only live, active people on the roster count.
The inbox proposes with it (the team lead confirms or picks another); the register lists'
"Dossier openen" assigns by it, and falls back to the vault's owner when nobody covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Consultant, Coverage, School


@dataclass(frozen=True)
class Roster:
    """The roster read once: school id → consultant id, municipality id → consultant id."""

    by_school: dict[str, str]
    by_municipality: dict[str, str]
    school_towns: dict[str, str]  # school id → the school's municipality id

    @classmethod
    def read(cls, session: Session) -> Roster:
        rows = session.execute(
            select(Coverage.school_id, Coverage.municipality_id, Consultant.id)
            .join(Consultant, Consultant.id == Coverage.consultant_id)
            .where(~Coverage.deleted, ~Consultant.deleted, Consultant.active)
            .order_by(Consultant.name.desc(), Consultant.id.desc())
        )
        by_school: dict[str, str] = {}
        by_muni: dict[str, str] = {}
        for school_id, muni_id, consultant_id in rows:  # last write wins: the first by name
            if school_id:
                by_school[school_id] = consultant_id
            if muni_id:
                by_muni[muni_id] = consultant_id
        towns = {
            sid: mid
            for sid, mid in session.execute(select(School.id, School.municipality_id))
            if mid
        }
        return cls(by_school, by_muni, towns)

    def propose(self, school_id: str | None, residence_id: str | None) -> str | None:
        """The proposed consultant's id: by school, then residence, then the school's town."""
        if school_id and school_id in self.by_school:
            return self.by_school[school_id]
        if residence_id and residence_id in self.by_municipality:
            return self.by_municipality[residence_id]
        town = self.school_towns.get(school_id or "")
        return self.by_municipality.get(town) if town else None
