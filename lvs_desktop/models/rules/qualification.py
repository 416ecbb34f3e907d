"""The legal qualification of a school-absence offence for a proces-verbaal (DOMAIN.md §5 item 5).

The articles are data (`QUALIFICATION_ARTICLES`), keyed by suspect and duty:

* parent, leerplicht: art. 2 lid 1 jo. art. 26 lid 1 (enrol and ensure attendance);
* parent, kwalificatieplicht: art. 4a lid 1 jo. art. 26 lid 1;
* pupil of 12+, leerplicht: art. 2 lid 3 jo. art. 26 lid 2 (attend the school);
* pupil, kwalificatieplicht: art. 4a jo. art. 26 lid 2. **Our reading, to check
  against the current text**: art. 4a lid 1 binds the parents; which lid of 4a
  holds the young person's own duty we could not verify, so no lid is cited. The
  Hoge Raad accepted "als jongere die kwalificatieplichtig is de verplichting tot
  geregeld volgen van onderwijs niet nakomen" under art. 26 lid 2
  (HR 15 maart 2016, ECLI:NL:HR:2016:402).

Absolute absence uses the same parent articles (the duty to enrol is in art. 2
lid 1 and 4a lid 1). Refused: a pupil under 12; a pupil for luxe absence (a
parent matter); a pupil for absolute absence (the duty to enrol is the parents',
our reading); anyone when the young person was 18 or older or younger than 5.
The article texts are from a 2015-2017 consolidation: check the current wording
before printing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from lvs_desktop.models.rules.errors import NotProsecutable

__all__ = [
    "QUALIFICATION_ARTICLES",
    "Absence",
    "Qualification",
    "Suspect",
    "offence_qualification",
]

Suspect = Literal["parent", "pupil"]
Absence = Literal["relative", "absolute", "luxe"]
Duty = Literal["leerplicht", "kwalificatieplicht"]

LPW = "Leerplichtwet 1969"

QUALIFICATION_ARTICLES: Mapping[tuple[Suspect, Duty], str] = MappingProxyType(
    {
        ("parent", "leerplicht"): f"artikel 2, eerste lid, juncto artikel 26, eerste lid, {LPW}",
        ("parent", "kwalificatieplicht"): (
            f"artikel 4a, eerste lid, juncto artikel 26, eerste lid, {LPW}"
        ),
        ("pupil", "leerplicht"): f"artikel 2, derde lid, juncto artikel 26, tweede lid, {LPW}",
        ("pupil", "kwalificatieplicht"): f"artikel 4a juncto artikel 26, tweede lid, {LPW}",
    }
)

_PARENT_FACTS: Mapping[Absence, str] = MappingProxyType(
    {
        "relative": "niet gezorgd dat de jongere de school waar hij is ingeschreven "
        "geregeld bezocht",
        "absolute": "niet gezorgd dat de jongere als leerling van een school of "
        "instelling was ingeschreven",
        "luxe": "de jongere zonder vrijstelling of verlof buiten de schoolvakanties van "
        "school gehouden",
    }
)

_DUTY_NL: Mapping[Duty, str] = MappingProxyType(
    {"leerplicht": "leerplichtige", "kwalificatieplicht": "kwalificatieplichtige"}
)

PUPIL_MIN_AGE = 12
ADULT_AGE = 18
LEERPLICHT_MIN_AGE = 5


@dataclass(frozen=True)
class Qualification:
    """The articles to cite and a Dutch sentence describing the offence."""

    articles_nl: str
    explanation_nl: str


def offence_qualification(
    suspect: Suspect,
    absence: Absence,
    kwalificatieplichtig: bool,
    pupil_age_at_offence: int,
) -> Qualification:
    """The legal qualification for a PV against `suspect`.

    Raises `NotProsecutable` (a `RuleError`) with the Dutch reason when no
    qualification exists.
    """
    age = pupil_age_at_offence
    if age >= ADULT_AGE:
        raise NotProsecutable(
            f"De jongere was {age} jaar: vanaf 18 jaar geldt geen leer- of kwalificatieplicht "
            "meer, dus er is geen strafbaar feit."
        )
    if age < LEERPLICHT_MIN_AGE:
        raise NotProsecutable(
            f"De jongere was {age} jaar en dus nog niet leerplichtig: er is geen strafbaar feit."
        )
    duty: Duty = "kwalificatieplicht" if kwalificatieplichtig else "leerplicht"
    articles = QUALIFICATION_ARTICLES[(suspect, duty)]
    if suspect == "parent":
        explanation = (
            "De verdachte heeft als ouder (met gezag of feitelijke verzorging) "
            f"{_PARENT_FACTS[absence]}, terwijl de jongere ({age} jaar) "
            f"{_DUTY_NL[duty].removesuffix('e')} was."
        )
        return Qualification(articles, explanation)

    refusals: list[str] = []
    if age < PUPIL_MIN_AGE:
        refusals.append("Een leerling jonger dan 12 jaar kan niet worden vervolgd.")
    if absence == "luxe":
        refusals.append(
            "Geen proces-verbaal tegen de leerling: luxe verzuim is een zaak van de ouders."
        )
    if absence == "absolute":
        refusals.append(
            "Geen proces-verbaal tegen de leerling: bij absoluut verzuim ligt de plicht tot "
            "inschrijven bij de ouders."
        )
    if refusals:
        raise NotProsecutable(" ".join(refusals))
    explanation = (
        f"De verdachte heeft als {_DUTY_NL[duty]} jongere van {age} jaar de school of "
        "instelling waar hij is ingeschreven niet geregeld bezocht."
    )
    return Qualification(articles, explanation)
