"""Online grouping of an article stream into topics: a pure function of state and new articles.

Each article becomes a unit vector: TF-IDF of its words and, weighted higher, of its named
entities (hashed, so the state is a fixed-size document-frequency array). It joins the most
similar cluster when the similarity, discounted by the time since that cluster last grew, clears
a threshold; otherwise it opens a candidate. Candidates become topics once they have enough
distinct articles from enough sources. Centroids are decayed sums truncated to their strongest
features, so the cost of an article depends on the number of live clusters, never on history.

What persists in a story is its lead actors and places (its most named entities, counted over its
whole life, never decayed): an article that names anyone joins a cluster only naming one of them --
unless its similarity stands clear of the stream's noise, as a long story's later phase does with
new towns and people -- and a cluster of two or more articles folds into a topic only when their
lead actors overlap, not only the region's towns and officials or a neighbouring story it mentions.
The level to join an active topic follows the stream: the typical similarity of an article to a
topic it is not about; a leftover is absorbed above the stream's leftover noise, or at that join
level when too few leftovers measure it.

Names are compared as the stream writes them most: spellings the stream shows to be one name
(Gaddafi / Qaddafi, Syria / Syrian; `digest.topics.variants`) are folded before any of this.

Nothing here does I/O: `digest.topics.service` loads the state, calls `group`, stores the result.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import numpy as np
from scipy import sparse

from digest.topics.features import DIM, Features, entity_key, feature_id
from digest.topics.variants import Bag, bag_of, displays, forget_skeletons, respell_name, skeletons, variants_of

log = logging.getLogger(__name__)

DAY = 86400.0
IDF_PRIOR_DOCS = 10


@dataclass(frozen=True)
class Params:
    """Grouping knobs. Similarities are cosines of TF-IDF blocks (words, entities)."""

    min_articles: int = 3
    min_sources: int = 2
    dormant_after_days: float = 14.0
    candidate_days: float = 10.0  # a candidate that does not grow for this long is dropped
    entity_weight: float = 0.5  # share of the similarity that comes from named entities
    entity_gate: float = 0.03  # when both sides name entities, they must share at least this much
    word_gate: float = 0.05  # and their words this much: a shared town is not a shared story
    candidate_entity_gate: float = 0.15  # the same for joining a candidate, which has no trusted core yet
    join_topic: float = 0.07  # similarity to a topic's centroid needed to join it
    join_quantile: float = 0.5  # ... or this quantile of the chunk's similarities to topics not its best, if higher
    join_candidate: float = 0.12  # similarity to a candidate (a few articles) needed to join it
    revive: float = 0.15  # similarity needed to join a dormant topic (no time discount)
    revive_small: float = 0.9  # a small dormant topic wakes if its word similarity tops this x any other's
    decay_days: float = 10.0  # active similarity is multiplied by (1 + gap / decay_days) ** -decay_power
    decay_power: float = 0.5
    merge_topics: float = 0.25  # two discovered topics this close become one
    core_entities: int = 8  # a topic's core: its strongest entities (who and where the story is about)
    core_min_size: int = 5  # a topic needs this many articles before its core is trusted
    merge_core_shared: int = 3  # two topics merge only when their cores share this many entities
    merge_leads: bool = True  # a side story naming the story's lead actors merges at join_topic
    lead_names: int = 2  # the story's most named entity must be among the side story's first this many
    lead_shared: int = 2  # and they must share this many of their most named entities
    young_leads: int = 3  # joining a cluster without a trusted core takes naming one of its this many most named
    core_cover: float = 0.35  # share of a topic's core weight an article or candidate names to count as "on it"
    near_join: float = 0.6  # an article on a topic's core joins at this fraction of join_topic
    halflife_days: float = 30.0  # a member's weight in the centroid halves over this long
    absorb: bool = True  # an expiring candidate joins the topic it clearly belongs to instead of vanishing
    absorb_quantile: float = 0.95  # "clearly": above this quantile of the stream's leftover-to-topic similarities
    absorb_floor: float = 0.5  # ... and at least this fraction of join_topic
    absorb_min_noise: int = 10  # similarities needed before the noise level is trusted
    absorb_names: float = 0.5  # a leftover's name similarity must reach this share of its word similarity
    absorb_sample: int = 64  # leftovers compared with the topics to estimate that noise
    adopt: bool = True  # an expiring leftover that fits one running story better than any other joins it
    adopt_margin: float = 1.5  # ... its word similarity to that story this many times that to any other story
    adopt_lead_ratio: float = 4.0  # ... its own lead weighs this many times more in that story's profile than others'
    adopt_lead_share: float = 0.25  # ... and weighs at least this share of the story's most named entity there
    adopt_days: float = 3.0  # a lone article no other has joined for this long is offered (for a day) before expiry
    adopt_plain: bool = True  # a leftover no lead of its own places is adopted by the names it gives (or its words)
    plain_margin: float = 2.0  # ... its names (naming nobody: its words) this many times the story's as another's
    plain_known: float = 0.5  # ... and at least this share of its mentions are of names the story is about
    resume: bool = True  # a young topic whose words stand out for a quiet topic's continues it
    resume_margin: float = 2.0  # ... its word similarity to it this many times that to any other topic
    resume_days: float = 120.0  # a quiet story is offered for a resume this long (four half-lives)
    resume_offered: int = 15  # ... the largest this many of them, so a run's cost stays flat
    centroid_terms: int = 1000  # features kept per centroid block
    chunk: int = 400  # articles compared at once (bounds memory for a large first run)


@dataclass
class Vec:
    """A sparse vector over the hashed feature space: sorted indices and their values."""

    idx: np.ndarray  # int64, sorted, unique
    val: np.ndarray  # float64

    @staticmethod
    def from_dict(d: dict[int, float]) -> Vec:
        if not d:
            return Vec(np.zeros(0, np.int64), np.zeros(0, np.float64))
        idx = np.fromiter(d.keys(), np.int64, len(d))
        val = np.fromiter(d.values(), np.float64, len(d))
        order = np.argsort(idx)
        return Vec(idx[order], val[order])

    def norm(self) -> float:
        return float(np.sqrt(np.dot(self.val, self.val)))

    def scaled(self, factor: float) -> Vec:
        return Vec(self.idx, self.val * factor)

    def add(self, other: Vec) -> Vec:
        """The sum, merging the two sorted index lists (no sort: this runs once per article and cluster)."""
        if not len(other.idx):
            return Vec(self.idx, self.val.copy())
        pos = np.searchsorted(self.idx, other.idx)
        new = pos >= len(self.idx)
        new[~new] = self.idx[pos[~new]] != other.idx[~new]
        fresh = np.cumsum(new)
        at = pos + fresh - new  # where each of other's features lands in the sum
        n = len(self.idx) + int(fresh[-1])
        if n == len(self.idx):
            val = self.val.copy()
            val[at] += other.val
            return Vec(self.idx, val)
        kept = np.ones(n, bool)
        kept[at[new]] = False
        idx = np.empty(n, np.int64)
        idx[kept] = self.idx
        idx[at[new]] = other.idx[new]
        val = np.zeros(n)
        val[kept] = self.val
        val[at] += other.val
        return Vec(idx, val)

    def top(self, k: int) -> Vec:
        if len(self.idx) <= k:
            return self
        keep = np.sort(np.argpartition(-self.val, k)[:k])
        return Vec(self.idx[keep], self.val[keep])

    def dot(self, other: Vec) -> float:
        common, a, b = np.intersect1d(self.idx, other.idx, assume_unique=True, return_indices=True)
        return float(np.dot(self.val[a], other.val[b])) if len(common) else 0.0


@dataclass
class DocFreq:
    """Document frequencies of hashed features, the only corpus-wide state."""

    counts: np.ndarray = field(default_factory=lambda: np.zeros(DIM, np.int32))
    docs: int = 0

    def add(self, features: Iterable[Features]) -> None:
        for f in features:
            if f.words:
                self.counts[np.fromiter(f.words.keys(), np.int64, len(f.words))] += 1
            if f.entities:
                self.counts[np.fromiter(f.entities.keys(), np.int64, len(f.entities))] += 1
            self.docs += 1

    def idf(self, idx: np.ndarray) -> np.ndarray:
        """log((N + prior + 1) / (df + 1)): the prior of unseen documents keeps a word shared by
        every article of a young store from weighing nothing."""
        return np.log((self.docs + IDF_PRIOR_DOCS + 1.0) / (self.counts[idx] + 1.0))


@dataclass
class Vectors:
    """An article's two unit blocks (either may be empty)."""

    words: Vec
    entities: Vec


def _block(counts: dict[int, float], df: DocFreq) -> Vec:
    v = Vec.from_dict(counts)
    if len(v.idx):
        v.val = (1.0 + np.log(v.val)) * df.idf(v.idx)
        n = v.norm()
        v = v.scaled(1.0 / n) if n > 0 else Vec.from_dict({})
    return v


