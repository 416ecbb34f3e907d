"""The PV-specific facts of a case: suspect and role, offence period and place, interrogation,
help offered and Halt history. The legal qualification is chosen later by `pv.qualify`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Interrogation, LetterFacts, ProcesVerbaal
from lvs_desktop.letters.history import (
    ParentHistory,
    om_term_warnings,
    parent_history,
    youth_history,
)
from lvs_desktop.letters.people import guardian_person, live_guardians
from lvs_desktop.models import Case

if TYPE_CHECKING:
    from lvs_desktop.letters.context import LetterRequest

ABSENCE_BY_CASE_KIND = {"luxe": "luxe", "absolute_absence": "absolute"}
ATTACHMENTS = ("Afschriften van de meldingen van verzuim", "Afschriften van de verzonden brieven")


def _interrogation(case: Case) -> Interrogation | None:
    heard = [c for c in case.contacts if c.is_live and c.is_interrogation]
    if not heard:
        return None
    c = max(heard, key=lambda c: c.occurred_at)
    return Interrogation(
        held_at=c.occurred_at,
        location=c.location or "",
        present=c.participants or "",
        cautie_given=c.cautie_given,
        statement=c.statement or "",
    )


def _help_offered(case: Case, labels: Mapping[str, Mapping[str, str]]) -> str:
    routes = labels.get("mas_route", {})
    lines = [
        f"{dutch_date(d.decided_on)}: {routes.get(d.route, d.route)}"
        + (f" — {d.rationale.strip()}" if d.rationale.strip() else "")
        for d in case.route_decisions
        if d.is_live and d.route == "voluntary_care"
    ]
    return "\n".join(lines)


def pv_facts(
    case: Case,
    request: LetterRequest,
    facts: LetterFacts,
    labels: Mapping[str, Mapping[str, str]],
    number: str,
) -> ProcesVerbaal:
    """The suspect is the chosen parent, or else the pupil himself. The kind of absence follows
    the case (a luxe or absolute-absence case, else relative), so that a finalised PV is drawn
    with the same qualification as its draft."""
    if request.suspect_guardian_id:
        g = next(
            (g for g in live_guardians(case.youth) if g.id == request.suspect_guardian_id), None
        )
        if g is None:
            raise LetterError(["de ouder die verdachte is (niet gevonden bij deze jeugdige)"])
        suspect = guardian_person(g)
        role = "parent"
        parts = [suspect.relation or "ouder", "met gezag" if g.has_authority else "zonder gezag"]
        if g.is_carer:
            parts.append("verzorgt de jeugdige")
        relation = ", ".join(parts)
    else:
        suspect, role, relation = facts.pupil, "pupil", "de leerling zelf"
    periods = facts.absence_periods
    school = facts.pupil.school
    place = (case.municipality.name if case.municipality else "") or (
        school.address.city if school and school.address else ""
    )
    on = request.letter_date
    parent = (
        parent_history(case, request.suspect_guardian_id, on, labels)
        if request.suspect_guardian_id
        else ParentHistory()
    )
    return ProcesVerbaal(
        number=number or f"{case.reference}-PV1",
        suspect=suspect,
        suspect_role=role,
        suspect_relation=relation,
        absence_kind=ABSENCE_BY_CASE_KIND.get(case.kind, "relative"),
        offence_place=place,
        offence_start=min((p.start for p in periods), default=None),
        offence_end=max((p.end for p in periods), default=None),
        interrogation=_interrogation(case),
        help_offered=_help_offered(case, labels),
        halt_history="\n".join(youth_history(case, on, labels)),
        parent_history="\n".join(parent.lines),
        copy_to_raad=parent.convicted,
        om_warnings=om_term_warnings(case, on),
        override_reason=(request.override_reason or "").strip(),
        attachments=ATTACHMENTS,
    )
