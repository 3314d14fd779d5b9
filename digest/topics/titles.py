"""Readable titles and stable slugs for discovered topics, built from their own articles.

A title is the central article's headline (or, without one, its lead sentence cleaned of
datelines and bylines), prefixed with the topic's key names when the headline lacks them.
Never "cluster 17": when nothing readable exists, the key names themselves are the title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

MAX_TITLE = 96
MAX_SLUG = 60

_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{2,40}$")  # "Headline - BBC News", "Headline | Reuters"
_WIRE = re.compile(r"^.{0,160}?\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\)\s*[-–—:]?\s*", re.IGNORECASE)
_DATE_LEAD = re.compile(
    r"^(?:[^.!?]{0,80}?\b(?:19|20)\d\d\b[;,]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?\s*)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+(?:[A-Z][\w'’\-]+\s+){1,3}(?:BBC News(?:,\s*[A-Z][\w ]{1,30})?)?\s*")
_NOISE = re.compile(
    r"\(an error occurred while processing this directive\)|Last updated at \d\d:\d\d \w{2,4}( Help)?|"
    r"^[A-Z][A-Z .,'’]{2,40}(?:,\s*[A-Z][a-z]{1,5}\.?)?\s*(?:--|—|–)\s*|"
    r"^(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}:\s*"
)
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z\"“‘'])")


def clean_headline(title: str) -> str:
    """An article title without the site name tacked on."""
    title = " ".join(title.split())
    stripped = _SITE_SUFFIX.sub("", title)
    return stripped if len(stripped) >= 12 else title


def lead_sentence(text: str) -> str:
    """The first real sentence of an article: datelines, bylines and time stamps removed."""
    text = " ".join(text[:2000].split())
    text = _NOISE.sub("", text).strip()
    text = _WIRE.sub("", text, count=1)
    text = _DATE_LEAD.sub("", text, count=1) if re.search(r"\b(?:19|20)\d\d\b", text[:90]) else text
    text = _BYLINE.sub("", text, count=1)
    text = _NOISE.sub("", text).strip()
    sentences = _SENTENCE.split(text)[:6]
    for sentence in sentences:
        words = sentence.split()
        # A caption or a fragment ('"blowout preventer" from BP's well - which…') makes a poor headline.
        if 6 <= len(words) <= 60 and not sentence.isupper() and sentence[:1].isupper() and " - " not in sentence[:60]:
            return sentence.strip()
    for sentence in sentences:
        if 6 <= len(sentence.split()) <= 60 and not sentence.isupper():
            return sentence.strip()
    return text[:200].strip()


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """Cut at a word boundary, preferring a clause break, with an ellipsis when cut."""
    text = text.strip().rstrip(".;:,")
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    for mark in (", ", "; ", " - ", " – ", " — "):
        cut = head.rfind(mark)
        if cut >= limit // 2:
            return head[:cut].rstrip() + "…"
    return head[: head.rfind(" ")].rstrip(".,;: ") + "…" if " " in head else head + "…"


def title_for(headline: str, lead: str, names: Sequence[str]) -> str:
    """The topic's title from its central article and its key names (most important first)."""
    base = clean_headline(headline) if headline.strip() else lead_sentence(lead)
    base = shorten(base) if base else ""
    key = [n for n in names if n][:3]
    if not base:
        return ", ".join(key) if key else "Untitled story"
    lower = base.lower()
    if not headline.strip():  # a lead sentence says little on its own: name the story first
        missing = [n for n in key if n.lower() not in lower][:2]
        if missing:
            prefix = ", ".join(missing)
            return shorten(f"{prefix}: {base}", MAX_TITLE + len(prefix) + 2)
        return base
    if key and not any(n.lower() in lower for n in key[:3]):
        prefix = ", ".join(key[:2])
        return shorten(f"{prefix}: {base}", MAX_TITLE + len(prefix) + 2)
    return base


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII, lower case, hyphens: "Gulf of Mexico oil spill" -> "gulf-of-mexico-oil-spill"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def slug_for(names: Sequence[str], title: str, taken: Iterable[str] = ()) -> str:
    """A slug from the key names (stable words), else the title; unique against `taken`."""
    parts: list[str] = []
    for name in names[:3]:
        s = slugify(name)
        if s and s not in parts and not any(s in p for p in parts):
            parts.append(s)
        if len("-".join(parts)) > 30:
            break
    base = slugify("-".join(parts)) or slugify(title) or "story"
    taken = set(taken)
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug
