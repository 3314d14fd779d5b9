"""Titles: kinds of failure the bench still listed after unseen8 ("Ever Given ship", "Ryanair airline grounding",
"Kettle Bend Sallow Canal"), each tested on stories of other domains than the planted sets:

- a name followed by the common noun the texts call it by (in apposition, "Copper Lane, a gelding" / "the injured
  horse Copper Lane", or speaking for a sentence it opens: "Halloway sued a rival, the brewer said") says which
  thing once: the noun goes, and a name left alone takes the event most headlines tell ("Halloway lawsuit");
- a name the entity finder missed because the texts only write it opening sentences ("Ryanair grounded ...") is
  still a name: it is the title's lead, not a lower-case word behind another name;
- a named thing the story is about ("Brackley Reservoir", "Sallow Canal"), alone or before its event ("Marston
  Viaduct collapse", unseen9's "Gallan Mountain Railway landslide"), takes no place in front of it;
- a phrase names no story when it is a clause: a headline's event verb ("Halloway sues"), an irregular participle
  ("Drovers Pass shut"), or a preposition before a place ("near Corrie Bridge");
- a hyphenated compound the texts only write before a noun ("anti-dumping duties") takes that noun, and a phrase
  that a body's initials open ("EU anti-dumping duties") takes no place in front;
- a form's label written before a colon ("Key facts:", a headline's "SERVICE UPDATE 2:") names no story, and a
  street or a county ("Brinkley Road", "Pike County") is a place, not a person;
- a court ("the High Court") is where a case is heard, not a place to name a story by; a party that acts ("Halloway
  sued") is no kind-of-thing name like "Legionnaires' disease".
"""

from __future__ import annotations

import re

from titles_support import key_names

from digest.topics.titles import story_title

Texts = list[tuple[str, str]]


def _title(texts: Texts) -> str:
    return story_title(texts, key_names(texts))


# A racehorse pulled up lame (sport): the texts call it "a nine-year-old gelding" and "the injured horse".
HORSE = [
    (
        "Favourite pulled up lame at Aintree",
        "Copper Lane, a nine-year-old gelding, was pulled up lame at the second fence on Saturday, and vets treated "
        "the horse on the course. The trainer, Moira Quill, said the horse was comfortable.",
    ),
    (
        "Copper Lane to miss rest of season",
        "The injured horse Copper Lane will miss the rest of the season, Moira Quill said on Monday. Copper Lane, the "
        "favourite for the race, had won four races in a row.",
    ),
    (
        "Quill: Copper Lane will race again",
        "Moira Quill said Copper Lane would race again next spring after scans showed a tendon strain. The horse is "
        "resting at her yard in Lambourn.",
    ),
]

# A brewer sues a rival over a label (business, law): "..., the brewer said" closes the sentences it opens.
BREWER = [
    (
        "Halloway sues rival over pale ale label",
        "Halloway sued a rival on Tuesday over a beer label it says copies its own, the brewer said.",
    ),
    (
        "Pubs caught up as Halloway sues",
        "Halloway sued the maker of Gull Pale Ale in the High Court on Tuesday, the brewer said. Pubs that stock both "
        "beers may be asked to give evidence.",
    ),
    (
        "Halloway label fight: drinkers shrug",
        "Drinkers said they could tell the beers apart after the brewer went to court. Halloway said the case was "
        "about protecting its name.",
    ),
]

# A bakery chain recalls its loaves (food): its name only ever opens sentences, so the entity finder misses it.
BAKERY = [
    (
        "Brannocks recalls loaves over metal fears",
        "Brannocks recalled 20,000 loaves on Monday after pieces of metal were found in two of them, the baker said.",
    ),
    (
        "Shoppers told to return Brannocks loaves",
        "Brannocks told shoppers on Tuesday to return the loaves for a refund, the baker said.",
    ),
    (
        "Brannocks recall: no injuries reported",
        "Brannocks said no one had been hurt. Trading standards officers visited the bakery, the baker said.",
    ),
]

