"""The facts of a Halt referral draft from a case, with the Halt hours computed by the rules.

Earlier referrals are the youth's on all its files (`history`), without the pending referral of
this case itself (a redraw is not a repeat). The interview is the latest conversation on or
before the referral date: Halt's interview cannot come after the referral.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import HaltReferral, LetterFacts
from lvs_desktop.letters.history import earlier_halt_referrals, youth_history
from lvs_desktop.models import Case
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.errors import RuleError
from lvs_desktop.models.rules.halt import halt_hours

if TYPE_CHECKING:
    from lvs_desktop.letters.context import LetterRequest

HALT_OFFICE = "Halt"


def halt_facts(
    case: Case,
    request: LetterRequest,
    facts: LetterFacts,
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> HaltReferral:
    """Hours and lateness over the case's absence periods; the young person's age on the last
    day of absence; earlier Halt referrals of the youth on all its files."""
    periods = facts.absence_periods
    if not periods:
        raise LetterError(["de verzuimperiodes met het aantal uren"], kind="Halt-verwijzing")
    start = min(p.start for p in periods)
    end = max(p.end for p in periods)
    hours = sum(p.hours for p in periods)
    late = sum(p.late_count for p in periods)
    on = request.letter_date
    earlier = earlier_halt_referrals(case, on)
    age = age_on(case.youth.birth_date, end)
    try:
        computed = halt_hours(hours, late, age, earlier, request.letter_date)
    except RuleError as exc:
        raise LetterError(
            [f"een verwijzing die bij Halt past: {exc.message_nl}"], kind="Halt-verwijzing"
        ) from None
    talks = [c.occurred_at.date() for c in facts.contacts if c.kind == "conversation"]
    before = [d for d in talks if d <= on]
    return HaltReferral(
        hours=computed.total,
        hours_parts=computed.parts,
        hours_notes=computed.notes,
        total_hours_absent=hours,
        late_count=late,
        period_start=start,
        period_end=end,
        admitted=request.halt_admitted,
        interview_on=max(before, default=None),
        interview_after_referral=len(before) < len(talks),
        parents_consent=request.halt_parents_consent,
        earlier_referrals=earlier,
        halt_office=HALT_OFFICE,
        history=youth_history(case, on, labels or {}),
    )
