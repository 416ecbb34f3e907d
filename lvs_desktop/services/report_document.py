"""The annual report as a document (issue 13, item 8): the texts a team lead edits under each
table, kept in the vault per school year and area, and the jaarverslag PDF made with them.

A text not edited is generated from the figures (`reports.narrative.default_text`); saving
the generated text unchanged, or an empty text, stores nothing (the table keeps following
its figures). The texts are the team lead's own work in the team vault (`ReportText` is
local: it does not travel in bundles).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import ReportText, UserError, utcnow
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.reports.narrative import default_text
from lvs_desktop.reports.pdf_export import to_document
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

MAX_TEXT = 4000


@dataclass(frozen=True)
class TableText:
    """The text under one table: what is printed, and whether a team lead wrote it."""

    key: str
    title: str
    text: str
    edited: bool
    generated: str


def saved_texts(vault: Vault, year: str, area: str) -> dict[str, str]:
    """Table key → the edited text, for one school year and area."""
    with vault.session() as s:
        query = select(ReportText.table_key, ReportText.text).where(
            ReportText.school_year == year, ReportText.area == area
        )
        return {key: text for key, text in s.execute(query)}


def table_texts(vault: Vault, report: AnnualReport) -> list[TableText]:
    """Every table's text in the report's order."""
    saved = saved_texts(vault, report.year, report.area)
    out = []
    for table in report.tables:
        generated = default_text(table, report)
        text = saved.get(table.key)
        out.append(
            TableText(table.key, table.title, text or generated, text is not None, generated)
        )
    return out


def save_text(vault: Vault, report: AnnualReport, table_key: str, text: str) -> ChangeSummary:
    """Store the team lead's text under one table (empty or the generated text: forget it)."""
    try:
        table = report.table(table_key)
    except KeyError:
        keys = ", ".join(t.key for t in report.tables)
        raise UserError(f"Tabel '{table_key}' bestaat niet. Kies uit: {keys}.") from None
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise UserError(f"De tekst is langer dan {MAX_TEXT} tekens.")
    forget = not text or text == default_text(table, report)
    with UnitOfWork(vault, "save_report_text") as uow:
        key = (report.year, report.area, table_key)
        row = uow.session.get(ReportText, key)
        if forget:
            if row is not None:
                uow.session.delete(row)
            message = f"Tekst bij '{table.title}' volgt weer de cijfers."
        else:
            if row is None:
                row = ReportText(school_year=key[0], area=key[1], table_key=key[2], text=text)
                uow.session.add(row)
            row.text = text
            row.updated_at = utcnow()
            message = f"Tekst bij '{table.title}' opgeslagen."
        uow.audit("update", "annual_report", None, f"save_report_text: {table_key}")
        return uow.commit(message)


def document_pdf(vault: Vault, report: AnnualReport) -> bytes:
    """The jaarverslag of `report` with the texts saved for its year and area."""
    return to_document(report, saved_texts(vault, report.year, report.area))
