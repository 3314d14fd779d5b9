"""A TF-IDF space over a set of texts: centrality and MMR selection, shared by every section and the timeline.

Kept apart from sentence handling so the numeric part has one typed home: scores and similarities are
numpy float arrays, the matrix is a scipy CSR matrix with L2-normalised rows (so a dot product is a cosine).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

FloatArray = npt.NDArray[np.float64]

_TFIDF_TOKEN = r"(?u)\b[a-zA-Z][a-zA-Z]+\b|\b\d{2,}\b"
_TFIDF_TOKEN_ANY = r"(?u)\b[^\W\d_]{2,}\b|\b\d{2,}\b"


class Space:
    """A TF-IDF space over a set of texts, with centrality and MMR selection on top."""

    def __init__(self, texts: Sequence[str], stop_words: Collection[str] | None = None):
        """`stop_words`: another language's function words (None: scikit-learn's English list, ASCII words)."""
        self.texts = list(texts)
        if stop_words is None:
            self.vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=_TFIDF_TOKEN)
        else:
            self.vectorizer = TfidfVectorizer(
                stop_words=sorted(stop_words), sublinear_tf=True, token_pattern=_TFIDF_TOKEN_ANY
            )
        try:
            self.matrix: csr_matrix = self.vectorizer.fit_transform(self.texts or [""])
        except ValueError:  # only stop words
            self.matrix = csr_matrix((max(len(self.texts), 1), 1))
        centroid = np.asarray(self.matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        self.centroid: FloatArray = centroid / norm if norm else centroid

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        try:
            return self.vectorizer.transform(list(texts))
        except (ValueError, AttributeError):
            return csr_matrix((len(texts), self.matrix.shape[1]))

    def centrality(self) -> FloatArray:
        """Cosine of each text with the centroid: how much it says what the set says."""
        if not self.texts:
            return np.zeros(0)
        return np.asarray(self.matrix @ self.centroid).ravel()

    def similarity(self) -> FloatArray:
        """Cosine similarity of every text with every other (dense; fine for a few thousand texts)."""
        return (self.matrix @ self.matrix.T).toarray()

    def mmr(
        self,
        scores: Sequence[float] | FloatArray,
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
