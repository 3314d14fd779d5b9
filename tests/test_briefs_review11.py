"""Tension and Why-it-matters lines a review of issue 14's rules found false or lost (review tn11), one test each.

Each rule added for the blind sets stays (tests/test_briefs_kinds9b.py); these tests pin where it must not reach.
"""

from __future__ import annotations

from briefs_support import topic_brief_of


def _tensions(*texts: str) -> list[str]:
    return [t.summary for t in topic_brief_of(*texts).tensions]


# 1. A rebuttal that names its target answers that target, not the speaker just before.


def test_a_rebuttal_at_a_named_person_pairs_with_that_person() -> None:
    found = _tensions(
        "Finance minister Raj Patel defended the budget on Tuesday. "
        'Opposition leader Kate Moss said the budget was "a disgrace" that would hurt the poorest. '
        'Deputy finance minister Sam Tate told reporters the budget "protects the poorest families". '
        "Patel hit back at Moss, saying the cuts fell on the richest tenth."
    )
    assert any("Patel" in t and "Moss" in t.split("vs.")[-1] for t in found), found
    assert not any("Tate" in t for t in found), found


def test_a_rebuttal_is_not_paired_with_a_journalist_reporting_just_before() -> None:
    found = _tensions(
        "Finance minister Raj Patel defended the budget on Tuesday. "
        'Opposition leader Kate Moss said the budget was "a disgrace" that would hurt the poorest. '
        'BBC political editor Chris Mason told viewers the row "will not go away this week". '
        "Finance minister Raj Patel hit back, saying the cuts fell on the richest tenth."
    )
    assert not any("Mason" in t for t in found), found


# 2. "No X had ..." is answered only by a count of harm to the same group in the same matter.


def test_a_no_harm_claim_and_a_review_finding_none_harmed_are_no_tension() -> None:
    found = _tensions(
        "St Luke's Hospital said no patients had come to harm as a result of the delayed scans. "
        "The hospital has apologised to families.",
        "An independent review published on Friday backed the hospital's account. "
        "Of the 14 patients whose scans were delayed, none had come to harm, the review found.",
    )
    assert found == [], found


def test_a_no_harm_claim_and_a_count_from_an_unrelated_event_are_no_tension() -> None:
    found = _tensions(
        "Train operator Coastline Rail said no passengers were seriously injured when a train hit a fallen tree near "
        "Dawlish on Monday. The line was closed for six hours.",
        "Engineers cleared the line at Dawlish by Monday evening. Last year, in an unrelated crash at Cowley Bridge, "
        "four passengers were seriously injured when a train derailed in floodwater. "
        "Coastline Rail said services would run normally on Tuesday.",
    )
    assert not any("Cowley" in t for t in found), found


# 3. An office's answer needs an opposite claim on the same matter, not just a different negation.


def test_an_office_saying_the_same_thing_without_the_negation_is_no_tension() -> None:
    for text in (
        "Health minister Tom Ray said the Royal Infirmary would not close. Prime Minister Ann Lowe's office said the "
        "infirmary's future was secure and that its funding would rise next year. "
        "Campaigners have marched against cuts for a month.",
        "Housing minister Joan Price said the government had not cut the building budget. Prime Minister Ann Lowe's "
        "office said the government has increased the building budget by 8% this year.",
        "Senator Ann Ray said the water bill would pass this week. Governor Tom Ode's office said he did not expect "
        "any delay to the water bill.",
    ):
        found = _tensions(text)
        assert not any("office" in t for t in found), (text, found)


# 4. "We were told X" against the other side confirming X is agreement.


def test_we_were_told_what_the_other_side_confirms_is_no_tension() -> None:
    found = _tensions(
        "Parents at Hillside Primary say they were kept in the dark about the roof repairs. "
        'Parent Lucy Marsh said: "We were told the school would reopen after the half-term break." '
        "Head teacher Ann Ruiz said the school would reopen after the half-term break, as planned. "
        "The council is paying for the repairs."
    )
    assert found == [], found


# 5. A stake phrased as a question put keeps its stake in Why it matters.


def test_a_question_that_names_what_it_would_cost_stays_why_it_matters() -> None:
    why = [
        s.text
        for s in topic_brief_of(
            "Ryanair has asked whether it can close its Glasgow base, which would cost 300 jobs. "
            "The airline lost £300m last year. Its planes are 12 years old on average."
        ).why_it_matters
    ]
    assert any("300 jobs" in w for w in why), why


def test_a_question_whether_a_rule_would_put_boats_out_of_business_stays_why_it_matters() -> None:
    why = [
        s.text
        for s in topic_brief_of(
            "Fishing crews asked ministers whether the new quota would put 40 boats out of business and threaten the "
            "future of the harbour. The quota starts in January. The harbour has 60 boats."
        ).why_it_matters
    ]
    assert any("out of business" in w for w in why), why


