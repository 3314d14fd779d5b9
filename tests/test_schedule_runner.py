"""The scheduler process: catch-up and coalescing, lateness, two schedulers, hot reload, SIGTERM.

The clock is faked with time-machine (ticking, so APScheduler's waits still pass); the runs
stand in for digest.pipeline.run_digest: they store an issue and send it to the outbox.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from digest.config import Config
from digest.deliver import LeaseHeld, create_issue, last_issue, lease, list_deliveries, list_issues, send_pending
from digest.deliver.ledger import mark_slot
from digest.models import DigestContext, Recipient
from digest.schedule import Scheduler
from digest.store.db import open_db
from digest.store.ledger import scheduled_runs
from tests.smtp_sink import simple_message

LONDON = ZoneInfo("Europe/London")
HERE = Path(__file__).parent


def write_config(tmp_path: Path, schedule: str = "0 7 * * *", extra: str = "") -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"""version: 1
digests:
  - name: Morning
    schedule: "{schedule}"
    timezone: Europe/London
    max_lateness_minutes: 120
    recipients: [a@example.org, b@example.org]
{extra}delivery:
  method: outbox
  outbox: {tmp_path}/outbox
storage:
  url: sqlite:///{tmp_path}/digest.sqlite
"""
    )
    return path


class FakeRun:
    """Stands in for run_digest: a new issue every call, sent to the outbox."""

    def __init__(self, hold: float = 0.0):
        self.calls: list[datetime] = []
        self.hold = hold
        self.started = threading.Event()
        self.release = threading.Event()
        if not hold:
            self.release.set()

    def __call__(self, config: Config, name: str, now: datetime) -> str:
        self.calls.append(now)
        self.started.set()
        self.release.wait(timeout=10)
        engine = open_db(config.database_url)
        last = last_issue(engine, name)
        number = (last.number if last else 0) + 1
        ctx = DigestContext(name, number, last.period_end if last else None, now, "", [])
        digest = config.digest(name)
        create_issue(
            engine, ctx, "<p>x</p>", "x", f"{name} #{number}", [Recipient(e) for e in digest.recipients], [], []
        )
        report = send_pending(engine, config, simple_message)
        engine.dispose()
        return f"issue {number}: sent {report.sent}"


def start(scheduler: Scheduler) -> threading.Thread:
    thread = threading.Thread(target=scheduler.run, daemon=True)
    thread.start()
    return thread


def stop(scheduler: Scheduler, thread: threading.Thread) -> None:
    scheduler.stop()
    thread.join(timeout=15)
    assert not thread.is_alive()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def slots(engine) -> list[tuple[datetime, str]]:
    with engine.connect() as conn:
        rows = conn.execute(scheduled_runs.select().order_by(scheduled_runs.c.scheduled_for)).all()
    return [(r.scheduled_for, r.status) for r in rows]


def test_missed_runs_are_coalesced_into_one_catch_up_run(tmp_path):
    config_path = write_config(tmp_path)
    engine = open_db(f"sqlite:///{tmp_path}/digest.sqlite")
    three_days_ago = datetime(2026, 3, 26, 7, 0, tzinfo=LONDON)
    mark_slot(engine, "Morning", three_days_ago, "done", "earlier")
    run = FakeRun()
    with time_machine.travel(datetime(2026, 3, 29, 7, 30, tzinfo=LONDON), tick=True):  # spring-forward day
        scheduler = Scheduler(config_path, run=run, reload_interval=60)
        thread = start(scheduler)
        wait_for(lambda: len(slots(engine)) == 2)
        time.sleep(0.3)
        stop(scheduler, thread)
    assert len(run.calls) == 1  # three missed days, one run
    assert slots(engine)[-1] == (datetime(2026, 3, 29, 6, 0, tzinfo=UTC), "done")  # 07:00 BST
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == [
        "morning-0001-a@example.org.eml",
        "morning-0001-b@example.org.eml",
    ]


def test_run_later_than_max_lateness_is_skipped_and_reported(tmp_path):
    config_path = write_config(tmp_path)
    engine = open_db(f"sqlite:///{tmp_path}/digest.sqlite")
    mark_slot(engine, "Morning", datetime(2026, 3, 2, 7, 0, tzinfo=LONDON), "done", "earlier")
    run = FakeRun()
    with time_machine.travel(datetime(2026, 3, 3, 10, 0, tzinfo=LONDON), tick=True):  # 3 h late, max 2 h
        scheduler = Scheduler(config_path, run=run, reload_interval=60)
        thread = start(scheduler)
        wait_for(lambda: len(slots(engine)) == 2)
        stop(scheduler, thread)
    assert run.calls == []
    assert slots(engine)[-1] == (datetime(2026, 3, 3, 7, 0, tzinfo=UTC), "skipped")
    from digest.deliver import pop_skipped_runs

    (line,) = pop_skipped_runs(engine, "Morning")
    assert line.startswith("2026-03-03 07:00 UTC") and "3h00m late" in line and "max lateness 120" in line


def test_two_schedulers_on_one_database_send_once(tmp_path):
    config_path = write_config(tmp_path)
    runs = [FakeRun(), FakeRun()]
    with time_machine.travel(datetime(2026, 10, 25, 6, 59, 58, tzinfo=LONDON), tick=True):  # fall-back day
        schedulers = [Scheduler(config_path, run=r, reload_interval=60, lease_wait=10) for r in runs]
        threads = [start(s) for s in schedulers]
        engine = schedulers[0].engine
        wait_for(lambda: any(r.calls for r in runs) and slots(engine))
        time.sleep(1.0)
        for s, t in zip(schedulers, threads, strict=True):
            stop(s, t)
    assert sum(len(r.calls) for r in runs) == 1
    assert len(list_issues(engine, "Morning")) == 1
    assert [d.status for d in list_deliveries(engine)] == ["sent", "sent"]
    assert len(list((tmp_path / "outbox").iterdir())) == 2


def test_manual_run_during_a_scheduled_one_is_refused_clearly(tmp_path):
    config_path = write_config(tmp_path)
    run = FakeRun(hold=1)
    with time_machine.travel(datetime(2026, 3, 2, 6, 59, 59, tzinfo=LONDON), tick=True):
        scheduler = Scheduler(config_path, run=run, reload_interval=60)
        thread = start(scheduler)
        assert run.started.wait(10)
        with (
            pytest.raises(LeaseHeld, match=r"'digest:Morning' is held by .* until"),
            lease(scheduler.engine, "digest:Morning", wait=0.2),
        ):
            pass
        run.release.set()
        wait_for(lambda: slots(scheduler.engine))
        stop(scheduler, thread)
    assert len(list_issues(scheduler.engine)) == 1


def test_hot_reload_applies_valid_edits_and_keeps_the_last_good_config(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    config_path = write_config(tmp_path, schedule="0 7 * * *")
    scheduler = Scheduler(config_path, run=FakeRun(), reload_interval=0.1)
    thread = start(scheduler)
    try:
        wait_for(lambda: scheduler.scheduler.get_job("digest:Morning") is not None)
        write_config(tmp_path, schedule="15 9 * * *")
        wait_for(lambda: "hour='9'" in repr(scheduler.scheduler.get_job("digest:Morning").trigger))
        assert scheduler.config.digests[0].schedule == "15 9 * * *"
        # an invalid edit: a misspelt key (and a schedule change that must not take effect)
        text = (
            config_path.read_text()
            .replace("15 9", "0 6")
            .replace("    recipients:", "    shedule: oops\n    recipients:")
        )
        config_path.write_text(text)
        wait_for(lambda: "invalid edit" in caplog.text)
        time.sleep(0.3)
        assert scheduler.config.digests[0].schedule == "15 9 * * *"
        assert "hour='9'" in repr(scheduler.scheduler.get_job("digest:Morning").trigger)
        bad_line = next(i for i, line in enumerate(text.splitlines(), 1) if "shedule" in line)
        assert f"feeds.yaml:{bad_line}:" in caplog.text
        assert caplog.text.count("invalid edit") == 1  # logged once, not at every poll
        # fixing the file is picked up again
        write_config(tmp_path, schedule="45 8 * * *")
        wait_for(lambda: scheduler.config.digests[0].schedule == "45 8 * * *")
        # a file that disappears (a bad deploy, a move) is reported once; the schedule stays
        moved = config_path.rename(tmp_path / "feeds.yaml.moved")
        wait_for(lambda: "cannot read" in caplog.text)
        time.sleep(0.3)
        assert caplog.text.count("cannot read") == 1
        assert scheduler.scheduler.get_job("digest:Morning") is not None
        moved.rename(config_path)
        wait_for(lambda: caplog.text.count("config: reloaded") >= 3)
        assert scheduler.config.digests[0].schedule == "45 8 * * *"
    finally:
        stop(scheduler, thread)


def test_sigterm_parks_the_current_send_and_exits_0(tmp_path):
    config_path = write_config(tmp_path, schedule="* * * * *")
    script = HERE / "data" / "deliver" / "schedule_sigterm.py"
    proc = subprocess.Popen(
        [sys.executable, str(script), str(config_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    outbox = tmp_path / "outbox"
    try:
        wait_for(lambda: outbox.exists() and len(list(outbox.glob("*.eml"))) >= 3, timeout=30)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    engine = open_db(f"sqlite:///{tmp_path}/digest.sqlite")
    statuses = [d.status for d in list_deliveries(engine)]
    sent = statuses.count("sent")
    assert 3 <= sent < 100 and statuses.count("pending") == 100 - sent and "sending" not in statuses
    assert len(list(outbox.glob("*.eml"))) == sent
    assert "received SIGTERM" in err


def test_schedule_command_exits_0_on_sigterm_and_writes_a_heartbeat(tmp_path):
    config_path = write_config(tmp_path)
    heartbeat = tmp_path / "heartbeat"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "digest.cli",
            "schedule",
            "--config",
            str(config_path),
            "--heartbeat",
            str(heartbeat),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        wait_for(heartbeat.exists, timeout=30)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    # Without -v the daemon still says what it does, one line per event, with the real next run. The first heartbeat
    # comes just before "scheduler started": on a loaded machine the signal can land between them, and the daemon
    # then says it stopped before it started (a full run on a loaded machine saw it); either way it says it stopped.
    assert "received SIGTERM" in err
    assert ("scheduler started" in err and "scheduler stopped" in err) or "scheduler stopped before it started" in err
    assert "next None" not in err and "at '0 7 * * *' Europe/London, next 20" in err
    assert all(line.count(" INFO ") + line.count(" WARNING ") + line.count(" ERROR ") == 1 for line in err.splitlines())


def test_run_log_and_ledger_use_the_pipeline_summary_line(tmp_path, caplog):
    class Summary:
        def line(self) -> str:
            return "Morning: nothing sent (no topic updated since the last issue); 0 new articles"

    config_path = write_config(tmp_path)
    engine = open_db(f"sqlite:///{tmp_path}/digest.sqlite")
    scheduler = Scheduler(config_path, run=lambda config, name, now: Summary(), reload_interval=60)
    with caplog.at_level(logging.INFO, logger="digest.schedule"):
        scheduler.run_slot("Morning")
    assert "done: Morning: nothing sent (no topic updated" in caplog.text
    with engine.connect() as conn:
        stored = conn.execute(scheduled_runs.select()).one()
    assert stored.note.startswith("Morning: nothing sent")


def test_schedule_command_bad_config_exits_1(tmp_path):
    from click.testing import CliRunner

    from digest.cli import main

    path = tmp_path / "feeds.yaml"
    path.write_text("digests:\n  - name: M\n    schedule: 'not cron'\n")
    result = CliRunner().invoke(main, ["schedule", "--config", str(path)])
    assert result.exit_code == 1 and "feeds.yaml:3" in result.output and "cron" in result.output


def test_retry_job_sends_due_deferred_deliveries(tmp_path):
    config_path = write_config(tmp_path)
    factory_calls = []

    def factory(config, engine):
        factory_calls.append(1)
        return simple_message

    scheduler = Scheduler(config_path, run=FakeRun(), message_factory=factory)
    ctx = DigestContext("Morning", 1, None, datetime.now(UTC) - timedelta(hours=1), "", [])
    create_issue(scheduler.engine, ctx, "h", "t", "S", [Recipient("a@example.org")], [], [])
    scheduler.retry_deliveries()
    assert factory_calls and [d.status for d in list_deliveries(scheduler.engine)] == ["sent"]
