"""Kinds of stated unknown the brief rules missed on the tenth blind set (unseen10), each with sentences of its own.

Every rule covers a construction an unknown is stated in (a fronted clause still being pieced together, a confirmation
neither given nor denied, a decision put off, an evaded request for a figure, a live text's "X on who ...: 'That is
being worked through'", a letter's question still waiting for a reply ...), so the sentences here come from other
domains (a ferry, a hospital, a football club, a library, a water company ...). Each must give a grammatical question,
and the near misses that state no unknown must give none.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.article import extractive_article_brief
from digest.briefs.cues import (
    existential_named,
    left_open_in,
    states_unknown,
    those_named,
    to_question,
    to_unknown,
)
from digest.briefs.sentences import content_overlap, is_usable, segments, split_sentences, trimmed
from digest.models import Article


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A fronted wh-clause whose predicate leaves it open.
        (
            "How the water got into the tunnel is something engineers are still piecing together, the operator said.",
            "How did the water get into the tunnel?",
        ),
        (
            "Why the alarms stayed silent remains a puzzle to the fire service, as they had been serviced in May.",
            "Why did the alarms stay silent?",
        ),
        ("Whether the ferry sails in August is, for now, up in the air.", "Does the ferry sail in August?"),
        (
            "What caused the pipe to burst is not something the water company is prepared to speculate about.",
            "What caused the pipe to burst?",
        ),
        (
            "How many of the 40 patients were seen on time cannot be established from the hospital's records.",
            "How many of the 40 patients were seen on time?",
        ),
        (
            "What the flood cost the library in books, shelving and carpets has not yet been totted up.",
            "What did the flood cost the library in books, shelving and carpets?",
        ),
        (
            "Whether the pumps survived the flood is, in the words of one engineer, the question everything else "
            "waits on, and until that work is done nobody can say how long reopening the station will take.",
            "Did the pumps survive the flood?",
        ),
        (
            "Whether any old mine tunnels lie under the playground is exactly what the survey is meant to find out.",
            "Do any old mine tunnels lie under the playground?",
        ),
        (
            "How far down the crack goes, inspectors at the dam said they cannot tell until the reservoir is drained.",
            "How far does the crack go down?",
        ),
        # A confirmation withheld, information not held, a matter not discussed, a possibility not ruled out.
        (
            "The club would neither confirm nor deny whether an offer has been made for its captain.",
            "Has an offer been made for its captain?",
        ),
        (
            "The ministry holds no information on whether the ferry operator's insurance will cover the refunds.",
            "Will the ferry operator's insurance cover the refunds?",
        ),
        (
            "Staff are helping the inquiry; the police would not discuss whether anyone has been charged.",
            "Has anyone been charged?",
        ),
        (
            "The regulator has not ruled out that other hospitals using the same scanner have been affected.",
            "Have other hospitals using the same scanner been affected?",
        ),
        ("It will be for the tribunal to decide whether the dismissal was fair.", "Was the dismissal fair?"),
        (
            "It is for the museum to establish what, if anything, was damaged, and it cannot yet say.",
            "What, if anything, was damaged?",
        ),
        # Nobody told, and "it" is each one of those nobody told.
        (
            "No family has been given any indication of when it can return to the estate.",
            "When can each family return to the estate?",
        ),
        # A decision put off, a figure asked for and not given, no details of a thing's state.
        ("Any decision on a penalty will not be taken until the autumn.", "What will the decision on a penalty be?"),
        (
            "Asked for a figure for the cost of the repairs, the trust said it was too early to give one.",
            "What is the cost of the repairs?",
        ),
        (
            "The hospital gave no details of the condition of the two passengers it admitted.",
            "What is the condition of the two passengers the hospital admitted?",
        ),
        # A live text's time stamp, and a question noted with an answer that defers it.
        (
            '14:20 | Club chair Ruth Amis on who will take over as manager: "That is being worked through."',
            "Who will take over as manager?",
        ),
        (
            "09:45 | Whether the final goes ahead on Sunday is, for now, up in the air.",
            "Does the final go ahead on Sunday?",
        ),
        # An ordinal before the subject is no part of it; the object ends before its relative clause.
        (
            "First, the operator has not released the passenger list for the crossing, which would show who was on "
            "board.",
            "Has the operator released the passenger list for the crossing yet?",
        ),
        # A relative clause without "that", and "since" before a year, stay inside the subject.
        (
            "Nobody can tell me whether the flat we have rented since 2029 will be safe once the works start.",
            "Will the flat we have rented since 2029 be safe once the works start?",
        ),
        # A topic put first, on which nothing can yet be promised.
        (
            "On refunds the operator can promise nothing yet, because nothing has been agreed with the insurers.",
            "What will be decided on refunds?",
        ),
    ],
)
def test_an_unknown_stated_in_this_construction_becomes_a_question(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    assert to_unknown(sentence) is not None
    assert to_question(sentence) == question


def test_a_deferred_answer_leaves_the_question_as_the_unknown() -> None:
    sentence = '14:20 | Club chair Ruth Amis on who will take over as manager: "That is being worked through."'
    assert to_unknown(sentence) == "Who will take over as manager."


@pytest.mark.parametrize(
    "sentence",
    [
        "The club confirmed that an offer has been made for its captain.",
        "The board discussed whether to raise fees.",
        "Asked for a figure for the cost of the repairs, the trust said it was four million pounds.",
        "The hospital gave details of the condition of the two passengers.",
        '14:20 | Club chair Ruth Amis on who will take over as manager: "It will be Sam Hale."',
        "How the fire started, firefighters said they would know by Friday.",
        "On Monday we can say nothing more.",
        # A pseudo-cleft that tells, and a clause's own "will take" a step (not time) after "whether".
        "What I can promise is that the divers are being briefed and families will hear first.",
        "And whether the regulator will take enforcement action against the operator.",
    ],
)
def test_the_near_miss_states_no_unknown(sentence: str) -> None:
    assert to_question(sentence) is None


@pytest.mark.parametrize(
    ("asked", "reply", "question"),
    [
        (
            "I have written twice to ask whether we must pay for parking at the new clinic.",
            "I am still waiting for an answer to either letter.",
            "Must we pay for parking at the new clinic?",
        ),
        (
            "Your reader asks whether the club will refund season tickets.",
            "That is a question for our lawyers, and it would be wrong of me to answer it here.",
            "Will the club refund season tickets?",
        ),
    ],
)
def test_a_question_put_and_not_answered_stays_open(asked: str, reply: str, question: str) -> None:
    assert left_open_in(asked, reply) == question


def test_an_answered_question_is_not_open() -> None:
    assert (
        left_open_in("Residents asked whether the pool would reopen.", "The council said it would reopen in May.")
        is None
    )


def test_how_many_counts_what_the_sentence_before_names() -> None:
    before = "Some parish registers from before 1900 were kept only in the flooded basement."
    after = "We are drying them page by page, but we cannot yet say how many will be readable."
    assert to_question(existential_named(after, before)) == "How many parish registers will be readable?"
    assert existential_named(after, "The basement flooded on Monday.") == after
    assert those_named("How many will be readable?", before) == "How many parish registers will be readable?"


def _article(text: str) -> Article:
    when = datetime(2041, 3, 4, 8, tzinfo=UTC)
    return Article(
        id="a1",
        url="https://example.org/a1",
        title="Ferry search",
        text=text,
        source="Harbour Radio",
        published=when,
        first_seen=when,
        extraction="import",
    )


def test_the_article_brief_names_the_person_a_pronoun_stands_for() -> None:
    text = (
        "The ferry Morwen docked at Carrick at 9pm with 212 passengers after a night in the storm. "
        "Coastguards have searched the harbour since dawn, and one passenger, Elin Morgan, has not been seen since "
        "the ship left Tollan. Nobody at the port office can tell us where she was last seen on board. "
        "The operator said the crossing would resume on Friday."
    )
    unknowns = [s.text for s in extractive_article_brief(_article(text)).unknowns]
    assert any("Elin Morgan" in u and "last seen on board" in u for u in unknowns), unknowns


def test_the_article_brief_keeps_a_letters_question_that_waits_for_an_answer() -> None:
    text = (
        "Sir, our street was closed for the gas works on 3 May and my shop has been shut since. "
        "The council has told traders nothing about the programme. "
        "I have written twice to ask whether traders will be paid for the weeks we lose to the works. "
        "I am still waiting for an answer to either letter. "
        "The works were meant to take a fortnight and are now in their fifth week."
    )
    unknowns = [s.text for s in extractive_article_brief(_article(text)).unknowns]
    assert any("paid for the weeks" in u for u in unknowns), unknowns


# --- sentences: the units an unknown is read from ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A heading after a blank line, and a report's "label | figure" rows, end their lines.
        (
            "The pier closed on Monday.\n\nCosts\nWhat the repairs cost the trust has not yet been counted.",
            ["The pier closed on Monday.", "Costs", "What the repairs cost the trust has not yet been counted."],
        ),
        (
            "Families were moved on Monday.\n\nKey figures\nFamilies moved | 38\nPeople moved | 117\n\n"
            "Comment\nNo family has been told when it can return.",
            [
                "Families were moved on Monday.",
                "Key figures",
                "Families moved | 38",
                "People moved | 117",
                "Comment",
                "No family has been told when it can return.",
            ],
        ),
        # A letter's signature before a blank line is no part of the reply after it.
        (
            "Will they pay?\nA. Reader, Holmfirth\n\nJo Bell, Chair, replies:\nYour reader asks whether we will pay.",
            [
                "Will they pay?",
                "A. Reader, Holmfirth",
                "Jo Bell, Chair, replies: Your reader asks whether we will pay.",
            ],
        ),
        # Prose wrapped at a line's end stays one sentence.
        (
            "The minister visited\nLondon on Monday and met officials from\nBrussels to discuss the deal.",
            ["The minister visited London on Monday and met officials from Brussels to discuss the deal."],
        ),
    ],
)
def test_a_heading_a_table_row_or_a_signature_ends_its_line(text: str, pieces: list[str]) -> None:
    assert split_sentences(text) == pieces


def test_a_name_after_whether_is_the_clauses_not_a_glued_headline() -> None:
    text = (
        "Jo Bell, Chair, Harbour Trust, replies: Your reader asks whether Harbour Trust will refund the berth fees. "
        "That is a question for our board."
    )
    assert segments(text)[0].endswith("whether Harbour Trust will refund the berth fees.")


def test_a_live_texts_bar_stamp_is_framing() -> None:
    assert trimmed("16:05 | Whether the ferry sails tomorrow is, for now, up in the air.")[0].startswith("Whether")


@pytest.mark.parametrize(
    "sentence",
    [
        "It would neither confirm nor deny whether the ship was carrying hazardous cargo.",
        "It is for the harbour board to establish what, if anything, was lost overboard.",
    ],
)
def test_an_it_that_only_says_who_does_not_tell_stands_alone(sentence: str) -> None:
    assert is_usable(sentence, strict=True)


def test_a_questions_base_verb_is_grounded_in_the_sources_past() -> None:
    assert content_overlap("How did the crew get out?", "How the crew got out is still unclear.") == 1.0


def test_topic_brief_reads_she_as_the_person_named_in_apposition_before() -> None:
    """The topic brief, as the article brief does, asks about the person the report named in apposition two sentences
    before an unknown that says only "she"."""
    from tests.briefs_support import topic_brief_of

    brief = topic_brief_of(
        "The ferry reached Holm harbour at dawn with 40 passengers. One deckhand, Orla Fenwick, has not been found. "
        "The coastguard said the search would go on overnight. "
        "Nobody can yet say where she went overboard.",
        "The ferry company said the crossing had been delayed by the storm and that it was helping the coastguard.",
    )
    questions = [s.text for s in brief.open_questions]
    assert any("Orla Fenwick" in q for q in questions), questions
