"""One runner for background work: no module but `ui/worker.py` starts a thread of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import lvs_desktop

PACKAGE = Path(lvs_desktop.__file__).parent
RUNNER = PACKAGE / "ui" / "worker.py"
# Names that start threads or hand work to a pool.
THREAD_NAMES = {
    "QThread",
    "QThreadPool",
    "QRunnable",
    "QtConcurrent",
    "Thread",
    "ThreadPoolExecutor",
    "ProcessPoolExecutor",
    "start_new_thread",
    "Timer",
}


def _thread_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        if name in THREAD_NAMES:
            found.append(f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', '?')} {name}")
    return found


def test_only_the_runner_starts_threads() -> None:
    offenders = [
        use
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != RUNNER
        for use in _thread_uses(path)
    ]
    assert offenders == []


def test_the_scan_sees_a_thread_when_there_is_one() -> None:
    assert _thread_uses(RUNNER)  # the runner itself uses the pool: the scan can fail
