"""Exceptions raised by the rules of the law.

Every refusal carries a Dutch sentence (`message_nl`) that the screens can show
to a consultant as it is. All of them are `ValueError`s, so callers that only
care about "the input was not acceptable" can catch that.
"""

from __future__ import annotations

__all__ = [
    "HaltNotApplicable",
    "InvalidFacts",
    "InvalidIdentifier",
    "NotProsecutable",
    "RuleError",
]


class RuleError(ValueError):
    """Base of every refusal by a rule; `message_nl` is for the consultant."""

    def __init__(self, message_nl: str) -> None:
        super().__init__(message_nl)
        self.message_nl = message_nl


class InvalidFacts(RuleError):
    """The facts handed to a rule contradict each other (e.g. an end before a start)."""


class InvalidIdentifier(RuleError):
    """A BSN or postcode that does not pass validation."""


class HaltNotApplicable(RuleError):
    """The Halt table does not cover the case (too many hours, age outside 12-17)."""


class NotProsecutable(RuleError):
    """No legal qualification exists for this suspect and this kind of absence."""
