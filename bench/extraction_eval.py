"""Extraction quality and speed: our extract stage against trafilatura alone, same settings.

    python bench/extraction_eval.py [CORPUS_DIR] [--limit N]

CORPUS_DIR (default ../shared/corpus/extraction) holds html/<id>.html.gz and ground-truth.json, the
Scrapinghub article-extraction-benchmark. Metric (the benchmark's): `\\w+` tokens, 4-gram shingles,
true/false positives and false negatives per document (as multisets), precision and recall averaged
over documents, F1 from those averages. "Ours" is the ingestion stage as it runs: page bytes through
the worker-process pool (`digest.extract.WorkerPool`, `extract_html`). "trafilatura alone" is
`trafilatura.extract` in this process with the same settings (`TRAFILATURA_SETTINGS`).
Speed: pages per second through the pool with 1 and with 2 workers. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.extract import TRAFILATURA_SETTINGS, WorkerPool  # noqa: E402

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 0)))


def precision_recall(truth: str, predicted: str) -> tuple[float, float]:
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    precision = tp / (tp + fp) if tp + fp else (1.0 if not t else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    pairs = [precision_recall(truth[i], predicted.get(i, "")) for i in truth]
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


async def through_pool(pages: dict[str, tuple[bytes, str]], workers: int, timeout: float) -> tuple[dict, float, int]:
    out: dict[str, str] = {}
    failures = 0
    async with WorkerPool(workers) as pool:
        await pool.run("extract", (b"<html><body><p>warm up</p></body></html>", None), 120)  # start-up excluded
        await asyncio.gather(*(pool.run("extract", (b"<p>warm</p>", None), 120) for _ in range(workers)))
        started = time.perf_counter()

        async def one(page_id: str) -> None:
            nonlocal failures
            body, url = pages[page_id]
            try:
                result = await pool.run("extract", (body, url), timeout)
            except Exception:
                failures += 1
                return
            out[page_id] = result.text if result else ""

        await asyncio.gather(*(one(i) for i in pages))
        elapsed = time.perf_counter() - started
    return out, elapsed, failures


def _burn(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - started


def effective_cores() -> float:
    """How many cores this machine gives us right now (2 on an idle 2-core box): the ceiling on speed-up."""
    import multiprocessing

    one = _burn(0)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_burn, [0, 1])
        two = time.perf_counter() - started
    return 2 * one / two


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus" / "extraction"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()

    corpus = Path(args.corpus)
    truth_raw = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth_raw)[: args.limit or None]
    pages = {
        i: (gzip.decompress((corpus / "html" / f"{i}.html.gz").read_bytes()), truth_raw[i].get("url")) for i in ids
    }
    truth = {i: truth_raw[i].get("articleBody") or "" for i in ids}

    import trafilatura

    started = time.perf_counter()
    alone = {
        i: trafilatura.extract(body.decode("utf-8", "replace"), url=url, **TRAFILATURA_SETTINGS) or ""
        for i, (body, url) in pages.items()
    }
    alone_s = time.perf_counter() - started

    cores = effective_cores()
    ours1, one_s, fail1 = asyncio.run(through_pool(pages, 1, args.timeout))
    ours2, two_s, fail2 = asyncio.run(through_pool(pages, 2, args.timeout))

    s_alone, s_ours = score(truth, alone), score(truth, ours2)
    n = len(pages)
    print(f"{n} pages from {corpus}")
    print(f"trafilatura alone: P {s_alone['precision']:.4f} R {s_alone['recall']:.4f} F1 {s_alone['f1']:.4f}")
    print(f"our extract stage: P {s_ours['precision']:.4f} R {s_ours['recall']:.4f} F1 {s_ours['f1']:.4f}")
    print(f"trafilatura alone in-process: {n / alone_s:.1f} pages/s")
    print(f"pool, 1 worker: {n / one_s:.1f} pages/s; 2 workers: {n / two_s:.1f} pages/s; speed-up {one_s / two_s:.2f}x")
    print(f"effective cores available during the run (2 on an idle 2-core machine): {cores:.2f}")
    print(f"worker failures (time-outs, crashes): {fail1} with 1 worker, {fail2} with 2")
    print(
        json.dumps(
            {
                "bench": "extraction",
                "pages": n,
                "trafilatura_alone": s_alone,
                "ours": s_ours,
                "ours_1_worker_identical": ours1 == ours2,
                "pages_per_s_alone": round(n / alone_s, 2),
                "pages_per_s_1_worker": round(n / one_s, 2),
                "pages_per_s_2_workers": round(n / two_s, 2),
                "speedup_2_vs_1": round(one_s / two_s, 3),
                "effective_cores": round(cores, 2),
                "failures": fail1 + fail2,
            }
        )
    )


if __name__ == "__main__":
    main()
