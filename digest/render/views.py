"""View records and their builders: what templates see (plain strings and numbers, links already
checked), cut to a level of detail so an issue fits under Gmail's clipping point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_interval, format_skeleton

from digest.i18n import DEFAULT, normalize
from digest.i18n.catalogs import locale_for, translations
from digest.models import (
    ArticleBrief,
    Brief,
    DigestContext,
    FeedHealth,
    Perspective,
    Source,
    Statement,
    Tension,
    TopicUpdate,
)
from digest.render.text import _CITE_RUN, GLUE, RANGE_MIN, clean_line, safe_url

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
    origin: str = ""  # a new topic that split from another: which, and how many articles came over


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

    changes = _split_lines(update) if full else []  # a fork first: it explains what left the brief
    changes += lines([replace(s, text=localize(s.text)) for s in brief.changes], detail.changes)
    what = lines(brief.what, detail.what)
    why = lines(brief.why_it_matters, detail.why)
    insights = lines(brief.insights, detail.insights)
    open_questions = lines(brief.open_questions, detail.open_questions)

    entries = [e for e in brief.timeline if clean_line(e.text) and any(n in all_sources for n in e.citations)]
    entries.sort(key=lambda e: e.when)
    limit = detail.timeline if full else 0
    latest = entries[-limit:] if limit else []
    hidden += min(len(entries), DETAIL_LEVELS[0].timeline) - len(latest)  # older entries: by design, not cuts
    timeline = [
        TimelineView(clean_line(e.label, 20), _line(localize(e.text), e.citations, all_sources, chars)) for e in latest
    ]

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
    glance = clean_line(localize(glance_from[0].text), detail.glance_chars) if glance_from else ""
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
        origin=_origin(update),
    )


def _split_lines(update: TopicUpdate) -> list[Line]:
    """ "12 articles split off into the new topic Teachers' strike": what left a topic since readers last had it."""
    return [
        Line(
            ngettext(
                "%(num)d article split off into the new topic %(topic)s",
                "%(num)d articles split off into the new topic %(topic)s",
                s.articles,
                topic=clean_line(s.title, 200) or s.slug,
            )
        )
        for s in update.split_off
    ]


def _origin(update: TopicUpdate) -> str:
    """ "New topic, split from Mine closure (12 articles moved over)", the first time a digest shows a branch."""
    s = update.split_from
    if s is None:
        return ""
    return ngettext(
        "New topic, split from %(topic)s (%(num)d article moved over)",
        "New topic, split from %(topic)s (%(num)d articles moved over)",
        s.articles,
        topic=clean_line(s.title, 200) or s.slug,
    )


def _tension_statements(tensions: Iterable[Tension]) -> list[Statement]:
    """Tensions as statements, so they pass the same citation check and rendering as every other line."""
    return [Statement(t.summary, tuple(t.citations)) for t in tensions]


_QUOTE = re.compile(r"“([^”]*)”")
_NOTE_LEADS = {"expanded": ("now ", "new since "), "shifted": ("from ", "now ")}
_UNQUOTED_ALSO = re.compile(r"^(?P<lead>now also: )(?P<text>[^“].*?)(?P<cites>\s*(?:\[\d+\])+)$")


def _evolution(p: Perspective, sources: Mapping[int, SourceView], version: int) -> tuple[str, tuple[Line, ...]]:
    """How a stance moved, in brief: "new", "unchanged", "now also says “…”", "from “…” to “…”".

    The `[n]` runs the note quotes become citations (ranges, links). Quotations are cut to a few
    words, since the stance beside the note already shows them in full. In a topic's first version
    every actor is new, so nothing is said.
    """
    if p.evolution == "unchanged":
        return gettext("unchanged"), (Line(gettext("unchanged")),)
    if p.evolution == "new":
        return (gettext("new"), (Line(gettext("new")),)) if version > 1 else ("", ())
    note = _QUOTE.sub(lambda m: f"“{_few_words(m.group(1), NOTE_QUOTE_WORDS)}”", clean_line(p.evolution_note))
    # A reporter's sentence about the actor is noted unquoted ("now also: BP said on Tuesday it had …"): cut the
    # same, so the note points at the new claim rather than repeat the stance beside it.
    note = _UNQUOTED_ALSO.sub(lambda m: m["lead"] + _few_words(m["text"], NOTE_QUOTE_WORDS) + m["cites"], note)
    note = clean_line(note, 240)
    label = p.evolution if p.evolution in _NOTE_LEADS else "changed"
    if not note:
        note = label
    elif not note.casefold().startswith(_NOTE_LEADS.get(label, ())):
        note = f"{label.capitalize()}: {note}"
    note = localize(note)
    pieces = _CITE_RUN.split(note)  # text, run, text, run, …, text
    parts = [
        Line(text, _line("", [int(n) for n in re.findall(r"\d+", run)], sources, 0).cites)
        for text, run in zip(pieces[::2], [*pieces[1::2], ""], strict=True)
    ]
    parts = [part for part in parts if part.text or part.cites]
    return "".join(part.cited if part.text else part.cite_text for part in parts), tuple(parts)


# The briefs' own framing lines, written in English by digest.briefs.changes and the engines; another
# digest language re-words them here (the content they carry, quotes and names, stays as the sources wrote it).
_FRAMES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"^(?P<n>\d+) new articles? since version (?P<v>\d+), from (?P<o>.+?)(?:; new outlets?: (?P<new>.+))?$"
        ),
        lambda m: (
            ngettext(
                "%(num)d new article since version %(version)s, from %(outlets)s",
                "%(num)d new articles since version %(version)s, from %(outlets)s",
                int(m["n"]),
                version=m["v"],
                outlets=_and(m["o"]),
            )
            + (
                "; "
                + ngettext(
                    "new outlet: %(outlets)s", "new outlets: %(outlets)s", _and_count(m["new"]), outlets=_and(m["new"])
                )
                if m["new"]
                else ""
            )
        ),
    ),
    (
        re.compile(r"^New on the timeline: (?P<x>.+)$"),
        lambda m: gettext("New on the timeline: %(entry)s") % {"entry": m["x"]},
    ),
    (re.compile(r"^New voice: (?P<x>.+)$"), lambda m: gettext("New voice: %(actor)s") % {"actor": m["x"]}),
    (
        re.compile(r"^New open question: (?P<x>.+)$"),
        lambda m: gettext("New open question: %(question)s") % {"question": m["x"]},
    ),
    (
        re.compile(r"^Earlier question “(?P<q>.+)” — now reported: (?P<a>.+)$"),
        lambda m: (
            gettext("Earlier question “%(question)s” — now reported: %(answer)s")
            % {"question": m["q"], "answer": m["a"]}
        ),
    ),
    (re.compile(r"^Upcoming: (?P<x>.+)$"), lambda m: gettext("Upcoming: %(text)s") % {"text": m["x"]}),
    (re.compile(r"^now also says (?P<x>.+)$"), lambda m: gettext("now also says %(quote)s") % {"quote": m["x"]}),
    (re.compile(r"^now also: (?P<x>.+)$"), lambda m: gettext("now also: %(text)s") % {"text": m["x"]}),
    (
        re.compile(r"^new since version (?P<v>\d+)(?P<cites>(?:\s*\[\d+\])*)$"),
        lambda m: gettext("new since version %(version)s") % {"version": m["v"]} + m["cites"],
    ),
    (
        re.compile(r"^from (?P<was>“[^”]*”) to (?P<now>.+)$"),
        lambda m: gettext("from %(before)s to %(after)s") % {"before": m["was"], "after": m["now"]},
    ),
]


def _and(items: str) -> str:
    """ "A, B and C" with the digest language's "and"."""
    parts = re.split(r", | and ", items)
    if len(parts) == 1:
        return items
    return gettext("%(items)s and %(last)s") % {"items": ", ".join(parts[:-1]), "last": parts[-1]}


