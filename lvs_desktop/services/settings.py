"""Vault settings: the consultant's profile, the region's deadline terms, auto-lock, language."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from lvs_desktop.models import Consultant, UserError
from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker
from lvs_desktop.store import Vault

TERMS_KEY = "deadline_terms"
AUTO_LOCK_KEY = "auto_lock_minutes"
LANGUAGE_KEY = "language"
DEFAULT_AUTO_LOCK_MINUTES = 10
LANGUAGES = ("nl", "en")


@dataclass
class Profile:
    """The vault owner's details, as letters and the PV need them."""

    name: str
    code: str
    function_title: str | None = None
    phone: str | None = None
    email: str | None = None
    boa_number: str | None = None
    akte_expires_on: date | None = None


def get_profile(vault: Vault) -> Profile:
    with vault.session() as session:
        c = session.get(Consultant, vault.owner_id or "")
        if c is None:
            raise UserError("De kluis heeft geen eigenaar.")
        return Profile(
            c.name, c.code, c.function_title, c.phone, c.email, c.boa_number, c.akte_expires_on
        )


def set_profile(vault: Vault, profile: Profile) -> ChangeSummary:
    c = Checker()
    c.required(profile.name, "Naam")
    c.required(profile.code, "Code")
    c.check(profile.code.isalpha() and len(profile.code) <= 4, "De code is 1 tot 4 letters.")
    c.done()
    with UnitOfWork(vault, "update_profile") as uow:
        owner = uow.session.get_one(Consultant, vault.owner_id)
        for key, value in asdict(profile).items():
            value = value.upper() if key == "code" else value
            if getattr(owner, key) != value:
                setattr(owner, key, value)
        return uow.commit("Profiel opgeslagen.")


def get_terms(vault: Vault) -> DeadlineTerms:
    """The region's deadline terms (DOMAIN §3 leaves them to practice): stored, or defaults."""
    stored: dict[str, Any] = vault.get_setting(TERMS_KEY, {}) or {}
    known = {f.name for f in fields(DeadlineTerms)}
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in stored.items() if k in known
    }
    return DeadlineTerms(**values)


def set_terms(vault: Vault, terms: DeadlineTerms) -> None:
    c = Checker()
    for f in fields(terms):
        value = getattr(terms, f.name)
        if isinstance(value, int):
            c.check(0 < value < 400, f"Termijn '{f.name}' moet tussen 1 en 400 liggen.")
    c.done()
    vault.set_setting(TERMS_KEY, asdict(terms))


def get_auto_lock_minutes(vault: Vault) -> int:
    return int(vault.get_setting(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES))


def set_auto_lock_minutes(vault: Vault, minutes: int) -> None:
    if not 1 <= minutes <= 120:
        raise UserError("Automatisch vergrendelen: kies 1 tot 120 minuten.")
    vault.set_setting(AUTO_LOCK_KEY, minutes)


def get_language(vault: Vault) -> str:
    return str(vault.get_setting(LANGUAGE_KEY, "nl"))


def set_language(vault: Vault, language: str) -> None:
    if language not in LANGUAGES:
        raise UserError("Kies Nederlands of Engels.")
    vault.set_setting(LANGUAGE_KEY, language)
