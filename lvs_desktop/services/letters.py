"""Letters for a case: draft them in memory, store them (exact PDF bytes and sha256, audited),
list the ones not yet printed, mark them printed, finalise a PV.

The facts are read in one session, the letters are drawn outside it (drawing takes tens of
milliseconds a page and the vault serves one thread at a time), and the rows are written in
one unit of work. A finalised PV is frozen: it is never drawn again.

Storing again what is already stored does nothing (issue 11, defect 9): a letter identical to
one kept (same kind, recipient and bytes) is not stored twice, an unprinted letter of the same
kind, recipient and date is replaced, and a redrawn PV or Halt draft replaces the unfinished
draft (it keeps its id and, for a PV, its number).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from lvs_desktop.letters.context import Addressee, LetterRequest, addressees, build_facts
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Appointment, LetterFacts
from lvs_desktop.letters.letterhead import Letterhead
from lvs_desktop.letters.records import (
    DraftLetter,
    KindInfo,
    StoredLetter,
    SuspectChoice,
)
from lvs_desktop.letters.render import draw, prepare
from lvs_desktop.letters.templates import LetterTemplate, letter_kinds
from lvs_desktop.models import Case, Letter, UserError
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.letter_lookup import (
    case_id_for_reference,
    case_reference,
    file_name,
    record_saved,
    suspects,
)
from lvs_desktop.services.letter_settings import (
    LETTERHEAD_KEY,
    TEMPLATES_KEY,
    get_letterhead,
    get_templates,
    set_letterhead,
    set_template,
)
from lvs_desktop.services.letter_versions import (
    check_om_rules,
    is_draft,
    pv_subject,
    replaceable,
    sent_titles,
    to_replace,
)
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

PV_KIND = "proces-verbaal"
LABEL_CATEGORIES = (
    "report_type",
    "contact_mode",
    "case_kind",
    "mas_route",
    "enforcement_outcome",
    "enforcement_kind",
    "om_decision",
    "court_outcome",
)

__all__ = [
    "LETTERHEAD_KEY",
    "TEMPLATES_KEY",
    "Appointment",
    "DraftLetter",
    "KindInfo",
    "LetterError",
    "LetterRequest",
    "StoredLetter",
    "SuspectChoice",
    "case_id_for_reference",
    "case_letters",
    "case_reference",
    "create_letters",
    "draft_letters",
    "file_name",
    "finalise_pv",
    "get_letterhead",
    "get_templates",
    "kinds",
    "letter_pdf",
    "mark_printed",
    "record_saved",
    "set_letterhead",
    "set_template",
    "suspects",
]


def kinds(vault: Vault) -> list[KindInfo]:
    """The letter kinds in catalogue order."""
    templates = get_templates(vault)
    out = []
    for kind in letter_kinds():
        t = templates[kind]
        out.append(
            KindInfo(
                kind=kind,
                title=t.title,
                description=t.description,
                recipients=t.recipients,
                to_suspect=t.to_suspect,
                uses_appointment=t.uses("appointment"),
                uses_exemption=t.uses("decision") or t.uses("exemption"),
                uses_suspect=t.to_suspect or t.uses("pv"),
                uses_reasons=t.uses("show_reasons"),
                uses_halt=t.uses("halt"),
                draft=t.draft,
            )
        )
    return out


# --- drafting and storing -------------------------------------------------------------------


@dataclass(frozen=True)
class _Planned:
    addressee: Addressee
    facts: LetterFacts


def _pv_number(case: Case, letter_id: str | None = None) -> str:
    """`2026-JD-0042-PV2`: the ordinal of the PV among the case's PVs (a new one: the next)."""
    pvs = [
        x.id
        for x in sorted(case.letters, key=lambda x: (x.created_at, x.id))
        if not x.deleted and x.kind == PV_KIND
    ]
    ordinal = pvs.index(letter_id) + 1 if letter_id in pvs else len(pvs) + 1
    return f"{case.reference}-PV{ordinal}"


