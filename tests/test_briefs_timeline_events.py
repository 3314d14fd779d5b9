"""Which dated sentences name an event of their day, and which way a date without a year or week resolves.

Sentences written for these tests (none from the bundled sets or t17-dev): a report's cut-off, a plan's old day,
something that did not happen, a period's end, a refused plan, "last Monday" said on a Tuesday, a deadline.
"""

from __future__ import annotations

from datetime import date, timedelta

from digest.briefs.sentences import Sentence, article_sentences
from digest.briefs.timeline import (
    Ranking,
    announcements,
    coming_dates,
    date_sentences,
    is_spoken_date,
    rank_dates,
    resolve,
    upcoming_entries,
)


def _s(text: str, article: int, published: date, position: int = 1) -> Sentence:
    return Sentence(text, article, position, published)


def _only(text: str, published: date) -> tuple[date, bool]:
    (ref,) = resolve(text, published)
    return ref.when, ref.void


def test_the_end_of_a_period_begun_in_the_past_is_still_ahead() -> None:
    april = date(2040, 4, 20)
    assert _only("The ministry froze all grain exports until October 31.", april) == (date(2040, 10, 31), False)
    assert _only("The dockers' strike lasted until 12 March.", april)[0] == date(2040, 3, 12)
    # without "until" a past verb's day half a year ahead is last year's, as before
    assert _only("The ministry froze all grain exports on October 31.", april)[0] == date(2039, 10, 31)


def test_a_refused_plan_names_the_coming_weekday_and_no_event() -> None:
    wednesday = date(2040, 5, 16)
    when, void = _only("The club said it would not open the new stand on Friday as planned.", wednesday)
    assert (when, void) == (date(2040, 5, 18), True)
    # told after the day: the Friday before, and still nothing happened that day
    assert _only("The club did not open the new stand on Friday, as it had promised.", wednesday) == (
        date(2040, 5, 11),
        True,
    )
    assert _only("The club opened the new stand on Friday.", wednesday) == (date(2040, 5, 11), False)


def test_a_negated_clause_is_a_non_event_only_when_it_is_a_plan_that_did_not_happen() -> None:
    pub = date(2040, 5, 16)
    assert _only("The ferry did not sail on 9 May as scheduled.", pub)[1]
    assert not _only("The ferry did not sail on 9 May.", pub)[1]  # maybe the day's news: kept
    assert not _only("Divers had not given up the search early on 9 May.", pub)[1]


def test_a_count_s_cut_off_is_no_event() -> None:
    pub = date(2040, 8, 3)
    assert _only("As of 1 August, 310 households had been evacuated.", pub)[1]
    assert _only("Forty new claims were filed in the week to 31 July.", pub)[1]
    assert not _only("On 31 July the army opened a second bridge.", pub)[1]
    assert not _only("Our worry has grown as of yesterday, the minister said.", pub)[1]  # "as of yesterday": since
    assert _only("As of yesterday some 2,400 homes were still without power.", pub)[1]  # before a figure: a cut-off


def test_a_moved_plan_s_old_day_is_no_event_and_its_new_day_is_coming() -> None:
    pub = date(2040, 6, 1)
    text = "The tribunal has put back its hearing from 4 June to 18 June."
    old, _new = resolve(text, pub)
    assert (old.when, old.void) == (date(2040, 6, 4), True)
    assert [r.when for r in coming_dates(text, pub)] == [date(2040, 6, 18)]
    text = "The port reopened the ferry terminal on June 20 rather than June 12 as planned."
    assert resolve(text, date(2040, 6, 22))[0].when == date(2040, 6, 20)


def test_a_deadline_someone_has_until_is_coming() -> None:
    pub = date(2040, 6, 1)
    assert [r.when for r in coming_dates("The mayor has until 3 July to decide whether to appeal.", pub)] == [
        date(2040, 7, 3)
    ]


def test_last_monday_said_on_a_tuesday_is_the_week_before() -> None:
    tuesday = date(2040, 5, 15)
    assert _only("Last Monday the mill laid off its night shift.", tuesday)[0] == date(2040, 5, 7)
    assert _only("Last Friday the mill laid off its night shift.", tuesday)[0] == date(2040, 5, 11)
    assert _only("On Monday the mill laid off its night shift.", tuesday)[0] == date(2040, 5, 14)


