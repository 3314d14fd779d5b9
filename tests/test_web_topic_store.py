"""Topic pages over the real store: only what the page shows is read, and a kept page is never stale."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from starlette.testclient import TestClient
from test_web_support import SECRET, SECRET_ENV, load_brief, make_config

from digest.store import codec, open_db
from digest.store import topics as t
from digest.topics.service import rename_topic, save_brief
from digest.web import create_app
from digest.web.data import StoreData

SLUG = "chip-rules"


def seed(engine, versions: int = 3) -> None:
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(t.topics).values(
                slug=SLUG, title="Chip rules", kind="tracked", status="active", created=start, updated=start,
                last_article=start, description="", pinned=False, merged_into=None, version=versions,
            )
        )  # fmt: skip
        for n in range(1, versions + 1):
            created = start + timedelta(weeks=n - 1)
            brief = replace(load_brief(3), topic=SLUG, version=n, created=created)
            conn.execute(
                insert(t.topic_versions).values(
                    slug=SLUG, number=n, created=created, article_count=2 * n, brief=codec.dumps(brief)
                )
            )
            conn.execute(
                insert(t.topic_members),
                [{"slug": SLUG, "article_id": f"a{n}-{k}", "joined": created, "version": n} for k in range(2)],
            )


def test_head_and_versions_match_the_service(tmp_path):
    engine = open_db(f"sqlite:///{tmp_path / 's.sqlite'}")
    seed(engine)
    data = StoreData(engine)
    head = data.topic_head(SLUG, None)
    assert head is not None and head.number == 3 and head.previous == 2
    assert [(v.number, v.article_count) for v in head.versions] == [(1, 2), (2, 4), (3, 6)]
    from digest.topics import get_version

    for n in (1, 2, 3):
        assert data.get_version(SLUG, n) == get_version(engine, SLUG, n)
    assert data.get_version(SLUG, 9) is None and data.topic_head("nope", None) is None


def test_kept_page_follows_renames_and_new_briefs(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    seed(engine)
    with TestClient(create_app(config, engine, mailer=lambda m: None)) as client:
        first = client.get(f"/topics/{SLUG}")
        assert first.status_code == 200 and "Chip rules" in first.text
        assert client.get(f"/topics/{SLUG}").text == first.text  # kept
        rename_topic(engine, SLUG, "Export rules for chips")
        renamed = client.get(f"/topics/{SLUG}")
        assert "Export rules for chips" in renamed.text
        brief = replace(load_brief(3), topic=SLUG, version=3, what=[], title="x")
        save_brief(engine, SLUG, 3, brief)
        assert client.get(f"/topics/{SLUG}").text != renamed.text
        assert client.get(f"/topics/{SLUG}/versions/2").status_code == 200
        assert client.get(f"/topics/{SLUG}/versions/7").status_code == 404


def test_a_split_is_named_on_both_topics_pages(tmp_path, monkeypatch):
    """The branch names the topic it split from, and that topic names its branch, each a link."""
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    seed(engine)
    start = datetime(2026, 2, 2, 7, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(t.topics).values(
                slug="fab-strike", title="Fab strike", kind="discovered", status="active", created=start,
                updated=start, last_article=start, description="", pinned=False, merged_into=None, version=1,
                split_from=SLUG,
            )
        )  # fmt: skip
        brief = replace(load_brief(3), topic="fab-strike", version=1, created=start)
        conn.execute(
            insert(t.topic_versions).values(
                slug="fab-strike", number=1, created=start, article_count=2, brief=codec.dumps(brief)
            )
        )
    with TestClient(create_app(config, engine, mailer=lambda m: None)) as client:
        branch = client.get("/topics/fab-strike").text
        assert f'split from <a href="/topics/{SLUG}">Chip rules</a>' in branch
        trunk = client.get(f"/topics/{SLUG}").text
        assert '<a href="/topics/fab-strike">Fab strike</a> split from this topic' in trunk
