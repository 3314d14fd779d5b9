"""Round 14 unknowns: "cannot be determined at this stage", "No new date has been set", "is yet to be determined",
and "how many more" questions; each rule with sentences that must fire and near misses that must not."""

import pytest

from digest.briefs.cues import states_unknown, to_question


@pytest.mark.parametrize(
    "sentence",
    [
        "The cost of the repairs to the bridge cannot be determined at this stage.",
        "The number of jobs affected cannot yet be estimated, the hospital trust said.",
        "No new date has been set for the postponed cup final.",
        "No firm timetable has been agreed for the handover of the ferry service.",
    ],
)
def test_fires(sentence: str) -> None:
    assert states_unknown(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a rule, not a gap: no "yet", no "now"
        "The winner of a tied round cannot be determined by the referee alone.",
        "A horse's age cannot be estimated at a glance by an untrained buyer.",
        # a known fact in the same shape
        "The speed of light cannot be calculated from a stopwatch reading.",
        # "new" with another noun, and a date that has been set
        "No new cases have been reported at the care home since March.",
        "A new date has been set for the cup final: 4 June.",
        # everyday "at this stage" with no unknown
        "The team cannot be beaten at this stage of the tournament, the coach joked.",
    ],
)
def test_near_misses(sentence: str) -> None:
    assert not states_unknown(sentence)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The cost of the repairs to the bridge cannot be determined at this stage.",
            "Has the cost of the repairs to the bridge been determined?",
        ),
        (
            "No new date has been set for the postponed cup final.",
            "Has a new date been set for the postponed cup final?",
        ),
        (
            "The refund, if any, for season ticket holders is yet to be determined.",
            "Has the refund for season ticket holders been determined?",
        ),
        (
            "How many more patients will need the treatment is anyone's guess.",
            "How many more patients will need the treatment?",
        ),
        ("Nobody knows how much more money the rebuild will need.", "How much more money will the rebuild need?"),
    ],
)
def test_questions(sentence: str, question: str) -> None:
    assert to_question(sentence) == question


def test_plain_how_many_unchanged() -> None:
    assert to_question("Nobody knows how many people were hurt.") == "How many people were hurt?"


def test_at_present_inside_a_phrase_is_no_unknown() -> None:
    """Review rev14: "at present exchange rates", "at the moment of surgery" name a method or a time, no unknown."""
    from digest.briefs.cues import states_unknown

    assert not states_unknown("The damage cannot be calculated at present exchange rates, the insurer said.")
    assert not states_unknown("The tumour cannot be assessed at the moment of surgery by eye alone.")
    assert states_unknown("The cost of the repairs cannot be estimated at present.")
