"""Demo cases: every kind, at every stage, with reports, contacts, tasks, routes, exemptions,
enforcement and closing, spread from `first_day` until today."""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from lvs_desktop.models import (
    Case,
    Contact,
    Enforcement,
    Exemption,
    Letter,
    Report,
    RouteDecision,
    Task,
    new_id,
)

KINDS_MINOR = (
    ("relative_absence", 45),
    ("luxe", 12),
    ("absolute_absence", 6),
    ("thuiszitter", 5),
    ("exemption", 14),
    ("replacement_education", 2),
)
KINDS_ADULT = (("absence_18_plus", 60), ("early_school_leaver", 40))
REPORT_TYPE = {
    "relative_absence": "16_hours",
    "luxe": "luxe",
    "thuiszitter": "long_term_relative",
    "absence_18_plus": "18_plus",
}
CLOSING = (
    ("back_to_school", 50),
    ("enrolment_ended_education", 12),
    ("enrolment_ended_work", 6),
    ("enrolment_ended_other", 4),
    ("no_absence_ill", 8),
    ("no_absence_legitimate", 10),
)
# What a demo decision gives as its grounds, per outcome (a real decision states its own).
DEMO_GROUNDS = {
    "afgegeven": "De overgelegde verklaring toont aan dat aan de voorwaarden is voldaan.",
    "afgewezen": "De aanvraag toont niet aan dat aan de voorwaarden van het artikel is voldaan.",
    "ongegrond": "De overgelegde stukken dragen de vrijstelling niet: de verklaring ontbreekt.",
}

ARTICLES = (
    ("5a", 35),
    ("5b", 12),
    ("5c", 8),
    ("15", 4),
    ("3a", 4),
    ("3b", 2),
    ("11g", 25),
    ("13a", 10),
)
SUMMARIES = (
    "Gesprek met moeder en leerling over het verzuim. Leerling geeft aan slecht te slapen; "
    "afgesproken dat hij weer naar school gaat en dat de mentor wekelijks contact houdt.",
    "Huisbezoek: niemand thuis, kaartje achtergelaten met verzoek om contact op te nemen.",
    "Telefonisch contact met de zorgcoördinator: verzuim is na het gesprek afgenomen.",
    "Gesprek op school met leerling, vader en mentor. Afspraak: aanmelding bij het "
    "wijkteam voor ondersteuning thuis.",
    "Ouders gewezen op de regels rond vakantieverlof; zij zeggen het verlof niet te hebben "
    "aangevraagd omdat de tickets al geboekt waren.",
)
AGREEMENTS = (
    "Leerling meldt zich elke ochtend bij de mentor",
    "Aanmelding wijkteam",
    "Terugkoppeling school over aanwezigheid",
    "Vervolggesprek met ouders",
    "Contact met huisarts over klachten",
    "Zoeken naar passend onderwijs",
)
STUB_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], weights=[w for _, w in weighted])[0]


def at(d: date, hour: int) -> datetime:
    return datetime.combine(d, time(hour, 0))


