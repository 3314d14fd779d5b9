"""Issue 14 leftovers: a shared "our" names no sender, and money said not to be there yet is an open question only when
a thing waits on it and no reason is given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.cues import states_unknown, to_question
from digest.briefs.extractive import house_named
from digest.models import Article


def _mailing(source: str, greeting: str = "Dear members,") -> Article:
    now = datetime(2061, 3, 1, tzinfo=UTC)
    text = f"{source.upper()}\n\n{greeting}\n\nOur news this month."
    return Article(id="m", url=None, title="t", text=text, source=source, published=now, first_seen=now)


@pytest.mark.parametrize(
    "question",
    [
        "Will our NHS cope with another winter like this?",
        "Can our town keep its last bank branch?",
        "Will our planet have any glaciers left by 2100?",
        "What will our children inherit?",
        "Will our high street survive the bypass?",
        "Is our beloved countryside safe from the new road?",
        "Who will look after our rivers now?",
    ],
)
def test_a_shared_our_names_no_sender(question: str) -> None:
    assert house_named(question, _mailing("Fernley Ramblers Club")) == question


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Will our spring timetable change?", "Will Fernley Ramblers Club's spring timetable change?"),
        ("Will our town centre branch reopen?", "Will Fernley Ramblers Club's town centre branch reopen?"),
        ("Can our community fund pay for the stile?", "Can Fernley Ramblers Club's community fund pay for the stile?"),
        ("Does our Harrowgate office stay open?", "Does Fernley Ramblers Club's Harrowgate office stay open?"),
    ],
)
def test_an_owned_our_still_names_the_sender(question: str, named: str) -> None:
    assert house_named(question, _mailing("Fernley Ramblers Club")) == named


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "No budget has been set aside for the repairs to the sea wall.",
            "Who will pay for the repairs to the sea wall?",
        ),
        ("No money has been earmarked for the clean-up of the canal.", "Who will pay for the clean-up of the canal?"),
        ("Nothing has been allocated to rebuild the footbridge.", "Who will pay to rebuild the footbridge?"),
        ("No funding has been found for the second phase, the trust said.", "Who will pay for the second phase?"),
        ("No extra money has so far been ring-fenced for school meals.", "Who will pay for school meals?"),
        ("No budget has yet been set aside.", "Has a budget been set aside?"),
        ("No money has been set aside for the archive as yet.", "Who will pay for the archive?"),
    ],
)
def test_money_not_there_yet_for_a_thing_is_an_open_question(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "No budget has been set aside because the insurer will pay for the repairs.",
        "No money has been earmarked for the park, which is funded by a trust.",
        "No extra money has been set aside for the festival, as ticket sales cover it.",
        "No funds have been allocated to the scheme since it closed in 2058.",
        "No budget has been set aside.",  # a stated absence, nothing named that waits on it
        "No money was set aside for the bonus, the accounts show.",  # a past account
        "Nothing has been found in the search of the flat.",  # no money meant
        "No money has been set aside for the bridge, so the county will pay for it from reserves.",
    ],
)
def test_money_absent_for_a_reason_is_a_plain_fact(sentence: str) -> None:
    assert not states_unknown(sentence)
    assert to_question(sentence) is None
