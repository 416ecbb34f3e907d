"""Services on a real vault: each one transaction, each audited, each row with bookkeeping."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import (
    AuditEvent,
    Case,
    Contact,
    Enforcement,
    Exemption,
    Report,
    RouteDecision,
    Task,
    UserError,
    Youth,
    synced_classes,
)
from lvs_desktop.services import cases, contacts, decisions, people, routes
from lvs_desktop.services.caseload import CaseloadFilter, agenda, list_cases
from lvs_desktop.services.uow import ChangeSummary
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth


def audited(vault: Vault, summary: ChangeSummary) -> None:
    """Every row the summary names has an audit event and full bookkeeping."""
    assert summary.created or summary.updated
    with vault.session() as s:
        for entity, record_id in summary.created + summary.updated:
            events = s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == entity, AuditEvent.record_id == record_id
                )
            ).all()
            assert events, (entity, record_id)
            assert all(e.actor_id == vault.owner_id for e in events)
            model = next(c for c in synced_classes() if c.__tablename__ == entity)
            row = s.get_one(model, record_id)
            assert row.vv.get(vault.replica_id, 0) >= 1
            assert set(row.field_dots()) == set(model.data_fields())


def test_the_whole_flow_is_audited_with_bookkeeping(vault: Vault) -> None:
    youth_id = make_youth(vault, age=14)
    guardian_id = make_guardian(vault, youth_id)
    opened = TODAY - timedelta(days=40)
    s1 = cases.open_case(
        vault,
        youth_id,
        "relative_absence",
        opened,
        today=TODAY,
        report=cases.ReportInput(
            "16_hours",
            opened,
            opened - timedelta(days=27),
            opened - timedelta(days=1),
            hours_absent=20,
        ),
    )
    audited(vault, s1)
    case_id = s1.first("case_file")
    assert s1.ids("report")
    for n in range(3):
        s = contacts.log_contact(
            vault,
            case_id,
            contacts.ContactInput(
                occurred_at=datetime(2026, 10, 25 + n, 10),
                mode="letter",
                kind="invitation",
                answered=False,
                summary="Uitnodiging verstuurd.",
            ),
        )
        audited(vault, s)
    s2 = contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 2, 14),
            mode="home_visit",
            summary="Gesprek thuis.",
            agreements=[
                contacts.Agreement("Elke ochtend melden bij de mentor", date(2026, 11, 16))
            ],
        ),
    )
    audited(vault, s2)
    assert len(s2.ids("task")) == 1
    judgement = routes.Judgement(parents_consent=True, admits=True)
    options = {c.route.value: c for c in routes.route_options(vault, case_id, judgement, TODAY)}
    assert options["voluntary_care"].open and options["halt"].open
    assert not options["civil"].open and options["civil"].reasons
    audited(
        vault,
        routes.decide_route(
            vault, case_id, "halt", "Beginnend verzuim, erkent het.", TODAY, judgement
        ),
    )
    with pytest.raises(UserError) as refused:
        routes.decide_route(vault, case_id, "civil", "Hulp nodig", TODAY, judgement)
    assert "niet open" in refused.value.message and "schriftelijke reden" in refused.value.message
    audited(
        vault,
        routes.decide_route(
            vault,
            case_id,
            "civil",
            "Zorgen over thuissituatie",
            TODAY,
            judgement,
            override_reason="Signalen van school.",
        ),
    )
    audited(
        vault,
        decisions.record_exemption(
            vault,
            case_id,
            decisions.ExemptionInput(
                "11g", TODAY - timedelta(days=5), outcome="afgewezen", decided_on=TODAY
            ),
        ),
    )
    audited(
        vault,
        decisions.record_enforcement(
            vault,
            case_id,
            decisions.EnforcementInput("pv_parent", TODAY, subject_guardian_id=guardian_id),
        ),
    )
    audited(vault, cases.close_case(vault, case_id, TODAY, "back_to_school", "seen", today=TODAY))
    with vault.session() as s:
        case = s.get_one(Case, case_id)
        assert case.status == "afgesloten" and case.closed_on == TODAY
        decided = s.scalars(select(RouteDecision).where(RouteDecision.case_id == case_id)).all()
        assert [(d.route, d.eligible, d.override_reason) for d in decided] == [
            ("halt", True, None),
            ("civil", False, "Signalen van school."),
        ]
        assert s.scalar(select(func.count()).select_from(Contact)) == 4
        assert s.scalar(select(func.count()).select_from(Task)) == 1
        assert s.scalar(select(func.count()).select_from(Exemption)) == 1
        assert s.scalar(select(func.count()).select_from(Enforcement)) == 1
        assert s.scalar(select(Report.duo_status)) == "afgesloten"


def test_invalid_input_changes_nothing_and_says_what_is_wrong(vault: Vault) -> None:
    with vault.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(InvalidInput) as err:
        people.create_youth(
            vault,
            people.YouthInput("", "X", date(2030, 1, 1), bsn="123456789", postcode="12"),
            today=TODAY,
        )
    text = err.value.message
    assert "Voornamen is verplicht" in text and "BSN" in text and "toekomst" in text
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_search_before_create_finds_bsn_and_name_with_birth_date(vault: Vault) -> None:
    youth_id = make_youth(vault, surname="Distelkamp", bsn="111222333")
    with vault.session() as s:
        born = s.get_one(Youth, youth_id).birth_date
    assert [m.reason for m in people.find_youths(vault, bsn="111 222 333")] == ["bsn"]
    found = people.find_youths(vault, surname="distelkamp", birth_date=born)
    assert [m.id for m in found] == [youth_id]
    assert people.find_youths(vault, surname="Distelkamp", birth_date=born + timedelta(1)) == []
    with pytest.raises(UserError):
        make_youth(vault, surname="Anders", bsn="111222333")


def test_case_references_count_up_per_consultant_and_year(vault: Vault) -> None:
    youth_id = make_youth(vault)
    refs = []
    for _ in range(3):
        refs.append(make_case(vault, youth_id))
    with vault.session() as s:
        got = [s.get_one(Case, r).reference for r in refs]
    year = (TODAY - timedelta(days=30)).year
    assert got == [f"{year}-JV-0001", f"{year}-JV-0002", f"{year}-JV-0003"]


def test_caseload_and_agenda_read_models(demo_vault: Vault) -> None:
    everything = list_cases(demo_vault, CaseloadFilter(open_only=False))
    assert len(everything) == 50
    open_rows = list_cases(demo_vault)
    assert 0 < len(open_rows) < 50 and all(r.closed_on is None for r in open_rows)
    some = everything[0]
    hits = list_cases(
        demo_vault, CaseloadFilter(text=some.youth_name.split(",")[0].lower(), open_only=False)
    )
    assert some.case_id in {r.case_id for r in hits}
    mine = list_cases(
        demo_vault, CaseloadFilter(consultant_id=demo_vault.owner_id, open_only=False)
    )
    assert mine and all(r.consultant_id == demo_vault.owner_id for r in mine)
    items = agenda(demo_vault)
    assert all(i.due_on for i in items)
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)


def test_caseload_index_finds_by_name_in_both_orders_bsn_school_and_reference(
    demo_vault: Vault,
) -> None:
    from lvs_desktop.services.caseload import CaseloadIndex

    index = CaseloadIndex.load(demo_vault)
    row = next(r for r in index.rows if r.bsn and r.school)
    surname, _, given = row.youth_name.partition(", ")
    for text in (surname.upper(), f"{given} {surname}", row.bsn, row.school, row.reference):
        assert row in index.search(text), text
    assert index.search("zzzz-niemand") == []
    assert len(index.search("")) == len(index.rows)
