"""Tracked topics: stories that persist, grow and get versions.

The pipeline calls `update_topics` after storing new articles; briefs and the digest read
versions back with `versions_since`, `get_versions` and `save_brief`.
"""

__all__ = [
    "TopicError",
    "get_topic",
    "get_version",
    "get_versions",
    "list_topics",
    "merge_topics",
    "rename_topic",
    "save_brief",
    "set_muted",
    "set_pinned",
    "update_topics",
    "versions_since",
]


def __getattr__(name: str):
    """Import the service on first use: digest.store.topics imports the engine from this package,
    and an eager import here would make the two modules import each other half-initialised."""
    if name in __all__:
        from digest.topics import service

        return getattr(service, name)
    raise AttributeError(name)
