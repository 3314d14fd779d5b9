"""Plain adoption (issue 13): a leftover that no lead of its own places -- a live-blog line that names
nobody, a brief quoting a spokesman the story never named -- joins the running story its names (or,
naming nobody, its words) plainly belong to; a one-off's own people, a name every story of the region
knows, or words two stories fit alike place nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from digest.topics.engine import Cluster, Params, Vec, _adopt, _name_index, _plain_story, _story_names
from digest.topics.features import entity_key, feature_id

P = Params()
NOISE = 0.04


def _cluster(key: str, names: dict[str, float], is_topic: bool = False) -> Cluster:
    empty = Vec(np.zeros(0, np.int64), np.zeros(0))
    return Cluster(
        key=key, is_topic=is_topic, words=empty, entities=empty, last=datetime(2024, 1, 1, tzinfo=UTC), names=names
    )


# Two running stories of one region: a hospital strike and a bridge closure, both naming the governor.
HOSPITAL_C = _cluster("hospital", {"Carrow General": 40, "Nurses Guild": 30, "Ilse Voran": 25, "Governor Pell": 12})
BRIDGE_C = _cluster("bridge", {"Tamsk Bridge": 50, "Roads Agency": 30, "Governor Pell": 14})
HOSPITAL = _story_names(HOSPITAL_C, P)
STORIES = _name_index([HOSPITAL_C, BRIDGE_C], P)


def _place(names: dict[str, float], sims: list[float]) -> tuple[int, float] | None:
    return _plain_story(_cluster("~x", names), np.array(sims), [0, 1], STORIES, NOISE, P)


def test_story_names_weigh_what_the_story_is_about_from_its_raw_mentions() -> None:
    assert HOSPITAL["carrow general"] == 1.0
    assert HOSPITAL["governor pell"] == 1.0  # 12 of 40 mentions: a quarter of the lead's and more
    weak = _story_names(_cluster("s", {"Carrow General": 40, "Oslo": 2}), P)
    assert weak["oslo"] < 0.25  # a name one article mentioned in passing counts next to nothing


def test_an_item_naming_the_story_s_own_actors_joins_it_though_its_words_lean_elsewhere() -> None:
    # A short line on the nurses' union: its few words fit the bridge story a little better.
    assert _place({"Nurses Guild": 2, "Ilse Voran": 1}, [0.06, 0.07]) == (0, 1.0)


def test_words_far_closer_to_another_story_overrule_the_names() -> None:
    assert _place({"Nurses Guild": 1}, [0.05, 0.2]) is None


def test_a_name_every_story_knows_places_nothing() -> None:
    assert _place({"Governor Pell": 2}, [0.08, 0.05]) is None


def test_a_one_off_s_own_people_place_nothing() -> None:
    # A concert at the hospital's town: its own singer leads it, the hospital is a passing mention.
    assert _place({"Mara Quell": 4, "Quell Trio": 2, "Carrow General": 1}, [0.09, 0.02]) is None


def test_a_nameless_item_is_placed_by_words_only_with_a_clear_margin() -> None:
    assert _place({}, [0.09, 0.03]) == (0, 1.0)
    assert _place({}, [0.09, 0.06]) is None  # two stories fit alike
    assert _place({}, [0.03, 0.01]) is None  # below the stream's noise


def test_with_one_story_running_its_words_must_stand_clear_of_the_noise() -> None:
    one = _name_index([HOSPITAL_C], P)
    lead = _cluster("~x", {"Ilse Voran": 3})
    # Her other news, words barely above the noise: nothing rivals the names, so the words must.
    assert _plain_story(lead, np.array([0.05]), [0], one, NOISE, P) is None
    assert _plain_story(lead, np.array([0.1]), [0], one, NOISE, P) == (0, 1.0)


def test_a_quiet_young_topic_is_left_to_the_lead_route() -> None:
    topic = _cluster("t", {"Nurses Guild": 3}, is_topic=True)
    assert _plain_story(topic, np.array([0.2, 0.01]), [0, 1], STORIES, NOISE, P) is None


def _topic(key: str, names: dict[str, float]) -> Cluster:
    """A trusted running story: a core of its own, its entities its names."""
    c = _cluster(key, names, is_topic=True)
    c.size = 20
    c.entities = Vec.from_dict({feature_id("e:" + entity_key(n)): float(w) for n, w in names.items()})
    return c


def _leftover(key: str, names: dict[str, float]) -> Cluster:
    c = _cluster(key, names)
    c.size, c.members = 1, [key[1:]]
    c.entities = Vec.from_dict({feature_id("e:" + entity_key(n)): float(w) for n, w in names.items()})
    return c


def test_adopt_takes_a_quoted_stranger_s_line_by_the_story_s_names_and_leaves_the_rest() -> None:
    """The lead route weighs a leftover's own first name: a spokesman the story never named leads this
    line, so only the plain route places it, by the names the story is about."""
    state = {
        "hospital": _topic("hospital", {"Carrow General": 40, "Nurses Guild": 30, "Governor Pell": 12}),
        "bridge": _topic("bridge", {"Tamsk Bridge": 50, "Roads Agency": 30, "Governor Pell": 14}),
        "~quote": _leftover("~quote", {"Tomas Reeve": 3, "Nurses Guild": 2, "Carrow General": 2}),
        "~governor": _leftover("~governor", {"Governor Pell": 2}),
        "~concert": _leftover("~concert", {"Mara Quell": 4, "Carrow General": 1}),
    }
    topics, leftovers = ["hospital", "bridge"], ["~quote", "~governor", "~concert"]
    words = np.array([[0.07, 0.05], [0.08, 0.05], [0.09, 0.02]])
    row = {k: i for i, k in enumerate(leftovers)}
    assert _adopt(state, leftovers, topics, words, row, NOISE, P) == [("~quote", "hospital")]
    assert _adopt(state, leftovers, topics, words, row, NOISE, replace(P, adopt_plain=False)) == []
