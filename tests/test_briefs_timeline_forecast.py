"""A forecast is no coming date: a quantity projected to a day, or a fear, is not something the sources announce.

The demo's BP brief listed "Upcoming: By August 15, some 86 million gallons of oil will have spilled" and "fears oil
could leak into the Gulf until August"; plans with numbers and promises stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from digest.briefs.timeline import coming_dates

PUBLISHED = date(2031, 4, 1)


@pytest.mark.parametrize(
    "text",
    [
        "By June 15, some 2 million tonnes of ash will have fallen on the valley, the survey estimated.",
        "Analysts said 40,000 jobs will have gone by December, the worst year since records began.",
        "The failed repair sparked fears the reservoir could keep draining until August.",
        "Residents voiced fears that the road might stay shut until 30 May.",
    ],
)
def test_a_forecast_or_a_fear_is_no_coming_date(text: str) -> None:
    assert coming_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fares will rise by 5 percent on 1 May, the operator said.", date(2031, 5, 1)),
        ("The council will vote on 15 June, and the scheme will have cost 3 million by then.", date(2031, 6, 15)),
        ("The board meets on 4 May; by then 2,000 claims will have been filed.", date(2031, 5, 4)),
        ("The inquiry will report on 30 June despite fears it could be delayed.", date(2031, 6, 30)),
    ],
)
def test_a_plan_beside_a_forecast_keeps_its_day(text: str, day: date) -> None:
    assert day in [r.when for r in coming_dates(text, PUBLISHED)]
