"""The plain-text part: a golden snapshot, citations as [n] with numbered links, subject placeholders."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.models import DigestContext, Recipient
from digest.render import Renderer, check_subject, format_subject, wrap_text
from digest.store import codec

DATA = Path(__file__).parent / "data" / "render"
UPDATE = os.environ.get("DIGEST_UPDATE_GOLDEN") == "1"  # rewrite the golden files after a deliberate change


def load_context() -> DigestContext:
    return codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def assert_golden(name: str, actual: str) -> None:
    path = DATA / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{name} is missing; DIGEST_UPDATE_GOLDEN=1 writes it after you have read the output"
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; DIGEST_UPDATE_GOLDEN=1 to accept"


@pytest.mark.parametrize("editor", [False, True], ids=["reader", "editor"])
def test_text_part_matches_golden(renderer: Renderer, editor: bool) -> None:
    recipient = Recipient("reader@example.org", "https://digest.example.org/unsubscribe/tok123", editor=editor)
    text = renderer.render(load_context(), recipient).text
    assert_golden(f"morning-brief-{'editor' if editor else 'reader'}.txt", text)


def test_text_is_readable_on_its_own(renderer: Renderer) -> None:
    text = renderer.render(load_context(), Recipient("r@example.org", "https://digest.example.org/u/t")).text
    assert text.startswith("Morning brief — Issue 42\n21–22 May 2026\n2 topics updated · 24 new articles\n")
    assert all(len(line) <= 76 or "://" in line or "@" in line for line in text.splitlines())
    first, second = (
        text.index("US–China AI safety protocol\nVersion 3"),
        text.index("Gulf of Mexico oil spill\nVersion 7"),
    )
    topic_one = text[first:second]
    # citations as [n], and the numbered links at the end of that topic
    assert "guidelines. [3][4]" in topic_one.replace("\n  ", " ")
    sources = topic_one.index("Sources\n[1] ")
    assert topic_one.index("https://theneuron.example/ai-cold-war-protocol") > sources
    assert "[6] Japan scrambles" in topic_one and "Reddit\n\n" in topic_one  # no URL: listed, not linked
    assert "Full history of this topic: https://digest.example.org/topics/us-china-ai-safety-protocol" in topic_one
    assert "Unsubscribe with one click: https://digest.example.org/u/t" in text
    assert "FEED HEALTH" not in text


def test_editor_copy_has_feed_health(renderer: Renderer) -> None:
    text = renderer.render(load_context(), Recipient("ed@example.org", None, editor=True)).text
    assert "FEED HEALTH (editors' copy)\n4 feeds: 2 ok, 1 failing, 1 paused" in text
    assert "Slow Outlet (failing, 4 failures; last ok 19 May 2026): HTTP 503" in text
    assert text.index("Slow Outlet") < text.index("Gone Blog")


def test_without_web_base_url_no_links_to_the_archive(renderer: Renderer) -> None:
    ctx = replace(load_context(), web_base_url=None)
    text = renderer.render(ctx, Recipient("r@example.org", None)).text
    assert "digest.example.org" not in text
    assert "Full history" not in text
    assert "ask the editors to remove you" in text


def test_every_statement_needs_a_citation(renderer: Renderer) -> None:
    ctx = load_context()
    brief = ctx.updates[0].brief
    brief.insights[0] = replace(brief.insights[0], citations=())
    brief.insights[1] = replace(brief.insights[1], citations=(99,))  # no such source
    text = renderer.render(ctx, Recipient("r@example.org")).text
    assert "Bessent frames" not in text
    assert "UK financial regulators issued" not in text
    assert "Takaichi insists" in text


def test_empty_issue_says_so(renderer: Renderer) -> None:
    ctx = replace(load_context(), updates=[], article_briefs=[], new_articles=0)
    rendered = renderer.render(ctx, Recipient("r@example.org"))
    assert "No tracked topic changed in this period." in rendered.text
    assert "0 topics updated · 0 new articles" in rendered.text
    assert rendered.subject == "Morning brief: 0 topics updated — 22 May 2026"


def test_subject_placeholders() -> None:
    values = {"digest": "Morning brief", "topics": 3, "articles": 24, "date": "22 May 2026", "number": 42}
    assert format_subject("{digest} #{number}: {topics} topics, {articles} articles — {date}", values) == (
        "Morning brief #42: 3 topics, 24 articles — 22 May 2026"
    )
    assert format_subject("{digest.__class__} {unknown} {topics:03}", values) == "{digest.__class__} {unknown} 003"
    assert format_subject("{digest", values) == "{digest"
    assert check_subject("{digest}: {topics} topics updated — {date}") == []
    assert "unknown placeholder {n}" in check_subject("{digest}: {n} topics")[0]


def test_subject_uses_the_digest_time_zone_date(renderer: Renderer) -> None:
    ctx = replace(load_context(), period_end=datetime(2026, 5, 22, 23, 30, tzinfo=UTC))
    assert renderer.render(ctx, Recipient("r@example.org")).subject.endswith("22 May 2026")
    ctx.timezone = "Asia/Tokyo"  # read when DigestContext carries the digest's zone
    assert renderer.render(ctx, Recipient("r@example.org")).subject.endswith("23 May 2026")


def test_wrap_keeps_urls_whole() -> None:
    url = "https://example.org/" + "a" * 100
    assert wrap_text(f"see {url} now", 40) == f"see\n{url}\nnow"
