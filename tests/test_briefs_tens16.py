"""Tensions in the formats of a fact-check column, a bulletin and a transcript (issue 14, tens16).

One rule per kind, each tested with sentences of its own (a hospital, a ferry, a festival):

- a fact-check's claim, by the named side that made it, stands against the checker's verdict when the verdict goes
  against it ("False", "Misleading", "Unproven", "Not ..."), with a named person the check says spoke otherwise as its
  reason; a verdict that upholds the claim ("Accurate", "A fair question") is no tension;
- a clock time ("17:00") or a part of a number ("No. 4/2031") is no rival figure;
- a column's or a transcript's headings made of common words ("VERDICT:", "HOW WE CHECK:") are no named side;
- a speaker the report brings in against the last ("X, the trust's director, defended the plan.") answers a critic up
  to four sentences back, on a matter both speak of; one brought in otherwise does not;
- "says that is "simply not what the lease says"" answers a statement put out just before ("put out a statement
  saying ...").
"""

from __future__ import annotations

from briefs_support import claim_pair, read_report

from digest.briefs.conflicts import checked_claims, compared_figures, prior_rejected
from digest.briefs.extractive import _answers, _format_labels
from digest.briefs.sentences import every_sentence

_CHECK = (
    "HEALTHCHECK\n\nChecking the claims in the news.\n\n"
    'CLAIM: "Waiting lists at the county hospital have halved since January." — Gareth Olsen, health minister, '
    "in a speech on 3 March.\n\n"
    "VERDICT: False.\n\n"
    "The hospital's own monthly figures show the list grew from 8,200 to 9,100 over the same months. "
    "Dr Priya Nair of the Royal College of Nursing says the list has grown every month this year.\n\n"
    'CLAIM: "Night shifts on the wards are fully staffed." — Carla Mendes, the hospital\'s chief nurse.\n\n'
    "VERDICT: Accurate.\n\n"
    "Rotas we have seen show every night shift filled since February.\n\n"
    "HOW WE CHECK: We contact the person who made the claim and publish the verdict with our reasons."
)


def test_a_checked_claim_stands_against_a_verdict_that_goes_against_it() -> None:
    context = every_sentence(0, _CHECK, None)
    found = checked_claims(context, ["Healthcheck"])
    assert len(found) == 1
    summary = found[0][1]
    assert summary.startswith("Gareth Olsen: “Waiting lists")
    assert "Healthcheck (verdict: False)" in summary and "Priya Nair" in summary


def test_a_verdict_that_upholds_the_claim_is_no_tension() -> None:
    context = every_sentence(0, _CHECK, None)
    assert not any("Mendes" in t[1] for t in checked_claims(context, ["Healthcheck"]))
    text = (
        'CLAIM: "Ferry fares rose by a tenth this spring." — Ines Wold, the ferry company.\n\n'
        "VERDICT: A fair question, not a fact.\n\n"
        "The fare tables show no change since last year."
    )
    assert checked_claims(every_sentence(0, text, None), ["Portwatch"]) == []


def test_the_claimants_own_camp_answering_is_no_other_side() -> None:
    text = (
        'CLAIM: "The ferry never sailed above its limit of 300 passengers." — Ines Wold, Nordline Ferries.\n\n'
        "VERDICT: Misleading.\n\n"
        'Nordline Ferries told us on Friday that its count was "an estimate". '
        "Harbour records show 340 passengers boarded on the night."
    )
    found = checked_claims(every_sentence(0, text, None), ["Portwatch"])
    assert len(found) == 1 and "Harbour records show 340" in found[0][1]


def test_a_clock_time_is_no_rival_figure() -> None:
    one = 'Festival director Aino Salo said: "We have sold 40 stalls, not the 12 the council publishes."'
    other = "BULLETIN No. 4/2031 Issued: Friday 3 May, 12:30. Stalls let to date: 12."
    _usable, context, claims = read_report(one)
    later = [s.__class__(s.text, 1, s.position, None) for s in every_sentence(1, other, None)]
    found = compared_figures([*context, *later], claims)
    assert found and all("12:30" not in t[1] for t in found)
    assert any("Stalls let to date: 12" in t[1] for t in found)


def test_a_columns_headings_are_no_named_side() -> None:
    transcript = (
        "ANNA KOWALSKA: The festival lost money this year.\n\n"
        "CALLER (TOM, RIVERSIDE): I went every day.\n\n"
        "VERDICT: Unproven.\n\nHOW WE CHECK: We publish the verdict and how we check it, with the caller's name."
    )
    labels = _format_labels([transcript])
    assert {"verdict", "how we check", "caller"} <= labels
    assert "anna kowalska" not in labels


