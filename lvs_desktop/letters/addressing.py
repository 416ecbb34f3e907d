"""Who a letter is about and who it goes to: addresses, people, the pupil, the recipient.

Frozen dataclasses with the Dutch forms a letter needs as properties ("De heer A. Jansen",
"Geachte mevrouw De Vries,", "3311 AB  DORDRECHT"); part of the template context of `facts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lvs_desktop.letters import dutch
from lvs_desktop.letters.dutch import Gender


@dataclass(frozen=True, kw_only=True)
class Address:
    """A postal address; `country` empty means the Netherlands."""

    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""

    @property
    def is_complete(self) -> bool:
        return bool(self.street and self.house_number and self.postcode and self.city)

    @property
    def is_abroad(self) -> bool:
        return bool(self.country.strip()) and self.country.strip().lower() not in {
            "nederland",
            "nl",
        }

    @property
    def street_line(self) -> str:
        """Dordtselaan 12a."""
        return f"{self.street.strip()} {self.house_number.strip()}".strip()

    @property
    def postal_line(self) -> str:
        """3311 AB  DORDRECHT."""
        return dutch.postal_line(self.postcode, self.city)

    @property
    def lines(self) -> tuple[str, ...]:
        """The address lines under the name in the address block."""
        out = [self.street_line, self.postal_line]
        if self.is_abroad:
            out.append(self.country.strip().upper())
        return tuple(line for line in out if line)

    @property
    def one_line(self) -> str:
        """Dordtselaan 12a, 3311 AB Dordrecht (in running text)."""
        place = f"{dutch.normalise_postcode(self.postcode)} {self.city.strip()}".strip()
        return ", ".join(p for p in (self.street_line, place) if p)


@dataclass(frozen=True, kw_only=True)
class Person:
    """A named person: parent, pupil, young adult or suspect."""

    given_names: str = ""
    surname_prefix: str = ""
    surname: str
    gender: Gender = Gender.UNKNOWN
    initials_given: str = ""
    birth_date: date | None = None
    birth_place: str = ""
    bsn: str = ""
    address: Address | None = None
    relation: str = ""  # "moeder", "vader", "voogd", "verzorger", "" for the pupil himself
    has_authority: bool = True
    is_carer: bool = True

    @property
    def initials(self) -> str:
        return self.initials_given or dutch.initials(self.given_names)

    @property
    def full_name(self) -> str:
        """Daan van den Berg (or A. van den Berg when only initials are known)."""
        first = self.given_names or self.initials
        return dutch.full_name(first, self.surname_prefix, self.surname)

    @property
    def formal_name(self) -> str:
        """D. van den Berg."""
        return dutch.formal_name(self)

    @property
    def call_name(self) -> str:
        return dutch.call_name(self.given_names) or self.full_name

    @property
    def title_name(self) -> str:
        """de heer Jansen / mevrouw De Vries / de heer/mevrouw A. Jansen, inside a sentence."""
        if self.gender is Gender.UNKNOWN:
            return f"de heer/mevrouw {self.formal_name}"
        title = "de heer" if self.gender is Gender.MALE else "mevrouw"
        return f"{title} {dutch.surname_full(self.surname_prefix, self.surname, opening=True)}"

    @property
    def address_line(self) -> str:
        """De heer A. Jansen: the name line of the address block."""
        return dutch.address_name_line(self)


@dataclass(frozen=True, kw_only=True)
class SchoolInfo:
    """The school (location) where the pupil is enrolled."""

    name: str
    brin: str = ""
    school_type: str = ""
    address: Address | None = None
    phone: str = ""
    contact_name: str = ""


@dataclass(frozen=True, kw_only=True)
class Pupil(Person):
    """The child or young adult the case is about, with age and school on the letter date."""

    age: int | None = None
    school: SchoolInfo | None = None
    grade: str = ""
    enrolled_on: date | None = None
    kwalificatieplichtig: bool = False

    @property
    def child_noun(self) -> str:
        """zoon / dochter / kind (after "uw")."""
        return {Gender.MALE: "zoon", Gender.FEMALE: "dochter"}.get(self.gender, "kind")

    @property
    def he(self) -> str:
        return {Gender.MALE: "hij", Gender.FEMALE: "zij"}.get(self.gender, "hij of zij")

    @property
    def his(self) -> str:
        return {Gender.MALE: "zijn", Gender.FEMALE: "haar"}.get(self.gender, "zijn of haar")

    @property
    def him(self) -> str:
        return {Gender.MALE: "hem", Gender.FEMALE: "haar"}.get(self.gender, "hem of haar")


class RecipientRole(StrEnum):
    """Who a letter goes to; decides the form of address and what it may contain."""

    GUARDIANS = "guardian"  # one or two parents/carers at one address
    PUPIL = "pupil"  # a pupil of 12-17 (own invitation)
    YOUNG_ADULT = "youth"  # 18 or older: the young person alone
    ORGANISATION = "organisation"  # Halt, the officier van justitie


@dataclass(frozen=True, kw_only=True)
class Recipient:
    """The addressee(s) of one letter: one or two people at one address, or an organisation."""

    role: RecipientRole
    people: tuple[Person, ...] = ()
    address: Address | None = None
    organisation: str = ""  # for ORGANISATION: "Halt Zuid-West", "Openbaar Ministerie"
    attention_of: str = ""  # "t.a.v. …" line under an organisation

    @property
    def is_youth(self) -> bool:
        return self.role in (RecipientRole.PUPIL, RecipientRole.YOUNG_ADULT)

    @property
    def is_guardian(self) -> bool:
        return self.role is RecipientRole.GUARDIANS

    @property
    def informal(self) -> bool:
        """A pupil under 18 is addressed with "Beste Daan," and "je"."""
        return self.role is RecipientRole.PUPIL

    @property
    def salutation(self) -> str:
        if self.role is RecipientRole.ORGANISATION:
            return "Geachte heer, mevrouw,"
        return dutch.salutation(self.people, informal=self.informal)

    @property
    def name_lines(self) -> tuple[str, ...]:
        lines: tuple[str, ...]
        if self.role is RecipientRole.ORGANISATION:
            lines = (self.organisation, self.attention_of)
        elif self.role is RecipientRole.PUPIL:
            lines = tuple(p.full_name for p in self.people)  # no "De heer" for a 13-year-old
        elif self.people:
            lines = tuple(p.address_line for p in self.people)
        else:
            lines = ("Aan de ouder(s)/verzorger(s) van",)
        return tuple(line for line in lines if line)

    @property
    def address_lines(self) -> tuple[str, ...]:
        """Name and address, as printed in the envelope window."""
        return self.name_lines + (self.address.lines if self.address else ())

    @property
    def display_name(self) -> str:
        """For the letter list in the vault: "Mevrouw B. de Vries en de heer A. Jansen"."""
        first, *others = self.name_lines or ("",)
        rest = [
            line[:1].lower() + line[1:] if line.startswith(("De heer ", "Mevrouw ")) else line
            for line in others
        ]
        return " en ".join([first, *rest])
