"""A topic that forks splits in two; one that drifts, or gains a side article, does not (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from split_stories import DAY0, MINE, OUTLETS, STRIKE
from split_stories import article as _article
from split_stories import plant as _plant
from sqlalchemy import create_engine, text

from digest.config import Config, GroupingConfig, StorageConfig
from digest.store import articles as article_store
from digest.store.db import SCHEMA_VERSION, open_db
from digest.topics import TopicError, get_topic, get_versions, list_topics, merge_topics, update_topics
from digest.topics.service import split_topic
from digest.topics.split import ForkDoc, find_fork


def _doc(i: int, day: float, names: list[str]) -> ForkDoc:
    return ForkDoc.of(f"a{i}", DAY0 + timedelta(days=day), OUTLETS[i % 3], names)


def _forked(n_trunk: int = 30, n_branch: int = 12) -> list[ForkDoc]:
    docs = [_doc(i, i * 0.5, ["Acme Mining", "Riverton", "Jane Holt"]) for i in range(n_trunk)]
    docs += [_doc(100 + i, 6 + i * 0.8, ["Teachers Union", "Lakeside", "Omar Fitch"]) for i in range(n_branch)]
    return docs


def test_a_fork_with_its_own_leads_is_found() -> None:
    fork = find_fork(_forked())
    assert fork is not None
    assert sorted(fork.branch) == sorted(f"a{100 + i}" for i in range(12))
    assert fork.cut == DAY0 + timedelta(days=6)
    assert "acme mining" in fork.trunk_leads and "omar fitch" in fork.branch_leads


def test_a_drifting_story_that_keeps_its_lead_is_no_fork() -> None:
    # one lead throughout; the towns and officials change every phase
    phases = [["Riverton", "Jane Holt"], ["Lakeside", "Omar Fitch"], ["Port Ash", "Ida Crane"]]
    docs = [_doc(i, i * 0.5, ["Acme Mining", *phases[i // 15]]) for i in range(45)]
    assert find_fork(docs) is None


def test_a_story_that_moved_on_whole_is_no_fork() -> None:
    # no trunk keeps going after the new names start: a drift, not two stories
    docs = [_doc(i, i * 0.5, ["Acme Mining", "Riverton"]) for i in range(20)]
    docs += [_doc(100 + i, 10 + i * 0.5, ["Teachers Union", "Lakeside"]) for i in range(20)]
    assert find_fork(docs) is None


def test_side_articles_and_a_short_burst_are_no_fork() -> None:
    trunk = [_doc(i, i * 0.5, ["Acme Mining", "Riverton"]) for i in range(40)]
    scattered = [_doc(100 + i, 5 + i * 2, [f"Stranger {i}", f"Town {i}"]) for i in range(8)]
    assert find_fork(trunk + scattered) is None  # no leads of their own
    burst = [_doc(200 + i, 10 + i * 0.05, ["Teachers Union", "Lakeside"]) for i in range(8)]
    assert find_fork(trunk + burst) is None  # one day's side story, not a branch that kept going
    one_outlet = [
        ForkDoc.of(f"b{i}", DAY0 + timedelta(days=6 + i), "Daily Post", ["Teachers Union"]) for i in range(12)
    ]
    assert find_fork(trunk + one_outlet) is None  # a new topic needs two outlets; so does a branch


# --- the split in the store -----------------------------------------------------------------------


def _config(tmp_path: Path) -> Config:
    return Config(storage=StorageConfig(url=f"sqlite:///{tmp_path / 'digest.sqlite'}"), grouping=GroupingConfig())


@pytest.fixture
def engine(tmp_path: Path):
    engine = open_db(f"sqlite:///{tmp_path / 'digest.sqlite'}")
    yield engine
    engine.dispose()


def test_a_planted_fork_splits_and_a_rerun_does_not(engine, tmp_path: Path) -> None:
    config = _config(tmp_path)
    trunk, mine, strike = _plant(engine, config)
    before = get_versions(engine, trunk)

    now = DAY0 + timedelta(days=17)
    versions = split_topic(engine, trunk, config, now)
    assert {v.topic for v in versions} == {
        trunk,
        versions[0].topic if versions[0].topic != trunk else versions[1].topic,
    }
    new = next(v for v in versions if v.topic != trunk)
    assert sorted(new.article_ids) == sorted(a.id for a in strike)
    kept = next(v for v in versions if v.topic == trunk)
    assert sorted(kept.article_ids) == sorted(a.id for a in mine) and kept.new_article_ids == []
    assert get_topic(engine, new.topic).kind == "discovered"
    # the original keeps its history: its earlier version still lists the branch
    assert {a.id for a in strike} <= set(get_versions(engine, trunk)[len(before) - 1].article_ids)
    assert set(get_topic(engine, trunk).members) == {a.id for a in mine}
    with engine.connect() as conn:
        from digest.store import topics as store

        assert store.topic_row(conn, new.topic).split_from == trunk
        around = store.relations(conn, trunk, None, None)
        assert (around.split_from_title, around.branches) == (None, [(new.topic, get_topic(engine, new.topic).title)])
    assert split_topic(engine, trunk, config, now) == []  # a rerun is a no-op
    assert split_topic(engine, new.topic, config, now) == []
    merged = next((t.slug for t in list_topics(engine) if t.status == "merged"), None)
    if merged:
        with pytest.raises(TopicError):
            split_topic(engine, merged, config, now)
    # a new strike article follows the new topic, not the mine
    late = _article("strike-late", STRIKE.format(town="LAKESIDE", i=99), 16.5, "Evening Star")
    article_store.upsert(engine, [late])
    update_topics(engine, config, [late.id], now)
    assert late.id not in get_topic(engine, trunk).members


def test_an_old_database_opens_and_gains_the_split_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    open_db(f"sqlite:///{path}").dispose()
    raw = create_engine(f"sqlite:///{path}")
    with raw.begin() as conn:  # as schema 2 left it
        conn.execute(text("ALTER TABLE topics DROP COLUMN split_from"))
        conn.execute(text("ALTER TABLE topic_members DROP COLUMN left_version"))
        conn.execute(text("UPDATE schema_version SET version = 2"))
    raw.dispose()
    engine = open_db(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        conn.execute(text("SELECT split_from FROM topics")).all()
        conn.execute(text("SELECT left_version FROM topic_members")).all()
    assert list_topics(engine) == []
    engine.dispose()


def test_topic_split_command(engine, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from digest.cli import main

    trunk, _, strike = _plant(engine, _config(tmp_path))
    config_path = tmp_path / "feeds.yaml"
    config_path.write_text(f"version: 1\nstorage:\n  url: sqlite:///{tmp_path / 'digest.sqlite'}\n")
    runner = CliRunner()
    result = runner.invoke(main, ["topic", "split", "--config", str(config_path), trunk])
    assert result.exit_code == 0 and f"{len(strike)} articles became" in result.output, result.output
    result = runner.invoke(main, ["topic", "split", "--config", str(config_path), trunk])
    assert result.exit_code == 0 and "no fork found" in result.output
    result = runner.invoke(main, ["topic", "split", "--config", str(config_path), "no-such-topic"])
    assert result.exit_code == 1 and "no topic" in result.output


def test_grouping_splits_a_fork_by_itself_when_the_topic_reaches_a_check_size(engine, tmp_path: Path) -> None:
    config = _config(tmp_path)
    trunk, mine, strike = _plant(engine, config)
    assert len(get_topic(engine, trunk).members) < 48
    more = [
        _article(f"mine-late-{i}", MINE.format(town="RIVERTON", i=50 + i), 16 + i * 0.2, OUTLETS[i % 3])
        for i in range(6)
    ]
    article_store.upsert(engine, more)
    versions = update_topics(engine, config, [a.id for a in more], DAY0 + timedelta(days=18))
    assert {v.topic for v in versions} >= {trunk}
    new = next(v for v in versions if v.topic != trunk)
    assert sorted(new.article_ids) == sorted(a.id for a in strike)
    assert set(get_topic(engine, trunk).members) == {a.id for a in mine + more}
    # the next run, with nothing new for either, splits nothing again
    assert update_topics(engine, config, [a.id for a in more], DAY0 + timedelta(days=18)) == []


def test_a_branch_merged_back_into_its_trunk_brings_its_articles_back(engine, tmp_path: Path) -> None:
    """An editor undoing a split: the trunk lists the branch's articles again, and they belong to a live topic."""
    from digest.store.topics import topic_of_articles

    config = _config(tmp_path)
    trunk, mine, strike = _plant(engine, config)
    when = datetime(2024, 3, 20, tzinfo=UTC)
    branch = next(v.topic for v in split_topic(engine, trunk, config, when) if v.topic != trunk)
    merge_topics(engine, branch, trunk, when + timedelta(hours=1))
    members = set(get_topic(engine, trunk).members)
    assert {a.id for a in mine + strike} <= members
    with engine.connect() as conn:
        assert set(topic_of_articles(conn, [a.id for a in strike]).values()) == {trunk}
