"""Subscribers: the tables and every query on them; callers get plain `Subscriber` records.

One row per address (stored lower-cased), whatever brought it in: feeds.yaml, the web form or a
CSV import. The row outlives an unsubscribe on purpose: it is the record that keeps the address
from ever being mailed again, whatever feeds.yaml says. A stopped row (`unsubscribed` or
`bounced`) changes only through `confirm(..., reopen=True)`, which the web confirm page calls
for a link that was mailed to the address after it stopped: every stop draws a new `token_key`,
so no link made before the stop can undo it.

The status changes are conditional UPDATEs, so two processes racing on one row cannot undo each
other's stop.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import (
    Column,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    delete,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from digest.store.db import UTCDateTime, metadata, store_errors, store_failures

Status = Literal["pending", "confirmed", "unsubscribed", "bounced"]
Choice = Literal["all"] | tuple[str, ...]  # "all", or the chosen digest names / topic slugs

STATUSES = ("pending", "confirmed", "unsubscribed", "bounced")
STOPPED = ("unsubscribed", "bounced")  # never mailed; only the owner's new confirmation reopens
SOURCES = ("feeds.yaml", "web", "csv", "cli", "delivery")  # cli/delivery: a stop recorded for an unknown address

subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("status", String(20), nullable=False),  # pending | confirmed | unsubscribed | bounced
    Column("digests", Text, nullable=False, default='"all"'),  # JSON: "all" or a list of digest names
    Column("topics", Text, nullable=False, default='"all"'),  # JSON: "all" or a list of topic slugs
    Column("source", String(20), nullable=False),  # feeds.yaml | web | csv | cli
    Column("token_key", String(32), nullable=False),  # random; signed into every link; redrawn on a stop
    Column("created", UTCDateTime, nullable=False),
    Column("confirmed", UTCDateTime, nullable=True),
    Column("unsubscribed", UTCDateTime, nullable=True),
    Column("confirm_sent", UTCDateTime, nullable=True),  # last confirmation email, to throttle resends
    Column("prefs_set", UTCDateTime, nullable=True),  # when the subscriber last chose digests/topics
)

Index("ix_subscribers_status", subscribers.c.status)

# Consecutive permanent delivery failures per address; a table of its own so older databases
# gain it through create_all without a migration. Cleared by a delivery that succeeds.
bounces = Table(
    "subscriber_bounces",
    metadata,
    Column("email", String(320), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text, nullable=True),
    Column("last_at", UTCDateTime, nullable=False),
)

table = subscribers  # the name the delivery side used before the queries moved here

CHUNK = 500  # addresses per IN (...) list: under every backend's parameter limit


@dataclass(frozen=True)
class Subscriber:
    id: int
    email: str
    status: Status
    digests: Choice
    topics: Choice
    source: str
    token_key: str
    created: datetime
    confirmed: datetime | None = None
    unsubscribed: datetime | None = None
    confirm_sent: datetime | None = None
    prefs_set: datetime | None = None
    bounces: int = 0
    last_bounce: str | None = None

    @property
    def stopped(self) -> bool:
        return self.status in STOPPED

    def wants_digest(self, name: str) -> bool:
        return self.digests == "all" or name.casefold() in {d.casefold() for d in self.digests}

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.email,
            "status": self.status,
            "source": self.source,
            "digests": self.digests if self.digests == "all" else list(self.digests),
            "topics": self.topics if self.topics == "all" else list(self.topics),
            "created": self.created.isoformat(),
            "confirmed": self.confirmed.isoformat() if self.confirmed else None,
            "unsubscribed": self.unsubscribed.isoformat() if self.unsubscribed else None,
            "bounces": self.bounces,
            "last_bounce": self.last_bounce,
        }


@dataclass
class ImportCounts:
    added: int = 0
    confirmed: int = 0  # pending rows the CSV vouched for
    unchanged: int = 0
    skipped: dict[str, str] | None = None  # email -> status that kept it out (unsubscribed, bounced)


def new_token_key() -> str:
    return secrets.token_hex(8)


def dump_choice(choice: Choice | Iterable[str]) -> str:
    if choice == "all":
        return json.dumps("all")
    return json.dumps(sorted(set(choice)))


def load_choice(text: str | None) -> Choice:
    try:
        value = json.loads(text) if text else "all"
    except ValueError:
        return "all"
    if value == "all" or not isinstance(value, list):
        return "all"
    return tuple(str(v) for v in value)


def as_choice(value: Choice | Sequence[str]) -> Choice:
    return "all" if value == "all" else tuple(value)


def _record(row: Any, bounce: Any = None) -> Subscriber:
    m = row._mapping
    return Subscriber(
        id=m["id"],
        email=m["email"],
        status=m["status"],
        digests=load_choice(m["digests"]),
        topics=load_choice(m["topics"]),
        source=m["source"],
        token_key=m["token_key"],
        created=m["created"],
        confirmed=m["confirmed"],
        unsubscribed=m["unsubscribed"],
        confirm_sent=m["confirm_sent"],
        prefs_set=m["prefs_set"],
        bounces=bounce.failures if bounce is not None else 0,
        last_bounce=bounce.last_error if bounce is not None else None,
    )


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _rows_by_email(conn: Connection, emails: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for chunk in _chunks(emails):
        found.update({r.email: r for r in conn.execute(select(subscribers).where(subscribers.c.email.in_(chunk)))})
    return found


def _insert(conn: Connection, email: str, *, status: Status, source: str, now: datetime, **values: Any) -> None:
    values.setdefault("digests", dump_choice("all"))
    values.setdefault("topics", dump_choice("all"))
    conn.execute(
        subscribers.insert().values(
            email=email, status=status, source=source, token_key=new_token_key(), created=now, **values
        )
    )


# ---------------------------------------------------------------------------------------------- reads


@store_errors
def get(engine: Engine, subscriber_id: int) -> Subscriber | None:
    with engine.connect() as conn:
        row = conn.execute(select(subscribers).where(subscribers.c.id == subscriber_id)).first()
    return _record(row) if row else None


@store_errors
def by_email(engine: Engine, email: str) -> Subscriber | None:
    with engine.connect() as conn:
        row = conn.execute(select(subscribers).where(subscribers.c.email == email)).first()
    return _record(row) if row else None


def by_emails(engine: Engine, emails: Iterable[str]) -> dict[str, Subscriber]:
    with engine.connect() as conn:
        return {e: _record(r) for e, r in _rows_by_email(conn, list(dict.fromkeys(emails))).items()}


def list_all(engine: Engine, status: Status | None = None) -> list[Subscriber]:
    query = select(subscribers).order_by(subscribers.c.email)
    if status:
        query = query.where(subscribers.c.status == status)
    with engine.connect() as conn:
        counts = {b.email: b for b in conn.execute(select(bounces))}
        return [_record(r, counts.get(r.email)) for r in conn.execute(query)]


_STATUS_OF = select(subscribers.c.status).where(subscribers.c.email == bindparam("email"))


def status_of(target: Engine | Connection, email: str) -> str | None:
    """The row's status, None when the address has no row; database errors propagate (fail closed).
    The sender asks on the connection it holds for its run (built once: it asks before every message)."""
    if isinstance(target, Connection):
        try:
            return target.execute(_STATUS_OF, {"email": email}).scalar()
        finally:
            target.rollback()  # a held connection keeps no transaction open between messages
    with target.connect() as conn:
        return conn.execute(_STATUS_OF, {"email": email}).scalar()


def with_bounces(engine: Engine, emails: list[str]) -> set[str]:
    """Which of these (stored-form) addresses have failures counted: the sender clears only those."""
    if not emails:
        return set()
    with engine.connect() as conn:
        return set(conn.execute(select(bounces.c.email).where(bounces.c.email.in_(emails))).scalars())


# --------------------------------------------------------------------------------------------- writes


@store_errors
def sign_up(engine: Engine, email: str, *, digests: Choice, topics: Choice, now: datetime) -> Subscriber:
    """A new address becomes pending; a pending one takes the new choices; any other is left as it is."""
    with engine.begin() as conn:
        row = conn.execute(select(subscribers).where(subscribers.c.email == email)).first()
        if row is None:
            try:
                with conn.begin_nested():
                    _insert(
                        conn,
                        email,
                        status="pending",
                        source="web",
                        now=now,
                        digests=dump_choice(digests),
                        topics=dump_choice(topics),
                    )
            except IntegrityError:
                pass  # a concurrent sign-up of the same address won
        elif row.status == "pending":
            conn.execute(
                update(subscribers)
                .where(subscribers.c.id == row.id, subscribers.c.status == "pending")
                .values(digests=dump_choice(digests), topics=dump_choice(topics))
            )
        row = conn.execute(select(subscribers).where(subscribers.c.email == email)).first()
    return _record(row)


@store_errors
def confirm(engine: Engine, subscriber_id: int, now: datetime, *, reopen: bool = False) -> Subscriber | None:
    """Pending becomes confirmed; with `reopen` (the owner confirmed a link sent after the stop) a
    stopped row does too, and its bounce count starts again."""
    allowed = ("pending", *STOPPED) if reopen else ("pending",)
    with engine.begin() as conn:
        row = conn.execute(select(subscribers).where(subscribers.c.id == subscriber_id)).first()
        if row is not None and row.status in allowed:
            conn.execute(
                update(subscribers)
                .where(subscribers.c.id == subscriber_id, subscribers.c.status.in_(allowed))
                .values(status="confirmed", confirmed=now, unsubscribed=None)
            )
            conn.execute(delete(bounces).where(bounces.c.email == row.email))
        row = conn.execute(select(subscribers).where(subscribers.c.id == subscriber_id)).first()
    return _record(row) if row else None


@store_errors
def stop(engine: Engine, subscriber_id: int, now: datetime, status: Status = "unsubscribed") -> bool:
    """Mark a row unsubscribed (or bounced) and draw a new token key; True if it changed.

    Repeating an unsubscribe changes nothing (the first time is kept). The new key voids every
    confirm and preferences link made before, so none of them can undo the stop.
    """
    values: dict[str, Any] = {"status": status, "token_key": new_token_key()}
    if status == "unsubscribed":
        values["unsubscribed"] = now
    with engine.begin() as conn:
        result = conn.execute(
            update(subscribers)
            .where(subscribers.c.id == subscriber_id, subscribers.c.status.not_in(STOPPED))
            .values(**values)
        )
    return result.rowcount > 0


def stop_address(engine: Engine, email: str, now: datetime) -> bool:
    """Unsubscribe an address by hand; an unknown one gets a row, so feeds.yaml cannot add it later."""
    with engine.begin() as conn:
        row = conn.execute(select(subscribers.c.id).where(subscribers.c.email == email)).first()
        if row is None:
            _insert(conn, email, status="unsubscribed", source="cli", now=now, unsubscribed=now)
            return True
    return stop(engine, row.id, now)


@store_errors
def set_preferences(
    engine: Engine, subscriber_id: int, *, digests: Choice, topics: Choice, now: datetime
) -> Subscriber | None:
    """Save a confirmed subscriber's choices; a row in any other state is left alone."""
    with engine.begin() as conn:
        conn.execute(
            update(subscribers)
            .where(subscribers.c.id == subscriber_id, subscribers.c.status == "confirmed")
            .values(digests=dump_choice(digests), topics=dump_choice(topics), prefs_set=now)
        )
        row = conn.execute(select(subscribers).where(subscribers.c.id == subscriber_id)).first()
    return _record(row) if row else None


