"""Importing absence reports: read, map, check and match every line, in ONE transaction.

Per line (`rows.parse_row` refuses a bad one whole, with its line number and a reason):

* its DUO number was imported before (a report in a case, or a row in the inbox), or came
  earlier in this same import → **unchanged**, never doubled;
* a BSN or onderwijsnummer names a youth we know (BSN: `Youth.bsn`; onderwijsnummer: an
  earlier intake row linked to a youth, as the youth table keeps no onderwijsnummer) and that
  youth has an open case → the report is **added to the case**;
* otherwise, with a number → **new**: a row in the intake inbox, waiting for a consultant;
* without any number, a youth with the same surname and birth date exists → a **candidate**
  in the inbox, for a person to confirm (never matched on the name alone);
  without a number and no such youth → new.

Refused lines are never half-imported: a line is checked in full before anything of it is
written. Good lines go in together, in one transaction: an import killed halfway leaves
nothing of itself (SQLite rolls the open transaction back). `dry_run` does all the work and
rolls it back, so its counts are exactly what the import would do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, IntakeReport, Report, School, Youth
from lvs_desktop.services.intake.profiles import Profile, choose_profile
from lvs_desktop.services.intake.reading import RawTable, read_table
from lvs_desktop.services.intake.rows import Refused, ReportRow, parse_row
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

Progress = Callable[[int, int], None]


UNKNOWN_SCHOOL = "onbekende school"  # the register import's words for the same refusal
ADD_SCHOOLS = (
    "Voeg de ontbrekende scholen toe met 'lvs-desktop region schools add' of "
    "'lvs-desktop region schools import' en lees het bestand daarna opnieuw in."
)


@dataclass(frozen=True)
class RefusedLine:
    file: str
    line: int
    reason: str

    def describe(self, with_file: bool = False) -> str:
        head = f"{self.file}, regel {self.line}" if with_file else f"regel {self.line}"
        return f"{head}: {self.reason}"


@dataclass
class ImportResult:
    profile: str = ""
    new: int = 0
    added: int = 0
    unchanged: int = 0
    candidates: int = 0
    refused: list[RefusedLine] = field(default_factory=list)
    dry_run: bool = False
    changes: ChangeSummary | None = None

    @property
    def nothing_read(self) -> bool:
        """Every line was refused: nothing was (or would be) taken in."""
        return bool(self.refused) and not (
            self.new or self.added or self.unchanged or self.candidates
        )

    @property
    def unknown_schools(self) -> bool:
        return any(r.reason.startswith(UNKNOWN_SCHOOL) for r in self.refused)

    def summary_line(self) -> str:
        """One Dutch line: what the import did (or would do)."""
        head = "Proefimport, niets opgeslagen" if self.dry_run else "Meldingen ingelezen"
        if self.nothing_read:
            head = "Niets ingelezen" if not self.dry_run else "Proefimport: niets in te lezen"
        return (
            f"{head}: {self.new} nieuw, {self.added} toegevoegd aan een dossier, "
            f"{self.unchanged} ongewijzigd, {self.candidates} kandidaat, "
            f"{len(self.refused)} geweigerd."
        )


@dataclass(frozen=True)
class _Known:
    """What the vault knows before the import, read once (an import adds no youths or cases,
    so these stay true while it runs)."""

    schools: dict[tuple[str, str], str]
    duo_numbers: set[str]
    by_bsn: dict[str, str]  # BSN → live youth id
    by_onr: dict[str, str]  # onderwijsnummer → live youth id (from earlier intake rows)
    open_case: dict[str, str]  # youth id → its latest open case


def _known(s: Session) -> _Known:
    schools = {
        (str(brin), vest or "00"): sid
        for sid, brin, vest in s.execute(
            select(School.id, School.brin, School.vestiging).where(
                ~School.deleted, School.brin.is_not(None)
            )
        )
    }
    numbers = set(
        s.scalars(select(Report.duo_number).where(~Report.deleted, Report.duo_number.is_not(None)))
    )
    numbers.update(s.scalars(select(IntakeReport.duo_number)))
    by_bsn, by_onr, open_case = people_index(s)
    return _Known(schools, {n for n in numbers if n}, by_bsn, by_onr, open_case)


def people_index(s: Session) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """BSN → live youth id, onderwijsnummer → live youth id (from earlier intake rows), and
    youth id → its latest open case id; read once per import or assignment."""
    by_bsn = {
        str(bsn): yid
        for yid, bsn in s.execute(
            select(Youth.id, Youth.bsn).where(~Youth.deleted, Youth.bsn.is_not(None))
        )
    }
    by_onr = {
        str(onr): str(yid)
        for onr, yid in s.execute(
            select(IntakeReport.onderwijsnummer, IntakeReport.youth_id)
            .join(Youth, Youth.id == IntakeReport.youth_id)
            .where(~Youth.deleted, IntakeReport.onderwijsnummer.is_not(None))
        )
    }
    open_case = {
        youth_id: case_id
        for case_id, youth_id in s.execute(
            select(Case.id, Case.youth_id)
            .where(~Case.deleted, Case.closed_on.is_(None))
            .order_by(Case.opened_on)  # the latest opened wins
        )
    }
    return by_bsn, by_onr, open_case


def open_case_of(s: Session, youth_id: str) -> Case | None:
    return s.scalars(
        select(Case)
        .where(Case.youth_id == youth_id, ~Case.deleted, Case.closed_on.is_(None))
        .order_by(Case.opened_on.desc())
    ).first()


def report_for(row: ReportRow | IntakeReport, case_id: str, school_id: str | None) -> Report:
    """The case's report made from an imported line (or an inbox row)."""
    return Report(
        case_id=case_id,
        school_id=school_id,
        report_type=row.report_type,
        received_on=row.received_on,
        period_start=row.period_start,
        period_end=row.period_end,
        hours_absent=row.hours_absent,
        hours_unit=row.hours_unit,
        reporter_name=row.reporter_name,
        reporter_function=row.reporter_function,
        reporter_phone=row.reporter_phone,
        reporter_email=row.reporter_email,
        duo_number=row.duo_number,
    )


