"""Tables for topics: the topics, their members, their versions (with briefs) and grouping state.

Grouping state is kept compact so a run loads only what it compares against: the centroids of
live topics and candidates (a few thousand numbers each), a hashed document-frequency array, and
an index from key entities to topics so a dormant topic can be found again without loading all.
Functions here take a Connection so the service can do a whole run in one transaction. Cluster
state travels as plain records of opaque columns (packed centroid blocks, JSON text):
`digest.topics.state` packs and unpacks them, so storage never imports the topic engine.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from digest.models import TopicKind, TopicStatus
from digest.store.articles import articles
from digest.store.db import UTCDateTime, metadata, store_errors

topics = Table(
    "topics",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("kind", String(20), nullable=False),  # tracked | discovered
    Column("status", String(20), nullable=False),  # active | dormant | muted | merged
    Column("created", UTCDateTime, nullable=False),
    Column("updated", UTCDateTime, nullable=False),  # when members last joined
    Column("last_article", UTCDateTime, nullable=False),  # publication time of the newest member
    Column("description", Text, nullable=False, default=""),
    Column("pinned", Boolean, nullable=False, default=False),
    Column("merged_into", String(200), nullable=True),
    Column("version", Integer, nullable=False, default=0),
    Column("title_locked", Boolean, nullable=False, default=False),  # an editor's name wins
    Column("title_size", Integer, nullable=False, default=0),  # size when the title was last chosen
    Column("config_hash", String(64), nullable=True),  # editors' entry last applied from feeds.yaml
    Column("size", Integer, nullable=False, default=0),  # distinct articles (near-duplicates once)
    Column("sources", Text, nullable=False, default="{}"),  # outlet -> articles
    Column("names", Text, nullable=False, default="{}"),  # key entities -> weight
    Column("words", LargeBinary, nullable=True),  # centroid blocks (see digest.topics.state.pack_vec)
    Column("entities", LargeBinary, nullable=True),
    Column("split_from", String(200), nullable=True),  # the topic this one forked from (history kept there)
    Column("woke_at", UTCDateTime, nullable=True),  # when an article last woke it from dormancy
    Index("ix_topics_status", "status"),
)

topic_members = Table(
    "topic_members",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("article_id", String(512), primary_key=True),
    Column("joined", UTCDateTime, nullable=False),
    Column("version", Integer, nullable=True),  # first version that lists it; NULL until one is cut
    Column("left_version", Integer, nullable=True),  # first version that no longer lists it (it forked away)
    Column("names", Text, nullable=True),  # JSON list: the article's most named entities, for fork checks
    Index("ix_topic_members_article", "article_id"),
)

topic_versions = Table(
    "topic_versions",
    metadata,
    Column("slug", String(200), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("created", UTCDateTime, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("brief", Text, nullable=True),  # digest.store.codec.dumps(Brief)
    Index("ix_topic_versions_created", "created"),
)

topic_candidates = Table(
    "topic_candidates",
    metadata,
    Column("key", String(520), primary_key=True),
    Column("last", UTCDateTime, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sources", Text, nullable=False),
    Column("members", Text, nullable=False),  # JSON list of article ids
    Column("names", Text, nullable=False, default="{}"),
    Column("words", LargeBinary, nullable=True),
    Column("entities", LargeBinary, nullable=True),
)

topic_keys = Table(
    "topic_keys",
    metadata,
    Column("key", Integer, primary_key=True),  # hashed entity feature
    Column("slug", String(200), primary_key=True),
    Index("ix_topic_keys_slug", "slug"),
)

topic_seen = Table(
    "topic_seen",
    metadata,
    Column("article_id", String(512), primary_key=True),
    Column("seen", UTCDateTime, nullable=False),
)

topic_state = Table(
    "topic_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("docs", Integer, nullable=False),
    Column("dim", Integer, nullable=False),
    Column("df", LargeBinary, nullable=False),  # uint16[dim], little-endian
)


_current = topic_members.c.left_version.is_(None)  # members the topic still lists


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterColumns:
    """The columns of a topic row that grouping owns, packed by digest.topics.state."""

    last_article: datetime
    size: int
    sources: str  # JSON: outlet -> articles
    names: str  # JSON: key entity -> weight
    words: bytes | None  # packed centroid blocks
    entities: bytes | None
    woke_at: datetime | None = None  # when an article last woke the topic from dormancy


@dataclass(frozen=True)
class TopicRow:
    """One row of `topics`, every column as stored."""

    slug: str
    title: str
    kind: TopicKind
    status: TopicStatus
    created: datetime
    updated: datetime
    last_article: datetime
    description: str
    pinned: bool
    merged_into: str | None
    version: int
    title_locked: bool
    title_size: int
    config_hash: str | None
    size: int
    sources: str
    names: str
    words: bytes | None
    entities: bytes | None
    split_from: str | None = None
    woke_at: datetime | None = None


@dataclass(frozen=True)
class CandidateRow:
    """One row of `topic_candidates`: a cluster not yet a topic, with its members (JSON list)."""

    key: str
    last: datetime
    size: int
    sources: str
    members: str
    names: str
    words: bytes | None
    entities: bytes | None


@dataclass(frozen=True)
class DfState:
    """The hashed document-frequency array as stored (uint16 little-endian) and its size."""

    docs: int
    dim: int
    df: bytes


def _values(record: ClusterColumns | TopicRow | CandidateRow) -> dict[str, Any]:
    """A record's columns by name (dataclasses.asdict deep-copies and is 40 times slower, which a
    run writing thousands of candidates feels)."""
    return dict(vars(record))


def _topic_row(row: Any) -> TopicRow:
    return TopicRow(**row._mapping)


def _candidate_row(row: Any) -> CandidateRow:
    return CandidateRow(**row._mapping)


# --- grouping state -------------------------------------------------------------------------


def load_df_state(conn: Connection) -> DfState | None:
    row = conn.execute(select(topic_state).where(topic_state.c.id == 1)).first()
    return None if row is None else DfState(docs=row.docs, dim=row.dim, df=row.df)


def save_df_state(conn: Connection, state: DfState) -> None:
    values = {"docs": state.docs, "dim": state.dim, "df": state.df}
    if conn.execute(update(topic_state).where(topic_state.c.id == 1).values(**values)).rowcount == 0:
        conn.execute(insert(topic_state).values(id=1, **values))


def unseen(conn: Connection, ids: list[str]) -> list[str]:
    """The ids not grouped before, in the order given."""
    seen: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        seen.update(conn.execute(select(topic_seen.c.article_id).where(topic_seen.c.article_id.in_(chunk))).scalars())
    return [i for i in ids if i not in seen]


def mark_seen(conn: Connection, ids: Iterable[str], now: datetime) -> None:
    rows = [{"article_id": i, "seen": now} for i in ids]
    if rows:
        conn.execute(insert(topic_seen), rows)


def load_cluster_rows(
    conn: Connection,
    always: Iterable[str],
    key_ids: Iterable[int],
    quiet_since: datetime | None = None,
    quiet_size: int = 0,
    quiet_limit: int = 0,
) -> tuple[list[TopicRow], list[CandidateRow]]:
    """Live topics (active or muted), the slugs in `always`, dormant topics sharing a key entity,
    the `quiet_limit` largest dormant discovered topics of `quiet_size` articles or more whose last
    article is after `quiet_since` (stories that may resume told through other names); and every
    live candidate."""
    out: dict[str, TopicRow] = {}
    query = select(topics).where(topics.c.status.in_(("active", "muted")))
    for row in conn.execute(query):
        out[row.slug] = _topic_row(row)
    if quiet_since is not None:
        # The slugs first, then their rows: ordering whole rows made SQLite read every quiet topic's centroids
        # (a cost that grew with the number of dormant topics) to keep a few.
        query = select(topics.c.slug).where(
            topics.c.status == "dormant",
            topics.c.kind == "discovered",
            topics.c.size >= quiet_size,
            topics.c.last_article >= quiet_since,
        )
        quiet = list(conn.execute(query.order_by(topics.c.size.desc(), topics.c.slug).limit(quiet_limit)).scalars())
        if quiet:
            rows = {r.slug: _topic_row(r) for r in conn.execute(select(topics).where(topics.c.slug.in_(quiet)))}
            out.update((slug, rows[slug]) for slug in quiet)
    wanted = set(always) - set(out)
    keys = list(set(key_ids))
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        query = select(topic_keys.c.slug).where(topic_keys.c.key.in_(chunk)).distinct()
        wanted.update(s for s in conn.execute(query).scalars() if s not in out)
    wanted_list = sorted(wanted)
    for start in range(0, len(wanted_list), 500):
        slugs = wanted_list[start : start + 500]
        for row in conn.execute(select(topics).where(topics.c.slug.in_(slugs), topics.c.status != "merged")):
            out[row.slug] = _topic_row(row)
    return list(out.values()), [_candidate_row(row) for row in conn.execute(select(topic_candidates))]


def save_keys(conn: Connection, slug: str, keys: list[int]) -> None:
    """Index a topic under its strongest entities so a dormant topic can be found again."""
    conn.execute(delete(topic_keys).where(topic_keys.c.slug == slug))
    if keys:
        conn.execute(insert(topic_keys), [{"key": k, "slug": slug} for k in keys])


# --- topics, members, versions ----------------------------------------------------------------


def member_ids(conn: Connection, slug: str) -> list[str]:
    query = (
        select(topic_members.c.article_id)
        .where(topic_members.c.slug == slug, _current)
        .order_by(topic_members.c.joined, topic_members.c.article_id)
    )
    return list(conn.execute(query).scalars())


def members_of(conn: Connection, slug: str) -> dict[str, datetime]:
    query = (
        select(topic_members.c.article_id, topic_members.c.joined)
        .where(topic_members.c.slug == slug, _current)
        .order_by(topic_members.c.joined, topic_members.c.article_id)
    )
    return {r.article_id: r.joined for r in conn.execute(query)}


def add_members(
    conn: Connection, slug: str, joined: dict[str, datetime], names: dict[str, str | None] | None = None
) -> list[str]:
    """Add article ids to a topic (with their names, JSON, where known); returns those that were not members yet.

    An article that had forked away (a branch merged back into its trunk, an editor undoing a split) is listed
    again from its first version on: the versions in between then list it too, which keeps the ones readers had.
    """
    names = names or {}
    ids = list(joined)
    existing: set[str] = set()
    returning: list[str] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(topic_members.c.article_id, topic_members.c.left_version).where(
            topic_members.c.slug == slug, topic_members.c.article_id.in_(chunk)
        )
        for row in conn.execute(query):
            existing.add(row.article_id)
            if row.left_version is not None:
                returning.append(row.article_id)
    for start in range(0, len(returning), 500):
        conn.execute(
            update(topic_members)
            .where(topic_members.c.slug == slug, topic_members.c.article_id.in_(returning[start : start + 500]))
            .values(left_version=None)
        )
    new = [i for i in ids if i not in existing]
    if new:
        conn.execute(
            insert(topic_members),
            [{"slug": slug, "article_id": i, "joined": joined[i], "names": names.get(i)} for i in new],
        )
    return new + returning


def topic_of_articles(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """Article id -> a non-merged topic holding it."""
    ids = list(ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(topic_members.c.article_id, topic_members.c.slug)
            .join(topics, topics.c.slug == topic_members.c.slug)
            .where(topic_members.c.article_id.in_(chunk), topics.c.status != "merged", _current)
        )
        for r in conn.execute(query):
            out.setdefault(r.article_id, r.slug)
    return out


def cut_version(conn: Connection, slug: str, now: datetime) -> int | None:
    """Create the next version of a topic from its unversioned members; None when there are none."""
    pending = conn.execute(
        select(topic_members.c.article_id).where(topic_members.c.slug == slug, topic_members.c.version.is_(None))
    ).first()
    if pending is None:
        return None
    number = (conn.execute(select(topics.c.version).where(topics.c.slug == slug)).scalar() or 0) + 1
    conn.execute(
        update(topic_members)
        .where(topic_members.c.slug == slug, topic_members.c.version.is_(None))
        .values(version=number)
    )
    count = conn.execute(
        select(func.count()).select_from(topic_members).where(topic_members.c.slug == slug, _current)
    ).scalar()
    conn.execute(insert(topic_versions).values(slug=slug, number=number, created=now, article_count=count))
    conn.execute(update(topics).where(topics.c.slug == slug).values(version=number))
    return number


def version_members(conn: Connection, slug: str, number: int) -> tuple[list[str], list[str]]:
    """(every member at that version, those that joined in it)."""
    query = (
        select(topic_members.c.article_id, topic_members.c.version)
        .where(
            topic_members.c.slug == slug,
            topic_members.c.version <= number,
            (topic_members.c.left_version.is_(None)) | (topic_members.c.left_version > number),
        )
        .order_by(topic_members.c.joined, topic_members.c.article_id)
    )
    rows = list(conn.execute(query))
    return [r.article_id for r in rows], [r.article_id for r in rows if r.version == number]


# --- the topic service's queries: grouping, config sync, editors' operations, readers ----------


@dataclass(frozen=True)
class VersionRow:
    """One row of `topic_versions`; the brief is digest.store.codec JSON, decoded by the reader."""

    slug: str
    number: int
    created: datetime
    article_count: int
    brief: str | None


def _version_row(row: Any) -> VersionRow:
    return VersionRow(**row._mapping)


def topic_row(conn: Connection, slug: str) -> TopicRow | None:
    row = conn.execute(select(topics).where(topics.c.slug == slug)).first()
    return _topic_row(row) if row is not None else None


def topic_rows(conn: Connection, slugs: Iterable[str]) -> dict[str, TopicRow]:
    query = select(topics).where(topics.c.slug.in_(list(slugs)))
    return {r.slug: _topic_row(r) for r in conn.execute(query)}


def all_topic_rows(conn: Connection) -> list[TopicRow]:
    """Every topic, pinned first, then the most recently updated."""
    query = select(topics).order_by(topics.c.pinned.desc(), topics.c.updated.desc(), topics.c.slug)
    return [_topic_row(r) for r in conn.execute(query)]


def all_slugs(conn: Connection) -> set[str]:
    return set(conn.execute(select(topics.c.slug)).scalars())


def status_of(conn: Connection, slug: str) -> str | None:
    return conn.execute(select(topics.c.status).where(topics.c.slug == slug)).scalar()


def merged_into(conn: Connection, slug: str) -> str | None:
    return conn.execute(select(topics.c.merged_into).where(topics.c.slug == slug)).scalar()


def insert_topic(conn: Connection, row: TopicRow) -> None:
    conn.execute(insert(topics).values(**_values(row)))


def set_fields(conn: Connection, slug: str, **values: Any) -> None:
    """Set columns of one topic (title, status, pinned, the editors' entry ...)."""
    conn.execute(update(topics).where(topics.c.slug == slug).values(**values))


def set_cluster(conn: Connection, slug: str, columns: ClusterColumns) -> None:
    conn.execute(update(topics).where(topics.c.slug == slug).values(**_values(columns)))


def set_merged(conn: Connection, slug: str, into: str, now: datetime) -> None:
    """Mark a topic merged into another and drop it from the key index (it keeps its members and versions)."""
    conn.execute(update(topics).where(topics.c.slug == slug).values(status="merged", merged_into=into, updated=now))
    conn.execute(delete(topic_keys).where(topic_keys.c.slug == slug))


@dataclass(frozen=True)
class MemberSketch:
    """What a fork check needs of a member: when and from whom the article is, and its names (JSON, or None
    for a member stored before names were kept)."""

    article_id: str
    joined: datetime
    published: datetime | None
    first_seen: datetime | None
    source: str
    names: str | None


def live_headlines(conn: Connection, limit: int) -> list[tuple[str, str, str]]:
    """(slug, article id, headline) of the newest `limit` current members of topics not merged away."""
    query = (
        select(topic_members.c.slug, topic_members.c.article_id, articles.c.title)
        .join(articles, articles.c.id == topic_members.c.article_id)
        .join(topics, topics.c.slug == topic_members.c.slug)
        .where(topics.c.status != "merged", topic_members.c.left_version.is_(None))
        .order_by(topic_members.c.joined.desc(), topic_members.c.article_id)
        .limit(limit)
    )
    return [(slug, article_id, title) for slug, article_id, title in conn.execute(query)]


def member_sketches(conn: Connection, slug: str) -> list[MemberSketch]:
    """A topic's current members in joining order, without their text."""
    query = (
        select(
            topic_members.c.article_id,
            topic_members.c.joined,
            articles.c.published,
            articles.c.first_seen,
            func.coalesce(func.nullif(articles.c.source, ""), articles.c.feed, "").label("source"),
            topic_members.c.names,
        )
        .select_from(topic_members.outerjoin(articles, articles.c.id == topic_members.c.article_id))
        .where(topic_members.c.slug == slug, _current)
        .order_by(topic_members.c.joined, topic_members.c.article_id)
    )
    return [MemberSketch(*r) for r in conn.execute(query)]


def split_off(conn: Connection, slug: str, ids: Iterable[str]) -> None:
    """Articles leave a topic from its next version on (earlier versions still list them)."""
    ids = list(ids)
    number = (conn.execute(select(topics.c.version).where(topics.c.slug == slug)).scalar() or 0) + 1
    for start in range(0, len(ids), 500):
        conn.execute(
            update(topic_members)
            .where(
                topic_members.c.slug == slug,
                topic_members.c.article_id.in_(ids[start : start + 500]),
                topic_members.c.left_version.is_(None),
            )
            .values(left_version=number)
        )


def touch(conn: Connection, slugs: Iterable[str], now: datetime) -> None:
    """Members joined these topics now."""
    conn.execute(update(topics).where(topics.c.slug.in_(sorted(slugs))).values(updated=now))


def going_quiet(conn: Connection, cutoff: datetime) -> tuple[list[TopicRow], list[TopicRow]]:
    """Active discovered topics whose newest member is older than `cutoff` (about to go dormant) and, when
    there are any, the active discovered topics that are not: a story may have handed its coverage over."""
    base = select(topics).where(topics.c.status == "active", topics.c.kind == "discovered")
    fading = [_topic_row(r) for r in conn.execute(base.where(topics.c.last_article < cutoff).order_by(topics.c.slug))]
    if not fading:
        return [], []
    live = [_topic_row(r) for r in conn.execute(base.where(topics.c.last_article >= cutoff).order_by(topics.c.slug))]
    return fading, live


def refresh_dormancy(conn: Connection, cutoff: datetime) -> None:
    """Active topics whose newest member is older than `cutoff` go dormant; dormant ones with a newer wake."""
    conn.execute(
        update(topics).where(topics.c.status == "active", topics.c.last_article < cutoff).values(status="dormant")
    )
    conn.execute(
        update(topics).where(topics.c.status == "dormant", topics.c.last_article >= cutoff).values(status="active")
    )


def version_row(conn: Connection, slug: str, number: int) -> VersionRow | None:
    query = select(topic_versions).where(topic_versions.c.slug == slug, topic_versions.c.number == number)
    row = conn.execute(query).first()
    return _version_row(row) if row is not None else None


def version_rows(conn: Connection, slug: str) -> list[VersionRow]:
    query = select(topic_versions).where(topic_versions.c.slug == slug).order_by(topic_versions.c.number)
    return [_version_row(r) for r in conn.execute(query)]


def version_rows_since(conn: Connection, since: datetime | None) -> list[VersionRow]:
    """Versions created after `since` (all when None), oldest first."""
    query = select(topic_versions).order_by(topic_versions.c.created, topic_versions.c.slug, topic_versions.c.number)
    if since is not None:
        query = query.where(topic_versions.c.created > since)
    return [_version_row(r) for r in conn.execute(query)]


def set_brief(conn: Connection, slug: str, number: int, brief: str) -> bool:
    """Store a version's brief (codec JSON); False when there is no such version."""
    result = conn.execute(
        update(topic_versions)
        .where(topic_versions.c.slug == slug, topic_versions.c.number == number)
        .values(brief=brief)
    )
    return result.rowcount > 0


def live_assignments(conn: Connection) -> dict[str, str]:
    """Article id -> the first live (not merged) topic it joined."""
    query = (
        select(topic_members.c.article_id, topic_members.c.slug)
        .join(topics, topics.c.slug == topic_members.c.slug)
        .where(topics.c.status != "merged", _current)
        .order_by(topic_members.c.joined)
    )
    out: dict[str, str] = {}
    for r in conn.execute(query):
        out.setdefault(r.article_id, r.slug)
    return out


# --- batched writes for one grouping run ---------------------------------------------------------


def update_clusters(conn: Connection, clusters: dict[str, ClusterColumns], keys: dict[str, list[int]]) -> None:
    """Write the grouping columns of several topics (slug -> columns) and their key index (slug -> keys)."""
    if not clusters:
        return
    rows = [{"b_slug": slug, **_values(c)} for slug, c in clusters.items()]
    conn.execute(
        update(topics)
        .where(topics.c.slug == bindparam("b_slug"))
        .values({k: bindparam(k) for k in rows[0] if k != "b_slug"}),
        rows,
    )
    slugs = list(clusters)
    for start in range(0, len(slugs), 500):
        conn.execute(delete(topic_keys).where(topic_keys.c.slug.in_(slugs[start : start + 500])))
    key_rows = [{"key": k, "slug": slug} for slug in clusters for k in keys.get(slug, [])]
    if key_rows:
        conn.execute(insert(topic_keys), key_rows)


def replace_candidates(conn: Connection, candidates: Iterable[CandidateRow]) -> None:
    rows = [_values(c) for c in candidates]
    delete_candidates(conn, [r["key"] for r in rows])
    if rows:
        conn.execute(insert(topic_candidates), rows)


def delete_candidates(conn: Connection, keys: Iterable[str]) -> None:
    keys = list(keys)
    for start in range(0, len(keys), 500):
        conn.execute(delete(topic_candidates).where(topic_candidates.c.key.in_(keys[start : start + 500])))


def insert_members(
    conn: Connection, joined: dict[str, dict[str, datetime]], names: dict[str, str] | None = None
) -> set[str]:
    """Add members (slug -> article id -> joined) that are not members yet, with the article's names
    (article id -> JSON list) where known; returns the slugs that gained."""
    names = names or {}
    ids = sorted({i for members in joined.values() for i in members})
    existing: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 500):
        query = select(topic_members.c.slug, topic_members.c.article_id).where(
            topic_members.c.article_id.in_(ids[start : start + 500])
        )
        existing.update((r.slug, r.article_id) for r in conn.execute(query))
    rows: list[dict[str, Any]] = [
        {"slug": slug, "article_id": i, "joined": when, "names": names.get(i)}
        for slug, members in joined.items()
        for i, when in members.items()
        if (slug, i) not in existing
    ]
    if rows:
        conn.execute(insert(topic_members), rows)
    return {r["slug"] for r in rows}


