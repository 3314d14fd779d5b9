"""Newsletter folders: a Maildir on disk or an IMAP folder, read for messages not yet processed.

A processed message is marked, never deleted: in a Maildir it moves to cur/ with the 'S' (seen)
flag, on IMAP it gets \\Seen, and the folder's last UID is remembered (per UIDVALIDITY), so each
run asks only for what arrived since. The IMAP connection honours the same address policy as web
fetches: a private or loopback server must be listed in `network.allow_private`.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import mailbox
import os
import socket
import ssl
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from digest.config import ImapConfig, NewsletterConfig
from digest.ingest.guard import Blocked, Policy
from digest.store import sources as source_store

log = logging.getLogger(__name__)


class FolderError(Exception):
    """A folder that cannot be read at all (missing Maildir, refused login); the message says why."""


def folder_key(newsletter: NewsletterConfig, resolve: Path | None = None) -> str:
    """The name a folder's health row and stored articles carry (never a password)."""
    if newsletter.imap is not None:
        i = newsletter.imap
        return f"imap://{i.user}@{i.host}:{i.effective_port}/{i.folder}"
    return f"maildir:{resolve if resolve is not None else newsletter.maildir}"


# --- Maildir --------------------------------------------------------------------------------------


class MaildirFolder:
    """New and current messages without the 'S' flag, oldest first."""

    def __init__(self, path: Path) -> None:
        if not (path / "cur").is_dir() or not (path / "new").is_dir():
            raise FolderError(f"{path} is not a Maildir (needs cur/, new/ and tmp/)")
        self.path = path
        self.box = mailbox.Maildir(path, factory=None, create=False)

    def unread(self, limit: int) -> Iterator[tuple[str, bytes]]:
        keys = []
        for key in self.box.iterkeys():
            try:
                msg = self.box.get_message(key)
            except (OSError, KeyError) as exc:  # gone meanwhile (another reader moved it)
                log.info("maildir %s: message %s: %s", self.path, key, exc)
                continue
            if "S" not in msg.get_flags():
                keys.append((msg.get_date(), key))
        for _, key in sorted(keys)[:limit]:
            try:
                yield key, self.box.get_bytes(key)
            except (OSError, KeyError) as exc:
                log.info("maildir %s: message %s: %s", self.path, key, exc)

    def mark(self, key: str) -> None:
        """Move to cur/ with the 'S' flag by renaming the file: the message's bytes are never rewritten."""
        try:
            msg = self.box.get_message(key)
            info = msg.get_info()
            old = self.path / msg.get_subdir() / (key + (self.box.colon + info if info else ""))
            flags = "".join(sorted(set(msg.get_flags()) | {"S"}))
            os.rename(old, self.path / "cur" / f"{key}{self.box.colon}2,{flags}")
        except (OSError, KeyError) as exc:  # moved meanwhile by a mail client; the article is stored all the same
            log.warning("maildir %s: could not mark message %s: %s", self.path, key, exc)


# --- IMAP -----------------------------------------------------------------------------------------


def _vetted_address(policy: Policy, host: str, port: int, timeout: float) -> str:
    """The first address of `host` the policy allows; the connection goes to that address."""
    try:
        policy.check_host(host)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except Blocked as exc:
        raise FolderError(f"IMAP server {host}: {exc} (list it in network.allow_private)") from None
    except OSError as exc:
        raise FolderError(f"IMAP server {host}: cannot resolve: {exc}") from None
    refused = ""
    for *_, sockaddr in infos:
        address = str(sockaddr[0])
        try:
            policy.check_ip(address)
        except Blocked as exc:
            refused = str(exc)
            continue
        return address
    raise FolderError(f"IMAP server {host}: {refused or 'no address'} (list it in network.allow_private)")


class _GuardedIMAP(imaplib.IMAP4):
    vetted: str = ""

    def _create_socket(self, timeout: float | None) -> socket.socket:  # connect to the checked address only
        return socket.create_connection((self.vetted, self.port), timeout)


class _GuardedIMAPSSL(imaplib.IMAP4_SSL, _GuardedIMAP):
    pass


