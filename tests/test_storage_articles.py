"""The articles store: dedup by id and URL, edits update in place, first_seen is kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from digest.models import Article
from digest.store import StoreError, articles, open_db
from digest.store.db import integrity_check

T0 = datetime(2026, 5, 14, 9, 0, tzinfo=UTC)


def make(i: int, **kw) -> Article:
    base = dict(
        id=f"a{i}",
        url=f"https://news.example/{i}",
        title=f"Title {i}",
        text=f"Body of article {i}.",
        source="Example",
        published=T0,
        first_seen=T0,
    )
    return Article(**{**base, **kw})


def test_upsert_dedups_by_id_and_url(db):
    first = articles.upsert(db, [make(1), make(2)])
    assert first.new == ["a1", "a2"]
    again = articles.upsert(db, [make(1), make(3, url="https://news.example/2")])
    assert again.new == [] and sorted(again.unchanged + again.updated) == ["a1", "a2"]
    assert articles.count(db) == 2


def test_edited_entry_is_updated_not_new(db):
    articles.upsert(db, [make(1)])
    later = T0 + timedelta(days=1)
    result = articles.upsert(db, [replace(make(1), text="Corrected body.", first_seen=later)], now=later)
    assert result.updated == ["a1"] and result.new == []
    (stored,) = articles.get(db, ["a1"])
    assert stored.text == "Corrected body."
    assert stored.first_seen == T0  # "new since the last digest" follows the first sighting


def test_round_trip_keeps_aware_datetimes_and_tags(db):
    articles.upsert(db, [make(1, tags=("policy", "eu"), published=None)])
    (stored,) = articles.get(db, ["a1", "missing"])
    assert stored.tags == ("policy", "eu") and stored.published is None
    assert stored.first_seen.tzinfo is not None
    assert [a.id for a in articles.seen_since(db, T0 - timedelta(seconds=1))] == ["a1"]
    assert articles.seen_since(db, T0) == []


def test_corrupt_sqlite_is_refused(tmp_path):
    path = tmp_path / "bad.sqlite"
    engine = open_db(f"sqlite:///{path}")
    articles.upsert(engine, [make(i, text="x" * 5000) for i in range(50)])
    engine.dispose()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 2048] = b"\xff" * 2048  # clobber a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"corrupt|malformed|not a database"):
        engine = open_db(f"sqlite:///{path}", check=True)
        integrity_check(engine)
