"""The extractive engine: every statement is a (lightly trimmed) sentence of a numbered source.

No model, no network, deterministic. Centrality in a TF-IDF space plus MMR picks "what" and the
insights; cue phrases find consequences and open questions; resolved dates build the timeline;
attributed speech gives perspectives, and conflicting claims between actors give tensions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

import numpy as np

from digest.briefs import lexical
from digest.briefs.actors import _TITLES, Attribution, actor_key, attributions, role_attributions
from digest.briefs.article import extractive_article_brief
from digest.briefs.changes import SELF_TURN, compute_changes, evolve, printable_development
from digest.briefs.conflicts import affiliated, colleagues, one_body
from digest.briefs.conflicts import tensions as find_tensions
from digest.briefs.cues import (
    ARTICLE_RISK,
    CONSEQUENCE,
    DEADLINE,
    DEVELOPMENT,
    EXPOSURE,
    HUMAN_COST,
    NEGATION,
    NO_CONSEQUENCE,
    OWN_NOT_KNOWING,
    PERSONAL,
    SAID_OWN,
    SCHEDULE,
    TURNED,
    UNUSABLE_OPENING,
    WHY,
    answered_next,
    antecedent_named,
    asks_do_we_know,
    left_open_in,
    named_in_apposition,
    open_clauses,
    states_unknown,
    those_named,
    to_question,
    with_person,
)
from digest.briefs.lexicon import ENGLISH, Lexicon, lexicon
from digest.briefs.sentences import (
    Sentence,
    article_sentences,
    content_overlap,
    content_words,
    every_sentence,
    is_reader_voice,
    shorten,
    strip_dateline,
)
from digest.briefs.sources import make_sources as make_sources  # re-exported for the LLM engine
from digest.briefs.sources import select_sources as select_sources
from digest.briefs.sources import title_of as title_of
from digest.briefs.sources import when
from digest.briefs.space import Space
from digest.briefs.standout import pick_standout
from digest.briefs.timeline import (
    announcements,
    build_entries,
    coming_dates,
    is_background,
    relevance_of,
    strip_leading_date,
    timeline_length,
    upcoming_entries,
)
from digest.i18n import language_of
from digest.models import Article, ArticleBrief, Brief, Perspective, Statement, Tension, TimelineEntry, Topic

_ASKED = re.compile(r"\b(?:asked|asks|wondered|wonders)\s+(?:\w+\s+)?(?:what|whether|who|how|when|why|where|if)\b")
_STAKE_BESIDE = re.compile(r",\s+which\s+(?:would|could|will|may|might)\b")
_FORWARD = re.compile(r"\b(?:could|would|will|may|might|threatens?|expected to|likely to)\b", re.IGNORECASE)
MAX_PERSPECTIVES = 16  # every actor the sources quote or paraphrase; the cap only guards against runaway lists
MAX_UPCOMING = 4  # coming dates of a small topic; a larger one announces more (see `upcoming_cap`)
MAX_QUESTIONS = 20  # every unknown the sources state; the cap only guards against runaway lists
MAX_TENSIONS = 12  # every real dispute the sources report, not a fixed handful
FILL_TENSIONS = 4  # opposite claims from two reports only fill a list shorter than this


class _Material:
    """The sources' sentences in one TF-IDF space, with the scores every section starts from."""

    def __init__(self, articles: Sequence[Article], lex: Lexicon = ENGLISH):
        self.articles = list(articles)
        self.lex = lex
        # Every sentence (English), the short and pronoun-led ones too: who "she" is, what went unanswered.
        self.context: list[Sentence] = []
        self.sentences: list[Sentence] = []
        for i, a in enumerate(self.articles):
            self.sentences.extend(article_sentences(i, a.text, when(a).date(), lex=lex))
        self.space = Space([s.text for s in self.sentences], None if lex is ENGLISH else lex.stop_words)
        self.central = self.space.centrality()
        times = [when(a).timestamp() for a in self.articles]
        lo, hi = (min(times), max(times)) if times else (0.0, 0.0)
        span = (hi - lo) or 1.0
        self.recency = np.array([(times[s.article] - lo) / span for s in self.sentences])
        self.lead = np.array([1.0 if s.position < 2 else 0.0 for s in self.sentences])
        self.background = np.array([1.0 if is_background(s, lex=lex) else 0.0 for s in self.sentences])
        self.unknown = [self.states_unknown(s.text) or s.text.endswith("?") for s in self.sentences]
        self.schedule = [_is_schedule(s, lex) for s in self.sentences]
        self.support = self._support()

    def states_unknown(self, text: str) -> bool:
        return states_unknown(text) if self.lex is ENGLISH else lexical.states_unknown(text, self.lex)

    def newest(self, min_sentences: int = 4) -> list[int]:
        """Sentences of the newest sources: the latest publication days, going back until there are enough
        sentences from two reports at least."""
        by_day: dict[date, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sentences):
            if not self.background[i]:
                by_day[when(self.articles[s.article]).date()].append(i)
        pool: list[int] = []
        reports = len({s.article for i, s in enumerate(self.sentences) if not self.background[i]})
        days = sorted(by_day, reverse=True)
        for k, day in enumerate(days):
            pool += by_day[day]
            if len(pool) < min_sentences:
                continue
            # Where the story stands is what more than one report of these last days says: one article's
            # angle is not the story, but reports days older are not where it stands now either.
            one_report = len({self.sentences[i].article for i in pool}) < min(2, reports)
            if not one_report or k + 1 == len(days) or (days[0] - days[k + 1]).days > 3:
                break
        return pool or list(range(len(self.sentences)))

    def _support(self) -> np.ndarray:
        """How many other sources say much the same: corroboration."""
        n = len(self.sentences)
        if n == 0:
            return np.zeros(0)
        sims = self.space.similarity() if n <= 3000 else np.zeros((n, n))
        out = np.zeros(n)
        for i in range(n):
            others = {self.sentences[j].article for j in np.nonzero(sims[i] >= 0.3)[0] if j != i}
            others.discard(self.sentences[i].article)
            out[i] = min(len(others), 4) / 4
        return out

    def cite(self, idx: Sequence[int]) -> tuple[int, ...]:
        return tuple(sorted({self.sentences[i].article + 1 for i in idx}))

    def statement(self, i: int) -> Statement:
        """The sentence as a reader sees it: a wire's dateline ("PORT CALLOWAY, Ore. (CW) —") is not news."""
        return Statement(strip_dateline(self.sentences[i].text), self.cite([i]))


