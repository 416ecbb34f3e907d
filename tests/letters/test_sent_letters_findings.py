"""Only posted letters count as sent, and a name keeps its capitals (qa_findings: "Halt draft",
"PV — geen brieven … Afschriften")."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from letter_pdf import full_text
from letter_vault import TODAY, make_letter_case

from lvs_desktop.cli import main
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.models import LetterResponse, UserError
from lvs_desktop.services import contacts, letter_responses, letters, print_queue
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE

APPOINTMENT = letters.Appointment(starts_at=datetime(2026, 11, 12, 10, 0), location="kantoor")


def _halt(vault: Vault, case_id: str) -> str:
    request = letters.LetterRequest(
        kind="halt-referral", letter_date=TODAY, halt_admitted=True, halt_parents_consent=True
    )
    (draft,) = letters.draft_letters(vault, case_id, request)
    return " ".join(full_text(draft.pdf).split())


def test_halt_lists_a_letter_only_once_posted_with_the_pupils_name_capitalised(
    vault: Vault,
) -> None:
    ids = make_letter_case(vault)
    request = letters.LetterRequest(
        kind="invitation-1",
        letter_date=date(2026, 11, 3),
        appointment=APPOINTMENT,
        include_pupil=True,
    )
    made = letters.create_letters(vault, ids.case_id, request).ids("letter")
    queued = _halt(vault, ids.case_id)  # printed nor posted: "af te drukken"
    assert "Er zijn geen brieven verzonden." in queued
    assert "aan Daan" not in queued and "aan daan" not in queued
    letters.mark_printed(vault, made, datetime(2026, 11, 3, 16, 0))
    print_queue.mark_posted(vault, made, date(2026, 11, 4), TODAY)
    posted = _halt(vault, ids.case_id)
    assert "aan Daan Pieter van den Berg (verzonden op 4 november 2026)." in posted
    assert "aan daan" not in posted
    assert "aan mevrouw F. Yıldız" in posted  # a title still loses its capital


def test_cli_letter_response_only_for_a_posted_letter_by_number_in_one_clear_line(
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = make_letter_case(vault)
    request = letters.LetterRequest(
        kind="invitation-1", letter_date=date(2026, 11, 3), appointment=APPOINTMENT
    )
    made = letters.create_letters(vault, ids.case_id, request).ids("letter")
    queued = made[0]
    with pytest.raises(UserError, match="nog niet als verzonden vastgelegd"):
        letter_responses.record_response(
            vault, queued, responded=False, on=date(2026, 11, 20), today=TODAY
        )
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    base = ["letter-response", "--vault", str(path), "--case", ids.reference]
    assert main([*base, "--letter", queued, "--no-response-on", "20-11-2026"]) == 1
    assert "geen verzonden (geposte) brief" in capsys.readouterr().err
    assert main(base) == 0
    assert "Er zijn in dit dossier geen brieven verzonden." in capsys.readouterr().out
    with Vault.open(path, PASSPHRASE) as again:
        letters.mark_printed(again, made, datetime(2026, 11, 3, 16, 0))
        print_queue.mark_posted(again, made, date(2026, 11, 4), TODAY)
    assert main(base) == 0
    listed = capsys.readouterr().out
    assert listed.splitlines()[0].startswith("1  03-11-2026  ")
    assert queued not in listed  # numbered, not a 36-character id
    assert "aan mevrouw F. Yıldız" in listed or "aan de heer" in listed
    assert main([*base, "--letter", "1", "--no-response-on", "20-11-2026"]) == 0
    said = capsys.readouterr().out.strip()
    assert said.startswith("Vastgelegd: geen reactie van ") and "van 03-11-2026." in said
    with Vault.open(path, PASSPHRASE) as again, again.session() as s:
        (row,) = s.query(LetterResponse).all()
        assert row.responded is False and row.noted_on == date(2026, 11, 20)


def test_pv_section_6_names_who_was_heard_at_each_verhoor(vault: Vault) -> None:
    """qa_findings "PV pupil": the same "Verhoor als verdachte" twice without saying whose."""
    ids = make_letter_case(vault)  # the mother's verhoor on 24 November
    request = letters.LetterRequest(
        kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=ids.mother_id
    )
    (draft,) = letters.draft_letters(vault, ids.case_id, request)
    text = " ".join(full_text(draft.pdf).split())
    assert "Dinsdag 24 november 2026 om 14.00 uur, op school; verhoord: Fatma Yıldız;" in text
    assert "om 09.00 uur, telefoon (contactpoging, zonder resultaat): Geen" in text  # no name


def test_a_pv_is_not_finalised_while_the_place_of_the_verhoor_is_unknown(vault: Vault) -> None:
    """qa_findings "PV pupil — verhoor recorded without --location": "Plaats: onbekend"."""
    ids = make_letter_case(vault)
    contacts.log_contact(
        vault,
        ids.case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 26, 10, 0),
            mode="office",
            summary="Verhoor als verdachte.",
            is_interrogation=True,
            heard_role="youth",
            cautie_given=True,
            suspicion_explained=True,
            counsel="waived",
            statement="Ik had geen zin.",
            read_back=True,
            signature="signed",
        ),
    )
    request = letters.LetterRequest(kind="proces-verbaal", letter_date=TODAY)
    assert letters.draft_letters(vault, ids.case_id, request)  # a draft may show it
    with pytest.raises(LetterError, match="de plaats van het verhoor"):
        letters.draft_letters(vault, ids.case_id, request, finalise=True)
