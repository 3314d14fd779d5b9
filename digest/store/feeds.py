"""Tables of the ingest stage: per-feed state and health, entries seen, near-duplicate signatures.

Declared on the shared metadata; plain SQLAlchemy Core that runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    bindparam,
    delete,
    func,
    select,
)

from digest.store.db import UTCDateTime, metadata

feed_state = Table(
    "feed_state",
    metadata,
    Column("url", String(2048), primary_key=True),  # as configured in feeds.yaml
    Column("current_url", String(2048), nullable=True),  # after a permanent redirect that passed every check
    Column("title", Text, nullable=True),
    Column("etag", String(1000), nullable=True),
    Column("last_modified", String(200), nullable=True),
    Column("body_hash", String(64), nullable=True),
    Column("last_attempt", UTCDateTime, nullable=True),
    Column("last_ok", UTCDateTime, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_try", UTCDateTime, nullable=True),  # backoff, Retry-After or the feed's freshness
    Column("paused", Boolean, nullable=False, default=False),
    Column("pause_reason", Text, nullable=True),
    Column("items_seen", Integer, nullable=False, default=0),
    Column("wait_reason", Text, nullable=True),  # why next_try: backoff, rate limited, max-age, <ttl>, ...
    Column("feed_hint", Text, nullable=True),  # the feed's own <ttl>/sy:updatePeriod, kept across 304s
    Column("config_hash", String(64), nullable=True),  # the feed's feeds.yaml entry: a change resets backoff
)

# Every entry key a feed has published, with a hash of what it said: an unchanged entry costs
# nothing, an edited one is re-extracted and updated (never counted as new again).
feed_entries = Table(
    "feed_entries",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("feed", String(2048), nullable=False, index=True),
    Column("entry_hash", String(64), nullable=False),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("last_seen", UTCDateTime, nullable=False),
)

# MinHash signatures of stored articles, for near-duplicate linking across feeds and runs.
article_signatures = Table(
    "article_signatures",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("first_seen", UTCDateTime, nullable=False, index=True),
)


@dataclass
class FeedState:
    url: str
    current_url: str | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_attempt: datetime | None = None
    last_ok: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    next_try: datetime | None = None
    paused: bool = False
    pause_reason: str | None = None
    items_seen: int = 0
    wait_reason: str | None = None
    feed_hint: str | None = None  # "<seconds> <label>", e.g. "3600 <ttl> 60 min"
    config_hash: str | None = None


_FIELDS = [f.name for f in fields(FeedState)]


def load_states(engine: Engine, urls: Iterable[str] | None = None) -> dict[str, FeedState]:
    query = select(feed_state)
    wanted = list(urls) if urls is not None else None
    out: dict[str, FeedState] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            if wanted is None or row.url in wanted:
                m = row._mapping
                out[row.url] = FeedState(**{name: m[name] for name in _FIELDS})
    return out


def save_state(engine: Engine, state: FeedState) -> None:
    save_states(engine, [state])


def save_states(engine: Engine, states: Iterable[FeedState]) -> None:
    """Insert or update feed states in one transaction (one commit for a whole run)."""
    states = list(states)
    if not states:
        return
    with engine.begin() as conn:
        known: set[str] = set()
        urls = [s.url for s in states]
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            known.update(r.url for r in conn.execute(select(feed_state.c.url).where(feed_state.c.url.in_(chunk))))
        fresh = [{name: getattr(s, name) for name in _FIELDS} for s in states if s.url not in known]
        if fresh:
            conn.execute(feed_state.insert(), fresh)
        changed = [{"b_" + name: getattr(s, name) for name in _FIELDS} for s in states if s.url in known]
        if changed:  # one executemany, not one statement per feed
            statement = (
                feed_state.update()
                .where(feed_state.c.url == bindparam("b_url"))
                .values({name: bindparam("b_" + name) for name in _FIELDS if name != "url"})
            )
            conn.execute(statement, changed)


_RESET = {
    "paused": False,
    "pause_reason": None,
    "failures": 0,
    "next_try": None,
    "wait_reason": None,
    "etag": None,
    "last_modified": None,
}


def reset(engine: Engine, url: str) -> bool:
    """Unpause a feed and forget its failures and waits; False when the feed has no state yet."""
    with engine.begin() as conn:
        done = conn.execute(feed_state.update().where(feed_state.c.url == url).values(**_RESET)).rowcount
    return bool(done)


def reset_all(engine: Engine) -> int:
    """`reset` for every feed with a state; returns how many."""
    with engine.begin() as conn:
        return conn.execute(feed_state.update().values(**_RESET)).rowcount


def known_entries(engine: Engine, keys: Iterable[str]) -> dict[str, str]:
    """entry key -> entry hash for the keys already seen."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(
                select(feed_entries.c.key, feed_entries.c.entry_hash).where(feed_entries.c.key.in_(chunk))
            ):
                out[row.key] = row.entry_hash
    return out


