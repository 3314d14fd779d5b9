"""Each hostile case from the ingestion issue, against a real HTTP server on localhost."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import brotli
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from digest.ingest import feed_health, ingest
from digest.store import articles, open_db
from tests.data.ingest.site import make_config, page_html, rss

NOW = datetime(2026, 5, 2, 8, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    """A threaded server, so one slow response does not hold up the others."""
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


def good_feed(server: HTTPServer, name: str = "good") -> str:
    path = f"/{name}/story"
    server.expect_request(path).respond_with_data(page_html("Good story", f"Words {name}."), content_type="text/html")
    server.expect_request(f"/{name}/feed.xml").respond_with_data(
        rss([{"title": "Good story", "link": server.url_for(path)}]), content_type="application/rss+xml"
    )
    return server.url_for(f"/{name}/feed.xml")


def run(tmp_path, feeds: list[str], **network):
    config = make_config(tmp_path, [{"url": u} for u in feeds], **network)
    engine = open_db(config.database_url)
    return config, engine, ingest(config, engine, now=NOW)


def redirect(server: HTTPServer, path: str, location: str, status: int = 302) -> str:
    server.expect_request(path).respond_with_response(Response(status=status, headers={"Location": location}))
    return server.url_for(path)


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://2852039166/latest/meta-data/",
        "http://10.0.0.1:{port}/feed.xml",
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed.xml",
        "http://127.0.0.2:{port}/good/feed.xml",
    ],
)
def test_redirects_to_private_addresses_are_refused(server: HTTPServer, tmp_path, target: str) -> None:
    good_feed(server)
    bad = redirect(server, "/bad", target.format(port=server.port))
    # only 127.0.0.1 itself is allowlisted: other private targets, in any spelling, are refused
    _, _, report = run(tmp_path, [bad], allow_private=["127.0.0.1/32"])
    assert report.feeds_failed == 1
    assert "refused" in report.errors[bad] or "not public" in report.errors[bad]


@pytest.mark.parametrize(
    "spelling", ["127.0.0.1", "[::ffff:127.0.0.1]", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "localhost"]
)
def test_loopback_in_every_spelling_is_refused_without_allowlist(server: HTTPServer, tmp_path, spelling: str) -> None:
    good_feed(server)
    url = f"http://{spelling}:{server.port}/good/feed.xml"
    _, engine, report = run(tmp_path, [url], allow_private=[])
    assert report.feeds_failed == 1 and "not public" in report.errors[url]
    assert articles.count(engine) == 0


@pytest.mark.parametrize(("allow", "ok"), [(["127.0.0.2"], False), (["127.0.0.2", "127.0.0.1"], True)])
def test_redirect_to_127_0_0_1_refused_unless_allowlisted(server: HTTPServer, tmp_path, allow, ok) -> None:
    good = good_feed(server)  # on 127.0.0.1
    other = HTTPServer(host="127.0.0.2")  # a second loopback address for the first hop
    other.start()
    try:
        hop = redirect(other, "/hop", good)
        _, _, report = run(tmp_path, [hop], allow_private=allow)
    finally:
        other.stop()
    if ok:
        assert report.feeds_ok == 1 and len(report.new_ids) == 1
    else:
        assert report.feeds_failed == 1 and "redirect" in report.errors[hop] and "not public" in report.errors[hop]


def test_redirect_to_allowlisted_address_is_followed(server: HTTPServer, tmp_path) -> None:
    good = good_feed(server)
    moved = redirect(server, "/moved", good, status=301)
    _config, engine, report = run(tmp_path, [moved])
    assert report.feeds_ok == 1 and len(report.new_ids) == 1
    from digest.store.feeds import load_states

    assert load_states(engine)[moved].current_url == good  # permanent redirect remembered after success


def test_localhost_is_refused_unless_allowlisted(server: HTTPServer, tmp_path) -> None:
    url = good_feed(server)
    _, engine, report = run(tmp_path, [url], allow_private=[])
    assert report.feeds_failed == 1 and "not public" in report.errors[url]
    assert articles.count(engine) == 0


def test_hostname_resolving_to_private_address_is_refused_at_connect(server: HTTPServer, tmp_path) -> None:
    """The name passes the URL check; the connected-address check refuses it."""
    good_feed(server)
    name = socket.gethostname()
    try:
        resolved = {info[4][0] for info in socket.getaddrinfo(name, server.port)}
    except OSError:
        pytest.skip("host name does not resolve here")
    url = f"http://{name}:{server.port}/good/feed.xml"
    _, _, report = run(tmp_path, [url], allow_private=[])
    assert report.feeds_failed == 1
    assert "non-public address" in report.errors[url], (resolved, report.errors)


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compression_bomb_stops_at_the_cap(server: HTTPServer, tmp_path, encoding: str) -> None:
    good = good_feed(server)
    plain = b"<rss><channel>" + b" " * (64 * 1024 * 1024) + b"</channel></rss>"
    body = gzip.compress(plain, 9) if encoding == "gzip" else brotli.compress(plain, quality=5)
    assert len(body) < 2 * 1024 * 1024
    server.expect_request("/bomb.xml").respond_with_data(
        body, headers={"Content-Encoding": encoding}, content_type="application/rss+xml"
    )
    bomb = server.url_for("/bomb.xml")
    _, _, report = run(tmp_path, [bomb, good], max_feed_bytes=1024 * 1024)
    assert "larger than" in report.errors[bomb]
    assert report.feeds_ok == 1 and len(report.new_ids) == 1


def test_plain_oversized_body_is_refused(server: HTTPServer, tmp_path) -> None:
    server.expect_request("/big.xml").respond_with_data(b"x" * 300_000, content_type="application/rss+xml")
    big = server.url_for("/big.xml")
    _, _, report = run(tmp_path, [big], max_feed_bytes=100_000)
    assert "cap" in report.errors[big] or "larger than" in report.errors[big]


def test_slow_drip_is_cut_off_and_others_still_ingest(server: HTTPServer, tmp_path) -> None:
    good = good_feed(server)

    def drip(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b"<?xml version='1.0'?><rss><channel>"
            for _ in range(40):
                time.sleep(0.25)
                yield b" "

        return Response(body(), content_type="application/rss+xml")

    server.expect_request("/drip.xml").respond_with_handler(drip)
    slow = server.url_for("/drip.xml")
    started = time.monotonic()
    _, _, report = run(tmp_path, [slow, good], timeout=1.5)
    assert time.monotonic() - started < 8  # far less than the 10 s the drip would take
    assert "within 1.5 s" in report.errors[slow]
    assert report.feeds_ok == 1 and len(report.new_ids) == 1


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><description>&xxe;</description>
<link>http://example.org/1</link></item></channel></rss>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>"""

