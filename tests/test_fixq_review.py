"""Review of round 16's question/unknown rules (issue 14): each false positive kept as a test with near misses of its
kind, and what the rules gained kept beside them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.cues import antecedent_named, glued_items, left_open, states_unknown, to_question
from digest.briefs.extractive import house_named
from digest.models import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "When the bombs fell, I did not know where my children were.",
        "When the shelling started, the soldiers did not tell us.",
        "When I joined the club, I didn't know anyone.",
        "When the storm hit, we did not know what to do.",
        "If the alarm sounded, the guards never told us.",
    ],
)
def test_a_fronted_time_or_condition_is_no_question(sentence: str) -> None:
    assert not states_unknown(sentence)
    assert to_question(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("When the ferry will sail again, the operator would not say.", "When will the ferry sail again?"),
        ("Where the money went, we do not know.", "Where did the money go?"),
    ],
)
def test_a_fronted_question_left_open_still_asks(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing has been set aside for a rainy day.",
        "No budget has been set aside for it.",
        "No money has been set aside for the inquiry, which will be run by volunteers.",
        "No cash has been earmarked for the festival, which is staffed by volunteers.",
        "No funds have been allocated for later.",
    ],
)
def test_money_not_there_with_nothing_waiting_is_no_question(sentence: str) -> None:
    assert to_question(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "No funding has been allocated to the club's youth academy this season.",
            "Who will pay for the club's youth academy this season?",
        ),
        ("No grants have been allocated to the village library yet.", "Who will pay for the village library?"),
        ("Nothing has been allocated to repaint the lighthouse.", "Who will pay to repaint the lighthouse?"),
    ],
)
def test_money_not_there_for_a_thing_asks_who_pays(sentence: str, question: str) -> None:
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Was the patient warned?", "No one told her."),
        ("Were the tenants consulted?", "Nobody asked them."),
        ("Did the crew know about the storm?", "Nobody told them."),
    ],
)
def test_a_bare_nobody_told_answers(question: str, reply: str) -> None:
    assert left_open(question, reply) is None


@pytest.mark.parametrize(
    "reply",
    [
        "No one has been able to tell her.",
        "Nobody has told us yet.",
        "No one has told us so far.",
        "Nobody could tell me.",
    ],
)
def test_nobody_able_or_yet_keeps_it_open(reply: str) -> None:
    assert left_open("Will the bridge reopen?", reply) == "Will the bridge reopen?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Trains will run from 06:30 Monday to 23:00 Friday, but whether the night service returns is unclear.",
        "The curfew runs from 22:00 Tonight until 06:00 Tomorrow and it is unclear when it will be lifted.",
        "Buses leave at 07:15 Weekdays and at 09:00 Weekends, but whether the route survives is uncertain.",
        "The pool opens between 07:00 Monday and 21:00 Sunday.",
    ],
)
def test_prose_times_make_no_chapters(sentence: str) -> None:
    assert glued_items(sentence) == [sentence]
    assert "Tomorrow and" not in (to_question(sentence) or "")


def test_chapters_still_split() -> None:
    notes = "Chapters 00:00 Cold open 03:40 How the dam was built 12:10 Whether the valley will flood again is unknown"
    assert glued_items(notes)[-2:] == ["How the dam was built", "Whether the valley will flood again is unknown"]
    assert to_question(notes) == "Will the valley flood again?"


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("Police made an arrest on Tuesday.", "Whether one will be charged remains unclear."),
        ("Officers carried out a raid at dawn.", "Whether one will be released is unclear."),
        ("Investors had hoped for a recount.", "Whether one will be paid is unclear."),
    ],
)
def test_one_is_no_action_that_does_not_fit_the_verb(before: str, sentence: str) -> None:
    assert antecedent_named(sentence, before) == sentence


@pytest.mark.parametrize(
    ("before", "sentence", "named"),
    [
        (
            "The board will consider an interim dividend in September.",
            "Whether one will be paid is not yet known.",
            "Whether an interim dividend will be paid is not yet known.",
        ),
        (
            "The union has called for a ballot.",
            "Whether one will be held before Easter is unclear.",
            "Whether a ballot will be held before Easter is unclear.",
        ),
    ],
)
def test_one_still_names_a_thing(before: str, sentence: str, named: str) -> None:
    assert antecedent_named(sentence, before) == named


def _mailing(source: str) -> Article:
    now = datetime(2061, 3, 1, tzinfo=UTC)
    text = f"{source.upper()}\n\nDear customers,\n\nOur news this month."
    return Article(id="m", url=None, title="t", text=text, source=source, published=now, first_seen=now)


@pytest.mark.parametrize(
    ("question", "source", "named"),
    [
        ("Will our people keep their jobs?", "Acme Ltd", "Will Acme Ltd's people keep their jobs?"),
        (
            "Will our children return to school?",
            "Hillcrest Primary School",
            "Will Hillcrest Primary School's children return to school?",
        ),
        ("Will our people be paid in May?", "Brightwater Academy", "Will Brightwater Academy's people be paid in May?"),
    ],
)
def test_an_organisations_own_children_or_people(question: str, source: str, named: str) -> None:
    assert house_named(question, _mailing(source)) == named


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("What will our children inherit?", "Fernley Ramblers Club"),
        ("What will our children inherit?", "Acme Ltd"),
        ("Will our NHS cope with another winter?", "Acme Ltd"),
        ("Will our town keep its bank?", "Hillcrest Primary School"),
    ],
)
def test_a_public_our_stays_shared(question: str, source: str) -> None:
    assert house_named(question, _mailing(source)) == question
