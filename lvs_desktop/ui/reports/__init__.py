"""The Reports page of the desk (issue 6): annual figures as tables and charts, PDF/CSV."""

from lvs_desktop.ui.reports.page import ReportsPage, create_page

__all__ = ["ReportsPage", "create_page"]
