"""The letterhead (briefhoofd): organisation, addresses, logo, signatory and the envelope window.

A region sets its own in the vault's settings (a JSON object); `load_letterhead` validates it and
explains every wrong field in Dutch. The defaults are those of LVS Zuid-Holland Zuid; the
visiting address, phone, e-mail and website are settings a region must check.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import struct
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from lvs_desktop.letters.errors import LetterheadError

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# Dutch labels for the fields, used in error messages.
FIELD_LABELS = {
    "organisation": "organisatie",
    "department": "afdeling",
    "return_address": "retouradres",
    "visiting_address": "bezoekadres",
    "postal_address": "postadres",
    "phone": "telefoon",
    "email": "e-mail",
    "website": "website",
    "logo_png": "logo",
    "logo_width_mm": "logobreedte",
    "signatory_name": "ondertekenaar",
    "signatory_function": "functie ondertekenaar",
    "on_behalf_of": "namens",
    "place": "plaats",
    "accent_colour": "accentkleur",
    "body_font_size": "lettergrootte",
    "window": "venster",
    "left_mm": "links (mm)",
    "top_mm": "boven (mm)",
    "width_mm": "breedte (mm)",
    "height_mm": "hoogte (mm)",
}


class AddressWindow(BaseModel):
    """Where the address block goes: the envelope window, in mm from the page's top left."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    left_mm: float = Field(default=20.0, ge=5.0, le=120.0)
    top_mm: float = Field(default=50.0, ge=15.0, le=120.0)
    width_mm: float = Field(default=85.0, ge=60.0, le=100.0)
    height_mm: float = Field(default=40.0, ge=25.0, le=50.0)

    @model_validator(mode="after")
    def _fits_on_a4(self) -> AddressWindow:
        if self.left_mm + self.width_mm > A4_WIDTH_MM - 5:
            raise ValueError("het venster valt buiten de rechterkant van het A4")
        return self


class Letterhead(BaseModel):
    """The region's letterhead and signatory; frozen once loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation: str = Field(
        default="Leerplicht en Voortijdig Schoolverlaten Zuid-Holland Zuid",
        min_length=3,
        max_length=120,
    )
    department: str = Field(default="Dienst Gezondheid & Jeugd", max_length=120)
    return_address: str = Field(
        default="Postbus 166, 3300 AD  Dordrecht", min_length=5, max_length=80
    )
    visiting_address: str = Field(default="Karel Lotsyweg 40, 3318 AL  Dordrecht", max_length=120)
    postal_address: str = Field(default="Postbus 166, 3300 AD  Dordrecht", max_length=120)
    phone: str = Field(default="078 770 85 00", max_length=40)
    email: str = Field(default="leerplicht@dienstgezondheidjeugd.nl", max_length=120)
    website: str = Field(default="www.dienstgezondheidjeugd.nl", max_length=120)
    logo_png: bytes | None = None
    logo_width_mm: float = Field(default=55.0, ge=15.0, le=80.0)
    signatory_name: str = Field(default="", max_length=120)  # empty: the consultant signs
    signatory_function: str = Field(default="", max_length=120)  # empty: the consultant's function
    on_behalf_of: str = Field(default="", max_length=160)  # "namens het college van …"
    place: str = Field(default="Dordrecht", min_length=2, max_length=80)
    accent_colour: str = "#1d5a8a"
    body_font_size: float = Field(default=10.0, ge=9.0, le=12.0)
    window: AddressWindow = AddressWindow()  # frozen, so one default can be shared

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if v and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v):
            raise ValueError("geen geldig e-mailadres")
        return v

    @field_validator("accent_colour")
    @classmethod
    def _colour(cls, v: str) -> str:
        if not _HEX_COLOUR.match(v):
            raise ValueError("gebruik een kleur als #1d5a8a")
        return v

    @field_validator("logo_png", mode="before")
    @classmethod
    def _logo(cls, v: Any) -> bytes | None:
        if v is None or v == "" or v == b"":
            return None
        if isinstance(v, str):
            try:
                v = base64.b64decode(v, validate=True)
            except binascii.Error as exc:
                raise ValueError("het logo is geen geldige base64-tekst") from exc
        if not isinstance(v, bytes | bytearray):
            raise ValueError("het logo moet een PNG-bestand zijn")
        data = bytes(v)
        if not data.startswith(_PNG_SIGNATURE) or len(data) < 24:
            raise ValueError("het logo moet een PNG-bestand zijn")
        if len(data) > 2_000_000:
            raise ValueError("het logo is groter dan 2 MB")
        return data

    @property
    def logo_size_px(self) -> tuple[int, int] | None:
        """Width and height of the PNG logo, read from its header."""
        if self.logo_png is None:
            return None
        width, height = struct.unpack(">II", self.logo_png[16:24])
        return width, height

    def to_settings(self) -> str:
        """The JSON to keep in the vault's settings (logo as base64)."""
        data = self.model_dump(exclude={"logo_png"})
        if self.logo_png is not None:
            data["logo_png"] = base64.b64encode(self.logo_png).decode("ascii")
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


DEFAULT_LETTERHEAD = Letterhead()


def _label(loc: tuple[int | str, ...]) -> str:
    return ".".join(FIELD_LABELS.get(str(part), str(part)) for part in loc) or "briefhoofd"


def _message(err: Mapping[str, Any]) -> str:
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        return "onbekend veld"
    if kind == "missing":
        return "ontbreekt"
    if kind in {"greater_than_equal", "less_than_equal"}:
        bound = ctx.get("ge", ctx.get("le"))
        word = "minstens" if kind == "greater_than_equal" else "hoogstens"
        return f"moet {word} {bound} zijn"
    if kind == "string_too_short":
        return f"moet minstens {ctx.get('min_length')} tekens hebben"
    if kind == "string_too_long":
        return f"mag hoogstens {ctx.get('max_length')} tekens hebben"
    if kind in {"float_parsing", "float_type"}:
        return "moet een getal zijn"
    if kind in {"string_type"}:
        return "moet tekst zijn"
    if kind == "value_error":
        return str(ctx.get("error", err.get("msg", "")))
    return str(err.get("msg", "ongeldig"))


def load_letterhead(data: Mapping[str, Any] | str | bytes | None) -> Letterhead:
    """Validate a letterhead from the vault's settings (a mapping or JSON text).

    None or an empty value gives the default. Raises `LetterheadError` naming every wrong field.
    """
    if data is None or data == "" or data == b"":
        return DEFAULT_LETTERHEAD
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise LetterheadError(
                "Het briefhoofd in de instellingen is geen geldige JSON."
            ) from exc
    if not isinstance(data, Mapping):
        raise LetterheadError("Het briefhoofd in de instellingen moet een object met velden zijn.")
    try:
        return Letterhead.model_validate(dict(data))
    except ValidationError as exc:
        problems = [f"{_label(e['loc'])}: {_message(e)}" for e in exc.errors()]
        raise LetterheadError("Het briefhoofd is ongeldig. " + "; ".join(problems)) from None
