"""Issue 11, the missing letter kinds: each renders from an empty-vault case with the facts it
needs (PDF read back) and refuses with a clear Dutch message when a fact is missing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from letter_pdf import page_texts
from letter_vault import add_school, set_owner_profile

from lvs_desktop.cli import main
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.models import Case, School
from lvs_desktop.services import cases, decisions, letters
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.services.region import partners
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth

APPOINTMENT = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het Leerplichtbureau")
PARTNERS = {
    "om": "Parket Zuid-Holland Zuid",
    "rvdk": "Raad voor de Kinderbescherming Dordrecht",
    "svb": "Sociale Verzekeringsbank",
    "samenwerkingsverband": "Samenwerkingsverband Dordrecht",
}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page_texts(pdf)).split())


def _case(
    vault: Vault, age: int = 14, *, school_type: str = "VO", late: int = 0, **kw: object
) -> str:
    set_owner_profile(vault)
    school = add_school(vault)
    if school_type != "VO":
        with vault.session() as s:
            s.get_one(School, school).school_type = school_type
            s.commit()
    bsn = str(kw.pop("bsn", "111222333")) if "bsn" in kw else "111222333"
    youth = make_youth(vault, age, school_id=school, enrolled_on=date(2025, 8, 25), bsn=bsn or None)
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth, **kw)  # type: ignore[arg-type]
    if late:
        with vault.session() as s:
            s.get_one(Case, case_id).reports[0].late_count = late
            s.commit()
    return case_id


def _partners(vault: Vault) -> None:
    for kind, name in PARTNERS.items():
        partners.add_partner(
            vault,
            partners.PartnerInput(
                kind=kind,
                name=name,
                street="Postbus",
                house_number="1",
                postcode="3300 AA",
                city="Dordrecht",
            ),
        )


def _pv(vault: Vault, case_id: str) -> None:
    decisions.record_enforcement(
        vault, case_id, decisions.EnforcementInput("pv_pupil", TODAY - timedelta(days=3))
    )


def _exemption(vault: Vault, case_id: str, article: str) -> None:
    decisions.record_exemption(
        vault, case_id, decisions.ExemptionInput(article, TODAY - timedelta(days=10))
    )


def _one(vault: Vault, case_id: str, kind: str, **kw: object) -> str:
    drafts = letters.draft_letters(vault, case_id, LetterRequest(kind, TODAY, **kw))  # type: ignore[arg-type]
    assert drafts
    return _text(drafts[0].pdf)


def test_school_feedback_on_a_report(vault: Vault) -> None:
    case_id = _case(vault)
    text = _one(vault, case_id, "school-feedback")
    assert "Insula College" in text and "Vrieseplein 3" in text  # to the school's address
    assert "Terugkoppeling op uw melding" in text
    assert "niet wat er in de gesprekken is besproken" in text


def test_school_advice_on_absolute_absence(vault: Vault) -> None:
    case_id = _case(vault, kind="absolute_absence", with_report=False)
    text = _one(vault, case_id, "school-feedback")
    assert "bij geen enkele school ingeschreven" in text and "aangemeld" in text


def test_pv_notice_and_cover_letter_to_the_officier(vault: Vault) -> None:
    case_id = _case(vault)
    with pytest.raises(LetterError, match="een proces-verbaal in het dossier"):
        _one(vault, case_id, "pv-notice")
    with pytest.raises(LetterError, match="partnerregister"):
        _pv(vault, case_id)
        _one(vault, case_id, "om-cover")
    _partners(vault)
    notice = _one(vault, case_id, "pv-notice")
    assert "proces-verbaal opgemaakt tegen uw zoon" in notice
    cover = _one(vault, case_id, "om-cover")
    assert "Parket Zuid-Holland Zuid" in cover and "Aanbieding proces-verbaal" in cover
    assert "(leerling)" in cover


def test_request_to_the_raad_with_the_pv_copy(vault: Vault) -> None:
    case_id = _case(vault)
    _partners(vault)
    with pytest.raises(LetterError, match="een proces-verbaal in het dossier"):
        _one(vault, case_id, "rvdk-request")
    _pv(vault, case_id)
    text = _one(vault, case_id, "rvdk-request")
    assert "Raad voor de Kinderbescherming Dordrecht" in text
    assert "afschrift van het proces-verbaal" in text.lower()


def test_svb_notice_and_parents_letter_only_for_16_and_17(vault: Vault) -> None:
    young = _case(vault, 14)
    _partners(vault)
    with pytest.raises(LetterError, match="16 of 17 jaar"):
        _one(vault, young, "svb-notice")


def test_svb_notice_for_a_16_year_old(vault: Vault) -> None:
    case_id = _case(vault, 16)
    _partners(vault)
    svb = _one(vault, case_id, "svb-notice")
    assert "Sociale Verzekeringsbank" in svb and "BSN 111222333" in svb
    parents = _one(vault, case_id, "svb-parents")
    assert "kinderbijslag" in parents and "16 jaar" in parents


def test_halt_consent_form_for_parents_of_a_pupil_under_16(vault: Vault) -> None:
    case_id = _case(vault, 13)
    text = _one(vault, case_id, "halt-consent")
    assert "Toestemmingsverklaring" in text and "Handtekening" in text
    older = _case(vault, 16, bsn="")
    with pytest.raises(LetterError, match="12 tot en met 15 jaar"):
        _one(vault, older, "halt-consent")


def test_exemption_workflow_letters(vault: Vault) -> None:
    case_id = _case(vault, 10, kind="exemption", with_report=False)
    with pytest.raises(LetterError, match="aanvraag of kennisgeving van vrijstelling"):
        _one(vault, case_id, "exemption-receipt")
    _exemption(vault, case_id, "5a")
    receipt = _one(vault, case_id, "exemption-receipt")
    assert "Ontvangstbevestiging van uw kennisgeving" in receipt
    assert "hebben wij" in receipt and "verlof" not in receipt
    missing = _one(vault, case_id, "exemption-missing")
    assert "die de gemeente heeft aangewezen" in missing
    assert "12 december 2026" in missing  # hersteltermijn: two weeks from 28 november
    assert "4:5 Algemene wet bestuursrecht" in missing
    renewal = _one(vault, case_id, "exemption-renewal")
    assert "vóór 1 juli" in renewal
    with pytest.raises(LetterError, match="partnerregister"):
        _one(vault, case_id, "exemption-advice-request")
    _partners(vault)
    advice = _one(vault, case_id, "exemption-advice-request")
    assert "Samenwerkingsverband Dordrecht" in advice and "onderwijskundig advies" in advice
    with pytest.raises(LetterError, match="artikel 3a of 3b"):
        _one(vault, case_id, "plan-request")


def test_plan_of_approach_for_replacement_education(vault: Vault) -> None:
    case_id = _case(vault, 15, kind="replacement_education", with_report=False)
    _exemption(vault, case_id, "3a")
    text = _one(vault, case_id, "plan-request")
    assert "plan van aanpak" in text and "praktijkdeel" in text
    with pytest.raises(LetterError, match="artikel 5, onder a of b"):
        _one(vault, case_id, "exemption-renewal")


def test_case_closed_only_when_closed(vault: Vault) -> None:
    case_id = _case(vault)
    with pytest.raises(LetterError, match="gesloten dossier"):
        _one(vault, case_id, "case-closed")
    cases.close_case(vault, case_id, TODAY, "back_to_school", "seen", today=TODAY)
    text = _one(vault, case_id, "case-closed")
    assert "28 november 2026 heb ik het dossier van uw zoon" in text


def test_frequent_lateness(vault: Vault) -> None:
    case_id = _case(vault)
    with pytest.raises(LetterError, match="keren te laat"):
        _one(vault, case_id, "lateness")
    late = _case(vault, late=23, bsn="")
    assert "23 keer te laat" in _one(vault, late, "lateness")


def test_exit_interview_for_an_mbo_student(vault: Vault) -> None:
    case_id = _case(vault, 17, school_type="MBO")
    text = _one(vault, case_id, "exit-interview", appointment=APPOINTMENT)
    assert "exitgesprek" in text and "maandag 7 december 2026" in text
    vo = _case(vault, 17, bsn="")
    with pytest.raises(LetterError, match="mbo-school"):
        _one(vault, vo, "exit-interview", appointment=APPOINTMENT)


def test_a_new_kind_through_the_command_line(
    vault: Vault,
    passphrase: str,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    case_id = _case(vault)
    _partners(vault)
    _pv(vault, case_id)
    with vault.session() as s:
        ref = s.get_one(Case, case_id).reference
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    out = tmp_path / "uit"
    args = ["letter", "--vault", str(path), "--case", ref, "--kind", "om-cover", "--out", str(out)]
    assert main([*args, "--date", "28-11-2026"]) == 0
    (pdf,) = sorted(out.iterdir())
    assert "Aanbieding proces-verbaal" in _text(pdf.read_bytes())
