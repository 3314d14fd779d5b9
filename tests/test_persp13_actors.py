"""Every actor the sources quote or paraphrase, keyed by the person, and their shifts told in the right words (issue 14,
persp13). One rule per kind, each tested with sentences of its own (a hospital, a harbour, a bus company, a library,
a school, a farm show), none from the planted sets:

- an office written with capitals before the name ("The Chief Constable of Wexmoor, Sarah Linde, said ...", '"...,"
  the Minister for Health, Tomasz Wolny, said') is the person's, never the office's;
- a paraphrase through others ("let us know through her officials that ...") or to a gathering ("told a meeting of
  harbour users in Port Ellen on Monday that ...") is the person's stance;
- "Outside the court, ..." and "After the vote, ..." open a sentence without being part of the speaker's name;
- a message board's named posters speak in their posts; a handle ("salt_jim") and a moderator's note are nobody's;
- a memo's sender ("To: ...", "From: Priya Nandi, Director of Nursing") speaks in its first-person sentences;
- a bare institution word ("The Department said ...") is no actor;
- a judge who adjourns is who "She said" after it means;
- shifts: a recall that only points back ("I said it would") leaves the new words before it; "I have listened ... and I
  have decided" is a turn; welcoming someone else's change of course is not the speaker's own.
"""

from __future__ import annotations

from briefs_support import claims_of, evolved


def _said(text: str) -> list[tuple[str, str]]:
    return [(c.actor, c.claim) for c in claims_of(text)]


def _actors(text: str) -> set[str]:
    return {a for a, _ in _said(text)}


def test_a_capitalised_office_before_the_name_is_the_persons() -> None:
    said = _said(
        "The Chief Constable of Wexmoor, Sarah Linde, said the patrols would continue through the summer months.\n\n"
        'The Director of Public Health, Dr Omar Reyes, said: "The clinic will stay open. Nobody will be turned away."'
    )
    actors = {a for a, _ in said}
    assert "Sarah Linde" in actors and "Omar Reyes" in actors
    assert not any(a.startswith(("Constable", "Director")) for a in actors)


def test_a_quotation_tagged_with_a_capitalised_office_then_the_name() -> None:
    text = '"The hospital will stay open through the winter months," the Minister for Health, Tomasz Wolny, said.'
    said = _said(text)
    assert ("Tomasz Wolny", "The hospital will stay open through the winter months.") in said


def test_paraphrase_through_others_or_to_a_long_audience() -> None:
    said = dict(
        _said(
            "The Mayor of Corby, Tess Ilford, let it be known through her office that the bus depot would not be sold "
            "this year.\n\n"
            "The harbour master, Ivo Brandt, told a meeting of harbour users in Port Ellen on Monday that the pier "
            "would reopen in May."
        )
    )
    assert "bus depot would not be sold" in said["Tess Ilford"]
    assert "pier would reopen in May" in said["Ivo Brandt"]


def test_where_or_when_before_the_speaker_is_no_part_of_the_name() -> None:
    said = _said(
        'Outside the court, Gareth Ellison, the landlord, said: "Every penny of the rent is owed, and nobody '
        'disputed it until today."\n\n'
        "After the vote, Ruth Acheson said the library would keep its Sunday hours for another year."
    )
    actors = {a for a, _ in said}
    assert {"Gareth Ellison", "Ruth Acheson"} <= actors


def test_a_judge_who_adjourns_is_who_she_said_means() -> None:
    said = _said(
        'Outside the court, Gareth Ellison, the landlord, said: "Every penny of the rent is owed, and nobody '
        'disputed it until today."\n\n'
        "District Judge Marlow adjourned the hearing to 3 May for evidence. She said she could not yet decide "
        "whether the rent was owed, and that neither side should read much into the delay."
    )
    judge = [c for a, c in said if "Marlow" in a]
    assert judge and "could not yet decide" in judge[0]
    assert not any("could not yet decide" in c for a, c in said if "Ellison" in a)


