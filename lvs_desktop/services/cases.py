"""Cases and their reports: open, report absence, close with a DUO closing reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select

from lvs_desktop.models import Case, Consultant, Report, School, UserError, Youth
from lvs_desktop.models.enrolment import school_id_on
from lvs_desktop.services.people import (
    GuardianInput,
    YouthInput,
    add_guardian_row,
    add_youth,
    check_youth,
)
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault


@dataclass
class ReportInput:
    report_type: str
    received_on: date
    period_start: date | None = None
    period_end: date | None = None
    hours_absent: float = 0.0
    days_absent: float = 0.0
    late_count: int = 0
    hours_unit: str = "clock"
    all_lessons_missed: bool = False
    school_id: str | None = None
    suspected_reason: str | None = None
    school_actions: str | None = None
    school_wants_action: bool = True
    reporter_name: str | None = None
    reporter_function: str | None = None
    reporter_phone: str | None = None
    reporter_email: str | None = None
    duo_number: str | None = None


def next_reference(session: object, year: int, code: str) -> str:
    """`YYYY-CODE-NNNN`: readable on the phone, unique across laptops because each consultant's
    code is their own (a team lead creates cases under their own code)."""
    prefix = f"{year}-{code.upper()}-"
    refs = session.scalars(  # type: ignore[attr-defined]
        select(Case.reference).where(Case.reference.like(prefix + "%"))
    ).all()
    numbers = [int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def _check_report(session: object, data: ReportInput, today: date) -> None:
    c = Checker()
    c.code(session, "report_type", data.report_type, "Soort melding")  # type: ignore[arg-type]
    c.required(data.received_on, "Datum van ontvangst")
    c.not_future(data.received_on, today, "De datum van ontvangst")
    c.not_after(data.period_start, data.period_end, "Het verzuim eindigt vóór het begint.")
    c.check(
        data.hours_absent >= 0 and data.late_count >= 0, "Uren en aantallen zijn niet negatief."
    )
    c.check(data.hours_unit in ("clock", "lesson"), "Uren zijn klokuren of lesuren.")
    if data.school_id and session.get(School, data.school_id) is None:  # type: ignore[attr-defined]
        c.problems.append("De school is onbekend.")
    c.done()


def open_case(
    vault: Vault,
    youth_id: str | None,
    kind: str,
    opened_on: date,
    *,
    consultant_id: str | None = None,
    report: ReportInput | None = None,
    today: date | None = None,
    new_youth: YouthInput | None = None,
    guardian: GuardianInput | None = None,
) -> ChangeSummary:
    """Open a case for a youth (with its first report, if any); the reference is assigned.
    Without `youth_id`, `new_youth` is added first (and `guardian` with it), in the same
    transaction: a refused case leaves no youth behind."""
    today = today or date.today()
    checked = check_youth(new_youth, today) if new_youth is not None else None
    with UnitOfWork(vault, "open_case") as uow:
        s = uow.session
        if youth_id is None:
            if checked is None:
                raise ValueError("open_case needs a youth_id or a new_youth")
            youth_id = add_youth(s, checked).id
        youth = get_live(s, Youth, youth_id, "Jeugdige")
        if guardian is not None:
            add_guardian_row(s, youth.id, guardian)
        consultant = get_live(s, Consultant, consultant_id or vault.owner_id or "", "Consulent")
        c = Checker()
        c.code(s, "case_kind", kind, "Soort dossier")
        c.not_future(opened_on, today, "De openingsdatum")
        c.done()
        if report:
            _check_report(s, report, today)
        case = Case(
            reference=next_reference(s, opened_on.year, consultant.code),
            youth_id=youth.id,
            consultant_id=consultant.id,
            kind=kind,
            status="in_behandeling",
            opened_on=opened_on,
            municipality_id=youth.municipality_id,
            school_id=youth.school_id,
        )
        s.add(case)
        s.flush()
        if report:
            fields = asdict(report)
            fields["school_id"] = fields["school_id"] or youth.school_id
            s.add(Report(case_id=case.id, **fields))
        return uow.commit(f"Dossier {case.reference} geopend.")


def add_report(
    vault: Vault, case_id: str, report: ReportInput, today: date | None = None
) -> ChangeSummary:
    with UnitOfWork(vault, "add_report") as uow:
        case = get_live(uow.session, Case, case_id, "Dossier")
        _check_report(uow.session, report, today or date.today())
        fields = asdict(report)
        # the school the pupil was at when the report came in (history), else the case's
        fields["school_id"] = (
            fields["school_id"] or school_id_on(case.youth, report.received_on) or case.school_id
        )
        uow.session.add(Report(case_id=case.id, **fields))
        return uow.commit("Melding toegevoegd.")


def update_report(
    vault: Vault, report_id: str, report: ReportInput, today: date | None = None
) -> ChangeSummary:
    """Correct a report's facts (a mistyped one that should not count at all is voided)."""
    with UnitOfWork(vault, "update_report") as uow:
        row = get_live(uow.session, Report, report_id, "Melding")
        if row.voided_on is not None:
            raise UserError("Een ongeldig gemaakte melding kan niet meer worden bewerkt.")
        _check_report(uow.session, report, today or date.today())
        for key, value in asdict(report).items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        return uow.commit("Melding bijgewerkt.")


