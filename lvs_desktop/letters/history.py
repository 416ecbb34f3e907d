"""What went before in a youth's file, as the PV and the Halt referral state it (issue 11, 4 and 5).

- The letters sent, per recipient, with "(niet) gereageerd" only from a *recorded* response
  (`LetterResponse`), never inferred from the dates of later conversations. Drafts (PV, Halt
  referral) and other documents are not letters sent: only the kinds the caller names count.
- Earlier Halt referrals and PVs of the youth across *all* its cases. The pending step of the
  case itself is the referral (or PV) being drawn, so a redraw does not count itself.
- Earlier PVs and convictions of the same parent (the same guardian row, the same BSN, or the
  same name and birth date on a sibling's file), with the copy to the Raad voor de
  Kinderbescherming flagged (art. 22 lid 5 Lpw, as DOMAIN §3 reads it).
- Whether Halt is still open for the pupil (a letter names Halt only then), whether leave was
  refused and taken anyway, whether luxe absence is a first offence, and the OM's terms.

Reads the ORM rows of one session; writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.facts import LetterReply, SentLetter
from lvs_desktop.models import Case, Enforcement, Guardian, Letter, LetterResponse, Report
from lvs_desktop.models.rules.dates import add_months
from lvs_desktop.models.rules.deadlines import DEFAULT_TERMS, DeadlineTerms
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.routes import Route, RouteCheck, RouteFacts, check_route

Labels = Mapping[str, Mapping[str, str]]
PENDING = "pending"
FAILED = "failed"
HALT = "halt"
PUPIL_PV = "pv_pupil"
PARENT_STEPS = ("pv_parent", "fine")  # a PV against the parent, a strafbeschikking / fine
ACQUITTALS = frozenset({"vrijspraak"})  # every other court outcome is a conviction
CONVICTED = frozenset({"convicted", "fined"})  # the enforcement outcomes that are one
LEAVE_ARTICLES = frozenset({"11g", "13a"})  # extra leave and holiday leave
REFUSED = "afgewezen"
KIND_AS_REPORT_TYPE = {"absolute_absence": "absolute", "luxe": "luxe"}


def _session(case: Case) -> Session:
    session = object_session(case)
    if session is None:  # pragma: no cover - a detached case is a programming error
        raise RuntimeError("case is not bound to a session")
    return session


# --- letters sent ---------------------------------------------------------------------------


def _replies(case: Case) -> dict[str, dict[str, LetterResponse]]:
    """Per letter id, per recipient: the newest recorded response (recording again corrects)."""
    rows = _session(case).scalars(
        select(LetterResponse)
        .where(LetterResponse.case_id == case.id, ~LetterResponse.deleted)
        .order_by(LetterResponse.created_at, LetterResponse.id)
    )
    out: dict[str, dict[str, LetterResponse]] = {}
    for r in rows:
        out.setdefault(r.letter_id, {})[r.recipient_id or r.recipient_name] = r
    return out


def letters_sent(case: Case, on: date, titles: Mapping[str, str]) -> tuple[SentLetter, ...]:
    """The letters of the case dated on or before `on`, one entry per letter and recipient.

    Only the kinds in `titles` count as letters sent (the caller leaves out drafts such as the
    PV and the Halt referral). A letter stored twice (the same kind to the same recipient on
    the same date) is one letter. `answered` is True when a recipient's response is recorded,
    False when only "no response" is recorded, None when nothing is.
    """
    letters = sorted(
        (x for x in case.letters if x.is_live and x.kind in titles and x.sent_on <= on),
        key=lambda x: (x.sent_on, x.created_at, x.id),
    )
    replies = _replies(case)
    merged: dict[tuple[str, str, date], list[LetterResponse]] = {}
    first: dict[tuple[str, str, date], SentLetter] = {}
    for x in letters:
        key = (x.kind, x.recipient_id or x.recipient_name, x.sent_on)
        merged.setdefault(key, []).extend(replies.get(x.id, {}).values())
        if key in first:
            if first[key].posted_on is None and x.posted_on is not None:
                first[key] = _sent(x, titles)
            continue
        first[key] = _sent(x, titles)
    out = []
    for key, sent in first.items():
        by_person: dict[str, LetterResponse] = {}
        for r in sorted(merged[key], key=lambda r: r.created_at):
            by_person[r.recipient_id or r.recipient_name] = r
        rs = tuple(
            LetterReply(name=r.recipient_name, responded=r.responded, noted_on=r.noted_on)
            for r in sorted(by_person.values(), key=lambda r: r.recipient_name)
            if r.noted_on <= on
        )
        answered = True if any(r.responded for r in rs) else (False if rs else None)
        out.append(
            SentLetter(
                kind=sent.kind,
                title=sent.title,
                sent_on=sent.sent_on,
                posted_on=sent.posted_on,
                recipient=sent.recipient,
                replies=rs,
                answered=answered,
            )
        )
    return tuple(out)


def _sent(x: Letter, titles: Mapping[str, str]) -> SentLetter:
    return SentLetter(
        kind=x.kind,
        title=titles.get(x.kind, x.kind),
        sent_on=x.sent_on,
        posted_on=x.posted_on,
        recipient=in_sentence(x.recipient_name),
    )


def in_sentence(name: str) -> str:
    """A recipient's name inside a sentence: "aan de heer A. de Vos", "aan Lina de Vos" (only a
    leading title loses its capital; a name keeps its own)."""
    if name.startswith(("De heer ", "Mevrouw ", "De familie ")):
        return name[:1].lower() + name[1:]
    return name


# --- the youth's earlier Halt referrals and PVs ---------------------------------------------


def _youth_steps(case: Case, kinds: Iterable[str], on: date, *, itself: bool) -> list[Enforcement]:
    """The youth's enforcement steps of these kinds in all its cases, dated on or before `on`.
    Without `itself`, the pending step of this case (the one being drawn) is left out."""
    wanted = frozenset(kinds)
    out = [
        e
        for c in case.youth.cases
        if not c.deleted
        for e in c.enforcements
        if not e.deleted
        and e.kind in wanted
        and e.dated_on <= on
        and (itself or not (c.id == case.id and e.outcome == PENDING))
    ]
    return sorted(out, key=lambda e: (e.dated_on, e.created_at))


def earlier_halt_referrals(case: Case, on: date) -> tuple[date, ...]:
    """The dates of the youth's earlier Halt referrals (all cases; not the one being drawn)."""
    return tuple(e.dated_on for e in _youth_steps(case, (HALT,), on, itself=False))


