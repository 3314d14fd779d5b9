"""The extraction worker pool: time limits, dead workers replaced, results intact; dedup linking."""

from __future__ import annotations

import asyncio

import pytest

from digest.ingest import dedup
from digest.ingest.extract import choose_text
from digest.ingest.pool import WorkerPool, WorkerTimeout
from tests.data.ingest.site import page_html


def test_pool_times_out_then_recovers_and_replaces_dead_workers() -> None:
    huge = page_html("Huge", "word " * 50, paragraphs=20000).encode()
    small = page_html("Small", "A normal page.").encode()

    async def scenario() -> None:
        async with WorkerPool(1) as pool:
            with pytest.raises(WorkerTimeout):
                await pool.run("extract", (huge, "http://example.org/huge"), 0.2)
            first = await pool.run("extract", (small, "http://example.org/small"), 30)
            assert first is not None and "independent testing" in first.text and first.signature
            slot = pool._slots[0]
            assert slot.proc is not None
            slot.proc.kill()  # a worker that died between tasks is replaced transparently
            slot.proc.wait()
            again = await pool.run("extract", (small, "http://example.org/small"), 30)
            assert again is not None and again.text == first.text

    asyncio.run(scenario())


def test_choose_text_prefers_extraction_unless_it_is_a_stub() -> None:
    from digest.ingest.extract import Extracted

    assert choose_text(None, "feed text") == ("feed text", False)
    assert choose_text(Extracted(text="Subscribe to read."), "A much longer feed summary " * 20)[1] is False
    assert choose_text(Extracted(text="x" * 500), "short") == ("x" * 500, True)


def test_dedup_links_to_the_earliest_and_follows_canonical_chains() -> None:
    base = " ".join(f"sentence {i} about the treaty talks in city {i % 7} with delegate {i * 3}" for i in range(40))
    a, b, c = base, base + " extra closing line", "completely different text " * 40 + base[:100]
    sa, sb, sc = (dedup.signature(t) for t in (a, b, c))
    assert sa is not None and sb is not None and sc is not None
    assert dedup.similarity(sa, sb) > 0.8 and dedup.similarity(sa, sc) < 0.5
    assert dedup.link([("old", sa, None)], [("new", sb), ("other", sc)]) == {"new": "old"}
    # "old" is itself a duplicate of "root": new articles link straight to the root
    assert dedup.link([("root", sa, None), ("old", sa, "root")], [("new", sb)]) == {"new": "root"}
    assert dedup.signature("too short to judge") is None
    assert dedup.from_bytes(dedup.to_bytes(sa)).tolist() == sa.tolist()


def test_extraction_quality_on_a_corpus_sample() -> None:
    """Our stage scores like trafilatura alone on a few benchmark pages (the full run is in bench/)."""
    import gzip
    import json
    import sys
    from pathlib import Path

    import trafilatura

    from digest.ingest.extract import TRAFILATURA_SETTINGS, extract_html

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from extraction_eval import score

    folder = Path(__file__).parent / "data" / "ingest" / "extraction"
    truth = {k: v["articleBody"] for k, v in json.loads((folder / "ground-truth.json").read_text()).items()}
    pages = {k: gzip.decompress((folder / "html" / f"{k}.html.gz").read_bytes()) for k in truth}
    ours = {}
    for k, body in pages.items():
        result = extract_html(body, None)
        ours[k] = result.text if result else ""
    alone = {k: trafilatura.extract(b.decode(), **TRAFILATURA_SETTINGS) or "" for k, b in pages.items()}
    assert score(truth, ours)["f1"] >= score(truth, alone)["f1"] - 1e-9
    assert score(truth, ours)["f1"] > 0.8
