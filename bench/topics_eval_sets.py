"""Harder grouping checks built from t17-dev, scored with the product's `digest eval topics` path.

t17-dev's four stories have distinct vocabulary; real news has neighbouring stories that share most
of it, drift in names as they move on, go quiet for weeks and sit among one-off articles. Sets:

- t17: the corpus as it is.
- twin: bpoil split in two by alternating articles, the second half name-swapped to a Brazilian spill
  (tests/data/topics/make_twin.py): same words, other names, same months.
- mixture: the twin with every story re-dated to start on the same day (same-day, different-story
  articles from five stories at once).
- drift: every story thinned to 40 % (sparse coverage, quiet weeks); bpoil and H1N1 each split into
  three phases, each later one resuming after a quiet gap of five weeks and naming its places and
  people differently (the spill moves to other parishes and officials, the flu to the southern
  hemisphere, then to Asia), while the core actors (BP, WHO) and the vocabulary persist.
- region: the mixture thinned to half; each spill article names towns drawn at random from a pool
  along its coast (a war moving from town to town) and a third mention the neighbouring spill.
- neighbours: four stories of one region, all running at once: every story re-dated to start on
  the same day and thinned to half; every article datelined in a town of one shared regional pool,
  three in five carrying a sentence of the region's shared news (its governor, assembly, markets,
  roads), so the stories share places and vocabulary; bpoil and H1N1 drift through three
  phases with their own names, each after a quiet gap of three weeks.
- crosstalk: real text of four stories moved into one region and the same months: the spill split in
  two by alternating articles, the second one a neighbouring spill (its own company, rig, officials
  and ports; the US states, Washington and the Exxon Valdez shared), the flu breaking out in the
  spill's state and the quake striking the island across the Gulf (its neighbour named Florida);
  each story in four phases after quiet gaps of three to six weeks, moving to other towns of the
  region that its neighbours also name;
  the flu and the quake stretched to run as long as the spills; a third of the articles carrying two
  or three sentences of a neighbouring story from the same fortnight (round-up coverage); several
  outlets per story.
- namesake: crosstalk with the quake's island named after a state the spills name in one article in
  six (Mississippi): a story whose own lead place its neighbour keeps naming.
- quads: the spill split four ways by article, three of them name-swapped to other countries' spills
  (Brazil, Mexico's side of the Gulf, the Niger Delta): four stories with one vocabulary and their own
  names in the same months, each in four phases after quiet weeks with other towns, a third of the
  articles carrying another spill's paragraph.
- spellings: crosstalk (the same draw) as outlets write it: each outlet spells the stories' names its
  own way by the rules transliterations differ on (q/k/g/gh, dh/d, doubled consonants, vowels, -iya/-iyah,
  "al-"), and two outlets name most places by their people ("Cuban" for "Cuba").
- turnover: the whole spill in three phases after quiet gaps of four to eight weeks, each later phase
  told through other lead actors (companies, rig, officials, towns: the claims fund, the moratorium,
  the relief well), sharing only the Gulf, the US and the story's common words with the first; crosstalk's
  flu and quake beside it in the same region and months, a third of the articles carrying a neighbour's passage.
- oneoffs: bpoil with 60 one-off articles (other stories' texts with made-up names) datelined in the
  spill's own towns, the marathon-in-the-strike-town case: they must not join the spill.

Blind sets (issue 13), built without reading the grouping code, for what long regional coverage has and
the sets above lack; their articles carry a "kind" and the bench prints, per kind, how many are in no
topic, outside their story's largest topic, or in another story's topic:

- shorts: crosstalk (the same draw) with three in ten articles replaced by wire briefs (the lead's two or
  three sentences), live-blog entries (a time stamp and one or two body sentences using the story's words)
  and analyses (five to eight general sentences of the story's same-fortnight reporting, each naming at
  most one actor). First run, seeds 17/1/2: BCubed F1 0.871/0.861/0.853, 200/206/198 articles in no topic
  (crosstalk: 0.923, 78); 87-94 of about 210 live entries in no topic.
- wires: crosstalk with the wire copy (Reuters, Fox News's AP) signed off by one region bureau's staff
  (the same reporters, editors and bureau towns on every story), four in ten of those republished the same
  or the next day by one to three other outlets, cut by their desks, with their own page furniture.
  First run: 0.919/0.911/0.906; up to 13 topics (the flu in 11 on seed 2).
- flare: crosstalk with spill2 and the flu back only after two to four quiet months before each later
  phase, under a coined label in a rising share of mentions ("the Campeche blowout", "the Gulf flu").
  First run: 0.926/0.941/0.927.
- relay: the whole spill with turnover's three casts but no quiet weeks: old and new casts overlap for
  four weeks around each change (a revolution's leaders giving way to generals, then to a president).
  First run, seeds 29/1/2: 0.933/0.767/0.631; the spill keeps 97 %/70 %/33 % in its largest topic, a
  later cast forming a topic of its own.
- bridged: relay (the same draw) with a third of the articles of each change's four weeks naming both casts, half
  the mentions each, as coverage of a handover does ("Feinberg, who took over BP's claims"). Seeds 29/1/2:
  0.923/0.924/0.929 against relay's 0.933/0.767/0.631: the grouping follows a cast change the coverage bridges;
  with no article naming both, the later cast is a story of the same kind in succession, which it keeps apart (two
  hurricanes, two spills). Blend with bridging: 0.811 and 0.583 on seeds 29 and 1; on seed 1 bridged relay with
  asides and wire copies gives 0.912, with asides and round-ups 0.906, with asides and short items 0.708 (short items
  leave fewer bridges: the last cast forms a topic of its own).
- forum: quads with the third of each spill's articles about Washington's handling keeping Washington's
  people and bodies whichever spill they are about (one capital, council and lawmakers debating four
  neighbouring crises). First run, seeds 19/1/2: 0.943/0.965/0.949 (quads, seed 19: 0.952).
- roundup: crosstalk with 15 % of the articles turned into round-ups of the region (half to two thirds of
  their own text, then the leads of one or two other stories' articles from the same week).
  First run, seeds 17/1/2: 0.862/0.869/0.859, pairwise precision 0.884/0.895/0.886: a fifth of the round-ups
  land in another story's topic and glue topics together.
- trickle: crosstalk with the flu and the quake thinned to three in ten (about two a week) beside the two
  busy spills. First run, seeds 17/1/2: 0.918/0.917/0.913.
- blend: all of it at once: relay's stories with shorts' items, roundup's pieces, crosstalk's asides and
  wires' copies. First run, seeds 29/1/2: 0.544/0.513/0.551, 12-18 topics for 3 stories, 140-148 articles
  in no topic; the spill in 10-13 topics keeping 30-34 % in its largest (one topic per cast, small topics
  of a wire story and its copies), the flu in 10-13 keeping 71-77 %, bureau sign-offs gluing small
  topics across stories.

Precision set (issue 13), after a "handover" rule (folding a topic born in a story's course into it once either
went quiet) raised blend and was reverted for joining distinct stories of one kind (review gr10):

- successor: bpoil split by alternating articles as the twin is; the even ones the first spill, up to 15 June;
  the odd ones make_twin's Brazilian spill (its own company, rig, officials, ports), born 20 May, weeks into the
  first's run, overlapping it for four weeks and running on to September after the first goes quiet; inside its
  run a week (1-7 July) of even articles swapped to the Niger Delta (quads' names), a short spill of the same kind;
  the flu and the quake re-dated into the same months. Gold: each its own story (the hurricane-then-hurricane,
  strike-at-another-port case). Main: BCubed F1 0.945, each spill in one topic of its own; with the handover
  (branch grp10) 0.700: 151 of the Brazilian spill's articles in the first spill's topic, 377 in no topic,
  18 of the Niger week's 20 in no topic and 2 in another spill's.

    python bench/topics_eval_sets.py [CORPUS.jsonl] [--sets t17,twin,...] [--keep DIR] [--seed N]

Prints figures per set and per story and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "topics"))
sys.path.insert(0, str(ROOT / "bench"))

from make_twin import SWAP as TWIN_SWAP  # type: ignore[import-not-found]  # noqa: E402
from make_twin import build as build_twin  # type: ignore[import-not-found]  # noqa: E402
from make_twin import swap as twin_swap  # type: ignore[import-not-found]  # noqa: E402
from topics_bench import rename  # noqa: E402

from digest.config import GroupingConfig  # noqa: E402
from digest.topics.evaluate import evaluate_file  # noqa: E402

DEFAULT_CORPUS = next(
    (p for p in (d / "shared/corpus/t17-dev/articles.jsonl" for d in (ROOT.parent, ROOT.parent.parent)) if p.exists()),
    ROOT.parent / "shared/corpus/t17-dev/articles.jsonl",
)
GAP_DAYS = 35

# Later-phase names: the story moves on to other places and officials; BP, the spill, WHO stay.
# One table per later phase (phase 2, phase 3).
DRIFT = {
    "bpoil": (
        {
            "Tony Hayward": "Bob Dudley",
            "Hayward": "Dudley",
            "Thad Allen": "Paul Zukunft",
            "Allen": "Zukunft",
            "Louisiana": "Terrebonne",
            "New Orleans": "Houma",
            "NEW ORLEANS": "HOUMA",
            "Grand Isle": "Port Fourchon",
            "Mississippi": "Pascagoula",
            "Alabama": "Mobile Bay",
            "Florida": "Pensacola",
            "Jindal": "Landrieu",
            "Salazar": "Bromwich",
            "Deepwater Horizon": "Macondo rig",
            "Transocean": "Cameron International",
        },
        {
            "Tony Hayward": "Carl-Henric Svanberg",
            "Hayward": "Svanberg",
            "Thad Allen": "Mary Landry",
            "Allen": "Landry",
            "Louisiana": "Plaquemines",
            "New Orleans": "Baton Rouge",
            "NEW ORLEANS": "BATON ROUGE",
            "Grand Isle": "Barataria Bay",
            "Mississippi": "Biloxi",
            "Alabama": "Dauphin Island",
            "Florida": "Panama City",
            "Obama": "Holder",
            "Jindal": "Nungesser",
            "Salazar": "Feinberg",
            "Deepwater Horizon": "well",
            "Transocean": "Anadarko",
            "Halliburton": "Mitsui",
            "Washington": "Houston",
            "WASHINGTON": "HOUSTON",
        },
    ),
    "H1N1": (
        {
            "Mexico City": "Buenos Aires",
            "Mexico": "Argentina",
            "Mexican": "Argentine",
            "California": "Santiago",
            "Texas": "Melbourne",
            "New York": "Sydney",
            "Scotland": "Patagonia",
        },
        {
            "Mexico City": "Tokyo",
            "Mexico": "Japan",
            "Mexican": "Japanese",
            "United States": "China",
            "US": "China",
            "California": "Osaka",
            "Texas": "Hong Kong",
            "New York": "Beijing",
            "Britain": "Korea",
            "UK": "Korea",
            "Obama": "Hatoyama",
            "Napolitano": "Masuzoe",
            "Scotland": "Kobe",
            "Europe": "Asia",
        },
    ),
}
THIN = 0.4  # share of each story's articles kept in the drift set: sparse coverage, quiet weeks
# The spill's towns, as one-off datelines.
TOWNS = ["NEW ORLEANS", "GRAND ISLE, Louisiana", "Venice, Louisiana", "Gulfport, Mississippi", "Pensacola, Florida"]


def _swap(text: str, table: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: table[m.group(1)], text)


def _in_phases(
    name: str,
    mine: list[dict],
    table: dict[str, str],
    phases: Sequence[dict[str, str]],
    span: tuple[int, int],
    rng: random.Random,
) -> list[dict]:
    """One story moved into the shared months: each phase renamed by its table and started after a quiet gap
    drawn from `span` days; the quake's articles spread over the outlets."""
    mine = sorted(mine, key=lambda r: (r["published"], r["id"]))
    first = date.fromisoformat(mine[0]["published"][:10])
    gaps = [0] + [rng.randint(*span) for _ in phases]
    out = []
    for n, r in enumerate(mine):
        phase, text = _phased(r["text"], n, len(mine), table, phases)
        days = round((date.fromisoformat(r["published"][:10]) - first).days * CROSSTALK_STRETCH[name])
        when = (date(2010, 4, 1) + timedelta(days=days + sum(gaps[: phase + 1]))).isoformat()
        outlet = r["outlet"] if name != "quake" else rng.choice(OUTLETS)
        out.append({**r, "id": f"{name}_{r['id']}", "story": name, "outlet": outlet, "published": when, "text": text})
    return out


