"""Collect the letter screens' English strings into `letters_nl.ts` and compile `letters_nl.qm`.

    python resources/letters/translations/update_ts.py [--compile]

Collects the literal arguments of `tr(...)` in `lvs_desktop/ui/letters/` and the strings of
the `HEADERS` constants there (column headers). Translations already in the file are kept;
new strings are added as unfinished, for Qt Linguist. `--compile` runs pyside6-lrelease.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[2] / "lvs_desktop" / "ui" / "letters"
TS = HERE / "letters_nl.ts"
QM = HERE / "letters_nl.qm"
CONTEXT = "lvs_letters"


def strings_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") == "HEADERS" for t in node.targets
        ):
            found += [n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant)]
    return found


def collect() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(SOURCES.glob("*.py")):
        for s in strings_in(path):
            seen.setdefault(s, None)
    return list(seen)


def read_ts() -> dict[str, str]:
    if not TS.exists():
        return {}
    root = ET.parse(TS).getroot()
    return {
        m.findtext("source", ""): m.findtext("translation", "") or "" for m in root.iter("message")
    }


def write_ts(strings: list[str], known: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="nl_NL")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for s in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = s
        translation = ET.SubElement(message, "translation")
        if known.get(s):
            translation.text = known[s]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def main(argv: list[str]) -> int:
    strings = collect()
    known = read_ts()
    write_ts(strings, known)
    missing = [s for s in strings if not known.get(s)]
    print(f"{len(strings)} strings, {len(missing)} without a translation")
    if "--compile" in argv:
        beside = Path(sys.executable).with_name("pyside6-lrelease")
        tool = str(beside) if beside.exists() else "pyside6-lrelease"
        subprocess.run([tool, str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