def _and_count(items: str) -> int:
    return len(re.split(r", | and ", items))


def localize(text: str) -> str:
    """A brief's framing line in the digest's language; English (and any other text) as it is."""
    if _LANGUAGE.get() == DEFAULT:
        return text
    for pattern, build in _FRAMES:
        m = pattern.match(text)
        if m:
            return build(m)
    return text


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
    name = ctx.timezone or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


# The language of the issue being rendered: dates and plurals in views follow it (English by default).
_LANGUAGE: ContextVar[str] = ContextVar("digest_render_language", default=DEFAULT)


@contextmanager
def rendering_language(code: str | None) -> Iterator[str]:
    """Format dates and plurals for `code` ("de", "fr-CA") while rendering one issue."""
    lang = normalize(code) or DEFAULT
    token = _LANGUAGE.set(lang)
    try:
        yield lang
    finally:
        _LANGUAGE.reset(token)


def ngettext(singular: str, plural: str, n: int, **values: object) -> str:
    """A counted phrase ("%(num)d new articles") in the rendering language."""
    return translations(_LANGUAGE.get()).ngettext(singular, plural, n) % {"num": n, **values}


def gettext(message: str) -> str:
    return translations(_LANGUAGE.get()).gettext(message)


def _day(when: datetime | date, tz: ZoneInfo) -> str:
    return format_day(when, _LANGUAGE.get(), tz)


