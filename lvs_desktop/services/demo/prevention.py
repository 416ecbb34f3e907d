"""A few entries of the prevention register for the demo (issue 13): so `make run` shows the
Preventie page with the current and the last school year filled."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from lvs_desktop.models import PreventionActivity, new_id

TOPICS = (
    ("presentation", "school", "Voorlichting over leerplicht aan ouders van groep 8", 90),
    ("presentation", "school", "Gastles verzuim en welbevinden in de brugklas", 60),
    ("meeting", "partner", "Casusoverleg met het wijkteam", 120),
    ("meeting", "school", "Verzuimoverleg met de zorgcoördinator", 60),
    ("school_visit", "school", "Spreekuur op school", 120),
    ("advice", "school", "Advies over een verlofaanvraag buiten de vakanties", 20),
    ("advice", "parent", "Advies aan een ouder over vrijstelling 5 onder a", 30),
    ("question", "parent", "Vraag over de regels voor luxe verzuim", 15),
    ("question", "partner", "Vraag van de jeugdarts over een thuiszitter", 20),
    ("advice", "partner", "Advies aan het samenwerkingsverband over een arrangement", 45),
)


def add_prevention(
    batch: Any, rng: random.Random, today: date, consultant_id: str, school_ids: list[str]
) -> None:
    """Twelve activities of the owner over the past fourteen months."""
    batch.session.flush()  # the schools first (no relationship orders the inserts)
    for n in range(12):
        kind, requester, topic, minutes = TOPICS[n % len(TOPICS)]
        school = rng.choice(school_ids) if requester == "school" and school_ids else None
        batch.add(
            PreventionActivity(
                id=new_id(),
                consultant_id=consultant_id,
                occurred_on=today - timedelta(days=14 + n * 35 + rng.randint(0, 10)),
                kind=kind,
                requester=requester,
                topic=topic,
                minutes=minutes,
                school_id=school,
            )
        )