def test_a_speaker_brought_in_to_defend_answers_a_critic_a_few_sentences_back() -> None:
    text = (
        "The trust plans to move the maternity unit to the city hospital in June. "
        "Midwife Ruth Okafor, who has worked on the unit for twenty years, is not convinced. "
        '"Moving the maternity unit forty miles would be dangerous," she told the Courier. '
        '"A mother in labour cannot wait an hour for an ambulance. Nobody who has worked here would sign up to that." '
        "The trust has not said how many midwives would move with the unit. "
        "Dr Ana Ruiz, the trust's medical director, defended the plan. "
        '"The maternity unit will have its own ambulance on call, not a shared one. Every mother will be seen within '
        'the hour," she said.'
    )
    a, b, by_place = claim_pair(text, "Okafor", "Ruiz")
    assert _answers(a, b, by_place)


def test_a_speaker_a_few_sentences_on_without_being_set_against_answers_nothing() -> None:
    text = (
        "The trust plans to move the maternity unit to the city hospital in June. "
        "Midwife Ruth Okafor, who has worked on the unit for twenty years, is not convinced. "
        '"Moving the maternity unit forty miles would be dangerous," she told the Courier. '
        '"A mother in labour cannot wait an hour for an ambulance. Nobody who has worked here would sign up to that." '
        "The trust has not said how many midwives would move with the unit. "
        "Dr Ana Ruiz, the trust's medical director, spoke at the open day. "
        '"The maternity unit will have its own ambulance on call, not a shared one. Every mother will be seen within '
        'the hour," she said.'
    )
    a, b, by_place = claim_pair(text, "Okafor", "Ruiz")
    assert not _answers(a, b, by_place)


def test_not_what_the_record_says_answers_a_statement_just_before() -> None:
    text = (
        "The marina says the slipway is its own to sell. "
        "Cllr Dana Whitlock put out a statement on Sunday saying the 1921 lease "
        '"ended when the harbour trust was wound up in 1968". '
        'Harbourmaster Jonas Feld says that is "simply not what the lease says".'
    )
    _usable, context, claims = read_report(text)
    found = prior_rejected(context, claims)
    assert any("Feld" in t[1] and "Whitlock" in t[1] for t in found)


_THREAD = (
    "Harbourside Residents · Public group · 900 members ADMIN POST · Ola Brandt · Friday at 09:10 · Pinned "
    "The ferry company wants to cut the winter timetable. Its manager Ivo Lund told the Gazette the crossing takes "
    '"20 minutes, door to door".\n\n'
    "Comments\n\n"
    "Mia Kask · Will the early boat still run on Sundays? · Like · Reply · 2h "
    "Tarek Haddad · Speaking as a skipper on that route for ten years: the company's timetable says 20 minutes. "
    "With the winter swell and the extra stop it is closer to forty minutes. · Like · Reply · 1h"
)


def test_a_threads_commenters_speak_their_own_comments_not_the_post() -> None:
    from digest.briefs.extractive import _comment_claims

    claims = _comment_claims(every_sentence(0, _THREAD, None))
    by = {c.actor for c in claims}
    assert "Tarek Haddad" in by and "Mia Kask" in by
    assert not any("Ivo Lund" in c.claim for c in claims)  # the admin post reports others: no comment of its author
    assert all("Like" not in c.claim and not c.claim.startswith("Speaking as") for c in claims)


def test_a_figure_set_closer_to_than_another_sides_is_a_tension() -> None:
    from digest.briefs.conflicts import closer_than_said
    from digest.briefs.extractive import _comment_claims

    found = closer_than_said(_comment_claims(every_sentence(0, _THREAD, None)))
    assert len(found) == 1 and found[0][1].startswith("Tarek Haddad: “the company's timetable says 20 minutes")
    _usable, _context, claims = read_report('Skipper Tarek Haddad said: "The crossing takes 20 minutes, and it is 20."')
    assert closer_than_said(claims) == []


def test_a_sum_is_no_count_of_places() -> None:
    from digest.briefs.conflicts import _same_unit

    assert not _same_unit("£", "?", True, "Half their £9,500 sum was the sale of the hall", "room for 25 more, not 40")
    assert _same_unit("people", "?", True, "about 3,000 people marched", "organisers put the number at 8,000")


