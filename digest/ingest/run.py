"""The ingestion run: every feed in feeds.yaml → fetched, parsed, pages extracted, articles stored and linked.

One feed's failure (network, parse, a hostile body) is recorded in its health row and never stops or
delays the others. The work is async (httpx) with CPU-bound parsing and extraction in worker
processes; `ingest` is the synchronous entry the pipeline calls.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine

from digest.config import Config, FeedConfig
from digest.ingest import dedup, polite
from digest.ingest.extract import Extracted, choose_text
from digest.ingest.fetch import Fetcher, FetchError, FetchSettings, HTTPStatusError
from digest.ingest.guard import Policy
from digest.ingest.parse import ParsedFeed
from digest.ingest.pool import WorkerError, WorkerPool
from digest.models import Article, FeedEntry
from digest.store import articles as article_store
from digest.store import feeds as feed_store

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
BACKOFF_BASE = timedelta(minutes=15)
BACKOFF_MAX = timedelta(hours=24)
DEDUP_WINDOW = timedelta(days=30)
PARSE_WORKERS = 2  # feed parsing is light; two, so one hostile feed at its time limit delays no other
PARSE_PRELOAD = ("feedparser", "lxml.html", "digest.ingest.parse")  # a parse worker never imports trafilatura
EXTRACT_PRELOAD = ("trafilatura", "digest.ingest.dedup")  # and an extraction worker never parses a feed


@dataclass
class IngestReport:
    new_ids: list[str] = field(default_factory=list)
    updated_ids: list[str] = field(default_factory=list)
    feeds_ok: int = 0
    feeds_failed: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # feed url (or "line N") -> message
    extracted: int = 0  # articles whose text came from their page (trafilatura)
    fallbacks: int = 0  # articles stored with the feed's own text instead
    feeds_unchanged: int = 0  # 304 or identical body: nothing parsed
    feeds_skipped: dict[str, str] = field(default_factory=dict)  # backing off or paused: url -> why
    feeds_rate_limited: dict[str, str] = field(default_factory=dict)  # told to wait (429/503 Retry-After)
    feeds_not_due: dict[str, str] = field(default_factory=dict)  # fresh by max-age, <ttl>, refresh_minutes
    next_tries: dict[str, datetime] = field(default_factory=dict)  # failing, backing off or told to wait
    duplicates: int = 0  # articles linked to a canonical near-duplicate
    extract_cpu_s: float = 0.0  # CPU time of the extraction workers (trafilatura, MinHash)
    parse_cpu_s: float = 0.0  # CPU time of the feed-parsing workers
    warnings: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.new_ids)} new",
            f"{len(self.updated_ids)} updated",
            f"{self.feeds_ok} feeds ok",
            f"{self.feeds_failed} failed",
        ]
        if self.feeds_skipped:
            parts.append(f"{len(self.feeds_skipped)} skipped (backing off or paused)")
        if self.feeds_rate_limited:
            parts.append(f"{len(self.feeds_rate_limited)} rate limited")
        if self.feeds_not_due:
            parts.append(f"{len(self.feeds_not_due)} not due yet")
        if self.next_tries:
            parts.append(f"next retry {min(self.next_tries.values()):%Y-%m-%d %H:%M} UTC")
        parts.append(f"{self.extracted} extracted, {self.fallbacks} from feed text")
        if self.duplicates:
            parts.append(f"{self.duplicates} near-duplicates linked")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"

    @property
    def every_feed_failed(self) -> bool:
        """Nothing was fetched and every feed failed or is backing off (a feed merely not due, or
        told to wait by its server, is not a failure)."""
        return self.feeds_failed > 0 and self.feeds_ok == 0 and not self.feeds_not_due and not self.feeds_rate_limited


def _run_sync(coro: Any) -> Any:
    """asyncio.run, also from code that already runs inside an event loop (then in a fresh thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def ingest(
    config: Config,
    engine: Engine,
    *,
    now: datetime | None = None,
    progress: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
) -> IngestReport:
    """Fetch every configured feed concurrently and store what is new or edited.

    `transport` replaces the guarded network transport (an `httpx.MockTransport` in tests); the URL
    policy still applies to every URL and redirect.
    """
    now = now or datetime.now(UTC)
    started = time.monotonic()
    report = _run_sync(_Run(config, engine, now, progress, transport).run())
    _ingest_sources(config, engine, now, report)  # newsletters and topic search
    report.seconds = time.monotonic() - started
    return report


def config_fingerprint(feed: FeedConfig) -> str:
    """The feed's feeds.yaml entry; when the editor changes it, backoff and pause start over."""
    return hashlib.sha256(feed.model_dump_json().encode()).hexdigest()


def _ingest_sources(config: Config, engine: Engine, now: datetime, report: IngestReport) -> None:
    """Newsletters by email and tracked topics' search feeds, counted in the run's report."""
    from digest.ingest.sources import ingest_sources

    extra = ingest_sources(config, engine, now)
    report.new_ids.extend(extra.new_ids)
    report.updated_ids.extend(extra.updated_ids)
    report.errors.update(extra.errors)
    report.feeds_failed += len(extra.errors)
    report.feeds_skipped.update(extra.skipped)
    report.duplicates += link_near_duplicates(engine, extra.signatures, now)


def backoff(failures: int) -> timedelta:
    return min(BACKOFF_BASE * (2 ** max(failures - 1, 0)), BACKOFF_MAX)


def entry_hash(entry: FeedEntry) -> str:
    """What an entry says; a change means the entry was edited and is updated."""
    stamp = entry.published.isoformat() if entry.published else ""
    return hashlib.sha256("\x1f".join((entry.title, entry.content, entry.url or "", stamp)).encode()).hexdigest()


@contextmanager
def _progress_bar(enabled: bool, total: int) -> Iterator[Any]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)
        yield lambda description: bar.update(task, advance=1, description=description)


