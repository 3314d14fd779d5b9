"""send_pending: deliver every due ledger row, exactly once through crashes.

States of a delivery row and who moves it:

    pending/deferred --claim--> sending --250--> sent
                                   |  \\--4xx/dropped--> deferred (next_try, backoff)
                                   |   \\--5xx--------> failed
                                   \\--handed_at set (final "." about to leave)

* The claim (status `sending`, `claimed_by` = this process) is committed before MAIL FROM, so
  two senders never take the same row.
* `handed_at` is committed immediately before the final "." of DATA is written to the socket.
  Until that dot arrives the server holds no message: a connection closed mid-DATA makes the
  server drop it (RFC 5321 4.1.1.4).
* After a crash, a `sending` row whose claimant is gone is recovered: without `handed_at` it
  goes back to `pending` (the server cannot have it: resend); with `handed_at` it is marked
  `sent` as "presumed" (the server received the complete message: never resend).
* `sent` is committed right after the 250.

The one window left is the few microseconds between the `handed_at` commit returning and the
dot's send() system call: a kill -9 exactly there records a message the server never got.
Committing after the dot instead would turn that window into a duplicate of the same size,
plus the commit's own duration; SMTP has no way to ask a server whether it has a message, so
some window must exist, and this order keeps it smallest. The other ambiguous case, a
connection that breaks after the dot and before the reply (RFC 1047), is resolved the same
way: presumed sent, with the reason in `last_error`.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine

from digest.config import Config, addresses
from digest.deliver import subscribers
from digest.deliver.lease import holder_alive, holder_id
from digest.deliver.ledger import IssueRecord, _delivery, get_issue, store_errors
from digest.deliver.outbox import OutboxTransport
from digest.deliver.smtp import Outcome, SmtpTransport, SmtpUnavailable
from digest.models import Recipient
from digest.store import deliveries as rows_store
from digest.store.db import StoreBusy, StoreError, connection_dropped

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)

# The recipient's message, or its finished wire form (CRLF, our Message-ID, no Bcc) as the composer gives
MakeMessage = Callable[[IssueRecord, Recipient, str], EmailMessage | bytes]

BACKOFF_BASE = 60.0  # seconds before the first retry; doubles per attempt
BACKOFF_MAX = 6 * 3600.0
CONNECTION_BACKOFF_MAX = 3600.0  # dropped connections retry forever, at most hourly
CLAIM_TTL = 900.0  # a claim of a process on another host is recovered after this
BATCH = 200

_stop = threading.Event()


def request_stop() -> None:
    """Ask running sends to stop after the current message; unsent rows stay pending."""
    _stop.set()


def clear_stop() -> None:
    _stop.clear()


def stop_requested() -> bool:
    return _stop.is_set()


@dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    skipped: int = 0
    paths: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    parked: bool = False  # stopped on request (SIGTERM) with rows left pending
    recovered: int = 0  # rows of a crashed sender put back or presumed sent
    unchecked: list[str] = field(default_factory=list)  # not sent: the unsubscribe check could not answer
    bounced: list[str] = field(default_factory=list)  # addresses marked bounced during this send

    def merge(self, other: DeliveryReport) -> None:
        self.sent += other.sent
        self.deferred += other.deferred
        self.failed += other.failed
        self.skipped += other.skipped
        self.paths += other.paths
        self.errors += other.errors
        self.parked = self.parked or other.parked
        self.recovered += other.recovered
        self.unchecked += other.unchecked
        self.bounced += other.bounced


def backoff(attempts: int, dropped: bool = False) -> timedelta:
    cap = CONNECTION_BACKOFF_MAX if dropped else BACKOFF_MAX
    return timedelta(seconds=min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), cap))


def message_bytes(message: EmailMessage, message_id: str) -> bytes:
    """The wire form, CRLF, with our Message-ID and no Bcc (as smtplib.send_message does)."""
    if message.get("Message-ID") != message_id:
        del message["Message-ID"]
        message["Message-ID"] = message_id
    del message["Bcc"]
    del message["Resent-Bcc"]
    buffer = BytesIO()
    # 998 is RFC 5322's hard limit. At the default 78 the email package turns any longer token (a
    # List-Unsubscribe URL) into RFC 2047 encoded words, which mail providers do not decode.
    wire = message.policy.clone(linesep="\r\n", max_line_length=998)
    BytesGenerator(buffer, policy=wire).flatten(message, linesep="\r\n")
    return buffer.getvalue()


def wire_form(made: EmailMessage | bytes, message_id: str) -> bytes:
    """What a MakeMessage gave, as the bytes to send."""
    return made if isinstance(made, bytes) else message_bytes(made, message_id)


def _again_if_dropped(fn: Callable[P, T]) -> Callable[P, T]:
    """Run `fn` on the run's held connection, once more on a new one if the server dropped it.

    A PostgreSQL restart mid-run would otherwise cost the next recipient a retry (an unchecked
    address) or end the run at a ledger write. Asking or writing again is safe: a repeated write
    that had committed changes nothing (each sets the same values, most only while the row is the
    holder's), and a repeated claim that had committed reads as taken, so that row waits, claimed
    and unsent, for the next run's recovery of this (then ended) holder.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            target = args[0]
            if not (isinstance(target, Connection) and connection_dropped(exc)):
                raise
            log.warning("the database connection was lost (%s); trying again on a new one", _first_line(exc))
            target.rollback()  # SQLAlchemy reconnects an invalidated connection on its next statement
            return fn(*args, **kwargs)

    return wrapper


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@_again_if_dropped
def _stop_reason(target: Engine | Connection, email: str) -> str | None:
    """Why not to send to `email` (unsubscribed, bounced, not an address), or None.

    A direct call, never a fallback: when the check itself fails (database error, anything) the
    answer is "do not send", and the caller reports the recipient as unchecked.
    """
    return subscribers.stop_reason(target, email)


Liveness = Callable[[str], bool | None]  # True alive, False dead, None: cannot tell (wait for the TTL)


@store_errors
def recover_stale_claims(engine: Engine, is_alive: Liveness = holder_alive) -> int:
    """Resolve `sending` rows whose sender died: resend if not handed over, else presumed sent.

    `is_alive` tells a dead claimant; the default knows processes on this host, distributed workers
    pass one that reads their heartbeats (digest.workers.liveness).
    """
    real_now = datetime.now(UTC)
    recovered = 0
    for row in rows_store.sending_rows(engine):
        alive = is_alive(row.claimed_by or "")
        expired = row.claim_expires is None or row.claim_expires < real_now
        if alive is True or (alive is None and not expired):
            continue
        if row.handed_at is not None:
            values = {
                "status": "sent",
                "sent_at": row.handed_at,
                "attempts": row.attempts + 1,
                "last_error": "presumed sent: the sender stopped after handing the complete message to the server",
            }
        else:
            values = {"status": "pending"}
        if rows_store.resolve_claim(engine, row.id, row.claimed_by, values):
            recovered += 1
            log.warning(
                "delivery %s to %s: sender %s stopped mid-send; %s",
                row.id,
                row.recipient,
                row.claimed_by,
                "presumed sent (handed over)" if row.handed_at else "will resend",
            )
    return recovered


@_again_if_dropped
@store_errors
def _claim(target: Engine | Connection, delivery_id: int, holder: str, now: datetime) -> bool:
    return rows_store.claim(target, delivery_id, holder, now, datetime.now(UTC) + timedelta(seconds=CLAIM_TTL))


@_again_if_dropped
@store_errors
def _set(target: Engine | Connection, delivery_id: int, holder: str | None, **values) -> None:
    rows_store.set_values(target, delivery_id, holder, **values)


@store_errors
def _connect(engine: Engine) -> Connection:
    return engine.connect()


def _with_bounces(engine: Engine, rows: list[Any]) -> set[str] | None:
    """The batch's addresses with failures counted; None (ask per message) when the read fails."""
    try:
        return subscribers.with_bounces(engine, [row.recipient for row in rows])
    except StoreError as exc:
        log.warning("reading bounce counts for a batch failed (%s); asking per message", exc)
        return None


@store_errors
def _update_issue_status(engine: Engine, issue_ids: set[int]) -> None:
    rows_store.refresh_issue_status(engine, issue_ids)


@store_errors
def _due_rows(engine: Engine, now: datetime, after_id: int, limit: int):
    return rows_store.due_rows(engine, now, after_id, limit)


def send_pending(
    engine: Engine,
    config: Config,
    make_message: MakeMessage,
    *,
    dry_run: bool = False,
    outbox: Path | None = None,
    now: datetime | None = None,
    rows: tuple[int, int] | None = None,
    is_alive: Liveness = holder_alive,
    pace: Callable[[], None] | None = None,
) -> DeliveryReport:
    """Send every pending and due deferred delivery of every issue, oldest first.

    `dry_run` writes the messages to the outbox folder and leaves the ledger untouched.
    Stops early (rows stay pending) when request_stop() was called, e.g. on SIGTERM.
    Distributed workers send one batch each: `rows` bounds the delivery ids (inclusive), `is_alive`
    judges other senders' claims by heartbeat, and `pace` (called before each SMTP message) replaces
    this process's own rate limit with one shared by every worker.
    """
    clock = (lambda: now) if now is not None else (lambda: datetime.now(UTC))
    report = DeliveryReport()
    holder = holder_id()
    if not dry_run:
        report.recovered = recover_stale_claims(engine, is_alive)
    method = "outbox" if dry_run else config.delivery.method
    outbox_folder = outbox if outbox is not None else config.outbox_dir
    file_transport = OutboxTransport(outbox_folder)
    smtp_transport: SmtpTransport | None = None
    if method == "smtp":
        assert config.delivery.smtp is not None
        smtp_transport = SmtpTransport(config.delivery.smtp, config.delivery.sender)
        interval = 60.0 / config.delivery.smtp.rate_per_minute
    else:
        interval = 0.0
    issue_cache: dict[int, IssueRecord] = {}
    touched: set[int] = set()
    last_start = 0.0
    after_id = rows[0] - 1 if rows else 0
    last_id = rows[1] if rows else None
    held: list[Connection] = []
    # one connection for the run's per-message reads and writes: a pool checkout per statement costs
    # as much as the statement (the handover keeps its own, see `handover`)
    ledger = _connect(engine)

    def handover_conn() -> Connection:
        if not held:
            held.append(engine.connect())
        return held[0]

    # (row, email, its batch's bounce-counted addresses) of the message handed over whose reply is unread
    pending: list[tuple[Any, str, set[str] | None]] = []

    def settle() -> None:
        """Read the server's reply to the message handed over last and record it.

        Called once the next message is built and claimed, just before it is sent, so the server
        works on one message while this process prepares the next; the row meanwhile carries
        `handed_at`, so a crash here is recovered as presumed sent, as right after any dot.
        """
        if not pending:
            return
        prev, prev_email, prev_counted = pending.pop()
        assert smtp_transport is not None
        outcome = smtp_transport.finish()
        if held:
            held[0].rollback()  # ends the handover transaction already committed at the driver
        _record(ledger, prev, holder, outcome, clock(), config.delivery.max_attempts, report)
        _note_outcome(engine, config, prev_email, outcome, clock(), report, prev_counted)

    try:
        while True:
            due = _due_rows(engine, clock(), after_id, BATCH)
            if last_id is not None:
                due = [row for row in due if row.id <= last_id]
            if not due:
                break
            # addresses of this batch whose bounce failures are counted (a dry run records no outcome)
            counted = None if dry_run else _with_bounces(engine, due)
            for row in due:
                after_id = row.id
                if _stop.is_set():
                    report.parked = True
                    log.info("stop requested: leaving the remaining deliveries pending")
                    return report
                delivery = _delivery(row)
                issue = issue_cache.get(row.issue_id) or get_issue(engine, row.issue_id)
                if issue is None:
                    continue
                issue_cache[row.issue_id] = issue
                email = delivery.recipient.email
                try:
                    reason = _stop_reason(ledger, email)
                except Exception as exc:  # fail closed: no answer means no message
                    log.error("delivery %s to %s: not sent: the unsubscribe check failed: %r", row.id, email, exc)
                    report.unchecked.append(email)
                    report.errors.append(f"{email}: not sent: the unsubscribe check could not answer ({exc!r})")
                    continue  # the row stays due; the next run asks again
                if reason is not None:
                    report.skipped += 1
                    if not dry_run:
                        if addresses.is_valid(email):
                            _set(ledger, row.id, None, status="skipped", last_error=reason)
                        else:  # a bad address is a permanent failure, never a retry loop
                            _set(ledger, row.id, None, status="failed", last_error=reason)
                        touched.add(row.issue_id)
                    continue
                if dry_run:
                    data = wire_form(make_message(issue, delivery.recipient, delivery.message_id), delivery.message_id)
                    report.paths.append(
                        file_transport.deliver(issue.digest, issue.number, delivery.recipient.email, data)
                    )
                    continue
                if not _claim(ledger, row.id, holder, clock()):
                    continue  # another sender took it
                touched.add(row.issue_id)
                if pace is not None and method == "smtp":
                    pace()
                else:
                    wait = last_start + interval - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)
                    last_start = time.monotonic()
                try:
                    outcome = _send_one(
                        engine,
                        row,
                        issue,
                        delivery.recipient,
                        make_message,
                        holder,
                        method,
                        file_transport,
                        smtp_transport,
                        report,
                        handover_conn,
                        settle,
                    )
                except SmtpUnavailable as exc:
                    _set(ledger, row.id, holder, status=row.status, claimed_by=None, claim_expires=None, handed_at=None)
                    report.errors.append(f"{exc}; deliveries stay queued and are retried later")
                    log.error("smtp unavailable: %s", exc)
                    return report
                if outcome is None:  # handed over; its reply is read before the next message goes
                    pending.append((row, email, counted))
                    continue
                if held:
                    held[0].rollback()  # ends the handover transaction already committed at the driver
                _record(ledger, row, holder, outcome, clock(), config.delivery.max_attempts, report)
                _note_outcome(engine, config, email, outcome, clock(), report, counted)
    finally:
        try:
            settle()
        except Exception:  # the row keeps `handed_at`: the next run records it as presumed sent
            log.exception("recording the last message's reply failed")
        for conn in held:
            conn.close()
        ledger.close()
        if smtp_transport is not None:
            smtp_transport.close()
        if touched:
            _update_issue_status(engine, touched)
    return report


