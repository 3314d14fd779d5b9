"""Kinds of tension (and of no tension) the brief rules got wrong on the blind sets, one rule per kind.

Each rule covers a kind of construction, not a phrase of the set it was found on, so the tests use sentences of their
own from domains no planted set covers (a school roof, a ferry timetable, a zoo, a bridge, an orchestra, a ski lift):

- a rebuttal ("hit back", "rejected that") answers the sentence just before it: when that sentence reports another
  person saying something, that person is the other side, not an earlier speaker further back;
- an unnamed spokesperson speaking right after a report names a body speaks for that body: one side, not two;
- when a side spoke ("Last week I said ...", "this morning") is no matter two claims share; how long something
  takes ("within a week" / "three weeks") is;
- two claims already set against each other in a tension shown are not shown again as a second one;
- a side's own word for something taken up a sentence or two later and judged wrong ("called the stand "a bold,
  affordable design" ... Affordable is a stretch"), by a quoted speaker or by the author who signs the piece;
- an answer to what was just said in forms the blind sets' minutes, reports and features use: "did not recognise that
  figure", "said that was simply not what was happening", "X disagrees."; the side answered is who the sentence
  before names at its head (a body's people, a person before "of the ..."), or who a quotation's "she says" refers
  to;
- claims rejected with their source set off by commas ("rejected claims, first reported by the Herald, that ..."),
  and the denying side's grounds said next (its own quotation, or a body's "It says ...");
- another side's figure named and judged ("the board's own figure of 3,100 was far too low"), with the speaker's own;
- a side's demand set against what another offered ("wants a ferry every day, not twice a week as the council has
  offered");
- a side's "no patient had come to harm" against a count of patients who had come to harm in a later source;
- a claim put in a call transcript's question by naming its owner's claim ("Analyst (Name, Firm): On the union's
  claim that ... - can you say anything about that?") and not accepted in the answer ("I'm not going to comment on
  ...");
- a side saying it "was told" what the other side's own words say ("we were told it was somebody else's survey");
- a body's stated position answered in the next sentence by the report's own "We believe ...";
- a claim answered in the next sentence by another person's office with the opposite polarity ("X's office said the
  government "has done everything ..."" after "had "not sent one penny"").

And in Why it matters, a question someone put ("Cllr Lusk asked what the bypass would cost") is no stake.
"""

from __future__ import annotations

from briefs_support import claim_pair, no_similarity, read_report, topic_brief_of

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import (
    affiliated,
    demands_against_offers,
    denials,
    figures_judged,
    labels_disputed,
    none_then_some,
    offices_answer,
    positions_answered_by_we,
    prior_rejected,
    put_in_question,
    rebuttals,
    tensions,
    told_back,
)
from digest.briefs.extractive import _answers
from digest.briefs.sentences import article_sentences, every_sentence


def _brief_tensions(*texts: str) -> list[str]:
    return [t.summary for t in topic_brief_of(*texts).tensions]


# --- A rebuttal answers the sentence just before it.


def test_a_rebuttal_answers_the_speaker_reported_just_before_not_an_earlier_one() -> None:
    text = (
        "The roof of Kelder Primary has leaked for three winters. "
        'Parent Sian Whitlow said: "We have stopped sending our children in when it rains." '
        'Education minister Paul Tregear told the assembly the school "has no case" for emergency money. '
        'Councillor Jo Maddox hit back: "No case? The water runs down the walls of two classrooms."'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in rebuttals(context, claims)]
    assert any("Maddox" in t and "Tregear" in t for t in found), found
    assert not any("Maddox" in t and "Whitlow" in t for t in found), found


def test_a_rebuttal_right_after_the_claim_it_answers_keeps_that_claim() -> None:
    text = (
        "The ferry timetable changes on Monday. "
        'Operator chief Lena Marsh said the new timetable "adds two sailings a day". '
        "Islanders' spokesman Colm Reid rejected that, saying the early boat had been cut."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in rebuttals(context, claims)]
    assert any("Reid" in t and "Marsh" in t for t in found), found


