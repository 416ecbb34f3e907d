"""Conflicts are settled once (issue 14, defect 9): `conflicts --take-other` on a settled
conflict is refused with a Dutch line and changes nothing; run twice, the value stays."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from vaults import PASSPHRASE, Team, edit, live_data, make_case, make_youth

from lvs_desktop.cli import main
from lvs_desktop.models import Conflict, UserError, Youth
from lvs_desktop.services import sync as service


def _phone_conflict(team: Team) -> str:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 anna")
    edit(team["lead"], Youth, youth, phone="06 lea")
    team.sync("anna", "lead")
    return youth


def _conflict(team: Team) -> tuple[str, str | None, str | None]:
    """(id, resolution, live value as stored) of the lead's one conflict."""
    with team["lead"].session() as session:
        (conflict,) = session.scalars(select(Conflict)).all()
        return conflict.id, conflict.resolution, conflict.winner_value


def test_take_other_twice_on_the_command_line_keeps_the_value(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    youth = _phone_conflict(team)
    conflict_id = _conflict(team)[0]
    lead = team.vaults.pop("lead")
    lead.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    args = ["conflicts", "--vault", str(lead.path), "--take-other", conflict_id[:8]]

    assert main(args) == 0
    assert "overgenomen" in capsys.readouterr().out
    digest = hashlib.sha256(lead.path.read_bytes()).hexdigest()

    assert main(args) == 1  # the second time: refused, one Dutch line
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "al afgehandeld (de andere waarde is overgenomen); er is niets veranderd" in err
    assert hashlib.sha256(lead.path.read_bytes()).hexdigest() == digest

    team.vaults["lead"] = lead.open(lead.path, PASSPHRASE)
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 anna"
    assert _conflict(team)[1:] == ("swapped", "06 anna")


def test_every_way_of_settling_refuses_a_settled_conflict(team: Team) -> None:
    youth = _phone_conflict(team)
    conflict_id = _conflict(team)[0]
    service.keep_as_is(team["lead"], conflict_id)
    for action in (service.take_other, service.keep_as_is, service.delete_anyway):
        with pytest.raises(UserError) as refused:
            action(team["lead"], conflict_id)
        assert "al afgehandeld (gehouden zoals het was)" in refused.value.message
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 lea"
    assert _conflict(team)[1] == "kept"
