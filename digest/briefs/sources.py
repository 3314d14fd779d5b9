"""Which articles a topic brief cites, numbered by date, and how a source is titled; shared by both engines.

Kept out of the extractive engine and the article brief so that neither imports the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import numpy as np

from digest.briefs.cues import UNKNOWN
from digest.briefs.sentences import article_sentences, shorten, split_sentences, trim
from digest.briefs.space import Space
from digest.models import Article, Brief, Source

MAX_SOURCES = 30
QUESTION_SOURCES = 3  # sources added beyond MAX_SOURCES because they state an open question


def title_of(article: Article) -> str:
    """The article's headline, or its lead sentence shortened when it has none."""
    if article.title.strip():
        return article.title.strip()
    usable = article_sentences(0, article.text, None, limit=5)
    lead = usable[0].text if usable else next((s for s in split_sentences(article.text)), article.text[:120])
    return shorten(trim(lead)) or article.id


def when(a: Article) -> datetime:
    return a.published or a.first_seen


def select_sources(articles: Sequence[Article], previous: Brief | None, cap: int = MAX_SOURCES) -> list[Article]:
    """At most `cap` articles, spread over time and favouring central and new ones; numbered by date."""
    unique = [a for a in articles if not a.canonical_id]
    unique = list({a.id: a for a in unique}.values()) or list({a.id: a for a in articles}.values())
    if len(unique) > cap:
        space = Space([a.title + " " + a.text[:3000] for a in unique])
        central = space.centrality()
        prev_ids = {s.article_id for s in previous.sources} if previous else set()
        bonus = np.array([0.05 if a.id not in prev_ids else 0.0 for a in unique])
        score = central + bonus
        buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, a in enumerate(unique):
            iso = when(a).isocalendar()
            buckets[(iso[0], iso[1])].append(i)
        for idx in buckets.values():
            idx.sort(key=lambda i: (-score[i], unique[i].id))
        newest = max(buckets)
        # The newest week first (where the story stands), then the busiest weeks (where it happened).
        order = [newest, *sorted((w for w in buckets if w != newest), key=lambda w: (-len(buckets[w]), w))]
        chosen: list[int] = []
        depth = 0
        while len(chosen) < cap:
            added = False
            for week in order:
                if depth < len(buckets[week]) and len(chosen) < cap:
                    chosen.append(buckets[week][depth])
                    added = True
            if not added:
                break
            depth += 1
        picked = set(chosen)
        # Open questions are rare; make sure a few sources that state one are in the list.
        # The most central first, stopping at the few needed: the cue scan is the costly part on big topics.
        rest = sorted((i for i in range(len(unique)) if i not in picked), key=lambda i: (-score[i], unique[i].id))
        askers: list[int] = []
        for i in rest:
            if len(askers) == QUESTION_SOURCES:
                break
            if UNKNOWN.search(unique[i].text):
                askers.append(i)
        chosen += askers
        unique = [unique[i] for i in chosen]
    return sorted(unique, key=lambda a: (when(a), a.id))


def make_sources(articles: Sequence[Article]) -> list[Source]:
    return [Source(i + 1, a.id, a.source, title_of(a), a.url, a.published) for i, a in enumerate(articles)]


def article_source(article: Article) -> Source:
    """The article itself as source [1] of its own brief."""
    return Source(1, article.id, article.source, title_of(article), article.url, article.published)
