"""Run send_pending once, slowly, so a test can kill -9 it at a random point.

usage: python sender.py FEEDS_YAML SECONDS_PER_MESSAGE
Prints "ready" once imports and the database are open, then "done SENT".
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root: tests.smtp_sink

from digest.config import load
from digest.deliver import send_pending
from digest.store.db import open_db
from tests.smtp_sink import simple_message

config = load(sys.argv[1])
engine = open_db(config.database_url)
delay = float(sys.argv[2])


def slow_message(issue, recipient, message_id):
    time.sleep(delay)
    return simple_message(issue, recipient, message_id)


print("ready", flush=True)
report = send_pending(engine, config, slow_message)
print("done", report.sent, report.recovered, flush=True)
