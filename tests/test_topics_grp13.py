"""A story woken by a new phase's stray articles is still resumed by that phase's young topic (issue 13).

A long story's next phase may first reach it one article at a time (each names an old place in
passing) before the phase's own topic is promoted; the story is then live, yet its names are the old
phase's. Remembering when it woke lets the phase's topic resume it and re-cast its leads, instead of
running beside it as a second topic of one story.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, text

from digest.store import topics as topic_store
from digest.store.db import SCHEMA_VERSION, open_db
from digest.topics.engine import Cluster, Doc, DocFreq, Params, Vec, _fold, _merge, group, vectorize
from digest.topics.features import entity_key, feature_id, featurize
from digest.topics.state import cluster_columns, topic_cluster

NOW = datetime(2025, 3, 1, 23, tzinfo=UTC)
DAY = timedelta(days=1)
MINE_WORDS = ("mine", "collapse", "shaft", "miners", "rescue", "tunnel")


def _cluster(key: str, size: int, words: tuple[str, ...], names: dict[str, float], last: datetime) -> Cluster:
    vec = Vec.from_dict({feature_id(w): 1.0 for w in words})
    entities = Vec.from_dict({feature_id("e:" + entity_key(n)): w for n, w in names.items()})
    return Cluster(key, True, vec, entities, last, size=size, sources={"a": size}, names=dict(names))


def _state(story_last: datetime, woke: datetime | None) -> dict[str, Cluster]:
    """A mine disaster whose first phase named its company and town, a harvest and an election
    running beside it, and a topic just promoted that tells the mine's words through the inquiry."""
    story = _cluster("mine", 50, MINE_WORDS, {"Deepcore": 50, "Ashvale": 30}, story_last)
    story.woke = woke
    return {
        "mine": story,
        "harvest": _cluster("harvest", 25, ("grain", "farmers", "yield"), {"Millbrook": 25, "Agri Board": 9}, NOW),
        "vote": _cluster("vote", 20, ("ballot", "polls", "candidate"), {"Lena Ortiz": 20, "Senate": 9}, NOW),
        "~inquiry": _cluster(
            "~inquiry", 6, (*MINE_WORDS, "inquiry"), {"Judge Harrow": 6, "Safety Panel": 4, "Ashvale": 2}, NOW
        ),
    }


def test_a_story_woken_days_ago_by_strays_is_resumed_by_its_new_phase() -> None:
    """Woken two days ago by the inquiry's first articles: the inquiry's topic still resumes the
    story, and the story's old leads fall below the inquiry's, so the phase's next clusters join it."""
    state = _state(NOW - DAY, NOW - 2 * DAY)
    assert _merge(state, {"~inquiry"}, NOW, Params(), {"~inquiry"}) == {"~inquiry": "mine"}
    names = state["mine"].names
    assert names["Judge Harrow"] > names["Deepcore"]


def test_a_story_that_never_slept_or_woke_long_ago_is_not_resumed() -> None:
    """A story live all along, or woken more than a dormant gap ago and running since, is a running
    story: a young topic beside it in its words is another story until their leads agree."""
    assert _merge(_state(NOW - DAY, None), {"~inquiry"}, NOW, Params(), {"~inquiry"}) == {}
    assert _merge(_state(NOW - DAY, NOW - 20 * DAY), {"~inquiry"}, NOW, Params(), {"~inquiry"}) == {}


def test_waking_is_remembered_when_an_article_joins_or_a_part_folds_into_a_quiet_topic() -> None:
    text_ = "Rescue teams reached the collapsed shaft at the Deepcore mine in Ashvale as miners waited."
    features = featurize("Deepcore mine collapse in Ashvale", text_)
    df = DocFreq()
    df.add([features] * 3)
    vec = vectorize(features, df)
    quiet = Cluster("mine", True, vec.words.scaled(5), vec.entities.scaled(5), NOW - 30 * DAY, size=6)
    quiet.names = {"Deepcore": 6.0, "Ashvale": 4.0}
    for name, _ in features.names:
        quiet.names.setdefault(name, 1.0)
    quiet.dormant = True
    doc = Doc("stray", NOW - 2 * DAY, "Courier", features)
    out = group([quiet], [doc], df, NOW, Params(min_sources=1))
    assert out.assignments["stray"] == "mine" and out.clusters["mine"].woke == doc.time

    # A quiet topic folded with a live part is woken at the live part's newest article.
    sleeper = _cluster("old", 10, MINE_WORDS, {"Deepcore": 10}, NOW - 40 * DAY)
    live = _cluster("new", 4, MINE_WORDS, {"Deepcore": 4}, NOW - DAY)
    _fold(sleeper, live, Params())
    assert sleeper.woke == NOW - DAY
    # Two parts that both ran lately: nothing woke.
    a, b = _cluster("a", 10, MINE_WORDS, {"Deepcore": 10}, NOW - 3 * DAY), _cluster("b", 4, MINE_WORDS, {}, NOW)
    _fold(a, b, Params())
    assert a.woke is None


