"""Conditional GET, body hashing, entry identity and edits, feed health, near-duplicates, CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from digest.cli import main
from digest.ingest import feed_health, import_jsonl, ingest
from digest.ingest.parse import entry_key, normalize_url, parse_feed
from digest.store import articles, open_db
from tests.data.ingest.site import PARAGRAPH, make_config, page_html, rss

NOW = datetime(2026, 5, 2, 8, tzinfo=UTC)


def test_conditional_get_and_body_hash(httpserver: HTTPServer, tmp_path) -> None:
    httpserver.expect_request("/p").respond_with_data(page_html("P", "p words"), content_type="text/html")
    body = rss([{"title": "P", "link": httpserver.url_for("/p")}])
    seen: list[dict[str, str]] = []

    def etag_feed(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/etag.xml").respond_with_handler(etag_feed)
    httpserver.expect_request("/plain.xml").respond_with_data(body, content_type="application/rss+xml")
    urls = [httpserver.url_for("/etag.xml"), httpserver.url_for("/plain.xml")]
    config = make_config(tmp_path, [{"url": u} for u in urls])
    engine = open_db(config.database_url)
    first = ingest(config, engine, now=NOW)
    assert first.feeds_ok == 2 and len(first.new_ids) == 1  # same link in both feeds: one article
    second = ingest(config, engine, now=NOW + timedelta(hours=1))
    assert second.feeds_unchanged == 2 and second.extracted == 0 and second.new_ids == []
    assert seen[-1].get("If-None-Match") == '"v1"'
    assert "digest/" in seen[0]["User-Agent"]


def test_stable_keys_and_edits(httpserver: HTTPServer, tmp_path) -> None:
    assert entry_key("http://f/x", "http://example.org/a?utm_source=x", None, "", "") == entry_key(
        "http://other/feed", "https://EXAMPLE.org/a#frag", None, "", ""
    )
    assert normalize_url("https://Example.org:443/a?b=1&utm_medium=rss") == "//example.org/a?b=1"
    state = {"summary": "Original summary."}

    def feed(_request: Request) -> Response:
        items = [{"title": "Edited story", "guid": "story-1", "link": None, "summary": state["summary"]}]
        return Response(rss(items), content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    config = make_config(tmp_path, [{"url": httpserver.url_for("/feed.xml")}])
    engine = open_db(config.database_url)
    first = ingest(config, engine, now=NOW)
    assert len(first.new_ids) == 1 and first.fallbacks == 1
    state["summary"] = "Corrected summary, edited later."
    second = ingest(config, engine, now=NOW + timedelta(hours=2))
    assert second.new_ids == [] and second.updated_ids == first.new_ids
    (article,) = articles.get(engine, first.new_ids)
    assert article.text == "Corrected summary, edited later." and article.first_seen == NOW


def test_parse_keeps_dates_honest() -> None:
    body = rss(
        [
            {"title": "Epoch", "link": "http://e.org/1", "published": datetime(1970, 1, 1, tzinfo=UTC)},
            {"title": "Future", "link": "http://e.org/2", "published": datetime(2099, 1, 1, tzinfo=UTC)},
            {"title": "None", "link": "http://e.org/3", "published": None},
        ]
    ).encode()
    parsed = parse_feed(body, {"content-type": "application/rss+xml"}, "http://e.org/feed")
    assert [e.published for e in parsed.entries] == [None, datetime(2099, 1, 1, tzinfo=UTC), None]


def test_relative_links_resolve_against_final_url() -> None:
    body = rss([{"title": "Rel", "link": "/posts/1"}]).encode()
    parsed = parse_feed(body, {}, "https://news.example.org/feeds/all.xml", "http://old.example.org/rss")
    assert parsed.entries[0].url == "https://news.example.org/posts/1"
    assert parsed.entries[0].feed_url == "http://old.example.org/rss"


def test_backoff_pause_and_reset(httpserver: HTTPServer, tmp_path) -> None:
    httpserver.expect_request("/down.xml").respond_with_data("down", status=503)
    url = httpserver.url_for("/down.xml")
    config = make_config(tmp_path, [{"url": url, "name": "Down"}], max_failures=2)
    (tmp_path / "feeds.yaml").write_text(
        f"version: 1\nfeeds:\n  - url: {url}\n    name: Down\nstorage:\n  url: sqlite:///{tmp_path}/digest.sqlite\n"
        "network:\n  allow_private: [127.0.0.1, '::1']\n  max_failures: 2\n"
    )
    engine = open_db(config.database_url)
    assert ingest(config, engine, now=NOW).feeds_failed == 1
    soon = ingest(config, engine, now=NOW + timedelta(minutes=1))
    assert soon.feeds_failed == 0 and url in soon.feeds_skipped  # backing off: not even tried
    later = ingest(config, engine, now=NOW + timedelta(hours=2))
    assert later.feeds_failed == 1
    (health,) = feed_health(config, engine)
    assert health.status == "paused" and health.failures == 2 and "HTTP 503" in (health.last_error or "")

    runner = CliRunner()
    checked = runner.invoke(main, ["feeds", "check", "--config", str(tmp_path / "feeds.yaml")])
    assert checked.exit_code == 1 and "paused" in checked.output
    reset = runner.invoke(main, ["feeds", "reset", url, "--config", str(tmp_path / "feeds.yaml")])
    assert reset.exit_code == 0, reset.output
    assert feed_health(config, engine)[0].failures == 0
    fetched = runner.invoke(main, ["fetch", "--config", str(tmp_path / "feeds.yaml")])
    assert fetched.exit_code == 0 and "1 failed" in fetched.output


def test_near_duplicates_across_feeds_are_linked(httpserver: HTTPServer, tmp_path) -> None:
    wire = "Reuters wire copy about the summit agreement on model evaluation. " + PARAGRAPH * 3
    for outlet in ("a", "b"):
        httpserver.expect_request(f"/{outlet}/story").respond_with_data(
            page_html(f"Summit deal ({outlet})", wire, paragraphs=3), content_type="text/html"
        )
        items = [{"title": f"Summit deal ({outlet})", "link": httpserver.url_for(f"/{outlet}/story")}]
        httpserver.expect_request(f"/{outlet}/feed.xml").respond_with_data(
            rss(items), content_type="application/rss+xml"
        )
    httpserver.expect_request("/c/story").respond_with_data(
        page_html("Different", "Completely unrelated reporting on weather, sport and local elections " * 5),
        content_type="text/html",
    )
    httpserver.expect_request("/c/feed.xml").respond_with_data(
        rss([{"title": "Different", "link": httpserver.url_for("/c/story")}]), content_type="application/rss+xml"
    )
    urls = [httpserver.url_for(f"/{o}/feed.xml") for o in ("a", "b")]
    config = make_config(tmp_path, [{"url": urls[0], "name": "A"}])
    engine = open_db(config.database_url)
    first = ingest(config, engine, now=NOW)
    config2 = make_config(tmp_path, [{"url": u} for u in [*urls, httpserver.url_for("/c/feed.xml")]])
    second = ingest(config2, engine, now=NOW + timedelta(hours=1))
    assert second.duplicates == 1
    stored = {a.feed: a for a in articles.seen_since(engine, None)}
    assert stored[urls[1]].canonical_id == first.new_ids[0]
    assert stored[urls[0]].canonical_id is None
    assert stored[httpserver.url_for("/c/feed.xml")].canonical_id is None


def test_import_cli_and_dedup(tmp_path) -> None:
    text = " ".join(
        f"The oil spill reached point {i} of the Louisiana coast on day {i * 7} of the leak." for i in range(12)
    )
    rows = [
        {"id": "r1", "text": text, "published": "2010-04-30", "source": "Reuters"},
        {"id": "g1", "text": text + " Additional reporting by staff.", "published": "2010-04-30", "source": "Guardian"},
        {"id": "x", "published": "2010-04-30"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "feeds.yaml").write_text(f"version: 1\nstorage:\n  url: sqlite:///{tmp_path}/d.sqlite\n")
    result = CliRunner().invoke(main, ["import", str(path), "--config", str(tmp_path / "feeds.yaml")])
    assert result.exit_code == 0, result.output
    assert "imported 2 new" in result.output and "1 near-duplicates linked" in result.output
    assert ":3: skipped: missing or empty required key(s): text" in result.output
    engine = open_db(f"sqlite:///{tmp_path}/d.sqlite")
    assert articles.get(engine, ["g1"])[0].canonical_id == "r1"
    assert import_jsonl(path, engine).new_ids == []
