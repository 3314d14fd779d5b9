"""Tensions from figures: two sources' numbers set against each other, in one sentence or side by side."""

from __future__ import annotations

from datetime import date

import numpy as np

from digest.briefs.actors import attributions
from digest.briefs.conflicts import numeric_tensions, split_figures
from digest.briefs.sentences import Sentence, article_sentences

DAY = date(2027, 2, 1)


def _unrelated(left: list[str], right: list[str]) -> np.ndarray:
    """A topic space in which no two claims look alike: only the report's own layout can pair them."""
    return np.zeros((len(left), len(right)))


def test_one_sentence_with_two_sources_and_two_figures_is_a_tension() -> None:
    s = Sentence(
        "The trust put the number of births affected at 300 a year; Cole's office put it at 700 a year.", 0, 3, DAY
    )
    crowd = Sentence("Police put the crowd at 5,000, while organisers said 20,000 people marched.", 1, 0, DAY)
    found = split_figures([s, crowd])
    assert [t[1] for t in found] == [
        "The trust put the number of births affected at 300 a year vs. Cole's office put it at 700 a year",
        "Police put the crowd at 5,000 vs. organisers said 20,000 people marched",
    ]
    assert found[0][2] == (0,) and found[1][2] == (1,)


def test_one_source_or_one_figure_is_no_tension() -> None:
    same = Sentence("The trust put births at 300 a year; the trust put deaths at 2 a year.", 0, 0, DAY)
    close = Sentence("Police put the crowd at 5,000, while organisers said 5,500.", 0, 1, DAY)
    plain = Sentence("The council approved the route; the mayor said work would start in May.", 0, 2, DAY)
    assert split_figures([same, close, plain]) == []


def test_figures_set_side_by_side_in_one_report_disagree() -> None:
    text = (
        "Crews at Skerry Ferries have voted to strike over pay. "
        "Skerry Ferries chief executive Nadia Fenwick said the company had offered 4 percent. "
        "Reid said the union was asking for 9 percent."
    )
    claims = attributions(article_sentences(0, text, DAY))
    assert {c.actor for c in claims} >= {"Nadia Fenwick"}  # an organisation of two words before the title
    (tension,) = numeric_tensions(claims, _unrelated)
    assert "4 percent" in tension[1] and "9 percent" in tension[1] and tension[2] == (0,)


def test_figures_far_apart_in_a_report_need_a_shared_matter() -> None:
    text = (
        "Nadia Fenwick said the company had offered 4 percent. "
        "The islands could run short of fuel within a week. "
        "Shops would close early on the island. "
        "Reid said the union had 9 percent fewer members."
    )
    assert numeric_tensions(attributions(article_sentences(0, text, DAY)), _unrelated) == []