class ImapFolder:
    """One IMAP folder for one run: `with ImapFolder(...) as f: for uid, raw in f.unread(n): ... f.mark(uid)`."""

    def __init__(self, cfg: ImapConfig, policy: Policy, engine: Engine, key: str) -> None:
        self.cfg, self.policy, self.engine, self.key = cfg, policy, engine, key
        self.conn: imaplib.IMAP4 | None = None
        self.uidvalidity = 0
        self.last_uid = 0

    def __enter__(self) -> ImapFolder:
        cfg = self.cfg
        password = cfg.password()
        if password is None:
            raise FolderError(f"environment variable {cfg.password_env} (imap password_env) is not set")
        address = _vetted_address(self.policy, cfg.host, cfg.effective_port, cfg.timeout)
        # a class per connection: the constructor connects, and `_create_socket` reads the address from it
        base = _GuardedIMAPSSL if cfg.ssl else _GuardedIMAP
        cls = type("_VettedIMAP", (base,), {"vetted": address})
        conn: imaplib.IMAP4 | None = None
        try:
            if cfg.ssl:
                conn = cls(cfg.host, cfg.effective_port, ssl_context=ssl.create_default_context(), timeout=cfg.timeout)
            else:
                conn = cls(cfg.host, cfg.effective_port, timeout=cfg.timeout)
                if cfg.starttls:
                    conn.starttls(ssl.create_default_context())
            conn.login(cfg.user, password)
            typ, data = conn.select(_quoted(cfg.folder))
            if typ != "OK":
                raise FolderError(f"cannot open folder {cfg.folder!r}: {_said(data)}")
        except (imaplib.IMAP4.error, OSError, FolderError) as exc:
            if conn is not None:  # connected but refused: hang up before reporting
                with contextlib.suppress(OSError):
                    conn.shutdown()
            if isinstance(exc, FolderError):
                raise
            raise FolderError(f"IMAP {cfg.host}:{cfg.effective_port}: {exc}") from None
        self.conn = conn
        _, validity = conn.response("UIDVALIDITY")
        self.uidvalidity = int(validity[0]) if validity and validity[0] else 0
        return self

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                self.conn.close()
                self.conn.logout()

    def unread(self, limit: int) -> Iterator[tuple[str, bytes]]:
        """Messages after the last UID read (same UIDVALIDITY), else every UNSEEN one; oldest first."""
        assert self.conn is not None
        known = source_store.folder_state(self.engine, self.key)
        if known is not None and known[0] == self.uidvalidity:
            self.last_uid = known[1]
            typ, data = self.conn.uid("SEARCH", None, f"UID {self.last_uid + 1}:*")  # type: ignore[arg-type]
        else:
            typ, data = self.conn.uid("SEARCH", None, "UNSEEN")  # type: ignore[arg-type]
        if typ != "OK":
            raise FolderError(f"IMAP search failed: {_said(data)}")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > self.last_uid)[:limit]
        for uid in uids:
            typ, fetched = self.conn.uid("FETCH", str(uid), "(BODY.PEEK[])")
            raw = next((part[1] for part in fetched if isinstance(part, tuple) and len(part) > 1), None)
            if typ != "OK" or not isinstance(raw, bytes):
                log.warning("imap %s: message UID %d could not be fetched: %s", self.key, uid, _said(fetched))
                continue
            yield str(uid), raw

    def mark(self, uid: str, now: datetime) -> None:
        assert self.conn is not None
        typ, data = self.conn.uid("STORE", uid, "+FLAGS", "(\\Seen)")
        if typ != "OK":
            log.warning("imap %s: could not flag UID %s \\Seen: %s", self.key, uid, _said(data))
        self.last_uid = max(self.last_uid, int(uid))
        source_store.save_folder_state(self.engine, self.key, self.uidvalidity, self.last_uid, now)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _said(data: object) -> str:
    if isinstance(data, list) and data and isinstance(data[0], bytes):
        return data[0].decode("utf-8", "replace")[:200]
    return str(data)[:200]
