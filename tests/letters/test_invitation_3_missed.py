"""Issue 11 leftover (defect 8): the last invitation states a missed appointment only when one is
recorded (an unanswered invitation contact), for a parent, a youth of 18+ and a pupil; from an
empty vault, PDFs read back."""

from __future__ import annotations

from datetime import datetime

import pytest
from letter_pdf import page_texts
from letter_vault import add_school

from lvs_desktop.letters.facts import Appointment
from lvs_desktop.services import contacts, letters
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth

NOW = datetime(2026, 11, 28, 12, 0)
APPOINTMENT = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het Leerplichtbureau")


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page_texts(pdf)).split())


@pytest.mark.parametrize(
    ("age", "missed"),
    [
        (14, "U bent op 20 november 2026 niet op de afspraak gekomen."),
        (19, "U bent op 20 november 2026 niet op de afspraak gekomen."),
    ],
)
def test_invitation_3_states_a_missed_appointment_only_when_recorded(
    vault: Vault, age: int, missed: str
) -> None:
    youth = make_youth(vault, age, school_id=add_school(vault))
    if age < 18:
        make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    request = LetterRequest("invitation-3", TODAY, appointment=APPOINTMENT)
    (before,) = letters.draft_letters(vault, case_id, request)
    text = _text(before.pdf)
    for claim in (
        "niet gekomen",
        "geen reactie van u gekregen",
        "niet laten weten",
        "niets van je",
    ):
        assert claim not in text
    assert "laatste keer" in text or "nog één keer" in text  # still the last invitation
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0),
            mode="office",
            kind="invitation",
            answered=False,
        ),
        now=NOW,
    )
    (after,) = letters.draft_letters(vault, case_id, request)
    assert missed in _text(after.pdf)


def test_invitation_3_to_a_pupil_says_je_when_recorded(vault: Vault) -> None:
    youth = make_youth(vault, 14, school_id=add_school(vault))
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    request = LetterRequest("invitation-3", TODAY, appointment=APPOINTMENT, include_pupil=True)
    drafts = letters.draft_letters(vault, case_id, request)
    assert all("niet gekomen" not in _text(d.pdf) for d in drafts)
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0),
            mode="office",
            kind="invitation",
            answered=False,
        ),
        now=NOW,
    )
    texts = [_text(d.pdf) for d in letters.draft_letters(vault, case_id, request)]
    assert any("Je bent op 20 november 2026 niet op de afspraak gekomen." in t for t in texts)
