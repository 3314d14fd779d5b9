"""Issue 11, finding by finding: each test replays what an attacker (or a cron slip) did.

Real parts throughout: the Starlette app behind `digest serve` (TestClient), a SQLite file, an
aiosmtpd sink for every email (sign-up mails and digests alike), and the `digest` CLI.
"""

from __future__ import annotations

import inspect
import ipaddress
import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event, text
from starlette.testclient import TestClient
from test_web_support import SECRET, SECRET_ENV

from digest.cli import main
from digest.config import ConfigError, load, parse
from digest.config.addresses import check, mailbox_key
from digest.deliver import create_issue, list_deliveries, send_pending, subscribers
from digest.deliver import send as send_module
from digest.models import Article, DigestContext, Recipient
from digest.pipeline import run_digest
from digest.store import articles as article_store
from digest.store import open_db
from digest.web import create_app
from digest.web.throttle import WindowLimiter, client_address, client_key, parse_networks
from tests.smtp_sink import SmtpSink, simple_message

BASE = "https://digest.example.org"
T0 = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
READER = "reader@example.org"


def write_config(tmp_path: Path, port: int, *, base_url: str | None = BASE, web: str = "", recipients=None) -> Path:
    recipients = recipients or [READER]
    base = f"  base_url: {base_url}\n" if base_url else ""
    text_ = f"""\
version: 1
topics:
  - name: Oil spill
    include: [oil spill]
digests:
  - name: Morning brief
    recipients: [{", ".join(recipients)}]
    article_briefs: 0
delivery:
  method: smtp
  from: digest@example.org
  smtp: {{host: 127.0.0.1, port: {port}, starttls: false, timeout: 5, rate_per_minute: 60000}}
storage:
  url: sqlite:///{tmp_path}/digest.sqlite
web:
  secret_env: {SECRET_ENV}
{base}{web}"""
    path = tmp_path / "feeds.yaml"
    path.write_text(text_, encoding="utf-8")
    return path


@pytest.fixture
def sink():
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def secret(monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)


def add_articles(engine, when: datetime, key: str = "oil spill") -> None:
    stamp = when.strftime("%Y%m%d%H%M")
    article_store.upsert(
        engine,
        [
            Article(
                id=f"{stamp}-{i}",
                url=f"https://ex{i}.org/{stamp}",
                title=f"{key.title()} update {stamp} {i}",
                text=f"The {key} story continues. Officials said the {key} response was under way. " * 3,
                source=f"Outlet{i}",
                published=when - timedelta(minutes=5),
                first_seen=when,
            )
            for i in range(2)
        ],
    )


def mails_to(sink: SmtpSink, email: str, subject: str = "") -> list:
    return [m for m in sink.received if m.recipient == email and subject in m.subject]


def body_of(received) -> str:
    message = message_from_bytes(received.raw, policy=default_policy)
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def link_in(received, purpose: str) -> str:
    match = re.search(r"https?://\S+/" + purpose + r"/\S+", body_of(received))
    assert match, f"no /{purpose}/ link in the mail"
    return match.group(0)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def sign_up(client: TestClient, email: str, headers: dict[str, str] | None = None):
    form = client.get("/subscribe")
    return client.post("/subscribe", data={"email": email, "csrf_token": csrf_of(form.text)}, headers=headers or {})


def app_client(config, engine, **kwargs) -> TestClient:
    return TestClient(create_app(config, engine, **kwargs), base_url=BASE, raise_server_exceptions=False)


# ------------------------------------------------------------------------------------ findings 1 and 2


