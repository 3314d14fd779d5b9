"""Grounding a reader can trust: what a model wrote is kept only if its cited sources bear it out.

A statement survives when it cites real sources, its content words are found in them, every quoted
span appears verbatim in one of them, and every number and date it mentions appears in them. The
checks are mechanical on purpose: a model cannot talk its way past them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from digest.briefs.sentences import content_overlap
from digest.models import Article, Source

log = logging.getLogger(__name__)

MIN_OVERLAP = 0.5  # share of a statement's content words that must appear in the sources it cites

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"|‘([^’]+)’|(?<![\w'])'([^']+?)'(?![\w'])|«([^»]+)»|„([^“”]+)[“”]")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:st|nd|rd|th)?")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_WORD = re.compile(rf"\b({_MONTH_RE})(?=\W|$)", re.I)
LABEL = re.compile(
    r"^\s*(?:(?:\d{1,2}[.)]|[-*•])\s+)?"  # a list number or bullet
    r"(?:(?:what|why it matters|insights?|narrative|notes?|summary|statement)\s*[:–-]\s*)?",  # a section label
    re.I,
)
INLINE_CITE = re.compile(r"\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")


_FOLD = str.maketrans("’‘“”–—\u00a0", "''\"\"-- ")


def normalize(text: str) -> str:
    """Compare text as a reader would: Unicode-folded, straight quotes, single spaces, any case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_FOLD)
    return " ".join(text.split()).casefold()


def strip_inline_citations(text: str) -> tuple[str, tuple[int, ...]]:
    """'What: …rose 5% [2][3].' -> ('…rose 5%.', (2, 3)): renderers add labels and citations themselves."""
    found = tuple(int(n) for m in INLINE_CITE.finditer(text) for n in re.findall(r"\d+", m.group(1)))
    return LABEL.sub("", INLINE_CITE.sub("", text)).strip(), found


def quotes(text: str) -> list[str]:
    """The quoted spans of a statement (curly, straight, single, guillemets)."""
    spans = []
    for m in QUOTE.finditer(text):
        span = next(g for g in m.groups() if g is not None)
        if span.strip():
            spans.append(span)
    return spans


