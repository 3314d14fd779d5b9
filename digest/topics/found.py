"""Search results go first to the tracked topic whose search found them (issue 20).

A topic with `search:` asked a search feed for coverage of itself; what came back is put in that
topic ahead of anything the rules or similarity would choose, unless the topic's exclude phrases
refuse it. Feed tags do not apply: a search result comes from no tagged feed.
"""

from __future__ import annotations

from sqlalchemy import Connection

from digest.models import Article
from digest.store import sources as source_store
from digest.topics.rules import Rule


def offer_found(
    conn: Connection,
    slugs: dict[str, str],
    items: list[Article],
    rules: list[Rule],
    forced: dict[str, list[str]],
    blocked: dict[str, set[str]],
) -> None:
    """Put each found article first in `forced` for the topic that searched (topic name -> slug in `slugs`)."""
    hits = source_store.found_for(conn, [a.id for a in items])
    if not hits:
        return
    by_slug = {r.slug: r for r in rules}
    for a in items:
        for name in reversed(hits.get(a.id, [])):  # the oldest hit ends up first
            rule = by_slug.get(slugs.get(name, ""))
            if rule is None or (rule.exclude is not None and rule.exclude.search(f"{a.title}\n{a.text}")):
                continue
            targets = forced.setdefault(a.id, [])
            if rule.slug in targets:
                targets.remove(rule.slug)
            targets.insert(0, rule.slug)
            blocked.get(a.id, set()).discard(rule.slug)
