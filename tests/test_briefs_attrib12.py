"""Who said it, how their position moved, and what is new (issue 14), for outlet formats of the tenth blind set's
kinds: a live text whose entries set the time off with a bar, a letters page with signed replies, a signed note on a
status page, a parliament's written answers, a bulletin's ident and a page's update stamp. The sentences are the
tests' own (a bridge, a ferry, a library, a marathon ...), not an eval set's."""

from __future__ import annotations

import pytest
from briefs_support import claims_of, evolved, topic_brief_of

from digest.briefs.actors import clean_name
from digest.briefs.changes import printable_development


def speakers(text: str) -> set[str]:
    return {c.actor for c in claims_of(text)}


def claims_by(text: str, actor: str) -> list[str]:
    return [c.claim for c in claims_of(text) if c.actor == actor]


# --- a live text's entries ------------------------------------------------------------------------------------------


def test_a_live_text_entry_with_a_bar_after_its_time_is_read_like_a_dash() -> None:
    text = (
        "Live coverage of the harbour closure. All times local.\n\n"
        '09:40 | Harbourmaster Colm Reddin at the slipway: "The swell is too big for the ferry to berth safely. '
        'We will look again at noon."\n\n'
        '09:15 | Mairi Lusk on the ticket refunds: "Everyone who booked today will get their money back."'
    )
    assert {"Colm Reddin", "Mairi Lusk"} <= speakers(text)


def test_a_quotation_after_a_lead_in_that_says_only_where_is_the_entry_before_s_person() -> None:
    text = (
        "17:02 | Ines Okafor takes the title in 2:31:04, a course record.\n\n"
        'At the finish, soaked through: "I could not feel my hands for the last ten miles. I just kept going."'
    )
    assert claims_by(text, "Ines Okafor")


def test_a_lead_in_naming_nobody_after_a_sentence_naming_nobody_is_no_one_s() -> None:
    text = (
        "The marathon started in heavy rain.\n\n"
        'At the finish, soaked through: "I could not feel my hands for the last ten miles. I just kept going."'
    )
    assert speakers(text) == set()


def test_a_statement_read_out_by_a_body_is_the_signer_s() -> None:
    text = (
        "14:05 | Tomas Lindqvist, the sailor rescued at dawn, has sent a statement, read out by the Coastguard: "
        '"I am warm and well, thanks to the crew who found me. I misjudged the tide and I am sorry."'
    )
    assert claims_by(text, "Tomas Lindqvist")


def test_a_heading_run_into_a_signed_comment_leaves_the_person_speaking() -> None:
    text = (
        "Narrative\n\nThe crew launched at 04:10 and reached the yacht at 04:55.\n\n"
        "Coxswain's comment Rhodri Vaughan said: \"The crew did everything right. The yacht's owner should have "
        'turned back when the gale warning went out."'
    )
    assert claims_by(text, "Rhodri Vaughan")


# --- a letters page -------------------------------------------------------------------------------------------------

LETTERS = (
    "Your letters\n\n"
    "Sir, the Mill Lane bridge has been shut for six weeks and nobody can tell us when it will reopen. Who is "
    "responsible?\nR. Finch, Ashby\n\n"
    "Cllr Tomasz Wren, Cabinet Member for Transport, replies:\nI share the frustration of every driver in Ashby. "
    "The engineers found corrosion in two of the bridge's beams, and we will not reopen it until they are replaced. "
    "We expect the work to finish in May.\n\n"
    "Sir, the diversion through Cobb Street is dangerous for children walking to school. The council must act.\n"
    "Name and address supplied\n\n"
    "Letters should be no more than 200 words. The editor may shorten them."
)


def test_a_signed_reply_on_a_letters_page_is_its_signer_s_up_to_the_next_letter() -> None:
    wren = claims_by(LETTERS, "Tomasz Wren")
    assert any("corrosion" in c for c in wren)
    assert not any("Cobb Street" in c or "words" in c for c in wren)


def test_readers_who_write_letters_are_no_actors() -> None:
    assert speakers(LETTERS) == {"Tomasz Wren"}


