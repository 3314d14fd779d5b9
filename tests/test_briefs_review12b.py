"""Regressions a read-only review (at11) found in the Perspectives and What changed rules of issue 14.

Each test holds one construction the narrowed rule must keep apart from the one it was made for (tests in
test_briefs_kinds9c.py keep those).
"""

from __future__ import annotations

import pytest
from briefs_support import claims_of, evolved

from digest.briefs.actors import _same_given, recalled_turn
from digest.briefs.changes import printable_development


def _speakers(text: str, words: str) -> set[str]:
    """Who the claims holding `words` are credited to."""
    return {c.actor for c in claims_of(text) if words in c.claim}


# The letter-grade rule ("B arrived on Monday, a week after her D") needs a grade context: "A" before a participle
# is the article, and the day's main news.
@pytest.mark.parametrize(
    "line",
    [
        "A renewed ceasefire took effect at midnight on Sunday after talks in Doha between the two sides.",
        "A red weather warning was issued for the Calder valley on Thursday.",
        "A disputed count was held again in the town hall on Monday.",
    ],
)
def test_the_article_a_before_a_participle_is_a_development(line: str) -> None:
    assert printable_development(line)


def test_a_letter_grade_with_its_grade_context_is_still_no_development() -> None:
    assert not printable_development("A arrived on Friday, by email, eight days after her C.")


# Given names one letter apart are two people unless the letter is a transliteration's (Elena/Yelena, Sergei/Sergey,
# Arkadiy/Arkady): a feminine ending or another initial names someone else.
@pytest.mark.parametrize(
    ("text", "first", "second", "first_words"),
    [
        (
            "Louis Martin, who has farmed the land for forty years, said the new pylons would cut his fields in half. "
            "His wife, Louise Martin, said she was willing to accept the line if the cables were buried.",
            "Louis Martin",
            "Louise Martin",
            "pylons",
        ),
        (
            "Daniel Rossi, the club's chairman, said the stadium sale would go ahead next month. Daniela Rossi, a "
            "supporters' trust board member, said the sale should be halted until the fans had been consulted.",
            "Daniel Rossi",
            "Daniela Rossi",
            "go ahead",
        ),
        (
            "Ryan Cole, the team's captain, said the squad was ready for the final. Bryan Cole, the coach, said two "
            "players were still carrying injuries.",
            "Ryan Cole",
            "Bryan Cole",
            "ready",
        ),
    ],
)
def test_given_names_a_letter_apart_are_two_people(text: str, first: str, second: str, first_words: str) -> None:
    claims = claims_of(text)
    assert {first, second} <= {c.actor for c in claims}
    assert {c.actor for c in claims if first_words in c.claim} == {first}


def test_a_transliterated_given_name_is_still_one_person() -> None:
    assert _same_given("Elena", "Yelena") and _same_given("Arkadiy", "Arkady") and _same_given("Sergei", "Sergey")


# A short name folds into a full one only when the full one is the short one and a kind of body ("Harbourline" is
# Harbourline Ferries) and the report gives it whole first; a body the short name merely begins is another.
@pytest.mark.parametrize(
    ("text", "short", "full", "short_words"),
    [
        (
            "Amazon said the new warehouse would create 1,200 jobs in the region within two years. The Amazon "
            "Conservation Association said the company's suppliers were still buying timber from cleared forest.",
            "Amazon",
            "Amazon Conservation Association",
            "warehouse",
        ),
        (
            "Apple said the new phones would ship in September with a faster chip. Apple Bank said it had no "
            "connection with the technology company and would keep its name.",
            "Apple",
            "Apple Bank",
            "phones",
        ),
    ],
)
def test_a_body_the_short_name_begins_is_another(text: str, short: str, full: str, short_words: str) -> None:
    claims = claims_of(text)
    assert {short, full} <= {c.actor for c in claims}
    assert {c.actor for c in claims if short_words in c.claim} == {short}


