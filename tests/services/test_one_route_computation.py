"""Issue 11 leftover: the route facts are computed once (`letters.history.case_route_facts`);
the letters' facts and the route form's facts agree for the same judgement, Halt referrals of
the youth's other cases included. From an empty vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lvs_desktop.letters.history import route_facts as letter_route_facts
from lvs_desktop.models import Case
from lvs_desktop.services import decisions, routes
from lvs_desktop.services.decisions import EnforcementInput
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth


def test_letters_and_route_form_read_the_same_facts(vault: Vault) -> None:
    youth = make_youth(vault)
    first = make_case(vault, youth)
    decisions.record_enforcement(
        vault, first, EnforcementInput(kind="halt", dated_on=date(2025, 3, 1), outcome="failed")
    )
    case_id = make_case(vault, youth)
    service = routes.route_facts(vault, case_id)
    with vault.session() as s:
        letter = letter_route_facts(s.get_one(Case, case_id), TODAY)
    assert letter is not None
    assert service.previous_halt_referrals == ((date(2025, 3, 1), True),)
    assert service.halt_failed
    judged = routes.options_for(service, routes.Judgement(parents_consent=True, admits=True), TODAY)
    assert replace(service, parents_consent=True, admits=True) == letter
    assert judged == routes.options_for(
        letter, routes.Judgement(parents_consent=True, admits=True), TODAY
    )
