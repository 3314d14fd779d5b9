"""Who gets which digest: feeds.yaml recipients, web sign-ups (double opt-in) and CSV imports.

The subscribers table is the single place an unsubscribe is recorded, and delivery asks it before
every send, so an address that unsubscribed is never mailed again whatever feeds.yaml says.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from digest.config import Config, DigestConfig
from digest.deliver.tokens import SecretError, Tokens, load_secret, new_token_key
from digest.models import Recipient
from digest.store.subscribers import subscribers as table

log = logging.getLogger(__name__)

Status = Literal["pending", "confirmed", "unsubscribed"]
Choice = Literal["all"] | tuple[str, ...]  # "all", or the chosen digest names / topic slugs

_EMAIL = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[^@\s<>,;:\"()\[\]\\]+$")


class InvalidEmail(ValueError):
    """Not an address we would send to."""


class CsvImportError(Exception):
    """A CSV with problems; str() has one `file:line: message` per problem; nothing was imported."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Subscriber:
    id: int
    email: str
    status: Status
    digests: Choice
    topics: Choice
    source: str
    token_key: str
    created: datetime
    confirmed: datetime | None = None
    unsubscribed: datetime | None = None
    confirm_sent: datetime | None = None
    prefs_set: datetime | None = None

    def wants_digest(self, name: str) -> bool:
        return self.digests == "all" or name.casefold() in {d.casefold() for d in self.digests}

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.email,
            "status": self.status,
            "source": self.source,
            "digests": self.digests if self.digests == "all" else list(self.digests),
            "topics": self.topics if self.topics == "all" else list(self.topics),
            "created": self.created.isoformat(),
            "confirmed": self.confirmed.isoformat() if self.confirmed else None,
            "unsubscribed": self.unsubscribed.isoformat() if self.unsubscribed else None,
        }


@dataclass
class ImportResult:
    added: int = 0
    confirmed: int = 0  # pending rows the CSV vouched for
    unchanged: int = 0
    skipped_unsubscribed: list[str] = field(default_factory=list)


def utcnow() -> datetime:
    return datetime.now(UTC)


def normalize_email(text: str) -> str:
    """Trimmed and lower-cased, so one person is one row; raise InvalidEmail when it is not one."""
    email = (text or "").strip().lower()
    if len(email) > 254 or not _EMAIL.match(email) or any(ord(c) < 32 or ord(c) == 127 for c in email):
        raise InvalidEmail(f"not an email address: {text!r}")
    local, domain = email.rsplit("@", 1)
    if not local or not domain or domain.startswith(".") or domain.endswith(".") or ".." in domain:
        raise InvalidEmail(f"not an email address: {text!r}")
    return email


def _dump_choice(choice: Choice | Iterable[str]) -> str:
    if choice == "all":
        return json.dumps("all")
    return json.dumps(sorted(set(choice)))  # type: ignore[arg-type]


def _load_choice(text: str | None) -> Choice:
    try:
        value = json.loads(text) if text else "all"
    except ValueError:
        return "all"
    if value == "all" or not isinstance(value, list):
        return "all"
    return tuple(str(v) for v in value)


def _row(row: Any) -> Subscriber:
    m = row._mapping
    return Subscriber(
        id=m["id"],
        email=m["email"],
        status=m["status"],
        digests=_load_choice(m["digests"]),
        topics=_load_choice(m["topics"]),
        source=m["source"],
        token_key=m["token_key"],
        created=m["created"],
        confirmed=m["confirmed"],
        unsubscribed=m["unsubscribed"],
        confirm_sent=m["confirm_sent"],
        prefs_set=m["prefs_set"],
    )


# ---------------------------------------------------------------------------------------------- reads


def get(engine: Engine, subscriber_id: int) -> Subscriber | None:
    with engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == subscriber_id)).first()
    return _row(row) if row else None


def by_email(engine: Engine, email: str) -> Subscriber | None:
    try:
        key = normalize_email(email)
    except InvalidEmail:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.email == key)).first()
    return _row(row) if row else None


def list_subscribers(engine: Engine, status: Status | None = None) -> list[Subscriber]:
    query = select(table).order_by(table.c.email)
    if status:
        query = query.where(table.c.status == status)
    with engine.connect() as conn:
        return [_row(r) for r in conn.execute(query)]


def is_unsubscribed(engine: Engine, email: str) -> bool:
    """True when this address unsubscribed; delivery asks before every send."""
    try:
        key = normalize_email(email)
    except InvalidEmail:
        return False
    with engine.connect() as conn:
        status = conn.execute(select(table.c.status).where(table.c.email == key)).scalar()
    return status == "unsubscribed"