def vectorize(f: Features, df: DocFreq) -> Vectors:
    """TF-IDF of words and of entities, each block sublinear and normalised on its own."""
    return Vectors(_block(f.words, df), _block(f.entities, df))


@dataclass
class Doc:
    """One article as grouping sees it."""

    id: str
    time: datetime
    source: str
    features: Features
    duplicate_of: str | None = None  # canonical article id for a near-duplicate


@dataclass
class Cluster:
    """A topic (key = slug) or a candidate (key = "~" + first article id)."""

    key: str
    is_topic: bool
    words: Vec  # decayed sum of member word blocks, strongest features only
    entities: Vec  # the same for entity blocks
    last: datetime  # time of the newest member
    size: int = 0  # distinct articles (near-duplicates count once)
    sources: dict[str, int] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)  # candidates only: their articles so far
    dormant: bool = False
    discovered: bool = True  # False for an editor's topic: never merged automatically
    names: dict[str, float] = field(default_factory=dict)  # entity as written -> weight, for titles
    split_from: str | None = None  # the topic this one forked from: two stories, never kin
    woke: datetime | None = None  # when an article last woke this topic from dormancy (a new phase may follow)

    def unit(self) -> Vectors:
        return Vectors(_unit(self.words), _unit(self.entities))


def _unit(v: Vec) -> Vec:
    n = v.norm()
    return v.scaled(1.0 / n) if n > 0 else v


@dataclass
class Outcome:
    """What one call of `group` decided."""

    assignments: dict[str, str]  # article id -> cluster key (topic slug or candidate key)
    also: dict[str, list[str]]  # article id -> further editor topics its rules put it in
    clusters: dict[str, Cluster]  # every cluster touched or created, by key, after the call
    promoted: list[str]  # candidate keys that became topics in this call
    merged: dict[str, str]  # absorbed topic slug -> surviving slug
    dropped: list[str]  # candidate keys that expired
    unassigned: list[str]  # articles with no usable text


def _matrix(vectors: Sequence[Vec]) -> sparse.csr_matrix:
    indptr = np.zeros(len(vectors) + 1, np.int64)
    for i, v in enumerate(vectors):
        indptr[i + 1] = indptr[i] + len(v.idx)
    idx = np.concatenate([v.idx for v in vectors]) if vectors else np.zeros(0, np.int64)
    val = np.concatenate([v.val for v in vectors]) if vectors else np.zeros(0)
    return sparse.csr_matrix((val, idx, indptr), shape=(len(vectors), DIM))


class _Scratch(threading.local):
    """Per-thread tables over the hashed feature space, left clean after each use: a feature's
    position in a chunk's space and a mark per feature. Looking ids up here replaces sorting and
    binary searches over every live centroid's features, which dominated a day's grouping."""

    def __init__(self) -> None:
        self.pos = np.full(DIM, -1, np.int32)
        self.seen = np.zeros(DIM, bool)


_SCRATCH = _Scratch()


def _space(vectors: Sequence[Vec]) -> np.ndarray:
    """The sorted distinct feature ids of `vectors` (what np.unique of their ids gives)."""
    if not vectors:
        return np.zeros(0, np.int64)
    seen = _SCRATCH.seen
    seen[np.concatenate([v.idx for v in vectors])] = True
    out = np.flatnonzero(seen)
    seen[out] = False
    return out


def _local(vectors: Sequence[Vec], space: np.ndarray) -> sparse.csr_matrix:
    """Rows of `vectors` restricted to the sorted feature ids in `space`, re-indexed into it."""
    if not vectors:
        return sparse.csr_matrix((np.zeros(0), np.zeros(0, np.int64), np.zeros(1, np.int64)), shape=(0, len(space)))
    lengths = np.fromiter((len(v.idx) for v in vectors), np.int64, len(vectors))
    idx = np.concatenate([v.idx for v in vectors])
    val = np.concatenate([v.val for v in vectors])
    table = _SCRATCH.pos
    table[space] = np.arange(len(space), dtype=np.int32)
    pos = table[idx]
    table[space] = -1
    keep = pos >= 0
    rows = np.repeat(np.arange(len(vectors)), lengths)
    indptr = np.zeros(len(vectors) + 1, np.int64)
    np.cumsum(np.bincount(rows[keep], minlength=len(vectors)), out=indptr[1:])
    return sparse.csr_matrix((val[keep], pos[keep], indptr), shape=(len(vectors), len(space)))


def combine(sw: np.ndarray, se: np.ndarray, both: np.ndarray, p: Params) -> np.ndarray:
    """One similarity from the word and entity cosines.

    Where both sides name entities, entities carry `entity_weight` of the score, and sharing
    (almost) none vetoes the match: two floods in two countries share words, not places. Sharing
    (almost) no words vetoes it too: a marathon in a port town shares the place, not the strike.
    """
    mixed = (1.0 - p.entity_weight) * sw + p.entity_weight * se
    out = np.where(both, mixed, sw)
    return np.where((both & (se < p.entity_gate)) | (sw < p.word_gate), 0.0, out)


def group(
    clusters: Sequence[Cluster],
    docs: Sequence[Doc],
    df: DocFreq,
    now: datetime,
    params: Params = Params(),
    known: dict[str, str] | None = None,
    forced: dict[str, list[str]] | None = None,
    blocked: dict[str, set[str]] | None = None,
) -> Outcome:
    """Assign `docs` to `clusters` (live topics, dormant topics worth reviving, candidates).

    `df` is updated in place with the new articles. `known` maps already grouped article ids to
    their cluster, so a near-duplicate of one of them follows its original. `forced` puts an
    article in the given topics (an editor's rules matched); `blocked` keeps it out of some
    (an exclude phrase, a feed tag that does not fit).
    """
    p = params
    state = {c.key: replace(c, sources=dict(c.sources), members=list(c.members), names=dict(c.names)) for c in clusters}
    touched: set[str] = set()
    assignments: dict[str, str] = {}
    also: dict[str, list[str]] = {}
    unassigned: list[str] = []
    known = dict(known or {})
    rules = _Rules(forced or {}, blocked or {}, also)
    docs = fold_variants(state, docs, now)
    batch_ids = {d.id for d in docs}
    originals = [d for d in docs if not (d.duplicate_of and (d.duplicate_of in known or d.duplicate_of in batch_ids))]
    df.add(d.features for d in originals)
    ordered = sorted(docs, key=lambda d: (d.time, d.id))
    # The stories that were quiet when this run's articles began to arrive: one that comes back in it
    # brings its quiet fragments with it (`_wake_kin`).
    since = ordered[0].time if ordered else now
    asleep = {k for k, c in state.items() if c.is_topic and c.discovered and _quiet(c, since, p)}
    for start in range(0, len(ordered), p.chunk):
        chunk = ordered[start : start + p.chunk]
        vectors = [vectorize(d.features, df) for d in chunk]
        _group_chunk(chunk, vectors, state, touched, assignments, unassigned, known, rules, p, df)
    for key in touched:
        c = state[key]
        c.words, c.entities = c.words.top(p.centroid_terms), c.entities.top(p.centroid_terms)
        c.names = dict(sorted(c.names.items(), key=lambda kv: -kv[1])[:NAMES_KEPT])

    promoted = []
    for key in sorted(touched):
        c = state[key]
        if not c.is_topic and c.size >= p.min_articles and len(c.sources) >= p.min_sources:
            c.is_topic = True
            promoted.append(key)
    merged = _merge(state, touched, now, p, set(promoted))
    dropped = [
        c.key
        for c in state.values()
        if not c.is_topic and c.key not in touched and (now - c.last).total_seconds() > p.candidate_days * DAY
    ]
    # A topic that never earned a trusted core and has gone quiet is a leftover too: a side thread
    # of a story that opened its own topic on a few articles and then stopped growing.
    quiet = [
        c.key
        for c in state.values()
        if c.is_topic
        and c.discovered
        and not c.dormant
        and c.key not in touched
        and c.key not in merged
        and c.size < p.core_min_size
        and (now - c.last).total_seconds() > p.candidate_days * DAY
    ]
    # A lone article no other has joined for a few days fits no young candidate: a running story may
    # adopt it now rather than at its expiry (a reader sees it in the story's next version). It is
    # offered for a day, then again at its expiry, so the cost follows the day's articles, not the pile.
    lone = [
        c.key
        for c in state.values()
        if not c.is_topic
        and c.size == 1
        and c.key not in touched
        and c.key not in merged
        and c.key not in dropped
        and p.adopt_days * DAY < (now - c.last).total_seconds() <= (p.adopt_days + 1.0) * DAY
    ]
    if p.absorb and (dropped or quiet or (p.adopt and lone)):
        for small, big in _absorb(state, dropped + quiet, merged, p, lone if p.adopt else ()).items():
            _fold(state[big], state[small], p)
            merged[small] = big
            touched.add(big)
        dropped = [k for k in dropped if k not in merged]
    if p.resume:
        _wake_kin(state, asleep, touched, merged, now, p)
    for c in state.values():
        if c.is_topic:
            c.dormant = (now - c.last).total_seconds() > p.dormant_after_days * DAY
    out = {k: c for k, c in state.items() if k in touched or k in dropped or k in merged}
    return Outcome(assignments, also, out, promoted, merged, dropped, unassigned)


