"""Issue 14: a notice's "Next <thing>: <weekday>" heading names the coming weekday, not the one before."""

from datetime import date

from digest.briefs.timeline import resolve

_FRIDAY = date(2072, 9, 23)  # a Friday


def _days(text: str) -> list[date]:
    return [r.when for r in resolve(text, _FRIDAY)]


def test_next_heading_weekday_is_coming() -> None:
    assert _days("Next auction: Wednesday, vintage tractors and tools.") == [date(2072, 9, 28)]


def test_next_two_word_heading_is_coming() -> None:
    assert _days("Next book club: Tuesday, 7pm, in the library.") == [date(2072, 9, 27)]


def test_possessive_after_next_door_is_past() -> None:
    assert _days("Next door: Wednesday's storm flattened the greenhouse.") == [date(2072, 9, 21)]


def test_lowercase_next_mid_sentence_is_past() -> None:
    assert _days("The next auction: Wednesday was the busiest of the year.") == [date(2072, 9, 21)]


def test_next_as_sequence_word_is_past() -> None:
    assert _days("Next, on Wednesday, the choir sang at the cathedral.") == [date(2072, 9, 21)]


def test_heading_before_another_heading_is_past() -> None:
    assert _days("Results from Wednesday: next auction in a fortnight.") == [date(2072, 9, 21)]
