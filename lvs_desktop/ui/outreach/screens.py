"""Screenshots of the outreach flow on the open demo window (called by `ui.screenshots`): the
case's "RMC en verwijzingen" tab with phases and an overdue referral, the phase form, the
referral form (refused without consent, then filled), the result and newcomer forms, and the
agenda with the follow-up. What it records goes through the services, into the temporary demo
vault only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from lvs_desktop.services import cases, outreach, people, referrals
from lvs_desktop.services.people import YouthInput
from lvs_desktop.services.referrals import ReferralInput
from lvs_desktop.services.region import partners
from lvs_desktop.services.region.partners import PartnerInput
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.outreach.dialogs import PhaseDialog, ReferralDialog
from lvs_desktop.ui.screenshots import filled

Grab = Callable[[QWidget, Path, str], Path]
Wait = Callable[[SignalInstance, int], None]


def _outreach_case(vault: Vault, today: date) -> tuple[str, str]:
    """A 19-year-old early leaver in outreach since last spring, handed over warmly to the
    wijkteam six weeks ago with a follow-up that passed; returns (case id, partner id)."""
    born = date(today.year - 19, 3, 14)
    youth = people.create_youth(
        vault,
        YouthInput(
            given_names="Milan",
            surname="Verbeek",
            birth_date=born,
            gender="m",
            street="Krispijnseweg",
            house_number="41",
            postcode="3317 BA",
            city="Dordrecht",
        ),
        today=today,
    ).first("youth")
    start = today - timedelta(days=200)
    case_id = cases.open_case(vault, youth, "rmc_outreach", start, today=today).first("case_file")
    partner = partners.add_partner(
        vault, PartnerInput(kind="wijkteam", name="Sociaal Wijkteam Dordrecht-Oost")
    ).first("partner")
    partners.add_partner(vault, PartnerInput(kind="matchmakers", name="MatchMakers ZHZ"))
    for phase, days in (("in_beeld", 200), ("benaderd", 180), ("gesproken", 120)):
        outreach.set_phase(vault, case_id, phase, today - timedelta(days=days), today=today)
    outreach.set_phase(
        vault,
        case_id,
        "traject",
        today - timedelta(days=60),
        programme="matchmakers",
        note="Werkfit-traject",
        today=today,
    )
    referrals.add_referral(
        vault,
        case_id,
        ReferralInput(
            partner_id=partner,
            referred_on=today - timedelta(days=42),
            reason="Schulden en geen dagritme; hulp bij administratie",
            consent_by="youth",
            consent_on=today - timedelta(days=44),
            warm=True,
            follow_up_on=today - timedelta(days=7),
        ),
        today=today,
    )
    return case_id, partner


def shoot_outreach(window: MainWindow, out: Path, grab: Grab, wait_for: Wait) -> list[Path]:
    shots: list[Path] = []
    ctx = window.context
    case_id, partner = _outreach_case(ctx.vault, ctx.today())
    window.show_case(case_id)
    view = window.case_view
    assert view is not None
    tab = view.outreach
    view.tabs.setCurrentWidget(tab)
    if tab.data is None:
        wait_for(tab.refreshed, 10_000)
    shots.append(grab(window, out, "40-dossier-rmc-verwijzingen"))

    def shot(name: str, dialog: FormDialog | None, fill: Callable[[], None] = lambda: None) -> None:
        if dialog is None:
            return
        filled(dialog)
        fill()
        dialog.adjustSize()
        shots.append(grab(dialog, out, name))
        dialog.reject()

    phase = tab.record_phase()
    assert isinstance(phase, PhaseDialog)

    def out_to_school() -> None:
        phase.phase.set_code("uitgestroomd")
        phase.destination.set_code("learning_working")
        phase.note.setPlainText("BBL-plek als monteur")

    shot("41-outreach-fase", phase, out_to_school)
    first = tab.refer()
    assert isinstance(first, ReferralDialog)

    def without_consent() -> None:
        first.partner.set_code(partner)
        first.reason.setPlainText("Aanmelding jobcoach")
        first.follow_up.set_value(ctx.today() + timedelta(days=14))
        first.submit()
        wait_for(first.problems_shown, 10_000)

    shot("42-verwijzing-zonder-toestemming", first, without_consent)
    refer = tab.refer()
    assert isinstance(refer, ReferralDialog)

    def with_consent() -> None:
        refer.partner.set_code(partner)
        refer.reason.setPlainText("Aanmelding jobcoach")
        refer.warm.setChecked(True)
        refer.consent_by.set_code("youth")
        refer.follow_up.set_value(ctx.today() + timedelta(days=14))

    shot("43-verwijzing", refer, with_consent)
    tab.refs_table.selectRow(0)
    shot("44-verwijzing-resultaat", tab.record_result())
    shot("45-nieuwkomer", tab.mark_newcomer())
    window.close_case_view()
    window.nav.setCurrentRow(1)
    window.agenda.reload()  # the steps above went past the desk: read the agenda again
    wait_for(window.agenda.loaded, 10_000)
    shots.append(grab(window, out, "46-agenda-terugkoppeling"))
    return shots
