"""Which stored letter a new one replaces, which kinds count as letters sent, and the OM rules
a PV draft must pass (issue 11, defects 4, 5 and 9); helpers of `services.letters`.

A PV or Halt draft not finalised is replaced when drawn again; an ordinary letter is replaced
only while it was neither printed nor posted and carries the same date; a letter identical to
one stored is not stored again. Drafts are never letters sent and never enter a print batch.
"""

from __future__ import annotations

from datetime import date

from lvs_desktop.letters.context import LetterRequest
from lvs_desktop.letters.history import criminal_route
from lvs_desktop.letters.templates import LetterTemplate
from lvs_desktop.models import Case, Letter, UserError


def sent_titles(templates: dict[str, LetterTemplate]) -> dict[str, str]:
    """The kinds that count as letters sent (not drafts, not documents to an organisation)."""
    return {
        k: t.title
        for k, t in templates.items()
        if not t.draft and "organisation" not in t.recipients
    }


def check_om_rules(case: Case, request: LetterRequest) -> None:
    """A luxe PV the OM rules advise against (a first offence of at most one school day, leave
    not refused) is refused unless the consultant gives a reason to draw it anyway."""
    check = criminal_route(case, request.letter_date)
    if check is None or check.open or case.kind != "luxe":
        return
    if not (request.override_reason or "").strip():
        raise UserError(
            " ".join(check.reasons) + " Geef een reden om toch een proces-verbaal op te maken."
        )


def pv_subject(request: LetterRequest) -> tuple[str, str | None]:
    if request.suspect_guardian_id:
        return "guardian", request.suspect_guardian_id
    return "pupil", None


def replaceable(
    case: Case, kind: str, recipient_kind: str, recipient_id: str | None, name: str | None
) -> list[Letter]:
    """The case's live letters of this kind to this recipient (the one named, where no id
    tells), oldest first."""
    return [
        x
        for x in sorted(case.letters, key=lambda x: (x.created_at, x.id))
        if x.is_live
        and x.kind == kind
        and x.recipient_kind == recipient_kind
        and x.recipient_id == recipient_id
        and (recipient_id is not None or name is None or x.recipient_name == name)
    ]


def to_replace(
    same: list[Letter], templates: dict[str, LetterTemplate], letter_date: date
) -> Letter | None:
    """The letter a new version replaces: a draft (PV, Halt) not finalised, or an ordinary
    letter of the same date that was neither printed nor posted."""
    for x in reversed(same):
        if is_draft(x, templates):
            return x
        t = templates.get(x.kind)
        if t is not None and t.draft:
            continue  # a finalised PV is frozen
        if x.printed_at is None and x.posted_on is None and x.sent_on == letter_date:
            return x
    return None


def is_draft(x: Letter, templates: dict[str, LetterTemplate]) -> bool:
    t = templates.get(x.kind)
    return bool(t and t.draft and not x.finalised)
