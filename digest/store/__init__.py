"""Storage: the only package that builds SQL. One SQLAlchemy metadata; tables per area
(`articles`, `feeds`, `topics`, `ledger`, `subscribers`) and queries per entity returning plain
records (`articles`, `feeds`, `issues` with deliveries, cuts, skipped runs and slots,
`deliveries` for the sender's claims, `subscribers`, `leases`, `backlog` for what the pipeline
still owes)."""

from digest.store.db import StoreError, UTCDateTime, metadata, open_db

__all__ = ["StoreError", "UTCDateTime", "metadata", "open_db"]
