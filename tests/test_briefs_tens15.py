"""Two speakers quoted close together answer each other only on one matter (issue 14, tens15).

A review of long stories found "tensions" between people saying different things about different things, let through
by a turn word or a quotation with no check that both spoke of the same thing. One rule per kind, each tested with
sentences of its own (a lake, a pier, a canal, a bakery, a bus depot):

- a "but" inside the later speaker's own words is that speaker's concession, not a turn against the first; one set off
  after the later speaker ("Lifeguard Tom Hale, however, said ...") still is;
- a word the story uses in a third of its reports or more ("pier" in a story about a pier) is no matter two claims
  share, nor is a number word alone ("five councils" / "five times longer");
- a side is named by its name, not by a title word it shares ("Transport" of "Transport Minister"), nor by another
  person of that surname;
- quoted words that judge nothing ("a couple of hours late") answer nothing unless they take up the other's matter
  ('mediation was "a way of buying time"');
- "but not ..." restricts what a clause affirms, and in "not X, but Y" the "not" denies X only;
- one claim reported twice (the same words, figures and polarity) is no tension;
- a figure of what was taken in ("collected 300 litres") is no rival count of the whole ("leaking 2,000 litres a
  day").
"""

from __future__ import annotations

from briefs_support import claim_pair

from digest.briefs.extractive import _answers, _denies, _main_clause, _matter, _names, _story_words


def test_a_but_inside_the_later_speakers_own_words_is_no_turn() -> None:
    text = (
        "The bakery chain reopened its ovens on Monday. "
        "Food adviser Mira Jansen said bakers should start making rye loaves again. "
        "Baker Olli Pekkanen said his shop could start by spring but large batches would take months."
    )
    a, b, by_place = claim_pair(text, "Jansen", "Pekkanen")
    assert not _answers(a, b, by_place)


def test_a_but_opening_the_later_sentence_turns_against_the_first() -> None:
    text = (
        "The lake reopened for swimming on Saturday. "
        "Parks officer Lena Brandt said the lake water was clean. "
        "Lifeguard Tom Hale, however, said the lake water had failed two algae tests."
    )
    a, b, by_place = claim_pair(text, "Brandt", "Hale")
    assert _answers(a, b, by_place)


def test_a_word_of_the_story_itself_is_no_shared_matter() -> None:
    text = (
        "The harbour board met on Tuesday. "
        "Engineer Ola Tran said the pier had been repaired. "
        "Skipper Rui Sol said the pier had not been inspected."
    )
    a, b, by_place = claim_pair(text, "Tran", "Sol")
    assert _answers(a, b, by_place)
    assert not _answers(a, b, by_place, frozenset({"pier"}))


def test_the_story_words_are_those_of_a_third_of_a_long_storys_reports() -> None:
    reports = [f"The canal lock {i} was shut, a report said." for i in range(21)]
    reports[:7] = [r + " Barges queued." for r in reports[:7]]
    story = _story_words(reports)
    assert {"canal", "lock", "barge"} <= story
    assert not _story_words(reports[:10])  # a short story has no vocabulary of its own yet


def test_a_number_word_alone_is_no_shared_matter() -> None:
    assert not _matter("Five councils have no winter plan", "The fee is five times higher", "")
    assert _matter("The depot has 40 buses", "Only 40 buses run", "")


def test_a_side_is_named_by_its_name_not_a_title_word_or_a_namesake() -> None:
    text = (
        "Transport Minister Ada Voss said the bus depot on Mill Lane would close in March. "
        "Driver Bill Orr said he had not been told about the closure."
    )
    a, b, _by_place = claim_pair(text, "Voss", "Orr")
    assert not _names(a, "the Transport department will publish the figures")
    assert _names(a, "Voss had promised the depot would stay open")
    assert not _names(b, "Jane Orr, a nurse, said the clinic was busy")
    assert _names(b, "Mr Orr had driven the route for ten years")


def test_a_quotation_that_judges_nothing_answers_only_by_taking_up_the_matter() -> None:
    taken_up = (
        "The bus strike entered its third week. "
        "Mayor Ida Lenz said both sides should accept mediation before the holidays. "
        'The drivers\' union said mediation was "a way of buying time".'
    )
    a, b, by_place = claim_pair(taken_up, "Lenz", "union")
    assert _answers(a, b, by_place)
    narrated = (
        "The ferry service resumed on Monday. "
        "Harbour master Ola Tran said the new pier would open in June. "
        'Captain Rui Sol said crossings had run "a couple of hours late" all week.'
    )
    a, b, by_place = claim_pair(narrated, "Tran", "Sol")
    assert not _answers(a, b, by_place)


def test_but_not_restricts_and_not_x_but_y_denies_x_only() -> None:
    assert "not" not in _main_clause("The spray kills the new beetle but not the older strains")
    assert not _denies(
        "We are not here to blame the contractor, but to get the canal open by May", "The canal stays shut until May"
    )
    assert _denies("The canal was not shut in May", "The canal was shut in May for repairs")


def test_one_claim_reported_twice_is_no_tension_but_a_figure_or_a_not_of_its_own_is() -> None:
    from digest.briefs.extractive import _repeats

    assert _repeats(
        "Port authority: “The port handles 12 million tonnes of grain a year”",
        "“The port handles some 12 million tonnes of grain each year”",
    )
    assert not _repeats("The port handles 12 million tonnes a year", "The port handles 9 million tonnes a year")
    assert not _repeats(
        "The insurer puts the damage at 20 million, well short of the 90 million the owners claim",
        "The owners claim 90 million",
    )
    assert not _repeats("The ferry sailed at noon on Friday", "The ferry did not sail at noon on Friday")


def test_the_part_taken_in_is_no_rival_count_of_the_whole() -> None:
    from digest.briefs.conflicts import _taken_and_whole

    assert _taken_and_whole(
        "Crews collected 300 litres of diesel from the river on Friday", "Diesel was leaking at 2,000 litres a day"
    )
    assert not _taken_and_whole("Diesel was leaking at 300 litres a day", "Diesel was leaking at 2,000 litres a day")
    assert not _taken_and_whole("Crews collected 300 litres on Friday", "Crews had collected 2,000 litres by Friday")
