"""Demo outreach (issue 13): the demo's early school leavers go through the RMC phases, some in
the MatchMakers programme, some handed over to a partner of a small demo partner register.

Referrals here carry no follow-up date, so the demo's tasks and agenda stay as they were.
Its own random generator: the rest of the demo is the same with or without this part.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, OutreachStep, Partner, Referral, new_id
from lvs_desktop.models.rules import outreach as rules

PARTNERS = (
    ("wijkteam", "Sociaal Wijkteam Dordrecht"),
    ("matchmakers", "MatchMakers Zuid-Holland Zuid"),
    ("jeugdhulp", "Jeugdhulp Drechtsteden"),
)
REASONS = (
    "Schulden en geen dagritme",
    "Begeleiding naar werk",
    "Psychische klachten, wil hulp",
)


def add_outreach(session: Session, today: date, seed: int) -> None:
    rng = random.Random(seed + 13)
    partners = [Partner(id=new_id(), kind=kind, name=name) for kind, name in PARTNERS]
    session.add_all(partners)
    cases = session.execute(
        select(Case.id, Case.opened_on, Case.consultant_id)
        .where(Case.kind == "early_school_leaver")
        .order_by(Case.opened_on)
    ).all()
    for case_id, opened_on, consultant_id in cases:
        matchmakers = rng.random() < 0.25
        day = opened_on
        for phase in rules.PHASES[: rng.randint(1, len(rules.PHASES))]:
            if day > today:
                break
            session.add(
                OutreachStep(
                    id=new_id(),
                    case_id=case_id,
                    consultant_id=consultant_id,
                    phase=phase,
                    taken_on=day,
                    destination=rng.choice(rules.DESTINATIONS) if phase == rules.OUTFLOW else None,
                    programme=rules.MATCHMAKERS if matchmakers and phase == "traject" else None,
                )
            )
            day += timedelta(days=rng.randint(5, 70))
        if rng.random() < 0.3 and opened_on + timedelta(days=20) <= today:
            sent = opened_on + timedelta(days=20)
            done = rng.random() < 0.6
            session.add(
                Referral(
                    id=new_id(),
                    case_id=case_id,
                    partner_id=rng.choice(partners).id,
                    consultant_id=consultant_id,
                    referred_on=sent,
                    reason=rng.choice(REASONS),
                    warm=rng.random() < 0.5,
                    consent_by="youth",
                    consent_on=sent - timedelta(days=2),
                    accepted=True if done else None,
                    result_code="help_started" if done else None,
                    result_on=min(sent + timedelta(days=30), today) if done else None,
                )
            )
