"""Distributed execution: the pipeline's stages as Procrastinate jobs on PostgreSQL.

`execution: {mode: distributed}` in feeds.yaml. Every job is a thin wrapper that calls the same
stage function a local run calls, over ids the database hands out; the database stays the source of
truth (the ledger, the leases, ungrouped articles, unbriefed versions), so a lost job is simply
enqueued again by the reconciler.

* app: the Procrastinate App, its connector and schema.
* tasks: the jobs (fetch a feed, group, write a brief, send a batch of recipient rows, reconcile).
* liveness: worker heartbeats; a dead worker's delivery claims are recovered within seconds.
* coordinator: what `digest schedule` does in distributed mode (dispatch, wait, compose, fan out).
"""
