"""The jobs: thin wrappers that call the pipeline's stage functions over ids.

Queues: `fetch` (one feed per job, queueing lock per URL), `topics` (grouping: one at a time under
lock "topics", one more waiting at most, so bursts coalesce), `briefs` (one topic version per job,
retried with backoff; the LLM cache makes a retry cheap), `send` (a range of recipient rows per
job through the ledger's per-row claims), `control` (the periodic reconciler, and the hourly
tidy that deletes old finished jobs).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import procrastinate
from sqlalchemy import Engine

from digest.config import Config, NotSendable, load, send_blockers
from digest.deliver.compose import Composer
from digest.deliver.send import recover_stale_claims, send_pending
from digest.deliver.subscribers import link_tokens
from digest.store import slots
from digest.store.db import make_engine, open_db
from digest.workers.app import STALE_SECONDS, busy, defer
from digest.workers.liveness import liveness

log = logging.getLogger(__name__)

blueprint = procrastinate.Blueprint()

BRIEF_RETRY = procrastinate.RetryStrategy(max_attempts=6, exponential_wait=3)  # 3, 9, 27, 81, 243 s
RECONCILE_CRON = "* * * * * */5"  # every five seconds (croniter's sixth field is seconds)


@dataclass
class _Context:
    path: Path
    signature: str
    config: Config
    engine: Engine


_context: _Context | None = None
_context_lock = threading.Lock()


def configure(config_path: Path | str, engine: Engine | None = None) -> None:
    """Point this process's jobs at feeds.yaml (`digest worker` calls it before the worker starts)."""
    global _context
    path = Path(config_path)
    config = load(path)
    if engine is None:
        bootstrap = make_engine(config.database_url)
        with slots.schema_lock(bootstrap):  # workers starting together would race to create tables
            engine = open_db(config.database_url, check=True)
        bootstrap.dispose()
    slots.ensure(engine)
    _context = _Context(path, _signature(path), config, engine)


