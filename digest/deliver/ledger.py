"""The issue archive and the per-recipient delivery ledger.

An issue and its delivery rows are written in one transaction, so a crash leaves either
nothing or an issue whose every recipient is `pending`; send_pending picks those up.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Engine, Row, delete, func, insert, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from digest.models import DigestContext, Recipient
from digest.store.db import StoreError
from digest.store.ledger import deliveries, issues, scheduled_runs, skipped_runs

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class IssueRecord:
    """One stored issue of a digest, as sent (base HTML/text, before per-recipient links)."""

    id: int
    digest: str
    number: int
    period_start: datetime | None
    period_end: datetime
    created: datetime
    subject: str
    html: str
    text: str
    topics: list[tuple[str, int]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    status: str = "pending"


@dataclass(frozen=True)
class DeliveryRecord:
    id: int
    issue_id: int
    recipient: Recipient
    status: str
    attempts: int
    next_try: datetime | None
    message_id: str
    last_error: str | None
    sent_at: datetime | None


def store_errors(fn: Callable[P, T]) -> Callable[P, T]:
    """Turn a locked or broken database into StoreError with a message an operator can act on."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except OperationalError as exc:
            reason = str(exc.orig)
            hint = " (another process holds a write lock; it waited for the busy timeout)" if "locked" in reason else ""
            raise StoreError(f"{fn.__name__}: database error: {reason}{hint}") from exc
        except DatabaseError as exc:
            if isinstance(exc, IntegrityError):
                raise
            raise StoreError(f"{fn.__name__}: database is unusable: {exc.orig}") from exc

    return wrapper


def _issue(row: Row) -> IssueRecord:
    return IssueRecord(
        id=row.id,
        digest=row.digest,
        number=row.number,
        period_start=row.period_start,
        period_end=row.period_end,
        created=row.created,
        subject=row.subject,
        html=row.html,
        text=row.text,
        topics=[(t["slug"], int(t["version"])) for t in json.loads(row.topics or "[]")],
        article_ids=list(json.loads(row.article_ids or "[]")),
        status=row.status,
    )


