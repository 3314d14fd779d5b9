"""The worker pool: CPU-bound, crash-prone work (feed parsing, page extraction) in child processes.

A hostile page or feed can make lxml, a regex or feedparser spin for minutes, and trafilatura is
not thread-safe, so each call runs in a worker process with a time limit, each worker under an
address-space limit; a worker that times out or dies is killed and replaced, and the caller falls
back (for a page, to the feed's own text; for a feed, to an error for that feed).
"""

from __future__ import annotations

import asyncio
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

STARTUP_TIMEOUT = 120.0  # a fresh worker imports trafilatura; slow on a loaded machine
WORKER_MEMORY_BYTES = 2 * 1024**3  # address-space cap per worker; a page that needs more falls back


class WorkerError(Exception):
    """A worker call that produced no result: timed out, crashed, or raised."""


class WorkerTimeout(WorkerError):
    pass


class WorkerCrashed(WorkerError):
    pass


def _extract_task(html: bytes | str, url: str | None, feed_has_date: bool = False, metadata: bool = True) -> Any:
    from digest.ingest.extract import extract_html

    return extract_html(html, url, feed_has_date, metadata)


def _parse_task(body: bytes, headers: dict[str, str], final_url: str, feed_url: str) -> Any:
    from digest.ingest.parse import parse_feed

    return parse_feed(body, headers, final_url, feed_url)


def _noop() -> None:
    return None


# Imported inside the worker on first use: a parse-only worker never loads trafilatura.
_TASKS: dict[str, Callable[..., Any]] = {"extract": _extract_task, "parse": _parse_task, "noop": _noop}


def _limit_memory(limit: int) -> None:
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # some sandboxes refuse; the time limit still applies
        pass


def _worker_main(conn: Any, memory_limit: int, preload: tuple[str, ...] = ("feedparser", "trafilatura")) -> None:
    """Child loop: (task, args) in, ("ok", value) or ("error", message) out; None stops it."""
    _limit_memory(memory_limit)
    import importlib
    import logging

    for module in preload:  # imported before "ready": the task time limit excludes start-up
        importlib.import_module(module)
    logging.disable(logging.CRITICAL)  # trafilatura logs every odd page; the parent reports instead
    conn.send((time.process_time(), ("ready",)))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        name, args = message
        try:
            reply: tuple[Any, ...] = ("ok", _TASKS[name](*args))
        except MemoryError:
            reply = ("error", "MemoryError: over the worker memory cap")
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {str(exc)[:300]}", type(exc).__name__)
        try:  # with this process's CPU time so far: the parent adds up what its workers cost
            conn.send((time.process_time(), reply))
        except Exception as exc:  # an unpicklable result: say so rather than hang the parent
            conn.send((time.process_time(), ("error", f"cannot return result: {exc}")))


def _serve(read_fd: int, write_fd: int, memory_limit: int, preload: tuple[str, ...]) -> None:
    """Entry point of a worker process started by `_Slot` (see `python -c` there)."""
    os.set_inheritable(read_fd, False)
    os.set_inheritable(write_fd, False)
    _worker_main(
        _DuplexConnection(Connection(read_fd, writable=False), Connection(write_fd, readable=False)),
        memory_limit,
        preload,
    )


class _DuplexConnection:
    """Two one-way pipe connections seen as one (what a worker loop needs: send, recv, poll)."""

    def __init__(self, reader: Connection, writer: Connection) -> None:
        self.reader, self.writer = reader, writer

    def send(self, obj: Any) -> None:
        self.writer.send(obj)

    def recv(self) -> Any:
        return self.reader.recv()

    def poll(self, timeout: float | None = 0.0) -> bool:
        return self.reader.poll(timeout)

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


