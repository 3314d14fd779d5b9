"""False positives the rev13 review found in the thirteenth set's open-question rules, each as a kind with near-misses.

'has yet to respond' is an unknown only when what is awaited answers a question the sentence states; a second predicate
after "or" is cut only when it is a verb with an object, not a plural noun; a "they think" bridge is dropped only when
what is left keeps its subject and finite verb; "which could not say" takes the head of "the families of the victims";
"it" names only a thing, not a person, and not when the sentence before has another thing it could be; "for the council
to decide, and it chose ..." is answered; a speaker's own question keeps out "his client"; a fronted clause ends at its
object, not inside it; "my son's school" keeps its "my"; a semicolon's reply that goes on "but ..." answers.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.article import extractive_article_brief
from digest.briefs.cues import (
    antecedent_named,
    left_open_in,
    open_clauses,
    states_unknown,
    to_question,
    to_unknown,
)
from digest.models import Article
from tests.briefs_support import topic_brief_of


def _article(text: str) -> Article:
    now = datetime(2052, 3, 4, tzinfo=UTC)
    return Article(
        id="t1", url="https://example.org/x", title="T", text=text, source="Src", published=now, first_seen=now
    )


# Finding 2: "has yet to respond/reply/answer"
@pytest.mark.parametrize(
    "sentence",
    [
        "Acme has yet to respond to a request for comment.",
        "The tumour has yet to respond to treatment, doctors said.",
        "The striker has yet to answer his critics on the pitch.",
        "The infection has yet to respond to the second course of antibiotics.",
        "The landlord has yet to reply to the tenants' letter of complaint.",
        "The minister has yet to answer questions about the contract.",
    ],
)
def test_a_reply_not_yet_given_to_no_stated_question_is_no_unknown(sentence: str) -> None:
    assert not states_unknown(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has yet to answer whether the clinic will close in May.",
        "We are still asking whether the ferry will run in winter; the operator has yet to answer.",
    ],
)
def test_a_reply_not_yet_given_to_a_stated_question_is_an_unknown(sentence: str) -> None:
    assert states_unknown(sentence)


def test_a_request_for_comment_is_no_article_unknown() -> None:
    text = (
        "Acme Corp cut 400 jobs at its plant in Leeds on Monday, union officials said.\n\n"
        "The plant makes brake parts for carmakers across Europe.\n\n"
        "Acme has yet to respond to a request for comment.\n\n"
        "Workers were told of the cuts at a meeting on Monday morning."
    )
    assert extractive_article_brief(_article(text)).unknowns == []


# Finding 3: a plural noun after "or" is no second predicate
@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "It is unclear whether Silva will miss weeks or months of the season.",
            "Will Silva miss weeks or months of the season?",
        ),
        (
            "It is unclear whether the court will award damages or costs to the family.",
            "Will the court award damages or costs to the family?",
        ),
        (
            "It is unclear whether the orchard will lose apples or pears to the frost.",
            "Will the orchard lose apples or pears to the frost?",
        ),
        (
            "It is unclear whether the library will lend books or films next year.",
            "Will the library lend books or films next year?",
        ),
        # a verb with its own object is still cut
        (
            "It is unclear whether the bakery will keep its oven or sells the building.",
            "Will the bakery keep its oven?",
        ),
    ],
)
def test_a_noun_alternative_stays_in_the_question(sentence: str, question: str) -> None:
    assert to_question(sentence) == question


# Finding 7: a bridge is dropped only when what is left keeps its subject and finite verb
@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "It is not clear how the ministry estimates the number of deaths.",
            "How does the ministry estimate the number of deaths?",
        ),
        (
            "It is unclear how the observatory counts the number of comets.",
            "How does the observatory count the number of comets?",
        ),
    ],
)
def test_a_main_verb_is_no_bridge(sentence: str, question: str) -> None:
    assert to_question(sentence) == question


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "It is unclear why investigators think the fire was deliberate.",
            "Why do investigators think the fire was deliberate?",
        ),
        ("It is unclear why they believe the attack was planned.", "Why do they believe the attack was planned?"),
        ("It is unclear how people think the economy is doing.", "How do people think the economy is doing?"),
        (
            "Nobody could tell us how many people officials expect the stadium to hold.",
            "How many people do officials expect the stadium to hold?",
        ),
        (
            "It is unclear how many visitors they expect the museum to draw.",
            "How many visitors do they expect the museum to draw?",
        ),
        ("It is unclear why the board believes the plan will work.", "Why does the board believe the plan will work?"),
        # dropped where a subject and a finite verb are left
        ("It is unclear how much the council estimates the repairs will cost.", "How much will the repairs cost?"),
    ],
)
def test_a_bridge_that_carries_the_question_is_its_subject_and_verb(sentence: str, question: str) -> None:
    assert to_question(sentence) == question


# Finding 9: "which could not say" after an of-phrase takes its head
@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Police asked the families of the victims, who could not say whether they had been warned.",
            "The families of the victims could not say whether they had been warned.",
        ),
        (
            "He spoke to the mother of the victim, who could not say whether she had been warned.",
            "The mother of the victim could not say whether she had been warned.",
        ),
        (
            "The agent met the owner of the club, who would not say whether it would sell him.",
            "The owner of the club would not say whether it would sell him.",
        ),
        (
            "Inspectors wrote to the director of the zoo, who would not say whether the pens were cleaned.",
            "The director of the zoo would not say whether the pens were cleaned.",
        ),
    ],
)
def test_the_head_of_an_of_phrase_could_not_say(sentence: str, clause: str) -> None:
    clauses = open_clauses(sentence)
    assert clause in clauses
    assert "Had the victims been warned?" not in [to_question(c) for c in clauses]
    assert "Would the club sell him?" not in [to_question(c) for c in clauses]


# Finding 10: "for the council to decide, and it chose ..." is answered in the sentence
@pytest.mark.parametrize(
    "sentence",
    [
        "Which firm runs the routes was for the council to decide, and it chose Stagecoach in May.",
        "Whether he was guilty was for the jury to decide, and it convicted him on all counts.",
        "Which pitch the final uses was for the league to choose, and it picked the national stadium.",
        "How the grant is spent was for the trustees to decide, and they approved a new roof in June.",
    ],
)
def test_a_decision_taken_in_the_same_sentence_is_no_unknown(sentence: str) -> None:
    assert not states_unknown(sentence)


def test_a_decision_still_to_take_stays_an_unknown() -> None:
    assert states_unknown(
        "Which contractor the school hires is for the governors to agree, and it has not been decided."
    )
    assert states_unknown("Which pitch the final uses is for the league to choose.")


# Finding 11: "it" names only a thing that can do the verb, with no other thing before to name
@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("Whether it stays open beyond March is unclear.", "The council closed the library in Leith on Monday."),
        ("Whether it sells the plant is unclear.", "The company's new chief executive started on Monday."),
        ("Whether it wins is unclear.", "The team's coach resigned on Tuesday."),
        ("Whether it returns to the ward is unclear.", "The patient was moved to intensive care on Friday."),
        ("Whether it reopens in spring is unclear.", "The trust shut the clinic in Hove last week."),
        ("Whether it sails again is unclear.", "The ferry's captain retired in May."),
        # "its results would improve" are the club's, not a review's
        ("The club could not say when its results would improve.", "The review of the stadium lease was completed."),
    ],
)
def test_it_names_no_person_and_no_subject_beside_another_thing(sentence: str, before: str) -> None:
    assert antecedent_named(sentence, before) == sentence


@pytest.mark.parametrize(
    ("sentence", "before", "question"),
    [
        ("Whether it reaches the capital is unclear.", "The rebel army advanced 20 miles overnight.", None),
        ("Whether it helps is unclear.", "The drug reduced deaths in a trial of 400 patients.", "Does the drug help?"),
        ("How it ends is anyone's guess.", "The strike entered its third week.", "How does the strike end?"),
        (
            "Nobody knows how its findings will be used.",
            "The survey, which the union commissioned, found 40% of nurses plan to quit.",
            "How will the findings of the survey be used?",
        ),
    ],
)
def test_it_still_names_a_thing_that_can_do_the_verb(sentence: str, before: str, question: str | None) -> None:
    named = antecedent_named(sentence, before)
    assert named != sentence
    if question is not None:
        assert to_question(named) == question


# Finding 12: the extractive path's speaker's own question keeps out a pronoun
def test_a_speakers_own_question_with_his_stays_out_of_the_topic_brief() -> None:
    texts = [
        "Striker Joao Silva was sent off in the derby on Saturday for a high tackle. The league charged him with "
        "violent conduct on Monday. His agent, Rui Costa, met the club's lawyers. He said he could not say whether "
        "his client would appeal. A hearing is set for Thursday.",
        "Joao Silva's red card in the derby will be reviewed by the league on Thursday, officials said. Silva will "
        "appeal the ban, his club confirmed on Tuesday.",
    ]
    questions = [q.text for q in topic_brief_of(*texts).open_questions]
    assert "Would his client appeal?" not in questions


def test_a_speakers_own_question_about_her_patient_stays_out() -> None:
    texts = [
        "The hospital moved the injured climber to a ward on Monday. His surgeon, Dr Ana Ruiz, spoke to reporters. "
        "She said she could not say whether her patient would walk again. Visiting hours were extended.",
    ]
    questions = [q.text for q in topic_brief_of(*texts).open_questions]
    assert "Would her patient walk again?" not in questions


# Finding 13: a fronted clause ends at its object, not inside it
@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Who ordered the shelling of the bridge they would not say.", "Who ordered the shelling of the bridge?"),
        ("What the company paid for the land they would not say.", "What did the company pay for the land?"),
        ("Who painted the walls of the chapel we cannot say.", "Who painted the walls of the chapel?"),
    ],
)
def test_a_fronted_clause_keeps_its_object(sentence: str, question: str) -> None:
    got = to_question(sentence)
    assert got is None or got == question
    unknown = to_unknown(sentence)
    assert unknown is None or not unknown.rstrip(".").endswith((" of", " for"))


@pytest.mark.parametrize(
    "sentence",
    ["When asked, they would not say.", "When pressed, she would not say.", "When contacted, the club would not say."],
)
def test_when_asked_is_no_fronted_question(sentence: str) -> None:
    assert to_unknown(sentence) not in ("When asked.", "When pressed.", "When contacted.")
    assert to_question(sentence) is None


# Finding 14: "my" stays where "the" would change what is asked
@pytest.mark.parametrize(
    "question",
    ["Will my son's school reopen?", "Will my mother's pension be paid?", "Can my daughter keep her place?"],
)
def test_my_before_a_person_is_kept(question: str) -> None:
    left = left_open_in(question, "We are looking at this.")
    assert left is None or left == question


def test_my_before_a_thing_is_every_readers() -> None:
    assert left_open_in("Will my deposit be returned?", "We are looking at this.") == "Will the deposit be returned?"


# Finding 15: a semicolon's reply that goes on to answer
@pytest.mark.parametrize(
    "sentence",
    [
        "We asked whether the striker would be sold; the club has yet to answer, but the manager said he was staying.",
        "We asked whether the hospital will close; the minister has yet to say, though officials confirmed it will.",
        "We asked whether the pier would reopen; the council has yet to reply, but its engineers said it would.",
    ],
)
def test_a_reply_that_goes_on_to_answer_leaves_nothing_open(sentence: str) -> None:
    assert left_open_in(sentence, "") is None


def test_a_bare_reply_after_a_semicolon_still_leaves_it_open() -> None:
    sentence = "We asked whether the pier would reopen; the council has yet to reply."
    assert left_open_in(sentence, "") == "Would the pier reopen?"
