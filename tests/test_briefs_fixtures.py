"""Fixed articles for the briefs tests: a small, fictional refinery-fire story from two outlets."""

from __future__ import annotations

from datetime import UTC, datetime

from digest.models import Article, Topic

NOW = datetime(2026, 5, 22, 12, 0, tzinfo=UTC)


def _at(day: int) -> datetime:
    return datetime(2026, 5, day, 9, 0, tzinfo=UTC)


ARTICLES = [
    Article(
        id="a1",
        url="https://news.example.org/fire",
        title="Fire shuts Harbor Point refinery",
        text=(
            "A fire broke out at the Harbor Point refinery on Tuesday, forcing the plant to shut down. "
            "Fuel prices in the region could rise sharply because the refinery supplies a third of the state's "
            "gasoline. "
            "Acme Energy said the fire was contained within six hours and that no workers were injured. "
            "It is unclear whether the refinery will reopen before the summer driving season. "
            "Acme Energy has not disclosed the cause of the fire."
        ),
        source="Example News",
        published=_at(14),
        first_seen=_at(14),
    ),
    Article(
        id="b1",
        url=None,
        title="",
        text=(
            "Firefighters battled a blaze at the Harbor Point refinery on Tuesday that shut the plant down. "
            "Governor Maria Lopez said the state would investigate safety practices at the refinery. "
            '"We will find out what went wrong and hold those responsible to account," Lopez said. '
            "Acme Energy denied that safety inspections had been skipped at the plant. "
            "Union leader Tom Reed said workers had warned managers about leaking valves for months."
        ),
        source="Daily Ledger",
        published=_at(15),
        first_seen=_at(15),
    ),
    Article(
        id="c1",
        url="https://news.example.org/reopen",
        title="Harbor Point refinery to stay shut for weeks",
        text=(
            "The Harbor Point refinery will stay shut for at least three weeks, Acme Energy said on Monday. "
            "Regulators opened a formal inquiry into the fire yesterday. "
            "Gasoline prices in the state rose 12 percent last week, the largest weekly rise in a decade. "
            "Acme Energy said safety inspections at the plant were carried out on schedule and found no faults. "
            "Union leader Tom Reed said inspections were not carried out on schedule at the plant."
        ),
        source="Example News",
        published=_at(19),
        first_seen=_at(19),
    ),
]


def topic() -> Topic:
    return Topic(
        slug="harbor-point-fire",
        title="Harbor Point refinery fire",
        kind="tracked",
        status="active",
        created=NOW,
        updated=NOW,
        members={a.id: a.first_seen for a in ARTICLES},
    )
