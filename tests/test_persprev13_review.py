"""Review fixes for the persp13 perspective rules (issue 14).

- a bare institution word ("The Department said ...") is the body an earlier sentence names in full ("The Department
  for Education announced ..."), shown under that name; with no full name it stays no actor;
- "I have listened ... and I have decided ..." is a turn only when what follows leaves the earlier stance, not when it
  holds it ("nothing will change", "still", "remains");
- a message board's desk ("The Admin Team") is no person, a board's housekeeping ("This thread is now locked") no
  stance; a memo from an office ("From: The General Secretary") speaks as the person the text names in it, else no one.
"""

from __future__ import annotations

from briefs_support import evolved

from digest.briefs.actors import attributions
from digest.briefs.sentences import article_sentences, every_sentence

_LEAD = "Residents of the town gathered near the hall as the dispute entered its second week.\n\n"


def _said(text: str) -> list[tuple[str, str]]:
    text = _LEAD + text
    usable = article_sentences(0, text, None)
    context = every_sentence(0, text, None)
    return [(c.actor, c.claim) for c in attributions(usable, context)]


def _actors(text: str) -> set[str]:
    return {a for a, _ in _said(text)}


# (6) a bare institution word named in full before


def test_a_bare_body_word_is_the_body_named_in_full_before_it() -> None:
    said = dict(
        _said(
            "The Department for Education announced the closures on Monday. The Department said the schools had too "
            "few pupils to stay open next year."
        )
    )
    assert said.get("Department for Education", "").startswith("The schools had too few pupils")


def test_a_bare_body_word_in_other_domains() -> None:
    assert "Board of Deputies" in _actors(
        "The Board of Deputies criticised the ruling on Tuesday. The Board said the ruling would leave many families "
        "without any protection at all."
    )
    assert "Office for National Statistics" in _actors(
        "The Office for National Statistics published the figures this morning. The Office said wages had risen "
        "faster than prices for the first time in two years."
    )
    assert "Department of Health and Social Care" in _actors(
        "The Department of Health and Social Care confirmed the figures. Ministers met on Monday. The Department said "
        "the backlog would be cleared by the end of the year."
    )


def test_a_full_name_in_a_header_stops_before_the_next_field() -> None:
    actors = _actors(
        "NOTICE OF REVIEW\n\nBody reviewed: Office for Rail and Road\nMatter: whether the timetable change was lawful"
        "\nOpened: 3 May 2031\n\nThe Office said the timetable had been changed without any consultation of "
        "passengers."
    )
    assert "Office for Rail and Road" in actors
    assert not any(a.endswith(("Matter", "Opened")) for a in actors)


def test_the_full_name_stops_before_a_post_and_is_one_actor_with_it() -> None:
    said = _said(
        "The Board of Deputies President Ann Roe visited the school. The Board said the ruling would leave many "
        "families without any protection at all."
    )
    assert [a for a, _ in said] == ["Board of Deputies"]


def test_a_bare_body_word_with_no_full_name_is_still_no_actor() -> None:
    actors = _actors(
        "The Board in May approved the plan. The Board said the chief executive would step down at the end of the "
        "year.\n\nThe Ministry said the vaccine was safe for children of all ages in the trial."
    )
    assert not actors & {"Board", "Ministry"}


# (7) listened, and held to


def test_having_listened_and_held_to_it_is_no_turn() -> None:
    p = evolved(
        "General Ivo Tal",
        "The offensive will continue until the city falls.",
        "We have listened to the enemy's threats and we have decided nothing will change; the offensive continues.",
    )
    assert p.evolution != "shifted"
    p = evolved(
        "Ruth Nkemelu",
        "The hospital ward must close. The staffing is unsafe.",
        "I have listened to families and I have found the staff they praised. The ward must still close.",
    )
    assert p.evolution != "shifted"


def test_having_listened_and_held_to_it_in_other_domains() -> None:
    p = evolved(
        "Dr Ivo Kerr",
        "The clinic must merge with the hospital.",
        "We have listened to the staff and we have agreed the merger remains the right course.",
    )
    assert p.evolution != "shifted"
    p = evolved(
        "Head Ola Berg",
        "The school will close in July.",
        "I have listened to parents and I have found their case strong. The school will still close in July.",
    )
    assert p.evolution != "shifted"


def test_having_listened_and_moved_stays_a_turn() -> None:
    p = evolved(
        "Chair Omar Sadiq",
        "We will not talk to the union.",
        "I have listened to the members and we have asked the union for talks next week.",
    )
    assert p.evolution == "shifted"
    p = evolved(
        "Mayor Lin Chow",
        "The night bus will be scrapped in April.",
        "We have listened to passengers and we have decided the night bus will stay.",
    )
    assert p.evolution == "shifted"


def test_having_listened_and_moved_with_the_old_words_quoted_again_stays_a_turn() -> None:
    p = evolved(
        "Minister Rhea Vann",
        "The trust must live within its budget like every other public body.",
        "I have listened to the patients and the nurses, and I have found a way to do more. The trust must live "
        "within its budget like every other public body.",
    )
    assert p.evolution == "shifted"
    assert "found a way to do more" in p.evolution_note


# (9) a board's desk and housekeeping, a memo from an office


def test_a_boards_desk_is_no_person() -> None:
    assert not _said(
        "Posted by The Admin Team » Mon 4 May 2031, 09:12\nWe will close the forum for maintenance on Friday night."
    )
    assert not _said(
        "Posted by Forum Staff » Tue 5 May 2031, 18:40\nWe have decided to ban all political posts from the main "
        "board from today."
    )


def test_a_boards_housekeeping_is_no_stance() -> None:
    assert not _said(
        "Posted by Tom Reed (moderator) » Mon 4 May 2031, 09:12\nThis thread is now locked because of personal "
        "attacks on other members."
    )
    said = _said(
        "Posted by Ana Brook (moderator) » Mon 4 May 2031, 09:12\nThe council is wrong to close the library, and the "
        "petition deserves everyone's support.\n\nPosted by Ana Brook (moderator) » Mon 4 May 2031, 11:12\nThis "
        "thread has been locked after repeated abuse of other posters."
    )
    assert [c for _, c in said] == [
        "The council is wrong to close the library, and the petition deserves everyone's support."
    ]


def test_a_memo_from_an_office_is_its_named_holders_or_no_ones() -> None:
    assert not _said(
        "To: All Members\nFrom: The General Secretary\nDate: 4 May\n\nWe will ballot for strike action next month."
    )
    assert not _said(
        "To: All Staff\nFrom: The Chief Executive\n\nWe have agreed to freeze recruitment until the end of the "
        "financial year."
    )
    said = _said(
        "To: All Members\nFrom: The General Secretary\nDate: 4 May\n\nWe will ballot for strike action next month."
        "\n\nAnn Lowe, the general secretary, will lead the delegation to the talks next week."
    )
    assert ("Ann Lowe", "We will ballot for strike action next month.") in said


def test_a_memo_from_a_named_person_still_speaks() -> None:
    said = _said(
        "To: all staff\nFrom: Simon Hart, Chief Whip\n\nOur job is to win the vote on Thursday and I expect every "
        "member to be there."
    )
    assert [a for a, _ in said] == ["Simon Hart"]
