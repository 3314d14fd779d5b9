"""Tables for subscribers; owned by that stage, declared on the shared metadata.

One row per address (stored lower-cased), whatever brought it in: feeds.yaml, the web form or a
CSV import. The row outlives an unsubscribe on purpose: it is the record that keeps the address
from ever being mailed again, whatever feeds.yaml says.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table, Text

from digest.store.db import UTCDateTime, metadata

STATUSES = ("pending", "confirmed", "unsubscribed")
SOURCES = ("feeds.yaml", "web", "csv", "cli")  # cli: `digest subscribers remove` of an unknown address

subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("status", String(20), nullable=False),  # pending | confirmed | unsubscribed
    Column("digests", Text, nullable=False, default='"all"'),  # JSON: "all" or a list of digest names
    Column("topics", Text, nullable=False, default='"all"'),  # JSON: "all" or a list of topic slugs
    Column("source", String(20), nullable=False),  # feeds.yaml | web | csv | cli
    Column("token_key", String(32), nullable=False),  # random; signed into every link for this row
    Column("created", UTCDateTime, nullable=False),
    Column("confirmed", UTCDateTime, nullable=True),
    Column("unsubscribed", UTCDateTime, nullable=True),
    Column("confirm_sent", UTCDateTime, nullable=True),  # last confirmation email, to throttle resends
    Column("prefs_set", UTCDateTime, nullable=True),  # when the subscriber last chose digests/topics
)

Index("ix_subscribers_status", subscribers.c.status)
