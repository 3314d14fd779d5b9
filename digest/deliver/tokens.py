"""Signed, purpose-scoped links for one subscriber, and the CSRF tokens of the site's forms.

A token carries the subscriber's row id and that row's random `token_key`, signed with HMAC
(itsdangerous) under a salt per purpose, so a confirmation link cannot unsubscribe, an
unsubscribe link cannot change preferences, and a token of one row cannot act on another.
Nothing in a token is secret (it is signed, not encrypted): it holds no email address.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Literal

from itsdangerous import BadData, URLSafeTimedSerializer

from digest.config import Config
from digest.i18n import N_

Purpose = Literal["confirm", "preferences", "unsubscribe", "csrf"]

MIN_SECRET_LENGTH = 16

# Seconds a link stays valid; None: forever (an unsubscribe link in a years-old email must work).
MAX_AGE: dict[str, int | None] = {
    "confirm": 7 * 24 * 3600,
    "preferences": 30 * 24 * 3600,
    "unsubscribe": None,
    "csrf": 24 * 3600,
}


class SecretError(Exception):
    """The signing secret is missing or too weak; the message says which variable to set."""


class BadToken(Exception):
    """A forged, truncated, expired or misdirected token; `status` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class TokenSubject:
    """Who a valid token speaks for: a subscriber row and the key it was signed with."""

    subscriber_id: int
    token_key: str


def load_secret(config: Config) -> str:
    """The secret from the variable `web.secret_env` names; raise SecretError with what to do."""
    name = config.web.secret_env
    value = os.environ.get(name, "")
    if not value:
        raise SecretError(
            f"the environment variable {name} is not set: it holds the secret that signs subscriber links "
            f"(set it to a long random string, e.g. `export {name}=$(python -c 'import secrets; "
            f"print(secrets.token_urlsafe(32))')`)"
        )
    if len(value) < MIN_SECRET_LENGTH:
        raise SecretError(
            f"the secret in {name} is too short ({len(value)} characters; use at least {MIN_SECRET_LENGTH})"
        )
    return value


def new_token_key() -> str:
    return secrets.token_hex(8)


class Tokens:
    """Makes and checks every signed value of one installation."""

    def __init__(self, secret: str):
        if not secret:
            raise SecretError("empty signing secret")
        self._serializers = {
            purpose: URLSafeTimedSerializer(secret, salt=f"digest.web.{purpose}") for purpose in MAX_AGE
        }

    def make(self, purpose: Purpose, subscriber_id: int, token_key: str) -> str:
        return self._serializers[purpose].dumps([subscriber_id, token_key])

    def read(self, purpose: Purpose, token: str) -> TokenSubject:
        """Check signature (constant time, inside itsdangerous), purpose and age; raise BadToken."""
        try:
            data = self._serializers[purpose].loads(token, max_age=MAX_AGE[purpose])
        except BadData:
            raise BadToken(N_("This link is not valid. It may be incomplete, or it has expired."), 400) from None
        if (
            not isinstance(data, list)
            or len(data) != 2
            or not isinstance(data[0], int)
            or isinstance(data[0], bool)
            or not isinstance(data[1], str)
        ):
            raise BadToken(N_("This link is not valid."), 400)
        return TokenSubject(data[0], data[1])

    @staticmethod
    def check_key(subject: TokenSubject, stored_key: str | None) -> None:
        """Refuse a validly signed token whose row no longer has the key it was made with."""
        if stored_key is None or not hmac.compare_digest(subject.token_key.encode(), stored_key.encode()):
            raise BadToken(N_("This link does not belong to a current subscription."), 403)

    def make_csrf(self, nonce: str) -> str:
        return self._serializers["csrf"].dumps(nonce)

    def check_csrf(self, form_token: str | None, cookie_nonce: str | None) -> bool:
        """Signed double submit: the form's signed token must wrap the nonce in the browser's cookie."""
        if not form_token or not cookie_nonce:
            return False
        try:
            nonce = self._serializers["csrf"].loads(form_token, max_age=MAX_AGE["csrf"])
        except BadData:
            return False
        return isinstance(nonce, str) and hmac.compare_digest(nonce.encode(), cookie_nonce.encode())