COMPANY_DAYS = 3.0
# A cluster's name bag between days, by key, while its size and last article stay put (grouping reloads
# clusters from the store each day, so the objects are new; a respelled cluster's entry is dropped).
_BAGS: dict[str, tuple[tuple[int, datetime, int], Bag, np.ndarray]] = {}


def _cluster_bag(c: Cluster) -> tuple[Bag, np.ndarray]:
    # the names themselves are in the mark: another database in this process (tests, a web process grouping
    # on demand) may hold a cluster of the same key, size and day
    mark = (c.size, c.last, hash(tuple(c.names.items())))  # a store reload lists names in one order
    kept = _BAGS.get(c.key)
    if kept is not None and kept[0] == mark:
        return kept[1], kept[2]
    if len(_BAGS) > 100_000:
        _BAGS.clear()
    bag = bag_of(c.names.items())
    skels = skeletons(bag)
    _BAGS[c.key] = (mark, bag, skels)
    return bag, skels


def fold_variants(state: dict[str, Cluster], docs: Sequence[Doc], now: datetime) -> list[Doc]:
    """Write every spelling of a name the stream shows to be one (`digest.topics.variants`) the
    canonical way, in the articles' features and in the clusters' entities and names (in place), so an
    outlet's own transliteration or a demonym ("Syrian" for "Syria") meets the story's lead actors."""
    # The company of a name: the batch's articles, the clusters of two or more articles and the lone
    # leftovers of the last few days (one outlet's spelling is often only there); older leftovers are
    # left out, so the cost stays flat as they pile up to their expiry.
    if forget_skeletons():
        _BAGS.clear()
    recent = now - timedelta(days=COMPANY_DAYS)
    company = [c for c in state.values() if c.is_topic or c.size >= 2 or c.last >= recent]
    new_bags = [bag_of(d.features.names) for d in docs]
    kept = [_cluster_bag(c) for c in company]
    bags = [bag for bag, _ in kept] + new_bags
    skels = [skel for _, skel in kept] + [skeletons(bag) for bag in new_bags]
    fresh = {w for bag in new_bags for w in bag}
    demonyms: set[str] = set()
    canon = variants_of(bags, [c.size <= 1 for c in company] + [True] * len(docs), fresh, skels, demonyms)
    if not canon:
        return list(docs)
    wanted = set(canon.values())
    named = [c.names.items() for c, bag in zip(company, bags, strict=False) if not wanted.isdisjoint(bag)]
    shown = displays(named + [d.features.names for d in docs], wanted)
    ids = {feature_id("e:" + w): feature_id("e:" + c) for w, c in canon.items()}
    written: dict[str, str] = {}

    def names_of(names: Iterable[tuple[str, float]]) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, n in names:
            new = written.get(name)
            if new is None:
                new = written[name] = respell_name(name, canon, shown, demonyms)
                if new != name and entity_key(name) != entity_key(new):
                    ids[feature_id("e:" + entity_key(name))] = feature_id("e:" + entity_key(new))
            out[new] = out.get(new, 0.0) + n
        return out

    renamed = [names_of(d.features.names) for d in docs]
    clusters = list(state.values())

    def holding(fids: np.ndarray) -> list[Cluster]:
        """The clusters whose entities hold any of `fids` (one pass over all of them)."""
        if not clusters:
            return []
        sizes = np.fromiter((len(c.entities.idx) for c in clusters), np.int64, len(clusters))
        owner = np.repeat(np.arange(len(clusters)), sizes)
        hit = np.isin(np.concatenate([c.entities.idx for c in clusters]), fids)
        return [clusters[i] for i in np.unique(owner[hit]).tolist()]

    # a name written a variant way has its word's feature
    for c in holding(np.fromiter(ids.keys(), np.int64, len(ids))):
        c.names = names_of(c.names.items())
        _BAGS.pop(c.key, None)
    old = np.fromiter(ids.keys(), np.int64, len(ids))
    new = np.fromiter(ids.values(), np.int64, len(ids))
    order = np.argsort(old)
    old, new = old[order], new[order]

    def remap(v: Vec) -> Vec:
        pos = np.searchsorted(old, v.idx)
        hit = (pos < len(old)) & (old[np.minimum(pos, len(old) - 1)] == v.idx)
        if not hit.any():
            return v
        idx = np.where(hit, new[np.minimum(pos, len(old) - 1)], v.idx)
        uniq, inv = np.unique(idx, return_inverse=True)
        return Vec(uniq, np.bincount(inv, weights=v.val, minlength=len(uniq)))

    for c in holding(old):
        c.entities = remap(c.entities)
    out: list[Doc] = []
    for d, names in zip(docs, renamed, strict=True):
        ents: dict[int, float] = {}
        for fid, n in d.features.entities.items():
            to = ids.get(fid, fid)
            ents[to] = ents.get(to, 0.0) + n
        ranked = tuple(sorted(((k, int(n)) for k, n in names.items()), key=lambda kv: -kv[1]))
        out.append(replace(d, features=Features(d.features.words, ents, ranked)))
    return out


@dataclass
class _Rules:
    forced: dict[str, list[str]]
    blocked: dict[str, set[str]]
    also: dict[str, list[str]]


