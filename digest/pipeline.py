"""The straight line: ingest → topics → briefs → render → deliver, for one digest.

`run_digest` is what both `digest run` and the scheduler call. Each step is idempotent over ids,
so a crashed run is simply run again: pending deliveries of an earlier issue go out first, and
topic versions and briefs already built are not built twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from digest.config import Config, DigestConfig
from digest.models import Article, DigestContext, Recipient, RenderedMessage, Topic, TopicUpdate, TopicVersion
from digest.store import articles as article_store
from digest.store import open_db

if TYPE_CHECKING:
    from digest.ingest import IngestReport

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
    paths: list[Path] = field(default_factory=list)
    feed_errors: dict[str, str] = field(default_factory=dict)
    feeds_waiting: dict[str, str] = field(default_factory=dict)  # backing off or paused: url -> why
    llm_note: str = ""  # BriefCounts.note() when the LLM engine wrote briefs

    def line(self) -> str:
        feeds = f", {plural(len(self.feed_errors), 'feed')} failing" if self.feed_errors else ""
        if self.feeds_waiting:
            feeds += f", {plural(len(self.feeds_waiting), 'feed')} backing off or paused"
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


def brief_writer(config: Config):
    from digest.briefs import make_brief_engine

    return make_brief_engine(config, cache_dir=data_dir(config) / "llm-cache")


def refresh(
    config: Config, engine: Engine, now: datetime, *, fetch: bool = True, progress: bool = False
) -> RefreshReport:
    """Ingest the feeds, group the new articles, and write a brief for every new topic version."""
    from digest.ingest import ingest
    from digest.topics import update_topics

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
    from sqlalchemy import func, select

    from digest.store.topics import topic_versions
    from digest.topics import get_version

    newest = (
        select(topic_versions.c.slug, func.max(topic_versions.c.number).label("number"))
        .group_by(topic_versions.c.slug)
        .subquery()
    )
    query = (
        select(topic_versions.c.slug, topic_versions.c.number)
        .join(newest, (newest.c.slug == topic_versions.c.slug) & (newest.c.number == topic_versions.c.number))
        .where(topic_versions.c.brief.is_(None))
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [v for slug, number in rows if (v := get_version(engine, slug, number)) is not None]


def ungrouped(engine: Engine) -> list[str]:
    """Articles stored but never grouped (from `digest fetch` or `digest import`), oldest first."""
    from sqlalchemy import select

    from digest.store.articles import articles
    from digest.store.topics import topic_seen

    query = (
        select(articles.c.id)
        .where(articles.c.id.not_in(select(topic_seen.c.article_id)))
        .order_by(articles.c.first_seen, articles.c.id)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def group_backlog(config: Config, engine: Engine, now: datetime) -> list[TopicVersion]:
    """Group every stored article not yet grouped, day by day in publication order, as a daily
    scheduler would have (for `digest import` backfills), then brief each touched topic once."""
    from collections import defaultdict
    from datetime import UTC, time

    from digest.topics import update_topics

    by_day: dict = defaultdict(list)
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
    from digest.briefs import validate_brief
    from digest.topics import get_topic, get_version, save_brief

    if not versions:
        return 0
    writer = brief_writer(config)
    counts = counts if counts is not None else BriefCounts()
    done = 0
    for version in versions:
        topic = get_topic(engine, version.topic)
        if topic is None:
            continue
        members = distinct(article_store.get(engine, version.article_ids))
        previous = None
        for number in range(version.number - 1, max(0, version.number - 20), -1):  # newest earlier with a brief
            earlier = get_version(engine, version.topic, number)
            if earlier is not None and earlier.brief is not None:
                previous = earlier
                break
        try:
            brief = writer.topic_brief(topic, members, previous.brief if previous else None, version.number, now)
        except Exception:  # one topic's failure must not cost the whole digest
            log.exception("topic %s v%d: no brief written; left out of this issue", topic.slug, version.number)
            continue
        save_brief(engine, version.topic, version.number, validate_brief(brief))
        done += 1
        if config.briefs.engine == "llm":
            counts.by_llm += brief.engine == "llm"
            counts.fell_back += brief.engine != "llm"
    if config.briefs.engine == "llm":
        counts.grounding_dropped = getattr(writer, "grounding_dropped", 0)
        log.info("%s", counts.note() or "briefs: none written")
    return done


def distinct(items: list[Article]) -> list[Article]:
    """Near-duplicates (syndicated copies) count once: keep the canonical article."""
    return [a for a in items if not a.canonical_id]


def _covers(digest: DigestConfig, topic: Topic, tags: set[str]) -> bool:
    if digest.topics == "all":
        return True
    wanted = {t.casefold() for t in digest.topics}
    return bool({topic.title.casefold(), topic.slug.casefold()} & wanted or {t.casefold() for t in tags} & wanted)


def prepare_context(config: Config, engine: Engine, digest_name: str | None, now: datetime) -> DigestContext:
    """What the next issue of a digest would contain: topic versions since the last issue."""
    from digest.deliver import last_issue, list_issues
    from digest.ingest import feed_health
    from digest.topics import get_topic, versions_since

    digest = config.digest(digest_name)
    previous = last_issue(engine, digest.name)
    since = previous.period_end if previous else None
    sent: dict[str, int] = {}  # topic -> the version this digest's readers last received
    for issue in list_issues(engine, digest.name):
        for slug, number in issue.topics:
            sent[slug] = max(sent.get(slug, 0), int(number))

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
        topic = get_topic(engine, version.topic)
        if topic is None or topic.status in ("muted", "merged"):
            continue
        tags = set().union(*(tags_by_article.get(i, set()) for i in version.new_article_ids))
        if not _covers(digest, topic, tags):
            continue
        fresh = [i for i in version.new_article_ids if i in tags_by_article] or version.new_article_ids
        brief = since_last_sent(engine, version, sent.get(version.topic))
        updates.append(TopicUpdate(topic=topic, version=version, brief=brief, new_articles=len(fresh)))
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
    )


def since_last_sent(engine: Engine, version: TopicVersion, sent: int | None):
    """The version's brief, with "what changed" and the stance notes measured from the version this
    digest last sent (another digest, or a dry run, may have cut versions in between)."""
    brief = version.brief
    if brief is None or sent is None or sent >= version.number - 1:
        return brief
    from digest.briefs import validate_brief
    from digest.briefs.changes import compute_changes, evolve
    from digest.topics import get_version

    earlier = get_version(engine, version.topic, sent)
    if earlier is None or earlier.brief is None:
        return brief
    return validate_brief(
        replace(
            brief,
            changes=compute_changes(brief, earlier.brief),
            perspectives=evolve(brief.perspectives, brief.sources, earlier.brief),
        )
    )


def _unreported_skips(engine: Engine, digest_name: str) -> list[str]:
    """Late runs the scheduler skipped, shown in the next issue (removed only once it is created)."""
    from sqlalchemy import select

    from digest.store.ledger import skipped_runs

    with engine.connect() as conn:
        rows = conn.execute(
            select(skipped_runs).where(skipped_runs.c.digest == digest_name).order_by(skipped_runs.c.scheduled_for)
        ).all()
    return [f"the run due {r.scheduled_for:%Y-%m-%d %H:%M} UTC was skipped: {r.reason}" for r in rows]


class Composer:
    """Renders each issue (and each topic cut of it) once, and builds every recipient's message
    from those renders: the sender's callback, for this run, its retries and resumed sends."""

    def __init__(self, config: Config, engine: Engine):
        from digest.render import Renderer

        self.config = config
        self.engine = engine
        self.renderer = Renderer(config.templates_dir)
        self._bases: dict[int, object] = {}  # issue id -> render
        self._cuts: dict[tuple[int, tuple[str, ...]], object] = {}  # (issue id, chosen slugs) -> render
        self._choices: dict[str, tuple[str, ...]] = {}  # email -> chosen slugs, () for every topic

    def base(self, ctx: DigestContext):
        return self.renderer.render_base(ctx)

    def remember(self, issue_id: int, base, cuts: dict[tuple[str, ...], object], recipients: list[Recipient]) -> None:
        """Keep this run's renders, and store the cuts so a retry or a resumed send reuses them."""
        self._bases[issue_id] = base
        for selection, rendered in cuts.items():
            self._cuts[(issue_id, selection)] = rendered
            store_cut(self.engine, issue_id, selection, rendered)
        self._choices.update({r.email: r.topics for r in recipients if r.topics})

    def __call__(self, issue, recipient: Recipient, message_id: str) -> EmailMessage:
        choice = self._choices.get(recipient.email)
        if choice is None:  # a retry or a resumed send: the subscriber's saved choice
            choice = self._choices[recipient.email] = stored_choice(self.engine, recipient.email)
        base = (self._cuts.get((issue.id, choice)) or self._load_cut(issue.id, choice)) if choice else None
        if base is None:
            base = self._bases.get(issue.id)
        if base is None:
            base = self._bases[issue.id] = self.renderer.base_from_stored(issue.subject, issue.html, issue.text)
        rendered = self.renderer.personalize(base, recipient)
        return self.message(issue.digest, rendered, recipient, message_id, issue.created)

    def _load_cut(self, issue_id: int, selection: tuple[str, ...]):
        row = load_cut(self.engine, issue_id, selection)
        if row is None:
            return None
        base = self._cuts[(issue_id, selection)] = self.renderer.base_from_stored(row.subject, row.html, row.text)
        return base

    def message(
        self, digest_name: str, rendered: RenderedMessage, recipient: Recipient, message_id: str, when: datetime
    ) -> EmailMessage:
        from digest.message import build_message, default_list_id

        return build_message(
            rendered,
            sender=self.config.delivery.sender,
            recipient=recipient.email,
            message_id=message_id,
            list_id=default_list_id(digest_name, self.config.delivery.sender),
            unsubscribe_url=recipient.unsubscribe_url,
            date=when,
        )


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
    from digest.deliver import lease

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


