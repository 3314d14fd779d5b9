"""Render one digest issue into the email subscribers open: MJML + jinja2 HTML and a plain-text twin.

Two steps so that 1,000 recipients cost one MJML compile: `render_base()` builds everything an issue
shares (subject, compiled HTML, text) with opaque random slots where the per-recipient footer goes;
`personalize()` fills those slots by plain string replacement (the unsubscribe link, the address, and
the feed-health summary in editors' copies).

Safety lives here rather than in templates: feed text reaches templates as plain strings (autoescaped
in `.mjml`/`.html`/`.xml` templates, never compiled as template code), links are kept only when they
are http(s), and a digest that would pass Gmail's 102 KB clipping point is shortened topic by topic
with "read the rest" links instead of being cut off mid-footer.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import string
import textwrap
import traceback
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import mjml
from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from digest.models import (
    ArticleBrief,
    Brief,
    DigestContext,
    FeedHealth,
    Perspective,
    Recipient,
    RenderedMessage,
    Source,
    Statement,
    Tension,
    TimelineEntry,
    Topic,
    TopicUpdate,
    TopicVersion,
)

HTML_LIMIT = 102 * 1024  # Gmail clips a larger HTML part, hiding the footer and its unsubscribe link
HTML_BUDGET = HTML_LIMIT - 2 * 1024  # headroom for client-side additions
URL_ALLOWANCE = 512  # the longest unsubscribe URL and address the size budget reserves room for

HTML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"
FOOTER_HTML = "email/footer.html.j2"
FOOTER_TEXT = "email/footer.txt.j2"
REQUIRED_TEMPLATES = (HTML_TEMPLATE, TEXT_TEMPLATE, FOOTER_HTML, FOOTER_TEXT)
ESCAPED_EXTENSIONS = ("mjml", "html", "htm", "xml")
SUBJECT_FIELDS = ("digest", "topics", "articles", "date", "number", "topics_updated", "new_articles")

KNOWN_MJML_TAGS = frozenset(
    (
        *("mjml", "mj-head", "mj-body", "mj-attributes", "mj-all", "mj-class", "mj-breakpoint", "mj-font"),
        *("mj-html-attributes", "mj-html-attribute", "mj-selector", "mj-preview", "mj-style", "mj-title"),
        *("mj-accordion", "mj-accordion-element", "mj-accordion-text", "mj-accordion-title", "mj-button"),
        *("mj-carousel", "mj-carousel-image", "mj-column", "mj-divider", "mj-group", "mj-hero", "mj-image"),
        *("mj-navbar", "mj-navbar-link", "mj-raw", "mj-section", "mj-social", "mj-social-element", "mj-spacer"),
        *("mj-table", "mj-text", "mj-wrapper", "mj-include"),
    )
)
_MJ_TAG = re.compile(r"<(mj-[a-z-]+|mjml)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_WHITESPACE = re.compile(r"\s+")
_CITE_RUN = re.compile(r"\s*((?:\[\d{1,4}\])+)")
_URL_SAFE = ":/?#[]@!$&()*+,;=%~-._"
RANGE_MIN = 3  # consecutive citations shown as one range, [4][5][6] -> [4–6]
GLUE = "\u00a0"  # textwrap does not break here; wrap_text turns it back into a space (clean_line removes others)


class RenderError(Exception):
    """A template that cannot be rendered or compiled; str() names the file and line when known."""


# --------------------------------------------------------------------------------------------------
# Text and link hygiene


def clean_line(text: str | None, limit: int = 0) -> str:
    """One line of display text: control characters and newlines become spaces, long text ends in …."""
    if not text:
        return ""
    text = _WHITESPACE.sub(" ", _CONTROL.sub(" ", text)).strip()
    if limit and len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        if space > limit * 0.6:
            cut = cut[:space]
        text = cut.rstrip(" ,;:-—") + "…"
    return text


def safe_url(url: str | None) -> str | None:
    """An http(s) URL safe to place in an href, or None for anything else (javascript:, data:, mailto:…)."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    if not url or any(c in url for c in "\t\r\n"):
        return None
    url = quote(url, safe=_URL_SAFE)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not parts.hostname:
        return None
    return url


def clean_header_text(text: str, limit: int = 250) -> str:
    """Text for a header such as Subject: one line, no control characters, no RFC 2047 encoded words.

    Python's email package decodes `=?charset?q?…?=` found in a header value it is given, so an
    encoded newline in a feed title would otherwise come out as a second header.
    """
    text = clean_line(unicodedata.normalize("NFC", text or ""), limit)
    return text.replace("=?", "=\u200b?").replace("?=", "?\u200b=")


