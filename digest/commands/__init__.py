"""Click commands, one module per area, registered by digest.cli."""
