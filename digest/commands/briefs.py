"""CLI commands of the briefs area: `digest eval timeline`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

commands: list[click.Command] = []
"""Click commands, one module per area, registered by digest.cli."""


@click.command(name="timeline")
@click.argument("articles", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("timelines", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Write the built timelines here."
)
def eval_timeline(articles: Path, timelines: Path, out_dir: Path | None) -> None:
    """Timeline quality on labeled stories: date P/R/F1 and ROUGE-1 F, ours vs. a baseline.

    ARTICLES is a JSONL file ({id, story, outlet, published, text}); TIMELINES maps `story_outlet` to
    reference timelines ([[{date, text}]]). Each instance gets as many dates as its reference.
    """
    from digest.briefs.evaluate import EvalInputError, evaluate

    try:
        report = evaluate(articles, timelines, out_dir, progress=click.echo)
    except EvalInputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    ours, base = report.mean("ours"), report.mean("baseline")
    click.echo(f"{'system':<10} {'date P':>7} {'date R':>7} {'date F1':>8} {'ROUGE-1 F':>10}")
    for name, s in (("ours", ours), ("baseline", base)):
        click.echo(f"{name:<10} {s.precision:7.3f} {s.recall:7.3f} {s.f1:8.3f} {s.rouge1_f:10.3f}")
    verdict = "beats" if ours.f1 > base.f1 else "does NOT beat"
    click.echo(f"ours {verdict} the baseline on date F1 ({ours.f1:.3f} vs {base.f1:.3f}); {report.seconds:.1f}s")
    result = {
        "instances": len(report.instances),
        "date_precision": round(ours.precision, 4),
        "date_recall": round(ours.recall, 4),
        "date_f1": round(ours.f1, 4),
        "rouge1_f": round(ours.rouge1_f, 4),
        "baseline_date_f1": round(base.f1, 4),
        "baseline_rouge1_f": round(base.rouge1_f, 4),
        "beats_baseline": ours.f1 > base.f1,
        "seconds": round(report.seconds, 2),
    }
    click.echo(json.dumps(result))


eval_commands: list[click.Command] = [eval_timeline]
"""Subcommands of `digest eval`."""
