"""Issue 14: a day long before the coverage began is the story's history, not one of its turning points."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import date_sentences, rank_dates


def _ranked(texts: list[tuple[str, date]], position: int = 3) -> list[date]:
    """The ranked days of one sentence per article, at `position` (background is told below the lead)."""
    sentences = [Sentence(text, i, position, published) for i, (text, published) in enumerate(texts)]
    return [d for d, _ in rank_dates(date_sentences(sentences))]


def test_old_background_day_repeated_is_not_ranked() -> None:
    """Three pieces repeat the old day below their leads: background, however often."""
    days = _ranked(
        [
            ("The league's last salary cap, agreed on 4 June 2031, lapsed within a year.", date(2034, 2, 1)),
            ("The league's last salary cap, agreed on 4 June 2031, lapsed within a year.", date(2034, 2, 5)),
            ("The league's last salary cap, agreed on 4 June 2031, lapsed within a year.", date(2034, 2, 9)),
            ("The players walked out on 8 February 2034.", date(2034, 2, 9)),
        ]
    )
    assert date(2031, 6, 4) not in days
    assert date(2034, 2, 8) in days


def test_a_year_ago_background_is_not_ranked() -> None:
    days = _ranked(
        [
            ("A year ago, on 2 May 2040, the two towns signed a water-sharing pact.", date(2041, 5, 3)),
            ("The reservoir ran dry on 1 May 2041, officials said.", date(2041, 5, 3)),
        ]
    )
    assert date(2040, 5, 2) not in days


def test_recent_day_before_first_article_stays() -> None:
    """The event that set the story off a few days or weeks before the first piece is still its event."""
    days = _ranked(
        [
            ("The bridge closed on 20 March 2045 after engineers found cracks.", date(2045, 4, 2)),
            ("Since the bridge closed on 20 March 2045, traffic has doubled.", date(2045, 4, 9)),
        ]
    )
    assert date(2045, 3, 20) in days


def test_day_two_months_before_stays() -> None:
    days = _ranked([("The merger talks began on 1 January 2050, the firm said.", date(2050, 3, 1))])
    assert date(2050, 1, 1) in days


def test_long_story_keeps_its_early_days() -> None:
    """A year-long story's first days are more than a year before its last article, but inside its coverage."""
    days = _ranked(
        [
            ("The strike began on 3 March 2060.", date(2060, 3, 4)),
            ("A year ago, on 3 March 2060, the strike began.", date(2061, 3, 3)),
            ("The strike ended on 2 March 2061.", date(2061, 3, 3)),
        ]
    )
    assert date(2060, 3, 3) in days


def test_in_coverage_day_named_in_background_words_stays() -> None:
    """'signed' and 'a year' in a day inside the coverage do not make it history."""
    days = _ranked(
        [
            ("The ceasefire, signed on 10 June 2070, was meant to last a year.", date(2070, 6, 11)),
            ("The ceasefire signed on 10 June 2070 held overnight.", date(2070, 6, 12)),
        ]
    )
    assert date(2070, 6, 10) in days


def test_old_day_two_articles_lead_with_stays() -> None:
    """Two pieces that open with the old day treat it as their news (a retrial over a crime years before)."""
    days = _ranked(
        [
            ("The warehouse fire of 14 March 2038 killed six workers.", date(2041, 6, 1)),
            ("The warehouse fire of 14 March 2038 was started deliberately, prosecutors said.", date(2041, 6, 2)),
        ],
        position=0,
    )
    assert date(2038, 3, 14) in days


def test_old_day_one_lead_is_not_enough() -> None:
    days = _ranked([("A year ago, on 9 May 2043, the two clubs merged.", date(2044, 5, 10))], position=0)
    assert date(2043, 5, 9) not in days


def test_a_lead_after_a_byline_still_keeps_an_old_day() -> None:
    """Review rev14: a byline or dateline line before the lead does not hide that two articles lead with the old day."""
    from digest.briefs.sentences import article_sentences
    from digest.briefs.timeline import date_sentences, rank_dates

    arts = [
        ("By Jane Doe, Crime Correspondent\n\nAnn Roe was stabbed on 3 March 2031 in her shop, a jury heard on "
         "Monday.\n\nThe trial continues.", date(2034, 5, 8)),
        ("By Jane Doe\n\nAnn Roe was stabbed on 3 March 2031, a jury was told on Wednesday.\n\nTom Hale denies murder.",
         date(2034, 5, 10)),
    ]  # fmt: skip
    sentences = [s for i, (text, day) in enumerate(arts) for s in article_sentences(i, text, day)]
    assert date(2031, 3, 3) in [day for day, _ in rank_dates(date_sentences(sentences))]
