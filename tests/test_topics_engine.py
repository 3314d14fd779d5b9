"""The pure grouping engine on fixed small streams with known answers (no database)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from grouping_support import replay

from digest.topics.engine import Cluster, Doc, DocFreq, Params, Vec, absorb_levels, group
from digest.topics.entities import extract
from digest.topics.evaluate import score
from digest.topics.features import entity_key, feature_id, featurize
from digest.topics.titles import slug_for, title_for

DATA = Path(__file__).parent / "data" / "topics"


def _stream() -> list[dict]:
    return [json.loads(line) for line in (DATA / "stream.jsonl").read_text().splitlines()]


def _docs(rows: list[dict]) -> list[Doc]:
    return [
        Doc(
            id=r["id"],
            time=datetime.fromisoformat(r["published"]).replace(hour=12, tzinfo=UTC),
            source=r["outlet"],
            features=featurize(r.get("title", ""), r["text"]),
        )
        for r in rows
    ]


def _run(rows: list[dict], params: Params) -> tuple[dict[str, str | None], dict[str, Cluster]]:
    """Feed the stream a day at a time, as the service does; return article -> topic key."""
    days = sorted({r["published"] for r in rows})
    return replay(
        (
            (
                datetime.fromisoformat(day).replace(hour=23, tzinfo=UTC),
                _docs([r for r in rows if r["published"] == day]),
            )
            for day in days
        ),
        params,
    )


def test_stories_sharing_vocabulary_stay_apart() -> None:
    rows = _stream()
    predicted, _ = _run(rows, Params())
    gold = {r["id"]: r["story"] for r in rows}
    s = score(gold, predicted)
    assert s.pairwise_precision == 1.0
    assert s.pairwise_recall == 1.0
    assert len({predicted[r["id"]] for r in rows if r["story"] == "kenya"}) == 1
    assert predicted["kenya-0"] != predicted["tanzania-0"]


def test_the_same_stream_merges_without_named_entities() -> None:
    """Control: on words alone the two flood stories are one, so the test above means something."""
    rows = _stream()
    predicted, _ = _run(rows, Params(entity_weight=0.0, entity_gate=0.0, candidate_entity_gate=0.0, young_leads=0))
    assert predicted["kenya-0"] is not None
    assert predicted["kenya-0"] == predicted["tanzania-0"]


def test_near_duplicates_count_once() -> None:
    rows = [r for r in _stream() if r["story"] == "kenya"][:3]
    docs = _docs(rows)
    # The second article is a syndicated copy of the first: it must not make a topic on its own.
    docs[1].duplicate_of = docs[0].id
    out = group([], docs[:2] + docs[2:2], DocFreq(), docs[1].time, Params(min_articles=2, min_sources=2))
    assert out.promoted == []
    cluster = out.clusters[out.assignments[docs[0].id]]
    assert out.assignments[docs[1].id] == cluster.key
    assert cluster.size == 1 and len(cluster.sources) == 1
    assert cluster.members == [docs[0].id, docs[1].id]

    out = group(list(out.clusters.values()), [docs[2]], DocFreq(), docs[2].time, Params(min_articles=2, min_sources=2))
    assert out.promoted == [cluster.key]
    assert out.clusters[cluster.key].size == 2


def test_dormant_topic_revives() -> None:
    rows = [r for r in _stream() if r["story"] == "tanzania"]
    params = Params(dormant_after_days=14)
    df = DocFreq()
    first = _docs(rows[:4])
    out = group([], first, df, first[-1].time, params)
    (key,) = out.promoted
    later = first[-1].time + timedelta(days=30)
    out = group(list(out.clusters.values()), [], df, later, params)
    assert out.clusters == {} or all(not c.is_topic or c.dormant for c in out.clusters.values())
    topic = Cluster(**{**vars(group([], first, DocFreq(), first[-1].time, params).clusters[key])})
    topic.dormant = True
    revived = _docs(rows[4:])[0]
    revived.time = later
    out = group([topic], [revived], df, later, params)
    assert out.assignments[revived.id] == key
    assert not out.clusters[key].dormant


def test_forced_and_blocked_articles() -> None:
    rows = _stream()
    docs = _docs(rows[:1])
    editor = Cluster(key="editor", is_topic=True, words=docs[0].features and _empty(), entities=_empty(),
                     last=docs[0].time, discovered=False)  # fmt: skip
    out = group([editor], docs, DocFreq(), docs[0].time, Params(), forced={docs[0].id: ["editor"]})
    assert out.assignments[docs[0].id] == "editor"
    out = group([editor], docs, DocFreq(), docs[0].time, Params(join_topic=0.0), blocked={docs[0].id: {"editor"}})
    assert out.assignments[docs[0].id] != "editor"


def _empty():
    from digest.topics.engine import Vec

    return Vec.from_dict({})


def test_entities_and_titles() -> None:
    found = extract("Experts say BP's chief Tony Hayward visited the Gulf of Mexico. Hayward said the U.S. agreed.")
    assert {"BP", "Tony Hayward", "Gulf of Mexico", "Hayward", "US"} <= set(found)
    assert "Experts" not in found
    text = "WASHINGTON | Thu Apr 30, 2009 4:32 pm EDT WASHINGTON (Reuters) - U.S. officials said the flu spread."
    title = title_for("", text, ["H1N1", "CDC"])
    assert title.startswith("H1N1, CDC: U.S. officials said")
    assert title_for("BP resumes top kill - BBC News", "", ["BP"]) == "BP resumes top kill"
    assert "cluster" not in title.lower()
    assert slug_for(["Gulf of Mexico", "BP"], "x", taken={"gulf-of-mexico-bp"}) == "gulf-of-mexico-bp-2"


def test_absorb_levels_follow_the_noise_or_fall_back_to_the_join_level() -> None:
    """A leftover is absorbed above the stream's noise; with too few leftovers to measure it (one
    quiet story), at the level an arriving article needs, never at the looser noise floor."""
    p = Params(absorb_min_noise=10, absorb_quantile=0.9)
    few = np.full(3, 0.01)
    assert absorb_levels(few, few, few, p) == (p.join_topic, p.join_topic, 0.0)
    noise = np.linspace(0.0, 0.2, 21)
    need, need_words, need_names = absorb_levels(noise, noise / 10, noise, p)
    assert abs(need - 0.18) < 1e-9 and abs(need_names - 0.18) < 1e-9
    assert need_words == p.absorb_floor * p.join_topic  # the noise is below the floor


def _quiet_cluster(key: str, size: int, names: dict[str, float], last: datetime, ents: tuple[str, ...] = ()) -> Cluster:
    words = Vec.from_dict({feature_id(w): 1.0 for w in ("outbreak", "cases", "vaccine", "health", "ministry")})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): 1.0 for n in ents or names})
    return Cluster(key, True, words, entities, last, size=size, sources={"a": size}, names=dict(names))


def test_a_quiet_young_topic_folds_into_the_story_whose_leads_it_names() -> None:
    """A side thread that opened its own topic on a few articles and went quiet joins its story;
    one about other people that only shares the region's town stays apart."""
    now = datetime(2024, 5, 30, tzinfo=UTC)
    story = _quiet_cluster("flu", 40, {"WHO": 40, "Mexico": 30, "Port Town": 5}, now - timedelta(days=1))
    thread = _quiet_cluster("flu-2", 3, {"WHO": 2, "Chile": 3, "Port Town": 1}, now - timedelta(days=12))
    # Its centroid is as close as the thread's: only who it is about tells them apart.
    other = _quiet_cluster("singer", 3, {"Jackson": 3, "Port Town": 2}, now - timedelta(days=12), ("Port Town",))
    out = group([story, thread, other], [], DocFreq(), now, Params())
    assert out.merged == {"flu-2": "flu"}
    assert out.clusters["flu"].size == 43