def _plan(
    vault: Vault,
    case_id: str,
    request: LetterRequest,
    templates: dict[str, LetterTemplate],
    letterhead: Letterhead,
    letter_id: str | None = None,
) -> tuple[str, list[_Planned]]:
    """Read the case once and work out every letter's facts; returns the case reference."""
    template = templates.get(request.kind)
    if template is None:
        raise UserError(f"Onbekende briefsoort '{request.kind}'.")
    titles = sent_titles(templates)
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        lab = {c: labels(s, c) for c in LABEL_CATEGORIES}
        number = ""
        if template.uses("pv"):
            if letter_id is None:  # a redraw keeps the number of the draft it replaces
                kind, record_id = pv_subject(request)
                letter_id = next(
                    (x.id for x in replaceable(case, request.kind, kind, record_id, None)), None
                )
            number = _pv_number(case, letter_id)
            check_om_rules(case, request)
        planned = [
            _Planned(
                a,
                build_facts(
                    case,
                    template,
                    request,
                    a,
                    labels=lab,
                    letterhead=letterhead,
                    titles=titles,
                    pv_number=number,
                ),
            )
            for a in addressees(case, template, request)
        ]
        return case.reference, planned


def _subject_row(request: LetterRequest, facts: LetterFacts) -> tuple[str, str | None, str]:
    """A PV records its suspect (a finalised PV is drawn again for the same suspect); a Halt
    draft the young person it is about."""
    if facts.pv is not None:
        who = facts.pv.suspect.formal_name
        if request.suspect_guardian_id:
            return "guardian", request.suspect_guardian_id, f"Verdachte: {who}"
        return "pupil", None, f"Verdachte: {who}"
    return "organisation", None, f"Halt-verwijzing: {facts.pupil.formal_name}"


def draft_letters(
    vault: Vault, case_id: str, request: LetterRequest, *, finalise: bool = False
) -> list[DraftLetter]:
    """Every letter of this kind for the case, drawn in memory; nothing is stored.

    Raises `LetterError` listing every missing fact before anything is drawn.
    """
    templates = get_templates(vault)
    letterhead = get_letterhead(vault)
    _, planned = _plan(vault, case_id, request, templates, letterhead)
    template = templates[request.kind]
    prepared = [
        prepare(p.facts, letterhead=letterhead, templates=templates, finalise=finalise)
        for p in planned
    ]  # every letter is checked before any is drawn
    out = []
    for p, ready in zip(planned, prepared, strict=True):
        pdf = draw(ready)
        a = p.addressee
        if a.recipient is None:
            kind, record_id, name = _subject_row(request, ready.facts)
        else:
            kind, record_id, name = a.kind, a.record_id, a.name
        out.append(
            DraftLetter(
                kind=template.kind,
                title=template.title,
                recipient_kind=kind,
                recipient_id=record_id,
                recipient_name=name[:240],
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                final=ready.final or not template.draft,
            )
        )
    return out


def create_letters(
    vault: Vault,
    case_id: str,
    request: LetterRequest,
    drafts: Sequence[DraftLetter] | None = None,
) -> ChangeSummary:
    """Store the letters (one per recipient) as Letter rows, not yet printed: the `drafts` the
    user saw (drawn from this request), or else drawn now."""
    if drafts is None:
        drafts = draft_letters(vault, case_id, request)
    if any(d.kind != request.kind for d in drafts):
        raise UserError("De brieven horen niet bij deze briefsoort.")
    templates = get_templates(vault)
    with UnitOfWork(vault, "create_letter") as uow:
        case = get_live(uow.session, Case, case_id, "Dossier")
        made = kept = 0
        reason = (request.override_reason or "").strip() or None
        for d in drafts:
            same = replaceable(case, d.kind, d.recipient_kind, d.recipient_id, d.recipient_name)
            if any(x.sha256 == d.sha256 for x in same):
                kept += 1  # stored already, byte for byte: not a second letter
                continue
            old = to_replace(same, templates, request.letter_date)
            if old is not None:  # the unfinished draft or the unprinted letter: redrawn
                old.pdf, old.sha256 = d.pdf, d.sha256
                old.sent_on, old.finalised = request.letter_date, d.final
                old.override_reason = reason
                made += 1
                continue
            letter = Letter(
                case_id=case.id,
                kind=d.kind,
                recipient_kind=d.recipient_kind,
                recipient_id=d.recipient_id,
                recipient_name=d.recipient_name,
                sent_on=request.letter_date,
                pdf=d.pdf,
                sha256=d.sha256,
                finalised=d.final,
                created_by_id=vault.owner_id,
                override_reason=reason,
            )
            uow.session.add(letter)
            made += 1
        if not made:
            return uow.commit(
                "Deze brief is al bewaard." if kept == 1 else "Deze brieven zijn al bewaard."
            )
        return uow.commit("Brief gemaakt." if made == 1 else f"{made} brieven gemaakt.")


