"""Runs over time: a crash before briefs, digests sharing topics, retries of topic cuts, merges."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml

from digest import config as config_module
from digest.deliver import send_pending
from digest.deliver.compose import Composer
from digest.models import Article
from digest.pipeline import run_digest
from digest.store import articles as article_store
from digest.store import open_db
from digest.topics import get_versions, update_topics

T0 = datetime(2024, 3, 4, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _signing_secret(monkeypatch):
    """web.base_url is set below: a run without the secret refuses to send (issue 11)."""
    monkeypatch.setenv("DIGEST_SECRET", "test-secret-for-pipeline-runs-0123456789")


TOPICS = [
    {"name": "Oil spill", "include": ["oil spill"]},
    {"name": "Volcano", "include": ["volcano"]},
]


def make_config(tmp: Path, digests=None, topics=None, **extra):
    data = {
        "version": 1,
        "topics": topics or TOPICS,
        "digests": digests or [{"name": "A", "recipients": ["a@example.org"], "article_briefs": 0}],
        "delivery": {"method": "outbox", "outbox": "./outbox", "from": "D <d@example.org>"},
        "storage": {"url": "sqlite:///./db.sqlite"},
        "web": {"base_url": "https://digest.example.org", "secret_env": "DIGEST_SECRET"},
    }
    data.update(extra)
    p = tmp / "feeds.yaml"
    p.write_text(yaml.safe_dump(data, sort_keys=False))
    return config_module.load(p)


@pytest.fixture
def add():
    """Stores two articles of a story per call; numbered within the test, so ids never depend on test order."""
    numbers = itertools.count(1)

    def add_story(engine, key: str, when: datetime, source="Src", tags=()) -> list[str]:
        return _add(engine, key, when, numbers, source, tags)

    return add_story


def _add(engine, key: str, when: datetime, numbers: Iterator[int], source: str, tags) -> list[str]:
    arts = []
    for i in range(2):
        n = next(numbers)
        text = f"The {key} story continues. Officials said the {key} response number {n} was under way on day {n}. " * 3
        arts.append(
            Article(
                id=f"{key.replace(' ', '-')}-{n}",
                url=f"https://ex{i}.org/{n}",
                title=f"{key.title()} update {n}",
                text=text,
                source=f"{source}{i}",
                published=when - timedelta(minutes=5),
                first_seen=when,
                tags=tuple(tags),
            )
        )
    article_store.upsert(engine, arts)
    return [a.id for a in arts]


def outbox_texts(config):
    out = {}
    for p in sorted(config.outbox_dir.rglob("*.eml"), key=lambda p: p.stat().st_mtime_ns):
        m = BytesParser(policy=policy.default).parsebytes(p.read_bytes())
        out.setdefault(str(m["To"]), []).append(
            (str(m["Subject"]), m.get_body(preferencelist=("plain",)).get_content())
        )
    return out


def sent_subjects(cfg, who):
    return [s for s, _ in outbox_texts(cfg).get(who, [])]


def test_a_crash_before_the_brief_is_finished_by_the_next_run(tmp_path, monkeypatch, add):
    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path)
    eng = open_db(cfg.database_url)
    add(eng, "oil spill", T0)
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng)
    # day 2: new oil-spill articles; the run dies after refresh() grouped them (update_topics committed)
    t = T0 + timedelta(days=1)
    ids = add(eng, "oil spill", t)
    update_topics(eng, cfg, ids, t)  # the first half of refresh(); the process is killed here
    # rerun (the docstring: "a crashed run is simply run again")
    s = run_digest(cfg, "A", t + timedelta(minutes=5), fetch=False, engine=eng)
    assert (s.issue_number, s.topics_updated, s.sent) == (2, 1, 1), "oil-spill v2 never briefed, never sent"
    assert [(v.number, v.brief is not None) for v in get_versions(eng, "oil-spill")] == [(1, True), (2, True)]
    s2 = run_digest(cfg, "A", t + timedelta(days=1), fetch=False, engine=eng)
    assert (s2.issue_number, s2.skipped) == (None, "no topic updated since the last issue")


def test_two_digests_sharing_topics_both_get_every_update(tmp_path, monkeypatch, add):
    monkeypatch.chdir(tmp_path)
    cfg = make_config(
        tmp_path,
        digests=[
            {"name": "A", "recipients": ["a@example.org"], "article_briefs": 0, "send_empty": True},
            {"name": "B", "recipients": ["b@example.org"], "article_briefs": 0},
        ],
    )
    eng = open_db(cfg.database_url)
    t1 = T0 + timedelta(days=1)  # both scheduled "0 8 * * *": B's run_slot took now=t1 ...
    t2 = t1 + timedelta(milliseconds=300)  # ... A's took now=t2, 300 ms later
    run_digest(cfg, "A", t2, fetch=False, engine=eng)  # A finishes first (nothing new yet)
    add(eng, "oil spill", t1)  # B's slower fetch stores + groups at now=t1
    sb = run_digest(cfg, "B", t1, fetch=False, engine=eng)
    assert (sb.issue_number, sb.topics_updated, sb.sent) == (1, 1, 1)
    sa = run_digest(cfg, "A", t2 + timedelta(days=1), fetch=False, engine=eng)
    assert (sa.issue_number, sa.topics_updated, sa.sent) == (2, 1, 1), "A never reports the oil-spill update"


def test_a_run_that_waited_for_the_lease_still_reports_its_update(tmp_path, monkeypatch, add):
    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path)
    eng = open_db(cfg.database_url)
    add(eng, "volcano", T0)
    t_sched = T0 + timedelta(days=1)  # run_slot: now = datetime.now() then waits on the lease
    t_cli = t_sched + timedelta(seconds=2)  # meanwhile `digest run` (now = wall clock) sends issue
    run_digest(cfg, "A", t_cli, fetch=False, engine=eng)
    add(eng, "oil spill", t_sched + timedelta(seconds=20))  # fetched by the scheduler's run
    s = run_digest(cfg, "A", t_sched, fetch=False, engine=eng)
    assert (s.issue_number, s.topics_updated, s.sent) == (2, 1, 1), "oil-spill update never sent"
    s2 = run_digest(cfg, "A", t_sched + timedelta(days=1), fetch=False, engine=eng)
    assert (s2.topics_updated, s2.skipped) == (0, "no topic updated since the last issue")  # and not sent twice


def test_a_retried_delivery_keeps_the_subscribers_topic_cut(tmp_path, monkeypatch, add):
    from digest.deliver import subscribers

    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path, digests=[{"name": "A", "recipients": [], "article_briefs": 0}])
    eng = open_db(cfg.database_url)
    sub = subscribers.subscribe(eng, "v@example.org", now=T0)
    subscribers.confirm(eng, sub.id, now=T0)
    add(eng, "oil spill", T0)
    add(eng, "volcano", T0)
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng)
    subscribers.set_preferences(eng, sub.id, digests="all", topics=["volcano"])
    t = T0 + timedelta(days=1)
    add(eng, "oil spill", t)
    add(eng, "volcano", t)
    # the outbox is unwritable for a moment -> temporary failure -> deferred
    shutil.rmtree(cfg.outbox_dir, ignore_errors=True)
    cfg.outbox_dir.write_text("")
    s = run_digest(cfg, "A", t + timedelta(minutes=1), fetch=False, engine=eng)
    assert (s.issue_number, s.topics_updated, s.sent, s.deferred) == (2, 2, 0, 1)
    cfg.outbox_dir.unlink()
    # scheduler's retry job
    r = send_pending(eng, cfg, Composer(cfg, eng), now=t + timedelta(hours=1))
    assert (r.sent, r.deferred, r.failed) == (1, 0, 0)
    subj, text = outbox_texts(cfg)["v@example.org"][-1]
    assert subj == "A: 1 topic updated — 5 Mar 2024"
    assert "Oil spill" not in text, "subscriber who chose only 'volcano' got the oil-spill section"
    assert "Volcano" in text


def test_a_dry_run_does_not_hide_a_tagged_update(tmp_path, monkeypatch, add):
    monkeypatch.chdir(tmp_path)
    cfg = make_config(
        tmp_path, digests=[{"name": "A", "recipients": ["a@example.org"], "article_briefs": 0, "topics": ["urgent"]}]
    )
    eng = open_db(cfg.database_url)
    add(eng, "oil spill", T0, tags=["urgent"])
    d = run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng, dry_run=True, outbox=tmp_path / "prev")
    assert (d.issue_number, d.topics_updated, d.sent) == (1, 1, 0)
    add(eng, "oil spill", T0 + timedelta(minutes=30), source="Other")  # untagged feed, same story
    s = run_digest(cfg, "A", T0 + timedelta(hours=1), fetch=False, engine=eng)
    assert (s.issue_number, s.topics_updated, s.sent) == (1, 1, 1), "the previewed urgent update is never sent"


def test_a_subscriber_of_a_merged_topic_follows_the_merge(tmp_path, monkeypatch, add):
    from digest.deliver import subscribers
    from digest.topics import merge_topics

    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path, digests=[{"name": "A", "recipients": [], "article_briefs": 0}])
    eng = open_db(cfg.database_url)
    sub = subscribers.subscribe(eng, "v@example.org", now=T0)
    subscribers.confirm(eng, sub.id, now=T0)
    add(eng, "oil spill", T0)
    add(eng, "volcano", T0)
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng)
    subscribers.set_preferences(eng, sub.id, digests="all", topics=["volcano"])
    merge_topics(eng, "volcano", "oil-spill", T0 + timedelta(hours=1))  # editor merges the story
    t = T0 + timedelta(days=1)
    add(eng, "volcano", t)
    add(eng, "oil spill", t)
    s = run_digest(cfg, "A", t + timedelta(minutes=1), fetch=False, engine=eng)
    assert (s.issue_number, s.sent) == (2, 1)
    counts = {k: len(v) for k, v in outbox_texts(cfg).items()}
    assert counts == {"v@example.org": 2}, "subscriber of the merged topic silently gets nothing"


def test_what_changed_counts_from_the_version_readers_last_received(tmp_path, monkeypatch, add):
    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path)
    eng = open_db(cfg.database_url)
    add(eng, "oil spill", T0)
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng)  # readers get v1
    t = T0 + timedelta(days=1)
    add(eng, "oil spill", t)
    run_digest(cfg, "A", t, fetch=False, engine=eng, dry_run=True, outbox=tmp_path / "preview")  # cuts v2
    add(eng, "oil spill", t + timedelta(hours=2))
    summary = run_digest(cfg, "A", t + timedelta(hours=3), fetch=False, engine=eng)  # sends v3
    assert summary.issue_number == 2, summary.line()
    _, text = outbox_texts(cfg)["a@example.org"][-1]
    assert "since version 1" in text and "since version 2" not in text
    assert "4 new articles" in text


def test_what_changed_counts_every_new_article_not_only_the_cited_ones(tmp_path, monkeypatch, add):
    """A brief cites at most MAX_SOURCES articles; the demo's version 2 gained 30 and said "15 new articles"
    under a header that said 30."""
    from digest.briefs.sources import MAX_SOURCES

    monkeypatch.chdir(tmp_path)
    cfg = make_config(tmp_path)
    eng = open_db(cfg.database_url)
    for k in range(MAX_SOURCES // 2 + 1):
        add(eng, "oil spill", T0 - timedelta(minutes=30 - k))
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=eng)
    t = T0 + timedelta(days=1)
    for k in range(MAX_SOURCES // 2 + 1):
        add(eng, "oil spill", t - timedelta(minutes=30 - k))
    run_digest(cfg, "A", t, fetch=False, engine=eng)
    _, text = outbox_texts(cfg)["a@example.org"][-1]
    n = 2 * (MAX_SOURCES // 2 + 1)
    assert f"Version 2 · {n} new articles" in text
    assert f"{n} new articles since version 1" in text.replace("\n  ", " ")
