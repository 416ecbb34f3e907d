"""Row values to JSON and back, without a schema: bytes, datetimes and dates are tagged.

A tagged value is a one-key object: {"$b": base64} for bytes, {"$dt": ISO-8601 UTC} for an
aware datetime, {"$d": ISO date} for a date. Everything else is a JSON scalar. (Lists and
objects encode too, a plain object whose keys start with "$" wrapped as {"$o": {...}} so that
data can never pose as a tag, but format 1 has no such column and its validation refuses
them; see `document.FieldValue`.)
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

JsonValue = Any


def encode_value(value: Any) -> JsonValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("non-finite float")
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)  # the store keeps naive UTC
        return {"$dt": value.astimezone(UTC).isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, list | tuple):
        return [encode_value(item) for item in value]
    if isinstance(value, Mapping):
        encoded = {str(k): encode_value(v) for k, v in value.items()}
        if any(k.startswith("$") for k in encoded):
            return {"$o": encoded}
        return encoded
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode_value(value: JsonValue) -> Any:
    if isinstance(value, list):
        return [decode_value(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((tag, inner),) = value.items()
            if tag == "$b":
                return base64.b64decode(inner, validate=True)
            if tag == "$dt":
                return datetime.fromisoformat(inner).astimezone(UTC)
            if tag == "$d":
                return date.fromisoformat(inner)
            if tag == "$o":
                return {k: decode_value(v) for k, v in inner.items()}
        return {k: decode_value(v) for k, v in value.items()}
    return value


def ids_sha256(ids: Iterable[str]) -> str:
    """The manifest's hash of a table's row ids: SHA-256 over the sorted ids, one per line."""
    digest = hashlib.sha256()
    for row_id in sorted(ids):
        digest.update(row_id.encode("ascii"))
        digest.update(b"\n")
    return digest.hexdigest()
