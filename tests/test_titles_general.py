"""Titles on prose nobody tuned for: stories invented for these tests only (a derailment, a plant closure, a measles
outbreak, a club takeover, a resignation, a bank breach, a landslide, a teachers' strike, a council budget, a
chemical blast, a fraud case, a protest, a referendum), each named the way a reader would: event noun plus the
place, party or person it befell. The key names come from the topics stage's own entity finder, as in production.

Each mechanism gets a story of its own too: a key name right before the event, a common owner ("the governor's
race"), a one-word firm that speaks, a place written whole ("Port Ardley"), a phrase ending in a person's role, a
name that only says what kind of thing ("Pontiac fever"), and a phrase ending in a plural.
"""

from __future__ import annotations

import re

import pytest
from titles_support import key_names

from digest.topics.titles import story_title, title_slug

Texts = list[tuple[str, str]]


def _reads_as_a_title(title: str, names: list[str]) -> None:
    """2 to 5 words (the service keeps such a title as the story grows), no clause punctuation, no quote marks, a
    lead name, a clean slug."""
    words = title.split()
    assert 2 <= len(words) <= 5, title
    assert not re.search(r"[.!?;:…\"“”]|['’](?:\s|$)", title), title
    low = title.lower()
    assert any(p.lower() in low for n in names[:3] for p in n.split()), (title, names[:3])
    assert re.fullmatch(r"[a-z0-9-]+", title_slug(title))


