"""Issue 14: a title names what happens to what: not a format's numbering word ("Issue 7"), not a modifier left
without its noun ("street" of "street lights"), not one report's place; and the action done to the story's thing
("sell the organ": "organ sale") where no event noun names it. Made-up stories from other domains."""

from __future__ import annotations

from digest.topics.titles import _compound_completed, _serial_word, _spread_first, _thing_done, story_title
from tests.titles_support import key_names

# --- a format's numbering word is no name -------------------------------------------------------------------------


def test_a_word_only_written_before_a_number_is_a_serial_heading() -> None:
    assert _serial_word("Issue", "Ferry News, Vol 4, Issue 12. The ferry stopped. Issue 13 follows.")
    assert _serial_word("Episode", "Episode 88: the ferry. In Episode 89 we return.")
    assert _serial_word("Lot", "Lot 17: a clock. Lot 18: a chair.")


def test_near_misses_of_a_serial_heading_stay_names() -> None:
    # A brand before its model number is no common word.
    assert not _serial_word("Boeing", "Boeing 737 jets were grounded. Boeing 737 orders fell.")
    # Written once without a number: a name, or a house style's capital, for the other checks.
    assert not _serial_word("Issue", "Issue 4 is out. The Issue of the day is parking.")
    # The river Lot, a place.
    assert not _serial_word("Lot", "Farms along the Lot flooded. Lot 3 of the auction was withdrawn.")
    # Never written at all, or more than one word.
    assert not _serial_word("Episode", "A podcast about ferries.")
    assert not _serial_word("Issue Seven", "Issue Seven 3 of the zine.")


