"""A throwaway copy of the database, for a dry run that must leave no trace.

A dry run groups, briefs and renders exactly as a real run would, but on this copy: the topic
versions, titles and briefs it creates vanish with it, so the next real issue still counts "what
changed" from the last issue its readers received.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, insert, select

from digest.store.db import metadata, open_db

BATCH = 1000


@contextmanager
def scratch_copy(engine: Engine) -> Iterator[Engine]:
    """A SQLite copy of `engine`'s database (SQLite or PostgreSQL), deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="digest-dry-run-") as folder:
        path = Path(folder) / "scratch.sqlite"
        if engine.dialect.name == "sqlite":
            _backup(engine, path)
            copy = open_db(f"sqlite:///{path}")
        else:
            copy = open_db(f"sqlite:///{path}")
            _copy_rows(engine, copy)
        try:
            yield copy
        finally:
            copy.dispose()


def _backup(engine: Engine, path: Path) -> None:
    """SQLite's online backup: a consistent copy even while another process writes."""
    import sqlite3

    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(path)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()


def _copy_rows(source: Engine, target: Engine) -> None:
    with source.connect() as src, target.begin() as dst:
        for table in metadata.sorted_tables:
            dst.execute(table.delete())
            result = src.execution_options(stream_results=True).execute(select(table))
            while rows := result.fetchmany(BATCH):
                dst.execute(insert(table), [dict(r._mapping) for r in rows])
