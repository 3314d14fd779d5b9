"""The successor set of bench/topics_eval_sets.py, built from a small made-up spill (the real one is t17-dev,
outside the repo): three same-kind stories with their own names, the second born in the first's run and
outliving it, the third a week inside the second's run; the background re-dated beside them."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench" / "topics_eval_sets.py"
SPILL = (
    "NEW ORLEANS (Reuters) - BP said the oil spill in the Gulf of Mexico was slowing. Tony Hayward told "
    "Congress in Washington the Deepwater Horizon well would be capped. Crews off Louisiana laid boom."
)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("topics_eval_sets", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stream() -> list[dict]:
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
    out = sets.successor(_stream())
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
