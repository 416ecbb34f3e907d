"""Importing DUO's school-location files into the register: preview, then apply.

`preview_school_import` reads the files and compares every location with the register
(found again by BRIN + vestiging): new, changed (which fields), unchanged, outside the region,
or refused (line number and Dutch reason; see `duo` for the reasons a line is refused, plus
"onbekende gemeentecode" here). It writes nothing. `apply_school_import` does the same in ONE
transaction and writes the new and changed rows: the good rows go in, the refused ones are
listed, and nothing is half-written. Importing the same file again changes nothing and writes
no audit events (unchanged rows are not touched).

Only the region's municipalities are kept, unless `all_municipalities`: then a location in
another municipality is imported too and that municipality is added to the vault from the
national list, archived (it is not one of the region's own: off the pick lists and the
region's municipality list, but a school and a case can name it).

Fields the file does not carry (contact person, e-mail, samenwerkingsverband, archived) are
never touched by a re-import; the school type is only overwritten by a known one (a location
whose type could not be derived keeps the type the region gave it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Municipality, School, UserError
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.identifiers import normalise_postcode
from lvs_desktop.services.region.duo import DuoFile, DuoLocation, RefusedLine, parse_duo_file
from lvs_desktop.services.region.municipalities import default_college_name
from lvs_desktop.services.region.reference import national_by_code, normalise_cbs_code
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

OUTCOMES = ("new", "changed", "unchanged", "outside", "refused")
OUTCOME_LABELS = {
    "new": "nieuw",
    "changed": "gewijzigd",
    "unchanged": "ongewijzigd",
    "outside": "buiten de regio",
    "refused": "geweigerd",
}
FILE_FIELDS = (
    "name", "street", "house_number", "postcode", "city", "municipality_id", "phone",
    "website", "denomination", "school_type",
)  # fmt: skip


@dataclass(frozen=True)
class ImportLine:
    """What happens to one line of a file."""

    file: str
    line: int
    outcome: str  # one of OUTCOMES
    location_code: str = ""
    name: str = ""
    reason: str = ""  # refused / outside: why, in Dutch
    fields: tuple[str, ...] = ()  # changed: which

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]


@dataclass
class SchoolImportReport:
    files: list[str] = field(default_factory=list)
    layouts: dict[str, str] = field(default_factory=dict)
    lines: list[ImportLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied: bool = False
    summary: ChangeSummary | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def refused(self) -> list[ImportLine]:
        return [line for line in self.lines if line.outcome == "refused"]

    def counts_line(self) -> str:
        return ", ".join(f"{self.count(o)} {OUTCOME_LABELS[o]}" for o in OUTCOMES)


def read_files(paths: Sequence[Path]) -> list[tuple[str, bytes]]:
    out = []
    for path in paths:
        try:
            out.append((Path(path).name, Path(path).read_bytes()))
        except OSError as exc:
            raise UserError(f"Kan {path} niet lezen: {exc.strerror}.") from exc
    return out


def _postcode(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalise_postcode(value)
    except RuleError:
        return value


def _values(loc: DuoLocation, municipality_id: str) -> dict[str, Any]:
    return {
        "name": loc.name,
        "street": loc.street,
        "house_number": loc.house_number,
        "postcode": _postcode(loc.postcode),
        "city": loc.city,
        "municipality_id": municipality_id,
        "phone": loc.phone,
        "website": loc.website,
        "denomination": loc.denomination,
        "school_type": loc.school_type,
    }


class _Plan:
    """Compares parsed files with the register; `write` carries the plan out."""

    def __init__(self, session: Session, all_municipalities: bool) -> None:
        self.session = session
        self.all = all_municipalities
        self.region = {
            m.cbs_code: m
            for m in session.scalars(select(Municipality).where(~Municipality.deleted))
            if m.cbs_code
        }
        self.existing: dict[tuple[str, str], School] = {}
        for s in session.scalars(select(School).where(~School.deleted, School.brin.is_not(None))):
            self.existing.setdefault((s.brin or "", s.vestiging or "00"), s)
        self.national = national_by_code()
        self.report = SchoolImportReport()
        self.new: list[tuple[DuoLocation, str]] = []  # (location, municipality code)
        self.changed: list[tuple[School, dict[str, Any]]] = []
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}

    def add_file(self, parsed: DuoFile) -> None:
        self.report.files.append(parsed.name)
        self.report.layouts[parsed.name] = parsed.layout
        if parsed.encoding_note:
            self.report.notes.append(f"{parsed.name}: {parsed.encoding_note}")
        lines = [self.judge(loc) for loc in parsed.locations]
        lines += [self.refused(r) for r in parsed.refused]
        self.report.lines += sorted(lines, key=lambda x: x.line)

    @staticmethod
    def refused(r: RefusedLine) -> ImportLine:
        return ImportLine(r.file, r.line, "refused", r.location_code, reason=r.reason)

    def judge(self, loc: DuoLocation) -> ImportLine:
        line = ImportLine(loc.file, loc.line, "refused", loc.location_code, loc.name)
        code = normalise_cbs_code(loc.municipality_code)
        if code is None or code not in self.national:
            shown = loc.municipality_code or "(leeg)"
            return _with(line, reason=f"onbekende gemeentecode {shown}")
        first = self.seen.get(loc.key)
        if first is not None:
            where = f"regel {first[1]}" if first[0] == loc.file else f"{first[0]} regel {first[1]}"
            return _with(line, reason=f"dubbele vestiging {loc.location_code} (ook op {where})")
        self.seen[loc.key] = (loc.file, loc.line)
        if code not in self.region and not self.all:
            name = self.national[code].name
            return _with(line, outcome="outside", reason=f"gemeente {name} hoort niet bij de regio")
        school = self.existing.get(loc.key)
        if school is None:
            self.new.append((loc, code))
            return _with(line, outcome="new")
        municipality = self.region.get(code)
        values = _values(loc, municipality.id if municipality else "")
        if loc.school_type == "OVERIG" and school.school_type:
            values["school_type"] = school.school_type
        if municipality is None:  # outside the region, imported on request: added on apply
            values.pop("municipality_id")
            current = self.session.get(Municipality, school.municipality_id or "")
            if current is None or current.cbs_code != code:
                values["municipality_code"] = code
        diff = {
            k: v for k, v in values.items() if k == "municipality_code" or getattr(school, k) != v
        }
        if not diff:
            return _with(line, outcome="unchanged")
        self.changed.append((school, diff))
        fields = tuple(sorted("municipality_id" if k == "municipality_code" else k for k in diff))
        return _with(line, outcome="changed", fields=fields)

    def municipality_for(self, code: str) -> Municipality:
        m = self.region.get(code)
        if m is None:  # only with all_municipalities: added from the national list, archived
            ref = self.national[code]
            m = Municipality(
                name=ref.name,
                cbs_code=code,
                college_name=default_college_name(ref.name),
                archived=True,
            )
            self.session.add(m)
            self.session.flush()
            self.region[code] = m
        return m

    def write(self) -> None:
        for loc, code in self.new:
            municipality = self.municipality_for(code)
            self.session.add(
                School(brin=loc.brin, vestiging=loc.vestiging, **_values(loc, municipality.id))
            )
        for school, diff in self.changed:
            code = diff.pop("municipality_code", None)
            if code is not None:
                diff["municipality_id"] = self.municipality_for(code).id
            for key, value in diff.items():
                setattr(school, key, value)


def _with(line: ImportLine, **changes: Any) -> ImportLine:
    return replace(line, **changes)


def _run(
    vault: Vault,
    files: Sequence[tuple[str, bytes]],
    all_municipalities: bool,
    apply: bool,
    progress: Callable[[int, int], None] | None,
) -> SchoolImportReport:
    if not files:
        raise UserError("Kies minstens één DUO-bestand.")
    parsed = [parse_duo_file(data, name) for name, data in files]  # a wrong file: before anything
    with UnitOfWork(vault, "import_schools") as uow:
        plan = _Plan(uow.session, all_municipalities)
        if not plan.region and not all_municipalities:
            raise UserError(
                "Deze kluis heeft nog geen gemeenten: voeg eerst de gemeenten van de regio toe "
                "(of importeer alle gemeenten)."
            )
        for i, p in enumerate(parsed, start=1):
            plan.add_file(p)
            if progress is not None:
                progress(i, len(parsed))
        if not apply:
            return plan.report
        plan.write()
        report = plan.report
        new, changed = report.count("new"), report.count("changed")
        report.summary = uow.commit(
            f"Scholen geïmporteerd: {new} nieuw, {changed} gewijzigd, "
            f"{report.count('refused')} geweigerd."
        )
        report.applied = True
        return report


def preview_school_import(
    vault: Vault,
    paths: Sequence[Path],
    *,
    all_municipalities: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SchoolImportReport:
    """What importing these DUO files would do; writes nothing."""
    return _run(vault, read_files(paths), all_municipalities, False, progress)


def apply_school_import(
    vault: Vault,
    paths: Sequence[Path],
    *,
    all_municipalities: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SchoolImportReport:
    """Import these DUO files in one transaction (refused lines are listed, not written)."""
    return _run(vault, read_files(paths), all_municipalities, True, progress)


def import_school_bytes(
    vault: Vault,
    files: Sequence[tuple[str, bytes]],
    *,
    apply: bool,
    all_municipalities: bool = False,
) -> SchoolImportReport:
    """The same from bytes already read (file name, content), e.g. from a worker."""
    return _run(vault, files, all_municipalities, apply, None)
