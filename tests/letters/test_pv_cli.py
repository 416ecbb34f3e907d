"""Issue 11 on the command line: `lvs-desktop verhoor` binds a verhoor to who was heard,
`lvs-desktop profile` records what the PV states about its verbalisant, and the PV made with
`lvs-desktop letter --kind proces-verbaal` prints the suspect's own statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from letter_pdf import full_text
from letter_vault import make_letter_case
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import Contact
from lvs_desktop.services import settings
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE

STATEMENT = "Ik heb me verslapen, elke dag weer."


def test_verhoor_and_profile_on_the_command_line_make_a_final_pv(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = make_letter_case(vault)
    path = vault.path
    settings.set_profile(
        vault,
        settings.Profile(
            **{**vars(settings.get_profile(vault)), "sworn_by": None, "akte_number": None}
        ),
    )
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(path)]
    # Bad input: one Dutch line, exit 1, nothing stored.
    assert (
        main(
            [
                "verhoor",
                *base,
                "--case",
                case.reference,
                "--heard",
                "buurman",
                "--at",
                "26-11-2026 10:00",
            ]
        )
        == 1
    )
    assert "kies 'pupil' of 'parent-1'" in capsys.readouterr().err
    assert (
        main(
            [
                "verhoor",
                *base,
                "--case",
                case.reference,
                "--heard",
                "pupil",
                "--at",
                "26-11-2026 10:00",
                "--cautie",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "advocaat" in err and err.count("\n") == 1
    statement = tmp_path / "verklaring.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    assert (
        main(
            [
                "verhoor",
                *base,
                "--case",
                case.reference,
                "--heard",
                "pupil",
                "--at",
                "26-11-2026 10:00",
                "--location",
                "Leerplichtbureau",
                "--cautie",
                "--explained",
                "--counsel",
                "waived",
                "--statement-file",
                str(statement),
                "--read-back",
                "--signature",
                "refused",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == "Verhoor vastgelegd.\n"  # one line, nothing glued on
    assert main(["profile", *base, "--akte-number", "AK-7", "--sworn-by", "belofte"]) == 0
    shown = capsys.readouterr().out
    assert "Aktenummer: AK-7" in shown and "Beëdigd met: belofte" in shown
    out = tmp_path / "pv"
    assert (
        main(
            [
                "letter",
                *base,
                "--case",
                case.reference,
                "--kind",
                "proces-verbaal",
                "--out",
                str(out),
                "--date",
                "28-11-2026",
            ]
        )
        == 0
    )
    (pdf,) = out.iterdir()
    assert pdf.name == f"{case.reference}_proces-verbaal_leerling_1.pdf"
    text = full_text(pdf.read_bytes())
    assert STATEMENT in text and "Ik weet dat hij moet gaan." not in text  # not the mother's
    against_mother = ["--out", str(out), "--date", "28-11-2026", "--suspect", "parent-1"]
    args = ["letter", *base, "--case", case.reference, "--kind", "proces-verbaal"]
    assert main([*args, *against_mother]) == 0  # a second PV: its own file, no --force
    assert sorted(p.name for p in out.iterdir()) == [
        f"{case.reference}_proces-verbaal_leerling_1.pdf",
        f"{case.reference}_proces-verbaal_ouder-1_1.pdf",
    ]
    assert pdf.read_bytes() != (out / f"{case.reference}_proces-verbaal_ouder-1_1.pdf").read_bytes()
    assert "Verdachte heeft geweigerd de verklaring te ondertekenen." in text
    assert "op ambtsbelofte te" in text
    opened = Vault.open(path, PASSPHRASE)
    try:
        with opened.session() as s:
            c = s.scalars(select(Contact).where(Contact.statement == STATEMENT)).one()
            assert (c.heard_role, c.counsel, c.signature) == ("youth", "waived", "refused")
        assert settings.get_profile(opened).sworn_by == "belofte"
    finally:
        opened.lock()
