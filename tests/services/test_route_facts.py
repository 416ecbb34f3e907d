"""The route form reads the case's facts once (`route_facts`, on the worker) and asks the
rules again with each judgement without the vault (`options_for`): the answers are the ones
`route_options` gives reading the vault every time."""

from __future__ import annotations

from itertools import product

import pytest

from lvs_desktop.models import UserError
from lvs_desktop.services import routes
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth


def test_the_facts_read_once_give_the_same_answer_for_every_judgement(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault))  # with a 16-hour report
    facts = routes.route_facts(vault, case_id)
    seen_open: set[tuple[str, bool]] = set()
    for consent, admits, structural, refused in product(
        (None, True, False), (None, True, False), (False, True), (False, True)
    ):
        judgement = routes.Judgement(
            parents_consent=consent, admits=admits, structural=structural, help_refused=refused
        )
        once = routes.options_for(facts, judgement, TODAY)
        assert once == routes.route_options(vault, case_id, judgement, TODAY)
        seen_open |= {(str(c.route), c.open) for c in once}
    assert ("halt", True) in seen_open and ("halt", False) in seen_open  # the judgement counts


def test_a_case_without_a_report_says_what_is_missing(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault), with_report=False)
    with pytest.raises(UserError, match="Leg eerst een melding vast"):
        routes.route_facts(vault, case_id)
