"""Letters read back from the PDF: window position, Dutch date, reference, layout, errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from letter_builders import (
    HOME,
    LETTER_DATE,
    REFERENCE,
    guardians_recipient,
    make_facts,
    make_father,
    make_mother,
    make_pupil,
    make_school,
    pupil_recipient,
)
from letter_pdf import box_lines, full_text, page_count, page_texts
from test_letters_letterhead import png_bytes

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import (
    Address,
    LetterFacts,
    Recipient,
    RecipientRole,
    SchoolInfo,
    StepInfo,
)
from lvs_desktop.letters.letterhead import DEFAULT_LETTERHEAD, Letterhead
from lvs_desktop.letters.render import render_letter
from lvs_desktop.letters.templates import Layout, default_templates

WINDOW_KINDS = [k for k, t in default_templates().items() if t.layout is Layout.LETTER]


def facts_for(kind: str) -> LetterFacts:
    """Facts that every letter kind accepts (an 18+ young person for the RMC letter)."""
    if kind == "early-leaver":
        adult = make_pupil(19)
        return make_facts(kind, pupil=adult, recipient=pupil_recipient(adult))
    if kind == "exemption-ending":
        pupil = make_pupil(17)
        return make_facts(kind, pupil=pupil, recipient=pupil_recipient(pupil))
    base = make_facts(kind)
    assert base.decision is not None
    pv = StepInfo(kind="pv_pupil", dated_on=date(2026, 11, 20), sent_on=date(2026, 11, 25))
    docs = replace(base.decision, documents=("een verklaring",), repair_until=date(2026, 12, 12))
    extra: dict[str, dict[str, object]] = {  # the kinds added for issue 11 (L3)
        "pv-notice": {"steps": (pv,)},
        "om-cover": {"steps": (pv,)},
        "rvdk-request": {"steps": (pv,)},
        "svb-notice": {"pupil": make_pupil(16)},
        "svb-parents": {"pupil": make_pupil(16)},
        "case-closed": {"case": replace(base.case, closed_on=LETTER_DATE)},
        "exemption-missing": {"decision": docs},
        "exemption-renewal": {"decision": replace(docs, article="5a")},
        "plan-request": {"decision": replace(docs, article="3a")},
        "exit-interview": {"pupil": make_pupil(17, school=make_school(school_type="MBO"))},
        "warning": {"heard_on": date(2026, 11, 24)},  # only after a recorded conversation
    }
    return replace(base, **extra.get(kind, {}))  # type: ignore[arg-type]


def assert_in_window(
    pdf: bytes, expected: tuple[str, ...], lh: Letterhead = DEFAULT_LETTERHEAD
) -> None:
    """The expected lines, and nothing else but the return address, touch the window; none
    crosses its edges; the address is 10-12 pt, the return address smaller and above it."""
    w = lh.window
    lines = box_lines(pdf, w.left_mm, w.top_mm, w.left_mm + w.width_mm, w.top_mm + w.height_mm)
    assert lines, "nothing in the window"
    ret, *address = lines
    assert ret.text.startswith("Retouradres ") and lh.return_address in ret.text
    assert ret.size < 9
    assert tuple(line.text for line in address) == expected
    assert 3 <= len(address) <= 6
    for line in lines:
        assert w.left_mm - 0.01 <= line.left and line.right <= w.left_mm + w.width_mm
        assert w.top_mm <= line.top and line.bottom <= w.top_mm + w.height_mm
    for line in address:
        assert 10 <= line.size <= 12
        assert line.top > ret.bottom


@pytest.mark.parametrize("kind", WINDOW_KINDS)
def test_every_window_letter_kind(kind: str) -> None:
    facts = facts_for(kind)
    pdf = render_letter(facts)
    assert pdf.startswith(b"%PDF")
    assert facts.recipient is not None
    assert_in_window(pdf, facts.recipient.name_lines + facts.recipient.address.lines)  # type: ignore[union-attr]
    text = full_text(pdf)
    assert "Ons kenmerk" in text and REFERENCE in text
    assert "Datum 28 november 2026" in text
    for label in ("Onderwerp", "Behandeld door J. de Boer", "Telefoon", "Bijlage(n)"):
        assert label in text
    assert facts.recipient.salutation in text
    assert "Met vriendelijke groet," in text
    assert "J. de Boer Consulent leerplicht en voortijdig schoolverlaten" in text
    assert "None" not in text and "{{" not in text and "&amp;" not in text


def test_address_block_of_a_guardian() -> None:
    pdf = render_letter(make_facts("invitation-1"))
    assert_in_window(pdf, ("Mevrouw F. Yıldız", "Dubbeldamseweg Zuid 112", "3312 KL  DORDRECHT"))


def test_two_guardians_at_one_address_share_one_letter() -> None:
    both = guardians_recipient(make_mother(), make_father(address=HOME))
    pdf = render_letter(make_facts("invitation-1", recipient=both))
    assert_in_window(
        pdf,
        (
            "Mevrouw F. Yıldız",
            "De heer J.C. van den Berg",
            "Dubbeldamseweg Zuid 112",
            "3312 KL  DORDRECHT",
        ),
    )
    assert "Geachte mevrouw Yıldız en heer Van den Berg," in full_text(pdf)


def test_a_long_name_wraps_inside_the_window() -> None:
    long_name = make_mother(
        given_names="Fatma Zeynep Ayşe Melek", surname="Yıldırım-van Oostveen-Kayaoğlu-Demirtaş"
    )
    pdf = render_letter(make_facts("invitation-1", recipient=guardians_recipient(long_name)))
    lines = [line.text for line in box_lines(pdf, 20, 50, 105, 90)]
    assert len(lines) == 5  # return address, the name on 2 lines, street, postcode
    assert f"{lines[1]} {lines[2]}" == long_name.address_line
    assert_in_window(pdf, (lines[1], lines[2], "Dubbeldamseweg Zuid 112", "3312 KL  DORDRECHT"))


def test_an_address_that_does_not_fit_is_refused() -> None:
    many = tuple(make_mother(given_names=f"Naam{i}", surname=f"Achternaam{i}") for i in range(5))
    recipient = Recipient(role=RecipientRole.GUARDIANS, people=many, address=HOME)
    with pytest.raises(LetterError, match="in het venster past"):
        render_letter(make_facts("invitation-1", recipient=recipient))


def test_a_pupil_of_12_gets_his_own_informal_invitation() -> None:
    pdf = render_letter(make_facts("invitation-1", recipient=pupil_recipient()))
    text = full_text(pdf)
    assert_in_window(
        pdf, ("Daan Pieter van den Berg", "Dubbeldamseweg Zuid 112", "3312 KL  DORDRECHT")
    )
    assert "Beste Daan," in text
    assert "Je ouders of verzorgers krijgen ook een brief" in text
    assert "uw zoon" not in text


def test_invitations_say_what_follows_without_a_response() -> None:
    first = full_text(render_letter(make_facts("invitation-1")))
    second = full_text(render_letter(make_facts("invitation-2")))
    third = full_text(render_letter(make_facts("invitation-3")))
    assert "proces-verbaal" not in first
    assert "Op 4 november 2026 heb ik u een brief gestuurd" in second
    assert "laatste uitnodiging" in second and "proces-verbaal" in second
    assert "Dit is de laatste keer" in third
    assert "maak ik een proces-verbaal tegen u op" in third
    assert "Raad voor de Kinderbescherming" in third
    appointment = "Datum maandag 7 december 2026 Tijd 10.30 uur"
    assert appointment in first and appointment in second and appointment in third


def test_an_adult_is_not_threatened_with_sanctions() -> None:
    adult = make_pupil(19)
    text = full_text(
        render_letter(make_facts("invitation-3", pupil=adult, recipient=pupil_recipient(adult)))
    )
    assert "Geachte heer Van den Berg," in text
    assert "proces-verbaal" not in text and "Halt" not in text
    assert "vrijwillig" in text


def test_decision_has_the_objection_clause() -> None:
    pdf = render_letter(make_facts("decision"))
    text = full_text(pdf)
    assert "Ik wijs uw aanvraag af." in text
    assert "binnen zes weken na de dag waarop dit besluit is verzonden" in text
    assert "uiterlijk op 11 januari 2027" in text  # 9 januari is a Saturday
    assert "aan de leerplichtambtenaar van de gemeente Dordrecht, Postbus 166" in text
    assert "De leerplichtambtenaar van de gemeente Dordrecht," in text


def test_multi_page_letters_are_numbered_and_one_page_letters_are_not() -> None:
    decision = render_letter(make_facts("decision"))
    pages = page_texts(decision)
    assert len(pages) == 2
    assert "Pagina 1 van 2" in pages[0] and "Pagina 2 van 2" in pages[1]
    assert f"Ons kenmerk {REFERENCE}" in pages[1]  # running header on the next page
    single = render_letter(make_facts("notice"))
    assert page_count(single) == 1 and "Pagina" not in full_text(single)


def test_defect_8_dossier_notes_never_go_into_the_agreements_letter() -> None:
    """Issue 11, defect 8: the conversation's summary (a dossier note that may hold health
    data) is not printed, whoever reads the letter; the agreements are."""
    for show_reasons in (True, False):
        text = full_text(render_letter(make_facts("agreements", show_reasons=show_reasons)))
        assert "gepest" not in text
        assert "Daan gaat vanaf 30 november elke dag op tijd naar school." in text


def test_a_missing_address_is_a_clear_error_and_no_pdf() -> None:
    nowhere = Recipient(role=RecipientRole.GUARDIANS, people=(make_mother(),), address=None)
    with pytest.raises(LetterError) as err:
        render_letter(make_facts("invitation-1", recipient=nowhere))
    assert err.value.missing == ("het adres van de ontvanger (de ouder/verzorger)",)
    assert err.value.message.startswith("De brief 'Uitnodiging voor een gesprek' kan niet")


def test_every_missing_fact_is_listed_at_once() -> None:
    half = Address(street="Vrieseweg", house_number="", postcode="0000 XX", city="Dordrecht")
    recipient = Recipient(role=RecipientRole.GUARDIANS, people=(make_mother(),), address=half)
    facts = make_facts(
        "invitation-1", recipient=recipient, appointment=None, pupil=make_pupil(school=None)
    )
    with pytest.raises(LetterError) as err:
        render_letter(facts)
    assert err.value.missing == (
        "huisnummer, een geldige postcode in het adres van de ontvanger (de ouder/verzorger)",
        "de school van de leerling",
        "datum, tijd en plaats van het gesprek",
    )


def test_the_absolute_absence_enquiry_needs_no_school() -> None:
    text = full_text(render_letter(make_facts("absolute-enquiry", pupil=make_pupil(school=None))))
    assert "Bij welke school is Daan ingeschreven?" in text
    assert "geboren op 15 maart 2012" in text
    assert "binnen twee weken na de datum van deze brief" in text


def test_same_facts_same_bytes_also_in_another_process(tmp_path: Path) -> None:
    facts = make_facts("invitation-2")
    first, second = render_letter(facts), render_letter(facts)
    assert first == second
    script = (
        "import sys, hashlib; sys.path[:0] = ['tests/letters', '.']\n"
        "from letter_builders import make_facts\n"
        "from lvs_desktop.letters.render import render_letter\n"
        "print(hashlib.sha256(render_letter(make_facts('invitation-2'))).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == hashlib.sha256(first).hexdigest()


def test_plain_dutch_letters_use_the_base_font_and_other_names_embed_one() -> None:
    plain = render_letter(make_facts("invitation-1", recipient=pupil_recipient()))
    assert b"FontFile2" not in plain and len(plain) < 10_000
    turkish = render_letter(make_facts("invitation-1"))
    assert b"FontFile2" in turkish
    assert "Yıldız" in full_text(turkish)


def test_letterhead_settings_move_the_window_and_draw_the_logo() -> None:
    lh = Letterhead(
        window={"left_mm": 25, "top_mm": 45, "width_mm": 90, "height_mm": 45},
        logo_png=png_bytes(),
        return_address="Postbus 1, 3300 AA  Dordrecht",
    )
    facts = make_facts("notice", recipient=pupil_recipient())
    pdf = render_letter(facts, letterhead=lh)
    assert_in_window(
        pdf, ("Daan Pieter van den Berg", "Dubbeldamseweg Zuid 112", "3312 KL  DORDRECHT"), lh
    )
    assert b"/Subtype /Image" in pdf


def test_the_school_is_written_as_given() -> None:
    school = SchoolInfo(name="Da Vinci College & Co <Leerpark>", brin="25LH")
    text = full_text(render_letter(make_facts("invitation-1", pupil=make_pupil(school=school))))
    assert "Da Vinci College & Co <Leerpark>" in text


def test_letter_date_is_the_facts_date() -> None:
    assert LETTER_DATE.isoformat() == "2026-11-28"
