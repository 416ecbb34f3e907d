"""The PV-specific facts of a case: suspect and role, offence period and place, interrogation,
help offered and Halt history. The legal qualification is chosen later by `pv.qualify`.

The verhoor is the suspect's OWN (issue 11, defect 1): a contact marked as verhoor whose
`heard_role`/`heard_guardian_id` names this suspect; another person's verhoor is never his
statement. A parent has one legal role in the PV: gezag, or else feitelijke verzorging.
Absolute absence (art. 2 lid 1, not enrolled) has no absence hours: the period runs from the
first known day not enrolled to the PV's date, and the findings are the enquiry letters and
the contacts (defect 6).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import object_session

from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Interrogation, LetterFacts, ProcesVerbaal, SentLetter
from lvs_desktop.letters.history import (
    ParentHistory,
    om_term_warnings,
    parent_history,
    youth_history,
)
from lvs_desktop.letters.people import guardian_person, live_guardians, relation_word, youth_facts
from lvs_desktop.models import Case, Contact, Guardian, RegionSetting
from lvs_desktop.models.region import region_setting_id

if TYPE_CHECKING:
    from lvs_desktop.letters.context import LetterRequest

ABSENCE_BY_CASE_KIND = {"luxe": "luxe", "absolute_absence": "absolute"}
ATTACHMENTS = ("Afschriften van de meldingen van verzuim", "Afschriften van de verzonden brieven")


#: The region setting with its confirmed wording of the pupil's kwalificatieplicht article.
PUPIL_KWALIFICATIEPLICHT_KEY = "pv_article_pupil_kwalificatieplicht"
ENQUIRY_KIND = "absolute-enquiry"


def _heard(c: Contact, guardian_id: str | None) -> bool:
    """Whether this verhoor heard the suspect: the guardian by id, or the youth himself."""
    if guardian_id is not None:
        return c.heard_role == "guardian" and c.heard_guardian_id == guardian_id
    return c.heard_role == "youth"


def _counsel(c: Contact) -> str:
    if c.counsel == "waived":
        return (
            "gewezen op het recht op consultatie van en bijstand door een advocaat; "
            "verdachte heeft daarvan afstand gedaan"
        )
    if c.counsel == "present":
        return f"advocaat aanwezig: {c.counsel_name}" if c.counsel_name else "advocaat aanwezig"
    return ""


def _interrogation(
    case: Case, guardian_id: str | None, heard_name: str
) -> tuple[Interrogation | None, int]:
    """The suspect's own latest verhoor, and how many verhoren of others the case holds."""
    verhoren = [c for c in case.contacts if c.is_live and c.is_interrogation]
    own = [c for c in verhoren if _heard(c, guardian_id)]
    others = len(verhoren) - len(own)
    if not own:
        return None, others
    c = max(own, key=lambda c: c.occurred_at)
    holder = c.consultant
    return (
        Interrogation(
            held_at=c.occurred_at,
            location=c.location or "",
            present=c.participants or "",
            cautie_given=c.cautie_given,
            counsel=_counsel(c),
            statement=c.statement or "",
            heard_name=heard_name,
            held_by=holder.name if holder is not None else "",
            by_verbalisant=c.consultant_id == case.consultant_id,
            suspicion_explained=c.suspicion_explained,
            interpreter=c.interpreter or "",
            read_back=c.read_back,
            signature=c.signature or "",
        ),
        others,
    )


def _parent_role(g: Guardian) -> tuple[str, str]:
    """One legal role per parent (art. 2 lid 1 Lpw names both): gezag first, else the
    feitelijke verzorging; neither makes no suspect."""
    if g.has_authority:
        return "gezag", "met gezag"
    if g.is_carer:
        return "verzorging", "verzorgt de jongere feitelijk (zonder gezag)"
    raise LetterError(
        [
            "een ouder met gezag of die de jongere feitelijk verzorgt als verdachte (deze "
            "ouder heeft geen van beide)"
        ],
        kind="proces-verbaal",
    )


def _region_article(case: Case) -> str:
    session = object_session(case)
    row = (
        session.get(RegionSetting, region_setting_id(PUPIL_KWALIFICATIEPLICHT_KEY))
        if session
        else None
    )
    if row is None or row.deleted:
        return ""
    value = row.get()
    return value.strip() if isinstance(value, str) else ""


def _enquiries(case: Case, on: date, titles: Mapping[str, str]) -> tuple[SentLetter, ...]:
    """The absolute-absence enquiry letters of the case (one per date), up to the PV's date."""
    seen: dict[date, SentLetter] = {}
    for x in sorted(case.letters, key=lambda x: (x.sent_on, x.created_at)):
        if x.is_live and x.kind == ENQUIRY_KIND and x.sent_on <= on:
            seen.setdefault(
                x.sent_on,
                SentLetter(
                    kind=x.kind,
                    title=titles.get(x.kind, "Brief: bij welke school is uw kind ingeschreven?"),
                    sent_on=x.sent_on,
                    posted_on=x.posted_on,
                ),
            )
    return tuple(seen.values())


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
    parent_role = "gezag"
    if request.suspect_guardian_id:
        g = next(
            (g for g in live_guardians(case.youth) if g.id == request.suspect_guardian_id), None
        )
        if g is None:
            raise LetterError(["de ouder die verdachte is (niet gevonden bij deze jeugdige)"])
        suspect = guardian_person(g)
        role = "parent"
        parent_role, role_text = _parent_role(g)
        relation = f"{relation_word(g, labels.get('guardian_relation'))}, {role_text}"
    else:
        suspect, role, relation = facts.pupil, "pupil", "de leerling zelf"
    absence = ABSENCE_BY_CASE_KIND.get(case.kind, "relative")
    periods = facts.absence_periods
    school = facts.pupil.school
    place = (case.municipality.name if case.municipality else "") or (
        school.address.city if school and school.address else ""
    )
    start = min((p.start for p in periods), default=None)
    end = max((p.end for p in periods), default=None)
    enquiries: tuple[SentLetter, ...] = ()
    if absence == "absolute":  # not enrolled: from the first known day to the PV's date
        enquiries = _enquiries(case, facts.letter_date, labels.get("letter_kind", {}))
        known = [d for d in (start, case.opened_on) if d is not None]
        start, end = min(known), facts.letter_date
        youth_city = case.youth.city or ""
        place = place or (youth_city.title() if youth_city.isupper() else youth_city)
    verhoor, others = _interrogation(case, request.suspect_guardian_id, suspect.full_name)
    on = request.letter_date
    parent = (
        parent_history(case, request.suspect_guardian_id, on, labels)
        if request.suspect_guardian_id
        else ParentHistory()
    )
    posted = any(x.posted_on for x in (*facts.letters_sent, *enquiries))
    return ProcesVerbaal(
        number=number or f"{case.reference}-PV1",
        suspect=suspect,
        suspect_role=role,
        suspect_relation=relation,
        parent_role=parent_role,
        absence_kind=absence,
        offence_place=place,
        offence_start=start,
        offence_end=end,
        interrogation=verhoor,
        other_verhoren=others,
        duty_facts=youth_facts(case.youth),
        pupil_kwalificatieplicht_article=_region_article(case),
        enquiries=enquiries,
        help_offered=_help_offered(case, labels),
        halt_history="\n".join(youth_history(case, on, labels)),
        parent_history="\n".join(parent.lines),
        copy_to_raad=parent.convicted,
        om_warnings=om_term_warnings(case, on),
        override_reason=(request.override_reason or "").strip(),
        attachments=ATTACHMENTS if posted else ATTACHMENTS[:1],  # no copies when none were sent
    )
