"""The intake inbox: imported reports not yet assigned, the proposed consultant, assigning.

The proposal comes from the roster through the one rule in `proposal.Roster` (school, then
place of residence, then the school's municipality; among several, the first by name), the
same rule the register lists' "Dossier openen" uses. The first-contact deadline is not stored
(DESIGN §3): it follows from the report date the file gave (`Report.received_on`) and the
region's deadline terms, and the caseload shows the same date once the case is assigned.

`assign` makes, per inbox row, the youth (if new), the case (under the reference code of this
vault's owner, the team lead or administration, so that references stay unique across
laptops) and the report, in one transaction; a youth who meanwhile has an open case gets the
report in that case. The inbox row keeps only its DUO number and status after that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Consultant,
    IntakeReport,
    Municipality,
    School,
    UserError,
    Youth,
    new_id,
    utcnow,
)
from lvs_desktop.models.people import _join_name
from lvs_desktop.models.rules.deadlines import first_contact_due
from lvs_desktop.models.rules.route_types import REPORT_TYPES
from lvs_desktop.services.cases import next_reference
from lvs_desktop.services.intake.importer import open_case_of, people_index, report_for
from lvs_desktop.services.intake.proposal import Roster
from lvs_desktop.services.settings import get_terms
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault
from lvs_desktop.sync.tombstones import INTAKE_PERSONAL_FIELDS, forget_intake

CASE_KIND_OF_REPORT = {"luxe": "luxe", "18_plus": "absence_18_plus"}  # else relative_absence
PERSONAL_FIELDS = INTAKE_PERSONAL_FIELDS


@dataclass(frozen=True)
class InboxRow:
    id: str
    status: str  # "new" or "candidate"
    duo_number: str
    name: str
    birth_date: date | None
    has_number: bool
    school: str
    municipality: str
    report_type: str
    received_on: date
    first_contact_due: date
    proposed_id: str | None
    proposed: str
    candidate: str  # "Naam (dd-mm-jjjj)" of the youth it may be, for a candidate


def _town_ids(s: Session) -> dict[str, str]:
    """Live municipality ids by their name in lower case (a place of residence → municipality)."""
    return {
        " ".join(name.split()).casefold(): mid
        for mid, name in s.execute(
            select(Municipality.id, Municipality.name).where(~Municipality.deleted)
        )
    }


def _municipality_id(towns: dict[str, str], city: str | None, school: School | None) -> str | None:
    found = towns.get(" ".join((city or "").split()).casefold())
    return found or (school.municipality_id if school else None)


def keeps_intake(vault: Vault) -> bool:
    """Whether this vault's owner works the intake: a team lead or the administration."""
    if vault.role == "team":
        return True
    with vault.session() as s:
        owner = s.get(Consultant, vault.owner_id) if vault.owner_id else None
        return owner is not None and owner.role in ("team_lead", "administration")


def list_inbox(vault: Vault) -> list[InboxRow]:
    """Reports waiting for a consultant or a confirmation, oldest report first."""
    terms = get_terms(vault)
    with vault.session() as s:
        roster = Roster.read(s)
        names = {c.id: c.name for c in s.scalars(select(Consultant))}
        munis = {m.id: m.name for m in s.scalars(select(Municipality))}
        towns = _town_ids(s)
        out = []
        query = (
            select(IntakeReport)
            .where(IntakeReport.status.in_(("new", "candidate")))
            .order_by(IntakeReport.received_on, IntakeReport.duo_number)
        )
        for r in s.scalars(query):
            school = s.get(School, r.school_id) if r.school_id else None
            muni_id = _municipality_id(towns, r.city, school)
            residence = towns.get(" ".join((r.city or "").split()).casefold())
            proposed = roster.propose(r.school_id if school else None, residence)
            candidate = s.get(Youth, r.candidate_youth_id) if r.candidate_youth_id else None
            out.append(
                InboxRow(
                    id=r.id,
                    status=r.status,
                    duo_number=r.duo_number,
                    name=_join_name(r.given_names, r.surname_prefix, r.surname),
                    birth_date=r.birth_date,
                    has_number=bool(r.bsn or r.onderwijsnummer),
                    school=school.name if school else "",
                    municipality=munis.get(muni_id or "", ""),
                    report_type=REPORT_TYPES.get(r.report_type, r.report_type),
                    received_on=r.received_on,
                    first_contact_due=first_contact_due(r.received_on, terms),
                    proposed_id=proposed,
                    proposed=names.get(proposed or "", ""),
                    candidate=(
                        f"{candidate.full_name} ({candidate.birth_date:%d-%m-%Y})"
                        if candidate
                        else ""
                    ),
                )
            )
        return out