def _where(e: Enforcement, case: Case) -> str:
    return "" if e.case_id == case.id else f" (dossier {e.case.reference})"


def _course(e: Enforcement, labels: Labels) -> str:
    """The outcome in words: the OM's decision and the court's, else the step's outcome."""
    parts = []
    if e.om_decision:
        parts.append("OM: " + labels.get("om_decision", {}).get(e.om_decision, e.om_decision))
    if e.court_outcome:
        court = labels.get("court_outcome", {}).get(e.court_outcome, e.court_outcome)
        parts.append("rechter: " + court)
    if not parts:
        parts.append(labels.get("enforcement_outcome", {}).get(e.outcome, e.outcome))
    return "; ".join(p[0].lower() + p[1:] if p else p for p in parts)


def youth_history(case: Case, on: date, labels: Labels) -> tuple[str, ...]:
    """The youth's earlier Halt referrals and PVs against the youth, one line each."""
    names = {HALT: "Halt-verwijzing", PUPIL_PV: "Proces-verbaal tegen de jongere"}
    return tuple(
        f"{names[e.kind]} op {dutch_date(e.dated_on)}{_where(e, case)}: {_course(e, labels)}"
        for e in _youth_steps(case, names, on, itself=False)
    )


# --- the parent's earlier PVs and convictions -----------------------------------------------