# --- An unnamed spokesperson right after a body is that body's side.


def test_an_unnamed_spokeswoman_speaking_after_the_body_is_named_is_that_bodys_side() -> None:
    text = (
        "Keepers say the zoo ignored warnings about the enclosure fence. "
        "The Harwick Zoological Society rejects that. "
        "A spokeswoman said the fence had been inspected in March and passed."
    )
    _usable, context, _claims = read_report(text)
    assert affiliated("A spokeswoman", "Harwick Zoological Society", context)


def test_an_unnamed_spokesman_after_another_body_is_not_made_that_bodys() -> None:
    text = (
        "The Harwick Zoological Society says the fence passed its inspection. "
        "Keepers at the zoo tell a different story. "
        "The union met on Tuesday. "
        "A spokesman for the keepers said the inspection took ten minutes."
    )
    _usable, context, _claims = read_report(text)
    assert not affiliated("A spokesman", "Harwick Zoological Society", context)


def test_a_body_and_its_spokeswoman_saying_the_same_thing_are_no_tension() -> None:
    found = _brief_tensions(
        "Skiers say the Hollin lift was never checked before it jammed. "
        'Instructor Mara Quell said: "Nobody inspected that cable this season." '
        "The Hollin Lift Company rejects that. "
        "A spokeswoman said the cable had been inspected on 2 December and signed off. "
        '"The cable was inspected. We have the certificate," the Hollin Lift Company said.'
    )
    assert not any("Hollin Lift Company" in t and "A spokeswoman" in t and "Quell" not in t for t in found), found


# --- When a side spoke is no shared matter; a duration is.


def test_two_speakers_who_only_share_when_they_spoke_do_not_answer_each_other() -> None:
    text = (
        "The Tarrow bridge stays shut to lorries. "
        'Engineer Petra Voss said: "The bearings will be replaced within the week." '
        'Haulier Dean Rudd said: "Last week I said we would wait. This week I am not so patient."'
    )
    a, b, by_place = claim_pair(text, "Voss", "Rudd")
    assert not _answers(a, b, by_place)


def test_two_speakers_who_differ_on_how_long_it_takes_answer_each_other() -> None:
    text = (
        "The orchestra's hall is closed for repairs. "
        'Manager Ines Falk said the repairs "will be done within a week". '
        'Stagehand Tom Brack said: "Nobody rigs a stage like that in a week."'
    )
    a, b, by_place = claim_pair(text, "Falk", "Brack")
    assert _answers(a, b, by_place)


# --- The same two claims are not shown twice.


def test_two_claims_already_set_against_each_other_are_shown_once() -> None:
    found = _brief_tensions(
        "The pool at Dunmere closed after a chlorine leak on Friday. "
        'Lifeguard Ana Prieto said: "Nobody told us the pump had failed before." '
        "The leisure trust disputes this. "
        'A trust spokesperson said the pump "had been replaced in May and passed every check since".'
    )
    prieto = [t for t in found if "Prieto" in t and "pump" in t]
    assert len(prieto) <= 1, found


def test_the_tension_finder_pairs_a_rebuttal_with_the_speaker_just_before() -> None:
    text = (
        "The Kelder Primary roof leaks. "
        'Parent Sian Whitlow said: "We keep the children home when it rains." '
        'Education minister Paul Tregear told the assembly the school "has no case" for emergency money. '
        'Councillor Jo Maddox hit back: "No case? The water runs down the walls of two classrooms."'
    )
    usable, context, claims = read_report(text)
    found = [t[0] for t in tensions(usable, claims, no_similarity, k=5, context=context)]
    assert any("Maddox" in t and "Tregear" in t for t in found), found


# --- A side's word taken up and judged wrong.


def test_a_word_of_a_sides_description_judged_a_stretch_by_the_signed_author_is_a_tension() -> None:
    text = (
        "By Nadia Ferro\n\nI have watched Carrow Park for thirty years. "
        'Club chairman Ivo Brandt called the new stand "a bold, affordable design". It is bold. '
        "Affordable is a stretch, when the bill has doubled to 40 million pounds. "
        "Nadia Ferro is a former club director."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in labels_disputed(context, claims)]
    assert any("Ivo Brandt" in t and "Nadia Ferro" in t and "Affordable is a stretch" in t for t in found), found


