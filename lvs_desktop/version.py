"""The program's version, as the installed package's metadata says (`lvs-desktop 0.1.0`)."""

from __future__ import annotations

import importlib.metadata

from lvs_desktop import __version__


def program_version() -> str:
    """The installed package's version (the source tree's when it is not installed)."""
    try:
        return importlib.metadata.version("lvs-desktop")
    except importlib.metadata.PackageNotFoundError:
        return __version__
