"""CLI commands of the deliver area; cli.py registers every command listed in `commands`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from digest.commands.options import config_option
from digest.config import ConfigError

EXIT_CONFIG = 1
EXIT_STORE = 2


@click.command("schedule")
@config_option(help="The editors' feeds.yaml (re-read while running).")
@click.option(
    "--heartbeat",
    type=click.Path(path_type=Path),
    default=lambda: os.environ.get("DIGEST_HEARTBEAT"),
    help="File touched every few seconds while the scheduler is healthy (for a container HEALTHCHECK).",
)
@click.option("--reload-interval", default=5.0, show_default=True, help="Seconds between feeds.yaml checks.")
@click.option("--retry-interval", default=60.0, show_default=True, help="Seconds between retries of deferred mail.")
def schedule_command(config_path: Path, heartbeat: Path | None, reload_interval: float, retry_interval: float) -> None:
    """Run every digest on its schedule until SIGTERM/SIGINT.

    Edits to the config file take effect at the next run; an invalid edit is logged and the
    last good configuration stays in force. Exit codes: 0 stopped cleanly, 1 bad config,
    2 database unusable (locked, corrupt or unreachable; nothing was sent).
    """
    from digest.schedule import Scheduler
    from digest.store.db import StoreError

    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        # Without -v the root logs warnings only; a daemon's runs, reloads and sends are its output.
        for name in ("digest.schedule", "digest.deliver.send"):
            logging.getLogger(name).setLevel(logging.INFO)

    try:
        scheduler = Scheduler(
            config_path, heartbeat=heartbeat, reload_interval=reload_interval, retry_interval=retry_interval
        )
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_CONFIG)
    except StoreError as exc:
        click.echo(f"database: {exc}", err=True)
        sys.exit(EXIT_STORE)
    scheduler.run()


commands: list[click.Command] = [schedule_command]
