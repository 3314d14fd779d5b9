"""Ingestion: every feed in feeds.yaml → fetched, parsed, pages extracted, articles stored and linked.

One feed's failure (network, parse, a hostile body) is recorded in its health row and never stops or
delays the others. The work is async (httpx) with CPU-bound parsing and extraction in worker
processes; `ingest` is the synchronous entry the pipeline calls.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, select

from digest.config import Config, FeedConfig
from digest.ingest import dedup
from digest.ingest.extract import Extracted, WorkerError, WorkerPool, choose_text
from digest.ingest.fetch import Fetcher, FetchError, FetchSettings
from digest.ingest.guard import Policy
from digest.ingest.parse import ParsedFeed
from digest.models import Article, FeedEntry, FeedHealth
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
    duplicates: int = 0  # articles linked to a canonical near-duplicate
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
        parts.append(f"{self.extracted} extracted, {self.fallbacks} from feed text")
        if self.duplicates:
            parts.append(f"{self.duplicates} near-duplicates linked")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"


def _run_sync(coro: Any) -> Any:
    """asyncio.run, also from code that already runs inside an event loop (then in a fresh thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def ingest(config: Config, engine: Engine, *, now: datetime | None = None, progress: bool = False) -> IngestReport:
    """Fetch every configured feed concurrently and store what is new or edited."""
    now = now or datetime.now(UTC)
    started = time.monotonic()
    report = _run_sync(_Run(config, engine, now, progress).run())
    _ingest_sources(config, engine, now, report)  # issue 20: newsletters and topic search
    report.seconds = time.monotonic() - started
    return report


def _ingest_sources(config: Config, engine: Engine, now: datetime, report: IngestReport) -> None:
    """Issue 20: newsletters by email and tracked topics' search feeds, counted in the run's report."""
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

    def __init__(self, config: Config, engine: Engine, now: datetime, progress: bool) -> None:
        self.config = config
        self.net = config.network
        self.engine = engine
        self.now = now
        self.progress = progress
        self.policy = Policy.from_config(self.net.allow_private)
        self.report = IngestReport()
        self.signatures: dict[str, tuple[Any, datetime]] = {}
        self.page_signatures: dict[str, bytes] = {}  # computed by the extraction workers
        self.states: list[feed_store.FeedState] = []  # saved together at the end: one commit

    async def run(self) -> IngestReport:
        states = await asyncio.to_thread(feed_store.load_states, self.engine)
        self.writer = _Writer(self.engine, self.now)
        self.warming: asyncio.Task[None] | None = None
        extract_pool = WorkerPool(self.net.extract_workers)
        # pages fetched and not yet extracted: enough to keep every request slot and worker busy
        self.page_slots = asyncio.Semaphore(self.net.concurrency + 4 * extract_pool.size)

        async def one(feed: FeedConfig, tick: Any) -> None:
            state = states.get(feed.url) or feed_store.FeedState(url=feed.url)
            await self._feed(feed, state)
            if tick:
                tick(feed.display_name)

        with _progress_bar(self.progress, len(self.config.feeds)) as tick:
            fetcher = Fetcher(self.policy, FetchSettings.from_network(self.net))
            parse_pool = WorkerPool(PARSE_WORKERS, preload=PARSE_PRELOAD)
            async with fetcher as self.fetcher, parse_pool as self.parse_pool, extract_pool as self.pool:
                outcomes = await asyncio.gather(
                    *(one(feed, tick) for feed in self.config.feeds), return_exceptions=True
                )
                if self.warming is not None:  # done by now unless no page needed extracting
                    self.warming.cancel()
                    await asyncio.gather(self.warming, return_exceptions=True)
        await asyncio.to_thread(feed_store.save_states, self.engine, self.states)
        for feed, outcome in zip(self.config.feeds, outcomes, strict=True):
            if isinstance(outcome, BaseException):  # e.g. the database refused the feed's state
                log.error("feed %s: %s", feed.url, outcome, exc_info=outcome)
                self.report.errors.setdefault(feed.url, f"internal error: {type(outcome).__name__}: {outcome}")
        await asyncio.to_thread(self._link_duplicates)
        return self.report

    # --- one feed -------------------------------------------------------------------------

    async def _feed(self, feed: FeedConfig, state: feed_store.FeedState) -> None:
        if state.next_try is not None and state.next_try > self.now:
            why = state.pause_reason if state.paused else f"backing off after {state.failures} failures"
            self.report.feeds_skipped[feed.url] = f"{why}; next try {state.next_try:%Y-%m-%d %H:%M} UTC"
            return
        state.last_attempt = self.now
        try:
            parse_error = await self._fetch_and_store(feed, state)
        except (FetchError, WorkerError) as exc:
            self._failed(feed, state, str(exc))
        except Exception as exc:  # a bug must not stop the other feeds; it is logged in full
            log.exception("ingesting %s failed", feed.url)
            self._failed(feed, state, f"internal error: {type(exc).__name__}: {exc}")
        else:
            state.failures = 0
            state.next_try = None
            state.paused = False
            state.pause_reason = None
            state.last_ok = self.now
            state.last_error = parse_error
            if parse_error:
                self.report.feeds_failed += 1
                self.report.errors[feed.url] = parse_error
            else:
                self.report.feeds_ok += 1
        self.states.append(state)

    def _failed(self, feed: FeedConfig, state: feed_store.FeedState, message: str) -> None:
        state.failures += 1
        state.last_error = message
        state.next_try = self.now + backoff(state.failures)
        if state.failures >= self.net.max_failures:
            state.paused = True
            state.pause_reason = f"paused after {state.failures} consecutive failures (last: {message})"
        self.report.feeds_failed += 1
        self.report.errors[feed.url] = message
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
                        args = (page.body, page.url, entry.published is not None)
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
            source=feed.name or _site_name(meta, entry, feed),
            published=entry.published or _meta_date(meta),
            first_seen=self.now,
            feed=feed.url,
            extraction=extraction,  # type: ignore[arg-type]
            author=entry.author or (meta.author if meta else None),
            language=meta.language if meta else None,
            tags=tuple(feed.tags),
        )

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
            this_round, later = [], []
            for saved, article in remaining:
                (later if article.id in seen else this_round).append((saved, article))
                seen.add(article.id)
            for saved, article in this_round:
                owner[article.id] = saved
            result = bulk_upsert(self.engine, [a for _, a in this_round], self.now)
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


