"""digest: a self-hosted, scheduled newsletter digest of tracked news topics."""

__version__ = "0.1.0"