def _inbox_rows(s: Session, refs: list[str]) -> dict[str, IntakeReport]:
    """The inbox rows named by id or DUO number, read at once (keyed by both)."""
    wanted = sorted({ref.strip() for ref in refs})
    out: dict[str, IntakeReport] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        query = select(IntakeReport).where(
            IntakeReport.id.in_(part) | IntakeReport.duo_number.in_(part)
        )
        for row in s.scalars(query):
            out[row.id] = out[row.duo_number] = row
    return out


def _inbox_row(s: Session, duo_or_id: str) -> IntakeReport:
    row = (
        s.get(IntakeReport, duo_or_id)
        or s.scalars(
            select(IntakeReport).where(IntakeReport.duo_number == duo_or_id.strip())
        ).first()
    )
    if row is None:
        raise UserError(f"Melding {duo_or_id.strip()} staat niet in de intake.")
    return row


def _new_youth(row: IntakeReport, school: School | None, towns: dict[str, str]) -> Youth:
    return Youth(
        id=new_id(),  # known before the flush: one flush for the whole assignment
        bsn=row.bsn,
        given_names=row.given_names or "",
        surname_prefix=row.surname_prefix,
        surname=row.surname or "",
        birth_date=row.birth_date,
        street=row.street,
        house_number=row.house_number,
        postcode=row.postcode,
        city=row.city,
        municipality_id=_municipality_id(towns, row.city, school),
        school_id=row.school_id,
    )


def _settle(row: IntakeReport, case_id: str, youth_id: str) -> None:
    """The row is now the case's report: keep its number and status, forget the person."""
    row.status = "assigned"
    row.case_id = case_id
    row.youth_id = youth_id
    row.assigned_at = utcnow().replace(tzinfo=None)
    for name in PERSONAL_FIELDS:
        setattr(row, name, None)


def assign(
    vault: Vault, refs: Iterable[str], consultant_id: str, today: date | None = None
) -> ChangeSummary:
    """Assign inbox rows (ids or DUO numbers) to one consultant, all in one transaction."""
    return assign_each(vault, [(ref, consultant_id) for ref in dict.fromkeys(refs)], today)


def assign_proposed(
    vault: Vault, refs: Iterable[str] | None = None, today: date | None = None
) -> ChangeSummary:
    """Assign inbox rows (all waiting ones if `refs` is None) each to its proposed consultant;
    those without a proposal stay in the inbox and the message names them (the bulk assign
    goes on for the rest). Refused only when none has a proposal."""
    rows = [r for r in list_inbox(vault) if r.status == "new"]
    if refs is not None:
        wanted = {ref.strip() for ref in refs}
        rows = [r for r in rows if r.id in wanted or r.duo_number in wanted]
    lacking = [r.duo_number for r in rows if r.proposed_id is None]
    why = (
        f"Geen voorstel voor melding {', '.join(lacking)}: niemand op het rooster dekt "
        "die school of gemeente. Kies zelf een consulent."
    )
    proposed = [(r.id, r.proposed_id) for r in rows if r.proposed_id is not None]
    if lacking and not proposed:
        raise UserError(why)
    summary = assign_each(vault, proposed, today)
    if lacking:
        summary.message += " Niet toegewezen: " + why[0].lower() + why[1:]
    return summary


