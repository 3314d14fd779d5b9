"""Test helpers for the ingest tests: build feeds and article pages served by pytest-httpserver."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from digest.config import Config

PARAGRAPH = (
    "The committee met on Tuesday to discuss the proposed rules for frontier model evaluations. "
    "Officials said the draft would require independent testing before deployment, and several "
    "members questioned whether the timeline was realistic given the shortage of qualified auditors. "
)


def page_html(title: str, body_words: str, paragraphs: int = 4) -> str:
    """An article page trafilatura extracts cleanly: title, byline, several paragraphs, chrome."""
    paras = "\n".join(f"<p>{body_words} {PARAGRAPH} Paragraph {i}.</p>" for i in range(paragraphs))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Example Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By Jane Doe</p>{paras}</article>
<footer>Copyright Example Times. All rights reserved.</footer></body></html>"""


def rss(items: list[dict[str, Any]], title: str = "Example feed", link: str = "http://example.org/") -> str:
    out = []
    for item in items:
        pub = item.get("published", datetime(2026, 5, 1, 12, tzinfo=UTC))
        guid = item.get("guid", item.get("link"))
        guid_xml = f"<guid isPermaLink='false'>{guid}</guid>" if guid else ""
        out.append(
            f"<item><title>{item['title']}</title>"
            + (f"<link>{item['link']}</link>" if item.get("link") else "")
            + guid_xml
            + f"<description><![CDATA[{item.get('summary', 'A short summary from the feed.')}]]></description>"
            + (f"<pubDate>{format_datetime(pub)}</pubDate>" if pub else "")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{link}</link><description>test</description>" + "".join(out) + "</channel></rss>"
    )


def make_config(tmp_path: Path, feeds: list[dict[str, Any]], **network: Any) -> Config:
    net = {"allow_private": ["127.0.0.1", "::1"], "timeout": 5, "extract_workers": 1, "extract_timeout": 20}
    net.update(network)
    cfg = Config.model_validate(
        {"feeds": feeds, "storage": {"url": f"sqlite:///{tmp_path / 'digest.sqlite'}"}, "network": net}
    )
    return cfg.model_copy(update={"path": tmp_path / "feeds.yaml"})
