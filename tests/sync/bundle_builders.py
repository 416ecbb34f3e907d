"""Builders for bundle tests: a signer with its key, rows, a small valid document."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lvs_desktop.sync.codec import encode_value
from lvs_desktop.sync.document import build_document
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.signing import SignerInfo, new_signing_key


@dataclass
class Sender:
    key: Ed25519PrivateKey
    signer: SignerInfo


def make_sender(name: str = "Consulent De Vries", role: str = "consultant") -> Sender:
    return Sender(
        key=new_signing_key(),
        signer=SignerInfo(
            replica_id=str(uuid.uuid4()),
            consultant_id=str(uuid.uuid4()),
            consultant_name=name,
            role=role,  # type: ignore[arg-type]
        ),
    )


def make_row(replica_id: str, counter: int = 1, **values: Any) -> dict[str, Any]:
    row_id = str(uuid.uuid4())
    data = {"deleted": False, **values}
    dot = [replica_id, counter, 1_700_000_000_000 << 16]
    now = encode_value(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    return {
        "id": row_id,
        "created_at": now,
        "updated_at": now,
        "vv": {replica_id: counter},
        "dots": {name: dot for name in data},
        "data": {name: encode_value(value) for name, value in data.items()},
    }


def make_document(sender: Sender, rows: int = 2, **manifest: Any) -> dict[str, Any]:
    replica = sender.signer.replica_id
    youths = [
        make_row(replica, i + 1, first_name="Sam", birth_date=date(2012, 3, 4), bsn="111222333")
        for i in range(rows)
    ]
    letters = [
        make_row(replica, 10, pdf=b"%PDF-1.7 tiny", sent_at=datetime(2026, 1, 5, tzinfo=UTC))
    ]
    fields = {
        "format_version": FORMAT_VERSION,
        "app_version": "0.1.0",
        "source_replica_id": replica,
        "source_consultant_id": sender.signer.consultant_id,
        "source_consultant_name": sender.signer.consultant_name,
        "source_role": sender.signer.role,
        "export_sequence": 1,
        "created_at": datetime.now(UTC).isoformat(),
        **manifest,
    }
    return build_document(fields, {"youth": youths, "letter": letters})
