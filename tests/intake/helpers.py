"""The region an intake test starts from, entered through the region services (no demo):
two municipalities, two school locations, two consultants with what they cover, and two
youths the vault already knows (Eva Jansen with an open case, Noor Bakker without a BSN)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lvs_desktop.services import cases, people
from lvs_desktop.services import region as r
from lvs_desktop.store import Vault

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 30)
# the columns of the second header variant (reports_region.csv), field → column
REGION_COLUMNS = {
    "duo_number": "Meldingsnummer",
    "bsn": "Burgerservicenummer",
    "onderwijsnummer": "Onderwijs nr",
    "given_names": "Roepnaam",
    "surname_prefix": "Tussenvoegsel",
    "surname": "Geslachtsnaam",
    "birth_date": "Geb. datum",
    "street": "Adres straat",
    "house_number": "Adres huisnr",
    "postcode": "Adres postcode",
    "city": "Adres plaats",
    "brin": "Brinnummer",
    "vestiging": "Vestigingsnummer",
    "report_type": "Soort melding",
    "received_on": "Meldingsdatum",
    "period_start": "Verzuim vanaf",
    "period_end": "Verzuim tot",
    "hours_absent": "Aantal uren",
    "hours_unit": "Eenheid",
    "reporter_name": "Melder",
    "reporter_function": "Functie melder",
    "reporter_phone": "Tel. melder",
    "reporter_email": "E-mail melder",
}


@dataclass(frozen=True)
class Region:
    dordrecht: str
    papendrecht: str
    school_12ab: str
    school_34cd: str
    anna: str  # covers school 12AB00
    bram: str  # covers Papendrecht
    eva: str
    eva_case: str
    noor: str


def fixture(name: str) -> tuple[str, bytes]:
    return name, (FIXTURES / name).read_bytes()


def make_region(vault: Vault) -> Region:
    r.add_municipalities(vault, ["0505", "0590"])
    dordrecht = r.find_municipality(vault, "Dordrecht").id
    papendrecht = r.find_municipality(vault, "Papendrecht").id
    a = r.add_school(
        vault,
        r.SchoolInput(
            name="Wijzer College", school_type="VO", municipality_id=dordrecht,
            brin="12AB", vestiging="00",
        ),
    ).first("school")  # fmt: skip
    b = r.add_school(
        vault,
        r.SchoolInput(
            name="De Regenboog", school_type="PO", municipality_id=papendrecht,
            brin="34CD", vestiging="01",
        ),
    ).first("school")  # fmt: skip
    anna = r.add_consultant(
        vault, r.ConsultantInput(name="Anna Visser", code="AV", school_ids=[a])
    ).first("consultant")
    bram = r.add_consultant(
        vault, r.ConsultantInput(name="Bram Claes", code="BC", municipality_ids=[papendrecht])
    ).first("consultant")
    eva = people.create_youth(
        vault,
        people.YouthInput(
            given_names="Eva", surname="Jansen", birth_date=date(2011, 5, 1), bsn="123456782",
            school_id=a, municipality_id=dordrecht,
        ),
        today=TODAY,
    ).first("youth")  # fmt: skip
    eva_case = cases.open_case(
        vault, eva, "relative_absence", date(2026, 9, 1), consultant_id=anna, today=TODAY
    ).first("case_file")
    noor = people.create_youth(
        vault,
        people.YouthInput(given_names="Noor", surname="Bakker", birth_date=date(2012, 2, 15)),
        today=TODAY,
    ).first("youth")
    return Region(dordrecht, papendrecht, a, b, anna, bram, eva, eva_case, noor)
