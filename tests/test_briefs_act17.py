"""Tension and actor precision on real reporting (issue 14, act17): one rule per kind, each tested with sentences of
its own (a rowing federation, a port, a flood, a ferry, a stadium):

- a fact-check column's claim and verdict lines are read by one pattern, by the tensions and the attributions alike;
- a person the reports give a post at a body, by its initials ("WRF spokeswoman Ana Brook"), without an article
  ("Ana Brook, spokeswoman for the WRF") or with "of" ("Ms Brook of the WRF"), is that body's side, not another;
- a side named by a bare post ("The lawyer") is the person the reports give that post, not a second side;
- two floors of one count ("more than 40", "more than 90") agree; a capacity ("enough for 400 families") is no count
  of those in need; figures of two places ("in Devon", "in Exeter") are no rival counts; a goal ("hoped to load")
  and the work done ("had loaded") do not dispute each other;
- a charge ends where the report's own clause begins ("..., the owner said simply: ..."); "must never happen again" is
  a wish, no denial; a call ("should build") states no fact that records gainsay;
- a side's cut never falls inside a figure ("30,000");
- a word that opens a clause ("Because", "Using") starts no name; a sentence adverb ("Even", "Latest") is no part of it.
"""

from __future__ import annotations

from briefs_support import no_similarity, read_report

from digest.briefs.actors import CHECK_VERDICT, CHECKED_CLAIM, attributions, clean_name
from digest.briefs.conflicts import (
    _clean_side,
    affiliated,
    charges_denied,
    checked_claims,
    evidence_against,
    numeric_tensions,
)
from digest.briefs.sentences import article_sentences, every_sentence


def _numeric(text: str) -> list:
    _usable, _context, claims = read_report(text)
    return numeric_tensions(claims, no_similarity)


_COLUMN = (
    "FERRYCHECK\n\n"
    'What was said: "Crossings to the island run on time nine days in ten." — Nils Berg, operations director of '
    "Nordline Ferries, on 4 June.\n\n"
    "RULING (revised): Misleading.\n\n"
    "Harbour logs show one crossing in three left late in May. Skipper Ana Holm says the late sailings are routine."
)


def test_one_claim_pattern_serves_the_tensions_and_the_attributions() -> None:
    assert CHECKED_CLAIM.match('Claim: "The bridge reopens on Friday." — Jo Marsh, roads minister.')
    assert CHECK_VERDICT.match("VERDICT (UPDATED): False.")["verdict"] == "False."
    assert CHECK_VERDICT.match("Our verdict: Unproven.")
    assert not CHECK_VERDICT.match("The verdict of the jury was read out.")
    context = every_sentence(0, _COLUMN, None)
    found = checked_claims(context, ["Ferrycheck"])
    assert len(found) == 1 and found[0][1].startswith("Nils Berg: “Crossings to the island")
    usable = article_sentences(0, _COLUMN, None)
    assert any(c.actor == "Nils Berg" and "nine days in ten" in c.claim for c in attributions(usable, context))


def test_a_person_posted_at_a_body_by_its_initials_is_its_side() -> None:
    for line in (
        "WRF spokeswoman Ana Brook said the regatta would go ahead.",
        "Ana Brook, spokeswoman for the WRF, said the regatta would go ahead.",
        "Ana Brook, WRF director of events, said the regatta would go ahead.",
        "Ana Brook of the WRF said the regatta would go ahead.",
    ):
        text = "The World Rowing Federation has cancelled two heats. " + line
        assert affiliated("Ana Brook", "World Rowing Federation", every_sentence(0, text, None)), line
    text = "The World Rowing Federation has cancelled two heats. Ana Brook, critic of the WRF, said it was wrong."
    assert not affiliated("Ana Brook", "World Rowing Federation", every_sentence(0, text, None))


def test_a_side_named_by_a_bare_post_is_the_person_holding_it() -> None:
    text = (
        "The club's lawyer Ana Brook said the stadium deal was sound. "
        "The lawyer said the owners had acted in good faith. Fan leader Tom Hale called the deal a sell-out."
    )
    context = every_sentence(0, text, None)
    assert affiliated("The lawyer", "Ana Brook", context)
    assert not affiliated("The lawyer", "Tom Hale", context)


