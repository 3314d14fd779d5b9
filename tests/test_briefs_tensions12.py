"""Tensions in the shapes issue 14's tenth set brought: a count against the count credited just before it, a written
answer rejecting the estimate its question put, a claim beside a quoted flat denial, a letter that opens on another
side's claim and denies it, and a side's own check of the facts set against a claim."""

from __future__ import annotations

from datetime import date

import numpy as np

from digest.briefs.actors import attributions
from digest.briefs.conflicts import (
    denied_beside,
    disowned,
    evidence_against,
    figures_corrected,
    letters_answered,
    no_such,
    numeric_tensions,
    times_apart,
    written_answers,
)
from digest.briefs.sentences import Sentence, article_sentences, every_sentence

DAY = date(2031, 6, 2)


def _unrelated(left: list[str], right: list[str]) -> np.ndarray:
    """A topic space in which no two claims look alike: only the report's own layout can pair them."""
    return np.zeros((len(left), len(right)))


def _read(text: str) -> tuple[list[Sentence], list]:
    context = every_sentence(0, text, DAY)
    return context, attributions(article_sentences(0, text, DAY), context)


def test_a_plural_possessive_before_the_counted_noun_keeps_the_figures_one_unit() -> None:
    text = (
        "The port's harbourmaster, Ines Calloway, says only 40 members' boats are still tied up. "
        "The Coastal Crews Union does not accept that. "
        "Marek Dunstan, who speaks for the union, says it still counts more than 260 boats that cannot sail."
    )
    _context, claims = _read(text)
    (tension,) = numeric_tensions(claims, _unrelated)
    assert "40 members' boats" in tension[1] and "260 boats" in tension[1]
    assert "Calloway" in tension[1] and "Dunstan" in tension[1]


def test_the_number_could_be_as_many_as_answers_the_count_before_it() -> None:
    text = (
        "Councillor Rhiannon Goss, the deputy mayor, said engineers were checking 25 bridges for cracks. "
        "Dr Tomas Wilde of Northfield University, who has studied the inspection logs, said the number could be "
        '"as many as 90, once the footbridges are counted".'
    )
    _context, claims = _read(text)
    (tension,) = numeric_tensions(claims, _unrelated)
    assert "25 bridges" in tension[1] and "as many as 90" in tension[1]
    # The person speaking, not only their university ("Prof X of Body, who ..., said" names the person).
    assert "Tomas Wilde" in tension[1] and not tension[1].startswith("Northfield")


def test_a_date_beside_a_count_is_no_figure_against_it() -> None:
    text = (
        "The water board said test results due by 14 August would now come on 2 September. "
        'Dr Tomas Wilde of Northfield University said the number could be "as many as 90 homes".'
    )
    _context, claims = _read(text)
    assert numeric_tensions(claims, _unrelated) == []


def test_a_real_figure_answers_the_figure_the_report_credited_to_another_side() -> None:
    text = (
        "The airline had said about 3,000 passengers were stranded at the terminal. "
        "The travel writer Jonah Pell, who spent the night there, told us the real figure is closer to 9,000."
    )
    context, claims = _read(text)
    (tension,) = figures_corrected(context, claims)
    assert tension[1].startswith("The airline: “about 3,000 passengers were stranded at the terminal” vs. Jonah Pell")
    assert "9,000" in tension[1]


def test_a_real_figure_that_agrees_is_no_tension() -> None:
    text = (
        "The airline had said about 3,000 passengers were stranded at the terminal. "
        "The travel writer Jonah Pell told us the real figure is closer to 3,100."
    )
    context, claims = _read(text)
    assert figures_corrected(context, claims) == []


def test_a_written_answer_rejecting_the_estimate_its_question_put() -> None:
    text = (
        "Question for the Department of Transport, tabled on 2 May by Ann Lisk (Holt): To ask the Secretary of State, "
        "what response he has made to the Rail Users Council's estimate that the grant covers barely a third of the "
        "repair bill. "
        "Answered on 9 May by Victor Hale, Minister for Rail: The Department does not accept that estimate. "
        "The grant is a fair share of the cost."
    )
    context, _claims = _read(text)
    (tension,) = written_answers(context)
    assert tension[1] == (
        "Rail Users Council: “the grant covers barely a third of the repair bill” vs. Victor Hale: “The Department "
        "does not accept that estimate. The grant is a fair share of the cost”"
    )


