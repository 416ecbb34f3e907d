"""The case's timeline: every event of its tabs in date order, each pointing at its record.

Voided entries stay in the timeline with their reason (the view strikes them through); the
rows come from `case_detail`, already read and labelled.
"""

from __future__ import annotations

from datetime import date, datetime

from lvs_desktop.services.case_rows import (
    CaseHeader,
    ContactRow,
    EnforcementRow,
    ExemptionRow,
    LetterRow,
    ReportRow,
    RouteRow,
    TaskRow,
    TimelineEntry,
)


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def build_timeline(
    header: CaseHeader,
    reports: tuple[ReportRow, ...],
    contacts: tuple[ContactRow, ...],
    tasks: tuple[TaskRow, ...],
    routes: tuple[RouteRow, ...],
    exemptions: tuple[ExemptionRow, ...],
    enforcements: tuple[EnforcementRow, ...],
    letters: tuple[LetterRow, ...],
) -> tuple[TimelineEntry, ...]:
    Entry = TimelineEntry
    items = [Entry(_at(header.opened_on), "opened", header.kind_label, header.reference)]
    items += [
        Entry(
            _at(r.received_on),
            "report",
            r.type_label,
            f"{r.hours_absent:g} uur" if r.hours_absent else "",
            r.id,
            r.void_reason,
        )
        for r in reports
    ]
    items += [
        Entry(
            c.occurred_at,
            "contact",
            f"{c.kind_label} ({c.mode_label})",
            c.summary,
            c.id,
            c.void_reason,
        )
        for c in contacts
    ]
    items += [
        Entry(
            _at(t.done_on or t.due_on),
            "task",
            t.description,
            getattr(t, "status_label", "") or ("afgerond" if t.done_on else "open"),
            t.id,
        )
        for t in tasks
    ]
    items += [
        Entry(_at(r.decided_on), "route", r.route_label, r.rationale, r.id, r.void_reason)
        for r in routes
    ]
    items += [
        Entry(_at(e.received_on), "exemption", e.article_label, e.outcome_label, e.id)
        for e in exemptions
    ]
    items += [
        Entry(_at(e.dated_on), "enforcement", e.kind_label, e.outcome_label, e.id)
        for e in enforcements
    ]
    items += [
        Entry(_at(x.sent_on), "letter", x.kind_label, x.recipient_name, x.id, x.void_reason)
        for x in letters
    ]
    if header.closed_on:
        items.append(Entry(_at(header.closed_on), "closed", header.status_label, ""))
    items.sort(key=lambda e: e.at)
    return tuple(items)
