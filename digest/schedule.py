"""`digest schedule`: run every digest on its cron, once per slot, whatever else is running.

* One APScheduler 3 cron job per digest, in the digest's IANA zone, coalescing missed runs
  into one and skipping (and recording, for the next issue) a run later than its
  `max_lateness_minutes`.
* Each run holds the database lease `digest:<name>` and records its slot in `scheduled_runs`,
  so a second scheduler on the same database, or a restart, never runs a slot twice; slots
  missed while no scheduler ran are found at start-up and caught up (or skipped) the same way.
* feeds.yaml is polled; a valid edit reschedules at once, an invalid one is logged with its
  line and the last good configuration stays in force.
* SIGTERM/SIGINT: no new runs start, a send in progress stops after the current message
  (the rest stays pending), and `run()` returns so the command exits 0.
"""

from __future__ import annotations

import hashlib
import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobExecutionEvent, JobSubmissionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Engine

from digest.config import Config, ConfigError, DigestConfig, describe_changes, load
from digest.config.cron import parse_cron
from digest.deliver.compose import Composer
from digest.deliver.lease import LeaseHeld, holder_id, lease
from digest.deliver.ledger import last_slot, mark_slot, record_skipped_run, slot_handled
from digest.deliver.send import MakeMessage, clear_stop, request_stop, send_pending
from digest.store.db import StoreError, open_db

log = logging.getLogger(__name__)

RunDigest = Callable[[Config, str, datetime], Any]
MessageFactory = Callable[[Config, Engine], MakeMessage]

LEASE_TTL = 900.0


class DstSafeCronTrigger(CronTrigger):
    """CronTrigger that fires once for a wall time repeated when clocks go back (as cron does).

    APScheduler 3.11 fires "30 1 * * *" twice on a fall-back night (01:30 BST and 01:30 GMT).
    """

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        fire = super().get_next_fire_time(previous_fire_time, now)
        while fire is not None and fire.fold == 1 and fire.replace(fold=0).utcoffset() != fire.utcoffset():
            fire = super().get_next_fire_time(fire, fire.astimezone(UTC) + timedelta(seconds=1))
        return fire


def cron_trigger(expression: str, timezone: str) -> DstSafeCronTrigger:
    """A five-field crontab expression, read with standard crontab weekdays, in an IANA zone."""
    spec = parse_cron(expression)
    return DstSafeCronTrigger(
        minute=spec.minute,
        hour=spec.hour,
        day=spec.day,
        month=spec.month,
        day_of_week=spec.day_of_week,
        timezone=ZoneInfo(timezone),
    )


def trigger_for(digest: DigestConfig) -> DstSafeCronTrigger:
    return cron_trigger(digest.schedule, digest.timezone)


def fire_times(digest: DigestConfig, start: datetime, end: datetime) -> list[datetime]:
    """Every fire time in [start, end), in the digest's zone (used by tests and `--dry-run` views)."""
    trigger = trigger_for(digest)
    out: list[datetime] = []
    fire = trigger.get_next_fire_time(None, start.astimezone(UTC))
    while fire is not None and fire < end:
        out.append(fire)
        fire = trigger.get_next_fire_time(fire, fire.astimezone(UTC) + timedelta(microseconds=1))
    return out


def latest_fire_time(digest: DigestConfig, now: datetime) -> datetime | None:
    """The slot a run at `now` belongs to: the latest fire time not after now, within lateness."""
    lookback = timedelta(minutes=digest.max_lateness_minutes + 1)
    times = fire_times(digest, now - lookback, now + timedelta(microseconds=1))
    return times[-1].astimezone(UTC) if times else None


def _default_run(config: Config, name: str, now: datetime) -> Any:
    if config.execution.mode == "distributed":  # workers do the stages; this process dispatches
        from digest.workers.coordinator import run_slot as dispatch

        return dispatch(config, name, now)
    from digest.pipeline import run_digest  # the lead's pipeline; imported when a run is due

    return run_digest(config, name, now, lease_held=True)


