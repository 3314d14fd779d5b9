"""Feed bytes → `FeedEntry` records with stable keys.

feedparser is given bytes (as a file object: given a bare string or even bytes it tries them as a
URL or a file name) plus the response headers with the final URL as Content-Location, so relative
links resolve against where the feed really came from. Before feedparser sees anything, a DOCTYPE
carrying ENTITY declarations is refused (XXE, billion laughs) and any other DOCTYPE is dropped, so no
DTD is ever loaded; the caller bounds parse time by running this in a worker process.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.models import FeedEntry

MAX_TITLE = 1000
MAX_TEXT = 200_000
_TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|ref_src)$", re.IGNORECASE)
_ENTITY_DECL = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE\b(?:[^\[>]|\[[^\]]*\])*>", re.IGNORECASE)


class FeedRejected(Exception):
    """The body is not a feed we will parse (dangerous, empty or not a feed); the message says why."""


@dataclass
class ParsedFeed:
    title: str
    link: str | None
    entries: list[FeedEntry]
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # set when the feed is malformed but some entries were kept
    skipped: int = 0  # entries that could not be read
    ttl: str | None = None  # RSS <ttl>, minutes, as written
    update_period: str | None = None  # sy:updatePeriod (hourly, daily, ...)
    update_frequency: str | None = None  # sy:updateFrequency: times per period


def _sniff_text(body: bytes) -> str:
    """The body as text, good enough to look for declarations in any Unicode encoding."""
    head = body[:4]
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return body.decode(codec, errors="replace")
    if head[:1] == b"\x00" or head[1:2] == b"\x00":  # BOM-less UTF-16/32
        for codec in ("utf-32-be", "utf-32-le", "utf-16-be", "utf-16-le"):
            try:
                text = body[:4096].decode(codec)
            except UnicodeDecodeError:
                continue
            if text.lstrip().startswith("<"):
                return body.decode(codec, errors="replace")
    return body.decode("latin-1")


def sanitize(body: bytes) -> bytes:
    """Refuse entity declarations anywhere; drop the DOCTYPE so no DTD is ever fetched or expanded."""
    if not body.strip():
        raise FeedRejected("empty response")
    text = _sniff_text(body)
    if _ENTITY_DECL.search(text):
        raise FeedRejected("feed declares XML entities (DOCTYPE with ENTITY): refused as unsafe")
    return _DOCTYPE.sub(b"", body, count=1)


def normalize_url(url: str) -> str:
    """A link in canonical form for identity: scheme-less (http == https), lower-case host,
    no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    return urlunsplit(("", netloc, parts.path or "/", query, ""))


def _digest(*parts: str) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return h[:32]


def entry_key(feed_url: str, guid: str | None, link: str | None, title: str, content: str) -> str:
    """The stable key of an entry: trusted guid, else normalized link, else a hash of title and content.

    URL-shaped guids and links are keyed by their normalized form, so the same entry moving from
    http to https keeps its key; other guids are only unique within a site, so they carry its host.
    """
    if guid:
        if re.match(r"^https?://", guid, re.IGNORECASE):
            return "u" + _digest(normalize_url(guid))
        return "g" + _digest((urlsplit(feed_url).hostname or "").lower(), guid)
    if link and re.match(r"^https?://", link, re.IGNORECASE):
        return "u" + _digest(normalize_url(link))
    return "h" + _digest(feed_url, title.strip(), content.strip())


_BLOCK_TAGS = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>")


def html_to_text(html: str) -> str:
    """Plain text of a feed's HTML snippet, paragraphs kept as blank-line breaks."""
    if "<" not in html and "&" not in html:
        return _squeeze(html)
    import lxml.html

    marked = _BLOCK_TAGS.sub(lambda m: m.group(0) + "\n\n", html)
    try:
        doc = lxml.html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # lxml raises several types on junk; plain text is the safe answer
        return _squeeze(re.sub(r"<[^>]*>", " ", html))
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return _squeeze(doc.text_content())


def _squeeze(text: str) -> str:
    paragraphs = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p.replace("\n", " ") for p in paragraphs if p)


def _when(parsed: object) -> datetime | None:
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]  # type: ignore[index]
        value = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return None if value.year < 1971 else value  # epoch-zero dates mean "unknown"


