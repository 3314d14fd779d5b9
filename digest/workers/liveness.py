"""Worker heartbeats: a claim is recovered when its worker stops beating, not after a 15-minute TTL.

Every `digest worker` process stamps `worker_beats` every HEARTBEAT_SECONDS from a thread of its
own. A worker that cannot stamp for STALE_SECONDS / 2 asks its sends to stop (after the current
message) before anyone may judge it dead, so a recovered claim is never still being worked on.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from digest.deliver.lease import holder_alive, holder_id
from digest.deliver.send import request_stop
from digest.store import slots
from digest.store.db import StoreError
from digest.workers.app import HEARTBEAT_SECONDS, STALE_SECONDS

log = logging.getLogger(__name__)


class Heartbeat:
    """The beating thread of one worker process."""

    def __init__(self, engine: Engine, queues: str, interval: float = HEARTBEAT_SECONDS):
        self.engine = engine
        self.queues = queues
        self.interval = interval
        self.holder = holder_id()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="heartbeat", daemon=True)

    def start(self) -> Heartbeat:
        slots.beat(self.engine, self.holder, self.queues)
        self._thread.start()
        return self

    def _loop(self) -> None:
        last_ok = time.monotonic()
        while not self._stop.wait(self.interval):
            try:
                slots.beat(self.engine, self.holder, self.queues)
                last_ok = time.monotonic()
            except StoreError as exc:
                log.warning("heartbeat: %s", exc)
                if time.monotonic() - last_ok > STALE_SECONDS / 2:
                    log.error("heartbeat: cannot reach the database; stopping sends before others take them over")
                    request_stop()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            slots.stop(self.engine, self.holder)
        except StoreError as exc:
            log.warning("heartbeat: could not record the stop: %s", exc)


def liveness(engine: Engine, stale: float = STALE_SECONDS):
    """A claim judge for send_pending: heartbeats for workers, the local process check otherwise."""
    beats = slots.beats(engine)
    now = datetime.now(UTC)

    def is_alive(holder: str) -> bool | None:
        if holder == holder_id():
            return True
        seen = beats.get(holder)
        if seen is None:
            return holder_alive(holder)  # not a worker (e.g. `digest run`): the local rules apply
        beat, stopped = seen
        if stopped is not None and stopped >= beat:
            return False
        return now - beat < timedelta(seconds=stale)

    return is_alive
