"""What changed since the previous version, and how each actor's stance moved; same for both engines.

Computed from the briefs themselves (sources, timeline, perspectives, questions), so an LLM brief
gets the same mechanical, checkable change list as an extractive one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from digest.briefs.actors import actor_key
from digest.briefs.cues import SHIFT
from digest.briefs.sentences import shorten
from digest.models import Brief, Perspective, Source, Statement

AnswerFinder = Callable[[str], Statement | None]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _article_ids(citations: tuple[int, ...], sources: list[Source]) -> set[str]:
    by_n = {s.n: s.article_id for s in sources}
    return {by_n[n] for n in citations if n in by_n}


def evolve(perspectives: list[Perspective], current_sources: list[Source], previous: Brief | None) -> list[Perspective]:
    """Mark each perspective new, unchanged, expanded or shifted against the previous version."""
    if previous is None:
        return [replace(p, evolution="new", evolution_note="") for p in perspectives]
    before = {actor_key(p.actor): p for p in previous.perspectives}
    out = []
    for p in perspectives:
        old = before.get(actor_key(p.actor))
        if old is None:
            out.append(
                replace(p, evolution="new", evolution_note=f"First quoted in this version (v{previous.version + 1})")
            )
            continue
        old_ids = _article_ids(old.stance.citations, previous.sources)
        new_ids = _article_ids(p.stance.citations, current_sources) - old_ids
        if _norm(old.stance.text) == _norm(p.stance.text) or not new_ids:
            out.append(
                replace(p, evolution="unchanged", evolution_note=f"Same position as in version {previous.version}")
            )
            continue
        fresh = [s.n for s in current_sources if s.article_id in new_ids]
        cites = "".join(f"[{n}]" for n in sorted(fresh))
        if SHIFT.search(p.stance.text):
            note = f"Position moved since version {previous.version}, per new reporting {cites}"
            out.append(replace(p, evolution="shifted", evolution_note=note))
        else:
            note = f"New statements since version {previous.version} {cites}; earlier: {_short(old.stance.text)}"
            out.append(replace(p, evolution="expanded", evolution_note=note))
    return out


def _short(text: str, n: int = 16) -> str:
    ws = text.split()
    return text if len(ws) <= n else " ".join(ws[:n]) + "…"


def compute_changes(brief: Brief, previous: Brief | None, answer_finder: AnswerFinder | None = None) -> list[Statement]:
    """New sources, new timeline entries, new actors, questions that appeared or were answered."""
    if previous is None:
        return []
    v = previous.version
    changes: list[Statement] = []
    prev_ids = {s.article_id for s in previous.sources}
    fresh = [s for s in brief.sources if s.article_id not in prev_ids]
    if fresh:
        outlets = sorted({s.outlet for s in fresh})
        noun = "source" if len(fresh) == 1 else "sources"
        changes.append(
            Statement(f"{len(fresh)} new {noun} since version {v}: {', '.join(outlets)}", tuple(s.n for s in fresh))
        )
    prev_dates = {(e.label, _norm(e.text)) for e in previous.timeline}
    prev_labels = {e.label for e in previous.timeline}
    for e in brief.timeline:
        if e.label not in prev_labels and (e.label, _norm(e.text)) not in prev_dates:
            changes.append(Statement(f"New on the timeline: {e.label} — {shorten(e.text, 24)}", e.citations))
    prev_actors = {actor_key(p.actor) for p in previous.perspectives}
    for p in brief.perspectives:
        if actor_key(p.actor) not in prev_actors:
            changes.append(Statement(f"New voice: {p.actor}", p.stance.citations))
    prev_q = {_norm(q.text) for q in previous.open_questions}
    cur_q = {_norm(q.text) for q in brief.open_questions}
    for q in brief.open_questions:
        if _norm(q.text) not in prev_q:
            changes.append(Statement(f"New open question: {q.text}", q.citations))
    if answer_finder is not None:
        for q in previous.open_questions:
            if _norm(q.text) in cur_q:
                continue
            answer = answer_finder(q.text)
            if answer is not None:
                changes.append(
                    Statement(f"Earlier question “{q.text}” — now reported: {answer.text}", answer.citations)
                )
    return changes
