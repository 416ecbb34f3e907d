"""Screenshots of the intake (called by `ui/screenshots.py`) on the demo vault: the import
dialog's preview of a Verzuimloket download, then the inbox after the import.

The demo has no downloads, so one is written to a temporary folder from the demo's own
schools and youths: new youths, a report for a youth with an open case, one without any
number (a candidate if the demo knows the name), and a line with a bad BSN (refused).
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.demo import names
from lvs_desktop.services.intake import file_header
from lvs_desktop.services.region import list_municipalities, list_schools, roster

Grab = Callable[[QWidget, Path, str], Path]
Wait = Callable[..., None]
HEADER = (
    "Meldingnummer;BSN;Onderwijsnummer;Voornamen;Voorvoegsel;Achternaam;Geboortedatum;Straat;"
    "Huisnummer;Postcode;Woonplaats;BRIN;Vestiging;Verzuimsoort;Datum melding;"
    "Begindatum verzuim;Einddatum verzuim;Uren verzuim;Soort uren;Contactpersoon;"
    "Functie contactpersoon;Telefoon contactpersoon;E-mail contactpersoon"
)
KINDS = ("16 uur in 4 weken", "luxe verzuim", "langdurig relatief verzuim", "overig verzuim")


def _split_name(sort_name: str) -> tuple[str, str, str]:
    """ "Berg, Daan van den" → ("Berg", "Daan", "van den")."""
    surname, _sep, rest = sort_name.partition(", ")
    given, _sep, prefix = rest.partition(" ")
    return surname, given, prefix


def sample_download(vault: Any, today: date, count: int = 14) -> str:
    """A Verzuimloket download over the vault's schools (fictitious people)."""
    rng = random.Random(12)
    schools = [(s.brin, s.vestiging or "00") for s in list_schools(vault) if s.brin]
    towns = [m.name for m in list_municipalities(vault)] or ["Dordrecht"]
    known = [r for r in list_cases(vault, CaseloadFilter(open_only=True), limit=5) if r.bsn]
    lines = [HEADER]
    for n in range(count):
        brin, vest = rng.choice(schools)
        received = today - timedelta(days=rng.randrange(1, 20))
        start = received - timedelta(days=rng.randrange(20, 40))
        bsn = generate_bsn(rng)
        given = rng.choice(names.GIVEN_M + names.GIVEN_V)
        surname = (rng.choice(names.SURNAME_STEMS) + rng.choice(names.SURNAME_ENDS)).capitalize()
        born = today - timedelta(days=rng.randrange(7 * 365, 17 * 365))
        prefix = ""
        if n < len(known) and n % 2 == 0:  # a youth with an open case: joins it
            bsn, born = known[n].bsn or bsn, known[n].birth_date
            surname, given, prefix = _split_name(known[n].youth_name)
        if n == count - 2 and len(known) > 1:  # no number, a known name: a candidate
            bsn, born = "", known[1].birth_date
            surname, given, prefix = _split_name(known[1].youth_name)
        if n == count - 1:
            bsn = bsn[:-1] + str((int(bsn[-1]) + 1) % 10)  # fails the 11-test: refused
        lines.append(
            f"DUO-{received:%Y}-{4711 + n};{bsn};;{given};{prefix};{surname};{born:%d-%m-%Y};"
            f"{rng.choice(names.STREETS)};{n + 3};3311 AB;{rng.choice(towns)};{brin};{vest};"
            f"{rng.choice(KINDS)};{received:%d-%m-%Y};{start:%d-%m-%Y};{received:%d-%m-%Y};"
            f"{rng.randrange(16, 48)};klokuren;M. de Groot;verzuimcoördinator;078 123 4567;"
            "verzuim@school.example"
        )
    return "\n".join(lines) + "\n"


def cover_municipalities(vault: Any) -> None:
    """The demo's roster covers nothing: give each consultant municipalities in turn, so the
    inbox can propose someone (the screenshot's temporary vault only)."""
    people = [p for p in roster.list_roster(vault) if p.role == "consultant"]
    towns = [m.id for m in list_municipalities(vault)]
    if not people or any(p.municipality_ids or p.school_ids for p in people):
        return
    for n, person in enumerate(people):
        roster.set_coverage(vault, person.id, towns[n :: len(people)], [])


def shoot_intake(window: Any, out: Path, grab: Grab, wait_for: Wait) -> list[Path]:
    from lvs_desktop.ui.main_window import NAVIGATION

    cover_municipalities(window.context.vault)

    keys = [key for key, _title in NAVIGATION]
    page = window.pages["intake"]
    window.nav.setCurrentRow(keys.index("intake"))
    wait_for(page.loaded, 20_000)
    shots: list[Path] = []
    text = sample_download(window.context.vault, window.context.today())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "verzuimmeldingen.csv"
        path.write_text(text, encoding="utf-8")
        dialog = page.open_import()
        dialog.load_file(path)
        wait_for(dialog.previewed, 20_000)
        shots.append(grab(dialog, out, "19e-intake-inlezen-voorbeeld"))
        dialog._open_mapper(file_header(path.name, path.read_bytes()))  # no vault: GUI thread
        if dialog.mapper is not None:
            dialog.mapper.name.setText("Verzuimloket regio")
            shots.append(grab(dialog.mapper, out, "19e2-intake-kolommen-koppelen"))
            dialog.mapper.reject()
        dialog.import_button.click()
        wait_for(page.loaded, 20_000)
        dialog.close()
    page.table.selectRow(1)
    shots.append(grab(window, out, "19f-intake-postvak"))
    return shots