# Blue-green algae closes a reservoir (environment): the town and the ranger are named more often than it.
RESERVOIR = [
    (
        "Swimmers warned off Brackley Reservoir",
        "Visitors were told on Saturday to keep out of Brackley Reservoir after blue-green algae was found near the "
        "dam at Tolland. Vale Water said the algae posed a risk. Ranger Ruth Mabey said dogs at Tolland should be "
        "kept on leads. Mabey said the reservoir would be tested again, and parents in Tolland were warned.",
    ),
    (
        "Algae tests: what we know",
        "Tests on water from Brackley Reservoir found high levels of toxins, Vale Water said. Vale Water said it would "
        "test daily, Ruth Mabey said. Anglers at Tolland said they had seen dead fish. Sailing clubs in Tolland "
        "cancelled races on the reservoir, and Mabey said the tests would go on.",
    ),
]
RESERVOIR_NAMES = ["Tolland", "Mabey", "Vale Water", "Brackley Reservoir", "Ruth Mabey"]

# A railway viaduct collapses (infrastructure): a wire's dateline town is named more often than the viaduct.
VIADUCT = [
    (
        "Marston Viaduct collapse: freight line shut",
        "HALBECK, March 3 (Dales Wire) - A span of the Marston Viaduct collapsed into the river on Sunday night, "
        "closing the freight line from Halbeck to the coast. No train was on the viaduct, Halbeck police said.",
    ),
    (
        "Engineers inspect what is left of Marston Viaduct",
        "Engineers in Halbeck began surveying the piers of the Marston Viaduct on Monday after its collapse. The "
        "viaduct, built in 1868, had been inspected in January, Halbeck council said.",
    ),
    (
        "Halbeck firms count cost of viaduct collapse",
        "Quarries near Halbeck that send stone by rail said the Marston Viaduct collapse would cost them weeks of "
        "trade. Halbeck council said road hauliers would be paid to carry the stone.",
    ),
]
VIADUCT_NAMES = ["Halbeck", "Dales Wire", "Quarries", "Marston Viaduct"]

# Anti-dumping duties on imports (trade): a compound modifier before a different noun in each article.
STEEL = [
    (
        "Steelmakers welcome EU anti-dumping duties",
        "The EU anti-dumping duties on Chinese wire will start in May, the European Commission said on Tuesday. "
        "Makers in Italy and Spain had asked for them for two years.",
    ),
    (
        "Importers fear EU anti-dumping tariffs",
        "Importers said the EU anti-dumping tariffs would push up prices for builders. Exporters in China said they "
        "would appeal to the World Trade Organization.",
    ),
    (
        "Beijing protests over EU anti-dumping measures",
        "China's commerce ministry protested against the EU anti-dumping measures and said it would defend its "
        "exporters, who sold goods worth 400 million euros to Europe last year.",
    ),
]

# A burst water main (utilities): a council newsroom's updates open with a label before a colon.
WATER_MAIN = [
    (
        "SERVICE UPDATE 2: Brinkley Road",
        "ASHCOMBE, June 4 (Council Newsroom) - Key facts at 0900:  1. A burst main under Brinkley Road flooded eleven "
        "homes overnight. 2. Engineers from Ashcombe Water isolated the main at 0300.",
    ),
    (
        "SERVICE UPDATE 3: Brinkley Road",
        "ASHCOMBE, June 5 (Council Newsroom) - Key facts:  1. Brinkley Road will stay closed until Friday while the "
        "main is replaced. 2. Bottled water is being handed out at the library.",
    ),
    (
        "Residents bail out after burst main",
        "Householders on Brinkley Road spent the day bailing out kitchens after the main burst. Ashcombe Water said "
        "it would pay for the damage.",
    ),
]

# A diesel shortage in a rural county (energy, farming): the finder also keeps "County" alone as a name.
PIKE = [
    (
        "Fuel shortage hits farms in Pike County",
        "LEDFORD, Ky. - A diesel shortage in Pike County left farmers unable to run tractors on Monday, the county's "
        "farm bureau said. Most of the affected farms are in the north of the county.",
    ),
    (
        "Pike County declares emergency over fuel shortage",
        "Pike County declared a state of emergency as the fuel shortage spread. Officials asked drivers not to hoard.",
    ),
    (
        "Fuel shortage: tankers due on Friday",
        "Three tankers will reach Pike County on Friday, easing the shortage, officials said. The shortage is the "
        "worst in the region in twenty years.",
    ),
]

