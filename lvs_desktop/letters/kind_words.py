"""The Dutch word for each letter kind: what a consultant types after `--kind` and what a saved
letter's file name says (`2026-JV-0001_waarschuwing_1.pdf`). The stored kind codes (English,
as in the catalogue and the templates) stay the keys; a kind without a word here (a region's
own template) is named by its code.
"""

from __future__ import annotations

from types import MappingProxyType

#: kind code → Dutch word (lower case, hyphens, no spaces: it goes into file names).
KIND_WORDS = MappingProxyType(
    {
        "invitation-1": "uitnodiging-1",
        "invitation-2": "uitnodiging-2",
        "invitation-3": "uitnodiging-3",
        "notice": "kennisgeving",
        "warning": "waarschuwing",
        "agreements": "afspraken",
        "absolute-enquiry": "vraag-inschrijving",
        "decision": "besluit",
        "exemption-ending": "einde-vrijstelling",
        "early-leaver": "voortijdig-schoolverlater",
        "summons": "oproep-verhoor",
        "halt-referral": "halt-verwijzing",
        "proces-verbaal": "proces-verbaal",
        "school-feedback": "terugkoppeling-school",
        "pv-notice": "bericht-proces-verbaal",
        "om-cover": "aanbiedingsbrief-om",
        "rvdk-request": "verzoek-raad",
        "svb-notice": "melding-svb",
        "svb-parents": "bericht-svb-ouders",
        "halt-consent": "toestemming-halt",
        "exemption-receipt": "ontvangstbevestiging",
        "exemption-missing": "ontbrekende-stukken",
        "exemption-advice-request": "verzoek-advies",
        "exemption-renewal": "herinnering-vrijstelling",
        "plan-request": "verzoek-plan-van-aanpak",
        "case-closed": "dossier-gesloten",
        "lateness": "te-laat-komen",
        "exit-interview": "exitgesprek",
    }
)


def kind_word(kind: str) -> str:
    """The Dutch word of a letter kind, or the kind's own code when it has none."""
    return KIND_WORDS.get(kind, kind)
