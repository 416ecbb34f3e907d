"""A laptop set up before the team's region bundle came: its own Dordrecht and its own copy
of a school are linked to the team's rows (one per CBS code, one per BRIN + vestiging), on
the laptop and, after her bundle, on the team vault too: both end with the same rows."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from lvs_desktop.models import Case, Municipality, School, Youth
from lvs_desktop.services import region as r
from lvs_desktop.services import sync as service
from lvs_desktop.services.region.linking import link_register_twins
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.errors import UnknownSignerError
from tests.builders import make_case, make_youth

PASS = "correct paard batterij niet"
TRANSFER = "transfer-wachtwoord van het team"
DATA = Path(__file__).parent / "data"


def bring(vault: Vault, bundle: Path) -> Any:
    for _ in range(3):
        try:
            opened = service.open_bundles(vault, [bundle], TRANSFER)
            break
        except UnknownSignerError as new_sender:
            service.accept_signer(vault, new_sender)
    return service.apply_import(vault, opened)


def live(vault: Vault, model: Any) -> dict[str, SimpleNamespace]:
    """The live rows as plain values (id → columns)."""
    with vault.session() as s:
        return {
            row.id: SimpleNamespace(**{c.key: getattr(row, c.key) for c in model.__table__.c})
            for row in s.scalars(select(model).where(~model.deleted))
        }


def test_twins_are_linked_on_both_sides_and_the_references_follow(tmp_path: Path) -> None:
    team = Vault.create(
        tmp_path / "team.lvsvault", PASS, OwnerProfile(name="Lea", code="LL", role="team_lead")
    )
    anna = Vault.create(tmp_path / "anna.lvsvault", PASS, OwnerProfile(name="Anna", code="AA"))
    try:
        # Anna's laptop first: the wizard's ten municipalities and a school typed by hand.
        r.setup_region(anna, None, r.SEED_REGION_CODES)
        dordrecht_a = r.find_municipality(anna, "Dordrecht").id
        school_a = r.add_school(
            anna,
            r.SchoolInput(
                name="Regenboog",
                school_type="PO",
                brin="91AA",
                vestiging="00",
                municipality_id=dordrecht_a,
                contact_name="M. de Zorg",
            ),
        ).first("school")
        youth = make_youth(anna, 9, municipality_id=dordrecht_a, school_id=school_a)
        case = make_case(anna, youth)
        # Then the team: the same ten, the DUO file, Dordrecht's postal address.
        r.setup_region(team, "ZHZ", r.SEED_REGION_CODES)
        r.apply_school_import(team, [DATA / "scholen_nieuw.csv"])
        dordrecht_t = r.find_municipality(team, "Dordrecht").id
        r.update_municipality(
            team,
            dordrecht_t,
            r.MunicipalityInput(postal_street="Postbus", postal_house_number="8",
                                postal_postcode="3300 AA", postal_city="Dordrecht"),
        )  # fmt: skip
        bundle = tmp_path / "regio.lvsbundle"
        r.export_region(team, bundle, TRANSFER)
        bring(anna, bundle)

        municipalities = live(anna, Municipality)
        assert len(municipalities) == 10
        keep = min(dordrecht_a, dordrecht_t)
        assert keep in municipalities
        assert municipalities[keep].postal_street == "Postbus"  # filled from its twin
        schools = [s for s in live(anna, School).values() if s.brin == "91AA"]
        assert len(schools) == 1
        survivor = schools[0]
        assert survivor.contact_name == "M. de Zorg" and survivor.street is not None
        with anna.session() as s:
            assert s.get_one(Youth, youth).municipality_id == keep
            assert s.get_one(Youth, youth).school_id == survivor.id
            assert s.get_one(Case, case).school_id == survivor.id
        assert link_register_twins(anna).created == []  # nothing left to link

        mine = tmp_path / "anna.lvsbundle"
        service.export_bundle(anna, mine, TRANSFER)
        bring(team, mine)
        # One row per CBS code on each side; the one her case names is the same row on both
        # (the others converge as soon as a reference to them travels).
        for vault in (team, anna):
            codes = [m.cbs_code for m in live(vault, Municipality).values()]
            assert sorted(codes) == sorted(r.SEED_REGION_CODES)
        assert keep in live(team, Municipality)
        with team.session() as s:
            assert s.get_one(Case, case).municipality_id == keep
        team_91aa = [s.id for s in live(team, School).values() if s.brin == "91AA"]
        assert team_91aa == [survivor.id]
        with team.session() as s:
            assert s.get_one(Case, case).school_id == survivor.id
    finally:
        team.lock()
        anna.lock()
