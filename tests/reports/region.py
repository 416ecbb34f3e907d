"""A constructed region where every annual figure is known by construction.

Report year 2021-2022 (with 2019-2020 and 2020-2021 beside it), drawn up on 28 November 2026.
Two municipalities (Dordrecht, Gorinchem), a PO school in Dordrecht and a VO school in
Gorinchem, two consultants (the vault owner JV and a colleague AB whose cases arrived "by
merge"). The EXPECTED table at the bottom lists every figure the tests check, with why.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from lvs_desktop.models import (
    Case,
    Consultant,
    Enforcement,
    Exemption,
    Municipality,
    Report,
    School,
)
from lvs_desktop.services import cases, contacts, decisions
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.store import Vault
from tests.builders import make_guardian, make_youth

AS_OF = date(2026, 11, 28)
D, G = "Dordrecht", "Gorinchem"


class Region:
    """Small steps to build the region through the services (as a user would)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        with vault.session() as s:
            self.mun = {D: Municipality(name=D, cbs_code="0505"), G: Municipality(name=G)}
            s.add_all(self.mun.values())
            s.flush()
            self.po = School(
                name="Basisschool De Vlieger", school_type="PO", municipality_id=self.mun[D].id
            )
            self.vo = School(
                name="Lyceum Het Anker", school_type="VO", municipality_id=self.mun[G].id
            )
            self.colleague = Consultant(name="Ahmed Bakker", code="AB")
            s.add_all([self.po, self.vo, self.colleague])
            s.commit()
            self.ids = {k: v.id for k, v in self.mun.items()}
            self.school = {"PO": self.po.id, "VO": self.vo.id}
            self.ab = self.colleague.id

    def youth(self, born: date, municipality: str, school: str | None = None) -> str:
        return make_youth(
            self.vault,
            bsn=None,
            birth_date=born,
            municipality_id=self.ids[municipality],
            school_id=self.school[school] if school else None,
        )

    def case(
        self,
        youth: str,
        kind: str,
        opened: date,
        *,
        by_colleague: bool = False,
        report: ReportInput | None = None,
    ) -> str:
        summary = cases.open_case(
            self.vault,
            youth,
            kind,
            opened,
            report=report,
            today=AS_OF,
            consultant_id=self.ab if by_colleague else None,
        )
        return summary.first("case_file")

    def report(
        self,
        case_id: str,
        kind: str,
        received: date,
        start: date | None = None,
        end: date | None = None,
        all_missed: bool = False,
    ) -> str:
        data = ReportInput(
            kind, received, start, end, hours_absent=20.0, all_lessons_missed=all_missed
        )
        return cases.add_report(self.vault, case_id, data, today=AS_OF).first("report")

    def close(self, case_id: str, on: date, reason: str) -> None:
        cases.close_case(self.vault, case_id, on, reason, "seen", today=AS_OF)

    def talk(self, case_id: str, on: date, kind: str = "conversation") -> None:
        contacts.log_contact(
            self.vault,
            case_id,
            ContactInput(datetime.combine(on, time(10)), "phone", kind=kind, summary="Gesprek."),
        )

    def exemption(
        self,
        case_id: str,
        article: str,
        received: date,
        outcome: str = "pending",
        starts: date | None = None,
        ends: date | None = None,
    ) -> str:
        decided = received if outcome != "pending" else None
        data = ExemptionInput(article, received, starts, ends, outcome, decided)
        return decisions.record_exemption(self.vault, case_id, data).first("exemption")

    def enforce(
        self,
        case_id: str,
        kind: str,
        on: date,
        absence: str = "relative",
        outcome: str = "pending",
        guardian: str | None = None,
    ) -> str:
        data = EnforcementInput(kind, on, absence, guardian, outcome=outcome)
        return decisions.record_enforcement(self.vault, case_id, data).first("enforcement")

    def delete(self, entity: type, row_id: str) -> None:
        with self.vault.session() as s:
            s.get_one(entity, row_id).deleted = True
            s.commit()

    def move(self, youth_id: str, municipality: str) -> None:
        from lvs_desktop.models import Youth

        with self.vault.session() as s:
            s.get_one(Youth, youth_id).municipality_id = self.ids[municipality]
            s.commit()