# "Police in Calder" names a place; a plural before "at" names the body its people speak for.
@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            "Officials at Halvorsen Pharma said the trial had been paused while the safety board reviewed two cases.",
            "Halvorsen Pharma",
            "paused",
        ),
        (
            "Scientists at Imperial College said the result had yet to be repeated outside the laboratory.",
            "Imperial College",
            "repeated",
        ),
    ],
)
def test_a_body_after_at_keeps_its_word(text: str, body: str, words: str) -> None:
    assert {c.actor for c in claims_of(text) if words in c.claim} == {body}


# "Name (Role)" makes a role holder only for a post ("Rita Vance (Director of Housing)"); a club or party in the
# parentheses is an affiliation, and the body still speaks for itself.
def test_a_club_in_parentheses_is_no_post() -> None:
    text = (
        "Marcus Rashford (Manchester United) was named in the squad despite a knee problem. United said the forward "
        "would be assessed by the national team's medical staff on Monday."
    )
    assert "Marcus Rashford" not in _speakers(text, "assessed")
    minutes = (
        "In attendance: Rita Vance (Director of Housing). The Director advised that no cost estimate had yet been "
        "prepared for the works."
    )
    assert _speakers(minutes, "cost estimate") == {"Rita Vance"}


# A then/now shift is the speaker's own: "X said the minister had said last week A; on Monday she conceded B" reports
# the minister's turn, not X's.
def test_a_turn_reported_of_someone_else_is_not_the_speakers() -> None:
    p = evolved(
        "Tom Reed",
        "The bridge should be closed to lorries until a full inspection had been done.",
        "The transport minister had said last week the bridge was safe; on Monday she conceded that two of its "
        "cables had snapped. The bridge should be closed to lorries until a full inspection had been done.",
    )
    assert p.evolution != "shifted", p.evolution_note
    text = (
        "Opposition leader Tom Reed said the transport minister had said last week the bridge was safe; on Monday "
        "she conceded that two of its cables had snapped."
    )
    assert not any(recalled_turn([c.claim], c.actor) for c in claims_of(text) if c.actor == "Tom Reed")


def test_the_speakers_own_then_and_now_is_still_a_turn() -> None:
    text = (
        "Harbour master Ivo Brandt said last week the ferry ramp was safe to use; on Friday he conceded that one of "
        "its hinges had cracked."
    )
    turns = [recalled_turn([c.claim], c.actor) for c in claims_of(text) if c.actor == "Ivo Brandt"]
    assert ("the ferry ramp was safe to use", "one of its hinges had cracked.") in turns, turns


# An untagged quotation after "X said ..." is X's only when X speaks of nobody else after the verb: "said her brother
# Carlos had been held" and "said the inspectors' report made grim reading" introduce words that may be theirs.
@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            'Maria Lopez said her brother Carlos had been held for three days without a lawyer. "I was never told why '
            'I was arrested, and they took my phone."',
            "Maria Lopez",
            "never told why",
        ),
        (
            "Health minister Ana Ruiz said the inspectors' report on St Mary's Hospital made grim reading. \"Patients "
            'waited up to 14 hours on trolleys in corridors, and staff told us they felt unable to raise concerns."',
            "Ana Ruiz",
            "trolleys",
        ),
    ],
)
def test_a_quotation_after_talk_of_someone_else_is_not_the_speakers(text: str, actor: str, words: str) -> None:
    assert actor not in _speakers(text, words)
    assert actor in {c.actor for c in claims_of(text)}


# Two claims that share only the people they name ("Dr Murray", "Michael Jackson") are no one matter, so a "never" in
# one against the other is no turn.
def test_claims_sharing_only_names_are_no_turn() -> None:
    p = evolved(
        "Ed Chernoff",
        "Dr Murray simply never told investigators that he found Michael Jackson at 11am not breathing.",
        "Dr Murray simply never told investigators that he found Michael Jackson at 11am not breathing. "
        "“They want you to convict Dr Murray for the actions of Michael Jackson.”",
    )
    assert p.evolution != "shifted", p.evolution_note