def _group_chunk(
    chunk: list[Doc],
    vectors: list[Vectors],
    state: dict[str, Cluster],
    touched: set[str],
    assignments: dict[str, str],
    unassigned: list[str],
    known: dict[str, str],
    rules: _Rules,
    p: Params,
    df: DocFreq,
) -> None:
    """Single pass over one chunk, keeping every article-to-cluster dot product current.

    raw[b][i, j] is the dot product of article i's block b with cluster j's (unnormalised)
    centroid block; adding article a to cluster j updates column j from the chunk's own Gram
    matrix, so no sparse product runs inside the loop. cover[i, j] is the share of topic j's
    core entities that article i names (taken once per chunk: cores move slowly).
    """
    keys = list(state)
    n0, size = len(keys), len(chunk)
    cap = n0 + size
    raw, norm2, gram = [], [], []
    for b in ("words", "entities"):
        blocks = [getattr(v, b) for v in vectors]
        # Only features present in the chunk matter for its dot products: work in that space.
        space = _space(blocks)
        docs_m = _local(blocks, space)
        r = np.zeros((size, cap))
        n2 = np.zeros(cap)
        if n0:
            cents = [getattr(state[k], b) for k in keys]
            n2[:n0] = [float(np.dot(c.val, c.val)) for c in cents]
            r[:, :n0] = (docs_m @ _local(cents, space).T).toarray()
        raw.append(r)
        norm2.append(n2)
        gram.append((docs_m @ docs_m.T).toarray())
        if b == "entities":
            cover = np.zeros((size, cap))
            if n0:
                trusted = [state[k].is_topic and state[k].size >= p.core_min_size for k in keys]
                cores = [
                    core_weights(state[k].entities, p.core_entities) if t else _EMPTY
                    for k, t in zip(keys, trusted, strict=True)
                ]
            present = docs_m.copy()
            present.data[:] = 1.0
            names_at = _NamesAt(space, present.tocsc())
            if n0:
                cover[:, :n0] = (present @ _local(cores, space).T).toarray()
    doc_has_e = np.array([len(v.entities.idx) > 0 for v in vectors])
    last = np.zeros(cap)
    last[:n0] = [state[k].last.timestamp() for k in keys]
    kind = np.zeros(cap, np.int8)  # 0 candidate, 1 topic
    kind[:n0] = [state[k].is_topic for k in keys]
    # No trusted core yet (a candidate, or a topic of a few articles): joining it takes shared names.
    young = np.ones(cap, bool)
    young[:n0] = [not (state[k].is_topic and state[k].size >= p.core_min_size) for k in keys]
    # Per cluster j, taken when first needed: how many of its most named entities each article
    # names (-1: none known).
    leads: dict[int, np.ndarray] = {}

    def lead_hits(j: int) -> np.ndarray:
        if j not in leads:
            leads[j] = names_at.count(_lead_ids(state[keys[j]], p.young_leads))
        return leads[j]

    column = {k: j for j, k in enumerate(keys)}
    join_topic, clear = _join_level(chunk, raw, norm2, doc_has_e, kind[:n0] == 1, last[:n0], p)

    for i, (doc, vec) in enumerate(zip(chunk, vectors, strict=True)):
        original = known.get(doc.duplicate_of) if doc.duplicate_of else None
        if original is not None and original in state:
            target = state[original]
            if not target.is_topic:
                target.members.append(doc.id)
            assignments[doc.id] = known[doc.id] = original
            touched.add(original)
            continue
        targets = [column[k] for k in rules.forced.get(doc.id, ()) if k in column]
        if not targets and len(vec.words.idx) == 0 and len(vec.entities.idx) == 0:
            unassigned.append(doc.id)
            continue
        if not targets:
            n = len(keys)
            with np.errstate(divide="ignore", invalid="ignore"):
                sw = _finite(raw[0][i, :n] / np.sqrt(norm2[0][:n]))
                se = _finite(raw[1][i, :n] / np.sqrt(norm2[1][:n]))
            both = doc_has_e[i] & (norm2[1][:n] > 0)
            score = combine(sw, se, both, p)
            # A candidate or young topic has no trusted core: its names must be the article's, not
            # just shared wire names, institutions or a neighbouring story that every look-alike
            # mentions (a young topic's first stranger would otherwise become half its core).
            score = np.where(young[:n] & both & (se < p.candidate_entity_gate), 0.0, score)
            gaps = np.abs(doc.time.timestamp() - last[:n]) / DAY
            dormant = (kind[:n] == 1) & (gaps > p.dormant_after_days)
            active_score = score * (1.0 + gaps / p.decay_days) ** -p.decay_power
            score = np.where(dormant, score, active_score)
            need = np.where(kind[:n] == 1, np.where(dormant, p.revive, join_topic), p.join_candidate)
            for k in rules.blocked.get(doc.id, ()):
                if k in column:
                    need[column[k]] = np.inf
            near = (kind[:n] == 1) & ~dormant & (cover[i, :n] >= p.core_cover)
            need_near = np.where(near, np.minimum(need, join_topic * p.near_join), need)
            # An article that names people and places joins a cluster only if it names one of the
            # cluster's most named entities: the story's own actors, not only the region's towns
            # and officials (or a neighbouring story) that look-alikes share. A new story's first
            # articles would otherwise slip into a running neighbour's topic just above the level,
            # before their own topic exists. On a topic's core below the level, the level applies
            # again. Checked only where it could join, and not against a lone article, whose most
            # named are only its own. A trusted topic takes an article that stands clear of the
            # stream's noise (above the similarity few articles reach to a topic not their own) without
            # it: a long story's later phase names other towns and people than its first weeks did.
            for m in np.flatnonzero((score >= need_near) & both):
                if young[m] and state[keys[m]].size < 2:
                    continue
                if lead_hits(int(m))[i] == 0:
                    if young[m] or dormant[m]:
                        need_near[m] = np.inf
                    else:
                        need_near[m] = need[m] if near[m] else max(need[m], clear)
            ok = score >= need_near
            # A small quiet topic (at most a core's worth of articles) wakes only for an article whose
            # words are about as close to it as to any other cluster (`revive_small`): one stray from
            # another story, naming a place of it in an aside, would wake it and pull a new phase's
            # first articles into it instead of into a candidate of their own.
            for m in np.flatnonzero(ok & dormant):
                if state[keys[m]].size <= p.core_min_size:
                    elsewhere = _finite(np.delete(sw, m)).max(initial=0.0)
                    ok[m] = sw[m] > p.revive_small * elsewhere
            if ok.any():
                targets = [int(np.argmax(np.where(ok, score, -np.inf)))]
        if not targets:
            key = "~" + doc.id
            state[key] = Cluster(key=key, is_topic=False, words=vec.words, entities=vec.entities, last=doc.time)
            keys.append(key)
            column[key] = len(keys) - 1
            targets = [len(keys) - 1]
            for side in range(2):
                raw[side][:, targets[0]] = gram[side][:, i]
                norm2[side][targets[0]] = gram[side][i, i]
        else:
            for j in targets:
                c = state[keys[j]]
                factor = 0.5 ** (max(0.0, (doc.time - c.last).total_seconds() / DAY) / p.halflife_days)
                for side in range(2):
                    dot_i = raw[side][i, j]
                    norm2[side][j] = factor * factor * norm2[side][j] + 2 * factor * dot_i + gram[side][i, i]
                    raw[side][:, j] = factor * raw[side][:, j] + gram[side][:, i]
                c.words = _grow(c.words.scaled(factor), vec.words, p)
                c.entities = _grow(c.entities.scaled(factor), vec.entities, p)
                if c.is_topic and _quiet(c, doc.time, p):
                    c.woke = doc.time
                c.last = max(c.last, doc.time)
                c.dormant = False
        for j in targets:
            c = state[keys[j]]
            count_member(c, doc.source, doc.features.names)
            if not c.is_topic:
                c.members.append(doc.id)
            last[j] = c.last.timestamp()
            young[j] = not (c.is_topic and c.size >= p.core_min_size)
            leads.pop(j, None)
            touched.add(c.key)
        assignments[doc.id] = known[doc.id] = keys[targets[0]]
        if len(targets) > 1:
            rules.also[doc.id] = [keys[j] for j in targets[1:]]


NAMES_KEPT = 30
STORY_LEADS = 8  # a story's most named entities (a larger cluster's, in `leads_agree`)
LEAD_GIVEN = 0.5  # a resumed story's old lead weighs at most this share of its new phase's lead


def _finite(x: np.ndarray) -> np.ndarray:
    """`np.nan_to_num(x)` (an empty centroid's 0/0 is 0), in place, at half its cost when nothing is infinite."""
    if np.isinf(x).any():
        return np.nan_to_num(x)
    x[np.isnan(x)] = 0.0
    return x


def _join_level(
    chunk: list[Doc],
    raw: list[np.ndarray],
    norm2: list[np.ndarray],
    has_e: np.ndarray,
    is_topic: np.ndarray,
    last: np.ndarray,
    p: Params,
) -> tuple[float, float]:
    """Similarity an article needs to join an active topic: `join_topic`, or the stream's own noise
    when that is higher -- the `join_quantile` (the median: the typical similarity to a topic an
    article is not about) of this chunk's similarities to the topics that are not each article's
    best. Neighbouring stories that share a region's words and names lift
    every article's similarity to every topic; a fixed level would let them all in.

    Second, the level that stands clear of that noise (its `absorb_quantile`), above which an article
    need not name a trusted topic's lead actors; infinite when there is too little noise to measure."""
    cols = np.flatnonzero(is_topic)
    if len(cols) < 2 or not len(chunk):
        return p.join_topic, np.inf
    with np.errstate(divide="ignore", invalid="ignore"):
        sw = np.nan_to_num(raw[0][:, cols] / np.sqrt(norm2[0][cols]))
        se = np.nan_to_num(raw[1][:, cols] / np.sqrt(norm2[1][cols]))
    score = combine(sw, se, has_e[:, None] & (norm2[1][cols] > 0)[None, :], p)
    times = np.array([d.time.timestamp() for d in chunk])
    gaps = np.abs(times[:, None] - last[cols][None, :]) / DAY
    score = np.where(gaps > p.dormant_after_days, score, score * (1.0 + gaps / p.decay_days) ** -p.decay_power)
    others = np.ones(score.shape, bool)
    others[np.arange(len(chunk)), np.argmax(score, axis=1)] = False
    if others.sum() < p.absorb_min_noise:
        return p.join_topic, np.inf
    noise = score[others]
    return max(p.join_topic, float(np.quantile(noise, p.join_quantile))), float(np.quantile(noise, p.absorb_quantile))


@dataclass
class _NamesAt:
    """Which entity features each article of a chunk names: `space` sorted ids, `present` 0/1 by column."""

    space: np.ndarray
    present: sparse.csc_matrix

    def count(self, ids: np.ndarray) -> np.ndarray:
        """Per article, how many of `ids` it names; -1 everywhere when `ids` is empty."""
        if not len(ids):
            return np.full(self.present.shape[0], -1.0)
        rows = self.present.shape[0]
        pos = np.searchsorted(self.space, ids)
        pos = pos[pos < len(self.space)]
        pos = pos[self.space[pos] == ids[: len(pos)]] if len(pos) == len(ids) else pos[np.isin(self.space[pos], ids)]
        ptr, idx = self.present.indptr, self.present.indices
        hits = [idx[ptr[q] : ptr[q + 1]] for q in pos]
        return np.bincount(np.concatenate(hits), minlength=rows).astype(float) if hits else np.zeros(rows)


def _lead_ids(c: Cluster, k: int) -> np.ndarray:
    """Feature ids of a cluster's k most named entities."""
    return np.unique(np.array([feature_id("e:" + key) for key in _lead_keys(c, k)], np.int64))


def count_member(c: Cluster, source: str, names: Iterable[tuple[str, float]]) -> None:
    """A member counted into a cluster: its size, its outlets and its names (the centroid is the caller's)."""
    c.size += 1
    c.sources[source] = c.sources.get(source, 0) + 1
    _add_names(c, names)


