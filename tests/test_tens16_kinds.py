"""Tensions of kinds the blind set unseen15 showed (issue 14, tens16), each tested on sentences of other domains.

- a signed writer's flat denial ("We do not.", "That is not so.") of what the sentence before reports another side
  saying, named there or matched to that side's own claim elsewhere;
- one vote told two ways: the same number of votes cast, split differently, by two sides;
- a claim made "whatever the letter says", against what that source says on the matter;
- a side standing by its figure against another side's figure for the same thing;
- precision: "did not oppose" is consent, and a verb shared with another object denies nothing.
"""

from __future__ import annotations

from datetime import date

from briefs_support import read_all

from digest.briefs.conflicts import (
    figures_stood_by,
    flat_rebuttals,
    letter_writers,
    tallies_told_apart,
    whatever_said,
)
from digest.briefs.extractive import _denies

LETTER = (
    "Dear members,\n\nThe club has had a hard winter. {body}\n\nThe clubhouse bar will reopen in May.\n\n"
    "Yours sincerely,\n\nDr Petra Lindqvist, Chair"
)


def test_a_signed_letter_names_its_writer() -> None:
    context, _ = read_all([LETTER.format(body="We will keep the boats.")])
    assert letter_writers(context) == {0: "Petra Lindqvist"}
    context, _ = read_all(["The club has had a hard winter. The bar will reopen in May, the chair said."])
    assert letter_writers(context) == {}


