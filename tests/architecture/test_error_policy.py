"""One error policy (`store/log_policy.py`, issue 14 defect 6): no other module logs a
traceback, formats one, or sets up logging of its own, and only the runner, the command line
and the policy itself catch every exception."""

from __future__ import annotations

import ast
from pathlib import Path

import lvs_desktop

PACKAGE = Path(lvs_desktop.__file__).parent
POLICY = PACKAGE / "store" / "log_policy.py"
# Where a bug may be caught whole: the runner, the command line, the policy's own hooks, and
# the icon lookup (a missing icon is not an error).
CATCH_ALL_ALLOWED = {"ui/worker.py", "cli.py", "store/log_policy.py", "ui/icons.py"}
TRACEBACK_CALLS = {"print_exc", "format_exc", "print_exception", "format_exception", "exception"}


def offences(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name in TRACEBACK_CALLS and path != POLICY:
                found.append(f"{where}:{node.lineno} {name}() writes a traceback")
            if name == "basicConfig":
                found.append(f"{where}:{node.lineno} logging set up outside the policy")
            if any(k.arg in ("exc_info", "stack_info") for k in node.keywords):
                found.append(f"{where}:{node.lineno} logs a traceback (exc_info)")
        if isinstance(node, ast.ExceptHandler) and where not in CATCH_ALL_ALLOWED:
            caught = node.type
            names = [getattr(caught, "id", None)] if caught is not None else ["everything"]
            if isinstance(caught, ast.Tuple):
                names = [getattr(e, "id", None) for e in caught.elts]
            if {"Exception", "BaseException", "everything"} & set(names):
                raise_again = any(isinstance(n, ast.Raise) for n in ast.walk(node))
                if not raise_again:
                    found.append(f"{where}:{node.lineno} swallows every exception")
    return found


def test_only_the_policy_handles_bugs() -> None:
    assert [o for p in sorted(PACKAGE.rglob("*.py")) for o in offences(p)] == []


def test_the_scan_sees_an_offence_when_there_is_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import logging, traceback\n"
        "try:\n    pass\nexcept Exception:\n    traceback.print_exc()\n"
        "logging.getLogger().error('x', exc_info=True)\n"
    )
    assert len(offences(sample, tmp_path)) == 3