def statuses(conn: Connection, slugs: Iterable[str]) -> dict[str, str]:
    slugs = list(slugs)
    out: dict[str, str] = {}
    for start in range(0, len(slugs), 500):
        query = select(topics.c.slug, topics.c.status).where(topics.c.slug.in_(slugs[start : start + 500]))
        out.update((r.slug, r.status) for r in conn.execute(query))
    return out


def cut_versions(
    conn: Connection, slugs: Iterable[str], now: datetime, force: Iterable[str] = ()
) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """Cut the next version of each topic that has unversioned members (or is in `force`: articles
    left it); returns (slug, number, its current members as (article id, version) in joining order).

    The members are read once, before the cut, and serve both the counts and the versions returned (the
    unversioned ones are the new version's): a topic's members are the one read here that grows with it.
    """
    forced = set(force)
    slugs = sorted(set(slugs) | forced)
    if not slugs:
        return []
    current: dict[str, int] = {}
    members: dict[str, list[tuple[str, int | None]]] = {}
    for start in range(0, len(slugs), 500):
        chunk = slugs[start : start + 500]
        current.update(
            (r.slug, r.version)
            for r in conn.execute(select(topics.c.slug, topics.c.version).where(topics.c.slug.in_(chunk)))
        )
        query = (
            select(topic_members.c.slug, topic_members.c.article_id, topic_members.c.version)
            .where(topic_members.c.slug.in_(chunk), _current)
            .order_by(topic_members.c.joined, topic_members.c.article_id)
        )
        for slug, article_id, version in conn.execute(query):
            members.setdefault(slug, []).append((article_id, version))
    cut = [
        (slug, (current.get(slug) or 0) + 1)
        for slug in slugs
        if slug in forced or any(v is None for _, v in members.get(slug, ()))
    ]
    if not cut:
        return []
    params = [{"b_slug": slug, "b_number": number} for slug, number in cut]
    conn.execute(
        update(topic_members)
        .where(topic_members.c.slug == bindparam("b_slug"), topic_members.c.version.is_(None))
        .values(version=bindparam("b_number")),
        params,
    )
    conn.execute(
        insert(topic_versions),
        [{"slug": s, "number": n, "created": now, "article_count": len(members.get(s, ()))} for s, n in cut],
    )
    conn.execute(
        update(topics).where(topics.c.slug == bindparam("b_slug")).values(version=bindparam("b_number")), params
    )
    return [(slug, number, [(i, number if v is None else v) for i, v in members.get(slug, ())]) for slug, number in cut]


