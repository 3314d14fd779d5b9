"""A quiet story that comes back brings its quiet fragments with it, whichever route brought it back
(its articles one by one, a side thread folded in, a young topic resuming it), and a return with a
phase's worth of articles lets the new phase's actors lead it, as a resume does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.topics.engine import Cluster, Params, Vec, _wake_kin
from digest.topics.features import entity_key, feature_id

NOW = datetime(2024, 9, 1, tzinfo=UTC)
STRIKE_WORDS = ("strike", "union", "pay", "dockers", "port", "talks", "pickets")


def _topic(key: str, size: int, words: tuple[str, ...], names: dict[str, float], last: datetime) -> Cluster:
    vec = Vec.from_dict({feature_id(w): 1.0 for w in words})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): w for n, w in names.items()})
    return Cluster(key, True, vec, entities, last, size=size, sources={"a": size}, names=dict(names))


def _snapshot(c: Cluster) -> tuple[int, datetime, dict[str, float]]:
    return c.size, c.last, dict(c.names)


def _dock_strike() -> tuple[dict[str, Cluster], dict[str, tuple[int, datetime, dict[str, float]]]]:
    """A dock strike told in two phases, both quiet for weeks: the walkout (its union and port) and
    the arbitration (the arbiter and the minister, in the same port); a side thread
    of the second phase, quiet too, that this run's articles woke; and a refinery fire on another
    coast in half the strike's words with none of its actors."""
    walkout = _topic(
        "walkout",
        60,
        STRIKE_WORDS,
        {"Dockers Union": 60, "Portmere": 45, "Harbour Board": 20},
        NOW - timedelta(days=70),
    )
    arbitration = _topic(
        "arbitration",
        40,
        (*STRIKE_WORDS[:6], "arbiter"),
        {"Judge Okafor": 40, "Portmere": 30, "Minister Lund": 25},
        NOW - timedelta(days=30),
    )
    fire = _topic(
        "fire",
        30,
        ("port", "pickets", "fire", "refinery", "workers", "union"),
        {"Valero": 30, "Texas City": 20, "OSHA": 10},
        NOW - timedelta(days=40),
    )
    side = _topic(
        "appeal", 6, (*STRIKE_WORDS[:5], "appeal"), {"Judge Okafor": 6, "Appeal Court": 4}, NOW - timedelta(days=25)
    )
    asleep = {k: _snapshot(c) for k, c in (("walkout", walkout), ("arbitration", arbitration), ("fire", fire))}
    asleep["appeal"] = _snapshot(side)
    # This run: two new articles joined the side thread, which woke it.
    side.size, side.last = 8, NOW - timedelta(hours=3)
    side.names = {"Judge Okafor": 8, "Appeal Court": 6}
    return {"walkout": walkout, "arbitration": arbitration, "fire": fire, "appeal": side}, asleep


def test_a_story_that_comes_back_through_a_side_thread_brings_its_quiet_phases() -> None:
    """The side thread woke: the arbitration it names the leads of, and the walkout the arbitration
    names the port of, are the same story and come back with it, the larger surviving; the fire in
    the same words but with its own actors stays apart."""
    state, asleep = _dock_strike()
    merged: dict[str, str] = {}
    touched = {"appeal"}
    _wake_kin(state, asleep, touched, merged, NOW, Params())
    assert merged == {"appeal": "arbitration", "arbitration": "walkout"}
    assert state["walkout"].size == 108 and state["walkout"].last == NOW - timedelta(hours=3)
    assert "fire" not in merged and state["fire"].size == 30


def test_only_fragments_quiet_since_before_the_run_and_never_a_fork_come_back() -> None:
    """A phase that was running when the run began is not a fragment (two parts side by side are two
    stories until their leads agree), and one forked from the story never is; with no story woken,
    nothing moves."""
    state, asleep = _dock_strike()
    del asleep["arbitration"]  # it ran until the run began
    merged: dict[str, str] = {}
    _wake_kin(state, asleep, {"appeal"}, merged, NOW, Params())
    assert "arbitration" not in merged and "arbitration" not in merged.values()

    state, asleep = _dock_strike()
    state["arbitration"].split_from = "appeal"
    merged = {}
    _wake_kin(state, asleep, {"appeal"}, merged, NOW, Params())
    assert merged == {}

    state, asleep = _dock_strike()
    merged = {}
    _wake_kin(state, asleep, set(), merged, NOW, Params())
    assert merged == {}


def test_a_story_back_with_a_phase_s_worth_of_articles_is_led_by_the_new_actors() -> None:
    """Six articles about the appeal woke the arbitration phase directly: its earlier actors fade with
    the silence and fall below the appeal's, as they would had the appeal opened a topic that resumed
    it; one stray article leaves the story's actors as they were."""
    arbitration = _topic(
        "arbitration",
        40,
        (*STRIKE_WORDS[:6], "arbiter"),
        {"Judge Okafor": 40, "Minister Lund": 25, "Dockers Union": 12},
        NOW - timedelta(days=30),
    )
    asleep = {"arbitration": _snapshot(arbitration)}
    arbitration.size, arbitration.last = 46, NOW - timedelta(hours=2)
    arbitration.names = {"Judge Okafor": 43, "Minister Lund": 25, "Dockers Union": 12, "Appeal Court": 8, "Kaur": 4}
    state = {"arbitration": arbitration}
    _wake_kin(state, asleep, {"arbitration"}, {}, NOW, Params())
    names = state["arbitration"].names
    assert max(names, key=names.__getitem__) == "Appeal Court"
    assert names["Minister Lund"] < names["Kaur"] and names["Minister Lund"] > 0
    assert names["Judge Okafor"] > names["Minister Lund"]  # named again: the new weight adds to the faded one

    stray = _topic("arbitration", 40, STRIKE_WORDS, {"Judge Okafor": 40, "Minister Lund": 25}, NOW - timedelta(days=30))
    asleep = {"arbitration": _snapshot(stray)}
    stray.size, stray.last, stray.names = 41, NOW, {"Judge Okafor": 41, "Minister Lund": 25, "Kaur": 1}
    _wake_kin({"arbitration": stray}, asleep, {"arbitration"}, {}, NOW, Params())
    assert stray.names == {"Judge Okafor": 41, "Minister Lund": 25, "Kaur": 1}
