"""The register's lists, each a function of (register, date), in one place (issue 12 item 5).

* `not-enrolled`: under leerplicht or kwalificatieplicht on the date, living in the region,
  no enrolment at all and no exemption: absolute verzuim for the administration;
* `deregistered`: under a duty, enrolled once, the last enrolment ended before the date and no
  new one (also none starting later), no exemption;
* `screening-17`: 17, an exemption from the duty that ends at 18 (`SCREENING_ARTICLES`,
  granted), and the 18th birthday within three months after the date (DOMAIN §4);
* `rmc`: the RMC target group: 18 up to 23, no startkwalificatie (an mbo 1 / entree diploma is
  none, `models.rules.startkwalificatie`), not enrolled on the date;
* `early-leavers`: under 23, past full leerplicht, no startkwalificatie, not enrolled, and the
  last enrolment ended after the date the list was last taken (all of them the first time);
* `vo-mbo`: left VO in the year up to the region's VO→MBO date (a region setting, default
  1 October) without a startkwalificatie, and no mbo enrolment by that date (the rule is
  `models.rules.register_lists.vo_leaver`, which the annual report's VO→MBO table counts
  with too).

The duty on the date comes from `models.rules.leerplicht` (by age and startkwalificatie; the
register does not know a first school day, so the 12-school-years rule cannot end leerplicht
earlier here). Residents who moved out before the date, or in after it, are not on any list.
Reading (`reading.people`) narrows the residents in SQL first (no enrolment, none on the
date, a VO enrolment ended in the window, or the exempt BSNs), bounded by birth date, and
reads only those candidates' enrolments; the exemptions and open cases are one query each;
the rest is plain Python over tuples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Exemption,
    Municipality,
    RegisterListRun,
    RegisterResident,
    UserError,
    Youth,
)
from lvs_desktop.models.rules.dates import age_on, birthday
from lvs_desktop.models.rules.leerplicht import DUTY_LABELS, DutyStatus
from lvs_desktop.models.rules.register_lists import (
    VO_MBO_AGES,
    VO_MBO_DEFAULT,
    vo_leaver,
    vo_mbo_deadline,
    vo_mbo_window,
)
from lvs_desktop.models.rules.startkwalificatie import (
    SCREENING_ARTICLES,
    screening_due,
)
from lvs_desktop.services.register.reading import (
    Person,
    left_vo,
    no_enrolment,
    no_startkwalificatie,
    not_enrolled_on,
    people,
)
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

LIST_TITLES = {
    "not-enrolled": "Niet ingeschreven (absoluut verzuim)",
    "deregistered": "Uitgeschreven zonder nieuwe inschrijving",
    "screening-17": "17-jarigen met vrijstelling (18 binnen 3 maanden)",
    "rmc": "RMC-doelgroep (18–23, geen startkwalificatie)",
    "early-leavers": "Nieuwe voortijdig schoolverlaters",
    "vo-mbo": "Overstap VO–MBO zonder mbo-inschrijving",
}
LIST_NAMES = tuple(LIST_TITLES)
VO_MBO_SETTING = "vo_mbo_deadline"
DUTY = (DutyStatus.LEERPLICHTIG, DutyStatus.KWALIFICATIEPLICHTIG)


@dataclass(frozen=True)
class ListRow:
    """One person on a list; `detail` says in Dutch why, `since` the date that put them on it."""

    bsn: str
    name: str
    birth_date: date
    age: int
    municipality: str
    address: str
    detail: str
    since: date | None
    case_reference: str | None  # an open case of this person, if the vault has one


@dataclass
class RegisterList:
    name: str
    on: date
    rows: list[ListRow] = field(default_factory=list)
    last_taken: date | None = None  # early-leavers: counted from this date
    deadline: date | None = None  # vo-mbo: the region's date used
    residents: int = 0  # how many residents the register holds (0: nothing imported yet)

    @property
    def title(self) -> str:
        return LIST_TITLES[self.name]

    def counts_by_municipality(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for row in self.rows:
            counts[row.municipality] += 1
        return dict(sorted(counts.items()))

    def counts_line(self) -> str:
        parts = [f"{n} {m}" for m, n in self.counts_by_municipality().items()]
        return f"{self.title} op {self.on:%d-%m-%Y}: {len(self.rows)}" + (
            f" ({', '.join(parts)})" if parts else ""
        )


def _exempt(session: Session, on: date, articles: Iterable[str] | None = None) -> set[str]:
    """BSNs of youths with a granted exemption that covers `on` (of these articles)."""
    query = (
        select(Youth.bsn)
        .join(Exemption, Exemption.youth_id == Youth.id)
        .where(
            ~Exemption.deleted,
            ~Youth.deleted,
            Youth.bsn.is_not(None),
            Exemption.outcome == "afgegeven",
            or_(Exemption.starts_on.is_(None), Exemption.starts_on <= on),
            or_(Exemption.ends_on.is_(None), Exemption.ends_on >= on),
        )
    )
    if articles is not None:
        query = query.where(Exemption.article.in_(sorted(articles)))
    return {bsn for bsn in session.scalars(query) if bsn}


def _open_cases(session: Session) -> dict[str, str]:
    query = (
        select(Youth.bsn, func.max(Case.reference))
        .join(Case, Case.youth_id == Youth.id)
        .where(~Case.deleted, ~Youth.deleted, Youth.bsn.is_not(None), Case.status != "afgesloten")
        .group_by(Youth.bsn)
    )
    return {bsn: ref for bsn, ref in session.execute(query) if bsn}


def _row(p: Person, on: date, towns: dict[str, str], cases: dict[str, str],
         detail: str, since: date | None) -> ListRow:  # fmt: skip
    r = p.row
    name = " ".join(x for x in (r.given_names, r.surname_prefix, r.surname) if x)
    street = " ".join(x for x in (r.street, r.house_number) if x)
    address = ", ".join(x for x in (street, " ".join(y for y in (r.postcode, r.city) if y)) if x)
    return ListRow(
        r.bsn, name, r.birth_date, age_on(r.birth_date, on), towns.get(r.municipality_id, "?"),
        address, detail, since, cases.get(r.bsn),
    )  # fmt: skip


Check = Callable[[Person], tuple[str, date | None] | None]


def _not_enrolled(s: Session, on: date, out: RegisterList) -> tuple[list[Person], Check]:
    exempt = _exempt(s, on)

    def check(p: Person) -> tuple[str, date | None] | None:
        if p.enrolments or p.row.bsn in exempt:
            return None
        status = p.status(on)
        return (f"nooit ingeschreven; {DUTY_LABELS[status]}", None) if status in DUTY else None

    # leerplicht starts in the month after the 5th birthday; every duty ends at 18
    return people(s, on, 5, 18, no_enrolment), check


def _deregistered(s: Session, on: date, out: RegisterList) -> tuple[list[Person], Check]:
    exempt = _exempt(s, on)

    def check(p: Person) -> tuple[str, date | None] | None:
        if not p.enrolments or p.row.bsn in exempt or p.enrolled_on(on):
            return None
        last = p.last_end()
        if last is None or last >= on or any(e.starts_on > last for e in p.enrolments):
            return None
        status = p.status(on)
        if status not in DUTY:
            return None
        return f"uitgeschreven per {last:%d-%m-%Y}; {DUTY_LABELS[status]}", last

    return people(s, on, 5, 18, lambda r: not_enrolled_on(r, on)), check


def _screening(s: Session, on: date, out: RegisterList) -> tuple[list[Person], Check]:
    exempt = _exempt(s, on, SCREENING_ARTICLES)

    def check(p: Person) -> tuple[str, date | None] | None:
        if p.row.bsn not in exempt or not screening_due(p.birth, on):
            return None
        turns = birthday(p.birth, 18)
        return f"vrijstelling; wordt 18 op {turns:%d-%m-%Y}", turns

    return people(s, on, 17, 18, lambda r: r.c.bsn.in_(sorted(exempt))), check


def _rmc(s: Session, on: date, out: RegisterList) -> tuple[list[Person], Check]:
    def check(p: Person) -> tuple[str, date | None] | None:
        if p.enrolled_on(on) or p.status(on) != DutyStatus.RMC:
            return None
        return f"niet ingeschreven; {p.best_level()}", p.last_end()

    def narrow(r: Any) -> Any:
        return and_(not_enrolled_on(r, on), no_startkwalificatie(r, on))

    return people(s, on, 18, 23, narrow), check


def last_taken(session: Session, name: str, on: date) -> date | None:
    """The latest day the list was taken on or before `on` (taken today: nobody is new again)."""
    return session.scalar(
        select(func.max(RegisterListRun.taken_on)).where(
            RegisterListRun.list_name == name, RegisterListRun.taken_on <= on
        )
    )


def _early_leavers(s: Session, on: date, out: RegisterList) -> tuple[list[Person], Check]:
    since = out.last_taken = last_taken(s, "early-leavers", on)

    def check(p: Person) -> tuple[str, date | None] | None:
        last = p.last_end()
        if last is None or last >= on or (since is not None and last <= since):
            return None
        if p.enrolled_on(on) or any(e.starts_on > last for e in p.enrolments):
            return None
        status = p.status(on)
        if status not in (DutyStatus.KWALIFICATIEPLICHTIG, DutyStatus.RMC):
            return None
        return f"uitgeschreven per {last:%d-%m-%Y}; {p.best_level()}", last

    def narrow(r: Any) -> Any:
        return and_(not_enrolled_on(r, on), no_startkwalificatie(r, on))

    # full leerplicht ends at 16 at the earliest (by age; the register has no school years)
    return people(s, on, 16, 23, narrow), check


def _vo_mbo(
    s: Session, on: date, out: RegisterList, month_day: tuple[int, int]
) -> tuple[list[Person], Check]:
    deadline = out.deadline = vo_mbo_deadline(month_day, on)
    window_start, _ = vo_mbo_window(deadline)

    def check(p: Person) -> tuple[str, date | None] | None:
        left = vo_leaver(p.enrolments, deadline)
        if left is None:
            return None
        return (f"VO verlaten per {left:%d-%m-%Y}; geen mbo-inschrijving op "
                f"{deadline:%d-%m-%Y}", left)  # fmt: skip

    def narrow(r: Any) -> Any:
        return left_vo(r, window_start, deadline)

    return people(s, deadline, *VO_MBO_AGES, narrow), check


def get_vo_mbo_date(vault: Vault) -> tuple[int, int]:
    """The region's VO→MBO date as (month, day); stored as "MM-DD"."""
    value = vault.get_setting(VO_MBO_SETTING)
    try:
        month, day = (int(x) for x in str(value).split("-"))
        date(2001, month, day)
        return month, day
    except (TypeError, ValueError):
        return VO_MBO_DEFAULT


