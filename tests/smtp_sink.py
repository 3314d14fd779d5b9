"""A real SMTP server on localhost (aiosmtpd) that records what it accepts; used only by tests.

It behaves like an MTA at the end of DATA: the message is kept the moment the final "." is
read, before the 250 goes out, so a client killed after the dot still counts as delivered.
Rules make chosen recipients answer 4xx/5xx or drop the connection.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

from digest.models import Recipient

# A rule gets (stage, recipient, count of earlier calls for that stage and recipient) and
# returns None (proceed), an SMTP reply such as "451 4.3.0 try later", or "drop".
Rule = Callable[[str, str, int], str | None]


@dataclass
class Received:
    recipient: str
    message_id: str
    subject: str
    raw: bytes


@dataclass
class SmtpSink:
    """Start with `start()`, stop with `stop()`; `received` lists accepted messages."""

    host: str = "127.0.0.1"
    port: int = 0
    data_delay: float = 0.0  # seconds between keeping the message and replying 250
    rule: Rule | None = None
    received: list[Received] = field(default_factory=list)
    sessions: int = 0
    _calls: Counter = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _controller: Any = None

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        if not self.port:
            with socket.socket() as s:
                s.bind((self.host, 0))
                self.port = s.getsockname()[1]
        self._controller = Controller(_Handler(self), hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def count_by_recipient(self) -> Counter:
        with self._lock:
            return Counter(m.recipient for m in self.received)

    def _apply(self, stage: str, recipient: str) -> str | None:
        if self.rule is None:
            return None
        with self._lock:
            n = self._calls[(stage, recipient)]
            self._calls[(stage, recipient)] += 1
        return self.rule(stage, recipient, n)


class _Handler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        with self.sink._lock:
            self.sink.sessions += 1
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.sink._apply("RCPT", address)
        if reply == "drop":
            server.transport.close()
            return "421 4.4.2 dropped"
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        recipient = envelope.rcpt_tos[0]
        reply = self.sink._apply("DATA", recipient)
        if reply == "drop":  # complete message received, connection lost before the reply
            self._keep(envelope)
            server.transport.close()
            return "250 OK"
        if reply:
            return reply
        self._keep(envelope)
        if self.sink.data_delay:
            await asyncio.sleep(self.sink.data_delay)
        return "250 OK"

    def _keep(self, envelope) -> None:
        raw = envelope.original_content or b""
        parsed = message_from_bytes(raw, policy=default_policy)
        with self.sink._lock:
            for rcpt in envelope.rcpt_tos:
                self.sink.received.append(
                    Received(rcpt, str(parsed.get("Message-ID", "")), str(parsed.get("Subject", "")), raw)
                )


def simple_message(issue: Any, recipient: Recipient, message_id: str) -> EmailMessage:
    """A plain two-part message, standing in for the renderer's in tests."""
    message = EmailMessage()
    message["Subject"] = issue.subject
    message["From"] = "digest@example.org"
    message["To"] = recipient.email
    message["Message-ID"] = message_id
    message.set_content(issue.text)
    message.add_alternative(issue.html, subtype="html")
    return message
