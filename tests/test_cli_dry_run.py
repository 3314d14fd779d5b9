"""A dry run previews the next issue and leaves no trace that issue can see; its files go to ./preview."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.pipeline import run_digest
from digest.store import open_db
from digest.topics import get_topic, get_versions
from tests.test_pipeline_runs import T0, _signing_secret, add, make_config, outbox_texts  # noqa: F401 (autouse fixture)


def test_dry_run_then_run_sends_what_the_preview_showed(tmp_path: Path, monkeypatch, add) -> None:  # noqa: F811
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIGEST_SECRET", "a-test-secret-of-32-characters!!")
    cfg = make_config(tmp_path)
    eng = open_db(cfg.database_url)
    add(eng, "oil spill", T0)
    runner = CliRunner()
    first = runner.invoke(main, ["run", "--config", str(cfg.path), "--no-fetch"])
    assert first.exit_code == 0 and "sent 1" in first.output, first.output
    add(eng, "oil spill", T0 + timedelta(minutes=10))
    title_before = get_topic(eng, "oil-spill").title

    dry = runner.invoke(main, ["run", "--config", str(cfg.path), "--no-fetch", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "A #2: 1 topic updated" in dry.output
    previews = sorted((tmp_path / "preview").glob("*.txt"))
    assert previews, dry.output
    assert len(outbox_texts(cfg)["a@example.org"]) == 1  # nothing went to the outbox
    assert [v.number for v in get_versions(eng, "oil-spill")] == [1]  # no version cut
    assert get_topic(eng, "oil-spill").title == title_before

    real = runner.invoke(main, ["run", "--config", str(cfg.path), "--no-fetch"])
    assert real.exit_code == 0 and "A #2: 1 topic updated" in real.output, real.output
    assert [v.number for v in get_versions(eng, "oil-spill")] == [1, 2]
    _, sent_text = outbox_texts(cfg)["a@example.org"][-1]
    preview_text = previews[0].read_text()
    assert "Oil spill (v2)" in sent_text and "Oil spill (v2)" in preview_text  # the preview showed this issue
    assert "version 1" in sent_text  # "what changed" measured from the version readers received
    eng.dispose()


def test_the_row_by_row_scratch_copy_keeps_every_table(tmp_path: Path, add) -> None:  # noqa: F811
    """The PostgreSQL path of the scratch copy (row by row through the shared metadata), run SQLite to SQLite."""
    from sqlalchemy import func, select

    from digest.store import metadata
    from digest.store.scratch import _copy_rows

    cfg = make_config(tmp_path)
    source = open_db(cfg.database_url)
    add(source, "oil spill", T0)
    run_digest(cfg, "A", T0 + timedelta(minutes=1), fetch=False, engine=source)
    target = open_db(f"sqlite:///{tmp_path / 'copy.sqlite'}")
    _copy_rows(source, target)
    with source.connect() as a, target.connect() as b:
        for table in metadata.sorted_tables:
            count = select(func.count()).select_from(table)
            assert a.execute(count).scalar() == b.execute(count).scalar(), table.name
    assert [v.number for v in get_versions(target, "oil-spill")] == [1]
    source.dispose()
    target.dispose()
