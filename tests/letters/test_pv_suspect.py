"""The proces-verbaal and the summons themselves (issue 11, defects 1, 2, 6 and 7).

Every case is built from an empty vault through the services; the PDFs are read back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from letter_pdf import full_text
from letter_vault import TODAY, add_school, make_letter_case, set_owner_profile

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.services import cases, contacts, letters, people, settings
from lvs_desktop.services.cases import CaseEdit, ReportInput
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.services.region import roster
from lvs_desktop.store import Vault

NOW = datetime(2026, 11, 28, 12, 0)
MOTHER_SAYS = "Ik weet dat hij moet gaan."  # the mother's verhoor in make_letter_case
PUPIL_SAYS = "Ik vind school saai en blijf liever in bed."
PV = "proces-verbaal"


def log_verhoor(
    vault: Vault,
    case_id: str,
    statement: str,
    *,
    guardian_id: str | None = None,
    at: datetime = datetime(2026, 11, 26, 10, 0),
    **kw: object,
) -> None:
    """A complete verhoor of the youth (or of `guardian_id`), held by the vault's owner."""
    data = contacts.ContactInput(
        occurred_at=at,
        mode="office",
        summary="Verhoor als verdachte.",
        location="Leerplichtbureau Dordrecht",
        is_interrogation=True,
        cautie_given=True,
        heard_role="guardian" if guardian_id else "youth",
        heard_guardian_id=guardian_id,
        suspicion_explained=True,
        counsel="waived",
        read_back=True,
        signature="signed",
        statement=statement,
    )
    contacts.log_contact(vault, case_id, replace(data, **kw), now=NOW)  # type: ignore[arg-type]


def pv_of(vault: Vault, case_id: str, suspect: str | None = None, **kw: object) -> str:
    request = LetterRequest(kind=PV, letter_date=TODAY, suspect_guardian_id=suspect, **kw)  # type: ignore[arg-type]
    (pv_id,) = letters.create_letters(vault, case_id, request).ids("letter")
    return str(pv_id)


# --- defect 1: the verhoor is bound to its suspect -------------------------------------------


def test_pv_uses_only_the_suspects_own_verhoor(vault: Vault) -> None:
    """The issue's case: a PV against the pupil while only the mother was heard."""
    case = make_letter_case(vault)  # holds the mother's verhoor only
    pv_id = pv_of(vault, case.case_id)
    draft = full_text(letters.letter_pdf(vault, pv_id))
    assert MOTHER_SAYS not in draft
    assert "Verdachte is (nog) niet gehoord." in draft
    with pytest.raises(LetterError, match="eigen verhoor van de verdachte") as refused:
        letters.finalise_pv(vault, pv_id, TODAY)
    assert "alleen een verhoor van iemand anders" in str(refused.value)
    (row,) = letters.case_letters(vault, case.case_id)
    assert not row.finalised  # nothing changed

    log_verhoor(vault, case.case_id, PUPIL_SAYS)
    letters.finalise_pv(vault, pv_id, TODAY)
    text = full_text(letters.letter_pdf(vault, pv_id))
    assert PUPIL_SAYS in text and MOTHER_SAYS not in text
    assert "Gehoord Daan Pieter van den Berg, als verdachte" in text
    assert "Verdachte verklaarde, in eigen woorden:" in text
    assert "zakelijk weergegeven" not in text
    assert "De verklaring is aan verdachte voorgelezen." in text
    assert "Verdachte heeft de verklaring ondertekend." in text

    # And the PV against the mother prints hers, not the pupil's.
    with vault.session() as s:
        from lvs_desktop.models import Guardian

        mother = s.get_one(Guardian, case.mother_id)
        mother.birth_date, mother.birth_place = date(1985, 4, 2), "Rotterdam"
        s.commit()
    request = LetterRequest(kind=PV, letter_date=TODAY, suspect_guardian_id=case.mother_id)
    (mothers,) = letters.draft_letters(vault, case.case_id, request, finalise=True)
    text = full_text(mothers.pdf)
    assert MOTHER_SAYS in text and PUPIL_SAYS not in text