def _send_one(
    engine: Engine,
    row,
    issue: IssueRecord,
    recipient: Recipient,
    make_message: MakeMessage,
    holder: str,
    method: str,
    file_transport: OutboxTransport,
    smtp_transport: SmtpTransport | None,
    report: DeliveryReport,
    handover_conn: Callable[[], Connection],
    settle: Callable[[], None],
) -> Outcome | None:
    """Build and send one claimed row's message; None when it was handed over and its reply is unread
    (`settle` reads it). `settle` is called once this message is built, before it is sent."""
    try:
        data = wire_form(make_message(issue, recipient, row.message_id), row.message_id)
    except Exception as exc:  # a rendering bug must not stop the other recipients
        log.exception("delivery %s: building the message failed", row.id)
        return Outcome("temporary", f"building the message failed: {exc!r}")
    settle()
    if method == "outbox":
        try:
            report.paths.append(file_transport.deliver(issue.digest, issue.number, recipient.email, data))
        except OSError as exc:
            return Outcome("temporary", f"outbox write failed: {exc}")
        return Outcome("sent", "written to outbox")
    assert smtp_transport is not None

    def handover() -> None:
        # The one kill -9 window runs from this commit to the dot's send(): nothing in between,
        # not even returning a connection to the pool.
        conn = handover_conn()
        try:
            if not rows_store.mark_handed(conn, row.id, holder, datetime.now(UTC)):  # else committed at the driver
                conn.rollback()  # our claim was taken back (we looked dead): the final "." must not leave
                raise StoreError(f"delivery {row.id}: the claim was taken over by a recovery; not sent by {holder}")
        except StoreBusy as exc:
            conn.rollback()
            raise StoreError(f"recording a handover: database error: {exc.reason}") from exc

    return smtp_transport.start(recipient.email, data, handover)


