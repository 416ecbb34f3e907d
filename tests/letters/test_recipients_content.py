"""Issue 11, defect 8 (recipients and content; the Halt parts are L2's), from an empty vault:
who receives a warning, the agreements letter for a parent who was not at the conversation,
consent per parent, the child invited from 12, the missed appointment only when recorded,
no "staat ingeschreven" in an absolute-absence case. PDFs read back."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from letter_pdf import page_texts
from letter_vault import add_school
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.letters.context import build_facts
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.letters.templates import default_templates
from lvs_desktop.models import Case, Contact, School
from lvs_desktop.services import contacts, letters
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth

NOW = datetime(2026, 11, 28, 12, 0)
APPOINTMENT = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het Leerplichtbureau")


def _pupil(vault: Vault, age: int, **kw: object) -> str:
    """A youth of `age` enrolled at a school (added once per vault)."""
    with vault.session() as s:
        school = s.scalars(select(School.id)).first()
    return make_youth(vault, age, school_id=school or add_school(vault), **kw)


def _family(vault: Vault, age: int = 14, kind: str = "relative_absence") -> tuple[str, str, str]:
    """A youth with a mother (at home) and a father (elsewhere), both with gezag; a case."""
    youth = _pupil(vault, age)
    mother = make_guardian(vault, youth, has_authority=True)
    father = make_guardian(
        vault,
        youth,
        given_names="Karel",
        gender="m",
        street="Vrieseweg",
        house_number="41",
        postcode="3311 NW",
        has_authority=True,
    )
    return (
        make_case(vault, youth, kind=kind, with_report=kind != "absolute_absence"),
        mother,
        father,
    )


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page_texts(pdf)).split())


def _talk(vault: Vault, case_id: str, present: list[str] | None, **kw: object) -> None:
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 24, 14, 0),
            mode="office",
            summary="Moeder vertelt over de astma van Daan en zijn medicijnen.",
            guardians_present=present,
            agreements=[
                contacts.Agreement("Moeder belt de mentor elke vrijdag.", date(2026, 12, 4)),
                contacts.Agreement("Daan gaat elke dag naar school.", date(2026, 12, 18)),
            ],
            **kw,  # type: ignore[arg-type]
        ),
        now=NOW,
    )


def test_defect_8_a_warning_goes_to_the_parent_it_concerns(vault: Vault) -> None:
    case_id, _mother, father = _family(vault)
    _talk(vault, case_id, [father])  # a warning follows a recorded conversation with him
    request = LetterRequest("warning", TODAY, suspect_guardian_id=father)
    (only,) = letters.draft_letters(vault, case_id, request)  # one letter, not one per parent
    assert only.recipient_kind == "guardian"
    text = _text(only.pdf)
    assert "Karel" in text or "K. Zandkamp" in text
    assert "Vrieseweg 41" in text and "Voorbeeldstraat" not in text


def test_defect_8_a_warning_without_a_parent_goes_to_the_pupil_of_12_plus(vault: Vault) -> None:
    case_id, _m, _f = _family(vault, age=14)
    _talk(vault, case_id, None)  # a conversation of the case (the youth's own presence)
    (only,) = letters.draft_letters(vault, case_id, LetterRequest("warning", TODAY))
    assert only.recipient_kind == "pupil"
    eva = _pupil(vault, 10, bsn=None, given_names="Eva")
    make_guardian(vault, eva, has_authority=True)
    young = make_case(vault, eva)
    with pytest.raises(LetterError, match="kies een ouder"):
        letters.draft_letters(vault, young, LetterRequest("warning", TODAY))


def test_defect_8_a_parent_not_at_the_conversation_gets_the_informational_letter(
    vault: Vault,
) -> None:
    case_id, mother, _father = _family(vault)
    _talk(vault, case_id, [mother])
    with vault.session() as s:
        talk = s.query(Contact).filter_by(case_id=case_id).one()
        assert talk.guardians_present == mother  # recorded, by id
    drafts = letters.draft_letters(vault, case_id, LetterRequest("agreements", TODAY))
    by_address = {("Vrieseweg" in _text(d.pdf)): _text(d.pdf) for d in drafts}
    to_mother, to_father = by_address[False], by_address[True]
    assert "hebben wij met elkaar gesproken" in to_mother
    assert "met elkaar gesproken" not in to_father
    assert "U was niet bij dit gesprek" in to_father
    for text in (to_mother, to_father):  # who does what by when
        assert "Moeder belt de mentor elke vrijdag. 04-12-2026" in text
        assert "Daan gaat elke dag naar school. 18-12-2026" in text
        assert "astma" not in text and "medicijnen" not in text  # no dossier notes


def test_defect_8_nobody_recorded_present_means_no_claim_of_a_talk(vault: Vault) -> None:
    case_id, _m, _f = _family(vault)
    _talk(vault, case_id, None, participants="moeder, vader, Daan")  # free text is no record
    drafts = letters.draft_letters(vault, case_id, LetterRequest("agreements", TODAY))
    assert drafts and all("met elkaar gesproken" not in _text(d.pdf) for d in drafts)


def test_defect_8_a_stranger_cannot_be_recorded_present(vault: Vault) -> None:
    case_id, _m, _f = _family(vault)
    other_youth = make_youth(vault, 9, bsn=None, given_names="Eva")
    stranger = make_guardian(vault, other_youth)
    with pytest.raises(Exception, match="hoort niet bij deze jeugdige"):
        _talk(vault, case_id, [stranger])
    with vault.session() as s:
        assert s.query(Contact).filter_by(case_id=case_id).count() == 0


def test_defect_8_consent_for_16_plus_reasons_is_per_parent(vault: Vault) -> None:
    youth = _pupil(vault, 16)
    mother = make_guardian(vault, youth, has_authority=True)
    make_guardian(
        vault, youth, given_names="Karel", gender="m", street="Vrieseweg", has_authority=True
    )
    case_id = make_case(vault, youth)
    with vault.session() as s:
        case = s.get_one(Case, case_id)
        case.reports[0].suspected_reason = "Wordt gepest."
        s.flush()
        template = default_templates()["agreements"]
        request = LetterRequest("agreements", TODAY, consent_guardian_ids=frozenset({mother}))
        from lvs_desktop.letters.context import addressees
        from lvs_desktop.letters.letterhead import Letterhead

        seen = {}
        for a in addressees(case, template, request):
            facts = build_facts(
                case, template, request, a, labels={}, letterhead=Letterhead(), titles={}
            )
            seen[a.member_ids] = facts.reports[0].reason
        s.rollback()
    assert seen[(mother,)] == "Wordt gepest."
    assert [r for ids, r in seen.items() if ids != (mother,)] == [""]


@pytest.mark.parametrize(
    ("age", "asked", "invited"), [(10, False, False), (10, True, True), (14, False, True)]
)
def test_defect_8_the_child_is_invited_from_12_unless_asked(
    vault: Vault, age: int, asked: bool, invited: bool
) -> None:
    youth = _pupil(vault, age)
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    request = LetterRequest("invitation-1", TODAY, appointment=APPOINTMENT, bring_young_child=asked)
    (draft,) = letters.draft_letters(vault, case_id, request)
    assert ("samen met Daan" in _text(draft.pdf)) is invited


def test_defect_8_invitation_2_states_a_missed_appointment_only_when_recorded(
    vault: Vault,
) -> None:
    youth = _pupil(vault, 14)
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    request = LetterRequest("invitation-2", TODAY, appointment=APPOINTMENT)
    (before,) = letters.draft_letters(vault, case_id, request)
    assert "niet op de afspraak gekomen" not in _text(before.pdf)
    assert "niet gekomen" not in _text(before.pdf)
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
    assert "U bent op 20 november 2026 niet op de afspraak gekomen." in _text(after.pdf)


def test_defect_8_an_absolute_absence_case_gets_no_staat_ingeschreven(vault: Vault) -> None:
    youth = make_youth(vault, 9)  # no school at all
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth, kind="absolute_absence", with_report=False)
    request = LetterRequest("invitation-1", TODAY, appointment=APPOINTMENT)
    (draft,) = letters.draft_letters(vault, case_id, request)
    text = _text(draft.pdf)
    assert "staat ingeschreven bij" not in text
    assert "bij geen enkele school ingeschreven" in text
    assert "artikel 2 Leerplichtwet 1969" in text
    assert TODAY - timedelta(days=1) < TODAY  # dates untouched


def test_defect_8_the_command_line_asks_for_a_young_child_and_consent_per_parent(
    vault: Vault,
    passphrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    youth = _pupil(vault, 10)
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    with vault.session() as s:
        ref = s.get_one(Case, case_id).reference
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    base = ["letter", "--vault", str(path), "--case", ref, "--kind", "invitation-1"]
    base += ["--date", "28-11-2026", "--appointment", "07-12-2026 10:30", "--no-store"]
    assert main([*base, "--out", str(tmp_path / "a")]) == 0
    assert "samen met Daan" not in _text(next((tmp_path / "a").iterdir()).read_bytes())
    assert main([*base, "--out", str(tmp_path / "b"), "--bring-child"]) == 0
    assert "samen met Daan" in _text(next((tmp_path / "b").iterdir()).read_bytes())
    assert main([*base, "--out", str(tmp_path / "c"), "--consent-parent", "3"]) == 1
    assert "Toestemming" in capsys.readouterr().err
