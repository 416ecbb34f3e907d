"""The prevention register (issue 13, item 5): preventive work and advice not tied to a case.

A consultant records a presentation, a meeting, a school visit, an advice or a question: asked
by whom (a school, a partner, a parent, …), about what, how long in minutes, on which day, at
which school if any. The counts per kind and per school for a school year are what the annual
report's prevention chapter quotes. No personal data: a topic names a subject, not a pupil.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Consultant, Partner, PreventionActivity, School, UserError
from lvs_desktop.models.rules.dates import SchoolYear, format_date_nl
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.region.common import clean
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

KIND_CATEGORY = "prevention_kind"
REQUESTER_CATEGORY = "prevention_requester"
MAX_MINUTES = 24 * 60
NO_SCHOOL = "Zonder school"


@dataclass
class PreventionInput:
    """What the form and the command line hand in."""

    occurred_on: date | None
    kind: str
    requester: str
    topic: str
    minutes: int | None
    school_id: str | None = None
    partner_id: str | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: str
    occurred_on: date
    kind: str
    kind_label: str
    requester: str
    requester_label: str
    topic: str
    minutes: int
    school_id: str | None
    school: str
    partner: str
    consultant_id: str
    consultant: str


@dataclass(frozen=True)
class CountLine:
    """One line of the counts: a label, the number of activities, their minutes."""

    label: str
    activities: int
    minutes: int


@dataclass(frozen=True)
class PreventionCounts:
    """The counts of one school year: per kind (every kind of the list, zeros too), per
    school (schools with activities, then "Zonder school"), and the total."""

    year: str
    per_kind: tuple[CountLine, ...]
    per_school: tuple[CountLine, ...]
    total: CountLine


def kinds(vault: Vault) -> dict[str, str]:
    """Kind code → Dutch label, in the list's order."""
    with vault.session() as s:
        return labels(s, KIND_CATEGORY)


def requesters(vault: Vault) -> dict[str, str]:
    """Requester code → Dutch label, in the list's order."""
    with vault.session() as s:
        return labels(s, REQUESTER_CATEGORY)


def _checked(session: Session, data: PreventionInput, today: date) -> dict[str, object]:
    c = Checker()
    c.required(data.occurred_on, "Datum")
    c.not_future(data.occurred_on, today, "Datum")
    c.required(data.kind, "Soort activiteit")
    c.code(session, KIND_CATEGORY, data.kind or None, "Soort activiteit")
    c.required(data.requester, "Aangevraagd door")
    c.code(session, REQUESTER_CATEGORY, data.requester or None, "Aangevraagd door")
    c.required(data.topic, "Onderwerp")
    c.check(len((data.topic or "").strip()) <= 300, "Onderwerp is langer dan 300 tekens.")
    c.required(data.minutes, "Duur in minuten")
    if data.minutes is not None:
        c.check(
            0 < data.minutes <= MAX_MINUTES,
            f"Duur in minuten ligt tussen 1 en {MAX_MINUTES}.",
        )
    if data.school_id is not None:
        school = session.get(School, data.school_id)
        c.check(school is not None and not school.deleted, "School niet gevonden.")
    if data.partner_id is not None:
        partner = session.get(Partner, data.partner_id)
        c.check(partner is not None and not partner.deleted, "Partnerorganisatie niet gevonden.")
    c.done()
    return {
        "occurred_on": data.occurred_on,
        "kind": data.kind,
        "requester": data.requester,
        "topic": clean(data.topic),
        "minutes": data.minutes,
        "school_id": data.school_id,
        "partner_id": data.partner_id,
    }


def add_activity(
    vault: Vault,
    data: PreventionInput,
    *,
    today: date | None = None,
    consultant_id: str | None = None,
) -> ChangeSummary:
    """Record one activity for the consultant (default: the vault's owner)."""
    with UnitOfWork(vault, "add_prevention_activity") as uow:
        values = _checked(uow.session, data, today or date.today())
        who = consultant_id or vault.owner_id
        if who is None or uow.session.get(Consultant, who) is None:
            raise UserError("Consulent niet gevonden.")
        uow.session.add(PreventionActivity(consultant_id=who, **values))
        day = format_date_nl(data.occurred_on) if data.occurred_on else ""
        return uow.commit(f"Preventieve activiteit van {day} vastgelegd.")


def update_activity(
    vault: Vault, activity_id: str, data: PreventionInput, *, today: date | None = None
) -> ChangeSummary:
    with UnitOfWork(vault, "update_prevention_activity") as uow:
        row = get_live(uow.session, PreventionActivity, activity_id, "Activiteit")
        for key, value in _checked(uow.session, data, today or date.today()).items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        return uow.commit("Preventieve activiteit opgeslagen.")