class _Run:
    """One ingestion run; holds the shared client, worker pool and report."""

    def __init__(
        self,
        config: Config,
        engine: Engine,
        now: datetime,
        progress: bool,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self.transport = transport
        self.net = config.network
        self.engine = engine
        self.now = now
        self.progress = progress
        self.policy = Policy.from_config(self.net.allow_private)
        self.report = IngestReport()
        self.signatures: dict[str, tuple[Any, datetime]] = {}
        self.page_signatures: dict[str, bytes] = {}  # computed by the extraction workers
        # (feed, host) -> the site name that feed's pages from that host declare: read from the first
        # such page, then known, so the pages after it skip the metadata search (a third of a small
        # page's extraction CPU). Per feed and host, not per host: a host can serve several brands
        # (bbc.com: BBC News, BBC Sport), and an aggregator's feed many hosts, each named by its own.
        self.site_names: dict[tuple[str, str], str] = {}
        self.states: list[feed_store.FeedState] = []  # saved together at the end: one commit
        self.cache_control: dict[str, str | None] = {}  # feed url -> Cache-Control of its last response

    async def run(self) -> IngestReport:
        states = await asyncio.to_thread(feed_store.load_states, self.engine)
        self.writer = _Writer(self.engine, self.now)
        self.warming: asyncio.Task[None] | None = None
        extract_pool = WorkerPool(self.net.extract_workers, preload=EXTRACT_PRELOAD)
        # pages fetched and not yet extracted: enough to keep every request slot and worker busy
        self.page_slots = asyncio.Semaphore(self.net.concurrency + 4 * extract_pool.size)

        async def one(feed: FeedConfig, tick: Any) -> None:
            state = states.get(feed.url) or feed_store.FeedState(url=feed.url)
            await self._feed(feed, state)
            if tick:
                tick(feed.display_name)

        with _progress_bar(self.progress, len(self.config.feeds)) as tick:
            fetcher = Fetcher(self.policy, FetchSettings.from_network(self.net), transport=self.transport)
            parse_pool = WorkerPool(PARSE_WORKERS, preload=PARSE_PRELOAD)
            async with fetcher as self.fetcher, parse_pool as self.parse_pool, extract_pool as self.pool:
                outcomes = await asyncio.gather(
                    *(one(feed, tick) for feed in self.config.feeds), return_exceptions=True
                )
                if self.warming is not None:  # done by now unless no page needed extracting
                    self.warming.cancel()
                    await asyncio.gather(self.warming, return_exceptions=True)
            self.report.extract_cpu_s, self.report.parse_cpu_s = extract_pool.cpu_seconds, parse_pool.cpu_seconds
        await asyncio.to_thread(feed_store.save_states, self.engine, self.states)
        for feed, outcome in zip(self.config.feeds, outcomes, strict=True):
            if isinstance(outcome, BaseException):  # e.g. the database refused the feed's state
                log.error("feed %s: %s", feed.url, outcome, exc_info=outcome)
                self.report.errors.setdefault(feed.url, f"internal error: {type(outcome).__name__}: {outcome}")
        await asyncio.to_thread(self._link_duplicates)
        return self.report

    # --- one feed -------------------------------------------------------------------------

    async def _feed(self, feed: FeedConfig, state: feed_store.FeedState) -> None:
        fingerprint = config_fingerprint(feed)
        if state.config_hash not in (None, fingerprint) and (state.failures or state.paused or state.next_try):
            log.info("feed %s: its entry in feeds.yaml changed; backoff, pause and waits start over", feed.url)
            state.failures, state.paused, state.pause_reason = 0, False, None
            state.next_try, state.wait_reason = None, None
        state.config_hash = fingerprint
        if state.next_try is not None and state.next_try > self.now:
            self._not_now(feed, state)
            self.states.append(state)
            return
        state.last_attempt = self.now
        try:
            parse_error = await self._fetch_and_store(feed, state)
        except (FetchError, WorkerError) as exc:
            wait = None
            if isinstance(exc, HTTPStatusError) and exc.status in (429, 503):
                wait = polite.retry_after(exc.retry_after, self.now)
            if isinstance(exc, HTTPStatusError) and wait is not None:
                self._rate_limited(feed, state, exc, wait)
            else:
                self._failed(feed, state, str(exc))
        except Exception as exc:  # a bug must not stop the other feeds; it is logged in full
            log.exception("ingesting %s failed", feed.url)
            self._failed(feed, state, f"internal error: {type(exc).__name__}: {exc}")
        else:
            state.failures = 0
            state.paused = False
            state.pause_reason = None
            state.last_ok = self.now
            state.last_error = parse_error
            state.next_try, state.wait_reason = polite.next_fetch(
                self.now,
                cache_control=self.cache_control.pop(feed.url, None),
                feed_hint=_read_hint(state.feed_hint),
                refresh_minutes=feed.refresh_minutes,
            )
            if parse_error:
                self.report.feeds_failed += 1
                self.report.errors[feed.url] = parse_error
            else:
                self.report.feeds_ok += 1
        self.states.append(state)

    def _not_now(self, feed: FeedConfig, state: feed_store.FeedState) -> None:
        """A feed whose next fetch is later: paused, told to wait, backing off, or still fresh."""
        assert state.next_try is not None
        when = f"{state.next_try:%Y-%m-%d %H:%M} UTC"
        if state.paused:
            self.report.feeds_skipped[feed.url] = f"{state.pause_reason}; next try {when}"
        elif (state.wait_reason or "").startswith(polite.RATE_LIMITED):
            self.report.feeds_rate_limited[feed.url] = f"{state.wait_reason}; next try {when}"
        elif state.failures:
            self.report.feeds_skipped[feed.url] = f"backing off after {state.failures} failures; next try {when}"
        else:
            self.report.feeds_not_due[feed.url] = f"{state.wait_reason or 'not due'}; next fetch {when}"
            return
        self.report.next_tries[feed.url] = state.next_try

    def _rate_limited(
        self, feed: FeedConfig, state: feed_store.FeedState, exc: HTTPStatusError, wait: timedelta
    ) -> None:
        """The server asked us to wait: not a failure, no backoff step; the next try is when it said (capped)."""
        state.next_try = self.now + wait
        state.wait_reason = f"{polite.RATE_LIMITED}: HTTP {exc.status} with Retry-After {exc.retry_after}"
        state.last_error = str(exc)
        message = f"{exc}; waiting {polite.describe(wait)} as asked, next try {state.next_try:%Y-%m-%d %H:%M} UTC"
        self.report.feeds_rate_limited[feed.url] = message
        self.report.next_tries[feed.url] = state.next_try
        log.info("feed %s: %s", feed.url, message)

    def _failed(self, feed: FeedConfig, state: feed_store.FeedState, message: str) -> None:
        state.failures += 1
        state.last_error = message
        state.next_try = self.now + backoff(state.failures)
        state.wait_reason = f"backing off after {state.failures} failures"
        if state.failures >= self.net.max_failures:
            state.paused = True
            state.pause_reason = f"paused after {state.failures} consecutive failures (last: {message})"
        self.report.feeds_failed += 1
        self.report.errors[feed.url] = message
        self.report.next_tries[feed.url] = state.next_try
        log.warning("feed %s failed: %s", feed.url, message)

    async def _fetch_and_store(self, feed: FeedConfig, state: feed_store.FeedState) -> str | None:
        result = await self.fetcher.get(
            state.current_url or feed.url,
            max_bytes=self.net.max_feed_bytes,
            etag=state.etag,
            last_modified=state.last_modified,
            accept=FEED_ACCEPT,
        )
        # unchanged (304 or the same bytes): nothing parsed, and a known parse problem still stands
        still_malformed = state.last_error if state.last_error and state.last_error.startswith("malformed") else None
        self.cache_control[feed.url] = result.headers.get("cache-control")
        if result.not_modified:
            self.report.feeds_unchanged += 1
            return still_malformed
        body_hash = hashlib.sha256(result.body).hexdigest()
        state.etag = result.headers.get("etag")
        state.last_modified = result.headers.get("last-modified")
        if body_hash == state.body_hash:
            self.report.feeds_unchanged += 1
            return still_malformed
        parse_timeout = max(self.net.timeout, self.net.extract_timeout)
        if self.warming is None:  # the first feed with news: start the extraction workers meanwhile
            self.warming = asyncio.create_task(self.pool.warm())
        parsed: ParsedFeed = await self.parse_pool.run(
            "parse", (result.body, result.headers, result.url, feed.url), parse_timeout
        )
        if parsed.warnings:
            self.report.warnings[feed.url] = "; ".join(parsed.warnings)
        items_seen = await self._store_entries(feed, parsed.entries)
        state.body_hash = body_hash
        state.title = parsed.title or state.title
        hint = polite.feed_interval(parsed.ttl, parsed.update_period, parsed.update_frequency)
        state.feed_hint = f"{int(hint[0].total_seconds())} {hint[1]}" if hint else None
        if result.permanent_url and result.permanent_url != feed.url:
            state.current_url = result.permanent_url  # every hop and the target passed the checks
        state.items_seen = items_seen
        return parsed.error

    async def _store_entries(self, feed: FeedConfig, entries: list[FeedEntry]) -> int:
        """Extract what is new or edited and store it; returns how many entries the feed has published."""
        hashes = {e.key: entry_hash(e) for e in entries}
        known = await asyncio.to_thread(feed_store.known_entries, self.engine, list(hashes))
        todo = [e for e in entries if known.get(e.key) != hashes[e.key]]
        built = await asyncio.gather(*(self._article(feed, e) for e in todo))
        saved = await self.writer.save(feed.url, built, hashes)
        self.report.new_ids.extend(saved.new)
        self.report.updated_ids.extend(saved.updated)
        changed = set(saved.new) | set(saved.updated)
        for article in built:
            known_sig = self.page_signatures.pop(article.id, None)
            if article.id in changed:
                sig = dedup.from_bytes(known_sig) if known_sig is not None else dedup.signature(article.text)
                if sig is not None:
                    self.signatures[article.id] = (sig, self.now)
        return saved.items_seen

    # --- one article ----------------------------------------------------------------------

    async def _article(self, feed: FeedConfig, entry: FeedEntry) -> Article:
        text, extraction, meta = entry.content, "feed", None
        host = urlsplit(entry.url or feed.url).hostname or ""
        if entry.url and self.policy.url_allowed(entry.url):
            try:
                page = await self.fetcher.get(
                    entry.url, max_bytes=self.net.max_page_bytes, accept=PAGE_ACCEPT, reserve=self.page_slots
                )
            except FetchError as exc:
                log.info("page %s: %s; using the feed's text", entry.url, exc)
            except Exception:  # one broken entry never fails its feed: it keeps the feed's text
                log.exception("page %s: unexpected error; using the feed's text", entry.url)
            else:
                try:  # the page slot is ours until the body has been extracted
                    kind = page.headers.get("content-type", "text/html").split(";")[0].strip().lower()
                    if kind.startswith("text/") or "html" in kind or "xml" in kind:  # not PDFs, images, video
                        # every field of the page's metadata that would be used (title, date, outlet
                        # name), the feed or an earlier page of the same host answered; the author is
                        # kept when the feed names one but never worth a metadata search of its own
                        host = urlsplit(page.url).hostname or host  # where a redirect led: the outlet
                        named = feed.name or (feed.url, host) in self.site_names
                        answered = bool(entry.title and entry.published and named)
                        args = (page.body, page.url, entry.published is not None, not answered)
                        meta = await self.pool.run("extract", args, self.net.extract_timeout)
                except WorkerError as exc:
                    log.info("page %s: %s; using the feed's text", entry.url, exc)
                except Exception:
                    log.exception("page %s: unexpected error; using the feed's text", entry.url)
                finally:
                    self.page_slots.release()
            text, from_page = choose_text(meta, entry.content)
            if from_page:
                extraction = "trafilatura"
                if meta is not None and meta.signature is not None:
                    self.page_signatures[entry.key] = meta.signature
        if extraction == "trafilatura":
            self.report.extracted += 1
        else:
            self.report.fallbacks += 1
        title = entry.title or (meta.title if meta and meta.title else "")
        return Article(
            id=entry.key,
            url=entry.url,
            title=title,
            text=drop_headline(text, title),
            source=feed.name or self._site_name(meta, host, feed),
            published=entry.published or _meta_date(meta),
            first_seen=self.now,
            feed=feed.url,
            extraction=extraction,  # type: ignore[arg-type]
            author=entry.author or (meta.author if meta else None),
            language=feed.language or (meta.language if meta else None),  # feeds.yaml's `language:` wins
            tags=tuple(feed.tags),
        )

    def _site_name(self, meta: Extracted | None, host: str, feed: FeedConfig) -> str:
        if meta and meta.sitename:
            self.site_names.setdefault((feed.url, host), meta.sitename)
            return meta.sitename
        return self.site_names.get((feed.url, host)) or host or feed.url

    # --- near-duplicates ------------------------------------------------------------------

    def _link_duplicates(self) -> None:
        self.report.duplicates = link_near_duplicates(self.engine, self.signatures, self.now)


@dataclass
class _Saved:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    items_seen: int = 0


@dataclass
class _Pending:
    feed: str
    articles: list[Article]
    hashes: dict[str, str]
    done: asyncio.Future[_Saved]


class _Writer:
    """Stores the articles and entry keys of finished feeds, many feeds to a transaction.

    Feeds that finish while a batch is being written wait together for the next one, so a run of
    500 feeds costs a few dozen round trips, not several per feed. Feeds are applied in the order
    they finished, as if one by one; when a batch fails, its feeds are retried one at a time, so a
    feed the database refuses fails alone.
    """

    def __init__(self, engine: Engine, now: datetime) -> None:
        self.engine = engine
        self.now = now
        self.pending: list[_Pending] = []
        self.task: asyncio.Task[None] | None = None

    async def save(self, feed: str, articles: list[Article], hashes: dict[str, str]) -> _Saved:
        done: asyncio.Future[_Saved] = asyncio.get_running_loop().create_future()
        self.pending.append(_Pending(feed, articles, hashes, done))
        if self.task is None or self.task.done():
            self.task = asyncio.create_task(self._drain())
        return await done

    async def _drain(self) -> None:
        while self.pending:
            batch, self.pending = self.pending, []
            try:
                results = await asyncio.to_thread(self._write, batch)
            except Exception as exc:
                if len(batch) == 1:
                    batch[0].done.set_exception(exc)
                    continue
                for item in batch:  # find the feed the database refuses; the others are stored
                    try:
                        [result] = await asyncio.to_thread(self._write, [item])
                    except Exception as one_exc:
                        item.done.set_exception(one_exc)
                    else:
                        item.done.set_result(result)
                continue
            for item, result in zip(batch, results, strict=True):
                item.done.set_result(result)

    def _write(self, batch: list[_Pending]) -> list[_Saved]:
        out = [_Saved() for _ in batch]
        owner: dict[str, _Saved] = {}
        # rounds of distinct ids: an entry two feeds published is inserted once, then updated
        remaining = [(out[i], a) for i, item in enumerate(batch) for a in item.articles]
        while remaining:
            seen: set[str] = set()
            this_round: list[tuple[_Saved, Article]] = []
            later: list[tuple[_Saved, Article]] = []
            for saved, article in remaining:
                (later if article.id in seen else this_round).append((saved, article))
                seen.add(article.id)
            for saved, article in this_round:
                owner[article.id] = saved
            result = article_store.bulk_upsert(self.engine, [a for _, a in this_round], self.now)
            anyone = this_round[0][0]  # an update found by URL reports the stored id: counted all the same
            for article_id in result.new:
                owner.get(article_id, anyone).new.append(article_id)
            for article_id in result.updated:
                owner.get(article_id, anyone).updated.append(article_id)
            remaining = later
        counts = feed_store.record_entries_many(self.engine, [(item.feed, item.hashes) for item in batch], self.now)
        for item, saved in zip(batch, out, strict=True):
            saved.items_seen = counts.get(item.feed, 0)
        return out


def _read_hint(stored: str | None) -> tuple[timedelta, str] | None:
    """A feed's own refresh hint as stored in its state ("<seconds> <label>")."""
    if not stored:
        return None
    seconds, _, label = stored.partition(" ")
    return (timedelta(seconds=int(seconds)), label) if seconds.isdigit() else None


def _meta_date(meta: Extracted | None) -> datetime | None:
    if not meta or not meta.date:
        return None
    try:
        return datetime.combine(date.fromisoformat(meta.date[:10]), datetime.min.time(), UTC)
    except ValueError:
        return None


def link_near_duplicates(engine: Engine, fresh: dict[str, tuple[Any, datetime]], now: datetime) -> int:
    """Store signatures of fresh articles and link those that near-duplicate an earlier one."""
    if not fresh:
        return 0
    feed_store.save_signatures(engine, {i: (dedup.to_bytes(sig), seen) for i, (sig, seen) in fresh.items()})
    known_rows = [(i, raw) for i, raw in feed_store.load_signatures(engine, now - DEDUP_WINDOW) if i not in fresh]
    canon = article_store.canonical_ids(engine, [i for i, _ in known_rows])
    known = [(i, dedup.from_bytes(raw), canon.get(i)) for i, raw in known_rows]
    links = dedup.link(known, [(i, sig) for i, (sig, _) in fresh.items()])
    if links:
        article_store.set_canonical(engine, links)
    return len(links)


def drop_headline(text: str, title: str) -> str:
    """Extractors keep the page's <h1> as the first line; the headline is not a sentence of the body."""
    first, sep, rest = text.partition("\n")
    if not sep or not title:
        return text
    norm = " ".join(first.split()).rstrip("…. ").casefold()
    head = " ".join(title.split()).rstrip("…. ").casefold()
    if norm and (
        norm == head or (len(norm) > 20 and head.startswith(norm)) or (len(head) > 20 and norm.startswith(head))
    ):
        return rest.lstrip()
    return text
