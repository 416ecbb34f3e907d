"""Who may change what on the Region page, from the vault owner's role.

The team lead keeps every register and the roster; the administration keeps the registers;
a consultant reads them and may add a school or partner organisation, and change the rows
they added themselves (those travel to the team like any other row).
"""

from __future__ import annotations

from dataclasses import dataclass

from lvs_desktop.services.region import roster, setup
from lvs_desktop.store import Vault
from lvs_desktop.ui.region.texts import tr


@dataclass(frozen=True)
class Rights:
    role: str
    registers: bool
    roster: bool
    region_name: str | None = None

    @classmethod
    def read_only(cls) -> Rights:
        return cls("consultant", registers=False, roster=False)

    def note(self) -> str:
        if self.roster:
            return tr("as team lead you keep the registers and the team's roster.")
        if self.registers:
            return tr(
                "as the administration you keep the registers; the team lead keeps the roster."
            )
        return tr(
            "kept by your team lead. You can add a school or partner organisation that "
            "is missing, and change what you added; the rest is read-only."
        )


def rights_for(vault: Vault) -> Rights:
    """The owner's rights (runs on a worker): the role the roster gives the vault's owner."""
    owner = [r for r in roster.list_roster(vault, include_archived=True) if r.id == vault.owner_id]
    role = owner[0].role if owner else ("team_lead" if vault.role == "team" else "consultant")
    return Rights(
        role,
        registers=role in ("team_lead", "administration"),
        roster=role == "team_lead",
        region_name=setup.region_name(vault),
    )
