"""Issue 13's pages beside the casework: the prevention register and the thuiszitter list
(and the jaarverslag actions the Reports page takes from `report_document`)."""

from lvs_desktop.ui.prevention.page import PreventionPage, create_page
from lvs_desktop.ui.prevention.thuiszitters import ThuiszitterPage
from lvs_desktop.ui.prevention.thuiszitters import create_page as create_thuiszitter_page

__all__ = ["PreventionPage", "ThuiszitterPage", "create_page", "create_thuiszitter_page"]
