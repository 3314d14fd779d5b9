"""Adoption (issue 13): a short item that fits one running story joins it; a one-off in the story's town does not.

Two stories run side by side for a month, several outlets a day: a dock strike in Port Harlow and a
flood along the River Aske, among the day's other news. Among them arrive short live-blog entries
that name only one of the strike's actors, a marathon in Port Harlow whose own runners lead it, and an
entry led by the region's governor, whom both stories name.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime, timedelta

import pytest
from grouping_support import replay

from digest.topics.engine import Doc, Params
from digest.topics.features import featurize

STRIKE = [
    "Dockers at Port Harlow walked out again as the union pressed Meridian Shipping over pay.",
    "Dana Whitcombe, who leads the Harlow Dockers Union, said the strike would go on until wages rose.",
    "Meridian Shipping said the walkout had left containers stacked on the quays of Port Harlow.",
    "Picket lines at the Port Harlow container terminal held through the night, the union said.",
    "Ships waiting to berth at Port Harlow were diverted to other ports as the dock strike dragged on.",
    "Talks between Meridian Shipping and the union broke down over the pay offer, Whitcombe said.",
    "Cargo worth millions is stuck at Port Harlow, Meridian Shipping told shareholders.",
    "The union's members voted to extend the strike at the Port Harlow docks by another week.",
    "Meridian Shipping chief Oren Blackwood called the dockers' pay demand unaffordable.",
    "Blackwood said Meridian Shipping would not raise its offer while the picket lines stood.",
    "Governor Elena Ruiz said the region would not let the dock strike cripple Port Harlow.",
]
FLOOD = [
    "The River Aske burst its banks at Lanvale after days of heavy rain, flooding hundreds of homes.",
    "Mayor Tobin Reyes ordered residents of low-lying Lanvale streets to evacuate as the water rose.",
    "Rescue crews in boats reached families trapped by the Aske floodwater in Lanvale overnight.",
    "The Lanvale flood defences failed under the weight of water, the Aske river authority said.",
    "Reyes said the cost of the Lanvale flood damage would run to tens of millions.",
    "More rain is forecast for the Aske valley, where river levels remain close to their record.",
    "Residents returning to Lanvale homes found mud and ruined furniture as the Aske receded.",
    "The Aske river authority said pumps were clearing floodwater from the Lanvale town centre.",
    "Insurers said claims from the Lanvale flood were among the largest this decade, Reyes said.",
    "Volunteers filled sandbags along the Aske embankment as Lanvale braced for another surge.",
    "Governor Elena Ruiz said the region would help Lanvale rebuild after the Aske flood.",
]
OUTLETS = ["Wire A", "Daily B", "Herald C"]
START = datetime(2024, 3, 1, 9, tzinfo=UTC)
# Live entries: a time stamp and a sentence naming one of the strike's actors, few of its words.
LIVE = [
    "14:05 Whitcombe has arrived. Crowds gathered outside waiting for her speech.",
    "16:40 We are expecting Whitcombe to address the crowd within the hour, her office says.",
]
# An entry led by the region's governor, whom both stories name: it could be either's.
REGIONAL = "15:20 Governor Elena Ruiz will hold a news conference later today, her office says. Ruiz arrives at noon."
# A one-off in the strike's town: its own people lead it, the town is only where it happened.
ONEOFF = (
    "Adebayo wins marathon",
    "PORT HARLOW - Kemi Adebayo won the marathon on Sunday, finishing two minutes ahead of Lars Okafor. "
    "Adebayo, who trains with the Eastfield Harriers, said the sea wind made the last miles hard. "
    "Okafor said he would run the Northgate marathon next month. Adebayo set a course record.",
)


SYLLABLES = ["ka", "ro", "mi", "tan", "vel", "do", "ri", "sa", "lun", "bor", "ez", "qui", "nal", "ve", "gor", "pa"]


def _filler(rng: random.Random, words: list[str]) -> str:
    """A sentence of the region's everyday reporting: words both stories use, none telling."""
    return "The " + " ".join(rng.sample(words, 8)) + "."