def _site_name(meta: Extracted | None, entry: FeedEntry, feed: FeedConfig) -> str:
    if meta and meta.sitename:
        return meta.sitename
    return urlsplit(entry.url or feed.url).hostname or feed.url


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
    canon: dict[str, str] = {}
    ids = [i for i, _ in known_rows]
    table = article_store.articles
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(table.c.id, table.c.canonical_id).where(
                table.c.id.in_(chunk), table.c.canonical_id.is_not(None)
            )
            canon.update({r.id: r.canonical_id for r in conn.execute(query)})
    known = [(i, dedup.from_bytes(raw), canon.get(i)) for i, raw in known_rows]
    links = dedup.link(known, [(i, sig) for i, (sig, _) in fresh.items()])
    if links:
        article_store.set_canonical(engine, links)
    return len(links)


# --- import ---------------------------------------------------------------------------------


def _parse_published(value: Any) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("published must be an ISO date or datetime string")
    text = value.strip()
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _import_article(obj: Any, now: datetime) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    missing = [k for k in ("id", "text", "published") if obj.get(k) in (None, "")]
    if missing:
        raise ValueError(f"missing or empty required key(s): {', '.join(missing)}")
    for key in ("title", "url", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"{key} must be a string")
    if not isinstance(obj["text"], str):
        raise ValueError("text must be a string")
    url = (obj.get("url") or "").strip() or None
    if url and urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"url must be http(s), got {url!r}")
    outlet = obj.get("source") or obj.get("outlet") or ""  # T17-style files name the outlet
    source = str(outlet).strip() or (urlsplit(url).hostname if url else None) or "import"
    return Article(
        id=str(obj["id"]).strip()[:512],
        url=url,
        title=(obj.get("title") or "").strip(),
        text=obj["text"],
        source=source[:300],
        published=_parse_published(obj["published"]),
        first_seen=now,
        feed=None,
        extraction="import",
    )


