"""Issue 14, session tl9: date reading and ranking mechanisms, each tested on sentences of other domains than the
bundled timeline sets (a school board, a shipping line, a court, a weather service, a bakery chain...).

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import article_sentences
from digest.briefs.timeline import date_sentences, resolve, upcoming_entries

WEDNESDAY = date(2046, 11, 21)  # a Wednesday


def _when(text: str, published: date = WEDNESDAY) -> list[date]:
    return [r.when for r in resolve(text, published)]


def _upcoming(text: str, published: date = WEDNESDAY) -> list[date]:
    return [e.when for e in upcoming_entries(article_sentences(0, text, published), published)]


def test_a_weekday_set_straight_after_due_or_scheduled_is_the_coming_one() -> None:
    """American news drops the "on": "Test results are due Monday" is the coming Monday, as "due on Monday" is, not
    the Monday gone (the weekday's reading took no tense from a schedule word set straight before it)."""
    assert WEDNESDAY.weekday() == 2
    assert _when("Test results for the water samples are due Monday.") == [date(2046, 11, 26)]
    assert _when("The school board's vote on the new calendar is scheduled Friday.") == [date(2046, 11, 23)]
    assert _when("A verdict in the copyright case is expected Thursday.") == [date(2046, 11, 22)]
    assert _when("The container ship is due back Tuesday after repairs in Rotterdam.") == [date(2046, 11, 27)]
    assert _when("Quarterly figures due Thursday will show a loss, the bakery chain warned.")[0] == date(2046, 11, 22)
    assert _when("The bill is due next Monday.") == [date(2046, 11, 26)]
    assert date(2046, 11, 26) in _upcoming("Test results for the water samples are due Monday, the district said.")


def test_the_other_future_forms_of_a_bare_weekday_stay_ahead() -> None:
    """The forms the issue names beside "due Monday": a modal, "is expected to", a present schedule, "next"."""
    assert _when("The ferry operators will meet Thursday to discuss the winter timetable.") == [date(2046, 11, 22)]
    assert _when("The appeals court is expected to rule Friday on the zoning dispute.") == [date(2046, 11, 23)]
    assert _when("The chess tournament resumes next Tuesday in the town hall.") == [date(2046, 11, 27)]
    assert _when("The orchestra's strike ends Sunday, the musicians' union said.")[0] == date(2046, 11, 25)


def test_a_bare_schedule_word_told_after_its_day_keeps_the_day_gone() -> None:
    """Not a plan still to come: after a past ("was due Monday but"), beside its noun after a comma ("The report, due
    Monday, was published a day late"), or "expected" as a past verb ("The airline expected Monday to be busy")."""
    assert _when("The shipment was due Monday but the port was shut by the storm.") == [date(2046, 11, 19)]
    assert _when("The audit report, due Monday, was published a day late.") == [date(2046, 11, 19)]
    assert _when("The airline expected Monday to be its busiest day.") == [date(2046, 11, 19)]
    assert _when("Repairs to the bridge were scheduled Friday, the utility said.") == [date(2046, 11, 16)]
    assert _when("The council approved the budget Tuesday.") == [date(2046, 11, 20)]


def test_a_day_named_twice_leaves_room_for_the_sentence_s_second_day() -> None:
    """A weekday and its date ("on Tuesday, Nov. 20") are one day, so the event the sentence dates next ("switched
    off on Sunday") is still counted; a recap whose later dates each open a clause of their own places each of them."""
    text = (
        "The maritime museum reopened on Tuesday, Nov. 20, two days after the last flood pumps were switched off "
        "on Sunday, the city's culture office said."
    )
    days = [d.when for d in date_sentences(article_sentences(0, text, WEDNESDAY))]
    assert days == [date(2046, 11, 20), date(2046, 11, 20), date(2046, 11, 18)]
    three = (
        "The bakery chain closed its Leeds plant on 2 November, reopened it on 9 November and sold it on 16 November, "
        "its annual report shows."
    )
    assert [d.when for d in date_sentences(article_sentences(0, three, WEDNESDAY))] == [
        date(2046, 11, 2),
        date(2046, 11, 9),
        date(2046, 11, 16),
    ]
