"""Outbox transport: one .eml file per issue and recipient, written atomically.

The file name is fixed by (digest, issue number, recipient), and a write replaces the file in
one rename, so writing the same message twice after a crash still leaves exactly one copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path


def eml_name(digest: str, number: int, email: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", digest.casefold()).strip("-") or "digest"
    safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", email)
    if safe != email:
        safe += "-" + hashlib.sha256(email.encode()).hexdigest()[:8]
    return f"{slug}-{number:04d}-{safe}.eml"


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, rename over it, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", suffix=".eml", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def remove_orphans(folder: Path) -> int:
    """Delete temporary files left by writers that were killed mid-write (pid no longer runs)."""
    removed = 0
    for tmp in folder.glob(".tmp-*.eml"):
        try:
            pid = int(tmp.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
            removed += 1
        except PermissionError:
            pass
    return removed


class OutboxTransport:
    def __init__(self, folder: Path):
        self.folder = folder
        if folder.is_dir():
            remove_orphans(folder)

    def deliver(self, digest: str, number: int, email: str, data: bytes) -> Path:
        path = self.folder / eml_name(digest, number, email)
        write_atomic(path, data)
        return path