_BOARD = (
    "Allotment Talk › Site News › Water charges doubled (Page 1 of 2)\n\n"
    "Posted by compost_kid » Tue 3 May 2033, 08:10\n"
    "Has anyone else had the letter about the water? Doubling it seems steep to me and I will not pay it.\n\n"
    "Posted by Hilda Marsh (Greenway Allotments Society) » Tue 3 May 2033, 09:02\n"
    "For those asking: the committee had no warning of this at all. We will ask the council to phase the rise over "
    "three years.\n\n"
    "Posted by salt_jim » Tue 3 May 2033, 09:40\n"
    'Quote from Hilda Marsh: "We will ask the council"\n'
    "Good luck with that, they never listen to anybody on this site.\n\n"
    "Moderator note: posts naming council staff will be removed from the board."
)


def test_a_boards_named_posters_speak_and_its_handles_do_not() -> None:
    said = _said(_BOARD)
    marsh = [c for a, c in said if a == "Hilda Marsh"]
    assert any("phase the rise" in c for c in marsh)
    assert not any("never listen" in c or "will not pay" in c for c in marsh)
    assert all("_" not in a for a, _ in said)
    assert not any("Moderator" in a or "naming council staff" in c for a, c in said)


_MEMO = (
    "STAFF MEMO 14/2040\n\n"
    "To: all ward staff\n"
    "From: Priya Nandi, Director of Nursing\n"
    "Date: 3 June 2040\n\n"
    "We are moving the night shift handover to 7.30pm from next month. The board told us on Friday that agency cover "
    "would end. Our view is that the change will cut overtime by a third.\n\n"
    "Priya Nandi\n"
    "Director of Nursing"
)


def test_a_memos_sender_speaks_in_its_first_person_sentences() -> None:
    said = [c for a, c in _said(_MEMO) if a == "Priya Nandi"]
    assert any("night shift handover" in c for c in said)
    assert any("cut overtime" in c for c in said)
    assert not any("agency cover" in c for c in said)  # the board's words, passed on


def test_a_from_line_without_a_to_line_is_no_memo() -> None:
    text = "From: Priya Nandi, Director of Nursing\n\nWe are moving the night shift handover to 7.30pm from next month."
    assert "Priya Nandi" not in _actors(text)


def test_a_bare_institution_word_is_no_actor() -> None:
    actors = _actors(
        "The Department said a planning assessment was carried out in the spring, before the grant was set.\n\n"
        "In its letter the Society said that the reading room is the only quiet space many students have."
    )
    assert not actors & {"Department", "Society"}


def test_a_recall_that_only_points_back_leaves_the_new_words_before_it() -> None:
    p = evolved(
        "Mira Holt",
        "The show is going ahead in September. Every stand is sold.",
        "I have to tell you the show cannot go ahead. I said it would, and I meant it when I said it. I am sorry.",
    )
    assert p.evolution == "shifted"
    assert "cannot go ahead" in p.evolution_note
    assert "show is going ahead" in p.evolution_note


def test_having_listened_and_decided_is_a_turn() -> None:
    p = evolved(
        "Council leader Ben Oduya",
        "The branch libraries will close in April. The budget leaves no room for them.",
        "I have listened to the readers and to the staff, and I have decided to keep the branch libraries open.",
    )
    assert p.evolution in ("shifted", "expanded")
    assert "listened" in p.evolution_note


def test_welcoming_anothers_change_of_course_is_no_turn_of_ones_own() -> None:
    p = evolved(
        "Ana Sorell",
        "A bus route is not a luxury for a village of 900 people.",
        "I welcome the Transport Secretary's change of course, and I welcome him saying so in public.",
    )
    assert p.evolution != "shifted"


def test_where_it_was_said_in_two_words_before_that_is_no_part_of_the_claim() -> None:
    said = dict(
        _said(
            "The club's manager, Rhys Pellow, said on social media that the team had never been paid its bonus.\n\n"
            "Nadia Kerr said on local radio that the ferry would sail as normal this week."
        )
    )
    assert said["Rhys Pellow"].startswith("The team had never been paid")
    assert said["Nadia Kerr"].startswith("The ferry would sail")
