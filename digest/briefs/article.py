"""Article briefs (one standalone article, cited as source [1]) and picking which articles get one."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from digest.briefs.actors import attributions
from digest.briefs.cues import OPPORTUNITY, RISK, UNKNOWN, WHY, to_question
from digest.briefs.sentences import Space, article_sentences, words
from digest.models import Article, ArticleBrief, Source, Statement

MIN_STANDOUT_WORDS = 250
_PROPER = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b")


def article_source(article: Article) -> Source:
    from digest.briefs.extractive import title_of

    return Source(1, article.id, article.source, title_of(article), article.url, article.published)


def extractive_article_brief(article: Article) -> ArticleBrief:
    """Key insights, why it matters, summary, who did what, risks, opportunities, unknowns: all from [1]."""
    published = (article.published or article.first_seen).date()
    sentences = article_sentences(0, article.text, published, limit=80)
    source = article_source(article)
    brief = ArticleBrief(
        article_id=article.id,
        title=source.title,
        reported_by=article.source,
        url=article.url,
        original_headline=article.title,
        sources=[source],
    )
    if not sentences:
        return brief
    cite = (1,)
    space = Space([s.text for s in sentences])
    central = space.centrality()
    lead = np.array([1.0 / (1 + s.position) for s in sentences])

    def stmts(idx: Sequence[int]) -> list[Statement]:
        return [Statement(sentences[i].text, cite) for i in idx]

    summary = sorted(space.mmr(central + 0.6 * lead, 3, lam=0.8, max_sim=0.5))
    brief.summary = stmts(summary)
    insights = space.mmr(central, 3, lam=0.7, exclude=summary[:1], max_sim=0.35)
    brief.key_insights = stmts(insights)
    used = summary + insights
    why_pool = [i for i, s in enumerate(sentences) if WHY.search(s.text)]
    brief.why_it_matters = stmts(space.mmr(central, 2, candidates=why_pool, exclude=used, max_sim=0.4))
    risk_pool = [i for i, s in enumerate(sentences) if RISK.search(s.text)]
    risks = space.mmr(central, 3, candidates=risk_pool, max_sim=0.4)
    brief.risks = stmts(risks)
    opp_pool = [i for i, s in enumerate(sentences) if OPPORTUNITY.search(s.text) and i not in risks]
    brief.opportunities = stmts(space.mmr(central, 3, candidates=opp_pool, max_sim=0.4))
    unknowns = []
    for s in sentences:
        if UNKNOWN.search(s.text) or s.text.endswith("?"):
            q = to_question(s.text)
            if q and q not in unknowns:
                unknowns.append(q)
    brief.unknowns = [Statement(q, cite) for q in unknowns[:3]]
    brief.essentially = _who_did_what(sentences, central)
    return brief


def _who_did_what(sentences, central: np.ndarray, k: int = 3) -> list[Statement]:
    """Sentences whose subject is a named actor, one per actor: who did what, in the article's words."""
    actors = {a.key: a.actor for a in attributions(sentences)}
    out: list[Statement] = []
    seen: set[str] = set()
    order = sorted(range(len(sentences)), key=lambda i: (-central[i], i))
    for i in order:
        text = sentences[i].text
        m = _PROPER.match(text)
        if not m:
            continue
        name = m.group(0)
        key = name.split()[-1].lower()
        if key in seen or (actors and key not in actors and len(out) >= 1):
            continue
        seen.add(key)
        out.append(Statement(text, (1,)))
        if len(out) == k:
            break
    return out


def pick_standout(articles: Sequence[Article], k: int) -> list[Article]:
    """Articles worth a brief of their own: long, central to the batch, rich in named actors, not duplicates."""
    pool = [a for a in articles if not a.canonical_id and len(words(a.text)) >= MIN_STANDOUT_WORDS]
    if not pool or k <= 0:
        return []
    space = Space([a.title + " " + a.text[:5000] for a in pool])
    central = space.centrality()
    length = np.array([min(len(words(a.text)), 1500) / 1500 for a in pool])
    names = np.array([min(len(set(_PROPER.findall(a.text[:5000]))), 40) / 40 for a in pool])
    score = 0.5 * central + 0.3 * length + 0.2 * names
    order = space.mmr(score, k, lam=0.8, max_sim=0.5)
    return [pool[i] for i in order]
