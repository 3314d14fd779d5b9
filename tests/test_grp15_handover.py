"""A story that hands its coverage to a new cast without quiet weeks is one story; a second story of the
same kind born beside a running one is not (engine.handed_over, engine.successor_of)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.topics.engine import Cluster, Params, Vec, handed_over, successor_of

T0 = datetime(2024, 3, 1, 12, tzinfo=UTC)


def _days(counts: list[int], start: int = 0) -> list[datetime]:
    """Member join times: counts[k] articles on day start + k."""
    return [T0 + timedelta(days=start + k) for k, n in enumerate(counts) for _ in range(n)]


def test_relay_of_casts_is_a_handover() -> None:
    # Ten a day for three weeks; from day 21 the new cast's share rises to all over two weeks, and its
    # own topic forms once it leads (day 30): the old topic keeps the rest.
    old = _days([10] * 21 + [10 - k * 10 // 14 for k in range(14)])
    new = _days([k * 10 // 14 for k in range(9, 14)] + [10] * 20, start=30)
    assert handed_over(old, new)


def test_a_second_story_beside_a_running_one_is_not() -> None:
    # The running story keeps its pace while the newcomer grows to its own, then the first ends.
    old = _days([6] * 35)
    new = _days([6] * 40, start=20)
    assert not handed_over(old, new)


def test_no_overlap_or_older_newcomer_is_not() -> None:
    old = _days([5] * 20)
    assert not handed_over(old, _days([5] * 10, start=30))  # born after the old one ended: a resume's case
    assert not handed_over(old, _days([5] * 40, start=-5))  # born first: not a newcomer
    assert not handed_over([], _days([5] * 3))


def _cluster(key: str, words: dict[int, float]) -> Cluster:
    return Cluster(key=key, is_topic=True, words=Vec.from_dict(words), entities=Vec.from_dict({}), last=T0)


def test_successor_is_the_live_topic_whose_words_stand_out() -> None:
    p = Params()
    old = _cluster("harbour-strike", {1: 3.0, 2: 2.0, 3: 2.0, 4: 1.0})
    heir = _cluster("dock-walkout", {1: 3.0, 2: 2.0, 3: 1.5, 5: 1.0})
    other = _cluster("league-final", {7: 3.0, 8: 2.0, 2: 0.2})
    third = _cluster("budget-vote", {9: 3.0, 10: 2.0})
    assert successor_of(old, [other, heir, third], p) == "dock-walkout"
    # Two live topics in the story's words: neither stands out, no successor.
    twin = _cluster("pier-walkout", {1: 3.0, 2: 2.0, 3: 1.8, 6: 1.0})
    assert successor_of(old, [other, heir, twin], p) is None
    # A fork of the old topic is never its successor.
    heir.split_from = "harbour-strike"
    assert successor_of(old, [other, heir, third], p) is None


def test_two_halves_of_one_kind_of_news_side_by_side_are_not() -> None:
    # Both run for months at about the same pace while the news cycle fades: no handover.
    old = _days([12] * 9 + [max(1, 8 - k // 10) for k in range(75)])
    new = _days([max(1, 7 - k // 10) for k in range(80)], start=9)
    assert not handed_over(old, new)
