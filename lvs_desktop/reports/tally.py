"""The counting ground every figure shares: the window of school years and the raw tally.

Conventions for every figure (the docstring of each figure says which date it uses):

* A school year runs from 1 August to 31 July; a date belongs to exactly one school year
  (31 July closes one, 1 August opens the next).
* Tombstoned rows (`deleted`) are never counted, and neither is anything on a deleted case.
* Every count is attributed to the municipality **of the case at opening**
  (`case_file.municipality_id`); a youth who moved later keeps the old municipality for the
  old case, and a new case after the move counts for the new one. A case without a municipality
  counts for the region only.
* "At year end" means on 31 July, or on the report date `as_of` when the year is still running.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from lvs_desktop.models.rules.dates import SchoolYear


@dataclass(frozen=True)
class Window:
    """The school years a report covers (oldest first) and the date it is drawn up on."""

    years: tuple[SchoolYear, ...]
    as_of: date

    @classmethod
    def ending(cls, year: SchoolYear, count: int, as_of: date) -> Window:
        """`count` school years ending with `year`."""
        years = [year]
        while len(years) < count:
            years.insert(0, years[0].previous())
        return cls(tuple(years), as_of)

    @property
    def start(self) -> date:
        return self.years[0].start

    @property
    def end(self) -> date:
        return self.years[-1].end

    @property
    def first_moment(self) -> datetime:
        """Midnight at the start of the window (to compare with timestamps)."""
        return datetime.combine(self.start, time())

    @property
    def after_end(self) -> datetime:
        """Midnight after the last day of the window."""
        return datetime.combine(self.end + timedelta(days=1), time())

    def cutoff(self, year: SchoolYear) -> date | None:
        """The reference date for "at year end": 31 July, or `as_of` in a running year;
        None for a year that has not started on `as_of`."""
        if year.start > self.as_of:
            return None
        return min(year.end, self.as_of)

    def year_of(self, d: date) -> SchoolYear | None:
        """The school year of `d` if the window holds it (hot path: no object is made)."""
        start = d.year if d.month >= 8 else d.year - 1
        return self._by_start.get(start)

    @cached_property
    def _by_start(self) -> dict[int, SchoolYear]:
        return {y.start_year: y for y in self.years}


@dataclass
class Tally:
    """Raw counts and samples per figure, school year, dimension codes and municipality."""

    counts: dict[tuple[str, int, tuple[str, ...]], dict[str | None, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    samples: dict[tuple[str, int], dict[str | None, list[float]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    #: narrow facts read once and shared by figures (see `reports.facts`)
    cache: dict[str, Any] = field(default_factory=dict)
    _dims: dict[str, set[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    _dims_seen: int = field(default=-1, repr=False)

    def add(
        self,
        figure: str,
        year_start: int,
        municipality_id: str | None,
        dims: tuple[str, ...],
        n: int = 1,
    ) -> None:
        if n:
            self.counts[(figure, int(year_start), dims)][municipality_id] += int(n)

    def add_rows(self, figure: str, rows: Any) -> None:
        """Rows of (year start, municipality id, *dimension codes, count) from a grouped query."""
        for row in rows:
            year, municipality, *dims, n = row
            self.add(figure, year, municipality, tuple(str(d) for d in dims), n)

    def sample(
        self, figure: str, year_start: int, municipality_id: str | None, value: float
    ) -> None:
        self.samples[(figure, int(year_start))][municipality_id].append(value)

    def sample_all(
        self, figure: str, year_start: int, municipality_id: str | None, values: list[float]
    ) -> None:
        """`sample` for each of `values`."""
        self.samples[(figure, int(year_start))][municipality_id].extend(values)

    def value(
        self,
        figure: str,
        year_start: int,
        municipality_ids: set[str | None] | None,
        dims: tuple[str, ...],
    ) -> int:
        """The count for the given municipalities (None = the whole region)."""
        per = self.counts.get((figure, year_start, dims), {})
        if municipality_ids is None:
            return sum(per.values())
        return sum(n for m, n in per.items() if m in municipality_ids)

    def dims_of(self, figure: str) -> set[tuple[str, ...]]:
        """The dimension codes counted for `figure` (a copy). Laying out eleven areas asks
        this for every table, so the codes are grouped per figure once and again only when
        counts were added since (keys are only ever added)."""
        if self._dims_seen != len(self.counts):
            self._dims.clear()
            for f, _, d in self.counts:
                self._dims.setdefault(f, set()).add(d)
            self._dims_seen = len(self.counts)
        return set(self._dims.get(figure, ()))

    def samples_for(
        self, figure: str, year_start: int, municipality_ids: set[str | None] | None
    ) -> list[float]:
        per = self.samples.get((figure, year_start), {})
        return [
            v
            for m, values in per.items()
            if municipality_ids is None or m in municipality_ids
            for v in values
        ]
