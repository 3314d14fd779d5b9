"""Tables of the sources feeds.yaml lists beside feeds (issue 20): mail folders read, and search hits.

An IMAP folder remembers the last UID read under its UIDVALIDITY, so each run asks only for what
arrived since. A search hit remembers which tracked topic's search found an article, so grouping
can offer it to that topic first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import BigInteger, Column, Connection, Engine, PrimaryKeyConstraint, String, Table, select

from digest.store.articles import articles
from digest.store.db import UTCDateTime, metadata

mail_folders = Table(
    "mail_folders",
    metadata,
    Column("folder", String(2048), primary_key=True),  # imap://user@host:port/folder
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
)

search_hits = Table(
    "search_hits",
    metadata,
    Column("article_id", String(512), nullable=False),
    Column("topic", String(500), nullable=False),  # the topic's name in feeds.yaml
    Column("search", String(2048), nullable=False),  # the search URL that found it
    Column("found", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("article_id", "topic"),
)


def folder_state(engine: Engine, folder: str) -> tuple[int, int] | None:
    """(uidvalidity, last uid) of a folder read before, else None."""
    with engine.connect() as conn:
        row = conn.execute(
            select(mail_folders.c.uidvalidity, mail_folders.c.last_uid).where(mail_folders.c.folder == folder)
        ).first()
    return (int(row.uidvalidity), int(row.last_uid)) if row else None


def save_folder_state(engine: Engine, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
    with engine.begin() as conn:
        done = conn.execute(
            mail_folders.update()
            .where(mail_folders.c.folder == folder)
            .values(uidvalidity=uidvalidity, last_uid=last_uid, updated=now)
        ).rowcount
        if not done:
            conn.execute(
                mail_folders.insert().values(folder=folder, uidvalidity=uidvalidity, last_uid=last_uid, updated=now)
            )


def stored_urls(engine: Engine, urls: Iterable[str]) -> dict[str, str]:
    """url -> id of the stored article with that URL, for the given URLs."""
    wanted = list(dict.fromkeys(urls))
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(select(articles.c.url, articles.c.id).where(articles.c.url.in_(chunk))):
                out.setdefault(row.url, row.id)
    return out


def record_hits(engine: Engine, hits: Iterable[tuple[str, str, str]], now: datetime) -> None:
    """Remember (article id, topic name, search URL) triples; a hit seen again is kept as first found."""
    rows = {(a, t): s for a, t, s in hits}
    if not rows:
        return
    with engine.begin() as conn:
        known: set[tuple[str, str]] = set()
        ids = list({a for a, _ in rows})
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(search_hits.c.article_id, search_hits.c.topic).where(search_hits.c.article_id.in_(chunk))
            known.update((r.article_id, r.topic) for r in conn.execute(query))
        fresh = [
            {"article_id": a, "topic": t, "search": s, "found": now}
            for (a, t), s in rows.items()
            if (a, t) not in known
        ]
        if fresh:
            conn.execute(search_hits.insert(), fresh)


def found_for(conn: Connection, article_ids: Iterable[str]) -> dict[str, list[str]]:
    """article id -> names of the topics whose search found it, oldest hit first."""
    ids = list(dict.fromkeys(article_ids))
    out: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(search_hits.c.article_id, search_hits.c.topic)
            .where(search_hits.c.article_id.in_(chunk))
            .order_by(search_hits.c.found, search_hits.c.topic)
        )
        for row in conn.execute(query):
            out.setdefault(row.article_id, []).append(row.topic)
    return out


__all__ = ["folder_state", "found_for", "record_hits", "save_folder_state", "stored_urls"]