def delete_activity(vault: Vault, activity_id: str) -> ChangeSummary:
    """Remove an activity entered by mistake (a tombstone that travels)."""
    with UnitOfWork(vault, "delete_prevention_activity") as uow:
        row = get_live(uow.session, PreventionActivity, activity_id, "Activiteit")
        row.deleted = True
        return uow.commit("Preventieve activiteit verwijderd.")


def list_activities(vault: Vault, year: str | SchoolYear | None = None) -> list[ActivityRow]:
    """The live activities (of one school year, if given), newest first."""
    school_year = _year(year) if year is not None else None
    with vault.session() as s:
        kind_labels = labels(s, KIND_CATEGORY)
        who_labels = labels(s, REQUESTER_CATEGORY)
        query = (
            select(PreventionActivity, School.name, Partner.name, Consultant.name)
            .outerjoin(School, School.id == PreventionActivity.school_id)
            .outerjoin(Partner, Partner.id == PreventionActivity.partner_id)
            .join(Consultant, Consultant.id == PreventionActivity.consultant_id)
            .where(~PreventionActivity.deleted)
            .order_by(PreventionActivity.occurred_on.desc(), PreventionActivity.id.desc())
        )
        if school_year is not None:
            query = query.where(
                PreventionActivity.occurred_on.between(school_year.start, school_year.end)
            )
        return [
            ActivityRow(
                a.id,
                a.occurred_on,
                a.kind,
                kind_labels.get(a.kind, a.kind),
                a.requester,
                who_labels.get(a.requester, a.requester),
                a.topic,
                a.minutes,
                a.school_id,
                school or "",
                partner or "",
                a.consultant_id,
                consultant,
            )
            for a, school, partner, consultant in s.execute(query)
        ]


def counts(vault: Vault, year: str | SchoolYear) -> PreventionCounts:
    """Activities and minutes per kind and per school in one school year."""
    school_year = _year(year)
    rows = list_activities(vault, school_year)
    return counts_of(rows, kinds(vault), school_year.label)


def counts_of(rows: list[ActivityRow], kind_labels: dict[str, str], year: str) -> PreventionCounts:
    """The counts over listed rows (pure: the page counts what it shows)."""
    per_kind: dict[str, list[int]] = {code: [0, 0] for code in kind_labels}
    per_school: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        per_kind.setdefault(r.kind, [0, 0])
        for bucket in (per_kind[r.kind], per_school[r.school or NO_SCHOOL]):
            bucket[0] += 1
            bucket[1] += r.minutes
    schools = sorted((k for k in per_school if k != NO_SCHOOL), key=str.casefold)
    if NO_SCHOOL in per_school:
        schools.append(NO_SCHOOL)
    return PreventionCounts(
        year,
        tuple(CountLine(kind_labels.get(k, k), n, m) for k, (n, m) in per_kind.items()),
        tuple(CountLine(k, *per_school[k]) for k in schools),
        CountLine("Totaal", len(rows), sum(r.minutes for r in rows)),
    )


def school_choices(vault: Vault) -> list[tuple[str, str]]:
    """(id, name) of the live schools, by name (the form's pick list)."""
    with vault.session() as s:
        query = select(School.id, School.name).where(~School.deleted).order_by(School.name)
        return [(i, n) for i, n in s.execute(query)]


def school_id_by_name(vault: Vault, name: str) -> str:
    """The id of the one live school with this name (any case); a Dutch error otherwise."""
    from lvs_desktop.services.region.reference import match_name

    choices = school_choices(vault)
    chosen = match_name(name, [n for _, n in choices], "School")
    ids = [i for i, n in choices if n == chosen]
    if len(ids) > 1:
        raise UserError(f"Er zijn {len(ids)} scholen met de naam '{chosen}'.")
    return ids[0]


def _year(year: str | SchoolYear) -> SchoolYear:
    if isinstance(year, SchoolYear):
        return year
    from lvs_desktop.services.reports import parse_year

    return parse_year(year)


@dataclass(frozen=True)
class RegisterView:
    """What the Prevention page shows for a school year, read in one go."""

    year: str
    years: tuple[str, ...]
    kinds: dict[str, str]
    requesters: dict[str, str]
    schools: list[tuple[str, str]]
    rows: list[ActivityRow]
    counts: PreventionCounts


def register_view(vault: Vault, year: str | None, today: date | None = None) -> RegisterView:
    """The page's data: the pick lists, the school year's activities and their counts; the
    school years offered are the current one and the four before it."""
    current = SchoolYear.of(today or date.today())
    years = [current]
    while len(years) < 5:
        years.append(years[-1].previous())
    chosen = _year(year) if year else current
    rows = list_activities(vault, chosen)
    kind_labels = kinds(vault)
    return RegisterView(
        chosen.label,
        tuple(y.label for y in years),
        kind_labels,
        requesters(vault),
        school_choices(vault),
        rows,
        counts_of(rows, kind_labels, chosen.label),
    )
