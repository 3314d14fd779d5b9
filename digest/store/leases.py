"""Lease rows: one holder per name across processes and hosts, with expiry.

Acquiring is an INSERT (or an UPDATE of an expired row) that only one process can win, on SQLite
as on PostgreSQL. Who may take a lease over from a dead holder is the caller's call
(`digest.deliver.lease` knows how to tell a dead process on this host). Database errors come out
as StoreError.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from digest.store.db import store_errors
from digest.store.ledger import leases

log = logging.getLogger(__name__)


@store_errors
def try_acquire(
    engine: Engine, name: str, holder: str, ttl: float, is_alive: Callable[[str], bool | None]
) -> tuple[str, datetime] | None:
    """One attempt: None when acquired, else (holder, expires) of the current owner.

    An expired lease is taken; so is one whose holder `is_alive` says is gone (False, not None).
    """
    now = datetime.now(UTC)
    expires = now + timedelta(seconds=ttl)
    try:
        with engine.begin() as conn:
            conn.execute(insert(leases).values(name=name, holder=holder, acquired=now, expires=expires))
        return None
    except IntegrityError:
        pass
    with engine.begin() as conn:
        taken = conn.execute(
            update(leases)
            .where(leases.c.name == name, leases.c.expires < now)
            .values(holder=holder, acquired=now, expires=expires)
        ).rowcount
        if taken == 1:
            return None
        row = conn.execute(select(leases.c.holder, leases.c.expires).where(leases.c.name == name)).first()
        if row is None:  # released between our insert and our read: try again
            return ("(released)", now)
        if is_alive(row.holder) is False:
            stolen = conn.execute(
                update(leases)
                .where(leases.c.name == name, leases.c.holder == row.holder)
                .values(holder=holder, acquired=now, expires=expires)
            ).rowcount
            if stolen == 1:
                log.warning("lease %s: taken over from %s, a process that no longer runs", name, row.holder)
                return None
        return (row.holder, row.expires)


@store_errors
def renew(engine: Engine, name: str, holder: str, ttl: float) -> bool:
    """Push the expiry forward; False when the lease is no longer this holder's."""
    with engine.begin() as conn:
        result = conn.execute(
            update(leases)
            .where(leases.c.name == name, leases.c.holder == holder)
            .values(expires=datetime.now(UTC) + timedelta(seconds=ttl))
        )
    return result.rowcount == 1


@store_errors
def release(engine: Engine, name: str, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(leases).where(leases.c.name == name, leases.c.holder == holder))