def set_vo_mbo_date(vault: Vault, text: str) -> tuple[int, int]:
    """Set the region's VO→MBO date from "DD-MM" (e.g. "01-10" for 1 October)."""
    try:
        day, month = (int(x) for x in text.strip().split("-"))
        date(2001, month, day)
    except ValueError:
        raise UserError("Schrijf de overstapdatum als DD-MM, bijvoorbeeld 01-10.") from None
    vault.set_setting(VO_MBO_SETTING, f"{month:02d}-{day:02d}")
    return month, day


def compute_list(vault: Vault, name: str, on: date) -> RegisterList:
    """The list `name` (one of `LIST_NAMES`) as on `on`; reads only."""
    if name not in LIST_TITLES:
        raise UserError(f"Onbekende lijst '{name}'; kies uit {', '.join(LIST_NAMES)}.")
    month_day = get_vo_mbo_date(vault) if name == "vo-mbo" else VO_MBO_DEFAULT
    out = RegisterList(name, on)
    with vault.session() as s:
        if name == "vo-mbo":
            people, check = _vo_mbo(s, on, out, month_day)
        else:
            people, check = _BUILDERS[name](s, on, out)
        out.residents = s.scalar(select(func.count()).select_from(RegisterResident)) or 0
        towns = {m.id: m.name for m in s.scalars(select(Municipality))}
        cases = _open_cases(s)
        for p in people:
            hit = check(p)
            if hit is not None:
                out.rows.append(_row(p, on, towns, cases, hit[0], hit[1]))
    out.rows.sort(key=lambda r: (r.municipality, r.name, r.bsn))
    return out


