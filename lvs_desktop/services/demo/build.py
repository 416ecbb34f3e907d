"""Build the demo region in a vault: municipalities, schools, consultants, youths with their
guardians, and cases of every kind at every stage over three school years.

Everything goes through the ORM, so the store's bookkeeping hook stamps every row as for any
other change; rows are flushed in batches to keep the large benchmark region quick to build.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from lvs_desktop.models import (
    AuditEvent,
    Consultant,
    Guardian,
    Municipality,
    School,
    Youth,
    new_id,
    utcnow,
)
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services.demo import names
from lvs_desktop.services.demo.casework import CaseMaker
from lvs_desktop.services.demo.outreach import add_outreach
from lvs_desktop.services.demo.prevention import add_prevention
from lvs_desktop.services.demo.register import add_register
from lvs_desktop.store import OwnerProfile, Vault

DEMO_OWNER = OwnerProfile(
    name="Sanne Voorbeeld",
    code="SV",
    phone="078 770 0000",
    email="s.voorbeeld@lvs-demo.example",
)
DEMO_PASSPHRASE = "demo-wachtwoord-lvs"
COLLEAGUES = (
    ("Jeroen Denkbeeld", "JD"),
    ("Fatma Oefening", "FO"),
    ("Ruud Schets", "RS"),
    ("Ingrid Proefstra", "IP"),
    ("Marco Modelman", "MM"),
)


@dataclass(frozen=True)
class DemoSize:
    youths: int
    cases: int
    contacts: int
    letters: int
    schools_per_municipality: int


SIZES = {
    "tiny": DemoSize(youths=40, cases=50, contacts=200, letters=0, schools_per_municipality=3),
    "small": DemoSize(youths=300, cases=380, contacts=2000, letters=0, schools_per_municipality=5),
    "large": DemoSize(
        youths=20_000, cases=25_000, contacts=150_000, letters=60_000, schools_per_municipality=30
    ),
}

SCHOOL_KINDS = (  # (type, subtype, name pattern, weight)
    ("PO", "basisonderwijs", "Basisschool {}", 10),
    ("PO", "sbo", "SBO {}", 1),
    ("SO", None, "SO-school {}", 1),
    ("VSO", None, "VSO {}", 1),
    ("VO", "vmbo", "Vmbo-college {}", 3),
    ("VO", "havo/vwo", "Lyceum {}", 2),
    ("VO", "praktijkonderwijs", "Praktijkschool {}", 1),
    ("MBO", "mbo", "Mbo-college {}", 1),
)
SCHOOL_NAMES = (
    "De Vlieger",
    "Het Kompas",
    "De Regenboog",
    "Het Anker",
    "De Wilg",
    "Klaver",
    "De Brug",
    "Het Baken",
    "De Linde",
    "Zonnewijzer",
    "De Horizon",
    "Het Veer",
)


@dataclass
class DemoStats:
    counts: dict[str, int]


def create_demo_vault(
    path: Path,
    passphrase: str = DEMO_PASSPHRASE,
    size: str = "small",
    today: date | None = None,
    seed: int = 2026,
) -> Vault:
    """A new vault at `path` for the demo consultant, filled with the demo region."""
    vault = Vault.create(path, passphrase, DEMO_OWNER)
    try:
        build_demo(vault, size, today or date.today(), seed)
    except BaseException:
        vault.lock()
        raise
    return vault


class _Batch:
    """Adds rows and flushes every `size` rows, committing at the end."""

    def __init__(self, session: Any, size: int = 5000) -> None:
        self.session, self.size, self.pending = session, size, 0
        self.counts: dict[str, int] = {}

    def add(self, obj: Any) -> Any:
        self.session.add(obj)
        name = type(obj).__tablename__
        self.counts[name] = self.counts.get(name, 0) + 1
        self.pending += 1
        if self.pending >= self.size:
            self.session.flush()
            self.session.expunge_all()
            self.pending = 0
        return obj


def build_demo(vault: Vault, size: str, today: date, seed: int = 2026) -> DemoStats:
    """Fill `vault` with the demo region of the given size ("tiny", "small" or "large")."""
    spec = SIZES[size]
    rng = random.Random(seed)
    with vault.session() as session:
        batch = _Batch(session)
        owner = session.get_one(Consultant, vault.owner_id)
        owner.boa_number = "BOA-0423-1187"
        owner.akte_expires_on = date(today.year + 3, 6, 30)
        owner.akte_number, owner.sworn_by = "AK-DEMO-0042", "eed"  # the PV states them
        owner.appointed_by = "het college van burgemeester en wethouders van Dordrecht"
        owner.appointed_on = date(today.year - 2, 3, 1)  # art. 16 Lpw
        consultants = [owner.id]
        codes = {owner.id: owner.code}
        for i, (name, code) in enumerate(COLLEAGUES):
            c = batch.add(
                Consultant(
                    id=new_id(),
                    name=name,
                    code=code,
                    function_title=owner.function_title,
                    phone=f"078 770 00{i + 1:02d}",
                    boa_number=f"BOA-0423-{2000 + i}",
                    akte_expires_on=date(today.year + 1 + i % 3, 1, 31),
                )
            )
            consultants.append(c.id)
            codes[c.id] = code
        municipalities: list[tuple[str, str]] = []
        schools: dict[str, list[tuple[str, str, str]]] = {}  # type -> (id, municipality id, name)
        for n_m, (mname, cbs) in enumerate(names.MUNICIPALITIES):
            m = batch.add(  # with the college's postal address, where objections go
                Municipality(
                    id=new_id(),
                    name=mname,
                    cbs_code=cbs,
                    college_name=f"Het college van burgemeester en wethouders van {mname}",
                    postal_street="Postbus",
                    postal_house_number=str(100 + 10 * n_m),
                    postal_postcode=f"{3300 + n_m * 7} AA",
                    postal_city=mname,
                )
            )
            municipalities.append((m.id, mname))
            kinds = rng.choices(
                SCHOOL_KINDS, weights=[k[3] for k in SCHOOL_KINDS], k=spec.schools_per_municipality
            )
            for n, (stype, sub, pattern, _) in enumerate(kinds):
                label = pattern.format(names_cycle(n, rng))
                s = batch.add(
                    School(
                        id=new_id(),
                        brin=f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHKLMNPRTVWXYZ')}"
                        f"{rng.choice('ABCDEFGHKLMNPRTVWXYZ')}",
                        name=f"{label} ({mname})",
                        school_type=stype,
                        subtype=sub,
                        municipality_id=m.id,
                        phone="078 600 00 00",
                        contact_name="Zorgcoördinator",
                        **names.address(rng, mname),
                    )
                )
                schools.setdefault(stype, []).append((s.id, m.id, s.name))
        first_year = SchoolYear.of(today).previous().previous()
        maker = CaseMaker(rng, today, first_year.start, codes, spec, batch)
        youths = [_youth(rng, today, municipalities, schools, batch) for _ in range(spec.youths)]
        for i in range(spec.cases):
            maker.make(youths[i % len(youths)] if i < len(youths) else rng.choice(youths))
        add_outreach(session, today, seed)  # RMC phases and referrals of the early leavers
        add_prevention(batch, rng, today, consultants[0], [s[0] for s in schools.get("VO", [])])
        add_register(session, today, seed)  # a small register and a few inbox reports
        session.add(
            AuditEvent(
                at=utcnow().replace(tzinfo=None),
                actor_id=vault.owner_id,
                action="create",
                entity="demo",
                record_id=None,
                detail=f"demo region {size}",
            )
        )
        session.commit()
        return DemoStats(batch.counts)


def names_cycle(n: int, rng: random.Random) -> str:
    return SCHOOL_NAMES[(n + rng.randint(0, len(SCHOOL_NAMES) - 1)) % len(SCHOOL_NAMES)]


# The age at which a pupil starts at a school of this type (Q1: a vmbo enrolment at age 4).
START_AGE = {"PO": 4, "SO": 4, "VO": 12, "VSO": 12, "MBO": 16}


def _enrolled_on(born: date, stype: str | None, today: date) -> date:
    """A plausible first day at the current school: the 4th birthday for primary, else the
    start of the school year (20 August) after turning the type's start age."""
    start = START_AGE.get(stype or "", 4)
    if start == 4:
        return min(today, born + timedelta(days=4 * 365 + 30))
    turned = date(born.year + start, born.month, min(born.day, 28))
    first = date(turned.year if turned <= date(turned.year, 8, 20) else turned.year + 1, 8, 20)
    return min(today, first)