def _delivery(row: Row) -> DeliveryRecord:
    return DeliveryRecord(
        id=row.id,
        issue_id=row.issue_id,
        recipient=Recipient(email=row.recipient, unsubscribe_url=row.unsubscribe_url, editor=bool(row.editor)),
        status=row.status,
        attempts=row.attempts,
        next_try=row.next_try,
        message_id=row.message_id,
        last_error=row.last_error,
        sent_at=row.sent_at,
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "digest"


def _message_domain(ctx: DigestContext) -> str:
    host = urlsplit(ctx.web_base_url).hostname if ctx.web_base_url else None
    if host:
        return host
    fqdn = socket.getfqdn()
    return fqdn if "." in fqdn else "digest.localhost"


def message_id_for(digest: str, number: int, email: str, created: datetime, domain: str) -> str:
    """Stable per issue and recipient; stored in the row, so a resend reuses it."""
    who = hashlib.sha256(email.casefold().encode()).hexdigest()[:16]
    return f"<{_slug(digest)}.{number}.{who}.{int(created.timestamp())}@{domain}>"


@store_errors
def create_issue(
    engine: Engine,
    ctx: DigestContext,
    base_html: str,
    base_text: str,
    subject: str,
    recipients: list[Recipient],
    topics: list[tuple[str, int]],
    article_ids: list[str],
) -> IssueRecord:
    """Store the issue and one pending delivery per recipient in one transaction.

    Idempotent on (digest, number): calling again returns the stored issue unchanged.
    """
    existing = get_issue_by_number(engine, ctx.digest, ctx.number)
    if existing is not None:
        return existing
    created = datetime.now(UTC)
    domain = _message_domain(ctx)
    unique: dict[str, Recipient] = {}
    for r in recipients:
        unique.setdefault(r.email.strip().casefold(), r)
    try:
        with engine.begin() as conn:
            issue_id = conn.execute(
                insert(issues).values(
                    digest=ctx.digest,
                    number=ctx.number,
                    period_start=ctx.period_start,
                    period_end=ctx.period_end,
                    created=created,
                    subject=subject,
                    html=base_html,
                    text=base_text,
                    topics=json.dumps([{"slug": s, "version": int(v)} for s, v in topics]),
                    article_ids=json.dumps(list(article_ids)),
                    status="pending" if unique else "sent",
                )
            ).inserted_primary_key[0]
            if unique:
                conn.execute(
                    insert(deliveries),
                    [
                        {
                            "issue_id": issue_id,
                            "recipient": r.email.strip(),
                            "unsubscribe_url": r.unsubscribe_url,
                            "editor": r.editor,
                            "status": "pending",
                            "attempts": 0,
                            "message_id": message_id_for(ctx.digest, ctx.number, r.email.strip(), created, domain),
                        }
                        for r in unique.values()
                    ],
                )
    except IntegrityError:  # another process stored the same (digest, number) first
        existing = get_issue_by_number(engine, ctx.digest, ctx.number)
        if existing is None:
            raise
        return existing
    stored = get_issue(engine, issue_id)
    assert stored is not None
    return stored


@store_errors
def get_issue(engine: Engine, issue_id: int) -> IssueRecord | None:
    with engine.connect() as conn:
        row = conn.execute(select(issues).where(issues.c.id == issue_id)).first()
    return _issue(row) if row else None


@store_errors
def get_issue_by_number(engine: Engine, digest: str, number: int) -> IssueRecord | None:
    with engine.connect() as conn:
        row = conn.execute(select(issues).where(issues.c.digest == digest, issues.c.number == number)).first()
    return _issue(row) if row else None


@store_errors
def last_issue(engine: Engine, digest: str) -> IssueRecord | None:
    """The highest-numbered issue of a digest (whatever its delivery state)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(issues).where(issues.c.digest == digest).order_by(issues.c.number.desc()).limit(1)
        ).first()
    return _issue(row) if row else None


@store_errors
def list_issues(engine: Engine, digest: str | None = None) -> list[IssueRecord]:
    """Newest first: by number within a digest, by creation time across digests."""
    query = select(issues)
    if digest is not None:
        query = query.where(issues.c.digest == digest).order_by(issues.c.number.desc())
    else:
        query = query.order_by(issues.c.created.desc(), issues.c.id.desc())
    with engine.connect() as conn:
        return [_issue(row) for row in conn.execute(query)]


@store_errors
def list_deliveries(engine: Engine, issue_id: int | None = None) -> list[DeliveryRecord]:
    query = select(deliveries).order_by(deliveries.c.id)
    if issue_id is not None:
        query = query.where(deliveries.c.issue_id == issue_id)
    with engine.connect() as conn:
        return [_delivery(row) for row in conn.execute(query)]


@store_errors
def delivery_counts(engine: Engine, issue_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(deliveries.c.status, func.count())
            .where(deliveries.c.issue_id == issue_id)
            .group_by(deliveries.c.status)
        ).all()
    return {status: count for status, count in rows}


@store_errors
def record_skipped_run(engine: Engine, digest: str, scheduled_for: datetime, reason: str) -> None:
    """Remember a run that was too late to send, to report it in the next issue."""
    with engine.begin() as conn:
        conn.execute(
            insert(skipped_runs).values(
                digest=digest, scheduled_for=scheduled_for, reason=reason, recorded=datetime.now(UTC)
            )
        )


@store_errors
def pop_skipped_runs(engine: Engine, digest: str) -> list[str]:
    """The skipped runs not yet reported, as lines for the next issue; they are then forgotten."""
    with engine.begin() as conn:
        rows = conn.execute(
            select(skipped_runs)
            .where(skipped_runs.c.digest == digest)
            .order_by(skipped_runs.c.scheduled_for, skipped_runs.c.id)
        ).all()
        if rows:
            conn.execute(delete(skipped_runs).where(skipped_runs.c.id.in_([r.id for r in rows])))
    return [f"{r.scheduled_for:%Y-%m-%d %H:%M} UTC: {r.reason}" for r in rows]


@store_errors
def last_slot(engine: Engine, digest: str) -> datetime | None:
    """The latest scheduled time a scheduler handled for this digest."""
    with engine.connect() as conn:
        return conn.execute(
            select(func.max(scheduled_runs.c.scheduled_for)).where(scheduled_runs.c.digest == digest)
        ).scalar()


@store_errors
def slot_handled(engine: Engine, digest: str, scheduled_for: datetime) -> str | None:
    """The holder that already handled this slot, or None."""
    with engine.connect() as conn:
        return conn.execute(
            select(scheduled_runs.c.holder).where(
                scheduled_runs.c.digest == digest, scheduled_runs.c.scheduled_for == scheduled_for
            )
        ).scalar()


@store_errors
def mark_slot(
    engine: Engine, digest: str, scheduled_for: datetime, status: str, holder: str, note: str | None = None
) -> bool:
    """Record a handled slot; False when another scheduler recorded it first."""
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(scheduled_runs).values(
                    digest=digest,
                    scheduled_for=scheduled_for,
                    status=status,
                    holder=holder,
                    finished=datetime.now(UTC),
                    note=note,
                )
            )
    except IntegrityError:
        return False
    return True
