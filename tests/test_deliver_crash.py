"""kill -9 the sending process at random points, restart it, and count what arrived.

No deduplication on the receiving side: every recipient must have exactly one copy. Each test
prints its seed; DIGEST_KILL_SEED=N replays a run with the same kill points.
See digest/deliver/send.py for the states that make this hold, and for the one window
(microseconds between the `handed_at` commit and the dot's send()) where it cannot.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.config import parse
from digest.deliver import create_issue, list_deliveries
from digest.deliver.outbox import eml_name
from digest.models import DigestContext, Recipient
from digest.store.db import open_db
from tests.smtp_sink import SmtpSink

SENDER = Path(__file__).parent / "data" / "deliver" / "sender.py"
TRIALS = int(os.environ.get("DIGEST_KILL_TRIALS", "20"))


def write_config(tmp_path: Path, delivery: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"""
version: 1
digests:
  - name: Morning
delivery:
{delivery}
storage:
  url: sqlite:///{tmp_path}/digest.sqlite
"""
    )
    return path


def run_sender(config_path: Path, delay: float, kill_after: float | None) -> str:
    """Start the sender; kill -9 it `kill_after` seconds after it is ready, or let it finish."""
    proc = subprocess.Popen(
        [sys.executable, str(SENDER), str(config_path), str(delay)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        return out
    time.sleep(kill_after)
    proc.kill()
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return ""


def make_issue(config_path: Path, emails: list[str]):
    config = parse(config_path.read_text(), config_path)
    engine = open_db(config.database_url)
    ctx = DigestContext("Morning", 1, None, datetime.now(UTC), "", [])
    create_issue(engine, ctx, "<p>x</p>", "x", "Morning #1", [Recipient(e) for e in emails], [], [])
    return engine


def kill_seed() -> int:
    """DIGEST_KILL_SEED replays a run; otherwise a fresh seed, printed so a failure can be replayed."""
    seed = int(os.environ.get("DIGEST_KILL_SEED") or random.SystemRandom().randrange(2**32))
    print(f"DIGEST_KILL_SEED={seed}")  # shown by pytest with the failure report
    return seed


def test_kill_9_while_sending_smtp_exactly_once(tmp_path):
    rng = random.Random(kill_seed())
    with SmtpSink(data_delay=0.001) as sink:
        config_path = write_config(
            tmp_path,
            f"  method: smtp\n  smtp: {{host: 127.0.0.1, port: {sink.port}, starttls: false, rate_per_minute: 600000}}",
        )
        emails = [f"reader{i:04d}@example.org" for i in range(15 * TRIALS)]
        engine = make_issue(config_path, emails)
        for _ in range(TRIALS):
            run_sender(config_path, delay=0.002, kill_after=rng.uniform(0.0, 0.12))
        run_sender(config_path, delay=0.0, kill_after=None)
        counts = sink.count_by_recipient()
    duplicates = {e: n for e, n in counts.items() if n > 1}
    missing = [e for e in emails if counts[e] == 0]
    rows = list_deliveries(engine)
    assert not duplicates, f"duplicates={duplicates}"
    # The documented window: a kill between the handover commit and the final "." can lose that one
    # message (never duplicate it); such a row is marked presumed sent, at most one per kill.
    presumed = {r.recipient.email for r in rows if (r.last_error or "").startswith("presumed sent")}
    assert len(missing) <= TRIALS and set(missing) <= presumed, f"missing={missing[:10]}"
    assert Counter(r.status for r in rows) == {"sent": len(emails)}
    message_ids = {r.recipient.email: r.message_id for r in rows}
    assert all(m.message_id == message_ids[m.recipient] for m in sink.received)


@pytest.mark.parametrize("trials", [min(TRIALS, 8)])
def test_kill_9_while_writing_outbox_exactly_once(tmp_path, trials):
    rng = random.Random(kill_seed())
    outbox = tmp_path / "outbox"
    config_path = write_config(tmp_path, f"  method: outbox\n  outbox: {outbox}")
    emails = [f"reader{i:04d}@example.org" for i in range(12 * trials)]
    engine = make_issue(config_path, emails)
    for _ in range(trials):
        run_sender(config_path, delay=0.002, kill_after=rng.uniform(0.0, 0.1))
    run_sender(config_path, delay=0.0, kill_after=None)
    files = sorted(p.name for p in outbox.iterdir())
    assert files == sorted(eml_name("Morning", 1, e) for e in emails)  # no temp files left behind either
    assert {r.status for r in list_deliveries(engine)} == {"sent"}
