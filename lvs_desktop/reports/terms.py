"""The choices behind the figures that a region may want to change: settings, not constants."""

from __future__ import annotations

from dataclasses import dataclass, field

from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.models.rules.register_lists import VO_MBO_DEFAULT

#: Report types that are relative absence (the 18-plus reports have a figure of their own).
RELATIVE_REPORT_TYPES = ("16_hours", "long_term_relative", "luxe", "other")


@dataclass(frozen=True)
class ReportTerms:
    """Settings of the annual figures (DOMAIN §2, §7).

    * `thuiszitter_min_days`: "4 weeks or longer" not at school, in calendar days.
    * `thuiszitter_max_gap_days`: absence periods of one youth closer together than this
      (a weekend) are read as one stretch at home.
    * `thuiszitter_report_types`: reports whose absence period is read as a stretch at home
      even when "all lessons missed" is not ticked (langdurig relatief verzuim).
    * `thuiszitter_include_absolute`: DOMAIN §2 says "enrolled or not", so an absolute-absence
      case (not enrolled anywhere) that stays open long enough is a stretch at home too.
    * `thuiszitter_not_counted_reasons`: cases closed with these DUO reasons ("geen verzuim")
      contribute no stretch at all: the youth was ill or legitimately absent.
    * `reenrolled_reasons`: closing reasons that mean an absolute verzuimer is at school again.
    * `positive_reasons`: closing reasons that are a positive outcome for an early school
      leaver (back to education, or work).
    * `vo_mbo_date`: the region's VO→MBO date as (month, day) (register setting
      `vo_mbo_deadline`, default 1 October).
    """

    thuiszitter_min_days: int = 28
    thuiszitter_max_gap_days: int = 3
    thuiszitter_long_months: int = 3
    thuiszitter_report_types: tuple[str, ...] = ("long_term_relative",)
    thuiszitter_include_absolute: bool = True
    thuiszitter_not_counted_reasons: tuple[str, ...] = ("no_absence_ill", "no_absence_legitimate")
    reenrolled_reasons: tuple[str, ...] = ("back_to_school", "enrolment_ended_education")
    positive_reasons: tuple[str, ...] = (
        "back_to_school",
        "enrolment_ended_education",
        "enrolment_ended_work",
    )
    deadlines: DeadlineTerms = field(default_factory=DeadlineTerms)
    vo_mbo_date: tuple[int, int] = VO_MBO_DEFAULT