# --- reads for one topic page (only what the page shows) -----------------------------------------

_PAGE_COLUMNS = (
    topics.c.slug,
    topics.c.title,
    topics.c.kind,
    topics.c.status,
    topics.c.created,
    topics.c.updated,
    topics.c.description,
    topics.c.pinned,
    topics.c.merged_into,
    topics.c.version,
    topics.c.split_from,
)


@store_errors
def page_topic(conn: Connection, slug: str):
    """The topic's own fields (no members, no centroids), or None."""
    return conn.execute(select(*_PAGE_COLUMNS).where(topics.c.slug == slug)).first()


@dataclass(frozen=True)
class Relations:
    """The topics a page links to: what this one was merged into or split from, and what merged into or split from
    it ((slug, title) pairs, sorted)."""

    merged_into_title: str | None
    absorbed: list[tuple[str, str]]
    split_from_title: str | None
    branches: list[tuple[str, str]]


@store_errors
def relations(conn: Connection, slug: str, merged_into: str | None, split_from: str | None) -> Relations:
    """Merges and splits around one topic in one query (a topic page reads them on every request)."""
    linked = [s for s in (merged_into, split_from) if s]
    query = select(topics.c.slug, topics.c.title, topics.c.merged_into, topics.c.split_from).where(
        topics.c.slug != slug,
        or_(topics.c.merged_into == slug, topics.c.split_from == slug, topics.c.slug.in_(linked)),
    )
    rows = list(conn.execute(query))
    titles = {r.slug: r.title for r in rows}
    return Relations(
        titles.get(merged_into) if merged_into else None,
        sorted((r.slug, r.title) for r in rows if r.merged_into == slug),
        titles.get(split_from) if split_from else None,
        sorted((r.slug, r.title) for r in rows if r.split_from == slug),
    )


