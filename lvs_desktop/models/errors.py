"""The one error kind that reaches a person: a Dutch message, never a traceback."""


class UserError(Exception):
    """Something the user can act on: wrong input, wrong passphrase, a vault in use.

    `message` is Dutch, one line, and holds no personal data.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
