"""CLI commands of the topics area: `digest topics`, `digest topic …` and `digest eval topics`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import click
from sqlalchemy import Engine

from digest.commands import options
from digest.config import Config, GroupingConfig

_config_option = options.config_option()
_load = options.load_or_exit


def _engine(config: Config) -> Engine:
    return options.open_db_or_exit(config, status=1)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@click.command("topics")
@_config_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
def topics_command(config_path: Path, as_json: bool) -> None:
    """List every topic: slug, title, kind, status, articles and latest version."""
    from digest.store import codec
    from digest.topics import get_versions, list_topics

    config = _load(config_path)
    engine = _engine(config)
    items = list_topics(engine)
    if as_json:
        branches: dict[str, list[str]] = {}
        for t in items:
            if t.split_from:
                branches.setdefault(t.split_from, []).append(t.slug)
        out = []
        for t in items:
            versions = get_versions(engine, t.slug)
            latest = versions[-1] if versions else None
            out.append(
                {
                    "slug": t.slug,
                    "title": t.title,
                    "kind": t.kind,
                    "status": t.status,
                    "pinned": t.pinned,
                    "merged_into": t.merged_into,
                    "split_from": t.split_from,
                    "branches": sorted(branches.get(t.slug, [])),
                    "created": _iso(t.created),
                    "updated": _iso(t.updated),
                    "article_ids": list(t.members),
                    "version": t.version,
                    "versions": [
                        {"number": v.number, "created": _iso(v.created), "articles": len(v.article_ids)}
                        for v in versions
                    ],
                    "brief": json.loads(codec.dumps(latest.brief)) if latest and latest.brief else None,
                }
            )
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("no topics yet (run `digest run` or `digest import` first)")
        return
    width = min(60, max(len(t.title) for t in items))
    slug_width = min(40, max(len(t.slug) for t in items))
    click.echo(f"{'SLUG':<{slug_width}}  {'TITLE':<{width}}  {'KIND':<10}  {'STATUS':<8}  ARTICLES  VERSION")
    for t in items:
        title = t.title if len(t.title) <= width else t.title[: width - 1] + "…"
        pin = "*" if t.pinned else " "
        status = t.status if t.status != "merged" else f"merged → {t.merged_into}"
        row = f"{t.slug:<{slug_width}}  {title:<{width}}  {t.kind:<10}  {status:<8}"
        click.echo(f"{row}  {len(t.members):>8}  {t.version:>6}{pin}")


@click.group("topic")
def topic_group() -> None:
    """Edit one topic in the database: rename, pin, mute, merge, split.

    Changes hold until the editor edits that topic's entry in feeds.yaml.
    """


def _run(config_path: Path, action) -> None:
    from digest.topics import TopicError

    config = _load(config_path)
    engine = _engine(config)
    try:
        message = action(engine)
    except TopicError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(message)


def _then(message: str, action: Callable[[Engine], None]) -> Callable[[Engine], str]:
    """An action that returns nothing, then `message` to print."""

    def run(engine: Engine) -> str:
        action(engine)
        return message

    return run


@topic_group.command("rename")
@_config_option
@click.argument("slug")
@click.argument("title")
def rename_command(config_path: Path, slug: str, title: str) -> None:
    """Give topic SLUG the title TITLE (the slug, and so its history, stays)."""
    from digest.topics import rename_topic

    def act(engine) -> str:
        rename_topic(engine, slug, title)
        return f"{slug}: renamed to {title!r}"

    _run(config_path, act)


@topic_group.command("pin")
@_config_option
@click.argument("slug")
def pin_command(config_path: Path, slug: str) -> None:
    """Pin topic SLUG: listed first."""
    from digest.topics import set_pinned

    _run(config_path, _then(f"{slug}: pinned", lambda engine: set_pinned(engine, slug, True)))


@topic_group.command("unpin")
@_config_option
@click.argument("slug")
def unpin_command(config_path: Path, slug: str) -> None:
    """Unpin topic SLUG."""
    from digest.topics import set_pinned

    _run(config_path, _then(f"{slug}: unpinned", lambda engine: set_pinned(engine, slug, False)))


@topic_group.command("mute")
@_config_option
@click.argument("slug")
def mute_command(config_path: Path, slug: str) -> None:
    """Mute topic SLUG: it keeps collecting its articles but gets no versions (so no digest entries)."""
    from digest.topics import set_muted

    _run(config_path, _then(f"{slug}: muted", lambda engine: set_muted(engine, slug, True)))


@topic_group.command("unmute")
@_config_option
@click.argument("slug")
def unmute_command(config_path: Path, slug: str) -> None:
    """Unmute topic SLUG."""
    from digest.topics import set_muted

    _run(config_path, _then(f"{slug}: unmuted", lambda engine: set_muted(engine, slug, False)))


@topic_group.command("merge")
@_config_option
@click.argument("source")
@click.argument("target")
def merge_command(config_path: Path, source: str, target: str) -> None:
    """Merge topic SOURCE into TARGET; both histories are kept, SOURCE's under its own slug."""
    from digest.topics import merge_topics

    def act(engine) -> str:
        version = merge_topics(engine, source, target, datetime.now(UTC))
        if version is None:
            return f"{source}: merged into {target} (no new articles for {target})"
        return (
            f"{source}: merged into {version.topic}, now version {version.number} ({len(version.article_ids)} articles)"
        )

    _run(config_path, act)


