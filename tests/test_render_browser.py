"""The HTML part in a real browser (Debian chromium, headless) at phone and desktop widths."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from digest.models import DigestContext, Recipient, Source, Statement
from digest.render import Renderer
from digest.store import codec

CHROMIUM = Path("/usr/bin/chromium")
DATA = Path(__file__).parent / "data" / "render"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def issue_html() -> str:
    """The fixture issue plus a topic built to overflow narrow screens: a long unbroken word and URL."""
    ctx = codec.loads(DigestContext, (DATA / "context.json").read_text(encoding="utf-8"))
    first = ctx.updates[0]
    word = "Supercalifragilistic" * 8
    url = "https://example.org/" + "very-long-path-segment-" * 10
    brief = replace(
        first.brief,
        topic="long-words",
        title=f"Overflow check {word}",
        what=[Statement(f"A statement with {word} and {url} inside.", (1,))],
        sources=[Source(1, "z", "Outlet " + word, word, url, None)],
    )
    update = replace(first, topic=replace(first.topic, slug="long-words", title=brief.title), brief=brief)
    article = replace(
        ctx.article_briefs[0],
        title=f"Article {word}",
        risks=[Statement(f"A risk named {word} at {url}.", (1,))],
        original_headline=f"Headline {word}",
    )
    ctx = replace(ctx, updates=[*ctx.updates, update], article_briefs=[*ctx.article_briefs, article])
    return Renderer().render(ctx, Recipient("editor@example.org", "https://digest.example.org/u/tok", True)).html


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        try:
            yield context
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 600])
def test_layout_fits_and_headings_show(browser_context, width: int, scheme: str, tmp_path: Path) -> None:
    html = issue_html()
    page = browser_context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.set_viewport_size({"width": width, "height": 800})
        page.emulate_media(color_scheme=scheme)
        page.set_content(html, wait_until="load")
        scroll_width, inner_width = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert scroll_width <= inner_width, f"horizontal overflow at {width}px: {scroll_width} > {inner_width}"
        headings = page.locator("h2[id^='t']")
        assert headings.count() == 3
        for i in range(headings.count()):
            heading = headings.nth(i)
            assert heading.is_visible()
            box = heading.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= inner_width
        articles = page.locator("h3[id^='a']")
        assert articles.count() == 2
        for i in range(articles.count()):
            box = articles.nth(i).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= inner_width
        # every element stays inside the viewport (overflow hidden by a parent would not show in scrollWidth)
        wide = page.evaluate(
            "[...document.querySelectorAll('.dg-text *')].filter(e => e.getBoundingClientRect().right > "
            "window.innerWidth + 0.5).map(e => e.tagName + ':' + e.textContent.slice(0, 40))"
        )
        assert wide == [], wide
        assert page.locator("a", has_text="Unsubscribe").is_visible()
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == ("rgb(13, 17, 23)" if scheme == "dark" else "rgb(243, 244, 246)")
        assert requests == [], f"the email loaded remote resources: {requests}"
        shot = tmp_path / f"render-{width}-{scheme}.png"  # kept by pytest under its basetemp
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 0
    finally:
        page.close()
