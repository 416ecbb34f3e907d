"""What a proces-verbaal needs before it is finalised (issue 11, defects 1, 2, 6 and 7).

Each check returns the missing facts in Dutch, like those of `requirements.py` (which takes
them into its table under the same names):

* `own_verhoor`: the suspect's own verhoor, not another person's (Sv 29a: his own words);
* `verhoor_by_verbalisant`: the verbalisant held it himself; a colleague's verhoor belongs in
  that colleague's own PV van verhoor, to which the draft refers;
* `verhoor_complete`: suspicion explained (Sv 27c), counsel waived or present, read back,
  signed or refused;
* `verbalisant_profile`: eed or belofte, the akte number and the appointment as
  leerplichtambtenaar (art. 16 Lpw) in the consultant's profile;
* `qualification_confirmed`: the pupil's kwalificatieplicht article confirmed by the region;
* `absolute_findings`: for absolute absence, an enquiry letter or a contact to build on;
* `pv_school`: the pupil's school, except for absolute absence (no school is the offence).
"""

from __future__ import annotations

from collections.abc import Callable

from lvs_desktop.letters.facts import LetterFacts

Check = Callable[[LetterFacts], list[str]]


def _own_verhoor(f: LetterFacts) -> list[str]:
    pv = f.pv
    if pv is None or pv.interrogation is not None:
        return []
    name = pv.suspect.full_name
    if pv.other_verhoren:
        return [
            f"het eigen verhoor van de verdachte ({name}); in het dossier staat alleen een "
            "verhoor van iemand anders (dat is niet de verklaring van de verdachte) of een "
            "verhoor waarbij niet is vastgelegd wie er is gehoord (vul dat aan bij het contact)"
        ]
    return [f"het eigen verhoor van de verdachte ({name})"]


def _by_verbalisant(f: LetterFacts) -> list[str]:
    pv = f.pv
    if pv is None or pv.interrogation is None or pv.interrogation.by_verbalisant:
        return []
    v = pv.interrogation
    return [
        f"een verhoor dat de verbalisant zelf afnam: {v.heard_name} is gehoord door "
        f"{v.held_by or 'een collega'}; dat verhoor hoort in het proces-verbaal van verhoor "
        "van die collega"
    ]


def _verhoor_complete(f: LetterFacts) -> list[str]:
    pv = f.pv
    if pv is None or pv.interrogation is None:
        return []
    v = pv.interrogation
    out = []
    if not v.suspicion_explained:
        out.append("de vermelding dat de verdachte is verteld waarvan hij wordt verdacht")
    if not v.counsel:
        out.append("of de verdachte afstand deed van een advocaat of dat er een advocaat was")
    if not v.read_back:
        out.append("de vermelding dat de verklaring is voorgelezen")
    if v.signature not in ("signed", "refused"):
        out.append("of de verdachte de verklaring heeft ondertekend of dat heeft geweigerd")
    if not v.location.strip():  # never "Plaats: onbekend" in a finished PV
        out.append("de plaats van het verhoor (`lvs-desktop verhoor … --location PLAATS`)")
    return out


def _verbalisant_profile(f: LetterFacts) -> list[str]:
    c = f.consultant
    out = []
    if c.sworn_by not in ("eed", "belofte"):
        out.append("in het profiel van de consulent: beëdigd met eed of belofte")
    if not c.akte_number.strip():
        out.append("in het profiel van de consulent: het nummer van de akte van beëdiging")
    if not c.appointed_by.strip() or c.appointed_on is None:
        out.append(
            "in het profiel van de consulent: de aanwijzing als leerplichtambtenaar "
            "(artikel 16 Leerplichtwet 1969): door wie en op welke datum"
        )
    return out


def _qualification_confirmed(f: LetterFacts) -> list[str]:
    q = f.pv.qualification if f.pv is not None else None
    if q is None or q.confirmed:
        return []
    return [
        "de door de regio bevestigde tekst van het artikel voor een kwalificatieplichtige "
        "leerling als verdachte (Instellingen > Proces-verbaal); het programma kon dat "
        "artikel niet aan de wettekst toetsen"
    ]


def _absolute_findings(f: LetterFacts) -> list[str]:
    pv = f.pv
    if pv is None or pv.absence_kind != "absolute":
        return []
    if f.pupil.school is not None:  # the record says enrolled: "not enrolled" would be false
        return [
            f"een dossier zonder inschrijving: de leerling staat ingeschreven bij "
            f"{f.pupil.school.name} (beëindig die inschrijving of maak een PV wegens "
            f"relatief verzuim)"
        ]
    if pv.enquiries or f.contacts:
        return []
    return ["een verzonden brief 'bij welke school is uw kind ingeschreven?' of een contact"]


def _pv_school(f: LetterFacts) -> list[str]:
    if f.pupil.school is not None or (f.pv is not None and f.pv.absence_kind == "absolute"):
        return []
    return ["de school van de leerling"]


PV_CHECKS: dict[str, Check] = {
    "pv_school": _pv_school,
    "own_verhoor": _own_verhoor,
    "verhoor_by_verbalisant": _by_verbalisant,
    "verhoor_complete": _verhoor_complete,
    "verbalisant_profile": _verbalisant_profile,
    "qualification_confirmed": _qualification_confirmed,
    "absolute_findings": _absolute_findings,
}
