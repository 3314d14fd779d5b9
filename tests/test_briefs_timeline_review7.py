"""The review of issue 14's date-reading fixes (tl7): each finding's case, read as a reader expects.

Sentences written for these tests (none from the bundled sets or t17-dev), except where a test names the real sentence
of a bundled set it stands for.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import article_sentences
from digest.briefs.timeline import coming_dates, resolve, upcoming_entries


def _when(text: str, published: date) -> list[date]:
    return [r.when for r in resolve(text, published)]


def _upcoming(text: str, published: date) -> list[date]:
    sentences = article_sentences(0, text, published)
    return [e.when for e in upcoming_entries(sentences, published)]


def test_a_present_tense_schedule_months_ahead_stays_ahead() -> None:
    """(1) A present-tense day more than a few weeks gone was read as a historic present and went to last year: "The
    fraud trial begins on 14 September", written in February, dropped out of "Coming up"."""
    february = date(2046, 2, 9)
    text = "The fraud trial of the former bank chief begins on 14 September, the court said on Friday."
    assert _when(text, february)[0] == date(2046, 9, 14)
    assert date(2046, 9, 14) in _upcoming(text, february)
    june = date(2046, 6, 1)
    market = "The Christmas market opens on 5 December and runs until 23 December, organisers said on Friday."
    assert _when(market, june)[:2] == [date(2046, 12, 5), date(2046, 12, 23)]
    assert _when("The deadline expires on 30 November.", date(2047, 1, 5)) == [date(2047, 11, 30)]
    # a recap's present a few weeks back is still that day
    assert _when("Drilling of the second well starts on 16 May.", date(2046, 6, 15)) == [date(2046, 5, 16)]


def test_continues_on_a_weekday_is_that_day_s_news() -> None:
    """(2) "The search continues on Monday", written that Monday, is today, not next week (only "continues testifying
    on Tuesday" states a schedule)."""
    monday = date(2046, 3, 12)
    assert _when("The search for survivors continues on Monday, officials said.", monday)[0] == monday
    text = "Oil prices climbed for a third day. The rally continues on Monday as traders weigh new supply cuts."
    assert not _upcoming(text, monday)
    assert _when("Flooding continues on Tuesday after heavy overnight rain.", date(2046, 3, 14)) == [date(2046, 3, 13)]
    assert _when("She continues testifying on Tuesday.", date(2046, 3, 9)) == [date(2046, 3, 13)]


def test_due_or_planned_on_a_weekday_after_a_past_verb_or_a_noun_is_the_day_gone() -> None:
    """(3) The weekday's preposition made "due on"/"planned on" a schedule after "were", "as" or a noun too: a bond
    repayment "due on Sunday" made in full went to next Sunday (crises serrat_wire-16, t17 bpoil_reuters-1739)."""
    monday = date(2046, 6, 18)
    text = "The bank made a 750 million euro bond repayment due on Sunday in full, the bank said on Monday."
    assert _when(text, monday)[0] == date(2046, 6, 17)
    assert not _upcoming(text, monday)
    saturday = date(2046, 6, 16)
    assert _when("Rallies were planned on Saturday in more than 50 cities.", saturday) == [saturday]
    wednesday = date(2046, 3, 14)
    assert _when("The pumping was proceeding as planned on Wednesday, the company said.", wednesday) == [wednesday]
    text = "The bank said the results, due on Tuesday, would now be published by April 30."
    assert _upcoming(text, date(2046, 3, 12)) == [date(2046, 4, 30)]
    # "is due on" still comes
    assert _when("The ruling is due on Tuesday.", date(2046, 3, 9)) == [date(2046, 3, 13)]