@store_errors
def mark_confirmation_sent(engine: Engine, subscriber_id: int, now: datetime) -> None:
    with engine.begin() as conn:
        conn.execute(update(subscribers).where(subscribers.c.id == subscriber_id).values(confirm_sent=now))


def prune_pending(engine: Engine, before: datetime) -> int:
    """Delete sign-ups never confirmed whose last confirmation mail (or creation) is before `before`."""
    last_asked = or_(
        subscribers.c.confirm_sent < before,
        and_(subscribers.c.confirm_sent.is_(None), subscribers.c.created < before),
    )
    with engine.begin() as conn:
        result = conn.execute(delete(subscribers).where(subscribers.c.status == "pending", last_asked))
    return result.rowcount or 0


def sync_listed(engine: Engine, digest_name: str, emails: list[str], now: datetime) -> dict[str, Subscriber]:
    """Give each feeds.yaml address a row: new ones confirmed (the editors vouch), pending ones
    confirmed, stopped ones left stopped."""
    with engine.begin() as conn:
        rows = _rows_by_email(conn, emails)
        for email in emails:
            row = rows.get(email)
            if row is None:
                try:
                    with conn.begin_nested():
                        _insert(
                            conn,
                            email,
                            status="confirmed",
                            source="feeds.yaml",
                            now=now,
                            confirmed=now,
                            digests=dump_choice([digest_name]),
                        )
                except IntegrityError:
                    pass  # another process synced it first
                continue
            if row.status == "pending":
                conn.execute(
                    update(subscribers)
                    .where(subscribers.c.id == row.id, subscribers.c.status == "pending")
                    .values(status="confirmed", confirmed=now)
                )
            if row.source == "feeds.yaml" and row.prefs_set is None:
                current = load_choice(row.digests)
                if current != "all" and digest_name not in current:
                    conn.execute(
                        update(subscribers)
                        .where(subscribers.c.id == row.id)
                        .values(digests=dump_choice([*current, digest_name]))
                    )
        fresh = _rows_by_email(conn, emails)
    return {e: _record(r) for e, r in fresh.items()}