def test_a_digest_numbering_does_not_lead_the_title() -> None:
    texts = [
        (
            "Birders Digest, Vol 12, Issue 4",
            "Birders Digest, Vol 12, Issue 4\n\nA hoopoe was seen at Carrick Point on Sunday. Observers from "
            "across the county drove to Carrick Point to see the hoopoe.",
        ),
        (
            "Hoopoe at Carrick Point draws crowds",
            "Hundreds of birdwatchers came to Carrick Point to see a hoopoe, a rare visitor. "
            "The hoopoe stayed two days.",
        ),
        (
            "Birders Digest, Vol 12, Issue 5",
            "Birders Digest, Vol 12, Issue 5\n\nThe Carrick Point hoopoe left on Tuesday. Parking at Carrick Point was "
            "full both days.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "Issue" not in title and "Vol" not in title, title


# --- a modifier left without its noun -----------------------------------------------------------------------------


def test_a_word_always_written_before_a_noun_takes_the_noun() -> None:
    texts = [
        ("Bus lane on Kiln Road opens", "The bus lane opened on Monday. Drivers said the bus lane slows them."),
        ("Traders complain about the bus lane", "Shops say the bus lane keeps customers away."),
        ("Council reviews new lanes", "The council will review the bus lane in spring."),
    ]
    assert _compound_completed("Kiln Road bus", texts) == "Kiln Road bus lane"


def test_near_misses_of_a_dangling_modifier_keep_the_title() -> None:
    # The word stands alone often: a noun of its own.
    alone = [
        ("School closes early", "The school shut at noon. Parents collected children from the school."),
        ("School reopens", "The school opened again today, and the school hall was used."),
        ("Inspectors visit", "Inspectors said the school must fix its school hall roof."),
    ]
    assert _compound_completed("Hatton school", alone) == "Hatton school"
    # What follows is a verb: "the bells ring", "the bells rang".
    verbs = [
        ("Church bells ring again", "The bells ring each Sunday; the bells rang for the fair."),
        ("Bells return", "After repair the bells ring out over the square."),
    ]
    assert _compound_completed("Hollow bells", verbs) == "Hollow bells"
    # The pair is written twice only.
    few = [
        ("Depot plan", "The tram depot may move. Nobody likes it."),
        ("Depot moves", "The tram depot will close in May."),
    ]
    assert _compound_completed("Orrin tram", few) == "Orrin tram"
    # Only one article writes the word.
    one = [
        ("Seed bank opens", "The seed bank opened. The seed bank holds 4,000 seeds. Seed bank staff spoke."),
        ("Gardeners gather", "Gardeners came to the opening on Friday."),
        ("Opening day", "A ribbon was cut."),
    ]
    assert _compound_completed("Lorne seed", one) == "Lorne seed"
    # A title of five words already, or ending in a capital.
    assert _compound_completed("A B C D bus", texts := alone) == "A B C D bus"
    assert _compound_completed("Kiln Road", texts) == "Kiln Road"


# --- what is done to the story's thing ----------------------------------------------------------------------------


def test_selling_the_story_thing_is_its_sale() -> None:
    texts = [
        ("Should Dorley sell its organ?", "The chapel trustees want to sell the old organ to pay for heating."),
        ("Organ to go abroad", "A dealer has offered £40,000 for the organ. The sale of the organ needs approval."),
        ("Organists protest", "Organists gathered on Saturday to oppose the sale of the chapel's organ."),
        ("A hard winter", "Heating bills have doubled, the trustees said. The organ is from 1890."),
    ]
    assert _thing_done("Dorley organ", texts, ["Dorley"]) == "Dorley organ sale"


def test_a_name_that_is_the_new_thing_gives_way_to_whose_thing_changed() -> None:
    texts = [
        ("Why we changed Quillo's licence", "We moved Quillo to the Brightline Public Licence last week."),
        (
            "Quillo goes source-available",
            "Developers said Quillo's maintainers had promised never to change the licence.",
        ),
        ("Brightline Public Licence explained", "The Brightline Public Licence bars resale of Quillo as a service."),
    ]
    got = _thing_done("Brightline Public Licence", texts, ["Quillo", "Brightline Public Licence"])
    assert got == "Quillo licence change"


def test_near_misses_of_a_thing_done_leave_no_action() -> None:
    # The verb is said of the thing in one article of four.
    once = [
        ("Ferry timetable", "The council may sell the ferry one day."),
        ("Ferry runs late", "The ferry ran late twice on Monday."),
        ("Ferry fares", "Fares on the ferry rise in May."),
        ("Ferry crew", "The ferry crew were praised."),
    ]
    assert _thing_done("Lisk ferry", once, []) == ""
    # The verb acts on another thing ("sold the house"), not the title's.
    other = [
        ("Family sells house", "The family sold the house near the bells."),
        ("House sold", "They sold the house in March; the bells were not part of it."),
    ]
    assert _thing_done("Hollow bells", other, []) == ""
    # Tickets sold out, change of weather: no thing's action.
    loose = [
        ("Concert tickets", "Tickets sold out in an hour; the weather may change the concert."),
        ("Concert weather", "A change of weather is forecast for the concert."),
    ]
    assert _thing_done("Quarry concert", loose, []) == ""
    # A title that ends in an event already.
    assert _thing_done("Dorley organ sale", [("Sale", "The sale of the sale.")] * 2, []) == ""


# --- one report's place is no lead ---------------------------------------------------------------------------------


def test_a_top_name_one_article_repeats_goes_after_names_several_write() -> None:
    texts = [
        ("Cliff path closed", "The Morrow Gap path is shut. Morrow Gap, Morrow Gap, Morrow Gap: all shut."),
        ("Cliff path row", "Walkers in Senna say the cliff path closure in Senna is unfair."),
        ("Cliff path survey", "A survey of the Senna cliff path starts Monday."),
    ]
    assert _spread_first(["Morrow Gap", "Senna"], texts) == ["Senna", "Morrow Gap"]
    # Two articles: no reordering (one of two is half the story).
    assert _spread_first(["Morrow Gap", "Senna"], texts[:2]) == ["Morrow Gap", "Senna"]
    # A top name several articles write keeps its place; so does one a single article writes once or twice.
    assert _spread_first(["Senna", "Morrow Gap"], texts) == ["Senna", "Morrow Gap"]
    twice = [("Cliff path closed", "The Morrow Gap path is shut."), *texts[1:]]
    assert _spread_first(["Morrow Gap", "Senna"], twice) == ["Morrow Gap", "Senna"]
    # Only the top name moves: a lower one of a single article stays where it is.
    assert _spread_first(["Senna", "Morrow Gap", "cliff"], texts) == ["Senna", "Morrow Gap", "cliff"]


def test_a_headline_action_the_articles_name_by_its_noun() -> None:
    texts = [
        ("Pier floodlights switched off to save money", "The council turned the pier lamps dark on Friday."),
        ("Anglers object", "Night anglers say the switch-off leaves the pier unsafe."),
        ("Costs questioned", "The part-night switch-off saves less than claimed, an engineer said."),
    ]
    assert _thing_done("Pier floodlights", texts, []) == "Pier floodlights switch-off"


def test_near_misses_of_a_headline_action_leave_no_action() -> None:
    # The headline ties the action to the thing, but one article alone names it by its noun.
    once = [
        ("Pier floodlights switched off", "The switch-off began on Friday."),
        ("Anglers object", "Night anglers say the pier is unsafe."),
        ("Costs questioned", "An engineer doubts the savings."),
    ]
    assert _thing_done("Pier floodlights", once, []) == ""
    # The verb acts on another thing, in the headline and in the texts.
    radio = [
        ("Keepers switched off the radio near the floodlights", "The switch-off of the radio came at ten."),
        ("Radio silence", "The switch-off annoyed listeners; the floodlights stayed on."),
    ]
    assert _thing_done("Pier floodlights", radio, []) == ""
    # "changed" said of the thing once, in a story whose texts name no change.
    colour = [
        ("Floodlights changed colour for the fair", "The floodlights shone blue."),
        ("Fair opens", "Crowds came to the pier."),
        ("Fair closes", "The fair ended on Sunday."),
    ]
    assert _thing_done("Pier floodlights", colour, []) == ""


def test_a_letter_salutation_is_no_lead() -> None:
    from digest.topics.titles import _lead

    letter = "THE ROWAN POST\n\nDear neighbours,\n\nThe orchard on Pike Lane is to be felled. The trees are old."
    assert "neighbours" not in _lead("From the chair", letter)
    assert _lead("From the chair", letter).startswith("THE ROWAN POST The orchard")
    # Near misses: "Dear" inside a sentence, or a line that goes on past a salutation, stays.
    for kept in (
        "Dear me, the orchard on Pike Lane is to be felled.",
        "Dear friends of the orchard met on Monday and voted to save it.",
        "Prices are dear this winter, said the grocer.",
        "Hello Kitty toys sold out on Pike Lane.",
    ):
        assert _lead("Orchard", kept).split()[:2] == kept.split()[:2], kept


def test_a_top_name_stays_when_no_other_name_is_written_twice() -> None:
    texts = [
        ("Brae reservoir falls", "The Brae reservoir is low. Brae Valley Water said so. Brae is dry."),
        ("Farmers ask for a ban", "Farmers want the bottling plant under the same ban, said Ives."),
        ("Plant says it uses little", "Its manager said the plant uses little of the valley's water."),
    ]
    assert _spread_first(["Brae", "Ives"], texts) == ["Brae", "Ives"]
