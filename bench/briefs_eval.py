"""Briefs bench: timeline evaluation on T17 (per outlet, per half, at the brief's own length, outlets pooled per
story), and brief figures over the four stories as topics.

python bench/briefs_eval.py [CORPUS_DIR]   (default: shared/corpus/t17-dev in the repository root or the nearest
folder above it that has one, so it is found from a worktree too)
Prints figures and ends with one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from digest.briefs import validate_brief
from digest.briefs.evaluate import Report, brief_stats, evaluate, load_articles
from digest.briefs.extractive import ExtractiveEngine
from digest.models import Topic


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else default_corpus(Path(__file__).resolve().parents[1])
    articles_path, timelines_path = corpus / "articles.jsonl", corpus / "timelines.json"
    report = evaluate(articles_path, timelines_path)
    ours, base = report.mean("ours"), report.mean("baseline")
    print(f"timeline: ours date F1 {ours.f1:.3f} R1 {ours.rouge1_f:.3f}; baseline {base.f1:.3f} / {base.rouge1_f:.3f}")
    for key, systems in sorted(report.instances.items()):
        print(f"  {key}: ours {systems['ours'].f1:.3f} baseline {systems['baseline'].f1:.3f}")
    print(f"  per story: {_per_story(report)}")
    # Each half of every story alone: a ranking fitted to one period or one story's length shows here.
    halves = {h: evaluate(articles_path, timelines_path, half=h) for h in (1, 2)}
    for h, rep in halves.items():
        print(f"  half {h}: ours date F1 {rep.mean('ours').f1:.3f}; baseline {rep.mean('baseline').f1:.3f}")
        print(f"    per story: {_per_story(rep)}")
    # The length a brief shows (from the story's span), not the reference's: the product's own choice.
    auto = evaluate(articles_path, timelines_path, length="auto")
    auto_halves = {h: evaluate(articles_path, timelines_path, length="auto", half=h) for h in (1, 2)}
    auto_ours, auto_base = auto.mean("ours"), auto.mean("baseline")
    print(f"timeline at the brief's own length: ours date F1 {auto_ours.f1:.3f}; baseline {auto_base.f1:.3f}")
    print(f"  per story: {_per_story(auto)}")
    for h, rep in auto_halves.items():
        print(f"  half {h}: ours date F1 {rep.mean('ours').f1:.3f}; baseline {rep.mean('baseline').f1:.3f}")
    # Every outlet of a story in one topic, as a brief gathers them: several times the volume per story.
    pooled = evaluate(articles_path, timelines_path, pooled=True)
    pooled_ours, pooled_base = pooled.mean("ours"), pooled.mean("baseline")
    print(f"timeline, outlets pooled per story: ours date F1 {pooled_ours.f1:.3f}; baseline {pooled_base.f1:.3f}")
    print(f"  per story: {_per_story(pooled)}")

    stories: dict[str, list] = defaultdict(list)
    for key, items in load_articles(articles_path).items():
        stories[key.split("_")[0]].extend(items)
    engine = ExtractiveEngine()
    briefs = []
    seconds = []
    for story, items in sorted(stories.items()):
        items.sort(key=lambda a: (a.published, a.id))
        now = datetime.now(UTC)
        topic = Topic(slug=story.lower(), title=story, kind="tracked", status="active", created=now, updated=now)
        previous = None
        for version, cut in enumerate((len(items) // 2, len(items)), 1):
            start = time.perf_counter()
            brief = validate_brief(engine.topic_brief(topic, items[:cut], previous, version, now))
            seconds.append(time.perf_counter() - start)
            briefs.append(brief)
            previous = brief
        print(
            f"{story}: {len(items)} articles, v2 sources {len(brief.sources)}, timeline {len(brief.timeline)}, "
            f"questions {len(brief.open_questions)}, perspectives {len(brief.perspectives)}, "
            f"tensions {len(brief.tensions)}, changes {len(brief.changes)}"
        )
    stats = brief_stats(briefs)
    print(f"briefs: {stats}; slowest brief {max(seconds):.2f}s")
    print(
        json.dumps(
            {
                "timeline_date_f1": round(ours.f1, 4),
                "timeline_rouge1_f": round(ours.rouge1_f, 4),
                "baseline_date_f1": round(base.f1, 4),
                "baseline_rouge1_f": round(base.rouge1_f, 4),
                "timeline_date_f1_first_half": round(halves[1].mean("ours").f1, 4),
                "timeline_date_f1_second_half": round(halves[2].mean("ours").f1, 4),
                "timeline_date_f1_own_length": round(auto_ours.f1, 4),
                "timeline_date_f1_own_length_first_half": round(auto_halves[1].mean("ours").f1, 4),
                "timeline_date_f1_own_length_second_half": round(auto_halves[2].mean("ours").f1, 4),
                "timeline_date_f1_pooled": round(pooled_ours.f1, 4),
                "baseline_date_f1_pooled": round(pooled_base.f1, 4),
                "baseline_date_f1_own_length": round(auto_base.f1, 4),
                "cited_share": stats["cited_share"],
                "topics_with_open_question": stats["topics_with_open_question"],
                "briefs": stats["briefs"],
                "max_brief_seconds": round(max(seconds), 3),
            }
        )
    )


def default_corpus(root: Path) -> Path:
    """shared/corpus/t17-dev in the repository root or the nearest folder above it that has one: /work/main and a
    worktree like /work/wt/name both find /work/shared. Exits with a message naming where it looked if none has."""
    for folder in (root, *root.parents):
        corpus = folder / "shared" / "corpus" / "t17-dev"
        if (corpus / "articles.jsonl").is_file():
            return corpus
    sys.exit(f"no shared/corpus/t17-dev in {root} or any folder above it; pass the corpus folder as an argument")


def _per_story(report: Report) -> str:
    """Mean date F1 of each story's instances (the part of the key before the underscore)."""
    per_story: dict[str, list[float]] = defaultdict(list)
    for key, systems in report.instances.items():
        per_story[key.split("_")[0]].append(systems["ours"].f1)
    return ", ".join(f"{s} {sum(v) / len(v):.3f}" for s, v in sorted(per_story.items()))


if __name__ == "__main__":
    main()