def _entry_text(entry: Mapping) -> str:
    contents = entry.get("content") or []
    best = ""
    for item in contents:
        value = item.get("value") or ""
        if len(value) > len(best):
            best = value
    summary = entry.get("summary") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)[:MAX_TEXT]


def _trusted_guids(entries: list[Mapping], feed_url: str, site_link: str | None) -> set[str]:
    """Guids unique within the document and not just the feed's or site's own address."""
    counts: dict[str, int] = {}
    for e in entries:
        guid = (e.get("id") or "").strip()
        if guid:
            counts[guid] = counts.get(guid, 0) + 1
    bad = {feed_url.strip(), (site_link or "").strip()}
    return {g for g, n in counts.items() if n == 1 and g not in bad and len(g) <= 1000}


def parse_feed(body: bytes, headers: Mapping[str, str], final_url: str, feed_url: str | None = None) -> ParsedFeed:
    """Parse one feed body; raise FeedRejected when there is nothing usable, else keep what parsed.

    `final_url` (after redirects) resolves relative links; `feed_url` (the configured address,
    default the final one) names the feed in keys and records, so a moved feed keeps its entries.
    """
    import feedparser

    body = sanitize(body)
    response_headers = {k.lower(): v for k, v in headers.items()}
    response_headers["content-location"] = final_url
    response_headers.setdefault("content-type", "application/xml")
    result = feedparser.parse(io.BytesIO(body), response_headers=response_headers, sanitize_html=True)

    warnings: list[str] = []
    error: str | None = None
    if result.get("bozo"):
        exc = result.get("bozo_exception")
        if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
            warnings.append(f"{type(exc).__name__}: {exc}")
        else:
            error = f"malformed feed: {type(exc).__name__}: {str(exc)[:200]}"
    raw_entries = list(result.get("entries") or [])
    if not raw_entries and (error or not result.get("version")):
        raise FeedRejected(error or "not an RSS/Atom feed (no entries and no feed element)")

    info = result.get("feed") or {}
    site_link = info.get("link")
    feed_url = feed_url or final_url
    trusted = _trusted_guids(raw_entries, final_url, site_link) - {feed_url}
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    skipped = 0
    for raw in raw_entries:
        try:
            entry = _build_entry(raw, feed_url, trusted)
        except Exception:  # one broken entry is skipped, not the feed
            skipped += 1
            continue
        if entry.key in seen:
            continue
        seen.add(entry.key)
        entries.append(entry)
    if skipped:
        warnings.append(f"{skipped} entries could not be read")
    return ParsedFeed(
        title=_squeeze(info.get("title") or "")[:MAX_TITLE],
        link=site_link,
        entries=entries,
        warnings=warnings,
        error=error,
        skipped=skipped,
        ttl=_hint(info.get("ttl")),
        update_period=_hint(info.get("sy_updateperiod")),
        update_frequency=_hint(info.get("sy_updatefrequency")),
    )


def _hint(value: object) -> str | None:
    """A short refresh hint from the feed, as text (read by digest.ingest.polite)."""
    return str(value).strip()[:40] or None if value else None


def _build_entry(raw: Mapping, feed_url: str, trusted: set[str]) -> FeedEntry:
    title = html_to_text(raw.get("title") or "")[:MAX_TITLE]
    content = _entry_text(raw)
    link = (raw.get("link") or "").strip() or None
    if link and not re.match(r"^https?://", link, re.IGNORECASE):
        link = None  # javascript:, file:, data: and friends never leave the feed
    guid = (raw.get("id") or "").strip() or None
    if not title and not content and not link:
        raise ValueError("entry has neither title, content nor link")
    key = entry_key(feed_url, guid if guid in trusted else None, link, title, content)
    author = (raw.get("author") or "").strip()[:300] or None
    # dict.get: FeedParserDict.get maps missing keys onto others, with a DeprecationWarning
    fields = cast(dict[str, Any], raw)
    published = _when(dict.get(fields, "published_parsed")) or _when(dict.get(fields, "updated_parsed"))
    return FeedEntry(
        key=key,
        feed_url=feed_url,
        url=link,
        title=title or (content[:80] + "…" if len(content) > 80 else content),
        content=content,
        published=published,
        author=author,
        guid=guid,
    )
