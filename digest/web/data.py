"""What the site reads: sent issues and topics, behind a small interface so pages are testable.

`StoreData` reads the real store through digest.deliver and digest.topics; an issue is public once
sent, or once any recipient has it while deferred ones wait.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from sqlalchemy import Connection, Engine

from digest import deliver, topics
from digest.models import Brief, Topic, TopicSplit, TopicVersion
from digest.store import codec
from digest.store import topics as topic_store
from digest.store.issues import IssueRecord
from digest.web.pages import VersionInfo


class SiteData(Protocol):
    def list_issues(self) -> list[IssueRecord]: ...
    def get_issue(self, issue_id: int) -> IssueRecord | None: ...
    def list_topics(self) -> list[Topic]: ...
    def get_topic(self, slug: str) -> Topic | None: ...
    def get_versions(self, slug: str) -> list[TopicVersion]: ...
    def get_version(self, slug: str, number: int) -> TopicVersion | None: ...
    def topic_head(self, slug: str, number: int | None) -> TopicHead | None: ...


@dataclass
class TopicHead:
    """What a topic page needs before its briefs: the topic, its version list, which versions it shows.

    `stamp` sums up everything the page is made of as stored (topic fields, merges, version list,
    each shown version's brief and size); two equal stamps make the same page, so a rendered page
    can be kept under it. None: not cacheable.
    """

    topic: Topic
    versions: list[VersionInfo]
    number: int  # the version shown (0: none yet)
    previous: int | None  # the version it is compared with
    stamp: tuple[Any, ...] | None = None
    departures: list[tuple[int, TopicSplit]] = field(default_factory=list)  # (version they left in, where to)


def head_from(topic: Topic, versions: list[VersionInfo], number: int | None) -> TopicHead:
    """Which version a page shows (the latest when `number` is None) and the one before it."""
    if number is None:
        number = max([v.number for v in versions] + [topic.version])
    earlier = [v.number for v in versions if v.number < number]
    return TopicHead(topic, versions, number, max(earlier) if earlier else None)


@dataclass
class SiteTopic(Topic):
    """A topic with the names its merges link it to, so a history page can name and link them."""

    merged_into_title: str | None = None  # the title of the topic that absorbed this one
    absorbed: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) merged into this one
    split_from_title: str | None = None
    branches: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) that forked from this one


def with_merges(topic: Topic, every: list[Topic]) -> SiteTopic:
    """`topic` with the title of the topic it was merged into and the topics merged into it."""
    by_slug = {t.slug: t for t in every}
    target = by_slug.get(topic.merged_into) if topic.merged_into else None
    absorbed = sorted((t.slug, t.title) for t in every if t.merged_into == topic.slug and t.slug != topic.slug)
    base = {f.name: getattr(topic, f.name) for f in fields(Topic)}
    return SiteTopic(**base, merged_into_title=target.title if target else None, absorbed=absorbed)


def is_published(issue: IssueRecord) -> bool:
    return issue.status == "sent"


BRIEF_CACHE = 512  # decoded briefs kept per process (a year of weekly versions of ten topics)


class StoreData:
    """SiteData over the shared database.

    Decoded briefs are kept by their stored text: a version's brief is written once (or rewritten
    whole), so equal text means an equal brief and decoding it again would only cost time.
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self._briefs: OrderedDict[tuple[str, int, str], Brief] = OrderedDict()
        self._lock = threading.Lock()

    def _published(self, issue: IssueRecord) -> bool:
        """Sent, or still sending (some recipients deferred) but already in someone's inbox."""
        if is_published(issue):
            return True
        return deliver.delivery_counts(self.engine, issue.id).get("sent", 0) > 0

    def list_issues(self) -> list[IssueRecord]:
        return [i for i in deliver.list_issues(self.engine) if self._published(i)]

    def get_issue(self, issue_id: int) -> IssueRecord | None:
        issue = deliver.get_issue(self.engine, issue_id)
        return issue if issue is not None and self._published(issue) else None

    def list_topics(self) -> list[Topic]:
        return list(topics.list_topics(self.engine))

    def get_topic(self, slug: str) -> Topic | None:
        topic = topics.get_topic(self.engine, slug)
        return with_merges(topic, self.list_topics()) if topic is not None else None

    def get_versions(self, slug: str) -> list[TopicVersion]:
        return list(topics.get_versions(self.engine, slug))

    def get_version(self, slug: str, number: int) -> TopicVersion | None:
        with self.engine.connect() as conn:
            row = topic_store.version_briefs(conn, slug, [number])
            if number not in row:
                return None
            created = next((c for n, c, _ in topic_store.version_index(conn, slug) if n == number), None)
            assert created is not None
            return self._version(conn, slug, number, created, row[number])

    def _version(self, conn: Connection, slug: str, number: int, created: Any, raw: str | None) -> TopicVersion:
        article_ids, new_ids = topic_store.version_members(conn, slug, number)
        return TopicVersion(slug, number, created, article_ids, new_ids, self._brief(slug, number, raw))

    def _brief(self, slug: str, number: int, raw: str | None) -> Brief | None:
        if not raw:
            return None
        key = (slug, number, raw)
        with self._lock:
            brief = self._briefs.get(key)
            if brief is not None:
                self._briefs.move_to_end(key)
                return brief
        brief = codec.loads(Brief, raw)
        with self._lock:
            self._briefs[key] = brief
            while len(self._briefs) > BRIEF_CACHE:
                self._briefs.popitem(last=False)
        return brief

    def topic_head(self, slug: str, number: int | None) -> TopicHead | None:
        """Topic fields, merges and the version list in four small queries; the briefs' text only to stamp it."""
        with self.engine.connect() as conn:
            row = topic_store.page_topic(conn, slug)
            if row is None:
                return None
            linked = topic_store.relations(conn, slug, row.merged_into, row.split_from)
            into_title, absorbed = linked.merged_into_title, linked.absorbed
            parent_title, branches = linked.split_from_title, linked.branches
            versions = [VersionInfo(n, created, count) for n, created, count in topic_store.version_index(conn, slug)]
            topic = SiteTopic(
                **row._asdict(),
                merged_into_title=into_title,
                absorbed=absorbed,
                split_from_title=parent_title,
                branches=branches,
            )
            head = head_from(topic, versions, number)
            shown = [n for n in (head.number, head.previous) if n]
            briefs = topic_store.version_briefs(conn, slug, shown)
            if branches:  # only a topic that forked pays for the query
                head.departures = [
                    (d.version, TopicSplit(d.branch, d.title, d.articles)) for d in topic_store.departures(conn, slug)
                ]
        head.stamp = (
            tuple(row),
            into_title,
            tuple(absorbed),
            parent_title,
            tuple(branches),
            tuple(versions),
            tuple(sorted(briefs.items())),
            tuple(head.departures),
        )
        return head


