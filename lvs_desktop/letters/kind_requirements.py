"""The facts the letter kinds added for issue 11 need (merged into `requirements.REQUIREMENTS`).

Each check returns the Dutch description of what is missing, as the others do.
"""

from __future__ import annotations

from collections.abc import Callable

from lvs_desktop.letters.facts import LetterFacts

PV_KINDS = ("pv_parent", "pv_pupil")


def _pv_step(f: LetterFacts) -> list[str]:
    if any(s.kind in PV_KINDS for s in f.steps):
        return []
    return ["een proces-verbaal in het dossier (Handhaving)"]


def _pupil_16_17(f: LetterFacts) -> list[str]:
    if f.pupil.age is not None and 16 <= f.pupil.age <= 17:
        return []
    return ["een jongere van 16 of 17 jaar (alleen dan geldt de kinderbijslag van de SVB)"]


def _pupil_12_15(f: LetterFacts) -> list[str]:
    if f.pupil.age is not None and 12 <= f.pupil.age <= 15:
        return []
    return ["een leerling van 12 tot en met 15 jaar (alleen dan tekenen de ouders voor Halt)"]


def _exemption_request(f: LetterFacts) -> list[str]:
    if f.decision is None:
        return ["een aanvraag of kennisgeving van vrijstelling in het dossier"]
    if f.decision.not_ours:
        return ["een aanvraag waarover de leerplichtambtenaar of het college beslist"]
    return []


def _renewable(f: LetterFacts) -> list[str]:
    if f.decision is not None and f.decision.article in ("5a", "5b"):
        return []
    return ["een vrijstelling op grond van artikel 5, onder a of b (die elk jaar wordt vernieuwd)"]


def _replacement(f: LetterFacts) -> list[str]:
    if f.decision is not None and f.decision.article in ("3a", "3b"):
        return []
    return ["een aanvraag voor vervangende leerplicht (artikel 3a of 3b)"]


def _documents(f: LetterFacts) -> list[str]:
    if f.decision is not None and f.decision.documents:
        return []
    return ["de stukken die bij deze aanvraag horen (catalogus)"]


def _case_closed(f: LetterFacts) -> list[str]:
    return [] if f.case.closed_on is not None else ["een gesloten dossier (sluit het eerst)"]


def _late(f: LetterFacts) -> list[str]:
    if any(r.late_count for r in f.reports):
        return []
    return ["een melding met het aantal keren te laat"]


def _mbo(f: LetterFacts) -> list[str]:
    school = f.pupil.school
    if school is not None and school.school_type.upper() == "MBO":
        return []
    return ["een inschrijving bij een mbo-school"]


def _recipient_heard(f: LetterFacts) -> list[str]:
    """A warning states a finding: only after a recorded conversation or verhoor with the one
    it goes to. The school's hours are its report, not the consultant's finding."""
    if f.recipient is None or f.heard_on is not None:
        return []
    who = "de jongere" if f.recipient.is_youth else "de ouder aan wie de brief gaat"
    return [
        f"een vastgelegd gesprek of verhoor met {who} over dit verzuim (venster Dossier → "
        "Contacten, of `lvs-desktop verhoor`); de uren van de school zijn een melding, "
        "geen eigen bevinding"
    ]


KIND_REQUIREMENTS: dict[str, Callable[[LetterFacts], list[str]]] = {
    "pv_step": _pv_step,
    "pupil_16_17": _pupil_16_17,
    "pupil_12_15": _pupil_12_15,
    "exemption_request": _exemption_request,
    "exemption_renewable": _renewable,
    "replacement_request": _replacement,
    "exemption_documents": _documents,
    "case_closed": _case_closed,
    "late_arrivals": _late,
    "mbo_school": _mbo,
    "recipient_heard": _recipient_heard,
}
