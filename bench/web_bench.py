"""Topic pages with a long history: one topic with 52 versions (a year of weekly ones) served by `digest serve`.

    python bench/web_bench.py [--versions 52] [--requests 400] [--seconds 8] [--clients 10]

Builds a SQLite store with one topic of `versions` versions (each a full brief: 12 sources, every
section), starts the site with uvicorn in its own process, and asks it over keep-alive HTTP/1.1:
first every version once (cold: read, decode and render), then `requests` pages one after another
with one client (p50/p99), then as many as `clients` concurrent clients get in `seconds` (requests/s).
The pages asked are the latest (`/topics/SLUG`) and, one in four, a random earlier version.
Reports the server's CPU per request and the load average. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SLUG = "chip-export-rules"


def brief_for(number: int, created: datetime):
    from digest.models import Brief, Perspective, Source, Statement, Tension, TimelineEntry

    rng = random.Random(number)
    words = [
        "officials",
        "announced",
        "regulators",
        "agreed",
        "critics",
        "argued",
        "the",
        "deal",
        "export",
        "chips",
        "licence",
        "court",
    ]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(18)).capitalize() + "."

    def statements(n: int) -> list[Statement]:
        return [Statement(sentence(), (rng.randint(1, 12), rng.randint(1, 12))) for _ in range(n)]

    sources = [
        Source(n, f"a{number}-{n}", f"Outlet {n}", f"Report {n} of week {number}", f"https://news.example.org/{number}/{n}",
               created - timedelta(days=n))
        for n in range(1, 13)
    ]  # fmt: skip
    return Brief(
        topic=SLUG,
        title="Chip export rules",
        version=number,
        created=created,
        what=statements(3),
        why_it_matters=statements(2),
        insights=statements(4),
        open_questions=statements(3),
        narrative=statements(5),
        timeline=[
            TimelineEntry(date(2026, 1, 1) + timedelta(days=7 * k), f"week {k}", sentence(), (k % 12 + 1,))
            for k in range(8)
        ],
        perspectives=[
            Perspective(f"Actor {k}", Statement(sentence(), (k + 1,)), "shifted", "now more cautious") for k in range(4)
        ],
        tensions=[Tension(sentence(), (1, 2, 3)) for _ in range(2)],
        changes=statements(2),
        sources=sources,
    )


def build_store(path: Path, versions: int) -> str:
    """A store with one topic of `versions` versions, ten new members each; returns its URL."""
    from sqlalchemy import insert

    from digest.store import codec
    from digest.store import topics as t
    from digest.store.db import open_db

    url = f"sqlite:///{path}"
    engine = open_db(url)
    start = datetime(2025, 6, 2, 7, 0, tzinfo=UTC)
    last = start + timedelta(weeks=versions - 1)
    with engine.begin() as conn:
        conn.execute(
            insert(t.topics).values(
                slug=SLUG, title="Chip export rules", kind="tracked", status="active", created=start, updated=last,
                last_article=last, description="", pinned=False, merged_into=None, version=versions,
            )
        )  # fmt: skip
        for n in range(1, versions + 1):
            created = start + timedelta(weeks=n - 1)
            conn.execute(
                insert(t.topic_versions).values(
                    slug=SLUG, number=n, created=created, article_count=10 * n, brief=codec.dumps(brief_for(n, created))
                )
            )
            conn.execute(
                insert(t.topic_members),
                [{"slug": SLUG, "article_id": f"a{n}-{k}", "joined": created, "version": n} for k in range(10)],
            )
    engine.dispose()
    return url


def serve(url: str, sock: socket.socket) -> None:
    import uvicorn

    from digest.config import Config
    from digest.store.db import open_db
    from digest.web.app import build_app

    config = Config.model_validate({"storage": {"url": url}, "digests": [{"name": "Bench"}]})
    app = build_app(config, open_db(url), secret="b" * 64)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])


class Client:
    """One keep-alive HTTP/1.1 connection; `get` returns (status, seconds)."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def get(self, path: str) -> tuple[int, float]:
        started = time.perf_counter()
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next(int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length")
        await self.reader.readexactly(length)
        return status, time.perf_counter() - started

    def close(self) -> None:
        self.writer.close()


def proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pick(rng: random.Random, versions: int) -> str:
    if rng.random() < 0.25:
        return f"/topics/{SLUG}/versions/{rng.randint(1, versions)}"
    return f"/topics/{SLUG}"


async def measure(port: int, args: argparse.Namespace, pid: int) -> dict:
    rng = random.Random(7)
    one = Client(port)
    await one.open()
    cold = []
    for n in [*range(args.versions, 0, -1)]:
        status, seconds = await one.get(f"/topics/{SLUG}/versions/{n}")
        assert status == 200, status
        cold.append(seconds)
    status, _ = await one.get(f"/topics/{SLUG}")
    assert status == 200, status
    cpu0 = proc_cpu(pid)
    times = []
    for _ in range(args.requests):
        status, seconds = await one.get(pick(rng, args.versions))
        assert status == 200, status
        times.append(seconds)
    cpu_one = (proc_cpu(pid) - cpu0) / args.requests
    one.close()

    clients = [Client(port) for _ in range(args.clients)]
    await asyncio.gather(*(c.open() for c in clients))
    done = 0
    deadline = time.perf_counter() + args.seconds

    async def loop(c: Client) -> None:
        nonlocal done
        local = random.Random(id(c))
        while time.perf_counter() < deadline:
            status, _ = await c.get(pick(local, args.versions))
            assert status == 200, status
            done += 1

    cpu1 = proc_cpu(pid)
    started = time.perf_counter()
    await asyncio.gather(*(loop(c) for c in clients))
    elapsed = time.perf_counter() - started
    cpu_many = (proc_cpu(pid) - cpu1) / max(done, 1)
    for c in clients:
        c.close()
    times.sort()
    return {
        "cold_p50_ms": round(1000 * statistics.median(cold), 2),
        "cold_max_ms": round(1000 * max(cold), 2),
        "p50_ms": round(1000 * statistics.median(times), 2),
        "p99_ms": round(1000 * times[int(0.99 * (len(times) - 1))], 2),
        "server_cpu_ms_per_request_one": round(1000 * cpu_one, 2),
        "rps": round(done / elapsed, 1),
        "server_cpu_ms_per_request_many": round(1000 * cpu_many, 2),
        "requests_many": done,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--versions", type=int, default=52)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", type=int, default=10)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="web-bench-"))
    proc = None
    try:
        url = build_store(tmp / "site.sqlite", args.versions)
        # IPPROTO_TCP named, as asyncio's own create_server does: only then do accepted sockets get
        # TCP_NODELAY, without which every keep-alive response waits 40 ms for a delayed ACK
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(1024)
        port = sock.getsockname()[1]
        proc = multiprocessing.get_context("spawn").Process(target=serve, args=(url, sock), daemon=True)
        proc.start()
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        assert proc.pid is not None
        result = asyncio.run(measure(port, args, proc.pid))
    finally:
        if proc is not None:
            proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()[0]
    print(f"topic with {args.versions} versions; load average {load_before:.2f} before, {load_after:.2f} after")
    print(f"  first view of each version (read, decode, render): p50 {result['cold_p50_ms']} ms, "
          f"max {result['cold_max_ms']} ms")  # fmt: skip
    print(f"  one client, {args.requests} pages: p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms "
          f"(target p50 <= 20 ms); server CPU {result['server_cpu_ms_per_request_one']} ms per page")  # fmt: skip
    print(f"  {args.clients} clients for {args.seconds:g} s: {result['rps']} requests/s (target >= 150); "
          f"server CPU {result['server_cpu_ms_per_request_many']} ms per page")  # fmt: skip
    print(json.dumps({"bench": "web", "versions": args.versions, "clients": args.clients, **result,
                      "load_before": round(load_before, 2), "load_after": round(load_after, 2)}))  # fmt: skip


if __name__ == "__main__":
    main()
