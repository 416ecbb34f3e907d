"""The JSON document inside an exportbestand: manifest and rows, strictly validated.

Rows are schema-free at this level (table name -> list of rows: id, `created_at`,
`updated_at`, `vv`, `dots`, and `data`, column -> JSON value with bytes and dates tagged, see
`codec`); the importer maps them onto the store's tables. What is checked here: names,
types, UUIDs, the bookkeeping shape (`vv`, `dots`), size limits, and that the manifest's
counts and id hashes agree with the rows it carries. Validation messages name a table, a row
number and a column, never a value.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    ValidationError,
    model_validator,
)
from typing_extensions import TypedDict

from lvs_desktop.sync.codec import ids_sha256
from lvs_desktop.sync.errors import InvalidContentError
from lvs_desktop.sync.signing import UUID_PATTERN

MAX_TABLES = 64
MAX_ROWS_PER_TABLE = 2_000_000
MAX_COLUMNS = 200
MAX_REPLICAS = 10_000
MAX_STRING = 1_000_000  # characters of a text value
MAX_BYTES_B64 = 100 * 1024 * 1024  # characters of one base64 value (a stored PDF)
MAX_COUNTER = 2**63 - 1
MAX_TOMBSTONES = 5_000_000

NAME_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
DOT_KEY_PATTERN = r"^(\*|[a-z][a-z0-9_]{0,63})$"  # "*": the row's default dot

UuidStr = Annotated[str, Field(pattern=UUID_PATTERN)]
Name = Annotated[str, Field(pattern=NAME_PATTERN)]
DotKey = Annotated[str, Field(pattern=DOT_KEY_PATTERN)]
Counter = Annotated[int, Field(ge=0, le=MAX_COUNTER)]


DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"

Text = Annotated[str, StringConstraints(max_length=MAX_STRING)]
TagBytes = TypedDict(
    "TagBytes",
    {"$b": Annotated[str, StringConstraints(max_length=MAX_BYTES_B64)]},  # decoding checks it
)
TagDate = TypedDict("TagDate", {"$d": Annotated[str, StringConstraints(pattern=DATE_PATTERN)]})
TagDateTime = TypedDict(
    "TagDateTime", {"$dt": Annotated[str, StringConstraints(pattern=DATETIME_PATTERN)]}
)
for _tag in (TagBytes, TagDate, TagDateTime):
    _tag.__pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[union-attr]

# A column value: JSON scalars, or bytes/date/datetime tagged as in `codec`. Checked by
# pydantic-core itself (no Python per value), which keeps 300,000 rows a matter of seconds.
FieldValue = None | StrictBool | StrictInt | StrictFloat | Text | TagBytes | TagDate | TagDateTime


class Row(BaseModel):
    """One synced row: id, bookkeeping, and its data columns under `data`."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: UuidStr
    created_at: TagDateTime
    updated_at: TagDateTime
    vv: dict[UuidStr, Counter] = Field(max_length=MAX_REPLICAS)
    dots: dict[DotKey, tuple[UuidStr, Counter, Counter]] = Field(max_length=MAX_COLUMNS)
    data: dict[Name, FieldValue] = Field(max_length=MAX_COLUMNS)

    def values(self) -> dict[str, Any]:
        """The data columns (still JSON-encoded)."""
        return self.data


