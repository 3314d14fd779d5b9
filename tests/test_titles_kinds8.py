"""Titles: kinds of failure seen on a blind set (unseen7), each tested on stories of other domains:

- the story's subject is the name most articles are about, not the most quoted: a phone-in's host and callers
  (turn labels in capitals), a regulator's officials and a dateline's town rank below the operator every article
  names, and an operator's long name ("Saltmarsh Island Ferries") is one name with its short form;
- an agent-patient event (a takeover, a grounding, a ban) is named by what it befalls (the chain bought, the fleet
  grounded), never by the buyer or the regulator;
- a headline may tell such an event by its verb only ("regulator grounds ferries"): that names the event as well
  as a consequence one statement names by its noun ("suspension of sailings"), the cause ("cancelled after the
  board grounded") before its consequence, with what the verb befalls before it ("Gannet ferry grounding");
- (unseen8) a place most headlines carry leads over a utility named as widely; a thing the headlines call by a
  common noun ("the ship") is named by the name the texts give it in apposition ("the Halcyon Star, the
  institute's research ship"), before the event that befalls it.
"""

from __future__ import annotations

from titles_support import key_names

from digest.topics.titles import story_title

Texts = list[tuple[str, str]]


def _title(texts: Texts) -> str:
    return story_title(texts, key_names(texts))


# A ferry operator's fleet grounded by the maritime regulator: a wire with a dateline, a radio phone-in transcript
# with the host's and callers' turn labels, and the operator's own stock-exchange statement.
FERRIES = [
    (
        "Gannet cancels all sailings as regulator grounds island ferries",
        "By Tomas Reyes\n\nHALLORAN, March 3 (Shoreline Wire) - Gannet Island Ferries cancelled all 86 of its sailings "
        "on Tuesday after the Maritime Safety Board grounded its six Corvane-class ferries, a day after a surveyor "
        "found a cracked rudder stock on one of the vessels in Halloran harbour.\n\nThe board's order requires every "
        'Corvane ferry run by the operator to be surveyed before it carries passengers again.\n\n"We will not sail '
        "until we are sure,\" Gannet's managing director, Hugh Pennock, told reporters in Halloran. The board said "
        "the surveys could take weeks.",
    ),
    (
        "Phone-in: stuck on the mainland",
        "Transcript excerpt, lightly edited.\n\nMAEVE DOYLE: Good morning. Every Gannet ferry is tied up in Halloran "
        "today and the phones are ringing. Our first caller is Ronan Keel, who runs a shop on the island. Ronan?\n\n"
        "RONAN KEEL: Morning, Maeve. No ferry means no bread, no milk, no post.\n\nMAEVE DOYLE: How long can you "
        "manage?\n\nRONAN KEEL: A week, maybe. After that we're in trouble.\n\nMAEVE DOYLE: We asked Gannet to come "
        "on the programme. They declined and sent us their statement.\n\nRONAN KEEL: Typical.\n\nMAEVE DOYLE: Thanks, "
        "Ronan. Next caller.",
    ),
    (
        "Trading statement: suspension of Corvane sailings",
        'Gannet Island Ferries plc ("Gannet" or "the Company") - Trading statement\n\n4 March 2031\n\nThe Board '
        "announces that, following the order issued by the Maritime Safety Board, the Company has suspended all "
        "sailings of its Corvane-class vessels. The Board estimates the cost of the suspension at approximately "
        'GBP 200,000 per day.\n\nHugh Pennock, Managing Director, said: "Safety comes first."',
    ),
]

# A supermarket chain bought by a private equity firm: the buyer is named in every article, as is the chain.
GROCER = [
    (
        "Statement: recommended cash offer for Hollis & Wade",
        "Hollis & Wade Stores announces that its board has agreed terms for the sale of the company to Brackwater "
        "Partners, a private equity firm, for 410 million pounds.\n\nBrackwater's managing partner, Ines Calder, "
        'said: "Hollis & Wade is a much-loved grocer and we intend to keep it that way."\n\nThe offer is subject '
        "to approval by the Competition Authority.",
    ),
    (
        "Hollis & Wade staff fear cuts after takeover",
        "Workers at Hollis & Wade say they want guarantees on jobs before the takeover goes through.\n\nThe "
        "shopworkers' union says Brackwater borrowed to buy two other chains and then closed stores. Brackwater "
        "says it has no plans to close any of the grocer's 140 shops.",
    ),
    (
        "Who are Brackwater?",
        "Brackwater Partners was founded in Luxembourg in 2019. Brackwater owns a pet-food maker and a chain of garden "
        "centres. Brackwater's Ines Calder told a trade magazine last year that regional grocers were "
        '"undervalued". Brackwater bought Penrose Foods in 2022.\n\nWhat we do not know is where Brackwater\'s '
        "money comes from. Brackwater's filings name no investors in the new owner of Hollis & Wade.",
    ),
]

