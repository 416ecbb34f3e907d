"""`lvs-desktop intake reports|residents|enrolments`: work that arrives as files (issue 12).

`reports` reads absence reports from the Verzuimloket download (`commands.intake_reports`);
`residents` and `enrolments` fill the register, the leerplichtadministratie
(`commands.intake_register`). Each part registers its own actions here.
"""

from __future__ import annotations

import argparse
import importlib

from lvs_desktop.commands.i18n import _

PARTS = ("intake_reports", "intake_register")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("intake", help=_("import absence reports and the register from files"))
    actions = parser.add_subparsers(dest="intake_action", required=True, metavar=_("ACTION"))
    for name in PARTS:
        try:
            module = importlib.import_module(f"lvs_desktop.commands.{name}")
        except ModuleNotFoundError as exc:  # a part not written yet
            if exc.name == f"lvs_desktop.commands.{name}":
                continue
            raise
        module.register_actions(actions)
