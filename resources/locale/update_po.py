"""Collect the command line's English strings into the Dutch `.po` and compile it to `.mo`.

    python resources/locale/update_po.py           # collect, merge, compile
    python resources/locale/update_po.py --check   # exit 1 if anything is missing or stale

Collected: every `_("…")` and `ngettext("…", "…", n)` in `lvs_desktop/cli.py` and
`lvs_desktop/commands/`, and argparse's own strings from the running Python's argparse
(argparse translates them through gettext). Translations already in the `.po` are kept,
including those of strings only another Python version's argparse has. New strings come in
empty: fill in the Dutch, then run this again to compile. Needs Babel (a dev dependency);
the program itself reads the compiled `.mo` with the standard library's gettext.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PO = HERE / "nl" / "LC_MESSAGES" / "lvs_desktop.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "ngettext": (1, 2)}


def sources() -> list[Path]:
    """argparse first, then ours, in a stable order."""
    commands = sorted((ROOT / "lvs_desktop" / "commands").glob("*.py"))
    return [Path(argparse.__file__), ROOT / "lvs_desktop" / "cli.py", *commands]


def extracted() -> list[str | tuple[str, str]]:
    """Every msgid (a pair for plurals) in the sources, first occurrence first."""
    seen: dict[str | tuple[str, str], None] = {}
    for path in sources():
        for _line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            if isinstance(message, tuple):
                message = (message[0], message[1])
            if message:
                seen.setdefault(message, None)
    return list(seen)


def read_catalog() -> Catalog:
    with PO.open("rb") as fh:
        return read_po(fh, locale="nl", domain="lvs_desktop")


def _key(msgid: str | tuple[str, ...]) -> str:
    return msgid[0] if isinstance(msgid, tuple) else msgid


def merged() -> Catalog:
    old = read_catalog() if PO.exists() else Catalog(locale="nl", domain="lvs_desktop")
    new = Catalog(
        locale="nl",
        domain="lvs_desktop",
        project="LVS Desktop",
        version="0.1",
        header_comment="# The command line of LVS Desktop in Dutch (argparse's strings and ours).",
        creation_date=old.creation_date,
        revision_date=old.revision_date,
        last_translator="LVS Desktop",
        language_team="LVS Desktop",
        fuzzy=False,
    )
    ids = extracted()
    for msgid in ids:
        kept = old.get(_key(msgid))
        string = kept.string if kept is not None else ("", "") if isinstance(msgid, tuple) else ""
        new.add(msgid, string, flags=("python-format",) if "%" in _key(msgid) else ())
    keys = {_key(m) for m in ids}
    for message in old:
        if message.id and _key(message.id) not in keys:
            new.add(message.id, message.string, flags=message.flags)  # another Python's argparse
    return new


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, omit_header=False, no_location=True, width=100)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            missing.append(message.id[0] if isinstance(message.id, tuple) else message.id)
    return missing


def main(argv: list[str]) -> int:
    if "--check" in argv:
        current = read_catalog()
        stale = MO.read_bytes() != mo_bytes(current)
        missing = untranslated(merged())
        for text in missing:
            print(f"untranslated: {text!r}")
        if stale:
            print(f"{MO.name} is older than {PO.name}: run this script")
        return 1 if stale or missing else 0
    catalog = merged()
    PO.parent.mkdir(parents=True, exist_ok=True)
    PO.write_bytes(po_bytes(catalog))
    MO.write_bytes(mo_bytes(read_catalog()))
    missing = untranslated(catalog)
    print(f"{len(catalog)} strings, {len(missing)} without Dutch; {MO.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
