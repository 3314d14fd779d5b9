"""`digest schedule` in distributed mode: dispatch the stages of a slot and advance on the database.

fetch (one job per feed) → group (one coalesced job) → briefs (one job per version) → compose (here,
under the scheduler's digest lease and the pipeline lease, as a local run composes) → send (one job per
`execution.send_batch` recipient rows). Each stage starts when the queue of the one before is empty,
or when `max_lateness_minutes` has passed since the slot started (then with what is done so far).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine

from digest.config import Config, NotSendable, send_blockers
from digest.deliver.compose import Composer
from digest.deliver.lease import lease
from digest.deliver.subscribers import link_tokens
from digest.pipeline import PIPELINE_WAIT, RunSummary, carry_renames, compose_issue, unbriefed
from digest.store import issues as issue_store
from digest.store import slots
from digest.store.db import open_db
from digest.workers.app import busy, defer, ensure_schema, make_app
from digest.workers.tasks import defer_brief, enqueue_sends, reconcile_database

log = logging.getLogger(__name__)


def run_slot(
    config: Config, name: str, now: datetime, *, engine: Engine | None = None, poll: float = 1.0
) -> RunSummary:
    """One scheduled run of one digest, with the stages done by workers; the caller holds the digest lease."""
    digest = config.digest(name)
    own_engine = engine is None
    engine = engine or open_db(config.database_url, check=True)
    slots.ensure(engine)
    app = make_app(config)
    deadline = time.monotonic() + digest.max_lateness_minutes * 60
    stamp = now.isoformat()
    try:
        with app.open():
            ensure_schema(app, engine)
            for feed in config.feeds:
                key = f"fetch:{feed.url}"
                defer(app, "fetch_feed", lock=key, queueing_lock=key, url=feed.url, now=stamp)
            _wait(lambda: not busy(app, queue="fetch"), deadline, poll, f"{name}: fetch")
            defer(app, "group", lock="topics", queueing_lock="topics", now=stamp)
            _wait(lambda: not busy(app, queue="topics"), deadline, poll, f"{name}: grouping")
            for version in unbriefed(engine):  # also those a crash or a failure left behind
                defer_brief(version.topic, version.number, stamp, app=app)
            _wait(lambda: not busy(app, queue="briefs"), deadline, poll, f"{name}: briefs")
            summary = RunSummary(digest=digest.name)
            with lease(engine, "pipeline", wait=PIPELINE_WAIT):
                latest = issue_store.latest_period_end(engine)
                if latest is not None and latest >= now:
                    now = latest + timedelta(microseconds=1)
                if blockers := send_blockers(config):
                    raise NotSendable(blockers)
                config = carry_renames(config, engine)
                composer = Composer(config, engine)
                link_tokens(config)
                issue = compose_issue(config, engine, digest, now, composer, summary)
            if issue is not None:
                jobs = enqueue_sends(app, config, engine, issue.id)
                log.info("%s #%d: %d send job(s) enqueued", digest.name, issue.number, jobs)
            return summary
    finally:
        if own_engine:
            engine.dispose()


def _wait(done: Callable[[], bool], deadline: float, poll: float, what: str) -> None:
    while not done():
        if time.monotonic() >= deadline:
            log.warning("%s: not finished within max_lateness_minutes; going on with what is done", what)
            return
        time.sleep(poll)


def reconcile_now(config: Config, engine: Engine) -> dict[str, int]:
    """The reconciler's database half, run by the scheduler between slots (workers run it too)."""
    slots.ensure(engine)
    app = make_app(config)
    with app.open():
        ensure_schema(app, engine)  # the scheduler may start before any worker did
        return reconcile_database(app, config, engine)
