"""Kinds of tension the brief rules missed on the eighth blind set (unseen8), one rule per kind.

Each rule covers a kind of construction, not a phrase of the set it was found on, so the tests use sentences from
domains no planted set covers (a marina, a school, a cycling race, a football ground, a hospital trust, a bridge
inquiry, a museum ...):

- an answer to what was said just before, whose object is only "that", "it" or "this figure", in any tense ("The
  marina disputes that figure.", "School bosses flatly deny it.", "The organisers say that's not true.");
- a derision in the present tense, and a side's own figure said before it ("says ... closer to 90 million, and calls
  the minister's figure ...");
- a figure set right against another side's in one sentence ("30 percent, not the 5 percent the trust has published");
- another side's line set out and answered inside one quotation ("The club says the stand is safe. Its own engineers
  ...");
- a claim put in an interviewer's or counsel's question and disputed in the answer (Q&A, "Q." / "A.");
- an answer to a claim named by its owner ("asked about Hart's denial", "the union's claim of three strikes");
- in a bulletin script, the speaker whose turn a rejected sentence is in ("ADA VOSS, RIVER TRUST: ... The weir
  failed."), and the rejecting side's own speaker in the next turn; doubters ("Engineers aren't so sure") answered
  by whoever speaks next;
- one side's short verdict said again by another with its polarity turned ("This is a staffing problem" / "This
  isn't a staffing problem").
"""

from __future__ import annotations

from briefs_support import no_similarity, read_report

from digest.briefs.conflicts import (
    _clean_side,
    derisions,
    figures_set_right,
    lines_answered,
    named_claims_answered,
    prior_rejected,
    put_in_question,
    tensions,
    verdicts_turned,
)
from digest.briefs.sentences import every_sentence


def _lines(found) -> list[str]:
    return [t[1] for t in found]


# --- An answer to what was just said: "disputes that figure", "flatly deny it", "says that's not true".


