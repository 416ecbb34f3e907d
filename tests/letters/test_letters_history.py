"""Issue 11, defects 4, 5, 9 and the Halt parts of 8 (L2): recorded responses, the youth's and
the parent's history across files, the OM's rules, and no duplicate letters or drafts in the
print queue. From an empty vault through the services and the CLI; the PDFs read back."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from letter_pdf import full_text
from letter_vault import TODAY, CaseIds, make_letter_case

from lvs_desktop.cli import main
from lvs_desktop.models import UserError
from lvs_desktop.models.rules.routes import Route, RouteFacts, check_route
from lvs_desktop.services import (
    cases,
    contacts,
    decisions,
    letter_responses,
    letters,
    print_queue,
)
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.store import Vault

APPOINTMENT = letters.Appointment(starts_at=datetime(2026, 11, 12, 10, 0), location="kantoor")


def _invite(
    vault: Vault, ids: CaseIds, on: date = date(2026, 11, 3), *, posted: bool = False
) -> None:
    request = letters.LetterRequest(kind="invitation-1", letter_date=on, appointment=APPOINTMENT)
    made = letters.create_letters(vault, ids.case_id, request).ids("letter")
    if posted:  # only a posted letter counts as sent (qa_findings: Halt draft, letter-response)
        letters.mark_printed(vault, made, datetime.combine(on, datetime.min.time()))
        print_queue.mark_posted(vault, made, on, TODAY)


def _pv(vault: Vault, ids: CaseIds, on: date = TODAY, **kw: object) -> str:
    request = letters.LetterRequest(
        kind="proces-verbaal", letter_date=on, suspect_guardian_id=ids.mother_id, **kw
    )
    (draft,) = letters.draft_letters(vault, ids.case_id, request)
    return full_text(draft.pdf)


def _halt(vault: Vault, ids: CaseIds, on: date = TODAY) -> str:
    request = letters.LetterRequest(
        kind="halt-referral", letter_date=on, halt_admitted=True, halt_parents_consent=True
    )
    (draft,) = letters.draft_letters(vault, ids.case_id, request)
    return full_text(draft.pdf)


def _other_case(vault: Vault, ids: CaseIds, kind: str = "relative_absence") -> str:
    """A second, earlier case of the same youth."""
    opened = date(2025, 2, 3)
    return cases.open_case(
        vault,
        ids.youth_id,
        kind,
        opened,
        report=ReportInput(
            report_type="16_hours",
            received_on=opened,
            period_start=opened - timedelta(days=20),
            period_end=opened - timedelta(days=1),
            hours_absent=17,
        ),
        today=TODAY,
    ).first("case_file")


# --- defect 4 -------------------------------------------------------------------------------


def test_defect_4_gereageerd_only_from_a_recorded_response_per_recipient(vault: Vault) -> None:
    ids = make_letter_case(vault)  # a conversation on 24 November, after the invitation
    _invite(vault, ids, posted=True)
    text = _pv(vault, ids)
    # Today's code inferred "hierop is gereageerd" from the later conversation.
    assert "gereageerd" not in text
    assert "Uitnodiging voor een gesprek, aan mevrouw F. Yıldız." in text
    assert "Uitnodiging voor een gesprek, aan de heer J. van den Berg." in text

    rows = letter_responses.sent_letters(vault, ids.case_id)
    to_mother = next(r for r in rows if "Yıldız" in r.recipient_name)
    to_father = next(r for r in rows if "Berg" in r.recipient_name)
    letter_responses.record_response(
        vault, to_mother.id, responded=False, on=date(2026, 11, 20), today=TODAY
    )
    letter_responses.record_response(
        vault, to_father.id, responded=True, on=date(2026, 11, 21), today=TODAY
    )
    text = _pv(vault, ids)
    assert "Fatma Yıldız had op 20 november 2026 niet gereageerd." in text
    assert "Johannes van den Berg reageerde op 21 november 2026." in text
    assert "hierop is" not in text


def test_defect_4_a_response_is_refused_before_the_letter_or_in_the_future(vault: Vault) -> None:
    ids = make_letter_case(vault)
    _invite(vault, ids, posted=True)
    row = letter_responses.sent_letters(vault, ids.case_id)[0]
    with pytest.raises(UserError, match="vóór de datum van de brief"):
        letter_responses.record_response(
            vault, row.id, responded=True, on=date(2026, 11, 1), today=TODAY
        )
    with pytest.raises(UserError, match="toekomst"):
        letter_responses.record_response(
            vault, row.id, responded=True, on=TODAY + timedelta(days=1), today=TODAY
        )
    assert letter_responses.sent_letters(vault, ids.case_id)[0].responses == ()


def test_defect_4_drafts_and_other_pvs_are_not_letters_sent(vault: Vault) -> None:
    ids = make_letter_case(vault)
    request = letters.LetterRequest(
        kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=ids.father_id
    )
    letters.create_letters(vault, ids.case_id, request)
    text = _pv(vault, ids, TODAY + timedelta(days=1))
    assert "Er zijn geen brieven verzonden." in text
    assert letter_responses.sent_letters(vault, ids.case_id) == []


def test_defect_4_cli_lists_and_records_a_response(
    vault: Vault,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = make_letter_case(vault, father_address=None)  # one letter to both parents
    _invite(vault, ids, posted=True)
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    base = ["letter-response", "--vault", str(path), "--case", ids.reference]
    assert main(base) == 0
    out = capsys.readouterr().out
    letter_id = out.split()[0]
    assert "1. Fatma Yıldız" in out and "2. Johannes van den Berg" in out
    # Two recipients: which one must be said.
    assert main([*base, "--letter", letter_id, "--responded-on", "20-11-2026"]) == 1
    assert "Kies wie (niet) heeft gereageerd" in capsys.readouterr().err
    assert (
        main([*base, "--letter", letter_id, "--responded-on", "20-11-2026", "--recipient", "2"])
        == 0
    )
    assert main([*base, "--letter", letter_id, "--no-response-on", "gisteren"]) == 1
    assert "geen datum" in capsys.readouterr().err
    reopened = Vault.open(path, passphrase)
    try:
        (row,) = letter_responses.sent_letters(reopened, ids.case_id)
        assert [r.text for r in row.responses] == [
            "Johannes van den Berg: gereageerd op 20-11-2026"
        ]
    finally:
        reopened.lock()


# --- defect 5 -------------------------------------------------------------------------------


def test_defect_5_halt_in_another_case_counts_and_a_redraw_does_not(vault: Vault) -> None:
    ids = make_letter_case(vault)
    other = _other_case(vault, ids)
    decisions.record_enforcement(
        vault,
        other,
        EnforcementInput(kind="halt", dated_on=date(2025, 3, 1), outcome="completed"),
    )
    # The referral being drawn is itself recorded (pending) in this case before a redraw.
    decisions.record_enforcement(
        vault, ids.case_id, EnforcementInput(kind="halt", dated_on=date(2026, 11, 20))
    )
    text = _halt(vault, ids)
    assert "Halt-verwijzing op 1 maart 2025 (dossier" in text
    assert "afgerond" in text
    assert "20 november 2026" not in text  # the referral is not its own repeat
    assert "artikel 77e Wetboek van Strafrecht" in text


def test_defect_5_the_parent_convicted_before_flags_the_copy_to_the_raad(vault: Vault) -> None:
    ids = make_letter_case(vault)
    other = _other_case(vault, ids)
    decisions.record_enforcement(
        vault,
        other,
        EnforcementInput(
            kind="pv_parent",
            dated_on=date(2025, 4, 1),
            subject_guardian_id=ids.mother_id,
            outcome="convicted",
        ),
    )
    text = _pv(vault, ids)
    assert "Eerdere processen-verbaal tegen verdachte" in text
    assert "1 april 2025 (dossier" in text and "): veroordeeld" in text
    assert "artikel 22, vijfde lid, Leerplichtwet 1969" in text
    father = letters.LetterRequest(
        kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=ids.father_id
    )
    (draft,) = letters.draft_letters(vault, ids.case_id, father)
    assert "vijfde lid" not in full_text(draft.pdf)  # only the parent convicted


def test_defect_5_a_luxe_first_offence_of_one_day_needs_a_reason(vault: Vault) -> None:
    ids = make_letter_case(vault, kind="luxe")
    with pytest.raises(UserError, match=r"waarschuwing.*Geef een reden"):
        _pv(vault, ids)
    text = _pv(vault, ids, override_reason="Eerder elders gewaarschuwd (gemeente Utrecht).")
    assert "Afwijking van de OM-richtlijn" in text and "gemeente Utrecht" in text


def test_defect_5_leave_refused_and_taken_anyway_opens_the_pv(vault: Vault) -> None:
    ids = make_letter_case(vault, kind="luxe")
    decisions.record_exemption(
        vault,
        ids.case_id,
        ExemptionInput(
            article="11g",
            received_on=TODAY - timedelta(days=60),
            starts_on=TODAY - timedelta(days=53),
            ends_on=TODAY - timedelta(days=26),
            outcome="afgewezen",
            decided_on=TODAY - timedelta(days=58),
            grounds="Geen gewichtige omstandigheden.",
        ),
    )
    assert "Kwalificatie" in _pv(vault, ids)  # drawn without an override reason
    facts = RouteFacts(
        birth_date=date(2014, 5, 1),
        absence_start=date(2026, 10, 1),
        absence_end=date(2026, 10, 1),
        report_type="luxe",
        luxe_first_offence=True,
        luxe_days=1,
    )
    assert not check_route(facts, Route.CRIMINAL, TODAY).open
    opened = check_route(
        RouteFacts(**{**vars(facts), "leave_refused": True}), Route.CRIMINAL, TODAY
    )
    assert opened.open and any("geweigerd en toch genomen" in r for r in opened.reasons)


def test_defect_5_the_om_terms_passed_are_warned(vault: Vault) -> None:
    ids = make_letter_case(vault)
    assert "Termijnen van het OM verstreken" not in _pv(vault, ids)
    late = _pv(vault, ids, date(2027, 2, 15))
    assert "Termijnen van het OM verstreken" in late
    assert "binnen 2 maanden" in late and "binnen 1 maand daarna" in late


# --- defect 8 (Halt) ------------------------------------------------------------------------


def test_defect_8_halt_is_named_only_while_halt_is_open(vault: Vault) -> None:
    ids = make_letter_case(vault)
    contacts.log_contact(  # a warning follows a recorded conversation with those it goes to
        vault,
        ids.case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0),
            mode="office",
            summary="Gesprek over het verzuim.",
            guardians_present=[ids.mother_id, ids.father_id],
        ),
    )
    request = letters.LetterRequest(kind="warning", letter_date=TODAY, include_pupil=True)
    pupil = [
        d for d in letters.draft_letters(vault, ids.case_id, request) if "Daan" in d.recipient_name
    ]
    assert "Halt" in full_text(pupil[0].pdf)
    other = _other_case(vault, ids)
    decisions.record_enforcement(
        vault,
        other,
        EnforcementInput(kind="halt", dated_on=date(2025, 3, 1), outcome="completed"),
    )
    pupil = [
        d for d in letters.draft_letters(vault, ids.case_id, request) if "Daan" in d.recipient_name
    ]
    assert "Halt" not in full_text(pupil[0].pdf)  # once for leerplicht: used


def test_defect_8_halt_interview_is_not_after_the_referral(vault: Vault) -> None:
    ids = make_letter_case(vault)  # the conversation was on 24 November
    text = _halt(vault, ids, date(2026, 11, 20))
    assert "Gesprek met de jongere nog niet gehouden vóór de verwijzing" in text
    assert "24 november 2026" not in text.split("Gesprek met de jongere")[1][:80]


# --- defect 9 -------------------------------------------------------------------------------


def test_defect_9_rendering_twice_stores_one_letter_and_queues_it_once(vault: Vault) -> None:
    ids = make_letter_case(vault)
    _invite(vault, ids)
    summary = letters.create_letters(
        vault,
        ids.case_id,
        letters.LetterRequest(
            kind="invitation-1", letter_date=date(2026, 11, 3), appointment=APPOINTMENT
        ),
    )
    assert summary.message == "Deze brieven zijn al bewaard."
    assert len(letters.case_letters(vault, ids.case_id)) == 2  # one per address, not four
    assert len(print_queue.print_queue(vault)) == 2


def test_defect_9_a_redraw_replaces_the_draft_and_drafts_never_enter_the_queue(
    vault: Vault,
) -> None:
    ids = make_letter_case(vault)
    for day in (TODAY, TODAY + timedelta(days=1)):
        request = letters.LetterRequest(
            kind="proces-verbaal", letter_date=day, suspect_guardian_id=ids.mother_id
        )
        letters.create_letters(vault, ids.case_id, request)
        halt = letters.LetterRequest(kind="halt-referral", letter_date=day, halt_admitted=True)
        letters.create_letters(vault, ids.case_id, halt)
    stored = letters.case_letters(vault, ids.case_id)
    assert sorted(x.kind for x in stored) == ["halt-referral", "proces-verbaal"]
    assert all(x.sent_on == TODAY + timedelta(days=1) for x in stored)
    pv = next(x for x in stored if x.kind == "proces-verbaal")
    assert f"{ids.reference}-PV1" in full_text(letters.letter_pdf(vault, pv.id))
    assert print_queue.print_queue(vault) == []


def test_defect_9_cli_twice_into_two_folders_queues_one_letter(
    vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ids = make_letter_case(vault, father_address=None)
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    for folder in ("een", "twee"):
        code = main(
            [
                "letter", "--vault", str(path), "--case", ids.reference,
                "--kind", "invitation-1", "--out", str(tmp_path / folder),
                "--date", "03-11-2026", "--appointment", "12-11-2026 10:00",
            ]
        )  # fmt: skip
        assert code == 0
    reopened = Vault.open(path, passphrase)
    try:
        assert len(print_queue.print_queue(reopened)) == 1
    finally:
        reopened.lock()


def test_defect_5_the_route_decision_knows_refused_leave_and_a_first_luxe_offence(
    vault: Vault,
) -> None:
    from lvs_desktop.services import routes

    ids = make_letter_case(vault, kind="luxe")  # one luxe report, days not more than one
    with pytest.raises(UserError, match="waarschuwing"):
        routes.decide_route(vault, ids.case_id, "criminal", "PV wegens luxe verzuim.", TODAY)
    decisions.record_exemption(
        vault,
        ids.case_id,
        ExemptionInput(
            article="11g",
            received_on=TODAY - timedelta(days=60),
            starts_on=TODAY - timedelta(days=53),
            ends_on=TODAY - timedelta(days=26),
            outcome="afgewezen",
            decided_on=TODAY - timedelta(days=58),
            grounds="Geen gewichtige omstandigheden.",
        ),
    )
    summary = routes.decide_route(vault, ids.case_id, "criminal", "Verlof geweigerd.", TODAY)
    assert summary.ids("route_decision")


def test_defect_5_cli_a_luxe_pv_needs_reason(
    vault: Vault,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = make_letter_case(vault, kind="luxe")
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    base = [
        "letter", "--vault", str(path), "--case", ids.reference, "--kind", "proces-verbaal",
        "--suspect", "parent-1", "--out", str(tmp_path / "pv"), "--date", "28-11-2026",
    ]  # fmt: skip
    assert main(base) == 1
    err = capsys.readouterr().err
    assert "waarschuwing" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "pv").exists()
    assert main([*base, "--reason", "Eerder gewaarschuwd in Utrecht."]) == 0
    (pdf,) = (tmp_path / "pv").iterdir()
    assert "Eerder gewaarschuwd in Utrecht." in full_text(pdf.read_bytes())
