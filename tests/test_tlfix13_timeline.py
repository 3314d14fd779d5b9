"""Issue 14, the kinds of timeline misses of unseen13 and timeline_blind13, each tested on sentences written for these
tests from other domains (a port, a museum, a ferry line, a swimming pool, a retailer, a regatta, a dockyard): a
weekday an expectation points to, a modal perfect before a possessive's participle, an agency dateline with country
and day, plans called off or put back, a schedule told with "is on", a period whose start is a weekday and a number,
opening hours, a relative clause's verb before a deadline, a page's help to its reader, and the kinds of a day's lead.

TUESDAY is a Tuesday (6 May 2031): the coming Thursday is 8 May, the coming Sunday 11 May.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence, segments, strip_dateline
from digest.briefs.timeline import _lead_kinds, build_entries, date_sentences, resolve, upcoming_entries

TUESDAY = date(2031, 5, 6)


def _days(text: str, published: date = TUESDAY) -> list[date]:
    return [r.when for r in resolve(text, published)]


def test_an_expected_weekday_is_the_coming_one() -> None:
    """ "expects the tanker alongside on Thursday", "expected the crane to arrive late on Sunday", "was expected at the
    pier by Saturday": still to come; "was expected on Monday but was delayed" is told after that Monday."""
    assert _days("The port authority expects the tanker alongside on Thursday, though fog may delay it.") == [
        date(2031, 5, 8)
    ]
    assert _days("Engineers expected the crane to arrive late on Sunday or early on Monday.") == [
        date(2031, 5, 11),
        date(2031, 5, 12),
    ]
    assert _days("The relief ferry was expected at the pier by Saturday.") == [date(2031, 5, 10)]
    assert _days("The vote was expected on Monday but was delayed.") == [date(2031, 5, 5)]
    assert _days("The ship was expected in port on Monday, but arrived a day late.") == [date(2031, 5, 5)]
    assert _days("The storm formed in the open ocean on Monday.") == [date(2031, 5, 5)]


def test_a_modal_perfect_before_a_possessives_participle_names_no_event() -> None:
    """ "would have opened its delayed new wing today": the participle after "its" is an adjective, not another verb."""
    refs = resolve("The museum would have opened its delayed new wing today, the date it set in January.", TUESDAY)
    assert refs[0].when == TUESDAY and refs[0].void
    refs = resolve("A ferry that should have been inspected sank on Monday.", TUESDAY)
    assert refs[0].when == date(2031, 5, 5) and not refs[0].void


def test_an_agency_dateline_with_country_and_day_keeps_the_lead_whole() -> None:
    """ "KESTON, Arden Isles, Nov. 3 (Wire) - A ferry ran aground in the outer Sound Tuesday ...": the lead is not cut
    where a capital follows a lower-case word ("outer Sound"), and the dateline is no part of what is shown."""
    text = (
        "KESTON, Arden Isles, Nov. 3 (Wire) - A ferry ran aground in the outer Sound Tuesday and coastguards said all "
        "passengers were safe.\n\nThe operator said it would inspect the hull."
    )
    first = segments(text, 40)[0]
    assert first.endswith("all passengers were safe.")
    assert strip_dateline(first).startswith("A ferry ran aground in the outer Sound")


def test_put_back_to_a_weekday_and_its_date_is_the_new_day() -> None:
    refs = resolve("The regatta, which was to be on 14 June, has been put back to Monday 7 July.", TUESDAY)
    assert [(r.when, r.tense) for r in refs][-2:] == [(date(2031, 7, 7), "future"), (date(2031, 7, 7), "future")]
    assert resolve("The regatta was postponed on Monday.", TUESDAY)[0].when == date(2031, 5, 5)


def test_a_weekday_schedule_told_with_is_on() -> None:
    """ "Our annual meeting is on Thursday 22 May": a schedule, announced; not "the focus is on Monday's vote"."""
    refs = resolve("Our annual meeting is on Thursday 22 May at the yacht club.", TUESDAY)
    assert refs[0].tense == "present" and refs[0].when == date(2031, 5, 22)
    assert resolve("The funeral is on Friday.", TUESDAY)[0].when == date(2031, 5, 9)
    assert resolve("The focus is on Monday's vote.", TUESDAY)[0].tense != "present"


