"""Review of round 16's title rules (issue 14): completion, the thing acted on, the moved top name, a place kept."""

from __future__ import annotations

from digest.topics.titles import (
    _anchors,
    _compound_completed,
    _keeps_words,
    _spread_first,
    _thing_done,
    story_title,
)

# --- a dangling word takes only a lower-case noun, never after a verb or as a post --------------------------------


def test_a_name_after_the_last_word_is_no_head() -> None:
    # "suspends Marlow": the name acted on, written capitalised; the title ends on a verb the texts also write in -ed.
    texts = [
        ("Orwell rowing club suspends Marlow", "The club suspends Marlow pending a review. Marlow denies it."),
        ("Club suspends Marlow again", "Rowing club suspends Marlow after a second complaint."),
        ("Marlow suspended", "Marlow was suspended on Monday; the club suspends Marlow for a month."),
    ]
    assert _compound_completed("Orwell club suspends", texts) == "Orwell club suspends"


def test_a_post_is_no_head_noun() -> None:
    # "lifeboat chief" names who speaks, not what happened.
    texts = [
        ("Lifeboat chief speaks", "The lifeboat chief said crews were tired. The lifeboat chief praised them."),
        ("Lifeboat chief warns", "A lifeboat chief warned of cuts; the lifeboat chief asked for funds."),
        ("Lifeboat station", "The lifeboat chief visited."),
    ]
    assert _compound_completed("Penhale lifeboat", texts) == "Penhale lifeboat"


def test_a_lower_case_noun_still_completes() -> None:
    texts = [
        ("Cycle lane opens", "The new cycle lane runs along the river. Cycle lane users praised it."),
        ("CYCLE LANE PLANS", "Shops fear the cycle lane will cut parking."),
        ("Cycle lane row", "Councillors debated the cycle lane for an hour."),
    ]
    assert _compound_completed("Brayford cycle", texts) == "Brayford cycle lane"


def test_an_event_found_first_keeps_the_words_before_it() -> None:
    # The modifier completed ("bird flu virus") would lose "bird" when the event is read from the added noun.
    texts = [
        (
            "Bird flu outbreak on Kestrel farm",
            "A bird flu virus was found on the farm. The outbreak spread fast.",
        ),
        ("Bird flu outbreak grows", "The bird flu virus reached two more farms near Kestrel, and the outbreak grew."),
        ("Kestrel bird flu", "Vets say the bird flu virus is contained at Kestrel. The outbreak is over."),
    ]
    title = story_title(texts, ["Kestrel"])
    assert "bird" in title.lower(), title


# --- the thing acted on is the object, not the subject ---------------------------------------------------------------


def test_an_active_subject_is_no_thing_sold() -> None:
    texts = [
        ("Receiver selling the looms", "The receiver is selling the looms to a dealer. The receiver met staff."),
        ("Mill receiver", "The receiver is selling the looms and the receiver says no bids came."),
        ("Receiver talks", "Staff met the receiver on Friday."),
    ]
    assert _thing_done("Aston receiver", texts, []) == ""


def test_markets_and_polls_closed_are_no_closure() -> None:
    texts = [
        ("Bourse shares closed higher", "Mining shares closed higher on Friday; bank shares closed flat."),
        ("Shares closed up", "Retail shares closed up 2%. Shares were closed to new buyers, one fund said."),
    ]
    assert _thing_done("Kenmore shares", texts, []) == ""
    polls = [
        ("Polls closed at ten", "The polls closed at ten and counting began."),
        ("Count begins", "After the polls closed, the polls were closed in two wards by error."),
    ]
    assert _thing_done("Ward polls", polls, []) == ""


def test_idioms_of_change_are_no_change() -> None:
    minds = [
        ("Councillor changed her mind", "The councillor changed her mind on the bypass. She changed her mind twice."),
        ("Bypass vote", "The councillor changed her mind again before the vote."),
    ]
    assert _thing_done("Councillor mind", minds, []) == ""
    hands = [
        ("Grocer shares change hands", "Millions of grocer shares changed hands on Tuesday."),
        ("Grocer trading", "The shares changed hands at a discount; the shares were changed hands by funds."),
    ]
    assert _thing_done("Grocer shares", hands, []) == ""


def test_a_passive_with_its_helper_is_done_to_the_thing() -> None:
    texts = [
        ("Mill looms", "The looms were sold to a dealer in May."),
        ("Looms gone", "Workers said the looms had been sold without notice."),
        ("Mill shut", "The mill stands empty."),
    ]
    assert _thing_done("Aston looms", texts, []) == "Aston looms sale"


# --- the name that would lead must be written by several articles --------------------------------------------------


def test_a_one_article_name_does_not_replace_another() -> None:
    texts = [
        ("Harbour wall report", "Cobb Quay, Cobb Quay and Cobb Quay: the wall cracked. Pike Row saw it too."),
        ("Harbour wall repair", "Repairs in Lanport begin soon."),
        ("Harbour wall cost", "Lanport council will pay for the wall."),
    ]
    # "Pike Row", the next name, is one report's too: the top name stays.
    assert _spread_first(["Cobb Quay", "Pike Row", "Lanport"], texts) == ["Cobb Quay", "Pike Row", "Lanport"]
    # With the next name written by two articles, the top one moves.
    assert _spread_first(["Cobb Quay", "Lanport"], texts) == ["Lanport", "Cobb Quay"]


# --- a place written with its saint's prefix stays before a two-word title -----------------------------------------


def test_a_saint_place_is_no_person() -> None:
    body = (
        "The organ of St Brannoc's in Tolley is for sale. Parishioners of St Brannoc's object. "
        "Brannoc church needs a roof. Brannoc trustees met. Brannoc voted."
    )
    got = _anchors(["Brannoc", "Tolley"], ["Brannoc", "Tolley", "St Brannoc"], body, "organ sale")
    assert got, got


def test_an_event_that_drops_a_word_of_the_phrase_does_not_keep_it() -> None:
    # "Orvik swine flu" read as "Orvik flu outbreak" loses "swine"; "Orvik goat cull" keeps "goat".
    assert not _keeps_words("Orvik swine flu", "Orvik flu outbreak")
    assert _keeps_words("Orvik goat", "Orvik goat cull")
    assert _keeps_words("Orvik bells", "Orvik bell sale")
    assert not _keeps_words("Kessa dam", "Lena Dahl resignation")