@dataclass(frozen=True)
class Departure:
    """Articles that left a topic when its story forked: from which version on, and the topic they went to."""

    version: int  # the first version of the topic that no longer lists them
    branch: str  # slug of the topic that split from it
    title: str
    articles: int


@store_errors
def departures(conn: Connection, slug: str) -> list[Departure]:
    """What split off a topic, by version and branch, in one query (oldest first)."""
    left, there = topic_members.alias("left_from"), topic_members.alias("went_to")
    query = (
        select(left.c.left_version, topics.c.slug, topics.c.title, func.count())
        .select_from(
            left.join(there, there.c.article_id == left.c.article_id).join(topics, topics.c.slug == there.c.slug)
        )
        .where(left.c.slug == slug, left.c.left_version.is_not(None), topics.c.split_from == slug)
        .group_by(left.c.left_version, topics.c.slug, topics.c.title)
        .order_by(left.c.left_version, topics.c.slug)
    )
    return [Departure(v, branch, title, n) for v, branch, title, n in conn.execute(query)]


@store_errors
def version_index(conn: Connection, slug: str) -> list[tuple[int, datetime, int]]:
    """(number, created, members at that version) of every version, oldest first; no briefs read."""
    rows = list(
        conn.execute(
            select(topic_versions.c.number, topic_versions.c.created)
            .where(topic_versions.c.slug == slug)
            .order_by(topic_versions.c.number)
        )
    )
    # members by the version they joined in and the one they left in (a split), counted in one pass
    per_version: dict[int, int] = defaultdict(int)
    gone: dict[int, int] = defaultdict(int)
    for joined_in, left_in, count in conn.execute(
        select(topic_members.c.version, topic_members.c.left_version, func.count())
        .where(topic_members.c.slug == slug)
        .group_by(topic_members.c.version, topic_members.c.left_version)
    ):
        if joined_in is not None:
            per_version[joined_in] += count
        if left_in is not None:
            gone[left_in] += count
    out: list[tuple[int, datetime, int]] = []
    running, counted, left = 0, sorted(per_version.items()), sorted(gone.items())
    for number, created in rows:
        while counted and counted[0][0] <= number:
            running += counted.pop(0)[1]
        while left and left[0][0] <= number:
            running -= left.pop(0)[1]
        out.append((number, created, running))
    return out


@store_errors
def version_briefs(conn: Connection, slug: str, numbers: Iterable[int]) -> dict[int, str | None]:
    """number -> the stored brief (codec JSON) of those versions that exist."""
    query = select(topic_versions.c.number, topic_versions.c.brief).where(
        topic_versions.c.slug == slug, topic_versions.c.number.in_(list(numbers))
    )
    return {r.number: r.brief for r in conn.execute(query)}
