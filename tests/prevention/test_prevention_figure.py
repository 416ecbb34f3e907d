"""The prevention register in the annual report (issue 13): activities per kind and school
year, for the municipality of their school; the jaarverslag's third chapter 'Preventie'."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from sqlalchemy import select

from lvs_desktop.models import Municipality
from lvs_desktop.reports.narrative import chapters
from lvs_desktop.services import prevention
from lvs_desktop.services.prevention import PreventionInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.report_document import document_pdf
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault

TODAY = date(2026, 11, 28)


def test_activities_count_per_kind_year_and_municipality_of_the_school(vault: Vault) -> None:
    with vault.session() as s:
        s.add_all([Municipality(name="Dordrecht"), Municipality(name="Gorinchem")])
        s.commit()
        ids = {m.name: m.id for m in s.scalars(select(Municipality))}
    anker = add_school(
        vault, SchoolInput("Lyceum Het Anker", "VO", municipality_id=ids["Gorinchem"])
    ).first("school")
    vlieger = add_school(
        vault, SchoolInput("De Vlieger", "PO", municipality_id=ids["Dordrecht"])
    ).first("school")

    def add(on: date, kind: str, school: str | None) -> str:
        data = PreventionInput(on, kind, "school", "Voorlichting", 60, school)
        return prevention.add_activity(vault, data, today=TODAY).first("prevention_activity")

    add(date(2025, 3, 1), "presentation", anker)  # 2024-2025
    add(date(2025, 9, 1), "presentation", anker)
    add(date(2025, 10, 1), "presentation", vlieger)
    add(date(2026, 7, 31), "advice", None)  # no school: the region only
    prevention.delete_activity(vault, add(date(2026, 1, 1), "meeting", anker))  # not counted

    region = annual_report(vault, "2025-2026", as_of=TODAY)
    assert region.value("prevention", "Voorlichting of presentatie") == 2
    assert region.value("prevention", "Advies") == 1
    assert region.value("prevention", "Overleg") == 0
    assert region.value("prevention", "Totaal") == 3
    assert region.value("prevention", "Totaal", year="2024-2025") == 1
    gorinchem = annual_report(vault, "2025-2026", "Gorinchem", as_of=TODAY)
    assert gorinchem.value("prevention", "Totaal") == 1
    assert [name for name, _ in chapters(region)][-1] == "Preventie"

    reader = pypdf.PdfReader(io.BytesIO(document_pdf(vault, region)))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "3 Preventie" in text
    assert (
        "Het aantal preventieve activiteiten is gestegen van 1 in 2024-2025 naar 3 "
        "in 2025-2026 (een toename van 200%). De grootste groep is Voorlichting of presentatie (2)."
    ) in text
