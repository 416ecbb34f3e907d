"""Issue 13 item 7, the tables still missing: VO→MBO transfer, absolute verzuim
"vervolgonderzoek" (the administration's hand-over) and 17-year-olds benaderd, on a new vault
built through the register import and the services (`register_region`), every number known
by construction; the VO→MBO figure equals the register's own `vo-mbo` list on each date, and
every figure equals the row oracle. A vault without a register says so instead of zeros."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from lvs_desktop.models import Report
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.register_lists import (
    HANDOVER_FUNCTION,
    HANDOVER_REPORTER,
    Enrolment,
    vo_leaver,
    vo_mbo_deadline_in,
)
from lvs_desktop.reports.csv_export import read_csv
from lvs_desktop.reports.narrative import default_text
from lvs_desktop.reports.tally import Window
from lvs_desktop.services.register.lists import compute_list, set_vo_mbo_date
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.reports.register_region import AS_OF, EXPECTED, YEAR, build, build_register
from tests.reports.test_sql_counts import assert_sql_equals_oracle

WITHOUT, GUIDED = "VO verlaten zonder mbo-inschrijving", "waarvan begeleid door LVS"
HANDOVERS, REENROLLED = "Overgedragen voor vervolgonderzoek", "waarvan weer ingeschreven"


@pytest.fixture
def built(vault: Vault, tmp_path: Path) -> Vault:
    build(vault, tmp_path)
    return vault


def test_every_new_figure_is_known_by_construction(built: Vault) -> None:
    report = annual_report(built, YEAR, as_of=AS_OF)
    got = {key: report.value(key[0], key[1], year=key[2]) for key in EXPECTED}
    assert got == EXPECTED
    dordrecht = annual_report(built, YEAR, "Dordrecht", as_of=AS_OF)
    assert dordrecht.value("vo_mbo", WITHOUT) == 2  # Anna, Finn; Daan lives in Zwijndrecht
    assert dordrecht.value("handover", HANDOVERS) == 1  # Hanna; Ivo's case is Zwijndrecht's


def test_vo_mbo_figure_equals_the_register_list_on_each_date(built: Vault) -> None:
    report = annual_report(built, YEAR, as_of=AS_OF)
    for label in report.years:
        deadline = vo_mbo_deadline_in((10, 1), SchoolYear.from_label(label))
        listed = compute_list(built, "vo-mbo", deadline)
        assert report.value("vo_mbo", WITHOUT, year=label) == len(listed.rows), label


def test_the_region_date_moves_the_vo_mbo_figure(built: Vault) -> None:
    """With 1 September as the date: Finn (left 30-09-2025) is still enrolled on it and
    Eva moved out on it; Gijs (left 30-09-2024) now falls in 2025-2026's window. So Anna,
    Daan and Gijs; and in 2024-2025 nobody."""
    set_vo_mbo_date(built, "01-09")
    report = annual_report(built, YEAR, as_of=AS_OF)
    assert report.value("vo_mbo", WITHOUT) == 3
    assert report.value("vo_mbo", WITHOUT, year="2024-2025") == 0
    assert report.value("vo_mbo", WITHOUT) == len(
        compute_list(built, "vo-mbo", date(2025, 9, 1)).rows
    )


def test_a_running_year_before_its_date_has_no_vo_mbo_count_yet(built: Vault) -> None:
    report = annual_report(built, "2025-2026", as_of=date(2025, 9, 15))
    assert report.value("vo_mbo", WITHOUT) == 0  # 1 October 2025 has not come yet
    assert report.value("vo_mbo", WITHOUT, year="2024-2025") == 1


def test_every_new_figure_equals_the_row_oracle(built: Vault) -> None:
    for as_of in (AS_OF, date(2025, 9, 15), date(2026, 1, 10)):
        assert_sql_equals_oracle(built, Window.ending(SchoolYear.of(as_of), 4, as_of))


def test_the_hand_over_is_the_marker_the_not_enrolled_list_writes(built: Vault) -> None:
    with built.session() as s:
        marked = s.query(Report.reporter_name, Report.report_type).filter(
            Report.reporter_function == HANDOVER_FUNCTION
        )
        assert sorted(marked) == [(HANDOVER_REPORTER, "absolute")] * 4  # Hanna … Kees


def test_the_vo_leaver_rule_at_its_edges() -> None:
    deadline = date(2025, 10, 1)

    def vo(ends: date, level: str | None = None) -> Enrolment:
        return Enrolment("VO", date(2021, 8, 20), ends, level, ends if level else None)

    left = date(2025, 7, 10)
    assert vo_leaver([vo(left)], deadline) == left
    assert vo_leaver([vo(deadline)], deadline) is None  # enrolled on the date itself
    assert vo_leaver([vo(date(2024, 10, 1))], deadline) is None  # the window before
    assert vo_leaver([vo(date(2024, 10, 2))], deadline) == date(2024, 10, 2)
    assert vo_leaver([vo(left, "havo")], deadline) is None
    assert vo_leaver([vo(left, "vmbo")], deadline) == left
    later = Enrolment("MBO", date(2025, 10, 2), None, None, None)
    assert vo_leaver([vo(left), later], deadline) == left
    started = Enrolment("MBO", date(2025, 10, 1), None, None, None)
    assert vo_leaver([vo(left), started], deadline) is None


def test_without_a_register_the_table_says_so_instead_of_zeros(
    vault: Vault, tmp_path: Path
) -> None:
    report = annual_report(vault, YEAR, as_of=AS_OF)
    table = report.table("vo_mbo")
    assert table.rows == ()
    assert table.definition.endswith("geen registergegevens.")
    assert default_text(table, report).startswith("Voor deze tabel zijn er geen gegevens")
    assert report.table("handover").rows  # the other new tables do not need a register
    build_register(vault, tmp_path)  # an imported register: the figure is there (zeros)
    assert annual_report(vault, YEAR, as_of=AS_OF).value("vo_mbo", WITHOUT) == 3


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_cli_text_csv_and_document_show_the_new_tables(built: Vault, tmp_path: Path) -> None:
    path = str(built.path)
    built.lock()
    common = ("--vault", path, "--year", YEAR)  # today: every date built is before it
    text = _cli(*common)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    row = next(line for line in lines if line.startswith(WITHOUT)).split()
    assert row[-5:-2] == ["0", "1", "3"]  # 2023-2024, 2024-2025, 2025-2026
    row = next(line for line in lines if line.startswith(HANDOVERS)).split()
    assert row[-5:-2] == ["0", "1", "2"]
    assert next(line for line in lines if line.startswith("waarvan benaderd")).split()[-3] == "4"

    out = tmp_path / "cijfers.csv"
    made = _cli(*common, "--format", "csv", "--out", str(out))
    assert made.returncode == 0, made.stderr
    rows = {(r.table, r.labels): r.values for r in read_csv(out.read_text(encoding="utf-8"))}
    assert rows[("vo_mbo", (GUIDED,))][YEAR] == "1"
    assert rows[("handover", (REENROLLED,))][YEAR] == "1"
    assert rows[("screening_17", ("waarvan benaderd",))][YEAR] == "4"

    document = tmp_path / "jaarverslag.pdf"
    made = _cli(*common, "--document", str(document))
    assert made.returncode == 0, made.stderr
    pages = PdfReader(io.BytesIO(document.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Overstap VO–MBO: zonder mbo-inschrijving op de overstapdatum" in text
    assert (
        "Het aantal jongeren dat het VO verliet zonder mbo-inschrijving op de overstapdatum "
        "is gestegen van 1 in 2024-2025 naar 3 in 2025-2026" in text
    )
    assert (
        "Het aantal overdrachten voor vervolgonderzoek absoluut verzuim is gestegen van 1 in "
        "2024-2025 naar 2 in 2025-2026" in text
    )
