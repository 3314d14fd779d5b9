"""Feed health: each configured feed's state as editors and operators see it.

`digest feeds check` lists it and the editors' copy of each issue carries it in the footer.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from digest.config import Config
from digest.ingest.polite import RATE_LIMITED
from digest.ingest.sources import sources_health
from digest.models import FeedHealth, FeedStatus
from digest.store import feeds as feed_store


def feed_health(config: Config, engine: Engine, now: datetime | None = None) -> list[FeedHealth]:
    """Every configured feed's state, in feeds.yaml order (for `digest feeds check` and the footer),
    with when it will next be fetched and why."""
    now = now or datetime.now(UTC)
    states = feed_store.load_states(engine)
    out = []
    for feed in config.feeds:
        state = states.get(feed.url)
        status: FeedStatus
        waiting = state is not None and state.next_try is not None and state.next_try > now
        if state is None or state.last_attempt is None:
            status = "never"
        elif state.paused:
            status = "paused"
        elif waiting and (state.wait_reason or "").startswith(RATE_LIMITED):
            status = "waiting"
        elif state.failures or state.last_error:
            status = "failing"
        else:
            status = "ok"
        error = state.pause_reason if state is not None and state.paused else (state.last_error if state else None)
        out.append(
            FeedHealth(
                url=feed.url,
                name=feed.name or (state.title if state and state.title else feed.display_name),
                status=status,
                last_ok=state.last_ok if state else None,
                last_error=error,
                failures=state.failures if state else 0,
                items_seen=state.items_seen if state else 0,
                next_fetch=state.next_try if state is not None and waiting else None,
                next_reason=_why_later(state) if state is not None and waiting else None,
            )
        )
    return out + sources_health(config, engine)


def _why_later(state: feed_store.FeedState) -> str:
    if state.paused:
        return state.pause_reason or "paused"
    return state.wait_reason or (f"backing off after {state.failures} failures" if state.failures else "not due")


def reset_feed(engine: Engine, url: str) -> bool:
    """Unpause a feed and forget its failures and waits, so the next run fetches it."""
    return feed_store.reset(engine, url)


def reset_all_feeds(engine: Engine) -> int:
    """`reset_feed` for every feed with a stored state; returns how many."""
    return feed_store.reset_all(engine)
