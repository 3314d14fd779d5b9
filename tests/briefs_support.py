"""Helpers the brief tests share."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np

from digest.briefs.actors import Attribution, attributions, role_attributions
from digest.briefs.changes import evolve
from digest.briefs.cues import states_unknown, to_question
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import _well_formed
from digest.briefs.sentences import Sentence, article_sentences, every_sentence
from digest.models import Article, Brief, Perspective, Source, Statement, Topic


def evolved(actor: str, before: str, now: str) -> Perspective:
    """`actor`'s perspective in version 2 when version 1 had them say `before` and version 2 says `now`."""
    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    created = datetime(2033, 5, 1, tzinfo=UTC)
    previous = Brief(
        topic="t", title="T", version=1, created=created, sources=sources[:1],
        perspectives=[Perspective(actor, Statement(before, (1,)))],
    )  # fmt: skip
    return evolve([Perspective(actor, Statement(now, (2,)))], sources, previous)[0]


def read_report(text: str) -> tuple[list[Sentence], list[Sentence], list[Attribution]]:
    """One report as the engine reads it: usable sentences, every sentence, and the claims (named and by role)."""
    usable = article_sentences(0, text, None)
    context = every_sentence(0, text, None)
    return usable, context, attributions(usable, context) + role_attributions(usable)


def claim_pair(text: str, one: str, other: str) -> tuple[Attribution, Attribution, dict[tuple[int, int], str]]:
    """The claims of the speakers named `one` and `other` in one report, and its sentences by place."""
    _usable, context, claims = read_report(text)
    by_place = {(t.article, t.position): t.text for t in context}
    a = next(c for c in claims if one in c.actor)
    b = next(c for c in claims if other in c.actor)
    return a, b, by_place


def no_similarity(left: list[str], right: list[str]) -> np.ndarray:
    """A similarity that links nothing, so a tension found is the rule's own, not the embedding's."""
    return np.zeros((len(left), len(right)))


def all_alike(left: list[str], right: list[str]) -> np.ndarray:
    """A topic space in which every claim looks like every other: only the rule itself can keep two apart."""
    return np.ones((len(left), len(right)))


def read_all(texts: list[str], days: list[date] | None = None) -> tuple[list[Sentence], list[Attribution]]:
    """Several reports as the engine reads them: every sentence, and the claims of the usable ones."""
    context: list[Sentence] = []
    claims: list[Attribution] = []
    for i, text in enumerate(texts):
        day = days[i] if days else date(2041, 3, 1)
        ctx = every_sentence(i, text, day)
        context += ctx
        claims += attributions(article_sentences(i, text, day), ctx)
    return context, claims


def read_on(text: str, day: date) -> tuple[list[Sentence], list[Attribution]]:
    """One report published on `day`: every sentence, and the claims the engine reads from its usable ones."""
    context = every_sentence(0, text, day)
    return context, attributions(article_sentences(0, text, day), context)


def topic_brief_of(*texts: str) -> Brief:
    """The extractive engine's brief for a topic of these reports (one outlet each, one day apart)."""
    articles = []
    for i, text in enumerate(texts):
        when = datetime(2033, 5, 1 + i, 8, tzinfo=UTC)
        articles.append(
            Article(
                id=f"a{i}",
                url=f"https://example.org/a{i}",
                title="t",
                text=text,
                source=f"Outlet {i}",
                published=when,
                first_seen=when,
                extraction="import",
            )
        )
    last = articles[-1].first_seen
    topic = Topic(
        slug="t",
        title="t",
        kind="discovered",
        status="active",
        created=articles[0].first_seen,
        updated=last,
        members={a.id: a.first_seen for a in articles},
        version=1,
    )
    return ExtractiveEngine().topic_brief(topic, articles, None, 1, last)


def claims_of(text: str) -> list[Attribution]:
    """Attributions of one report, as the engine reads them: usable sentences, with every sentence as context."""
    return attributions(article_sentences(0, text, None), every_sentence(0, text, None))


def asks(sentence: str, question: str) -> None:
    """`sentence` states an unknown, and the question it becomes is `question`, well formed."""
    assert states_unknown(sentence), sentence
    assert to_question(sentence) == question
    assert _well_formed(question), question
