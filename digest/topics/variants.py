"""One name, several spellings: fold the variants a stream itself shows into one entity.

Outlets transliterate the same people and places differently (Gaddafi / Qaddafi / Gadhafi, Misrata /
Misurata, Daraa / Deraa, al-Qaeda / al-Qaida) and some name a country by its people ("Syrian forces"
where another writes "Syria"). Entity features are exact strings, so without this each outlet's
spelling would make a story of its own. Two spellings fold only when both hold:

- their transliteration keys agree (`skeleton`: no vowels after the first letter, no doubled letters,
  q/k/g/gh/c alike at the start, dh = d, no "al-"), or one is the other's demonym (Syrian, Iraqi,
  Haitian, Mexican: a suffix off a name whose key agrees); that only proposes a pair;
- the stream shows them as one: the names they appear with (their company, over this batch's articles
  and the live clusters' names, weighted by rarity) are alike, and, for two spellings, no article names
  both. Bush and Bash, Paris and Peres, Howard and Hayward share a key, not their company. (A string
  likeness floor on top, difflib's ratio >= 0.7, cost the spellings set 0.04 BCubed: left out.)

The canonical spelling is the most named one, so a folded cluster's titles read as most outlets write.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from digest.topics.entities import GENERIC, NOT_NAMES, split_phrase
from digest.topics.features import stem

MIN_CHARS = 4  # shorter words ("Ali", "Bay") are too often different names with one key
MIN_SKELETON = 3
COMPANY_LEVEL = 0.3  # rarity-weighted cosine of two spellings' company needed to fold them
DEMONYM_COMPANY = 0.3  # ... of a demonym and its place
# Tried in this order, the first that leaves a name of the stream wins: "Nigerian" is Nigeria's, not Niger's.
DEMONYM_SUFFIXES = ("n", "i", "an", "ns", "is", "ian", "ans", "ese", "ians")

_PREFIX = re.compile(r"^(?:al|el)[-'’ ]+")
_NOT_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A transliteration key: "Gaddafi", "Qaddafi", "Kadhafi" and "Gadhafy" all give "kdf_"."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = _NOT_LETTER.sub("", _PREFIX.sub("", w))
    if not w:
        return ""
    for a, b in (("gh", "g"), ("kh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "k")):
        w = w.replace(a, b)
    if w[0] in "gc":
        w = "k" + w[1:]
    if len(w) > 1 and w.endswith("h"):
        w = w[:-1]
    out = re.sub(r"(.)\1+", r"\1", w[0] + re.sub(r"[aeiouy]", "", w[1:]))
    # Ending in a vowel or not stays apart: Ajdabiya / Ajdabiyah agree, Niger / Nigeria do not.
    return out + "_" if len(w) > 1 and w[-1] in "aeiouy" else out


@lru_cache(maxsize=200_000)
def _words(name: str) -> tuple[str, ...]:
    """The entity words of a name as keys ("Muammar al-Qaddafi" -> ("muammar", "al-qaddafi"))."""
    words = (stem(w.lower()) for w in split_phrase(name) if len(w) >= MIN_CHARS and not w.isupper())
    return tuple(w for w in words if w not in GENERIC and w not in NOT_NAMES)


@lru_cache(maxsize=200_000)
def _places(word: str) -> tuple[str, ...]:
    """The names `word` may be the demonym of, in the order tried ("mexican" -> ..., "mexic", "mexico", ...)."""
    out: list[str] = []
    for suffix in DEMONYM_SUFFIXES:
        stem_ = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem_) >= MIN_CHARS - 1:
            out.extend((stem_, *(stem_ + v for v in "aeiouy")))
    return tuple(p for p in out if p != word)


def find_variants(sources: Sequence[Iterable[tuple[str, float]]], single: Sequence[bool]) -> dict[str, str]:
    """Word key -> canonical word key, for the spellings `sources` show to be one name.

    `sources` are named-entity lists (an article's names, a cluster's names); `single[i]` says whether
    source i is one article (two spellings in one article are two names).
    """
    weight: defaultdict[str, float] = defaultdict(float)
    bags: list[set[str]] = []
    for names in sources:
        bag: set[str] = set()
        for name, n in names:
            for w in _words(name):
                weight[w] += n
                bag.add(w)
        bags.append(bag)
    keys = {w: skeleton(w) for w in weight}
    by_key: dict[str, set[str]] = defaultdict(set)
    for w, k in keys.items():
        by_key[k].add(w)
    pairs: set[tuple[str, str, bool]] = set()  # (a, b, demonym)
    for k, ws in by_key.items():
        if len(k) >= MIN_SKELETON and len(ws) > 1:
            ordered = sorted(ws)
            pairs.update((a, b, False) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    # A demonym is its place, less perhaps the place's last letter, and a suffix: Syria-n, Haiti-an,
    # Egypt-ian, Iraq-i, Mexic(o)-an, Chin(a)-ese.
    for w in weight:
        place = next((p for p in _places(w) if p in weight), None)
        if place:
            a, b = sorted((place, w))
            pairs.add((a, b, True))
    if not pairs:
        return {}
    wanted = {w for a, b, _ in pairs for w in (a, b)}
    df: Counter[str] = Counter()
    for bag in bags:
        df.update({keys[w] for w in bag})
    n_sources = len(bags)
    company: dict[str, defaultdict[str, float]] = {w: defaultdict(float) for w in wanted}
    together: set[tuple[str, str]] = set()
    for bag, one in zip(bags, single, strict=True):
        here = bag & wanted
        if not here:
            continue
        skels = {keys[w] for w in bag}
        for w in here:
            for k in skels - {keys[w]}:
                company[w][k] += 1.0
        if one and len(here) > 1:
            together.update((a, b) for a in here for b in here if a < b)
    idf = {k: math.log((n_sources + 1) / (c + 0.5)) for k, c in df.items()}

    def cosine(a: str, b: str) -> float:
        ca, cb = company[a], company[b]
        dot = sum(v * cb[k] * idf[k] ** 2 for k, v in ca.items() if k in cb)
        na = math.sqrt(sum((v * idf[k]) ** 2 for k, v in ca.items()))
        nb = math.sqrt(sum((v * idf[k]) ** 2 for k, v in cb.items()))
        return dot / (na * nb) if na and nb else 0.0

    parent: dict[str, str] = {}

    def find(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    for a, b, demonym in sorted(pairs):
        if demonym:
            if cosine(a, b) < DEMONYM_COMPANY:
                continue
        elif (a, b) in together or cosine(a, b) < COMPANY_LEVEL:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    classes: dict[str, list[str]] = defaultdict(list)
    for w in parent:
        classes[find(w)].append(w)
    out: dict[str, str] = {}
    for root, members in classes.items():
        members = sorted({root, *members})
        # The most named spelling, the place rather than its people: what most outlets write.
        canon = max(members, key=lambda w: (weight[w], -len(w), w))
        out.update({w: canon for w in members if w != canon})
    return out


def respell_name(name: str, canon: dict[str, str], shown: dict[str, str]) -> str:
    """A name with its variant words written the canonical way ("Muammar Qaddafi" -> "Muammar Gaddafi")."""
    out = []
    for w in name.split():
        key = stem(w.lower())
        if key in canon:
            w = shown.get(canon[key], w)
        out.append(w)
    return " ".join(out)


def displays(sources: Sequence[Iterable[tuple[str, float]]], keys: set[str]) -> dict[str, str]:
    """How each of `keys` is most often written in `sources` ("gaddafi" -> "Gaddafi")."""
    seen: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    for names in sources:
        for name, n in names:
            for w in name.split():
                key = stem(w.lower())
                if key in keys:
                    seen[key][w.rstrip("'’s") if w.endswith(("'s", "’s")) else w] += n
    return {k: max(c, key=lambda w: (c[w], w)) for k, c in seen.items()}