def test_situation_reports_cut_off_days_do_not_outrank_the_events_they_report() -> None:
    reports = [date(2040, 7, 4), date(2040, 7, 11), date(2040, 7, 18)]
    sentences = []
    for i, pub in enumerate(reports):
        sentences.append(_s(f"As of {pub.day - 1} July, {40 + 10 * i} confirmed cases have been reported.", i, pub))
    sentences.append(_s("On 8 July the ministry closed the northern border crossings.", 1, reports[1], 2))
    sentences.append(_s("Mass vaccination started on 15 July in the two worst-hit towns.", 2, reports[2], 2))
    ranked = [d for d, _ in rank_dates(date_sentences(sentences))]
    assert ranked[:2] == [date(2040, 7, 15), date(2040, 7, 8)] or ranked[:2] == [date(2040, 7, 8), date(2040, 7, 15)]
    assert not {date(2040, 7, 3), date(2040, 7, 10), date(2040, 7, 17)} & set(ranked)


def test_a_moved_old_day_that_is_already_past_is_not_an_event() -> None:
    sentences = [
        _s("The rail line was to reopen on 6 September.", 0, date(2040, 9, 1)),
        _s("The operator postponed the reopening of the line to 20 September from 6 September.", 1, date(2040, 9, 7)),
    ]
    assert date(2040, 9, 6) not in dict(rank_dates(date_sentences(sentences)))


def test_a_date_put_back_is_no_longer_upcoming_and_the_new_one_is() -> None:
    sentences = [
        _s("The licensing board will rule on the casino licence on Monday 3 April.", 0, date(2040, 3, 20)),
        _s("The licensing board has put back its casino ruling from 3 April to 17 April.", 1, date(2040, 3, 30)),
    ]
    days = [e.when for e in upcoming_entries(sentences, after=date(2040, 3, 30))]
    assert days == [date(2040, 4, 17)]


def test_a_live_blog_entry_announcing_a_new_day_is_an_announcement() -> None:
    text = (
        "The swimming federation met on Tuesday. 14:20 Date for the diary: the appeal panel has been brought forward "
        "to May 9. 14:45 The chair declined to comment."
    )
    # The entry's time is dropped where sentences are split, so the line is one of the article's own statements;
    # either way it announces the day (announcements adds only what the statements leave out).
    published = date(2040, 5, 2)
    kept = article_sentences(0, text, published)
    found = kept + announcements(0, text, published, kept={s.text for s in kept})
    assert "Date for the diary: the appeal panel has been brought forward to May 9." in [s.text for s in found]
    assert [e.when for e in upcoming_entries(found, after=published)] == [date(2040, 5, 9)]


def test_a_quiet_week_s_wire_lead_that_reports_a_statement_of_its_day_names_an_event() -> None:
    """Late in a story one wire article a fortnight is all there is, and its news is what someone said that day
    ("will guarantee every deposit, the minister said on Monday", filed on Monday): that day is the event. In a busy
    week "said on Monday" stays only when someone spoke."""
    busy = date(2040, 3, 5)  # a Monday
    sentences = [
        _s(f"Depositors queued outside the branches on March {d}.", i, busy + timedelta(days=i % 4))
        for i, d in enumerate([2, 3, 4] * 4)
    ]
    sentences += [_s("The central bank said on Monday it would lend to the bank.", 20 + i, busy, 0) for i in range(3)]
    late = date(2040, 6, 4)  # a Monday, nothing else published near it
    sentences.append(_s("The state will guarantee every deposit, the finance minister said on Monday.", 30, late, 0))
    ranked = dict(rank_dates(date_sentences(sentences)))
    without = dict(rank_dates(date_sentences(sentences), params=Ranking(statement=0.0)))
    assert ranked[busy] == without[busy]  # the busy week's "said on Monday": only when someone spoke
    # the late day now outranks a busy-week day that has only its own articles, as it did not before
    assert ranked[late] > ranked[date(2040, 3, 8)] and without[late] < without[date(2040, 3, 8)]


def test_a_case_reported_on_a_day_was_found_that_day() -> None:
    pub = date(2040, 7, 9)
    text = "A first case in the port city was reported on 2 July."
    assert not is_spoken_date(text, resolve(text, pub)[0])
    text = "The health ministry reported on 2 July that the clinic had closed."
    assert is_spoken_date(text, resolve(text, pub)[0])


def test_a_plan_s_former_day_is_not_coming() -> None:
    pub = date(2040, 3, 10)
    text = "The airline postponed its results, which had been due on March 27, and gave no new date."
    assert coming_dates(text, pub) == []
    text = "The inquiry's report, originally scheduled for 30 March, will now come out on 14 April."
    assert [r.when for r in coming_dates(text, pub)] == [date(2040, 4, 14)]


