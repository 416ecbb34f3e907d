"""Search text as a consultant types it: accents folded, word order free, dates as dd-mm-jjjj.

A record's *search key* is built once (`search_key`): its words folded (Unicode NFKD with the
combining marks dropped, then `casefold`), so "Zoë" and "Zoe" meet at "zoe", and a birth date
written both as 05-03-2012 and as 5-3-2012. A query is split into folded *terms*
(`query_terms`); a key matches when it holds every term (`matches`), in any order:
"ploegstra owen" finds "Ploegstra, Owen". A date typed with dots or slashes (5.3.2012,
05/03/2012) is written with dashes, and a whole date in the canonical dd-mm-jjjj.

`narrows(old, new)` says whether every key that matches `new` also matches `old`, so a screen
may test only the rows the previous keystroke left.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

__all__ = ["date_forms", "fold", "matches", "narrows", "query_terms", "search_key"]

_DATE_SEPARATORS = re.compile(r"(?<=\d)[./](?=\d)")
_WHOLE_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def fold(text: str) -> str:
    """`text` without accents and case: "Zoë Çelik" -> "zoe celik"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def date_forms(day: date) -> tuple[str, str]:
    """The two ways a date is typed: ("05-03-2012", "5-3-2012")."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}", f"{day.day}-{day.month}-{day.year}"


def search_key(words: Iterable[str | None], dates: Iterable[date | None] = ()) -> str:
    """The folded key of a record: its words (None skipped) and each date in both forms."""
    parts = [_term(w) for text in words if text for w in fold(text).split()]
    for d in dates:
        if d is not None:
            parts.extend(date_forms(d))
    return " ".join(parts)


def _term(word: str) -> str:
    word = _DATE_SEPARATORS.sub("-", word)
    whole = _WHOLE_DATE.match(word)
    if whole:
        day, month, year = whole.groups()
        return f"{int(day):02d}-{int(month):02d}-{year}"
    return word


def query_terms(text: str) -> tuple[str, ...]:
    """The folded terms of what was typed; commas count as spaces ("Wit, Zoë")."""
    return tuple(_term(w) for w in fold(text).replace(",", " ").split())


def matches(key: str, terms: Sequence[str]) -> bool:
    """Whether `key` holds every term (no terms: everything matches)."""
    return all(t in key for t in terms)


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when every key matching `new` matches `old` too: each old term lies inside some
    new term (typing on, or adding a word, narrows; deleting a letter does not)."""
    return all(any(o in n for n in new) for o in old)
