"""The import directions of `docs/architecture.md` hold in the code.

The layer table is read from the document itself (between its `layers:begin`/`layers:end`
markers), so the picture and the rule cannot part ways. Every `import` and `from … import`
of every module is read with `ast` (also the ones inside functions and under
`TYPE_CHECKING`: a dependency is a dependency), and each offence is reported as
`file:line`. On top of the table:

* the window's code (`ui`) uses from `store`, `reports` and `letters` only the names pinned
  below: the vault handle and what opening or creating one needs (and the one error policy),
  the report's plain result types, the letters' error type. Anything more goes through
  `services`;
* Qt (PySide6, shiboken6, qtawesome) is imported only under `lvs_desktop/ui`, with one pinned
  exception: the vault lock is a `QLockFile` (QtCore only), as DESIGN §4 chose.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import lvs_desktop

PACKAGE = Path(lvs_desktop.__file__).parent
ARCHITECTURE = PACKAGE.parent / "docs" / "architecture.md"
ROOT = "lvs_desktop"
QT_PACKAGES = {"PySide6", "shiboken6", "qtawesome", "PyQt5", "PyQt6"}

# ui -> these layers only by these names (what the window imports today; never more).
PINNED: dict[str, set[tuple[str, str]]] = {
    "store": {
        ("lvs_desktop.store", "Vault"),
        ("lvs_desktop.store", "OwnerProfile"),
        ("lvs_desktop.store", "default_vault_path"),
        ("lvs_desktop.store.passphrase", "passphrase_problem"),
        ("lvs_desktop.store.passphrase", "MIN_PASSPHRASE_LENGTH"),
        ("lvs_desktop.store.vault", "VAULT_SUFFIX"),
        # the one error policy (issue 14): the runner and the start-up report bugs through it
        ("lvs_desktop.store", "log_policy"),
        # the start-up switches the developers' GUI-thread guard on (LVS_GUI_THREAD_GUARD=1)
        ("lvs_desktop.store", "thread_guard"),
    },
    "reports": {
        ("lvs_desktop.reports.model", "AnnualReport"),
        ("lvs_desktop.reports.model", "ReportTable"),
        ("lvs_desktop.reports.model", "ReportRow"),
        ("lvs_desktop.reports.model", "SUBTOTAL"),
        ("lvs_desktop.reports.model", "DETAIL"),
        # the change against the year before ("Verandering", "%"), computed once in the model
        ("lvs_desktop.reports.model", "CHANGE_HEADERS"),
        ("lvs_desktop.reports.model", "change"),
        ("lvs_desktop.reports.model", "change_cells"),
        ("lvs_desktop.reports.model", "chart_rows"),  # shared with the PDF charts
        ("lvs_desktop.reports.suppress", "display"),
    },
    "letters": {("lvs_desktop.letters.errors", "LetterError")},
}
# The one Qt import below ui: (file, module, name).
QT_BELOW_UI = {("lvs_desktop/store/lock.py", "PySide6.QtCore", "QLockFile")}


@dataclass(frozen=True)
class Use:
    """One imported name: where (`file:line`), from which module, which name (None for
    a plain `import x.y`)."""

    file: str
    line: int
    module: str
    name: str | None

    @property
    def target(self) -> str:
        """The dotted thing imported: a submodule named in `from pkg import sub` counts as
        that submodule only for the package root (`from lvs_desktop import store`)."""
        if self.name is not None and self.module == ROOT:
            return f"{ROOT}.{self.name}"
        return self.module

    def __str__(self) -> str:
        what = self.module if self.name is None else f"{self.module}.{self.name}"
        return f"{self.file}:{self.line} imports {what}"


def layer_of(dotted: str) -> str | None:
    """`lvs_desktop.ui.desk` -> "ui"; the root files by name; None outside our package."""
    parts = dotted.split(".")
    if parts[0] != ROOT:
        return None
    if len(parts) == 1:
        return ROOT
    if parts[1] == "__main__":
        return "cli"
    return parts[1]


def module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def uses(path: Path, package: Path) -> list[Use]:
    """Every name `path` imports, relative imports resolved."""
    name = module_name(path, package)
    is_package = path.name == "__init__.py"
    here = name if is_package else name.rpartition(".")[0]
    rel = str(path.relative_to(package.parent))
    found: list[Use] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
        if isinstance(node, ast.Import):
            found += [Use(rel, node.lineno, a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found += [Use(rel, node.lineno, module, a.name) for a in node.names]
    return found


def read_layer_table(text: str) -> dict[str, set[str]]:
    """`layer -> a b c` lines between the markers; `*` names what every layer may import;
    a `!` after a layer means: only the names pinned in this test."""
    match = re.search(r"<!-- layers:begin -->(.*?)<!-- layers:end -->", text, re.S)
    assert match, "docs/architecture.md has no layers:begin/layers:end block"
    table: dict[str, set[str]] = {}
    for line in match.group(1).splitlines():
        if "->" not in line:
            continue
        left, _, right = line.partition("->")
        table[left.strip()] = set(right.split())
    return table


def offences(package: Path, table: dict[str, set[str]]) -> list[str]:
    """Every import against the table, the pins or the Qt rule, as `file:line …`."""
    everyone = table.get("*", set())
    found: list[str] = []
    for path in sorted(package.rglob("*.py")):
        source = layer_of(module_name(path, package))
        assert source is not None
        if source not in table and source != ROOT:
            unknown = f"{ROOT}/{source}: layer {source!r} is not in docs/architecture.md"
            if unknown not in found:
                found.append(unknown)
            continue
        allowed = table.get(source, set()) | everyone | {source}
        for use in uses(path, package):
            top = use.module.split(".")[0]
            if top in QT_PACKAGES:
                if source != "ui" and (use.file, use.module, use.name) not in QT_BELOW_UI:
                    found.append(f"{use} (Qt outside lvs_desktop/ui)")
                continue
            target = layer_of(use.target)
            if target is None or target == source:
                continue
            if target in allowed:
                continue
            if f"{target}!" in allowed:
                if (use.module, use.name or "") in PINNED.get(target, set()):
                    continue
                found.append(f"{use} ({source} may use only the pinned names of {target})")
                continue
            found.append(f"{use} ({source} may not import {target})")
    return found


def table() -> dict[str, set[str]]:
    return read_layer_table(ARCHITECTURE.read_text(encoding="utf-8"))


def test_the_import_directions_of_the_architecture_hold() -> None:
    assert offences(PACKAGE, table()) == []


def test_every_part_of_the_package_has_a_place_in_the_table() -> None:
    layers = {layer_of(module_name(p, PACKAGE)) for p in PACKAGE.rglob("*.py")}
    assert layers - {ROOT} <= set(table()), "a new layer needs its line in docs/architecture.md"


def test_what_the_architecture_promises() -> None:
    """The rules the issue names are in the document's table, not only in this test."""
    t = table()
    assert t["models"] == set()
    assert not any("ui" in allowed for layer, allowed in t.items() if layer not in ("cli",))
    assert "store!" in t["ui"] and "store" not in t["ui"]
    assert not {"ui", "commands", "cli"} & t["services"]


