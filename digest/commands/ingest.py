"""CLI commands of the ingest area: `digest fetch`, `digest import`, `digest feeds check|reset|add|import|export`."""

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
    for url, message in report.feeds_rate_limited.items():
        click.echo(f"feed rate limited: {url}: {message}", err=True)
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
    for column in ("feed", "status", "last ok", "failures", "items", "next fetch", "last error"):
        table.add_column(column, overflow="fold")
    colours = {"ok": "green", "waiting": "cyan", "failing": "red", "paused": "yellow", "never": "dim"}
    for h in health:
        table.add_row(
            (f"{h.kind}: " if h.kind != "feed" else "") + (f"{h.name}\n{h.url}" if h.name != h.url else h.url),
            f"[{colours[h.status]}]{h.status}[/]",
            f"{h.last_ok:%Y-%m-%d %H:%M}" if h.last_ok else "-",
            str(h.failures),
            str(h.items_seen),
            f"{h.next_fetch:%Y-%m-%d %H:%M} UTC\n{h.next_reason}" if h.next_fetch else "next run",
            h.last_error or "",
        )
    Console().print(table)
    if any(h.status in ("failing", "paused") for h in health):
        sys.exit(1)


@feeds_group.command(name="reset")
@click.argument("url", required=False)
@click.option("--all", "every", is_flag=True, help="Reset every feed.")
@config_option
def reset_command(url: str | None, every: bool, config_path: Path) -> None:
    """Unpause URL (or --all) and forget its failures and waits, so the next fetch tries it at once."""
    from digest.ingest import reset_all_feeds, reset_feed

    if every == bool(url):
        raise click.UsageError("give one feed URL, or --all")
    config = _load(config_path)
    if every:
        click.echo(f"reset {reset_all_feeds(_engine(config))} feeds")
        return
    assert url is not None
    if not reset_feed(_engine(config), url):
        click.echo(f"no state for {url} (never fetched, or not the configured URL)", err=True)
        sys.exit(1)
    click.echo(f"reset {url}")


@feeds_group.command(name="add")
@click.argument("url")
@click.option("--name", help="The feed's name in the digest (default: its host).")
@click.option("--tag", "tags", multiple=True, help="A tag for topics and digests to pick the feed by; repeatable.")
@config_option
def add_command(url: str, name: str | None, tags: tuple[str, ...], config_path: Path) -> None:
    """Add URL to feeds.yaml, keeping the file's comments and layout; exit 1 if it is already there."""
    from digest.config import ConfigError
    from digest.feedsfile import NewFeed, add_feeds

    try:
        result = add_feeds(config_path, [NewFeed(url.strip(), name, tuple(tags))])
    except FileNotFoundError:
        click.echo(f"{config_path}: no such file (write one with `digest init`)", err=True)
        sys.exit(1)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        click.echo(f"{config_path} left unchanged", err=True)
        sys.exit(1)
    if result.duplicates:
        click.echo(f"{url} is already in {config_path}", err=True)
        sys.exit(1)
    line = result.config.line_of("feeds", len(result.config.feeds) - 1) if result.config else None
    click.echo(f"added {url} to {config_path}" + (f" (line {line})" if line else ""))


@feeds_group.command(name="import")
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--tag", "tags", multiple=True, help="Add this tag to every imported feed; repeatable.")
@click.option("--dry-run", is_flag=True, help="Say what would be added; leave feeds.yaml as it is.")
@config_option
def import_opml_command(opml_file: Path, tags: tuple[str, ...], dry_run: bool, config_path: Path) -> None:
    """Add the feeds of an OPML export (from another reader) to feeds.yaml; folders become tags.

    Feeds already in the file are skipped; nothing is written unless the result validates.
    """
    from digest.config import ConfigError
    from digest.feedsfile import NewFeed, add_feeds
    from digest.opml import OpmlError, read_opml

    try:
        found = read_opml(opml_file.read_bytes())
    except (OpmlError, OSError) as exc:
        click.echo(f"{opml_file}: {exc}", err=True)
        sys.exit(1)
    feeds = [NewFeed(f.url, f.name, tuple(dict.fromkeys((*f.tags, *tags)))) for f in found.feeds]
    try:
        result = add_feeds(config_path, feeds, dry_run=dry_run)
    except FileNotFoundError:
        click.echo(f"{config_path}: no such file (write one with `digest init`)", err=True)
        sys.exit(1)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        click.echo(f"{config_path} left unchanged; fix the feed in {opml_file} or add the others one by one", err=True)
        sys.exit(1)
    verb = "would add" if dry_run else "added"
    for feed in result.added:
        click.echo(f"{verb} {feed.url}" + (f" ({feed.name})" if feed.name else ""))
    click.echo(
        f"{opml_file}: {verb} {len(result.added)} feeds to {config_path}, {len(result.duplicates)} already there"
    )


@feeds_group.command(name="export")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@config_option
def export_opml_command(out: Path | None, config_path: Path) -> None:
    """Write the feeds of feeds.yaml as OPML 2.0, for any other feed reader."""
    from digest.opml import write_opml

    config = _load(config_path)
    title = config.digests[0].name if config.digests else "digest feeds"
    text = write_opml(list(config.feeds), title)
    if out is None:
        click.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    click.echo(f"wrote {len(config.feeds)} feeds to {out}", err=True)


commands: list[click.Command] = [fetch_command, import_command, feeds_group]
