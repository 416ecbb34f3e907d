"""The case view's tables: the rows of each tab, filled from the read model part by part, so
that a change refills only the tabs of the parts it touched."""

from __future__ import annotations

from collections.abc import Collection

from lvs_desktop.services.case_detail import PARTS, CaseDetail
from lvs_desktop.ui.case_edit import enrolment_table, timeline_rows
from lvs_desktop.ui.formatting import fmt_date, fmt_datetime, fmt_hours
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import RowsModel

TIMELINE_KINDS = {
    "opened": "Case opened",
    "report": "Report",
    "contact": "Contact",
    "task": "Agreement",
    "route": "MAS route",
    "exemption": "Exemption",
    "enforcement": "Enforcement",
    "letter": "Letter",
    "closed": "Case closed",
}
RELATIONS = {
    "youth": "Youth",
    "parent": "Parent",
    "mother": "Mother",
    "father": "Father",
    "carer": "Carer",
    "guardian": "Guardian",
    "foster_parent": "Foster parent",
}


def yes_no(value: bool | None) -> str:
    return "" if value is None else (tr("yes") if value else tr("no"))


def fill_tabs(m: dict[str, RowsModel], d: CaseDetail, parts: Collection[str] = PARTS) -> None:
    """Fill the tabs of the given parts (the timeline always: it shows them all)."""
    m["timeline"].set_rows(**timeline_rows(d, TIMELINE_KINDS))  # ids, voided struck
    if "reports" in parts:
        _fill_reports(m, d)
    if "contacts" in parts:
        _fill_contacts(m, d)
    if "routes" in parts:
        _fill_routes(m, d)
    if "letters" in parts and "letters" in m:
        _fill_letters(m, d)
    if "exemptions" in parts:
        _fill_exemptions(m, d)
    if "enforcements" in parts:
        _fill_enforcements(m, d)
    if "people" in parts:
        _fill_people(m, d)
    if "enrolments" in parts:
        m["enrolments"].set_rows(**enrolment_table(d))


def _fill_reports(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["reports"].set_rows(
        [
            (
                fmt_date(r.received_on),
                r.type_label,
                f"{fmt_date(r.period_start)} – {fmt_date(r.period_end)}" if r.period_start else "",
                fmt_hours(r.hours_absent),
                str(r.late_count),
                r.school or "",
            )
            for r in d.reports
        ],
        [r.id for r in d.reports],
        struck=[r.void_reason is not None for r in d.reports],
    )


def _fill_contacts(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["contacts"].set_rows(
        [
            (
                fmt_datetime(c.occurred_at),
                c.kind_label,
                c.mode_label,
                yes_no(c.answered),
                c.participants,
                c.agreements.replace("\n", "; "),
                c.summary,
            )
            for c in reversed(d.contacts)
        ],
        [c.id for c in reversed(d.contacts)],
        struck=[c.void_reason is not None for c in reversed(d.contacts)],
    )


def _fill_routes(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["routes"].set_rows(
        [
            (
                fmt_date(r.decided_on),
                r.route_label,
                yes_no(r.eligible),
                r.rationale,
                r.override_reason or "",
            )
            for r in reversed(d.routes)
        ],
        [r.id for r in reversed(d.routes)],
        struck=[r.void_reason is not None for r in reversed(d.routes)],
    )


def _fill_letters(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["letters"].set_rows(
        [
            (fmt_date(x.sent_on), x.kind_label, x.recipient_name, yes_no(x.printed))
            for x in d.letters
        ],
        [x.id for x in d.letters],
    )


def _fill_exemptions(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["exemptions"].set_rows(
        [
            (
                e.article_label,
                fmt_date(e.received_on),
                fmt_date(e.starts_on),
                fmt_date(e.ends_on),
                e.outcome_label,
                fmt_date(e.decided_on),
            )
            for e in d.exemptions
        ],
        [e.id for e in d.exemptions],
    )


def _fill_enforcements(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["enforcements"].set_rows(
        [
            (fmt_date(e.dated_on), e.kind_label, e.subject or "", e.outcome_label, e.notes)
            for e in d.enforcements
        ],
        [e.id for e in d.enforcements],
    )


def _fill_people(m: dict[str, RowsModel], d: CaseDetail) -> None:
    m["people"].set_rows(
        [
            (
                p.relation_label or tr(RELATIONS.get(p.role, p.role)),
                p.name,
                yes_no(p.has_authority),
                p.address,
                p.phone,
                p.email,
            )
            for p in d.people
        ],
        [p.id for p in d.people],
    )