def test_pv_refers_to_the_colleagues_pv_van_verhoor_when_the_verbalisant_did_not_hold_it(
    vault: Vault,
) -> None:
    case = make_letter_case(vault)
    log_verhoor(vault, case.case_id, PUPIL_SAYS)  # held by Jet de Vries, the vault's owner
    colleague = roster.add_consultant(
        vault,
        roster.ConsultantInput(
            name="Bram Bos",
            code="BB",
            boa_number="BOA-2",
            akte_number="AK-9",
            akte_expires_on=date(2029, 1, 1),
            sworn_by="eed",
        ),
    ).first("consultant")
    cases.update_case(vault, case.case_id, CaseEdit("relative_absence", colleague))
    with vault.session() as s:
        from lvs_desktop.models import Consultant

        bram = s.get_one(Consultant, colleague)
        bram.appointed_by, bram.appointed_on = "het college van Dordrecht", date(2024, 1, 1)
        s.commit()
    pv_id = pv_of(vault, case.case_id)
    text = full_text(letters.letter_pdf(vault, pv_id))
    assert "gehoord door mijn collega Jet de Vries" in text
    assert "afzonderlijk proces-verbaal van verhoor" in text
    assert PUPIL_SAYS not in text  # not the verbalisant's own observation
    with pytest.raises(LetterError, match="verhoor dat de verbalisant zelf afnam"):
        letters.finalise_pv(vault, pv_id, TODAY)


def test_a_verhoor_names_who_was_heard_and_how_it_was_closed(vault: Vault) -> None:
    case = make_letter_case(vault)
    with pytest.raises(Exception, match="wie er is gehoord") as info:
        log_verhoor(vault, case.case_id, PUPIL_SAYS, heard_role=None, counsel=None, signature=None)
    message = str(info.value)
    assert "advocaat" in message and "ondertekend" in message
    with pytest.raises(Exception, match="hoort niet bij deze jeugdige"):
        log_verhoor(vault, case.case_id, PUPIL_SAYS, guardian_id="not-a-guardian")
    with vault.session() as s:
        from lvs_desktop.models import Contact

        assert s.query(Contact).filter(Contact.statement == PUPIL_SAYS).count() == 0


# --- defect 2: the qualification per day of the offence period -------------------------------


def crossing_case(vault: Vault, *, gender: str = "v") -> tuple[str, str]:
    """A girl who turned 16 in school year 2025-26 (kwalificatieplichtig from 1 August 2026),
    absent 1 June - 30 September 2026; her mother. Returns (case id, mother id)."""
    set_owner_profile(vault)
    school_id = add_school(vault)
    youth_id = people.create_youth(
        vault,
        people.YouthInput(
            given_names="Sanne",
            surname="Jansen",
            birth_date=date(2010, 3, 14),
            gender=gender,
            bsn="111222333",
            birth_place="Dordrecht",
            school_id=school_id,
            enrolled_on=date(2022, 8, 22),
            street="Singel",
            house_number="5",
            postcode="3311 AB",
            city="Dordrecht",
        ),
        today=TODAY,
    ).first("youth")
    mother_id = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(
            surname="Jansen",
            given_names="Petra",
            gender="v",
            relation="mother",
            birth_date=date(1980, 1, 2),
            birth_place="Gorinchem",
            street="Singel",
            house_number="5",
            postcode="3311 AB",
            city="Dordrecht",
        ),
    ).first("guardian")
    case_id = cases.open_case(
        vault,
        youth_id,
        "relative_absence",
        date(2026, 10, 5),
        report=ReportInput(
            report_type="16_hours",
            received_on=date(2026, 10, 5),
            period_start=date(2026, 6, 1),
            period_end=date(2026, 9, 30),
            hours_absent=64,
        ),
        today=TODAY,
    ).first("case_file")
    return case_id, mother_id


def test_pv_qualification_is_decided_per_day_of_the_offence_period(vault: Vault) -> None:
    case_id, mother_id = crossing_case(vault)
    log_verhoor(vault, case_id, "Ze wil niet.", guardian_id=mother_id)
    text = full_text(letters.letter_pdf(vault, pv_of(vault, case_id, mother_id)))
    assert "per deel van de pleegperiode" in text
    assert "01-06-2026 t/m 31-07-2026 artikel 2, eerste lid, juncto artikel 26, eerste lid" in text
    assert "01-08-2026 t/m 30-09-2026 artikel 4a, eerste lid, juncto artikel 26, eerste lid" in text
    assert "(16 jaar) leerplichtig was" in text and "(16 jaar) kwalificatieplichtig was" in text
    # The summons names both articles too, decided by the offence, not the letter date.
    summons = LetterRequest(
        kind="summons",
        letter_date=TODAY,
        suspect_guardian_id=mother_id,
        appointment=Appointment(starts_at=datetime(2026, 12, 7, 10, 0), location="kantoor"),
    )
    (letter,) = letters.draft_letters(vault, case_id, summons)
    summons_text = full_text(letter.pdf)
    assert "artikel 2, eerste lid, juncto artikel 26, eerste lid" in summons_text
    assert "artikel 4a, eerste lid, juncto artikel 26, eerste lid" in summons_text