def test_a_reply_run_into_the_sign_off_of_the_letter_before_is_the_replier_s() -> None:
    text = (
        "Sir, the survey of the old quarry was never finished. Who decided the land was safe?\n"
        "J. Pellow, Hightown Ruth Amesbury, Managing Director, Brookfield Homes, writes:\n"
        "Our survey met every standard in force at the time, and we shared it with the council's engineers."
    )
    assert speakers(text) == {"Ruth Amesbury"}


def test_a_signed_quotation_on_a_page_ends_where_it_closes() -> None:
    text = (
        "A word from our director\n\n"
        'Priya Banerjee, Director, writes: "We know the closure has been hard for our readers. Our aim is to reopen '
        'every branch by June."\n\n'
        "Your questions\n\nWill fees rise? No, the fees for borrowing will stay the same for the next year."
    )
    claims = claims_by(text, "Priya Banerjee")
    assert any("reopen every branch" in c for c in claims)
    assert not any("fees" in c for c in claims)
    assert "Director" not in speakers(text)


def test_a_post_alone_names_nobody() -> None:
    assert clean_name("Chief Executive") is None
    assert clean_name("Managing Director") is None


# --- a parliament's written answers -----------------------------------------------------------------------------------

ANSWERS = (
    "Bridges: Repairs\n\n"
    "Question for the Department for Transport, UIN 3301, tabled on 3 May 2030 by Ivor Thane (Coldmere):\n\n"
    "To ask the Secretary of State for Transport, whether she will fund the repair of the Mill Lane bridge.\n\n"
    "Answered on 9 May 2030 by Helena Voss, Minister for Roads:\n\n"
    "The Department is considering the council's bid for the repair. A decision will be made by the end of June, "
    "and I will write to the Honourable Member when it is.\n\n"
    "Answers are published in the name of the answering Minister."
)


def test_a_written_answer_is_the_answering_minister_s() -> None:
    claims = claims_by(ANSWERS, "Helena Voss")
    assert any("considering the council's bid" in c for c in claims)
    assert any("decision will be made" in c for c in claims)
    assert not any("published in the name" in c for c in claims)


def test_the_member_who_tables_a_written_question_is_no_actor() -> None:
    assert speakers(ANSWERS) == {"Helena Voss"}


# --- a long quotation closed by its tag -----------------------------------------------------------------------------


def test_a_long_quotation_closed_by_a_pronoun_tag_is_the_person_named_before_it() -> None:
    text = (
        "Gwilym Probert, from Pentre, runs the village shop. His deliveries stopped last week. "
        '"I phoned the depot. In the end a woman in the office said they had no drivers. She was polite, but polite '
        'does not fill the shelves," he told us.'
    )
    claims = claims_by(text, "Gwilym Probert")
    assert any(c.startswith("I phoned the depot") and "fill the shelves" in c for c in claims)


def test_a_turn_quoted_over_several_sentences_is_the_speaker_s_whole() -> None:
    text = (
        "The harbourmaster, Elin Sayer, who said last month that the quay would reopen by Easter, struck a different "
        'tone. "I said the quay would reopen by Easter. I was wrong. Half of the old wall will have to be rebuilt '
        'before any boat can tie up there," she said.'
    )
    claims = claims_by(text, "Elin Sayer")
    assert any("I was wrong" in c and "rebuilt" in c for c in claims)


def test_a_person_before_of_the_body_speaks_not_the_body() -> None:
    text = (
        "The council published its survey of the old mine on Monday. Professor Nkechi Obi of Fenmoor University, "
        "who has studied the maps, said ninety homes could be at risk. Carys Bell of the Tenants Union says "
        'rents must be frozen. "Nobody should pay for a flat they cannot live in," she told us.'
    )
    assert speakers(text) == {"Nkechi Obi", "Carys Bell"}


# --- how a position moved -------------------------------------------------------------------------------------------


def test_a_speaker_who_says_they_thought_again_has_shifted() -> None:
    p = evolved(
        "Helena Voss",
        "Repairing the bridge is a matter for the council and its insurers.",
        "The closure has changed the scale of what the town faces, and I have reconsidered. The Department will "
        "pay for the repair.",
    )
    assert p.evolution == "shifted"
    assert "reconsidered" in p.evolution_note