def assign_each(
    vault: Vault, pairs: list[tuple[str, str]], today: date | None = None
) -> ChangeSummary:
    """Assign each inbox row (id or DUO number) to its consultant, in one transaction: the
    youth if new, the case (or the youth's open case) and the report."""
    today = today or date.today()
    if not pairs:
        raise UserError("Kies eerst een of meer meldingen.")
    with UnitOfWork(vault, "assign_intake") as uow:
        s = uow.session
        owner = get_live(s, Consultant, vault.owner_id or "", "Eigenaar van de kluis")
        joined = 0
        names: set[str] = set()
        towns = _town_ids(s)
        by_bsn, by_onr, open_case = people_index(s)
        found = _inbox_rows(s, [ref for ref, _c in pairs])
        prefix, _dash, first = next_reference(s, today.year, owner.code).rpartition("-")
        number = int(first)  # counted here: asking per case rereads every reference
        for ref, consultant_id in pairs:
            consultant = get_live(s, Consultant, consultant_id, "Consulent")
            if not consultant.active:
                raise UserError(f"{consultant.name} is gearchiveerd; kies een ander.")
            row = found.get(ref.strip())
            if row is None:
                raise UserError(f"Melding {ref.strip()} staat niet in de intake.")
            if row.status == "assigned":
                raise UserError(f"Melding {row.duo_number} is al toegewezen.")
            if row.status == "removed":
                raise UserError(f"Melding {row.duo_number} is uit het postvak verwijderd.")
            if row.status == "candidate":
                raise UserError(
                    f"Melding {row.duo_number}: bevestig eerst of dit dezelfde jongere is."
                )
            school = s.get(School, row.school_id) if row.school_id else None
            youth_id = (
                row.youth_id or by_bsn.get(row.bsn or "") or by_onr.get(row.onderwijsnummer or "")
            )
            if youth_id:
                youth: Youth = get_live(s, Youth, youth_id, "Jeugdige")
            else:
                youth = _new_youth(row, school, towns)
                s.add(youth)
            if row.bsn:
                by_bsn[row.bsn] = youth.id
            if row.onderwijsnummer:
                by_onr[row.onderwijsnummer] = youth.id
            case_id = open_case.get(youth.id)
            if case_id is not None:
                joined += 1
            else:
                case = Case(
                    id=new_id(),
                    reference=f"{prefix}-{number:04d}",
                    youth_id=youth.id,
                    consultant_id=consultant.id,
                    kind=CASE_KIND_OF_REPORT.get(row.report_type, "relative_absence"),
                    status="in_behandeling",
                    opened_on=today,
                    municipality_id=youth.municipality_id,
                    school_id=row.school_id or youth.school_id,
                )
                number += 1
                s.add(case)
                case_id = open_case[youth.id] = case.id
            names.add(consultant.name)
            s.add(report_for(row, case_id, row.school_id))
            _settle(row, case_id, youth.id)
        note = f" ({joined} bij een lopend dossier)" if joined else ""
        who = ", ".join(sorted(names))
        return uow.commit(f"{len(pairs)} melding(en) toegewezen aan {who}{note}.")


def forget_youths(s: Session, youth_ids: Iterable[str]) -> None:
    """A retention purge destroyed these youths: their intake rows forget them too (see
    `sync.tombstones.forget_intake`, which every purge runs, also one from a bundle)."""
    forget_intake(s, youth_ids, ())


def confirm_candidate(vault: Vault, ref: str, same: bool) -> ChangeSummary:
    """A person says whether a candidate is the youth we know ("dit is dezelfde jongere"):
    yes → linked (and into that youth's open case, if any); no → a new youth."""
    with UnitOfWork(vault, "confirm_intake_candidate") as uow:
        s = uow.session
        row = _inbox_row(s, ref)
        if row.status != "candidate" or not row.candidate_youth_id:
            raise UserError(f"Melding {row.duo_number} wacht niet op een bevestiging.")
        if not same:
            row.candidate_youth_id = None
            row.status = "new"
            uow.audit("update", IntakeReport.__tablename__, row.id, "intake: nieuwe jongere")
            return uow.commit(f"Melding {row.duo_number}: nieuwe jongere.")
        youth = get_live(s, Youth, row.candidate_youth_id, "Jeugdige")
        row.youth_id = youth.id
        row.candidate_youth_id = None
        row.status = "new"
        uow.audit("update", IntakeReport.__tablename__, row.id, "intake: dezelfde jongere")
        case = open_case_of(s, youth.id)
        if case is None:
            return uow.commit(f"Melding {row.duo_number}: dezelfde jongere; wacht op toewijzing.")
        s.add(report_for(row, case.id, row.school_id))
        _settle(row, case.id, youth.id)
        return uow.commit(f"Melding {row.duo_number} toegevoegd aan dossier {case.reference}.")
