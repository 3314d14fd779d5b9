"""Timeline evaluation on T17-style data, and citation/coverage figures over a set of briefs.

An instance is the articles of one story from one outlet (the gold grouping), so the timeline is
measured alone. For each instance we build as many dated entries as its reference has dates (or, with
`length="auto"`, as many as a brief would show for the story's span), then
score the dates (precision/recall/F1) and the text on matching dates (ROUGE-1 F). A baseline that
picks the most frequent publication dates with their lead sentences is scored the same way.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

from digest.briefs.cues import states_unknown
from digest.briefs.sentences import Sentence, article_sentences, split_sentences, tokens, trim
from digest.briefs.timeline import build_entries, relevance, strip_leading_date, timeline_length
from digest.models import Article, Brief

T = TypeVar("T")

PredictedTimeline = list[tuple[date, str]]


class EvalInputError(Exception):
    """The articles or timelines file cannot be read; the message says which line and why."""


@dataclass
class Scores:
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    rouge1_f: float = 0.0


@dataclass
class Report:
    instances: dict[str, dict[str, Scores]] = field(default_factory=dict)  # key -> {"ours"|"baseline": Scores}
    seconds: float = 0.0

    def mean(self, system: str) -> Scores:
        values = [by_system[system] for by_system in self.instances.values()]
        if not values:
            return Scores()
        n = len(values)
        return Scores(
            precision=sum(v.precision for v in values) / n,
            recall=sum(v.recall for v in values) / n,
            f1=sum(v.f1 for v in values) / n,
            rouge1_f=sum(v.rouge1_f for v in values) / n,
        )


def jsonl_records(path: Path, error: type[Exception], build: Callable[[dict[str, Any]], T]) -> list[T]:
    """Each non-blank line of a JSONL file built into a record; a bad line raises `error` naming file:line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(build(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise error(f"{path}:{number}: bad article line: {exc!r}") from None
    return records


def load_articles(path: Path) -> dict[str, list[Article]]:
    """Articles of a T17-style JSONL file grouped by `story_outlet`."""

    def build(row: dict[str, Any]) -> tuple[str, Article]:
        published = datetime.combine(date.fromisoformat(row["published"]), datetime.min.time(), UTC)
        article = Article(
            id=str(row["id"]),
            url=row.get("url"),
            title=row.get("title") or "",
            text=row["text"],
            source=row["outlet"],
            published=published,
            first_seen=published,
            extraction="import",
        )
        return f"{row['story']}_{row['outlet']}", article

    groups: dict[str, list[Article]] = defaultdict(list)
    for key, article in jsonl_records(path, EvalInputError, build):
        groups[key].append(article)
    return groups


def load_timelines(path: Path) -> dict[str, list[list[tuple[date, str]]]]:
    """Reference timelines: {instance key: [timeline, ...]}, each a list of (date, text)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            key: [[(date.fromisoformat(e["date"]), e["text"]) for e in timeline] for timeline in timelines]
            for key, timelines in data.items()
        }
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise EvalInputError(f"{path}: not a timelines file ({{key: [[{{date, text}}]]}}): {exc!r}") from None


def ours(articles: Sequence[Article], n_dates: int, per_date: int = 2, since: date | None = None) -> PredictedTimeline:
    """Our timeline as a brief builds it: most referenced days up to the newest article, no lower bound, each
    reference weighed by its sentence's relevance among all the sources' sentences, and sentences that state an
    unknown or ask a question left out (they are open questions, not events).

    `since`: rank no day before it (a half-2 run, whose reference holds no earlier dates).
    """
    return _our_timeline(_material(articles), n_dates, per_date, since)


@dataclass(frozen=True)
class _Material:
    """What `ours` reads from an instance's articles, built once for all its reference timelines."""

    events: list[Sentence]
    weights: dict[Sentence, float]
    newest: date | None


def _material(articles: Sequence[Article]) -> _Material:
    sentences = []
    for i, a in enumerate(articles):
        sentences.extend(article_sentences(i, a.text, a.published.date() if a.published else None))
    pubs = [a.published.date() for a in articles if a.published]
    events = [s for s in sentences if not (states_unknown(s.text) or s.text.endswith("?"))]
    return _Material(events, relevance(sentences), max(pubs) if pubs else None)


def _our_timeline(m: _Material, n_dates: int, per_date: int = 2, since: date | None = None) -> PredictedTimeline:
    entries = build_entries(m.events, n_dates, per_date=per_date, lo=since, hi=m.newest, weights=m.weights)
    # As a brief shows them: a wire's dateline ("MARENNE, Oct. 12 (Tidewire) - ") is no part of the event's line.
    return [
        (e.when, " ".join(strip_leading_date(s.text, published=s.published) for s in _shown(e.sentences, per_date)))
        for e in entries
    ]


def _shown(sentences: Sequence, per_date: int) -> Sequence:
    return sentences[:per_date]


def baseline(articles: Sequence[Article], n_dates: int, per_date: int = 2) -> PredictedTimeline:
    """The most frequent publication dates, each with the lead sentences of its first articles."""
    by_day: dict[date, list[Article]] = defaultdict(list)
    for a in articles:
        if a.published:
            by_day[a.published.date()].append(a)
    counts = Counter({d: len(v) for d, v in by_day.items()})
    days = sorted(counts, key=lambda d: (-counts[d], d))[:n_dates]
    out = []
    for d in sorted(days):
        leads = []
        for a in sorted(by_day[d], key=lambda a: a.id)[:per_date]:
            first = next((trim(s) for s in split_sentences(a.text) if len(s.split()) >= 6), "")
            if first:
                leads.append(first)
        out.append((d, " ".join(leads)))
    return out


def rouge1_f(candidate: str, reference: str) -> float:
    cand, ref = Counter(tokens(candidate)), Counter(tokens(reference))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def score(predicted: PredictedTimeline, reference: Sequence[tuple[date, str]]) -> Scores:
    """Date P/R/F1, and the mean ROUGE-1 F of the text on matching dates (0 when none match)."""
    ref_text: dict[date, list[str]] = defaultdict(list)
    for d, text in reference:
        ref_text[d].append(text)
    pred_text: dict[date, list[str]] = defaultdict(list)
    for d, text in predicted:
        pred_text[d].append(text)
    matched = set(pred_text) & set(ref_text)
    p = len(matched) / len(pred_text) if pred_text else 0.0
    r = len(matched) / len(ref_text) if ref_text else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    rouge = (
        sum(rouge1_f(" ".join(pred_text[d]), " ".join(ref_text[d])) for d in matched) / len(matched) if matched else 0.0
    )
    return Scores(p, r, f, rouge)


def evaluate(
    articles_path: Path,
    timelines_path: Path,
    out_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    length: Literal["reference", "auto"] = "reference",
    half: Literal[0, 1, 2] = 0,
    pooled: bool = False,
    reference_span: bool = False,
) -> Report:
    """Score every instance of the timelines file; `half` 1 or 2 keeps the first or second half of each
    instance's articles and the reference dates of that period (a check that nothing fits one span only).

    `pooled`: one instance per story (the part of a `story_outlet` key before the underscore) holding every
    outlet's articles, as a topic gathers them, scored against each outlet's reference: the same ranking at
    several times the volume, a check that nothing fits one outlet's coverage.

    `reference_span`: the protocol the published timeline-summarisation figures use (tilse; news-tls's
    `get_input_time_span`, no extension on T17): each reference timeline's first and last day are given, only the
    articles published between them are read, and no day outside them is ranked. Without it a system sees every
    article of the instance and ranks any day up to the newest: a harder task than the one those figures measure.
    """
    import time

    start = time.perf_counter()
    groups = load_articles(articles_path)
    references = load_timelines(timelines_path)
    if pooled:
        groups, references = _pool(groups), _pool(references)
    report = Report()
    built: dict[str, dict[str, list[dict[str, str]]]] = {}
    for key in sorted(references):
        articles = groups.get(key, [])
        if not articles:
            if progress:
                progress(f"{key}: no articles, skipped")
            continue
        per_system: dict[str, list[Scores]] = {"ours": [], "baseline": []}
        pairs = [halve(articles, reference, half) for reference in references[key]] if half else None
        if pairs is not None:
            pairs = [(a, r) for a, r in pairs if len({d for d, _ in r}) >= 3]
            if not pairs:
                continue
            articles = pairs[0][0]
        material: _Material | None = None
        for reference in [r for _, r in pairs] if pairs is not None else references[key]:
            n_dates = len({d for d, _ in reference})
            if length == "auto":
                pubs = [a.published.date() for a in articles if a.published]
                n_dates = timeline_length(min(pubs), max(pubs))
            # A half-2 reference starts at the half's first article, so the half-2 run ranks no earlier day
            # either (as a half-1 run ranks none after its last article): the landmark days the second half
            # recalls are right for the story, and would count as misses only because the reference was cut.
            since = min(a.published.date() for a in articles if a.published) if half == 2 else None
            inputs: Sequence[Article] = articles
            if reference_span:
                first, last = min(d for d, _ in reference), max(d for d, _ in reference)
                inputs = [a for a in articles if a.published and first <= a.published.date() <= last]
                if not inputs:
                    per_system["ours"].append(score([], reference))
                    per_system["baseline"].append(score([], reference))
                    continue
                since, material = first, _material(inputs)
            material = material or _material(inputs)
            for name, system in (("ours", partial(_ours_from, material, since)), ("baseline", baseline)):
                predicted = system(inputs, n_dates)
                per_system[name].append(score(predicted, reference))
                built.setdefault(key, {})[name] = [{"date": d.isoformat(), "text": t} for d, t in predicted]
        report.instances[key] = {name: _average(values) for name, values in per_system.items()}
        if progress:
            o, b = report.instances[key]["ours"], report.instances[key]["baseline"]
            progress(
                f"{key}: ours date F1 {o.f1:.3f} R1 {o.rouge1_f:.3f} | baseline date F1 {b.f1:.3f} R1 {b.rouge1_f:.3f}"
            )
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in ("ours", "baseline"):
            payload = {key: [systems[name]] for key, systems in built.items()}
            (out_dir / f"timelines-{name}.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False), "utf-8")
    report.seconds = time.perf_counter() - start
    return report


def _ours_from(material: _Material, since: date | None, articles: Sequence[Article], n_dates: int) -> PredictedTimeline:
    return _our_timeline(material, n_dates, since=since)


def _pool(by_key: dict[str, list[T]]) -> dict[str, list[T]]:
    """`story_outlet` keys merged by story."""
    pooled: dict[str, list[T]] = defaultdict(list)
    for key in sorted(by_key):
        pooled[key.split("_")[0]].extend(by_key[key])
    return dict(pooled)


def halve(
    articles: Sequence[Article], reference: Sequence[tuple[date, str]], half: Literal[1, 2]
) -> tuple[list[Article], list[tuple[date, str]]]:
    """The first (or second) half of the articles by date, and the reference dates up to the last (from the
    first) of them."""
    ordered = sorted((a for a in articles if a.published), key=lambda a: (a.published, a.id))
    cut = len(ordered) // 2
    if half == 1:
        kept = ordered[:cut]
        edge = kept[-1].published.date() if kept and kept[-1].published else date.min
        return kept, [(d, t) for d, t in reference if d <= edge]
    kept = ordered[cut:]
    edge = kept[0].published.date() if kept and kept[0].published else date.max
    return kept, [(d, t) for d, t in reference if d >= edge]


def _average(values: Iterable[Scores]) -> Scores:
    values = list(values)
    n = len(values) or 1
    return Scores(
        sum(v.precision for v in values) / n,
        sum(v.recall for v in values) / n,
        sum(v.f1 for v in values) / n,
        sum(v.rouge1_f for v in values) / n,
    )


def brief_stats(briefs: Iterable[Brief]) -> dict[str, float | int]:
    """Over a run's briefs: share of displayed statements with a valid citation, topics with a question."""
    total = valid = with_question = n_briefs = 0
    for brief in briefs:
        n_briefs += 1
        numbers = {s.n for s in brief.sources}
        cited: list[tuple[int, ...]] = []
        for section in (brief.what, brief.why_it_matters, brief.insights, brief.open_questions, brief.narrative):
            cited.extend(s.citations for s in section)
        cited.extend(s.citations for s in brief.changes)
        cited.extend(e.citations for e in brief.timeline)
        cited.extend(p.stance.citations for p in brief.perspectives)
        cited.extend(t.citations for t in brief.tensions)
        total += len(cited)
        valid += sum(bool(c) and all(n in numbers for n in c) for c in cited)
        with_question += bool(brief.open_questions)
    return {
        "briefs": n_briefs,
        "statements": total,
        "cited_share": valid / total if total else 1.0,
        "topics_with_open_question": with_question,
    }


def story_of(key: str) -> str:
    """The story of a `story_outlet` instance key (a pooled key is its story already)."""
    return key.split("_")[0]


def per_story(report: Report, system: str = "ours") -> dict[str, float]:
    """Mean date F1 of each story's instances: bpoil's five outlets weigh as one story, not five."""
    by_story: dict[str, list[float]] = defaultdict(list)
    for key, systems in report.instances.items():
        by_story[story_of(key)].append(systems[system].f1)
    return {story: sum(v) / len(v) for story, v in sorted(by_story.items())}


# The constants of `Ranking` that t17-dev tuned, and the values `sensitivity` tries for each.
SENSITIVITY: dict[str, tuple[float, ...]] = {
    "damping": (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5),
    "pub_weight": (0.0, 0.25, 0.5, 0.75, 1.0),
    "mention": (0.0, 0.25, 0.5, 1.0),
    "later": (0.0, 0.25, 0.5, 1.0),
    "article": (0.5, 1.0, 1.5, 2.0),
    "relevance": (0.0, 0.5, 1.0, 2.0),
    "spoken": (0.0, 0.25, 0.5, 1.0),
    "planned": (0.0, 0.1, 0.25, 0.5),
    "lead": (0.0, 0.5, 1.0, 1.5, 2.0),
    "quiet": (0.0, 2.0, 3.0, 4.0, 5.0, 7.0),
    "typical": (0.0, 0.5, 1.0, 1.5),
    "decisive": (1.0, 1.25, 1.5),
    "exposure": (0.0, 0.5, 0.75, 1.0),
    "corrected": (0.0, 0.5, 1.0),
    "length": (0.5, 0.75, 1.0, 1.25, 1.5),  # times the reference's number of dates (not a `Ranking` constant)
}


@dataclass
class Sensitivity:
    """Date F1 per story for each value of each constant, and what leaving one story out picks.

    `table[name][value][story]`; `chosen[name][story]`: the value the other stories' mean F1 prefers;
    `held_out[name][story]`: that value's F1 on the story left out. A constant holds when every story's left-out
    choice is the default (or scores as well on it); one whose choice moves with the story left out is fitted.
    """

    default: dict[str, float]
    table: dict[str, dict[float, dict[str, float]]] = field(default_factory=dict)
    chosen: dict[str, dict[str, float]] = field(default_factory=dict)
    held_out: dict[str, dict[str, float]] = field(default_factory=dict)
    baseline: dict[str, float] = field(default_factory=dict)  # per story, every constant at its default

    def loso(self, name: str) -> float:
        """Mean over stories of the F1 each gets with the value chosen without it."""
        values = self.held_out[name].values()
        return sum(values) / len(values) if values else 0.0


def sensitivity(
    articles_path: Path,
    timelines_path: Path,
    grid: dict[str, tuple[float, ...]] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Sensitivity:
    """Vary each `Ranking` constant alone over `grid` and score the dates (as many as each reference has; "length"
    varies that number instead).

    Dates only, not the sentences shown with them: the dates are what the constants decide, and ranking alone is
    fast enough to try every value on every instance.
    """
    from dataclasses import asdict, replace

    from digest.briefs.timeline import Ranking, date_sentences, rank_dates

    grid = SENSITIVITY if grid is None else grid
    groups = load_articles(articles_path)
    references = load_timelines(timelines_path)
    prepared = []
    for key in sorted(references):
        if groups.get(key):
            m = _material(groups[key])
            prepared.append((key, m, date_sentences(m.events), references[key]))

    def by_story(params: Ranking, length: float = 1.0) -> dict[str, float]:
        f1s: dict[str, list[float]] = defaultdict(list)
        for key, m, dated, refs in prepared:
            ranked = rank_dates(dated, hi=m.newest, relevance=m.weights, params=params)
            scores = [score([(d, "") for d, _ in ranked[: round(length * len({d for d, _ in r}))]], r).f1 for r in refs]
            f1s[story_of(key)].append(sum(scores) / len(scores))
        return {story: sum(v) / len(v) for story, v in sorted(f1s.items())}

    default = Ranking()
    defaults = {k: float(v) for k, v in asdict(default).items()} | {"length": 1.0}
    result = Sensitivity(default=defaults, baseline=by_story(default))
    for name, values in grid.items():
        if name == "length":
            table = {v: by_story(default, length=v) for v in values}
        else:
            table = {v: by_story(replace(default, **{name: v})) for v in values}
        result.table[name] = table
        stories = list(result.baseline)
        result.chosen[name], result.held_out[name] = {}, {}
        for story in stories:
            others = [s for s in stories if s != story]
            # Ties go to the default value, then to the smaller one: a fit must earn its move.
            best = max(
                values,
                key=lambda v: (
                    round(sum(table[v][s] for s in others) / max(len(others), 1), 6),
                    v == result.default[name],
                    -v,
                ),
            )
            result.chosen[name][story] = best
            result.held_out[name][story] = table[best][story]
        if progress:
            progress(f"{name}: done")
    return result
