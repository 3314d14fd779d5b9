"""CLI commands of the briefs area: `digest eval timeline` and `digest eval briefs`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from digest.commands.options import config_option, load_or_exit

commands: list[click.Command] = []
"""Click commands, one module per area, registered by digest.cli."""


@click.command(name="timeline")
@click.argument("articles", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("timelines", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Write the built timelines here."
)
@click.option(
    "--pooled",
    is_flag=True,
    help="One instance per story holding every outlet's articles (as a topic gathers them), scored against each "
    "outlet's reference.",
)
@click.option(
    "--half",
    type=click.Choice(["1", "2"]),
    default=None,
    help="Only the first (or second) half of each instance's articles and the reference dates of that period.",
)
@click.option(
    "--length",
    type=click.Choice(["reference", "auto"]),
    default="reference",
    show_default=True,
    help="Dates per instance: as many as its reference has, or as many as a brief shows for the story's span.",
)
@click.option(
    "--reference-span",
    is_flag=True,
    help="The published systems' protocol (tilse/news-tls): read only the articles published between each reference "
    "timeline's first and last day and rank no day outside them. The default gives no such hint.",
)
@click.option("--per-story", is_flag=True, help="Also print each story's date F1 (the mean of its outlets).")
@click.option(
    "--sensitivity",
    is_flag=True,
    help="Vary each ranking constant alone; print date F1 per story per value, and the value chosen on the other "
    "stories scored on the story left out.",
)
def eval_timeline(
    articles: Path,
    timelines: Path,
    out_dir: Path | None,
    pooled: bool,
    half: str | None,
    length: str,
    per_story: bool,
    sensitivity: bool,
    reference_span: bool,
) -> None:
    """Timeline quality on labeled stories: date P/R/F1 and ROUGE-1 F, ours vs. a baseline.

    ARTICLES is a JSONL file ({id, story, outlet, published, text}); TIMELINES maps `story_outlet` to
    reference timelines ([[{date, text}]]). Each instance gets as many dates as its reference.
    """
    from digest.briefs.evaluate import EvalInputError, evaluate

    if sensitivity:
        _sensitivity(articles, timelines)
        return
    try:
        report = evaluate(
            articles,
            timelines,
            out_dir,
            progress=click.echo,
            pooled=pooled,
            half=1 if half == "1" else 2 if half else 0,
            length="auto" if length == "auto" else "reference",
            reference_span=reference_span,
        )
    except EvalInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    stories: dict[str, float] = {}
    if per_story:
        from digest.briefs.evaluate import per_story as story_means

        stories = story_means(report)
        for story, f1 in stories.items():
            click.echo(f"story {story:<10} date F1 {f1:.3f}")
    ours, base = report.mean("ours"), report.mean("baseline")
    click.echo(f"{'system':<10} {'date P':>7} {'date R':>7} {'date F1':>8} {'ROUGE-1 F':>10}")
    for name, s in (("ours", ours), ("baseline", base)):
        click.echo(f"{name:<10} {s.precision:7.3f} {s.recall:7.3f} {s.f1:8.3f} {s.rouge1_f:10.3f}")
    verdict = "beats" if ours.f1 > base.f1 else "does NOT beat"
    click.echo(f"ours {verdict} the baseline on date F1 ({ours.f1:.3f} vs {base.f1:.3f}); {report.seconds:.1f}s")
    result: dict[str, object] = {
        "instances": len(report.instances),
        "pooled": pooled,
        "date_precision": round(ours.precision, 4),
        "date_recall": round(ours.recall, 4),
        "date_f1": round(ours.f1, 4),
        "rouge1_f": round(ours.rouge1_f, 4),
        "baseline_date_f1": round(base.f1, 4),
        "baseline_rouge1_f": round(base.rouge1_f, 4),
        "beats_baseline": ours.f1 > base.f1,
        "seconds": round(report.seconds, 2),
    }
    if half:
        result["half"] = int(half)
    if length == "auto":
        result["length"] = "auto"
    if reference_span:
        result["reference_span"] = True
    if per_story:
        result["stories"] = {story: round(f1, 4) for story, f1 in stories.items()}
    click.echo(json.dumps(result))


def _sensitivity(articles: Path, timelines: Path) -> None:
    """`eval timeline --sensitivity`: one table per constant, then the leave-one-story-out line."""
    from digest.briefs.evaluate import EvalInputError, sensitivity

    try:
        found = sensitivity(articles, timelines)
    except EvalInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    stories = list(found.baseline)
    mean_default = sum(found.baseline.values()) / len(stories) if stories else 0.0
    click.echo(f"date F1 per story, every constant at its default: mean {mean_default:.3f}")
    figures: dict[str, object] = {"default_story_mean": round(mean_default, 4)}
    for name, table in found.table.items():
        click.echo(f"\n{name} (default {found.default[name]:g})")
        click.echo(f"  {'value':>6} " + " ".join(f"{s:>8}" for s in stories) + f" {'mean':>8}")
        for value, row in table.items():
            mark = "*" if value == found.default[name] else " "
            mean = sum(row.values()) / len(row)
            click.echo(f" {mark}{value:>6g} " + " ".join(f"{row[s]:8.3f}" for s in stories) + f" {mean:8.3f}")
        chosen = ", ".join(f"{s} {found.chosen[name][s]:g}" for s in stories)
        click.echo(f"  chosen without each story: {chosen}; held-out mean {found.loso(name):.3f}")
        figures[name] = {
            "chosen": found.chosen[name],
            "held_out_mean": round(found.loso(name), 4),
            "stable": len(set(found.chosen[name].values())) == 1,
        }
    click.echo(json.dumps(figures))


@click.command(name="briefs")
@click.argument("articles", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(["extractive", "llm"]),
    default=None,
    help="Brief engine to evaluate (default: the one the config asks for).",
)
@config_option("The feeds.yaml whose `briefs:` settings build the engine (optional for --engine extractive).")
@click.option("--show", is_flag=True, help="Print every brief the evaluation scored.")
def eval_briefs(articles: Path, gold: Path, engine_name: str | None, config_path: Path, show: bool) -> None:
    """Planted-fact recall per brief section, on a set of articles written with known facts.

    ARTICLES is a JSONL file ({id, story, outlet, published, version, title, text}); GOLD lists each
    story's planted unknowns, tensions, actors, coming dates, scheduling sentences and each version's
    new development (see tests/data/briefs/planted/). Ends with one JSON line.
    """
    from digest.briefs import make_brief_engine
    from digest.briefs.planted import PlantedInputError, brief_text, evaluate_planted, load_planted
    from digest.config import Config

    # Without a feeds.yaml the defaults apply (the LLM engine then takes its model and key from the environment).
    config = load_or_exit(config_path) if config_path.exists() else Config()
    if engine_name is not None:
        config = config.model_copy(update={"briefs": config.briefs.model_copy(update={"engine": engine_name})})
    try:
        stories = load_planted(articles, gold)
    except PlantedInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    engine = make_brief_engine(config, cache_dir=config_path.parent / ".cache" if config_path.exists() else None)
    report = evaluate_planted(stories, engine)
    if show:
        for brief in report.briefs:
            click.echo(brief_text(brief) + "\n")
    for name, tally in sorted(report.sections.items()):
        click.echo(f"{name:<26} {tally.hits:>3}/{tally.total:<3} {tally.rate:6.1%}")
        for miss in tally.misses[:8]:
            click.echo(f"    missed: {miss}")
    for name, items in sorted(report.violations.items()):
        click.echo(f"{name + ' violations':<26} {len(items):>3}")
        for item in items[:8]:
            click.echo(f"    {item}")
    click.echo(json.dumps(report.figures()))


eval_commands: list[click.Command] = [eval_timeline, eval_briefs]
"""Subcommands of `digest eval`."""
