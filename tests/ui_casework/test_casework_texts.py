"""Every English text of the casework screens has its Dutch in `casework_texts.DUTCH`, and
the Dutch keeps the placeholders of the English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import lvs_desktop.ui.case_edit
import lvs_desktop.ui.casework_texts as texts
import lvs_desktop.ui.dialogs.edit_case
import lvs_desktop.ui.dialogs.edit_contact
import lvs_desktop.ui.dialogs.edit_report
import lvs_desktop.ui.dialogs.edit_youth
import lvs_desktop.ui.dialogs.enrolment
import lvs_desktop.ui.dialogs.guardian
import lvs_desktop.ui.dialogs.void

MODULES = (
    lvs_desktop.ui.case_edit,
    lvs_desktop.ui.dialogs.edit_case,
    lvs_desktop.ui.dialogs.edit_contact,
    lvs_desktop.ui.dialogs.edit_report,
    lvs_desktop.ui.dialogs.edit_youth,
    lvs_desktop.ui.dialogs.enrolment,
    lvs_desktop.ui.dialogs.guardian,
    lvs_desktop.ui.dialogs.void,
)


def english_texts(path: Path) -> set[str]:
    """Literal arguments of `tr(...)`, texts of ACTIONS/GENDERS/ENTITY_WORDS, dialog titles."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("tr", "retitle"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") in ("title", "ACTIONS", "GENDERS", "ENTITY_WORDS")
            for t in node.targets
        ):
            for const in ast.walk(node.value):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    found.add(const.value)
    return found


def test_every_text_has_its_dutch_with_the_same_placeholders() -> None:
    keys_and_codes = {"editSelected", "editYouth", "addGuardian", "removeGuardian", "editCase"}
    keys_and_codes |= {"voidEntry", "F2", "x", "v", "m", "report", "contact", "route_decision"}
    keys_and_codes |= {"letter", "addEnrolment"}
    missing = []
    for module in MODULES:
        for text in english_texts(Path(module.__file__ or "")):
            if text in keys_and_codes or text.startswith("Ctrl+"):
                continue
            dutch = texts.DUTCH.get(text)
            if dutch is None:
                missing.append(text)
            else:
                assert set(re.findall(r"{\w+}", dutch)) == set(re.findall(r"{\w+}", text)), text
    assert missing == []