UTF16_XXE = XXE.decode().replace('version="1.0"', 'version="1.0" encoding="utf-16"').encode("utf-16")


@pytest.mark.parametrize("body", [XXE, LAUGHS, UTF16_XXE], ids=["xxe", "billion-laughs", "utf16-xxe"])
def test_entity_declarations_are_refused(server: HTTPServer, tmp_path, body: bytes) -> None:
    good = good_feed(server)
    server.expect_request("/evil.xml").respond_with_data(body, content_type="application/rss+xml")
    evil = server.url_for("/evil.xml")
    _, engine, report = run(tmp_path, [evil, good])
    assert "entities" in report.errors[evil]
    assert report.feeds_ok == 1
    assert all("root:" not in a.text and "lol" not in a.title for a in articles.seen_since(engine, None))


def test_malformed_and_empty_feeds_are_reported_while_others_ingest(server: HTTPServer, tmp_path) -> None:
    good = good_feed(server)
    server.expect_request("/empty.xml").respond_with_data(b"", content_type="application/rss+xml")
    server.expect_request("/html.xml").respond_with_data(b"<html><body>hello</body></html>", content_type="text/html")
    server.expect_request("/404.xml").respond_with_data("gone", status=404)
    broken = rss([{"title": "Kept entry", "link": "http://example.org/kept"}]).replace(
        "</channel></rss>", "<item><title>"
    )
    server.expect_request("/broken.xml").respond_with_data(broken, content_type="application/rss+xml")
    urls = {n: server.url_for(f"/{n}.xml") for n in ("empty", "html", "404", "broken")}
    config, engine, report = run(tmp_path, [*urls.values(), good], allow_private=["127.0.0.1"])
    assert "empty" in report.errors[urls["empty"]]
    assert "not an RSS/Atom feed" in report.errors[urls["html"]]
    assert "HTTP 404" in report.errors[urls["404"]]
    assert "malformed" in report.errors[urls["broken"]]
    titles = {a.title for a in articles.seen_since(engine, None)}
    assert {"Good story", "Kept entry"} <= titles  # entries that parsed cleanly are kept
    status = {h.url: h.status for h in feed_health(config, engine)}
    assert status[good] == "ok" and status[urls["404"]] == "failing" and status[urls["broken"]] == "failing"


