"""Kinds of construction the open-question rules missed on the eighth blind set (unseen8), and the rewriting slips it
showed. Each rule covers a kind of construction, not a phrase of the set, so the sentences here come from other
domains (a library, a ferry, a school, a zoo, an orchestra, a marathon, a hospital ...).
"""

from __future__ import annotations

import pytest
from briefs_support import asks

from digest.briefs.cues import left_open, states_unknown, to_question, to_unknown, wh_question
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import article_sentences, is_usable, trim

# --- rewriting: the question keeps the order a question needs -------------------------------------------------------


@pytest.mark.parametrize(
    ("wh", "clause", "question"),
    [
        # The wh-word is the subject of its verb: nothing to invert, no "do".
        ("what", "happens to the 40 apprentices on the course", "What happens to the 40 apprentices on the course?"),
        ("what", "prompted the recall of the ferries", "What prompted the recall of the ferries?"),
        # "How" with a subject after it: the auxiliary goes before the subject.
        (
            "how",
            "the cost of the new roof will be split between the parish and the diocese",
            "How will the cost of the new roof be split between the parish and the diocese?",
        ),
        # An auxiliary after "while", "because", "when" is the adverbial clause's: the wh-phrase is the subject.
        (
            "how",
            "many patients waited overnight while the scanner was down",
            "How many patients waited overnight while the scanner was down?",
        ),
        ("how", "long the library stays shut", "How long does the library stay shut?"),
        # A plural noun before a base verb ends the subject: "the ferries sail", not "the ferry sails".
        ("whether", "the night ferries sail again on Friday", "Do the night ferries sail again on Friday?"),
        # "have" of owning takes "do" in a question.
        ("whether", "the tenants have any right to a rebate", "Do the tenants have any right to a rebate?"),
    ],
)
def test_rewriting_keeps_a_question_grammatical(wh: str, clause: str, question: str) -> None:
    assert wh_question(wh, clause) == question
    assert _well_formed(question)


@pytest.mark.parametrize(
    "bad",
    [
        "What happens to does the 12 keeper left on the island?",
        "What becomes of is the old orchestra pit?",
        "How many other was pupils sent home while the boiler off?",
        "How the cost of the repairs will be shared between the two councils?",
        "How their new contracts will work?",
    ],
)
def test_well_formed_rejects_misordered_questions(bad: str) -> None:
    assert not _well_formed(bad)


@pytest.mark.parametrize(
    "good",
    [
        "What happens to the 12 keepers left on the island?",
        "How many other pupils were sent home while the boiler was off?",
        "How will the cost of the repairs be shared between the two councils?",
        "How long does the library stay shut?",
        "How many patients waited overnight while the scanner was down?",
    ],
)
def test_well_formed_keeps_ordered_questions(good: str) -> None:
    assert _well_formed(good)


# --- where the sentence starts ----------------------------------------------------------------------------------------


def test_a_live_blog_time_set_off_by_a_dash_is_framing() -> None:
    assert trim("09:40 - The zoo says the two tigers are back in their enclosure.") == (
        "The zoo says the two tigers are back in their enclosure."
    )
    text = "09:40 - Nobody at the trust would say when the ward reopens to visitors from other towns."
    assert [s.text for s in article_sentences(0, text, None)] == [text[8:]]


def test_a_pronoun_that_only_says_who_does_not_know_leaves_a_usable_question() -> None:
    s = "It cannot yet say when the east wing of the hospital will reopen."
    assert is_usable(s)
    assert to_question(s) == "When will the east wing of the hospital reopen?"
    assert not is_usable("It cannot yet say when it will reopen.")  # who "it" is stays in the sentence before


def test_an_ampersand_initial_is_no_first_person() -> None:
    asks(
        "The club's P&O partner has yet to indicate whether it will pay for the new stand.",
        "Will the club's P&O partner pay for the new stand?",
    )


# --- kinds of unknown -------------------------------------------------------------------------------------------------


def test_a_bare_wh_word_after_a_negated_verb_of_knowing_asks_the_clause_before_it() -> None:
    asks(
        "The conductor said that the second violins had walked out, but that she had not yet established why.",
        "Why had the second violins walked out?",
    )
    asks(
        "Inspectors found that the school's boiler had failed twice, but nobody could say how.",
        "How had the school's boiler failed twice?",
    )


def test_a_fronted_wh_clause_and_a_clause_that_does_not_answer_it() -> None:
    asks(
        "When the marathon route will be published, the organisers wouldn't say.",
        ("When will the marathon route be published?"),
    )
    asks(
        "How many volunteers quit the festival after the rain, nobody has yet counted.",
        "How many volunteers quit the festival after the rain?",
    )


def test_a_label_headed_by_nobody_knowing_and_a_verb_phrase_left_out() -> None:
    asks(
        "One thing nobody can explain yet: why the sprinkler in the archive, which is supposed to switch on in a fire, "
        "didn't.",
        "Why did the sprinkler in the archive not switch on in a fire?",
    )


