"""Topics over the store: load the grouping state, run the pure engine, write the result.

One call of `update_topics` is one transaction: either every new membership, topic, version and
the grouping state are written, or nothing is (a failed run can simply be repeated). The queries are
digest.store.topics'; this module holds the logic over them and the transactions.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import Connection, Engine

from digest.config import Config, GroupingConfig, TopicConfig
from digest.models import Article, Brief, Topic, TopicStatus, TopicVersion
from digest.store import articles as article_store
from digest.store import codec
from digest.store import topics as store
from digest.store.db import store_errors
from digest.store.topics import TopicRow, VersionRow
from digest.topics.engine import (
    Cluster,
    Doc,
    DocFreq,
    Outcome,
    Params,
    Vec,
    Vectors,
    _add_names,
    combine,
    count_member,
    group,
    handed_over,
    successor_of,
    vectorize,
)
from digest.topics.features import Features, featurize
from digest.topics.found import offer_found
from digest.topics.rules import Rule
from digest.topics.split import ForkDoc, find_fork
from digest.topics.state import (
    candidate_cluster,
    candidate_row,
    cluster_columns,
    key_ids,
    pack_df,
    pack_vec,
    topic_cluster,
    unpack_df,
)
from digest.topics.titles import slugify, story_title, stream_labels, title_for, title_slug, unlabelled_headline

log = logging.getLogger(__name__)


class TopicError(Exception):
    """An editor's request that cannot be applied (unknown slug, merging a topic into itself)."""


def params_for(grouping: GroupingConfig) -> Params:
    return Params(
        min_articles=grouping.min_articles,
        min_sources=grouping.min_sources,
        dormant_after_days=float(grouping.dormant_after_days),
    )


def article_time(a: Article, now: datetime) -> datetime:
    """When the story happened as far as grouping knows: publication, else first sight; never later than now."""
    return min(a.published or a.first_seen, now)


def topic_features(article: Article) -> Features:
    return featurize(article.title, article.text)


# --- the run ------------------------------------------------------------------------------------


def update_topics(engine: Engine, config: Config, article_ids: list[str], now: datetime) -> list[TopicVersion]:
    """Group new articles into topics and cut one new version per topic that gained articles."""
    params = params_for(config.grouping)
    with engine.begin() as conn:
        gained = sync_config(conn, config, now)
        ids = store.unseen(conn, list(dict.fromkeys(article_ids)))
        trunks: set[str] = set()
        if ids:
            grown, check = _group_new(conn, config, params, ids, now)
            gained |= grown
            for slug in check:
                branch = split(conn, slug, params, now)
                if branch:
                    gained.add(branch)
                    trunks.add(slug)
        gained |= _hand_over(conn, params, now)
        _refresh_dormancy(conn, params, now)
        return _cut(conn, gained, now, trunks)


VERSIONED = ("active", "dormant")  # muted and merged topics keep their members but get no versions


def _cut(conn: Connection, slugs: Iterable[str], now: datetime, force: Iterable[str] = ()) -> list[TopicVersion]:
    """One new version per topic with unversioned members (or in `force`: members left it), read back
    as TopicVersions."""
    forced = set(force)
    status = store.statuses(conn, set(slugs) | forced)
    live = [s for s, st in status.items() if st in VERSIONED]
    cut = store.cut_versions(conn, live, now, force=[s for s in live if s in forced])
    return [
        TopicVersion(
            topic=slug,
            number=number,
            created=now,
            article_ids=[i for i, v in members if v <= number],
            new_article_ids=[i for i, v in members if v == number],
        )
        for slug, number, members in cut
    ]


