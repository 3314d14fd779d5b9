"""Sources beside the feeds (issue 20): newsletters by email and tracked topics' search feeds.

One call per ingestion run. It shares the feed path's parts: the guarded fetcher, conditional GET,
size caps, worker pools for parsing and extraction. A broken message or search page is logged and
skipped; a folder or search URL that fails is recorded in its health row (kind "newsletter" or
"search") and never stops the others, nor the feeds.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import Engine

from digest.config import Config, NewsletterConfig
from digest.ingest import dedup
from digest.ingest.extract import choose_text
from digest.ingest.fetch import Fetcher, FetchError, FetchResult, FetchSettings
from digest.ingest.guard import Policy
from digest.ingest.mail import BadMessage, Issue, parse_message
from digest.ingest.newsletters import FolderError, ImapFolder, MaildirFolder, folder_key
from digest.ingest.parse import ParsedFeed
from digest.ingest.pool import WorkerError, WorkerPool
from digest.ingest.search import Quota, SearchRequest, choose, plan
from digest.models import Article, FeedEntry, FeedHealth
from digest.store import articles as article_store
from digest.store import feeds as feed_store
from digest.store import sources as source_store

log = logging.getLogger(__name__)

# the feed path's Accept headers (digest.ingest.run), so a search feed is asked for like any feed
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
PARSE_PRELOAD = ("feedparser", "lxml.html", "digest.ingest.parse")
EXTRACT_WORKERS = 2  # newsletters and search bring tens of articles a run, not thousands


@dataclass
class SourcesReport:
    new_ids: list[str] = field(default_factory=list)
    updated_ids: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # folder key or search URL -> message
    skipped: dict[str, str] = field(default_factory=dict)  # search URLs left for a later run -> why
    messages: int = 0  # newsletter messages stored
    bad_messages: int = 0  # malformed messages logged and skipped (and marked, so not retried)
    searches: int = 0  # search feeds requested
    signatures: dict[str, tuple[Any, datetime]] = field(default_factory=dict)  # for near-duplicate linking


def ingest_sources(config: Config, engine: Engine, now: datetime | None = None) -> SourcesReport:
    """Read every newsletter folder and every due search feed; store what is new."""
    if not config.newsletters and not any(t.search for t in config.topics):
        return SourcesReport()
    run = _SourcesRun(config, engine, now or datetime.now(UTC))
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run.run())
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:  # called from inside an event loop: run in a fresh one
        return pool.submit(asyncio.run, run.run()).result()


def newsletter_key(config: Config, newsletter: NewsletterConfig) -> str:
    return folder_key(newsletter, config.resolve(newsletter.maildir) if newsletter.maildir else None)


def sources_health(config: Config, engine: Engine) -> list[FeedHealth]:
    """Health rows of the newsletters and search URLs, after the feeds' in `digest feeds check`."""
    states = feed_store.load_states(engine)
    rows: list[tuple[str, str, Literal["newsletter", "search"]]] = [
        (newsletter_key(config, n), n.name, "newsletter") for n in config.newsletters
    ]
    rows += [(r.url, f"{r.feed}: {r.topic}", "search") for r in plan(config)]
    out = []
    for key, name, kind in rows:
        state = states.get(key)
        if state is None or state.last_attempt is None:
            status = "never"
        elif state.failures or state.last_error:
            status = "failing"
        else:
            status = "ok"
        out.append(
            FeedHealth(
                url=key,
                name=name,
                status=status,  # type: ignore[arg-type]
                last_ok=state.last_ok if state else None,
                last_error=state.last_error if state else None,
                failures=state.failures if state else 0,
                items_seen=state.items_seen if state else 0,
                kind=kind,
            )
        )
    return out


