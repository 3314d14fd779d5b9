"""Turn a rendered digest into the MIME message one recipient receives, with headers nobody can forge.

Every header value is checked here, whatever its origin: a feed title that reaches the Subject with
CR/LF or an RFC 2047 encoded newline (`=?UTF-8?Q?=0A?=`, which Python's email package would decode)
must stay one line of text and never become a second header.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import unicodedata
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from digest.deliver.send import message_bytes
from digest.models import RenderedMessage
from digest.render import HTML_LIMIT, clean_header_text, safe_url

_FORBIDDEN = frozenset("\r\n\x00")


class HeaderError(ValueError):
    """A header value that cannot be sent safely (a newline in an address, a malformed Message-ID)."""


def _plain(value: str, what: str) -> str:
    """A header value that must arrive as written: refuse rather than repair control characters."""
    if any(c in _FORBIDDEN or ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise HeaderError(f"{what} contains a control character or newline: {value!r}")
    if "=?" in value:
        raise HeaderError(f"{what} must not contain an encoded word: {value!r}")
    return value.strip()


_MAILBOX = re.compile(r"^\s*(?:(?P<name>[^<>]*?)\s*<(?P<addr>[^<>\s]+)>|(?P<bare>[^<>\s]+))\s*$")
_ADDR_SPEC = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$")


def _address(value: str, what: str) -> Address:
    """Exactly one mailbox, `Name <a@b>` or `a@b`; the display name is cleaned like a subject."""
    if any(c in _FORBIDDEN for c in value):
        raise HeaderError(f"{what} contains a newline: {value!r}")
    match = _MAILBOX.match(value)
    addr = match and (match["addr"] or match["bare"])
    if match is None or not addr or not _ADDR_SPEC.match(addr) or addr.startswith("@") or addr.endswith("@"):
        raise HeaderError(f"{what} is not a single email address: {value!r}")
    name = (match["name"] or "").strip().strip('"')
    local, _, domain = addr.rpartition("@")
    try:
        return Address(display_name=clean_header_text(name, 120), username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise HeaderError(f"{what} is not an email address: {value!r}") from exc


def _msg_id(value: str) -> str:
    value = _plain(value, "Message-ID")
    inner = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if not inner or "@" not in inner or any(c in inner for c in '<> \t"\\'):
        raise HeaderError(f"Message-ID must look like <unique@domain>: {value!r}")
    return f"<{inner}>"


def _list_id(value: str) -> str:
    """`Morning brief <morning-brief.digest.example.org>` or a bare `<id>`; RFC 2919."""
    value = _plain(value, "List-Id")
    label, sep, rest = value.rpartition("<")
    ident = rest.rstrip(">").strip() if sep else value.strip("<> ")
    ident = unicodedata.normalize("NFKD", ident).encode("ascii", "ignore").decode()  # a header must be ASCII
    if not ident or any(c in ident for c in '<> \t@"') or "." not in ident:
        raise HeaderError(f"List-Id must be 'Name <list.domain>': {value!r}")
    label = clean_header_text(label, 120).replace('"', "'")
    return f'"{label}" <{ident}>' if label else f"<{ident}>"


def _text_part(content: str, subtype: str, html_7bit: bool = True) -> EmailMessage:
    """A UTF-8 part: HTML as 7bit when it folds (see `fold_html`) and `html_7bit` allows, else
    quoted-printable, encoded with binascii (C) rather than the email package's Python."""
    part = EmailMessage()
    body = content.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    folded = fold_html(body) if subtype == "html" and html_7bit else None
    if folded is not None:
        part.set_payload(folded, charset=None)
        encoding = "7bit"
    else:
        part.set_payload(
            binascii.b2a_qp(body.encode("utf-8"), quotetabs=False, istext=True, header=False).decode("ascii"),
            charset=None,
        )
        encoding = "quoted-printable"
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = encoding
    return part


