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

from digest.models import RenderedMessage
from digest.render import clean_header_text, safe_url

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


def _text_part(content: str, subtype: str) -> EmailMessage:
    """A UTF-8 quoted-printable part, encoded with binascii (C) rather than the email package's Python."""
    part = EmailMessage()
    body = content.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    encoded = binascii.b2a_qp(body.encode("utf-8"), quotetabs=False, istext=True, header=False).decode("ascii")
    part.set_payload(encoded, charset=None)
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


def build_message(
    rendered: RenderedMessage,
    *,
    sender: str,
    recipient: str,
    message_id: str,
    list_id: str,
    unsubscribe_url: str | None,
    date: datetime,
) -> EmailMessage:
    """multipart/alternative (text, then HTML), UTF-8, with From/To/Subject/Date/Message-ID/List-Id.

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
    msg.set_payload([_text_part(rendered.text, "plain"), _text_part(rendered.html, "html")])
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
