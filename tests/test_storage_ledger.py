"""The ledger, leases and claims on a real database: SQLite always, PostgreSQL when
DIGEST_TEST_POSTGRES_URL is set (e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, text

from digest.config import parse
from digest.deliver import (
    LeaseHeld,
    create_issue,
    get_issue,
    last_issue,
    lease,
    list_deliveries,
    list_issues,
    pop_skipped_runs,
    record_skipped_run,
    send_pending,
)
from digest.deliver.lease import _HOST, try_acquire
from digest.models import DigestContext, Recipient
from digest.store.db import StoreError, integrity_check, make_engine, open_db
from tests.smtp_sink import simple_message

T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


@pytest.fixture
def engine(db_url):
    engine = open_db(db_url)
    yield engine
    engine.dispose()


def ctx(number: int, digest: str = "Morning") -> DigestContext:
    return DigestContext(
        digest,
        number,
        T0 - timedelta(days=1),
        T0 + timedelta(days=number),
        "{digest}",
        [],
        web_base_url="https://d.example.org",
    )


def outbox_config(tmp_path, db_url: str):
    text_ = f"""
digests: [{{name: Morning}}]
delivery: {{method: outbox, outbox: "{tmp_path}/outbox"}}
storage: {{url: "{db_url}"}}
"""
    return parse(text_, tmp_path / "feeds.yaml")


def test_issue_round_trip_and_idempotent_create(engine):
    recipients = [Recipient("a@example.org", "https://d.example.org/u/1"), Recipient("B@example.org", editor=True)]
    issue = create_issue(engine, ctx(1), "<p>h</p>", "t", "Subj", recipients, [("ai", 2), ("chips", 1)], ["x", "y"])
    assert issue.number == 1 and issue.topics == [("ai", 2), ("chips", 1)] and issue.article_ids == ["x", "y"]
    assert issue.period_end == T0 + timedelta(days=1) and issue.period_end.tzinfo is not None
    assert issue.created.tzinfo is not None and issue.status == "pending"
    again = create_issue(engine, ctx(1), "other", "other", "other", [*recipients, Recipient("c@example.org")], [], [])
    assert again == issue  # same (digest, number): the stored issue, unchanged
    rows = list_deliveries(engine, issue.id)
    assert [r.recipient for r in rows] == recipients and {r.status for r in rows} == {"pending"}
    assert len({r.message_id for r in rows}) == 2 and all(r.message_id.endswith("@d.example.org>") for r in rows)
    create_issue(engine, ctx(2), "h2", "t2", "S2", recipients, [], [])
    create_issue(engine, ctx(1, "Evening"), "e", "e", "E", [], [], [])
    assert last_issue(engine, "Morning").number == 2
    assert [i.number for i in list_issues(engine, "Morning")] == [2, 1]
    assert len(list_issues(engine)) == 3
    assert get_issue(engine, issue.id).html == "<p>h</p>"
    assert get_issue(engine, 10_000) is None and last_issue(engine, "Nope") is None
    assert get_issue(engine, last_issue(engine, "Evening").id).status == "sent"  # nobody to send to


def test_skipped_runs_are_reported_once(engine):
    record_skipped_run(engine, "Morning", T0, "started 3h00m late (max lateness 120 min) and was skipped")
    record_skipped_run(engine, "Evening", T0, "other digest")
    lines = pop_skipped_runs(engine, "Morning")
    assert lines == ["2026-03-02 07:00 UTC: started 3h00m late (max lateness 120 min) and was skipped"]
    assert pop_skipped_runs(engine, "Morning") == []
    assert len(pop_skipped_runs(engine, "Evening")) == 1


def test_lease_is_exclusive_under_a_race(engine):
    winners: list[str] = []
    barrier = threading.Barrier(6)

    def contender(i: int) -> None:
        barrier.wait()
        if try_acquire(engine, "digest:Morning", f"host{i}.example:{1000 + i}:t", 60) is None:
            winners.append(f"contender{i}")

    threads = [threading.Thread(target=contender, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1


def test_lease_refuses_with_a_clear_message_then_frees(engine):
    with lease(engine, "digest:Morning", ttl=30):
        with pytest.raises(LeaseHeld) as info, lease(engine, "digest:Morning", wait=0.2):
            pass
        assert "held by" in str(info.value) and str(os.getpid()) in str(info.value)
    with lease(engine, "digest:Morning", wait=0):  # released on exit
        pass


def test_expired_lease_is_taken_over_and_renewal_keeps_it(engine):
    other = "elsewhere.example:1:abc"
    assert try_acquire(engine, "digest:Morning", other, ttl=0.01) is None
    threading.Event().wait(0.05)
    with lease(engine, "digest:Morning", ttl=0.3) as held:  # expired: ours now
        threading.Event().wait(0.5)  # longer than ttl: the background renewal keeps it
        assert try_acquire(engine, "digest:Morning", other, ttl=1) is not None
        assert not held.lost


def test_lease_of_a_dead_process_on_this_host_is_taken_at_once(engine):
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = f"{_HOST}:{int(proc.stdout)}:gone"
    assert try_acquire(engine, "digest:Morning", dead, ttl=3600) is None
    with lease(engine, "digest:Morning", wait=0):
        pass


def test_two_concurrent_senders_send_each_row_once(tmp_path, engine, db_url):
    config = outbox_config(tmp_path, db_url)
    emails = [f"r{i}@example.org" for i in range(60)]
    create_issue(engine, ctx(1), "h", "t", "S", [Recipient(e) for e in emails], [], [])
    reports = []

    def sender() -> None:
        own = open_db(db_url)
        reports.append(send_pending(own, config, simple_message, now=T0))
        own.dispose()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.sent for r in reports) == 60
    assert sorted(p.name for r in reports for p in r.paths) == sorted({p.name for r in reports for p in r.paths})
    assert {r.status for r in list_deliveries(engine)} == {"sent"}


def test_dry_run_writes_files_and_leaves_the_ledger(tmp_path, engine, db_url):
    config = outbox_config(tmp_path, db_url)
    create_issue(engine, ctx(1), "h", "t", "S", [Recipient("a@example.org")], [], [])
    report = send_pending(engine, config, simple_message, dry_run=True, outbox=tmp_path / "preview")
    assert [p.parent.name for p in report.paths] == ["preview"] and report.paths[0].read_bytes().startswith(b"")
    assert list_deliveries(engine)[0].status == "pending"


# -- SQLite-only robustness -----------------------------------------------------------------------


def _short_busy_timeout(engine, ms: int = 300) -> None:
    @event.listens_for(engine, "connect")
    def _pragma(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA busy_timeout={ms}")


def test_locked_database_waits_then_fails_cleanly(tmp_path):
    url = f"sqlite:///{tmp_path}/digest.sqlite"
    engine = open_db(url)
    engine.dispose()
    _short_busy_timeout(engine)
    locker = sqlite3.connect(tmp_path / "digest.sqlite", isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(StoreError, match="locked"):
            create_issue(engine, ctx(1), "h", "t", "S", [Recipient("a@example.org")], [], [])
        with pytest.raises(StoreError, match="lease"), lease(engine, "digest:Morning"):
            pass
    finally:
        locker.execute("ROLLBACK")
    assert list_issues(engine) == []  # nothing half-written
    # a lock held for less than the busy timeout only makes the run wait
    locker.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.1, lambda: locker.execute("ROLLBACK"))
    timer.start()
    create_issue(engine, ctx(1), "h", "t", "S", [Recipient("a@example.org")], [], [])
    timer.join()
    locker.close()
    assert len(list_issues(engine)) == 1


def test_locked_database_during_send_sends_nothing(tmp_path):
    from tests.smtp_sink import SmtpSink

    url = f"sqlite:///{tmp_path}/digest.sqlite"
    engine = open_db(url)
    create_issue(engine, ctx(1), "h", "t", "S", [Recipient("a@example.org")], [], [])
    engine.dispose()
    _short_busy_timeout(engine)
    with SmtpSink() as sink:
        config = parse(
            f"""
