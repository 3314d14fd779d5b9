"""The LLM engine: any OpenAI-compatible chat endpoint, checked as strictly as a human editor would.

The model gets numbered sources and must answer with JSON; every statement is kept only if its
citations name real sources and its content words are found in them. Timeouts, errors, malformed or
empty answers make that topic fall back to the extractive engine, and the log says so. Valid
answers are cached by a hash of the request, so an unchanged topic costs no tokens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import httpx
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from digest.briefs.article import article_source, extractive_article_brief, pick_standout
from digest.briefs.changes import compute_changes, evolve
from digest.briefs.extractive import ExtractiveEngine, make_sources, select_sources
from digest.briefs.sentences import content_overlap
from digest.briefs.validate import validate_article_brief, validate_brief
from digest.config import LlmConfig
from digest.models import Article, ArticleBrief, Brief, Perspective, Source, Statement, Tension, TimelineEntry, Topic

log = logging.getLogger(__name__)

BUNDLED_PROMPTS = Path(__file__).resolve().parents[1] / "templates" / "prompts"
SOURCE_CHARS = 1500
PROMPT_CHARS = 40_000
MIN_OVERLAP = 0.5  # share of a statement's content words that must appear in the sources it cites


class LlmError(Exception):
    """The endpoint failed or answered something we cannot use."""


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
    citations: Citations = Field(default_factory=list)


class TensionOut(_Loose):
    summary: str
    citations: Citations = Field(default_factory=list)


class TopicOut(_Loose):
    what: list[StatementOut] = Field(default_factory=list)
    why_it_matters: list[StatementOut] = Field(default_factory=list)
    insights: list[StatementOut] = Field(default_factory=list)
    open_questions: list[StatementOut] = Field(default_factory=list)
    narrative: list[StatementOut] = Field(default_factory=list)
    timeline: list[TimelineOut] = Field(default_factory=list)
    perspectives: list[PerspectiveOut] = Field(default_factory=list)
    tensions: list[TensionOut] = Field(default_factory=list)


class ArticleOut(_Loose):
    key_insights: list[str] = Field(default_factory=list)
    why_it_matters: list[str] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)
    essentially: list[str] = Field(default_factory=list)
    risks: list[str] = Field(default_factory=list)
    opportunities: list[str] = Field(default_factory=list)
    unknowns: list[str] = Field(default_factory=list)


class LlmEngine:
    """Topic and article briefs from a chat model, with the extractive engine as the safety net."""

    name = "llm"

    def __init__(self, config: LlmConfig, cache_dir: Path | None = None, prompts_dir: Path | None = None):
        self.config = config
        self.cache_dir = cache_dir
        self.prompts_dir = prompts_dir
        self.fallback = ExtractiveEngine()
        self.calls = 0  # requests actually sent (cache hits excluded), for logs and tests

    # -- prompts, cache and transport -------------------------------------------------------------

    def _prompt(self, name: str) -> str:
        for folder in (self.prompts_dir, BUNDLED_PROMPTS):
            if folder is not None and (folder / name).is_file():
                return (folder / name).read_text(encoding="utf-8")
        raise LlmError(f"prompt file {name} not found in {self.prompts_dir or ''} or {BUNDLED_PROMPTS}")

    def _cache_path(self, key: str) -> Path | None:
        return self.cache_dir / key[:2] / f"{key}.json" if self.cache_dir else None

    def _complete(self, system: str, user: str) -> tuple[str, str]:
        """The model's answer text and the cache key of the request."""
        cfg = self.config
        request = {
            "model": cfg.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": cfg.temperature,
            "max_tokens": cfg.max_tokens,
        }
        key = hashlib.sha256(json.dumps([cfg.base_url, request], sort_keys=True).encode()).hexdigest()
        path = self._cache_path(key)
        if path is not None and path.is_file():
            try:
                return path.read_text(encoding="utf-8"), key
            except OSError:
                pass
        headers = {"Content-Type": "application/json"}
        api_key = os.environ.get(cfg.api_key_env) if cfg.api_key_env else None
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        url = cfg.base_url.rstrip("/") + "/chat/completions"
        try:
            with httpx.Client(timeout=cfg.timeout) as client:
                self.calls += 1
                response = client.post(
                    url, json={**request, "response_format": {"type": "json_object"}}, headers=headers
                )
                if response.status_code in (400, 422) and "response_format" in response.text:
                    self.calls += 1  # the server has no JSON mode: ask again without it
                    response = client.post(url, json=request, headers=headers)
                response.raise_for_status()
                content = response.json()["choices"][0]["message"]["content"]
        except httpx.TimeoutException as exc:
            raise LlmError(f"timeout after {cfg.timeout}s from {url}") from exc
        except httpx.HTTPStatusError as exc:
            raise LlmError(f"HTTP {exc.response.status_code} from {url}") from exc
        except httpx.HTTPError as exc:
            raise LlmError(f"{type(exc).__name__} from {url}: {exc}") from exc
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LlmError(f"unexpected response shape from {url}: {exc!r}") from exc
        if not isinstance(content, str):
            raise LlmError("response message has no text content")
        return content, key

    def _store(self, key: str, content: str) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(content, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            log.warning("LLM cache not written (%s): %s", path, exc)

    # -- topic briefs -----------------------------------------------------------------------------

    def topic_brief(
        self, topic: Topic, articles: list[Article], previous: Brief | None, version: int, now: datetime
    ) -> Brief:
        chosen = select_sources(articles, previous)
        sources = make_sources(chosen)
        try:
            if not chosen:
                raise LlmError("no articles")
            system = self._prompt("topic_brief.system.txt")
            user = self._prompt("topic_brief.user.txt").format(
                title=topic.title,
                version=version,
                previous_version=previous.version if previous else "none",
                previous=_previous_points(previous),
                sources=_sources_block(sources, chosen),
            )
            content, key = self._complete(system, user)
            parsed = TopicOut.model_validate(_parse_json(content))
            brief = _to_brief(parsed, topic, version, now, sources, chosen)
        except (LlmError, ValidationError, KeyError, IndexError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            log.warning("LLM brief for topic %s failed (%s); falling back to the extractive engine", topic.slug, reason)
            return self.fallback.topic_brief(topic, articles, previous, version, now)
        self._store(key, content)
        brief.perspectives = evolve(brief.perspectives, sources, previous)
        brief.changes = compute_changes(brief, previous)
        return validate_brief(brief)

    # -- article briefs ---------------------------------------------------------------------------

    def article_brief(self, article: Article, now: datetime) -> ArticleBrief:
        try:
            system = self._prompt("article_brief.system.txt")
            user = self._prompt("article_brief.user.txt").format(
                outlet=article.source,
                published=article.published.date().isoformat() if article.published else "unknown",
                headline=article.title or "(none)",
                text=article.text[: PROMPT_CHARS // 2],
            )
            content, key = self._complete(system, user)
            parsed = ArticleOut.model_validate(_parse_json(content))
            brief = _to_article_brief(parsed, article)
        except (LlmError, ValidationError, ValueError) as exc:
            log.warning("LLM article brief for %s failed (%s); falling back to the extractive engine", article.id, exc)
            return extractive_article_brief(article)
        self._store(key, content)
        return brief

    def pick_standout(self, articles: list[Article], k: int) -> list[Article]:
        return pick_standout(articles, k)


def _previous_points(previous: Brief | None) -> str:
    if previous is None:
        return "(none: this is the first version)"
    lines = [f"- {s.text}" for s in previous.what + previous.insights]
    lines += [f"- {p.actor}: {p.stance.text}" for p in previous.perspectives]
    return "\n".join(lines) or "(empty)"


def _sources_block(sources: list[Source], articles: list[Article]) -> str:
    budget = PROMPT_CHARS
    parts = []
    for source, article in zip(sources, articles, strict=True):
        when = source.published.date().isoformat() if source.published else "undated"
        text = " ".join(article.text.split())[: min(SOURCE_CHARS, max(budget, 0))]
        budget -= len(text)
        parts.append(f"[{source.n}] {source.outlet} — {source.title} (published {when})\n{text}")
    return "\n\n".join(parts)


def _parse_json(content: str) -> Any:
    """The JSON object in a reply, tolerating code fences and chatter around it."""
    text = content.strip()
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise LlmError("reply is not JSON") from None
        try:
            return json.loads(text[start : end + 1])
        except json.JSONDecodeError as exc:
            raise LlmError(f"reply is not valid JSON: {exc}") from None


def _checker(sources: list[Source], articles: list[Article]):
    """Keep only real source numbers, and only statements whose words are in the sources they cite."""
    text_of = {s.n: a.title + " " + a.text for s, a in zip(sources, articles, strict=True)}

    def check(text: str, citations: list[int]) -> tuple[int, ...] | None:
        valid = tuple(sorted({n for n in citations if n in text_of}))
        if not valid or not text.strip():
            return None
        support = " ".join(text_of[n] for n in valid)
        if content_overlap(text, support) < MIN_OVERLAP:
            return None
        return valid

    return check


def _to_brief(
    out: TopicOut, topic: Topic, version: int, now: datetime, sources: list[Source], articles: list[Article]
) -> Brief:
    check = _checker(sources, articles)
    dropped = 0

    def statements(items: list[StatementOut]) -> list[Statement]:
        nonlocal dropped
        kept = []
        for item in items:
            cites = check(item.text, item.citations)
            if cites is None:
                dropped += 1
                continue
            kept.append(Statement(item.text.strip(), cites))
        return kept

    brief = Brief(topic=topic.slug, title=topic.title, version=version, created=now, sources=sources, engine="llm")
    brief.what = statements(out.what)
    brief.why_it_matters = statements(out.why_it_matters)
    brief.insights = statements(out.insights)
    brief.open_questions = [s for s in statements(out.open_questions) if s.text.endswith("?")]
    brief.narrative = statements(out.narrative)
    for item in out.timeline:
        parsed = _parse_date(item.date)
        cites = check(item.text, item.citations)
        if parsed is None or cites is None:
            dropped += 1
            continue
        brief.timeline.append(TimelineEntry(parsed[0], parsed[1], item.text.strip(), cites))
    brief.timeline.sort(key=lambda e: e.when)
    for p in out.perspectives:
        cites = check(p.stance, p.citations)
        if cites is None or not p.actor.strip():
            dropped += 1
            continue
        brief.perspectives.append(Perspective(p.actor.strip(), Statement(p.stance.strip(), cites)))
    for t in out.tensions:
        cites = check(t.summary, t.citations)
        if cites is None:
            dropped += 1
            continue
        brief.tensions.append(Tension(t.summary.strip(), cites))
    if dropped:
        log.info(
            "LLM brief for %s: dropped %d statement(s) with invented or unsupported citations", topic.slug, dropped
        )
    if not brief.what:
        raise LlmError("no supported statement in 'what'")
    return brief


def _parse_date(value: str) -> tuple[date, str] | None:
    value = value.strip()
    for pattern, fmt in ((r"^\d{4}-\d{2}-\d{2}$", "day"), (r"^\d{4}-\d{2}$", "month"), (r"^\d{4}$", "year")):
        if re.match(pattern, value):
            parts = [int(p) for p in value.split("-")] + [1, 1]
            try:
                when = date(parts[0], parts[1], parts[2])
            except ValueError:
                return None
            return when, value if fmt != "day" else when.isoformat()
    return None


def _to_article_brief(out: ArticleOut, article: Article) -> ArticleBrief:
    source = article_source(article)
    support = article.title + " " + article.text

    def statements(items: list[str]) -> list[Statement]:
        return [Statement(t.strip(), (1,)) for t in items if t.strip() and content_overlap(t, support) >= MIN_OVERLAP]

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
        raise LlmError("no supported summary statement")
    return validate_article_brief(brief)
