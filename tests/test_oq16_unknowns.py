"""Unknowns in the forms a blind set showed (issue 14, round 16): replies that nobody could tell, fronted questions a
named source will not answer, pseudo-clefts the source leaves out, list items glued together, "one" and a counted
"they" named by the sentence before. Sentences are our own, from other domains; near misses must not fire."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.briefs.article import extractive_article_brief
from digest.briefs.cues import antecedent_named, glued_items, left_open_in, states_unknown, to_question, to_unknown
from digest.models import Article


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        ("Q. Who owns the old mill?", "A. Nobody has been able to tell us.", "Who owns the old mill?"),
        ("Who pays for the new pitch?", "No one at the trust has told us yet.", "Who pays for the new pitch?"),
        (
            "Will the late buses run after Easter?",
            "I honestly can't promise that.",
            "Will the late buses run after Easter?",
        ),
        (
            "Will the new pumps cope with a spring tide?",
            "Nobody at the water board has tested that yet.",
            "Will the new pumps cope with a spring tide?",
        ),
    ],
)
def test_reply_that_nobody_could_tell_leaves_the_question_open(question: str, reply: str, expected: str) -> None:
    assert left_open_in(question, reply, "") == expected


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Did the residents leave?", "Nobody told us to leave."),
        ("Will the fares go up?", "I can't promise that they will be cheap, but they will not rise."),
        ("Did the dam hold?", "Nobody has tested that theory, but engineers say it held."),
        ("Who paid for the party?", "Nobody has been able to tell us apart."),
        ("Will it work?", "No one has checked the figures, which came out on Monday."),
    ],
)
def test_reply_that_answers_or_goes_on_is_no_open_question(question: str, reply: str) -> None:
    assert left_open_in(question, reply, "") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Whether the club will now sell its ground, the owners would not tell us.",
            "Will the club now sell its ground?",
        ),
        ("Whether the ferry will run in winter, Harbour Lines would not say.", "Will the ferry run in winter?"),
        ("When the footbridge will reopen, nobody at the council has yet told me.", "When will the footbridge reopen?"),
        (
            "How much the new wing will cost is a figure the budget paper does not give.",
            "How much will the new wing cost?",
        ),
        (
            "Whether the board had the power to sell the land is a question this report cannot answer.",
            "Did the board have the power to sell the land?",
        ),
        ("Whether the two leagues will merge is not something this column can settle.", "Will the two leagues merge?"),
        (
            "How much recycling would raise in a year has not been worked out.",
            "How much would recycling raise in a year?",
        ),
    ],
)
def test_fronted_question_left_open_by_its_source(sentence: str, expected: str) -> None:
    assert states_unknown(sentence)
    assert to_question(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "How much the mayor earns is a figure that does not change from year to year.",
        "How the orchestra plays Mahler, I do not need to tell you, is a marvel.",
        "What we do next, we know already: we rebuild.",
        "Whether it rains or not, the fair goes ahead.",
        "When the train came, the guard would not say a word to us.",
    ],
)
def test_near_misses_ask_nothing(sentence: str) -> None:
    assert to_question(sentence) is None


def test_how_much_with_a_gerund_subject_is_asked_in_order() -> None:
    assert (
        to_question("How much heating will cost the school is not yet known.")
        == "How much will heating cost the school?"
    )
    assert to_question("How many bookings will be lost is unclear.") == "How many bookings will be lost?"
    assert to_question("How much rain will fall has not been forecast.") is None


def test_glued_list_items_are_read_one_by_one() -> None:
    notes = (
        "It will be dropped in 3.0. ### Upgrade notes - The 2.x line gets fixes until March. - Whether the plug-in "
        "API will stay stable is undecided; the design is under review."
    )
    assert len(glued_items(notes)) == 3
    assert states_unknown(notes)
    assert to_question(notes) == "Will the plug-in API stay stable?"
    assert to_unknown(notes) == "Whether the plug-in API will stay stable."
    chapters = (
        "00:00 Intro 04:10 The new stadium deal 19:30 What the club pays after the first decade has not been disclosed"
    )
    assert to_question(chapters) == "What does the club pay after the first decade?"


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting starts at 10:30 GMT and ends at noon.",
        "Prices rose 3 per cent - Statistics Office figures show - in May.",
        "The score was 2-1 at half time.",
        "Doors open at 19:30 Sharp and the show begins at 20:00 Prompt.",
    ],
)
def test_prose_is_no_list(sentence: str) -> None:
    assert glued_items(sentence) == [sentence]


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "The board will consider a special payout in March.",
            "It is too early to say whether one will be paid.",
            "Will a special payout be paid?",
        ),
        (
            "The club will appoint a new manager in May.",
            "It is not clear whether one will be named.",
            "Will a new manager be named?",
        ),
        (
            "Twelve nurses were moved to the new ward last spring.",
            "When they will go back is unclear.",
            "When will the twelve nurses go back?",
        ),
        (
            "Fourteen drivers joined the rival firm in June.",
            "Whether they will come back is not yet clear.",
            "Will the fourteen drivers come back?",
        ),
    ],
)
def test_pronoun_named_by_the_sentence_before(before: str, sentence: str, expected: str) -> None:
    assert to_question(antecedent_named(sentence, before)) == expected


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("The school wants a new gym and a pool.", "Nobody knows whether one will be built."),
        ("One member proposed a ban on Friday.", "It is not clear whether one will be passed."),
        ("Three reporters asked the minister about the cuts.", "Whether they will be restored is unclear."),
        ("The engineers moved to Leeds.", "Whether they will return is unclear."),
    ],
)
def test_pronoun_left_unnamed_asks_nothing(before: str, sentence: str) -> None:
    assert to_question(antecedent_named(sentence, before)) is None


def _article(text: str) -> Article:
    when = datetime(2071, 3, 2, 8, tzinfo=UTC)
    return Article(
        id="a1",
        url="https://example.org/a1",
        title="t",
        text=text,
        source="Example",
        published=when,
        first_seen=when,
        extraction="import",
    )


def test_article_unknown_after_a_joined_date_line_reads_the_right_sentence_before() -> None:
    text = (
        "HARLOW GROUP PLC\n\nLetter to members\n\n3 March 2071\n\nDear member, Sales for the year rose 4 per cent to "
        "£12 million.\n\nThe new depot opened in Leigh in January.\n\nYour board will consider a special payout in "
        "April. It is too early to say whether one will be paid.\n\nOur results will be published on 2 June 2071."
    )
    unknowns = [u.text for u in extractive_article_brief(_article(text)).unknowns]
    assert any("special payout" in u for u in unknowns), unknowns


def test_article_of_glued_list_lines_still_gives_its_unknowns() -> None:
    text = (
        "# Changelog\n## [2.1.0] - 2071-03-02\n### Fixed\n- A crash on start-up (#41).\n### Upgrade notes\n"
        "- Whether the old config format will be read in 3.0 is undecided; the roadmap is under review."
    )
    unknowns = [u.text for u in extractive_article_brief(_article(text)).unknowns]
    assert any("old config format" in u for u in unknowns), unknowns


@pytest.mark.parametrize(
    ("reply", "open_"),
    [
        ("Maria's answer, at 31:05: ask her in a year.", True),
        ("Ask me again in six months.", True),
        ("Ask him in a year how it went.", False),
        ("Ask them next week and they will tell you it has.", False),
        ("Ask her.", False),
        ("Ask the builders in a year.", False),
    ],
)
def test_answer_put_off_to_a_later_day(reply: str, open_: bool) -> None:
    assert (left_open_in("Will the two apps stay in sync?", reply, "") is not None) is open_
