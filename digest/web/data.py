"""What the site reads: sent issues and topics, behind a small interface so pages are testable.

`StoreData` reads the real store through digest.deliver and digest.topics; an issue is public once
sent, or once any recipient has it while deferred ones wait.
"""

from __future__ import annotations

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
        return topics.get_topic(self.engine, slug)

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
        return next((t for t in self.topics if t.slug == slug), None)

    def get_versions(self, slug: str) -> list[TopicVersion]:
        return list(self.versions.get(slug, []))

    def get_version(self, slug: str, number: int) -> TopicVersion | None:
        return next((v for v in self.versions.get(slug, []) if v.number == number), None)
