"""Article extraction: trafilatura on one page, and the choice between its text and the feed's.

`extract_html` runs inside a worker process (`digest.ingest.pool`): trafilatura is not thread-safe
and a hostile page can make lxml or a regex spin for minutes. When extraction fails or says too
little, the article keeps the feed's own text, marked `extraction="feed"`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MIN_TEXT_CHARS = 200  # an extraction shorter than this (and than the feed's text) is not trusted

# The settings of our extraction, shared with bench/extraction_eval.py so "trafilatura alone" is
# measured with exactly the same options.
TRAFILATURA_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
    "deduplicate": False,
}


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD as trafilatura found it
    sitename: str | None = None
    language: str | None = None
    signature: bytes | None = None  # MinHash of `text` for near-duplicate linking, computed here


def extract_html(
    html: bytes | str, url: str | None, feed_has_date: bool = False, metadata: bool = True
) -> Extracted | None:
    """trafilatura on one page (in this process); None when it finds no article text.

    The page's date only stands in for a missing feed date, so when the feed has one the date search
    reads the page's date markup but skips htmldate's scan of the whole text (half the CPU time of a
    small page, a sixth of a typical one). `metadata=False` skips the page's metadata altogether
    (title, author, date, site name: a third of the CPU time of a small page), for an entry whose
    feed already answered every one of them.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, options=_options(url, metadata, not feed_has_date))
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        return None

    def clean(key: str, limit: int = 300) -> str | None:
        value = data.get(key)
        return str(value).strip()[:limit] or None if value else None

    from digest.ingest import dedup

    sig = dedup.signature(text)
    return Extracted(
        signature=dedup.to_bytes(sig) if sig is not None else None,
        text=text,
        title=clean("title", 1000),
        author=clean("author"),
        date=clean("date", 40),
        sitename=clean("sitename"),
        language=clean("language", 20),
    )


_templates: dict[tuple[bool, bool], Any] = {}


def _options(url: str | None, metadata: bool, extensive_date: bool) -> Any:
    """The trafilatura options `bare_extraction` would build from TRAFILATURA_SETTINGS, built once per
    process and copied per page: building them reads trafilatura's config file's values every time."""
    import copy

    from trafilatura.settings import Extractor, set_date_params

    key = (metadata, extensive_date)
    template = _templates.get(key)
    if template is None:
        template = _templates[key] = Extractor(
            output_format="python",
            precision=TRAFILATURA_SETTINGS["favor_precision"],
            recall=TRAFILATURA_SETTINGS["favor_recall"],
            comments=TRAFILATURA_SETTINGS["include_comments"],
            tables=TRAFILATURA_SETTINGS["include_tables"],
            dedup=TRAFILATURA_SETTINGS["deduplicate"],
            with_metadata=metadata,
            date_params=set_date_params(extensive=extensive_date) if metadata else None,
        )
    options = copy.copy(template)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def choose_text(extracted: Extracted | None, feed_text: str) -> tuple[str, bool]:
    """The article text and whether it is the extraction (False: the feed's own text).

    An extraction is kept unless it is tiny and the feed says more (a paywall stub, a cookie wall).
    """
    if extracted is None or not extracted.text.strip():
        return feed_text, False
    text = extracted.text.strip()
    if len(text) < MIN_TEXT_CHARS and len(feed_text) > len(text):
        return feed_text, False
    return text, True
