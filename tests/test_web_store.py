"""The site over the real store: issues written by digest.deliver appear in the archive and feed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient
from test_web_support import SECRET, SECRET_ENV, make_config

from digest.models import DigestContext, Recipient
from digest.store import open_db
from digest.web import create_app

deliver = pytest.importorskip("digest.deliver")


def store_issue(engine, number: int, recipients: list[Recipient], subject: str):
    ctx = DigestContext(
        digest="Morning brief",
        number=number,
        period_start=None,
        period_end=datetime(2026, 5, 20 + number, 7, 0, tzinfo=UTC),
        subject_template="{digest}",
        updates=[],
        web_base_url="https://digest.example.org",
    )
    # digest.render leaves per-recipient slots in the stored issue; the archive must not show them
    html = f"<html><body><h1>{subject}</h1><p>dgslot0123456789abcdeffooter</p></body></html>"
    text = f"{subject}\ndgslot0123456789abcdeffooter\n"
    return deliver.create_issue(engine, ctx, html, text, subject, recipients, [("a-topic", 1)], ["a1"])


def test_archive_reads_issues_from_the_delivery_ledger(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    sent = store_issue(engine, 1, [], "Issue one, sent")  # no recipients: sent at once
    waiting = store_issue(engine, 2, [Recipient("r@example.org")], "Issue two, not sent yet")
    assert sent.status == "sent" and waiting.status == "pending"

    with TestClient(create_app(config, engine, mailer=lambda m: None)) as client:
        index = client.get("/")
        assert index.status_code == 200
        assert f'href="/issues/{sent.id}"' in index.text and "Issue one, sent" in index.text
        assert "Issue two" not in index.text
        page = client.get(f"/issues/{sent.id}")
        assert page.status_code == 200 and "<h1>Issue one, sent</h1>" in page.text
        assert "dgslot" not in page.text
        assert "dgslot" not in client.get(f"/issues/{sent.id}.txt").text
        assert client.get(f"/issues/{waiting.id}").status_code == 404
        feed = client.get("/feed.xml")
        assert "Issue one, sent" in feed.text and "Issue two" not in feed.text
        # topics come from digest.topics when it offers list_topics; the page works either way
        assert client.get("/topics").status_code == 200
    engine.dispose()
