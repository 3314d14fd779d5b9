"""End to end in headless Chromium: archive → topic page → subscribe → confirm by email → unsubscribe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_web_support import SECRET, SECRET_ENV, SLUG, LiveServer, Outbox, free_port, make_config, sample_data

from digest.deliver import subscribers
from digest.store import open_db
from digest.web import build_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed"),
]


@pytest.fixture
def browser_context(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 900, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def test_archive_topic_subscribe_confirm_unsubscribe(tmp_path, monkeypatch, browser_context):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    config = make_config(tmp_path, base_url=None)  # links in emails use the address the browser used
    engine = open_db(config.database_url)
    outbox = Outbox()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = build_app(config, engine, mailer=outbox, data=sample_data(base), allow_any_host=True)  # a local trial
    artifacts = tmp_path / "artifacts"  # screenshots, kept by pytest under its basetemp
    artifacts.mkdir()

    with LiveServer(app, port):
        page = browser_context.new_page()
        page.set_default_timeout(5000)
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))

        # the archive, an issue, and the topic it links to
        page.goto(f"{base}/")
        assert page.locator("h1").first.inner_text() == "digest"
        page.get_by_role("link", name="Morning brief: <b>2</b> topics updated — 2026-05-22").click()
        page.wait_for_url(f"{base}/issues/2")
        page.get_by_role("link", name="US–China AI Safety Protocol Announcement").click()
        page.wait_for_url(f"{base}/topics/{SLUG}")
        assert page.locator("h1").inner_text() == "US–China AI Safety Protocol Announcement · history"
        assert page.locator("#version").inner_text() == "Version 3"
        assert page.locator("#sources li").count() == 6
        page.screenshot(path=str(artifacts / "web-topic-page.png"), full_page=True)
        page.get_by_role("link", name="2", exact=True).first.click()
        page.wait_for_url(f"{base}/topics/{SLUG}/versions/2")

        # subscribe, confirm through the captured email, unsubscribe through the page
        page.get_by_role("link", name="Subscribe", exact=True).first.click()
        page.fill("#email", "reader.e2e@example.org")
        page.click("#subscribe")
        page.wait_for_selector("#sent")
        assert len(outbox.messages) == 1
        page.goto(outbox.last_link("confirm"))
        sub = subscribers.by_email(engine, "reader.e2e@example.org")
        assert sub is not None and sub.status == "pending"  # opening the link alone confirms nothing
        page.click("#confirm")
        page.wait_for_selector("#welcome")
        assert subscribers.by_email(engine, "reader.e2e@example.org").status == "confirmed"
        page.check(f"input[value='{SLUG}']")
        page.check("input[name=topics_mode][value=some]")
        page.click("#save")
        page.wait_for_selector("#saved")
        assert subscribers.by_email(engine, "reader.e2e@example.org").topics == (SLUG,)

        page.click("#unsubscribe-link")
        page.wait_for_selector("#unsubscribe")
        assert subscribers.by_email(engine, "reader.e2e@example.org").status == "confirmed"  # GET changes nothing
        page.click("#unsubscribe")
        page.wait_for_selector("#done")
        page.screenshot(path=str(artifacts / "web-unsubscribed.png"), full_page=True)
        assert subscribers.is_unsubscribed(engine, "reader.e2e@example.org")
        assert "reader.e2e@example.org" not in {r.email for r in subscribers.recipients_for(engine, config, "Weekly")}
        assert problems == []  # no script errors, no CSP violations
    engine.dispose()
    assert (artifacts / "web-unsubscribed.png").stat().st_size > 0