def build(vault: Vault) -> None:
    r = Region(vault)
    # -- relative absence reports; a case spanning 31 July / 1 August ---------------------
    y1 = r.youth(date(2011, 3, 1), D, "PO")
    c1 = r.case(
        y1, "relative_absence", date(2021, 7, 31), report=ReportInput("16_hours", date(2021, 7, 31))
    )  # 2020-21, D, PO
    r.report(c1, "16_hours", date(2021, 8, 1))  # 2021-22, D, PO
    # colleague's case ("merged"), Gorinchem VO: luxe; a deleted report; a deleted case
    y2 = r.youth(date(2008, 5, 1), G, "VO")
    g2 = make_guardian(vault, y2)
    c2 = r.case(
        y2,
        "luxe",
        date(2021, 10, 10),
        by_colleague=True,
        report=ReportInput("luxe", date(2021, 10, 10)),
    )  # 2021-22, G, VO
    r.delete(Report, r.report(c2, "luxe", date(2021, 11, 1)))  # not counted
    c2x = r.case(
        y2,
        "relative_absence",
        date(2021, 11, 5),
        by_colleague=True,
        report=ReportInput("other", date(2021, 11, 5)),
    )
    r.delete(Case, c2x)  # not counted
    # a youth who moved: first case in Dordrecht, the next one after the move in Gorinchem
    y3 = r.youth(date(2007, 9, 1), D, "VO")
    r.case(
        y3, "relative_absence", date(2021, 9, 1), report=ReportInput("16_hours", date(2021, 9, 1))
    )  # 2021-22, D, VO
    r.move(y3, G)
    r.case(
        y3,
        "relative_absence",
        date(2022, 2, 1),
        report=ReportInput(
            "long_term_relative", date(2022, 2, 1), date(2022, 1, 3), date(2022, 1, 28)
        ),
    )  # 2021-22, G, VO
    # -- 18-plus and early school leavers ---------------------------------------------------
    y4 = r.youth(date(2002, 6, 1), D)
    r.case(y4, "absence_18_plus", date(2022, 3, 1), report=ReportInput("18_plus", date(2022, 3, 1)))
    e1 = r.case(y4, "early_school_leaver", date(2021, 9, 1))
    r.talk(e1, date(2021, 9, 10))
    r.close(e1, date(2022, 3, 1), "back_to_school")
    y15 = r.youth(date(2002, 1, 1), G)
    e2 = r.case(y15, "early_school_leaver", date(2021, 5, 1))  # 2020-21
    r.talk(e2, date(2021, 5, 10), kind="attempt")
    r.talk(e2, date(2021, 8, 15))  # spoken 2021-22
    # -- absolute absence (also stretches at home for the thuiszitter count) ----------------
    y5 = r.youth(date(2007, 1, 1), D)
    a1 = r.case(y5, "absolute_absence", date(2021, 6, 1))
    r.close(a1, date(2021, 9, 15), "back_to_school")
    y6 = r.youth(date(2012, 2, 1), G)
    a2 = r.case(y6, "absolute_absence", date(2021, 10, 1))  # never closed
    y6b = r.youth(date(2010, 2, 1), D)
    a3 = r.case(y6b, "absolute_absence", date(2021, 9, 1))
    r.close(a3, date(2021, 9, 20), "enrolment_ended_work")  # 20 days only
    # -- thuiszitters on the facts -----------------------------------------------------------
    y7 = r.youth(date(2009, 4, 1), D)
    t1 = r.case(y7, "relative_absence", date(2021, 9, 27))
    r.report(t1, "16_hours", date(2021, 9, 27), date(2021, 9, 6), date(2021, 9, 24), True)
    r.report(t1, "16_hours", date(2021, 10, 11), date(2021, 9, 27), date(2021, 10, 8), True)
    y8 = r.youth(date(2008, 10, 1), G)
    t2 = r.case(y8, "thuiszitter", date(2021, 11, 1))
    r.report(t2, "long_term_relative", date(2021, 11, 1), date(2021, 11, 1), date(2022, 1, 31))
    r.exemption(t2, "5a", date(2021, 11, 15), "afgegeven", date(2021, 11, 20), date(2022, 7, 31))
    y9 = r.youth(date(2006, 8, 1), G)
    t3 = r.case(y9, "thuiszitter", date(2022, 3, 1))
    r.report(t3, "long_term_relative", date(2022, 3, 1), date(2022, 3, 1), date(2022, 4, 15))
    r.close(t3, date(2022, 5, 1), "no_absence_ill")
    y10 = r.youth(date(2010, 1, 1), D)
    t4 = r.case(y10, "thuiszitter", date(2022, 1, 10))  # label only
    r.report(t4, "16_hours", date(2022, 1, 10), date(2022, 1, 3), date(2022, 1, 12), True)
    y11 = r.youth(date(2002, 3, 1), D)
    t5 = r.case(y11, "absence_18_plus", date(2022, 2, 1))  # 19: no duty
    r.report(t5, "long_term_relative", date(2022, 2, 1), date(2021, 12, 1), date(2022, 1, 31))
    y12 = r.youth(date(2013, 6, 1), D)
    t6 = r.case(y12, "relative_absence", date(2022, 7, 1))
    r.report(t6, "16_hours", date(2022, 7, 1), date(2022, 7, 1), date(2022, 9, 30), True)
    y13 = r.youth(date(2009, 6, 1), G)
    t7 = r.case(y13, "relative_absence", date(2022, 1, 3))
    r.delete(
        Report,
        r.report(t7, "long_term_relative", date(2022, 1, 3), date(2022, 1, 3), date(2022, 3, 1)),
    )  # deleted
    # -- exemptions ---------------------------------------------------------------------------
    y14 = r.youth(date(2012, 9, 1), D)
    x = r.case(y14, "exemption", date(2021, 7, 1))
    r.exemption(x, "5b", date(2021, 7, 31), "afgewezen")  # 2020-21
    r.exemption(x, "5b", date(2021, 8, 1), "afgegeven")  # 2021-22
    r.delete(Exemption, r.exemption(x, "5c", date(2021, 9, 1), "afgegeven"))  # deleted
    r.exemption(x, "11g", date(2022, 5, 1))  # pending
    # -- enforcement ---------------------------------------------------------------------------
    r.enforce(c2, "pv_parent", date(2021, 12, 1), guardian=g2)
    r.enforce(c2, "pv_pupil", date(2022, 1, 10))
    r.enforce(a2, "pv_parent", date(2022, 2, 1), "absolute", guardian=make_guardian(vault, y6))
    r.delete(Enforcement, r.enforce(c2, "pv_pupil", date(2022, 2, 10)))
    r.enforce(t1, "halt", date(2021, 11, 1), outcome="completed")
    r.enforce(c2, "halt", date(2022, 7, 31))
    r.enforce(c2, "halt", date(2022, 8, 1))  # 2022-23
    r.enforce(c2, "svb_report", date(2022, 3, 1))
    # -- 17-year-old screening --------------------------------------------------------------------
    y16 = r.youth(date(2004, 8, 1), D)
    s1 = r.case(y16, "screening_17", date(2022, 4, 1))
    r.talk(s1, date(2022, 4, 20))
    y17 = r.youth(date(2004, 9, 1), G)
    r.case(y17, "screening_17", date(2022, 5, 1), by_colleague=True)


def live_case_spans(vault: Vault) -> list[tuple[str, date, date | None]]:
    """(consultant name, opened, closed) of every live case: to state the caseload figure."""
    with vault.session() as s:
        names = {i: n for i, n in s.execute(select(Consultant.id, Consultant.name))}
        rows = s.execute(
            select(Case.consultant_id, Case.opened_on, Case.closed_on).where(~Case.deleted)
        ).all()
    return [(names[c], o, cl) for c, o, cl in rows]
