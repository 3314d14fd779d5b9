"""The blind grouping sets of bench/topics_eval_sets.py: built from a small made-up stream (the real one is
t17-dev, outside the repo), each keeps its stories' labels, unique ids and dates, and marks its items."""

from __future__ import annotations

import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench" / "topics_eval_sets.py"
NEW_SETS = ("shorts", "wires", "flare", "relay", "forum", "roundup", "trickle")
SENTENCES = {
    "bpoil": [
        "NEW ORLEANS (Reuters) - BP said on {d} the oil spill in the Gulf of Mexico was slowing.",
        "Crews off Louisiana laid boom to keep the oil slick away from the marsh and the beaches.",
        "President Barack Obama told Congress in Washington the spill was the worst in the nation's history.",
        "Fishermen in Grand Isle said the cleanup had not reached their oyster beds yet.",
        "Engineers hoped the cap on the leaking well would hold the oil until a relief well was drilled.",
        "Senators at a hearing asked Tony Hayward why the blowout preventer failed on the Deepwater Horizon.",
        "The administration extended the moratorium on deepwater drilling, Ken Salazar said.",
        "Tar balls washed ashore in Alabama and Florida as the slick spread east along the coast.",
    ],
    "H1N1": [
        "MEXICO CITY (Reuters) - Health officials said on {d} the swine flu outbreak had spread to more cities.",
        "Schools in Mexico were closed and the World Health Organisation raised its pandemic alert.",
        "Doctors said most patients with the H1N1 virus recovered without antiviral drugs.",
        "Vaccine makers said the first doses for children would be ready in the autumn.",
        "Airports screened travellers for fever and cough as confirmed cases rose in Texas and California.",
        "The virus was circulating among young adults rather than the elderly, experts said.",
    ],
    "haiti": [
        "PORT-AU-PRINCE (Reuters) - Rescuers pulled survivors from the rubble on {d} after the earthquake.",
        "Aid agencies said camps in the capital lacked water, food and medical supplies.",
        "The United Nations mission said aftershocks had damaged more buildings in Leogane and Jacmel.",
        "Doctors performed amputations in field hospitals as bodies lay in the streets of Haiti.",
        "Cargo flights carrying relief supplies waited for hours at the crowded airport.",
        "Survivors slept outside, afraid that the damaged houses would collapse in another aftershock.",
    ],
}


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("topics_eval_sets", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stream() -> list[dict]:
    rows = []
    for story, count in (("bpoil", 40), ("H1N1", 16), ("haiti", 12)):
        lines = SENTENCES[story]
        for n in range(count):
            day = date(2010, 4, 20) + timedelta(days=2 * n)
            text = " ".join(lines[(n + k) % len(lines)] for k in range(len(lines))).format(d=day.strftime("%A"))
            outlet = ("reuters", "bbc", "guardian", "foxnews")[n % 4]
            rows.append(
                {
                    "id": f"{story}_{outlet}-{n}",
                    "story": story,
                    "outlet": outlet,
                    "published": day.isoformat(),
                    "text": text,
                }
            )
    return rows


def test_new_sets_keep_labels_ids_and_dates_and_mark_their_items() -> None:
    sets = _load()
    rows = _stream()
    built = {name: getattr(sets, name)(rows, seed=3) for name in NEW_SETS}
    for name, out in built.items():
        ids = [r["id"] for r in out]
        assert len(ids) == len(set(ids)), name
        assert all(r["text"].strip() and date.fromisoformat(r["published"]) for r in out), name
        assert {r["story"] for r in out} >= {"spill", "flu"} or {r["story"] for r in out} >= {"spill", "delta"}, name
    assert built["shorts"] == sets.shorts(rows, seed=3)  # a seed draws the same set again
    kinds = {name: {r.get("kind") for r in out} for name, out in built.items()}
    assert kinds["relay"] >= {"cast 0", "cast 2"} and "copy" in kinds["wires"] and "forum" in kinds["forum"]
    copies = [r for r in built["wires"] if r.get("kind") == "copy"]
    assert copies and all(r["outlet"] in sets.SYNDICATORS for r in copies)
    assert len([r for r in built["trickle"] if r["story"] == "flu"]) < 16


def test_by_kind_counts_items_in_no_topic_and_outside_their_story(tmp_path: Path) -> None:
    sets = _load()
    rows = [
        {"id": "a1", "story": "a"},
        {"id": "a2", "story": "a"},
        {"id": "a3", "story": "a", "kind": "live"},
        {"id": "a4", "story": "a", "kind": "live"},
        {"id": "b1", "story": "b"},
        {"id": "b2", "story": "b"},
    ]
    topics = {"a1": "t1", "a2": "t1", "a3": None, "a4": "t2", "b1": "t2", "b2": "t2"}
    path = tmp_path / "assignments.jsonl"
    path.write_text("".join(json.dumps({"id": i, "topic": t}) + "\n" for i, t in topics.items()))
    live = sets._by_kind(path, rows)["live"]
    assert live == {"articles": 2, "ungrouped": 1, "outside_largest": 2, "elsewhere": 1}


# The successor set, built from a small made-up spill (the real one is t17-dev, outside the repo): three same-kind
# stories with their own names, the second born in the first's run and outliving it, the third a week inside the
# second's run; the background re-dated beside them.
SPILL = (
    "NEW ORLEANS (Reuters) - BP said the oil spill in the Gulf of Mexico was slowing. Tony Hayward told "
    "Congress in Washington the Deepwater Horizon well would be capped. Crews off Louisiana laid boom."
)


def _spill_stream() -> list[dict]:
    rows = []
    for n in range(200):  # a spill article a day, April to October
        day = date(2010, 4, 1) + timedelta(days=n)
        rows.append({"id": f"bbc-{n}", "story": "bpoil", "outlet": "bbc", "published": day.isoformat(), "text": SPILL})
    for story, first in (("H1N1", date(2009, 3, 2)), ("haiti", date(2010, 1, 12))):
        for n in range(10):
            day = (first + timedelta(days=n)).isoformat()
            rows.append({"id": f"{story}-{n}", "story": story, "outlet": "bbc", "published": day, "text": story})
    return rows


def test_successor_is_three_same_kind_stories_in_succession_with_their_own_names() -> None:
    sets = _load()
    out = sets.successor(_spill_stream())
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    days: dict[str, list[str]] = {}
    for r in out:
        days.setdefault(r["story"], []).append(r["published"])
    assert set(days) == {"spill", "petro", "niger", "H1N1", "haiti"}
    first, second, inside = (sorted(days[s]) for s in ("spill", "petro", "niger"))
    assert first[0] < second[0] <= first[-1] < second[-1]  # born in the first's run, outliving it
    assert (date.fromisoformat(second[0]) - date.fromisoformat(first[0])).days >= 21  # weeks into it
    assert second[0] < inside[0] and inside[-1] < second[-1] and len(set(inside)) <= 7  # a week inside
    texts = {s: " ".join(r["text"] for r in out if r["story"] == s) for s in ("spill", "petro", "niger")}
    assert "BP" in texts["spill"] and "Petrobras" in texts["petro"] and "Shell" in texts["niger"]
    assert "BP " not in texts["petro"] and "BP " not in texts["niger"] and "Hayward" not in texts["niger"]
    assert min(days["H1N1"]) == "2010-04-10" and min(days["haiti"]) == "2010-06-01"
    assert "successor" in sets.SET_NAMES and "bridged" in sets.SET_NAMES