def test_a_count_of_votes_is_no_vote() -> None:
    thursday = date(2040, 11, 8)
    text = "The challenger led by 212 votes on Wednesday with mail ballots still to be counted."
    assert resolve(text, thursday)[0].when == date(2040, 11, 7)
    assert coming_dates(text, thursday) == []
    assert [r.when for r in coming_dates("The council votes on Tuesday.", thursday)] == [date(2040, 11, 13)]


def test_a_weekday_rule_for_every_month_is_no_date() -> None:
    text = "Its figures, normally published on the last Tuesday of the month, will now come out in April."
    assert [r.kind for r in resolve(text, date(2040, 3, 10))] == ["my"]


def test_a_past_day_after_to_for_or_by_is_not_pushed_into_the_coming_months() -> None:
    """Only "until" names a period's end that may lie months ahead (review 7, finding 1)."""
    january, march = date(2041, 1, 20), date(2041, 3, 10)
    assert _only("The company reported a loss of £3m for the year to 31 August.", january) == (date(2040, 8, 31), True)
    assert _only("Sales fell 4% in the six months to 30 September.", march) == (date(2040, 9, 30), True)
    assert _only("Sales had doubled by 30 September, the company said.", march)[0] == date(2040, 9, 30)
    trial = [
        _s("Two men will stand trial in Leeds for the October 12 attack on the mosque.", 0, march),
        _s("The operator will appeal against the £2m fine for the 14 September spill.", 1, march),
    ]
    assert upcoming_entries(trial, after=march) == []
    assert _only("The ministry froze all grain exports until October 31.", date(2040, 4, 20))[0] == date(2040, 10, 31)


def test_a_coming_day_after_as_of_or_from_is_still_coming() -> None:
    """A coming day after "as of" means from; after "from", it is a plan's old day only where a verb of moving governs
    it (finding 2)."""
    pub = date(2041, 5, 16)
    june = date(2041, 6, 1)
    assert [
        r.when for r in coming_dates("The ban on disposable vapes applies as of 1 June, affecting 3,000 shops.", pub)
    ] == [june]
    text = "Smoking will be banned in parks as of 1 June, the council said on 3 May."
    assert [r.when for r in coming_dates(text, pub)] == [june]
    text = "The postponed strike will now run from 3 June to 7 June."
    assert [r.when for r in coming_dates(text, pub)] == [date(2041, 6, 3), date(2041, 6, 7)]
    text = "The rescheduled festival runs from 12 July to 14 July."
    assert [r.when for r in coming_dates(text, pub)] == [date(2041, 7, 12), date(2041, 7, 14)]
    text = "Residents moved out of the tower will be rehoused from 1 July, with 200 flats ready."
    assert [r.when for r in coming_dates(text, pub)] == [date(2041, 7, 1)]
    # the period ends with an event the date names
    text = "In the weeks to the 12 June election, the party will campaign in every town."
    assert [r.when for r in coming_dates(text, pub)] == [date(2041, 6, 12)]
    text = "In the days up to the 12 June vote, 3 rallies are planned."
    assert [r.when for r in coming_dates(text, pub)] == [date(2041, 6, 12)]
    # still no event: a past cut-off, a moved plan's old day
    assert _only("As of 10 June, 21 confirmed cases were reported.", date(2041, 9, 1))[1]
    assert _only("Cases reported in the week to 15 August rose to 40.", date(2041, 9, 1))[1]
    assert [r.void for r in resolve("The council put back its decision from 8 March to 22 March.", pub)] == [
        True,
        False,
    ]
    assert [r.void for r in resolve("The board pushed back the vote to Sept. 20 from Sept. 6.", pub)] == [False, True]


def test_what_happened_as_expected_names_its_day() -> None:
    """Not changing rates on Thursday, as expected: what was expected happened (finding 3)."""
    thursday = date(2041, 5, 16)
    assert _only("The central bank did not change interest rates on Thursday, as expected.", thursday) == (
        thursday,
        False,
    )
    assert _only("The Fed did not raise rates on 14 May, as widely expected.", thursday) == (date(2041, 5, 14), False)
    assert _only("The board did not publish its results on Wednesday, as it had promised.", thursday)[1]
    ss = [_s("The Bank of England did not change interest rates on Thursday, as expected.", 1, thursday, 0)]
    assert [d for d, _ in rank_dates(date_sentences(ss))] == [thursday]


