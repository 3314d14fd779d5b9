"""The issue archive and the per-recipient delivery ledger, as delivery sees them.

What an issue's rows say (one pending delivery per distinct recipient, a message id stable per
issue and recipient) is decided here; `digest.store.issues` stores and reads them in one
transaction, so a crash leaves either nothing or an issue whose every recipient is `pending`.
"""

from __future__ import annotations

import hashlib
import re
import socket
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import Engine

from digest.models import DigestContext, Recipient
from digest.store import issues as issue_store
from digest.store.db import store_errors
from digest.store.issues import (
    DeliveryRecord,
    IssueRecord,
    delivery_counts,
    get_issue,
    get_issue_by_number,
    last_issue,
    last_slot,
    list_deliveries,
    list_issues,
    mark_slot,
    record_skipped_run,
    slot_handled,
)
from digest.store.issues import delivery_record as _delivery  # deliver.send reads claimed rows with it

__all__ = [
    "DeliveryRecord",
    "IssueRecord",
    "_delivery",
    "create_issue",
    "delivery_counts",
    "get_issue",
    "get_issue_by_number",
    "last_issue",
    "last_slot",
    "list_deliveries",
    "list_issues",
    "mark_slot",
    "message_id_for",
    "pop_skipped_runs",
    "record_skipped_run",
    "slot_handled",
    "store_errors",
]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "digest"


def _message_domain(ctx: DigestContext) -> str:
    host = urlsplit(ctx.web_base_url).hostname if ctx.web_base_url else None
    if host:
        return host
    fqdn = socket.getfqdn()
    return fqdn if "." in fqdn else "digest.localhost"


def message_id_for(digest: str, number: int, email: str, created: datetime, domain: str) -> str:
    """Stable per issue and recipient; stored in the row, so a resend reuses it."""
    who = hashlib.sha256(email.casefold().encode()).hexdigest()[:16]
    return f"<{_slug(digest)}.{number}.{who}.{int(created.timestamp())}@{domain}>"


def create_issue(
    engine: Engine,
    ctx: DigestContext,
    base_html: str,
    base_text: str,
    subject: str,
    recipients: list[Recipient],
    topics: list[tuple[str, int]],
    article_ids: list[str],
) -> IssueRecord:
    """Store the issue and one pending delivery per recipient in one transaction.

    Idempotent on (digest, number): calling again returns the stored issue unchanged.
    """
    existing = get_issue_by_number(engine, ctx.digest, ctx.number)
    if existing is not None:
        return existing
    created = datetime.now(UTC)
    domain = _message_domain(ctx)
    unique: dict[str, Recipient] = {}
    for r in recipients:
        unique.setdefault(r.email.strip().casefold(), r)
    rows = [
        (replace(r, email=r.email.strip()), message_id_for(ctx.digest, ctx.number, r.email.strip(), created, domain))
        for r in unique.values()
    ]
    issue_id = issue_store.insert_issue(
        engine,
        digest=ctx.digest,
        number=ctx.number,
        period_start=ctx.period_start,
        period_end=ctx.period_end,
        created=created,
        subject=subject,
        html=base_html,
        text=base_text,
        topics=topics,
        article_ids=article_ids,
        recipients=rows,
    )
    if issue_id is None:  # another process stored the same (digest, number) first
        existing = get_issue_by_number(engine, ctx.digest, ctx.number)
        if existing is None:
            raise RuntimeError(f"issue {ctx.digest} #{ctx.number} clashed with another and then vanished")
        return existing
    stored = get_issue(engine, issue_id)
    assert stored is not None
    return stored


def pop_skipped_runs(engine: Engine, digest: str) -> list[str]:
    """The skipped runs not yet reported, as lines for the next issue; they are then forgotten."""
    return [f"{r.scheduled_for:%Y-%m-%d %H:%M} UTC: {r.reason}" for r in issue_store.pop_skipped_runs(engine, digest)]