def _run_serialized(config: Config, engine: Engine, digest: DigestConfig, now: datetime, options: dict) -> RunSummary:
    """Runs of different digests share topic versions: they take turns, and time only moves forward.

    A version belongs to the next issue of every digest whose last issue ended before it was
    created, so no run may create versions stamped earlier than an issue already sent.
    """
    from datetime import timedelta

    from sqlalchemy import func, select

    from digest.deliver import lease
    from digest.store.ledger import issues

    with lease(engine, "pipeline", wait=PIPELINE_WAIT):
        with engine.connect() as conn:
            latest = conn.execute(select(func.max(issues.c.period_end))).scalar()
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
    from digest.deliver import create_issue, pop_skipped_runs, send_pending
    from digest.subscribers import recipients_for

    summary = RunSummary(digest=digest.name)
    composer = Composer(config, engine)
    if not dry_run:
        leftover = send_pending(engine, config, composer, outbox=outbox, now=now)
        if leftover.sent or leftover.deferred or leftover.failed:
            log.info("finished an earlier issue first: %s sent, %s deferred", leftover.sent, leftover.deferred)

    report = refresh(config, engine, now, fetch=fetch, progress=progress)
    if report.ingest:
        summary.feed_errors = dict(report.ingest.errors)
        summary.feeds_waiting = dict(getattr(report.ingest, "feeds_skipped", {}) or {})
    summary.llm_note = report.brief_counts.note()
    ctx = prepare_context(config, engine, digest.name, now)
    summary.new_articles = ctx.new_articles
    summary.topics_updated = len(ctx.updates)
    if not ctx.updates and not digest.send_empty:
        summary.skipped = "no topic updated since the last issue"
        log.info("%s: %s", digest.name, summary.skipped)
        return summary

    base = composer.base(ctx)
    recipients = recipients_for(engine, config, digest.name)
    recipients = [replace(r, topics=follow_merges(engine, r.topics)) for r in recipients]
    cuts = topic_cuts(ctx, recipients)
    recipients = [r for r in recipients if not r.topics or cuts.get(r.topics) is not None]
    if dry_run:
        summary.issue_number = ctx.number
        summary.paths = write_preview(config, composer, ctx, base, recipients, outbox or config.outbox_dir, now)
        return summary
    if not recipients:
        summary.skipped = "no recipients (add some under digests: recipients, or subscribers)"
        return summary

    topics = [(u.topic.slug, u.version.number) for u in ctx.updates]
    covered = sorted({i for u in ctx.updates for i in u.version.new_article_ids})
    issue = create_issue(engine, ctx, base.html, base.text, base.subject, recipients, topics, covered)
    pop_skipped_runs(engine, digest.name)
    rendered_cuts = {selection: composer.base(cut) for selection, cut in cuts.items() if cut is not None}
    composer.remember(issue.id, base, rendered_cuts, recipients)
    delivered = send_pending(engine, config, composer, outbox=outbox, now=now)
    summary.issue_number = issue.number
    summary.sent, summary.deferred, summary.failed = delivered.sent, delivered.deferred, delivered.failed
    summary.paths = list(delivered.paths)
    return summary