def same_person(a: Guardian, b: Guardian) -> bool:
    """One parent on two files: the same row, the same BSN, or (neither has a BSN) the same
    surname, given names and birth date."""
    if a.id == b.id:
        return True
    if a.bsn or b.bsn:
        return bool(a.bsn) and a.bsn == b.bsn
    return (
        a.birth_date is not None
        and a.birth_date == b.birth_date
        and a.surname.casefold() == b.surname.casefold()
        and (a.given_names or a.initials or "").casefold()
        == (b.given_names or b.initials or "").casefold()
    )


def is_conviction(e: Enforcement) -> bool:
    """A court outcome other than an acquittal, or an outcome recorded as a conviction."""
    if e.court_outcome:
        return e.court_outcome not in ACQUITTALS
    return e.outcome in CONVICTED


@dataclass(frozen=True)
class ParentHistory:
    """The suspect parent's earlier PVs and fines, and whether one ended in a conviction."""

    lines: tuple[str, ...] = ()
    convicted: bool = False


def parent_history(case: Case, guardian_id: str, on: date, labels: Labels) -> ParentHistory:
    """Earlier PVs and fines of this parent, on any file in the vault (siblings too)."""
    session = _session(case)
    parent = session.get(Guardian, guardian_id)
    if parent is None:
        return ParentHistory()
    rows = session.execute(
        select(Enforcement, Guardian)
        .join(Guardian, Enforcement.subject_guardian_id == Guardian.id)
        .where(
            Enforcement.kind.in_(PARENT_STEPS),
            ~Enforcement.deleted,
            Enforcement.dated_on <= on,
        )
    ).all()
    steps = sorted(
        (
            e
            for e, other in rows
            if same_person(parent, other)
            and not e.case.deleted
            and not (e.case_id == case.id and e.outcome == PENDING)
        ),
        key=lambda e: (e.dated_on, e.created_at),
    )
    kinds = labels.get("enforcement_kind", {})
    lines = tuple(
        f"{kinds.get(e.kind, e.kind)} op {dutch_date(e.dated_on)}{_where(e, case)}: "
        f"{_course(e, labels)}{' (veroordeeld)' if e.court_outcome and is_conviction(e) else ''}"
        for e in steps
    )
    return ParentHistory(lines, any(is_conviction(e) for e in steps))


# --- the route facts a letter needs ---------------------------------------------------------


def _live_reports(case: Case) -> list[Report]:
    return [r for r in case.reports if r.is_live]


def leave_refused(case: Case) -> bool:
    """Leave (art. 11g/14 or 13a) was refused for a period that overlaps the case's absence, on
    any of the youth's files: taken anyway, it leads to a PV (DOMAIN §3)."""
    reports = _live_reports(case)
    if not reports:
        return False
    start = min(r.period_start or r.received_on for r in reports)
    end = max(r.period_end or r.period_start or r.received_on for r in reports)
    for c in case.youth.cases:
        for e in c.exemptions:
            if e.deleted or e.article not in LEAVE_ARTICLES or e.outcome != REFUSED:
                continue
            first = e.starts_on or e.received_on
            last = e.ends_on or first
            if first <= end and last >= start:
                return True
    return False


def luxe_first_offence(case: Case) -> bool:
    """No earlier luxe absence of the youth on another file: no luxe case opened before this
    one, no luxe report received before this case's first, no luxe step on another file."""
    mine = _live_reports(case)
    since = min((r.received_on for r in mine), default=case.opened_on)
    for c in case.youth.cases:
        if c.id == case.id or c.deleted:
            continue
        if c.kind == "luxe" and c.opened_on < case.opened_on:
            return False
        if any(r.report_type == "luxe" and r.received_on < since for r in _live_reports(c)):
            return False
        if any(not e.deleted and e.absence_kind == "luxe" for e in c.enforcements):
            return False
    return True


