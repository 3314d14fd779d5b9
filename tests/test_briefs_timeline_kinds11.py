"""Issue 14, session tl11: how sources announce a coming day and give up an old one, each tested on sentences of other
domains than the bundled sets (a library, a marathon, a zoo, a tax office, a vaccine trial, a shipyard, a tribunal).

All sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import announcements, coming_dates, date_sentences, rank_dates, resolve, upcoming_entries

MONDAY = date(2047, 2, 18)  # a Monday


def _refs(text: str, published: date = MONDAY) -> list[tuple[date, str, bool]]:
    return [(r.when, r.tense, r.void) for r in resolve(text, published)]


def _coming(text: str, published: date = MONDAY) -> list[date]:
    return [r.when for r in coming_dates(text, published)]


def test_a_day_spelled_as_an_ordinal() -> None:
    """ "on the fourth of July", "the twenty-first of March": a day as people say it; "first of March's runners"
    without "the" is no day."""
    assert _coming("The library board is due to vote on the fourth of March.") == [date(2047, 3, 4)]
    assert _refs("The marathon is set for the twenty-first of April 2047.")[0][:2] == (date(2047, 4, 21), "future")
    assert all(when.day == 1 for when, _, _ in _refs("She came first of March's runners."))


def test_that_as_the_object_keeps_the_verb_before_it() -> None:
    """ "is due to consider that on 4 March.": "that" is what is considered, not a new clause, so the day is the
    plan's; "said that on Friday the keepers had ..." is still read in its own clause."""
    assert _refs("The zoo's trustees are due to consider that on 4 March.")[0][:2] == (date(2047, 3, 4), "future")
    assert _refs("The keeper said that on Friday the tiger had escaped.")[0][1] == "past"


def test_a_court_or_tribunal_listing_is_a_schedule() -> None:
    """ "has been listed for 9 April", "is pencilled in for 2 May": the listing is a day still to come, this year's;
    "was listed for ... but" is a plan told from the past."""
    assert _refs("The tax appeal has been listed for 9 April, the tribunal said.")[0][:2] == (
        date(2047, 4, 9),
        "future",
    )
    assert _refs("A second hearing is pencilled in for 2 May.")[0][:2] == (date(2047, 5, 2), "future")
    assert _refs("The appeal was listed for 9 April.")[0][1] == "planned"


def test_a_plural_subject_in_the_present_announces_a_schedule() -> None:
    """ "Applications close on 31 March", "Talks resume on Thursday": the plural's present tense states a schedule;
    not an adjective ("leaves two doors open:", "sources close to the yard")."""
    assert _refs("Applications close on 31 March.") == [(date(2047, 3, 31), "present", False)]
    assert _coming("Talks resume on Thursday in the shipyard's canteen.") == [date(2047, 2, 21)]
    assert _refs("Thursday's vote leaves two doors open: a sale or closure.")[0][1] == ""
    # without its preposition it may be the day's own ("meetings start Monday", written that Monday)
    assert _refs("A series of public meetings start Monday aimed at the flood's victims.")[0][:2] == (MONDAY, "past")
    assert _refs("Sources close to the yard said on Friday the order was lost.")[0][1] == "past"


def test_a_day_given_up_for_another_names_no_event() -> None:
    """ "by 1 May, rather than by 15 April as announced", "opens on 5 May, not 28 April", "instead of on Friday": the
    day given up is void, the new one coming."""
    assert _refs(
        "The trial now expects to publish results by 1 May, rather than by 15 April as previously announced."
    ) == [
        (date(2047, 5, 1), "future", False),
        (date(2047, 4, 15), "future", True),
    ]
    assert _refs("The new library wing opens on 5 May, not 28 April.")[1][2]
    assert _refs("The race will start on Saturday instead of on Sunday.")[1][2]
    # a day's noun after "instead of" is no day given up
    assert not _refs("Instead of today's empty stands, the photos from May show a full stadium.")[0][2]


