"""SMTP transport: one reused connection, one recipient per transaction, DATA done by hand.

smtplib's sendmail() sends the body and the final "." in one call, so a caller cannot record
the moment the message becomes the server's. `send()` here does MAIL/RCPT/DATA itself and
calls `on_handover()` right before the final "." leaves, which lets the ledger tell
"the server cannot have it" (resend after a crash) from "the server has it" (never resend).
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from digest.config import SmtpConfig

log = logging.getLogger(__name__)

OutcomeKind = Literal["sent", "temporary", "permanent", "unknown"]


@dataclass(frozen=True)
class Outcome:
    """What happened to one message: sent (250), temporary (4xx/dropped), permanent (5xx),
    unknown (handed over, then no reply: the server has the complete message)."""

    kind: OutcomeKind
    detail: str = ""
    dropped: bool = False  # a broken connection rather than a server reply


class SmtpUnavailable(Exception):
    """No usable session (refused, timeout, TLS or login failure): nothing was attempted."""


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}"


def _classify(code: int, message: bytes | str, stage: str) -> Outcome:
    detail = f"{stage}: {_reply(code, message)}"
    if 500 <= code < 600:
        return Outcome("permanent", detail)
    return Outcome("temporary", detail, dropped=code in (-1, 421))


def dot_stuff(data: bytes) -> bytes:
    """CRLF line ends, leading dots doubled, ending with CRLF (RFC 5321 4.5.2)."""
    crlf = data.count(b"\r\n")
    if data.count(b"\r") == crlf == data.count(b"\n"):  # already CRLF throughout (the composer's bytes)
        data = (b"." if data.startswith(b".") else b"") + data.replace(b"\n.", b"\n..")
        return data if data.endswith(b"\r\n") else data + b"\r\n"
    data = re.sub(rb"\r\n|\r|\n", b"\r\n", data)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


class SmtpTransport:
    """A lazily opened, reused SMTP session to the configured relay."""

    def __init__(self, config: SmtpConfig, sender: str):
        self.config = config
        self.sender = sender
        self._smtp: smtplib.SMTP | None = None
        self._awaiting = False
        self.connections = 0

    @property
    def address(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def connect(self) -> None:
        """Open the session if it is not open; SmtpUnavailable when the server cannot be used."""
        if self._smtp is not None:
            return
        cfg = self.config
        context = ssl.create_default_context()
        try:
            if cfg.ssl:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            # The final "." is a tiny write after the body; without NODELAY, Nagle holds it until
            # the server's delayed ACK (40 ms per message), which also widens the crash window.
            if smtp.sock is not None:
                smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            smtp.ehlo_or_helo_if_needed()
            if cfg.starttls and not cfg.ssl:
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise SmtpUnavailable(f"{self.address} does not offer STARTTLS (set smtp.starttls: false)")
                smtp.starttls(context=context)
                smtp.ehlo()
            if cfg.user:
                password = cfg.password()
                if password is None:
                    smtp.close()
                    raise SmtpUnavailable(f"smtp.user is set but ${cfg.password_env or '(password_env)'} is not")
                smtp.login(cfg.user, password)
        except SmtpUnavailable:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SmtpUnavailable(f"{self.address}: login refused: {_reply(exc.smtp_code, exc.smtp_error)}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise SmtpUnavailable(f"{self.address} unreachable: {exc}") from exc
        self._smtp = smtp
        self.connections += 1
        log.info("smtp: connected to %s", self.address)

    def close(self) -> None:
        if self._awaiting:
            self.finish()  # a QUIT would otherwise read this message's reply as its own
        if self._smtp is None:
            return
        smtp, self._smtp = self._smtp, None
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def _drop(self) -> None:
        self._awaiting = False
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None

    def send(self, recipient: str, data: bytes, on_handover: Callable[[], None]) -> Outcome:
        """One transaction; a connection that went stale while idle is reopened once."""
        outcome = self.start(recipient, data, on_handover)
        return outcome if outcome is not None else self.finish()

    def start(self, recipient: str, data: bytes, on_handover: Callable[[], None]) -> Outcome | None:
        """One transaction up to its final "."; None when the message was handed over and the
        server's reply is still to be read with `finish()` (the caller may prepare the next
        message meanwhile: the server is busy with this one). A connection that went stale while
        idle is reopened once."""
        outcome = self._transaction(recipient, data, on_handover)
        if (
            outcome is not None
            and outcome.kind == "temporary"
            and outcome.dropped
            and outcome.detail.startswith("MAIL")
        ):
            self.connect()
            outcome = self._transaction(recipient, data, on_handover)
        return outcome

    @property
    def awaiting(self) -> bool:
        """A message was handed over and its reply not read yet."""
        return self._awaiting

    def finish(self) -> Outcome:
        """The server's reply to the message handed over by `start()`."""
        smtp = self._smtp
        self._awaiting = False
        stage = "end of DATA"
        if smtp is None:
            return Outcome("unknown", "connection lost after the message was handed over")
        try:
            code, message = smtp.getreply()
            if code != 250:
                return self._failed(_classify(code, message, stage))
            return Outcome("sent", _reply(code, message))
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            return Outcome("unknown", f"connection lost after the message was handed over: {exc}")
        except smtplib.SMTPException as exc:
            self._drop()
            return Outcome("temporary", f"{stage}: {exc}", dropped=True)

    def _transaction(self, recipient: str, data: bytes, on_handover: Callable[[], None]) -> Outcome | None:
        self.connect()
        smtp = self._smtp
        assert smtp is not None
        stage = "MAIL"
        try:
            options = []
            if not data.isascii():
                if not smtp.has_extn("8bitmime"):
                    return Outcome("permanent", "message has 8-bit data and the server lacks 8BITMIME")
                options.append("BODY=8BITMIME")
            if not (self.sender + recipient).isascii() and smtp.has_extn("smtputf8"):
                options.append("SMTPUTF8")
            code, message = smtp.mail(self.sender, options)
            if code != 250:
                return self._failed(_classify(code, message, stage))
            stage = "RCPT"
            code, message = smtp.rcpt(recipient)
            if code not in (250, 251):
                return self._failed(_classify(code, message, stage))
            stage = "DATA"
            smtp.putcmd("data")
            code, message = smtp.getreply()
            if code != 354:
                return self._failed(_classify(code, message, stage))
            smtp.send(dot_stuff(data))
            try:
                on_handover()
            except BaseException:
                self._drop()  # never QUIT mid-DATA: the server discards the partial message
                raise
            smtp.send(b".\r\n")
            self._awaiting = True
            return None
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            return Outcome("temporary", f"{stage}: connection lost: {exc}", dropped=True)
        except smtplib.SMTPException as exc:
            self._drop()
            return Outcome("temporary", f"{stage}: {exc}", dropped=True)

    def _failed(self, outcome: Outcome) -> Outcome:
        """Reset the transaction so the session can be reused; drop it when the server is leaving."""
        if outcome.dropped or self._smtp is None:
            self._drop()
            return outcome
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()
        return outcome