def _phased(text: str, n: int, total: int, table: dict[str, str], phases: Sequence[dict[str, str]]) -> tuple[int, str]:
    """The phase of a story's n-th of `total` articles, and its text with the story's names and that phase's."""
    phase = (len(phases) + 1) * n // total
    text = _swap(text, table) if table else text
    return phase, _swap(text, phases[phase - 1]) if phase else text


def _shift(published: str, days: int) -> str:
    return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat()


def drift(rows: list[dict], seed: int = 3) -> list[dict]:
    """Thin every story; split bpoil and H1N1 into three phases of equal size, each later phase
    after a quiet gap of GAP_DAYS and with its own names."""
    rng = random.Random(seed)
    kept = [r for r in rows if rng.random() < THIN]
    out = []
    for story in sorted({r["story"] for r in kept}):
        mine = sorted((r for r in kept if r["story"] == story), key=lambda r: (r["published"], r["id"]))
        tables = DRIFT.get(story)
        for n, r in enumerate(mine):
            phase = 3 * n // len(mine) if tables else 0
            if phase and tables:
                r = {
                    **r,
                    "published": _shift(r["published"], phase * GAP_DAYS),
                    "text": _swap(r["text"], tables[phase - 1]),
                }
            out.append(r)
    return out


# Each article of a war-like story names its own towns; neighbours mention each other.
REGION = {
    "bpoil": (
        ["Louisiana", "Grand Isle", "New Orleans", "Mississippi", "Alabama", "Florida"],
        [
            "Houma",
            "Venice",
            "Biloxi",
            "Gulfport",
            "Pensacola",
            "Mobile",
            "Cocodrie",
            "Destin",
            "Gulf Shores",
            "Lafitte",
            "Pass Christian",
            "Dauphin Island",
        ],
        "The leak recalls the Petrobras spill in the Campos Basin off Rio de Janeiro.",
    ),
    "petro": (
        ["Rio de Janeiro", "Cabo Frio", "Niteroi", "Espirito Santo", "Bahia", "Sao Paulo"],
        [
            "Macae",
            "Buzios",
            "Arraial do Cabo",
            "Vitoria",
            "Salvador",
            "Santos",
            "Angra",
            "Paraty",
            "Ilhabela",
            "Ubatuba",
            "Marica",
            "Saquarema",
        ],
        "The leak recalls the BP spill in the Gulf of Mexico off Louisiana.",
    ),
}