# Snow shuts a mountain road (weather, transport): the nearest village is named in every article.
PASS = [
    (
        "Drovers Pass shut as snow blocks road at Corrie Bridge",
        "The Drovers Pass was shut on Sunday after heavy snow blocked the road near Corrie Bridge. Council gritters "
        "could not reach the summit, the council said.",
    ),
    (
        "Drivers stranded on Drovers Pass",
        "Dozens of drivers spent the night in their cars on the Drovers Pass near Corrie Bridge. Mountain rescue teams "
        "from Corrie Bridge reached them at dawn.",
    ),
    (
        "Drovers Pass to stay shut until Friday",
        "The Drovers Pass will stay shut until Friday, the council said. Residents of Corrie Bridge said the road is "
        "their only link to the valley.",
    ),
]


def test_a_name_and_the_noun_it_is_called_by_in_apposition_say_which_thing_once() -> None:
    """'Copper Lane, a nine-year-old gelding', 'the injured horse Copper Lane': not 'Copper Lane horse race'."""
    for k in (2, 3):
        title = _title(HORSE[:k])
        assert "Copper Lane" in title and "horse" not in title.lower(), (k, title)


def test_a_firm_that_speaks_as_its_kind_noun_is_named_once_with_the_event_its_headlines_tell() -> None:
    """'Halloway sued a rival ..., the brewer said': not 'High Court Halloway sues' nor 'Halloway brewer'."""
    for k in (2, 3):
        title = _title(BREWER[:k])
        assert title == "Halloway lawsuit", (k, title)


def test_a_name_that_only_opens_sentences_leads_and_keeps_its_capital() -> None:
    """'Brannocks recalled ...' in every text: the entity finder misses it, the title does not."""
    for k in (2, 3):
        title = _title(BAKERY[:k])
        assert title.startswith("Brannocks") and "baker" not in title, (k, title)


def test_a_named_thing_the_story_is_about_takes_no_place_before_it() -> None:
    """Not 'Tolland Brackley Reservoir' where the topic's names rank the town first."""
    assert story_title(RESERVOIR, RESERVOIR_NAMES) == "Brackley Reservoir"


def test_a_named_thing_and_its_event_take_no_dateline_town_before_them() -> None:
    """Not 'Halbeck Marston Viaduct collapse' (unseen9: 'Tressel Gallan Mountain Railway landslide')."""
    assert story_title(VIADUCT, VIADUCT_NAMES) == "Marston Viaduct collapse"


def test_a_compound_modifier_ends_no_title_and_initials_take_no_place_before_them() -> None:
    """'EU anti-dumping duties', not 'China EU anti-dumping' (t17's 'Las Vegas IBO light-welterweight')."""
    for k in (2, 3):
        assert _title(STEEL[:k]) == "EU anti-dumping duties", k


def test_a_forms_label_before_a_colon_names_no_story() -> None:
    """'Key facts at 0900:', 'Key facts:' (unseen9's wire 'Key points:'), 'SERVICE UPDATE 2:': not 'Ashcombe Key
    facts' nor 'Ashcombe Service Update burst main'; a street is no person ('Brinkley Road', with 'Road' a name)."""
    assert [_title(WATER_MAIN[:k]) for k in (2, 3)] == ["Brinkley Road main", "Brinkley Road burst main"]


def test_a_county_is_a_place_not_a_person_whose_surname_stands_alone() -> None:
    """'Pike County', not 'County fuel shortage' (review7's 'County Vancouver measles outbreak')."""
    assert _title(PIKE) == "Pike County fuel shortage"


def test_a_participle_or_a_preposition_before_a_place_ends_no_title() -> None:
    """Not 'Near Corrie Bridge' nor 'Drovers Pass shut'."""
    for k in (2, 3):
        title = _title(PASS[:k])
        assert not re.search(r"\b(?:[Nn]ear|shut)\b", title), (k, title)
