"""Articles table: deduplicated by stable id and by URL, updated in place when edited."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Column, Connection, Engine, Index, String, Table, Text, insert, select, update

from digest.models import Article
from digest.store.db import UTCDateTime, metadata

articles = Table(
    "articles",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("url", String(2048), nullable=True),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("source", String(300), nullable=False, default=""),
    Column("published", UTCDateTime, nullable=True),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("updated", UTCDateTime, nullable=True),
    Column("feed", String(2048), nullable=True),
    Column("canonical_id", String(512), nullable=True),
    Column("extraction", String(20), nullable=False, default="feed"),
    Column("author", String(300), nullable=True),
    Column("language", String(20), nullable=True),
    Column("tags", Text, nullable=False, default=""),
    Index("ix_articles_url", "url"),
    Index("ix_articles_first_seen", "first_seen"),
)


@dataclass
class UpsertResult:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _row(a: Article) -> dict:
    return {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "text": a.text,
        "source": a.source,
        "published": a.published,
        "first_seen": a.first_seen,
        "feed": a.feed,
        "canonical_id": a.canonical_id,
        "extraction": a.extraction,
        "author": a.author,
        "language": a.language,
        "tags": "\x1f".join(a.tags),
    }


def _article(row) -> Article:
    m = row._mapping
    return Article(
        id=m["id"],
        url=m["url"],
        title=m["title"],
        text=m["text"],
        source=m["source"],
        published=m["published"],
        first_seen=m["first_seen"],
        feed=m["feed"],
        canonical_id=m["canonical_id"],
        extraction=m["extraction"],
        author=m["author"],
        language=m["language"],
        tags=tuple(t for t in (m["tags"] or "").split("\x1f") if t),
    )


def upsert(engine: Engine, items: Iterable[Article], now: datetime | None = None) -> UpsertResult:
    """Insert new articles; an already known id or URL is updated, never counted as new again.

    `first_seen` of a known article is kept: it decides "new since the last digest".
    """
    result = UpsertResult()
    with engine.begin() as conn:
        for a in items:
            existing = conn.execute(select(articles).where(articles.c.id == a.id)).first()
            if existing is None and a.url:
                existing = conn.execute(select(articles).where(articles.c.url == a.url).limit(1)).first()
            if existing is None:
                conn.execute(articles.insert().values(**_row(a)))
                result.new.append(a.id)
                continue
            old = _article(existing)
            if (old.title, old.text, old.published) == (a.title, a.text, a.published) or not a.text:
                result.unchanged.append(old.id)
                continue
            values = _row(a)
            for keep in ("id", "first_seen", "canonical_id"):
                values.pop(keep)
            values["updated"] = now or a.first_seen
            conn.execute(update(articles).where(articles.c.id == old.id).values(**values))
            result.updated.append(old.id)
    return result


def bulk_upsert(engine: Engine, items: list[Article], now: datetime) -> UpsertResult:
    """`upsert` semantics, with the common case (ids and URLs never seen) in one batch insert."""
    ids = [a.id for a in items]
    urls = [a.url for a in items if a.url]
    taken_ids: set[str] = set()
    taken_urls: set[str] = set()
    same: set[str] = set()  # known ids whose title, text and date are unchanged: nothing to write
    wanted = {a.id: (a.title, a.text, a.published) for a in items}
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(articles.c.id, articles.c.title, articles.c.text, articles.c.published).where(
                articles.c.id.in_(chunk)
            )
            for r in conn.execute(query):
                taken_ids.add(r.id)
                if (r.title, r.text, r.published) == wanted[r.id]:
                    same.add(r.id)
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            taken_urls.update(r.url for r in conn.execute(select(articles.c.url).where(articles.c.url.in_(chunk))))
    fresh: list[Article] = []
    known: list[Article] = []
    batch_urls: set[str] = set()
    result = UpsertResult()
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
            conn.execute(articles.insert(), [_row(a) for a in fresh])
        result.new.extend(a.id for a in fresh)
    if known:
        slow = upsert(engine, known, now=now)
        result.new.extend(slow.new)
        result.updated.extend(slow.updated)
        result.unchanged.extend(slow.unchanged)
    return result


def canonical_ids(engine: Engine, ids: list[str]) -> dict[str, str]:
    """For the given ids that are near-duplicates: article id -> its canonical article's id."""
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(articles.c.id, articles.c.canonical_id).where(
                articles.c.id.in_(chunk), articles.c.canonical_id.is_not(None)
            )
            out.update({r.id: r.canonical_id for r in conn.execute(query)})
    return out


def set_canonical(engine: Engine, links: dict[str, str]) -> None:
    """Link near-duplicates to their canonical article (article id -> canonical id)."""
    with engine.begin() as conn:
        for article_id, canonical in links.items():
            conn.execute(update(articles).where(articles.c.id == article_id).values(canonical_id=canonical))


def get(engine: Engine, ids: Iterable[str]) -> list[Article]:
    """Articles by id, in the order asked; unknown ids are skipped."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Article] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(select(articles).where(articles.c.id.in_(chunk))):
                found[row.id] = _article(row)
    return [found[i] for i in wanted if i in found]


def seen_since(engine: Engine, since: datetime | None) -> list[Article]:
    """Articles first seen after `since` (all when None), oldest first."""
    query = select(articles).order_by(articles.c.first_seen, articles.c.id)
    if since is not None:
        query = query.where(articles.c.first_seen > since)
    with engine.connect() as conn:
        return [_article(r) for r in conn.execute(query)]


def iter_all(engine: Engine, batch: int = 1000) -> Iterator[Article]:
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(select(articles).order_by(articles.c.first_seen))
        for row in result:
            yield _article(row)


def count(engine: Engine) -> int:
    from sqlalchemy import func

    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(articles)).scalar_one()


# --- for grouping and evaluation ------------------------------------------------------------------


def get_within(conn: Connection, ids: Iterable[str]) -> dict[str, Article]:
    """Articles by id through a caller's transaction (an engine-level read would not see rows the
    same transaction wrote on SQLite); unknown ids are absent."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Article] = {}
    for start in range(0, len(wanted), 500):
        for row in conn.execute(select(articles).where(articles.c.id.in_(wanted[start : start + 500]))):
            found[row.id] = _article(row)
    return found


def insert_new(engine: Engine, items: list[Article]) -> None:
    """Insert articles known to be new in one statement (evaluation loads a fresh database)."""
    if items:
        with engine.begin() as conn:
            conn.execute(insert(articles), [_row(a) for a in items])
