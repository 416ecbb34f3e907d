"""Outcomes recorded later on the same record: an exemption from received to decided (counted
once in the figures), a PV's course, a Halt, RvdK and SVB outcome; impossible steps refused
with a Dutch message and nothing changed. Real vaults, read back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lvs_desktop.models import Enforcement, Exemption, UserError
from lvs_desktop.services import decisions, outcomes
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth

ART5A = "Art. 5 onder a – lichamelijk of psychisch ongeschikt"


def _exemptions(vault: Vault) -> list[tuple[str, str, date | None, date | None, str | None]]:
    with vault.session() as s:
        return [
            (e.article, e.outcome, e.decided_on, e.advice_requested_on, e.advice_from)
            for e in s.scalars(select(Exemption))
        ]


def _step(vault: Vault, step_id: str) -> Enforcement:
    with vault.session() as s:
        step = s.get(Enforcement, step_id)
        assert step is not None
        s.expunge(step)
        return step


def test_exemption_received_advice_decided_counts_once(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault), kind="exemption")
    exemption_id = decisions.record_exemption(
        vault, case_id, ExemptionInput("5a", date(2026, 9, 1))
    ).first("exemption")
    assert exemption_figures(vault)[f"{ART5A} – In behandeling"] == 1
    with pytest.raises(InvalidInput, match="vóór de aanvraag"):
        decisions.request_exemption_advice(
            vault, exemption_id, date(2026, 8, 1), "Samenwerkingsverband", today=TODAY
        )
    decisions.request_exemption_advice(
        vault, exemption_id, date(2026, 9, 5), "Samenwerkingsverband Dordrecht", today=TODAY
    )
    with pytest.raises(InvalidInput, match="vóór de adviesvraag"):
        decisions.decide_exemption(vault, exemption_id, "afgegeven", date(2026, 9, 2), today=TODAY)
    decisions.decide_exemption(
        vault,
        exemption_id,
        "afgegeven",
        date(2026, 10, 1),
        starts_on=date(2026, 10, 1),
        ends_on=date(2027, 7, 31),
        today=TODAY,
    )
    assert _exemptions(vault) == [
        ("5a", "afgegeven", date(2026, 10, 1), date(2026, 9, 5), "Samenwerkingsverband Dordrecht")
    ]
    with pytest.raises(UserError, match="al besloten: afgegeven op 01-10-2026"):
        decisions.decide_exemption(vault, exemption_id, "afgewezen", TODAY, today=TODAY)
    state = outcomes.exemption_state(vault, exemption_id)
    assert (state.stage, state.stand) == ("decided", "Afgegeven (01-10-2026)")

    got = exemption_figures(vault)
    assert got[f"{ART5A} – Afgegeven"] == 1
    assert f"{ART5A} – In behandeling" not in got
    assert got["Totaal"] == 1


def exemption_figures(vault: Vault) -> dict[str, object]:
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    i = report.years.index("2026-2027")
    return {r.label: r.values[i] for r in report.table("exemptions").rows}


def test_pv_course_to_a_fine_and_refused_steps(vault: Vault) -> None:
    youth = make_youth(vault)
    parent = make_guardian(vault, youth)
    case_id = make_case(vault, youth)
    pv = decisions.record_enforcement(
        vault,
        case_id,
        EnforcementInput("pv_parent", date(2026, 10, 1), subject_guardian_id=parent),
    ).first("enforcement")
    with pytest.raises(UserError, match="eerst vast wanneer het proces-verbaal naar het OM"):
        outcomes.record_om_decision(vault, pv, "dagvaarding", date(2026, 10, 20), today=TODAY)
    with pytest.raises(UserError, match="pas uitspraak na een dagvaarding"):
        outcomes.record_court_outcome(vault, pv, "geldboete", TODAY, 15000, today=TODAY)
    with pytest.raises(UserError, match="stappen vast"):
        decisions.set_enforcement_outcome(vault, pv, "completed", TODAY, today=TODAY)
    outcomes.send_pv_to_om(vault, pv, date(2026, 10, 5), today=TODAY)
    outcomes.record_om_decision(vault, pv, "dagvaarding", date(2026, 10, 20), today=TODAY)
    with pytest.raises(InvalidInput, match="bedrag van de boete"):
        outcomes.record_court_outcome(vault, pv, "geldboete", TODAY, None, today=TODAY)
    assert _step(vault, pv).court_outcome is None
    outcomes.record_court_outcome(vault, pv, "geldboete", date(2026, 11, 20), 15000, today=TODAY)

    step = _step(vault, pv)
    assert (step.sent_on, step.om_decision, step.om_decision_on) == (
        date(2026, 10, 5),
        "dagvaarding",
        date(2026, 10, 20),
    )
    assert (step.court_outcome, step.court_outcome_on, step.fine_cents) == (
        "geldboete",
        date(2026, 11, 20),
        15000,
    )
    state = outcomes.step_state(vault, pv)
    assert state.stand == (
        "Ingezonden aan het OM (05-10-2026) → Dagvaarding (20-10-2026) → "
        "Geldboete (20-11-2026) € 150,00"
    )
    assert state.next == ()


def test_sepot_ends_the_course(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault))
    pv = decisions.record_enforcement(
        vault, case_id, EnforcementInput("pv_pupil", date(2026, 10, 1))
    ).first("enforcement")
    outcomes.send_pv_to_om(vault, pv, date(2026, 10, 2), today=TODAY)
    with pytest.raises(UserError, match="al ingezonden op 02-10-2026"):
        outcomes.send_pv_to_om(vault, pv, date(2026, 10, 3), today=TODAY)
    outcomes.record_om_decision(vault, pv, "sepot", date(2026, 11, 1), today=TODAY)
    with pytest.raises(UserError, match="pas uitspraak na een dagvaarding"):
        outcomes.record_court_outcome(vault, pv, "taakstraf", TODAY, today=TODAY)
    assert outcomes.step_state(vault, pv).next == ()


def test_halt_rvdk_and_svb_outcomes(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault, age=14))
    halt, rvdk, svb = (
        decisions.record_enforcement(
            vault, case_id, EnforcementInput(kind, date(2026, 9, 1))
        ).first("enforcement")
        for kind in ("halt", "rvdk_request", "svb_report")
    )
    with pytest.raises(InvalidInput, match="onbekende waarde 'svb_stopped'"):
        decisions.set_enforcement_outcome(vault, halt, "svb_stopped", TODAY, today=TODAY)
    decisions.set_enforcement_outcome(vault, halt, "failed", date(2026, 11, 1), today=TODAY)
    with pytest.raises(UserError, match="al vastgelegd: niet afgerond, terug naar lvs"):
        decisions.set_enforcement_outcome(vault, halt, "completed", TODAY, today=TODAY)
    assert outcomes.step_state(vault, halt).stand == "Niet afgerond, terug naar LVS (01-11-2026)"

    decisions.set_enforcement_outcome(
        vault, rvdk, "rvdk_investigation", date(2026, 10, 1), today=TODAY
    )
    assert outcomes.step_state(vault, rvdk).next == ("outcome",)  # an interim outcome
    with pytest.raises(InvalidInput, match="vóór de vorige uitkomst"):
        decisions.set_enforcement_outcome(vault, rvdk, "rvdk_measure", date(2026, 9, 15))
    decisions.set_enforcement_outcome(vault, rvdk, "rvdk_measure", date(2026, 11, 10), today=TODAY)
    assert _step(vault, rvdk).outcome == "rvdk_measure"

    decisions.set_enforcement_outcome(
        vault, svb, "svb_stopped", date(2026, 10, 15), "Kinderbijslag Q4 stopgezet", today=TODAY
    )
    step = _step(vault, svb)
    assert (step.outcome, step.outcome_on, step.outcome_note) == (
        "svb_stopped",
        date(2026, 10, 15),
        "Kinderbijslag Q4 stopgezet",
    )


def test_each_kind_offers_only_its_own_outcomes(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault, age=14))
    offered = {}
    for kind in ("warning", "halt", "rvdk_request", "svb_report", "fine"):
        step = decisions.record_enforcement(
            vault, case_id, EnforcementInput(kind, date(2026, 9, 1))
        ).first("enforcement")
        offered[kind] = [c.code for c in outcomes.step_state(vault, step).outcomes]
    assert offered == {
        "warning": ["completed", "failed"],
        "halt": ["completed", "failed"],
        "rvdk_request": ["rvdk_investigation", "rvdk_measure", "rvdk_no_measure", "rvdk_declined"],
        "svb_report": ["svb_stopped", "svb_no_change"],
        "fine": ["fined", "dismissed", "convicted", "completed"],
    }
