"""Rows that coordinate many worker processes: liveness heartbeats, one global send pace, send batches.

Distributed execution only (PostgreSQL). The tables live in their own MetaData and are created by
`ensure()` when a worker, the scheduler or `digest status` starts, so local installs never see them.

* `worker_beats`: one row per worker process (`holder`, as in delivery claims), stamped every few
  seconds. A claim whose holder stopped beating is recovered at once instead of after a TTL.
* `send_pace`: one row per rate limit. Each send reserves the next free instant with a single
  UPDATE (`next_at = greatest(next_at, now) + interval`), so the limit holds across every worker on
  every host: the row lock serialises reservations, and each sender sleeps until its instant.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Column, Engine, Float, MetaData, String, Table, func, inspect, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import make_url

from digest.store.db import UTCDateTime, store_errors
from digest.store.ledger import deliveries, issues

slots_metadata = MetaData()

worker_beats = Table(
    "worker_beats",
    slots_metadata,
    Column("holder", String(200), primary_key=True),
    Column("queues", String(200), nullable=False, default=""),
    Column("started", UTCDateTime, nullable=False),
    Column("beat", UTCDateTime, nullable=False),
    Column("stopped", UTCDateTime, nullable=True),  # a clean exit; a kill -9 leaves it null
)

send_pace = Table(
    "send_pace",
    slots_metadata,
    Column("name", String(100), primary_key=True),
    Column("next_at", UTCDateTime, nullable=False),
    Column("interval", Float, nullable=False, default=0.0),
)


SCHEMA_LOCK = 7_411_018  # pg_advisory_lock key: one process at a time creates tables


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """Serialise schema creation across processes starting at once (CREATE TABLE races otherwise)."""
    with engine.connect() as conn:
        conn.execute(select(func.pg_advisory_lock(SCHEMA_LOCK)))
        conn.commit()
        try:
            yield
        finally:
            conn.execute(select(func.pg_advisory_unlock(SCHEMA_LOCK)))
            conn.commit()


def libpq_conninfo(url: str) -> str | None:
    """libpq's form of a SQLAlchemy PostgreSQL URL (postgresql+psycopg://… → postgresql://…); None
    when the URL is not PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return None
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


@store_errors
def has_table(engine: Engine, name: str) -> bool:
    return inspect(engine).has_table(name)


@store_errors
def ensure(engine: Engine) -> None:
    with schema_lock(engine):
        slots_metadata.create_all(engine, checkfirst=True)


# -- liveness ---------------------------------------------------------------------------------------


@store_errors
def beat(engine: Engine, holder: str, queues: str, now: datetime | None = None) -> None:
    """Record that `holder` is alive now (first call registers it)."""
    now = now or datetime.now(UTC)
    with engine.begin() as conn:
        stmt = pg_insert(worker_beats).values(holder=holder, queues=queues, started=now, beat=now, stopped=None)
        conn.execute(stmt.on_conflict_do_update(index_elements=["holder"], set_={"beat": now, "stopped": None}))


@store_errors
def stop(engine: Engine, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(worker_beats).where(worker_beats.c.holder == holder).values(stopped=datetime.now(UTC)))


@store_errors
def beats(engine: Engine) -> dict[str, tuple[datetime, datetime | None]]:
    """holder -> (last beat, clean stop or None), for every worker that ever registered."""
    with engine.connect() as conn:
        rows = conn.execute(select(worker_beats.c.holder, worker_beats.c.beat, worker_beats.c.stopped)).all()
    return {r.holder: (r.beat, r.stopped) for r in rows}


@store_errors
def workers(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(worker_beats).order_by(worker_beats.c.started)).all())


@store_errors
def forget_workers(engine: Engine, before: datetime) -> int:
    """Drop rows of workers silent since `before` (kept a while so their claims can be judged)."""
    with engine.begin() as conn:
        return conn.execute(worker_beats.delete().where(worker_beats.c.beat < before)).rowcount


# -- global pace ------------------------------------------------------------------------------------


@store_errors
def reserve(engine: Engine, name: str, interval: float) -> float:
    """Reserve the next send instant, `interval` seconds after the last one any process reserved;
    returns the seconds to wait for it (the database's clock, so hosts' clocks need not agree)."""
    with engine.begin() as conn:
        conn.execute(
            pg_insert(send_pace)
            .values(name=name, next_at=datetime(1970, 1, 1, tzinfo=UTC), interval=interval)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        now = func.clock_timestamp()
        row = conn.execute(
            update(send_pace)
            .where(send_pace.c.name == name)
            .values(next_at=func.greatest(send_pace.c.next_at, now) + timedelta(seconds=interval), interval=interval)
            .returning(func.extract("epoch", send_pace.c.next_at - now))
        ).one()
    return max(float(row[0]) - interval, 0.0)


# -- send batches -----------------------------------------------------------------------------------


@store_errors
def due_ranges(engine: Engine, size: int, now: datetime, issue_id: int | None = None) -> list[tuple[int, int, int]]:
    """(issue id, first row id, last row id) covering every due delivery row, `size` rows a range."""
    due = (deliveries.c.status == "pending") | ((deliveries.c.status == "deferred") & (deliveries.c.next_try <= now))
    numbered = select(
        deliveries.c.issue_id,
        deliveries.c.id,
        ((func.row_number().over(partition_by=deliveries.c.issue_id, order_by=deliveries.c.id) - 1) // size).label(
            "bucket"
        ),
    ).where(due)
    if issue_id is not None:
        numbered = numbered.where(deliveries.c.issue_id == issue_id)
    sub = numbered.subquery()
    query = (
        select(sub.c.issue_id, func.min(sub.c.id), func.max(sub.c.id))
        .group_by(sub.c.issue_id, sub.c.bucket)
        .order_by(func.min(sub.c.id))
    )
    with engine.connect() as conn:
        return [(int(a), int(b), int(c)) for a, b, c in conn.execute(query).all()]


@store_errors
def delivery_counts(engine: Engine, issue_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(deliveries.c.status, func.count())
            .where(deliveries.c.issue_id == issue_id)
            .group_by(deliveries.c.status)
        ).all()
    return {status: int(n) for status, n in rows}


@store_errors
def last_issues(engine: Engine) -> list[Any]:
    """The latest issue of each digest, with its delivery counts by status (for `digest status`)."""
    latest = select(issues.c.digest, func.max(issues.c.number).label("number")).group_by(issues.c.digest).subquery()
    query = (
        select(issues.c.id, issues.c.digest, issues.c.number, issues.c.created, issues.c.status)
        .join(latest, (issues.c.digest == latest.c.digest) & (issues.c.number == latest.c.number))
        .order_by(issues.c.digest)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).all())
