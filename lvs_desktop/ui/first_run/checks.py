"""What the wizard's pages check, taken from the layers below (the one passphrase rule, the
profile's rules, the national list of municipalities), turned into Dutch sentences for a page.
"""

from __future__ import annotations

import os
from pathlib import Path

from lvs_desktop.services.region.municipalities import SEED_REGION_CODES
from lvs_desktop.services.region.reference import national_municipalities
from lvs_desktop.store.passphrase import passphrase_problem
from lvs_desktop.store.vault import VAULT_SUFFIX
from lvs_desktop.ui.region.picker import Place
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.unlock import strength

__all__ = [
    "initials",
    "national_places",
    "passphrase_problem",
    "profile_problems",
    "strength",
    "vault_file",
    "vault_problems",
]


def vault_file(text: str) -> Path:
    """The vault's path as typed, with the `.lvsvault` suffix added when it is missing."""
    path = Path(text.strip()).expanduser()
    if path.name and path.suffix != VAULT_SUFFIX:
        path = path.with_name(path.name + VAULT_SUFFIX)
    return path


def vault_problems(text: str) -> list[str]:
    if not text.strip():
        return [tr("Choose where the vault goes.")]
    path = vault_file(text)
    if path.exists():
        return [
            tr(
                'There is a vault at this place already; open it with "Open an existing '
                'vault instead…", or choose another file name.'
            )
        ]
    if path.parent.exists() and not path.parent.is_dir():
        return [tr("The folder of the vault is not a folder.")]
    existing = next((p for p in path.parents if p.exists()), None)
    if existing is None or not os.access(existing, os.W_OK):
        return [tr("You may not write in this folder; choose another place for the vault.")]
    return []


def initials(name: str) -> str:
    letters = [p[0] for p in name.replace("-", " ").split() if p[:1].isalpha() and p[0].isupper()]
    return "".join(letters).upper()[:4]


def profile_problems(name: str, code: str, email: str) -> list[str]:
    problems = []
    if not name.strip():
        problems.append(tr("Your name is required."))
    code = code.strip()
    if not (code.isalpha() and 1 <= len(code) <= 4):
        problems.append(tr("Your initials are 1 to 4 letters, e.g. JD."))
    if email.strip() and "@" not in email:
        problems.append(tr("The e-mail address is not valid."))
    return problems


def national_places() -> tuple[list[Place], list[str]]:
    """All Dutch municipalities, and the codes of the Zuid-Holland Zuid preset."""
    places = [Place(m.cbs_code, m.name) for m in national_municipalities()]
    return places, list(SEED_REGION_CODES)
