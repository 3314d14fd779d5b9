"""Topics over a real SQLite store: versions, idempotency, editors' topics, merge, mute, revive."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from digest.config import Config, GroupingConfig, StorageConfig, TopicConfig
from digest.models import Article, Brief, Source, Statement
from digest.store import articles as article_store
from digest.store.db import open_db
from digest.topics import (
    TopicError,
    get_topic,
    get_version,
    get_versions,
    list_topics,
    merge_topics,
    rename_topic,
    save_brief,
    set_muted,
    update_topics,
    versions_since,
)

DATA = Path(__file__).parent / "data" / "topics"


def _rows() -> list[dict]:
    return [json.loads(line) for line in (DATA / "stream.jsonl").read_text().splitlines()]


def _article(row: dict, **changes) -> Article:
    when = datetime.fromisoformat(row["published"]).replace(hour=12, tzinfo=UTC)
    values = dict(
        id=row["id"],
        url=f"https://example.org/{row['id']}",
        title=row.get("title", ""),
        text=row["text"],
        source=row["outlet"],
        published=when,
        first_seen=when,
    )
    values.update(changes)
    return Article(**values)


@pytest.fixture
def engine(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'digest.sqlite'}"
    engine = open_db(url)
    yield engine
    engine.dispose()


def _config(tmp_path: Path, topics: list[TopicConfig] | None = None, **grouping) -> Config:
    return Config(
        storage=StorageConfig(url=f"sqlite:///{tmp_path / 'digest.sqlite'}"),
        grouping=GroupingConfig(**grouping),
        topics=topics or [],
    )


def _feed(engine, config: Config, rows: list[dict], now: datetime | None = None):
    article_store.upsert(engine, [_article(r) for r in rows])
    now = now or max(datetime.fromisoformat(r["published"]) for r in rows).replace(hour=23, tzinfo=UTC)
    return update_topics(engine, config, [r["id"] for r in rows], now)


def test_versions_grow_only_with_new_articles_and_runs_are_idempotent(engine, tmp_path: Path) -> None:
    config = _config(tmp_path)
    rows = [r for r in _rows() if r["story"] == "kenya"]
    assert _feed(engine, config, rows[:2]) == []  # a candidate, not a topic yet
    (v1,) = _feed(engine, config, rows[2:3])
    assert v1.number == 1 and v1.brief is None
    assert sorted(v1.article_ids) == sorted(r["id"] for r in rows[:3])
    assert sorted(v1.new_article_ids) == sorted(v1.article_ids)

    # The same ids again: nothing new, no version.
    now = datetime(2024, 5, 4, 23, tzinfo=UTC)
    assert update_topics(engine, config, [r["id"] for r in rows[:3]], now) == []
    assert len(get_versions(engine, v1.topic)) == 1

    (v2,) = _feed(engine, config, rows[3:5])
    assert (v2.topic, v2.number) == (v1.topic, 2)
    assert sorted(v2.new_article_ids) == sorted(r["id"] for r in rows[3:5])
    assert len(v2.article_ids) == 5
    assert update_topics(engine, config, [r["id"] for r in rows], now + timedelta(days=1)) == []

    topic = get_topic(engine, v1.topic)
    assert topic is not None and topic.kind == "discovered" and topic.status == "active"
    assert topic.version == 2 and set(topic.members) == {r["id"] for r in rows}
    assert "cluster" not in topic.title.lower() and len(topic.title) > 10
    assert [v.number for v in versions_since(engine, v1.created)] == [2]
    assert [v.number for v in versions_since(engine, None)] == [1, 2]


def test_two_flood_stories_stay_apart_and_the_third_story_is_its_own(engine, tmp_path: Path) -> None:
    config = _config(tmp_path)
    rows = _rows()
    for day in sorted({r["published"] for r in rows}):
        _feed(engine, config, [r for r in rows if r["published"] == day])
    topics = {t.slug: t for t in list_topics(engine)}
    assert len(topics) == 3
    by_story = {}
    for t in topics.values():
        stories = {r["story"] for r in rows if r["id"] in t.members}
        assert len(stories) == 1, (t.slug, stories)
        by_story[stories.pop()] = t
    assert set(by_story) == {"kenya", "tanzania", "chile"}


def test_near_duplicates_count_once(engine, tmp_path: Path) -> None:
    config = _config(tmp_path, min_articles=3, min_sources=2)
    rows = [r for r in _rows() if r["story"] == "tanzania"]
    original = _article(rows[0])
    copy = _article(rows[0], id="wire-copy", url="https://other.example/copy", source="Other Outlet")
    copy.canonical_id = original.id
    second = _article(rows[1], source=original.source)
    article_store.upsert(engine, [original, copy, second])
    now = datetime(2024, 5, 3, tzinfo=UTC)
    # Three rows, two outlets, but only two distinct articles from one outlet: no topic.
    assert update_topics(engine, config, [original.id, copy.id, second.id], now) == []
    third = _article(rows[2], source="Third Outlet")
    article_store.upsert(engine, [third])
    (v1,) = update_topics(engine, config, [third.id], now)
    assert set(v1.article_ids) == {original.id, copy.id, second.id, third.id}


def test_dormant_topic_revives(engine, tmp_path: Path) -> None:
    config = _config(tmp_path, dormant_after_days=14)
    rows = [r for r in _rows() if r["story"] == "tanzania"]
    (v1,) = _feed(engine, config, rows[:3])
    later = datetime(2024, 6, 10, 23, tzinfo=UTC)
    update_topics(engine, config, [], later)
    assert get_topic(engine, v1.topic).status == "dormant"
    revived = dict(rows[3], published="2024-06-10")
    (v2,) = _feed(engine, config, [revived], later)
    assert (v2.topic, v2.number) == (v1.topic, 2)
    assert get_topic(engine, v1.topic).status == "active"


def test_a_quiet_story_is_offered_for_a_resume_without_a_shared_name(engine, tmp_path: Path) -> None:
    """A story back after weeks told through other names shares no key entity with its dormant topic:
    the topic is still loaded for grouping while it may resume (`resume_days`), not after."""
    from digest.store import topics as topic_store

    config = _config(tmp_path, dormant_after_days=14)
    rows = [r for r in _rows() if r["story"] == "tanzania"]
    (v1,) = _feed(engine, config, rows[:3])
    last = max(datetime.fromisoformat(r["published"]) for r in rows[:3]).replace(hour=12, tzinfo=UTC)
    update_topics(engine, config, [], last + timedelta(days=30))
    assert get_topic(engine, v1.topic).status == "dormant"

    def offered(since: datetime | None, limit: int = 5) -> set[str]:
        with engine.connect() as conn:
            found, _ = topic_store.load_cluster_rows(conn, [], [], quiet_since=since, quiet_size=3, quiet_limit=limit)
        return {r.slug for r in found}

    assert offered(None) == set()
    assert offered(last - timedelta(days=1)) == {v1.topic}
    assert offered(last + timedelta(days=1)) == set()
    assert offered(last - timedelta(days=1), limit=0) == set()  # the largest few only: a run's cost stays flat


def test_editor_topic_catches_keywords_and_respects_exclude(engine, tmp_path: Path) -> None:
    rows = _rows()
    editor = TopicConfig(
        name="Rates in Chile",
        description="Monetary policy of Chile's central bank",
        include=["interest rate", "Rosanna Costa"],
        exclude=["Santiago Stock Exchange"],
    )
    config = _config(tmp_path, topics=[editor])
    versions = _feed(engine, config, [r for r in rows if r["story"] == "chile"])
    topic = get_topic(engine, "rates-in-chile")
    assert topic is not None and topic.kind == "tracked" and topic.title == "Rates in Chile"
    caught = set(topic.members)
    for r in rows:
        if r["story"] != "chile":
            continue
        text = r["text"]
        expected = ("interest rate" in text or "Rosanna Costa" in text) and "Santiago Stock Exchange" not in text
        if expected:
            assert r["id"] in caught
        if "Santiago Stock Exchange" in text:
            assert r["id"] not in caught
    assert caught and any(v.topic == "rates-in-chile" for v in versions)
    # Flood stories never mention the phrases and stay out.
    _feed(engine, config, [r for r in rows if r["story"] == "kenya"])
    assert not set(get_topic(engine, "rates-in-chile").members) - caught


def test_config_sync_rename_by_slug_pin_and_mute(engine, tmp_path: Path) -> None:
    rows = [r for r in _rows() if r["story"] == "kenya"]
    first = TopicConfig(name="Kenya floods", slug="kenya-floods", include=["Tana River"])
    _feed(engine, _config(tmp_path, topics=[first]), rows[:3])
    renamed = TopicConfig(name="Floods in Kenya", slug="kenya-floods", include=["Tana River"], pinned=True)
    _feed(engine, _config(tmp_path, topics=[renamed]), [], datetime(2024, 5, 4, tzinfo=UTC))
    topic = get_topic(engine, "kenya-floods")
    assert topic.title == "Floods in Kenya" and topic.pinned and topic.version == 1
    muted = renamed.model_copy(update={"muted": True})
    assert _feed(engine, _config(tmp_path, topics=[muted]), rows[3:]) == []  # muted: members, no versions
    topic = get_topic(engine, "kenya-floods")
    assert topic.status == "muted" and len(topic.members) == 5


def test_merge_keeps_both_histories(engine, tmp_path: Path) -> None:
    rows = _rows()
    config = _config(tmp_path)
    for day in sorted({r["published"] for r in rows}):
        _feed(engine, config, [r for r in rows if r["published"] == day])
    kenya = next(t for t in list_topics(engine) if "kenya-0" in t.members)
    tanzania = next(t for t in list_topics(engine) if "tanzania-0" in t.members)
    before = get_versions(engine, kenya.slug)
    version = merge_topics(engine, kenya.slug, tanzania.slug, datetime(2024, 5, 9, tzinfo=UTC))
    assert version is not None and version.topic == tanzania.slug
    assert set(kenya.members) <= set(version.article_ids)
    assert set(version.new_article_ids) == set(kenya.members)
    merged = get_topic(engine, kenya.slug)
    assert merged.status == "merged" and merged.merged_into == tanzania.slug
    assert [v.number for v in get_versions(engine, kenya.slug)] == [v.number for v in before]
    with pytest.raises(TopicError):
        merge_topics(engine, tanzania.slug, tanzania.slug, datetime(2024, 5, 9, tzinfo=UTC))
    # New Kenya articles now land in the surviving topic, not in the merged one.
    extra = dict(rows[0], id="kenya-late", published="2024-05-08")
    _feed(engine, config, [extra])
    assert "kenya-late" not in get_topic(engine, kenya.slug).members


def test_briefs_are_stored_per_version(engine, tmp_path: Path) -> None:
    config = _config(tmp_path)
    rows = [r for r in _rows() if r["story"] == "kenya"]
    (v1,) = _feed(engine, config, rows[:3])
    brief = Brief(
        topic=v1.topic,
        title="Floods",
        version=1,
        created=v1.created,
        what=[Statement("Floods hit Kenya.", (1,))],
        sources=[Source(1, rows[0]["id"], "Daily Nation", "t", None, None)],
    )
    save_brief(engine, v1.topic, 1, brief)
    assert get_version(engine, v1.topic, 1).brief == brief
    assert get_versions(engine, v1.topic)[0].brief == brief
    assert get_version(engine, v1.topic, 2) is None
    with pytest.raises(TopicError):
        save_brief(engine, v1.topic, 9, brief)


def test_editor_operations_on_unknown_topics_fail_clearly(engine) -> None:
    with pytest.raises(TopicError, match="no topic"):
        rename_topic(engine, "nope", "Title")
    with pytest.raises(TopicError, match="no topic"):
        set_muted(engine, "nope", True)
