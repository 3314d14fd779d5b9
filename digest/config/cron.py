"""Crontab expressions, read and checked without the scheduler.

A leaf that `config` (to validate feeds.yaml) and `schedule` (to build the APScheduler trigger) both
use, so that loading the editors' file never imports APScheduler, the delivery stack or SQLAlchemy.
The grammar is APScheduler 3's for the same fields, so what validates here is what the scheduler
accepts; weekdays are read as in crontab (0 or 7 = Sunday), not as APScheduler numbers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BOUNDS = {"minute": (0, 59), "hour": (0, 23), "day": (1, 31), "month": (1, 12)}

_ALL = re.compile(r"\*(?:/(?P<step>\d+))?$")
_RANGE = re.compile(r"(?P<first>\d+)(?:-(?P<last>\d+))?(?:/(?P<step>\d+))?$")
_NAMES = re.compile(r"(?P<first>[a-z]+)(?:-(?P<last>[a-z]+))?", re.IGNORECASE)
_POSITION = re.compile(r"(?:1st|2nd|3rd|4th|5th|last) +(?P<weekday>\d+|\w+)", re.IGNORECASE)
_LAST = re.compile(r"last", re.IGNORECASE)
_SEPARATOR = re.compile(" *, *")
_APS_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class CronSpec:
    """One checked crontab line, its weekdays already spelled as names APScheduler 3 reads right."""

    minute: str
    hour: str
    day: str
    month: str
    day_of_week: str


def parse_cron(expression: str) -> CronSpec:
    """Five crontab fields (minute hour day month weekday), or ValueError saying what is wrong."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"a cron schedule has 5 fields (minute hour day month weekday), got {len(fields)}")
    minute, hour, day, month, day_of_week = fields
    for name, value in (("minute", minute), ("hour", hour), ("day", day), ("month", month)):
        for part in _SEPARATOR.split(value.strip()):
            _check_part(name, part)
    return CronSpec(minute, hour, day, month, crontab_day_of_week(day_of_week))


def _check_part(field: str, part: str) -> None:
    low, high = _BOUNDS[field]
    if match := _ALL.match(part):
        step = int(match["step"]) if match["step"] else None
        _check_step(part, step, high - low)
        return
    if match := _RANGE.match(part):
        first = int(match["first"])
        last = int(match["last"]) if match["last"] else None
        step = int(match["step"]) if match["step"] else None
        if last is None and step is None:
            last = first
        if last is not None and first > last:
            raise ValueError(f"{part!r} in {field}: the minimum value in a range must not be higher than the maximum")
        if first < low:
            raise ValueError(f"{part!r} in {field}: {first} is lower than the minimum value ({low})")
        if last is not None and last > high:
            raise ValueError(f"{part!r} in {field}: {last} is higher than the maximum value ({high})")
        _check_step(part, step, (last or high) - first)
        return
    if field == "month" and (match := _NAMES.match(part)):
        for name in (match["first"], match["last"]):
            if name is not None and name.lower() not in _MONTH_NAMES:
                raise ValueError(f"invalid month name {name!r}")
        return
    if field == "day":
        if match := _POSITION.match(part):
            if match["weekday"].lower() not in _APS_WEEKDAYS:
                raise ValueError(f"invalid weekday name {match['weekday']!r}")
            return
        if _LAST.match(part):
            return
    raise ValueError(f"unrecognized expression {part!r} for field {field!r}")


def _check_step(part: str, step: int | None, value_range: int) -> None:
    if step == 0:
        raise ValueError(f"{part!r}: increment must be higher than 0")
    if step and step > value_range:
        raise ValueError(f"{part!r}: the step value ({step}) is higher than the total range ({value_range})")


def crontab_day_of_week(field: str) -> str:
    """Standard crontab weekdays (0 or 7 = Sunday) as names APScheduler 3 reads right.

    APScheduler 3's own numbers start at Monday = 0, so "1-5" would mean Tuesday to Saturday.
    """
    if field == "*":
        return field
    days: set[int] = set()
    for part in field.lower().split(","):
        base, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if base == "*":
            low, high = 0, 6
        elif "-" in base:
            low_text, high_text = base.split("-", 1)
            low, high = _day_number(low_text), _day_number(high_text)
            if high == 0 and low > 0:  # "5-7" or "fri-sun": 7 closes the week
                high = 7
        else:
            low = high = _day_number(base)
            if step_text:
                high = 6
        if low > high or step < 1:
            raise ValueError(f"bad day-of-week range {part!r}")
        days.update(d % 7 for d in range(low, high + 1, step))
    return ",".join(_DAY_NAMES[d] for d in sorted(days))


def _day_number(text: str) -> int:
    if text in _DAY_NAMES:
        return _DAY_NAMES.index(text)
    number = int(text)
    if not 0 <= number <= 7:
        raise ValueError(f"day of week {text!r} is not 0-7 (0 and 7 are Sunday)")
    return number
