"""The last gate before rendering: nothing is shown without a citation that points at a real source."""

from __future__ import annotations

import logging
from dataclasses import replace

from digest.models import ArticleBrief, Brief, Perspective, Statement, Tension, TimelineEntry

log = logging.getLogger(__name__)


def _ok(citations: tuple[int, ...], numbers: set[int]) -> bool:
    return bool(citations) and all(n in numbers for n in citations)


def _statements(items: list[Statement], numbers: set[int]) -> list[Statement]:
    return [s for s in items if s.text.strip() and _ok(tuple(s.citations), numbers)]


def validate_brief(brief: Brief) -> Brief:
    """Drop every statement, entry, perspective or tension whose citations are empty or point nowhere."""
    numbers = {s.n for s in brief.sources}
    dropped = 0

    def keep(items: list, ok) -> list:
        nonlocal dropped
        kept = [x for x in items if ok(x)]
        dropped += len(items) - len(kept)
        return kept

    def stmt_ok(s: Statement) -> bool:
        return bool(s.text.strip()) and _ok(tuple(s.citations), numbers)

    out = replace(
        brief,
        what=keep(brief.what, stmt_ok),
        why_it_matters=keep(brief.why_it_matters, stmt_ok),
        insights=keep(brief.insights, stmt_ok),
        open_questions=keep(brief.open_questions, stmt_ok),
        narrative=keep(brief.narrative, stmt_ok),
        changes=keep(brief.changes, stmt_ok),
        timeline=keep(
            brief.timeline,
            lambda e: isinstance(e, TimelineEntry) and bool(e.text.strip()) and _ok(tuple(e.citations), numbers),
        ),
        perspectives=keep(
            brief.perspectives, lambda p: isinstance(p, Perspective) and bool(p.actor.strip()) and stmt_ok(p.stance)
        ),
        tensions=keep(
            brief.tensions,
            lambda t: isinstance(t, Tension) and bool(t.summary.strip()) and _ok(tuple(t.citations), numbers),
        ),
    )
    if dropped:
        log.info("brief %s v%d: dropped %d uncited statement(s)", brief.topic, brief.version, dropped)
    return out


def validate_article_brief(brief: ArticleBrief) -> ArticleBrief:
    """The same gate for an article brief."""
    numbers = {s.n for s in brief.sources}
    return replace(
        brief,
        key_insights=_statements(brief.key_insights, numbers),
        why_it_matters=_statements(brief.why_it_matters, numbers),
        summary=_statements(brief.summary, numbers),
        essentially=_statements(brief.essentially, numbers),
        risks=_statements(brief.risks, numbers),
        opportunities=_statements(brief.opportunities, numbers),
        unknowns=_statements(brief.unknowns, numbers),
    )
