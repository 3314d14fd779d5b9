"""Delivery against a real SMTP server on localhost: replies, drops, retries, reuse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from digest.config import Config, parse
from digest.deliver import create_issue, get_issue, list_deliveries, send_pending
from digest.models import DigestContext, Recipient
from digest.store.db import open_db
from tests.smtp_sink import SmtpSink, simple_message

T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


def smtp_config(tmp_path: Path, port: int, max_attempts: int = 3, extra: str = "") -> Config:
    text = f"""
version: 1
digests:
  - name: Morning
delivery:
  method: smtp
  from: digest@example.org
  max_attempts: {max_attempts}
  smtp: {{host: 127.0.0.1, port: {port}, starttls: false, timeout: 5, rate_per_minute: 60000{extra}}}
storage:
  url: sqlite:///{tmp_path}/digest.sqlite
"""
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    return parse(text, path)


def issue_for(engine, emails: list[str], number: int = 1):
    ctx = DigestContext(
        digest="Morning",
        number=number,
        period_start=T0 - timedelta(days=1),
        period_end=T0,
        subject_template="{digest}",
        updates=[],
    )
    return create_issue(
        engine,
        ctx,
        "<p>hello</p>",
        "hello",
        f"Morning #{number}",
        [Recipient(e) for e in emails],
        [("ai-safety", 3)],
        ["a1", "a2"],
    )


@pytest.fixture
def sink():
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def engine(tmp_path):
    return open_db(f"sqlite:///{tmp_path}/digest.sqlite")


def statuses(engine) -> dict[str, str]:
    return {d.recipient.email: d.status for d in list_deliveries(engine)}


def test_all_sent_once_over_one_reused_connection(tmp_path, sink, engine):
    config = smtp_config(tmp_path, sink.port)
    emails = [f"r{i}@example.org" for i in range(10)]
    issue = issue_for(engine, emails)
    report = send_pending(engine, config, simple_message, now=T0)
    assert report.sent == 10 and report.deferred == report.failed == 0 and not report.errors
    assert sink.count_by_recipient() == {e: 1 for e in emails}
    assert sink.sessions == 1  # connection reuse
    stored = {d.recipient.email: d.message_id for d in list_deliveries(engine)}
    assert {m.recipient: m.message_id for m in sink.received} == stored
    assert get_issue(engine, issue.id).status == "sent"
    # running again sends nothing
    again = send_pending(engine, config, simple_message, now=T0 + timedelta(hours=1))
    assert again.sent == 0 and len(sink.received) == 10


def test_4xx_then_success(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: (
        "451 4.3.0 greylisted" if stage == "RCPT" and rcpt == "grey@example.org" and n == 0 else None
    )
    config = smtp_config(tmp_path, sink.port)
    issue_for(engine, ["a@example.org", "grey@example.org"])
    first = send_pending(engine, config, simple_message, now=T0)
    assert (first.sent, first.deferred) == (1, 1)
    row = next(d for d in list_deliveries(engine) if d.recipient.email == "grey@example.org")
    assert row.status == "deferred" and row.next_try == T0 + timedelta(seconds=60) and "451" in row.last_error
    # not due yet: nothing happens
    early = send_pending(engine, config, simple_message, now=T0 + timedelta(seconds=30))
    assert early.sent == 0 and early.deferred == 0
    later = send_pending(engine, config, simple_message, now=T0 + timedelta(minutes=2))
    assert later.sent == 1
    assert sink.count_by_recipient() == {"a@example.org": 1, "grey@example.org": 1}
    assert statuses(engine) == {"a@example.org": "sent", "grey@example.org": "sent"}


def test_5xx_is_permanent_for_that_recipient_only(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: "550 5.1.1 no such user" if rcpt == "gone@example.org" else None
    config = smtp_config(tmp_path, sink.port)
    issue = issue_for(engine, ["a@example.org", "gone@example.org", "b@example.org"])
    report = send_pending(engine, config, simple_message, now=T0)
    assert (report.sent, report.failed) == (2, 1)
    gone = next(d for d in list_deliveries(engine) if d.recipient.email == "gone@example.org")
    assert gone.status == "failed" and "550" in gone.last_error and "RCPT" in gone.last_error
    assert get_issue(engine, issue.id).status == "sent"  # nothing left to try
    assert send_pending(engine, config, simple_message, now=T0 + timedelta(days=1)).sent == 0


def test_5xx_at_end_of_data_is_permanent(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: "554 5.7.1 rejected as spam" if stage == "DATA" else None
    config = smtp_config(tmp_path, sink.port)
    issue_for(engine, ["a@example.org"])
    report = send_pending(engine, config, simple_message, now=T0)
    assert report.failed == 1 and not sink.received
    assert "end of DATA: 554" in list_deliveries(engine)[0].last_error


def test_repeated_4xx_gives_up_after_max_attempts(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: "452 4.2.2 mailbox full" if stage == "RCPT" else None
    config = smtp_config(tmp_path, sink.port, max_attempts=3)
    issue_for(engine, ["full@example.org"])
    now = T0
    for expected in ("deferred", "deferred", "failed"):
        send_pending(engine, config, simple_message, now=now)
        row = list_deliveries(engine)[0]
        assert row.status == expected
        now = (row.next_try or now) + timedelta(seconds=1)
    assert row.attempts == 3 and "gave up after 3 attempts" in row.last_error


def test_connection_dropped_mid_session_defers_then_sends(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: "drop" if stage == "RCPT" and rcpt == "r2@example.org" and n == 0 else None
    config = smtp_config(tmp_path, sink.port)
    emails = [f"r{i}@example.org" for i in range(5)]
    issue_for(engine, emails)
    report = send_pending(engine, config, simple_message, now=T0)
    assert (report.sent, report.deferred) == (4, 1)
    assert sink.sessions == 2  # reconnected after the drop for r3, r4
    dropped = next(d for d in list_deliveries(engine) if d.recipient.email == "r2@example.org")
    assert dropped.status == "deferred" and "connection lost" in dropped.last_error
    send_pending(engine, config, simple_message, now=dropped.next_try)
    assert sink.count_by_recipient() == {e: 1 for e in emails}


def test_drop_after_the_final_dot_is_presumed_sent_not_resent(tmp_path, sink, engine):
    sink.rule = lambda stage, rcpt, n: "drop" if stage == "DATA" and rcpt == "r1@example.org" else None
    config = smtp_config(tmp_path, sink.port)
    issue_for(engine, ["r0@example.org", "r1@example.org", "r2@example.org"])
    report = send_pending(engine, config, simple_message, now=T0)
    assert report.sent == 3
    row = next(d for d in list_deliveries(engine) if d.recipient.email == "r1@example.org")
    assert row.status == "sent" and row.last_error.startswith("presumed sent")
    send_pending(engine, config, simple_message, now=T0 + timedelta(days=1))
    assert sink.count_by_recipient() == {"r0@example.org": 1, "r1@example.org": 1, "r2@example.org": 1}


def test_smtp_down_keeps_everything_pending_until_it_returns(tmp_path, engine):
    server = SmtpSink()
    server.start()
    port = server.port
    server.stop()  # nothing listens on the port now
    config = smtp_config(tmp_path, port, max_attempts=2)
    emails = ["a@example.org", "b@example.org"]
    issue_for(engine, emails)
    for hour in range(24):  # down all day, retried hourly: never dropped, never failed
        report = send_pending(engine, config, simple_message, now=T0 + timedelta(hours=hour))
        assert report.sent == 0 and report.errors and "unreachable" in report.errors[0]
    assert set(statuses(engine).values()) == {"pending"}
    assert all(d.attempts == 0 for d in list_deliveries(engine))
    with SmtpSink(port=port) as back:
        report = send_pending(engine, config, simple_message, now=T0 + timedelta(days=1))
        assert report.sent == 2
        assert back.count_by_recipient() == {e: 1 for e in emails}


def test_login_with_password_from_environment(tmp_path, engine, monkeypatch):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    from tests.smtp_sink import _Handler

    seen: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        seen.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)

    sink = SmtpSink()
    sink.start()
    port = sink.port
    sink.stop()
    controller = Controller(
        _Handler(sink),
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,
        auth_required=True,
    )
    controller.start()
    try:
        config = smtp_config(tmp_path, port, extra=", user: digest, password_env: TEST_SMTP_PW")
        issue_for(engine, ["a@example.org"])
        monkeypatch.setenv("TEST_SMTP_PW", "wrong")
        report = send_pending(engine, config, simple_message, now=T0)
        assert report.sent == 0 and "login refused" in report.errors[0]
        assert statuses(engine) == {"a@example.org": "pending"}
        monkeypatch.setenv("TEST_SMTP_PW", "s3cret")
        assert send_pending(engine, config, simple_message, now=T0).sent == 1
        assert seen[-1] == (b"digest", b"s3cret") and len(sink.received) == 1
    finally:
        controller.stop()


def test_an_address_without_a_stop_is_sent_and_an_unsubscribed_one_is_skipped(tmp_path, sink, engine):
    from digest.deliver import subscribers

    config = smtp_config(tmp_path, sink.port)
    subscribers.remove(engine, "gone@example.org")
    issue_for(engine, ["a@example.org", "gone@example.org"])
    report = send_pending(engine, config, simple_message, now=T0)
    assert report.sent == 1 and report.skipped == 1
    assert statuses(engine) == {"a@example.org": "sent", "gone@example.org": "skipped"}


def test_dot_stuffing_and_message_id_survive_the_wire(tmp_path, sink, engine):
    config = smtp_config(tmp_path, sink.port)
    ctx = DigestContext("Morning", 1, None, T0, "{digest}", [])
    create_issue(engine, ctx, "<p>x</p>", ".leading dot\n..two\n.", "S", [Recipient("a@example.org")], [], [])
    send_pending(engine, config, simple_message, now=T0)
    (got,) = sink.received
    assert got.message_id == list_deliveries(engine)[0].message_id
    assert b"\r\n.leading dot\r\n" in got.raw or b".leading dot" in got.raw
