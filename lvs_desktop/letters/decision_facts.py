"""The facts of a decision letter from an exemption record (issue 11, defect 3).

Per article the catalogue (`resources/letters/catalogue.toml`) says what was sent (an
aanvraag, or a kennisgeving for art. 5), who decides (in mandate of the college: "wij"), and
whether a refused leave warns of a PV. The grounds are the consultant's; the objection
address comes only from the municipality's register. Reads only.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import lru_cache

from lvs_desktop.letters.facts import Decision
from lvs_desktop.letters.people import youth_facts
from lvs_desktop.letters.templates import RESOURCES_DIR
from lvs_desktop.models import Case, Exemption
from lvs_desktop.models.rules.deadlines import objection_deadline
from lvs_desktop.models.rules.leerplicht import DutyStatus, status_on

REPAIR_WEEKS = 2  # hersteltermijn for missing documents [practice; Awb 4:5 names no term]


@lru_cache(maxsize=1)
def exemption_catalogue() -> dict[str, dict[str, str | bool]]:
    """Per exemption article: subject, article text, description, who decides (data)."""
    data = tomllib.loads((RESOURCES_DIR / "catalogue.toml").read_text(encoding="utf-8"))
    return dict(data.get("exemption_articles", {}))


# The vault's exemption_outcome codes -> the decision letter's outcome texts.
OUTCOMES = {
    "afgegeven": "granted",
    "afgewezen": "refused",
    "ongegrond": "ill_founded",
    "ingetrokken": "withdrawn",
}


def in_running_text(college: str) -> str:
    """The college's name as it reads inside a sentence ("… namens het college van
    burgemeester en wethouders van X"): the register keeps it as an address line
    ("College van …" or "Het college van …")."""
    lowered = college[:1].lower() + college[1:]
    if lowered.startswith("college "):
        return "het " + lowered
    if lowered.startswith("het "):
        return lowered
    return college


def decision_facts(case: Case, e: Exemption | None, letter_date: date) -> Decision | None:
    """The decision letter's facts from an exemption record (None: no request)."""
    if e is None:
        return None
    info = exemption_catalogue().get(e.article, {})
    m = case.municipality
    municipality = m.name if m else ""
    decided_by = str(info.get("decided_by", "")).replace("{gemeente}", municipality)
    mandated = bool(info.get("mandate", False))
    college = (m.college_name or "").strip() if m is not None else ""
    if mandated and college:
        decided_by = in_running_text(college)
    duty = status_on(youth_facts(case.youth), e.received_on).status
    return Decision(
        subject=str(info.get("subject", f"artikel {e.article} Leerplichtwet 1969")),
        applied_on=e.received_on,
        outcome=OUTCOMES.get(e.outcome, ""),
        article=e.article,
        period_start=e.starts_on,
        period_end=e.ends_on,
        grounds=(e.grounds or "").strip(),
        decided_on=e.decided_on,
        decided_by=decided_by if municipality else "",
        objection_address=objection_address(case),
        objection_deadline=objection_deadline(e.sent_on or letter_date),
        request_word=str(info.get("request", "aanvraag")),
        mandated=mandated,
        leave=bool(info.get("leave", False)),
        head_consulted=bool(info.get("head_consulted", False)),
        head_consulted_on=e.head_consulted_on,
        not_ours=bool(info.get("not_ours", False)),
        needs_kwalificatieplicht=bool(info.get("kwalificatieplicht", False)),
        kwalificatieplichtig=duty is DutyStatus.KWALIFICATIEPLICHTIG,
        municipality=municipality,
        documents=tuple(str(x) for x in info.get("documents", ())),  # type: ignore[union-attr]
        repair_until=letter_date + timedelta(weeks=REPAIR_WEEKS),
    )


def objection_address(case: Case) -> str:
    """Where an objection goes: the postal address the region keeps for the case's
    municipality (Regio > Gemeenten); never a fixed address. Empty when not filled in."""
    m = case.municipality
    if m is None or not (m.postal_street and m.postal_city):
        return ""
    first = " ".join(p for p in (m.postal_street, m.postal_house_number) if p)
    second = "  ".join(p for p in (m.postal_postcode, m.postal_city) if p)
    return f"{first}, {second}"
