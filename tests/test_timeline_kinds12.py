"""Issue 14, blind set 12's kinds of misses, each tested on sentences written for these tests from other domains (a
harbour, a hospital trust, a ferry line, a city council, a rail company): a live page's furniture in the lead's place,
a day and month in figures, a chronology and the later one that drops a day, a lead that tells only a rite or a plan,
and a lead that tells a decisive act.

THURSDAY is a Thursday: "Monday" gone is 7 April, the coming Monday 11 April.
"""

from __future__ import annotations

from datetime import date, timedelta

from digest.briefs.sentences import Sentence, article_sentences, is_timeline_line, segments, split_sentences
from digest.briefs.timeline import Ranking, _announced, _boxed, _lead_kinds, date_sentences, rank_dates, resolve

THURSDAY = date(2031, 4, 10)


def _pieces(text: str) -> list[str]:
    return [p for chunk in segments(text, 40) for p in split_sentences(chunk)]


def test_a_live_pages_stamp_and_greeting_do_not_hold_the_leads_place() -> None:
    """ "Updated 10/4 17:20", then "08:02 - Good morning and welcome to our live coverage.": the page's news is the
    entry's next sentence, which is the lead (position 0) the ranking reads."""
    page = (
        "Updated 10/4 17:20\n\n08:02 - Good morning and welcome to our live coverage. The harbour board closed the "
        "port of Velden this morning after a tanker ran aground at the entrance to the channel.\n\n09:15 - Tugs are "
        "on their way from Aster Point."
    )
    pieces = _pieces(page)
    assert pieces[0].startswith("The harbour board closed the port")
    sentences = article_sentences(0, page, THURSDAY)
    assert sentences[0].position == 0 and sentences[0].text.startswith("The harbour board closed")
    # a daily's time-first stamp under its byline (the byline stays: it says who wrote the piece), and a local
    # paper's "First published ... | Updated ..."
    daily = (
        "By Ines Varga\n\nUpdated 07:10 BST, Thursday 10 April 2031\n\n"
        "The hospital trust closed its maternity unit yesterday."
    )
    assert _pieces(daily)[:2] == ["By Ines Varga", "The hospital trust closed its maternity unit yesterday."]
    local = "First published 9.12am | Updated 4.40pm\n\nThe ferry line cancelled every crossing today after a fire."
    assert _pieces(local)[0].startswith("The ferry line cancelled")
    # other greetings an entry opens with; the entry's time set off by a dash goes too ("3.14pm - ...")
    for greeting in ("Morning.", "Welcome back.", "Hello and welcome to our live page on the ferry strike."):
        assert _pieces(f"07:40 - {greeting} The ferry line cancelled every crossing today.")[0].startswith("The ferry")
    assert article_sentences(0, "3.14pm - The council has voted to close the library on Elm Street.", THURSDAY)[
        0
    ].text.startswith("The council has voted")


def test_a_greeting_with_news_in_it_and_a_stamp_inside_the_text_stay() -> None:
    """Only furniture goes: a sentence that opens with a greeting word but tells news stays, and a stamp is furniture
    only at the head of the text."""
    text = "Hello Kitty's maker said its profits fell by a third in the year to March."
    assert _pieces(text) == [text]
    body = "The ferry line cancelled every crossing today. Updated 10/4 17:20 The strike goes on."
    assert _pieces(body)[0] == "The ferry line cancelled every crossing today."


def test_a_day_and_month_in_figures_is_a_date() -> None:
    """ "on 12/5", "until 14/8", a chronology's "5/5 - ...": day first, as European pages write them; not "24/7", a
    fraction or a share."""
    june = date(2031, 6, 1)
    assert [(r.when, r.kind) for r in resolve("The ferry strike that began on 12/5 is over.", june)] == [
        (date(2031, 5, 12), "dmy")
    ]
    assert [r.when for r in resolve("The decree runs until 14/8.", june)] == [date(2031, 8, 14)]
    assert [r.when for r in resolve("5/5 - Harbour board closes the port after a storm.", june)] == [date(2031, 5, 5)]
    assert resolve("The pharmacy is now open 24/7 for the first time.", june) == []
    assert resolve("Trains ran late on 2/3 of the days last spring.", june) == []
    assert resolve("The motion passed with 3/4 of the votes.", june) == []
    assert is_timeline_line("5/5 - Harbour board closes the port after a storm.", True)
    assert not is_timeline_line("5/5 harbour board closes the port after a storm.", True)


def _box(article: int, published: date, lines: list[str]) -> list[Sentence]:
    return [Sentence(line, article, i, published) for i, line in enumerate(lines)]


def test_a_later_chronology_overrides_an_earlier_one_for_its_period() -> None:
    """Days a chronology lists count; a day an earlier box listed and a later box, reaching back past it, leaves out
    was judged minor with hindsight; a line that tells a plan ("Council to close ... from Monday") lists no event."""
    early = _box(
        0,
        date(2031, 3, 20),
        [
            "March 2 - Rail company suspends night trains after a derailment.",
            "March 5 - Commuters hold a rally at the central station.",
            "March 9 - Council to close the Orme bridge to lorries from Monday.",
            "March 14 - Safety regulator orders checks on 40 bridges.",
        ],
    )
    late = _box(
        1,
        date(2031, 5, 2),
        [
            "March 2 - Rail company suspends night trains after a derailment.",
            "March 14 - Safety regulator orders checks on 40 bridges.",
            "April 8 - Rail company chief executive resigns.",
            "April 29 - Night trains run again on every line.",
        ],
    )
    listed, dropped = _boxed(date_sentences(early + late))
    assert listed == {date(2031, 3, 2), date(2031, 3, 14), date(2031, 4, 8), date(2031, 4, 29)}
    assert dropped == {date(2031, 3, 5)}
    # two dated lines are no chronology
    assert _boxed(date_sentences(late[:2])) == (set(), set())


