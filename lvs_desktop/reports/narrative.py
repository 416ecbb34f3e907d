"""The annual report as a document (issue 13, item 8): its chapters and a short Dutch text per
table, generated from the figures, that a team lead edits before printing.

Chapters follow the region's jaarverslag: leerplicht, RMC, preventie. A table's chapter comes
from its section (`CHAPTER_OF_SECTION`, with words in the section's name as the fallback), so
tables added to the register later land in a chapter without a change here.

The generated text reads any `ReportTable` the same way: the total row (or the first row)
of the report's year beside the year before it — "Het aantal thuiszitters (4 weken of langer)
is gestegen van 44 in 2020-2021 naar 46 in 2021-2022 (een toename van 5%)." A value hidden
for publication is never quoted.
"""

from __future__ import annotations

from lvs_desktop.reports.model import (
    DETAIL,
    MEDIAN,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    ReportRow,
    ReportTable,
)

LEERPLICHT, RMC, PREVENTIE = "Leerplicht", "RMC", "Preventie"
CHAPTERS = (LEERPLICHT, RMC, PREVENTIE)

CHAPTER_OF_SECTION = {
    "Relatief verzuim": LEERPLICHT,
    "Absoluut verzuim": LEERPLICHT,
    "Thuiszitters": LEERPLICHT,
    "Vrijstellingen": LEERPLICHT,
    "Handhaving": LEERPLICHT,
    "Werkvoorraad": LEERPLICHT,
    "18-plus en RMC": RMC,
    "Preventie": PREVENTIE,
}
RMC_WORDS = ("rmc", "18-plus", "schoolverlat", "matchmakers", "vsv", "mbo", "uitstroom")
PREVENTION_WORDS = ("preventie", "voorlichting", "advies")


def chapter_of(table: ReportTable) -> str:
    """The chapter of the document a table belongs in."""
    known = CHAPTER_OF_SECTION.get(table.section)
    if known is not None:
        return known
    text = f"{table.section} {table.title}".casefold()
    if any(word in text for word in PREVENTION_WORDS):
        return PREVENTIE
    if any(word in text for word in RMC_WORDS):
        return RMC
    return LEERPLICHT


def chapters(report: AnnualReport) -> list[tuple[str, list[ReportTable]]]:
    """(chapter, its tables in the report's order), in the jaarverslag's chapter order;
    a chapter without tables is left out."""
    out = []
    for chapter in CHAPTERS:
        tables = [t for t in report.tables if chapter_of(t) == chapter]
        if tables:
            out.append((chapter, tables))
    return out


def _headline(table: ReportTable) -> ReportRow | None:
    for row in table.rows:
        if row.kind == TOTAL:
            return row
    for row in table.rows:
        if row.kind != MEDIAN:
            return row
    return None


def _subject(table: ReportTable, row: ReportRow) -> str:
    """ "het aantal thuiszitters (4 weken of langer)": the table's title for its total, the
    row's label where it names the section ("Thuiszitters …"), else both ("het aantal
    absoluut verzuim: dossiers (behandeld)"); capitals of abbreviations kept."""
    if row.kind == TOTAL:
        return f"het aantal {_lower(table.title)}"
    first = table.section.split()[0].casefold() if table.section.split() else ""
    if first and row.label.casefold().startswith(first):
        return f"het aantal {_lower(row.label)}"
    if row.label.casefold() in table.title.casefold():
        return f"het aantal {_lower(table.title)}"
    return f"het aantal {_lower(table.title)} ({_lower(row.label)})"


def _lower(name: str) -> str:
    """The first letter in lower case, unless the first word is an abbreviation or a name
    with capitals inside ("SVB", "MatchMakers", "RMC-trajecten")."""
    word = name.split()[0] if name.split() else ""
    return name[0].lower() + name[1:] if len(word) > 1 and word[1:].islower() else name


def _number(value: object) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value)) if isinstance(value, int | float) else ""


def default_text(table: ReportTable, report: AnnualReport) -> str:
    """One or two generated Dutch sentences about `table` in the report's year."""
    row = _headline(table)
    if row is None:
        return ""
    column = report.years.index(report.year)
    subject = _subject(table, row)
    subject = subject[0].upper() + subject[1:]
    if row.values[column] is None:
        return f"{subject} in {report.year} is niet getoond om kleine aantallen te beschermen."
    text = _change(subject, row, column, report)
    largest = _largest(table, column) if row.kind == TOTAL else None
    if largest is not None:
        text += f" De grootste groep is {largest[0]} ({_number(largest[1])})."
    return text


def _change(subject: str, row: ReportRow, column: int, report: AnnualReport) -> str:
    current = row.values[column]
    year = report.year
    if column == 0 or row.values[column - 1] is None:
        return f"{subject} bedroeg {_number(current)} in {year}."
    before, previous = row.values[column - 1], report.years[column - 1]
    assert before is not None and current is not None
    if current == before:
        return f"{subject} is gelijk gebleven: {_number(current)} in {previous} en in {year}."
    verb = "gestegen" if current > before else "gedaald"
    text = (
        f"{subject} is {verb} van {_number(before)} in {previous} naar {_number(current)} in {year}"
    )
    if before:
        percent = round(abs(current - before) / before * 100)
        kind = "toename" if current > before else "afname"
        text += f" (een {kind} van {percent}%)"
    return text + "."


def _largest(table: ReportTable, column: int) -> tuple[str, object] | None:
    """The largest shown group (subtotal) or detail row of a table with several: its label
    and value (None: too few to name one)."""
    groups = [r for r in table.rows if r.kind == SUBTOTAL and r.values[column] is not None]
    if len(groups) >= 2:
        best = _alone_at_top(groups, column)
        return (best.labels[0], best.values[column]) if best is not None else None
    details = [r for r in table.rows if r.kind == DETAIL and r.values[column] is not None]
    if len(details) < 2 or table.unit != "aantal":
        return None
    best = _alone_at_top(details, column)
    return (best.label, best.values[column]) if best is not None else None


def _alone_at_top(rows: list[ReportRow], column: int) -> ReportRow | None:
    """The row with the largest value, if it is larger than every other (a tie names none)."""
    ranked = sorted(rows, key=lambda r: r.values[column] or 0, reverse=True)
    top = ranked[0].values[column] or 0
    if not top or (len(ranked) > 1 and (ranked[1].values[column] or 0) == top):
        return None
    return ranked[0]
