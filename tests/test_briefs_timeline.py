"""Timeline date selection: which dates count as events, and how long a brief's timeline is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import (
    Ranking,
    date_sentences,
    is_spoken_date,
    rank_dates,
    resolve,
    timeline_length,
    upcoming_entries,
)


def _s(text: str, article: int, published: date, position: int = 0) -> Sentence:
    return Sentence(text, article, position, published)


def test_a_date_attached_to_speech_is_when_it_was_said() -> None:
    pub = date(2010, 6, 10)  # a Thursday
    for text in ("Officials said on Tuesday that the cap held.", "BP told reporters Tuesday the cap held."):
        (ref,) = resolve(text, pub)
        assert is_spoken_date(text, ref), text
    for text in ("The cap was fitted on Tuesday, officials said.", "The rig exploded on April 20."):
        (ref,) = resolve(text, pub)
        assert not is_spoken_date(text, ref), text


def test_days_named_only_as_when_someone_spoke_do_not_outrank_events() -> None:
    pub = date(2010, 6, 10)
    sentences = [
        _s("The cap was fitted on June 3 after a week of delays.", 0, pub),
        _s("Engineers fitted the cap on June 3 and it held.", 1, pub),
        _s("BP said on June 7 that the cap was working.", 2, pub),
        _s("Admiral Allen said on June 7 the leak had slowed.", 3, pub),
        _s("The coast guard told reporters on June 7 that skimmers were busy.", 4, pub),
    ]
    ranking = [d for d, _ in rank_dates(date_sentences(sentences))]
    assert ranking[0] == date(2010, 6, 3)
    assert date(2010, 6, 7) not in ranking


def test_timeline_length_grows_with_the_span_within_bounds() -> None:
    start = date(2026, 1, 1)
    lengths = [timeline_length(start, start + timedelta(days=d)) for d in (0, 14, 30, 91, 182, 900)]
    assert lengths == sorted(lengths)
    assert lengths[0] == 5 and lengths[-1] == 15
    assert lengths[2] == 6 and lengths[3] == 11
    assert timeline_length(start, start - timedelta(days=3)) == 5  # dates out of order: the shortest


def test_a_weekday_after_a_verb_of_speech_is_past_even_in_a_sentence_about_the_future() -> None:
    thursday = date(2010, 6, 3)
    (ref,) = resolve("Hitchens said on Wednesday that compensation claims will be large.", thursday)
    assert ref.when == date(2010, 6, 2)
    (ref,) = resolve("The council will vote on Wednesday.", thursday)
    assert ref.when == date(2010, 6, 9)


def test_halves_keep_each_period_with_its_own_reference_dates() -> None:
    from datetime import UTC, datetime

    from digest.briefs.evaluate import halve
    from digest.models import Article

    def art(i: int, day: date) -> Article:
        when = datetime.combine(day, datetime.min.time(), UTC)
        return Article(id=str(i), url=None, title="", text="x", source="s", published=when, first_seen=when)

    start = date(2010, 4, 1)
    articles = [art(i, start + timedelta(days=10 * i)) for i in range(4)]  # 1, 11, 21, 31 April
    reference = [(start + timedelta(days=d), "e") for d in (0, 5, 12, 20, 25, 30)]
    first, ref1 = halve(articles, reference, 1)
    second, ref2 = halve(articles, reference, 2)
    assert [a.id for a in first] == ["0", "1"] and [d.day for d, _ in ref1] == [1, 6]
    assert [a.id for a in second] == ["2", "3"] and [d.day for d, _ in ref2] == [21, 26, 1]


def test_last_year_and_next_year_name_the_year_of_a_date() -> None:
    pub = date(2010, 6, 9)
    assert resolve("Jackson died at his home on 25 June last year.", pub)[0].when == date(2009, 6, 25)
    assert resolve("The vote is on 3 March next year.", pub)[0].when == date(2011, 3, 3)
    assert resolve("The vote is on 3 March.", pub)[0].when == date(2010, 3, 3)


def test_references_in_sentences_about_the_story_weigh_more_than_asides() -> None:
    from digest.briefs.timeline import relevance

    pub = date(2010, 6, 10)
    story = [
        _s("Oil from the broken well kept spreading across the gulf.", 0, pub, 1),
        _s("Engineers tried again to cap the broken well in the gulf.", 1, pub, 1),
        _s("The spill from the well reached the gulf coast marshes.", 2, pub, 1),
        _s("Crews skimmed oil from the gulf near the broken well.", 3, pub, 1),
    ]
    on_topic = [
        _s("The cap on the broken well held oil back in the gulf on June 3.", 0, pub),
        _s("Oil stopped flowing from the broken well into the gulf on June 3.", 1, pub),
    ]
    asides = [
        _s("Shares in London closed down 2 percent on June 2 after the trading update.", 2, pub),
        _s("The pound rose against the dollar in trading on June 2 as markets steadied.", 3, pub),
    ]
    sentences = story + asides + on_topic
    weights = relevance(sentences)
    assert weights[on_topic[0]] > 1 > weights[asides[0]]
    ranking = [d for d, _ in rank_dates(date_sentences(sentences), relevance=weights)]
    assert ranking[0] == date(2010, 6, 3)
    plain = [d for d, _ in rank_dates(date_sentences(sentences))]
    assert plain[0] == date(2010, 6, 2)  # counts alone tie, and the earlier day comes first


def test_a_day_of_a_quiet_phase_is_not_crowded_out_by_the_busy_weeks_coverage() -> None:
    """Two days with the same references: the one in a week of heavy reporting gathers them because there are many
    articles that week; the one in a quiet later phase stands out from its week, and ranks first."""
    busy, quiet = date(2010, 5, 3), date(2010, 9, 20)
    sentences = [
        _s("Engineers tried a top kill on May 3 without success.", 0, busy + timedelta(days=2)),
        _s("The top kill of May 3 failed, BP conceded.", 1, busy + timedelta(days=2)),
        _s("The relief well sealed the leak on September 20 for good.", 2, quiet + timedelta(days=2)),
        _s("Since September 20 the well has been sealed.", 3, quiet + timedelta(days=2)),
    ]
    # The busy week's other coverage: articles about the spill that name no date.
    sentences += [_s("Oil kept reaching the marshes.", 4 + i, busy + timedelta(days=2 + i % 2)) for i in range(30)]
    # (without the quiet week's lead votes, which would favour the quiet day further)
    undamped = rank_dates(date_sentences(sentences), params=Ranking(damping=0.0, lead=0.0))
    ranked = [d for d, _ in rank_dates(date_sentences(sentences), params=Ranking(lead=0.0))]
    assert dict(undamped)[busy] == dict(undamped)[quiet]
    assert ranked.index(quiet) < ranked.index(busy)


def test_a_background_day_before_the_coverage_is_damped_as_the_coverage_s_first_week() -> None:
    """The silence before a story began is no quiet phase: a landmark the articles recall from years before weighs
    as a day of their first week would, not more."""
    first, old = date(2011, 9, 6), date(2009, 6, 25)
    sentences = [
        _s("The trial opened on September 6 in Los Angeles.", 0, first + timedelta(days=2)),
        _s("Jurors heard on September 6 how the night unfolded.", 1, first + timedelta(days=2)),
        _s("Jackson died on June 25, 2009 at his home.", 2, first + timedelta(days=2)),
        _s("Since June 25, 2009 his family has sought answers.", 3, first + timedelta(days=2)),
    ]
    sentences += [_s("Crowds gathered at the courthouse.", 4 + i, first) for i in range(20)]
    damped, undamped = (dict(rank_dates(date_sentences(sentences), params=Ranking(damping=p))) for p in (0.15, 0.0))
    assert damped[old] < undamped[old]
    assert damped[old] / undamped[old] == pytest.approx(damped[first] / undamped[first])


def test_a_date_takes_the_tense_of_its_own_clause() -> None:
    """The verb the date belongs to places it, not the first future verb of the sentence."""
    monday = date(2027, 3, 8)
    cases = {
        "A footbridge will be put up beside the bridge, Priya Nair announced on Tuesday.": date(2027, 3, 2),
        "The US president said he would meet former presidents on Wednesday to discuss Haiti.": date(2027, 3, 10),
        # A plan seen from the past is still the coming day: reading it as the nearest such day (here the Friday
        # before) cost t17-dev date F1, so the ranking keeps the coming one.
        "The test of the cap was due to begin on Friday, but politicians asked for a review.": date(2027, 3, 12),
        "The oil giant will try a so-called top kill operation on Wednesday.": date(2027, 3, 10),
        "The well is expected to be permanently sealed by Sunday, officials said.": date(2027, 3, 14),
        "On Wednesday, he is due to hold a crucial meeting with the chairman.": date(2027, 3, 10),
        "BP shares fell 3 percent on Monday over worries that the company will have to pay.": monday,
        # Written on a Monday, a future "on Monday" is a week on (reading it as that day cost t17-dev date F1).
        "The barge will haul the box to the well on Monday.": date(2027, 3, 15),
    }
    for text, expected in cases.items():
        (ref,) = resolve(text, monday)
        assert ref.when == expected, text


def test_coming_dates_read_the_clause_holding_the_date() -> None:
    from digest.briefs.timeline import coming_dates

    pub = date(2027, 3, 16)
    announced = [
        "The county cabinet has postponed its decision on repair funding until 29 April.",
        "The consultation on the merger closes on 26 April.",
        "The temporary footbridge is due to open on 2 April.",
        "The minister said she would visit the town on Friday to meet the traders.",
    ]
    for text in announced:
        assert coming_dates(text, pub), text
    not_announced = [
        "The match was postponed on Saturday because of snow.",
        "A footbridge will be put up beside the bridge, Priya Nair announced on Tuesday.",
    ]
    for text in not_announced:
        assert not coming_dates(text, pub), text


def test_a_weekday_before_its_date_is_that_date() -> None:
    (weekday, named) = resolve("The auction closes at 9am on Tuesday 2 February.", date(2010, 1, 22))
    assert weekday.when == named.when == date(2010, 2, 2)


def test_a_planned_day_is_no_event_yet() -> None:
    pub = date(2010, 5, 1)  # a Saturday
    sentences = [
        _s("The storm hit the coast on April 29 and flooded the marshes.", 0, pub),
        _s("Crews cleared the beaches on April 29 after the storm.", 1, pub),
        _s("Forecasters said winds on Sunday could push more oil onto the shore.", 2, pub),
        _s("Strong winds over Sunday could push the oil into the lakes.", 3, pub),
        _s("Winds on Sunday could carry oil into the bays, officials warned.", 4, pub),
    ]
    dated = date_sentences(sentences)
    assert {d.when for d in dated if d.planned} == {date(2010, 5, 2)}
    assert date(2010, 5, 2) not in dict(rank_dates(dated))


def test_announcements_keep_the_short_and_pronoun_sentences_that_announce_a_date() -> None:
    from digest.briefs.timeline import announcements, upcoming_entries

    text = (
        "A temporary footbridge will be put up beside the closed Old Tarn Bridge, Priya Nair announced on Tuesday. "
        "The county has asked the army to supply the steel structure. It is due to open on 2 April. "
        "It was closed on Monday. The consultation closes on 26 April."
    )
    found = announcements(0, text, date(2027, 3, 8))
    assert [s.text for s in found] == [
        "A temporary footbridge will be put up beside the closed Old Tarn Bridge, Priya Nair announced on Tuesday. "
        "… It is due to open on 2 April.",
        "The consultation closes on 26 April.",
    ]
    entries = upcoming_entries(found, after=date(2027, 3, 8))
    assert [e.label for e in entries] == ["2027-04-02", "2027-04-26"]


def test_a_coming_day_months_ahead_is_this_year_s() -> None:
    """'Due to start on 1 October', written in May, is this October: a day ahead stays ahead however far,
    where a past reading would take last year's (a timeline that put the start before the story began)."""
    (ref,) = resolve("The reduced timetable is due to start on 1 October.", date(2027, 5, 4))
    assert ref.when == date(2027, 10, 1)
    (ref,) = resolve("The closure was postponed until 1 January.", date(2027, 7, 5))
    assert ref.when == date(2028, 1, 1)


