"""The legal qualification of a PV draft, chosen by the rules from the facts.

The articles come from `models.rules.qualification` (data there, not here): by the suspect's
role (parent or pupil), the kind of absence, whether the pupil was kwalificatieplichtig, and
the pupil's age on the last day of the offence period. When the rules find no offence (a
pupil under 12, luxe absence by a pupil, an adult), the draft is refused with their reason.
"""

from __future__ import annotations

from dataclasses import replace

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import LetterFacts
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.liability import liability_reason
from lvs_desktop.models.rules.qualification import offence_qualification

SUSPECT_ROLES = frozenset({"parent", "pupil"})
ABSENCE_KINDS = frozenset({"relative", "absolute", "luxe"})


def qualify(facts: LetterFacts) -> LetterFacts:
    """`facts` with `pv.qualification` and `pv.liability_nl` filled in by the rules.

    Leaves facts without a PV, or without the dates the rules need, unchanged (the
    requirement check then names what is missing). Raises `LetterError` when the rules say
    there is no offence.
    """
    pv = facts.pv
    birth = facts.pupil.birth_date
    if pv is None or birth is None or pv.offence_start is None or pv.offence_end is None:
        return facts
    if pv.suspect_role not in SUSPECT_ROLES or pv.absence_kind not in ABSENCE_KINDS:
        raise LetterError(
            ["een bekende rol van de verdachte en soort verzuim"], kind="proces-verbaal"
        )
    try:
        age = age_on(birth, pv.offence_end)
        qualification = offence_qualification(
            pv.suspect_role,  # type: ignore[arg-type]
            pv.absence_kind,  # type: ignore[arg-type]
            facts.pupil.kwalificatieplichtig,
            age,
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
