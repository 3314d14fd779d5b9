"""The Procrastinate App over the digest database; queues and timings every process agrees on."""

from __future__ import annotations

import logging
from typing import Any

import procrastinate
from sqlalchemy import Engine

from digest.config import Config, ConfigError
from digest.store import slots

log = logging.getLogger(__name__)

QUEUES = ("fetch", "topics", "briefs", "send", "control")
NAMESPACE = "digest"

HEARTBEAT_SECONDS = 2.0  # how often a worker stamps its liveness (ours and Procrastinate's)
STALE_SECONDS = 10.0  # a worker silent this long is dead: its claims and jobs are taken back


def conninfo(url: str) -> str:
    """libpq's form of the configured URL, which Procrastinate's connector takes."""
    info = slots.libpq_conninfo(url)
    if info is None:
        raise ConfigError(["distributed execution needs PostgreSQL: set storage.url to postgresql+psycopg://…"])
    return info


def make_app(config: Config, *, with_tasks: bool = False) -> procrastinate.App:
    """An App on the configured database. Only workers register the tasks; everyone else defers by
    name (`app.configure_task("digest:…")`), so any number of Apps may live in one process."""
    connector = procrastinate.PsycopgConnector(conninfo=conninfo(config.database_url))
    app = procrastinate.App(connector=connector)
    if with_tasks:
        from digest.workers.tasks import blueprint

        app.add_tasks_from(blueprint, namespace=NAMESPACE)
    return app


TASK_QUEUES = {"fetch_feed": "fetch", "group": "topics", "write_brief": "briefs", "send_batch": "send"}


def task_name(name: str) -> str:
    return f"{NAMESPACE}:{name}"


def ensure_schema(app: procrastinate.App, engine: Engine) -> bool:
    """Apply Procrastinate's schema when this database has none yet; True when applied."""
    with slots.schema_lock(engine):
        if slots.has_table(engine, "procrastinate_jobs"):
            return False
        log.info("applying the Procrastinate schema to the database")
        app.schema_manager.apply_schema()
        return True


def defer(
    app: procrastinate.App, name: str, *, lock: str | None = None, queueing_lock: str | None = None, **kwargs: Any
) -> bool:
    """Enqueue one job; False when an identical one is already waiting (its queueing lock)."""
    options: dict[str, Any] = {"queue": TASK_QUEUES[name]}  # deferred by name: the queue is not known otherwise
    if lock is not None:
        options["lock"] = lock
    if queueing_lock is not None:
        options["queueing_lock"] = queueing_lock
    try:
        app.configure_task(task_name(name), **options).defer(**kwargs)
    except procrastinate.exceptions.AlreadyEnqueued:
        return False
    return True


def queue_counts(app: procrastinate.App) -> dict[str, dict[str, int]]:
    """Jobs per queue and status (todo, doing, succeeded, failed, …)."""
    return {row["name"]: {k: int(v) for k, v in row.items() if k != "name"} for row in app.job_manager.list_queues()}


def busy(app: procrastinate.App, queue: str | None = None, task: str | None = None) -> int:
    """Jobs waiting or running, in a queue or of a task."""
    rows = app.job_manager.list_queues(queue=queue, task=task_name(task) if task else None)
    return sum(int(r["todo"]) + int(r["doing"]) for r in rows)