def test_a_day_a_later_source_moved_is_no_longer_coming() -> None:
    announced = Sentence(
        "The maternity unit will stop taking births at night from 1 August, the trust said.", 0, 0, date(2027, 6, 7)
    )
    moved = Sentence(
        "The trust has postponed the night closure of the maternity unit until 1 January.", 1, 0, date(2027, 7, 5)
    )
    other = Sentence("The council will vote on the unit's car park on 3 August.", 2, 0, date(2027, 6, 8))
    days = [e.when for e in upcoming_entries([announced, moved, other], after=date(2027, 7, 5))]
    assert days == [date(2027, 8, 3), date(2028, 1, 1)]


def test_the_article_s_own_weekday_still_to_come_is_that_day_only_when_the_words_say_so() -> None:
    tuesday = date(2010, 6, 8)
    later = resolve("The interview is to be broadcast later on Tuesday.", tuesday)
    assert [r.when for r in later] == [tuesday]
    assert [r.when for r in resolve("The council will vote on Tuesday evening.", tuesday)] == [tuesday]
    assert [r.when for r in resolve("The council will vote on Tuesday.", tuesday)] == [date(2010, 6, 15)]
    assert [r.when for r in resolve("The council will vote next Tuesday.", tuesday)] == [date(2010, 6, 15)]


