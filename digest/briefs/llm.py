"""The LLM engine: any OpenAI-compatible chat endpoint, checked as strictly as a human editor would.

The model gets numbered sources and answers with JSON (schema-constrained where the server can).
A topic whose sources do not fit the model's context goes map-reduce: sources in batches become
cited notes, the notes become the brief, and source numbers never change on the way. Every
statement is kept only if its cited sources bear it out (llm_ground); timeouts, errors, malformed or
empty answers make that topic fall back to the extractive engine, and the log says why.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from digest.briefs.article import article_source, extractive_article_brief, pick_standout
from digest.briefs.changes import compute_changes, evolve
from digest.briefs.extractive import ExtractiveEngine, make_sources, select_sources
from digest.briefs.llm_client import ChatClient, LlmError, Usage, parse_json
from digest.briefs.llm_ground import Grounder, normalize
from digest.briefs.validate import validate_article_brief, validate_brief
from digest.config import LlmConfig
from digest.models import Article, ArticleBrief, Brief, Perspective, Source, Statement, Tension, TimelineEntry, Topic

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "the language the sources are written in"  # when briefs.llm.language is not set

BUNDLED_PROMPTS = Path(__file__).resolve().parents[1] / "templates" / "prompts"
SOURCE_CHARS = 1500  # at most this much of each source goes to the model
NOTES_ANSWER_TOKENS = 700  # the answer budget of one map (notes) request
MARGIN_TOKENS = 32
PREVIOUS_SHARE = 0.2  # at most this share of the prompt budget goes to the previous version

__all__ = ["LlmEngine", "LlmError", "LlmStats"]


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


def _as_numbers(v: Any) -> list[int]:
    """Accept [1, "2", "[3]"] as citations; anything without a number is no citation."""
    out = []
    for item in v if isinstance(v, list) else [v]:
        m = re.search(r"\d+", str(item))
        if m:
            out.append(int(m.group(0)))
    return out


Citations = Annotated[list[int], BeforeValidator(_as_numbers)]


class StatementOut(_Loose):
    text: str
    citations: Citations = Field(default_factory=list)


class TimelineOut(StatementOut):
    date: str


class PerspectiveOut(_Loose):
    actor: str
    stance: str
    evolution: str = ""
    citations: Citations = Field(default_factory=list)


class TensionOut(_Loose):
    summary: str
    citations: Citations = Field(default_factory=list)


def _reason(exc: Exception) -> str:
    """One line for the log: a validation error says where and what, not only how many."""
    if isinstance(exc, ValidationError) and exc.errors():
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        return f"{exc.error_count()} validation error(s) for {exc.title}: {where}: {first['msg']}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _valid_items(model: type[BaseModel]) -> BeforeValidator:
    """Keep the items of a list that validate: a small model's one malformed item (a timeline entry with no date, a
    statement given as a bare string) costs that item, not the whole brief and its minutes of generation."""

    def keep(v: Any) -> list[BaseModel]:
        kept = []
        for item in v if isinstance(v, list) else [v] if isinstance(v, dict) else []:
            try:
                kept.append(model.model_validate(item))
            except ValidationError:
                continue
        return kept

    return BeforeValidator(keep)


Statements = Annotated[list[StatementOut], _valid_items(StatementOut)]


class TopicOut(_Loose):
    what: Statements = Field(default_factory=list)
    why_it_matters: Statements = Field(default_factory=list)
    insights: Statements = Field(default_factory=list)
    open_questions: Statements = Field(default_factory=list)
    narrative: Statements = Field(default_factory=list)
    timeline: Annotated[list[TimelineOut], _valid_items(TimelineOut)] = Field(default_factory=list)
    perspectives: Annotated[list[PerspectiveOut], _valid_items(PerspectiveOut)] = Field(default_factory=list)
    tensions: Annotated[list[TensionOut], _valid_items(TensionOut)] = Field(default_factory=list)
    changes: Statements = Field(default_factory=list)


class NotesOut(_Loose):
    notes: Statements = Field(default_factory=list)


class ArticleOut(_Loose):
    key_insights: list[str] = Field(default_factory=list)
    why_it_matters: list[str] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)
    essentially: list[str] = Field(default_factory=list)
    risks: list[str] = Field(default_factory=list)
    opportunities: list[str] = Field(default_factory=list)
    unknowns: list[str] = Field(default_factory=list)


@dataclass
class TopicCost:
    topic: str
    engine: str
    usage: Usage
    dropped: int
    reason: str = ""  # why it fell back


@dataclass
class LlmStats:
    """What this engine did in a run: for the run summary and the figures script."""

    written: int = 0
    fell_back: int = 0
    dropped: int = 0  # statements dropped by grounding, all topics
    drop_reasons: Counter[str] = field(default_factory=Counter)
    topics: list[TopicCost] = field(default_factory=list)


# -- JSON schemas: citations can only name sources the model was given ---------------------------


def _statement_schema(numbers: list[int]) -> dict[str, Any]:
    return _object(text={"type": "string"}, citations=_citations(numbers))


def _citations(numbers: list[int]) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "integer", "enum": numbers}, "minItems": 1, "maxItems": 4}


def _object(**props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def _array(item: dict[str, Any], most: int, least: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "array", "items": item, "maxItems": most}
    if least:
        out["minItems"] = least
    return out


def topic_schema(numbers: list[int], with_changes: bool) -> dict[str, Any]:
    stmt = _statement_schema(numbers)
    props: dict[str, dict[str, Any]] = {
        "what": _array(stmt, 4, 1),
        "why_it_matters": _array(stmt, 2),
        "insights": _array(stmt, 5),
        "open_questions": _array(stmt, 3),
        "narrative": _array(stmt, 4),
        "timeline": _array(_object(date={"type": "string"}, text={"type": "string"}, citations=_citations(numbers)), 8),
        "perspectives": _array(
            _object(
                actor={"type": "string"},
                stance={"type": "string"},
                evolution={"type": "string"},
                citations=_citations(numbers),
            ),
            6,
        ),
        "tensions": _array(_object(summary={"type": "string"}, citations=_citations(numbers)), 3),
    }
    if with_changes:
        props["changes"] = _array(stmt, 4)
    return _object(**props)


def notes_schema(numbers: list[int]) -> dict[str, Any]:
    return _object(notes=_array(_statement_schema(numbers), min(3 * len(numbers), 12), 1))


ARTICLE_SCHEMA = _object(
    summary=_array({"type": "string"}, 3, 1),
    key_insights=_array({"type": "string"}, 4),
    why_it_matters=_array({"type": "string"}, 2),
    essentially=_array({"type": "string"}, 2),
    risks=_array({"type": "string"}, 3),
    opportunities=_array({"type": "string"}, 3),
    unknowns=_array({"type": "string"}, 3),
)


class LlmEngine:
    """Topic and article briefs from a chat model, with the extractive engine as the safety net."""

    name = "llm"

    def __init__(self, config: LlmConfig, cache_dir: Path | None = None, prompts_dir: Path | None = None):
        self.config = config
        self.cache_dir = cache_dir
        self.prompts_dir = prompts_dir
        self.client = ChatClient(config, cache_dir)
        self.fallback = ExtractiveEngine()
        self.stats = LlmStats()

    @property
    def calls(self) -> int:
        """Requests actually sent (cache hits excluded), all topics."""
        return sum(t.usage.calls for t in self.stats.topics)

    @property
    def grounding_dropped(self) -> int:
        return self.stats.dropped

    # -- prompts ----------------------------------------------------------------------------------

    def _prompt(self, name: str, **values: str) -> str:
        for folder in (self.prompts_dir, BUNDLED_PROMPTS):
            if folder is not None and (folder / name).is_file():
                return _fill((folder / name).read_text(encoding="utf-8"), values)
        raise LlmError(f"prompt file {name} not found in {self.prompts_dir or ''} or {BUNDLED_PROMPTS}")

    def _room(self, answer_tokens: int) -> int:
        """Prompt tokens available when `answer_tokens` are reserved for the answer."""
        return self.config.context_tokens - answer_tokens - MARGIN_TOKENS

    def _fit(self, text: str, tokens: int) -> str:
        """`text` cut at a word boundary so that it counts at most `tokens`."""
        if tokens <= 0:
            return ""
        while self.client.tokens(text) > tokens and text:
            keep = int(len(text) * tokens / self.client.tokens(text) * 0.95)
            text = text[:keep].rsplit(" ", 1)[0] if " " in text[:keep] else text[:keep]
        return text

    # -- topic briefs -----------------------------------------------------------------------------

    def topic_brief(
        self, topic: Topic, articles: list[Article], previous: Brief | None, version: int, now: datetime
    ) -> Brief:
        chosen = select_sources(articles, previous)
        sources = make_sources(chosen)
        usage = Usage()
        grounder = Grounder(sources, chosen)
        deadline = time.monotonic() + self.config.deadline
        try:
            if not chosen:
                raise LlmError("no articles")
            out, notes = self._write_topic(topic, version, previous, sources, chosen, deadline, usage)
            brief = _to_brief(out, topic, version, now, sources, grounder, notes)
        except (LlmError, ValidationError, KeyError, IndexError, ValueError) as exc:
            reason = _reason(exc)
            self.stats.fell_back += 1
            self.stats.dropped += grounder.total()
            self.stats.drop_reasons.update(grounder.dropped)
            self.stats.topics.append(TopicCost(topic.slug, "extractive", usage, grounder.total(), reason))
            log.warning(
                "LLM brief for topic %s failed (%s) after %s; falling back to the extractive engine",
                topic.slug,
                reason,
                usage.line(),
            )
            return self.fallback.topic_brief(topic, articles, previous, version, now)
        brief.perspectives = _evolve(out, brief.perspectives, sources, previous, grounder)
        brief.changes = _changes(out, brief, previous, grounder)
        dropped = grounder.total()
        self.stats.written += 1
        self.stats.dropped += dropped
        self.stats.drop_reasons.update(grounder.dropped)
        self.stats.topics.append(TopicCost(topic.slug, "llm", usage, dropped))
        log.info(
            "LLM brief for topic %s v%d: %d source(s), %s; %d statement(s) dropped by grounding%s",
            topic.slug,
            version,
            len(sources),
            usage.line(),
            dropped,
            f" ({', '.join(f'{n} {r}' for r, n in grounder.dropped.most_common())})" if dropped else "",
        )
        return validate_brief(brief)

    def _write_topic(
        self,
        topic: Topic,
        version: int,
        previous: Brief | None,
        sources: list[Source],
        articles: list[Article],
        deadline: float,
        usage: Usage,
    ) -> tuple[TopicOut, list[tuple[str, tuple[int, ...]]]]:
        """The model's brief, and the grounded notes it was written from (none when the sources fit)."""
        cfg = self.config
        system = self._prompt("topic_brief.system.txt", language=cfg.language or SOURCE_LANGUAGE)
        answer = cfg.max_tokens
        room = self._room(answer)

        def user(material: str, prev: str) -> str:
            return self._prompt(
                "topic_brief.user.txt",
                title=topic.title,
                version=str(version),
                previous_version=str(previous.version) if previous else "none",
                previous=prev,
                sources=material,
                language=cfg.language or SOURCE_LANGUAGE,
            )

        skeleton = self.client.tokens(system, user("", ""))
        prev = self._fit(_previous_points(previous), int(room * PREVIOUS_SHARE))
        space = room - skeleton - self.client.tokens(prev)
        if space <= 0:
            raise LlmError(f"context_tokens {cfg.context_tokens} leaves no room for sources")
        blocks = [_source_block(s, a) for s, a in zip(sources, articles, strict=True)]
        notes: list[tuple[str, tuple[int, ...]]] = []
        if self.client.tokens("\n\n".join(blocks)) <= space:
            material = "\n\n".join(blocks)
        else:
            notes = self._notes(topic, sources, articles, deadline, usage)
            # The map requests calibrated the token estimate: measure the room again.
            space = room - self.client.tokens(system, user("", prev))
            material = self._notes_material(sources, notes, space)
        numbers = [s.n for s in sources]
        out = self.client.complete(
            system,
            user(material, prev),
            name="topic_brief",
            schema=topic_schema(numbers, previous is not None),
            max_tokens=answer,
            deadline=deadline,
            usage=usage,
            parse=lambda text: TopicOut.model_validate(parse_json(text)),
        )
        return out, notes

    def _notes(
        self, topic: Topic, sources: list[Source], articles: list[Article], deadline: float, usage: Usage
    ) -> list[tuple[str, tuple[int, ...]]]:
        """Map: the sources in batches that each fit the context, each batch turned into cited notes."""
        cfg = self.config
        system = self._prompt("topic_notes.system.txt", language=cfg.language or SOURCE_LANGUAGE)
        answer = min(cfg.max_tokens, NOTES_ANSWER_TOKENS)
        room = self._room(answer)

        def user(material: str) -> str:
            return self._prompt(
                "topic_notes.user.txt", title=topic.title, sources=material, language=cfg.language or SOURCE_LANGUAGE
            )

        space = room - self.client.tokens(system, user(""))
        if space <= 50:
            raise LlmError(f"context_tokens {cfg.context_tokens} leaves no room for a source")
        batches: list[list[tuple[int, str]]] = [[]]
        used = 0
        for s, a in zip(sources, articles, strict=True):
            block = self._fit(_source_block(s, a), space)
            cost = self.client.tokens(block)
            if batches[-1] and used + cost > space:
                batches.append([])
                used = 0
            batches[-1].append((s.n, block))
            used += cost
        grounder = Grounder(sources, articles)

        def run(batch: list[tuple[int, str]]) -> list[tuple[str, tuple[int, ...]]]:
            numbers = [n for n, _ in batch]
            out = self.client.complete(
                system,
                user("\n\n".join(b for _, b in batch)),
                name="topic_notes",
                schema=notes_schema(numbers),
                max_tokens=answer,
                deadline=deadline,
                usage=usage,
                parse=lambda text: NotesOut.model_validate(parse_json(text)),
            )
            kept = []
            for note in out.notes:
                checked = grounder.check(note.text, [n for n in note.citations if n in numbers])
                if checked is None:
                    checked = grounder.recite(note.text, numbers)
                if checked is not None and checked not in kept:
                    kept.append(checked)
            return kept

        notes: list[tuple[str, tuple[int, ...]]] = []
        failures: list[str] = []
        with ThreadPoolExecutor(max_workers=cfg.concurrency) as pool:
            futures = [pool.submit(run, b) for b in batches]
            for fut in futures:
                try:
                    notes.extend(fut.result())
                except (LlmError, ValidationError) as exc:
                    failures.append(_reason(exc))
        log.info(
            "LLM notes for topic %s: %d source(s) in %d batch(es) -> %d grounded note(s), %d dropped (%s)%s",
            topic.slug,
            len(sources),
            len(batches),
            len(notes),
            grounder.total(),
            ", ".join(f"{n} {r}" for r, n in grounder.dropped.most_common()) or "none",
            f"; {len(failures)} batch(es) failed: {failures[0]}" if failures else "",
        )
        if not notes:
            why = f": {failures[0]}" if failures else ""
            raise LlmError(f"no grounded notes from {len(batches)} batch(es){why}")
        return notes

    def _notes_material(self, sources: list[Source], notes: list[tuple[str, tuple[int, ...]]], space: int) -> str:
        """Reduce input: the numbered source list, then as many notes as fit, spread over the sources."""
        head = "Source list:\n" + "\n".join(_source_line(s) for s in sources)
        if self.client.tokens(head) > space // 2:
            head = ""
        by_source: dict[int, list[str]] = {}
        for text, cites in notes:
            by_source.setdefault(cites[0], []).append(f"- {text} " + "".join(f"[{n}]" for n in cites))
        lines: list[str] = []
        budget = space - self.client.tokens(head) - 16
        depth = 0
        while any(depth < len(v) for v in by_source.values()):
            for n in sorted(by_source):
                if depth < len(by_source[n]):
                    cost = self.client.tokens(by_source[n][depth])
                    if cost > budget:
                        continue
                    lines.append(by_source[n][depth])
                    budget -= cost
            depth += 1
        if len(lines) < len(notes):
            log.info("LLM reduce: kept %d of %d notes to fit the context", len(lines), len(notes))
        return (head + "\n\n" if head else "") + "Notes from the sources (cite the numbers shown):\n" + "\n".join(lines)

    # -- article briefs ---------------------------------------------------------------------------

    def article_brief(self, article: Article, now: datetime) -> ArticleBrief:
        cfg = self.config
        usage = Usage()
        deadline = time.monotonic() + cfg.deadline
        try:
            system = self._prompt("article_brief.system.txt", language=cfg.language or SOURCE_LANGUAGE)

            def user(text: str) -> str:
                return self._prompt(
                    "article_brief.user.txt",
                    outlet=article.source,
                    published=article.published.date().isoformat() if article.published else "unknown",
                    headline=article.title or "(none)",
                    text=text,
                    language=cfg.language or SOURCE_LANGUAGE,
                )

            space = self._room(cfg.max_tokens) - self.client.tokens(system, user(""))
            text = self._fit(" ".join(article.text.split()), space)
            out = self.client.complete(
                system,
                user(text),
                name="article_brief",
                schema=ARTICLE_SCHEMA,
                max_tokens=cfg.max_tokens,
                deadline=deadline,
                usage=usage,
                parse=lambda t: ArticleOut.model_validate(parse_json(t)),
            )
            brief = _to_article_brief(out, article)
        except (LlmError, ValidationError, ValueError) as exc:
            log.warning("LLM article brief for %s failed (%s); falling back to the extractive engine", article.id, exc)
            return extractive_article_brief(article)
        log.info("LLM article brief for %s: %s", article.id, usage.line())
        return brief

    def pick_standout(self, articles: list[Article], k: int) -> list[Article]:
        return pick_standout(articles, k)


