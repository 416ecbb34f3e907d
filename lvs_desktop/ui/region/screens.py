"""Screenshots of the first run and the Region page (called by `ui/screenshots.py`).

Starts from no vault: the wizard's pages (and a refused passphrase), then the team lead's
Region page on the new vault: every register, the DUO import preview, and every form.
A small DUO file of fictitious schools is written to the temporary folder for the import.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from lvs_desktop.services.region import partners, roster
from lvs_desktop.services.region.partners import PartnerInput
from lvs_desktop.services.region.roster import ConsultantInput

SAMPLE_DUO = (
    "INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;"
    "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;"
    "ONDERWIJSSTRUCTUUR",
    "11AA;11AA00;OBS De Regenboog;Bilderdijkstraat;12;3314 AB;DORDRECHT;0505;DORDRECHT;"
    "Openbaar;078-1234567;www.regenboog.example;BAS",
    "12BB;12BB00;CBS De Wegwijzer;Kerkweg;3;3351 AA;PAPENDRECHT;0590;PAPENDRECHT;"
    "Protestants-Christelijk;078-1110000;;BAS",
    "13CC;13CC00;Develcollege;Develweg;3;3331 HB;ZWIJNDRECHT;0642;ZWIJNDRECHT;"
    "Algemeen bijzonder;078-7654321;www.devel.example;VMBO/HAVO/VWO",
    "14DD;14DD01;Sint-Jozefschool (dépendance);Voorstraat;140-A;3311 ES;DORDRECHT;0505;"
    "DORDRECHT;Rooms-Katholiek;078-1112223;;BAS",
    "15EE;15EE00;De Bolder, school voor SO en VSO;Groenedijk;20;3311 DB;DORDRECHT;0505;"
    "DORDRECHT;Openbaar;078-2223334;;SO/VSO",
    "16FF;16FF00;Spookschool;Nergensweg;1;9999 ZZ;NERGENS;9999;NERGENS;Openbaar;;;BAS",
    "17GG;17GG00;Gomarus College;Lingewal;5;4201 AA;GORINCHEM;0512;GORINCHEM;"
    "Gereformeerd;0183-555555;;VMBO/HAVO",
    "18HH;18HH00;Da Vinci College Leerpark;Leerpark;1;3311 GA;DORDRECHT;0505;DORDRECHT;"
    "Algemeen bijzonder;078-6543210;www.davinci.example;MBO",
    "19JJ;19JJ00;Basisschool Oost-Kijfhoek;Kijfhoek;9;3341 AA;HENDRIK-IDO-AMBACHT;0531;"
    "HENDRIK-IDO-AMBACHT;Openbaar;078-6816000;;BAS",
)
PASSPHRASE = "schermafbeelding wachtwoord van de teamleider"


def shoot_first_run(
    out: Path, grab: Callable[[QWidget, Path, str], Path], wait_for: Callable[..., None]
) -> list[Path]:
    from lvs_desktop.ui.desk import Desk
    from lvs_desktop.ui.first_run import start_first_run

    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kluis.lvsvault"
        desk = Desk(path)
        wizard = start_first_run(desk)
        wizard.resize(800, 620)
        page = wizard.vault_page
        page.path.setText(str(Path("C:/Users/jet/AppData/Local/LVS/kluis.lvsvault")))
        page.passphrase.setText("kort")
        page.again.setText("kort")
        wizard.next()
        shots.append(grab(wizard, out, "40-eerste-start-kluis-te-kort"))
        page.path.setText(str(path))
        page.passphrase.setText(PASSPHRASE)
        page.again.setText(PASSPHRASE)
        page.errors.clear_problems()  # (typing clears them; setText does not count as typing)
        shots.append(grab(wizard, out, "41-eerste-start-kluis"))
        wizard.next()
        wizard.role_page.set_role("team_lead")
        shots.append(grab(wizard, out, "42-eerste-start-rol"))
        wizard.next()
        p = wizard.profile_page
        p.name.setText("Jet de Vries")
        p.phone.setText("078 770 4000")
        p.email.setText("j.devries@example.nl")
        p.boa_number.setText("BOA-0042-2024")
        p.akte_number.setText("AK-2024-0099")
        p.akte_expires.setText("31-12-2028")
        p.sworn.setCurrentIndex(p.sworn.findData("belofte"))
        shots.append(grab(wizard, out, "43-eerste-start-gegevens"))
        wizard.next()
        wizard.region_page.picker.apply_preset()
        wizard.region_page.picker.preset_button.click()
        shots.append(grab(wizard, out, "44-eerste-start-regio"))
        wizard.region_page.picker.search.setText("drecht")
        shots.append(grab(wizard, out, "44b-eerste-start-regio-zoeken"))
        wizard.region_page.picker.search.clear()
        wizard.next()
        shots.append(grab(wizard, out, "45-eerste-start-controle"))
        wizard.next()  # Finish: the vault is made on the worker
        wait_for(desk.unlocked)
        assert desk.window is not None and desk.vault is not None
        _fill_team(desk.vault)
        shots += shoot_region(desk.window, Path(tmp), out, grab, wait_for)
        desk.shutdown()
    return shots


def _fill_team(vault: Any) -> None:
    kinds = partners.partner_kinds(vault)
    for kind, name, contact in (
        ("jeugdhulp", "Jeugdhulp Zuid-Holland Zuid", "Anouk Visser"),
        ("wijkteam", "Sociaal Wijkteam Dordrecht-Oost", "Mehmet Yilmaz"),
        ("halt", "Halt Zuid-West", "Priya Ramdin"),
    ):
        if kind in kinds:
            partners.add_partner(vault, PartnerInput(kind, name, contact, city="Dordrecht"))
    roster.add_consultant(
        vault,
        ConsultantInput(
            "Kees Bakker", "KB", function_title="Consulent leerplicht", boa_number="BOA-0043-2024"
        ),
    )


def shoot_region(
    window: Any,
    tmp: Path,
    out: Path,
    grab: Callable[[QWidget, Path, str], Path],
    wait_for: Callable[..., None],
) -> list[Path]:
    shots: list[Path] = []
    window.findChild(type(window.act_lock), "go_region").trigger()
    page = window.pages["region"]
    wait_for(page.ready)
    shots.append(grab(window, out, "50-regio-gemeenten"))
    m = page.municipalities
    m.table.selectRow(1)
    for name, opener in (("51-gemeente-adres", m.edit), ("52-gemeenten-toevoegen", m.add)):
        dialog = opener()
        dialog.adjustSize()
        shots.append(grab(dialog, out, name))
        dialog.reject()
    schools = page.show_tab("schools")
    wait_for(schools.loaded)
    duo = tmp / "vestigingen-bo-vo.csv"
    duo.write_bytes(("\r\n".join(SAMPLE_DUO) + "\r\n").encode("cp1252"))
    dialog = schools.import_file([duo])
    wait_for(dialog.previewed)
    shots.append(grab(dialog, out, "53-scholen-inlezen-voorbeeld"))
    dialog.apply()
    wait_for(dialog.applied)
    dialog.reject()
    if not schools.model.rowCount():
        wait_for(schools.loaded)
    shots.append(grab(window, out, "54-regio-scholen"))
    schools.table.selectRow(0)
    for name, opener in (("55-school-wijzigen", schools.edit),):
        dialog = opener()
        dialog.adjustSize()
        shots.append(grab(dialog, out, name))
        dialog.reject()
    partners_tab = page.show_tab("partners")
    wait_for(partners_tab.loaded)
    shots.append(grab(window, out, "56-regio-partners"))
    dialog = partners_tab.add()
    dialog.adjustSize()
    shots.append(grab(dialog, out, "57-partner-toevoegen"))
    dialog.reject()
    team = page.show_tab("team")
    wait_for(team.loaded)
    shots.append(grab(window, out, "58-regio-team"))
    team.select_id(next(r.id for r in team.model.rows() if r.code == "KB"))
    dialog = team.edit()
    places = dialog.cover_municipalities.model
    dialog.cover_municipalities.model.set_checked([places.place_at(i).code for i in (1, 7)])
    dialog.adjustSize()
    shots.append(grab(dialog, out, "59-teamlid-wijzigen"))
    dialog.reject()
    return shots
