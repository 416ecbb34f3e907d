"""The letter settings of a vault: the region's letterhead and its own templates (checked on
save), with the shipped templates in their place where it has none."""

from __future__ import annotations

import json
from functools import lru_cache

from lvs_desktop.letters.letterhead import Letterhead, load_letterhead
from lvs_desktop.letters.templates import LetterTemplate, load_templates
from lvs_desktop.store import Vault

LETTERHEAD_KEY = "letterhead"
TEMPLATES_KEY = "letter_templates"

__all__ = [
    "LETTERHEAD_KEY",
    "TEMPLATES_KEY",
    "get_letterhead",
    "get_templates",
    "set_letterhead",
    "set_template",
]


def get_letterhead(vault: Vault) -> Letterhead:
    """The region's letterhead from the vault's settings, or the default."""
    return load_letterhead(vault.get_setting(LETTERHEAD_KEY))


def set_letterhead(vault: Vault, letterhead: Letterhead) -> None:
    vault.set_setting(LETTERHEAD_KEY, json.loads(letterhead.to_settings()))


@lru_cache(maxsize=4)
def _templates(overrides: tuple[tuple[str, str], ...]) -> dict[str, LetterTemplate]:
    return load_templates(dict(overrides))


def get_templates(vault: Vault) -> dict[str, LetterTemplate]:
    """The shipped templates with the region's own versions from the settings in their place."""
    stored = vault.get_setting(TEMPLATES_KEY, {}) or {}
    return _templates(tuple(sorted(stored.items())))


def set_template(vault: Vault, kind: str, text: str | None) -> None:
    """Keep a region's own template for `kind` (checked first); None returns to the shipped one."""
    stored = dict(vault.get_setting(TEMPLATES_KEY, {}) or {})
    if text is None:
        stored.pop(kind, None)
    else:
        load_templates({kind: text})  # raises TemplateError naming the problem
        stored[kind] = text
    vault.set_setting(TEMPLATES_KEY, stored)
