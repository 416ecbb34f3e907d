"""Region registers from an empty vault: municipalities, schools, partners, roster, archive."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Coverage, Municipality, School, UserError
from lvs_desktop.services import queries
from lvs_desktop.services import region as r
from lvs_desktop.services.region.reference import MUNICIPALITIES_CSV
from lvs_desktop.store import Vault

SEED = {
    "Alblasserdam": "0482",
    "Dordrecht": "0505",
    "Gorinchem": "0512",
    "Hardinxveld-Giessendam": "0523",
    "Hendrik-Ido-Ambacht": "0531",
    "Hoeksche Waard": "1963",
    "Molenlanden": "1978",
    "Papendrecht": "0590",
    "Sliedrecht": "0610",
    "Zwijndrecht": "0642",
}


def audit_count(vault: Vault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_the_national_list_holds_every_municipality_once_with_the_seed_codes() -> None:
    national = r.national_municipalities()
    assert len(national) == 342
    codes = [m.cbs_code for m in national]
    assert len(set(codes)) == 342 and all(len(c) == 4 and c.isdigit() for c in codes)
    by_code = {m.cbs_code: m.name for m in national}
    for name, code in SEED.items():
        assert by_code[code] == name
    assert by_code["1992"] == "Voorne aan Zee" and "0501" not in by_code  # Brielle, merged 2023
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as f:
        assert next(csv.reader(f, delimiter=";")) == ["cbs_code", "naam"]


def test_the_ten_municipalities_are_added_by_code_once(vault: Vault) -> None:
    assert r.list_municipalities(vault) == []
    r.add_municipalities(vault, ["482", "GM0505", *r.SEED_REGION_CODES])
    rows = r.list_municipalities(vault)
    assert {m.name: m.cbs_code for m in rows} == SEED
    dordrecht = next(m for m in rows if m.name == "Dordrecht")
    assert dordrecht.college_name == "College van burgemeester en wethouders van Dordrecht"
    before = audit_count(vault)
    again = r.add_municipalities(vault, ["0505"])
    assert again.created == [] and again.updated == [] and audit_count(vault) == before
    with pytest.raises(UserError, match="Onbekende CBS-gemeentecode: 9998, abc"):
        r.add_municipalities(vault, ["0599", "9998", "abc"])
    assert len(r.list_municipalities(vault)) == 10  # Rotterdam (0599) was not added either


def test_the_objection_address_is_edited_and_a_bad_postcode_refused(vault: Vault) -> None:
    r.add_municipalities(vault, ["0505"])
    m = r.find_municipality(vault, "DORDRECHT")
    r.update_municipality(
        vault,
        m.id,
        r.MunicipalityInput(
            college_name="College van B&W van Dordrecht",
            postal_street="Postbus",
            postal_house_number="8",
            postal_postcode="3300aa",
            postal_city="Dordrecht",
        ),
    )
    m = r.find_municipality(vault, "dordrecht")
    assert m.postal_lines == ["College van B&W van Dordrecht", "Postbus 8", "3300 AA Dordrecht"]
    with pytest.raises(UserError, match="postcode"):
        r.update_municipality(vault, m.id, r.MunicipalityInput(postal_postcode="33AA00"))
    assert r.find_municipality(vault, "Dordrecht").postal_postcode == "3300 AA"


def test_an_unknown_name_lists_the_valid_ones(vault: Vault) -> None:
    r.add_municipalities(vault, ["0505", "0642"])
    with pytest.raises(UserError) as err:
        r.find_municipality(vault, "Rotterdam")
    assert (
        err.value.message == "Gemeente 'Rotterdam' is onbekend. Kies uit: Dordrecht, Zwijndrecht."
    )
    assert r.match_name("  hoeksche   WAARD ", ["Hoeksche Waard"]) == "Hoeksche Waard"


def test_a_school_is_added_edited_and_a_duplicate_location_refused(vault: Vault) -> None:
    r.add_municipalities(vault, ["0505"])
    dordrecht = r.find_municipality(vault, "Dordrecht").id
    data = r.SchoolInput(
        name="OBS De Regenboog", school_type="PO", municipality_id=dordrecht,
        brin="91aa", vestiging="91AA00", postcode="3311kg", samenwerkingsverband="PO Drechtsteden",
    )  # fmt: skip
    school_id = r.add_school(vault, data).first("school")
    (row,) = r.list_schools(vault)
    assert (row.brin, row.vestiging, row.location_code) == ("91AA", "00", "91AA00")
    assert row.postcode == "3311 KG" and row.municipality == "Dordrecht"
    with pytest.raises(UserError, match="91AA00 staat al in het register"):
        r.add_school(
            vault, r.SchoolInput(name="Dubbel", school_type="PO", brin="91AA", vestiging="0")
        )
    with pytest.raises(UserError, match="Soort school"):
        r.add_school(vault, r.SchoolInput(name="Vreemd", school_type="HBO"))
    data.contact_name = "M. de Zorg"
    r.update_school(vault, school_id, data)
    assert r.list_schools(vault)[0].contact_name == "M. de Zorg"
    before = audit_count(vault)
    assert r.update_school(vault, school_id, data).updated == []  # the same again: no change
    assert audit_count(vault) == before


def test_archived_rows_leave_the_pick_lists_but_a_used_one_is_never_deleted(vault: Vault) -> None:
    from tests.builders import make_case, make_youth

    r.add_municipalities(vault, ["0505", "0642"])
    dordrecht = r.find_municipality(vault, "Dordrecht").id
    school_id = r.add_school(
        vault, r.SchoolInput(name="Insula College", school_type="VO", municipality_id=dordrecht)
    ).first("school")
    spare = r.add_school(vault, r.SchoolInput(name="Oud gebouw", school_type="VO")).first("school")
    youth = make_youth(vault, municipality_id=dordrecht, school_id=school_id)
    make_case(vault, youth)
    with pytest.raises(UserError, match="archiveer in plaats van verwijderen"):
        r.delete_school(vault, school_id)
    with pytest.raises(UserError, match="archiveer"):
        r.delete_municipality(vault, dordrecht)
    r.archive_school(vault, school_id)
    assert [s.name for s in r.list_schools(vault)] == ["Oud gebouw"]
    assert {s.name for s in r.list_schools(vault, include_archived=True)} == {
        "Insula College",
        "Oud gebouw",
    }
    assert [c.label for c in queries.schools(vault)] == ["Oud gebouw"]
    assert {c.label for c in queries.schools(vault, keep=school_id)} == {
        "Insula College",
        "Oud gebouw",
    }
    with vault.session() as s:  # the case still shows its school
        row = s.get(School, school_id)
        assert row is not None and row.archived and not row.deleted
    r.delete_school(vault, spare)  # nothing points at it: a tombstone
    with vault.session() as s:
        gone = s.get(School, spare)
        assert gone is not None and gone.deleted
    r.archive_school(vault, school_id, archived=False)
    assert len(r.list_schools(vault)) == 1
    r.archive_municipality(vault, dordrecht)
    assert [m.name for m in r.list_municipalities(vault)] == ["Zwijndrecht"]
    r.add_municipalities(vault, ["0505"])  # adding it again brings it back
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 2


def test_partners_of_every_kind_and_archive(vault: Vault) -> None:
    kinds = r.partner_kinds(vault)
    assert set(kinds) == {
        "jeugdhulp", "wijkteam", "samenwerkingsverband", "halt", "om", "rvdk", "svb",
        "ggd_jgz", "matchmakers", "programma", "overig",
    }  # fmt: skip
    assert kinds["rvdk"] == "Raad voor de Kinderbescherming"
    pid = r.add_partner(
        vault,
        r.PartnerInput(
            kind="halt", name="Halt Zuid-West", contact_name="P. Jansen", postcode="3311ab"
        ),
    ).first("partner")
    with pytest.raises(UserError, match="Soort organisatie: onbekende waarde 'kerk'"):
        r.add_partner(vault, r.PartnerInput(kind="kerk", name="X"))
    (row,) = r.list_partners(vault)
    assert (row.kind_label, row.postcode) == ("Halt", "3311 AB")
    r.archive_partner(vault, pid)
    assert r.list_partners(vault) == []
    assert r.list_partners(vault, include_archived=True)[0].archived


def test_the_roster_keeps_people_their_boa_data_and_coverage(vault: Vault) -> None:
    r.add_municipalities(vault, ["0505", "0642", "0590"])
    ms = {m.name: m.id for m in r.list_municipalities(vault)}
    school = r.add_school(vault, r.SchoolInput(name="Da Costa", school_type="PO")).first("school")
    data = r.ConsultantInput(
        name="Anna Akkerman", code="aa", boa_number="BOA-1", akte_number="A-77",
        akte_expires_on=date(2027, 6, 30), sworn_by="belofte",
        municipality_ids=[ms["Dordrecht"], ms["Zwijndrecht"]], school_ids=[school],
    )  # fmt: skip
    anna = r.add_consultant(vault, data).first("consultant")
    admin = r.add_consultant(
        vault, r.ConsultantInput(name=r.ADMINISTRATION_SEED_NAME, code="ADM", role="administration")
    ).first("consultant")
    rows = {c.code: c for c in r.list_roster(vault)}
    assert rows["AA"].covers == ("Dordrecht", "Zwijndrecht", "Da Costa")
    assert (rows["AA"].akte_number, rows["AA"].sworn_by) == ("A-77", "belofte")
    assert rows["ADM"].role_label == "Administratie" and rows["JV"].role == "consultant"
    with pytest.raises(UserError, match="De code AA is al van Anna Akkerman"):
        r.add_consultant(vault, r.ConsultantInput(name="Ander", code="AA"))
    r.set_coverage(vault, anna, [ms["Papendrecht"], ms["Dordrecht"]], [])
    assert {c.code: c for c in r.list_roster(vault)}["AA"].covers == ("Dordrecht", "Papendrecht")
    with vault.session() as s:  # Zwijndrecht and the school: tombstones, Dordrecht kept as is
        live = s.scalars(select(Coverage).where(~Coverage.deleted)).all()
        assert len(live) == 2
        assert s.scalar(select(func.count()).select_from(Coverage)) == 4
    r.archive_consultant(vault, admin)
    assert "ADM" not in {c.code for c in r.list_roster(vault)}
    with pytest.raises(UserError, match="uzelf"):
        r.archive_consultant(vault, vault.owner_id or "")
