"""Tracked topics: stories that persist, grow and get versions.

The pipeline calls `update_topics` after storing new articles; briefs and the digest read
versions back with `versions_since`, `get_versions` and `save_brief`. The queries live in
digest.store.topics; cluster state is packed for it in `state`.
"""

from digest.topics.service import (
    TopicError,
    departures,
    get_topic,
    get_version,
    get_versions,
    list_topics,
    merge_topics,
    rename_topic,
    save_brief,
    set_muted,
    set_pinned,
    split_topic,
    update_topics,
    versions_since,
)

__all__ = [
    "TopicError",
    "departures",
    "get_topic",
    "get_version",
    "get_versions",
    "list_topics",
    "merge_topics",
    "rename_topic",
    "save_brief",
    "set_muted",
    "set_pinned",
    "split_topic",
    "update_topics",
    "versions_since",
]
