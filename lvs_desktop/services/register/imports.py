"""Importing the residents extract and the enrolment file into the register: one transaction each.

A re-import is an upsert: a resident is found again by BSN, an enrolment by (number, BRIN,
vestiging, start); a row equal to the register is counted *unchanged* and not written. A line
is refused with its number and a Dutch reason (`csv_rows` for encoding and formula-like
cells; here a BSN that fails the 11-test, an onderwijsnummer that fails its check, an
impossible date, a municipality the vault does not know, a second line for the same key). An
enrolment at a school the vault does not know (outside the region) is kept with its BRIN as
given: the lists must never call an enrolled child "not enrolled". The good lines go in,
the refused ones are listed, and nothing is half-written: the whole file is one unit of work
(a crash or a kill halfway leaves the register as it was).
One audit event per import says how many rows, never whose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session
from stdnum.exceptions import ValidationError
from stdnum.nl import onderwijsnummer

from lvs_desktop.models import (
    Municipality,
    RegisterEnrolment,
    RegisterResident,
    School,
    UserError,
    utcnow,
)
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.identifiers import normalise_bsn, normalise_postcode
from lvs_desktop.models.rules.startkwalificatie import normalise_level
from lvs_desktop.services.region.schools import SCHOOL_TYPES
from lvs_desktop.services.register.csv_rows import BadLine, CsvLine, parse_day, read_lines
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

Progress = Callable[[int, int], None]
CHUNK = 5000
MAX_AGE = 23  # RMC ends on the 23rd birthday: older people are not the register's business

RESIDENT_COLUMNS = {
    "bsn": ("bsn", "burgerservicenummer"),
    "given_names": ("voornamen", "voornaam"),
    "surname_prefix": ("voorvoegsel", "tussenvoegsel"),
    "surname": ("achternaam", "geslachtsnaam"),
    "birth_date": ("geboortedatum",),
    "street": ("straat", "straatnaam"),
    "house_number": ("huisnummer",),
    "postcode": ("postcode",),
    "city": ("woonplaats",),
    "municipality": ("gemeente", "gemeentecode"),
    "moved_in_on": ("datum_vestiging", "datum vestiging", "vestigingsdatum"),
    "moved_out_on": ("datum_vertrek", "datum vertrek", "vertrekdatum"),
}
RESIDENT_REQUIRED = ("bsn", "given_names", "surname", "birth_date", "municipality")
RESIDENT_FIELDS = (
    "given_names", "surname_prefix", "surname", "birth_date", "street", "house_number",
    "postcode", "city", "municipality_id", "moved_in_on", "moved_out_on",
)  # fmt: skip

ENROLMENT_COLUMNS = {
    "brin": ("brin",),
    "bsn": ("bsn", "burgerservicenummer"),
    "onr": ("onderwijsnummer",),
    "vestiging": ("vestiging", "vestigingsnummer"),
    "starts_on": ("begindatum", "datum_inschrijving", "ingangsdatum"),
    "ends_on": ("einddatum", "datum_uitschrijving"),
    "level": ("diploma", "diploma_niveau", "niveau"),
    "diploma_on": ("diplomadatum", "datum_diploma"),
    "school_type": ("soort", "onderwijssoort", "schoolsoort"),
}
ENROLMENT_REQUIRED = ("brin", "starts_on")
ENROLMENT_FIELDS = ("school_id", "school_type", "ends_on", "diploma_level", "diploma_on")

KIND_LABELS = {"residents": "Inwoners", "enrolments": "Inschrijvingen"}


@dataclass
class RegisterImportReport:
    """What an import did (or, in a dry run, would do)."""

    kind: str  # "residents" or "enrolments"
    file: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: list[BadLine] = field(default_factory=list)
    applied: bool = False
    summary: ChangeSummary | None = None
    outside: int = 0  # enrolments kept at a school the register does not know (by BRIN)

    def counts_line(self, *, note: bool = True) -> str:
        """One Dutch line: "Inwoners uit a.csv: 3 nieuw, 1 gewijzigd, …, 1 geweigerd"."""
        return (
            f"{KIND_LABELS[self.kind]} uit {self.file}: {self.new} nieuw, {self.changed} "
            f"gewijzigd, {self.unchanged} ongewijzigd, {len(self.refused)} geweigerd"
            + ("" if self.applied or not note else " (proefimport: niets opgeslagen)")
        )


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _day(text: str, what: str) -> date | None:
    try:
        return parse_day(text, what)
    except ValueError as exc:
        raise _Refused(str(exc)) from None


def _bsn(text: str) -> str:
    """The BSN, or a refusal that does not repeat the number (it goes to a screen or a log)."""
    try:
        return normalise_bsn(text)
    except RuleError:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) in (8, 9):
            raise _Refused("BSN voldoet niet aan de elfproef") from None
        raise _Refused("BSN moet 9 cijfers hebben") from None


def _municipalities(session: Session) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in session.scalars(select(Municipality).where(~Municipality.deleted)):
        out[m.name.strip().lower()] = m.id
        if m.cbs_code:
            out[m.cbs_code.lstrip("0")] = m.id
    return out


def _resident(cells: dict[str, str], towns: dict[str, str], today: date) -> dict[str, Any]:
    bsn = _bsn(cells["bsn"])
    if not cells["given_names"] or not cells["surname"]:
        raise _Refused("voornamen en achternaam zijn verplicht")
    born = _day(cells["birth_date"], "geboortedatum")
    if born is None:
        raise _Refused("geboortedatum ontbreekt")
    if born > today:
        raise _Refused(f"geboortedatum {born:%d-%m-%Y} ligt in de toekomst")
    if age_on(born, today) >= MAX_AGE:
        raise _Refused("23 jaar of ouder: hoort niet in de leerplichtadministratie")
    moved_in = _day(cells.get("moved_in_on", ""), "datum vestiging")
    moved_out = _day(cells.get("moved_out_on", ""), "datum vertrek")
    if moved_in is not None and moved_in < born:
        raise _Refused("datum vestiging ligt vóór de geboortedatum")
    if moved_in is not None and moved_out is not None and moved_out < moved_in:
        raise _Refused("datum vertrek ligt vóór de datum vestiging")
    town = cells["municipality"].strip()
    municipality_id = towns.get(town.lower()) or towns.get(town.lstrip("0"))
    if municipality_id is None:
        raise _Refused(f"onbekende gemeente '{town}'")
    postcode = cells.get("postcode") or None
    if postcode:
        try:
            postcode = normalise_postcode(postcode)
        except RuleError as exc:
            raise _Refused(exc.message_nl.rstrip(".")) from None
    return {
        "bsn": bsn,
        "given_names": cells["given_names"],
        "surname_prefix": cells.get("surname_prefix") or None,
        "surname": cells["surname"],
        "birth_date": born,
        "street": cells.get("street") or None,
        "house_number": cells.get("house_number") or None,
        "postcode": postcode,
        "city": cells.get("city") or None,
        "municipality_id": municipality_id,
        "moved_in_on": moved_in,
        "moved_out_on": moved_out,
    }


def _schools(session: Session) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    rows = session.execute(
        select(School.brin, School.vestiging, School.id, School.school_type).where(
            ~School.deleted, School.brin.is_not(None)
        )
    )
    for brin, vestiging, school_id, school_type in rows:
        out.setdefault(
            ((brin or "").upper(), (vestiging or "00").zfill(2)), (school_id, school_type)
        )
    return out


def _school_type(cells: dict[str, str]) -> str:
    """The type of a school the register does not know: the file's 'soort' column when it
    names one, otherwise what the diploma says (havo, vwo, vmbo: VO; mbo: MBO), else ""."""
    named = cells.get("school_type", "").strip().upper()
    if named in SCHOOL_TYPES:
        return named
    level = normalise_level(cells.get("level", "")) or ""
    if level in ("havo", "vwo", "vmbo", "pro"):
        return "VO"
    return "MBO" if level.startswith("mbo") else ""


def _enrolment(
    cells: dict[str, str], schools: dict[tuple[str, str], tuple[str, str]]
) -> dict[str, Any]:
    if cells.get("bsn"):
        number, kind = _bsn(cells["bsn"]), "bsn"
    elif cells.get("onr"):
        try:
            number, kind = str(onderwijsnummer.validate(cells["onr"])), "onr"
        except ValidationError:
            raise _Refused("onderwijsnummer klopt niet") from None
    else:
        raise _Refused("geen BSN of onderwijsnummer")
    brin = cells["brin"].strip().upper()
    vestiging = (cells.get("vestiging") or "00").strip().zfill(2)
    school = schools.get((brin, vestiging))
    if school is None:
        # A school outside the register (an mbo in Rotterdam): kept with its BRIN as given;
        # the type from the file's own column, else from the diploma's level, else unknown.
        school = ("", _school_type(cells))
    starts = _day(cells["starts_on"], "begindatum")
    if starts is None:
        raise _Refused("begindatum ontbreekt")
    ends = _day(cells.get("ends_on", ""), "einddatum")
    if ends is not None and ends < starts:
        raise _Refused("einddatum ligt vóór de begindatum")
    level_text = cells.get("level", "")
    level = normalise_level(level_text) if level_text else None
    if level_text and level is None:
        raise _Refused(f"onbekend diplomaniveau '{level_text}'")
    diploma_on = _day(cells.get("diploma_on", ""), "diplomadatum")
    if (level is None) != (diploma_on is None):
        raise _Refused("diploma en diplomadatum horen samen")
    if diploma_on is not None and diploma_on < starts:
        raise _Refused("diplomadatum ligt vóór de begindatum")
    return {
        "person_number": number,
        "number_kind": kind,
        "brin": brin,
        "vestiging": vestiging,
        "school_id": school[0],
        "school_type": school[1],
        "starts_on": starts,
        "ends_on": ends,
        "diploma_level": level,
        "diploma_on": diploma_on,
    }


def read_file(path: Path) -> tuple[str, bytes]:
    try:
        return Path(path).name, Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"Kan {path} niet lezen: {exc.strerror}.") from exc


def _write(
    session: Session,
    model: type[Any],
    new: list[dict[str, Any]],
    changed: list[dict[str, Any]],
    progress: Progress | None,
) -> None:
    total, done = len(new) + len(changed), 0
    # New rows through Core (one executemany per chunk; the ORM's bulk insert splits rows by
    # which values are None), changed rows through the ORM's bulk update by primary key.
    table = model.__table__
    for rows, statement in ((new, insert(table)), (changed, update(model))):
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            session.execute(statement, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)


def _run(
    vault: Vault,
    kind: str,
    name: str,
    data: bytes,
    apply: bool,
    today: date,
    progress: Progress | None,
) -> RegisterImportReport:
    report = RegisterImportReport(kind, name)
    residents = kind == "residents"
    columns = RESIDENT_COLUMNS if residents else ENROLMENT_COLUMNS
    required = RESIDENT_REQUIRED if residents else ENROLMENT_REQUIRED
    lines = list(read_lines(data, name, columns, required))
    first = next((x for x in lines if isinstance(x, CsvLine)), None)
    if not residents and first is not None and not {"bsn", "onr"} & first.cells.keys():
        raise UserError(f"{name}: kolom bsn of onderwijsnummer ontbreekt in de kopregel.")
    now = _now()
    with UnitOfWork(vault, f"import_register_{kind}") as uow:
        s = uow.session
        if residents:
            towns = _municipalities(s)
            if not towns:
                raise UserError("Deze kluis heeft nog geen gemeenten: voeg eerst de regio toe.")
            table = RegisterResident.__table__
            existing = {r.bsn: r for r in s.execute(select(table))}
            fields: tuple[str, ...] = RESIDENT_FIELDS
        else:
            schools = _schools(s)
            table = RegisterEnrolment.__table__
            existing = {
                (r.person_number, r.brin, r.vestiging, r.starts_on): r
                for r in s.execute(select(table))
            }
            fields = ENROLMENT_FIELDS
        seen: dict[Any, int] = {}
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for item in lines:
            if isinstance(item, BadLine):
                report.refused.append(item)
                continue
            try:
                if residents:
                    values = _resident(item.cells, towns, today)
                    key: Any = values["bsn"]
                else:
                    values = _enrolment(item.cells, schools)
                    report.outside += not values["school_id"]
                    key = tuple(
                        values[k] for k in ("person_number", "brin", "vestiging", "starts_on")
                    )
                if key in seen:
                    raise _Refused(f"dubbele regel (ook op regel {seen[key]})")
            except _Refused as exc:
                report.refused.append(BadLine(item.line, exc.reason))
                continue
            seen[key] = item.line
            old = existing.get(key)
            values["updated_at"] = now
            if old is None:
                new.append(values)
            elif any(getattr(old, f) != values[f] for f in fields):
                values["id"] = old.id
                changed.append(values)
            else:
                report.unchanged += 1
        report.new, report.changed = len(new), len(changed)
        report.refused.sort(key=lambda b: b.line)
        if not apply:
            return report
        _write(s, RegisterResident if residents else RegisterEnrolment, new, changed, progress)
        uow.audit(
            "import",
            RegisterResident.__tablename__ if residents else RegisterEnrolment.__tablename__,
            None,
            f"{report.new} nieuw, {report.changed} gewijzigd, {report.unchanged} ongewijzigd, "
            f"{len(report.refused)} geweigerd",
        )
        report.applied = True
        report.summary = uow.commit(report.counts_line() + ".")
        report.summary.everything = True
        return report


def _now() -> datetime:
    return utcnow().replace(tzinfo=None)


def import_residents(
    vault: Vault,
    path: Path,
    *,
    apply: bool = True,
    today: date | None = None,
    progress: Progress | None = None,
) -> RegisterImportReport:
    """Import a residents extract (CSV); with `apply=False` only say what it would do."""
    name, data = read_file(path)
    return _run(vault, "residents", name, data, apply, today or date.today(), progress)


def import_enrolments(
    vault: Vault,
    path: Path,
    *,
    apply: bool = True,
    today: date | None = None,
    progress: Progress | None = None,
) -> RegisterImportReport:
    """Import an enrolment file (CSV); with `apply=False` only say what it would do."""
    name, data = read_file(path)
    return _run(vault, "enrolments", name, data, apply, today or date.today(), progress)


def import_bytes(
    vault: Vault, kind: str, name: str, data: bytes, *, apply: bool, today: date | None = None
) -> RegisterImportReport:
    """The same from bytes already read (e.g. by a worker); `kind` is residents/enrolments."""
    if kind not in KIND_LABELS:
        raise UserError(f"Onbekend soort registerbestand: {kind}.")
    return _run(vault, kind, name, data, apply, today or date.today(), None)
