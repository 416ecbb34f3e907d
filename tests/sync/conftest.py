"""Fixtures for the sync tests: the cheap scrypt setting (one switch) and row builders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lvs_desktop.sync import kdf


@pytest.fixture(autouse=True)
def fast_transfer_kdf(request: pytest.FixtureRequest) -> Iterator[None]:
    """Bundles use the cheap scrypt setting unless a test is marked `real_kdf`."""
    kdf.use_fast_kdf_for_tests(request.node.get_closest_marker("real_kdf") is None)
    yield
    kdf.use_fast_kdf_for_tests(False)


@pytest.fixture
def team(tmp_path):  # type: ignore[no-untyped-def]
    """Anna's and Bram's laptops and Lea's team vault, created on demand: `team.open(...)`."""
    from vaults import Team

    made = Team(tmp_path)
    yield made
    made.close()
