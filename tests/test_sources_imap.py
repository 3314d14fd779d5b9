"""Newsletters from a real IMAP server on localhost: Debian's dovecot, started by the test.

Skipped with a reason when dovecot is not installed (`apt-get install dovecot-imapd`; .ci/run does).
"""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from newsletter_samples import issue

from digest import config as config_module
from digest.ingest import feed_health
from digest.ingest.sources import ingest_sources
from digest.store import articles as article_store
from digest.store import open_db
from digest.topics.service import config_slug, get_topic, update_topics

NOW = datetime(2026, 5, 20, 8, 0, tzinfo=UTC)
DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
PASSWORD = "s3cret-imap"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def imap_server() -> Iterator[int]:
    """dovecot on 127.0.0.1 with one user, `editor`, whose mail is a Maildir in a fresh folder."""
    if DOVECOT is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="digest-dovecot-"))
    root.chmod(0o755)  # dovecot's unprivileged login processes must reach their sockets here
    if os.geteuid() == 0:
        mail_user = pwd.getpwnam("nobody")
        users = ""  # dovecot's own defaults: dovenull and dovecot
    else:
        mail_user = pwd.getpwuid(os.getuid())
        users = f"default_login_user = {mail_user.pw_name}\ndefault_internal_user = {mail_user.pw_name}\n"
    home = root / "home"
    home.mkdir()
    os.chown(home, mail_user.pw_uid, mail_user.pw_gid)
    (root / "passwd").write_text(f"editor:{{PLAIN}}{PASSWORD}\n")
    port = _free_port()
    conf = root / "dovecot.conf"
    conf.write_text(
        f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
first_valid_uid = {mail_user.pw_uid}
mail_location = maildir:{home}/%u/Maildir
{users}passdb {{
  driver = passwd-file
  args = {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""
    )
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                    out = proc.stdout.read().decode() if proc.stdout and proc.poll() is not None else ""
                    pytest.skip(f"dovecot did not start: {out[-500:]} {log[-500:]}")
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)


def _client(port: int) -> imaplib.IMAP4:
    client = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    client.login("editor", PASSWORD)
    return client


def _append(port: int, raw: bytes, seen: bool = False) -> None:
    client = _client(port)
    typ, data = client.append("INBOX", "(\\Seen)" if seen else "()", None, raw)
    assert typ == "OK", data
    client.logout()


def _flags(port: int) -> list[bool]:
    client = _client(port)
    client.select("INBOX", readonly=True)
    _, data = client.fetch("1:*", "(FLAGS)")
    client.logout()
    return [b"\\Seen" in line for line in data if isinstance(line, bytes)]


def _config(tmp_path: Path, port: int, allow: bool = True) -> config_module.Config:
    allow_line = 'allow_private: ["127.0.0.1/32"]' if allow else "allow_private: []"
    text = f"""
version: 1
storage: {{url: "sqlite:///{tmp_path / "db.sqlite"}"}}
network:
  extract_workers: 1
  {allow_line}
topics:
  - name: US–China AI safety talks
    include: [AI safety protocol, US-China]
newsletters:
  - name: Neuron by IMAP
    imap: {{host: 127.0.0.1, port: {port}, ssl: false, user: editor, password_env: DIGEST_TEST_IMAP_PW, folder: INBOX}}
"""
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    return config_module.load(path)


def test_an_imap_folder_on_localhost_feeds_articles_that_join_the_topic(
    imap_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_TEST_IMAP_PW", PASSWORD)
    _append(imap_server, issue(1, NOW - timedelta(days=3)), seen=True)  # read by a person before digest ran
    _append(imap_server, issue(2, NOW - timedelta(days=2)))
    _append(imap_server, issue(3, NOW - timedelta(days=1)))
    config = _config(tmp_path, imap_server)
    engine = open_db(config.database_url)

    report = ingest_sources(config, engine, NOW)
    assert report.errors == {}
    assert len(report.new_ids) == 2
    stored = article_store.get(engine, report.new_ids)
    assert {a.source for a in stored} == {"The Neuron"}
    assert {a.url for a in stored} == {"https://theneuron.example/p/issue-2", "https://theneuron.example/p/issue-3"}
    assert _flags(imap_server) == [True, True, True]  # marked \Seen, none deleted

    _append(imap_server, issue(4, NOW))  # arrives later; only it is read next time (by UID)
    again = ingest_sources(config, engine, NOW + timedelta(hours=1))
    assert len(again.new_ids) == 1 and again.messages == 1
    assert _flags(imap_server) == [True, True, True, True]

    update_topics(engine, config, report.new_ids + again.new_ids, NOW + timedelta(hours=1))
    topic = get_topic(engine, config_slug(config.topics[0]))
    assert topic is not None and set(report.new_ids + again.new_ids) <= set(topic.members)
    [health] = [h for h in feed_health(config, engine) if h.kind == "newsletter"]
    assert health.status == "ok" and health.url == f"imap://editor@127.0.0.1:{imap_server}/INBOX"


def test_a_loopback_imap_server_needs_allow_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_TEST_IMAP_PW", PASSWORD)
    config = _config(tmp_path, _free_port(), allow=False)
    engine = open_db(config.database_url)
    report = ingest_sources(config, engine, NOW)
    [message] = report.errors.values()
    assert "not public" in message and "allow_private" in message


def test_a_missing_password_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIGEST_TEST_IMAP_PW", raising=False)
    config = _config(tmp_path, _free_port())
    report = ingest_sources(config, open_db(config.database_url), NOW)
    [message] = report.errors.values()
    assert "DIGEST_TEST_IMAP_PW" in message


def test_a_refused_login_fails_that_folder_with_the_servers_reason(
    imap_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_TEST_IMAP_PW", "wrong")
    config = _config(tmp_path, imap_server)
    engine = open_db(config.database_url)
    report = ingest_sources(config, engine, NOW)
    [message] = report.errors.values()
    assert message.startswith(f"IMAP 127.0.0.1:{imap_server}:") and "auth" in message.lower()
    [health] = [h for h in feed_health(config, engine) if h.kind == "newsletter"]
    assert health.status == "failing" and health.failures == 1