# --------------------------------------------------------------------------------------------- writes


def _insert(conn: Connection, email: str, *, status: Status, source: str, now: datetime, **values: Any) -> int:
    values.setdefault("digests", _dump_choice("all"))
    values.setdefault("topics", _dump_choice("all"))
    result = conn.execute(
        table.insert().values(
            email=email, status=status, source=source, token_key=new_token_key(), created=now, **values
        )
    )
    return int(result.inserted_primary_key[0])


def subscribe(
    engine: Engine,
    email: str,
    *,
    digests: Choice | Sequence[str] = "all",
    topics: Choice | Sequence[str] = "all",
    now: datetime | None = None,
) -> Subscriber:
    """A web sign-up: a new or lapsed address becomes pending until it confirms by email.

    A confirmed address stays as it is (the caller mails it a preferences link instead), so the
    form never tells a stranger whether an address is subscribed.
    """
    key = normalize_email(email)
    now = now or utcnow()
    choice_d = "all" if digests == "all" else tuple(digests)
    choice_t = "all" if topics == "all" else tuple(topics)
    with engine.begin() as conn:
        row = conn.execute(select(table).where(table.c.email == key)).first()
        if row is None:
            try:
                with conn.begin_nested():
                    _insert(
                        conn,
                        key,
                        status="pending",
                        source="web",
                        now=now,
                        digests=_dump_choice(choice_d),
                        topics=_dump_choice(choice_t),
                    )
            except IntegrityError:
                pass  # a concurrent sign-up of the same address won; it is pending now
        elif row.status in ("pending", "unsubscribed"):
            conn.execute(
                table.update()
                .where(table.c.id == row.id)
                .values(status="pending", digests=_dump_choice(choice_d), topics=_dump_choice(choice_t))
            )
        row = conn.execute(select(table).where(table.c.email == key)).first()
    return _row(row)


def confirm(engine: Engine, subscriber_id: int, now: datetime | None = None) -> Subscriber | None:
    """Pending becomes confirmed; confirmed stays; an unsubscribed row needs a new sign-up first."""
    now = now or utcnow()
    with engine.begin() as conn:
        conn.execute(
            table.update()
            .where(table.c.id == subscriber_id, table.c.status == "pending")
            .values(status="confirmed", confirmed=now, unsubscribed=None)
        )
        row = conn.execute(select(table).where(table.c.id == subscriber_id)).first()
    return _row(row) if row else None


def unsubscribe(engine: Engine, subscriber_id: int, now: datetime | None = None) -> bool:
    """Mark unsubscribed; repeating it changes nothing (the first time is kept). True if it changed."""
    now = now or utcnow()
    with engine.begin() as conn:
        result = conn.execute(
            table.update()
            .where(table.c.id == subscriber_id, table.c.status != "unsubscribed")
            .values(status="unsubscribed", unsubscribed=now)
        )
    return result.rowcount > 0


def remove(engine: Engine, email: str, now: datetime | None = None) -> bool:
    """Unsubscribe an address by hand; an unknown one gets a row too, so feeds.yaml cannot add it later.

    Returns True when something changed.
    """
    key = normalize_email(email)
    now = now or utcnow()
    with engine.begin() as conn:
        row = conn.execute(select(table.c.id).where(table.c.email == key)).first()
        if row is None:
            _insert(conn, key, status="unsubscribed", source="cli", now=now, unsubscribed=now)
            return True
    return unsubscribe(engine, row.id, now)


def set_preferences(
    engine: Engine,
    subscriber_id: int,
    *,
    digests: Choice | Sequence[str],
    topics: Choice | Sequence[str],
    now: datetime | None = None,
) -> Subscriber | None:
    """Save a confirmed subscriber's choices; from then on they count even for feeds.yaml listings."""
    now = now or utcnow()
    with engine.begin() as conn:
        conn.execute(
            table.update()
            .where(table.c.id == subscriber_id, table.c.status == "confirmed")
            .values(
                digests=_dump_choice("all" if digests == "all" else tuple(digests)),
                topics=_dump_choice("all" if topics == "all" else tuple(topics)),
                prefs_set=now,
            )
        )
        row = conn.execute(select(table).where(table.c.id == subscriber_id)).first()
    return _row(row) if row else None


def mark_confirmation_sent(engine: Engine, subscriber_id: int, now: datetime | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == subscriber_id).values(confirm_sent=now or utcnow()))


# ----------------------------------------------------------------------------------------- recipients


