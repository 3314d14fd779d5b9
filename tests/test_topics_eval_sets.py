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