class Scheduler:
    """The long-running process behind `digest schedule`."""

    _pruned: datetime | None = None  # last prune of unconfirmed sign-ups

    def __init__(
        self,
        config_path: Path | str,
        *,
        run: RunDigest | None = None,
        message_factory: MessageFactory | None = None,
        reload_interval: float = 5.0,
        retry_interval: float = 60.0,
        lease_wait: float = 60.0,
        heartbeat: Path | None = None,
    ):
        self.config_path = Path(config_path)
        self.config: Config = load(self.config_path)
        self.engine: Engine = open_db(self.config.database_url, check=True)
        self._run = run or _default_run
        self._factory = message_factory
        self.reload_interval = reload_interval
        self.retry_interval = retry_interval
        self.lease_wait = lease_wait
        self.heartbeat = heartbeat
        self._signature = self._file_signature()
        self._broken: tuple[str, str] | None = None  # (since when, first problem) while the file is invalid
        self._stopping = threading.Event()
        self._shutdowns: list[threading.Thread] = []
        self._running_slots = 0
        self._lock = threading.Lock()
        self.scheduler = BlockingScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=4)},
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self.scheduler.add_listener(self._on_missed, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)

    # -- jobs ---------------------------------------------------------------------------------

    def sync_jobs(self, catch_up: bool = False) -> None:
        """Make the digest jobs match the current config; with `catch_up`, resume missed slots."""
        wanted = {f"digest:{d.name}": d for d in self.config.digests}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest:") and job.id not in wanted:
                job.remove()
                log.info("schedule: %s removed", job.id)
        now = datetime.now(UTC)
        for job_id, digest in wanted.items():
            trigger = trigger_for(digest)
            grace = digest.max_lateness_minutes * 60
            existing = self.scheduler.get_job(job_id)
            if existing is not None:
                if repr(existing.trigger) != repr(trigger) or existing.misfire_grace_time != grace:
                    existing.modify(misfire_grace_time=grace)
                    existing.reschedule(trigger)
                    upcoming = getattr(existing, "next_run_time", None) or trigger.get_next_fire_time(None, now)
                    log.info(
                        "schedule: %s rescheduled: %s %s, next %s",
                        job_id,
                        digest.schedule,
                        digest.timezone,
                        upcoming.isoformat() if upcoming else "never",
                    )
                continue
            next_run: datetime | None = None
            if catch_up:
                last = last_slot(self.engine, digest.name)
                if last is not None:
                    missed = trigger.get_next_fire_time(None, last + timedelta(seconds=1))
                    if missed is not None and missed <= now:
                        next_run = missed
                        log.info("schedule: %s missed slot(s) since %s; catching up", job_id, missed)
            kwargs: dict[str, Any] = {"next_run_time": next_run} if next_run else {}
            self.scheduler.add_job(
                self.run_slot,
                trigger,
                args=[digest.name],
                id=job_id,
                name=job_id,
                misfire_grace_time=grace,
                coalesce=True,
                max_instances=1,
                **kwargs,
            )
            job = self.scheduler.get_job(job_id)
            # Before start() APScheduler has not computed next_run_time yet: ask the trigger.
            upcoming = getattr(job, "next_run_time", None) or next_run or trigger.get_next_fire_time(None, now)
            log.info(
                "schedule: %s at %r %s, next %s",
                job_id,
                digest.schedule,
                digest.timezone,
                upcoming.isoformat() if upcoming else "never",
            )

    def run_slot(self, name: str) -> None:
        """One scheduled run: take the digest lease, skip a slot already handled, run the pipeline."""
        if self._stopping.is_set():
            return
        config = self.config
        try:
            digest = config.digest(name)
        except ConfigError:
            log.warning("schedule: digest %r is no longer configured; not running it", name)
            return
        if self._broken:
            log.warning(
                "run %s: %s has errors since %s; running with the last good configuration (%s)",
                name,
                self.config_path,
                self._broken[0],
                self._broken[1],
            )
        now = datetime.now(UTC)
        slot = latest_fire_time(digest, now) or now.replace(second=0, microsecond=0)
        with self._lock:
            self._running_slots += 1
        try:
            with lease(self.engine, f"digest:{digest.name}", ttl=LEASE_TTL, wait=self.lease_wait):
                done_by = slot_handled(self.engine, digest.name, slot)
                if done_by:
                    log.info("run %s %s: already handled by %s", digest.name, slot.isoformat(), done_by)
                    return
                log.info("run %s %s: starting", digest.name, slot.isoformat())
                try:
                    summary = self._run(config, digest.name, now)
                except ConfigError as exc:  # e.g. the SMTP password variable is unset: no traceback
                    log.error("run %s %s: not sent: %s", digest.name, slot.isoformat(), exc)
                    mark_slot(self.engine, digest.name, slot, "failed", holder_id(), str(exc)[:500])
                    return
                except Exception as exc:
                    log.exception("run %s %s: failed", digest.name, slot.isoformat())
                    mark_slot(self.engine, digest.name, slot, "failed", holder_id(), repr(exc)[:500])
                    return
                text = _summary_text(summary)
                mark_slot(self.engine, digest.name, slot, "done", holder_id(), text[:500])
                log.info("run %s %s: done: %.300s", digest.name, slot.isoformat(), text)
        except LeaseHeld as exc:
            log.warning("run %s %s: not run: %s", digest.name, slot.isoformat(), exc)
        except StoreError as exc:
            log.error("run %s %s: database unusable, nothing sent: %s", digest.name, slot.isoformat(), exc)
        finally:
            with self._lock:
                self._running_slots -= 1

    def _on_missed(self, event: JobExecutionEvent | JobSubmissionEvent) -> None:
        if not event.job_id.startswith("digest:"):
            return
        name = event.job_id.removeprefix("digest:")
        when = getattr(event, "scheduled_run_time", None) or event.scheduled_run_times[-1]
        scheduled = when.astimezone(UTC)
        try:
            digest = self.config.digest(name)
        except ConfigError:
            return
        late = datetime.now(UTC) - scheduled
        if event.code == EVENT_JOB_MISSED:
            reason = (
                f"the run due at {scheduled.astimezone(ZoneInfo(digest.timezone)):%Y-%m-%d %H:%M %Z} "
                f"started {_minutes(late)} late (max lateness {digest.max_lateness_minutes} min) and was skipped"
            )
        else:
            reason = "the previous run was still in progress; this run was skipped"
        try:
            if mark_slot(self.engine, digest.name, scheduled, "skipped", holder_id(), reason):
                record_skipped_run(self.engine, digest.name, scheduled, reason)
        except StoreError as exc:
            log.error("schedule: cannot record the skipped run of %s: %s", name, exc)
        log.warning("run %s %s: skipped: %s", name, scheduled.isoformat(), reason)

    def prune_signups(self) -> None:
        """Delete web sign-ups left unconfirmed past web.unconfirmed_days; at most hourly."""
        from digest.deliver.subscribers import prune

        now = datetime.now(UTC)
        if self._pruned is not None and now - self._pruned < timedelta(hours=1):
            return
        self._pruned = now
        try:
            prune(self.engine, self.config, now)
        except Exception as exc:  # a failed prune must not stop retries; the next hour tries again
            log.error("prune: unconfirmed sign-ups not pruned: %s", exc)

    def retry_deliveries(self) -> None:
        """Send deferred deliveries that are due, unless a digest run (which sends them) is going."""
        if self._stopping.is_set() or self._running_slots:
            return
        self.prune_signups()
        if self.config.execution.mode == "distributed":  # workers send; re-enqueue what is due
            from digest.workers.coordinator import reconcile_now

            try:
                reconcile_now(self.config, self.engine)
            except StoreError as exc:
                log.error("retry: database unusable: %s", exc)
            return
        factory = self._factory or Composer
        try:
            report = send_pending(self.engine, self.config, factory(self.config, self.engine))
        except StoreError as exc:
            log.error("retry: database unusable: %s", exc)
            return
        if report.sent or report.deferred or report.failed or report.errors:
            log.info(
                "retry: sent %d, deferred %d, failed %d%s",
                report.sent,
                report.deferred,
                report.failed,
                f"; {'; '.join(report.errors)}" if report.errors else "",
            )

    # -- hot reload -----------------------------------------------------------------------------

    def _file_signature(self) -> str | None:
        try:
            return hashlib.sha256(self.config_path.read_bytes()).hexdigest()
        except OSError:
            return None

    def check_config(self) -> bool:
        """Reload feeds.yaml when its content changed; True when a new config took effect."""
        if self.heartbeat is not None:
            try:
                self.heartbeat.parent.mkdir(parents=True, exist_ok=True)
                self.heartbeat.touch()
            except OSError as exc:
                log.warning("heartbeat %s: %s", self.heartbeat, exc)
        signature = self._file_signature()
        if signature is None:
            if self._signature is not None:  # once, not every poll
                log.error("config: cannot read %s; keeping the last good configuration", self.config_path)
                self._broken = (datetime.now(UTC).isoformat(timespec="seconds"), "the file cannot be read")
            self._signature = None
            return False
        if signature == self._signature:
            return False
        self._signature = signature
        try:
            new = load(self.config_path)
        except ConfigError as exc:
            for problem in exc.problems:
                log.error("config: invalid edit, keeping the last good configuration: %s", problem)
            self._broken = (datetime.now(UTC).isoformat(timespec="seconds"), exc.problems[0] if exc.problems else "")
            return False
        self._broken = None
        changes = describe_changes(self.config, new)
        if new.database_url != self.config.database_url:
            log.warning("config: storage.url changed; restart `digest schedule` to use the new database")
        self.config = new
        self.sync_jobs()
        log.info("config: reloaded %s: %s", self.config_path, "; ".join(changes) or "no effective change")
        return True

    # -- lifecycle --------------------------------------------------------------------------------

    def run(self) -> None:
        """Block until stop(): SIGTERM/SIGINT call it when this runs in the main thread."""
        clear_stop()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._on_signal)
            signal.signal(signal.SIGINT, self._on_signal)
        self.sync_jobs(catch_up=True)
        self.scheduler.add_job(
            self.check_config, "interval", seconds=self.reload_interval, id="config-watch", max_instances=1
        )
        self.scheduler.add_job(
            self.retry_deliveries, "interval", seconds=self.retry_interval, id="retry", max_instances=1
        )
        self.check_config()  # first heartbeat
        # A signal that lands before the scheduler runs finds nothing to shut down: this first job
        # (due at once) honours it, so SIGTERM during start-up still exits instead of being lost.
        self.scheduler.add_job(self._stop_if_asked, id="start-check", next_run_time=datetime.now(UTC))
        if self._stopping.is_set():
            log.info("scheduler stopped before it started")
            return
        log.info("scheduler started: %d digest(s) from %s", len(self.config.digests), self.config_path)
        try:
            self.scheduler.start()
        except JobLookupError:
            # APScheduler 3 races a shutdown from another thread: a one-shot job that ran just as the
            # signal stopped the scheduler is no longer found for removal. Stopping is what was asked.
            if not self._stopping.is_set():
                raise
            log.debug("a one-shot job ended while the scheduler stopped", exc_info=True)
        finally:
            for thread in self._shutdowns:  # running sends park before run() returns
                thread.join()
            clear_stop()  # every running send has parked by now; later sends in this process may go
        log.info("scheduler stopped")

    def _on_signal(self, signum: int, _frame: object) -> None:
        log.info("received %s: finishing the current send, then exiting", signal.Signals(signum).name)
        self.stop()

    def stop(self) -> None:
        """Take no new work; a send in progress parks after its current message."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        request_stop()
        if self.scheduler.state == STATE_STOPPED:
            return
        self.scheduler.pause()
        self._start_shutdown()

    def _stop_if_asked(self) -> None:
        if self._stopping.is_set():
            self.scheduler.pause()
            self._start_shutdown()

    def _start_shutdown(self) -> None:
        thread = threading.Thread(target=self._shutdown, name="scheduler-shutdown", daemon=True)
        self._shutdowns.append(thread)
        thread.start()

    def _shutdown(self) -> None:
        try:
            self.scheduler.shutdown(wait=True)  # waits for running jobs; run() then returns
        except Exception:  # already stopped
            log.debug("scheduler already stopped", exc_info=True)


def _summary_text(summary: object) -> str:
    """The pipeline's one-line summary (RunSummary.line()), not a dataclass repr."""
    line = getattr(summary, "line", None)
    return str(line()) if callable(line) else str(summary)


def _minutes(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}m" if minutes >= 60 else f"{minutes} min"
