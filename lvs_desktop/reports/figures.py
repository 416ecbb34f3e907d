"""The register of annual figures (DOMAIN §7): which counting function defines each, how its
table is laid out, and its Dutch titles. The definitions themselves are the docstrings of the
counting functions, so the text a reader sees is the code's own account of what it counts.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from sqlalchemy.orm import Session

from lvs_desktop.reports.counts_absence import (
    NO_MUNICIPALITY,
    UNKNOWN,
    count_absolute_absence,
    count_relative_reports,
    count_reports_18_plus,
    count_reports_per_municipality,
)
from lvs_desktop.reports.counts_caseload import (
    count_days_to_contact,
    count_open_per_consultant,
    count_past_deadline,
)
from lvs_desktop.reports.counts_decisions import count_exemptions, count_halt, count_pvs, count_svb
from lvs_desktop.reports.counts_handover import count_handovers
from lvs_desktop.reports.counts_newcomers import count_newcomers
from lvs_desktop.reports.counts_outreach import count_matchmakers, count_outreach
from lvs_desktop.reports.counts_prevention import count_prevention
from lvs_desktop.reports.counts_problems import count_underlying_problems
from lvs_desktop.reports.counts_rmc import count_early_leavers, count_screening_17
from lvs_desktop.reports.counts_transfer import count_vo_mbo
from lvs_desktop.reports.counts_vsv import count_vsv
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import RELATIVE_REPORT_TYPES, ReportTerms
from lvs_desktop.reports.thuiszitters import count_thuiszitters

Counter = Callable[[Session, Window, Tally, ReportTerms], None]


@dataclass(frozen=True)
class Dim:
    """A dimension of a table: its header, and where its codes and Dutch labels come from:
    a reference list (`category`), the consultants, or the figure's own `labels`."""

    header: str
    category: str | None = None
    codes: tuple[str, ...] | None = None
    labels: Mapping[str, str] | None = None


@dataclass(frozen=True)
class FigureSpec:
    """One figure: its key, section and title, its dimensions and its counting function.

    `additive`: the detail rows split one whole, so a total row (and, with `subtotals`,
    a subtotal per value of the first dimension) is shown. `median`: the table shows the
    median of the figure's samples (one row) beside its counts.
    """

    key: str
    section: str
    title: str
    dims: tuple[Dim, ...]
    count: Counter
    additive: bool = True
    subtotals: bool = False
    internal: bool = False
    median_label: str | None = None

    @property
    def definition(self) -> str:
        """What the figure counts: the docstring of its counting function, as one paragraph."""
        return _definition(self.count)


@cache
def _definition(count: Counter) -> str:
    """The docstring of a counting function as one paragraph (made once: a full report lays
    out some 700 tables)."""
    return " ".join((inspect.getdoc(count) or "").split())


def _measures(**labels: str) -> Dim:
    return Dim("", labels=MappingProxyType(labels), codes=tuple(labels))


SCHOOL_TYPE = Dim(
    "Schoolsoort",
    labels=MappingProxyType(
        {
            "PO": "PO",
            "SO": "SO",
            "VSO": "VSO",
            "VO": "VO",
            "MBO": "MBO",
            "OVERIG": "overig",  # a school of another kind (register, issue 9)
            UNKNOWN: "onbekend",
        }
    ),
    codes=("PO", "SO", "VSO", "VO", "MBO", "OVERIG", UNKNOWN),
)

FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(
        "relative_reports",
        "Relatief verzuim",
        "Meldingen relatief verzuim naar soort en schoolsoort",
        (Dim("Soort melding", "report_type", RELATIVE_REPORT_TYPES), SCHOOL_TYPE),
        count_relative_reports,
        subtotals=True,
    ),
    FigureSpec(
        "reports_per_municipality",
        "Relatief verzuim",
        "Meldingen relatief verzuim per gemeente",
        (
            Dim(
                "Gemeente",
                "municipality",
                labels=MappingProxyType({NO_MUNICIPALITY: "geen gemeente"}),
            ),
        ),
        count_reports_per_municipality,
        # not published yet: with the region's total in the table above, one hidden
        # municipality could be worked back (suppression works per table, not across tables)
        internal=True,
    ),
    FigureSpec(
        "absolute_absence",
        "Absoluut verzuim",
        "Absoluut verzuim: dossiers",
        (
            _measures(
                handled="Behandeld",
                follow_up="Vervolg nodig (open op 31 juli)",
                reenrolled="Weer ingeschreven",
            ),
        ),
        count_absolute_absence,
        additive=False,
    ),
    FigureSpec(
        "handover",
        "Absoluut verzuim",
        "Absoluut verzuim: vervolgonderzoek na overdracht door de administratie",
        (
            _measures(
                handovers="Overgedragen voor vervolgonderzoek",
                reenrolled="waarvan weer ingeschreven",
            ),
        ),
        count_handovers,
        additive=False,
    ),
    FigureSpec(
        "thuiszitters",
        "Thuiszitters",
        "Thuiszitters (op de feiten)",
        (_measures(all="Thuiszitters (4 weken of langer)", long="waarvan langer dan 3 maanden"),),
        count_thuiszitters,
        additive=False,
    ),
    FigureSpec(
        "exemptions",
        "Vrijstellingen",
        "Vrijstellingen en verlof naar artikel en uitkomst",
        (Dim("Artikel", "exemption_article"), Dim("Uitkomst", "exemption_outcome")),
        count_exemptions,
        subtotals=True,
    ),
    FigureSpec(
        "pvs",
        "Handhaving",
        "Processen-verbaal naar betrokkene en soort verzuim",
        (
            Dim("Proces-verbaal", "enforcement_kind", ("pv_parent", "pv_pupil")),
            Dim("Soort verzuim", "absence_kind", ("absolute", "relative", "luxe")),
        ),
        count_pvs,
        subtotals=True,
    ),
    FigureSpec(
        "underlying_problems",
        "Relatief verzuim",
        "Onderliggende problemen in nieuwe dossiers",
        (Dim("Onderliggend probleem", "underlying_problem"),),
        count_underlying_problems,
        additive=False,
    ),
    FigureSpec(
        "halt",
        "Handhaving",
        "Halt-verwijzingen naar uitkomst",
        (Dim("Uitkomst", "enforcement_outcome", ("pending", "completed", "failed")),),
        count_halt,
    ),
    FigureSpec(
        "svb",
        "Handhaving",
        "Meldingen aan de SVB (kinderbijslag)",
        (_measures(reports="Meldingen SVB"),),
        count_svb,
        additive=False,
    ),
    FigureSpec(
        "reports_18_plus",
        "18-plus en RMC",
        "Meldingen 18-plus verzuim",
        (_measures(reports="Meldingen 18-plus verzuim"),),
        count_reports_18_plus,
        additive=False,
    ),
    FigureSpec(
        "early_leavers",
        "18-plus en RMC",
        "Voortijdig schoolverlaters",
        (
            _measures(
                left="Nieuw in beeld (school verlaten)",
                contacted="Gesproken",
                positive="Positief resultaat (onderwijs of werk)",
            ),
        ),
        count_early_leavers,
        additive=False,
    ),
    FigureSpec(
        "screening_17",
        "18-plus en RMC",
        "Screening 17-jarigen",
        (
            _measures(
                screened="Gescreend (dossier geopend)",
                approached="waarvan benaderd",
                contacted="waarvan gesproken",
            ),
        ),
        count_screening_17,
        additive=False,
    ),
    FigureSpec(
        "vo_mbo",
        "18-plus en RMC",
        "Overstap VO–MBO: zonder mbo-inschrijving op de overstapdatum",
        (
            _measures(
                without_mbo="VO verlaten zonder mbo-inschrijving",
                guided="waarvan begeleid door LVS",
            ),
        ),
        count_vo_mbo,
        additive=False,
    ),
    FigureSpec(
        "vsv",
        "18-plus en RMC",
        "Voortijdig schoolverlaters (DUO, jaar ervoor)",
        (
            _measures(
                leavers="Nieuwe voortijdig schoolverlaters (DUO)",
                participants="Deelnemers 12-23 jaar (noemer)",
            ),
        ),
        count_vsv,
        additive=False,
    ),
    FigureSpec(
        "prevention",
        "Preventie",
        "Preventieve activiteiten naar soort",
        (Dim("Soort activiteit", "prevention_kind"),),
        count_prevention,
    ),
    FigureSpec(
        "outreach",
        "18-plus en RMC",
        "RMC-trajecten: jongeren per fase",
        (
            _measures(
                in_beeld="In beeld",
                benaderd="Benaderd",
                gesproken="Gesproken",
                traject="Traject",
                uitgestroomd="Uitgestroomd",
                positive="waarvan positief (school, werk, leren en werken)",
            ),
        ),
        count_outreach,
        additive=False,
    ),
    FigureSpec(
        "matchmakers",
        "18-plus en RMC",
        "MatchMakers: uitstroom naar bestemming",
        (Dim("Bestemming", "outreach_destination"),),
        count_matchmakers,
    ),
    FigureSpec(
        "newcomers",
        "Absoluut verzuim",
        "Nieuwkomers in beeld en niet ingeschreven op 31 juli",
        (_measures(in_view="In beeld", not_enrolled="waarvan niet ingeschreven"),),
        count_newcomers,
        additive=False,
    ),
    FigureSpec(
        "open_per_consultant",
        "Werkvoorraad",
        "Open dossiers per consulent op 31 juli",
        (Dim("Consulent", "consultant"),),
        count_open_per_consultant,
        internal=True,
    ),
    FigureSpec(
        "past_deadline",
        "Werkvoorraad",
        "Open dossiers met een verlopen termijn op 31 juli",
        (
            _measures(
                any="Dossiers met een verlopen termijn",
                task="waarvan taak over de datum",
                first_contact="waarvan eerste contact te laat",
            ),
        ),
        count_past_deadline,
        additive=False,
        internal=True,
    ),
    FigureSpec(
        "days_to_contact",
        "Werkvoorraad",
        "Van melding tot eerste contact",
        (_measures(**{"with": "Dossiers met contact", "without": "Dossiers nog zonder contact"}),),
        count_days_to_contact,
        internal=True,
        median_label="Mediaan aantal dagen tot eerste contact",
    ),
)

FIGURES_BY_KEY: Mapping[str, FigureSpec] = MappingProxyType({f.key: f for f in FIGURES})
