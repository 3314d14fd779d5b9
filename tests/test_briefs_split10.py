"""Sentence splitting and usability on sentences of other domains (issue 14, review leftovers)."""

from digest.briefs.sentences import is_usable, segments, split_sentences


def test_a_role_noun_keeps_the_name_after_it() -> None:
    # The opening chunk's glue cut took "spokesperson" for a headline's last word; an agent noun titles the name.
    assert segments("The exhibition was cancelled, museum spokesperson Lara Kent said on Monday.") == [
        "The exhibition was cancelled, museum spokesperson Lara Kent said on Monday."
    ]
    assert segments("09:12 - Harbour master Ines Brandt said the port would close.") == [
        "09:12 - Harbour master Ines Brandt said the port would close."
    ]
    assert len(segments("The parents were angry, its head teacher Dr Ama Mensah has told us.")) == 1
    verdict = (
        "Dario Venn was led down last night after a jury found him guilty of killing nurse Maeve Corrigan while he "
        "was distracted by his phone."
    )
    assert segments(verdict) == [verdict]  # the name already seen in the chunk: the headline-repeat cut too


def test_a_real_sentence_end_and_a_headline_still_split() -> None:
    assert segments("The case was closed, said the nurse. Maeve Corrigan was freed.") == [
        "The case was closed, said the nurse.",
        "Maeve Corrigan was freed.",
    ]
    assert segments("Storm floods the river Ana Vale said the town was cut off.") == [
        "Storm floods the river",
        "Ana Vale said the town was cut off.",
    ]


def test_a_paragraph_break_ends_a_sentence() -> None:
    text = "Will the probe land on the moon? If it finds anything, no.\n\nOrbit Weekly: Corvid says it will try."
    assert split_sentences(text)[-2:] == ["If it finds anything, no.", "Orbit Weekly: Corvid says it will try."]
    assert segments(text)[-1] == "Orbit Weekly: Corvid says it will try."
    # a line break inside a paragraph, or an abbreviation inside one, still does not
    assert split_sentences("Bring item no. 4 to the desk.\nMr. Bell will sign it.") == [
        "Bring item no. 4 to the desk.",
        "Mr. Bell will sign it.",
    ]


def test_a_short_dated_lead_event_is_usable() -> None:
    assert is_usable("Albert Kasongo resigned on Thursday.")
    assert is_usable("Ines Brandt died on 3 May.")
    assert not is_usable("He resigned on Thursday.")  # who, from an earlier sentence
    assert not is_usable("Albert Kasongo resigned.")  # no date: nothing for a timeline


def test_a_bodys_member_after_a_possessive_is_no_glued_headline() -> None:
    assert is_usable("The Friends of Harrow Museums' Colin Abbot said the closure was a loss for the town.")
    assert is_usable("The Rowing Club of Lower Esk’s Nadia Orr said the regatta would go ahead in June.")


def test_the_answer_window_is_two_following_sentences() -> None:
    from digest.briefs.cues import left_open_in

    q = "Could the lido reopen by summer?"
    assert left_open_in(q, "It could.", "On Thursday the council approved the repairs.") is None
    # one sentence alone reads as before, and a second that answers nothing leaves it open
    assert left_open_in(q, "It could.") == q
    assert left_open_in(q, "It could.", "I'd put it no stronger than that.") == q
    # the next question asks about "settled", it answers nothing
    who = "Who pays for the transport and the conservation work?"
    assert left_open_in(who, "That has still to be agreed.", "So is the ownership question settled?") == who
    # a full statement of the unknown is not taken back by whatever the next sentence reports
    assert left_open_in(who, "That has still to be agreed.", "The council opened talks with its insurers.") == who