class ExtractiveEngine:
    """Briefs from the sources' own sentences; the default, and the LLM engine's fallback."""

    name = "extractive"
    grounding_dropped = 0  # its statements are the sources' own sentences

    def topic_brief(
        self, topic: Topic, articles: list[Article], previous: Brief | None, version: int, now: datetime
    ) -> Brief:
        chosen = select_sources(articles, previous)
        sources = make_sources(chosen)
        brief = Brief(topic=topic.slug, title=topic.title, version=version, created=now, sources=sources)
        if not chosen:
            return brief
        # The sources' language picks the lexicon: English regular expressions, or another language's data.
        m = _Material(chosen, lexicon(language_of((a.language, a.text) for a in chosen)))
        used: list[int] = []

        # "What" is where the story stands: the newest sources' own news, not the background they recap.
        what_scores = m.central + 0.25 * m.recency + 0.2 * m.lead + 0.1 * m.support - 0.3 * m.background
        newest = [i for i in m.newest() if not m.unknown[i]] or m.newest()
        what = m.space.mmr(what_scores, 3, lam=0.75, max_sim=0.4, candidates=newest)
        what.sort(key=lambda i: (m.sentences[i].article, m.sentences[i].position))
        brief.what = [m.statement(i) for i in what]
        used += what

        # Consequences the sources point to ("could threaten BP's leases"), not scale or background ("the
        # worst spill in U.S. history", "the rig exploded on April 20"); scale words only when nothing else.
        # Never a schedule ("the council will vote on 15 January") nor an unknown: those have their own sections.
        # A question someone put ("Cllr Lusk asked what the bypass would cost") is an open question, not a stake.
        # A question that also names a stake beside it ("asked whether it can close its base, which would cost 300
        # jobs") keeps that stake.
        asked = {i for i, s in enumerate(m.sentences) if _ASKED.search(s.text) and not _STAKE_BESIDE.search(s.text)}
        stakes = [
            i for i in range(len(m.sentences)) if not (m.unknown[i] or m.schedule[i] or m.background[i] or i in asked)
        ]
        why_scores = m.central + 0.1 * m.recency + 0.1 * np.array([bool(_FORWARD.search(s.text)) for s in m.sentences])
        texts = [s.text for s in m.sentences]
        if m.lex is ENGLISH:
            consequence = [i for i in stakes if CONSEQUENCE.search(texts[i]) and not NO_CONSEQUENCE.search(texts[i])]
            # No consequence named: a risk the sources fear or who is exposed, else scale words or the human cost.
            risk = [
                i
                for i in stakes
                if (ARTICLE_RISK.search(texts[i]) or EXPOSURE.search(texts[i])) and not NO_CONSEQUENCE.search(texts[i])
            ]
            tiers = [consequence, risk, [i for i in stakes if WHY.search(texts[i])]]
            tiers.append([i for i in stakes if HUMAN_COST.search(texts[i])])
        else:
            consequence = [i for i in stakes if lexical.states_consequence(texts[i], m.lex)]
            tiers = [consequence]
        why: list[int] = []
        for tier in tiers:
            why = m.space.mmr(why_scores, 2, candidates=[i for i in tier if i not in used], exclude=used, max_sim=0.35)
            if why:
                break
        if not why and consequence:
            # Every stake the sources state is already said under "What": it still belongs here, said twice,
            # rather than a section left empty while the sources say what is at stake.
            why = m.space.mmr(why_scores, 1, candidates=consequence)
        if not why and m.lex is ENGLISH:
            # The only stake the sources state is one somebody asked about ("asked whether the quota would put 40
            # boats out of business"), an open question too: said as asked, rather than a section left empty.
            put = [
                i
                for i, t in enumerate(texts)
                if _ASKED.search(t)
                and not (m.schedule[i] or m.background[i])
                and CONSEQUENCE.search(texts[i])
                and not NO_CONSEQUENCE.search(texts[i])
            ]
            why = m.space.mmr(why_scores, 1, candidates=sorted(put))
        brief.why_it_matters = [m.statement(i) for i in why]
        used += why

        insight_scores = m.central + 0.2 * m.support + 0.05 * m.lead
        insights = m.space.mmr(insight_scores, 5, lam=0.7, exclude=used, max_sim=0.35)
        brief.insights = [m.statement(i) for i in insights]
        used += insights

        if m.lex is ENGLISH:
            m.context = [t for i, a in enumerate(m.articles) for t in every_sentence(i, a.text, when(a).date())]
        brief.open_questions = self._questions(m)
        brief.timeline = self._timeline(m)
        brief.narrative = self._narrative(m, used)
        english = m.lex is ENGLISH
        claims = attributions(m.sentences, m.context) if english else lexical.attributions(m.sentences, m.lex)
        brief.perspectives = evolve(self._perspectives(m, claims), sources, previous)
        brief.tensions = self._tensions(m, claims)
        developments = self._developments(m, previous)
        brief.changes = compute_changes(brief, previous, self._answer_finder(m, previous), developments)
        return brief

    def _developments(self, m: _Material, previous: Brief | None) -> list[Statement] | None:
        """What is new in this version: the leads and decisions of the articles the previous one lacked.

        A news lead states its development ("The council has postponed its vote ..."), so the first
        sentences of new articles count most, then sentences that report a decision or an act, then what
        the earlier sources did not already say; one per new article at most, three in all.
        """
        if previous is None:
            return None
        prev_ids = {s.article_id for s in previous.sources}
        fresh_articles = {i for i, a in enumerate(m.articles) if a.id not in prev_ids}
        # A standing line that opens every report of an outlet ("Our weekly summary of the foreign press ...") and a
        # line an editor would not print (counsel's question, two interview turns run together) are no development.
        standing = Counter(s.text for s in m.sentences)
        pool = [
            i
            for i, s in enumerate(m.sentences)
            if s.article in fresh_articles
            and not (m.unknown[i] or (m.schedule[i] and not _DONE.search(s.text)))
            # "Four weeks after the imager failed, the government has brought forward ...": a lead that reports an
            # act is the news, whatever recap opens it.
            and not (m.background[i] and not (s.position == 0 and _DONE.search(s.text)))
            and standing[s.text] < 2
            and printable_development(s.text)
        ]
        if not pool:
            return []
        # An earlier sentence that says something is not known yet does not make its later answer old news.
        old = [i for i, s in enumerate(m.sentences) if s.article not in fresh_articles and not m.unknown[i]]
        novelty = np.ones(len(m.sentences))
        if old:
            seen = (m.space.matrix[pool] @ m.space.matrix[old].T).toarray().max(axis=1)
            novelty[pool] = 1.0 - seen
        lead = np.array([1.0 if s.position == 0 else 0.5 if s.position == 1 else 0.0 for s in m.sentences])
        acts = np.array([1.0 if DEVELOPMENT.search(s.text) else 0.0 for s in m.sentences])
        quoted = np.array([1.0 if s.text.startswith(('"', "“")) else 0.0 for s in m.sentences])
        scores = m.central + 0.35 * lead + 0.2 * acts + 0.3 * novelty - 0.3 * quoted
        picked: list[int] = []
        for i in m.space.mmr(scores, min(len(pool), 40), lam=0.8, candidates=pool, max_sim=0.35):
            if all(m.sentences[j].article != m.sentences[i].article for j in picked):
                picked.append(i)
            if len(picked) == min(3, len(fresh_articles)):
                break
        picked.sort(key=lambda i: (when(m.articles[m.sentences[i].article]), m.sentences[i].position))
        return [m.statement(i) for i in picked]

    def _questions(self, m: _Material, k: int = MAX_QUESTIONS) -> list[Statement]:
        if m.lex is not ENGLISH:
            return self._open_points(m, k)
        found: dict[str, tuple[float, int, str]] = {}
        median = np.median(m.central)
        following = {(t.article, t.position - 1): t.text for t in m.context}
        for i, s in enumerate(m.sentences):
            for n, text in enumerate(open_clauses(s.text)):
                before = following.get((s.article, s.position - 2), "")
                if n == 0:
                    # "... could not say when its results will be published" after "The spring census ... was cut
                    # short": the census's results.
                    text = antecedent_named(text, before)
                cue = states_unknown(text)
                # "Was the warning system switched off, or did it fail? The court has not been told.": a question the
                # next sentence says nobody has answered.
                after = following.get((s.article, s.position), "")
                left = left_open_in(text, after, following.get((s.article, s.position + 1), ""))
                untold = left is not None
                if cue and not untold and answered_next(text, after):
                    continue  # "investigating whether the fire was started deliberately." "Investigators confirmed"
                cue = cue or untold
                if not cue and not text.endswith("?"):
                    continue
                if not cue and m.central[i] < median:
                    continue  # a rhetorical question off the story's subject
                if (
                    not cue
                    and after
                    and asks_do_we_know(text)
                    and not (states_unknown(after) or NEGATION.search(after))
                ):
                    continue  # "Do we know what caused it? Engineers said a faulty transformer was to blame."
                question = to_question(text) or left
                if question is not None and not _QUOTE_MARK.search(s.text):
                    question = house_named(question, m.articles[s.article])
                if question is not None and n == 0:
                    question = those_named(question, before)
                if question is None and cue:
                    # "Whether she would use that power ... is not clear": she is the last person the report quoted.
                    # Or the one named in apposition just before ("one runner, Yasmin Barraclough, has not been seen").
                    speaker = _last_speaker(m.sentences, i) or named_in_apposition(
                        before, following.get((s.article, s.position - 3), "")
                    )
                    named = with_person(text, speaker) if speaker else None
                    question = to_question(named) if named else None
                # "Will Alvera appeal?": three words are a question when one of them names who, or when the next
                # sentence says it is not answered.
                shortest = 3 if question and (untold or any(w[:1].isupper() for w in question.split()[1:])) else 4
                if question is None or len(question.split()) < shortest or not is_self_contained_question(question):
                    continue
                weight = m.central[i] + (0.3 if cue else 0.0) + 0.1 * m.recency[i] - 0.01 * n
                key = question.lower()
                if key not in found or found[key][0] < weight:
                    found[key] = (weight, i, question)
        # A heading's question too short to stand as a sentence ("Who voted against?"), left open by the sentence
        # after it ("The museum has not named the three trustees."), which is cited.
        place = {(t.article, t.position): i for i, t in enumerate(m.sentences)}
        for t in m.context:
            if (t.article, t.position) in place:
                continue
            after = following.get((t.article, t.position), "")
            if t.text.endswith("?"):
                question = left_open_in(t.text, after, following.get((t.article, t.position + 1), ""))
                # Cited by the reply ("Nobody has said."), or, where that is too short to stand alone, by the nearest
                # usable sentence of the same post or report.
                near = (t.position + d for d in (1, -1, 2, -2))
                j = next((place[(t.article, p)] for p in near if (t.article, p) in place), None)
            else:
                question, j = self._unusable_question(t, after, place)
            if question is None or j is None or not is_self_contained_question(question):
                continue
            key = question.lower()
            weight = m.central[j] + 0.3 + 0.1 * m.recency[j]
            if key not in found or found[key][0] < weight:
                found[key] = (weight, j, question)
        ranked = sorted(found.values(), key=lambda t: (-t[0], t[1]))
        picked: list[Statement] = []
        seen_texts: list[str] = []
        for _weight, i, q in ranked:
            # A repeat says mostly what an earlier question says, and that one says a fair part of it too:
            # "What would Vantel pay for the customers?" is not the price-cap question that also names both.
            # "How much" is the question's shape, not its matter: "How much of the fund is left?" is not "How much of
            # the fund can be recovered?".
            if any(
                content_overlap(_asked(q), _asked(t)) > 0.6 and content_overlap(_asked(t), _asked(q)) > 0.3
                for t in seen_texts
            ):
                continue
            picked.append(Statement(q, m.cite([i])))
            seen_texts.append(q)
            if len(picked) == k:
                break
        return picked

    @staticmethod
    def _unusable_question(t: Sentence, after: str, place: dict[tuple[int, int], int]) -> tuple[str | None, int | None]:
        """The question a sentence left out as unusable alone still leaves open, and the nearest usable sentence of its
        report to weigh and cite it by: a question the writer put that the reply leaves open ("I have written to the
        minister asking who will pay ..." "I have not had an answer."), or an unknown stated in a quotation cut at its
        full stop, a short line ("Recovery for noteholders is highly uncertain.") or a chapter's paraphrase."""
        if _ASKING.search(t.text) or OWN_NOT_KNOWING.match(t.text):
            question = left_open_in(t.text, after, "")
        elif (
            len(t.text.split()) >= 6
            and states_unknown(t.text)
            and not answered_next(t.text, after)
            # "She said she could not yet decide whether the contract was valid": the opening pronoun is only who
            # says it, when the question it leaves names what it is about.
            and (not UNUSABLE_OPENING.match(t.text) or SAID_OWN.match(t.text))
        ):
            question = to_question(t.text)
            if question is not None and UNUSABLE_OPENING.match(t.text) and PERSONAL.search(question):
                # "He said he could not say whether his client would appeal": the speaker's own question is taken only
                # where it names what it is about; "his client" is named only by the sentences before.
                return None, None
        else:
            return None, None
        near = (t.position + d for d in (1, -1, 2, -2, 3, -3))
        j = next((place[(t.article, p)] for p in near if (t.article, p) in place), None)
        return question, j

    def _open_points(self, m: _Material, k: int) -> list[Statement]:
        """Other languages: the sentences that state an unknown, as written (not rephrased as questions)."""
        ranked = sorted(
            (i for i, s in enumerate(m.sentences) if lexical.states_unknown(s.text, m.lex) or s.text.endswith("?")),
            key=lambda i: (-(m.central[i] + 0.1 * m.recency[i]), i),
        )
        picked: list[Statement] = []
        for i in ranked:
            text = m.sentences[i].text
            if any(content_overlap(text, p.text) > 0.6 for p in picked):
                continue
            picked.append(m.statement(i))
            if len(picked) == k:
                break
        return picked

    def _timeline(self, m: _Material) -> list[TimelineEntry]:
        """Dated events oldest first, then the dates the sources announce as coming, marked "Upcoming".

        A sentence that states an unknown ("has not said whether ...") is an open question, not an event.
        """
        pubs = [when(a).date() for a in m.articles]
        events = [s for i, s in enumerate(m.sentences) if not m.unknown[i]]
        length = timeline_length(min(pubs), max(pubs))
        weights = relevance_of(m.sentences, m.central)
        entries = build_entries(events, length, per_date=1, lo=None, hi=max(pubs), lex=m.lex, weights=weights)
        index = {id(s): i for i, s in enumerate(m.sentences)}
        out = []
        for e in entries:
            idx = [index[id(s)] for s in e.sentences if id(s) in index]
            out.append(
                TimelineEntry(
                    e.when,
                    e.label,
                    strip_leading_date(e.sentences[0].text, m.lex, e.sentences[0].published),
                    m.cite(idx),
                )
            )
        # Short or pronoun-led announcements ("It is due to open on 2 April") are no statements of their own,
        # but they are how a source says what is coming.
        if m.lex is ENGLISH:
            split: dict[int, set[str]] = defaultdict(set)
            for s in m.sentences:
                split[s.article].add(s.text)
            events = events + [
                s for i, a in enumerate(m.articles) for s in announcements(i, a.text, when(a).date(), kept=split[i])
            ]
        # A deadline whose outcome is unknown ("has until 7 July to decide whether to appeal") is an open question
        # and a coming date alike.
        deadlines = [s for i, s in enumerate(m.sentences) if m.unknown[i] and DEADLINE.search(s.text)]
        k = upcoming_cap(len(m.articles))
        for e in upcoming_entries(events + deadlines, after=max(pubs), k=k, lex=m.lex):
            text = strip_leading_date(e.sentences[0].text, m.lex, e.sentences[0].published)
            cited = tuple(sorted({s.article + 1 for s in e.sentences}))  # as _Material.cite numbers sources
            out.append(TimelineEntry(e.when, e.label, f"Upcoming: {text}", cited))
        return out

    def _narrative(self, m: _Material, used: list[int], chunks: int = 3) -> list[Statement]:
        """A few paragraphs in time order: the central sentences of each period of the coverage."""
        order = sorted(range(len(m.articles)), key=lambda a: (when(m.articles[a]), a))
        size = max(1, -(-len(order) // chunks))
        paragraphs = []
        taken = list(used)
        for c in range(0, len(order), size):
            period = set(order[c : c + size])
            pool = [i for i, s in enumerate(m.sentences) if s.article in period]
            scores = m.central + 0.1 * m.support + 0.05 * m.background
            picked = m.space.mmr(scores, 3, candidates=pool, exclude=taken, max_sim=0.35)
            if not picked:
                continue
            taken += picked
            picked.sort(key=lambda i: (when(m.articles[m.sentences[i].article]), m.sentences[i].position))
            paragraphs.append(Statement(" ".join(m.sentences[i].text for i in picked), m.cite(picked)))
        return paragraphs

    def _perspectives(self, m: _Material, claims: list[Attribution]) -> list[Perspective]:
        by_actor: dict[str, list[Attribution]] = defaultdict(list)
        for c in claims:
            by_actor[c.key].append(c)
        if not by_actor:
            return []
        space = m.space
        claim_central = np.asarray(space.transform([c.claim for c in claims]) @ space.centroid).ravel()
        central_of = {id(c): float(v) for c, v in zip(claims, claim_central, strict=True)}

        def weight(items: list[Attribution]) -> tuple[float, str]:
            outlets = {m.articles[c.sentence.article].source for c in items}
            return (-(len(items) + 2 * len({c.sentence.article for c in items}) + len(outlets)), items[0].actor)

        out = []
        outlets = {a.source for a in m.articles if a.source}
        for _key, items in sorted(by_actor.items(), key=lambda kv: weight(kv[1]))[:MAX_PERSPECTIVES]:
            # A claim the report says is a change of position leads: it is what the actor says now.
            ranked = sorted(
                items,
                key=lambda c: (
                    not (TURNED.search(c.claim) or SELF_TURN.search(c.claim)),
                    -central_of[id(c)] - 0.05 * c.quoted,
                    c.sentence.article,
                ),
            )
            best = [ranked[0]]
            for c in ranked[1:]:
                if c.sentence.article != best[0].sentence.article and content_overlap(c.claim, best[0].claim) < 0.5:
                    best.append(c)
                    break
            text = " ".join(f"“{_trim_claim(c.claim)}”" if c.quoted else _trim_claim(c.claim) for c in best)
            cites = tuple(sorted({c.sentence.article + 1 for c in best}))
            out.append(Perspective(actor=_without_outlet(items[0].display, outlets), stance=Statement(text, cites)))
        return out

    def _tensions(self, m: _Material, claims: list[Attribution], k: int = MAX_TENSIONS) -> list[Tension]:
        """Positions that conflict: a named actor attacking or disputing another, each side cited.

        Every explicit conflict the sources report comes first (see digest.briefs.conflicts), up to `k`; then two
        actors' opposite claims on one matter (the same content words, one side negated): a reply in one report
        ("The board insists that no teacher will lose their job") counts like an explicit one, while other pairs
        only fill a short list (up to FILL_TENSIONS), as they are the likeliest to be no dispute at all. Agreement and
        repetition are not tension, and neither is a sentence that merely names two actors.
        """
        space = m.space

        def similarity(left: list[str], right: list[str]) -> np.ndarray:
            return (space.transform(left) @ space.transform(right).T).toarray()

        if m.lex is not ENGLISH:
            return [Tension(t, tuple(a + 1 for a in arts)) for t, arts in lexical.tensions(claims, m.lex, k)]
        # Sides a report names only by role ("The board says ...") answer named actors too.
        claims = claims + role_attributions(m.sentences)
        out: list[Tension] = []
        seen: set[str] = set()
        context = m.context or [t for i, a in enumerate(m.articles) for t in every_sentence(i, a.text, when(a).date())]
        labels = _format_labels([a.text for a in m.articles])
        claims = [c for c in claims if c.actor.lower() not in labels]
        # A thread's commenters are sides of the figures and rebuttals the rules find, not of loose pairs below.
        had = {(c.sentence.article, c.sentence.position) for c in claims}
        comments = [c for c in _comment_claims(context) if (c.sentence.article, c.sentence.position) not in had]
        for summary, articles, _score in find_tensions(
            m.sentences, claims + comments, similarity, k, context, [a.source for a in m.articles]
        ):
            if " vs. " in summary and _repeats(*summary.split(" vs. ", 1)):
                continue  # one claim reported twice ("NOAA says ..." vs. "NOAA says ..."): no second side
            out.append(Tension(summary, tuple(a + 1 for a in articles)))
            seen.add(summary)
        pairs = {frozenset(_actors_in(t.summary, claims)) for t in out}
        if len(out) >= k or len(claims) < 2:
            return out
        claims = claims[:400]  # bounded work on very large topics
        by_place = {(t.article, t.position): t.text for t in context}
        answered: set[tuple[int, int]] = set()
        vecs = space.transform([c.claim for c in claims])
        sims = (vecs @ vecs.T).toarray()
        candidates: list[tuple[float, int, int]] = []
        general = _general_stems([a.text for a in m.articles])
        story = _story_words([a.text for a in m.articles])
        # A third speaker's words a claim carries ("..., but the Health Secretary told the BBC he expected a second
        # wave") are not that side's: they neither answer nor are answered.
        own = [replace(c, claim=_own_words(c.claim)) for c in claims]
        for i, a in enumerate(own):
            for j in range(i + 1, len(own)):
                b = own[j]
                # One report quoting two actors on one matter, close together, with opposite polarity is a reply
                # ("would ruin small shops" / "no shop is cut off"): a looser bar than claims from two reports.
                gap = abs(a.sentence.position - b.sentence.position)
                later_claim = a if a.sentence.position > b.sentence.position else b
                same_report = a.sentence.article == b.sentence.article and (
                    gap <= 2 or (gap <= 4 and _brought_in_against(later_claim, by_place))
                )
                if a.key == b.key or sims[i, j] < (0.0 if same_report else 0.3):
                    continue
                if _OPEN_ONLY.match(a.claim) or _OPEN_ONLY.match(b.claim):
                    continue  # "Whether Meridane brings its ships back.": a question left open, no position
                if _ARRANGEMENT.search(a.claim) or _ARRANGEMENT.search(b.claim):
                    continue  # "The court would sit three days a week": how things will run, not a position
                polar = bool(_POLARITY.search(_main_clause(a.claim))) != bool(_POLARITY.search(_main_clause(b.claim)))
                answer = same_report and _answers(a, b, by_place, story)
                if answer:
                    candidates.append((sims[i, j] + 0.1, i, j))
                    answered.add((i, j))
                    continue
                if not (polar or (same_report and _antonyms(a.claim, b.claim))):
                    continue
                shared = _stems(_unwhen(a.claim)) & _stems(_unwhen(b.claim))
                shared -= _stems(a.actor + " " + b.actor)
                # Two reports: the story's own words ("oil", "spill", "well") make no one matter, and a "never" that
                # governs other words ("should never have happened" / "failed to follow procedures") opposes nothing
                # the other side says.
                if not same_report and not shared - general:
                    continue
                # Apart, with no reply between them, the "not" must govern what the other side asserts: one subject
                # both speak of ("the patients") is no matter denied.
                loose = not same_report
                if polar and not (
                    _denies(a.claim, b.claim, story, subject=not loose)
                    or _denies(b.claim, a.claim, story, subject=not loose)
                ):
                    continue  # one report too: "not" must deny what the other says, not some other clause
                if same_report:  # one report: one root in common will do ("teaching posts" / "no teacher")
                    names = " ".join(w for w in f"{a.actor} {b.actor}".split() if w[:1].isupper())
                    shared |= _roots(_unwhen(a.claim)) & _roots(_unwhen(b.claim)) - _roots(names)
                    shared = _beyond(shared, story)  # the story's own words ("plan", "company") make no one matter
                if len(shared) >= (1 if same_report else 3):
                    candidates.append((sims[i, j] - (0.2 if same_report else 0.0), i, j))
        candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
        for _score, i, j in candidates:
            a, b = claims[i], claims[j]
            pair = frozenset((a.key, b.key))
            if (
                affiliated(a.actor, b.actor, context)
                or one_body(a.actor, b.actor, context)
                or colleagues(a.actor, b.actor, context)
            ):
                continue  # "Kenneth Ilori, a spokesman for Sierra Basin Power": one side speaking twice
            later = max(a.sentence, b.sentence, key=lambda t: t.position)
            # "..., a claim the movement rejected": that answer is a third side's, not a reply between these two.
            reply = a.sentence.article == b.sentence.article and bool(_REPLY.search(_ANSWER_TAIL.sub("", later.text)))
            reply = reply or (i, j) in answered
            if pair in pairs or (not reply and len(out) >= FILL_TENSIONS):
                continue
            # Both claims already stand against each other in a tension shown ("X disputes this; A spokesperson: ...").
            heads = (_plain(_side(a.claim))[:40], _plain(_side(b.claim))[:40])
            if any(all(h in _plain(t.summary) for h in heads) for t in out):
                continue
            if _repeats(a.claim, b.claim):
                continue
            pairs.add(pair)
            summary = f"{_shown(a)}: “{_side(a.claim)}” vs. {_shown(b)}: “{_side(b.claim)}”"
            out.append(Tension(summary, tuple(sorted({a.sentence.article + 1, b.sentence.article + 1}))))
            if len(out) == k:
                break
        return out

    def _answer_finder(self, m: _Material, previous: Brief | None):
        if previous is None:
            return None
        prev_ids = {s.article_id for s in previous.sources}
        fresh = [i for i, s in enumerate(m.sentences) if m.articles[s.article].id not in prev_ids]

        def find(question: str) -> Statement | None:
            if not fresh:
                return None
            vec = m.space.transform([question])
            sims = np.asarray((m.space.matrix[fresh] @ vec.T).toarray()).ravel()
            best = int(np.argmax(sims))
            i = fresh[best]
            if sims[best] < 0.3 or m.unknown[i]:
                return None
            return m.statement(i)

        return find

    def article_brief(self, article: Article, now: datetime) -> ArticleBrief:
        return extractive_article_brief(article)

    def pick_standout(self, articles: list[Article], k: int) -> list[Article]:
        return pick_standout(articles, k)


_STAKE_DECIDE = re.compile(
    r"\b(?:will|would|could)\s+(?:\w+\s+)?(?:decide|determine)\s+(?=who|whether|which|how|what)\b"
)


_HOW_MUCH = re.compile(r"^How\s+(?:much|many)\b\s*", re.IGNORECASE)


def _asked(question: str) -> str:
    """A question less its "How much" or "How many": what it asks about."""
    return _HOW_MUCH.sub("", question)


def _is_schedule(s: Sentence, lex: Lexicon = ENGLISH) -> bool:
    """A sentence that says when something is due, or names a date after its own publication."""
    # "The race will decide who runs the port": what rides on an event, not when it is due.
    if lex is ENGLISH and SCHEDULE.search(_STAKE_DECIDE.sub("", s.text)):
        return True
    return s.published is not None and bool(coming_dates(s.text, s.published, lex))


# Negation of the clause itself: "not", "never", "no shop is cut off"; not "found no faults" (an object).
_REPLY = re.compile(
    r"\b(?:insist(?:s|ed)?|counter(?:s|ed)|maintain(?:s|ed)|repl(?:y|ies|ied)|respond(?:s|ed)|rejects?|rejected|"
    r"den(?:y|ies|ied))\b"
)
_ANSWER_TAIL = re.compile(
    r",[\"”]?\s+(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|figure|estimate|number|account|version)\b.*$"
)
_POLARITY = re.compile(
    r"\b(?:not|never|neither|nor|nobody|none|nothing)\b|n't\b|\bno\s+(?:\w+\s+){1,3}(?:is|was|are|were|will|would|has|have|had|can)\b",
    re.IGNORECASE,
)


# What sets a second speaker against the first in one report: a turn of the argument in the words between them or
# in the second's own ("sees it differently", "for his part", "disputed that", "but"), the second's verdict in
# quotation marks on the first ("called it "a fair outcome"", "calls rules ... "outdated""), or a flat contradiction
# said right after ("holds "ample" stock." "... say they have received none").
_TURN = re.compile(
    r"\b(?:but|however|differently|disput\w*|disagree\w*|reject\w*|den(?:y|ies|ied)|counter\w*|instead|contrary|"
    r"for (?:his|her|their|its) part|on the other hand|(?:is|was|are|were) wrong|"
    # "The directorate was more cautious.": the report setting the next speaker against the last.
    r"(?:was|were|is|are)\s+(?:more|less)\s+(?:cautious|sceptical|skeptical|optimistic|pessimistic|guarded|blunt))\b",
    re.IGNORECASE,
)
_NONE_OF_IT = re.compile(r"\b(?:received|got|seen|had|found|heard)\s+(?:none|nothing|not one|not a single one)\b", re.I)
_VERDICT = re.compile(r"[\"“‘][^\"“”‘’]{2,60}[\"”’]")
_LABELS = re.compile(r"\b(?:called|calls|labelled|labels|termed|terms|branded|brands|dubbed|dubs)\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(
    r"\b(?:called|calls|described|describes|labelled|termed)\s+(?:it|that|this|them|the\s+\w+)\b", re.IGNORECASE
)


# Words of a verdict against something ("a miscarriage of justice", "complacent", "outdated") and for it ("a fair
# outcome", "sound", "long overdue"): two verdicts or a verdict and a claim that go the same way are agreement.
_AGAINST = re.compile(
    r"\b(?:miscarriage|travesty|disgrace\w*|insult\w*|outdated|complacen\w*|scandal\w*|shame\w*|wrong|mistaken?|"
    r"flawed|unfair|unjust|absurd|nonsense|reckless|dangerous|disast\w*|farce|joke|waste|unacceptable|mislead\w*|"
    r"betray\w*|outrage\w*|theft|appalling|ridiculous|cynical|irresponsible|failure|inadequate|shocking|"
    r"laughable|lies?|false|baseless|bogus|cover-up|whitewash|sham|dishonest|negligen\w*|naive|nicer\s+name|"
    r"not\s+(?:good\s+)?enough|too\s+little|too\s+late)\b",
    re.IGNORECASE,
)
_FOR = re.compile(
    r"\b(?:fair|sound|sensible|right|welcome\w*|overdue|excellent|great|good|positive|success\w*|victory|"
    r"step\s+forward|first\s+step|vote\s+of\s+confidence|vindicat\w*|triumph|relie[fv]\w*|proud|just)\b",
    re.IGNORECASE,
)


_BROAD = re.compile(r"great|good|right|just", re.IGNORECASE)


def _tone(text: str) -> int:
    """-1 against, +1 for, 0 where the words do not say."""
    against, pro = bool(_AGAINST.search(text)), bool(_FOR.search(text))
    return 0 if against == pro else (-1 if against else 1)


# Praise with a sting: "a great day for the builders, not for residents", "good news, but not for us".
_CONTRAST = re.compile(r"\bnot\s+for\b|,\s*not\s+\w|\bbut\b|\brather\s+than\b", re.IGNORECASE)
# What the verdict is about: 'called the minister's pay offer "an insult"', 'described it as "a disgrace" that ...'.
_CALLED_WHAT = re.compile(
    r"\b(?:called|calls|described|describes|labelled|labels|termed|terms)\s+(?P<what>[^\"“”]{1,60}?)\s+(?:as\s+)?"
    r"[\"“][^\"“”]{1,80}[\"”](?:\s+that\s+(?P<that>[^.;]{3,120}))?",
    re.IGNORECASE,
)


def _same_thing(first: Attribution, later: Attribution) -> bool:
    """The later verdict is about what the first speaker spoke of (a pronoun for it, or a word of its claim)."""
    m = _CALLED_WHAT.search(later.sentence.text)
    if m is None:
        return True  # nothing says what the verdict is about: read it as about the same thing
    what = m.group("that") or m.group("what")
    if re.fullmatch(r"(?:it|that|this|them|these|those)", what.strip(), re.IGNORECASE):
        return True
    return bool(_roots(what) & _roots(first.claim))


def _contrary(first: Attribution, later: Attribution) -> bool:
    """The later speaker's quoted verdict does not go the way of what the first said or called it.

    Two verdicts agree only when they are about the same thing and go the same way: both sides negative about
    different things ("the walkout was reckless" / the pay offer "an insult") is the usual dispute.
    """
    said = " ".join(_VERDICT.findall(later.sentence.text))
    theirs = -1 if _CONTRAST.search(said) else _tone(said)
    # "great", "good", "right", "just" say little alone: praise in them agrees only about the same thing.
    if theirs == 1 and all(_BROAD.fullmatch(w) for w in _FOR.findall(said)) and not _same_thing(first, later):
        theirs = 0
    ours = _VERDICT.findall(first.sentence.text)
    mine = _tone(" ".join(ours) if ours else first.claim)
    if theirs == 1:
        return mine == -1
    if theirs == -1 and mine == -1:
        return not _same_thing(first, later)
    return True


def _answers(
    a: Attribution, b: Attribution, by_place: dict[tuple[int, int], str], story: frozenset[str] = frozenset()
) -> bool:
    """Two actors quoted within two sentences of one report, the later answering the earlier (see _TURN).

    Both must speak of one matter: a word they share that is not the story's own vocabulary (`story`, see
    _story_words), or one side naming the other; a "but" inside the later speaker's own words is that speaker's
    concession, not a turn against the first.
    """
    first, later = (a, b) if a.sentence.position <= b.sentence.position else (b, a)
    gap = later.sentence.position - first.sentence.position
    if gap == 0 or gap > 4 or (gap > 2 and not _brought_in_against(later, by_place)):
        return False
    between = [
        by_place.get((later.sentence.article, p), "")
        for p in range(first.sentence.position + 1, later.sentence.position + 1)
    ]
    shared = bool(_beyond(_matter(first.claim, later.claim, f"{a.actor} {b.actor}"), story))
    # "... an electrolyte supplement made by NutriPeak" / NutriPeak: "clean": one names the other, by its name, not
    # by a title it shares with others ("Interior" of "Interior Secretary", "The" of "The company").
    mentions = _names(first, later.claim) or _names(later, first.claim)
    refers = gap == 1 and _refers_back(first, later)
    verdict = bool(_VERDICT.search(later.sentence.text))
    turn = any(_turns(t) for t in between) or _brought_in_against(later, by_place)
    polar = bool(_POLARITY.search(_main_clause(first.claim))) != bool(_POLARITY.search(_main_clause(later.claim)))
    # "It holds "ample" stock." "They have received none.": a bare "none" answers the thing just claimed.
    elliptic = gap == 1 and bool(_NONE_OF_IT.search(later.claim)) and not _NONE_OF_IT.search(first.claim)
    if elliptic or _accounts_of_one_act(first, later, by_place):
        return True
    # "but" or "however" sets two speakers against each other only on a matter both speak of; a reply the report
    # names ("countered", "disputed") may answer in the story's own words ("the star's death" / "Jackson's actions").
    if turn and (shared or mentions):
        return True
    strong = any(not _WEAK_TURN.fullmatch(h.group(0)) for h in _TURN.finditer(later.sentence.text))
    if strong and _matter(first.claim, later.claim, f"{a.actor} {b.actor}"):
        return True
    # A verdict answers the other only when it goes the other way: "a travesty" against "a fair outcome", "complacent"
    # against rules called "sound"; "a long overdue step" after a claim of homes protected is agreement.
    # Quoted words that judge nothing ("a couple of months", a headline's "TOP KILL") answer only on the matter itself:
    # a word of it taken up ("conciliation" / conciliation was "kicking the can") or the first naming the later side.
    # "calls the deal "..."" is a verdict by its verb; "described the scale as "heartbreaking"" may only narrate.
    labels = refers and bool(_LABELS.search(later.sentence.text))
    judged = labels or _judges(later) or _takes_up(first, later, story) or _names(later, first.claim)
    if verdict and (refers or mentions or shared) and judged and _contrary(first, later):
        return True
    # "would ruin small shops" / "no shop is cut off", "an unlocked room" / "had been locked": a reply, said close by.
    # The "not" must deny what the other side says: "could not rule out action" denies nothing.
    if polar and not (_denies(first.claim, later.claim, story) or _denies(later.claim, first.claim, story)):
        return False
    return (polar or _antonyms(first.claim, later.claim)) and shared


# "Dr Ana Ruiz, the trust's medical director, defended the plan.": the report brings the next speaker in against the
# one before, a few sentences back (that speaker's quote ran on, an aside came between).
_DEFENDED = re.compile(
    r"\b(?:defended|defends|hit\s+back|hits\s+back|responded|responds|countered|counters|rejected|rejects|"
    r"disputed|disputes|disagreed|disagrees|rebutted|rebuts)\b"
)


# "..., but Health Secretary Jon Ames told the BBC he expected ...": what follows is another speaker's.
_OTHER_SPEAKER = re.compile(
    r",?\s+(?:but|while|whereas|and)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){1,6}(?:told|said|says|added|warned|argued|insisted)\b"
)


def _own_words(claim: str) -> str:
    """The claim up to where another named speaker takes over."""
    return _OTHER_SPEAKER.split(claim, maxsplit=1)[0]


def _refers_back(first: Attribution, later: Attribution) -> bool:
    """The later verdict's object is what the first side spoke of: a pronoun ("called it"), a word of the first side's
    sentence ("called the fare rise"), or a noun for a decision or a saying ("called the decision", "the remarks").
    "called the flood ... "a tragedy"" after a claim about who pays for the repairs judges the event, not that claim."""
    for hit in _BACK_REFERENCE.finditer(later.sentence.text):
        noun = hit.group(0).split()[-1]
        if hit.group(0).split()[-2].lower() != "the" or _ACT_OR_SAYING.fullmatch(noun):
            return True
        if _roots(noun) & _roots(first.sentence.text) or _stems(noun) & _stems(first.sentence.text):
            return True
    return False


# Nouns for what a side did or said: "called the decision", "described the remarks as".
_ACT_OR_SAYING = re.compile(
    r"(?:decision|move|plan|proposals?|offer|deal|agreement|ruling|verdict|judg(?:e)?ment|claims?|remarks?|comments?|"
    r"statements?|findings|report|idea|suggestion|announcement|response|reply|criticism|accusations?|allegations?|"
    r"figures?|estimates?|outcome|result|settlement|policy|approach|change|changes|step|action|measures?|"
    r"stance|position|view|argument|interview|speech|letter|warning|threat|request|demand|refusal|delay|"
    r"cuts?|rise|increase|sale|closure|resignation|appointment|choice|order|ban|fine|award|payment|package)",
    re.IGNORECASE,
)


def _brought_in_against(later: Attribution, by_place: dict[tuple[int, int], str]) -> bool:
    """The sentence just before the later side's own names that side and sets it against what went before."""
    intro = by_place.get((later.sentence.article, later.sentence.position - 1), "")
    last = later.actor.split()[-1] if later.actor.split() else ""
    return len(last) > 2 and last in intro and bool(_DEFENDED.search(intro)) and intro.rstrip().endswith(".")


def _matter(one: str, other: str, names: str) -> set[str]:
    """What two claims share (roots, and short stems such as "BOP"), when they were said and who says them aside; a
    number word alone ("five companies" / "five times longer") is no matter, a figure is."""
    left, right = _unwhen(one), _unwhen(other)
    shared = ((_roots(left) & _roots(right)) - _roots(names)) | ((_stems(left) & _stems(right)) - _stems(names))
    return shared - _NUMBER_WORDS


_NUMBER_WORDS = {"three", "four", "five", "seven", "eight", "nine", "eleve", "twelv", "twent", "thirt", "forty"}
_NUMBER_WORDS |= {"fifty", "sixty", "seven", "eight", "ninet", "hundr", "thous", "milli", "billi", "dozen", "doze"}


def _names(side: Attribution, claim: str) -> bool:
    """The claim names the side: its last name word (a surname, a body's last word) written as a name in the claim,
    not another person's of that surname ("Hillary Clinton" does not name Bill Clinton)."""
    words = side.actor.split()
    word = re.sub(r"['’]s$", "", words[-1]) if words else ""
    if len(word) <= 2 or not word[:1].isupper():
        return False
    for hit in re.finditer(rf"(?:\b([A-Z][\w'’-]*)\s+)?\b{re.escape(word)}\b", claim):
        before = hit.group(1)
        if before is None or len(words) < 2 or before in words or _TITLES.match(before + " "):
            return True
    return False


# "but", "however", "instead" set the next speaker against the last only outside that speaker's own words: "said it
# could start by July but large quantities would not be ready" is one speaker's concession.
_WEAK_TURN = re.compile(r"\b(?:but|however|instead)\b", re.IGNORECASE)


def _turns(text: str) -> bool:
    """A sentence between the two speakers (or the later one's) sets the later against the first: a turn word other
    than a weak one anywhere, a weak one only opening the sentence ("But the union says ...") or set off after its
    subject ("The union, however, says ...")."""
    for hit in _TURN.finditer(text):
        if not _WEAK_TURN.fullmatch(hit.group(0)):
            return True
        if hit.start() == 0 or (text[: hit.start()].endswith(", ") and text[hit.end() :].startswith(",")):
            return True
    return False


def _judges(later: Attribution) -> bool:
    """The later speaker's quoted words judge (for or against): "a couple of months", "TOP KILL" judge nothing."""
    said = " ".join(_VERDICT.findall(later.sentence.text))
    return bool(_CONTRAST.search(said) or _AGAINST.search(said) or _FOR.search(said))


def _takes_up(first: Attribution, later: Attribution, story: frozenset[str]) -> bool:
    """The later side's quotation or its subject is a word of the first's claim: "challenge the word 'exercise'",
    'Conciliation was "a way of kicking the can"'; a word shared elsewhere in the sentence is no answer."""
    quoted = " ".join(_VERDICT.findall(later.sentence.text)) + " " + " ".join(later.claim.split()[:3])
    return bool(_beyond(_matter(first.claim, quoted, f"{first.actor} {later.actor}"), story))


def _beyond(shared: set[str], story: frozenset[str]) -> set[str]:
    """Shared words that are not the story's own, nor a form of one ("companies" when "company" is the story's)."""
    return {w for w in shared if w not in story and w[:5] not in story}


_SPEAKER_HEAD = re.compile(r"^[^:“”\"]{1,80}:\s+")
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*")


def _repeats(one: str, other: str) -> bool:
    """Two sides that are one claim: the same words (four in five of the shorter side's), the same figures and the same
    polarity ("It is important we don't get ahead of ourselves" twice); a figure or a "not" of its own is a dispute."""
    left, right = (_SPEAKER_HEAD.sub("", t).strip('“”" ') for t in (one, other))
    if max(content_overlap(left, right), content_overlap(right, left)) < 0.8:
        return False
    figures = [{f.rstrip(".,") for f in _FIGURE.findall(t)} for t in (left, right)]
    if figures[0] != figures[1]:
        return False  # "85 million, well short of the 340 million they claim" / "claiming 340 million": a dispute
    return bool(_POLARITY.search(left)) == bool(_POLARITY.search(right))


def _story_words(texts: list[str]) -> frozenset[str]:
    """The story's frequent vocabulary, in a third of its reports or more ("plan", "company", "claims"): a reply
    within one report must share a rarer word with what it answers. Only a long-running story has such words."""
    if len(texts) < 20:
        return frozenset()
    df = Counter(w for t in texts for w in _roots(t) | _stems(t))
    return frozenset(w for w, n in df.items() if n * 3 >= len(texts))


# The later speaker says what the first one's act was: "Hartwell Pryce resigned as auditor ... said it had not been
# given the information it asked for" / "Veltro said the resignation was a commercial decision about fees".
_ACT_AS = re.compile(
    r"^(?:The|That|This|Its|Their|His|Her)\s+(?P<noun>[a-z]{5,})\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:(?:a|an|just|only|simply|purely|entirely|merely)\s+)?(?:[a-z]+\s+)?(?:decision|matter|question|result|"
    r"response|reaction|about|over|because|down\s+to|due\s+to|part\s+of|linked\s+to|for)\b"
)
# A noun of an act and the verb it names ("resignation" -> "resign"); irregular ones listed.
_ACT_VERB = {"departure": "(?:left|quit|depart)", "exit": "(?:left|quit)", "sacking": "(?:sacked|fired|dismissed)"}


def _accounts_of_one_act(first: Attribution, later: Attribution, by_place: dict[tuple[int, int], str]) -> bool:
    """Two accounts of one act: the first actor did it and spoke, the later one says what the act was."""
    m = _ACT_AS.match(later.claim)
    if m is None or first.key == later.key:
        return False
    noun = m.group("noun")
    verb = _ACT_VERB.get(noun) or re.escape(re.sub(r"(?:ation|ition|ment|ure|al|ing)$", "", noun))
    if len(verb) < 4:
        return False
    last = re.escape(first.actor.split()[-1])
    did = re.compile(rf"\b{last}\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?{verb}\w*\b")
    art = later.sentence.article
    return any(
        did.search(by_place.get((art, p), ""))
        for p in range(max(0, first.sentence.position - 2), later.sentence.position)
    )


# A claim that is only an open question's clause ("Whether the ferry comes back.", what is left of "Whether ..., he
# says, "I can't tell you that today""): it takes no side.
_OPEN_ONLY = re.compile(r"^(?:Whether|If)\b[^,;:]*[.?]?$")


# A practical arrangement: when or how often something runs ("sit three days a week", "every Monday").
_ARRANGEMENT = re.compile(
    r"\b(?:\w+\s+)?(?:days?|times?|hours?|nights?|mornings?)\s+(?:a|per|each)\s+(?:week|day|month|year)\b"
    r"|\bevery\s+(?:day|week|month|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _antonyms(a: str, b: str) -> bool:
    """One claim says "unlocked" where the other says "locked": a negative prefix makes the opposite."""
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    pairs = ((wa, wb), (wb, wa))
    return any(w[:2] in ("un", "in") and len(w) > 6 and w[2:] in other for ws, other in pairs for w in ws)


def _stems(text: str) -> set[str]:
    """Content words with a plural or third-person "s" cut, so "shops" meets "shop"."""
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 4 else w for w in _content(text)}


# A decision taken, though it names a date: "The cabinet has postponed its decision until 29 April".
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:\w+\s+)?(?:postponed|delayed|cancell?ed|suspended|called off|put off|"
    r"brought forward|moved)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",?\s+(?:which|who|whose|where)\s|\s[\"“]that\s")  # ... "cream" "that he wouldn't want ..."


def _general_stems(texts: list[str]) -> set[str]:
    """The story's own words, in half its reports or more ("oil", "spill", "BP"): sharing them is no one matter.

    Only a long-running story has such words: in a handful of reports the matter in dispute is in most of them."""
    if len(texts) < 20:
        return set()
    df = Counter(w for t in texts for w in _stems(t))
    return {w for w, n in df.items() if n * 2 >= len(texts)}


# A negated verb of ruling out affirms the possibility ("could not rule out action", "did not exclude a sale"), and
# "should never have happened" regrets an event both sides agree took place.
_NO_DENIAL = re.compile(
    r"^(?:not|never|n't)\s+(?:\w+\s+)?(?:rule|ruled|ruling)\s+out\b|^(?:not|never)\s+exclud"
    r"|^(?:not|never|n't)\s+(?:have\s+|be\s+allowed\s+to\s+)(?:happen|occur)|^(?:not|never|n't)\s+(?:happen|occur)\w*\s+again"
    # A negated reluctance affirms the act: "will not hesitate to prosecute", "won't shy away from", "not rest until".
    r"|^(?:not|never|n't)\s+(?:\w+\s+)?(?:hesitat\w*|shy\w*\s+away|flinch\w*|waver\w*|rest\w*\s+until|stop\w*\s+until)\b",
    re.IGNORECASE,
)


def _denies(negated: str, other: str, story: frozenset[str] = frozenset(), subject: bool = True) -> bool:
    """The negated claim's "not"/"never" governs words the other claim asserts ("has not been paid" / "has paid out"):
    the matter denied is the one the other side states, not some other clause of it.

    Without `subject`, only what follows the "not" counts: two claims apart, with no reply between them, that merely
    speak of one subject ("the patients had not left the ward" / "the patients were recovering well") say two things
    of it, not opposite ones."""
    clause = _main_clause(negated)
    hit = _POLARITY.search(clause)
    if hit is None or _NO_DENIAL.search(clause[hit.start() :]):
        return False
    # The subject just before the verb and the reasons after it are the matter denied too: "The siren did not go until
    # four" / "sirens sounded"; "would not be covered by the ban, because its supply is set by contract".
    before = " ".join(clause[: hit.start()].split()[-3:]) if subject else ""
    scope = before + " " + clause[hit.start() :]
    # "not to be throwing the blame around, but to put America on course": the "not" denies what comes before "but".
    scope = re.split(r",?\s+but\s", scope, maxsplit=1)[0]
    common = (_roots(scope) & _roots(other)) | (_stems(scope) & _stems(other))  # "BOP" is too short for a root
    common = _beyond(common - _VAGUE, story)
    negated_part = clause[hit.start() :]
    # "did not oppose the switch-off" is consent: it denies only a side that speaks of opposing.
    if _NOT_AGAINST.match(negated_part) and not _OPPOSING.search(other):
        return False
    # "had never been paid its deposit" / "paid Amber Owl £4.1 million": the verb alone is shared, and the thing
    # denied is not the thing the other side says was paid; one matter needs more than the verb.
    verb = _NEGATED_VERB.match(negated_part)
    if (
        verb is not None
        and not (_roots(verb.group("obj")) & _roots(other))
        and not (common - _roots(verb.group("verb")) - _stems(verb.group("verb")))
    ):
        return False
    return bool(common)


# A negated verb of opposing: "did not oppose", "never objected to", "has not resisted".
_NOT_AGAINST = re.compile(
    r"^(?:not|never|n't)\s+(?:\w+ly\s+)?(?:oppos|object|resist|contest|challeng|fight|fought|block|veto)\w*\b",
    re.IGNORECASE,
)
_OPPOSING = re.compile(r"\b(?:oppos|object|resist|contest|challeng|fight|fought|block|veto|against)\w*", re.IGNORECASE)
# The negated verb and the object it takes: "never been paid its deposit", "not received the second payment".
_NEGATED_VERB = re.compile(
    r"^(?:not|never|n't)\s+(?:(?:yet|ever|even|once|been|be|have|had|being)\s+){0,3}(?P<verb>[a-z]{3,})\s+"
    r"(?P<obj>(?:(?:its|his|her|their|our|the|a|an|any)\s+)(?:[a-z]+\s+){0,2}?[a-z]{3,})\b",
    re.IGNORECASE,
)


# Words that name no matter: "nothing special about it, other than ..." / "swap barrels with other firms".
_VAGUE = {"other", "anoth", "every", "everyone", "everything", "many", "much", "more", "most", "some", "same"}


def _main_clause(claim: str) -> str:
    """The claim without its relative clauses: "supplies bought in areas which had not been affected" is not
    a negated claim, and neither is one whose "not" sits in a condition or concession ("If they're not doing what they
    should, we'll push them aside", "..., even if the decision is not yet ratified")."""
    main = _RELATIVE.split(claim, maxsplit=1)[0]
    main = _LEADING_CONDITION.sub("", main)
    main = _BUT_NOT.split(main, maxsplit=1)[0]
    return _TRAILING_CONDITION.split(main, maxsplit=1)[0]


# "had anticipated problems, but not this soon", "works against the new strain but not older ones": a restriction of
# what the clause affirms, not a denial.
_BUT_NOT = re.compile(r",?\s+but\s+not\b(?!\s+(?:\w+\s+){0,3}(?:is|are|was|were|will|would|has|have|had|can|could)\b)")


_LEADING_CONDITION = re.compile(r"^(?:(?:even\s+)?if|unless|although|though|whether)\b[^,]*,\s*", re.IGNORECASE)
# (and a time condition: "will not sign the treaty until parliament has debated the full text" denies nothing that
# parliament's debate affirms; review rev16a)
_TRAILING_CONDITION = re.compile(r",?\s+(?:(?:even\s+)?if|unless|although|though|whether|until|till|before)\s")


def _without_outlet(actor: str, outlets: set[str]) -> str:
    """ "Fox News BP" (from "In a statement to Fox News BP said ...") is BP: an outlet's name is not the actor's."""
    for outlet in outlets:
        if actor.startswith(outlet + " ") and len(actor) > len(outlet) + 1:
            return actor[len(outlet) + 1 :]
    return actor


# "Last week I said we weren't panicking" and "there at least another week": when a side spoke is no matter it shares
# with another; how long something takes ("within a week" / "three weeks") is.
# Only a time next to its speaker ("Last week I said", "said yesterday") is when a side spoke: "will not happen this
# year" / "go to the polls this year" is the matter itself.
_WHEN = (
    r"\b(?:last|this|next|that|each|every|earlier\s+this|later\s+this)\s+(?:day|week|month|year|morning|afternoon|"
    r"evening|night|weekend|season)\b|\b(?:today|tonight|yesterday|tomorrow)\b"
)
_WHEN_SAID = re.compile(
    rf"(?:{_WHEN}),?(?=\s+(?:I|we|he|she|they|you)\b)|(?P<verb>\b(?:said|told|spoke|wrote|added)\s+)(?:{_WHEN})",
    re.IGNORECASE,
)


def _unwhen(text: str) -> str:
    return _WHEN_SAID.sub(lambda m: f"{m.group('verb') or ''} ", text)


def _roots(text: str) -> set[str]:
    """The first five letters of each content word: "teaching" and "teacher" share "teach"."""
    return {w[:5] for w in _content(text) if len(w) >= 4}


def _content(text: str) -> set[str]:
    return set(content_words(text))


_QUESTION_START = re.compile(
    r"^(?:What|Which|Who|Whom|Whose|When|Where|Why|How|Is|Are|Was|Were|Will|Would|Can|Could|Should|Shall|Has|Have|"
    r"Had|Do|Does|Did|May|Might|Must)\b"
)
_DANGLING = re.compile(
    r"^(?:\w+\s+){0,3}?(?:is|are|was|were|will|would|can|could|should|has|have|had|do|does|did|may|might|must)\s+"
    # "Will this case weigh on that decision?": a demonstrative with its noun says what it is about. A word the
    # question ends on or an adverb or preposition follows is its verb: "Could this happen again ...?".
    r"(?:it|they|he|she|them|we|you|I|(?:this|these|those)(?!\s+(?!(?:is|are|was|were|will|would|has|have|had|can|"
    r"could|be|been)\b)[a-z]{3,}\s+(?!(?:again|at|in|on|to|the|a|an|for|with|from|by|of|up|out|off|back|now|soon|"
    r"ever|still|not|into|here|there|this|that|it|them|any|more|less|so|too|well|all|if|when|after|before|"
    r"or|and)\b)[a-z]{2,}))\b|\b(?:such|the latter|the former)\b",
    re.IGNORECASE,
)


# A question put, in any tense: "asked whether", "wrote to the minister asking who will pay".
_ASKING = re.compile(r"\bask(?:s|ed|ing)?\b")


def _last_speaker(sentences: Sequence[Sentence], i: int) -> str | None:
    """The last person (a name of two words or more) the same report quoted before sentence `i`."""
    s = sentences[i]
    before = [t for t in sentences[:i] if t.article == s.article and t.position < s.position]
    named = [c.actor for c in attributions(before[-6:]) if len(c.actor.split()) >= 2]
    return named[-1] if named else None


# A mailing from an organisation to its list ("Dear customer,", "Dear supporters"): the sender, the outlet, is the "our"
# of its own lines ("Whether our 2066 price list holds is unclear" -> "Does Ashby & Crane's 2066 price list hold?").
_LETTER_GREETING = re.compile(
    r"^Dear\s+(?:customers?|supporters?|members?|subscribers?|shareholders?|clients?|investors?|friends?)\s*,",
    re.MULTILINE,
)
_QUOTE_MARK = re.compile(r"[\"“”‘]")


def upcoming_cap(articles: int) -> int:
    """How many coming dates a topic of `articles` sources shows: every date a small story announces fits in four; a
    larger story announces more (one more for each eight sources, at most six), still not a wall of dates."""
    return min(MAX_UPCOMING + 2, MAX_UPCOMING + articles // 8)


# An "our" the writer shares with every reader, not one the sender owns: the place, the country, the planet, the public
# services and the people all live in ("our NHS", "our town", "our planet", "our children's future").
_SHARED_OUR = re.compile(
    r"\bour\s+(?:(?:own|beloved|great|local|wonderful|precious|fragile|whole|dear|green|common|shared|national|little|"
    r"poor|proud|fair|old|historic|ancient|small|busy)\s+)*"
    r"(?:NHS|health\s+service|public\s+services?|welfare\s+state|town|towns|city|cities|village|villages|country|"
    r"nation|county|counties|region|island|valley|borough|parish|neighbourhoods?|neighborhoods?|communit(?:y|ies)|"
    r"high\s+streets?|streets|roads|rivers?|seas?|oceans?|coasts?|coastline|countryside|landscape|planet|world|earth|"
    r"environment|climate|wildlife|nature|heritage|democracy|economy|society|(?P<young>children|kids|young\s+people)|"
    r"grandchildren|future|generation|elders|pensioners|taxpayers|citizens|(?P<people>people))\b"
    # (the head of its noun group: "our town centre branch", "our community fund" are the sender's own)
    r"(?!\s+(?:centre|center|branch|branches|shop|shops|store|stores|office|offices|depot|site|sites|team|teams|"
    r"project|projects|fund|funds|appeal|campaign|programme|program|scheme|service|event|events)\b)",
    re.IGNORECASE,
)


# Senders that have children or people of their own: a school's "our children" are its pupils, a company's or a school's
# "our people" its staff ("Will our people keep their jobs?" in Acme Ltd's letter).
_SCHOOL_SENDER = re.compile(
    r"\b(?:School|Academy|College|Primary|Nursery|Kindergarten|Pre-?school|Montessori|Grammar|Infants|Juniors|"
    r"Sixth\s+Form|Playgroup|Creche|Crèche)\b",
    re.IGNORECASE,
)
_COMPANY_SENDER = re.compile(
    r"\b(?:Ltd|Limited|plc|Inc|LLC|LLP|GmbH|AG|SA|Group|Company|Co|Corp|Corporation|Holdings|Industries|Partners|"
    r"Bank|Airways|Airlines|Energy|Foods|Motors|Logistics|Systems|Technologies|Software|Works|Mills|Brewery|Bakery|"
    r"Garage|Hotel|Hotels|Stores|Supermarkets?|Manufacturing|Engineering)\b\.?",
)


def _shared_our(question: str, sender: str) -> bool:
    """Whether the question's "our" is one everyone shares; children and people are the sender's own where it has
    them (a school's pupils, a company's or a school's staff)."""
    m = _SHARED_OUR.search(question)
    if m is None:
        return False
    if m.group("young") and _SCHOOL_SENDER.search(sender):
        return False
    return not (m.group("people") and (_COMPANY_SENDER.search(sender) or _SCHOOL_SENDER.search(sender)))


def house_named(question: str, article: Article) -> str:
    """A question with the sender's "our" (and no other first or second person), named by the outlet that sent it;
    any other question as it is. Only an "our" the sender owns ("our 2066 price list"), not one it shares with
    everyone ("our NHS", "our town"), makes the sender the one the question is about."""
    if len(re.findall(r"\bour\b", question)) != 1 or re.search(r"\b(?:I|me|my|we|us|ours|you|your)\b", question):
        return question
    if _shared_our(question, article.source.strip()):
        return question
    name = article.source.strip()
    if not name or not _LETTER_GREETING.search(article.text):
        return question
    return re.sub(r"\bour\b", name + ("'" if name.endswith("s") else "'s"), question, count=1)


def is_self_contained_question(question: str) -> bool:
    """A grammatical question that says what it is about: a wh-word or an auxiliary first, no colon-led
    heading, no subject that only an earlier sentence could name ("When will they be populated?")."""
    return (
        bool(_QUESTION_START.match(question))
        and ":" not in question
        and " - " not in question
        and not _DANGLING.search(question)
        and not is_reader_voice(question)
    )


# A line's heading in capitals ("VERDICT: False.", "HOW WE CHECK: ...", "CALLER (ANNE, LEEDS): ..."): a speaker only
# when it is a name, not words the reports also use in lower case ("publish the verdict", "checks").
_LABEL_HEAD = re.compile(r"^([A-Z][A-Z'’ ]{2,40}?)(?:\s*\([^)]{0,40}\))?:", re.MULTILINE)


def _format_labels(texts: list[str]) -> set[str]:
    """A column's or a transcript's headings (in lower case) made of common words: no named side speaks in them."""
    out: set[str] = set()
    lower = {w for t in texts for w in re.findall(r"\b[a-z]+", t)}
    for text in texts:
        for m in _LABEL_HEAD.finditer(text):
            words = m.group(1).lower().split()
            if words and all(w in lower for w in words):
                out.add(" ".join(words))
    return out


# A discussion thread rendered as text: "Name · what they wrote · Like · Reply · 2h", one comment after another.
_COMMENT_HEAD = re.compile(
    r"(?:^|(?<=\s))(?P<name>(?:[A-Z][a-z]+\s+){1,2}[A-Z][\w'’-]+)\s+·\s+(?!(?:Like|Reply|Public|Pinned)\b)"
)
_COMMENT_END = re.compile(r"\s+·\s+Like\b")
_POSTING_AS = re.compile(r"^(?:Speaking|Posting|Writing|Commenting)\s+as\s+[^:.]{3,80}[:.]\s*")


def _comment_claims(context: Sequence[Sentence]) -> list[Attribution]:
    """What each named commenter of a thread wrote ("Name · text · Like · Reply"), sentence by sentence, for tensions:
    a side that answers in the comments ("the council's paper says 35 minutes ... it is closer to an hour")."""
    by_article: dict[int, list[Sentence]] = {}
    for t in context:
        by_article.setdefault(t.article, []).append(t)
    out: list[Attribution] = []
    for rows in by_article.values():
        if not any(_COMMENT_END.search(t.text) for t in rows):
            continue  # no thread: a "·" elsewhere (a byline, a group's header) heads no comment
        author: str | None = None
        comment: list[Attribution] = []  # the open comment's sentences, kept once it ends with "· Like"
        for t in sorted(rows, key=lambda t: t.position):
            cuts = [(h.start(), h.end(), h.group("name")) for h in _COMMENT_HEAD.finditer(t.text)]
            pieces = [(author, t.text[: cuts[0][0]] if cuts else t.text)]
            pieces += [
                (name, t.text[end : cuts[n + 1][0] if n + 1 < len(cuts) else None])
                for n, (_, end, name) in enumerate(cuts)
            ]
            for n, (who, piece) in enumerate(pieces):
                if n > 0:
                    comment = []  # a new head: what was open was a post's header or byline, not a comment
                author = who
                ended = _COMMENT_END.search(piece)
                said = _POSTING_AS.sub("", piece[: ended.start()] if ended else piece).strip()
                if who and len(said.split()) >= 4:
                    comment.append(Attribution(who, actor_key(who), said, t, quoted=False))
                if ended:
                    out += comment if len(comment) <= 4 else []  # a long post with a "Like" under it is no comment
                    author, comment = None, []
    return out


_LED_BY = (
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:launched|founded|set\s+up|started|formed|led|run|chaired)\s+"
    r"(?:[\w-]+\s+){0,3}?by\s+(?:[a-z-]+\s+){0,2}(?P<who>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def _shown(c: Attribution) -> str:
    """A side as the line shows it: a campaign with the person its report says leads it ("Save the Pier (Ann Bell)"),
    so the reader sees who speaks for it."""
    m = re.search(re.escape(c.actor) + _LED_BY, c.sentence.text)
    return f"{c.actor} ({m.group('who')})" if m else c.actor


def _side(claim: str, max_words: int = 25) -> str:
    return shorten(claim.rstrip("."), max_words)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _actors_in(summary: str, claims: list[Attribution]) -> set[str]:
    return {c.key for c in claims if c.actor in summary}


_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|but|adding|as|which|when|whereas|although|though|even as)\s|;\s|\s+--\s|\s+[—–]\s"
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z])")
_COMMA = re.compile(r",\s")  # a clause's comma, not a thousands separator ("6,000")
_TRAILING_LINK = re.compile(
    r"(?:\s+(?:[Hh]owever|[Bb]ut|[Aa]nd|[Oo]r|while|which|who|that|as|because|and so))+[\s,;:]*$"
)


