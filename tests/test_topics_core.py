"""Core entities: stories with the same words but other names stay apart; fragments of one story
merge; an article that names a topic's core joins it a little below the usual threshold."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from grouping_support import replay

from digest.topics.engine import (
    Cluster,
    Doc,
    DocFreq,
    Params,
    Vec,
    _join_level,
    _merge,
    cores_agree,
    group,
)
from digest.topics.evaluate import score
from digest.topics.features import Features, feature_id, featurize

NOW = datetime(2024, 5, 10, 12, tzinfo=UTC)
WORDS = {i: 1.0 for i in range(100, 160)}  # a shared vocabulary: spill, well, leak, cap, rig, ...


def _vec(d: dict[int, float]) -> Vec:
    return Vec.from_dict(d)


def _topic(key: str, entities: dict[int, float], size: int = 20, words: dict[int, float] = WORDS) -> Cluster:
    return Cluster(
        key=key,
        is_topic=True,
        words=_vec({k: v * size for k, v in words.items()}),
        entities=_vec({k: v * size for k, v in entities.items()}),
        last=NOW - timedelta(days=1),
        size=size,
        sources={"a": size // 2, "b": size - size // 2},
    )


# Two oil spills: the same story-words, other company, sea, state, leader; one shared wire name.
SPILL_A = {1: 5.0, 2: 4.0, 3: 3.0, 4: 3.0, 5: 2.0, 6: 2.0, 7: 1.0, 8: 1.0, 99: 3.0}
SPILL_B = {11: 5.0, 12: 4.0, 13: 3.0, 14: 3.0, 15: 2.0, 16: 2.0, 17: 1.0, 18: 1.0, 99: 3.0}


def _touch(topic: Cluster, entities: dict[int, float]) -> Doc:
    """A new article that lands in `topic`, so the merge step looks at it."""
    return Doc(id=f"new-{topic.key}", time=NOW, source="a", features=Features(dict(WORDS), dict(entities)))


def test_topics_with_the_same_words_but_other_names_never_merge() -> None:
    a, b = _topic("spill-a", SPILL_A), _topic("spill-b", SPILL_B, size=12)
    assert not cores_agree(a, b, Params())
    out = group([a, b], [_touch(b, SPILL_B)], DocFreq(), NOW, Params())
    assert out.assignments["new-spill-b"] == "spill-b"
    assert out.merged == {}
    # Control: without the core guard the shared words and wire name are enough to fold them.
    loose = Params(merge_core_shared=0)
    out = group([a, b], [_touch(b, SPILL_B)], DocFreq(), NOW, loose)
    assert out.merged == {"spill-b": "spill-a"}


def test_fragments_of_one_story_merge() -> None:
    fragment = {1: 4.0, 2: 5.0, 3: 2.0, 4: 1.0, 21: 3.0, 22: 2.0, 23: 1.0, 99: 1.0}
    a, b = _topic("spill", SPILL_A), _topic("spill-fragment", fragment, size=6)
    assert cores_agree(a, b, Params())
    out = group([a, b], [_touch(b, fragment)], DocFreq(), NOW, Params())
    assert out.merged == {"spill-fragment": "spill"}
    assert out.clusters["spill"].size == 20 + 6 + 1


def test_a_candidate_joins_a_topic_only_when_it_names_the_topic_core() -> None:
    topic = _topic("spill-a", SPILL_A)
    on_core = Cluster(
        key="~on", is_topic=False, words=_vec(WORDS), entities=_vec({1: 1.0, 2: 1.0, 31: 1.0}), last=NOW, size=2
    )
    elsewhere = Cluster(
        key="~off", is_topic=False, words=_vec(WORDS), entities=_vec({11: 1.0, 12: 1.0, 99: 1.0}), last=NOW, size=2
    )
    assert cores_agree(on_core, topic, Params())
    assert not cores_agree(elsewhere, topic, Params())


def test_near_threshold_article_joins_when_it_names_the_core() -> None:
    """Few shared words and many side names put the article under join_topic; it names the
    topic's company and sea, which is enough at near_join of the threshold. (With no shared
    words at all it would not join: names alone are a place, not a story.)"""
    topic = _topic("spill-a", SPILL_A)
    words = dict.fromkeys(range(200, 350), 1.0) | dict.fromkeys(list(WORDS)[:5], 1.0)
    entities = {1: 1.0, 2: 1.0} | {i: 1.0 for i in range(1000, 1200)}
    doc = Doc(id="side", time=NOW, source="a", features=Features(words, entities))
    out = group([topic], [doc], DocFreq(), NOW, Params())
    assert out.assignments["side"] == "spill-a"
    out = group([topic], [doc], DocFreq(), NOW, Params(near_join=1.0))
    assert out.assignments["side"] != "spill-a"


# --- a stream of real text: two spills told with the same sentences, other names ------------------

SENTENCES = [
    "Engineers at {co} said the leaking well in the {sea} was still spilling thousands of barrels of oil a day.",
    "Fishermen in {state} said the oil slick had closed shrimp and oyster grounds along the coast.",
    "{leader} said {co} would pay for the clean-up and promised to hold the company to account.",
    "{boss}, the chief executive of {co}, apologised for the spill and said a cap would be fitted soon.",
    "Booms and skimmers were deployed off {state} as the slick drifted toward the marshes.",
    "Officials in {state} said tar balls had washed up on beaches near {town}.",
    "{co} shares fell sharply as investors weighed the cost of the spill in the {sea}.",
    "The rig exploded and sank, killing eleven workers, before the well began to leak into the {sea}.",
    "Environmental groups said the spill in the {sea} threatened birds, turtles and wetlands.",
    "{leader} visited {town} and met families whose livelihoods depended on the fishing season.",
]
NAMES = {
    "bp": {"co": "BP", "sea": "Gulf of Mexico", "state": "Louisiana", "leader": "Obama", "boss": "Tony Hayward",
           "town": "New Orleans"},
    "petro": {"co": "Petrobras", "sea": "Campos Basin", "state": "Rio de Janeiro", "leader": "Lula",
              "boss": "Sergio Gabrielli", "town": "Niteroi"},
}  # fmt: skip


# Names both stories share, as wire stories about neighbouring crises share theirs.
SHARED = " Greenpeace and the International Energy Agency warned that deepwater drilling had outpaced safety rules."


ASIDE = " The leak recalls the {co} spill in the {sea} off {state}."


def _twin_stream(per_story: int = 12, shared_names: bool = False, asides: bool = False) -> list[dict]:
    """Two spills told with the same sentences; with `asides` every other article mentions the
    neighbouring spill by its company, sea and state, as reports of neighbouring crises do."""
    rng = random.Random(7)
    prefix, suffix = ("LONDON (Reuters) - ", SHARED) if shared_names else ("", "")
    rows = []
    for n in range(per_story):
        for story, names in NAMES.items():
            picked = rng.sample(SENTENCES, 5)
            rows.append(
                {
                    "id": f"{story}-{n}",
                    "story": story,
                    "outlet": ["Wire", "Daily"][n % 2],
                    "day": n // 3,
                    "text": prefix
                    + " ".join(s.format(**names) for s in picked)
                    + suffix
                    + (ASIDE.format(**NAMES["petro" if story == "bp" else "bp"]) if asides and n % 2 else ""),
                }
            )
    return rows


def _run_stream(rows: list[dict], params: Params) -> dict[str, str | None]:
    start = datetime(2010, 5, 1, 12, tzinfo=UTC)
    batches = []
    for day in sorted({r["day"] for r in rows}):
        when = start + timedelta(days=day)
        docs = [
            Doc(id=r["id"], time=when, source=r["outlet"], features=featurize("", r["text"]))
            for r in rows
            if r["day"] == day
        ]
        batches.append((when + timedelta(hours=11), docs))
    return replay(batches, params)[0]


def test_twin_spills_stay_apart_and_whole() -> None:
    rows = _twin_stream()
    predicted = _run_stream(rows, Params())
    s = score({r["id"]: r["story"] for r in rows}, predicted)
    assert s.pairwise_precision == 1.0
    assert s.pairwise_recall == 1.0
    assert s.predicted_groups == 2


def test_twin_spills_sharing_wire_names_from_day_one_stay_apart() -> None:
    """Before either twin has a trusted core, a candidate takes an article (and two young
    clusters merge) only when their names overlap beyond the dateline and shared institutions."""
    rows = _twin_stream(shared_names=True)
    predicted = _run_stream(rows, Params())
    s = score({r["id"]: r["story"] for r in rows}, predicted)
    assert s.pairwise_precision == 1.0
    assert s.pairwise_recall == 1.0
    assert s.predicted_groups == 2
    # Control: with the old, loose gate for candidates (and no lead check) the twins mix on day one.
    loose = _run_stream(rows, Params(candidate_entity_gate=Params().entity_gate, young_leads=0))
    assert score({r["id"]: r["story"] for r in rows}, loose).pairwise_precision < 1.0


def test_grouping_is_deterministic() -> None:
    rows = _twin_stream()
    assert _run_stream(rows, Params()) == _run_stream(rows, Params())


def test_twin_spills_that_mention_each_other_stay_apart() -> None:
    """Half the articles name the neighbouring spill's company, sea and state in passing. Before a
    cluster has a trusted core, joining it takes naming one of its most named entities, and two
    young clusters merge only when their most named entities overlap: a passing mention is not a
    lead."""
    rows = _twin_stream(asides=True)
    gold = {r["id"]: r["story"] for r in rows}
    s = score(gold, _run_stream(rows, Params()))
    assert s.pairwise_precision == 1.0
    assert s.pairwise_recall == 1.0
    # Control: without the lead check the asides make the twins one topic.
    assert score(gold, _run_stream(rows, Params(young_leads=0))).pairwise_precision < 0.6


def test_young_clusters_agree_only_on_their_leads() -> None:
    """Two candidates sharing names (a passing mention of the other) but not their most named ones
    are two stories; sharing a most named one, they may be one."""

    def young(key: str, names: dict[str, float], entities: dict[int, float]) -> Cluster:
        return Cluster(
            key=key, is_topic=False, words=_vec(WORDS), entities=_vec(entities), last=NOW, size=2, names=names
        )

    bp = young("~bp", {"BP": 6, "Gulf of Mexico": 4, "Louisiana": 3, "Petrobras": 1}, {1: 6, 2: 4, 3: 3, 11: 1})
    petro = young("~pe", {"Petrobras": 6, "Campos Basin": 4, "Rio": 3, "BP": 1}, {11: 6, 12: 4, 13: 3, 1: 1})
    assert not cores_agree(bp, petro, Params())
    assert cores_agree(bp, petro, Params(young_leads=0))
    bp_too = young("~bp2", {"BP": 3, "Coast Guard": 2, "Venice": 1}, {1: 3, 4: 2, 5: 1})
    assert cores_agree(bp, bp_too, Params())


def test_join_level_rises_with_the_streams_noise() -> None:
    """Neighbouring stories sharing a region's words and names lift every article's similarity to
    every topic: the level to join a topic follows the typical similarity to a topic an article is
    not about (the median of the non-best), never below join_topic."""
    p = Params()
    docs = [Doc(id=f"d{i}", time=NOW, source="a", features=Features({}, {})) for i in range(6)]
    last = np.full(3, NOW.timestamp())
    is_topic = np.ones(3, bool)
    has_e = np.ones(6, bool)
    norm2 = [np.ones(3), np.ones(3)]

    def level(own: float, other: float) -> float:
        sims = np.full((6, 3), other)
        sims[np.arange(6), np.arange(6) % 3] = own
        return _join_level(docs, [sims, sims], norm2, has_e, is_topic, last, p)[0]

    assert level(0.5, 0.01) == p.join_topic  # distinct stories: the fixed floor
    assert level(0.5, 0.2) == pytest.approx(0.2)  # a shared region: its noise
    # Too few topics to tell noise from story: the floor, and no level stands clear of the noise.
    assert _join_level(docs, [np.full((6, 1), 0.3)] * 2, [np.ones(1)] * 2, has_e, np.ones(1, bool), last[:1], p) == (
        p.join_topic,
        np.inf,
    )


def test_an_article_clear_of_the_noise_joins_without_naming_the_leads() -> None:
    """A long story's later phase names other towns and people than its first weeks: an article whose
    similarity to the story stands clear of the stream's noise joins without naming its lead actors.
    With too little noise to measure (one live topic) the lead check stays."""
    bp, louisiana, houma, guard, terrebonne = (
        feature_id("e:" + k) for k in ("bp", "louisiana", "houma", "coast guard", "terrebonne")
    )
    spill = _topic("spill", {bp: 5.0, louisiana: 3.0, houma: 2.0, guard: 2.0})
    spill.names = {"BP": 50.0, "Louisiana": 20.0, "Houma": 10.0, "Coast Guard": 5.0}
    others = []
    for n, base in ((1, 200), (2, 300)):
        words = {i: 1.0 for i in range(base, base + 60)}
        t = _topic(f"other{n}", {base + 1: 5.0, base + 2: 3.0}, words=words)
        t.names = {f"Lead{n}": 40.0, f"Town{n}": 10.0}
        others.append((t, words, base))
    background = [
        Doc(id=f"b{k}", time=NOW, source="a", features=Features(dict(words), {base + 1: 2.0}))
        for k in range(3)
        for _, words, base in others
    ]
    later = Doc(id="later", time=NOW, source="a", features=Features(dict(WORDS), {terrebonne: 2.0, guard: 1.0}))
    out = group([spill, *(t for t, _, _ in others)], [*background, later], DocFreq(), NOW, Params())
    assert out.assignments["later"] == "spill"
    assert group([spill], [later], DocFreq(), NOW, Params()).assignments["later"] != "spill"


def test_a_quiet_topic_is_revived_only_by_an_article_naming_its_leads() -> None:
    """After a quiet gap, the region's shared names are not enough: the article must name one of
    the story's most named entities."""
    haiti, capital, town = (feature_id("e:" + k) for k in ("haiti", "port-au-prince", "santa rosa"))
    topic = _topic("quake", {haiti: 5.0, capital: 3.0, town: 4.0})
    topic.last = NOW - timedelta(days=40)
    topic.names = {"Haiti": 50.0, "Port-au-Prince": 20.0, "UN": 10.0, "Santa Rosa": 5.0}
    regional = Doc(id="regional", time=NOW, source="a", features=Features(dict(WORDS), {town: 3.0, 7: 1.0}))
    named = Doc(id="named", time=NOW, source="a", features=Features(dict(WORDS), {town: 3.0, haiti: 1.0}))
    out = group([topic], [regional], DocFreq(), NOW, Params())
    assert out.assignments["regional"] != "quake"
    # Control: without the lead check its words and the shared town revive it.
    assert group([topic], [regional], DocFreq(), NOW, Params(young_leads=0)).assignments["regional"] == "quake"
    out = group([topic], [named], DocFreq(), NOW, Params())
    assert out.assignments["named"] == "quake"


