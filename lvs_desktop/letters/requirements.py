"""The facts a letter kind needs before it is drawn, each with its Dutch description.

A template names its requirements (`requires = ["recipient_address", "school"]`); before
drawing, every one is checked and all that fail are reported together in one `LetterError`.
The names are data for the templates; this table says what each one means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.facts import Address, LetterFacts
from lvs_desktop.letters.kind_requirements import KIND_REQUIREMENTS
from lvs_desktop.letters.pv_checks import PV_CHECKS
from lvs_desktop.models.rules.errors import InvalidIdentifier
from lvs_desktop.models.rules.identifiers import normalise_postcode

Check = Callable[[LetterFacts], list[str]]

_ADDRESS_PARTS = (
    ("street", "straat"),
    ("house_number", "huisnummer"),
    ("postcode", "postcode"),
    ("city", "woonplaats"),
)


def _address_gaps(address: Address | None) -> list[str]:
    if address is None:
        return ["adres"]
    gaps = [label for attr, label in _ADDRESS_PARTS if not getattr(address, attr).strip()]
    if "postcode" not in gaps and not address.is_abroad:
        try:
            normalise_postcode(address.postcode)
        except InvalidIdentifier:
            gaps.append("een geldige postcode")
    return gaps


def _recipient(f: LetterFacts) -> list[str]:
    return [] if f.recipient is not None else ["de ontvanger van de brief"]


def _recipient_address(f: LetterFacts) -> list[str]:
    if f.recipient is None:
        return []  # reported by "recipient"
    gaps = _address_gaps(f.recipient.address)
    if not gaps:
        return []
    who = {
        "guardian": "de ouder/verzorger",
        "pupil": "de leerling",
        "youth": "de jongere",
        "organisation": "de organisatie",
    }[f.recipient.role.value]
    if gaps == ["adres"]:
        return [f"het adres van de ontvanger ({who})"]
    return [f"{', '.join(gaps)} in het adres van de ontvanger ({who})"]


def _school(f: LetterFacts) -> list[str]:
    return [] if f.pupil.school is not None else ["de school van de leerling"]


def _school_if_enrolled(f: LetterFacts) -> list[str]:
    """An absolute-absence case is about a pupil without a school: none is required."""
    return [] if f.case.code == "absolute_absence" else _school(f)


def _school_brin(f: LetterFacts) -> list[str]:
    if f.pupil.school is None:
        return []  # reported by "school"
    return [] if f.pupil.school.brin.strip() else ["het BRIN-nummer van de school"]


def _pupil_birth_date(f: LetterFacts) -> list[str]:
    return [] if f.pupil.birth_date else ["de geboortedatum van de leerling"]


def _pupil_bsn(f: LetterFacts) -> list[str]:
    return [] if f.pupil.bsn.strip() else ["het BSN van de leerling"]


def _appointment(f: LetterFacts) -> list[str]:
    if f.appointment is None:
        return ["datum, tijd en plaats van het gesprek"]
    return [] if f.appointment.location.strip() else ["de plaats van het gesprek"]


def _consultant_phone(f: LetterFacts) -> list[str]:
    return [] if f.consultant.phone.strip() else ["het telefoonnummer van de consulent"]


def _boa_number(f: LetterFacts) -> list[str]:
    return [] if f.consultant.boa_number.strip() else ["het BOA-nummer van de consulent"]


def _boa_akte_valid(f: LetterFacts) -> list[str]:
    expires: date | None = f.consultant.akte_expires_on
    if expires is None:
        return ["de vervaldatum van de BOA-akte van de consulent"]
    if expires < f.letter_date:
        return [
            f"een geldige BOA-akte: de akte van de consulent is verlopen op {dutch_date(expires)}"
        ]
    return []


def _absence_periods(f: LetterFacts) -> list[str]:
    if f.pv is not None and f.pv.absence_kind == "absolute":
        return []  # not enrolled: no hours; `absolute_findings` asks for the enquiries
    if not f.absence_periods:
        return ["de verzuimperiodes met het aantal uren"]
    return [] if any(p.hours > 0 for p in f.absence_periods) else ["het aantal verzuimde uren"]


def _reports(f: LetterFacts) -> list[str]:
    return [] if f.reports else ["een melding van verzuim"]


def _pv(f: LetterFacts) -> list[str]:
    return [] if f.pv is not None else ["de gegevens voor het proces-verbaal (verdachte en feit)"]


def _suspect_address(f: LetterFacts) -> list[str]:
    if f.pv is None:
        return []
    gaps = _address_gaps(f.pv.suspect.address)
    if not gaps:
        return []
    if gaps == ["adres"]:
        return ["het adres van de verdachte"]
    return [f"{', '.join(gaps)} in het adres van de verdachte"]


def _suspect_details(f: LetterFacts) -> list[str]:
    if f.pv is None:
        return []
    s = f.pv.suspect
    out = []
    if s.birth_date is None:
        out.append("de geboortedatum van de verdachte")
    if not s.birth_place.strip():
        out.append("de geboorteplaats van de verdachte")
    return out


def _qualification(f: LetterFacts) -> list[str]:
    if f.pv is None:
        return []
    return [] if f.pv.qualification is not None else ["de juridische kwalificatie van het feit"]


def _offence_period(f: LetterFacts) -> list[str]:
    if f.pv is None:
        return []
    if f.pv.offence_start is None or f.pv.offence_end is None:
        return ["de pleegperiode (begin- en einddatum van het verzuim)"]
    return [] if f.pv.offence_place.strip() else ["de pleegplaats"]


def _cautie(f: LetterFacts) -> list[str]:
    if f.pv is None or f.pv.interrogation is None:
        return []
    if f.pv.interrogation.cautie_given:
        return []
    return ["de vermelding dat de verdachte vóór het verhoor de cautie is gegeven"]


def _decision(f: LetterFacts) -> list[str]:
    d = f.decision
    if d is None:
        return ["de gegevens van de aanvraag en het besluit"]
    if d.not_ours:
        return [
            "een besluit van de leerplichtambtenaar of het college: over dit verlof "
            "(artikel 13a) beslist de directeur van de school; u kunt hem hooguit adviseren"
        ]
    out = []
    if d.needs_kwalificatieplicht and not d.kwalificatieplichtig:
        out.append(
            "een kwalificatieplichtige jongere: vrijstelling op grond van artikel 15 geldt "
            "alleen voor wie op de datum van de aanvraag kwalificatieplichtig was"
        )
    if not d.outcome:
        out.append("het besluit (de aanvraag is nog in behandeling)")
    elif d.outcome != "withdrawn" and not d.grounds:
        out.append("de motivering van het besluit")
    if d.head_consulted and d.outcome in ("granted", "refused") and d.head_consulted_on is None:
        out.append("de datum waarop de directeur van de school is gehoord")
    if not d.decided_by.strip():
        out.append("wie het besluit heeft genomen (de gemeente van het dossier)")
    if d.outcome != "withdrawn" and not d.objection_address.strip():
        place = f" {d.municipality}" if d.municipality else ""
        out.append(f"het postadres van de gemeente{place} voor bezwaar (Regio > Gemeenten)")
    return out


def _exemption_end(f: LetterFacts) -> list[str]:
    if f.exemption is None:
        return ["de vrijstelling"]
    return [] if f.exemption.ends_on else ["de einddatum van de vrijstelling"]


def _halt(f: LetterFacts) -> list[str]:
    return [] if f.halt is not None else ["de gegevens voor de Halt-verwijzing"]


def _agreements(f: LetterFacts) -> list[str]:
    return [] if any(a.strip() for a in f.agreements) else ["de gemaakte afspraken"]


REQUIREMENTS: dict[str, Check] = {
    "recipient": _recipient,
    "recipient_address": _recipient_address,
    "school": _school,
    "school_if_enrolled": _school_if_enrolled,
    "school_brin": _school_brin,
    "pupil_birth_date": _pupil_birth_date,
    "pupil_bsn": _pupil_bsn,
    "appointment": _appointment,
    "consultant_phone": _consultant_phone,
    "boa_number": _boa_number,
    "boa_akte_valid": _boa_akte_valid,
    "absence_periods": _absence_periods,
    "reports": _reports,
    "pv": _pv,
    "suspect_address": _suspect_address,
    "suspect_details": _suspect_details,
    "qualification": _qualification,
    "offence_period": _offence_period,
    "cautie": _cautie,
    "decision": _decision,
    "exemption_end": _exemption_end,
    "halt": _halt,
    "agreements": _agreements,
    **PV_CHECKS,
}


REQUIREMENTS.update(KIND_REQUIREMENTS)  # the kinds added for issue 11 (L3)


def missing_facts(facts: LetterFacts, names: Iterable[str]) -> list[str]:
    """Every failed requirement among `names`, in order, without repeats."""
    out: list[str] = []
    for name in names:
        for problem in REQUIREMENTS[name](facts):
            if problem not in out:
                out.append(problem)
    return out