def _signature(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def context() -> tuple[Config, Engine]:
    """The current configuration (re-read when feeds.yaml changed and is valid) and the engine."""
    if _context is None:
        raise RuntimeError("digest.workers.tasks.configure() was not called in this process")
    with _context_lock:
        signature = _signature(_context.path)
        if signature and signature != _context.signature:
            _context.signature = signature
            try:
                _context.config = load(_context.path)
                log.info("config: reloaded %s", _context.path)
            except Exception as exc:  # an invalid edit: keep the last good configuration
                log.error("config: invalid edit, keeping the last good configuration: %s", exc)
        return _context.config, _context.engine


def _when(now: str | None) -> datetime:
    return datetime.fromisoformat(now) if now else datetime.now(UTC)


# -- stages ------------------------------------------------------------------------------------------


@blueprint.task(name="fetch_feed", queue="fetch")
def fetch_feed(url: str, now: str | None = None) -> dict[str, Any]:
    """Fetch one feed and store its new and edited articles (pages are extracted in the same job)."""
    from digest.ingest import ingest

    config, engine = context()
    feed = next((f for f in config.feeds if f.url == url), None)
    if feed is None:
        log.info("fetch %s: no longer in the config; skipped", url)
        return {"skipped": True}
    report = ingest(config.model_copy(update={"feeds": [feed]}), engine, now=_when(now))
    return {"new": len(report.new_ids), "updated": len(report.updated_ids), "errors": len(report.errors)}


@blueprint.task(name="group", queue="topics")
def group(now: str | None = None) -> dict[str, Any]:
    """Group every stored article not grouped yet, then enqueue a brief per new topic version.
    Deferred with lock and queueing lock "topics": one grouping at a time, bursts coalesce."""
    from digest.pipeline import carry_renames, unbriefed, ungrouped
    from digest.topics import update_topics

    config, engine = context()
    config = carry_renames(config, engine)
    versions = update_topics(engine, config, ungrouped(engine), _when(now))
    fresh = {(v.topic, v.number) for v in versions} | {(v.topic, v.number) for v in unbriefed(engine)}
    for slug, number in sorted(fresh):
        defer_brief(slug, number, now)
    return {"versions": len(versions)}


@blueprint.task(name="write_brief", queue="briefs", retry=BRIEF_RETRY)
def write_brief(slug: str, number: int, now: str | None = None) -> bool:
    """One topic version's brief; an exception retries the job with backoff."""
    from digest.pipeline import brief_version
    from digest.topics import get_version

    config, engine = context()
    version = get_version(engine, slug, number)
    if version is None or version.brief is not None:
        return False
    return brief_version(config, engine, version, _when(now))


@blueprint.task(name="send_batch", queue="send")
def send_batch(issue_id: int, first: int, last: int) -> dict[str, Any]:
    """Send the due delivery rows with ids first..last through the per-row claims."""
    config, engine = context()
    if blockers := send_blockers(config):
        raise NotSendable(blockers)
    link_tokens(config)
    report = send_pending(
        engine,
        config,
        Composer(config, engine),
        rows=(first, last),
        is_alive=liveness(engine),
        pace=pacer(engine, config),
    )
    if report.errors:
        log.warning("send %d [%d..%d]: %s", issue_id, first, last, "; ".join(report.errors[:3]))
    return {"sent": report.sent, "deferred": report.deferred, "failed": report.failed, "recovered": report.recovered}


def pacer(engine: Engine, config: Config) -> Callable[[], None] | None:
    """The SMTP rate limit shared by every worker: one reservation row in PostgreSQL."""
    smtp = config.delivery.smtp
    if config.delivery.method != "smtp" or smtp is None:
        return None
    interval = 60.0 / smtp.rate_per_minute

    def pace() -> None:
        wait = slots.reserve(engine, "smtp", interval)
        if wait > 0:
            time.sleep(wait)

    return pace


# -- control -----------------------------------------------------------------------------------------


@blueprint.periodic(cron=RECONCILE_CRON)
@blueprint.task(name="reconcile", queue="control", queueing_lock="reconcile", pass_context=True)
async def reconcile(job: procrastinate.JobContext, timestamp: int) -> dict[str, int]:
    """Take back what dead workers held and re-enqueue what the database says is unfinished."""
    retried = 0
    manager = job.app.job_manager
    for stalled in await manager.get_stalled_jobs(seconds_since_heartbeat=STALE_SECONDS):
        await manager.retry_job(stalled)
        retried += 1
        log.warning("job %s (%s) of a dead worker: retried", stalled.id, stalled.task_name)
    done = await asyncio.to_thread(reconcile_database, job.app)
    done["retried"] = retried
    return done


TIDY_CRON = "17 * * * *"  # hourly
FINISHED_KEPT_HOURS = 24  # succeeded jobs stay a day: `digest status` counts them, an operator can look
FAILED_KEPT_HOURS = 7 * 24  # failed, cancelled and aborted ones a week, to be read


@blueprint.periodic(cron=TIDY_CRON)
@blueprint.task(name="tidy_jobs", queue="control", queueing_lock="tidy_jobs", pass_context=True)
async def tidy_jobs(job: procrastinate.JobContext, timestamp: int) -> None:
    """Delete old finished jobs: the reconciler alone finishes one every five seconds (17,280 a day),
    and Procrastinate keeps every job until asked."""
    await remove_old_jobs(job.app)


async def remove_old_jobs(app: procrastinate.App) -> None:
    manager = app.job_manager
    await manager.delete_old_jobs(nb_hours=FINISHED_KEPT_HOURS)
    await manager.delete_old_jobs(
        nb_hours=FAILED_KEPT_HOURS, include_failed=True, include_cancelled=True, include_aborted=True
    )


def reconcile_database(
    app: procrastinate.App, config: Config | None = None, engine: Engine | None = None
) -> dict[str, int]:
    """Recover dead workers' delivery claims, then enqueue send batches for due rows when no send job
    is waiting or running (a busy send queue will reach them itself)."""
    if config is None or engine is None:
        config, engine = context()
    recovered = recover_stale_claims(engine, liveness(engine))
    enqueued = 0
    if not busy(app, queue="send"):
        enqueued = enqueue_sends(app, config, engine)
    slots.forget_workers(engine, datetime.now(UTC) - timedelta(days=1))
    return {"recovered": recovered, "enqueued": enqueued}


def enqueue_sends(app: procrastinate.App, config: Config, engine: Engine, issue_id: int | None = None) -> int:
    """One send job per `execution.send_batch` due rows."""
    count = 0
    for issue, first, last in slots.due_ranges(engine, config.execution.send_batch, datetime.now(UTC), issue_id):
        count += defer(app, "send_batch", queueing_lock=f"send:{issue}:{first}", issue_id=issue, first=first, last=last)
    return count


def defer_brief(slug: str, number: int, now: str | None = None, app: procrastinate.App | None = None) -> bool:
    target = app or _bound_app()
    return defer(target, "write_brief", queueing_lock=f"brief:{slug}:{number}", slug=slug, number=number, now=now)


def _bound_app() -> procrastinate.App:
    """Inside a worker the blueprint's tasks belong to the worker's App."""
    app = write_brief.blueprint
    assert isinstance(app, procrastinate.App), "tasks run inside `digest worker`"
    return app
