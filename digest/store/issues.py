"""Issues and what hangs off them: deliveries, topic cuts, skipped runs and handled schedule slots.

Every query over the ledger tables (`store/ledger.py`) lives here and returns plain records, so
delivery, the pipeline and the site read issues without building SQL. An issue and its delivery rows
are written in one transaction, so a crash leaves either nothing or an issue whose every recipient
is `pending`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Row, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from digest.models import Recipient
from digest.store.db import store_errors
from digest.store.ledger import deliveries, issue_cuts, issues, scheduled_runs, skipped_runs


@dataclass(frozen=True)
class IssueRecord:
    """One stored issue of a digest, as sent (base HTML/text, before per-recipient links).

    `status` is `pending` until every delivery is settled, then `sent`.
    """

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


@dataclass(frozen=True)
class StoredCut:
    """An issue as cut to the topics some subscribers chose."""

    subject: str
    html: str
    text: str


@dataclass(frozen=True)
class SkippedRun:
    scheduled_for: datetime
    reason: str


def issue_record(row: Row[Any]) -> IssueRecord:
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


def delivery_record(row: Row[Any]) -> DeliveryRecord:
    return DeliveryRecord(
        id=row.id,
        issue_id=row.issue_id,
        recipient=Recipient(
            email=row.recipient,
            unsubscribe_url=row.unsubscribe_url,
            editor=bool(row.editor),
            topics=tuple(json.loads(row.selection)) if row.selection is not None else (),
            topics_known=row.selection is not None,
        ),
        status=row.status,
        attempts=row.attempts,
        next_try=row.next_try,
        message_id=row.message_id,
        last_error=row.last_error,
        sent_at=row.sent_at,
    )


# --- issues ---------------------------------------------------------------------------------


@store_errors
def insert_issue(
    engine: Engine,
    *,
    digest: str,
    number: int,
    period_start: datetime | None,
    period_end: datetime,
    created: datetime,
    subject: str,
    html: str,
    text: str,
    topics: list[tuple[str, int]],
    article_ids: list[str],
    recipients: list[tuple[Recipient, str]],
) -> int | None:
    """Store an issue and one pending delivery per (recipient, message id) in one transaction.

    None when another process stored the same (digest, number) first. With no recipients the issue
    is stored as already `sent`.
    """
    try:
        with engine.begin() as conn:
            inserted = conn.execute(
                insert(issues).values(
                    digest=digest,
                    number=number,
                    period_start=period_start,
                    period_end=period_end,
                    created=created,
                    subject=subject,
                    html=html,
                    text=text,
                    topics=json.dumps([{"slug": s, "version": int(v)} for s, v in topics]),
                    article_ids=json.dumps(list(article_ids)),
                    status="pending" if recipients else "sent",
                )
            ).inserted_primary_key
            assert inserted is not None
            issue_id: int = inserted[0]
            if recipients:
                conn.execute(
                    insert(deliveries),
                    [
                        {
                            "issue_id": issue_id,
                            "recipient": r.email,
                            "unsubscribe_url": r.unsubscribe_url,
                            "editor": r.editor,
                            "status": "pending",
                            "attempts": 0,
                            "message_id": message_id,
                            "selection": _selection(r.topics),
                        }
                        for r, message_id in recipients
                    ],
                )
    except IntegrityError:
        return None
    return issue_id


@store_errors
def get_issue(engine: Engine, issue_id: int) -> IssueRecord | None:
    with engine.connect() as conn:
        row = conn.execute(select(issues).where(issues.c.id == issue_id)).first()
    return issue_record(row) if row else None


@store_errors
def get_issue_by_number(engine: Engine, digest: str, number: int) -> IssueRecord | None:
    with engine.connect() as conn:
        row = conn.execute(select(issues).where(issues.c.digest == digest, issues.c.number == number)).first()
    return issue_record(row) if row else None


@store_errors
def last_issue(engine: Engine, digest: str) -> IssueRecord | None:
    """The highest-numbered issue of a digest (whatever its delivery state)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(issues).where(issues.c.digest == digest).order_by(issues.c.number.desc()).limit(1)
        ).first()
    return issue_record(row) if row else None


@store_errors
def list_issues(engine: Engine, digest: str | None = None) -> list[IssueRecord]:
    """Newest first: by number within a digest, by creation time across digests."""
    query = select(issues)
    if digest is not None:
        query = query.where(issues.c.digest == digest).order_by(issues.c.number.desc())
    else:
        query = query.order_by(issues.c.created.desc(), issues.c.id.desc())
    with engine.connect() as conn:
        return [issue_record(row) for row in conn.execute(query)]


@store_errors
def latest_period_end(engine: Engine) -> datetime | None:
    """Where the newest issue of any digest ended: no run may stamp versions before it."""
    with engine.connect() as conn:
        return conn.execute(select(func.max(issues.c.period_end))).scalar()


# --- deliveries -----------------------------------------------------------------------------


@store_errors
def list_deliveries(engine: Engine, issue_id: int | None = None) -> list[DeliveryRecord]:
    query = select(deliveries).order_by(deliveries.c.id)
    if issue_id is not None:
        query = query.where(deliveries.c.issue_id == issue_id)
    with engine.connect() as conn:
        return [delivery_record(row) for row in conn.execute(query)]


@store_errors
def delivery_counts(engine: Engine, issue_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(deliveries.c.status, func.count())
            .where(deliveries.c.issue_id == issue_id)
            .group_by(deliveries.c.status)
        ).all()
    return {status: count for status, count in rows}


# --- topic cuts -----------------------------------------------------------------------------


def _selection(selection: tuple[str, ...]) -> str:
    return json.dumps(sorted(selection))


@store_errors
def store_cut(engine: Engine, issue_id: int, selection: tuple[str, ...], cut: StoredCut) -> None:
    """Keep a cut so a retry or a resumed send sends the same one; a second store is a no-op."""
    row = {"issue_id": issue_id, "selection": _selection(selection), "subject": cut.subject, "html": cut.html}
    try:
        with engine.begin() as conn:
            conn.execute(issue_cuts.insert().values(**row, text=cut.text))
    except IntegrityError:  # stored by an earlier attempt of this run
        pass


@store_errors
def load_cut(engine: Engine, issue_id: int, selection: tuple[str, ...]) -> StoredCut | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(issue_cuts).where(issue_cuts.c.issue_id == issue_id, issue_cuts.c.selection == _selection(selection))
        ).first()
    return StoredCut(row.subject, row.html, row.text) if row else None


# --- skipped runs and schedule slots --------------------------------------------------------


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
def skipped_runs_of(engine: Engine, digest: str) -> list[SkippedRun]:
    """The skipped runs not yet reported, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(skipped_runs).where(skipped_runs.c.digest == digest).order_by(skipped_runs.c.scheduled_for)
        ).all()
    return [SkippedRun(r.scheduled_for, r.reason) for r in rows]


@store_errors
def pop_skipped_runs(engine: Engine, digest: str) -> list[SkippedRun]:
    """The skipped runs not yet reported, oldest first; they are then forgotten."""
    with engine.begin() as conn:
        rows = conn.execute(
            select(skipped_runs)
            .where(skipped_runs.c.digest == digest)
            .order_by(skipped_runs.c.scheduled_for, skipped_runs.c.id)
        ).all()
        if rows:
            conn.execute(delete(skipped_runs).where(skipped_runs.c.id.in_([r.id for r in rows])))
    return [SkippedRun(r.scheduled_for, r.reason) for r in rows]


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
