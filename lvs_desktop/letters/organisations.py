"""Window letters to an organisation (issue 11, missing kinds): the pupil's school, or the
region's partner of a kind (the officier van justitie, the Raad voor de Kinderbescherming,
the SVB, the samenwerkingsverband, Halt) from the partner register (Regio > Partners).

Also the case's enforcement steps as plain facts, for the letters that announce or
accompany them (a PV sent, the request to the Raad, the SVB notice). Reads only.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import object_session

from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import Address, Recipient, RecipientRole, StepInfo
from lvs_desktop.letters.people import case_school_on, school_info
from lvs_desktop.models import Case, Partner

# Who an organisation letter goes to, in words for a missing-fact message.
LABELS = {
    "school": "de school van de leerling",
    "om": "het Openbaar Ministerie (officier van justitie)",
    "rvdk": "de Raad voor de Kinderbescherming",
    "svb": "de Sociale Verzekeringsbank",
    "samenwerkingsverband": "het samenwerkingsverband passend onderwijs",
    "halt": "Halt",
}


def organisation_recipient(case: Case, addressed_to: str, on: date) -> tuple[Recipient, str]:
    """The organisation's name and postal address, and the id of its register row."""
    if addressed_to == "school":
        school = case_school_on(case, on)
        info = school_info(school)
        if school is None or info is None:
            raise LetterError(["de school van de leerling"])
        attention = f"t.a.v. {info.contact_name}" if info.contact_name else "t.a.v. de directie"
        recipient = Recipient(
            role=RecipientRole.ORGANISATION,
            organisation=info.name,
            attention_of=attention,
            address=info.address,
        )
        return recipient, school.id
    session = object_session(case)
    partner = None
    if session is not None:
        partner = session.scalars(
            select(Partner)
            .where(
                Partner.kind == addressed_to,
                Partner.archived.is_(False),
                Partner.deleted.is_(False),
            )
            .order_by(Partner.name)
        ).first()
    if partner is None:
        label = LABELS.get(addressed_to, addressed_to)
        raise LetterError([f"{label} met een adres in het partnerregister (Regio > Partners)"])
    address = Address(
        street=partner.street or "",
        house_number=partner.house_number or "",
        postcode=partner.postcode or "",
        city=partner.city or "",
    )
    attention = f"t.a.v. {partner.contact_name}" if partner.contact_name else ""
    recipient = Recipient(
        role=RecipientRole.ORGANISATION,
        organisation=partner.name,
        attention_of=attention,
        address=address,
    )
    return recipient, partner.id


def case_steps(case: Case) -> tuple[StepInfo, ...]:
    """The live enforcement steps of the case, oldest first."""
    out = []
    for e in sorted(case.enforcements, key=lambda e: e.dated_on):
        if e.deleted:
            continue
        g = e.subject_guardian
        subject = (
            " ".join(p for p in (g.given_names, g.surname_prefix, g.surname) if p) if g else ""
        )
        out.append(
            StepInfo(
                kind=e.kind,
                dated_on=e.dated_on,
                reference=e.reference or "",
                sent_on=e.sent_on,
                subject=subject,
            )
        )
    return tuple(out)
