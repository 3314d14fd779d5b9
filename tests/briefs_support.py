"""Helpers the brief tests share."""

from __future__ import annotations

from datetime import UTC, datetime

from digest.briefs.changes import evolve
from digest.models import Brief, Perspective, Source, Statement


def evolved(actor: str, before: str, now: str) -> Perspective:
    """`actor`'s perspective in version 2 when version 1 had them say `before` and version 2 says `now`."""
    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    created = datetime(2033, 5, 1, tzinfo=UTC)
    previous = Brief(
        topic="t", title="T", version=1, created=created, sources=sources[:1],
        perspectives=[Perspective(actor, Statement(before, (1,)))],
    )  # fmt: skip
    return evolve([Perspective(actor, Statement(now, (2,)))], sources, previous)[0]
