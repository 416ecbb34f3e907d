"""The region as a whole: its name, its municipalities in one go, its shared settings.

Region settings (`models.region.REGION_SETTING_KEYS`: region name, letterhead, deadline
terms, suppression threshold) live in the synced `region_setting` table, so they travel in
the region bundle; `Vault.get_setting`/`set_setting` read and write them there, so the
letter and report services need not know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from lvs_desktop.models import Coverage, Municipality, Partner, School
from lvs_desktop.services.region.common import clean
from lvs_desktop.services.region.municipalities import add_municipalities
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker
from lvs_desktop.store import Vault
from lvs_desktop.store.vault import put_setting

REGION_NAME_KEY = "region_name"


@dataclass(frozen=True)
class RegionOverview:
    """What the region's registers hold (live rows; archived ones counted apart)."""

    name: str | None
    municipalities: int
    schools: int
    partners: int
    consultants: int
    coverage: int


def region_name(vault: Vault) -> str | None:
    return vault.get_setting(REGION_NAME_KEY)


def set_region_name(vault: Vault, name: str) -> ChangeSummary:
    c = Checker()
    c.required(name, "Naam van de regio")
    c.done()
    with UnitOfWork(vault, "set_region_name") as uow:
        put_setting(uow.session, REGION_NAME_KEY, clean(name))
        return uow.commit("Naam van de regio opgeslagen.")


def setup_region(vault: Vault, name: str | None, codes: Iterable[str]) -> ChangeSummary:
    """First run: the region's name (optional) and its municipalities by CBS code."""
    summary = add_municipalities(vault, codes)
    if name and name.strip():
        extra = set_region_name(vault, name)
        summary.created += extra.created
        summary.updated += extra.updated
    return summary


def overview(vault: Vault) -> RegionOverview:
    from lvs_desktop.models import Consultant

    name = region_name(vault)
    with vault.session() as s:

        def count(model: Any) -> int:
            query = select(func.count()).select_from(model).where(~model.deleted)
            if hasattr(model, "archived"):
                query = query.where(~model.archived)
            return int(s.scalar(query) or 0)

        consultants = int(
            s.scalar(
                select(func.count())
                .select_from(Consultant)
                .where(~Consultant.deleted, Consultant.active)
            )
            or 0
        )
        return RegionOverview(
            name,
            count(Municipality),
            count(School),
            count(Partner),
            consultants,
            count(Coverage),
        )
