"""A decision letter sends an objection to the college at the postal address the region keeps
for the case's municipality (the register's college name and address, issue 9)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.services import decisions, letters
from lvs_desktop.services import region as r
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def decision_text(vault: Vault, municipality_id: str, article: str) -> str:
    youth = make_youth(vault, 15, municipality_id=municipality_id)
    make_guardian(vault, youth)
    case = make_case(vault, youth, kind="exemption", with_report=False)
    decisions.record_exemption(
        vault,
        case,
        decisions.ExemptionInput(
            article=article,
            received_on=date(2026, 11, 2),
            starts_on=date(2026, 12, 1),
            outcome="afgegeven",
            decided_on=TODAY,
            grounds="De verklaring van de aangewezen arts is overgelegd.",
        ),
    )
    (draft, *_) = letters.draft_letters(
        vault, case, LetterRequest(kind="decision", letter_date=TODAY)
    )
    return text_of(draft.pdf)


def test_the_objection_goes_to_the_college_at_the_municipalitys_postal_address(
    vault: Vault,
) -> None:
    r.add_municipalities(vault, ["0642"])
    zwijndrecht = r.find_municipality(vault, "Zwijndrecht")
    r.update_municipality(
        vault,
        zwijndrecht.id,
        r.MunicipalityInput(
            college_name="College van burgemeester en wethouders van Zwijndrecht",
            postal_street="Postbus",
            postal_house_number="15",
            postal_postcode="3330 AA",
            postal_city="Zwijndrecht",
        ),
    )
    text = decision_text(vault, zwijndrecht.id, "5a")
    assert "wethouders van Zwijndrecht, Postbus 15, 3330 AA Zwijndrecht" in text
    assert "Zwijndrecht, Postbus 166" not in text  # not the letterhead's postal address


def test_without_an_address_in_the_register_no_decision_letter_is_drawn(vault: Vault) -> None:
    """Issue 11, defect 3: the objection address comes from the register, never a fixed box."""
    r.add_municipalities(vault, ["0505"])
    dordrecht = r.find_municipality(vault, "Dordrecht")
    with pytest.raises(LetterError, match="postadres van de gemeente Dordrecht"):
        decision_text(vault, dordrecht.id, "5a")
