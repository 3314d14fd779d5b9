"""Ingestion throughput: N feeds x M entries on localhost with added latency, then an all-304 pass.

    python bench/ingest_bench.py [--profile large|small] [--feeds N] [--entries M] [--latency 0.2] [--r2e PATH]

Profiles: `large` (default) 500 feeds x 20 entries over 64 hosts, pages of five paragraphs; `small`,
the scale most self-hosters run, 200 feeds x 10 entries over 50 hosts, pages of two paragraphs.

A minimal asyncio HTTP server in its own process serves every feed and article page after `latency` seconds,
spread over 64 loopback addresses (so per-host limits behave as with real, distinct sites). Feeds
carry ETags, so the second pass should be all 304s: no parsing, no extraction.
Reports wall time against the ideal (latency x requests / concurrency), the second pass, peak RSS
of the run (this process and the largest worker), and, when an `r2e` executable is given or found,
rss2email's `r2e run --no-send` on the same feeds. Concurrency defaults to the shipped default
(`network.concurrency`). The test server runs on this machine too, so the CPU the run needs (this
process, the worker processes and the server, measured) divided by the cores is a second floor
beside the network ideal: both are printed, with the load average, so a ratio over 1.5 can be read
as "network-bound but slow" or "CPU-bound on this machine".

The essential CPU floor is what any ingester of these feeds must spend: `trafilatura.extract` (our
settings) on every page plus `feedparser.parse` on every feed, measured in this process on a sample
and scaled, divided by the cores. The run is judged against max(network ideal, essential floor);
the CPU it spent (main process and workers) is also compared with the essential CPU, and the
extraction workers' CPU per page with trafilatura's own on the same pages. Ends with one JSON line.
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


PARAGRAPHS = [5]  # per article page; the small profile sets 2 (before the server process forks)
PROFILES = {"large": (500, 20, 64, 5), "small": (200, 10, 50, 2)}  # feeds, entries, hosts, paragraphs


def article_page(feed: int, entry: int) -> str:
    rng = random.Random(feed * 1000 + entry)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + ".</p>" for _ in range(PARAGRAPHS[0])
    )
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


def route(path: str, headers: dict[str, str], entries: int, port: int) -> tuple[int, bytes, list[tuple[str, str]]]:
    parts = path.strip("/").split("/")
    if parts[0] == "f":
        feed = int(parts[1])
        etag = f'"feed-{feed}"'
        extra = [("etag", etag), ("content-type", "application/rss+xml")]
        if headers.get("if-none-match") == etag:
            return 304, b"", extra
        return 200, feed_xml(feed, entries, port).encode(), extra
    if parts[0] == "p":
        return 200, article_page(int(parts[1]), int(parts[2])).encode(), [("content-type", "text/html; charset=utf-8")]
    return 404, b"not found", []


def serve(sockets: list[socket.socket], entries: int, latency: float, port: int) -> None:
    """A minimal HTTP/1.1 server (GET, keep-alive) on asyncio streams.

    It runs on the same cores as the run it measures, so it must cost next to nothing: uvicorn with
    its pure-Python h11 parser took about as much CPU per request as the client under test.
    """
    reasons = {200: "OK", 304: "Not Modified", 404: "Not Found"}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
                _method, path, _version = head[0].split(" ", 2)
                headers = {}
                for line in head[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                await asyncio.sleep(latency)
                status, body, extra = route(path, headers, entries, port)
                lines = [f"HTTP/1.1 {status} {reasons[status]}", *(f"{k}: {v}" for k, v in extra)]
                if status != 304:
                    lines.append(f"content-length: {len(body)}")
                writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        servers = [await asyncio.start_server(handle, sock=s) for s in sockets]
        try:
            await asyncio.Event().wait()
        finally:
            for server in servers:
                server.close()

    asyncio.run(main())


def essential_cpu(feeds: int, entries: int, port: int, sample_pages: int = 300) -> tuple[float, float, float, float]:
    """(essential CPU seconds of the whole run, trafilatura ms per page, feedparser ms per feed, our
    `extract_html` ms per page in this process), from a sample: the last tells the extraction
    function's own overhead (metadata, MinHash) from the worker processes' (start-up, IPC)."""
    import feedparser
    import trafilatura

    from digest.ingest.extract import TRAFILATURA_SETTINGS, extract_html

    step = max(1, feeds * entries // sample_pages)
    pages = [(f, e) for f in range(feeds) for e in range(entries)][::step][:sample_pages]
    bodies = [(article_page(f, e), f"http://{HOSTS[f % len(HOSTS)]}:{port}/p/{f}/{e}") for f, e in pages]
    xml = [feed_xml(f, entries, port).encode() for f in range(0, feeds, max(1, feeds // 30))][:30]
    trafilatura.extract(bodies[0][0], url=bodies[0][1], **TRAFILATURA_SETTINGS)  # warm: lazy imports
    feedparser.parse(xml[0])
    started = time.process_time()
    for body, url in bodies:
        trafilatura.extract(body, url=url, **TRAFILATURA_SETTINGS)
    per_page = (time.process_time() - started) / len(bodies)
    started = time.process_time()
    for body in xml:
        feedparser.parse(body)
    per_feed = (time.process_time() - started) / len(xml)
    started = time.process_time()
    for body, url in bodies:  # as the run calls it: the feed has a date, so does not answer everything
        extract_html(body.encode(), url, True, True)
    ours = (time.process_time() - started) / len(bodies)
    return per_page * feeds * entries + per_feed * feeds, 1000 * per_page, 1000 * per_feed, 1000 * ours


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--profile", choices=sorted(PROFILES), default="large")
    parser.add_argument("--feeds", type=int, default=0, help="0: the profile's")
    parser.add_argument("--entries", type=int, default=0, help="0: the profile's")
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=0, help="0: the shipped network.concurrency")
    parser.add_argument("--workers", type=int, default=0, help="extraction workers (0: one per core)")
    parser.add_argument("--r2e", default=shutil.which("r2e") or "/tmp/r2e-venv/bin/r2e")
    args = parser.parse_args()
    feeds, entries, hosts, PARAGRAPHS[0] = PROFILES[args.profile]
    args.feeds, args.entries = args.feeds or feeds, args.entries or entries
    del HOSTS[hosts:]

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from digest.config import Config, NetworkConfig
    from digest.ingest import ingest
    from digest.store import articles, open_db

    args.concurrency = args.concurrency or NetworkConfig().concurrency
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()

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
        cpu_start, workers_start, server_start = time.process_time(), children_cpu(), proc_cpu(proc.pid)
        if os.environ.get("INGEST_PROFILE"):  # cProfile of this (the main) process, to that file
            import cProfile

            profile = cProfile.Profile(time.process_time)  # CPU, not waits
            first = profile.runcall(ingest, config, engine, now=now)
            profile.dump_stats(os.environ["INGEST_PROFILE"])
        else:
            first = ingest(config, engine, now=now)
        cpu_first = time.process_time() - cpu_start
        cpu_workers = children_cpu() - workers_start  # worker processes are reaped when a run ends
        cpu_server = proc_cpu(proc.pid) - server_start
        cpu_total = cpu_first + cpu_workers + cpu_server
        cpu_floor = cpu_total / cores
        per_page_ms = 1000 * cpu_workers / max(first.extracted, 1)
        load_after = os.getloadavg()
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rss_workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        cpu_start2 = time.process_time()
        second = ingest(config, engine, now=now + timedelta(hours=1))
        cpu_second = time.process_time() - cpu_start2
        stored = articles.count(engine)
        essential, tf_ms, fp_ms, ours_ms = essential_cpu(args.feeds, args.entries, port)
        floor = essential / cores
        extract_ms = 1000 * first.extract_cpu_s / max(first.extracted, 1)
        cpu_run = cpu_first + cpu_workers  # what the ingester spent (the test server is not ours)
        target = max(ideal, floor)
        print(f"load average before {load_before[0]:.2f}, after pass 1 {load_after[0]:.2f} ({cores} cores)")
        print(
            f"pass 1 ({args.profile}): {args.feeds} feeds x {args.entries} entries = {requests} requests over "
            f"{len(HOSTS)} hosts, latency {args.latency}s"
        )
        print(f"  concurrency {args.concurrency}, extraction workers {args.workers or cores}")
        print(f"  {len(first.new_ids)} new, {first.extracted} extracted, {first.fallbacks} fallbacks")
        print(f"  {first.feeds_failed} feeds failed")
        print(
            f"  essential CPU: trafilatura {tf_ms:.2f} ms per page + feedparser {fp_ms:.2f} ms per feed = "
            f"{essential:.1f} s; floor on {cores} cores {floor:.1f} s; network ideal {ideal:.1f} s"
        )
        print(
            f"  wall {first.seconds:.1f} s = {first.seconds / target:.2f} x max(network ideal, essential floor) "
            f"(target <= 1.5); {first.seconds / ideal:.2f} x the network ideal"
        )
        print(
            f"  CPU: main {cpu_first:.1f} s + workers {cpu_workers:.1f} s (extraction {first.extract_cpu_s:.1f} s, "
            f"parsing {first.parse_cpu_s:.1f} s) = {cpu_run:.1f} s = {cpu_run / essential:.2f} x essential; "
            f"test server {cpu_server:.1f} s"
        )
        print(
            f"  extraction CPU per page {extract_ms:.2f} ms = {extract_ms / tf_ms:.2f} x trafilatura's own "
            f"(target <= 3); the run's CPU / {cores} cores = {cpu_floor:.1f} s"
        )
        print(
            f"  extract_html in this process {ours_ms:.2f} ms per page = {ours_ms / tf_ms:.2f} x trafilatura's own "
            "(the rest of the workers' CPU per page is start-up and IPC)"
        )
        got = cpu_total / first.seconds
        print(
            f"  cores this run got: {cpu_total:.1f} s CPU in {first.seconds:.1f} s wall = {got:.2f} of {cores} "
            f"(load average {load_after[0]:.2f}); at the network ideal it would need {cpu_total / ideal:.2f} cores"
        )
        print(f"  peak RSS: main {rss_self:.0f} MiB, largest child {rss_workers:.0f} MiB, {stored} articles stored")
        print(
            f"pass 2 (all 304): wall {second.seconds:.2f} s, ideal {args.latency * args.feeds / args.concurrency:.2f} s"
        )
        print(f"  unchanged {second.feeds_unchanged}, extracted {second.extracted}, main CPU {cpu_second:.2f} s")
        r2e: float | str | None = None
        if os.path.exists(args.r2e):
            r2e = run_r2e(args.r2e, urls, tmp)
            shown = r2e if isinstance(r2e, str) else f"{r2e:.1f} s"
            print(f"rss2email 3.14 `r2e run --no-send` on the same feeds: {shown}")
        else:
            print("rss2email: r2e not found (pip install rss2email==3.14 and pass --r2e PATH)")
        result = {
            "bench": "ingest",
            "profile": args.profile,
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
            "cpu_workers_s": round(cpu_workers, 1),
            "cpu_server_s": round(cpu_server, 1),
            "run_cpu_per_core_s": round(cpu_floor, 1),
            "cpu_ms_per_page": round(per_page_ms, 2),
            "essential_cpu_s": round(essential, 2),
            "essential_floor_s": round(floor, 2),
            "trafilatura_ms_per_page": round(tf_ms, 3),
            "feedparser_ms_per_feed": round(fp_ms, 3),
            "ratio_vs_target": round(first.seconds / target, 3),
            "cpu_vs_essential": round(cpu_run / essential, 2),
            "extract_cpu_s": round(first.extract_cpu_s, 2),
            "parse_cpu_s": round(first.parse_cpu_s, 2),
            "extract_ms_per_page": round(extract_ms, 3),
            "extract_vs_trafilatura": round(extract_ms / tf_ms, 2),
            "extract_html_in_process_ms": round(ours_ms, 3),
            "cores_got": round(cpu_total / first.seconds, 2),
            "second_pass_cpu_main_s": round(cpu_second, 2),
            "cores": cores,
            "load_before": round(load_before[0], 2),
            "load_after": round(load_after[0], 2),
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
