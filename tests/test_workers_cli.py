"""`execution:` in feeds.yaml, `digest worker` refusing a local config, and `digest status`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main
from digest.config import ConfigError, parse


def test_distributed_needs_postgresql_with_file_and_line():
    text = "version: 1\nstorage:\n  url: sqlite:///x.sqlite\nexecution:\n  mode: distributed\n"
    with pytest.raises(ConfigError) as caught:
        parse(text, "feeds.yaml")
    assert caught.value.problems[0].startswith("feeds.yaml:5: execution.mode: distributed needs a PostgreSQL")


def test_local_is_the_default_and_send_batch_is_bounded():
    assert parse("version: 1\n").execution.mode == "local"
    with pytest.raises(ConfigError) as caught:
        parse("execution:\n  send_batch: 0\n", "feeds.yaml")
    assert caught.value.problems[0].startswith("feeds.yaml:2: execution.send_batch:")


def test_worker_refuses_a_local_config(tmp_path: Path):
    path = tmp_path / "feeds.yaml"
    path.write_text("version: 1\ndigests:\n  - name: Morning\n")
    result = CliRunner().invoke(main, ["worker", "--config", str(path)])
    assert result.exit_code == 1
    assert "execution.mode: is 'local'" in result.output and "Traceback" not in result.output


@pytest.mark.postgres
def test_status_shows_queues_and_the_last_issue(tmp_path: Path):
    from digest.config import load
    from digest.deliver import create_issue
    from digest.deliver.compose import Composer
    from digest.models import DigestContext, Recipient
    from digest.store.db import open_db
    from digest.workers.app import ensure_schema, make_app
    from digest.workers.tasks import enqueue_sends
    from tests.workers_support import fresh_database

    with fresh_database() as url:
        path = tmp_path / "feeds.yaml"
        path.write_text(
            f'version: 1\ndigests:\n  - name: Morning\nstorage:\n  url: "{url}"\n'
            "execution:\n  mode: distributed\n  send_batch: 2\n"
        )
        config = load(path)
        engine = open_db(config.database_url)
        ctx = DigestContext("Morning", 1, None, datetime.now(UTC), "", [])
        base = Composer(config, engine).base(ctx)
        people = [Recipient(f"r{i}@example.org") for i in range(3)]
        create_issue(engine, ctx, base.html, base.text, base.subject, people, [], [])
        app = make_app(config)
        with app.open():
            ensure_schema(app, engine)
            assert enqueue_sends(app, config, engine) == 2
        engine.dispose()
        result = CliRunner().invoke(main, ["status", "--config", str(path), "--json"])
        text = CliRunner().invoke(main, ["status", "--config", str(path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    send = next(q for q in report["queues"] if q["name"] == "send")
    assert send["todo"] == 2 and send["doing"] == 0
    assert report["stalled"] == [] and report["running"] == []
    assert report["digests"] == [
        {"digest": "Morning", "last_run": None, "issue": 1, "status": "pending", "deliveries": {"pending": 3}}
    ]
    assert text.exit_code == 0 and "Morning: last run never; last issue #1 (pending: pending 3)" in text.output


@pytest.mark.postgres
def test_scheduler_in_distributed_mode_enqueues_instead_of_sending(tmp_path: Path):
    """Between slots the scheduler's retry pass hands due rows to workers; it sends nothing itself."""
    from digest.config import load
    from digest.deliver import create_issue, list_deliveries
    from digest.deliver.compose import Composer
    from digest.models import DigestContext, Recipient
    from digest.schedule import Scheduler
    from digest.store.db import open_db
    from digest.workers.app import busy, make_app
    from tests.workers_support import fresh_database

    with fresh_database() as url:
        path = tmp_path / "feeds.yaml"
        path.write_text(
            f'version: 1\ndigests:\n  - name: Morning\nstorage:\n  url: "{url}"\n'
            "delivery:\n  method: smtp\n  smtp: {host: 127.0.0.1, port: 9, starttls: false}\n"
            "execution:\n  mode: distributed\n"
        )
        config = load(path)
        engine = open_db(config.database_url)
        ctx = DigestContext("Morning", 1, None, datetime.now(UTC), "", [])
        base = Composer(config, engine).base(ctx)
        create_issue(engine, ctx, base.html, base.text, base.subject, [Recipient("r@example.org")], [], [])
        scheduler = Scheduler(path)
        scheduler.retry_deliveries()
        scheduler.retry_deliveries()  # a waiting job is not enqueued twice
        app = make_app(config)
        with app.open():
            waiting = busy(app, queue="send")
        rows = list_deliveries(engine)
        scheduler.engine.dispose()
        engine.dispose()
    assert waiting == 1
    assert [r.status for r in rows] == ["pending"]


def test_old_finished_jobs_are_deleted_and_recent_or_unfinished_kept(tmp_path: Path):
    """The reconciler finishes a job every five seconds; without the hourly tidy the table only grows."""
    import asyncio

    from sqlalchemy import create_engine, text

    from digest.config import load
    from digest.store.db import open_db
    from digest.workers.app import defer, ensure_schema, make_app
    from digest.workers.tasks import remove_old_jobs
    from tests.workers_support import fresh_database

    with fresh_database() as url:
        path = tmp_path / "feeds.yaml"
        path.write_text(
            f'version: 1\ndigests:\n  - name: Morning\nstorage:\n  url: "{url}"\nexecution:\n  mode: distributed\n'
        )
        config = load(path)
        engine = open_db(config.database_url)
        app = make_app(config)
        with app.open():
            ensure_schema(app, engine)
            for n in range(5):
                defer(app, "send_batch", issue_id=1, first=n, last=n)
        raw = create_engine(url)
        # five jobs: old succeeded, recent succeeded, old failed, week-old failed, waiting
        ages = {"old_ok": ("succeeded", 30), "new_ok": ("succeeded", 2), "old_failed": ("failed", 30),
                "week_failed": ("failed", 24 * 8)}  # fmt: skip
        with raw.begin() as conn:
            ids = [r[0] for r in conn.execute(text("SELECT id FROM procrastinate_jobs ORDER BY id"))]
            for job_id, (status, hours) in zip(ids, ages.values(), strict=False):
                update = text("UPDATE procrastinate_jobs SET status = :s WHERE id = :i")
                conn.execute(update, {"s": status, "i": job_id})
                conn.execute(
                    text("UPDATE procrastinate_events SET at = NOW() - make_interval(hours => :h) WHERE job_id = :i"),
                    {"h": hours, "i": job_id},
                )

        async def tidy() -> None:
            async with app.open_async():
                await remove_old_jobs(app)

        asyncio.run(tidy())
        with raw.connect() as conn:
            left = [r[0] for r in conn.execute(text("SELECT id FROM procrastinate_jobs ORDER BY id"))]
        raw.dispose()
        engine.dispose()
    assert left == [ids[1], ids[2], ids[4]]  # recent success, day-old failure, the waiting job
