"""Sentences: split, clean, trim lightly, score by centrality and pick without redundancy.

Everything here is deterministic and model-free, so the extractive engine gives the same brief for
the same articles. Trimming only removes framing (leading connectives, pronoun attribution tails,
datelines); it never rewrites what a sentence claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

_ABBREVIATIONS = [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "jr",
    "sr",
    "inc",
    "ltd",
    "corp",
    "co",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "ft",
    "mt",
    "est",
    "approx",
]
_ABBREV_RE = re.compile(r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")|\b[A-Z])\.$", re.IGNORECASE)
_BOUNDARY = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_TOKEN = re.compile(r"\w+")

_LEADING_CONNECTIVES = re.compile(
    r"^(?:but|and|so|however|meanwhile|also|still|yet|instead|moreover|furthermore|in addition|additionally|"
    r"separately|nevertheless|nonetheless|indeed|in fact|at the same time|even so|on the other hand|"
    r"by contrast|in contrast|similarly|likewise|for its part|for their part|as a result|then|now)\b,?\s+",
    re.IGNORECASE,
)
_PRONOUN_TAIL = re.compile(
    r",?\s+(?:he|she|they|it|we)\s+(?:said|says|added|adds|told reporters|explained|noted|continued)"
    r"(?:\s+(?:on|last|this)\s+\w+(?:\s+\w+)?)?\s*\.$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}\s*(?:,\s*[A-Z][A-Za-z .'-]{1,30})?\s*\((?:Reuters|AP|AFP|CNN|Bloomberg)\)\s*[-–—]+\s*"
    r"|[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*[-–—]+\s*)"
)
_BYLINE_NOISE = re.compile(r"\||\bUK time\b|\bclick here\b|\bfollow us\b|\bsubscribe\b|copyright|©", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article, with where it came from."""

    text: str
    article: int  # index into the articles the caller passed
    position: int  # 0 for the lead sentence
    published: date | None


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as "Mr." and "U.S." inside."""
    text = _SPACES.sub(" ", text or "").strip()
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()].rstrip()
        # Don't split after an abbreviation or a single initial ("Mr. Smith", "George W. Bush").
        tail = candidate[-12:]
        if _ABBREV_RE.search(tail) and not candidate.endswith(("?", "!")):
            continue
        pieces.append(text[start : match.start() + len(match.group(1))].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, as ROUGE and overlap checks count them."""
    return [t.lower() for t in _TOKEN.findall(text)]


_TIMESTAMP = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4};?\s+\d{1,2}:\d\d\s*[AP]M\s+"
)


def trim(sentence: str) -> str:
    """Remove framing only: datelines, timestamps, leading connectives, pronoun attribution tails."""
    s = sentence.strip().replace("\\/", "/")
    s = _TIMESTAMP.sub("", s)
    s = _DATELINE.sub("", s)
    for _ in range(2):
        s2 = _LEADING_CONNECTIVES.sub("", s)
        if s2 == s:
            break
        s = s2
    if not _opens_quote(s):
        s = _PRONOUN_TAIL.sub(".", s)
    s = s.strip()
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def _opens_quote(s: str) -> bool:
    return s.count('"') % 2 == 1 or s.count("“") != s.count("”")


def is_usable(sentence: str, min_words: int = 7, max_words: int = 60) -> bool:
    """A sentence a reader can take alone: not a byline, caption, fragment or dangling quote."""
    n = len(words(sentence))
    if n < min_words or n > max_words:
        return False
    if _BYLINE_NOISE.search(sentence):
        return False
    if not sentence[0].isupper() and sentence[0] not in "\"“‘'":
        return False
    if re.match(r"^\w{1,2}\)", sentence):
        return False  # a fragment cut from an enumeration or a ticker, e.g. "N) oil spill"
    if sentence[-1] not in ".!?\"”’'":
        return False
    if _opens_quote(sentence):
        return False
    # A sentence opening with a pronoun depends on the previous one to be understood.
    if re.match(r"^It\s+(?:is|was|remains|remained|seems|appears)\b", sentence):
        return True  # "It is unclear whether ...": the "it" refers to nothing before
    return not re.match(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its)\b", sentence, re.IGNORECASE)