def _write(root: Path, relative: str, source: str) -> None:
    path = root / ROOT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    for parent in path.parents:
        if parent == root:
            break
        (parent / "__init__.py").touch()


def test_the_scan_names_each_offence_with_its_line(tmp_path: Path) -> None:
    _write(tmp_path, "models/person.py", "import os\n\nfrom lvs_desktop.services import x\n")
    _write(tmp_path, "store/vault.py", "def f():\n    from PySide6.QtWidgets import QWidget\n")
    _write(
        tmp_path,
        "ui/page.py",
        "from lvs_desktop.store import Vault\n"
        "from ..store import connection\n"
        "import lvs_desktop.store.backup\n"
        "from lvs_desktop import services, __version__\n",
    )
    _write(tmp_path, "services/cases.py", "from lvs_desktop.ui.page import Page\n")
    _write(tmp_path, "gadgets/thing.py", "x = 1\n")
    found = offences(tmp_path / ROOT, table())
    assert found == [
        "lvs_desktop/gadgets: layer 'gadgets' is not in docs/architecture.md",
        "lvs_desktop/models/person.py:3 imports lvs_desktop.services.x "
        "(models may not import services)",
        "lvs_desktop/services/cases.py:1 imports lvs_desktop.ui.page.Page "
        "(services may not import ui)",
        "lvs_desktop/store/vault.py:2 imports PySide6.QtWidgets.QWidget "
        "(Qt outside lvs_desktop/ui)",
        "lvs_desktop/ui/page.py:2 imports lvs_desktop.store.connection "
        "(ui may use only the pinned names of store)",
        "lvs_desktop/ui/page.py:3 imports lvs_desktop.store.backup "
        "(ui may use only the pinned names of store)",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("from . import merge", "lvs_desktop.sync"),
        ("from .merge import x", "lvs_desktop.sync.merge"),
        ("from .. import models", "lvs_desktop"),
    ],
)
def test_relative_imports_resolve(tmp_path: Path, line: str, expected: str) -> None:
    _write(tmp_path, "sync/importer.py", line + "\n")
    package = tmp_path / ROOT
    [use] = uses(package / "sync" / "importer.py", package)
    assert use.module == expected
