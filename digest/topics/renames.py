"""A renamed topic keeps its story: identity across edits of feeds.yaml.

An editor's topic is stored under a slug made from its name unless the entry says `slug:`. Editing
the name alone would therefore start a new topic at version 1 and leave the old one, with its
history, behind. `find_renames` spots that edit (a stored tracked topic gone from the file whose
articles the new entry's rules take), `carry` keeps the old slug for the run, and validate and the
run's log tell the editor the one line that makes it permanent: `slug: old-slug`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from digest.config import Config
from digest.models import Topic
from digest.store import articles as article_store

OVERLAP = 0.5  # share of the old topic's recent articles the new rules must take
SAMPLE = 200  # recent articles compared


@dataclass(frozen=True)
class Rename:
    index: int  # the entry in config.topics
    name: str  # its name in the file now
    old_slug: str
    old_title: str
    articles: int

    def hint(self, config: Config) -> str:
        return (
            f"{config.where('topics', self.index, 'name')}: {self.name!r} looks like a rename of "
            f"{self.old_title!r} ({self.articles} articles); add `slug: {self.old_slug}` to this topic to keep "
            "its history (until then each run carries it over)"
        )


def config_slug_of(config: Config, index: int) -> str:
    from digest.topics.service import config_slug

    return config_slug(config.topics[index])


def find_renames(config: Config, engine: Engine) -> tuple[list[Rename], list[Topic]]:
    """Renames to carry, and stored tracked topics that left the file with no successor."""
    from digest.topics import list_topics
    from digest.topics.rules import Rule

    stored = {t.slug: t for t in list_topics(engine)}
    in_file = {config_slug_of(config, i) for i in range(len(config.topics))}
    gone = [t for t in stored.values() if t.kind == "tracked" and t.status != "merged" and t.slug not in in_file]
    fresh = [
        i
        for i, tc in enumerate(config.topics)
        if tc.slug is None and config_slug_of(config, i) not in stored and not tc.merge_into
    ]
    if not fresh:  # nothing new in the file: no rename to look for, only topics left behind
        return [], gone
    pairs: dict[str, list[int]] = {}
    for topic in gone:
        recent = sorted(topic.members, key=lambda a: topic.members[a])[-SAMPLE:]
        members = article_store.get(engine, recent)
        if not members:
            continue
        for i in fresh:
            tc = config.topics[i]
            rule = Rule.build(topic.slug, tc.include, tc.exclude, tc.tags)
            taken = sum(rule.matches(a) for a in members)
            if taken / len(members) >= OVERLAP:
                pairs.setdefault(topic.slug, []).append(i)
    claimed: dict[int, list[str]] = {}
    for slug, indexes in pairs.items():
        for i in indexes:
            claimed.setdefault(i, []).append(slug)
    renames = [
        Rename(i, config.topics[i].name, slug, stored[slug].title, len(stored[slug].members))
        for slug, indexes in pairs.items()
        if len(indexes) == 1 and len(claimed[(i := indexes[0])]) == 1
    ]
    carried = {r.old_slug for r in renames}
    return renames, [t for t in gone if t.slug not in carried]


def carry(config: Config, renames: list[Rename]) -> Config:
    """The config with each renamed entry pointing at its old slug (the file is left as it is)."""
    if not renames:
        return config
    topics = list(config.topics)
    for r in renames:
        topics[r.index] = topics[r.index].model_copy(update={"slug": r.old_slug})
    return config.model_copy(update={"topics": topics})


def left_behind(config: Config, topic: Topic) -> str:
    return (
        f"{config.path}: topics: the tracked topic {topic.title!r} (slug {topic.slug}, {len(topic.members)} "
        "articles) is no longer in the file; its history stays, but it gets no new articles. If you renamed "
        f"it, add `slug: {topic.slug}` to the renamed entry"
    )
