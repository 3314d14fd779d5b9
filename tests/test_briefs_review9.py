"""Regressions the review of the unseen8 open-question rules found (statements read as questions, questions the same
sentence answers, rewrites that keep the reporting verb), each beside a case the rule was made for, which must hold.
"""

from __future__ import annotations

import pytest

from digest.briefs.cues import left_open, states_unknown, to_question, to_unknown
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import is_usable


def _no_question(sentence: str) -> None:
    assert to_question(sentence) is None, sentence
    assert to_unknown(sentence) is None, sentence


# --- 1. a free relative ("What X did is something/one of the things ...") is a statement, not a question ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "What the fans want is something the board cannot ignore.",
        "What the club did for the town is one of the things fans remember most.",
        "What happened at the final is something the players could not forget.",
        "Why the club matters is something the mayor does not need to explain.",
        "What the orchestra played that night is something the audience will not forget.",
    ],
)
def test_free_relative_with_something_is_no_question(sentence: str) -> None:
    assert not states_unknown(sentence)
    _no_question(sentence)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # Not knowing, said after "something": still open.
        (
            "Who will run the ferry next year is something the council cannot yet say.",
            "Who will run the ferry next year?",
        ),
        (
            "What caused the outage is one of the things the regulator has said it wants to know.",
            "What caused the outage?",
        ),
    ],
)
def test_something_not_known_stays_open(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    assert to_question(sentence) == question


# --- 2. a bare "why/how/when" after "X said Y": the question is Y's, without the reporting verb ----------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The club confirmed the striker had torn a hamstring, but the physio had not yet established how.",
            "How had the striker torn a hamstring?",
        ),
        ("The company said profits had fallen, though it would not say why.", "Why had profits fallen?"),
        (
            "The minister said the bridge would reopen in May, but she did not say when.",
            None,  # "in May" already says when: no question (and never "When would the minister said ...")
        ),
        (
            "Police said a man had been arrested near the stadium, and that officers could not say why.",
            "Why had a man been arrested near the stadium?",
        ),
    ],
)
def test_sluiced_question_drops_the_reporting_clause(sentence: str, question: str | None) -> None:
    got = to_question(sentence)
    assert got == question
    if got is not None:
        assert " said " not in got and " confirmed " not in got
        assert _well_formed(got)


# --- 3. a question the same sentence answers is not open ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters were asking whether the minister would resign, and she said she would not.",
        "Shareholders wanted to know why the board had approved the deal, and the chairman explained it at length.",
        "A ceasefire was being negotiated but no agreement was reached until Friday, when both sides signed.",
        "The proposal was under consideration, the council said, and was approved on Tuesday.",
        "The terms of the deal were confidential until the filing on Monday revealed them.",
        "The question is whether the team can win without him, and on Saturday it did.",
        "The question Friday was whether the bridge would hold, and by Saturday it was clear that it had.",
        "Which candidate will win is something pollsters were unable to predict, but the result was clear by midnight.",
        "Nobody was asking why the bus was late.",
    ],
)
def test_question_answered_in_the_same_sentence_is_not_open(sentence: str) -> None:
    assert to_question(sentence) is None, sentence


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Fans are asking why the club sold its best player.", "Why did the club sell its best player?"),
        (
            "A new contract for the manager is being discussed but nothing has been agreed.",
            "Will a new contract for the manager be agreed?",
        ),
        ("The price of the stadium remains a closely guarded secret.", "What is the price of the stadium?"),
        ("The question facing the club is how to replace him.", None),
    ],
)
def test_unanswered_kinds_still_ask(sentence: str, question: str | None) -> None:
    if question is not None:
        assert to_question(sentence) == question


# --- 4. "It depends on ..., but ... we will open on 1 April" answers the interviewer -------------------------------


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (
            "Orbit Weekly: Will the terminal open on schedule next spring?",
            "Director Lene Holm: It depends on the weather, but the cranes arrived on Monday"
            " and we will open on 1 April.",
        ),
        ("Could the rate cut come sooner?", "It could, and on Thursday it did."),
        ("Should taxpayers foot the bill for a new stadium?", "I don't think so."),
        ("Who will replace the coach?", "That's the question the board answered on Monday by naming Ana Ruiz."),
        (
            "Does the council have the money?",
            "We cannot confirm that today, but the budget published on Friday shows it does.",
        ),
    ],
)
def test_hedge_then_answer_is_answered(text: str, after: str) -> None:
    assert left_open(text, after) is None


def test_bare_hedge_still_leaves_the_question_open() -> None:
    assert left_open("Will the terminal open on schedule?", "It depends on the weather.") is not None
    assert left_open("Could the plant reopen this winter?", "It could.") is not None
    assert left_open("Will the tram open on time?", "That is the question everyone is asking.") is not None
    assert left_open("Will the terminal open?", "I don't know.") is not None


# --- 5. a pronoun's own feelings are no unknown -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She could not say how proud she was of the team.",
        "They did not know what the future held for the club, but they were happy.",
        "He cannot explain how much the fans mean to him, coach Lars Berg said after the final.",
    ],
)
def test_pronoun_feelings_are_not_usable(sentence: str) -> None:
    assert not is_usable(sentence, strict=True)


def test_pronoun_withholding_stays_usable() -> None:
    assert is_usable("It cannot yet say when the factory will reopen.", strict=True)
    assert is_usable("They would not say whether the mine will close.", strict=True)


# --- 6. being divided over a matter of taste or fairness is no open question -----------------------------------------


@pytest.mark.parametrize(
    "sentence", ["Fans are torn over whether the new kit looks good.", "Voters are split on whether the tax is fair."]
)
def test_divided_opinion_is_no_question(sentence: str) -> None:
    assert to_question(sentence) is None


def test_divided_decision_is_a_question() -> None:
    assert (
        to_question("Board members are divided over whether to sell the club.") == "Will board members sell the club?"
    )


# --- 7. a labelled speaker's own decision -------------------------------------------------------------------------


def test_role_label_becomes_the_role() -> None:
    assert to_question("MAYOR: I cannot tell you today whether I will run again.") == "Will the mayor run again?"
    assert to_unknown("MAYOR: I cannot tell you today whether I will run again.") == "Whether the mayor will run again."


def test_hypothetical_own_decision_is_no_question() -> None:
    assert to_question("SMITH: I can't say whether I would do it again.") is None
    assert not states_unknown("SMITH: I can't say whether I would do it again.")
