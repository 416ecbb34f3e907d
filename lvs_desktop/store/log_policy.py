"""The one logging and error policy: no row values in a log, an error id for every bug.

Rules, for every error handler and background-job runner of the program:

* A `UserError` is shown as its one Dutch line; it holds no personal data by contract.
* Anything else is a bug. `report_bug()` gives it an error id, logs one line (what failed,
  the exception's *type* and file:line frames, the id) and keeps the detail inside the vault
  (`ErrorRecord`), where `find()` and `lvs-desktop errors ID` look it up. The person sees one
  line with the id (`ProgramError`), never a traceback.
* An exception's own text is never logged or kept: `IntegrityError` and friends repeat the
  statement and, unless the engine hides them (`hide_parameters=True`, always set on the
  vault's engine), its parameters — a BSN, a surname. For a database error only the SQLite
  engine's own message is kept (it names tables and columns, never values).
* `configure()` installs the log handler with a formatter that writes no traceback
  (`exc_info`) of any record and withholds the text of other libraries' records (they format
  values into their messages); `install_hooks()` routes uncaught exceptions (threads, Qt slots)
  through `report_bug()` instead of Python's traceback printer.

The vault to keep details in is the one most recently opened in this process (`attach()`,
called by `Vault` itself); without one the detail is dropped and only the log line remains.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from lvs_desktop import __version__
from lvs_desktop.models import UserError
from lvs_desktop.models.error_log import ErrorRecord

if TYPE_CHECKING:
    from lvs_desktop.store.vault import Vault

LOGGER_NAME = "lvs_desktop"
log = logging.getLogger(f"{LOGGER_NAME}.errors")

KEEP_RECORDS = 500  # the newest bug details kept per vault; older ones are removed
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone
_PACKAGE_DIR = Path(__file__).resolve().parents[1]


class ProgramError(UserError):
    """A bug as the user sees it: one Dutch line with the error id, nothing else."""

    def __init__(self, error_id: str) -> None:
        super().__init__(program_error_text(error_id))
        self.error_id = error_id


def program_error_text(error_id: str) -> str:
    return (
        f"Er ging iets mis in het programma (foutcode {error_id}); de handeling is niet "
        "uitgevoerd. Noem de foutcode als u dit meldt."
    )


@dataclass(frozen=True)
class BugDetail:
    """What is kept about a bug: never the exception's own text."""

    error_id: str
    context: str
    error_type: str
    location: str
    db_message: str | None


def new_error_id() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def _frame_file(filename: str) -> tuple[str, bool]:
    """The frame's file as `lvs_desktop/...` (ours: True) or a library's own path."""
    path = Path(filename)
    try:
        return "lvs_desktop/" + path.resolve().relative_to(_PACKAGE_DIR).as_posix(), True
    except ValueError:
        parts = path.parts
        if "site-packages" in parts:
            return "/".join(parts[parts.index("site-packages") + 1 :]), False
        return path.name, False


def _location(exc: BaseException) -> str:
    """Our own frames (the innermost eight) and, if it is not ours, where it was raised."""
    frames = [(*_frame_file(f.filename), f.lineno) for f in traceback.extract_tb(exc.__traceback__)]
    ours = [f"{name}:{line}" for name, own, line in frames if own][-8:]
    if frames and not frames[-1][1]:
        ours.append(f"{frames[-1][0]}:{frames[-1][2]}")
    return "; ".join(ours)


def describe(context: str, exc: BaseException) -> BugDetail:
    """The detail of `exc` that may be kept: type, file:line frames, the engine's message."""
    location = _location(exc)
    kind = type(exc)
    error_type = f"{kind.__module__}.{kind.__qualname__}"
    db_message = None
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        db_message = str(exc.orig)[:300]  # SQLite's text: table and column names, no values
        error_type += f" ({type(exc.orig).__name__})"
    return BugDetail(new_error_id(), context[:80], error_type[:120], location[-600:], db_message)


# -- where the detail goes ------------------------------------------------------------------

_attached: list[Vault] = []
_attached_lock = threading.Lock()


def attach(vault: Vault) -> None:
    """Keep bug details in `vault` from now on (the most recently opened one wins)."""
    with _attached_lock:
        _attached.append(vault)


def detach(vault: Vault) -> None:
    with _attached_lock:
        while vault in _attached:
            _attached.remove(vault)


def _current() -> Vault | None:
    with _attached_lock:
        return _attached[-1] if _attached else None