@topic_group.command("split")
@_config_option
@click.argument("slug")
def split_command(config_path: Path, slug: str) -> None:
    """Split topic SLUG if it has forked: its later articles that keep naming lead actors of their own
    become a new topic (split from SLUG); SLUG keeps its history. Grouping also does this by itself."""
    from digest.topics import split_topic

    config = _load(config_path)

    def act(engine) -> str:
        versions = split_topic(engine, slug, config, datetime.now(UTC))
        new = next((v for v in versions if v.topic != slug), None)
        if new is None:
            return f"{slug}: no fork found (its later articles name the story's lead actors, or too few do not)"
        kept = next((v for v in versions if v.topic == slug), None)
        tail = f"; {slug} now version {kept.number} ({len(kept.article_ids)} articles)" if kept else ""
        return f"{slug}: split: {len(new.article_ids)} articles became {new.topic}, version {new.number}{tail}"

    _run(config_path, act)


@click.command("topics")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--label", default="story", show_default=True, help="The field holding the gold group.")
@click.option(
    "--assignments",
    "assignments_out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help='Also write one line per article: {"id": ..., "topic": slug or null}.',
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Take the grouping: settings from this feeds.yaml (editor topics are ignored).",
)
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    default=None,
    help="Distinct outlets a story needs to become a topic [default: 1 here, since labeled sets such as "
    "t17 hold single-outlet stories; the product default is 2].",
)
@click.option("--min-articles", type=click.IntRange(min=1), default=None, help="Articles a story needs [default: 3].")
def eval_topics_command(
    file: Path,
    label: str,
    assignments_out: Path | None,
    config_path: Path | None,
    min_sources: int | None,
    min_articles: int | None,
) -> None:
    """Group a labeled JSONL stream with the product's grouping and score it.

    Articles are stored in a throwaway database in publication order and grouped one day at a
    time with discovery only. Prints pairwise and BCubed precision/recall/F1 (ungrouped articles
    count as groups of one), then per labelled story how fragmented it is (topics it is spread
    over, share in its largest topic, articles in no topic, topics per week), and ends with one
    JSON line.
    """
    from digest.topics.evaluate import EvalInputError, evaluate_file

    grouping = _load(config_path).grouping if config_path else GroupingConfig(min_sources=1)
    updates = {}
    if min_sources is not None:
        updates["min_sources"] = min_sources
    if min_articles is not None:
        updates["min_articles"] = min_articles
    grouping = grouping.model_copy(update=updates)
    try:
        evaluation = evaluate_file(file, label, grouping, assignments_out)
    except EvalInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    s, spent = evaluation.scores, evaluation.spent
    click.echo(
        f"articles {s.articles}, gold groups {s.gold_groups}, topics {s.predicted_groups}, ungrouped {s.ungrouped}"
    )
    click.echo(f"pairwise  P {s.pairwise_precision:.4f}  R {s.pairwise_recall:.4f}  F1 {s.pairwise_f1:.4f}")
    click.echo(f"BCubed    P {s.bcubed_precision:.4f}  R {s.bcubed_recall:.4f}  F1 {s.bcubed_f1:.4f}")
    click.echo("per story: articles, topics, share in largest topic, in no topic, topics per week (mean/max)")
    for f in evaluation.stories:
        click.echo(
            f"  {f.label:<16} {f.articles:>6} {f.topics:>4} {f.largest_share:>7.1%} {f.ungrouped:>6}"
            f"  {f.topics_per_week:.2f}/{f.max_topics_per_week}"
        )
    click.echo(
        f"grouping: min_articles {grouping.min_articles}, min_sources {grouping.min_sources}, "
        f"dormant_after_days {grouping.dormant_after_days}; update_topics {spent['group']:.1f} s"
    )
    result = {
        "eval": "topics",
        "file": str(file),
        **s.as_dict(),
        "stories": [f.as_dict() for f in evaluation.stories],
        "min_articles": grouping.min_articles,
        "min_sources": grouping.min_sources,
        "seconds": round(spent["group"] + spent["store"], 2),
    }
    click.echo(json.dumps(result))


commands: list[click.Command] = [topics_command, topic_group]
eval_commands: list[click.Command] = [eval_topics_command]