def _group_new(
    conn: Connection, config: Config, params: Params, ids: list[str], now: datetime
) -> tuple[set[str], list[str]]:
    """Group new articles; returns the slugs that gained members and those to look at for a fork."""
    items = _get_articles(conn, ids)
    by_id = {a.id: a for a in items}
    feats = {a.id: topic_features(a) for a in items}
    rules = _rules(conn, config)

    known_ids = [a.canonical_id for a in items if a.canonical_id and a.canonical_id not in by_id]
    known = store.topic_of_articles(conn, known_ids)
    keys: set[int] = set()
    for f in feats.values():
        keys.update(heapq.nlargest(8, f.entities, key=f.entities.__getitem__))  # sorted by weight, ties in order
    topic_rows, candidate_rows = store.load_cluster_rows(
        conn,
        (r.slug for r in rules),
        keys,
        quiet_since=now - timedelta(days=params.resume_days) if params.resume else None,
        quiet_size=params.core_min_size,
        quiet_limit=params.resume_offered,
    )
    clusters = {r.slug: topic_cluster(r) for r in topic_rows}
    clusters.update((r.key, candidate_cluster(r)) for r in candidate_rows)
    for c in clusters.values():
        if not c.is_topic:
            for member in c.members:
                known.setdefault(member, c.key)
    forced: dict[str, list[str]] = {}
    blocked: dict[str, set[str]] = {}
    for a in items:
        for rule in rules:
            if rule.slug not in clusters:
                continue
            if rule.matches(a):
                forced.setdefault(a.id, []).append(rule.slug)
            elif not rule.eligible(a):
                blocked.setdefault(a.id, set()).add(rule.slug)
    offer_found(conn, {tc.name: config_slug(tc) for tc in config.topics}, items, rules, forced, blocked)  # issue 20
    docs = [
        Doc(
            id=a.id,
            time=article_time(a, now),
            source=a.source or a.feed or "",
            features=feats[a.id],
            duplicate_of=a.canonical_id if a.canonical_id and a.canonical_id != a.id else None,
        )
        for a in items
    ]
    df = unpack_df(store.load_df_state(conn))
    sizes = {k: c.size for k, c in clusters.items() if c.is_topic}
    out = group(list(clusters.values()), docs, df, now, params, known=known, forced=forced, blocked=blocked)
    gained = _apply(conn, out, clusters, by_id, feats, df, now)
    store.save_df_state(conn, pack_df(df))
    store.mark_seen(conn, ids, now)
    check = [
        s
        for s in sorted(gained)
        if (grown := out.clusters.get(s)) is not None and grown.discovered and _check_size(sizes.get(s, 0), grown.size)
    ]
    return gained, check


# --- a topic that forks ------------------------------------------------------------------------

FORK_CHECK_FROM = 48  # a topic is first looked at for a fork at this size, then each time it doubles
FORK_HEAD = 40  # its oldest members read for its first lead actors
FORK_TAIL = 240  # its newest members read for a branch (bounds the cost of a check)


