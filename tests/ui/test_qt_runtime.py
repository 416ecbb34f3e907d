"""The Qt binding itself survives a working day's worth of events.

PySide6 6.12.0 on Python 3.11 over-releases None while processing events: after a few
thousand the interpreter aborts ("none_dealloc"). pyproject.toml keeps that release out;
this test fails if a broken binding comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
for i in range(5000):
    w.resize(100 + i % 50, 100)
    app.processEvents()
print("ok")
"""


def test_many_events_do_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
