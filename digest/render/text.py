"""Text and link hygiene: what feed text may become in a subject, a line of the email or a link.

Only http(s) links survive; control characters and template syntax never do; subjects are filled
from a fixed set of placeholders.
"""

from __future__ import annotations

import re
import string
import textwrap
import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

SUBJECT_FIELDS = ("digest", "topics", "articles", "date", "number", "topics_updated", "new_articles")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_WHITESPACE = re.compile(r"\s+")
_CITE_RUN = re.compile(r"\s*((?:\[\d{1,4}\])+)")
_URL_SAFE = ":/?#[]@!$&()*+,;=%~-._"
RANGE_MIN = 3  # consecutive citations shown as one range, [4][5][6] -> [4–6]
GLUE = "\u00a0"  # textwrap does not break here; wrap_text turns it back into a space (clean_line removes others)


class RenderError(Exception):
    """A template that cannot be rendered or compiled; str() names the file and line when known."""


# --------------------------------------------------------------------------------------------------
# Text and link hygiene


def clean_line(text: str | None, limit: int = 0) -> str:
    """One line of display text: control characters and newlines become spaces, long text ends in …."""
    if not text:
        return ""
    text = _WHITESPACE.sub(" ", _CONTROL.sub(" ", text)).strip()
    if limit and len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        if space > limit * 0.6:
            cut = cut[:space]
        text = cut.rstrip(" ,;:-—") + "…"
    return text


def safe_url(url: str | None) -> str | None:
    """An http(s) URL safe to place in an href, or None for anything else (javascript:, data:, mailto:…)."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    if not url or any(c in url for c in "\t\r\n"):
        return None
    url = quote(url, safe=_URL_SAFE)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not parts.hostname:
        return None
    return url


def clean_header_text(text: str, limit: int = 250) -> str:
    """Text for a header such as Subject: one line, no control characters, no RFC 2047 encoded words.

    Python's email package decodes `=?charset?q?…?=` found in a header value it is given, so an
    encoded newline in a feed title would otherwise come out as a second header.
    """
    text = clean_line(unicodedata.normalize("NFC", text or ""), limit)
    return text.replace("=?", "=\u200b?").replace("?=", "?\u200b=")


def format_subject(template: str, values: Mapping[str, Any]) -> str:
    """Fill `{digest}`-style placeholders with str.format rules but without attribute or index access.

    Unknown or malformed placeholders stay as written, so an editor's typo shows instead of failing.
    """
    out: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return clean_header_text(template)
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in values and not conversion:
            try:
                out.append(format(values[name], spec or ""))
                continue
            except (ValueError, TypeError):
                pass
        out.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return clean_header_text("".join(out))


def check_subject(template: str) -> list[str]:
    """Problems with a digest's subject template, for `digest validate`."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return [f"subject {template!r}: {exc}"]
    unknown = [name for _, name, _, _ in parsed if name is not None and name not in SUBJECT_FIELDS]
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in SUBJECT_FIELDS)
        return [f"subject {template!r}: unknown placeholder {{{unknown[0]}}} (allowed: {allowed})"]
    return []


def wrap_text(text: str, width: int = 76, indent: str = "", first: str | None = None) -> str:
    """Wrap plain text for the text part without breaking URLs or long words."""
    if not text:
        return (first if first is not None else indent).rstrip()
    wrapped = textwrap.fill(
        text,
        width=width,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped.replace(GLUE, " ")


def underline(text: str, char: str = "-", width: int = 76) -> str:
    """A wrapped heading underlined to its longest line, the plain-text way to mark a title."""
    wrapped = wrap_text(text, width)
    return f"{wrapped}\n{char * max(len(line) for line in wrapped.splitlines())}" if wrapped else ""
