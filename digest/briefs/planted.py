"""Planted-fact evaluation: do the brief's sections hold what their names promise?

A small set of articles written for the purpose (several stories, outlets and versions) states known
unknowns, conflicts, actors and coming dates in plain sentences; a gold file lists them. Each story is
briefed version by version with any engine, as the pipeline would, and every section is scored against
what was planted: recall of unknowns in Open questions, of conflicts in Tensions, of quoted actors in
Perspectives and of announced dates on the Timeline; scheduling sentences in Why it matters (violations);
each version's new development in What changed, with a correct count of new articles and outlets; and
whether every displayed statement cites a source that supports it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from digest.briefs import BriefEngine, validate_article_brief, validate_brief
from digest.briefs.cues import DEADLINE, states_unknown, to_question
from digest.briefs.evaluate import jsonl_records
from digest.briefs.lexicon import ENGLISH
from digest.briefs.sentences import content_overlap, content_words, tokens
from digest.briefs.timeline import resolve
from digest.i18n import DEFAULT, language_of
from digest.models import Article, Brief, Statement, Topic
from digest.topics.features import featurize
from digest.topics.titles import slugify, story_title

SUPPORT = 0.6  # share of a statement's content words its cited sources must contain


class PlantedInputError(Exception):
    """The planted articles or gold file cannot be read; the message says where and why."""


@dataclass
class Story:
    key: str
    articles: list[tuple[int, Article]]  # (version it arrives in, article)
    gold: dict[str, Any]


@dataclass
class Tally:
    """Hits over planted items, with the misses named so a reader can see what failed."""

    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, name: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(name)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 1.0


@dataclass
class BriefsReport:
    engine: str
    sections: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    violations: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    briefs: list[Brief] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        # Which engine wrote the briefs: the LLM engine falls back to the extractive one (no key, bad answer).
        written = sorted({b.engine for b in self.briefs})
        out: dict[str, Any] = {"engine": self.engine, "written_by": written}
        for name, tally in sorted(self.sections.items()):
            out[name] = round(tally.rate, 4)
        for name, items in sorted(self.violations.items()):
            out[f"{name}_violations"] = len(items)
        return out


def load_planted(articles_path: Path, gold_path: Path) -> list[Story]:
    """Stories of a planted set: JSONL articles ({id, story, outlet, published, version, title, text}) and gold."""
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["stories"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise PlantedInputError(f"{gold_path}: not a gold file ({{stories: {{key: …}}}}): {exc!r}") from None

    def build(row: dict[str, Any]) -> tuple[str, int, Article]:
        published = datetime.combine(date.fromisoformat(row["published"]), time(8), UTC)
        article = Article(
            id=str(row["id"]),
            url=row.get("url") or f"https://example.org/{row['id']}",
            title=row.get("title") or "",
            text=row["text"],
            source=row["outlet"],
            published=published,
            first_seen=published,
            extraction="import",
            language=row.get("language"),
        )
        return row["story"], int(row.get("version", 1)), article

    by_story: dict[str, list[tuple[int, Article]]] = defaultdict(list)
    for story, version, article in jsonl_records(articles_path, PlantedInputError, build):
        by_story[story].append((version, article))
    missing = sorted(set(gold) - set(by_story))
    if missing:
        raise PlantedInputError(f"{gold_path}: stories without articles: {', '.join(missing)}")
    return [Story(key, by_story[key], gold[key]) for key in sorted(gold)]


def evaluate_planted(stories: Sequence[Story], engine: BriefEngine) -> BriefsReport:
    """Brief every story version by version with `engine` and score each section against the gold."""
    report = BriefsReport(engine=engine.name)
    for story in stories:
        versions = sorted({v for v, _ in story.articles})
        previous: Brief | None = None
        briefs: dict[int, Brief] = {}
        for v in versions:
            members = [a for av, a in story.articles if av <= v]
            now = max(a.first_seen for a in members)
            topic = Topic(
                slug=slugify(story.gold.get("title", story.key)) or story.key,
                title=story.gold.get("title", story.key),
                kind="discovered",
                status="active",
                created=min(a.first_seen for a in members),
                updated=now,
                members={a.id: a.first_seen for a in members},
                version=v,
            )
            brief = validate_brief(engine.topic_brief(topic, members, previous, v, now))
            briefs[v] = brief
            report.briefs.append(brief)
            _score_changes(report, story, v, brief, previous, members)
            _score_why(report, story, v, brief, members)
            _score_citations(report, story, v, brief, members)
            previous = brief
        _score_final(report, story, briefs[versions[-1]])
        _score_shifts(report, story, briefs)
        _score_title(report, story, versions[0])
        _score_article_briefs(report, story, engine)
    return report


def _has(text: str, keys: Iterable[str]) -> bool:
    low = text.lower()
    return all(k.lower() in low for k in keys)


def _last(name: str) -> str:
    """A surname as spelt without a joined Arabic article: "al-Mansouri" and "Mansouri" are one name."""
    return re.sub(r"^(?:al|el)-(?=[a-z])", "", name.split()[-1].lower())


_COUNT = re.compile(r"\b(\d+) new articles?\b")
_NEW_OUTLET = re.compile(r"\bnew (?:outlets?|sources?)\b[^:]*:\s*(?P<names>.+)$")


def _score_changes(
    report: BriefsReport, story: Story, v: int, brief: Brief, previous: Brief | None, members: list[Article]
) -> None:
    """What changed names the version's development; its article count and any 'new outlet' are right."""
    if previous is None:
        return
    dev = story.gold.get("versions", {}).get(str(v), {}).get("development")
    if dev:
        ok = any(_has(s.text, dev) for s in brief.changes)
        report.sections["what_changed_development"].add(ok, f"{story.key} v{v}: {' + '.join(dev)}")
    prev_ids = {s.article_id for s in previous.sources}
    prev_outlets = {s.outlet for s in previous.sources}
    fresh = [s for s in brief.sources if s.article_id not in prev_ids]
    counted = [int(m.group(1)) for s in brief.changes for m in [_COUNT.search(s.text)] if m]
    ok = (counted == [len(fresh)]) if fresh else not counted
    report.sections["what_changed_count"].add(ok, f"{story.key} v{v}: said {counted}, {len(fresh)} new articles")
    for s in brief.changes:
        m = _NEW_OUTLET.search(s.text)
        if m and any(o in m.group("names") for o in prev_outlets):
            report.violations["old_outlet_called_new"].append(f"{story.key} v{v}: {s.text}")