def test_a_body_disputing_the_figure_just_given_pairs_it_with_its_speaker_and_its_own_count() -> None:
    text = (
        "09:12 - Harbour master Ines Brandt has spoken to us. \"It's the worst night I've seen on this coast,\" she "
        "said. She added that about 40 boats had sunk at their moorings.\n\n"
        "09:40 - The marina disputes that figure.\n\n"
        'Marina manager Pavel Orr says the marina\'s own count is "no more than 25 boats, most of them small".'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("The marina disputes that figure")
    assert "25 boats" in line and "Orr" in line  # its own count, given next by its own manager
    assert "Ines Brandt" in line and "40 boats" in line  # what it disputes, and whose it is


def test_a_denial_of_a_claim_from_an_unnamed_source_is_a_tension_with_that_claim() -> None:
    text = (
        "Art lessons at Millbrook Academy were cut to one a fortnight last term, according to a teacher who asked "
        'not to be named. School bosses flatly deny it. A spokeswoman for the academy trust said: "Every pupil '
        'still has a weekly art lesson."'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert len(lines) == 1
    assert lines[0].startswith("School bosses flatly deny it")
    assert "one a fortnight" in lines[0]


def test_saying_that_is_not_true_answers_the_claim_reported_before() -> None:
    text = (
        "The riders now say the organisers closed the second feeding zone an hour early. The organisers say that's "
        "not true. Race director Mila Varga said the zone stayed open until the last rider had passed."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert len(lines) == 1
    assert "that's not true" in lines[0] and "feeding zone" in lines[0]


def test_a_quotation_rejected_is_the_quoted_speakers_side() -> None:
    text = (
        'Coach Dana Whitlock of Fenby Rovers said the match should never have started. "The pitch was '
        'unplayable, and the referee knew it," she said. The league rejects that. It said the pitch had passed two '
        "inspections before kick-off."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert len(lines) == 1
    assert "Dana Whitlock" in lines[0] and "unplayable" in lines[0]


def test_an_answer_to_the_reporters_own_account_is_no_tension() -> None:
    text = "The ferry left the harbour forty minutes late on Sunday. The operator disputes this. It blamed the tide."
    _usable, context, claims = read_report(text)
    assert prior_rejected(context, claims) == []


# --- Derision in the present tense, with the side's own figure before it.


def test_a_present_tense_derision_of_an_offer_is_a_tension() -> None:
    text = (
        "The hospital trust has offered nurses a one-off payment of 300 pounds.\n\n"
        '14:05 - Union leader Gary Marsh calls the offer "an insult to every nurse on this ward".'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(derisions(context, claims, no_similarity))
    assert any("Gary Marsh calls the offer" in line and "insult" in line for line in lines)


def test_a_derided_figure_keeps_the_deriding_sides_own_figure_and_the_figure_it_derides() -> None:
    text = (
        "Culture minister Olu Bade puts the cost of the museum's new wing at 40 million pounds. "
        '"It is money well spent," Bade said. '
        'Shadow culture minister Ruth Kane says the wing will cost "closer to 90 million pounds, once the '
        'fit-out is counted", and calls the minister\'s figure "fantasy accounting".'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(derisions(context, claims, no_similarity))
    line = next(line for line in lines if "fantasy accounting" in line)
    assert "90 million" in line  # her own figure, said before the derision
    assert "Bade" in line and "40 million" in line  # the figure derided, the one the report gave as his


# --- A side cut short keeps its figure.


def test_a_cut_side_keeps_the_figure_that_is_its_point() -> None:
    side = (
        "Once you count the patients who were sent home or told to come back another day rather than waiting in "
        "the corridor, you are looking at something like 400"
    )
    assert _clean_side(side, 24).endswith("something like 400")
    # A long side without a figure is still cut.
    long = " ".join(["word"] * 40)
    assert _clean_side(long, 24).endswith("…")


# --- A figure set right against another side's, in one sentence.


def test_a_figure_set_right_against_another_sides_published_one_is_a_tension() -> None:
    text = (
        "Lina Ortiz, a health economist at Daleside University, said waiting times at the clinic had grown by "
        'nearer 30 percent, not the "less than 5 percent" the trust has published.'
    )
    _usable, _context, claims = read_report(text)
    found = figures_set_right(claims)
    assert len(found) == 1
    assert "Lina Ortiz" in found[0][1] and "30 percent" in found[0][1]
    assert found[0][3] == frozenset({"ortiz", "the trust"})


def test_a_figure_compared_with_an_earlier_one_of_the_same_speaker_is_no_tension() -> None:
    text = "Bakery owner Tom Reyes said a loaf now costs 3 pounds, not the 2 pounds it was last year."
    _usable, _context, claims = read_report(text)
    assert figures_set_right(claims) == []


# --- Another side's line set out and answered in one quotation.


def test_a_speaker_setting_out_the_other_sides_line_and_answering_it_is_a_tension() -> None:
    text = (
        "Supporters' spokesman Ian Doyle said: \"The club says the new stand is safe. Its own engineers signed "
        'off on cracks they never measured. We want the survey published."'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(lines_answered(context, claims))
    assert len(lines) == 1
    assert lines[0].startswith("Ian Doyle: “Its own engineers signed off on cracks they never measured”")
    assert "The club" in lines[0] and "the new stand is safe" in lines[0]


def test_agreeing_with_the_line_set_out_is_no_tension() -> None:
    text = (
        'Farmer Alma Roth said: "The forecasters say the dry spell will last into June. They are right about that, '
        'and we have planned for it."'
    )
    _usable, context, claims = read_report(text)
    assert lines_answered(context, claims) == []


# --- A claim put in a question and disputed in the answer.


def test_a_claim_put_in_an_interview_question_and_brushed_aside_is_a_tension() -> None:
    text = (
        "Marit Vance runs the harbour dredging programme for Skellon Port. We spoke to her on Monday.\n\n"
        "Harbour Weekly: The port authority says the programme is on budget.\n\n"
        "Vance: I've seen that. Their own accounts show an overspend of 12 million.\n\n"
        "Harbour Weekly: When will the channel be deep enough?\n\n"
        "Vance: By the spring, if the weather holds."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(put_in_question(context, claims))
    assert len(lines) == 1
    assert lines[0].startswith("Marit Vance: “I've seen that. Their own accounts show an overspend of 12 million”")
    assert "on budget" in lines[0]


def test_a_claim_put_to_a_sworn_witness_and_denied_is_a_tension_with_the_witness_named() -> None:
    text = (
        "BRIDGE COLLAPSE INQUIRY\n\nDay 3\n\nMS JOAN PELL (sworn)\n\n"
        "Q. Ms Pell, you were the county's bridges engineer?\n\nA. I was, until last year.\n\n"
        "Q. Mr Hart told the council in May that the bridge was safe. Was it?\n\n"
        "A. No. The bearings had failed a load test in March.\n\n"
        "Q. Did you tell him?\n\nA. Yes."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(put_in_question(context, claims))
    assert len(lines) == 1
    assert lines[0].startswith("Joan Pell: “No. The bearings had failed a load test in March”")
    assert "Hart" in lines[0] and "the bridge was safe" in lines[0]


def test_a_claim_put_and_confirmed_is_no_tension() -> None:
    text = (
        "MR OWEN LATHAM (affirmed)\n\nQ. The council said the depot was inspected in June. Was it?\n\n"
        "A. Yes, on the 12th. I was there."
    )
    _usable, context, claims = read_report(text)
    assert put_in_question(context, claims) == []


def test_disbelief_at_a_figure_put_in_a_podcast_question_keeps_the_answerers_own_figure() -> None:
    text = (
        "TOM ASHBY: The council is talking about a fortnight.\n\n"
        "NELL ORR: I'd be amazed. There are nine bridges to inspect and two inspectors in the county. I'd say two "
        "months, at the least.\n\n"
        "TOM ASHBY: And the cost?"
    )
    _usable, context, claims = read_report(text)
    lines = _lines(put_in_question(context, claims))
    assert len(lines) == 1
    assert lines[0].startswith("Nell Orr: “I'd be amazed.") and "two months" in lines[0]
    assert lines[0].endswith("vs. The council: “a fortnight”")


# --- A proposal derided.


def test_a_derided_loan_or_grant_is_a_proposal_like_a_plan() -> None:
    text = (
        "The ministry has offered the orchestra a one-year grant instead of a permanent home. Conductor Ilse Brook "
        'called a grant "a sticking plaster on a broken leg".'
    )
    usable, _context, claims = read_report(text)
    lines = _lines(derisions(usable, claims, no_similarity))
    assert any(
        "Ilse Brook called a grant “a sticking plaster on a broken leg” vs. “The ministry has offered" in line
        for line in lines
    )


# --- An answer to a claim named by its owner, in whichever report the owner made it.


def test_an_answer_given_when_asked_about_someones_denial_pairs_with_that_denial() -> None:
    text = (
        'Museum director Carla Hart says: "We never received any complaint about the loaned statues."\n\n'
        "Later, the lenders' lawyer Dev Anand, asked about Hart's denial, told us the complaint letter was sent "
        '"twice, by recorded post".'
    )
    _usable, context, claims = read_report(text)
    lines = _lines(named_claims_answered(context, claims))
    assert lines == [
        "Dev Anand, asked about Hart's denial, told us the complaint letter was sent ‘twice, by recorded post’ vs. "
        "Carla Hart: “We never received any complaint about the loaned statues”"
    ]


def test_a_bodys_claim_named_and_dismissed_pairs_with_the_person_the_reports_name_as_that_bodys() -> None:
    first = (
        "Jo Keane, branch chair of the drivers' union at Redline Buses, said the depot had cancelled rest breaks "
        "on three routes since March."
    )
    second = (
        "11:05 - First question: Redline's operations director Sam Ibe is at the microphone. Sam Ibe says the union's "
        'claim of cancelled rest breaks "is simply not what the rotas show".'
    )
    sentences = every_sentence(0, first, None) + every_sentence(1, second, None)
    lines = _lines(named_claims_answered(sentences, []))
    assert len(lines) == 1
    assert "Sam Ibe says the union's claim of cancelled rest breaks" in lines[0]
    assert "vs. Jo Keane: “the depot had cancelled rest breaks on three routes since March”" in lines[0]


# --- A bulletin's turns: whose words a rejected sentence is, and who answers for the rejecting side.


def test_a_bulletin_turn_rejected_is_its_speakers_and_the_answer_is_the_next_speakers() -> None:
    text = (
        "ANCHOR (LIZ PARR): Good evening. The flood defences at Ormley failed overnight.\n\n"
        "ADA VOSS, RIVER TRUST: We warned about this wall. The council cut the repair budget twice.\n\n"
        "VO: But the council sees it differently.\n\n"
        "SOT - TIM BRAND, ORMLEY COUNCIL: The wall was inspected in March and passed. The rain was the heaviest on "
        "record.\n\n"
        "ANCHOR: Thank you."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith(
        "But the council sees it differently; Tim Brand: “The wall was inspected in March and passed”"
    )
    assert line.endswith("vs. Ada Voss: “The council cut the repair budget twice”")


def test_doubters_are_answered_by_whoever_speaks_next() -> None:
    text = (
        "REN OKOYE, METRO RAIL: The new line will be running by the end of the year.\n\n"
        "VO: Engineers aren't so sure.\n\n"
        "SOT - JUNE HALE, TUNNELLING CONSULTANT: The boring machine is four months behind. December is not "
        "realistic."
    )
    _usable, context, claims = read_report(text)
    lines = _lines(prior_rejected(context, claims))
    assert lines == [
        "Engineers aren't so sure; June Hale: “The boring machine is four months behind” vs. Ren Okoye: “The new line "
        "will be running by the end of the year”"
    ]


# --- A verdict turned.


def test_a_verdict_said_again_with_its_polarity_turned_is_a_tension() -> None:
    text = (
        'Hospital chief executive Ada Lim said: "This is a staffing problem, not a funding one." Ben Cole, who '
        "leads the nurses' union at the hospital, disagreed. \"This isn't a staffing problem. It is a pay "
        'problem," he said.'
    )
    _usable, context, claims = read_report(text)
    found = verdicts_turned(claims, context)
    assert len(found) == 1
    assert found[0][3] == frozenset({"lim", "cole"})
    assert "This isn't a staffing problem" in found[0][1]


def test_a_verdict_repeated_with_the_same_polarity_is_agreement() -> None:
    text = (
        'Hospital chief executive Ada Lim said: "This is a staffing problem, not a funding one." Ben Cole, who '
        "leads the nurses' union at the hospital, agreed. \"This is a staffing problem. We have said so for "
        'years," he said.'
    )
    _usable, context, claims = read_report(text)
    assert verdicts_turned(claims, context) == []


# --- Through the whole tension finder: the new kinds reach the list.


def test_the_tension_finder_shows_an_answer_to_a_figure_with_both_sides() -> None:
    text = (
        "09:12 - Harbour master Ines Brandt has spoken to us. \"It's the worst night I've seen on this coast,\" she "
        "said. She added that about 40 boats had sunk at their moorings.\n\n"
        "09:40 - The marina disputes that figure.\n\n"
        'Marina manager Pavel Orr says the marina\'s own count is "no more than 25 boats, most of them small".'
    )
    usable, context, claims = read_report(text)
    found = tensions(usable, claims, no_similarity, k=5, context=context)
    assert any("40 boats" in summary and "25 boats" in summary for summary, _cites, _score in found)