def test_a_day_range_starts_on_its_first_day_in_either_order_of_day_and_month() -> None:
    pub = date(2011, 2, 12)
    for text in (
        "Clashes broke out between 20 and 22 January in Suez.",
        "Talks ran 20-22 January.",
        "Clashes broke out from January 20 to 22 in Suez.",
    ):
        assert [r.when for r in resolve(text, pub)] == [date(2011, 1, 20)], text


def test_mid_month_and_a_programme_named_after_a_weekday() -> None:
    pub = date(2010, 5, 24)  # a Monday
    assert [(r.when, r.granularity) for r in resolve("By mid-February the protests had spread.", pub)] == [
        (date(2010, 2, 1), "month")
    ]
    assert resolve('Palin said on "Fox News Sunday" that the spill was a disaster.', pub) == []
    (ref,) = resolve("Protesters marched on Sunday, organisers said.", pub)
    assert ref.when == date(2010, 5, 23)


def test_us_and_uk_forms_and_weekday_directions_resolve_alike() -> None:
    pub = date(2011, 2, 12)  # a Saturday
    for text in (
        "On Jan. 28, police fired tear gas.",
        "On 28 January, police fired tear gas.",
        "Police fired tear gas on the 28th of January.",
    ):
        assert [r.when for r in resolve(text, pub)] == [date(2011, 1, 28)], text
    (past,) = resolve("Protesters marched on Friday.", pub)
    (coming,) = resolve("Protesters will march again on Friday.", pub)
    assert (past.when, coming.when) == (date(2011, 2, 11), date(2011, 2, 18))


