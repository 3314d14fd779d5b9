"""The one email address check, used by feeds.yaml, CSV import, the sign-up form and the sender.

Addresses are plain ASCII dot-atoms (`local@domain.tld`) within RFC 5321 length limits: no quoted
local parts, no IP literals, no special-use domains (localhost, .local, .test, .invalid), and no
SMTPUTF8 or raw IDN (an IDN domain is written as its `xn--` form), so zero-width, right-to-left
and look-alike characters never reach a mailbox. The
syntax rules come from the well-kept `email-validator` package (deliverability checks off: no DNS
at the door); an address that fails here is refused where it enters, never retried by the sender.

`mailbox_key` names the mailbox an address reaches, for throttling sign-ups: `Victim+1@Gmail.com`
and `v.i.c.t.i.m@googlemail.com` are one mailbox.
"""

from __future__ import annotations

import functools

from email_validator import EmailNotValidError, validate_email

MAX_LENGTH = 254  # RFC 5321 path limit less the angle brackets

# Providers that deliver `a.b@` and `ab@` to the same mailbox; the second name maps to the first.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


class InvalidAddress(ValueError):
    """Not an address we would send to; str() says why, with the address quoted."""


def check(text: str) -> str:
    """The address, trimmed, with its domain lower-cased; raise InvalidAddress when it is not one."""
    if not isinstance(text, str):
        raise InvalidAddress(f"not an email address: {text!r}")
    return _check(text)


@functools.lru_cache(maxsize=4096)  # the sender asks twice per message (before it, after its reply)
def _check(text: str) -> str:
    address = text.strip()
    if not address or any(ord(c) < 32 or ord(c) == 127 for c in address):
        raise InvalidAddress(f"not an email address: {text!r}")
    if not address.isascii():  # look-alike, zero-width and right-to-left characters never get in
        bad = next(c for c in address if not c.isascii())
        raise InvalidAddress(f"not an email address: {text!r}: only ASCII is accepted, not {bad!r} (U+{ord(bad):04X})")
    if len(address) > MAX_LENGTH:
        raise InvalidAddress(f"not an email address: {text[:60]!r}…: longer than {MAX_LENGTH} characters")
    try:
        result = validate_email(
            address,
            check_deliverability=False,
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
            strict=True,
        )
    except EmailNotValidError as exc:
        raise InvalidAddress(f"not an email address: {text!r}: {exc}") from None
    ascii_email = result.ascii_email
    if not ascii_email or not ascii_email.isascii():  # pragma: no cover - allow_smtputf8=False ensures it
        raise InvalidAddress(f"not an email address: {text!r}: not ASCII")
    local, _, domain = ascii_email.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalize(text: str) -> str:
    """The stored form: checked and lower-cased whole, so one person is one subscriber row."""
    return check(text).lower()


def is_valid(text: str) -> bool:
    try:
        check(text)
    except InvalidAddress:
        return False
    return True


def mailbox_key(address: str) -> str:
    """The mailbox an address reaches: case-folded, `+tag` dropped, dots folded where the provider ignores them."""
    local, _, domain = address.strip().casefold().rpartition("@")
    local = local.split("+", 1)[0]
    folded = DOTLESS_DOMAINS.get(domain)
    if folded:
        local, domain = local.replace(".", ""), folded
    return f"{local}@{domain}"
