"""Tables for subscribers; owned by that stage, declared on the shared metadata."""
