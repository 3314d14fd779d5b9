"""A story that hands over to a new cast without a quiet gap (issue 13, the blend set).

A long story can change its whole cast while it runs: the spill's company, rig and officials give way
to a claims fund, a relief-well contractor and a federal prosecutor. Coverage of the new cast opens a
topic of its own beside the story, no article names both casts, and the story's first topic goes quiet.
When it does, the topic born in its course that carries on its words continues it; a topic born beside
it from the start (a twin: two spills in the same months), one led by a neighbouring story's actors, or
one that other topics fit as well in words stays apart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.topics.engine import Cluster, DocFreq, Params, Vec, group
from digest.topics.features import entity_key, feature_id

NOW = datetime(2024, 9, 1, tzinfo=UTC)
SPILL_WORDS = ("oil", "spill", "slick", "cleanup", "well", "fishermen", "containment", "booms")


def _topic(
    key: str, size: int, words: tuple[str, ...], names: dict[str, float], born_days: int, last_days: int
) -> Cluster:
    """A topic born `born_days` and last grown `last_days` before NOW."""
    vec = Vec.from_dict({feature_id(w): 1.0 for w in words})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): w for n, w in names.items()})
    return Cluster(
        key,
        True,
        vec,
        entities,
        NOW - timedelta(days=last_days),
        size=size,
        sources={"a": size},
        names=dict(names),
        born=NOW - timedelta(days=born_days),
    )


def _state(
    new_born: int = 60, new_names: dict[str, float] | None = None, extra: tuple[Cluster, ...] = ()
) -> list[Cluster]:
    """The spill's first cast, quiet for three weeks after four months; a flu and a quake running; the
    spill's second cast, born `new_born` days ago, running still."""
    return [
        _topic("spill", 120, SPILL_WORDS, {"BP": 120, "Hayward": 60, "Gulf": 90, "Louisiana": 40}, 140, 21),
        _topic("flu", 80, ("outbreak", "cases", "vaccine", "clinics"), {"CDC": 80, "Houma": 40, "Gulf": 5}, 140, 0),
        _topic("quake", 60, ("rubble", "aid", "quake", "aftershock"), {"Havana": 60, "UN": 30}, 120, 1),
        _topic(
            "cast2",
            90,
            (*SPILL_WORDS, "claims"),
            new_names or {"Anadarko": 90, "Feinberg": 50, "Gulf": 40},
            new_born,
            0,
        ),
        *extra,
    ]


def _merged(clusters: list[Cluster], params: Params = Params()) -> dict[str, str]:
    return group(clusters, [], DocFreq(), NOW, params).merged


def test_a_topic_born_in_a_quiet_story_s_course_that_carries_its_words_continues_it() -> None:
    out = group(_state(), [], DocFreq(), NOW, Params())
    assert out.merged == {"cast2": "spill"}
    spill = out.clusters["spill"]
    assert spill.size == 210 and not spill.dormant
    # the quiet cast's names faded with its silence: the new cast leads the story from here on
    assert spill.names["BP"] < spill.names["Anadarko"]


def test_without_handover_the_two_casts_stay_apart() -> None:
    assert _merged(_state(), Params(handover=False)) == {}


def test_a_twin_born_beside_the_story_from_its_start_stays_apart() -> None:
    """Two spills of the same months, told in the same words with other names: born days apart."""
    assert _merged(_state(new_born=138)) == {}


def test_a_topic_led_by_a_running_neighbour_s_actors_stays_apart() -> None:
    """The same words, but its leads are the running flu's (its agency, its town)."""
    assert _merged(_state(new_names={"CDC": 60, "Houma": 40, "Gulf": 30})) == {}


def test_a_topic_that_another_fits_as_well_in_words_stays_apart() -> None:
    """A third spill-worded topic running (another spill of the region): the words no longer single out
    the quiet story."""
    other = _topic("spill3", 70, (*SPILL_WORDS, "claims"), {"Petrobras": 70, "Santos": 30}, 130, 0)
    assert _merged(_state(extra=(other,))) == {}


def test_a_middle_cast_that_gave_way_folds_into_the_story_that_runs_on() -> None:
    """Three casts: the third continued the first (already one topic, running); the second, born in the
    story's course, has gone quiet and tells the same words: it was the story too."""
    clusters = _state(new_born=60)
    spill, cast2 = clusters[0], clusters[3]
    spill.last, cast2.last = NOW, NOW - timedelta(days=20)  # the story runs on; the middle cast is quiet
    out = group(clusters, [], DocFreq(), NOW, Params())
    assert out.merged == {"cast2": "spill"}
    assert out.clusters["spill"].names["Anadarko"] < 90  # the quiet cast's names faded


def test_a_quiet_twin_born_beside_a_running_story_stays_apart() -> None:
    clusters = _state(new_born=138)
    clusters[0].last, clusters[3].last = NOW, NOW - timedelta(days=20)
    assert _merged(clusters) == {}
