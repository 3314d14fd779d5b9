"""Ingestion, one door: fetch feeds, parse them, extract each page's text, drop duplicates.

Rooms: `guard` (the URL policy), `fetch` (guarded async HTTP), `parse` (feedparser on bytes),
`extract` (trafilatura in killable worker processes), `dedup` (near-duplicate links) and `run`
(the async run, the JSONL import and feed health). Callers use only what this module exports.

The door opens lazily: worker processes import `digest.ingest.extract` alone, and importing this
package must not drag the run's HTTP client and storage into every one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.ingest.run import IngestReport, feed_health, import_jsonl, ingest, reset_feed

__all__ = ["IngestReport", "feed_health", "import_jsonl", "ingest", "reset_feed"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from digest.ingest import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
