"""Timeline kinds (issue 14, tl17): a day a verb sets is ahead of the setting; a plan given up ("had been due to",
"first set for") keeps its nearest day, not next year's, and names no event; the day a plan was put back from
("a week later than the 3 May date") names no event, unlike a deadline ("no later than 30 June")."""

from datetime import date

from digest.briefs.timeline import resolve


def _refs(text: str, published: date) -> list[tuple[date, bool]]:
    return [(r.when, r.void) for r in resolve(text, published)]


def test_a_day_a_verb_sets_is_ahead_of_the_setting() -> None:
    # written in October, a February already gone this year is next year's
    assert _refs("The tribunal set a hearing date of Feb. 14 for the fishing dispute.", date(2031, 10, 6)) == [
        (date(2032, 2, 14), False)
    ]
    assert _refs("The league has fixed the replay for 3 March after the floodlights failed.", date(2031, 11, 2)) == [
        (date(2032, 3, 3), False)
    ]
    assert _refs("The synod voted, setting the election for 12 January.", date(2031, 9, 30)) == [
        (date(2032, 1, 12), False)
    ]
    # a day just ahead stays this year's; a plan told in the passive or pluperfect is untouched
    assert _refs("The board set a vote date of 20 November on the merger.", date(2031, 10, 6)) == [
        (date(2031, 11, 20), False)
    ]
    assert _refs("The auction was set for 2 March and went ahead.", date(2031, 4, 10))[0][0] == date(2031, 3, 2)
    # a demand is no setting
    assert _refs("Protesters called for calm on 4 February outside the depot.", date(2031, 10, 6)) == [
        (date(2031, 2, 4), False)
    ]


def test_a_plan_given_up_keeps_its_nearest_day() -> None:
    # the opening was to be a fortnight before the article: this year's, not next year's
    assert _refs("The bridge had been due to reopen on 2 June.", date(2032, 6, 16)) == [(date(2032, 6, 2), True)]
    assert _refs("The regatta had been scheduled for July 4.", date(2032, 7, 20)) == [(date(2032, 7, 4), True)]
    refs = _refs("The auction, originally set for 3 Feb, is now due on 24 Feb.", date(2032, 2, 10))
    assert refs == [(date(2032, 2, 3), True), (date(2032, 2, 24), False)]
    # a plan still to come is next year's as before
    assert _refs("The ferry is due to sail on 2 June.", date(2032, 6, 16)) == [(date(2033, 6, 2), False)]


def test_the_day_a_plan_was_put_back_from_names_no_event() -> None:
    refs = _refs(
        "The museum will reopen on 9 May, three weeks later than the 18 April date it had announced.", date(2032, 4, 2)
    )
    assert refs == [(date(2032, 5, 9), False), (date(2032, 4, 18), True)]
    assert _refs("Bids must arrive no later than 30 June.", date(2032, 4, 2)) == [(date(2032, 6, 30), False)]


def test_a_mishap_named_by_its_day_has_happened() -> None:
    # written in February, "the 30 March landslide" is last March's, not next month's
    assert _refs("Villagers are still rebuilding after the 30 March mine collapse.", date(2031, 2, 1)) == [
        (date(2030, 3, 30), False)
    ]
    assert _refs("Insurers have paid out on most claims from the Nov. 2 warehouse fire.", date(2031, 9, 14)) == [
        (date(2030, 11, 2), False)
    ]
    # a plan named the same way is still to come
    assert _refs("Tickets for the 8 October concert sold out in an hour.", date(2031, 7, 26)) == [
        (date(2031, 10, 8), False)
    ]
    # a mishap's day just gone stays this year's
    assert _refs("The 12 July derailment closed the line for a week.", date(2031, 7, 30)) == [
        (date(2031, 7, 12), False)
    ]


def test_a_year_named_after_of() -> None:
    assert _refs("On 3 May of last year the ferry ran aground.", date(2031, 1, 20))[0] == (date(2030, 5, 3), False)
    assert _refs("The levy rises on 1 April of next year.", date(2031, 1, 20))[0] == (date(2032, 4, 1), False)


def test_the_old_day_of_a_moved_plan_is_near_the_new_one() -> None:
    refs = _refs("The referee moved the replay from 6 January to 20 January.", date(2031, 12, 10))
    assert refs == [(date(2032, 1, 6), True), (date(2032, 1, 20), False)]
    # a move back by weeks within the year stays as it was
    refs = _refs("The council moved the hearing from 4 March to 18 March.", date(2031, 2, 20))
    assert refs == [(date(2031, 3, 4), True), (date(2031, 3, 18), False)]
