"""GUI tests of outreach and referrals: the desk of `tests/ui_outcomes` (a real vault made
empty by the `vault` fixture, filled through the services, Dutch, "today" fixed); Qt
warnings fail."""

from __future__ import annotations

import pytest

from tests.ui_outcomes.conftest import OFFSCREEN_NOISE, _dutch, open_desk  # noqa: F401


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_outreach/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
