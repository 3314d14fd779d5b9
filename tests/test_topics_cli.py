"""`digest topics`, `digest topic …` and `digest eval topics` through click's runner."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.config import load
from digest.models import Article
from digest.store import articles as article_store
from digest.store.db import open_db
from digest.topics import update_topics

DATA = Path(__file__).parent / "data" / "topics"


def _setup(tmp_path: Path) -> Path:
    config_path = tmp_path / "feeds.yaml"
    config_path.write_text("version: 1\nstorage:\n  url: sqlite:///./digest.sqlite\n")
    config = load(config_path)
    engine = open_db(config.database_url)
    rows = [json.loads(line) for line in (DATA / "stream.jsonl").read_text().splitlines()]
    for day in sorted({r["published"] for r in rows}):
        batch = []
        for r in rows:
            if r["published"] == day:
                when = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)
                batch.append(Article(r["id"], None, "", r["text"], r["outlet"], when, when))
        article_store.upsert(engine, batch)
        update_topics(engine, config, [a.id for a in batch], datetime.fromisoformat(day).replace(hour=23, tzinfo=UTC))
    engine.dispose()
    return config_path


def test_topics_table_json_and_editor_commands(tmp_path: Path) -> None:
    config_path = _setup(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["topics", "--config", str(config_path), "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert len(items) == 3
    for item in items:
        assert {"slug", "title", "kind", "status", "article_ids", "versions", "brief"} <= set(item)
        assert item["kind"] == "discovered" and item["brief"] is None and item["versions"]
    slug = next(i["slug"] for i in items if "kenya-0" in i["article_ids"])
    other = next(i["slug"] for i in items if "tanzania-0" in i["article_ids"])
    versions_before = {i["slug"]: len(i["versions"]) for i in items}

    result = runner.invoke(main, ["topic", "rename", "--config", str(config_path), slug, "Floods in Kenya"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["topic", "pin", "--config", str(config_path), slug]).exit_code == 0
    table = runner.invoke(main, ["topics", "--config", str(config_path)])
    assert table.exit_code == 0 and "Floods in Kenya" in table.output
    assert table.output.splitlines()[1].startswith(slug)  # pinned first

    result = runner.invoke(main, ["topic", "merge", "--config", str(config_path), other, slug])
    assert result.exit_code == 0 and "merged into" in result.output
    items = {
        i["slug"]: i for i in json.loads(runner.invoke(main, ["topics", "--config", str(config_path), "--json"]).output)
    }
    assert items[other]["status"] == "merged" and len(items[other]["versions"]) == versions_before[other]
    assert len(items[slug]["versions"]) == versions_before[slug] + 1 and "tanzania-0" in items[slug]["article_ids"]

    result = runner.invoke(main, ["topic", "mute", "--config", str(config_path), "no-such-topic"])
    assert result.exit_code == 1 and "no topic" in result.output


def test_bad_config_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("version: 1\nstorag: {}\n")
    result = CliRunner().invoke(main, ["topics", "--config", str(bad)])
    assert result.exit_code == 1 and "storag" in result.output


def test_eval_topics_prints_scores_and_assignments(tmp_path: Path) -> None:
    out = tmp_path / "assignments.jsonl"
    result = CliRunner().invoke(
        main, ["eval", "topics", str(DATA / "stream.jsonl"), "--assignments", str(out), "--min-sources", "2"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["pairwise_f1"] == 1.0 and figures["bcubed_f1"] == 1.0
    # Fragmentation per labelled story: each story whole, in one topic a week.
    assert "per story" in result.output
    stories = {f["label"]: f for f in figures["stories"]}
    assert set(stories) == {"chile", "kenya", "tanzania"}
    assert all(f["topics"] == 1 and f["largest_share"] == 1.0 and f["ungrouped"] == 0 for f in stories.values())
    assert all(f["max_topics_per_week"] == 1 for f in stories.values())
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 14 and all(set(x) == {"id", "topic"} for x in lines)


def test_eval_topics_rejects_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "published": "2024-01-01", "text": "x"}\n')
    result = CliRunner().invoke(main, ["eval", "topics", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:1" in result.output
    assert "missing required field 'story'" in result.output

    for text, message in (
        ('{"id": "a", "story": "s", "published": "2024-01-01", "text": "x"}\nnot json\n', "bad.jsonl:2: not a JSON"),
        ('["a"]\n', "bad.jsonl:1: not a JSON object"),
    ):
        bad.write_text(text)
        result = CliRunner().invoke(main, ["eval", "topics", str(bad)])
        assert result.exit_code == 1 and message in result.output, result.output