def topic_cuts(ctx: DigestContext, recipients: list[Recipient]) -> dict[tuple[str, ...], DigestContext | None]:
    """The issue cut to each distinct set of chosen topics; None when none of them was updated."""
    cuts: dict[tuple[str, ...], DigestContext | None] = {}
    for selection in {r.topics for r in recipients if r.topics}:
        wanted = set(selection)
        updates = [u for u in ctx.updates if u.topic.slug in wanted]
        cuts[selection] = replace(ctx, updates=updates) if updates else None
    return cuts


def message_factory(config: Config, engine: Engine) -> Composer:
    """For the scheduler's retry job: builds each deferred message from its stored issue."""
    return Composer(config, engine)


def follow_merges(engine: Engine, slugs: tuple[str, ...]) -> tuple[str, ...]:
    """Chosen topics that were merged since stand for the topic that absorbed them."""
    if not slugs:
        return slugs
    from digest.topics import get_topic

    out = []
    for slug in slugs:
        seen = {slug}
        topic = get_topic(engine, slug)
        while topic is not None and topic.merged_into and topic.merged_into not in seen:
            seen.add(topic.merged_into)
            slug, topic = topic.merged_into, get_topic(engine, topic.merged_into)
        out.append(slug)
    return tuple(sorted(set(out)))


