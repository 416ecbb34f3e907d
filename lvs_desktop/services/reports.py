"""Annual figures as the screens and the CLI ask for them (issue 6).

`compute_figures` counts once for every municipality over the requested year and the years
before it (one read transaction); `annual_report` lays it out for the region or one
municipality and, for use outside the team, applies small-count suppression. Out come plain
dataclasses (`lvs_desktop.reports.model`), never ORM rows; counts only, no personal data.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text

from lvs_desktop.models import Case, CaseSummary, CaseYearFact, Municipality, UserError
from lvs_desktop.models.case_fact import REBUILD_SQL
from lvs_desktop.models.case_summary import REBUILD_SQL as SUMMARY_REBUILD_SQL
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.reports.build import YEARS_SHOWN, Computed, compute, layout
from lvs_desktop.reports.csv_export import to_csv
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.reports.pdf_export import to_pdf
from lvs_desktop.reports.suppress import DEFAULT_THRESHOLD, SECONDARY_NOTE, publishable
from lvs_desktop.reports.tally import Window
from lvs_desktop.reports.terms import ReportTerms
from lvs_desktop.reports.text import to_text
from lvs_desktop.services.region.reference import match_name
from lvs_desktop.services.register.lists import get_vo_mbo_date
from lvs_desktop.services.settings import get_terms
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

SUPPRESSION_KEY = "report_suppression_threshold"

__all__ = [
    "SECONDARY_NOTE",
    "AnnualReport",
    "Computed",
    "annual_report",
    "available_years",
    "compute_figures",
    "get_suppression_threshold",
    "municipalities",
    "parse_year",
    "rebuild_case_facts",
    "render",
    "report_from",
    "set_suppression_threshold",
]


def parse_year(label: str) -> SchoolYear:
    """ "2021-2022" → the school year; a Dutch `UserError` otherwise."""
    try:
        return SchoolYear.from_label(label)
    except InvalidFacts as exc:
        raise UserError(exc.message_nl) from exc


def get_suppression_threshold(vault: Vault) -> int:
    """Counts below this are shown as "< N" in published reports (default 5)."""
    return int(vault.get_setting(SUPPRESSION_KEY, DEFAULT_THRESHOLD))


def set_suppression_threshold(vault: Vault, threshold: int) -> None:
    if not 2 <= threshold <= 50:
        raise UserError("De drempel voor kleine aantallen ligt tussen 2 en 50.")
    vault.set_setting(SUPPRESSION_KEY, threshold)


def municipalities(vault: Vault) -> list[str]:
    """The names of the live municipalities, alphabetically (each name once)."""
    with vault.session() as session:
        names = session.scalars(
            select(Municipality.name).where(~Municipality.deleted).distinct()
        ).all()
    return sorted(names)


def available_years(vault: Vault, today: date | None = None) -> list[str]:
    """School years from the first case up to the current one, newest first."""
    today = today or date.today()
    with vault.session() as session:
        first = session.scalar(select(func.min(Case.opened_on)).where(~Case.deleted))
    current = SchoolYear.of(today)
    year = SchoolYear.of(first) if first else current
    out = []
    while year <= current:
        out.append(year.label)
        year = year.next()
    return out[::-1]


def compute_figures(
    vault: Vault,
    year: str | SchoolYear,
    *,
    as_of: date | None = None,
    years: int = YEARS_SHOWN,
    terms: ReportTerms | None = None,
) -> Computed:
    """Count every figure for `years` school years ending with `year`, for all
    municipalities at once (switching municipality afterwards needs no new query)."""
    school_year = parse_year(year) if isinstance(year, str) else year
    as_of = as_of or date.today()
    if school_year.start > as_of:
        raise UserError(f"Schooljaar {school_year.label} is nog niet begonnen.")
    terms = terms or ReportTerms(deadlines=get_terms(vault), vo_mbo_date=get_vo_mbo_date(vault))
    window = Window.ending(school_year, years, as_of)
    with vault.session() as session:
        return compute(session, window, terms)


def report_from(
    computed: Computed,
    year: str | SchoolYear,
    municipality: str | None = None,
    *,
    publish: bool = False,
    threshold: int = DEFAULT_THRESHOLD,
) -> AnnualReport:
    """Lay out computed figures for the region (None) or one municipality by name."""
    school_year = parse_year(year) if isinstance(year, str) else year
    if municipality is not None:  # any case; an unknown name lists the known ones
        municipality = match_name(municipality, computed.labels.municipalities.values())
    report = layout(computed, school_year, municipality)
    return publishable(report, threshold) if publish else report


def annual_report(
    vault: Vault,
    year: str,
    municipality: str | None = None,
    *,
    publish: bool = False,
    as_of: date | None = None,
) -> AnnualReport:
    """The annual figures of `year` with the two years before it. `publish`: for outside the
    team (small counts suppressed at the vault's threshold, internal tables left out)."""
    computed = compute_figures(vault, year, as_of=as_of)
    threshold = get_suppression_threshold(vault)
    return report_from(computed, year, municipality, publish=publish, threshold=threshold)


def render(report: AnnualReport, fmt: str) -> bytes:
    """The report as "text", "csv" or "pdf" bytes (text and CSV in UTF-8)."""
    if fmt == "text":
        return to_text(report).encode("utf-8")
    if fmt == "csv":
        return to_csv(report).encode("utf-8")
    if fmt == "pdf":
        return to_pdf(report)
    raise UserError(f"Onbekend formaat '{fmt}': kies text, csv of pdf.")


def rebuild_case_facts(vault: Vault) -> ChangeSummary:
    """Recompute the report's contact facts (`case_fact`) from the contacts and the per-case
    summary (`case_summary`) from the cases, reports and those facts, in one transaction.
    A safety tool: the triggers keep them equal in every write path."""
    with UnitOfWork(vault, "rebuild_case_facts") as uow:
        connection = uow.session.connection()
        connection.execute(text("DELETE FROM case_fact"))
        connection.execute(text(REBUILD_SQL))
        connection.execute(text("DELETE FROM case_summary"))
        connection.execute(text(SUMMARY_REBUILD_SQL))
        n = uow.session.scalar(select(func.count()).select_from(CaseYearFact)) or 0
        cases = uow.session.scalar(select(func.count()).select_from(CaseSummary)) or 0
        uow.audit("update", "annual_report", None, "rebuild_case_facts")
        return uow.commit(
            f"Rapportfeiten opnieuw opgebouwd uit de dossiers, meldingen en contacten "
            f"({cases} dossiers, {n} regels contactfeiten)."
        )