def _score_why(report: BriefsReport, story: Story, v: int, brief: Brief, members: list[Article]) -> None:
    """Why it matters holds stakes, never a schedule: no planted scheduling phrase, no date still to come."""
    by_n = {s.n: s for s in brief.sources}
    for s in brief.why_it_matters:
        planted = any(_has(s.text, keys) for keys in story.gold.get("scheduling", []))
        published = [d for n in s.citations if n in by_n for d in [by_n[n].published] if d is not None]
        day = max(published).date() if published else None
        ahead = day is not None and any(r.when > day for r in resolve(s.text, day))
        if planted or ahead:
            report.violations["why_scheduling"].append(f"{story.key} v{v}: {s.text}")


def _displayed(brief: Brief) -> list[tuple[str, Statement]]:
    out: list[tuple[str, Statement]] = []
    for name in ("what", "why_it_matters", "insights", "open_questions", "narrative", "changes"):
        out += [(name, s) for s in getattr(brief, name)]
    out += [("timeline", Statement(e.text, e.citations)) for e in brief.timeline]
    out += [("perspectives", p.stance) for p in brief.perspectives]
    out += [("tensions", Statement(t.summary, t.citations)) for t in brief.tensions]
    return out


# Framing the brief adds, not a claim of the sources: section labels, "vs.", quotation marks, and a timeline line's
# ISO date label and "Upcoming:" mark inside "New on the timeline: 2029-05-10 — Upcoming: The ballot closes ...".
_FRAME = re.compile(
    r"^(?:New|Upcoming|New development|Earlier question)[^:]*:\s*|\bvs\.\s*|[“”\"]"
    r"|\b\d{4}-\d{2}-\d{2}(?:/\d{2})?\s+[—–-]\s+(?:Upcoming:\s*)?"
)


def _score_citations(report: BriefsReport, story: Story, v: int, brief: Brief, members: list[Article]) -> None:
    """Every displayed statement cites existing sources whose text holds most of its content words."""
    text_of = {a.id: f"{a.title} {a.text}" for a in members}
    by_n = {s.n: text_of.get(s.article_id, "") for s in brief.sources}
    for section, s in _displayed(brief):
        valid = bool(s.citations) and all(n in by_n for n in s.citations)
        support = " ".join(by_n.get(n, "") for n in s.citations)
        bare = _FRAME.sub(" ", s.text)
        counting = section == "changes" and _COUNT.search(s.text) is not None
        if section == "changes" and s.text.startswith("New voice: "):
            bare = bare.split()[-1]  # a name: its surname in the source is support enough
        supported = valid and (counting or content_overlap(bare, support) >= SUPPORT)
        report.sections["cited_supported"].add(supported, f"{story.key} v{v} {section}: {s.text[:90]}")


def _score_final(report: BriefsReport, story: Story, brief: Brief) -> None:
    g = story.gold
    for u in g.get("unknowns", []):
        ok = any(_has(q.text, u["keys"]) for q in brief.open_questions)
        report.sections["open_questions"].add(ok, f"{story.key}: {u['id']}")
    # Only English open questions are rephrased as questions; other languages show the source's sentence.
    english = language_of((a.language, a.text) for _, a in story.articles) == DEFAULT
    for q in brief.open_questions if english else []:
        report.sections["questions_well_formed"].add(_well_formed(q.text), f"{story.key}: {q.text}")
    for e in brief.timeline:
        if e.text.startswith("Upcoming: ") and DEADLINE.search(e.text):
            continue  # a deadline is a coming date, whatever is decided by then
        if states_unknown(e.text) or to_question(e.text.removeprefix("Upcoming: ")) is not None:
            report.violations["unknown_on_timeline"].append(f"{story.key}: {e.label} {e.text}")
    for t in g.get("tensions", []):
        ok = any(
            _has(x.summary, t["keys"]) and all(_last(a) in x.summary.lower() for a in t["actors"])
            for x in brief.tensions
        )
        report.sections["tensions"].add(ok, f"{story.key}: {t['id']}")
    for actor in g.get("actors", []):
        ok = any(_last(actor) in p.actor.lower() for p in brief.perspectives)
        report.sections["perspectives"].add(ok, f"{story.key}: {actor}")
    for day in g.get("upcoming", []):
        ok = any(e.label.startswith(day) and e.text.startswith("Upcoming") for e in brief.timeline)
        report.sections["timeline_upcoming"].add(ok, f"{story.key}: {day}")
    for day in g.get("superseded", []):  # announced, then moved by a later source: no longer coming
        ok = not any(e.label.startswith(day) and e.text.startswith("Upcoming") for e in brief.timeline)
        report.sections["timeline_superseded"].add(ok, f"{story.key}: {day}")
    dates = [e.when for e in brief.timeline]
    report.sections["timeline_ordered"].add(dates == sorted(dates), f"{story.key}: timeline not oldest first")


def _score_shifts(report: BriefsReport, story: Story, briefs: dict[int, Brief]) -> None:
    """An actor who changes position is noted as such in some version, the note in the new stance's words."""
    for shift in story.gold.get("shifts", []):
        last = _last(shift["actor"])
        ok = any(
            _last(p.actor) == last and p.evolution in ("shifted", "expanded") and _has(p.evolution_note, shift["keys"])
            for b in briefs.values()
            for p in b.perspectives
        )
        report.sections["perspectives_shift"].add(ok, f"{story.key}: {shift['actor']}")


_QUESTION = re.compile(
    r"^(?:What|Which|Who|Whom|Whose|When|Where|Why|How|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Had|"
    r"Do|Does|Did|May|Might|Must)\b[^?]*\?$"
)


