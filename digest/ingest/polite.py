"""Polite fetching: when a feed may be fetched again, from what the server and the feed say.

Pure functions over header and feed values (no I/O), so the rules are testable with plain values:
- `Retry-After` on a 429 or 503 (seconds or an HTTP date) sets the next try, capped, and is not a
  failure: the feed is waiting, not failing;
- `Cache-Control: max-age`, RSS `<ttl>` and `sy:updatePeriod`/`sy:updateFrequency` set the earliest
  next fetch (the longest of them, capped), unless the editor set `refresh_minutes` for the feed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

RETRY_AFTER_MAX = timedelta(hours=24)  # a server asking for a week still gets tried daily
FRESHNESS_MAX = timedelta(hours=24)  # no hint keeps a feed unfetched longer than a day
RATE_LIMITED = "rate limited"  # how a wait asked for by the server starts (feed health reads it)

_PERIODS = {
    "hourly": timedelta(hours=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(weeks=1),
    "monthly": timedelta(days=30),
    "yearly": timedelta(days=365),
}


def retry_after(value: str | None, now: datetime) -> timedelta | None:
    """A Retry-After header as a wait from `now`, capped; None when absent or unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        wait = timedelta(seconds=int(text))
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        wait = when - now
    return min(max(wait, timedelta(0)), RETRY_AFTER_MAX)


def max_age(cache_control: str | None) -> timedelta | None:
    """`max-age` of a Cache-Control header; None when absent, or when no-cache/no-store forbid reuse."""
    if not cache_control:
        return None
    directives = [d.strip().lower() for d in cache_control.split(",")]
    if "no-cache" in directives or "no-store" in directives:
        return None
    for d in directives:
        match = re.fullmatch(r'max-age\s*=\s*"?(\d+)"?', d)
        if match:
            return timedelta(seconds=int(match.group(1)))
    return None


def feed_interval(ttl: str | None, period: str | None, frequency: str | None) -> tuple[timedelta, str] | None:
    """What the feed itself says about how often it changes: RSS <ttl> (minutes) or sy:updatePeriod
    divided by sy:updateFrequency; the longer of the two, with the name of the hint."""
    hints: list[tuple[timedelta, str]] = []
    if ttl and ttl.strip().isdigit() and int(ttl) > 0:
        hints.append((timedelta(minutes=int(ttl)), f"<ttl> {int(ttl)} min"))
    if period and period.strip().lower() in _PERIODS:
        name = period.strip().lower()
        times = int(frequency) if frequency and frequency.strip().isdigit() and int(frequency) > 0 else 1
        label = f"sy:updatePeriod {name}" + (f" ×{times}" if times > 1 else "")
        hints.append((_PERIODS[name] / times, label))
    return max(hints, key=lambda h: h[0]) if hints else None


def next_fetch(
    now: datetime,
    *,
    cache_control: str | None,
    feed_hint: tuple[timedelta, str] | None,
    refresh_minutes: int | None,
) -> tuple[datetime | None, str | None]:
    """The earliest next fetch after a successful one, and why; (None, None) when the next run may fetch.

    The editor's `refresh_minutes` wins over every hint (0: fetch on every run).
    """
    if refresh_minutes is not None:
        if refresh_minutes <= 0:
            return None, None
        return now + timedelta(minutes=refresh_minutes), f"refresh_minutes {refresh_minutes} (feeds.yaml)"
    hints: list[tuple[timedelta, str]] = []
    age = max_age(cache_control)
    if age:
        hints.append((age, f"Cache-Control max-age={int(age.total_seconds())}"))
    if feed_hint is not None:
        hints.append(feed_hint)
    if not hints:
        return None, None
    wait, why = max(hints, key=lambda h: h[0])
    return now + min(wait, FRESHNESS_MAX), why


def describe(wait: timedelta) -> str:
    """A wait as people say it: 45 s, 15 min, 2 h 30 min."""
    seconds = int(wait.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 120:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