Row = tuple[str, str, datetime, str, str, str]


def _stream(seed: int = 3, flood: bool = True, aside: str = "", extra: tuple[Row, ...] | None = None) -> list[Row]:
    """(id, story, time, outlet, title, text): both stories every day for 30 days, then the odd items.

    Without the flood the strike runs alone; `aside` is added to three of the strike's articles;
    `extra` replaces the odd items."""
    rng = random.Random(seed)
    words = sorted({"".join(rng.sample(SYLLABLES, 3)) for _ in range(800)})  # the two stories' region
    elsewhere = sorted({"".join(rng.sample(SYLLABLES, 4)) for _ in range(800)})  # the rest of the news
    rows: list[Row] = []
    for day in range(30):
        for story, pool in (("strike", STRIKE), ("flood", FLOOD)):
            for n in range(2):
                picked = rng.sample(pool, 3) + [_filler(rng, words) for _ in range(4)]
                if story == "flood" and not flood:
                    continue  # the same random draws, so the strike's articles are the same
                if story == "strike" and aside and (day, n) in ((3, 0), (8, 1), (11, 0)):
                    picked.append(aside)
                when = START + timedelta(days=day, hours=n * 3 + (story == "flood"))
                rows.append((f"{story}-{day}-{n}", story, when, OUTLETS[(day + n) % 3], picked[0], " ".join(picked)))
        # the day's other news: one-offs with people and places of their own
        for n in range(3):
            name = "".join(rng.sample(SYLLABLES, 3)).capitalize()
            town = "".join(rng.sample(SYLLABLES, 2)).capitalize() + "ton"
            text = f"{name} opened a new {elsewhere[day]} in {town}. " + " ".join(
                _filler(rng, elsewhere) for _ in range(4)
            )
            when = START + timedelta(days=day, hours=7 + n)
            rows.append((f"other-{day}-{n}", f"other-{day}-{n}", when, OUTLETS[(day + n) % 3], "", text))
    if extra is not None:
        return sorted(rows + list(extra), key=lambda r: (r[2], r[0]))
    for n, text in enumerate(LIVE):
        rows.append((f"live-{n}", "strike", START + timedelta(days=14 + 2 * n, hours=14), "Wire A", "", text))
    rows.append(("regional", "strike", START + timedelta(days=15, hours=15), "Herald C", "", REGIONAL))
    rows.append(("oneoff", "marathon", START + timedelta(days=15, hours=11), "Daily B", *ONEOFF))
    return sorted(rows, key=lambda r: (r[2], r[0]))


def _run(params: Params, rows: list[Row] | None = None) -> dict[str, str | None]:
    """Feed the stream a day at a time, as the service does; article -> topic key (None: no topic)."""
    rows = _stream() if rows is None else rows
    days = (START.replace(hour=23) + timedelta(days=day) for day in range(45))
    batches = (
        (
            now,
            [
                Doc(id=i, time=t, source=o, features=featurize(title, text))
                for i, _, t, o, title, text in rows
                if t.date() == now.date()
            ],
        )
        for now in days
    )
    return replay(batches, params)[0]


def test_a_short_live_entry_joins_the_running_story_and_a_one_off_in_its_town_does_not() -> None:
    got = _run(Params())
    strike = {got[f"strike-{d}-{n}"] for d in range(30) for n in range(2)} - {None}
    flood = {got[f"flood-{d}-{n}"] for d in range(30) for n in range(2)} - {None}
    assert len(strike) == 1 and len(flood) == 1 and strike != flood
    (topic,) = strike
    assert got["live-0"] == topic
    assert got["live-1"] == topic
    assert got["oneoff"] not in strike | flood
    assert got["regional"] is None


def test_without_adoption_the_live_entries_are_left_out() -> None:
    """Control: the levels that take an arriving article or absorb a leftover leave them in no topic."""
    got = _run(Params(adopt=False))
    assert got["live-0"] is None and got["live-1"] is None
    assert got["oneoff"] is None


