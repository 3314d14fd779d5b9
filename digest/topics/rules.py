"""Editors' topic rules from feeds.yaml: include and exclude phrases, feed tags. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.models import Article


def _pattern(phrases: list[str]) -> re.Pattern[str] | None:
    cleaned = [p.strip() for p in phrases if p.strip()]
    if not cleaned:
        return None
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(cleaned, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """One editor topic's matching rules."""

    slug: str
    include: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    tags: frozenset[str]

    @classmethod
    def build(cls, slug: str, include: list[str], exclude: list[str], tags: list[str]) -> Rule:
        return cls(slug, _pattern(include), _pattern(exclude), frozenset(t.casefold() for t in tags))

    def eligible(self, article: Article) -> bool:
        """May this article join at all (tags fit, nothing excluded)?"""
        if self.tags and not self.tags & {t.casefold() for t in article.tags}:
            return False
        return not (self.exclude and self.exclude.search(_haystack(article)))

    def matches(self, article: Article) -> bool:
        """Do the rules alone put the article in the topic?

        An include phrase must appear; a topic with tags and no include phrases takes every
        article of its tagged feeds.
        """
        if not self.eligible(article):
            return False
        if self.include is not None:
            return bool(self.include.search(_haystack(article)))
        return bool(self.tags)


def _haystack(article: Article) -> str:
    return f"{article.title}\n{article.text}"
