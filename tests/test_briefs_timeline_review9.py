"""Issue 14, review tl9: the findings in timeline date reading, each tested on sentences of other domains than the
review's probes where one is enough (a housing union, a lender, a ferry line, a school board, a mine).

All sentences are written for these tests; WEDNESDAY is a Wednesday, so "Monday" gone is 19 November, the coming
Monday 26 November, "Friday" gone 16 November and the coming Friday 23 November.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence, article_sentences
from digest.briefs.timeline import _lead_days, date_sentences, resolve, upcoming_entries

WEDNESDAY = date(2046, 11, 21)


def _void(text: str, published: date = WEDNESDAY) -> list[tuple[date, bool]]:
    return [(r.when, r.void) for r in resolve(text, published)]


def _upcoming(text: str, published: date = WEDNESDAY) -> list[date]:
    return [e.when for e in upcoming_entries(article_sentences(0, text, published), published)]


def test_a_bare_due_day_before_a_past_verb_is_gone() -> None:
    """ "Rent due Monday went unpaid": the noun's verb is past, so Monday is the one gone, not a coming deadline."""
    assert WEDNESDAY.weekday() == 2
    assert _void("Rent due Monday went unpaid in thousands of homes, the tenants' union said.") == [
        (date(2046, 11, 19), False)
    ]
    assert _void("Payments due Friday were missed by 4,000 borrowers.") == [(date(2046, 11, 16), False)]
    assert _void("Bonuses due Friday were never paid, the ferry crews said.") == [(date(2046, 11, 16), False)]
    assert (
        _upcoming("Rent due Monday went unpaid in thousands of homes across the city, the tenants' union said.") == []
    )
    # a noun whose verb is still to come keeps the coming day
    assert _void("Figures due Thursday will show how many homes were repossessed.") == [(date(2046, 11, 22), False)]
    assert _void("The payment due Monday will be missed, the lender warned.") == [(date(2046, 11, 26), False)]


def test_is_due_with_a_month_day_just_gone_is_this_year_s() -> None:
    """ "which are due November 12", told on 21 November: a present schedule, the day just gone, not next year's."""
    assert _void("The ballots, which are due November 12, arrived late in three counties.") == [
        (date(2046, 11, 12), False)
    ]
    assert _void("Applications are due November 12 and more than 4,000 were received by then.") == [
        (date(2046, 11, 12), False)
    ]
    assert _void("Results are due Monday, the school board said.")[0][0] == date(2046, 11, 26)


def test_a_modal_perfect_in_another_clause_keeps_the_main_verb_s_day() -> None:
    """ "Talks that could have ended the war collapsed on Monday": the modal is the relative clause's, the talks did
    collapse; so for a first conjunct ("would have cost millions but was called off on Friday")."""
    assert _void("Talks that could have ended the war collapsed on Monday.") == [(date(2046, 11, 19), False)]
    assert _void("Investors who would have lost everything were repaid in full on Friday.") == [
        (date(2046, 11, 16), False)
    ]
    assert _void("Engineers who might have spotted the crack inspected the mine shaft on Monday.") == [
        (date(2046, 11, 19), False)
    ]
    assert _void("Officials who should have been warned earlier evacuated the town on Monday.") == [
        (date(2046, 11, 19), False)
    ]
    assert _void("A ferry that should have been inspected sank on Monday, killing 40.") == [(date(2046, 11, 19), False)]
    assert _void("The ferry strike would have cost millions but was called off on Friday.") == [
        (date(2046, 11, 16), False)
    ]
    # the modal's own verb still voids its day
    assert _void("The trial would have opened in Lisbon on Monday.")[0][1]


def test_an_event_dated_after_another_is_no_milestone() -> None:
    """ "The attack on Monday was two weeks after the ceasefire began" dates an attack; "Sunday is the first
    anniversary" (the day itself the subject) is a milestone."""
    assert _void("The attack on Monday was two weeks after the ceasefire began.") == [(date(2046, 11, 19), False)]
    assert _void("The school board vote on Friday was a year after the merger.") == [(date(2046, 11, 16), False)]
    assert _void("Sunday is the first anniversary of the flood.")[0][1]
    assert _void("Today marks 100 days since the miners were trapped.")[0][1]


def test_a_deadline_that_lapsed_with_consequences_keeps_its_day() -> None:
    """ "passed on Friday with no agreement, triggering 25% tariffs": the lapse is the news of that day."""
    assert _void("The deadline passed on Friday with no agreement, triggering 25% tariffs on steel.") == [
        (date(2046, 11, 16), False)
    ]
    assert _void("The deadline expired on Monday without a deal, and 20,000 nurses walked out.") == [
        (date(2046, 11, 19), False)
    ]
    assert _void("The ultimatum expired on Monday without any statement, the union said.")[0][1]


def test_a_participle_s_day_keeps_the_lead_before_a_later_plan_or_speech_day() -> None:
    """ "The bill, passed on Monday by the Senate, goes to the president, who is expected to sign it on Friday": the
    later day is a plan, so Monday stays the lead's day; so before a day that only says when someone spoke."""
    for text in (
        "The bill, passed on Monday by the Senate, goes to the president, who is expected to sign it on Friday.",
        "The senator, elected on Monday to lead the committee, said on Tuesday she would hold hearings.",
    ):
        dated = date_sentences([Sentence(text, 0, 0, WEDNESDAY)])
        assert not any(d.aside for d in dated), text
        assert _lead_days(dated) == {0: date(2046, 11, 19)}, text


def test_a_progressive_said_on_the_day_is_a_view_not_a_claim() -> None:
    """ "said on Wednesday they were considering the offer" tells no deed; "were holding the crew" does."""

    def claims(text: str) -> list[bool]:
        return [d.claim for d in date_sentences([Sentence(text, 0, 0, WEDNESDAY)])]

    assert claims("The rebels said on Wednesday they were considering the offer.") == [False]
    assert claims("The prosecutor's office said on Wednesday it was reviewing the four-year sentence.") == [False]
    assert claims("The rebels said on Wednesday they were holding the crew.") == [True]
