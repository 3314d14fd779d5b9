"""Storage: the only package that builds SQL. One SQLAlchemy metadata; tables per area
(`articles`, `feeds`, `topics`, `ledger`, `subscribers`) and queries per entity returning plain
records (`articles`, `feeds`, `issues` with deliveries, cuts, skipped runs and slots,
`deliveries` for the sender's claims, `subscribers`, `leases`, `backlog` for what the pipeline
still owes, `topics` with grouping state kept as opaque columns that digest.topics packs). Errors
leave as `StoreError`, a locked or unreachable database as `StoreBusy`: callers need no SQLAlchemy
beyond the `Engine` and `Connection` types."""

from digest.store.db import StoreBusy, StoreError, UTCDateTime, metadata, open_db

__all__ = ["StoreBusy", "StoreError", "UTCDateTime", "metadata", "open_db"]