def test_page_that_hangs_extraction_falls_back_to_feed_text(server: HTTPServer, tmp_path) -> None:
    huge = page_html("Huge", "word " * 50, paragraphs=20000)
    server.expect_request("/huge").respond_with_data(huge, content_type="text/html")
    items = [{"title": "Huge page", "link": server.url_for("/huge"), "summary": "The feed's own summary text."}]
    server.expect_request("/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feed = server.url_for("/feed.xml")
    _, engine, report = run(tmp_path, [feed], extract_timeout=0.3, max_page_bytes=50 * 1024 * 1024)
    assert report.feeds_ok == 1 and report.fallbacks == 1 and report.extracted == 0
    (article,) = articles.get(engine, report.new_ids)
    assert article.extraction == "feed" and article.text == "The feed's own summary text."


def test_entry_links_to_private_addresses_are_not_fetched(server: HTTPServer, tmp_path) -> None:
    items = [
        {"title": "Metadata", "link": "http://169.254.169.254/latest/meta-data/", "summary": "Feed text one."},
        {"title": "Local file", "link": "file:///etc/passwd", "guid": "g2", "summary": "Feed text two."},
    ]
    server.expect_request("/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feed = server.url_for("/feed.xml")
    _, engine, report = run(tmp_path, [feed])
    assert report.feeds_ok == 1 and report.fallbacks == 2
    stored = {a.title: a for a in articles.seen_since(engine, None)}
    assert stored["Local file"].url is None  # non-http links never leave the feed
    assert stored["Metadata"].text == "Feed text one."


def test_tls_certificates_are_always_verified(tmp_path) -> None:
    """A self-signed certificate is refused: connecting to the checked IP keeps SNI and verification."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl command not available")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    openssl = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        [*openssl, "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    srv = HTTPServer(host="127.0.0.1", ssl_context=context)
    srv.start()
    try:
        srv.expect_request("/feed.xml").respond_with_data(rss([]), content_type="application/rss+xml")
        url = srv.url_for("/feed.xml")
        assert url.startswith("https://")
        _, _, report = run(tmp_path, [url])
    finally:
        srv.stop()
    assert report.feeds_failed == 1 and "CERTIFICATE_VERIFY_FAILED" in report.errors[url]


def test_redos_shaped_author_fails_that_feed_only(server: HTTPServer, tmp_path) -> None:
    """feedparser's author regex is quadratic; the parse time limit stops it (kills the worker)."""
    good = good_feed(server)
    evil = rss([{"title": "x", "link": "http://example.org/x"}]).replace(
        "<title>x</title>", "<title>x</title><author>" + "a" * 80_000 + "</author>"
    )
    server.expect_request("/redos.xml").respond_with_data(evil, content_type="application/rss+xml")
    slow = server.url_for("/redos.xml")
    _, _, report = run(tmp_path, [slow, good], timeout=2, extract_timeout=2, extract_workers=2)
    assert "parse took longer than" in report.errors[slow]
    assert report.feeds_ok == 1 and len(report.new_ids) == 1
