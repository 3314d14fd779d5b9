"""Issue 14: in a long story the later, sparser months' turning points are told by one article each, on its day."""

from __future__ import annotations

from datetime import date, timedelta

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import Ranking, date_sentences, rank_dates


def _s(text: str, article: int, published: date, position: int = 0) -> Sentence:
    return Sentence(text, article, position, published)


def test_a_late_quiet_month_s_one_article_outranks_a_minor_day_that_recaps_recall() -> None:
    """A drug recall: a week of daily coverage, one piece recalling a hearing day in passing, then months later one
    wire story on the day the licence is withdrawn. Its lead is all that day gets, and editors list it."""
    start = date(2041, 3, 3)
    sentences = []
    for i in range(9):  # the busy weeks: a piece a day, the last recalling the hearing in passing
        day = start + timedelta(days=i)
        sentences.append(_s("Pharmacies kept returning packs as the recall widened to a second batch.", i, day))
        if i == 8:
            sentences.append(_s("Managers were questioned at a hearing on March 4.", i, day, position=4))
    withdrawn = date(2041, 7, 15)  # a Monday
    sentences.append(_s("The regulator withdrew the drug's licence on Monday, ending sales for good.", 9, withdrawn))
    dated = date_sentences(sentences)
    ranked = [d for d, _ in rank_dates(dated)]
    hearing = date(2041, 3, 4)
    assert ranked.index(withdrawn) < ranked.index(hearing)
    # the lead's vote decides it: at a third of it the recalled day still wins
    plain = [d for d, _ in rank_dates(dated, params=Ranking(lead=0.5))]
    assert plain.index(withdrawn) > plain.index(hearing)


def test_a_busy_week_s_lead_gets_no_vote_however_large() -> None:
    """The vote counts only in a quiet week: in the busy weeks every day has leads, and more weight there would only
    favour the busiest days (a story of storm clean-up: four pieces a day for a week, then one a day)."""
    start = date(2052, 10, 6)
    sentences, article = [], 0
    for i in range(7):
        day = start + timedelta(i)
        for _ in range(4):
            sentences.append(_s(f"Crews cleared debris from the harbour on {day.strftime('%A')}.", article, day))
            article += 1
    for i in range(30):
        sentences.append(_s("Boats returned to the harbour.", article, start + timedelta(10 + i)))
        article += 1
    dated = date_sentences(sentences)
    voted, plain = dict(rank_dates(dated)), dict(rank_dates(dated, params=Ranking(lead=0.0)))
    assert all(voted[start + timedelta(i)] == plain[start + timedelta(i)] for i in range(7))


def test_a_long_story_s_later_weeks_are_quiet_when_no_busier_than_its_median_week() -> None:
    """A flood: six pieces a day for ten days, then a piece a day for a month. A week of seven pieces is the story's
    usual pace by then, and a lead there ("Crews finished rebuilding the bridge on Sunday") gets the quiet week's
    vote; the busy days get none."""
    start = date(2043, 5, 1)
    sentences, article = [], 0
    for i in range(10):
        for _ in range(6):
            sentences.append(_s("Residents kept clearing mud from their homes.", article, start + timedelta(i)))
            article += 1
    rebuilt = date(2043, 8, 16)  # a Sunday
    for i in range(30):
        day = date(2043, 8, 1) + timedelta(i)
        text = "Insurers kept paying out claims from the flood."
        if day == rebuilt + timedelta(1):
            text = "Crews finished rebuilding the bridge on Sunday, three months after the flood."
        sentences.append(_s(text, article, day))
        article += 1
    dated = date_sentences(sentences)
    usual, absolute = (dict(rank_dates(dated, params=Ranking(typical=t))) for t in (1.0, 0.0))
    assert usual[rebuilt] > absolute[rebuilt]
    assert all(usual[start + timedelta(i)] == absolute[start + timedelta(i)] for i in range(10))