def import_jsonl(path: Path, engine: Engine, *, now: datetime | None = None) -> IngestReport:
    """Bulk-load already-extracted articles; bad lines are reported by number and skipped."""
    now = now or datetime.now(UTC)
    started = time.monotonic()
    report = IngestReport()
    items: dict[str, Article] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                article = _import_article(json.loads(line), now)
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                report.errors[f"line {number}"] = str(exc)
                continue
            items[article.id] = article  # a repeated id: the last line wins
    result = bulk_upsert(engine, list(items.values()), now)
    report.new_ids, report.updated_ids = result.new, result.updated
    fresh = {}
    for article_id in [*result.new, *result.updated]:
        article = items.get(article_id)
        if article is not None:
            sig = dedup.signature(article.text)
            if sig is not None:
                fresh[article_id] = (sig, now)
    report.duplicates = link_near_duplicates(engine, fresh, now)
    report.seconds = time.monotonic() - started
    return report


def bulk_upsert(engine: Engine, items: list[Article], now: datetime) -> article_store.UpsertResult:
    """`articles.upsert` semantics, with the common case (ids and URLs never seen) in one batch insert."""
    table = article_store.articles
    ids = [a.id for a in items]
    urls = [a.url for a in items if a.url]
    taken_ids: set[str] = set()
    taken_urls: set[str] = set()
    same: set[str] = set()  # known ids whose title, text and date are unchanged: nothing to write
    wanted = {a.id: (a.title, a.text, a.published) for a in items}
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(table.c.id, table.c.title, table.c.text, table.c.published).where(table.c.id.in_(chunk))
            for r in conn.execute(query):
                taken_ids.add(r.id)
                if (r.title, r.text, r.published) == wanted[r.id]:
                    same.add(r.id)
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            taken_urls.update(r.url for r in conn.execute(select(table.c.url).where(table.c.url.in_(chunk))))
    fresh: list[Article] = []
    known: list[Article] = []
    batch_urls: set[str] = set()
    result = article_store.UpsertResult()
    for a in items:
        if a.id in same:
            result.unchanged.append(a.id)
        elif a.id in taken_ids or (a.url and (a.url in taken_urls or a.url in batch_urls)):
            known.append(a)
        else:
            fresh.append(a)
            if a.url:
                batch_urls.add(a.url)
    if fresh:
        with engine.begin() as conn:
            conn.execute(table.insert(), [article_store._row(a) for a in fresh])
        result.new.extend(a.id for a in fresh)
    if known:
        slow = article_store.upsert(engine, known, now=now)
        result.new.extend(slow.new)
        result.updated.extend(slow.updated)
        result.unchanged.extend(slow.unchanged)
    return result


# --- health ---------------------------------------------------------------------------------


def feed_health(config: Config, engine: Engine) -> list[FeedHealth]:
    """Every configured feed's state, in feeds.yaml order (for `digest feeds check` and the footer)."""
    states = feed_store.load_states(engine)
    out = []
    for feed in config.feeds:
        state = states.get(feed.url)
        if state is None or state.last_attempt is None:
            status = "never"
        elif state.paused:
            status = "paused"
        elif state.failures or state.last_error:
            status = "failing"
        else:
            status = "ok"
        error = state.pause_reason if state is not None and state.paused else (state.last_error if state else None)
        out.append(
            FeedHealth(
                url=feed.url,
                name=feed.name or (state.title if state and state.title else feed.display_name),
                status=status,  # type: ignore[arg-type]
                last_ok=state.last_ok if state else None,
                last_error=error,
                failures=state.failures if state else 0,
                items_seen=state.items_seen if state else 0,
            )
        )
    from digest.ingest.sources import sources_health  # issue 20: newsletters and search URLs

    return out + sources_health(config, engine)


def reset_feed(engine: Engine, url: str) -> bool:
    return feed_store.reset(engine, url)


__all__ = ["IngestReport", "feed_health", "import_jsonl", "ingest", "reset_feed"]


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
