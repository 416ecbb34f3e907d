"""Thuiszitters as a list, not only a count (issue 13, item 4).

The list comes from the same function as the annual figure (`reports.thuiszitters`): the
youths counted as thuiszitters in the school year of the chosen day, as counted on that day.
Per youth: since when (the first day at home), until when, the school and municipality, a
granted exemption or not, the offer deadline (3 months, the region's term, from the first day
at home) and the offer recorded on the case. So the count on the list is the annual report's
thuiszitter figure for that school year and day, by construction.

The list names youths to the region, so it marks the entries nobody has verified: "alleen uit
melding" (`UNVERIFIED_RULE`) when no conversation and no home visit is recorded on any case of
the youth during the time at home.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Contact,
    Municipality,
    School,
    ThuiszitterOffer,
    UserError,
    Youth,
)
from lvs_desktop.models.rules.dates import SchoolYear, add_months, format_date_nl
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms
from lvs_desktop.reports.thuiszitters import AtHome, thuiszitters
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

OFFER_CATEGORY = "thuiszitter_offer_kind"

# Where a thuiszitter stands with the offer (Dutch, for the list and the CSV).
OFFERED = "aanbod gedaan"
OFFERED_LATE = "aanbod na de termijn"
OVERDUE = "termijn verstreken"
RUNNING = "termijn loopt"
BACK = "weer naar school"  # the stretch ended before the deadline, without an offer

# The "alleen uit melding" mark: the rule, as the page's tooltip and the CLI print it.
UNVERIFIED_RULE = (
    "Alleen uit melding: in de tijd thuis (van de eerste dag thuis tot en met de laatste, of "
    "de dag van de lijst) is bij geen dossier van de jongere een gesprek of een huisbezoek "
    "vastgelegd. Een contactpoging per telefoon, brief, e-mail of WhatsApp en een uitnodiging "
    "tellen niet; een huisbezoek wel, ook als niemand opendeed. Niemand heeft dit thuiszitten "
    "dus zelf nagegaan: het staat alleen in de melding (of, bij absoluut verzuim, de "
    "inschrijving)."
)
VERIFYING_KIND = "conversation"  # a conversation by any means: phone, school, office, ...
VERIFYING_MODE = "home_visit"  # a home visit of any kind, answered or not


@dataclass(frozen=True)
class Offer:
    id: str
    offered_on: date
    kind: str
    kind_label: str
    description: str


@dataclass(frozen=True)
class ThuiszitterRow:
    """One thuiszitter of the school year, as counted on the list's day."""

    youth_id: str
    case_id: str
    reference: str
    name: str
    birth_date: date | None
    school: str
    municipality: str
    since: date
    until: date
    at_home_now: bool
    days: int
    exemption: str
    deadline: date
    offer: Offer | None
    status: str
    long: bool
    #: "alleen uit melding": no conversation or home visit during the time at home
    unverified: bool = False


@dataclass(frozen=True)
class ThuiszitterList:
    year: str
    on: date
    rows: tuple[ThuiszitterRow, ...]

    @property
    def count(self) -> int:
        return len(self.rows)


@dataclass
class OfferInput:
    offered_on: date | None
    kind: str
    description: str | None = None


def offer_kinds(vault: Vault) -> dict[str, str]:
    with vault.session() as s:
        return labels(s, OFFER_CATEGORY)


def thuiszitter_list(
    vault: Vault, on: date | None = None, terms: ReportTerms | None = None
) -> ThuiszitterList:
    """The thuiszitters of the school year of `on` (default today), counted on `on`."""
    from lvs_desktop.services.settings import get_terms

    on = on or date.today()
    year = SchoolYear.of(on)
    terms = terms or ReportTerms(deadlines=get_terms(vault))
    window = Window.ending(year, 1, on)
    with vault.session() as s:
        found = [a for a in thuiszitters(s, window, Tally(), terms) if a.year == year]
        rows = _rows(s, found, on, terms)
    rows.sort(key=lambda r: (r.since, r.name.casefold()))
    return ThuiszitterList(year.label, on, tuple(rows))


def _rows(
    session: Session, found: list[AtHome], on: date, terms: ReportTerms
) -> list[ThuiszitterRow]:
    if not found:
        return []
    case_ids = {p.case_id for a in found for p in a.pieces}
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
    youths = {
        y.id: y
        for y in session.scalars(select(Youth).where(Youth.id.in_({a.youth_id for a in found})))
    }
    schools = {i: n for i, n in session.execute(select(School.id, School.name))}
    places = {i: n for i, n in session.execute(select(Municipality.id, Municipality.name))}
    kinds = labels(session, OFFER_CATEGORY)
    seen = _seen_on(session, {a.youth_id for a in found})
    offers: dict[str, list[ThuiszitterOffer]] = {}
    query = (
        select(ThuiszitterOffer)
        .where(ThuiszitterOffer.case_id.in_(case_ids), ~ThuiszitterOffer.deleted)
        .order_by(ThuiszitterOffer.offered_on)
    )
    for made_offer in session.scalars(query):
        offers.setdefault(made_offer.case_id, []).append(made_offer)
    out = []
    for a in found:
        case = cases[a.case_id]
        youth = youths.get(a.youth_id)
        since = min(p.start for p in a.pieces)
        until = max(p.end for p in a.pieces)
        deadline = add_months(since, terms.thuiszitter_long_months)
        made = sorted(
            (o for p in a.pieces for o in offers.get(p.case_id, []) if o.offered_on >= since),
            key=lambda o: o.offered_on,
        )
        offer: ThuiszitterOffer | None = made[0] if made else None
        school_id = case.school_id or (youth.school_id if youth else None)
        out.append(
            ThuiszitterRow(
                youth_id=a.youth_id,
                case_id=a.case_id,
                reference=case.reference,
                name=youth.full_name if youth else "",
                birth_date=youth.birth_date if youth else None,
                school=schools.get(school_id, "") if school_id else "",
                municipality=places.get(a.municipality_id, "") if a.municipality_id else "",
                since=since,
                until=until,
                at_home_now=until >= on,
                days=sum(p.days for p in a.pieces),
                exemption=_exemption(a, since, on),
                deadline=deadline,
                offer=_offer(offer, kinds),
                status=_status(offer, deadline, on, until, _exemption(a, since, on) != "nee"),
                long=a.long,
                unverified=not any(since <= d <= until for d in seen.get(a.youth_id, ())),
            )
        )
    return out


