"""The letterhead settings: defaults, validation with Dutch messages, the logo."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from lvs_desktop.letters.errors import LetterheadError
from lvs_desktop.letters.letterhead import DEFAULT_LETTERHEAD, Letterhead, load_letterhead


def png_bytes(width: int = 120, height: int = 40) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (29, 90, 138)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_default_letterhead() -> None:
    lh = load_letterhead(None)
    assert lh is DEFAULT_LETTERHEAD
    assert lh.organisation == "Leerplicht en Voortijdig Schoolverlaten Zuid-Holland Zuid"
    assert lh.return_address == "Postbus 166, 3300 AD  Dordrecht"
    assert (lh.window.left_mm, lh.window.top_mm, lh.window.width_mm, lh.window.height_mm) == (
        20,
        50,
        85,
        40,
    )


def test_round_trip_through_the_settings_json_with_a_logo() -> None:
    lh = Letterhead(logo_png=png_bytes(), window={"left_mm": 25, "top_mm": 45})
    again = load_letterhead(lh.to_settings())
    assert again == lh
    assert again.logo_size_px == (120, 40)


def test_every_wrong_field_is_named_in_dutch() -> None:
    bad = {
        "organisation": "",
        "email": "geen-adres",
        "window": {"left_mm": 150, "height_mm": 80},
        "colour": "rood",
    }
    with pytest.raises(LetterheadError) as err:
        load_letterhead(json.dumps(bad))
    message = err.value.message
    assert message.startswith("Het briefhoofd is ongeldig.")
    for part in (
        "organisatie: moet minstens 3 tekens hebben",
        "e-mail: geen geldig e-mailadres",
        "venster.links (mm): moet hoogstens 120",
        "venster.hoogte (mm): moet hoogstens 50",
        "colour: onbekend veld",
    ):
        assert part in message


def test_logo_must_be_png() -> None:
    with pytest.raises(LetterheadError, match="logo: het logo moet een PNG-bestand zijn"):
        load_letterhead({"logo_png": b"GIF89a......................"})


def test_window_must_fit_on_a4() -> None:
    with pytest.raises(LetterheadError, match="valt buiten de rechterkant"):
        load_letterhead({"window": {"left_mm": 120, "width_mm": 100}})


def test_not_json() -> None:
    with pytest.raises(LetterheadError, match="geen geldige JSON"):
        load_letterhead("{organisatie")
