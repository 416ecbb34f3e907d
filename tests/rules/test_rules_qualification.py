"""Tests for the legal qualification of a PV (DOMAIN.md §5 item 5)."""

from __future__ import annotations

import pytest

from lvs_desktop.models.rules.errors import NotProsecutable
from lvs_desktop.models.rules.qualification import offence_qualification


@pytest.mark.parametrize("absence", ["relative", "absolute", "luxe"])
def test_parent_leerplicht(absence: str) -> None:
    result = offence_qualification("parent", absence, False, 9)  # type: ignore[arg-type]
    assert result.articles_nl == (
        "artikel 2, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"
    )
    assert "leerplichtig was" in result.explanation_nl


def test_parent_kwalificatieplicht() -> None:
    result = offence_qualification("parent", "relative", True, 17)
    assert result.articles_nl == (
        "artikel 4a, eerste lid, juncto artikel 26, eerste lid, Leerplichtwet 1969"
    )
    assert "kwalificatieplichtig was" in result.explanation_nl


def test_parent_absolute_absence_mentions_enrolment() -> None:
    result = offence_qualification("parent", "absolute", False, 10)
    assert "ingeschreven" in result.explanation_nl


def test_pupil_from_12() -> None:
    result = offence_qualification("pupil", "relative", False, 12)
    assert result.articles_nl == (
        "artikel 2, derde lid, juncto artikel 26, tweede lid, Leerplichtwet 1969"
    )
    assert "12 jaar" in result.explanation_nl


def test_pupil_kwalificatieplichtig() -> None:
    result = offence_qualification("pupil", "relative", True, 17)
    assert result.articles_nl == "artikel 4a juncto artikel 26, tweede lid, Leerplichtwet 1969"


def test_pupil_under_12_is_refused() -> None:
    with pytest.raises(NotProsecutable) as info:
        offence_qualification("pupil", "relative", False, 11)
    assert info.value.message_nl == "Een leerling jonger dan 12 jaar kan niet worden vervolgd."
    assert isinstance(info.value, ValueError)


def test_luxe_against_the_pupil_is_refused() -> None:
    with pytest.raises(NotProsecutable, match="luxe verzuim is een zaak van de ouders"):
        offence_qualification("pupil", "luxe", False, 14)


def test_absolute_against_the_pupil_is_refused() -> None:
    with pytest.raises(NotProsecutable, match="inschrijven bij de ouders"):
        offence_qualification("pupil", "absolute", False, 14)


@pytest.mark.parametrize("suspect", ["parent", "pupil"])
def test_no_offence_from_18(suspect: str) -> None:
    with pytest.raises(NotProsecutable, match="vanaf 18 jaar"):
        offence_qualification(suspect, "relative", True, 18)  # type: ignore[arg-type]


def test_no_offence_before_5() -> None:
    with pytest.raises(NotProsecutable, match="nog niet leerplichtig"):
        offence_qualification("parent", "relative", False, 4)
