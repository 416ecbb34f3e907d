"""The registers travel: the team vault exports the region, a consultant's vault imports it
and has every register (and the region's settings, letterhead included); a school the
consultant added herself is kept, and reaches the team with her cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lvs_desktop.models import ReplicaState, UserError
from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.services import letters, settings
from lvs_desktop.services import region as r
from lvs_desktop.services import sync as service
from lvs_desktop.services.reports import get_suppression_threshold, set_suppression_threshold
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.region import REGION_TABLES
from lvs_desktop.sync.rows import table_named
from tests.builders import make_case, make_youth

PASS = "correct paard batterij niet"
TRANSFER = "transfer-wachtwoord van het team"
DATA = Path(__file__).parent / "data"


def registers(vault: Vault) -> dict[str, dict[str, dict[str, Any]]]:
    """Every register row's data (no bookkeeping), per table."""
    out = {}
    with vault.session() as s:
        for name in REGION_TABLES:
            table = table_named(name)
            out[name] = {
                row.id: {f: row._mapping[f] for f in table.fields}
                for row in s.execute(select(table.table))
            }
    return out


def opened(vault: Vault, *paths: Path) -> Any:
    for _ in range(3):
        try:
            return service.open_bundles(vault, list(paths), TRANSFER)
        except UnknownSignerError as new_sender:  # the consultant compared the fingerprint
            service.accept_signer(vault, new_sender)
    raise AssertionError("signer not accepted")


def import_into(vault: Vault, *paths: Path) -> Any:
    return service.apply_import(vault, opened(vault, *paths))


@pytest.fixture
def team(tmp_path: Path) -> Any:
    lead = OwnerProfile(name="Lea Leider", code="LL", role="team_lead", region="ZHZ")
    v = Vault.create(tmp_path / "team.lvsvault", PASS, lead)
    yield v
    v.lock()


@pytest.fixture
def laptop(tmp_path: Path) -> Any:
    v = Vault.create(
        tmp_path / "anna.lvsvault", PASS, OwnerProfile(name="Anna Akkerman", code="AA")
    )
    yield v
    v.lock()


def fill_region(team: Vault) -> None:
    r.setup_region(team, "Zuid-Holland Zuid", r.SEED_REGION_CODES)
    r.apply_school_import(team, [DATA / "scholen_nieuw.csv", DATA / "scholen_oud.csv"])
    r.add_partner(team, r.PartnerInput(kind="wijkteam", name="Sociaal Wijkteam Dordrecht"))
    halt = r.add_partner(team, r.PartnerInput(kind="halt", name="Halt")).first("partner")
    r.archive_partner(team, halt)
    dordrecht = r.find_municipality(team, "Dordrecht")
    postal = r.MunicipalityInput(
        college_name="College van Dordrecht",
        postal_street="Postbus",
        postal_house_number="8",
        postal_postcode="3300 AA",
        postal_city="Dordrecht",
    )
    r.update_municipality(team, dordrecht.id, postal)
    r.add_consultant(
        team,
        r.ConsultantInput(name="Bram Bos", code="BB", boa_number="BOA-2", sworn_by="eed",
                          municipality_ids=[dordrecht.id]),
    )  # fmt: skip
    settings.set_terms(team, DeadlineTerms(first_contact_working_days=7))
    set_suppression_threshold(team, 10)
    head = letters.get_letterhead(team).model_copy(update={"organisation": "Leerplicht ZHZ"})
    letters.set_letterhead(team, head)


def test_a_consultant_gets_every_register_and_the_region_settings(
    team: Vault, laptop: Vault, tmp_path: Path
) -> None:
    fill_region(team)
    bundle = tmp_path / "regio.lvsbundle"
    done = r.export_region(team, bundle, TRANSFER)
    assert done.counts["school"] == 7 and done.counts["municipality"] == 10
    assert set(done.counts) == {"municipality", "school", "partner", "consultant", "coverage",
                                "region_setting"}  # fmt: skip
    preview = service.preview_import(laptop, opened(laptop, bundle))
    labels = {(x.table, x.label) for x in preview.records}
    assert ("school", "Insula College") in labels and ("partner", "Halt") in labels
    assert ("region_setting", "letterhead") in labels
    assert r.list_schools(laptop) == []  # a preview changes nothing
    report = import_into(laptop, bundle)
    assert report.applied and report.counts.conflicts == 0
    theirs, ours = registers(team), registers(laptop)
    for name in REGION_TABLES:
        if name == "consultant":  # the laptop's own owner row is its own
            ours[name].pop(laptop.owner_id or "")
        assert ours[name] == theirs[name], name
    assert r.region_name(laptop) == "Zuid-Holland Zuid"
    assert settings.get_terms(laptop).first_contact_working_days == 7
    assert get_suppression_threshold(laptop) == 10
    assert letters.get_letterhead(laptop).organisation == "Leerplicht ZHZ"
    assert [p.name for p in r.list_partners(laptop)] == ["Sociaal Wijkteam Dordrecht"]
    assert r.find_municipality(laptop, "dordrecht").postal_lines[1] == "Postbus 8"
    roster = {c.code: c for c in r.list_roster(laptop)}
    assert roster["BB"].covers == ("Dordrecht",) and roster["LL"].role == "team_lead"
    # The same bundle again changes nothing.
    assert import_into(laptop, bundle).counts.updated == 0
    assert registers(laptop)["school"] == theirs["school"]


