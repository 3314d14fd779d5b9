"""Who gets which digest: feeds.yaml recipients, web sign-ups (double opt-in) and CSV imports.

The subscribers table is the single place an unsubscribe is recorded, and delivery asks it before
every send, so an address that unsubscribed is never mailed again whatever feeds.yaml says.

An unsubscribe is sticky: neither feeds.yaml, nor a CSV import, nor a stranger's sign-up can undo
it. Only the owner can, by confirming a link mailed to the address after the unsubscribe (every
stop draws a new token key, so older links are void). A bounced address is stopped the same way.
All SQL lives in digest.store.subscribers.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine

from digest.config import Config, DigestConfig
from digest.config.addresses import InvalidAddress, normalize
from digest.deliver.tokens import Tokens, load_secret
from digest.models import Recipient
from digest.store import subscribers as store
from digest.store.subscribers import STOPPED, Choice, Status, Subscriber

log = logging.getLogger(__name__)

__all__ = ["STOPPED", "Choice", "CsvImportError", "ImportResult", "InvalidEmail", "Status", "Subscriber"]

InvalidEmail = InvalidAddress  # the name callers used before there was one validator


class CsvImportError(Exception):
    """A CSV with problems; str() has one `file:line: message` per problem; nothing was imported."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class ImportResult:
    added: int = 0
    confirmed: int = 0  # pending rows the CSV vouched for
    unchanged: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # email -> why (unsubscribed, bounced)

    @property
    def skipped_unsubscribed(self) -> list[str]:
        return list(self.skipped)


def utcnow() -> datetime:
    return datetime.now(UTC)


def normalize_email(text: str) -> str:
    """Checked (digest.config.addresses) and lower-cased, so one person is one row; raise InvalidEmail."""
    return normalize(text)


def why_skipped(status: str) -> str:
    if status == "bounced":
        return "bounced: mail to it failed permanently several times in a row; only the owner can re-subscribe"
    return "unsubscribed earlier; only the owner can re-subscribe, by confirming a new sign-up link"


# ---------------------------------------------------------------------------------------------- reads


def get(engine: Engine, subscriber_id: int) -> Subscriber | None:
    return store.get(engine, subscriber_id)


def by_email(engine: Engine, email: str) -> Subscriber | None:
    try:
        key = normalize_email(email)
    except InvalidEmail:
        return None
    return store.by_email(engine, key)


def list_subscribers(engine: Engine, status: Status | None = None) -> list[Subscriber]:
    return store.list_all(engine, status)


def stop_reason(target: Engine | Connection, email: str) -> str | None:
    """Why this address must not be mailed (unsubscribed, bounced, not an address), else None.

    The sender asks before every message. A database error propagates: the caller sends nothing.
    """
    try:
        key = normalize_email(email)
    except InvalidEmail as exc:
        return str(exc)
    status = store.status_of(target, key)
    return status if status in STOPPED else None


def is_unsubscribed(engine: Engine, email: str) -> bool:
    """True when this address unsubscribed or bounced (or is not an address at all)."""
    return stop_reason(engine, email) is not None


# --------------------------------------------------------------------------------------------- writes


def subscribe(
    engine: Engine,
    email: str,
    *,
    digests: Choice | Sequence[str] = "all",
    topics: Choice | Sequence[str] = "all",
    now: datetime | None = None,
) -> Subscriber:
    """A web sign-up: a new address becomes pending until it confirms by email.

    A confirmed address stays as it is (the caller mails it a preferences link instead), and a
    stopped one stays stopped (the caller mails it a link that only its owner can confirm), so
    the form never tells a stranger whether an address is subscribed, nor lets them undo a stop.
    """
    key = normalize_email(email)
    return store.sign_up(
        engine, key, digests=store.as_choice(digests), topics=store.as_choice(topics), now=now or utcnow()
    )


def confirm(
    engine: Engine, subscriber_id: int, now: datetime | None = None, *, reopen: bool = False
) -> Subscriber | None:
    """Pending becomes confirmed; a stopped row only with `reopen`, which the web confirm page
    passes for a link made with the row's current key (so mailed after the stop)."""
    return store.confirm(engine, subscriber_id, now or utcnow(), reopen=reopen)


