"""Briefs: cited topic and article briefs, by the extractive engine (default) or an LLM.

Both engines return the same records from digest.models, so renderers never know which one wrote
a brief; `validate_brief` is the last gate and drops anything without a valid citation.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from digest.briefs.validate import validate_article_brief, validate_brief
from digest.config import Config
from digest.models import Article, ArticleBrief, Brief, Topic


class BriefEngine(Protocol):
    name: str

    @property
    def grounding_dropped(self) -> int:
        """Statements dropped so far because their sources did not support them (for the run summary)."""
        ...

    def topic_brief(
        self, topic: Topic, articles: list[Article], previous: Brief | None, version: int, now: datetime
    ) -> Brief: ...

    def article_brief(self, article: Article, now: datetime) -> ArticleBrief: ...

    def pick_standout(self, articles: list[Article], k: int) -> list[Article]: ...


def make_brief_engine(config: Config, cache_dir: Path | None = None) -> BriefEngine:
    """The engine feeds.yaml asks for; the LLM engine falls back to the extractive one per topic."""
    from digest.briefs.extractive import ExtractiveEngine

    if config.briefs.engine == "llm":
        from digest.briefs.llm import LlmEngine

        return LlmEngine(config.briefs.llm, cache_dir=cache_dir, prompts_dir=_prompts_dir(config))
    return ExtractiveEngine()


def _prompts_dir(config: Config) -> Path | None:
    """Editors' own prompts (templates/prompts under `templates:`) override the bundled ones."""
    own = config.templates_dir
    if own is not None and (own / "prompts").is_dir():
        return own / "prompts"
    return None


__all__ = ["BriefEngine", "make_brief_engine", "validate_article_brief", "validate_brief"]
