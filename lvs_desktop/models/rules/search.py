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
from functools import lru_cache

__all__ = ["date_forms", "fold", "matches", "narrows", "query_terms", "search_key"]

_DATE_SEPARATORS = re.compile(r"(?<=\d)[./](?=\d)")
_WHOLE_DATE = re.compile(r"(?<!\S)(\d{1,2})-(\d{1,2})-(\d{4})(?!\S)")
_SOME_DATE = re.compile(r"-\d{1,2}-\d{4}")  # a quick test (a literal first) before the slow one


def fold(text: str) -> str:
    """`text` without accents and case: "Zoë Çelik" -> "zoe celik"."""
    if text.isascii():  # most names: nothing to decompose (casefold is lower for ASCII)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=16_384)  # birth dates repeat across a caseload
def date_forms(day: date) -> tuple[str, str]:
    """The two ways a date is typed: ("05-03-2012", "5-3-2012")."""
    d, m, y = day.day, day.month, day.year
    return f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"


def _canonical_date(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{int(day):02d}-{int(month):02d}-{year}"


def _normalise(folded: str) -> str:
    """Dates written with dashes; a whole date (a word of its own) as dd-mm-jjjj."""
    if "." in folded or "/" in folded:
        folded = _DATE_SEPARATORS.sub("-", folded)
    if "-" in folded and _SOME_DATE.search(folded):
        folded = _WHOLE_DATE.sub(_canonical_date, folded)
    return folded


def search_key(words: Iterable[str | None], dates: Iterable[date | None] = ()) -> str:
    """The folded key of a record: its words (None skipped) and each date in both forms."""
    key = _normalise(fold(" ".join(filter(None, words))))
    for d in dates:
        if d is not None:
            padded, short = date_forms(d)
            key = f"{key} {padded} {short}"
    return key


def query_terms(text: str) -> tuple[str, ...]:
    """The folded terms of what was typed; commas count as spaces ("Wit, Zoë")."""
    return tuple(_normalise(fold(text).replace(",", " ")).split())


def matches(key: str, terms: Sequence[str]) -> bool:
    """Whether `key` holds every term (no terms: everything matches)."""
    return all(t in key for t in terms)


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when every key matching `new` matches `old` too: each old term lies inside some
    new term (typing on, or adding a word, narrows; deleting a letter does not)."""
    return all(any(o in n for n in new) for o in old)