def test_a_cleft_with_a_contraction_and_whether_to_after_a_script_label() -> None:
    asks(
        "REPORTER (TO CAMERA): What the council still hasn't decided is whether to close this crossing - the second "
        "accident here this year.",
        "Will the council close this crossing?",
    )


def test_someone_asking_or_wanting_to_know() -> None:
    asks(
        "Parents who paid for the cancelled trip are also asking whether they have any right to a refund.",
        "Do parents have any right to a refund?",
    )
    asks(
        "Who left the gate to the penguin pool open is one of the things the zoo's owners have said they want to know.",
        "Who left the gate to the penguin pool open?",
    )


def test_divided_over_whether() -> None:
    asks(
        "Governors at the academy are divided over whether to charge for the breakfast club, the newsletter says.",
        "Will governors at the academy charge for the breakfast club?",
    )


def test_talked_about_and_nothing_settled() -> None:
    asks(
        "Staff said a four-day week for the cleaners was being discussed but nothing had been agreed.",
        "Will a four-day week for the cleaners be agreed?",
    )
    assert (
        to_question("The chair said that the club had no plans to sell but that all options were under review.") is None
    )


def test_a_change_that_may_come_and_a_decision_put_off() -> None:
    asks(
        "The closure of the pool may be extended; the trust will decide on this once the engineers have reported.",
        "Will the closure of the pool be extended?",
    )


def test_a_question_named_then_stated() -> None:
    asks(
        "The question every parent at the gate keeps asking is how long the school stays closed.",
        "How long does the school stay closed?",
    )


def test_asked_about_an_amount_and_answered_too_early() -> None:
    asks(
        "Asked about the cost of the repairs, the harbour master said it was too soon to say.",
        "What is the cost of the repairs?",
    )


def test_saying_nothing_about_whether() -> None:
    asks("The new timetable says nothing about whether Sunday buses will run.", "Will Sunday buses run?")


def test_something_someone_was_unable_to_promise() -> None:
    asks(
        "Whether the new boilers will be as quiet as the old ones is something the caretaker was unable to promise.",
        "Will the new boilers be as quiet as the old ones?",
    )


def test_a_thing_kept_secret() -> None:
    asks(
        "The orchestra says it will charge the festival for the recordings after all, but the fee remains a closely "
        "guarded secret.",
        "What is the fee for the recordings?",
    )
    asks("The terms of the loan are confidential.", "What are the terms of the loan?")


def test_a_labelled_speaker_who_cannot_say_what_they_will_do() -> None:
    asks(
        "THE CORONER: I cannot tell you today whether I will call the ambulance crew as witnesses.",
        "Will the coroner call the ambulance crew as witnesses?",
    )
    # Without a label nobody can be named: a speaker's state of mind stays out.
    assert not states_unknown("I cannot tell you today whether I will call the ambulance crew as witnesses.")


@pytest.mark.parametrize(
    ("asked", "answer", "question"),
    [
        ("Harbour News: Could the old lighthouse reopen?", "Okoro: It could.", "Could the old lighthouse reopen?"),
        ("Q. Do you know why the lift was switched off?", "A. I don't.", "Why was the lift switched off?"),
        (
            "School Gazette: Can the new wing really be ready by September?",
            "Head: It depends on a survey that hasn't started yet.",
            "Can the new wing really be ready by September?",
        ),
        (
            "Radio Vale: Is the second bridge going the same way as the first?",
            "Ingram: That's the question we're working on every day.",
            "Is the second bridge going the same way as the first?",
        ),
        (
            "Radio Vale: Will the ferry run on Sunday?",
            "Ingram: I honestly don't know.",
            "Will the ferry run on Sunday?",
        ),
        ("Harbour News: Is that a design fault?", "Okoro: No. The crane passed every test.", None),
    ],
)
def test_an_interview_answer_that_leaves_the_question_open(asked: str, answer: str, question: str | None) -> None:
    assert left_open(asked, answer) == question


def test_an_interviewers_question_alone_is_not_an_open_question() -> None:
    assert to_question("Harbour News: Could the old lighthouse reopen next summer?") is None
    # "Do you know why?" is said to the one answering; with no clause of its own it asks nothing a reader can take.
    assert left_open("Harbour News: Do you know why?", "Okoro: Honestly, we can't say yet what caused it.") is None
    assert left_open("Q. Do you know why the crane was moved?", "A. Honestly, we can't say.") == (
        "Why was the crane moved?"
    )


def test_the_article_brief_reads_the_same_kinds() -> None:
    assert to_unknown("When the marathon route will be published, the organisers wouldn't say.") is not None
    assert to_unknown("It cannot yet say when the east wing of the hospital will reopen.") == (
        "When the east wing of the hospital will reopen."
    )
