"""The intake page: absence reports from DUO waiting for a consultant, and the import dialog.
`create_page(context)` is what the main window builds."""

from lvs_desktop.ui.intake.import_dialog import ImportDialog
from lvs_desktop.ui.intake.page import IntakePage, create_page

__all__ = ["ImportDialog", "IntakePage", "create_page"]
