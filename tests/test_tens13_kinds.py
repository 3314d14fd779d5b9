"""Tension kinds of issue 14 (tens13), each tested with sentences of its own domains (a planning board, a marina,
a library, a ferry, a quarry), never the eval set's:

- a person who chairs a unit ("chair of the planning board") that a report gives a body as its own ("the council
  says its planning board ...") is the body's side, not its opponent;
- a later figure that brushes off another's ("whatever number the club may have put out") is a rival count, even
  weeks apart and in other words;
- a thing one side says was never done ("no safety survey has been carried out") or is not what it is called ("is not
  a review"), and another says was done, in one report or days apart;
- a yardstick one side uses ("per passenger") and another calls misleading;
- a sum one side states and the other denies beside it, the body's side named with its one posted speaker;
- a finding of the very opposite ("found the tip plainly unstable") against a side's claim ("stable"), the role named
  by the one actor bearing it as a title;
- a party's position put by its lawyers, and another side who found none of what it rests on ("found no deposit").
"""

from __future__ import annotations

from datetime import date

import numpy as np

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import (
    _voiced,
    affiliated,
    done_denied,
    findings_against,
    numeric_tensions,
    represented_answered,
    sums_denied,
    yardsticks_dismissed,
)
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
    return attributions(usable, context) + role_attributions(usable)


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


def test_a_thing_said_never_done_and_said_done_is_a_tension() -> None:
    claims = _claims(
        (
            "Cllr Ruth Amos, who chairs the harbour board, said no safety survey has been carried out on the pier. "
            "Pier owner Dev Malik says the survey was carried out in April.",
            DAY,
        ),
    )
    found = done_denied(claims)
    assert len(found) == 1 and "Amos" in found[0][1] and "Malik" in found[0][1]


def test_a_thing_done_weeks_later_or_another_thing_done_is_no_tension() -> None:
    later = _claims(
        ("Cllr Ruth Amos said no safety survey has been carried out on the pier.", DAY),
        ("Pier owner Dev Malik says the survey was carried out last week.", date(2044, 4, 20)),
    )
    assert done_denied(later) == []
    other = _claims(
        (
            "Cllr Ruth Amos said no safety survey has been carried out on the pier. "
            "Pier owner Dev Malik says the railings were painted in April.",
            DAY,
        ),
    )
    assert done_denied(other) == []


def test_a_yardstick_one_side_uses_and_the_other_calls_misleading_is_a_tension() -> None:
    claims = _claims(
        (
            "Transport minister Ada Holm said the new line was already the cheapest per passenger in the country. "
            "The opposition's transport spokesman, Piet Laar, said that cost per passenger was a misleading measure "
            "for a rural line with so few riders.",
            DAY,
        ),
    )
    found = yardsticks_dismissed(claims)
    assert len(found) == 1 and "Holm" in found[0][1] and "Laar" in found[0][1]


def test_the_same_yardstick_used_by_both_or_never_dismissed_is_no_tension() -> None:
    claims = _claims(
        (
            "Transport minister Ada Holm said the new line was already the cheapest per passenger in the country. "
            "Piet Laar, the line's operator, said cost per passenger would fall again next year.",
            DAY,
        ),
    )
    assert yardsticks_dismissed(claims) == []


_TRUST = (
    "Kate Ling, Harbour Trust's finance director, said the pier would reopen in spring.",
    "The builder disputes the trust's account of the money. Harbour Trust says it paid Quayside Build £2.3 million "
    'last year. Site owner Jim Boyd told me the trust held back the money, and that "we never saw £2.3 million, '
    'whatever they say".',
)


def test_a_sum_one_side_states_and_the_other_denies_is_a_tension_named_by_its_speaker() -> None:
    context = _context(*_TRUST)
    claims = _claims((_TRUST[0], DAY), (_TRUST[1], DAY))
    found = sums_denied(claims, context)
    assert len(found) == 1 and "Kate Ling (Harbour Trust)" in found[0][1] and "Boyd" in found[0][1]


def test_the_same_sum_stated_by_both_is_no_tension() -> None:
    text = (
        "Harbour Trust says it paid Quayside Build £2.3 million last year. Site owner Jim Boyd said the builder "
        "had received £2.3 million and would finish in May."
    )
    assert sums_denied(_claims((text, DAY)), _context(text)) == []


def test_a_thing_said_done_and_denied_its_name_is_a_tension() -> None:
    text = (
        "The Ports Agency said a safety review was carried out in the spring. "
        "Harbourmaster Iris Kemp said the review was a phone call. "
        '"A phone call made after the decision is not a review," said Dan Pike, the branch secretary of the union.'
    )
    found = done_denied(_claims((text, DAY)))
    assert any("Pike" in f[1] and "Agency" in f[1] for f in found)


def test_is_not_a_of_something_else_is_no_denial() -> None:
    text = (
        "The Ports Agency said a safety review was carried out in the spring. "
        '"The pier is not a place for children," said Dan Pike, the branch secretary of the union.'
    )
    assert done_denied(_claims((text, DAY))) == []


def test_a_finding_of_the_opposite_answers_a_sides_claim_named_by_the_judge() -> None:
    claims = _claims(
        ("The quarry's owner, Colm Reddy, said the tip is stable and safe.", DAY),
        ("The judge found the tip plainly unstable, and ordered it cleared.", date(2044, 4, 6)),
    )
    found = findings_against(claims, [])
    assert len(found) == 1 and "Reddy" in found[0][1]


def test_a_finding_on_another_word_is_no_tension() -> None:
    claims = _claims(
        ("The quarry's owner, Colm Reddy, said the tip is stable and safe.", DAY),
        ("The judge found the fence plainly inadequate, and ordered it replaced.", date(2044, 4, 6)),
    )
    assert findings_against(claims, []) == []


def test_a_role_side_is_the_one_actor_bearing_it_as_a_title() -> None:
    assert _voiced("The judge", ["Colm Reddy", "High Court Judge Brae"], []) == "High Court Judge Brae"
    assert _voiced("The judge", ["Judge Anna Brae", "Judge Tom Cole"], []) == "The judge"
    assert _voiced("The judge", ["Colm Reddy"], []) == "The judge"


_QUARRY = (
    "The quarry's owner, Colm Reddy, said the tip is stable and safe. "
    "Lawyers for Mr Reddy told the inquiry that the payments were the refund of a deposit the haulier had made. "
    "Inspector Mara Vos said she had found no deposit and no record of any refund in the haulier's books."
)


def test_a_position_put_by_lawyers_and_found_wanting_is_the_partys_tension() -> None:
    context = _context(_QUARRY)
    found = represented_answered(context, _claims((_QUARRY, DAY)))
    assert len(found) == 1 and "Colm Reddy, through lawyers" in found[0][1] and "Vos" in found[0][1]


def test_a_finding_of_nothing_else_answers_no_lawyers() -> None:
    text = _QUARRY.replace("found no deposit and no record of any refund", "found no cracks")
    assert represented_answered(_context(text), _claims((text, DAY))) == []
