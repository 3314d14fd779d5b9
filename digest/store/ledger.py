"""Tables for ledger; owned by that stage, declared on the shared metadata."""
