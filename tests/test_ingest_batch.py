"""The throughput machinery keeps its promises: batched writes, slot order, reserved bodies, caches."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from digest.ingest import feed_health, ingest
from digest.ingest.fetch import Fetcher, FetchError, FetchSettings, GuardedBackend
from digest.ingest.guard import Blocked, Policy
from digest.ingest.pool import WorkerPool
from digest.ingest.run import PARSE_PRELOAD
from digest.store import articles, open_db
from digest.store import feeds as feed_store
from tests.data.ingest.site import make_config, page_html, rss

NOW = datetime(2026, 5, 2, 8, tzinfo=UTC)
LOCAL = Policy.from_config(["127.0.0.0/8", "::1"])


def test_record_entries_many_applies_feeds_in_order(tmp_path) -> None:
    engine = open_db(f"sqlite:///{tmp_path / 'db.sqlite'}")
    feed_store.record_entries(engine, "old", {"k0": "h0"}, NOW)
    counts = feed_store.record_entries_many(
        engine,
        [
            ("a", {"k1": "h1", "k2": "h2"}),
            ("b", {"k2": "h2-edited", "k3": "h3"}),  # k2 first seen in a: stays a's, hash updated
            ("old", {"k0": "h0-edited"}),
            ("empty", {}),
        ],
        NOW + timedelta(hours=1),
    )
    assert counts == {"a": 2, "b": 1, "old": 1}
    assert feed_store.known_entries(engine, ["k0", "k1", "k2", "k3"]) == {
        "k0": "h0-edited",
        "k1": "h1",
        "k2": "h2-edited",
        "k3": "h3",
    }
    assert feed_store.count_entries(engine, "a") == 2


def test_many_feeds_sharing_entries_in_one_run(httpserver: HTTPServer, tmp_path) -> None:
    """Feeds finishing together are written in one batch; a shared entry is stored once."""
    httpserver.expect_request("/shared").respond_with_data(
        page_html("Shared", "shared words"), content_type="text/html"
    )
    shared = {"title": "Shared", "link": httpserver.url_for("/shared")}
    urls = []
    for i in range(12):
        httpserver.expect_request(f"/own{i}").respond_with_data(
            page_html(f"Own {i}", f"w{i}"), content_type="text/html"
        )
        own = {"title": f"Own {i}", "link": httpserver.url_for(f"/own{i}")}
        httpserver.expect_request(f"/f{i}.xml").respond_with_data(
            rss([shared, own]), content_type="application/rss+xml"
        )
        urls.append(httpserver.url_for(f"/f{i}.xml"))
    config = make_config(tmp_path, [{"url": u} for u in urls], extract_workers=2)
    engine = open_db(config.database_url)
    report = ingest(config, engine, now=NOW)
    assert report.feeds_ok == 12 and report.errors == {}
    assert len(report.new_ids) == 13 and articles.count(engine) == 13
    seen = {h.url: h.items_seen for h in feed_health(config, engine)}
    assert sum(seen.values()) == 13  # the shared entry belongs to the feed that recorded it first
    assert all(n in (1, 2) for n in seen.values())
    again = ingest(config, engine, now=NOW + timedelta(hours=1))
    assert again.feeds_unchanged == 12 and again.new_ids == [] and again.extracted == 0


def slow_server(delay: float) -> HTTPServer:
    srv = HTTPServer(host="127.0.0.1", threaded=True)

    def handler(request: Request) -> Response:
        time.sleep(delay)
        return Response("ok", content_type="text/plain")

    srv.expect_request("/slow").respond_with_handler(handler)
    srv.start()
    return srv


def test_a_busy_host_holds_no_global_slot() -> None:
    """Requests queued for their host do not occupy the global limit: another host goes first."""
    srv = slow_server(0.3)
    done: list[str] = []

    async def scenario() -> None:
        settings = FetchSettings(timeout=10, concurrency=2, per_host=1)
        async with Fetcher(LOCAL, settings) as fetcher:

            async def get(name: str, host: str) -> None:
                await fetcher.get(f"http://{host}:{srv.port}/slow", max_bytes=1000)
                done.append(name)

            await asyncio.gather(*(get(f"a{i}", "127.0.0.1") for i in range(4)), get("b", "localhost"))

    try:
        asyncio.run(scenario())
    finally:
        srv.stop()
    assert done.index("b") < done.index("a1")


def test_reserve_is_kept_on_success_and_returned_on_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ok").respond_with_data("ok")
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)

    async def scenario() -> None:
        reserve = asyncio.Semaphore(2)
        async with Fetcher(LOCAL, FetchSettings(timeout=5)) as fetcher:
            await fetcher.get(httpserver.url_for("/ok"), max_bytes=100, reserve=reserve)
            assert reserve._value == 1  # the caller holds it until done with the body
            with pytest.raises(FetchError):
                await fetcher.get(httpserver.url_for("/gone"), max_bytes=100, reserve=reserve)
            assert reserve._value == 1
            reserve.release()

    asyncio.run(scenario())


def test_addresses_are_resolved_once_and_still_checked() -> None:
    backend = GuardedBackend(Policy())

    async def scenario() -> None:
        assert await backend.resolve("127.0.0.1", 80) == ["127.0.0.1"]  # a literal needs no lookup
        assert backend._resolved == {}
        first = await backend.resolve("localhost", 80)
        assert first and ("localhost", 80) in backend._resolved
        assert await backend.resolve("localhost", 80) == first
        with pytest.raises(Exception, match="non-public"):  # cached or not, the policy decides
            await backend.connect_tcp("localhost", 80, timeout=2)

    asyncio.run(scenario())
    with pytest.raises(Blocked):
        Policy().check_url("http://localhost/")
    with pytest.raises(Blocked):  # the per-host verdict cache answers the same the second time
        Policy().check_url("http://localhost/again")
    assert LOCAL.url_allowed("http://localhost/") and LOCAL.url_allowed("http://127.0.0.1/")


def test_parse_pool_starts_light_and_warm_starts_every_worker() -> None:
    async def scenario() -> None:
        async with WorkerPool(2, preload=PARSE_PRELOAD) as pool:
            await pool.warm()
            assert all(slot.alive() for slot in pool._slots)
            body = rss([{"title": "T", "link": "http://x.org/a"}]).encode()
            parsed = await pool.run("parse", (body, {}, "http://x.org/f", "http://x.org/f"), 30)
            assert [e.title for e in parsed.entries] == ["T"]

    asyncio.run(scenario())


def test_not_modified_keeps_the_connection_for_the_next_request() -> None:
    """A 304 is read to its (empty) end, so conditional GETs reuse connections instead of reconnecting."""
    connections: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 1234\r\n\r\n')
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def scenario() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            async with Fetcher(LOCAL, FetchSettings(timeout=5, per_host=1)) as fetcher:
                for _ in range(3):
                    result = await fetcher.get(f"http://127.0.0.1:{port}/feed.xml", max_bytes=100, etag='"v1"')
                    assert result.not_modified and result.body == b""
        finally:
            server.close()

    asyncio.run(scenario())
    assert len(connections) == 1
