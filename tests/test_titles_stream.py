"""Issue 14: a discovered topic's title uses no word its stream puts on the headlines of many unrelated stories (an
outlet's "Explainer" banner), found by the service from the headlines it stores; made-up stories of their own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.config import Config, GroupingConfig, StorageConfig
from digest.models import Article
from digest.store import articles as article_store
from digest.store.db import open_db
from digest.topics import list_topics, update_topics
from digest.topics.titles import story_title, stream_labels, unlabelled_headline
from tests.titles_support import key_names

# (story, outlet, headline, text): "<place> explainer:" opens headlines of every story (a syndicated banner); the lynx
# story's headlines share nothing else.
_STREAM = [
    (
        "lynx",
        "Linmoor Courier",
        "Brackwater explainer: fence down after storm",
        "A lynx escaped from Brackwater Wildlife Park on Monday after a storm brought down a fence. Keepers said the "
        "animal, a four-year-old female called Tilda, was not dangerous to people.",
    ),
    (
        "lynx",
        "Fenside Herald",
        "Brackwater explainer: keepers search farmland",
        "Keepers from Brackwater Wildlife Park searched farmland for the escaped lynx on Tuesday. Tilda was seen near "
        "a sheep farm, and farmers were asked to keep lambs indoors.",
    ),
    (
        "lynx",
        "Linmoor Courier",
        "Brackwater explainer: a cage and a trail camera",
        "The lynx was seen again on Wednesday near a school in Brackwater. Keepers said Tilda would be caught with a "
        "baited cage, and asked walkers to keep dogs on leads.",
    ),
    (
        "library",
        "Linmoor Courier",
        "Ostley explainer: why the library may close",
        "Ostley Library could close in April after the council cut its budget by a third. Readers in Ostley "
        "collected 2,000 signatures to keep the library open, the Friends of Ostley Library said.",
    ),
    (
        "library",
        "Fenside Herald",
        "Ostley Library closure vote delayed",
        "Councillors postponed a vote on closing Ostley Library after a petition from readers. The library has "
        "served Ostley since 1931, and volunteers offered to run it two days a week.",
    ),
    (
        "library",
        "Linmoor Courier",
        "Ostley explainer: who would run the library",
        "Volunteers who want to run Ostley Library met council officers on Thursday. The council said a "
        "volunteer-run library in Ostley would still need a paid manager.",
    ),
    (
        "race",
        "Linmoor Courier",
        "Carrow explainer: the cycle race route",
        "The Carrow Grand Prix cycle race returns on Sunday with a new route over Carrow Hill. Riders from 14 teams "
        "will climb Carrow Hill three times, the organisers said.",
    ),
    (
        "race",
        "Fenside Herald",
        "Road closures for Carrow cycle race",
        "Roads around Carrow Hill will close from 8am on Sunday for the Carrow Grand Prix cycle race. Buses will "
        "take a diversion, and parking on the route is banned.",
    ),
    (
        "race",
        "Linmoor Courier",
        "Carrow explainer: who can win the cycle race",
        "Last year's winner of the Carrow Grand Prix cycle race, Ida Renk, will defend her title on Sunday. Renk "
        "said the climb of Carrow Hill would decide the race.",
    ),
    (
        "bakery",
        "Linmoor Courier",
        "Dunsby explainer: the bakery fire",
        "Fire destroyed Holt's Bakery in Dunsby early on Friday. Firefighters said the bakery fire started in an "
        "oven, and the family who live above Holt's Bakery got out unhurt.",
    ),
    (
        "bakery",
        "Fenside Herald",
        "Dunsby bakery fire: owners vow to rebuild",
        "The owners of Holt's Bakery in Dunsby said they would rebuild after the fire. Neighbours in Dunsby raised "
        "money for the bakery's six staff.",
    ),
    (
        "bakery",
        "Linmoor Courier",
        "Dunsby explainer: where to buy bread now",
        "Holt's Bakery will sell bread from a market stall in Dunsby while the bakery is rebuilt after the fire, "
        "the owners said. Fire investigators said the oven had a faulty thermostat.",
    ),
    (
        "choir",
        "Linmoor Courier",
        "Pellow explainer: the choir's road to the final",
        "Pellow Male Voice Choir reached the final of the national choir competition on Saturday. The Pellow choir "
        "has 48 singers, the oldest of them 91.",
    ),
    (
        "choir",
        "Fenside Herald",
        "Pellow choir sings in national final",
        "Pellow Male Voice Choir will sing in the national choir final in Cardiff next month. The choir's conductor "
        "said Pellow had not reached a final since 1988.",
    ),
    (
        "choir",
        "Linmoor Courier",
        "Pellow explainer: what the choir will sing",
        "Pellow Male Voice Choir will sing two hymns and a folk song in the national final, its conductor said. The "
        "choir rehearses twice a week in Pellow chapel.",
    ),
]


def _texts(story: str) -> list[tuple[str, str]]:
    return [(h, t) for s, _, h, t in _STREAM if s == story]


def test_the_streams_labels_are_words_on_many_unrelated_stories() -> None:
    """ "explainer" opens the headlines of all five stories; "lynx" or "Ostley" are one story's own."""
    labels = stream_labels([h for h, _ in _texts(s)] for s in ("lynx", "library", "race", "bakery", "choir"))
    assert labels == {"explainer"}, labels


