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

`qualify_period` decides per day of the offence period (issue 11, defect 2): a period that
crosses 31 July (leerplicht -> kwalificatieplicht), the 12th birthday (a pupil as suspect) or
the 18th birthday is split into parts, each with its own article; days on which nobody is
punishable are left out and said so. The pupil's kwalificatieplicht variant is marked
`confirmed=False` until the region confirms its wording (a region setting): a PV with such a
part is not finalised without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

from lvs_desktop.models.rules.dates import ONE_DAY, age_on, birthday, format_date_nl
from lvs_desktop.models.rules.errors import NotProsecutable
from lvs_desktop.models.rules.leerplicht import DutyStatus, YouthFacts, duty_timeline

__all__ = [
    "PUPIL_KWALIFICATIEPLICHT",
    "QUALIFICATION_ARTICLES",
    "Absence",
    "Qualification",
    "QualifiedPart",
    "Suspect",
    "offence_qualification",
    "qualify_period",
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

#: The variant whose article we could not verify (see the module docstring).
PUPIL_KWALIFICATIEPLICHT: tuple[Suspect, Duty] = ("pupil", "kwalificatieplicht")

_PARENT_FACTS: Mapping[Absence, str] = MappingProxyType(
    {
        "relative": "niet gezorgd dat de jongere de school waar {hij} is ingeschreven "
        "geregeld bezocht",
        "absolute": "niet gezorgd dat de jongere als leerling van een school of "
        "instelling was ingeschreven",
        "luxe": "de jongere zonder vrijstelling of verlof buiten de schoolvakanties van "
        "school gehouden",
    }
)
#: How a parent is liable (art. 2 lid 1 names both): one role per parent.
_PARENT_ROLES: Mapping[str, str] = MappingProxyType(
    {"gezag": "ouder met gezag", "verzorging": "degene die de jongere feitelijk verzorgt"}
)

_DUTY_NL: Mapping[Duty, str] = MappingProxyType(
    {"leerplicht": "leerplichtige", "kwalificatieplicht": "kwalificatieplichtige"}
)

PUPIL_MIN_AGE = 12
ADULT_AGE = 18
LEERPLICHT_MIN_AGE = 5


@dataclass(frozen=True)
class QualifiedPart:
    """One stretch of the offence period under one duty and one article."""

    start: date
    end: date
    duty: str  # "leerplicht" / "kwalificatieplicht"
    articles_nl: str
    explanation_nl: str
    confirmed: bool = True  # False: the pupil's kwalificatieplicht article, not confirmed


@dataclass(frozen=True)
class Qualification:
    """The articles to cite and a Dutch sentence describing the offence; per part when the
    period was split (`parts`), with the days left out in words (`left_out_nl`)."""

    articles_nl: str
    explanation_nl: str
    parts: tuple[QualifiedPart, ...] = ()
    left_out_nl: str = ""

    @property
    def confirmed(self) -> bool:
        return all(p.confirmed for p in self.parts)


def offence_qualification(
    suspect: Suspect,
    absence: Absence,
    kwalificatieplichtig: bool,
    pupil_age_at_offence: int,
    *,
    pronoun: str = "hij",
    parent_role: str = "gezag",
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
            f"De verdachte heeft als {_PARENT_ROLES.get(parent_role, _PARENT_ROLES['gezag'])} "
            f"{_PARENT_FACTS[absence].format(hij=pronoun)}, terwijl de jongere ({age} jaar) "
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
        f"instelling waar {pronoun} is ingeschreven niet geregeld bezocht."
    )
    return Qualification(articles, explanation)


def _breaks(suspect: Suspect, facts: YouthFacts, start: date, end: date) -> list[date]:
    """The first days of new parts: a change of duty, the 18th birthday and (for a pupil as
    suspect) the 12th."""
    days = {p.since for p in duty_timeline(facts) if p.since is not None}
    days.add(birthday(facts.birth_date, ADULT_AGE))
    if suspect == "pupil":
        days.add(birthday(facts.birth_date, PUPIL_MIN_AGE))
    return sorted(d for d in days if start < d <= end)


def _ages(first: int, last: int) -> str:
    return f"{first} jaar" if first == last else f"{first} tot {last} jaar"


def qualify_period(
    suspect: Suspect,
    absence: Absence,
    facts: YouthFacts,
    start: date,
    end: date,
    *,
    pronoun: str = "hij",
    parent_role: str = "gezag",
    articles: Mapping[tuple[Suspect, Duty], str] | None = None,
) -> Qualification:
    """The qualification decided per day of `start`..`end` (inclusive), split into parts.

    `articles` overrides the article texts (a region's confirmed wording; a confirmed
    override of the pupil's kwalificatieplicht article makes that part confirmed). Raises
    `NotProsecutable` when no day of the period is punishable for this suspect.
    """
    if end < start:
        raise NotProsecutable("Het einde van de pleegperiode ligt vóór het begin.")
    cuts = [start, *_breaks(suspect, facts, start, end)]
    spans = [(a, (cuts[i + 1] - ONE_DAY) if i + 1 < len(cuts) else end) for i, a in enumerate(cuts)]
    timeline = duty_timeline(facts)
    parts: list[QualifiedPart] = []
    left_out: list[str] = []
    refusal = ""
    for a, b in spans:
        status = next(p.status for p in timeline if p.contains(a))
        first, last = age_on(facts.birth_date, a), age_on(facts.birth_date, b)
        when = f"van {format_date_nl(a)} tot en met {format_date_nl(b)}"
        if status not in (DutyStatus.LEERPLICHTIG, DutyStatus.KWALIFICATIEPLICHTIG):
            left_out.append(
                f"{when}: de jongere ({_ages(first, last)}) was niet leer- of kwalificatieplichtig"
            )
            continue
        kwal = status is DutyStatus.KWALIFICATIEPLICHTIG
        try:
            q = offence_qualification(
                suspect, absence, kwal, first, pronoun=pronoun, parent_role=parent_role
            )
        except NotProsecutable as exc:
            refusal = refusal or exc.message_nl
            reason = exc.message_nl.rstrip(".")
            left_out.append(f"{when}: {reason[:1].lower()}{reason[1:]}")
            continue
        duty: Duty = "kwalificatieplicht" if kwal else "leerplicht"
        key = (suspect, duty)
        override = (articles or {}).get(key, "").strip()
        text = override or q.articles_nl
        confirmed = key != PUPIL_KWALIFICATIEPLICHT or bool(override)
        explanation = q.explanation_nl.replace(f"van {first} jaar", f"van {_ages(first, last)}")
        explanation = explanation.replace(f"({first} jaar)", f"({_ages(first, last)})")
        parts.append(QualifiedPart(a, b, duty, text, explanation, confirmed))
    if not parts:
        raise NotProsecutable(
            refusal
            or "Op geen dag van de pleegperiode gold een leer- of "
            "kwalificatieplicht: er is geen strafbaar feit."
        )
    texts = list(dict.fromkeys(p.articles_nl for p in parts))
    if len(parts) == 1:
        explanation = parts[0].explanation_nl
    else:
        explanation = " ".join(
            f"Van {format_date_nl(p.start)} tot en met {format_date_nl(p.end)}: "
            f"{p.explanation_nl[0].lower()}{p.explanation_nl[1:]}"
            for p in parts
        )
    left = "Niet meegerekend: " + "; ".join(left_out) + "." if left_out else ""
    return Qualification("; ".join(texts), explanation, tuple(parts), left)
