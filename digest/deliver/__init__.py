"""Delivery: the issue archive, the per-recipient ledger, outbox/SMTP senders and run leases.

Rooms: `message` (one MIME message), `compose` (renders once per issue, messages per recipient),
`preview` (dry-run files), `ledger` and `lease` (over `digest.store`), `send`, `smtp`, `outbox`,
`subscribers` and `tokens`.
"""

from digest.deliver.lease import Lease, LeaseHeld, holder_id, lease
from digest.deliver.ledger import (
    DeliveryRecord,
    IssueRecord,
    create_issue,
    delivery_counts,
    get_issue,
    last_issue,
    list_deliveries,
    list_issues,
    pop_skipped_runs,
    record_skipped_run,
)
from digest.deliver.send import DeliveryReport, clear_stop, request_stop, send_pending, stop_requested

__all__ = [
    "DeliveryRecord",
    "DeliveryReport",
    "IssueRecord",
    "Lease",
    "LeaseHeld",
    "clear_stop",
    "create_issue",
    "delivery_counts",
    "get_issue",
    "holder_id",
    "last_issue",
    "lease",
    "list_deliveries",
    "list_issues",
    "pop_skipped_runs",
    "record_skipped_run",
    "request_stop",
    "send_pending",
    "stop_requested",
]