def test_a_candidate_folds_into_a_topic_only_when_it_names_the_storys_leads() -> None:
    """A story that dominates the stream lets the region's towns fill its core; a neighbouring
    story's candidate naming those towns covers the core but not the story's own lead actors."""
    haiti, capital, town, port = (feature_id("e:" + k) for k in ("haiti", "port-au-prince", "santa rosa", "puerto"))
    topic = _topic("quake", {town: 5.0, port: 4.0, haiti: 2.0, capital: 1.0})
    topic.names = {"Haiti": 50.0, "Port-au-Prince": 20.0, "UN": 10.0, "Santa Rosa": 5.0, "Puerto": 4.0}

    def candidate(names: dict[str, float], entities: dict[int, float]) -> Cluster:
        return Cluster(
            key="~c", is_topic=False, words=_vec(WORDS), entities=_vec(entities), last=NOW, size=2, names=names
        )

    spill = candidate({"BP": 6.0, "Santa Rosa": 2.0, "Puerto": 1.0}, {town: 2.0, port: 1.0, 7: 6.0})
    aftershock = candidate({"Haiti": 4.0, "Santa Rosa": 2.0}, {town: 2.0, haiti: 4.0})
    assert not cores_agree(spill, topic, Params())
    assert cores_agree(spill, topic, Params(young_leads=0))
    assert cores_agree(aftershock, topic, Params())


