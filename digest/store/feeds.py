"""Tables for feeds; owned by that stage, declared on the shared metadata."""
