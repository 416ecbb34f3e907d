"""RMC figures: early school leavers (18–23) and the 17-year-old screening, counted over
the narrow per-case facts read once (`reports.facts`).

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.models.rules import outreach
from lvs_desktop.reports import facts
from lvs_desktop.reports.grouped import fetch, marks
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

EARLY_LEAVER = "early_school_leaver"
SCREENING = "screening_17"


def count_early_leavers(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Voortijdig schoolverlaters (niet-verwijderde dossiers van dat soort).
    Nieuw in beeld (school verlaten): dossiers geopend in het schooljaar.
    Gesproken: dossiers met ten minste één gesprek in het schooljaar (een contactpoging of
    uitnodiging telt niet); wie in twee jaren gesproken is, telt in beide.
    Positief resultaat: dossiers gesloten in het schooljaar met een reden die onderwijs of
    werk betekent (terug naar school, ander onderwijs, werk; een instelling)."""
    years = sorted(y.start_year for y in window.years)
    for case in facts.cases_of_kind(session, tally, EARLY_LEAVER):
        opened = window.year_of(case.opened_on)  # the school year if the window holds it
        if opened is not None:
            tally.add("early_leavers", opened.start_year, case.municipality_id, ("left",))
        if case.closed_on is not None and case.closing_reason in terms.positive_reasons:
            closed = window.year_of(case.closed_on)
            if closed is not None:
                tally.add("early_leavers", closed.start_year, case.municipality_id, ("positive",))
    # the (case, school year) pairs with a conversation: the cases of the kind by its index,
    # then their contact facts by case and year
    talked_sql = f"""
    SELECT f.school_year, c.municipality_id, count(*)
    FROM {facts.case_table(tally)} AS c CROSS JOIN {facts.fact_table(tally)} AS f
      ON f.case_id = c.case_id
    WHERE c.kind = ? AND f.conversation AND f.school_year >= ? AND f.school_year <= ?
    GROUP BY 1, 2
    """
    if years:
        params = [EARLY_LEAVER, years[0], years[-1]]
        for year, municipality, n in fetch(session, talked_sql, params):
            tally.add("early_leavers", year, municipality, ("contacted",), n)


#: outreach phases that mean the youth was approached ("benaderd" and the phases that
#: presuppose it, `models.rules.outreach.PRESUPPOSES`)
APPROACHED_PHASES = tuple(
    p for p in outreach.PHASES if p == "benaderd" or "benaderd" in outreach.PRESUPPOSES[p]
)
STEPPED_SQL = (
    "SELECT DISTINCT case_id FROM outreach_step WHERE deleted = 0 AND phase IN ("
    + ", ".join(f"'{p}'" for p in APPROACHED_PHASES)  # our own phase codes
    + ")"
)
#: the cases among `{ids}` with a live contact of any kind (by the contact's case index)
CONTACTED_SQL = (
    "SELECT DISTINCT case_id FROM contact WHERE case_id IN ({ids})"
    " AND deleted = 0 AND voided_on IS NULL"
)
CHUNK = 500  # case ids per IN list


def count_screening_17(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Screening 17-jarigen: niet-verwijderde dossiers van het soort screening 17-jarige
    die in het schooljaar zijn geopend (gescreend); daarvan de dossiers die tot nu toe
    benaderd zijn: met een vastgelegd contact van welk soort ook (uitnodiging, contactpoging
    of gesprek; niet ingetrokken) of een outreachstap 'benaderd' of verder (waarvan
    benaderd); en daarvan de dossiers met tot nu toe ten minste één gesprek (geen
    contactpoging of uitnodiging): waarvan gesproken."""
    talked_sql = (  # the cases of the kind with a conversation in any school year
        f"SELECT DISTINCT c.case_id FROM {facts.case_table(tally)} AS c"
        f" CROSS JOIN {facts.fact_table(tally)} AS f ON f.case_id = c.case_id"
        " WHERE c.kind = ? AND f.conversation"
    )
    talked = {case_id for (case_id,) in fetch(session, talked_sql, [SCREENING])}
    screened = [
        (c, year.start_year)
        for c in facts.cases_of_kind(session, tally, SCREENING)
        if (year := window.year_of(c.opened_on)) is not None  # the window holds the year
    ]
    approached = _approached(session, [c.id for c, _ in screened])
    for case, opened in screened:
        tally.add("screening_17", opened, case.municipality_id, ("screened",))
        if case.id in approached:
            tally.add("screening_17", opened, case.municipality_id, ("approached",))
        if case.id in talked:
            tally.add("screening_17", opened, case.municipality_id, ("contacted",))


def _approached(session: Session, ids: list[str]) -> set[str]:
    """Of the cases `ids`: those with a live contact, or an outreach step benaderd or later."""
    if not ids:
        return set()
    out = {case_id for (case_id,) in fetch(session, STEPPED_SQL)}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        out |= {c for (c,) in fetch(session, CONTACTED_SQL.format(ids=marks(chunk)), chunk)}
    return out