def test_the_pupils_kwalificatieplicht_article_waits_for_the_regions_wording(
    vault: Vault,
) -> None:
    case_id, _ = crossing_case(vault)
    log_verhoor(vault, case_id, PUPIL_SAYS)
    pv_id = pv_of(vault, case_id)
    text = full_text(letters.letter_pdf(vault, pv_id))
    assert "artikel 2, derde lid, juncto artikel 26, tweede lid" in text
    with pytest.raises(LetterError, match="door de regio bevestigde tekst"):
        letters.finalise_pv(vault, pv_id, TODAY)
    wording = "artikel 4a juncto artikel 26, tweede lid, Leerplichtwet 1969 (regio ZHZ)"
    settings.set_pv_article(vault, wording)
    letters.finalise_pv(vault, pv_id, TODAY)
    final = full_text(letters.letter_pdf(vault, pv_id))
    assert "01-08-2026 t/m 30-09-2026 artikel 4a juncto artikel 26, tweede lid, " in final
    assert "(regio ZHZ)" in final


# --- defect 6: absolute verzuim ----------------------------------------------------------------


def test_absolute_verzuim_pv_is_built_from_the_enquiry_letters_and_contacts(vault: Vault) -> None:
    set_owner_profile(vault)
    school_id = add_school(vault)
    youth_id = people.create_youth(
        vault,
        people.YouthInput(
            given_names="Noor",
            surname="Visser",
            birth_date=date(2017, 5, 3),
            gender="v",
            bsn="111222333",
            birth_place="Dordrecht",
            street="Singel",
            house_number="5",
            postcode="3311 AB",
            city="Dordrecht",
        ),
        today=TODAY,
    ).first("youth")
    father_id = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(
            surname="Visser",
            given_names="Kees",
            gender="m",
            relation="father",
            birth_date=date(1981, 7, 7),
            birth_place="Breda",
            street="Singel",
            house_number="5",
            postcode="3311 AB",
            city="Dordrecht",
        ),
    ).first("guardian")
    case_id = cases.open_case(
        vault, youth_id, "absolute_absence", date(2026, 9, 15), today=TODAY
    ).first("case_file")
    letters.create_letters(
        vault, case_id, LetterRequest(kind="absolute-enquiry", letter_date=date(2026, 9, 16))
    )
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 10, 6, 15, 0),
            mode="home_visit",
            summary="Vader weigert Noor in te schrijven op een school.",
        ),
        now=NOW,
    )
    log_verhoor(vault, case_id, "Ik schrijf haar niet in.", guardian_id=father_id)
    pv_id = pv_of(vault, case_id, father_id)  # refused today: no absence hours
    letters.finalise_pv(vault, pv_id, TODAY)
    text = full_text(letters.letter_pdf(vault, pv_id))
    assert "(absoluut verzuim: niet ingeschreven)" in text
    assert "Pleegperiode van 15 september 2026 tot en met 28 november 2026" in text
    assert "Kwalificatie artikel 2, eerste lid, juncto artikel 26, eerste lid" in text
    assert "niet gezorgd dat de jongere als leerling van een school of instelling was" in text
    assert "Niet ingeschreven" in text and "Verzuim per periode" not in text
    assert "met de vraag bij welke school de leerling is ingeschreven" in text
    assert "Vader weigert Noor in te schrijven" in text

    # Once the record says she is enrolled, "not enrolled" would be false: refused, nothing made.
    from lvs_desktop.services import enrolments

    enrolments.add_enrolment(
        vault,
        youth_id,
        enrolments.EnrolmentInput(school_id=school_id, starts_on=date(2026, 9, 1)),
        today=TODAY,
    )
    before = len(letters.case_letters(vault, case_id))
    with pytest.raises(LetterError) as refused:
        letters.create_letters(
            vault,
            case_id,
            LetterRequest(kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=father_id),
        )
    assert "staat ingeschreven bij Insula College" in str(refused.value)
    assert len(letters.case_letters(vault, case_id)) == before


