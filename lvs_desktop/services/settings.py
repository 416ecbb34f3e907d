"""Vault settings: the consultant's profile, the region's deadline terms, auto-lock, language.

The profile holds what a proces-verbaal states about its verbalisant (issue 11, defect 7):
the BOA number and akte (number, expiry), eed or belofte, and the appointment as
leerplichtambtenaar (art. 16 Lpw: by whom, on which date). The region's confirmed wording of
the pupil's kwalificatieplicht article (`PV_ARTICLE_KEY`) is a region setting."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from lvs_desktop.models import Consultant, UserError
from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker
from lvs_desktop.store import Vault
from lvs_desktop.store.vault import SWORN_BY

TERMS_KEY = "deadline_terms"
AUTO_LOCK_KEY = "auto_lock_minutes"
LANGUAGE_KEY = "language"
DEFAULT_AUTO_LOCK_MINUTES = 10
LANGUAGES = ("nl", "en")
PV_ARTICLE_KEY = "pv_article_pupil_kwalificatieplicht"  # a region setting (models.region)


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
    akte_number: str | None = None
    sworn_by: str | None = None  # "eed" / "belofte"
    appointed_by: str | None = None  # art. 16 Lpw: the college that appointed
    appointed_on: date | None = None


def get_profile(vault: Vault) -> Profile:
    with vault.session() as session:
        c = session.get(Consultant, vault.owner_id or "")
        if c is None:
            raise UserError("De kluis heeft geen eigenaar.")
        return Profile(**{f.name: getattr(c, f.name) for f in fields(Profile)})


def set_profile(vault: Vault, profile: Profile) -> ChangeSummary:
    c = Checker()
    c.required(profile.name, "Naam")
    c.required(profile.code, "Code")
    c.check(profile.code.isalpha() and len(profile.code) <= 4, "De code is 1 tot 4 letters.")
    c.check(profile.sworn_by in (None, *SWORN_BY), "Beëdigd met 'eed' of 'belofte'.")
    c.check(
        (profile.appointed_by is None) == (profile.appointed_on is None),
        "Aanwijzing als leerplichtambtenaar: vul zowel door wie als de datum in.",
    )
    c.done()
    with UnitOfWork(vault, "update_profile") as uow:
        owner = uow.session.get_one(Consultant, vault.owner_id)
        for key, value in asdict(profile).items():
            value = value.upper() if key == "code" else value
            if getattr(owner, key) != value:
                setattr(owner, key, value)
        return uow.commit("Profiel opgeslagen.")


def get_pv_article(vault: Vault) -> str:
    """The region's confirmed wording of the article for a kwalificatieplichtige pupil as
    suspect ("" when the region has not confirmed one: such a PV is not finalised)."""
    value = vault.get_setting(PV_ARTICLE_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def set_pv_article(vault: Vault, text: str) -> None:
    text = " ".join(text.split())
    if text and "26" not in text:
        raise UserError(
            "Het artikel voor een kwalificatieplichtige leerling noemt de strafbepaling "
            "(artikel 26, tweede lid, Leerplichtwet 1969)."
        )
    vault.set_setting(PV_ARTICLE_KEY, text)


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