def test_woke_at_is_stored_with_the_topic_row(db_url: str) -> None:
    engine = open_db(db_url)
    story = _cluster("mine", 50, MINE_WORDS, {"Deepcore": 50}, NOW - DAY)
    story.woke = NOW - 2 * DAY
    row = topic_store.TopicRow(
        slug="mine", title="Mine", kind="discovered", status="active", created=NOW, updated=NOW,
        last_article=NOW, description="", pinned=False, merged_into=None, version=0, title_locked=False,
        title_size=0, config_hash=None, size=0, sources="{}", names="{}", words=None, entities=None,
    )  # fmt: skip
    with engine.begin() as conn:
        topic_store.insert_topic(conn, row)
        topic_store.update_clusters(conn, {"mine": cluster_columns(story)}, {})
    with engine.connect() as conn:
        stored = topic_store.topic_row(conn, "mine")
    assert stored is not None and topic_cluster(stored).woke == NOW - 2 * DAY
    engine.dispose()


def test_an_old_database_gains_the_woke_at_column(db_url: str) -> None:
    open_db(db_url).dispose()
    raw = create_engine(db_url)
    with raw.begin() as conn:  # as schema 4 left it
        conn.execute(text("ALTER TABLE topics DROP COLUMN woke_at"))
        conn.execute(text("UPDATE schema_version SET version = 4"))
    raw.dispose()
    engine = open_db(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        conn.execute(text("SELECT woke_at FROM topics")).all()
    engine.dispose()


def _topic_of(key: str, texts: list[str], df: DocFreq, last: datetime) -> Cluster:
    """A topic built from its articles' own vectors, as grouping grows one."""
    feats = [featurize(t.split(".")[0], t) for t in texts]
    words, entities = Vec.from_dict({}), Vec.from_dict({})
    names: dict[str, float] = {}
    for f in feats:
        v = vectorize(f, df)
        words, entities = words.add(v.words), entities.add(v.entities)
        for name, n in f.names:
            names[name] = names.get(name, 0.0) + n
    return Cluster(key, True, words, entities, last, size=len(texts), sources={"a": len(texts)}, names=names)


MINE_TEXTS = [
    "Miners trapped at the Deepcore colliery in Ashvale after a tunnel collapse. Rescue crews drilled.",
    "Deepcore rescue crews drilled a second shaft at Ashvale colliery to reach trapped miners.",
    "Families of the trapped miners waited at Ashvale as Deepcore crews drilled through the tunnel.",
    "The tunnel collapse at the Deepcore colliery in Ashvale left miners trapped; drilling went on.",
    "Rescue crews reached the trapped miners at the Deepcore colliery in Ashvale after days of drilling.",
]
FLU_TEXTS = [
    "Health officials in Brenford reported new influenza cases as clinics ran short of vaccine doses.",
    "Brenford clinics opened vaccine centres as influenza cases rose, health officials reported.",
    "Influenza cases in Brenford hospitals climbed; health officials urged vaccine doses for children.",
    "Health officials said influenza cases in Brenford fell after clinics gave more vaccine doses.",
    "Clinics in Brenford gave vaccine doses as health officials tracked influenza cases in hospitals.",
    "Brenford health officials warned of influenza cases in schools and asked clinics for vaccine doses.",
]


def test_a_small_quiet_topic_is_not_woken_by_a_stray_whose_words_belong_elsewhere() -> None:
    """An influenza report that mentions, in passing, a clinic near the old colliery shares the
    quiet mine topic's place but its words are the running flu story's: the five-article mine topic
    stays asleep. A report on the mine itself still wakes it."""
    stray = (
        "Health officials at an Ashvale clinic near the Deepcore colliery reported influenza cases in "
        "hospitals and schools, and clinics gave vaccine doses to children."
    )
    back = "A year after the tunnel collapse, Deepcore reopened the Ashvale colliery where miners were trapped."
    df = DocFreq()
    df.add(featurize(t.split(".")[0], t) for t in MINE_TEXTS + FLU_TEXTS + [stray, back])

    def run(text_: str, params: Params) -> str:
        mine = _topic_of("mine", MINE_TEXTS, df, NOW - 40 * DAY)
        mine.dormant = True
        flu = _topic_of("flu", FLU_TEXTS, df, NOW - DAY)
        doc = Doc("x", NOW - DAY / 2, "Courier", featurize(text_.split(".")[0], text_))
        return group([mine, flu], [doc], DocFreq(df.counts.copy(), df.docs), NOW, params).assignments["x"]

    assert run(stray, Params(revive_small=0.0)) == "mine"  # the plain revive level lets it in
    assert run(stray, Params()) != "mine"
    assert run(back, Params()) == "mine"
