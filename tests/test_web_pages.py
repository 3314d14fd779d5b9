"""Topic history pages built from hand-made topics and briefs: shape, diff, hostile text."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient
from test_web_support import SECRET, SLUG, Outbox, load_brief, make_config, sample_topic

from digest.models import Source, Statement, Topic, TopicVersion
from digest.store import open_db
from digest.web import build_app
from digest.web.data import MemoryData
from digest.web.pages import diff_versions, inject_after_body, safe_url, scrub_tokens

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>{{7*7}}'


def test_diff_lists_added_and_removed_lines_per_section():
    _, versions = sample_topic()
    diff = diff_versions(versions[1], versions[2])
    assert (diff.old, diff.new, diff.items_before, diff.items_after) == (2, 3, 20, 68)
    sections = {s.section: s for s in diff.sections}
    assert "What" in sections and not sections["What"].removed
    assert sections["What"].added[0].startswith("Japan has emerged")
    assert sections["Why it matters"].removed[0].startswith("The bilateral frame")
    assert [s.section for s in diff.sections] == [
        s
        for s in [
            "What",
            "Why it matters",
            "Open questions",
            "Narrative",
            "Timeline",
            "Perspectives",
            "Tensions",
            "Sources",
        ]
        if s in sections
    ]
    assert [n.text for n in diff.notes] == [
        "Japan's response escalated from statements to drafting national cyberdefense guidelines."
    ]
    same = diff_versions(versions[2], versions[2])
    assert same.sections == [] and same.items_before == same.items_after


def test_citation_renumbering_alone_is_not_a_change():
    _, versions = sample_topic()
    v3 = versions[2]
    renumbered = dataclasses.replace(
        v3.brief, what=[Statement(s.text, tuple(n + 1 for n in s.citations)) for s in v3.brief.what]
    )
    diff = diff_versions(v3, dataclasses.replace(v3, brief=renumbered))
    assert "What" not in {s.section for s in diff.sections}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        (" http://example.org ", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("data:text/html,hi", None),
        ("//example.org", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_scrub_tokens_and_banner():
    html = (
        '<a href="https://d.example/unsubscribe/abc.DEF-1_2">u</a><a href="/preferences/x.y.z">p</a>'
        '<a href="https://d.example/topics/x">t</a>'
    )
    scrubbed = scrub_tokens(html)
    assert "abc.DEF" not in scrubbed and "x.y.z" not in scrubbed
    assert 'href="https://d.example/topics/x"' in scrubbed
    assert scrub_tokens("<td>dgslot00ff00ff00ff00fffooter</td><b>dgslotabcurl</b>") == "<td></td><b></b>"
    assert inject_after_body("<html><body class='x'><p>hi</p>", "<nav/>") == "<html><body class='x'><nav/><p>hi</p>"
    assert inject_after_body("<p>hi</p>", "<nav/>") == "<nav/><p>hi</p>"


@pytest.fixture
def hostile_client(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_TEST_WEB_SECRET", SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    brief = load_brief(3)
    brief = dataclasses.replace(
        brief,
        title=HOSTILE,
        what=[Statement(HOSTILE, (1,)), Statement("An uncited claim that must not appear", ())],
        sources=[
            Source(1, "a1", HOSTILE, HOSTILE, "javascript:alert(3)", None),
            Source(2, "a2", "Outlet", "Fine", "https://example.org/ok", datetime(2026, 5, 1, tzinfo=UTC)),
        ],
    )
    now = datetime(2026, 5, 22, tzinfo=UTC)
    topic = Topic(slug="evil", title=HOSTILE, kind="discovered", status="active", created=now, updated=now, version=1)
    data = MemoryData(topics=[topic], versions={"evil": [TopicVersion("evil", 1, now, ["a1", "a2"], brief=brief)]})
    with TestClient(build_app(config, engine, mailer=Outbox(), data=data)) as client:
        yield client
    engine.dispose()


def test_hostile_text_is_shown_as_text(hostile_client):
    for path in ("/", "/topics", "/topics/evil"):
        html = hostile_client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        assert "{{7*7}}" in html and "49" not in html.replace("2026", ""), path
    page = hostile_client.get("/topics/evil").text
    assert "javascript:" not in page
    assert 'href="https://example.org/ok"' in page
    assert "An uncited claim" not in page


def test_topic_without_versions_has_a_placeholder(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_TEST_WEB_SECRET", SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    now = datetime(2026, 5, 22, tzinfo=UTC)
    topic = Topic(slug="new", title="A new story", kind="discovered", status="active", created=now, updated=now)
    with TestClient(build_app(config, engine, mailer=Outbox(), data=MemoryData(topics=[topic]))) as client:
        r = client.get("/topics/new")
    assert r.status_code == 200 and "has no brief yet" in r.text
    engine.dispose()


def test_merged_topic_points_to_its_successor(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_TEST_WEB_SECRET", SECRET)
    topic, versions = sample_topic()
    merged = dataclasses.replace(topic, status="merged", merged_into="bigger-story")
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    data = MemoryData(topics=[merged], versions={SLUG: versions})
    with TestClient(build_app(config, engine, mailer=Outbox(), data=data)) as client:
        html = client.get(f"/topics/{SLUG}").text
    assert 'href="/topics/bigger-story"' in html and "merged into" in html
    engine.dispose()


def test_every_section_of_the_reference_shape_shows_even_when_empty(tmp_path, monkeypatch):
    """A reader sees that a version has no tensions or open questions, not a page missing sections."""
    monkeypatch.setenv("DIGEST_TEST_WEB_SECRET", SECRET)
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    brief = dataclasses.replace(load_brief(3), tensions=[], open_questions=[])
    now = datetime(2026, 5, 22, tzinfo=UTC)
    topic = Topic(slug="calm", title="A calm story", kind="discovered", status="active", created=now, updated=now)
    data = MemoryData(topics=[topic], versions={"calm": [TopicVersion("calm", 1, now, ["a1"], brief=brief)]})
    with TestClient(build_app(config, engine, mailer=Outbox(), data=data)) as client:
        html = client.get("/topics/calm").text
    for section in ("what", "why", "open-questions", "narrative", "timeline", "perspectives", "tensions", "sources"):
        assert f'<section id="{section}">' in html, section
    assert "No conflicting positions or claims" in html and "leave no question open" in html
    engine.dispose()


def test_merged_topics_show_once_and_link_both_ways(tmp_path, monkeypatch):
    """The merged topic names and links its target, the target links the merged history, counts read as words."""
    monkeypatch.setenv("DIGEST_TEST_WEB_SECRET", SECRET)
    topic, versions = sample_topic()
    now = datetime(2026, 5, 22, tzinfo=UTC)
    merged = dataclasses.replace(topic, status="merged", merged_into="bigger-story")
    target = Topic(
        slug="bigger-story",
        title="The bigger story",
        kind="tracked",
        status="active",
        created=now,
        updated=now,
        members={"only-one": now},
        version=1,
    )
    config = make_config(tmp_path)
    engine = open_db(config.database_url)
    data = MemoryData(
        topics=[merged, target],
        versions={SLUG: versions, "bigger-story": [TopicVersion("bigger-story", 1, now, ["only-one"])]},
    )
    with TestClient(build_app(config, engine, mailer=Outbox(), data=data)) as client:
        merged_page = client.get(f"/topics/{SLUG}").text
        target_page = client.get("/topics/bigger-story").text
        index = client.get("/").text
        listing = client.get("/topics").text
    assert 'merged into <a href="/topics/bigger-story">The bigger story</a>' in merged_page
    assert f'carries on the story of <a href="/topics/{SLUG}">{topic.title}</a>' in target_page
    for page in (index, listing):
        assert page.count('href="/topics/bigger-story"') == 1
        assert f'href="/topics/{SLUG}"' not in page  # the merged one is reached through its target
        assert "1 item ·" in page and "1 items" not in page
    assert "1 items" not in target_page
    engine.dispose()