def test_a_weekday_before_the_year_s_or_month_s_is_a_date() -> None:
    """A weekday before "in the year's biggest drop" is no rule for every year (finding 4)."""
    thursday = date(2041, 5, 16)
    assert _only("Stocks fell on Monday in the year's biggest one-day drop.", thursday)[0] == date(2041, 5, 13)
    assert _only("Shares slid on Friday in the month’s worst sell-off.", thursday)[0] == date(2041, 5, 10)


def test_a_statement_s_day_does_not_outrank_the_event_day_its_sentence_names_first() -> None:
    """In "the dam burst on Saturday, ..., officials said on Monday" Monday is when they spoke, not the event."""
    monday = date(2040, 6, 4)
    ss = [
        _s("The Karsa dam burst on Saturday, flooding three villages, officials said on Monday.", 0, monday, 0),
        _s("Rescue teams were still searching for survivors.", 0, monday, 1),
    ]
    ranked = dict(rank_dates(date_sentences(ss)))
    assert ranked[date(2040, 6, 2)] > 4 * ranked[monday]
    # the statement alone is still its quiet day's event
    ss = [_s("The government will guarantee all deposits, the minister said on Monday.", 0, monday, 0)]
    assert rank_dates(date_sentences(ss))[0][0] == monday
    # and so is one whose other date comes after it, in its own clause
    text = "The agency said on Monday it was sending a team to the port, where cases had risen since 28 May."
    ss = [_s(text, 0, monday, 0)]
    assert dict(rank_dates(date_sentences(ss)))[monday] > 1.0


def test_what_was_first_done_on_a_day_happened_then() -> None:
    """A thing that "was first set on 1 May", told later that year, was set that May: a participle after "was/were
    first" is what was done, not a plan (it read as "set on", a plan, went to next year and was voided as one)."""
    september = date(2043, 9, 10)
    assert _only("Bus fares in the valley were first set on 1 May.", september) == (date(2043, 5, 1), False)
    assert _only("The levy was first charged on 3 February, the council said.", september) == (date(2043, 2, 3), False)
    assert not coming_dates("Bus fares in the valley were first set on 1 May.", september)
    # a plan's first day is still a former plan, and a coming plan still comes
    assert _only("The referendum, first set for 3 March, was postponed.", september)[1]
    assert _only("The referendum was originally scheduled for 21 November.", september)[1]
    assert _only("The referendum is set on 21 November.", september)[0] == date(2043, 11, 21)


def test_a_hearing_that_continues_on_a_weekday_is_the_coming_one() -> None:
    """The verbs "continues" and "reconvenes" state a schedule like "resumes": "when she continues giving evidence
    on Tuesday", written on a Friday, is next Tuesday (it read as the Tuesday before)."""
    friday = date(2044, 3, 11)
    coming = date(2044, 3, 15)
    text = "The inspector expects to hear from the quarry's owner when she continues giving evidence on Tuesday."
    assert _only(text, friday)[0] == coming
    assert _only("The inquiry reconvenes on Tuesday.", friday)[0] == coming
    # (review tl7: "continues on Tuesday" alone is that week's news, "The search continues on Monday")
    assert [r.when for r in coming_dates("The inquiry continues hearing evidence on Tuesday.", friday)] == [coming]
    assert _only("The inquiry continued on Tuesday with the owner's evidence.", friday)[0] == date(2044, 3, 8)


def test_a_present_tense_day_just_gone_is_a_historic_present_not_next_year() -> None:
    """A timeline box or a recap tells the past in the present tense ("15 July: New cap brings a halt"): a day a few
    weeks gone this year is that one; it went to next year, a year after the article, as a schedule would."""
    june = date(2045, 6, 15)
    box = "3 March: Regulator opens an inquiry 28 April: Chief executive quits 2 June: Ferry service resumes"
    assert [r.when for r in resolve(box, june)] == [date(2045, 3, 3), date(2045, 4, 28), date(2045, 6, 2)]
    assert _only("Harvesting of the second field starts on 16 May.", june)[0] == date(2045, 5, 16)
    assert not coming_dates("Harvesting of the second field starts on 16 May.", june)
    # a schedule ahead is still coming, and one more than half a year gone is next year's
    assert [r.when for r in coming_dates("The consultation closes on 26 July.", june)] == [date(2045, 7, 26)]
    assert _only("The ski season starts on 1 December.", date(2045, 6, 20))[0] == date(2045, 12, 1)
    assert _only("The hay fever season starts on 1 May.", date(2045, 12, 20))[0] == date(2046, 5, 1)


