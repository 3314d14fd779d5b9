"""The stories the fork tests share: a mine story whose later articles carry a teachers' strike in the same
topic, as a wrong merge leaves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.config import Config
from digest.models import Article
from digest.store import articles as article_store
from digest.topics import get_topic, list_topics, merge_topics, update_topics

DAY0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
OUTLETS = ("Daily Post", "Evening Star", "Harbour Times")
MINE = (
    "{town}: Acme Mining said on day {i} that its Riverton copper pit would stay shut. Jane Holt, who runs"
    " Acme Mining, told the Riverton council that miners would be paid while engineers inspect the flooded pit."
    " Acme Mining pumps water out of the pit."
)
STRIKE = (
    "{town}: the Teachers Union said on day {i} that its strike at Lakeside schools would go on. Omar Fitch, who"
    " leads the Teachers Union, told the Lakeside board that teachers want higher pay. Lakeside parents kept"
    " children at home during the strike."
)


def article(aid: str, body: str, day: float, outlet: str) -> Article:
    when = DAY0 + timedelta(days=day)
    return Article(
        id=aid, url=f"https://example.org/{aid}", title="", text=body, source=outlet, published=when, first_seen=when
    )


def mine(start: int, n: int, day: float, step: float = 0.5) -> list[Article]:
    return [
        article(f"mine-{i}", MINE.format(town="RIVERTON", i=i), day + (i - start) * step, OUTLETS[i % 3])
        for i in range(start, start + n)
    ]


def plant(engine, config: Config) -> tuple[str, list[Article], list[Article]]:
    """The mine story and, from day 6, the strike, grouped into one topic: (its slug, mine, strike)."""
    mined = mine(0, 32, 0)
    strike = [
        article(f"strike-{i}", STRIKE.format(town="LAKESIDE", i=i), 6 + i * 0.8, OUTLETS[i % 3]) for i in range(12)
    ]
    article_store.upsert(engine, mined + strike)
    update_topics(engine, config, [a.id for a in mined[:10]], DAY0 + timedelta(days=5))
    update_topics(engine, config, [a.id for a in mined[10:] + strike], DAY0 + timedelta(days=16))
    by_article = {i: t.slug for t in list_topics(engine) if t.status != "merged" for i in t.members}
    trunk, side = by_article["mine-0"], by_article["strike-0"]
    if side != trunk:  # the engine kept them apart; plant the fork the way a wrong merge would
        merge_topics(engine, side, trunk, DAY0 + timedelta(days=16))
    assert {a.id for a in strike} <= set(get_topic(engine, trunk).members)
    return trunk, mined, strike
