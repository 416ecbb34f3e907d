"""Responses to letters sent: record that a recipient responded (or that no response came), and
list a case's letters with what is recorded (issue 11, defect 4).

The PV and the Halt referral say "(niet) gereageerd" only from these records. A letter to two
parents at one address is one letter with two possible responders: each is recorded apart.
Drafts (PV, Halt referral) are not letters sent: no response can be recorded for them; nor for
a letter not (yet) recorded as posted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, Guardian, Letter, LetterResponse, UserError, Youth
from lvs_desktop.services.letter_settings import get_templates
from lvs_desktop.services.letter_versions import sent_titles
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

NOTE_MAX = 500


@dataclass(frozen=True)
class Responder:
    """Someone a letter went to: a guardian or the young person (`kind`, `id`)."""

    kind: str
    id: str | None
    name: str


@dataclass(frozen=True)
class RecordedResponse:
    """The newest record for one responder."""

    responder: str
    responded: bool
    noted_on: date

    @property
    def text(self) -> str:
        """ "gereageerd op 12-11-2026" / "geen reactie (vastgelegd op 12-11-2026)"."""
        if self.responded:
            return f"{self.responder}: gereageerd op {self.noted_on:%d-%m-%Y}"
        return f"{self.responder}: geen reactie (vastgelegd op {self.noted_on:%d-%m-%Y})"


@dataclass(frozen=True)
class SentLetterRow:
    """A letter sent in a case, whom it went to, and the responses recorded."""

    id: str
    kind: str
    title: str
    sent_on: date
    posted_on: date | None
    recipient_name: str
    responders: tuple[Responder, ...]
    responses: tuple[RecordedResponse, ...]


def _responders(session: Session, letter: Letter) -> tuple[Responder, ...]:
    """The letter's recipient; for a letter to the parents, every guardian with gezag at the
    address of the one it names (they shared the letter)."""
    if letter.recipient_kind == "guardian" and letter.recipient_id:
        first = session.get(Guardian, letter.recipient_id)
        if first is None:
            return ()
        shared = [
            g
            for g in first.youth.guardians
            if not g.deleted
            and (g.id == first.id or (g.has_authority and g.has_address()))
            and (g.id == first.id or g.address_key() == first.address_key())
        ]
        return tuple(Responder("guardian", g.id, g.full_name) for g in shared)
    if letter.recipient_kind in {"pupil", "youth"} and letter.recipient_id:
        youth = session.get(Youth, letter.recipient_id)
        if youth is not None:
            return (Responder(letter.recipient_kind, youth.id, youth.full_name),)
    return (Responder(letter.recipient_kind, letter.recipient_id, letter.recipient_name),)


def _newest(rows: list[LetterResponse]) -> tuple[RecordedResponse, ...]:
    by_person: dict[str, LetterResponse] = {}
    for r in sorted(rows, key=lambda r: (r.created_at, r.id)):
        by_person[r.recipient_id or r.recipient_name] = r
    return tuple(
        RecordedResponse(r.recipient_name, r.responded, r.noted_on)
        for r in sorted(by_person.values(), key=lambda r: r.recipient_name)
    )


def sent_letters(vault: Vault, case_id: str) -> list[SentLetterRow]:
    """The case's letters sent (live, not drafts), oldest first, with recorded responses."""
    titles = sent_titles(get_templates(vault))
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        responses: dict[str, list[LetterResponse]] = {}
        for r in s.scalars(
            select(LetterResponse).where(LetterResponse.case_id == case.id, ~LetterResponse.deleted)
        ):
            responses.setdefault(r.letter_id, []).append(r)
        letters = sorted(
            (
                x
                for x in case.letters
                if x.is_live and x.kind in titles and x.posted_on is not None  # sent = posted
            ),
            key=lambda x: (x.sent_on, x.created_at, x.id),
        )
        return [
            SentLetterRow(
                id=x.id,
                kind=x.kind,
                title=titles[x.kind],
                sent_on=x.sent_on,
                posted_on=x.posted_on,
                recipient_name=x.recipient_name,
                responders=_responders(s, x),
                responses=_newest(responses.get(x.id, [])),
            )
            for x in letters
        ]


def record_response(
    vault: Vault,
    letter_id: str,
    *,
    responded: bool,
    on: date,
    today: date,
    responder_id: str | None = None,
    note: str = "",
) -> ChangeSummary:
    """Record that a recipient of a letter responded on `on` (or, `responded` False, that on
    `on` no response had come). Recording again for the same person corrects the earlier one.
    """
    if on > today:
        raise UserError("De datum van de reactie ligt in de toekomst.")
    if len(note) > NOTE_MAX:
        raise UserError(f"De toelichting is te lang (ten hoogste {NOTE_MAX} tekens).")
    titles = sent_titles(get_templates(vault))
    with UnitOfWork(vault, "record_letter_response") as uow:
        letter: Letter = get_live(uow.session, Letter, letter_id, "Brief")
        if not letter.is_live:
            raise UserError("Deze brief is ongeldig gemaakt; er kan geen reactie op komen.")
        if letter.kind not in titles:
            raise UserError(
                "Dit is geen verzonden brief (een concept of een stuk voor een instantie); "
                "leg de reactie vast bij de brief zelf."
            )
        if letter.posted_on is None:
            raise UserError(
                "Deze brief is nog niet als verzonden vastgelegd (hij wacht nog bij Af te "
                "drukken); leg een reactie pas vast nadat hij is gepost (`lvs-desktop print "
                "posted`)."
            )
        if on < letter.sent_on:
            raise UserError(
                f"De datum van de reactie ligt vóór de datum van de brief "
                f"({letter.sent_on:%d-%m-%Y})."
            )
        choices = _responders(uow.session, letter)
        if responder_id is None and len(choices) == 1:
            who = choices[0]
        else:
            who_or_none = next((c for c in choices if c.id == responder_id), None)
            if who_or_none is None:
                names = ", ".join(c.name for c in choices)
                raise UserError(f"Kies wie (niet) heeft gereageerd: {names}.")
            who = who_or_none
        uow.session.add(
            LetterResponse(
                case_id=letter.case_id,
                letter_id=letter.id,
                recipient_kind=who.kind,
                recipient_id=who.id,
                recipient_name=who.name[:240],
                responded=responded,
                noted_on=on,
                note=note.strip() or None,
                recorded_by_id=vault.owner_id,
            )
        )
        what = f"{titles[letter.kind]} van {letter.sent_on:%d-%m-%Y}"
        if responded:
            return uow.commit(f"Vastgelegd: {who.name} reageerde op {on:%d-%m-%Y} op {what}.")
        return uow.commit(f"Vastgelegd: geen reactie van {who.name} op {what}.")
