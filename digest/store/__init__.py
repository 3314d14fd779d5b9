"""Storage: one SQLAlchemy metadata, one module of tables per area."""

from digest.store.db import StoreError, UTCDateTime, metadata, open_db

__all__ = ["StoreError", "UTCDateTime", "metadata", "open_db"]