def _well_formed(question: str) -> bool:
    """A question that opens with a wh-word or an auxiliary and keeps the order a question needs.

    "How much water the data centre uses?" fails: after "How much water" comes a subject and a finite
    verb with no auxiliary before them.
    """
    if not _QUESTION.match(question):
        return False
    if re.match(r"^How (?:many|much) (?:is|are|was|were|will|would|have|has|had) (?:more|fewer)\b(?! than)", question):
        return False  # "How many are more fragments out there?": the auxiliary has split "more" from its quantity
    # "How many more fragments are out there?": the comparative belongs to the quantity, as "other" would.
    question = re.sub(r"^(How (?:many|much)) (?:more|fewer|less)\b(?= [a-z])", r"\1", question)
    if re.search(r"\s(?:How|What|Who|When|Whether|Which|Why|Where)\s", question):
        return False  # a clause pasted in whole: "Has How much water the plant uses been disclosed?"
    aux = {"is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "do"}
    aux |= {"does", "did", "may", "might", "must"}
    if _AUX_AFTER_PREPOSITION.search(question):
        return False  # "What happens to does the 22 sailor stuck on board?": an auxiliary inside a noun phrase
    if _FRONTED_PREDICATE.search(question):
        return False  # "Are the 14 cases the full toll is something the authors doubt?": the statement's predicate kept
    if re.match(r"^How\s+(?:the|a|an|this|that|these|those|its|their|his|her|it|they|he|she)\b", question):
        return False  # "How the cost will be shared?": a subject where the auxiliary must be
    if re.match(
        r"^How (?:many|much) (?:other|further|additional|extra|new) (?:is|are|was|were|will|would|has|have)\b", question
    ):
        return False  # "How many other was people died?": the auxiliary has split the wh-phrase from its noun
    # "Which of the two head teachers will lead ...": the "of" phrase is the subject, as in a statement.
    if re.match(r"^(?:Which|How many|How much|Who) of\b", question):
        return True
    # "Where in Makoria would the drum be kept?": a place narrowing "where" comes before the auxiliary.
    m = re.match(
        r"^(?:When|Where(?:\s+(?:in|on|at)\s+[A-Z][\w'’-]*)?|Why|How (?:long|soon|far))\s+(?P<next>\w+)", question
    )
    if m and m.group("next").lower() not in aux:
        return False  # "Where women who go into labour will be sent?": no auxiliary before the subject
    if re.match(r"^(?:What|Who)\s+(?:happens|happened|caused|causes|went|goes|led|prompted|triggered)\b", question):
        return True  # "What happens to the bonus?": the wh-word is the subject, its verb follows it
    m = re.match(r"^(?:What|Who)\s+(?P<verb>[a-z]+)\s+(?:the|a|an|this|that|its|their|his|her|[A-Z])", question)
    if m and (m.group("verb") in _PAST_FORMS or (m.group("verb").endswith("ed") and len(m.group("verb")) > 4)):
        return True  # "What brought the crane down?", "Who approved the loan?": a past verb right after its subject
    m = re.match(r"^(?:How (?:much|many)|What|Which)\s+(?P<next>\w+)\s+(?P<rest>.+)$", question)
    if m and m.group("next").lower() not in aux:
        rest = m.group("rest").rstrip("?").split()
        first = rest[0].lower()
        if m.group("next")[:1].isupper() and first in aux:
            return False  # "What Vantel would pay?": a name is a subject, and its auxiliary must come first
        if m.group("next").lower() in _SUBJECT_WORDS:
            return False  # "How much the programme cost?": a subject where the auxiliary must be
        # "How many patients in the county take the drug?": the wh-phrase (with its modifiers) is the subject and
        # its verb follows; "How much water the data centre uses?" has a second subject and no auxiliary first.
        i = 0
        while i < len(rest) and rest[i].lower() in _PREPOSITIONS:
            i += 1
            i += rest[i].lower() in _SUBJECT_WORDS if i < len(rest) else 0  # "in the county"
            i += 1  # the preposition's noun
            while i < len(rest) and rest[i - 1][:1].isupper() and rest[i][:1].isupper():
                i += 1  # "at St Aldhelm's", "at Fenwick Academy": a name of several words
        word = rest[i] if i < len(rest) else ""
        # "How much unaffected Corvalex stock is left?": a name inside the wh-phrase, whose noun comes before the
        # auxiliary; "How much money Ferris Holdings has paid?" ends its second subject on the name.
        at = next((j for j in range(i, min(len(rest), i + 4)) if rest[j].lower() in aux), None)
        if at is not None and at > i and rest[at - 1].islower():
            return not any(w.lower() in _SUBJECT_WORDS for w in rest[i:at])
        return word.lower() in aux or not (word.lower() in _SUBJECT_WORDS or word[:1].isupper())
    m = re.match(r"^(?:Do|Does|Did)\s+(?P<rest>.+)$", question)
    if m:
        # "Does any other athlete bought ...?": after "do" the verb takes its base form, not a past one.
        words = m.group("rest").rstrip("?").split()
        for i, w in enumerate(words[1:6], start=1):
            if words[i - 1].lower() in ("has", "have", "had", "been", "be"):
                continue  # "Does the pause mean Tidewater has failed the test?": a clause's own perfect
            if w in _PAST_FORMS or (w.endswith("ed") and len(w) > 4):
                if words[i - 1].lower() in _SUBJECT_WORDS:
                    continue  # "Did the appointed board meet?": an adjective, and the verb may still come
                return False
            if w.lower() in _PREPOSITIONS or w.lower() in ("to", "for", "by", "about", "into", "over", "under"):
                break  # "Did the complaints amount to protected disclosures?": a past form after "to" qualifies a noun
    return True


_SUBJECT_WORDS = ENGLISH.determiners | ENGLISH.pronouns
_AUX_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|of|in|on|for|with|at|from|by|about)\s+(?:does|do|did|is|are|was|were|will|would|has|have|had|can|could)"
    r"\s+(?:the|a|an|this|that|these|those|its|their|his|her|\d)"
)
# A fronted clause's predicate left in the question ("... is something the authors doubt", "... is another matter").
_FRONTED_PREDICATE = re.compile(
    r"\s(?:is|was|remains)\s+(?:something|another\s+matter|a\s+matter\s+for|a\s+question\s+for|the\s+(?:\w+\s+)?question|"
    r"any(?:one|body)['’]s\s+guess|unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:known|clear))\b"
)
_PREPOSITIONS = frozenset(["in", "of", "at", "on", "from", "with", "across", "around", "near", "under", "inside"])
_PAST_FORMS = frozenset(ENGLISH.past_to_base) | {"bought", "brought", "thought", "told", "left", "kept", "sent"}