class _Slot:
    """One worker process, driven synchronously from one thread at a time.

    Workers are fresh interpreters (`python -c`), not forks: forking a threaded asyncio process is
    unsafe, and multiprocessing's spawn/forkserver re-import the caller's __main__.
    """

    def __init__(self, memory_limit: int, preload: tuple[str, ...]) -> None:
        self.memory_limit = memory_limit
        self.preload = preload
        self.proc: subprocess.Popen | None = None
        self.conn: _DuplexConnection | None = None
        self.cpu_ended = 0.0  # CPU seconds of this slot's earlier processes, as last reported
        self.cpu_now = 0.0  # of the current one, as last reported

    @property
    def cpu(self) -> float:
        return self.cpu_ended + self.cpu_now

    def _start(self) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        code = (
            "from digest.ingest.pool import _serve; "
            f"_serve({to_child_r}, {from_child_w}, {self.memory_limit}, {tuple(self.preload)!r})"
        )
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code], pass_fds=(to_child_r, from_child_w), env=env, stdin=subprocess.DEVNULL
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.conn = _DuplexConnection(Connection(from_child_r, writable=False), Connection(to_child_w, readable=False))

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        self.cpu_ended, self.cpu_now = self.cpu_ended + self.cpu_now, 0.0
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait(5)
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None

    def stop(self) -> None:
        if self.alive() and self.conn is not None:
            try:
                self.conn.send(None)
                self.proc.wait(2)  # type: ignore[union-attr]
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.kill()

    async def _readable(self, timeout: float) -> bool:
        """Wait without a thread until the worker has something to say (or timeout)."""
        assert self.conn is not None
        if self.conn.poll(0):
            return True
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = self.conn.reader.fileno()
        loop.add_reader(fd, lambda: None if ready.done() else ready.set_result(True))
        try:
            async with asyncio.timeout(timeout):
                await ready
            return True
        except TimeoutError:
            return False
        finally:
            loop.remove_reader(fd)

    async def call(self, name: str, args: tuple, timeout: float) -> Any:
        if not self.alive():
            self.kill()
            self._start()
            # the time limit is for the task, not for a fresh interpreter importing trafilatura
            if not await self._readable(STARTUP_TIMEOUT) or self._recv(name) != ("ready",):
                self.kill()
                raise WorkerCrashed("extraction worker did not start")
        assert self.conn is not None
        try:
            self.conn.send((name, args))  # the worker is idle in recv(), so this does not block for long
        except OSError as exc:
            self.kill()
            raise WorkerCrashed(f"worker pipe broke: {exc}") from None
        if not await self._readable(timeout):
            self.kill()
            raise WorkerTimeout(f"{name} took longer than {timeout:g} s")
        reply = self._recv(name)
        if reply[0] == "ok":
            return reply[1]
        raise WorkerError(reply[1])

    def _recv(self, name: str) -> tuple:
        assert self.conn is not None
        try:
            self.cpu_now, reply = self.conn.recv()
            return reply
        except (EOFError, OSError):
            code = self.proc.poll() if self.proc else None
            self.kill()
            raise WorkerCrashed(f"{name} worker died (exit code {code})") from None


class WorkerPool:
    """A fixed number of worker processes shared by one ingestion run (async interface).

    Workers start on first use. `preload` names the modules a worker imports before it takes tasks
    (a parse-only pool needs feedparser, not trafilatura, and starts in a fraction of the time).
    """

    def __init__(
        self,
        workers: int = 0,
        memory_limit: int = WORKER_MEMORY_BYTES,
        preload: tuple[str, ...] = ("feedparser", "trafilatura"),
    ) -> None:
        self.size = workers or os.cpu_count() or 1
        self._slots = [_Slot(memory_limit, preload) for _ in range(self.size)]
        self._free: asyncio.LifoQueue[_Slot] | None = None

    async def run(self, name: str, args: tuple, timeout: float) -> Any:
        if self._free is None:  # last in, first out: a warm worker is reused before a cold one starts
            self._free = asyncio.LifoQueue()
            for slot in reversed(self._slots):
                self._free.put_nowait(slot)
        slot = await self._free.get()
        try:
            return await slot.call(name, args, timeout)
        finally:
            self._free.put_nowait(slot)

    async def warm(self) -> None:
        """Start every worker now, so the first tasks do not wait for interpreters to import."""
        results = await asyncio.gather(
            *(self.run("noop", (), STARTUP_TIMEOUT) for _ in self._slots), return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, Exception):
                raise result  # a cancellation; a worker that failed to start is retried on its next task

    @property
    def cpu_seconds(self) -> float:
        """CPU time the workers reported with their answers (a worker killed mid-task: until its last one)."""
        return sum(slot.cpu for slot in self._slots)

    def close(self) -> None:
        for slot in self._slots:
            slot.stop()

    async def __aenter__(self) -> WorkerPool:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()