def test_words_of_one_story_split_in_topics_are_no_label() -> None:
    """Five topics of one long story all say "reservoir" and "drought": two words that travel together are a story's
    own, not a banner on unrelated stories."""
    stream = [
        ["Reservoir drought: hosepipe ban starts", "Reservoir drought worsens"],
        ["Reservoir drought: farmers ask for help"],
        ["Reservoir drought hits Ulby mill"],
        ["Reservoir drought: tankers sent to Ulby"],
        ["Reservoir drought: rain brings little relief"],
        ["Night bus cut in Ulby"],
    ]
    assert stream_labels(stream) == frozenset()


def test_a_label_of_the_stream_is_in_no_title() -> None:
    """The lynx story's headlines all open with the banner: alone, it heads their title; with the stream's labels
    the story's own noun does."""
    texts = _texts("lynx")
    assert "explainer" in story_title(texts, key_names(texts)).lower()  # without the stream, the banner stays
    title = story_title(texts, key_names(texts), {"Explainer"})
    assert "explainer" not in title.lower() and "lynx" in title.lower(), title


def test_a_headline_loses_the_banner_a_label_is_in() -> None:
    """The service's last resort, a headline, drops a banner that holds a stream label, before or after the story's
    words; another banner ("Kerran floods:") or one that would leave too little stays."""
    labels = {"Explainer", "roundups"}
    assert unlabelled_headline("Ostley explainer: why the library may close", labels) == "why the library may close"
    assert unlabelled_headline("Carrow race route changes | Explainer", labels) == "Carrow race route changes"
    assert unlabelled_headline("Explainer | Roundup: bakery fire in Dunsby", labels) == "bakery fire in Dunsby"
    assert unlabelled_headline("Dunsby bakery fire: owners vow to rebuild", labels).startswith("Dunsby bakery fire:")
    assert unlabelled_headline("Explainer: Pellow", labels) == "Explainer: Pellow"


@pytest.fixture
def engine(tmp_path: Path):
    engine = open_db(f"sqlite:///{tmp_path / 'digest.sqlite'}")
    yield engine
    engine.dispose()


def test_the_service_titles_a_topic_without_its_streams_labels(engine, tmp_path: Path) -> None:
    """Through the service on a real SQLite store: four stories grouped first (each with the Courier's "explainer"
    banners), then the lynx story, whose title uses no word of the banner."""
    config = Config(storage=StorageConfig(url=f"sqlite:///{tmp_path / 'digest.sqlite'}"), grouping=GroupingConfig())
    order = ("library", "race", "bakery", "choir", "lynx")
    for day, story in enumerate(order, start=1):
        when = datetime(2031, 3, day, 12, tzinfo=UTC)
        rows = [(k, r) for k, r in enumerate(_STREAM) if r[0] == story]
        items = [
            Article(
                id=f"{story}-{k}",
                url=f"https://example.org/{story}-{k}",
                title=headline,
                text=text,
                source=outlet,
                published=when,
                first_seen=when,
            )
            for k, (_, outlet, headline, text) in rows
        ]
        article_store.upsert(engine, items)
        update_topics(engine, config, [a.id for a in items], when.replace(hour=23))
    topics = {t.slug: t for t in list_topics(engine) if t.kind == "discovered"}
    lynx = [t for t in topics.values() if any(m.startswith("lynx-") for m in t.members)]
    assert len(lynx) == 1, {t.slug: t.title for t in topics.values()}
    title = lynx[0].title
    assert title == "Brackwater lynx" and lynx[0].slug == "brackwater-lynx", title
