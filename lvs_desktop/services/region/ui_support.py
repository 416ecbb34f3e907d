"""What the Region page needs beyond the register services: which rows are the vault's own.
(Written by the GUI's engineer for the Region page; no other register service offered it.)

A consultant reads the team's registers but may add a school or partner organisation that is
missing, and change what she added. A row is her own when this vault wrote it: its version
vector holds this vault's replica (a row that came only from the team's bundle does not).
"""

from __future__ import annotations

from sqlalchemy import select

from lvs_desktop.models import Partner, School
from lvs_desktop.store import Vault


def own_register_ids(vault: Vault) -> frozenset[str]:
    """Ids of the live schools and partner organisations this vault created or changed."""
    out: set[str] = set()
    with vault.session() as s:
        for model in (School, Partner):
            for row_id, vv in s.execute(select(model.id, model.vv).where(~model.deleted)):
                if vault.replica_id in (vv or {}):
                    out.add(row_id)
    return frozenset(out)