def test_a_plan_in_the_past_perfect_then_moved_is_the_old_day() -> None:
    """ "which the yard had planned for 20 March, has been put back to 3 April": 20 March is the old day; "had
    planned for" alone, or "previously scheduled for", before a move is too."""
    text = "The launch, which the yard had planned for 20 March, has been put back to 3 April."
    assert _refs(text) == [(date(2047, 3, 20), "past", True), (date(2047, 4, 3), "future", False)]
    assert _refs("The audit, previously scheduled for 21 March, moved to 3 April.")[0][2]


def test_a_due_day_inside_a_deed_is_no_coming_date() -> None:
    """ "Payment was made on a loan due March 2": the loan's due day, named inside what was done; not "A loan due
    March 2 will be refinanced" (a plan after it) nor "Results are due March 2" (the clause's own verb)."""
    assert _coming("Payment was made on a loan due March 2.") == []
    assert _coming("The zoo settled an invoice due on 4 March, its accounts show.") == []
    assert _coming("A loan due March 2 will be refinanced.") == [date(2047, 3, 2)]
    assert _coming("Results are due March 2.") == [date(2047, 3, 2)]
    # "was due" is the clause's own verb, read as before (a plan told from the past)
    assert _refs("The zoo's first dividend was due on 4 March, the trustees said.")[0][1:] == ("planned", False)


def test_what_one_would_have_is_no_counterfactual() -> None:
    """ "would have until 18 March to ..." is a deadline, "would have a vote on Thursday" a plan: only a participle
    after "would have" tells what did not happen ("would have opened on Monday")."""
    assert _coming("Taxpayers would have until 18 March to correct their returns.") == [date(2047, 3, 18)]
    assert not _refs("Members would have a vote on Thursday, the union said.")[0][2]
    assert _refs("The library would have opened on Monday.")[0][2]


def test_an_old_day_named_by_a_later_source_is_superseded() -> None:
    """One source announces a day; a later one names it as the day given up ("had planned for 20 March, has been put
    back to 3 April", "rather than by 15 April"): the old day is no longer shown as coming, with one word in common."""
    first = Sentence("The shipyard will attempt the launch of the ferry on 20 March.", 0, 0, date(2047, 3, 1))
    later = Sentence(
        "The launch, which the shipyard had planned for 20 March, has been put back to 3 April.", 1, 0, date(2047, 3, 5)
    )
    days = [e.when for e in upcoming_entries([first, later], after=date(2047, 3, 5))]
    assert days == [date(2047, 4, 3)]
    other = Sentence("The zoo will open its new aviary on 20 March.", 2, 0, date(2047, 3, 1))
    assert date(2047, 3, 20) in [e.when for e in upcoming_entries([other, later], after=date(2047, 3, 5))]


def test_named_days_before_a_month_alone() -> None:
    """With more coming dates than are shown, a day the sources fix goes before a month alone."""
    pub = date(2047, 8, 20)
    items = [
        Sentence("Families will speak to the tribunal in September.", 0, 0, pub),
        Sentence("The tribunal will publish its findings on 1 October.", 1, 0, pub),
        Sentence("Compensation claims close on 31 October.", 2, 0, pub),
        Sentence("The chair will deliver an interim report by 14 November.", 3, 0, pub),
    ]
    entries = upcoming_entries(items, after=pub, k=3)
    assert [e.label for e in entries] == ["2047-10-01", "2047-10-31", "2047-11-14"]
    assert [e.label for e in upcoming_entries(items[:2], after=pub, k=3)] == ["2047-09", "2047-10-01"]


def test_a_first_person_announcement_in_a_transcript_takes_its_turn_label() -> None:
    """ "I intend to report by 14 November." in a hearing's transcript: the turn's label says who "I" is; in prose
    with no label, a first-person announcement is left out."""
    transcript = (
        "THE CHAIR: The tribunal's hearings will begin on Tuesday 3 September. I intend to deliver an interim report "
        "by 14 November.\n\nMR LOWE (for the council): The council will co-operate fully."
    )
    texts = [s.text for s in announcements(0, transcript, date(2047, 8, 20), kept=set())]
    assert "THE CHAIR: … I intend to deliver an interim report by 14 November." in texts
    prose = "The zoo reopens in spring. We will open the aviary on 4 September. Visitors are welcome."
    assert not any(s.text.startswith(("We ", "… We")) for s in announcements(0, prose, date(2047, 8, 20), kept=set()))