def article_sentences(index: int, text: str, published: date | None, limit: int = 40) -> list[Sentence]:
    """The usable, trimmed sentences of one article, first `limit` considered."""
    out = []
    for pos, raw in enumerate(split_sentences(text)[:limit]):
        s = trim(raw)
        if is_usable(s):
            out.append(Sentence(s, index, pos, published))
    return out


def shorten(text: str, max_words: int = 14) -> str:
    """A title from a lead sentence: the first words, cut at a word boundary."""
    ws = text.split()
    if len(ws) <= max_words:
        return text.rstrip(".")
    return " ".join(ws[:max_words]).rstrip(",;:") + "…"


_TFIDF_TOKEN = r"(?u)\b[a-zA-Z][a-zA-Z]+\b|\b\d{2,}\b"


class Space:
    """A TF-IDF space over a set of texts, with centrality and MMR selection on top."""

    def __init__(self, texts: Sequence[str]):
        self.texts = list(texts)
        self.vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=_TFIDF_TOKEN)
        try:
            self.matrix: csr_matrix = self.vectorizer.fit_transform(self.texts or [""])
        except ValueError:  # only stop words
            self.matrix = csr_matrix((max(len(self.texts), 1), 1))
        centroid = np.asarray(self.matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        self.centroid = centroid / norm if norm else centroid

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        try:
            return self.vectorizer.transform(list(texts))
        except (ValueError, AttributeError):
            return csr_matrix((len(texts), self.matrix.shape[1]))

    def centrality(self) -> np.ndarray:
        """Cosine of each text with the centroid: how much it says what the set says."""
        if not self.texts:
            return np.zeros(0)
        return np.asarray(self.matrix @ self.centroid).ravel()

    def similarity(self) -> np.ndarray:
        return (self.matrix @ self.matrix.T).toarray()

    def mmr(
        self,
        scores: Sequence[float],
        k: int,
        lam: float = 0.7,
        candidates: Sequence[int] | None = None,
        exclude: Sequence[int] = (),
        max_sim: float = 0.5,
    ) -> list[int]:
        """Maximal marginal relevance: high score, low similarity to what is already picked."""
        pool = [i for i in (candidates if candidates is not None else range(len(self.texts))) if i not in exclude]
        if not pool or k <= 0:
            return []
        sub = self.matrix[pool]
        sims = (sub @ sub.T).toarray()
        ex_sims = (sub @ self.matrix[list(exclude)].T).toarray().max(axis=1) if exclude else np.zeros(len(pool))
        chosen: list[int] = []
        score = np.array([scores[i] for i in pool], dtype=float)
        while len(chosen) < min(k, len(pool)):
            best, best_val = -1, -np.inf
            for j in range(len(pool)):
                if j in chosen:
                    continue
                redundancy = max([ex_sims[j], *(sims[j, c] for c in chosen)])
                if redundancy > max_sim:
                    continue
                val = lam * score[j] - (1 - lam) * redundancy
                if val > best_val:
                    best, best_val = j, val
            if best < 0:
                break
            chosen.append(best)
        return [pool[j] for j in chosen]


def content_overlap(statement: str, support: str) -> float:
    """Share of the statement's content words found in the supporting text (grounding check)."""
    stop = _STOP
    words_ = [t for t in tokens(statement) if t not in stop and len(t) > 2]
    if not words_:
        return 0.0
    have = set(tokens(support))
    return sum(w in have for w in words_) / len(words_)


_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "there",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "not",
        "no",
        "nor",
        "so",
        "than",
        "then",
        "also",
        "into",
        "over",
        "after",
        "before",
        "about",
        "against",
        "between",
        "through",
        "during",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "said",
        "says",
        "say",
    ]
)
