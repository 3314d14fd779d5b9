"""When a topic forks: part of its later articles have become a story of their own.

A story is its lead actors (see `digest.topics.engine`). A topic forks when, from some point on,
its articles form two groups that each keep naming their own leads: the trunk still names the
story's first leads, the branch names none of them and shares leads of its own, each group has
several articles and the branch has kept going. A long story that drifts to new towns and people
while naming its lead is no fork; nor is a single side article, nor a story that moved on as a
whole (no trunk left to keep going). Sizes come from the topic itself (a share of its articles) and
the grouping's own minimum for a topic. Pure: the service loads the members and applies the split.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from digest.topics.features import entity_key

LEADS = 3  # a group's lead actors: its most named entities (by articles naming them)
BRANCH_SHARE = 0.15  # the branch holds at least this share of the articles after the head
LEAD_HOLD = 0.5  # the branch's first lead is named by at least this share of the branch
CROSS_SHARE = 0.1  # ... and by at most this share of the trunk (little overlap between the groups)
SPAN_DAYS = 3.0  # the branch has kept going at least this long
HEAD_SHARE = 0.25  # the story's first leads are counted on this share of its articles (the oldest)


@dataclass(frozen=True)
class ForkDoc:
    """One member as fork detection sees it: when, from whom, which entities it names."""

    id: str
    time: datetime
    source: str
    names: frozenset[str]  # normalised entity keys (digest.topics.features.entity_key)

    @staticmethod
    def of(id: str, time: datetime, source: str, names: Iterable[str]) -> ForkDoc:
        return ForkDoc(id, time, source, frozenset(entity_key(n) for n in names))


@dataclass(frozen=True)
class Fork:
    """A branch to take out of a topic: its articles, from `cut` on, and both groups' leads."""

    cut: datetime
    branch: tuple[str, ...]
    trunk_leads: tuple[str, ...]
    branch_leads: tuple[str, ...]


def _leads(docs: Sequence[ForkDoc], k: int = LEADS) -> list[str]:
    """The k entities named by the most articles (ties by name, so the choice is stable)."""
    counts: Counter[str] = Counter()
    for d in docs:
        counts.update(d.names)
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def _share(docs: Sequence[ForkDoc], name: str) -> float:
    return sum(name in d.names for d in docs) / len(docs) if docs else 0.0


def find_fork(docs: Sequence[ForkDoc], min_articles: int = 3, min_sources: int = 2) -> Fork | None:
    """The branch a topic's members have forked into, or None (the conservative answer)."""
    ordered = sorted(docs, key=lambda d: (d.time, d.id))
    group = 2 * max(min_articles, 1)  # each group needs at least twice what a new topic needs
    if len(ordered) < 4 * group:
        return None
    head_n = max(group, int(len(ordered) * HEAD_SHARE))
    head, rest = ordered[:head_n], ordered[head_n:]
    trunk_leads = _leads(head)
    if not trunk_leads:
        return None
    lead_set = set(trunk_leads)
    off = [d for d in rest if not d.names & lead_set]
    need = max(group, math.ceil(BRANCH_SHARE * len(rest)))
    if len(off) < need:
        return None
    branch_leads = _leads(off)
    if not branch_leads or _share(off, branch_leads[0]) < LEAD_HOLD:
        return None
    own = set(branch_leads)
    branch = [d for d in off if d.names & own]
    if len(branch) < need or len({d.source for d in branch}) < min_sources:
        return None
    cut = branch[0].time
    trunk = [d for d in ordered if d.names & lead_set]
    later = [d for d in trunk if d.time >= cut]
    if len(later) < group:
        return None  # the story moved on as a whole: a drift, not a fork
    if own & set(_leads(later)) or _share(trunk, branch_leads[0]) > CROSS_SHARE:
        return None  # the groups share their leads: one story
    span_days = (branch[-1].time - cut).total_seconds() / 86400.0
    if span_days < SPAN_DAYS or branch[-1].time < cut + (ordered[-1].time - cut) / 2:
        return None  # a burst of side articles, or a branch that stopped
    return Fork(cut, tuple(d.id for d in branch), tuple(trunk_leads), tuple(branch_leads))
