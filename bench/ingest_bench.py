"""Ingestion throughput: N feeds x M entries on localhost with added latency, then an all-304 pass.

    python bench/ingest_bench.py [--feeds 500] [--entries 20] [--latency 0.2] [--r2e PATH]

A uvicorn server in its own process serves every feed and article page after `latency` seconds,
spread over 64 loopback addresses (so per-host limits behave as with real, distinct sites). Feeds
carry ETags, so the second pass should be all 304s: no parsing, no extraction.
Reports wall time against the ideal (latency x requests / concurrency), the second pass, peak RSS
of the run (this process and the largest worker), and, when an `r2e` executable is given or found,
rss2email's `r2e run --no-send` on the same feeds. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HOSTS = [f"127.0.0.{i}" for i in range(1, 65)]  # distinct "sites", so per-host limits do not bind
WORDS = [
    "policy", "model", "safety", "regulator", "lab", "compute", "export", "chip", "treaty", "summit", "audit",
    "evaluation", "frontier", "risk", "agency", "minister", "senate", "bill", "court", "ruling", "data", "privacy",
    "open", "weights", "license", "benchmark", "incident", "report", "researchers", "warned", "officials",
    "announced", "companies", "agreed", "critics", "argued", "investors", "budget", "deadline",
]  # fmt: skip


def article_page(feed: int, entry: int) -> str:
    rng = random.Random(feed * 1000 + entry)
    paras = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + ".</p>" for _ in range(5))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Story {feed}-{entry}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Story {feed}-{entry}</h1>{paras}</article>"
        "<footer>Footer text</footer></body></html>"
    )


def feed_xml(feed: int, entries: int, port: int) -> str:
    host = HOSTS[feed % len(HOSTS)]
    items = "".join(
        f"<item><title>Story {feed}-{e}</title><link>http://{host}:{port}/p/{feed}/{e}</link>"
        f"<guid>http://{host}:{port}/p/{feed}/{e}</guid><description>Summary of story {feed}-{e}.</description>"
        f"<pubDate>Fri, 01 May 2026 12:00:00 GMT</pubDate></item>"
        for e in range(entries)
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Feed {feed}</title>"
        f"<link>http://{host}:{port}/</link><description>bench</description>{items}</channel></rss>"
    )


def serve(sockets: list[socket.socket], entries: int, latency: float, port: int) -> None:
    import uvicorn

    async def app(scope, receive, send):  # a bare ASGI app: the server must not be the bottleneck
        if scope["type"] != "http":
            return
        await asyncio.sleep(latency)
        parts = scope["path"].strip("/").split("/")
        headers = dict(scope["headers"])
        status, body, extra = 404, b"not found", []
        if parts[0] == "f":
            feed = int(parts[1])
            etag = f'"feed-{feed}"'.encode()
            if headers.get(b"if-none-match") == etag:
                status, body = 304, b""
            else:
                status, body = 200, feed_xml(feed, entries, port).encode()
            extra = [(b"etag", etag), (b"content-type", b"application/rss+xml")]
        elif parts[0] == "p":
            status, body = 200, article_page(int(parts[1]), int(parts[2])).encode()
            extra = [(b"content-type", b"text/html; charset=utf-8")]
        await send({"type": "http.response.start", "status": status, "headers": extra})
        await send({"type": "http.response.body", "body": body})

    config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off", backlog=4096)
    asyncio.run(uvicorn.Server(config).serve(sockets=sockets))


def start_server(entries: int, latency: float) -> tuple[multiprocessing.Process, int]:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    sockets = []
    for host in HOSTS:
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((host, port))
        s.listen(4096)
        sockets.append(s)
    proc = multiprocessing.get_context("fork").Process(
        target=serve, args=(sockets, entries, latency, port), daemon=True
    )
    proc.start()
    for s in sockets:
        s.close()
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return proc, port


def run_r2e(r2e: str, urls: list[str], workdir: Path) -> float | str:
    cfg, data = workdir / "r2e.cfg", workdir / "r2e.json"
    base = [r2e, "-c", str(cfg), "-d", str(data)]
    subprocess.run([*base, "new", "bench@example.org"], check=True, capture_output=True)
    # one `r2e add` per feed is slow (500 process starts); write the config sections directly
    with cfg.open("a") as handle:
        for i, url in enumerate(urls):
            handle.write(f"\n[feed.f{i}]\nurl = {url}\n")
    started = time.monotonic()
    done = subprocess.run([*base, "run", "--no-send"], capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        return f"r2e failed ({done.returncode}): {done.stderr.strip()[-300:]}"
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=0, help="extraction workers (0: one per core)")
    parser.add_argument("--r2e", default=shutil.which("r2e") or "/tmp/r2e-venv/bin/r2e")
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from digest.config import Config
    from digest.ingest import ingest
    from digest.store import articles, open_db

    proc, port = start_server(args.entries, args.latency)
    urls = [f"http://{HOSTS[i % len(HOSTS)]}:{port}/f/{i}" for i in range(args.feeds)]
    tmp = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        config = Config.model_validate(
            {
                "feeds": [{"url": u} for u in urls],
                "storage": {"url": f"sqlite:///{tmp / 'bench.sqlite'}"},
                "network": {
                    "allow_private": ["127.0.0.0/8"],
                    "concurrency": args.concurrency,
                    "extract_workers": args.workers,
                    "timeout": 60,
                },
            }
        )
        engine = open_db(config.database_url)
        now = datetime.now(UTC)
        requests = args.feeds * (1 + args.entries)
        ideal = args.latency * requests / args.concurrency
        cpu_start = time.process_time()
        first = ingest(config, engine, now=now)
        cpu_first = time.process_time() - cpu_start
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rss_workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        second = ingest(config, engine, now=now + timedelta(hours=1))
        stored = articles.count(engine)
        print(f"pass 1: {args.feeds} feeds x {args.entries} entries = {requests} requests, latency {args.latency}s")
        print(f"  wall {first.seconds:.1f} s, ideal {ideal:.1f} s, ratio {first.seconds / ideal:.2f}")
        print(f"  {len(first.new_ids)} new, {first.extracted} extracted, {first.fallbacks} fallbacks")
        print(f"  {first.feeds_failed} feeds failed, main-process CPU {cpu_first:.1f} s")
        print(f"  peak RSS: main {rss_self:.0f} MiB, largest child {rss_workers:.0f} MiB, {stored} articles stored")
        print(
            f"pass 2 (all 304): wall {second.seconds:.2f} s, ideal {args.latency * args.feeds / args.concurrency:.2f} s"
        )
        print(f"  unchanged {second.feeds_unchanged}, extracted {second.extracted}")
        r2e: float | str | None = None
        if os.path.exists(args.r2e):
            r2e = run_r2e(args.r2e, urls, tmp)
            shown = r2e if isinstance(r2e, str) else f"{r2e:.1f} s"
            print(f"rss2email 3.14 `r2e run --no-send` on the same feeds: {shown}")
        else:
            print("rss2email: r2e not found (pip install rss2email==3.14 and pass --r2e PATH)")
        result = {
            "bench": "ingest",
            "feeds": args.feeds,
            "entries": args.entries,
            "latency_s": args.latency,
            "concurrency": args.concurrency,
            "requests": requests,
            "wall_s": round(first.seconds, 2),
            "ideal_s": round(ideal, 2),
            "ratio": round(first.seconds / ideal, 3),
            "new": len(first.new_ids),
            "extracted": first.extracted,
            "failed": first.feeds_failed,
            "second_pass_s": round(second.seconds, 3),
            "second_pass_extracted": second.extracted,
            "second_pass_unchanged": second.feeds_unchanged,
            "cpu_main_s": round(cpu_first, 1),
            "peak_rss_main_mib": round(rss_self),
            "peak_rss_worker_mib": round(rss_workers),
            "articles": stored,
            "r2e_s": round(r2e, 2) if isinstance(r2e, float) else r2e,
        }
        print(json.dumps(result))
    finally:
        proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
