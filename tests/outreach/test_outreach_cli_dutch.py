"""The outreach and referral commands in Dutch (qa findings "Outreach/referral CLI", "CLI
consistency", "Referral — --partner"): Dutch words for phases, destinations, origins, consent
and results (the stored codes still accepted), the case named as KENMERK or --case KENMERK,
and an unknown partner answered with the register's close names. In a subprocess, on a new
empty vault filled through the services; read back from the vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import Case, OutreachStep, Referral, Youth
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.outreach.outreach_vault import build_outreach
from tests.test_cli import cli

TODAY = date.today()  # the CLI runs on the real date


def _run(*args: str) -> tuple[int, str, str]:
    done = cli(*args, env={"LVS_PASSPHRASE": PASSPHRASE})
    return done.returncode, done.stdout, done.stderr


def test_outreach_takes_dutch_words_and_the_case_either_way(vault: Vault) -> None:
    sem = build_outreach(vault, age=19, opened_on=TODAY - timedelta(days=60))
    with vault.session() as s:
        ref = s.get_one(Case, sem.case_id).reference
    path = str(vault.path)
    vault.lock()
    day = f"{TODAY - timedelta(days=30):%d-%m-%Y}"
    code, out, err = _run("outreach", "phase", "--case", ref, "in-beeld", "--date", day,
                          "--vault", path)  # fmt: skip
    assert (code, err, out.strip()) == (0, "", "Fase 'In beeld' vastgelegd.")
    code, out, err = _run("outreach", "phase", ref, "uitgestroomd", "--destination",
                          "leren-en-werken", "--vault", path)  # fmt: skip
    assert code == 0, err
    code, _, err = _run("outreach", "newcomer", "--case", ref, "--origin", "oekraine",
                        "--vault", path)  # fmt: skip
    assert code == 0, err
    code, _, err = _run("outreach", "phase", ref, "benaderd", "--destination", "baan",
                        "--vault", path)  # fmt: skip
    assert code == 2 and "ongeldige keuze: 'baan' (kies uit school, werk, leren-en-werken" in err
    code, _, err = _run("outreach", "show", "--case", ref, "--vault", path)
    assert code == 0, err
    code, _, err = _run("outreach", "show", "--vault", path)
    assert code == 1 and "Noem het dossier: KENMERK of --case KENMERK" in err
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        steps = s.scalars(select(OutreachStep).order_by(OutreachStep.taken_on)).all()
        assert [(x.phase, x.destination) for x in steps][:2] == [
            ("in_beeld", None),
            ("uitgestroomd", "learning_working"),
        ]
        assert s.get_one(Youth, sem.youth_id).newcomer_origin == "ukraine"
    help_text = _run("outreach", "phase", "--help")[1]
    assert "in-beeld|benaderd|gesproken|traject|uitgestroomd" in help_text
    assert "werk|leren-en-werken|zorg" in help_text and "learning_working" not in help_text


def test_referral_in_dutch_and_an_unknown_partner_gets_close_names(vault: Vault) -> None:
    sem = build_outreach(vault, age=19, opened_on=TODAY - timedelta(days=60))
    with vault.session() as s:
        ref = s.get_one(Case, sem.case_id).reference
    path = str(vault.path)
    vault.lock()
    sent = f"{TODAY - timedelta(days=3):%d-%m-%Y}"
    base = ("referral", "add", "--case", ref, "--reason", "Schulden", "--date", sent,
            "--consent-by", "jongere", "--consent-date", sent, "--vault", path)  # fmt: skip
    code, out, err = _run(*base, "--partner", "Sociaal Wijkteam Dordrecht-West-Noord")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Bedoelt u: Sociaal Wijkteam Dordrecht-West?" in err
    assert "`lvs-desktop region partners`" in err
    code, out, err = _run(*base, "--partner", "Sociaal Wijkteam Dordrecht-Wset")  # a typo
    assert code == 1 and "Bedoelt u: Sociaal Wijkteam Dordrecht-West?" in err
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        assert s.scalars(select(Referral)).all() == []
    code, _, err = _run(*base, "--partner", "Sociaal Wijkteam Dordrecht-West")
    assert code == 0, err
    code, out, err = _run("referral", "result", "--case", ref, "1", "--accepted", "nee",
                          "--result", "jongere-zag-af", "--vault", path)  # fmt: skip
    assert (code, out.strip()) == (0, "Resultaat van de verwijzing vastgelegd."), err
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        r = s.scalars(select(Referral)).one()
        assert (r.consent_by, r.accepted, r.result_code) == ("youth", False, "youth_declined")
    help_text = _run("referral", "result", "--help")[1]
    assert "ja|nee" in help_text and "gestart|niet-gestart|jongere-zag-af|anders" in help_text
    assert "help_started" not in help_text


def test_report_vsv_help_has_dutch_metavars(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report-vsv", "--help"])
    out = capsys.readouterr().out
    assert "[--leavers AANTAL] [--participants AANTAL]" in " ".join(out.split())
    assert "LEAVERS" not in out and "PARTICIPANTS" not in out


def test_exemption_help_has_dutch_metavars(capsys: pytest.CaptureFixture[str]) -> None:
    for words in (["exemption", "record"], ["exemption", "decide"]):
        with pytest.raises(SystemExit):
            main([*words, "--help"])
        out = capsys.readouterr().out
        assert "ARTICLE" not in out and "GROUNDS" not in out
    assert "--grounds MOTIVERING" in out
