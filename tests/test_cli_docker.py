"""The container's entrypoint and healthcheck, run here without a container engine.

The entrypoint seeds an empty data volume with the starter feeds.yaml and notes the command; the
healthcheck then fits that command (heartbeat for schedule, /healthz for serve, pass otherwise).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}",
        "DIGEST_CONFIG": str(tmp_path / "data" / "feeds.yaml"),
        "DIGEST_HEARTBEAT": str(tmp_path / "data" / ".heartbeat"),
        "TMPDIR": str(tmp_path),
    }


def health(env: dict[str, str]) -> int:
    return subprocess.run([sys.executable, str(ROOT / "docker" / "healthcheck.py")], env=env).returncode


def test_first_start_seeds_the_volume_and_the_healthcheck_fits_the_command(tmp_path: Path) -> None:
    env = _env(tmp_path)
    (tmp_path / "data").mkdir()
    first = subprocess.run(
        ["sh", str(ROOT / "docker" / "entrypoint.sh"), "validate"], env=env, capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "feeds.yaml").exists()
    assert "valid — 2 feeds" in first.stdout
    assert health(env) == 0  # a one-shot command

    again = subprocess.run(
        ["sh", str(ROOT / "docker" / "entrypoint.sh"), "validate"], env=env, capture_output=True, text=True
    )
    assert again.returncode == 0 and "wrote" not in again.stdout  # an existing file is left alone

    (tmp_path / "digest-command").write_text("schedule\n")
    assert health(env) == 1  # no heartbeat yet
    (tmp_path / "data" / ".heartbeat").touch()
    assert health(env) == 0


def test_compose_runs_scheduler_and_web_on_one_volume() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert services["scheduler"]["command"] == ["schedule"] and services["web"]["command"] == ["serve"]
    for service in services.values():
        assert "digest-data:/data" in service["volumes"]
    assert "digest-data" in compose["volumes"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    for needle in ("AS build", "pip wheel", "USER 10001", "EXPOSE 8080", "DIGEST_HOST=0.0.0.0", "HEALTHCHECK"):
        assert needle in dockerfile
    assert "-e ." not in dockerfile  # never an editable install