def import_confirmed(engine: Engine, wanted: dict[str, Choice], now: datetime) -> ImportCounts:
    """Rows an editor vouches for: new ones added confirmed, pending ones confirmed, stopped ones skipped."""
    counts = ImportCounts(skipped={})
    assert counts.skipped is not None
    new_rows: list[dict[str, Any]] = []
    with engine.begin() as conn:
        existing = _rows_by_email(conn, list(wanted))
        for email, digests in wanted.items():
            row = existing.get(email)
            if row is None:
                new_rows.append(
                    {
                        "email": email,
                        "status": "confirmed",
                        "source": "csv",
                        "token_key": new_token_key(),
                        "created": now,
                        "confirmed": now,
                        "digests": dump_choice(digests),
                        "topics": dump_choice("all"),
                    }
                )
                counts.added += 1
            elif row.status in STOPPED:
                counts.skipped[email] = row.status
            elif row.status == "pending":
                conn.execute(
                    update(subscribers)
                    .where(subscribers.c.id == row.id, subscribers.c.status == "pending")
                    .values(status="confirmed", confirmed=now, digests=dump_choice(digests))
                )
                counts.confirmed += 1
            else:
                counts.unchanged += 1
        if new_rows:
            conn.execute(subscribers.insert(), new_rows)
    return counts