def test_a_word_judged_not_the_right_one_by_a_quoted_speaker_is_their_side() -> None:
    text = (
        'The mayor called the night-bus plan "a fair deal for the suburbs". '
        '"Fair is not the word I would use," said councillor Rita Oduya, whose ward loses two routes.'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in labels_disputed(context, claims)]
    assert any("The mayor" in t and "Oduya" in t for t in found), found


def test_a_word_asked_back_and_answered_hardly_is_judged_wrong() -> None:
    text = (
        "By Tomas Lindqvist\n\nThe rescue package for the ski resorts was announced on Friday. "
        'Tourism minister Petra Holm described the package as "generous". '
        "Generous? Hardly. It covers one month of lost bookings."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in labels_disputed(context, claims)]
    assert any("Petra Holm" in t and "Tomas Lindqvist" in t for t in found), found


def test_a_word_taken_up_to_agree_is_no_tension() -> None:
    text = (
        "By Nadia Ferro\n\nI have watched Carrow Park for thirty years. "
        'Club chairman Ivo Brandt called the new stand "a bold, affordable design". '
        "Bold it certainly is, and the fans will love it."
    )
    _usable, context, claims = read_report(text)
    assert labels_disputed(context, claims) == []


# --- What was just said, answered: "did not recognise that figure", "that was not what was happening", "disagrees".


def _answers_prior(text: str) -> list[str]:
    _usable, context, claims = read_report(text)
    return [t[1] for t in prior_rejected(context, claims)]


def test_a_figure_not_recognised_answers_the_side_that_gave_it() -> None:
    found = _answers_prior(
        "Item 4. The harbour board's surveyors estimated the cost of dredging the inner basin at between £3 million "
        "and £4 million. Mr Pallister said that he did not recognise that figure. The Chair moved to item 5."
    )
    assert any("Pallister" in t and "£4 million" in t and "surveyors" in t for t in found), found


def test_saying_that_was_not_what_was_happening_answers_the_person_named_before() -> None:
    found = _answers_prior(
        "Ferries to the island were cut to two a day in March. "
        "Captain Ines Morrow of the Northern Ferry Company insisted on Friday that every booked passenger would "
        '"travel on the day they booked". Tomas Leary, the island council\'s transport officer, said that was simply '
        'not what was happening. "People are sleeping in their cars at the pier," Leary said.'
    )
    assert any("Tomas Leary" in t and "Ines Morrow" in t and "Northern Ferry Company:" not in t for t in found), found


def test_a_bare_disagreement_answers_the_quotation_before_with_its_speaker_named_earlier() -> None:
    found = _answers_prior(
        "Professor Lena Haas has studied avalanche deaths in the Alps for twenty years. "
        "Haas reads the new figures as proof that the warning scale is too coarse. "
        '"Three of the five levels do all the work, and skiers have learnt to ignore them," she says. '
        "Tourism minister Karl Brunner disagrees. "
        '"The scale saves lives every winter," he said on Tuesday.'
    )
    assert any("Karl Brunner" in t and "Lena Haas" in t and "saves lives" in t for t in found), found


def test_agreeing_with_what_was_just_said_is_no_answer() -> None:
    found = _answers_prior(
        "The harbour board's surveyors estimated the cost of dredging at £4 million. "
        "Mr Pallister said that he accepted that figure."
    )
    assert found == [], found


# --- Claims rejected with their source named; the denying side's grounds.


def test_claims_rejected_with_their_source_set_off_by_commas_are_a_tension_with_the_grounds_said_next() -> None:
    text = (
        "The ski lift at Hollin stopped for two hours on Saturday. "
        "Operations director Mara Voigt rejected claims, first reported by the Valley Herald, that mechanics had "
        'warned about a worn cable in January. "I have read every maintenance log. There is no such warning," she said.'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in denials(context, claims)]
    assert any("Mara Voigt" in t and "worn cable" in t and "no such warning" in t for t in found), found


