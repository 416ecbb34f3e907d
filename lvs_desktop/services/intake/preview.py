"""What the import dialog and `--dry-run` show before anything is stored: the mapping, the
first lines as mapped, and the counts a real import would give (a dry run, rolled back)."""

from __future__ import annotations

from dataclasses import dataclass

from lvs_desktop.services.intake.importer import ImportResult, import_reports, mapped_lines
from lvs_desktop.services.intake.profiles import FIELDS, choose_profile
from lvs_desktop.services.intake.reading import read_table
from lvs_desktop.store import Vault

FIRST_LINES = 5


@dataclass(frozen=True)
class Preview:
    profile: str
    mapping: list[tuple[str, str]]  # (our field's Dutch label, the file's column or "")
    fields: list[str]  # Dutch labels of the columns of `first_lines`
    first_lines: list[list[str]]
    result: ImportResult


def preview_file(vault: Vault, name: str, data: bytes, profile: str | None = None) -> Preview:
    table = read_table(data, name)
    chosen = choose_profile(vault, table.header, profile)
    at = chosen.indexes(table.header)
    mapping = [(label, table.header[at[f]] if f in at else "") for f, label in FIELDS.items()]
    shown = [f for f in FIELDS if f in at]
    lines = [
        [values.get(f, "") for f in shown]
        for _, values in mapped_lines(table, chosen)[:FIRST_LINES]
    ]
    result = import_reports(vault, [(name, data)], profile=chosen.name, dry_run=True)
    return Preview(chosen.name, mapping, [FIELDS[f] for f in shown], lines, result)


def file_header(name: str, data: bytes) -> list[str]:
    """The column names of a download (for mapping them to our fields by hand)."""
    return [h for h in read_table(data, name).header if h]
