"""What a letter may say about the last conversation (issue 11, defect 8).

Who was at the conversation is recorded on the contact (`Contact.guardians_present`: guardian
ids), never read from the free-text participants: a parent who was not there gets the
informational agreements letter, not "wij hebben met elkaar gesproken". The agreements print
who does what by when: the text as agreed (it names who) and the due date of its task. Dossier
notes (summaries) never go into a letter: they may hold health data.
"""

from __future__ import annotations

from datetime import date

from lvs_desktop.letters.facts import AgreementItem
from lvs_desktop.models import Case, Contact

YOUNG_CHILD_AGE = 12  # the child is invited to a conversation from 12, unless asked


def present_ids(contact: Contact) -> frozenset[str]:
    """The guardian ids recorded as present at a contact."""
    raw = contact.guardians_present or ""
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


def encode_present(ids: list[str] | tuple[str, ...] | frozenset[str]) -> str | None:
    """The stored form: sorted, comma-separated (None when nobody is recorded)."""
    return ",".join(sorted(set(ids))) or None


def last_talk(case: Case) -> Contact | None:
    """The last live conversation with agreements (the one an agreements letter confirms)."""
    talks = [
        c
        for c in case.contacts
        if c.is_live and c.kind == "conversation" and (c.agreements or "").strip()
    ]
    return talks[-1] if talks else None


def agreement_items(case: Case) -> tuple[AgreementItem, ...]:
    """The agreements of the last conversation with the due dates of their tasks."""
    talk = last_talk(case)
    if talk is None:
        return ()
    due = {t.description.strip(): t.due_on for t in case.tasks if t.contact_id == talk.id}
    lines = [x.strip(" -•") for x in (talk.agreements or "").splitlines() if x.strip()]
    return tuple(AgreementItem(what=x, due_on=due.get(x)) for x in lines)


def was_present(case: Case, guardian_ids: tuple[str, ...]) -> bool:
    """Were all these guardians recorded as present at the last conversation? Nothing
    recorded counts as not present: the letter then informs, it does not claim a talk."""
    talk = last_talk(case)
    if talk is None or not guardian_ids:
        return False
    return set(guardian_ids) <= present_ids(talk)


def last_heard_on(case: Case, guardian_ids: tuple[str, ...], *, youth: bool) -> date | None:
    """The day of the last recorded conversation or verhoor with the letter's recipient.

    A parent counts as heard when a verhoor of that parent, or a conversation with that parent
    recorded present (by id), exists; every parent the letter goes to must have been heard.
    The youth counts as heard at his own verhoor, or at a conversation of the case (the youth's
    presence is not recorded per contact). Attempts and invitations are not conversations."""
    heard: dict[str, date] = {}
    for c in case.contacts:
        if not c.is_live:
            continue
        day = c.occurred_at.date()
        if c.is_interrogation:
            who = "youth" if c.heard_role == "youth" else (c.heard_guardian_id or "")
        elif c.kind == "conversation" and c.answered is not False:
            for gid in present_ids(c):
                heard[gid] = max(day, heard.get(gid, day))
            who = "youth"
        else:
            continue
        heard[who] = max(day, heard.get(who, day))
    wanted = ("youth",) if youth else guardian_ids
    if not wanted or any(w not in heard for w in wanted):
        return None
    return max(heard[w] for w in wanted)
