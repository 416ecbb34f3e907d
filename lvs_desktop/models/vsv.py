"""Official early school leavers (VSV) as DUO publishes them (issue 13, item 7).

`VsvFigure`: per school year and municipality, the number of new early school leavers
(voortijdig schoolverlaters) and the denominator (the pupils aged 12-23 in education that
DUO counts against), entered by the team lead or copied from DUO's publication. DUO publishes
a school year's figure about a year later, so the annual report of a year shows the figure of
the year before it (the one-year lag), and says so.

Local: it is the team lead's entry of a public figure in the team vault; it does not travel.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, utcnow


class VsvFigure(Base):
    """DUO's VSV figure of one school year ("2023-2024") for one municipality."""

    __tablename__ = "vsv_figure"

    school_year: Mapped[str] = mapped_column(String(9), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    leavers: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(80), default="DUO")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
