"""`lvs-desktop outreach …` and `referral …` in a subprocess, on a new empty vault filled through
the services: phases, the newcomer marker, a referral refused without consent (one Dutch line,
nothing stored), an overdue follow-up, the result; read back from the vault."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from lvs_desktop.models import Case, OutreachStep, Referral, Task, Youth
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.outreach.outreach_vault import build_outreach
from tests.test_cli import cli

TODAY = date.today()  # the CLI runs on the real date


def _run(*args: str) -> tuple[int, str, str]:
    done = cli(*args, env={"LVS_PASSPHRASE": PASSPHRASE})
    return done.returncode, done.stdout, done.stderr


def _d(d: date) -> str:
    return f"{d:%d-%m-%Y}"


def test_outreach_phases_and_newcomer_marker_from_the_command_line(vault: Vault) -> None:
    sem = build_outreach(vault, age=19, opened_on=TODAY - timedelta(days=60))
    with vault.session() as s:
        ref = s.get_one(Case, sem.case_id).reference
    path = str(vault.path)
    vault.lock()
    first = TODAY - timedelta(days=50)
    code, out, err = _run(
        "outreach", "phase", ref, "in_beeld", "--date", _d(first), "--vault", path
    )
    assert (code, err) == (0, ""), err
    assert out.strip() == "Fase 'In beeld' vastgelegd."
    code, out, err = _run("outreach", "phase", ref, "uitgestroomd", "--vault", path)
    assert code == 1 and err.strip() == "lvs-desktop: Bij 'uitgestroomd' hoort een bestemming."
    code, _, err = _run(
        "outreach", "phase", ref, "uitgestroomd", "--destination", "work", "--vault", path
    )
    assert code == 0, err
    code, out, _ = _run("outreach", "show", ref, "--vault", path)
    assert code == 0
    assert out.splitlines() == [
        f"1. {_d(first)}  In beeld",
        f"2. {_d(TODAY)}  Uitgestroomd → Werk (positief)",
    ]
    code, _, err = _run("outreach", "phase", ref, "hervat", "--vault", path)
    assert code == 2 and "hervat" in err  # usage error
    code, out, err = _run(
        "outreach",
        "newcomer",
        ref,
        "--origin",
        "ukraine",
        "--arrived",
        "01-03-2026",
        "--vault",
        path,
    )
    assert (code, out.strip()) == (0, "Nieuwkomer vastgelegd."), err
    code, out, _ = _run("outreach", "newcomers", "--vault", path)
    assert code == 0 and "in beeld 1, niet ingeschreven 1" in out
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        steps = s.scalars(select(OutreachStep).order_by(OutreachStep.taken_on)).all()
        assert [(x.phase, x.destination) for x in steps] == [
            ("in_beeld", None),
            ("uitgestroomd", "work"),
        ]
        youth = s.get_one(Youth, sem.youth_id)
        assert (youth.newcomer_origin, youth.newcomer_arrived_on) == ("ukraine", date(2026, 3, 1))


def test_referral_add_list_result_and_refusal_without_consent(vault: Vault) -> None:
    sem = build_outreach(vault, age=19, opened_on=TODAY - timedelta(days=60))
    with vault.session() as s:
        ref = s.get_one(Case, sem.case_id).reference
    path = str(vault.path)
    vault.lock()
    sent, follow = TODAY - timedelta(days=20), TODAY - timedelta(days=6)
    base = ("referral", "add", ref, "--partner", "sociaal wijkteam", "--reason", "Schulden")
    code, out, err = _run(*base, "--date", _d(sent), "--follow-up", _d(follow), "--vault", path)
    assert code == 1 and out == ""
    assert err.strip().startswith("lvs-desktop: Zonder toestemming voor het delen van gegevens")
    assert len(err.strip().splitlines()) == 1
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0
        assert s.scalar(select(func.count()).select_from(Task)) == 0
    code, out, err = _run(
        *base,
        "--date",
        _d(sent),
        "--follow-up",
        _d(follow),
        "--warm",
        "--consent-by",
        "youth",
        "--consent-date",
        _d(sent),
        "--vault",
        path,
    )
    assert code == 0, err
    assert out.strip() == "Warme overdracht naar Sociaal Wijkteam Dordrecht-West vastgelegd."
    code, out, _ = _run("referral", "list", ref, "--vault", path)
    assert out.strip() == (
        f"1. {_d(sent)}  Sociaal Wijkteam Dordrecht-West (warme overdracht)  "
        f"terugkoppeling {_d(follow)} over tijd"
    )
    code, out, err = _run(
        "referral",
        "result",
        ref,
        "1",
        "--accepted",
        "ja",
        "--result",
        "help_started",
        "--note",
        "Intake gehad",
        "--vault",
        path,
    )
    assert (code, out.strip()) == (0, "Resultaat van de verwijzing vastgelegd."), err
    code, out, _ = _run(
        "referral", "result", ref, "2", "--accepted", "ja", "--result", "other", "--vault", path
    )
    assert code == 1
    with Vault.open(vault.path, PASSPHRASE) as v, v.session() as s:
        r = s.scalars(select(Referral)).one()
        assert (r.warm, r.consent_by, r.consent_on, r.accepted) == (True, "youth", sent, True)
        assert (r.result_code, r.result, r.result_on) == ("help_started", "Intake gehad", TODAY)
        task = s.get_one(Task, r.task_id)
        assert (task.due_on, task.done_on, task.status) == (follow, TODAY, "done")
    code, _, err = _run(*base, "--partner", "Jeugdzorg Nergens", "--vault", path)
    assert code == 1 and "staat niet in het register" in err
