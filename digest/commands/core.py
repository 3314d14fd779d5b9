"""The lead commands: run one digest, validate feeds.yaml, and the offline demo."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from digest.commands.options import config_option, load_or_exit
from digest.config import Config, ConfigError, NotSendable

with_config = config_option()
EXIT_NOT_SENDABLE = 5  # valid config, but nothing can be sent with it here (see README, exit codes)


@click.command()
@with_config
def validate(config_path: Path) -> None:
    """Check feeds.yaml, its templates and what it names in the database; exit 1 with file:line on a mistake.

    Warnings (an unset secret variable, a renamed or dropped topic) are printed but exit 0.
    """
    from digest.config import unset_secrets
    from digest.pipeline import plural

    config = load_or_exit(config_path)
    problems, warnings = _check(config)
    warnings = unset_secrets(config) + warnings
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    for note in _unsubscribe_notes(config):
        click.echo(f"{config_path}: {note}", err=True)
    if problems:
        for p in problems:
            click.echo(p, err=True)
        sys.exit(1)
    noted = f"; {plural(len(warnings), 'warning')}" if warnings else ""
    click.echo(
        f"{config_path}: valid — {plural(len(config.feeds), 'feed')}, {plural(len(config.topics), 'topic')}, "
        f"{plural(len(config.digests), 'digest')}, delivery {config.delivery.method}, "
        f"briefs {config.briefs.engine}{noted}"
    )


def _unsubscribe_notes(config) -> list[str]:
    """How readers stop the digest: a missing secret (an error at send time) or no one-click link."""
    from digest.deliver.tokens import SecretError, load_secret

    if not config.digests:
        return []
    if config.web.base_url:
        if not os.environ.get(config.web.secret_env):
            return []  # unset_secrets() names the line
        try:
            load_secret(config)
        except SecretError as exc:
            return [f"warning: web.base_url is set but {exc}; `digest run` will refuse to send"]
        return []
    return [
        "note: web.base_url is not set, so messages carry no one-click unsubscribe link (only a line asking "
        "readers to reply); Gmail and Yahoo require one-click unsubscribe (RFC 8058) from bulk senders"
    ]


def _check(config: Config) -> tuple[list[str], list[str]]:
    """What parsing cannot see: templates, subjects, effective slugs, and names that live in the database."""
    from digest.render import Renderer, check_subject
    from digest.topics.service import config_slug

    where = str(config.path)
    problems = [f"{where}: templates: {p}" for p in Renderer(config.templates_dir).check()]
    for i, d in enumerate(config.digests):
        problems += [f"{config.where('digests', i, 'subject')}: {p}" for p in check_subject(d.subject)]
    slugs: dict[str, int] = {}
    for i, tc in enumerate(config.topics):
        slug = config_slug(tc)
        if slug in slugs:
            first = config.line_of("topics", slugs[slug], "name")
            problems.append(
                f"{config.where('topics', i, 'name')}: {tc.name!r} gets the slug {slug!r} of the topic on line "
                f"{first}; give one of them its own (slug: {slug}-2)"
            )
        slugs.setdefault(slug, i)

    warnings: list[str] = []
    stored: set[str] = set()
    engine = _existing_store(config, warnings)
    if engine is not None:
        from digest.topics import list_topics
        from digest.topics.renames import find_renames, left_behind

        try:
            topics = list_topics(engine)
            stored = {t.slug for t in topics} | {t.title.casefold() for t in topics}
            renames, gone = find_renames(config, engine)
        finally:
            engine.dispose()
        warnings += [r.hint(config) for r in renames] + [left_behind(config, t) for t in gone]

    names = {tc.name.casefold() for tc in config.topics} | set(slugs)
    tags = {t.casefold() for f in config.feeds for t in f.tags} | {
        t.casefold() for tc in config.topics for t in tc.tags
    }
    for i, tc in enumerate(config.topics):
        if tc.merge_into and tc.merge_into.casefold() not in names and tc.merge_into not in stored:
            problems.append(
                f"{config.where('topics', i, 'merge_into')}: no topic named {tc.merge_into!r} in this file"
                + (" or the database" if engine is not None else "")
                + f" (topics: {', '.join(sorted(t.name for t in config.topics)) or 'none'})"
            )
    for i, d in enumerate(config.digests):
        if d.topics == "all":
            continue
        for j, name in enumerate(d.topics):
            folded = name.casefold()
            if folded not in names and folded not in tags and name not in stored and folded not in stored:
                known = sorted({tc.name for tc in config.topics} | {t for f in config.feeds for t in f.tags})
                problems.append(
                    f"{config.where('digests', i, 'topics', j)}: no topic or feed tag named {name!r} "
                    f"(known: {', '.join(known) or 'none'}; or write topics: all)"
                )
    return problems, warnings


def _existing_store(config: Config, warnings: list[str]):
    """The database when it already exists (validate never creates one), else None."""
    from digest.store.db import StoreError, open_db

    url = config.database_url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return None
    try:
        return open_db(url)
    except StoreError as exc:
        warnings.append(f"{config.path}: storage.url: {exc}; the checks against stored topics were skipped")
        return None


@click.command()
@with_config
@click.option("--digest", "digest_name", help="Which digest (default: the first in feeds.yaml).")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Write the messages it would send to ./preview beside feeds.yaml (or --outbox); fetched articles "
    "are kept, no topic version, brief or issue is recorded.",
)
@click.option(
    "--outbox", type=click.Path(file_okay=False, path_type=Path), help="Outbox (or, with --dry-run, preview) folder."
)
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
    except NotSendable as exc:
        click.echo(f"not sent: {exc}", err=True)
        sys.exit(EXIT_NOT_SENDABLE)
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
        sys.exit(EXIT_NOT_SENDABLE)
    for path in summary.paths:
        click.echo(str(path))
    click.echo(summary.line())
    if summary.failed or summary.unchecked:
        sys.exit(2)
    if summary.unsendable:
        sys.exit(EXIT_NOT_SENDABLE)
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


@click.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--force", is_flag=True, help="Overwrite an existing feeds.yaml.")
@click.option("--if-missing", is_flag=True, help="Do nothing (exit 0) when feeds.yaml exists; for containers.")
def init(directory: Path, force: bool, if_missing: bool) -> None:
    """Write a commented starter feeds.yaml into DIRECTORY (default: here) and say what to run next."""
    from digest.config.starter import STARTER

    target = directory / "feeds.yaml"
    if target.exists() and not force:
        if if_missing:
            return
        click.echo(f"{target} exists; edit it, or pass --force to replace it with the starter", err=True)
        sys.exit(1)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_text(STARTER, encoding="utf-8")
    except OSError as exc:
        click.echo(f"cannot write {target}: {exc}", err=True)
        sys.exit(1)
    here = target.resolve().parent == Path.cwd().resolve()
    option = "" if here else f" --config {target}"
    click.echo(f"wrote {target}: two feeds, one tracked topic, one weekly digest to you@example.org")
    click.echo("next:")
    click.echo(f"  1. edit the feeds, topics and recipients, then check them:  digest validate{option}")
    click.echo(f"  2. preview the first issue (files in {directory / 'preview'}):  digest run --dry-run{option}")
    click.echo(f"  3. send on the schedule (or once now with `digest run`):  digest schedule{option}")
    if not here:
        click.echo(f"(or export DIGEST_CONFIG={target.resolve()} and drop --config)")


commands: list[click.Command] = [run, validate, demo, init]
