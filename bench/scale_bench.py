"""Scale-out throughput: messages/s and feeds/s with 1, 2 and 4 `digest worker` processes.

usage: DIGEST_TEST_POSTGRES_URL=postgresql+psycopg://digest:digest@127.0.0.1/digest_test \\
       python bench/scale_bench.py [--recipients 600] [--feeds 40] [--workers 1,2,4]

Each measurement gets a fresh PostgreSQL database (created beside the one in the URL, then dropped),
a local SMTP sink (aiosmtpd, answering at once) and a local feed server (RSS with 5 items, each
linking to an article page). Workers run with --concurrency 1, so N workers means N jobs at once;
the send rate limit is set far above what one machine reaches. Figures depend on the cores free at
the time: the load average is printed with them. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ITEMS = 5


@contextmanager
def fresh_database(base_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"digest_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def feed_server() -> ThreadingHTTPServer:
    """/f/N: an RSS feed of ITEMS entries; /p/N/M: the article page of entry M of feed N."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            parts = self.path.strip("/").split("/")
            if parts[0] == "f":
                n = int(parts[1])
                items = "".join(
                    f"<item><title>Feed {n} story {m}: harbour works and council budget</title>"
                    f"<link>{host}/p/{n}/{m}</link><guid>{host}/p/{n}/{m}</guid>"
                    f"<pubDate>Mon, 30 Nov 2026 0{m}:00:00 GMT</pubDate>"
                    f"<description>Story {m} of feed {n}.</description></item>"
                    for m in range(ITEMS)
                )
                channel = f"<channel><title>Feed {n}</title>{items}</channel>"
                body = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
                ctype = "application/rss+xml"
            elif parts[0] == "p":
                text = " ".join(
                    f"Paragraph {i} of story {parts[2]} in feed {parts[1]}: the council met on the harbour works."
                    for i in range(12)
                )
                head = f"<head><title>Story {parts[2]}</title></head>"
                body = f"<html>{head}<body><article><h1>Story</h1><p>{text}</p></article></body></html>"
                ctype = "text/html"
            else:
                self.send_error(404)
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_config(folder: Path, url: str, smtp_port: int, feeds: list[str]) -> Path:
    path = folder / "feeds.yaml"
    feed_lines = "".join(f"  - url: {u}\n" for u in feeds) or "  []\n"
    path.write_text(
        f"""version: 1
feeds:
{feed_lines}digests:
  - name: Bench
delivery:
  method: smtp
  smtp: {{host: 127.0.0.1, port: {smtp_port}, starttls: false, rate_per_minute: 6000000}}
storage:
  url: "{url}"
network:
  allow_private: ["127.0.0.1"]
  extract_workers: 1
execution:
  mode: distributed
  send_batch: 100
"""
    )
    return path


def start_workers(config_path: Path, n: int) -> list[subprocess.Popen]:
    args = [sys.executable, "-m", "digest.cli", "worker", "--config", str(config_path), "--concurrency", "1"]
    return [subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(n)]


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def wait_for(done: Callable[[], bool], timeout: float, poll: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(poll)
    return False


def measure(base_url: str, workers: int, recipients: int, feeds: int, server: ThreadingHTTPServer) -> dict:
    from sqlalchemy import func, select

    from digest.config import load
    from digest.deliver import create_issue
    from digest.deliver.compose import Composer
    from digest.models import DigestContext, Recipient
    from digest.store import slots
    from digest.store.db import open_db
    from digest.store.ledger import deliveries
    from digest.workers.app import busy, defer, ensure_schema, make_app
    from digest.workers.tasks import enqueue_sends
    from tests.smtp_sink import SmtpSink

    host = f"http://127.0.0.1:{server.server_address[1]}"
    with fresh_database(base_url) as url, SmtpSink() as sink, tempfile.TemporaryDirectory() as tmp:
        config_path = write_config(Path(tmp), url, sink.port, [f"{host}/f/{i}" for i in range(feeds)])
        config = load(config_path)
        engine = open_db(config.database_url)
        slots.ensure(engine)
        app = make_app(config)
        with app.open():
            ensure_schema(app, engine)
        procs = start_workers(config_path, workers)
        try:
            assert wait_for(lambda: len(slots.workers(engine)) >= workers, 60), "workers did not start"
            time.sleep(1.0)  # let every worker reach its fetch loop
            with app.open():
                started = time.monotonic()
                for i in range(feeds):
                    key = f"fetch:{host}/f/{i}"
                    defer(app, "fetch_feed", lock=key, queueing_lock=key, url=f"{host}/f/{i}")
                assert wait_for(lambda: not busy(app, queue="fetch"), 600), "fetch did not finish"
                fetch_seconds = time.monotonic() - started

                ctx = DigestContext("Bench", 1, None, datetime.now(UTC), "", [])
                base = Composer(config, engine).base(ctx)
                people = [Recipient(f"reader{i:06d}@example.org") for i in range(recipients)]
                issue = create_issue(engine, ctx, base.html, base.text, base.subject, people, [], [])
                started = time.monotonic()
                enqueue_sends(app, config, engine, issue.id)

                def sent() -> bool:
                    with engine.connect() as conn:
                        n = conn.execute(
                            select(func.count()).where(deliveries.c.issue_id == issue.id, deliveries.c.status == "sent")
                        ).scalar()
                    return n == recipients

                assert wait_for(sent, 900, poll=0.2), "send did not finish"
                send_seconds = time.monotonic() - started
        finally:
            stop_workers(procs)
            engine.dispose()
        duplicates = sum(n - 1 for n in sink.count_by_recipient().values() if n > 1)
    return {
        "workers": workers,
        "messages_per_s": round(recipients / send_seconds, 1),
        "feeds_per_s": round(feeds / fetch_seconds, 2),
        "send_seconds": round(send_seconds, 2),
        "fetch_seconds": round(fetch_seconds, 2),
        "duplicates": duplicates,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", default=os.environ.get("DIGEST_TEST_POSTGRES_URL"))
    parser.add_argument("--recipients", type=int, default=600)
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    if not args.postgres:
        sys.exit("set DIGEST_TEST_POSTGRES_URL or pass --postgres (a role that may CREATE DATABASE)")
    counts = [int(n) for n in args.workers.split(",")]
    server = feed_server()
    load_before = os.getloadavg()[0]
    results = []
    try:
        for n in counts:
            result = measure(args.postgres, n, args.recipients, args.feeds, server)
            results.append(result)
            print(
                f"{n} worker(s): {result['messages_per_s']:>7} messages/s ({args.recipients} in "
                f"{result['send_seconds']} s), {result['feeds_per_s']:>6} feeds/s ({args.feeds} feeds of {ITEMS} "
                f"items in {result['fetch_seconds']} s), duplicates {result['duplicates']}",
                flush=True,
            )
    finally:
        server.shutdown()
    summary = {
        "bench": "scale",
        "cores": os.cpu_count(),
        "load_before": round(load_before, 2),
        "recipients": args.recipients,
        "feeds": args.feeds,
        "results": results,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
