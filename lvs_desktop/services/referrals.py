"""Referrals and hand-overs of a case to a partner of the region's register (issue 13, item 2).

A referral is recorded as *sent*: it needs the consent for sharing data first (who gave it,
on which day; what it covers is `models.rules.outreach.CONSENT_COVERS`). Its follow-up date
becomes a task on the agenda, so a follow-up that passed shows there as overdue; recording
the result closes that task. One unit of work per function, audited.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lvs_desktop.models import Case, Partner, Referral, Task, UserError, Youth
from lvs_desktop.models.rules import outreach as rules
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

TASK_TEXT = "Terugkoppeling verwijzing {partner} navragen"


@dataclass
class ReferralInput:
    partner_id: str
    referred_on: date
    reason: str
    consent_by: str | None  # "youth" or "guardian"; None: no consent yet (refused)
    consent_on: date | None
    warm: bool = False
    follow_up_on: date | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: str
    partner_id: str
    partner_name: str
    partner_kind: str
    referred_on: date
    reason: str
    warm: bool
    consent_by: str
    consent_label: str
    consent_on: date
    follow_up_on: date | None
    accepted: bool | None
    result_code: str | None
    result_label: str
    result: str | None
    result_on: date | None

    def overdue(self, today: date) -> bool:
        """A follow-up date that passed without a result."""
        return (
            self.result_on is None and self.follow_up_on is not None and self.follow_up_on < today
        )


def add_referral(
    vault: Vault, case_id: str, data: ReferralInput, today: date | None = None
) -> ChangeSummary:
    """Record a referral as sent, with its follow-up as a task for the case's consultant.
    Refused (nothing stored) without consent from the right person, given before or on the
    day of the referral."""
    today = today or date.today()
    with UnitOfWork(vault, "add_referral") as uow:
        s = uow.session
        case: Case = get_live(s, Case, case_id, "Dossier")
        youth: Youth = case.youth
        partner = s.get(Partner, data.partner_id)
        c = Checker()
        c.check(
            partner is not None and not partner.deleted and not partner.archived,
            "Kies een partner uit het register van de regio.",
        )
        c.required(data.reason, "De reden van de verwijzing")
        c.not_future(data.referred_on, today, "De datum van de verwijzing")
        c.check(
            case.closed_on is None, "Het dossier is gesloten: verwijs niet meer vanuit dit dossier."
        )
        if data.consent_by is None or data.consent_on is None:
            c.check(
                False,
                "Zonder toestemming voor het delen van gegevens wordt een verwijzing niet als "
                "verstuurd vastgelegd: leg eerst vast wie toestemming gaf en wanneer.",
            )
        else:
            c.code(s, "consent_by", data.consent_by, "Toestemming gegeven door")
            c.not_after(
                data.consent_on,
                data.referred_on,
                "De toestemming moet er zijn vóór of op de dag van de verwijzing.",
            )
            who = rules.consent_problem(data.consent_by, youth.birth_date, data.referred_on)
            c.check(who is None, who or "")
        c.not_after(data.referred_on, data.follow_up_on, "De terugkoppeling ligt na de verwijzing.")
        c.done()
        assert partner is not None and data.consent_by and data.consent_on
        task_id = None
        if data.follow_up_on is not None:
            task = Task(
                case_id=case.id,
                assignee_id=case.consultant_id,
                description=TASK_TEXT.format(partner=partner.name),
                due_on=data.follow_up_on,
            )
            s.add(task)
            s.flush()
            task_id = task.id
        s.add(
            Referral(
                case_id=case.id,
                partner_id=partner.id,
                consultant_id=vault.owner_id,
                referred_on=data.referred_on,
                reason=data.reason.strip(),
                warm=data.warm,
                consent_by=data.consent_by,
                consent_on=data.consent_on,
                follow_up_on=data.follow_up_on,
                task_id=task_id,
            )
        )
        kind = "Warme overdracht" if data.warm else "Verwijzing"
        return uow.commit(f"{kind} naar {partner.name} vastgelegd.")


def record_result(
    vault: Vault,
    referral_id: str,
    *,
    accepted: bool,
    result_code: str,
    result: str | None = None,
    result_on: date | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """Record whether the partner accepted and what came of it; the follow-up task is done."""
    today = today or date.today()
    result_on = result_on or today
    with UnitOfWork(vault, "record_referral_result") as uow:
        s = uow.session
        ref: Referral = get_live(s, Referral, referral_id, "Verwijzing")
        if ref.result_on is not None:
            raise UserError(
                f"Het resultaat van deze verwijzing is al vastgelegd op {ref.result_on:%d-%m-%Y}."
            )
        c = Checker()
        c.code(s, "referral_result", result_code, "Resultaat")
        c.not_future(result_on, today, "De datum van het resultaat")
        c.not_after(ref.referred_on, result_on, "Het resultaat ligt vóór de verwijzing.")
        c.done()
        ref.accepted, ref.result_code, ref.result_on = accepted, result_code, result_on
        ref.result = (result or "").strip() or None
        task = s.get(Task, ref.task_id) if ref.task_id else None
        if task is not None and not task.deleted and task.done_on is None:
            task.done_on, task.status = result_on, "done"
        return uow.commit("Resultaat van de verwijzing vastgelegd.")


def case_referrals(vault: Vault, case_id: str) -> list[ReferralRow]:
    """The case's live referrals, oldest first, with the Dutch labels."""
    with vault.session() as s:
        kinds = labels(s, "partner_kind")
        consent = labels(s, "consent_by")
        results = labels(s, "referral_result")
        rows = s.execute(
            select(Referral, Partner.name, Partner.kind)
            .join(Partner, Partner.id == Referral.partner_id)
            .where(Referral.case_id == case_id, Referral.deleted.is_(False))
            .order_by(Referral.referred_on, Referral.created_at)
        ).all()
        return [
            ReferralRow(
                id=r.id,
                partner_id=r.partner_id,
                partner_name=name,
                partner_kind=kinds.get(kind, kind),
                referred_on=r.referred_on,
                reason=r.reason,
                warm=r.warm,
                consent_by=r.consent_by,
                consent_label=consent.get(r.consent_by, r.consent_by),
                consent_on=r.consent_on,
                follow_up_on=r.follow_up_on,
                accepted=r.accepted,
                result_code=r.result_code,
                result_label=results.get(r.result_code or "", r.result_code or ""),
                result=r.result,
                result_on=r.result_on,
            )
            for r, name, kind in rows
        ]


