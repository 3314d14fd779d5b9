"""Issue 14: kinds seen on the eleventh blind set (title16), each with made-up stories of its own: a format's
numbered banner on a story's own headlines ("Site Bulletin No. 3: ..."), a fact-check's field labels ("CLAIM:"),
the story's own action noun that no list of events holds ("weir removal"), and a step in deciding a thing's fate
(a vote) named instead of what is done to the thing (its closure)."""

from digest.topics.titles import (
    _done_as_verb,
    _done_to_thing,
    _field_label,
    _own_banners,
    _thing_action,
    _told_as_cause,
    story_title,
)
from tests.titles_support import key_names


def _quarry(thing: str) -> list[tuple[str, str]]:
    """A quarry's numbered site bulletins and a fact-check column on a lift cage's fall (`thing`: "cage" or "lift
    cage")."""
    return [
        (
            f"Site Bulletin No. 3: {thing} fall injures two fitters",
            "BRAKESIDE QUARRY\nSITE BULLETIN No. 3/2043\nIssued: Tuesday 6 October 2043, 08:00. Supersedes Bulletin "
            f"No. 2.\n\nAt about 15:20 on Monday the {thing} in Shaft 2 fell eleven metres to the floor of Shaft 2 "
            "while carrying two fitters. Both were taken to hospital. Shaft 2 is closed until further notice and work "
            "in Shaft 1 is suspended. Operations director Carl Jensen said the cage had been serviced in August.",
        ),
        (
            f"Site Bulletin No. 5: {thing} inspection",
            "BRAKESIDE QUARRY\nSITE BULLETIN No. 5/2043\nIssued: Thursday 8 October 2043, 17:00. Supersedes Bulletin "
            f"No. 4.\n\nThe Mines Inspectorate has begun an inspection of the {thing} and its winding gear in Shaft 2. "
            "Shaft 1 reopens on Monday. Shaft 2 stays closed. Contractors should report to the gatehouse, not to "
            "Shaft 2.",
        ),
        (
            f"Fact check: was the {thing} serviced?",
            'CLAIM: "The cage was serviced in full in August." Carl Jensen, operations director, on 6 October. '
            f"VERDICT: Unproven. The Inspectorate says the service log for the {thing} in Shaft 2 has a gap from May. "
            "The company has not published the August service sheet. The fitters' union says the cage brakes were "
            "reported as worn in July.",
        ),
    ]


def test_a_numbered_banner_on_the_storys_own_headlines_names_no_story() -> None:
    """ "Site Bulletin No. 3:", "Site Bulletin No. 5:": the quarry's series of notices, which the texts restate only in
    capitals or before a serial ("Supersedes Bulletin No. 2"). Its words are no name to put before the thing (it
    once gave "Site Bulletin cage")."""
    texts = _quarry("cage")
    assert _own_banners(texts) == {"site", "bulletin"}
    title = story_title(texts, key_names(texts))
    assert "cage" in title.lower() and not {"site", "bulletin"} & set(title.lower().split()), title


def test_a_banner_the_texts_tell_the_story_by_is_its_name() -> None:
    """ "Kessock earthquake: ..." on every headline is the story's name, not a series (it has no number; the texts'
    sentences say "Kessock" and "the earthquake" over and over)."""
    texts = [
        (
            "Kessock earthquake: hundreds spend night outdoors",
            "Hundreds of people in Kessock slept in the open after the earthquake damaged houses across the town. The "
            "earthquake struck at 22:40 and was felt sixty miles away. Kessock's mayor said the school would open as "
            "a shelter.",
        ),
        (
            "Kessock earthquake: engineers check the harbour wall",
            "Engineers began checking the harbour wall in Kessock on Tuesday after the earthquake left cracks along "
            "the quay. Fishing boats have been told to stay out of Kessock harbour until the checks are done.",
        ),
        (
            "Kessock earthquake: aftershock shakes town",
            "An aftershock shook Kessock on Wednesday, two days after the earthquake. No one was hurt. Kessock's "
            "mayor asked families not to go back into damaged houses until the earthquake survey is finished.",
        ),
    ]
    assert _own_banners(texts) == frozenset()
    assert "earthquake" in story_title(texts, key_names(texts)).lower()


def test_a_fact_checks_field_label_is_no_place() -> None:
    """ "CLAIM:" and "VERDICT:" label a fact-check's fields wherever the texts write them: no place to put before
    "lift cage" (it once gave "Shaft CLAIM lift cage")."""
    texts = _quarry("lift cage")
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    assert _field_label("CLAIM", body) and _field_label("VERDICT", body)
    assert not _field_label("Jensen", body)
    title = story_title(texts, key_names(texts))
    assert "lift cage" in title and "CLAIM" not in title, title


