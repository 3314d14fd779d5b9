"""From a built wheel in a fresh virtual environment: `digest demo` and `digest init` need no checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_demo_and_init_run_from_an_installed_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(wheels)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("digest-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # The dependencies come from this environment (no network here); digest itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        cwd=tmp_path,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DIGEST_CONFIG", "DIGEST_SAMPLE_SITE")}
    digest = [str(python), "-m", "digest.cli"]
    where = subprocess.check_output([python, "-c", "import digest; print(digest.__file__)"], text=True, cwd=tmp_path)
    assert where.startswith(str(site)), where

    demo = subprocess.run([*digest, "demo", "--out", "out"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert (tmp_path / "out" / "digest-2.eml").exists(), demo.stdout

    init = subprocess.run([*digest, "init", "site"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert init.returncode == 0, init.stderr
    assert "digest validate --config site/feeds.yaml" in init.stdout
    check = subprocess.run(
        [*digest, "validate"],
        cwd=tmp_path,
        env={**env, "DIGEST_CONFIG": "site/feeds.yaml"},
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    assert "valid — 2 feeds, 1 topic, 1 digest" in check.stdout