def _candidate(s: Session, row: ReportRow) -> Youth | None:
    """A youth with the same surname and birth date; among several (twins), the one whose
    first given name matches too. Only ever a proposal that a person confirms."""
    alike = list(
        s.scalars(
            select(Youth)
            .where(
                ~Youth.deleted,
                Youth.birth_date == row.birth_date,
                func.lower(Youth.surname) == row.surname.lower(),
            )
            .order_by(Youth.id)
        )
    )
    first = (row.given_names or "").split()[:1]
    same_name = [
        y for y in alike if first and y.given_names.casefold().split()[:1] == [first[0].casefold()]
    ]
    found = same_name or alike
    return found[0] if found else None


def mapped_lines(table: RawTable, profile: Profile) -> list[tuple[int, dict[str, str]]]:
    at = profile.indexes(table.header)
    return [(raw.line, {f: raw.values[i] for f, i in at.items()}) for raw in table.lines]


def import_reports(
    vault: Vault,
    files: Sequence[tuple[str, bytes]],
    *,
    profile: str | None = None,
    dry_run: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one or more downloads in one transaction; see the module docstring."""
    today = today or date.today()
    tables = [read_table(data, name) for name, data in files]
    profiles = [choose_profile(vault, t.header, profile) for t in tables]
    result = ImportResult(profile=", ".join(sorted({p.name for p in profiles})), dry_run=dry_run)
    total = sum(len(t.lines) for t in tables)
    done = 0
    with UnitOfWork(vault, "import_reports") as uow:
        s = uow.session
        known = _known(s)
        for table, chosen in zip(tables, profiles, strict=True):
            result.refused += [RefusedLine(table.name, n, why) for n, why in table.refused]
            for line, values in mapped_lines(table, chosen):
                try:
                    row = parse_row(line, values, today)
                    school_id = known.schools.get((row.brin, row.vestiging))
                    if school_id is None:
                        raise Refused(
                            f"{UNKNOWN_SCHOOL} (BRIN {row.brin}, vestiging {row.vestiging})"
                        )
                except Refused as why:
                    result.refused.append(RefusedLine(table.name, line, str(why)))
                else:
                    _take(s, row, school_id, table.name, known, result)
                done += 1
                if progress is not None:
                    progress(done, total)
        result.refused.sort(key=lambda r: (r.file, r.line))
        if dry_run:
            return result
        uow.audit(
            "import",
            IntakeReport.__tablename__,
            None,
            f"import_reports: {result.new} nieuw, {result.added} toegevoegd, "
            f"{result.candidates} kandidaat, {len(result.refused)} geweigerd",
        )
        result.changes = uow.commit(result.summary_line())
    return result


def _take(
    s: Session, row: ReportRow, school_id: str, file: str, known: _Known, result: ImportResult
) -> None:
    if row.duo_number in known.duo_numbers:
        result.unchanged += 1
        return
    known.duo_numbers.add(row.duo_number)
    youth_id = known.by_bsn.get(row.bsn or "") or known.by_onr.get(row.onderwijsnummer or "")
    case_id = known.open_case.get(youth_id or "")
    if case_id is not None:
        s.add(report_for(row, case_id, school_id))
        result.added += 1
        return
    candidate = None
    if youth_id is None and not row.bsn and not row.onderwijsnummer:
        candidate = _candidate(s, row)
    s.add(
        IntakeReport(
            status="candidate" if candidate else "new",
            duo_number=row.duo_number,
            file_name=file[-200:],
            line=row.line,
            bsn=row.bsn,
            onderwijsnummer=row.onderwijsnummer,
            given_names=row.given_names,
            surname_prefix=row.surname_prefix,
            surname=row.surname,
            birth_date=row.birth_date,
            street=row.street,
            house_number=row.house_number,
            postcode=row.postcode,
            city=row.city,
            school_id=school_id,
            report_type=row.report_type,
            received_on=row.received_on,
            period_start=row.period_start,
            period_end=row.period_end,
            hours_absent=row.hours_absent,
            hours_unit=row.hours_unit,
            reporter_name=row.reporter_name,
            reporter_function=row.reporter_function,
            reporter_phone=row.reporter_phone,
            reporter_email=row.reporter_email,
            youth_id=youth_id,
            candidate_youth_id=candidate.id if candidate else None,
        )
    )
    if candidate:
        result.candidates += 1
    else:
        result.new += 1
