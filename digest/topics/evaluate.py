"""Clustering metrics for a grouped stream: pairwise and BCubed precision, recall and F1.

Articles without a group count as groups of one, so leaving everything ungrouped scores a
precision of 1 and a poor recall, never a free pass.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from digest.config import Config, GroupingConfig, StorageConfig
from digest.models import Article


@dataclass(frozen=True)
class Scores:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    articles: int
    gold_groups: int
    predicted_groups: int  # groups of two or more
    ungrouped: int

    def as_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Mapping[str, str], predicted: Mapping[str, str | None]) -> Scores:
    """Compare `predicted` (article id -> group or None) with `gold` (article id -> label)."""
    ids = list(gold)
    pred = {i: predicted.get(i) or f"\x00single:{i}" for i in ids}
    gold_sizes = Counter(gold[i] for i in ids)
    pred_sizes = Counter(pred[i] for i in ids)
    both = Counter((gold[i], pred[i]) for i in ids)

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    true_pairs = sum(pairs(n) for n in both.values())
    pred_pairs = sum(pairs(n) for n in pred_sizes.values())
    gold_pairs = sum(pairs(n) for n in gold_sizes.values())
    pp = true_pairs / pred_pairs if pred_pairs else 1.0
    pr = true_pairs / gold_pairs if gold_pairs else 1.0

    n = len(ids) or 1
    bp = sum(both[(gold[i], pred[i])] / pred_sizes[pred[i]] for i in ids) / n
    br = sum(both[(gold[i], pred[i])] / gold_sizes[gold[i]] for i in ids) / n
    return Scores(
        pairwise_precision=pp,
        pairwise_recall=pr,
        pairwise_f1=_f1(pp, pr),
        bcubed_precision=bp,
        bcubed_recall=br,
        bcubed_f1=_f1(bp, br),
        articles=len(ids),
        gold_groups=len(gold_sizes),
        predicted_groups=sum(1 for g, c in pred_sizes.items() if c > 1 and not g.startswith("\x00single:")),
        ungrouped=sum(1 for i in ids if not predicted.get(i)),
    )


@dataclass(frozen=True)
class StoryFragments:
    """How one labelled story is spread over topics: what a reader feels as "several topics"."""

    label: str
    articles: int
    topics: int  # distinct topics holding any of its articles
    largest_share: float  # share of its articles in its largest topic
    ungrouped: int  # its articles in no topic
    topics_per_week: float  # mean over the weeks it ran of the distinct topics its articles went to
    max_topics_per_week: int
    shared_topics: int = 0  # of its topics, those also holding another story's articles

    def as_dict(self) -> dict[str, float | int | str]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def fragmentation(
    gold: Mapping[str, str], predicted: Mapping[str, str | None], published: Mapping[str, datetime]
) -> list[StoryFragments]:
    """Per labelled story: topics it is spread over (and how many of them it shares with another story),
    the share kept in the largest one, articles in no topic, and topics per ISO week (weeks where it had
    grouped articles), largest story first."""
    by_story: dict[str, list[str]] = {}
    for i, label in gold.items():
        by_story.setdefault(label, []).append(i)
    labels_of: dict[str, set[str]] = {}
    for i, label in gold.items():
        if t := predicted.get(i):
            labels_of.setdefault(t, set()).add(label)
    out = []
    for label, ids in by_story.items():
        held = Counter(t for i in ids if (t := predicted.get(i)))
        weeks: dict[tuple[int, int], set[str]] = {}
        for i in ids:
            t = predicted.get(i)
            if t and i in published:
                iso = published[i].isocalendar()
                weeks.setdefault((iso[0], iso[1]), set()).add(t)
        per_week = [len(ts) for ts in weeks.values()]
        out.append(
            StoryFragments(
                label=label,
                articles=len(ids),
                topics=len(held),
                largest_share=max(held.values()) / len(ids) if held else 0.0,
                ungrouped=sum(1 for i in ids if not predicted.get(i)),
                topics_per_week=sum(per_week) / len(per_week) if per_week else 0.0,
                max_topics_per_week=max(per_week, default=0),
                shared_topics=sum(1 for t in held if len(labels_of[t]) > 1),
            )
        )
    return sorted(out, key=lambda f: (-f.articles, f.label))


# --- running the product's grouping on a labeled stream ------------------------------------------


class EvalInputError(ValueError):
    """The labeled file cannot be evaluated (missing fields, bad dates, no articles)."""


@dataclass(frozen=True)
class LabeledArticle:
    id: str
    label: str
    source: str
    published: datetime
    title: str
    text: str


def read_labeled(path: Path, label: str = "story") -> list[LabeledArticle]:
    """Read a JSONL file of {id, <label>, outlet|source, published, text[, title]} in date order."""
    out: list[LabeledArticle] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise EvalInputError(f"{path}:{n}: not a JSON object: {line.strip()[:60]}")
                article_id = str(row["id"])
                published = _parse_date(str(row["published"]))
                item = LabeledArticle(
                    id=article_id,
                    label=str(row[label]),
                    source=str(row.get("outlet") or row.get("source") or ""),
                    published=published,
                    title=str(row.get("title") or ""),
                    text=str(row.get("text") or ""),
                )
            except EvalInputError:
                raise
            except KeyError as exc:
                raise EvalInputError(
                    f"{path}:{n}: missing required field {exc} (need id, {label}, published)"
                ) from None
            except json.JSONDecodeError as exc:
                raise EvalInputError(f"{path}:{n}: not a JSON object: {exc}") from None
            except (TypeError, ValueError) as exc:
                raise EvalInputError(f"{path}:{n}: {type(exc).__name__}: {exc}") from None
            if article_id in seen:
                raise EvalInputError(f"{path}:{n}: duplicate id {article_id!r}")
            seen.add(article_id)
            out.append(item)
    if not out:
        raise EvalInputError(f"{path}: no articles")
    out.sort(key=lambda a: (a.published, a.id))
    return out


def _parse_date(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if len(value) <= 10:
        parsed = parsed.replace(hour=12)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def load_and_group(
    engine: Engine, config: Config, items: list[LabeledArticle], progress: Callable[[str], None] | None = None
) -> dict[str, float]:
    """Store the articles day by day and run `update_topics` after each day, as a daily scheduler
    would. Returns seconds spent: {"store": ..., "group": ...}."""
    from digest.store import articles as article_store
    from digest.topics import update_topics

    by_day: dict[str, list[LabeledArticle]] = {}
    for a in items:
        by_day.setdefault(a.published.date().isoformat(), []).append(a)
    spent = {"store": 0.0, "group": 0.0}
    for day in sorted(by_day):
        batch = by_day[day]
        end = max(a.published for a in batch).replace(hour=23, minute=59, second=0, microsecond=0)
        t0 = time.perf_counter()
        article_store.insert_new(
            engine,
            [
                Article(
                    id=a.id,
                    url=None,
                    title=a.title,
                    text=a.text,
                    source=a.source,
                    published=a.published,
                    first_seen=a.published,
                    extraction="import",
                )
                for a in batch
            ],
        )
        t1 = time.perf_counter()
        update_topics(engine, config, [a.id for a in batch], end)
        t2 = time.perf_counter()
        spent["store"] += t1 - t0
        spent["group"] += t2 - t1
        if progress:
            progress(day)
    return spent


@dataclass(frozen=True)
class Evaluation:
    scores: Scores
    stories: list[StoryFragments]
    spent: dict[str, float]


def evaluate_file(
    path: Path,
    label: str = "story",
    grouping: GroupingConfig | None = None,
    assignments_out: Path | None = None,
) -> Evaluation:
    """Load a labeled stream into a throwaway database, group it, score it, report fragmentation."""
    from digest.store.db import open_db
    from digest.topics.service import assignments

    items = read_labeled(path, label)
    with tempfile.TemporaryDirectory(prefix="digest-eval-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.sqlite'}"
        config = Config(storage=StorageConfig(url=url), grouping=grouping or GroupingConfig())
        engine = open_db(url)
        try:
            spent = load_and_group(engine, config, items)
            predicted = assignments(engine)
        finally:
            engine.dispose()
    if assignments_out is not None:
        with assignments_out.open("w", encoding="utf-8") as fh:
            for a in items:
                fh.write(json.dumps({"id": a.id, "topic": predicted.get(a.id)}) + "\n")
    gold = {a.id: a.label for a in items}
    published = {a.id: a.published for a in items}
    return Evaluation(score(gold, predicted), fragmentation(gold, predicted, published), spent)