def partners_to_choose(vault: Vault) -> list[tuple[str, str]]:
    """(id, "name (kind)") of the live, not archived partners, by name: the pick list."""
    with vault.session() as s:
        kinds = labels(s, "partner_kind")
        rows = s.execute(
            select(Partner.id, Partner.name, Partner.kind)
            .where(Partner.deleted.is_(False), Partner.archived.is_(False))
            .order_by(Partner.name)
        ).all()
    return [(pid, f"{name} ({kinds.get(kind, kind)})") for pid, name, kind in rows]


def partner_id_named(vault: Vault, name: str) -> str:
    """The id of the one live partner whose name is `name` (case-insensitive), or one that
    starts with it; a clear Dutch line when none or several match."""
    with vault.session() as s:
        rows = s.execute(
            select(Partner.id, Partner.name).where(
                Partner.deleted.is_(False), Partner.archived.is_(False)
            )
        ).all()
    wanted = name.strip().casefold()
    exact = [pid for pid, n in rows if n.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    start = [(pid, n) for pid, n in rows if n.casefold().startswith(wanted)]
    if len(start) == 1:
        return start[0][0]
    if not start:
        close = _close_names(wanted, [n for _, n in rows])
        hint = f" Bedoelt u: {', '.join(close)}?" if close else ""
        raise UserError(
            f"Partner '{name.strip()}' staat niet in het register van de regio.{hint} "
            "De partners: `lvs-desktop region partners`."
        )
    names = ", ".join(sorted(n for _, n in start))
    raise UserError(f"Meer partners passen bij '{name.strip()}': {names}.")


def _close_names(wanted: str, names: list[str]) -> list[str]:
    """Register names close to what was typed: a name the typed text starts with ("Sociaal
    Wijkteam Dordrecht" for "Sociaal Wijkteam Dordrecht-Oost"), or one that looks alike."""
    by_fold = {n.casefold(): n for n in names}
    within = [n for f, n in by_fold.items() if wanted.startswith(f)]
    alike = difflib.get_close_matches(wanted, list(by_fold), n=3, cutoff=0.6)
    return sorted({*within, *(by_fold[f] for f in alike)})[:3]
