"""Extraction quality and speed: our extract stage against trafilatura alone, same settings.

    python bench/extraction_eval.py [CORPUS_DIR] [--limit N]

CORPUS_DIR (default ../shared/corpus/extraction) holds html/<id>.html.gz and ground-truth.json, the
Scrapinghub article-extraction-benchmark. Metric (the benchmark's): `\\w+` tokens, 4-gram shingles,
true/false positives and false negatives per document (as multisets), precision and recall averaged
over documents, F1 from those averages. "Ours" is the ingestion stage as it runs: page bytes through
the worker-process pool (`digest.ingest.pool.WorkerPool`, `extract_html`). "trafilatura alone" is
`trafilatura.extract` in this process with the same settings (`TRAFILATURA_SETTINGS`).
Speed: pages per second through the pool with 1 and with 2 workers, measured in alternating rounds
(1, 2, 1, 2, ...) so a change in the machine's load hits both alike; the best round of each counts.
Each round also records the CPU seconds its workers used: CPU per page, and the cores the workers
actually got (worker CPU / wall). On a shared machine a speed-up below 2x is explained by those
figures: 2 workers cannot go faster than the cores they were given. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.ingest.extract import TRAFILATURA_SETTINGS  # noqa: E402
from digest.ingest.pool import WorkerPool  # noqa: E402

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


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def through_pool(pages: dict[str, tuple[bytes, str]], workers: int, timeout: float) -> dict:
    """One pass through a fresh pool, timed after its workers have started; the workers' CPU seconds
    over the same window come from /proc (start-up excluded)."""
    out: dict[str, str] = {}
    failures = 0
    async with WorkerPool(workers) as pool:
        await pool.warm()
        await asyncio.gather(*(pool.run("extract", (b"<p>warm</p>", None), 120) for _ in range(workers)))
        pids = [slot.proc.pid for slot in pool._slots if slot.proc is not None]
        cpu_before = sum(proc_cpu(pid) for pid in pids)
        main_before = time.process_time()
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
        main_cpu = time.process_time() - main_before
        alive = [slot.proc.pid for slot in pool._slots if slot.proc is not None and slot.proc.pid in pids]
        worker_cpu = sum(proc_cpu(pid) for pid in alive) - cpu_before  # a replaced worker's CPU is lost
    return {
        "out": out,
        "seconds": elapsed,
        "failures": failures,
        "worker_cpu": worker_cpu,
        "main_cpu": main_cpu,
        "cores_used": worker_cpu / elapsed,
    }


def timed_round(pages: dict[str, tuple[bytes, str]], workers: int, timeout: float) -> dict:
    return asyncio.run(through_pool(pages, workers, timeout))


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
    parser.add_argument("--rounds", type=int, default=2, help="alternating 1-worker / 2-worker rounds")
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

    load_before = os.getloadavg()[0]
    cores = effective_cores()
    rounds: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(max(args.rounds, 1)):
        for workers in (1, 2):
            rounds[workers].append(timed_round(pages, workers, args.timeout))
    best1 = min(rounds[1], key=lambda r: r["seconds"])
    best2 = min(rounds[2], key=lambda r: r["seconds"])
    ours1, one_s, fail1 = best1["out"], best1["seconds"], sum(r["failures"] for r in rounds[1])
    ours2, two_s, fail2 = best2["out"], best2["seconds"], sum(r["failures"] for r in rounds[2])
    load_after = os.getloadavg()[0]

    s_alone, s_ours = score(truth, alone), score(truth, ours2)
    n = len(pages)
    print(f"{n} pages from {corpus}")
    print(f"trafilatura alone: P {s_alone['precision']:.4f} R {s_alone['recall']:.4f} F1 {s_alone['f1']:.4f}")
    print(f"our extract stage: P {s_ours['precision']:.4f} R {s_ours['recall']:.4f} F1 {s_ours['f1']:.4f}")
    print(f"trafilatura alone in-process: {n / alone_s:.1f} pages/s")
    print(f"pool, 1 worker: {n / one_s:.1f} pages/s; 2 workers: {n / two_s:.1f} pages/s; speed-up {one_s / two_s:.2f}x")
    for workers, best in ((1, best1), (2, best2)):
        shown = ", ".join(f"{n / r['seconds']:.1f}" for r in rounds[workers])
        print(
            f"  {workers} worker(s): rounds {shown} pages/s; best round: worker CPU {best['worker_cpu']:.1f} s "
            f"({1000 * best['worker_cpu'] / n:.1f} ms/page), cores the workers got "
            f"{best['cores_used']:.2f}, main process CPU {1000 * best['main_cpu'] / n:.2f} ms/page"
        )
    median1 = statistics.median(r["seconds"] for r in rounds[1])
    median2 = statistics.median(r["seconds"] for r in rounds[2])
    print(f"  speed-up from the median rounds instead of the best: {median1 / median2:.2f}x")
    ceiling = best2["cores_used"] / max(best1["cores_used"], 1e-9)
    cpu_ratio = best1["worker_cpu"] / max(best2["worker_cpu"], 1e-9)
    print(
        f"  speed-up ceiling from the cores the workers got: {best2['cores_used']:.2f} / {best1['cores_used']:.2f} "
        f"= {ceiling:.2f}x; measured {one_s / two_s:.2f}x"
    )
    print(
        f"  = cores ratio {ceiling:.2f} x CPU-per-page ratio {cpu_ratio:.2f} (1 worker's ms/page over 2 workers'; "
        f"below 1 when the two busy cores each do less work) = {ceiling * cpu_ratio:.2f}x"
    )
    print(f"effective cores available during the run (2 on an idle 2-core machine): {cores:.2f}")
    print(f"load average: {load_before:.2f} before, {load_after:.2f} after ({os.cpu_count()} cores)")
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
                "speedup_2_vs_1_median": round(median1 / median2, 3),
                "effective_cores": round(cores, 2),
                "cores_used_1_worker": round(best1["cores_used"], 2),
                "cores_used_2_workers": round(best2["cores_used"], 2),
                "speedup_ceiling_from_cores": round(ceiling, 3),
                "cpu_per_page_ratio_1_vs_2": round(cpu_ratio, 3),
                "worker_cpu_ms_per_page": round(1000 * best1["worker_cpu"] / n, 2),
                "load_before": round(load_before, 2),
                "load_after": round(load_after, 2),
                "failures": fail1 + fail2,
            }
        )
    )


if __name__ == "__main__":
    main()