def stored_choice(engine: Engine, email: str) -> tuple[str, ...]:
    from digest.subscribers import topics_for

    choice = topics_for(engine, email)
    return () if choice == "all" else follow_merges(engine, tuple(choice))


def store_cut(engine: Engine, issue_id: int, selection: tuple[str, ...], rendered) -> None:
    import json

    from sqlalchemy.exc import IntegrityError

    from digest.store.ledger import issue_cuts

    row = {
        "issue_id": issue_id,
        "selection": json.dumps(sorted(selection)),
        "subject": rendered.subject,
        "html": rendered.html,
        "text": rendered.text,
    }
    try:
        with engine.begin() as conn:
            conn.execute(issue_cuts.insert().values(**row))
    except IntegrityError:  # stored by an earlier attempt of this run
        pass


def load_cut(engine: Engine, issue_id: int, selection: tuple[str, ...]):
    import json

    from sqlalchemy import select

    from digest.store.ledger import issue_cuts

    with engine.connect() as conn:
        return conn.execute(
            select(issue_cuts).where(
                issue_cuts.c.issue_id == issue_id, issue_cuts.c.selection == json.dumps(sorted(selection))
            )
        ).first()


def write_preview(
    config: Config,
    composer: Composer,
    ctx: DigestContext,
    base,
    recipients: list[Recipient],
    folder: Path,
    now: datetime,
) -> list[Path]:
    """The exact messages that would be sent, one per recipient variant, without touching the ledger."""
    from email.utils import parseaddr

    from digest.deliver.send import message_bytes

    folder.mkdir(parents=True, exist_ok=True)
    variants: dict[str, Recipient] = {}
    for r in recipients:
        variants.setdefault("editor" if r.editor else "reader", r)
    if not variants:
        variants["reader"] = Recipient(email="preview@example.org")
    stem = "".join(c if c.isalnum() else "-" for c in ctx.digest.lower()).strip("-")
    domain = parseaddr(config.delivery.sender)[1].rpartition("@")[2] or "localhost"
    paths = []
    for variant, recipient in variants.items():
        rendered = composer.renderer.personalize(base, recipient)
        message_id = f"<preview-{stem}-{ctx.number}-{variant}@{domain}>"
        message = composer.message(ctx.digest, rendered, recipient, message_id, now)
        prefix = folder / f"{stem}-{ctx.number}-{variant}"
        for suffix, data in (
            (".eml", message_bytes(message, message_id)),
            (".html", rendered.html.encode()),
            (".txt", rendered.text.encode()),
        ):
            path = prefix.with_suffix(suffix)
            path.write_bytes(data)
            paths.append(path)
    return paths