# --------------------------------------------------------------------------- HTML as 7bit, in long lines

# Compiled email HTML is one long line. Quoted-printable cuts it into 76-character lines, and every
# server on the way (and the sink in bench/send_bench.py) handles a message line by line: ~1,200
# lines for an 8-topic issue. As 7bit the same HTML travels in lines of up to 998 octets (RFC 5322's
# limit; no SMTP extension needed, nothing to re-encode for DKIM): characters outside ASCII become
# character references, and lines break only where whitespace separates a tag's attributes, which
# every HTML parser reads alike.
FOLD_AT = 600  # a line breaks at the first opportunity past this column
LINE_LIMIT = 998
# References make a character 4-8 octets where UTF-8 takes 2-4: HTML mostly outside ASCII (Cyrillic,
# Greek, CJK) would grow past what the renderer budgeted for Gmail's clipping, so it goes quoted-printable.
GROWTH_LIMIT = 1.1
# A start tag; possessive, and no "<" inside, so a malformed template costs linear time, not quadratic.
_START_TAG = re.compile(
    r"""<[A-Za-z][^\s/<>]*+(?:\s++[^\s"'<>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+)*+\s*+/?>"""
)
_TAG_SPACE = re.compile(r"""("[^"]*"|'[^']*')|\s+""")
_RAW_TEXT = re.compile(r"<(style|script)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)


def _fold(text: str, column: int) -> tuple[str, int] | None:
    """`text` (ASCII) with newlines at attribute whitespace, the column it ends at; None when a line
    would pass LINE_LIMIT. Each break depends only on the column, so a text folded in pieces that
    split outside tags (starting each at the column the previous one ended) folds as the whole."""
    out: list[str] = []
    pos, start = 0, -column  # start: where the current line begins, relative to text
    for tag in _START_TAG.finditer(text):
        for space in _TAG_SPACE.finditer(text, tag.start(), tag.end()):
            if space.group(1) is not None:
                continue
            at, end = space.span()
            newline = text.rfind("\n", pos, at)
            if newline >= 0:
                start = max(start, newline + 1)
            if at - start >= FOLD_AT:
                if at - start > LINE_LIMIT:
                    return None
                out.append(text[pos:at])
                out.append("\n")
                pos = start = end
    out.append(text[pos:])
    folded = "".join(out)
    lines = folded.split("\n")
    if len(lines[0]) + column > LINE_LIMIT or any(len(line) > LINE_LIMIT for line in lines[1:]):
        return None
    return folded, (len(lines[-1]) + column if len(lines) == 1 else len(lines[-1]))


def _ascii_html(text: str) -> str | None:
    """The HTML in ASCII, other characters as references; None when some sit where references are
    not read (CSS in <style>, scripts)."""
    if text.isascii():
        return text
    if any(not m.group(2).isascii() for m in _RAW_TEXT.finditer(text)):
        return None
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def fold_html(html: str) -> str | None:
    """The HTML as a 7bit body (ASCII, lines ≤ 998 octets), or None: send it quoted-printable."""
    html = html.replace("\r\n", "\n")
    ascii_html = _ascii_html(html)
    if ascii_html is None or "\r" in ascii_html or "\x00" in ascii_html:
        return None
    folded = _fold(ascii_html, 0)
    if folded is None or not _size_ok(len(folded[0]), len(html.encode("utf-8"))):
        return None
    return folded[0]


def _size_ok(folded: int, utf8: int) -> bool:
    """Not past Gmail's clipping size, nor much larger than the UTF-8 the renderer budgeted."""
    return folded <= HTML_LIMIT and folded <= GROWTH_LIMIT * utf8


def build_message(
    rendered: RenderedMessage,
    *,
    sender: str,
    recipient: str,
    message_id: str,
    list_id: str,
    unsubscribe_url: str | None,
    date: datetime,
    html_7bit: bool = True,
) -> EmailMessage:
    """multipart/alternative (text, then HTML), UTF-8, with From/To/Subject/Date/Message-ID/List-Id.

    The HTML goes as 7bit when it folds into lines a server may take (see `fold_html`) and
    `html_7bit` allows it (the wire template's skeleton decides for its cut), else quoted-printable.

    With an https unsubscribe URL it adds `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058
    one-click); any other URL adds neither, since mail providers require https for one-click.
    """
    if date.tzinfo is None:
        raise HeaderError("Date must be timezone-aware")
    msg = EmailMessage()
    msg["Subject"] = clean_header_text(rendered.subject) or "(no subject)"
    msg["From"] = _address(sender, "From")
    msg["To"] = _address(recipient, "To")
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = _msg_id(message_id)
    msg["List-Id"] = _list_id(list_id)
    url = safe_url(unsubscribe_url)
    if url is not None and url.lower().startswith("https://"):
        msg["List-Unsubscribe"] = f"<{url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation auto-replies to the sender
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/alternative"
    msg.set_payload([_text_part(rendered.text, "plain"), _text_part(rendered.html, "html", html_7bit)])
    msg.set_boundary(f"=_digest_{_msg_boundary(message_id)}")
    for name, value in msg.items():
        if any(c in str(value) for c in "\r\n"):  # defence in depth: nothing above should allow it
            raise HeaderError(f"{name} would contain a newline")
    return msg


def _msg_boundary(message_id: str) -> str:
    """Deterministic per message; `=_` cannot occur in quoted-printable bodies, so no collision."""
    return hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()[:24]


def default_list_id(digest_name: str, sender: str) -> str:
    """A stable RFC 2919 List-Id for a digest: `Morning brief <morning-brief.example.org>`."""
    domain = parseaddr(sender)[1].rpartition("@")[2].strip().lower() or "localhost"
    domain = re.sub(r"[^a-z0-9.-]+", "", domain) or "localhost"
    ascii_name = unicodedata.normalize("NFKD", digest_name).encode("ascii", "ignore").decode()
    label = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")[:60] or "digest"
    return f"{clean_header_text(digest_name, 120)} <{label}.{domain if '.' in domain else domain + '.invalid'}>"


# --------------------------------------------------------------------------- every recipient of a cut, as bytes

_SLOT_TO = "dg-slot-recipient@slot.invalid"
_SLOT_ID = "<dg-slot-message-id@slot.invalid>"
_SLOT_URL = "https://slot.invalid/dg-slot-unsubscribe"
_SLOT_TEXT = "dgslottextpart0"
_SLOT_HTML = "dgslothtmlpart0"
_FAST_HEADER = 900  # header values longer than this could fold; they take the general path
# an address the To header shows exactly as written: dot-atom local part, plain domain
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
)