def test_an_article_naming_none_of_a_running_story_s_leads_does_not_join_it() -> None:
    """A new story's first article shares the running one's words and the region's town, but not
    its actors: it waits for its own topic instead of slipping into the neighbour's."""
    start = datetime(2024, 5, 1, 12, tzinfo=UTC)
    texts = [
        "BP crews fought the oil spill off Port Town as the slick spread, the Coast Guard said.",
        "The Coast Guard and BP burned oil from the spill off Louisiana; the slick kept spreading.",
        "BP said the spill off Louisiana was slowing; Coast Guard crews skimmed oil from the slick.",
        "Oil from the BP spill reached Louisiana beaches; the Coast Guard widened the slick barrier.",
        "BP engineers capped part of the spill; oil and slick near Port Town, the Coast Guard said.",
        "The Coast Guard said BP crews cleaned oil from a Louisiana marsh as the spill slick thinned.",
    ]
    docs = [Doc(f"s{i}", start + timedelta(hours=i), f"outlet{i % 2}", featurize("", t)) for i, t in enumerate(texts)]
    df = DocFreq()
    first = group([], docs, df, start + timedelta(hours=8), Params())
    (topic,) = [c for c in first.clusters.values() if c.is_topic]
    assert topic.size == len(texts)
    assert "Port Town" in topic.names  # a place the story passed through, not one of its leads
    stranger = Doc(
        "x",
        start + timedelta(days=1),
        "outlet0",
        featurize("", "Fishermen in Port Town said oil from the spill kept crews home, Mayor Alvarez said."),
    )
    second = group([topic], [stranger], df, start + timedelta(days=1, hours=1), Params())
    assert second.assignments["x"] != topic.key


