"""A quiet story that comes back brings its quiet fragments with it, whichever route brought it back
(its articles one by one, a side thread folded in, a young topic resuming it); stories of one kind in
the same words stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.topics.engine import Cluster, Params, Vec, _wake_kin
from digest.topics.features import entity_key, feature_id

NOW = datetime(2024, 9, 1, tzinfo=UTC)
STRIKE = ("strike", "union", "pay", "dockers", "port", "talks", "pickets", "walkout")


def _topic(key: str, size: int, words: tuple[str, ...], names: dict[str, float], last: datetime) -> Cluster:
    vec = Vec.from_dict({feature_id(w): 1.0 for w in words})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): w for n, w in names.items()})
    return Cluster(key, True, vec, entities, last, size=size, sources={"a": size}, names=dict(names))


def _dock_strike() -> dict[str, Cluster]:
    """A dock strike's arbitration phase, quiet for weeks until this run's articles woke it; its
    walkout phase, quiet longer, told through the union and the port (the port still among the
    arbitration's leads); and a flood and a school fire in the region, with their own words."""
    return {
        "arbitration": _topic(
            "arbitration",
            40,
            (*STRIKE[:6], "arbiter", "ruling"),
            {"Judge Okafor": 44, "Portmere": 30, "Minister Lund": 25},
            NOW - timedelta(hours=3),
        ),
        "walkout": _topic(
            "walkout",
            60,
            STRIKE,
            {"Dockers Union": 60, "Portmere": 45, "Harbour Board": 20},
            NOW - timedelta(days=70),
        ),
        "flood": _topic(
            "flood", 30, ("river", "flood", "rain", "homes", "port"), {"Westbrook": 30}, NOW - timedelta(days=40)
        ),
        "fire": _topic("fire", 20, ("fire", "school", "pupils", "blaze"), {"Calder": 20}, NOW),
    }


def test_a_story_woken_by_its_articles_brings_its_quiet_earlier_phase() -> None:
    """The arbitration woke; the walkout names its port among its leads and its words stand out for
    it, far above the flood's and the fire's: one story, the larger part surviving with both
    histories. The flood sharing the port's word stays apart."""
    state = _dock_strike()
    merged: dict[str, str] = {}
    _wake_kin(state, {"arbitration", "walkout", "flood"}, {"arbitration"}, merged, NOW, Params())
    assert merged == {"arbitration": "walkout"}
    assert state["walkout"].size == 100 and state["walkout"].last == NOW - timedelta(hours=3)
    assert state["flood"].size == 30


def test_stories_of_one_kind_in_the_same_words_are_no_fragments_of_one_another() -> None:
    """Three strikes at three ports, each with the same minister among its leads and the same words:
    the one that woke is no closer to the others than they are to each other, so none folds in."""
    state = _dock_strike()
    state["walkout"].names = {"Dockers Union": 60, "Minister Lund": 45, "Harbour Board": 20}
    state["bayport"] = _topic(
        "bayport", 50, STRIKE, {"Bayport Stevedores": 50, "Minister Lund": 30}, NOW - timedelta(days=60)
    )
    merged: dict[str, str] = {}
    _wake_kin(state, {"arbitration", "walkout", "bayport"}, {"arbitration"}, merged, NOW, Params())
    assert merged == {}


def test_only_fragments_quiet_since_before_the_run_and_never_a_fork_come_back() -> None:
    """A phase that was running when the run began is not a fragment (two parts side by side are two
    stories until their leads agree), one forked from the story never is, and with no story woken
    nothing moves."""
    state = _dock_strike()
    merged: dict[str, str] = {}
    _wake_kin(state, {"arbitration"}, {"arbitration"}, merged, NOW, Params())
    assert merged == {}

    state = _dock_strike()
    state["walkout"].split_from = "arbitration"
    _wake_kin(state, {"arbitration", "walkout"}, {"arbitration"}, merged, NOW, Params())
    assert merged == {}

    state = _dock_strike()
    _wake_kin(state, {"arbitration", "walkout"}, set(), merged, NOW, Params())
    assert merged == {}
