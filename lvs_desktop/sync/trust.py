"""Which signing keys a vault trusts: its own, and the peers' keys it has accepted.

The vault's `peer_key` table holds one accepted key per replica, with the consultant who owns
that replica. A bundle is trusted when its key is the one accepted for its replica. A key the
vault has not seen for that replica (a first bundle, or a consultant's new laptop) is refused
with `UnknownSignerError`, which carries the fingerprint to compare and, when the consultant
is known with another key, that key's fingerprint too; `accept` then records the new key.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import PeerKey, ReplicaState
from lvs_desktop.models.base import utcnow
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.signing import (
    SignerInfo,
    TrustCheck,
    fingerprint,
    public_key_bytes,
    signing_key_from_seed,
)


def own_public_key(state: ReplicaState) -> bytes:
    if state.signing_key is None:
        raise RuntimeError("vault has no signing key")
    return public_key_bytes(signing_key_from_seed(state.signing_key))


def trust_check(session: Session) -> TrustCheck:
    """A trust check over this vault's own key and accepted peer keys (read once, now)."""
    own = session.scalars(select(ReplicaState)).one()
    own_key, own_replica = own_public_key(own), own.replica_id
    peers = {
        p.replica_id: (p.public_key, p.consultant_id) for p in session.scalars(select(PeerKey))
    }

    def check(signer: SignerInfo, public_key: bytes) -> None:
        if signer.replica_id == own_replica and public_key == own_key:
            return
        known = peers.get(signer.replica_id)
        if known is not None and known[0] == public_key and known[1] == signer.consultant_id:
            return
        others = {
            key
            for key, consultant in peers.values()
            if signer.consultant_id is not None and consultant == signer.consultant_id
        }
        if known is not None:
            others.add(known[0])
        if signer.replica_id == own_replica:
            others.add(own_key)
        others.discard(public_key)
        raise UnknownSignerError(
            fingerprint=fingerprint(public_key),
            consultant_name=signer.consultant_name,
            consultant_id=signer.consultant_id,
            replica_id=signer.replica_id,
            public_key=public_key,
            known_fingerprints=tuple(sorted(fingerprint(k) for k in others)),
            role=signer.role,
        )

    return check


def accept(session: Session, signer: SignerInfo, public_key: bytes) -> None:
    """Trust `public_key` for the signer's replica from now on (the caller commits)."""
    row = session.get(PeerKey, signer.replica_id)
    if row is None:
        row = PeerKey(replica_id=signer.replica_id)
        session.add(row)
    row.consultant_id = signer.consultant_id
    row.public_key = public_key
    row.fingerprint = fingerprint(public_key)
    row.accepted_at = utcnow().replace(tzinfo=None)


def replica_owners(session: Session) -> dict[str, str | None]:
    """Replica id -> consultant id, for every replica this vault knows (itself included)."""
    owners: dict[str, str | None] = {
        p.replica_id: p.consultant_id for p in session.scalars(select(PeerKey))
    }
    own = session.scalars(select(ReplicaState)).one()
    owners[own.replica_id] = own.owner_id
    return owners


def also_trusting(check: TrustCheck, accepted: Sequence[UnknownSignerError]) -> TrustCheck:
    """`check`, also trusting the keys in `accepted` for this one run, without recording
    them (`import --dry-run --accept-fingerprint`: a dry run writes nothing at all)."""
    if not accepted:
        return check

    def wrapped(signer: SignerInfo, public_key: bytes) -> None:
        for known in accepted:
            if (known.replica_id, known.consultant_id, known.public_key) == (
                signer.replica_id,
                signer.consultant_id,
                public_key,
            ):
                return
        check(signer, public_key)

    return wrapped