def test_looking_again_at_the_facts_is_a_turn_and_the_note_keeps_what_follows() -> None:
    p = evolved(
        "Ruth Amesbury",
        "These tunnels were dug before the company existed. They are not ours.",
        "I have looked again at the records of these tunnels. The company will accept responsibility for filling them.",
    )
    assert p.evolution == "shifted"
    assert "accept responsibility" in p.evolution_note


def test_a_turn_stated_before_the_words_the_speaker_recalls_is_the_new_position() -> None:
    p = evolved(
        "Ana Ruiz",
        "The flood warning reached the depot late, and the crews did everything the plan asked of them.",
        "I have read the logs, and I accept them. We should have closed the road at noon. I said the warning came at "
        "four. It came at eleven, and it was logged by our own staff.",
    )
    assert p.evolution == "shifted"
    assert "closed the road" in p.evolution_note


# --- what is new ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: Tuesday 4 June 2030, 12:00.",
        "Valley FM news at six o'clock, Monday the third of June.",
        "Live text from the county hall, with Ben Ames.",
        "Question for the Department for Transport, UIN 3301, tabled on 3 May 2030 by Ivor Thane (Coldmere): To ask "
        "the Secretary of State for Transport, whether she will fund the repair.",
        "Asked what the repairs would cost, the council said it was too early to give a figure.",
        "Answered on 9 May 2030 by Helena Voss, Minister for Roads: Yes.",
    ],
)
def test_a_line_that_says_only_when_asks_or_does_not_answer_is_no_development(line: str) -> None:
    assert not printable_development(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Mill Lane bridge reopened on Monday after six weeks of repairs.",
        "Answered on 9 May 2030 by Helena Voss, Minister for Roads: The Department will pay for the repair.",
        "Live text from the county hall, where the council is voting on the bridge budget.",
    ],
)
def test_a_line_that_reports_something_done_is_a_development(line: str) -> None:
    assert printable_development(line)


# --- who a pronoun after an introduction means ----------------------------------------------------------------------


def test_the_body_a_person_is_from_is_no_other_person_for_the_he_after_them() -> None:
    text = (
        "The ferry company has cancelled every sailing this week. Ola Brandt from the Seafarers Guild has also been "
        "in touch. He says his members will crew the spare ship, but he wants the safety checks done by an outsider."
    )
    assert any(c.actor == "Ola Brandt" and "crew the spare ship" in c.claim for c in claims_of(text))


def test_a_quotation_of_several_sentences_opening_with_it_stays_the_quotation() -> None:
    text = (
        "The gas main burst at dawn. Sunil Rao, who has lived on the street for thirty years, watched the road lift. "
        '"It did not crack. It sort of rose, slowly, like a loaf. Then the lights went," he said.'
    )
    claims = [c for c in claims_of(text) if c.actor == "Sunil Rao"]
    assert any(c.claim.startswith("It did not crack") and c.quoted for c in claims)


def test_a_span_before_now_is_no_part_of_what_was_said() -> None:
    text = (
        "The authority will buy the homes after all. Its chief executive, Ruth Amesbury, had said a fortnight ago "
        'that the tunnels "are not ours". On Friday she said: "We will accept responsibility for filling them."'
    )
    claims = [c.claim for c in claims_of(text) if c.actor == "Ruth Amesbury"]
    assert 'The tunnels "are not ours".' in claims


def test_a_heading_run_into_a_name_is_left_off_where_the_reports_name_the_person_without_it() -> None:
    brief = topic_brief_of(
        'The shelter opened on Monday. Halima Noor, who runs the shelter, said: "Families arrived with nothing. '
        'We have found beds for all of them tonight."',
        "The shelter is full. Hotels Halima Noor, the shelter's manager, said three families had been moved twice "
        "this week because the hotels needed their rooms back.",
        "The council has found more rooms. Halima Noor said the families were relieved but tired of moving.",
    )
    assert "Halima Noor" in {p.actor for p in brief.perspectives}
