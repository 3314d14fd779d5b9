"""Feeding a stream to the grouping engine a day at a time, as the topic service does, for the topic tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from digest.topics.engine import Cluster, Doc, DocFreq, Params, group


def replay(
    batches: Iterable[tuple[datetime, list[Doc]]], params: Params
) -> tuple[dict[str, str | None], dict[str, Cluster]]:
    """Each (now, docs) in turn through `group`, keeping what it keeps, folding what it merges.

    Returns article id -> topic key (None: in no topic, or in a candidate that never became one) and the clusters."""
    state: dict[str, Cluster] = {}
    of: dict[str, str] = {}
    df = DocFreq()
    for now, docs in batches:
        out = group(list(state.values()), docs, df, now, params)
        state.update(out.clusters)
        of.update(out.assignments)
        for key in out.dropped:
            state.pop(key, None)
        for small, big in out.merged.items():
            state.pop(small, None)
            of = {a: (big if k == small else k) for a, k in of.items()}
    topics = {k for k, c in state.items() if c.is_topic}
    return {a: (k if k in topics else None) for a, k in of.items()}, state
