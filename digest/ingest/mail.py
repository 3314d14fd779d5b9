"""One newsletter email → the parts of an article: outlet, date, archive link, clean HTML and text.

Pure functions of the message bytes; reading folders is `newsletters`, extraction is the same worker
pool as web pages. Newsletters wrap their text in things that are not the story: a hidden preheader,
tracking pixels, "view in browser" and unsubscribe footers. Those are dropped here, before
extraction, so they never become sentences of a brief.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from digest.ingest.parse import html_to_text

MAX_SUBJECT = 1000
# Links that open the issue on the web: "View in browser", "View online", "Read online", "Web version"
_VIEW_ONLINE = re.compile(
    r"\b(view|read|open|see)\b[^<>\n]{0,30}\b(browser|online|web)\b|\bweb\s*version\b|\bonline\s*version\b",
    re.IGNORECASE,
)
# Footer links whose surrounding block is not part of the story
_FOOTER_LINK = re.compile(
    r"unsubscribe|opt[\s-]?out|manage\s+(your\s+)?(preferences|subscription)|update\s+(your\s+)?preferences|"
    r"email\s+preferences|view\s+in\s+browser|view\s+online|web\s+version",
    re.IGNORECASE,
)
_FOOTER_HREF = re.compile(r"unsubscribe|/optout|/opt-out|list-manage\.com/(profile|unsubscribe)", re.IGNORECASE)
_FOOTER_BLOCK_CHARS = 400  # a block holding a footer link is dropped while its text stays this short
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0|mso-hide\s*:\s*all", re.I)
_BLOCKS = {"p", "div", "td", "tr", "table", "tbody", "center", "footer", "section", "li", "ul", "span", "font"}


class BadMessage(Exception):
    """A message that cannot become an article (no body, not a message at all); the message says why."""


@dataclass(frozen=True)
class Issue:
    """One newsletter issue as the mail says it."""

    message_id: str  # without angle brackets; a content hash when the message has none
    outlet: str
    subject: str
    published: datetime | None
    url: str  # the archive / "view online" link, else a mid: URI
    html: str | None  # cleaned HTML part, when the message has one
    text: str  # the plain-text part (or the HTML's text), footer dropped
    author: str | None = None

    @property
    def article_id(self) -> str:
        """Stable across folders and runs: the same message seen twice is one article."""
        return "mail:" + hashlib.sha256(self.message_id.encode("utf-8", "replace")).hexdigest()[:40]


def parse_message(raw: bytes, fallback_outlet: str, *, max_html_bytes: int) -> Issue:
    """Read one RFC 5322 message; raise BadMessage when it has no readable body."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything it raises is a broken message
        raise BadMessage(f"unreadable message: {type(exc).__name__}: {exc}") from None
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise BadMessage("not an email message (no headers)")
    html_part = _part(msg, "html")
    text_part = _part(msg, "plain")
    if html_part is not None and len(html_part.encode("utf-8", "replace")) > max_html_bytes:
        html_part = None  # the same size cap as a web page; the plain text stands in
    if not (html_part or text_part or "").strip():
        raise BadMessage("message has no text or HTML body")
    subject = " ".join(_header(msg, "subject").split())[:MAX_SUBJECT]
    message_id = _header(msg, "message-id").strip().strip("<>").strip()
    if not message_id:
        seed = "\x1f".join((_header(msg, "from"), _header(msg, "date"), subject, (text_part or html_part or "")[:2000]))
        message_id = "sha256-" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()
    archive = _view_online(html_part) if html_part else None
    archive = archive or _view_online_text(text_part or "") or _list_archive(msg)
    html = clean_html(html_part) if html_part else None
    text = drop_text_footer(text_part) if text_part else (html_to_text(html) if html else "")
    return Issue(
        message_id=message_id[:900],
        outlet=outlet_of(msg) or fallback_outlet,
        subject=subject,
        published=_date(msg),
        url=archive or "mid:" + message_id[:900],
        html=html,
        text=text,
        author=_from_name(msg),
    )


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the policy cannot parse reads as absent
        return ""
    return str(value) if value is not None else ""


def _part(msg: EmailMessage, subtype: str) -> str | None:
    try:
        part = msg.get_body(preferencelist=(subtype,))
        if part is None or part.get_content_type() != f"text/{subtype}":
            return None
        content = part.get_content()
    except Exception:  # an unknown charset or broken transfer encoding: decode leniently
        try:
            payload = part.get_payload(decode=True) if part is not None else None
        except Exception:
            return None
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None
    return content if isinstance(content, str) else None