def test_a_bodys_next_sentence_is_its_grounds_for_what_it_denies() -> None:
    text = (
        '"We were told to leave the broken lockers alone," former caretaker Dev Anand told the hearing. '
        "The school trust denies that any instruction to leave the lockers was given. "
        "It says Mr Anand was dismissed for repeated absence from his shifts."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in denials(context, claims)]
    assert any("repeated absence" in t and "Dev Anand" in t for t in found), found


def test_a_persons_next_sentence_on_another_matter_is_not_made_their_grounds() -> None:
    text = (
        '"We were told to leave the broken lockers alone," former caretaker Dev Anand told the hearing. '
        "Head teacher Ruth Obi denies that any instruction to leave the lockers was given. "
        "It says the lockers are being replaced in the summer."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in denials(context, claims)]
    assert not any("replaced in the summer" in t for t in found), found


# --- Another side's figure named and judged.


def test_another_sides_figure_called_too_low_is_a_tension_with_the_speakers_own_figure() -> None:
    text = (
        'Lifeguard Tom Reyes told the inquiry the pool had been closed "more often than anyone admits". '
        "He said the council's own figure of 12 closures was far too low. "
        '"I counted 31 in my logbook last summer alone."'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in figures_judged(context, claims)]
    assert any("Tom Reyes" in t and "12 closures" in t and "31" in t for t in found), found


def test_a_figure_called_right_is_no_tension() -> None:
    text = (
        'Lifeguard Tom Reyes told the inquiry the pool had been closed "more often than anyone admits". '
        "He said the council's own figure of 12 closures was about right."
    )
    _usable, context, claims = read_report(text)
    assert figures_judged(context, claims) == []


# --- A demand set against an offer.


def test_a_demand_set_against_what_another_side_offered_is_a_tension() -> None:
    text = (
        "The island's only shop closed in May. "
        "Ailsa Grant, who runs the community trust, wants a supply boat every day, not twice a week as the ferry "
        'company has offered. "Bread does not keep for four days," she said.'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in demands_against_offers(context, claims)]
    assert any("Ailsa Grant" in t and "twice a week" in t and "Bread" in t for t in found), found


def test_a_want_without_an_offer_set_against_it_is_no_tension() -> None:
    text = "Ailsa Grant, who runs the community trust, wants a supply boat every day, not just in the summer."
    _usable, context, claims = read_report(text)
    assert demands_against_offers(context, claims) == []


# --- "No X had Y" against a later count of X who had Y.


def _articles_read(*texts: str):
    usable = [s for i, t in enumerate(texts) for s in article_sentences(i, t, None)]
    context = [s for i, t in enumerate(texts) for s in every_sentence(i, t, None)]
    return usable, context, attributions(usable, context) + role_attributions(usable)


def test_a_no_harm_claim_against_a_later_count_of_the_harmed_is_a_tension() -> None:
    _usable, context, claims = _articles_read(
        'Bridge engineer Paul Okafor said the cracks were "cosmetic". He added that no vehicle had been damaged as a '
        "result.",
        "An inspectors' report published on Friday found that at least 40 vehicles crossing the bridge had been "
        "damaged by loose expansion joints.",
    )
    found = [t[1] for t in none_then_some(claims, context)]
    assert any("Paul Okafor" in t and "40 vehicles" in t for t in found), found


def test_a_no_harm_claim_and_a_count_of_something_else_are_no_tension() -> None:
    _usable, context, claims = _articles_read(
        'Bridge engineer Paul Okafor said the cracks were "cosmetic". He added that no vehicle had been damaged as a '
        "result.",
        "An inspectors' report published on Friday found that at least 40 bolts on the bridge had been replaced.",
    )
    assert none_then_some(claims, context) == []


# --- A claim put by naming it in a call transcript's question.