def _fill(template: str, values: dict[str, str]) -> str:
    """Placeholders filled without str.format, so an editor's stray brace is not an error."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template.replace("{{", "{").replace("}}", "}")


def _source_line(s: Source) -> str:
    when = s.published.date().isoformat() if s.published else "undated"
    return f"[{s.n}] {s.outlet} — {s.title} (published {when})"


def _source_block(s: Source, a: Article) -> str:
    return _source_line(s) + "\n" + " ".join(a.text.split())[:SOURCE_CHARS]


def _previous_points(previous: Brief | None) -> str:
    if previous is None:
        return "(none: this is the first version)"
    lines = [f"- {s.text}" for s in previous.what + previous.insights]
    lines += [f"- Timeline {e.label}: {e.text}" for e in previous.timeline]
    lines += ["Perspectives in the previous version:"] if previous.perspectives else []
    lines += [f"- {p.actor}: {p.stance.text}" for p in previous.perspectives]
    return "\n".join(lines) or "(empty)"


def _to_brief(
    out: TopicOut,
    topic: Topic,
    version: int,
    now: datetime,
    sources: list[Source],
    grounder: Grounder,
    notes: Sequence[tuple[str, tuple[int, ...]]] = (),
) -> Brief:
    seen: set[str] = set()

    def fresh(text: str) -> bool:
        """The same sentence once per brief: small models repeat themselves."""
        key = normalize(text)
        if key in seen:
            return False
        seen.add(key)
        return True

    def statements(items: Sequence[StatementOut], questions: bool = False) -> list[Statement]:
        kept = []
        for item in items:
            if item.text.strip().endswith("?") != questions:
                grounder.dropped["question outside open questions" if not questions else "not a question"] += 1
                continue
            checked = grounder.check(item.text, item.citations)
            if checked is not None and fresh(checked[0]):
                kept.append(Statement(*checked))
        return kept

    brief = Brief(topic=topic.slug, title=topic.title, version=version, created=now, sources=sources, engine="llm")
    brief.what = statements(out.what)
    brief.why_it_matters = statements(out.why_it_matters)
    brief.insights = statements(out.insights)
    brief.open_questions = statements(out.open_questions, questions=True)
    brief.narrative = statements(out.narrative)
    for item in out.timeline:
        parsed = _parse_date(item.date)
        checked = grounder.check(item.text, item.citations)
        if checked is None or not fresh(f"{item.date} {checked[0]}"):
            continue
        if parsed is None or not grounder.support(checked[1]).has_date(*parsed):
            grounder.dropped["timeline date not in its sources"] += 1
            continue
        label = parsed[0].isoformat() if parsed[1] == "day" else item.date.strip()
        brief.timeline.append(TimelineEntry(parsed[0], label, checked[0], checked[1]))
    brief.timeline.sort(key=lambda e: e.when)
    actors: set[str] = set()
    for p in out.perspectives:
        if not p.actor.strip() or normalize(p.actor) in actors:
            continue
        checked = grounder.check(p.stance, p.citations)
        if checked is not None and (why := grounder.actor_problem(p.actor, checked[1])):
            grounder.dropped[why] += 1
            continue
        if checked is not None:
            actors.add(normalize(p.actor))
            brief.perspectives.append(Perspective(p.actor.strip(), Statement(*checked)))
    for t in out.tensions:
        checked = grounder.check(t.summary, t.citations)
        if checked is not None and fresh(checked[0]):
            brief.tensions.append(Tension(*checked))
    if not brief.what and notes:
        # Nothing the model wrote for "what" held up, but its notes did (they were grounded when
        # written): where the story stands now, from the newest sources' notes, rather than no brief.
        newest = sorted(notes, key=lambda note: -max(note[1]))
        brief.what = [Statement(text, cites) for text, cites in newest if fresh(text)][:3]
        log.info(
            "LLM brief for %s: no 'what' statement survived grounding; using %d grounded notes",
            topic.slug,
            len(brief.what),
        )
    if not brief.what:
        reasons = ", ".join(f"{n} {r}" for r, n in grounder.dropped.most_common()) or "the model wrote none"
        raise LlmError(f"no statement in 'what' survived grounding ({reasons})")
    return brief


def _evolve(
    out: TopicOut, perspectives: list[Perspective], sources: list[Source], previous: Brief | None, grounder: Grounder
) -> list[Perspective]:
    """The mechanical evolution marks, with the model's own "how this actor moved" where it is grounded."""
    marked = evolve(perspectives, sources, previous)
    if previous is None:
        return marked
    said = {normalize(p.actor): p.evolution.strip() for p in out.perspectives if p.evolution.strip()}
    result = []
    for p in marked:
        note = said.get(normalize(p.actor), "")
        if p.evolution != "new" and note and grounder.problem(note, p.stance.citations, overlap=0) is None:
            p = replace(p, evolution_note=note)
        result.append(p)
    return result