@dataclass
class CaseEdit:
    """What a consultant may change on a case: kind, consultant, notes, underlying problems."""

    kind: str
    consultant_id: str
    underlying_problems: str | None = None
    problem_codes: tuple[str, ...] = ()


def update_case(vault: Vault, case_id: str, data: CaseEdit) -> ChangeSummary:
    """Edit a case; the problem codes are stored sorted, comma-separated, for the figures."""
    with UnitOfWork(vault, "update_case") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        c = Checker()
        c.code(s, "case_kind", data.kind, "Soort dossier")
        for code in data.problem_codes:
            c.code(s, "underlying_problem", code, "Onderliggend probleem")
        consultant = s.get(Consultant, data.consultant_id)
        c.check(
            consultant is not None and not consultant.deleted,
            "De consulent is onbekend.",
        )
        c.done()
        codes = ",".join(sorted(set(data.problem_codes))) or None
        text = (data.underlying_problems or "").strip() or None
        new = {
            "kind": data.kind,
            "consultant_id": data.consultant_id,
            "underlying_problems": text,
            "problem_codes": codes,
        }
        for key, value in new.items():
            if getattr(case, key) != value:
                setattr(case, key, value)
        return uow.commit(f"Dossier {case.reference} bijgewerkt.")


def update_case_notes(vault: Vault, case_id: str, underlying_problems: str | None) -> ChangeSummary:
    with UnitOfWork(vault, "update_case") as uow:
        get_live(uow.session, Case, case_id, "Dossier").underlying_problems = underlying_problems
        return uow.commit("Dossier bijgewerkt.")


def close_case(
    vault: Vault,
    case_id: str,
    closed_on: date,
    closing_reason: str,
    closing_note: str,
    outcome: str | None = None,
    *,
    status: str = "afgesloten",
    today: date | None = None,
) -> ChangeSummary:
    """Close a case with a DUO closing reason and closing note; open tasks are left as they are."""
    with UnitOfWork(vault, "close_case") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        if case.closed_on is not None:
            raise UserError(f"Dossier {case.reference} is al gesloten.")
        c = Checker()
        c.code(s, "closing_reason", closing_reason, "Reden van afsluiten")
        c.code(s, "closing_note", closing_note, "Afsluitende opmerking")
        c.code(s, "case_status", status, "Status")
        c.check(status != "in_behandeling", "Een gesloten dossier is niet meer in behandeling.")
        c.not_after(case.opened_on, closed_on, "De sluitdatum ligt vóór de openingsdatum.")
        c.not_future(closed_on, today or date.today(), "De sluitdatum")
        c.done()
        case.closed_on = closed_on
        case.closing_reason = closing_reason
        case.closing_note = closing_note
        case.outcome = outcome
        case.status = status
        for r in case.reports:
            if not r.deleted:
                r.duo_status = status
        return uow.commit(f"Dossier {case.reference} gesloten.")


def record_view(vault: Vault, case_id: str) -> None:
    """Opening a case is audited ("viewed"), as the file holds special personal data."""
    with UnitOfWork(vault, "view_case") as uow:
        uow.audit("view", Case.__tablename__, case_id, "view_case")
        uow.commit()
