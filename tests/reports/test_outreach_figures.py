"""The RMC outreach tables of the annual report (issue 13, item 7): phases reached, positive
outflows and MatchMakers outflows by destination, on a new vault built through the outreach
services, with a case that spans two school years; they equal the outreach service's own
figures (`services.outreach.outreach_figures`) and the values known by construction."""

from __future__ import annotations

from datetime import date

from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.services import outreach
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.builders import make_case, make_youth
from tests.outreach.outreach_vault import TODAY, build_outreach

PHASES = {
    "in_beeld": "In beeld",
    "benaderd": "Benaderd",
    "gesproken": "Gesproken",
    "traject": "Traject",
    "uitgestroomd": "Uitgestroomd",
}
POSITIVE = "waarvan positief (school, werk, leren en werken)"


def test_outreach_tables_known_by_construction(vault: Vault) -> None:
    a = build_outreach(vault).case_id  # spans 2024-2025 and 2025-2026, positive (work)
    outreach.set_phase(vault, a, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, a, "benaderd", date(2025, 7, 14), today=TODAY)
    outreach.set_phase(vault, a, "uitgestroomd", date(2025, 9, 1), destination="work", today=TODAY)
    youth = make_youth(vault, age=22, bsn=None, surname="Matchmaker")
    b = make_case(vault, youth, kind="rmc_outreach", opened_on=date(2025, 8, 4), with_report=False)
    outreach.set_phase(vault, b, "in_beeld", date(2025, 8, 4), programme="matchmakers", today=TODAY)
    outreach.set_phase(vault, b, "benaderd", date(2025, 8, 20), today=TODAY)
    outreach.set_phase(vault, b, "uitgestroomd", date(2026, 3, 2), destination="care", today=TODAY)

    report = annual_report(vault, "2025-2026", as_of=TODAY)
    known = {
        "2024-2025": {"In beeld": 1, "Benaderd": 1, "Uitgestroomd": 0, POSITIVE: 0},
        "2025-2026": {"In beeld": 1, "Benaderd": 1, "Uitgestroomd": 2, POSITIVE: 1},
    }
    for year, values in known.items():
        for label, n in values.items():
            assert report.value("outreach", label, year=year) == n, (year, label)
        service = outreach.outreach_figures(vault, SchoolYear.from_label(year))
        for code, label in PHASES.items():
            assert report.value("outreach", label, year=year) == service.reached[code]
        assert report.value("outreach", POSITIVE, year=year) == service.positive
    assert report.value("matchmakers", "Zorg") == 1  # care, from the MatchMakers case only
    assert report.value("matchmakers", "Werk") == 0  # case a was not in the programme
    assert report.value("matchmakers", "Totaal") == 1
    assert report.value("matchmakers", "Totaal", year="2024-2025") == 0