def _youth(
    rng: random.Random,
    today: date,
    municipalities: list[tuple[str, str]],
    schools: dict[str, list[tuple[str, str, str]]],
    batch: _Batch,
) -> dict[str, Any]:
    age = rng.choices(
        range(5, 23), weights=[3, 3, 3, 3, 3, 3, 3, 6, 8, 9, 10, 10, 9, 7, 5, 4, 3, 2]
    )[0]
    born = today - timedelta(days=age * 365 + rng.randint(0, 364))
    mid, mname = rng.choice(municipalities)
    gender = rng.choice("mv")
    prefix, sur = names.surname(rng)
    stype = "PO" if age < 12 else "VO" if age < 16 else "MBO" if age < 19 else None
    if stype and rng.random() < 0.08:
        stype = rng.choice(("SO", "VSO"))
    pool = [s for s in schools.get(stype or "", []) if s[1] == mid] or schools.get(stype or "", [])
    school = rng.choice(pool) if stype and pool and rng.random() > 0.03 else None
    home = names.address(rng, mname)
    y = batch.add(
        Youth(
            id=new_id(),
            bsn=generate_bsn(rng) if rng.random() > 0.04 else None,
            given_names=rng.choice(names.GIVEN_M if gender == "m" else names.GIVEN_V),
            surname_prefix=prefix,
            surname=sur,
            gender=gender,
            birth_date=born,
            birth_place=rng.choice(("Dordrecht", "Gorinchem", "Rotterdam", "Zwijndrecht")),
            municipality_id=mid,
            school_id=school[0] if school else None,
            enrolled_on=_enrolled_on(born, stype, today) if school else None,
            grade=str(min(8, max(1, age - 4))) if stype == "PO" else None,
            startkwalificatie_on=None,
            first_school_day=None,
            phone="06 0000 0000",
            **home,
        )
    )
    guardian_ids = []
    parents = 2 if rng.random() < 0.75 else 1
    apart = parents == 2 and rng.random() < 0.3
    for p in range(parents):
        pg = "v" if p == 0 else "m"
        where = names.address(rng, mname) if apart and p == 1 else home
        guardian_ids.append(new_id())
        batch.add(
            Guardian(
                id=guardian_ids[-1],
                youth_id=y.id,
                given_names=rng.choice(names.ADULT_V if pg == "v" else names.ADULT_M),
                initials=None,
                surname_prefix=prefix if pg == "m" or rng.random() < 0.5 else None,
                surname=sur if pg == "m" or rng.random() < 0.5 else names.surname(rng)[1],
                gender=pg,
                relation="mother" if pg == "v" else "father",
                birth_date=born - timedelta(days=rng.randint(24 * 365, 42 * 365)),
                birth_place=rng.choice(("Dordrecht", "Rotterdam", "Gorinchem", "Utrecht")),
                bsn=generate_bsn(rng) if rng.random() > 0.1 else None,
                has_authority=rng.random() > 0.05,
                is_carer=not apart or p == 0,
                phone="06 1111 1111",
                **where,
            )
        )
    return {
        "id": y.id,
        "birth_date": born,
        "municipality_id": mid,
        "school_id": school[0] if school else None,
        "age": age,
        "guardians": guardian_ids,
    }
