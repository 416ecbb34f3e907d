"""The letter services on real vaults: recipients, storing, printing, finalising a PV."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from letter_pdf import box_lines, full_text
from letter_vault import TODAY, CaseIds, LetterVault
from sqlalchemy import select

from lvs_desktop.letters.errors import LetterError, TemplateError
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.letters.letterhead import Letterhead
from lvs_desktop.models import AuditEvent, Guardian, Letter
from lvs_desktop.services import decisions, letters, people, print_queue, settings
from lvs_desktop.services.case_detail import case_detail
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault

APPOINTMENT = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het Leerplichtbureau")


def invitation(**options: object) -> LetterRequest:
    return LetterRequest(kind="invitation-1", letter_date=TODAY, appointment=APPOINTMENT, **options)  # type: ignore[arg-type]


@pytest.fixture
def new_vault(letter_vault: tuple[Vault, LetterVault]) -> Vault:
    return letter_vault[0]


@pytest.fixture
def cases(letter_vault: tuple[Vault, LetterVault]) -> LetterVault:
    return letter_vault[1]


@pytest.fixture
def case(cases: LetterVault) -> CaseIds:
    return cases.two_addresses


def window_text(pdf: bytes) -> list[str]:
    return [line.text for line in box_lines(pdf, 20, 50, 105, 90)][1:]


def test_two_guardians_at_two_addresses_get_two_letters(new_vault: Vault, case: CaseIds) -> None:
    drafts = letters.draft_letters(new_vault, case.case_id, invitation())
    assert [d.recipient_name for d in drafts] == ["Mevrouw F. Yıldız", "De heer J. van den Berg"]
    assert [d.recipient_id for d in drafts] == [case.mother_id, case.father_id]
    assert window_text(drafts[0].pdf) == [
        "Mevrouw F. Yıldız",
        "Dubbeldamseweg Zuid 112",
        "3312 KL  DORDRECHT",
    ]
    assert window_text(drafts[1].pdf) == [
        "De heer J. van den Berg",
        "Vrieseweg 41a",
        "3311 NW  DORDRECHT",
    ]
    assert "Geachte heer Van den Berg," in full_text(drafts[1].pdf)


def test_two_guardians_at_one_address_share_a_letter(new_vault: Vault, cases: LetterVault) -> None:
    ids = cases.one_address
    (only,) = letters.draft_letters(new_vault, ids.case_id, invitation())
    assert window_text(only.pdf) == [
        "Mevrouw F. Yıldız",
        "De heer J. van den Berg",
        "Dubbeldamseweg Zuid 112",
        "3312 KL  DORDRECHT",
    ]
    assert "Geachte mevrouw Yıldız en heer Van den Berg," in full_text(only.pdf)


def test_a_guardian_without_gezag_gets_no_letter(new_vault: Vault, case: CaseIds) -> None:
    people.update_guardian(
        new_vault,
        case.father_id,
        people.GuardianInput(
            surname="Berg",
            surname_prefix="van den",
            given_names="Johannes",
            gender="m",
            has_authority=False,
            is_carer=False,
        ),
    )
    drafts = letters.draft_letters(new_vault, case.case_id, invitation())
    assert [d.recipient_name for d in drafts] == ["Mevrouw F. Yıldız"]


def test_the_pupil_of_12_plus_may_get_his_own_invitation(new_vault: Vault, case: CaseIds) -> None:
    drafts = letters.draft_letters(new_vault, case.case_id, invitation(include_pupil=True))
    assert [d.recipient_kind for d in drafts] == ["guardian", "guardian", "pupil"]
    assert drafts[2].recipient_id == case.youth_id
    assert window_text(drafts[2].pdf)[0] == "Daan Pieter van den Berg"
    assert "Beste Daan," in full_text(drafts[2].pdf)


def test_from_18_the_young_person_alone(new_vault: Vault, cases: LetterVault) -> None:
    ids = cases.adult
    (only,) = letters.draft_letters(new_vault, ids.case_id, invitation(include_pupil=True))
    assert only.recipient_kind == "youth"
    assert window_text(only.pdf)[0] == "De heer D.P. van den Berg"
    text = full_text(only.pdf)
    assert "Geachte heer Van den Berg," in text and "18 jaar of ouder" in text


def test_defect_8_no_dossier_notes_in_the_agreements_letter_even_with_consent(
    new_vault: Vault, cases: LetterVault
) -> None:
    """Issue 11, defect 8: the conversation's summary (a dossier note) is in no letter: not to
    the parents of a 16+ pupil, not with his consent, not to the pupil himself."""
    ids = cases.sixteen
    request = LetterRequest(kind="agreements", letter_date=TODAY, include_pupil=True)
    drafts = letters.draft_letters(new_vault, ids.case_id, request)
    texts = [full_text(d.pdf) for d in drafts]
    assert {d.recipient_kind for d in drafts} == {"guardian", "pupil"}
    assert all("gepest" not in t for t in texts)
    assert all("Daan gaat elke dag naar school." in t for t in texts)
    with_consent = letters.draft_letters(
        new_vault,
        ids.case_id,
        LetterRequest(kind="agreements", letter_date=TODAY, pupil_consent=True),
    )
    assert all("gepest" not in full_text(d.pdf) for d in with_consent)


def test_stored_with_exact_bytes_sha256_and_audit(new_vault: Vault, case: CaseIds) -> None:
    drafts = letters.draft_letters(new_vault, case.case_id, invitation())
    summary = letters.create_letters(new_vault, case.case_id, invitation(), drafts)
    assert summary.message == "2 brieven gemaakt."
    ids = summary.ids("letter")
    with new_vault.session() as s:
        rows = [s.get_one(Letter, i) for i in ids]
        assert [r.pdf for r in rows] == [d.pdf for d in drafts]
        assert all(hashlib.sha256(r.pdf).hexdigest() == r.sha256 for r in rows)
        assert all(r.printed_at is None and r.finalised and r.sent_on == TODAY for r in rows)
        audit = s.scalars(select(AuditEvent).where(AuditEvent.entity == "letter")).all()
        assert {(a.action, a.record_id) for a in audit} >= {("create", i) for i in ids}
        assert all("Yıldız" not in (a.detail or "") for a in audit)
    assert letters.letter_pdf(new_vault, ids[0]) == drafts[0].pdf
    timeline = case_detail(new_vault, case.case_id, TODAY).timeline
    assert sum(1 for e in timeline if e.kind == "letter") == 2


def test_letters_to_print_and_marking_them_printed(new_vault: Vault, case: CaseIds) -> None:
    ids = letters.create_letters(new_vault, case.case_id, invitation()).ids("letter")
    queue = print_queue.unprinted(new_vault)
    assert {q.id for q in queue} == set(ids)
    assert {q.reference for q in queue} == {case.reference}
    first = datetime(2026, 11, 28, 15, 0)
    assert letters.mark_printed(new_vault, ids[:1], first).message == "Brief afgedrukt."
    assert [q.id for q in print_queue.unprinted(new_vault)] == ids[1:]
    letters.mark_printed(new_vault, ids, datetime(2026, 11, 29, 9, 0))
    assert print_queue.unprinted(new_vault) == []
    stored = {x.id: x for x in letters.case_letters(new_vault, case.case_id)}
    assert stored[ids[0]].printed_at == first  # a reprint keeps the first time


def test_finalise_a_pv_and_it_is_frozen(new_vault: Vault, case: CaseIds) -> None:
    with new_vault.session() as s:  # the mother, whose own verhoor the case holds
        mother = s.get_one(Guardian, case.mother_id)
        mother.birth_date, mother.birth_place = date(1985, 4, 2), "Rotterdam"
        s.commit()
    request = LetterRequest(
        kind="proces-verbaal", letter_date=date(2026, 11, 27), suspect_guardian_id=case.mother_id
    )
    (pv_id,) = letters.create_letters(new_vault, case.case_id, request).ids("letter")
    draft_pdf = letters.letter_pdf(new_vault, pv_id)
    assert "CONCEPT" in full_text(draft_pdf)
    assert f"Nummer {case.reference}-PV1" in full_text(draft_pdf)
    letters.finalise_pv(new_vault, pv_id, TODAY)
    final = letters.letter_pdf(new_vault, pv_id)
    text = full_text(final)
    assert "CONCEPT" not in text and f"Nummer {case.reference}-PV1" in text
    assert "te Dordrecht op 28 november 2026" in text
    (row,) = [x for x in letters.case_letters(new_vault, case.case_id) if x.id == pv_id]
    assert row.finalised and not row.draft and row.sent_on == TODAY
    with pytest.raises(LetterError.__mro__[1], match="al afgesloten"):
        letters.finalise_pv(new_vault, pv_id, TODAY)
    assert letters.letter_pdf(new_vault, pv_id) == final


def test_an_expired_akte_refuses_to_finalise(new_vault: Vault, case: CaseIds) -> None:
    profile = settings.get_profile(new_vault)
    settings.set_profile(
        new_vault, settings.Profile(**{**vars(profile), "akte_expires_on": date(2026, 1, 31)})
    )
    request = LetterRequest(kind="proces-verbaal", letter_date=TODAY)
    (pv_id,) = letters.create_letters(new_vault, case.case_id, request).ids("letter")
    before = letters.letter_pdf(new_vault, pv_id)
    with pytest.raises(LetterError, match="verlopen op 31 januari 2026"):
        letters.finalise_pv(new_vault, pv_id, TODAY)
    (row,) = letters.case_letters(new_vault, case.case_id)
    assert not row.finalised and row.draft
    assert letters.letter_pdf(new_vault, pv_id) == before


def test_pv_against_a_parent(new_vault: Vault, case: CaseIds) -> None:
    request = LetterRequest(
        kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=case.mother_id
    )
    (draft,) = letters.draft_letters(new_vault, case.case_id, request)
    assert draft.recipient_kind == "guardian" and draft.recipient_id == case.mother_id
    text = full_text(draft.pdf)
    assert "Kwalificatie artikel 2, eerste lid, juncto artikel 26, eerste lid" in text
    assert "Relatie tot de leerling moeder, met gezag" in text
    assert "verzorgt" not in text  # one legal role per parent (issue 11, defect 7)
    # Without the guardian's birth date and place: a draft, not a final PV.
    with pytest.raises(LetterError, match="geboortedatum van de verdachte"):
        letters.draft_letters(new_vault, case.case_id, request, finalise=True)
    with new_vault.session() as s:
        mother = s.get_one(Guardian, case.mother_id)
        mother.birth_date, mother.birth_place = date(1985, 4, 2), "Rotterdam"
        s.commit()
    (final,) = letters.draft_letters(new_vault, case.case_id, request, finalise=True)
    final_text = full_text(final.pdf)
    assert "CONCEPT" not in final_text and "Rotterdam" in final_text
    assert "2 april 1985" in final_text


def test_a_missing_address_stores_nothing(new_vault: Vault, case: CaseIds) -> None:
    with new_vault.session() as s:
        s.get_one(Guardian, case.father_id).street = None
        s.commit()
    with pytest.raises(LetterError) as err:
        letters.create_letters(new_vault, case.case_id, invitation())
    assert "straat in het adres van de ontvanger (de ouder/verzorger)" in err.value.missing
    assert letters.case_letters(new_vault, case.case_id) == []


def test_halt_referral_hours_from_the_case(new_vault: Vault, case: CaseIds) -> None:
    request = LetterRequest(kind="halt-referral", letter_date=TODAY, halt_admitted=True)
    (draft,) = letters.draft_letters(new_vault, case.case_id, request)
    text = full_text(draft.pdf)
    assert "Verzuim: 18,5 uur (tabelrij tot en met 20 uur) 4" in text
    assert "Leeftijd 14 jaar (14–15 jaar) 2" in text
    assert "Totaal Halt-uren 6" in text
    assert draft.recipient_name == "Halt-verwijzing: D.P. van den Berg"


def test_decision_from_an_exemption(new_vault: Vault, case: CaseIds) -> None:
    decisions.record_exemption(
        new_vault,
        case.case_id,
        decisions.ExemptionInput(
            article="11g",
            received_on=date(2026, 11, 12),
            starts_on=date(2027, 1, 18),
            ends_on=date(2027, 2, 5),
            outcome="afgewezen",
            decided_on=TODAY,
            notes="Familiebezoek is geen gewichtige omstandigheid.",
        ),
    )
    # Issue 11, defect 3: a note is not the grounds, the head of the school must have been
    # heard, and a case without a municipality has no body to decide nor an objection address
    # (no more fallback on the letterhead). The full letter: tests/letters/test_decision_letters.
    with pytest.raises(LetterError) as raised:
        letters.draft_letters(
            new_vault, case.case_id, LetterRequest(kind="decision", letter_date=TODAY)
        )
    message = str(raised.value)
    assert "de motivering van het besluit" in message
    assert "de datum waarop de directeur van de school is gehoord" in message
    assert "wie het besluit heeft genomen" in message
    assert "het postadres van de gemeente voor bezwaar" in message


def test_region_letterhead_and_template_from_the_settings(new_vault: Vault, case: CaseIds) -> None:
    letters.set_letterhead(new_vault, Letterhead(return_address="Postbus 9, 3300 AA  Dordrecht"))
    assert letters.get_letterhead(new_vault).return_address == "Postbus 9, 3300 AA  Dordrecht"
    own = (
        'kind = "notice"\ntitle = "Kennisgeving"\nlayout = "letter"\n'
        'requires = ["recipient", "recipient_address"]\n'
        "subject = '''Melding over {{ pupil.call_name }}'''\n"
        "body = '''Eigen regionale tekst.'''\n"
    )
    letters.set_template(new_vault, "notice", own)
    (first, _) = letters.draft_letters(
        new_vault, case.case_id, LetterRequest(kind="notice", letter_date=TODAY)
    )
    text = full_text(first.pdf)
    assert "Eigen regionale tekst." in text and "Retouradres Postbus 9, 3300 AA Dordrecht" in text
    with pytest.raises(TemplateError, match="onbekende naam 'kind_naam'"):
        letters.set_template(new_vault, "notice", own.replace("pupil.call_name", "kind_naam"))
    letters.set_template(new_vault, "notice", None)
    assert "Eigen regionale tekst." not in full_text(
        letters.draft_letters(
            new_vault, case.case_id, LetterRequest(kind="notice", letter_date=TODAY)
        )[0].pdf
    )


def test_kinds_and_suspects(new_vault: Vault, case: CaseIds) -> None:
    kinds = {k.kind: k for k in letters.kinds(new_vault)}
    assert len(kinds) == 28  # 13 + the 15 kinds added for issue 11 (L3)
    assert kinds["exemption-receipt"].uses_exemption  # the dialog offers the request
    assert kinds["warning"].to_suspect  # to the parent it concerns (issue 11, defect 8)
    assert kinds["invitation-1"].uses_appointment and not kinds["notice"].uses_appointment
    assert kinds["summons"].to_suspect and kinds["proces-verbaal"].draft
    assert kinds["decision"].uses_exemption
    names = [(s.guardian_id, s.name) for s in letters.suspects(new_vault, case.case_id)]
    assert names == [
        (case.mother_id, "Fatma Yıldız"),
        (case.father_id, "Johannes van den Berg"),
        (None, "Daan Pieter van den Berg"),
    ]
    assert (
        letters.file_name(case.reference, "invitation-1", 1)
        == f"{case.reference}_uitnodiging-1_1.pdf"
    )


def test_under_12_no_own_letter_and_no_summons(new_vault: Vault, cases: LetterVault) -> None:
    case_id = cases.young.case_id
    with pytest.raises(LetterError, match="een leerling van 12 jaar of ouder"):
        letters.draft_letters(new_vault, case_id, invitation(include_pupil=True))
    summons = LetterRequest(kind="summons", letter_date=TODAY, appointment=APPOINTMENT)
    with pytest.raises(LetterError, match="een verdachte van 12 jaar of ouder"):
        letters.draft_letters(new_vault, case_id, summons)
    with pytest.raises(LetterError, match="jonger dan 12 jaar kan niet worden vervolgd"):
        letters.draft_letters(
            new_vault, case_id, LetterRequest(kind="proces-verbaal", letter_date=TODAY)
        )
    (to_parents,) = letters.draft_letters(new_vault, case_id, invitation())
    assert "Omdat Daan 12 jaar of ouder is" not in full_text(to_parents.pdf)


def test_the_pv_lists_an_invitation_as_sent_only_once_it_was_marked_posted(
    new_vault: Vault, case: CaseIds
) -> None:
    from lvs_desktop.services import print_queue

    sent = letters.create_letters(new_vault, case.case_id, invitation()).ids("letter")
    pv = LetterRequest(kind="proces-verbaal", letter_date=TODAY)
    before = full_text(letters.draft_letters(new_vault, case.case_id, pv)[0].pdf)
    assert "verzond ik: Uitnodiging" not in before and "Er zijn geen brieven verzonden." in before
    assert "Afschriften van de verzonden brieven" not in before  # no annex without letters
    letters.mark_printed(new_vault, sent, datetime(2026, 11, 28, 9, 0))
    print_queue.mark_posted(new_vault, sent, TODAY, TODAY)
    after = full_text(letters.draft_letters(new_vault, case.case_id, pv)[0].pdf)
    assert "Op 28 november 2026 verzond ik: Uitnodiging" in after
    assert "verzending niet vastgelegd" not in after
    assert "Afschriften van de verzonden brieven" in after
