"""Issue 14, session tl10: what did not happen, milestone days and wire datelines, each tested on sentences of other
domains than the bundled timeline sets (a ferry line, a museum, a mine rescue, a school board, a court).

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import date_sentences, rank_dates, resolve, strip_leading_date

WEDNESDAY = date(2046, 11, 21)  # a Wednesday


def _void(text: str, published: date = WEDNESDAY) -> list[tuple[date, bool]]:
    return [(r.when, r.void) for r in resolve(text, published)]


def test_a_modal_perfect_names_a_day_on_which_nothing_happened() -> None:
    """ "would have opened on Monday", "was to have sailed on Friday", "Yesterday should have been the first day":
    the plan did not happen, so the day names no event; the day that replaced it still counts."""
    assert WEDNESDAY.weekday() == 2
    assert _void("The museum's new wing would have opened on Monday; it now opens on 3 December.") == [
        (date(2046, 11, 19), True),
        (date(2046, 12, 3), False),
    ]
    assert _void("Yesterday should have been the first day of the school board's hearing.") == [
        (date(2046, 11, 20), True)
    ]
    assert all(v for _, v in _void("The ferry was to have sailed from Bergen on Friday, the company said."))
    assert _void("The orchestra would not have played in Oslo on Monday without the grant.")[0][1]


def test_what_did_happen_keeps_its_day() -> None:
    """A modal perfect elsewhere in the sentence (after a comma, or after the date) does not void the day."""
    assert _void("The dam, which could have flooded the valley, burst on Monday.") == [(date(2046, 11, 19), False)]
    assert _void("The school board voted on Monday and could have gone further, critics said.")[0][1] is False
    assert _void("The ferry sailed from Bergen on Monday.") == [(date(2046, 11, 19), False)]


def test_a_milestone_day_is_no_event() -> None:
    """ "Today marks 100 days since the miners were trapped", "Sunday is the first anniversary of the flood": a piece
    written for the count, no event of its own day."""
    assert _void("Today marks 100 days since the miners were trapped underground.") == [(WEDNESDAY, True)]
    assert _void("Sunday is the first anniversary of the flood that closed the museum.")[0][1]
    assert _void("Today the rescuers reached the miners after 100 days.")[0][1] is False


def test_a_counterfactual_day_is_not_ranked() -> None:
    """The day a trial would have opened gathers no score from the sentences that say so, however many."""
    text = "The fraud trial of the former mayor would have opened on Monday at the county court."
    sentences = [Sentence(text, i, 0, WEDNESDAY) for i in range(3)]
    ranked = dict(rank_dates(date_sentences(sentences)))
    assert date(2046, 11, 19) not in ranked or ranked[date(2046, 11, 19)] < 1.0


def test_a_wire_dateline_is_no_part_of_the_event_line() -> None:
    """ "BERGEN, Nov. 21 (Wirecopy) - The ferry ..." is shown as "The ferry ...": the entry shows its date already."""
    line = "BERGEN, Nov. 21 (Wirecopy) - The ferry line suspended its winter sailings on Wednesday after a storm."
    assert strip_leading_date(line, published=WEDNESDAY) == (
        "The ferry line suspended its winter sailings on Wednesday after a storm."
    )


def test_a_deadline_that_ran_out_with_nothing_done_is_no_event() -> None:
    """ "The ultimatum expired quietly on Friday": the day nothing happened. A deadline's day followed by what was done
    keeps the deed's day, and a deadline named in passing voids nothing."""
    assert _void("A deadline set by the dockers for the start of talks passed on Tuesday without any statement.") == [
        (date(2046, 11, 20), True)
    ]
    assert _void("The landlords' ultimatum expired quietly on Friday.")[0][1]
    assert _void("The deadline came and went on Monday, and the port stayed shut.")[0][1]
    assert _void("The deadline passed on Monday and the strikers occupied the depot on Tuesday.") == [
        (date(2046, 11, 19), False),
        (date(2046, 11, 20), False),
    ]
    assert _void("The union rejected the offer on Tuesday, a day before its deadline expired.")[0][1] is False


def test_a_claim_made_on_the_article_s_day_is_its_lead_event() -> None:
    """A wire lead "The group said on Wednesday it had shot down the drone", filed that Wednesday, reports a deed: in
    a quiet week its day gets the lead's vote as an event's does. A plan or a view said that day does not."""
    claim = "The border militia said on Wednesday it had shot down a surveillance drone over the valley."
    plan = "The border militia said on Wednesday it would send envoys to the valley talks next month."
    view = "The border militia said on Wednesday the valley talks were going well for both sides."
    flags = [(d.spoken, d.claim) for t in (claim, plan, view) for d in date_sentences([Sentence(t, 0, 0, WEDNESDAY)])]
    assert flags == [(True, True), (True, False), (True, False)]
    held = "Rebels said on Wednesday they were holding the crew of the cargo ship."
    assert [d.claim for d in date_sentences([Sentence(held, 0, 0, WEDNESDAY)])] == [True]

    def score(text: str) -> float:
        return dict(rank_dates(date_sentences([Sentence(text, 0, 0, WEDNESDAY)])))[WEDNESDAY]

    assert score(claim) > score(plan)


def test_a_participle_set_off_by_commas_recalls_an_earlier_day() -> None:
    """ "The two climbers, rescued on Thursday after a week on the glacier, flew home on Saturday": the lead tells
    Saturday's news and recalls Thursday's, so its vote goes to Saturday; both days stay referred to. A clause of its
    own ("sailed on Thursday, delayed by a storm,") is no aside."""
    saturday = date(2046, 11, 24)
    lead = "The two climbers, rescued on Thursday after a week on the glacier, flew home on Saturday."
    assert [(d.when, d.aside) for d in date_sentences([Sentence(lead, 0, 0, saturday)])] == [
        (date(2046, 11, 22), True),
        (saturday, False),
    ]
    plain = "The ferry sailed on Thursday, delayed by a storm, and docked on Saturday."
    assert not any(d.aside for d in date_sentences([Sentence(plain, 0, 0, saturday)]))
    ranked = dict(rank_dates(date_sentences([Sentence(lead, 0, 0, saturday)])))
    assert ranked[saturday] > ranked[date(2046, 11, 22)]


def test_a_speech_tag_after_a_perfect_is_a_claim_too() -> None:
    """ "The union has filed a complaint against the port operator, its lawyers said on Tuesday": the deed is the
    news of the day it is told; a plan, a view or a participle before a noun so tagged is not."""
    tuesday = date(2046, 11, 20)

    def claims(text: str) -> list[bool]:
        return [d.claim for d in date_sentences([Sentence(text, 0, 0, tuesday)])]

    assert claims("The union has filed a complaint against the port operator, its lawyers said on Tuesday.") == [True]
    assert claims("The port will reopen to cruise ships next month, its owner said on Tuesday.") == [False]
    assert claims("A letter delivered by a courier repeats the demands, officials said on Tuesday.") == [False]
    assert claims("The talks on the new port are going well, the mediator said on Tuesday.") == [False]


def test_a_dateline_with_its_country_is_no_part_of_the_event_line() -> None:
    line = "TROMSO, Norway, Nov. 21 (Wirecopy) - Talks over the fishing quota collapsed on Wednesday after a walkout."
    assert strip_leading_date(line, published=WEDNESDAY) == (
        "Talks over the fishing quota collapsed on Wednesday after a walkout."
    )
