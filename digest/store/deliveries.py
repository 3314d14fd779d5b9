"""The sender's queries on the delivery ledger (tables in digest.store.ledger): claim, record, recover.

Every status change is a conditional UPDATE on (id, status or claimant), so two senders never take
the same row and a late writer never overwrites another's result. digest.deliver.send decides;
this module only reads and writes rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, or_, select, update

from digest.store.db import store_errors
from digest.store.ledger import deliveries, issues


def _due(now: datetime) -> Any:
    return or_(
        deliveries.c.status == "pending",
        and_(deliveries.c.status == "deferred", deliveries.c.next_try <= now),
    )


def due_rows(engine: Engine, now: datetime, after_id: int, limit: int) -> list[Any]:
    """Pending and due deferred rows with id above `after_id`, oldest first."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(deliveries).where(_due(now), deliveries.c.id > after_id).order_by(deliveries.c.id).limit(limit)
            ).all()
        )


def sending_rows(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(deliveries).where(deliveries.c.status == "sending")).all())


def resolve_claim(engine: Engine, delivery_id: int, claimed_by: str | None, values: dict[str, Any]) -> bool:
    """Release a crashed sender's claim with `values`, unless someone else moved the row first."""
    with engine.begin() as conn:
        result = conn.execute(
            update(deliveries)
            .where(
                deliveries.c.id == delivery_id,
                deliveries.c.status == "sending",
                deliveries.c.claimed_by == claimed_by,
            )
            .values(claimed_by=None, claim_expires=None, **values)
        )
    return result.rowcount == 1


def claim(engine: Engine, delivery_id: int, holder: str, now: datetime, expires: datetime) -> bool:
    """Mark a due row `sending` for `holder`; False when another sender took it or it is not due."""
    with engine.begin() as conn:
        result = conn.execute(
            update(deliveries)
            .where(deliveries.c.id == delivery_id, _due(now))
            .values(status="sending", claimed_by=holder, claim_expires=expires, handed_at=None)
        )
    return result.rowcount == 1


def set_values(engine: Engine, delivery_id: int, holder: str | None, **values: Any) -> None:
    """Update one row; with `holder`, only while that sender still holds the claim."""
    with engine.begin() as conn:
        query = update(deliveries).where(deliveries.c.id == delivery_id)
        if holder is not None:
            query = query.where(deliveries.c.claimed_by == holder)
        conn.execute(query.values(**values))


@store_errors
def mark_handed(conn: Connection, delivery_id: int, holder: str, when: datetime) -> bool:
    """Stamp `handed_at` on a held connection and commit at the driver, so control returns straight
    to the send (the kill -9 window, see send.py); SQLAlchemy's view of the already committed
    transaction is closed by the caller's rollback. False, with nothing committed, when the claim is
    no longer `holder`'s (taken back as a dead sender's): do not send."""
    result = conn.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id, deliveries.c.claimed_by == holder)
        .values(handed_at=when)
    )
    if result.rowcount != 1:
        return False
    driver = conn.connection.dbapi_connection
    assert driver is not None  # a checked-out connection always has its driver connection
    driver.commit()
    return True


def refresh_issue_status(engine: Engine, issue_ids: set[int]) -> None:
    """An issue is `sent` once none of its rows is pending, sending or deferred."""
    with engine.begin() as conn:
        for issue_id in issue_ids:
            open_rows = conn.execute(
                select(deliveries.c.id)
                .where(
                    deliveries.c.issue_id == issue_id,
                    deliveries.c.status.in_(("pending", "sending", "deferred")),
                )
                .limit(1)
            ).first()
            conn.execute(
                update(issues).where(issues.c.id == issue_id).values(status="pending" if open_rows else "sent")
            )
