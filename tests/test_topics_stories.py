"""Stories that keep their identity, and one-offs that must not join them (pure engine, no database).

A dock strike in a port town runs for two weeks across three outlets. A marathon in the same town,
a ferry fire in the same port on a strike day and a court case about the same union are other
stories: sharing a place name (or a day) is not sharing a story.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from grouping_support import replay

from digest.topics.engine import Cluster, Doc, Params
from digest.topics.evaluate import fragmentation, score
from digest.topics.features import featurize

START = datetime(2025, 3, 3, 9, tzinfo=UTC)

STRIKE = [
    "Dock workers at the port of Tema walked off the job on Monday, halting container traffic as the Maritime and "
    "Dockworkers Union demanded a pay rise of 25 percent from the Ghana Ports and Harbours Authority. Union leader "
    "Kwame Asante said the dockworkers had waited two years for a new wage agreement.",
    "Ships queued outside Tema harbour for a second day as the dock strike left cranes idle. Kwame Asante of the "
    "Maritime and Dockworkers Union said members would not return until the Ghana Ports and Harbours Authority "
    "improved its wage offer for dockworkers.",
    "Importers warned of shortages of fuel and rice as the dock strike at Tema port entered its third day. The "
    "Ghana Ports and Harbours Authority said wage talks with the Maritime and Dockworkers Union had broken down, "
    "and Kwame Asante accused managers of stalling.",
    "Wage talks between striking dockworkers and the Ghana Ports and Harbours Authority resumed in Accra with a "
    "government mediator. Kwame Asante told reporters the Maritime and Dockworkers Union had lowered its pay "
    "demand but picket lines at Tema port would stay.",
    "Container lines began diverting cargo from Tema to Lome as the dock strike dragged into its second week, "
    "shipping agents said. Congestion at Tema port has left more than forty vessels at anchor while the "
    "Maritime and Dockworkers Union and the harbours authority remain apart on wages.",
    "Labour minister Ignatius Baffour Awuah met Kwame Asante and Ghana Ports and Harbours Authority officials "
    "to end the Tema port strike. Dockworkers rejected an offer of a 12 percent pay rise, saying it did not "
    "match inflation.",
    "Dockworkers at Tema voted to accept a 17 percent pay rise, ending a dock strike that had halted the port for "
    "eleven days. Kwame Asante said the Maritime and Dockworkers Union would restart the cranes on Friday.",
    "Cranes resumed work at Tema port after the dock strike ended, and the Ghana Ports and Harbours Authority "
    "said the queue of vessels at anchor would clear within a fortnight. Importers counted the cost of the "
    "stoppage and the dockworkers' union thanked the mediator.",
]
OUTLETS = ["Daily Graphic", "Reuters", "Citi News"]

MARATHON = (
    "Kenyan runner Brigid Kosgei won the Tema City Marathon on Sunday in two hours and twenty minutes, "
    "leading a field of three thousand runners along the coast road. Local athlete Ama Mensah finished third "
    "and said the crowds in Tema had carried her through the final kilometres of the race."
)
FERRY = (
    "A fire broke out on a passenger ferry in the Volta estuary near Ada on Tuesday, and the navy rescued sixty "
    "passengers from the water. The cause of the blaze on the ferry was not known, the fire service said."
)
SECOND_STRIKE = [
    "Nurses in Kumasi began a strike over unpaid allowances, and the Ghana Registered Nurses Association said "
    "wards at Komfo Anokye hospital would run with emergency staff only.",
    "The nurses' strike in Kumasi entered its second day as patients were turned away from Komfo Anokye "
    "hospital. Association leader Perpetual Ofori said the health ministry had ignored their letters.",
    "Health minister officials met the Ghana Registered Nurses Association in Kumasi to end the nurses' strike "
    "at Komfo Anokye hospital, promising to pay the allowances in arrears.",
]


def _doc(i: str, text: str, day: float, outlet: str) -> Doc:
    return Doc(id=i, time=START + timedelta(days=day), source=outlet, features=featurize("", text))


def _run(docs: list[Doc], params: Params) -> dict[str, str | None]:
    """Feed the docs a day at a time as the service does; article id -> topic key or None."""
    by_day: dict[str, list[Doc]] = {}
    for d in docs:
        by_day.setdefault(d.time.date().isoformat(), []).append(d)
    return replay(((max(d.time for d in by_day[day]), by_day[day]) for day in sorted(by_day)), params)[0]


def _strike_docs() -> list[Doc]:
    return [_doc(f"strike-{n}", t, 1.5 * n, OUTLETS[n % 3]) for n, t in enumerate(STRIKE)]


def test_a_marathon_in_the_strike_town_stays_out_of_the_strike() -> None:
    docs = [*_strike_docs(), _doc("marathon", MARATHON, 6.5, "Daily Graphic")]
    predicted = _run(docs, Params())
    strike = {predicted[d.id] for d in docs if d.id.startswith("strike-")}
    assert len(strike) == 1 and None not in strike, predicted
    assert predicted["marathon"] not in strike


def test_same_day_different_stories_stay_apart() -> None:
    docs = [
        *_strike_docs(),
        _doc("ferry", FERRY, 3.0, "Reuters"),
        *[_doc(f"nurses-{n}", t, 3.0 + n, OUTLETS[(n + 1) % 3]) for n, t in enumerate(SECOND_STRIKE)],
    ]
    predicted = _run(docs, Params())
    gold = {d.id: d.id.split("-")[0] for d in docs}
    s = score(gold, predicted)
    assert s.pairwise_precision == 1.0, predicted
    strike = predicted["strike-0"]
    assert strike is not None and all(predicted[f"strike-{n}"] == strike for n in range(len(STRIKE)))
    assert predicted["ferry"] != strike
    assert all(predicted[f"nurses-{n}"] != strike for n in range(len(SECOND_STRIKE)))


def test_fragmentation_per_story_and_week() -> None:
    gold = {"a1": "a", "a2": "a", "a3": "a", "a4": "a", "b1": "b", "b2": "b"}
    predicted: dict[str, str | None] = {"a1": "t1", "a2": "t1", "a3": "t2", "a4": None, "b1": "t3", "b2": "t3"}
    day = datetime(2025, 3, 3, tzinfo=UTC)  # a Monday
    published = {
        "a1": day,
        "a2": day + timedelta(days=1),
        "a3": day + timedelta(days=2),
        "a4": day + timedelta(days=3),
        "b1": day,
        "b2": day + timedelta(days=8),
    }
    a, b = fragmentation(gold, predicted, published)
    assert (a.label, a.articles, a.topics, a.ungrouped) == ("a", 4, 2, 1)
    assert a.largest_share == 0.5
    assert a.topics_per_week == 2.0 and a.max_topics_per_week == 2
    assert (b.topics, b.largest_share, b.topics_per_week) == (1, 1.0, 1.0)
    assert a.shared_topics == b.shared_topics == 0
    predicted["b2"] = "t2"  # a topic holding both stories counts for each
    a, b = fragmentation(gold, predicted, published)
    assert (a.shared_topics, b.shared_topics, b.topics) == (1, 1, 2)


LEFTOVER = (
    "Shipping agents in Tema estimated the cost of the stoppage at the port, where cranes stood idle and "
    "dockworkers stayed away, at several million cedis. Freight rates for cargo bound for Ghana rose."
)


def test_leftovers_expire_into_their_story_not_into_a_town_namesake() -> None:
    """With leftover absorption trusting even a tiny noise sample, the strike's weak side article
    ends in the strike topic, while the marathon in the strike's town (arriving while the strike
    topic is young, before its core is trusted) and the ferry fire stay out, on arrival and when
    their candidates expire."""
    docs = [
        *_strike_docs(),
        *[_doc(f"nurses-{n}", t, 3.0 + n, OUTLETS[(n + 1) % 3]) for n, t in enumerate(SECOND_STRIKE)],
        _doc("leftover", LEFTOVER, 4.2, "Citi News"),
        _doc("marathon", MARATHON, 4.5, "Daily Graphic"),
        _doc("ferry", FERRY, 4.6, "Reuters"),
        _doc("late", STRIKE[7], 30.0, "Reuters"),  # a later day, after the candidates expired
    ]
    params = Params(absorb_min_noise=1)
    predicted = _run(docs, params)
    strike = predicted["strike-0"]
    assert strike is not None
    assert predicted["leftover"] == strike, predicted
    assert predicted["marathon"] is None and predicted["ferry"] is None


def _named(key: str, size: int, names: dict[str, float]) -> Cluster:
    from digest.topics.engine import Vec

    empty = Vec.from_dict({})
    return Cluster(key=key, is_topic=True, words=empty, entities=empty, last=START, size=size, names=names)


def test_a_side_story_naming_the_story_lead_agrees_a_neighbour_does_not() -> None:
    from digest.topics.engine import leads_agree

    p = Params()
    spill = _named("spill", 900, {"BP": 900, "Gulf of Mexico": 400, "Obama": 200, "Louisiana": 150, "Hayward": 90})
    side = _named("side", 10, {"Kevin Costner": 12, "BP": 10, "Gulf of Mexico": 5, "CINC": 4})
    twin = _named("twin", 300, {"Petrobras": 300, "Campos Basin": 120, "Lula": 80, "BP": 20, "Gulf of Mexico": 10})
    mention = _named("mention", 8, {"Greenpeace": 9, "Arctic": 6, "Shell": 5, "BP": 2, "Gulf of Mexico": 1})
    assert leads_agree(side, spill, p) and leads_agree(spill, side, p)
    assert not leads_agree(twin, spill, p)  # the twin names BP, but its lead is its own company
    assert not leads_agree(mention, spill, p)  # BP in passing is not the side story's subject
