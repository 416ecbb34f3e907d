"""How the desk writes values: dates as dd-mm-jjjj, empty values as nothing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate


def fmt_date(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


def fmt_datetime(d: datetime | None) -> str:
    return d.strftime("%d-%m-%Y %H:%M") if d else ""


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def fmt_hours(value: float) -> str:
    return f"{value:g}".replace(".", ",")
