"""Pure helpers behind the pages: the topic history view, the diff between versions, safe links.

No I/O here, so the shape of a topic page can be tested with hand-built Briefs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from digest.models import Brief, Perspective, Statement, TimelineEntry, Topic, TopicSplit, TopicVersion
from digest.web.language import N_

_TOKEN_PATH = re.compile(
    r"""(?:https?://[^\s"'<>]*?)?/(?:unsubscribe|preferences|confirm)/[A-Za-z0-9_\-.]+""", re.IGNORECASE
)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
# digest.render leaves opaque per-recipient slots (footer, unsubscribe URL, address) in the stored issue.
_RECIPIENT_SLOT = re.compile(r"dgslot[0-9A-Za-z]+?(?:footer|url|email)")


def safe_url(url: str | None) -> str | None:
    """Only http(s) links with a host reach an href; anything else (javascript:, data:) is dropped."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def scrub_tokens(html: str, replacement: str = "/subscribe") -> str:
    """Archive pages carry nothing of a recipient: signed subscriber links become the sign-up page,
    and the stored issue's per-recipient slots (footer, address) are dropped."""
    return _RECIPIENT_SLOT.sub("", _TOKEN_PATH.sub(replacement, html))


def inject_after_body(html: str, banner: str) -> str:
    """Put the site's banner at the top of a stored email document (or in front when it has no body)."""
    match = _BODY_OPEN.search(html)
    if not match:
        return banner + html
    return html[: match.end()] + banner + html[match.end() :]


def valid(statements: list[Statement]) -> list[Statement]:
    """A statement without citations is invalid and never shown."""
    return [s for s in statements if s.citations and s.text.strip()]


EVOLUTION_LABELS = {
    "new": N_("New in this version"),
    "unchanged": N_("Unchanged"),
    "expanded": N_("Expanded"),
    "shifted": N_("Shifted"),
}
# A topic's status as the topics page shows it (the template translates it with its `label` filter).
STATUS_LABELS = (N_("active"), N_("dormant"), N_("muted"), N_("merged"))


def evolution_text(p: Perspective, gettext: Callable[[str], str] = str) -> str:
    """The brief's own words when it has them (as in the reference page), else the kind of change
    in the page's language (`gettext`)."""
    note = p.evolution_note.strip()
    if note:
        return note
    label = EVOLUTION_LABELS.get(p.evolution)
    return gettext(label) if label else p.evolution.capitalize()


DayLabel = Callable[[TimelineEntry], str]


def _as_labelled(entry: TimelineEntry) -> str:
    return entry.label


def brief_lines(brief: Brief | None, day: DayLabel = _as_labelled) -> dict[str, list[str]]:
    """Each section of a brief as comparable lines (citations left out: renumbering is not a change).

    The section names are the English msgids of the topic page's headings; the page translates them.
    `day` writes a timeline entry's date as the page does (its language).
    """
    if brief is None:
        return {}
    return {
        N_("What"): [s.text for s in valid(brief.what)],
        N_("Why it matters"): [s.text for s in valid(brief.why_it_matters)],
        N_("Key insights"): [s.text for s in valid(brief.insights)],
        N_("Open questions"): [s.text for s in valid(brief.open_questions)],
        N_("Narrative"): [s.text for s in valid(brief.narrative)],
        N_("Timeline"): [f"{day(t)}: {t.text}" for t in brief.timeline if t.citations],
        N_("Perspectives"): [f"{p.actor}: {p.stance.text}" for p in brief.perspectives if p.stance.citations],
        N_("Tensions"): [t.summary for t in brief.tensions if t.citations],
        N_("Sources"): [f"{s.title} — {s.outlet}" for s in brief.sources],
    }


@dataclass
class SectionDiff:
    section: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class VersionDiff:
    """What changed from version `old` to version `new` of one topic."""

    old: int
    new: int
    items_before: int
    items_after: int
    notes: list[Statement]  # the brief's own "what changed" statements
    sections: list[SectionDiff]
    split_off: list[TopicSplit] = field(default_factory=list)  # articles that left for a new topic in between

    @property
    def empty(self) -> bool:
        return not self.sections and not self.notes and not self.split_off and self.items_before == self.items_after


def diff_versions(
    old: TopicVersion, new: TopicVersion, split_off: Sequence[TopicSplit] = (), day: DayLabel = _as_labelled
) -> VersionDiff:
    before, after = brief_lines(old.brief, day), brief_lines(new.brief, day)
    sections = []
    for name in after.keys() | before.keys():
        old_lines, new_lines = before.get(name, []), after.get(name, [])
        old_set, new_set = set(old_lines), set(new_lines)
        added = [line for line in new_lines if line not in old_set]
        removed = [line for line in old_lines if line not in new_set]
        if added or removed:
            sections.append(SectionDiff(name, added, removed))
    order = list(brief_lines(Brief(topic="", title="", version=0, created=new.created)).keys())
    sections.sort(key=lambda s: order.index(s.section) if s.section in order else len(order))
    return VersionDiff(
        old=old.number,
        new=new.number,
        items_before=len(old.article_ids),
        items_after=len(new.article_ids),
        notes=valid(new.brief.changes) if new.brief else [],
        sections=sections,
        split_off=list(split_off),
    )


@dataclass(frozen=True)
class VersionInfo:
    """One entry of a topic's version list: what the list shows, without the brief."""

    number: int
    created: datetime
    article_count: int

    @classmethod
    def of(cls, version: TopicVersion) -> VersionInfo:
        return cls(version.number, version.created, len(version.article_ids))


@dataclass
class TopicPage:
    """Everything the topic template shows for one version."""

    topic: Topic
    version: TopicVersion
    brief: Brief | None
    versions: list[VersionInfo]
    latest: int
    diff: VersionDiff | None
    source_numbers: set[int]

    @property
    def item_count(self) -> int:
        return len(self.version.article_ids)


def topic_page(
    topic: Topic,
    version: TopicVersion,
    versions: Sequence[VersionInfo | TopicVersion],
    previous: TopicVersion | None,
    departures: Sequence[tuple[int, TopicSplit]] = (),
    day: DayLabel = _as_labelled,
) -> TopicPage:
    """The page of one version; `departures` (version they left in, where to) say what split off since `previous`."""
    listed = [v if isinstance(v, VersionInfo) else VersionInfo.of(v) for v in versions]
    ordered = sorted(listed, key=lambda v: v.number, reverse=True)
    latest = max([v.number for v in ordered] + [topic.version, version.number])
    brief = version.brief
    return TopicPage(
        topic=topic,
        version=version,
        brief=brief,
        versions=ordered,
        latest=latest,
        diff=(
            diff_versions(previous, version, [s for v, s in departures if previous.number < v <= version.number], day)
            if previous is not None
            else None
        ),
        source_numbers={s.n for s in brief.sources} if brief else set(),
    )
