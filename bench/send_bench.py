"""Sending to many: one issue to 10,000 recipients through an aiosmtpd sink on localhost.

    python bench/send_bench.py [--recipients 10000] [--topics 8]

Renders the sample issue (8 topics) once, stores it with one pending delivery per recipient (each
with its own https unsubscribe link; one in fifty an editor) in a SQLite ledger, and runs the real
sender (`send_pending` with the composer, method smtp) against an aiosmtpd server in its own process
that counts what it accepts per recipient. Reports messages/s, the sender's CPU per message, ledger
commits per message (SQLite COMMITs seen by every connection of the sender), peak RSS of the sender,
and whether every recipient got exactly one copy. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def sink(port_out: Any, control: Any) -> None:
    """aiosmtpd in this process: counts accepted messages per recipient until told to report."""
    from aiosmtpd.controller import Controller

    counts: Counter[str] = Counter()
    sizes = [0]

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            for rcpt in envelope.rcpt_tos:
                counts[rcpt] += 1
            sizes[0] += len(envelope.original_content or b"")
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    port_out.send(port)
    control.recv()
    controller.stop()
    control.send((dict(counts), sizes[0]))


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--topics", type=int, default=8)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]

    ctx_ = multiprocessing.get_context("fork")  # before the heavy imports: the sink stays small
    port_parent, port_child = ctx_.Pipe()
    control_parent, control_child = ctx_.Pipe()
    proc = ctx_.Process(target=sink, args=(port_child, control_child), daemon=True)
    proc.start()
    port = port_parent.recv()

    from sqlalchemy import event

    from digest.config import Config
    from digest.deliver import create_issue, send_pending
    from digest.deliver.compose import Composer
    from digest.models import Recipient
    from digest.render import sample_context
    from digest.store.db import open_db

    tmp = Path(tempfile.mkdtemp(prefix="send-bench-"))
    try:
        config = Config.model_validate(
            {
                "storage": {"url": f"sqlite:///{tmp / 'ledger.sqlite'}"},
                "digests": [{"name": "Morning brief"}],
                "delivery": {
                    "method": "smtp",
                    "from": "Morning brief <digest@example.org>",
                    "smtp": {"host": "127.0.0.1", "port": port, "starttls": False, "rate_per_minute": 10_000_000},
                },
            }
        )
        engine = open_db(config.database_url)
        ctx = sample_context(topics=args.topics)
        ctx.digest, ctx.new_articles = "Morning brief", 24
        recipients = [
            Recipient(
                f"reader{i}@example.org", f"https://digest.example.org/unsubscribe/tok{i:06d}", editor=i % 50 == 0
            )
            for i in range(args.recipients)
        ]
        composer = Composer(config, engine)
        base = composer.base(ctx)
        issue = create_issue(engine, ctx, base.html, base.text, base.subject, recipients, [], [])
        composer.remember(issue.id, base, {}, recipients)

        commits = [0]

        def count(statement: str) -> None:
            if statement.strip().upper().startswith(("COMMIT", "END")):
                commits[0] += 1

        @event.listens_for(engine, "connect")
        def traced(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.set_trace_callback(count)

        engine.dispose()  # connections opened from here on are traced
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sink_cpu0 = proc_cpu(proc.pid)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        if os.environ.get("SEND_PROFILE"):
            import cProfile

            prof = cProfile.Profile(time.process_time)  # CPU, not waits
            report = prof.runcall(send_pending, engine, config, composer)
            prof.dump_stats(os.environ["SEND_PROFILE"])
        else:
            report = send_pending(engine, config, composer)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        sink_cpu = proc_cpu(proc.pid) - sink_cpu0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        control_parent.send("report")
        received, size = control_parent.recv()
    finally:
        proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()[0]
    n = args.recipients
    once = sum(1 for r in recipients if received.get(r.email) == 1)
    result = {
        "bench": "send",
        "recipients": n,
        "sent": report.sent,
        "exactly_once": once == n and len(received) == n,
        "seconds": round(wall, 2),
        "messages_per_s": round(report.sent / wall, 1),
        "cpu_ms_per_message": round(1000 * cpu / max(report.sent, 1), 3),
        "sink_cpu_ms_per_message": round(1000 * sink_cpu / max(report.sent, 1), 3),
        "commits_per_message": round(commits[0] / max(report.sent, 1), 2),
        "peak_rss_mib": round(rss),
        "rss_before_send_mib": round(rss_before),
        "mean_message_kib": round(size / max(sum(received.values()), 1) / 1024, 1),
        "load_before": round(load_before, 2),
        "load_after": round(load_after, 2),
    }
    print(f"{n} recipients, {args.topics} topics, load average {load_before:.2f} before, {load_after:.2f} after")
    print(f"  sent {report.sent} in {wall:.1f} s: {result['messages_per_s']} messages/s (target >= 200)")
    print(f"  sender CPU {result['cpu_ms_per_message']} ms per message ({result['commits_per_message']} ledger commits "
          f"per message); the sink's CPU {result['sink_cpu_ms_per_message']} ms per message")  # fmt: skip
    print(f"  peak RSS of the sender {result['peak_rss_mib']} MiB (target <= 300)")
    print(f"  every recipient exactly one copy: {result['exactly_once']} ({once} of {n}); "
          f"mean message {result['mean_message_kib']} KiB")  # fmt: skip
    print(json.dumps(result))


if __name__ == "__main__":
    main()
