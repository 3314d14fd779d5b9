"""Newsletters from a real Maildir: messages become articles of the right outlet, are marked, never deleted."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsletter_samples import BODY, issue

from digest import config as config_module
from digest.ingest import feed_health, ingest
from digest.ingest.mail import BadMessage, clean_html, drop_text_footer, parse_message
from digest.ingest.sources import ingest_sources
from digest.store import articles as article_store
from digest.store import open_db
from digest.topics.service import config_slug, get_topic, update_topics

NOW = datetime(2026, 5, 20, 8, 0, tzinfo=UTC)
CAP = 5 * 1024 * 1024


def test_a_message_becomes_an_issue_with_outlet_date_and_view_online_link() -> None:
    got = parse_message(issue(7, NOW - timedelta(days=1)), "configured name", max_html_bytes=CAP)
    assert got.outlet == "The Neuron"
    assert got.published == NOW - timedelta(days=1)
    assert got.url == "https://theneuron.example/p/issue-7"
    assert got.message_id == "issue-7@theneuron.example"
    assert got.html is not None
    assert "PREHEADER" not in got.html and "open.gif" not in got.html
    assert "Unsubscribe" not in got.html and "Manage preferences" not in got.html
    assert "AI safety protocol" in got.html
    assert "Unsubscribe" not in got.text and "View this email" not in got.text
    assert got.text.startswith("Negotiators")


def test_without_list_or_link_the_configured_name_and_a_mid_uri_stand_in() -> None:
    raw = b"From: news@x.example\r\nMessage-ID: <a1@x.example>\r\nSubject: Hello\r\n\r\nJust text.\r\n"
    got = parse_message(raw, "Weekly X", max_html_bytes=CAP)
    assert got.outlet == "Weekly X"
    assert got.url == "mid:a1@x.example"
    assert got.published is None
    assert got.text == "Just text."


def test_list_archive_is_the_link_when_the_body_has_none() -> None:
    raw = (
        b"From: List <l@x.example>\r\nList-Archive: <https://lists.x.example/archive/>\r\n"
        b"Message-ID: <b@x>\r\nSubject: S\r\n\r\nBody text.\r\n"
    )
    assert parse_message(raw, "n", max_html_bytes=CAP).url == "https://lists.x.example/archive/"


def test_a_message_without_a_body_is_refused_with_a_reason() -> None:
    try:
        parse_message(b"Subject: nothing\r\n\r\n", "n", max_html_bytes=CAP)
    except BadMessage as exc:
        assert "no text" in str(exc)
    else:
        raise AssertionError("accepted a message without a body")


def test_footer_blocks_go_but_a_long_paragraph_with_a_link_stays() -> None:
    long = "word " * 200
    html = (
        f'<html><body><p>{long}<a href="https://x/unsubscribe">unsubscribe</a></p>'
        '<p><img src="p" style="width:1px;height:1px"></p></body></html>'
    )
    out = clean_html(html)
    assert "word word" in out and "unsubscribe" not in out and 'src="p"' not in out
    assert drop_text_footer("Story.\n\nMore story.\n\nUnsubscribe here: https://x\n") == "Story.\n\nMore story."


def _maildir(path: Path) -> mailbox.Maildir:
    return mailbox.Maildir(path, create=True)


def _config(tmp_path: Path, extra: str = "") -> config_module.Config:
    text = f"""
version: 1
storage: {{url: "sqlite:///{tmp_path / "db.sqlite"}"}}
network: {{extract_workers: 1}}
topics:
  - name: US–China AI safety talks
    include: [AI safety protocol, US-China]
newsletters:
  - name: Neuron inbox
    maildir: {tmp_path / "Mail"}
{extra}
"""
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    return config_module.load(path)


def test_maildir_issues_become_articles_that_join_the_topic_and_are_marked_not_deleted(tmp_path: Path) -> None:
    box = _maildir(tmp_path / "Mail")
    box.add(mailbox.MaildirMessage(issue(1, NOW - timedelta(days=2))))  # lands in new/
    seen = mailbox.MaildirMessage(issue(2, NOW - timedelta(days=1)))
    seen.set_subdir("cur")
    box.add(seen)  # in cur/ without the S flag: still unprocessed
    done = mailbox.MaildirMessage(issue(3, NOW - timedelta(days=1)))
    done.set_subdir("cur")
    done.add_flag("S")
    box.add(done)  # already marked: left alone
    box.add(mailbox.MaildirMessage(b"garbage without headers or body"))  # malformed: logged, skipped, marked
    config = _config(tmp_path)
    engine = open_db(config.database_url)

    report = ingest_sources(config, engine, NOW)
    assert len(report.new_ids) == 2 and report.bad_messages == 1
    stored = article_store.get(engine, report.new_ids)
    assert {a.source for a in stored} == {"The Neuron"}
    assert {a.url for a in stored} == {"https://theneuron.example/p/issue-1", "https://theneuron.example/p/issue-2"}
    assert all("AI safety protocol" in a.text and "Unsubscribe" not in a.text for a in stored)
    assert all(a.published is not None and a.published < NOW for a in stored)

    assert not list((tmp_path / "Mail" / "new").iterdir())
    files = sorted(p.name for p in (tmp_path / "Mail" / "cur").iterdir())
    assert len(files) == 4 and all("S" in name.rpartition(":2,")[2] for name in files)  # flags follow ":2,"

    # the same message delivered again (another folder, a re-sent copy) is the same article
    box.add(mailbox.MaildirMessage(issue(1, NOW - timedelta(days=2))))
    again = ingest_sources(config, engine, NOW + timedelta(hours=1))
    assert again.new_ids == [] and again.messages == 1

    versions = update_topics(engine, config, report.new_ids, NOW)
    topic = get_topic(engine, config_slug(config.topics[0]))
    assert topic is not None and set(report.new_ids) <= set(topic.members)
    assert versions

    health = [h for h in feed_health(config, engine) if h.kind == "newsletter"]
    assert [(h.name, h.status, h.items_seen) for h in health] == [("Neuron inbox", "ok", 4)]


def test_a_missing_maildir_fails_alone_and_the_run_goes_on(tmp_path: Path) -> None:
    config = _config(tmp_path)  # Mail/ was never created
    engine = open_db(config.database_url)
    report = ingest(config, engine, now=NOW)
    assert report.new_ids == []
    assert any("not a Maildir" in message for message in report.errors.values())
    [health] = [h for h in feed_health(config, engine) if h.kind == "newsletter"]
    assert health.status == "failing" and health.url.startswith("maildir:")


def test_body_text_is_used_when_the_html_is_over_the_page_cap(tmp_path: Path) -> None:
    got = parse_message(issue(9, NOW), "n", max_html_bytes=100)
    assert got.html is None and BODY[:40] in got.text
