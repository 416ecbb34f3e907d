"""Where the register's fixture files are, and the reference date the lists are known on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ON = date(2026, 11, 30)
