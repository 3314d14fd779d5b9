"""`digest run` with a Maildir newsletter and a topic search on localhost: both reach the issue's sources."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from newsletter_samples import issue
from pytest_httpserver import HTTPServer
from test_sources_search import QUERY, rss, serve_stories

from digest.cli import main

NOW = datetime.now(UTC)


def test_a_dry_run_lists_the_newsletter_and_the_search_results_as_sources(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/rss", query_string={"q": QUERY}).respond_with_data(
        rss(httpserver, 3), content_type="application/rss+xml"
    )
    serve_stories(httpserver, 3)
    box = mailbox.Maildir(tmp_path / "Mail", create=True)
    for n in (1, 2):
        box.add(mailbox.MaildirMessage(issue(n, NOW - timedelta(days=n))))
    config = tmp_path / "feeds.yaml"
    config.write_text(
        f"""version: 1
storage: {{url: "sqlite:///{tmp_path / "db.sqlite"}"}}
network: {{allow_private: ["127.0.0.1/32", "::1/128"], extract_workers: 1}}
topics:
  - name: US–China AI safety talks
    include: [AI safety protocol]
    search: true
search:
  feeds:
    - {{name: news, url: "{httpserver.url_for("/rss")}?q={{query}}"}}
newsletters:
  - {{name: Neuron inbox, maildir: ./Mail}}
digests:
  - {{name: Weekly, recipients: [reader@example.org]}}
"""
    )
    result = CliRunner().invoke(main, ["run", "--config", str(config), "--dry-run", "--outbox", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = " ".join(next((tmp_path / "out").glob("*.txt")).read_text().split())
    sources = text.split("Sources", 1)[1]
    assert "— The Neuron," in sources and "https://theneuron.example/p/issue-" in sources
    assert "— Outlet 1 · search: US–China AI safety talks" in sources
