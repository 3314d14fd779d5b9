"""What the site reads: sent issues and topics, behind a small interface so pages are testable.

`StoreData` reads the real store through digest.deliver and digest.topics; an issue is public once
sent, or once any recipient has it while deferred ones wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Protocol

from sqlalchemy import Engine

from digest import deliver, topics
from digest.models import Topic, TopicVersion
from digest.store.issues import IssueRecord


class SiteData(Protocol):
    def list_issues(self) -> list[IssueRecord]: ...
    def get_issue(self, issue_id: int) -> IssueRecord | None: ...
    def list_topics(self) -> list[Topic]: ...
    def get_topic(self, slug: str) -> Topic | None: ...
    def get_versions(self, slug: str) -> list[TopicVersion]: ...
    def get_version(self, slug: str, number: int) -> TopicVersion | None: ...


@dataclass
class SiteTopic(Topic):
    """A topic with the names its merges link it to, so a history page can name and link them."""

    merged_into_title: str | None = None  # the title of the topic that absorbed this one
    absorbed: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) merged into this one


def with_merges(topic: Topic, every: list[Topic]) -> SiteTopic:
    """`topic` with the title of the topic it was merged into and the topics merged into it."""
    by_slug = {t.slug: t for t in every}
    target = by_slug.get(topic.merged_into) if topic.merged_into else None
    absorbed = sorted((t.slug, t.title) for t in every if t.merged_into == topic.slug and t.slug != topic.slug)
    base = {f.name: getattr(topic, f.name) for f in fields(Topic)}
    return SiteTopic(**base, merged_into_title=target.title if target else None, absorbed=absorbed)


def is_published(issue: IssueRecord) -> bool:
    return issue.status == "sent"


class StoreData:
    """SiteData over the shared database."""

    def __init__(self, engine: Engine):
        self.engine = engine

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
        return topics.get_version(self.engine, slug, number)


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
