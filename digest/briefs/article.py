"""Article briefs (one standalone article, cited as source [1]) and picking which articles get one.

The brief follows article-brief-example.txt as far as an extractive engine honestly can: every line
is a sentence of the article (lightly trimmed) or, for "what we don't know yet", the part of a
sentence that states the unknown ("Whether the refinery will reopen."). Sections never repeat a
sentence: the summary is the lead and the main development, key insights are the most central claims
left, then consequences, risks and opportunities (only where the text names them) and who did what.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from digest.briefs import lexical
from digest.briefs.actors import actor_key, clean_name
from digest.briefs.cues import (
    ARTICLE_OPPORTUNITY,
    ARTICLE_RISK,
    CONSEQUENCE,
    NO_CONSEQUENCE,
    OWN_NOT_KNOWING,
    PERSONAL,
    SAID_OWN,
    SCALE,
    SCHEDULE,
    THREAD_STAMP,
    UNUSABLE_OPENING,
    answered_next,
    antecedent_named,
    existential_named,
    left_open_in,
    named_in_apposition,
    open_clauses,
    states_unknown,
    those_named,
    to_question,
    to_unknown,
    with_person,
)
from digest.briefs.lexicon import ENGLISH, lexicon
from digest.briefs.sentences import (
    Sentence,
    article_sentences,
    content_overlap,
    every_sentence,
    words,
)
from digest.briefs.sources import article_source as article_source  # re-exported for the LLM engine
from digest.briefs.space import Space
from digest.briefs.standout import pick_standout as pick_standout  # re-exported for the LLM engine
from digest.briefs.timeline import coming_dates
from digest.i18n import language_of
from digest.models import Article, ArticleBrief, Statement

SUMMARY_MAX_WORDS = 75
_PROPER = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b")
_CITE = (1,)


def extractive_article_brief(article: Article) -> ArticleBrief:
    """Key insights, why it matters, summary, who did what, risks, opportunities, unknowns: all from [1]."""
    published = (article.published or article.first_seen).date()
    lex = lexicon(language_of([(article.language, article.text)]))
    sentences = article_sentences(0, article.text, published, limit=80, strict=True, lex=lex)
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
        if lex is ENGLISH:
            # A changelog or a list whose lines all run together has no usable sentence, but what it says is still
            # open (an "Upgrade notes" item: "Whether ... is undecided") is the article's own.
            context = every_sentence(0, article.text, published, limit=80)
            brief.unknowns = [Statement(u, _CITE) for u in _unknowns([], np.zeros(0), context)]
        return brief
    space = Space([s.text for s in sentences], None if lex is ENGLISH else lex.stop_words)
    central = space.centrality()
    texts = [s.text for s in sentences]
    if lex is ENGLISH:
        unknown_cue = [t.endswith("?") or to_unknown(t) is not None for t in texts]
    else:
        unknown_cue = [t.endswith("?") or lexical.states_unknown(t, lex) for t in texts]
    schedule = [bool((lex is ENGLISH and SCHEDULE.search(t)) or coming_dates(t, published, lex)) for t in texts]

    def stmts(idx: Sequence[int]) -> list[Statement]:
        return [Statement(texts[i], _CITE) for i in idx]

    summary = _summary(sentences, space, central)
    brief.summary = stmts(summary)
    used = list(summary)

    claims = [i for i in range(len(texts)) if not unknown_cue[i]]
    unknown_idx = {i for i in range(len(texts)) if unknown_cue[i]}
    # A named consequence, risk or opportunity belongs in its own section, not in who did what.
    named_stakes = {i for i in claims if _cued(texts[i])} if lex is ENGLISH else set()
    deeds = _who_did_what(sentences, central, exclude=set(used) | unknown_idx | named_stakes, k=3)
    brief.essentially = [Statement(clip_to_deed(texts[i]), _CITE) for i in deeds]
    used += deeds

    median = float(np.median(central))
    # Stakes, never a schedule ("the council will vote on 15 January"): that is news of a date, not why it matters.
    stakes = [i for i in claims if not schedule[i]]
    if lex is ENGLISH:
        why_pool = [i for i in stakes if CONSEQUENCE.search(texts[i]) and not NO_CONSEQUENCE.search(texts[i])]
    else:
        why_pool = [i for i in stakes if lexical.states_consequence(texts[i], lex)]
    if (
        not why_pool and lex is ENGLISH
    ):  # no consequence named: the scale of the event, if the sentence is central to it
        upper = float(np.quantile(central, 0.75))
        why_pool = [i for i in stakes if SCALE.search(texts[i]) and central[i] >= upper]
    why = space.mmr(central, 2, candidates=why_pool, exclude=used, max_sim=0.45)
    # At most one consequence that is also a named risk or opportunity: the others belong in those sections.
    flagged = [i for i in why if ARTICLE_RISK.search(texts[i]) or ARTICLE_OPPORTUNITY.search(texts[i])]
    why = [i for i in why if i not in flagged[1:]]
    brief.why_it_matters = stmts(why)
    used += why

    # Risks and opportunities before the insights, which otherwise take the named ones when facts run short.
    # Not a risk denied ("found no structural risk") nor one that did not happen ("would have cost a tenth").
    risk_pool = [
        i
        for i in stakes
        if ARTICLE_RISK.search(texts[i]) and central[i] >= 0.5 * median and not _DENIED_RISK.search(texts[i])
    ]
    risks = space.mmr(central, 3, candidates=risk_pool, exclude=used, max_sim=0.45)
    brief.risks = stmts(risks)
    used += risks
    opp_pool = [
        i
        for i in stakes
        if ARTICLE_OPPORTUNITY.search(texts[i]) and not ARTICLE_RISK.search(texts[i]) and central[i] >= 0.5 * median
    ]
    opportunities = space.mmr(central, 3, candidates=opp_pool, exclude=used, max_sim=0.45)
    brief.opportunities = stmts(opportunities)
    used += opportunities

    bonus = np.array([_claim_bonus(t) for t in texts])
    # Consequences, risks and opportunities have sections of their own; insights are the facts, unless the
    # article has too few other claims to fill them.
    cued = {i for i in claims if CONSEQUENCE.search(texts[i]) or ARTICLE_RISK.search(texts[i])}
    cued |= {i for i in claims if ARTICLE_OPPORTUNITY.search(texts[i])}
    facts = [i for i in claims if i not in cued]
    insights = space.mmr(central + bonus, 3, lam=0.7, candidates=facts, exclude=used, max_sim=0.35)
    if len(insights) < 3:
        more = [i for i in claims if i not in insights]
        insights += space.mmr(central + bonus, 3 - len(insights), lam=0.7, candidates=more, exclude=used + insights)
    brief.key_insights = stmts(insights)
    used += insights

    if lex is ENGLISH:
        context = every_sentence(0, article.text, published, limit=80)
        brief.unknowns = [Statement(u, _CITE) for u in _unknowns(sentences, central, context)]
    else:  # other languages: the sentences stating an unknown, as written
        brief.unknowns = [Statement(texts[i], _CITE) for i in sorted(unknown_idx)[:4]]
    return brief


_DENIED_RISK = re.compile(rf"\bno\s+(?:[a-z]+\s+)?(?:risk|threat|danger)\b|{NO_CONSEQUENCE.pattern}", re.IGNORECASE)


def _cued(text: str) -> bool:
    return bool(CONSEQUENCE.search(text) or ARTICLE_RISK.search(text) or ARTICLE_OPPORTUNITY.search(text))


def _summary(sentences: Sequence[Sentence], space: Space, central: np.ndarray) -> list[int]:
    """The lead, then the main development: central sentences from the top of the article, in order."""
    lead = next(
        (
            i
            for i, s in enumerate(sentences[:4])
            if not s.text.startswith(('"', "“")) and not s.text.endswith("?") and to_unknown(s.text) is None
        ),
        0,
    )
    top = max(8, len(sentences) // 4)
    pool = [i for i in range(min(top, len(sentences))) if i != lead and not sentences[i].text.endswith("?")]
    # An unknown has its own section, and so, where the article has other sentences to tell it, do a risk,
    # an opportunity or a consequence: a short report would otherwise spend them all on the summary.
    pool = [i for i in pool if to_unknown(sentences[i].text) is None]
    plain = [i for i in pool if not _cued(sentences[i].text)]
    pool = plain or pool
    scores = central + np.array([0.3 / (1 + s.position) for s in sentences])
    picked = [lead]
    budget = len(words(sentences[lead].text))
    for i in space.mmr(scores, 4, lam=0.75, candidates=pool, exclude=[lead], max_sim=0.45):
        n = len(words(sentences[i].text))
        if len(picked) >= 3 or (len(picked) >= 2 and budget + n > SUMMARY_MAX_WORDS):
            break
        picked.append(i)
        budget += n
    return sorted(picked)


def _claim_bonus(text: str) -> float:
    """Figures and names make a claim concrete; a bare quotation is a voice, not a finding."""
    bonus = 0.04 if re.search(r"\d", text) else 0.0
    bonus += 0.03 if _PROPER.search(text[1:]) else 0.0
    return bonus - (0.06 if text.startswith(('"', "“")) else 0.0)


# --- who did what -------------------------------------------------------------------------------------

_NAME_TOKEN = r"(?:[A-Z][\w'’.&-]*|al-[A-Z][\w'’-]*|de|van|von|of|the|and)"
_ROLE_WORDS = ENGLISH.role_words
_COLLECTIVE = ENGLISH.collective
_SPEECH_VERBS = ENGLISH.speech_verbs
_AUX_ADVERBS = ENGLISH.aux_adverbs
_VERB_WORDS = ENGLISH.verb_words
_COPULA = ENGLISH.copula
_OPENERS = ENGLISH.openers
_NOT_NAMES = ENGLISH.never_names


_UNAVAILABLE = re.compile(
    r"\b(?:could not be reached|declined to comment|did not (?:immediately )?respond|was not available)\b"
)


@dataclass(frozen=True)
class _Deed:
    index: int
    actor: str
    key: str
    speech: bool


def _subject_actor(text: str) -> tuple[str, bool] | None:
    """The named actor a sentence opens with as its subject, and whether its verb is speech.

    "U.S. Interior Secretary Ken Salazar told a Senate hearing ..." -> ("Ken Salazar", True);
    "The House approved a bill ..." -> ("House", False). The subject must be a name (or a name's
    agency: "the Obama administration"), not a thing: "BP's oil rig exploded" names no actor.
    """
    body = re.sub(r",\s+[^,]{2,90}?(?:,\s+[^,]{2,60}?)?,\s+(?=[a-z])", " ", text, count=1)  # drop the appositive
    tokens = body.split()
    subject: list[str] = []
    verb_at = None
    for i, tok in enumerate(tokens[:12]):
        word = tok.strip(",;:")
        low = word.lower()
        if i > 0 and subject and (low in _VERB_WORDS or (word.islower() and re.fullmatch(r"[a-z-]{3,}ed", word))):
            verb_at = i
            break
        if tok.endswith((",", ";", ":")) and i < len(tokens) - 1 and tokens[i + 1].lower() not in _AUX_ADVERBS:
            return None  # a clause or list before the verb: no simple subject
        if re.fullmatch(_NAME_TOKEN, word) or low in _ROLE_WORDS:
            subject.append(word)
            continue
        return None
    if verb_at is None or not subject or subject[0].lower() in _OPENERS:
        return None
    verb = tokens[verb_at].strip(",;:").lower()
    after = tokens[verb_at + 1].lower() if verb_at + 1 < len(tokens) else ""
    if verb in _COPULA and not re.fullmatch(r"[a-z-]+(?:ing|ed)", after):
        return None  # "X is president of Y": a description, not a deed
    head = subject[-1]
    if head.lower() in _COLLECTIVE and len(subject) > 1:
        names = [w for w in subject if w[:1].isupper() and w not in _NOT_NAMES]
        if not names:
            return None
        actor = " ".join(subject[subject.index(names[0]) :])
    elif head[:1].isupper() and head not in _NOT_NAMES:
        run: list[str] = []
        for w in reversed(subject):
            if not (w[:1].isupper() or w in ("of", "de", "van", "von", "and", "&")):
                break
            run.insert(0, w)
        actor = " ".join(run)
    else:
        return None
    name = clean_name(actor)
    if not name or all(w in _NOT_NAMES for w in name.split()):
        return None
    rest = [t.lower() for t in tokens[verb_at : verb_at + 3]]
    speech = verb in _SPEECH_VERBS or any(t in _SPEECH_VERBS for t in rest[1:2] if verb in _AUX_ADVERBS)
    return name, speech


_DEED_TAIL = re.compile(
    r",\s+(?:saying|adding|citing|noting|arguing|according to|which|who|whose|while|as|after|before|despite|"
    r"because|although|though|even as|amid|in a move|in what)\b.*$"
)


def clip_to_deed(text: str) -> str:
    """The main clause only: "BP defended Mr Hayward, saying it was his first day off." -> "BP defended Mr Hayward."

    A light trim (the trailing participle or subordinate clause goes), never a rewrite; kept whole when the
    main clause would be too short to stand alone or would leave a quotation open.
    """
    m = _DEED_TAIL.search(text)
    if not m:
        return text
    main = text[: m.start()].rstrip(" ,;:")
    if (
        _subject_actor(main + ".") is None
        or len(words(main)) < 4
        or main.count('"') % 2
        or main.count("“") != main.count("”")
    ):
        return text
    return main + "."


def _who_did_what(sentences: Sequence[Sentence], central: np.ndarray, exclude: set[int], k: int = 4) -> list[int]:
    """One sentence per principal actor (the most mentioned names) in which that actor acts, in article order."""
    corpus = " ".join(s.text for s in sentences)
    deeds: list[_Deed] = []
    for i, s in enumerate(sentences):
        found = _subject_actor(s.text)
        if not found or _UNAVAILABLE.search(s.text):
            continue
        name, speech = found
        # A capital at the start of a sentence proves nothing: "Workers gathered ..." names nobody,
        # unless the article also writes the word capitalised mid-sentence ("... said Anadarko").
        bare = len(name.split()) == 1 and not name.isupper() and s.text.startswith(name)
        if bare and (
            not re.search(rf"[a-z0-9,;:]\s+{re.escape(name)}\b", corpus)
            or re.search(rf"\b{re.escape(name.lower())}\b", corpus)  # "Oil has fouled ...": "oil" is a noun
        ):
            continue
        deeds.append(_Deed(i, name, actor_key(name), speech))
    if not deeds:
        return []
    mentions: dict[str, int] = {}
    first: dict[str, int] = {}
    for d in deeds:
        if d.key not in mentions:
            last = d.actor.split()[-1]
            mentions[d.key] = len(re.findall(rf"\b{re.escape(last)}\b", corpus))
            first[d.key] = d.index
    ranked = sorted(mentions, key=lambda key: (-mentions[key], first[key]))
    picked: list[int] = []
    for key in ranked:
        options = [d for d in deeds if d.key == key and d.index not in exclude and d.index not in picked]
        if not options:
            continue
        best = max(options, key=lambda d: (central[d.index] + (0.0 if d.speech else 0.08), -d.index))
        picked.append(best.index)
        if len(picked) == k:
            break
    return sorted(picked)


_ASKS = re.compile(r"\bask(?:s|ed|ing)?\b")


def _aligned(sentences: Sequence[Sentence], context: Sequence[Sentence]) -> list[Sentence]:
    """The usable sentences numbered as the context numbers them: where a date line was joined to the line after it
    ("29 July 2069" + "Dear shareholder, ..."), the usable ones count one fewer, and the sentence "before" or "after"
    would be read one off."""
    out: list[Sentence] = []
    k = 0
    for s in sentences:
        j = next(
            (
                n
                for n in range(k, len(context))
                if context[n].text == s.text
                or s.text.endswith(" " + context[n].text)
                or (len(s.text) > 40 and context[n].text.startswith(s.text[:40]))
            ),
            None,
        )
        if j is None:
            out.append(s)
            continue
        k = j + 1
        out.append(s if context[j].position == s.position else replace(s, position=context[j].position))
    return out


def _unknowns(
    sentences: Sequence[Sentence], central: np.ndarray, context: Sequence[Sentence] = (), k: int = 5
) -> list[str]:
    """What the article says is not known yet: stated unknowns first, then questions it poses on its subject, then
    questions the sentence after leaves open ("Who pays for the transport?" "That has still to be agreed.")."""
    median = float(np.median(central)) if len(central) else 0.0
    found: list[tuple[int, int, str]] = []
    at = {t.position: t.text for t in context}
    sentences = _aligned(sentences, context)
    for i, s in enumerate(sentences):
        for clause in open_clauses(s.text):
            # "Whether they will get there ..." after "There are twelve children in Ardlach ...": who they are.
            prev = at.get(s.position - 1, "")
            text = to_unknown(antecedent_named(existential_named(clause, prev), prev))
            if text is None and states_unknown(clause):
                # "Nobody can tell us where she left the route" after "one runner, Yasmin Barraclough, has not been
                # seen": she is the person the sentences just before name.
                person = named_in_apposition(at.get(s.position - 1, ""), at.get(s.position - 2, ""))
                named = with_person(clause, person) if person else None
                text = to_unknown(named) if named else None
            if text is None or answered_next(clause, at.get(s.position + 1, "")):
                continue  # "... investigating whether the fire was started deliberately." "Investigators confirmed ..."
            if re.search(r"\b(?:those|these)\s+\w+", text):
                # "The outcome of those discussions is uncertain.": the discussions the sentence before names.
                asked = to_question(clause)
                named = those_named(asked, at.get(s.position - 1, "")) if asked else None
                text = named if named and named != asked else text
            question = clause.endswith("?")
            if question and central[i] < median:
                continue  # a rhetorical aside off the article's subject
            found.append((1 if question else 0, i, text))
    usable = {s.position for s in sentences}
    for t in context:
        # A live thread's last post glued to the posts before it: the question is the post's.
        text = THREAD_STAMP.split(t.text)[-1]
        # "asked whether", "wrote to ask whether", "Your correspondent asks whether": a question put, in any tense.
        # "We don't know if the shooting will go on into April." "She would only say ...": the speaker's own not-knowing
        # is a question put when the reply evades it.
        asks = text.endswith("?") or _ASKS.search(text) is not None or OWN_NOT_KNOWING.match(text) is not None
        left = left_open_in(text, at.get(t.position + 1, ""), at.get(t.position + 2, "")) if asks else None
        said_own = SAID_OWN.match(t.text) is not None
        if (
            left is None
            and t.position not in usable
            and len(t.text.split()) >= 6
            and (not UNUSABLE_OPENING.match(t.text) or said_own)
            and states_unknown(t.text)
        ):
            # A sentence left out as unusable alone (a quotation cut at its full stop, a short line, a podcast chapter's
            # paraphrase) that states an unknown: what it leaves open is the article's all the same.
            stated = to_unknown(t.text)
            nxt = at.get(t.position + 1, "")
            asked = to_question(t.text)
            if stated is not None and asked is not None and not answered_next(t.text, nxt):
                # "She said she could not yet decide whether ...": the question, which names what it is about, not the
                # sentence, whose "she" only the one before names.
                if not said_own:
                    left = stated
                elif not PERSONAL.search(asked):
                    left = asked
        if left is not None and not any(content_overlap(left, x) > 0.6 for _, _, x in found):
            found.append(
                (
                    0 if t.position in usable else 1,
                    len(sentences) + t.position,
                    those_named(left, at.get(t.position - 1, "")),
                )
            )
    out: list[str] = []
    for _, _, text in sorted(found):
        if any(content_overlap(text, t) > 0.6 or content_overlap(t, text) > 0.6 for t in out):
            continue
        out.append(text)
        if len(out) == k:
            break
    return out
