"""`lvs-desktop letter`: one PDF per recipient, stored in the vault; Dutch errors, exit 1."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from letter_pdf import full_text
from letter_vault import PASSPHRASE, LetterVault

from lvs_desktop.cli import main
from lvs_desktop.models import Letter
from lvs_desktop.store import Vault


@pytest.fixture
def vault_file(
    letter_vault: tuple[Vault, LetterVault], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, LetterVault]:
    vault, cases = letter_vault
    path = vault.path
    vault.lock()  # the CLI opens it itself (the fixture's lock() afterwards is harmless)
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    return path, cases


def run(*args: str) -> int:
    return main(["letter", *args])


def test_one_pdf_per_recipient_without_names_in_file_names(
    vault_file: tuple[Path, LetterVault], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, cases = vault_file
    ref = cases.two_addresses.reference
    out = tmp_path / "uit"
    code = run(
        "--vault",
        str(path),
        "--case",
        ref,
        "--kind",
        "uitnodiging-1",  # the Dutch word; the code works too
        "--out",
        str(out),
        "--date",
        "28-11-2026",
        "--appointment",
        "07-12-2026 10:30",
        "--with-pupil",
    )
    assert code == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"{ref}_uitnodiging-1_{n}.pdf" for n in (1, 2, 3)]
    stdout = capsys.readouterr().out
    assert "3 brieven (opgeslagen in de kluis)" in stdout and "Daan" not in stdout
    first = (out / files[0]).read_bytes()
    text = full_text(first)
    assert "Datum 28 november 2026" in text and "maandag 7 december 2026" in text
    assert "Karel Lotsyweg 40" in text  # the letterhead's visiting address as the place
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as s:
        stored = {x.sha256 for x in s.query(Letter).all()}
    assert {hashlib.sha256((out / f).read_bytes()).hexdigest() for f in files} == stored


def test_missing_facts_exit_1_with_one_dutch_line(
    vault_file: tuple[Path, LetterVault], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, cases = vault_file
    out = tmp_path / "uit"
    code = run(
        "--vault",
        str(path),
        "--case",
        cases.two_addresses.reference,
        "--kind",
        "invitation-2",
        "--out",
        str(out),
    )
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith("lvs-desktop: De brief 'Tweede uitnodiging voor een gesprek' kan niet")
    assert "datum, tijd en plaats van het gesprek" in err
    assert not out.exists()
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as s:
        assert s.query(Letter).count() == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--case", "2026-XX-9999", "--kind", "notice"), "Dossier 2026-XX-9999 niet gevonden"),
        (("--kind", "notice", "--date", "31-02-2026"), "Briefdatum '31-02-2026' is geen datum"),
        (("--kind", "summons", "--suspect", "parent-3"), "Deze jeugdige heeft 2 ouders"),
        (
            (
                "--kind",
                "early-leaver",
            ),
            "een jongere van 18 jaar of ouder",
        ),
    ],
)
def test_user_errors(
    vault_file: tuple[Path, LetterVault],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    path, cases = vault_file
    full = ["--vault", str(path), "--out", str(tmp_path / "uit")]
    if "--case" not in args:
        full += ["--case", cases.two_addresses.reference]
    assert run(*full, *args) == 1
    assert message in capsys.readouterr().err


def test_a_pv_draft_against_a_parent_without_storing(
    vault_file: tuple[Path, LetterVault], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, cases = vault_file
    ref = cases.two_addresses.reference
    out = tmp_path / "uit"
    assert (
        run(
            "--vault",
            str(path),
            "--case",
            ref,
            "--kind",
            "proces-verbaal",
            "--out",
            str(out),
            "--suspect",
            "parent-1",
            "--no-store",
        )
        == 0
    )
    pdf = (out / f"{ref}_proces-verbaal_ouder-1_1.pdf").read_bytes()  # names the suspect
    text = full_text(pdf)
    assert "CONCEPT" in text and "Naam Fatma Yıldız" in text
    assert (
        run(
            "--vault",
            str(path),
            "--case",
            ref,
            "--kind",
            "proces-verbaal",
            "--out",
            str(out),
            "--suspect",
            "parent-1",
            "--no-store",
        )
        == 1
    )  # the file is there: no overwrite without --force
    assert "bestaat al" in capsys.readouterr().err
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as s:
        assert s.query(Letter).count() == 0
