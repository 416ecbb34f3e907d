"""Builders for the outreach tests, made through the services on a new, empty vault: a young
person of 18 without a startkwalificatie, an RMC outreach case, and two partners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lvs_desktop.services.region import partners
from lvs_desktop.services.region.partners import PartnerInput
from lvs_desktop.store import Vault
from tests.builders import make_case, make_youth

TODAY = date(2026, 11, 28)


@dataclass(frozen=True)
class Outreach:
    youth_id: str
    case_id: str
    wijkteam_id: str
    matchmakers_id: str


def build_outreach(vault: Vault, age: int = 18, opened_on: date = date(2025, 6, 2)) -> Outreach:
    youth = make_youth(vault, age=age, surname="Brouwer", given_names="Sem", bsn="123456782")
    case = make_case(vault, youth, kind="rmc_outreach", opened_on=opened_on, with_report=False)
    wijkteam = partners.add_partner(
        vault, PartnerInput(kind="wijkteam", name="Sociaal Wijkteam Dordrecht-West")
    ).first("partner")
    mm = partners.add_partner(vault, PartnerInput(kind="matchmakers", name="MatchMakers ZHZ"))
    return Outreach(youth, case, wijkteam, mm.first("partner"))
