"""Every item model of the wizard and the Region page passes `qtmodeltester`, filled with
rows from a real vault (and empty), and the proxies filter as the page's controls say."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from lvs_desktop.services.region import (
    SEED_REGION_CODES,
    MunicipalityInput,
    PartnerInput,
    SchoolInput,
    add_municipalities,
    add_partner,
    add_school,
    archive_school,
    list_municipalities,
    list_partners,
    list_schools,
    roster,
    update_municipality,
)
from lvs_desktop.services.region.reference import national_municipalities
from lvs_desktop.services.region.school_import import preview_school_import
from lvs_desktop.ui.region.picker import Place, PlacesModel, PlacesProxy
from lvs_desktop.ui.region.registers import (
    municipality_model,
    partner_model,
    school_model,
    team_model,
)
from lvs_desktop.ui.region.school_import import preview_model
from lvs_desktop.ui.region.table import RegisterProxy


def _region(vault) -> None:  # type: ignore[no-untyped-def]
    add_municipalities(vault, SEED_REGION_CODES)
    by_name = {m.name: m.id for m in list_municipalities(vault)}
    update_municipality(
        vault, by_name["Dordrecht"], MunicipalityInput(postal_street="Postbus 8",
                                                       postal_postcode="3300 AA",
                                                       postal_city="Dordrecht"))
    add_school(vault, SchoolInput("De Regenboog", "PO", by_name["Dordrecht"], "01AB", "00"))
    add_school(vault, SchoolInput("Develcollege", "VO", by_name["Zwijndrecht"], "02CD", "00"))
    add_school(vault, SchoolInput("Oude school", "PO", by_name["Dordrecht"], "03EF", "00"))
    archive_school(vault, next(s.id for s in list_schools(vault) if s.brin == "03EF"))
    add_partner(vault, PartnerInput("halt", "Halt Zuid-West", "Priya Ramdin", city="Dordrecht"))
    roster.add_consultant(
        vault,
        roster.ConsultantInput("Kees Bakker", "KB", akte_expires_on=date(2027, 5, 1),
                               municipality_ids=[by_name["Dordrecht"]]),
    )


def test_register_models_pass_the_model_tester(qtmodeltester, vault):
    _region(vault)
    cases = [
        (municipality_model(), list_municipalities(vault, include_archived=True)),
        (school_model(), list_schools(vault, include_archived=True)),
        (partner_model(), list_partners(vault, include_archived=True)),
        (team_model(), roster.list_roster(vault, include_archived=True)),
    ]
    for model, rows in cases:
        qtmodeltester.check(model)  # empty
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
        proxy = RegisterProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
    team = cases[3][0]
    kees = team.row_of_id(next(r.id for r in cases[3][1] if r.code == "KB"))
    assert team.index(kees, 5).data() == "01-05-2027"
    assert team.index(kees, 6).data() == "Dordrecht"


def test_school_proxy_filters_by_municipality_type_text_and_archive(vault):
    _region(vault)
    model = school_model()
    model.set_rows(list_schools(vault, include_archived=True))
    proxy = RegisterProxy()
    proxy.setSourceModel(model)
    shown = lambda: sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))  # noqa: E731
    assert shown() == ["De Regenboog", "Develcollege"]  # the archived one hidden
    proxy.set_filter(show_archived=True)
    assert shown() == ["De Regenboog", "Develcollege", "Oude school (gearchiveerd)"]
    dordrecht = next(m.id for m in list_municipalities(vault) if m.name == "Dordrecht")
    proxy.set_filter(municipality=dordrecht)
    assert shown() == ["De Regenboog", "Oude school (gearchiveerd)"]
    proxy.set_filter(municipality=None, school_type="VO")
    assert shown() == ["Develcollege"]
    proxy.set_filter(school_type=None, text="regen")
    assert shown() == ["De Regenboog"]
    grey = model.index(model.row_of_id(next(s.id for s in list_schools(
        vault, include_archived=True) if s.archived)), 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None


def test_preview_model_passes_and_marks_refused_lines(qtmodeltester, vault, duo_file: Path):
    add_municipalities(vault, SEED_REGION_CODES)
    report = preview_school_import(vault, [duo_file])
    model = preview_model()
    qtmodeltester.check(model)
    model.set_rows(report.lines)
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert sorted(rows, key=int) == ["2", "3", "4", "5", "6"]
    refused = rows["5"]
    assert model.index(refused, 1).data() == "geweigerd"
    assert "9999" in model.index(refused, 4).data()
    assert model.index(refused, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(rows["2"], 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_places_model_checks_and_proxy_finds_by_name_or_code(qtmodeltester):
    places = [Place(m.cbs_code, m.name) for m in national_municipalities()]
    model = PlacesModel(places)
    qtmodeltester.check(model)
    model.set_places(places, locked=["0505"])
    dordrecht = next(r for r in range(model.rowCount()) if model.place_at(r).code == "0505")
    assert not model.flags(model.index(dordrecht, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(dordrecht, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.set_checked(SEED_REGION_CODES)
    assert len(model.checked()) == 9  # Dordrecht is in the vault already
    qtmodeltester.check(model)
    proxy = PlacesProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("505")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Dordrecht"]
    proxy.set_text("drecht")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert {"Dordrecht", "Papendrecht", "Sliedrecht", "Zwijndrecht"} <= names
    proxy.set_text("")
    proxy.set_only_checked(True)  # "only the chosen": the nine ticked and Dordrecht (in it)
    assert proxy.rowCount() == 10
    qtmodeltester.check(proxy)
