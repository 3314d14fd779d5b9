"""Bench: group a 20,000-article stream with the product's `update_topics`, a day at a time.

The stream is synthesized from a labeled corpus (t17 by default): each synthetic story resamples
the articles of one real story, renames every capitalised name with a story-specific made-up
word and drops a share of sentences, so many concurrent stories share vocabulary but not names
(the hard case). A share of articles are one-off stories (their own names) that should stay
ungrouped. Stories start every half day and run for weeks, so the store keeps growing while the
number of live topics stays about constant: the time per article must stay flat.

    python bench/topics_bench.py [CORPUS.jsonl] [--articles 20000] [--seed 1]

Prints figures and ends with one JSON line. Targets: <= 60 s, peak RSS <= 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.config import Config, GroupingConfig, StorageConfig  # noqa: E402
from digest.store.db import open_db  # noqa: E402
from digest.topics.entities import NOT_NAMES  # noqa: E402
from digest.topics.evaluate import LabeledArticle, load_and_group, score  # noqa: E402
from digest.topics.features import STOPWORDS  # noqa: E402
from digest.topics.service import assignments  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "t17-dev" / "articles.jsonl"
OUTLETS = ["Wire A", "Daily B", "Herald C", "Times D", "Post E", "Radio F"]
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "tan",
    "vel",
    "do",
    "ri",
    "sa",
    "lun",
    "bor",
    "ez",
    "qui",
    "nal",
    "ta",
    "ve",
    "gor",
    "li",
    "pa",
    "shen",
    "mor",
]
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*")
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def made_up(word: str, seed: str) -> str:
    h = zlib.crc32(f"{seed}:{word.lower()}".encode())
    out = ""
    for _ in range(3 + h % 2):  # 20**3 + 20**4 made-up words: stories rarely share one
        out += SYLLABLES[h % len(SYLLABLES)]
        h //= len(SYLLABLES)
    return out.upper() if word.isupper() and len(word) > 1 else out.capitalize()


def rename(text: str, seed: str) -> str:
    def swap(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        return w if low in NOT_NAMES or low in STOPWORDS else made_up(w, seed)

    return _CAPITALISED.sub(swap, text)


def perturb(text: str, rng: random.Random, keep: float = 0.8) -> str:
    sentences = _SENTENCES.split(text[:6000])
    kept = [s for i, s in enumerate(sentences) if i == 0 or rng.random() < keep]
    return " ".join(kept)


def synthesize(corpus: Path, n: int, seed: int) -> list[LabeledArticle]:
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if len(r.get("text") or "") > 300]
    by_story: dict[str, list[dict]] = {}
    for r in rows:
        by_story.setdefault(r["story"], []).append(r)
    bases = sorted(by_story)
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    per_story, one_off_share = 90, 0.1
    stories = int(n * (1 - one_off_share) / per_story) + 1
    out: list[LabeledArticle] = []
    for k in range(stories):
        base = bases[k % len(bases)]
        first = start + timedelta(hours=12 * k)
        length = rng.uniform(20, 50)
        for _ in range(per_story):
            r = rng.choice(by_story[base])
            when = first + timedelta(days=min(rng.expovariate(3 / length), length))
            text = rename(perturb(r["text"], rng), f"s{k}")
            out.append(LabeledArticle(f"s{k}-{len(out)}", f"story-{k}", rng.choice(OUTLETS), when, "", text))
    span = (max(a.published for a in out) - start).total_seconds()
    while len(out) < n:
        r = rng.choice(rows)
        i = len(out)
        when = start + timedelta(seconds=rng.uniform(0, span))
        text = rename(perturb(r["text"], rng), f"one-off-{i}")
        out.append(LabeledArticle(f"o-{i}", f"one-off-{i}", rng.choice(OUTLETS), when, "", text))
    out = out[:n]
    out.sort(key=lambda a: (a.published, a.id))
    return out


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--assignments", type=Path, default=None, help="write article id -> topic here (JSON)")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (pass the path to t17-dev/articles.jsonl)")

    t0 = time.perf_counter()
    items = synthesize(args.corpus, args.articles, args.seed)
    print(f"synthesized {len(items)} articles in {time.perf_counter() - t0:.1f} s")

    segment = min(5000, max(1, args.articles // 2))  # a smaller run (a profile) compares its halves
    marks: list[tuple[int, float]] = []
    cpu_marks: list[tuple[int, float]] = []
    done = 0
    by_day: dict[str, int] = {}
    for a in items:
        key = a.published.date().isoformat()
        by_day[key] = by_day.get(key, 0) + 1

    with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        engine = open_db(url)
        config = Config(storage=StorageConfig(url=url), grouping=GroupingConfig())
        started = time.perf_counter()
        cpu_started = _cpu_seconds()

        def progress(day: str) -> None:
            nonlocal done
            done += by_day[day]
            marks.append((done, time.perf_counter() - started))
            cpu_marks.append((done, _cpu_seconds() - cpu_started))

        spent = load_and_group(engine, config, items, progress)
        total = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu_started
        predicted = assignments(engine)
        engine.dispose()
    if args.assignments:
        args.assignments.write_text(json.dumps(predicted, sort_keys=True, indent=0) + "\n", encoding="utf-8")

    def per_article(lo: int, hi: int, marks: list[tuple[int, float]] = marks) -> float:
        """Milliseconds per article between the lo-th and hi-th article (by day boundaries)."""
        before = max((m for m in marks if m[0] <= lo), default=(0, 0.0))
        after = min((m for m in marks if m[0] >= hi), default=marks[-1])
        return 1000 * (after[1] - before[1]) / max(1, after[0] - before[0])

    first = per_article(0, segment)
    last = per_article(len(items) - segment, len(items))
    cpu_first = per_article(0, segment, cpu_marks)
    cpu_last = per_article(len(items) - segment, len(items), cpu_marks)
    # The stream's tail thins (fewer articles a day over as many topics), so last/first mixes that in; the two middle
    # quarters arrive at a like pace and show what history alone costs.
    quarter = len(items) // 4
    cpu_q2 = per_article(quarter, 2 * quarter, cpu_marks)
    cpu_q3 = per_article(2 * quarter, 3 * quarter, cpu_marks)
    counts = [by_day[d] for d in sorted(by_day)]
    days_first = next(k + 1 for k in range(len(counts)) if sum(counts[: k + 1]) >= segment)
    days_last = next(len(counts) - k for k in range(len(counts)) if sum(counts[k:]) <= segment)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gold = {a.id: a.label for a in items}
    quality = score(gold, predicted)
    print(f"articles {len(items)}, days {len(by_day)}, grouped in {total:.1f} s (target <= 60)")
    print(f"  storing rows {spent['store']:.1f} s, update_topics {spent['group']:.1f} s")
    print(f"  CPU time (user + system) {cpu:.1f} s: what a shared machine does not inflate as it does the wall time")
    print(f"  time per article: first {segment} {first:.2f} ms, last {segment} {last:.2f} ms ({last / first:.2f}x)")
    print(
        f"  CPU per article: first {segment} {cpu_first:.2f} ms, last {segment} {cpu_last:.2f} ms"
        f" ({cpu_last / cpu_first:.2f}x)"
    )
    print(f"  CPU per article: second quarter {cpu_q2:.2f} ms, third quarter {cpu_q3:.2f} ms ({cpu_q3 / cpu_q2:.2f}x)")
    print(
        f"  the first {segment} arrive over {days_first} days ({segment / days_first:.0f} a day), the last over"
        f" {days_last} ({segment / days_last:.0f} a day): each day is compared with every live topic and candidate"
    )
    print(f"  peak RSS {peak_mib:.0f} MiB (target <= 1024)")
    print(
        f"  quality on the synthetic stream: pairwise F1 {quality.pairwise_f1:.3f}"
        f" (P {quality.pairwise_precision:.3f}, R {quality.pairwise_recall:.3f}),"
        f" BCubed F1 {quality.bcubed_f1:.3f}, topics {quality.predicted_groups}"
    )
    result = {
        "bench": "topics",
        "articles": len(items),
        "days": len(by_day),
        "seconds": round(total, 2),
        "update_topics_seconds": round(spent["group"], 2),
        "cpu_seconds": round(cpu, 2),
        "ms_per_article_first_5000": round(first, 3),
        "ms_per_article_last_5000": round(last, 3),
        "last_over_first": round(last / first, 3),
        "cpu_ms_per_article_first_5000": round(cpu_first, 3),
        "cpu_ms_per_article_last_5000": round(cpu_last, 3),
        "cpu_last_over_first": round(cpu_last / cpu_first, 3),
        "cpu_third_over_second_quarter": round(cpu_q3 / cpu_q2, 3),
        "days_first_5000": days_first,
        "days_last_5000": days_last,
        "peak_rss_mib": round(peak_mib, 1),
        "pairwise_f1": round(quality.pairwise_f1, 4),
        "bcubed_f1": round(quality.bcubed_f1, 4),
        "topics": quality.predicted_groups,
        "ok": total <= 60 and peak_mib <= 1024,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
