"""Grouping state as the store keeps it: clusters and document frequencies packed into plain columns.

The store holds these as opaque bytes and JSON text (`digest.store.topics.ClusterColumns`,
`CandidateRow`, `DfState`); packing and unpacking live here, beside the engine that owns the
meaning, so storage never imports the topic engine.
"""

from __future__ import annotations

import json

import numpy as np

from digest.store.topics import CandidateRow, ClusterColumns, DfState, TopicRow
from digest.topics.engine import Cluster, DocFreq, Vec
from digest.topics.features import DIM

KEYS_PER_TOPIC = 12  # entity keys a topic is indexed under, so a dormant topic can be found again
DF_LIMIT = 60_000  # counts are stored in two bytes


def pack_vec(v: Vec) -> bytes:
    return v.idx.astype(np.int32).tobytes() + v.val.astype(np.float32).tobytes()


def unpack_vec(data: bytes | None) -> Vec:
    if not data:
        return Vec(np.zeros(0, np.int64), np.zeros(0))
    n = len(data) // 8
    idx = np.frombuffer(data[: 4 * n], np.int32).astype(np.int64)
    val = np.frombuffer(data[4 * n :], np.float32).astype(np.float64)
    return Vec(idx, val)


def topic_cluster(row: TopicRow) -> Cluster:
    return Cluster(
        key=row.slug,
        is_topic=True,
        words=unpack_vec(row.words),
        entities=unpack_vec(row.entities),
        last=row.last_article,
        size=row.size,
        sources=json.loads(row.sources),
        dormant=row.status == "dormant",
        discovered=row.kind == "discovered",
        names=json.loads(row.names),
        split_from=row.split_from,
        woke=row.woke_at,
    )


def candidate_cluster(row: CandidateRow) -> Cluster:
    return Cluster(
        key=row.key,
        is_topic=False,
        words=unpack_vec(row.words),
        entities=unpack_vec(row.entities),
        last=row.last,
        size=row.size,
        sources=json.loads(row.sources),
        members=json.loads(row.members),
        names=json.loads(row.names),
    )


def cluster_columns(c: Cluster) -> ClusterColumns:
    """Columns of a topic row that grouping owns."""
    return ClusterColumns(
        last_article=c.last,
        size=c.size,
        sources=json.dumps(c.sources, sort_keys=True),
        names=json.dumps(c.names, sort_keys=True),
        words=pack_vec(c.words),
        entities=pack_vec(c.entities),
        woke_at=c.woke,
    )


def candidate_row(c: Cluster) -> CandidateRow:
    return CandidateRow(
        key=c.key,
        last=c.last,
        size=c.size,
        sources=json.dumps(c.sources, sort_keys=True),
        members=json.dumps(c.members),
        names=json.dumps(c.names, sort_keys=True),
        words=pack_vec(c.words),
        entities=pack_vec(c.entities),
    )


def key_ids(c: Cluster) -> list[int]:
    """The strongest entities a topic is indexed under."""
    return [int(k) for k in c.entities.top(KEYS_PER_TOPIC).idx] if len(c.entities.idx) else []


def unpack_df(state: DfState | None) -> DocFreq:
    if state is None or state.dim != DIM:
        return DocFreq()
    return DocFreq(counts=np.frombuffer(state.df, "<u2").astype(np.int32), docs=state.docs)


def pack_df(df: DocFreq) -> DfState:
    """Two bytes a bucket; when a count nears the limit every count and the total halve, so the
    frequencies follow the recent stream (IDF ratios are kept)."""
    while df.counts.max(initial=0) > DF_LIMIT:
        df.counts //= 2
        df.docs //= 2
    return DfState(docs=df.docs, dim=DIM, df=df.counts.astype("<u2").tobytes())