class TableSummary(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    count: int = Field(ge=0, le=MAX_ROWS_PER_TABLE)
    ids_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    """What the bundle is: who made it, for whom, since when, and what it holds."""

    model_config = ConfigDict(extra="forbid", strict=False)

    format_version: int = Field(ge=1, le=65535)
    app_version: str = Field(max_length=40)
    source_replica_id: UuidStr
    source_consultant_id: UuidStr | None = None
    source_consultant_name: str = Field(default="", max_length=200)
    source_role: Literal["consultant", "team"] = "consultant"
    subject_consultant_id: UuidStr | None = None
    export_sequence: int = Field(ge=1, le=MAX_COUNTER)
    since_sequence: int | None = Field(default=None, ge=1, le=MAX_COUNTER)
    since_vv: dict[UuidStr, Counter] = Field(default_factory=dict, max_length=MAX_REPLICAS)
    covers_vv: dict[UuidStr, Counter] = Field(default_factory=dict, max_length=MAX_REPLICAS)
    created_at: datetime
    tables: dict[Name, TableSummary] = Field(max_length=MAX_TABLES)

    @model_validator(mode="after")
    def _aware(self) -> Manifest:
        if self.created_at.tzinfo is None:
            raise ValueError("tijd zonder tijdzone")
        return self


class TombstoneEntry(BaseModel):
    """A record a retention purge destroyed: table, id and day; no personal data."""

    model_config = ConfigDict(extra="forbid", strict=True)

    table: Name
    id: UuidStr
    purged_on: str = Field(pattern=DATE_PATTERN)


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    manifest: Manifest
    tables: dict[Name, list[Row]] = Field(max_length=MAX_TABLES)
    # Purge tombstones (`sync.tombstones`); a bundle of an older version has none.
    tombstones: list[TombstoneEntry] = Field(default_factory=list, max_length=MAX_TOMBSTONES)

    @model_validator(mode="after")
    def _consistent(self) -> Document:
        if set(self.tables) != set(self.manifest.tables):
            raise ValueError("tabellen wijken af van het overzicht")
        for name, rows in self.tables.items():
            summary = self.manifest.tables[name]
            if len(rows) > MAX_ROWS_PER_TABLE or len(rows) != summary.count:
                raise ValueError(f"aantal rijen in {name} wijkt af van het overzicht")
            ids = [row.id for row in rows]
            if len(set(ids)) != len(ids):
                raise ValueError(f"dubbele rij in {name}")
            if ids_sha256(ids) != summary.ids_sha256:
                raise ValueError(f"rijen in {name} wijken af van het overzicht")
        return self


def make_manifest_tables(tables: dict[str, list[dict[str, Any]]]) -> dict[str, TableSummary]:
    return {
        name: TableSummary(count=len(rows), ids_sha256=ids_sha256(r["id"] for r in rows))
        for name, rows in tables.items()
    }


def describe_error(error: ValidationError) -> str:
    """Where validation failed, without the offending value (it may be personal data)."""
    first = error.errors(include_input=False, include_url=False)[0]
    loc = [str(part) for part in first.get("loc", ())]
    where = ""
    if len(loc) >= 3 and loc[0] == "tables":
        where = f"tabel {loc[1]}, rij {int(loc[2]) + 1}" if loc[2].isdigit() else f"tabel {loc[1]}"
        if len(loc) >= 5 and loc[3] == "data":
            where += f", veld {loc[4]}"
        elif len(loc) >= 4:
            where += f", veld {loc[3]}"
    elif loc:
        where = "overzicht" if loc[0] == "manifest" else loc[0]
        if loc[0] == "manifest" and len(loc) > 1:
            where += f" ({loc[1]})"
    kind = first.get("type", "")
    reason = {
        "missing": "ontbreekt",
        "extra_forbidden": "onbekend veld",
        "string_pattern_mismatch": "ongeldige vorm",
        "too_long": "te lang",
        "value_error": "ongeldige waarde",
    }.get(kind, "ongeldig")
    if kind == "value_error":  # our own validators: Dutch, and never quoting a value
        reason = str(first.get("msg", "")).removeprefix("Value error, ") or reason
    return f"{where}: {reason}" if where else reason


def parse_document(raw: bytes) -> Document:
    try:
        return Document.model_validate_json(raw)
    except ValidationError as error:
        raise InvalidContentError(describe_error(error)) from None
    except (ValueError, RecursionError):
        raise InvalidContentError("geen geldige JSON") from None


def build_document(
    manifest_fields: dict[str, Any], tables: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """A JSON-ready document dict (rows already encoded with `codec.encode_value`)."""
    manifest = dict(manifest_fields)
    manifest["tables"] = {
        name: summary.model_dump() for name, summary in make_manifest_tables(tables).items()
    }
    return {"manifest": manifest, "tables": tables}