def test_a_date_naming_an_event_is_the_nearest_one_whatever_the_clause_s_tense() -> None:
    pub = date(2010, 6, 16)  # a Wednesday
    text = "Currents will add Cuba to the casualties of the April 20 rig explosion."
    assert [r.when for r in resolve(text, pub)] == [date(2010, 4, 20)]  # not next year's April 20
    (meeting,) = resolve("Wednesday's meeting will decide the cap.", pub)
    assert meeting.when == pub  # written on a Wednesday: today's, not next week's
    (vote,) = resolve("The council will vote on 20 July.", pub)
    assert vote.when == date(2010, 7, 20)


def test_a_paper_or_a_show_named_after_a_weekday_is_no_date() -> None:
    pub = date(2010, 7, 19)
    assert resolve("BP could be broken up, the Sunday Times reported.", pub) == []
    assert resolve("Salazar will appear on the Sunday morning news shows.", pub) == []


def test_a_page_or_comment_stamp_is_no_event_but_an_event_s_time_is() -> None:
    pub = date(2010, 7, 20)
    for stamp in (
        "Shell Oil President Monday, July 19, 2010; 10:30 AM A day that seemed destined for success ended.",
        "BP spill caused by a failure of management 6 January 2011 Last updated at 01:53 GMT Management failures were",
        "Africa can help more. Added: Tuesday, 19 January, 2010, 18:16 GMT 18:16 UK Good comment.",
    ):
        assert resolve(stamp, pub) == [], stamp
    (event,) = resolve("The first earthquake was recorded on 4 January at 11:36 p.m. local time.", pub)
    assert event.when == date(2010, 1, 4)


def test_tomorrow_is_a_plan_whatever_its_verb() -> None:
    pub = date(2009, 5, 4)
    (d,) = date_sentences(
        [_s("The school has arranged for pupils to be offered antiviral treatment tomorrow.", 0, pub)]
    )
    assert d.when == date(2009, 5, 5) and d.planned
    (concert,) = resolve("The concert takes place in Cardiff on 8 October.", date(2011, 7, 26))
    assert concert.when == date(2011, 10, 8)  # a schedule ahead, not last October


def test_a_weekday_after_ahead_of_is_the_coming_one() -> None:
    tuesday = date(2010, 6, 15)
    (ref,) = resolve("McKay did not offer much new ahead of Thursday's testimony by Hayward.", tuesday)
    assert ref.when == date(2010, 6, 17)
    (same,) = resolve("Shares fell ahead of Thursday's results.", date(2010, 6, 17))
    assert same.when == date(2010, 6, 17)
    (vote,) = resolve("Troops had deployed ahead of the 15 March vote.", date(2011, 3, 20))
    assert vote.when == date(2011, 3, 15)  # told after it: the nearest 15 March


def test_a_past_verb_never_puts_a_yearless_date_into_next_year() -> None:
    december = date(2011, 12, 20)
    (began,) = resolve("The uprising began on January 25 with protests in Cairo.", december)
    assert began.when == date(2011, 1, 25)
    (coming,) = resolve("Protesters will return to the square on January 25.", december)
    assert coming.when == date(2012, 1, 25)
    (hearing,) = resolve("Hayward was called to testify at a hearing on June 17.", date(2010, 6, 8))
    assert hearing.when == date(2010, 6, 17)  # just ahead: still this year's


def test_an_article_s_own_dateline_is_no_event_but_a_quoted_older_one_is() -> None:
    pub = date(2011, 2, 11)
    for text in (
        "CAIRO, Feb 11 (Xinhua) - Crowds filled the square.",
        "SANAA, Yemen, 11 February - Crowds filled the square.",
    ):
        assert resolve(text, pub) == [], text
    (quoted,) = resolve("HOUSTON, Feb 3 (Wire) -- A gas cloud enveloped the rig.", pub)
    assert quoted.when == date(2011, 2, 3)  # a roundup quoting an earlier dispatch: that day's report


def test_a_bare_weekday_after_for_is_the_coming_one() -> None:
    wednesday = date(2011, 3, 16)
    (march,) = resolve("A mass march has been called for Saturday.", wednesday)
    assert march.when == date(2011, 3, 19)
    (attack,) = resolve("He was blamed for Tuesday's attack.", wednesday)
    assert attack.when == date(2011, 3, 15)


def test_a_deadline_is_ahead_and_a_plan_told_in_the_past_keeps_its_year() -> None:
    june = date(2028, 6, 6)
    assert resolve("The report is due by 15 August.", june)[0].when == date(2028, 8, 15)
    assert resolve("Payment is due before 1 September.", june)[0].when == date(2028, 9, 1)
    # a deadline inside a past clause keeps the clause's tense
    assert resolve("The payment, due by 15 August, was never made.", date(2024, 9, 10))[0].when == date(2024, 8, 15)
    # a plan seen from the past: this May's, not next year's
    assert resolve("The vote was scheduled for 20 May.", june)[0].when == date(2028, 5, 20)
    assert resolve("The report was due by 15 May but came late.", june)[0].when == date(2028, 5, 15)
    # a weekday so planned is still the coming one (6 June 2028 is a Tuesday)
    assert resolve("He said he would meet them on Saturday.", june)[0].when == date(2028, 6, 10)


