"""What the site reads: sent issues and topics, behind a small interface so pages are testable.

`StoreData` reads the real store through digest.deliver and digest.topics, imported lazily so the
site still serves (with an empty archive) in an installation where those stages are absent.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field, fields
from datetime import datetime
from types import ModuleType
from typing import Any, Protocol

from sqlalchemy import Engine

from digest.models import Topic, TopicVersion

log = logging.getLogger(__name__)

# Issue statuses that are not (yet) part of the public archive (the ledger uses pending | sent).
UNPUBLISHED_STATUSES = frozenset({"pending", "draft", "preview", "building", "cancelled", "canceled", "aborted"})


class IssueLike(Protocol):
    """The fields of digest.deliver's IssueRecord that the site shows."""

    id: int
    digest: str
    number: int
    period_start: datetime | None
    period_end: datetime
    created: datetime
    subject: str
    html: str
    text: str
    topics: Any  # [(slug, version)]
    status: str


class SiteData(Protocol):
    def list_issues(self) -> list[IssueLike]: ...
    def get_issue(self, issue_id: int) -> IssueLike | None: ...
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


def is_published(issue: IssueLike) -> bool:
    return str(getattr(issue, "status", "sent") or "sent").casefold() not in UNPUBLISHED_STATUSES


def _optional_module(name: str) -> ModuleType | None:
    """The module, or None when it does not exist yet; an error inside it still raises."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == name or name.startswith(exc.name + ".")):
            return None
        raise


class StoreData:
    """SiteData over the shared database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def _call(self, module: str, function: str, *args: Any, default: Any) -> Any:
        mod = _optional_module(module)
        fn = getattr(mod, function, None) if mod else None
        if fn is None:
            log.debug("%s.%s is not available; the site shows nothing for it", module, function)
            return default
        return fn(self.engine, *args)

    def _published(self, issue: IssueLike) -> bool:
        """Sent, or still sending (some recipients deferred) but already in someone's inbox."""
        if is_published(issue):
            return True
        if str(issue.status).casefold() != "pending":
            return False
        counts = self._call("digest.deliver", "delivery_counts", issue.id, default={})
        return counts.get("sent", 0) > 0

    def list_issues(self) -> list[IssueLike]:
        issues = self._call("digest.deliver", "list_issues", default=[])
        return [i for i in issues if self._published(i)]

    def get_issue(self, issue_id: int) -> IssueLike | None:
        issue = self._call("digest.deliver", "get_issue", issue_id, default=None)
        return issue if issue is not None and self._published(issue) else None

    def list_topics(self) -> list[Topic]:
        return list(self._call("digest.topics", "list_topics", default=[]))

    def get_topic(self, slug: str) -> Topic | None:
        topic = self._call("digest.topics", "get_topic", slug, default=None)
        return with_merges(topic, self.list_topics()) if topic is not None else None

    def get_versions(self, slug: str) -> list[TopicVersion]:
        return list(self._call("digest.topics", "get_versions", slug, default=[]))

    def get_version(self, slug: str, number: int) -> TopicVersion | None:
        return self._call("digest.topics", "get_version", slug, number, default=None)


class MemoryData:
    """SiteData held in memory: for tests and previews of pages without a store."""

    def __init__(
        self,
        issues: list[IssueLike] | None = None,
        topics: list[Topic] | None = None,
        versions: dict[str, list[TopicVersion]] | None = None,
    ):
        self.issues = issues or []
        self.topics = topics or []
        self.versions = versions or {}

    def list_issues(self) -> list[IssueLike]:
        return [i for i in self.issues if is_published(i)]

    def get_issue(self, issue_id: int) -> IssueLike | None:
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
