"""Dutch for the audit log's detail: what a service step was ("create_letter" → "brief
gemaakt") and which fields it changed (`sync.labels.field_label`), or what a read showed
("cases: 12" → "dossierlijst: 12"). The stored detail stays as written (it is hashed)."""

from __future__ import annotations

from lvs_desktop.sync.labels import TABLE_LABELS, field_label

STEPS = {
    "accept_key": "sleutel van een afzender vertrouwd",
    "add_consultant": "medewerker toegevoegd",
    "add_enrolment": "inschrijving toegevoegd",
    "add_guardian": "ouder of verzorger toegevoegd",
    "add_municipality": "gemeente toegevoegd",
    "add_partner": "partnerorganisatie toegevoegd",
    "add_report": "melding toegevoegd",
    "add_school": "school toegevoegd",
    "add_task": "taak toegevoegd",
    "archive": "gearchiveerd",
    "assign_task": "taak toegewezen",
    "close_case": "dossier gesloten",
    "complete_task": "taak afgerond",
    "create_letter": "brief gemaakt",
    "create_youth": "jeugdige ingeschreven",
    "decide_exemption": "besluit op vrijstelling",
    "decide_route": "MAS-route gekozen",
    "delete": "verwijderd",
    "delete_anyway": "toch verwijderd (conflict)",
    "distinct_youths": "geen dubbele jeugdigen",
    "enforcement_outcome": "uitkomst handhaving",
    "exemption_advice": "advies vrijstelling",
    "export": "exportbestand gemaakt",
    "export_region": "regio geëxporteerd",
    "finalise_pv": "proces-verbaal afgerond",
    "finish_task": "taak afgehandeld",
    "import_schools": "scholen ingelezen",
    "keep_conflict": "conflict: waarde gehouden",
    "link_register_twins": "dubbele registerregels gekoppeld",
    "log_contact": "contact vastgelegd",
    "merge_youths": "jeugdigen samengevoegd",
    "open_case": "dossier geopend",
    "post_letter": "brief verzonden",
    "print_letter": "brief afgedrukt",
    "pv_court_outcome": "uitspraak rechter",
    "pv_om_decision": "beslissing OM",
    "pv_sent_to_om": "proces-verbaal naar het OM",
    "reassign_case": "dossier overgedragen",
    "rebuild_case_facts": "contactfeiten van de jaarcijfers opnieuw berekend",
    "record_enforcement": "handhaving vastgelegd",
    "record_exemption": "vrijstelling vastgelegd",
    "rekey": "wachtwoord gewijzigd",
    "remove_enrolment": "inschrijving verwijderd",
    "remove_guardian": "ouder of verzorger verwijderd",
    "reopen_task": "taak heropend",
    "reschedule_task": "taak verzet",
    "retention_purge": "vernietigd na de bewaartermijn",
    "save_letter": "brief opgeslagen als bestand",
    "set_coverage": "werkgebied gewijzigd",
    "set_region_name": "naam van de regio gewijzigd",
    "take_other": "conflict: andere waarde gekozen",
    "take_roster_place": "plaats in het team ingenomen",
    "update_case": "dossier gewijzigd",
    "update_consultant": "medewerker gewijzigd",
    "update_contact": "contact gewijzigd",
    "update_enrolment": "inschrijving gewijzigd",
    "update_guardian": "ouder of verzorger gewijzigd",
    "update_municipality": "gemeente gewijzigd",
    "update_partner": "partnerorganisatie gewijzigd",
    "update_profile": "profiel gewijzigd",
    "update_report": "melding gewijzigd",
    "update_school": "school gewijzigd",
    "update_youth": "jeugdige gewijzigd",
    "view_case": "dossier geopend om te lezen",
    "view_letter": "brief bekeken",
    # reads on the command line (`audit_log.record_read`)
    "cases": "dossierlijst",
    "conflicts": "conflictenlijst",
    "print queue": "afdrukwachtrij",
}
PREFIXED = {"report": "jaarcijfers", "letter": "brief niet bewaard"}  # "report 2026-2027"
VOIDED = "ingetrokken"  # corrections.void: "void_contact", "void_report", …


def detail_label(detail: str) -> str:
    """The stored detail in Dutch; text it does not know stays as it is."""
    head, sep, tail = detail.partition(": ")
    step = STEPS.get(head)
    if step is None:
        word, _, rest = head.partition(" ")
        if word in PREFIXED and rest:
            step = f"{PREFIXED[word]} {rest}"
    if step is None and head.startswith("void_"):
        step = f"{TABLE_LABELS.get(head[5:], head[5:]).lower()} {VOIDED}"
    if step is None:
        return detail
    if not sep:
        return step
    if tail.isdigit():
        return f"{step}: {tail}"
    return f"{step}: " + ", ".join(field_label(f.strip()) for f in tail.split(","))
