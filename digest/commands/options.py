"""What every command shares: the --config option and loading it or exiting with its error."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click
from sqlalchemy import Engine

from digest.config import CONFIG_ENV, DEFAULT_CONFIG, Config, ConfigError, load

F = TypeVar("F", bound=Callable)


def config_option(help: str = "The editors' feeds.yaml.") -> Callable[[F], F]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_CONFIG,
        show_default=True,
        envvar=CONFIG_ENV,
        show_envvar=True,
        help=help,
    )


def load_or_exit(path: Path) -> Config:
    """The config, or its file:line errors on stderr and exit status 1."""
    try:
        return load(path)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)


def open_db_or_exit(config: Config, status: int = 4) -> Engine:
    """The database, or a one-line reason on stderr and `status` (nothing was sent)."""
    from digest.store.db import StoreError, open_db

    try:
        return open_db(config.database_url)
    except StoreError as exc:
        click.echo(f"database unusable: {exc}", err=True)
        sys.exit(status)