def _qp(text: str) -> bytes:
    """Quoted-printable as `_text_part` writes it, with the CRLF line ends of the wire."""
    encoded = binascii.b2a_qp(text.encode("utf-8"), quotetabs=False, istext=True, header=False)
    return encoded.replace(b"\n", b"\r\n")


def _soft_cut(line: str) -> tuple[bytes, str]:
    """(encoded start, raw rest) of a long line without newline, cut where its encoding breaks softly.

    Compiled HTML is mostly one long line; the encoder's only state at a soft line break is "new
    line", so everything before a break well ahead of the footer encodes the same for everyone.
    Checked here; when the check fails, nothing is cut.
    """
    raw = line.encode("utf-8")
    encoded = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    at = encoded.rfind(b"=\n", 0, max(0, len(encoded) - 512))
    if at < 0:
        return b"", line
    head = encoded[: at + 2]
    used = len(binascii.a2b_qp(head))
    try:
        rest = raw[used:].decode("utf-8")
    except UnicodeDecodeError:
        return b"", line
    alone = binascii.b2a_qp(raw[:used], quotetabs=False, istext=True, header=False)
    if alone + b"=\n" != head or head + binascii.b2a_qp(raw[used:], quotetabs=False, istext=True) != encoded:
        return b"", line
    return head.replace(b"\n", b"\r\n"), rest


