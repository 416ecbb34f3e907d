"""The demo region: every kind at every stage, three school years, fictitious and valid."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from lvs_desktop.models import (
    Case,
    Contact,
    Enforcement,
    Exemption,
    Guardian,
    Municipality,
    RouteDecision,
    Task,
    Youth,
)
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.identifiers import is_valid_bsn
from lvs_desktop.services.demo import create_demo_vault
from lvs_desktop.store import Vault
from tests.conftest import DEMO_TODAY, PASSPHRASE


def test_small_demo_region_has_everything_a_consultant_meets(tmp_path: Path) -> None:
    with (
        create_demo_vault(tmp_path / "d.lvsvault", PASSPHRASE, "small", DEMO_TODAY) as v,
        v.session() as s,
    ):
        assert s.scalar(select(func.count()).select_from(Municipality)) == 10
        youths = s.scalars(select(Youth)).all()
        assert 250 <= len(youths) <= 400
        assert all(is_valid_bsn(y.bsn) for y in youths if y.bsn)
        cases = s.scalars(select(Case)).all()
        kinds = Counter(c.kind for c in cases)
        for kind in (
            "relative_absence",
            "luxe",
            "absolute_absence",
            "thuiszitter",
            "exemption",
            "absence_18_plus",
            "early_school_leaver",
        ):
            assert kinds[kind] > 0, kind
        years = {SchoolYear.of(c.opened_on).label for c in cases}
        assert years == {"2024-2025", "2025-2026", "2026-2027"}
        assert {c.status for c in cases} >= {"in_behandeling", "afgesloten"}
        for model in (Contact, Task, RouteDecision, Exemption, Enforcement):
            assert s.scalar(select(func.count()).select_from(model)) > 0, model
        # some parents live apart: a youth with guardians at two addresses
        by_youth: dict[str, set[tuple[str, ...]]] = {}
        for g in s.scalars(select(Guardian)).all():
            by_youth.setdefault(g.youth_id, set()).add(g.address_key())
        assert any(len(addresses) == 2 for addresses in by_youth.values())
        assert len({c.reference for c in cases}) == len(cases)


def test_demo_enrolment_dates_fit_the_school_type(demo_vault: Vault) -> None:
    """Q1: "Ingeschreven sinds 9 augustus 2017" at a vmbo-college for a child born in 2013."""
    from lvs_desktop.models import School

    with demo_vault.session() as s:
        rows = s.execute(
            select(Youth.birth_date, Youth.enrolled_on, School.school_type).join(
                School, School.id == Youth.school_id
            )
        ).all()
    assert any(stype in ("VO", "VSO") and enrolled for _, enrolled, stype in rows)
    for born, enrolled, stype in rows:
        if stype in ("VO", "VSO") and enrolled is not None:
            assert enrolled.year - born.year >= 11, (born, enrolled, stype)


def test_demo_route_rationale_names_a_conversation_only_with_a_contact(demo_vault: Vault) -> None:
    """Q1: "Gekozen na het eerste gesprek" printed on a PV of a case with 0 contacts."""
    with demo_vault.session() as s:
        talks = s.execute(
            select(RouteDecision.rationale, func.count(Contact.id))
            .outerjoin(Contact, Contact.case_id == RouteDecision.case_id)
            .group_by(RouteDecision.id)
        ).all()
    assert talks
    assert all(n > 0 for why, n in talks if "gesprek met" in (why or ""))