def _record(
    target: Engine | Connection,
    row,
    holder: str,
    outcome: Outcome,
    now: datetime,
    max_attempts: int,
    report: DeliveryReport,
) -> None:
    attempts = row.attempts + 1
    release = {"claimed_by": None, "claim_expires": None}
    if outcome.kind in ("sent", "unknown"):
        note = None if outcome.kind == "sent" else f"presumed sent: {outcome.detail}"
        _set(target, row.id, holder, status="sent", attempts=attempts, sent_at=now, last_error=note, **release)
        report.sent += 1
        log.info("delivery %s to %s: sent (%s)", row.id, row.recipient, outcome.detail)
    elif outcome.kind == "permanent" or (not outcome.dropped and attempts >= max_attempts):
        reason = (
            outcome.detail if outcome.kind == "permanent" else f"gave up after {attempts} attempts: {outcome.detail}"
        )
        _set(target, row.id, holder, status="failed", attempts=attempts, last_error=reason, handed_at=None, **release)
        report.failed += 1
        log.warning("delivery %s to %s: failed: %s", row.id, row.recipient, reason)
    else:
        next_try = now + backoff(attempts, outcome.dropped)
        _set(
            target,
            row.id,
            holder,
            status="deferred",
            attempts=attempts,
            next_try=next_try,
            last_error=outcome.detail,
            handed_at=None,
            **release,
        )
        report.deferred += 1
        log.info("delivery %s to %s: deferred until %s: %s", row.id, row.recipient, next_try, outcome.detail)


# A 5xx at these stages speaks of the recipient's mailbox; at MAIL it speaks of us (the sender).
BOUNCE_STAGES = ("RCPT", "end of DATA")


def _note_outcome(
    engine: Engine,
    config: Config,
    email: str,
    outcome: Outcome,
    now: datetime,
    report: DeliveryReport,
    counted: set[str] | None = None,
) -> None:
    """Count hard bounces per address; `delivery.bounce_limit` in a row marks it bounced (no more mail)."""
    try:
        if outcome.kind == "sent":
            subscribers.note_delivered(engine, email, counted)
        elif outcome.kind == "permanent" and outcome.detail.startswith(BOUNCE_STAGES):
            if counted is not None and addresses.is_valid(email):
                counted.add(subscribers.normalize_email(email))
            if subscribers.note_bounce(engine, config, email, outcome.detail, now):
                report.bounced.append(email)
    except StoreError as exc:  # the delivery itself is recorded; the count is retried next time
        log.error("%s: could not record the delivery outcome for bounce counting: %s", email, exc)
