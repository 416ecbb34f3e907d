"""Opening case files for people on a register list ("Dossier openen"), one or many at once.

Per person, in one transaction for all: the youth is found by BSN (never by name) or made from
the register row (name, birth date, address, municipality: what the list knows), and a case of
the list's kind is opened under this vault owner's reference code (as the intake inbox does,
so references stay unique across laptops), assigned to the consultant the roster proposes by
the one rule the intake inbox uses too (`services.intake.proposal`: school, then municipality
of residence, then the school's municipality), else to this vault's owner. A person who
already has an open case of that kind is left as is and counted *unchanged*.

Which kind each list opens (DOMAIN §1–2, GLOSSARY; `CASE_KIND`):

* `not-enrolled`, `deregistered`: absolute verzuim (under a duty, not enrolled). A case from
  the not-enrolled list is the administration's hand-over for *vervolgonderzoek*: it gets a
  report (`Report`) of type "absolute", dated the list day, from the reporter
  `HANDOVER_REPORTER` with the function `HANDOVER_FUNCTION`; counting those reports counts
  the hand-overs (no schema change; the report travels with the case).
* `screening-17`: the 17-year-old screening.
* `rmc`: the RMC target group (18 up to 23, no startkwalificatie, not enrolled) is RMC
  outreach (`rmc_outreach`, O1's dated phases): the case starts with the step "in beeld"
  dated the list day, the day the list brought the young person in view.
* `early-leavers`, `vo-mbo`: new voortijdig schoolverlaters (the kind the annual report's
  early-leaver table counts as "nieuw in beeld"), also with the step "in beeld" on the list
  day when the young person is in the outreach age (16 up to 23) on that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Consultant,
    OutreachStep,
    RegisterResident,
    Report,
    UserError,
    Youth,
)
from lvs_desktop.models.rules import outreach as outreach_rules
from lvs_desktop.models.rules.register_lists import HANDOVER_FUNCTION, HANDOVER_REPORTER
from lvs_desktop.services.cases import next_reference
from lvs_desktop.services.intake.proposal import Roster
from lvs_desktop.services.register.lists import LIST_TITLES
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

CASE_KIND = {
    "not-enrolled": "absolute_absence",
    "deregistered": "absolute_absence",
    "screening-17": "screening_17",
    "rmc": "rmc_outreach",
    "early-leavers": "early_school_leaver",
    "vo-mbo": "early_school_leaver",
}
IN_VIEW_LISTS = frozenset({"rmc", "early-leavers", "vo-mbo"})  # first outreach step on the day
HANDOVER_LISTS = frozenset({"not-enrolled"})  # the administration's hand-over


@dataclass
class OpenedCases:
    opened: list[str]  # case references
    unchanged: int
    summary: ChangeSummary
    assigned: dict[str, str] = field(default_factory=dict)  # reference -> consultant's name

    def counts_line(self) -> str:
        return f"{len(self.opened)} dossier(s) geopend, {self.unchanged} had(den) er al een."

    def assigned_lines(self) -> list[str]:
        """One line per opened case: its reference and the consultant who got it."""
        return [f"{ref} → {self.assigned.get(ref, '?')}" for ref in self.opened]


def open_cases(vault: Vault, list_name: str, bsns: Iterable[str], opened_on: date) -> OpenedCases:
    """Open a case of the list's kind for each BSN (a resident of the register)."""
    if list_name not in LIST_TITLES:
        raise UserError(f"Onbekende lijst '{list_name}'.")
    wanted = list(dict.fromkeys(bsns))
    if not wanted:
        raise UserError("Kies minstens één persoon op de lijst.")
    kind = CASE_KIND[list_name]
    opened: list[str] = []
    assigned: dict[str, str] = {}
    unchanged = 0
    with UnitOfWork(vault, "open_case_from_register") as uow:
        s = uow.session
        owner = get_live(s, Consultant, vault.owner_id or "", "Consulent")
        roster = Roster.read(s)
        names = {i: n for i, n in s.execute(select(Consultant.id, Consultant.name))}
        for bsn in wanted:
            resident = s.scalars(
                select(RegisterResident).where(RegisterResident.bsn == bsn)
            ).first()
            if resident is None:
                raise UserError(
                    "Deze persoon staat niet (meer) in het register; er is niets geopend."
                )
            youth = s.scalars(select(Youth).where(Youth.bsn == bsn, ~Youth.deleted)).first()
            if youth is None:
                youth = Youth(
                    bsn=bsn,
                    given_names=resident.given_names,
                    surname_prefix=resident.surname_prefix,
                    surname=resident.surname,
                    birth_date=resident.birth_date,
                    street=resident.street,
                    house_number=resident.house_number,
                    postcode=resident.postcode,
                    city=resident.city,
                    municipality_id=resident.municipality_id,
                )
                s.add(youth)
                s.flush()
            elif s.scalar(
                select(Case.id).where(
                    Case.youth_id == youth.id,
                    Case.kind == kind,
                    Case.status != "afgesloten",
                    ~Case.deleted,
                )
            ):
                unchanged += 1
                continue
            case = Case(
                reference=next_reference(s, opened_on.year, owner.code),
                youth_id=youth.id,
                consultant_id=roster.propose(youth.school_id, resident.municipality_id) or owner.id,
                kind=kind,
                status="in_behandeling",
                opened_on=opened_on,
                municipality_id=youth.municipality_id,
                school_id=youth.school_id,
            )
            s.add(case)
            s.flush()
            _first_steps(s, list_name, case, youth, opened_on)
            opened.append(case.reference)
            assigned[case.reference] = names.get(case.consultant_id, "?")
        summary = uow.commit(f"{len(opened)} dossier(s) geopend uit de lijst.")
        return OpenedCases(opened, unchanged, summary, assigned)


def _first_steps(s: Session, list_name: str, case: Case, youth: Youth, on: date) -> None:
    """What a case from this list starts with: the hand-over report, the step "in beeld"."""
    if list_name in HANDOVER_LISTS:
        s.add(
            Report(
                case_id=case.id,
                report_type="absolute",
                received_on=on,
                reporter_name=HANDOVER_REPORTER,
                reporter_function=HANDOVER_FUNCTION,
                suspected_reason=f"{LIST_TITLES[list_name]}: lijst van {on:%d-%m-%Y}.",
            )
        )
    if list_name in IN_VIEW_LISTS and (
        outreach_rules.age_problem(youth.birth_date, on, youth.startkwalificatie_on, None) is None
    ):
        s.add(
            OutreachStep(
                case_id=case.id,
                consultant_id=case.consultant_id,
                phase=outreach_rules.FIRST_PHASE,
                taken_on=on,
                note=f"In beeld via de lijst '{LIST_TITLES[list_name]}'.",
            )
        )
