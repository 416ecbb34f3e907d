"""Mapping profiles: which column of a download holds which field of the Besluit verzuimmelding.

Our fields are fixed (`FIELDS`, with Dutch labels); the column names differ per export. The
default profile ("standaard") names the columns of the Verzuimloket download; a region keeps
its own profiles in the vault (`IntakeProfile`), each a full mapping field → column. Column
names are compared without case and surrounding spaces. A mapping *fits* a file when every
required field's column is in its header; without a named profile the import takes the
default if it fits, else the first stored profile (by name) that fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import IntakeProfile, UserError
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault

DEFAULT_NAME = "standaard"

#: Our fields and their Dutch labels, in the order the preview shows them.
FIELDS: dict[str, str] = {
    "duo_number": "Meldingnummer DUO",
    "bsn": "BSN",
    "onderwijsnummer": "Onderwijsnummer",
    "given_names": "Voornamen",
    "surname_prefix": "Voorvoegsel",
    "surname": "Achternaam",
    "birth_date": "Geboortedatum",
    "street": "Straat",
    "house_number": "Huisnummer",
    "postcode": "Postcode",
    "city": "Woonplaats",
    "brin": "BRIN",
    "vestiging": "Vestiging",
    "report_type": "Soort verzuim",
    "received_on": "Datum melding",
    "period_start": "Begindatum verzuim",
    "period_end": "Einddatum verzuim",
    "hours_absent": "Uren verzuim",
    "hours_unit": "Soort uren",
    "reporter_name": "Contactpersoon school",
    "reporter_function": "Functie contactpersoon",
    "reporter_phone": "Telefoon contactpersoon",
    "reporter_email": "E-mail contactpersoon",
}
REQUIRED = ("duo_number", "surname", "birth_date", "brin", "report_type", "received_on")

#: The Verzuimloket download's column names.
DEFAULT_COLUMNS: dict[str, str] = {
    "duo_number": "Meldingnummer",
    "bsn": "BSN",
    "onderwijsnummer": "Onderwijsnummer",
    "given_names": "Voornamen",
    "surname_prefix": "Voorvoegsel",
    "surname": "Achternaam",
    "birth_date": "Geboortedatum",
    "street": "Straat",
    "house_number": "Huisnummer",
    "postcode": "Postcode",
    "city": "Woonplaats",
    "brin": "BRIN",
    "vestiging": "Vestiging",
    "report_type": "Verzuimsoort",
    "received_on": "Datum melding",
    "period_start": "Begindatum verzuim",
    "period_end": "Einddatum verzuim",
    "hours_absent": "Uren verzuim",
    "hours_unit": "Soort uren",
    "reporter_name": "Contactpersoon",
    "reporter_function": "Functie contactpersoon",
    "reporter_phone": "Telefoon contactpersoon",
    "reporter_email": "E-mail contactpersoon",
}


@dataclass(frozen=True)
class Profile:
    name: str
    columns: dict[str, str]  # field -> column name

    def missing(self, header: list[str]) -> list[str]:
        """Required fields whose column is not in the header (Dutch labels)."""
        have = {_key(h) for h in header}
        return [FIELDS[f] for f in REQUIRED if _key(self.columns.get(f, "")) not in have]

    def indexes(self, header: list[str]) -> dict[str, int]:
        """field -> position in the header, for the fields the header has."""
        at = {_key(h): i for i, h in enumerate(header)}
        return {f: at[_key(c)] for f, c in self.columns.items() if _key(c) in at}


def _key(column: str) -> str:
    return " ".join(column.split()).casefold()


DEFAULT_PROFILE = Profile(DEFAULT_NAME, dict(DEFAULT_COLUMNS))


def list_profiles(vault: Vault) -> list[Profile]:
    """The default profile first, then the region's by name."""
    with vault.session() as s:
        stored = [
            Profile(p.name, dict(p.columns))
            for p in s.scalars(select(IntakeProfile).order_by(IntakeProfile.name))
        ]
    return [DEFAULT_PROFILE, *stored]


def get_profile(vault: Vault, name: str) -> Profile:
    for profile in list_profiles(vault):
        if profile.name.casefold() == name.strip().casefold():
            return profile
    raise UserError(f"Er is geen koppelprofiel met de naam '{name.strip()}'.")


def choose_profile(vault: Vault, header: list[str], name: str | None) -> Profile:
    """The named profile (it must fit), else the first that fits; a clear message if none."""
    if name:
        profile = get_profile(vault, name)
        missing = profile.missing(header)
        if missing:
            raise UserError(
                f"Het profiel '{profile.name}' past niet bij het bestand: de kolom voor "
                f"{', '.join(missing)} ontbreekt."
            )
        return profile
    for profile in list_profiles(vault):
        if not profile.missing(header):
            return profile
    raise UserError(
        "Geen koppelprofiel past bij het bestand: de kolom voor "
        f"{', '.join(DEFAULT_PROFILE.missing(header))} ontbreekt. Maak een profiel met "
        "de kolomnamen van dit bestand."
    )


def field_code(name: str) -> str:
    """The field for a name a person writes: its code ("duo_number") or its Dutch label
    ("Meldingnummer DUO", any case); an unknown name comes back as written."""
    text = " ".join(name.split())
    by_label = {label.casefold(): code for code, label in FIELDS.items()}
    return text if text in FIELDS else by_label.get(text.casefold(), text)


def save_profile(vault: Vault, name: str, columns: dict[str, str]) -> Profile:
    """Store (or replace) a region profile: fields not named keep the default column."""
    clean_name = " ".join(name.split())
    if not clean_name or len(clean_name) > 60:
        raise UserError("Geef het profiel een naam van 1 tot 60 tekens.")
    if clean_name.casefold() == DEFAULT_NAME:
        raise UserError(f"Het profiel '{DEFAULT_NAME}' ligt vast; kies een andere naam.")
    columns = {field_code(name): column for name, column in columns.items()}
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        known = ", ".join(f"{label} ({code})" for code, label in FIELDS.items())
        raise UserError(f"Onbekend veld: {', '.join(unknown)} (bekend: {known}).")
    mapping = dict(DEFAULT_COLUMNS)
    for field_name, column in columns.items():
        text = " ".join(column.split())
        if not text:
            raise UserError(f"Geef een kolomnaam voor {FIELDS[field_name]}.")
        mapping[field_name] = text
    with UnitOfWork(vault, "save_intake_profile") as uow:
        existing = uow.session.get(IntakeProfile, clean_name)
        if existing is None:
            uow.session.add(IntakeProfile(name=clean_name, columns=mapping))
        else:
            existing.columns = mapping
        uow.audit("update" if existing else "create", "intake_profile", None, "intake_profile")
        uow.commit(f"Koppelprofiel {clean_name} opgeslagen.")
    return Profile(clean_name, mapping)


def delete_profile(vault: Vault, name: str) -> None:
    with UnitOfWork(vault, "delete_intake_profile") as uow:
        row = uow.session.scalars(
            select(IntakeProfile).where(IntakeProfile.name == " ".join(name.split()))
        ).first()
        if row is None:
            raise UserError(f"Er is geen koppelprofiel met de naam '{name.strip()}'.")
        uow.session.delete(row)
        uow.audit("delete", "intake_profile", None, "intake_profile")
        uow.commit()
