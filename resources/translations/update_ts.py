"""Collect the desk's English source strings into `lvs_nl.ts` and compile it to `lvs_nl.qm`.

    python resources/translations/update_ts.py [--compile]

pyside6-lupdate cannot see our `tr()` (a plain function over one context), so this script
collects: literal arguments of `tr(...)`, the first argument of `_action(...)`/`a(...)`
(menu actions), dialog `title = "..."` class attributes, and the English strings in
upper-case module constants (column headers, navigation). Existing translations are kept;
new strings are added as unfinished for Qt Linguist. `--compile` runs pyside6-lrelease.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parents[1] / "lvs_desktop" / "ui"
TS = HERE / "lvs_nl.ts"
QM = HERE / "lvs_nl.qm"
CONTEXT = "lvs"
# Packages whose screens carry their own Dutch (their own .ts or a texts module).
SKIP_DIRS = {"letters", "sync", "region", "first_run", "register", "prevention"}


def _texty(s: str) -> bool:
    return any(c.isupper() for c in s) or " " in s


def strings_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if (
                name in ("tr", "_action", "a")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append(first.value)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and any(getattr(t, "id", "") == "title" for t in item.targets)
                    and isinstance(item.value, ast.Constant)
                ):
                    found.append(item.value.value)
    for node in tree.body:
        if isinstance(node, ast.Assign) and all(
            getattr(t, "id", "").isupper() for t in node.targets
        ):
            found += [
                n.value
                for n in ast.walk(node.value)
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and _texty(n.value)
            ]
    return found


def collect() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(UI.rglob("*.py")):
        if SKIP_DIRS & set(path.relative_to(UI).parts[:-1]):
            continue
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


def write_ts(sources: list[str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for s in sources:
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = s
        t = ET.SubElement(msg, "translation")
        text = translations.get(s, "")
        if text:
            t.text = text
        else:
            t.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    sources = collect()
    translations = read_ts()
    write_ts(sources, translations)
    missing = [s for s in sources if not translations.get(s)]
    print(f"{len(sources)} strings, {len(missing)} without a translation")
    for s in missing:
        print("  untranslated:", s)
    if "--compile" in sys.argv:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
