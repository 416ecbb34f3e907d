"""The legal qualification of a PV draft, chosen by the rules from the facts.

The articles come from `models.rules.qualification` (data there, not here): by the suspect's
role (parent or pupil), the kind of absence, and per day of the offence period whether the
young person was leerplichtig or kwalificatieplichtig and how old he was
(`qualify_period`): a period that crosses 31 July or the 12th/18th birthday is split into
parts, each with its article, never decided on the letter date. When the rules find no
offence (a pupil under 12, luxe absence by a pupil, an adult), the draft is refused with
their reason.
"""

from __future__ import annotations

from dataclasses import replace

from lvs_desktop.letters.dutch import Gender
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import LetterFacts
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.leerplicht import YouthFacts
from lvs_desktop.models.rules.liability import liability_reason
from lvs_desktop.models.rules.qualification import PUPIL_KWALIFICATIEPLICHT, qualify_period

SUSPECT_ROLES = frozenset({"parent", "pupil"})
ABSENCE_KINDS = frozenset({"relative", "absolute", "luxe"})
#: The youth's recorded gender -> the pronoun in the qualification; never guessed: without a
#: recorded gender the sentence names "de jongere" again.
PRONOUNS = {Gender.MALE: "hij", Gender.FEMALE: "zij"}


def pronoun_of(gender: Gender | None) -> str:
    return PRONOUNS.get(gender, "de jongere") if gender is not None else "de jongere"


def qualify(facts: LetterFacts) -> LetterFacts:
    """`facts` with `pv.qualification` and `pv.liability_nl` filled in by the rules.

    Leaves facts without a PV, or without the dates the rules need, unchanged (the
    requirement check then names what is missing). Raises `LetterError` when the rules say
    there is no offence on any day of the period.
    """
    pv = facts.pv
    birth = facts.pupil.birth_date
    if pv is None or birth is None or pv.offence_start is None or pv.offence_end is None:
        return facts
    if pv.suspect_role not in SUSPECT_ROLES or pv.absence_kind not in ABSENCE_KINDS:
        raise LetterError(
            ["een bekende rol van de verdachte en soort verzuim"], kind="proces-verbaal"
        )
    duty = pv.duty_facts or YouthFacts(birth_date=birth)
    overrides = (
        {PUPIL_KWALIFICATIEPLICHT: pv.pupil_kwalificatieplicht_article}
        if pv.pupil_kwalificatieplicht_article.strip()
        else {}
    )
    try:
        qualification = qualify_period(
            pv.suspect_role,  # type: ignore[arg-type]
            pv.absence_kind,  # type: ignore[arg-type]
            duty,
            pv.offence_start,
            pv.offence_end,
            pronoun=pronoun_of(facts.pupil.gender),
            parent_role=pv.parent_role,
            articles=overrides,
        )
        # Who is liable matters in the PV when the pupil himself is the suspect (from 12,
        # decided per offence date); for a parent the qualification says it all.
        liability = (
            liability_reason(birth, pv.offence_start, pv.offence_end)
            if pv.suspect_role == "pupil"
            else ""
        )
    except RuleError as exc:
        raise LetterError(
            [f"een strafbaar feit: {exc.message_nl}"], kind="proces-verbaal"
        ) from None
    return replace(facts, pv=replace(pv, qualification=qualification, liability_nl=liability))