def test_a_young_cluster_continuing_a_quiet_story_folds_into_it() -> None:
    """After a quiet month the story comes back with new places: the cluster its new articles open
    names its lead actors, so it continues the quiet topic instead of becoming a second one."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    story = _quiet_cluster("flu", 40, {"WHO": 40, "Mexico": 30, "Port Town": 5}, now - timedelta(days=30))
    story.dormant = True
    phase = _quiet_cluster("~c", 3, {"WHO": 3, "Chile": 3, "Mexico": 1}, now - timedelta(hours=2))
    phase.is_topic = False
    state = {"flu": story, "~c": phase}
    assert _merge(state, {"~c"}, now, Params()) == {"~c": "flu"}
    assert state["flu"].size == 43 and state["flu"].last == phase.last


def test_a_leftover_wakes_a_quiet_topic_only_naming_its_leads() -> None:
    """An expiring leftover that shares a quiet story's words and a wire name (UK) but none of its
    lead actors stays out: one stray would wake the topic and pull its own story in after it."""
    now = datetime(2024, 7, 1, tzinfo=UTC)
    story = _quiet_cluster("flu", 40, {"WHO": 40, "Mexico": 30, "UK": 5}, now - timedelta(days=30), ("WHO", "UK"))
    story.dormant = True

    def leftover(key: str, names: dict[str, float]) -> Cluster:
        c = _quiet_cluster(key, 1, names, now - timedelta(days=11), ("UK",))
        c.is_topic, c.members = False, [key[1:]]
        return c

    out = group([story, leftover("~a", {"Haiti": 1, "UK": 1})], [], DocFreq(), now, Params())
    assert out.merged == {} and out.dropped == ["~a"]
    out = group([story, leftover("~b", {"WHO": 1, "UK": 1})], [], DocFreq(), now, Params())
    assert out.merged == {"~b": "flu"}


def _phase_cluster(key: str, size: int, words: tuple[str, ...], names: dict[str, float], last: datetime) -> Cluster:
    vec = Vec.from_dict({feature_id(w): 1.0 for w in words})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): w for n, w in names.items()})
    return Cluster(key, True, vec, entities, last, size=size, sources={"a": size}, names=dict(names))


SPILL_WORDS = ("oil", "spill", "slick", "cleanup", "well", "fishermen")


def _turnover_state(now: datetime, new_names: dict[str, float]) -> dict[str, Cluster]:
    """A spill quiet for six weeks, a flu and a quake running, and a topic just promoted that tells
    the spill's words through other actors (the claims fund, not the company and its rig)."""
    return {
        "spill": _phase_cluster(
            "spill", 40, SPILL_WORDS, {"BP": 40, "Hayward": 20, "Gulf": 30}, now - timedelta(days=42)
        ),
        "flu": _phase_cluster("flu", 30, ("outbreak", "cases", "vaccine"), {"CDC": 30, "Houma": 20}, now),
        "quake": _phase_cluster("quake", 20, ("rubble", "aid", "quake"), {"Havana": 20, "UN": 9}, now),
        "~new": _phase_cluster("~new", 6, (*SPILL_WORDS, "claims"), new_names, now),
    }


