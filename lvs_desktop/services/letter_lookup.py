"""Small look-ups of the letter services: a case by its reference, the suspects a summons or
PV can be against, the pupil's age, a letter's file name, and the audit of a letter saved as a
file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lvs_desktop.letters.kind_words import kind_word
from lvs_desktop.letters.people import live_guardians
from lvs_desktop.letters.records import SuspectChoice
from lvs_desktop.models import Case, Letter, UserError
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault


def file_name(reference: str, kind: str, number: int, suffix: str = "") -> str:
    """`2026-JD-0042_uitnodiging-1_1.pdf`: the kind's Dutch word (`letters.kind_words`), then
    `suffix` if given (`proces-verbaal_ouder-1_1.pdf`); no BSN, no name of the child."""
    named = kind_word(kind) + (f"_{suffix}" if suffix else "")
    return f"{reference}_{named}_{number}.pdf"


def record_saved(vault: Vault, letter_id: str) -> None:
    """Audit that the user saved a letter as a file outside the vault."""
    with UnitOfWork(vault, "save_letter") as uow:
        get_live(uow.session, Letter, letter_id, "Brief")
        uow.audit("export", Letter.__tablename__, letter_id, "save_letter")
        uow.commit()


def suspects(vault: Vault, case_id: str) -> list[SuspectChoice]:
    """The parents (live guardians) and the pupil, for a summons or PV."""
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        out = [SuspectChoice(g.id, g.full_name) for g in live_guardians(case.youth)]
        out.append(SuspectChoice(None, case.youth.full_name))
        return out


def pupil_age(vault: Vault, case_id: str, on: date) -> int:
    """The case's pupil's age on `on` (the 16+ consent per parent is offered from this)."""
    with vault.session() as s:
        youth = get_live(s, Case, case_id, "Dossier").youth
        return age_on(youth.birth_date, max(on, youth.birth_date))


def case_id_for_reference(vault: Vault, reference: str) -> str:
    """The id of the live case with this reference ("Ons kenmerk")."""
    with vault.session() as s:
        case_id = s.scalars(
            select(Case.id).where(Case.reference == reference.strip().upper(), ~Case.deleted)
        ).first()
    if case_id is None:
        raise UserError(f"Dossier {reference.strip()} niet gevonden in deze kluis.")
    return case_id


def case_reference(vault: Vault, case_id: str) -> str:
    """The case's "Ons kenmerk"."""
    with vault.session() as s:
        return str(get_live(s, Case, case_id, "Dossier").reference)
