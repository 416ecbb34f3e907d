"""Short labels for records in an import preview: what a team lead needs to recognise one.

Shown on screen only (they may name a youth); never logged.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

TABLE_LABELS = {
    "audit_event": "Logregel",
    "consultant": "Consulent",
    "municipality": "Gemeente",
    "school": "School",
    "youth": "Jeugdige",
    "case_file": "Dossier",
    "guardian": "Ouder of verzorger",
    "enrolment": "Inschrijving",
    "contact": "Contact",
    "enforcement": "Handhaving",
    "exemption": "Vrijstelling",
    "letter": "Brief",
    "report": "Melding",
    "route_decision": "Route",
    "task": "Taak",
    "partner": "Partnerorganisatie",
    "coverage": "Werkgebied",
    "region_setting": "Regio-instelling",
}


def _date(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return ""


def _join(*parts: Any) -> str:
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())


def record_label(table: str, values: dict[str, Any]) -> str:
    """A one-line label for a record of `table` with these values."""
    if table in ("youth", "guardian"):
        name = _join(
            values.get("given_names") or values.get("initials"),
            values.get("surname_prefix"),
            values.get("surname"),
        )
        born = _date(values.get("birth_date"))
        return f"{name} ({born})" if born else name
    if table in ("consultant", "school", "municipality", "partner"):
        return str(values.get("name") or "")
    if table == "region_setting":
        return str(values.get("key") or "")
    if table == "case_file":
        return str(values.get("reference") or "")
    if table == "contact":
        return _join(_date(values.get("occurred_at")), values.get("mode"))
    if table == "letter":
        return _join(values.get("kind"), _date(values.get("sent_on")))
    if table == "report":
        return _join(values.get("report_type"), _date(values.get("received_on")))
    if table == "task":
        return _join(_date(values.get("due_on")), (values.get("description") or "")[:40])
    if table == "enrolment":
        return _join("vanaf", _date(values.get("starts_on")))
    if table == "audit_event":
        return _join(values.get("action"), values.get("entity"))
    for key in ("decided_on", "dated_on", "received_on"):
        if values.get(key):
            return _join(
                values.get("route") or values.get("kind") or values.get("article"),
                _date(values.get(key)),
            )
    return TABLE_LABELS.get(table, table)