def test_a_written_answer_that_agrees_is_no_tension() -> None:
    text = (
        "Question for the Department of Transport, tabled on 2 May by Ann Lisk (Holt): To ask the Secretary of State, "
        "what response he has made to the Rail Users Council's estimate that the grant covers barely a third of the "
        "repair bill. "
        "Answered on 9 May by Victor Hale: The Department has noted that estimate and will discuss it with the council."
    )
    context, _claims = _read(text)
    assert written_answers(context) == []


def test_a_claim_beside_a_quoted_flat_denial_on_the_same_matter() -> None:
    text = (
        "Several parents have written to say the fire drills were skipped last term. "
        'The head teacher, Rosa Quint, told us: "Every class did its fire drill on time. I watched them myself."'
    )
    context, claims = _read(text)
    (tension,) = denied_beside(context, claims)
    assert tension[1].startswith("Several parents: “the fire drills were skipped last term” vs. Rosa Quint: “Every")


def test_a_denial_before_the_claim_in_a_live_text_turn() -> None:
    text = (
        "Abel Rusk, who runs the ferry company, said the crossing would go ahead as planned on Monday morning. "
        '14:05 | Rusk on the tides: "We were not warned about any surge tide. '
        'The tables we used showed a normal tide." '
        "The Coastguard Agency has said its surge tide warning went out at noon on Monday."
    )
    context, claims = _read(text)
    (tension,) = denied_beside(context, claims)
    assert "surge tide warning went out at noon" in tension[1] and "Abel Rusk: “We were not warned" in tension[1]


def test_a_denial_on_another_matter_is_no_tension() -> None:
    text = (
        "Several parents have written to say the fire drills were skipped last term. "
        'The head teacher, Rosa Quint, told us: "No teacher has left the school this year."'
    )
    context, claims = _read(text)
    assert denied_beside(context, claims) == []


def test_a_letter_that_opens_on_another_side_claim_and_denies_it() -> None:
    text = (
        "Oskar Brandt, Managing Director, Brandt Quarries, writes: The blasting at our quarry met every limit in its "
        "permit. "
        "Lena Fairweather, Secretary, Upper Hollin Residents' Group, writes: Mr Brandt says the blasting met every "
        "limit. "
        "Our group kept its own vibration log. "
        "It recorded readings above the limit on nine days in March. "
        "No inspector has ever come to look at it."
    )
    context, claims = _read(text)
    found = letters_answered(context, claims)
    assert [t[1] for t in found] == [
        "Oskar Brandt: “the blasting met every limit” vs. Lena Fairweather: “It recorded readings above the limit on "
        "nine days in March. No inspector has ever come to look at it”"
    ]


def test_a_letter_that_agrees_with_the_claim_it_opens_on_is_no_tension() -> None:
    text = (
        "Lena Fairweather, Secretary, Upper Hollin Residents' Group, writes: Mr Brandt says the blasting met every "
        "limit. "
        "Our group kept its own vibration log. "
        "It agrees with him."
    )
    context, claims = _read(text)
    assert letters_answered(context, claims) == []


def test_a_side_own_check_set_against_the_claim_beside_it() -> None:
    text = (
        "The Federation of Lenders said on 3 June that flood damage to basements is, in most mortgages, excluded. "
        "Harbour Aid's own helpline has read nineteen contracts so far and found that eleven of them do cover it."
    )
    context, claims = _read(text)
    (tension,) = evidence_against(context, claims)
    assert "excluded" in tension[1] and "eleven of them do cover it" in tension[1]
    assert "“June that" not in tension[1]  # the date's tail is no part of the claim


def _read_all(*texts: str) -> tuple[list[Sentence], list]:
    context = [t for i, text in enumerate(texts) for t in every_sentence(i, text, DAY)]
    sentences = [t for i, text in enumerate(texts) for t in article_sentences(i, text, DAY)]
    return context, attributions(sentences, context)


