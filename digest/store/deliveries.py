"""The sender's queries on the delivery ledger (tables in digest.store.ledger): claim, record, recover.

Every status change is a conditional UPDATE on (id, status or claimant), so two senders never take
the same row and a late writer never overwrites another's result. digest.deliver.send decides;
this module only reads and writes rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, or_, select, update

from digest.store.db import store_errors
from digest.store.ledger import deliveries, issues


def _due(now: Any) -> Any:
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


# The sender's per-message statements are built once: constructing a statement costs more than running it.
_statements: dict[tuple[tuple[str, ...], bool], Any] = {}
_CLAIM = (
    update(deliveries)
    .where(deliveries.c.id == bindparam("row_id"), _due(bindparam("now", type_=deliveries.c.next_try.type)))
    .values(status="sending", claimed_by=bindparam("holder"), claim_expires=bindparam("expires"), handed_at=None)
)
_HANDED = (
    update(deliveries)
    .where(deliveries.c.id == bindparam("row_id"), deliveries.c.claimed_by == bindparam("holder"))
    .values(handed_at=bindparam("when"))
)


def _write(target: Engine | Connection, statement: Any, params: dict[str, Any]) -> int:
    """Run one UPDATE and commit it, on a connection the sender holds for its run or on a fresh one."""
    if isinstance(target, Engine):
        with target.begin() as conn:
            return conn.execute(statement, params).rowcount
    try:
        rowcount = target.execute(statement, params).rowcount
        target.commit()
    except BaseException:
        target.rollback()
        raise
    return rowcount


def claim(target: Engine | Connection, delivery_id: int, holder: str, now: datetime, expires: datetime) -> bool:
    """Mark a due row `sending` for `holder`; False when another sender took it or it is not due."""
    params = {"row_id": delivery_id, "now": now, "holder": holder, "expires": expires}
    return _write(target, _CLAIM, params) == 1


def set_values(target: Engine | Connection, delivery_id: int, holder: str | None, **values: Any) -> None:
    """Update one row; with `holder`, only while that sender still holds the claim."""
    key = (tuple(sorted(values)), holder is not None)
    statement = _statements.get(key)
    if statement is None:
        query = update(deliveries).where(deliveries.c.id == bindparam("row_id"))
        if holder is not None:
            query = query.where(deliveries.c.claimed_by == bindparam("holder"))
        statement = _statements[key] = query.values({name: bindparam(f"v_{name}") for name in key[0]})
    params = {"row_id": delivery_id, "holder": holder, **{f"v_{name}": value for name, value in values.items()}}
    _write(target, statement, params)


@store_errors
def mark_handed(conn: Connection, delivery_id: int, holder: str, when: datetime) -> bool:
    """Stamp `handed_at` on a held connection and commit at the driver, so control returns straight
    to the send (the kill -9 window, see send.py); SQLAlchemy's view of the already committed
    transaction is closed by the caller's rollback. False, with nothing committed, when the claim is
    no longer `holder`'s (taken back as a dead sender's): do not send."""
    result = conn.execute(_HANDED, {"row_id": delivery_id, "holder": holder, "when": when})
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
