"""The lead commands: run one digest, validate feeds.yaml, and the offline demo."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from digest.commands.options import config_option, load_or_exit
from digest.config import ConfigError

with_config = config_option()


@click.command()
@with_config
def validate(config_path: Path) -> None:
    """Check feeds.yaml (and the templates it points at); exit 1 with file:line on a mistake."""
    config = load_or_exit(config_path)
    problems: list[str] = []
    from digest.render import Renderer, check_subject

    problems = Renderer(config.templates_dir).check()
    for d in config.digests:
        problems += [f"digest {d.name!r}: subject: {p}" for p in check_subject(d.subject)]
    if problems:
        for p in problems:
            click.echo(f"{config_path}: templates: {p}", err=True)
        sys.exit(1)
    from digest.pipeline import plural

    for note in _unsubscribe_notes(config):
        click.echo(f"{config_path}: {note}", err=True)
    click.echo(
        f"{config_path}: valid — {plural(len(config.feeds), 'feed')}, {plural(len(config.topics), 'topic')}, "
        f"{plural(len(config.digests), 'digest')}, delivery {config.delivery.method}, briefs {config.briefs.engine}"
    )


def _unsubscribe_notes(config) -> list[str]:
    """How readers stop the digest: a missing secret (an error at send time) or no one-click link."""
    from digest.deliver.tokens import SecretError, load_secret

    if not config.digests:
        return []
    if config.web.base_url:
        try:
            load_secret(config)
        except SecretError as exc:
            return [f"warning: web.base_url is set but {exc}; `digest run` will refuse to send"]
        return []
    return [
        "note: web.base_url is not set, so messages carry no one-click unsubscribe link (only a line asking "
        "readers to reply); Gmail and Yahoo require one-click unsubscribe (RFC 8058) from bulk senders"
    ]


@click.command()
@with_config
@click.option("--digest", "digest_name", help="Which digest (default: the first in feeds.yaml).")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Write the messages to the outbox instead of sending; no issue is recorded (articles, topics are).",
)
@click.option("--outbox", type=click.Path(file_okay=False, path_type=Path), help="Outbox folder for this run.")
@click.option("--no-fetch", is_flag=True, help="Use what is stored; do not fetch the feeds.")
def run(config_path: Path, digest_name: str | None, dry_run: bool, outbox: Path | None, no_fetch: bool) -> None:
    """Run one digest now: fetch, group, brief, render and deliver."""
    from digest.deliver import LeaseHeld
    from digest.deliver.tokens import SecretError
    from digest.pipeline import run_digest
    from digest.store import StoreError

    config = load_or_exit(config_path)
    try:
        summary = run_digest(
            config,
            digest_name,
            datetime.now(UTC),
            dry_run=dry_run,
            outbox=outbox,
            fetch=not no_fetch,
            progress=sys.stderr.isatty(),
        )
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    except LeaseHeld as exc:
        click.echo(f"not sent: {exc}", err=True)
        sys.exit(3)
    except StoreError as exc:
        click.echo(f"not sent: {exc}", err=True)
        sys.exit(4)
    except SecretError as exc:  # web.base_url is set: never send a digest without its unsubscribe links
        click.echo(f"not sent: web.base_url is set but {exc}", err=True)
        sys.exit(1)
    for path in summary.paths:
        click.echo(str(path))
    click.echo(summary.line())
    if summary.failed or summary.unchecked:
        sys.exit(2)
    if summary.every_feed_failed:
        sys.exit(6)  # nothing could be fetched: every feed failed or is backing off


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-out"),
    show_default=True,
    help="Folder for the demo's database, outbox and the latest issue's .eml/.html/.txt.",
)
def demo(out: Path) -> None:
    """The whole pipeline offline on bundled sample feeds: two weekly issues, files in OUT."""
    from digest.demo import run_demo

    result = run_demo(out)
    for line in result.summaries:
        click.echo(line)
    if not result.outputs:
        click.echo("demo produced no issue", err=True)
        sys.exit(1)
    for path in result.outputs:
        click.echo(str(path))


commands: list[click.Command] = [run, validate, demo]