def _changes(out: TopicOut, brief: Brief, previous: Brief | None, grounder: Grounder) -> list[Statement]:
    """The model's grounded "what changed" first, then the mechanical list (new sources, actors, dates)."""
    if previous is None:
        return []
    own = []
    for item in out.changes:
        checked = grounder.check(item.text, item.citations)
        if checked is not None:
            own.append(Statement(*checked))
    seen = {normalize(s.text) for s in own}
    return own + [s for s in compute_changes(brief, previous) if normalize(s.text) not in seen]


def _parse_date(value: str) -> tuple[date, str] | None:
    value = value.strip()
    for pattern, fmt in ((r"^\d{4}-\d{2}-\d{2}$", "day"), (r"^\d{4}-\d{2}$", "month"), (r"^\d{4}$", "year")):
        if re.match(pattern, value):
            parts = [int(p) for p in value.split("-")] + [1, 1]
            try:
                when = date(parts[0], parts[1], parts[2])
            except ValueError:
                return None
            return when, fmt
    return None


def _to_article_brief(out: ArticleOut, article: Article) -> ArticleBrief:
    source = article_source(article)
    grounder = Grounder([replace(source, n=1)], [article])

    def statements(items: list[str]) -> list[Statement]:
        kept = []
        for t in items:
            checked = grounder.check(t, [1])
            if checked is not None:
                kept.append(Statement(checked[0], (1,)))
        return kept

    brief = ArticleBrief(
        article_id=article.id,
        title=source.title,
        key_insights=statements(out.key_insights),
        why_it_matters=statements(out.why_it_matters),
        summary=statements(out.summary),
        essentially=statements(out.essentially),
        risks=statements(out.risks),
        opportunities=statements(out.opportunities),
        unknowns=[s for s in statements(out.unknowns) if s.text.endswith("?")],
        reported_by=article.source,
        url=article.url,
        original_headline=article.title,
        sources=[source],
        engine="llm",
    )
    if not brief.summary:
        raise LlmError("no grounded summary statement")
    if grounder.total():
        log.info("LLM article brief for %s: %d statement(s) dropped by grounding", article.id, grounder.total())
    return validate_article_brief(brief)