def test_a_writer_denies_what_a_named_analyst_expects() -> None:
    body = (
        "One rowing coach, Marek Halloran of Tideway Sculls, expects half of our juniors to leave for other clubs. "
        "We do not. Our junior numbers rose last season."
    )
    context, claims = read_all([LETTER.format(body=body)])
    found = flat_rebuttals(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Marek Halloran: “expects half of our juniors")
    assert "Petra Lindqvist: “We do not. Our junior numbers rose" in found[0][1]


def test_an_unnamed_saying_is_matched_to_the_named_sides_own_claim() -> None:
    report = (
        'Boatman Ivo Reyes said the club had never repaired the slipway in twenty years. "It is a disgrace," he said.'
    )
    body = (
        "It was said at the meeting that the club had never repaired the slipway. That is not so. We relaid it in 2039."
    )
    context, claims = read_all([report, LETTER.format(body=body)])
    found = flat_rebuttals(context, claims)
    assert len(found) == 1
    assert (
        found[0][1].split(" vs. ")[0].endswith("Ivo Reyes: “The club had never repaired the slipway in twenty years”")
        and "Petra Lindqvist: “That is not so. We relaid it" in found[0][1]
    )


def test_no_flat_rebuttal_without_a_denial_a_writer_or_a_side() -> None:
    # A denial that goes on ("We did not ask") is no flat one; agreement denies nothing.
    for body in (
        "Marek Halloran expects half of our juniors to leave. We did not ask him.",
        "Marek Halloran expects half of our juniors to leave. We do too.",
        "Marek Halloran expects half of our juniors to leave. That is true.",
    ):
        context, claims = read_all([LETTER.format(body=body)])
        assert flat_rebuttals(context, claims) == [], body
    # No writer: an unsigned report's "That is not so." is nobody's.
    context, claims = read_all(["The slipway was shut. Some say the club never mended it. That is not so."])
    assert flat_rebuttals(context, claims) == []
    # An unnamed saying that no named side made: no second side to set against the writer.
    body = "It was said that the club would sell its boats. That is not so. We will keep every boat."
    context, claims = read_all([LETTER.format(body=body)])
    assert flat_rebuttals(context, claims) == []


def test_one_vote_told_two_ways_by_two_sides() -> None:
    letter = LETTER.format(body="On 12 February the committee voted by eight votes to three to sell the old boathouse.")
    call = (
        "HOST (KAI BERG): Good evening.\n\nCALLER (NORA VESTY, TREASURER): Evening, Kai. "
        "I was there, and the vote was six for and five against.\n\nHOST (KAI BERG): Thank you, Nora."
    )
    context, claims = read_all([letter, call], [date(2041, 3, 1), date(2041, 3, 3)])
    found = tallies_told_apart(context, claims)
    assert len(found) == 1
    assert "Petra Lindqvist" in found[0][1] and "Nora Vesty" in found[0][1] and "eight votes to three" in found[0][1]


def test_two_votes_are_no_dispute() -> None:
    letter = LETTER.format(body="On 12 February the committee voted by eight votes to three to sell the old boathouse.")
    for said in (
        "I was there, and the vote was eight for and three against.",  # the same split
        "I was there, and the vote was six for and two against.",  # another total: another vote
        "On 20 March the committee voted six for and five against to buy a launch.",  # another day named
    ):
        call = f"CALLER (NORA VESTY, TREASURER): Evening, Kai. {said}"
        context, claims = read_all([letter, call], [date(2041, 3, 1), date(2041, 3, 25)])
        assert tallies_told_apart(context, claims) == [], said
    # Told before the other vote was held: not that vote.
    later = LETTER.format(body="On Tuesday 14 April the committee voted, by six votes to five, to keep the boathouse.")
    call = "CALLER (NORA VESTY, TREASURER): Evening. The vote was eight for and three against, I was there."
    context, claims = read_all([call, later], [date(2041, 3, 3), date(2041, 4, 20)])
    assert tallies_told_apart(context, claims) == []
    # A presenter's tally is the programme's, not a side's.
    call = "HOST (KAI BERG): Good evening. The vote was six for and five against, we hear."
    context, claims = read_all([letter, call], [date(2041, 3, 1), date(2041, 3, 3)])
    assert tallies_told_apart(context, claims) == []


def test_a_claim_made_whatever_the_letter_says() -> None:
    letter = LETTER.format(body="The ferry company earns more from our moorings than the club does, by our reckoning.")
    notes = (
        "14:20 The ferry company answers. Its mooring business, Sven Adler told us by email, earns less than a fifth "
        "of what the club earns from the moorings, whatever the chair's letter says."
    )
    context, claims = read_all([letter, notes])
    found = whatever_said(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Petra Lindqvist:") and "Sven Adler: “Its mooring business earns less" in found[0][1]


def test_whatever_said_needs_a_named_speaker_and_one_matter() -> None:
    letter = LETTER.format(body="The ferry company earns more from our moorings than the club does, by our reckoning.")
    for notes in (
        # nobody named says it
        "14:20 The ferry company answers. Its mooring business earns less than a fifth of what the club earns, "
        "whatever the chair's letter says.",
        # another matter than the letter's
        "Sven Adler told us the new timetable starts in June, whatever the chair's letter says.",
        # no source named that the sources hold
        "Its mooring business, Sven Adler told us, earns less than a fifth of what the club earns from the moorings, "
        "whatever the harbour gazette says.",
        # no "whatever"
        "Its mooring business, Sven Adler told us, earns less than a fifth of what the club earns from the moorings.",
    ):
        context, claims = read_all([letter, notes])
        assert whatever_said(context, claims) == [], notes


def test_a_figure_stood_by_against_anothers_figure_for_the_same_thing() -> None:
    letter = LETTER.format(body="Our engineer tells us the jetty must be rebuilt at a cost of £220,000.")
    news = (
        "The diver Tomas Rahm, who inspected the jetty for the anglers, says he stands by his figure of about "
        "£60,000 for a repair."
    )
    context, claims = read_all([letter, news])
    found = figures_stood_by(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Tomas Rahm:") and "Petra Lindqvist:" in found[0][1] and "£220,000" in found[0][1]


def test_a_figure_stood_by_needs_another_sides_other_sum_on_the_matter() -> None:
    for body, news in (
        # the same sum: agreement
        ("Our engineer tells us the jetty must be rebuilt at a cost of £60,000.", "£60,000"),
        # another currency
        ("Our engineer tells us the jetty must be rebuilt at a cost of €220,000.", "£60,000"),
        # another matter altogether
        ("The new minibus cost us £220,000 last year.", "£60,000"),
    ):
        text = f"The diver Tomas Rahm, who inspected the jetty, says he stands by his figure of about {news}."
        context, claims = read_all([LETTER.format(body=body), text])
        assert figures_stood_by(context, claims) == [], body
    # No figure defended: "stands by his decision".
    context, claims = read_all(
        [
            LETTER.format(body="Our engineer tells us the jetty must be rebuilt at a cost of £220,000."),
            "The diver Tomas Rahm says he stands by his decision to close the jetty.",
        ]
    )
    assert figures_stood_by(context, claims) == []


def test_not_opposing_is_consent_not_a_denial() -> None:
    assert not _denies(
        "The fire brigade did not oppose the closure, provided the road stayed open.", "The road stays shut."
    )
    assert not _denies("Residents never objected to the new bus lane.", "The bus lane stays.")
    # It denies a side that speaks of opposing.
    assert _denies("The fire brigade did not oppose the closure.", "The fire brigade opposed the closure of the road.")
    # Other negated verbs still deny.
    assert _denies("The fire brigade did not approve the closure.", "The fire brigade approved the closure.")


def test_a_shared_verb_with_another_object_denies_nothing() -> None:
    assert not _denies("The choir had never been paid its fee.", "The promoter says it paid the venue £80,000.")
    assert not _denies("The builder has not received the second instalment.", "The council received a grant.")
    # The same object, or a verb with no object, still denies.
    assert _denies("The choir had never been paid its fee.", "The promoter paid the choir its fee in May.")
    assert _denies("The levy has not been paid by any of the ferry firms.", "Two ferry firms have paid the levy.")


def test_a_count_cut_down_answers_a_speaker_named_by_first_name() -> None:
    notes = (
        "Episode 31. The rowing league's new secretary, Oona Vartiainen, joins us. "
        "09:40 How many clubs? 45 clubs have joined, Oona says, in the first week."
    )
    body = (
        "Its organisers say 45 clubs have joined the league. Fewer than ten of them, to our knowledge, race in winter."
    )
    context, claims = read_all([notes, LETTER.format(body=body)])
    found = flat_rebuttals(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Oona Vartiainen: “45 clubs have joined in the first week”")
    assert "Petra Lindqvist: “Fewer than ten of them, to our knowledge, race in winter”" in found[0][1]


def test_no_cut_down_count_without_its_speaker() -> None:
    for notes in (
        # two people of that first name: whose words they are is not known
        "Oona Vartiainen and Oona Berg join us. 09:40 How many? 45 clubs have joined, Oona says, in the first week.",
        # another count than the one the writer answers
        "The secretary, Oona Vartiainen, joins us. 09:40 Boats? 300 boats, Oona says, on the river this spring.",
        # nobody named
        "09:40 How many clubs? 45 clubs have joined, the league says, in the first week.",
    ):
        body = "Its organisers say 45 clubs have joined the league. Fewer than ten of them race in winter."
        context, claims = read_all([notes, LETTER.format(body=body)])
        assert flat_rebuttals(context, claims) == [], notes
    # A count that is not cut down against the saying before it.
    notes = "The secretary, Oona Vartiainen, joins us. 09:40 45 clubs have joined, Oona says, in the first week."
    body = "Its organisers say 45 clubs have joined the league. More than ten of them race in winter."
    context, claims = read_all([notes, LETTER.format(body=body)])
    assert flat_rebuttals(context, claims) == []
