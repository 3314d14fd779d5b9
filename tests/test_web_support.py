"""Shared pieces of the web tests: a config, sample topics and issues, a captured mailer, a live server.

Imported by the tests/test_web_*.py modules (tests/ is on sys.path under pytest); holds no tests.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from digest.config import Config, parse
from digest.models import Brief, Topic, TopicVersion
from digest.store import codec
from digest.store.issues import IssueRecord
from digest.web.data import MemoryData

DATA = Path(__file__).parent / "data" / "web"
SECRET = "test-secret-0123456789abcdef-xyz"
SECRET_ENV = "DIGEST_TEST_WEB_SECRET"
SLUG = "us-china-ai-safety-protocol"

CONFIG_YAML = """\
version: 1
digests:
  - name: Morning brief
    recipients: [reader@example.org, Editor@Example.org, gone@example.org]
    editors: [editor@example.org]
  - name: Weekly
    recipients: [weekly@example.org]
delivery:
  method: outbox
  outbox: ./outbox
  from: digest@example.org
storage:
  url: sqlite:///./digest.sqlite
web:
{web}
"""


def make_config(tmp_path: Path, base_url: str | None = "https://digest.example.org") -> Config:
    web = f"  secret_env: {SECRET_ENV}\n" + (f"  base_url: {base_url}\n" if base_url else "")
    path = tmp_path / "feeds.yaml"
    path.write_text(CONFIG_YAML.format(web=web.rstrip("\n")), encoding="utf-8")
    return parse(path.read_text(encoding="utf-8"), path)


def load_brief(version: int) -> Brief:
    return codec.loads(Brief, (DATA / f"brief-v{version}.json").read_text(encoding="utf-8"))


def sample_topic() -> tuple[Topic, list[TopicVersion]]:
    v2, v3 = load_brief(2), load_brief(3)
    members = {f"a{n}": v3.created for n in range(1, 69)}
    topic = Topic(
        slug=SLUG,
        title=v3.title,
        kind="tracked",
        status="active",
        created=datetime(2026, 5, 14, 9, 0, tzinfo=UTC),
        updated=v3.created,
        members=members,
        version=3,
    )
    versions = [
        TopicVersion(topic=SLUG, number=1, created=datetime(2026, 5, 14, 9, 0, tzinfo=UTC), article_ids=["a1"]),
        TopicVersion(topic=SLUG, number=2, created=v2.created, article_ids=[f"a{n}" for n in range(1, 21)], brief=v2),
        TopicVersion(topic=SLUG, number=3, created=v3.created, article_ids=list(members), brief=v3),
    ]
    return topic, versions


def issue_html(base: str, token_url: str) -> str:
    return (
        "<!doctype html><html><head><style>body{font-family:serif}</style></head>"
        '<body style="margin:0"><h1>Morning brief — 2026-05-22</h1>'
        f'<h2><a href="{base}/topics/{SLUG}">US–China AI Safety Protocol Announcement</a> · version 3</h2>'
        "<p>Japan is drafting cyberdefense guidelines [5][6].</p>"
        f'<p><a href="{token_url}">Unsubscribe</a></p></body></html>'
    )


def sample_issues(base: str = "https://digest.example.org") -> list[IssueRecord]:
    token_url = f"{base}/unsubscribe/WzEsImFiYyJd.aBcD.secretsig"
    return [
        IssueRecord(
            id=1,
            digest="Morning brief",
            number=1,
            period_start=None,
            period_end=datetime(2026, 5, 16, 7, 0, tzinfo=UTC),
            created=datetime(2026, 5, 16, 7, 0, tzinfo=UTC),
            subject="Morning brief: 1 topic updated — 2026-05-16",
            html=issue_html(base, token_url),
            text=f"Morning brief\n\nUS–China AI Safety Protocol Announcement\n\nUnsubscribe: {token_url}\n",
            topics=[(SLUG, 2)],
            status="sent",
        ),
        IssueRecord(
            id=2,
            digest="Morning brief",
            number=2,
            period_start=datetime(2026, 5, 16, 7, 0, tzinfo=UTC),
            period_end=datetime(2026, 5, 22, 19, 40, tzinfo=UTC),
            created=datetime(2026, 5, 22, 19, 40, tzinfo=UTC),
            subject="Morning brief: <b>2</b> topics updated — 2026-05-22",
            html=issue_html(base, token_url),
            text="Morning brief, issue 2\n",
            topics=[(SLUG, 3)],
            status="sent",
        ),
        IssueRecord(
            id=3,
            digest="Morning brief",
            number=3,
            period_start=None,
            period_end=datetime(2026, 5, 23, 7, 0, tzinfo=UTC),
            created=datetime(2026, 5, 23, 7, 0, tzinfo=UTC),
            subject="Still sending",
            html="<p>not yet</p>",
            text="not yet",
            status="pending",
        ),
    ]


def sample_data(base: str = "https://digest.example.org") -> MemoryData:
    topic, versions = sample_topic()
    return MemoryData(issues=sample_issues(base), topics=[topic], versions={SLUG: versions})


class Outbox:
    """A mailer that keeps what it is given."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    def __call__(self, message: EmailMessage) -> None:
        self.messages.append(message)

    def last_link(self, path: str) -> str:
        body = self.messages[-1].get_content()
        match = re.search(r"https?://\S+/" + path + r"/\S+", body)
        assert match, f"no /{path}/ link in: {body}"
        return match.group(0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving `app` in a background thread on a free localhost port."""

    def __init__(self, app: Starlette, port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