def test_a_date_a_preposition_leads_keeps_its_tense_before_a_colon() -> None:
    """(4) Any date before ": " lost its tense, not only a timeline box's line: "The talks will resume on Monday: ..."
    went to the Monday gone, and a quote said "on 20 January:" in a December article went to next January."""
    wednesday = date(2046, 3, 14)
    text = "The talks will resume on Monday: both sides said they expected progress."
    assert _when(text, wednesday) == [date(2046, 3, 19)]
    december = date(2046, 12, 30)
    text = 'Looking back on the year. The prime minister told parliament on 20 January: "We will not give up."'
    assert _when(text, december) == [date(2046, 1, 20)]
    assert not _upcoming(text, december)
    # a timeline box's lines still take no verb from the line before
    box = "20 April: The weir falls 20 May: Dredging begins 15 July: The weir is rebuilt"
    assert _when(box, date(2047, 1, 8)) == [date(2046, 4, 20), date(2046, 5, 20), date(2046, 7, 15)]


def test_a_company_s_abbreviation_at_a_sentence_end_ends_the_clause() -> None:
    """(5) "Inc." before "On 2 March, the board rejected it" is a sentence end the splitter keeps: the clause's "will"
    reached the next sentence's date and sent it to next year."""
    june = date(2046, 6, 14)
    text = "The board will meet to discuss the bid from Nortech Inc. On 2 March, the board rejected it."
    assert _when(text, june) == [date(2046, 3, 2)]
    assert not _upcoming(text, june)
    wednesday = date(2046, 3, 14)
    text = "The state will appeal the ruling against Nortech Inc. On Monday a judge threw out the case."
    assert _when(text, wednesday) == [date(2046, 3, 12)]
    # a company's name inside a clause still ends nothing
    text = "The admiral said he will join the Halvard Corp. as an adviser, starting Monday."
    assert _when(text, date(2046, 5, 4)) == [date(2046, 5, 7)]


def test_a_plan_first_set_and_then_moved_is_no_event() -> None:
    """(6) "was first set on 3 March but was postponed" and "was first scheduled on" are an old plan's day, no event
    (the rule for what "was first done on" a day caught them)."""
    september = date(2046, 9, 1)
    (ref,) = resolve("The election was first set on 3 March but was postponed after the floods.", september)
    assert ref.void
    (ref,) = resolve("The hearing was first scheduled on 12 October, then moved to November.", september)
    assert ref.void
    (ref,) = resolve("Bus fares in the valley were first set on 1 May.", september)
    assert not ref.void and ref.when == date(2046, 5, 1)


def test_a_bare_date_before_a_noun_still_to_come_takes_the_clause_s_tense() -> None:
    """(7) "will scrap 40 routes from October 1 timetable changes", written in May, is this October: the bare date
    naming an event is the nearest one only when this year's day is gone."""
    may = date(2046, 5, 11)
    text = "The airline will scrap 40 routes from October 1 timetable changes, it said."
    assert _when(text, may) == [date(2046, 10, 1)]
    assert [r.when for r in coming_dates(text, may)] == [date(2046, 10, 1)]
    assert _when("Insurers' losses from April 20 refinery fire might be large.", may) == [date(2046, 4, 20)]


def test_a_deadline_gone_names_no_event_and_one_ahead_still_comes() -> None:
    """(3, after) Read as the day gone, "a bond repayment due on Sunday", told on Monday, is when it fell due, not an
    event of that Sunday (crises serrat_wire-16: it displaced the audit of 2 July from the wire's timeline); "The
    report, due on Friday," likewise. A day ahead still comes."""
    monday = date(2046, 6, 18)
    (due, said) = resolve("The bank made a bond repayment due on Sunday in full, the bank said on Monday.", monday)
    assert due.when == date(2046, 6, 17) and due.void and not said.void
    (ref,) = resolve("The report, due on Friday, was published a day late.", monday)
    assert ref.when == date(2046, 6, 15) and ref.void
    text = "The vote, due on Thursday, is expected to pass easily."
    assert [r.when for r in coming_dates(text, monday)] == [date(2046, 6, 21)]