def _check_size(before: int, after: int) -> bool:
    """Did a topic reach a check size (48, 96, 192 ...)? A check runs a few times over a topic's life,
    not on every run."""
    return (
        after >= FORK_CHECK_FROM and (after // FORK_CHECK_FROM).bit_length() > (before // FORK_CHECK_FROM).bit_length()
    )


def _names_json(f: Features) -> str:
    return json.dumps([n for n, _ in f.names], ensure_ascii=False)


def split(conn: Connection, slug: str, params: Params, now: datetime) -> str | None:
    """Take a fork's branch out of a topic into a new topic (`split_from` names the original, which
    keeps its history: its earlier versions still list the branch). Returns the new slug, or None
    when the topic has not forked."""
    row = store.topic_row(conn, slug)
    if row is None or row.status not in VERSIONED:
        return None
    sketches = store.member_sketches(conn, slug)
    joined = {m.article_id: m.joined for m in sketches}
    if len(sketches) > FORK_HEAD + FORK_TAIL:
        sketches = sketches[:FORK_HEAD] + sketches[-FORK_TAIL:]
    unnamed = {a.id: a for a in _get_articles(conn, [m.article_id for m in sketches if m.names is None])}
    names = {m.article_id: m.names for m in sketches if m.names is not None}
    names.update((i, _names_json(topic_features(a))) for i, a in unnamed.items())  # stored before names were kept
    docs = [
        ForkDoc.of(
            m.article_id, min(m.published or m.first_seen or m.joined, now), m.source, json.loads(names[m.article_id])
        )
        for m in sketches
        if m.article_id in names
    ]
    fork = find_fork(docs, params.min_articles, params.min_sources)
    if fork is None:
        return None
    branch = _get_articles(conn, list(fork.branch))
    by_id = {a.id: a for a in branch}
    feats = {a.id: topic_features(a) for a in branch}
    df = unpack_df(store.load_df_state(conn))
    c = Cluster(key=slug, is_topic=True, words=Vec.from_dict({}), entities=Vec.from_dict({}), last=row.last_article)
    c.last = max(article_time(a, now) for a in branch)
    c.members = list(fork.branch)  # what the new topic's title is chosen from
    for a in branch:
        v = vectorize(feats[a.id], df)
        c.words, c.entities = c.words.add(v.words), c.entities.add(v.entities)
        count_member(c, a.source or a.feed or "", feats[a.id].names)
    c.words, c.entities = c.words.top(params.centroid_terms), c.entities.top(params.centroid_terms)
    labels = _stream_labels(conn)
    new = _new_topic(conn, c, by_id, feats, df, store.all_slugs(conn), now, split_from=slug, labels=labels)
    store.split_off(conn, slug, fork.branch)
    store.add_members(conn, new, {i: joined[i] for i in fork.branch}, {i: names.get(i) for i in fork.branch})
    trunk = topic_cluster(row)
    trunk.words = _minus(trunk.words, c.words)
    trunk.entities = _minus(trunk.entities, c.entities)
    trunk.size = max(trunk.size - c.size, 0)
    for s, n in c.sources.items():
        trunk.sources[s] = trunk.sources.get(s, 0) - n
    trunk.sources = {s: n for s, n in trunk.sources.items() if n > 0}
    for name, w in c.names.items():
        trunk.names[name] = trunk.names.get(name, 0.0) - w
    trunk.names = {n: w for n, w in trunk.names.items() if w > 0}
    store.set_cluster(conn, slug, cluster_columns(trunk))
    store.save_keys(conn, slug, key_ids(trunk))
    store.touch(conn, [slug, new], now)
    log.info(
        "topics: %s forked: %d articles from %s on (%s) became %s",
        slug,
        len(fork.branch),
        fork.cut.date().isoformat(),
        ", ".join(fork.branch_leads),
        new,
    )
    return new


def _minus(v: Vec, part: Vec) -> Vec:
    """A centroid without a part that left it (never below zero)."""
    out = v.add(part.scaled(-1.0))
    keep = out.val > 1e-9
    return Vec(out.idx[keep], out.val[keep])


def split_topic(engine: Engine, slug: str, config: Config, now: datetime) -> list[TopicVersion]:
    """Split from the command line: the new versions of both topics, or [] when it has not forked."""
    params = params_for(config.grouping)
    with engine.begin() as conn:
        row = _row(conn, slug)
        if row.status not in VERSIONED:
            raise TopicError(f"{slug!r} is {row.status}: only an active or dormant topic can be split")
        new = split(conn, slug, params, now)
        return _cut(conn, [new], now, [slug]) if new else []


def _get_articles(conn: Connection, ids: list[str]) -> list[Article]:
    """Articles by id through this transaction's connection (the engine-level reader would not
    see rows written earlier in the same transaction on SQLite)."""
    found = article_store.get_within(conn, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        log.warning("topics: %d article ids are not in the store, skipped (first: %s)", len(missing), missing[0])
    return [found[i] for i in ids if i in found]


def _apply(
    conn: Connection,
    out: Outcome,
    before: dict[str, Cluster],
    by_id: dict[str, Article],
    feats: dict[str, Features],
    df: DocFreq,
    now: datetime,
) -> set[str]:
    """Write one grouping outcome; returns the slugs that gained members."""
    joined: dict[str, dict[str, datetime]] = {}
    names = {i: _names_json(f) for i, f in feats.items()}
    for article_id, key in out.assignments.items():
        joined.setdefault(key, {})[article_id] = now
    for article_id, keys in out.also.items():
        for key in keys:
            joined.setdefault(key, {})[article_id] = now

    slugs: set[str] | None = None

    def taken() -> set[str]:
        """Every slug in use, read when a run first needs it (a new topic, a topic merged away): the list grows
        with the store's history, and most runs need neither."""
        nonlocal slugs
        if slugs is None:
            slugs = store.all_slugs(conn)
        return slugs

    @functools.cache
    def labels() -> frozenset[str]:
        """The stream's headline labels, read when a run first titles a topic (most runs title none)."""
        return _stream_labels(conn, out.assignments, by_id)

    slug_of: dict[str, str] = {}
    for key in out.promoted:
        if key in out.merged:
            continue  # promoted and folded into an older topic in the same run: never a topic of its own
        c = out.clusters[key]
        slug = _new_topic(conn, c, by_id, feats, df, taken(), now, labels=labels())
        taken().add(slug)
        slug_of[key] = slug
        joined.setdefault(slug, {}).update(dict.fromkeys(c.members, now))
        joined.pop(key, None)

    def final(key: str) -> str:
        key = slug_of.get(key, key)
        seen = set()
        while key in out.merged and key not in seen:
            seen.add(key)
            key = slug_of.get(out.merged[key], out.merged[key])
        return key

    live = {k: c for k, c in out.clusters.items() if k not in out.merged and k not in out.dropped}
    live_topics = {slug_of.get(k, k): c for k, c in live.items() if c.is_topic}
    store.update_clusters(
        conn,
        {slug: cluster_columns(c) for slug, c in live_topics.items()},
        {slug: key_ids(c) for slug, c in live_topics.items()},
    )
    store.replace_candidates(conn, [candidate_row(c) for c in live.values() if not c.is_topic])

    for small in out.merged:
        target = final(small)
        c_small = out.clusters.get(small) or before.get(small)
        if c_small is not None and c_small.is_topic and small in taken():
            members = store.members_of(conn, small)
            members.update(joined.pop(small, {}))
            joined.setdefault(target, {}).update(members)
            store.set_merged(conn, small, target, now)
            log.info("topics: %s merged into %s", small, target)
        else:
            members = dict.fromkeys(c_small.members if c_small else [], now)
            members.update(joined.pop(small, {}))
            joined.setdefault(target, {}).update(members)

    gone = [k for k in [*out.dropped, *out.promoted, *out.merged] if k.startswith("~")]
    store.delete_candidates(conn, gone)

    final_joined: dict[str, dict[str, datetime]] = {}
    for key, members in joined.items():
        slug = final(key)
        if not slug.startswith("~"):  # a candidate keeps its members in its own row
            final_joined.setdefault(slug, {}).update(members)
    gained = store.insert_members(conn, final_joined, names)
    if gained:
        store.touch(conn, gained, now)
    rows = store.topic_rows(conn, gained) if gained else {}
    for slug in gained:
        _maybe_retitle(conn, rows.get(slug), out.clusters.get(slug), by_id, feats, df, labels)
    return gained


STREAM_HEADLINES = 3000  # the newest topic members whose headlines show the stream's labels


def _stream_labels(
    conn: Connection, assigned: dict[str, str] | None = None, by_id: dict[str, Article] | None = None
) -> frozenset[str]:
    """The words the stream puts on the headlines of many unrelated stories ("Roundup:", "Explainer", a column's
    name; see `stream_labels`): from the headlines of the live topics' newest members as stored, each topic one
    story, and of this run's articles by the cluster they went to (`assigned`), a new topic's among them. An
    article no story holds yet is left out: a story of one says nothing of what many stories share."""
    groups: dict[str, dict[str, str]] = {}
    for slug, article_id, title in store.live_headlines(conn, STREAM_HEADLINES):
        groups.setdefault(slug, {})[article_id] = title
    for article_id, key in (assigned or {}).items():
        if (a := (by_id or {}).get(article_id)) is not None:
            groups.setdefault(key, {})[article_id] = a.title
    # A story the feeds gave no headlines says nothing of their labels: it counts neither way.
    stories = ([h for h in heads.values() if h] for heads in groups.values() if len(heads) >= 2)
    return stream_labels(heads for heads in stories if heads)


def _central(c: Cluster, candidates: Iterable[Article], feats: dict[str, Features], df: DocFreq) -> Article | None:
    """The article closest to the topic's centroid, preferring one with a headline."""
    unit = c.unit()
    best, best_score = None, -1.0
    for a in candidates:
        v: Vectors = vectorize(feats[a.id], df)
        sw, se = np.array([v.words.dot(unit.words)]), np.array([v.entities.dot(unit.entities)])
        score = float(combine(sw, se, np.array([True]), Params())[0]) + (0.05 if a.title else 0.0)
        if score > best_score:
            best, best_score = a, score
    return best


def _key_names(c: Cluster) -> list[str]:
    return [n for n, _ in sorted(c.names.items(), key=lambda kv: (-kv[1], kv[0]))]


def _new_topic(
    conn: Connection,
    c: Cluster,
    by_id: dict[str, Article],
    feats: dict[str, Features],
    df: DocFreq,
    taken: set[str],
    now: datetime,
    split_from: str | None = None,
    labels: frozenset[str] = frozenset(),
) -> str:
    members = [by_id[i] for i in c.members if i in by_id]
    if len(members) < len(c.members):
        members += _get_articles(conn, [i for i in c.members if i not in by_id])
        for a in members:
            if a.id not in feats:  # setdefault would featurize every member again only to keep the old features
                feats[a.id] = topic_features(a)
    names = _key_names(c)
    central = _central(c, members, feats, df)
    title = story_title([(a.title, a.text) for a in members], names, labels) or (
        title_for(unlabelled_headline(central.title, labels), central.text, names)
        if central
        else ", ".join(names[:3]) or "Untitled story"
    )
    slug = title_slug(title, taken)
    columns = cluster_columns(c)
    store.insert_topic(
        conn,
        TopicRow(
            slug=slug,
            title=title,
            kind="discovered",
            status="active",
            created=now,
            updated=now,
            last_article=columns.last_article,
            description="",
            pinned=False,
            merged_into=None,
            version=0,
            title_locked=False,
            title_size=c.size,
            config_hash=None,
            size=columns.size,
            sources=columns.sources,
            names=columns.names,
            words=columns.words,
            entities=columns.entities,
            split_from=split_from,
        ),
    )
    store.save_keys(conn, slug, key_ids(c))
    log.info("topics: new topic %s (%s)", slug, title)
    return slug


def _maybe_retitle(
    conn: Connection,
    row: TopicRow | None,
    c: Cluster | None,
    by_id: dict[str, Article],
    feats: dict[str, Features],
    df: DocFreq,
    labels: Callable[[], frozenset[str]] = frozenset,
) -> None:
    """A discovered topic's title follows the story: re-chosen when the topic has doubled, unless its title is
    already a noun phrase naming the story (titles stay stable across versions; editors rename)."""
    if row is None or row.title_locked or c is None or row.size < 2 * max(row.title_size, 1):
        return
    if len(row.title.split()) <= 5 and not row.title.endswith(("…", ".")):
        return
    fresh = [by_id[i] for i in store.member_ids(conn, row.slug)[-200:] if i in by_id]
    central = _central(c, fresh, feats, df) if fresh else None
    if central is None:
        return
    names = _key_names(c)
    # the noun phrase the story's articles share, as a new topic gets; without one, another headline would be
    # churn, not a better name: the title stays
    title = story_title([(a.title, a.text) for a in fresh], names, labels())
    if not title:
        return
    store.set_fields(conn, row.slug, title=title, title_size=row.size)


def _hand_over(conn: Connection, params: Params, now: datetime) -> set[str]:
    """A discovered topic about to go dormant whose coverage a live topic took over (`successor_of`,
    `handed_over`: the story went on under new names without quiet weeks) is merged with it as an
    editor's merge is, both histories kept, the larger surviving. Returns the slugs that gained members.
    Runs only on the days a topic goes quiet, so it costs nothing on most runs."""
    if not params.resume:
        return set()
    fading, live = store.going_quiet(conn, now - timedelta(days=params.dormant_after_days))
    gained: set[str] = set()
    live_clusters = [topic_cluster(r) for r in live]  # unpacked once, not once per fading topic
    for row in fading:
        if row.size < params.core_min_size:
            continue
        key = successor_of(topic_cluster(row), live_clusters, params)
        if key is None:
            continue
        old_times, new_times = store.members_of(conn, row.slug), store.members_of(conn, key)
        if not handed_over(list(old_times.values()), list(new_times.values())):
            continue
        source, target = (key, row.slug) if row.size > len(new_times) else (row.slug, key)
        log.info("topics: %s handed its story over to %s; merged into %s", row.slug, key, target)
        if merge(conn, source, target, now):
            gained.add(target)
        merged = store.topic_row(conn, target)
        live = [r for r in live if r.slug != key] + ([merged] if merged is not None else [])
        live_clusters = [topic_cluster(r) for r in live]
    return gained


def _refresh_dormancy(conn: Connection, params: Params, now: datetime) -> None:
    store.refresh_dormancy(conn, now - timedelta(days=params.dormant_after_days))


# --- editors' topics from feeds.yaml ------------------------------------------------------------


def config_slug(tc: TopicConfig) -> str:
    return tc.slug or slugify(tc.name) or "topic"


def _rules(conn: Connection, config: Config) -> list[Rule]:
    out = []
    for tc in config.topics:
        slug = config_slug(tc)
        status = store.status_of(conn, slug)
        if status is None or status == "merged":
            continue
        out.append(Rule.build(slug, tc.include, tc.exclude, tc.tags))
    return out


def _hash(tc: TopicConfig) -> str:
    return hashlib.sha256(tc.model_dump_json().encode()).hexdigest()


def sync_config(conn: Connection, config: Config, now: datetime) -> set[str]:
    """Create and update editors' topics; an entry is applied again only when it changed in the
    file, so a rename or mute from the command line holds until the editor edits that entry.

    Returns the slugs that gained members (through a merge).
    """
    gained: set[str] = set()
    merges: list[tuple[str, str]] = []
    for tc in config.topics:
        slug = config_slug(tc)
        digest_ = _hash(tc)
        row = store.topic_row(conn, slug)
        status: TopicStatus = "muted" if tc.muted else "active"
        if row is None:
            seed = featurize(tc.name, " ".join([tc.description, *tc.include]))
            v = vectorize(seed, unpack_df(store.load_df_state(conn)))
            store.insert_topic(
                conn,
                TopicRow(
                    slug=slug,
                    title=tc.name,
                    kind="tracked",
                    status=status,
                    created=now,
                    updated=now,
                    last_article=now,
                    description=tc.description,
                    pinned=tc.pinned,
                    merged_into=None,
                    version=0,
                    title_locked=True,
                    title_size=0,
                    config_hash=digest_,
                    size=0,
                    sources="{}",
                    names=json.dumps({n: float(k) for n, k in seed.names}),
                    words=pack_vec(v.words),
                    entities=pack_vec(v.entities),
                ),
            )
        elif row.config_hash != digest_:
            values: dict[str, str | bool] = {
                "title": tc.name,
                "kind": "tracked",
                "description": tc.description,
                "pinned": tc.pinned,
                "title_locked": True,
                "config_hash": digest_,
            }
            if row.status != "merged":
                values["status"] = status if tc.muted or row.status == "muted" else row.status
            store.set_fields(conn, slug, **values)
        else:
            continue
        if tc.merge_into:
            merges.append((slug, tc.merge_into))
    for source, target_name in merges:
        target = _resolve(conn, config, target_name)
        if target is None:
            log.warning("topics: %s: merge_into %r names no known topic", source, target_name)
            continue
        if target != source and merge(conn, source, target, now):
            gained.add(target)
    return gained


def _resolve(conn: Connection, config: Config, name: str) -> str | None:
    for tc in config.topics:
        if tc.name.casefold() == name.casefold() or config_slug(tc) == name:
            return config_slug(tc)
    return name if store.status_of(conn, name) is not None else None


# --- editors' operations -------------------------------------------------------------------------


def merge(conn: Connection, source: str, target: str, now: datetime) -> bool:
    """Fold `source` into `target`: its members join target, its versions stay under its slug.

    Returns True when target gained members.
    """
    if source == target:
        raise TopicError(f"cannot merge {source!r} into itself")
    rows = store.topic_rows(conn, (source, target))
    if source not in rows:
        raise TopicError(f"no topic {source!r}")
    if target not in rows:
        raise TopicError(f"no topic {target!r}")
    while rows[target].status == "merged" and (into := rows[target].merged_into):
        target = into
        if target == source:
            raise TopicError(f"{target!r} is already merged into {source!r}")
        row = store.topic_row(conn, target)
        if row is None:
            raise TopicError(f"no topic {target!r}")
        rows[target] = row
    if rows[source].status == "merged":
        return False
    src, dst = topic_cluster(rows[source]), topic_cluster(rows[target])

    dst.words = dst.words.add(src.words).top(Params().centroid_terms)
    dst.entities = dst.entities.add(src.entities).top(Params().centroid_terms)
    dst.size += src.size
    for s, n in src.sources.items():
        dst.sources[s] = dst.sources.get(s, 0) + n
    _add_names(dst, src.names.items())
    dst.last = max(dst.last, src.last)
    store.set_cluster(conn, target, cluster_columns(dst))
    store.save_keys(conn, target, key_ids(dst))
    new = store.add_members(conn, target, store.members_of(conn, source))
    store.set_merged(conn, source, target, now)
    if new:
        store.touch(conn, [target], now)
    return bool(new)


def merge_topics(engine: Engine, source: str, target: str, now: datetime) -> TopicVersion | None:
    """Merge from the command line; the target gets a new version when it gained articles."""
    with engine.begin() as conn:
        if merge(conn, source, target, now):
            final = store.merged_into(conn, source) or target
            versions = _cut(conn, [final], now)
            return versions[0] if versions else None
    return None


def rename_topic(engine: Engine, slug: str, title: str) -> None:
    title = " ".join(title.split())
    if not title:
        raise TopicError("a title cannot be empty")
    _set(engine, slug, title=title, title_locked=True)


def set_pinned(engine: Engine, slug: str, pinned: bool) -> None:
    _set(engine, slug, pinned=pinned)


def set_muted(engine: Engine, slug: str, muted: bool) -> None:
    with engine.begin() as conn:
        row = _row(conn, slug)
        if row.status == "merged":
            raise TopicError(f"{slug!r} is merged into {row.merged_into!r}")
        # Unmuted topics start active; the next run marks them dormant if the story went quiet.
        store.set_fields(conn, slug, status="muted" if muted else "active")


def _set(engine: Engine, slug: str, **values: str | bool) -> None:
    with engine.begin() as conn:
        _row(conn, slug)
        store.set_fields(conn, slug, **values)


def _row(conn: Connection, slug: str) -> TopicRow:
    row = store.topic_row(conn, slug)
    if row is None:
        raise TopicError(f"no topic {slug!r} (see `digest topics`)")
    return row


# --- reading -------------------------------------------------------------------------------------


def _topic(conn: Connection, row: TopicRow) -> Topic:
    return Topic(
        slug=row.slug,
        title=row.title,
        kind=row.kind,
        status=row.status,
        created=row.created,
        updated=row.updated,
        members=store.members_of(conn, row.slug),
        description=row.description,
        pinned=row.pinned,
        merged_into=row.merged_into,
        version=row.version,
        split_from=row.split_from,
    )


@store_errors
def get_topic(engine: Engine, slug: str) -> Topic | None:
    with engine.connect() as conn:
        row = store.topic_row(conn, slug)
        return _topic(conn, row) if row else None


@store_errors
def list_topics(engine: Engine) -> list[Topic]:
    """Every topic, pinned first, then the most recently updated."""
    with engine.connect() as conn:
        return [_topic(conn, r) for r in store.all_topic_rows(conn)]


def _version(conn: Connection, row: VersionRow) -> TopicVersion:
    article_ids, new_ids = store.version_members(conn, row.slug, row.number)
    brief = codec.loads(Brief, row.brief) if row.brief else None
    return TopicVersion(
        topic=row.slug,
        number=row.number,
        created=row.created,
        article_ids=article_ids,
        new_article_ids=new_ids,
        brief=brief,
    )


@store_errors
def get_versions(engine: Engine, slug: str) -> list[TopicVersion]:
    with engine.connect() as conn:
        return [_version(conn, r) for r in store.version_rows(conn, slug)]


@store_errors
def get_version(engine: Engine, slug: str, number: int) -> TopicVersion | None:
    with engine.connect() as conn:
        row = store.version_row(conn, slug, number)
        return _version(conn, row) if row else None


@store_errors
def departures(engine: Engine, slug: str) -> list[store.Departure]:
    """What split off a topic, by the version it left in and the topic it went to (oldest first)."""
    with engine.connect() as conn:
        return store.departures(conn, slug)


def versions_since(engine: Engine, since: datetime | None) -> list[TopicVersion]:
    """Versions created after `since` (all when None), oldest first."""
    with engine.connect() as conn:
        return [_version(conn, r) for r in store.version_rows_since(conn, since)]


def save_brief(engine: Engine, slug: str, number: int, brief: Brief) -> None:
    with engine.begin() as conn:
        if not store.set_brief(conn, slug, number, codec.dumps(brief)):
            raise TopicError(f"no version {number} of topic {slug!r}")


def assignments(engine: Engine) -> dict[str, str]:
    """Article id -> the live (not merged) topic holding it; for evaluation and exports."""
    with engine.connect() as conn:
        return store.live_assignments(conn)