def test_so_long_ago_today_is_that_earlier_day() -> None:
    """ "Six months ago today the museum flooded", "a year ago today": that day of an earlier month or year, not the
    article's own day (a recap's own day is no event)."""
    assert _refs("Six months ago today the river flooded the museum.", date(2047, 4, 6))[0][0] == date(2046, 10, 6)
    assert _refs("A year ago today, the mine collapsed.", date(2047, 2, 28))[0][0] == date(2046, 2, 28)
    assert _refs("Three weeks ago today the ferry sank.")[0][0] == date(2047, 1, 28)


def test_a_plan_that_was_supposed_to_happen_on_a_day_gone_names_no_event() -> None:
    """ "The hearing was supposed to open yesterday": the day a plan did not keep; "is supposed to open on Friday" is
    still a plan."""
    assert _refs("The tribunal's hearing was supposed to open yesterday.") == [(date(2047, 2, 17), "past", True)]
    text = "The marathon, which was supposed to start on Saturday, will now be run in May."
    assert _refs(text)[0] == (date(2047, 2, 16), "past", True)
    assert _coming("The zoo is supposed to reopen its aviary on Friday.") == [date(2047, 2, 22)]


def test_can_just_before_a_day_leaves_for_that_day() -> None:
    """ "can return home on Sunday, the council said yesterday" is the coming Sunday; "can" far before the day ("so the
    agencies can go in. The volunteers searched the school on Thursday") says nothing of it."""
    assert _refs("Residents can return home on Sunday, the council said yesterday.")[0][:2] == (
        date(2047, 2, 24),
        "future",
    )
    text = "We moved aside so the rescuers can go in The nine volunteers searched the flooded school on Thursday."
    assert _refs(text)[0][0] == date(2047, 2, 14)


def test_a_deadline_day_is_no_event() -> None:
    """ "Today is the last day to claim from the fund": the day a deadline falls, nothing happened on it."""
    assert _refs("Today is the last day to claim from the flood fund.") == [(MONDAY, "", True)]
    assert not _refs("Today the fund paid its last claims.")[0][2]


def test_a_list_of_dated_clauses_places_every_day() -> None:
    """A recap's list set apart by semicolons ("the museum closed on 9 October; the roof fell on 21 October; the
    director resigned on 4 November") places each clause's day, not only the sentence's first two."""
    text = (
        "For the record: the museum closed on 9 October; the roof fell in on 21 October; the director resigned on "
        "4 November; and last Thursday the trustees sold the building."
    )
    s = Sentence(text, 0, 0, date(2047, 2, 18))
    days = [d.when for d in date_sentences([s])]
    assert days == [date(2046, 10, 9), date(2046, 10, 21), date(2046, 11, 4), date(2047, 2, 14)]
    plain = Sentence(
        "The roof fell in on 21 October, a week after the museum closed on 14 October and 2 October.", 0, 0, MONDAY
    )
    assert len(date_sentences([plain])) == 2


def test_a_morning_papers_statement_of_yesterday_is_its_news() -> None:
    """In a quiet week a daily's lead "Residents can go home on Sunday, the council said yesterday" tells the day's
    news (the decision), as a wire's "said on Monday" filed that Monday does; a day later still it is a speaker's
    day only."""
    lead = "Residents of the flooded valley can return home on Sunday, the council said yesterday."
    s = Sentence(lead, 0, 0, date(2047, 1, 21))
    ranked = dict(rank_dates(date_sentences([s])))
    assert ranked.get(date(2047, 1, 20), 0.0) >= 1.0
    late = Sentence(
        "Residents of the flooded valley can return home, the council said on Sunday.", 0, 0, date(2047, 1, 23)
    )
    assert dict(rank_dates(date_sentences([late]))).get(date(2047, 1, 20), 0.0) < 1.0
