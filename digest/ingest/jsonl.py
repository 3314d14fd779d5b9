"""The JSONL import: already-extracted articles (a backfill, a corpus) stored as if fetched.

One article per line (`id`, `text`, `published` required; `title`, `url`, `source` or `outlet`
optional). A bad line is reported by its number and skipped; the others are stored.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine

from digest.ingest import dedup
from digest.ingest.run import IngestReport, link_near_duplicates
from digest.models import Article
from digest.store import articles as article_store


def _parse_published(value: Any) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("published must be an ISO date or datetime string")
    text = value.strip()
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _import_article(obj: Any, now: datetime) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    missing = [k for k in ("id", "text", "published") if obj.get(k) in (None, "")]
    if missing:
        raise ValueError(f"missing or empty required key(s): {', '.join(missing)}")
    for key in ("title", "url", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"{key} must be a string")
    if not isinstance(obj["text"], str):
        raise ValueError("text must be a string")
    url = (obj.get("url") or "").strip() or None
    if url and urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"url must be http(s), got {url!r}")
    outlet = obj.get("source") or obj.get("outlet") or ""  # T17-style files name the outlet
    source = str(outlet).strip() or (urlsplit(url).hostname if url else None) or "import"
    return Article(
        id=str(obj["id"]).strip()[:512],
        url=url,
        title=(obj.get("title") or "").strip(),
        text=obj["text"],
        source=source[:300],
        published=_parse_published(obj["published"]),
        first_seen=now,
        feed=None,
        extraction="import",
    )


def import_jsonl(path: Path, engine: Engine, *, now: datetime | None = None) -> IngestReport:
    """Bulk-load already-extracted articles; bad lines are reported by number and skipped."""
    now = now or datetime.now(UTC)
    started = time.monotonic()
    report = IngestReport()
    items: dict[str, Article] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                article = _import_article(json.loads(line), now)
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                report.errors[f"line {number}"] = str(exc)
                continue
            items[article.id] = article  # a repeated id: the last line wins
    result = article_store.bulk_upsert(engine, list(items.values()), now)
    report.new_ids, report.updated_ids = result.new, result.updated
    fresh = {}
    for article_id in [*result.new, *result.updated]:
        stored = items.get(article_id)
        if stored is not None:
            sig = dedup.signature(stored.text)
            if sig is not None:
                fresh[article_id] = (sig, now)
    report.duplicates = link_near_duplicates(engine, fresh, now)
    report.seconds = time.monotonic() - started
    return report
