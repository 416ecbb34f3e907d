"""The region's own registers beside people and places: partners, coverage, region settings.

All three are synced: the team lead keeps them and they travel in the region bundle.

* `Partner`: an organisation the team works with (jeugdhulp, wijkteam, Halt, OM, …); its
  `kind` is a code of the reference list "partner_kind".
* `Coverage`: one municipality or one school a consultant covers (the team roster).
* `RegionSetting`: a setting the whole region shares (letterhead, deadline terms, region
  name, …). Its id is derived from its key (`region_setting_id`), so the same setting made on
  two laptops is one row that merges, never two rows that both claim the key.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, Synced
from lvs_desktop.models.people import AddressMixin

# uuid5 namespace for region-setting ids (a fixed, random UUID; never change it).
REGION_SETTING_NAMESPACE = uuid.UUID("5b0d7c1e-3f0a-4c55-9a7e-2d41e6f0b9a3")

# The vault settings that belong to the region and travel with it; the rest stay local.
REGION_SETTING_KEYS = frozenset(
    {
        "region_name",
        "letterhead",
        "deadline_terms",
        "report_suppression_threshold",
        "vo_mbo_deadline",  # the VO→MBO transfer date (register lists, issue 12/13)
        "pv_article_pupil_kwalificatieplicht",  # the region's confirmed PV wording (issue 11)
    }
)


def region_setting_id(key: str) -> str:
    """The one id a region setting has in every vault."""
    return str(uuid.uuid5(REGION_SETTING_NAMESPACE, key))


class Partner(AddressMixin, Synced, Base):
    """A partner organisation (ketenpartner). `archived`: hidden from pick lists."""

    __tablename__ = "partner"

    kind: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(160))
    contact_name: Mapped[str | None] = mapped_column(String(120), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)
    notes: Mapped[str | None] = mapped_column(String(500), default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Coverage(Synced, Base):
    """A consultant covers one municipality or one school (exactly one of the two is set).
    Removing it from the roster sets the tombstone (`deleted`)."""

    __tablename__ = "coverage"

    consultant_id: Mapped[str] = mapped_column(ForeignKey("consultant.id"), index=True)
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), default=None)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)


class RegionSetting(Synced, Base):
    """A region-wide setting under a key (see `REGION_SETTING_KEYS`). `value` is JSON *text*:
    a bundle carries scalar columns only, and the value may be an object (the letterhead)."""

    __tablename__ = "region_setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text, default="null")

    def get(self) -> Any:
        return json.loads(self.value)

    def put(self, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if text != self.value:
            self.value = text