class _SourcesRun:
    def __init__(self, config: Config, engine: Engine, now: datetime) -> None:
        self.config, self.engine, self.now = config, engine, now
        self.net = config.network
        self.policy = Policy.from_config(self.net.allow_private)
        self.report = SourcesReport()
        self.states: list[feed_store.FeedState] = []

    async def run(self) -> SourcesReport:
        known = await asyncio.to_thread(feed_store.load_states, self.engine)
        requests = plan(self.config)
        chosen, later = choose(
            requests, {r.url: known[r.url].last_attempt for r in requests if r.url in known}, self.config.search
        )
        for r in later:
            self.report.skipped[r.url] = "request limit reached; next run"
        self.quota = Quota.from_config(self.config.search)
        fetcher = Fetcher(self.policy, FetchSettings.from_network(self.net))
        workers = min(EXTRACT_WORKERS, self.net.extract_workers or EXTRACT_WORKERS)
        async with (
            fetcher as self.fetcher,
            WorkerPool(workers) as self.pool,
            WorkerPool(1, preload=PARSE_PRELOAD) as self.parse_pool,
        ):
            jobs = [self._newsletter(n, known) for n in self.config.newsletters]
            jobs += [self._search(r, known) for r in chosen]
            await asyncio.gather(*jobs)
        await asyncio.to_thread(feed_store.save_states, self.engine, self.states)
        return self.report

    def _state(self, known: dict[str, feed_store.FeedState], key: str) -> feed_store.FeedState:
        state = known.get(key) or feed_store.FeedState(url=key)
        state.last_attempt = self.now
        self.states.append(state)
        return state

    def _ok(self, state: feed_store.FeedState, error: str | None = None) -> None:
        state.failures, state.last_ok, state.last_error = 0, self.now, error
        if error:
            self.report.errors[state.url] = error

    def _failed(self, state: feed_store.FeedState, message: str) -> None:
        state.failures += 1
        state.last_error = message
        self.report.errors[state.url] = message
        log.warning("%s failed: %s", state.url, message)

    # --- newsletters ------------------------------------------------------------------------------

    async def _newsletter(self, newsletter: NewsletterConfig, known: dict[str, feed_store.FeedState]) -> None:
        key = newsletter_key(self.config, newsletter)
        state = self._state(known, key)
        try:
            if newsletter.imap is not None:
                folder: Any = ImapFolder(newsletter.imap, self.policy, self.engine, key)
                await asyncio.to_thread(folder.__enter__)
                try:
                    await self._messages(newsletter, key, folder, state)
                finally:
                    await asyncio.to_thread(folder.__exit__, None, None, None)
            else:
                path = self.config.resolve(newsletter.maildir or "")
                folder = await asyncio.to_thread(MaildirFolder, path)
                await self._messages(newsletter, key, folder, state)
        except FolderError as exc:
            self._failed(state, str(exc))
        except Exception as exc:  # a bug must not stop the feeds or the other folders; logged in full
            log.exception("newsletter %s failed", key)
            self._failed(state, f"internal error: {type(exc).__name__}: {exc}")
        else:
            self._ok(state)  # a malformed message is logged and skipped; the folder itself works
            state.title = newsletter.name

    async def _messages(self, newsletter: NewsletterConfig, key: str, folder: Any, state: feed_store.FeedState) -> None:
        """Store each unread message, then mark it; a malformed one is logged, marked and skipped."""
        batch = await asyncio.to_thread(lambda: list(folder.unread(newsletter.max_messages)))
        for msg_key, raw in batch:
            try:
                issue = await asyncio.to_thread(
                    parse_message, raw, newsletter.name, max_html_bytes=self.net.max_page_bytes
                )
            except BadMessage as exc:
                self.report.bad_messages += 1
                log.warning("newsletter %s: message %s skipped: %s", newsletter.name, msg_key, exc)
            else:
                article = await self._issue_article(newsletter, key, issue)
                saved = await asyncio.to_thread(article_store.upsert, self.engine, [article], self.now)
                self.report.new_ids.extend(saved.new)
                self.report.updated_ids.extend(saved.updated)
                self.report.messages += 1
                if saved.new or saved.updated:
                    sig = dedup.signature(article.text)
                    if sig is not None:
                        self.report.signatures[article.id] = (sig, self.now)
            # marked only once stored (or known to be unusable): a crash before this reads it again
            if isinstance(folder, ImapFolder):
                await asyncio.to_thread(folder.mark, msg_key, self.now)
            else:
                await asyncio.to_thread(folder.mark, msg_key)
            state.items_seen += 1

    async def _issue_article(self, newsletter: NewsletterConfig, key: str, issue: Issue) -> Article:
        url = issue.url
        if not url.startswith("mid:"):
            owner = (await asyncio.to_thread(source_store.stored_urls, self.engine, [url])).get(url)
            if owner is not None and owner != issue.article_id:  # a list's archive index, not this issue's page
                url = "mid:" + issue.message_id
        meta = None
        if issue.html:
            try:
                args = (issue.html.encode("utf-8", "replace"), None, issue.published is not None)
                meta = await self.pool.run("extract", args, self.net.extract_timeout)
            except WorkerError as exc:
                log.info("newsletter %s: %s; using the message's text", newsletter.name, exc)
        text, from_html = choose_text(meta, issue.text)
        return Article(
            id=issue.article_id,
            url=url,
            title=issue.subject or (meta.title if meta and meta.title else ""),
            text=text,
            source=issue.outlet,
            published=issue.published,
            first_seen=self.now,
            feed=key,
            extraction="trafilatura" if from_html else "feed",
            author=issue.author,
            language=meta.language if meta else None,
            tags=tuple(newsletter.tags),
        )

    # --- search -----------------------------------------------------------------------------------

    async def _search(self, request: SearchRequest, known: dict[str, feed_store.FeedState]) -> None:
        state = self._state(known, request.url)
        state.title = f"{request.feed}: {request.topic}"
        self.report.searches += 1
        try:
            result = await self.fetcher.get(
                request.url,
                max_bytes=self.net.max_feed_bytes,
                etag=state.etag,
                last_modified=state.last_modified,
                accept=FEED_ACCEPT,
            )
            if result.not_modified:
                self._ok(state)
                return
            if _is_html(result):
                raise _NotAFeed("search page is HTML, not a feed; skipped")
            body_hash = hashlib.sha256(result.body).hexdigest()
            if body_hash == state.body_hash:
                self._ok(state)
                return
            timeout = max(self.net.timeout, self.net.extract_timeout)
            parsed: ParsedFeed = await self.parse_pool.run(
                "parse", (result.body, result.headers, result.url, request.url), timeout
            )
            complete = await self._search_entries(request, parsed.entries, state)
            if complete:  # entries left over by the quota are read again next run, not skipped by a 304
                state.etag = result.headers.get("etag")
                state.last_modified = result.headers.get("last-modified")
                state.body_hash = body_hash
        except (FetchError, WorkerError, _NotAFeed) as exc:
            self._failed(state, str(exc))
        except Exception as exc:
            log.exception("search %s failed", request.url)
            self._failed(state, f"internal error: {type(exc).__name__}: {exc}")
        else:
            self._ok(state)

    async def _search_entries(
        self, request: SearchRequest, entries: list[FeedEntry], state: feed_store.FeedState
    ) -> bool:
        """Store the results not seen before, within the quota; returns False when some had to wait."""
        seen = await asyncio.to_thread(feed_store.known_entries, self.engine, [e.key for e in entries])
        fresh = [e for e in entries if e.key not in seen]
        stored = await asyncio.to_thread(source_store.stored_urls, self.engine, [e.url for e in fresh if e.url])
        hits = [(stored[e.url], request.topic, request.url) for e in fresh if e.url in stored]
        done = [e for e in fresh if e.url in stored]  # already an article (from a feed): only the hit is new
        wanted = [e for e in fresh if e.url not in stored]
        granted = self.quota.take(request.topic, len(wanted))
        taken = wanted[:granted]
        articles = list(await asyncio.gather(*(self._result_article(request, e) for e in taken)))
        saved = await asyncio.to_thread(article_store.upsert, self.engine, articles, self.now)
        self.report.new_ids.extend(saved.new)
        self.report.updated_ids.extend(saved.updated)
        for article in articles:
            if article.id in saved.new:
                sig = dedup.signature(article.text)
                if sig is not None:
                    self.report.signatures[article.id] = (sig, self.now)
        hits += [(a.id, request.topic, request.url) for a in articles]
        await asyncio.to_thread(source_store.record_hits, self.engine, hits, self.now)
        hashes = {e.key: _entry_hash(e) for e in [*done, *taken]}
        await asyncio.to_thread(feed_store.record_entries, self.engine, request.url, hashes, self.now)
        state.items_seen = len(seen) + len(hashes)
        if granted < len(wanted):
            self.report.skipped[request.url] = f"{len(wanted) - granted} results over the new-article limit; next run"
        return granted == len(wanted)

    async def _result_article(self, request: SearchRequest, entry: FeedEntry) -> Article:
        meta = None
        if entry.url and self.policy.url_allowed(entry.url):
            try:
                page = await self.fetcher.get(entry.url, max_bytes=self.net.max_page_bytes, accept=PAGE_ACCEPT)
                kind = page.headers.get("content-type", "text/html").split(";")[0].strip().lower()
                if kind.startswith("text/") or "html" in kind or "xml" in kind:
                    args = (page.body, page.url, entry.published is not None)
                    meta = await self.pool.run("extract", args, self.net.extract_timeout)
            except (FetchError, WorkerError) as exc:
                log.info("page %s: %s; using the search feed's text", entry.url, exc)
        text, from_page = choose_text(meta, entry.content)
        outlet = (meta.sitename if meta and meta.sitename else None) or urlsplit(entry.url or request.url).hostname
        return Article(
            id=entry.key,
            url=entry.url,
            title=entry.title or (meta.title if meta and meta.title else ""),
            text=text,
            source=f"{outlet} · {request.label}"[:300],
            published=entry.published,
            first_seen=self.now,
            feed=request.url,
            extraction="trafilatura" if from_page else "feed",
            author=entry.author or (meta.author if meta else None),
            language=meta.language if meta else None,
            tags=("search",),
        )


class _NotAFeed(Exception):
    pass


def _is_html(result: FetchResult) -> bool:
    kind = result.headers.get("content-type", "").split(";")[0].strip().lower()
    head = result.body[:512].lstrip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))
    return head.startswith((b"<!doctype html", b"<html"))


def _entry_hash(entry: FeedEntry) -> str:
    stamp = entry.published.isoformat() if entry.published else ""
    return hashlib.sha256("\x1f".join((entry.title, entry.content, entry.url or "", stamp)).encode()).hexdigest()