def test_a_persons_own_estimate_of_a_sum_against_another_sides_sum_beside_it() -> None:
    from digest.briefs.conflicts import figures_put_against

    text = (
        "The rowing club wants to rebuild its boathouse this summer. "
        'Its treasurer, Lena Voss, put the figure "closer to €90,000 once you count the new slipway". '
        "Riverton Council says the €40,000 grant covers everything."
    )
    found = figures_put_against(every_sentence(0, text, None))
    assert len(found) == 1 and "Lena Voss" in found[0][1] and "€40,000" in found[0][1]
    same = text.replace("€40,000", "€85,000")
    assert figures_put_against(every_sentence(0, same, None)) == []  # within a fifth: no dispute


def test_a_demand_against_the_offer_told_next() -> None:
    from digest.briefs.conflicts import demands_and_offers

    text = (
        "Fishermen's leader Sean Doyle was on the line. "
        "The council now says it will talk about compensation for the closed harbour. "
        'Doyle said: "We have asked for €300 a boat per week of closure." '
        "They've offered €60."
    )
    _usable, context, claims = read_report(text)
    found = demands_and_offers(context, claims)
    assert len(found) == 1 and found[0][1].startswith("Sean Doyle: “We have asked for €300")
    assert "The council's offer" in found[0][1]


def test_a_studys_count_against_another_sides_in_one_sentence() -> None:
    from digest.briefs.conflicts import counted_where

    text = (
        "Dr Lotte Maas's 2030 census, which found 120 nesting pairs where the ministry counted 300, was sent to the "
        "committee. "
        "Dr Lotte Maas's census, which found 120 nesting pairs where the ministry counted 125, is online."
    )
    found = counted_where(every_sentence(0, text, None))
    assert len(found) == 1 and "120 nesting pairs where the ministry counted 300" in found[0][1]


def test_a_petitions_writer_answers_what_a_named_person_said_with_a_but() -> None:
    from digest.briefs.conflicts import writers_answers

    text = (
        "Save the Linden Avenue trees\n\n"
        "Started by Hanna Berg · To: the city council · 812 have signed\n\n"
        "The city wants to fell forty lime trees on Linden Avenue to widen the road. "
        "Councillor Piet Aalders, who chairs the transport board, said on Monday that the trees "
        "block the view of the junction. "
        "I know the junction is busy. "
        "But the trees are why the avenue stays cool in July, and they block nothing a mirror cannot fix.\n\n"
        "Yours sincerely, Hanna Berg"
    )
    found = writers_answers(every_sentence(0, text, None))
    assert len(found) == 1 and found[0][1].startswith("Piet Aalders: “Councillor Piet Aalders")
    assert "vs. Hanna Berg: “But the trees" in found[0][1]
    unsigned = text.replace("Started by Hanna Berg · ", "").replace("Yours sincerely, Hanna Berg", "")
    assert writers_answers(every_sentence(0, unsigned, None)) == []


def test_a_turn_answering_a_named_members_point_stands_against_that_members_words() -> None:
    from digest.briefs.conflicts import points_answered

    text = (
        "Record of the City Council\n\n"
        "Anna Holt (Riverside) (Labour): I thank the clerk. "
        "The depot has flooded three times this winter. "
        "I ask the mayor to move the bus depot before the spring tides.\n\n"
        "The Mayor (Ivo Lund): I thank Ms Holt. "
        "On Ms Holt's point about the bus depot, the engineers' advice to me is that the new walls will hold. "
        "On Mr Brandt's point about parking, we will consult."
    )
    found = points_answered(every_sentence(0, text, None))
    assert len(found) == 1
    assert found[0][1].startswith("Ivo Lund: “On Ms Holt's point about the bus depot")
    assert "vs. Anna Holt: “I ask the mayor to move the bus depot" in found[0][1]


def test_an_open_questions_clause_takes_no_side() -> None:
    from digest.briefs.extractive import _OPEN_ONLY

    assert _OPEN_ONLY.match("Whether the ferry brings its boats back to Oban.")
    assert not _OPEN_ONLY.match("If the ferry stops, the island empties, and nobody will come back.")


def test_a_campaign_and_the_person_who_launched_it_are_one_side_shown_together() -> None:
    from digest.briefs.conflicts import affiliated
    from digest.briefs.extractive import _shown

    text = (
        "Keep Lindholm Pool Open, the campaign launched on Friday by swimmer Ann Bell, says the repairs would cost "
        "closer to £200,000. "
        'Councillor Jon Dale called that figure "wishful". '
        'Ann Bell called his "a number chosen to shut a pool".'
    )
    _usable, context, claims = read_report(text)
    assert affiliated("Ann Bell", "Keep Lindholm Pool Open", context)
    assert not affiliated("Jon Dale", "Keep Lindholm Pool Open", context)
    campaign = next(c for c in claims if c.actor == "Keep Lindholm Pool Open")
    assert _shown(campaign) == "Keep Lindholm Pool Open (Ann Bell)"