# --- defect 7: words ---------------------------------------------------------------------------


def test_pv_words_relation_gender_one_role_oath_and_appointment(vault: Vault) -> None:
    case_id, _ = crossing_case(vault)
    with vault.session() as s:
        from lvs_desktop.models import Case

        youth_id = s.get_one(Case, case_id).youth_id
    foster = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(
            surname="Bakker",
            given_names="Ria",
            gender="v",
            relation="foster_parent",
            has_authority=False,
            is_carer=True,
            birth_date=date(1970, 2, 2),
            birth_place="Delft",
            street="Singel",
            house_number="5",
            postcode="3311 AB",
            city="Dordrecht",
        ),
    ).first("guardian")
    log_verhoor(vault, case_id, "Ik doe mijn best.", guardian_id=foster)
    pv_id = pv_of(vault, case_id, foster)
    letters.finalise_pv(vault, pv_id, TODAY)
    text = full_text(letters.letter_pdf(vault, pv_id))
    assert (
        "Relatie tot de leerling pleegouder, verzorgt de jongere feitelijk (zonder gezag)" in text
    )
    assert "met gezag" not in text  # one legal role
    assert "als degene die de jongere feitelijk verzorgt" in text
    assert "de school waar zij is ingeschreven" in text  # Sanne is a girl
    assert "waar hij is ingeschreven" not in text
    assert "op ambtseed te Dordrecht" in text and "ambtsbelofte" not in text
    assert (
        "door het college van burgemeester en wethouders van Dordrecht op 1 maart 2024 "
        "aangewezen als leerplichtambtenaar (artikel 16 Leerplichtwet 1969)" in text
    )
    assert "Akte van beëdiging nummer AK-2024-0031, geldig tot 1 januari 2029" in text


def test_finalising_is_refused_when_the_profile_lacks_eed_akte_or_appointment(
    vault: Vault,
) -> None:
    case = make_letter_case(vault)
    log_verhoor(vault, case.case_id, PUPIL_SAYS)
    profile = settings.get_profile(vault)
    settings.set_profile(
        vault,
        replace(profile, sworn_by=None, akte_number=None, appointed_by=None, appointed_on=None),
    )
    pv_id = pv_of(vault, case.case_id)
    draft = full_text(letters.letter_pdf(vault, pv_id))
    assert "ambtseed of ambtsbelofte (niet vastgelegd)" in draft
    # the draft marks the missing appointment in bold, as markup, never as printed tags
    assert "(aanwijzing als leerplichtambtenaar, artikel 16 Leerplichtwet 1969, niet" in draft
    assert "<b>" not in draft and "&lt;" not in draft
    with pytest.raises(LetterError) as refused:
        letters.finalise_pv(vault, pv_id, TODAY)
    message = str(refused.value)
    assert "eed of belofte" in message
    assert "nummer van de akte van beëdiging" in message
    assert "aanwijzing als leerplichtambtenaar (artikel 16 Leerplichtwet 1969)" in message
    (row,) = letters.case_letters(vault, case.case_id)
    assert not row.finalised


def test_a_summons_to_a_kwalificatieplichtige_pupil_waits_for_the_regions_wording(
    vault: Vault,
) -> None:
    case_id, _ = crossing_case(vault)
    request = LetterRequest(
        kind="summons",
        letter_date=TODAY,
        appointment=Appointment(starts_at=datetime(2026, 12, 7, 10, 0), location="kantoor"),
    )
    with pytest.raises(LetterError, match="door de regio bevestigde tekst"):
        letters.draft_letters(vault, case_id, request)
    settings.set_pv_article(vault, "artikel 4a juncto artikel 26, tweede lid, Leerplichtwet 1969")
    (letter,) = letters.draft_letters(vault, case_id, request)
    text = full_text(letter.pdf)
    assert "artikel 2, derde lid, juncto artikel 26, tweede lid" in text  # June and July
    assert "artikel 4a juncto artikel 26, tweede lid" in text  # from 1 August
