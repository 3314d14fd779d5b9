"""Kinds of construction the open-question rules missed on the earlier blind sets (unseen7, unseen8) and on the ninth
(unseen9), and the rewriting slips they showed. Each rule covers a kind of construction, not a phrase of a set, so the
sentences here come from other domains (a bakery, a lighthouse, a chess club, a vineyard, a tram depot, a choir ...).
"""

from __future__ import annotations

import pytest

from digest.briefs.cues import states_unknown, to_question, wh_question
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import is_usable


def _asks(sentence: str, question: str) -> None:
    assert states_unknown(sentence), sentence
    assert to_question(sentence) == question
    assert _well_formed(question), question


# --- rewriting: a clause with no auxiliary has its finite verb in its only past form ---------------------------------


@pytest.mark.parametrize(
    ("wh", "clause", "question"),
    [
        # A bare object after the past verb ("passed inspection") is no sign of a participle when nothing else could be
        # the clause's verb.
        (
            "how",
            "those flour sacks passed inspection at the mill",
            "How did those flour sacks pass inspection at the mill?",
        ),
        (
            "why",
            "the lighthouse lamp failed twice in one winter",
            "Why did the lighthouse lamp fail twice in one winter?",
        ),
        ("how", "the chess club lost its lease", "How did the chess club lose its lease?"),
        # A quantifier floating after a plural noun ("the casks all came") makes the noun the subject, not a verb.
        (
            "whether",
            "the spoiled casks all came from the same cooper",
            "Did the spoiled casks all come from the same cooper?",
        ),
    ],
)
def test_a_past_verb_takes_do_when_nothing_else_is_the_verb(wh: str, clause: str, question: str) -> None:
    assert wh_question(wh, clause) == question
    assert _well_formed(question)


@pytest.mark.parametrize(
    "clause",
    [
        "the trams inspected by the depot failed",  # two past forms: which is the verb is in doubt
        "it failed inspection",  # the question would not say what failed
        "the ferry named Aurora sank",  # "named" and "sank": left alone
    ],
)
def test_a_past_verb_in_doubt_gives_no_question(clause: str) -> None:
    assert wh_question("how", clause) is None


def test_a_cleft_nobody_answers_with_a_bare_past_asks_with_do() -> None:
    _asks(
        "And what the choir wants to know, and what the diocese simply does not tell anyone, is how those hymn books "
        "vanished from the vestry in the first place.",
        "How did those hymn books vanish from the vestry in the first place?",
    )


@pytest.mark.parametrize(
    "bad",
    [
        "Does the spoiled cask all came from the same cooper?",  # "do" with a past after the adjective's noun
        "Did the injured rider finished the race?",
    ],
)
def test_do_with_a_past_verb_is_not_well_formed(bad: str) -> None:
    assert not _well_formed(bad)


@pytest.mark.parametrize(
    "good",
    ["Did the appointed board meet on Friday?", "Does the sealed offer beat the rival bid?"],
)
def test_do_with_an_adjective_past_is_well_formed(good: str) -> None:
    assert _well_formed(good)


# --- a pronoun-led sentence whose unknown stands alone as a question --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            'Its owner said she would "look at every option" but would not put a timescale on the sale.',
            "What is the timescale for the sale?",
        ),
        (
            "Their lawyers have not said whether the appeal against the vineyard closure will be heard in the spring.",
            "Will the appeal against the vineyard closure be heard in the spring?",
        ),
    ],
)
def test_a_pronoun_led_unknown_that_stands_alone_is_usable(sentence: str, question: str) -> None:
    assert is_usable(sentence, strict=True)
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "They said the tram depot was closed on Monday after the storm.",  # no unknown: who "they" are is needed
        "It has not said when it will reopen the depot to visitors.",  # the question would not say what "it" is
    ],
)
def test_a_pronoun_led_sentence_otherwise_needs_the_one_before(sentence: str) -> None:
    assert not is_usable(sentence, strict=True)