def case_route_facts(
    case: Case,
    on: date,
    *,
    parents_consent: bool | None = True,
    admits: bool | None = True,
    structural: bool = False,
    help_refused: bool = False,
    development_threatened: bool = False,
    luxe_first_offence_added: bool = False,
) -> RouteFacts | None:
    """The route rules' facts from the case and the youth's Halt referrals dated on or before
    `on` (all its cases), with the consultant's judgement; the one computation for letters and
    the route services. None without any report; invalid facts raise `InvalidFacts`."""
    reports = _live_reports(case)
    if case.kind in KIND_AS_REPORT_TYPE:
        report_type = KIND_AS_REPORT_TYPE[case.kind]
    elif reports:
        report_type = reports[-1].report_type
    else:
        return None
    start = min((r.period_start or r.received_on for r in reports), default=case.opened_on)
    end = max((r.period_end or r.period_start or r.received_on for r in reports), default=start)
    halts = _youth_steps(case, (HALT,), on, itself=True)
    return RouteFacts(
        birth_date=case.youth.birth_date,
        absence_start=start,
        absence_end=max(end, start),
        report_type=report_type,
        hours_absent=sum(r.hours_absent for r in reports),
        late_count=sum(r.late_count for r in reports),
        previous_halt_referrals=tuple((e.dated_on, True) for e in halts),
        parents_consent=parents_consent,
        admits=admits,
        structural=structural,
        help_refused=help_refused,
        development_threatened=development_threatened,
        halt_failed=any(e.outcome == FAILED for e in halts),
        # the vault's history decides a first offence too; the consultant may only add one
        luxe_first_offence=luxe_first_offence_added
        or (report_type == "luxe" and luxe_first_offence(case)),
        luxe_days=sum(r.days_absent for r in reports) if report_type == "luxe" else 0.0,
        leave_refused=leave_refused(case),  # refused leave taken anyway: a PV [OM]
    )


def route_facts(case: Case, on: date) -> RouteFacts | None:
    """The route rules' facts from the case, assuming consent and admission (a letter may
    name a route only when the vault's facts leave it open). None without any report."""
    try:
        return case_route_facts(case, on)
    except InvalidFacts:
        return None


def halt_open(case: Case, on: date) -> bool:
    """Halt is still possible for this pupil on `on` (age, kind of absence, earlier referrals
    on all files, the Halt table), consent and admission aside."""
    facts = route_facts(case, on)
    return facts is not None and check_route(facts, Route.HALT, on).open


def criminal_route(case: Case, on: date) -> RouteCheck | None:
    """The rules' check of a PV for this case (e.g. a first luxe offence of at most a day)."""
    facts = route_facts(case, on)
    return None if facts is None else check_route(facts, Route.CRIMINAL, on)


# --- the OM's terms -------------------------------------------------------------------------


def om_term_warnings(case: Case, on: date, terms: DeadlineTerms = DEFAULT_TERMS) -> tuple[str, ...]:
    """Warnings when a PV dated `on` is later than the OM's terms (DOMAIN §3 and §5): within
    1 month of the first interrogation, in principle within 2 months of the report."""
    received = [r.received_on for r in _live_reports(case)]
    heard = [c.occurred_at.date() for c in case.contacts if c.is_live and c.is_interrogation]
    out = []
    if received:
        first = min(received)
        due = add_months(first, terms.pv_months_after_report)
        if on > due:
            out.append(
                f"De melding is ontvangen op {dutch_date(first)}; het OM vraagt het "
                f"proces-verbaal in beginsel binnen {terms.pv_months_after_report} maanden "
                f"(uiterlijk {dutch_date(due)})."
            )
    if heard:
        first = min(heard)
        due = add_months(first, terms.pv_months_after_interrogation)
        if on > due:
            months = terms.pv_months_after_interrogation
            word = "maand" if months == 1 else "maanden"
            out.append(
                f"Het eerste verhoor was op {dutch_date(first)}; het OM vraagt het "
                f"proces-verbaal binnen {months} {word} daarna (uiterlijk {dutch_date(due)})."
            )
    return tuple(out)