def format_day(when: datetime | date, language: str = DEFAULT, tz: ZoneInfo | None = None) -> str:
    """A day as readers of `language` (a normalized code) write it: "30 Nov 2026", "30. Nov. 2026",
    "30 nov. 2026", "30 nov 2026". A datetime is taken on its day in `tz` (UTC by default)."""
    if isinstance(when, datetime):
        when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(tz or UTC).date()
    return _day_text(when, language)


@lru_cache(maxsize=4096)
def _day_text(when: date, language: str) -> str:
    """Babel's medium day (its pattern lookup costs more than a page wants to pay per date; days repeat)."""
    if language != DEFAULT:
        return format_skeleton("yMMMd", when, locale=locale_for(language))
    return f"{when.day} {when:%b %Y}"


_MONTH_LABEL = re.compile(r"^\d{4}-\d{2}$")


def format_label(when: date, label: str, language: str = DEFAULT) -> str:
    """A timeline entry's date as the brief labels it ("2026-05-14", "2026-05" or "2024"), in `language`:
    a day as `format_day`, a month as "May 2026" / "Mai 2026", a year as it is."""
    if label == when.isoformat():
        return format_day(when, language)
    if _MONTH_LABEL.match(label) and label == when.isoformat()[:7]:
        return _babel_month(when.replace(day=1), language)
    return label


@lru_cache(maxsize=1024)
def _babel_month(when: date, language: str) -> str:
    return format_skeleton("yMMM", when, locale=locale_for(language))


def _period(start: datetime | None, end: datetime, tz: ZoneInfo) -> str:
    e = end.astimezone(tz).date()
    if start is None:
        return gettext("until %(date)s") % {"date": _day(e, tz)}
    s = start.astimezone(tz).date()
    if end.astimezone(tz).time() == datetime.min.time() and e > s:
        e = e - timedelta(days=1)  # a period ending at midnight covers the day before
    if s >= e:
        return _day(e, tz)
    lang = _LANGUAGE.get()
    if lang != DEFAULT:
        return format_interval(s, e, "yMMMd", locale=locale_for(lang))  # "1.–3. Nov. 2026"
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {e:%b %Y}"
    if s.year == e.year:
        return f"{s.day} {s:%b} – {e.day} {e:%b %Y}"
    return f"{_day(s, tz)} – {_day(e, tz)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
