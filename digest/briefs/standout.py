"""Standout articles: which of a batch deserve an article brief of their own.

Substantive news (long reported prose, attributed sources, named actors), central to the batch and not
duplicates; galleries, opinion, live blogs and comment threads are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from digest.briefs.sentences import article_sentences, is_noise, is_reader_voice, segments, split_sentences, words
from digest.briefs.space import Space
from digest.models import Article

MIN_STANDOUT_WORDS = 250
_PROPER = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b")

_NOT_NEWS = re.compile(
    r"\bop-ed\b|\bopinion\b|\bcolumnist\b|\bphoto gallery\b|\bgraphics?\b|\bslideshow\b|\bin pictures\b|"
    r"\blive blog\b|\blive coverage\b|\blive updates\b|\bconference live\b|\bfactbox\b|\btimeline\b|"
    r"\bletters? to the editor\b|\bcomment is free\b|\bquiz\b|\bcartoon\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(  # dated photo captions ("May 6: Oil collects ...") and factbox lines ("May 10 - BP says")
    r"(?:^|[.!?]\s+)(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?::|\s[-–—]+)\s"
)
_SAID = re.compile(r"\b(?:said|says|told|according to|announced)\b")


@dataclass(frozen=True)
class _NewsProfile:
    prose_words: int  # words in usable sentences: the reporting, without furniture or comments
    usable_share: float  # share of the page's pieces that are reportable sentences
    voice_share: float  # share of pieces in a first- or second-person voice (comments, opinion)
    attributed: int  # sentences with attributed speech: reporting, not commentary
    not_news: int  # gallery, opinion or live-blog markers, and dated photo captions


def news_profile(article: Article) -> _NewsProfile:
    """How much of the article is substantive news prose, and how much is gallery, opinion or comments."""
    text = article.text or ""
    pieces = [p for chunk in segments(text, 60) for p in split_sentences(chunk)][:60]
    usable = article_sentences(0, text, None, limit=60, strict=True)
    total = max(len(pieces), 1)
    voice = sum(1 for p in pieces if is_reader_voice(p) and not is_noise(p))
    head = (article.title or "") + " " + text[:600]
    markers = len(_NOT_NEWS.findall(head)) + len(_CAPTION.findall(text[:3000]))
    return _NewsProfile(
        prose_words=sum(len(words(s.text)) for s in usable),
        usable_share=len(usable) / total,
        voice_share=voice / total,
        attributed=sum(1 for s in usable if _SAID.search(s.text)),
        not_news=markers,
    )


def is_substantive_news(profile: _NewsProfile) -> bool:
    """Enough reported prose, few first-person asides, some attributed sources, no gallery or opinion marks."""
    return (
        profile.prose_words >= MIN_STANDOUT_WORDS * 0.6
        and profile.voice_share < 0.12
        and profile.usable_share >= 0.4
        and profile.attributed >= 2
        and profile.not_news < 2
    )


def pick_standout(articles: Sequence[Article], k: int) -> list[Article]:
    """Articles worth a brief of their own: substantive news (long reported prose, attributed sources, named
    actors; not galleries, opinion or comment threads), central to the batch, not duplicates."""
    if k <= 0:
        return []
    rough = [a for a in articles if not a.canonical_id and len(words(a.text)) >= MIN_STANDOUT_WORDS]
    profiles = {a.id: news_profile(a) for a in rough}
    pool = [a for a in rough if is_substantive_news(profiles[a.id])]
    if not pool:
        return []
    space = Space([a.title + " " + a.text[:5000] for a in pool])
    central = space.centrality()
    length = np.array([min(profiles[a.id].prose_words, 900) / 900 for a in pool])
    names = np.array([min(len(set(_PROPER.findall(a.text[:5000]))), 40) / 40 for a in pool])
    said = np.array([min(profiles[a.id].attributed, 8) / 8 for a in pool])
    prose = np.array([profiles[a.id].usable_share for a in pool])
    score = 0.45 * central + 0.2 * length + 0.1 * names + 0.15 * said + 0.1 * prose
    order = space.mmr(score, k, lam=0.8, max_sim=0.5)
    return [pool[i] for i in order]