def _leads(*texts: str) -> list[Sentence]:
    return [Sentence(text, i, 0, THURSDAY) for i, text in enumerate(texts)]


def test_a_lead_that_tells_a_rite_a_plea_or_a_plan_makes_its_day_minor() -> None:
    """A vigil, funerals, an appeal to residents, the dead named, or an announcement of a coming day ("said the hearings
    would open on Monday"): a timeline editor lists the act, not these; a decisive act beside them keeps the day."""
    for text in (
        "Hundreds of people held a candlelit vigil outside the Velden harbour office today for the two lost divers.",
        "The first funerals of the Orme bridge victims were held in Asterby this morning.",
        "The council leader appealed to residents today to report cracks in their walls.",
        "Police released the names of the six people who died in the derailment this morning.",
        "The inquiry chair held a first meeting today and said public hearings would open on Monday.",
    ):
        minor, decisive = _lead_kinds(date_sentences(_leads(text)))
        assert minor == {THURSDAY} and decisive == set(), text
    for text in (
        "The hospital trust's chief executive resigned today, two weeks after the maternity unit closed.",
        "Two former managers of the rail company were arrested this morning on suspicion of manslaughter.",
        "A judge suspended the quarry's licence this morning after a suit brought by residents.",
        "The inquiry into the Orme bridge collapse opened today with a minute's silence for the six victims.",
    ):
        minor, decisive = _lead_kinds(date_sentences(_leads(text)))
        assert minor == set() and decisive == {THURSDAY}, text
    # the act must be the verb the lead's day belongs to: the day is the hearing's, the killing an earlier one's
    minor, decisive = _lead_kinds(
        date_sentences(_leads("The driver was on his phone when he struck the cyclist, a jury heard today."))
    )
    assert minor == set() and decisive == set()
    # a day is minor only when every lead that reports it is: a second article's decisive lead keeps it
    minor, _ = _lead_kinds(
        date_sentences(
            _leads(
                "Hundreds of people held a candlelit vigil outside the Velden harbour office today for the two divers.",
                "The harbour master resigned today over the loss of the two divers.",
            )
        )
    )
    assert minor == set()


def test_a_late_landmark_outranks_an_early_rite_that_recaps_name() -> None:
    """An early vigil named again by a later recap, and a late arrest only its own article reports: the arrest, a
    decisive act told in its day's lead, ranks above the rite (without the lead's kinds the vigil ranked above it)."""
    start = date(2031, 3, 3)
    sentences = [
        Sentence("Hundreds of people held a vigil at the harbour gates today for the two lost divers.", 0, 0, start),
        Sentence("The harbour board suspended all diving work at Velden today.", 1, 0, start + timedelta(days=2)),
        Sentence(
            "The crisis has deepened since the vigil on 3 March, and again after diving was suspended on 5 March.",
            2,
            5,
            start + timedelta(days=9),
        ),
        Sentence(
            "The diving contractor's owner was arrested this morning on suspicion of manslaughter.",
            3,
            0,
            start + timedelta(days=30),
        ),
    ]
    dated = date_sentences(sentences)
    ranked = [day for day, _ in rank_dates(dated)]
    assert ranked.index(start + timedelta(days=30)) < ranked.index(start)
    plain = Ranking(box=0.0, minor=1.0, decisive=1.0, lead=0.0)
    ranked = [day for day, _ in rank_dates(dated, params=plain)]
    assert ranked.index(start + timedelta(days=30)) > ranked.index(start)


def test_a_leads_announced_day_is_credited_when_it_comes() -> None:
    """ "The council adjourned today and said the vote would be held on Monday": the announced Monday gains the lead's
    vote once the coverage reaches it (the lead's own day is minor, `_lead_kinds`); a day announced further ahead than
    two weeks, or one the coverage never reaches, gains nothing."""
    lead = "The city council adjourned its budget debate today and said the final vote would be held on Monday."
    later = "The city council approved the budget by 31 votes to 20 this evening."
    monday = THURSDAY + timedelta(days=4)
    sentences = [Sentence(lead, 0, 0, THURSDAY), Sentence(later, 1, 0, monday)]
    dated = date_sentences(sentences)
    assert _announced(dated) == {monday}
    credited = dict(rank_dates(dated))
    plain = dict(rank_dates(dated, params=Ranking(announced=0.0)))
    assert credited[monday] > plain[monday]
    # the coverage ends before the announced day: no credit for a day that has not come
    only = date_sentences(sentences[:1])
    assert dict(rank_dates(only)) == dict(rank_dates(only, params=Ranking(announced=0.0)))
    far = "The city council adjourned its budget debate today and said the final vote would be held on 30 May."
    assert _announced(date_sentences([Sentence(far, 0, 0, THURSDAY)])) == set()
