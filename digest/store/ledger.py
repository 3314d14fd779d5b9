"""Tables of the delivery ledger: issues sent, one row per issue and recipient, run leases, run log.

The ledger is what makes delivery exactly-once through crashes: a delivery row is claimed
(`sending`) before the SMTP transaction starts, marked `handed_at` just before the final
`.` of DATA leaves, and `sent` after the server's 250 (see digest.deliver.send for the states).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from digest.store.db import UTCDateTime, metadata

issues = Table(
    "issues",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(200), nullable=False),
    Column("number", Integer, nullable=False),
    Column("period_start", UTCDateTime, nullable=True),
    Column("period_end", UTCDateTime, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("subject", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("topics", Text, nullable=False, default="[]"),  # JSON [{"slug": …, "version": …}]
    Column("article_ids", Text, nullable=False, default="[]"),  # JSON [id, …]
    Column("status", String(20), nullable=False, default="pending"),  # pending | sent
    UniqueConstraint("digest", "number", name="uq_issues_digest_number"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("issue_id", Integer, ForeignKey("issues.id", ondelete="CASCADE"), nullable=False),
    Column("recipient", String(320), nullable=False),
    Column("unsubscribe_url", Text, nullable=True),
    Column("editor", Boolean, nullable=False, default=False),
    # pending | sending (claimed, in flight) | sent | deferred | failed | skipped (unsubscribed)
    Column("status", String(20), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_try", UTCDateTime, nullable=True),
    Column("message_id", String(400), nullable=False),
    Column("last_error", Text, nullable=True),
    Column("sent_at", UTCDateTime, nullable=True),
    Column("claimed_by", String(200), nullable=True),  # lease holder id of the sending process
    Column("claim_expires", UTCDateTime, nullable=True),
    Column("handed_at", UTCDateTime, nullable=True),  # final "." of DATA handed to the socket
    # JSON sorted topic slugs the copy is cut to, [] for every topic; NULL on rows made before it was kept
    Column("selection", Text, nullable=True),
    UniqueConstraint("issue_id", "recipient", name="uq_deliveries_issue_recipient"),
)
Index("ix_deliveries_status", deliveries.c.status, deliveries.c.next_try)

leases = Table(
    "leases",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("holder", String(200), nullable=False),
    Column("acquired", UTCDateTime, nullable=False),
    Column("expires", UTCDateTime, nullable=False),
)

# An issue cut to the topics some subscribers chose, so a retry or a resumed send sends the same cut.
issue_cuts = Table(
    "issue_cuts",
    metadata,
    Column("issue_id", Integer, primary_key=True),
    Column("selection", String(2000), primary_key=True),  # JSON list of sorted topic slugs
    Column("subject", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("text", Text, nullable=False),
)

skipped_runs = Table(
    "skipped_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(200), nullable=False),
    Column("scheduled_for", UTCDateTime, nullable=False),
    Column("reason", Text, nullable=False),
    Column("recorded", UTCDateTime, nullable=False),
)

# One row per scheduled slot a scheduler handled, so a second scheduler (or a restart) never
# runs the same slot twice, and missed slots are found after downtime.
scheduled_runs = Table(
    "scheduled_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(200), nullable=False),
    Column("scheduled_for", UTCDateTime, nullable=False),
    Column("status", String(20), nullable=False),  # done | failed | skipped
    Column("holder", String(200), nullable=False),
    Column("finished", UTCDateTime, nullable=False),
    Column("note", Text, nullable=True),
    UniqueConstraint("digest", "scheduled_for", name="uq_scheduled_runs_slot"),
)
