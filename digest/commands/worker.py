"""`digest worker` and `digest status`: the distributed mode's processes (cli.py registers `commands`)."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import logging
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from digest.commands.options import config_option, load_or_exit
from digest.config import Config

EXIT_CONFIG = 1
EXIT_STORE = 2

QUEUE_NAMES = ("fetch", "topics", "briefs", "send", "control")


def _distributed(config: Config) -> None:
    """Exit 1 with the reason when this config or installation cannot run distributed."""
    if config.execution.mode != "distributed":
        line = config.where("execution", "mode")
        click.echo(f"{line}: is 'local'; `digest worker` needs execution: {{mode: distributed}}", err=True)
        sys.exit(EXIT_CONFIG)
    if importlib.util.find_spec("procrastinate") is None:
        click.echo("distributed execution needs the extra: pip install 'digest[distributed]'", err=True)
        sys.exit(EXIT_CONFIG)


def _queues(value: str | None) -> list[str] | None:
    if not value:
        return None
    names = [q.strip() for q in value.split(",") if q.strip()]
    unknown = [q for q in names if q not in QUEUE_NAMES]
    if unknown:
        raise click.BadParameter(f"unknown queue(s) {', '.join(unknown)} (known: {', '.join(QUEUE_NAMES)})")
    return names


@click.command("worker")
@config_option()
@click.option(
    "--queues", default=None, help=f"Comma-separated queues to work on (default: all: {','.join(QUEUE_NAMES)})."
)
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 256), help="Jobs run at once.")
def worker_command(config_path: Path, queues: str | None, concurrency: int) -> None:
    """Run distributed jobs until SIGTERM/SIGINT (execution.mode: distributed).

    A stop lets running jobs finish; a send stops after its current message and leaves the rest
    pending for another worker. Exit codes: 0 stopped, 1 bad config, 2 database unusable.
    """
    from digest.store.db import StoreError

    config = load_or_exit(config_path)
    _distributed(config)
    wanted = _queues(queues)
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        for name in ("digest.workers", "digest.deliver.send", "procrastinate.worker"):
            logging.getLogger(name).setLevel(logging.INFO)
    from digest.workers import tasks
    from digest.workers.app import HEARTBEAT_SECONDS, STALE_SECONDS, ensure_schema, make_app
    from digest.workers.liveness import Heartbeat

    try:
        tasks.configure(config_path)
        _, engine = tasks.context()
        app = make_app(config, with_tasks=True)
        with app.open():
            ensure_schema(app, engine)
        heartbeat = Heartbeat(engine, ",".join(wanted or QUEUE_NAMES)).start()
    except StoreError as exc:
        click.echo(f"database: {exc}", err=True)
        sys.exit(EXIT_STORE)

    listened = wanted or list(QUEUE_NAMES)
    # The reconciler gets a worker (and a job slot) of its own: long send jobs filling every slot must
    # not keep it from taking back a dead worker's jobs.
    lanes = [(q, concurrency) for q in [[q for q in listened if q != "control"]] if q]
    if "control" in listened:
        lanes.append((["control"], 1))

    async def work() -> None:
        from digest.deliver.send import request_stop

        async with app.open_async():
            runners = [
                asyncio.ensure_future(
                    app.run_worker_async(
                        queues=queues,
                        concurrency=slots,
                        name=f"{heartbeat.holder}/{'+'.join(queues)}",
                        install_signal_handlers=False,
                        update_heartbeat_interval=HEARTBEAT_SECONDS,
                        stalled_worker_timeout=STALE_SECONDS,
                        # the reconciler runs every 5 s: keep no row of its successes
                        delete_jobs="successful" if queues == ["control"] else "never",
                    )
                )
                for queues, slots in lanes
            ]

            def stop() -> None:
                logging.getLogger(__name__).info("stop requested: finishing running jobs")
                request_stop()
                for runner in runners:
                    runner.cancel()

            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop)
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*runners)

    click.echo(f"worker {heartbeat.holder}: queues {','.join(listened)}, concurrency {concurrency}")
    try:
        asyncio.run(work())
    finally:
        heartbeat.stop()


@click.command("status")
@config_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
def status_command(config_path: Path, as_json: bool) -> None:
    """Queue depth per queue, running and stalled jobs, workers, and the last run of each digest."""
    from digest.store.db import StoreError, open_db

    config = load_or_exit(config_path)
    _distributed(config)
    try:
        engine = open_db(config.database_url)
        report = asyncio.run(_status(config, engine))
    except StoreError as exc:
        click.echo(f"database: {exc}", err=True)
        sys.exit(EXIT_STORE)
    if as_json:
        click.echo(json.dumps(report, default=str))
        return
    click.echo("queue      todo  doing  failed  succeeded")
    for q in report["queues"]:
        click.echo(f"{q['name']:<9} {q['todo']:>5} {q['doing']:>6} {q['failed']:>7} {q['succeeded']:>10}")
    click.echo(f"running jobs: {len(report['running'])}; stalled (worker silent): {len(report['stalled'])}")
    for job in report["stalled"]:
        click.echo(f"  stalled: #{job['id']} {job['task']} {job['args']}")
    click.echo(f"workers alive: {sum(w['alive'] for w in report['workers'])} of {len(report['workers'])} registered")
    for d in report["digests"]:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(d["deliveries"].items())) or "no deliveries"
        issue = f"#{d['issue']} ({d['status']}: {counts})" if d["issue"] else "no issue yet"
        click.echo(f"{d['digest']}: last run {d['last_run'] or 'never'}; last issue {issue}")


async def _status(config: Config, engine: Any) -> dict[str, Any]:
    from digest.store import issues as issue_store
    from digest.store import slots
    from digest.workers.app import STALE_SECONDS, ensure_schema, make_app
    from digest.workers.liveness import liveness

    slots.ensure(engine)
    app = make_app(config)
    with app.open():
        ensure_schema(app, engine)
    async with app.open_async():
        manager = app.job_manager
        queues = list(await manager.list_queues_async())
        running = list(await manager.list_jobs_async(status="doing"))
        stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=STALE_SECONDS))
    is_alive = liveness(engine)
    last_issues = {row.digest: row for row in slots.last_issues(engine)}
    digests = []
    for d in config.digests:
        row = last_issues.get(d.name)
        last_run = issue_store.last_slot(engine, d.name)
        digests.append(
            {
                "digest": d.name,
                "last_run": last_run.isoformat() if last_run else None,
                "issue": row.number if row else None,
                "status": row.status if row else None,
                "deliveries": slots.delivery_counts(engine, row.id) if row else {},
            }
        )
    return {
        "at": datetime.now(UTC).isoformat(),
        "queues": queues,
        "running": [{"id": j.id, "task": j.task_name, "queue": j.queue} for j in running],
        "stalled": [{"id": j.id, "task": j.task_name, "args": j.task_kwargs} for j in stalled],
        "workers": [
            {"holder": w.holder, "queues": w.queues, "beat": w.beat.isoformat(), "alive": bool(is_alive(w.holder))}
            for w in slots.workers(engine)
        ],
        "digests": digests,
    }


commands: list[click.Command] = [worker_command, status_command]
