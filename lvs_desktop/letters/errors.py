"""The errors of the letters package: missing facts, a wrong template or a wrong letterhead.

All three are user errors: a Dutch one-line message without personal data, no traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

from lvs_desktop.models.errors import UserError

# Where a missing fact is put right: the window and the command line (`lvs-desktop …`).
WHERE_TO_FIX = {
    "een ouder of verzorger met gezag": (
        "venster Dossier → Betrokkenen, of `lvs-desktop case guardian add KENMERK`"
    ),
    "het BOA-nummer van de consulent": (
        "venster Instellingen → Profiel, of `lvs-desktop region roster --edit CODE --boa-number …`"
    ),
}


def _with_fix(missing: str) -> str:
    where = WHERE_TO_FIX.get(missing)
    return f"{missing} ({where})" if where else missing


class LetterError(UserError):
    """A letter cannot be made: `missing` lists every missing or invalid fact, in Dutch, each
    known one with where to add it."""

    def __init__(self, missing: Sequence[str], *, kind: str = "") -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        self.kind = kind
        what = f"De brief '{kind}'" if kind else "De brief"
        super().__init__(
            f"{what} kan niet worden gemaakt. Ontbreekt of klopt niet: "
            + "; ".join(map(_with_fix, self.missing))
        )


class TemplateError(UserError):
    """A letter template cannot be loaded: names the template and what is wrong."""

    def __init__(self, template: str, problem: str) -> None:
        self.template = template
        self.problem = problem
        super().__init__(f"Briefsjabloon '{template}' is ongeldig: {problem}")


class LetterheadError(UserError):
    """The letterhead settings are invalid: names each wrong field."""
