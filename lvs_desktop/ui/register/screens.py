"""Screenshots of the Register page (called by `ui/screenshots.py`) on the demo vault.

The demo has no register, so a small residents extract and enrolment file of fictitious
people are written to a temporary folder from the demo's own municipalities and schools and
read in through the page (the preview is shot too); then two lists: not enrolled, and RMC.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services.demo import names
from lvs_desktop.services.region import list_municipalities, list_schools

Grab = Callable[[QWidget, Path, str], Path]
Wait = Callable[..., None]


def sample_files(vault: Any, today: date, people: int = 60) -> tuple[str, str]:
    """A residents extract and an enrolment file over the vault's municipalities and schools."""
    rng = random.Random(23)
    towns = [m.cbs_code for m in list_municipalities(vault) if m.cbs_code]
    schools: dict[str, list[tuple[str, str]]] = {"VO": [], "MBO": [], "PO": []}
    for s in list_schools(vault):
        if s.brin and s.school_type in schools:
            schools[s.school_type].append((s.brin, s.vestiging or "00"))
    residents = ["bsn;voornamen;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                 "postcode;woonplaats;gemeente;datum_vestiging;datum_vertrek"]  # fmt: skip
    enrolments = ["bsn;onderwijsnummer;brin;vestiging;begindatum;einddatum;diploma;diplomadatum"]
    for i in range(people):
        bsn = generate_bsn(rng)
        born = today - timedelta(days=rng.randrange(6 * 365, 22 * 365))
        given = rng.choice(names.GIVEN_M + names.GIVEN_V)
        surname = rng.choice(names.SURNAME_STEMS) + rng.choice(names.SURNAME_ENDS)
        prefix = rng.choice(names.PREFIXES) or ""
        residents.append(
            f"{bsn};{given};{prefix};{surname.capitalize()};{born};{rng.choice(names.STREETS)};"
            f"{i + 1};3311 AB;Dordrecht;{rng.choice(towns)};;"
        )
        age = (today - born).days // 365
        kind = "PO" if age < 12 else "VO" if age < 17 else "MBO"
        if i % 9 == 0 or not schools[kind]:
            continue  # not enrolled: on a list
        brin, vest = rng.choice(schools[kind])
        if age >= 18 and i % 3 == 0:  # left with an entree diploma: the RMC list
            ended = today - timedelta(days=rng.randrange(60, 500))
            enrolments.append(
                f"{bsn};;{brin};{vest};{ended - timedelta(days=700)};{ended};entree;{ended}"
            )
        else:
            enrolments.append(f"{bsn};;{brin};{vest};{today - timedelta(days=400)};;;")
    residents.append("123456789;Piet;;Fout;2012-01-01;Dam;1;3331 AC;Zwijndrecht;0642;;")
    residents.append('111222333;=HYPERLINK("x");;Noord;2012-04-01;Dam;4;3331 AC;Zwijndrecht;0642;;')
    return "\n".join(residents) + "\n", "\n".join(enrolments) + "\n"


def shoot_register(window: Any, out: Path, grab: Grab, wait_for: Wait) -> list[Path]:
    from lvs_desktop.ui.main_window import NAVIGATION

    keys = [key for key, _title in NAVIGATION]
    window.nav.setCurrentRow(keys.index("register"))
    page = window.pages["register"]
    if page.result is None:
        wait_for(page.loaded, 20_000)
    shots: list[Path] = []
    residents, enrolments = sample_files(window.context.vault, window.context.today())
    with tempfile.TemporaryDirectory() as tmp:
        for kind, text in (("residents", residents), ("enrolments", enrolments)):
            path = Path(tmp) / f"{kind}.csv"
            path.write_text(text, encoding="utf-8")
            page.import_file(kind, path)
            wait_for(page.previewed, 20_000)
            box = page.confirm_box
            assert isinstance(box, QMessageBox)
            if kind == "residents":
                shots.append(grab(box, out, "21a-register-inlezen"))
            accept = next(
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            )
            accept.click()
            wait_for(page.loaded, 60_000)
    for name, shot in (
        ("not-enrolled", "21b-register-niet-ingeschreven"),
        ("rmc", "21c-register-rmc"),
    ):
        page.choose_list(name)
        wait_for(page.loaded, 20_000)
        shots.append(grab(window, out, shot))
    return shots