class MemoryData:
    """SiteData held in memory: for tests and previews of pages without a store."""

    def __init__(
        self,
        issues: list[IssueRecord] | None = None,
        topics: list[Topic] | None = None,
        versions: dict[str, list[TopicVersion]] | None = None,
    ):
        self.issues = issues or []
        self.topics = topics or []
        self.versions = versions or {}

    def list_issues(self) -> list[IssueRecord]:
        return [i for i in self.issues if is_published(i)]

    def get_issue(self, issue_id: int) -> IssueRecord | None:
        return next((i for i in self.list_issues() if i.id == issue_id), None)

    def list_topics(self) -> list[Topic]:
        return list(self.topics)

    def get_topic(self, slug: str) -> Topic | None:
        topic = next((t for t in self.topics if t.slug == slug), None)
        return with_merges(topic, self.topics) if topic is not None else None

    def get_versions(self, slug: str) -> list[TopicVersion]:
        return list(self.versions.get(slug, []))

    def get_version(self, slug: str, number: int) -> TopicVersion | None:
        return next((v for v in self.versions.get(slug, []) if v.number == number), None)

    def topic_head(self, slug: str, number: int | None) -> TopicHead | None:
        topic = self.get_topic(slug)
        if topic is None:
            return None
        return head_from(topic, [VersionInfo.of(v) for v in self.get_versions(slug)], number)