def test_a_consultants_own_school_is_kept_and_reaches_the_team_with_her_case(
    team: Vault, laptop: Vault, tmp_path: Path
) -> None:
    fill_region(team)
    bundle = tmp_path / "regio.lvsbundle"
    r.export_region(team, bundle, TRANSFER)
    own = r.add_school(
        laptop, r.SchoolInput(name="Nieuwe school aan de haven", school_type="PO", brin="98ZZ")
    ).first("school")
    assert import_into(laptop, bundle).counts.conflicts == 0  # equal values: no conflict
    assert len(r.list_municipalities(laptop)) == 10
    names = {s.name for s in r.list_schools(laptop)}
    assert "Nieuwe school aan de haven" in names and "Insula College" in names
    insula = next(s for s in r.list_schools(laptop) if s.location_code == "92AC00")
    youth = make_youth(laptop, 13, school_id=insula.id)
    make_case(laptop, youth)
    second = make_youth(laptop, 9, bsn=None, surname="Haven", school_id=own)
    make_case(laptop, second)
    mine = tmp_path / "anna.lvsbundle"
    service.export_bundle(laptop, mine, TRANSFER)
    import_into(team, mine)
    team_schools = {s.id: s.name for s in r.list_schools(team)}
    assert team_schools[own] == "Nieuwe school aan de haven"
    assert team_schools[insula.id] == "Insula College"  # the same row, not a copy
    assert len([n for n in team_schools.values() if n == "Insula College"]) == 1


def test_only_a_team_vault_exports_the_region(laptop: Vault, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Alleen de teamkluis"):
        r.export_region(laptop, tmp_path / "x.lvsbundle", TRANSFER)
    assert not (tmp_path / "x.lvsbundle").exists()


def test_a_new_laptop_takes_its_place_on_the_roster_so_the_team_has_one_anna(
    team: Vault, laptop: Vault, tmp_path: Path
) -> None:
    fill_region(team)
    roster_anna = r.add_consultant(
        team, r.ConsultantInput(name="Anna Akkerman", code="AA", boa_number="BOA-7")
    ).first("consultant")
    bundle = tmp_path / "regio.lvsbundle"
    r.export_region(team, bundle, TRANSFER)
    settings.set_profile(laptop, settings.Profile(name="Anna Akkerman", code="AA", phone="06-1"))
    import_into(laptop, bundle)
    assert [c.code for c in r.list_roster(laptop)].count("AA") == 2
    r.take_roster_place(laptop, roster_anna)
    assert laptop.owner_id == roster_anna
    (anna,) = [c for c in r.list_roster(laptop) if c.code == "AA"]
    assert (anna.id, anna.boa_number, anna.phone) == (roster_anna, "BOA-7", "06-1")
    youth = make_youth(laptop, 12)
    make_case(laptop, youth)
    with pytest.raises(UserError, match="al eigen dossiers"):
        r.take_roster_place(laptop, next(c.id for c in r.list_roster(laptop) if c.code == "BB"))
    mine = tmp_path / "anna.lvsbundle"
    service.export_bundle(laptop, mine, TRANSFER)
    report = import_into(team, mine)
    # her log from before she took her place (written as her first row) is hers too
    assert [(x.table, x.reason) for x in report.refused] == []
    annas = [c for c in r.list_roster(team) if c.code == "AA"]
    assert [c.id for c in annas] == [roster_anna]
    with laptop.session() as s:  # the owner is stored, not only remembered
        assert s.scalars(select(ReplicaState.owner_id)).one() == roster_anna
