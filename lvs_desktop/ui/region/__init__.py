"""The Region page: the registers of municipalities, schools, partner organisations and the
team, with the DUO school import. `create_page(context)` is what the main window builds."""

from lvs_desktop.ui.region.page import RegionPage, create_page

__all__ = ["RegionPage", "create_page"]
