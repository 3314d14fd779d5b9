"""Ingestion end to end against a real HTTP server on localhost."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pytest_httpserver import HTTPServer

from digest import ingest as ingest_module
from digest.ingest import feed_health, import_jsonl, ingest
from digest.store import articles, open_db
from tests.data.ingest.site import make_config, page_html, rss

NOW = datetime(2026, 5, 2, 8, tzinfo=UTC)


def serve_site(httpserver: HTTPServer, n: int = 3, prefix: str = "/a") -> str:
    items = []
    for i in range(n):
        path = f"{prefix}/story-{i}"
        httpserver.expect_request(path).respond_with_data(
            page_html(f"Story {i}", f"Unique words number {i} alpha{i} beta{i}."), content_type="text/html"
        )
        items.append({"title": f"Story {i}", "link": httpserver.url_for(path)})
    feed_path = f"{prefix}/feed.xml"
    httpserver.expect_request(feed_path).respond_with_data(rss(items), content_type="application/rss+xml")
    return httpserver.url_for(feed_path)


def test_ingest_stores_extracted_articles(httpserver: HTTPServer, tmp_path) -> None:
    feed_url = serve_site(httpserver)
    config = make_config(tmp_path, [{"url": feed_url, "name": "Example", "tags": ["policy"]}])
    engine = open_db(config.database_url)
    report = ingest(config, engine, now=NOW)
    assert report.feeds_ok == 1 and report.feeds_failed == 0, report.errors
    assert len(report.new_ids) == 3
    assert report.extracted == 3 and report.fallbacks == 0
    stored = articles.get(engine, report.new_ids)
    assert {a.title for a in stored} == {"Story 0", "Story 1", "Story 2"}
    for a in stored:
        assert a.extraction == "trafilatura"
        assert "independent testing" in a.text
        assert a.source == "Example" and a.tags == ("policy",) and a.feed == feed_url
        assert a.first_seen == NOW and a.published == datetime(2026, 5, 1, 12, tzinfo=UTC)
    health = feed_health(config, engine)
    assert [(h.status, h.items_seen) for h in health] == [("ok", 3)]

    again = ingest(config, engine, now=NOW)
    assert again.new_ids == [] and again.extracted == 0 and again.feeds_unchanged == 1


def test_import_jsonl(tmp_path) -> None:
    lines = [
        {"id": "a1", "text": "First article text " * 20, "published": "2010-05-01", "source": "BBC"},
        {"id": "a2", "text": "Second article text", "published": "2010-05-02T10:00:00+02:00", "extra": 1},
        "not json",
        {"id": "a3", "text": "no date"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    report = import_jsonl(path, engine, now=NOW)
    assert report.new_ids == ["a1", "a2"]
    assert set(report.errors) == {"line 3", "line 4"}
    a1, a2 = articles.get(engine, ["a1", "a2"])
    assert a1.extraction == "import" and a1.source == "BBC"
    assert a2.published == datetime(2010, 5, 2, 8, tzinfo=UTC) and a2.source == "import"
    assert import_jsonl(path, engine, now=NOW).new_ids == []
    assert ingest_module.IngestReport().summary()


def test_unnamed_feed_takes_each_outlets_own_name(httpserver: HTTPServer, tmp_path) -> None:
    """Without a feeds.yaml name the page names its outlet; an aggregator's feed lists several outlets
    (here two hosts), and each article keeps its own, also for pages whose metadata search was skipped."""
    items = []
    for i, (host, site) in enumerate([("127.0.0.1", "Alpha Post")] * 3 + [("localhost", "Beta Herald")] * 2):
        path = f"/agg/story-{i}"
        html = page_html(f"Story {i}", f"Unique words number {i} alpha{i} beta{i}.").replace("Example Times", site)
        httpserver.expect_request(path).respond_with_data(html, content_type="text/html")
        items.append({"title": f"Story {i}", "link": httpserver.url_for(path).replace("localhost", host)})
    httpserver.expect_request("/agg/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    config = make_config(tmp_path, [{"url": httpserver.url_for("/agg/feed.xml")}])
    engine = open_db(config.database_url)
    report = ingest(config, engine, now=NOW)
    assert report.extracted == 5, report.errors
    sources = {a.title: a.source for a in articles.get(engine, report.new_ids)}
    assert sources == {f"Story {i}": "Alpha Post" if i < 3 else "Beta Herald" for i in range(5)}