def test_finding_1_a_strangers_signup_cannot_cancel_an_unsubscribe(tmp_path, sink, secret, monkeypatch):
    """The exact sequence: feeds.yaml lists reader; reader unsubscribes with the one-click POST; a
    stranger posts reader's address on /subscribe; feeds.yaml is synced; the next `digest run` goes."""
    monkeypatch.chdir(tmp_path)
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    add_articles(engine, T0)
    first = run_digest(config, None, T0 + timedelta(minutes=1), fetch=False, engine=engine)
    assert first.sent == 1
    (issue,) = mails_to(sink, READER, "Morning brief:")
    unsubscribe_url = message_from_bytes(issue.raw, policy=default_policy)["List-Unsubscribe"].strip("<>")
    assert unsubscribe_url.startswith(f"{BASE}/unsubscribe/")

    with app_client(config, engine) as client:
        # reader: the mail client's RFC 8058 one-click POST
        one_click = client.post(unsubscribe_url, data={"List-Unsubscribe": "One-Click"})
        assert one_click.status_code == 200
        assert subscribers.by_email(engine, READER).status == "unsubscribed"
        # the stranger
        client.cookies.clear()
        r = sign_up(client, READER)
        assert r.status_code == 200 and "Check your inbox" in r.text  # same answer as for anyone
    assert subscribers.by_email(engine, READER).status == "unsubscribed"
    assert subscribers.sync_config(engine, config) == {READER: subscribers.why_skipped("unsubscribed")}
    assert subscribers.by_email(engine, READER).status == "unsubscribed"

    add_articles(engine, T0 + timedelta(days=1))
    second = run_digest(config, None, T0 + timedelta(days=1, minutes=1), fetch=False, engine=engine)
    assert second.sent == 0
    assert len(mails_to(sink, READER, "Morning brief:")) == 1  # still only the issue before the unsubscribe

    # Only the owner can come back: the stranger's request mailed reader a link, and confirming it works.
    (reopen,) = mails_to(sink, READER, "Confirm your subscription")
    confirm_path = link_in(reopen, "confirm")[len(BASE) :]
    with app_client(config, engine) as owner:
        page = owner.get(confirm_path)
        assert page.status_code == 200 and 'id="confirm"' in page.text
        done = owner.post(confirm_path, data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
        assert done.status_code == 303
    assert subscribers.by_email(engine, READER).status == "confirmed"
    engine.dispose()


def test_finding_1_links_made_before_an_unsubscribe_cannot_undo_it(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    with app_client(config, engine) as client:
        sign_up(client, "new@example.org")
        first_confirm = link_in(mails_to(sink, "new@example.org")[-1], "confirm")[len(BASE) :]
        page = client.get(first_confirm)
        client.post(first_confirm, data={"csrf_token": csrf_of(page.text)})
        sub = subscribers.by_email(engine, "new@example.org")
        assert sub.status == "confirmed"
        subscribers.unsubscribe(engine, sub.id)
        # the old confirm link (say, forwarded or left in a shared inbox) is void now
        stale = client.get(first_confirm)
        assert stale.status_code == 200 and 'id="cancelled"' in stale.text and "new@example.org" not in stale.text
        client.post(first_confirm, data={"csrf_token": csrf_of(client.get("/subscribe").text)})
    assert subscribers.by_email(engine, "new@example.org").status == "unsubscribed"
    engine.dispose()


def test_finding_2_a_csv_import_after_a_strangers_signup_skips_the_unsubscribed_address(tmp_path, sink, secret):
    path = write_config(tmp_path, sink.port)
    config = load(path)
    engine = open_db(config.database_url)
    subscribers.sync_config(engine, config)
    subscribers.remove(engine, READER)
    with app_client(config, engine) as client:
        assert sign_up(client, READER).status_code == 200
    assert subscribers.by_email(engine, READER).status == "unsubscribed"
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(f"email\n{READER}\nfresh@example.org\n")
    result = CliRunner().invoke(main, ["subscribers", "import", "--config", str(path), str(csv_file)])
    assert result.exit_code == 0, result.output
    assert "1 added, 0 confirmed, 0 unchanged, 1 skipped" in result.output
    assert f"skipped {READER}: unsubscribed earlier" in result.output
    assert subscribers.by_email(engine, READER).status == "unsubscribed"
    listing = CliRunner().invoke(main, ["subscribers", "list", "--config", str(path)])
    assert f"feeds.yaml lists {READER}, skipped: unsubscribed earlier" in listing.output
    engine.dispose()


# ------------------------------------------------------------------------------------------ finding 3


def test_finding_3_the_unsubscribe_check_is_direct_and_fails_closed(tmp_path, sink, secret):
    assert "ImportError" not in inspect.getsource(send_module)  # no fallback that answers "not unsubscribed"
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    ctx = DigestContext("Morning brief", 1, None, T0, "{digest}", [])
    create_issue(engine, ctx, "<p>x</p>", "x", "S", [Recipient("a@example.org"), Recipient("b@example.org")], [], [])
    with engine.begin() as conn:  # the subscribers table cannot be read: the check cannot answer
        conn.execute(text("ALTER TABLE subscribers RENAME TO subscribers_away"))
    report = send_pending(engine, config, simple_message, now=T0)
    assert report.sent == 0 and sorted(report.unchecked) == ["a@example.org", "b@example.org"]
    assert sink.received == []
    assert {d.status for d in list_deliveries(engine)} == {"pending"}  # asked again next run
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE subscribers_away RENAME TO subscribers"))
    assert send_pending(engine, config, simple_message, now=T0).sent == 2
    engine.dispose()


# ------------------------------------------------------------------------------------------ finding 4


def test_finding_4_base_url_without_the_secret_sends_nothing_and_exits_non_zero(tmp_path, sink, monkeypatch):
    monkeypatch.delenv(SECRET_ENV, raising=False)
    path = write_config(tmp_path, sink.port)
    config = load(path)
    engine = open_db(config.database_url)
    add_articles(engine, datetime.now(UTC) - timedelta(minutes=5))
    ctx = DigestContext("Morning brief", 1, None, T0, "{digest}", [])
    create_issue(engine, ctx, "<p>x</p>", "x", "Earlier", [Recipient("left@example.org")], [], [])  # leftover
    engine.dispose()
    result = CliRunner().invoke(main, ["run", "--config", str(path), "--no-fetch"])
    assert result.exit_code != 0
    assert f"web.base_url is set but the environment variable {SECRET_ENV} is not set" in result.output
    assert sink.received == []  # not the new issue, not the leftover one

    validate = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert validate.exit_code == 0 and f"web.base_url: the variable {SECRET_ENV} is not set" in validate.output
    assert "will refuse to send" in validate.output


def test_finding_4_without_base_url_validate_notes_one_click_and_the_mail_says_how_to_stop(
    tmp_path, sink, secret, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    path = write_config(tmp_path, sink.port, base_url=None)
    validate = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert validate.exit_code == 0 and "bulk senders" in validate.output and "one-click" in validate.output
    config = load(path)
    engine = open_db(config.database_url)
    add_articles(engine, T0)
    assert run_digest(config, None, T0 + timedelta(minutes=1), fetch=False, engine=engine).sent == 1
    (issue,) = mails_to(sink, READER)
    assert "To stop receiving it, reply and ask the editors to remove you" in body_of(issue)
    engine.dispose()


# ------------------------------------------------------------------------------------------ finding 5


def test_finding_5_tag_and_dot_variants_with_forged_forwarded_for_get_one_mail(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    variants = [f"victim+{i}@gmail.com" for i in range(40)] + [
        "v.ictim@gmail.com",
        "VICTIM@gmail.com",
        "vic.tim+x@googlemail.com",
    ] * 7
    with app_client(config, engine) as client:
        codes = [
            sign_up(client, email, {"X-Forwarded-For": f"198.51.100.{i % 250}"}).status_code
            for i, email in enumerate(variants[:60])
        ]
    assert len(sink.received) == 1
    assert set(codes) <= {200, 429}
    engine.dispose()


def test_finding_5_forwarded_for_counts_only_from_trusted_proxies_and_ipv6_by_64(tmp_path, sink, secret):
    web = "  trusted_proxies: [10.0.0.0/8]\n  signups_per_client: 3\n"
    config = load(write_config(tmp_path, sink.port, web=web))
    engine = open_db(config.database_url)
    app = create_app(config, engine)
    # behind the trusted proxy, each forwarded client has its own allowance; IPv6 counts per /64
    with TestClient(app, base_url=BASE, client=("10.1.2.3", 4000)) as proxy:
        ipv6 = [sign_up(proxy, f"six{i}@example.org", {"X-Forwarded-For": f"2001:db8::{i + 1}"}) for i in range(5)]
        assert [r.status_code for r in ipv6] == [200, 200, 200, 429, 429]
        assert ipv6[-1].headers["retry-after"].isdigit()
        other = sign_up(proxy, "other@example.org", {"X-Forwarded-For": "203.0.113.9, 10.9.9.9"})
        assert other.status_code == 200  # the nearest untrusted hop is the client
    # a client that is not a trusted proxy cannot pick its address with the header
    with TestClient(app, base_url=BASE, client=("192.0.2.7", 4000)) as direct:
        codes = [
            sign_up(direct, f"d{i}@example.org", {"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(5)
        ]
        assert codes == [200, 200, 200, 429, 429]
    assert len(sink.received) == 3 + 1 + 3
    engine.dispose()


def test_finding_5_a_global_hourly_cap_on_confirmation_mails(tmp_path, sink, secret):
    web = "  trusted_proxies: [127.0.0.1]\n  confirmations_per_hour: 4\n"
    config = load(write_config(tmp_path, sink.port, web=web))
    engine = open_db(config.database_url)
    with TestClient(create_app(config, engine), base_url=BASE, client=("127.0.0.1", 4000)) as client:
        codes = [
            sign_up(client, f"p{i}@example.org", {"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(6)
        ]
    assert codes == [200, 200, 200, 200, 429, 429]
    assert len(sink.received) == 4
    engine.dispose()


def test_finding_5_the_client_table_is_bounded_and_ipv6_is_keyed_by_64():
    network = ipaddress.IPv6Network("2001:db8:1:2::/64")
    keys = {client_key(str(network[i * 7919 + 1])) for i in range(50_000)}
    assert keys == {"2001:db8:1:2::/64"}
    assert client_key("::ffff:192.0.2.1") == "192.0.2.1" and client_key("192.0.2.1") == "192.0.2.1"
    now = [0.0]
    table = WindowLimiter(10, 600.0, max_keys=1_000, clock=lambda: now[0])
    for i in range(50_000):
        table.record(client_key(f"2001:db8:{i >> 16:x}:{i & 0xFFFF:x}::1"))
    assert len(table) == 1_000
    now[0] += 601  # idle keys expire as they come up
    for i in range(10):
        table.record(f"fresh{i}")
    assert len(table) <= 1_000 - 10


def test_finding_5_mailbox_keys_and_forwarded_for_parsing():
    same = ["victim@gmail.com", "Victim+1@Gmail.com", "v.i.c.t.i.m+x@googlemail.com", "VICTIM@GOOGLEMAIL.COM"]
    assert {mailbox_key(a) for a in same} == {"victim@gmail.com"}
    assert mailbox_key("first.last+news@example.org") == "first.last@example.org"  # dots count elsewhere
    trusted = parse_networks(["10.0.0.0/8", "::1"])
    assert client_address("10.0.0.5", "203.0.113.7, 10.0.0.9", trusted) == "203.0.113.7"
    assert client_address("10.0.0.5", "6.6.6.6, 203.0.113.7", trusted) == "203.0.113.7"  # left of it: hearsay
    assert client_address("::1", "2001:db8::7", trusted) == "2001:db8::7"
    assert client_address("192.0.2.1", "203.0.113.7", trusted) == "192.0.2.1"  # not a proxy: header ignored
    assert client_address("10.0.0.5", None, trusted) == "10.0.0.5"
    assert check(" Reader@Example.ORG ") == "Reader@example.org"


# ------------------------------------------------------------------------------------------ finding 6


def test_finding_6_throttled_requests_write_nothing_and_unconfirmed_rows_expire(tmp_path, sink, secret):
    path = write_config(tmp_path, sink.port, web="  signups_per_client: 5\n  unconfirmed_days: 7\n")
    config = load(path)
    engine = open_db(config.database_url)
    with app_client(config, engine) as client:
        codes = [sign_up(client, f"n{i}@example.org").status_code for i in range(30)]
    assert codes.count(200) == 5 and codes.count(429) == 25
    assert len(subscribers.list_subscribers(engine, status="pending")) == 5

    old = datetime.now(UTC) - timedelta(days=8)
    for i in range(3):
        subscribers.subscribe(engine, f"stale{i}@example.org", now=old)
    kept = subscribers.subscribe(engine, "kept@example.org", now=old)
    subscribers.confirm(engine, kept.id)
    asked_again = subscribers.subscribe(engine, "asked-again@example.org", now=old)
    subscribers.mark_confirmation_sent(engine, asked_again.id, datetime.now(UTC) - timedelta(days=1))
    result = CliRunner().invoke(main, ["subscribers", "prune", "--config", str(path)])
    assert result.exit_code == 0 and "3 unconfirmed sign-ups older than 7 days removed" in result.output
    assert len(subscribers.list_subscribers(engine, status="pending")) == 6  # the recent ones stay
    assert subscribers.by_email(engine, "kept@example.org").status == "confirmed"
    engine.dispose()


# ------------------------------------------------------------------------------------------ finding 7

BAD_ADDRESSES = [
    "@",
    "a@",
    "a@b@c",
    "a;b@c.org",
    "me@example",
    "a.@example.org",
    "a@localhost",
    "a@127.0.0.1",
    "a@[127.0.0.1]",
    "x" * 200 + "@example.org",
    "rené@example.org",
    "user@exämple.org",
    "zero\u200bwidth@example.org",
    "rtl\u202e@example.org",
    "\u0430lice@example.org",  # Cyrillic a
]


@pytest.mark.parametrize("bad", BAD_ADDRESSES)
def test_finding_7_bad_addresses_are_refused_in_feeds_yaml_with_a_line(tmp_path, bad):
    text_ = f"version: 1\ndigests:\n  - name: D\n    recipients:\n      - ok@example.org\n      - {json.dumps(bad)}\n"
    with pytest.raises(ConfigError, match=r"feeds.yaml:4: digests.0.recipients: not an email address: "):
        parse(text_, tmp_path / "feeds.yaml")


def test_finding_7_validate_refuses_a_bad_recipient_and_a_bad_from(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("version: 1\ndigests:\n  - name: D\n    recipients: [me@example]\ndelivery:\n  from: a@b@c\n")
    result = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert result.exit_code == 1
    assert "feeds.yaml:4: digests.0.recipients: not an email address: 'me@example'" in result.output
    assert "feeds.yaml:6: delivery.from: not an email address" in result.output


def test_finding_7_bad_addresses_are_refused_by_the_form_and_the_csv(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    with app_client(config, engine) as client:
        for bad in BAD_ADDRESSES:
            r = sign_up(client, bad)
            assert r.status_code == 400 and "does not look like an email address" in r.text, bad
    assert subscribers.list_subscribers(engine) == [] and sink.received == []
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("email\n" + "\n".join(f'"{b}"' for b in BAD_ADDRESSES) + "\n", encoding="utf-8")
    with pytest.raises(subscribers.CsvImportError) as caught:
        subscribers.import_csv(engine, config, csv_file)
    assert len(caught.value.problems) == len(BAD_ADDRESSES)
    assert subscribers.list_subscribers(engine) == []
    engine.dispose()


def test_finding_7_the_sender_fails_a_bad_address_once_and_never_retries(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    ctx = DigestContext("Morning brief", 1, None, T0, "{digest}", [])
    bad = ["rené@example.org", "\u0430lice@example.org"]
    create_issue(engine, ctx, "<p>x</p>", "x", "S", [Recipient(e) for e in [*bad, "ok@example.org"]], [], [])
    first = send_pending(engine, config, simple_message, now=T0)
    assert first.sent == 1 and first.deferred == 0
    rows = {d.recipient.email: d for d in list_deliveries(engine)}
    for email in bad:
        assert rows[email].status == "failed" and "not an email address" in (rows[email].last_error or "")
    later = send_pending(engine, config, simple_message, now=T0 + timedelta(days=2))
    assert later.sent == later.deferred == later.failed == 0
    assert [m.recipient for m in sink.received] == ["ok@example.org"]
    engine.dispose()


# ------------------------------------------------------------------------------------------ finding 8


def test_finding_8_three_hard_bounces_in_a_row_mark_bounced_and_stop_mail(tmp_path, secret):
    def rule(stage: str, recipient: str, n: int) -> str | None:
        return "550 5.1.1 <gone@example.org>: mailbox unavailable" if recipient == "gone@example.org" else None

    sink = SmtpSink(rule=rule).start()
    try:
        path = write_config(tmp_path, sink.port, recipients=["ok@example.org", "gone@example.org"])
        config = load(path)
        engine = open_db(config.database_url)
        for number in range(1, 5):
            recipients = subscribers.recipients_for(engine, config, "Morning brief")
            ctx = DigestContext("Morning brief", number, None, T0 + timedelta(days=number), "{digest}", [])
            create_issue(engine, ctx, "<p>x</p>", "x", f"#{number}", recipients, [], [])
            report = send_pending(engine, config, simple_message, now=T0 + timedelta(days=number))
            if number < 3:
                assert report.failed == 1 and report.bounced == []
            elif number == 3:
                assert report.bounced == ["gone@example.org"]
            else:
                assert [r.email for r in recipients] == ["ok@example.org"] and report.failed == 0
        assert subscribers.by_email(engine, "gone@example.org").status == "bounced"
        assert len(mails_to(sink, "ok@example.org")) == 4
        listing = CliRunner().invoke(main, ["subscribers", "list", "--config", str(path)])
        assert re.search(r"gone@example.org\s+bounced .*3 hard bounces: RCPT: 550", listing.output), listing.output
        assert "feeds.yaml lists gone@example.org, skipped: bounced" in listing.output
        engine.dispose()
    finally:
        sink.stop()


@pytest.mark.parametrize("batch", [200, 1])
def test_finding_8_a_delivery_between_failures_resets_the_count(tmp_path, secret, monkeypatch, batch):
    """With `batch` 1 the reader's row is the last of its batch: the sender reads bounce counts once per
    batch, and the reply to a batch's last message is read during the next one; it must still clear
    that address's count (a review found it did not)."""
    from digest.deliver import send as send_module

    monkeypatch.setattr(send_module, "BATCH", batch)
    failing = {"on": True}

    def rule(stage: str, recipient: str, n: int) -> str | None:
        return "550 5.1.1 no such user" if failing["on"] and recipient == READER else None

    sink = SmtpSink(rule=rule).start()
    try:
        config = load(write_config(tmp_path, sink.port, recipients=[READER, "zz-other@example.org"]))
        engine = open_db(config.database_url)
        for number, fails in enumerate([True, True, False, True, True], start=1):
            failing["on"] = fails
            recipients = subscribers.recipients_for(engine, config, "Morning brief")
            recipients.sort(key=lambda r: r.email != READER)  # READER's row first
            ctx = DigestContext("Morning brief", number, None, T0 + timedelta(days=number), "{digest}", [])
            create_issue(engine, ctx, "<p>x</p>", "x", f"#{number}", recipients, [], [])
            send_pending(engine, config, simple_message, now=T0 + timedelta(days=number))
        assert subscribers.by_email(engine, READER).status == "confirmed"
        engine.dispose()
    finally:
        sink.stop()


# ------------------------------------------------------------------------------------------ finding 9


def test_finding_9_mail_links_never_come_from_the_host_header(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    with app_client(config, engine) as client:
        form = client.get("/subscribe")
        r = client.post(
            "/subscribe",
            data={"email": "victim@example.org", "csrf_token": csrf_of(form.text)},
            headers={"Host": "evil.example"},
        )
        assert r.status_code == 200
    assert link_in(sink.received[-1], "confirm").startswith(f"{BASE}/confirm/")
    assert "evil.example" not in body_of(sink.received[-1])
    engine.dispose()


def test_finding_9_without_base_url_no_signup_mail_and_serve_refuses(tmp_path, sink, secret):
    path = write_config(tmp_path, sink.port, base_url=None)
    config = load(path)
    engine = open_db(config.database_url)
    with TestClient(create_app(config, engine), base_url="http://evil.example") as client:
        r = sign_up(client, "victim@example.org")
        assert r.status_code == 503
    assert sink.received == [] and subscribers.list_subscribers(engine) == []
    with TestClient(create_app(config, engine, allow_any_host=True), base_url="http://localhost:8080") as trial:
        assert sign_up(trial, "me@example.org").status_code == 200
    assert link_in(sink.received[-1], "confirm").startswith("http://localhost:8080/confirm/")
    engine.dispose()
    result = CliRunner().invoke(main, ["serve", "--config", str(path)])
    assert result.exit_code == 1 and "web.base_url is not set" in result.output and "--allow-any-host" in result.output


# ----------------------------------------------------------------------------------------- finding 10


def test_finding_10_a_locked_database_is_503_with_retry_after(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)

    @event.listens_for(engine, "connect")
    def short_wait(dbapi_connection, _record):  # after the store's own pragmas: wait 0.3 s, not 15
        dbapi_connection.execute("PRAGMA busy_timeout=300")

    engine.dispose()
    holder = sqlite3.connect(tmp_path / "digest.sqlite", isolation_level=None)
    with app_client(config, engine) as client:
        form = client.get("/subscribe")
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO schema_version (id, version, note) VALUES (99, 0, 'lock')")
        try:
            r = client.post("/subscribe", data={"email": "a@example.org", "csrf_token": csrf_of(form.text)})
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert r.status_code == 503 and r.headers["retry-after"].isdigit()
    assert "busy" in r.text
    engine.dispose()


def test_finding_10_out_of_range_ids_are_404_and_405_says_allow(tmp_path, sink, secret):
    config = load(write_config(tmp_path, sink.port))
    engine = open_db(config.database_url)
    with app_client(config, engine) as client:
        for path in (
            "/issues/99999999999999999999",
            "/issues/99999999999999999999.txt",
            "/issues/0",
            "/topics/oil-spill/versions/99999999999999999999",
        ):
            assert client.get(path).status_code == 404, path
        put = client.put("/subscribe")
        assert put.status_code == 405 and set(put.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
        delete = client.delete("/issues/1")
        assert delete.status_code == 405 and set(delete.headers["allow"].split(", ")) == {"GET", "HEAD"}
    engine.dispose()