digests: [{{name: Morning}}]
delivery: {{method: smtp, smtp: {{host: 127.0.0.1, port: {sink.port}, starttls: false}}}}
storage: {{url: "{url}"}}
""",
            tmp_path / "feeds.yaml",
        )
        locker = sqlite3.connect(tmp_path / "digest.sqlite", isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked"):
                send_pending(engine, config, simple_message, now=T0)
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert sink.received == []  # no claim, no mail
        assert send_pending(engine, config, simple_message, now=T0).sent == 1
        assert len(sink.received) == 1


def _corrupt(path) -> None:
    """Overwrite the middle pages of the file, keeping the header, as a bad disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data) - page, page):
        data[offset + 16 : offset + page - 16] = os.urandom(page - 32)
    path.write_bytes(bytes(data))


def test_corrupt_database_is_detected_and_nothing_is_sent(tmp_path):
    from click.testing import CliRunner

    from digest.cli import main

    db_path = tmp_path / "digest.sqlite"
    url = f"sqlite:///{db_path}"
    engine = open_db(url)
    create_issue(
        engine, ctx(1), "h" * 20000, "t" * 20000, "S", [Recipient(f"r{i}@example.org") for i in range(200)], [], []
    )
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    _corrupt(db_path)
    with pytest.raises(StoreError, match=r"corrupt|malformed|not a database"):
        integrity_check(make_engine(url))
    with pytest.raises(StoreError):
        open_db(url, check=True)
    (tmp_path / "feeds.yaml").write_text(
        "digests: [{name: Morning}]\n"
        f"delivery: {{method: outbox, outbox: '{tmp_path}/outbox'}}\n"
        f"storage: {{url: '{url}'}}\n"
    )
    result = CliRunner().invoke(main, ["schedule", "--config", str(tmp_path / "feeds.yaml")])
    assert result.exit_code == 2 and "database" in result.output
    assert not (tmp_path / "outbox").exists()


