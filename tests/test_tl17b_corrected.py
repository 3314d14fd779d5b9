"""A day the sources correct is a misreport: its score goes to the day the correction gives (issue 14)."""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import _corrected, date_sentences

PUBLISHED = date(2031, 5, 8)  # a Thursday


def _fixes(text: str, published: date = PUBLISHED) -> dict[date, date]:
    return _corrected(date_sentences([Sentence(text=text, article=0, position=0, published=published)]))


def test_contrast_moves_the_wrong_day_to_the_named_one() -> None:
    got = _fixes("The pipeline burst on Monday evening, not early Tuesday as the company first said, inspectors found.")
    assert got == {date(2031, 5, 6): date(2031, 5, 5)}


def test_in_fact_moves_the_first_day_to_the_second() -> None:
    text = "The insurer, which had said the ship sank on Tuesday, admitted that it had in fact gone down on Monday."
    assert _fixes(text) == {date(2031, 5, 6): date(2031, 5, 5)}


def test_a_dated_contrast_counts_too() -> None:
    assert _fixes("The museum theft happened on 3 May, not 4 May, the police now say.") == {
        date(2031, 5, 4): date(2031, 5, 3)
    }


def test_near_misses_correct_nothing() -> None:
    near = [
        # a plan that slipped is another day, not a wrong one
        "The bridge reopened on Tuesday, not on Monday as planned, after a last inspection.",
        # "not" that is no contrast of days
        "The mayor resigned on Tuesday, not long after the audit on Monday.",
        "The strike began on Tuesday, not least because talks collapsed on Monday.",
        # days far apart: a second event, not a misreport
        "The ferry sailed on 28 April, not on 3 May, a week before the storm.",
        # a plan, still to come
        "The final will be played on Saturday, not on Sunday, the league said.",
        # no cue at all
        "The dam was closed on Monday and reopened on Tuesday.",
    ]
    for text in near:
        assert _fixes(text) == {}, text


def test_a_late_correction_moves_nothing() -> None:
    """Weeks on, a correction fixes one piece's detail; the day it drops holds other news by then."""
    text = "The senator gave the interview on 2 April, not 3 April, as an earlier version of this story said."
    assert _fixes(text) == {}
    assert _fixes(text, date(2031, 4, 5)) == {date(2031, 4, 3): date(2031, 4, 2)}
