"""The straight line: ingest → topics → briefs → render → deliver, for one digest.

`run_digest` is what both `digest run` and the scheduler call. Each step is idempotent over ids,
so a crashed run is simply run again: pending deliveries of an earlier issue go out first, and
topic versions and briefs already built are not built twice. This module only orders the stages:
queries live in `digest.store`, message building and preview files in `digest.deliver`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from digest.briefs import make_brief_engine, validate_brief
from digest.briefs.changes import compute_changes, evolve, recount
from digest.config import Config, DigestConfig, NotSendable, send_blockers
from digest.deliver import create_issue, last_issue, lease, list_issues, pop_skipped_runs, send_pending
from digest.deliver.compose import Composer, TopicFollower, topic_cuts
from digest.deliver.preview import write_preview
from digest.deliver.subscribers import link_tokens, recipients_for
from digest.ingest import IngestReport, feed_health, ingest
from digest.models import Article, DigestContext, Topic, TopicSplit, TopicUpdate, TopicVersion
from digest.store import articles as article_store
from digest.store import backlog, open_db
from digest.store import issues as issue_store
from digest.store.issues import IssueRecord
from digest.store.scratch import scratch_copy
from digest.topics import departures, get_topic, get_version, save_brief, update_topics, versions_since
from digest.topics.renames import carry, find_renames

log = logging.getLogger(__name__)


@dataclass
class BriefCounts:
    """With the LLM engine: how many briefs it wrote, how many fell back, what grounding dropped."""

    by_llm: int = 0
    fell_back: int = 0
    grounding_dropped: int = 0

    def note(self) -> str:
        if not self.by_llm and not self.fell_back:
            return ""
        return (
            f"briefs: {self.by_llm} by the LLM, {self.fell_back} fell back to extractive, "
            f"{plural(self.grounding_dropped, 'statement')} dropped by grounding"
        )


@dataclass
class RefreshReport:
    ingest: IngestReport | None
    versions: list[TopicVersion] = field(default_factory=list)
    briefs: int = 0
    brief_counts: BriefCounts = field(default_factory=BriefCounts)


@dataclass
class RunSummary:
    digest: str
    new_articles: int = 0
    topics_updated: int = 0
    issue_number: int | None = None
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    skipped: str | None = None  # why nothing was sent
    unsendable: bool = False  # nothing could be sent because of configuration (no recipients)
    paths: list[Path] = field(default_factory=list)
    feed_errors: dict[str, str] = field(default_factory=dict)
    feeds_waiting: dict[str, str] = field(default_factory=dict)  # backing off or paused: url -> why
    next_feed_try: datetime | None = None  # the earliest retry of a failing, backing-off or waiting feed
    every_feed_failed: bool = False  # nothing fetched: every feed failed or is backing off
    unchecked: list[str] = field(default_factory=list)  # not sent: the unsubscribe check could not answer
    llm_note: str = ""  # BriefCounts.note() when the LLM engine wrote briefs

    def line(self) -> str:
        feeds = f", {plural(len(self.feed_errors), 'feed')} failing" if self.feed_errors else ""
        if self.feeds_waiting:
            feeds += f", {plural(len(self.feeds_waiting), 'feed')} backing off or paused"
        if self.next_feed_try is not None:
            feeds += f" (next retry {self.next_feed_try:%Y-%m-%d %H:%M} UTC; `digest feeds reset --all` retries now)"
        if self.unchecked:
            shown = ", ".join(self.unchecked[:5]) + (", …" if len(self.unchecked) > 5 else "")
            feeds += f"; NOT SENT to {plural(len(self.unchecked), 'recipient')} (the unsubscribe check failed: {shown})"
        if self.llm_note:
            feeds += f"; {self.llm_note}"
        if self.skipped:
            return f"{self.digest}: nothing sent ({self.skipped}); {plural(self.new_articles, 'new article')}{feeds}"
        return (
            f"{self.digest} #{self.issue_number}: {plural(self.topics_updated, 'topic')} updated, "
            f"{plural(self.new_articles, 'new article')}; sent {self.sent}, deferred {self.deferred}, "
            f"failed {self.failed}{feeds}"
        )


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def data_dir(config: Config) -> Path:
    """Where caches live: beside the SQLite file, else ./data next to feeds.yaml."""
    url = config.database_url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url.removeprefix("sqlite:///")).parent
    return config.resolve("data")


def brief_writer(config: Config) -> Any:
    return make_brief_engine(config, cache_dir=data_dir(config) / "llm-cache")


def refresh(
    config: Config, engine: Engine, now: datetime, *, fetch: bool = True, progress: bool = False
) -> RefreshReport:
    """Ingest the feeds, group the new articles, and write a brief for every new topic version."""
    report = ingest(config, engine, now=now, progress=progress) if fetch else None
    ids = list(dict.fromkeys((report.new_ids + report.updated_ids if report else []) + ungrouped(engine)))
    versions = update_topics(engine, config, ids, now)
    fresh = {(v.topic, v.number) for v in versions}
    # A run that crashed, or a brief that failed, left versions without a brief: write them now.
    versions += [v for v in unbriefed(engine) if (v.topic, v.number) not in fresh]
    counts = BriefCounts()
    done = write_briefs(config, engine, versions, now, counts)
    return RefreshReport(ingest=report, versions=versions, briefs=done, brief_counts=counts)


def unbriefed(engine: Engine) -> list[TopicVersion]:
    """The latest version of each topic when it still has no brief."""
    return [v for slug, number in backlog.unbriefed(engine) if (v := get_version(engine, slug, number)) is not None]


def ungrouped(engine: Engine) -> list[str]:
    """Articles stored but never grouped (from `digest fetch` or `digest import`), oldest first."""
    return backlog.ungrouped(engine)


def group_backlog(config: Config, engine: Engine, now: datetime) -> list[TopicVersion]:
    """Group every stored article not yet grouped, day by day in publication order, as a daily
    scheduler would have (for `digest import` backfills), then brief each touched topic once."""
    config = carry_renames(config, engine)
    by_day: dict[date, list[str]] = defaultdict(list)
    for article in article_store.get(engine, ungrouped(engine)):
        by_day[(article.published or article.first_seen).astimezone(UTC).date()].append(article.id)
    latest: dict[str, TopicVersion] = {}
    for day in sorted(by_day):
        end = min(now, datetime.combine(day, time(23, 59), tzinfo=UTC))
        for version in update_topics(engine, config, by_day[day], end):
            latest[version.topic] = version
    versions = list(latest.values())
    write_briefs(config, engine, versions, now)
    return versions


def write_briefs(
    config: Config, engine: Engine, versions: list[TopicVersion], now: datetime, counts: BriefCounts | None = None
) -> int:
    if not versions:
        return 0
    writer = brief_writer(config)
    counts = counts if counts is not None else BriefCounts()
    done = 0
    for version in versions:
        topic = get_topic(engine, version.topic)
        if topic is None:
            continue
        try:
            brief = _write_brief(engine, writer, topic, version, now)
        except Exception:  # one topic's failure must not cost the whole digest
            log.exception("topic %s v%d: no brief written; left out of this issue", topic.slug, version.number)
            continue
        save_brief(engine, version.topic, version.number, validate_brief(brief))
        done += 1
        if config.briefs.engine == "llm":
            counts.by_llm += brief.engine == "llm"
            counts.fell_back += brief.engine != "llm"
    if config.briefs.engine == "llm":
        counts.grounding_dropped = writer.grounding_dropped
        log.info("%s", counts.note() or "briefs: none written")
    return done


def brief_version(config: Config, engine: Engine, version: TopicVersion, now: datetime, writer: Any = None) -> bool:
    """Write and save the brief of one topic version (a distributed worker's job); False when the topic
    is gone. Raises on failure, unlike write_briefs: the worker retries the job with backoff."""
    topic = get_topic(engine, version.topic)
    if topic is None:
        return False
    writer = writer or brief_writer(config)
    brief = _write_brief(engine, writer, topic, version, now)
    save_brief(engine, version.topic, version.number, validate_brief(brief))
    return True


def _write_brief(engine: Engine, writer: Any, topic: Topic, version: TopicVersion, now: datetime) -> Any:
    """The version's brief over its members, measured against the newest earlier version that has one."""
    members = distinct(article_store.get(engine, version.article_ids))
    previous = None
    for number in range(version.number - 1, max(0, version.number - 20), -1):
        earlier = get_version(engine, version.topic, number)
        if earlier is not None and earlier.brief is not None:
            previous = earlier
            break
    if previous is None or previous.brief is None:
        return writer.topic_brief(topic, members, None, version.number, now)
    brief = writer.topic_brief(topic, members, previous.brief, version.number, now)
    had = set(previous.article_ids)
    return replace(brief, changes=recount(brief.changes, previous.brief, [a for a in members if a.id not in had]))


def distinct(items: list[Article]) -> list[Article]:
    """Near-duplicates (syndicated copies) count once: keep the canonical article."""
    return [a for a in items if not a.canonical_id]


def _covers(engine: Engine, digest: DigestConfig, topic: Topic, tags: set[str]) -> bool:
    """Whether a digest that lists some topics (by title, slug or tag) carries this one: a topic that split from
    a listed one is its later phase, so it is carried too."""
    if digest.topics == "all":
        return True
    wanted = {t.casefold() for t in digest.topics}
    if {t.casefold() for t in tags} & wanted:
        return True
    seen: set[str] = set()
    current: Topic | None = topic
    while current is not None and current.slug not in seen:
        if {current.title.casefold(), current.slug.casefold()} & wanted:
            return True
        seen.add(current.slug)
        current = get_topic(engine, current.split_from) if current.split_from else None
    return False


def prepare_context(config: Config, engine: Engine, digest_name: str | None, now: datetime) -> DigestContext:
    """What the next issue of a digest would contain: topic versions since the last issue."""
    digest = config.digest(digest_name)
    previous = last_issue(engine, digest.name)
    since = previous.period_end if previous else None
    sent: dict[str, int] = {}  # topic -> the version this digest's readers last received
    reported: set[str] = set()  # articles earlier issues of this digest brought
    for issue in list_issues(engine, digest.name):
        for slug, number in issue.topics:
            sent[slug] = max(sent.get(slug, 0), int(number))
        reported.update(issue.article_ids)

    latest: dict[str, TopicVersion] = {}
    joined: dict[str, list[str]] = {}  # every article that joined a topic since the last issue
    for version in versions_since(engine, since):
        joined.setdefault(version.topic, []).extend(version.new_article_ids)
        if version.brief is not None and version.number >= latest.get(version.topic, version).number:
            latest[version.topic] = version
    latest = {
        slug: replace(v, new_article_ids=list(dict.fromkeys(joined.get(slug, []) + v.new_article_ids)))
        for slug, v in latest.items()
    }
    new_articles = distinct(article_store.seen_since(engine, since))
    tags_by_article = {a.id: set(a.tags) for a in new_articles}
    updates = []
    for version in latest.values():
        if not version.new_article_ids:
            continue  # it only lost articles to a fork: the new topic is the news, shown where it came from
        topic = get_topic(engine, version.topic)
        if topic is None or topic.status in ("muted", "merged"):
            continue
        tags = set().union(*(tags_by_article.get(i, set()) for i in version.new_article_ids))
        if not _covers(engine, digest, topic, tags):
            continue
        fresh = [i for i in version.new_article_ids if i in tags_by_article] or version.new_article_ids
        brief = since_last_sent(engine, version, sent.get(version.topic))
        origin = split_origin(engine, topic) if topic.split_from and version.topic not in sent else None
        if origin is not None:  # a new topic of articles readers may have had under the old one: only unseen count
            fresh = [i for i in version.new_article_ids if i not in reported]
        gone = split_off_since(engine, version, sent.get(version.topic))
        updates.append(
            TopicUpdate(
                topic=topic, version=version, brief=brief, new_articles=len(fresh), split_from=origin, split_off=gone
            )
        )
    updates.sort(key=lambda u: (not u.topic.pinned, -u.new_articles, u.topic.title))

    article_briefs = []
    if digest.article_briefs and new_articles:
        writer = brief_writer(config)
        for article in writer.pick_standout(new_articles, digest.article_briefs):
            try:
                article_briefs.append(writer.article_brief(article, now))
            except Exception:  # a standout article is optional; the digest goes out without it
                log.exception("article %s: no article brief written", article.id)

    skipped = _unreported_skips(engine, digest.name)
    return DigestContext(
        digest=digest.name,
        number=(previous.number + 1) if previous else 1,
        period_start=since,
        period_end=now,
        subject_template=digest.subject,
        updates=updates,
        article_briefs=article_briefs,
        new_articles=len(new_articles),
        feed_health=feed_health(config, engine),
        web_base_url=config.web.base_url,
        late_note="; ".join(skipped) if skipped else None,
        timezone=digest.timezone,
        language=digest.language,
    )


def split_origin(engine: Engine, topic: Topic) -> TopicSplit | None:
    """The topic a new one forked from, and how many of its articles came over (None when that topic is gone)."""
    trunk = get_topic(engine, topic.split_from) if topic.split_from else None
    if trunk is None:
        return None
    moved = sum(d.articles for d in departures(engine, trunk.slug) if d.branch == topic.slug)
    return TopicSplit(slug=trunk.slug, title=trunk.title, articles=moved)


def split_off_since(engine: Engine, version: TopicVersion, sent: int | None) -> tuple[TopicSplit, ...]:
    """The forks a topic's readers have not been told of: articles that left it after the version this digest
    last sent (nothing when it never sent the topic: its readers never saw those articles here)."""
    if sent is None or sent >= version.number:
        return ()
    moved: dict[str, TopicSplit] = {}
    for d in departures(engine, version.topic):
        if sent < d.version <= version.number:
            was = moved.get(d.branch)
            moved[d.branch] = TopicSplit(d.branch, d.title, d.articles + (was.articles if was else 0))
    return tuple(moved.values())


def since_last_sent(engine: Engine, version: TopicVersion, sent: int | None) -> Any:
    """The version's brief, with "what changed" and the stance notes measured from the version this
    digest last sent (another digest, or a dry run, may have cut versions in between)."""
    brief = version.brief
    if brief is None or sent is None or sent >= version.number - 1:
        return brief
    earlier = get_version(engine, version.topic, sent)
    if earlier is None or earlier.brief is None:
        return brief
    had = set(earlier.article_ids)
    fresh = distinct(article_store.get(engine, [i for i in version.article_ids if i not in had]))
    return validate_brief(
        replace(
            brief,
            changes=recount(compute_changes(brief, earlier.brief), earlier.brief, fresh),
            perspectives=evolve(brief.perspectives, brief.sources, earlier.brief),
        )
    )


def _unreported_skips(engine: Engine, digest_name: str) -> list[str]:
    """Late runs the scheduler skipped, shown in the next issue (removed only once it is created)."""
    return [
        f"the run due {r.scheduled_for:%Y-%m-%d %H:%M} UTC was skipped: {r.reason}"
        for r in issue_store.skipped_runs_of(engine, digest_name)
    ]


def run_digest(
    config: Config,
    digest_name: str | None,
    now: datetime,
    *,
    dry_run: bool = False,
    outbox: Path | None = None,
    fetch: bool = True,
    progress: bool = False,
    engine: Engine | None = None,
    lease_held: bool = False,
    lease_wait: float = 30,
) -> RunSummary:
    """One issue of one digest, start to finish; safe to run again after a crash.

    Takes the digest's lease so that a second process never sends the same issue; the scheduler,
    which already holds it, passes `lease_held=True`.
    """
    digest = config.digest(digest_name)
    own_engine = engine is None
    engine = engine or open_db(config.database_url, check=True)
    options = {"dry_run": dry_run, "outbox": outbox, "fetch": fetch, "progress": progress}
    try:
        if lease_held:
            return _run_serialized(config, engine, digest, now, options)
        with lease(engine, f"digest:{digest.name}", wait=lease_wait):
            return _run_serialized(config, engine, digest, now, options)
    finally:
        if own_engine:  # the scheduler runs for weeks: no pool left behind per run
            engine.dispose()


def _run_serialized(
    config: Config, engine: Engine, digest: DigestConfig, now: datetime, options: dict[str, Any]
) -> RunSummary:
    """Runs of different digests share topic versions: they take turns, and time only moves forward.

    A version belongs to the next issue of every digest whose last issue ended before it was
    created, so no run may create versions stamped earlier than an issue already sent.
    """
    with lease(engine, "pipeline", wait=PIPELINE_WAIT):
        latest = issue_store.latest_period_end(engine)
        if latest is not None and latest >= now:
            now = latest + timedelta(microseconds=1)
        return _run_locked(config, engine, digest, now, **options)


PIPELINE_WAIT = 900.0  # seconds a run waits for another digest's run to finish


def _run_locked(
    config: Config,
    engine: Engine,
    digest: DigestConfig,
    now: datetime,
    *,
    dry_run: bool,
    outbox: Path | None,
    fetch: bool,
    progress: bool,
) -> RunSummary:
    if not dry_run and (blockers := send_blockers(config)):
        raise NotSendable(blockers)
    config = carry_renames(config, engine)
    summary = RunSummary(digest=digest.name)
    if dry_run:
        return _dry_run(config, engine, digest, now, summary, outbox, fetch=fetch, progress=progress)
    composer = Composer(config, engine)
    link_tokens(config)  # SecretError now, before anything is sent, when links are configured but unsigned
    leftover = send_pending(engine, config, composer, outbox=outbox, now=now)
    summary.unchecked += leftover.unchecked
    if leftover.sent or leftover.deferred or leftover.failed:
        log.info("finished an earlier issue first: %s sent, %s deferred", leftover.sent, leftover.deferred)

    report = refresh(config, engine, now, fetch=fetch, progress=progress)
    if report.ingest:
        summary.feed_errors = dict(report.ingest.errors)
        summary.feeds_waiting = {**report.ingest.feeds_skipped, **report.ingest.feeds_rate_limited}
        summary.next_feed_try = min(report.ingest.next_tries.values(), default=None)
        summary.every_feed_failed = report.ingest.every_feed_failed
    summary.llm_note = report.brief_counts.note()
    issue = compose_issue(config, engine, digest, now, composer, summary)
    if issue is None:
        return summary
    delivered = send_pending(engine, config, composer, outbox=outbox, now=now)
    summary.issue_number = issue.number
    summary.sent, summary.deferred, summary.failed = delivered.sent, delivered.deferred, delivered.failed
    summary.unchecked = list(dict.fromkeys(summary.unchecked + delivered.unchecked))
    summary.paths = list(delivered.paths)
    return summary


def compose_issue(
    config: Config, engine: Engine, digest: DigestConfig, now: datetime, composer: Composer, summary: RunSummary
) -> IssueRecord | None:
    """Create the next issue and its pending delivery rows (sending is the caller's); None, with
    `summary.skipped` saying why, when there is nothing to send. Holds for local and distributed runs."""
    ctx = prepare_context(config, engine, digest.name, now)
    summary.new_articles = ctx.new_articles
    summary.topics_updated = len(ctx.updates)
    if not ctx.updates and not digest.send_empty:
        summary.skipped = "no topic updated since the last issue"
        log.info("%s: %s", digest.name, summary.skipped)
        return None

    base = composer.base(ctx)
    recipients = recipients_for(engine, config, digest.name)
    follow = TopicFollower(engine)
    recipients = [replace(r, topics=follow(r.topics)) for r in recipients]
    cuts = topic_cuts(ctx, recipients)
    recipients = [r for r in recipients if not r.topics or cuts.get(r.topics) is not None]
    if not recipients:
        summary.skipped = "no recipients (add some under digests: recipients, or subscribers)"
        summary.unsendable = True
        return None

    topics = [(u.topic.slug, u.version.number) for u in ctx.updates]
    covered = sorted({i for u in ctx.updates for i in u.version.new_article_ids})
    issue = create_issue(engine, ctx, base.html, base.text, base.subject, recipients, topics, covered)
    pop_skipped_runs(engine, digest.name)
    rendered_cuts = {selection: composer.base(cut) for selection, cut in cuts.items() if cut is not None}
    composer.remember(issue.id, base, rendered_cuts, recipients)
    summary.issue_number = issue.number
    return issue


def _dry_run(
    config: Config,
    engine: Engine,
    digest: DigestConfig,
    now: datetime,
    summary: RunSummary,
    outbox: Path | None,
    *,
    fetch: bool,
    progress: bool,
) -> RunSummary:
    """The issue a real run would send, grouped, briefed and rendered on a scratch copy of the
    database: fetched articles are kept, but no topic version, title or brief the next real issue
    could see. Files go to the preview folder, never the outbox."""
    if fetch:
        ingested = ingest(config, engine, now=now, progress=progress)
        summary.feed_errors = dict(ingested.errors)
        summary.feeds_waiting = {**ingested.feeds_skipped, **ingested.feeds_rate_limited}
        summary.next_feed_try = min(ingested.next_tries.values(), default=None)
        summary.every_feed_failed = ingested.every_feed_failed
    with scratch_copy(engine) as scratch:
        refresh(config, scratch, now, fetch=False)
        ctx = prepare_context(config, scratch, digest.name, now)
        summary.new_articles = ctx.new_articles
        summary.topics_updated = len(ctx.updates)
        summary.issue_number = ctx.number
        if not ctx.updates and not digest.send_empty:
            summary.skipped = "no topic updated since the last issue"
            return summary
        composer = Composer(config, scratch)
        base = composer.base(ctx)
        follow = TopicFollower(scratch)
        recipients = [replace(r, topics=follow(r.topics)) for r in recipients_for(scratch, config, digest.name)]
        summary.paths = write_preview(config, composer, ctx, base, recipients, outbox or preview_dir(config), now)
    return summary


def preview_dir(config: Config) -> Path:
    """Where dry runs write: beside feeds.yaml, apart from the outbox real sends use."""
    return config.resolve("preview")


def carry_renames(config: Config, engine: Engine) -> Config:
    """A topic renamed in the file without `slug:` keeps its stored identity (and says so in the log)."""
    renames, _ = find_renames(config, engine)
    for r in renames:
        log.warning("%s", r.hint(config))
    return carry(config, renames)
