"""`digest run` exit codes that cron and systemd can act on: each reason for sending nothing has its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from digest.cli import main
from digest.config import load
from digest.models import Article
from digest.store import articles as article_store
from digest.store.db import open_db

CONFIG = """\
version: 1
storage: {url: "sqlite:///./digest.sqlite"}
grouping: {discover: false}
topics:
  - name: Harbour tram
    include: [tram]
digests:
  - name: Weekly
"""
SMTP = """\
delivery:
  method: smtp
  from: digest@example.org
  smtp: {host: 127.0.0.1, port: 2525, user: digest, password_env: DIGEST_TEST_NO_SUCH_VARIABLE}
"""


def _with_news(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    engine = open_db(load(path).database_url)
    when = datetime.now(UTC) - timedelta(hours=2)
    article_store.upsert(
        engine,
        [
            Article(f"a{i}", None, f"Tram {i}", f"The harbour tram line {i} opened on Monday.", f"O{i}", when, when)
            for i in range(3)
        ],
    )
    engine.dispose()
    return path


def run(path: Path, *extra: str):
    return CliRunner().invoke(main, ["run", "--config", str(path), "--no-fetch", *extra])


def test_an_unset_smtp_password_variable_exits_5_before_anything_is_sent(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("DIGEST_TEST_NO_SUCH_VARIABLE", raising=False)
    path = _with_news(tmp_path, CONFIG + "    recipients: [reader@example.org]\n" + SMTP)
    result = run(path)
    assert result.exit_code == 5, result.output
    assert "not sent:" in result.output and ":13: delivery.smtp.password_env" in result.output
    assert "DIGEST_TEST_NO_SUCH_VARIABLE is not set" in result.output
    assert "Traceback" not in result.output


def test_no_recipients_exits_5(tmp_path: Path) -> None:
    result = run(_with_news(tmp_path, CONFIG), "--outbox", str(tmp_path / "out"))
    assert result.exit_code == 5, result.output
    assert "nothing sent (no recipients" in result.output


def test_a_sent_issue_exits_0_and_a_bad_file_exits_1(tmp_path: Path) -> None:
    path = _with_news(tmp_path, CONFIG + "    recipients: [reader@example.org]\n")
    result = run(path, "--outbox", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "sent 1" in result.output
    path.write_text(CONFIG + "    recipients: reader@example.org\n")
    result = run(path)
    assert result.exit_code == 1 and ":9: digests.0.recipients: write a list" in result.output
