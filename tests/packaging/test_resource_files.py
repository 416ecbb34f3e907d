"""The shipped files are found through `lvs_desktop.resource_files`, and only through it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lvs_desktop
from lvs_desktop.resource_files import resource_path, resource_root

PACKAGE = Path(lvs_desktop.__file__).resolve().parent
CHECKOUT = PACKAGE.parent


def test_in_the_checkout_the_repositorys_resources_are_read() -> None:
    assert not (PACKAGE / "resources").exists()  # the wheel's folder is made at build time
    assert resource_root() == CHECKOUT / "resources"
    fonts = resource_path("letters/fonts")
    assert (fonts / "LiberationSans-Regular.ttf").is_file()
    assert resource_path("letters/templates/invitation-1.toml").is_file()
    assert resource_path("registers/gemeenten.csv").is_file()
    assert resource_path("translations/lvs_nl.qm").is_file()


def test_a_path_out_of_the_resources_is_refused() -> None:
    with pytest.raises(ValueError):
        resource_path("../pyproject.toml")
    with pytest.raises(ValueError):
        resource_path("letters/../../pyproject.toml")


def test_the_users_of_shipped_files_take_their_paths_from_the_helper() -> None:
    from lvs_desktop.letters import styles, templates
    from lvs_desktop.services.region import reference
    from lvs_desktop.ui import i18n
    from lvs_desktop.ui.letters import i18n as letters_i18n

    root = resource_root()
    for path in (
        styles.FONTS_DIR,
        templates.RESOURCES_DIR,
        reference.MUNICIPALITIES_CSV,
        i18n.TRANSLATIONS,
        letters_i18n.QM,
    ):
        assert path.is_relative_to(root) and path.exists(), path


def _code_strings(tree: ast.AST) -> list[ast.Constant]:
    """String constants that are not docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_module_builds_its_own_path_to_the_resources() -> None:
    offenders = []
    for file in sorted(PACKAGE.rglob("*.py")):
        if file.name == "resource_files.py":
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in _code_strings(tree):
            if node.value == "resources" or node.value.startswith("resources/"):
                offenders.append(f"{file.relative_to(CHECKOUT)}:{node.lineno}")
    assert offenders == [], "use lvs_desktop.resource_files.resource_path: " + ", ".join(offenders)