def key_names(articles: Sequence[Article]) -> list[str]:
    """The names a discovered topic of these articles holds, most named first, as the topics stage ranks them."""
    counts: dict[str, float] = defaultdict(float)
    for a in articles:
        for name, n in featurize(a.title, a.text).names:
            counts[name] += n
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _score_title(report: BriefsReport, story: Story, first: int) -> None:
    """The title a discovered topic would get from its first articles names the story (half its words or more)."""
    gold = story.gold.get("title")
    if not gold:
        return
    members = [a for v, a in story.articles if v == first]
    title = story_title([(a.title, a.text) for a in members], key_names(members))
    ok = bool(title) and title_matches(gold, title)
    report.sections["title"].add(ok, f"{story.key}: {title!r} for {gold!r}")


def title_matches(gold: str, title: str) -> bool:
    """Half the gold title's content words or more are in the title, a plural matching its singular ('Ollerby wells'
    names 'Ollerby well contamination'): the grounding check's exact words would fail a title for its number."""
    wanted = [_singular(w) for w in content_words(gold)]
    have = {_singular(w) for w in tokens(title)}
    return bool(wanted) and sum(w in have for w in wanted) >= 0.5 * len(wanted)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _score_article_briefs(report: BriefsReport, story: Story, engine: BriefEngine) -> None:
    """The article brief's "what we don't know yet" holds the unknowns its article states; no schedule in why."""
    by_id = {a.id: a for _, a in story.articles}
    for u in story.gold.get("unknowns", []):
        article = by_id.get(u.get("article", ""))
        if article is None:
            continue
        ab = validate_article_brief(engine.article_brief(article, article.first_seen))
        ok = any(_has(s.text, u["keys"]) for s in ab.unknowns)
        report.sections["article_unknowns"].add(ok, f"{story.key} {article.id}: {u['id']}")
        for s in ab.why_it_matters:
            if any(_has(s.text, keys) for keys in story.gold.get("scheduling", [])):
                report.violations["article_why_scheduling"].append(f"{article.id}: {s.text}")


def brief_text(brief: Brief) -> str:
    """A plain dump of one brief's sections, for reading what the evaluation scored."""
    lines = [f"== {brief.title} · version {brief.version}"]
    for name in ("changes", "what", "why_it_matters", "open_questions"):
        lines += [f"[{name}] {s.text} {list(s.citations)}" for s in getattr(brief, name)]
    lines += [f"[timeline] {e.label}: {e.text} {list(e.citations)}" for e in brief.timeline]
    lines += [
        f"[perspective] {p.actor}: {p.stance.text} {list(p.stance.citations)} ({p.evolution}: {p.evolution_note})"
        for p in brief.perspectives
    ]
    lines += [f"[tension] {t.summary} {list(t.citations)}" for t in brief.tensions]
    return "\n".join(lines)