# 6. A figure judged by "she" is credited to who "she" is, not to the last claimant.


def test_a_figure_judged_by_she_is_not_credited_to_the_figures_owner() -> None:
    found = _tensions(
        "Board chair Ian Roe said hospital waiting lists had fallen to 2,800. "
        "Dr Ann Lee has run the Vale clinic for 20 years. "
        "She said the board's own figure of 3,100 was far too low. "
        '"We see 4,000 people waiting," she said.'
    )
    assert not any(t.startswith("Ian Roe said the board") for t in found), found
    assert all("vs." in t for t in found), found


# 7. "We believe ..., X said" is X's own view, continuing the same side.


def test_we_believe_with_its_own_attribution_is_no_answer() -> None:
    for text in (
        "Northwind Airlines said it would add 12 new routes from Leeds next summer. We believe the new routes will "
        "bring 400 jobs to the region, chief executive Mia Lund said. The airline flies to 40 cities.",
        "Museum director Ann Lee said the Hollis Museum would reopen in the spring after repairs to its roof. "
        "We think the spring is realistic, she added. The museum has been shut since March.",
        "The Royal College of Nursing says nurses should get a 10% pay rise. We believe the rise would help keep "
        "nurses in the health service, the college's general secretary Pat Cullen said. Talks resume next week.",
    ):
        found = _tensions(text)
        assert found == [], (text, found)


# 8. "Few ... disagree", a narrative sentence, a capitalised word before an -s verb, "not accept ... until".


def test_few_disagree_is_agreement() -> None:
    found = _tensions(
        "Central bank governor Ann Holt said inflation would fall below 3% by the spring. Few economists disagree. "
        "Prices rose 4% last year."
    )
    assert found == [], found


def test_a_capitalised_word_before_a_verb_in_s_is_no_speaker() -> None:
    found = _tensions(
        "Attendance was down at the Westford show this year. "
        '"It\'s been the worst year I can remember," she says. Club chair Ray Dunn disagrees. '
        "The show has run since 1890."
    )
    assert not any("Attendance:" in t for t in found), found


def test_withholding_judgement_until_data_is_published_is_no_dispute() -> None:
    found = _tensions(
        "The Met Office said rainfall in March was the highest since records began. Farmers' leader Tom Fry said he "
        "would not accept the figures until the full data was published."
    )
    assert found == [], found


def test_a_bare_disagreement_after_a_narrative_sentence_answers_nothing() -> None:
    found = _tensions(
        "The council voted on Tuesday to close Ashby library. Councillor Ann Bell opened the new leisure centre on "
        "Monday. Librarian Tom Fry disagrees."
    )
    assert not any("leisure centre" in t for t in found), found


# 9. A demand "not ... as originally planned / as she had promised" has no other side.


def test_a_demand_against_an_earlier_plan_or_her_own_promise_is_no_tension() -> None:
    for text in (
        "Maria Lopez, the head teacher, wants the science block finished by September, not next spring as "
        "originally planned.",
        "Jean McAra, the parish councillor, wants the library open every day, not twice a week as she had promised "
        "voters.",
    ):
        found = _tensions(text)
        assert found == [], (text, found)


# 10. Praise, a person against herself, and a no-comment are no tension.


def test_a_word_taken_up_as_putting_it_mildly_is_agreement() -> None:
    found = _tensions(
        'By Ann Kerr. The sports minister called the new stadium deal "a good result for fans". Good is putting it '
        "mildly: it is the best deal any club in the league has signed in a decade. The deal runs for ten years."
    )
    assert found == [], found
    found = _tensions(
        'The culture secretary called the deal "a sensible, lawful solution". "Sensible is putting it mildly," said '
        "Dana Mills, the culture secretary. The deal was signed on Monday."
    )
    assert found == [], found


def test_a_no_comment_in_a_call_transcript_is_no_disagreement() -> None:
    for text in (
        "Analyst (Tom Ardagh, Fellows & Pike): On the regulator's suggestion that roaming fees be capped - how would "
        "that affect Kestrel? Ruth Kemp: I'm not going to comment on the detail of the consultation, but we support a "
        "cap.",
        "Analyst (Tom Ardagh, Fellows & Pike): On the newspaper's suggestion that you are in merger talks with "
        "Vodacell - is there anything you can say? Ruth Kemp: I'm not going to comment on market speculation.",
    ):
        found = _tensions(text)
        assert found == [], (text, found)


# 11. A time word that is the matter itself is kept.


def test_two_speakers_differing_on_this_year_answer_each_other() -> None:
    found = _tensions(
        'Opposition leader Kay Dunn said the election "will not happen this year". '
        "Prime Minister Tom Platt said voters would go to the polls this year."
    )
    assert any("Dunn" in t and "Platt" in t for t in found), found
