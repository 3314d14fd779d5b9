"""Tensions in a live-tweet thread, a programme's show notes, a meeting's minutes, a council report and a blog post
(issue 14, tens12 on the twelfth blind set).

One rule per kind, each tested with sentences of its own (a ferry, a school, a reservoir, a bakery, a zoo):

- a thread's post furniture ("· 10:31 AM", "· 2:01 PM · Mar 20, 2052", "4/ ") and a chapter stamp ("22:05 ") part
  turns; "Surname: ..." opens a turn when the reports name that person in full, and "On the 2031 audit: "..."" speaks
  for the person the turn before brings in;
- "X replies that ...", "Cllr X has replied that ...", "X responds: ...", "X on that figure: ..." answer the last turn
  that names its speaker (up to three sentences back), not the same speaker's own;
- "One of them is wrong." sets the two accounts given just before against each other;
- "..., whatever the provider's model says" answers the other side whose own words speak of that model, and "whatever
  the operator tells you" answers that operator or its people only;
- "there is no evidence linking X to Y" answers the nearest other speaker on X, up to four sentences away;
- "nothing to suggest a figure anywhere near that" answers the figure the turn before gave;
- "calls on the Trust to repay ..." and the Trust's own "does not accept liability" are a demand and its refusal;
- a blog's writer ("Posted on ... by") denying a named person's quoted words in the next sentence answers them;
- a report's signed foreword ("Foreword by Cllr X, Cabinet Member for Y "...") is X's, sentence by sentence until the
  quotation closes;
- "Northgate tells us the lifts will be fixed by May. I have no assurance that ..." doubts what Northgate, or one of
  its people, says in its own words; an assurance passed on and not doubted is no tension;
- "They knew for three years and told nobody" charges the account the last other named speaker gave just before,
  from where that speaker's turn opens.
"""

from __future__ import annotations

from briefs_support import read_report

from digest.briefs.conflicts import (
    _post_turns,
    _spoken_turns,
    accounts_irreconciled,
    assurances_doubted,
    brushed_aside,
    demands_refused,
    evidence_denied,
    figures_brushed_off,
    kept_back,
    quoted_words_denied,
    replies_turned,
)

_THREAD = (
    "Nadia Okoro · Education Reporter · @NadiaOkoroEd\n\n"
    "1/ Evening from Brackley Town Hall, where the schools forum is meeting about the Fenwick Road closure. "
    "🧵 · 7:02 PM · Jan 9, 2031\n\n"
    '2/ Head teacher Dr Alan Price opens. Price: "The roof survey says the building is sound. '
    'There is no reason to shut it this year." · 7:06 PM\n\n'
    "3/ Council education lead Sophie Grant, who chairs the Brackley Parents Forum, speaks next. "
    "The council surveyed 14 classrooms, she says, but "
    '"at least 40 pupils a day are being taught in rooms with buckets on the floor". · 7:12 PM\n\n'
    "4/ Price replies that every leaking room has been closed since November and the buckets are in the corridors. "
    "· 7:15 PM\n\n"
    "5/ That's it from me. /end · 7:40 PM"
)


def test_a_threads_post_marks_part_turns() -> None:
    _usable, context, _claims = read_report(_THREAD)
    texts = [t.text for t in _post_turns(context)[0]]
    assert any(t.startswith("Price replies that every leaking room") for t in texts)
    assert not any("7:15 PM" in t or "7:12 PM" in t for t in texts)


def test_a_reply_in_a_thread_answers_the_turn_before_it() -> None:
    _usable, context, claims = read_report(_THREAD)
    found = replies_turned(context, claims)
    assert len(found) == 1
    summary = found[0][1]
    assert summary.startswith("Sophie Grant: “The council surveyed 14 classrooms")
    assert "at least 40 pupils" in summary and "vs. Alan Price: “every leaking room" in summary


def test_a_reply_to_ones_own_turn_is_no_tension() -> None:
    text = (
        'Ferry operator Ian Moss speaks first. Moss: "We will sail the winter timetable as planned."\n\n'
        "Moss replies that the second boat will be back from its refit by March."
    )
    _usable, context, claims = read_report(text)
    assert replies_turned(context, claims) == []


_NOTES = (
    "Harbour Talk · Episode 31 · 4 March 2031 · 40 min\n\n"
    "Chapters\n\n"
    "08:10 The fares. Ferry operator's finance director, Joan Ellery, in a statement to the show: \"Fares have risen "
    'by four per cent this year, no more than inflation."\n\n'
    "12:40 Kofi Mensah, of the island residents' group, responds: the return fare has gone from £18 to £24 since "
    'January, "a third, not four per cent".\n\n'
    '20:05 Ellery on that figure: "The £24 fare is the peak fare. Most islanders pay less."'
)


