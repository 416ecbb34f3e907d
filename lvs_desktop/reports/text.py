"""The report as plain text for the terminal: one block per table, years side by side."""

from __future__ import annotations

from lvs_desktop.reports.model import CHANGE_HEADERS, DETAIL, AnnualReport, change_cells
from lvs_desktop.reports.suppress import display


def to_text(report: AnnualReport, *, definitions: bool = False) -> str:
    lines = [
        f"Jaarcijfers leerplicht en RMC – {report.area} – schooljaar {report.year}",
        f"Opgemaakt op {report.as_of:%d-%m-%Y}"
        + (" (voor publicatie)" if report.published else ""),
    ]
    lines += list(report.notes)
    width = max((len(r.label) for t in report.tables for r in t.rows), default=20) + 2
    width = min(width, 72)
    for table in report.tables:
        lines += ["", table.title, "-" * len(table.title)]
        if definitions or not table.rows:  # a table without rows says why
            lines.append(table.definition)
        changes = len(report.years) > 1  # the "verandering" against the year before
        heads = report.years + (CHANGE_HEADERS if changes else ())
        lines.append(" " * width + "".join(f"{y:>12}" for y in heads))
        for row in table.rows:
            if row.kind == DETAIL and len(row.labels) > 1:
                label = "  " + row.labels[-1]
            else:
                label = row.labels[0] if len(row.labels) > 1 else row.label
            cells = "".join(
                f"{display(row, i, report.threshold):>12}" for i in range(len(report.years))
            ) + ("".join(f"{c:>12}" for c in change_cells(row)) if changes else "")
            lines.append(f"{label[: width - 1]:<{width}}{cells}")
    return "\n".join(lines) + "\n"
