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

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

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
_DOUBLED = re.compile(r"(.)\1+")
_NO_VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A transliteration key: "Gaddafi", "Qaddafi", "Kadhafi" and "Gadhafy" all give "kdf_"."""
    w = word.lower()
    if not w.isascii():  # ASCII has no accents to strip (most names of an English stream)
        w = unicodedata.normalize("NFKD", w)
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
    out = _DOUBLED.sub(r"\1", w[0] + w[1:].translate(_NO_VOWELS))
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


@lru_cache(maxsize=200_000)
def _demonyms(place: str) -> tuple[str, ...]:
    """The words `place` may be the `_places` of ("syria" -> "syrian", "syriai", ..., "syrn", ...)."""
    stems = (place, place[:-1]) if place[-1:] in "aeiouy" else (place,)
    return tuple(st + sfx for st in stems for sfx in DEMONYM_SUFFIXES if len(st) >= MIN_CHARS - 1 and st + sfx != place)


Bag = dict[str, float]  # a source's name words (keys) and how often it names them


def bag_of(names: Iterable[tuple[str, float]]) -> Bag:
    """The name words of one source (an article's or a cluster's names), weighted by mentions."""
    bag: Bag = {}
    for name, n in names:
        for w in _words(name):
            bag[w] = bag.get(w, 0.0) + n
    return bag


def find_variants(sources: Sequence[Iterable[tuple[str, float]]], single: Sequence[bool]) -> dict[str, str]:
    """Word key -> canonical word key, for the spellings `sources` show to be one name.

    `sources` are named-entity lists (an article's names, a cluster's names); `single[i]` says whether
    source i is one article (two spellings in one article are two names).
    """
    return variants_of([bag_of(names) for names in sources], single)


_SKELETON_IDS: dict[str, int] = {}


def _skeleton_id(key: str) -> int:
    sid = _SKELETON_IDS.get(key)
    if sid is None:
        sid = _SKELETON_IDS[key] = len(_SKELETON_IDS)
    return sid


def forget_skeletons(limit: int = 2_000_000) -> bool:
    """Start the ids over once they pass `limit` (they only grow); True when they did, so that a caller
    keeping id arrays drops them."""
    if len(_SKELETON_IDS) <= limit:
        return False
    _SKELETON_IDS.clear()
    return True


def skeletons(bag: Bag) -> np.ndarray:
    """The transliteration keys of a bag's words as ids, each once: what a source counts toward a key's
    rarity and a name's company. Ids are this process's, so the engine may keep them with a cluster."""
    return np.array(sorted({_skeleton_id(skeleton(w)) for w in bag}), np.int64)  # np.unique costs more on a few ids


def variants_of(
    bags: Sequence[Bag],
    single: Sequence[bool],
    fresh: Collection[str] | None = None,
    skels: Sequence[np.ndarray] | None = None,
    demonyms: set[str] | None = None,
) -> dict[str, str]:
    """`find_variants` over sources already reduced to their bags (the engine keeps a cluster's between days).

    With `fresh` (the words of the day's articles), only pairs with a fresh spelling are weighed: two
    spellings that only older clusters hold were weighed on the days they arrived, and weighing every
    such pair again each day made the cost grow with the stream. `skels` are the bags' `skeletons`,
    when kept with them. `demonyms`, when given, gains the words folded as a demonym and its place (a
    caller keeps them as written inside longer names: see `respell_name`).
    """
    words: set[str] = set().union(*(bag.keys() for bag in bags))
    news = words if fresh is None else words.intersection(fresh)
    if skels is None:
        skels = [skeletons(bag) for bag in bags]
    lengths = np.fromiter((len(k) for k in skels), np.int64, len(skels))
    cols = np.concatenate(skels) if len(skels) else np.zeros(0, np.int64)
    rows = np.repeat(np.arange(len(skels)), lengths)
    # Spellings that share a key with a fresh word: only the sources holding such a key are read.
    fresh_keys = {k for k in map(skeleton, news) if len(k) >= MIN_SKELETON}
    by_key: dict[str, set[str]] = defaultdict(set)
    if fresh_keys:
        ids = np.fromiter((_skeleton_id(k) for k in fresh_keys), np.int64, len(fresh_keys))
        holding: set[str] = set().union(*(bags[r].keys() for r in np.unique(rows[np.isin(cols, ids)]).tolist()))
        for w in holding:
            k = skeleton(w)
            if k in fresh_keys:
                by_key[k].add(w)
    pairs: set[tuple[str, str, bool]] = set()  # (a, b, demonym)
    for ws in by_key.values():
        if len(ws) > 1:
            ordered = sorted(ws)
            pairs.update((a, b, False) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    # A demonym is its place, less perhaps the place's last letter, and a suffix: Syria-n, Haiti-an,
    # Egypt-ian, Iraq-i, Mexic(o)-an, Chin(a)-ese. A fresh word may be either.
    candidates = set(news)
    for w in news:
        candidates.update(words.intersection(_demonyms(w)))
    for w in candidates:
        places = _places(w)
        if words.isdisjoint(places):  # the common case, checked at C speed before the ordered look
            continue
        place = next((p for p in places if p in words), None)
        if place:
            a, b = sorted((place, w))
            pairs.add((a, b, True))
    if fresh is not None:
        pairs = {pair for pair in pairs if pair[0] in fresh or pair[1] in fresh}
    if not pairs:
        return {}
    wanted = sorted({w for a, b, _ in pairs for w in (a, b)})
    row_of = {w: i for i, w in enumerate(wanted)}
    # Company as sparse products: bags x keys (B), bags x wanted words (W, by mentions); a word's company
    # is the keys of the sources naming it (W^T B, less its own key), weighted by the keys' rarity.
    n_keys = int(cols.max()) + 1 if len(cols) else 1
    keys_of = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(bags), n_keys))
    w_rows: list[int] = []
    w_cols: list[int] = []
    w_vals: list[float] = []
    together: set[tuple[str, str]] = set()
    for i, (bag, one) in enumerate(zip(bags, single, strict=True)):
        here = bag.keys() & row_of.keys()
        for w in here:
            w_rows.append(i)
            w_cols.append(row_of[w])
            w_vals.append(bag[w])
        if one and len(here) > 1:
            together.update((a, b) for a in here for b in here if a < b)
    named = sparse.csr_matrix((w_vals, (w_rows, w_cols)), shape=(len(bags), len(wanted)))
    weight = dict(zip(wanted, np.asarray(named.sum(axis=0)).ravel().tolist(), strict=True))
    present = named.copy()
    present.data[:] = 1.0
    df = np.asarray(keys_of.sum(axis=0)).ravel()
    idf = np.log((len(bags) + 1) / (df + 0.5))
    company = (present.T @ keys_of).tocoo()
    own = np.fromiter((_skeleton_id(skeleton(w)) for w in wanted), np.int64, len(wanted))
    keep = company.col != own[company.row]
    company = sparse.csr_matrix(
        (company.data[keep] * idf[company.col[keep]], (company.row[keep], company.col[keep])),
        shape=company.shape,
    )
    norms = np.sqrt(np.asarray(company.multiply(company).sum(axis=1)).ravel())
    ordered_pairs = sorted(pairs)
    ia = np.fromiter((row_of[a] for a, _, _ in ordered_pairs), np.int64, len(ordered_pairs))
    ib = np.fromiter((row_of[b] for _, b, _ in ordered_pairs), np.int64, len(ordered_pairs))
    dots = np.asarray(company[ia].multiply(company[ib]).sum(axis=1)).ravel()
    denom = norms[ia] * norms[ib]
    cosines = np.divide(dots, denom, out=np.zeros_like(dots), where=denom > 0)

    parent: dict[str, str] = {}

    def find(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    for (a, b, demonym), cos in zip(ordered_pairs, cosines.tolist(), strict=True):
        if demonym:
            if cos < DEMONYM_COMPANY:
                continue
        elif (a, b) in together or cos < COMPANY_LEVEL:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
        if demonym and demonyms is not None:
            demonyms.update((a, b))
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


def respell_name(name: str, canon: dict[str, str], shown: dict[str, str], keep: Collection[str] = frozenset()) -> str:
    """A name with its variant words written the canonical way ("Muammar Qaddafi" -> "Muammar Gaddafi").

    Words in `keep` (demonyms and their places) change only when they are the whole name: "Syrian" stands for
    Syria, but "Syrian Observatory for Human Rights" stays itself, and "Julia Gillard" never becomes "Julian".
    """
    keys = word_keys(name)
    if len(keys) > 1 and keep:
        keys = tuple("" if k in keep else k for k in keys)
    if not any(k in canon for k in keys):
        return name
    return " ".join(shown.get(canon[k], w) if k in canon else w for w, k in zip(name.split(), keys, strict=True))


@lru_cache(maxsize=200_000)
def word_keys(name: str) -> tuple[str, ...]:
    """Each word of a name as a key ("Muammar Qaddafi's" -> ("muammar", "qaddafi"))."""
    return tuple(stem(w.lower()) for w in name.split())


def displays(sources: Sequence[Iterable[tuple[str, float]]], keys: set[str]) -> dict[str, str]:
    """How each of `keys` is most often written in `sources` ("gaddafi" -> "Gaddafi")."""
    seen: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    for names in sources:
        for name, n in names:
            for w, key in zip(name.split(), word_keys(name), strict=True):
                if key in keys:
                    seen[key][w.rstrip("'’s") if w.endswith(("'s", "’s")) else w] += n
    return {k: max(c, key=lambda w: (c[w], w)) for k, c in seen.items()}
