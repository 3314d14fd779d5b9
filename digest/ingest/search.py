"""Topic-driven search: tracked topics that ask for it go looking for more coverage of themselves.

feeds.yaml lists search feeds as URL templates (`{query}`, `{tag}`); each topic with `search:` turns
them into feed URLs. This module is the pure part: which URLs a run requests, within the per-topic
and per-run limits, least recently tried first so every topic gets its turn. Fetching them is
`digest.ingest.sources`, through the same guarded fetcher as feeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, quote_plus

from digest.config import Config, SearchConfig, TopicConfig

MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class SearchRequest:
    topic: str  # the topic's name in feeds.yaml
    feed: str  # the search feed's name
    url: str

    @property
    def label(self) -> str:
        return f"search: {self.topic}"


def topic_query(topic: TopicConfig) -> str | None:
    """The topic's own query, or one built from its name and include phrases (OR-ed, phrases quoted)."""
    if isinstance(topic.search, str):
        return topic.search
    if not topic.search:
        return None
    terms = list(dict.fromkeys(t.strip() for t in [topic.name, *topic.include] if t.strip()))
    parts: list[str] = []
    for term in terms:
        piece = f'"{term}"' if re.search(r"\s", term) else term
        if parts and len(" OR ".join([*parts, piece])) > MAX_QUERY_CHARS:
            break
        parts.append(piece)
    return " OR ".join(parts)


def topic_tag(topic: TopicConfig) -> str:
    """A hashtag for tag feeds: the custom query, else the first include phrase, else the name, in CamelCase."""
    source = topic.search if isinstance(topic.search, str) else (topic.include[0] if topic.include else topic.name)
    words = re.findall(r"[^\W_]+", source)
    return "".join(w if w.isupper() else w[:1].upper() + w[1:] for w in words)[:100]


def expand(template: str, topic: TopicConfig) -> str | None:
    query = topic_query(topic)
    if query is None:
        return None
    return template.format(query=quote_plus(query), tag=quote(topic_tag(topic), safe=""))


def plan(config: Config) -> list[SearchRequest]:
    """Every search URL the configured topics ask for, in feeds.yaml order (duplicates once)."""
    out: dict[str, SearchRequest] = {}
    for topic in config.topics:
        if not topic.search or topic.muted:
            continue
        for feed in config.search.feeds:
            url = expand(feed.url, topic)
            if url is not None and url not in out:
                out[url] = SearchRequest(topic=topic.name, feed=feed.name, url=url)
    return list(out.values())


def choose(
    requests: list[SearchRequest], last_attempt: dict[str, datetime | None], limits: SearchConfig
) -> tuple[list[SearchRequest], list[SearchRequest]]:
    """(to request now, left for a later run): least recently tried first, within both request limits."""
    never = datetime.min
    order = sorted(
        enumerate(requests),
        key=lambda ir: ((last_attempt.get(ir[1].url) or never).replace(tzinfo=None), ir[0]),
    )
    per_topic: dict[str, int] = {}
    chosen: list[SearchRequest] = []
    later: list[SearchRequest] = []
    for _, request in order:
        used = per_topic.get(request.topic, 0)
        if len(chosen) >= limits.max_requests_per_run or used >= limits.max_requests_per_topic:
            later.append(request)
            continue
        per_topic[request.topic] = used + 1
        chosen.append(request)
    return chosen, later


@dataclass
class Quota:
    """New articles a run may still take from search, overall and per topic."""

    run: int
    per_topic: int
    taken: dict[str, int]

    @classmethod
    def from_config(cls, limits: SearchConfig) -> Quota:
        return cls(limits.max_new_per_run, limits.max_new_per_topic, {})

    def take(self, topic: str, wanted: int) -> int:
        """Claim up to `wanted`; returns how many are granted."""
        granted = max(0, min(wanted, self.run, self.per_topic - self.taken.get(topic, 0)))
        self.run -= granted
        self.taken[topic] = self.taken.get(topic, 0) + granted
        return granted