def _add_names(c: Cluster, names: Iterable[tuple[str, float]]) -> None:
    for name, n in names:
        c.names[name] = c.names.get(name, 0.0) + n
    if len(c.names) > 2 * NAMES_KEPT:
        c.names = dict(sorted(c.names.items(), key=lambda kv: -kv[1])[:NAMES_KEPT])


def _grow(centroid: Vec, vec: Vec, p: Params) -> Vec:
    out = centroid.add(vec) if len(vec.idx) else centroid
    return out.top(p.centroid_terms) if len(out.idx) > 3 * p.centroid_terms else out


def similarity(a: Cluster, b: Cluster, p: Params) -> float:
    """Centroid-to-centroid similarity, combined as for an article."""
    ua, ub = a.unit(), b.unit()
    sw, se = np.array([ua.words.dot(ub.words)]), np.array([ua.entities.dot(ub.entities)])
    both = np.array([len(ua.entities.idx) > 0 and len(ub.entities.idx) > 0])
    return float(combine(sw, se, both, p)[0])


def _similarities(left: Sequence[Cluster], right: Sequence[Cluster], p: Params) -> np.ndarray:
    """Combined centroid similarities, len(left) x len(right), in one sparse product per block."""
    return _block_similarities(left, right, p)[2]


def _block_similarities(
    left: Sequence[Cluster], right: Sequence[Cluster], p: Params
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word-block, entity-block and combined centroid similarities, len(left) x len(right)."""
    out = []
    for b in ("words", "entities"):
        lv = [_unit(getattr(c, b)) for c in left]
        rv = [_unit(getattr(c, b)) for c in right]
        space = _space(lv)
        out.append((_local(lv, space) @ _local(rv, space).T).toarray())
    has_left = np.array([len(c.entities.idx) > 0 for c in left])
    has_right = np.array([len(c.entities.idx) > 0 for c in right])
    return out[0], out[1], combine(out[0], out[1], has_left[:, None] & has_right[None, :], p)


_EMPTY = Vec(np.zeros(0, np.int64), np.zeros(0))


def core_weights(v: Vec, k: int) -> Vec:
    """A centroid's k strongest entities, weights summing to 1: who and where the story is about.

    Stories that share vocabulary (two oil spills, uprisings in neighbouring countries) differ
    here: their places, leaders and companies.
    """
    if len(v.idx) > k:
        neg = -v.val
        if k > 0:  # the k largest, ties to the lower index (a stable sort's first k), without sorting them all
            kth = np.partition(neg, k - 1)[k - 1]
            above = np.flatnonzero(neg < kth)
            keep = np.sort(np.concatenate([above, np.flatnonzero(neg == kth)[: k - len(above)]]))
        else:
            keep = np.sort(np.argsort(neg, kind="stable")[:k])
        v = Vec(v.idx[keep], v.val[keep])
    total = float(v.val.sum())
    return Vec(v.idx, v.val / total) if total > 0 else _EMPTY


def _cover(core: Vec, other: Vec) -> float:
    """Share of `core`'s weight that `other` names at all."""
    return float(core.val[np.isin(core.idx, other.idx, assume_unique=True)].sum())


def cores_agree(a: Cluster, b: Cluster, p: Params) -> bool:
    """May these two clusters be one story? Two trusted topics must share several core entities
    or each other's dominant one; a candidate (or young topic) must name enough of the other's
    core; two young clusters must share names beyond the wire names both mention. Without
    entities, no veto."""
    if not len(a.entities.idx) or not len(b.entities.idx):
        return True
    trusted_a, trusted_b = (c.is_topic and c.size >= p.core_min_size for c in (a, b))
    ca, cb = core_weights(a.entities, p.core_entities), core_weights(b.entities, p.core_entities)
    if trusted_a and trusted_b:
        if len(np.intersect1d(ca.idx, cb.idx, assume_unique=True)) >= p.merge_core_shared:
            return True
        # Or each one's dominant entity is in the other's core: a side story of the same company.
        lead_a, lead_b = ca.idx[np.argmax(ca.val)], cb.idx[np.argmax(cb.val)]
        return bool(np.isin(lead_a, cb.idx) and np.isin(lead_b, ca.idx))
    if trusted_b:
        return _cover(cb, a.entities) >= p.core_cover and _names_lead(a, b, p)
    if trusted_a:
        return _cover(ca, b.entities) >= p.core_cover and _names_lead(b, a, p)
    # Neither core is trusted yet: their names must still overlap, as for an article joining a
    # candidate, and among their most named: a spill that mentions its neighbour is not the neighbour.
    if _unit(a.entities).dot(_unit(b.entities)) < p.candidate_entity_gate:
        return False
    leads_a, leads_b = _lead_keys(a, p.young_leads), _lead_keys(b, p.young_leads)
    return not leads_a or not leads_b or bool(set(leads_a) & set(leads_b))


def _names_lead(small: Cluster, big: Cluster, p: Params) -> bool:
    """Does `small` name one of `big`'s most named entities (anywhere among its own names)? A
    region's towns and officials can fill a core whose story dominates the stream; its lead
    actors are what a side story of it names. Without names on either side, no veto."""
    leads = _lead_keys(big, p.young_leads)
    if not leads or not small.names:
        return True
    return bool(set(leads) & {entity_key(n) for n in small.names})


def _shares_leads(a: Cluster, b: Cluster, p: Params) -> bool:
    """Do two clusters' lead actors (their `young_leads` most named) overlap? A neighbour that keeps
    naming the story's place ranks its own company, sea and officials first. Without names, no veto."""
    leads_a, leads_b = _lead_keys(a, p.young_leads), _lead_keys(b, p.young_leads)
    return not leads_a or not leads_b or bool(set(leads_a) & set(leads_b))


def _lead_keys(c: Cluster, k: int) -> list[str]:
    """The k most named entities of a cluster, normalised (raw mentions, no IDF: a story's own
    lead actor is named in nearly all of its articles, which is what makes its IDF low)."""
    if k <= 0:
        return []
    ranked = sorted(c.names.items(), key=lambda kv: (-kv[1], kv[0]))
    out: list[str] = []
    for name, _ in ranked:
        key = entity_key(name)
        if key not in out:
            out.append(key)
        if len(out) == k:
            break
    return out


def leads_agree(a: Cluster, b: Cluster, p: Params) -> bool:
    """Is the smaller cluster a side story of the larger one? The larger one's most named entity
    is among the smaller one's first `lead_names`, and they share `lead_shared` of their most
    named entities (the smaller one's first five, the larger one's first eight)."""
    small, big = (a, b) if a.size <= b.size else (b, a)
    big_keys, small_keys = _lead_keys(big, STORY_LEADS), _lead_keys(small, 5)
    if not big_keys or not small_keys or big_keys[0] not in small_keys[: p.lead_names]:
        return False
    return len(set(big_keys) & set(small_keys)) >= p.lead_shared


def _absorb(
    state: dict[str, Cluster], expiring: list[str], merged: dict[str, str], p: Params, lone: Sequence[str] = ()
) -> dict[str, str]:
    """Leftovers that clearly belong to a topic: expiring candidate key -> topic slug; `lone` articles
    that have waited a few days are only offered for adoption (`_adopt`).

    A candidate that never grew would vanish and leave its articles in no topic. It joins its
    most similar discovered topic (active or dormant) when that similarity, and its word
    similarity alone, stand out from the stream's own noise -- the similarities of recent
    leftovers to the topics that are not their best (to the topic, when only one is live) --
    and it names some of the topic's core. So a
    one-off that shares a town with a story (its names) but not the story's words stays out.
    """
    expiring_set = set(expiring)
    topics = [k for k, c in state.items() if c.is_topic and c.discovered and k not in merged and k not in expiring_set]
    if not topics or not (expiring or lone):
        return {}
    # The noise sample: the expiring leftovers and the most recent others, a bounded number.
    others_live = sorted(
        (c for k, c in state.items() if not c.is_topic and k not in merged and k not in expiring_set),
        key=lambda c: c.last,
        reverse=True,
    )
    leftovers = list(expiring) + [c.key for c in others_live[: max(0, p.absorb_sample - len(expiring))]]
    leftovers += sorted(set(lone) - set(leftovers))
    words, names, combined = _block_similarities([state[k] for k in leftovers], [state[k] for k in topics], p)
    best = np.argmax(combined, axis=1)
    others = np.ones(combined.shape, bool)
    if len(topics) > 1:
        # Not its best by either measure: a leftover vetoed on names (combined all zero) would
        # otherwise count its own story's words as noise.
        others[np.arange(len(leftovers)), best] = False
        others[np.arange(len(leftovers)), np.argmax(words, axis=1)] = False
    # else one live topic: the noise is every leftover's similarity to it, a stricter level.
    need, need_words, need_names = absorb_levels(combined[others], words[others], names[others], p)
    row = {k: i for i, k in enumerate(leftovers)}
    out: dict[str, str] = {}
    for key in expiring:
        if key not in row:
            continue
        i = row[key]
        j = int(best[i])
        cand = state[key]
        if combined[i, j] < need:
            # Vetoed on names: a story that dominates the stream has made its own lead's IDF, and
            # so its entity weight, vanish. Naming that lead, with the words to match, is enough.
            j = int(np.argmax(words[i]))
            if words[i, j] < need or not set(_lead_keys(state[topics[j]], p.lead_names)) & set(_lead_keys(cand, 8)):
                continue
        elif len(cand.entities.idx) and names[i, j] < max(need_names, p.absorb_names * words[i, j]):
            # Its names are no closer to the topic's than to any other, or lag far behind its
            # words: the same kind of news about other people and places.
            continue
        topic = state[topics[j]]
        if words[i, j] < need_words:
            continue
        if topic.size >= p.core_min_size:
            named = _cover(core_weights(topic.entities, p.core_entities), cand.entities) > 0.0
            if (
                not named
                and len(cand.entities.idx)
                and not set(_lead_keys(topic, p.lead_names)) & set(_lead_keys(cand, 8))
            ):
                continue
        elif not cores_agree(cand, topic, p):
            continue
        own_leads = cand.is_topic or cand.size >= p.min_articles
        if (own_leads or topic.dormant) and not set(_lead_keys(topic, p.lead_names)) & set(_lead_keys(cand, 8)):
            # A quiet young topic, or a candidate of several articles (one outlet's story, short of
            # sources), has lead actors of its own: it is a thread of the story only if they include
            # the story's, not just the region's towns or the wire names that other stories share.
            # Waking a quiet topic takes naming its leads too, as for an article reviving it.
            continue
        out[key] = topics[j]
    if p.adopt:
        # too small a sample to trust asks what an arriving article needs, as `absorb_levels` does
        sample = others.sum() >= p.absorb_min_noise
        noise = max(float(np.quantile(words[others], 0.5)), p.absorb_floor * p.join_topic) if sample else p.join_topic
        offered = [k for k in expiring if k not in out and k in row] + [k for k in lone if k not in expiring_set]
        for key, slug in _adopt(state, offered, topics, words, row, noise, p):
            out[key] = slug
    return out


def _adopt(
    state: dict[str, Cluster],
    leftovers: list[str],
    topics: list[str],
    words: np.ndarray,
    row: dict[str, int],
    noise: float,
    p: Params,
) -> list[tuple[str, str]]:
    """Leftovers a running story adopts: (leftover key, topic slug).

    A short item (a wire brief, a live-blog entry, a late report) often fits no young candidate and
    names too little to clear the levels above, yet plainly belongs to one story; so may a small topic
    that never earned a core of its own and went quiet (a side thread of the story). It joins the trusted
    live story (a core of its own, not dormant) whose words are closest when they clear the stream's typical similarity
    to a story an article is not about (`noise`, the median), its own most named entity is
    that story's -- a real share of the story's profile (`adopt_lead_share` of its most named entity's
    weight, not a name one article mentioned in passing) and far more the story's than any other's
    (`adopt_lead_ratio` times its weight in any other's) -- and either

    - it names one of that story's lead actors (its `lead_names` most named) that is no lead of another
      story, with no other story closer in words; or
    - its words are `adopt_margin` times closer to that story than to any other -- than to the noise,
      with one story running, so that a lone story does not take whatever clears the noise.

    So a one-off that shares a town with the story -- its own people lead it, unknown to the story --
    stays out, as does an item led by a name every story of the region knows (its governor, a town they
    all report from), and an item that two neighbouring stories fit about as well goes to neither.

    A leftover no lead of its own places -- one that names nobody, or is led by a name the story never
    gave (a spokesman quoted in a live-blog line) -- is placed by what it does name instead, or by its
    words alone when it names nobody (`_plain_story`): most of a story's short items quote someone new.
    """
    # A quiet story is not offered: an early adoption would make it look live, and a new phase of it
    # that then forms a topic would be taken for another story running beside it instead of its resume.
    trusted = [j for j, k in enumerate(topics) if state[k].size >= p.core_min_size and not state[k].dormant]
    if not trusted:
        return []
    leads = {j: _lead_keys(state[topics[j]], p.young_leads) for j in trusted}
    profiles = {j: _unit(state[topics[j]].entities) for j in trusted}
    firsts = {key: _lead_keys(state[key], 1) for key in leftovers}
    # Each leftover's own first name weighed in every story's profile, one look-up per story for all of them.
    fids = np.unique(np.array([feature_id("e:" + lead[0]) for lead in firsts.values() if lead], np.int64))
    weights = {j: _weights(profiles[j], fids) for j in trusted}
    out = []
    named: dict[str, list[tuple[int, float]]] | None = None  # taken when first needed
    for key in leftovers:
        cand = state[key]
        lead = firsts[key]
        slug = None
        sims = words[row[key], trusted]
        order = np.argsort(-sims, kind="stable")
        j = trusted[int(order[0])]
        best = float(sims[order[0]])
        # With one story running the rival is the stream's noise: a margin over no rival at all would
        # pass anything that clears the noise (a one-off naming the story's governor once).
        second = float(sims[order[1]]) if len(order) > 1 else noise
        if best < noise or best <= 0.0:
            continue
        if lead:
            # Its own first name, not whichever of its names the story knows: a singer's news naming the
            # story's town is the singer's.
            at = int(np.searchsorted(fids, feature_id("e:" + lead[0])))
            weight = {i: float(weights[i][at]) for i in trusted}
            # The lead must be one the story is about, not a name one of its articles mentioned in passing:
            # with no rival naming it, a trace weight would pass the ratio test as 4 x 0 < anything.
            top = float(profiles[j].val.max(initial=0.0))
            if (
                weight[j] >= p.adopt_lead_share * top
                and weight[j] > 0.0
                and not any(weight[i] * p.adopt_lead_ratio > weight[j] for i in trusted if i != j)
            ):
                own = set(leads[j][: p.lead_names]) & {entity_key(n) for n in cand.names}
                rivals = {k for i in trusted if i != j for k in leads[i]}
                if (own and not own & rivals and best >= second) or best >= p.adopt_margin * second:
                    slug = topics[j]
                    why = f"lead share {weight[j] / top:.2f}"
        if slug is None and p.adopt_plain:
            if named is None:
                named = _name_index([state[topics[i]] for i in trusted], p)
            plain = _plain_story(cand, words[row[key], trusted], trusted, named, noise, p)
            if plain is not None:
                slug = topics[plain[0]]
                best = float(words[row[key], plain[0]])
                why = f"no lead of its own, known names {plain[1]:.2f}"
        if slug is not None:
            out.append((key, slug))
            # An adoption is a guess on thin evidence: leave a trace an operator can check it by.
            log.info(
                "adopted %s (%s) into %s: words %.3f, next story %.3f, noise %.3f, %s",
                key,
                ", ".join(cand.members[:5]) if not cand.is_topic else f"topic of {cand.size}",
                slug,
                best,
                second,
                noise,
                why,
            )
    return out


def _plain_story(
    cand: Cluster,
    sims: np.ndarray,
    trusted: list[int],
    named: dict[str, list[tuple[int, float]]],
    noise: float,
    p: Params,
) -> tuple[int, float] | None:
    """The running story a leftover that no lead of its own places (a live-blog line, a wire brief
    quoting a spokesman the story never named) belongs to, and the share of its mentions that story
    is about; None when none plainly fits. `sims`: its word similarities to the `trusted` stories;
    `named`: which of them are about each name, and how much (`_name_index`).

    Its names choose: `plain_known` of its mentions are of names the story is about (a one-off's own
    people and places are not, nor a name one of the story's articles mentioned in passing), and
    `plain_margin` times more so than any other running story's (a region's governor or town, named by
    every story, places nothing); its words confirm: above the stream's noise (`plain_margin` times it
    with one story running) and not `adopt_margin` times closer to another story. An item that names
    nobody is placed by its words alone, `plain_margin` times closer to one story than to any other (than
    to the noise, with one story running)."""
    if cand.is_topic:
        return None  # a quiet young topic has lead actors of its own: the lead route decides it
    total = sum(cand.names.values())
    order = np.argsort(-sims, kind="stable")
    if total <= 0:
        at = int(order[0])
        second = float(sims[order[1]]) if len(order) > 1 else noise
        if sims[at] >= noise and sims[at] > 0.0 and sims[at] >= p.plain_margin * second:
            return trusted[at], 1.0
        return None
    shares = np.zeros(len(trusted))
    for name, w in cand.names.items():
        for at, about in named.get(entity_key(name), ()):
            shares[at] += w * about
    shares /= total
    at = int(np.argmax(shares))
    here = float(shares[at])
    rest = np.delete(shares, at)
    if here < p.plain_known or (len(rest) and float(rest.max()) * p.plain_margin > here):
        return None
    others = np.delete(sims, at)
    # With one story running nothing rivals its names: its words must stand clear of the noise, as a
    # nameless item's must (a lead actor's other news -- her hospital opening -- is not the story).
    level = noise if len(others) else p.plain_margin * noise
    if sims[at] < level or sims[at] <= 0.0 or (len(others) and float(others.max()) > p.adopt_margin * sims[at]):
        return None
    return trusted[at], here


def _name_index(stories: Sequence[Cluster], p: Params) -> dict[str, list[tuple[int, float]]]:
    """Name -> (position in `stories`, how much that story is about it) for every story naming it: one
    pass over the stories' names, so a leftover's look-up costs its own names, not the stories' count."""
    out: dict[str, list[tuple[int, float]]] = {}
    for at, c in enumerate(stories):
        for key, about in _story_names(c, p).items():
            out.setdefault(key, []).append((at, about))
    return out


def _story_names(c: Cluster, p: Params) -> dict[str, float]:
    """A story's names by how much it is about them, from raw mentions (no IDF: its lead actor, named in
    nearly every article, weighs most): 1 from `adopt_lead_share` of its most named entity's count up."""
    out: dict[str, float] = {}
    for name, n in c.names.items():
        key = entity_key(name)
        out[key] = out.get(key, 0.0) + n
    full = p.adopt_lead_share * max(out.values(), default=0.0)
    return {k: min(1.0, n / full) for k, n in out.items()} if full > 0 else {}


def _weights(v: Vec, fids: np.ndarray) -> np.ndarray:
    """The values of features `fids` in `v` (0 where absent)."""
    at = np.searchsorted(v.idx, fids)
    hit = at < len(v.idx)
    hit[hit] = v.idx[at[hit]] == fids[hit]
    out = np.zeros(len(fids))
    out[hit] = v.val[at[hit]]
    return out


def absorb_levels(combined: np.ndarray, words: np.ndarray, names: np.ndarray, p: Params) -> tuple[float, float, float]:
    """Combined, word and name similarity a leftover needs to be absorbed, from the noise sample
    (its similarities to topics it is not about). Too small a sample to trust -- a quiet stream with
    one live story and a handful of leftovers -- asks what an arriving article needs: `join_topic`."""
    if combined.size < p.absorb_min_noise:
        return p.join_topic, p.join_topic, 0.0
    floor = p.absorb_floor * p.join_topic
    return (
        max(float(np.quantile(combined, p.absorb_quantile)), floor),
        max(float(np.quantile(words, p.absorb_quantile)), floor),
        float(np.quantile(names, p.absorb_quantile)),
    )


def _fold(big: Cluster, small: Cluster, p: Params) -> None:
    """Add `small`'s centroid, size, sources and names to `big` (both histories kept by the caller)."""
    big.words = big.words.add(small.words).top(p.centroid_terms)
    big.entities = big.entities.add(small.entities).top(p.centroid_terms)
    big.size += small.size
    for s, n in small.sources.items():
        big.sources[s] = big.sources.get(s, 0) + n
    _add_names(big, small.names.items())
    newest = max(big.last, small.last)
    woken = [c.woke for c in (big, small) if c.woke is not None]
    woken += [newest for c in (big, small) if c.is_topic and _quiet(c, newest, p)]
    big.woke = max(woken, default=None)
    big.last = newest


def _merge(
    state: dict[str, Cluster], touched: set[str], now: datetime, p: Params, promoted: Collection[str] = ()
) -> dict[str, str]:
    """Fold clusters that grew together into the topic they resemble; the larger one survives.

    Discovered topics merge above `merge_topics`; a candidate whose centroid reaches
    `join_topic` against an active topic joins it (its articles arrived before the topic was
    strong enough to attract them one by one), and against a quiet discovered topic too (the
    story is back after a gap with new places and names, its lead actors named). Editors' topics
    neither fold away nor absorb candidates wholesale: their exclude rules apply article by article.
    """
    merged: dict[str, str] = {}
    # A quiet topic of the story is a target too: a young topic that names its lead actors continues
    # it after a gap (new places, a new phase) rather than starting another story.
    active = [
        k
        for k, c in state.items()
        if c.is_topic and (c.discovered or (now - c.last).total_seconds() <= p.dormant_after_days * DAY)
    ]
    movers = sorted(k for k in touched if state[k].discovered or not state[k].is_topic)
    if not active or not movers:
        return merged
    words, _, sims = _block_similarities([state[k] for k in movers], [state[k] for k in active], p)
    for i, a in enumerate(movers):
        if a in merged:
            continue
        ca = state[a]
        need = p.merge_topics if ca.is_topic else p.join_topic
        best, best_sim = None, -1.0
        for j in np.flatnonzero(sims[i] >= min(need, p.join_topic)):
            b = active[j]
            cb = state[b]
            if b == a or b in merged or not cb.discovered:  # editors' topics take articles one by one
                continue
            # Same words, other places and names: another story. A side story that names the
            # story's own lead actors (its most named, not its rarest) is the story.
            # Sharing a core is not enough for a cluster of two or more articles: it has lead actors
            # of its own (a neighbouring story that keeps naming the topic's place shares its core),
            # and folds in only if they include the topic's.
            by_core = sims[i, j] >= need and cores_agree(ca, cb, p) and (ca.size < 2 or _shares_leads(ca, cb, p))
            if not (by_core or (p.merge_leads and leads_agree(ca, cb, p))):
                continue
            quiet = (now - cb.last).total_seconds() > p.dormant_after_days * DAY
            if quiet and not leads_agree(ca, cb, p):
                continue  # continuing a quiet story takes naming its lead actors first
            if sims[i, j] > best_sim:
                best, best_sim = b, float(sims[i, j])
        if best is None and a in promoted:
            best, kin = _resumed(ca, a, active, words[i], sims[i], merged, state, now, p)
            if best is not None:
                lead = max(ca.names.values(), default=0.0)
                for k in (best, *kin):  # the quiet story's own fragments come back with it
                    _fade(state[k], ca.last, p, lead)
                for k in kin:
                    _fold(state[best], state[k], p)
                    merged[k] = best
                    touched.add(best)
        if best is None:
            continue
        big, small = (a, best) if ca.is_topic and ca.size > state[best].size else (best, a)
        if big in merged:
            continue
        _fold(state[big], state[small], p)
        merged[small] = big
        touched.add(big)
    return merged


def _resumed(
    ca: Cluster,
    a: str,
    active: list[str],
    words: np.ndarray,
    sims: np.ndarray,
    merged: dict[str, str],
    state: dict[str, Cluster],
    now: datetime,
    p: Params,
) -> tuple[str | None, list[str]]:
    """The quiet topic a topic promoted just now resumes though it names none of its lead actors (or
    None), and that quiet story's fragments to fold in with it.

    A long story can come back after weeks told through other people and places (a war's rebels and
    a new town after its protesters and capital; a spill's claims fund after its company and rig).
    What persists is its vocabulary: the young topic's words are closest to that quiet topic's, by
    `resume_margin` times more than to any other story (the stream's noise for this topic) and at least
    as close as two topics that merge outright (`merge_topics`); the quiet topic is a story (a trusted
    core); and the young topic's lead actors, less the quiet story's own, are not those of another live
    topic (a neighbouring story in the same words). Only at promotion: a topic that ran beside the
    quiet one is another story. A smaller quiet topic as close in words to the quiet story as two topics
    that merge and naming one of its lead actors among its own (one outlet's spelling of its later
    weeks, say) is a fragment of it, not another story: it is no noise, and it comes back with the
    story. A topic forked from the story (or the story forked from it) is never one.
    """
    if not p.resume or not ca.is_topic or not ca.discovered:
        return None, []
    others = [j for j, k in enumerate(active) if k != a and k not in merged]
    if len(others) < 2:
        return None, []
    ranked = sorted(others, key=lambda j: -words[j])
    j = ranked[0]
    cb = state[active[j]]
    if (
        not _resumable(cb, now, p)
        or not cb.discovered
        or cb.size < p.core_min_size
        or sims[j] < p.join_topic
        or words[j] < p.merge_topics
    ):
        return None, []
    rest = [state[active[i]] for i in ranked[1:]]
    quiet = [c for c in rest if c.discovered and _quiet(c, now, p) and c.size < cb.size]
    kin = set(_kin(cb, quiet, p))
    noise = next((float(words[i]) for i in ranked[1:] if active[i] not in kin), 0.0)
    if words[j] < p.resume_margin * noise:
        return None, []
    mine = set(_lead_keys(ca, p.young_leads)) - set(_lead_keys(cb, STORY_LEADS))
    rivals = (state[k] for k in active if k not in (a, active[j]) and k not in merged)
    if any(not _quiet(c, now, p) and mine & set(_lead_keys(c, p.lead_names)) for c in rivals):
        return None, []
    return active[j], sorted(kin)


def _kin(story: Cluster, quiet: Sequence[Cluster], p: Params) -> list[str]:
    """The keys of the `quiet` topics that are fragments of `story`: as close to it in words as two
    topics that merge outright (`merge_topics`), and the smaller of the two naming one of the larger's
    lead actors among its own (`young_leads`) -- one outlet's spelling of the story's later weeks, a
    side thread of it, an earlier phase told through other people. A topic forked from the story (or
    the story forked from it) is never one: the fork said they are two stories."""
    quiet = [c for c in quiet if c.key != story.key and not _forked(c, story)]
    if not quiet:
        return []
    close = _block_similarities(quiet, [story], p)[0][:, 0] >= p.merge_topics
    out = []
    for c, near in zip(quiet, close.tolist(), strict=True):
        small, big = (c, story) if c.size <= story.size else (story, c)
        if near and set(_lead_keys(big, STORY_LEADS)) & set(_lead_keys(small, p.young_leads)):
            out.append(c.key)
    return out


def _wake_kin(
    state: dict[str, Cluster],
    asleep: set[str],
    touched: set[str],
    merged: dict[str, str],
    now: datetime,
    p: Params,
) -> None:
    """A quiet story that came back in this run -- its new phase's articles joined it, a side thread
    of it was folded in, a young topic resumed it -- brings its quiet fragments (`_kin`) with it, as a
    resume at promotion does. Its return would otherwise hinge on which cluster the new phase's first
    articles happened to reach: waking the story one by one, or one of its fragments, leaves the
    others apart for good (each phase its own topic). Only fragments quiet since before this run:
    two parts that run side by side are two stories until their leads agree (`_merge`). The larger
    of the two survives, the other's history kept."""
    woken = [
        k
        for k in sorted(asleep)
        if k in touched and k not in merged and state[k].size >= p.core_min_size and not _quiet(state[k], now, p)
    ]
    for k in woken:
        if k in merged:
            continue
        story = state[k]
        kin = _wake_kin_of(story, state, asleep, touched, merged, now, p)
        while kin:
            lead = max(story.names.values(), default=0.0)
            for q in kin:
                other = state[q]
                _fade(other, story.last, p, lead)
                big, small = (q, k) if other.size > story.size else (k, q)
                _fold(state[big], state[small], p)
                merged[small] = big
                touched.add(big)
                log.info("topics: %s came back and brings its quiet fragment %s (%d articles)", k, q, other.size)
                k, story = big, state[big]
            # The story is the larger part now: its own fragments come too.
            kin = _wake_kin_of(story, state, asleep, touched, merged, now, p)


def _wake_kin_of(
    story: Cluster,
    state: dict[str, Cluster],
    asleep: Collection[str],
    touched: set[str],
    merged: dict[str, str],
    now: datetime,
    p: Params,
) -> list[str]:
    """The quiet fragments (`_kin`) of a story that came back whose words stand out for it as a
    resume's must: `resume_margin` times closer to it than to any other topic. Stories of one kind
    told in the same words (four spills, each naming the president who answers for it among its
    leads) are about as close to one another as to the one that woke: none is its fragment."""
    quiet = [state[q] for q in sorted(asleep) if _still_quiet(q, state, touched, merged, now, p)]
    kin = _kin(story, quiet, p)
    if not kin:
        return []
    others = [c for k, c in state.items() if c.is_topic and c.discovered and k not in merged and k != story.key]
    words = _block_similarities([state[q] for q in kin], [story, *others], p)[0]
    out = []
    for i, q in enumerate(kin):
        noise = max((float(w) for c, w in zip(others, words[i, 1:], strict=True) if c.key != q), default=0.0)
        if words[i, 0] >= p.resume_margin * noise:
            out.append(q)
    return out


def _still_quiet(
    key: str, state: dict[str, Cluster], touched: set[str], merged: dict[str, str], now: datetime, p: Params
) -> bool:
    return key not in touched and key not in merged and _quiet(state[key], now, p)


def _forked(a: Cluster, b: Cluster) -> bool:
    return a.split_from == b.key or b.split_from == a.key


def _quiet(c: Cluster, now: datetime, p: Params) -> bool:
    return (now - c.last).total_seconds() > p.dormant_after_days * DAY


def _resumable(c: Cluster, now: datetime, p: Params) -> bool:
    """Quiet, or woken from quiet within the last dormant gap: a new phase's first stray articles may
    wake the story one by one before the phase's own topic is promoted, and that topic still resumes
    it (so its leads are re-cast) rather than running beside it as another story."""
    recent = c.woke is not None and (now - c.woke).total_seconds() <= p.dormant_after_days * DAY
    return _quiet(c, now, p) or recent


def _fade(quiet: Cluster, until: datetime, p: Params, lead: float) -> None:
    """A quiet story's profile and names weighed down by its silence (as its members' weights halve
    each `halflife_days`), its names below `lead` (the new phase's most named actor's weight): the
    actors of the phase it resumes with lead the story, so that the phase's next clusters, naming
    them, join it."""
    factor = 0.5 ** (max(0.0, (until - quiet.last).total_seconds() / DAY) / p.halflife_days)
    quiet.words, quiet.entities = quiet.words.scaled(factor), quiet.entities.scaled(factor)
    most = max(quiet.names.values(), default=0.0) * factor
    named = factor * min(1.0, LEAD_GIVEN * lead / most) if most > 0 and lead > 0 else factor
    quiet.names = {k: v * named for k, v in quiet.names.items()}


# One story's coverage passed to a new cast keeps its pace (1x); a second story beside it adds its own (2x).
HANDOVER_SUM = 1.5
# ... and the new one carried most of it while both ran: two stories side by side split it about evenly.
HANDOVER_SHARE = 2 / 3
HANDOVER_BEFORE_DAYS = 7.0  # the old topic's pace before the new one was born, read over at least this long
HANDOVER_BORN = 10  # the new topic is born when 1/this of its members up to the old one's end had joined


def handed_over(old: Sequence[datetime], new: Sequence[datetime]) -> bool:
    """Did the topic with members joined at `new` take over the coverage of the one joined at `old`?

    A long story that changes its cast without quiet weeks (a war's new commanders and towns, a spill's
    claims fund after its company) opens a topic for the new names while the old one still runs; the
    old one then fades as the new one grows: while both ran, the two together kept about the old
    topic's earlier pace. A second story of the same kind born beside a running one adds its own
    coverage to it (about twice the pace), and the first keeps its pace until it ends. The line is
    the midpoint, `HANDOVER_SUM` times the old topic's pace before the new one was born. And the new
    topic carried most of the story while both ran (`HANDOVER_SHARE`): two halves of one kind of news
    running side by side for months split it about evenly however the news cycle rises and falls.
    """
    if not old or not new:
        return False
    start, end = min(old), max(old)
    ran = sorted(t for t in new if t <= end)
    if not ran:
        return False
    # Its birth: when its first tenth had joined (a few stray early articles folded into it are not its birth).
    born = ran[len(ran) // HANDOVER_BORN]
    if not start < born < end:
        return False
    span = (end - born).total_seconds() + DAY  # joins come a run (a day) at a time: both ends count
    # Read over as long as they ran side by side (a week at least), never before the old topic began.
    before = max(min(max(span, HANDOVER_BEFORE_DAYS * DAY), (born - start).total_seconds()), DAY)
    since = born.timestamp() - before
    pace = sum(1 for t in old if since <= t.timestamp() < born.timestamp()) / before
    during = sum(1 for t in old if t >= born) / span
    taken = sum(1 for t in ran if t >= born) / span
    return pace > 0 and taken >= HANDOVER_SHARE * (during + taken) and during + taken <= HANDOVER_SUM * pace


def successor_of(old: Cluster, live: Sequence[Cluster], p: Params) -> str | None:
    """The live topic whose words continue a topic going quiet (or None): the closest to it in words,
    at least as close as two topics that merge outright (`merge_topics`), and standing out for it by
    `resume_margin` both ways -- the old topic's words against any other live topic's, the new one's
    against any other live topic's -- as a resumed story's must. A fork of it is never one."""
    if len(live) < 2:
        return None
    words = _block_similarities([old, *live], list(live), p)[0]
    mine = words[0]
    ranked = np.argsort(-mine, kind="stable")
    j = int(ranked[0])
    new = live[j]
    if _forked(old, new) or float(mine[j]) < p.merge_topics or mine[j] < p.resume_margin * float(mine[ranked[1]]):
        return None
    theirs = np.delete(words[1 + j], j)
    if theirs.size and mine[j] < p.resume_margin * float(theirs.max()):
        return None
    return new.key