def test_two_floors_of_one_count_agree() -> None:
    floors = (
        "Guide Ana Brook said more than 40 climbers reached the summit on Monday. "
        "Ranger Tom Hale said more than 90 climbers reached the summit on Monday."
    )
    assert _numeric(floors) == []
    counts = (
        "Guide Ana Brook said 40 climbers reached the summit on Monday. "
        "Ranger Tom Hale said 90 climbers reached the summit on Monday."
    )
    assert len(_numeric(counts)) == 1


def test_a_capacity_is_no_count_of_those_in_need() -> None:
    text = (
        "Aid director Ana Brook said the convoy carries blankets enough for 400 families in the valley. "
        "Mayor Tom Hale said 1,200 families in the valley had lost their homes."
    )
    assert _numeric(text) == []


def test_figures_of_two_places_are_no_rival_counts() -> None:
    text = (
        "Forecaster Ana Brook said 40 flood warnings are in force in Devon. "
        "Councillor Tom Hale said 12 flood warnings are in force in Exeter."
    )
    assert _numeric(text) == []
    text = (
        "Forecaster Ana Brook said 40 flood warnings are in force in Devon. "
        "Councillor Tom Hale said 12 flood warnings are in force in Devon."
    )
    assert len(_numeric(text)) == 1


def test_a_goal_and_the_work_done_do_not_dispute_each_other() -> None:
    text = (
        "Port director Ana Brook said the port hoped to load 9,000 containers a week at the new quay. "
        "Union official Tom Hale said the port had loaded 4,000 containers a week at the new quay."
    )
    assert _numeric(text) == []


def test_a_charge_ends_where_the_reports_clause_begins() -> None:
    charge = (
        "Asked what he thought about the coach being charged with fraud, the owner Sam Reid said simply: "
        '"It is a sad day."'
    )
    reply = "Lawyer Ann Wray said the coach simply never met the auditors in person."
    sentences = article_sentences(0, charge, None) + article_sentences(1, reply, None)
    _u, _c, claims = read_report(reply)
    assert charges_denied(sentences, claims) == []


def test_a_wish_that_it_never_happen_again_is_no_denial() -> None:
    charge = "Inspectors accused the water company of neglecting the flood defences along the river."
    reply = "Minister Ana Brook said the flooding along the river must never happen again."
    sentences = article_sentences(0, charge, None) + article_sentences(1, reply, None)
    _u, _c, claims = read_report(reply)
    assert charges_denied(sentences, claims) == []
    denial = "Company director Ana Brook said the firm had never neglected the flood defences."
    sentences = article_sentences(0, charge, None) + article_sentences(1, denial, None)
    _u, _c, claims = read_report(denial)
    assert len(charges_denied(sentences, claims)) == 1


def test_a_call_states_no_fact_that_records_gainsay() -> None:
    text = (
        "Campaigner Ana Brook said the town should build a second bridge over the river. "
        "The council's own records show the old bridge cost 40,000 pounds to repair last year. "
        "Ferryman Tom Hale said trade had been slow."
    )
    usable, _context, claims = read_report(text)
    assert evidence_against(usable, claims) == []
    usable, _context, claims = read_report(text.replace("should build", "had built"))
    assert len(evidence_against(usable, claims)) == 1


def test_a_sides_cut_never_falls_inside_a_figure() -> None:
    text = (
        "The agency said it would ship twelve tonnes of grain from its depot in the north of the country by the "
        "weekend, enough for 30,000 people in the hills to be fed for up to a fortnight"
    )
    cut = _clean_side(text, 24)
    assert not cut.endswith("30") and "30,0" not in cut.rstrip("…")[-4:]


def test_a_clause_opener_starts_no_name() -> None:
    assert clean_name("Because Jackson") is None
    assert clean_name("Using Tamiflu") is None
    assert clean_name("Meanwhile Ortega") == "Ortega"  # "Even Ortega": see test_briefs_fix17
    assert clean_name("Latest") is None
    assert clean_name("Ana Brook") == "Ana Brook"
