"""The site's own emails (confirm a subscription, a preferences link) and how they leave.

They go out the way digests do and through the same code: the outbox's atomic writer, or
deliver.smtp's session to the configured relay. There is no second mail path to keep in step.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from digest.config import Config
from digest.deliver.outbox import write_atomic
from digest.deliver.send import message_bytes
from digest.deliver.smtp import SmtpTransport
from digest.i18n import DEFAULT
from digest.i18n.catalogs import translations

Mailer = Callable[[EmailMessage], None]


def _site_name(config: Config) -> str:
    names = [d.name for d in config.digests]
    return names[0] if len(names) == 1 else "digest"


def confirmation_message(config: Config, to: str, link: str, language: str = DEFAULT) -> EmailMessage:
    """Double opt-in: nothing is sent to `to` until someone with access to it follows this link.

    In `language`: the language of the page the address was entered on.
    """
    _ = translations(language).gettext
    name = _site_name(config)
    msg = _message(config, to, _("Confirm your subscription to %(digest)s") % {"digest": name})
    msg.set_content(
        _("Someone, probably you, asked to receive %(digest)s at this address.") % {"digest": name}
        + "\n\n"
        + _("To confirm, open this link and press the button:")
        + f"\n{link}\n\n"
        + _("If you did not ask for this, ignore this email: you will not hear from us again.")
        + "\n"
    )
    return msg


def preferences_message(config: Config, to: str, link: str, language: str = DEFAULT) -> EmailMessage:
    """For an address that is already subscribed: a link to its choices, not a second confirmation."""
    _ = translations(language).gettext
    name = _site_name(config)
    msg = _message(config, to, _("Your %(digest)s subscription") % {"digest": name})
    msg.set_content(
        _("This address is already subscribed to %(digest)s.") % {"digest": name}
        + "\n\n"
        + _("To choose digests and topics, or to unsubscribe, open:")
        + f"\n{link}\n\n"
        + _("If you did not ask for this, ignore this email; nothing has changed.")
        + "\n"
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


class MailError(Exception):
    """The relay refused the message; str() has its reply."""


def default_mailer(config: Config) -> Mailer:
    """Send with the configured delivery method, through the digests' own transports."""
    if config.delivery.method == "smtp" and config.delivery.smtp is not None:
        return lambda msg: _send_smtp(config, msg)

    def to_outbox(msg: EmailMessage) -> None:
        _write_outbox(config.outbox_dir, msg)

    return to_outbox


def _wire(msg: EmailMessage) -> bytes:
    return message_bytes(msg, str(msg["Message-ID"]))


def _write_outbox(folder: Path, msg: EmailMessage) -> Path:
    """One .eml file per message, through the outbox's atomic writer (a reader never sees half of one)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = folder / f"subscribe-{stamp}-{secrets.token_hex(4)}.eml"
    write_atomic(path, _wire(msg))
    return path


def _send_smtp(config: Config, msg: EmailMessage) -> None:
    """One message through deliver.smtp's session (same TLS, login and reply handling as digests)."""
    smtp = config.delivery.smtp
    assert smtp is not None
    transport = SmtpTransport(smtp, config.delivery.sender)
    try:
        outcome = transport.send(str(msg["To"]), _wire(msg), lambda: None)
    finally:
        transport.close()
    if outcome.kind not in ("sent", "unknown"):
        raise MailError(f"{transport.address}: {outcome.detail}")
