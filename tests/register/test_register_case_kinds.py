"""Which case each register list opens (services.register.cases.CASE_KIND), from the fixture
register (see test_register_lists): Anna is not enrolled (absolute absence, handed over by the
administration for vervolgonderzoek), Bram was de-registered, Eva is in the RMC target group
(RMC outreach, "in beeld" on the list day), Hidde left VO without mbo (early school leaver,
"in beeld" too), Cas is screened at 17."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from lvs_desktop.models import Case, OutreachStep, Report, Youth
from lvs_desktop.services.case_detail import case_detail
from lvs_desktop.services.outreach import outreach_of
from lvs_desktop.services.region.municipalities import add_municipalities, list_municipalities
from lvs_desktop.services.region.roster import set_coverage
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.register.cases import (
    HANDOVER_FUNCTION,
    HANDOVER_REPORTER,
    open_cases,
)
from lvs_desktop.services.register.imports import import_enrolments, import_residents
from lvs_desktop.services.register.lists import compute_list
from lvs_desktop.store import Vault
from lvs_desktop.sync import kdf
from tests.register.register_data import FIXTURES, ON
from tests.sync.vaults import Team

WHO = {
    "not-enrolled": "409783936",  # Anna
    "deregistered": "737602120",  # Bram
    "rmc": "183839729",  # Eva
    "vo-mbo": "687976388",  # Hidde
    "screening-17": "879662852",  # Cas
}


def _case(vault: Vault, bsn: str, kind: str) -> Case:
    with vault.session() as s:
        case = s.scalars(
            select(Case)
            .join(Youth, Youth.id == Case.youth_id)
            .where(Youth.bsn == bsn, Case.kind == kind)
        ).one()
        s.expunge(case)
        return case


def handovers(vault: Vault) -> int:
    """How B2's report counts the administration's hand-overs (one per case)."""
    with vault.session() as s:
        return (
            s.scalar(
                select(func.count(func.distinct(Report.case_id)))
                .join(Case, Case.id == Report.case_id)
                .where(
                    Case.kind == "absolute_absence",
                    ~Case.deleted,
                    ~Report.deleted,
                    Report.voided_on.is_(None),
                    Report.report_type == "absolute",
                    Report.reporter_function == HANDOVER_FUNCTION,
                )
            )
            or 0
        )


def test_each_list_opens_its_kind(filled_vault: Vault) -> None:
    for name, bsn in WHO.items():
        assert bsn in {r.bsn for r in compute_list(filled_vault, name, ON).rows}, name
        assert len(open_cases(filled_vault, name, [bsn], ON).opened) == 1, name
    kinds = {
        "not-enrolled": "absolute_absence",
        "deregistered": "absolute_absence",
        "rmc": "rmc_outreach",
        "vo-mbo": "early_school_leaver",
        "screening-17": "screening_17",
    }
    cases = {name: _case(filled_vault, WHO[name], kind) for name, kind in kinds.items()}
    with filled_vault.session() as s:
        steps = {
            case_id: (phase, taken_on)
            for case_id, phase, taken_on in s.execute(
                select(OutreachStep.case_id, OutreachStep.phase, OutreachStep.taken_on)
            )
        }
        reports = s.execute(
            select(
                Report.case_id, Report.report_type, Report.received_on, Report.reporter_name
            ).where(Report.reporter_function == HANDOVER_FUNCTION)
        ).all()
    # RMC and the early leaver are in view from the list day; the others have no outreach
    assert steps == {
        cases["rmc"].id: ("in_beeld", ON),
        cases["vo-mbo"].id: ("in_beeld", ON),
    }
    assert outreach_of(filled_vault, cases["rmc"].id).current_phase == "in_beeld"
    # only the not-enrolled list is the administration's hand-over
    assert reports == [(cases["not-enrolled"].id, "absolute", ON, HANDOVER_REPORTER)]
    assert handovers(filled_vault) == 1
    # the case view names the hand-over in Dutch, not by its code (migration 0022)
    shown = case_detail(filled_vault, cases["not-enrolled"].id, ON).reports
    assert [r.type_label for r in shown] == ["Absoluut verzuim (overdracht administratie)"]


def test_opening_again_adds_no_second_handover_or_step(filled_vault: Vault) -> None:
    open_cases(filled_vault, "not-enrolled", [WHO["not-enrolled"]], ON)
    open_cases(filled_vault, "rmc", [WHO["rmc"]], ON)
    again = open_cases(filled_vault, "not-enrolled", [WHO["not-enrolled"]], ON)
    assert (again.opened, again.unchanged) == ([], 1)
    open_cases(filled_vault, "rmc", [WHO["rmc"]], ON)
    assert handovers(filled_vault) == 1
    with filled_vault.session() as s:
        assert s.scalar(select(func.count()).select_from(OutreachStep)) == 1


def test_the_handover_report_and_the_first_step_travel_with_the_case(tmp_path: Path) -> None:
    """A consultant receives the not-enrolled case with its hand-over report and the RMC case
    with its step "in beeld", in the usual bundle from the team vault."""
    kdf.use_fast_kdf_for_tests(True)
    team = Team(tmp_path)
    try:
        team.open("anna", "lead")
        team.sync("anna", "lead")  # the team vault learns Anna's roster row
        lead, anna = team["lead"], team["anna"]
        add_municipalities(lead, ["0505", "0642"])
        towns = {m.name: m.id for m in list_municipalities(lead)}
        add_school(lead, SchoolInput("Mbo", "MBO", towns["Dordrecht"], brin="03EF",
                                     vestiging="00"))  # fmt: skip
        add_school(lead, SchoolInput("Vo", "VO", towns["Dordrecht"], brin="02CD",
                                     vestiging="00"))  # fmt: skip
        set_coverage(lead, anna.owner_id or "", [towns["Dordrecht"]], [])
        import_residents(lead, FIXTURES / "residents.csv", today=ON)
        import_enrolments(lead, FIXTURES / "enrolments.csv", today=ON)
        anna_case = open_cases(lead, "not-enrolled", [WHO["not-enrolled"]], ON).opened[0]
        eva_case = open_cases(lead, "rmc", [WHO["rmc"]], ON).opened[0]  # Eva, Dordrecht
        team.sync("lead", "anna")
        with anna.session() as s:
            cases = {c.reference: c for c in s.scalars(select(Case))}
            assert cases[anna_case].consultant_id == anna.owner_id
            (report,) = cases[anna_case].reports
            assert (report.report_type, report.reporter_function) == (
                "absolute",
                "vervolgonderzoek",
            )
            step = s.scalars(
                select(OutreachStep).where(OutreachStep.case_id == cases[eva_case].id)
            ).one()
            assert (step.phase, step.taken_on) == ("in_beeld", ON)
    finally:
        team.close()
        kdf.use_fast_kdf_for_tests(False)