def test_a_neighbour_that_keeps_naming_the_storys_place_does_not_fold_into_it() -> None:
    """A spill across the Gulf keeps naming the quake's island (a state it threatens): the two share core
    entities and words, but the spill's lead actor is its company, which the quake never names, and
    the quake's island is not among the spill's most named."""
    miss, gulfport, alabama, us, pemex, campeche = (
        feature_id("e:" + k) for k in ("mississippi", "gulfport", "alabama", "us", "pemex", "bay of campeche")
    )
    quake = _topic("quake", {miss: 5.0, gulfport: 3.0, alabama: 2.0, us: 2.0})
    quake.names = {"Mississippi": 50.0, "Gulfport": 20.0, "Alabama": 5.0, "US": 5.0}
    spill = _topic("spill", {pemex: 5.0, campeche: 4.0, miss: 3.0, alabama: 2.0, us: 2.0}, size=6)
    spill.names = {
        **{"Pemex": 16.0, "Bay of Campeche": 11.0, "Ixtoc Alpha": 9.0, "Tabasco": 5.0, "Mexican Navy": 4.0},
        **{"Calderon": 4.0, "Odebrecht": 3.0, "Villahermosa": 3.0, "Mississippi": 2.0, "Alabama": 2.0},
    }
    assert cores_agree(spill, quake, Params())  # the region's names fill both cores

    def merged(named: bool) -> dict[str, str]:
        state = {c.key: replace(c, names=dict(c.names) if named else {}) for c in (quake, spill)}
        return _merge(state, {"spill"}, NOW, Params())

    assert merged(named=True) == {}
    assert merged(named=False) == {"spill": "quake"}  # control: without names to tell, one story


def test_word_counts_add_up_per_stem_in_first_seen_order() -> None:
    """Words that share a stem count into one bucket; stop words and short words count nowhere; buckets keep
    the order their first word appears in (the grouping reads them in that order)."""
    f = featurize("", "Leaks spill oil. The spill spreads; spills reach the coast and the leaks grow. Oil is up.")
    w = f.words
    assert list(w) == [feature_id("w:" + s) for s in ("leak", "spill", "oil", "spread", "reach", "coast", "grow")]
    assert w[feature_id("w:spill")] == 3 and w[feature_id("w:leak")] == 2 and w[feature_id("w:oil")] == 2
    assert all(type(n) is int for n in w.values())
    assert feature_id("w:the") not in w and feature_id("w:up") not in w