def unsubscribe(engine: Engine, subscriber_id: int, now: datetime | None = None) -> bool:
    """Mark unsubscribed; repeating it changes nothing (the first time is kept). True if it changed."""
    return store.stop(engine, subscriber_id, now or utcnow())


def remove(engine: Engine, email: str, now: datetime | None = None) -> bool:
    """Unsubscribe an address by hand; an unknown one gets a row too, so feeds.yaml cannot add it later.

    Returns True when something changed.
    """
    return store.stop_address(engine, normalize_email(email), now or utcnow())


def set_preferences(
    engine: Engine,
    subscriber_id: int,
    *,
    digests: Choice | Sequence[str],
    topics: Choice | Sequence[str],
    now: datetime | None = None,
) -> Subscriber | None:
    """Save a confirmed subscriber's choices; from then on they count even for feeds.yaml listings."""
    return store.set_preferences(
        engine, subscriber_id, digests=store.as_choice(digests), topics=store.as_choice(topics), now=now or utcnow()
    )


def mark_confirmation_sent(engine: Engine, subscriber_id: int, now: datetime | None = None) -> None:
    store.mark_confirmation_sent(engine, subscriber_id, now or utcnow())


def prune(engine: Engine, config: Config, now: datetime | None = None) -> int:
    """Delete web sign-ups left unconfirmed longer than `web.unconfirmed_days`; how many."""
    before = (now or utcnow()) - timedelta(days=config.web.unconfirmed_days)
    removed = store.prune_pending(engine, before)
    if removed:
        log.info("subscribers: pruned %d unconfirmed sign-ups older than %s", removed, before.date())
    return removed


def note_bounce(engine: Engine, config: Config, email: str, detail: str, now: datetime | None = None) -> bool:
    """One more permanent failure for `email`; True when that made it `bounced` (no more mail)."""
    try:
        key = normalize_email(email)
    except InvalidEmail:
        return False
    bounced = store.record_bounce(engine, key, detail, now or utcnow(), config.delivery.bounce_limit)
    if bounced:
        log.warning(
            "%s: marked bounced after %d permanent failures in a row; no more mail to it (last: %s)",
            key,
            config.delivery.bounce_limit,
            detail,
        )
    return bounced


def note_delivered(engine: Engine, email: str, counted: set[str] | None = None) -> None:
    """A delivery went through: its address's failures were not in a row. `counted`: the addresses
    known to have failures (`with_bounces`), so the sender asks once per batch, not per message."""
    with contextlib.suppress(InvalidEmail):
        key = normalize_email(email)
        if counted is None or key in counted:
            store.clear_bounces(engine, key)
            if counted is not None:
                counted.discard(key)


def with_bounces(engine: Engine, emails: list[str]) -> set[str]:
    """The stored forms of those of `emails` whose failures are being counted."""
    keys = []
    for email in emails:
        with contextlib.suppress(InvalidEmail):
            keys.append(normalize_email(email))
    return store.with_bounces(engine, keys)


# ----------------------------------------------------------------------------------------- recipients


def _unsubscribe_url(config: Config, tokens: Tokens | None, subscriber: Subscriber) -> str | None:
    if tokens is None or not config.web.base_url:
        return None
    return f"{config.web.base_url}/unsubscribe/{tokens.make('unsubscribe', subscriber.id, subscriber.token_key)}"


def link_tokens(config: Config) -> Tokens | None:
    """The signer of unsubscribe links; None without web.base_url. SecretError when base_url is set
    and the secret is missing: such a digest must not go out without its unsubscribe links."""
    if not config.web.base_url:
        return None
    return Tokens(load_secret(config))


def _valid_addresses(addresses: Iterable[str]) -> list[str]:
    result = []
    for address in addresses:
        try:
            result.append(normalize_email(address))
        except InvalidEmail as exc:  # config validation refuses these; a hand-built Config may not
            log.warning("feeds.yaml recipient skipped: %s", exc)
    return result


def _listed(digest: DigestConfig) -> list[str]:
    return list(dict.fromkeys(_valid_addresses([*digest.recipients, *digest.editors])))


