"""A warning states a finding only after a recorded conversation or verhoor with the one it goes
to (qa_findings: `letter --kind warning` on an intake-only case); the hours are the school's
report, not the consultant's finding."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from letter_pdf import full_text
from letter_vault import TODAY, make_letter_case

from lvs_desktop.cli import main
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.models import Letter
from lvs_desktop.services import contacts, letters
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE


def _talk(vault: Vault, case_id: str, present: list[str], **kw: object) -> None:
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0),
            mode="office",
            summary="Gesprek over het verzuim.",
            guardians_present=present,
            **kw,  # type: ignore[arg-type]
        ),
    )


def test_cli_refuses_a_warning_without_a_recorded_conversation(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = make_letter_case(vault)
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    args = ["letter", "--vault", str(path), "--case", ids.reference, "--kind", "warning"]
    code = main([*args, "--out", str(tmp_path / "uit"), "--date", "28-11-2026"])
    assert code == 1
    err = capsys.readouterr().err
    assert "gesprek of verhoor met de jongere" in err and "melding, geen eigen bevinding" in err
    assert len(err.strip().splitlines()) == 1
    with Vault.open(path, PASSPHRASE) as again, again.session() as s:
        assert s.query(Letter).count() == 0  # nothing stored


def test_a_parent_not_heard_is_refused_the_heard_one_gets_the_report_and_the_talk(
    vault: Vault,
) -> None:
    ids = make_letter_case(vault)  # the mother's verhoor of 24 November; the father not heard
    to_father = LetterRequest("warning", TODAY, suspect_guardian_id=ids.father_id)
    with pytest.raises(LetterError, match="gesprek of verhoor met de ouder"):
        letters.draft_letters(vault, ids.case_id, to_father)
    to_mother = LetterRequest("warning", TODAY, suspect_guardian_id=ids.mother_id)
    (only,) = letters.draft_letters(vault, ids.case_id, to_mother)
    text = " ".join(full_text(only.pdf).split())
    assert "heeft mij gemeld dat uw" in text
    assert "Op 24 november 2026 heb ik hierover met u gesproken" in text
    assert "Uit mijn onderzoek blijkt" not in text


def test_an_attempt_is_no_conversation_but_the_pupils_verhoor_counts(vault: Vault) -> None:
    ids = make_letter_case(vault)
    contacts.log_contact(
        vault,
        ids.case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 18, 9, 0),
            mode="phone",
            kind="attempt",
            answered=False,
            summary="Niet opgenomen.",
        ),
    )
    to_pupil = LetterRequest("warning", TODAY)
    with pytest.raises(LetterError, match="gesprek of verhoor met de jongere"):
        letters.draft_letters(vault, ids.case_id, to_pupil)
    _talk(
        vault,
        ids.case_id,
        [],
        is_interrogation=True,
        heard_role="youth",
        cautie_given=True,
        suspicion_explained=True,
        location="op kantoor",
        statement="Ik had geen zin.",
        counsel="waived",
        signature="signed",
    )
    (only,) = letters.draft_letters(vault, ids.case_id, to_pupil)
    assert only.recipient_kind == "pupil"
    assert "Op 20 november 2026 heb ik hierover met je gesproken" in " ".join(
        full_text(only.pdf).split()
    )
