"""The files shipped with the program (`resources/` in the repository), wherever it runs.

Templates, fonts, registers, translations and the guide are read through `resource_path`
only, never from a path built beside a module's `__file__`:

* installed from the wheel, and in the standalone build, they live inside the package as
  `lvs_desktop/resources/` (`pyproject.toml` force-includes the repository's `resources/`
  there; `lvs-desktop.spec` collects it to the same place), found by `importlib.resources`;
* in a checkout (`pip install -e`), the package has no such folder, and the repository's
  `resources/` beside the package is used, so an edited template shows at once.

This module imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "lvs_desktop"
FOLDER = "resources"


class MissingResourcesError(RuntimeError):
    """The installation lacks its shipped files: a broken install, not a user's mistake."""


@cache
def resource_root() -> Path:
    """The folder that holds the shipped files: the package's own, else the checkout's."""
    package = files(PACKAGE)
    shipped = package / FOLDER
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped
    if isinstance(package, Path):
        checkout = package.parent / FOLDER
        if (checkout / "letters").is_dir():
            return checkout
    raise MissingResourcesError(
        "De installatie van LVS Desktop is onvolledig: de map met sjablonen, lettertypen en "
        "vertalingen ontbreekt. Installeer het programma opnieuw."
    )


def resource_path(relative: str) -> Path:
    """A shipped file or folder by its path under `resources/`, e.g. `"letters/fonts"`.

    The path need not exist (a caller may look for an optional file); `..` is refused."""
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise ValueError(f"resource path leaves the resources folder: {relative!r}")
    return resource_root().joinpath(*parts)
