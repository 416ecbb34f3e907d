"""The proces-verbaal draft and the Halt referral draft, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from letter_builders import make_consultant, make_facts, make_pupil, make_pv
from letter_pdf import full_text, page_texts, rotated_text

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import AbsencePeriod, LetterFacts
from lvs_desktop.letters.render import render_letter

PARENT = "artikel 2, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"
PUPIL = "artikel 2, derde lid, juncto artikel 26, tweede lid, Leerplichtwet 1969"
KWALIFICATIE_PARENT = "artikel 4a, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"


def pv_facts(
    role: str = "parent", absence: str = "relative", age: int = 14, **kw: object
) -> LetterFacts:
    pupil = make_pupil(age)
    pv = make_pv(role, absence)
    if role == "pupil":
        pv = replace(pv, suspect=pupil)
    return make_facts("proces-verbaal", pupil=pupil, pv=pv, recipient=None, **kw)


@pytest.fixture(scope="module")
def parent_pv() -> bytes:
    return render_letter(pv_facts())


def test_parts_of_the_pv(parent_pv: bytes) -> None:
    text = full_text(parent_pv)
    for part in (
        "1. Proces-verbaal",
        "2. Verbalisant",
        "3. Verdachte",
        "4. Leerling",
        "5. Het feit",
        "6. Bevindingen",
        "7. Verhoor",
        "8. Afsluiting",
    ):
        assert part in text
    assert "Proces-verbaal van bevindingen" in text
    assert "Nummer 2026-JD-0042-PV1" in text
    assert "Boa-nummer BOA-123456" in text
    assert "Naam Fatma Yıldız" in text
    assert "Geboren 2 juni 1984 te Şanlıurfa (Turkije)" in text
    assert "BSN 111222333" in text  # the pupil's, printed in a PV only
    assert "School Insula College, locatie Vrieseplein (BRIN 02QZ)" in text
    assert "Relatie tot de leerling moeder, met gezag" in text
    assert "Waarvan door mij, J. de Boer, is opgemaakt dit proces-verbaal" in text
    assert "op ambtsbelofte te Dordrecht op 28 november 2026" in text  # the profile says belofte


def test_pv_for_a_parent_names_article_2_and_26_first_lid(parent_pv: bytes) -> None:
    text = full_text(parent_pv)
    assert f"Kwalificatie {PARENT}" in text
    assert "Pleegperiode van 5 oktober 2026 tot en met 20 november 2026" in text


def test_pv_for_a_pupil_of_12_plus() -> None:
    text = full_text(render_letter(pv_facts("pupil", age=13)))
    assert f"Kwalificatie {PUPIL}" in text
    assert "kan zelf worden vervolgd" in text


def test_pv_for_the_parent_of_a_kwalificatieplichtige() -> None:
    text = full_text(render_letter(pv_facts("parent", age=16)))
    assert f"Kwalificatie {KWALIFICATIE_PARENT}" in text
    assert "kwalificatieplichtig" in text


def test_pv_for_absolute_absence() -> None:
    from dataclasses import replace

    facts = pv_facts("parent", "absolute")
    with pytest.raises(LetterError, match="de leerling staat ingeschreven bij"):
        render_letter(facts)  # the record says enrolled: "not enrolled" would be false
    facts = replace(facts, pupil=replace(facts.pupil, school=None))
    text = full_text(render_letter(facts))
    assert "School niet ingeschreven bij een school of instelling" in text
    assert f"Kwalificatie {PARENT}" in text
    assert "(absoluut verzuim: niet ingeschreven)" in text
    assert (
        "niet gezorgd dat de jongere als leerling van een school of instelling was ingeschreven"
        in text
    )


def test_no_pv_against_a_pupil_under_12_or_for_luxe_absence() -> None:
    with pytest.raises(LetterError, match="jonger dan 12 jaar kan niet worden vervolgd"):
        render_letter(pv_facts("pupil", age=11))
    with pytest.raises(LetterError, match="luxe verzuim is een zaak van de ouders"):
        render_letter(pv_facts("pupil", "luxe", age=14))


def test_the_pv_says_a_letter_was_sent_only_on_a_recorded_posting_date() -> None:
    from lvs_desktop.letters.facts import SentLetter

    letters_sent = (
        SentLetter(
            kind="invitation-1", title="Uitnodiging voor een gesprek", sent_on=date(2026, 11, 4)
        ),
        SentLetter(
            kind="invitation-2",
            title="Tweede uitnodiging",
            sent_on=date(2026, 11, 12),
            posted_on=date(2026, 11, 13),
        ),
    )
    text = full_text(render_letter(pv_facts(letters_sent=letters_sent)))
    # a letter never posted is not listed as sent (qa_findings: "Halt draft")
    assert "Uitnodiging voor een gesprek" not in text and "verzending niet vastgelegd" not in text
    assert "Op 13 november 2026 verzond ik: Tweede uitnodiging." in text
    assert "Op 4 november 2026 verzond ik" not in text


def test_absence_periods_with_hours_and_findings(parent_pv: bytes) -> None:
    text = full_text(parent_pv)
    assert "Periode Uren Te laat Bron" in text
    assert "05-10-2026 t/m 30-10-2026 18,5 4 melding school 3 november 2026" in text
    assert "02-11-2026 t/m 20-11-2026 11 2 overzicht school 23 november 2026" in text
    assert "Totaal 29,5 6" in text
    assert (
        "Op 4 november 2026 verzond ik: Uitnodiging voor een gesprek, aan mevrouw F. Yıldız."
        in text
    )
    assert "Fatma Yıldız had op 20 november 2026 niet gereageerd." in text  # as recorded
    assert "huisbezoek (contactpoging, zonder resultaat)" in text
    assert "Bron: eigen waarneming." in text  # how the officer knows it (Sv 153)
    assert "(cautie, artikel 29, tweede lid, Wetboek van Strafvordering)" in text
    assert "Ik weet dat hij naar school moet." in text


def test_concept_on_every_page_until_finalised(parent_pv: bytes) -> None:
    pages = page_texts(parent_pv)
    assert len(pages) >= 2
    for number, page in enumerate(pages):
        assert page.startswith("CONCEPT — nog niet afgesloten en niet ondertekend")
        assert rotated_text(parent_pv, number) == "CONCEPT"
        assert f"Pagina {number + 1} van {len(pages)}" in page
    final = render_letter(pv_facts(), finalise=True)
    assert "CONCEPT" not in full_text(final)
    assert all(rotated_text(final, n) == "" for n in range(len(page_texts(final))))


def test_no_boa_number_no_pv() -> None:
    with pytest.raises(LetterError) as err:
        render_letter(pv_facts(consultant=make_consultant(boa_number="")))
    assert "het BOA-nummer van de consulent" in err.value.missing


def test_an_expired_akte_allows_a_draft_but_not_finalising() -> None:
    expired = make_consultant(akte_expires_on=date(2026, 3, 1))
    assert render_letter(pv_facts(consultant=expired))  # the draft is fine
    with pytest.raises(LetterError) as err:
        render_letter(pv_facts(consultant=expired), finalise=True)
    assert err.value.missing == (
        "een geldige BOA-akte: de akte van de consulent is verlopen op 1 maart 2026",
    )


def test_finalising_needs_the_cautie() -> None:
    pv = make_pv()
    assert pv.interrogation is not None
    no_cautie = replace(pv, interrogation=replace(pv.interrogation, cautie_given=False))
    draft = full_text(render_letter(make_facts("proces-verbaal", pv=no_cautie)))
    assert "Niet vastgelegd dat de cautie is gegeven." in draft
    with pytest.raises(LetterError, match="cautie"):
        render_letter(make_facts("proces-verbaal", pv=no_cautie), finalise=True)


def test_a_pv_lists_all_missing_facts() -> None:
    pupil = make_pupil(bsn="", school=None)
    pv = replace(make_pv(), suspect=replace(make_pv().suspect, birth_place="", address=None))
    with pytest.raises(LetterError) as err:
        render_letter(make_facts("proces-verbaal", pupil=pupil, pv=pv, absence_periods=()))
    assert err.value.missing == (
        "het adres van de verdachte",
        "het BSN van de leerling",
        "de school van de leerling",
        "de verzuimperiodes met het aantal uren",
    )


def test_the_suspects_birth_date_and_place_are_needed_to_finalise() -> None:
    pv = replace(make_pv(), suspect=replace(make_pv().suspect, birth_place="", birth_date=None))
    draft = full_text(render_letter(make_facts("proces-verbaal", pv=pv)))
    assert "Geboren onbekend" in draft
    with pytest.raises(LetterError) as err:
        render_letter(make_facts("proces-verbaal", pv=pv), finalise=True)
    assert err.value.missing == (
        "de geboortedatum van de verdachte",
        "de geboorteplaats van de verdachte",
    )


def test_halt_referral_draft_with_the_computed_hours() -> None:
    pdf = render_letter(make_facts("halt-referral", recipient=None))
    text = full_text(pdf)
    assert "Verwijzing naar Halt wegens schoolverzuim" in text
    assert "Aan Halt Zuid-West Nederland" in text
    assert "Ongeoorloofd verzuim 29,5 uur" in text and "Te laat gekomen 6 keer" in text
    assert "Verzuim: 29,5 uur (tabelrij tot en met 30 uur) 6" in text
    assert "Leeftijd 14 jaar (14–15 jaar) 2" in text
    assert "Totaal Halt-uren 8" in text
    assert "Toestemming ouders gegeven" in text
    assert "Verzuim erkend ja" in text
    assert "BSN" not in text  # not needed at Halt
    assert all(p.startswith("CONCEPT") for p in page_texts(pdf))
    with pytest.raises(LetterError, match="kan worden afgesloten"):
        render_letter(make_facts("halt-referral"), finalise=True)


def test_hours_per_period_are_summed_as_given() -> None:
    periods = (
        AbsencePeriod(start=date(2026, 9, 1), end=date(2026, 9, 30), hours=7.25),
        AbsencePeriod(start=date(2026, 10, 1), end=date(2026, 10, 31), hours=12.5, late_count=3),
    )
    text = full_text(render_letter(make_facts("proces-verbaal", absence_periods=periods)))
    assert "01-09-2026 t/m 30-09-2026 7,25 0 opgave school" in text
    assert "Totaal 19,75 3" in text
