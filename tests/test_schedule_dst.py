"""One digest per local day across spring-forward and fall-back nights (fire times from the trigger)."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from digest.config import DigestConfig
from digest.schedule import fire_times, latest_fire_time

# (zone, a day before the change) for 2026: spring forward, fall back
NIGHTS = [
    ("Europe/London", datetime(2026, 3, 28)),
    ("Europe/London", datetime(2026, 10, 24)),
    ("America/New_York", datetime(2026, 3, 7)),
    ("America/New_York", datetime(2026, 10, 31)),
]
# 07:00 is never touched by DST; 01:30 and 02:30 are skipped or repeated on those nights
SCHEDULES = ["0 7 * * *", "30 1 * * *", "30 2 * * *", "0 1 * * 0-6"]


@pytest.mark.parametrize(("zone", "day"), NIGHTS)
@pytest.mark.parametrize("cron", SCHEDULES)
def test_exactly_one_run_per_local_day(zone, day, cron):
    tz = ZoneInfo(zone)
    digest = DigestConfig(name="Morning", schedule=cron, timezone=zone)
    start = day.replace(tzinfo=tz)
    times = fire_times(digest, start, start + timedelta(days=3))
    per_day = Counter(t.astimezone(tz).date() for t in times)
    assert sorted(per_day) == [(start + timedelta(days=i)).date() for i in range(3)]
    assert set(per_day.values()) == {1}, times
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(timedelta(hours=22) <= g <= timedelta(hours=26) for g in gaps), gaps


def test_seven_am_stays_seven_am_local_across_the_change():
    tz = ZoneInfo("Europe/London")
    digest = DigestConfig(name="Morning", schedule="0 7 * * *", timezone="Europe/London")
    times = fire_times(digest, datetime(2026, 3, 28, tzinfo=tz), datetime(2026, 3, 31, tzinfo=tz))
    assert [t.astimezone(tz).hour for t in times] == [7, 7, 7]
    assert [t.utcoffset() for t in times] == [timedelta(0), timedelta(hours=1), timedelta(hours=1)]


def test_weekday_schedule_skips_weekends():
    digest = DigestConfig(name="Morning", schedule="0 7 * * 1-5", timezone="America/New_York")
    tz = ZoneInfo("America/New_York")
    times = fire_times(digest, datetime(2026, 3, 6, tzinfo=tz), datetime(2026, 3, 11, tzinfo=tz))
    assert [t.astimezone(tz).strftime("%a") for t in times] == ["Fri", "Mon", "Tue"]


def test_latest_fire_time_is_the_slot_of_a_late_run():
    tz = ZoneInfo("Europe/London")
    digest = DigestConfig(name="Morning", schedule="0 7 * * *", timezone="Europe/London", max_lateness_minutes=120)
    slot = latest_fire_time(digest, datetime(2026, 3, 29, 8, 30, tzinfo=tz))
    assert slot == datetime(2026, 3, 29, 7, 0, tzinfo=tz)
    assert latest_fire_time(digest, datetime(2026, 3, 29, 12, 0, tzinfo=tz)) is None  # beyond lateness


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("1-5", "mon,tue,wed,thu,fri"),
        ("0", "sun"),
        ("7", "sun"),
        ("5-7", "sun,fri,sat"),
        ("*/2", "sun,tue,thu,sat"),
        ("sat,sun", "sun,sat"),
        ("*", "*"),
    ],
)
def test_crontab_weekdays_use_sunday_zero(field, names):
    from digest.config.cron import crontab_day_of_week

    assert crontab_day_of_week(field) == names
