"""The report as CSV: one line per table row, semicolon-separated (as Dutch spreadsheets
expect), UTF-8 with a byte-order mark so Excel reads the accents. Values are printed as in the
PDF: suppressed counts as "< 5", decimals with a comma. `read_csv` reads it back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.reports.suppress import display

FIXED = ("gebied", "tabel", "titel", "rijsoort", "kenmerk 1", "kenmerk 2")
KIND_NL = {"detail": "cel", "subtotal": "subtotaal", "total": "totaal", "median": "mediaan"}
KIND_CODE = {v: k for k, v in KIND_NL.items()}


def to_csv(report: AnnualReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([*FIXED, *report.years])
    for table in report.tables:
        for row in table.rows:
            labels = [*row.labels, "", ""][:2]
            values = [display(row, i, report.threshold) for i in range(len(report.years))]
            writer.writerow(
                [report.area, table.key, table.title, KIND_NL[row.kind], *labels, *values]
            )
    return "\ufeff" + out.getvalue()


def write_csv(report: AnnualReport, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(to_csv(report))


@dataclass(frozen=True)
class CsvRow:
    """One line read back: the table key, row kind, labels and the printed values per year."""

    area: str
    table: str
    kind: str
    labels: tuple[str, ...]
    values: dict[str, str]


def read_csv(text: str) -> list[CsvRow]:
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")
    header = next(reader)
    years = header[len(FIXED) :]
    rows = []
    for line in reader:
        area, table, _title, kind, l1, l2, *values = line
        labels = tuple(x for x in (l1, l2) if x)
        rows.append(
            CsvRow(area, table, KIND_CODE[kind], labels, dict(zip(years, values, strict=True)))
        )
    return rows