def record_entries(
    engine: Engine, feed: str, hashes: dict[str, str], now: datetime, known: dict[str, str] | None = None
) -> None:
    """Remember every entry key of a feed with its hash (`known`: what `known_entries` said)."""
    if not hashes:
        return
    if known is None:
        known = known_entries(engine, hashes)
    with engine.begin() as conn:
        fresh = [
            {"key": k, "feed": feed, "entry_hash": h, "first_seen": now, "last_seen": now}
            for k, h in hashes.items()
            if k not in known
        ]
        if fresh:
            conn.execute(feed_entries.insert(), fresh)
        for key, h in hashes.items():
            if key in known and known[key] != h:
                conn.execute(feed_entries.update().where(feed_entries.c.key == key).values(entry_hash=h, last_seen=now))


def record_entries_many(engine: Engine, batches: list[tuple[str, dict[str, str]]], now: datetime) -> dict[str, int]:
    """`record_entries` for several feeds in one transaction, applied in order as if one by one.

    Returns, for each feed in the batch, how many entry keys it has published (its items seen).
    """
    feeds = list(dict.fromkeys(feed for feed, _ in batches))
    if not feeds:
        return {}
    with engine.begin() as conn:
        keys = list(dict.fromkeys(k for _, hashes in batches for k in hashes))
        current: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            query = select(feed_entries.c.key, feed_entries.c.entry_hash).where(feed_entries.c.key.in_(chunk))
            current.update({row.key: row.entry_hash for row in conn.execute(query)})
        fresh: dict[str, dict] = {}
        edited: dict[str, str] = {}
        for feed, hashes in batches:
            for key, h in hashes.items():
                if key in fresh:
                    fresh[key]["entry_hash"] = h
                elif key not in current:
                    fresh[key] = {"key": key, "feed": feed, "entry_hash": h, "first_seen": now, "last_seen": now}
                elif current[key] != h:
                    current[key] = edited[key] = h
        if fresh:
            conn.execute(feed_entries.insert(), list(fresh.values()))
        if edited:
            conn.execute(
                feed_entries.update()
                .where(feed_entries.c.key == bindparam("b_key"))
                .values(entry_hash=bindparam("b_hash"), last_seen=now),
                [{"b_key": k, "b_hash": h} for k, h in edited.items()],
            )
        counts: dict[str, int] = {}
        for start in range(0, len(feeds), 500):
            chunk = feeds[start : start + 500]
            query = (
                select(feed_entries.c.feed, func.count())
                .where(feed_entries.c.feed.in_(chunk))
                .group_by(feed_entries.c.feed)
            )
            counts.update({feed: n for feed, n in conn.execute(query)})
    return counts


def count_entries(engine: Engine, feed: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(feed_entries).where(feed_entries.c.feed == feed)
        ).scalar_one()


def save_signatures(engine: Engine, rows: dict[str, tuple[bytes, datetime]]) -> None:
    if not rows:
        return
    with engine.begin() as conn:
        ids = list(rows)
        for start in range(0, len(ids), 500):
            conn.execute(delete(article_signatures).where(article_signatures.c.id.in_(ids[start : start + 500])))
        conn.execute(
            article_signatures.insert(),
            [{"id": i, "signature": sig, "first_seen": seen} for i, (sig, seen) in rows.items()],
        )


def load_signatures(engine: Engine, since: datetime | None = None) -> list[tuple[str, bytes]]:
    query = select(article_signatures.c.id, article_signatures.c.signature).order_by(
        article_signatures.c.first_seen, article_signatures.c.id
    )
    if since is not None:
        query = query.where(article_signatures.c.first_seen >= since)
    with engine.connect() as conn:
        return [(r.id, r.signature) for r in conn.execute(query)]


__all__ = [
    "FeedState",
    "article_signatures",
    "count_entries",
    "feed_entries",
    "feed_state",
    "known_entries",
    "load_signatures",
    "load_states",
    "record_entries",
    "record_entries_many",
    "reset",
    "save_signatures",
    "save_state",
    "save_states",
]