_BUILDERS: dict[str, Callable[[Session, date, RegisterList], tuple[list[Person], Check]]] = {
    "not-enrolled": _not_enrolled,
    "deregistered": _deregistered,
    "screening-17": _screening,
    "rmc": _rmc,
    "early-leavers": _early_leavers,
}


def record_list_read(vault: Vault, register_list: RegisterList) -> None:
    """Audit that a list was shown (which list, how many people; no personal data)."""
    from lvs_desktop.services.audit_log import record_read

    record_read(
        vault,
        f"registerlijst {register_list.name}",
        RegisterResident.__tablename__,
        count=len(register_list.rows),
    )


def record_taken(vault: Vault, name: str, on: date) -> ChangeSummary:
    """Remember that list `name` was taken as on `on` (the next early-leavers list counts
    from here)."""
    if name not in LIST_TITLES:
        raise UserError(f"Onbekende lijst '{name}'.")
    with UnitOfWork(vault, "take_register_list") as uow:
        uow.session.add(RegisterListRun(list_name=name, taken_on=on))
        uow.audit("take_list", RegisterListRun.__tablename__, None, name)
        return uow.commit(f"Lijst vastgelegd op {on:%d-%m-%Y}: {LIST_TITLES[name]}.")


CSV_HEADER = ("bsn", "naam", "geboortedatum", "leeftijd", "gemeente", "adres", "reden",
              "datum", "dossier")  # fmt: skip


def csv_text(register_list: RegisterList) -> str:
    """The list as CSV (`;`, UTF-8 text); cells that start like a formula get a quote."""
    import csv
    import io

    def safe(value: str) -> str:
        return "'" + value if value[:1] in ("=", "+", "-", "@") else value

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for r in register_list.rows:
        writer.writerow(
            [r.bsn, safe(r.name), f"{r.birth_date:%d-%m-%Y}", r.age, r.municipality,
             safe(r.address), r.detail, f"{r.since:%d-%m-%Y}" if r.since else "",
             r.case_reference or ""]
        )  # fmt: skip
    return buffer.getvalue()


def write_csv(register_list: RegisterList, path: Path) -> None:
    """Write the list as CSV to `path`, a 0600 file (it holds personal data)."""
    from lvs_desktop.store.private_files import write_private

    try:
        write_private(path, csv_text(register_list).encode("utf-8"))
    except OSError as exc:
        raise UserError(f"Kan {path} niet schrijven: {exc.strerror}.") from exc
