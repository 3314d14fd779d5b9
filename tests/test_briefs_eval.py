"""`digest eval timeline` on a small subset of T17 (haiti, BBC) copied into tests/data/briefs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from digest.briefs.evaluate import rouge1_f, score
from digest.cli import main

DATA = Path(__file__).parent / "data" / "briefs"


def test_eval_timeline_cli(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["eval", "timeline", str(DATA / "articles.jsonl"), str(DATA / "timelines.json"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["instances"] == 1
    assert 0.0 <= figures["date_f1"] <= 1.0 and 0.0 <= figures["baseline_date_f1"] <= 1.0
    assert "baseline" in result.output
    built = json.loads((out / "timelines-ours.json").read_text())
    reference = json.loads((DATA / "timelines.json").read_text())["haiti_bbc"][0]
    assert len(built["haiti_bbc"][0]) <= len({e["date"] for e in reference})


def test_eval_timeline_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    result = CliRunner().invoke(main, ["eval", "timeline", str(bad), str(DATA / "timelines.json")])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_scores() -> None:
    from datetime import date

    ref = [(date(2010, 1, 12), "An earthquake hit Haiti"), (date(2010, 1, 13), "Aid arrives")]
    got = score([(date(2010, 1, 12), "An earthquake hit Haiti"), (date(2010, 1, 20), "x")], ref)
    assert (got.precision, got.recall, got.f1) == (0.5, 0.5, 0.5)
    assert got.rouge1_f == 1.0
    assert rouge1_f("a b", "c d") == 0.0


def test_pooled_evaluation_gathers_a_storys_outlets_into_one_instance(tmp_path: Path) -> None:
    from digest.briefs.evaluate import evaluate

    rows = [json.loads(line) for line in (DATA / "articles.jsonl").read_text().splitlines() if line.strip()]
    for i, row in enumerate(rows):
        row["outlet"] = "bbc" if i % 2 else "wire"  # the same story told by two outlets
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    reference = json.loads((DATA / "timelines.json").read_text())["haiti_bbc"]
    timelines = tmp_path / "timelines.json"
    timelines.write_text(json.dumps({"haiti_bbc": reference, "haiti_wire": reference}))
    per_outlet = evaluate(articles, timelines)
    pooled = evaluate(articles, timelines, pooled=True)
    assert sorted(per_outlet.instances) == ["haiti_bbc", "haiti_wire"]
    assert list(pooled.instances) == ["haiti"]
    assert 0.0 < pooled.mean("ours").f1 <= 1.0


def test_eval_timeline_cli_pooled() -> None:
    result = CliRunner().invoke(
        main, ["eval", "timeline", str(DATA / "articles.jsonl"), str(DATA / "timelines.json"), "--pooled"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["pooled"] is True and figures["instances"] == 1
    assert "haiti: ours date F1" in result.output  # the story, not the story_outlet instance


def test_briefs_bench_finds_the_corpus_above_a_worktree(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("briefs_eval", Path(__file__).parents[1] / "bench" / "briefs_eval.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    corpus = tmp_path / "shared" / "corpus" / "t17-dev"
    corpus.mkdir(parents=True)
    (corpus / "articles.jsonl").write_text("")
    worktree = tmp_path / "wt" / "branch"
    worktree.mkdir(parents=True)
    assert bench.default_corpus(worktree) == corpus
