"""Timeline kinds (issue 14, tl12): coming dates said the British way ("a week on Thursday", "on Friday week"), a
timetable's present with a day its words place ahead ("publishes its findings next Tuesday"), a first-person promise
under a speaker's heading in ordinary case (a written answer, a letters-page reply), and which coming days a brief
keeps when there are more than it shows."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import announcements, coming_dates, resolve, upcoming_entries

# 2050-03-07 is a Monday; 2050-03-11 a Friday.
MONDAY = date(2050, 3, 7)
FRIDAY = date(2050, 3, 11)


def _days(text: str, published: date) -> list[date]:
    return [r.when for r in coming_dates(text, published)]


def test_a_week_on_a_weekday_is_that_weekday_of_the_week_after_next() -> None:
    # said on a Monday: the coming Thursday is the 10th, "a week on Thursday" the 17th
    assert _days("The parish council will meet to discuss the allotments a week on Thursday.", MONDAY) == [
        date(2050, 3, 17)
    ]
    # said on a Friday: the coming Tuesday is the 15th, a week on it the 22nd; "a fortnight" is two weeks on
    assert _days("A drop-in session for tenants will be held a week on Tuesday.", FRIDAY) == [date(2050, 3, 22)]
    assert _days("The ferry company will publish new timetables a fortnight on Monday.", FRIDAY) == [date(2050, 3, 28)]
    # "on Friday week" is the same idiom, the weekday first; "a week from Saturday" its American cousin
    assert _days("The planning inquiry is on Friday week.", MONDAY) == [date(2050, 3, 18)]
    assert _days("Ballots will go out a week from Saturday.", MONDAY) == [date(2050, 3, 19)]


def test_a_week_last_weekday_is_told_after_it_and_is_no_coming_date() -> None:
    text = "The mill closed its gates a week last Wednesday, workers said."
    assert [r.when for r in resolve(text, FRIDAY)] == [date(2050, 3, 2)]
    assert _days(text, FRIDAY) == []


def test_a_timetable_present_with_a_day_its_words_place_ahead_is_coming() -> None:
    assert _days("The regulator publishes its findings on the water company next Tuesday.", FRIDAY) == [
        date(2050, 3, 15)
    ]
    assert _days("The library reopens tomorrow with shorter hours.", FRIDAY) == [date(2050, 3, 12)]
    # a bare weekday gives no direction of its own: without a future verb it stays out
    assert _days("The regulator publishes its findings on the water company on Tuesday.", FRIDAY) == []


def test_a_condition_a_forecast_or_a_past_with_next_stays_out() -> None:
    assert _days("If the union rejects the offer next Tuesday, the strike goes ahead.", FRIDAY) == []
    assert _days("Heavy snow is forecast for the hills tomorrow.", FRIDAY) == []
    assert _days("Fares are projected to rise again next Wednesday.", FRIDAY) == []
    assert _days("The board met its lenders last Tuesday.", FRIDAY) == []


_ANSWERS = (
    "Question for the Department of Transport, tabled on 2 March 2050 by Nia Powell: To ask the Secretary of State "
    "when the review of rural bus routes will be published.\n\n"
    "Answered on 7 March 2050 by Tomas Reyes, Minister for Buses: I will publish the review on 30 March 2050.\n\n"
    "Question for the Department of Transport, tabled on 3 March 2050 by Ian Shaw: To ask about potholes.\n\n"
    "Answered on 7 March 2050 by Tomas Reyes: The Department does not hold this information."
)

_LETTERS = (
    "Your letters\n\nSir, the flooded underpass has been shut for a month and nobody will say why.\n\n"
    "Cllr Maya Osei, Leader of Tarnwick Council, replies: We will reopen the underpass on 21 March once the pumps "
    "are fixed."
)


def test_a_first_person_promise_under_a_speaker_s_heading_is_announced_with_it() -> None:
    found = [s.text for s in announcements(0, _ANSWERS, MONDAY, kept=set())]
    assert found == [
        "Answered on 7 March 2050 by Tomas Reyes, Minister for Buses: I will publish the review on 30 March 2050."
    ]
    letters = [s.text for s in announcements(0, _LETTERS, MONDAY, kept=set())]
    assert letters == [
        "Cllr Maya Osei, Leader of Tarnwick Council, replies: We will reopen the underpass on 21 March once the pumps "
        "are fixed."
    ]


def test_a_first_person_promise_without_a_speaker_stays_out() -> None:
    # a heading that names nobody ("Your questions") says nothing of who "we" are
    text = "Your questions\n\nWe will reopen the underpass on 21 March once the pumps are fixed."
    assert announcements(0, text, MONDAY, kept=set()) == []


def test_a_day_something_starts_from_gives_way_to_days_things_fall_on() -> None:
    texts = [
        "The charity will run free advice sessions for tenants from 8 March.",
        "The council will vote on the repairs budget on 10 March.",
        "The housing panel will meet the landlords on 14 March.",
        "The inspector's report is due on 21 March.",
    ]
    sentences = [Sentence(t, i, 0, date(2050, 3, 4)) for i, t in enumerate(texts)]
    shown = [e.when for e in upcoming_entries(sentences, after=date(2050, 3, 4), k=3)]
    assert shown == [date(2050, 3, 10), date(2050, 3, 14), date(2050, 3, 21)]
    # with room for all, the start is shown too, soonest first
    everything = [e.when for e in upcoming_entries(sentences, after=date(2050, 3, 4), k=4)]
    assert everything == [date(2050, 3, 8), date(2050, 3, 10), date(2050, 3, 14), date(2050, 3, 21)]


def test_a_fact_box_line_is_the_event_of_its_opening_date_only() -> None:
    """A box line that opens on its full date is that day's event; a day its text recalls ("on the night of 25 June",
    of another year) is background, not a second event (review rev12: a trial's 2011 line landed on 2011-06-25)."""
    from datetime import date as _date

    from digest.briefs.sentences import article_sentences
    from digest.briefs.timeline import date_sentences

    text = (
        "3 October 2031 The trial opens with the prosecution's account of the collision in the harbour mouth. "
        "4 October 2031 The harbour pilot tells the court that, on the night of 12 March, he saw no lights on the "
        "barge.\n\n"
        "The jury retired on Friday after hearing from 40 witnesses over five weeks of evidence."
    )
    placed = [(d.sentence.text[:12], d.when) for d in date_sentences(article_sentences(0, text, _date(2031, 11, 7)))]
    box = [when for start, when in placed if start.startswith("4 October")]
    assert box == [_date(2031, 10, 4)], placed


def test_a_bulletin_ident_is_page_furniture_not_an_event() -> None:
    """A radio bulletin's opening ident ("Harbour FM news at 7am, Monday the fourth of March.") says when it aired, not
    what happened; a sentence about a bulletin is still reporting."""
    from digest.briefs.sentences import is_noise

    assert is_noise("Harbour FM news and sport at seven o'clock, Monday the fourth of March.")
    assert is_noise("Valley Radio headlines at 6.30am, Friday 8 March.")
    assert not is_noise("Local news at eight o'clock was dominated by the floods in the valley.")
    assert not is_noise("BBC News at six reported that the council had been hacked on Tuesday morning.")