def test_a_claim_named_in_an_analysts_question_and_not_accepted_is_a_tension() -> None:
    text = (
        "Operator: Welcome to the Brightwater Ferries half-year call.\n\n"
        "Analyst (Lena Park, Harbour Capital): On the crew union's claim that the engines failed twice in June - can "
        "you say anything about that?\n\n"
        "Owen Pryce: I'm not going to comment on a leaflet I haven't read. Our engineers tell me the engines have not "
        "missed a sailing this year."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in put_in_question(context, claims)]
    assert any("Owen Pryce" in t and "engines failed twice" in t for t in found), found


def test_a_claim_named_in_a_question_and_confirmed_is_no_tension() -> None:
    text = (
        "Analyst (Lena Park, Harbour Capital): On the crew union's claim that the engines failed twice in June - can "
        "you say anything about that?\n\n"
        "Owen Pryce: Yes, they did, and we have replaced both."
    )
    _usable, context, claims = read_report(text)
    assert put_in_question(context, claims) == []


# --- "We were told ..." in the other side's own words.


def test_a_side_saying_it_was_told_the_other_sides_own_words_answers_them() -> None:
    _usable, _context, claims = _articles_read(
        'Museum director Clara Benn said: "I am not going to rely on somebody else\'s inventory as our record."',
        "Curator Jonas Hale said: \"We listed 400 missing objects and we were told it was somebody else's inventory. "
        'The museum owes the donors an answer."',
    )
    found = [t[1] for t in told_back(claims)]
    assert any("Clara Benn" in t and "Jonas Hale" in t for t in found), found


def test_being_told_something_nobody_else_said_is_no_tension() -> None:
    _usable, _context, claims = _articles_read(
        'Museum director Clara Benn said: "The new wing opens in May."',
        'Curator Jonas Hale said: "We were told the storerooms would be dry by spring."',
    )
    assert told_back(claims) == []


# --- A body's position answered by the report's own "We believe".


def test_a_bodys_position_answered_by_the_reports_own_we_believe_is_a_tension() -> None:
    text = (
        "Colleagues, the trust has now published its plans for the summer. "
        "The trust says it will reopen the lido on weekends only. "
        "We believe the lido should reopen every day of the summer holidays, and we have told the trust so."
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in positions_answered_by_we(context, claims)]
    assert any("weekends only" in t and "We believe the lido" in t for t in found), found


def test_we_believe_on_another_matter_answers_nothing() -> None:
    text = "The trust says it will reopen the lido on weekends only. We believe members deserve a pay rise this year."
    _usable, context, claims = read_report(text)
    assert positions_answered_by_we(context, claims) == []


# --- Why it matters: a question put is no stake.


def test_a_question_a_councillor_asked_is_not_why_it_matters() -> None:
    brief = topic_brief_of(
        "The Harle footbridge closed on Monday after a crack was found in its main beam. "
        "Councillor Ann Lusk asked whether the closure would threaten the weekly market and cost traders their stalls. "
        "The closure could cut off 2,000 pupils from the town's two schools and threaten the market's future."
    )
    why = [s.text for s in brief.why_it_matters]
    assert not any("asked whether" in t for t in why), why
    assert any("could cut off" in t for t in why), why


# --- A claim answered by another person's office.


def test_a_claim_answered_next_by_another_persons_office_with_the_opposite_polarity_is_a_tension() -> None:
    text = (
        'Mayor Lise Tanner said the national rail agency had "not paid a single krone" towards the new station. '
        "Infrastructure Minister Odd Brekke's office said the agency \"has paid every invoice the station's builders "
        'have sent".'
    )
    _usable, context, claims = read_report(text)
    found = [t[1] for t in offices_answer(context, claims)]
    assert any("Lise Tanner" in t and "Odd Brekke" in t for t in found), found


def test_an_office_agreeing_with_the_claim_before_is_no_tension() -> None:
    text = (
        'Mayor Lise Tanner said the national rail agency had "paid its share" towards the new station. '
        "Infrastructure Minister Odd Brekke's office said the agency had paid the builders in March."
    )
    _usable, context, claims = read_report(text)
    assert offices_answer(context, claims) == []