def format_subject(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{digest}`-style placeholders with str.format rules but without attribute or index access.

    Unknown or malformed placeholders stay as written, so an editor's typo shows instead of failing.
    """
    out: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return clean_header_text(template)
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in values and not conversion:
            try:
                out.append(format(values[name], spec or ""))
                continue
            except (ValueError, TypeError):
                pass
        out.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return clean_header_text("".join(out))


def check_subject(template: str) -> list[str]:
    """Problems with a digest's subject template, for `digest validate`."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return [f"subject {template!r}: {exc}"]
    unknown = [name for _, name, _, _ in parsed if name is not None and name not in SUBJECT_FIELDS]
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in SUBJECT_FIELDS)
        return [f"subject {template!r}: unknown placeholder {{{unknown[0]}}} (allowed: {allowed})"]
    return []


def wrap_text(text: str, width: int = 76, indent: str = "", first: str | None = None) -> str:
    """Wrap plain text for the text part without breaking URLs or long words."""
    if not text:
        return (first if first is not None else indent).rstrip()
    wrapped = textwrap.fill(
        text,
        width=width,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped.replace(GLUE, " ")


def underline(text: str, char: str = "-", width: int = 76) -> str:
    """A wrapped heading underlined to its longest line, the plain-text way to mark a title."""
    wrapped = wrap_text(text, width)
    return f"{wrapped}\n{char * max(len(line) for line in wrapped.splitlines())}" if wrapped else ""


# --------------------------------------------------------------------------------------------------
# View model: what templates see (plain strings and numbers; links already checked)


@dataclass(frozen=True)
class Cite:
    n: int
    anchor: str


@dataclass(frozen=True)
class CiteGroup:
    """One bracket as displayed: `[3]`, or `[19–33]` for a run of three or more consecutive sources."""

    first: Cite
    last: Cite | None = None

    @property
    def text(self) -> str:
        return f"[{self.first.n}–{self.last.n}]" if self.last else f"[{self.first.n}]"


@dataclass(frozen=True)
class Line:
    text: str
    cites: tuple[Cite, ...] = ()

    @property
    def cite_groups(self) -> list[CiteGroup]:
        """Citations as displayed: a long run such as [19][20]…[33] reads as [19–33] (both ends stay links)."""
        groups: list[CiteGroup] = []
        run: list[Cite] = []
        for cite in (*self.cites, None):
            if cite is not None and run and cite.n == run[-1].n + 1:
                run.append(cite)
                continue
            if len(run) >= RANGE_MIN:
                groups.append(CiteGroup(run[0], run[-1]))
            else:
                groups += [CiteGroup(c) for c in run]
            run = [cite] if cite is not None else []
        return groups

    @property
    def cite_text(self) -> str:
        return "".join(g.text for g in self.cite_groups)

    @property
    def cited(self) -> str:
        """Plain text with its citations, glued so that wrapping never leaves `[3]` alone on a line."""
        return f"{self.text}{GLUE}{self.cite_text}" if self.cites else self.text


@dataclass(frozen=True)
class SourceView:
    n: int
    anchor: str
    title: str
    outlet: str
    url: str | None
    date: str


@dataclass(frozen=True)
class TimelineView:
    label: str
    line: Line


@dataclass(frozen=True)
class PerspectiveView:
    actor: str
    stance: Line
    change: str  # "" when unchanged; its [n] citations as the text part shows them
    change_parts: tuple[Line, ...] = ()  # the same note as text pieces each followed by its citations


@dataclass(frozen=True)
class TopicView:
    anchor: str
    slug: str
    title: str
    version: int
    new_articles: int
    glance: str
    changes: list[Line]
    what: list[Line]
    why: list[Line]
    insights: list[Line]
    open_questions: list[Line]
    timeline: list[TimelineView]
    perspectives: list[PerspectiveView]
    tensions: list[Line]  # conflicting positions or claims, each side cited
    sources: list[SourceView]
    url: str | None  # the topic's history page on the web archive
    hidden: int  # statements left out to keep the email short
    full: bool  # shown as a section (False: only in "at a glance")


@dataclass(frozen=True)
class ArticleView:
    """One standout article in the shape of the reference article brief; empty sections are omitted."""

    anchor: str
    title: str
    insights: list[Line]
    why: list[Line]
    summary: list[Line]
    essentially: list[Line]  # who did what: the first reads "Essentially: …", the rest follow as points
    risks: list[Line]
    opportunities: list[Line]
    unknowns: list[Line]
    reported_by: str
    date: str  # the original's publication day
    url: str | None
    original_headline: str  # "" when it only repeats the title
    origin: SourceView | None  # the source the citations call the original article ([1]), when cited
    sources: list[SourceView]  # any other cited sources
    hidden: int


@dataclass(frozen=True)
class FeedRow:
    name: str
    url: str
    status: str
    failures: int
    last_ok: str
    last_error: str


@dataclass(frozen=True)
class FeedHealthView:
    total: int
    counts: dict[str, int]
    problems: list[FeedRow]
    more: int

    @property
    def summary(self) -> str:
        parts = [f"{self.counts[s]} {s}" for s in ("ok", "waiting", "failing", "paused", "never") if self.counts.get(s)]
        return f"{self.total} feeds: " + ", ".join(parts) if parts else "no feeds configured"


@dataclass(frozen=True)
class Detail:
    """How much of each topic an issue shows; later levels trade depth for staying under 102 KB."""

    what: int
    changes: int
    why: int
    insights: int
    open_questions: int
    timeline: int
    perspectives: int
    tensions: int
    all_sources: bool
    chars: int  # longest statement, in characters
    article_briefs: int
    article_insights: int
    article_lines: int  # statements per other article section (summary, who did what, risks, unknowns…)
    sections: int  # topics shown as full sections; the rest only at a glance
    glance: int  # topics listed at a glance
    glance_chars: int  # length of each "at a glance" line


DETAIL_LEVELS: tuple[Detail, ...] = (
    Detail(3, 5, 2, 8, 5, 6, 6, 3, True, 900, 10, 5, 3, 1000, 1000, 180),
    Detail(2, 4, 2, 5, 3, 5, 4, 3, False, 700, 10, 4, 3, 1000, 1000, 180),
    Detail(2, 3, 1, 3, 2, 3, 2, 2, False, 500, 5, 3, 2, 1000, 1000, 160),
    Detail(1, 2, 1, 2, 1, 2, 0, 1, False, 350, 3, 2, 1, 1000, 1000, 140),
    Detail(1, 1, 1, 0, 0, 0, 0, 0, False, 280, 2, 1, 1, 60, 1000, 120),
    Detail(1, 1, 0, 0, 0, 0, 0, 0, False, 200, 1, 1, 1, 25, 300, 100),
    Detail(1, 1, 0, 0, 0, 0, 0, 0, False, 200, 1, 1, 0, 15, 200, 100),
    Detail(1, 0, 0, 0, 0, 0, 0, 0, False, 160, 0, 0, 0, 8, 100, 90),
    Detail(0, 0, 0, 0, 0, 0, 0, 0, False, 120, 0, 0, 0, 0, 40, 60),
)
PERSPECTIVE_CHARS = 300  # "perspectives in brief": a stance never outgrows the section it sits in
NOTE_QUOTE_WORDS = 8  # words kept of each quotation in an evolution note (the stance beside it has the rest)


def _valid(statements: Iterable[Statement], sources: Mapping[int, SourceView]) -> list[Statement]:
    """Statements with at least one citation of an existing source; others are never rendered."""
    return [s for s in statements if clean_line(s.text) and any(n in sources for n in s.citations)]


def _line(text: str, citations: Sequence[int], sources: Mapping[int, SourceView], chars: int) -> Line:
    seen: list[int] = []
    for n in sorted(citations):
        if n in sources and n not in seen:
            seen.append(n)
    return Line(clean_line(text, chars), tuple(Cite(n, sources[n].anchor) for n in seen))


def _source_views(sources: Sequence[Source], prefix: str, tz: ZoneInfo) -> dict[int, SourceView]:
    views: dict[int, SourceView] = {}
    for s in sorted(sources, key=lambda s: s.n):
        if s.n in views:
            continue
        views[s.n] = SourceView(
            n=s.n,
            anchor=f"{prefix}-s{s.n}",
            title=clean_line(s.title, 200) or "(untitled)",
            outlet=clean_line(s.outlet, 80),
            url=safe_url(s.url),
            date=_day(s.published, tz) if s.published else "",
        )
    return views


def _take(items: list, limit: int) -> tuple[list, int]:
    return items[:limit], max(0, len(items) - limit)


def _topic_view(i: int, update: TopicUpdate, detail: Detail, base_url: str | None, tz: ZoneInfo, full: bool):
    brief: Brief = update.brief
    anchor = f"t{i}"
    all_sources = _source_views(brief.sources, anchor, tz)
    chars = detail.chars
    hidden = 0

    def lines(statements: list[Statement], limit: int) -> list[Line]:
        nonlocal hidden
        kept, dropped = _take(_valid(statements, all_sources), limit if full else 0)
        hidden += dropped
        return [_line(s.text, s.citations, all_sources, chars) for s in kept]

    changes = lines(brief.changes, detail.changes)
    what = lines(brief.what, detail.what)
    why = lines(brief.why_it_matters, detail.why)
    insights = lines(brief.insights, detail.insights)
    open_questions = lines(brief.open_questions, detail.open_questions)

    entries = [e for e in brief.timeline if clean_line(e.text) and any(n in all_sources for n in e.citations)]
    entries.sort(key=lambda e: e.when)
    limit = detail.timeline if full else 0
    latest = entries[-limit:] if limit else []
    hidden += min(len(entries), DETAIL_LEVELS[0].timeline) - len(latest)  # older entries: by design, not cuts
    timeline = [TimelineView(clean_line(e.label, 20), _line(e.text, e.citations, all_sources, chars)) for e in latest]

    version = update.version.number or brief.version
    persp = [p for p in brief.perspectives if clean_line(p.actor) and _valid([p.stance], all_sources)]
    kept_persp, dropped = _take(persp, detail.perspectives if full else 0)
    hidden += dropped
    perspectives = [
        PerspectiveView(
            clean_line(p.actor, 120),
            _line(p.stance.text, p.stance.citations, all_sources, min(chars, PERSPECTIVE_CHARS)),
            *_evolution(p, all_sources, version),
        )
        for p in kept_persp
    ]
    tensions = lines(_tension_statements(brief.tensions), detail.tensions)

    shown = [*changes, *what, *why, *insights, *open_questions, *(t.line for t in timeline)]
    shown += [p.stance for p in perspectives] + tensions
    if detail.all_sources and full:
        sources = list(all_sources.values())
    else:
        cited = {c.n for line in shown for c in line.cites}
        sources = [s for n, s in all_sources.items() if n in cited]

    glance_from = _valid(brief.changes, all_sources) or _valid(brief.what, all_sources)
    glance = clean_line(glance_from[0].text, detail.glance_chars) if glance_from else ""
    url = safe_url(f"{base_url}/topics/{quote(update.topic.slug, safe='')}") if base_url else None
    return TopicView(
        anchor=anchor,
        slug=update.topic.slug,
        title=clean_line(brief.title or update.topic.title, 200) or update.topic.slug,
        version=version,
        new_articles=update.new_articles,
        glance=glance,
        changes=changes,
        what=what,
        why=why,
        insights=insights,
        open_questions=open_questions,
        timeline=timeline,
        perspectives=perspectives,
        tensions=tensions,
        sources=sources,
        url=url,
        hidden=hidden,
        full=full,
    )


def _tension_statements(tensions: Iterable[Tension]) -> list[Statement]:
    """Tensions as statements, so they pass the same citation check and rendering as every other line."""
    return [Statement(t.summary, tuple(t.citations)) for t in tensions]


_QUOTE = re.compile(r"“([^”]*)”")
_NOTE_LEADS = {"expanded": ("now ",), "shifted": ("from ", "now ")}


def _evolution(p: Perspective, sources: Mapping[int, SourceView], version: int) -> tuple[str, tuple[Line, ...]]:
    """How a stance moved, in brief: "new", "unchanged", "now also says “…”", "from “…” to “…”".

    The `[n]` runs the note quotes become citations (ranges, links). Quotations are cut to a few
    words, since the stance beside the note already shows them in full. In a topic's first version
    every actor is new, so nothing is said.
    """
    if p.evolution == "unchanged":
        return "unchanged", (Line("unchanged"),)
    if p.evolution == "new":
        return ("new", (Line("new"),)) if version > 1 else ("", ())
    note = _QUOTE.sub(lambda m: f"“{_few_words(m.group(1), NOTE_QUOTE_WORDS)}”", clean_line(p.evolution_note))
    note = clean_line(note, 240)
    label = p.evolution if p.evolution in _NOTE_LEADS else "changed"
    if not note:
        note = label
    elif not note.casefold().startswith(_NOTE_LEADS.get(label, ())):
        note = f"{label.capitalize()}: {note}"
    pieces = _CITE_RUN.split(note)  # text, run, text, run, …, text
    parts = [
        Line(text, _line("", [int(n) for n in re.findall(r"\d+", run)], sources, 0).cites)
        for text, run in zip(pieces[::2], [*pieces[1::2], ""], strict=True)
    ]
    parts = [part for part in parts if part.text or part.cites]
    return "".join(part.cited if part.text else part.cite_text for part in parts), tuple(parts)


def _few_words(text: str, n: int) -> str:
    """The first `n` words of a quotation, ending in … when cut."""
    words = text.split()
    if len(words) <= n:
        return text.strip()
    return " ".join(words[:n]).rstrip(" ,;:-—…") + "…"


def _article_view(i: int, brief: ArticleBrief, detail: Detail, tz: ZoneInfo) -> ArticleView:
    anchor = f"a{i}"
    all_sources = _source_views(brief.sources, anchor, tz)
    hidden = 0
    shown_words: set[str] = set()

    def lines(statements: list[Statement], limit: int) -> list[Line]:
        """A section's statements, leaving out any sentence an earlier section of this article showed."""
        nonlocal hidden
        fresh = [s for s in _valid(statements, all_sources) if _words(s.text) not in shown_words]
        kept, dropped = _take(fresh, limit)
        hidden += dropped
        shown_words.update(_words(s.text) for s in kept)
        return [_line(s.text, s.citations, all_sources, detail.chars) for s in kept]

    extra = detail.article_lines
    insights = lines(brief.key_insights, detail.article_insights)
    why = lines(brief.why_it_matters, max(min(2, extra), 1 if detail.article_insights else 0))
    summary = lines(brief.summary, extra)
    essentially = lines(brief.essentially, extra)
    risks = lines(brief.risks, extra)
    opportunities = lines(brief.opportunities, extra)
    unknowns = lines(brief.unknowns, extra)
    shown = (*insights, *why, *summary, *essentially, *risks, *opportunities, *unknowns)
    cited = {c.n for line in shown for c in line.cites}

    url = safe_url(brief.url)
    original = next(
        (s.n for s in brief.sources if s.article_id == brief.article_id or (url and safe_url(s.url) == url)), None
    )
    origin = all_sources.get(original) if original in cited else None
    published = next((s.published for s in brief.sources if s.n == original and s.published), None)
    title = clean_line(brief.title, 200) or "(untitled)"
    headline = clean_line(brief.original_headline, 240)
    return ArticleView(
        anchor=anchor,
        title=title,
        insights=insights,
        why=why,
        summary=summary,
        essentially=essentially,
        risks=risks,
        opportunities=opportunities,
        unknowns=unknowns,
        reported_by=clean_line(brief.reported_by, 80),
        date=_day(published, tz) if published else "",
        url=url,
        original_headline="" if _same_words(headline, title) else headline,
        origin=origin,
        sources=[s for n, s in all_sources.items() if n in cited and n != original],
        hidden=hidden,
    )


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_words(a: str, b: str) -> bool:
    """Whether two headlines say the same thing, ignoring case, punctuation and a trailing ellipsis."""
    return _words(a) == _words(b)


def _feed_health_view(rows: Sequence[FeedHealth], tz: ZoneInfo, limit: int = 30) -> FeedHealthView:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    order = {"failing": 0, "paused": 1, "waiting": 2, "never": 3}
    problems = sorted((r for r in rows if r.status != "ok"), key=lambda r: (order.get(r.status, 3), -r.failures))
    shown = [
        FeedRow(
            name=clean_line(r.name, 80) or clean_line(r.url, 80),
            url=clean_line(r.url, 200),
            status=r.status,
            failures=r.failures,
            last_ok=_day(r.last_ok, tz) if r.last_ok else "never",
            last_error=clean_line(r.last_error, 200),
        )
        for r in problems[:limit]
    ]
    return FeedHealthView(total=len(rows), counts=counts, problems=shown, more=max(0, len(problems) - limit))


# --------------------------------------------------------------------------------------------------
# Dates


def _zone(ctx: DigestContext) -> ZoneInfo:
    name = getattr(ctx, "timezone", None) or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _day(when: datetime | date, tz: ZoneInfo) -> str:
    if isinstance(when, datetime):
        when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(tz).date()
    return f"{when.day} {when:%b %Y}"


def _period(start: datetime | None, end: datetime, tz: ZoneInfo) -> str:
    e = end.astimezone(tz).date()
    if start is None:
        return f"until {_day(e, tz)}"
    s = start.astimezone(tz).date()
    if end.astimezone(tz).time() == datetime.min.time() and e > s:
        e = e - timedelta(days=1)  # a period ending at midnight covers the day before
    if s >= e:
        return _day(e, tz)
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {e:%b %Y}"
    if s.year == e.year:
        return f"{s.day} {s:%b} – {e.day} {e:%b %Y}"
    return f"{_day(s, tz)} – {_day(e, tz)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------------------------------
# Renderer


@dataclass(frozen=True)
class BaseRender:
    """One issue rendered for everyone: HTML compiled from MJML once, split around the recipient's footer.

    `html` and `text` are the stored copies of the issue: their footer is the web-archive variant (no
    address, no unsubscribe link), and `html` ends with a comment carrying the readers' footers, so
    `Renderer.base_from_stored(subject, html, text)` rebuilds this after a restart (editors then get a
    reader's footer: the feed-health summary is never stored in the public copy).
    """

    subject: str
    html: str
    text: str
    html_parts: tuple[str, str]  # the sent HTML before and after the footer
    text_parts: tuple[str, str]
    url_slot: str  # in footers: where the recipient's unsubscribe URL goes
    email_slot: str  # in footers: where the recipient's address goes
    footers: dict[tuple[bool, bool], tuple[str, str]]  # (editor, has unsubscribe URL) -> (html, text)
    detail_level: int = 0  # 0: full depth; higher: shortened to fit HTML_BUDGET
    html_bytes: int = 0  # the largest personalized HTML this issue can produce
    shortened: bool = False
    problems: tuple[str, ...] = ()


_STORED = re.compile(r"\n?<!--digest-footers:([A-Za-z0-9+/=]+)-->\s*\Z")


def _stored_copy(
    head_tail: tuple[str, str], archive: str, text_parts: tuple[str, str], archive_text: str, data: dict[str, Any]
) -> tuple[str, str]:
    html = head_tail[0] + archive + head_tail[1]
    text = text_parts[0] + archive_text + text_parts[1]
    data = {
        **data,
        "html": [len(head_tail[0]), len(archive)],
        "text": [len(text_parts[0]), len(archive_text)],
    }
    blob = base64.b64encode(json.dumps(data, ensure_ascii=False).encode("utf-8")).decode("ascii")
    return f"{html}\n<!--digest-footers:{blob}-->\n", text


def _slot(token: str) -> Markup:
    """A placeholder the HTML templates print unescaped; tokens are our own letters and digits only."""
    assert token.isalnum()
    return Markup(token)  # noqa: S704 - alphanumeric by the assertion above


def _autoescape(name: str | None) -> bool:
    if name is None:
        return True
    base = name.removesuffix(".j2").removesuffix(".jinja").removesuffix(".jinja2")
    return base.rsplit(".", 1)[-1].lower() in ESCAPED_EXTENSIONS


def bundled_templates_dir() -> Path:
    """The templates shipped with digest: package data when installed, else the repository's folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / HTML_TEMPLATE).is_file():
            return candidate
    raise RenderError(f"bundled templates not found (looked in {here / 'templates'} and {here.parent / 'templates'})")


class Renderer:
    """Renders digests with the bundled templates, overridden file by file by an editors' folder."""

    def __init__(self, templates_dir: Path | None = None):
        self.templates_dir = Path(templates_dir) if templates_dir is not None else None
        self.bundled_dir = bundled_templates_dir()
        folders = [str(self.bundled_dir)]
        if self.templates_dir is not None:
            folders.insert(0, str(self.templates_dir))
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader(f) for f in folders]),
            autoescape=_autoescape,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.env.filters["wrap"] = wrap_text
        self.env.filters["plural"] = _plural
        self.env.filters["underline"] = underline

    # -- validation ---------------------------------------------------------------------------

    def origin(self, name: str) -> Path:
        """The file a template name resolves to (the editors' copy wins)."""
        if self.templates_dir is not None and (self.templates_dir / name).is_file():
            return self.templates_dir / name
        return self.bundled_dir / name

    def check(self) -> list[str]:
        """Problems that would stop an issue from rendering: syntax, missing slots, MJML errors."""
        problems: list[str] = []
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            problems.append(f"{self.templates_dir}: templates folder not found")
        names = sorted(
            n
            for n in set(self.env.list_templates())
            if n.endswith((".j2", ".jinja", ".jinja2")) and ("/" not in n or n.startswith("email/"))
        )  # the email's templates only: web/ and prompts/ belong to other stages
        for name in names:
            try:
                self.env.get_template(name)
            except TemplateSyntaxError as exc:
                problems.append(f"{self.origin(name)}:{exc.lineno}: {exc.message}")
        if problems:
            return problems
        ctx = sample_context()
        try:
            source = self._template_source(ctx)
            unknown = sorted({t for t in _MJ_TAG.findall(source) if t not in KNOWN_MJML_TAGS})
            problems += [f"{self.origin(HTML_TEMPLATE)}: unknown MJML tag <{t}>" for t in unknown]
            base = self.render_base(ctx)
            for editor in (False, True):
                self.personalize(base, Recipient("reader@example.org", "https://example.org/u/t", editor))
            problems += list(base.problems)
        except RenderError as exc:
            problems.append(str(exc))
        return problems

    # -- rendering ----------------------------------------------------------------------------

    def render(self, ctx: DigestContext, recipient: Recipient) -> RenderedMessage:
        return self.personalize(self.render_base(ctx), recipient)

    def render_base(self, ctx: DigestContext) -> BaseRender:
        """Everything one issue shares, at the deepest detail level whose HTML fits HTML_BUDGET."""
        tz = _zone(ctx)
        token = secrets.token_hex(8)
        slot, url_slot, email_slot = f"dgslot{token}footer", f"dgslot{token}url", f"dgslot{token}email"
        footers, archive = self._footers(ctx, tz, url_slot, email_slot)
        extra = max(len(h.encode()) for h, _ in footers.values()) - len(slot) + 2 * URL_ALLOWANCE
        subject = self._subject(ctx, tz)
        problems: list[str] = []

        def attempt(level: int) -> tuple[dict[str, Any], str, int]:
            values = self._values(ctx, tz, DETAIL_LEVELS[level], subject)
            html = self._compile(self._render_template(HTML_TEMPLATE, {**values, "footer": _slot(slot)}))
            return values, html, len(html.encode()) + extra

        # Level 0 fits almost always; otherwise binary-search the deepest level that fits (sizes fall
        # with each level), so an oversized issue costs a few compiles rather than one per level.
        level = 0
        values, html, size = attempt(0)
        if size > HTML_BUDGET:
            last = len(DETAIL_LEVELS) - 1
            lo, hi = 1, last
            best: tuple[int, tuple[dict[str, Any], str, int]] | None = None
            while lo <= hi:
                mid = (lo + hi) // 2
                result = attempt(mid)
                if result[2] <= HTML_BUDGET:
                    best, hi = (mid, result), mid - 1
                else:
                    lo = mid + 1
            level, (values, html, size) = best if best else (last, attempt(last))
        if size > HTML_BUDGET:
            problems.append(f"HTML is {size} bytes even at the shortest level (budget {HTML_BUDGET})")
        text = self._render_template(TEXT_TEMPLATE, {**values, "footer": slot})
        for part, content in (("HTML", html), ("text", text)):
            if content.count(slot) != 1:
                name = HTML_TEMPLATE if part == "HTML" else TEXT_TEMPLATE
                raise RenderError(
                    f"{self.origin(name)}: the {part} template must output {{{{ footer }}}} exactly once "
                    "(it carries the unsubscribe link)"
                )
        html_head, _, html_tail = html.partition(slot)  # exactly one slot, checked above
        text_head, _, text_tail = text.partition(slot)
        html_parts, text_parts = (html_head, html_tail), (text_head, text_tail)
        data = {
            "v": 1,
            "url_slot": url_slot,
            "email_slot": email_slot,
            # readers' footers only: the stored copy is the public archive page, and the editors'
            # feed-health summary is not for the public (a resumed send gives editors a reader's footer)
            "footers": [[has_url, h, t] for (editor, has_url), (h, t) in footers.items() if not editor],
        }
        stored_html, stored_text = _stored_copy(html_parts, archive[0], text_parts, archive[1], data)
        return BaseRender(
            subject=subject,
            html=stored_html,
            text=stored_text,
            html_parts=html_parts,
            text_parts=text_parts,
            url_slot=url_slot,
            email_slot=email_slot,
            footers=footers,
            detail_level=level,
            html_bytes=size,
            shortened=level > 0 or any(t.hidden for t in values["topics"]),
            problems=tuple(problems),
        )

    def base_from_stored(self, subject: str, html: str, text: str) -> BaseRender:
        """Rebuild an issue's BaseRender from its stored copies (`base.subject`, `base.html`, `base.text`)."""
        match = _STORED.search(html)
        if match is None:
            raise RenderError("the stored issue has no footer data (it was not stored from BaseRender.html)")
        try:
            data = json.loads(base64.b64decode(match.group(1)))
            (h_at, h_len), (t_at, t_len) = data["html"], data["text"]
            readers = {bool(u): (str(h), str(t)) for u, h, t in data["footers"]}
            footers = {(editor, has_url): readers[has_url] for editor in (False, True) for has_url in (False, True)}
            url_slot, email_slot = str(data["url_slot"]), str(data["email_slot"])
        except (ValueError, KeyError, TypeError) as exc:
            raise RenderError(f"the stored issue's footer data is damaged: {exc}") from exc
        body = html[: match.start()]
        html_parts = (body[:h_at], body[h_at + h_len :])
        text_parts = (text[:t_at], text[t_at + t_len :])
        size = len((html_parts[0] + html_parts[1]).encode()) + max(len(h.encode()) for h, _ in footers.values())
        return BaseRender(
            subject=subject,
            html=html,
            text=text,
            html_parts=html_parts,
            text_parts=text_parts,
            url_slot=url_slot,
            email_slot=email_slot,
            footers=footers,
            html_bytes=size,
        )

    def personalize(self, base: BaseRender, recipient: Recipient) -> RenderedMessage:
        """Fill one recipient's footer into the shared render: string joins only, no template run."""
        url = safe_url(recipient.unsubscribe_url)
        html_footer, text_footer = base.footers[(recipient.editor, url is not None)]
        email = clean_line(recipient.email, 254)
        html_footer = html_footer.replace(base.url_slot, html_escape(url or "")).replace(
            base.email_slot, html_escape(email)
        )
        text_footer = text_footer.replace(base.url_slot, url or "").replace(base.email_slot, email)
        return RenderedMessage(
            subject=base.subject,
            html=base.html_parts[0] + html_footer + base.html_parts[1],
            text=base.text_parts[0] + text_footer + base.text_parts[1],
        )

    # -- internals ----------------------------------------------------------------------------

    def _subject(self, ctx: DigestContext, tz: ZoneInfo) -> str:
        values = {
            "digest": clean_line(ctx.digest, 120),
            "topics": len(ctx.updates),
            "articles": ctx.new_articles,
            "date": _day(ctx.period_end, tz),
            "number": ctx.number,
            "topics_updated": "1 topic updated" if len(ctx.updates) == 1 else f"{len(ctx.updates)} topics updated",
            "new_articles": "1 new article" if ctx.new_articles == 1 else f"{ctx.new_articles} new articles",
        }
        return format_subject(ctx.subject_template or "{digest}", values) or clean_header_text(ctx.digest)

    def _values(self, ctx: DigestContext, tz: ZoneInfo, detail: Detail, subject: str) -> dict[str, Any]:
        base_url = safe_url(ctx.web_base_url.rstrip("/")) if ctx.web_base_url else None
        topics = [
            _topic_view(i, u, detail, base_url, tz, full=i <= detail.sections)
            for i, u in enumerate(ctx.updates[: detail.glance], start=1)
        ]
        articles = [_article_view(i, b, detail, tz) for i, b in enumerate(ctx.article_briefs, start=1)]
        articles_shown = articles[: detail.article_briefs]
        n_topics, n_articles = len(ctx.updates), ctx.new_articles
        preheader = f"{_plural(n_topics, 'topic')} updated · {_plural(n_articles, 'new article')}"
        return {
            "subject": subject,
            "digest": clean_line(ctx.digest, 120),
            "number": ctx.number,
            "period": _period(ctx.period_start, ctx.period_end, tz),
            "date": _day(ctx.period_end, tz),
            "preheader": preheader,
            "late_note": clean_line(ctx.late_note, 400),
            "topics": topics,
            "sections": [t for t in topics if t.full],
            "glance_more": max(0, n_topics - len(topics)),
            "articles": articles_shown,
            "articles_more": len(articles) - len(articles_shown),
            "web_base_url": base_url,
            "topic_count": n_topics,
            "new_articles": n_articles,
        }

    def _footers(self, ctx: DigestContext, tz: ZoneInfo, url_slot: str, email_slot: str):
        """Each recipient variant's footer with slots for URL and address, and the web-archive footer."""
        health = _feed_health_view(ctx.feed_health, tz)
        base_url = safe_url(ctx.web_base_url.rstrip("/")) if ctx.web_base_url else None
        common = {"digest": clean_line(ctx.digest, 120), "web_base_url": base_url}

        def render(editor: bool, url: str | None, email: str | None) -> tuple[str, str]:
            values = {**common, "editor": editor, "feed_health": health if editor else None}
            html = self._render_template(
                FOOTER_HTML,
                {**values, "unsubscribe_url": url and _slot(url), "email": email and _slot(email)},
            )
            return html, self._render_template(FOOTER_TEXT, {**values, "unsubscribe_url": url, "email": email})

        footers = {
            (editor, has_url): render(editor, url_slot if has_url else None, email_slot)
            for editor in (False, True)
            for has_url in (False, True)
        }
        return footers, render(False, None, None)

    def _template_source(self, ctx: DigestContext) -> str:
        tz = _zone(ctx)
        values = self._values(ctx, tz, DETAIL_LEVELS[0], self._subject(ctx, tz))
        return self._render_template(HTML_TEMPLATE, {**values, "footer": _slot("footer")})

    def _render_template(self, name: str, values: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(values)
        except TemplateSyntaxError as exc:
            raise RenderError(f"{self.origin(exc.name or name)}:{exc.lineno}: {exc.message}") from exc
        except TemplateError as exc:
            raise RenderError(f"{self._where(exc, name)}: {exc}") from exc

    def _where(self, exc: BaseException, name: str) -> str:
        """file:line of the innermost template frame (jinja rewrites tracebacks to template lines)."""
        folders = [str(self.bundled_dir)] + ([str(self.templates_dir)] if self.templates_dir else [])
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if any(frame.filename.startswith(f) for f in folders):
                return f"{frame.filename}:{frame.lineno}"
        return str(self.origin(name))

    def _compile(self, source: str) -> str:
        try:
            return mjml.mjml2html(source, disable_comments=True, fonts={})
        except ValueError as exc:
            raise RenderError(f"{self.origin(HTML_TEMPLATE)}: MJML: {exc}") from exc


# --------------------------------------------------------------------------------------------------
# A complete sample issue: `check()` renders it, and the preview and bench can use it without a store


def sample_context(topics: int = 2, web_base_url: str | None = "https://digest.example.org") -> DigestContext:
    """A small but complete issue touching every part of the templates."""
    end = datetime(2026, 5, 22, 7, 0, tzinfo=UTC)
    updates = []
    for i in range(1, topics + 1):
        sources = [
            Source(
                n,
                f"art-{i}-{n}",
                f"Outlet {n}",
                f"Report {n} on topic {i}",
                f"https://news.example.org/{i}/{n}",
                end - timedelta(days=n),
            )
            for n in range(1, 6)
        ]
        brief = Brief(
            topic=f"topic-{i}",
            title=f"Sample topic {i}",
            version=3,
            created=end,
            what=[Statement(f"Officials announced the next step for topic {i}.", (1, 2))],
            why_it_matters=[Statement("It changes who decides what comes next.", (2,))],
            insights=[Statement(f"Insight {k} about topic {i}.", (k,)) for k in range(1, 4)],
            open_questions=[Statement("Will the agreement be enforced?", (3,))],
            timeline=[
                TimelineEntry(date(2026, 5, 14), "2026-05-14", "The agreement was signed.", (1,)),
                TimelineEntry(date(2026, 5, 19), "2026-05-19", "Allies responded.", (4,)),
            ],
            perspectives=[
                Perspective("A minister", Statement("Calls the deal a success.", (2,)), "shifted", "now more cautious"),
            ],
            tensions=[Tension("The minister calls it a success vs. critics who doubt it will hold.", (2, 3, 4))],
            changes=[Statement(f"Two outlets reported new details on topic {i}.", (4, 5))],
            sources=sources,
        )
        topic = Topic(f"topic-{i}", f"Sample topic {i}", "tracked", "active", end, end, version=3)
        version = TopicVersion(f"topic-{i}", 3, end, [s.article_id for s in sources], [])
        updates.append(TopicUpdate(topic, version, brief, new_articles=2))
    article = ArticleBrief(
        article_id="art-x",
        title="A standout article",
        key_insights=[Statement("The first insight of the article.", (1,))],
        why_it_matters=[Statement("Why the article matters.", (1,))],
        summary=[Statement("What the article reports, in two sentences.", (1,))],
        essentially=[Statement("An agency did one thing.", (1,)), Statement("A company did another.", (1,))],
        risks=[Statement("A risk the article names.", (1,))],
        opportunities=[Statement("An opportunity the article names.", (1,))],
        unknowns=[Statement("What is not known yet.", (1,))],
        reported_by="example.org",
        url="https://news.example.org/x",
        original_headline="The original headline",
        sources=[Source(1, "art-x", "example.org", "The original headline", "https://news.example.org/x", end)],
    )
    health = [
        FeedHealth("https://a.example.org/feed", "A", "ok", end, None, 0, 40),
        FeedHealth("https://b.example.org/feed", "B", "failing", end - timedelta(days=2), "HTTP 503", 3, 12),
    ]
    return DigestContext(
        digest="Morning brief",
        number=12,
        period_start=end - timedelta(days=1),
        period_end=end,
        subject_template="{digest}: {topics} topics updated — {date}",
        updates=updates,
        article_briefs=[article],
        new_articles=4 * topics,
        feed_health=health,
        web_base_url=web_base_url,
    )
