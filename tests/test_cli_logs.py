"""Operators' logs: what a reload changed, the next run after a reschedule, the config in force while
the file is broken, an access log for `digest serve` and a line when it stops, quiet APScheduler at -v."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.schedule import Scheduler
from tests.test_schedule_runner import write_config


class Summary:
    def line(self) -> str:
        return "Morning: nothing sent (no topic updated since the last issue); 0 new articles"


def test_reload_says_what_changed_and_when_the_next_run_is(tmp_path: Path, caplog) -> None:
    path = write_config(tmp_path, schedule="0 7 * * *")
    scheduler = Scheduler(path, run=lambda config, name, now: Summary(), reload_interval=60)
    scheduler.sync_jobs()
    caplog.set_level(logging.INFO, logger="digest.schedule")
    extra = "feeds:\n  - url: https://example.org/feed.xml\n"
    write_config(tmp_path, schedule="30 9 * * *", extra=extra)
    assert scheduler.check_config()
    assert "feeds added: https://example.org/feed.xml" in caplog.text
    assert "digests changed: Morning" in caplog.text
    assert "rescheduled: 30 9 * * * Europe/London, next 20" in caplog.text  # an ISO time follows


def test_a_run_while_the_file_is_broken_says_it_uses_the_last_good_config(tmp_path: Path, caplog) -> None:
    path = write_config(tmp_path)
    scheduler = Scheduler(path, run=lambda config, name, now: Summary(), reload_interval=60)
    path.write_text(path.read_text().replace("recipients:", "recipints:"))
    caplog.set_level(logging.INFO, logger="digest.schedule")
    assert not scheduler.check_config()
    scheduler.run_slot("Morning")
    assert "has errors since" in caplog.text and "running with the last good configuration" in caplog.text
    assert "unknown key 'recipints'" in caplog.text.split("last good configuration (", 1)[1]
    caplog.clear()
    write_config(tmp_path)
    assert scheduler.check_config()
    scheduler.run_slot("Morning")
    assert "last good configuration" not in caplog.text


def test_verbose_keeps_apscheduler_quiet(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.yaml")
    CliRunner().invoke(main, ["-v", "validate", "--config", missing])
    assert logging.getLogger("apscheduler").level == logging.WARNING
    CliRunner().invoke(main, ["-vv", "validate", "--config", missing])
    assert logging.getLogger("apscheduler").level == logging.DEBUG
    logging.getLogger("apscheduler").setLevel(logging.NOTSET)


def test_serve_logs_each_request_without_tokens_and_says_when_it_stops(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DIGEST_SECRET": "x" * 40}
    proc = subprocess.Popen(
        [sys.executable, "-m", "digest.cli", "serve", "--config", str(path), "--port", str(port), "--allow-any-host"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/unsubscribe/SECRET-TOKEN-123", timeout=5)
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert '"GET /healthz HTTP/1.1" 200' in err
    assert "/unsubscribe/…" in err and "SECRET-TOKEN-123" not in err
    assert f"web server on http://127.0.0.1:{port}/ stopped" in err