def test_a_response_in_show_notes_answers_the_statement_before_it() -> None:
    _usable, context, claims = read_report(_NOTES)
    found = {t[1] for t in replies_turned(context, claims)}
    assert any(
        s.startswith("Joan Ellery: “Fares have risen") and "vs. Kofi Mensah: “the return fare" in s for s in found
    )
    assert any(s.startswith("Kofi Mensah: “The return fare") and "vs. Joan Ellery: “The £24 fare" in s for s in found)


def test_a_councillors_reply_answers_what_the_report_sets_out_before() -> None:
    text = (
        "4. Representations received\n\n"
        "4.1 The bakery's owner, Ruth Cairns, has written that the council's rent for the market stall, £90 a week, "
        "is twice what traders pay in the next town. The council froze market rents in 2030; Cllr Dobbs has replied "
        'that "no market in the county charges less, and the stall has been let at that rent since 2027".'
    )
    _usable, context, claims = read_report(text)
    found = replies_turned(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Ruth Cairns: “the council's rent for the market stall, £90 a week")
    assert "vs. Dobbs: “no market in the county charges less" in found[0][1]


def test_one_of_them_is_wrong_sets_the_two_accounts_against_each_other() -> None:
    text = (
        "The zoo's director, Pieter Lund, told me on Friday that \"no keeper ever reported a fault in the enclosure "
        'gate" before the escape. Maya Osei, a keeper there until last year, says she reported it to him in 2029. '
        "One of them is wrong."
    )
    _usable, context, claims = read_report(text)
    found = accounts_irreconciled(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Pieter Lund: “‘no keeper ever reported a fault in the enclosure gate’")
    assert "vs. Maya Osei: “she reported it to him in 2029”" in found[0][1]


def test_whatever_the_other_sides_model_says_answers_that_side() -> None:
    text = (
        "The water company's chief executive, Colin Marsh, said the reservoir \"meets our drought model in every "
        'month of the year".\n\n'
        'Professor Lena Hart, a hydrologist, said: "Four weeks of storage in August is not enough, whatever the '
        "company's model says.\"\n\n"
        "Farmer Tom Reid said the rain had been late this year."
    )
    _usable, context, claims = read_report(text)
    found = brushed_aside(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Lena Hart: “Four weeks of storage in August is not enough, whatever the company's")
    assert "vs. Colin Marsh: “the reservoir" in found[0][1]


def test_whatever_a_named_body_says_answers_that_body_only() -> None:
    text = (
        "Airline pilots' representative Jo Baird said: \"Crews were sent out short-handed twice this month, whatever "
        'Skyline tells passengers."\n\n'
        "Passenger Amir Khan said crews had been kind but short-handed and tired."
    )
    _usable, context, claims = read_report(text)
    assert brushed_aside(context, claims) == []


def test_no_evidence_answers_the_nearest_speaker_on_that_matter() -> None:
    text = (
        'Vet Dr Sara Lind speaks first. Lind: "On what we have, the feed mill is the likely cause of the outbreak." '
        "· 9:14 AM\n\n"
        'The mill has sent a statement. Its manager, Owen Pryce: "There is no evidence at this stage linking the '
        'feed mill to these deaths." · 9:20 AM'
    )
    _usable, context, claims = read_report(text)
    found = evidence_denied(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Sara Lind: “On what we have, the feed mill is the likely cause")
    assert "vs. Owen Pryce: “There is no evidence" in found[0][1]


def test_a_figure_brushed_off_in_the_next_turn_answers_it() -> None:
    text = (
        "5. Repairs. The harbourmaster, Elin Sayer, said the new sea wall would cost in the region of £2.4 million. "
        'Councillor Bryn Evans said the council had seen "nothing to suggest a figure anywhere near that".'
    )
    _usable, context, claims = read_report(text)
    found = figures_brushed_off(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Elin Sayer: “")
    assert "vs. Bryn Evans: “" in found[0][1] and "£2.4 million" in found[0][1]


def test_a_demand_and_the_bodys_refusal_are_a_tension() -> None:
    text = (
        "Cllr Rosa Vint moves the motion: the council calls on the Canal Trust to repair the towpath and to repay the "
        "£12,000 spent on fencing. · 6:10 PM\n\n"
        'Trust engineer Hugh Danes: the Trust "does not accept liability for costs incurred" before the survey. '
        "· 6:14 PM"
    )
    _usable, context, claims = read_report(text)
    found = demands_refused(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Rosa Vint: “the council calls on the Canal Trust to repair the towpath")
    assert "vs. Hugh Danes: “the Trust" in found[0][1]


def test_a_demand_nobody_refuses_is_no_tension() -> None:
    text = (
        "Cllr Rosa Vint moves the motion: the council calls on the Canal Trust to repair the towpath. · 6:10 PM\n\n"
        "Trust engineer Hugh Danes: the Trust will start work in May and will pay for the fencing. · 6:14 PM"
    )
    _usable, context, claims = read_report(text)
    assert demands_refused(context, claims) == []


def test_a_blogs_writer_denying_quoted_words_answers_them() -> None:
    text = (
        "Posted on 3 April 2031 by Karen Holm · Filed under: Bridges\n\n"
        "The engineer in charge, Viktor Sand, does not accept the inspectors' report. "
        'In March he called the cracks "cosmetic surface wear on the deck". '
        "I have now seen the inspectors' photographs, and surface wear does not open a crack two metres long."
    )
    _usable, context, claims = read_report(text)
    found = quoted_words_denied(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Viktor Sand: “cosmetic surface wear on the deck” vs. Karen Holm: “I have now seen")


_FOREWORD = (
    "CABINET — 3 June 2031\n\n"
    "Tower blocks: repairs update Key decision: No · Wards affected: Eastfield Foreword by Cllr Anya Brook, Cabinet "
    'Member for Housing "The lifts at Kestrel House have now been out of action for six weeks. '
    "Our priority is every tenant who cannot manage the stairs. "
    "Northgate Homes tells us the lifts will be working again by the end of May. "
    'I have no assurance that the parts have even been ordered, and nor, I suspect, has Northgate."\n\n'
    "1. Purpose\n\n"
    "1.1 To update Cabinet on repairs at Kestrel House.\n\n"
    "Northgate's chief executive, Lionel Marsh, said in a statement: \"The lifts will be back in service by the end "
    'of May, and every tenant will be told the date."'
)


def test_a_signed_foreword_speaks_until_its_quotation_closes() -> None:
    _usable, context, claims = read_report(_FOREWORD)
    rows = _spoken_turns(context, claims)[0]
    said = [(t.text[:30], who[0] if who else None) for t, who in rows]
    assert ("Our priority is every tenant w", "Anya Brook") in said
    assert ("I have no assurance that the p", "Anya Brook") in said
    assert all(who is None for t, who in rows if t.text.startswith("To update Cabinet"))


def test_an_assurance_passed_on_and_doubted_answers_that_sides_own_words() -> None:
    _usable, context, claims = read_report(_FOREWORD)
    found = assurances_doubted(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Lionel Marsh: “The lifts will be back in service by the end of May")
    assert "vs. Anya Brook: “Northgate Homes tells us the lifts will be working again" in found[0][1]
    assert "I have no assurance" in found[0][1]


def test_an_assurance_passed_on_and_not_doubted_is_no_tension() -> None:
    text = _FOREWORD.replace("I have no assurance that the parts have even been ordered", "The parts have been ordered")
    _usable, context, claims = read_report(text)
    assert assurances_doubted(context, claims) == []


def test_two_bodies_figures_the_writer_cannot_reconcile_show_who_speaks_for_each() -> None:
    text = (
        "Brightwater Ferries states that it owes the harbour board about £2 million in dues. The Harbour Board, in its "
        "annual accounts, puts the sum at £5.3 million. We have not been able to reconcile the two figures.\n\n"
        'Brightwater\'s managing director, Olga Berg, said: "We pay what we owe, and we always have."\n\n'
        "The Harbour Board's chair, Duncan Reith, said the dues were set out in every invoice since 2029."
    )
    _usable, context, claims = read_report(text)
    found = accounts_irreconciled(context, claims)
    assert len(found) == 1
    summary = found[0][1]
    assert summary.startswith("Brightwater Ferries (Olga Berg): “it owes the harbour board about £2 million")
    assert (
        "vs. Harbour Board (Duncan Reith): “The Harbour Board, in its annual accounts, puts the sum at £5.3" in summary
    )


def test_a_pledge_to_accept_whatever_a_count_shows_brushes_nothing_aside() -> None:
    text = (
        "Candidate Mia Rowe said she would challenge 200 ballots, a week after pledging to accept whatever the "
        "audit showed.\n\n"
        "The county clerk, Omar Haddad, said the audit had found every ballot in order."
    )
    _usable, context, claims = read_report(text)
    assert brushed_aside(context, claims) == []


def test_a_writer_granting_the_quoted_point_does_not_deny_it() -> None:
    text = (
        "Started by Rhona Bell\n\n"
        'The ranger, Calum Moir, says the deer "are stripping the young birch faster than it can grow". '
        "I don't doubt that the young birch matters to the glen, and deer do strip it."
    )
    _usable, context, claims = read_report(text)
    assert quoted_words_denied(context, claims) == []


def test_a_charge_of_keeping_it_back_answers_the_account_given_just_before() -> None:
    text = (
        "Mine manager Petra Holm is here in person. "
        'On the 2028 report: "That was a report on the tailings dam, not on the river. '
        'It was sent to the regulator at the time." · 7:20 PM\n\n'
        'Angler Joe Briggs, from the back of the hall: "They knew for three years and told nobody." · 7:22 PM'
    )
    _usable, context, claims = read_report(text)
    found = kept_back(context, claims)
    assert len(found) == 1
    assert found[0][1].startswith("Petra Holm: “On the 2028 report: That was a report on the tailings dam")
    assert "Joe Briggs: “They knew for three years and told nobody" in found[0][1]
