"""The site's own emails (confirm a subscription, a preferences link) and how they leave.

They go out the way digests do: into the outbox folder, or through the configured SMTP server.
"""

from __future__ import annotations

import secrets
import smtplib
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from digest.config import Config

Mailer = Callable[[EmailMessage], None]


def _site_name(config: Config) -> str:
    names = [d.name for d in config.digests]
    return names[0] if len(names) == 1 else "digest"


def confirmation_message(config: Config, to: str, link: str) -> EmailMessage:
    """Double opt-in: nothing is sent to `to` until someone with access to it follows this link."""
    name = _site_name(config)
    msg = _message(config, to, f"Confirm your subscription to {name}")
    msg.set_content(
        f"Someone, probably you, asked to receive {name} at this address.\n\n"
        f"To confirm, open this link and press the button:\n{link}\n\n"
        "If you did not ask for this, ignore this email: you will not hear from us again.\n"
    )
    return msg


def preferences_message(config: Config, to: str, link: str) -> EmailMessage:
    """For an address that is already subscribed: a link to its choices, not a second confirmation."""
    name = _site_name(config)
    msg = _message(config, to, f"Your {name} subscription")
    msg.set_content(
        f"This address is already subscribed to {name}.\n\n"
        f"To choose digests and topics, or to unsubscribe, open:\n{link}\n\n"
        "If you did not ask for this, ignore this email; nothing has changed.\n"
    )
    return msg


def _message(config: Config, to: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = config.delivery.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    domain = config.delivery.sender.rsplit("@", 1)[-1] or "localhost"
    msg["Message-ID"] = make_msgid("subscribe", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"
    return msg


def default_mailer(config: Config) -> Mailer:
    """Send with the configured delivery method: outbox files or SMTP."""
    if config.delivery.method == "smtp" and config.delivery.smtp is not None:
        return lambda msg: _send_smtp(config, msg)
    return lambda msg: _write_outbox(config.outbox_dir, msg)


def _write_outbox(folder: Path, msg: EmailMessage) -> Path:
    """One .eml file per message, written whole then renamed so a reader never sees half of one."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = folder / f"subscribe-{stamp}-{secrets.token_hex(4)}.eml"
    tmp = path.with_suffix(".eml.tmp")
    tmp.write_bytes(msg.as_bytes())
    tmp.replace(path)
    return path


def _send_smtp(config: Config, msg: EmailMessage) -> None:
    smtp = config.delivery.smtp
    assert smtp is not None
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if smtp.ssl:
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    with client:
        if smtp.starttls and not smtp.ssl:
            client.starttls(context=context)
        password = smtp.password()
        if smtp.user and password:
            client.login(smtp.user, password)
        client.send_message(msg)
