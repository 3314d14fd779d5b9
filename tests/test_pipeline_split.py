"""A topic that forks, as readers get it: the new topic arrives as new, the old one is no empty update.

Through the real pipeline on a real SQLite file: issues are sent to the outbox, the split is the
command's (`split_topic`) or grouping's own, and the site shows what left the old topic.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from split_stories import DAY0, OUTLETS
from split_stories import article as _article
from split_stories import mine as _mine
from split_stories import plant as _plant
from starlette.testclient import TestClient

from digest import config as config_module
from digest.pipeline import run_digest
from digest.store import articles as article_store
from digest.store import open_db
from digest.store.issues import list_issues
from digest.topics import get_topic, get_versions, list_topics, merge_topics, update_topics
from digest.topics.service import split_topic
from digest.web import create_app

SECRET_ENV, SECRET = "DIGEST_SECRET", "test-secret-for-split-runs-0123456789"


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)


def _config(tmp: Path) -> config_module.Config:
    data = {
        "version": 1,
        "topics": [],
        "digests": [{"name": "A", "recipients": ["a@example.org"], "article_briefs": 0}],
        "delivery": {"method": "outbox", "outbox": str(tmp / "outbox"), "from": "D <d@example.org>"},
        "storage": {"url": f"sqlite:///{tmp / 'db.sqlite'}"},
        "web": {"base_url": "https://digest.example.org", "secret_env": SECRET_ENV},
    }
    path = tmp / "feeds.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return config_module.load(path)


def _cars(engine, config) -> str:
    """Another story in the same days (a car plant's shifts), grouped: its topic's slug."""
    text = (
        "{town}: Bolt Motors said on day {i} that its Northfield car plant would cut shifts. Ana Ruiz, who runs"
        " Bolt Motors, told Northfield workers the plant would slow. Bolt Motors builds vans."
    )
    cars = [_article(f"car-{i}", text.format(town="NORTHFIELD", i=i), 15 + i * 0.05, OUTLETS[i % 3]) for i in range(8)]
    article_store.upsert(engine, cars)
    update_topics(engine, config, [a.id for a in cars], DAY0 + timedelta(days=16))
    by_article = {i: t.slug for t in list_topics(engine) if t.status != "merged" for i in t.members}
    return by_article["car-0"]


def _issue_texts(config) -> list[str]:
    """The plain-text part of every message in the outbox, oldest first."""
    out = []
    for p in sorted(config.outbox_dir.rglob("*.eml"), key=lambda p: p.stat().st_mtime_ns):
        m = BytesParser(policy=policy.default).parsebytes(p.read_bytes())
        out.append(m.get_body(preferencelist=("plain",)).get_content())
    return out


def _sections(text: str) -> list[str]:
    """Topic titles with their sections in a plain-text issue (the line above "Version N · …")."""
    lines = text.splitlines()
    return [lines[i - 1] for i, line in enumerate(lines) if line.startswith("Version ") and " · " in line]


def test_a_split_by_command_brings_the_new_topic_and_no_empty_update(tmp_path: Path) -> None:
    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, strike = _plant(engine, config)
    t1 = DAY0 + timedelta(days=16, hours=1)
    first = run_digest(config, "A", t1, fetch=False, engine=engine)
    assert (first.issue_number, first.sent) == (1, 1), first.line()
    trunk_title = get_topic(engine, trunk).title
    sent_version = get_topic(engine, trunk).version

    t2 = t1 + timedelta(days=1)
    versions = split_topic(engine, trunk, config, t2)
    branch = next(v.topic for v in versions if v.topic != trunk)
    branch_title = get_topic(engine, branch).title
    second = run_digest(config, "A", t2 + timedelta(minutes=1), fetch=False, engine=engine)
    assert (second.issue_number, second.topics_updated, second.sent) == (2, 1, 1), second.line()
    issue = next(i for i in list_issues(engine, "A") if i.number == 2)
    assert issue.topics == [(branch, 1)]  # the trunk lost articles but gained none: no entry of its own
    text = _issue_texts(config)[-1]
    assert _sections(text) == [branch_title]
    assert "Version 1 · 0 new articles" in text  # readers had every one of them under the old topic
    assert f"New topic, split from {trunk_title} (12 articles moved over)" in " ".join(text.split())

    # a rerun sends nothing twice
    again = run_digest(config, "A", t2 + timedelta(minutes=2), fetch=False, engine=engine)
    assert (again.issue_number, again.skipped) == (None, "no topic updated since the last issue")

    # history kept: the version readers had still lists the strike; the current one does not
    had = next(v for v in get_versions(engine, trunk) if v.number == sent_version)
    assert {a.id for a in strike} <= set(had.article_ids)
    assert not {a.id for a in strike} & set(get_topic(engine, trunk).members)

    # the old topic's next news says what left it since readers last had it
    t3 = t2 + timedelta(days=1)
    more = _mine(60, 3, 17.5, 0.1)
    article_store.upsert(engine, more)
    third = run_digest(config, "A", t3, fetch=False, engine=engine)
    assert (third.issue_number, third.topics_updated) == (3, 1), third.line()
    text = _issue_texts(config)[-1]
    assert _sections(text) == [trunk_title] and "Version" in text and "3 new articles" in text
    flat = " ".join(text.split())
    assert f"What changed - 12 articles split off into the new topic {branch_title}" in flat
    assert "New topic, split from" not in flat

    # the site: the version of the split names where its articles went, and the sources that left
    with TestClient(create_app(config, engine, mailer=lambda m: None)) as client:
        page = client.get(f"/topics/{trunk}/versions/{sent_version + 1}").text
        changes = page.split('id="changes"')[1]
        assert f'12 articles split off into the new topic <a href="/topics/{branch}">' in changes
        assert "Nothing changed in the brief" not in changes
        latest = client.get(f"/topics/{trunk}").text.split('id="changes"')[1]
        assert "split off" not in latest  # the version after the split compares with the split one
    engine.dispose()


def test_a_split_by_grouping_shows_both_topics_once(tmp_path: Path) -> None:
    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    t1 = DAY0 + timedelta(days=16, hours=1)
    assert run_digest(config, "A", t1, fetch=False, engine=engine).sent == 1
    trunk_title = get_topic(engine, trunk).title
    more = _mine(60, 6, 16.1, 0.2)  # the topic reaches a check size: grouping looks for a fork and splits
    article_store.upsert(engine, more)
    second = run_digest(config, "A", DAY0 + timedelta(days=18), fetch=False, engine=engine)
    assert (second.issue_number, second.topics_updated) == (2, 2), second.line()
    branch = next(t.slug for t in list_topics(engine) if t.split_from == trunk)
    issue = next(i for i in list_issues(engine, "A") if i.number == 2)
    assert sorted(slug for slug, _ in issue.topics) == sorted([trunk, branch])
    flat = " ".join(_issue_texts(config)[-1].split())
    assert "6 new articles" in flat
    assert f"12 articles split off into the new topic {get_topic(engine, branch).title}" in flat
    assert f"New topic, split from {trunk_title} (12 articles moved over)" in flat
    again = run_digest(config, "A", DAY0 + timedelta(days=18, minutes=1), fetch=False, engine=engine)
    assert again.skipped == "no topic updated since the last issue"
    engine.dispose()


def test_topics_json_names_splits(tmp_path: Path) -> None:
    from digest.cli import main

    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    split_topic(engine, trunk, config, DAY0 + timedelta(days=17))
    engine.dispose()
    result = CliRunner().invoke(main, ["topics", "--json", "--config", str(tmp_path / "feeds.yaml")])
    assert result.exit_code == 0, result.output
    rows = {r["slug"]: r for r in json.loads(result.output)}
    branch = next(slug for slug, r in rows.items() if r["split_from"] == trunk)
    assert rows[trunk]["branches"] == [branch] and rows[trunk]["split_from"] is None
    assert rows[branch]["branches"] == []
    assert all("split_from" in r and "branches" in r for r in rows.values())


def test_a_subscriber_who_chose_the_old_topic_gets_its_branch(tmp_path: Path) -> None:
    from digest.deliver import subscribers

    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    t1 = DAY0 + timedelta(days=16, hours=1)
    sub = subscribers.subscribe(engine, "chose@example.org", now=t1)
    subscribers.confirm(engine, sub.id, now=t1)
    subscribers.set_preferences(engine, sub.id, digests="all", topics=[trunk])
    assert run_digest(config, "A", t1, fetch=False, engine=engine).sent == 2

    t2 = t1 + timedelta(days=1)
    versions = split_topic(engine, trunk, config, t2)
    branch = next(v.topic for v in versions if v.topic != trunk)
    second = run_digest(config, "A", t2 + timedelta(minutes=1), fetch=False, engine=engine)
    assert (second.issue_number, second.sent) == (2, 2), "the reader who chose the story lost its later phase"
    mails = sorted(config.outbox_dir.rglob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    theirs = [BytesParser(policy=policy.default).parsebytes(p.read_bytes()) for p in mails]
    chosen = [m for m in theirs if "chose@example.org" in str(m["To"])]
    assert len(chosen) == 2
    flat = " ".join(chosen[-1].get_body(preferencelist=("plain",)).get_content().split())
    assert get_topic(engine, branch).title in flat and "New topic, split from" in flat
    engine.dispose()


def test_a_retry_after_a_split_sends_the_cut_the_issue_was_made_with(tmp_path: Path) -> None:
    """A resumed send, a retry or a worker builds a new composer: it must send the subscriber the copy cut to
    their topics when the issue was made, not the whole issue because a split renamed their choice since."""
    from digest.deliver import subscribers
    from digest.deliver.compose import Composer
    from digest.store.issues import list_deliveries

    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    _cars(engine, config)
    t1 = DAY0 + timedelta(days=16, hours=1)
    sub = subscribers.subscribe(engine, "chose@example.org", now=t1)
    subscribers.confirm(engine, sub.id, now=t1)
    subscribers.set_preferences(engine, sub.id, digests="all", topics=[trunk])
    assert run_digest(config, "A", t1, fetch=False, engine=engine).sent == 2
    issue = next(i for i in list_issues(engine, "A") if i.number == 1)
    assert len(issue.topics) == 2
    theirs = next(d for d in list_deliveries(engine, issue.id) if d.recipient.email == "chose@example.org")
    assert theirs.recipient.topics == (trunk,)

    split_topic(engine, trunk, config, t1 + timedelta(hours=2))
    data = Composer(config, engine)(issue, theirs.recipient, theirs.message_id)
    message = BytesParser(policy=policy.default).parsebytes(data)
    text = " ".join(message.get_body(preferencelist=("plain",)).get_content().split())
    assert "Bolt Motors" not in text, "a retry sent the whole issue to a reader who chose one topic"
    assert get_topic(engine, trunk).title in text
    engine.dispose()


def test_a_choice_follows_a_fork_of_a_topic_merged_since(tmp_path: Path) -> None:
    from digest.deliver.compose import TopicFollower

    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    other = _cars(engine, config)
    versions = split_topic(engine, trunk, config, DAY0 + timedelta(days=17))
    branch = next(v.topic for v in versions if v.topic != trunk)
    merge_topics(engine, trunk, other, DAY0 + timedelta(days=18))  # the editor folds the old topic into another
    assert TopicFollower(engine)((trunk,)) == tuple(sorted((other, branch)))
    engine.dispose()


def test_a_digest_that_lists_a_topic_carries_its_fork(tmp_path: Path) -> None:
    config = _config(tmp_path)
    engine = open_db(config.database_url)
    trunk, _, _ = _plant(engine, config)
    _cars(engine, config)
    path = tmp_path / "feeds.yaml"
    data = yaml.safe_load(path.read_text())
    data["digests"][0]["topics"] = [trunk]  # this digest carries the mine story only
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    config = config_module.load(path)
    t1 = DAY0 + timedelta(days=16, hours=1)
    assert run_digest(config, "A", t1, fetch=False, engine=engine).topics_updated == 1
    versions = split_topic(engine, trunk, config, t1 + timedelta(days=1))
    branch = next(v.topic for v in versions if v.topic != trunk)
    second = run_digest(config, "A", t1 + timedelta(days=1, minutes=1), fetch=False, engine=engine)
    assert second.issue_number == 2, second.line()
    issue = next(i for i in list_issues(engine, "A") if i.number == 2)
    assert [slug for slug, _ in issue.topics] == [branch]
    engine.dispose()