class _Body:
    """One text part whose only per-recipient piece is its footer, encoded once around it.

    Quoted-printable works line by line, so the lines wholly before and after the footer encode the
    same for everyone; only the line(s) holding the footer are encoded per recipient.
    """

    def __init__(self, before: str, after: str) -> None:
        cut = before.rfind("\n") + 1
        soft, self.open = _soft_cut(before[cut:])
        self.head = _qp(before[:cut].replace("\r\n", "\n")) + soft
        end = after.find("\n") + 1 or len(after)
        self.close = after[:end]
        tail = after[end:]
        if tail and not tail.replace("\r\n", "\n").endswith("\n"):
            tail += "\n"
        self.tail = _qp(tail.replace("\r\n", "\n"))
        self.last = not tail  # the footer's lines end the part: `_text_part` ends it with a newline

    def encode(self, footer: str) -> bytes:
        middle = (self.open + footer + self.close).replace("\r\n", "\n")
        if self.last and not middle.endswith("\n"):
            middle += "\n"
        return self.head + _qp(middle) + self.tail


class _Body7:
    """The HTML part as 7bit (`fold_html`), encoded once around the footer like `_Body`; `usable` is
    False when the cut does not fold, and `encode` answers None for a footer that does not."""

    def __init__(self, before: str, after: str) -> None:
        before, after = before.replace("\r\n", "\n"), after.replace("\r\n", "\n")
        head, rest = _ascii_html(before), _ascii_html(after)
        self.usable = head is not None and rest is not None and "\r" not in head + rest and "\x00" not in head + rest
        self.head, self.column, self.close, self.tail, self.last = b"", 0, "", b"", True
        self.folded_size, self.utf8_size = 0, 0  # of head and tail, "\n" line ends: for `_size_ok`
        if not self.usable or head is None or rest is None:
            return
        end = rest.find("\n") + 1 or len(rest)
        self.close, tail = rest[:end], rest[end:]
        if tail and not tail.endswith("\n"):
            tail += "\n"
        self.last = not tail
        folded_head, folded_tail = _fold(head, 0), _fold(tail, 0)
        # the pieces must split outside tags, or folding them apart would differ from the whole
        if folded_head is None or folded_tail is None or _in_tag(head, len(head)) or _in_tag(rest, end):
            self.usable = False
            return
        self.head, self.column = folded_head[0].replace("\n", "\r\n").encode("ascii"), folded_head[1]
        self.tail = folded_tail[0].replace("\n", "\r\n").encode("ascii")
        self.folded_size = len(folded_head[0]) + len(folded_tail[0])
        self.utf8_size = len((before + after).encode("utf-8"))
        self.ends = (before[-1:], after[-1:])  # what ends the part, with the footer between them

    def encode(self, footer: str) -> bytes | None:
        footer_ascii = _ascii_html(footer.replace("\r\n", "\n"))
        if footer_ascii is None or "\x00" in footer_ascii:
            return None
        middle = footer_ascii + self.close
        if self.last and not middle.endswith("\n"):
            middle += "\n"
        folded = _fold(middle, self.column)
        if folded is None:
            return None
        footer = footer.replace("\r\n", "\n")
        ending = self.ends[1] or footer[-1:] or self.ends[0]
        utf8 = self.utf8_size + len(footer.encode("utf-8")) + (ending != "\n")  # `_text_part` ends it with one
        if not _size_ok(self.folded_size + len(folded[0]), utf8):
            return None
        return self.head + folded[0].replace("\n", "\r\n").encode("ascii") + self.tail


