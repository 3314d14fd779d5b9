"""Database leases: one holder per name across processes and hosts, with expiry.

A lease is a row in `leases` (`digest.store.leases`). Acquiring is an INSERT (or an UPDATE of an
expired row) that only one process can win, on SQLite as on PostgreSQL. A background thread renews the lease
while it is held, so a long send does not lose it; a holder killed with -9 stops renewing and
its lease expires, or is taken over at once when the holder is a dead process on this host.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Engine

from digest.store import leases as lease_store
from digest.store.db import StoreError

log = logging.getLogger(__name__)

_HOST = socket.gethostname()
_TOKEN = uuid.uuid4().hex[:8]  # tells this process from an earlier one that had the same pid


def holder_id() -> str:
    """Who holds a lease or claims a delivery: host, pid and a per-process token."""
    return f"{_HOST}:{os.getpid()}:{_TOKEN}"


def holder_alive(holder: str) -> bool | None:
    """True/False when we can tell (a holder on this host), None for another host."""
    try:
        host, pid_text, token = holder.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return None
    if host != _HOST:
        return None
    if pid == os.getpid():
        return token == _TOKEN  # same pid, other token: an earlier process (e.g. pid 1 in a container)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class LeaseHeld(Exception):
    """Another process holds the lease; str() says who and until when."""

    def __init__(self, name: str, holder: str, expires: datetime):
        self.name = name
        self.holder = holder
        self.expires = expires
        super().__init__(
            f"{name!r} is held by {holder} until {expires:%Y-%m-%d %H:%M:%S} UTC "
            "(another digest process is running it; try again later)"
        )


class Lease:
    """A held lease; `lost` turns true if renewal found someone else holding it."""

    def __init__(self, engine: Engine, name: str, holder: str, ttl: float):
        self.engine = engine
        self.name = name
        self.holder = holder
        self.ttl = ttl
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew_loop, name=f"lease:{name}", daemon=True)

    def renew(self) -> bool:
        """Push the expiry forward; False (and `lost`) if the lease is no longer ours."""
        try:
            ours = lease_store.renew(self.engine, self.name, self.holder, self.ttl)
        except StoreError as exc:  # locked for a moment: try again at the next tick
            log.warning("lease %s: renewal failed: %s", self.name, exc)
            return True
        if not ours:
            self.lost = True
            log.error("lease %s: lost (taken over after expiry); stopping work under it", self.name)
            return False
        return True

    def _renew_loop(self) -> None:
        interval = max(self.ttl / 3, 0.05)
        while not self._stop.wait(interval):
            if not self.renew():
                return

    def release(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        try:
            lease_store.release(self.engine, self.name, self.holder)
        except StoreError as exc:
            log.warning("lease %s: release failed (it will expire): %s", self.name, exc)


def try_acquire(engine: Engine, name: str, holder: str, ttl: float) -> tuple[str, datetime] | None:
    """One attempt: None when acquired, else (holder, expires) of the current owner."""
    return lease_store.try_acquire(engine, name, holder, ttl, holder_alive)


@contextmanager
def lease(engine: Engine, name: str, *, ttl: float = 900, wait: float = 0) -> Iterator[Lease]:
    """Hold the lease `name` for the block; wait up to `wait` seconds, else raise LeaseHeld.

    Renewed every ttl/3 in the background while the block runs.
    """
    holder = holder_id()
    deadline = time.monotonic() + wait
    delay = 0.05
    try:
        while True:
            current = try_acquire(engine, name, holder, ttl)
            if current is None:
                break
            if time.monotonic() >= deadline:
                raise LeaseHeld(name, *current)
            time.sleep(min(delay, max(deadline - time.monotonic(), 0.01)))
            delay = min(delay * 2, 2.0)
    except StoreError as exc:
        raise StoreError(f"cannot take lease {name!r}: {exc}") from exc
    held = Lease(engine, name, holder, ttl)
    held._thread.start()
    log.info("lease %s: acquired by %s", name, holder)
    try:
        yield held
    finally:
        held.release()
        log.info("lease %s: released", name)
