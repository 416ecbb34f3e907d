"""Retention (DOMAIN §8): flag files past their retention date and purge them on request.

The terms come from a secondary source on the VNG Selectielijst 2017, so they are a setting.
A youth's file is past retention when every case is closed and the latest retention date of
its cases has passed. The purge is the only hard delete in the product; it keeps audit events
(they hold ids, no personal data) and writes one more per purged youth.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from lvs_desktop.models import (
    Case,
    Conflict,
    Contact,
    Enforcement,
    Enrolment,
    Exemption,
    Guardian,
    Letter,
    Report,
    RouteDecision,
    Task,
    UserError,
    Youth,
    YouthAlias,
)
from lvs_desktop.models.rules.dates import add_months, birthday
from lvs_desktop.models.rules.leerplicht import YouthFacts, full_leerplicht_end
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.store.bookkeeping import PURGE_FLAG

SETTING_KEY = "retention_terms"
RMC_KINDS = frozenset({"early_school_leaver", "absence_18_plus"})
KWALIFICATIEPLICHT_KINDS = frozenset({"screening_17"})


@dataclass(frozen=True)
class RetentionTerms:
    """Years and months files are kept (a setting; defaults from DOMAIN §8)."""

    leerplicht_years_after_birth: int = 21
    kwalificatieplicht_months_after_end: int = 24
    rmc_months_after_23: int = 24


@dataclass(frozen=True)
class PastRetention:
    youth_id: str
    reference: str  # the latest case's reference, to name the file without personal data
    kept_until: date


def get_terms(vault: Vault) -> RetentionTerms:
    stored: dict[str, Any] = vault.get_setting(SETTING_KEY, {}) or {}
    known = {f.name for f in fields(RetentionTerms)}
    return RetentionTerms(**{k: int(v) for k, v in stored.items() if k in known})


def set_terms(vault: Vault, terms: RetentionTerms) -> None:
    if min(asdict(terms).values()) < 0:
        raise UserError("Bewaartermijnen kunnen niet negatief zijn.")
    vault.set_setting(SETTING_KEY, asdict(terms))


def case_kept_until(case: Case, youth: Youth, terms: RetentionTerms) -> date:
    """The last day a closed case must be kept, by the duty it was about."""
    born = youth.birth_date
    facts = YouthFacts(birth_date=born, startkwalificatie_on=youth.startkwalificatie_on)
    if case.kind in RMC_KINDS or case.opened_on >= birthday(born, 18):
        return add_months(birthday(born, 23), terms.rmc_months_after_23)
    if case.kind in KWALIFICATIEPLICHT_KINDS or case.opened_on > full_leerplicht_end(facts):
        end = min(d for d in (birthday(born, 18), youth.startkwalificatie_on) if d is not None)
        return add_months(end, terms.kwalificatieplicht_months_after_end)
    return birthday(born, terms.leerplicht_years_after_birth)


def past_retention(
    vault: Vault, on: date, terms: RetentionTerms | None = None
) -> list[PastRetention]:
    """Youths whose whole file may be purged on `on`."""
    terms = terms or get_terms(vault)
    out = []
    with vault.session() as s:
        for youth in s.scalars(select(Youth).where(~Youth.deleted)):
            cases = [c for c in youth.cases if not c.deleted]
            if not cases or any(c.closed_on is None for c in cases):
                continue
            until = max(case_kept_until(c, youth, terms) for c in cases)
            if until < on:
                latest = max(cases, key=lambda c: c.opened_on)
                out.append(PastRetention(youth.id, latest.reference, until))
    return out


def purge(vault: Vault, youth_ids: list[str], on: date) -> ChangeSummary:
    """Delete the whole file of each youth past retention; refuses any that is not."""
    allowed = {p.youth_id for p in past_retention(vault, on)}
    refused = [y for y in youth_ids if y not in allowed]
    if refused:
        raise UserError(f"{len(refused)} dossier(s) zijn nog niet over de bewaartermijn.")
    with UnitOfWork(vault, "retention_purge") as uow:
        s = uow.session
        s.info[PURGE_FLAG] = True
        case_ids = list(s.scalars(select(Case.id).where(Case.youth_id.in_(youth_ids))))
        contact_ids = list(s.scalars(select(Contact.id).where(Contact.case_id.in_(case_ids))))
        record_ids = set(case_ids) | set(contact_ids) | set(youth_ids)
        for model in (Task, Letter, RouteDecision, Exemption, Enforcement, Report):
            ids = list(s.scalars(select(model.id).where(model.case_id.in_(case_ids))))
            record_ids.update(ids)
            s.execute(delete(model).where(model.id.in_(ids)))
        s.execute(delete(Contact).where(Contact.id.in_(contact_ids)))
        s.execute(delete(Case).where(Case.id.in_(case_ids)))
        guardian_ids = list(s.scalars(select(Guardian.id).where(Guardian.youth_id.in_(youth_ids))))
        record_ids.update(guardian_ids)
        s.execute(delete(Guardian).where(Guardian.id.in_(guardian_ids)))
        enrolment_ids = list(
            s.scalars(select(Enrolment.id).where(Enrolment.youth_id.in_(youth_ids)))
        )
        record_ids.update(enrolment_ids)
        s.execute(delete(Enrolment).where(Enrolment.id.in_(enrolment_ids)))
        s.execute(delete(Youth).where(Youth.id.in_(youth_ids)))
        s.execute(delete(Conflict).where(Conflict.record_id.in_(record_ids)))
        s.execute(delete(YouthAlias).where(YouthAlias.canonical_id.in_(youth_ids)))
        for youth_id in youth_ids:
            uow.audit("purge", Youth.__tablename__, youth_id, "retention_purge")
        return uow.commit(f"{len(youth_ids)} dossier(s) vernietigd na de bewaartermijn.")