def test_adoption_is_the_same_on_a_rerun() -> None:
    assert _run(Params()) == _run(Params())


def _item(key: str, day: int, text: str) -> Row:
    return (key, key, START + timedelta(days=day, hours=11), "Daily B", "", text)


def test_with_one_story_running_a_one_off_led_by_a_name_it_mentions_stays_out() -> None:
    """Review gr7 #1: with no rival story the margin and lead-ratio tests passed on nothing (1.5 x 0,
    4 x 0); the governor, named in one of the strike's sentences, took her hospital opening into it.
    With one story running, its words must clear the noise by the margin."""
    gov = (
        "Governor Elena Ruiz opened a new hospital wing in Eastfield on Monday. Ruiz said the wing would treat "
        "children from across the north. Ruiz toured the wards with nurses."
    )
    # Whitcombe leads the strike (a real share of its names), yet her hospital opening is not the strike.
    union = gov.replace("Governor Elena Ruiz", "Dana Whitcombe").replace("Ruiz", "Whitcombe")
    for key, text in (("gov", gov), ("union", union)):
        got = _run(Params(), _stream(flood=False, extra=(_item(key, 14, text),)))
        strike = {got[f"strike-{d}-{n}"] for d in range(30) for n in range(2)} - {None}
        assert len(strike) == 1
        assert got[key] is None, key


def test_a_name_the_story_mentions_in_passing_does_not_lead_an_adoption() -> None:
    """Review gr7 #3: Singapore, named in three asides of the strike's sixty articles and never by the
    flood, passed the 4x lead test on a trace weight; another country's markets and port stay out."""
    aside = "Some of Meridian's ships were rerouted to Singapore."
    sg = (
        "Singapore's stock exchange closed at a record high on Tuesday. Singapore traders bought bank and "
        "property shares. Singapore's central bank held interest rates."
    )
    sg2 = (
        "Singapore opened a new container terminal at Tuas on Monday. Singapore's port authority said the "
        "terminal doubles capacity. Ships from Singapore now berth in hours."
    )
    got = _run(Params(), _stream(aside=aside, extra=(_item("sg", 14, sg), _item("sg2", 17, sg2))))
    strike = {got[f"strike-{d}-{n}"] for d in range(30) for n in range(2)} - {None}
    assert len(strike) == 1
    assert got["sg"] is None and got["sg2"] is None


def test_an_adoption_leaves_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    """Review gr7 #4: an adoption is a guess on thin evidence; the operator's log says which and why."""
    with caplog.at_level(logging.INFO, logger="digest.topics.engine"):
        got = _run(Params())
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("adopted ")]
    assert any("live-0" in line and f"into {got['live-0']}:" in line and "words " in line for line in lines)


@pytest.mark.xfail(strict=True, reason="known gap (review gr7): the ordinary join, not adoption, takes it on arrival")
def test_a_marathon_that_names_the_strike_s_town_throughout_stays_out() -> None:
    """The issue's own example, harder than `ONEOFF`: the race report names Port Harlow in every sentence and
    little else the stream knows, so the arriving article clears the join level of the strike, whose words are
    few. Real text keeps such one-offs out (bench/topics_eval_sets.py --sets oneoffs: 0 of 60 joined); a short
    synthetic story does not. Flip this test when the join weighs who leads an article, not only where it is."""
    marathon = (
        "Thousands of runners crowded the seafront of Port Harlow on Sunday for the town's annual marathon. "
        "The race started at the harbour and followed the Port Harlow quays. Kemi Adebayo won in two hours and "
        "eleven minutes. Runners said the sea wind along the Port Harlow waterfront made the last miles hard."
    )
    row = ("marathon", "marathon", START + timedelta(days=15, hours=11), "Daily B", "Port Harlow marathon", marathon)
    got = _run(Params(), _stream(extra=(row,)))
    strike = {got[f"strike-{d}-{n}"] for d in range(30) for n in range(2)} - {None}
    assert got["marathon"] not in strike
