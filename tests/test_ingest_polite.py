"""Polite fetching against a real local HTTP server: Retry-After, freshness hints, the backoff
sequence, resets; and the fetcher's transport seam."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from digest.cli import main
from digest.config import load
from digest.ingest import feed_health, ingest, polite
from digest.ingest.fetch import BlockedError, Fetcher, FetchSettings
from digest.ingest.guard import Policy
from digest.store import open_db
from tests.data.ingest.site import make_config, rss

NOW = datetime(2026, 5, 2, 8, tzinfo=UTC)
BODY = rss([{"title": "One", "guid": "one", "link": None}])


def feed_yaml(tmp_path, feeds: list[dict], **network) -> str:
    lines = ["version: 1", "feeds:"]
    for f in feeds:
        lines.append(f"  - url: {f['url']}")
        lines += [f"    {k}: {v}" for k, v in f.items() if k != "url"]
    lines += [f"storage:\n  url: sqlite:///{tmp_path}/digest.sqlite", "network:", "  allow_private: [127.0.0.1, '::1']"]
    lines += [f"  {k}: {v}" for k, v in network.items()]
    path = tmp_path / "feeds.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def counting(responses: list[Response]):
    """A handler that answers with the next response (the last one repeats) and counts requests."""
    calls: list[int] = []

    def handler(_request: Request) -> Response:
        calls.append(1)
        return responses[min(len(calls), len(responses)) - 1]

    return handler, calls


# --- the pure rules -------------------------------------------------------------------------


def test_retry_after_reads_seconds_and_dates_and_is_capped() -> None:
    assert polite.retry_after("120", NOW) == timedelta(minutes=2)
    assert polite.retry_after(format_datetime(NOW + timedelta(hours=2), usegmt=True), NOW) == timedelta(hours=2)
    assert polite.retry_after("864000", NOW) == polite.RETRY_AFTER_MAX
    assert polite.retry_after(format_datetime(NOW - timedelta(hours=1), usegmt=True), NOW) == timedelta(0)
    assert polite.retry_after("soon", NOW) is None
    assert polite.retry_after(None, NOW) is None


def test_freshness_hints_take_the_longest_and_the_editor_overrides() -> None:
    assert polite.max_age("public, max-age=600") == timedelta(minutes=10)
    assert polite.max_age("no-cache, max-age=600") is None
    assert polite.feed_interval("60", None, None) == (timedelta(hours=1), "<ttl> 60 min")
    assert polite.feed_interval(None, "hourly", "2") == (timedelta(minutes=30), "sy:updatePeriod hourly ×2")
    assert polite.feed_interval("abc", "fortnightly", None) is None
    hint = polite.feed_interval("90", "hourly", None)
    assert polite.next_fetch(NOW, cache_control="max-age=600", feed_hint=hint, refresh_minutes=None) == (
        NOW + timedelta(minutes=90),
        "<ttl> 90 min",
    )
    assert polite.next_fetch(NOW, cache_control="max-age=999999", feed_hint=None, refresh_minutes=None)[0] == (
        NOW + polite.FRESHNESS_MAX
    )
    assert polite.next_fetch(NOW, cache_control="max-age=600", feed_hint=hint, refresh_minutes=0) == (None, None)
    assert polite.next_fetch(NOW, cache_control=None, feed_hint=hint, refresh_minutes=5) == (
        NOW + timedelta(minutes=5),
        "refresh_minutes 5 (feeds.yaml)",
    )


# --- against a server -----------------------------------------------------------------------


def test_429_retry_after_is_a_wait_not_a_failure_and_holds_the_host(httpserver: HTTPServer, tmp_path) -> None:
    limited, limited_calls = counting([Response("slow down", status=429, headers={"Retry-After": "3600"})])
    sibling, sibling_calls = counting([Response(BODY, content_type="application/rss+xml")])
    httpserver.expect_request("/a.xml").respond_with_handler(limited)
    httpserver.expect_request("/b.xml").respond_with_handler(sibling)
    urls = [httpserver.url_for("/a.xml"), httpserver.url_for("/b.xml")]
    config = make_config(tmp_path, [{"url": u} for u in urls], per_host=1)
    engine = open_db(config.database_url)

    report = ingest(config, engine, now=NOW)
    assert (len(limited_calls), len(sibling_calls)) == (1, 0)  # the host said wait: the sibling was not sent
    assert report.feeds_failed == 0 and report.errors == {}
    assert set(report.feeds_rate_limited) == set(urls)
    assert report.next_tries[urls[0]] == NOW + timedelta(hours=1)
    assert not report.every_feed_failed
    health = {h.url: h for h in feed_health(config, engine, now=NOW)}
    assert health[urls[0]].status == "waiting" and health[urls[0]].failures == 0
    assert health[urls[0]].next_fetch == NOW + timedelta(hours=1)
    assert "Retry-After 3600" in (health[urls[0]].next_reason or "")

    later = ingest(config, engine, now=NOW + timedelta(minutes=30))
    assert (len(limited_calls), len(sibling_calls)) == (1, 0)  # still waiting, across runs
    assert set(later.feeds_rate_limited) == set(urls)


def test_retry_after_is_capped_and_503_dates_are_read(httpserver: HTTPServer, tmp_path) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(hours=3), usegmt=True)
    httpserver.expect_request("/week.xml").respond_with_data("no", status=429, headers={"Retry-After": "604800"})
    httpserver.expect_request("/busy.xml").respond_with_data("no", status=503, headers={"Retry-After": when})
    week, busy = httpserver.url_for("/week.xml"), httpserver.url_for("/busy.xml")
    config = make_config(tmp_path, [{"url": week}, {"url": busy.replace("localhost", "127.0.0.1")}])
    engine = open_db(config.database_url)
    now = datetime.now(UTC)
    report = ingest(config, engine, now=now)
    assert report.next_tries[week] == now + polite.RETRY_AFTER_MAX
    busy_wait = report.next_tries[busy.replace("localhost", "127.0.0.1")] - now
    assert timedelta(hours=2, minutes=58) < busy_wait <= timedelta(hours=3)


def test_backoff_sequence_then_a_config_change_resets_it(httpserver: HTTPServer, tmp_path) -> None:
    handler, calls = counting([Response("down", status=500)])
    httpserver.expect_request("/down.xml").respond_with_handler(handler)
    url = httpserver.url_for("/down.xml")
    config = make_config(tmp_path, [{"url": url, "name": "Down"}], max_failures=10)
    engine = open_db(config.database_url)

    now, waits = NOW, []
    for _ in range(4):
        report = ingest(config, engine, now=now)
        assert report.feeds_failed == 1 and report.every_feed_failed
        waits.append(report.next_tries[url] - now)
        skipped = ingest(config, engine, now=report.next_tries[url] - timedelta(seconds=1))
        assert url in skipped.feeds_skipped and skipped.every_feed_failed is False  # nothing failed this run
        now = report.next_tries[url]
    assert waits == [timedelta(minutes=m) for m in (15, 30, 60, 120)]
    assert len(calls) == 4  # never fetched while backing off
    (health,) = feed_health(config, engine, now=now - timedelta(seconds=1))
    assert (health.status, health.failures, health.next_fetch) == ("failing", 4, now)
    assert health.next_reason == "backing off after 4 failures"

    renamed = config.model_copy(update={"feeds": [config.feeds[0].model_copy(update={"name": "Down (fixed)"})]})
    retried = ingest(renamed, engine, now=now + timedelta(minutes=1))
    assert len(calls) == 5 and retried.feeds_failed == 1
    assert retried.next_tries[url] == now + timedelta(minutes=1) + timedelta(minutes=15)  # the sequence started over


def test_max_age_ttl_and_the_editors_override(httpserver: HTTPServer, tmp_path) -> None:
    cached, cached_calls = counting(
        [Response(BODY, content_type="application/rss+xml", headers={"Cache-Control": "max-age=600"})]
    )
    ttl_body = BODY.replace("<description>test</description>", "<description>test</description><ttl>120</ttl>")
    ttl, ttl_calls = counting([Response(ttl_body, content_type="application/rss+xml", headers={"ETag": '"t"'})])
    forced, forced_calls = counting(
        [Response(BODY, content_type="application/rss+xml", headers={"Cache-Control": "max-age=600"})]
    )
    httpserver.expect_request("/cached.xml").respond_with_handler(cached)
    httpserver.expect_request("/ttl.xml").respond_with_handler(ttl)
    httpserver.expect_request("/forced.xml").respond_with_handler(forced)
    urls = [httpserver.url_for(p) for p in ("/cached.xml", "/ttl.xml", "/forced.xml")]
    config = make_config(tmp_path, [{"url": urls[0]}, {"url": urls[1]}, {"url": urls[2], "refresh_minutes": 0}])
    engine = open_db(config.database_url)

    first = ingest(config, engine, now=NOW)
    assert first.feeds_ok == 3
    health = {h.url: h for h in feed_health(config, engine, now=NOW)}
    assert health[urls[0]].next_fetch == NOW + timedelta(minutes=10)
    assert health[urls[0]].next_reason == "Cache-Control max-age=600" and health[urls[0]].status == "ok"
    assert health[urls[1]].next_fetch == NOW + timedelta(hours=2) and health[urls[1]].next_reason == "<ttl> 120 min"
    assert health[urls[2]].next_fetch is None  # refresh_minutes: 0 fetches on every run

    soon = ingest(config, engine, now=NOW + timedelta(minutes=5))
    assert set(soon.feeds_not_due) == {urls[0], urls[1]} and soon.feeds_ok == 1 and not soon.every_feed_failed
    assert (len(cached_calls), len(ttl_calls), len(forced_calls)) == (1, 1, 2)
    later = ingest(config, engine, now=NOW + timedelta(minutes=11))
    assert set(later.feeds_not_due) == {urls[1]}
    assert (len(cached_calls), len(ttl_calls), len(forced_calls)) == (2, 1, 3)


def test_feeds_reset_all_and_run_exit_code_when_every_feed_failed(httpserver: HTTPServer, tmp_path) -> None:
    httpserver.expect_request("/a.xml").respond_with_data("down", status=500)
    httpserver.expect_request("/b.xml").respond_with_data("down", status=502)
    urls = [httpserver.url_for("/a.xml"), httpserver.url_for("/b.xml")]
    path = feed_yaml(tmp_path, [{"url": u} for u in urls])
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("digests:\n  - name: Daily\n    recipients: [a@example.org]\n")
    runner = CliRunner()
    fetched = runner.invoke(main, ["fetch", "--config", path])
    assert fetched.exit_code == 0 and "next retry" in fetched.output

    reset = runner.invoke(main, ["feeds", "reset", "--all", "--config", path])
    assert reset.exit_code == 0 and reset.output.strip() == "reset 2 feeds"
    engine = open_db(f"sqlite:///{tmp_path}/digest.sqlite")
    assert [(h.failures, h.next_fetch) for h in feed_health(load(path), engine)] == [(0, None), (0, None)]
    assert runner.invoke(main, ["feeds", "reset", "--config", path]).exit_code == 2  # a URL or --all

    failed = runner.invoke(main, ["run", "--config", path])
    assert failed.exit_code == 6, failed.output
    assert "2 feeds failing" in failed.output and "digest feeds reset --all" in failed.output


# --- the transport seam ---------------------------------------------------------------------


def test_a_mock_transport_answers_in_process_and_the_url_policy_still_applies() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/moved":
            return httpx.Response(301, headers={"Location": "http://10.0.0.1/internal"})
        return httpx.Response(200, content=BODY.encode(), headers={"Content-Type": "application/rss+xml"})

    async def go() -> tuple[bytes, str, str]:
        async with Fetcher(Policy(), FetchSettings(), transport=httpx.MockTransport(answer)) as fetcher:
            result = await fetcher.get("https://feeds.example.org/feed.xml", max_bytes=10_000)
            with pytest.raises(BlockedError) as direct:
                await fetcher.get("http://127.0.0.1/admin", max_bytes=10_000)
            with pytest.raises(BlockedError) as hop:
                await fetcher.get("https://feeds.example.org/moved", max_bytes=10_000)
            return result.body, str(direct.value), str(hop.value)

    body, direct, hop = asyncio.run(go())
    assert body == BODY.encode()
    assert seen == ["https://feeds.example.org/feed.xml", "https://feeds.example.org/moved"]  # 127.0.0.1 never sent
    assert "127.0.0.1" in direct and "redirect" in hop


def test_a_schema_1_database_gains_the_polite_columns(tmp_path) -> None:
    from sqlalchemy import inspect, text

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = open_db(url)
    with engine.begin() as conn:
        for column in ("wait_reason", "feed_hint", "config_hash"):
            conn.execute(text(f"ALTER TABLE feed_state DROP COLUMN {column}"))
        conn.execute(text("UPDATE schema_version SET version = 1"))
    engine.dispose()
    engine = open_db(url)
    columns = {c["name"] for c in inspect(engine).get_columns("feed_state")}
    assert {"wait_reason", "feed_hint", "config_hash"} <= columns
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() >= 2  # and any later migration
