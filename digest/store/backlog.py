"""What the pipeline still owes: articles never grouped, topic versions never briefed.

Both are found again after a crash or a failed brief, so a run simply picks them up.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from digest.store.articles import articles
from digest.store.topics import topic_seen, topic_versions


def ungrouped(engine: Engine) -> list[str]:
    """Articles stored but never grouped (from `digest fetch` or `digest import`), oldest first."""
    query = (
        select(articles.c.id)
        .where(articles.c.id.not_in(select(topic_seen.c.article_id)))
        .order_by(articles.c.first_seen, articles.c.id)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def unbriefed(engine: Engine) -> list[tuple[str, int]]:
    """(slug, number) of each topic's latest version when it still has no brief."""
    newest = (
        select(topic_versions.c.slug, func.max(topic_versions.c.number).label("number"))
        .group_by(topic_versions.c.slug)
        .subquery()
    )
    query = (
        select(topic_versions.c.slug, topic_versions.c.number)
        .join(newest, (newest.c.slug == topic_versions.c.slug) & (newest.c.number == topic_versions.c.number))
        .where(topic_versions.c.brief.is_(None))
    )
    with engine.connect() as conn:
        return [(slug, number) for slug, number in conn.execute(query).all()]