def test_a_story_back_after_weeks_with_new_actors_resumes_its_quiet_topic() -> None:
    """Its new topic names none of the quiet story's leads, but its words are the story's and no
    other topic's: it continues the story, whose old profile fades with its silence."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3})
    assert _merge(state, {"~new"}, now, Params(), {"~new"}) == {"~new": "spill"}
    assert state["spill"].size == 46
    assert state["spill"].names["BP"] < 20  # faded over six quiet weeks: the new phase's actors can lead
    # Not promoted just now: a topic that ran beside the quiet story is another story.
    assert _merge(_turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3}), {"~new"}, now, Params()) == {}


def test_a_new_topic_led_by_a_live_story_s_actors_does_not_resume_a_quiet_one() -> None:
    """The same words, but its leads are the running flu's (its town, its agency): a neighbour's
    thread, not the spill's new phase."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Houma": 6, "CDC": 4, "Gulf": 3})
    assert _merge(state, {"~new"}, now, Params(), {"~new"}) == {}
    assert _merge(state, {"~new"}, now, Params(resume=False), {"~new"}) == {}


def test_a_quiet_story_s_fragment_is_no_rival_and_comes_back_with_it() -> None:
    """One outlet's spelling of the spill's last quiet weeks opened a small topic of its own: it is
    as close in words to the spill as two topics that merge, so it is the spill, not another story
    the new phase might belong to; the resume folds it in too."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3})
    state["shard"] = _phase_cluster(
        "shard", 6, (*SPILL_WORDS[:5], "claims"), {"Anaderuko": 6, "Gulf": 3}, now - timedelta(days=40)
    )
    assert _merge(state, {"~new"}, now, Params(), {"~new"}) == {"~new": "spill", "shard": "spill"}
    assert state["spill"].size == 52


def test_a_lead_the_quiet_story_shares_with_a_live_one_does_not_block_its_resume() -> None:
    """ "Gulf" leads the spill and the flu running on the same coast: naming it tells the two apart
    no better than not naming it, so the new phase still resumes the spill."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Gulf": 6, "Anadarko": 4, "Feinberg": 3})
    state["flu"].names = {"Gulf": 30, "CDC": 25, "Houma": 20}
    assert _merge(state, {"~new"}, now, Params(), {"~new"}) == {"~new": "spill"}


def test_a_quiet_neighbour_in_the_same_words_is_no_fragment_of_the_resumed_story() -> None:
    """A refinery fire on another coast shares half the spill's words but none of its actors: it is
    another story, so it neither drops out of the noise nor folds into the spill. A smaller story
    that names the spill's actors but forked from it stays apart too."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3})
    state["refinery"] = _phase_cluster(
        "refinery",
        30,
        ("oil", "well", "fire", "refinery", "workers", "spill"),
        {"Valero": 30, "Texas City": 20, "OSHA": 10},
        now - timedelta(days=50),
    )
    merged = _merge(state, {"~new"}, now, Params(), {"~new"})
    assert "refinery" not in merged and state["refinery"].size == 30

    state = _turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3})
    state["branch"] = _phase_cluster(
        "branch", 6, (*SPILL_WORDS[:5], "claims"), {"Anaderuko": 6, "Gulf": 3}, now - timedelta(days=40)
    )
    state["branch"].split_from = "spill"
    assert "branch" not in _merge(state, {"~new"}, now, Params(), {"~new"})


def test_a_larger_quiet_topic_is_no_fragment_and_a_nameless_phase_leaves_the_names() -> None:
    """Only a smaller topic can be a story's fragment (the larger one is the story); and a new phase
    without names fades the old ones by its silence alone, never to nothing."""
    from digest.topics.engine import _merge

    now = datetime(2024, 7, 1, tzinfo=UTC)
    state = _turnover_state(now, {"Anadarko": 6, "Feinberg": 4, "Gulf": 3})
    state["spill"].size = 8
    state["shard"] = _phase_cluster(
        "shard", 120, (*SPILL_WORDS[:5], "claims"), {"Anaderuko": 6, "Gulf": 3}, now - timedelta(days=40)
    )
    assert "shard" not in _merge(state, {"~new"}, now, Params(), {"~new"})

    state = _turnover_state(now, {})
    _merge(state, {"~new"}, now, Params(), {"~new"})
    assert all(v > 0 for v in state["spill"].names.values())
