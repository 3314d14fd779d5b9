"""CLI commands of the ingest area: `digest fetch`, `digest import`, `digest feeds check|reset`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from sqlalchemy import Engine

from digest.commands import options
from digest.config import Config

config_option = options.config_option("The feeds.yaml to use.")
_load = options.load_or_exit


def _engine(config: Config) -> Engine:
    return options.open_db_or_exit(config, status=1)


@click.command(name="fetch")
@config_option
def fetch_command(config_path: Path) -> None:
    """Fetch every feed, extract new articles and store them (no digest is sent).

    Exits 0 even when some feeds fail; they are listed on stderr and in `digest feeds check`.
    """
    from digest.ingest import ingest

    config = _load(config_path)
    engine = _engine(config)
    report = ingest(config, engine, progress=sys.stderr.isatty())
    for url, message in report.errors.items():
        click.echo(f"feed failed: {url}: {message}", err=True)
    for url, message in report.feeds_skipped.items():
        click.echo(f"feed skipped: {url}: {message}", err=True)
    click.echo(report.summary())


@click.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@config_option
@click.option(
    "--group/--no-group", default=True, show_default=True, help="Group the articles into topics after loading."
)
def import_command(file: Path, config_path: Path, group: bool) -> None:
    """Bulk-load already-extracted articles from a JSON Lines FILE.

    One object a line with `id`, `text`, `published` (ISO date or datetime) and optionally `title`,
    `url`, `source`; other keys are ignored. Bad lines are reported by number and skipped.
    """
    from digest.ingest import import_jsonl
    from digest.pipeline import group_backlog

    config = _load(config_path)
    engine = _engine(config)
    report = import_jsonl(file, engine)
    for where, message in report.errors.items():
        click.echo(f"{file}:{where.removeprefix('line ')}: skipped: {message}", err=True)
    click.echo(
        f"imported {len(report.new_ids)} new, {len(report.updated_ids)} updated, "
        f"{len(report.errors)} bad lines skipped, {report.duplicates} near-duplicates linked "
        f"in {report.seconds:.1f} s"
    )
    if group:
        versions = group_backlog(config, engine, datetime.now(UTC))
        click.echo(f"grouped: {len(versions)} topics updated (see `digest topics`)")


@click.group(name="feeds")
def feeds_group() -> None:
    """Feed health: which feeds work, which fail, which are paused."""


@feeds_group.command(name="check")
@config_option
def check_command(config_path: Path) -> None:
    """Show every feed's state; exit 1 when any feed is failing or paused."""
    from rich.console import Console
    from rich.table import Table

    from digest.ingest import feed_health

    config = _load(config_path)
    health = feed_health(config, _engine(config))
    table = Table(title=f"{len(health)} feeds")
    for column in ("feed", "status", "last ok", "failures", "items", "last error"):
        table.add_column(column, overflow="fold")
    colours = {"ok": "green", "failing": "red", "paused": "yellow", "never": "dim"}
    for h in health:
        table.add_row(
            (f"{h.kind}: " if h.kind != "feed" else "") + (f"{h.name}\n{h.url}" if h.name != h.url else h.url),
            f"[{colours[h.status]}]{h.status}[/]",
            f"{h.last_ok:%Y-%m-%d %H:%M}" if h.last_ok else "-",
            str(h.failures),
            str(h.items_seen),
            h.last_error or "",
        )
    Console().print(table)
    if any(h.status in ("failing", "paused") for h in health):
        sys.exit(1)


@feeds_group.command(name="reset")
@click.argument("url")
@config_option
def reset_command(url: str, config_path: Path) -> None:
    """Unpause URL and forget its failures, so the next fetch tries it at once."""
    from digest.ingest import reset_feed

    config = _load(config_path)
    if not reset_feed(_engine(config), url):
        click.echo(f"no state for {url} (never fetched, or not the configured URL)", err=True)
        sys.exit(1)
    click.echo(f"reset {url}")


commands: list[click.Command] = [fetch_command, import_command, feeds_group]
