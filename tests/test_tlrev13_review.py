"""Review findings on the timeline rules of unseen13/timeline_blind13 (issue 14): only hours kept make "Monday to
Saturday" no day; a lead is minor for a rebuttal or a demand only when that is all it tells; a plan is called off by
what the later sentence calls off, not by a word it mentions; a bare weekday calls off the coming day's plan; the
everyday senses of "raised" and "filed" are no landmarks; "Few expected" points at no coming day."""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import _lead_kinds, _only_rebuts, date_sentences, resolve, upcoming_entries

TUESDAY = date(2031, 5, 6)


def _days(text: str, published: date = TUESDAY) -> list[date]:
    return [r.when for r in resolve(text, published) if r.granularity == "day"]


def _s(text: str, article: int, published: date, position: int = 0) -> Sentence:
    return Sentence(text, article, position, published)


def test_a_period_of_weekdays_names_its_days_unless_hours_are_kept() -> None:
    assert _days("The border was closed Friday to Sunday, officials said.") == [date(2031, 5, 2), date(2031, 5, 4)]
    assert _days("Voting runs Thursday to Saturday.") == [date(2031, 5, 8), date(2031, 5, 10)]
    assert _days("Our helpline is open 8am to 8pm, Monday to Saturday.") == []
    assert _days("The reading room opens Mondays to Fridays.") == []


def test_a_rebuttal_or_demand_beside_another_act_is_no_minor_lead() -> None:
    for text in (
        "The board rejected reports of a rival bid and accepted the Castell offer today.",
        "Ministers rejected claims of a cover-up and announced a public inquiry today.",
        "The Security Council demanded an immediate ceasefire in a resolution passed today.",
        "Protesters who demanded his resignation stormed the parliament building today.",
        "The court today dismissed the claims against the former chief executive.",
    ):
        assert not _only_rebuts(text), text
    assert _only_rebuts("Pension funds demanded a meeting with the board today.")
    assert _only_rebuts("The airline rejected the allegations in a statement today.")


def test_everyday_raised_and_filed_are_no_landmarks() -> None:
    leads = [
        _s("The party raised questions about the election result today.", 0, date(2031, 4, 1)),
        _s("The company filed its annual accounts today.", 1, date(2031, 4, 3)),
        _s("The charity raised 2 million pounds for the flood appeal today.", 2, date(2031, 4, 8)),
        _s("Officials raised the death toll to 87 today.", 3, date(2031, 4, 10)),
        _s("The chain filed for insolvency today.", 4, date(2031, 4, 12)),
    ]
    _minor, decisive = _lead_kinds(date_sentences(leads))
    assert decisive == {date(2031, 4, 10), date(2031, 4, 12)}


def test_a_plan_mentioned_by_what_is_called_off_stays_coming() -> None:
    sentences = [
        _s("The referendum will be held on 25 May.", 0, date(2031, 5, 1)),
        _s("The cup final will be played on 17 May.", 1, date(2031, 5, 1)),
        _s("Rallies ahead of the referendum on 25 May will not be held in the capital.", 2, TUESDAY),
        _s("The club cancels the open training session ahead of the final on 17 May.", 3, TUESDAY),
    ]
    days = [e.when for e in upcoming_entries(sentences, after=TUESDAY, k=4)]
    assert days == [date(2031, 5, 17), date(2031, 5, 25)]


def test_a_plan_called_off_by_its_weekday_leaves_the_upcoming_list() -> None:
    sentences = [
        _s("Schools will close on Thursday 8 May.", 0, date(2031, 5, 1)),
        _s("The library will reopen on 20 May.", 1, date(2031, 5, 1)),
        _s("The planned school closure on Thursday will not take place.", 2, TUESDAY),
    ]
    days = [e.when for e in upcoming_entries(sentences, after=TUESDAY, k=4)]
    assert days == [date(2031, 5, 20)]


def test_few_expected_points_at_no_coming_day() -> None:
    assert date(2031, 5, 4) in _days("Few expected the storm to strengthen so fast on Sunday, forecasters admitted.")
