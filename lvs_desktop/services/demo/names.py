"""Name and place material for the demo: plainly fictitious surnames, real town names."""

from __future__ import annotations

import random

MUNICIPALITIES = (
    ("Alblasserdam", "0482"),
    ("Dordrecht", "0505"),
    ("Gorinchem", "0512"),
    ("Hardinxveld-Giessendam", "0523"),
    ("Hendrik-Ido-Ambacht", "0531"),
    ("Hoeksche Waard", "1963"),
    ("Molenlanden", "1978"),
    ("Papendrecht", "0590"),
    ("Sliedrecht", "0610"),
    ("Zwijndrecht", "0642"),
)

# Postcode ranges per municipality (4 digits), roughly where they are.
POSTCODE_BASE = {
    "Alblasserdam": 2950,
    "Dordrecht": 3311,
    "Gorinchem": 4201,
    "Hardinxveld-Giessendam": 3370,
    "Hendrik-Ido-Ambacht": 3341,
    "Hoeksche Waard": 3261,
    "Molenlanden": 2971,
    "Papendrecht": 3351,
    "Sliedrecht": 3361,
    "Zwijndrecht": 3331,
}

GIVEN_M = (
    "Daan",
    "Sem",
    "Luuk",
    "Milan",
    "Levi",
    "Noah",
    "Finn",
    "Bram",
    "Thijs",
    "Jesse",
    "Mohammed",
    "Adam",
    "Ravi",
    "Jayden",
    "Teun",
    "Stijn",
    "Ruben",
    "Gijs",
    "Owen",
    "Sven",
)
GIVEN_V = (
    "Emma",
    "Julia",
    "Tess",
    "Sophie",
    "Zoë",
    "Mila",
    "Sara",
    "Nora",
    "Fleur",
    "Lotte",
    "Noor",
    "Yara",
    "Amira",
    "Liv",
    "Evi",
    "Roos",
    "Isa",
    "Maud",
    "Femke",
    "Lina",
)
ADULT_M = ("Peter", "Mark", "Dennis", "Ahmed", "Rob", "Erik", "Kevin", "Ricardo", "Hans", "Sander")
ADULT_V = (
    "Linda",
    "Sandra",
    "Fatima",
    "Monique",
    "Petra",
    "Esther",
    "Kim",
    "Naima",
    "Ilse",
    "Bianca",
)
# Invented surnames: plausible in Dutch, but made up.
SURNAME_STEMS = (
    "Berk",
    "Dijk",
    "Hout",
    "Meer",
    "Wil",
    "Zand",
    "Ploeg",
    "Koren",
    "Mols",
    "Tuin",
    "Veen",
    "Lind",
    "Brug",
    "Kroon",
    "Vos",
    "Wiel",
    "Haver",
    "Schelp",
    "Distel",
    "Rog",
)
SURNAME_ENDS = ("stra", "ema", "inga", "huizen", "velder", "hoff", "mans", "sma", "kamp", "dorp")
PREFIXES = (None, None, None, None, "van", "de", "van der", "van den", "ter")
STREETS = (
    "Voorbeeldstraat",
    "Proefweg",
    "Fictielaan",
    "Demohof",
    "Schetsplein",
    "Oefenkade",
    "Ontwerpsingel",
    "Modelstraat",
    "Probeersteeg",
    "Testdijk",
)


def surname(rng: random.Random) -> tuple[str | None, str]:
    return rng.choice(PREFIXES), rng.choice(SURNAME_STEMS) + rng.choice(SURNAME_ENDS)


def address(rng: random.Random, municipality: str) -> dict[str, str]:
    base = POSTCODE_BASE[municipality]
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    return {
        "street": rng.choice(STREETS),
        "house_number": str(rng.randint(1, 250)) + rng.choice(("", "", "", "a", "b")),
        "postcode": f"{base + rng.randint(0, 8)} {rng.choice(letters)}{rng.choice(letters)}",
        "city": municipality if municipality != "Hoeksche Waard" else "Oud-Beijerland",
    }
