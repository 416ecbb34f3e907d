"""Importing DUO's school files: both layouts, bad rows refused by line, one transaction,
idempotent by BRIN + vestiging."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Municipality, School, UserError
from lvs_desktop.services import region as r
from lvs_desktop.services.region.duo import parse_duo_file, school_type_of
from lvs_desktop.store import Vault

DATA = Path(__file__).parent / "data"
NEW = DATA / "scholen_nieuw.csv"
OLD = DATA / "scholen_oud.csv"
BAD = DATA / "scholen_fouten.csv"


@pytest.fixture
def region_vault(vault: Vault) -> Vault:
    r.setup_region(vault, "Zuid-Holland Zuid", r.SEED_REGION_CODES)
    return vault


def counts(vault: Vault) -> tuple[int, int]:
    with vault.session() as s:
        schools = s.scalar(select(func.count()).select_from(School)) or 0
        audit = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return int(schools), int(audit)


def test_the_fixture_files_are_what_duo_sends() -> None:
    for path in (NEW, OLD, BAD):
        data = path.read_bytes()
        assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    assert "é".encode("cp1252") in NEW.read_bytes()  # Windows-1252, not UTF-8
    assert NEW.read_bytes().split(b"\r\n")[0].split(b";")[1:3] == [
        b"INSTELLINGSCODE",
        b"VESTIGINGSCODE",
    ]
    assert b'"BRIN NUMMER";"VESTIGINGSNUMMER"' in OLD.read_bytes().split(b"\r\n")[0]


def test_bad_rows_are_refused_by_line_good_rows_go_in_and_a_second_run_changes_nothing(
    region_vault: Vault,
) -> None:
    vault = region_vault
    preview = r.preview_school_import(vault, [BAD])
    assert counts(vault)[0] == 0  # a preview writes nothing
    refused = {line.line: line.reason for line in preview.refused}
    assert refused == {
        3: "onbekende gemeentecode 9999",
        4: "BRIN-nummer ontbreekt",
        5: "dubbele vestiging 91AA00 (ook op regel 2)",
        6: "verkeerde tekenset: de regel is geen Windows-1252 (opgeslagen als UTF-8?)",
        8: "de laatste regel is afgebroken (4 van 14 velden)",
    }
    assert [(x.line, x.outcome) for x in preview.lines if x.outcome != "refused"] == [
        (2, "new"),
        (7, "new"),
    ]
    done = r.apply_school_import(vault, [BAD])
    assert done.applied and done.count("new") == 2 and done.count("refused") == 5
    names = {s.location_code: s for s in r.list_schools(vault)}
    assert set(names) == {"91AA00", "97AH00"}
    assert names["97AH00"].name == "Da Costaschool Eben-Haëzer"  # read as Windows-1252
    assert names["97AH00"].municipality == "Hardinxveld-Giessendam"
    assert names["91AA00"].school_type == "PO" and names["91AA00"].postcode == "3311 KG"
    before = counts(vault)
    again = r.apply_school_import(vault, [BAD])
    assert (again.count("new"), again.count("changed"), again.count("unchanged")) == (0, 0, 2)
    assert again.summary is not None and again.summary.created == again.summary.updated == []
    assert counts(vault) == before  # no new school, no new audit event


def test_both_layouts_import_and_a_changed_location_is_updated_in_place(
    region_vault: Vault, tmp_path: Path
) -> None:
    vault = region_vault
    done = r.apply_school_import(vault, [NEW])
    assert done.layouts == {"scholen_nieuw.csv": "nieuw"}
    assert (done.count("new"), done.count("outside")) == (5, 1)
    outside = next(x for x in done.lines if x.outcome == "outside")
    assert (outside.line, outside.reason) == (7, "gemeente Rotterdam hoort niet bij de regio")
    types = {s.location_code: s.school_type for s in r.list_schools(vault)}
    assert types == {
        "91AA00": "PO",
        "91AB00": "PO",
        "91AB01": "PO",  # no structure: its institution's type
        "92AC00": "VO",
        "93AD00": "SO",
    }
    old = r.apply_school_import(vault, [OLD])
    assert old.layouts == {"scholen_oud.csv": "oud"}
    assert (old.count("new"), old.count("unchanged")) == (2, 1)  # 91AA00 is the same school
    eben = next(s for s in r.list_schools(vault) if s.location_code == "99AK00")
    assert (eben.name, eben.municipality) == ("CBS Eben-Haëzer", "Molenlanden")
    # The region gave a school its contact; DUO's next file moves the school.
    kompas = next(s for s in r.list_schools(vault) if s.location_code == "91AB00")
    r.update_school(
        vault, kompas.id, r.SchoolInput(**{**_input(kompas), "contact_name": "J. Zorg"})
    )
    moved = tmp_path / "scholen_nieuw.csv"
    moved.write_bytes(NEW.read_bytes().replace(b"Kerkeplein;3;", b"Kerkeplein;5;"))
    preview = r.preview_school_import(vault, [moved])
    changed = [x for x in preview.lines if x.outcome == "changed"]
    assert [(x.location_code, x.fields) for x in changed] == [("91AB00", ("house_number",))]
    r.apply_school_import(vault, [moved])
    kompas = next(s for s in r.list_schools(vault) if s.location_code == "91AB00")
    assert (kompas.house_number, kompas.contact_name, kompas.id) == ("5", "J. Zorg", kompas.id)


def _input(row: r.SchoolRow) -> dict[str, object]:
    fields = r.SchoolInput.__dataclass_fields__
    return {k: getattr(row, k) for k in fields}


def test_all_municipalities_brings_schools_elsewhere_under_an_archived_municipality(
    region_vault: Vault,
) -> None:
    vault = region_vault
    done = r.apply_school_import(vault, [NEW], all_municipalities=True)
    assert (done.count("new"), done.count("outside")) == (6, 0)
    assert "Rotterdam" not in {m.name for m in r.list_municipalities(vault)}
    rotterdam = r.find_municipality(vault, "rotterdam")
    assert rotterdam.archived and rotterdam.cbs_code == "0599"
    assert [s.name for s in r.list_schools(vault, municipality="Rotterdam")] == [
        "Praktijkschool Rotterdam-Zuid"
    ]


def test_a_file_that_is_not_a_duo_file_changes_nothing(region_vault: Vault, tmp_path: Path) -> None:
    wrong = tmp_path / "leerlingen.csv"
    wrong.write_bytes(b"naam;klas\r\nDaan;3b\r\n")
    before = counts(region_vault)
    with pytest.raises(UserError, match="geen DUO-bestand van schoolvestigingen"):
        r.apply_school_import(region_vault, [NEW, wrong])
    assert counts(region_vault) == before  # not even the good file went in
    with pytest.raises(UserError, match=r"Kan .* niet lezen"):
        r.apply_school_import(region_vault, [tmp_path / "bestaat-niet.csv"])


def test_an_import_needs_the_region_first(vault: Vault) -> None:
    with pytest.raises(UserError, match="nog geen gemeenten"):
        r.apply_school_import(vault, [NEW])


def test_a_whole_file_in_utf8_is_read_as_utf8_with_a_note() -> None:
    text = NEW.read_bytes().decode("cp1252").encode("utf-8")
    parsed = parse_duo_file(text, "utf8.csv")
    assert parsed.encoding_note and not parsed.refused
    assert any(loc.name == "De Séance, school voor SO en VSO" for loc in parsed.locations)


@pytest.mark.parametrize(
    ("structure", "expected"),
    [
        ("BAS", "PO"),
        ("SBAS", "PO"),
        ("SO", "SO"),
        ("VSO", "VSO"),
        ("SO/VSO", "SO"),
        ("VMBO/HAVO/VWO", "VO"),
        ("PRO", "VO"),
        ("MBO", "MBO"),
        ("", "OVERIG"),
    ],
)
def test_school_type_from_the_structure(structure: str, expected: str) -> None:
    assert school_type_of(structure) == expected


def test_a_location_without_structure_takes_the_kind_the_file_name_says() -> None:
    data = NEW.read_bytes().replace(b";BAS\r\n", b";\r\n").replace(b";VMBO/HAVO/VWO\r\n", b";\r\n")
    parsed = parse_duo_file(data, "vestigingen_vo.csv")
    types = {loc.location_code: loc.school_type for loc in parsed.locations}
    assert types["91AA00"] == "VO" and types["93AD00"] == "SO"


def test_the_municipality_rows_are_the_regions_own(region_vault: Vault) -> None:
    r.apply_school_import(region_vault, [NEW, OLD])
    with region_vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Municipality)) == 10
