"""Every English text of the outreach screens has its Dutch in `ui.outreach.texts.DUTCH`, with
the same placeholders."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import lvs_desktop.ui.outreach as package
from lvs_desktop.ui.outreach.case_tab import REFERRAL_HEADERS, STEP_HEADERS
from lvs_desktop.ui.outreach.texts import DUTCH

FOLDER = Path(package.__file__).parent


def english_texts() -> set[str]:
    """Literal arguments of `tr(...)` and dialog titles in the outreach modules, and the headers."""
    found: set[str] = set(STEP_HEADERS) | set(REFERRAL_HEADERS)
    for path in FOLDER.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr":
                found |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and any(getattr(t, "id", "") == "title" for t in item.targets)
                        and isinstance(item.value, ast.Constant)
                    ):
                        found.add(item.value.value)
    return found


def test_every_english_text_has_dutch_with_the_same_placeholders() -> None:
    texts = english_texts()
    assert len(texts) > 40  # the scan found the screens' texts
    assert sorted(texts - DUTCH.keys()) == []
    for english, dutch in DUTCH.items():
        assert re.findall(r"\{\w+\}", english) == re.findall(r"\{\w+\}", dutch), english
