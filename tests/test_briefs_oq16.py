"""Kinds of stated unknown, and of question repair, the brief rules missed on the eleventh blind set (unseen11).

Each rule covers a construction (a fronted clause that is "unknowable" or "not addressed in" a report, "a problem
nobody has yet solved", "another matter"; "We still have no idea whether"; a reply that "cannot give a figure", "Twice,
no reply", a second reply sentence that cannot be "firmer than that", a reply that puts the question back as open; a
refusal to commit to a date; a label question whose label is long; two unknowns sharing one subject ...), or a repair
of a question's grammar (an infinitive's "do" is no auxiliary, "how" takes no noun as its adjective, main-verb "have",
an alternative set off by commas, a clock time). The sentences come from other domains (a reservoir, a hospital, a
football club, a ferry, a museum ...). Each must give a grammatical question; near misses must give none.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.article import extractive_article_brief
from digest.briefs.cues import left_open_in, open_clauses, states_unknown, to_question
from digest.briefs.extractive import is_self_contained_question
from digest.briefs.planted import _well_formed
from digest.models import Article


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A fronted wh-clause whose predicate leaves it open.
        (
            "How much water the reservoir lost overnight is, on the figures released so far, unknowable.",
            "How much water did the reservoir lose overnight?",
        ),
        ("Who signed off the final design is not addressed in the interim report.", "Who signed off the final design?"),
        (
            "Who at the depot approved, or failed to stop, the late delivery is not addressed in the audit, and "
            "the firm calls it a matter for the inquiry.",
            "Who at the depot approved, or failed to stop, the late delivery?",
        ),
        (
            "How the rescuers will get heavy equipment up the valley is a problem nobody at the command post has yet "
            "solved.",
            "How will the rescuers get heavy equipment up the valley?",
        ),
        (
            "Whether the board will back her plan on Friday is another matter, and two directors have not said.",
            "Will the board back her plan on Friday?",
        ),
        (
            "Whether the club appeals is a decision for next season, and the chairman will not be rushed.",
            "Does the club appeal?",
        ),
        (
            "Whether the other two bridges of the same design have the same fault is exactly what the engineers are "
            "checking, and they have not finished.",
            "Do the other two bridges of the same design have the same fault?",
        ),
        (
            "What happens to the library's archive, nobody at the council has been able to tell us.",
            "What happens to the library's archive?",
        ),
        # A bare second wh-word is a question of its own.
        ("The trust does not say who would run the clinic or where.", "Who would run the clinic, and where?"),
        # A relative clause that only says whose the thing is to the speaker goes.
        (
            "What happens to the allotments that border our estate, nobody at the council has been able to tell us.",
            "What happens to the allotments?",
        ),
        # Not known so far: "still", like "yet", makes a speaker's not-knowing the matter's own state.
        ("We still have no idea whether the ferry will run next week.", "Will the ferry run next week?"),
        ("We still don't know whether the museum will reopen in spring.", "Will the museum reopen in spring?"),
        # A label's question, the label long.
        (
            "The question nobody at the ministry wants to answer yet: whether a merger of the two hospitals would save "
            "enough to keep the maternity ward open.",
            "Would a merger of the two hospitals save enough to keep the maternity ward open?",
        ),
        # A date nobody will commit to.
        (
            "The minister would not commit to a date for the referendum when we asked her.",
            "What is the date for the referendum?",
        ),
        # Repairs: an infinitive's "do", a noun before the subject's head, main-verb "have", a clock time.
        (
            "What the trust plans to do with the old pavilion has not been made public.",
            "What does the trust plan to do with the old pavilion?",
        ),
        (
            "How support workers would be split between the two wards is being discussed by the managers.",
            "How would support workers be split between the two wards?",
        ),
        (
            "How night nurses would be shared between the hospitals is being discussed by both boards.",
            "How would night nurses be shared between the hospitals?",
        ),
        (
            "How fast the river was rising at the weir at 03:40 is, on the readings we have, unknowable.",
            "How fast was the river rising at the weir at 03.40?",
        ),
    ],
)
def test_stated_unknowns_become_questions(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    got = to_question(sentence)
    assert got == question
    assert _well_formed(got) and is_self_contained_question(got)


def test_how_still_takes_its_adjective_before_a_copula() -> None:
    got = to_question("How effective current vaccines would be against the new strain is unclear.")
    assert got == "How effective would current vaccines be against the new strain?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Whether it rains or not, the fair goes ahead on Saturday.",
        "What the board decided is that the plant will close in May.",
        "We don't know if the ferry will run on Sundays, the skipper joked.",
        "The minister committed to a date for the referendum on Friday.",
        "The club has named the new coach, who starts on Monday.",
        # What a thing turns on is no open question.
        "How we fund the new library is, in the end, a question of priorities.",
    ],
)
def test_near_misses_state_no_unknown(sentence: str) -> None:
    assert not states_unknown(sentence)


def test_a_plural_head_before_its_of_phrase_takes_do() -> None:
    got = to_question(
        "Whether the other two clinics of the same chain share whatever went wrong at the first is what the auditors "
        "are examining."
    )
    assert got == "Do the other two clinics of the same chain share whatever went wrong at the first?"


def test_an_auxiliary_keeps_a_plural_head_from_taking_do() -> None:
    got = to_question(
        "It is unclear whether the actions of a British bank would have been similar had the loss happened in Spain."
    )
    assert got == "Would the actions of a British bank have been similar had the loss happened in Spain?"


def test_a_second_noun_phrase_is_no_withheld_thing() -> None:
    got = to_question("I cannot give the member a figure today; I will write to her.")
    assert got is None or "member a figure" not in got


@pytest.mark.parametrize(
    ("asked", "reply", "question"),
    [
        (
            "The councillor asked how many flats had been inspected last year.",
            "I cannot give her a figure today; I will write to her.",
            "How many flats had been inspected last year?",
        ),
        (
            "We have asked the operator twice how the new fare was calculated.",
            "Twice, no reply.",
            "How was the new fare calculated?",
        ),
        (
            "Ms Adeyemi, will the depot reopen before winter?",
            "Whether the depot reopens is a decision for the regional board, and it meets in March.",
            "Will the depot reopen before winter?",
        ),
        (
            "We don't know if the ferry will run on Sundays.",
            'The operator would only say that the timetable "is under review".',
            "Will the ferry run on Sundays?",
        ),
    ],
)
def test_replies_that_leave_the_question_open(asked: str, reply: str, question: str) -> None:
    assert left_open_in(asked, reply) == question


@pytest.mark.parametrize(
    ("asked", "question"),
    [
        (
            "Will the council confirm whether the bridge needs a full survey before it reopens?",
            "Does the bridge need a full survey before it reopens?",
        ),
        (
            "Can the health board say when the new ward will open to patients?",
            "When will the new ward open to patients?",
        ),
    ],
)
def test_a_question_put_to_someone_asks_its_embedded_question(asked: str, question: str) -> None:
    assert to_question(asked) == question


def test_one_voice_listing_what_it_does_not_know_is_no_evasion() -> None:
    assert (
        left_open_in("We do not know how many jobs will be lost.", "We do not know how many shops will close.") is None
    )


def test_only_a_verb_led_alternative_stays_in_the_clause() -> None:
    got = to_question(
        "It is unclear whether the cable was cut deliberately, and engineers, who have been on site for a week, are "
        "still checking."
    )
    assert got == "Was the cable cut deliberately?"
    assert to_question("It remains unclear what caused, and what might have stopped, the fire.") == (
        "What caused, and what might have stopped, the fire?"
    )


def test_how_with_a_pronoun_subject_gives_no_garbled_question() -> None:
    got = to_question('The minister said it is "not yet clear how successful it may be".')
    assert got is None or got.startswith("How successful")


def test_a_reply_that_answers_leaves_nothing_open() -> None:
    asked = "We don't know if the ferry will run on Sundays."
    assert left_open_in(asked, "The operator said the Sunday service would start on 4 May.") is None


def test_a_second_reply_sentence_that_cannot_be_firmer() -> None:
    asked = "The council asked when the audit of the housing repairs will be published."
    vague = "The auditor said it would come in the autumn."
    assert left_open_in(asked, vague) is None
    got = left_open_in(asked, vague, "We cannot give a more precise date than that.")
    assert got == "When will the audit of the housing repairs be published?"


def test_two_unknowns_sharing_a_subject() -> None:
    sentence = (
        "The museum has not named the donors it has approached, and would not say how many have offered paintings."
    )
    clauses = open_clauses(sentence)
    assert "The museum has not named the donors it has approached." in clauses
    assert any("donors" in (to_question(c) or "") for c in clauses)


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("What brought the bridge down?", True),
        ("Who approved the loan?", True),
        ("What the board decided?", False),
    ],
)
def test_a_past_verb_after_its_wh_subject_is_well_formed(question: str, ok: bool) -> None:
    assert _well_formed(question) is ok


def test_article_brief_keeps_an_evaded_own_not_knowing() -> None:
    text = (
        "The island ferry will stop its winter service at the end of October, the operator said on Monday.\n\n"
        "Fares will rise by a fifth from November, and the harbour office will close at weekends.\n\n"
        "We don't know if the ferry will run on Sundays in the spring. The operator would only say that the "
        'timetable "is under review".\n\n'
        "The operator has not named the shipyard it has approached, and would not say how many bids it expects."
    )
    now = datetime(2051, 10, 2, tzinfo=UTC)
    article = Article(
        id="f1",
        url="https://example.org/ferry",
        title="Ferry cuts winter service",
        text=text,
        source="Island Gazette",
        published=now,
        first_seen=now,
    )
    unknowns = [s.text for s in extractive_article_brief(article).unknowns]
    assert any("Sundays" in u for u in unknowns)
    assert any("shipyard" in u for u in unknowns)
