"""Titles bench: are discovered topics' titles short noun phrases naming their stories, with slugs from them?

Groups a labelled corpus (default t17-dev) and each bundled planted brief set with the product's own grouping
and titling (`load_and_group`, a day at a time, one outlet enough, as `digest eval topics` does), prints every
discovered topic's title, slug and size, and checks each title by rules a reader can verify:

- words: 2 to 6 words;
- noun phrase: no finite verb (auxiliaries, reporting and common headline verbs of the title's language), no
  first- or second-person pronoun, no quotation marks, no sentence-ending or clause punctuation (. ! ? ; : …);
- lead name: holds one of the topic's lead names, its three most-named entities (or a word of one: "Jackson" of
  "Michael Jackson"), when it has names;
- slug: at most 40 characters and the title's own slug (`title_slug`, "-2" for a clash allowed).

Also counts the planted sets' gold titles matched as `digest eval briefs` scores them (the title a topic of
a story's first articles gets shares half the gold's content words or more), and the discovered topics whose
title matches their story's gold title. The default sets include the blind ones (unseen3-13); their first runs
were the honest figures (`--sets planted,heldout,unseen,unseen2,de,fr,es` for the earlier selection); unseen6 to
unseen13 were added after their first runs (unseen8's first run: titles 1/3; unseen9's and unseen10's: 2/3;
unseen11's: rules 1/3, gold 2/3, discovered 1/3; unseen12's first run: gold 0/3; unseen13's: gold 2/3).

    python bench/titles_eval.py [CORPUS.jsonl] [--sets planted,heldout,...]

Prints figures and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.briefs.planted import key_names, load_planted, title_matches  # noqa: E402
from digest.config import Config, GroupingConfig, StorageConfig  # noqa: E402
from digest.i18n import DEFAULT, detect, lexicon  # noqa: E402
from digest.store import topics as topic_store  # noqa: E402
from digest.store.db import open_db  # noqa: E402
from digest.topics.evaluate import load_and_group, read_labeled  # noqa: E402
from digest.topics.features import featurize  # noqa: E402
from digest.topics.titles import slugify, story_title  # noqa: E402

DEFAULT_CORPUS = next(
    (p for p in (d / "shared/corpus/t17-dev/articles.jsonl" for d in (ROOT.parent, ROOT.parent.parent)) if p.exists()),
    ROOT.parent / "shared/corpus/t17-dev/articles.jsonl",
)
PLANTED = ROOT / "tests" / "data" / "briefs"
SETS = (
    "planted",
    "heldout",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8",
    "unseen9",
    "unseen10",
    "unseen11",
    "unseen12",
    "unseen13",
    "de",
    "fr",
    "es",
)
MAX_SLUG = 40
LEAD_NAMES = 3  # a title names the story by one of the topic's three most-named entities

# Finite verbs a headline clause shows and a noun phrase never holds, on top of each language's lexicon.
_ENGLISH_VERBS_TEXT = (
    "is are was were be been being am has have had do does did will would can could shall should may might must "
    "says said tells told warns warned urges urged calls called asks asked wants wanted plans planned faces faced "
    "hits backs attacks offers fears agrees agreed approves approved rejects rejected opens closes looms stands "
    "takes took makes made gets got gives gave keeps kept goes went comes came sees saw finds found shows showed "
    "dies died kills killed leaves left hopes hoped admits admitted denies denied vows vowed"
)
_ENGLISH_VERBS = frozenset(_ENGLISH_VERBS_TEXT.split())
_PRONOUNS = {
    "en": "i i'm i’m me my mine we we're us our ours you you're your yours",
    "de": "ich mich mir mein meine wir uns unser unsere du dich dir dein deine",
    "fr": "je j' me moi mon ma mes nous notre nos tu toi ton ta tes vous votre vos",
    "es": "yo me mí mi mis nosotros nosotras nos nuestro nuestra tú te ti tu tus vosotros usted ustedes vuestro",
}
_QUOTES = re.compile(r"[\"“”„«»‘‚]|(?:^|\s)['’]|['’](?:\s|$)")
_STOPS = re.compile(r"[.!?;:…]")


@dataclass
class Check:
    """One discovered topic and the rules its title breaks."""

    where: str
    slug: str
    title: str
    size: int
    story: str
    lead: str
    broken: list[str] = field(default_factory=list)


def rules_broken(title: str, slug: str, names: dict[str, float]) -> tuple[list[str], str]:
    """The rules this title and slug break, and the lead name it was held to."""
    broken = []
    words = title.split()
    if not 2 <= len(words) <= 6:
        broken.append(f"words={len(words)}")
    lang = detect(title) if len(words) > 3 else DEFAULT
    lex = lexicon(lang)
    verbs = lex.verb_words | lex.speech_verbs | lex.copula | lex.auxiliaries
    verbs |= _ENGLISH_VERBS if lang == DEFAULT else frozenset()
    pronouns = set(_PRONOUNS.get(lang, "").split()) | set(_PRONOUNS["en"].split())
    lows = [w.lower().strip(",") for w in words]
    if any(w in verbs for w in lows):
        broken.append("finite verb")
    # "US" is a country; "us" a pronoun.
    if any(w in pronouns and not (raw.isupper() and len(raw) > 1) for w, raw in zip(lows, words, strict=True)):
        broken.append("1st/2nd person")
    if _QUOTES.search(title):
        broken.append("quote")
    if _STOPS.search(title):
        broken.append("punctuation")
    leads = [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:LEAD_NAMES]]
    low = title.lower()
    if leads and not any(_holds(low, lead) for lead in leads):
        broken.append("no lead name")
    base = re.sub(r"-\d+$", "", slug)
    if len(slug) > MAX_SLUG:
        broken.append(f"slug {len(slug)} chars")
    if base != slugify(title, MAX_SLUG):
        broken.append("slug not from title")
    return broken, ", ".join(leads)


_NAME_GLUE_TEXT = "the and of for von der die das des du de la le les del los las"
_NAME_GLUE = frozenset(_NAME_GLUE_TEXT.split())


def _holds(title: str, name: str) -> bool:
    """The title (lower case) holds the name or one of its words ("Jackson" of "Michael Jackson")."""
    parts = [p for p in re.findall(r"[^\W\d_][\w'’-]*", name.lower()) if len(p) >= 3 and p not in _NAME_GLUE]
    return name.lower() in title or any(re.search(rf"\b{re.escape(p)}\b", title) for p in parts)


def group_and_check(path: Path, where: str) -> list[Check]:
    """Group a labelled JSONL file as the scheduler would, then check every live discovered topic's title."""
    items = read_labeled(path, "story")
    label = {a.id: a.label for a in items}
    with tempfile.TemporaryDirectory(prefix="digest-titles-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.sqlite'}"
        engine = open_db(url)
        try:
            # One outlet is enough here, as in `digest eval topics`: labelled sets hold single-outlet stories.
            config = Config(storage=StorageConfig(url=url), grouping=GroupingConfig(min_sources=1))
            load_and_group(engine, config, items)
            with engine.connect() as conn:
                rows = [r for r in topic_store.all_topic_rows(conn) if r.kind == "discovered" and not r.merged_into]
                members = {r.slug: topic_store.member_ids(conn, r.slug) for r in rows}
        finally:
            engine.dispose()
    checks = []
    for r in rows:
        ids = members[r.slug]
        if not ids:
            continue
        story = Counter(label.get(i, "?") for i in ids).most_common(1)[0][0]
        broken, lead = rules_broken(r.title, r.slug, json.loads(r.names or "{}"))
        checks.append(Check(where, r.slug, r.title, len(ids), story, lead, broken))
    return sorted(checks, key=lambda c: (-c.size, c.slug))


def gold_titles(name: str) -> tuple[int, int, list[str]]:
    """Planted gold titles matched as `digest eval briefs` scores them: the title of a story's first articles."""
    stories = load_planted(PLANTED / name / "articles.jsonl", PLANTED / name / "gold.json")
    hits, total, lines = 0, 0, []
    for story in stories:
        gold = story.gold.get("title")
        if not gold:
            continue
        first = min(v for v, _ in story.articles)
        members = [a for v, a in story.articles if v == first]
        title = story_title([(a.title, a.text) for a in members], key_names(members))
        ok = bool(title) and title_matches(gold, title)
        hits += ok
        total += 1
        lines.append(f"    {'ok  ' if ok else 'MISS'} {story.key}: {title!r} for gold {gold!r}")
    return hits, total, lines


def service_path(path: Path, size: int = 200) -> tuple[float, str, int, float]:
    """Seconds to title a big topic as `topics/service.py` does: up to 200 of its articles, with every key name the
    topic holds (not the top few), most named first. Hundreds of names once took 25-30 s here."""
    items = read_labeled(path, "story")
    story = Counter(a.label for a in items).most_common(1)[0][0]
    texts = [(a.title, a.text) for a in items if a.label == story][:size]
    counts: Counter[str] = Counter()
    for headline, text in texts:
        for name, n in featurize(headline, text).names:
            counts[name] += n
    names = [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    start, cpu = time.perf_counter(), time.process_time()
    title = story_title(texts, names)
    # CPU seconds too: on a shared machine the wall clock mostly measures the neighbours.
    return time.perf_counter() - start, title, len(names), time.process_time() - cpu


def _gold_of(name: str) -> dict[str, str]:
    stories = load_planted(PLANTED / name / "articles.jsonl", PLANTED / name / "gold.json")
    return {s.key: s.gold.get("title", "") for s in stories}


def report(checks: Sequence[Check]) -> None:
    for c in checks:
        mark = "ok  " if not c.broken else "BAD "
        why = f"  [{', '.join(c.broken)}]" if c.broken else ""
        print(f"  {mark}{c.size:5d}  {c.title!r}  /{c.slug}  ({c.story}; leads {c.lead}){why}")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sets", default=",".join(SETS), help="planted sets to group and check (comma-separated)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    out: dict[str, object] = {"bench": "titles", "corpus": str(args.corpus)}
    everything: list[Check] = []
    if args.corpus.exists():
        checks = group_and_check(args.corpus, "corpus")
        everything += checks
        good = sum(not c.broken for c in checks)
        print(f"{args.corpus}: {len(checks)} topics, {good} titles meet every rule")
        report(checks)
        out["corpus_topics"] = len(checks)
        out["corpus_ok"] = good
        out["corpus_titles"] = {c.slug: c.title for c in checks}
        seconds, title, size, cpu = service_path(args.corpus)
        print(f"service path: 200 articles of one story, all {size} key names: ", end="")
        print(f"{seconds:.2f} s, {cpu:.2f} s CPU ({title!r})")
        out["service_200_seconds"] = round(seconds, 2)
        out["service_200_cpu_seconds"] = round(cpu, 2)
    else:
        print(f"{args.corpus}: not found, skipped")
    gold_hits = gold_total = discovered_hits = discovered_total = 0
    per_set: dict[str, dict[str, int]] = {}
    for name in [s for s in args.sets.split(",") if s]:
        checks = group_and_check(PLANTED / name / "articles.jsonl", name)
        everything += checks
        hits, total, lines = gold_titles(name)
        gold = _gold_of(name)
        found = [c for c in checks if gold.get(c.story)]
        matched = sum(title_matches(gold[c.story], c.title) for c in found)
        gold_hits, gold_total = gold_hits + hits, gold_total + total
        discovered_hits, discovered_total = discovered_hits + matched, discovered_total + len(found)
        good = sum(not c.broken for c in checks)
        per_set[name] = {"topics": len(checks), "ok": good, "gold": hits, "gold_total": total, "discovered": matched}
        print(f"{name}: {len(checks)} topics, {good} meet every rule; gold titles {hits}/{total}, ", end="")
        print(f"discovered topics matching their gold title {matched}/{len(found)}")
        report(checks)
        print("\n".join(lines))
    broken = Counter(rule.split("=")[0].split(" ")[0] if "=" in rule else rule for c in everything for rule in c.broken)
    total_ok = sum(not c.broken for c in everything)
    print(f"all: {total_ok}/{len(everything)} titles meet every rule; broken: {dict(broken) or 'none'}")
    print(f"planted gold titles {gold_hits}/{gold_total}; ", end="")
    print(f"discovered topics matching gold {discovered_hits}/{discovered_total}")
    out.update(
        {
            "titles": len(everything),
            "titles_ok": total_ok,
            "broken": dict(broken),
            "gold_titles": gold_hits,
            "gold_total": gold_total,
            "discovered_gold": discovered_hits,
            "discovered_total": discovered_total,
            "sets": per_set,
            "seconds": round(time.perf_counter() - t0, 1),
        }
    )
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