def test_not_a_database_file_is_refused(tmp_path):
    db_path = tmp_path / "digest.sqlite"
    db_path.write_bytes(b"this is not sqlite" * 500)
    with pytest.raises(StoreError):
        open_db(f"sqlite:///{db_path}", check=True)


def test_a_dropped_database_connection_mid_run_costs_no_recipient(tmp_path, db_url):
    """A PostgreSQL restart mid-run (here: the server ending the sender's sessions) must not leave a
    recipient unchecked: the held connection is asked again once, on a new one."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a dropped server connection is a PostgreSQL event")
    engine = open_db(db_url)
    engine.dispose()  # so that every connection the run uses is opened, and remembered, below
    pids: list[int] = []

    @event.listens_for(engine, "connect")
    def _remember(dbapi_connection, _record):
        pids.append(dbapi_connection.info.backend_pid)

    config = outbox_config(tmp_path, db_url)
    emails = [f"r{i}@example.org" for i in range(4)]
    create_issue(engine, ctx(1), "h", "t", "S", [Recipient(e) for e in emails], [], [])
    admin = make_engine(db_url)
    made: list[str] = []

    def message_then_drop(issue, recipient, message_id):
        made.append(recipient.email)
        if len(made) == 2:
            with admin.connect() as conn:
                for pid in pids:
                    conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return simple_message(issue, recipient, message_id)

    report = send_pending(engine, config, message_then_drop, now=T0)
    assert report.unchecked == [] and report.sent == 4
    assert {r.status for r in list_deliveries(engine)} == {"sent"}
    admin.dispose()
    engine.dispose()


def test_an_old_database_gains_the_delivery_selection_and_its_rows_read_as_unknown(tmp_path) -> None:
    from sqlalchemy import create_engine

    from digest.store.db import SCHEMA_VERSION
    from digest.store.db import open_db as open_store

    path = tmp_path / "old.sqlite"
    open_store(f"sqlite:///{path}").dispose()
    raw = create_engine(f"sqlite:///{path}")
    with raw.begin() as conn:  # as schema 3 left it, with a delivery still pending
        conn.execute(text("ALTER TABLE deliveries DROP COLUMN selection"))
        conn.execute(text("UPDATE schema_version SET version = 3"))
        conn.execute(
            text(
                "INSERT INTO issues (id, digest, number, period_end, created, subject, html, text, topics, article_ids,"
                " status) VALUES (1, 'A', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 's', 'h', 't', '[]', '[]',"
                " 'pending')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO deliveries (issue_id, recipient, editor, status, attempts, message_id)"
                " VALUES (1, 'old@example.org', 0, 'pending', 0, '<m@x>')"
            )
        )
    raw.dispose()
    engine = open_store(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
    (row,) = list_deliveries(engine, 1)
    assert row.recipient.topics == () and not row.recipient.topics_known  # read again from the choice
    engine.dispose()
