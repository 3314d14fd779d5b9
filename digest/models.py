"""Plain records passed between pipeline stages.

Every stage takes and returns these, so a stage can be tested, repeated or moved to a worker
queue without knowing who produced its input. All datetimes are timezone-aware UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Extraction = Literal["trafilatura", "feed", "import"]
TopicKind = Literal["tracked", "discovered"]
TopicStatus = Literal["active", "dormant", "muted", "merged"]


@dataclass(frozen=True)
class FeedEntry:
    """One entry as the feed published it (parse stage output)."""

    key: str  # stable entry key: trusted guid, else normalized link, else content hash
    feed_url: str
    url: str | None
    title: str
    content: str  # the feed's own text for the entry (summary or content), plain text
    published: datetime | None
    author: str | None = None
    guid: str | None = None


@dataclass
class Article:
    """One article, the unit that topics group and briefs cite."""

    id: str
    url: str | None
    title: str
    text: str
    source: str  # outlet name, e.g. "BBC" or the feed's name / host
    published: datetime | None
    first_seen: datetime
    feed: str | None = None  # feed URL it came from; None for imports
    canonical_id: str | None = None  # set when this is a near-duplicate of another article
    extraction: Extraction = "feed"
    author: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()  # the feed's tags from feeds.yaml


@dataclass
class Topic:
    """A story followed over weeks; editors define `tracked` ones, grouping finds `discovered`."""

    slug: str
    title: str
    kind: TopicKind
    status: TopicStatus
    created: datetime
    updated: datetime
    members: dict[str, datetime] = field(default_factory=dict)  # article id -> time it joined
    description: str = ""
    pinned: bool = False
    merged_into: str | None = None
    version: int = 0  # latest version number, 0 before the first
    split_from: str | None = None  # the topic this one forked from (its earlier reporting stays there)


@dataclass(frozen=True)
class Source:
    """A numbered source of one brief; numbers are stable within a version."""

    n: int
    article_id: str
    outlet: str
    title: str
    url: str | None
    published: datetime | None


@dataclass(frozen=True)
class Statement:
    """A displayed sentence and the numbers of the sources that support it.

    A statement with no citations is invalid and is never rendered.
    """

    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    label: str  # how to print the date: "2026-05-14", "2026-05" or "2024"
    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Perspective:
    actor: str
    stance: Statement
    evolution: Literal["new", "unchanged", "expanded", "shifted"] = "new"
    evolution_note: str = ""


@dataclass(frozen=True)
class Tension:
    summary: str  # "A vs. B" in the sources' words
    citations: tuple[int, ...]


@dataclass
class Brief:
    """One topic version's brief, whichever engine wrote it."""

    topic: str  # slug
    title: str
    version: int
    created: datetime
    what: list[Statement] = field(default_factory=list)
    why_it_matters: list[Statement] = field(default_factory=list)
    insights: list[Statement] = field(default_factory=list)
    open_questions: list[Statement] = field(default_factory=list)
    narrative: list[Statement] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    perspectives: list[Perspective] = field(default_factory=list)
    tensions: list[Tension] = field(default_factory=list)
    changes: list[Statement] = field(default_factory=list)  # what changed since version - 1
    sources: list[Source] = field(default_factory=list)
    engine: str = "extractive"


@dataclass
class ArticleBrief:
    """A standalone important article, in the shape of article-brief-example.txt."""

    article_id: str
    title: str
    key_insights: list[Statement] = field(default_factory=list)
    why_it_matters: list[Statement] = field(default_factory=list)
    summary: list[Statement] = field(default_factory=list)
    essentially: list[Statement] = field(default_factory=list)  # who did what
    risks: list[Statement] = field(default_factory=list)
    opportunities: list[Statement] = field(default_factory=list)
    unknowns: list[Statement] = field(default_factory=list)
    reported_by: str = ""
    url: str | None = None
    original_headline: str = ""
    sources: list[Source] = field(default_factory=list)
    engine: str = "extractive"


@dataclass
class TopicVersion:
    topic: str  # slug
    number: int
    created: datetime
    article_ids: list[str]  # every member at this version
    new_article_ids: list[str] = field(default_factory=list)  # joined since the previous version
    brief: Brief | None = None


@dataclass(frozen=True)
class TopicSplit:
    """A fork as a digest tells it: the other topic (slug, title) and how many articles went over."""

    slug: str
    title: str
    articles: int


@dataclass(frozen=True)
class TopicUpdate:
    """One topic as a digest shows it: the topic, its new version and that version's brief.

    A topic that forked says where its articles went (`split_off`, since the version the digest last
    sent); the new topic says where it came from (`split_from`), the first time the digest shows it.
    """

    topic: Topic
    version: TopicVersion
    brief: Brief
    new_articles: int
    split_from: TopicSplit | None = None
    split_off: tuple[TopicSplit, ...] = ()


FeedStatus = Literal["ok", "waiting", "failing", "paused", "never"]


@dataclass(frozen=True)
class FeedHealth:
    url: str
    name: str
    status: FeedStatus  # waiting: the server asked for a pause (429/503 Retry-After), not a failure
    last_ok: datetime | None
    last_error: str | None
    failures: int
    items_seen: int
    next_fetch: datetime | None = None  # set while a later fetch is due: backoff, pause, wait, freshness
    next_reason: str | None = None  # why not sooner
    kind: Literal["feed", "newsletter", "search"] = "feed"  # issue 20: what the row is the health of


@dataclass
class DigestContext:
    """Everything a renderer needs for one issue of one digest; no I/O behind it."""

    digest: str  # digest name
    number: int  # issue number
    period_start: datetime | None
    period_end: datetime
    subject_template: str
    updates: list[TopicUpdate]
    article_briefs: list[ArticleBrief] = field(default_factory=list)
    new_articles: int = 0
    feed_health: list[FeedHealth] = field(default_factory=list)
    web_base_url: str | None = None
    late_note: str | None = None  # e.g. a skipped run to report
    timezone: str = "UTC"  # the digest's IANA zone, for the period and {date}
    language: str = "en"  # the digest's language: headings, footer, dates and plurals around the content


@dataclass(frozen=True)
class Recipient:
    email: str
    unsubscribe_url: str | None = None  # https URL with the recipient's token, when web is set up
    editor: bool = False  # editors' copy shows the feed-health footer
    topics: tuple[str, ...] = ()  # topic slugs a subscriber chose; empty means every topic
    # False on a delivery stored before its cut was kept: its topics are read again from the subscriber's choice
    topics_known: bool = True


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html: str
    text: str
