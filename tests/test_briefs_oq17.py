"""Kinds of stated unknown, and of question repair, the brief rules missed on the twelfth blind set (unseen12).

Each rule covers a construction, not a phrasing: an answer the writer "cannot give": followed by its question; "Nor do
we know when ..."; an analyst's "no visibility of" a figure; a bare noun with its "for"/"of" phrase that is "highly
uncertain"; a source that "does not name" those it acted on; "would not put a time on" something; an inspection's or
an inquiry's own "we could not establish whether", with the missing record that is why; a cost "to" someone "of"
something that is not known, and the clause of what it "depends on" kept with it; a fronted "whether" that is "another
question", with "I hope they do" no answer to it; a question the writer put ("asking who ...") that "I have not had an
answer" leaves open; the posts of a live thread glued into one sentence; an unknown in a sentence left out as unusable
alone (a quotation cut at its full stop, a short line). Repairs: a plural subject with an adverb before its bare verb
takes "do", and a "what" whose subject follows it with no verb to invert is no question. The sentences come from other
domains (a ferry, a bridge, a school, a brewery, a festival ...).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.article import extractive_article_brief
from digest.briefs.cues import left_open_in, open_clauses, states_unknown, to_question, to_unknown
from digest.briefs.extractive import is_self_contained_question
from digest.briefs.planted import _well_formed
from digest.models import Article


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "I still cannot give parents an answer: whether the school, if it reopens, would take back every pupil or "
            "only those in the catchment.",
            "Would the school take back every pupil or only those in the catchment?",
        ),
        (
            "We are unable to give residents a clear answer on when the footbridge will reopen.",
            "When will the footbridge reopen?",
        ),
        (
            "Nor do we know when the last ferry will actually sail; the operator says the survey starts now.",
            "When will the last ferry actually sail?",
        ),
        ("Neither does anyone know how many casks were spoiled.", "How many casks were spoiled?"),
        (
            "We have no visibility of the brewery's order book beyond the spring.",
            "What is the brewery's order book beyond the spring?",
        ),
        ("The lenders have no visibility of the bookings for the summer.", "What are the bookings for the summer?"),
        ("Demand for the new sleeper service is highly uncertain.", "What will demand for the new sleeper service be?"),
        (
            "The audit does not name the contractors it paid, which leaves the council guessing.",
            "Who are the contractors the audit paid?",
        ),
        ("The festival director wouldn't put a time on the closure.", "What time can be put on the closure?"),
        (
            "We could not establish whether the fire doors we checked were kept shut, because the logs for June were "
            "missing.",
            "Were the fire doors kept shut (the logs for June were missing)?",
        ),
        (
            "Investigators were unable to determine whether the valve was open.",
            "Was the valve open?",
        ),
        (
            "The cost to taxpayers of keeping the pier open beyond 2060 is not yet known; it depends on what the "
            "insurers decide about the storm damage.",
            "What is the cost to taxpayers of keeping the pier open beyond 2060?",
        ),
        (
            "Whether the original tapes still exist is another question I can't answer; the archive can check, and I "
            "hope it does.",
            "Do the original tapes still exist?",
        ),
    ],
)
def test_stated_unknowns_become_questions(sentence: str, question: str) -> None:
    assert states_unknown(sentence)
    got = to_question(sentence)
    assert got == question
    assert _well_formed(got) and is_self_contained_question(got)


@pytest.mark.parametrize(
    "sentence",
    [
        # Only "no" visibility is an unknown; the thing's visibility itself is no question.
        "The lighthouse has good visibility of the harbour mouth.",
        # Whose orders, only an earlier sentence says.
        "Analysts have no visibility into its orders beyond March.",
        # A bare noun that is certain, or uncertain with no "for"/"of" phrase to say of what.
        "Demand for the new sleeper service is strong.",
        # The auditor named those it paid.
        "The audit names the contractors it paid.",
        # A time put on it.
        "The festival director put a time on the closure: two weeks.",
        # The writer's state of mind in a quotation is not a finding.
        "We don't know the answer, the skipper joked.",
    ],
)
def test_near_misses_state_no_unknown(sentence: str) -> None:
    assert not states_unknown(sentence)


def test_a_hoped_for_ellipsis_settles_nothing_but_a_done_one_does() -> None:
    assert states_unknown("Whether the tapes survive is another question; the archive can check, and I hope it does.")
    assert to_question("Whether the tapes survive is another question, and on Monday it did.") is None


def test_a_plural_subject_with_an_adverb_before_its_verb_takes_do() -> None:
    got = to_question("It is unclear whether the old pumps still work.")
    assert got == "Do the old pumps still work?"


def test_a_what_with_no_verb_to_invert_is_no_question() -> None:
    # "achieve" is a plain verb after a plural subject: it takes "do".
    assert to_question("It depends on what the governors achieve for the rest of the trust.") == (
        "What do the governors achieve for the rest of the trust?"
    )
    for got in (to_question("It is unclear what the governors pledge to the rest of the trust."),):
        assert got is None or _well_formed(got)


def test_a_dependency_stays_with_the_unknown_it_qualifies() -> None:
    sentence = (
        "The price of the new bridge deck is not yet known; it depends on what the steel mill charges in the spring."
    )
    assert open_clauses(sentence) == [sentence]
    assert to_unknown(sentence) == sentence
    assert to_question(sentence) == "What is the price of the new bridge deck?"


def test_a_question_the_writer_put_and_had_no_answer_to() -> None:
    got = left_open_in(
        "I have written to the transport secretary, asking who will pay for the replacement buses.",
        "I have not had an answer.",
    )
    assert got == "Who will pay for the replacement buses?"


def test_a_live_threads_last_post_is_its_own_clause() -> None:
    sentence = (
        'The chair says the gallery is full. · 10:31 AM 10/ Quinn again: "Nobody told us a thing." · 10:33 AM 11/ '
        "Has anyone tested the playground soil?"
    )
    clauses = open_clauses(sentence)
    assert clauses[-1] == "Has anyone tested the playground soil?"
    assert left_open_in(clauses[-1], "No, say officers.") == "Has anyone tested the playground soil?"


def _article(text: str) -> Article:
    now = datetime(2051, 10, 2, tzinfo=UTC)
    return Article(
        id="b1",
        url="https://example.org/bridge",
        title="Footbridge stays shut",
        text=text,
        source="Valley Post",
        published=now,
        first_seen=now,
    )


def test_article_brief_keeps_an_unknown_in_a_quotation_cut_at_its_full_stop() -> None:
    text = (
        "The footbridge over the Arle will stay shut for the rest of the year, the county said on Monday.\n\n"
        "Engineers found cracks in two of its four cross-beams during a routine inspection last month.\n\n"
        "The county's bridges manager was asked about the second span. Whether the cracks have reached the piers, \"we "
        "simply don't know yet. We are scanning them weekly from tomorrow.\"\n\n"
        "Traders on the east bank say footfall has fallen by a third since the closure."
    )
    unknowns = [s.text for s in extractive_article_brief(_article(text)).unknowns]
    assert any("piers" in u for u in unknowns), unknowns


def test_topic_brief_asks_the_question_a_writer_put_and_had_no_answer_to() -> None:
    from tests.briefs_support import topic_brief_of

    brief = topic_brief_of(
        "The replacement bus service on the valley line will run until March, the operator said on Monday. "
        "Passengers have complained of buses that do not turn up.",
        "The valley line has been shut since the landslip in August, and the rail company has not said when it will "
        "reopen. I have written to the transport secretary, asking who will pay for the replacement buses. "
        "I have not had an answer. Commuters say the buses add an hour to each journey.",
    )
    questions = [s.text for s in brief.open_questions]
    assert any("Who will pay for the replacement buses" in q for q in questions), questions
