"""Article text to sparse, hashed features: words and named entities, counted separately.

Hashing keeps the state compact and fixed-size (document frequencies are one array), with a
stable hash (crc32) so a database written by one process is read correctly by the next.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from digest.i18n import DEFAULT, detect, lexicon
from digest.topics.entities import GENERIC, NOT_NAMES, display, extract, split_phrase

DIM_BITS = 20
DIM = 1 << DIM_BITS
MAX_CHARS = 4000  # the lead carries the story; long tails add noise and cost
TITLE_REPEAT = 2  # a headline's words count this many times

_STOPWORDS_TEXT = """
    a about above across after afterwards again against all almost alone along already also although always am
    among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became
    because become becomes becoming been before beforehand behind being below beside besides between beyond
    both but by can cannot could did do does doing done down due during each eg either else elsewhere enough
    etc even ever every everyone everything everywhere except few for former formerly from further had has
    have having he hence her here hereafter hereby herein hereupon hers herself him himself his how however i
    ie if in indeed into is it its itself just keep last latter latterly least less ltd made many may me
    meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next
    no nobody none noone nor not nothing now nowhere of off often on once one only onto or other others
    otherwise our ours ourselves out over own per perhaps please put rather re same see seem seemed seeming
    seems several she should since so some somehow someone something sometime sometimes somewhere still such
    than that the their theirs them themselves then thence there thereafter thereby therefore therein
    thereupon these they this those though through throughout thru thus to together too toward towards under
    until up upon us very via was we well were what whatever when whence whenever where whereafter whereas
    whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with
    within without would yet you your yours yourself yourselves said says say saying told tell tells added
    asked according also new news reported report reports mr mrs ms dr people year years week weeks day days
    month months time times today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec two three four five six seven eight nine ten first second third including like
    get got make makes going want wants used use know think way lot lots really thing things come came take
    took look looked reuters bbc guardian associated press afp ap photo photograph image video getty images
    click share copyright rights reserved advertisement updated published gmt bst edt est pm am utc
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]{2}", re.UNICODE)
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'\-]*[A-Za-z0-9]|[A-Za-z]{2}")  # _WORD on ASCII text, twice as fast
_hash_cache: dict[str, int] = {}
_word_ids: dict[str, int] = {}  # lower-cased word -> bucket, or -1 for a stop word


def feature_id(feature: str) -> int:
    """Stable bucket of a feature string ("w:spill", "e:gulf of mexico")."""
    fid = _hash_cache.get(feature)
    if fid is None:
        fid = zlib.crc32(feature.encode("utf-8")) & (DIM - 1)
        if len(_hash_cache) > 500_000:
            _hash_cache.clear()
        _hash_cache[feature] = fid
    return fid


def stem(word: str) -> str:
    """A light plural/possessive strip, so "spills" meets "spill" and "BP's" meets "BP"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


@dataclass(frozen=True)
class Features:
    """Raw counts of one article: word buckets and entity buckets, plus its readable entities."""

    words: dict[int, float]
    entities: dict[int, float]
    names: tuple[tuple[str, int], ...] = ()  # (entity as written, count), most frequent first


def entity_key(phrase: str) -> str:
    return " ".join(stem(w.lower()) for w in phrase.split())


@lru_cache(maxsize=50_000)
def _phrase_key(phrase: str) -> str | None:
    """The entity key of a phrase as extracted, or None when it is only stop words."""
    parts = split_phrase(phrase)
    if not parts or all(p.lower() in STOPWORDS for p in parts):
        return None
    return entity_key(phrase)


@lru_cache(maxsize=50_000)
def _key_ids(key: str) -> tuple[int, ...]:
    """The entity features a key counts toward: the whole name and, for a longer name, its telling words."""
    ids = [feature_id("e:" + key)]
    parts = split_phrase(key)
    if len(parts) > 1:
        ids.extend(feature_id("e:" + part) for part in parts if part not in STOPWORDS and part not in GENERIC)
    return tuple(ids)


@lru_cache(maxsize=64)
def _not_names(lang: str) -> frozenset[str]:
    """Another language's function words and common nouns: no names, nor are they content."""
    lex = lexicon(lang)
    extra = {w.lower() for w in lex.stop_words | lex.not_names | lex.common_nouns | frozenset(lex.calendar_words)}
    return NOT_NAMES | extra


def featurize(title: str, text: str, max_chars: int = MAX_CHARS) -> Features:
    """Count words (stop words dropped, lightly stemmed) and entity phrases of title + lead."""
    body = text[:max_chars]
    if title:
        body = (title.rstrip(".") + ". ") * TITLE_REPEAT + body
    low_body = body.lower()
    counts = Counter((_ASCII_WORD if low_body.isascii() else _WORD).findall(low_body))
    known: list[int | None] = list(map(_word_ids.get, counts))
    if None in known:
        for i, low in enumerate(counts):
            if known[i] is None:
                known[i] = fid = -1 if low in STOPWORDS or len(low) < 3 else feature_id("w:" + stem(low))
                if len(_word_ids) > 500_000:
                    _word_ids.clear()
                _word_ids[low] = fid
    fids = cast("list[int]", known)
    kept = [(fid, n) for fid, n in zip(fids, counts.values(), strict=True) if fid >= 0]
    words: dict[int, float] = dict(kept)
    if len(words) < len(kept):  # words that share a stem ("spill", "spills"): their counts add up
        words = {}
        for fid, n in kept:
            words[fid] = words.get(fid, 0) + n
    by_key: dict[str, int] = {}
    shown: dict[str, str] = {}
    lang = detect(body)
    found = extract(body) if lang == DEFAULT else extract(body, _not_names(lang))
    for phrase, n in found.items():
        key = _phrase_key(phrase)
        if key is None:
            continue
        if key not in shown:
            by_key[key] = n
            shown[key] = phrase
            continue
        by_key[key] += n
        if shown[key].isupper() and not phrase.isupper():
            shown[key] = phrase
    entities: dict[int, float] = {}
    for key, n in by_key.items():
        for fid in _key_ids(key):
            entities[fid] = entities.get(fid, 0) + n
    names = tuple((display(shown[k]), n) for k, n in Counter(by_key).most_common(12))
    return Features(words, entities, names)
