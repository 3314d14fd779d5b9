"""Every path of the site through Starlette's TestClient, with a real SQLite store behind it."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import event
from starlette.testclient import TestClient
from test_web_support import SECRET, SECRET_ENV, SLUG, Outbox, make_config, sample_data

from digest.deliver import subscribers
from digest.deliver.tokens import SecretError, Tokens
from digest.store import open_db
from digest.store.db import make_engine
from digest.web import build_app, create_app

BASE = "https://digest.example.org"


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    return make_config(tmp_path)


@pytest.fixture
def engine(config):
    engine = open_db(config.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def outbox():
    return Outbox()


@pytest.fixture
def client(config, engine, outbox):
    app = build_app(config, engine, mailer=outbox, data=sample_data(BASE))
    with TestClient(app) as c:
        yield c


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the form"
    return match.group(1)


def path_of(url: str) -> str:
    assert url.startswith(BASE), url
    return url[len(BASE) :]


def tokens() -> Tokens:
    return Tokens(SECRET)


def confirmed_subscriber(engine, email="sub@example.org") -> subscribers.Subscriber:
    sub = subscribers.subscribe(engine, email)
    return subscribers.confirm(engine, sub.id)


# ------------------------------------------------------------------------------------------- archive


def test_index_lists_sent_issues_and_topics_escaped(client):
    r = client.get("/")
    assert r.status_code == 200
    html = r.text
    assert '<a href="/issues/2">Morning brief: &lt;b&gt;2&lt;/b&gt; topics updated — 2026-05-22</a>' in html
    assert 'href="/issues/1"' in html
    assert "Still sending" not in html  # a pending issue is not in the archive yet
    assert f'href="/topics/{SLUG}"' in html
    assert "version 3 · 68 items" in html
    assert "/unsubscribe/" not in html and "/preferences/" not in html
    assert "set-cookie" not in r.headers  # archive pages carry nothing personal


def test_security_headers_on_every_page(client):
    for path in ("/", "/topics", f"/topics/{SLUG}", "/subscribe", "/nope", "/issues/1"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src" not in csp and "default-src 'none'" in csp, path
        assert "frame-ancestors 'none'" in csp
        assert r.headers["referrer-policy"] == "same-origin"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert "<script" not in r.text.lower()


def test_issue_page_is_the_email_without_any_recipient_token(client):
    r = client.get("/issues/1")
    assert r.status_code == 200
    assert "Morning brief — 2026-05-22" in r.text
    assert f'href="{BASE}/topics/{SLUG}"' in r.text
    assert "/unsubscribe/" not in r.text and "secretsig" not in r.text
    assert '<a href="/" style' in r.text  # the archive banner, right after <body>
    assert r.text.index("Archive") < r.text.index("Morning brief — 2026-05-22")
    assert "form-action 'none'" in r.headers["content-security-policy"]
    text = client.get("/issues/1.txt")
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
    assert "secretsig" not in text.text and "US–China" in text.text


def test_unknown_or_unsent_issue_is_404(client):
    for path in ("/issues/99", "/issues/3", "/issues/3.txt", "/issues/x"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Sorry" in r.text


def test_topic_page_has_the_history_shape(client):
    r = client.get(f"/topics/{SLUG}")
    assert r.status_code == 200
    html = r.text
    assert "<h1>US–China AI Safety Protocol Announcement · history</h1>" in html
    assert "Version 3" in html
    # dates as the page's language writes them; the <time> element keeps the ISO one for machines
    assert '<time datetime="2026-05-22T19:36:00Z">22 May 2026, 19:36 UTC</time> · 68 items' in html
    assert '<time datetime="2026-05-14">14 May 2026</time>: Trump-Xi Beijing summit' in html  # timeline
    assert '(<time datetime="2026-05-19">19 May 2026</time>)</li>' in html  # a source's day
    order = ["What", "Why it matters", "Open questions", "Narrative", "Timeline", "Perspectives", "Tensions", "Sources"]
    positions = [html.index(f"<h2>{name}</h2>") for name in order]
    assert positions == sorted(positions)
    assert 'href="#source-5">[5]</a>' in html and 'id="source-5"' in html
    assert "Evolution: Consistent — the &#39;position of strength&#39; framing" in html
    assert "Evolution: New in this version" in html
    assert '<a href="/topics/us-china-ai-safety-protocol/versions/2">2</a>' in html  # earlier versions
    assert 'href="/topics/us-china-ai-safety-protocol/versions/1"' in html
    changes = html[html.index('id="changes"') :]
    assert "20 → 68 items" in changes
    assert "Japan has emerged as the most active third-party responder" in changes  # an added line
    assert "The bilateral frame may anchor a multilateral floor" in changes  # a removed line
    assert "<del>" in changes


def test_earlier_version_page_and_first_version(client):
    r = client.get(f"/topics/{SLUG}/versions/2")
    assert r.status_code == 200
    assert "Version 2" in r.text and "You are reading an earlier version" in r.text
    assert "Japan has emerged" not in r.text.split('id="changes"')[0]
    first = client.get(f"/topics/{SLUG}/versions/1")
    assert first.status_code == 200 and "This version has no brief." in first.text
    assert "This is the first version of this topic." in first.text
    assert client.get(f"/topics/{SLUG}/versions/7").status_code == 404
    assert client.get("/topics/no-such-topic").status_code == 404
    topics = client.get("/topics")
    assert topics.status_code == 200 and f'href="/topics/{SLUG}"' in topics.text


def test_feed_is_atom_of_sent_issues(client):
    r = client.get("/feed.xml")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == [
        "Morning brief: <b>2</b> topics updated — 2026-05-22",
        "Morning brief: 1 topic updated — 2026-05-16",
    ]
    assert entries[0].find("a:link", ns).get("href") == f"{BASE}/issues/2"
    assert "secretsig" not in r.text and "/unsubscribe/" not in r.text


def test_stylesheet_and_health(client):
    css = client.get("/site.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/healthz").text == "ok"


def test_error_pages_escape_and_do_not_reflect(client):
    r = client.get("/topics/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert r.status_code == 404
    assert "<script>" not in r.text
    r = client.get("/unsubscribe/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert r.status_code == 400 and "<img" not in r.text
    assert client.post("/").status_code == 405


# -------------------------------------------------------------------------------------------- sign-up


def test_subscribe_confirm_preferences_flow(client, engine, outbox):
    form = client.get("/subscribe")
    assert form.status_code == 200 and 'name="email"' in form.text
    r = client.post(
        "/subscribe",
        data={
            "email": "New@Example.org",
            "digests": ["Weekly"],
            "digests_shown": "1",
            "csrf_token": csrf_of(form.text),
        },
    )
    assert r.status_code == 200 and "Check your inbox" in r.text
    assert r.headers["cache-control"] == "no-store"
    assert len(outbox.messages) == 1
    message = outbox.messages[0]
    assert message["To"] == "new@example.org" and "Confirm your subscription" in message["Subject"]
    sub = subscribers.by_email(engine, "new@example.org")
    assert sub.status == "pending" and sub.digests == ("Weekly",)

    confirm_url = outbox.last_link("confirm")
    page = client.get(path_of(confirm_url))
    assert page.status_code == 200 and 'id="confirm"' in page.text
    assert subscribers.get(engine, sub.id).status == "pending"  # GET confirms nothing
    done = client.post(path_of(confirm_url), data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert done.status_code == 303
    assert subscribers.get(engine, sub.id).status == "confirmed"
    # A path on this host, not web.base_url: the CSP's form-action 'self' blocks a cross-origin redirect.
    prefs_path = done.headers["location"]
    assert prefs_path.startswith("/preferences/")

    prefs = client.get(prefs_path)
    assert prefs.status_code == 200 and "is confirmed" in prefs.text
    assert f'value="{SLUG}"' in prefs.text and 'id="unsubscribe-link"' in prefs.text
    assert re.search(r'href="/unsubscribe/[^"]+" id="unsubscribe-link"', prefs.text)  # a path on this host
    saved = client.post(
        prefs_path.split("?")[0],
        data={
            "csrf_token": csrf_of(prefs.text),
            "digests": ["Morning brief", "Weekly"],
            "digests_shown": "1",
            "topics_mode": "some",
            "topics": [SLUG, "not-a-topic"],
        },
    )
    assert saved.status_code == 200 and 'id="saved"' in saved.text
    sub = subscribers.get(engine, sub.id)
    assert sub.digests == "all" and sub.topics == (SLUG,)

    # confirming twice is harmless; the page then points at the preferences
    again = client.get(path_of(confirm_url))
    assert again.status_code == 200 and 'id="already"' in again.text


def test_subscribe_again_when_confirmed_sends_a_preferences_link_not_a_confirmation(client, engine, outbox):
    confirmed_subscriber(engine, "known@example.org")
    form = client.get("/subscribe")
    r = client.post("/subscribe", data={"email": "known@example.org", "csrf_token": csrf_of(form.text)})
    assert r.status_code == 200 and "Check your inbox" in r.text  # same answer: no enumeration
    assert "already subscribed" in outbox.messages[-1].get_content()
    assert "/preferences/" in outbox.last_link("preferences")


def test_confirmation_is_not_resent_within_minutes(client, outbox):
    form = client.get("/subscribe")
    for _ in range(3):
        r = client.post("/subscribe", data={"email": "x@example.org", "csrf_token": csrf_of(form.text)})
        assert r.status_code == 200
    assert len(outbox.messages) == 1


def test_subscribe_rejects_bad_input_with_escaped_message(client, outbox):
    form = client.get("/subscribe")
    token = csrf_of(form.text)
    r = client.post("/subscribe", data={"email": '"><script>alert(1)</script>', "csrf_token": token})
    assert r.status_code == 400 and "does not look like an email address" in r.text
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text
    r = client.post("/subscribe", data={"email": "a@example.org", "csrf_token": token, "digests_shown": "1"})
    assert r.status_code == 400 and "Choose at least one digest" in r.text
    assert outbox.messages == []


def test_csrf_is_required_on_every_form(client, engine, outbox):
    sub = confirmed_subscriber(engine)
    t = tokens()
    paths = [
        "/subscribe",
        f"/confirm/{t.make('confirm', sub.id, sub.token_key)}",
        f"/preferences/{t.make('preferences', sub.id, sub.token_key)}",
        f"/unsubscribe/{t.make('unsubscribe', sub.id, sub.token_key)}",
    ]
    client.get("/subscribe")  # the browser has a CSRF cookie
    for path in paths:
        for data in ({"email": "a@example.org"}, {"email": "a@example.org", "csrf_token": "forged"}):
            r = client.post(path, data=data)
            assert r.status_code == 403, path
            assert "did not come from this site" in r.text
    # a valid token from another browser (no matching cookie) is refused too
    other = TestClient(client.app)
    token = csrf_of(other.get("/subscribe").text)
    client.cookies.clear()
    assert client.post("/subscribe", data={"email": "a@example.org", "csrf_token": token}).status_code == 403
    assert outbox.messages == []
    assert subscribers.get(engine, sub.id).status == "confirmed"


def test_cross_origin_post_is_refused_even_with_a_token(client):
    form = client.get("/subscribe")
    r = client.post(
        "/subscribe",
        data={"email": "a@example.org", "csrf_token": csrf_of(form.text)},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403


def test_mailer_failure_is_a_clear_error(config, engine):
    def broken(message):
        raise OSError("smtp down")

    app = build_app(config, engine, mailer=broken, data=sample_data(BASE))
    with TestClient(app, raise_server_exceptions=False) as c:
        form = c.get("/subscribe")
        r = c.post("/subscribe", data={"email": "a@example.org", "csrf_token": csrf_of(form.text)})
    assert r.status_code == 503 and "could not send the confirmation email" in r.text


def test_a_locked_database_is_a_503_with_retry_after(config, engine, outbox):
    """Another process holds the write lock past the busy timeout: the sign-up says "busy, try again"
    (storage raises StoreBusy; the site knows no database library), never a 500."""
    busy = make_engine(config.database_url)
    event.listen(busy, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA busy_timeout=200"))
    holder = sqlite3.connect(config.database_url.removeprefix("sqlite:///"))
    try:
        with TestClient(build_app(config, busy, mailer=outbox, data=sample_data(BASE))) as c:
            form = c.get("/subscribe")
            holder.execute("BEGIN IMMEDIATE")
            r = c.post("/subscribe", data={"email": "a@example.org", "csrf_token": csrf_of(form.text)})
            holder.rollback()
            assert r.status_code == 503 and r.headers["Retry-After"]
            assert "busy" in r.text and outbox.messages == []
            r = c.post("/subscribe", data={"email": "a@example.org", "csrf_token": csrf_of(form.text)})
            assert r.status_code == 200 and len(outbox.messages) == 1  # the lock gone, the same form goes through
    finally:
        holder.close()
        busy.dispose()


# ---------------------------------------------------------------------------------------- unsubscribe


def test_get_unsubscribe_shows_one_button_and_changes_nothing(client, engine):
    sub = confirmed_subscriber(engine)
    path = f"/unsubscribe/{tokens().make('unsubscribe', sub.id, sub.token_key)}"
    for _ in range(3):
        r = client.get(path)
        assert r.status_code == 200
        assert r.text.count("<button") == 1 and 'id="unsubscribe"' in r.text
        assert r.headers["cache-control"] == "no-store"
    assert client.head(path).status_code == 200
    assert subscribers.get(engine, sub.id).status == "confirmed"


def test_unsubscribe_through_the_page_button(client, engine):
    sub = confirmed_subscriber(engine)
    path = f"/unsubscribe/{tokens().make('unsubscribe', sub.id, sub.token_key)}"
    page = client.get(path)
    r = client.post(path, data={"csrf_token": csrf_of(page.text)})
    assert r.status_code == 200 and 'id="done"' in r.text
    assert subscribers.is_unsubscribed(engine, sub.email)
    assert 'id="done"' in client.get(path).text


@pytest.mark.parametrize("encoding", ["urlencoded", "multipart"])
def test_one_click_post_unsubscribes_at_once_and_is_idempotent(client, engine, encoding):
    sub = confirmed_subscriber(engine)
    path = f"/unsubscribe/{tokens().make('unsubscribe', sub.id, sub.token_key)}"
    client.cookies.clear()  # a mail client: no cookie, no form token
    for _ in range(2):
        if encoding == "urlencoded":
            r = client.post(
                path,
                content=b"List-Unsubscribe=One-Click",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        else:
            r = client.post(path, files={"List-Unsubscribe": (None, "One-Click")})
        assert r.status_code == 200, r.text
        assert subscribers.is_unsubscribed(engine, sub.email)
    first = subscribers.get(engine, sub.id).unsubscribed
    client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert subscribers.get(engine, sub.id).unsubscribed == first


def test_unsubscribe_wins_over_feeds_yaml(client, engine, config):
    reader = {r.email: r for r in subscribers.recipients_for(engine, config, "Morning brief")}["reader@example.org"]
    r = client.post(path_of(reader.unsubscribe_url), data={"List-Unsubscribe": "One-Click"})
    assert r.status_code == 200
    assert "reader@example.org" not in {r.email for r in subscribers.recipients_for(engine, config, "Morning brief")}


# ------------------------------------------------------------------------------------------------ tokens


def test_forged_truncated_foreign_and_misused_tokens_get_an_error_page(client, engine):
    alice = confirmed_subscriber(engine, "alice@example.org")
    bob = confirmed_subscriber(engine, "bob@example.org")
    t = tokens()
    good = t.make("unsubscribe", alice.id, alice.token_key)
    bad_cases = {
        "truncated": (good[:-4], 400),
        "forged signature": (good[:-2] + ("AA" if not good.endswith("AA") else "BB"), 400),
        "other secret": (Tokens("another-secret-0123456789").make("unsubscribe", alice.id, alice.token_key), 400),
        "confirm token used to unsubscribe": (t.make("confirm", alice.id, alice.token_key), 400),
        "alice's id with bob's key": (t.make("unsubscribe", alice.id, bob.token_key), 403),
        "a row that does not exist": (t.make("unsubscribe", 999, alice.token_key), 403),
        "garbage": ("not-a-token", 400),
    }
    for label, (token, status) in bad_cases.items():
        for method in ("get", "post"):
            kwargs = {"data": {"List-Unsubscribe": "One-Click"}} if method == "post" else {}
            r = getattr(client, method)(f"/unsubscribe/{token}", **kwargs)
            assert r.status_code == status, (label, method, r.status_code)
            assert "Sorry" in r.text and "<form" not in r.text
    for purpose in ("confirm", "preferences"):
        r = client.get(f"/{purpose}/{t.make('unsubscribe', alice.id, alice.token_key)}")
        assert r.status_code == 400
    assert not subscribers.is_unsubscribed(engine, "alice@example.org")
    assert not subscribers.is_unsubscribed(engine, "bob@example.org")


def test_confirm_link_of_an_unsubscribed_address_does_not_resubscribe(client, engine):
    sub = subscribers.subscribe(engine, "late@example.org")
    subscribers.unsubscribe(engine, sub.id)
    path = f"/confirm/{tokens().make('confirm', sub.id, sub.token_key)}"
    page = client.get(path)
    assert page.status_code == 200 and 'id="cancelled"' in page.text
    assert "<form" not in page.text.split("<main>")[1]
    client.post(path, data={"csrf_token": csrf_of(client.get("/subscribe").text)})
    assert subscribers.get(engine, sub.id).status == "unsubscribed"


def test_preferences_of_a_pending_or_unsubscribed_address_cannot_be_set(client, engine):
    sub = confirmed_subscriber(engine, "p@example.org")
    subscribers.unsubscribe(engine, sub.id)
    path = f"/preferences/{tokens().make('preferences', sub.id, sub.token_key)}"
    page = client.get(path)
    assert page.status_code == 200 and 'id="not-active"' in page.text
    token = csrf_of(client.get("/subscribe").text)
    client.post(path, data={"csrf_token": token, "topics_mode": "some", "topics": [SLUG]})
    assert subscribers.get(engine, sub.id).topics == "all"


def test_body_size_is_capped(client):
    r = client.post("/subscribe", content=b"x" * 200_000, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


# ------------------------------------------------------------------------------------------------ app


def test_create_app_needs_the_secret(config, engine, monkeypatch):
    monkeypatch.delenv(SECRET_ENV)
    with pytest.raises(SecretError, match=SECRET_ENV):
        create_app(config, engine)


def test_create_app_reads_the_store_and_writes_confirmations_to_the_outbox(config, engine):
    """create_app with no mailer: confirmations land in the outbox folder as .eml files."""
    app = create_app(config, engine)
    with TestClient(app) as c:
        assert c.get("/").status_code == 200
        form = c.get("/subscribe")
        r = c.post("/subscribe", data={"email": "o@example.org", "csrf_token": csrf_of(form.text)})
        assert r.status_code == 200
    files = list(config.outbox_dir.glob("subscribe-*.eml"))
    assert len(files) == 1
    assert b"/confirm/" in files[0].read_bytes()


def test_signup_emails_are_rate_limited_per_client(client, outbox):
    token = csrf_of(client.get("/subscribe").text)
    codes = [
        client.post("/subscribe", data={"email": f"n{i}@example.org", "csrf_token": token}).status_code
        for i in range(12)
    ]
    assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]
    assert len(outbox.messages) == 10


def test_server_error_is_a_plain_page(config, engine):
    class Broken:
        def list_issues(self):
            raise RuntimeError("<b>database exploded</b>")

    app = build_app(config, engine, mailer=Outbox(), data=Broken())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/")
    assert r.status_code == 500
    assert "Something went wrong" in r.text and "exploded" not in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
