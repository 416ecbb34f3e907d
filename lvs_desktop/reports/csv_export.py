"""The report as CSV: one line per table row, semicolon-separated (as Dutch spreadsheets
expect), UTF-8 with a byte-order mark so Excel reads the accents. Values are printed as in the
PDF: suppressed counts as "< 5", decimals with a comma. After the years come the change
against the year before, absolute and in percents, the same cells as the text and the PDF
("+7", "+14%"; "–" where a year is suppressed or there is no base, so a published CSV never
gives a hidden count back through them). `read_csv` reads it back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from lvs_desktop.reports.model import AnnualReport, change_cells
from lvs_desktop.reports.suppress import display

FIXED = ("gebied", "tabel", "titel", "rijsoort", "kenmerk 1", "kenmerk 2")
CHANGES = ("verandering", "verandering %")
KIND_NL = {"detail": "cel", "subtotal": "subtotaal", "total": "totaal", "median": "mediaan"}
KIND_CODE = {v: k for k, v in KIND_NL.items()}


def to_csv(report: AnnualReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([*FIXED, *report.years, *CHANGES])
    for table in report.tables:
        for row in table.rows:
            labels = [*row.labels, "", ""][:2]
            values = [display(row, i, report.threshold) for i in range(len(report.years))]
            writer.writerow(
                [
                    report.area,
                    table.key,
                    table.title,
                    KIND_NL[row.kind],
                    *labels,
                    *values,
                    *change_cells(row),
                ]
            )
    return "\ufeff" + out.getvalue()


def write_csv(report: AnnualReport, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(to_csv(report))


@dataclass(frozen=True)
class CsvRow:
    """One line read back: the table key, row kind, labels, the printed values per year and
    the printed change ("+7", "+14%")."""

    area: str
    table: str
    kind: str
    labels: tuple[str, ...]
    values: dict[str, str]
    change: tuple[str, str] = ("–", "–")


def read_csv(text: str) -> list[CsvRow]:
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")
    header = next(reader)
    changes = len(CHANGES) if tuple(header[-len(CHANGES) :]) == CHANGES else 0
    years = header[len(FIXED) : len(header) - changes]
    rows = []
    for line in reader:
        area, table, _title, kind, l1, l2 = line[: len(FIXED)]
        values = line[len(FIXED) : len(FIXED) + len(years)]
        change = (line[-2], line[-1]) if changes else ("–", "–")
        labels = tuple(x for x in (l1, l2) if x)
        rows.append(
            CsvRow(
                area,
                table,
                KIND_CODE[kind],
                labels,
                dict(zip(years, values, strict=True)),
                change,
            )
        )
    return rows
