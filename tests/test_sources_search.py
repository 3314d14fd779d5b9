"""Topic-driven search against a search feed served on localhost (pytest-httpserver)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from digest import config as config_module
from digest.config import ConfigError
from digest.ingest import feed_health, ingest
from digest.ingest.search import topic_query
from digest.store import articles as article_store
from digest.store import open_db
from digest.topics.service import config_slug, get_topic, update_topics

NOW = datetime(2026, 5, 20, 8, 0, tzinfo=UTC)
TOPIC = "US–China AI safety talks"
QUERY = '"US–China AI safety talks" OR "AI safety protocol"'

PAGE = """<html><head><title>{title}</title><meta property="og:site_name" content="{site}"></head><body>
<article><h1>{title}</h1>{paragraphs}</article></body></html>"""
STORY = [
    "Japan is drafting national cyberdefense guidelines after the disclosure of a frontier model's offensive "
    "capabilities, officials in Tokyo said on Tuesday, in a move that follows the Beijing summit.",
    "The cybersecurity chief of the governing party said the response must involve the largest technology "
    "companies, and described the situation as a race against time for the government and industry.",
    "Regulators in London separately issued formal requirements for financial firms to govern frontier "
    "models, a step that analysts said mirrors the oversight being discussed by Washington and Beijing.",
]


def rss(server: HTTPServer, n: int) -> str:
    items = "".join(
        f"<item><title>Result {i}: Japan drafts guidelines</title><link>{server.url_for(f'/story/{i}')}</link>"
        f"<guid>{server.url_for(f'/story/{i}')}</guid><description>Summary {i}</description>"
        f"<pubDate>{format_datetime(NOW - timedelta(hours=i))}</pubDate></item>"
        for i in range(1, n + 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>search</title>{items}</channel></rss>'


def serve_stories(server: HTTPServer, n: int) -> None:
    for i in range(1, n + 1):
        body = PAGE.format(
            title=f"Result {i}: Japan drafts guidelines",
            site=f"Outlet {i}",
            paragraphs="".join(f"<p>{p} ({i})</p>" for p in STORY),
        )
        server.expect_request(f"/story/{i}").respond_with_data(body, content_type="text/html")


def write_config(tmp_path: Path, server: HTTPServer, topic_extra: str = "search: true", limits: str = "") -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"""version: 1
storage: {{url: "sqlite:///{tmp_path / "db.sqlite"}"}}
network: {{allow_private: ["127.0.0.1/32", "::1/128"], extract_workers: 1}}
topics:
  - name: {TOPIC}
    include: [AI safety protocol]
    {topic_extra}
  - name: Copyright and AI training data
    include: [copyright]
search:
  feeds:
    - name: news
      url: "{server.url_for("/rss")}?q={{query}}"
{limits}
"""
    )
    return path


def test_a_topic_with_search_gains_articles_from_a_search_feed_for_its_query(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    calls: list[Request] = []

    def search(request: Request) -> Response:
        calls.append(request)
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(rss(httpserver, 3), content_type="application/rss+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/rss", query_string={"q": QUERY}).respond_with_handler(search)
    serve_stories(httpserver, 3)
    config = config_module.load(write_config(tmp_path, httpserver))
    assert topic_query(config.topics[0]) == QUERY
    engine = open_db(config.database_url)

    report = ingest(config, engine, now=NOW)
    assert report.errors == {}
    assert len(report.new_ids) == 3
    stored = article_store.get(engine, report.new_ids)
    assert sorted(a.source for a in stored) == [f"Outlet {i} · search: {TOPIC}" for i in (1, 2, 3)]
    assert all("cyberdefense guidelines" in a.text for a in stored)  # the page's text, not the feed's summary

    # none of them names the topic's include phrase: they join because the topic's search found them
    update_topics(engine, config, report.new_ids, NOW)
    topic = get_topic(engine, config_slug(config.topics[0]))
    assert topic is not None and set(report.new_ids) <= set(topic.members)
    other = get_topic(engine, config_slug(config.topics[1]))
    assert other is not None and not set(report.new_ids) & set(other.members)

    again = ingest(config, engine, now=NOW + timedelta(hours=1))  # conditional GET: 304, nothing new
    assert again.new_ids == [] and calls[-1].headers.get("If-None-Match") == '"v1"'
    [health] = [h for h in feed_health(config, engine) if h.kind == "search"]
    assert health.status == "ok" and health.name == f"news: {TOPIC}" and health.items_seen == 3


def test_new_articles_per_topic_are_capped_and_the_rest_come_next_run(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/rss").respond_with_data(rss(httpserver, 3), content_type="application/rss+xml")
    serve_stories(httpserver, 3)
    limits = "  max_new_per_topic: 2\n"
    config = config_module.load(write_config(tmp_path, httpserver, limits=limits))
    engine = open_db(config.database_url)
    first = ingest(config, engine, now=NOW)
    assert len(first.new_ids) == 2 and any("new-article limit" in why for why in first.feeds_skipped.values())
    second = ingest(config, engine, now=NOW + timedelta(hours=1))
    assert len(second.new_ids) == 1


def test_request_limit_zero_requests_nothing(httpserver: HTTPServer, tmp_path: Path) -> None:
    config = config_module.load(write_config(tmp_path, httpserver, limits="  max_requests_per_run: 0\n"))
    report = ingest(config, open_db(config.database_url), now=NOW)
    assert report.new_ids == [] and len(httpserver.log) == 0
    assert list(report.feeds_skipped.values()) == ["request limit reached; next run"]


def test_a_search_page_that_is_html_is_logged_and_skipped(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        "<!doctype html><html><body>Results for your query</body></html>", content_type="text/html"
    )
    config = config_module.load(write_config(tmp_path, httpserver, topic_extra='search: "custom query"'))
    engine = open_db(config.database_url)
    report = ingest(config, engine, now=NOW)
    assert report.new_ids == []
    [(url, message)] = report.errors.items()
    assert "q=custom+query" in url and "HTML, not a feed" in message
    [health] = [h for h in feed_health(config, engine) if h.kind == "search"]
    assert health.status == "failing"


def test_search_respects_the_address_guard(httpserver: HTTPServer, tmp_path: Path) -> None:
    path = write_config(tmp_path, httpserver)
    path.write_text(path.read_text().replace('allow_private: ["127.0.0.1/32", "::1/128"], ', ""))
    config = config_module.load(path)
    report = ingest(config, open_db(config.database_url), now=NOW)
    assert report.new_ids == [] and len(httpserver.log) == 0
    assert any("not public" in m for m in report.errors.values())


def test_validate_names_the_line_of_a_bad_search_or_newsletter_entry(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        """version: 1
topics:
  - name: A
    search: true
newsletters:
  - name: Inbox
    maildir: ./Mail
  - name: Broken
    imap: {host: mail.example.org, user: me}
search:
  feeds:
    - name: news
      url: "https://news.example/rss?q={quer}"
"""
    )
    with pytest.raises(ConfigError) as caught:
        config_module.load(path)
    problems = caught.value.problems
    assert f"{path}:9: newsletters.1.imap.password_env: Field required" in problems
    assert any(p.startswith(f"{path}:13: search.feeds.0.url: unknown placeholder {{quer}}") for p in problems)


def test_a_topic_asking_for_search_without_search_feeds_is_refused_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("version: 1\ntopics:\n  - name: A\n    include: [x]\n    search: true\n")
    with pytest.raises(ConfigError) as caught:
        config_module.load(path)
    assert caught.value.problems == [f"{path}:5: topics.0.search: no search feeds: add them under search: feeds:"]
