"""Editing, enrolment history and corrections through the services, on a new empty vault,
read back from the vault each time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from lvs_desktop.letters.context import LetterRequest
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Appointment
from lvs_desktop.models import AuditEvent, Case, Contact, Enrolment, Guardian, Report, Task, Youth
from lvs_desktop.models.enrolment import school_on
from lvs_desktop.services import (
    cases,
    contacts,
    corrections,
    enrolments,
    letters,
    people,
    print_queue,
)
from lvs_desktop.services.case_detail import case_detail
from lvs_desktop.services.cases import CaseEdit, ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.enrolments import EnrolmentInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from tests.casework.casework_vault import TODAY, Casework, build_casework
from tests.letters.letter_pdf import full_text

MOVED = date(2026, 11, 2)


@pytest.fixture
def work(vault: Vault) -> Casework:
    return build_casework(vault)


def youth_input(vault: Vault, youth_id: str) -> people.YouthInput:
    with vault.session() as s:
        y = s.get_one(Youth, youth_id)
        fields = {k: getattr(y, k) for k in people.YouthInput.__dataclass_fields__}
    return people.YouthInput(**fields)


def invitation(on: date = TODAY) -> LetterRequest:
    return LetterRequest(
        kind="invitation-1",
        letter_date=on,
        appointment=Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="kantoor"),
    )


# -- enrolment history ---------------------------------------------------------------------


def test_a_change_of_school_ends_the_old_enrolment_and_keeps_it(
    vault: Vault, work: Casework
) -> None:
    data = replace(youth_input(vault, work.youth_id), school_id=work.new_school, enrolled_on=MOVED)
    people.update_youth(vault, work.youth_id, data, today=TODAY)
    with vault.session() as s:
        youth = s.get_one(Youth, work.youth_id)
        rows = s.scalars(select(Enrolment).order_by(Enrolment.starts_on)).all()
        assert [(e.school_id, e.starts_on, e.ends_on) for e in rows] == [
            (work.old_school, date(2025, 8, 25), MOVED - timedelta(days=1)),
            (work.new_school, MOVED, None),
        ]
        assert (youth.school_id, youth.enrolled_on) == (work.new_school, MOVED)
        assert school_on(youth, date(2026, 10, 1)).name == "Da Costa College"
        assert school_on(youth, MOVED).name == "Johan de Witt MBO"
        assert school_on(youth, date(2025, 8, 24)) is None  # before any enrolment
    assert case_detail(vault, work.case_id, TODAY).header.school == "Johan de Witt MBO"


def test_the_letter_names_the_school_of_its_date(vault: Vault, work: Casework) -> None:
    data = replace(youth_input(vault, work.youth_id), school_id=work.new_school, enrolled_on=MOVED)
    people.update_youth(vault, work.youth_id, data, today=TODAY)
    (before,) = letters.draft_letters(vault, work.case_id, invitation(date(2026, 10, 20)))
    (after,) = letters.draft_letters(vault, work.case_id, invitation(TODAY))
    assert "Da Costa College" in full_text(before.pdf)
    assert "Johan de Witt MBO" in full_text(after.pdf)
    assert "Da Costa College" not in full_text(after.pdf)


def test_the_pv_names_the_school_of_the_offence_period(vault: Vault, work: Casework) -> None:
    data = replace(youth_input(vault, work.youth_id), school_id=work.new_school, enrolled_on=MOVED)
    people.update_youth(vault, work.youth_id, data, today=TODAY)
    request = LetterRequest(kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=None)
    drafts = letters.draft_letters(vault, work.case_id, request)
    text = full_text(drafts[0].pdf)
    assert "Da Costa College" in text  # September 2026: the absence was there
    assert "Johan de Witt MBO" not in text


def test_figures_count_a_report_for_the_school_on_its_date(vault: Vault, work: Casework) -> None:
    data = replace(youth_input(vault, work.youth_id), school_id=work.new_school, enrolled_on=MOVED)
    people.update_youth(vault, work.youth_id, data, today=TODAY)
    cases.add_report(
        vault,
        work.case_id,
        ReportInput(report_type="16_hours", received_on=date(2026, 11, 20), hours_absent=16),
        today=TODAY,
    )
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    rows = {r.label: r.values[-1] for r in report.table("relative_reports").rows}
    assert rows["16 uur in 4 weken – VO"] == 1  # the October report, at Da Costa
    assert rows["16 uur in 4 weken – MBO"] == 1  # the November one, after the move


def test_overlapping_enrolments_are_refused_and_nothing_changes(
    vault: Vault, work: Casework
) -> None:
    enrolments.add_enrolment(
        vault,
        work.youth_id,
        EnrolmentInput(work.new_school, date(2024, 8, 26), date(2025, 7, 11)),
        today=TODAY,
    )
    with pytest.raises(InvalidInput, match="overlapt met die bij Johan de Witt MBO"):
        enrolments.add_enrolment(
            vault,
            work.youth_id,
            EnrolmentInput(work.old_school, date(2025, 6, 1), None),
            today=TODAY,
        )
    rows = enrolments.enrolment_rows(vault, work.youth_id)
    assert [(r.school, r.starts_on) for r in rows] == [
        ("Johan de Witt MBO", date(2024, 8, 26)),
        ("Da Costa College", date(2025, 8, 25)),
    ]


def test_leaving_and_re_enrolling(vault: Vault, work: Casework) -> None:
    data = youth_input(vault, work.youth_id)
    people.update_youth(
        vault, work.youth_id, replace(data, school_id=None, enrolled_on=MOVED), today=TODAY
    )
    with vault.session() as s:
        youth = s.get_one(Youth, work.youth_id)
        assert youth.school_id is None and school_on(youth, TODAY) is None
    assert case_detail(vault, work.case_id, TODAY).header.school is None
    people.update_youth(
        vault,
        work.youth_id,
        replace(data, school_id=work.old_school, enrolled_on=date(2026, 11, 23)),
        today=TODAY,
    )
    rows = enrolments.enrolment_rows(vault, work.youth_id)
    assert [(r.school, r.starts_on, r.ends_on) for r in rows] == [
        ("Da Costa College", date(2025, 8, 25), date(2026, 11, 1)),
        ("Da Costa College", date(2026, 11, 23), None),
    ]


# -- editing ---------------------------------------------------------------------------------


def test_a_second_guardian_with_gezag_elsewhere_gets_a_letter_of_their_own(
    vault: Vault, work: Casework
) -> None:
    assert len(letters.draft_letters(vault, work.case_id, invitation())) == 1
    people.add_guardian(
        vault,
        work.youth_id,
        people.GuardianInput(
            surname="Visser",
            given_names="Mark",
            gender="m",
            relation="father",
            has_authority=True,
            is_carer=False,
            street="Vrieseweg",
            house_number="41a",
            postcode="3311NW",
            city="Dordrecht",
            birth_date=date(1980, 5, 2),
            birth_place="Zwijndrecht",
        ),
    )
    drafts = letters.draft_letters(vault, work.case_id, invitation())
    assert [d.recipient_name for d in drafts] == ["Mevrouw A. Visser", "De heer M. Visser"]
    assert "Vrieseweg 41a" in full_text(drafts[1].pdf)


def test_an_unknown_relation_is_refused(vault: Vault, work: Casework) -> None:
    with pytest.raises(InvalidInput, match="Relatie tot de jeugdige"):
        people.add_guardian(
            vault, work.youth_id, people.GuardianInput(surname="X", relation="buurvrouw")
        )
    with vault.session() as s:
        assert len(s.scalars(select(Guardian)).all()) == 1


def test_edit_report_contact_and_case_are_audited_with_the_fields(
    vault: Vault, work: Casework
) -> None:
    cases.update_report(
        vault,
        work.report_id,
        ReportInput(
            report_type="16_hours",
            received_on=date(2026, 10, 1),
            period_start=date(2026, 9, 1),
            period_end=date(2026, 9, 26),
            hours_absent=21.5,
            school_id=work.old_school,
        ),
        today=TODAY,
    )
    contacts.update_contact(
        vault,
        work.contact_id,
        ContactInput(
            occurred_at=datetime(2026, 10, 9, 10, 0),
            mode="phone",
            summary="Telefoongesprek met moeder.",
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    with vault.session() as s:
        consultant_id = s.get_one(Case, work.case_id).consultant_id
    cases.update_case(
        vault,
        work.case_id,
        CaseEdit(
            kind="thuiszitter",
            consultant_id=consultant_id,
            underlying_problems="Wil niet naar school sinds de zomer.",
            problem_codes=("bullying", "mental_health", "bullying"),
        ),
    )
    with vault.session() as s:
        assert s.get_one(Report, work.report_id).hours_absent == 21.5
        assert s.get_one(Contact, work.contact_id).mode == "phone"
        case = s.get_one(Case, work.case_id)
        assert (case.kind, case.problem_codes) == ("thuiszitter", "bullying,mental_health")
        details = {
            a.detail
            for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).all()
        }
    assert "update_report: hours_absent" in details
    assert "update_contact: mode, summary" in details
    assert "update_case: kind, problem_codes, underlying_problems" in details


def test_unknown_problem_code_is_refused(vault: Vault, work: Casework) -> None:
    with vault.session() as s:
        consultant_id = s.get_one(Case, work.case_id).consultant_id
    with pytest.raises(InvalidInput, match="Onderliggend probleem: onbekende waarde 'luiheid'"):
        cases.update_case(
            vault,
            work.case_id,
            CaseEdit("relative_absence", consultant_id, None, ("luiheid",)),
        )
    with vault.session() as s:
        assert s.get_one(Case, work.case_id).problem_codes is None


# -- corrections -----------------------------------------------------------------------------


def test_a_voided_contact_stays_with_its_reason_and_counts_no_more(
    vault: Vault, work: Casework
) -> None:
    assert case_detail(vault, work.case_id, TODAY).header.deadlines == ()
    corrections.void_record(
        vault, "contact", work.contact_id, "Bij het verkeerde dossier gezet.", today=TODAY
    )
    detail = case_detail(vault, work.case_id, TODAY)
    (entry,) = [e for e in detail.timeline if e.kind == "contact"]
    assert entry.void_reason == "Bij het verkeerde dossier gezet." and entry.record_id
    # no live conversation any more: the first-contact deadline is back
    assert [d.kind for d in detail.header.deadlines] == ["first_contact"]
    with vault.session() as s:
        contact = s.get_one(Contact, work.contact_id)
        assert contact.voided_on == TODAY and contact.voided_by_id == vault.owner_id
        assert contact.summary  # nothing of it is lost
        (detail,) = s.scalars(
            select(AuditEvent.detail).where(
                AuditEvent.record_id == work.contact_id, AuditEvent.action == "update"
            )
        ).all()
    assert detail == "void_contact: void_reason, voided_by_id, voided_on"
    with pytest.raises(Exception, match="al ongeldig gemaakt"):
        corrections.void_record(vault, "contact", work.contact_id, "nog eens", today=TODAY)


def test_a_void_needs_a_reason(vault: Vault, work: Casework) -> None:
    with pytest.raises(InvalidInput, match="De reden is verplicht"):
        corrections.void_record(vault, "report", work.report_id, "  ", today=TODAY)
    with vault.session() as s:
        assert s.get_one(Report, work.report_id).voided_on is None


def test_a_voided_report_leaves_the_figures_and_the_letters(vault: Vault, work: Casework) -> None:
    corrections.void_record(vault, "report", work.report_id, "Dubbel ingevoerd.", today=TODAY)
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    rows = {r.label: r.values[-1] for r in report.table("relative_reports").rows}
    assert rows["Totaal"] == 0
    request = LetterRequest(kind="proces-verbaal", letter_date=TODAY)
    with pytest.raises(LetterError, match="de pleegperiode"):  # no live report: no offence
        letters.draft_letters(vault, work.case_id, request)


def test_a_voided_letter_is_not_sent_and_not_in_the_print_queue(
    vault: Vault, work: Casework
) -> None:
    (letter_id,) = letters.create_letters(vault, work.case_id, invitation()).ids("letter")
    corrections.void_record(vault, "letter", letter_id, "Verkeerde datum.", today=TODAY)
    assert print_queue.unprinted(vault) == []
    timeline = case_detail(vault, work.case_id, TODAY).timeline
    assert [e.void_reason for e in timeline if e.kind == "letter"] == ["Verkeerde datum."]
    assert [x.void_reason for x in letters.case_letters(vault, work.case_id)] == [
        "Verkeerde datum."
    ]


def test_the_figures_count_cases_per_underlying_problem(vault: Vault, work: Casework) -> None:
    with vault.session() as s:
        consultant_id = s.get_one(Case, work.case_id).consultant_id
    cases.update_case(
        vault,
        work.case_id,
        CaseEdit("relative_absence", consultant_id, "Gepest in de klas.", ("bullying", "family")),
    )
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    table = report.table("underlying_problems")
    rows = {r.label: r.values[-1] for r in table.rows}
    assert rows["Pesten"] == 1 and rows["Gezinsproblematiek"] == 1
    assert rows["Psychische problemen"] == 0
    assert "Totaal" not in rows  # a case with two problems counts twice: no total


def test_voiding_a_contact_closes_the_tasks_made_from_its_agreements(
    vault: Vault, work: Casework
) -> None:
    summary = contacts.log_contact(
        vault,
        work.case_id,
        ContactInput(
            occurred_at=datetime(2026, 11, 2, 9, 0),
            mode="phone",
            summary="Afgesproken dat moeder school belt.",
            agreements=[contacts.Agreement("Moeder belt de mentor", date(2026, 11, 9))],
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    contact_id, task_id = summary.first("contact"), summary.first("task")
    assert [d.kind for d in case_detail(vault, work.case_id, TODAY).header.deadlines] == ["task"]
    done = corrections.void_record(vault, "contact", contact_id, "Verkeerd dossier.", today=TODAY)
    assert done.message == (
        "Contact ongeldig gemaakt. 1 afspraak daaruit is afgesloten als niet nodig."
    )
    assert case_detail(vault, work.case_id, TODAY).header.deadlines == ()
    with vault.session() as s:
        task = s.get_one(Task, task_id)
        assert (task.status, task.done_on) == ("not_needed", TODAY)
        assert task.done_note == "Het contact is ongeldig gemaakt: Verkeerd dossier."


def test_a_move_before_the_current_enrolment_is_refused_and_nothing_changes(
    vault: Vault, work: Casework
) -> None:
    data = replace(
        youth_input(vault, work.youth_id), school_id=work.new_school, enrolled_on=date(2025, 8, 1)
    )
    with pytest.raises(Exception, match="pas de geschiedenis aan op het tabblad Scholen"):
        people.update_youth(vault, work.youth_id, data, today=TODAY)
    with vault.session() as s:
        assert s.scalars(select(Enrolment)).all() == []
        assert s.get_one(Youth, work.youth_id).school_id == work.old_school
