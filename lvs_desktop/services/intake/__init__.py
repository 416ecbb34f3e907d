"""Intake of absence reports from DUO's Verzuimloket (issue 12, items 1–3).

`reading` (bytes → text rows), `profiles` (column names → our fields, stored in the vault),
`rows` (one line → a checked report or a reason), `importer` (matching and the one-transaction
import), `preview` (what the dialog shows first), `inbox` (unassigned reports, proposals,
assigning, confirming candidates).
"""

from lvs_desktop.services.intake.importer import ImportResult, RefusedLine, import_reports
from lvs_desktop.services.intake.inbox import (
    InboxRow,
    assign,
    assign_each,
    assign_proposed,
    confirm_candidate,
    keeps_intake,
    list_inbox,
)
from lvs_desktop.services.intake.preview import Preview, file_header, preview_file
from lvs_desktop.services.intake.profiles import (
    DEFAULT_COLUMNS,
    DEFAULT_NAME,
    FIELDS,
    Profile,
    delete_profile,
    get_profile,
    list_profiles,
    save_profile,
)

__all__ = [
    "DEFAULT_COLUMNS",
    "DEFAULT_NAME",
    "FIELDS",
    "ImportResult",
    "InboxRow",
    "Preview",
    "Profile",
    "RefusedLine",
    "assign",
    "assign_each",
    "assign_proposed",
    "confirm_candidate",
    "delete_profile",
    "file_header",
    "get_profile",
    "import_reports",
    "keeps_intake",
    "list_inbox",
    "list_profiles",
    "preview_file",
    "save_profile",
]
