"""The container's HEALTHCHECK, fitted to the command it runs (the entrypoint notes which).

schedule: healthy while the scheduler touches its heartbeat file (every few seconds).
serve: healthy while /healthz answers on the port it listens on.
anything else (run, demo, validate, …): one-shot commands are healthy while they run.
"""

import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def main() -> int:
    note = Path(tempfile.gettempdir()) / "digest-command"
    command = note.read_text().strip() if note.exists() else ""
    if command == "schedule":
        beat = Path(os.environ.get("DIGEST_HEARTBEAT", "/data/.heartbeat"))
        return 0 if beat.exists() and time.time() - beat.stat().st_mtime < 120 else 1
    if command == "serve":
        port = os.environ.get("DIGEST_PORT", "8080")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                return 0 if response.status == 200 else 1
        except OSError:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
