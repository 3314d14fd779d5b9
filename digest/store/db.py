"""One database behind every stage: SQLite by default, PostgreSQL by URL, same code.

Each area declares its tables on the shared `metadata` in its own module; `open_db` imports
them all, creates what is missing and applies migrations in order.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

log = logging.getLogger(__name__)

metadata = MetaData()

# Modules that declare tables on `metadata`; imported before create_all.
TABLE_MODULES = (
    "digest.store.articles",
    "digest.store.feeds",
    "digest.store.topics",
    "digest.store.ledger",
    "digest.store.subscribers",
    "digest.store.sources",  # issue 20: mail folders, search hits
)

schema_version = Table(
    "schema_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("note", String(200), nullable=False, default=""),
)


# Ordered migrations after the initial create_all: (version, note, function(connection)).
def _add_polite_columns(conn: Connection) -> None:
    """feed_state columns added for polite fetching (create_all makes them on a new database)."""
    present = {c["name"] for c in inspect(conn).get_columns("feed_state")}
    for name, kind in (("wait_reason", "TEXT"), ("feed_hint", "TEXT"), ("config_hash", "VARCHAR(64)")):
        if name not in present:
            conn.execute(text(f"ALTER TABLE feed_state ADD COLUMN {name} {kind}"))


def _add_split_columns(conn: Connection) -> None:
    """topics.split_from, topic_members.left_version and .names, for a topic that forks (issue 13)."""
    for table, name, kind in (
        ("topics", "split_from", "VARCHAR(200)"),
        ("topic_members", "left_version", "INTEGER"),
        ("topic_members", "names", "TEXT"),
    ):
        if name not in {c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))


def _add_delivery_selection(conn: Connection) -> None:
    """deliveries.selection: the topics each recipient's copy was cut to when the issue was made."""
    if "selection" not in {c["name"] for c in inspect(conn).get_columns("deliveries")}:
        conn.execute(text("ALTER TABLE deliveries ADD COLUMN selection TEXT"))


def _add_woke_at(conn: Connection) -> None:
    """topics.woke_at: when a dormant topic was last woken, so a new phase's topic can still resume it."""
    if "woke_at" not in {c["name"] for c in inspect(conn).get_columns("topics")}:
        kind = "TIMESTAMP WITH TIME ZONE" if conn.dialect.name == "postgresql" else "DATETIME"
        conn.execute(text(f"ALTER TABLE topics ADD COLUMN woke_at {kind}"))


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (2, "feed_state: wait_reason, feed_hint, config_hash (polite fetching)", _add_polite_columns),
    (3, "topics: split_from; topic_members: left_version, names (a topic that forks)", _add_split_columns),
    (4, "deliveries: selection (the cut a recipient's copy was made from)", _add_delivery_selection),
    (5, "topics: woke_at (when a dormant topic was last woken)", _add_woke_at),
]
SCHEMA_VERSION = 1 + len(MIGRATIONS)


class StoreError(Exception):
    """The database cannot be used; nothing should be sent."""


class StoreBusy(StoreError):
    """The database is locked or cannot be reached just now: a wait, worth trying again shortly.

    Raised in place of the driver's OperationalError so callers above storage (the site's 503, the
    sender's handover) need not know the database library; `reason` is the driver's own words."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


P = ParamSpec("P")
T = TypeVar("T")


def connection_dropped(exc: BaseException | None) -> bool:
    """True when `exc`, or what caused it, is the driver's report of a connection the server closed
    (a PostgreSQL restart): SQLAlchemy reconnects such a connection after a rollback."""
    while exc is not None:
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return True
        exc = exc.__cause__
    return False


def store_errors(fn: Callable[P, T]) -> Callable[P, T]:
    """Turn a locked or broken database into StoreError with a message an operator can act on."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except OperationalError as exc:
            reason = str(exc.orig)
            hint = " (another process holds a write lock; it waited for the busy timeout)" if "locked" in reason else ""
            raise StoreBusy(f"{fn.__name__}: database error: {reason}{hint}", reason) from exc
        except DatabaseError as exc:
            if isinstance(exc, IntegrityError):
                raise
            raise StoreError(f"{fn.__name__}: database is unusable: {exc.orig}") from exc

    return wrapper


def store_failures(fn: Callable[P, T]) -> Callable[P, T]:
    """`store_errors`, and any other database failure (a constraint, the driver refusing) as StoreError too:
    for bookkeeping that a caller logs and tries again later rather than stops for."""
    guarded = store_errors(fn)

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return guarded(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise StoreError(f"{fn.__name__}: database error: {exc}") from exc

    return wrapper


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, busy_timeout: float = 15.0) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_db(url: str, check: bool = False) -> Engine:
    """Connect, create missing tables, migrate; with `check`, refuse a corrupt database."""
    for name in TABLE_MODULES:
        importlib.import_module(name)
    engine = make_engine(url)
    try:
        if check:
            integrity_check(engine)
        metadata.create_all(engine)
        _migrate(engine)
    except OperationalError as exc:
        raise StoreError(f"database {engine.url.render_as_string(hide_password=True)}: {exc.orig}") from exc
    except DatabaseError as exc:
        raise StoreError(f"database {engine.url.render_as_string(hide_password=True)} is unusable: {exc.orig}") from exc
    return engine


def _migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        current = conn.execute(select(schema_version.c.version).where(schema_version.c.id == 1)).scalar()
        if current is None:
            conn.execute(schema_version.insert().values(id=1, version=SCHEMA_VERSION, note="created"))
            return
        for version, note, apply in MIGRATIONS:
            if version > current:
                log.info("migrating database to schema %d: %s", version, note)
                apply(conn)
                conn.execute(schema_version.update().where(schema_version.c.id == 1).values(version=version, note=note))


def integrity_check(engine: Engine) -> None:
    """Raise StoreError when SQLite reports corruption (PostgreSQL checks itself)."""
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            result = conn.execute(text("PRAGMA quick_check")).scalars().all()
    except DatabaseError as exc:
        raise StoreError(f"database is corrupt: {exc.orig}") from exc
    if result != ["ok"]:
        raise StoreError("database is corrupt: " + "; ".join(result[:5]))


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in and out, on SQLite (which drops the zone) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: use timezone-aware UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
