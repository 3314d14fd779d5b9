"""Near-duplicate linking: the same wire story syndicated by several outlets becomes one canonical article.

MinHash over word 3-gram shingles (128 permutations, vectorised with numpy) and LSH banding to find
candidates, then an estimated Jaccard similarity threshold. Texts too short to judge are never linked.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 128
BANDS = 32  # 32 bands x 4 rows: candidates from about 0.4 similarity, confirmed at THRESHOLD
ROWS = PERMUTATIONS // BANDS
SHINGLE = 3
THRESHOLD = 0.8
MIN_SHINGLES = 12
_rng = np.random.default_rng(20240517)  # fixed: signatures are stored and compared across runs
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the word 3-grams of a text (words hashed once, combined in numpy)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):  # wrapping multiplication is the point
        combined = (h[:-2] * np.uint64(1000003) + h[1:-1]) * np.uint64(998244353) + h[2:]
    return np.unique(combined & np.uint64(0xFFFFFFFF))


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32[128]) of a text, or None when it is too short to compare."""
    values = shingles(text)
    if len(values) < MIN_SHINGLES:
        return None
    with np.errstate(over="ignore"):  # multiply-shift hashing: wrap mod 2**64, keep the high 32 bits
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return hashed.min(axis=0).astype(np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass
class Index:
    """Signatures of known articles in LSH buckets; `add` returns the canonical id a text duplicates."""

    def __post_init__(self) -> None:
        self.buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self.sigs: dict[str, np.ndarray] = {}
        self.canonical: dict[str, str] = {}

    def _keys(self, sig: np.ndarray) -> Iterable[tuple[int, bytes]]:
        raw = sig.astype("<u4").tobytes()
        step = ROWS * 4
        for band in range(BANDS):
            yield band, raw[band * step : (band + 1) * step]

    def find(self, sig: np.ndarray) -> str | None:
        best, best_score = None, THRESHOLD
        seen: set[str] = set()
        for key in self._keys(sig):
            for other in self.buckets.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                score = similarity(sig, self.sigs[other])
                if score >= best_score:
                    best, best_score = other, score
        return None if best is None else self.canonical.get(best, best)

    def add(self, article_id: str, sig: np.ndarray, canonical: str | None = None) -> None:
        self.sigs[article_id] = sig
        if canonical and canonical != article_id:
            self.canonical[article_id] = canonical
        for key in self._keys(sig):
            self.buckets[key].append(article_id)


def link(known: Sequence[tuple[str, np.ndarray, str | None]], new: Sequence[tuple[str, np.ndarray]]) -> dict[str, str]:
    """article id -> canonical id for each new article that near-duplicates an earlier one.

    `known` are (id, signature, canonical id or None) already stored, oldest first; `new` in the order
    they were first seen. The earliest article of a cluster is its canonical one.
    """
    index = Index()
    for article_id, sig, canonical in known:
        index.add(article_id, sig, canonical)
    links: dict[str, str] = {}
    for article_id, sig in new:
        if article_id in index.sigs:
            continue
        target = index.find(sig)
        if target is not None and target != article_id:
            links[article_id] = target
        index.add(article_id, sig, target)
    return links
