"""A consultant's first letter from the command line only: `vault init`, the municipalities, the
schools, `case open`, `case guardian add`, then `letter --kind invitation-1` — the PDF read back.
And the errors on the way: Dutch, one line, naming where to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from lvs_desktop.cli import main
from lvs_desktop.models import Case, Guardian, Youth
from lvs_desktop.store import Vault

DATA = Path(__file__).parents[1] / "region" / "data"
PASS = "een lang genoeg wachtwoord"


@pytest.fixture
def fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    monkeypatch.setenv("LVS_PASSPHRASE", PASS)
    path = tmp_path / "mijn.lvsvault"
    v = ("--vault", str(path))
    assert main(["vault", "init", *v, "--name", "Jet de Vries", "--code", "JV",
                 "--region", "Zuid-Holland Zuid"]) == 0  # fmt: skip
    assert main(["region", "municipalities", *v, "--add", "0505", "0642"]) == 0
    assert main(["region", "schools", "import", str(DATA / "scholen_nieuw.csv"), *v]) == 0
    capsys.readouterr()
    return path


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_from_vault_init_to_an_invitation_through_the_cli_only(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v = ("--vault", str(fresh))
    assert main(["case", "open", *v, "--given-names", "Sanne", "--surname", "Bakker",
                 "--birth-date", "03-04-2013", "--gender", "v", "--street", "Singel",
                 "--house-number", "12", "--postcode", "3311 KG", "--city", "Dordrecht",
                 "--municipality", "dordrecht", "--school", "91aa00",
                 "--kind", "relatief"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    ref = out.split()[1]
    assert out.startswith(f"Dossier {ref} geopend.") and ref.endswith("-JV-0001")

    early = main(
        ["letter", *v, "--case", ref, "--kind", "invitation-1", "--out", str(tmp_path / "x")]
    )
    err = capsys.readouterr().err
    assert early == 1 and err.count("\n") == 1
    assert "een ouder of verzorger met gezag" in err
    assert "Dossier → Betrokkenen" in err and "case guardian add" in err

    assert main(["case", "guardian", "add", ref, *v, "--relation", "moeder", "--surname",
                 "Bakker", "--initials", "M.", "--gender", "v", "--same-address"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "Ouder of verzorger toegevoegd."

    out_dir = tmp_path / "brieven"
    assert main(["letter", *v, "--case", ref, "--kind", "invitation-1", "--out", str(out_dir),
                 "--date", "28-11-2026", "--appointment", "07-12-2026 10:30"]) == 0  # fmt: skip
    pdfs = sorted(out_dir.iterdir())
    assert len(pdfs) == 1
    text = _pdf_text(pdfs[0])
    assert "Bakker" in text and "Singel 12" in text and "3311 KG" in text

    # A PV names the missing BOA number and where it is set; once set, it is no longer named.
    pv = ["letter", *v, "--case", ref, "--kind", "proces-verbaal", "--out", str(tmp_path / "pv")]
    assert main(pv) == 1
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1
        and (
            "het BOA-nummer van de consulent (venster Instellingen → Profiel, of "
            "`lvs-desktop region roster --edit CODE --boa-number …`)"
        )
        in err
    )
    assert main(["region", "roster", *v, "--edit", "JV", "--boa-number", "BOA-0423-7"]) == 0
    capsys.readouterr()
    assert main(pv) == 1
    assert "BOA-nummer" not in capsys.readouterr().err

    vault = Vault.open(fresh, PASS)
    try:
        with vault.session() as s:
            case = s.query(Case).one()
            assert case.reference == ref and case.kind == "relative_absence"
            youth = s.get(Youth, case.youth_id)
            assert youth is not None and youth.school_id is not None
            guardian = s.query(Guardian).one()
            assert guardian.youth_id == youth.id and guardian.has_authority
            assert guardian.relation == "mother" and guardian.city == "Dordrecht"
    finally:
        vault.lock()


def test_bad_input_is_refused_in_dutch_and_nothing_is_stored(
    fresh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    v = ("--vault", str(fresh))
    base = ["case", "open", *v, "--given-names", "Sanne", "--surname", "Bakker",
            "--birth-date", "03-04-2013"]  # fmt: skip
    assert main([*base, "--kind", "relatief", "--school", "99ZZ00"]) == 1
    err = capsys.readouterr().err
    assert "Geen school met BRIN en vestiging 99ZZ00" in err and "region schools add" in err
    with pytest.raises(SystemExit) as usage:
        main([*base, "--kind", "onzin"])
    assert usage.value.code == 2
    assert "ongeldige keuze: 'onzin' (kies uit relatief, luxe, absoluut" in capsys.readouterr().err
    assert main([*base, "--kind", "relative_absence"]) == 0  # the stored code still works
    capsys.readouterr()
    assert main([*base, "--kind", "luxe"]) == 1  # the same youth again: search before create
    assert "--existing" in capsys.readouterr().err
    assert main([*base, "--kind", "luxe", "--existing"]) == 0
    ref = capsys.readouterr().out.split()[1]
    assert main(["case", "guardian", "add", ref, *v, "--relation", "vader", "--surname", "X"]) == 1
    assert "--same-address" in capsys.readouterr().err
    vault = Vault.open(fresh, PASS)
    try:
        with vault.session() as s:
            assert s.query(Youth).count() == 1 and s.query(Case).count() == 2
            assert s.query(Guardian).count() == 0
    finally:
        vault.lock()


def test_cases_status_takes_dutch_words(fresh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v = ("--vault", str(fresh))
    assert main(["case", "open", *v, "--given-names", "Sanne", "--surname", "Bakker",
                 "--birth-date", "03-04-2013", "--kind", "luxe"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["cases", *v, "--status", "gesloten"]) == 0
    assert capsys.readouterr().out.strip() == "Geen dossiers die aan de keuze voldoen."
    assert main(["cases", *v, "--status", "alle"]) == 0
    assert "Bakker" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["cases", "--help"])
    assert "--status open|gesloten|alle" in capsys.readouterr().out
