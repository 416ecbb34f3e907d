"""The annual report as a document (issue 13, item 8): its chapters and a short Dutch text per
table, generated from the figures, that a team lead edits before printing.

Chapters follow the region's jaarverslag: leerplicht, RMC, preventie. A table's chapter comes
from its section (`CHAPTER_OF_SECTION`, with words in the section's name as the fallback), so
tables added to the register later land in a chapter without a change here.

The generated text reads a table's headline figure — its total row, or for a table of
separate measures the row named in `SUBJECTS` — of the report's year beside the year before
it, under a subject written by hand per table —
"Het aantal thuiszitters (4 weken of langer) is gestegen van 44 in 2020-2021 naar 46 in
2021-2022 (een toename van 5%)." A value hidden for publication is never quoted; a school
year that has not ended is marked "voorlopig, stand op DD-MM-JJJJ".
"""

from __future__ import annotations

from datetime import date

from lvs_desktop.reports.model import (
    DETAIL,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    ReportRow,
    ReportTable,
    change,
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


# key -> (the sentence's subject, the label of the headline row; None: the total row).
# A table of separate measures without an entry here gets no generated sentence: its first
# row is never presented as the table's figure.
SUBJECTS: dict[str, tuple[str, str | None]] = {
    "relative_reports": ("het aantal meldingen relatief verzuim", None),
    "reports_per_municipality": ("het aantal meldingen relatief verzuim", None),
    "absolute_absence": ("het aantal behandelde dossiers absoluut verzuim", "Behandeld"),
    "thuiszitters": (
        "het aantal thuiszitters (4 weken of langer)",
        "Thuiszitters (4 weken of langer)",
    ),
    "exemptions": ("het aantal vrijstellingen en verloven", None),
    "pvs": ("het aantal processen-verbaal", None),
    "halt": ("het aantal Halt-verwijzingen", None),
    "svb": ("het aantal meldingen aan de SVB", "Meldingen SVB"),
    "reports_18_plus": ("het aantal meldingen 18-plus verzuim", "Meldingen 18-plus verzuim"),
    "early_leavers": (
        "het aantal voortijdig schoolverlaters dat nieuw in beeld kwam",
        "Nieuw in beeld (school verlaten)",
    ),
    "screening_17": ("het aantal gescreende 17-jarigen", "Gescreend (dossier geopend)"),
    "vo_mbo": (
        "het aantal jongeren dat het VO verliet zonder mbo-inschrijving op de overstapdatum",
        "VO verlaten zonder mbo-inschrijving",
    ),
    "handover": (
        "het aantal overdrachten voor vervolgonderzoek absoluut verzuim",
        "Overgedragen voor vervolgonderzoek",
    ),
    "vsv": (
        "het aantal nieuwe voortijdig schoolverlaters volgens DUO",
        "Nieuwe voortijdig schoolverlaters (DUO)",
    ),
    "prevention": ("het aantal preventieve activiteiten", None),
    "outreach": ("het aantal jongeren in beeld bij de RMC", "In beeld"),
    "matchmakers": ("het aantal jongeren dat via MatchMakers uitstroomde", None),
    "newcomers": ("het aantal nieuwkomers in beeld", "In beeld"),
    "open_per_consultant": ("het aantal open dossiers op 31 juli", None),
    "past_deadline": (
        "het aantal open dossiers met een verlopen termijn op 31 juli",
        "Dossiers met een verlopen termijn",
    ),
    "days_to_contact": ("het aantal dossiers met een eerste contact", None),
}


def provisional(report: AnnualReport) -> str | None:
    """ "voorlopig, stand op 30-11-2026" for a report of a school year that has not ended on
    its reference date (1 August to 31 July); None for a finished year."""
    end = date(int(report.year.split("-")[0]) + 1, 7, 31)
    return None if report.as_of >= end else f"voorlopig, stand op {report.as_of:%d-%m-%Y}"


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


def _headline(table: ReportTable) -> tuple[str, ReportRow] | None:
    """The table's subject and headline row: its total, or the measure named in `SUBJECTS`;
    None for a table of separate measures the module has no subject for."""
    subject, label = SUBJECTS.get(table.key, (f"het aantal {_lower(table.title)}", None))
    for row in table.rows:
        if (label is None and row.kind == TOTAL) or (label is not None and row.label == label):
            return subject, row
    return None


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
    if not table.rows:
        return "Voor deze tabel zijn er geen gegevens in deze kluis (zie de toelichting)."
    found = _headline(table)
    if found is None:
        return ""
    subject, row = found
    column = report.years.index(report.year)
    subject = subject[0].upper() + subject[1:]
    if row.values[column] is None:
        return f"{subject} in {_year(report)} is niet getoond om kleine aantallen te beschermen."
    text = _change(subject, row, column, report)
    largest = _largest(table, column) if row.kind == TOTAL else None
    if largest is not None:
        text += f" De grootste groep is {largest[0]} ({_number(largest[1])})."
    return text


def _year(report: AnnualReport) -> str:
    """The report's year, marked "voorlopig" while it runs."""
    note = provisional(report)
    return f"{report.year} ({note})" if note else report.year


def _change(subject: str, row: ReportRow, column: int, report: AnnualReport) -> str:
    current = row.values[column]
    year = _year(report)
    if column == 0 or row.values[column - 1] is None:
        return f"{subject} bedroeg {_number(current)} in {year}."
    before, previous = row.values[column - 1], report.years[column - 1]
    assert before is not None and current is not None
    if current == before:
        return f"{subject} is gelijk gebleven: {_number(current)} in {previous} en in {year}."
    verb = "gestegen" if current > before else "gedaald"
    text = f"{subject} is {verb} van {_number(before)} in {previous} naar {_number(current)} in "
    text += report.year
    notes = [provisional(report) or ""]
    # the percentage of the table's own "%" column (`model.change`: none from a hidden year
    # or a base of 0), so the text and the table never differ by a rounding
    percent = change(row).percent if column == len(row.values) - 1 else None
    if percent is not None:
        kind = "toename" if current > before else "afname"
        notes.append(f"een {kind} van {abs(percent)}%")
    notes = [n for n in notes if n]
    return text + (f" ({'; '.join(notes)})" if notes else "") + "."


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
