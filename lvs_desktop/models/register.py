"""The register (leerplichtadministratie, issue 12 items 4–5): residents and their enrolments.

Local to the vault that holds it (the team lead's or the administration's): these tables do
not travel in bundles (need to know; `sync.rows` only sends synced tables). They hold the
minimum the lists need and nothing more:

* `RegisterResident`: one row per BSN from the municipalities' residents extract (BRP):
  name, birth date, address, municipality, and the dates of moving in and out;
* `RegisterEnrolment`: one enrolment from the DUO/BRON file, keyed by BSN or onderwijsnummer
  (a pupil without a BSN has only the latter), at a school location (BRIN + vestiging, which
  must be in the school register), from/to, and a diploma with its level where the file gives
  one (`models.rules.startkwalificatie` says which levels count);
* `RegisterListRun`: when a list was last taken, so that "new early leavers since the last list"
  has a date to count from.

`municipality_id` and `school_id` name synced rows without a foreign key: a register row must
never stop a region row from being archived or merged, and the register is rebuilt from the
next extract anyway.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, new_id, utcnow


class RegisterResident(Base):
    """A resident aged 5–23 of one of the region's municipalities, as the extract gives them.
    Found again by BSN; the `id` names the row (as every table's does) so that a purge can
    reach the backups (`store.backup_upkeep` deletes by id)."""

    __tablename__ = "register_resident"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bsn: Mapped[str] = mapped_column(String(9), unique=True)
    given_names: Mapped[str] = mapped_column(String(120))
    surname_prefix: Mapped[str | None] = mapped_column(String(20), default=None)
    surname: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date] = mapped_column(Date, index=True)
    street: Mapped[str | None] = mapped_column(String(120), default=None)
    house_number: Mapped[str | None] = mapped_column(String(20), default=None)
    postcode: Mapped[str | None] = mapped_column(String(10), default=None)
    city: Mapped[str | None] = mapped_column(String(80), default=None)
    municipality_id: Mapped[str] = mapped_column(String(36))
    moved_in_on: Mapped[date | None] = mapped_column(Date, default=None)
    moved_out_on: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RegisterEnrolment(Base):
    """An enrolment from the enrolment file; (number, BRIN, vestiging, start) is its key."""

    __tablename__ = "register_enrolment"
    __table_args__ = (
        Index(
            "ix_register_enrolment_key",
            "person_number",
            "brin",
            "vestiging",
            "starts_on",
            unique=True,
        ),
        # a person's enrolments of one school type, read from the index alone: the VO→MBO
        # figure's mbo check and the lists' "left VO" (0022). An index led by the school
        # type and end date was tried: SQLite then chose it for the lists' per-resident
        # check and scanned a range per resident (the vo-mbo list took 9.8 s, not 0.25 s).
        Index("ix_register_enrolment_person", "person_number", "school_type", "starts_on"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    person_number: Mapped[str] = mapped_column(String(9))
    number_kind: Mapped[str] = mapped_column(String(4))  # "bsn" or "onr" (onderwijsnummer)
    brin: Mapped[str] = mapped_column(String(8))
    vestiging: Mapped[str] = mapped_column(String(4))
    school_id: Mapped[str] = mapped_column(String(36))
    school_type: Mapped[str] = mapped_column(String(8))  # the school's type when imported
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    diploma_level: Mapped[str | None] = mapped_column(String(12), default=None)
    diploma_on: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RegisterListRun(Base):
    """A list taken on a date (by reference date `on`), the latest per list counts."""

    __tablename__ = "register_list_run"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    list_name: Mapped[str] = mapped_column(String(20), index=True)
    taken_on: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
