"""The annual report as a document (issue 13, item 8): chapters in the jaarverslag's order,
a generated text per table from figures known by construction, a team lead's own text saved
per school year and area and printed instead; through the service and the command line."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, ReportText, UserError
from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.model import TOTAL, AnnualReport, ReportRow, ReportTable, change_cells
from lvs_desktop.reports.narrative import SUBJECTS, chapters, default_text, provisional
from lvs_desktop.reports.pdf_export import to_document
from lvs_desktop.reports.suppress import publishable
from lvs_desktop.services.report_document import document_pdf, save_text, table_texts
from lvs_desktop.services.reports import annual_report, report_from
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.reports.readback import assert_row_under_heads, pdf_lines
from tests.reports.region import AS_OF
from tests.reports.test_change_column import INTERNAL, PUBLISHED, constructed

YEAR = "2021-2022"
THUISZITTERS = (
    "Het aantal thuiszitters (4 weken of langer) is gestegen van 1 in 2020-2021 naar 4 in "
    "2021-2022 (een toename van 300%)."
)


@pytest.fixture
def region_copy(region_file: Path, tmp_path: Path) -> Iterator[Vault]:
    """A private copy of the constructed region (these tests save texts in it)."""
    copy = tmp_path / "regio.lvsvault"
    shutil.copyfile(region_file, copy)
    vault = Vault.open(copy, PASSPHRASE)
    yield vault
    vault.lock()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_chapters_follow_the_jaarverslag_and_texts_come_from_the_figures(
    region_vault: Vault,
) -> None:
    report = annual_report(region_vault, YEAR, as_of=AS_OF)
    parts = chapters(report)
    assert [name for name, _ in parts] == ["Leerplicht", "RMC", "Preventie"]
    keys = {name: [t.key for t in tables] for name, tables in parts}
    assert {"thuiszitters", "relative_reports", "exemptions"} <= set(keys["Leerplicht"])
    assert keys["RMC"][:3] == ["reports_18_plus", "early_leavers", "screening_17"]
    assert keys["Preventie"] == ["prevention"]
    assert sum(len(k) for k in keys.values()) == len(report.tables)  # every table, once
    assert default_text(report.table("thuiszitters"), report) == THUISZITTERS

    text = pdf_text(document_pdf(region_vault, report))
    assert text.index("1 Leerplicht") < text.index("2 RMC") < text.index("3 Preventie")
    number = keys["Leerplicht"].index("thuiszitters") + 1
    assert f"1.{number} Thuiszitters (op de feiten)" in text
    assert THUISZITTERS in text


def test_generated_text_for_a_fall_a_steady_figure_and_a_hidden_one() -> None:
    def table(*values: int | None) -> ReportTable:
        rows = (ReportRow(("Luxe verzuim",), values), ReportRow(("Totaal",), values, "total"))
        return ReportTable("t", "Verzuim", "Meldingen luxe verzuim", "", ("Soort",), rows)

    def report(t: ReportTable) -> AnnualReport:
        return AnnualReport("2021-2022", ("2020-2021", "2021-2022"), "Regio", AS_OF, (t,))

    fell = table(50, 43)
    assert default_text(fell, report(fell)) == (
        "Het aantal meldingen luxe verzuim is gedaald van 50 in 2020-2021 naar 43 in "
        "2021-2022 (een afname van 14%)."
    )
    same = table(7, 7)
    assert default_text(same, report(same)) == (
        "Het aantal meldingen luxe verzuim is gelijk gebleven: 7 in 2020-2021 en in 2021-2022."
    )
    hidden = table(7, None)
    assert "niet getoond" in default_text(hidden, report(hidden))
    assert "7" not in default_text(hidden, report(hidden))


def test_a_team_leads_text_is_saved_per_year_and_area_and_printed(region_copy: Vault) -> None:
    report = annual_report(region_copy, YEAR, as_of=AS_OF)
    own = "In 2021-2022 zaten vier jongeren thuis.\n\nTwee van hen langer dan drie maanden."
    summary = save_text(region_copy, report, "thuiszitters", own)
    assert summary.message == "Tekst bij 'Thuiszitters (op de feiten)' opgeslagen."

    texts = {t.key: t for t in table_texts(region_copy, report)}
    assert texts["thuiszitters"].edited and texts["thuiszitters"].text == own.strip()
    assert texts["thuiszitters"].generated == THUISZITTERS
    assert not texts["halt"].edited
    printed = pdf_text(document_pdf(region_copy, report))
    assert "In 2021-2022 zaten vier jongeren thuis." in printed
    assert "Twee van hen langer dan drie maanden." in printed
    assert THUISZITTERS not in printed
    # another area keeps its generated text
    dordrecht = annual_report(region_copy, YEAR, "Dordrecht", as_of=AS_OF)
    assert not {t.key: t for t in table_texts(region_copy, dordrecht)}["thuiszitters"].edited
    with region_copy.session() as s:
        assert s.scalar(select(func.count()).select_from(ReportText)) == 1
        audited = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.entity == "annual_report")
        ).all()
        assert "save_report_text: thuiszitters" in audited

    save_text(region_copy, report, "thuiszitters", "  ")  # empty: back to the figures
    assert pdf_text(document_pdf(region_copy, report)).count(THUISZITTERS) == 1
    with region_copy.session() as s:
        assert s.scalar(select(func.count()).select_from(ReportText)) == 0


def test_an_unknown_table_or_a_long_text_is_refused(region_copy: Vault) -> None:
    report = annual_report(region_copy, YEAR, as_of=AS_OF)
    with pytest.raises(UserError, match="Tabel 'geen_tabel' bestaat niet"):
        save_text(region_copy, report, "geen_tabel", "Tekst")
    with pytest.raises(UserError, match="langer dan 4000 tekens"):
        save_text(region_copy, report, "halt", "x" * 4001)
    with region_copy.session() as s:
        assert s.scalar(select(func.count()).select_from(ReportText)) == 0


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_report_document_and_report_text_on_the_command_line(
    region_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "regio.lvsvault"
    shutil.copyfile(region_file, copy)
    v = ("--vault", str(copy))
    edited = cli("report-text", *v, "--year", YEAR, "--table", "halt", "--text", "Halt: twee.")
    assert edited.returncode == 0, edited.stderr
    shown = cli("report-text", *v, "--year", YEAR, "--table", "halt")
    assert shown.stdout.startswith(
        "[halt] Halt-verwijzingen naar uitkomst (eigen tekst)\nHalt: twee."
    )
    out = tmp_path / "jaarverslag.pdf"
    made = cli("report", *v, "--year", YEAR, "--document", str(out))
    assert made.returncode == 0, made.stderr
    assert f"Jaarverslag {YEAR} (Regio) geschreven naar {out}" in made.stdout
    text = pdf_text(out.read_bytes())
    assert "Halt: twee." in text and "Jaarverslag leerplicht en RMC 2021-2022" in text
    failed = cli("report-text", *v, "--year", YEAR, "--text", "Zonder tabel")
    assert failed.returncode == 1
    assert (
        failed.stderr.strip() == "lvs-desktop: Geef met --table aan bij welke tabel de tekst hoort."
    )


def test_the_largest_group_is_named_only_when_it_stands_alone() -> None:
    def report(*details: tuple[str, int]) -> tuple[ReportTable, AnnualReport]:
        rows = tuple(ReportRow((label,), (0, n)) for label, n in details)
        total = ReportRow(("Totaal",), (0, sum(n for _, n in details)), "total")
        table = ReportTable("t", "Preventie", "Activiteiten", "", ("Soort",), (*rows, total))
        years = ("2020-2021", "2021-2022")
        return table, AnnualReport("2021-2022", years, "Regio", AS_OF, (table,))

    table, made = report(("Advies", 3), ("Vraag", 1))
    assert default_text(table, made).endswith(" De grootste groep is Advies (3).")
    table, made = report(("Advies", 2), ("Vraag", 2))
    assert "grootste groep" not in default_text(table, made)


def _measures(key: str, title: str, *rows: ReportRow) -> tuple[ReportTable, AnnualReport]:
    table = ReportTable(key, "Handhaving", title, "", ("",), rows)
    years = ("2020-2021", "2021-2022")
    return table, AnnualReport("2021-2022", years, "Regio", AS_OF, (table,))


def test_each_table_has_a_subject_written_by_hand_never_its_first_row() -> None:
    """Q1: "Het aantal meldingen aan de SVB (kinderbijslag) (meldingen SVB)", "halt-verwijzingen",
    "Het aantal onderliggende problemen in nieuwe dossiers (psychische problemen)"."""
    table, made = _measures(
        "svb", "Meldingen aan de SVB (kinderbijslag)", ReportRow(("Meldingen SVB",), (3, 3))
    )
    assert default_text(table, made) == (
        "Het aantal meldingen aan de SVB is gelijk gebleven: 3 in 2020-2021 en in 2021-2022."
    )
    table, made = _measures(
        "halt",
        "Halt-verwijzingen naar uitkomst",
        ReportRow(("Afgerond",), (1, 2)),
        ReportRow(("Totaal",), (1, 2), "total"),
    )
    assert default_text(table, made).startswith("Het aantal Halt-verwijzingen is gestegen van 1")
    table, made = _measures(
        "absolute_absence",
        "Absoluut verzuim: dossiers",
        ReportRow(("Behandeld",), (5, None)),
        ReportRow(("Weer ingeschreven",), (2, 6)),
    )
    assert default_text(table, made) == (
        "Het aantal behandelde dossiers absoluut verzuim in 2021-2022 is niet getoond om kleine "
        "aantallen te beschermen."
    )
    table, made = _measures(
        "underlying_problems",
        "Onderliggende problemen in nieuwe dossiers",
        ReportRow(("Psychische problemen",), (4, 4)),
        ReportRow(("Schulden",), (1, 2)),
    )
    assert default_text(table, made) == ""  # separate measures: no row is "the" figure


def test_a_running_school_year_is_marked_voorlopig_with_its_date() -> None:
    table = ReportTable(
        "pvs",
        "Handhaving",
        "Processen-verbaal",
        "",
        ("",),
        (ReportRow(("Totaal",), (0, 6), "total"),),
    )
    running = AnnualReport(
        "2021-2022", ("2020-2021", "2021-2022"), "Regio", date(2021, 11, 30), (table,)
    )
    assert provisional(running) == "voorlopig, stand op 30-11-2021"
    assert default_text(table, running) == (
        "Het aantal processen-verbaal is gestegen van 0 in 2020-2021 naar 6 in 2021-2022 "
        "(voorlopig, stand op 30-11-2021)."
    )
    ended = AnnualReport(
        "2021-2022", ("2020-2021", "2021-2022"), "Regio", date(2022, 7, 31), (table,)
    )
    assert provisional(ended) is None and "voorlopig" not in default_text(table, ended)


def test_the_document_marks_a_running_year_on_its_cover_and_leaves_out_an_empty_chart() -> None:
    """Q1: a report made on 30-11 for the running year said nowhere it was not over; a table
    whose every cell was suppressed got a chart of empty axes."""
    from lvs_desktop.reports.pdf_export import to_document

    hidden = ReportRow(("Meldingen SVB",), (None, None), hidden=(True, True))
    svb = ReportTable(
        "svb", "Handhaving", "Meldingen aan de SVB (kinderbijslag)", "", ("",), (hidden,)
    )
    shown = (ReportRow(("Spijbelen",), (1, 6)), ReportRow(("Totaal",), (1, 6), "total"))
    pvs = ReportTable("pvs", "Handhaving", "Processen-verbaal", "", ("",), shown)
    years = ("2020-2021", "2021-2022")
    running = AnnualReport("2021-2022", years, "Regio", date(2021, 11, 30), (svb, pvs), True)
    text = pdf_text(to_document(running))
    assert "Voorlopig, stand op 30-11-2021: het schooljaar is nog niet voorbij." in text
    assert "naar 6 in 2021-2022 (voorlopig, stand op 30-11-2021; een toename van 500%)." in text
    assert text.count("Grafiek niet getoond: alle aantallen in deze tabel zijn afgeschermd.") == 1
    ended = AnnualReport("2021-2022", years, "Regio", date(2022, 8, 1), (svb, pvs), True)
    assert "oorlopig" not in pdf_text(to_document(ended))


def test_a_table_of_zeros_gets_no_chart_but_a_line_saying_why() -> None:
    """A table with nothing above 0 (a region without hand-overs yet) drew empty axes."""
    from lvs_desktop.reports.pdf_export import to_document

    zeros = (ReportRow(("Overgedragen",), (0, 0)), ReportRow(("waarvan terug",), (0, 0)))
    handover = ReportTable("handover", "Absoluut verzuim", "Overdrachten", "", ("",), zeros)
    mixed = ReportRow(("Meldingen SVB",), (None, 0), hidden=(True, False))
    svb = ReportTable("svb", "Handhaving", "SVB", "", ("",), (mixed,))
    shown = (ReportRow(("Spijbelen",), (0, 6)),)
    pvs = ReportTable("pvs", "Handhaving", "Processen-verbaal", "", ("",), shown)
    years = ("2020-2021", "2021-2022")
    report = AnnualReport("2021-2022", years, "Regio", date(2022, 8, 1), (handover, svb, pvs))
    text = pdf_text(to_document(report))
    assert text.count("Grafiek niet getoond: alle aantallen in deze tabel zijn 0.") == 1
    assert (
        text.count("Grafiek niet getoond: alle aantallen in deze tabel zijn 0 of afgeschermd.") == 1
    )
    assert text.count("Grafiek niet getoond") == 2  # the table with a 6 keeps its chart


# -- the change column in the document, and the text's percentage from it (issue 13, item 7) --


def test_the_document_prints_the_change_and_its_text_quotes_the_same_percentage() -> None:
    """The constructed thuiszitters per municipality (55 → 62, +13%): the document's table has
    the change after the years, and its text quotes the "%" cell; published, the total is
    "•", its change "–", and the text quotes neither."""
    report = constructed()
    lines = pdf_lines(to_document(report))
    for label, cells in INTERNAL.items():
        assert_row_under_heads(lines, label, cells)
    text = default_text(report.table("thuiszitters_per_gemeente"), report)
    assert "gestegen van 55 in 2020-2021 naar 62 in 2021-2022 (een toename van 13%)" in text
    published = publishable(report)
    lines = pdf_lines(to_document(published))
    for label, cells in PUBLISHED.items():
        assert_row_under_heads(lines, label, cells)
    text = default_text(published.table("thuiszitters_per_gemeente"), published)
    assert "niet getoond" in text and "%" not in text


def test_every_generated_percentage_is_the_tables_own(computed: Computed) -> None:
    """Over every table of the region, internal and published: a text that says "een toename
    (afname) van N%" says what the headline row's "%" cell prints (so never a percentage
    where that cell is "–": beside a hidden year or a base of 0)."""
    quoted = 0
    for publish in (False, True):
        report = report_from(computed, YEAR, publish=publish, threshold=5)
        for table in report.tables:
            label = SUBJECTS.get(table.key, ("", None))[1]  # the headline: named, or the total
            row = next(
                (r for r in table.rows if r.label == label or (label is None and r.kind == TOTAL)),
                None,
            )
            text = default_text(table, report)
            found = re.search(r"een (toename|afname) van (\d+)%", text)
            if found is None:
                continue
            assert row is not None, text  # a percentage is only ever of the headline row
            sign = "+" if found.group(1) == "toename" else "-"
            assert f"{sign}{found.group(2)}%" == change_cells(row)[1], text
            quoted += 1
    assert quoted >= 3


def test_report_document_on_the_command_line_has_the_change(
    region_file: Path, tmp_path: Path
) -> None:
    """`report --document` and `report --publish --document`: thuiszitters 1 → 4 is "+3",
    "+300%" in the team's document; published both years are "< 5" and the change "–"."""
    v = ("--vault", str(region_file), "--year", YEAR)
    label = "Thuiszitters (4 weken of langer)"
    for publish, cells in (
        (False, ("0", "1", "4", "+3", "+300%")),
        (True, ("0", "< 5", "< 5", "–", "–")),
    ):
        out = tmp_path / f"jaarverslag-{publish}.pdf"
        made = cli("report", *v, *(["--publish"] if publish else []), "--document", str(out))
        assert made.returncode == 0, made.stderr
        assert_row_under_heads(pdf_lines(out.read_bytes()), label, cells)
