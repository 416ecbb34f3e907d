"""A constructed register region for the report tables issue 13 item 7 still missed: the
VO→MBO transfer, absolute verzuim "vervolgonderzoek" and the 17-year-olds benaderd.

Built from a new empty vault through the services as a team lead would: the region's
municipalities and schools, the register files (residents, enrolments) imported from CSV,
cases opened from the register lists ("Dossier openen"), contacts and outreach steps logged.
`EXPECTED` lists every value with why. The report year is 2025-2026 (VO→MBO date 1 October
2025), with 2023-2024 and 2024-2025 beside it, drawn up on 30 November 2026.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from lvs_desktop.models import Case
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services import cases, contacts, outreach
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.corrections import void_record
from lvs_desktop.services.people import YouthInput, create_youth
from lvs_desktop.services.region.municipalities import add_municipalities, list_municipalities
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.register.cases import open_cases
from lvs_desktop.services.register.imports import import_enrolments, import_residents
from lvs_desktop.store import Vault

AS_OF = date(2026, 11, 30)
YEAR = "2025-2026"
D, Z = "Dordrecht", "Zwijndrecht"

RESIDENTS_HEAD = ("bsn;voornamen;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                  "postcode;woonplaats;gemeente;datum_vestiging;datum_vertrek")  # fmt: skip
ENROLMENTS_HEAD = "bsn;onderwijsnummer;brin;vestiging;begindatum;einddatum;diploma;diplomadatum"
VO, MBO = "02CD", "03EF"

#: (table key, row label, school year) → value, with why
EXPECTED: dict[tuple[str, str, str], int] = {
    # Anna (D, left 10-07-2025, no mbo; a case from the list on 15-10-2025), Daan (Z, left
    # 10-07-2025, mbo only from 01-11-2025), Finn (D, left 30-09-2025; his case was closed
    # before he left). Not: Bram (mbo from 25-08-2025), Cas (havo diploma), Eva (moved out
    # before the date), Gijs (left 30-09-2024: the year before), Mees (his VO enrolment ends
    # on the date itself, so he is still enrolled on it).
    ("vo_mbo", "VO verlaten zonder mbo-inschrijving", "2025-2026"): 3,
    ("vo_mbo", "waarvan begeleid door LVS", "2025-2026"): 1,  # Anna
    # Gijs: left VO on 30-09-2024, an RMC case from 01-02-2025
    ("vo_mbo", "VO verlaten zonder mbo-inschrijving", "2024-2025"): 1,
    ("vo_mbo", "waarvan begeleid door LVS", "2024-2025"): 1,
    ("vo_mbo", "VO verlaten zonder mbo-inschrijving", "2023-2024"): 0,
    # hand-overs from the not-enrolled list: Hanna (D) and Ivo (Z) on 10-09-2025, Hanna
    # closed back to school; Kees's case deleted; Lotte's absolute case has an ordinary report
    ("handover", "Overgedragen voor vervolgonderzoek", "2025-2026"): 2,
    ("handover", "waarvan weer ingeschreven", "2025-2026"): 1,
    ("handover", "Overgedragen voor vervolgonderzoek", "2024-2025"): 1,  # Jip, 05-11-2024
    ("handover", "waarvan weer ingeschreven", "2024-2025"): 0,
    # screening: S1 an attempt, S2 only an invitation (a letter inviting him: approached,
    # not spoken), S3 a conversation, S4 outreach steps up to "gesproken" without a contact,
    # S5 nothing; S6's only contact was voided
    ("screening_17", "Gescreend (dossier geopend)", "2025-2026"): 6,
    ("screening_17", "waarvan benaderd", "2025-2026"): 4,
    ("screening_17", "waarvan gesproken", "2025-2026"): 1,
}


@dataclass
class Built:
    towns: dict[str, str]
    bsn: dict[str, str] = field(default_factory=dict)


def _csv(path: Path, head: str, lines: list[str]) -> Path:
    path.write_text("\n".join([head, *lines]) + "\n", encoding="utf-8")
    return path


def build_register(vault: Vault, folder: Path) -> Built:
    """Municipalities, schools, and the register files imported (the VO→MBO people and the
    not-enrolled children); no cases yet."""
    add_municipalities(vault, ["0505", "0642"])
    towns = {m.name: m.id for m in list_municipalities(vault)}
    add_school(vault, SchoolInput("Stedelijk College", "VO", towns[D], brin=VO, vestiging="00"))
    add_school(vault, SchoolInput("Da Vinci College", "MBO", towns[D], brin=MBO, vestiging="00"))
    rng = random.Random(13)
    built = Built(towns)
    people = {  # name: (birth date, municipality code, moved out)
        "Anna": ("2009-03-01", "0505", ""),
        "Bram": ("2009-04-01", "0505", ""),
        "Cas": ("2008-05-01", "0505", ""),
        "Daan": ("2009-06-01", "0642", ""),
        "Eva": ("2009-07-01", "0505", "2025-09-01"),
        "Finn": ("2009-02-01", "0505", ""),
        "Gijs": ("2008-06-01", "0505", ""),
        "Hanna": ("2014-02-01", "0505", ""),
        "Ivo": ("2012-02-01", "0642", ""),
        "Jip": ("2013-02-01", "0505", ""),
        "Kees": ("2011-02-01", "0505", ""),
        "Mees": ("2009-08-01", "0505", ""),
    }
    residents = []
    for n, (name, (born, town, out)) in enumerate(people.items()):
        bsn = built.bsn[name] = generate_bsn(rng)
        residents.append(
            f"{bsn};{name};;Register;{born};Straat;{n + 1};3311 AB;Plaats;{town};;{out}"
        )
    b = built.bsn
    enrolments = [
        f"{b['Anna']};;{VO};00;2021-08-20;2025-07-10;vmbo;2025-07-10",
        f"{b['Bram']};;{VO};00;2021-08-20;2025-07-10;vmbo;2025-07-10",
        f"{b['Bram']};;{MBO};00;2025-08-25;;;",
        f"{b['Cas']};;{VO};00;2020-08-20;2025-07-10;havo;2025-07-10",
        f"{b['Daan']};;{VO};00;2021-08-20;2025-07-10;;",
        f"{b['Daan']};;{MBO};00;2025-11-01;;;",
        f"{b['Eva']};;{VO};00;2021-08-20;2025-07-10;;",
        f"{b['Finn']};;{VO};00;2021-08-20;2025-09-30;;",
        f"{b['Gijs']};;{VO};00;2020-08-20;2024-09-30;;",
        f"{b['Mees']};;{VO};00;2021-08-20;2025-10-01;;",
    ]
    import_residents(vault, _csv(folder / "inwoners.csv", RESIDENTS_HEAD, residents), today=AS_OF)
    import_enrolments(
        vault, _csv(folder / "inschrijvingen.csv", ENROLMENTS_HEAD, enrolments), today=AS_OF
    )
    return built


def build(vault: Vault, folder: Path) -> Built:
    """The register, and the casework the figures count."""
    built = build_register(vault, folder)
    b = built.bsn
    # -- VO→MBO guidance ------------------------------------------------------------------
    open_cases(vault, "vo-mbo", [b["Anna"]], date(2025, 10, 15))
    finn = create_youth(
        vault, YouthInput("Finn", "Register", date(2009, 2, 1), bsn=b["Finn"]), today=AS_OF
    ).first("youth")
    early = cases.open_case(vault, finn, "relative_absence", date(2025, 3, 1), today=AS_OF)
    cases.close_case(
        vault, early.first("case_file"), date(2025, 5, 1), "back_to_school", "seen", today=AS_OF
    )
    gijs = create_youth(
        vault, YouthInput("Gijs", "Register", date(2008, 6, 1), bsn=b["Gijs"]), today=AS_OF
    ).first("youth")
    rmc = cases.open_case(vault, gijs, "rmc_outreach", date(2025, 2, 1), today=AS_OF)
    outreach.set_phase(vault, rmc.first("case_file"), "in_beeld", date(2025, 2, 1), today=AS_OF)
    # -- hand-overs for vervolgonderzoek ------------------------------------------------------
    opened = open_cases(vault, "not-enrolled", [b["Hanna"], b["Ivo"]], date(2025, 9, 10))
    hanna = _case_of(vault, opened.opened[0])
    cases.close_case(vault, hanna, date(2026, 1, 15), "back_to_school", "seen", today=AS_OF)
    open_cases(vault, "not-enrolled", [b["Jip"]], date(2024, 11, 5))
    kees = open_cases(vault, "not-enrolled", [b["Kees"]], date(2025, 10, 1))
    _delete(vault, _case_of(vault, kees.opened[0]))
    lotte = create_youth(vault, YouthInput("Lotte", "Los", date(2012, 5, 1)), today=AS_OF)
    cases.open_case(
        vault,
        lotte.first("youth"),
        "absolute_absence",
        date(2025, 9, 20),
        report=cases.ReportInput("other", date(2025, 9, 20)),
        today=AS_OF,
    )
    # -- the 17-year-old screening --------------------------------------------------------------
    screened = []
    for n in range(6):
        youth = create_youth(
            vault, YouthInput(f"S{n + 1}", "Screening", date(2008, 6, 1 + n)), today=AS_OF
        ).first("youth")
        case = cases.open_case(vault, youth, "screening_17", date(2025, 9, 1), today=AS_OF)
        screened.append(case.first("case_file"))
    _contact(vault, screened[0], date(2025, 9, 5), "attempt")
    _contact(vault, screened[1], date(2025, 9, 5), "invitation")
    _contact(vault, screened[2], date(2025, 9, 8), "conversation")
    wrong = _contact(vault, screened[5], date(2025, 9, 9), "attempt")
    void_record(vault, "contact", wrong, "Verkeerd dossier.", today=AS_OF)
    outreach.set_phase(vault, screened[3], "in_beeld", date(2025, 9, 1), today=AS_OF)
    outreach.set_phase(vault, screened[3], "gesproken", date(2025, 9, 12), today=AS_OF)
    return built


def _contact(vault: Vault, case_id: str, on: date, kind: str) -> str:
    return contacts.log_contact(
        vault,
        case_id,
        ContactInput(datetime.combine(on, time(10)), "phone", kind=kind, summary="Contact."),
    ).first("contact")


def _case_of(vault: Vault, reference: str) -> str:
    with vault.session() as s:
        return next(c.id for c in s.query(Case).filter(Case.reference == reference))


def _delete(vault: Vault, case_id: str) -> None:
    with vault.session() as s:
        s.get_one(Case, case_id).deleted = True
        s.commit()
