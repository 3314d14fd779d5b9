"""Distributed stages end to end: three workers fetch, group, brief and send the sample site's two
waves, dispatched by the coordinator, and end with the same topics, versions and briefs as a local run.

Needs PostgreSQL (DIGEST_TEST_POSTGRES_URL) and the `distributed` extra; skipped otherwise.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from digest import config as config_module
from digest.deliver import list_deliveries
from digest.demo import WAVE_TIMES, SampleSite, demo_config
from digest.pipeline import run_digest
from digest.store.db import open_db
from digest.topics import get_versions, list_topics
from tests.workers_support import Workers, fresh_database, wait_for

pytestmark = pytest.mark.postgres

STAGES = ("fetch", "topics", "briefs", "send")


def topics_of(engine) -> dict:
    """slug -> [(version, sorted members, brief's first sentence)] — everything grouping decides."""
    out = {}
    for topic in list_topics(engine):
        out[topic.slug] = [
            (v.number, sorted(v.article_ids), v.brief is not None) for v in get_versions(engine, topic.slug)
        ]
    return out


def write(site: SampleSite, folder: Path, **changes) -> config_module.Config:
    folder.mkdir()
    data = demo_config(site, folder)
    data.update(changes)
    path = folder / "feeds.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return config_module.load(path)


def test_three_workers_group_like_a_local_run(tmp_path, monkeypatch):
    from digest.workers.app import busy, make_app
    from digest.workers.coordinator import run_slot

    monkeypatch.setenv("DIGEST_SECRET", "test-secret-for-workers")
    with SampleSite() as site, fresh_database() as url:
        local = write(site, tmp_path / "local")
        dist = write(
            site,
            tmp_path / "dist",
            storage={"url": url},
            execution={"mode": "distributed", "send_batch": 1},
        )
        for wave, now in WAVE_TIMES.items():
            site.wave = wave
            run_digest(local, None, now)
        expected = topics_of(open_db(local.database_url))
        assert expected and any(len(v) > 1 for v in expected.values())

        engine = open_db(dist.database_url)
        workers = Workers(dist.path, concurrency=2)
        try:
            for _ in range(3):
                workers.start()
            app = make_app(dist)
            for wave, now in WAVE_TIMES.items():
                site.wave = wave
                summary = run_slot(dist, dist.digests[0].name, now, engine=engine, poll=0.2)
                assert summary.issue_number == wave, summary.line()
                with app.open():
                    assert wait_for(lambda: not any(busy(app, queue=q) for q in STAGES), timeout=120), workers.logs()
        finally:
            codes = workers.stop()
        got = topics_of(engine)
        rows = list_deliveries(engine)
        engine.dispose()
    assert got == expected
    assert Counter(r.status for r in rows) == {"sent": 4}  # two recipients, two issues
    assert codes == [0, 0, 0], workers.logs()