# -------------------------------------------------------------------------------------------- bounces


@store_failures
def record_bounce(engine: Engine, email: str, detail: str, now: datetime, limit: int) -> bool:
    """Count one more permanent failure in a row; at `limit` mark the subscriber bounced. True then."""
    with engine.begin() as conn:
        row = conn.execute(select(bounces).where(bounces.c.email == email)).first()
        count = (row.failures if row else 0) + 1
        if row is None:
            try:
                with conn.begin_nested():
                    conn.execute(bounces.insert().values(email=email, failures=count, last_error=detail, last_at=now))
            except IntegrityError:  # a concurrent sender counted first: count on top of it
                conn.execute(
                    update(bounces)
                    .where(bounces.c.email == email)
                    .values(failures=bounces.c.failures + 1, last_error=detail, last_at=now)
                )
                count = conn.execute(select(bounces.c.failures).where(bounces.c.email == email)).scalar() or count
        else:
            conn.execute(
                update(bounces).where(bounces.c.email == email).values(failures=count, last_error=detail, last_at=now)
            )
        if count < limit:
            return False
        sub = conn.execute(select(subscribers.c.id).where(subscribers.c.email == email)).first()
        if sub is None:
            _insert(conn, email, status="bounced", source="delivery", now=now)
            return True
        result = conn.execute(
            update(subscribers)
            .where(subscribers.c.id == sub.id, subscribers.c.status.not_in(STOPPED))
            .values(status="bounced", token_key=new_token_key())
        )
        return result.rowcount > 0


@store_failures
def clear_bounces(engine: Engine, email: str) -> None:
    """A delivery went through: the failures before it were not in a row."""
    with engine.connect() as conn:  # a read first: most addresses never bounced, and a read takes no write lock
        if conn.execute(select(bounces.c.email).where(bounces.c.email == email)).first() is None:
            return
    with engine.begin() as conn:
        conn.execute(delete(bounces).where(bounces.c.email == email))
