"""Screenshots of the import wizard's preview when a bundle holds rows its sender may not
change: each refused row is listed as "geweigerd" with its reason, and counted above.

The preview is filled from a report as the importer writes one (`ImportReport`), so the
screen can be looked at without forging a bundle; `tests/sync/test_sync_authority.py` drives
the same preview from a real forged bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lvs_desktop.services.sync import ImportReport, RecordOutcome
from lvs_desktop.ui.sync.import_wizard import ImportWizard

Grab = Callable[[Any, Path, str], Path]


def refused_preview_report() -> ImportReport:
    report = ImportReport()
    report.counts.new, report.counts.updated, report.counts.unchanged = 1, 2, 41
    rows = [
        ("contact", "new", "28-11-2026 huisbezoek", ()),
        ("case_file", "updated", "2026-AA-0007", ("status",)),
        ("youth", "updated", "Sem Visser (19-10-2013)", ("phone",)),
        ("contact", "refused", "20-11-2026 telefoon (hoort bij een dossier van een andere "
         "consulent)", ()),
        ("case_file", "refused", "2026-AA-0003 (alleen de teamleider draagt een dossier over)", ()),
        ("audit_event", "refused", "log_contact contact (een bestaande logregel wordt nooit "
         "gewijzigd of verwijderd)", ()),
        ("audit_event", "refused", "create contact (logregel van een ander dan de afzender)", ()),
    ]  # fmt: skip
    for i, (table, outcome, label, fields) in enumerate(rows):
        report.records.append(RecordOutcome(table, f"0190000{i}", outcome, label, fields))
    report.warnings.append(
        "Geweigerd: 4 gegevens buiten wat de afzender mag wijzigen; dat is niet ingelezen."
    )
    return report


def shoot_refused_preview(window: Any, out: Path, grab: Grab) -> list[Path]:
    wizard = ImportWizard(window.context.vault, window)
    wizard.resize(1000, 560)
    wizard._checked(([], refused_preview_report()))
    wizard.show()
    path = grab(wizard, out, "19e-inlezen-geweigerd")
    wizard.close()
    wizard.deleteLater()
    return [path]