def finalise_pv(vault: Vault, letter_id: str, today: date) -> ChangeSummary:
    """Close a PV draft: drawn once more, dated today, without CONCEPT, and frozen.

    Refused for a PV already finalised, for anything but a PV, and (by the letter's
    requirements) with an expired BOA akte or without the cautie.
    """
    with vault.session() as s:
        letter: Letter = get_live(s, Letter, letter_id, "Brief")
        if letter.kind != PV_KIND:
            raise UserError("Alleen een proces-verbaal kan worden afgesloten.")
        if letter.finalised:
            raise UserError("Dit proces-verbaal is al afgesloten en kan niet meer veranderen.")
        case_id = letter.case_id
        suspect = letter.recipient_id if letter.recipient_kind == "guardian" else None
        reason = letter.override_reason
    request = LetterRequest(
        kind=PV_KIND, letter_date=today, suspect_guardian_id=suspect, override_reason=reason
    )
    templates = get_templates(vault)
    letterhead = get_letterhead(vault)
    _, planned = _plan(vault, case_id, request, templates, letterhead, letter_id=letter_id)
    ready = prepare(planned[0].facts, letterhead=letterhead, templates=templates, finalise=True)
    pdf = draw(ready)
    with UnitOfWork(vault, "finalise_pv") as uow:
        row: Letter = get_live(uow.session, Letter, letter_id, "Brief")
        if row.finalised:  # finalised meanwhile (another window)
            raise UserError("Dit proces-verbaal is al afgesloten en kan niet meer veranderen.")
        row.pdf = pdf
        row.sha256 = hashlib.sha256(pdf).hexdigest()
        row.sent_on = today
        row.finalised = True
        return uow.commit("Proces-verbaal afgesloten.")


# --- reading, printing ----------------------------------------------------------------------


def case_letters(vault: Vault, case_id: str) -> list[StoredLetter]:
    """The case's letters, newest first (without their PDF bytes)."""
    templates = get_templates(vault)
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        rows = sorted(
            (x for x in case.letters if not x.deleted),
            key=lambda x: (x.sent_on, x.created_at),
            reverse=True,
        )
        return [
            StoredLetter(
                id=x.id,
                case_id=case.id,
                reference=case.reference,
                kind=x.kind,
                title=templates[x.kind].title if x.kind in templates else x.kind,
                recipient_name=x.recipient_name,
                sent_on=x.sent_on,
                printed_at=x.printed_at,
                finalised=x.finalised,
                draft=is_draft(x, templates),
                void_reason=x.void_reason if x.is_void else None,
            )
            for x in rows
        ]


def letter_pdf(vault: Vault, letter_id: str) -> bytes:
    """The exact PDF bytes as stored, checked against their sha256; the view is audited."""
    with UnitOfWork(vault, "view_letter") as uow:
        letter: Letter = get_live(uow.session, Letter, letter_id, "Brief")
        pdf = letter.pdf
        if hashlib.sha256(pdf).hexdigest() != letter.sha256:
            raise UserError("Deze brief is beschadigd: de inhoud klopt niet met de controlecode.")
        uow.audit("view", Letter.__tablename__, letter.id, "view_letter")
        uow.commit()
        return pdf


def mark_printed(vault: Vault, letter_ids: Iterable[str], at: datetime) -> ChangeSummary:
    """Record that these letters were printed (a reprint keeps the first time)."""
    ids = list(dict.fromkeys(letter_ids))
    with UnitOfWork(vault, "print_letter") as uow:
        for letter_id in ids:
            letter = get_live(uow.session, Letter, letter_id, "Brief")
            if letter.printed_at is None:
                letter.printed_at = at
        n = len(ids)
        return uow.commit("Brief afgedrukt." if n == 1 else f"{n} brieven afgedrukt.")
