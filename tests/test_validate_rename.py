"""A topic renamed in feeds.yaml without `slug:` keeps its story: validate names the line, the run carries it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.config import load
from digest.models import Article
from digest.store import articles as article_store
from digest.store.db import open_db
from digest.topics import list_topics, update_topics

BEFORE = """\
version: 1
storage: {url: "sqlite:///./digest.sqlite"}
grouping: {discover: false}
topics:
  - name: Harbour tram
    include: [tram]
  - name: Ferries
    include: [ferry]
digests:
  - name: Weekly
    recipients: [reader@example.org]
"""


def _stored_topic(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(BEFORE)
    config = load(path)
    engine = open_db(config.database_url)
    when = datetime(2026, 11, 1, 12, tzinfo=UTC)
    articles = [
        Article(
            f"a{i}",
            None,
            f"Tram news {i}",
            f"The harbour tram line {i} opened to riders.",
            f"Outlet {i % 2}",
            when,
            when,
        )
        for i in range(4)
    ]
    article_store.upsert(engine, articles)
    update_topics(engine, config, [a.id for a in articles], when + timedelta(hours=1))
    engine.dispose()
    return path


def test_a_rename_without_slug_is_named_and_carried(tmp_path: Path) -> None:
    path = _stored_topic(tmp_path)
    path.write_text(
        BEFORE.replace("Harbour tram", "City tram line").replace("  - name: Ferries\n    include: [ferry]\n", "")
    )
    runner = CliRunner()

    result = runner.invoke(main, ["validate", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}:5: topics.0.name: 'City tram line' looks like a rename of 'Harbour tram'" in result.output
    assert "add `slug: harbour-tram` to this topic" in result.output
    assert "'Ferries' (slug ferries, 0 articles) is no longer in the file" in result.output

    result = runner.invoke(main, ["run", "--config", str(path), "--no-fetch", "--outbox", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "looks like a rename of 'Harbour tram'" in result.output  # the run's log says what it carried
    engine = open_db(load(path).database_url)
    topics = {t.slug: t for t in list_topics(engine)}
    engine.dispose()
    assert "city-tram-line" not in topics  # no second story at version 1
    assert topics["harbour-tram"].title == "City tram line"
    assert len(topics["harbour-tram"].members) == 4


def test_adding_the_slug_line_silences_the_warning(tmp_path: Path) -> None:
    path = _stored_topic(tmp_path)
    path.write_text(BEFORE.replace("name: Harbour tram", "name: City tram line\n    slug: harbour-tram"))
    result = CliRunner().invoke(main, ["validate", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
