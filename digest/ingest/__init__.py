"""Ingestion, one door: fetch feeds, parse them, extract each page's text, drop duplicates.

Rooms: `guard` (the URL policy), `fetch` (guarded async HTTP), `parse` (feedparser on bytes),
`extract` (trafilatura on one page), `pool` (killable worker processes for parsing and
extraction), `dedup` (near-duplicate links), `run` (the async run), `jsonl` (the JSONL import)
and `health` (feed health and reset). Callers use only what this module exports.

The door opens lazily: worker processes import `digest.ingest.extract` alone, and importing this
package must not drag the run's HTTP client and storage into every one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.ingest.health import feed_health, reset_all_feeds, reset_feed
    from digest.ingest.jsonl import import_jsonl
    from digest.ingest.run import IngestReport, ingest

__all__ = ["IngestReport", "feed_health", "import_jsonl", "ingest", "reset_all_feeds", "reset_feed"]


def __getattr__(name: str) -> Any:
    if name in ("IngestReport", "ingest"):
        from digest.ingest import run

        return getattr(run, name)
    if name == "import_jsonl":
        from digest.ingest.jsonl import import_jsonl

        return import_jsonl
    if name in ("feed_health", "reset_all_feeds", "reset_feed"):
        from digest.ingest import health

        return getattr(health, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
