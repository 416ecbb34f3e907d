"""Which diploma is a startkwalificatie, and which exemptions end at 18 (the register's rules).

The law: a *startkwalificatie* is a havo or vwo diploma, or an mbo diploma of level 2 or
higher — the basisberoepsopleiding, vakopleiding, middenkaderopleiding and
specialistenopleiding of art. 7.2.2 lid 1 onder b–d Wet educatie en beroepsonderwijs (WEB).
The entreeopleiding (art. 7.2.2 lid 1 onder a WEB, "mbo 1") is **not** one: its holder is still
kwalificatieplichtig until 18 and belongs to the RMC target group up to 23 (Leerplichtwet 1969
art. 1 "startkwalificatie", art. 4a–4c; DOMAIN.md §1). A vmbo diploma or a
praktijkonderwijs certificate is not one either. The level names are data (`LEVELS`); check
the current wording of art. 1 Lpw before printing it in a letter.

The screening of 17-year-olds (DOMAIN.md §4): an exemption from the duty that ends with the
18th birthday (art. 5 onder a, b, c and art. 15) asks for contact three months before. The
articles and the months are data here (`SCREENING_ARTICLES`, `SCREENING_MONTHS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from lvs_desktop.models.rules.dates import add_months, birthday

__all__ = [
    "LEVELS",
    "SCREENING_ARTICLES",
    "SCREENING_MONTHS",
    "is_startkwalificatie",
    "level_label",
    "normalise_level",
    "screening_due",
]

#: level code -> (Dutch label, counts as a startkwalificatie)
LEVELS: Mapping[str, tuple[str, bool]] = MappingProxyType(
    {
        "havo": ("havo-diploma", True),
        "vwo": ("vwo-diploma", True),
        "mbo4": ("mbo niveau 4", True),
        "mbo3": ("mbo niveau 3", True),
        "mbo2": ("mbo niveau 2", True),
        "mbo1": ("mbo niveau 1 (entree)", False),
        "vmbo": ("vmbo-diploma", False),
        "pro": ("praktijkonderwijs-getuigschrift", False),
    }
)

# What the files write for a level, folded to a code of LEVELS.
_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "entree": "mbo1",
        "mbo-1": "mbo1",
        "mbo 1": "mbo1",
        "mbo-2": "mbo2",
        "mbo 2": "mbo2",
        "mbo-3": "mbo3",
        "mbo 3": "mbo3",
        "mbo-4": "mbo4",
        "mbo 4": "mbo4",
        "praktijkonderwijs": "pro",
    }
)

SCREENING_ARTICLES: frozenset[str] = frozenset({"5a", "5b", "5c", "15"})
SCREENING_MONTHS = 3


def normalise_level(text: str) -> str | None:
    """The level code for what a file writes ("Entree", "MBO-2", "havo"); None if unknown."""
    key = " ".join(text.strip().lower().split())
    key = _ALIASES.get(key, key)
    return key if key in LEVELS else None


def is_startkwalificatie(level: str | None) -> bool:
    """Whether a diploma of this level (a code of `LEVELS`) is a startkwalificatie."""
    return level is not None and level in LEVELS and LEVELS[level][1]


def level_label(level: str) -> str:
    """The Dutch name of a level code."""
    return LEVELS[level][0]


def screening_due(birth: date, on: date, months: int = SCREENING_MONTHS) -> bool:
    """Whether someone born on `birth` turns 18 after `on` and within `months` of it."""
    turns_18 = birthday(birth, 18)
    return on < turns_18 <= add_months(on, months)