# A livestock market banned by a national agency: the agency acts, the market is what the story is about.
MARKET = [
    (
        "Agency bans Tarrow livestock market after disease scare",
        "The Animal Health Agency banned all sales at Tarrow livestock market on Friday after two cattle tested "
        "positive for bluetongue.\n\nThe agency said the ban on Tarrow would last at least 21 days.",
    ),
    (
        "Tarrow market ban hits farmers",
        "Farmers who sell at Tarrow said the ban would cost them thousands. The Animal Health Agency said it had no "
        "choice.",
    ),
    (
        "Tarrow traders count the cost of ban",
        "Traders at Tarrow market said the agency's ban came without warning. The agency said the ban on Tarrow "
        "market could be lifted early if no new cases were found.",
    ),
]


def test_a_phone_in_host_and_a_regulator_do_not_name_a_fleet_grounding():
    title = _title(FERRIES)
    assert "Gannet" in title, title
    assert "grounding" in title.lower(), title  # the headline's verb, not the statement's "suspension"
    assert title == "Gannet ferry grounding", title  # what the verb befalls ("grounds island ferries") before it
    for other in ("Maeve", "Doyle", "Ronan", "Halloran", "Maritime", "Pennock"):
        assert other not in title, title


def test_the_chain_bought_names_a_takeover_not_the_buyer():
    title = _title(GROCER)
    assert "Brackwater" not in title, title
    assert "Hollis" in title or "Wade" in title, title
    assert title.lower().endswith("takeover"), title


def test_the_banned_market_names_a_ban_not_the_agency():
    title = _title(MARKET)
    assert "Tarrow" in title, title
    assert "agency" not in title.lower(), title  # "the agency's ban" says who banned, not what
    assert "ban" in title.lower(), title


def test_an_ordinary_name_led_story_keeps_its_lead():
    """A story whose most-named party is also in every article keeps it: the reordering only ever moves a name
    more articles carry."""
    texts = [
        ("Kelby bridge closes for repairs", "The old bridge in Kelby closed on Monday for six weeks of repairs."),
        ("Kelby bridge closure angers traders", "Traders in Kelby said the bridge closure would cost them dearly."),
        ("Detour set as Kelby bridge shuts", "Drivers face a ten-mile detour while the Kelby bridge is shut."),
    ]
    assert "Kelby" in _title(texts)


# A town's water cut off in a heatwave: the water company is named in every article as often as the town, but
# the town is what most headlines carry (a live blog, a regulator's statement).
WATER = [
    (
        "LIVE: Taps run dry across Ferrowby as heat hits 39C",
        "Key points: A water outage has hit much of Ferrowby since Tuesday morning after a trunk main burst at "
        "Dunmere Water's Kilnside pumping station. Dunmere Water said bottled water was being handed out at three "
        "sites.",
    ),
    (
        "LIVE: Day two - water back for most of Ferrowby",
        "Key points: Supply has been restored to all but 2,000 homes in Ferrowby. Dunmere Water said the last "
        "streets would be reconnected by the evening.",
    ),
    (
        "Statement on the Ferrowby water outage of 12 August",
        "On 12 August a burst main at Dunmere Water's Kilnside station interrupted supply to 40,000 customers in "
        "Ferrowby. The regulator has opened an investigation into Dunmere Water's response to the outage.",
    ),
]

# A research ship's engine failure: the institute that runs it (and its country) is named in every article, the
# ship in two, but the headlines are about "the ship", which the texts name in apposition.
SHIP = [
    (
        "Research ship adrift after engine failure in pack ice",
        "The Halcyon Star, the Norvane Polar Institute's research ship, has been adrift in pack ice since Sunday "
        "after both engines failed, Norvane officials said. The crew of 31 are safe.",
    ),
    (
        "Norvane asks neighbours for help with stranded ship",
        "Norvane has asked two neighbouring countries for an icebreaker. Officials said the Halcyon Star had food for "
        "six weeks and that the engine failure was being investigated.",
    ),
    (
        "Press review: Norvane's ship and the cost of polar science",
        "Newspapers in Norvane ask why the institute's only ship was sent into the ice with ageing engines. One "
        "columnist calls the failure a warning.",
    ),
]


def test_the_place_most_headlines_carry_names_an_outage_not_the_utility():
    title = _title(WATER)
    assert "Ferrowby" in title, title
    assert "Dunmere" not in title, title


def test_a_thing_the_headlines_call_by_a_noun_is_named_by_its_own_name():
    title = _title(SHIP)
    assert "Halcyon Star" in title, title
    assert "failure" in title.lower(), title


def test_a_passive_says_what_an_event_befalls_not_who_acts():
    """ "Corwen Air grounded over cracks", "was banned by": the name before a passive is what the event befalls;
    the one after "by" acts."""
    from digest.topics.titles import _agent

    body = (
        "Corwen Air grounded over wing cracks. Corwen Air was banned from three airports by the Flight Authority. "
        "The Flight Authority grounded all its aircraft on Monday, and the Flight Authority banned night flights."
    )
    assert not _agent("Corwen Air", body)
    assert _agent("Flight Authority", body)