def _sync_listed(engine: Engine, digest: DigestConfig, emails: list[str], now: datetime) -> dict[str, Subscriber]:
    """Give each feeds.yaml address a row: new ones confirmed (the editors vouch), lapsed ones untouched."""
    with engine.begin() as conn:
        rows = {r.email: r for r in conn.execute(select(table).where(table.c.email.in_(emails)))} if emails else {}
        for email in emails:
            row = rows.get(email)
            if row is None:
                try:
                    with conn.begin_nested():
                        _insert(
                            conn,
                            email,
                            status="confirmed",
                            source="feeds.yaml",
                            now=now,
                            confirmed=now,
                            digests=_dump_choice([digest.name]),
                        )
                except IntegrityError:
                    pass  # another process synced it first
                continue
            updates: dict[str, Any] = {}
            if row.status == "pending":
                updates.update(status="confirmed", confirmed=now)
            if row.source == "feeds.yaml" and row.prefs_set is None:
                current = _load_choice(row.digests)
                if current != "all" and digest.name not in current:
                    updates["digests"] = _dump_choice([*current, digest.name])
            if updates:
                conn.execute(table.update().where(table.c.id == row.id).values(**updates))
        fresh = conn.execute(select(table).where(table.c.email.in_(emails))).all() if emails else []
    return {r.email: _row(r) for r in fresh}


def _unsubscribe_url(config: Config, tokens: Tokens | None, subscriber: Subscriber) -> str | None:
    if tokens is None or not config.web.base_url:
        return None
    return f"{config.web.base_url}/unsubscribe/{tokens.make('unsubscribe', subscriber.id, subscriber.token_key)}"


def _tokens_or_none(config: Config) -> Tokens | None:
    if not config.web.base_url:
        return None
    try:
        return Tokens(load_secret(config))
    except SecretError as exc:
        log.warning("no unsubscribe links in this digest: %s", exc)
        return None


def _valid_addresses(addresses: Iterable[str]) -> list[str]:
    result = []
    for address in addresses:
        try:
            result.append(normalize_email(address))
        except InvalidEmail as exc:
            log.warning("feeds.yaml recipient skipped: %s", exc)
    return result


def sync_config(engine: Engine, config: Config) -> None:
    """Give every feeds.yaml recipient and editor a row now (a digest run does the same per digest)."""
    now = utcnow()
    for digest in config.digests:
        _sync_listed(engine, digest, list(dict.fromkeys(_valid_addresses([*digest.recipients, *digest.editors]))), now)


def topics_for(engine: Engine, email: str) -> Choice:
    """The topics a subscriber chose ("all" unless they picked some), for per-recipient filtering."""
    sub = by_email(engine, email)
    return sub.topics if sub is not None else "all"


def recipients_for(engine: Engine, config: Config, digest_name: str) -> list[Recipient]:
    """Everyone who gets this digest now: feeds.yaml's list plus confirmed sign-ups, never an unsubscribe."""
    digest = config.digest(digest_name)
    now = utcnow()
    editors = set(_valid_addresses(digest.editors))
    listed = list(dict.fromkeys(_valid_addresses([*digest.recipients, *digest.editors])))
    rows = _sync_listed(engine, digest, listed, now)
    tokens = _tokens_or_none(config)

    chosen: dict[str, Subscriber] = {}
    for email in listed:
        sub = rows.get(email)
        if sub and sub.status == "confirmed" and (sub.prefs_set is None or sub.wants_digest(digest.name)):
            chosen[email] = sub
    for sub in list_subscribers(engine, status="confirmed"):
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
    An address that unsubscribed is reported and left unsubscribed.
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

    now = now or utcnow()
    result = ImportResult()
    new_rows: list[dict[str, Any]] = []
    with engine.begin() as conn:
        existing: dict[str, Any] = {}
        emails = list(wanted)
        for start in range(0, len(emails), 500):  # stay under SQL parameter limits
            chunk = emails[start : start + 500]
            existing.update({r.email: r for r in conn.execute(select(table).where(table.c.email.in_(chunk)))})
        for email, digests in wanted.items():
            row = existing.get(email)
            if row is None:
                new_rows.append(
                    {
                        "email": email,
                        "status": "confirmed",
                        "source": "csv",
                        "token_key": new_token_key(),
                        "created": now,
                        "confirmed": now,
                        "digests": _dump_choice(digests),
                        "topics": _dump_choice("all"),
                    }
                )
                result.added += 1
            elif row.status == "unsubscribed":
                result.skipped_unsubscribed.append(email)
            elif row.status == "pending":
                conn.execute(
                    table.update()
                    .where(table.c.id == row.id)
                    .values(status="confirmed", confirmed=now, digests=_dump_choice(digests))
                )
                result.confirmed += 1
            else:
                result.unchanged += 1
        if new_rows:
            conn.execute(table.insert(), new_rows)
    return result
