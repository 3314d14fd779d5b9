"""Helpers for the distributed tests: a fresh PostgreSQL database each, and `digest worker` processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_URL = os.environ.get("DIGEST_TEST_POSTGRES_URL")
ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new database (Procrastinate's schema wants one of its own), dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("DIGEST_TEST_POSTGRES_URL not set")
    pytest.importorskip("procrastinate")
    name = f"digest_w_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        # Commits need not wait for the disk here: a kill -9 of a client loses nothing committed either way,
        # and five commits a message at a shared machine's fsync speed would make the test crawl.
        conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Workers:
    """`digest worker` processes started with the same config; logs go to files beside it."""

    def __init__(self, config_path: Path, concurrency: int = 2, queues: str | None = None):
        self.config_path = config_path
        self.concurrency = concurrency
        self.queues = queues
        self.procs: list[subprocess.Popen] = []
        self.killed: list[subprocess.Popen] = []
        self.started = 0

    def start(self) -> subprocess.Popen:
        self.started += 1
        log = open(self.config_path.parent / f"worker{self.started}.log", "wb")  # noqa: SIM115
        args = [sys.executable, "-m", "digest.cli", "worker", "--config", str(self.config_path)]
        args += ["--concurrency", str(self.concurrency)]
        if self.queues:
            args += ["--queues", self.queues]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.procs.append(proc)
        return proc

    def alive(self) -> list[subprocess.Popen]:
        return [p for p in self.procs if p.poll() is None]

    def kill(self, proc: subprocess.Popen) -> None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        self.killed.append(proc)

    def stop(self) -> list[int | None]:
        """SIGTERM every live worker; the exit codes of those not killed."""
        for p in self.alive():
            p.send_signal(signal.SIGTERM)
        codes = []
        for p in self.procs:
            if p in self.killed:
                continue
            try:
                codes.append(p.wait(timeout=30))
            except subprocess.TimeoutExpired:
                p.kill()
                codes.append(p.wait())
        return codes

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
            for p in sorted(self.config_path.parent.glob("worker*.log"))
        )


def wait_for(done: Callable[[], bool], timeout: float, poll: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(poll)
    return done()
