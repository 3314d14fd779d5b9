"""OPML in and out, the format every feed reader exports: pure functions over bytes and feeds.

Import reads every outline with an `xmlUrl`; the titles of the folders it sits in and its
`category` attribute become tags. Export writes one outline per feed with its tags as categories,
so exporting and importing again gives the same feeds, names and tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from lxml import etree

from digest.config import FeedConfig

MAX_OPML_BYTES = 10 * 1024 * 1024


class OpmlError(ValueError):
    """Not an OPML file we can read; the message says why."""


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    name: str | None
    tags: tuple[str, ...] = ()
    line: int | None = None


@dataclass
class OpmlImport:
    feeds: list[OpmlFeed] = field(default_factory=list)
    title: str | None = None


def read_opml(data: bytes) -> OpmlImport:
    """Every feed outline of an OPML document; entities and network access are refused."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"the file is over {MAX_OPML_BYTES // 1024 // 1024} MB")
    if b"<!ENTITY" in data:
        raise OpmlError("entity declarations are refused (an OPML export never needs them)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from None
    dtd = root.getroottree().docinfo.internalDTD if root is not None else None
    if dtd is not None and list(dtd.iterentities()):
        raise OpmlError("entity declarations are refused (an OPML export never needs them)")
    if root is None or etree.QName(root).localname != "opml":
        raise OpmlError("the root element is not <opml>")
    body = root.find("body")
    if body is None:
        raise OpmlError("no <body> element")
    title = root.findtext("head/title")
    result = OpmlImport(title=title.strip() if title else None)
    _walk(body, (), result.feeds)
    return result


def _walk(parent: etree._Element, folders: tuple[str, ...], out: list[OpmlFeed]) -> None:
    for outline in parent.iterchildren("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        label = (outline.get("title") or outline.get("text") or "").strip()
        if url:
            categories = [
                part.strip()
                for cat in (outline.get("category") or "").split(",")
                for part in [cat.strip().strip("/").rsplit("/", 1)[-1]]
                if part.strip()
            ]
            tags = tuple(dict.fromkeys(t for t in (*folders, *categories) if t))
            named = label and label != urlsplit(url).hostname  # export writes the host for unnamed feeds
            out.append(OpmlFeed(url=url, name=label if named else None, tags=tags, line=outline.sourceline))
        _walk(outline, (*folders, label) if not url and label else folders, out)


def write_opml(feeds: list[FeedConfig], title: str, now: datetime | None = None) -> str:
    """An OPML 2.0 document with one outline per feed; tags go in `category`."""
    when = format_datetime(now or datetime.now(UTC))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{when}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.display_name, "title": feed.display_name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(f"/{t}" for t in feed.tags)
        lines.append("    <outline " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + "/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return quoteattr(value)[1:-1]