def region(rows: list[dict], seed: int = 5) -> list[dict]:
    """The mixture thinned to half, each spill article datelined in towns drawn from a pool of its
    coast, a third of them mentioning the neighbouring spill by name."""
    rng = random.Random(seed)
    out = []
    for r in build_twin([dict(r) for r in rows], overlap=True):
        if rng.random() >= 0.5:
            continue
        rule = REGION.get(r["story"])
        if rule:
            places, pool, aside = rule
            table = {p: rng.choice(pool) for p in places}
            text = _swap(r["text"], table)
            if rng.random() < 1 / 3:
                cut = text.find(". ", len(text) // 3)
                text = text[: cut + 2] + aside + " " + text[cut + 2 :] if cut > 0 else text + " " + aside
            r = {**r, "text": text}
        out.append(r)
    return out


# One region's towns and shared news: what neighbouring stories all mention.
REGION_TOWNS = ["Santa Rosa", "Puerto Nuevo", "San Miguel", "Villa Real", "Monte Alto", "Rio Claro", "Las Palmas"]
REGION_NEWS = [
    "Governor Elena Ruiz said the regional government in {town} would release emergency funds.",
    "Residents of {town} told reporters the crisis had disrupted schools, markets and the port.",
    "The regional assembly in {town} met in emergency session as officials weighed the response.",
    "Aid agencies said the roads between {town} and {other} were crowded with trucks and volunteers.",
    "Opposition leaders in {town} accused Governor Elena Ruiz of a slow and confused response.",
    "Prices rose in the markets of {town} and {other} as the crisis dragged on, traders said.",
]
NEIGHBOUR_GAP_DAYS = 21


def neighbours(rows: list[dict], seed: int = 11) -> list[dict]:
    """Four stories of one region at once, sharing its towns and news, two of them drifting in phases."""
    rng = random.Random(seed)
    out = []
    for story in sorted({r["story"] for r in rows}):
        mine = sorted((r for r in rows if r["story"] == story), key=lambda r: (r["published"], r["id"]))
        offset = (date(2010, 1, 1) - date.fromisoformat(mine[0]["published"][:10])).days
        kept = [r for r in mine if rng.random() < 0.5]
        tables = DRIFT.get(story)
        for n, r in enumerate(kept):
            phase = 3 * n // len(kept) if tables else 0
            text = _swap(r["text"], tables[phase - 1]) if phase and tables else r["text"]
            town, other = rng.sample(REGION_TOWNS, 2)
            if rng.random() < 0.6:
                news = rng.choice(REGION_NEWS).format(town=town, other=other)
                cut = text.find(". ")
                text = text[: cut + 2] + news + " " + text[cut + 2 :] if cut > 0 else text + " " + news
            when = _shift(r["published"], offset + phase * NEIGHBOUR_GAP_DAYS)
            out.append({**r, "published": when, "text": f"{town.upper()} - {text}"})
    return out


def oneoffs(rows: list[dict], n: int = 60, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    spill = [r for r in rows if r["story"] == "bpoil"]
    others = [r for r in rows if r["story"] in ("H1N1", "haiti", "MJ") and len(r["text"]) > 400]
    first, last = date.fromisoformat(spill[0]["published"][:10]), date.fromisoformat(spill[-1]["published"][:10])
    out = list(spill)
    for k, r in enumerate(rng.sample(others, n)):
        when = first + timedelta(days=rng.randrange((last - first).days + 1))
        text = f"{rng.choice(TOWNS)} - " + rename(r["text"], f"oneoff{k}")
        out.append({**r, "id": f"oneoff_{k}", "story": f"oneoff_{k}", "published": when.isoformat(), "text": text})
    return out


# crosstalk: four real stories moved into one region and the same months. The second spill is the
# first one's neighbour (another company, rig and ports, the same Gulf, coasts and officials); the
# flu breaks out in the spill's own state and the quake strikes its neighbouring coast, so all four
# share the region's places and Washington's names. Names applied longest first, case-sensitively.
CROSSTALK_SWAP = {
    # The neighbouring spill: its own company, rig, officials and ports (the twin's names moved to
    # Mexico's side of the Gulf); the US states, Washington and the Exxon Valdez stay shared.
    "spill2": {
        **{
            k: v
            for k, v in TWIN_SWAP.items()
            if k not in {"United States", "Mississippi", "Alabama", "Florida", "Texas", "Alaska", "Houston", "HOUSTON"}
            and k
            not in {"Washington", "WASHINGTON", "Americans", "American", "America", "Mexico", "US", "Exxon Valdez"}
        },
        "Gulf of Mexico": "Bay of Campeche",
        "Gulf Coast": "Campeche coast",
        "Gulf": "Campeche",
        "Deepwater Horizon": "Ixtoc Alpha",
        "BP Plc": "Pemex",
        "Bp Plc": "Pemex",
        "BP": "Pemex",
        "British Petroleum": "Petroleos Mexicanos",
        "Barack Obama": "Felipe Calderon",
        "Obama": "Calderon",
        "White House": "Los Pinos",
        "US Coast Guard": "Mexican Navy",
        "Coast Guard": "Mexican Navy",
        "Louisiana": "Tabasco",
        "New Orleans": "Villahermosa",
        "NEW ORLEANS": "VILLAHERMOSA",
        "Grand Isle": "Ciudad del Carmen",
        "Venice": "Frontera",
        "London": "Mexico City",
        "LONDON": "MEXICO CITY",
        "Britain": "Mexico",
        "British": "Mexican",
        "UK": "Mexico",
        "Brazil": "Mexico",
    },
    "flu": {
        "Mexico City": "New Orleans",
        "Mexicans": "Louisianans",
        "Mexican": "Louisiana",
        "Mexico": "Louisiana",
        "California": "Mississippi",
        "Texas": "Florida",
        "New York": "Houston",
        "Scotland": "Alabama",
        "Scottish": "Alabama",
    },
    "quake": {
        "Port-au-Prince": "Havana",
        "Dominican Republic": "Florida",
        "Santo Domingo": "Miami",
        "Cite Soleil": "Regla",
        "Haitians": "Cubans",
        "Haitian": "Cuban",
        "Haiti": "Cuba",
        "Leogane": "Matanzas",
        "Jacmel": "Cienfuegos",
        "Caribbean": "Gulf Coast",
    },
}
# Later phases: each story moves on to other towns of the same region (that its neighbours name too).
CROSSTALK_DRIFT = {
    "spill": (
        {"Louisiana": "Terrebonne", "New Orleans": "Houma", "Grand Isle": "Port Fourchon"},
        {"Louisiana": "Florida", "New Orleans": "Pensacola", "Grand Isle": "Destin", "Hayward": "Dudley"},
        {"Louisiana": "Texas", "New Orleans": "Houston", "Grand Isle": "Galveston", "Hayward": "Svanberg"},
    ),
    "spill2": (
        {"Tabasco": "Veracruz", "Villahermosa": "Coatzacoalcos"},
        {"Tabasco": "Texas", "Villahermosa": "Corpus Christi"},
        {"Tabasco": "Tamaulipas", "Villahermosa": "Tampico"},
    ),
    "flu": (
        {"Louisiana": "Florida", "New Orleans": "Tampa"},
        {"Louisiana": "Texas", "New Orleans": "Houston"},
        {"Louisiana": "Alabama", "New Orleans": "Mobile"},
    ),
    "quake": (
        {"Havana": "Matanzas"},
        {"Havana": "Santiago de Cuba", "Florida": "Key West"},
        {"Havana": "Cienfuegos", "Florida": "Mississippi"},
    ),
}
# Days between a story's articles are multiplied by this: the flu and the quake run as long as the spills.
CROSSTALK_STRETCH = {"spill": 1.0, "spill2": 1.0, "flu": 2.5, "quake": 12.0}
CROSSTALK_GAP_DAYS = (21, 42)  # quiet weeks before each later phase, drawn in this range
CROSSTALK_ASIDE = 0.35  # share of articles carrying a paragraph of a neighbouring story
OUTLETS = ["bbc", "guardian", "reuters"]


def _passage(text: str, rng: random.Random) -> str:
    """Two or three consecutive sentences from the body of an article (not its dateline or lead)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text[:4000]) if len(s) > 40]
    if len(sentences) < 4:
        return " ".join(sentences[1:3])
    start = rng.randrange(1, len(sentences) - 2)
    return " ".join(sentences[start : start + rng.choice((2, 3))])


# The quake's island named after a state the spills name in one article in six (the first version of
# crosstalk): a story whose own lead place is one its neighbour keeps naming.
NAMESAKE_QUAKE = (
    {
        "Port-au-Prince": "Gulfport",
        "Dominican Republic": "Alabama",
        "Santo Domingo": "Mobile",
        "Cite Soleil": "Moss Point",
        "Haitians": "Mississippians",
        "Haitian": "Mississippi",
        "Haiti": "Mississippi",
        "Leogane": "Biloxi",
        "Jacmel": "Pascagoula",
        "Caribbean": "Gulf Coast",
    },
    (
        {"Gulfport": "Biloxi"},
        {"Gulfport": "Mobile", "Mississippi": "Alabama"},
        {"Gulfport": "Pensacola", "Mississippi": "Florida"},
    ),
)


def crosstalk(rows: list[dict], seed: int = 17, namesake: bool = False) -> list[dict]:
    """Four real stories of one region in the same months, sharing its places and officials, a third
    of their articles carrying a paragraph of a neighbouring story (as round-up coverage does), each
    story in three phases with quiet weeks between and other towns in later phases."""
    rng = random.Random(seed)
    return _asides(_crosstalk_stories(rows, rng, namesake=namesake), rng)


def _crosstalk_sources(rows: list[dict]) -> dict[str, list[dict]]:
    """Crosstalk's four stories as t17-dev's articles: the spill split in two by alternating articles."""
    spill = sorted((r for r in rows if r["story"] == "bpoil"), key=lambda r: (r["published"], r["id"]))
    return {
        "spill": spill[0::2],
        "spill2": spill[1::2],
        "flu": [r for r in rows if r["story"] == "H1N1"],
        "quake": [r for r in rows if r["story"] == "haiti"],
    }


def _crosstalk_stories(
    rows: list[dict],
    rng: random.Random,
    namesake: bool = False,
    spans: dict[str, tuple[int, int]] | None = None,
) -> list[dict]:
    """Crosstalk before its asides; `spans` gives some stories other quiet gaps than CROSSTALK_GAP_DAYS."""
    out = []
    for name, mine in _crosstalk_sources(rows).items():
        table = CROSSTALK_SWAP.get(name, {})
        phases = CROSSTALK_DRIFT[name]
        if namesake and name == "quake":
            table, phases = NAMESAKE_QUAKE
        span = (spans or {}).get(name, CROSSTALK_GAP_DAYS)
        out.extend(_in_phases(name, mine, table, phases, span, rng))
    return out


# Four spills at once: the spill split four ways by article, three of them name-swapped to other
# countries' spills (the twin's Brazil, Mexico's side of the Gulf, the Niger Delta). Same words,
# same months, other names: neighbouring uprisings, in the vocabulary a grouping sees.
NIGER_SWAP = {
    "Gulf of Mexico": "Niger Delta",
    "Gulf Coast": "Delta coast",
    "Gulf": "Delta",
    "Deepwater Horizon": "Bonga",
    "Macondo": "Bonga",
    "BP Plc": "Shell",
    "Bp Plc": "Shell",
    "BP": "Shell",
    "British Petroleum": "Royal Dutch Shell",
    "Transocean": "Saipem",
    "Halliburton": "Julius Berger",
    "Barack Obama": "Goodluck Jonathan",
    "Obama": "Jonathan",
    "White House": "Aso Rock",
    "US Coast Guard": "Nigerian Navy",
    "Coast Guard": "Nigerian Navy",
    "Tony Hayward": "Peter Voser",
    "Hayward": "Voser",
    "Bob Dudley": "Mutiu Sunmonu",
    "Dudley": "Sunmonu",
    "Doug Suttles": "Ann Pickard",
    "Suttles": "Pickard",
    "Thad Allen": "Ishaya Ibrahim",
    "Allen": "Ibrahim",
    "Kenneth Feinberg": "Bolaji Ayorinde",
    "Feinberg": "Ayorinde",
    "Ken Salazar": "Diezani Alison-Madueke",
    "Salazar": "Alison-Madueke",
    "Jindal": "Sylva",
    "Louisiana": "Bayelsa",
    "New Orleans": "Port Harcourt",
    "NEW ORLEANS": "PORT HARCOURT",
    "Grand Isle": "Bonny Island",
    "Venice": "Bonny",
    "Mississippi": "Rivers State",
    "Alabama": "Delta State",
    "Florida": "Akwa Ibom",
    "Texas": "Ondo",
    "Houston": "Lagos",
    "HOUSTON": "LAGOS",
    "Washington": "Abuja",
    "WASHINGTON": "ABUJA",
    "United States": "Nigeria",
    "Americans": "Nigerians",
    "American": "Nigerian",
    "America": "Nigeria",
    "US": "Nigeria",
    "Mexico": "Nigeria",
    "London": "The Hague",
    "LONDON": "THE HAGUE",
    "British": "Dutch",
    "Britain": "Netherlands",
    "UK": "Netherlands",
    "Exxon Valdez": "Ogoniland",
    "Congress": "National Assembly",
    "NOAA": "NOSDRA",
    "EPA": "NESREA",
    "MMS": "DPR",
}
QUADS_DRIFT = {
    "spill": CROSSTALK_DRIFT["spill"],
    "spill2": CROSSTALK_DRIFT["spill2"],
    "petro": (
        {"Rio de Janeiro": "Espirito Santo", "Niteroi": "Vitoria"},
        {"Rio de Janeiro": "Bahia", "Niteroi": "Salvador", "Gabrielli": "Foster"},
        {"Rio de Janeiro": "Sao Paulo", "Niteroi": "Santos"},
    ),
    "delta": (
        {"Bayelsa": "Ogoni", "Port Harcourt": "Bori"},
        {"Bayelsa": "Rivers State", "Port Harcourt": "Okrika", "Voser": "Sunmonu"},
        {"Bayelsa": "Akwa Ibom", "Port Harcourt": "Uyo"},
    ),
}


def _quad_names() -> dict[str, dict[str, str]]:
    """The four spills of quads and forum, each with its names (the first as the corpus has them)."""
    return {"spill": {}, "spill2": CROSSTALK_SWAP["spill2"], "petro": TWIN_SWAP, "delta": NIGER_SWAP}


def quads(rows: list[dict], seed: int = 19) -> list[dict]:
    """The spill four ways, each with its own names, in four phases after quiet weeks; a third of the
    articles carrying two or three sentences of another spill from the same fortnight."""
    rng = random.Random(seed)
    return _asides(_four_spills(rows, rng), rng)


def _four_spills(rows: list[dict], rng: random.Random, forum: bool = False) -> list[dict]:
    """Quads before its asides; with `forum`, the articles about Washington's handling keep Washington's actors."""
    spill = sorted((r for r in rows if r["story"] == "bpoil"), key=lambda r: (r["published"], r["id"]))
    out = []
    for k, (name, table) in enumerate(_quad_names().items()):
        mine = spill[k::4]
        phases = QUADS_DRIFT[name]
        kept = {a: b for a, b in table.items() if a not in FORUM_KEEP}
        gaps = [0] + [rng.randint(*CROSSTALK_GAP_DAYS) for _ in phases]
        for n, r in enumerate(mine):
            is_forum = forum and len(FORUM_WORDS.findall(r["text"][:5000])) >= FORUM_MIN
            phase, text = _phased(r["text"], n, len(mine), kept if is_forum else table, phases)
            when = _shift(r["published"], sum(gaps[: phase + 1]))
            row = {**r, "id": f"{name}_{r['id']}", "story": name, "published": when, "text": text}
            out.append({**row, "kind": "forum"} if is_forum else row)
    return out


# turnover: a long story whose lead actors change almost completely between phases after a quiet gap
# of four to eight weeks (a war: the regime and the protesters, later the rebels, NATO and another
# town). The spill's later phases are told through other companies, rigs, officials and towns (the
# claims fund, the drilling moratorium, the relief well's contractors); the Gulf, the US and the
# story's common words (oil, spill, well, cleanup, fishermen) stay. Its neighbours are crosstalk's
# flu (breaking out in the spill's state and moving through the region's towns) and quake.
TURNOVER_DRIFT = (
    {
        "BP Plc": "Anadarko Petroleum",
        "Bp Plc": "Anadarko Petroleum",
        "BP": "Anadarko",
        "British Petroleum": "Anadarko Petroleum",
        "Tony Hayward": "Kenneth Feinberg",
        "Hayward": "Feinberg",
        "Bob Dudley": "Michael Bromwich",
        "Dudley": "Bromwich",
        "Doug Suttles": "Jim Hackett",
        "Suttles": "Hackett",
        "Thad Allen": "Paul Zukunft",
        "Allen": "Zukunft",
        "Deepwater Horizon": "Ocean Saratoga",
        "Macondo": "Mississippi Canyon",
        "Transocean": "Diamond Offshore",
        "Halliburton": "Hercules Offshore",
        "Cameron": "Weatherford",
        "Louisiana": "Terrebonne",
        "New Orleans": "Houma",
        "NEW ORLEANS": "HOUMA",
        "Grand Isle": "Port Fourchon",
        "Venice": "Cocodrie",
        "Jindal": "Landrieu",
        "Salazar": "Holder",
        "Obama": "Vitter",
        "White House": "Justice Department",
        "London": "Aberdeen",
        "LONDON": "ABERDEEN",
        "British": "Scottish",
        "Britain": "Scotland",
        "Exxon Valdez": "Ixtoc",
        "Alaska": "Campeche",
    },
    {
        "BP Plc": "Mitsui Oil Exploration",
        "Bp Plc": "Mitsui Oil Exploration",
        "BP": "Moex",
        "British Petroleum": "Mitsui Oil Exploration",
        "Tony Hayward": "Bob Graham",
        "Hayward": "Graham",
        "Bob Dudley": "William Reilly",
        "Dudley": "Reilly",
        "Doug Suttles": "Mark Bly",
        "Suttles": "Bly",
        "Thad Allen": "Mary Landry",
        "Allen": "Landry",
        "Deepwater Horizon": "Development Driller",
        "Macondo": "relief well",
        "Transocean": "Noble Drilling",
        "Halliburton": "Schlumberger",
        "Cameron": "Oceaneering",
        "Louisiana": "Florida",
        "New Orleans": "Pensacola",
        "NEW ORLEANS": "PENSACOLA",
        "Grand Isle": "Destin",
        "Venice": "Panama City",
        "Florida": "Okaloosa",
        "Jindal": "Crist",
        "Salazar": "Browner",
        "Obama": "Nelson",
        "White House": "Senate panel",
        "London": "Tokyo",
        "LONDON": "TOKYO",
        "British": "Japanese",
        "Britain": "Japan",
        "Exxon Valdez": "Santa Barbara",
        "Alaska": "California",
        "Coast Guard": "Navy",
    },
)
TURNOVER_GAP_DAYS = (28, 56)  # quiet weeks before each later phase, drawn in this range


def turnover(rows: list[dict], seed: int = 23) -> list[dict]:
    """The whole spill in three phases after quiet gaps of four to eight weeks, each later phase with
    other lead actors and towns; crosstalk's flu and quake beside it in the same region and months,
    a third of the articles carrying a passage of a neighbouring story from the same fortnight."""
    rng = random.Random(seed)
    stories = {
        "spill": ([r for r in rows if r["story"] == "bpoil"], {}, TURNOVER_DRIFT),
        "flu": ([r for r in rows if r["story"] == "H1N1"], CROSSTALK_SWAP["flu"], CROSSTALK_DRIFT["flu"]),
        "quake": ([r for r in rows if r["story"] == "haiti"], CROSSTALK_SWAP["quake"], CROSSTALK_DRIFT["quake"]),
    }
    out = []
    for name, (mine, table, phases) in stories.items():
        span = TURNOVER_GAP_DAYS if name == "spill" else CROSSTALK_GAP_DAYS
        out.extend(_in_phases(name, mine, table, phases, span, rng))
    return _asides(out, rng)


def _asides(out: list[dict], rng: random.Random, skip: frozenset[str] = frozenset()) -> list[dict]:
    """CROSSTALK_ASIDE of the articles (none of those in `skip`) carry a passage of another story's article
    from the same fortnight."""
    by_day: dict[str, list[dict]] = {}
    for r in out:
        by_day.setdefault(r["published"], []).append(r)
    days_sorted = sorted(by_day)
    mixed = []
    for r in out:
        if r["id"] in skip:
            mixed.append(r)
            continue
        if rng.random() < CROSSTALK_ASIDE:
            # A neighbouring story's article from the same fortnight: round-up coverage.
            day = date.fromisoformat(r["published"])
            near = [
                o
                for d in days_sorted
                if abs((date.fromisoformat(d) - day).days) <= 7
                for o in by_day[d]
                if o["story"] != r["story"]
            ]
            if near:
                aside = _passage(rng.choice(near)["text"], rng)
                text = r["text"]
                cut = text.find(". ", min(len(text) // 3, 1200))
                text = text[: cut + 2] + aside + " " + text[cut + 2 :] if cut > 0 else text + " " + aside
                r = {**r, "text": text}
        mixed.append(r)
    return mixed


# spellings: one region's news told by several outlets, each with its own spelling of the names
# (Gaddafi / Qaddafi / Gadhafi, Misrata / Misurata, Daraa / Deraa, al-Qaeda / al-Qaida), and some
# outlets writing the people rather than the place ("Cuban officials" where others write "Cuba").
SPELL_SHARE = 0.7  # chance that an outlet spells a given name its own way
DEMONYM_OUTLETS = 2  # outlets that name most places by their people
DEMONYM_SHARE = 0.8  # share of a place's mentions such an outlet turns into the demonym
# The crosstalk set's places and their people: the builder's knowledge, not the engine's.
DEMONYMS = {
    "Cuba": "Cuban",
    "Louisiana": "Louisianan",
    "Mexico": "Mexican",
    "Florida": "Floridian",
    "Texas": "Texan",
    "Tabasco": "Tabascan",
    "Alabama": "Alabaman",
    "Mississippi": "Mississippian",
    "Veracruz": "Veracruzan",
    "America": "American",
    "Britain": "British",
}
_VOWELS = "aeiou"


def _respell_once(low: str, rng: random.Random) -> str:
    options: list[str] = []
    first, rest = low[0], low[1:]
    swaps = {"q": ["k", "g"], "k": ["q", "c"], "g": ["gh", "k", "q"], "c": ["k"]}
    if first in swaps and not rest.startswith("h"):
        options.append(rng.choice(swaps[first]) + rest)
    if "dh" in low:
        options.append(low.replace("dh", "d", 1))
    elif re.search(r"[aeiou]d[aeiou]", low):
        options.append(re.sub(r"([aeiou])d([aeiou])", r"\1dh\2", low, count=1))
    double = re.search(r"([b-df-hj-np-tv-z])\1", low)
    if double:
        options.append(low[: double.start()] + low[double.start() + 1 :])
    single = list(re.finditer(r"(?<=[aeiou])([bdfglmnprst])(?=[aeiou])", low))
    if single:
        m = rng.choice(single)
        options.append(low[: m.start()] + m.group(1) + low[m.start() :])
    inner = [i for i in range(1, len(low) - 1) if low[i] in _VOWELS]
    if inner:
        i = rng.choice(inner)
        swap = {"a": "e", "e": "a", "i": "ee", "o": "u", "u": "ou"}[low[i]]
        options.append(low[:i] + swap + low[i + 1 :])
    gap = [
        i
        for i in range(2, len(low) - 1)
        if low[i - 1] not in _VOWELS and low[i] not in _VOWELS + "hy" and low[i - 1] != low[i]
    ]
    if gap:
        i = rng.choice(gap)
        options.append(low[:i] + rng.choice("ua") + low[i:])
    for end, to in (("iyah", "iya"), ("iya", "iyah"), ("ia", "iya"), ("ah", "a"), ("a", "ah"), ("y", "i"), ("i", "y")):
        if low.endswith(end):
            options.append(low[: -len(end)] + to)
            break
    return rng.choice(options) if options else low


def respell(word: str, rng: random.Random) -> str:
    """A transliteration variant of a name, by the rules outlets differ on: initial q/k/g/gh, dh/d,
    doubled or single consonants, a swapped or inserted vowel, -iya/-iyah/-a/-ah, an "al-"/"el-" prefix."""
    out = _respell_once(word.lower(), rng)
    if rng.random() < 0.3:  # some outlets differ on two counts (Gaddafi / Kadhafi)
        out = _respell_once(out, rng)
    out = out.capitalize()
    if rng.random() < 0.12:
        out = rng.choice(("al-", "el-", "Al-")) + out
    return out


def _distinctive(rows: list[dict], per_story: int = 18) -> list[str]:
    """Each story's most named proper names (single words of people, places, companies, never
    written in lower case), as written; demonyms stay as they are."""
    from digest.topics.entities import GENERIC, NOT_NAMES, extract, split_phrase

    lower: dict[str, int] = {}
    for r in rows:
        for w in re.findall(r"\b[a-z]+\b", r["text"][:4000]):
            lower[w] = lower.get(w, 0) + 1
    skip = GENERIC | NOT_NAMES | {d.lower() for d in DEMONYMS.values()}
    found: set[str] = set()
    for story in sorted({r["story"] for r in rows}):
        df: dict[str, int] = {}
        for r in rows:
            if r["story"] != story:
                continue
            words = {w for phrase in extract(r["text"][:4000]) for w in split_phrase(phrase)}
            for w in words:
                if len(w) >= 4 and not w.isupper() and w.isalpha() and w.lower() not in skip:
                    df[w] = df.get(w, 0) + 1
        names = [w for w in df if lower.get(w.lower(), 0) < 0.1 * df[w] and not w.endswith(("an", "ans", "ese"))]
        found.update(sorted(names, key=lambda w: (-df[w], w))[:per_story])
    return sorted(found)


def spellings(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk (the same draw) as several outlets write it: each outlet spells the stories' names
    its own way, and some name most places by their people."""
    return _respelled(crosstalk(rows, seed=seed), seed)


FOREIGN_SHARE = 0.5  # composite: share of a story's own names that outlets transliterate


def composite(rows: list[dict], seed: int = 23) -> list[dict]:
    """Everything at once, as a region's long stories reach a grouping: turnover (the spill's leads
    renamed per phase after quiet weeks, its neighbours drifting to other towns, round-up asides),
    written by outlets that each spell the foreign names their own way. As in coverage of a war abroad,
    only names of the story's own country vary (Gaddafi, Misrata, Ajdabiya), half of a story's names
    here; names every story shares (outlets, Washington, the UN) are written alike."""
    return _respelled(turnover(rows, seed=seed), seed, foreign=FOREIGN_SHARE)


def _respelled(base: list[dict], seed: int, foreign: float | None = None) -> list[dict]:
    """`base` as several outlets write it: each spells the stories' names its own way, and some name
    most places by their people. With `foreign`, only that share of the names particular to one story
    vary."""
    rng = random.Random(seed * 7 + 1)
    names = _distinctive(base)
    if foreign is not None:
        per_story = {story: set(_distinctive([r for r in base if r["story"] == story])) for story in _stories(base)}
        own = sorted(n for n in names if sum(n in found for found in per_story.values()) == 1)
        names = sorted(rng.sample(own, round(foreign * len(own))))
    outlets = sorted({r["outlet"] for r in base})
    demonym_outlets = set(rng.sample(outlets, min(DEMONYM_OUTLETS, len(outlets))))
    tables: dict[str, dict[str, str]] = {}
    for outlet in outlets:
        table = {}
        for name in names:
            if rng.random() < SPELL_SHARE:
                variant = respell(name, rng)
                if variant != name:
                    table[name] = variant
                    table[name.upper()] = variant.upper()
        tables[outlet] = table
    out = []
    for r in base:
        text = r["text"]
        if r["outlet"] in demonym_outlets:
            text = re.sub(
                r"\b(" + "|".join(DEMONYMS) + r")\b(?!\s+City)",
                lambda m: DEMONYMS[m.group(1)] if rng.random() < DEMONYM_SHARE else m.group(1),
                text,
            )
        table = tables[r["outlet"]]
        out.append({**r, "text": _swap(text, table) if table else text})
    return out


# shorts: a long story's coverage is not all full reports. Among them sit wire briefs (a dateline and
# the lead's two or three sentences), live-blog entries (a time stamp and one or two sentences from the
# body of a report, naming few of the story's actors) and analyses or op-eds (general sentences of the
# story's reporting from the same fortnight, each naming at most one person, place or body). A share of
# crosstalk's articles (the same draw of phases and gaps) is replaced by such items, built from the
# same story's own text; they carry no round-up passage of a neighbour.
SHORT_SHARE = 0.3
SHORT_KINDS = ("brief", "live", "analysis")
SHORT_WEIGHTS = (0.4, 0.35, 0.25)
ANALYSIS_WINDOW_DAYS = 10


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _names_in(sentence: str) -> int:
    """Capitalised words after a sentence's first word: roughly the names it carries."""
    return sum(1 for w in sentence.split()[1:] if w[:1].isupper())


def _story_words(rows: list[dict]) -> dict[str, set[str]]:
    """Per story, the lower-case words its reporting keeps using and other subjects much less (spill, oil,
    slick; virus, vaccine; rubble, aid): what makes a sentence about that story rather than page furniture.
    A subject is the t17-dev story an article came from (the two spills share one)."""
    df: dict[str, Counter[str]] = {}
    size: Counter[str] = Counter()
    subject = {r["story"]: r["id"].split("_")[1] for r in rows}
    for r in rows:
        size[subject[r["story"]]] += 1
        df.setdefault(subject[r["story"]], Counter()).update(set(re.findall(r"\b[a-z]{4,}\b", r["text"])))
    out = {}
    for story, mine in df.items():
        rest = sum(size.values()) - size[story]
        others = Counter[str]()
        for other, theirs in df.items():
            if other != story:
                others.update(theirs)
        out[story] = {
            w for w, n in mine.items() if n >= 0.05 * size[story] and n / size[story] >= 3 * others[w] / max(rest, 1)
        }
    return {story: out[of] for story, of in subject.items()}


def _on_story(sentence: str, words: set[str]) -> int:
    return len(set(re.findall(r"\b[a-z]{4,}\b", sentence)) & words)


def _general_sentences(rows: list[dict]) -> dict[str, list[tuple[date, str]]]:
    """Per story, sentences of its reporting (the first two thirds of an article, before readers'
    comments and page furniture) that use two of its words and name at most one actor: an analysis's
    material, with their day."""
    words = _story_words(rows)
    pool: dict[str, list[tuple[date, str]]] = {}
    for r in rows:
        day = date.fromisoformat(r["published"][:10])
        sentences = _sentences(r["text"])
        for s in sentences[1 : 2 * len(sentences) // 3]:
            if 60 <= len(s) <= 300 and _names_in(s) <= 1 and _on_story(s, words[r["story"]]) >= 2:
                pool.setdefault(r["story"], []).append((day, s))
    return pool


def _short_item(r: dict, kind: str, pool: list[tuple[date, str]], words: set[str], rng: random.Random) -> str | None:
    """The text of `r` rewritten as a brief, a live entry (sentences using one of its story's `words`) or
    an analysis; None when it has too little."""
    sentences = _sentences(r["text"])
    if kind == "brief":
        return " ".join(sentences[: rng.choice((2, 3))]) if len(sentences) >= 3 else None
    if kind == "live":
        n = rng.choice((1, 2))
        body = [
            " ".join(sentences[i : i + n])
            for i in range(2, 2 * len(sentences) // 3)
            if len(sentences[i]) > 40 and _on_story(" ".join(sentences[i : i + n]), words)
        ]
        if not body:
            return None
        return f"{rng.randint(1, 11)}.{rng.randint(0, 59):02d}{rng.choice(('am', 'pm'))}: {rng.choice(body)}"
    day = date.fromisoformat(r["published"][:10])
    near = [s for d, s in pool if abs((d - day).days) <= ANALYSIS_WINDOW_DAYS]
    if len(near) < 4:
        return None
    return " ".join(rng.sample(near, min(len(near), rng.randint(5, 8))))


def shorts(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk (the same phases and gaps) with SHORT_SHARE of each story's articles turned into wire
    briefs, live-blog entries and low-name analyses from its own text."""
    rng = random.Random(seed)
    plain = _crosstalk_stories(rows, rng)
    short = _short_items(plain, random.Random(seed * 5 + 3))
    mixed = _asides(plain, rng, skip=frozenset(short))
    return [short.get(r["id"], r) for r in mixed]


def _short_items(plain: list[dict], pick: random.Random) -> dict[str, dict]:
    """SHORT_SHARE of `plain`'s articles as briefs, live entries and analyses, by id."""
    pools = _general_sentences(plain)
    words = _story_words(plain)
    short: dict[str, dict] = {}
    for r in plain:
        if pick.random() < SHORT_SHARE:
            kind = pick.choices(SHORT_KINDS, SHORT_WEIGHTS)[0]
            text = _short_item(r, kind, pools.get(r["story"], []), words[r["story"]], pick)
            if text:
                short[r["id"]] = {**r, "text": text, "kind": kind}
    return short


# wires: one agency story reaches a reader's feeds several times. Crosstalk's wire copy (Reuters, and
# Fox News's, which is the AP's) gets the agency's sign-off naming the region's bureau staff (the same
# dozen reporters and editors, and bureau towns, on every story of the region), and four in ten of those
# articles are republished by one to three other outlets the same or the next day, cut by their copy
# desks (the lead kept, the last paragraphs and a sentence or two dropped, the dateline sometimes
# stripped), with each outlet's own page furniture. The t17-dev text has no headlines, so none are
# rewritten.
WIRES = {"reuters": "Reuters", "foxnews": "AP"}
SYNDICATE_SHARE = 0.4
SYNDICATORS = {
    "yahoo": "Get the latest news alerts on your phone. Follow Yahoo News on Twitter and Facebook.",
    "cnbc": "Market data is delayed at least 15 minutes. Sign up for free newsletters and get more CNBC.",
    "abcnews": "Copyright ABC News Internet Ventures. Share this story with your friends.",
    "latimes": "Copyright 2010, Los Angeles Times. Comments are moderated before they appear.",
    "msnbc": "Find this article at msnbc.com. Print this article. Close this window.",
    "huffpost": "Join the conversation. Follow HuffPost on Twitter. Get top stories in your inbox.",
}
BUREAU_REPORTERS = [
    "Kristin Halvorsen",
    "Matt Dorsey",
    "Leila Haddad",
    "Tom Brennan",
    "Kate Whitfield",
    "Paul Okafor",
    "Maria Santos",
    "Dan Kessler",
    "Ruth Abara",
    "Jorge Medina",
]
BUREAU_EDITORS = ["Ed Harlow", "Carol Benning", "Mark Yeats", "Anita Rao"]
BUREAU_TOWNS = ["Houston", "New Orleans", "Miami", "Washington", "Mexico City"]


def _signoff(agency: str, rng: random.Random) -> str:
    who = rng.sample(BUREAU_REPORTERS, rng.choice((1, 1, 2)))
    town = rng.choice(BUREAU_TOWNS)
    if agency == "AP":
        return (
            f"Associated Press writers {' and '.join(who)} in {town} contributed to this report. Copyright 2010 The"
            " Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or"
            " redistributed."
        )
    return f"(Reporting by {' and '.join(who)} in {town}; Editing by {rng.choice(BUREAU_EDITORS)})"


def _desk_cut(text: str, rng: random.Random) -> str:
    """A copy desk's edit: the lead kept, the last paragraphs cut, a sentence or two dropped, the
    dateline sometimes stripped."""
    sentences = _sentences(text)
    keep = sentences[: max(3, round(len(sentences) * rng.uniform(0.35, 0.9)))]
    for _ in range(rng.choice((0, 1, 2))):
        if len(keep) > 4:
            del keep[rng.randrange(2, len(keep))]
    out = " ".join(keep)
    head = out.find(" - ", 0, 160)
    if head > 0 and rng.random() < 0.5:
        out = out[head + 3 :]
    return out


def wires(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk with the wire copy signed off by the region's bureau and republished, cut, by other outlets."""
    return _syndicated(crosstalk(rows, seed=seed), random.Random(seed * 11 + 5))


def _syndicated(base: list[dict], rng: random.Random) -> list[dict]:
    """`base` with its wire copy signed off by the bureau and SYNDICATE_SHARE of it republished, cut."""
    out = []
    for r in base:
        agency = WIRES.get(r["outlet"])
        if agency is None:
            out.append(r)
            continue
        signed = "Editing by" in r["text"] or "contributed to this report" in r["text"]
        signoff = "" if signed else _signoff(agency, rng)
        body = r["text"]
        r = {**r, "text": f"{body} {signoff}".strip()}
        out.append(r)
        if rng.random() >= SYNDICATE_SHARE:
            continue
        for k, outlet in enumerate(rng.sample(sorted(SYNDICATORS), rng.choice((1, 1, 2, 3)))):
            text = " ".join(t for t in (_desk_cut(body, rng), signoff, SYNDICATORS[outlet]) if t)
            when = _shift(r["published"], rng.choice((0, 0, 1)))
            out.append(
                {**r, "id": f"{r['id']}_syn{k}", "outlet": outlet, "published": when, "text": text, "kind": "copy"}
            )
    return out


# flare: some stories go quiet for two to four months and flare again (a war's new offensive, a trial,
# a second uprising), and outlets name them anew as they go: the coined name spreads through the later
# phases. Crosstalk's spill2 and flu resume only after gaps of FLARE_GAP_DAYS before each later phase
# (the spill and the quake keep crosstalk's three to six weeks and run on through those months), and
# their label shifts to a coined one in a rising share of its mentions (the spill2 becomes "the
# Campeche blowout", the flu "the Gulf flu"; Pemex, Campeche and H1N1 stay), the rest as crosstalk has it.
FLARE_GAP_DAYS = (60, 120)
FLARE_COINED = {
    "spill2": {"oil spill": "Campeche blowout", "spill": "blowout", "oil leak": "blowout", "leak": "blowout"},
    "flu": {"swine flu": "Gulf flu", "outbreak": "epidemic"},
}
FLARE_COIN_SHARE = (0.0, 0.4, 0.7, 0.9)  # per phase: share of the label's mentions in the coined name


def _coin(text: str, table: dict[str, str], share: float, rng: random.Random) -> str:
    """`table`'s labels replaced by their coined names in `share` of their mentions, capitals kept."""
    low = {k.lower(): v for k, v in table.items()}
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(low, key=len, reverse=True)) + r")\b", re.I)

    def one(m: re.Match[str]) -> str:
        if rng.random() >= share:
            return m.group(0)
        to = low[m.group(1).lower()]
        return to[0].upper() + to[1:] if m.group(0)[0].isupper() else to

    return pattern.sub(one, text)


def flare(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk with two of its stories flaring after two to four quiet months each, under a coined name."""
    rng = random.Random(seed)
    spans = dict.fromkeys(FLARE_COINED, FLARE_GAP_DAYS)
    plain = _crosstalk_stories(rows, rng, spans=spans)
    coin = random.Random(seed * 13 + 7)
    out = []
    for name in _stories(plain):
        mine = [r for r in plain if r["story"] == name]
        for n, r in enumerate(mine):
            phase = len(FLARE_COIN_SHARE) * n // len(mine)
            if name in FLARE_COINED and phase:
                r = {
                    **r,
                    "text": _coin(r["text"], FLARE_COINED[name], FLARE_COIN_SHARE[phase], coin),
                    "kind": f"after gap {phase}",
                }
            out.append(r)
    return _asides(out, rng)


# relay: a long story whose lead actors change without a pause (a revolution's first weeks, then the
# generals' rule, then an elected president; an uprising, then an armed rebellion, then a peace plan),
# the old names still in part of the news while the new ones arrive. The whole spill with turnover's
# three casts of companies, officials and towns, but with no quiet weeks: around each change, for
# RELAY_WINDOW_DAYS either side, an article carries the new cast with a chance rising from none to all;
# the spill keeps its real dates. Crosstalk's flu and quake beside it, a third of the articles carrying a
# neighbour's passage, as in turnover.
RELAY_WINDOW_DAYS = 14


def relay(rows: list[dict], seed: int = 29) -> list[dict]:
    """The spill's casts replaced in relays without quiet weeks, old and new names overlapping for four weeks
    around each change; crosstalk's flu and quake beside it."""
    rng = random.Random(seed)
    return _asides(_relay_stories(rows, rng), rng)


def _relay_stories(rows: list[dict], rng: random.Random, bridge: float = 0.0) -> list[dict]:
    """Relay before its asides; `bridge` of the articles within a change's window name both casts (half
    the mentions each), from a draw of their own, so relay itself is unchanged."""
    mix = random.Random(4242)
    spill = sorted((r for r in rows if r["story"] == "bpoil"), key=lambda r: (r["published"], r["id"]))
    days = [date.fromisoformat(r["published"][:10]) for r in spill]
    changes = [days[len(spill) * k // (len(TURNOVER_DRIFT) + 1)] for k in range(1, len(TURNOVER_DRIFT) + 1)]
    out = []
    for r, day in zip(spill, days, strict=True):
        phase = 0
        for k, change in enumerate(changes, 1):
            if rng.random() < min(1.0, max(0.0, ((day - change).days + RELAY_WINDOW_DAYS) / (2 * RELAY_WINDOW_DAYS))):
                phase = k
        text = _swap(r["text"], TURNOVER_DRIFT[phase - 1]) if phase else r["text"]
        near = [k for k, change in enumerate(changes, 1) if abs((day - change).days) <= RELAY_WINDOW_DAYS]
        if bridge and near and mix.random() < bridge:
            k = near[0]
            text = _both(r["text"], TURNOVER_DRIFT[k - 2] if k > 1 else {}, TURNOVER_DRIFT[k - 1], mix)
        when = (date(2010, 4, 1) + (day - days[0])).isoformat()
        out.append(
            {**r, "id": f"spill_{r['id']}", "story": "spill", "published": when, "text": text, "kind": f"cast {phase}"}
        )
    for name, source in (("flu", "H1N1"), ("quake", "haiti")):
        mine = [r for r in rows if r["story"] == source]
        out.extend(_in_phases(name, mine, CROSSTALK_SWAP[name], CROSSTALK_DRIFT[name], CROSSTALK_GAP_DAYS, rng))
    return out


def _both(text: str, old: dict[str, str], new: dict[str, str], rng: random.Random) -> str:
    """`text` naming the old cast (`old`'s names, or the text's own) in half its mentions and the new in the
    other half: an article of a change's weeks, when both are in the news."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(new, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: new[m.group(1)] if rng.random() < 0.5 else old.get(m.group(1), m.group(1)), text)


def bridged(rows: list[dict], seed: int = 29) -> list[dict]:
    """Relay (the same draw) with a third of the articles of each change's weeks naming both casts."""
    rng = random.Random(seed)
    return _asides(_relay_stories(rows, rng, bridge=BRIDGE_SHARE), rng)


BRIDGE_SHARE = 1 / 3


# successor: stories of one kind in succession, not one story handing over (a second hurricane, strike or
# spill while the first still runs). bpoil split by alternating articles as the twin is: the even ones are
# the first spill, kept up to SUCCESSOR_CUT; the odd ones, name-swapped by make_twin (Brazil, Petrobras,
# Lula, ...), a second spill born SUCCESSOR_FROM, weeks into the first's run, overlapping it until the first
# goes quiet and running on to SUCCESSOR_END. Inside the second's run, a week of the even articles
# (SUCCESSOR_INSIDE) swapped to the Niger Delta: a short spill of the same kind. The flu and the quake
# re-dated into the same months as background. Each keeps its own casts and shares only the kind's words,
# so each is its own story: a rule that folds a topic born in a story's course into it once either goes
# quiet joins them (review gr10).
SUCCESSOR_CUT = "2010-06-15"
SUCCESSOR_FROM = "2010-05-20"
SUCCESSOR_END = "2010-09-30"
SUCCESSOR_INSIDE = ("2010-07-01", "2010-07-07")
SUCCESSOR_BACKGROUND = (("H1N1", date(2010, 4, 10)), ("haiti", date(2010, 6, 1)))


def successor(rows: list[dict]) -> list[dict]:
    """A spill, a same-kind spill born in its course that outlives it, and a week-long third one inside the
    second's run, each with its own names; the flu and the quake re-dated beside them."""
    spill = sorted((r for r in rows if r["story"] == "bpoil"), key=lambda r: (r["published"], r["id"]))
    out = []
    for n, r in enumerate(spill):
        day = r["published"][:10]
        if n % 2 == 0 and day <= SUCCESSOR_CUT:
            out.append({**r, "story": "spill", "kind": "first"})
        elif n % 2 == 0 and SUCCESSOR_INSIDE[0] <= day <= SUCCESSOR_INSIDE[1]:
            text = _swap(r["text"], NIGER_SWAP)
            out.append({**r, "id": f"niger_{r['id']}", "story": "niger", "text": text, "kind": "inside"})
        elif n % 2 == 1 and SUCCESSOR_FROM <= day <= SUCCESSOR_END:
            text = twin_swap(r["text"])
            out.append({**r, "id": f"petro_{r['id']}", "story": "petro", "text": text, "kind": "successor"})
    for story, start in SUCCESSOR_BACKGROUND:
        mine = [r for r in rows if r["story"] == story]
        first = min(date.fromisoformat(r["published"][:10]) for r in mine)
        for r in mine:
            when = start + (date.fromisoformat(r["published"][:10]) - first)
            out.append({**r, "published": when.isoformat()})
    return out


# forum: neighbouring crises meet in the same forums. Coverage of four wars of one region is partly
# their own (each front, town and commander) and partly the capitals' (the same president, Security
# Council, foreign ministers and lawmakers debating each of them in turn). Quads' four spills, but an
# article about Washington's handling (FORUM_WORDS named five times or more in the real text, a third
# of them) keeps Washington's people and bodies whichever spill it is about: only the spill's own
# company, rig, executives, sea and coast are renamed there, so the four stories' forum threads share
# their actors and differ in the crisis they are about.
FORUM_WORDS = re.compile(
    r"\b(Obama|White House|Congress|Capitol Hill|Senate|senators|lawmakers|hearing|administration|Salazar|"
    r"Washington|Interior Department|EPA|Browner|Gibbs|Markey|Napolitano|moratorium|legislation)\b"
)
FORUM_MIN = 5
FORUM_KEEP = {
    "Interior Secretary Ken Salazar",
    "Homeland Security Secretary Janet Napolitano",
    "National Oceanic and Atmospheric Administration",
    "Environmental Protection Agency",
    "Minerals Management Service",
    "Bureau of Ocean Energy Management",
    "Interior Department",
    "Barack Obama",
    "Obama",
    "White House",
    "Oval Office",
    "Capitol Hill",
    "Congress",
    "Washington",
    "WASHINGTON",
    "Salazar",
    "Napolitano",
    "Browner",
    "Carol Browner",
    "Gibbs",
    "Robert Gibbs",
    "Markey",
    "NOAA",
    "MMS",
    "EPA",
    "United States",
    "US",
    "America",
    "American",
    "Americans",
}


def forum(rows: list[dict], seed: int = 19) -> list[dict]:
    """Quads with a third of each spill's articles, those about Washington's handling, keeping Washington's
    actors whichever spill they are about."""
    rng = random.Random(seed)
    return _asides(_four_spills(rows, rng, forum=True), rng)


# roundup: the region's news told in one piece (a live page following the whole region's unrest, a
# "country by country" explainer, a daily digest): ROUNDUP_SHARE of crosstalk's articles (the same draw)
# keep half to two thirds of their own text and carry the leads of one or two other stories' articles
# from the same week, as sections before or after it. The label stays the piece's main story.
ROUNDUP_SHARE = 0.15


def roundup(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk with ROUNDUP_SHARE of the articles turned into round-ups of the region's stories."""
    rng = random.Random(seed)
    plain = _crosstalk_stories(rows, rng)
    pieces = _roundup_items(plain, random.Random(seed * 17 + 9))
    mixed = _asides(plain, rng, skip=frozenset(pieces))
    return [pieces.get(r["id"], r) for r in mixed]


def _roundup_items(plain: list[dict], pick: random.Random, skip: frozenset[str] = frozenset()) -> dict[str, dict]:
    """ROUNDUP_SHARE of `plain`'s articles (none in `skip`) as round-ups of the region, by id."""
    by_week: dict[tuple[int, int], list[dict]] = {}
    for r in plain:
        by_week.setdefault(date.fromisoformat(r["published"]).isocalendar()[:2], []).append(r)
    pieces: dict[str, dict] = {}
    for r in plain:
        if pick.random() >= ROUNDUP_SHARE or r["id"] in skip:
            continue
        week = date.fromisoformat(r["published"]).isocalendar()[:2]
        others = {o["story"]: o for o in by_week[week] if o["story"] != r["story"]}
        if not others:
            continue
        own = _sentences(r["text"])
        parts = [" ".join(own[: max(3, round(len(own) * pick.uniform(0.5, 0.67)))])]
        for story in pick.sample(sorted(others), min(len(others), pick.choice((1, 2)))):
            lead = _sentences(pick.choice([o for o in by_week[week] if o["story"] == story])["text"])
            parts.append(" ".join(lead[: pick.randint(2, 4)]))
        if pick.random() < 1 / 3:
            parts.append(parts.pop(0))  # the main story's section after the others'
        pieces[r["id"]] = {**r, "text": " ".join(parts), "kind": "roundup"}
    return pieces


# trickle: a story covered by a trickle rather than a flood (a small country's war, one or two pieces a
# week for a year) beside two busy neighbours. Crosstalk with the flu and the quake thinned to
# TRICKLE_KEEP of their articles (the same draw of phases and gaps): about two a week each.
TRICKLE_KEEP = 0.3


def trickle(rows: list[dict], seed: int = 17) -> list[dict]:
    """Crosstalk with the flu and the quake thinned to a trickle beside the two busy spills."""
    rng = random.Random(seed)
    thin = random.Random(seed * 19 + 11)
    plain = [
        r for r in _crosstalk_stories(rows, rng) if r["story"] in ("spill", "spill2") or thin.random() < TRICKLE_KEEP
    ]
    return _asides(plain, rng)


# blend: the blind sets' realities at once, as a region's long stories reach a reader's feeds: relay's
# spill changing casts without quiet weeks beside the flu and the quake; briefs, live entries and analyses
# (shorts); round-ups (roundup); round-up passages (crosstalk's asides); and wire copy signed off by one
# bureau and republished, cut, by other outlets (wires).
def blend(rows: list[dict], seed: int = 29) -> list[dict]:
    """Relay with shorts' items, roundup's pieces, crosstalk's asides and wires' copies."""
    rng = random.Random(seed)
    plain = _relay_stories(rows, rng)
    short = _short_items(plain, random.Random(seed * 5 + 3))
    items = {**short, **_roundup_items(plain, random.Random(seed * 17 + 9), skip=frozenset(short))}
    mixed = [items.get(r["id"], r) for r in _asides(plain, rng, skip=frozenset(items))]
    return _syndicated(mixed, random.Random(seed * 11 + 5))


def _stories(rows: list[dict]) -> list[str]:
    return sorted({r["story"] for r in rows})


def _by_kind(assignments: Path, rows: list[dict]) -> dict[str, dict[str, int]]:
    """Per kind of item a set marks (brief, live entry, syndicated copy, a phase after a long gap; the
    rest "other"): how many, how many in no topic, outside their story's largest topic, and in a topic
    most of whose articles are another story's."""
    topic = {a["id"]: a["topic"] for a in map(json.loads, assignments.open(encoding="utf-8"))}
    per_story: dict[str, Counter[str]] = {}
    per_topic: dict[str, Counter[str]] = {}
    for r in rows:
        if t := topic.get(r["id"]):
            per_story.setdefault(r["story"], Counter())[t] += 1
            per_topic.setdefault(t, Counter())[r["story"]] += 1
    largest = {s: c.most_common(1)[0][0] for s, c in per_story.items()}
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        t = topic.get(r["id"])
        row = out.setdefault(
            r.get("kind", "other"), {"articles": 0, "ungrouped": 0, "outside_largest": 0, "elsewhere": 0}
        )
        row["articles"] += 1
        row["ungrouped"] += not t
        row["outside_largest"] += t != largest.get(r["story"])
        row["elsewhere"] += t is not None and per_topic[t].most_common(1)[0][0] != r["story"]
    return dict(sorted(out.items()))


def _joined_running(assignments: Path, rows: list[dict]) -> int:
    """One-off articles put in a topic that holds a running story's articles."""
    story = {r["id"]: r["story"] for r in rows}
    topic = {}
    for line in assignments.open(encoding="utf-8"):
        a = json.loads(line)
        topic[a["id"]] = a["topic"]
    running = {t for i, t in topic.items() if t and not story[i].startswith("oneoff_")}
    return sum(1 for i, t in topic.items() if t in running and story[i].startswith("oneoff_"))


SET_NAMES = (
    "t17",
    "twin",
    "mixture",
    "drift",
    "region",
    "neighbours",
    "oneoffs",
    "crosstalk",
    "quads",
    "namesake",
    "spellings",
    "turnover",
    "composite",
    "shorts",
    "wires",
    "flare",
    "relay",
    "bridged",
    "forum",
    "roundup",
    "trickle",
    "blend",
    "successor",
)


def build_sets(rows: list[dict], seed: int | None = None) -> dict[str, list[dict]]:
    """Every set; `seed` redraws every set from crosstalk on (their asides, gaps, outlets, short items, copies)."""
    kw = {} if seed is None else {"seed": seed}
    return {
        "t17": rows,
        "twin": build_twin([dict(r) for r in rows], overlap=False),
        "mixture": build_twin([dict(r) for r in rows], overlap=True),
        "drift": drift(rows),
        "region": region(rows),
        "neighbours": neighbours(rows),
        "oneoffs": oneoffs(rows),
        "crosstalk": crosstalk(rows, **kw),
        "namesake": crosstalk(rows, namesake=True, **kw),
        "quads": quads(rows, **kw),
        "spellings": spellings(rows, **kw),
        "turnover": turnover(rows, **kw),
        "composite": composite(rows, **kw),
        "shorts": shorts(rows, **kw),
        "wires": wires(rows, **kw),
        "flare": flare(rows, **kw),
        "relay": relay(rows, **kw),
        "bridged": bridged(rows, **kw),
        "forum": forum(rows, **kw),
        "roundup": roundup(rows, **kw),
        "trickle": trickle(rows, **kw),
        "blend": blend(rows, **kw),
        "successor": successor(rows),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sets", default=",".join(SET_NAMES))
    ap.add_argument("--keep", type=Path, default=None, help="write the sets (and assignments) here")
    ap.add_argument("--seed", type=int, default=None, help="redraw the sets from crosstalk on with this seed")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (pass the path to t17-dev/articles.jsonl)")
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    sets = build_sets(rows, args.seed)
    wanted = [s for s in args.sets.split(",") if s]
    unknown = [s for s in wanted if s not in sets]
    if unknown:
        sys.exit(f"unknown sets: {', '.join(unknown)} (known: {', '.join(sets)})")
    result: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="digest-sets-") as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        for name in wanted:
            path = where / f"{name}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for r in sorted(sets[name], key=lambda r: (r["published"], r["id"])):
                    fh.write(json.dumps(r) + "\n")
            ev = evaluate_file(path, "story", GroupingConfig(min_sources=1), where / f"{name}.assignments.jsonl")
            s = ev.scores
            stories = [f for f in ev.stories if not f.label.startswith("oneoff_")]
            lone = [f for f in ev.stories if f.label.startswith("oneoff_")]
            print(
                f"{name:<8} {s.articles:>5} articles  pairwise P {s.pairwise_precision:.3f} R {s.pairwise_recall:.3f}"
                f" F1 {s.pairwise_f1:.3f}  BCubed P {s.bcubed_precision:.3f} R {s.bcubed_recall:.3f}"
                f" F1 {s.bcubed_f1:.3f}  topics {s.predicted_groups} ungrouped {s.ungrouped}"
            )
            for f in stories:
                print(
                    f"    {f.label:<8} {f.articles:>5} in {f.topics:>2} topics, largest {f.largest_share:6.1%},"
                    f" none {f.ungrouped:>4}, per week {f.topics_per_week:.2f} (max {f.max_topics_per_week}),"
                    f" shared {f.shared_topics}"
                )
            entry: dict[str, object] = {
                **{k: v for k, v in s.as_dict().items() if k != "gold_groups"},
                "stories": {f.label: f.as_dict() for f in stories},
            }
            if any("kind" in r for r in sets[name]):
                kinds = _by_kind(where / f"{name}.assignments.jsonl", sets[name])
                for kind, k in kinds.items():
                    print(
                        f"    {kind:<12} {k['articles']:>5}: none {k['ungrouped']:>4}, outside its story's largest"
                        f" topic {k['outside_largest']:>4}, in another story's topic {k['elsewhere']:>3}"
                    )
                entry["kinds"] = kinds
            if lone:
                joined = _joined_running(where / f"{name}.assignments.jsonl", sets[name])
                print(f"    one-offs in a running story's topic: {joined} of {len(lone)}")
                entry["oneoffs_in_story_topics"] = joined
            result[name] = entry
    print(json.dumps({"bench": "topics_eval_sets", "sets": result}))


if __name__ == "__main__":
    main()
