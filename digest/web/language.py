"""Which language a page speaks: the digests' own (`language:` in feeds.yaml), negotiated when they differ.

A site whose digests share one language serves every page in it, whatever the browser asks, so its
pages stay one cacheable variant. When the digests differ, the browser's Accept-Language picks among
the digests' languages (the first digest's language when none fits) and the answer says
`Vary: Accept-Language`. A page that belongs to one digest (a stored issue) speaks that digest's language.
"""

from __future__ import annotations

from babel import negotiate_locale

from digest.config import Config
from digest.i18n import DEFAULT, N_, normalize

__all__ = ["N_", "digest_language", "negotiate", "preferred", "site_languages"]

MAX_TAGS = 20  # a header longer than this is not a browser's; the first ones decide


def site_languages(config: Config) -> tuple[str, ...]:
    """The digests' languages in feeds.yaml order, each once; English when there is no digest."""
    found = [normalize(d.language) or DEFAULT for d in config.digests]
    return tuple(dict.fromkeys(found)) or (DEFAULT,)


def digest_language(config: Config, name: str, fallback: str) -> str:
    """The language of the digest called `name` (as an issue records it); `fallback` when none is."""
    key = name.casefold()
    for d in config.digests:
        if d.name.casefold() == key:
            return normalize(d.language) or DEFAULT
    return fallback


def preferred(header: str | None) -> list[str]:
    """Accept-Language's tags, most wanted first (q=0 and the wildcard dropped; ties keep their order)."""
    if not header:
        return []
    tags: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")[:MAX_TAGS]):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip()
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and tag != "*" and q > 0:
            tags.append((-q, i, tag))
    return [tag for _, _, tag in sorted(tags)]


def negotiate(header: str | None, languages: tuple[str, ...]) -> str:
    """The language of `languages` the browser wants most; the first of them when it wants none."""
    chosen = negotiate_locale(preferred(header), list(languages), sep="-")
    code = normalize(chosen)
    return code if code in languages else languages[0]