def test_through_ends_a_period_like_until() -> None:
    """American English ends a period with "through": "covers wages through September 30", written in June, is this
    September (it read as last year's, being more than 90 days ahead with no verb still to come)."""
    june = date(2045, 6, 24)
    assert _only("The grant covers the orchestra's wages through September 30.", june)[0] == date(2045, 9, 30)


def test_a_date_naming_an_event_after_a_preposition_is_the_nearest_one() -> None:
    """The phrase "losses from April 20 refinery fire might be large" names the fire of 20 April; with no determiner
    before it, the date took the clause's tense ("might", still to come) and went to next year."""
    may = date(2045, 5, 11)
    assert _only("Insurers' losses from April 20 refinery fire might be large.", may)[0] == date(2045, 4, 20)
    assert _only("Claims since 12 April flood will be paid in full.", may)[0] == date(2045, 4, 12)
    # a part of the day or a clause word after the date keeps the clause's verb
    assert _only("Talks will resume after June 3 and run for a week.", may)[0] == date(2045, 6, 3)
    assert _only("The ferry has not sailed since May 2 when the storm hit.", may)[0] == date(2045, 5, 2)


def test_a_weekday_a_schedule_names_with_its_preposition_is_the_coming_one() -> None:
    """A weekday's match begins with its preposition ("on Sunday"), so "is due on", "is scheduled for" and "due there
    on" never saw it and the day read as the one before; "would not stop until Sunday" is still going on."""
    friday = date(2046, 3, 9)
    sunday, tuesday = date(2046, 3, 11), date(2046, 3, 13)
    assert _only("The prime minister is due there on Sunday with the fisheries minister.", friday)[0] == sunday
    assert _only("The tribunal's ruling is scheduled for Tuesday.", friday)[0] == tuesday
    assert _only("The coastguard said the search would not stop until Sunday evening.", friday)[0] == sunday
    # told after the day, a plan that failed names the day gone; a refusal names the day it was made
    assert _only("The trials were due on Monday but were delayed by a fault.", friday)[0] == date(2046, 3, 5)
    assert _only("The minister would not comment on Wednesday.", friday)[0] == date(2046, 3, 7)


def test_later_on_the_article_s_own_weekday_without_on_is_that_day() -> None:
    """ "Later Wednesday", written on a Wednesday, is that day, as "later on Wednesday" was: the weekday's match began
    with the space before it, so "later" was not seen and the day went a week ahead."""
    wednesday = date(2046, 4, 4)
    assert _only("The harbour master planned to reopen the channel later Wednesday.", wednesday)[0] == wednesday
    assert _only("The harbour master will reopen the channel on Wednesday.", wednesday)[0] == date(2046, 4, 11)


def test_a_title_s_or_company_s_full_stop_ends_no_clause() -> None:
    """ "Corp." or "Sen." is no sentence end: "will join the Rand Corp. as a fellow, starting Monday" read "starting
    Monday" as a clause of its own, with no verb, and took the Monday before."""
    friday = date(2046, 5, 4)
    text = "The admiral said he will join the Halvard Corp. as an adviser, starting Monday."
    assert [r.when for r in resolve(text, friday)] == [date(2046, 5, 7)]
    assert _only("The vote was lost. On Tuesday the mayor resigned.", friday)[0] == date(2046, 5, 1)


def test_a_timeline_box_line_s_date_takes_no_verb_from_the_line_before() -> None:
    """A box run together into one sentence ("20 May: Dredging begins 15 July: The weir is rebuilt") gave 15 July the
    verb of the line before ("begins", a schedule) and sent it to next year; a line's verb follows its date. A
    present-tense day half a year back across the new year is a schedule, next one (review tl7)."""
    january = date(2047, 1, 8)
    box = "20 April: The weir falls 20 May: Dredging begins 15 July: The weir is rebuilt 19 September: Barges return"
    expected = [date(2046, 4, 20), date(2046, 5, 20), date(2046, 7, 15), date(2046, 9, 19)]
    assert [r.when for r in resolve(box, january)] == expected
    assert _only("Dredging of the second channel starts on 16 July.", january)[0] == date(2047, 7, 16)
    # coming lines and coming schedules still come
    assert _only("Key dates: 15 February: The council votes on the weir", january)[0] == date(2047, 2, 15)
    assert _only("The fishing season starts on 1 March.", january)[0] == date(2047, 3, 1)