def sync_config(engine: Engine, config: Config) -> dict[str, str]:
    """Give every feeds.yaml recipient and editor a row now (a digest run does the same per digest).

    Returns the listed addresses that stay stopped, each with why, for the CLI to report.
    """
    now = utcnow()
    skipped: dict[str, str] = {}
    for digest in config.digests:
        rows = store.sync_listed(engine, digest.name, _listed(digest), now)
        skipped.update({e: why_skipped(s.status) for e, s in rows.items() if s.stopped})
    return skipped


def topics_for(engine: Engine, email: str) -> Choice:
    """The topics a subscriber chose ("all" unless they picked some), for per-recipient filtering."""
    sub = by_email(engine, email)
    return sub.topics if sub is not None else "all"


def recipients_for(engine: Engine, config: Config, digest_name: str) -> list[Recipient]:
    """Everyone who gets this digest now: feeds.yaml's list plus confirmed sign-ups, never a stopped row.

    Raises SecretError when web.base_url is set and the signing secret is not: nothing is sent then.
    """
    digest = config.digest(digest_name)
    tokens = link_tokens(config)
    editors = set(_valid_addresses(digest.editors))
    listed = _listed(digest)
    rows = store.sync_listed(engine, digest.name, listed, utcnow())
    for email, row in rows.items():
        if row.stopped:
            log.info("%s: listed in feeds.yaml but not sent: %s", email, why_skipped(row.status))

    chosen: dict[str, Subscriber] = {}
    for email in listed:
        sub = rows.get(email)
        if sub and sub.status == "confirmed" and (sub.prefs_set is None or sub.wants_digest(digest.name)):
            chosen[email] = sub
    for sub in store.list_all(engine, status="confirmed"):
        self_chosen = sub.source != "feeds.yaml" or sub.prefs_set is not None
        if sub.email not in chosen and self_chosen and sub.wants_digest(digest.name):
            chosen[sub.email] = sub
    return [
        Recipient(
            email=sub.email,
            unsubscribe_url=_unsubscribe_url(config, tokens, sub),
            editor=sub.email in editors,
            topics=() if sub.topics == "all" else tuple(sub.topics),
        )
        for sub in chosen.values()
        if sub.status == "confirmed"
    ]


# ------------------------------------------------------------------------------------------------ CSV


def _split_digests(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;|,]", cell) if part.strip()]


def import_csv(engine: Engine, config: Config, path: Path | str, now: datetime | None = None) -> ImportResult:
    """Import `email[,digests]` rows as confirmed (the editor vouches); all or nothing.

    digests: names separated by `;` or `|` (or `,` inside quotes); empty or `all` means every digest.
    An address that unsubscribed or bounced is reported (`skipped`, with its status) and left as it is.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CsvImportError([f"{path}: no such file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CsvImportError([f"{path}: cannot read: {exc}"]) from None
    known = {d.name.casefold(): d.name for d in config.digests}
    problems: list[str] = []
    wanted: dict[str, Choice] = {}
    for line_no, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if line_no == 1 and cells[0].strip().casefold() == "email":
            continue  # header
        if len(cells) > 2:
            problems.append(f"{path}:{line_no}: expected email[,digests], got {len(cells)} columns")
            continue
        try:
            email = normalize_email(cells[0])
        except InvalidEmail as exc:
            problems.append(f"{path}:{line_no}: {exc}")
            continue
        names = _split_digests(cells[1]) if len(cells) > 1 else []
        if not names or [n.casefold() for n in names] == ["all"]:
            wanted[email] = "all"
            continue
        unknown = [n for n in names if n.casefold() not in known]
        if unknown:
            listing = ", ".join(known.values()) or "none in the config"
            problems.append(f"{path}:{line_no}: unknown digest {unknown[0]!r} (known: {listing})")
            continue
        wanted[email] = tuple(dict.fromkeys(known[n.casefold()] for n in names))
    if problems:
        raise CsvImportError(problems)

    counts = store.import_confirmed(engine, wanted, now or utcnow())
    return ImportResult(
        added=counts.added, confirmed=counts.confirmed, unchanged=counts.unchanged, skipped=dict(counts.skipped or {})
    )
