"""What an import did (or, as a preview, would do): counts, records, links, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Above this many changed rows, an import says "reload everything" instead of listing them.
TOUCHED_CAP = 20_000


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    duplicates: int = 0

    def line(self) -> str:
        return (
            f"new {self.new}, updated {self.updated}, unchanged {self.unchanged}, "
            f"conflicts {self.conflicts}, duplicates {self.duplicates}"
        )


@dataclass(frozen=True)
class RecordOutcome:
    """What the import does to one record (for the preview "per record")."""

    table: str
    record_id: str
    outcome: str  # new, updated, unchanged, conflict
    label: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefusedRow:
    """An incoming row the sender may not change here (`sync.authority`); it did not land."""

    table: str
    record_id: str
    reason: str  # Dutch


@dataclass
class ImportReport:
    """The outcome of a preview or an import. Counts leave out audit events."""

    counts: Counts = field(default_factory=Counts)
    tables: dict[str, Counts] = field(default_factory=dict)
    records: list[RecordOutcome] = field(default_factory=list)
    linked: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    applied: bool = False
    backup: Path | None = None
    # (table, id) of every row the import adds or changes, audit events left out, so that
    # screens refresh what it touched; past TOUCHED_CAP rows only `touched_all` is kept.
    touched: list[tuple[str, str]] = field(default_factory=list)
    touched_all: bool = False
    # Incoming rows outside what their sender may change, refused one by one.
    refused: list[RefusedRow] = field(default_factory=list)
    # Incoming rows left out because a retention purge destroyed them ("vernietigd, niet
    # teruggezet", `sync.tombstones`).
    purged_kept_out: int = 0
    # Local rows destroyed by tombstones that arrived (table -> ids; no values), so that the
    # backups can follow (`services.retention.backups_after_import`).
    destroyed: dict[str, list[str]] = field(default_factory=dict)

    def touch(self, table: str, record_id: str) -> None:
        if self.touched_all:
            return
        if len(self.touched) >= TOUCHED_CAP:
            self.touched_all, self.touched = True, []
            return
        self.touched.append((table, record_id))
