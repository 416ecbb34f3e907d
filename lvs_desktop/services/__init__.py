"""Use cases that screens and the CLI call: one function = one transaction + audit events.

Services take plain values (ids, dataclasses of input) and return a `ChangeSummary` or plain
read rows; they never hand out live ORM sessions.
"""

from lvs_desktop.services.uow import ChangeSummary, UnitOfWork

__all__ = ["ChangeSummary", "UnitOfWork"]
