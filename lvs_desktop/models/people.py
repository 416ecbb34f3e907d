"""People and places: consultants, municipalities, schools, youths and their guardians."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lvs_desktop.models.base import Base, Synced

if TYPE_CHECKING:
    from lvs_desktop.models.casework import Case


def _join_name(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


class AddressMixin:
    """A Dutch postal address (BRP or stay address)."""

    street: Mapped[str | None] = mapped_column(String(120), default=None)
    house_number: Mapped[str | None] = mapped_column(String(20), default=None)
    postcode: Mapped[str | None] = mapped_column(String(10), default=None)
    city: Mapped[str | None] = mapped_column(String(80), default=None)

    def has_address(self) -> bool:
        return bool(self.street and self.house_number and self.postcode and self.city)

    def address_key(self) -> tuple[str, ...]:
        """Normalised address, to tell whether two people live at the same address."""
        return tuple(
            (v or "").replace(" ", "").upper()
            for v in (self.street, self.house_number, self.postcode, self.city)
        )


CONSULTANT_ROLES = ("consultant", "team_lead", "administration")
SWORN_BY = ("eed", "belofte")


class Consultant(Synced, Base):
    """A consultant (a sworn BOA), team lead or administration. `code` goes into case references.

    `role` is "consultant", "team_lead" or "administration" (the staff who handle absolute
    absence and intake; seed name "de administratie van LVS"); `is_team_lead` follows it.
    `active` False means archived: hidden from pick lists, still named on old cases.
    """

    __tablename__ = "consultant"

    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(8))
    function_title: Mapped[str | None] = mapped_column(String(120), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)
    boa_number: Mapped[str | None] = mapped_column(String(40), default=None)
    akte_expires_on: Mapped[date | None] = mapped_column(Date, default=None)
    is_team_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    akte_number: Mapped[str | None] = mapped_column(String(40), default=None)
    sworn_by: Mapped[str | None] = mapped_column(String(10), default=None)
    role: Mapped[str] = mapped_column(String(16), default="consultant")
    # The appointment as leerplichtambtenaar (art. 16 Lpw; migration 0014): by which college,
    # on which date; a PV is finalised only with it.
    appointed_by: Mapped[str | None] = mapped_column(String(160), default=None)
    appointed_on: Mapped[date | None] = mapped_column(Date, default=None)


class Municipality(Synced, Base):
    """One of the region's municipalities (gemeente), with its CBS code (e.g. "0505").

    The college's name and postal address are where objections to a decision go (decision
    letters print them). `archived`: hidden from pick lists, still named on old cases.
    """

    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(80))
    cbs_code: Mapped[str | None] = mapped_column(String(8), default=None)
    college_name: Mapped[str | None] = mapped_column(String(160), default=None)
    postal_street: Mapped[str | None] = mapped_column(String(120), default=None)
    postal_house_number: Mapped[str | None] = mapped_column(String(20), default=None)
    postal_postcode: Mapped[str | None] = mapped_column(String(10), default=None)
    postal_city: Mapped[str | None] = mapped_column(String(80), default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class School(AddressMixin, Synced, Base):
    """A school location: BRIN + vestiging code ("00"), type (PO, SO, VSO, VO, MBO, OVERIG).

    One row per location; DUO imports find a location again by BRIN + vestiging.
    `archived`: hidden from pick lists, still named on old cases.
    """

    __tablename__ = "school"
    __table_args__ = (Index("ix_school_brin_vestiging", "brin", "vestiging"),)

    brin: Mapped[str | None] = mapped_column(String(8), default=None)
    name: Mapped[str] = mapped_column(String(160))
    school_type: Mapped[str] = mapped_column(String(8))
    subtype: Mapped[str | None] = mapped_column(String(40), default=None)
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    contact_name: Mapped[str | None] = mapped_column(String(120), default=None)
    vestiging: Mapped[str | None] = mapped_column(String(4), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)
    website: Mapped[str | None] = mapped_column(String(200), default=None)
    denomination: Mapped[str | None] = mapped_column(String(60), default=None)
    samenwerkingsverband: Mapped[str | None] = mapped_column(String(120), default=None)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    municipality: Mapped[Municipality | None] = relationship()


class Youth(AddressMixin, Synced, Base):
    """The child or young adult (5–23) a case is about."""

    __tablename__ = "youth"

    bsn: Mapped[str | None] = mapped_column(String(9), default=None, index=True)
    given_names: Mapped[str] = mapped_column(String(120))
    surname_prefix: Mapped[str | None] = mapped_column(String(20), default=None)
    surname: Mapped[str] = mapped_column(String(120), index=True)
    gender: Mapped[str] = mapped_column(String(1), default="x")
    birth_date: Mapped[date] = mapped_column(Date, index=True)
    birth_place: Mapped[str | None] = mapped_column(String(80), default=None)
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), default=None)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    enrolled_on: Mapped[date | None] = mapped_column(Date, default=None)
    grade: Mapped[str | None] = mapped_column(String(20), default=None)
    startkwalificatie_on: Mapped[date | None] = mapped_column(Date, default=None)
    no_kwalificatieplicht: Mapped[bool] = mapped_column(Boolean, default=False)
    first_school_day: Mapped[date | None] = mapped_column(Date, default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)
    # Newcomer marker (issue 13 item 6, migration 0017): origin category (list
    # "newcomer_origin") and arrival date, the least the counts "in view"/"not enrolled" need.
    newcomer_origin: Mapped[str | None] = mapped_column(String(20), default=None)
    newcomer_arrived_on: Mapped[date | None] = mapped_column(Date, default=None)

    municipality: Mapped[Municipality | None] = relationship()
    school: Mapped[School | None] = relationship()
    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="youth", order_by="Guardian.created_at"
    )
    cases: Mapped[list[Case]] = relationship(back_populates="youth")

    @property
    def full_name(self) -> str:
        """Given names, prefix and surname: "Daan van den Berg"."""
        return _join_name(self.given_names, self.surname_prefix, self.surname)

    @property
    def sort_name(self) -> str:
        """Surname first, for lists: "Berg, Daan van den"."""
        return f"{self.surname}, {_join_name(self.given_names, self.surname_prefix)}"


class Guardian(AddressMixin, Synced, Base):
    """A parent or carer (gezagdrager); each may live at their own address."""

    __tablename__ = "guardian"

    youth_id: Mapped[str] = mapped_column(ForeignKey("youth.id"), index=True)
    given_names: Mapped[str | None] = mapped_column(String(120), default=None)
    initials: Mapped[str | None] = mapped_column(String(20), default=None)
    surname_prefix: Mapped[str | None] = mapped_column(String(20), default=None)
    surname: Mapped[str] = mapped_column(String(120))
    gender: Mapped[str] = mapped_column(String(1), default="x")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    birth_place: Mapped[str | None] = mapped_column(String(80), default=None)
    bsn: Mapped[str | None] = mapped_column(String(9), default=None)
    relation: Mapped[str] = mapped_column(String(20), default="parent")
    has_authority: Mapped[bool] = mapped_column(Boolean, default=True)
    is_carer: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)

    youth: Mapped[Youth] = relationship(back_populates="guardians")

    @property
    def full_name(self) -> str:
        return _join_name(self.given_names or self.initials, self.surname_prefix, self.surname)
