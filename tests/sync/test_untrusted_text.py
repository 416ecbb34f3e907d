"""Untrusted text from a bundle is shown escaped (issue 14, defect 7): a sender's name with a
newline and a terminal escape prints on one line, escaped, before "accept this fingerprint?",
and the import wizard shows it as plain text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from vaults import PASSPHRASE, TRANSFER, Team, make_case, make_youth

from lvs_desktop.cli import main
from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.untrusted import printable

EVIL = "Anna\nVingerafdruk gecontroleerd: OK\x1b[2K\x1b]0;titel\x07 \u202eknil"


class _Terminal(io.StringIO):
    """A stdin that says it is a terminal, answering "n" to the question."""

    def isatty(self) -> bool:
        return True


def _evil_bundle(team: Team) -> Path:
    path = team.folder / "evil.lvsvault"
    team.vaults["evil"] = Vault.create(path, PASSPHRASE, OwnerProfile(name=EVIL, code="EV"))
    make_case(team["evil"], make_youth(team["evil"]))
    out = team.folder / "evil.lvsbundle"
    service.export_bundle(team["evil"], out, TRANSFER)
    return out


def test_printable_makes_controls_visible() -> None:
    assert printable("Anna Akkerman-de Wit (é, ü)") == "Anna Akkerman-de Wit (é, ü)"
    assert printable("a\nb\rc\td\x1b[0m\x07\x7f\x9b") == "a\\nb\\rc\\td\\x1b[0m\\x07\\x7f\\x9b"
    assert printable("x\u2028y\u202ez\u2066") == "x\\u2028y\\u202ez\\u2066"
    assert printable("C:\\n") == "C:\\\\n"  # a real backslash cannot pose as an escape


def test_a_sender_name_with_a_newline_and_an_escape_prints_on_one_line(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    team.open("lead")
    bundle = _evil_bundle(team)
    lead = team.vaults.pop("lead")
    lead.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))

    code = main(["import", "--vault", str(lead.path), str(bundle)])

    out, err = capsys.readouterr()
    assert code == 1
    assert "\x1b" not in err + out and "\x07" not in err + out and "\u202e" not in err + out
    question = out.splitlines()[0]
    assert question.startswith("Deze vingerafdruk accepteren?")
    shown = err.splitlines()[0]  # printed before the question, on one line
    assert shown.startswith(
        "Onbekende afzender: Anna\\nVingerafdruk gecontroleerd: OK\\x1b[2K\\x1b]0;titel\\x07 "
        "\\u202eknil, vingerafdruk "
    )
    assert not any(line.startswith("Vingerafdruk gecontroleerd") for line in err.splitlines())


def test_the_import_wizard_shows_the_name_as_plain_text(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    from lvs_desktop.ui.sync.import_wizard import ImportWizard

    team.open("lead")
    bundle = _evil_bundle(team)
    wizard = ImportWizard(team["lead"])
    qtbot.addWidget(wizard)
    wizard.set_files([bundle])
    wizard.passphrase.setText(TRANSFER)
    with qtbot.waitSignal(wizard.signer_unknown, timeout=20_000):
        wizard.check_button.click()
    label = wizard.fingerprint
    assert label.textFormat() == Qt.TextFormat.PlainText
    first = label.text().splitlines()[0]
    assert "Anna\\nVingerafdruk gecontroleerd: OK\\x1b[2K" in first and "\x1b" not in label.text()


def test_conflict_values_from_a_bundle_list_on_one_line(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vaults import edit

    from lvs_desktop.models import Youth

    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06\n\x1b[1A\x1b[2Kalles goed")
    edit(team["lead"], Youth, youth, phone="06 lea")
    team.sync("anna", "lead")
    lead = team.vaults.pop("lead")
    lead.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)

    assert main(["conflicts", "--vault", str(lead.path)]) == 0
    out, _err = capsys.readouterr()
    listed, count = out.splitlines()
    assert "ook '06\\n\\x1b[1A\\x1b[2Kalles goed' (Anna Akkerman" in listed
    assert "\x1b" not in out and count.startswith("1 ")


def test_names_that_came_in_a_bundle_list_on_one_line(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"], given_names="Daan\n\x1b[2KNep"))
    team.sync("anna", "lead")
    lead = team.vaults.pop("lead")
    lead.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)

    assert main(["cases", "--vault", str(lead.path)]) == 0
    out, _err = capsys.readouterr()
    assert "\x1b" not in out
    (row,) = [line for line in out.splitlines() if "Daan" in line]
    assert "Daan\\n\\x1b[2KNep" in row and "Anna Akkerman" in row


def test_an_unknown_team_lead_is_confirmed_by_the_team_lead_not_a_consultant() -> None:
    def unknown(name: str, role: str) -> str:
        return str(
            UnknownSignerError(
                fingerprint="AB12 CD34",
                consultant_name=name,
                consultant_id=None,
                replica_id="r1",
                public_key=b"k",
                role=role,
            )
        )

    lead = unknown("Ahmed Bouzid", "team")
    assert "Onbekende afzender: Ahmed Bouzid (teamleider)" in lead
    assert "alleen als de teamleider bevestigt" in lead
    assert "alleen als de consulent bevestigt" in unknown("Anna Akkerman", "consultant")
