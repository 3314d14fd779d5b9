"""Turn-format tension rules must not pair two people who agree (review 12b): a reply that opens by agreeing, two
accounts that say the same, a "no evidence" answered by someone who denies the link too, a brushing-aside the other
side's own words bear out. One true dispute per rule still pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefs_support import read_report

from digest.briefs.actors import Attribution
from digest.briefs.conflicts import (
    accounts_irreconciled,
    brushed_aside,
    evidence_denied,
    replies_turned,
)
from digest.briefs.sentences import Sentence

Rule = Callable[[Sequence[Sentence], Sequence[Attribution]], list]


def _pairs(text: str, rule: Rule) -> list[str]:
    _usable, context, claims = read_report(text)
    return [row[1] for row in rule(context, claims)]


def test_a_reply_that_agrees_is_no_dispute() -> None:
    text = (
        'Tenant leader Maria Lopez spoke first. Lopez: "The new bus route will help older residents reach the clinic."'
        "\n\nReed replies that he agrees entirely and the route will start in June."
    )
    assert _pairs(text, replies_turned) == []
    text = (
        'Coach Helen Park opened the meeting. Park: "The pitch needs new drainage before the autumn."\n\n'
        "Groundsman Colin Ashby responds: yes, the drainage is overdue and we will fix it this summer."
    )
    assert _pairs(text, replies_turned) == []
    text = (
        'Librarian Nora Bligh began. Bligh: "The archive room floods every winter."\n\n'
        "Caretaker Ivan Roth replies: indeed, the archive room floods whenever the gutters block."
    )
    assert _pairs(text, replies_turned) == []


def test_a_reply_that_disputes_still_pairs() -> None:
    text = (
        'Librarian Nora Bligh began. Bligh: "The archive room floods every winter."\n\n'
        "Caretaker Ivan Roth replies that the archive room has been dry since the new drains went in."
    )
    assert len(_pairs(text, replies_turned)) == 1


def test_one_of_them_meaning_others_reaches_back_for_no_one() -> None:
    text = (
        "Dr Ruth Hale said the bridge was closed on Monday. Engineer Paul Stone also said the bridge was closed on "
        "Monday. Two other witnesses gave different times; one of them is wrong."
    )
    assert _pairs(text, accounts_irreconciled) == []
    text = (
        "Chef Alma Reyes said the freezer failed at midnight. Porter Dan Vole said the freezer failed at midnight. "
        "One of them is wrong."
    )
    assert _pairs(text, accounts_irreconciled) == []


def test_two_accounts_at_odds_still_pair() -> None:
    text = (
        "Chef Alma Reyes said the freezer failed at midnight. Porter Dan Vole said the kitchen lights were on until "
        "dawn and nothing failed. One of them is wrong."
    )
    assert len(_pairs(text, accounts_irreconciled)) == 1


def test_no_evidence_answered_by_one_who_denies_the_link_too() -> None:
    text = (
        "Dr Sam Hunt said the rash was caused by a virus, not by the lake water. "
        "Health officer Lisa Grey said there is no evidence linking the lake water to the rash."
    )
    assert _pairs(text, evidence_denied) == []
    text = (
        "Vet Tara Moss said the cattle sickened from a feed fungus, not from the quarry dust. "
        "Inspector Rob Lane said there was no evidence linking the quarry dust to the sick cattle."
    )
    assert _pairs(text, evidence_denied) == []


def test_no_evidence_against_one_who_asserts_the_link_still_pairs() -> None:
    text = (
        "Vet Tara Moss said the quarry dust made the cattle sick. "
        "Inspector Rob Lane said there was no evidence linking the quarry dust to the sick cattle."
    )
    assert len(_pairs(text, evidence_denied)) == 1


def test_brushing_aside_what_bears_one_out_is_no_dispute() -> None:
    text = (
        "Farmer John Bell said the harvest would be late, whatever the forecast says. "
        'Met Office forecaster Anna Kerr said "the forecast shows rain all week and a late harvest".'
    )
    assert _pairs(text, brushed_aside) == []


def test_brushing_aside_a_contrary_measure_still_pairs() -> None:
    text = (
        "Union rep Kay Dunn said the ward was unsafe, whatever the trust's staffing tool says. "
        'Trust director Leo Fane said staffing "meets our staffing tool at all times".'
    )
    assert len(_pairs(text, brushed_aside)) == 1


def test_a_denial_and_a_short_account_are_not_the_same_words() -> None:
    text = (
        'Site manager Owen Pike told the inquiry that "no complaint about the scaffold was ever made to him". '
        "Roofer Jill Tarn said she complained to him about the scaffold in March. One of them is wrong."
    )
    assert len(_pairs(text, accounts_irreconciled)) == 1