def test_a_plan_told_from_the_past_months_ahead_is_this_year_s() -> None:
    """tests/data/briefs/timeline_uprising: a February speech promising a vote in April and elections in September."""
    february = date(2030, 2, 21)
    (elections,) = resolve("Damek named Hale premier and said elections would follow on Sept. 30.", february)
    assert elections.when == date(2030, 9, 30)
    (_, vote) = resolve("Damek dismissed his government on Thursday and promised a referendum on April 28.", february)
    assert vote.when == date(2030, 4, 28)  # 66 days ahead: this April's, not last year's
    # a plan told in January for a day just past is last December's; one told in December for January is next year's
    assert resolve("He was to meet them on December 20.", date(2031, 1, 5))[0].when == date(2030, 12, 20)
    assert resolve("He said the vote would be held on January 10.", date(2030, 12, 5))[0].when == date(2031, 1, 10)
    # a yearless day months back is still last year's ("the April 20 explosion", recalled in January)
    assert resolve("The rig exploded on April 20.", date(2011, 1, 11))[0].when == date(2010, 4, 20)


def test_in_a_quiet_week_the_day_an_article_s_lead_reports_outranks_a_busy_week_s_passing_day() -> None:
    """The late phase of tests/data/briefs/timeline_uprising: one wire story on the day is all an offensive gets."""
    busy = date(2030, 2, 20)
    sentences = []
    for i in range(8):
        sentences.append(_s("Protesters filled the square again as the strike went on.", i, busy + timedelta(i % 3)))
        if i < 2:
            aside = "Airlines suspended flights to Karvan on Feb. 19 and the currency fell."
            sentences.append(_s(aside, i, busy + timedelta(3), position=3))
    offensive = date(2030, 6, 14)  # a Friday
    sentences.append(_s("The army launched an offensive to retake Orvesh on Friday, residents said.", 8, offensive))
    dated = date_sentences(sentences)
    voted, plain = (dict(rank_dates(dated, params=p)) for p in (Ranking(), Ranking(lead=0.0)))
    assert voted[offensive] > voted[busy] and plain[offensive] < plain[busy]
    assert voted[date(2030, 2, 19)] == plain[date(2030, 2, 19)]  # a lead in a busy week gets no vote


def test_a_reader_comment_stamp_with_the_time_first_is_no_event() -> None:
    pub = date(2009, 6, 15)
    assert resolve("At 11:07 am on 15 Jun 2009, sensiblegrannie wrote: Give pregnant women priority.", pub) == []
    (blast,) = resolve("The blast at 11:07 am on 15 June killed two workers.", pub)
    assert blast.when == pub


def test_a_plan_called_off_is_not_upcoming() -> None:
    """A plan told from the past that the sentence says was called off is no coming day, and months ahead of its
    article it is last year's; a plan not called off keeps its year."""
    january = date(2031, 1, 8)
    texts = [
        "The summit was scheduled for Oct. 20 but was called off at the last minute.",
        "The congress was scheduled for Feb. 20 but was cancelled after the storm.",
        "Officials said the election would be held on September 30, but it was delayed twice.",
    ]
    assert resolve(texts[0], january)[0].when == date(2030, 10, 20)
    assert resolve(texts[2], january)[0].when == date(2030, 9, 30)
    sentences = [Sentence(t, i, 0, january) for i, t in enumerate(texts)]
    assert upcoming_entries(sentences, january) == []
    (kept,) = upcoming_entries(
        [Sentence("The summit was scheduled for Feb. 20, officials said.", 0, 0, january)], january
    )
    assert kept.when == date(2031, 2, 20)
    # the day it was moved to is still coming
    (moved,) = upcoming_entries(
        [Sentence("The vote, due on Feb. 3, was postponed until March 5.", 0, 0, january)], january
    )
    assert moved.when == date(2031, 3, 5)


def test_a_clock_time_in_the_middle_of_a_sentence_is_no_comment_stamp() -> None:
    (march,) = resolve("The march at 10:30 on 12 January, organisers wrote, drew thousands.", date(2031, 1, 14))
    assert march.when == date(2031, 1, 12)