def _in_tag(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside a tag (after a "<" not yet closed)."""
    return text.rfind("<", 0, at) > text.rfind(">", 0, at)


class WireTemplate:
    """The wire form of every recipient's message of one rendered cut, built by joins.

    Made from one message built by `build_message` with placeholders for what differs per recipient
    (To, Message-ID, the MIME boundary derived from it, List-Unsubscribe, the footers), so headers
    and structure are the email package's own; the bodies are encoded once around the footers.
    `render` answers None when a recipient's values are not plain enough to be filled in verbatim
    (non-ASCII, very long): the caller then builds that message the general way.
    """

    def __init__(
        self,
        *,
        subject: str,
        html_parts: tuple[str, str],
        text_parts: tuple[str, str],
        sender: str,
        list_id: str,
        date: datetime,
        unsubscribe: bool,
    ) -> None:
        self.html7 = _Body7(*html_parts)
        skeleton = build_message(
            RenderedMessage(subject=subject, html=_SLOT_HTML, text=_SLOT_TEXT),
            sender=sender,
            recipient=_SLOT_TO,
            message_id=_SLOT_ID,
            list_id=list_id,
            unsubscribe_url=_SLOT_URL if unsubscribe else None,
            date=date,
            html_7bit=self.html7.usable,
        )
        wire = message_bytes(skeleton, _SLOT_ID)
        self.unsubscribe = unsubscribe
        self.text = _Body(*text_parts)
        self.html = _Body(*html_parts)
        slots = [
            (b"To: " + _SLOT_TO.encode() + b"\r\n", "to"),
            (b"Message-ID: " + _SLOT_ID.encode() + b"\r\n", "id"),
            (_msg_boundary(_SLOT_ID).encode(), "boundary"),
            (_SLOT_TEXT.encode() + b"\r\n", "text"),
            (_SLOT_HTML.encode() + b"\r\n", "html"),
        ]
        if unsubscribe:
            slots.append((b"<" + _SLOT_URL.encode() + b">", "url"))
        self.pieces: list[bytes | str] = [wire]
        for marker, name in slots:
            split: list[bytes | str] = []
            for piece in self.pieces:
                if isinstance(piece, str):
                    split.append(piece)
                    continue
                parts = piece.split(marker)
                for i, part in enumerate(parts):
                    if i:
                        split.append(name)
                    split.append(part)
            self.pieces = split
        found = [p for p in self.pieces if isinstance(p, str)]
        expected = {"to": 1, "id": 1, "text": 1, "html": 1, "url": 1 if unsubscribe else 0}
        self.usable = all(found.count(k) == n for k, n in expected.items()) and "boundary" in found

    def render(
        self, recipient: str, message_id: str, unsubscribe_url: str | None, html_footer: str, text_footer: str
    ) -> bytes | None:
        to = str(_address(recipient, "To"))
        mid = _msg_id(message_id)
        url = safe_url(unsubscribe_url)
        url = url if url is not None and url.lower().startswith("https://") else None
        if not self.usable or (url is not None) != self.unsubscribe:
            return None
        values = {
            "to": b"To: " + to.encode("ascii", "replace") + b"\r\n",
            "id": b"Message-ID: " + mid.encode("ascii", "replace") + b"\r\n",
            "boundary": _msg_boundary(mid).encode(),
            "url": b"<" + (url or "").encode("ascii", "replace") + b">",
        }
        if to != recipient.strip() or not _PLAIN_ADDRESS.fullmatch(to):
            return None
        for value in (to, mid, url or ""):
            if not value.isascii() or len(value) > _FAST_HEADER or "\r" in value or "\n" in value:
                return None
        if "\r" in html_footer or "\r" in text_footer:
            return None
        values["text"] = self.text.encode(text_footer)
        if self.html7.usable:
            html = self.html7.encode(html_footer)
            if html is None:  # this footer does not fold: the general path sends it quoted-printable
                return None
            values["html"] = html
        else:
            values["html"] = self.html.encode(html_footer)
        return b"".join(p if isinstance(p, bytes) else values[p] for p in self.pieces)