STORIES: dict[str, tuple[Texts, str]] = {
    "derailment": (
        [
            (
                "Freight train derails near Olwen Bridge",
                "OLWEN BRIDGE, Wales (NW) — A freight train carrying diesel derailed on Thursday near Olwen Bridge, "
                "spilling fuel into the River Taff, Network Cymru said. Nobody was hurt.",
            ),
            (
                "Diesel from derailed wagons reaches Taff",
                "Fuel from the Olwen Bridge derailment has reached the river, Natural Resources Wales said on Friday. "
                "Network Cymru said the track had been inspected in March.",
            ),
            (
                "Commuters face week of buses after derailment",
                "Passengers between Olwen Bridge and Cardiff will travel by bus until the line reopens, Network Cymru "
                "said. The cause of the derailment is being investigated.",
            ),
        ],
        "Olwen Bridge derailment",
    ),
    "closure": (
        [
            (
                "Marsh Foods to shut Grimbold plant with 600 jobs lost",
                "Marsh Foods will close its Grimbold factory next spring, cutting 600 jobs, the company said on "
                "Monday. Chief executive Lena Fisk said the plant was too old to modernise. Unions called the "
                "closure a betrayal of the town.",
            ),
            (
                "Grimbold workers stunned by plant closure",
                "Workers at the Marsh Foods plant in Grimbold said they learned of the closure from the news. Union "
                "organiser Dave Oakes said Marsh Foods had promised investment two years ago.",
            ),
            (
                "MP demands talks to save Grimbold factory",
                "Grimbold MP Sarah Quill asked ministers to meet Marsh Foods before the closure goes ahead. Marsh "
                "Foods said its decision was final.",
            ),
        ],
        "Grimbold factory closure",
    ),
    "measles": (
        [
            (
                "Measles cases climb in Varrow schools",
                "Health officials in Varrow confirmed 14 measles cases on Tuesday, most of them among primary school "
                "pupils. The county health department urged parents to check their children's vaccinations.",
            ),
            (
                "Varrow parents queue for measles jabs",
                "Hundreds of parents queued outside the Varrow clinic on Wednesday for measles vaccinations. Dr Omar "
                "Haddad said the outbreak could grow before it slowed.",
            ),
            (
                "Measles outbreak closes second Varrow school",
                "A second school in Varrow closed on Thursday as measles cases rose to 21. The county health "
                "department said the source had not been found.",
            ),
        ],
        "Varrow measles outbreak",
    ),
    "resignation": (
        [
            (
                "Housing minister Clara Voss resigns over expenses",
                "Housing minister Clara Voss resigned on Tuesday after it emerged that she had claimed 18,000 pounds "
                "for a second home she rented to a relative. Prime Minister Hugh Darrow said he accepted her "
                "resignation with regret.",
            ),
            (
                "Voss resignation leaves housing bill in doubt",
                "The resignation of Clara Voss has thrown the government's housing bill into doubt, opposition MPs "
                "said. Voss had been due to steer the bill through parliament next month.",
            ),
            (
                "Who replaces Voss? Darrow weighs options",
                "Hugh Darrow is expected to name a new housing minister this week after the resignation of Clara "
                "Voss. Voss said she had broken no rules.",
            ),
        ],
        "Clara Voss resignation",
    ),
    "breach": (
        [
            (
                "Hackers steal data of 2 million Pellar Bank customers",
                "Pellar Bank said on Monday that hackers had stolen the names, addresses and account numbers of about "
                "2 million customers. The bank said no passwords were taken. The data watchdog said it was "
                "investigating the breach.",
            ),
            (
                "Pellar Bank customers told to watch for scams",
                "Customers of Pellar Bank were told on Tuesday to be wary of calls claiming to be from the bank after "
                "last week's data breach. The bank's chief executive, Martin Greer, apologised.",
            ),
        ],
        "Pellar Bank breach",
    ),
    "landslide": (
        [
            (
                "Landslide buries road above Castelmora",
                "A landslide buried the only road into the mountain village of Castelmora on Sunday after two days of "
                "heavy rain. About 300 residents are cut off, the regional civil protection agency said.",
            ),
            (
                "Helicopters ferry food to cut-off Castelmora",
                "Army helicopters flew food and medicine into Castelmora on Monday. Engineers said clearing the "
                "landslide could take a fortnight. Mayor Giulia Ferro said residents were calm.",
            ),
            (
                "Castelmora landslide: geologists warn of more slips",
                "Geologists said on Tuesday that the slope above Castelmora remained unstable after Sunday's landslide "
                "and that more slips were likely if the rain continued.",
            ),
        ],
        "Castelmora landslide",
    ),
    "teachers": (
        [
            (
                "Teachers in Dunhallow vote for strike",
                "Teachers in Dunhallow have voted to strike for three days next month over class sizes, the National "
                "Teachers' Association said on Friday. The county education board said it regretted the decision.",
            ),
            (
                "Dunhallow parents brace for teachers' strike",
                "Parents in Dunhallow are arranging childcare ahead of the teachers' strike on 12 March. The "
                "education board said schools would close on strike days.",
            ),
            (
                "Board offers extra staff to avert Dunhallow strike",
                "The Dunhallow education board offered on Monday to hire 40 more teachers in an attempt to avert the "
                "strike. The teachers' association said it would consider the offer.",
            ),
        ],
        "Dunhallow teachers strike",
    ),
    "fraud": (
        [
            (
                "Pemberton Capital founder charged with fraud",
                "NEW YORK (AW) — Federal prosecutors on Wednesday charged Pemberton Capital founder Leo Marsh with "
                "securities fraud, alleging that he hid 300 million dollars of losses from investors. Marsh's lawyer "
                "said he would plead not guilty.",
            ),
            (
                "Investors in Pemberton fund fear for savings",
                "Investors in Pemberton Capital's flagship fund said on Thursday they had not been able to withdraw "
                "money for two months. The fund is now frozen by court order.",
            ),
            (
                "Marsh freed on bail as Pemberton fraud case widens",
                "Leo Marsh was released on a 5 million dollar bond on Friday. Prosecutors said they were looking at "
                "two more Pemberton Capital executives. The fraud case is one of the largest in the city this year.",
            ),
        ],
        "Pemberton Capital fraud",
    ),
    "protest": (
        [
            (
                "Farmers block roads in Valdeira over fuel prices",
                "Hundreds of farmers drove tractors into the centre of Valdeira on Monday to protest against a rise in "
                "diesel prices. Police said traffic was stopped on three main roads.",
            ),
            (
                "Valdeira farmers' protest enters third day",
                "The farmers' protest in Valdeira entered its third day on Wednesday, with tractors still parked "
                "outside the agriculture ministry. Agriculture minister Paulo Reis said he would meet farmers' "
                "leaders.",
            ),
            (
                "Minister offers fuel rebate to end Valdeira protest",
                "Agriculture minister Paulo Reis offered farmers a diesel rebate on Thursday to end the protest in "
                "Valdeira. Farmers' leaders said they would put the offer to a vote.",
            ),
        ],
        "Valdeira protest",
    ),
    "referendum": (
        [
            (
                "Lowmoor voters reject casino plan",
                "Voters in Lowmoor rejected plans for a casino on the old mill site by 58 per cent to 42 in Thursday's "
                "referendum, the town clerk said. The developer, Starline Resorts, said it was disappointed.",
            ),
            (
                "What next for the mill site after casino vote?",
                "After the casino referendum in Lowmoor, the old mill site's future is again uncertain. Starline "
                "Resorts owns the land and said it would consider other uses.",
            ),
        ],
        "Lowmoor casino referendum",
    ),
    "power cut": (
        [
            (
                "Thousands without power in Keldby after substation fire",
                "About 40,000 homes in Keldby lost power on Tuesday evening after a fire at the Moss Lane substation, "
                "Northern Grid said. Engineers expected to restore most supplies by Wednesday.",
            ),
            (
                "Keldby power cut: hospital runs on generators",
                "Keldby General Hospital ran on backup generators overnight during the power cut, which also closed "
                "schools on Wednesday. Northern Grid said 12,000 homes were still without power.",
            ),
            (
                "Northern Grid apologises for Keldby power cut",
                "Northern Grid apologised on Thursday for the power cut in Keldby and said customers without power for "
                "more than 24 hours would receive compensation.",
            ),
        ],
        "Keldby power cut",
    ),
    "reopening": (
        [
            (
                "Hexley rail line to reopen after 60 years",
                "The railway line between Hexley and Dunmoor will reopen to passengers in 2028, the transport "
                "department said on Wednesday, sixty years after it closed. The reopening will cost 140 million "
                "pounds.",
            ),
            (
                "Hexley welcomes rail line reopening",
                "Business leaders in Hexley welcomed the decision to reopen the line to Dunmoor. Council leader Karen "
                "Holt said the reopening would bring jobs to the town.",
            ),
            (
                "Doubts over cost of Hexley line",
                "Transport experts questioned on Thursday whether the Hexley line could be reopened for 140 million "
                "pounds. The transport department said the budget was realistic.",
            ),
        ],
        "Hexley rail line reopening",
    ),
}