class CaseMaker:
    """Makes one case with its history per call; numbers references per consultant and year."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        first_day: date,
        codes: dict[str, str],
        spec: Any,
        batch: Any,
    ) -> None:
        self.rng, self.today, self.first_day = rng, today, first_day
        self.codes, self.spec, self.batch = codes, spec, batch
        self.consultants = list(codes)
        self.sequence: dict[tuple[int, str], int] = {}
        self.contacts_per_case = spec.contacts / max(1, spec.cases)
        self.letters_per_case = spec.letters / max(1, spec.cases)

    def _reference(self, year: int, consultant_id: str) -> str:
        key = (year, self.codes[consultant_id])
        self.sequence[key] = self.sequence.get(key, 0) + 1
        return f"{year}-{key[1]}-{self.sequence[key]:04d}"

    def make(self, youth: dict[str, Any]) -> None:
        rng, today = self.rng, self.today
        age = youth["age"]
        kind = pick(rng, KINDS_ADULT if age >= 18 else KINDS_MINOR)
        if age == 17 and rng.random() < 0.2:
            kind = "screening_17"
        span = (today - self.first_day).days
        opened = self.first_day + timedelta(days=int(span * rng.random() ** 0.8))
        consultant = self.consultants[0] if rng.random() < 0.4 else rng.choice(self.consultants)
        case = self.batch.add(
            Case(
                id=new_id(),
                reference=self._reference(opened.year, consultant),
                youth_id=youth["id"],
                consultant_id=consultant,
                kind=kind,
                status="in_behandeling",
                opened_on=opened,
                municipality_id=youth["municipality_id"],
                school_id=youth["school_id"],
            )
        )
        if kind in REPORT_TYPE:
            self._report(case, kind, opened, youth)
        last = self._contacts(case, opened, consultant)
        if kind in ("relative_absence", "thuiszitter", "absence_18_plus") and rng.random() < 0.6:
            self._route(case, opened, youth, consultant, talked=last > opened)
        if kind == "luxe":
            self._enforce(
                case, "warning" if rng.random() < 0.6 else "pv_parent", opened, youth, "luxe"
            )
        if kind == "absolute_absence" and rng.random() < 0.2:
            self._enforce(case, "pv_parent", opened, youth, "absolute")
        if kind in ("exemption", "replacement_education"):
            self._exemption(case, opened, kind)
        if 16 <= age <= 17 and rng.random() < 0.05:
            self._enforce(case, "svb_report", opened, youth, "relative")
        for _ in range(int(self.letters_per_case + rng.random())):
            self._letter(case, opened, consultant)
        if opened < today - timedelta(days=45) and rng.random() < 0.7:
            closed = min(today, max(last, opened) + timedelta(days=rng.randint(10, 150)))
            case.closed_on = closed
            case.status = "ter_kennisgeving" if rng.random() < 0.08 else "afgesloten"
            case.closing_reason = pick(rng, CLOSING)
            case.closing_note = rng.choice(("seen", "action_taken", "no_action"))
            case.outcome = (
                "Leerling gaat weer naar school."
                if case.closing_reason == "back_to_school"
                else None
            )

    def _report(self, case: Case, kind: str, opened: date, youth: dict[str, Any]) -> None:
        rng = self.rng
        days = rng.randint(1, 5) if kind == "luxe" else rng.randint(4, 20)
        end = opened - timedelta(days=rng.randint(1, 5))
        start = end - timedelta(days=days if kind == "luxe" else rng.randint(14, 40))
        hours = days * 5.5 if kind == "luxe" else float(rng.randint(16, 80))
        self.batch.add(
            Report(
                id=new_id(),
                case_id=case.id,
                school_id=youth["school_id"],
                report_type=REPORT_TYPE[kind],
                received_on=opened,
                period_start=start,
                period_end=end,
                hours_absent=hours,
                days_absent=float(days),
                late_count=rng.randint(0, 12),
                suspected_reason="Onbekend",
                school_actions="Mentor heeft ouders gebeld; verzuim besproken in het zorgteam.",
                reporter_name="A. Zorgcoördinator",
                reporter_function="Zorgcoördinator",
                reporter_phone="078 600 00 00",
            )
        )

    def _contacts(self, case: Case, opened: date, consultant: str) -> date:
        rng, last = self.rng, opened
        n = max(0, int(rng.expovariate(1 / max(self.contacts_per_case, 0.1))))
        for i in range(n):
            day = min(self.today, opened + timedelta(days=rng.randint(2, 10) + 9 * i))
            last = max(last, day)
            invitation = i < 3 and rng.random() < 0.35
            answered = None if not invitation else rng.random() < 0.6
            contact_id = new_id()
            mode = (
                "letter"
                if invitation
                else rng.choice(("home_visit", "phone", "school", "office", "whatsapp"))
            )
            self.batch.add(
                Contact(
                    id=contact_id,
                    case_id=case.id,
                    consultant_id=consultant,
                    occurred_at=at(day, rng.randint(9, 16)),
                    mode=mode,
                    kind="invitation" if invitation else "conversation",
                    answered=answered,
                    summary="Uitnodiging voor een gesprek verstuurd."
                    if invitation
                    else rng.choice(SUMMARIES),
                    participants=None if invitation else "Ouder(s), leerling",
                )
            )
            if not invitation and rng.random() < 0.4:
                due = day + timedelta(days=rng.randint(7, 28))
                self.batch.add(
                    Task(
                        id=new_id(),
                        case_id=case.id,
                        contact_id=contact_id,
                        assignee_id=consultant,
                        description=rng.choice(AGREEMENTS),
                        due_on=due,
                        done_on=due if due < self.today and rng.random() < 0.7 else None,
                    )
                )
        return last

    def _route(
        self, case: Case, opened: date, youth: dict[str, Any], consultant: str, *, talked: bool
    ) -> None:
        """A route decision; its rationale names a conversation only when the case has a
        contact (Q1: a PV printed "na het eerste gesprek" with no contact on file)."""
        rng, age = self.rng, youth["age"]
        routes = [("voluntary_care", 60), ("criminal", 15), ("civil", 8)]
        if 12 <= age <= 17:
            routes.append(("halt", 17))
        route = pick(rng, tuple(routes))
        decided = min(self.today, opened + timedelta(days=rng.randint(10, 40)))
        self.batch.add(
            RouteDecision(
                id=new_id(),
                case_id=case.id,
                route=route,
                decided_on=decided,
                decided_by_id=consultant,
                eligible=True,
                rationale=(
                    "Gekozen na het eerste gesprek met ouders en leerling."
                    if talked
                    else "Gekozen op grond van de melding; nog geen gesprek gevoerd."
                ),
            )
        )
        if route == "halt":
            self._enforce(case, "halt", decided, youth, "relative")
        elif route == "criminal":
            pupil = age >= 12 and rng.random() < 0.3
            self._enforce(case, "pv_pupil" if pupil else "pv_parent", decided, youth, "relative")
        elif route == "civil":
            self._enforce(case, "rvdk_request", decided, youth, "relative")

    def _enforce(
        self, case: Case, kind: str, day: date, youth: dict[str, Any], absence: str
    ) -> None:
        rng = self.rng
        day = min(self.today, day + timedelta(days=rng.randint(5, 30)))
        outcomes = {
            "halt": ("completed", "completed", "failed", "pending"),
            "pv_parent": ("pending", "fined", "convicted", "dismissed"),
            "pv_pupil": ("pending", "fined", "dismissed"),
        }.get(kind, ("completed",))
        guardian = youth["guardians"][0] if kind == "pv_parent" and youth["guardians"] else None
        self.batch.add(
            Enforcement(
                id=new_id(),
                case_id=case.id,
                kind=kind,
                absence_kind=absence,
                subject_guardian_id=guardian,
                dated_on=day,
                reference=f"PV-{day.year}-{rng.randint(1000, 9999)}"
                if kind.startswith("pv")
                else None,
                halt_hours=float(rng.choice((4, 6, 8, 10))) if kind == "halt" else None,
                outcome=rng.choice(outcomes),
            )
        )

    def _exemption(self, case: Case, opened: date, kind: str) -> None:
        rng = self.rng
        article = (
            rng.choice(("3a", "3b")) if kind == "replacement_education" else pick(rng, ARTICLES)
        )
        pending = opened > self.today - timedelta(days=20) and rng.random() < 0.5
        outcome = (
            "pending"
            if pending
            else rng.choice(
                ("afgegeven", "afgegeven", "afgegeven", "afgewezen", "ingetrokken", "ongegrond")
            )
        )
        decided = None if pending else min(self.today, opened + timedelta(days=rng.randint(5, 40)))
        self.batch.add(
            Exemption(
                id=new_id(),
                case_id=case.id,
                youth_id=case.youth_id,
                article=article,
                received_on=opened,
                starts_on=decided,
                outcome=outcome,
                decided_on=decided,
                sent_on=decided,
                ends_on=None
                if decided is None
                else decided + timedelta(days=20 if article == "11g" else 300),  # leave: weeks
                grounds=None if decided is None else DEMO_GROUNDS.get(outcome),
                head_consulted_on=decided if article == "11g" else None,
            )
        )

    def _letter(self, case: Case, opened: date, consultant: str) -> None:
        # Benchmark regions only: a small placeholder PDF, not a rendered letter.
        self.batch.add(
            Letter(
                id=new_id(),
                case_id=case.id,
                kind="invitation-1",
                recipient_kind="guardian",
                recipient_name="Ouder/verzorger",
                sent_on=opened,
                pdf=STUB_PDF,
                sha256=hashlib.sha256(STUB_PDF).hexdigest(),
                created_by_id=consultant,
                printed_at=at(opened, 12),
            )
        )
