"""`digest demo`: the whole pipeline, offline, on the bundled sample site.

The sample feeds and article pages (digest/demo/sample_site, package data that examples/build_sample.py
builds from the T17 research corpus) are served on 127.0.0.1 exactly as an outlet serves them, in
two weekly waves, so the second issue shows version 2 of its topics and what changed.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

OUTLETS = {
    "bbc": "BBC News",
    "guardian": "The Guardian",
    "foxnews": "Fox News",
    "reuters": "Reuters",
    "washingtonpost": "The Washington Post",
}
WAVE_TIMES = {1: datetime(2010, 6, 7, 18, 0, tzinfo=UTC), 2: datetime(2010, 6, 14, 18, 0, tzinfo=UTC)}
DEMO_SECRET = "demo-secret-not-for-production"


def sample_site() -> Path:
    """The bundled site: package data beside this module (or DIGEST_SAMPLE_SITE)."""
    for candidate in (
        Path(os.environ.get("DIGEST_SAMPLE_SITE", "/nonexistent")),
        Path(__file__).resolve().parent / "sample_site",
    ):
        if (candidate / "manifest.json").exists():
            return candidate
    raise FileNotFoundError(
        "the sample site (digest/demo/sample_site) is missing from this installation; reinstall digest"
    )


class SampleSite:
    """A local web server for the sample feeds and pages; `wave` picks which feed files it serves."""

    def __init__(self, root: Path | None = None):
        self.root = root or sample_site()
        self.wave = 1
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep the demo's output clean
                pass

            def do_GET(self) -> None:
                site.requests.append(self.path)
                body, ctype, encoding = site.lookup(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("ETag", etag)
                if encoding:
                    self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def lookup(self, path: str) -> tuple[bytes | None, str, str | None]:
        name = path.split("?", 1)[0].rsplit("/", 1)[-1]
        if path.startswith("/feeds/") and name.removesuffix(".xml") in OUTLETS:
            file = self.root / f"wave{self.wave}" / name
            text = file.read_text(encoding="utf-8").replace("{BASE}", self.base_url)
            return text.encode(), "application/rss+xml; charset=utf-8", None
        if path.startswith("/pages/") and name.endswith(".html") and "/" not in name and ".." not in name:
            file = self.root / "pages" / f"{name}.gz"
            if file.exists():
                return file.read_bytes(), "text/html; charset=utf-8", "gzip"
        return None, "", None

    def feed_urls(self) -> dict[str, str]:
        return {key: f"{self.base_url}/feeds/{key}.xml" for key in OUTLETS}

    def page_text(self, article_id: str) -> str:
        return gzip.decompress((self.root / "pages" / f"{article_id}.html.gz").read_bytes()).decode()

    def __enter__(self) -> SampleSite:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def demo_config(site: SampleSite, out: Path) -> dict:
    """A feeds.yaml for the demo: the sample outlets, one tracked topic, discovery on."""
    return {
        "version": 1,
        "feeds": [{"url": url, "name": OUTLETS[key], "tags": ["news"]} for key, url in site.feed_urls().items()],
        "topics": [
            {
                "name": "Deepwater Horizon oil spill",
                "description": "BP's blown-out well in the Gulf of Mexico: containment, clean-up, liability, politics",
                "include": ["Deepwater Horizon", "oil spill", "BP", "Gulf of Mexico"],
                "exclude": ["Big Brother"],
            }
        ],
        "digests": [
            {
                "name": "Gulf spill watch",
                "schedule": "0 18 * * 1",
                "timezone": "America/Chicago",
                "subject": "{digest}: {topics_updated} — {date}",
                "recipients": ["reader@example.org"],
                "editors": ["editor@example.org"],
                "topics": "all",
            }
        ],
        "delivery": {"method": "outbox", "outbox": "./outbox", "from": "Gulf spill watch <digest@example.org>"},
        "storage": {"url": "sqlite:///./demo.sqlite"},
        "network": {"allow_private": ["127.0.0.1"]},
        "web": {"base_url": "https://digest.example.org", "secret_env": "DIGEST_SECRET"},
    }


@dataclass
class DemoResult:
    config: Path
    outputs: list[Path]
    summaries: list[str]


@contextmanager
def _demo_secret() -> Iterator[None]:
    """The demo signs unsubscribe links with a throwaway secret unless one is set."""
    had = "DIGEST_SECRET" in os.environ
    os.environ.setdefault("DIGEST_SECRET", DEMO_SECRET)
    try:
        yield
    finally:
        if not had:
            os.environ.pop("DIGEST_SECRET", None)


def run_demo(out: Path) -> DemoResult:
    """Two weekly issues of a digest from the sample site; returns the files of the latest."""
    from digest import config as config_module
    from digest.pipeline import run_digest

    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for stale in ("demo.sqlite", "demo.sqlite-wal", "demo.sqlite-shm"):
        (out / stale).unlink(missing_ok=True)
    shutil.rmtree(out / "outbox", ignore_errors=True)

    outputs: list[Path] = []
    summaries: list[str] = []
    with SampleSite() as site, _demo_secret():
        config_path = out / "feeds.yaml"
        config_path.write_text(yaml.safe_dump(demo_config(site, out), sort_keys=False), encoding="utf-8")
        config = config_module.load(config_path)
        for wave, now in WAVE_TIMES.items():
            site.wave = wave
            summary = run_digest(config, None, now)
            summaries.append(summary.line())
            if summary.issue_number is None:
                continue
            outputs = export_issue(config, summary.issue_number, out)
        summaries.append(citation_report(config))
    return DemoResult(config=config_path, outputs=outputs, summaries=summaries)


def citation_report(config) -> str:
    """Over every brief the run wrote: the share of statements with a valid citation (must be 100 %)."""
    from digest.briefs.evaluate import brief_stats
    from digest.pipeline import plural
    from digest.store import open_db
    from digest.topics import get_versions, list_topics

    engine = open_db(config.database_url)
    every, latest = [], []
    for topic in list_topics(engine):
        briefs = [v.brief for v in get_versions(engine, topic.slug) if v.brief is not None]
        every += briefs
        latest += briefs[-1:]
    engine.dispose()
    stats = brief_stats(every)
    asked = brief_stats(latest)["topics_with_open_question"]
    return (
        f"briefs: {stats['briefs']} over {plural(len(latest), 'topic')}, {stats['statements']} statements, "
        f"{stats['cited_share']:.0%} with a valid citation; {asked}/{len(latest)} topics with an open question"
    )


def export_issue(config, number: int, out: Path) -> list[Path]:
    """Copy the reader's .eml of an issue beside its .html and .txt parts."""
    from email import policy
    from email.parser import BytesParser

    chosen = None
    for path in sorted(config.outbox_dir.rglob("*.eml"), key=lambda p: p.stat().st_mtime):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        if "reader@" in str(message["To"] or ""):
            chosen = (path, message)
    if chosen is None:
        return []
    path, message = chosen
    stem = out / f"digest-{number}"
    eml = stem.with_suffix(".eml")
    eml.write_bytes(path.read_bytes())
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    files = [eml]
    if html_part is not None:
        stem.with_suffix(".html").write_text(html_part.get_content(), encoding="utf-8")
        files.append(stem.with_suffix(".html"))
    if text_part is not None:
        stem.with_suffix(".txt").write_text(text_part.get_content(), encoding="utf-8")
        files.append(stem.with_suffix(".txt"))
    return files
