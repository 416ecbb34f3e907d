"""The print queue: letters waiting to be printed or posted, one envelope per household.

A stored letter waits in the queue until it is printed and then until the consultant marks it
as posted (`posted_on`, the date that counts for deadlines and for the PV's list of letters).
Letters to the same address (a household) are printed one after the other, so they go into
one envelope. A draft (a PV not finalised, a Halt referral) is never in the queue: it is
not a letter to post (issue 11, defect 9). The vector path of printing lives here too, so
that the window and the command line print the same way: the exact stored PDF bytes go to a
CUPS queue through a pipe to `lp` (no temporary file), with copies, duplex and tray.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select

from lvs_desktop.models import Case, Guardian, Letter, School, UserError, Youth
from lvs_desktop.services import letters
from lvs_desktop.services.letter_versions import is_draft
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

JOB_TITLE = "LVS-brief"  # the spooler shows this: never a name
LP_TIMEOUT_S = 60
_ADDRESSED = {"guardian": Guardian, "youth": Youth, "school": School}


@dataclass(frozen=True)
class QueueEntry:
    """A letter in the queue; `household` numbers the envelopes (letters with the same number
    go to the same address), `printed` and `posted_on` say how far it is."""

    id: str
    case_id: str
    reference: str
    kind: str
    title: str
    recipient_name: str
    letter_date: date
    draft: bool
    household: int
    printed: bool
    posted_on: date | None


def print_queue(vault: Vault) -> list[QueueEntry]:
    """Letters not yet printed or not yet posted, grouped by household, oldest household first."""
    templates = letters.get_templates(vault)
    with vault.session() as s:
        rows = s.execute(
            select(Letter, Case.reference)
            .join(Case, Letter.case_id == Case.id)
            .where(
                or_(Letter.printed_at.is_(None), Letter.posted_on.is_(None)),
                ~Letter.deleted,
                Letter.voided_on.is_(None),
            )
            .order_by(Letter.created_at, Letter.id)
        ).all()
        households: dict[tuple[str, ...], int] = {}
        entries = []
        for x, reference in rows:
            if is_draft(x, templates):  # a PV or Halt draft never enters a batch
                continue
            household = households.setdefault(_address_key(s, x), len(households) + 1)
            entries.append(
                QueueEntry(
                    id=x.id,
                    case_id=x.case_id,
                    reference=reference,
                    kind=x.kind,
                    title=templates[x.kind].title if x.kind in templates else x.kind,
                    recipient_name=x.recipient_name,
                    letter_date=x.sent_on,
                    draft=is_draft(x, templates),
                    household=household,
                    printed=x.printed_at is not None,
                    posted_on=x.posted_on,
                )
            )
    return sorted(entries, key=lambda e: e.household)  # stable: oldest first within one


def unprinted(vault: Vault) -> list[QueueEntry]:
    """The letters in the queue that still wait to be printed."""
    return [e for e in print_queue(vault) if not e.printed]


def _address_key(session: object, letter: Letter) -> tuple[str, ...]:
    """The recipient's address, normalised; a letter without one is its own household."""
    cls = _ADDRESSED.get(letter.recipient_kind)
    person = session.get(cls, letter.recipient_id) if cls and letter.recipient_id else None  # type: ignore[attr-defined]
    if person is None or not person.has_address():
        return ("letter", letter.id)
    return person.address_key()


def in_print_order(entries: Sequence[QueueEntry], ids: Iterable[str]) -> list[str]:
    """The chosen letters in the order they should print: household by household."""
    chosen = set(ids)
    return [e.id for e in entries if e.id in chosen]


# -- the vector path -------------------------------------------------------------------------


@dataclass(frozen=True)
class SpoolOptions:
    """Where and how to print: a CUPS queue and the options chosen in the print dialog."""

    destination: str
    copies: int = 1
    sides: str | None = None  # one-sided, two-sided-long-edge, two-sided-short-edge
    tray: str | None = None

    def lp_arguments(self) -> list[str]:
        args = ["-d", self.destination, "-t", JOB_TITLE, "-n", str(max(1, self.copies))]
        # Full scale, so that the address stays in the envelope window.
        args += ["-o", "print-scaling=none", "-o", "media=A4"]
        if self.sides:
            args += ["-o", f"sides={self.sides}"]
        if self.tray:
            args += ["-o", f"InputSlot={self.tray}"]
        return args


class SpoolRefused(UserError):
    """The print queue did not take a PDF; `printed` letters of the batch it did take first
    (none: the window prints the batch as images instead)."""

    printed = 0


def lp_command() -> str | None:
    """The print system's `lp`, or None where there is none (Windows)."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def spool_pdf(pdf: bytes, options: SpoolOptions) -> None:
    """Hand one PDF to the print queue through a pipe; SpoolRefused if it is not taken."""
    lp = lp_command()
    if lp is None:
        raise SpoolRefused("Op deze computer kan een PDF niet rechtstreeks worden afgedrukt.")
    try:
        done = subprocess.run(
            [lp, *options.lp_arguments()],
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpoolRefused(f"Printer {options.destination} reageert niet.") from exc
    if done.returncode != 0:
        raise SpoolRefused(f"Printer {options.destination} neemt de brief niet aan.")


def spool_letters(
    vault: Vault,
    letter_ids: Sequence[str],
    options: SpoolOptions,
    now: Callable[[], datetime] = datetime.now,
    progress: Callable[[int, int], bool] | None = None,
) -> tuple[int, ChangeSummary]:
    """Print stored letters on the vector path, in order; record those printed.

    `progress(done, total)` after each letter; returning False stops (the rest keep waiting).
    Returns how many were printed and the change summary of recording them.
    """
    printed: list[str] = []
    try:
        for letter_id in letter_ids:
            try:
                spool_pdf(letters.letter_pdf(vault, letter_id), options)
            except SpoolRefused as exc:
                exc.printed = len(printed)
                raise
            printed.append(letter_id)
            if progress is not None and not progress(len(printed), len(letter_ids)):
                break
    finally:
        summary = letters.mark_printed(vault, printed, now()) if printed else ChangeSummary()
    return len(printed), summary


# -- posting ---------------------------------------------------------------------------------


def mark_posted(vault: Vault, letter_ids: Iterable[str], on: date, today: date) -> ChangeSummary:
    """Record that these printed letters were posted on `on` (not before printing, not later
    than today); a letter already marked keeps its date unless it is corrected here."""
    ids = list(dict.fromkeys(letter_ids))
    if not ids:
        raise UserError("Kies de brieven die verstuurd zijn.")
    if on > today:
        raise UserError("De verzenddatum ligt in de toekomst.")
    with UnitOfWork(vault, "post_letter") as uow:
        for letter_id in ids:
            letter: Letter = get_live(uow.session, Letter, letter_id, "Brief")
            if letter.printed_at is None:
                raise UserError("Een brief die nog niet is afgedrukt, kan niet verstuurd zijn.")
            if on < letter.sent_on:
                raise UserError(
                    f"De verzenddatum ligt vóór de datum van de brief ({letter.sent_on:%d-%m-%Y})."
                )
            letter.posted_on = on
        n = len(ids)
        return uow.commit("Brief verstuurd." if n == 1 else f"{n} brieven verstuurd.")
