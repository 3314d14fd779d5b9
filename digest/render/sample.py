"""A complete sample issue: `Renderer.check()` renders it; the preview and the bench use it without a store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from digest.models import (
    ArticleBrief,
    Brief,
    DigestContext,
    FeedHealth,
    Perspective,
    Source,
    Statement,
    Tension,
    TimelineEntry,
    Topic,
    TopicUpdate,
    TopicVersion,
)

# --------------------------------------------------------------------------------------------------
# A complete sample issue: `check()` renders it, and the preview and bench can use it without a store


def sample_context(topics: int = 2, web_base_url: str | None = "https://digest.example.org") -> DigestContext:
    """A small but complete issue touching every part of the templates."""
    end = datetime(2026, 5, 22, 7, 0, tzinfo=UTC)
    updates = []
    for i in range(1, topics + 1):
        sources = [
            Source(
                n,
                f"art-{i}-{n}",
                f"Outlet {n}",
                f"Report {n} on topic {i}",
                f"https://news.example.org/{i}/{n}",
                end - timedelta(days=n),
            )
            for n in range(1, 6)
        ]
        brief = Brief(
            topic=f"topic-{i}",
            title=f"Sample topic {i}",
            version=3,
            created=end,
            what=[Statement(f"Officials announced the next step for topic {i}.", (1, 2))],
            why_it_matters=[Statement("It changes who decides what comes next.", (2,))],
            insights=[Statement(f"Insight {k} about topic {i}.", (k,)) for k in range(1, 4)],
            open_questions=[Statement("Will the agreement be enforced?", (3,))],
            timeline=[
                TimelineEntry(date(2026, 5, 14), "2026-05-14", "The agreement was signed.", (1,)),
                TimelineEntry(date(2026, 5, 19), "2026-05-19", "Allies responded.", (4,)),
            ],
            perspectives=[
                Perspective("A minister", Statement("Calls the deal a success.", (2,)), "shifted", "now more cautious"),
            ],
            tensions=[Tension("The minister calls it a success vs. critics who doubt it will hold.", (2, 3, 4))],
            changes=[Statement(f"Two outlets reported new details on topic {i}.", (4, 5))],
            sources=sources,
        )
        topic = Topic(f"topic-{i}", f"Sample topic {i}", "tracked", "active", end, end, version=3)
        version = TopicVersion(f"topic-{i}", 3, end, [s.article_id for s in sources], [])
        updates.append(TopicUpdate(topic, version, brief, new_articles=2))
    article = ArticleBrief(
        article_id="art-x",
        title="A standout article",
        key_insights=[Statement("The first insight of the article.", (1,))],
        why_it_matters=[Statement("Why the article matters.", (1,))],
        summary=[Statement("What the article reports, in two sentences.", (1,))],
        essentially=[Statement("An agency did one thing.", (1,)), Statement("A company did another.", (1,))],
        risks=[Statement("A risk the article names.", (1,))],
        opportunities=[Statement("An opportunity the article names.", (1,))],
        unknowns=[Statement("What is not known yet.", (1,))],
        reported_by="example.org",
        url="https://news.example.org/x",
        original_headline="The original headline",
        sources=[Source(1, "art-x", "example.org", "The original headline", "https://news.example.org/x", end)],
    )
    health = [
        FeedHealth("https://a.example.org/feed", "A", "ok", end, None, 0, 40),
        FeedHealth("https://b.example.org/feed", "B", "failing", end - timedelta(days=2), "HTTP 503", 3, 12),
    ]
    return DigestContext(
        digest="Morning brief",
        number=12,
        period_start=end - timedelta(days=1),
        period_end=end,
        subject_template="{digest}: {topics} topics updated — {date}",
        updates=updates,
        article_briefs=[article],
        new_articles=4 * topics,
        feed_health=health,
        web_base_url=web_base_url,
    )
