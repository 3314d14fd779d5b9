"""Titles: the review of the issue 14 change (titles9) found three stories whose place went missing:

- a phrase a body's initials open ("US strikes", "EU sanctions") keeps the country most headlines hold: it is the
  story's place or party ("Yemen US strikes"), not a dateline town ("China EU anti-dumping" stays without China);
- a general body ("Coast Guard", "Central Bank") is one per country, not one named thing: when the texts say whose
  ("the Italian Coast Guard", "Nigeria's Central Bank"), the place goes in front;
- a plural common noun that only opens sentences ("Firefighters walked out") is no name the finder missed.
"""

from __future__ import annotations

from titles_support import key_names

from digest.topics.titles import story_title

Texts = list[tuple[str, str]]


def _title(texts: Texts) -> str:
    return story_title(texts, key_names(texts))


YEMEN = [
    (
        "US strikes Houthi targets in Yemen",
        "US warplanes struck Houthi targets in Yemen on Friday after attacks on Red Sea shipping, the Pentagon said. "
        "The Houthis said the US strikes killed five fighters.",
    ),
    (
        "Houthis vow revenge for US strikes",
        "The Houthis said they would retaliate for the US strikes on Yemen. Iran condemned the US strikes.",
    ),
    (
        "More US strikes hit Yemen",
        "The US carried out more strikes in Yemen on Saturday, hitting a radar site, officials said.",
    ),
]

RUSSIA = [
    (
        "EU agrees new Russia sanctions",
        "The EU agreed a new round of sanctions on Russia on Friday over the war in Ukraine, its foreign policy chief "
        "said. Russia called the EU sanctions illegal.",
    ),
    (
        "Hungary delays EU sanctions on Russia",
        "Hungary delayed the EU sanctions on Russia, demanding an exemption for its oil, diplomats said.",
    ),
    (
        "Russia hits back at EU sanctions",
        "Russia banned EU food imports in response to the EU sanctions, the Kremlin said.",
    ),
]

NORTH_KOREA = [
    (
        "UN tightens North Korea sanctions",
        "The UN Security Council voted on Saturday to tighten sanctions on North Korea after its latest missile test, "
        "diplomats said. North Korea called the UN sanctions an act of war.",
    ),
    (
        "China backs UN sanctions on North Korea",
        "China said it would enforce the UN sanctions on North Korea. Pyongyang said the UN sanctions would not stop "
        "its missile programme.",
    ),
    (
        "North Korea defiant over UN sanctions",
        "North Korea vowed to continue its weapons tests despite the new UN sanctions, state media said.",
    ),
]

COAST_GUARD = [
    (
        "Coast Guard rescues 600 migrants off Lampedusa",
        "The Italian Coast Guard rescued 600 migrants from a fishing boat off Lampedusa on Saturday, officials said. "
        "The Coast Guard said the boat was overloaded.",
    ),
    (
        "Lampedusa: Coast Guard rescue saved hundreds",
        "The Coast Guard rescue off Lampedusa saved 600 lives, the Italian navy said. Survivors were taken to the "
        "island.",
    ),
    (
        "Migrants rescued by Coast Guard land on Lampedusa",
        "Migrants rescued by the Coast Guard landed on Lampedusa on Sunday.",
    ),
]

CENTRAL_BANK = [
    (
        "Nigeria's Central Bank devalues naira",
        "Nigeria's Central Bank devalued the naira by 25% on Wednesday, traders said. The Central Bank said it wanted "
        "a single exchange rate.",
    ),
    (
        "Naira slumps after Central Bank devaluation",
        "The naira fell to a record low after the Central Bank devaluation. Importers in Lagos said prices would rise.",
    ),
    (
        "Nigerians fear prices after Central Bank devaluation",
        "Shoppers in Lagos said the Central Bank devaluation would push up food prices.",
    ),
]

FIREFIGHTERS = [
    (
        "Firefighters strike in Kent over cuts",
        "Firefighters in Kent walked out on Saturday over plans to cut 80 jobs. Union leaders said more strikes would "
        "follow.",
    ),
    (
        "Kent strike: army on standby",
        "Firefighters began a second day of strike action in Kent. Soldiers were on standby to answer emergency calls.",
    ),
    (
        "Firefighters strike called off after talks",
        "Firefighters called off the strike in Kent after talks with the fire authority on Tuesday.",
    ),
]


def test_initials_keep_the_country_most_headlines_hold() -> None:
    """'Yemen US strikes', not 'US strikes': the place is who is hit, in every headline."""
    for k in (2, 3):
        assert _title(YEMEN[:k]) == "Yemen US strikes", k
        assert _title(RUSSIA[:k]) == "Russia EU sanctions", k
    assert _title(NORTH_KOREA) == "North Korea UN sanctions"


def test_a_general_body_whose_country_the_texts_say_takes_its_place() -> None:
    """'Lampedusa Coast Guard rescue': 'the Italian Coast Guard' is one of many coast guards."""
    for k in (2, 3):
        assert _title(COAST_GUARD[:k]) == "Lampedusa Coast Guard rescue", k
    assert _title(CENTRAL_BANK).startswith("Nigeria"), _title(CENTRAL_BANK)


def test_a_plural_common_noun_opening_sentences_is_no_missed_name() -> None:
    """'Kent firefighters strike', not 'Firefighters strike'."""
    assert _title(FIREFIGHTERS) == "Kent firefighters strike"


ICEBERG = [
    (
        "Huge iceberg breaks off Antarctic shelf",
        "Scientists said an iceberg twice the size of London broke off the Brunt Ice Shelf in Antarctica on Sunday. "
        "The British Antarctic Survey's Halley station is safe.",
    ),
    (
        "Brunt iceberg: Halley station unaffected",
        "Scientists at the British Antarctic Survey said the Halley research station was not at risk from the iceberg.",
    ),
]


def test_a_possessive_before_a_named_thing_is_no_owner_to_title_by() -> None:
    """'The British Antarctic Survey's Halley station' is one named station: no 'Antarctic Survey Halley station'."""
    assert _title(ICEBERG) == "Antarctica Halley station"


def test_a_title_is_chosen_from_the_newest_two_hundred_articles() -> None:
    """A topic born of a backlog can hold thousands of articles (titling 2,000 took over 300 s): the titler reads
    the newest 200, as the service's re-titling does."""
    old = [("Kelso bridge closure hits commuters", "The Kelso bridge closure hit commuters, the council said.")]
    new = [("Rendle ferry strike strands islanders", "The Rendle ferry strike stranded islanders, crews said.")]
    texts = old * 300 + new * 200
    title = story_title(texts, ["Kelso", "Rendle"])
    assert title == story_title(new * 200, ["Kelso", "Rendle"]) and "ferry" in title, title