def test_a_page_heading_run_into_the_reported_claim_and_the_body_head_named_elsewhere() -> None:
    news = (
        "The firm that runs the city's parking meters, Quayside Parking, says it sent the council a repair plan in "
        "January. Its managing director, Petra Olsen, said in a statement that the plan was ignored."
    )
    page = (
        "What the contractor has said Quayside Parking has said it sent us a repair plan in January. "
        'Hugo Brandon said: "We have no record of any such repair plan, and we have asked Quayside for a copy."'
    )
    context, claims = _read_all(news, page)
    (tension,) = denied_beside(context, claims)
    assert tension[1].startswith(
        "Petra Olsen (Quayside Parking): “it sent us a repair plan in January” vs. Hugo Brandon"
    )


def test_no_such_in_a_report_own_voice_answers_a_named_claim_elsewhere() -> None:
    news = "The nurses' representative, Carys Womack, says staff had complained to managers about the broken lifts."
    page = (
        "We have read reports that staff raised concerns about our lifts. "
        "No such complaint ever reached the hospital board, and the lifts were serviced in May."
    )
    context, claims = _read_all(news, page)
    (tension,) = no_such(context, claims)
    assert tension[1].startswith("Carys Womack: “Staff had complained to managers about the broken lifts” vs. “We have")
    assert tension[2] == (0, 1)


def test_no_such_on_another_matter_is_no_tension() -> None:
    news = "The nurses' representative, Carys Womack, says staff had complained to managers about the broken lifts."
    page = "We have changed the car park. No such complaint was made about parking charges this year."
    context, claims = _read_all(news, page)
    assert no_such(context, claims) == []


def test_a_side_disowning_a_thing_against_another_pointing_to_its_own_records() -> None:
    text = (
        "The Canal Trust said the culvert predated its ownership of the towpath. "
        'Its chair, Miriam Lowe, said: "This culvert was built before the trust existed. '
        'It is not our responsibility." '
        "Cllr Dennis Abara said the Trust's own maps showed the culvert under the towpath."
    )
    context, claims = _read_all(text)
    (tension,) = disowned(context, claims)
    assert tension[1].startswith("Miriam Lowe: “This culvert was built before the trust existed. It is not our")
    assert "Trust's own maps showed the culvert" in tension[1]


def test_disowning_with_no_records_against_it_is_no_tension() -> None:
    text = (
        'Its chair, Miriam Lowe, said: "This culvert was built before the trust existed. It is not our '
        'responsibility." Cllr Dennis Abara said the council would pay for the repairs this summer.'
    )
    context, claims = _read_all(text)
    assert disowned(context, claims) == []


def test_two_sides_giving_different_clock_times_for_one_act() -> None:
    log = (
        'Incident log Harbour master Ruth Elland said: "The fog was on the water by eight. '
        'I told the ferry to turn back at quarter past nine. Nobody listened."'
    )
    hearing = (
        "The ferry's captain, Lars Odum, gave evidence on Monday. "
        'Lars Odum, asked about the order, said: "The order to turn back reached me at 10:40, and I turned the ferry."'
    )
    context, claims = _read_all(log, hearing)
    (tension,) = times_apart(context, claims)
    assert tension[1] == (
        "Ruth Elland: “I told the ferry to turn back at quarter past nine” vs. Lars Odum: “The order to turn back "
        "reached me at 10:40, and I turned the ferry”"
    )
    assert tension[2] == (0, 1)


def test_one_time_told_two_ways_or_two_acts_at_different_times_are_no_tension() -> None:
    log = 'Harbour master Ruth Elland said: "I told the ferry to turn back at quarter past nine."'
    same = 'Lars Odum said: "The order to turn back reached me at 21:15, and I turned the ferry."'
    other = 'Lars Odum said: "We had our lunch at the café at half one, as we always do."'
    assert times_apart(*_read_all(log, same)) == []
    assert times_apart(*_read_all(log, other)) == []