def _seen_on(session: Session, youth_ids: set[str]) -> dict[str, list[date]]:
    """Youth id → the days of the live conversations and home visits on the youth's live
    cases (what makes an entry more than "alleen uit melding", see `UNVERIFIED_RULE`)."""
    query = (
        select(Case.youth_id, Contact.occurred_at)
        .join(Case, Contact.case_id == Case.id)
        .where(
            Case.youth_id.in_(youth_ids),
            ~Case.deleted,
            ~Contact.deleted,
            Contact.voided_on.is_(None),
            (Contact.kind == VERIFYING_KIND) | (Contact.mode == VERIFYING_MODE),
        )
    )
    out: dict[str, list[date]] = {}
    for youth_id, occurred in session.execute(query):
        out.setdefault(youth_id, []).append(occurred.date())
    return out


def _exemption(found: AtHome, since: date, until: date) -> str:
    """ "nee", or the granted exemption that touches the time at home (cut out of it)."""
    for start, end in found.exemptions:
        if start <= until and end >= since:
            shown = "" if end == date.max else f" tot en met {format_date_nl(end)}"
            return f"ja, vanaf {format_date_nl(start)}{shown}"
    return "nee"


def _offer(offer: ThuiszitterOffer | None, kinds: dict[str, str]) -> Offer | None:
    if offer is None:
        return None
    return Offer(
        offer.id,
        offer.offered_on,
        offer.kind,
        kinds.get(offer.kind, offer.kind),
        offer.description or "",
    )


def _status(
    offer: ThuiszitterOffer | None, deadline: date, on: date, until: date, exempt: bool
) -> str:
    """Where the thuiszitter stands: an offer made (in time or late); else back at school when
    the time at home ended before the list's day and by the deadline, not by an exemption
    (Q1: not "termijn verstreken/loopt"); else whether the deadline has passed."""
    if offer is not None:
        return OFFERED if offer.offered_on <= deadline else OFFERED_LATE
    if until < on and until <= deadline and not exempt:
        return BACK
    return OVERDUE if on > deadline else RUNNING


def record_offer(
    vault: Vault, case_id: str, data: OfferInput, *, today: date | None = None
) -> ChangeSummary:
    """Record the offer made to the thuiszitter of this case."""
    with UnitOfWork(vault, "record_thuiszitter_offer") as uow:
        case = get_live(uow.session, Case, case_id, "Dossier")
        c = Checker()
        c.required(data.offered_on, "Datum van het aanbod")
        c.not_future(data.offered_on, today or date.today(), "Datum van het aanbod")
        c.required(data.kind, "Soort aanbod")
        c.code(uow.session, OFFER_CATEGORY, data.kind or None, "Soort aanbod")
        c.check(
            len((data.description or "").strip()) <= 300, "Omschrijving is langer dan 300 tekens."
        )
        c.done()
        assert data.offered_on is not None
        uow.session.add(
            ThuiszitterOffer(
                case_id=case.id,
                offered_on=data.offered_on,
                kind=data.kind,
                description=(data.description or "").strip() or None,
            )
        )
        return uow.commit(
            f"Aanbod van {format_date_nl(data.offered_on)} vastgelegd bij {case.reference}."
        )


def delete_offer(vault: Vault, offer_id: str) -> ChangeSummary:
    with UnitOfWork(vault, "delete_thuiszitter_offer") as uow:
        offer = get_live(uow.session, ThuiszitterOffer, offer_id, "Aanbod")
        offer.deleted = True
        return uow.commit("Aanbod verwijderd.")


CSV_HEADER = (
    "Dossier",
    "Naam",
    "Geboortedatum",
    "School",
    "Gemeente",
    "Thuis sinds",
    "Thuis tot",
    "Dagen",
    "Vrijstelling",
    "Termijn aanbod",
    "Aanbod op",
    "Aanbod",
    "Stand",
    "Alleen uit melding",
)


def to_csv(listing: ThuiszitterList) -> str:
    """The list as CSV (semicolons, Dutch dates), as a spreadsheet in the Netherlands reads it."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for r in listing.rows:
        writer.writerow(
            (
                r.reference,
                r.name,
                _d(r.birth_date),
                r.school,
                r.municipality,
                _d(r.since),
                "nog thuis" if r.at_home_now else _d(r.until),
                r.days,
                r.exemption,
                _d(r.deadline),
                _d(r.offer.offered_on) if r.offer else "",
                r.offer.kind_label if r.offer else "",
                r.status,
                "ja" if r.unverified else "nee",
            )
        )
    return buffer.getvalue()


def save_csv(listing: ThuiszitterList, path: Path) -> None:
    """Write the list as CSV to `path` (0600, see `save_private`)."""
    save_private(path, to_csv(listing))


def save_private(path: Path, text: str) -> None:
    """Write a list that names youths to `path`, readable by the user alone (0600)."""
    from lvs_desktop.store.private_files import write_private

    try:
        write_private(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"Kan {path.name} niet schrijven: {exc.strerror}.") from exc


def _d(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
