"""Text that came in a bundle (a sender's name, a region's name, labels, values) is untrusted:
whoever signed the bundle chose it. Before it is printed on a terminal it is made visible:
control characters, terminal escapes, line and paragraph separators and the bidirectional
controls that can reorder what a reader sees become escapes (`\\x1b`, `\\n`, `\\u202e`), so
one value stays one line and can neither move the cursor nor fake another line of output.

Screens show such text as plain text (`Qt.TextFormat.PlainText`), never as rich text.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
# Not control characters to `unicodedata`, but they move or reorder text on a screen.
_LAYOUT = frozenset("\u2028\u2029\u200e\u200f\u061c") | frozenset(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(text: object) -> str:
    """`text` as one line of visible characters: control and layout characters escaped."""
    value = str(text)
    if value.isprintable() and "\\" not in value:
        return value
    out = []
    for char in value:
        if char in _NAMED or char in _LAYOUT or unicodedata.category(char) in ("Cc", "Cf"):
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)