def keep(vault: Vault, detail: BugDetail) -> None:
    """Store `detail` in the vault, keeping only the newest `KEEP_RECORDS`."""
    with vault.session() as session:
        session.add(
            ErrorRecord(
                error_id=detail.error_id,
                context=detail.context,
                error_type=detail.error_type,
                location=detail.location,
                db_message=detail.db_message,
                app_version=__version__,
            )
        )
        session.flush()
        old = select(ErrorRecord.error_id).order_by(ErrorRecord.occurred_at.desc())
        stale = list(session.scalars(old.offset(KEEP_RECORDS)))
        if stale:
            session.execute(delete(ErrorRecord).where(ErrorRecord.error_id.in_(stale)))
        session.commit()


def find(vault: Vault, error_id: str) -> ErrorRecord | None:
    """The kept detail of the bug shown as `error_id` (case and spaces do not matter)."""
    wanted = error_id.strip().upper()
    if len(wanted) == 8 and "-" not in wanted:
        wanted = f"{wanted[:4]}-{wanted[4:]}"
    with vault.session() as session:
        record = session.get(ErrorRecord, wanted)
        if record is not None:
            session.expunge(record)  # keeps its loaded values after the session ends
        return record


def recent(vault: Vault, limit: int = 20) -> list[ErrorRecord]:
    with vault.session() as session:
        query = select(ErrorRecord).order_by(ErrorRecord.occurred_at.desc()).limit(limit)
        records = list(session.scalars(query))
        session.expunge_all()
        return records


def report_bug(context: str, exc: BaseException, vault: Vault | None = None) -> ProgramError:
    """Log `exc` as a bug (type and frames, never its text), keep the detail in the vault
    (`vault`, else the attached one) and return the error to show instead."""
    earlier = reported_as(exc)
    if earlier is not None:
        return earlier  # already kept (e.g. by the vault the error passed through)
    detail = describe(context, exc)
    log.error(
        "%s mislukt: %s bij %s (foutcode %s)",
        detail.context,
        detail.error_type,
        detail.location,
        detail.error_id,
    )
    target = vault if vault is not None else _current()
    if target is not None:
        try:
            keep(target, detail)
        except Exception as failure:  # the vault itself may be what failed
            log.warning(
                "foutcode %s niet in de kluis bewaard: %s",
                detail.error_id,
                type(failure).__name__,
            )
    error = ProgramError(detail.error_id)
    with contextlib.suppress(AttributeError, TypeError):
        exc._lvs_program_error = error  # type: ignore[attr-defined]
    return error


def reported_as(exc: BaseException) -> ProgramError | None:
    """The error id `exc` was reported under, if `report_bug` saw it already."""
    found = getattr(exc, "_lvs_program_error", None)
    return found if isinstance(found, ProgramError) else None


# -- the log handler and the last-resort hooks ----------------------------------------------


class NoRowValues(logging.Formatter):
    """One line per record, never a traceback; other libraries' text withheld. (A formatter,
    not a filter: the record itself is left as it is for any other handler.)"""

    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        ours = record.name == LOGGER_NAME or record.name.startswith(LOGGER_NAME + ".")
        text = record.getMessage() if ours else "melding weggelaten (kan gegevens bevatten)"
        return f"{record.levelname} {record.name}: {text}"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is at the time (a test may have replaced it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


class _NotBugs(logging.Filter):
    """On a terminal the user's own line names the foutcode: the bug's log line would repeat it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name != log.name


def configure(level: int = logging.WARNING, *, terminal: bool = False) -> None:
    """Log to stderr through `NoRowValues`, once per process; `terminal` (the command line)
    leaves out the bug lines, whose foutcode the command's one error line already shows."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, NoRowValues) for h in root.handlers):
        return
    handler = _StderrHandler()
    handler.setLevel(level)  # its own level: a test or a library may lower the root's
    handler.setFormatter(NoRowValues())
    if terminal:
        handler.addFilter(_NotBugs())
    root.addHandler(handler)
    root.setLevel(level)


def install_hooks(show: Callable[[UserError], Any] | None = None) -> None:
    """Uncaught exceptions (main thread, Qt slots, other threads) become reported bugs.

    `show(error)` tells the person (e.g. a message box); by default one line on stderr.
    """

    def _hook(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        if isinstance(exc, UserError):
            error: UserError = exc
        else:
            error = report_bug("onverwachte fout", exc.with_traceback(tb))
        if show is not None:
            show(error)
        else:
            print(f"lvs-desktop: {error.message}", file=sys.stderr)

    def _thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            _hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = _hook
    threading.excepthook = _thread_hook
