"""Tables for topics; owned by that stage, declared on the shared metadata."""
