"""A scheduler whose first run sends 100 messages slowly to the outbox, for the SIGTERM test.

usage: python schedule_sigterm.py FEEDS_YAML
"""

import logging
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root: tests.smtp_sink

from digest.deliver import create_issue, send_pending
from digest.models import DigestContext, Recipient
from digest.schedule import Scheduler
from tests.smtp_sink import simple_message

logging.basicConfig(level=logging.INFO, stream=sys.stderr)


def slow_message(issue, recipient, message_id):
    time.sleep(0.05)
    return simple_message(issue, recipient, message_id)


def run(config, name, now):
    engine = scheduler.engine
    ctx = DigestContext(name, 1, None, now, "", [])
    recipients = [Recipient(f"r{i:03d}@example.org") for i in range(100)]
    create_issue(engine, ctx, "<p>x</p>", "x", "S", recipients, [], [])
    return send_pending(engine, config, slow_message)


scheduler = Scheduler(sys.argv[1], run=run, reload_interval=60)
scheduler.scheduler.add_job(scheduler.run_slot, args=["Morning"], next_run_time=datetime.now(UTC), id="now")
scheduler.run()
print("exited cleanly", flush=True)