def quote_found(span: str, support: str) -> bool:
    """A quote is found when each of its pieces (split at an ellipsis) appears verbatim in the support."""
    pieces = [normalize(p).strip(" .,;:!?-'\"") for p in re.split(r"…|\.\.\.|\[\.\.\.\]", span)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(p in support for p in pieces)


def _number(token: str) -> str:
    token = re.sub(r"(st|nd|rd|th)$", "", token)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", token):
        token = token.replace(",", "")
    token = token.rstrip(".,")
    if "." in token:
        token = token.rstrip("0").rstrip(".") or "0"
    return token.lstrip("0") or "0"


def numbers(text: str) -> set[str]:
    return {_number(t) for t in NUMBER.findall(text)}


def _dates_in(text: str) -> set[tuple[int | None, int, int]]:
    """(year or None, month, day) for every date written in the text."""
    out: set[tuple[int | None, int, int]] = set()
    for y, m, d in ISO_DATE.findall(text):
        out.add((int(y), int(m), int(d)))
    for mon, d, y in MONTH_DAY.findall(text):
        out.add((int(y) if y else None, MONTHS[mon.lower().rstrip(".")], int(d)))
    for d, mon, y in DAY_MONTH.findall(text):
        out.add((int(y) if y else None, MONTHS[mon.lower().rstrip(".")], int(d)))
    return out


class Support:
    """What a set of cited sources says, prepared once for every check against it."""

    def __init__(self, texts: Sequence[str], published: Sequence[datetime | None]):
        joined = "\n".join(texts)
        self.text = joined
        self.norm = normalize(joined)
        self.numbers = numbers(joined)
        self.dates = _dates_in(joined)
        self.months = {MONTHS[m.lower().rstrip(".")] for m in MONTH_WORD.findall(joined)}
        self.words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'-]*", joined)}
        self.words |= {w.removesuffix("'s") for w in self.words}
        self.published = [p.date() for p in published if p is not None]
        for day in self.published:
            self.numbers |= {str(day.year), str(day.month), str(day.day)}
            self.dates.add((day.year, day.month, day.day))
            self.months.add(day.month)

    def has_date(self, when: date, precision: str) -> bool:
        """An entry date the sources bear out: written in them, or (a day) within a week before publication."""
        if precision == "year":
            return str(when.year) in self.numbers
        if precision == "month":
            return when.month in self.months and str(when.year) in self.numbers
        if (when.year, when.month, when.day) in self.dates:
            return True
        if (None, when.month, when.day) in self.dates and str(when.year) in self.numbers:
            return True
        return any(0 <= (p - when).days <= 7 for p in self.published)


class Grounder:
    """Checks statements against the sources they cite and counts what it drops, by reason."""

    def __init__(self, sources: Sequence[Source], articles: Sequence[Article]):
        self.text_of = {s.n: a.title + "\n" + a.text for s, a in zip(sources, articles, strict=True)}
        self.published = {s.n: s.published for s in sources}
        self.dropped: Counter[str] = Counter()
        self._cache: dict[tuple[int, ...], Support] = {}

    def support(self, cites: tuple[int, ...]) -> Support:
        if cites not in self._cache:
            self._cache[cites] = Support([self.text_of[n] for n in cites], [self.published[n] for n in cites])
        return self._cache[cites]

    def check(
        self, text: str, citations: Sequence[int], *, overlap: float = MIN_OVERLAP
    ) -> tuple[str, tuple[int, ...]] | None:
        """The cleaned statement and its valid citations, or None (and a counted reason) to drop it."""
        text, inline = strip_inline_citations(text)
        cites = tuple(sorted({n for n in (*citations, *inline) if n in self.text_of}))
        if not text.strip():
            return None
        if not cites:
            self.dropped["no valid citation"] += 1
            return None
        reason = self.problem(text, cites, overlap=overlap)
        if reason:
            self.dropped[reason] += 1
            log.debug("dropped (%s): %s %s", reason, text, list(cites))
            return None
        return text, cites

    def recite(self, text: str, candidates: Sequence[int]) -> tuple[str, tuple[int, ...]] | None:
        """The one candidate source that bears a statement out best, when the cited one does not.

        Small models often put a fact from one source under another's number; the fact is still
        true of the source it came from, so it is kept there, never under a number that does not bear it.
        """
        text, _ = strip_inline_citations(text)
        best: tuple[float, int] | None = None
        for n in candidates:
            if n in self.text_of and text.strip() and self.problem(text, (n,)) is None:
                score = content_overlap(text, self.support((n,)).text)
                if best is None or score > best[0]:
                    best = (score, n)
        return (text, (best[1],)) if best else None

    def problem(self, text: str, cites: tuple[int, ...], *, overlap: float = MIN_OVERLAP) -> str | None:
        """Why the cited sources do not bear the statement out, or None when they do."""
        support = self.support(cites)
        for span in quotes(text):
            if not quote_found(span, support.norm):
                return "quote not in its sources"
        plain = _without_quotes(text)
        for y, m, d in _dates_in(plain):
            written = (y, m, d) in support.dates or (None, m, d) in support.dates
            if not written and (y is not None or (m, d) not in {(dm, dd) for _, dm, dd in support.dates}):
                return "number or date not in its sources"
            if y is not None and str(y) not in support.numbers:
                return "number or date not in its sources"
        for pattern in (ISO_DATE, MONTH_DAY, DAY_MONTH):
            plain = pattern.sub(" ", plain)
        if numbers(plain) - support.numbers:
            return "number or date not in its sources"
        for mon in MONTH_WORD.findall(plain):
            if mon[0].islower():
                continue  # "may", "march" as words, not months
            if MONTHS[mon.lower().rstrip(".")] not in support.months:
                return "number or date not in its sources"
        if missing_names(plain, support):
            return "name not in its sources"
        if overlap > 0 and content_overlap(text, support.text) < overlap:
            return "words not in its sources"
        return None

    def actor_problem(self, actor: str, cites: tuple[int, ...]) -> str | None:
        """An actor is someone the cited sources name: every capitalized word of the name is in them."""
        words = re.findall(r"[^\W\d_][\w'-]*", actor)
        have = self.support(cites).words
        if not words or any(w[0].isupper() and w.casefold() not in have for w in words):
            return "actor not in its sources"
        return None

    def total(self) -> int:
        return sum(self.dropped.values())


def missing_names(text: str, support: Support) -> list[str]:
    """Capitalized words after a sentence's first word (names, places, bodies) absent from the support."""
    missing = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"[^\W\d_][\w'-]*", sentence)
        for w in words[1:]:
            if (
                w[0].isupper()
                and w.casefold() not in support.words
                and w.casefold().removesuffix("'s") not in support.words
            ):
                missing.append(w)
    return missing


def _without_quotes(text: str) -> str:
    return QUOTE.sub(" ", text)