def _trim_claim(claim: str, max_words: int = 30) -> str:
    """A stance sentence cut cleanly: whole when short, else at its last clause break before `max_words`.

    The cut drops trailing clauses that are the reporter's framing or another actor's position ("…, while
    President Obama pledged …", "…, adding to the pressure on BP"), never words inside a clause. A quotation of
    several sentences keeps whole sentences (up to half as many words again) rather than the start of one: "I said
    there was nothing to suggest a problem. There was one, and our regime let us down." is the position, "There was
    one…" is not.
    """
    ws = claim.split()
    if len(ws) <= max_words:
        return claim
    sentences = _SENTENCE_END.split(claim)
    if len(sentences) > 1 and len(sentences[0].split()) <= max_words:
        kept: list[str] = []
        for sentence in sentences:
            if len(" ".join([*kept, sentence]).split()) > max_words * 3 // 2:
                break
            kept.append(sentence)
        return " ".join(kept)
    head = " ".join(ws[:max_words])
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(head) if len(head[: b.start()].split()) >= 8]
    if breaks:
        cut = head[: breaks[-1]].rstrip(" ,;")
        if cut.count('"') % 2 == 0 and cut.count("“") == cut.count("”"):
            return cut + "."
    commas = [m.start() for m in _COMMA.finditer(head)]
    cut = head[: commas[-1]] if commas and commas[-1] > len(head) // 2 else head.rstrip(",;:")
    return _TRAILING_LINK.sub("", cut) + "…"