def test_a_period_whose_start_is_a_weekday_and_its_number() -> None:
    """ "from Friday 4 to Sunday 6 July 2031": the start is 4 July, not the Friday before the article."""
    assert _days("The fair runs from Friday 4 to Sunday 6 July 2031.") == [
        date(2031, 7, 4),
        date(2031, 7, 6),
        date(2031, 7, 6),
    ]


def test_opening_hours_name_no_day() -> None:
    assert _days("Our helpline is open 8am to 8pm, Monday to Saturday.") == []
    assert _days("The office is open Monday-Friday, 9am to 5pm.") == []
    assert _days("Lines are open Mondays to Fridays.") == []
    assert _days("The strike runs from Monday to Saturday.")  # a period of days named, not hours kept


def test_a_relative_clauses_verb_is_not_the_deadlines() -> None:
    """ "returned to the account you paid from by Friday 9 May": the deadline is still to come."""
    refs = resolve("Deposits will be returned to the account you paid from by Friday 9 May.", TUESDAY)
    assert any(r.when == date(2031, 5, 9) and r.tense in ("future", "planned") for r in refs)
    assert resolve("He sold the house they bought on Monday.", TUESDAY)[0].when == date(2031, 5, 5)


def _s(text: str, article: int, published: date, position: int = 0) -> Sentence:
    return Sentence(text, article, position, published)


def test_a_suspended_or_cancelled_plan_leaves_the_upcoming_list() -> None:
    """A later source says the plan of a named day will not happen: "is suspended", "will not take place", "cancels the
    refit that was coming on the 18th". Another plan of the story stays."""
    sentences = [
        _s("Dock workers will strike on 16 May over pay.", 0, date(2031, 5, 1)),
        _s("The pool will close to the public on 20 May for repairs.", 1, date(2031, 5, 1)),
        _s("The dockyard will start a refit of the dredger on 18 May.", 2, date(2031, 5, 1)),
        _s("The union's annual conference will meet on 30 May.", 3, date(2031, 5, 1)),
        _s("The strike called for Friday 16 May is suspended.", 4, TUESDAY),
        _s("The closure of the pool planned for 20 May will not take place.", 5, TUESDAY),
        _s("The yard cancels the refit that was coming on the 18th, the owners said.", 6, TUESDAY),
    ]
    days = [e.when for e in upcoming_entries(sentences, after=TUESDAY, k=4)]
    assert days == [date(2031, 5, 30)]


def test_a_page_that_addresses_the_reader_does_not_tell_its_day() -> None:
    """A day no sentence names is told by its articles' sentences; "If your card has expired, we will email you." is
    the page's help, the agency's statement is the news."""
    day = date(2031, 5, 2)
    sentences = [
        _s("If your card has expired, we will email you.", 0, day, 0),
        _s("The ticket agency said refunds for the cancelled concert would be made automatically.", 0, day, 1),
    ]
    entries = build_entries(sentences, 1, per_date=1)
    assert entries[0].sentences[0].text.startswith("The ticket agency")


def test_the_kinds_of_a_days_lead() -> None:
    """A lead that tells only a rebuttal or a demand is minor; one that tells a filing for bankruptcy, a deal to buy,
    a landfall or a revised death toll is decisive."""
    leads = [
        _s(
            "The retailer today rejected the union's allegations as baseless and said it would sue.",
            0,
            date(2031, 4, 1),
        ),
        _s("Suppliers demanded a meeting with the board today.", 1, date(2031, 4, 3)),
        _s("The retailer filed for bankruptcy protection today at the district court.", 2, date(2031, 4, 8)),
        _s("A rival chain agreed today to buy the retailer's northern stores for 90 million.", 3, date(2031, 4, 15)),
        _s("The cyclone made landfall near the port today with winds of 150 mph.", 4, date(2031, 4, 20)),
        _s("The government raised the official death toll to 64 today.", 5, date(2031, 4, 25)),
    ]
    minor, decisive = _lead_kinds(date_sentences(leads))
    assert minor == {date(2031, 4, 1), date(2031, 4, 3)}
    assert decisive == {date(2031, 4, 8), date(2031, 4, 15), date(2031, 4, 20), date(2031, 4, 25)}