def outlet_of(msg: EmailMessage) -> str | None:
    """The list's name (List-Id phrase), else the sender's display name."""
    list_id = _header(msg, "list-id")
    if list_id:
        phrase = list_id.split("<", 1)[0].strip().strip('"').strip()
        if phrase:
            return phrase[:300]
    return _from_name(msg)


def _from_name(msg: EmailMessage) -> str | None:
    pairs = getaddresses([_header(msg, "from")])
    name = pairs[0][0].strip() if pairs else ""
    return name[:300] or None


def _date(msg: EmailMessage) -> datetime | None:
    value = _header(msg, "date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _list_archive(msg: EmailMessage) -> str | None:
    for match in re.finditer(r"<([^<>]+)>", _header(msg, "list-archive")):
        if re.match(r"^https?://", match.group(1), re.IGNORECASE):
            return match.group(1).strip()
    return None


def _view_online(html: str) -> str | None:
    for href, label in _links(html):
        if _VIEW_ONLINE.search(label) and re.match(r"^https?://", href, re.IGNORECASE):
            return href
    return None


def _view_online_text(text: str) -> str | None:
    for line_no, line in enumerate(text.splitlines()[:40]):
        if _VIEW_ONLINE.search(line):
            found = re.search(r"https?://\S+", line) or re.search(
                r"https?://\S+", "\n".join(text.splitlines()[line_no + 1 : line_no + 2])
            )
            if found:
                return found.group(0).rstrip(")>].,")
    return None


def _links(html: str) -> list[tuple[str, str]]:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return []
    return [((a.get("href") or "").strip(), " ".join(a.text_content().split())) for a in root.iter("a")]


def clean_html(html: str) -> str:
    """Drop what is not the issue: hidden preheaders, tracking pixels, styles, footer blocks."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # not HTML at all: its text, escaped, is all we keep
        from html import escape

        return f"<html><body><pre>{escape(html_to_text(html))}</pre></body></html>"
    for el in list(root.iter("script", "style", "noscript", "head")):
        if el.tag != "head":
            _drop(el)
    for img in list(root.iter("img")):
        if _pixel(img):
            _drop(img)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and _HIDDEN.search(el.get("style") or "") and el.getparent() is not None:
            _drop(el)
    for a in list(root.iter("a")):
        label = " ".join(a.text_content().split())
        if _FOOTER_LINK.search(label) or _FOOTER_HREF.search(a.get("href") or ""):
            _drop(_footer_block(a))
    return lxml.html.tostring(root, encoding="unicode")


def _pixel(img) -> bool:
    def size(name: str) -> int | None:
        match = re.match(r"\s*(\d+)", img.get(name) or "")
        if match:
            return int(match.group(1))
        match = re.search(rf"(?<![-\w]){name}\s*:\s*(\d+)", img.get("style") or "", re.IGNORECASE)
        return int(match.group(1)) if match else None

    w, h = size("width"), size("height")
    return (w is not None and w <= 3) or (h is not None and h <= 3)


def _footer_block(a):
    """The largest block around a footer link that is still short: the footer, not the issue."""
    block, el = a, a.getparent()
    while el is not None and el.tag in _BLOCKS and len(" ".join(el.text_content().split())) <= _FOOTER_BLOCK_CHARS:
        block, el = el, el.getparent()
    return block


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


def drop_text_footer(text: str) -> str:
    """Cut a plain-text issue at its footer: the signature mark, or the last unsubscribe line near the end."""
    lines = text.replace("\r\n", "\n").split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        if line.rstrip() == "--" or line == "-- ":
            cut = i
            break
    tail_from = max(0, cut - 15)
    for i in range(cut - 1, tail_from - 1, -1):
        if _FOOTER_LINK.search(lines[i]):
            cut = i
            while cut > 0 and lines[cut - 1].strip() and cut > tail_from:
                cut -= 1  # the footer paragraph, not just its unsubscribe line
    head = 0
    for i, line in enumerate(lines[: min(5, cut)]):
        if _VIEW_ONLINE.search(line) and len(line) < 200:
            head = i + 1  # "View this email in your browser" above the issue
    kept = "\n".join(lines[head:cut]).strip()
    return re.sub(r"\n{3,}", "\n\n", kept)
