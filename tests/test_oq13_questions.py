"""Kinds of stated unknown, and of question repair, the brief rules missed on the thirteenth blind set (unseen13).

Each rule covers a construction, not a phrasing: a fronted question that "nobody at" a place "could tell me", or that a
speaker "can't say" with no comma between; a question the writer is "still asking" that "has yet to answer" leaves open
in the same sentence; "could not say on Tuesday how"; a message board's post header glued to the post's question; an
outlet's own question that "Nobody at the ministry would say"; a body in a relative clause "which could not say
whether"; a help page's "Will my deposit be returned?" answered "We are looking at this"; a pronoun ("its findings",
"whether it runs") that the sentence before names; a speaker's "She said she could not yet decide whether", whose
opening pronoun the question does not need. Repairs: a fronted subject clause ends before ", and"; a bridge ("how many
beds they think the ward can hold") frames the question; an active perfect after a name inverts ("How much timber have
Norland mills bought?"); a second predicate with no auxiliary of its own is cut. The sentences come from other domains
(a market, a pool, a hospital trust, a mine, a bus contract, a census of birds, a tribunal ...).
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
from digest.briefs.extractive import is_self_contained_question
from digest.briefs.planted import _well_formed
from digest.models import Article


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "What happens to the stallholders' deposits, nobody at the market office could tell me.",
            "What happens to the stallholders' deposits?",
        ),
        ("How many of the flats are still empty we can't say.", "How many of the flats are still empty?"),
        ("Whether the lease was renewed the landlord would not say.", "Was the lease renewed?"),
        ("Who owns the sunken barge nobody could tell us.", "Who owns the sunken barge?"),
        (
            "The trust could not say on Tuesday how the savings will be split between the two hospitals.",
            "How will the savings be split between the two hospitals?",
        ),
        (
            "Which contractor the school hires is for the governors to agree, and it has not been decided yet.",
            "Which contractor does the school hire?",
        ),
        (
            "Nobody at the trust could tell us how many beds they think the ward can hold next winter.",
            "How many beds can the ward hold next winter?",
        ),
        (
            "How much timber Norland mills have bought this year is unclear.",
            "How much timber have Norland mills bought this year?",
        ),
        (
            "Whether the levy is a tax or counts as a service charge remains unclear.",
            "Is the levy a tax?",
        ),
    ],
)
def test_stated_unknowns_become_questions(sentence: str, question: str) -> None:
    assert states_unknown(sentence), sentence
    assert to_question(sentence) == question
    assert _well_formed(question) and is_self_contained_question(question)


def test_a_fronted_clause_keeps_its_words_as_the_unknown() -> None:
    assert to_unknown("How many of the flats are still empty we can't say.") == "How many of the flats are still empty."
    assert to_unknown("Whether the lease was renewed the landlord would not say.") == "Whether the lease was renewed."


def test_a_pseudo_cleft_is_no_speaker_after_a_fronted_clause() -> None:
    # "is something the council cannot say" is the clause's own predicate, not a speaker run on after it
    assert to_question("Who will run the ferry next year is something the council cannot yet say.") == (
        "Who will run the ferry next year?"
    )


def test_a_participle_after_or_shares_the_auxiliary() -> None:
    sentence = "It is unclear whether the season tickets will be refunded or moved to next year."
    assert to_question(sentence) == "Will the season tickets be refunded or moved to next year?"


@pytest.mark.parametrize(
    ("asked", "reply", "question"),
    [
        # the reply is the sentence's own second clause
        (
            "We have asked whether the pool will reopen in June; the council has yet to answer.",
            "",
            "Will the pool reopen in June?",
        ),
        # the outlet's own question, and who would not answer it named
        (
            "Will the grant be cut again next year?",
            "Nobody at the ministry would say when we asked on Monday.",
            "Will the grant be cut again next year?",
        ),
        # a help page's heading in the reader's voice, answered that it is being looked at
        (
            "Will my deposit be returned?",
            "We are looking at this and will update this page.",
            "Will the deposit be returned?",
        ),
        # a message board's post header glued to the post's question
        (
            "Posted by kestrel22 » Tue 3 May 2050, 14:02 Who pays for the broken fence along the towpath?",
            "Nobody has said.",
            "Who pays for the broken fence along the towpath?",
        ),
    ],
)
def test_questions_left_open_by_the_reply(asked: str, reply: str, question: str) -> None:
    assert left_open_in(asked, reply) == question


def test_an_answered_question_stays_answered() -> None:
    assert left_open_in("Will the grant be cut again next year?", "The ministry said on Monday it would not.") is None
    assert left_open_in("We have asked whether the pool will reopen in June; the council says it will.", "") is None


def test_a_post_header_gives_the_post_its_own_clause() -> None:
    sentence = "Posted by kestrel22 » Tue 3 May 2050, 14:02 Who pays for the broken fence along the towpath?"
    assert open_clauses(sentence)[1:] == ["Who pays for the broken fence along the towpath?"]
    assert open_clauses("Posted by kestrel22 » Tue 3 May 2050, 14:02 Lovely evening on the towpath.") == [
        "Posted by kestrel22 » Tue 3 May 2050, 14:02 Lovely evening on the towpath."
    ]


def test_a_body_that_could_not_say_has_its_own_question() -> None:
    sentence = (
        "Whether the mine can reopen is a matter for the Coal Authority, which could not say whether it had received "
        "an application."
    )
    clauses = open_clauses(sentence)
    assert "The Coal Authority could not say whether it had received an application." in clauses
    assert [to_question(c) for c in clauses] == [
        "Can the mine reopen?",
        "Had the Coal Authority received an application?",
    ]


def test_a_bare_silence_after_a_semicolon_is_no_clause_of_its_own() -> None:
    sentence = "Whether the toll rises again remains unclear; the operator's statement does not say."
    assert open_clauses(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "before", "question"),
    [
        # what a census produces is the census's, not the body's that could not say
        (
            "The council could not say when its findings would be published.",
            "The spring census of nesting terns was cut short by snow.",
            "When would the findings of the spring census of nesting terns be published?",
        ),
        (
            "Whether it runs beyond 2040 remains unclear; the ministry's letter does not say.",
            "The new bus contract covers four routes in the valley.",
            "Does the new bus contract run beyond 2040?",
        ),
    ],
)
def test_a_pronoun_the_sentence_before_names(sentence: str, before: str, question: str) -> None:
    assert to_question(antecedent_named(sentence, before)) == question


def test_a_pronoun_with_no_thing_before_it_is_left_alone() -> None:
    sentence = "Whether it will reopen is unclear."
    assert antecedent_named(sentence, "Ms Hale said the talks went well.") == sentence
    # "its" a body's own, where the sentence before names no study
    own = "The council could not say when its offices would reopen."
    assert antecedent_named(own, "The spring census of nesting terns was cut short by snow.") == own
    # "it is unclear" is no pronoun for a thing
    expletive = "Whether it is safe remains unclear."
    assert antecedent_named(expletive, "The pier was closed in March.") == expletive
    # "it" may be the sum the sentence before names, not its subject; and a speaker is no "it"
    enough = "Whether it will be enough remains unclear."
    assert antecedent_named(enough, "The council approved £2m for the repairs.") == enough
    change = "Whether it changes course is unclear."
    assert antecedent_named(change, "The minister said the plan was sound.") == change


def _article(text: str) -> Article:
    now = datetime(2052, 3, 4, tzinfo=UTC)
    return Article(
        id="t1",
        url="https://example.org/tribunal",
        title="Tribunal adjourns",
        text=text,
        source="Court Notes",
        published=now,
        first_seen=now,
    )


def test_a_speakers_own_undecided_question_reaches_the_article_brief() -> None:
    text = (
        "The employment tribunal in Carrow heard two days of evidence on the dismissal of a hospital porter.\n\n"
        "The porter's union told the panel that the contract had been ended without notice.\n\n"
        "Employment Judge Pellow adjourned the case to 14 April.\n\n"
        "She said she was not yet in a position to decide whether the contract was lawfully ended, and that neither "
        "side should read the adjournment as more than that.\n\n"
        "Hearings are listed by 4pm on the working day before."
    )
    unknowns = [s.text for s in extractive_article_brief(_article(text)).unknowns]
    assert "Was the contract lawfully ended?" in unknowns


def test_a_forum_posts_question_left_open_reaches_the_topic_brief() -> None:
    from tests.briefs_support import topic_brief_of

    page = (
        "Canal Users Forum › Moorings › Winter stoppage on the Hallam flight (Page 2 of 3)\n\n"
        "Posted by kestrel22 » Tue 3 May 2050, 14:02\n"
        "So the flight shuts for eleven weeks from November and the trust says the lock gates are past saving.\n\n"
        "Posted by towpath_tess » Tue 3 May 2050, 14:30\n"
        "What happens to the boats on long-term moorings above the locks while the flight is shut? Nobody has said. "
        "The trust's notice talks about the gates and nothing else.\n\n"
        "Posted by Alan Price (Hallam Boat Club) » Tue 3 May 2050, 15:10\n"
        "The club has written to the trust about the gates and will share the reply with members."
    )
    questions = [q.text for q in topic_brief_of(page).open_questions]
    assert "What happens to the boats on long-term moorings above the locks while the flight is shut?" in questions
