"""End to end: sample feeds on a localhost server → a digest received by a real SMTP server."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import httpx
import pytest
import yaml
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from digest import config as config_module
from digest.cli import main
from digest.demo import WAVE_TIMES, SampleSite, demo_config
from digest.pipeline import run_digest


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def write_config(site: SampleSite, tmp_path: Path, **changes) -> config_module.Config:
    data = demo_config(site, tmp_path)
    data["web"] = {"secret_env": "DIGEST_SECRET"}
    for key, value in changes.items():
        data[key] = value
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return config_module.load(path)


def test_digest_delivered_over_smtp(tmp_path, smtp_server):
    inbox, port = smtp_server
    with SampleSite() as site:
        config = write_config(
            site,
            tmp_path,
            delivery={
                "method": "smtp",
                "from": "Gulf spill watch <digest@example.org>",
                "smtp": {"host": "127.0.0.1", "port": port, "starttls": False},
            },
        )
        summary = run_digest(config, None, WAVE_TIMES[1])
        assert summary.sent == 2, summary.line()
        assert summary.topics_updated >= 1

        recipients = sorted(r for _, rcpts, _ in inbox.messages for r in rcpts)
        assert recipients == ["editor@example.org", "reader@example.org"]
        raw = next(data for _, rcpts, data in inbox.messages if rcpts == ["reader@example.org"])
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert message.get_content_type() == "multipart/alternative"
        html = message.get_body(preferencelist=("html",)).get_content()
        text = message.get_body(preferencelist=("plain",)).get_content()
        assert "Deepwater Horizon oil spill" in html and "Deepwater Horizon oil spill" in text

        cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        assert cited, "the brief cites its sources"
        links = re.findall(r'href="(http://127\.0\.0\.1:\d+/pages/[^"]+)"', html)
        assert links, "sources link to the original pages"
        for link in sorted(set(links))[:5]:
            assert httpx.get(link).status_code == 200

        # Nothing new: the next run sends nothing and says so.
        again = run_digest(config, None, WAVE_TIMES[1])
        assert again.sent == 0 and again.skipped
        assert len(inbox.messages) == 2


def test_demo_command_writes_eml_html_and_txt(tmp_path):
    result = CliRunner().invoke(main, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    paths = [Path(p) for p in result.output.split() if p.endswith((".eml", ".html", ".txt"))]
    assert {p.suffix for p in paths} == {".eml", ".html", ".txt"}
    html = next(p for p in paths if p.suffix == ".html").read_bytes()
    assert len(html) < 102 * 1024, "Gmail clips above 102 KB"
    text = next(p for p in paths if p.suffix == ".txt").read_text()
    assert re.search(r"\[\d+\]", text)
    assert "version 2" in text.lower() or "v2" in text.lower()


def test_dry_run_writes_outbox_and_records_nothing(tmp_path):
    with SampleSite() as site:
        config = write_config(site, tmp_path)
        result = CliRunner().invoke(
            main, ["run", "--config", str(config.path), "--dry-run", "--outbox", str(tmp_path / "preview")]
        )
        assert result.exit_code == 0, result.output
        written = sorted((tmp_path / "preview").glob("*.eml"))
        assert written, result.output
        # The dry run recorded no issue: a real run afterwards still sends issue 1.
        summary = run_digest(config, None, datetime(2010, 6, 7, 19, tzinfo=UTC))
        assert summary.issue_number == 1 and summary.sent == 2


def test_articles_fetched_separately_are_grouped_by_the_next_run(tmp_path):
    from digest.ingest import ingest
    from digest.store import open_db

    with SampleSite() as site:
        config = write_config(site, tmp_path)
        engine = open_db(config.database_url)
        assert len(ingest(config, engine, now=WAVE_TIMES[1]).new_ids) == 30  # `digest fetch`
        summary = run_digest(config, None, WAVE_TIMES[1], fetch=False, engine=engine)
        assert summary.issue_number == 1 and summary.topics_updated >= 1, summary.line()


def test_subscribers_get_only_the_topics_they_chose(tmp_path):
    from digest.deliver import subscribers
    from digest.store import open_db
    from digest.topics import list_topics

    with SampleSite() as site:
        config = write_config(
            site,
            tmp_path,
            topics=[
                {"name": "Deepwater Horizon oil spill", "include": ["Deepwater Horizon", "oil spill"]},
                {"name": "BP shares and dividend", "include": ["BP shares", "dividend", "share price"]},
                {"name": "Volcanic ash over Europe", "include": ["Eyjafjallajokull", "volcanic ash"]},
            ],
        )
        engine = open_db(config.database_url)
        for email in ("spill@example.org", "ash@example.org"):
            sub = subscribers.subscribe(engine, email, now=WAVE_TIMES[1])
            subscribers.confirm(engine, sub.id, now=WAVE_TIMES[1])
        summary = run_digest(config, None, WAVE_TIMES[1], engine=engine)
        topics = {t.title: t.slug for t in list_topics(engine)}
        assert summary.topics_updated >= 2, summary.line()

        # Choices saved on the preferences page apply to the next issue.
        spill = subscribers.by_email(engine, "spill@example.org")
        ash = subscribers.by_email(engine, "ash@example.org")
        subscribers.set_preferences(engine, spill.id, digests="all", topics=[topics["Deepwater Horizon oil spill"]])
        subscribers.set_preferences(engine, ash.id, digests="all", topics=[topics["Volcanic ash over Europe"]])
        site.wave = 2
        summary = run_digest(config, None, WAVE_TIMES[2], engine=engine)
        assert summary.issue_number == 2, summary.line()

    outbox = sorted(config.outbox_dir.rglob("*.eml"), key=lambda p: p.stat().st_mtime)
    received = {}
    for path in outbox:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        received.setdefault(str(message["To"]), []).append(message.get_body(preferencelist=("plain",)).get_content())
    spill_text = received["spill@example.org"][-1]
    assert "Deepwater Horizon oil spill" in spill_text and "BP shares and dividend" not in spill_text
    assert "BP shares and dividend" in received["reader@example.org"][-1]
    assert len(received.get("ash@example.org", [])) == 1, "no update on the chosen topic: no issue 2"


def test_import_groups_articles_into_topics_with_briefs(tmp_path):
    """`digest import` then `digest topics --json`: the imported ids, grouped, with a cited brief."""
    import json

    stream = Path(__file__).parent / "data" / "topics" / "stream.jsonl"
    config = tmp_path / "feeds.yaml"
    config.write_text("version: 1\n")
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(stream), "--config", str(config)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["topics", "--json", "--config", str(config)])
    assert listed.exit_code == 0, listed.output
    topics = json.loads(listed.output)
    stories = {json.loads(line)["id"]: json.loads(line)["story"] for line in stream.read_text().splitlines()}
    assert topics, "imported articles are grouped"
    for topic in topics:
        members = {stories[i] for i in topic["article_ids"]}
        assert len(members) == 1, f"{topic['slug']} mixes stories: {members}"
        brief = topic["brief"]
        numbers = {s["n"] for s in brief["sources"]}
        assert brief["what"] and all(set(s["citations"]) <= numbers and s["citations"] for s in brief["what"])
