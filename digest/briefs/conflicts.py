"""Tensions: one named actor attacking, accusing, disputing or contradicting another, each side cited.

A tension pairs two positions in the sources' own words. The attacking side is the sentence that reports
the attack ("Carol Browner has accused BP of misstating the scale of the leak"); the other side is the
attacked actor's own attributed claim on the same matter, or, when the attack quotes what it rejects
("BP has challenged scientific claims that vast plumes of oil are spreading underwater"), that claim.
Only explicit conflict verbs between two named parties count, so agreement and mere co-occurrence of
names never make a tension; two figures for the same quantity from two named sources do
("BP estimated 5,000 barrels a day; government scientists estimated 12,000 to 19,000").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import groupby

from digest.briefs.actors import (
    CHECK_VERDICT,
    CHECKED_CLAIM,
    Attribution,
    actor_key,
    clean_name,
    is_body_name,
    named_subject,
    short_names,
)
from digest.briefs.cues import NEGATION
from digest.briefs.lexicon import ENGLISH
from digest.briefs.sentences import (
    Sentence,
    content_overlap,
    content_words,
    nest_quotes,
    shorten,
    strip_dateline,
)

_CAP = r"(?<![\w.&-])[A-Z][\w.&-]*(?:['’](?!s\b)[\w-]+)?"
_PARTY_NAME = rf"{_CAP}(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?{_CAP}){{0,4}}"
_INSTITUTION = (
    r"(?:[Tt]he\s+)?(?:(?:Obama|Bush|US|U\.S\.|federal|British|UK|Mexican|French|German|Chinese|Indian|Haitian)\s+)?"
    r"(?:administration|government|White House|Kremlin|Pentagon)"
)
_PARTY = rf"(?:{_INSTITUTION}|{_PARTY_NAME})"
_ADVERBS = r"(?:(?:also|strongly|repeatedly|publicly|sharply|again|openly|angrily|fiercely|bitterly|furiously)\s+)"
_VERB = (
    r"(?:criticis|criticiz)(?:ed|es|e)|accus(?:ed|es)|blam(?:ed|es)|attack(?:ed|s)|challeng(?:ed|es)|"
    r"disput(?:ed|es|ing)|reject(?:ed|s)|contradict(?:ed|s)|slamm?(?:ed|s)|condemn(?:ed|s)|ridicul(?:ed|es)|"
    r"dismiss(?:ed|es)|su(?:ed|es)|den(?:ied|ies)|denounc(?:ed|es)|rebuk(?:ed|es)|"
    r"(?:hit|hits|lashed|lashes)\s+out\s+at|clash(?:ed|es)\s+with|took\s+aim\s+at|takes\s+aim\s+at|"
    r"rounded\s+on|turned\s+on|launched\s+(?:an?\s+|his\s+|her\s+|its\s+)?(?:\w+\s+){0,3}attack\s+on"
)
# Name (, apposition,) has also accused|criticised ... OBJECT ...
_ATTACK = re.compile(
    rf"(?P<a>{_PARTY})(?:['’]s\s+(?:[a-z-]+\s+){{1,4}}(?P<a2>{_PARTY_NAME}))?(?:,\s+(?P<app>[^,]{{3,120}}),)?,?\s+"
    rf"(?:(?:has|have|had|was|were|is|are)\s+)?{_ADVERBS}{{0,2}}(?P<verb>{_VERB})\s+"
    rf"(?P<obj>(?:the\s+)?[^\s,.;:]+(?:\s+[^\s,.;:]+){{0,6}})(?P<rest>[^;]*)"
)
_OBJECT = re.compile(
    rf"^(?:the\s+)?(?P<b>{_PARTY})(?:['’]s\s+(?:(?P<role>(?:[a-z-]+\s+){{1,4}})(?P<b2>{_PARTY_NAME})|"
    r"(?P<thing>[a-z-]+)))?"
)
# "The administration and BP have disagreed over ...", "the dispute between X and Y"
_MUTUAL = re.compile(
    rf"(?:(?:dispute|clash|row|feud|disagreement|rift|standoff|stand-off|war of words)\s+between\s+"
    rf"(?P<a>{_PARTY})\s+and\s+(?P<b>{_PARTY})"
    rf"|(?P<a2>{_PARTY})\s+and\s+(?P<b2>{_PARTY})\s+(?:have\s+|had\s+)?(?:disagreed|clashed|sparred|feuded|"
    r"quarrelled|quarreled)\s+(?:over|on|about)\s+(?P<matter>[^;]+))"
)
# "BP has challenged widespread scientific claims that X": the rejected claim is the other side.
_REJECTED_CLAIM = re.compile(
    r"\b(?:(?P<adj>scientific|government|official|federal|independent|academic|media|press)\s+)?"
    r"(?:claims?|estimates?|reports?|findings|figures|suggestions?|allegations?|assertions?)\s+"
    r"(?:(?:made\s+)?by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?(?:that|of)\s+"
    r"(?P<claim>[^;]{12,})"
)
_GROUP_OF = {
    "scientific": "scientists",
    "academic": "academics",
    "government": "the government",
    "federal": "the government",
    "official": "officials",
    "media": "the media",
    "press": "the press",
}
_ESTIMATE = re.compile(
    rf"(?P<who>{_PARTY})(?:['’]s\s+(?:own\s+)?(?:estimate|figure)s?\s+(?:of|was|is|put|puts)|"
    r"\s+(?:has\s+|had\s+)?(?:estimated|estimates|put the figure at|puts the figure at))\s+[^.;]{0,40}?"
    r"(?P<num>\d[\d,.]*(?:\s*(?:-|to|and)\s*\d[\d,.]*)?)\s*(?P<unit>(?:million\s+|billion\s+)?"
    r"(?:barrels|gallons|people|deaths|cases|dead|tons|tonnes|homeless|dollars|pounds))"
)
_NOT_PARTIES = ENGLISH.not_parties


Scored = tuple[float, str, tuple[int, ...], frozenset[str]]  # score, summary, cited articles, actor pair

_OWN_WORDS = re.compile(r"[\"“][^\"”]{25,}[\"”]")  # a quotation of five words or more


@dataclass
class _Conflict:
    a: str  # display names
    b: str
    a_key: str
    b_key: str
    attack: Sentence  # the sentence reporting the conflict
    attack_text: str  # the attacking side, in the source's words
    b_side: str | None = None  # the attacked side's own position, when the sentence carries it
    others: list[Sentence] = field(default_factory=list)


def _party(raw: str | None) -> tuple[str, str] | None:
    """Display name and grouping key of a party, or None when the words name nobody in particular."""
    if not raw:
        return None
    raw = raw.strip()
    if re.fullmatch(_INSTITUTION, raw):
        words = raw.split()
        if words[0].lower() == "the":
            words = words[1:]
        name = " ".join(words)
        name = name[0].upper() + name[1:]
        return (f"The {name[0].lower() + name[1:]}" if name.split()[0].islower() else name), words[-1].lower()
    cleaned = clean_name(raw)
    if cleaned is None or cleaned.lower() in _NOT_PARTIES or len(cleaned) < 2:
        return None
    key = actor_key(cleaned)
    return (cleaned, key) if key and key not in _NOT_PARTIES else None


_CLAIMS_BY = re.compile(
    rf"^(?:the\s+)?(?:claims?|allegations?|suggestions?|reports?|assertions?|accusations?|charges?)\s+"
    rf"(?:made\s+)?(?:by|from)\s+(?P<b>{_PARTY})"
)
_NAME_ONLY = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}")


def _object_party(obj: str) -> tuple[tuple[str, str] | None, str | None]:
    """The attacked party of "accused BP's chief executive Tony Hayward of ..." and a group from its claims."""
    by = _CLAIMS_BY.match(obj)
    if by:
        return _party(by.group("b")), None
    m = _OBJECT.match(obj)
    if m:
        # "Joye's suggestion that the Gulf's ...": a claim of the first party's, not a post it holds ("BP's chief
        # executive Tony Hayward"); the name inside the claim is no party.
        role = m.group("role") or ""
        held = not re.search(r"\b(?:that|which|whether|who|claims?|suggestions?|allegations?|assertions?)\b", role)
        party = _party(m.group("b2")) if m.group("b2") and held else None
        return party or _party(m.group("b")), None
    claim = _REJECTED_CLAIM.search(obj)
    if claim and claim.group("adj") and len(obj[: claim.start()].split()) <= 2:
        group = _GROUP_OF[claim.group("adj").lower()]
        return (group, group.split()[-1]), None
    return None, None


def _clean_side(text: str, max_words: int = 28) -> str:
    text = text.strip().rstrip(".,;:").strip()
    if text.startswith(('"', "“")):  # a quotation's own marks go; a quote that closes a sentence keeps them
        text = re.sub(r"^[\"“]|[\"”]$", "", text).strip().rstrip(",;:")
    text = nest_quotes(text)
    ws = text.split()
    # "... rather than joining the queue, you are looking at something like 140": a side's figure is its point, so a
    # cut that would drop every figure the side gives leaves it whole when it is not much longer.
    figure = re.compile(r"\d")
    head_figure = any(figure.search(w) for w in ws[:max_words])
    if max_words < len(ws) <= max_words + 12 and not head_figure and any(figure.search(w) for w in ws[max_words:]):
        return text
    if len(ws) > max_words:
        cut = " ".join(ws[:max_words])
        # The last comma that ends a clause, not one inside a figure ("enough for 30,000 people", not "for 30").
        comma = max((m.start() for m in re.finditer(r",(?!\d)", cut)), default=-1)
        text = cut[:comma] if comma > len(cut) // 2 else cut + "…"
    return text


def find_conflicts(
    sentences: Sequence[Sentence], limit: int = 5000, known: dict[str, tuple[str, str]] | None = None
) -> list[_Conflict]:
    """Every sentence that reports one named party attacking or disputing another.

    `known` maps the lower-case tail of a named actor ("health trust") to that actor, so "accused the
    health trust of ..." names the Fenmoor Health Trust the sources quote elsewhere.
    """
    out: list[_Conflict] = []
    for s in sentences[:limit]:
        text = s.text
        for m in _ATTACK.finditer(text):
            app = (m.group("app") or "").strip()
            # "The president's adviser, Carol Browner, has accused ...": the apposition is the name.
            a = _party(app) if _NAME_ONLY.fullmatch(app) else _party(m.group("a2")) or _party(m.group("a"))
            if a is None:
                continue
            b, _ = _object_party(m.group("obj"))
            if b is None and known:
                common = re.match(r"the\s+((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)\b", m.group("obj"))
                b = known.get(common.group(1)) if common else None
            if b is None or b[1] == a[1]:
                continue
            attack_text = _clean_side(text, 32)
            tail = m.group("obj") + m.group("rest")
            rejected = _REJECTED_CLAIM.search(tail)
            b_side = None
            if rejected and len(tail[: rejected.start()].split()) <= 6:
                b_side = _clean_side(rejected.group("claim"), 22)
                # The attack up to the claim it rejects; the claim itself is the other side.
                attack_text = _clean_side(text[: m.start("obj") + rejected.start("claim")].rsplit(" ", 2)[0], 32)
            out.append(_Conflict(a[0], b[0], a[1], b[1], s, attack_text, b_side))
            break
        else:
            mutual = _MUTUAL.search(text)
            if mutual:
                a = _party(mutual.group("a") or mutual.group("a2"))
                b = _party(mutual.group("b") or mutual.group("b2"))
                if a and b and a[1] != b[1] and mutual.group("matter"):
                    # The sentence states both sides and the matter: it is the tension on its own.
                    out.append(_Conflict(a[0], b[0], a[1], b[1], s, _clean_side(text), b_side=""))
    return out


def _estimates(sentences: Sequence[Sentence], limit: int = 5000) -> list[tuple[str, str, str, float, Sentence]]:
    """(display, key, unit, value, sentence) for every figure a named party puts on a quantity."""
    out = []
    for s in sentences[:limit]:
        for m in _ESTIMATE.finditer(s.text):
            party = _party(m.group("who"))
            if party is None:
                continue
            first = re.match(r"\d[\d,.]*", m.group("num"))
            try:
                value = float(first.group(0).replace(",", "").rstrip(".")) if first else None
            except ValueError:
                value = None
            if value is None:
                continue
            unit = m.group("unit").split()[-1]
            if "million" in m.group("unit"):
                value *= 1e6
            out.append((party[0], party[1], unit, value, s))
    return out


def tensions(
    sentences: Sequence[Sentence],
    claims: Sequence[Attribution],
    similarity,
    k: int = 3,
    context: Sequence[Sentence] | None = None,
    outlets: Sequence[str] = (),
) -> list[tuple[str, tuple[int, ...], float]]:
    """Up to `k` tensions as (summary, cited article indexes, score), strongest first.

    `context` holds every sentence of the reports, the short and the pronoun-led ones too ("Ilves stood by
    the estimate.", "She insisted ..., while Marsh insisted ..."), which answer a side the usable ones set out.

    `similarity(texts_a, texts_b)` gives the cosine matrix between two lists of texts (the topic's TF-IDF
    space), used to find the attacked actor's own claim on the matter of the attack.
    """
    known = {}
    for c in claims:
        words = c.actor.split()
        if len(words) >= 3 and words[-1][:1].isupper():
            known[" ".join(words[-2:]).lower()] = (c.actor, c.key)
    conflicts = find_conflicts(sentences, known=known)
    claims_by_key: dict[str, list[Attribution]] = defaultdict(list)
    for c in claims:
        claims_by_key[c.key].append(c)
    display = {c.key: c.actor for c in claims}
    mentions: dict[str, set[int]] = defaultdict(set)
    by_pair: dict[frozenset[str], list[_Conflict]] = defaultdict(list)
    for conflict in conflicts:
        by_pair[frozenset((conflict.a_key, conflict.b_key))].append(conflict)
    keys = {k for pair in by_pair for k in pair}
    if keys:
        pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(keys)) + r")\b", re.IGNORECASE)
        for s in sentences[:5000]:
            for m in pattern.finditer(s.text):
                mentions[m.group(1).lower()].add(s.article)
    df: dict[str, int] = defaultdict(int)
    for s in sentences[:5000]:
        for w in set(content_words(s.text)):
            df[w] += 1
    generic = {w for w, n in df.items() if n > 0.12 * min(len(sentences), 5000)}
    scored: list[Scored] = []
    for _pair, items in by_pair.items():
        # The most-reported direction of the conflict, its clearest sentence first (one that carries both sides).
        items.sort(key=lambda c: (c.b_side is None, -c.attack.article, c.attack.position))
        lead = items[0]
        a_name = display.get(lead.a_key, lead.a)
        b_name = display.get(lead.b_key, lead.b)
        cites = {c.attack.article for c in items if c.a_key == lead.a_key}
        b_side, b_cite, fit = lead.b_side, lead.attack.article, 1.0
        own = [c for c in claims_by_key.get(lead.b_key, []) if c.sentence.text != lead.attack.text]
        if own and b_side is None:
            sims = similarity([lead.attack_text], [c.claim for c in own])[0]
            found = _counter_claim(lead, items, own, sims, set(content_words(a_name + " " + b_name)) | generic)
            if found is not None:
                fit, best = found
                b_side, b_cite = best.claim, best.sentence.article
        if b_side is None and _GROUNDS.search(lead.attack_text):
            # A one-sided attack with its grounds ("criticised the US for sending too many soldiers"): a
            # tension still, ranked below the ones where both sides speak.
            pair = frozenset((lead.a_key, lead.b_key))
            scored.append((reported_of(items) - 1.0, lead.attack_text, tuple(sorted(cites)), pair))
            continue
        if b_side is None:
            continue  # one side only: an attack, not yet a pair of positions
        cites.add(b_cite)
        # "X and Y have disagreed over whether ...": both sides in one sentence (b_side "").
        summary = f"{lead.attack_text} vs. {b_name}: “{_clean_side(b_side)}”" if b_side else lead.attack_text
        reach = len(mentions.get(lead.a_key, ())) + len(mentions.get(lead.b_key, ()))
        reported = reported_of(items)
        score = 2.0 * reported + 0.1 * min(reach, 20) + fit
        scored.append((score, summary, tuple(sorted(cites)), frozenset((lead.a_key, lead.b_key))))
    scored += _estimate_tensions(sentences)
    scored += numeric_tensions(claims, similarity)
    scored += split_figures(sentences)
    scored += rebuttals(context or sentences, claims)
    # A live blog's or a bulletin's turn ("10:45 - Council leader Tom Ashdown calls the offer ...") reads like a
    # sentence of its own, though the mark at its head keeps it out of the usable ones.
    places = {(s.article, s.position) for s in sentences}
    turns = [t for t in context or [] if (t.article, t.position) not in places and _TURN_MARK.match(t.text)]
    scored += derisions([*sentences, *turns], claims, similarity)
    scored += contrasts(context or sentences, claims)
    scored += poll_tensions(sentences)
    scored += refusals(sentences, claims)
    scored += denials(context or sentences, claims)
    scored += answered_in_apposition(sentences, claims)
    scored += role_rebuttals(sentences, claims)
    scored += falsehoods(sentences, claims)
    scored += counts_against(sentences)
    scored += sums_denied(claims, context or sentences)
    scored += represented_answered(context or sentences, claims)
    scored += directions(claims)
    scored += figures_disputed(context or sentences, claims)
    scored += compared_figures(context or sentences, claims)
    scored += charges_denied(sentences, claims)
    scored += echoes(claims)
    scored += evidence_against(context or sentences, claims)
    scored += findings_rejected(context or sentences, claims)
    scored += put_to(context or sentences, claims)
    scored += casualty_counts(sentences)
    scored += prior_rejected(context or sentences, claims)
    scored += lines_answered(context or sentences, claims)
    scored += put_in_question(context or sentences, claims)
    scored += named_claims_answered(context or sentences, claims)
    scored += verdicts_turned(claims, context or sentences)
    scored += labels_disputed(context or sentences, claims)
    scored += figures_judged(context or sentences, claims)
    scored += demands_against_offers(context or sentences, claims)
    scored += none_then_some(claims, context or sentences)
    scored += told_back(claims)
    scored += offices_answer(context or sentences, claims)
    scored += positions_answered_by_we(context or sentences, claims)
    scored += figures_corrected(context or sentences, claims)
    scored += written_answers(context or sentences)
    scored += denied_beside(context or sentences, claims)
    scored += letters_answered(context or sentences, claims)
    scored += no_such(context or sentences, claims)
    scored += disowned(context or sentences, claims)
    scored += times_apart(context or sentences, claims)
    scored += checked_claims(context or sentences, outlets)
    scored += closer_than_said(claims)
    scored += figures_put_against(context or sentences)
    scored += demands_and_offers(context or sentences, claims)
    scored += counted_where(context or sentences)
    scored += writers_answers(context or sentences)
    scored += points_answered(context or sentences)
    scored += replies_turned(context or sentences, claims)
    scored += accounts_irreconciled(context or sentences, claims)
    scored += brushed_aside(context or sentences, claims)
    scored += evidence_denied(context or sentences, claims)
    scored += figures_brushed_off(context or sentences, claims)
    scored += demands_refused(context or sentences, claims)
    scored += quoted_words_denied(context or sentences, claims)
    scored += assurances_doubted(context or sentences, claims)
    scored += kept_back(context or sentences, claims)
    scored += causes_denied(claims, context or sentences)
    scored += measures_dismissed(claims, context or sentences)
    scored += guarded_replies(context or sentences, claims)
    scored += flat_rebuttals(context or sentences, claims)
    scored += tallies_told_apart(context or sentences, claims)
    scored += whatever_said(context or sentences, claims, outlets)
    scored += figures_stood_by(context or sentences, claims)
    scored += figures_dismissed(claims)
    scored += figures_dismissed_in_reports(context or sentences, claims)
    scored += prices_refused(context or sentences, claims)
    scored += figures_set_right(claims, [t[1] for t in scored])
    # A spokesman and the body they speak for are one side, not two.
    names = {c.key: c.actor for c in claims}
    scored = [t for t in scored if not _one_side(t[3], names, context or sentences)]
    unique: dict[str, Scored] = {}
    for item in scored:
        if item[1] not in unique or unique[item[1]][0] < item[0]:
            unique[item[1]] = item
    scored = sorted(unique.values(), key=lambda t: (-t[0], t[1]))
    # The same dispute found twice (a figure disputed: a rebuttal and a numeric pair) is shown once.
    distinct: list[Scored] = []
    for item in scored:
        if not any(item[3] == d[3] and item[2] == d[2] and content_overlap(item[1], d[1]) > 0.6 for d in distinct):
            distinct.append(item)
    scored = distinct
    # One tension per pair of actors first; a second on the same pair only when nothing else is left, and only on
    # another matter: one side's same words set against the other's again, on another figure or another day, is the
    # dispute already shown, whichever rule found it.
    seen: set[frozenset[str]] = set()
    first = [t for t in scored if not (t[3] in seen or seen.add(t[3]))]  # type: ignore[func-returns-value]
    shown = {(t[3], side) for t in first for side in t[1].split(" vs. ")}
    again = [t for t in scored if t not in first and not any((t[3], side) in shown for side in t[1].split(" vs. "))]
    scored = first + again
    every = context or sentences
    return [(with_backers(summary, cites, every), cites, score) for score, summary, cites, _pair in scored[:k]]


def reported_of(items: list[_Conflict]) -> int:
    return len({c.attack.article for c in items})


_GROUNDS = re.compile(r"\b(?:for|of|over)\s+(?:\w+\s+){0,2}\w+ing\b|\bfor (?:its|his|her|their|the)\b")


def _counter_claim(
    lead: _Conflict, items: list[_Conflict], own: list[Attribution], sims, ignore: set[str]
) -> tuple[float, Attribution] | None:
    """The attacked actor's own words on the matter, with how well they fit.

    What the same report quotes them saying counts; a claim elsewhere must share the attack's subject
    (similar, with two or more specific content words in common).
    """
    reports = {c.attack.article for c in items}
    attack_words = set(content_words(lead.attack_text)) - ignore
    best: tuple[float, int, Attribution] | None = None
    for i, c in enumerate(own):
        in_report = c.sentence.article in reports and (bool(_OWN_WORDS.search(c.sentence.text)) or sims[i] >= 0.08)
        if not in_report and (sims[i] < 0.15 or len(attack_words & set(content_words(c.claim))) < 2):
            continue
        fit = float(sims[i]) + 0.3 * in_report + 0.05 * (c.quoted + bool(NEGATION.search(c.claim)))
        if best is None or (fit, -i) > (best[0], -best[1]):
            best = (fit, i, c)
    return (best[0], best[2]) if best else None


def _estimate_tensions(sentences: Sequence[Sentence]) -> list[Scored]:
    """Two named parties' figures for the same quantity that differ by more than half."""
    found = _estimates(sentences)
    best: dict[tuple[str, str, str], Scored] = {}
    for i, (a_name, a_key, unit, a_val, a_s) in enumerate(found):
        for b_name, b_key, b_unit, b_val, b_s in found[i + 1 :]:
            if b_unit != unit or b_key == a_key or min(a_val, b_val) <= 0:
                continue
            if max(a_val, b_val) / min(a_val, b_val) < 1.5:
                continue
            pair = tuple(sorted((a_key, b_key)))
            summary = f"{a_name}: “{shorten(a_s.text, 24)}” vs. {b_name}: “{shorten(b_s.text, 24)}”"
            item = (1.5, summary, tuple(sorted({a_s.article, b_s.article})), frozenset(pair))
            if (pair[0], pair[1], unit) not in best:
                best[(pair[0], pair[1], unit)] = item
    return list(best.values())


_WORD_NUMBERS = ENGLISH.numbers
# Digits in groups of three after a comma, so a run of "1,1,1,..." is read once, not from every comma.
_QUANTITY = re.compile(
    r"(?<![\w.])(?P<cur>[£$€]\s?)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|(?:"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r"))"
    r"(?:[\s-]+(?P<scale>million|billion|thousand))?[\s-]*(?P<unit>%|per\s?cent\b|[a-z]{3,}\b)",
    re.IGNORECASE,
)
_NOT_UNITS = ENGLISH.not_units
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}
# A sum's digits in full, never the head of a longer figure ("£2" of "£20"); in groups of three, so a run of
# "1,1,1,..." is read once.
_SUM_DIGITS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d.,]?\d)"
# A sum in full at the end of its clause: "£300,000.", "$4.5m;", "€2 billion)".
_CLAUSE_END_SUM = re.compile(
    rf"(?<![\w.])(?P<cur>[£$€])\s?(?P<num>{_SUM_DIGITS})"
    r"(?:\s?(?P<scale>million|billion|thousand|bn|m)\b)?(?=\s*(?:[.;:,)!?\"”]|$))",
    re.IGNORECASE,
)
_JOB_WORDS = frozenset(["job", "jobs", "role", "roles", "post", "posts", "position", "positions"])


def _quantities(text: str) -> list[tuple[str, float]]:
    """(unit, value) for each figure a claim gives: "25 percent" -> ("percent", 25.0); years and dates are not."""
    out = []
    text = re.sub(r"\([^()]*\)", " ", text)  # "20,000 barrels (840,000 gallons)": a conversion, not a second figure
    text = re.sub(r"\b(?:a|one)\s+single\b", "1", text, flags=re.IGNORECASE)  # "a single capsule" against "40 capsules"
    sums: set[int] = set()
    for m in _QUANTITY.finditer(text):
        raw = m.group("num").lower().replace(",", "")
        value = _WORD_NUMBERS[raw] if raw in _WORD_NUMBERS else float(raw)
        unit = m.group("unit").lower()
        # "300 carers' households": a plural possessive qualifies the noun that follows, and that noun is counted.
        owned = re.match(r"['’]\s+(?P<head>[a-z]{3,})\b", text[m.end() :])
        if owned and unit.endswith("s") and not m.group("cur"):
            unit = owned.group("head")
        if m.group("cur"):  # "£140 million over three years": the currency is the unit, not the next word
            unit = m.group("cur").strip()
        unit = "percent" if unit in ("%", "percent", "per cent", "percent") or unit.startswith("per") else unit
        unit = "jobs" if unit in _JOB_WORDS else unit  # "3,000 jobs" and "800 roles" count the same thing
        if re.fullmatch(_MONTHS, unit, re.IGNORECASE):
            continue  # "by 28 November": a date, not a count
        if unit in _NOT_UNITS or (m.group("num").isdigit() and 1900 <= value <= 2100 and not m.group("scale")):
            continue
        scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
        if m.group("cur") and not m.group("scale"):
            # "£1.2 million." ends its clause: the scale was read as the unit word, and the currency is the unit.
            scale = _SCALES.get(m.group(0)[m.group(0).lower().rfind(" ") + 1 :].lower(), 1.0)
        out.append((unit.rstrip("s") if len(unit) > 3 else unit, value * scale))
        sums.add(m.start())
    # A sum that ends its clause ("Brennick's share will be under £300,000."): no word follows for a unit, and the
    # currency is the unit.
    for m in _CLAUSE_END_SUM.finditer(text):
        if m.start() not in sums:
            scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
            out.append((m.group("cur"), float(m.group("num").replace(",", "")) * scale))
    # "the real number is nearer 60,000 once you count ...": a count set against the one before, in its unit.
    for m in _REAL_FIGURE.finditer(text):
        out.append((_ANY_UNIT, float(m.group("num").replace(",", ""))))
    # A figure that ends its clause names no unit ("put the number at 310", "counted closer to 450"): the report
    # leaves the unit to the figure beside it.
    for m in _BARE_FIGURE.finditer(text):
        raw = m.group("num").replace(",", "")
        value = float(raw)
        # (only the words just before it: searching the whole text before every figure made a long list quadratic)
        if re.search(
            rf"\b(?:{_MONTHS})\.?\s*$|\b(?:No|number|route|aged?)\.?\s*$", text[max(0, m.start() - 40) : m.start()]
        ):
            continue  # a date ("on November 6"), a number that names ("route 9"), an age
        if not (1900 <= value <= 2100 and "," not in m.group("num")) and value >= 10:
            out.append((_ANY_UNIT, value))
    return out


_ANY_UNIT = "?"
# "the real figure is closer to 60,000", "the number could be “as many as 120”": a count set against the one before.
_REAL_FIGURE = re.compile(
    r"\b(?:(?:real|true|actual|correct|honest)\s+(?:number|figure|total|count|toll)\s+(?:is|was|would\s+be|will\s+be)\s+"
    r"(?:nearer|closer\s+to|about|around|at\s+least|more\s+like|over|above)?"
    r"|(?:number|figure|total|count|toll)\s+(?:could|might|may|would)\s+(?:well\s+)?be\s+[\"“‘]?"
    r"(?:as\s+(?:many|high|much)\s+as|up\s+to|nearer|closer\s+to|more\s+like))"
    r"\s*(?P<num>\d[\d,]*)(?![\d,]*\s*(?:%|per\s*cent))",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Sept?|Oct|Nov|Dec"
# (the digits and commas taken whole, never given back: only the run's end can meet the lookahead, and giving back
# made a long "1,1,1,..." quadratic)
_BARE_FIGURE = re.compile(
    # (not inside a run of digit groups, "1,1,1,...": each group a start made the reading quadratic)
    r"(?<![\w.£$€])(?<!\d,)(?P<num>\d[\d,]*+(?:\.\d+)?)(?=\s*(?:[.;!?]|,?\s+(?:and|but|while)\s+(?![\d£$€])|$))"
)
# A count the report puts on something: both bare figures then count the same thing.
_COUNTING = re.compile(r"\b(?:number|count(?:ed)?|total|figure|toll|tally|estimated?|put\b[^.;]{0,60}\bat)\b")


def _same_unit(ua: str, ub: str, beside: bool, a: str, b: str) -> bool:
    """Two figures of one unit; a bare figure takes the unit of one set beside it in the same report."""
    if ua == ub and ua != _ANY_UNIT:
        return True
    if not beside or _ANY_UNIT not in (ua, ub):
        return False
    if {ua, ub} & {"£", "$", "€"}:
        return False  # "£9,800" and "room for 30 more, not 41": a sum is no count of places
    return ua != ub or bool(_COUNTING.search(a) or _COUNTING.search(b))


def _days_apart(a: Sentence, b: Sentence) -> int:
    if a.article == b.article or a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


def _side_by_side(a: Sentence, b: Sentence) -> bool:
    """Two sentences of one report, at most one sentence between them."""
    return a.article == b.article and abs(a.position - b.position) <= 2


# A report of a count moving on: "..., increasing its count by almost a thousand", "raising the toll to 40".
_COUNT_RAISED = re.compile(
    r"\b(?:increas|rais|lift|push|revis|bump)\w*\s+(?:its|their|the|his|her)\s+(?:own\s+)?"
    r"(?:count|tally|total|toll|figure|estimate|number)s?\b",
    re.IGNORECASE,
)


def _other_measures(a: str, b: str) -> bool:
    """Two claims counting different things under one noun: "need emergency aid" and "need food aid", "hospital
    beds" and "army beds". The same noun after the figure, each with its own word before it, that the other never
    uses; what comes before the figure ("the data centre uses", "the site uses") says who, not what is counted."""
    wa, wb = _after_figure(a), _after_figure(b)
    heads_a = {(wa[i - 1], w) for i, w in enumerate(wa) if i}
    heads_b = {(wb[i - 1], w) for i, w in enumerate(wb) if i}
    for m1, h in heads_a:
        if h not in content_words(h) or h in _COMMON_COUNTED or m1 in wb:
            continue
        for m2, h2 in heads_b:
            if h2 == h and m2 != m1 and m2 not in wa and _modifier(m1) and _modifier(m2):
                return True
    return False


# A tally of work done so far ("25,000 bodies had been collected and buried") and an estimate of the whole ("put the
# death toll at 50,000-100,000", "might need aid"): the work is still going on, and the two figures do not compete.
_TALLY = re.compile(
    r"\b(?:had|have|has)\s+(?:so\s+far\s+|now\s+|already\s+)?been\s+"
    r"(?:[a-z]+ed|found|taken|brought|given|fed|kept|seen)\b"
)
_ESTIMATED = re.compile(r"\b(?:toll|estimated?|estimates|could|might|may|as many as|put\b[^.;]{0,60}\bat)\b")


def _tally_and_estimate(a: str, b: str) -> bool:
    return any(
        bool(_TALLY.search(x)) and not _TALLY.search(y) and bool(_ESTIMATED.search(y)) for x, y in ((a, b), (b, a))
    )


# What was taken in ("collected 6,077 barrels", "being captured", "siphoning 5,000") against a figure of the whole
# ("leaking at 30,000 to 60,000 barrels", "the lowest credible estimate"): the part gathered so far is no rival count.
_TAKEN = re.compile(
    r"\b(?:collect|captur|siphon|recover|gather|caught|catch|skimm|salvag|harvest|pick(?:ed|ing)?\s+up)\w*", re.I
)


def _taken_and_whole(a: str, b: str) -> bool:
    return bool(_TAKEN.search(a)) != bool(_TAKEN.search(b))


def _after_figure(text: str) -> list[str]:
    """The words after a claim's first figure ("3 million people might need emergency aid" -> people ... aid)."""
    words = re.findall(r"[a-z]+|\d[\d,.]*", text.lower())
    at = next((i for i, w in enumerate(words) if w[0].isdigit() or w in _WORD_NUMBERS), len(words))
    return [w for w in words[at + 1 :] if not w[0].isdigit()]


def _modifier(word: str) -> bool:
    """A word that can say what kind of thing is counted ("food", "emergency"): not a verb's form or a figure's
    hedge ("said", "needed", "nearly", "about")."""
    return (
        word in content_words(word)
        and not word.endswith(("ed", "ing", "ly"))
        and word not in _COMMON_COUNTED | {"said", "says", "told", "about", "around", "over", "least", "than", "some"}
        # "every day" and "per day" count the same thing: a quantifier is no kind of thing.
        and word not in {"every", "per", "each", "all", "any", "many", "much", "most", "whole", "other", "another"}
    )


# Nouns any count may follow, whatever it counts: "two million people", "5,000 more".
_COMMON_COUNTED = frozenset(["people", "persons", "cases", "percent", "cent", "million", "billion", "thousand", "more"])


# A figure given as a floor ("more than 30", "at least 60"): two floors of one count do not contradict each other.
_FLOOR = re.compile(
    r"\b(?:more\s+than|at\s+least|over|upwards\s+of|in\s+excess\s+of|no\s+(?:fewer|less)\s+than)\s+[£$€]?(?=\d|(?:"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
_ANY_FIGURE = re.compile(
    r"(?<![\w.])[£$€]?(?:\d[\d,.]*|(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)


def _floors(text: str) -> bool:
    """Every figure of a claim given as a floor ("More than 30 Britons are safe")."""
    text = re.sub(r"\([^()]*\)", " ", text)
    # A figure in a compound ("a 7.0-magnitude quake") or a year counts nothing here.
    figures = [
        m.start()
        for m in _ANY_FIGURE.finditer(text)
        if text[m.end() : m.end() + 1] != "-" and _quantities(m.group().rstrip(",.") + " people")
    ]
    floors = {m.end() for m in _FLOOR.finditer(text)}
    return bool(figures) and all(at in floors for at in figures)


# A goal ("hoped to collect", "aims to hire") set beside the same work done ("collected", "has hired"): the work so far
# falls short of the goal, and neither figure disputes the other.
_AIM = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|"
    r"target(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+to\s+(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE,
)


# A figure within a few words after a verb ("hoped to load 9,000", "had loaded some 4,000"): what the verb counts.
_FIGURE_AFTER = r"\s+(?:[\w'’-]+\s+){0,3}?[£$€]?\d"


def _aim_and_done(a: str, b: str) -> bool:
    """A goal's verb and the same verb done, each with its claim's figure ("hoped to load 9,000", "had loaded 4,000"):
    a goal verb elsewhere in the claim ("... and the council plans to open a centre") sets no goal for the figure."""
    for x, y in ((a, b), (b, a)):
        for m in _AIM.finditer(x):
            if not re.match(_FIGURE_AFTER, x[m.end() :]):
                continue
            verb = m["verb"].lower()
            stem = verb[:-1] if verb.endswith("e") else verb
            done = re.compile(rf"\b{re.escape(stem)}(?:ed|d|ing)\b{_FIGURE_AFTER}", re.IGNORECASE)
            if done.search(y) and not _AIM.search(y):
                return True
    return False


# What a load or a place can serve ("food enough for 30,000 people", "enough to house 400 families"): a capacity,
# not a count of those in need that another side's figure could contradict.
_CAPACITY = re.compile(
    r"\benough\s+(?:[a-z]+\s+){0,2}?(?:for|to\s+(?:feed|house|serve|supply|shelter|treat|cover))\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?\d",
    re.IGNORECASE,
)
# Counts a place or a load can serve, in the other side's words: two capacities ("enough for 5,000 families", "would
# house only 2,000 families") are rival figures for one thing.
_SERVES = re.compile(
    r"\b(?:house|houses|housed|feed|feeds|serve|serves|supply|supplies|shelter|shelters|treat|treats|cover|covers|"
    r"hold|holds|accommodate|accommodates|seat|seats|sleep|sleeps|fit|fits)\s+(?:[a-z]+\s+){0,2}?(?:up\s+to\s+)?\d"
    r"|\b(?:room|space|places|beds|capacity)\s+for\s+(?:[a-z]+\s+){0,2}?\d|\benough\b",
    re.IGNORECASE,
)
_PLACE_IN = re.compile(r"\b[Ii]n\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?!\s*['’]s\b)(?![\w'’])")
_NOT_PLACES = re.compile(rf"^(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That)\b")
# "in Environment Agency figures", "in Met Office data": a body's name, no place.
_BODY_HEAD = re.compile(
    r"\b(?:Agency|Office|Council|Board|Ministry|Department|Service|Authority|Commission|Committee|Trust|Institute|"
    r"Bureau|Union|Party|Group|Company|Bank|Court|Police|Government|Survey|Centre|Center|Foundation|Society|"
    r"Association|University|Hospital|Organi[sz]ation|Programme|Program|Fund|Corporation)$"
)


def _capacity_and_need(a: str, b: str) -> bool:
    """One claim what a load or place serves ("enough for 400 families"), the other a count of those in need: the
    other side counting a capacity too ("would house only 2,000 families") gives a rival figure, no skip."""
    return any(_CAPACITY.search(x) and not (_CAPACITY.search(y) or _SERVES.search(y)) for x, y in ((a, b), (b, a)))


def _places(text: str) -> set[str]:
    """The places a claim's figure is counted in: "in Devon" within a few words of a figure, either side ("40 flood
    warnings are in force in Devon", "In Exeter, 12 ..."), not a place further on ("12 died in the crash on the M5
    in Somerset" counts the crash's dead), a body's name ("in Met Office data") or an owner ("in Devon's plan")."""
    figures = [m.span() for m in _ANY_FIGURE.finditer(text) if m.group().lower() not in {"one", "a", "an"}]
    found = set()
    for m in _PLACE_IN.finditer(text):
        place = m["place"]
        if _NOT_PLACES.match(place) or _BODY_HEAD.search(place):
            continue
        near = any(
            len(text[end : m.start()].split()) <= 5 if end <= m.start() else len(text[m.end() : start].split()) <= 3
            for start, end in figures
        )
        if near:
            found.add(place)
    return found


def _other_places(a: str, b: str) -> bool:
    """Two claims that each put their figures in places ("in Devon", "in Exeter"), none the same: a count of one
    place and a count of another (or of a part of it) are no rival counts."""
    pa, pb = _places(a), _places(b)
    return bool(pa) and bool(pb) and not (pa & pb)


# What a figure of people counts is said by the verb just before it ("killed 40 people") or the words after it
# ("100,000 people being sent to settlements", "500,000 people living outdoors"): the auxiliaries and hedges between,
# and names, days and places, say nothing of what.
_COUNT_FILLER = frozenset(
    "have has had been being be were was are is will would could may might now so far already initially still "  # noqa: SIM905
    "reportedly thought believed feared estimated said who which that in the a an remain remained remains their "
    "more than about around some at least".split()
)
# One outcome in several words: "died", "killed", "lost their lives" count the same people; so do "injured" and
# "wounded", "arrested" and "detained", "missing" and "unaccounted for", "displaced" and "fled".
_OUTCOMES = {
    "die": "died dead die dying killed kill kills deaths death perished lost lives drowned buried fatalities bodies",
    "hurt": "injured injuries hurt wounded injuring wounding casualties",
    "held": "arrested arrests detained detention held custody",
    "missing": "missing unaccounted",
    "displaced": "displaced fled fleeing homeless evacuated uprooted",
}
_SAME_OUTCOME = {w: kind for kind, words in _OUTCOMES.items() for w in words.split()}
_STOP_COUNTED = frozenset(["and", "but", "while", "with", "of", "to", "by", "for", "on", "at", "in", "after", "when"])


# Nouns that say only that persons or instances are counted, not what happened to them; a share ("40 percent of the
# cost", "25 percent of the tram") says its whole after "of", in whatever words.
_GENERIC_COUNTED = frozenset(["people", "persons", "person", "case", "cases"])


def _counted_as(text: str, value: float) -> set[str]:
    """What the figure `value` of a generic noun counts: its outcome ("killed 40 people", "55 people lost their
    lives" -> {"die"}) or the first words after it ("people living outdoors" -> {"livin", "outdo"}), each a short stem;
    empty where nothing says."""
    for m in _QUANTITY.finditer(text):
        got = _quantities(m.group(0))
        if not got or got[0][1] != value or got[0][0] not in _GENERIC_COUNTED:
            continue
        said: set[str] = set()
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 30) : m.start()].lower())
        if before and before[-1] in _SAME_OUTCOME:
            said.add(_SAME_OUTCOME[before[-1]])  # "the blast killed 40 people"
        for word in list(re.finditer(r"[A-Za-z]+", text[m.end() :]))[:6]:
            w = word.group(0)
            if w[0].isupper():
                continue  # "on Sunday", "in Jacmel": a day or a place is no part of what is counted
            if w in _COUNT_FILLER or w.endswith("ly"):
                continue
            if w in _STOP_COUNTED and said:
                break
            if w in _SAME_OUTCOME:
                said.add(_SAME_OUTCOME[w])
            elif w in content_words(w):
                said.add(w[:5])
            if len(said) == 2:
                break
        return said
    return set()


def _counted_apart(a: str, b: str, va: float, vb: float) -> bool:
    """Two figures of one generic noun ("people") that count different things: what each is said to be or do after
    the figure shares nothing ("being sent to settlements" and "living outdoors", "died in Jacmel" and "displaced")."""
    sa, sb = _counted_as(a, va), _counted_as(b, vb)
    return bool(sa) and bool(sb) and not (sa & sb)


_PERIOD = re.compile(
    rf"\b(?P<since>since\s+)?(?:(?:in|during|for|over)\s+)?(?:(?:{_MONTHS})\s+)?(?P<year>1[89]\d\d|2\d\d\d)\b"
    r"|\b(?P<rel>(?:last|this|past)\s+(?:week|month|year|quarter|winter|summer|spring|autumn))\b",
    re.IGNORECASE,
)


def _periods(text: str) -> set[str]:
    return {
        m.group("rel").lower() if m.group("rel") else ("since " if m.group("since") else "") + m.group("year")
        for m in _PERIOD.finditer(text)
    }


def _other_periods(a: str, b: str) -> bool:
    """Each claim counts over a period of its own ("in 2040", "since 2073", "last month") and the two differ: counts
    of two periods, which may both be right."""
    pa, pb = _periods(a), _periods(b)
    return bool(pa and pb and not pa & pb)


# A count of a noun about a matter: "197 complaints about damp", "12 claims over noise". "Of" is no matter: "10,500
# barrels of oil" a day and "16.5 billion barrels of oil" since 1947 measure the same stuff, not one count.
_COUNT_OF = re.compile(
    r"(?<![\d.,])\d[\d,]*(?:\.\d+)?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,}?)s?\s+(?:about|over|regarding|"
    r"concerning|into)\s+(?:the\s+)?(?P<matter>[a-z]{3,})\b"
)


def _same_count(a: str, b: str) -> bool:
    """Both claims count the same noun about the same matter ("logged 197 complaints about damp", "received 38
    complaints about damp"): one count, whatever else the two sentences say."""
    ca = {(m.group("noun"), m.group("matter")) for m in _COUNT_OF.finditer(a)}
    return bool(ca & {(m.group("noun"), m.group("matter")) for m in _COUNT_OF.finditer(b)})


def _first_figures(text: str) -> dict[str, float]:
    """Each unit's first figure in a claim: the one it gives as its own."""
    first: dict[str, float] = {}
    for unit, value in _quantities(text):
        first.setdefault(unit, value)
    return first


def _same_headline(a: str, b: str) -> bool:
    """Both claims give the same figure first for a unit ("5,000 barrels a day ... far more than the previous 1,000",
    "may be as much as 5,000 barrels a day"): they agree on that count; the other figure is an earlier one they set
    aside, no rival."""
    if _gainsays(a) != _gainsays(b):
        return False  # "the region never agreed to pay 40 percent" against "the 40 percent was agreed": at odds on it
    fa, fb = _first_figures(a), _first_figures(b)
    return any(u != _ANY_UNIT and u in fb and fb[u] == v for u, v in fa.items())


def _gainsays(text: str) -> bool:
    """A claim that denies or rejects what it states ("never agreed to", "rejected the account")."""
    return bool(
        _NEGATED.search(text)
        or re.search(
            r"\b(?:reject|den(?:y|ies|ied)|disput|contest|exaggerat)"
            r"|\b(?:lie|lies|lied|lying|false|untrue|wrong|misleading|inflated|nonsense)\b",
            text,
            re.I,
        )
    )


# A figure given against whatever others say: "..., whatever figure the organiser may have given out", "whatever they
# claim". A saying verb is needed: "whatever happens", "whatever the cost" or "whatever they ask" dismiss nothing.
_WHATEVER_SAID = re.compile(
    r"\bwhatever\s+(?:(?:figures?|numbers?|totals?|counts?|sums?|estimates?)\s+)?(?:the\s+[\w'’-]+|they|he|she|"
    r"others|anyone|[A-Z][\w'’-]+)\s+(?:(?:may|might|will|would|can)\s+)?(?:(?:have|has|had)\s+)?(?:say|says|said|"
    r"claims?|claimed|gives?\s+out|given\s+out|gave\s+out|puts?\s+out|quotes?|quoted|announced?|told\s+you)\b"
)


def _dismisses_earlier(a: Sentence, b: Sentence) -> bool:
    """The later of two sentences (or either, on one day) gives its figure against whatever the other side says."""
    if a.published is not None and b.published is not None and a.published != b.published:
        later = a if a.published > b.published else b
        return bool(_WHATEVER_SAID.search(later.text))
    return bool(_WHATEVER_SAID.search(a.text) or _WHATEVER_SAID.search(b.text))


def _same_predicate(one: str, other: str, unit: str) -> bool:
    """Whether two counts of one unit say the same of it ("52,000 seats have been booked" / "we booked fewer than
    30,000 seats"): a root in common beyond the unit, the figures and the dismissal; "40 schools would close" and
    "12 schools had reopened" count two things."""

    def roots(text: str) -> set[str]:
        text = re.sub(r",?\s*whatever\b.*$", "", text)
        text = re.sub(rf"\b{re.escape(unit)}(?:s|es)?\b", " ", text, flags=re.IGNORECASE)
        words = {w for w in re.findall(r"[a-z]+", text.lower()) if w in _WORD_NUMBERS}
        return _stems(text) - {w[:5] for w in words} - {"fewer", "more", "than", "about", "some", "only", "would"}

    return bool(roots(one) & roots(other))


_NOT_A_NAME = frozenset(["The", "A", "An", "At", "In", "Of", "From", "Its", "Their", "His", "Her"])


def _bodies_named(texts: set[str], body: str) -> set[str]:
    """The names a story gives bodies of one kind ("Royal" for "Royal Hospital", "St Mary's" for "St Mary's
    Hospital"), not a sentence's opening capital ("The hospital", "Hospital chiefs")."""
    out: set[str] = set()
    for t in texts:
        for m in re.finditer(rf"(?<![\w'’])((?:[A-Z][\w'’.]*\s+){{1,3}}){body}\b", t):
            words = [w for w in m.group(1).split() if w not in _NOT_A_NAME]
            if words:
                out.add(" ".join(words))
    return out


def _body_named_at(text: str, start: int) -> str | None:
    """The name just before a body's word at a post ("Royal" in "Royal Hospital chief executive Tom Hale")."""
    m = re.search(r"((?:[A-Z][\w'’.]*\s+){1,3})$", text[:start])
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in _NOT_A_NAME]
    return " ".join(words) or None


def _articles_of(claims: Sequence[Attribution], actor: str) -> set[int]:
    return {c.sentence.article for c in claims if c.actor == actor}


def _role_voices(claims: Sequence[Attribution]) -> dict[str, str]:
    """A body named by its kind ("The zoo") with the one person the claims' sentences give a post at it ("Zoo
    director Dr Petra Halloran", "the zoo's director, Dr Petra Halloran", "Petra Halloran, director of the zoo")."""
    roles = {c.actor for c in claims if re.fullmatch(r"The [a-z][\w-]*", c.actor)}
    people = {c.actor for c in claims if _person_like(c.actor) and len(c.actor.split()) >= 2}
    if not roles or not people:
        return {}
    texts = {c.sentence.text for c in claims}
    posts = "|".join(sorted(_BODY_POSTS))
    voices: dict[str, set[str]] = defaultdict(set)
    for role in roles:
        noun = role.split()[1]
        body = rf"(?:[{noun[0].upper()}{noun[0]}]{re.escape(noun[1:])})"
        # Two bodies of the kind named ("Royal Hospital", "St Mary's Hospital"): a post at a named one is the
        # role's only when the role's own report names that one alone.
        named = _bodies_named(texts, body)
        own = _bodies_named({c.sentence.text for c in claims if c.sentence.article in _articles_of(claims, role)}, body)
        for person in people:
            pe = rf"{_TITLE}?{re.escape(person)}\b"
            posted = re.compile(
                rf"\b{body}\s+(?:[a-z-]+\s+){{0,2}}?(?:{posts})\s+{pe}"
                rf"|\b[Tt]he\s+{body}['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{posts}),?\s+{pe}"
                rf"|{pe},\s+(?:the\s+)?{body}['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{posts})\b"
                rf"|{pe},\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{posts})\s+(?:of|at)\s+the\s+{body}\b"
            )
            for t in texts:
                m = posted.search(t) if person in t else None
                before = t[: m.start()].split()[-1:] if m else []
                words = {w.lower() for w in [*before, *m.group(0).split()]} if m else set()
                if m and not _NOT_ITS_POST & words:  # "Former zoo director ...", "the zoo's former director"
                    at = _body_named_at(t, m.start())
                    if len(named) > 1 and at is not None and own != {at}:
                        continue  # "Royal Hospital chief executive Tom Hale" does not speak for St Mary's
                    voices[role].add(person)
    return {role: next(iter(ps)) for role, ps in voices.items() if len(ps) == 1}


def _said_for(c: Attribution, voices: dict[str, str]) -> str:
    """One side, a body named by its kind shown with the person who speaks for it: "Petra Halloran (the zoo)"."""
    if c.actor not in voices:
        return _said(c)
    return f"{voices[c.actor]} ({c.actor.lower()}): “{_clean_side(c.claim)}”"


def numeric_tensions(claims: Sequence[Attribution], similarity) -> list[Scored]:
    """Two named actors giving different figures for the same thing ("25 percent" offered, "40 percent" agreed).

    Same unit, values apart by a fifth or more, and the two claims about the same matter: similar in the
    topic's space and sharing two content words besides the figures and the names, or set side by side in
    one report.
    """
    figured = [(c, q) for c in claims[:400] for q in [_quantities(c.claim)] if q]
    if len(figured) < 2:
        return []
    sims = similarity([c.claim for c, _ in figured], [c.claim for c, _ in figured])
    voices = _role_voices(claims[:400])
    best: dict[tuple[frozenset[str], tuple[int, ...]], Scored] = {}
    for i, (a, qa) in enumerate(figured):
        for j in range(i + 1, len(figured)):
            b, qb = figured[j]
            if a.key == b.key or one_body(a.actor, b.actor):
                continue
            # A later figure given "whatever figure the organiser may have given out" sets itself against the
            # earlier one, however long after; other figures weeks apart are a count that grew, not a disagreement.
            dismissed = _dismisses_earlier(a.sentence, b.sentence)
            if _days_apart(a.sentence, b.sentence) > 3 and not dismissed:
                continue
            if a.sentence.article != b.sentence.article and (
                _COUNT_RAISED.search(a.sentence.text) or _COUNT_RAISED.search(b.sentence.text)
            ):
                continue  # "..., increasing its count by a thousand in a day": an update of a count, not a rival one
            if _other_measures(a.claim, b.claim) or _tally_and_estimate(a.claim, b.claim):
                continue  # "need emergency aid" and "need food aid": two counts of two things
            if _taken_and_whole(a.claim, b.claim):
                continue  # "collected 15,000 barrels" and "leaking 30,000 barrels": the part taken in and the whole
            if _floors(a.claim) and _floors(b.claim):
                continue  # "more than 30 are safe" and "more than 60 are safe": two floors of one count agree
            if _capacity_and_need(a.claim, b.claim):
                continue  # "blankets enough for 400 families" against "1,200 families homeless": what a load serves
            if _aim_and_done(a.claim, b.claim):
                continue  # "hoped to collect 20,000 a day" and "had collected 7,500": a goal and the work so far
            if _other_places(a.claim, b.claim):
                continue  # "23 cases in Devon" against "the tally in Exeter is 13": a part and another, not one count
            if _other_periods(a.claim, b.claim):
                continue  # "412 complaints in 2040" and "55 complaints in 2041": two years' counts, not rival ones
            if _same_headline(a.claim, b.claim):
                continue  # "5,000 barrels a day, up from 1,000" and "as much as 5,000 barrels a day": one count agreed
            beside = _side_by_side(a.sentence, b.sentence)
            apart = [
                (ua if ua != _ANY_UNIT else ub, va, vb) for ua, va in qa for ub, vb in qb
                if _same_unit(ua, ub, beside, a.claim, b.claim) and min(va, vb) >= 0 and va != vb
                and max(va, vb) >= 1.2 * max(min(va, vb), 1e-9)
                and not _counted_apart(a.claim, b.claim, va, vb)
            ]  # fmt: skip
            if not apart:
                continue
            shared = set(content_words(a.claim)) & set(content_words(b.claim))
            shared -= set(content_words(a.actor + " " + b.actor)) | {apart[0][0], "percent", "cent"}
            shared -= {apart[0][0] + "s", "million", "billion", "thousand"}
            shared = {w for w in shared if not w.isdigit()}
            # A report that sets one figure against the next ("offered 4 percent." "asking for 9 percent.")
            # puts them on one matter itself, in whatever words each side uses.
            side_by_side = _side_by_side(a.sentence, b.sentence)
            # A figure dismissed by name of its thing ("fewer than 21,000 tickets, whatever figure ...") is on the
            # other's matter; a sum or a share so dismissed may be another sum, and needs the matter in common.
            # The count must be of one thing done: the same unit with another predicate is another count (fixc);
            # two sides counting one noun about one matter count the same thing (tens17).
            counted = (
                dismissed
                and apart[0][0].isalpha()
                and apart[0][0] not in ("percent", "cent")
                and _same_predicate(a.claim, b.claim, apart[0][0])
            )
            counted = counted or _same_count(a.claim, b.claim)
            if not (side_by_side or counted) and (sims[i, j] < 0.15 or len(shared) < 2):
                continue
            pair = frozenset((a.key, b.key))
            summary = f"{_said_for(a, voices)} vs. {_said_for(b, voices)}"
            cites = tuple(sorted({a.sentence.article, b.sentence.article}))
            item = (2.5 + float(sims[i, j]), summary, cites, pair)
            where = (pair, cites)  # one pair of actors may disagree on a figure in each report
            if where not in best or best[where][0] < item[0]:
                best[where] = item
    return list(best.values())


# A sum in full: "£4.1 million", "$300,000", "€2 bn".
_SUM_TEXT = rf"[£$€]\s?{_SUM_DIGITS}(?:\s?(?:million|billion|bn|m)\b)?"
# The side that says it handed a sum over: "it paid Amber Owl £4.1 million", "we sent the trust $2.5 million".
_SUM_PAID = re.compile(
    r"\b(?:paid|passed|gave|given|sent|transferred|handed|remitted|advanced|lent|loaned)\b[^.;]{0,50}?"
    rf"(?P<sum>{_SUM_TEXT})"
)
# The other side denying it ever had that very sum, the sum the object of its own denied receipt: "we never had
# £4.1 million", "it did not receive $2.5 million". Not "had not yet received" (progress), not "never had £2 million
# of its own" (a part of something else), not "did not finish the work despite receiving" (the sum is no object).
_SUM_DENIED = re.compile(
    r"\b(?:we|i|they|he|she|it)\s+(?:never|(?:did|have|has|had)\s*(?:not|n[’']t)|(?:have|has|had)\s+never)\s+"
    r"(?:had|received|receive|got|get|seen|saw|see|been\s+(?:paid|given|sent))\s+"
    rf"(?P<sum>{_SUM_TEXT})(?!\s+(?:of|from\s+other|more)\b)",
    re.IGNORECASE,
)


def _sum_key(text: str) -> str:
    """One spelling of a sum: "£ 4.1 m" and "£4.1 million" alike."""
    t = re.sub(r"\s+", "", text.lower())
    return re.sub(r"(?<=\d)(?:m|million)$", "million", re.sub(r"(?<=\d)(?:bn|billion)$", "billion", t))


# A post a person holds at a body ("director of customer operations", "spokeswoman"), and the words that make it
# someone else's or a past one ("former director", "long-time critic").
_BODY_POSTS = frozenset(
    [
        *("director", "chief", "executive", "head", "spokesman", "spokeswoman", "spokesperson", "manager"),
        *("officer", "chairman", "chairwoman", "chair", "president", "secretary", "founder", "owner", "treasurer"),
    ]
)
_NOT_ITS_POST = frozenset(
    ["former", "ex", "previous", "then", "late", "critic", "critics", "opponent", "rival", "outgoing", "one-time"]
)


def _voiced(actor: str, people: Sequence[str], sentences: Sequence[Sentence]) -> str:
    """A body's side named with the one person a report gives a current post at it ("Lena Moravec, Tixway's director
    of customer operations" -> "Lena Moravec (Tixway)"); the body alone when none or several do. A critic of the
    body or its former director is not its voice."""
    if _person_like(actor) and len(actor.split()) >= 2:
        return actor
    body = re.escape(actor)
    voices = set()
    for p in people:
        if not (_person_like(p) and len(p.split()) >= 2) or p == actor:
            continue
        pe = re.escape(p)
        posted = re.compile(
            rf"{pe},\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:{body}['’]s\s+(?P<a>(?:[a-z-]+\s+){{0,2}}[a-z-]+)"
            rf"|(?P<b>(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?{body}\b)"
            rf"|\b{body}(?:['’]s)?\s+(?P<c>(?:[a-z-]+\s+){{0,2}}[a-z-]+),?\s+{pe}\b"
        )
        for s in sentences[:5000]:
            if p not in s.text or actor not in s.text:
                continue
            for m in posted.finditer(s.text):
                words = (m.group("a") or m.group("b") or m.group("c") or "").split()
                if words and words[0] in _BODY_POSTS | {"chief", "managing"} and not _NOT_ITS_POST & set(words):
                    voices.add(p)
    return f"{voices.pop()} ({actor})" if len(voices) == 1 else actor


def sums_denied(claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> list[Scored]:
    """One side saying it paid a sum ("Tixway says it paid Amber Owl £4.1 million"), another in the same report, a
    few sentences on, denying it ever had that very sum ("we never had £4.1 million"): the same amount exactly, the
    denial governing the sum. Claims are met by their sum, never pair by pair; one report's sum is one dispute, the
    closest pair shown (a spokesman and their body are dropped later, with every rule's pairs)."""
    paid: dict[tuple[int, str], list[Attribution]] = defaultdict(list)
    for c in claims:
        if ("£" in c.claim or "$" in c.claim or "€" in c.claim) and not _NEGATED.search(c.claim):
            for m in _SUM_PAID.finditer(c.claim):
                paid[(c.sentence.article, _sum_key(m.group("sum")))].append(c)
    if not paid:
        return []
    closest: dict[tuple[int, str], tuple[int, Attribution, Attribution]] = {}
    for b in claims:
        if not _NEGATED.search(b.claim):
            continue
        for m in _SUM_DENIED.finditer(b.claim):
            where = (b.sentence.article, _sum_key(m.group("sum")))
            for a in paid.get(where, []):
                gap = abs(a.sentence.position - b.sentence.position)
                if a.key == b.key or gap > 3 or (where in closest and closest[where][0] <= gap):
                    continue
                if not one_body(a.actor, b.actor, sentences):
                    closest[where] = (gap, a, b)
    people = sorted({c.actor for c in claims})
    best: dict[frozenset[str], Scored] = {}
    for _gap, a, b in closest.values():
        pair = frozenset((a.key, b.key))
        if pair not in best:
            side = f"{_voiced(a.actor, people, sentences)}: “{_clean_side(a.claim)}”"
            best[pair] = (2.6, f"{side} vs. {_said(b)}", (a.sentence.article,), pair)
    return list(best.values())


# "Solicitors for Mr Creasey wrote to the court that the transfers were the repayment of a loan"
_FOR_PARTY = re.compile(
    r"\b(?:[Ss]olicitors|[Ll]awyers|[Cc]ounsel|[Aa]ttorneys|[Aa]dvocates)\s+(?:for|acting\s+for|representing)\s+"
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:wrote|told|said|argued|submitted|claimed|maintained|insisted)\s+(?:to\s+the\s+[a-z]+\s+|the\s+[a-z]+\s+)?"
    r"that\s+(?P<claim>[^;]{12,})"
)
# "she had found no loan agreement", "no record of such a loan", "found no fault in the steering": the thing found
# missing, with the words that say which ("in the steering").
_FOUND_NONE = re.compile(
    r"\b(?:found|seen|traced|located)\s+no\s+(?P<np>(?:[a-z-]+\s+){0,1}[a-z-]+)"
    r"|\bno\s+record\s+of\s+(?:any\s+|such\s+(?:an?\s+)?|an?\s+|the\s+)?(?P<rec>[a-z-]+(?:\s+[a-z-]+)?)"
)
# "Her expert, Dr Tom Park": the party's own witness, no other side.
_OWN_WITNESS = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:own\s+)?(?:expert|lawyer|solicitor|counsel|adviser|witness|accountant)"
)


def _lawyers_party(m: re.Match[str], claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> str | None:
    """The named side whose lawyers speak: "Lawyers for Jonah Creasey" by the full name; "Lawyers for Mr Creasey"
    only where a report gives "Mr Creasey" and "Jonah Creasey" together and no other Creasey is named."""
    who = m.group("who")
    people = {c.actor for c in claims if _person_like(c.actor) and len(c.actor.split()) >= 2}
    if len(who.split()) == 2:
        return who if who in people else None
    if not m.group("title"):
        return None
    named = {p for p in people if p.split()[-1] == who}
    if len(named) != 1:
        return None
    party = named.pop()
    full = " ".join(party.split()[-2:])  # "Importer Luis Ortega" is named "Luis Ortega" in the reports
    titled = f"{m.group('title').strip()} {who}"
    others = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(who)}\b")
    firsts: set[str] = set()
    for s in sentences[:5000]:
        if who in s.text:
            firsts |= {f for f in others.findall(s.text) if f not in {"Mr", "Mrs", "Ms", "Miss", "Dr"}}
    if firsts - {full.split()[0]}:
        return None  # "Aisha Khan" and "Mr Khan": another Khan may be the party
    arts = {s.article for s in sentences[:5000] if full in s.text}
    together = any(s.article in arts and titled in s.text for s in sentences[:5000])
    return party if together else None


def represented_answered(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named party's position put by its lawyers ("Solicitors for Mr Creasey wrote that the transfers were the
    repayment of a loan"), and another named side who, right after, found none of the very thing it rests on ("no
    record of such a loan"). The position must assert the thing: lawyers saying "there was no wrongdoing" and a
    regulator finding none agree."""
    by_article: dict[int, list[Attribution]] = defaultdict(list)
    for c in claims:
        by_article[c.sentence.article].append(c)
    best: dict[frozenset[str], Scored] = {}
    for s in sentences[:5000]:
        if " for " not in s.text and "representing" not in s.text:
            continue
        m = _FOR_PARTY.search(s.text)
        if m is None:
            continue
        claim = _clean_side(m.group("claim"))
        if _NEGATED.search(claim) or re.search(r"\b(?:without|lack|free\s+of)\b", claim, re.I):
            continue
        name = _lawyers_party(m, claims, sentences)
        if name is None:
            continue
        words = {_singular_noun(w) for w in re.findall(r"[a-z-]+", claim.lower())}
        for b in by_article.get(s.article, []):
            if not 0 < b.sentence.position - s.position <= 2 or b.actor == name:
                continue
            if b.actor.split()[-1] == name.split()[-1] or _OWN_WITNESS.search(b.sentence.text):
                continue
            hit = False
            for x in _FOUND_NONE.finditer(b.claim):
                np = (x.group("np") or x.group("rec")).split()
                if np and np[-1] in {"in", "on", "at", "of", "for", "by", "from", "about"}:
                    np = np[:-1]
                need = [w for w in np if w in content_words(w)]
                if not need or not all(_singular_noun(w) in words for w in need):
                    continue
                # The claim's own word before the thing must be the finding's too: "a brake fault" is not answered
                # by "no fault in the steering".
                before = re.findall(rf"\b([a-z-]+)\s+{re.escape(np[-1])}", claim.lower())
                if all(w not in content_words(w) or w in np for w in before):
                    hit = True
            if not hit:
                continue
            key = next(c.key for c in claims if c.actor == name)
            pair = frozenset((key, b.key))
            if pair not in best:
                summary = f"{name}, through lawyers: “{_cap(claim)}” vs. {_said(b)}"
                best[pair] = (2.4, summary, (s.article,), pair)
    return list(best.values())


def _singular_noun(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _one_side(pair: frozenset[str], names: dict[str, str], sentences: Sequence[Sentence]) -> bool:
    keys = sorted(pair)
    if len(keys) != 2 or keys[0] not in names or keys[1] not in names:
        return False
    one, other = names[keys[0]], names[keys[1]]
    if one_body(one, other, sentences):
        return True
    # "Hawyard"/"Tony Hayward" aside, two names of one person ("Jermaine", "Jermaine Jackson") are never two sides.
    if _person_like(one) and _person_like(other) and (_same_side(one, other) or colleagues(one, other, sentences)):
        return True
    return affiliated(one, other, sentences)


# Words that make a post another than the one they qualify: a former, vice or shadow minister is not the minister.
_OTHER_POST = frozenset(
    "former ex vice deputy shadow assistant associate junior outgoing previous then late".split()  # noqa: SIM905
)


def _role_named(role: str, person: str, sentences: Sequence[Sentence]) -> bool:
    """A role actor ("The zoo director") that a report gives the person's name ("The director of the zoo, Aziz Gul
    Saqib, says ...", "zoo director Aziz Gul Saqib"): every word of the role just before the name; one person."""
    m = re.fullmatch(
        r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)", role
    )
    if m is None or not _person_like(person) or len(person.split()) < 2:
        return False
    words = set(m.group(1).split())
    near = re.compile(rf"((?:\S+\s+){{1,7}}?)(\S+?),?\s+(?:{_TITLE})?{re.escape(person)}\b")
    for s in sentences[:5000]:
        for hit in near.finditer(s.text):
            # The role's own word right before the name, as a title or an apposition ("zoo director Aziz Gul Saqib",
            # "the director of the zoo, Aziz Gul Saqib"), not a verb's object ("The minister accused Dr Jo Bell").
            last = hit.group(2).strip(",.;:").lower()
            lead = [w.strip(",.;:").lower() for w in hit.group(1).split()]
            before = set(lead) | {last}
            # "Former health minister Jo Bell", "Vice president Kamala Harris": another post than the role's.
            chain = [*lead, last]
            while chain and chain[-1] in words:
                chain.pop()
            if chain and chain[-1] in _OTHER_POST and chain[-1] not in words:
                continue
            if last in words and words <= before:
                return True
    return False


def _body_form(name: str) -> str:
    """A body's name with its spelling evened out: "the Relief Organisation" and "Relief Organization" are one."""
    plain = re.sub(r"^the\s+", "", name.lower().replace("’", "'"))
    return re.sub(r"is(ation|ations|e|ed|es|ing)\b", r"iz\1", plain)


def one_body(one: str, other: str, sentences: Sequence[Sentence] = ()) -> bool:
    """Two names of one body: one spelling and another ("Organisation", "Organization"), the full name and the
    one with its parent before it ("UN's World Food Programme"), or the full name and the initials a report gives it
    ("World Health Organization (WHO)")."""
    if not (is_body_name(one) or is_body_name(other)):
        return False
    x, y = _body_form(one), _body_form(other)
    if x == y:
        return True
    short, full = sorted((x, y), key=len)
    if len(short.split()) >= 2 and is_body_name(short) and full.endswith(" " + short):
        return True
    return any(
        name.upper() == name and name in short_names(body, sentences) for name, body in ((one, other), (other, one))
    )


def _person_like(name: str) -> bool:
    """A name of capitalised words that does not end in a body's noun ("Unite Union", "Harwick Council")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and words[-1].lower() not in ENGLISH.collective | _BODY_NOUNS


_BODY_NOUNS = frozenset(
    [
        "union",
        "council",
        "party",
        "group",
        "association",
        "company",
        "police",
        "government",
        "ministry",
        "agency",
        "department",
        "board",
        "trust",
        "club",
        "court",
        "office",
        "authority",
        "service",
        "services",
        "committee",
        "society",
        "institute",
        "foundation",
        "federation",
        "corporation",
        "guild",
        "network",
        "airline",
        "museum",
        "hospital",
        "university",
    ]
)


_SPEAKS_FOR = r"(?:spokes(?:man|woman|person)|representative|official|press\s+officer|source)"


def affiliated(one: str, other: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a report names one actor as the other's ("Kenneth Ilori, a spokesman for Sierra Basin Power",
    "Transalpe's chief executive, Hélène Vasseur", or "a spokesman for the utility" in a report about Sierra Basin
    Power's line): one speaks for the other, and they are one side."""
    if _role_named(one, other, sentences) or _role_named(other, one, sentences):
        return True  # "The zoo director" and "The director of the zoo, Aziz Gul Saqib": one person
    for x, y in ((one, other), (other, one)):
        # "A council spokesman" and "The council": the role is the body's own.
        body = re.sub(r"^(?:the|a|an)\s+", "", y.lower())
        if body and re.fullmatch(
            rf"(?:the|a|an)?\s*{re.escape(body)}(?:['’]s)?\s+(?:[a-z]+\s+)?{_SPEAKS_FOR}", x.lower()
        ):
            return True
        ex, ey = re.escape(x), re.escape(y)
        # "The Relief Agency (RA)": the body's initials name it as well as its full name does.
        # "BP PLC" is "BP" in "BP Chief Operating Officer Doug Suttles": the company's suffix is no part of its name.
        bare = re.sub(r"\s+(?:plc|inc|ltd|corp|co|llc|ag|sa|nv)\.?$", "", y, flags=re.IGNORECASE)
        # "Acme Inc" gives no "AI": the initials of the name without its suffix, three letters or more; two-letter ones
        # ("US" of "Union Station") only where a report gives them itself ("Bank of England (BE)").
        names = {y, bare} | short_names(y, sentences) | _initials(bare, sentences)
        ey = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        ey = f"(?:{ey})"
        named = re.compile(
            rf"{ex},\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}(?:for|of|at|with)\s+(?:the\s+)?{ey}\b"
            rf"|{ey}['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:[a-z-]+,\s+)?{ex}\b"
        )
        # "Save the Pier, the campaign launched on Monday by parent Ann Bell": a body its founder or leader speaks for.
        founded = re.compile(
            rf"{ey},\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:launched|founded|set\s+up|started|formed|led|run|chaired)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?by\s+(?:[a-z-]+\s+){{0,2}}{ex}\b"
        )
        # "Dr Lin Mei, RA's assistant director", "Dr Lin Mei, RA director of surveillance": the body's post, after the
        # name (not "X, RA's contractor"); "Dr Lin Mei, spokeswoman for the RA" too, with no article before the post.
        posted = re.compile(rf"{ex},\s+(?:the\s+)?{ey}(?:['’]s)?\s+(?P<post>(?:[a-z-]+\s+){{0,3}}[a-z-]+)")
        # The body ends the apposition: "Jo Marsh, lawyer for the Acme Corp victims" acts for the victims, not the firm.
        post_for = re.compile(
            rf"{ex},\s+(?P<post>(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+(?:for|of|at|with)\s+(?:the\s+)?(?:{ey})"
            r"(?=\s*(?:[,.;)]|$))"
        )
        # "Lin Mei of the RA's field office", "Ms Mei of the RA": a person "of" a body speaks from it.
        of_body = re.compile(rf"{ex},?\s+of\s+(?:the\s+)?(?:{ey})\b")
        # "RA flu expert Dr Lin Mei": the body and a post before the name, as a title (not "RA resigned as ...").
        titled = re.compile(rf"\b{ey}\s+(?P<post>(?:[A-Za-z-]+\s+){{0,2}}?[A-Za-z-]+)\s+{_TITLE}?{ex}\b")
        spoke = re.compile(
            rf"{ex},\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+"
            r"(?P<noun>[a-z]+)\b"
        )
        # "The Aldren Weather Service rejects that. A spokeswoman said ...": an unnamed spokesperson speaking right
        # after a report names a body speaks for it.
        if re.fullmatch(rf"(?:A|An|The)\s+(?:[a-z]+\s+)?{_SPEAKS_FOR}", x) and not _person_like(y):
            for s in sentences[:5000]:
                if s.text.startswith(x) and any(
                    t.article == s.article and 0 < s.position - t.position <= 2 and y in t.text
                    for t in sentences[:5000]
                ):
                    return True
        # "The solicitor" against "Ana Brook" where a report calls her "the family's solicitor Ana Brook" or "Ana Brook,
        # the family's solicitor": a side named by a bare post is the person the reports give that post, not another.
        bare_post = re.fullmatch(r"(?:the|a|an)\s+([a-z-]+)", x.lower())
        if bare_post and _is_post(bare_post.group(1)) and _person_like(y) and len(y.split()) >= 2:
            post = re.escape(bare_post.group(1))
            held = re.compile(rf"\b{post}\s+(?:{_TITLE})?{ey}\b|{ey},\s+(?:[\w'’-]+\s+){{0,4}}{post}\b", re.IGNORECASE)
            if any(y in t.text and held.search(t.text) for t in sentences[:5000]):
                return True
        # "Dr Priya Natarajan, the agency's consultant": the body's own head noun, owning the role.
        owned = re.compile(rf"{ex},\s+the\s+{re.escape(y.split()[-1].lower())}['’]s\s+[a-z]") if " " in y else None
        # "Castlegate Ltd said it would wait. Its chief executive, Fiona Lyle, said ...": "Its" reads back to the body
        # the sentence before opens with.
        its_post = re.compile(
            rf"^(?:(?:But|And|Meanwhile),?\s+)?Its\s+(?P<post>(?:[a-z-]+\s+){{0,3}}[a-z-]+),?\s+{_TITLE}?{ex}\b"
        )
        opens_with = re.compile(rf"^(?:(?:But|And|Meanwhile),?\s+)?(?:The\s+)?{ey}\b")
        before_it = {(t.article, t.position + 1): t.text for t in sentences[:5000]}
        for s in sentences[:5000]:
            if x not in s.text:
                continue  # each pattern names `x` as written: a sentence without it matches none
            if named.search(s.text) or founded.search(s.text) or (owned is not None and owned.search(s.text)):
                return True
            if any(not _CHARGED_OF.search(s.text[: t.start()]) for t in of_body.finditer(s.text)):
                return True  # not "accused Jo Marsh of the Acme Corp cover-up"
            if any(_is_post(t.group("post").lower()) for t in post_for.finditer(s.text)):
                return True
            if any(_is_post(t.group("post").lower()) for t in titled.finditer(s.text)):
                return True
            for t in posted.finditer(s.text):
                ws = t.group("post").lower().split()
                if any(_is_post(" ".join(ws[:n])) for n in range(1, len(ws) + 1)):
                    return True
            m = spoke.search(s.text)
            if m and any(t.article == s.article and y in t.text for t in sentences[:5000]):
                return True  # "a spokesman for the utility", in a report that names the utility
            its = its_post.match(s.text)
            previous = before_it.get((s.article, s.position), "")
            if its and _is_post(its.group("post").lower()) and opens_with.match(previous):
                return True
    return False


_LINKS = frozenset(["of", "for", "the", "and", "on", "in", "de", "du", "la"])

# A verb whose object takes "of" after it: "accused Jo Marsh of the Acme Corp cover-up" names the charge, no employer.
_CHARGED_OF = re.compile(
    r"\b(?:accus|clear|convict|acquitt?|warn|charg|suspect|absolv|exonerat|depriv|reliev|remind|inform|notifi|assur|"
    r"convinc|persuad)(?:e|es|ed|s|ing)?\s+$|\b(?:rob|robs|robbed|stripped|tell|tells|told|rid)\s+$"
)


def _initials(name: str, sentences: Sequence[Sentence] = ()) -> set[str]:
    """A body's initials from its name's capitalised words ("World Food Programme": "WFP"), for the reports that
    give a post at it by them ("WFP spokesman Jo Marsh"); none for a one-word name. Two letters name too many other
    things ("AI" is no "Acme Inc", "US" no "Union Station"): only where a report gives them after the name ("Bank of
    England (BE)"), or uses them as a body's own name ("a spokeswoman for the UN,", "the UN's envoy") and they spell
    no word ("us", "be")."""
    words = [w for w in name.split() if w.lower() not in _LINKS]
    if len(words) < 2 or len(words) > 6 or not all(w[:1].isupper() for w in words):
        return set()
    initials = "".join(w[0] for w in words)
    if len(words) >= 3:
        return {initials}
    given = f"{name} ({initials})"
    as_name = re.compile(rf"\bthe\s+{initials}(?:['’]s\b|\s*[,.;:)]|\s+(?:said|says|has|had|is|was|and)\b)")
    if any(given in s.text for s in sentences[:5000]) or (
        initials.lower() not in _WORDS and any(as_name.search(s.text) for s in sentences[:5000])
    ):
        return {initials}
    return set()


# Two-letter words that initials may spell: "US" of "Union Station" is a pronoun or a country before it is a body.
_WORDS = frozenset("am an as at be by do go he if in is it me my no of oh ok on or so to up us we".split())  # noqa: SIM905


# Posts a body's own people hold, beyond the role words: "flu expert", "assistant director-general".
_POSTS = ENGLISH.role_words | {"expert", "official", "spokesperson", "representative", "advisor", "specialist"}
_POSTS |= {"doctor", "researcher", "director-general", "secretary-general", "epidemiologist", "engineer"}


def _employers(name: str, sentences: Sequence[Sentence]) -> set[str]:
    """The bodies a report names a person's post at: "Dr Lin Mei, RA's assistant director" and "RA flu expert Dr Lin
    Mei" both give RA; its full name and initials alike, spelt evenly."""
    if not _person_like(name) or len(name.split()) < 2:
        return set()
    en = re.escape(name)
    body = r"(?P<b>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,4})"
    # "Dr Lin Mei, RA's deputy head of surveillance", "Dr Lin Mei, acting RA assistant director".
    after = re.compile(
        rf"{en},\s+(?:the\s+|(?:acting|interim|senior)\s+)?{body}(?:['’]s)?\s+(?P<post>(?:[\w-]+\s+){{0,2}}[\w-]+)"
    )
    before = re.compile(rf"{body}(?:['’]s)?\s+(?P<post>(?:[\w-]+\s+){{0,2}}[\w-]+)\s+{_TITLE}?{en}\b")
    found: set[str] = set()
    for s in sentences[:5000]:
        if name not in s.text:
            continue
        for m in (*after.finditer(s.text), *before.finditer(s.text)):
            ws = m.group("post").lower().split()
            # After the name the post may run on ("deputy head of surveillance"); before it, it ends at the name.
            ends = range(1, len(ws) + 1) if m.re is after else [len(ws)]
            if any(_is_post(" ".join(ws[:n])) for n in ends) and not re.search(
                r"\b(?:opposition|shadow|former)\b", m.group(0), re.I
            ):
                found |= {_body_form(m.group("b"))} | {_body_form(n) for n in short_names(m.group("b"), sentences)}
    return found


def colleagues(one: str, other: str, sentences: Sequence[Sentence]) -> bool:
    """Two people whose posts the reports give at one body ("WHO flu expert Dr Lin", "WHO's director-general, Dr
    Chan"): one side speaking twice, not two sides."""
    mine = _employers(one, sentences)
    return bool(mine) and bool(mine & _employers(other, sentences))


def _is_post(words: str) -> bool:
    """A post's name ("flu expert", "deputy director"), no verb among its words ("resigned as")."""
    ws = words.split()
    return ws[-1] in _POSTS and not any(w.endswith("ed") or w in {"as", "to", "by", "with", "and"} for w in ws)


def _said(c: Attribution, max_words: int = 24) -> str:
    """One side in a tension: "Name: “claim”", or the sentence alone when it opens with the name itself."""
    claim = _clean_side(c.claim, max_words)
    return claim if claim.startswith(c.actor) else f"{_voice(c)}: “{claim}”"


_TITLE = r"(?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Cllr|Councillor|Sir|Dame)\s+)"


def _voice(c: Attribution) -> str:
    """The person speaking when a claim is credited to their body: "Professor Anil Sethna of Dales University, who
    has examined the maps, said ..." is Anil Sethna (Dales University), not the university speaking."""
    if _person_like(c.actor) and len(c.actor.split()) >= 2:
        return c.actor
    m = re.search(
        rf"{_TITLE}?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){{1,2}}),?\s+(?:of|from|at)\s+(?:the\s+)?{re.escape(c.actor)}\b",
        c.sentence.text,
    )
    return f"{m.group('name')} ({c.actor})" if m and clean_name(m.group("name")) else c.actor


# "The trust put the number at 300 a year; Cole's office put it at 700": two sources, two figures, one sentence.
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\s+(?:while|whereas)\s+")
_FIGURE_VERB = (
    r"(?:put|puts|estimated|estimates?|counted|counts?|reckoned|reckons?|said|says?|claimed|claims?|gave|gives?)"
)
_FIGURE_CLAUSE = re.compile(
    rf"^(?:and\s+|but\s+)?(?P<who>(?:[Tt]he\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){{0,3}})\s+"
    rf"{_FIGURE_VERB}\s+(?:[^;\d]{{0,60}}?\s)?[£$€]?(?P<num>\d[\d,]*(?:\.\d+)?)"
)
# "..., well below the £400m Northgate has promised shareholders": a figure set against another side's.
_COMPARED = re.compile(
    r",\s+(?:well\s+|far\s+|much\s+|way\s+)?(?:below|above|short of|less than|more than|lower than|higher than|not|"
    r"rather than|instead of)\s+(?=(?:the\s+)?[£$€]?\d)"
)
# "... is likelier to be in the low hundreds of millions than the £410 million Pelham alleges": a speaker's
# comparative set against the figure another side has put forward.
_THAN_THEIRS = re.compile(r"\b(?:[a-z]+er|more|less|rather|other)\b[^;]{0,80}?\bthan\s+(?=the\s+[£$€]?\d)")


def figures_disputed(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named actor's estimate put against the figure another side alleges ("She estimates ... that the
    overstatement is likelier to be in the low hundreds of millions than the £410 million Pelham alleges")."""
    out: list[Scored] = []
    by_sentence = {(c.sentence.article, c.sentence.position): c for c in claims}
    for s in sentences[:5000]:
        m = _THAN_THEIRS.search(s.text)
        theirs = _THEIR_FIGURE.match(s.text[m.end() :]) if m else None
        if theirs is None:
            continue
        own = by_sentence.get((s.article, s.position))
        if own is None and s.text.startswith(_PRONOUN_SPEAKERS):
            # "She estimates ...": the person the report quoted last, just before.
            before = [
                c for c in claims if c.sentence.article == s.article and 0 < s.position - c.sentence.position <= 2
            ]
            own = max(before, key=lambda c: c.sentence.position) if before else None
            if own is None:  # "Analyst Ivan Petrov spoke to the Ledger. He estimates ...": who the report opened on
                subject = named_subject({(t.article, t.position): t for t in sentences[:5000]}, s)
                own = Attribution(subject[0], actor_key(subject[0]), s.text, s, False) if subject else None
        party = _party(theirs.group("who"))
        if own is None or party is None or party[1] == own.key:
            continue
        summary = f"{own.actor}: “{_clean_side(s.text, 40)}” vs. {party[0]}'s figure"
        out.append((2.3, summary, (s.article,), frozenset((own.key, party[1]))))
    return out


# "..., far lower than the agency's figure of 1 in 50,000", "..., well short of the 340 million the households are
# claiming", "..., not 118": a figure set against another in the same sentence, the other side's by name or not.
_SET_AGAINST = re.compile(
    r",\s+(?:well\s+|far\s+|much\s+|way\s+)?(?:below|above|short of|less than|more than|lower than|higher than|not|"
    r"rather than|instead of|against)\s+(?P<other>(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:own\s+)?"
    r"(?:(?:figure|estimate|count|number|forecast|assessment|claim|calculation)\s+of\s+)?[£$€]?"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?P<odds>\s+in\s+\d)?)"
)


# A figure and the word after it ("4,000 workers", "74 millimetres"); no word where the figure ends its clause.
_FIGURE_UNIT = re.compile(
    r"[£$€]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*(?:m|bn|k|million|billion|thousand|%|per\s?cent|percent)\b)?"
    r"(?:\s+(?P<unit>[a-z][a-z-]+))?"
)
_ANOTHER_TIME = (
    r"\s+(?:last|this|the\s+previous|previous|the\s+same)\s+(?:year|month|week|season|time|quarter)\b"
    r"|\s+(?:a|one)\s+(?:year|month|week|decade)\s+(?:earlier|ago|before)\b|\s+in\s+(?:19|20)\d\d\b"
)
# Words after a figure that are not what it counts: "1,500 in the strike", "118 of rain" (a part), "20 last".
_NOT_UNIT = frozenset(
    {"in", "on", "at", "to", "for", "from", "by", "of", "and", "or", "but", "the", "a", "an", "with", "than", "last"}
    | {"this", "that", "more", "less", "fewer", "over", "under", "per", "each", "said", "says", "was", "were"}
    | {"is", "are", "had", "has", "have", "will", "would", "could", "people"}
)


def _unit_root(word: str | None) -> str | None:
    """What a figure counts, as a root ("workers" and "worker" are one), or None where the text does not say."""
    if not word or word in _NOT_UNIT:
        return None
    return word[:5]


def _unit_of(text: str, at: int) -> str | None:
    """What the figure at `at` counts, or None."""
    m = _FIGURE_UNIT.match(text, at)
    return _unit_root(m.group("unit")) if m else None


def compared_figures(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """One sentence setting a figure against another side's figure for the same thing, with who said it; the other
    side's own sentence with that figure, where another report gives it ("74 millimetres ..., not 118" against
    "According to the company, 118 millimetres of rain fell")."""
    out: list[Scored] = []
    by_sentence = {(c.sentence.article, c.sentence.position): c for c in claims}
    for s in sentences[:5000]:
        m = _SET_AGAINST.search(s.text)
        if m is None or not re.search(r"\d", s.text[: m.start()]):
            continue
        own = by_sentence.get((s.article, s.position))
        if own is None:
            continue
        # ", more than 20 of them", ", against 3,100 last year": a part of the figure, or the same side's figure of
        # another year, is no rival; nor is a figure of something else ("20 hours" against "4,000 workers").
        after = s.text[m.end("num") :]
        if re.match(r"\s+of\s+(?:them|those|whom|which|these)\b|" + _ANOTHER_TIME, after):
            continue
        before = list(_FIGURE_UNIT.finditer(s.text[: m.start()]))
        unit = _unit_root(before[-1].group("unit")) if before else None
        if unit and _unit_of(s.text, m.start("num")) not in (None, unit):
            continue
        said = _clean_side(s.text, 40)
        side = said if own.actor.split()[-1] in said else f"{own.actor}: “{said}”"
        # A clock time ("17:00") or a part of a date or number ("No. 7/2049") is no figure of the thing.
        figure = re.compile(rf"(?<![\d,.:/]){re.escape(m.group('num'))}(?![\d,/]|[:.]\d)")
        theirs = [
            t
            for t in sentences[:5000]
            if t.article != s.article
            and t.text != s.text
            and not m.group("odds")
            and any(_unit_of(t.text, f.start()) in (None, unit) for f in figure.finditer(t.text))
        ]  # "1 in 50,000" is a rate: its "1" is in every other sentence that gives one
        if theirs:
            t = min(theirs, key=lambda t: (t.article, t.position))
            other = by_sentence.get((t.article, t.position))
            who = f"{other.actor}: " if other is not None and other.key != own.key else ""
            summary = f"{side} vs. {who}“{_clean_side(t.text, 24)}”"
            pair = frozenset((own.key, other.key if other is not None else m.group("num")))
            out.append((2.05, summary, tuple(sorted({s.article, t.article})), pair))
        else:
            out.append((1.9, side, (s.article,), frozenset((own.key, m.group("num")))))
    return out


_THEIR_FIGURE = re.compile(
    r"^(?:the\s+)?[£$€]?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?:m|bn|k|million|billion|%|per\s?cent)?\s+(?:that\s+|which\s+)?"
    r"(?P<who>the\s+[a-z]+|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[a-z]+s)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:promised|claimed|claims?|forecast|predicted|estimated|cited|quoted|offered|put forward|given|says|said|say|"
    r"expects|projected|allege|alleges|alleged)\b"
)


_NOT_SOURCE = ENGLISH.stop_words - {"the"}
# "About 3,000 people marched on Saturday, organisers said": the figure first, its source after it.
_FIGURE_THEN_SOURCE = re.compile(
    r"^(?:(?:about|some|around|nearly|almost|more than|over|up to|at least)\s+)?(?P<num>\d[\d,]*(?:\.\d+)?)\b[^;]*,\s+"
    r"(?P<who>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+(?:said|says|claimed|claim|estimated|reported)$",
    re.IGNORECASE,
)
# Sources a count is commonly put by, though no name is given.
_COUNTERS = frozenset(["police", "organisers", "organizers", "the organisers", "the organizers", "the police"])


def split_figures(sentences: Sequence[Sentence]) -> list[Scored]:
    """One sentence that sets two sources' figures against each other: "police put the crowd at 5,000, while
    organisers said 20,000". Each clause names its source and a figure; the figures differ by a fifth or more."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        text = s.text.rstrip(".")
        parts = _CLAUSE_BREAK.split(text, maxsplit=1)
        compared = _COMPARED.search(text) if len(parts) != 2 else None
        if compared:
            parts = [text[: compared.start()], text[compared.end() :]]
        if len(parts) != 2:
            continue
        sides = [_FIGURE_CLAUSE.match(part.strip()) or _FIGURE_THEN_SOURCE.match(part.strip()) for part in parts]
        if compared:
            sides[1] = _THEIR_FIGURE.match(parts[1].strip())
        if sides[0] is None or sides[1] is None:
            continue
        who = [m.group("who").strip() for m in sides if m]
        if any(w.split()[0].lower() in _NOT_SOURCE for w in who):
            continue  # "Some say 200,000 died; an estimated 1.5 million are homeless": no source, two counts
        values = [float(m.group("num").replace(",", "")) for m in sides if m]
        if who[0].lower() == who[1].lower() or min(values) <= 0 or max(values) < 1.2 * min(values):
            continue
        if not any(w[:1].isupper() or w.lower().startswith("the ") or w.lower() in _COUNTERS for w in who):
            continue
        left, right = (_clean_side(p, 24) for p in parts)
        summary = f"{left[0].upper() + left[1:]} vs. {right}"  # each side names its source
        out.append((2.2, summary, (s.article,), frozenset(w.lower() for w in who)))
    return out


_DERIDE = re.compile(
    rf"(?P<a>{_PARTY})(?:,\s+[^,]{{3,120}},)?,?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    # "resigned after the vote and called it ...": the derision as a second predicate.
    r"(?:[a-z]+ed\s+[^;:,\"“”]{2,60}?\s+and\s+)?"
    # "says the true cost will be “closer to 400 million”, and calls the minister's figure ...": the side's own figure
    # first, kept in the line.
    r"(?P<first>(?:says|said|argues|argued|insists|insisted|estimates|estimated)\s+[^;]{10,200}?,?\s+and\s+)?"
    r"(?P<verb>called|labelled|labeled|described|dismissed|derided|mocked|branded|ridiculed|likened|dubbed|"
    r"scorned|lampooned|calls|labels|describes|dismisses|derides|mocks|brands|ridicules|likens|dubs|scorns)\s+"
    r"(?P<target>(?:the|a|an|its|his|her|their|this|that)\s+[^\"“,;]{2,60}?|that|this|it)\s+(?P<link>as\s+|to\s+)?"
    r"[\"“](?P<quote>[^\"”]{3,160})[\"”]"
    # '... "a gesture dressed up as principle" that would "empty every museum in the country"': the verdict goes on.
    r"(?P<more>\s+(?:that|which|and)\s+(?:would|will|could)\s+[\"“][^\"”]{3,120}[\"”])?"
)


_AGAINST_IT = re.compile(
    r"\b(?:not|no|never|gesture|stunt|disgrace\w*|insult\w*|betrayal|farce|sham|nonsense|mistake|scandal\w*|"
    r"dressed\s+up|excuse|cover|wrong|reckless|absurd|cynical)\b",
    re.IGNORECASE,
)


# A label of praise: "a lifeline", "a welcome boost", "a breakthrough".
_PRAISE = re.compile(
    r"\b(?:lifeline|boost|welcome\w*|excellent|great|good|positive|success\w*|victory|step\s+forward|first\s+step|"
    r"godsend|breakthrough|milestone|triumph|landmark|game[- ]changer|relief|generous|brilliant|fantastic|wonderful)\b",
    re.IGNORECASE,
)


# "A Sound Link spokesman dismissed her calculation as “wishful accounting”": a side named by its role.
_DERIDE_BY_ROLE = re.compile(
    r"^(?P<a>(?:A|An|The)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,2}(?:spokesperson|spokesman|spokeswoman|"
    r"board|council|union|trust|company|government|department|ministry|committee|operator|firm))\s+(?:has\s+|had\s+)?"
    r"(?P<verb>dismissed|derided|mocked|ridiculed|scorned|branded|called|labelled|labeled|described)\s+"
    r"(?P<target>(?:the|a|an|its|his|her|their|this|that)\s+[^\"“,;]{2,60}?)\s+(?P<link>as\s+|to\s+)?"
    r"[\"“](?P<quote>[^\"”]{3,160})[\"”]"
)
_POSSESSIVE = re.compile(r"^(?:his|her|their)\s")
# "rejected her remarks as interference in ...": the same answer without quotation marks, to a claim just made.
_DISMISSED_AS = re.compile(
    rf"(?P<a>{_PARTY})(?:,\s+[^,]{{3,120}},)?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?P<verb>dismissed|rejected|derided|branded|condemned)\s+"
    r"(?P<target>(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<link>as\s+)(?P<plain>[^\"“,;.]{3,80})"
)
# "called the claim “a fabrication”": the thing derided is what another side has just said.
_CLAIM_NOUN = re.compile(
    r"\b(?:claims?|allegations?|accusations?|figures?|estimates?|charges?|suggestions?|assertions?|account|"
    r"remarks|statement|comments)$"
)


# "Ruth Okonjo welcomed the consultation but said the board had “already made up its mind”".
_SCARE = re.compile(
    rf"(?P<a>{_PARTY})(?:,\s+[^,]{{3,120}},)?\s+(?:[a-z]+\s+(?:[a-z]+\s+){{0,3}}but\s+)?"
    r"(?P<verb>said|says|claimed|claims|argued|argues|complained|insisted)\s+(?:that\s+)?"
    rf"(?P<target>the\s+[a-z]+|{_PARTY_NAME})\s+(?P<link>(?:had|has|was|is|were)\s+(?:[a-z]+\s+){{0,3}}?)"
    r"[\"“](?P<quote>[^\"”]{3,80})[\"”]"
)
_FIGURE_NOUNS = frozenset(["figure", "figures", "estimate", "estimates", "count", "number", "sum", "total", "forecast"])
_NEUTRAL_VERBS = frozenset(
    [
        "called",
        "labelled",
        "labeled",
        "described",
        "likened",
        "dubbed",
        "calls",
        "labels",
        "describes",
        "likens",
        "dubs",
    ]
)
# What one side proposes and the other can deride: a plan, a deal, a decision.
_PLAN = re.compile(
    r"\b(?:plans?|planned|proposals?|proposed|bonds?|deals?|offers?|funds?|schemes?|bills?|budgets?|polic(?:y|ies)|"
    r"projects?|inquiry|review|strike|decisions?|moves?|ideas?|agreements?|reforms?|package|tax|levy|cuts?|ban|"
    r"loans?|grants?|bids?|settlements?|compromises?|ceasefires?|truces?)\b",
    re.IGNORECASE,
)


def derisions(sentences: Sequence[Sentence], claims: Sequence[Attribution], similarity) -> list[Scored]:
    """A named actor deriding another's plan in a quotation ("called the bond “borrowing with a nicer name”").

    The other side is what the derided thing's owner says about it (a named actor's claim naming the
    thing), else the sentence that reports the thing itself ("The council plans to issue a green bond").
    """
    out: list[Scored] = []
    speakers = {c.key for c in claims}
    for s in sentences[:5000]:
        by_role = _DERIDE_BY_ROLE.match(s.text)
        derided = by_role or _DERIDE.search(s.text) or _DISMISSED_AS.search(s.text)
        scare = None if derided else _SCARE.search(s.text)
        m = derided or scare
        if m is None:
            continue
        party = (by_role and (m.group("a"), "the " + m.group("a").split()[-1].lower())) or _party(m.group("a"))
        if party is None:
            continue
        name, key = party
        # "Foreign Ministry" is not the "Interior Ministry" quoted elsewhere: a name of two words stays as written.
        display = name if len(name.split()) > 1 else next((c.actor for c in claims if c.key == key), name)
        if scare is not None:
            # "said the board had “already made up its mind”": words put in quotation marks about another
            # party, which must be one the story hears from (a role the sources quote, or a named speaker).
            target = scare.group("target").strip()
            head_word = target.split()[-1].lower()
            if head_word == key or not (f"the {head_word}" in speakers or head_word in speakers):
                continue
        else:
            target = m.group("target").strip()
        answers = bool(_CLAIM_NOUN.search(target)) and target.split()[0] in ("the", "that", "this")
        answers = answers or target in ("that", "this")  # "called that “a threat”": what was just said
        # "called it “a gesture dressed up as principle” that would “empty every museum”": "it" is what was just said
        # when the verdict goes against it; "called it “extraordinary and moving”" only describes.
        answers = answers or (
            target == "it" and bool(m.groupdict().get("more") or _AGAINST_IT.search(m.group("quote")))
        )
        if target == "it" and not answers:
            continue
        if m.group("verb") in _NEUTRAL_VERBS and not _PLAN.search(target) and not answers:
            continue  # "called the situation “one of the worst crises”": a description, not derision
        quote = m.groupdict().get("quote") or ""
        if m.group("verb") in _NEUTRAL_VERBS and _PRAISE.search(quote) and not _AGAINST_IT.search(quote):
            continue  # "calls the grant “a lifeline”": praise, not derision
        head = content_words(target)[-1:] if content_words(target) else [target] if answers else []
        if not head:
            continue
        noun = re.compile(rf"\b{re.escape(head[0])}s?\b", re.IGNORECASE)
        link = m.groupdict().get("link") or ""
        if m.groupdict().get("plain"):  # not quoted in the source: not shown as a quotation either
            attack = f"{display} {m.group('verb')} {target} {link}{m.group('plain').strip()}"
        else:
            first = (m.groupdict().get("first") or "").strip()
            first = nest_quotes(first).replace('"', "") + " " if first else ""
            attack = f"{display} {first}{m.group('verb')} {target} {link}“{m.group('quote').strip(' .,')}”"
            more = m.groupdict().get("more")
            if more:
                attack += " " + nest_quotes(more.strip()).replace('"', "")
        if _POSSESSIVE.match(target) or answers:
            # "dismissed her calculation": hers is the last claim the report quoted before, by someone else.
            prior = [
                c
                for c in claims
                if c.sentence.article == s.article and c.sentence.position < s.position and c.key != key
            ]
            if prior:
                owner = max(prior, key=lambda c: c.sentence.position)
                side = owner.claim
                if head[0] in _FIGURE_NOUNS and not re.search(r"\d", side):
                    # "calls the minister's figure ...": the figure is the one the report gave as hers, just before.
                    last = owner.actor.split()[-1]
                    given = [
                        t.text
                        for t in sentences[:5000]
                        if t.article == s.article
                        and 0 < s.position - t.position <= 4
                        and last in t.text
                        and re.search(r"\d", t.text)
                    ]
                    side = given[-1] if given else side
                summary = f"{attack} vs. {owner.actor}: “{_clean_side(side, 30 if side != owner.claim else 24)}”"
                out.append((2.3, summary, (s.article,), frozenset((key, owner.key))))
                continue
        others = [c for c in claims if c.key != key and noun.search(c.claim) and c.sentence.text != s.text]
        if others:
            sims = similarity([s.text], [c.claim for c in others])[0]
            i = max(range(len(others)), key=lambda k: (sims[k], -others[k].sentence.article))
            other = others[i]
            summary = f"{attack} vs. {other.actor}: “{_clean_side(other.claim, 24)}”"
            cites = tuple(sorted({s.article, other.sentence.article}))
            out.append((2.3 + float(sims[i]), summary, cites, frozenset((key, other.key))))
            continue
        plain = [
            t
            for t in sentences[:5000]
            if t.text != s.text and noun.search(t.text) and key not in t.text.lower() and not t.text.endswith("?")
        ]  # a question ("What about a loan?") is nobody's side
        if plain:
            first = min(plain, key=lambda t: (t.article, t.position))
            summary = f"{attack} vs. “{_clean_side(first.text, 24)}”"
            out.append((2.1, summary, tuple(sorted({s.article, first.article})), frozenset((key, head[0]))))
        else:
            out.append((1.2, attack, (s.article,), frozenset((key, head[0]))))
    return out


# A side named by its role: "A county spokesperson rejected the claim", "The board disputed ...".
_ROLE_PARTY = (
    r"(?:A|An|The)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:spokesperson|spokesman|spokeswoman|board|council|union|trust|"
    r"company|government|department|ministry|committee|operator|firm|agency|regulator|watchdog|authority|"
    r"prosecution|defence|defense)"
)
# "But the state's forensic expert, Dmitri Kalnins, disputed that": a role before the name, set off by commas.
_ROLE_BEFORE = (
    # "Alvera Hydro chief executive Henrik Dahl said ...": the body and the role before the name.
    r"(?:(?:[A-Z][\w&'’-]*\s+){1,3}(?:[a-z][\w-]*\s+){1,3}(?=[A-Z][a-z]+\s+[A-Z]))?"
    r"(?:(?:But|And|Yet|However),?\s+)?(?:(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}|[A-Z][\w'’-]*['’]s\s+"
    r"(?:[\w'’-]+\s+){0,2})[\w'’-]+,\s+)?"
)
_REBUTTAL = re.compile(
    rf"{_ROLE_BEFORE}(?P<a>{_ROLE_PARTY}|{_PARTY})(?:,\s+[^,]{{3,80}},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{{2,40}}?)?"
    r",?\s+(?:has\s+|had\s+)?"
    r"(?:flatly\s+|strongly\s+|firmly\s+)?"
    r"(?:(?:rejected|dismissed|denied|disputed|contested|rebutted)\s+(?:(?:the|that|this|these|those)\s+"
    r"(?:[\w'’-]+['’]s\s+)?(?:claims?|accusations?|figures?|suggestions?|charges?|allegations?|criticism|argument|"
    r"assertion|estimate)\b|(?:that|this|it)(?=[,.]|\s+as\b))"
    r"|(?:hit|fired|shot)\s+back\b|retorted\b|countered\b"
    # "The agency said the criticism was unfair": a verdict of falsehood on what another side has just said;
    # "Sorokina said the admission proved the prosecution's case": another's words taken as proof against them.
    r"|(?:said|says|argued|argues)\s+(?:that\s+)?(?:the|that|this|his|her|their)\s+(?:(?:admission|concession)\s+"
    r"(?:proved|proves|showed|shows|confirmed|confirms)\b|(?:remarks|statement|testimony|account|claim)\s+"
    r"(?:proved|proves|showed|shows|confirmed|confirms)\s+(?:(?:the|his|her|their|its)\s+)?(?:own\s+)?"
    r"(?:guilt|lies|lying|deception|dishonesty|[\w'’-]+['’]s\s+case)\b)"
    r"|(?:said|says|insisted|insists|argued|argues)\s+(?:that\s+)?(?:the|that|this|such|these|those)\s+"
    r"(?:claims?|criticisms?|accusations?|allegations?|figures?|suggestions?|charges?|reports?|remarks|comments|"
    # "said the claim that the company held water back for profit was "simply untrue"": the claim's own words too.
    r"complaints?|stories|story|articles?)(?:\s+that\s+[^,;\"“]{3,100}?)?\s+"
    r"(?:was|were|is|are)\s+[\"“‘]?(?:(?!not\b|never\b)\w+\s+)?(?:unfair|untrue|false|wrong|baseless|unfounded|misleading|inaccurate|"
    r"exaggerated|nonsense|groundless|absurd|ridiculous|incorrect|unjustified|mistaken|attempt|ploy|smear|stunt|"
    r"distraction|politically motivated)\b"
    # "said the firm stood by every figure": to stand by what one said presupposes someone has just challenged it.
    r"|(?:said|says|insisted|insists)\s+(?:that\s+)?(?:it|he|she|they|the\s+[a-z]+)\s+"
    r"(?:stood|stands|would stand)\s+by\s+(?:every|all|its|his|her|their|the)\b)"
)


def _role_party(raw: str) -> tuple[str, str] | None:
    """ "A county spokesperson" as a party: display as written, keyed like its role claims ("the spokesperson")."""
    if not re.fullmatch(_ROLE_PARTY, raw):
        return None
    return raw, "the " + raw.split()[-1].lower()


def _speaks_for(person: str, body: str, text: str) -> bool:
    """ "Vestra Kemi's managing director Arne Tollefsen": the sentence names the person as the body's."""
    b = re.escape(re.sub(r"^(?:The|the)\s+", "", body).split(",")[-1].strip())
    # "... its director Anil Shah told the Gazette", said right after the body's rejection, is the body's too.
    owner = rf"(?:{b}['’]s|\b(?:its|their))" if b else r"\b(?:its|their)"
    return bool(re.search(rf"{owner}\s+(?:[\w-]+\s+){{0,3}}{re.escape(person)}", text))


def rebuttals(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """ "Reid rejected the claim": the claim is the one another actor made just before in the same report."""
    out: list[Scored] = []
    by_place = {(t.article, t.position): t for t in sentences[:5000]}
    for s in sentences[:5000]:
        m = _REBUTTAL.match(s.text)
        if m is None:
            continue
        written = m.group("a")
        party = _role_party(written) or _party(written)
        if party is None:
            continue
        _name, key = party
        if not s.text.startswith(written):
            written = s.text[: m.end("a")]  # "But the state's forensic expert, Dmitri Kalnins" is how it opens
        before = [
            c for c in claims if c.sentence.article == s.article and c.sentence.position < s.position and c.key != key
        ]
        if not before:
            continue
        other = max(before, key=lambda c: c.sentence.position)
        # "the allegation", "the accusation": the claim it names is the one made as such (alleged, in a sworn
        # statement), not a reply to it in between.
        noun = re.search(r"\b(?:the|that|this)\s+(allegation|accusation|charge|testimony)s?\b", s.text[m.end("a") :])
        if noun:
            act = re.compile(r"\balleg|\baccus|\bcharg|\bstatement\b|\btestif|\btestimony\b|\baffidavit\b")
            made = [c for c in before if act.search(c.sentence.text)]
            other = max(made, key=lambda c: c.sentence.position) if made else other
        # The claims missed the speaker of the sentence just before, and the rebuttal names no claim of its own.
        missed = not any(c.sentence.article == s.article and c.sentence.position == s.position - 1 for c in claims)
        answered = _answered_just_before(by_place, s, key, other) if missed and noun is None else None
        said = _clean_side(s.text, 32)
        full = next((c.actor for c in claims if c.key == key and len(c.actor) > len(written)), None)
        if full and said.startswith(written):  # "Sorensen rejected that" -> "Elin Sorensen rejected that"
            said = full + said[len(written) :]
        # "Vestra Kemi rejected the accusation. "Our solvent met every specification," its managing director Arne
        # Tollefsen told Nordpress.": the rejecting side's own grounds, said next, belong to its side.
        name = full or written
        grounds = [
            c
            for c in claims
            if c.sentence.article == s.article
            and 0 < c.sentence.position - s.position <= 2
            and c.key != other.key
            and (c.key == key or _speaks_for(c.actor, name, c.sentence.text))
        ]
        if grounds and not _REBUTTAL.match(grounds[0].sentence.text):
            g = min(grounds, key=lambda c: c.sentence.position)
            said = f"{said}; {g.actor}: “{_clean_side(g.claim, 24)}”"
        if answered is not None:
            # The answer is to the sentence just before, whose speaker the claims missed: that speaker is the side.
            who, what = answered
            summary = f"{said} vs. {who}: “{_clean_side(what)}”"
            out.append((2.4, summary, (s.article,), frozenset((key, actor_key(who)))))
            continue
        summary = f"{said} vs. {other.actor}: “{_clean_side(other.claim)}”"
        out.append((2.4, summary, (s.article,), frozenset((key, other.key))))
    return out


_REPORTED_SAYING = re.compile(
    r"\b(?:said|says|told|tells|claimed|claims|insisted|insists|announced|announces|promised|promises|argued|argues|"
    r"declared|declares|maintained|maintains)\b"
)


# A journalist reporting the row ("BBC political editor Chris Mason told viewers ...") is no side a rebuttal answers.
_REPORTER = re.compile(
    r"\b(?:editor|correspondent|reporter|journalist|presenter|columnist|commentator|broadcaster)\b", re.IGNORECASE
)


def _answered_just_before(
    by_place: dict[tuple[int, int], Sentence], s: Sentence, key: str, other: Attribution
) -> tuple[str, str] | None:
    """The speaker a rebuttal answers when the sentence just before it reports another person saying something
    ("Transport minister Gareth Lyle told MPs the government "has no plans" ... Moyle hit back: ...") and the nearest
    claim the attributions found lies further back: (that person, that sentence)."""
    if other.sentence.position >= s.position - 1:
        return None
    # "Patel hit back at Moss": a rebuttal that names the earlier claimant answers that claimant.
    surnames = [w for w in re.findall(r"[A-Z][\w'’-]+", other.actor) if len(w) > 2 and w not in ("The", "Its", "Their")]
    if any(re.search(rf"\b{re.escape(w)}\b", s.text) for w in surnames):
        return None
    prior = by_place.get((s.article, s.position - 1))
    if prior is None or not _REPORTED_SAYING.search(prior.text) or _REPORTER.search(prior.text[:80]):
        return None
    subject = named_subject(by_place, s)
    if subject is None or subject[1] != prior.position:
        return None
    who = clean_name(subject[0])
    if not who or len(who.split()) < 2 or actor_key(who) in (key, other.key):
        return None
    return who, prior.text


# "She insisted that islanders needed five crossings, while Marsh insisted that four was the most ...": two
# speakers set against each other in one sentence by "while" / "whereas".
# A side named by the group it forms around someone: "its critics", "Okafor's allies", "Whitcombe's supporters".
_CAMP = (
    r"(?:(?:its|his|her|their|the\s+(?:company|government|council|board)['’]s|[A-Z][\w'’-]*['’]s?)\s+)?"
    r"(?:critics|opponents|sceptics|skeptics|detractors|supporters|allies|rivals|backers)"
)
_SPEAKER_CLAUSE = re.compile(
    rf"^(?:and\s+|but\s+)?(?P<who>{_CAMP}|{_ROLE_PARTY}|{_PARTY_NAME})\s+(?:also\s+|still\s+)?"
    r"(?P<verb>said|says|say|insisted|insists|insist|argued|argues|argue|maintained|maintains|maintain|claimed|claims|"
    r"claim|warned|warns|countered|counters|counter|contends|contend|contended|believes|replied|retorted)\s+"
    r"(?:that\s+)?(?P<claim>[^;]{8,})$"
)
# Of two claims a semicolon joins, one is set against the other when its verb holds a position against doubt
# ("X maintains ...; its critics say ...") or answers ("...; Y's supporters counter that ..."), or when the second
# side is the first's critics: a plain "A said ...; B said ..." may be two facts, not a dispute.
_HOLDS = re.compile(r"^(?:insist|maintain|argue|contend|claim)")
_ANSWERS = re.compile(r"^(?:counter|retort|repl)")
_CRITICS = re.compile(r"\b(?:critics|opponents|sceptics|skeptics|detractors)\b")
_PRONOUN_SPEAKERS = ("He", "She", "They", "he", "she", "they")


_NEGATED = re.compile(r"\b(?:not|never|no|nobody|none|nothing|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def contrasts(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """Two speakers' claims one sentence sets against each other ("A insisted X, while B warned Y"), or joins with
    a semicolon, one side denying what the other asserts ("A said bills could rise; B said there was no evidence")."""
    out: list[Scored] = []
    by_text: dict[str, list[Attribution]] = defaultdict(list)
    for c in claims:
        if ";" in c.sentence.text:
            by_text[c.sentence.text].append(c)
    for said in by_text.values():
        if len(said) != 2 or said[0].key == said[1].key:
            continue
        one, two = said
        if bool(_NEGATED.search(one.claim)) == bool(_NEGATED.search(two.claim)):
            continue
        summary = f"{one.actor}: “{_clean_side(one.claim, 24)}” vs. {two.actor}: “{_clean_side(two.claim, 24)}”"
        out.append((2.4, summary, (one.sentence.article,), frozenset((one.key, two.key))))
    for s in sentences[:5000]:
        parts = re.split(r",?\s+(?:while|whereas)\s+", s.text.rstrip("."), maxsplit=1)
        joined = len(parts) != 2
        if joined:
            parts = re.split(r";\s+", s.text.rstrip("."), maxsplit=1)
        if len(parts) != 2 or len(s.text.split()) < 8:
            continue
        sides: list[tuple[str, str, str]] = []
        verbs: list[str] = []
        for part in parts:
            m = _SPEAKER_CLAUSE.match(part.strip())
            if m is None:
                break
            who = m.group("who")
            verbs.append(m.group("verb").lower())
            if re.fullmatch(_CAMP, who):
                sides.append((_cap(who), who.lower(), m.group("claim")))
                continue
            if who in _PRONOUN_SPEAKERS:
                # "She insisted ...": the last actor the report quoted before this sentence.
                prior = [c for c in claims if c.sentence.article == s.article and c.sentence.position < s.position]
                if not prior:
                    break
                last = max(prior, key=lambda c: c.sentence.position)
                name, key = last.actor, last.key
            else:
                party = _role_party(who) or _party(who)
                if party is None:
                    break
                key = party[1]
                name = max((c.actor for c in claims if c.key == key), key=len, default=party[0])
            sides.append((name, key, m.group("claim")))
        if len(sides) != 2 or sides[0][1] == sides[1][1]:
            continue
        if joined and not (_HOLDS.match(verbs[0]) or _ANSWERS.match(verbs[1]) or _CRITICS.search(sides[1][1])):
            continue
        (a, a_key, a_claim), (b, b_key, b_claim) = sides
        summary = f"{a}: “{_clean_side(_cap(a_claim), 24)}” vs. {b}: “{_clean_side(_cap(b_claim), 24)}”"
        out.append((2.4, summary, (s.article,), frozenset((a_key, b_key))))
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# "55 percent of residents opposed" vs. "60 percent of residents in favour": both cannot hold.
_POLL = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)\s+of\s+(?P<group>[a-z]+)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<side>opposed|against|in favou?r|supported|support|backed|backing)\b"
)
_AGAINST = ("opposed", "against")


def poll_tensions(sentences: Sequence[Sentence]) -> list[Scored]:
    """Two polls of one group whose majorities point opposite ways: the shares for and against sum past 100."""
    polls = []
    for s in sentences[:5000]:
        for m in _POLL.finditer(s.text):
            polls.append((m.group("group"), m.group("side") in _AGAINST, float(m.group("num")), s))
    out: list[Scored] = []
    for i, (group, against, share, s) in enumerate(polls):
        for group2, against2, share2, t in polls[i + 1 :]:
            if group2 != group or against2 == against or share + share2 <= 100 or s.text == t.text:
                continue
            if not (_side_by_side(s, t) or (s.article != t.article and _days_apart(s, t) <= 3)):
                continue
            summary = f"{_clean_side(s.text, 24)} vs. {_clean_side(t.text, 24)}"
            out.append((2.3, summary, tuple(sorted({s.article, t.article})), frozenset((f"poll:{s.text}", t.text))))
    return out


# "Tom Bexley said the village would not be “bought off”" just after "Northwind Energy has offered Aldby a fund":
# a refusal in quoted words answers the offer the report has just described.
_REFUSAL = re.compile(
    rf"^(?P<a>{_PARTY_NAME})(?:,\s+[^,]{{3,80}},)?\s+(?:said|says|insisted|insists|warned|warns|vowed|declared)\s+"
    r"(?:that\s+)?[^\"“;]{2,60}?\s+(?:would|will|could|can)\s*(?:not|never|n't)\s+(?:be\s+)?[\"“](?P<quote>[^\"”]{3,60})[\"”]"
)
_OFFER = re.compile(
    rf"(?P<b>{_PARTY_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:offered|proposed|promised|pledged)\s"
)


def refusals(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named actor refusing, in quoted words, what another party has just offered in the same report."""
    out: list[Scored] = []
    for i, s in enumerate(sentences[:5000]):
        m = _REFUSAL.match(s.text)
        if m is None:
            continue
        party = _party(m.group("a"))
        if party is None:
            continue
        before = [t for t in sentences[max(0, i - 3) : i] if t.article == s.article and s.position - t.position <= 2]
        for t in reversed(before):
            offer = _OFFER.search(t.text)
            other = _party(offer.group("b")) if offer else None
            if other is None or other[1] == party[1]:
                continue
            name = max((c.actor for c in claims if c.key == party[1]), key=len, default=party[0])
            said = _clean_side(s.text, 32)
            if said.startswith(m.group("a")):
                said = name + said[len(m.group("a")) :]
            summary = f"{said} vs. “{_clean_side(t.text, 24)}”"
            out.append((2.2, summary, (s.article,), frozenset((party[1], other[1]))))
            break
    return out


# "Ilves stood by the estimate": a named actor backs one side of a dispute the same report sets out.
_BACKER = re.compile(
    r"^(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:stood|stands|stuck|sticks)\s+by\s+(?:the|its|his|her|their)\s+"
    r"(?:estimate|figures?|claim|number|forecast|calculation|projection)s?\b"
)


def with_backers(summary: str, cites: tuple[int, ...], sentences: Sequence[Sentence]) -> str:
    """A side's figure with the named actor who stood by it in the same report, when the summary lacks them."""
    figures = set(re.findall(r"\d[\d,.]*\d|\d", summary))
    for i, s in enumerate(sentences[:5000]):
        if s.article not in cites:
            continue
        m = _BACKER.match(s.text)
        if m is None or m.group("who").split()[-1] in summary:
            continue
        near = [t for t in sentences[max(0, i - 3) : i] if t.article == s.article]
        if any(set(re.findall(r"\d[\d,.]*\d|\d", t.text)) & figures for t in near):
            return f"{summary} ({s.text.rstrip('.')})"
    return summary


# "Karim Zeroual denied that any live ammunition had been used", "He rejected claims that ..., saying ...": a
# denial answers what another side said just before in the same report, on the same matter; one that names the
# claim it denies ("rejected claims that X") holds both sides on its own.
_DENIAL = re.compile(
    rf"^(?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+){{1,2}}(?=[A-Z][a-z]+\s+[A-Z]))?"  # "Operations director Mara Voigt"
    rf"(?P<a>{_ROLE_PARTY}|{_PARTY}|He|She|They)(?:,\s+(?P<app>[^,]{{3,80}}),)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:flatly\s+|strongly\s+|firmly\s+|also\s+)?(?P<verb>denied|denies|rejected|rejects|disputed|disputes|contested)\s+"
    # "rejected claims, first reported by The Sunday Lantern, that ...": who made the claim, set off by commas.
    r"(?P<named>(?:the\s+)?(?:claims?|allegations?|accusations?|suggestions?|reports?|charges?)"
    r"(?:,\s+(?:first\s+|originally\s+)?(?:made|reported|published|raised)\s+(?:by|in)\s+(?P<by>[^,]{3,60}),)?\s+)?that\s+"
    r"(?P<claim>[^;]{8,})$"
)
# "It says Ms Whitlock was dismissed for ...": a body's next sentence, its own grounds for what it denies.
_BODY_GOES_ON = re.compile(
    r"^(?:It|They)\s+(?:says|said|maintains|maintained|adds|added|insists|insisted)\s+(?:that\s+)?"
)


def _speaker(written: str, app: str, s: Sentence, claims: Sequence[Attribution]) -> tuple[str, str] | None:
    """Display name and key of the side a sentence opens with: a name, a role, or "he"/"she" for the last speaker."""
    if written in _PRONOUN_SPEAKERS:
        prior = [c for c in claims if c.sentence.article == s.article and c.sentence.position < s.position]
        if not prior:
            return None
        last = max(prior, key=lambda c: c.sentence.position)
        return last.actor, last.key
    party = (_party(app) if app and _NAME_ONLY.fullmatch(app) else None) or _role_party(written) or _party(written)
    if party is None:
        return None
    return max((c.actor for c in claims if c.key == party[1]), key=len, default=party[0]), party[1]


def denials(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A side denying what another said a sentence or two before in the same report ("X accused the police of
    firing live rounds." "Y denied that any live ammunition had been used."), or a named claim it rejects."""
    out: list[Scored] = []
    by_place = {(t.article, t.position): t for t in sentences[:5000]}
    for i, s in enumerate(sentences[:5000]):
        m = _DENIAL.match(s.text)
        if m is None:
            continue
        side = _speaker(m.group("a"), (m.group("app") or "").strip(), s, claims)
        if side is None:
            continue
        name, key = side
        said = _clean_side(s.text, 32)
        opener = s.text[: m.end("app") + 1] if m.group("app") else m.group("a")
        if said.startswith(opener) and opener != name:
            said = name + said[len(opener) :]  # "He rejected ..." -> "Adel Fekkak rejected ..."
        # The denying side's grounds, said next: its own words, or a body's "It says ...".
        nxt = by_place.get((s.article, s.position + 1))
        own = [c for c in claims if nxt is not None and c.sentence.text == nxt.text and c.key == key]
        if own:
            said = f"{said}; {own[0].actor}: “{_clean_side(own[0].claim, 24)}”"
        elif nxt is not None and _BODY_GOES_ON.match(nxt.text) and not _person_like(name):
            said = f"{said}; {_clean_side(nxt.text, 24)}"
        denied = set(content_words(re.split(r",\s+(?:saying|adding|arguing)\b", m.group("claim"))[0]))
        denied -= set(content_words(name))
        before = [
            t for t in sentences[max(0, i - 3) : i] if t.article == s.article and 0 < s.position - t.position <= 2
        ]
        other = None
        for t in reversed(before):
            by = [c for c in claims if c.sentence.text == t.text]
            # The sentence just before may share one word with the denial; one further back must share two.
            need = 1 if s.position - t.position == 1 else 2
            if any(c.key == key for c in by) or len(denied & set(content_words(t.text))) < need:
                continue
            other = (
                (f"{by[0].actor}: “{_clean_side(by[0].claim, 24)}”", by[0].key)
                if by
                else (_clean_side(t.text, 24), t.text)
            )
            break
        if other is not None:  # both sides in one report: it is the one cited
            out.append((2.4, f"{said} vs. {other[0]}", (s.article,), frozenset((key, other[1]))))
        elif m.group("named"):
            source = _party(m.group("by")) if m.group("by") else None
            other_key = source[1] if source else f"claim:{m.group('claim')[:40]}"
            out.append((1.8 + 0.4 * bool(source), said, (s.article,), frozenset((key, other_key))))
    return out


# "..., a claim the movement rejected", "..., a figure the Interior Ministry called “pure invention”": one side's
# statement, and the other's answer in an apposition that closes the sentence.
_ANSWERED = re.compile(
    r"^(?P<main>.{20,}?),(?P<q>[\"”]?)\s+(?:(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|figure|"
    r"estimate|number|account|version|count|sum|amount|(?P<act>offer|proposal|plan|deal|payment|move|decision))\s+(?:that\s+|which\s+)?|which\s+(?=\S+\s+\S*\s*(?:denies|rejects|"
    r"disputes|denied|rejected|disputed)\b))(?P<b>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"[A-Za-z][\w'’-]*)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|flatly\s+|strongly\s+)?"
    r"(?P<verb>rejected|denied|disputed|dismissed|contested|called|described as|branded|labell?ed|denies|rejects|"
    r"disputes|dismisses|contests)(?P<rest>[^;]*)$"
)


def answered_in_apposition(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A statement and, closing the same sentence, another side's rejection of it ("a claim the movement rejected")."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _ANSWERED.match(s.text.rstrip("."))
        if m is None or (
            m.group("act") and m.group("verb") in ("called", "described as", "branded", "labeled", "labelled")
        ):
            continue
        b = m.group("b")
        if b.lower() in ("he", "she", "they", "it", "we"):
            continue  # "..., which he denies": the sentence's own subject denying the charge, no second side named
        b = b[0].upper() + b[1:]
        main = _clean_side(m.group("main") + m.group("q"), 32)
        rest = m.group("rest").strip().rstrip(".")
        answer = f"{b} {m.group('verb')} it {rest}".strip() if rest else f"{b} {m.group('verb')} it"
        answer = nest_quotes(answer)
        key = actor_key(b)
        owner = next((c.key for c in claims if c.sentence.text == s.text), main)
        out.append((2.3, f"{main} vs. {answer}", (s.article,), frozenset((owner, f"the {key}"))))
    return out


# "Leila Benali dismissed the army chief's pledge not to turn on protesters": the pledge is the claim of the actor
# the sources name by that role ("Sahiria's army chief, Gen. Rachid Ouali, said ..."), in whichever report.
_ROLE_CLAIM = re.compile(
    rf"^(?P<a>{_PARTY_NAME})\s+(?:has\s+|had\s+)?(?P<verb>dismissed|rejected|disputed|contested|derided|mocked|"
    r"ridiculed|questioned)\s+the\s+(?P<role>(?:[a-z]+\s+){0,2}[a-z]+)['’]s\s+(?:pledge|promise|claim|assurance|"
    r"figure|estimate|statement|account|offer|remarks|comments|warning|vow)\b"
)


def role_rebuttals(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named actor dismissing what "the army chief" said, answered by the claim of the actor with that role."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _ROLE_CLAIM.match(s.text)
        if m is None:
            continue
        party = _party(m.group("a"))
        if party is None:
            continue
        named = re.compile(
            rf"\b{re.escape(m.group('role'))},?\s+(?:[A-Z][a-z]{{1,3}}\.\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){{1,2}})"
        )
        holder = next((actor_key(x.group("name")) for t in sentences[:5000] for x in [named.search(t.text)] if x), None)
        own = [c for c in claims if c.key == holder and c.key != party[1]]
        if not own:
            continue
        other = min(own, key=lambda c: (c.sentence.article, c.sentence.position))
        name = max((c.actor for c in claims if c.key == party[1]), key=len, default=party[0])
        said = _clean_side(s.text, 32)
        if said.startswith(m.group("a")):
            said = name + said[len(m.group("a")) :]
        summary = f"{said} vs. {other.actor}: “{_clean_side(other.claim, 24)}”"
        out.append((2.4, summary, tuple(sorted({s.article, other.sentence.article})), frozenset((party[1], other.key))))
    return out


# "Zhukov argued that Lisitsyn was lying to save himself": one side says another is lying or wrong.
_CALLS_FALSE = re.compile(
    rf"^(?:(?:But|And|Yet),?\s+)?(?P<a>{_PARTY})(?:,\s+[^,]{{3,80}},)?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:said|says|argued|argues|claimed|claims|insisted|insists|suggested|alleged|alleges|told\s+[^,]{2,40}?)\s+"
    rf"(?:that\s+)?(?P<b>{_PARTY_NAME})\s+(?:was|is|had been|has been|were|are)\s+(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:lying|wrong|mistaken|misleading|exaggerating|inventing)\b|"
    rf"^(?P<a2>{_PARTY})\s+(?:said|says|argued|argues|claimed|claims)\s+(?:that\s+)?(?P<b2>{_PARTY_NAME})\s+"
    r"(?:had\s+)?lied\b"
)


def falsehoods(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A side saying another named actor is lying or wrong, against that actor's own latest claim."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _CALLS_FALSE.match(s.text)
        if m is None:
            continue
        a, b = _party(m.group("a") or m.group("a2")), _party(m.group("b") or m.group("b2"))
        if a is None or b is None or a[1] == b[1]:
            continue
        own = [c for c in claims if c.key == b[1] and c.sentence.text != s.text]
        if not own:
            continue
        # Their words in the same report first, the latest before this sentence; else their first words anywhere.
        here = [c for c in own if c.sentence.article == s.article and c.sentence.position < s.position]
        other = (
            max(here, key=lambda c: c.sentence.position)
            if here
            else min(own, key=lambda c: (c.sentence.article, c.sentence.position))
        )
        name = max((c.actor for c in claims if c.key == a[1]), key=len, default=a[0])
        said = _clean_side(s.text, 32)
        written = m.group("a") or m.group("a2")
        if said.startswith(written) and written != name:
            said = name + said[len(written) :]
        summary = f"{said} vs. {other.actor}: “{_clean_side(other.claim, 24)}”"
        out.append((2.4, summary, tuple(sorted({s.article, other.sentence.article})), frozenset((a[1], b[1]))))
    return out


# "... at least 40 people had fallen ill, far more than the agency's count": the count it is set against is the
# figure an earlier sentence of the report gives for the count. The comparison is found first, then a figure in the
# 300 characters before it (from every digit, a scan to the next comma cost the square of a long table's length).
_ABOVE_COUNT = re.compile(
    r",\s+(?:far\s+|much\s+|well\s+|many\s+times\s+|several\s+times\s+)?(?:more|fewer|higher|lower|"
    r"less|greater|smaller)\s+than\s+(?:the\s+)?(?P<who>[\w'’ -]{2,40}?)['’]s?\s+(?:own\s+|official\s+)?"
    r"(?P<noun>count|figure|estimate|tally|total|toll|number)\b"
)
_COUNT_NOUN = re.compile(r"\b(?:count|cases|toll|tally|total|figure|estimate)\b")
# "far higher than last year's figure": a time, not another side's count.
_NOT_A_SIDE = re.compile(
    r"^(?:last|previous|this|next|same|that|a)\b|\b(?:year|season|month|week|day|quarter|decade|summer|winter|"
    r"spring|autumn|period|time)s?$",
    re.IGNORECASE,
)


def _above_count(text: str) -> re.Match[str] | None:
    for m in _ABOVE_COUNT.finditer(text):
        before = text[max(0, m.start() - 300) : m.start()]
        if re.search(r"\d", before[before.rfind(";") + 1 :]) and not _NOT_A_SIDE.search(m.group("who").strip()):
            return m
    return None


def counts_against(sentences: Sequence[Sentence]) -> list[Scored]:
    """A figure a report says is far above or below another side's count, against the sentence giving that count."""
    out: list[Scored] = []
    for i, s in enumerate(sentences[:5000]):
        m = _above_count(s.text)
        if m is None:
            continue
        before = [
            t
            for t in sentences[max(0, i - 4) : i]
            if t.article == s.article and _COUNT_NOUN.search(t.text) and re.search(r"\d", t.text)
        ]
        if not before:
            continue
        other = before[-1]
        # The clause that gives the count: "..., though a fourth patient has died and the count ... raised to 26".
        parts = re.split(r",\s+(?:though|although|but|while|and|as)\s+|\s+and\s+(?=the\s)", other.text.rstrip("."))
        clause = next((x for x in reversed(parts) if _COUNT_NOUN.search(x) and re.search(r"\d", x)), other.text)
        summary = f"{_clean_side(s.text, 32)} vs. {_cap(_clean_side(clause, 32))}"
        out.append((2.2, summary, (s.article,), frozenset((m.group("who").lower(), f"count:{other.text[:30]}"))))
    return out


# Which way a quantity goes: "could push up bills by 9 per cent" against "bills would fall, not rise".
_UP = (
    r"(?:rise|rises|rising|rose|increase|increases|increasing|go up|goes up|push up|pushes up|pushed up|soar|soars|"
    r"higher|double|doubles)"
)
_DOWN = (
    r"(?:fall|falls|falling|fell|decrease|decreases|drop|drops|dropped|go down|goes down|come down|comes down|lower|"
    r"cut|cuts|halve|halves)"
)
_DIRECTION = re.compile(rf"(?P<neg>\bnot\s+|\bno\s+|n[’']t\s+)?\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.IGNORECASE)


def _directions(claim: str) -> dict[str, int]:
    """Each content word near a verb of rising or falling, with the direction said (+1 up, -1 down, 0 both)."""
    words = [w.lower().strip(".,;:!?\"“”'’") for w in claim.split()]
    out: dict[str, int] = {}
    for m in _DIRECTION.finditer(claim):
        adjective = m.group().lower() in ("higher", "lower") and _ADJECTIVE.match(claim, m.end())
        if adjective and not _MODAL_BEFORE.search(claim, max(0, m.start() - 12), m.start()):
            continue  # "families on lower incomes": which families, not a quantity going down
        sign = 1 if m.group("up") else -1
        sign = -sign if m.group("neg") else sign
        at = len(claim[: m.start()].split())
        for w in words[max(0, at - 4) : at + 4]:
            if len(w) > 3 and w not in _STOP_DIRECTION and not _DIRECTION.fullmatch(w):
                out[w] = sign if out.get(w, sign) == sign else 0
    return out


# "higher"/"lower" before a noun qualify it; after a modal or "to" "lower" is the verb ("would lower bills").
_ADJECTIVE = re.compile(
    r"\s+(?!(?:than|by|in|on|for|and|or|at|to|from|this|next|still|again|over|after|before|until|if|as)\b)[a-z]"
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to)\s+$", re.IGNORECASE)
_STOP_DIRECTION = ENGLISH.stop_words | {"would", "could", "said", "says", "much", "about"}


def directions(claims: Sequence[Attribution]) -> list[Scored]:
    """Two sides of one report saying the same quantity will go opposite ways ("bills could rise by 9 per cent" /
    "bills would fall, not rise")."""
    out: list[Scored] = []
    dirs = [(c, _directions(c.claim)) for c in claims[:400]]
    dirs = [(c, d) for c, d in dirs if d]
    for i, (a, da) in enumerate(dirs):
        for b, db in dirs[i + 1 :]:
            if a.key == b.key or not _side_by_side(a.sentence, b.sentence):
                continue
            if any(da[w] * db[w] < 0 for w in set(da) & set(db)):
                pair = frozenset((a.key, b.key))
                out.append((2.3, f"{_said(a, 34)} vs. {_said(b, 34)}", (a.sentence.article,), pair))
    return out


# A charge the reports state ("went on trial accused of taking 4.2 million euros in bribes", "Prosecutors allege that
# the mayor received the money") and a named side's flat denial of it ("never received a single euro", "at no time made
# improper payments", "the payments had been ordinary consultancy fees"): the accused side answering the charge.
_CHARGE = re.compile(
    r"\b(?:accused\s+(?:[\w'’-]+\s+){0,4}?of|charged\s+with|suspected\s+of|alleged\s+to\s+have)\s+(?P<charge>[^.;]{8,200})"
    r"|\b(?:allege|alleges|alleged|contend|contends)\s+that\s+(?P<alleged>[^;]{8,200})"
)
_FLAT_DENIAL = re.compile(
    # "can never happen again" is a wish and "should never be used" a rule, no denial.
    # "should never have been charged" is the defence's denial all the same.
    r"\b(?:(?<!should\s)(?<!must\s)(?<!ought\s)never(?!\s+(?:\w+\s+){0,2}?again\b)|"
    r"(?:(?<=should\s)|(?<=must\s))never(?=\s+have\s+been\b)|at\s+no\s+time|"
    r"not\s+(?:a\s+single|one\s+(?:penny|cent)|a\s+penny|a\s+cent)|no\s+wrongdoing|"
    r"nothing\s+wrong)\b"
    r"|\b(?:were|was|had\s+been|have\s+been)\s+(?:[\"“‘']?\w+\s+){0,2}?[\"“‘']?(?:lawful|legitimate|legal|ordinary|proper|above\s+board)\b",
    re.IGNORECASE,
)
# Words of money are one matter: a charge of taking bribes and a denial about fees or a single euro speak of it.
_MONEY = re.compile(
    r"^(?:money|payments?|paid|pay|pays|cash|fees?|bribes?|euros?|dollars?|pounds?|cents?|penny|pence|sums?|kickbacks?)$"
)


def _matter(text: str) -> set[str]:
    """Content words (names aside) as five-letter roots, plural cut, every word of money one root."""
    out = set()
    for w in re.findall(r"\b[a-z][a-z'’-]+\b", text):
        if w in _STOP_MATTER or len(w) < 4:
            continue
        out.add("<money>" if _MONEY.match(w) else (w[:-1] if w.endswith("s") and not w.endswith("ss") else w)[:5])
    return out


_STOP_MATTER = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "would",
        "could",
        "said",
        "says",
        "their",
        "which",
        "into",
        "over",
        "after",
        "before",
        "about",
        "there",
        "they",
        "them",
        "than",
        "when",
        "will",
        "what",
        "also",
        "only",
        # Adverbs of manner say nothing of the matter ("said simply", "simply never told").
        "simply",
        "just",
        "merely",
        "really",
        "still",
        "even",
    ]
)


_SPEAKER_TAIL = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|told|tells|added|replied|answered)\b")


def charges_denied(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """The charge, against each named side's flat denial of it that speaks of the same matter."""
    charges = []
    for s in sentences[:5000]:
        m = _CHARGE.search(s.text)
        if m is not None:
            # The charge ends where the report's own clause takes over ("..., Jermaine said simply: ...").
            charge = _SPEAKER_TAIL.split(m.group("charge") or m.group("alleged"))[0]
            charges.append((s, _matter(charge)))
    if not charges:
        return []
    out: list[Scored] = []
    done: set[str] = set()
    for c in claims:
        if c.key in done or not _FLAT_DENIAL.search(c.claim):
            continue
        mine = _matter(c.claim)
        for s, matter in charges:
            if s.text == c.sentence.text or not matter & mine:
                continue
            done.add(c.key)
            summary = f"{_clean_side(s.text, 32)} vs. {c.actor}: “{_clean_side(c.claim, 28)}”"
            cites = tuple(sorted({s.article, c.sentence.article}))
            out.append((2.0, summary, cites, frozenset(("the charge", c.key))))
            break
    return out


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


# What turns words quoted back into an answer rather than agreement: a negation or contrast, "heard ... before",
# "isn't the same as", said of the words taken up ("We have heard 'we are not here to sell' from three owners").
_REJECTS_ECHO = re.compile(r"\b(?:but|yet|however|heard|same as|hollow|empty|rings?|again)\b")


def _same_side(a: str, b: str) -> bool:
    """Two names for one person: one holds the other, or both end in the same surname ("Hayward", "Tony Hayward")."""
    x, y = a.lower().split(), b.lower().split()
    return bool(x and y) and (x[-1] == y[-1] or " ".join(x) in " ".join(y) or " ".join(y) in " ".join(x))


def _alike(a: str, b: str) -> bool:
    """Near-identical claims: one report's quotation and another's of the same words, cut at a different length."""
    x, y = set(a.split()), set(b.split())
    return bool(x and y) and len(x & y) / len(x | y) >= 0.75


def echoes(claims: Sequence[Attribution]) -> list[Scored]:
    """One side quoting another's words back at them ("We've heard 'we're not here to flip this club' from three owners
    in twenty years" after "We're not here to flip this club"; "no reason to believe isn't the same as having looked"
    after a firm's "no reason to believe"): the second speaker answers the first. Taking the words up to agree ("It is
    a great success") or reporting the same quotation again is no answer."""
    out: list[Scored] = []
    seen: set[frozenset[str]] = set()
    plain = [_plain(c.claim) for c in claims]
    # What each claim said that another could take up, computed once: its whole sentences (taken up only inside
    # quotation marks), and the phrases it put in quotation marks.
    sentences = [
        [p for p in (_plain(x) for x in re.split(r"(?<=[.!?;])\s+", c.claim)) if len(p.split()) >= 4] for c in claims
    ]
    phrases = [
        [
            p
            for p in (_plain(q) for q in re.findall(r"[\"“]([^\"“”]{8,80})[\"”]", c.sentence.text))
            if len(p.split()) >= 3
        ]
        for c in claims
    ]
    quoting = [bool(re.search(r"['‘’\"“”]", c.claim)) for c in claims]
    for i, b in enumerate(claims):
        mine = f" {plain[i]} "
        for j, a in enumerate(claims):
            pair = frozenset((a.key, b.key))
            if a.key == b.key or pair in seen or a.sentence.text == b.sentence.text:
                continue
            said = (sentences[j] if quoting[i] else []) + phrases[j]
            taken = next((p for p in said if f" {p} " in mine and plain[i] != p), None)
            if taken is None:
                continue
            rest = mine.replace(f" {taken} ", " ", 1)
            if (
                not (NEGATION.search(rest) or _REJECTS_ECHO.search(rest))
                or _alike(plain[i], plain[j])
                or _same_side(a.actor, b.actor)
            ):
                continue
            seen.add(pair)
            summary = f"{a.actor}: “{_clean_side(a.claim, 24)}” vs. {b.actor}: “{_clean_side(b.claim, 28)}”"
            cites = tuple(sorted({a.sentence.article, b.sentence.article}))
            out.append((2.2, summary, cites, pair))
    return out


# Evidence set beside a named claim in the same report: "Haines said he had left the club in better shape. The trust's
# own figures say the club's debts rose from 4 million to 17 million pounds", "Documents seen by the Sound show the
# ground is to be sold. Haines said last week that the ground was not going anywhere."
_EVIDENCE = re.compile(
    r"^(?:(?:But|Yet|However),?\s+)?(?:(?:The|Its|Their|His|Her)\s+|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}['’]s\s+|"
    r"(?:The\s+)?[a-z]+['’]s?\s+)?(?:[a-z]+['’]s\s+)?(?:own\s+|latest\s+|internal\s+)?(?i:figures|records|accounts|data|documents|"
    r"filings|minutes|papers|emails|statistics)\s+(?:seen\s+by\s+[^,;]{2,40}?\s+|obtained\s+by\s+[^,;]{2,40}?\s+)?"
    r"(?:say|show|suggest|reveal|indicate)s?\b"
)


# "Homefront's own advice line has reviewed eleven policies so far and found that eight of them do cover it.": a side's
# own check of the facts, set against the claim beside it.
_OWN_CHECK = re.compile(
    r"^(?:(?:But|Yet|However),?\s+)?(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}['’]s?|(?:Its|Their|Our))\s+own\s+"
    r"(?:[a-z-]+\s+){1,3}(?:has|have|had)\s+(?:[\w,-]+\s+){1,8}?(?:and\s+)?(?:found|concluded|shown)\s+that\b"
)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:half|third|thirds|quarter|quarters|fifth|tenth)\b", re.IGNORECASE)


def _figures(text: str) -> set[str]:
    return {m.group().lower().replace(",", "").rstrip("s") for m in _FIGURE.finditer(text)}


def _content(text: str) -> set[str]:
    return {w for w in _plain(text).split() if len(w) > 3 and w not in _STOP_DIRECTION}


def _says_otherwise(claim: str, evidence: str) -> bool:
    """Whether the evidence goes against the claim beside it: one denies what the other says, they go different ways,
    or they give different figures; both saying the plant closes in 2027, or emissions cut by a third, agree."""
    if bool(NEGATION.search(claim)) != bool(NEGATION.search(evidence)):
        return True
    ways = [
        {1 if m.group("up") else -1 for m in _DIRECTION.finditer(x) if not m.group("neg")} for x in (claim, evidence)
    ]
    if ways[0] and ways[1] and not ways[0] & ways[1]:
        return True
    mine, theirs = _figures(claim), _figures(evidence)
    years = {f for f in mine | theirs if re.fullmatch(r"(?:19|20)\d\d", f)}
    if (mine - years) and (theirs - years) and not (mine & theirs) - years:
        return True
    said = _content(_EVIDENCE.sub("", evidence, count=1))
    return not (mine & theirs) and len(said & _content(claim)) < max(2, len(said) / 2)


# A call to act ("should build", "must be closed"), not a judgement or a forecast the records can gainsay ("must be
# safe to drink", "should last another forty years", "should cost less", "must remain open").
_CALL = re.compile(
    r"^(?:[\w'’,-]+\s+){1,8}?(?:should|must|ought\s+to)\s+(?:not\s+)?"
    r"(?!(?:have|last|cost|remain|take|reach)\b|be\s+(?!(?:[a-z]+ed|[a-z]+en|built|made|shut|put|set|held|kept|sold|"
    r"cut|paid|brought|sent|spent|run|done|told|found|met|left|lost|rebuilt|rethought|scrapped)\b))[a-z]+",
    re.IGNORECASE,
)


def evidence_against(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side's claim and, next to it in the same report, figures or documents that say otherwise."""
    out: list[Scored] = []
    by_place = {(c.sentence.article, c.sentence.position): c for c in claims}
    for s in sentences[:5000]:
        if not (_EVIDENCE.match(s.text) or _OWN_CHECK.match(s.text)):
            continue
        beside = [by_place.get((s.article, s.position + step)) for step in (-1, 1)]
        # A call ("the spill should push the nation to new energy") states no fact that records could gainsay.
        near = [
            c
            for c in beside
            if c is not None
            and not _EVIDENCE.match(c.sentence.text)
            and not _CALL.search(c.claim)
            and _says_otherwise(c.claim, s.text)
        ]
        # A denial next to it is what the evidence answers ("... the ground was not going anywhere").
        near.sort(key=lambda c: not NEGATION.search(c.claim))
        if near:
            c = near[0]
            claim = re.sub(rf"^(?:{_MONTHS})\s+that\s+", "", c.claim)  # "said on 11 November that ...": the date's tail
            summary = f"{c.actor}: “{_clean_side(claim, 24)}” vs. {_clean_side(s.text, 28)}"
            out.append((1.9, summary, (s.article,), frozenset((c.key, f"evidence:{s.text[:30]}"))))
    return out


# "The laboratory named the supplier. Its managing director, Colin Pratt, rejected the finding.": the finding the
# report gives (a body "found", "concluded", "ruled") against the side rejecting it, in that side's own words.
_REJECTS_FINDING = re.compile(
    r"\b(?:rejected|rejects|disputed|disputes|dismissed|dismisses|contested|contests|challenged|challenges)\s+the\s+"
    r"(?:laboratory's\s+|lab's\s+|inquiry's\s+|report's\s+|panel's\s+|court's\s+)?(?:findings?|conclusions?|ruling|verdict|"
    r"results?|report)\b"
)
_FOUND = re.compile(r"\b(?:found|finds|concluded|concludes|ruled|rules|determined)\b")


def findings_rejected(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A finding stated in a report and a named side there rejecting it (its own words after, if it gave any)."""
    out: list[Scored] = []
    by_article: dict[int, list[Sentence]] = defaultdict(list)
    for t in sentences[:5000]:
        by_article[t.article].append(t)
    for s in sentences[:5000]:
        if not _REJECTS_FINDING.search(s.text):
            continue
        mine = [c for c in claims if c.sentence.article == s.article and c.sentence.position == s.position]
        if not mine:
            continue
        who = mine[0]
        found = next((t for t in by_article[s.article] if t.position < s.position and _FOUND.search(t.text)), None)
        if found is None:
            continue
        own = [
            c
            for c in claims
            if c.key == who.key and c.sentence.article == s.article and 0 < c.sentence.position - s.position <= 2
        ]
        said = own[0].claim if own else who.claim
        finding = strip_dateline(re.sub(r"^By\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?=[A-Z])", "", found.text))
        summary = f"{_clean_side(finding, 30)} vs. {who.actor}: “{_clean_side(said, 24)}”"
        out.append((2.1, summary, (s.article,), frozenset((who.key, f"finding:{found.text[:30]}"))))
    return out


# A witness answering what is put to them: "Renn reads out Ember's op-ed line on Section 5. Penhaligon says the
# museum's own lawyers advise that Section 5 does not cover the drum", "Aldous puts to him what Ndaba said".
_PUT_TO = re.compile(
    rf"\b(?:reads?\s+out|read\s+out|puts?\s+to\s+(?:him|her|them)(?:\s+what)?|quotes?|quoted)\s+(?:what\s+)?"
    rf"(?:(?:Ambassador|Minister|Dr|Mr|Ms|Mrs|Sir|Dame)\s+)?(?P<b>{_CAP}(?:\s+{_CAP})?)(?:['’]s)?\b"
)


def put_to(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """What one side said, put to another, and the answer given in the next sentence of the same report."""
    out: list[Scored] = []
    by_place = {(c.sentence.article, c.sentence.position): c for c in claims}
    for s in sentences[:5000]:
        m = _PUT_TO.search(s.text)
        if m is None:
            continue
        b_key = actor_key(m.group("b"))
        if not any(c.key == b_key for c in claims):
            continue  # the words put are a named actor's, quoted elsewhere in the reports
        answer = by_place.get((s.article, s.position + 1))
        if answer is None or answer.key == b_key or answer.actor.split()[-1] in s.text[: m.start()]:
            continue
        summary = f"{_clean_side(s.text, 24)} vs. {answer.actor}: “{_clean_side(answer.claim, 26)}”"
        out.append((2.1, summary, (s.article,), frozenset((b_key, answer.key))))
    return out


# A body's count of the harmed set against the count the sentence before gives: "Doctors said they had treated more than
# 200 people for gunshot wounds." "The health ministry put the number of injured at 85."
_PUT_COUNT = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+(?:now\s+)?(?:put|puts|estimated|estimates|gave|gives)"
    r"\s+the\s+(?:number|count|toll|total|figure)\s+of\s+(?P<what>injured|wounded|dead|killed|hurt|casualties|victims|"
    r"missing|arrested|detained|displaced|evacuated)\s+at\s+(?P<num>\d[\d,]*)"
)
_HARM = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|treated|hospital\w*|killed|dead|died|deaths?|casualt\w*|victims?|missing|arrested|"
    r"detained|displaced|evacuated)\b",
    re.IGNORECASE,
)


def casualty_counts(sentences: Sequence[Sentence]) -> list[Scored]:
    """Two counts of the people harmed, one a body puts on it, the other given just before in the same report."""
    out: list[Scored] = []
    for i, s in enumerate(sentences[:5000]):
        m = _PUT_COUNT.match(s.text)
        if m is None:
            continue
        mine = float(m.group("num").replace(",", ""))
        for t in reversed(sentences[max(0, i - 2) : i]):
            if t.article != s.article or not _HARM.search(t.text):
                continue
            theirs = [
                float(x.replace(",", ""))
                for x in re.findall(
                    r"(\d[\d,]*)\s+(?:people|persons|patients|protesters|civilians|residents)\b", t.text
                )
            ]
            if any(max(v, mine) >= 1.2 * min(v, mine) for v in theirs):
                summary = f"{_clean_side(t.text, 30)} vs. {_clean_side(s.text, 24)}"
                out.append((2.0, summary, (s.article,), frozenset((m.group("who").lower(), f"count:{t.text[:30]}"))))
                break
    return out


# A turn's mark in a live blog, a bulletin script or a transcript ("17:10 - ", "VO: ", "THE CHAIR: "): not words of
# the side that follows it.
_TURN_MARK = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—]\s+|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}(?:\s+\([^)]*\))?:\s+)"
)
# A side named by its people, not by a name: "Canal bosses", "the ship's owners", "Its managers".
_PEOPLE_SIDE = (
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[\w'’-]+\s+){0,2}?(?:bosses|chiefs|officials|owners|operators|managers|"
    r"executives|lawyers|organi[sz]ers|analysts|experts|economists|critics|scientists|engineers)"
)
# "The council disputes that figure.", "Canal bosses flatly deny it.", "The authority says that's not true.", "But the
# owners see it differently.": an answer whose object is only "that" or "it", in any tense, so what it answers is what
# the report said just before.
_REJECTS_PRIOR = re.compile(
    # "The marina disputes that figure": with these verbs any body named by its noun is a side.
    rf"^(?:(?:But|And|Yet|However),?\s+)?(?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+){{1,2}}(?=[A-Z][a-z]+\s+[A-Z]))?(?P<a>{_ROLE_PARTY}|{_PEOPLE_SIDE}|{_PARTY}|[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]+)"
    # "Kit Alvarez, the students' union's education officer, said ...": an apposition after the name.
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,]{3,80},)?\s+"
    r"(?:(?:now|again|also|still|flatly|firmly|strongly|swiftly|immediately|categorically)\s+){0,2}"
    r"(?P<verb>(?:rejects?|rejected|disputes?|disputed|denies|deny|denied|contests?|contested|challenges?|challenged)\s+"
    r"(?:(?:that|this|these|those|the)\s+(?:claims?|figures?|accounts?|allegations?|suggestions?|version|reports?|"
    r"estimates?|counts?|numbers?)|that|this|it)(?=\s*[,.;]|\s*$|\s+as\b)"
    r"|(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?(?:that['’]s|that\s+is|this\s+is|it\s+is|"
    r"it['’]s|that\s+was|it\s+was|the\s+(?:claim|story|report|account)\s+(?:is|was))\s+[\"“‘]?(?:simply\s+|just\s+)?"
    r"(?:not\s+true|untrue|false|wrong|incorrect|nonsense|not\s+the\s+case|not\s+what\s+(?:was|is)\s+happening|"
    # "says that is "simply not what the deed says"": the record the other side cites says otherwise.
    r"not\s+what\s+happened|not\s+what\s+(?:the\s+)?[a-z]+\s+(?:says|said|shows|showed|states|stated))\b"
    # "Mr Strachan said that he did not recognise that figure.": a figure or account just given, not accepted.
    r"|(?:(?:says?|said|stated|states|insists?|insisted)\s+(?:that\s+)?(?:he|she|it|they|we|the\s+[a-z]+)\s+)?"
    r"(?:did|does|do|would|could|can)\s*(?:not|n['’]t)\s+(?:recogni[sz]e|accept)\s+(?:that|this|those|these|the)\s+"
    r"(?:figures?|estimates?|numbers?|accounts?|version|claims?|description|characteri[sz]ation)\b"
    # "Health Secretary Idris Vaughan disagrees.": a bare disagreement with what was just said.
    r"|(?:disagrees?|disagreed|begs?\s+to\s+differ)(?=\s*[,.;]|\s*$)"
    r"|(?:sees?|saw)\s+(?:it|things|this|that)\s+differently"
    # "Shipping analysts aren't so sure.": doubt of what was just said, the doubters' reasons said next.
    r"|(?:are|is|were|was)(?:n['’]t|\s+not)\s+(?:so\s+sure|convinced|persuaded))"
)
# A negation or an auxiliary before the verb: "does not dispute that", "doesn't deny it", "would not challenge that",
# "never disputed that" agree with what was said (the side pattern would otherwise take "The trust does not" as a name).
_NOT_BEFORE_VERB = re.compile(
    r"\b(?:not|never|cannot|does|do|did|would|will|could|can|may|might|should|must|shall)\b|n['’]t\b"
)
# "She added that ...", "He said ...": the speech frame of a side the sentence before names.
_SPEECH_FRAME = re.compile(
    r"^(?:She|He|They)\s+(?:also\s+)?(?:said|says|added|adds|claimed|claims|told\s+\w+|insisted|insists)\s+(?:that\s+)?"
)
_PRONOUN_OPENING = re.compile(r"^(?:She|He|They|[\"“])")


def _of_body(person: str, head: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the reports name `person` as one of the body `head` names ("Council leader Tom Ashdown", "Ossian
    Kell, Sallow Canal Authority", "Owner Morrow Bulk Carriers"), so their words are that body's side."""
    last = re.escape(person.split()[-1])
    stem = re.escape(head.rstrip("s"))
    pattern = re.compile(
        rf"(?i:\b{stem}s?)\s+(?:[a-z-]+\s+){{0,2}}(?:[A-Z][\w'’-]+\s+){{0,2}}{last}\b"
        rf"|{last},\s+(?:(?i:the)\s+)?(?:[\w'’-]+\s+){{0,3}}(?i:{stem}s?)\b",
        re.IGNORECASE if person.isupper() else 0,
    )
    # Each report read whole: the splitter may cut "museum spokesperson | Lara Kent said on Monday." in two.
    texts = [" ".join(s.text for s in part) for _, part in groupby(sentences[:5000], key=lambda s: s.article)]
    return any(pattern.search(t) or pattern.search(t.title()) for t in texts)


_FEW_OF_THEM = re.compile(r"^(?:(?:But|And|Yet),?\s+)?(?:Few|No|Not\s+many|Hardly\s+any|Nobody|None|Neither)\b")
_WITHHELD = re.compile(r"^\s*,?\s*(?:until|unless|before|without)\b")
_SPOKEN = re.compile(
    r"[\"“”]|\b(?:said|says|say|told|tells|claimed|claims|insisted|insists|argued|argues|believes|believe|thinks|"
    r"think|maintains|maintained|estimated|estimates|predicted|predicts|warned|warns|called|calls|described)\b"
)


def prior_rejected(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A side's answer to what the report said just before ("Ashdown's figure ... The council disputes that figure.",
    "... according to a worker. Canal bosses flatly deny it."), with the grounds its own people give next.

    What is answered is the sentence before; whose it is, the claim made there, else the person the sentences before it
    name (a quotation, "She added that ..."), else nobody named (a claim an outlet reports from an unnamed source).
    """
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    bare = {place: replace(s, text=_TURN_MARK.sub("", s.text)) for place, s in by_place.items()}
    claims_at: dict[tuple[int, int], list[Attribution]] = defaultdict(list)
    for c in claims:
        claims_at[(c.sentence.article, c.sentence.position)].append(c)
    for s in sentences[:5000]:
        text = _TURN_MARK.sub("", s.text)
        if _REBUTTAL.match(text):
            continue  # answered by `rebuttals`, with the last claim before as the other side
        m = _REJECTS_PRIOR.match(text)
        if m is None or _NOT_BEFORE_VERB.search(text[: m.start("verb")]):
            continue  # "The trust does not dispute that.", "did not deny it": agreement, not an answer
        if _FEW_OF_THEM.match(text) or _WITHHELD.match(text[m.end() :]):
            continue  # "Few economists disagree.": agreement; "would not accept the figures until ...": judgement held
        written = re.sub(r"^(?:But|And|Yet|However),?\s+", "", m.group("a"))
        people = bool(re.fullmatch(_PEOPLE_SIDE, written, re.IGNORECASE))
        if people or re.fullmatch(r"[Tt]he\s+[a-z][\w\s'’-]*", written):
            party: tuple[str, str] | None = (_cap(written), "the " + written.split()[-1].lower())
        else:
            party = _role_party(written) or _party(written)
        if party is None:
            continue
        key = party[1]
        if re.match(r"disagree|beg", m.group("verb")) and not (
            len(written.split()) >= 2 or any(c.key == key for c in claims)
        ):
            continue  # "Promoters disagreed.": a bare disagreement needs a named side, not a sentence's first word
        head = key.split()[-1]
        prior = by_place.get((s.article, s.position - 1))
        if prior is None:
            continue
        owner: tuple[str, str] | None = None
        side = _TURN_MARK.sub("", prior.text)
        own = False  # the sentence before is the body's own people speaking ("museum spokesperson Lara Kent")
        for back in (1, 2):
            if back == 2 and _SPOKEN.search(side) and not _PRONOUN_OPENING.match(side):
                # "The council's engineers estimated ... Mr Strachan did not recognise that figure.": the prior
                # sentence speaks for itself, so an earlier claim (the minutes' Director) is not what is answered.
                break
            at = claims_at.get((s.article, s.position - back), [])
            said = [c for c in at if c.key != key and not _of_body(c.actor, head, sentences)]
            if said:
                owner, side = (said[0].actor, said[0].key), said[0].claim
                break
            own = own or (back == 1 and bool(at))
        if own and owner is None:
            continue  # a body revising its own spokesperson's figure is no tension with them
        if owner is None and _PRONOUN_OPENING.match(side):
            named = named_subject(bare, prior) or _speaker_before(bare, prior)
            if named is not None and actor_key(named[0]) != key:
                owner = (named[0], actor_key(named[0]))
                side = _SPEECH_FRAME.sub("", side)
        if owner is None:
            # A bulletin's or a transcript's turn ("OSSIAN KELL, SALLOW CANAL AUTHORITY: ... This was a mechanical
            # failure."): the sentence before is the words of the speaker whose turn it is in.
            turn = _turn_speaker(by_place, prior)
            if turn is not None and actor_key(turn[0]) != key and not _labelled_of(turn[1], head):
                owner = (turn[0], actor_key(turn[0]))
                side = _TURN_LABEL_SPEAKER.sub("", side)
        if owner is None and re.match(r"disagree|beg|sees?|saw", m.group("verb")) and not _SPOKEN.search(side):
            continue  # "Ann Bell opened the leisure centre. Tom Fry disagrees.": what was done is no view to answer
        if owner is None:
            owner, side = _opening_side(bare, s, prior, key, claims, sentences) or (None, side)
        if owner is None and not _EXPLICIT_SOURCE.search(side):
            continue  # the sentence before is the reporter's own account, not a side
        said_text = _clean_side(text, 32)
        grounds = [
            c
            for i in (1, 2)
            for c in claims_at.get((s.article, s.position + i), [])
            if (owner is None or c.key != owner[1])
            and (c.key == key or c.key.startswith("the spokes") or _of_body(c.actor, head, sentences))
        ]
        if grounds:
            g = grounds[0]
            said_text = f"{said_text}; {g.actor}: “{_clean_side(g.claim, 26)}”"
        else:
            # The side's own people answering in the next turn ("The authority says that's not true." "OSSIAN KELL,
            # SALLOW CANAL AUTHORITY: Both pilots were on the bridge."), or, for doubters, whoever speaks next.
            for i in (1, 2):
                nxt = by_place.get((s.article, s.position + i))
                turn = _turn_speaker(by_place, nxt) if nxt is not None else None
                if turn is None or (owner is not None and actor_key(turn[0]) == owner[1]):
                    continue
                if _labelled_of(turn[1], head) or people:
                    words = _TURN_LABEL_SPEAKER.sub("", nxt.text) if nxt is not None else ""
                    said_text = f"{said_text}; {turn[0]}: “{_clean_side(words, 26)}”"
                    break
        if owner is not None:
            summary = f"{said_text} vs. {owner[0]}: “{_clean_side(side, 30)}”"
            pair = frozenset((key, owner[1]))
        else:
            summary = f"{said_text} vs. “{_clean_side(side, 30)}”"
            pair = frozenset((key, f"prior:{s.article}:{prior.position}"))
        out.append((2.4, summary, (s.article,), pair))
    return out


# "The council's engineers estimated the cost at ...", "Dr Raymond Tull of the Universities Admissions Council insisted
# on Sunday that ...": the sentence before opens with who says it, though no claim was taken from it.
_OPENING_SAYER = re.compile(
    rf"^(?P<who>{_PEOPLE_SIDE}|{_ROLE_PARTY}|[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}[a-z]+(?:ors|ers|ists|ians|ants|ents))\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:estimated|estimate|estimates|said|say|says|"
    r"put|puts|calculated|calculate|found|find|reported|report|claimed|claim|claims|told|insisted|insist|insists)\b"
)
# "Okonjo reads the report as proof of what she has argued all along. "This wasn't ...," she says.": who the pronoun
# after a quotation is, named at the head of the sentence before it.
_NAME_OPENS = re.compile(
    r"^(?:(?:Professor|Prof|Dr|Mr|Mrs|Ms|Dame|Sir)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?!(?:was|is|has|does|goes|seems|looks|remains)\b)[a-z]+s\b"
)
# "Dr Raymond Tull of the Universities Admissions Council insisted ...": the person, not the body after "of".
_PERSON_SAYS = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2})?(?:(?:Professor|Prof|Dr|Mr|Mrs|Ms|Dame|Sir|Cllr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,\s+[^,]{3,80},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{2,60}?)?"
    r"\s+(?:has\s+|had\s+)?(?:said|says|insisted|insists|told|tells|argued|argues|claimed|claims|warned|warns|stated"
    # "Cllr Greaves put out a statement at 10pm saying ...": a written statement speaks for its signer.
    r"|(?:put\s+out|issued|released)\s+a\s+statement\b[^.;\"“]{0,40}?\bsaying)\b"
)


def _opening_side(
    bare: dict[tuple[int, int], Sentence],
    s: Sentence,
    prior: Sentence,
    key: str,
    claims: Sequence[Attribution],
    sentences: Sequence[Sentence],
) -> tuple[tuple[str, str], str] | None:
    """Who said the sentence `s` answers, when no claim was taken from it: a side its head names, a person named just
    before the speech verb, or, for a quotation closed by "she says", the person the sentence before opens with."""
    text = bare[(prior.article, prior.position)].text
    m = _OPENING_SAYER.match(text)
    if m:
        who = m.group("who")
        return (_cap(who), "the " + who.split()[-1].lower()), text
    person = _PERSON_SAYS.match(text)
    if person and clean_name(person.group("name")) and actor_key(person.group("name")) not in ("", key):
        name = clean_name(person.group("name")) or person.group("name")
        return (name, actor_key(name)), text
    named = named_subject(bare, s)
    if named is not None and named[1] == prior.position and actor_key(named[0]) not in ("", key):
        name = clean_name(named[0]) or named[0]
        return (name, actor_key(name)), text
    if text.startswith(('"', "“")) and prior.said in ("he", "she"):
        before = bare.get((prior.article, prior.position - 1))
        opens = _NAME_OPENS.match(before.text) if before is not None else None
        if (
            opens
            and actor_key(opens.group("name")) not in ("", key)
            and opens.group("name").lower() not in _NOT_PARTIES
        ):
            name = _full_name(opens.group("name"), claims, sentences)
            return (name, actor_key(name)), text
    return None


# "… according to a worker who asked not to be named", "The Blast can reveal that …": a claim the outlet reports from
# a source it does not name is a side too, when someone answers it.
_EXPLICIT_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:a|an|one|two|several|some)\b|\bcan\s+(?:reveal|disclose)\b|\bclaimed\b|\balleged\b"
    r"|\b(?:say|says|said)\b",
    re.IGNORECASE,
)


# "The growers' association's Dafydd Prosser said members had ...": a person named just before a speech verb.
_NAMED_SPEAKER = re.compile(
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,\s+[^,]{3,80},)?\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|warned|warns|spoke|spoken)\b"
)


def _speaker_before(by_place: dict[tuple[int, int], Sentence], s: Sentence) -> tuple[str, int] | None:
    """Who speaks a quotation or a "She added ..." sentence: the person one of the two sentences before names as
    speaking, when `named_subject` finds no name opening them."""
    for back in (1, 2):
        t = by_place.get((s.article, s.position - back))
        if t is None:
            continue
        found = [m for m in _NAMED_SPEAKER.finditer(t.text) if clean_name(m.group("name"))]
        if found:
            return clean_name(found[-1].group("name")) or found[-1].group("name"), t.position
        if not _PRONOUN_OPENING.match(t.text):
            return None  # a sentence of the reporter's own between: the speaker is not named just before
    return None


# "... has grown by nearer 15 percent, not the “less than 2 percent” the service has published": a figure set right
# against the one another side gives, both in one sentence.
_NOT_THEIR_FIGURE = re.compile(
    r"\bnot\s+(?:the\s+)?(?P<theirs>[\"“‘][^\"”’]{1,60}[\"”’]|[^,;\"“]{0,30}?\d[^,;\"“]{0,30}?)\s+(?:that\s+|which\s+)?"
    rf"(?P<who>(?:the|its|their)\s+[a-z]+|{_PARTY_NAME})\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:published|claimed|claims|claim|says|said|reported|reports|gave|given|announced|quoted|cited|insists?|insisted|"
    r"puts?|estimated|estimates)\b"
)


def figures_set_right(claims: Sequence[Attribution], shown: Sequence[str] = ()) -> list[Scored]:
    """A speaker's figure given against another side's in one breath ("nearer 15 percent, not the 2 percent the service
    has published"): both sides in the speaker's sentence, the other named by the speaker. A claim another tension
    already shows (`shown`, their summaries) is that dispute told once more, not a new one."""
    out: list[Scored] = []
    for c in claims:
        m = _NOT_THEIR_FIGURE.search(c.claim)
        if m is None or not re.search(r"\d", c.claim[: m.start()] + m.group("theirs")):
            continue
        who = m.group("who")
        party = (who.lower(), who.lower()) if who[:1].islower() else _party(who)
        if party is None or party[1] == c.key:
            continue
        summary = f"{c.actor}: “{_clean_side(c.claim, 36)}”"
        if any(content_overlap(_clean_side(c.claim, 36), other) >= 0.8 for other in shown):
            continue
        out.append((2.2, summary, (c.sentence.article,), frozenset((c.key, party[1]))))
    return out


# "The company says the heat caused this. Heat is a risk a network is expected to plan for.": a speaker gives the other
# side's line, then answers it, inside one quotation.
_THEY_SAY = re.compile(
    rf"^(?P<who>(?:[Tt]he|[Tt]heir|[Ii]ts)\s+[a-z]+|{_PARTY_NAME}|They)\s+(?:keeps?\s+saying|says|say|claims?|insists?|"
    r"argues?|maintains?|tells\s+(?:us|everyone|people))\s+(?:that\s+)?(?P<line>[^\"“”]{6,})$"
)
_AGREES = re.compile(
    r"^(?:and\s+)?(?:they|it|he|she)\s+(?:are|is)\s+(?:right|correct)\b|^(?:I|we)\s+agree\b|^(?:that|this)\s+is\s+true\b",
    re.IGNORECASE,
)


def lines_answered(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A quoted speaker setting out another side's line and answering it in the next sentence of the same quotation."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    for c in claims:
        if not (c.quoted or re.search(r"[\"“]", c.sentence.text)):
            continue  # the speaker's own words, not the reporter's account of them
        first = re.split(r"(?<=[.!?])\s+", c.claim.strip().strip('"“”').strip())[0].rstrip(".")
        m = _THEY_SAY.match(first)
        if m is None:
            continue
        who = m.group("who")
        if who[:1].isupper() and who.split()[0] not in ("The", "Their", "Its", "They"):
            party = _party(who)
            if party is None or party[1] == c.key:
                continue
            name, key = party
        else:
            name, key = _cap(who), who.lower()
        rest = c.claim.strip().strip('"“”').strip()[len(first) :].lstrip(". ").strip()
        if not rest:
            # The quotation goes on in the report's next sentence: it is open in this one and not closed in the next.
            here = c.sentence.text
            if here.count('"') % 2 == 0 and here.count("“") <= here.count("”"):
                continue
            nxt = by_place.get((c.sentence.article, c.sentence.position + 1))
            if nxt is None:
                continue
            rest = nxt.text
        answer = re.split(r"(?<=[.!?])\s+", rest.strip('"“”').strip())[0]
        if len(answer.split()) < 4 or _AGREES.match(answer):
            continue
        summary = (
            f"{c.actor}: “{_clean_side(answer, 28)}” vs. {name}, as {c.actor.split()[-1]} puts it: “{m.group('line')}”"
        )
        out.append((2.2, summary, (c.sentence.article,), frozenset((c.key, key))))
    return out


# An interview's or a hearing's question that puts another side's claim ("Orbit Weekly: The service says Meridian-4 has
# never been operated outside its limits.", "Q. Ms Farrant told a press conference that the programme was on
# schedule."), and the answer that disputes it ("Rask: I've read that. I'd encourage them to publish ...", "A. Not at
# Hale Cross, no.").
# "Analyst (Tom Ardagh, Fellows & Pike): ...": a call transcript's questioner, named in brackets after the role.
_QUESTION_TURN = re.compile(r"^(?P<label>Q\.|[A-Z][\w'’ -]{1,30}(?:\s*\([^()]{2,60}\))?:)\s+(?P<rest>.+)$")
_ANSWER_TURN = re.compile(r"^(?P<label>A\.|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}:)\s+(?P<rest>.+)$")
_PUT_CLAIM = re.compile(
    rf"^(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{_PARTY_NAME}|(?:[Tt]he|[Ss]ome|[Yy]our)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:says|say|said|claims|claimed|insists|insisted|maintains|told\s+[^,;]{2,60}?\s+that|"
    r"(?:is|are|was|were)\s+(?:talking\s+about|saying|promising|predicting|forecasting))\s+(?:that\s+)?"
    r"(?P<claim>[^?]{5,})\.$"
)
# "On the union's claim that schools raised concerns in July - can you say anything about that?": a claim put by
# naming its owner's claim.
_PUT_OWNED_CLAIM = re.compile(
    rf"^(?:(?:And|But|So)\s+)?(?:[Oo]n|[Aa]bout|[Ww]hat\s+about)\s+(?P<who>(?:the|your)\s+[a-z]+(?:\s+[a-z]+)?|{_PARTY_NAME})"
    r"['’]s?\s+(?:claims?|suggestions?|allegations?|assertions?|figures?)\s+that\s+(?P<claim>[^?]{5,}?)\s*(?:[-–—,]\s|\?|$)"
)
_DISPUTES_PUT = re.compile(
    r"^(?:No\b|Not\b|Never\b|Wrong\b|Nonsense\b|I\s+disagree\b|I['’]ve\s+(?:read|seen|heard)\s+that\b|"
    # "I'm not going to comment on correspondence I haven't seen.": the claim not accepted.
    r"I['’]m\s+not\s+going\s+to\s+(?:comment\s+on|adopt|accept)\b|"
    r"That['’]s\s+not\b|That\s+is\s+not\b|It\s+(?:has|was|is)\s+not\b|"
    # "I'd be amazed.": disbelief, with the answerer's own figure said in the same turn.
    r"I['’]d\s+be\s+(?:amazed|surprised|astonished)\b|I\s+doubt\b|I\s+don['’]t\s+(?:think|believe)\s+(?:so|that)\b)"
)
_WITNESS = re.compile(
    r"\b(?:MR|MRS|MS|DR|PROFESSOR)\s+(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2})\s+\((?:affirmed|sworn)\)"
)


def _answerer(label: str, article: Sequence[Sentence]) -> str | None:
    """The full name behind an answer's label: "Rask" -> "Sunniva Rask"; "A." -> the witness sworn in above."""
    if label == "A.":
        for s in article:
            m = _WITNESS.search(s.text)
            if m:
                return m.group("name").title()
        return None
    written = label.rstrip(":")
    if written.isupper() and len(written.split()) >= 2:
        return written.title()  # "ANJALI DESAI:", a transcript's full name
    last = written.split()[-1]
    for s in article:
        m = re.search(rf"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+{re.escape(last)})\b", s.text)
        if m and clean_name(m.group("name")):
            return clean_name(m.group("name"))
    return written


_NO_COMMENT = re.compile(r"^I['’]m\s+not\s+going\s+to\s+comment\s+on\b")
_SUPPORTS = re.compile(r"\b(?:we|I)\s+(?:do\s+|would\s+|fully\s+|strongly\s+)?(?:support|agree|welcome|back|accept)\b")


def put_in_question(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """Another side's claim put in an interviewer's or counsel's question, and the interviewee's answer disputing it."""
    out: list[Scored] = []
    by_article: dict[int, list[Sentence]] = defaultdict(list)
    for s in sentences[:5000]:
        by_article[s.article].append(s)
    names = {c.key: c.actor for c in claims}
    for article in by_article.values():
        for i, s in enumerate(article):
            q = _QUESTION_TURN.match(s.text)
            if q is None:
                continue
            rest = re.sub(r"^(?:And|But|So)\s+", "", q.group("rest"))
            put = _PUT_CLAIM.match(rest) or _PUT_OWNED_CLAIM.match(q.group("rest"))
            if put is None:
                continue
            # The answer is the next turn, after at most one more sentence of the question ("Was it?").
            for t in article[i + 1 : i + 3]:
                a = _ANSWER_TURN.match(t.text)
                if a is None or a.group("label") == q.group("label"):
                    continue
                if not _DISPUTES_PUT.match(a.group("rest")):
                    break
                who = _answerer(a.group("label"), article)
                if who is None:
                    break
                # The answer goes on to the end of the turn ("Not at Hale Cross, no." and the sentence that says why;
                # "I'd be amazed. ... I'd say three weeks, minimum."), within a short statement's length.
                answer = a.group("rest")
                for nxt in article[article.index(t) + 1 : article.index(t) + 4]:
                    if _QUESTION_TURN.match(nxt.text) or len(answer.split()) + len(nxt.text.split()) > 40:
                        break
                    answer = f"{answer} {nxt.text}"
                # A no-comment alone ("I'm not going to comment on market speculation.") or with support ("..., but
                # we support a cap") disputes nothing: only one the answer goes on to contradict does.
                if _NO_COMMENT.match(a.group("rest")) and (answer == a.group("rest") or _SUPPORTS.search(answer)):
                    break
                owner = re.sub(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)", "", put.group("who"))
                role = bool(re.match(r"^(?:[Tt]he|[Ss]ome|[Yy]our)\s", owner))  # "The airline", "Some forecasters"
                party = (owner.lower(), owner.lower()) if role else _party(owner)
                if party is None or party[1] == actor_key(who):
                    break
                display = names.get(party[1], "")
                if not display or display.startswith(("Q. ", "A. ")):  # a turn's mark taken for a name
                    full = None if role else _answerer(owner + ":", sentences[:5000])
                    display = full or _cap(owner)
                summary = f"{who}: “{_clean_side(answer, 42)}” vs. {display}: “{_clean_side(put.group('claim'), 26)}”"
                out.append((2.2, summary, (s.article,), frozenset((actor_key(who), party[1]))))
                break
    return out


# "Colm Devereux, asked about Farrant's denial, told us the letter “exists”", "She says the union's claim of three
# postponements “is simply not what our records show”": an answer to a claim named by its owner, in whichever report
# the owner made it.
_OWNED = r"(?P<b>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|the\s+[a-z]+)['’]s?"
_ASKED_ABOUT = re.compile(
    rf"^(?P<a>[A-Z][^,]{{2,80}}?)(?:,\s+[^,]{{3,80}})?,\s+asked\s+about\s+{_OWNED}\s+(?P<what>denial|claims?|remarks|"
    r"comments|figures?|statement|account|allegations?|version)\s*,\s+(?P<verb>said|says|told\s+\w+|tells\s+\w+|"
    r"replied|insisted|insists)\s+(?:that\s+)?(?P<answer>.{8,})$"
)
_CLAIM_OF_DISMISSED = re.compile(
    rf"\b(?P<verb>says|said|insists|insisted)\s+(?:that\s+)?{_OWNED}\s+(?P<what>claims?|figures?|count|account|"
    r"allegations?|version)\s+(?:of|that)\s+(?P<matter>[^\"“”,;]{4,80}?)\s+[\"“]?(?:is|was|are|were)\s+"
    r"(?P<verdict>(?:simply\s+|just\s+)?(?:not\b|untrue|false|wrong|nonsense|incorrect|baseless)[^\"”]*)[\"”]?"
)
_LEAD_LABEL = re.compile(r"^[A-Z][\w ]{2,30}:\s+")
_OPENING_NAME = re.compile(
    r"^(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+s|said|has|is)\b"
)


def _full_name(short: str, claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> str:
    """ "Farrant" as the reports name her in full ("Nadine Farrant"), or as written."""
    short = re.sub(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)", "", short)
    last = short.split()[-1]
    for c in claims:
        if c.key == last.lower() and len(c.actor.split()) >= 2 and not c.actor.startswith(("Q. ", "A. ")):
            return c.actor
    for s in sentences[:5000]:
        m = re.search(rf"\b(?P<name>[A-Z][a-z]+\s+{re.escape(last)})\b", s.text)
        if m and clean_name(m.group("name")) and len((clean_name(m.group("name")) or "").split()) >= 2:
            return clean_name(m.group("name")) or short
    return short


def named_claims_answered(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A side answering a claim it names by its owner ("asked about Farrant's denial", "the union's claim of three
    postponements"), paired with the owner's own sentence making it: the latest before the answer that names the
    owner (for "the union", someone the reports name as the union's) and says the same thing."""
    out: list[Scored] = []
    order = {(s.article, s.position): i for i, s in enumerate(sentences[:5000])}
    for s in sentences[:5000]:
        text = _TURN_MARK.sub("", s.text)
        asked = _ASKED_ABOUT.match(text)
        dismissed = None if asked else _CLAIM_OF_DISMISSED.search(text)
        m = asked or dismissed
        if m is None:
            continue
        if asked:
            # "The Office of Energy Networks' Colm Devereux": the person at the end of the subject.
            # "Later, the lenders' lawyer Dev Anand, asked about ...": the last name before the question.
            prefix = text[: text.find(", asked about")]
            people = re.findall(r"(?:[A-Z][a-z]+\s+)?[A-Z][\w'’-]+(?=,|$)", prefix)
            party = _party(people[-1]) if people else None
        else:
            opener = _LEAD_LABEL.sub("", text)
            named = None if re.match(r"^(?:She|He|They)\b", opener) else _OPENING_NAME.match(opener)
            if named is None and re.match(r"^(?:She|He)\b", opener):
                # "She insists ... and says ...": the person the sentence before opens with, past any label of its own.
                before = [t for t in sentences[:5000] if t.article == s.article and 0 < s.position - t.position <= 2]
                for t in reversed(before):
                    named = _OPENING_NAME.match(_LEAD_LABEL.sub("", _TURN_MARK.sub("", t.text)))
                    if named:
                        break
            party = _party(named.group("name")) if named else None
        if party is None:
            continue
        name = _full_name(party[0], claims, sentences)
        owner = m.group("b")
        if actor_key(re.sub(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)", "", owner)) == party[1]:
            continue
        here = order[(s.article, s.position)]
        earlier = [t for t in sentences[:5000] if order[(t.article, t.position)] < here]
        if owner.startswith("the "):
            body = owner.split()[-1]
            stems = {w[:6] for w in content_words(m.group("matter") if dismissed else "")} if dismissed else set()
            found = [
                t
                for t in earlier
                if _NAMED_SPEAKER.search(t.text)
                and re.search(rf"\b{re.escape(body)}\b", t.text, re.IGNORECASE)
                and (not stems or stems & {w[:6] for w in content_words(t.text)})
            ]
            if not found:
                continue
            t = found[-1]
            speaker = _NAMED_SPEAKER.search(t.text)
            who = clean_name(speaker.group("name")) if speaker else None
            if not who:
                continue
            side = t.text[speaker.end() :].strip() if speaker else t.text
            side = re.sub(r"^(?:that\s+)", "", side)
        else:
            last = owner.split()[-1]
            denial = m.group("what") == "denial"
            found = [
                t for t in earlier if last in t.text and (not denial or _NEGATED.search(t.text)) and t.text != s.text
            ]
            if not found:
                continue
            t = max(found, key=lambda x: (x.article == s.article, order[(x.article, x.position)]))
            who = _full_name(owner, claims, sentences)
            quoted = re.search(r"(?:says|said|told\s+\w+)[,:]?\s+[\"“](?P<q>[^\"”]{8,})", t.text)
            side = quoted.group("q") if quoted else _TURN_MARK.sub("", t.text)
        said = _clean_side(text, 40)
        if asked:
            said = _clean_side(name + text[text.find(", asked about") :], 40)
        elif not asked and re.match(r"^(?:She|He)\b", _LEAD_LABEL.sub("", text)):
            said = f"{name} " + _clean_side(text[m.start() :], 36)
        summary = f"{said} vs. {who}: “{_clean_side(side, 28)}”"
        cites = tuple(sorted({s.article, t.article}))
        out.append((2.3, summary, cites, frozenset((party[1], actor_key(who)))))
    return out


# "This is the heat, not our network." against "This wasn't the heat.": one side's verdict said again by another with
# its polarity turned, the same pronoun subject and the same complement.
_VERDICT = re.compile(
    r"^(?P<subject>This|That|It)\s+(?P<verb>is|was|isn['’]t|wasn['’]t|is\s+not|was\s+not)\s+(?P<neg>not\s+)?"
    r"(?P<what>(?:the|a|an|our|their|its|his|her)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)(?=\s*(?:[,.;!]|$))"
)


def _verdicts(claim: str) -> list[tuple[str, bool]]:
    """The short verdicts a claim gives ("This is the heat" -> ("the heat", True)), each with its polarity."""
    out = []
    # The speaker's words: the quotation inside a claim that keeps its frame ("X said: “This is ...”"), else the claim.
    quoted = re.findall(r"[\"“]([^\"“”]{6,})[\"”]", claim)
    parts = [p for q in quoted or [claim.strip().strip('"“”')] for p in re.split(r"(?<=[.!?;])\s+", q)]
    for part in parts:
        m = _VERDICT.match(part.strip())
        if m:
            negated = bool(m.group("neg")) or bool(re.search(r"n['’]t|\bnot\b", m.group("verb")))
            out.append((m.group("what").lower(), not negated))
    return out


def verdicts_turned(claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> list[Scored]:
    """Two sides giving one short verdict with opposite polarity ("This is the heat" / "This wasn't the heat")."""
    out: list[Scored] = []
    said = [(c, _verdicts(c.claim)) for c in claims]
    said = [(c, v) for c, v in said if v]
    seen: set[frozenset[str]] = set()
    for i, (a, va) in enumerate(said):
        for b, vb in said[i + 1 :]:
            pair = frozenset((a.key, b.key))
            if a.key == b.key or pair in seen:
                continue
            if not any(x == y and pa != pb for x, pa in va for y, pb in vb):
                continue
            if affiliated(a.actor, b.actor, sentences):
                continue
            seen.add(pair)
            first, second = sorted((a, b), key=lambda c: (c.sentence.article, c.sentence.position))
            summary = (
                f"{first.actor}: “{_clean_side(first.claim, 24)}” vs. {second.actor}: “{_clean_side(second.claim, 24)}”"
            )
            out.append((2.3, summary, tuple(sorted({a.sentence.article, b.sentence.article})), pair))
    return out


# A named speaker's turn in a bulletin script or a transcript: "OSSIAN KELL, SALLOW CANAL AUTHORITY: ...", "SOT - GARETH
# LYLE, TRANSPORT MINISTER: ..."; one word ("VO:", "ANCHOR (RUTH ABARA):") or "THE CHAIR:" names no one who speaks.
_TURN_LABEL_SPEAKER = re.compile(
    r"^(?:SOT\s*[-–]\s*)?(?!THE\s)(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})(?P<role>,\s+[A-Z][A-Z0-9 ,&'’-]+)?"
    r"(?:\s+\([^)]*\))?:\s+"
)
_ANY_TURN_LABEL = re.compile(
    r"^(?:SOT\s*[-–]\s*)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,[^:]{2,60})?(?:\s+\([^)]*\))?:\s"
)


def _turn_speaker(by_place: dict[tuple[int, int], Sentence], s: Sentence) -> tuple[str, str] | None:
    """The name (and the label) of the speaker whose turn `s` is in, when the turn's label names a person."""
    for back in range(0, 6):
        t = by_place.get((s.article, s.position - back))
        if t is None:
            return None
        m = _TURN_LABEL_SPEAKER.match(t.text)
        if m:
            return m.group("name").title(), m.group(0)
        if _ANY_TURN_LABEL.match(t.text):
            return None  # another turn, by nobody named ("VO:", "THE CHAIR:")
    return None


def _labelled_of(label: str, head: str) -> bool:
    """Whether a turn's label puts its speaker in the body `head` names ("..., SALLOW CANAL AUTHORITY:")."""
    stem = head[: max(5, len(head) - 3)]
    return bool(re.search(rf"\b{re.escape(stem)}", label, re.IGNORECASE))


# "The culture secretary called the agreement "a sensible, lawful solution". It is lawful. Sensible is a stretch, ...":
# a side's word for something, taken up a sentence or two later and judged wrong ("is a stretch", "is not the word",
# "is generous", "Fair? Hardly.").
_CALLED = re.compile(
    rf"(?P<who>(?:[Tt]he\s+)(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*|{_PARTY_NAME})\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|described|describes|labelled|labeled|labels|hailed|hails|branded|brands)\s+"
    r"(?P<obj>(?:the|it|this|that|his|her|its|their|a|an)\b[^\"“”.;]{0,50}?)\s*(?:as\s+)?[\"“](?P<label>[^\"“”]{3,80})[\"”]"
)
_LABEL_JUDGED = re.compile(
    r"^[\"“‘']?(?P<word>[A-Z][a-z-]+)[\"”’']?\s+(?:is|was|would\s+be|seems)\s+(?:also\s+)?(?:a\s+stretch|"
    r"an?\s+(?:overstatement|exaggeration|stretch|insult)|(?:not|hardly|scarcely)\s+(?:the|a|an|my)\s+word|"
    r"(?:hardly|scarcely|far\s+from|not)\s+(?:it|true|right|accurate|fair|how)|generous|putting\s+it\s+kindly|"
    r"wishful|another\s+matter|debatable|questionable)\b"
    r"|^[\"“‘']?(?P<asked>[A-Z][a-z-]+)[\"”’']?\?\s+(?:Hardly|Scarcely|Not\s+(?:really|quite|remotely|likely)|Hardly\.)\b"
)
# '"Fair is not the word I would use," said councillor Rita Oduya': who says the judging sentence, named after it.
_SAID_BY = re.compile(
    r"[,?!][\"”’']\s+(?:said|says|added|adds)\s+(?:(?:[a-z][\w-]*|[A-Z][\w-]*['’]s)\s+){0,3}"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)
_SIGNED = re.compile(
    r"^By\s+(?:(?:Sir|Dame|Dr|Prof|Professor|Lord|Lady)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)


def labels_disputed(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A side's own word for something taken up and judged wrong by another ("called the deal "a sensible solution"
    ... Sensible is a stretch"): the judging side is whoever the report credits with that sentence, or the author
    who signs the piece."""
    out: list[Scored] = []
    by_place = {(t.article, t.position): t for t in sentences[:5000]}
    for s in sentences[:5000]:
        m = _CALLED.search(s.text)
        if m is None:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", m.group("label")) if len(w) > 3}
        judged = None
        for gap in (1, 2, 3):
            t = by_place.get((s.article, s.position + gap))
            if t is None:
                break
            after = by_place.get((s.article, s.position + gap + 1))
            if after is not None and re.fullmatch(r"[\"“‘']?[A-Z][a-z-]+[\"”’']?\?", t.text):
                t = replace(t, text=f"{t.text} {after.text}")  # "Generous?" "Hardly.": one answer, split in two
            j = _LABEL_JUDGED.match(t.text)
            if j and (j.group("word") or j.group("asked")).lower() in words:
                judged = t
                break
        if judged is None:
            continue
        who = m.group("who")
        party = _party(who) if who[:1].isupper() and not who.startswith("The ") else None
        if party is None:
            role = re.sub(r"^[Tt]he\s+", "", who)
            party = (f"The {role}", "the " + role.split()[-1].lower())
        own = [c for c in claims if (c.sentence.article, c.sentence.position) == (judged.article, judged.position)]
        tail = _SAID_BY.search(judged.text)
        if own:
            judge, judge_key = own[0].actor, own[0].key
        elif tail:
            judge = tail.group("name")
            judge_key = actor_key(judge)
            # '"...," said Dana Mills, the culture secretary': the side who called it, taking its own word up again.
            if re.match(
                rf",\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}{re.escape(party[1].split()[-1])}\b", judged.text[tail.end() :]
            ):
                continue
            judged = replace(judged, text=judged.text[: tail.start() + 1])
        else:
            first = by_place.get((s.article, 0))
            signed = _SIGNED.match(first.text) if first is not None else None
            if signed is None:
                continue
            # "By Rachel Ember Three weeks ago I wrote ...": a byline glued to the first sentence; the name the
            # claims know, else its first two words.
            parts = signed.group("name").split()
            known = {c.actor for c in claims}
            judge = next((n for n in (" ".join(parts[:3]), " ".join(parts[:2])) if n in known), " ".join(parts[:2]))
            judge_key = actor_key(judge)
        if not judge_key or judge_key == party[1]:
            continue
        called = _clean_side(s.text, 32)
        summary = f"{called} vs. {judge}: “{_clean_side(judged.text, 24)}”"
        out.append((2.2, summary, (s.article,), frozenset((party[1], judge_key))))
    return out


# "She said the board's own figure of 3,100 was far too low.": another side's figure, named and judged wrong; the
# speaker's own figure, when the next sentence gives one, is their side of it.
_FIGURE_JUDGED = re.compile(
    r"^(?P<who>He|She|They|(?:[A-Z][\w'’-]+\s+){1,3})\s*(?:said|says|argued|argues|insisted|insists|told\s+\w+)\s+"
    r"(?:that\s+)?(?P<owner>(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
    r"['’]s?\s+(?:own\s+|official\s+|published\s+)?(?:figure|estimate|count|number|total|tally)\s+of\s+"
    r"(?P<num>[£$€]?\d[\d,.]*(?:\s+(?:million|billion))?)(?:\s+[a-z]+){0,2}?\s+(?:was|is|were|are)\s+(?:far\s+|much\s+|way\s+|simply\s+)?"
    r"(?:too\s+(?:low|high|small|big)|an?\s+(?:under|over)estimate|wrong|misleading|a\s+fiction|nonsense)\b"
)


def figures_judged(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A speaker calling another side's figure too low or wrong, with their own figure when they give it next."""
    out: list[Scored] = []
    by_place = {(t.article, t.position): t for t in sentences[:5000]}
    for s in sentences[:5000]:
        m = _FIGURE_JUDGED.match(s.text)
        if m is None:
            continue
        who = m.group("who").strip()
        prior = [c for c in claims if c.sentence.article == s.article and c.sentence.position < s.position]
        if who in _PRONOUN_SPEAKERS:
            # "Dr Ann Lee has run the clinic for 20 years. She said ...": "she" is whom the sentence before names,
            # not the last claimant (who may be the figure's owner).
            subject = named_subject(by_place, s)
            named = clean_name(subject[0]) if subject else None
            if named:
                name, key = (
                    max((c.actor for c in claims if c.key == actor_key(named)), key=len, default=named),
                    actor_key(named),
                )
            elif prior:
                last = max(prior, key=lambda c: c.sentence.position)
                name, key = last.actor, last.key
            else:
                continue
        else:
            party = _party(who)
            if party is None:
                continue
            name, key = max((c.actor for c in claims if c.key == party[1]), key=len, default=party[0]), party[1]
        owner = m.group("owner")
        owner_key = actor_key(owner) if owner[:1].isupper() else "the " + owner.split()[-1].lower()
        if not owner_key or owner_key == key:
            continue
        # The figure's owner's own people ("Board chair Ian Roe" for "the board's figure") speak for the owner.
        noun = owner.split()[-1].lower()
        mine = [c for c in prior if c.key == key]
        if any(noun in c.sentence.text[: max(c.sentence.text.find(c.actor.split()[-1]), 0)].lower() for c in mine):
            continue
        said = _clean_side(s.text[m.end("who") :].strip(), 26)
        nxt = by_place.get((s.article, s.position + 1))
        if nxt is not None and re.search(r"\d", nxt.text) and nxt.text.startswith(('"', "“")):
            said = f"{said}: “{_clean_side(nxt.text, 20)}”"
        # The owner's side, named by one of its own people's claims before ("Board chair Ian Roe said ... 2,800").
        theirs = [
            c
            for c in prior
            if c.key not in (key, owner_key)
            and noun in c.sentence.text[: max(c.sentence.text.find(c.actor.split()[-1]), 0)].lower()
        ]
        if theirs:
            t = max(theirs, key=lambda c: c.sentence.position)
            said = f"{said} vs. {t.actor}: “{_clean_side(t.claim, 20)}”"
        out.append((2.3, f"{name} {said}", (s.article,), frozenset((key, owner_key))))
    return out


# "Jean McAra ... wants the helicopter every day, not twice a week as the council has offered.": a side's demand set
# against what another side has offered or proposed, in one sentence.
_DEMAND = re.compile(
    rf"^(?P<a>{_PARTY_NAME})(?:,\s+[^;]{{3,160}}?,)?\s+(?:still\s+)?(?:wants|want|wanted|demands|demanded|is\s+demanding|"
    r"asks\s+for|asked\s+for|is\s+asking\s+for|calls\s+for|called\s+for|is\s+calling\s+for|insists\s+on)\s+"
    r"(?P<want>[^;]{3,100}?),?\s+not\s+(?P<not>[^;]{2,80}?)\s+(?:as|which|that|like)\s+"
    rf"(?P<b>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|{_PARTY_NAME})\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:offered|offers|proposed|proposes|promised|promises|planned|plans|suggested|suggests|agreed)\b"
)


def demands_against_offers(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side wanting one thing "not" another that a second side has offered, with the first side's next quote."""
    out: list[Scored] = []
    by_place = {(t.article, t.position): t for t in sentences[:5000]}
    for s in sentences[:5000]:
        m = _DEMAND.match(s.text)
        if m is None:
            continue
        party = _party(m.group("a"))
        if party is None:
            continue
        b = m.group("b")
        if not (b[:1].isupper() or re.match(r"the\s+[a-z]", b)):
            continue  # "as originally planned", "as she had promised": an earlier plan or her own word, no other side
        b_key = actor_key(b) if b[:1].isupper() else "the " + b.split()[-1].lower()
        if not b_key or b_key == party[1]:
            continue
        said = _clean_side(s.text, 40)
        nxt = by_place.get((s.article, s.position + 1))
        if nxt is not None and nxt.text.startswith(('"', "“")) and nxt.said in ("he", "she", "they"):
            said = f"{said}: “{_clean_side(nxt.text, 20)}”"
        out.append((2.3, said, (s.article,), frozenset((party[1], b_key))))
    return out


# "No patient had come to harm" against "at least 14 patients ... had come to harm": a side's "no X" claim and a
# count of X that the sources give for the same thing later.
_NONE_CLAIM = re.compile(
    r"\b(?:[Nn]o|[Nn]ot\s+(?:a\s+single|one))\s+(?P<noun>[a-z]{4,}?)s?\s+(?P<aux>had|has|have|was|were|is|are|did)\s+"
    r"(?P<pred>(?:been\s+)?[a-z]+(?:\s+[a-z]+){0,3})"
)
_PRED_TAIL = frozenset(
    ["as", "after", "while", "because", "when", "since", "during", "in", "on", "at", "by", "for", "from", "with"]
)
_COUNT_WORD = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|many)"


_OTHER_MATTER = re.compile(
    r"\b(?:unrelated|separate|earlier|previous|different|another)\s+(?:\w+\s+)?(?:crash|incident|case|accident|"
    r"event|fire|collision|outbreak|matter)|\b(?:last|the\s+previous)\s+(?:year|month|decade)\b|\byears?\s+ago\b",
    re.IGNORECASE,
)


def none_then_some(claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> list[Scored]:
    """A named side's "no patient had come to harm" against a source counting patients who had come to harm."""
    out: list[Scored] = []
    for c in claims:
        m = _NONE_CLAIM.search(c.claim)
        if m is None:
            continue
        noun, pred = m.group("noun"), m.group("pred").split()
        # "come to harm as a result": the predicate up to a clause's adverbial tail.
        cut = next((i for i, w in enumerate(pred) if i and w in _PRED_TAIL), len(pred))
        pred = pred[:cut]
        core = " ".join(pred[-3:]) if len(pred) >= 2 else None
        if core is None or len(core) < 8:
            continue
        some = re.compile(
            rf"\b{_COUNT_WORD}\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}s?\b[^.;]{{0,90}}?"
            rf"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?:\w+\s+){{0,2}}?{re.escape(core)}\b"
        )
        for t in sentences[:5000]:
            if t.article == c.sentence.article:
                continue
            found = some.search(t.text)
            # "Of the 14 patients ..., none had come to harm" agrees; "in an unrelated crash last year" is another
            # matter: only a count of the harmed in the same event answers the claim.
            if found is None or _NEGATED.search(found.group(0)) or _OTHER_MATTER.search(t.text):
                continue
            if any(o.key == c.key for o in claims if o.sentence.text == t.text):
                continue
            summary = f"{c.actor}: “{_clean_side(c.claim, 20)}” vs. “{_clean_side(t.text, 32)}”"
            cites = tuple(sorted({c.sentence.article, t.article}))
            out.append((2.2, summary, cites, frozenset((c.key, f"count:{t.text[:30]}"))))
            break
    return out


# "We said 20,000 and we were told it was somebody else's survey": a side reporting what the other told it, in the
# other's own words ("I'm not going to adopt somebody else's survey"), to answer it.
_TOLD_US = re.compile(r"\b(?:we|I)\s+(?:were|was)\s+told\s+(?:that\s+)?(?P<told>[^.;]{8,})", re.IGNORECASE)


def told_back(claims: Sequence[Attribution]) -> list[Scored]:
    """One side saying it "was told" what another side's own words say, to answer it."""
    out: list[Scored] = []
    seen: set[frozenset[str]] = set()
    for b in claims:
        m = _TOLD_US.search(b.claim)
        # The teller answers only when it sets what it was told against its own account ("We said 20,000 and we
        # were told ..."); a bare "We were told the school would reopen ..." may be what the other side confirms.
        if m is None or not re.search(r"\w.*\b(?:and|but|yet)\s*$", b.claim[: m.start()]):
            continue
        told = _plain(m.group("told")).split()
        # Three words with two of content, or four with one ("somebody else's survey").
        phrases = {p for i in range(len(told) - 2) for p in [" ".join(told[i : i + 3])] if len(content_words(p)) >= 2}
        phrases |= {p for i in range(len(told) - 3) for p in [" ".join(told[i : i + 4])] if content_words(p)}
        for a in claims:
            pair = frozenset((a.key, b.key))
            if a.key == b.key or pair in seen or a.sentence.text == b.sentence.text or _same_side(a.actor, b.actor):
                continue
            mine = f" {_plain(a.claim)} "
            if not any(f" {p} " in mine for p in phrases):
                continue
            seen.add(pair)
            summary = f"{a.actor}: “{_clean_side(a.claim, 24)}” vs. {b.actor}: “{_clean_side(b.claim, 28)}”"
            out.append((2.2, summary, tuple(sorted({a.sentence.article, b.sentence.article})), pair))
    return out


# "The board says it will refund the fee to affected schools only. We believe every school should ...": the report's
# own side ("we", a union's bulletin, a campaign's newsletter) set against the position stated just before.
_WE_HOLD = re.compile(
    r"^(?:But\s+|And\s+)?[Ww]e\s+(?:believe|think|say|insist|argue|want|maintain|disagree)\b[^;]{8,}$"
)


_SAID_AFTER = re.compile(
    r",\s+(?!and\b|but\b)(?:[^,]{1,80}\s)?(?:said|says|added|adds|told\s+[\w ]{2,30}|explained|insisted|argued)"
    r"\s*[.!]?[\"”’']?$"
)


def positions_answered_by_we(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A body's stated position, answered in the next sentence by the report's own "we believe ...", on the same
    matter (a content word in common)."""
    out: list[Scored] = []
    claims_at: dict[tuple[int, int], list[Attribution]] = defaultdict(list)
    for c in claims:
        claims_at[(c.sentence.article, c.sentence.position)].append(c)
    for s in sentences[:5000]:
        # "We believe the routes will bring 400 jobs, chief executive Mia Lund said": a speaker's own "we", not the
        # report's, continuing the side before.
        if not _WE_HOLD.match(s.text) or s.said or _SAID_AFTER.search(s.text):
            continue
        said = claims_at.get((s.article, s.position - 1), [])
        if len(said) != 1:
            continue
        other = said[0]
        shared = {w[:5] for w in content_words(other.claim)} & {w[:5] for w in content_words(s.text)}
        if not shared - {w[:5] for w in content_words(other.actor)}:
            continue
        summary = f"{_clean_side(other.sentence.text, 26)} vs. “{_clean_side(s.text, 26)}”"
        out.append((2.0, summary, (s.article,), frozenset((other.key, f"we:{s.article}"))))
    return out


# "Transport Secretary Rhona Kilbride's office said the government "has done everything the council has asked of it"":
# a person's office (spokesman, aides) answering, in the next sentence, a claim another side has just made.
_OFFICE_SAYS = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+){0,2})?(?:[A-Z][a-z]+\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})['’]s?\s+"
    r"(?:office|spokes(?:man|woman|person)|press\s+office|aides?|team)\s+(?:said|says|insisted|insists|replied|responded)\s+"
    r"(?:that\s+)?(?P<claim>[^;]{8,})$"
)


_NONE_AT_ALL = re.compile(
    r"\bnot\s+(?:\w+\s+){0,2}?(?:one|a\s+single|a\s+penny|a\s+cent|a\s+dime|a\s+thing|any(?:thing)?\s+at\s+all)\b|"
    r"\b(?:nothing|never|not\s+once|not\s+a\s+(?:word|penny|cent))\b",
    re.IGNORECASE,
)
_ALL_OF_IT = re.compile(r"\b(?:every|everything|all|always|fully|in\s+full)\b", re.IGNORECASE)


def offices_answer(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A claim ("had \"not sent one penny\"") and, next, another person's office saying the opposite on that matter."""
    out: list[Scored] = []
    claims_at: dict[tuple[int, int], list[Attribution]] = defaultdict(list)
    for c in claims:
        claims_at[(c.sentence.article, c.sentence.position)].append(c)
    for s in sentences[:5000]:
        m = _OFFICE_SAYS.match(s.text)
        if m is None:
            continue
        name = clean_name(m.group("name"))
        if not name:
            continue
        key = actor_key(name)
        before = [c for c in claims_at.get((s.article, s.position - 1), []) if c.key != key]
        if not before:
            continue
        other, claim = before[0], m.group("claim")
        if bool(_NEGATED.search(other.claim)) == bool(_NEGATED.search(claim)):
            continue  # the same polarity: two accounts that may agree
        # A difference of negation alone is no opposition ("would not close" / "its future was secure"): the one
        # side says none at all ("not one penny"), the other all of it ("has done everything").
        no, yes = (other.claim, claim) if _NEGATED.search(other.claim) else (claim, other.claim)
        if not _NONE_AT_ALL.search(no) or not _ALL_OF_IT.search(yes):
            continue
        shared = set(content_words(other.claim)) & set(content_words(claim))
        if not shared - set(content_words(other.actor + " " + name)):
            continue
        summary = f"{other.actor}: “{_clean_side(other.claim, 24)}” vs. {name}'s office: “{_clean_side(claim, 24)}”"
        out.append((2.3, summary, (s.article,), frozenset((other.key, key))))
    return out


# "The council had said records of about 12,000 residents were on the servers.": a figure the report credits to one
# side, which the next sentence's "real figure" (another side's) answers.
_HAD_SAID = re.compile(
    rf"^(?P<who>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?|{_PARTY_NAME})\s+(?:had|has|have)\s+(?:said|put|estimated|given|told\s+\w+)"
    r"\s+(?:that\s+)?(?P<claim>[^\"“;]*\d[^\"“;]*)$"
)


def figures_corrected(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named actor's "real figure" set against the figure the report has just credited to another side."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    for c in claims:
        fix = _REAL_FIGURE.search(c.claim)
        if fix is None:
            continue
        theirs = float(fix.group("num").replace(",", ""))
        for step in (1, 2):
            before = by_place.get((c.sentence.article, c.sentence.position - step))
            m = _HAD_SAID.match(before.text) if before is not None else None
            if m is None:
                continue
            party = _party(m.group("who"))
            figures = [v for _unit, v in _quantities(m.group("claim"))]
            if party is None or party[1] == c.key or not figures:
                break
            if not any(max(v, theirs) >= 1.2 * max(min(v, theirs), 1e-9) for v in figures):
                break
            who = _cap(m.group("who")) if re.match(r"[Tt]he\s", m.group("who")) else party[0]
            summary = f"{who}: “{_clean_side(m.group('claim'), 24)}” vs. {_said(c)}"
            out.append((2.4, summary, (c.sentence.article,), frozenset((party[1], c.key))))
            break
    return out


# A written answer to a member's question ("Answered on 3 April 2041 by Farida Olumide, Minister ...: The Department
# does not accept that estimate.") that rejects the estimate or claim the question put in another side's name.
_ANSWERED_BY = re.compile(
    r"^(?:Answered|Replied|Reply)\s+(?:on\s+[^:]{3,40}?\s+)?by\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:,\s+[^:]{3,80})?:\s+(?P<rest>.+)$"
)
_OWNED_PUT = re.compile(
    rf"\b(?:the\s+)?(?P<who>{_PARTY_NAME})['’]s?\s+(?:estimates?|claims?|figures?|assessments?|findings?|"
    r"calculations?|allegations?)\s+that\s+(?P<claim>[^?;]{10,}?)[.?]?$"
)
_REJECTS_PUT = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:accept|recognise|recognize|agree\s+with)\s+(?:that|this|the|those|these)\b|"
    r"\b(?:rejects?|disputes?)\s+(?:that|this|the)\s+(?:estimate|claim|figure|assessment|allegation)"
)


def written_answers(sentences: Sequence[Sentence]) -> list[Scored]:
    """A question put in another side's name ("... the Association's estimate that the sum covers barely a tenth")
    and the written answer just after it that rejects that estimate, with the answer's reason."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    for s in sentences[:5000]:
        put = _OWNED_PUT.search(s.text)
        if put is None or not re.search(r"\bask\b|\?$", s.text):
            continue
        answer = by_place.get((s.article, s.position + 1))
        a = _ANSWERED_BY.match(answer.text) if answer is not None else None
        if a is None or not _REJECTS_PUT.search(a.group("rest")):
            continue
        owner, who = _party(put.group("who")), clean_name(a.group("who"))
        if owner is None or not who or owner[1] == actor_key(who):
            continue
        said = a.group("rest")
        reason = by_place.get((s.article, s.position + 2))
        if reason is not None and not _ANSWERED_BY.match(reason.text) and len(f"{said} {reason.text}".split()) <= 40:
            said = f"{said} {reason.text}"
        summary = f"{_cap(owner[0])}: “{_clean_side(put.group('claim'), 26)}” vs. {who}: “{_clean_side(said, 40)}”"
        out.append((2.2, summary, (s.article,), frozenset((owner[1], actor_key(who)))))
    return out


# "Several readers have written to say kit checks were skipped ...", "Tessellate Systems has said it offered us a
# patch": a claim the report credits to a side, answered in the sentence beside it by another side's flat denial.
_REPORTED = re.compile(
    # A page's heading run into its first sentence ("What our supplier has said Tessellate Systems has said ...").
    r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){1,6}\s+(?=[A-Z]))?"
    rf"(?P<who>(?:Several|Some|Many|Most|A\s+few|A\s+number\s+of)\s+(?:[a-z]+\s+)?[a-z]+s|(?:[Tt]he\s+)?{_PARTY_NAME})\s+"
    r"(?:has|have|had)\s+(?:written\s+(?:in\s+)?to\s+(?:say|tell\s+us)|said|claimed|complained|told\s+\w+)\s+"
    r"(?:that\s+)?(?P<claim>[^\"“;]{15,})$"
)
# The denial's words, in quotation marks after their speaker ("Pennock told us: “Every runner's kit was checked ...",
# "12:15 | Pennock on the weather: “We were not told about any amber warning ...").
_QUOTED_AFTER = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*\|\s*)?(?P<pre>[^\"“]{3,140}?)[:,]?\s*[\"“](?P<q>[^\"”]{10,})[\"”]?\.?$"
)
_FLAT_NO = re.compile(
    r"^(?:(?:We|I)\s+(?:were|was|have|had|did|do)\s+(?:not|never|no)\b|(?:We|I)\s+have\s+no\s+record\b|"
    r"(?:Every|Each|All)\b[^.]{0,60}?\b(?:was|were|had|has|have|did)\b|(?:No|Nobody|None|Nothing)\s)"
)
_HEAD = re.compile(
    r"^Its\s+(?:chief\s+executive|managing\s+director|chair(?:man|woman)?|president|director|founder|owner),\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}),"
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in ENGLISH.stop_words}


def _head_of(body: str, sentences: Sequence[Sentence], by_place: dict[tuple[int, int], Sentence]) -> str | None:
    """The person a report names as a body's head right after naming the body ("..., Tessellate Systems, says ...
    Its chief executive, Conrad Vey, said ...")."""
    for s in sentences[:5000]:
        if body not in s.text:
            continue
        nxt = by_place.get((s.article, s.position + 1))
        m = _HEAD.match(nxt.text) if nxt is not None else None
        if m and clean_name(m.group("name")):
            return m.group("name")
    return None


def denied_beside(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A claim credited to one side and, in the sentence before or after it, another side's quoted flat denial on the
    same matter ("Every runner's kit was checked", "We were not told about any amber warning")."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    speakers = {c.actor.split()[-1]: c for c in claims if _person_like(c.actor) and len(c.actor.split()) >= 2}
    for s in sentences[:5000]:
        m = _REPORTED.match(s.text)
        if m is None or NEGATION.search(m.group("claim")):
            continue
        who = m.group("who")
        party = _party(who) if who[:1].isupper() and not re.match(r"(?:Several|Some|Many|Most|A)\s", who) else None
        shown, key = (party[0], party[1]) if party else (who, who.lower())
        for step in (-1, 1):
            t = by_place.get((s.article, s.position + step))
            q = _QUOTED_AFTER.match(t.text) if t is not None else None
            if q is None or not _FLAT_NO.match(q.group("q")):
                continue
            # The speaker is the name nearest the quote ("Highline Events' race director Gareth Pennock told us").
            at = {
                c.key: (m2.start(), c)
                for last, c in speakers.items()
                for m2 in re.finditer(rf"\b{re.escape(last)}\b", q.group("pre"))
            }
            named = [c for _at, c in sorted(at.values(), key=lambda x: -x[0])][:1]
            if not named or named[0].key == key or (party and affiliated(named[0].actor, party[0], sentences)):
                continue
            first = re.split(r"(?<=[.!?])\s+", q.group("q"))[0]
            shared = _stems(m.group("claim")) & _stems(first)
            if not shared - _stems(shown + " " + named[0].actor):
                continue
            head = _head_of(shown, sentences, by_place) if party else None
            side = f"{head} ({shown})" if head else _cap(who if who[:1].islower() or who.startswith("The ") else shown)
            quote = _clean_side(q.group("q"), 28)
            summary = f"{side}: “{_clean_side(m.group('claim'), 24)}” vs. {named[0].actor}: “{quote}”"
            out.append((2.3, summary, (s.article,), frozenset((key, named[0].key))))
            break
    return out


# A letters page: "Ffion Daly, Chair, Linnet Close Residents' Association, writes: Mr Fairbrass says the survey met
# every standard." and, later in the same letter, what the writer says against it ("That further survey was never
# done.").
_LETTER_PUTS = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,\s+[^:]{2,90})?,?\s+(?:writes|replies):\s+"
    r"(?:Mr|Mrs|Ms|Dr|Cllr|Professor)\.?\s+(?P<other>[A-Z][\w'’-]+)(?:\s+of\s+[^,]{2,40})?\s+"
    r"(?:says|said|claims|insists|maintains|told\s+[^,]{2,40}?\s+that)\s+(?:that\s+)?(?P<claim>.{10,})$"
)
_LETTER_ENDS = re.compile(r"^Sir,|\b(?:writes|replies):")


def letters_answered(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A letter or reply that opens on another named side's claim and goes on to deny it."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    full = {c.actor.split()[-1]: c.actor for c in claims if _person_like(c.actor) and len(c.actor.split()) >= 2}
    for s in sentences[:5000]:
        m = _LETTER_PUTS.match(s.text)
        if m is None or m.group("other") == m.group("name").split()[-1]:
            continue
        run: list[str] = []
        for step in range(1, 5):
            t = by_place.get((s.article, s.position + step))
            if t is None or _LETTER_ENDS.search(t.text):
                break
            run.append(t.text)
            if _NEGATED.search(t.text):
                break
        if not run or not _NEGATED.search(run[-1]):
            continue
        said = " ".join(run[-2:]) if len(" ".join(run[-2:]).split()) <= 45 else run[-1]
        other = full.get(m.group("other"), m.group("other"))
        summary = f"{other}: “{_clean_side(m.group('claim'), 24)}” vs. {m.group('name')}: “{_clean_side(said, 45)}”"
        out.append((2.2, summary, (s.article,), frozenset((actor_key(other), actor_key(m.group("name"))))))
    return out


# "We have seen reports that staff raised concerns ... No such warning was ever escalated": a denial that points back
# at a claim ("no such warning", "any such offer") without naming who made it.
_NO_SUCH = re.compile(r"\b(?:[Nn]o|any)\s+such\s+(?P<noun>[a-z]{4,})\b")


# "No such warning was ever escalated", "No such meeting took place", "No such list exists": a denial that a thing was.
_NO_SUCH_FACT = re.compile(
    r"^(?:However,\s+|But\s+)?No\s+such\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:"
    r"(?:was|were|is|are|has|have|had)(?:\s+(?:ever|never|yet|been|actually))*\s+(?:ever|[a-z]+(?:ed|en|wn)|made|done|sent|kept|held|found|told|paid|built|seen|heard|set)\b"
    # "No such complaint ever reached the board": a past event denied.
    r"|(?:ever\s+)?(?:exists?|existed|took\s+place|happened|occurred|came|arrived|[a-z]+ed)\b)",
    re.IGNORECASE,
)


def no_such(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """An unattributed denial in a report's own voice ("No such warning was ever escalated") against a named actor's
    claim of that very thing ("Staff had warned managers ..."), on the same matter."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    said_at = {(c.sentence.article, c.sentence.position) for c in claims}
    for s in sentences[:5000]:
        m = _NO_SUCH.search(s.text)
        if m is None or (s.article, s.position) in said_at or re.search(r"[\"“]", s.text):
            continue  # a quoted or attributed denial has its speaker, and other rules pair it
        if not re.match(r"^(?:There\s+(?:was|is|were)\s+no|We\s+have\s+no)\b", s.text) and not _NO_SUCH_FACT.match(
            s.text
        ):
            continue  # "No such efforts can replace ...": a remark on what could be, no denial that a thing was
        before = by_place.get((s.article, s.position - 1))
        here = _stems(s.text) | (_stems(before.text) if before is not None else set())
        root = m.group("noun")[:4]
        best: tuple[int, Attribution] | None = None
        for c in claims:
            if c.sentence.article == s.article or not _person_like(c.actor) or NEGATION.search(c.claim):
                continue
            words = re.findall(r"[a-z]{4,}", c.claim.lower())
            if not any(w.startswith(root) for w in words):
                continue
            shared = len((_stems(c.claim) & here) - _stems(c.actor) - {m.group("noun")[:5]})
            if shared >= 1 and (best is None or shared > best[0]):
                best = (shared, c)
        if best is None:
            continue
        c = best[1]
        own = (
            f"{before.text} {s.text}" if before is not None and len(f"{before.text} {s.text}".split()) <= 40 else s.text
        )
        summary = f"{_said(c)} vs. “{_clean_side(own, 40)}”"
        cites = tuple(sorted({c.sentence.article, s.article}))
        out.append((2.1, summary, cites, frozenset((c.key, f"page:{s.article}"))))
    return out


# "They are not ours." against "Cllr Lisle said the Authority's own maps showed the shaft": a side disowning a thing,
# answered by another side pointing to that side's own records.
_DISOWNS = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not\s+ours|not\s+our\s+(?:responsibility|problem|land|property|shaft|site|pipe|"
    r"building|liability)|nothing\s+to\s+do\s+with\s+us)\b",
    re.IGNORECASE,
)
_THEIR_RECORDS = re.compile(
    r"\b(?:the\s+)?[A-Z][\w'’-]*['’]s\s+(?:own\s+)?(?:maps?|records?|plans?|documents?|files?|logs?|papers?|registers?)\s+"
    r"(?:show|shows|showed|shown|list|lists|listed|record|records|recorded|name|names|named)\b"
)


def disowned(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side disowning something ("They are not ours") and, within a few sentences, another named side saying
    the first side's own records show it is theirs."""
    out: list[Scored] = []
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    claims_at = {(c.sentence.article, c.sentence.position): c for c in claims}
    for s in sentences[:5000]:
        if not _DISOWNS.search(s.text):
            continue
        # The speaker: the claim of this sentence, or of the quotation it continues (at most two sentences back).
        own = next((claims_at[k] for k in [(s.article, s.position - i) for i in range(3)] if k in claims_at), None)
        if own is None or not _person_like(own.actor):
            continue
        words = " ".join(by_place[(s.article, p)].text for p in range(own.sentence.position, s.position + 1))
        words = re.split(r"[:,]\s*[\"“]", words, maxsplit=1)[-1]  # the quotation, without "X said:" before it
        for step in range(1, 4):
            t = claims_at.get((s.article, s.position + step))
            if t is None or t.key == own.key or not _THEIR_RECORDS.search(t.claim):
                continue
            summary = f"{own.actor}: “{_clean_side(words, 30)}” vs. {_said(t)}"
            out.append((2.2, summary, (s.article,), frozenset((own.key, t.key))))
            break
    return out


_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# A clock time, written or spoken: "11:30", "13.10", "4pm", "half eleven", "ten past one", "quarter to two".
_CLOCK = re.compile(
    rf"\b(?:(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?!\d)|(?P<h12>1[0-2]|[1-9])\s*(?P<ampm>am|pm)\b|"
    rf"(?P<mins>five|ten|twenty|twenty-five|quarter|half)\s+(?P<dir>past|to)\s+(?P<h1>{_HOURS})\b|"
    rf"half\s+(?P<h2>{_HOURS})\b)",
    re.IGNORECASE,
)
_CLOCK_WORDS = {"half", "past", "quarter", "hour", "hours", "minutes", "later", "earlier", "clock"}
# A quotation's opening: "Dougie Rennison, team leader, said: “..." (a heading may run into it).
_QUOTE_OPENS = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:,\s+[^,\"“]{2,60},)?\s+(?:said|says|told\s+\w+):\s*[\"“]"
)


def _minutes(m: re.Match[str]) -> int:
    """Minutes past the hour on a twelve-hour dial: a spoken "ten past one" and a written "13:10" are one time."""
    if m.group("hh"):
        return (int(m.group("hh")) % 12) * 60 + int(m.group("mm"))
    if m.group("h12"):
        return (int(m.group("h12")) % 12) * 60
    if m.group("h2"):
        return (int(_WORD_NUMBERS[m.group("h2").lower()]) % 12) * 60 + 30
    mins = {"quarter": 15, "half": 30}.get(m.group("mins").lower()) or int(_WORD_NUMBERS[m.group("mins").lower()])
    hour = int(_WORD_NUMBERS[m.group("h1").lower()]) % 12
    return hour * 60 + mins if m.group("dir").lower() == "past" else (hour * 60 - mins) % 720


def times_apart(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """Two named sides giving different clock times for the same act ("I asked for the race to be stopped at half
    eleven" / "The request to stop reached me at ten past one"): one time each, half an hour apart or more."""
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    claims_at = {(c.sentence.article, c.sentence.position): c for c in claims}
    timed: list[tuple[str, str, int, Sentence]] = []  # speaker, key, minutes, sentence
    for s in sentences[:5000]:
        clocks = list(_CLOCK.finditer(s.text))
        if len(clocks) != 1 or not re.search(r"\b(?:I|we|me|us)\b", s.text):
            continue  # a speaker's own account of what they did or were told
        speaker: tuple[str, str] | None = None
        for back in range(3):
            at = (s.article, s.position - back)
            if at in claims_at and _person_like(claims_at[at].actor):
                speaker = (claims_at[at].actor, claims_at[at].key)
                break
            t = by_place.get(at)
            m = _QUOTE_OPENS.search(t.text) if t is not None else None
            if m and clean_name(m.group("name")):
                name = clean_name(m.group("name")) or ""
                speaker = (name, actor_key(name))
                break
        if speaker is not None:
            timed.append((speaker[0], speaker[1], _minutes(clocks[0]), s))
    out: list[Scored] = []
    seen: set[frozenset[str]] = set()
    for i, (a, a_key, a_min, a_s) in enumerate(timed):
        for b, b_key, b_min, b_s in timed[i + 1 :]:
            pair = frozenset((a_key, b_key))
            if a_key == b_key or pair in seen or min(abs(a_min - b_min), 720 - abs(a_min - b_min)) < 30:
                continue
            shared = (_stems(a_s.text) & _stems(b_s.text)) - _stems(f"{a} {b}") - {w[:5] for w in _CLOCK_WORDS}
            shared -= {w[:5] for w in _HOURS.split("|")}
            if len(shared) < 2:
                continue
            seen.add(pair)
            summary = f"{a}: “{_clean_side(_quoted(a_s.text), 28)}” vs. {b}: “{_clean_side(_quoted(b_s.text), 28)}”"
            out.append((1.8, summary, tuple(sorted({a_s.article, b_s.article})), pair))
    return out


def _quoted(text: str) -> str:
    """A sentence's quotation when it has one ("Gareth Pennock, sitting beside her, then says: “The request ...")."""
    m = re.search(r"[:,]\s*[\"“](?P<q>[^\"”]{10,})[\"”]?\.?$", text)
    return m.group("q") if m else text


# A fact-check column: 'CLAIM: "..." — Name, role, where and when.' then 'VERDICT: False.' and the checker's reasons
# (the line patterns are actors.CHECKED_CLAIM and actors.CHECK_VERDICT); the maker is the attribution's head to its
# first comma or stop, and the rest of it the maker's role.
_MAKER = re.compile(r"(?P<who>[^,.;(]{2,80})(?P<role>[^.;]*)")
# Which way a verdict goes, by its first telling word: "A fair question, not a fact" and "Accurate, for now" uphold or
# spare the claim; "Still misleading", "Not in the port's gift", "Unproven" count against it.
_UPHELD = re.compile(r"\b(?:accurate|true|correct|right|plausible|fair|reasonable|confirmed|supported)\b", re.I)
_AGAINST_CLAIM = re.compile(
    r"\b(?:false|misleading|unproven|wrong|incorrect|inaccurate|exaggerat\w*|unsupported|unsubstantiated|untrue|"
    r"doubtful|dubious|not|no|lacks|missing|needs\s+context|out\s+of\s+context|distort\w*|overstat\w*|understat\w*)\b",
    re.I,
)
_SAYS_NAMED = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Professor)\s+[A-Z][\w'’-]+|\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]+)"
    r"(?=[^.]*?\b(?:said|says|told|tells|insists?|insisted|wrote)\b)|\b(?:said|says|told)\b[^.]*?\b[A-Z][a-z]+\s+[A-Z]"
)


def _against(verdict: str) -> bool:
    """The verdict's first telling word counts against the claim."""
    up, down = _UPHELD.search(verdict), _AGAINST_CLAIM.search(verdict)
    return down is not None and (up is None or down.start() < up.start())


def checked_claims(sentences: Sequence[Sentence], outlets: Sequence[str] = ()) -> list[Scored]:
    """A fact-check's claim, by the named side that made it, against the checker's verdict when it goes against it.

    The checker's side is its reasons: first a named person the check says spoke otherwise ("X says the log books show
    the inspection was not done"), else the first reason given; the claimant's own camp (its name, its role's names)
    answering is no other side. A verdict that upholds the claim ("Accurate", "Both figures are right") is none.
    """
    by_article: dict[int, list[Sentence]] = defaultdict(list)
    for s in sentences[:5000]:
        by_article[s.article].append(s)
    out: list[Scored] = []
    for article, rows in by_article.items():
        rows.sort(key=lambda s: s.position)
        for n, s in enumerate(rows):
            line = CHECKED_CLAIM.match(s.text)
            m = _MAKER.match(line["maker"]) if line else None
            if line is None or m is None or n + 1 >= len(rows):
                continue
            verdict = CHECK_VERDICT.match(rows[n + 1].text)
            party = _party(m.group("who"))
            if verdict is None or party is None or not _against(verdict.group("verdict")):
                continue
            reasons: list[Sentence] = []
            for t in rows[n + 2 :]:
                if CHECKED_CLAIM.match(t.text) or re.match(r"^[A-Z][A-Z'’ ]{3,}(?::|$)", t.text):
                    break  # the next claim, or a heading ("HOW WE CHECK:", "WHAT WE STILL DON'T KNOW")
                reasons.append(t)
            camp = set(content_words(m.group("who") + " " + m.group("role"))) - {"in", "on", "to"}
            own = [t for t in reasons if not (set(content_words(t.text)) & camp and _SAYS_NAMED.search(t.text))]
            named = [t for t in own if _SAYS_NAMED.search(t.text)]
            if not (named or own):
                continue
            reason = (named or own)[0]
            checker = outlets[article] if article < len(outlets) and outlets[article] else "The fact-check"
            summary = (
                f"{party[0]}: “{_clean_side(line['claim'], 24)}” vs. {checker} "
                f"(verdict: {verdict.group('verdict').rstrip('.')}): “{_clean_side(reason.text, 28)}”"
            )
            out.append((2.4, summary, (article,), frozenset((party[1], actor_key(checker) or "checker"))))
    return out


# "the council's paper says 35 minutes each way." "On that road, in winter, it is closer to an hour.": a speaker gives
# another side's figure, then their own, "closer to" it.
_THEIRS_SAYS = re.compile(
    r"\b(?P<who>(?:the|its|their)\s+[a-z]+(?:['’]s)?(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:says|said|claims|claimed|puts\s+it\s+at|put\s+it\s+at|promises|promised|quotes|quoted|estimates|estimated)\s+"
    r"(?:(?:about|around|just|only)\s+)?(?P<num>\d[\d,.]*|an?|one|two|three|four|five|ten|twenty|thirty)\s+"
    r"(?P<unit>[a-z]{3,})\b"
)
_CLOSER = re.compile(
    r"\b(?:is|was|it['’]s|more\s+like|really)\s+(?:closer|nearer)\s+to\s+(?:an?\s+|\d[\d,.]*\s*|(?:"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")\s+)[a-z]{3,}",
    re.IGNORECASE,
)


def closer_than_said(claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker setting their own figure ("closer to an hour") against the one another side gives ("the
    council's paper says 35 minutes"), in one sentence or the next one of their own words."""
    by_place = {(c.sentence.article, c.sentence.position): c for c in claims}
    out: list[Scored] = []
    for c in claims:
        said = _THEIRS_SAYS.search(c.claim)
        if said is None or actor_key(said.group("who")) == c.key:
            continue
        rest = c.claim[said.end() :]
        nxt = by_place.get((c.sentence.article, c.sentence.position + 1))
        if _CLOSER.search(rest):
            words = c.claim
        elif nxt is not None and nxt.key == c.key and _CLOSER.search(nxt.claim):
            words = f"{c.claim} {nxt.claim}"
        else:
            continue
        who = said.group("who")
        pair = frozenset((c.key, "the " + who.split()[-1].lower() if who[:1].islower() else actor_key(who)))
        out.append((2.2, f"{c.actor}: “{_clean_side(words, 40)}”", (c.sentence.article,), pair))
    return out


# "Its director, Graham Tait, put the figure "closer to £400,000 once you count ..."": a person's own estimate, put
# against another side's sum said beside it ("The agency says the £180,000 covers everything.").
_PUTS_FIGURE = re.compile(
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor|Cllr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s+"
    r"(?:has\s+|had\s+)?(?:put|puts|estimated|estimates|reckons|reckoned)\s+(?:the|its|their)\s+"
    r"(?:figure|cost|bill|total|number|price|sum)\s+(?:at\s+)?[\"“‘]?(?:closer\s+to|nearer|at|as\s+high\s+as|more\s+like|"
    r"about|around|over)\s+(?P<cur>[£$€])(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|m|bn)?"
)
_SIDE_SAYS_SUM = re.compile(
    rf"^(?P<who>{_PARTY})\s+(?:says|said|insists|insisted|maintains|maintained|estimates|estimated)\b[^.;]*?"
    r"(?P<cur>[£$€])(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|m|bn)?"
)


def _sum(m: re.Match[str]) -> float:
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get((m.group("scale") or "").lower(), 1.0)
    return float(m.group("num").replace(",", "")) * scale


def figures_put_against(sentences: Sequence[Sentence]) -> list[Scored]:
    """A named person's own estimate of a sum against the sum another named side gives within two sentences, in the
    same currency and a fifth apart or more."""
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _PUTS_FIGURE.search(s.text)
        name = clean_name(m.group("name")) if m else None
        if m is None or not name:
            continue
        for step in (1, 2, -1, -2):
            t = by_place.get((s.article, s.position + step))
            other = _SIDE_SAYS_SUM.match(t.text) if t is not None else None
            party = _party(other.group("who")) if other else None
            if (
                t is None
                or other is None
                or party is None
                or party[1] == actor_key(name)
                or other.group("cur") != m.group("cur")
            ):
                continue
            low, high = sorted((_sum(m), _sum(other)))
            if low <= 0 or high < 1.2 * low:
                continue
            summary = f"{name}: “{_clean_side(s.text, 32)}” vs. {party[0]}: “{_clean_side(t.text, 24)}”"
            out.append((2.3, summary, (s.article,), frozenset((actor_key(name), party[1]))))
            break
    return out


# "We've asked for £400 a truck per day of delay." "They've offered £90.": a side's demand and the other's offer, as
# the first side tells it, the offerer named just before ("The port now says it will talk about a payment.").
_ASKED_SUM = re.compile(
    r"\b(?:asked|asking|ask|called|calling|demanded|demanding|want|wanted|claimed|claiming)\s+for\s+[£$€]\d"
)
_OFFERED_SUM = re.compile(
    rf"^(?:(?P<pron>They|It|He|She)|(?P<who>{_PARTY}))(?:['’]ve|\s+have|\s+has|\s+had)?\s+(?:only\s+)?offered\s+"
    r"(?:us\s+|them\s+)?[£$€]\d"
)
_NAMED_BEFORE = re.compile(
    rf"^(?P<who>(?:[Tt]he\s+[a-z]+)|{_PARTY})\s+(?:now\s+|has\s+|had\s+)?(?:says|said|has\s+said)\b"
)


def demands_and_offers(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side's demand of a sum against the sum the other side offered, said in the next sentence."""
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    out: list[Scored] = []
    for c in claims:
        if not _ASKED_SUM.search(c.claim) or re.match(r"(?:We|I|They|It|He|She|You)\b", c.actor):
            continue  # "We've asked ...": the sentence's own pronoun is no named side
        nxt = by_place.get((c.sentence.article, c.sentence.position + 1))
        offer = _OFFERED_SUM.match(nxt.text) if nxt is not None else None
        if offer is None or nxt is None:
            continue
        who = offer.group("who")
        for back in (1, 2) if offer.group("pron") else ():
            before = by_place.get((c.sentence.article, c.sentence.position - back))
            named = _NAMED_BEFORE.match(before.text) if before is not None else None
            if named:
                who = named.group("who")
                break
        if not who:
            continue
        key = "the " + who.split()[-1].lower() if who.lower().startswith("the ") else actor_key(who)
        if not key or key == c.key:
            continue
        shown = who[0].upper() + who[1:]
        summary = f"{c.actor}: “{_clean_side(c.claim, 24)}. {_clean_side(nxt.text, 12)}” ({shown}'s offer)"
        out.append((2.2, summary, (c.sentence.article,), frozenset((c.key, key))))
    return out


# "Professor Ana Ruiz's 2031 survey, which found 540 goats where the agency counted 900": one sentence giving two
# sides' counts of one thing, the first side's study against what the second counted.
_FOUND_WHERE = re.compile(
    rf"(?P<a>{_PARTY_NAME})['’]s\s+(?:[\w-]+\s+){{0,2}}(?:survey|count|study|report|estimate|census|figures?|data|"
    r"analysis|review)\s*,?\s+(?:which\s+|that\s+)?(?:found|put|counted|estimated|recorded|showed|gave)\s+"
    r"(?:[^,;]{0,30}?\s)?(?P<n1>\d[\d,]*)\s+(?P<unit>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+(?:where|whereas|while|against)\s+"
    rf"(?P<b>the\s+[a-z]+|{_PARTY_NAME})\s+(?:had\s+|has\s+)?(?:counted|estimated|said|found|claimed|claims|says|"
    r"reported|recorded|put\s+it\s+at)\s+(?:[^,;]{0,20}?\s)?(?P<n2>\d[\d,]*)\b"
)


def counted_where(sentences: Sequence[Sentence]) -> list[Scored]:
    """A study's count against another side's ("found 540 where the agency counted 900"), both named in one sentence
    and a fifth apart or more."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _FOUND_WHERE.search(s.text)
        a = _party(m.group("a")) if m else None
        if m is None or a is None:
            continue
        b_raw = m.group("b")
        b_key = "the " + b_raw.split()[-1].lower() if b_raw.lower().startswith("the ") else actor_key(b_raw)
        one, two = (float(m.group(g).replace(",", "")) for g in ("n1", "n2"))
        if not b_key or b_key == a[1] or min(one, two) <= 0 or max(one, two) < 1.2 * min(one, two):
            continue
        out.append((2.2, _clean_side(s.text, 36), (s.article,), frozenset((a[1], b_key))))
    return out


# Who writes a petition, a letter or a post in the first person: "Started by Name", "Update #2 · Name", "Yours
# sincerely, Name".
_WRITER = re.compile(
    r"\b(?:Started\s+by|Update\s+#?\d+\s+·|Yours\s+(?:sincerely|faithfully),?)\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_NAMED_SAYING = re.compile(
    r"^(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor|Cllr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b[^.]*?"
    r"\b(?:said|says|told|argues|argued|claims|claimed|insists|insisted)\b"
)


def writers_answers(sentences: Sequence[Sentence]) -> list[Scored]:
    """The writer of a first-person page answering, with a "But" within two sentences, what a named person said that
    the page reports ("X ... said the goats did damage. I respect X. But the goats are why ...")."""
    by_article: dict[int, list[Sentence]] = defaultdict(list)
    for s in sentences[:5000]:
        by_article[s.article].append(s)
    out: list[Scored] = []
    for article, rows in by_article.items():
        rows.sort(key=lambda s: s.position)
        writer = next((m for s in rows for m in [_WRITER.search(s.text)] if m), None)
        name = clean_name(writer.group("name")) if writer else None
        if not name:
            continue
        for n, s in enumerate(rows):
            said = _NAMED_SAYING.match(s.text)
            person = clean_name(said.group("name")) if said else None
            if not person or actor_key(person) == actor_key(name):
                continue
            for t in rows[n + 1 : n + 3]:
                if _NAMED_SAYING.match(t.text) or t.text.startswith(('"', "“")):
                    break  # someone else speaks next: no answer of the writer's
                shared = set(_stems(s.text)) & set(_stems(t.text)) - set(_stems(person))
                if t.text.startswith("But ") and shared:
                    summary = f"{person}: “{_clean_side(s.text, 30)}” vs. {name}: “{_clean_side(t.text, 24)}”"
                    out.append((2.1, summary, (article,), frozenset((actor_key(person), actor_key(name)))))
                    break
    return out


# A record of proceedings: each turn opens with its speaker ("Anna Holt (Riverside) (Labour): ...", "The Minister for
# Health (Ivo Lund): ...", "Ivo Lund: ..."), and runs until the next.
_TURN_OPENS = re.compile(
    r"^(?:The\s+[A-Z][\w\s'’-]{2,60}?\((?P<held>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\)"
    r"|(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+\([^)]{2,40}\)){0,2}):\s"
)
# "On Ms Keir's point about fertility control, the advice to me is ...": a turn answering a named member's point.
_ON_POINT = re.compile(
    r"^(?:On|As\s+for|Turning\s+to)\s+(?:(?:Mr|Ms|Mrs|Dr|Professor)\.?\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s?\s+"
    r"(?:point|question|claim|argument|suggestion|call|request|demand|charge)\s+(?:about|on|over|that)\s+"
    r"(?P<matter>[^,]{3,60}),\s+(?P<reply>.{10,})"
)


def points_answered(sentences: Sequence[Sentence]) -> list[Scored]:
    """A speaker in a record of proceedings answering a named member's point ("On Ms Keir's point about X, ..."),
    against that member's own words on X in an earlier turn of the same record."""
    by_article: dict[int, list[Sentence]] = defaultdict(list)
    for s in sentences[:5000]:
        by_article[s.article].append(s)
    out: list[Scored] = []
    for article, rows in by_article.items():
        rows.sort(key=lambda s: s.position)
        speaker: list[str | None] = []
        current: str | None = None
        for s in rows:
            turn = _TURN_OPENS.match(s.text)
            if turn:
                current = clean_name(turn.group("held") or turn.group("name"))
            speaker.append(current)
        for n, s in enumerate(rows):
            m = _ON_POINT.match(_TURN_OPENS.sub("", s.text))
            answerer = speaker[n]
            if m is None or not answerer:
                continue
            key = actor_key(m.group("who"))
            matter = set(_stems(m.group("matter")))
            theirs = [
                (who, t)
                for who, t in zip(speaker[:n], rows[:n], strict=True)
                if who and actor_key(who) == key and key != actor_key(answerer) and matter & set(_stems(t.text))
            ]
            if not theirs:
                continue
            who, t = theirs[-1]
            summary = (
                f"{answerer}: “{_clean_side(_TURN_OPENS.sub('', s.text), 30)}” vs. "
                f"{who}: “{_clean_side(_TURN_OPENS.sub('', t.text), 24)}”"
            )
            out.append((2.3, summary, (article,), frozenset((actor_key(answerer), key))))
    return out


# A live-tweet thread's post furniture ("· 10:31 AM", "· 2:01 PM · Mar 20, 2052", then the next post's "10/ "), a
# podcast's chapter stamp ("22:05 ") and a numbered paragraph ("4.1 "): marks between turns, no one's words.
_POST_MARK = re.compile(
    r"\s*(?:🧵\s*)?·\s+\d{1,2}:\d{2}\s*[AP]M\b(?:\s+·\s+[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4})?\s*(?:/end\b\s*)?(?:\d{1,3}/\s+)?"
)
_TURN_HEAD = re.compile(r"^(?:\d{1,3}/\s+|\d{1,2}:\d{2}(?::\d{2})?\s+|\d{1,2}\.\d{1,2}\s+)")
_TITLE_WORD = r"(?:Dr|Cllr|Councillor|Professor|Prof|Mr|Mrs|Ms|Sir|Dame)\.?"
_TURN_NAME = (
    rf"(?:{_TITLE_WORD}\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}}|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}})"
)
# Who a turn is: "Dr Kwame Asante, in a statement to the show: "...", "Stephen Arkwright, has written that ...",
# "Professor Delia Frankham, pro-vice-chancellor for research: "..."".
_TURN_SPEAKER = re.compile(
    rf"(?<![\w'’-])(?P<name>{_TURN_NAME})(?:,\s+[^,:\"“”]{{2,80}}){{0,2}},?\s*"
    r"(?::\s*(?=[\"“])|(?:has\s+|had\s+)?(?:written|wrote|said|says|told\s+\w+(?:\s+(?:on|in|last)\s+\w+)?|stated|"
    r"states|argued|argues|insisted|insists|maintains|maintained|claims|claimed)\b(?:\s+that\b)?|moves\s+(?:the|a)\s+motion\s*:)"
    # "Sethi: "I am not going to ..."", "Lamb: the Board ...": a thread's or a transcript's turn opened by a surname
    # alone (a person the reports name in full, when no quotation follows).
    r"|^(?P<alone>[A-Z][a-z'’-]{2,})(?:\s+again)?\s*:\s*(?P<quoted>(?=[\"“]))?"
    # "Trust engineer Hugh Danes: the Trust ...": a full name after a role of a few words opens the turn.
    rf"|^(?:[A-Za-z'’-]+\s+){{0,4}}?(?P<lead>{_TURN_NAME})\s*:\s"
)
# "Foreword by Cllr Maureen Tebbit, Cabinet Member for Adult Social Care "Seaview House is ...": a signed quotation
# that opens a report's page, wherever the page's headings leave it in the sentence.
_SIGNED_QUOTE = re.compile(
    rf"\b(?:Foreword|Introduction|Message|Statement)\s+(?:by|from)\s+(?P<name>{_TURN_NAME})(?:,\s+[^\"“”]{{2,80}}?)?\s*"
    r"[\"“](?P<said>[^\"”]{8,})"
)
# "Graham Lamb of the DIB is here in person this time. On the 2047 survey: "That was ...": a turn that opens on its
# matter speaks for the person the turn before brings in.
_ON_MATTER = re.compile(r"^On\s+[^:\"“]{3,60}:\s*[\"“]")
_PRONOUN_SAYS = re.compile(
    r"^(?:She|He)\s+(?:has\s+)?(?:says|said|stated|told\s+\w+|adds|added|wrote)\b|,\s+(?:she|he)\s+(?:says|said),"
)
_OPENING_PERSON = re.compile(rf"^(?P<name>{_TURN_NAME})\b")


def _turn_side(text: str, max_words: int = 28) -> str:
    """A turn's words as a side: a quotation that opens it and closes before its end is kept as a quotation within."""
    text = re.sub(r"^[\"“]([^\"”]{1,200})[\"”](?=.{3,})", r"‘\1’", text.strip())
    if text.count('"') % 2 == 1:  # a quotation the turn opens and a later sentence closes: its mark goes
        cut = text.rfind('"')
        text = (text[:cut] + text[cut + 1 :]).replace("  ", " ")
    return _clean_side(text, max_words)


@dataclass
class _PostTurn:
    article: int
    position: int
    text: str


def _post_turns(sentences: Sequence[Sentence]) -> dict[int, list[_PostTurn]]:
    """Every article's sentences cut at a thread's post marks: one turn each, in order."""
    by_article: dict[int, list[_PostTurn]] = defaultdict(list)
    for s in sorted(sentences[:5000], key=lambda t: (t.article, t.position)):
        for part in _POST_MARK.split(s.text):
            part = _TURN_HEAD.sub("", part.strip())
            if part:
                by_article[s.article].append(_PostTurn(s.article, s.position, part))
    return by_article


_FULL_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b")
# A person a turn brings in: "Professor Castellan", "The engineer in charge, Viktor Sand", "Carys Mellor".
_PERSON_IN = re.compile(rf"(?<![\w'’-]){_TURN_NAME}\b")


def _full_names(sentences: Sequence[Sentence], claims: Sequence[Attribution] = ()) -> dict[str, str]:
    """The fullest name of each person the reports mark as one ("Tebbit" -> "Maureen Tebbit"): a name with a title
    ("Cllr Maureen Tebbit", "Vet Dr Sara Lind"), one that speaks ("Graham Lamb, its head of environment: "...""), or
    a named speaker of the attributions; capitalised words alone ("Seaview House", "Family Rating") are no one."""
    found: list[str] = [c.actor for c in claims]
    for s in sentences[:5000]:
        found += [m.group("name") for m in _TITLED.finditer(s.text)]
        found += [m.group("name") for m in _TURN_SPEAKER.finditer(s.text) if m.group("name")]
        found += [m.group("name") for m in _SIGNED_QUOTE.finditer(s.text)]
    names: dict[str, str] = {}
    for raw in found:
        name = clean_name(raw)
        if name and len(name.split()) >= 2 and _person_like(name):
            key = actor_key(name)
            if len(name) > len(names.get(key, "")):
                names[key] = name
    return names


_TITLED = re.compile(rf"(?<![\w'’-]){_TITLE_WORD}\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b")


def _named(raw: str, claims: Sequence[Attribution], names: dict[str, str] | None = None) -> tuple[str, str] | None:
    """A person's display name and key, the fullest the claims give ("Vos" -> "Hanne Vos"), else the reports."""
    party = _party(raw)
    if party is None or party[0].split()[0] in _PRONOUN_SPEAKERS:
        return None
    key = party[1]
    name = max((c.actor for c in claims if c.key == key), key=len, default=party[0])
    if len(name.split()) < 2 and names and key in names:
        name = names[key]
    return (name if len(name) >= len(party[0]) else party[0]), key


def _who_speaks(
    turns: list[_PostTurn],
    n: int,
    claims_at: dict[tuple[int, int], list[Attribution]],
    claims: Sequence[Attribution],
    names: dict[str, str] | None = None,
) -> tuple[str, str, str] | None:
    """Who speaks in turn `n` and what they say: (name, key, words), or None when the turn names no speaker."""
    t = turns[n]
    m = _TURN_SPEAKER.search(t.text)
    if m and m.start() <= 80:
        alone = m.group("alone")
        named = _named(m.group("name") or m.group("lead") or alone, claims, names)
        said = t.text[m.end() :].strip(" :,")
        known = not alone or m.group("quoted") is not None or (names is not None and actor_key(alone) in names)
        person = not (alone or m.group("lead")) or (
            len(named[0].split()) >= 2 and _person_like(named[0]) if named else False
        )
        if named and known and person and len(said.split()) >= 4:
            return named[0], named[1], said
    signed = _SIGNED_QUOTE.search(t.text)
    if signed:
        named = _named(signed.group("name"), claims, names)
        if named:
            return named[0], named[1], t.text[signed.start("said") - 1 :]
    if _ON_MATTER.match(t.text) and n > 0 and turns[n - 1].position >= t.position - 1:
        opener = _OPENING_PERSON.match(turns[n - 1].text)
        named = _named(opener.group("name"), claims, names) if opener else None
        if named:
            return named[0], named[1], t.text
    if _PRONOUN_SAYS.search(t.text) and n > 0 and turns[n - 1].position >= t.position - 1:
        # "The council tested 23 supplies, she says, but ...": the person the turn before brings in first.
        people = [p for p in _PERSON_IN.finditer(turns[n - 1].text) if _named(p.group(), claims, names)]
        named = _named(people[0].group(), claims, names) if people else None
        if named:
            return named[0], named[1], re.sub(r"^(?:She|He)\s+(?:has\s+)?\w+(?:\s+that)?\s+", "", t.text)
    for c in claims_at.get((t.article, t.position), []):
        if c.claim[:40] in t.text or _plain(c.claim)[:40] in _plain(t.text):
            return c.actor, c.key, c.claim
    return None


def _claims_at(claims: Sequence[Attribution]) -> dict[tuple[int, int], list[Attribution]]:
    at: dict[tuple[int, int], list[Attribution]] = defaultdict(list)
    for c in claims:
        at[(c.sentence.article, c.sentence.position)].append(c)
    return at


# "yes, the drainage is overdue", "he agrees entirely", "As Park said, ...", "the route will also ...": a turn that
# opens by agreeing with the one it answers.
_TURN_AGREES = re.compile(
    r"^\W*(?:(?:yes|yeah|indeed|exactly|absolutely|quite\s+right|agreed|true)\b|"
    r"(?:[\w'’-]+\s+){0,4}?(?:agrees?|agreed|agreeing|concurs?|concurred|echoe[sd]|endorse[sd]?)\b|"
    r"as\s+(?:[\w'’-]+\s+){1,3}(?:said|says|noted|notes|pointed\s+out|argued|argues)\b|"
    r"(?:[\w'’-]+\s+){0,3}?also\b|(?:[\w'’-]+\s+){0,5}?too\s*[,.;:])",
    re.IGNORECASE,
)


def _agrees(said: str) -> bool:
    """Whether a turn opens by agreeing with what it answers."""
    return bool(_TURN_AGREES.search(said))


def _same_words(one: str, other: str) -> bool:
    """Whether two sides say nearly the same words: four in five of the smaller side's content words (three at
    least) shared, and both or neither negated ("was never raised" and "raised it" are no same words)."""
    a, b = _stems(one), _stems(other)
    if min(len(a), len(b)) < 3 or bool(_NEGATED.search(one)) != bool(_NEGATED.search(other)):
        return False
    return len(a & b) >= 0.8 * min(len(a), len(b))


# "Two other witnesses gave different times; one of them is wrong.": "them" are others the sentence itself names.
_OWN_THEM = re.compile(
    r"\b(?:two|three|four|several|other|both|these|those)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*s\b[^.]*?\bone\s+of\s+them\b",
    re.IGNORECASE,
)


# "Sethi replies that ...", "Cllr Tebbit has replied that "..."", "Vos responds: ...", "Vos on that figure: "..."":
# a turn answering the one before it.
_REPLY_TURN = re.compile(
    rf"(?:^|;\s+|:\s+)(?P<b>{_TURN_NAME}|[A-Z][a-z'’-]+)(?:,\s+[^,:\"“”]{{2,80}},)?\s+(?:"
    r"(?:has\s+|had\s+|then\s+|later\s+)?(?:replied|replies|responded|responds|retorted|retorts|countered|counters)"
    r"(?:\s+that\s+|\s*:\s*)"
    r"|on\s+(?:that|this)\s+(?:figure|number|claim|estimate|statement|remark|point|account)\s*:\s*"
    r")(?P<said>.{12,})"
)


def replies_turned(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named person answering, in the next turn of a thread, a programme's notes or a report ("Sethi replies that
    ...", "Cllr Tebbit has replied that ...", "Vos on that figure: ..."), against the person the turn before (up to
    three back) has speak."""
    claims_at = _claims_at(claims)
    names = _full_names(sentences, claims)
    out: list[Scored] = []
    for article, turns in _post_turns(sentences).items():
        for n, t in enumerate(turns):
            m = _REPLY_TURN.search(t.text)
            if m is None:
                continue
            named = _named(m.group("b"), claims, names)
            if named is None:
                continue
            b_name, b_key = named
            for back in range(n - 1, max(n - 4, -1), -1):
                if turns[back].position < t.position - 3:
                    break
                found = _who_speaks(turns, back, claims_at, claims, names)
                if found is None:
                    continue
                a_name, a_key, a_said = found
                if a_key != b_key and not _agrees(m.group("said")) and not _same_words(a_said, m.group("said")):
                    summary = f"{a_name}: “{_turn_side(a_said, 30)}” vs. {b_name}: “{_turn_side(m.group('said'), 30)}”"
                    out.append((2.4, summary, (article,), frozenset((a_key, b_key))))
                break
    return out


# "One of them is wrong.", "We have not been able to reconcile the two figures.": the writer setting the two
# accounts just given against each other.
_IRRECONCILED = re.compile(
    r"\b(?:one\s+of\s+them\s+is\s+(?:wrong|lying|mistaken)|(?:both|the\s+two)\s+(?:accounts\s+|versions\s+|"
    r"statements\s+|figures\s+|claims\s+)?(?:cannot|can['’]t|can\s+not)\s+(?:both\s+)?be\s+(?:right|true|correct)|"
    r"(?:not\s+been\s+able|unable|impossible)\s+to\s+reconcile\s+the\s+two\s+(?:figures|accounts|versions|statements|"
    r"claims|positions)|the\s+two\s+(?:accounts|versions)\s+(?:differ|conflict|cannot\s+be\s+reconciled))\b",
    re.IGNORECASE,
)


# "Harbourne states that its rent arrears are approximately £4 million. Castlegate, in its own market disclosure of
# 2 October, puts them at £11.6 million.": a body's own account, opening the sentence.
_BODY_SAYS = re.compile(
    rf"^(?P<body>{_PARTY_NAME})(?:,\s+[^,]{{2,80}},)?\s+(?:states|stated|says|said|puts|put|estimates|estimated|"
    r"reports|reported|claims|claimed)\b"
)


def _body_speaks(text: str, names: dict[str, str], sentences: Sequence[Sentence]) -> tuple[str, str, str] | None:
    """A body that opens a sentence with its own account ("Castlegate, in its market disclosure, puts them at ...")."""
    m = _BODY_SAYS.match(text)
    party = _party(m.group("body")) if m else None
    if party is None or party[1] in names or (len(party[0].split()) > 1 and _person_like(party[0])):
        return None  # a person's surname or full name: a person's account, for the attributions to read
    return party[0], party[1], text


def _with_head(name: str, key: str, names: dict[str, str], sentences: Sequence[Sentence]) -> str:
    """A body's name with the one person the reports name as speaking for it ("Castlegate (Fiona Lyle)"); a person's
    name, or a body's without one such person, as it is."""
    if len(name.split()) < 2 and key in names:
        return name  # a person's surname
    bodies = {name, name.split()[0]}  # "Brightwater's managing director" speaks for Brightwater Ferries
    heads = {n for n in names.values() if n != name and any(affiliated(n, body, sentences) for body in bodies)}
    return f"{name} ({next(iter(heads))})" if len(heads) == 1 else name


def accounts_irreconciled(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """Two named people's accounts, given one after the other, that the report then says cannot both stand ("One of
    them is wrong.")."""
    claims_at = _claims_at(claims)
    names = _full_names(sentences, claims)
    out: list[Scored] = []
    for article, turns in _post_turns(sentences).items():
        for n, t in enumerate(turns):
            if not _IRRECONCILED.search(t.text) or _OWN_THEM.search(t.text):
                continue
            sides: list[tuple[str, str, str]] = []
            for back in range(n - 1, max(n - 4, -1), -1):
                found = _who_speaks(turns, back, claims_at, claims, names) or _body_speaks(
                    turns[back].text, names, sentences
                )
                if found is None or turns[back].position < t.position - 3:
                    break
                if not any(found[1] == s[1] for s in sides):
                    sides.append(found)
                if len(sides) == 2:
                    break
            if len(sides) != 2:
                continue
            (b_name, b_key, b_said), (a_name, a_key, a_said) = sides
            if _same_words(a_said, b_said):
                continue  # the two say the same: no accounts at odds
            a_name, b_name = _with_head(a_name, a_key, names, sentences), _with_head(b_name, b_key, names, sentences)
            summary = f"{a_name}: “{_turn_side(a_said, 30)}” vs. {b_name}: “{_turn_side(b_said, 30)}”"
            out.append((2.4, summary, (article,), frozenset((a_key, b_key))))
    return out


# "..., whatever the provider's tool says", "whatever a corrected figure might show": a speaker brushing aside what
# another side's measure or argument says.
_WHATEVER = re.compile(
    # not "pledging to accept whatever a fair recount showed": a promise to abide by it, no brushing aside
    r"(?<!accept\s)(?<!respect\s)(?<!abide\sby\s)(?<!honour\s)(?<!honor\s)\bwhatever\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)(?:says|said|tells|told|claims|claimed|shows|showed|suggests|"
    r"(?:might|may|would|could)\s+(?:show|say|suggest))\b",
    re.IGNORECASE,
)


def _concluded(clause: str, theirs: str) -> bool:
    """Whether another side's words share the predicate of a conclusion ("the harvest would be late" and "...
    a late harvest"), neither side negating it."""
    found = re.findall(r"[a-z]{3,}", clause[clause.rfind(". ") + 1 :].lower())
    words = [w[:5] for w in found if w not in ENGLISH.stop_words]
    if not words or _NEGATED.search(clause) or _NEGATED.search(theirs):
        return False
    return words[-1] in _stems(theirs)


def brushed_aside(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side's claim that brushes aside what another says ("..., whatever the provider's tool says"), against
    the other named side's own words on that ("Staffing "meets our dependency tool at all times"")."""
    claims_at = _claims_at(claims)
    names = _full_names(sentences, claims)
    turns = _post_turns(sentences)
    spoken: list[tuple[str, str, str, int]] = []
    for article, rows in turns.items():
        for n in range(len(rows)):
            found = _who_speaks(rows, n, claims_at, claims, names)
            if found:
                spoken.append((*found, article))
    spoken += [(c.actor, c.key, c.claim, c.sentence.article) for c in claims]
    out: list[Scored] = []
    done: set[tuple[str, str]] = set()
    for name, key, said, article in spoken:
        m = _WHATEVER.search(said)
        if m is None or (key, said[:40]) in done:
            continue
        done.add((key, said[:40]))
        # "whatever Harbourne tells the council": that side, or one of its people, is the other side; "whatever the
        # provider's tool says": the side whose own words speak of the tool.
        owner = re.search(rf"^(?:the\s+)?(?P<p>{_PARTY_NAME})\s", m.group("what"))
        party = _party(owner.group("p")) if owner else None
        what = set(_stems(re.sub(r"(?<![\w'’-])[A-Z][\w'’-]*", "", m.group("what"))))
        clause = said[: m.start()]
        rest = set(_stems(clause[clause.rfind(". ") + 1 :])) - what
        best: tuple[int, str, str, str, int] | None = None
        for o_name, o_key, o_said, o_article in spoken:
            if o_key == key or _WHATEVER.search(o_said):
                continue
            if party and not (o_key == party[1] or affiliated(o_name, party[0], sentences)):
                continue
            theirs = set(_stems(o_said))
            hit = len(what & theirs)
            score = 2 * hit + len(rest & theirs)
            if _concluded(clause, o_said):
                continue  # the other side's words bear out the brushing side's own conclusion
            if (hit if party is None else score) and (best is None or score > best[0]):
                best = (score, o_name, o_key, o_said, o_article)
        if best is None:
            continue
        _score, o_name, o_key, o_said, o_article = best
        if (key, o_key) in done:
            continue
        done.add((key, o_key))
        summary = f"{name}: “{_turn_side(said, 30)}” vs. {o_name}: “{_turn_side(o_said, 30)}”"
        out.append((2.4, summary, tuple(sorted({article, o_article})), frozenset((key, o_key))))
    return out


def _spoken_turns(
    sentences: Sequence[Sentence], claims: Sequence[Attribution]
) -> dict[int, list[tuple[_PostTurn, tuple[str, str, str] | None]]]:
    """Every article's turns, each with who speaks in it (None when no one is named)."""
    claims_at = _claims_at(claims)
    names = _full_names(sentences, claims)
    out: dict[int, list[tuple[_PostTurn, tuple[str, str, str] | None]]] = {}
    for article, turns in _post_turns(sentences).items():
        rows: list[tuple[_PostTurn, tuple[str, str, str] | None]] = []
        carried: tuple[str, str, str] | None = None
        opened = 0
        for n, t in enumerate(turns):
            if carried is not None and t.position - opened > 8:
                carried = None  # a quotation that never closes is a slip of the page, not a speech
            if carried is not None:
                # A quotation running over several sentences: each is still its speaker's, until it closes.
                who: tuple[str, str, str] | None = (carried[0], carried[1], t.text.strip('"“” '))
                if _unbalanced(t.text):
                    carried = None
            else:
                who = _who_speaks(turns, n, claims_at, claims, names)
                if who is not None and _unbalanced(who[2]):
                    carried, opened = who, t.position
            rows.append((t, who))
        out[article] = rows
    return out


def _unbalanced(text: str) -> bool:
    """Whether a quotation opens (or closes) in the text without closing (or opening) in it."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _pair_summary(first: tuple[str, str, str], second: tuple[str, str, str]) -> str:
    return f"{first[0]}: “{_turn_side(first[2], 30)}” vs. {second[0]}: “{_turn_side(second[2], 30)}”"


# "There is no evidence at this stage linking the airfield to these results": a denial of what another side holds.
_NO_EVIDENCE = re.compile(
    r"\bno\s+evidence\b(?:\s+[\w'’-]+){0,4}?\s+(?:linking|connecting|that|of|to\s+link|to\s+suggest|to\s+show)\s+"
    r"(?P<x>[^.;\"”]{3,80})",
    re.IGNORECASE,
)


def _asserts(said: str, matter: set[str]) -> bool:
    """Whether a side asserts the matter: some clause holding its words, none of those clauses negated ("caused by a
    virus, not by the lake water" denies the link too)."""
    holding = [c for c in re.split(r"[,;:]|\s+(?:but|while|whereas)\s+", said) if matter & _stems(c)]
    return bool(holding) and not any(_NEGATED.search(c) for c in holding)


def evidence_denied(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker saying there is "no evidence" linking or showing something, against the nearest turn (up to
    four sentences either way, in the same report) of another named speaker on that matter ("the airfield is the only
    plausible source")."""
    out: list[Scored] = []
    for article, rows in _spoken_turns(sentences, claims).items():
        for n, (_t, who) in enumerate(rows):
            m = _NO_EVIDENCE.search(who[2]) if who else None
            if who is None or m is None:
                continue
            matter = _stems(m.group("x")) - _stems(who[0])
            near = sorted(range(max(0, n - 6), min(len(rows), n + 7)), key=lambda i: (abs(i - n), i > n))
            for i in near:
                other = rows[i][1]
                if i == n or other is None or other[1] == who[1] or _NO_EVIDENCE.search(other[2]):
                    continue
                if abs(rows[i][0].position - rows[n][0].position) > 4:
                    continue
                if matter & (_stems(other[2]) - _stems(other[0])) and _asserts(other[2], matter):
                    first, second = (other, who) if i < n else (who, other)
                    out.append((2.3, _pair_summary(first, second), (article,), frozenset((who[1], other[1]))))
                    break
    return out


# "The Board had seen "nothing to suggest a figure anywhere near that"", "still does not recognise that number": a
# speaker brushing off the figure the turn before gave, without one of their own.
_FIGURE_REFUSED = re.compile(
    r"\b(?:a|that|this|the)\s+(?:figure|number|estimate|sum|total)\b(?:\s+anywhere\s+near\b)?", re.IGNORECASE
)
_FIGURE_DIGITS = re.compile(r"\d")


def figures_brushed_off(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker's figure and, in the next turn or the one after, another named speaker denying "that number"
    or any "figure anywhere near that" without giving one of their own."""
    out: list[Scored] = []
    for article, rows in _spoken_turns(sentences, claims).items():
        for n, (t, who) in enumerate(rows):
            if who is None or not _FIGURE_REFUSED.search(who[2]) or not _NEGATED.search(who[2]):
                continue
            if _FIGURE_DIGITS.search(who[2]):
                continue
            for i in range(n - 1, max(n - 3, -1), -1):
                other = rows[i][1]
                if other is None or rows[i][0].position < t.position - 2:
                    continue
                if other[1] != who[1] and _FIGURE_DIGITS.search(other[2]):
                    out.append((2.3, _pair_summary(other, who), (article,), frozenset((who[1], other[1]))))
                break
    return out


# "the council calls on the Board to fund a mains connection ... and to repay the £46,000" / "Lamb: the Board "does
# not accept liability for costs incurred"": a demand put to a body and, next, that body's refusal.
_CALLS_ON = re.compile(
    r"\bcall(?:s|ed)?\s+on\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+to\s+(?P<demand>[^.;]{5,})"
)
_REFUSES = re.compile(
    r"\b(?:(?:does|do|did|will|would)\s+not|won['’]t|doesn['’]t|cannot)\s+(?:accept|pay|agree|fund|meet|repay|cover)\b|"
    r"\brefus(?:es|ed)\s+to\b",
    re.IGNORECASE,
)


def demands_refused(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker calling on a body to do something and, within three turns, another named speaker refusing it
    for that body (the refusal names the body, or the speaker is the body's)."""
    out: list[Scored] = []
    for article, rows in _spoken_turns(sentences, claims).items():
        for n, (t, who) in enumerate(rows):
            m = _CALLS_ON.search(who[2]) if who else None
            if who is None or m is None:
                continue
            body = m.group("body")
            for i in range(n + 1, min(len(rows), n + 4)):
                other = rows[i][1]
                if other is None or other[1] == who[1] or rows[i][0].position > t.position + 3:
                    continue
                ours = re.search(rf"\b{re.escape(body.split()[-1])}\b", other[2]) or affiliated(
                    other[0], body, sentences
                )
                if ours and _REFUSES.search(other[2]):
                    out.append((2.3, _pair_summary(who, other), (article,), frozenset((who[1], other[1]))))
                    break
    return out


# A blog post's byline: "Posted on 20 May 2053 by Hanne Vos".
_POSTED_BY = re.compile(
    r"\bPosted\s+(?:on\s+[\w ,]{3,30}?\s+)?by\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_QUOTED_PHRASE = re.compile(r"[\"“](?P<q>[^\"”]{12,160})[\"”]")
_OPENS_QUOTE = re.compile(r"^[\"“]")


_CONCEDES = re.compile(
    r"\b(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t|not)\s+(?:doubt|deny|dispute|question)\b|\bno\s+doubt\b",
    re.IGNORECASE,
)


def quoted_words_denied(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """The writer of a signed page (a blog post's "Posted ... by", a petition's "Started by") taking up a named
    person's quoted words and denying them in the next sentence or the one after ("he called the problems "honest
    errors in assembling figures"" / "an honest error of assembly does not move a band across eleven months")."""
    names = _full_names(sentences, claims)
    out: list[Scored] = []
    for article, turns in _post_turns(sentences).items():
        byline = next((m for t in turns[:3] for m in [_POSTED_BY.search(t.text) or _WRITER.search(t.text)] if m), None)
        writer = _named(byline.group("name"), claims, names) if byline else None
        if writer is None:
            continue
        for n, t in enumerate(turns):
            q = _QUOTED_PHRASE.search(t.text)
            if q is None or len(q.group("q").split()) < 3:
                continue
            before = t.text[: q.start()]
            owner = None
            named = [p for p in _PERSON_IN.finditer(before) if _named(p.group(), claims, names)]
            if named:
                owner = _named(named[-1].group(), claims, names)
            elif re.search(r"\b(?:he|she)\b", before, re.IGNORECASE):
                for back in range(n - 1, max(n - 3, -1), -1):
                    people = [p for p in _PERSON_IN.finditer(turns[back].text) if _named(p.group(), claims, names)]
                    if people:
                        owner = _named(people[0].group(), claims, names)
                        break
            if owner is None or owner[1] == writer[1]:
                continue
            words = _stems(q.group("q")) - _stems(owner[0])
            for later in turns[n + 1 : n + 3]:
                if _OPENS_QUOTE.match(later.text) or _TURN_SPEAKER.search(later.text):
                    break  # someone else speaks next: no answer of the writer's
                if _CONCEDES.search(later.text):
                    break  # "I don't doubt the woodland matters": granting the point, not denying it
                if _NEGATED.search(later.text) and len(words & _stems(later.text)) >= 2:
                    summary = f"{owner[0]}: “{q.group('q')}” vs. {writer[0]}: “{_turn_side(later.text, 30)}”"
                    out.append((2.2, summary, (article,), frozenset((owner[1], writer[1]))))
                    break
    return out


# "Castlegate tells us another operator will take the homes. I have no assurance that any operator will take on
# Seaview": a speaker passing on another side's assurance and doubting it.
_PASSED_ON = re.compile(
    rf"(?P<body>{_PARTY_NAME})\s+(?:tells|told|has\s+told|assures|assured|has\s+assured)\s+(?:us|me|the\s+[a-z]+|"
    r"[a-z]+)\s+(?:that\s+)?(?P<claim>[^.;]{8,})"
)
_DOUBT = re.compile(
    r"\b(?:no\s+assurance|not\s+convinced|(?:I|we)\s+doubt|(?:do\s+not|don['’]t)\s+believe|(?:have|has)\s+seen\s+nothing)\b"
)


def assurances_doubted(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker passing on what another side tells them ("Castlegate tells us another operator will take the
    homes") and doubting it in the same turn or the next ("I have no assurance that ..."), against that side's own
    words, or its people's, on the matter."""
    out: list[Scored] = []
    for article, rows in _spoken_turns(sentences, claims).items():
        for n, (t, who) in enumerate(rows):
            m = _PASSED_ON.search(who[2]) if who else None
            if who is None or m is None:
                continue
            party = _party(m.group("body"))
            if party is None or party[1] == who[1]:
                continue
            doubt = who[2] if _DOUBT.search(who[2][m.end() :]) else None
            nxt = rows[n + 1][1] if n + 1 < len(rows) else None
            if doubt is None and nxt is not None and nxt[1] == who[1] and _DOUBT.search(nxt[2]):
                doubt = f"{who[2].strip()} {nxt[2].strip()}"
            if doubt is None:
                continue
            matter = _stems(m.group("claim")) - _stems(m.group("body"))
            best: tuple[int, Attribution] | None = None
            for c in claims:
                if c.key == who[1] or (c.sentence.article, c.sentence.position) == (t.article, t.position):
                    continue  # the words passed on are the speaker's report of them, not the other side's own
                # "Northgate's chief executive, Lionel Marsh" speaks for Northgate Homes.
                bodies = {party[0], party[0].split()[0]}
                if not (c.key == party[1] or any(affiliated(c.actor, body, sentences) for body in bodies)):
                    continue
                shared = len(matter & _stems(c.claim))
                if shared and (best is None or shared > best[0]):
                    best = (shared, c)
            if best is None:
                continue
            c = best[1]
            summary = f"{c.actor}: “{_turn_side(c.claim, 30)}” vs. {who[0]}: “{_turn_side(doubt, 36)}”"
            out.append((2.3, summary, tuple(sorted({article, c.sentence.article})), frozenset((who[1], c.key))))
    return out


# "They knew for five years and told nobody.", "They sat on it.": a charge of keeping something back.
_KEPT_BACK = re.compile(
    r"\b(?:knew|had\s+known|have\s+known)\b[^.;]{0,40}\b(?:told|said|warned)\s+(?:nobody|no\s+one|nothing)\b|"
    r"\bkept\s+(?:it|this|that|them)\s+(?:quiet|secret|hidden)\b|\bcovered\s+(?:it|this|that)\s+up\b|"
    r"\bsat\s+on\s+(?:it|this|that|the\s+\w+)\s+for\b",
    re.IGNORECASE,
)


def kept_back(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named speaker charging that something was known and kept back ("They knew for five years and told
    nobody"), against the account the last other named speaker gave just before (up to three sentences back)."""
    out: list[Scored] = []
    for article, rows in _spoken_turns(sentences, claims).items():
        for n, (t, who) in enumerate(rows):
            if who is None or not _KEPT_BACK.search(who[2]):
                continue
            for i in range(n - 1, max(n - 5, -1), -1):
                other = rows[i][1]
                if rows[i][0].position < t.position - 3:
                    break
                if other is None or other[1] == who[1]:
                    continue
                # The account starts where its speaker's turn does: "On the 2047 survey: "That was ..."".
                said = other[2]
                for _before, earlier in reversed(rows[:i]):
                    if earlier is None or earlier[1] != other[1]:
                        break
                    said = earlier[2]
                account = (other[0], other[1], said)
                out.append((2.2, _pair_summary(account, who), (article,), frozenset((who[1], other[1]))))
                break
    return out


# A cause given for a death or an event: "Nandi died of a heart condition", "The fire was caused by a faulty
# heater". The subject is a name or "the" + noun; the cause runs to the end of its clause.
_CAUSE_GIVEN = re.compile(
    r"(?:^|[.;]\s+)(?P<subj>(?:[Tt]he\s+)?[A-Za-z][\w'’-]*)\s+"
    r"(?P<verb>died\s+(?:of|from)|was\s+caused\s+by|were\s+caused\s+by)\s+"
    r"(?P<cause>(?:(?:a|an|the)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
)
_CAUSE_STOP = frozenset(
    "she he it they that which who had has was and but in on at of for with "  # noqa: SIM905
    "after before during since while when where as last this".split()
)


def _cause_of(text: str) -> tuple[str, str, str] | None:
    """(subject, verb, cause words) of the first cause a claim gives, the article and any clause tail dropped."""
    m = _CAUSE_GIVEN.search(text)
    if m is None:
        return None
    words: list[str] = []
    for w in m.group("cause").split():
        if w in _CAUSE_STOP:
            break
        if w not in {"a", "an", "the"}:
            words.append(w)
    if not words:
        return None
    return m.group("subj").lower(), m.group("verb").split()[-1], " ".join(words)


def causes_denied(claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> list[Scored]:
    """Two actors naming different causes of one death or event, the second denying the first's by name ("Nandi
    died of a heart condition" against "Nandi died of the conditions she was kept in, and no heart condition
    explains away ..."): a rebuttal of the cause, not two causes side by side.

    The second side must give its own, other cause for the same subject with the same verb, and say "no" or "not"
    right before the first side's cause words; a second side that repeats the cause ("died of a stroke, and no
    care could have saved him") or speaks of another subject is no rebuttal.
    """
    given = [(c, cause) for c in claims[:400] for cause in [_cause_of(c.claim)] if cause is not None]
    by_subject: dict[tuple[str, str], list[tuple[Attribution, str]]] = defaultdict(list)
    for c, (subj, verb, words) in given:
        by_subject[(subj, verb)].append((c, words))
    out: list[Scored] = []
    for group in by_subject.values():
        for a, cause_a in group:
            # the cause denied ends there or is the subject of a verb ("not a faulty heater.", "no colic was found"):
            # "no sepsis protocol" denies a protocol, "not a gunshot wound alone" adds a cause
            denial = re.compile(
                rf"\b(?:no|not(?:\s+(?:a|an|the))?)\s+{re.escape(cause_a)}"
                r"(?=\s*(?:[.;:,!?)\"”]|$)|\s+(?:was|were|is|are|has|had|could|can|would|did|does|ever|explains?|"
                r"caused|killed|played|contributed|existed)\b)",
                re.IGNORECASE,
            )
            for b, cause_b in group:
                if a.key == b.key or cause_b == cause_a or cause_a in cause_b or cause_b in cause_a:
                    continue
                if not denial.search(b.claim) or one_body(a.actor, b.actor, sentences):
                    continue
                summary = f"{_said(a)} vs. {_said(b)}"
                cites = tuple(sorted({a.sentence.article, b.sentence.article}))
                out.append((3.0, summary, cites, frozenset((a.key, b.key))))
    return out


# A side dismissing the measure another side judges by: "a grant measured per speaker was a meaningless yardstick",
# "counting by households is a misleading measure". The measure ("per speaker") must be in the other side's claim.
_MEASURE_DISMISSED = re.compile(
    r"\b(?:measured|judged|counted|compared|counting|measuring|judging)\s+(?P<by>(?:per|by|on)\s+[a-z][\w'’-]+)\s+"
    r"(?:is|was|are|were|would\s+be)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:meaningless|misleading|poor|useless|crude|false|"
    r"flawed|wrong|unfair|bogus|dishonest)\s+(?:yardstick|measure|benchmark|comparison|test|guide|metric|gauge)\b",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r"(?:^|[;:]\s+|,\s+(?:and|but)\s+(?:that\s+)?|\bthat\s+)")


def measures_dismissed(claims: Sequence[Attribution], sentences: Sequence[Sentence]) -> list[Scored]:
    """One side judging by a measure ("the most generous grant per speaker"), another calling that measure a
    meaningless yardstick ("a grant measured per speaker was a meaningless yardstick"): a rebuttal of the other's
    ground. The measure's words must appear in the first side's own claim; one side's own doubt is no tension."""
    out: list[Scored] = []
    for b in claims[:400]:
        m = _MEASURE_DISMISSED.search(b.claim)
        if m is None:
            continue
        by = re.compile(rf"\b{re.escape(m.group('by').lower())}\b")
        opens = [o.end() for o in _CLAUSE_OPEN.finditer(b.claim[: m.start()])]
        clause = b.claim[opens[-1] if opens else 0 : m.end()].strip()
        for a in claims[:400]:
            if a.key == b.key or not by.search(a.claim.lower()) or _MEASURE_DISMISSED.search(a.claim):
                continue
            if one_body(a.actor, b.actor, sentences) or _days_apart(a.sentence, b.sentence) > 14:
                continue
            side = clause[:1].upper() + clause[1:]
            summary = f"{_said(a)} vs. {_voice(b)}: “{_clean_side(side)}”"
            out.append(
                (2.4, summary, tuple(sorted({a.sentence.article, b.sentence.article})), frozenset((a.key, b.key)))
            )
            break
    return out


# A guarded answer: "Tomas Kerrigan ... would only say the stone was in his barley", "would say only that ...".
_GUARDED = re.compile(r"\b(?:would|could|will)\s+(?:only\s+say|say\s+only)\b")


# A reply that sets itself against the claim before: a denial, a "but"/"instead", or a stake of its own in the thing
# ("the calf was in his paddock", "the stone was in his barley"). "The verdict had come as a shock" sets nothing.
_REPLY_CONTRAST = re.compile(
    r"\b(?:but|however|instead|rather|only|merely|his|her|hers|their|theirs|its|our|ours|my|mine|own)\b", re.IGNORECASE
)
# The reply's speaker brought in as the first side's own ("Her client, Tom Hale, ...", "Its doctor, Ann Roe, ...",
# "The party's candidate, ..."): the same side, whatever each says.
_OWN_SIDE_INTRO = re.compile(
    r"^(?:But\s+|And\s+)?(?:(?:Her|His|Its|Their)\s+|The\s+[\w'’-]+(?:\s+[\w'’-]+)?['’]s?\s+)(?:own\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)


def _replies_against(a: Attribution, b: Attribution) -> bool:
    """Whether a guarded answer is set against the claim before: a polarity or contrast cue in it, and its speaker
    not brought in as the first side's own (a client after the lawyer, a club's doctor after the club)."""
    intro = _OWN_SIDE_INTRO.match(b.sentence.text)
    if intro and b.actor.split()[-1] in intro.group("name"):
        return False
    surname = a.actor.split()[-1]
    if re.search(
        rf"\b{re.escape(surname)}['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,?\s+{re.escape(b.actor)}",
        b.sentence.text,
    ):
        return False
    if bool(NEGATION.search(a.claim)) != bool(NEGATION.search(b.claim)):
        return True
    return bool(_REPLY_CONTRAST.search(b.claim))


def guarded_replies(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A claim set right after another actor's, in the same report, and given as a guarded answer ("Neighbour Ann
    Roe told buyers the calf was born on her land. Ivo Lind would only say the calf was in his byre."): the report
    puts it as a reply. Both must speak of one matter: a word in common that is not the story's own vocabulary; and
    the reply must be set against the claim, by a speaker not of the first side."""
    df: dict[str, int] = defaultdict(int)
    for s in sentences[:5000]:
        for w in set(content_words(s.text)):
            df[w] += 1
    generic = {w for w, n in df.items() if n > max(2, 0.05 * min(len(sentences), 5000))}
    at: dict[tuple[int, int], list[Attribution]] = defaultdict(list)
    for c in claims[:400]:
        at[(c.sentence.article, c.sentence.position)].append(c)
    out: list[Scored] = []
    for b in claims[:400]:
        guard = _GUARDED.search(b.sentence.text)
        surname = b.actor.split()[-1]
        if guard is None or surname not in b.sentence.text[: guard.start()]:
            continue
        for a in at.get((b.sentence.article, b.sentence.position - 1), []):
            if a.key == b.key or one_body(a.actor, b.actor, sentences):
                continue
            names = set(content_words(f"{a.actor} {b.actor}"))
            shared = set(content_words(a.claim)) & set(content_words(b.claim)) - generic - names
            if shared and _replies_against(a, b):
                summary = f"{_said(a)} vs. {_said(b)}"
                out.append((2.3, summary, (a.sentence.article,), frozenset((a.key, b.key))))
                break
    return out


# A letter's sign-off names its writer: "With my love and prayers, Canon Miriam Oduya, Vicar", "Yours faithfully,
# Hanna Berglund", "Kind regards, Tom Lee".
_VALEDICTION = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly|ever)|With\s+(?:my|our|all\s+(?:my|our)|every|best|warm|kind)\b"
    r"[\w\s]{0,30}?|(?:Best|Kind|Warm|Warmest)\s+(?:wishes|regards)|Regards|Sincerely),?\s+"
    r"(?:(?:Canon|Revd?|Reverend|Father|Bishop|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor|Sir|Dame)\.?\s+)*"
    r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][\w'’-]+){1,2})(?:,\s+[^.;]{2,60})?\.?$"
)
# A flat denial standing alone, right after what it denies: "That is not so.", "We do not.", "We did not.".
_FLAT_DENIAL_ALONE = re.compile(
    r"^(?:(?:But|And)\s+)?(?:(?:That|This|It)\s+(?:is|was)\s+(?:simply\s+|just\s+)?(?:not\s+(?:so|true|the\s+case|"
    r"correct|right)|untrue|false|wrong|incorrect|nonsense)|(?:We|I)\s+(?:do|did|have|had|are|am|was|were|will)\s+"
    r"not|Not\s+so|Untrue|Not\s+true)\s*[.!]$"
)
# Or a count cut down: "Its sponsors say 120 companies have signed up. Fewer than twenty of them run it in production."
_CUT_DOWN = re.compile(r"^(?:But\s+)?(?:Fewer|Less|No\s+more)\s+than\s+[\w,]+\s+of\s+(?:them|those|these)\b")
# A cut-down count that only sorts the whole ("Fewer than ten of them are from the north", "... are women"): a
# breakdown, no answer; a word of doing or a qualifier ("run it in production", "are actually paying") answers.
_BREAKDOWN = re.compile(
    r"^\s*(?:are|were|is|was)\s+(?!(?:actually|really|still|in\s+fact|ever|now|yet|even)\b)"
    r"(?!(?:[a-z]+ing|[a-z]+ed)\b)",
    re.IGNORECASE,
)
# The sentence before names who said or expects what the writer denies: "One analyst, Piers Lockyer of Dunmore
# Securities, expects up to 15 per cent of our customers to leave".
_NAMED_REPORTS = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)?"
    r",?\s+(?:has\s+|have\s+|had\s+)?(?:publicly\s+|repeatedly\s+|also\s+)?(?P<verb>said|says|claims|claimed|expects|"
    r"expected|predicts|predicted|believes|argues|argued|insists|insisted|suggests|suggested|estimates|forecasts|"
    r"thinks)\b,?\s+(?:that\s+)?(?P<claim>[^;]{12,})$"
)
# Or it reports a saying without naming whose it was: "On the radio it was said that ...", "Some have said ...".
_UNNAMED_REPORTS = re.compile(
    r"\b(?:it\s+(?:was|has\s+been|had\s+been|is)\s+(?:said|claimed|suggested|alleged|reported)|"
    r"(?:some|others|critics|people|(?:its|their|his|her)\s+(?:sponsors|backers|owners|organi[sz]ers|supporters|"
    r"critics|makers|founders))\s+(?:have\s+)?(?:said|say|says|claimed|claim|suggested|suggest))\s+(?:that\s+)?"
    r"(?P<claim>[^;]{12,})$",
    re.IGNORECASE,
)


def letter_writers(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Each signed article's writer, from a sign-off among its last three sentences."""
    last: dict[int, list[Sentence]] = defaultdict(list)
    for s in sentences:
        last[s.article].append(s)
    out: dict[int, str] = {}
    for article, rows in last.items():
        rows.sort(key=lambda s: s.position)
        for s in rows[-3:]:
            m = _VALEDICTION.match(s.text.strip())
            if m:
                out[article] = clean_name(m.group("name")) or m.group("name")
    return out


_FIRST_NAME_SAYS = re.compile(r",\s+(?P<first>[A-Z][a-z]+)\s+(?:says|said|tells\s+us|told\s+us),\s")


def _spoken_by_first_name(sentences: Sequence[Sentence]) -> list[tuple[str, Sentence]]:
    """Sentences a speaker says whom the report names in full elsewhere and here by first name only ("Its executive
    director, Ruth Castellan, joins us." ... "120 companies, Ruth says, in the first 24 hours.")."""
    texts: dict[int, str] = defaultdict(str)
    for s in sentences[:5000]:
        texts[s.article] += " " + s.text
    out: list[tuple[str, Sentence]] = []
    for s in sentences[:5000]:
        m = _FIRST_NAME_SAYS.search(s.text)
        if m is None:
            continue
        full = {f for f in re.findall(rf"\b{m.group('first')}\s+[A-Z][\w'’-]+", texts[s.article]) if _person_like(f)}
        if len(full) == 1:
            out.append((full.pop(), s))
    return out


# A verb of belief, expectation or assertion: what the writer can flatly deny ("expects half of our juniors to leave.
# We do not."). A plain "says" is deniable only of the writer's side ("says that we ...", "says our ...").
_DENIABLE_VERB = re.compile(
    r"^(?:claims|claimed|expects|expected|predicts|predicted|believes|argues|argued|insists|insisted|suggests|"
    r"suggested|estimates|forecasts|thinks)$"
)
_WRITERS_SIDE = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
# The other side speaking of its own ("his club has a waiting list"): "We do not." then sets two sides side by side.
_OWN_SIDE_SUBJECT = re.compile(r"^(?:that\s+)?(?:his|her|their|its)\s+(?:own\s+)?[a-z]", re.IGNORECASE)


def _deniable(verb: str, claim: str) -> bool:
    """Whether a reported claim is one the writer's flat "We do not." denies rather than answers with a contrast: a
    belief, expectation or assertion, or a saying about the writer's side; not the speaker's word about their own."""
    if _OWN_SIDE_SUBJECT.match(claim.strip()):
        return False
    return bool(_DENIABLE_VERB.match(verb.lower())) or bool(_WRITERS_SIDE.search(claim))


# The writer's side going on about what it denied: "We relaid it in 2039.", "Ours rose by a third."
_GOES_ON = re.compile(r"^(?:We|Our|Ours|I|My)\b[^.;]*\b(?:it|them|this|that|so|ours)\b", re.IGNORECASE)


def _on_topic(said: str, answer: str, after: str) -> bool:
    """Whether the sentence after a flat denial goes on about what was denied (a root in common with the claim or
    the denial, or the writer's side speaking of it), so that it belongs to the answer; "The bar reopens in May."
    does not."""
    return bool(_stems(after) & (_stems(said) | _stems(answer))) or bool(_GOES_ON.match(after.strip()))


def flat_rebuttals(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A writer's flat denial of what the sentence before reports another side saying ("Piers Lockyer expects up to
    15 per cent of customers to leave. We do not."; "It was said that the church never applied for a grant. That is
    not so."). An unnamed saying is matched to a named actor's own claim elsewhere in the sources (most of its words);
    the writer is the letter's signatory, or whoever the sources credit with the denied sentence."""
    writers = letter_writers(sentences)
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    credited: dict[tuple[int, int], str] = {}
    for c in claims:
        credited.setdefault((c.sentence.article, c.sentence.position), c.actor)
    out: list[Scored] = []
    spoken = _spoken_by_first_name(sentences)
    for s in sentences[:5000]:
        cut = _CUT_DOWN.match(s.text.strip())
        if not (cut or _FLAT_DENIAL_ALONE.match(s.text.strip())):
            continue
        if cut and _BREAKDOWN.match(s.text.strip()[cut.end() :]):
            continue
        before = by_place.get((s.article, s.position - 1))
        if before is None:
            continue
        writer = writers.get(s.article) or credited.get((s.article, s.position - 1))
        if not writer:
            continue
        other: str | None = None
        said = ""
        cites = {s.article}
        named = _NAMED_REPORTS.search(before.text)
        unnamed = _UNNAMED_REPORTS.search(before.text)
        if named and _person_like(named.group("name")):
            if not _deniable(named.group("verb"), named.group("claim")):
                continue
            other = clean_name(named.group("name")) or named.group("name")
            said = f"{named.group('verb')} {named.group('claim')}"
        elif unnamed:
            wanted = unnamed.group("claim")
            best: Attribution | None = None
            for c in claims:
                if actor_key(c.actor) == actor_key(writer) or c.sentence.article == s.article:
                    continue
                if content_overlap(wanted, c.claim) >= 0.6 and (best is None or len(c.claim) < len(best.claim)):
                    best = c
            if best is not None:
                other, said = best.actor, best.claim
                cites.add(best.sentence.article)
            else:  # "120 companies, Ruth says, in the first 24 hours.": a speaker the report names by first name
                for name, t in spoken:
                    if t.article != s.article and content_overlap(wanted, t.text) >= 0.6:
                        other, said = name, _FIRST_NAME_SAYS.sub(" ", t.text)
                        cites.add(t.article)
                        break
        if not other or actor_key(other) == actor_key(writer):
            continue
        answer = s.text.strip()
        after = by_place.get((s.article, s.position + 1))
        if (
            after is not None
            and not cut
            and not _VALEDICTION.match(after.text.strip())
            and _on_topic(said, answer, after.text)
        ):
            answer = f"{answer} {after.text.strip()}"
        summary = f"{other}: “{_clean_side(said, 28)}” vs. {writer}: “{_clean_side(answer, 30)}”"
        out.append((2.4, summary, tuple(sorted(cites)), frozenset((actor_key(other), actor_key(writer)))))
    return out


_TALLY_NUMBER = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)"
)
# One vote's tally: "voted by nine votes to two", "the vote was seven for and four against", "12 in favour, 3 against".
_VOTE_TALLY = re.compile(
    rf"\b(?:(?P<a>{_TALLY_NUMBER})\s+votes?\s+to\s+(?P<b>{_TALLY_NUMBER})\b"
    rf"|(?P<c>{_TALLY_NUMBER})\s+(?:for|in\s+favou?r),?\s+(?:and\s+|with\s+|to\s+)?(?P<d>{_TALLY_NUMBER})\s+against\b)",
    re.IGNORECASE,
)
_TALLY_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "  # noqa: SIM905
    "seventeen eighteen nineteen twenty".split()
)
_TALLY_VALUES = {w: i for i, w in enumerate(_TALLY_WORDS)}
# A radio or hearing transcript's turn label with the speaker's name in brackets: "CALLER (ANN KIBBLE, CHURCHWARDEN):".
_BRACKET_SPEAKER = re.compile(
    r"^(?:CALLER|GUEST|LISTENER|WITNESS|INTERVIEWEE|RESIDENT)\s+\((?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2})"
    r"(?:,[^)]*)?\):\s"
)


# The programme's own voice, not a side: "JILL AMOS (PRESENTER):", "TOM REED, HOST:".
_HOST_ROLE = re.compile(r"\b(?:PRESENTER|HOST|ANCHOR|INTERVIEWER|MODERATOR|CHAIR|REPORTER|NARRATOR)\b")


def _hosts_turn(by_place: dict[tuple[int, int], Sentence], article: int, name: str) -> bool:
    """Whether the transcript labels `name` as its presenter or host anywhere ("JILL AMOS (PRESENTER):" once, then
    "JILL AMOS:")."""
    label = re.compile(rf"^{re.escape(name)}\b[^:]{{0,60}}:")
    return any(
        t.article == article and (m := label.match(t.text)) is not None and _HOST_ROLE.search(m.group(0)) is not None
        for t in by_place.values()
    )


def _tally_value(word: str) -> int:
    return int(word) if word.isdigit() else _TALLY_VALUES[word.lower()]


def _voice_of(
    by_place: dict[tuple[int, int], Sentence],
    s: Sentence,
    writers: dict[int, str],
    credited: dict[tuple[int, int], str],
) -> str | None:
    """Who says a sentence: the actor the sources credit with it, the named speaker of its transcript turn, or the
    signed writer of its letter."""
    if (s.article, s.position) in credited:
        return credited[(s.article, s.position)]
    for back in range(0, 6):
        t = by_place.get((s.article, s.position - back))
        if t is None:
            break
        bracket = _BRACKET_SPEAKER.match(t.text)
        if bracket:
            return bracket.group("name").title()
        turn = _TURN_LABEL_SPEAKER.match(t.text)
        if turn and not _HOST_ROLE.search(turn.group(0)) and not _hosts_turn(by_place, s.article, turn.group("name")):
            return turn.group("name").title()
        if _ANY_TURN_LABEL.match(t.text):
            return None  # a turn by nobody named ("JILL AMOS (PRESENTER):" is named; "VO:" is not)
    return writers.get(s.article)


_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)
_MONTH_NAMES = "January February March April May June July August September October November December".split()  # noqa: SIM905
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(_MONTH_NAMES)}


def _vote_day(s: Sentence) -> date | None:
    """The day a sentence says its vote was held ("voted ... on 20 February"), in the year of its report."""
    m = _DAY_MONTH.search(s.text)
    if m is None or s.published is None:
        return None
    try:
        return date(s.published.year, _MONTH_NUMBER[m.group("month")], int(m.group("day")))
    except ValueError:
        return None


def _one_vote(a: Sentence, b: Sentence) -> bool:
    """Two tallies can be of one vote: not two days named, and neither told before the other's vote was held."""
    day_a, day_b = _vote_day(a), _vote_day(b)
    if day_a and day_b:
        return day_a == day_b
    return not any(day and other.published and other.published < day for day, other in ((day_a, b), (day_b, a)))


# Words of any vote, whatever it is on: they name no motion ("the committee voted by eight votes to three").
_VOTE_VOCABULARY = frozenset(
    {w[:5] for w in _TALLY_WORDS}
    | {
        "vote",
        "voted",
        "votin",
        "commi",
        "counc",
        "board",
        "meeti",
        "motio",
        "favou",
        "again",
        "there",
        "membe",
        "count",
        "passe",
        "major",
        "tuesd",
        "monda",
        "wedne",
        "thurs",
        "frida",
        "satur",
        "sunda",
    }
)


# The voting body before its verb ("The planning committee voted", "The bench ruled"): who voted, not on what.
_VOTERS = re.compile(
    r"^.*?(?=\b(?!(?:need|needs|seed|bed|shed|speed|hundred|red|feed)\b)(?:[a-z]+ed|was|were)\b)", re.IGNORECASE
)


def _motion(s: Sentence) -> set[str]:
    """What a tally's sentence says the vote was on, in five-letter roots: the matter left once the voting body and
    vote words go."""
    text = re.sub(r",?\s*whatever\b.*$", "", s.text)  # "..., whatever the Messenger says": no part of the motion
    voters = _VOTERS.match(text)
    if voters:
        text = text[voters.end() :]
    return _matter(text) - _VOTE_VOCABULARY


def _story_roots(sentences: Sequence[Sentence], skip: set[tuple[int, int]]) -> set[str]:
    """Roots the story itself is about: found in at least half its reports (two at least), tallies aside; sharing
    one of them ("the stadium") does not make two motions one."""
    seen: dict[str, set[int]] = {}
    for s in sentences[:5000]:
        if (s.article, s.position) in skip:
            continue
        for r in _matter(s.text):
            seen.setdefault(r, set()).add(s.article)
    reports = len({s.article for s in sentences[:5000]})
    return {r for r, arts in seen.items() if len(arts) >= max(2, (reports + 1) // 2)}


def _same_motion(a: Sentence, b: Sentence, story: set[str]) -> bool:
    """Two tallies are of one motion when one names none ("the vote was six for and five against") or both share a
    matter word beyond the story's own: "nine votes to two on the stadium" and "seven to four on the supermarket" are
    two votes."""
    motion_a, motion_b = _motion(a), _motion(b)
    if not motion_a or not motion_b:
        return True
    return bool((motion_a & motion_b) - story)


def tallies_told_apart(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """One vote told two ways by two sides ("voted by nine votes to two" / "the vote was seven for and four
    against"): the same number of votes cast, split differently, is one vote in dispute; another total is
    another vote."""
    writers = letter_writers(sentences)
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    credited: dict[tuple[int, int], str] = {}
    for c in claims:
        credited.setdefault((c.sentence.article, c.sentence.position), c.actor)
    told: list[tuple[tuple[int, int], str, Sentence]] = []
    for s in sentences[:5000]:
        m = _VOTE_TALLY.search(s.text)
        if m is None:
            continue
        split = (_tally_value(m.group("a") or m.group("c")), _tally_value(m.group("b") or m.group("d")))
        voice = _voice_of(by_place, s, writers, credited)
        if voice and _person_like(voice):
            told.append((split, voice, s))
    out: list[Scored] = []
    story = _story_roots(sentences, {(s.article, s.position) for _, _, s in told}) if len(told) > 1 else set()
    for i, (split_a, voice_a, a) in enumerate(told):
        for split_b, voice_b, b in told[i + 1 :]:
            if split_a == split_b or sum(split_a) != sum(split_b) or actor_key(voice_a) == actor_key(voice_b):
                continue
            if not _one_vote(a, b) or not _same_motion(a, b, story):
                continue
            summary = f"{voice_a}: “{_clean_side(a.text, 30)}” vs. {voice_b}: “{_clean_side(b.text, 30)}”"
            cites = tuple(sorted({a.article, b.article}))
            out.append((2.3, summary, cites, frozenset((actor_key(voice_a), actor_key(voice_b)))))
    return out


# "..., whatever the shareholder letter says.", "..., whatever the Messenger says": the speaker sets a claim against
# what a named source says on the same matter.
_WHATEVER_SAYS = re.compile(
    r",\s+whatever\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?P<src>[\w'’ -]{2,40}?)\s+"
    r"(?:says|said|claims|claimed|states|stated|suggests|suggested|reports|reported)\b"
)
# A speaker named inside the sentence: "Its service, Amara Nwosu told us by email, earns ...".
_INLINE_SPEAKER = re.compile(
    r",\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:told\s+\w+(?:\s+(?:by|in|on)\s+\w+)?|says|said|writes|"
    r"wrote|insists|insisted|argues|argued),\s"
)


def whatever_said(
    sentences: Sequence[Sentence], claims: Sequence[Attribution], outlets: Sequence[str] = ()
) -> list[Scored]:
    """A speaker's claim made "whatever the letter says": the other side is what that source says on the matter,
    the sentence of a letter (or of the named outlet's report) that shares most of its words, voiced by its
    writer or by the actor the sources credit with it."""
    writers = letter_writers(sentences)
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    credited: dict[tuple[int, int], str] = {}
    for c in claims:
        credited.setdefault((c.sentence.article, c.sentence.position), c.actor)
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _WHATEVER_SAYS.search(s.text)
        if m is None:
            continue
        inline = _INLINE_SPEAKER.search(s.text[: m.start()])
        voice = clean_name(inline.group("name")) if inline else _voice_of(by_place, s, writers, credited)
        if not voice or not _person_like(voice):
            continue
        src = m.group("src").lower()
        own = s.text[: m.start()]
        mine = set(content_words(own)) - set(content_words(voice))
        best: tuple[int, Sentence, str] | None = None
        for t in sentences[:5000]:
            if t.article == s.article:
                continue
            outlet = outlets[t.article].lower() if t.article < len(outlets) else ""
            letter = t.article in writers and re.search(r"\bletter\b", src) is not None
            if not (letter or (outlet and any(w in outlet.split() for w in src.split() if len(w) > 3))):
                continue
            other = _voice_of(by_place, t, writers, credited)
            if not other or actor_key(other) == actor_key(voice):
                continue
            shared = len(mine & set(content_words(t.text)))
            if shared >= 2 and (best is None or shared > best[0]):
                best = (shared, t, other)
        if best is None:
            continue
        _, t, other = best
        body = _INLINE_SPEAKER.sub(" ", own) if inline else own
        summary = f"{other}: “{_clean_side(t.text, 30)}” vs. {voice}: “{_clean_side(body, 30)}”"
        out.append(
            (2.3, summary, tuple(sorted({s.article, t.article})), frozenset((actor_key(other), actor_key(voice))))
        )
    return out


# "The surveyor Dev Anand ... says he stands by his figure of about £150,000": a figure defended, so in dispute.
_STOOD_BY = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b[^.;]{0,120}?\b(?:stands|stood|standing|stand)\s+by\s+"
    r"(?:his|her|their|its)\s+(?:own\s+|original\s+|earlier\s+)?(?:figure|estimate|forecast|costing|valuation|count|"
    r"number)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over)\s+)?"
    r"(?P<fig>[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m)\b)?)"
)
_MONEY_FIGURE = re.compile(r"(?P<cur>[£$€])\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>million|billion|bn|m)\b)?")


def _money(m: re.Match[str]) -> tuple[str, float]:
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get((m.group("scale") or "").lower(), 1.0)
    return m.group("cur"), float(m.group("num").replace(",", "")) * scale


# A sum raised, given or earned ("the roof appeal had raised £20,000", "a grant of £5,000"): not what a job costs or
# is worth, which a figure stood by ("his estimate of £150,000") gives.
_SUM_GATHERED = re.compile(
    r"\b(?:rais(?:ed|es|ing)|collect(?:ed|s|ing)|donat(?:ed|es|ions?)|gifts?|given|pledged|grants?|appeal|"
    r"fund(?:raising|-raising|raised)|earn(?:ed|s|ing)?|income|revenue|profits?|takings|saved|savings|in\s+the\s+kitty|"
    r"in\s+the\s+bank)\b",
    re.IGNORECASE,
)
# What a job costs: a word beside the figure that makes it a cost or a value after all ("to repair", "the bill").
_SUM_COST = re.compile(
    r"\b(?:cost(?:s|ing)?|estimated?|estimates|quote[sd]?|bills?|price[sd]?|repairs?|rebuil[dt]|budget|worth|"
    r"valu(?:e|ed|ation)|needed|needs?|spend|spent)\b",
    re.IGNORECASE,
)
# The other side agreeing with the figure ("she backed him", "in line with his estimate"): no tension.
_FIGURE_AGREED = re.compile(
    r"\b(?:backed|backs|agreed|agrees|endorsed|endorses|supported|supports|accepted|accepts|confirmed|confirms|"
    r"in\s+line\s+with|bears?\s+(?:him|her|them|it)\s+out|close\s+to\s+(?:his|her|their))\b",
    re.IGNORECASE,
)
# Where the figure's defence begins: the finite verb of saying, else of standing ("..., says he stands by ...",
# "..., got in touch to say he stands by ..." -> "stands by ...").
_SAYS_STANDS = re.compile(
    r"\b(?:says|said|insists|insisted|maintains|maintained|stands|stood|is\s+standing|was\s+standing)\b"
)


def _figure_words(text: str, at: re.Match[str]) -> str:
    """The words beside a figure (five either side, within its sentence): what the sum is of."""
    before = text[: at.start()].split()[-5:]
    after = text[at.end() :].split()[:5]
    return " ".join(before + after)


def _same_sum(t: Sentence, at: re.Match[str]) -> bool:
    """Whether another side's figure is of what a stood-by estimate is of: not a sum raised, given or earned, and
    not given in agreement with the estimate."""
    beside = _figure_words(t.text, at)
    if _SUM_GATHERED.search(beside) and not _SUM_COST.search(beside):
        return False
    return not _FIGURE_AGREED.search(t.text)


def _stood_by_claim(text: str, m: re.Match[str]) -> str:
    """The stood-by claim shown, from its verb of saying or standing on: not the speaker's relative clause ("who
    looked at the roof for the trust")."""
    span = text[m.end("name") : m.end()]
    last = span.rfind(",")
    verb = _SAYS_STANDS.search(span, last + 1 if last >= 0 else 0)
    if verb is None:
        verb = _SAYS_STANDS.search(span)
    start = m.end("name") + (verb.start() if verb else 0)
    return text[start:].lstrip(", ")


def figures_stood_by(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side standing by its figure ("stands by his figure of about £150,000") against another side's own
    figure for the same thing: the same currency, another sum, a word of the matter in common ("roof"), the other
    sum of the same kind (a cost, not money raised) and not given in agreement."""
    writers = letter_writers(sentences)
    by_place = {(s.article, s.position): s for s in sentences[:5000]}
    credited: dict[tuple[int, int], str] = {}
    for c in claims:
        credited.setdefault((c.sentence.article, c.sentence.position), c.actor)
    out: list[Scored] = []
    for s in sentences[:5000]:
        m = _STOOD_BY.search(s.text)
        if m is None or not _person_like(m.group("name")):
            continue
        person = clean_name(m.group("name")) or m.group("name")
        fig = _MONEY_FIGURE.search(m.group("fig"))
        if fig is None:
            continue
        cur, value = _money(fig)
        matter = set(content_words(_MONEY_FIGURE.sub(" ", s.text))) - set(content_words(person))
        best: tuple[int, Sentence, str] | None = None
        for t in sentences[:5000]:
            if t is s:
                continue
            other = _voice_of(by_place, t, writers, credited)
            if not other or actor_key(other) == actor_key(person) or not _person_like(other):
                continue
            theirs = [(_money(f), f) for f in _MONEY_FIGURE.finditer(t.text)]
            if not any(
                c == cur and max(v, value) >= 1.2 * min(v, value) > 0 and _same_sum(t, f) for (c, v), f in theirs
            ):
                continue
            shared = len(matter & set(content_words(_MONEY_FIGURE.sub(" ", t.text))))
            if shared and (best is None or shared > best[0]):
                best = (shared, t, other)
        if best is None:
            continue
        _, t, other = best
        said = _stood_by_claim(s.text, m)
        summary = f"{person}: “{_clean_side(said, 30)}” vs. {other}: “{_clean_side(t.text, 30)}”"
        out.append(
            (2.2, summary, tuple(sorted({s.article, t.article})), frozenset((actor_key(person), actor_key(other))))
        )
    return out


# A figure dismissed out of hand: "4.2 is rubbish", "that number is nonsense", "they've got the rate wrong", "the
# figure is plucked from the air". The figure or the noun it is given as must be another side's to answer it.
_JUNK = (
    r"(?:rubbish|nonsense|wrong|garbage|fantasy|fiction|made\s+up|plucked\s+(?:out\s+of|from)\s+(?:thin\s+)?air|"
    r"(?:a\s+)?(?:joke|fantasy|fiction|nonsense)|way\s+off|miles\s+out|not\s+(?:right|true|credible|accurate))"
)
_FIGURE_NOUN = r"(?:figure|figures|number|numbers|rate|estimate|count|total|sum|tally|forecast|costing)"
_DISMISSED_FIGURE = re.compile(
    rf"(?:^|[.;:!?]\s*|\b(?:that|but)\s+)(?P<fig>\d[\d,]*(?:\.\d+)?%?)\s+(?:is|was|'s|’s)\s+(?:(?:just|utter|complete|"
    rf"total|absolute)\s+)?{_JUNK}\b"
    rf"|\b(?:that|the|their|this|your|his|her|its)\s+(?:(?P<mod>[a-z][\w'’-]+)\s+)?(?P<noun>{_FIGURE_NOUN})\s+(?:is|was|are|were|"
    rf"has\s+been|had\s+been)\s+(?:(?:just|utter|complete|total|absolute|simply)\s+)?{_JUNK}\b"
    rf"|\bgot\s+the\s+(?:[\w'’-]+\s+)?(?P<got>{_FIGURE_NOUN})\s+(?:all\s+|completely\s+|badly\s+)?wrong\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:if|whether|unless|not|nobody|no\s+one|never|n[’']t)\b[^.;]*$", re.IGNORECASE)


def _figure_dismissed(claim: str) -> tuple[str | None, str | None] | None:
    """(the figure named, the words naming the figure's thing, as a pattern) a claim dismisses, or None ("the ticket
    figure is nonsense": "figure" or "ticket"); a hedged or denied dismissal ("if the figure is wrong", "nobody says
    the number is wrong") dismisses nothing."""
    for m in _DISMISSED_FIGURE.finditer(claim):
        if _HEDGED.search(claim[: m.start("fig") if m.group("fig") else m.start()]):
            continue
        noun = m.group("noun") or m.group("got")
        if not noun:
            return m.group("fig"), None
        words = [noun.lower().removesuffix("s")]
        if m.group("mod") and m.group("mod").lower() not in ENGLISH.stop_words:
            words.append(re.escape(m.group("mod").lower().removesuffix("s")))
        return None, rf"\b(?:{'|'.join(words)})s?\b"
    return None


def figures_dismissed(claims: Sequence[Attribution]) -> list[Scored]:
    """One named side calling another side's figure rubbish: the figure itself named ("4.2 is rubbish") and given by
    the other side, or the figure named by its noun ("they've got the rate wrong") and the other side's claim, made
    before, giving a figure for that noun. A figure called rubbish that nobody gave answers no one."""
    out: list[Scored] = []
    for d in claims[:400]:
        found = _figure_dismissed(d.claim)
        if found is None:
            continue
        fig, noun = found
        best: Attribution | None = None
        for o in claims[:400]:
            if o.key == d.key or one_body(o.actor, d.actor) or o.sentence.text == d.sentence.text:
                continue
            if _figure_dismissed(o.claim) is not None:
                continue
            if fig is not None:
                number = fig.rstrip("%")
                if not re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", o.claim):
                    continue
            else:
                if not re.search(noun or "$^", o.claim, re.IGNORECASE) or not re.search(r"\d", o.claim):
                    continue
                if _days_apart(o.sentence, d.sentence) and (o.sentence.published or date.min) > (
                    d.sentence.published or date.min
                ):
                    continue  # the figure must be on the record before it is dismissed
            if best is None or (o.sentence.article != d.sentence.article) > (
                best.sentence.article != d.sentence.article
            ):
                best = o
        if best is None:
            continue
        cites = tuple(sorted({best.sentence.article, d.sentence.article}))
        out.append((2.4, f"{_said(best)} vs. {_said(d)}", cites, frozenset((best.key, d.key))))
    return out


# An asking price or a demand for a sum: "The owner, Josie Hartle, is asking £600,000", "Ruth Vane wants £2m".
_ASKING = re.compile(
    rf"(?P<who>{_PARTY_NAME}),?\s+(?:(?:is|was|are|were|has\s+been)\s+)?(?:asking(?:\s+for)?|demanding|"
    rf"want(?:s|ed)|seeking|holding\s+out\s+for)\s+(?P<sum>{_SUM_TEXT})"
)
# A refusal of that sum by another side: "not a price this council can pay", "we won't pay", "will not meet".
_SUM_REFUSED = re.compile(
    r"\bnot\s+a\s+(?:price|sum|figure)\s+[^.;]{0,40}\b(?:can|could|will|would)\s+(?:pay|afford|accept|meet)\b"
    r"|\b(?:will|would|can|could|do|does|did|shall)\s*(?:not|n['’]t)\s+(?:pay|afford|accept|meet|agree\s+to)\b"
    r"|\b(?:won['’]t|can['’]t|cannot)\s+(?:pay|afford|accept|meet|agree\s+to)\b"
    r"|\brefus(?:e|es|ed)\s+to\s+(?:pay|meet|accept)\b|\b(?:rejects?|rejected)\b",
    re.IGNORECASE,
)


def prices_refused(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A named side asking a sum (a sentence says so) and another named side's claim refusing that same sum ("£600,000
    for a wet field is not a price this council can pay"). A sum paid or agreed, or another sum refused, is none."""
    out: list[Scored] = []
    for s in sentences[:5000]:
        for m in _ASKING.finditer(s.text):
            who = clean_name(m.group("who")) or m.group("who")
            if not _person_like(who) and who.split()[0] in ("The", "A", "An"):
                continue
            key = _sum_key(m.group("sum"))
            for c in claims[:400]:
                if actor_key(c.actor) == actor_key(who) or one_body(c.actor, who) or c.sentence.text == s.text:
                    continue
                # The refusal and the sum in one clause: "We will pay £450,000, and we will not accept delay"
                # refuses the delay, not the sum.
                for part in re.split(r"(?<=[.!?])\s+|[,;]\s+|\s+(?:and|but|while)\s+", c.claim):
                    sums = [_sum_key(x.group()) for x in re.finditer(_SUM_TEXT, part)]
                    if key in sums and _SUM_REFUSED.search(part):
                        summary = f"{who}: “{_clean_side(s.text, 30)}” vs. {_said(c)}"
                        cites = tuple(sorted({s.article, c.sentence.article}))
                        out.append((2.4, summary, cites, frozenset((actor_key(who), c.key))))
                        break
    return out


# A line of an exported chat: "[07/02/2081, 19:10] Keith Arnott: 4.2 is rubbish."
_CHAT_STAMP = re.compile(
    r"^\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}):\s+(?P<said>.+)$"
)
# A report's author, named on a line of its own: "Author: Dr Owen Pryce CEng, Principal Coastal Engineer",
# "Prepared by: Jane Holt", "Written by Ann Lee".
_AUTHOR_LINE = re.compile(
    r"^(?:Author|Prepared\s+by|Written\s+by|Compiled\s+by|Report\s+by)\s*:?\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)


def _authors(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Each report's author, where a line of its own names them."""
    out: dict[int, str] = {}
    for s in sentences[:5000]:
        m = _AUTHOR_LINE.match(s.text.strip())
        if m:
            name = m.group("name")
            name = re.sub(r"\s+[A-Z]{2,}[a-z]*$", "", name)  # "Owen Pryce CEng": a title after the name
            out.setdefault(s.article, clean_name(name) or name)
    return out


def figures_dismissed_in_reports(sentences: Sequence[Sentence], claims: Sequence[Attribution]) -> list[Scored]:
    """A figure named and dismissed ("4.2 is rubbish") by a named speaker (a claim's, or a chat line's), against the
    report, signed by its author, that gave that figure before. A figure nobody's report gave answers no one."""
    credited = {(c.sentence.article, c.sentence.position): c.actor for c in claims}
    authors = _authors(sentences)
    if not authors:
        return []
    out: list[Scored] = []
    for d in sentences[:5000]:
        chat = _CHAT_STAMP.match(d.text)
        speaker = chat.group("name") if chat else credited.get((d.article, d.position))
        said = chat.group("said") if chat else d.text
        found = _figure_dismissed(said)
        if speaker is None or found is None or found[0] is None:
            continue
        number = found[0].rstrip("%")
        given = re.compile(rf"(?<![\d.,]){re.escape(number)}(?!\d|[.,]\d)")
        for s in sentences[:5000]:
            author = authors.get(s.article)
            if s.article == d.article or author is None or actor_key(author) == actor_key(speaker):
                continue
            if (s.article, s.position) in credited or not given.search(s.text) or _figure_dismissed(s.text):
                continue
            if s.published and d.published and s.published > d.published:
                continue
            summary = f"{author}: “{_clean_side(s.text, 30)}” vs. {speaker}: “{_clean_side(said, 30)}”"
            out.append(
                (
                    2.4,
                    summary,
                    tuple(sorted({s.article, d.article})),
                    frozenset((actor_key(author), actor_key(speaker))),
                )
            )
            break
    return out