_WEIR = [
    (
        "Brannock weir removal put out to tender",
        "The Brannock Rivers Trust has invited contractors to bid for the removal of the 200-year-old weir at "
        "Millford, so that salmon can reach their spawning grounds upstream. Work is due to start in August. The "
        "tender asks for the river to be diverted around the site while the stones are lifted out by excavator. The "
        "trust says the removal is the only way to restore the river. Anglers oppose the removal.",
    ),
    (
        "Petition: Save the Millford weir",
        "Save the Millford weir. Started by Tom Reilly. The weir at Millford has held back the Brannock since 1838 and "
        "made one of the best trout pools in the county. The trust wants to remove it. We ask the trust to stop the "
        "removal and to look at a fish pass instead. Anglers will protest at the trust's open day on Saturday.",
    ),
    (
        "Millford mill owners join opposition to weir",
        "The owners of the old mill at Millford have joined the anglers opposing the trust's plans for the weir on "
        "the Brannock. They say the mill race will run dry once the weir goes and have written to the trust. A "
        "protest is planned outside the trust's office. The trust says a new channel will keep water in the mill "
        "race, and that the removal will go ahead in August.",
    ),
]


def test_the_action_noun_every_article_writes_after_the_thing_names_the_story() -> None:
    """ "The removal" in every article, "weir removal" in a headline: the story's own action noun, though no list of
    events holds it, over the protest two articles report (it once gave "Millford weir protest")."""
    assert _thing_action("weir", _WEIR, 2) == "weir removal"
    assert _thing_action("weir", _WEIR, 3) == ""  # an event every article names stays
    assert story_title(_WEIR, key_names(_WEIR)) == "Millford weir removal"


_LIBRARY = [
    (
        "Council wants to shut Ashcombe library",
        "Rossdale Council has proposed to close Ashcombe Library next spring to save £120,000 a year. Readers would "
        "be sent to the central library in Rossdale, a forty-minute bus ride away. Councillor Dev Patel said the "
        "cabinet vote was due in June. Library user Edna Moss said the building was the only warm place some older "
        "people had.",
    ),
    (
        "Ashcombe Library: what happens next",
        "The proposal to close Ashcombe Library goes out to consultation on Monday. The cabinet is due to vote in "
        "June. Friends of Ashcombe Library say 300 people signed their petition in a day. The council says visits "
        "have fallen by a third since 2030.",
    ),
    (
        "Friends group offers to run Ashcombe Library",
        "The Friends of Ashcombe Library have offered to run it with volunteers if the council goes ahead and the "
        "library closes. Chair Rhona Ellis said the group had raised £8,000 already. Rossdale Council said it would "
        "look at any offer.",
    ),
]


def test_what_is_done_to_the_thing_names_the_story_not_the_vote_on_it() -> None:
    """Every article says the library is to close ("to shut Ashcombe library", "if ... the library closes"); two
    report the cabinet vote that will decide it, a step on the way (it once gave "Ashcombe Library vote")."""
    assert _done_to_thing("Ashcombe Library", _LIBRARY) == ("closure", 3)
    assert not _told_as_cause("vote", _LIBRARY)  # "due to vote" schedules it
    assert story_title(_LIBRARY, key_names(_LIBRARY)) == "Ashcombe Library closure"


def test_an_event_told_as_the_cause_stays_the_story() -> None:
    """ "Shut after a gas leak": the shutdown is what the leak caused, the leak is the story."""
    texts = [
        ("Plant shut after gas leak", "The regulator ordered Corvane to shut the plant after a gas leak on Sunday."),
        ("Corvane plant: what we know", "The plant was shut on Sunday. Engineers are looking for the leak."),
        (
            "Workers sent home",
            "Workers at the plant were sent home after the leak. Corvane said it would shut the plant.",
        ),
    ]
    assert _told_as_cause("leak", texts)
    assert "leak" in story_title(texts, key_names(texts)).lower()


def test_a_thing_after_the_thing_is_no_action() -> None:
    """ "Flu virus" in every article: a thing the texts never do ("the virus"), so no action noun; "pruned" is done."""
    assert not _done_as_verb("virus", "A new flu virus spread. The virus reached Canada.")
    assert _done_as_verb("prune", "Gardeners have pruned the roses.")
    assert _done_as_verb("removal", "The trust wants to remove the weir.")


def test_a_verb_said_of_something_else_reports_nothing_of_the_thing() -> None:
    """ "The road was closed" during a budget vote tells no closure of the budget: the vote is the story."""
    texts = [
        (
            "Senate budget vote set for Friday",
            "The senate will vote on the budget on Friday. The road outside the senate was closed for a march.",
        ),
        (
            "Budget vote: the numbers",
            "Forty senators back the budget. The square was closed to traffic as farmers marched against it.",
        ),
        ("Farmers march before budget vote", "Farmers marched on the senate. Shops closed early along the route."),
    ]
    assert _done_to_thing("Senate budget", texts) is None
