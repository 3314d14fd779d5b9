"""Tension kinds of issue 14 (tens13), each tested with sentences of its own domains (a planning board, a marina,
a library, a ferry, a quarry), never the eval set's:

- a person who chairs a unit ("chair of the planning board") that a report gives a body as its own ("the council
  says its planning board ...") is the body's side, not its opponent;
- a later figure that brushes off another's ("whatever number the club may have put out") is a rival count, even
  weeks apart and in other words.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from digest.briefs.actors import attributions
from digest.briefs.conflicts import affiliated, numeric_tensions
from digest.briefs.sentences import Sentence, article_sentences, every_sentence

DAY = date(2044, 3, 2)


def _alike(left: list[str], right: list[str]) -> np.ndarray:
    """A topic space in which every claim looks like every other: only the rules can keep them apart."""
    return np.ones((len(left), len(right)))


def _context(*texts: str) -> list[Sentence]:
    return [t for i, text in enumerate(texts) for t in every_sentence(i, text, DAY)]


def test_a_chair_of_the_bodys_own_unit_is_its_side() -> None:
    context = _context(
        "Tom Reyes, chair of the planning board, said the marina plan was still being read.",
        "Westford Borough Council says its planning board will hear the marina plan in May.",
    )
    assert affiliated("Westford Borough Council", "Tom Reyes", context)
    assert affiliated("Tom Reyes", "Westford Borough Council", context)


def test_a_chair_of_another_bodys_unit_stays_a_side_apart() -> None:
    context = _context(
        "Tom Reyes, chair of the planning board, said the marina plan was still being read.",
        "Westford Borough Council says the harbour trust ignored its advice on the marina.",
    )
    assert not affiliated("Westford Borough Council", "Tom Reyes", context)


def _claims(*dated: tuple[str, date]) -> list:
    context = [t for i, (text, day) in enumerate(dated) for t in every_sentence(i, text, day)]
    usable = [t for i, (text, day) in enumerate(dated) for t in article_sentences(i, text, day)]
    return attributions(usable, context)


def test_a_figure_brushing_off_another_weeks_later_is_a_rival_count() -> None:
    claims = _claims(
        ("Owen Pryce, the club's chairman, said 12,000 season tickets have been sold and the ground is ready.", DAY),
        (
            '"We printed fewer than 5,000 season tickets for the club," said Dana Kell, director of the ticket '
            'printer, "whatever number the club may have put out."',
            date(2044, 4, 6),
        ),
    )
    found = numeric_tensions(claims, _alike)
    assert len(found) == 1 and "Pryce" in found[0][1] and "Kell" in found[0][1]


def test_figures_weeks_apart_without_a_brush_off_stay_a_count_that_grew() -> None:
    claims = _claims(
        ("Owen Pryce, the club's chairman, said 5,000 season tickets have been sold and the ground is ready.", DAY),
        (
            '"We have now printed 12,000 season tickets for the club," said Dana Kell, director of the ticket printer.',
            date(2044, 4, 6),
        ),
    )
    assert numeric_tensions(claims, _alike) == []
