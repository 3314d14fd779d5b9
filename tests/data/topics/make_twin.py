"""Build a harder grouping check from t17-dev: two stories that share every common word.

The bpoil story is split into two halves by alternating articles (so both halves cover the same
months); in the second half the story's names are replaced by a Brazilian twin (BP -> Petrobras,
Gulf of Mexico -> Campos Basin, Obama -> Lula, ...), labelled "petro". Everything else -- spill,
well, leak, cap, rig, moratorium, fishermen -- stays shared, as with uprisings in neighbouring
countries. With `--overlap` every story is re-dated so its first article falls on 2010-01-01.
A good grouping keeps bpoil and petro apart and keeps each whole.

    python tests/data/topics/make_twin.py [CORPUS.jsonl] [OUT.jsonl] [--overlap]
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "t17-dev" / "articles.jsonl"

# Longest phrases first; each applies on word boundaries, case-sensitively.
SWAP = {
    "Interior Secretary Ken Salazar": "Mines and Energy Minister Edison Lobao",
    "Homeland Security Secretary Janet Napolitano": "Defence Minister Nelson Jobim",
    "National Oceanic and Atmospheric Administration": "National Institute for Space Research",
    "Environmental Protection Agency": "Brazilian Institute of Environment",
    "Minerals Management Service": "National Petroleum Agency",
    "Bureau of Ocean Energy Management": "National Petroleum Agency",
    "Interior Department": "Mines and Energy Ministry",
    "Gulf of Mexico": "Campos Basin",
    "Deepwater Horizon": "Roncador Star",
    "British Petroleum": "Petroleo Brasileiro",
    "Exxon Valdez": "Guanabara Bay",
    "Hurricane Katrina": "Cyclone Catarina",
    "US Coast Guard": "Brazilian Navy",
    "Coast Guard": "Brazilian Navy",
    "Gulf Coast": "Fluminense coast",
    "Barack Obama": "Luiz Inacio Lula da Silva",
    "White House": "Planalto Palace",
    "Oval Office": "Alvorada Palace",
    "Capitol Hill": "Esplanada",
    "Tony Hayward": "Sergio Gabrielli",
    "Bob Dudley": "Graca Foster",
    "Doug Suttles": "Paulo Costa",
    "Thad Allen": "Julio Moura Neto",
    "Kenneth Feinberg": "Gilmar Mendes",
    "Carl-Henric Svanberg": "Guido Mantega",
    "Robert Gibbs": "Franklin Martins",
    "Carol Browner": "Izabella Teixeira",
    "David Cameron": "Dilma Rousseff",
    "New Orleans": "Niteroi",
    "NEW ORLEANS": "NITEROI",
    "Grand Isle": "Cabo Frio",
    "Texas City": "Cubatao",
    "United States": "Brazil",
    "Louisiana": "Rio de Janeiro",
    "Mississippi": "Espirito Santo",
    "Alabama": "Bahia",
    "Florida": "Sao Paulo",
    "Texas": "Minas Gerais",
    "Alaska": "Amazonas",
    "Houston": "Macae",
    "HOUSTON": "MACAE",
    "Washington": "Brasilia",
    "WASHINGTON": "BRASILIA",
    "London": "Rio",
    "LONDON": "RIO",
    "Britain": "Brazil",
    "British": "Brazilian",
    "Americans": "Brazilians",
    "American": "Brazilian",
    "America": "Brazil",
    "Mexico": "Brazil",
    "Transocean": "Odebrecht",
    "Halliburton": "Schlumberger",
    "Macondo": "Tupi",
    "Katrina": "Catarina",
    "Hayward": "Gabrielli",
    "Dudley": "Foster",
    "Suttles": "Costa",
    "Obama": "Lula",
    "Salazar": "Lobao",
    "Jindal": "Cabral",
    "Feinberg": "Mendes",
    "Svanberg": "Mantega",
    "Napolitano": "Jobim",
    "Browner": "Teixeira",
    "Markey": "Suplicy",
    "Gibbs": "Martins",
    "Allen": "Moura Neto",
    "Venice": "Buzios",
    "NOAA": "INPE",
    "MMS": "ANP",
    "EPA": "Ibama",
    "Gulf": "Campos",
    "UK": "Brazil",
    "US": "Brazil",
    "BP": "Petrobras",
}
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(SWAP, key=len, reverse=True)) + r")\b")


def swap(text: str) -> str:
    return _PATTERN.sub(lambda m: SWAP[m.group(1)], text)


def build(rows: list[dict], overlap: bool) -> list[dict]:
    rows = sorted(rows, key=lambda r: (r["published"], r["id"]))
    out: list[dict] = []
    n = 0
    for r in rows:
        if r["story"] == "bpoil":
            n += 1
            if n % 2 == 0:
                r = {**r, "id": "petro_" + r["id"], "story": "petro", "text": swap(r["text"])}
                if r.get("title"):
                    r["title"] = swap(r["title"])
        out.append(r)
    if overlap:
        first: dict[str, date] = {}
        for r in out:
            d = date.fromisoformat(r["published"][:10])
            first[r["story"]] = min(first.get(r["story"], d), d)
        shift = {s: date(2010, 1, 1) - d for s, d in first.items()}
        out = [
            {**r, "published": (date.fromisoformat(r["published"][:10]) + shift[r["story"]]).isoformat()} for r in out
        ]
    return sorted(out, key=lambda r: (r["published"], r["id"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("out", nargs="?", type=Path, default=Path("/tmp/t17-twin.jsonl"))
    ap.add_argument("--overlap", action="store_true", help="re-date every story to start on 2010-01-01")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    out = build(rows, args.overlap)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r) + "\n")
    print(f"{len(out)} articles -> {args.out}")


if __name__ == "__main__":
    main()
