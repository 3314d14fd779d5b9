"""Loose pairs of opposite claims that are no dispute (issue 14, pair17).

A review of four long real stories found "tensions" paired from two actors' claims that agree or speak of different
things. One rule per kind, each tested with sentences of its own (a lending regulator, a storm-hit railway, a ferry
collision, a factory fire):

- a negated reluctance affirms the act ("will not hesitate to fine", "won't shy away from"): it denies nothing;
- a claim that carries a third named speaker's words ("..., but Rail Minister Omar Lind told the radio he expected
  ...") is that side's only up to where the third speaker takes over;
- a verdict on "the <noun>" answers the side just quoted only when that noun is what the side spoke of, or names a
  decision or a saying ("called the decision"): "called the collision "a terrible accident"" after a claim about who
  pays is a verdict on the event;
- claims apart, with no reply between them, are opposite only when the "not" governs what the other side asserts:
  one subject both speak of ("the welders had not returned" / "the welders were recovering well") is two things said
  of it.
"""

from __future__ import annotations

from briefs_support import claim_pair, read_report, topic_brief_of

from digest.briefs.extractive import _answers, _denies, _own_words

_LENDERS = (
    "Ombudsman Karin Wiik said the agency was still examining the loans to "
    '"find out which lenders broke the lending rules and make them repay borrowers."'
)


def test_a_negated_reluctance_denies_nothing() -> None:
    asserted = "Lenders that break the lending rules will be fined and must repay borrowers."
    assert not _denies("The regulator will not hesitate to fine lenders that break the lending rules.", asserted)
    assert not _denies("We won't shy away from fining lenders that break the lending rules.", asserted)
    assert _denies("The regulator will not fine lenders that break the lending rules.", asserted)


def test_two_sides_vowing_the_same_act_are_no_tension() -> None:
    vow = (
        'Finance Minister Pavel Horak said: "We will not hesitate to take whatever steps are needed to make lenders '
        'that broke the lending rules repay borrowers."'
    )
    assert topic_brief_of(_LENDERS, vow).tensions == []


def test_a_third_speakers_words_are_not_the_sides() -> None:
    claim = (
        "The storm damage was lighter than first feared, but Rail Minister Omar Lind told the radio he expected a "
        "second closure of the line in the winter."
    )
    assert _own_words(claim) == "The storm damage was lighter than first feared"
    kept = "The storm damage was lighter than first feared, but the line will stay shut until May."
    assert _own_words(kept) == kept


def test_a_reply_to_a_third_speakers_words_is_no_tension() -> None:
    text = (
        "Storms closed the coastal railway line for a week. "
        "Transport Secretary Ida Berg said on Monday that the storm damage was lighter than first feared, but Rail "
        "Minister Omar Lind told the radio he expected a second closure of the line in the winter. "
        "Mayor Eva Holm told a meeting that no council could ignore the engineers' warnings. "
        '"It is right that we plan for the worst, that is what we have been doing - not that we are necessarily '
        'expecting a second closure, but we plan for it because it is the responsible thing to do," she said.'
    )
    claims = read_report(text)[2]
    assert any(c.actor.endswith("Ida Berg") and "Omar Lind told" in c.claim for c in claims)
    assert topic_brief_of(text).tensions == []


_FERRY = (
    "The ferry hit the harbour wall on Friday night. "
    "Treasury spokesman Nils Aas said no one was blaming the ferry operator, but added: "
    '"Under the charter, the operator pays for all the repairs". '
)


def test_a_verdict_on_an_event_the_side_did_not_speak_of_answers_nothing() -> None:
    text = (
        _FERRY + "In a note to staff, the operator's chief executive, Maja Lund, called the collision, in which two "
        'crew were hurt, "a terrible accident".'
    )
    a, b, by_place = claim_pair(text, "Aas", "Lund")
    assert not _answers(a, b, by_place)
    assert topic_brief_of(text).tensions == []


def test_a_verdict_on_what_the_side_spoke_of_still_answers() -> None:
    for verdict in ('called the charter "a trap for small operators"', 'called the decision "a trap"'):
        a, b, by_place = claim_pair(_FERRY + f"The operator's chief executive, Maja Lund, {verdict}.", "Aas", "Lund")
        assert _answers(a, b, by_place), verdict


_FIRE = (
    "A fire broke out at the paint factory in Kessling on Tuesday. Plant manager Ruth Okafor said the three injured "
    "welders had been moved to the burns unit at St Anne's. Since the fire, the welders had not returned to the "
    "factory floor."
)


def test_claims_apart_sharing_only_their_subject_are_no_tension() -> None:
    negated = (
        "The three injured welders had been moved to the burns unit at St Anne's. Since the fire, the welders had not "
        "returned to the factory floor."
    )
    other = "The burns were minor and all three welders at St Anne's were recovering well from their injuries."
    assert _denies(negated, other)  # a reply close by may deny by its subject ("The siren did not go" / "sounded")
    assert not _denies(negated, other, subject=False)
    later = (
        "The paint factory in Kessling stays shut after Tuesday's fire. Dr Sami Haddad said the burns were minor and "
        "all three welders at St Anne's were recovering well from their injuries."
    )
    assert topic_brief_of(_FIRE, later).tensions == []


def test_claims_apart_on_what_the_not_denies_still_stand_against_each_other() -> None:
    later = (
        "The paint factory in Kessling reopened after Tuesday's fire. Union steward Sami Haddad said all three "
        "injured welders had returned to the factory floor at St Anne's on Thursday."
    )
    tensions = topic_brief_of(_FIRE, later).tensions
    assert any("Okafor" in t.summary and "Haddad" in t.summary for t in tensions)