@pytest.mark.parametrize("key", sorted(STORIES))
def test_an_invented_story_is_named_by_its_event_and_who_or_where(key: str) -> None:
    texts, want = STORIES[key]
    names = key_names(texts)
    title = story_title(texts, names)
    assert title == want
    _reads_as_a_title(title, names)


def test_a_key_name_right_before_the_event_says_which() -> None:
    """No "the" before it ("as Okoro trial opens"): a key name of the story still says which trial; a person goes
    by the full name the texts give."""
    texts = [
        (
            "Okoro trial opens in Benfield",
            "The former council treasurer Daniel Okoro went on trial on Monday, accused of taking 90,000 pounds from "
            "the pension fund. Okoro denies theft.",
        ),
        (
            "Okoro's trial hears from auditor",
            "An auditor told Benfield Crown Court that Daniel Okoro moved money into his own account. Okoro's lawyer "
            "said the transfers were approved.",
        ),
    ]
    names = key_names(texts)
    assert story_title(texts, names) == "Daniel Okoro trial"


def test_a_common_owner_before_the_event_says_whose() -> None:
    """ "the governor's race": an owner in the singular is kept as written; the place goes in front."""
    texts = [
        (
            "Marrowby governor's race too close to call",
            "MARROWBY, Ky. (AW) — The governor's race in Marrowby was too close to call on Wednesday, with Ruth "
            "Selden ahead of Carl Briggs by 90 votes with postal ballots still to count. Selden said every vote "
            "would be counted.",
        ),
        (
            "Briggs camp questions Marrowby postal ballots",
            "Carl Briggs said on Thursday that 300 postal ballots in Marrowby had been wrongly rejected. The race "
            "will be decided by a court if the margin stays under 100 votes, officials said.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert title == "Marrowby governor's race"


def test_a_one_word_firm_that_speaks_is_no_person() -> None:
    """ "Tessaline said" speaks like a person, but no given name is ever written before it: a firm, and the party
    the strike is against."""
    texts = [
        (
            "Tessaline drivers to strike over pay",
            "Delivery drivers at Tessaline will strike next week after rejecting a 3 per cent offer, their union "
            "said. Tessaline said the offer was fair and that parcels in Harbridge would still arrive.",
        ),
        (
            "Tessaline says strike will not stop deliveries",
            "Tessaline said on Thursday it would hire agency drivers during the strike. The union called the move "
            "provocative.",
        ),
        (
            "Union says Tessaline strike will go ahead",
            "The strike will go ahead on Monday, the union said, after Tessaline refused to improve its offer.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert title.startswith("Tessaline") and title.endswith("strike"), title


def test_a_place_is_written_whole() -> None:
    """The entity finder may keep "Ardley" of "Port Ardley"; the title writes the place as the texts do."""
    texts = [
        (
            "Port Ardley harbour wall collapse",
            "PORT ARDLEY, Maine (AW) — A 40-metre stretch of the harbour wall collapsed on Sunday night. The "
            "harbourmaster said two boats were damaged.",
        ),
        (
            "Fishermen count cost of wall collapse",
            "Fishermen in Port Ardley said the collapse had shut the inner harbour. Engineers said the wall had "
            "been weakened by winter storms.",
        ),
    ]
    title = story_title(texts, ["Ardley", "Maine", "AW"])
    assert title.startswith("Port Ardley"), title


def test_a_phrase_ending_in_a_persons_role_names_no_story() -> None:
    """ "chief executive" is who speaks in every article, not what the story is."""
    texts = [
        (
            "Corvane chief executive defends accounts",
            "Corvane chief executive Ian Pell said on Monday that the company's accounts were sound after a "
            "newspaper questioned its revenue.",
        ),
        (
            "Corvane chief executive to face MPs",
            "MPs will question Corvane's chief executive, Ian Pell, about the accounts on Tuesday. Corvane shares fell "
            "9 per cent.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "executive" not in title.lower() and "Corvane" in title, title


def test_a_name_that_says_what_kind_gets_the_place_in_front() -> None:
    """ "Pontiac fever" is a kind of illness: the story happens in Selby."""
    texts = [
        (
            "Nine ill with Pontiac fever",
            "Nine people have fallen ill with Pontiac fever in Selby, health officials said on Monday. Pontiac fever "
            "cases were linked to a spa pool at a leisure centre.",
        ),
        (
            "Pontiac fever cases rise to 15",
            "The number of Pontiac fever cases in Selby rose to 15 on Tuesday. The leisure centre in Selby was shut "
            "while its pools were tested.",
        ),
    ]
    title = story_title(texts, ["Pontiac", "Selby"])
    assert title.startswith("Selby") and "Pontiac fever" in title, title


def test_a_phrase_ending_in_a_plural_takes_no_event_after_it() -> None:
    """ "Kerrow rail passengers strike" reads as if the passengers struck: the lead name goes before the bare
    event."""
    texts = [
        (
            "Kerrow rail passengers stranded by strike",
            "Rail passengers in Kerrow were stranded on Monday as signal workers began a two-day strike. Kerrow "
            "Rail said no trains would run.",
        ),
        (
            "Kerrow rail passengers face second day of disruption",
            "Rail passengers faced a second day without trains in Kerrow on Tuesday. The strike ends at midnight, "
            "the union said.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "passengers" not in title and title.endswith("strike"), title


def test_a_site_named_after_a_town_does_not_place_the_story_there() -> None:
    """ "at the Kettleby depot" puts the story at a depot; the firm the story is about names it."""
    texts = [
        (
            "Dorwick shares slump after profit warning",
            "Shares in Dorwick fell 30 per cent on Monday after the parcel group warned that profits would halve. "
            "Dorwick blamed a price war with rivals. Analysts said the profit warning was the third in a year.",
        ),
        (
            "Dorwick staff at Ambleside depot fear for jobs",
            "Workers at the Ambleside depot said Dorwick had told them nothing since the profit warning. Dorwick "
            "employs 900 people at the Ambleside depot.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert title.startswith("Dorwick"), title


def test_a_surname_with_a_particle_is_a_persons() -> None:
    """ "Piet de Wit": no given name stands right before "Wit", but the particle joins them."""
    texts = [
        (
            "Ravensholm United sack manager Piet de Wit",
            "Ravensholm United sacked manager Piet de Wit on Sunday after seven defeats. The club said a replacement "
            "would be named this week.",
        ),
        (
            "De Wit: I was not given time at Ravensholm",
            "Piet de Wit said on Monday that Ravensholm United had not given him time. The club's owner, Gary Fenn, "
            "said results had not been good enough.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "Wit" not in title or "Piet de Wit" in title, title


def test_the_event_the_texts_name_wins_over_its_synonym() -> None:
    """A wildfire the texts call "the Sable Ridge fire" is titled by that name, not "wildfire"."""
    texts = [
        (
            "Wildfire forces evacuation of Corran",
            "CORRAN, Calif. (AW) — A wildfire forced 3,000 people from Corran on Monday. The Sable Ridge fire had "
            "burned 2,000 acres by evening, officials said.",
        ),
    ]
    assert story_title(texts, key_names(texts)) == "Sable Ridge fire"


def test_a_name_inside_a_longer_one_or_ending_in_a_common_noun_does_not_speak_as_a_person() -> None:
    """ "Save Orchard Fields said" is the campaign speaking, "Castlegate Homes said" a firm ("900 homes"): neither
    makes "Orchard Fields" a person, so the site names the story, not a body quoted once."""
    texts = [
        (
            "Plans for 900 homes at Orchard Fields approved",
            "Councillors in Wexbury approved plans on Thursday for 900 homes on the Orchard Fields site, despite more "
            "than 2,000 objections. Developer Castlegate Homes said building would start next year.",
        ),
        (
            "Residents vow to fight Orchard Fields homes",
            "Residents opposed to the Orchard Fields development said on Friday they would seek a judicial review. "
            "The campaign group Save Orchard Fields said the site floods every winter.",
        ),
        (
            "Orchard Fields: what the 900-home plan includes",
            "The Orchard Fields plan includes a primary school and 270 affordable homes, Castlegate Homes said. The "
            "Environment Agency had withdrawn its objection after changes to drainage.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert title.startswith("Orchard Fields"), title


def test_a_place_its_people_speak_from_in_every_article_is_no_speaker() -> None:
    """'Fans at Elm Park said' in 200 articles: Elm Park is where they are, and titles it (each match once looked back
    over the whole text, 25 s here)."""
    sentences = [
        "Supporters at Elm Park said the club's owners had let the ground fall apart.",
        "Fans at Elm Park said they would boycott Saturday's match against Dunmore.",
        "Owner Kettle Holdings wants to sell the ground to a developer for 40 million pounds.",
        "Stewards at Elm Park said they had not been paid since March.",
    ]
    texts = [(f"Stadium sale row {i}", " ".join(sentences[i % 4 :] + sentences[: i % 4]) * 3) for i in range(200)]
    assert "Elm Park" in story_title(texts, ["Elm Park", "Dunmore", "Kettle Holdings"])
