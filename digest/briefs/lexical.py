"""The lexicon-driven brief sections for languages other than English: unknowns, attributed speech, tensions.

English keeps its hand-tuned regular expressions (cues, actors, conflicts). Here every cue comes from the
language's lexicon file (`digest/i18n/lexicons/<code>.json`): unknown cues, speech verbs, "according to"
phrases, conflict words and negations, so a language is added as data. Open questions stay the source's
own sentence (no question is rephrased); attribution is a quotation or a clause next to a speech verb and
a name; a tension is a dispute that names its target, or two actors' claims on one matter that disagree
in figures or polarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from digest.briefs.actors import Attribution
from digest.briefs.lexicon import Lexicon
from digest.briefs.sentences import Sentence

_CAP = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_CAP}][\w'’-]+"
_PARTICLES = r"de|del|la|von|van|le|du|da|di"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD}){{0,3}})"
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD}){{0,3}}")
_QUOTE = r"[“\"](?P<claim>[^”\"]{10,}?)[,.!?]?[”\"],?"
_PREFIX = r"(?:[\w'’-]+\s+){0,8}?"
_AUX = r"(?:(?:a|ont|hat|haben|ha|han|a-t-(?:il|elle))\s+)?"


@cache
def _compiled(lex: Lexicon) -> dict[str, object]:
    say = "|".join(re.escape(v) for v in sorted(lex.speech_verbs, key=len, reverse=True))
    acc = "|".join(re.escape(v) for v in sorted(lex.according_to, key=len, reverse=True))
    that = "|".join(re.escape(v) for v in sorted(lex.that_words, key=len, reverse=True)) or "that"
    say_re = rf"{_AUX}(?:{say})"
    patterns = [
        # “QUOTE”, sagte Verbandschefin Anna Roth.  /  « … », a déclaré la maire Claire Petit.
        re.compile(rf"^{_QUOTE}\s+{say_re}\s+{_PREFIX}{_NAME}"),
        # Anna Roth sagte, CLAIM.  /  La maire Claire Petit a déclaré que CLAIM.
        re.compile(rf"^{_PREFIX}{_NAME}\s+{say_re}\b\s*,?\s+(?:(?:{that})['’\s]\s*)?(?P<claim>.{{15,}})$"),
        # Dazu sagte Finanzminister Tomas Berg, CLAIM.
        re.compile(
            rf"^(?:[\w'’-]+\s+){{0,4}}?{say_re}\s+{_PREFIX}{_NAME}\s*,\s*(?:(?:{that})['’\s]\s*)?(?P<claim>.{{15,}})$"
        ),
        # CLAIM, sagte Berg.  /  CLAIM, dijo el consejero Tomás Berg.
        re.compile(rf"^(?P<claim>.{{15,}}?),\s+{say_re}\s+{_PREFIX}{_NAME}"),
    ]
    if acc:
        patterns += [
            # Laut Finanzminister Berg zahlt das Land ...  /  Selon la ministre Claire Petit, la région ...
            re.compile(rf"^(?i:{acc})\s+{_PREFIX}{_NAME}\s*,?\s+(?P<claim>.{{15,}})$"),
            re.compile(rf"^(?P<claim>.{{15,}}?),\s+(?i:{acc})\s+{_PREFIX}{_NAME}\W*$"),
        ]
    return {
        "unknown": re.compile("|".join(f"(?:{c})" for c in lex.unknown_cues) or r"(?!x)x", re.IGNORECASE),
        "consequence": re.compile("|".join(f"(?:{c})" for c in lex.consequence_cues) or r"(?!x)x", re.IGNORECASE),
        "conflict": re.compile("|".join(f"(?:{c})" for c in lex.conflict_words) or r"(?!x)x", re.IGNORECASE),
        "patterns": patterns,
    }


def states_unknown(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence states something not known or not decided yet, by the language's cue phrases."""
    return bool(_compiled(lex)["unknown"].search(sentence))  # type: ignore[attr-defined]


def states_consequence(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence names a consequence or a stake ("könnte … verdoppeln"), by the language's cues."""
    return bool(_compiled(lex)["consequence"].search(sentence))  # type: ignore[attr-defined]


def is_conflict(sentence: str, lex: Lexicon) -> bool:
    return bool(_compiled(lex)["conflict"].search(sentence))  # type: ignore[attr-defined]


def clean_name(raw: str, lex: Lexicon) -> str | None:
    """The name in a capitalised run: leading articles, roles and common nouns go ("Verbandschefin Anna Roth")."""
    parts = raw.split()
    skip = {w.lower() for w in lex.never_names} | lex.role_words | {w.lower() for w in lex.common_nouns}

    def bare(word: str) -> str:  # "L'exploitant" -> "exploitant": an elided article is no part of a name
        return _ELIDED.sub("", word).lower()

    while parts and (bare(parts[0]) in skip or bare(parts[0]) in lex.stop_words or _ELIDED.match(parts[0])):
        parts = parts[1:]
    while parts and parts[-1].lower() in skip | lex.stop_words:
        parts = parts[:-1]
    if not parts or len(parts) > 4 or not parts[-1][:1].isupper():
        return None
    return " ".join(parts)


_ELIDED = re.compile(r"^(?:[lLdD]|qu|Qu)['’]")


def _dispute_subject(text: str, lex: Lexicon) -> str | None:
    """Who disputes: a name that is the sentence's subject, not its object ("Le Goff" in "L'opposition a
    critiqué Yann Le Goff"). Only function words and role nouns may come before it ("Die Oberbürgermeisterin
    Anna Roth wies …"), or it stands in apposition ("Der Betreiber des Rechenzentrums, Nordcloud, wies …")."""
    head = " ".join(text.split()[:12])
    skip = {w.lower() for w in lex.never_names} | lex.role_words | {w.lower() for w in lex.common_nouns}
    skip |= lex.stop_words
    for run in _RUN.finditer(head):
        name = clean_name(run.group(0), lex)
        if not name:
            continue
        before = head[: run.start()]
        words = [_ELIDED.sub("", w).strip(",").lower() for w in before.split()]
        apposition = before.rstrip().endswith(",") and head[run.end() :].lstrip().startswith(",")
        if apposition or all(w in skip for w in words if w):
            return name
        return None
    return None


def _key(name: str) -> str:
    return name.split()[-1].lower()


def attributions(sentences: Sequence[Sentence], lex: Lexicon) -> list[Attribution]:
    """Every attributed claim (a quotation or a clause beside a speech verb) with a named actor."""
    c = _compiled(lex)
    out: list[Attribution] = []
    for s in sentences:
        found: tuple[str, str] | None = None
        for pattern in c["patterns"]:  # type: ignore[attr-defined]
            m = pattern.search(s.text)
            if not m:
                continue
            name = clean_name(m.group("name"), lex)
            if name:
                found = (name, m.group("claim"))
                break
        if found is None and is_conflict(s.text, lex):
            name = _dispute_subject(s.text, lex)
            if name:
                found = (name, s.text)
        if found is None:
            continue
        name, claim = found
        claim = claim.strip().strip('“”"').strip().rstrip(",")
        if len(claim.split()) < 4:
            continue
        if claim[0].islower():
            claim = claim[0].upper() + claim[1:]
        if claim[-1] not in ".!?":
            claim += "."
        quoted = s.text.startswith(("“", '"'))
        out.append(Attribution(name, _key(name), claim, s, quoted=quoted))
    # Each actor under the fullest form of the name used ("Roth" -> "Anna Roth").
    longest: dict[str, str] = {}
    for a in out:
        if len(a.actor) > len(longest.get(a.key, "")):
            longest[a.key] = a.actor
    return [Attribution(longest[a.key], a.key, a.claim, a.sentence, a.quoted) for a in out]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_]+")


def _stems(text: str, lex: Lexicon) -> set[str]:
    """Content words cut to five letters, so inflected forms meet ("Geschäfte", "Geschäft")."""
    return {w.lower()[:5] for w in _WORD.findall(text) if len(w) > 3 and w.lower() not in lex.stop_words}


def _negated(text: str, lex: Lexicon) -> bool:
    return any(w.lower() in lex.negations for w in _WORD.findall(text))


def _answered(a: Attribution, claims: Sequence[Attribution], lex: Lexicon) -> Attribution | None:
    """The claim a dispute answers: another actor's, earlier in the same article, sharing a content word."""
    mine = _stems(a.sentence.text, lex)
    best: tuple[int, int] | None = None
    found: Attribution | None = None
    for b in claims:
        s, t = b.sentence, a.sentence
        if b.key == a.key or s.article != t.article or not 0 < t.position - s.position <= 3:
            continue
        shared = len((_stems(b.claim, lex) & mine) - _stems(f"{a.actor} {b.actor}", lex))
        if shared and (best is None or (shared, s.position) > best):
            best, found = (shared, s.position), b
    return found


def tensions(claims: Sequence[Attribution], lex: Lexicon, k: int = 4) -> list[tuple[str, tuple[int, ...]]]:
    """(summary, cited articles, 0-based) of disputes: one actor attacking another by name, then two actors'
    claims on one matter that differ in their figures or in polarity."""
    out: list[tuple[str, tuple[int, ...]]] = []
    pairs: set[frozenset[str]] = set()
    first_claim: dict[str, Attribution] = {}
    for a in claims:
        first_claim.setdefault(a.key, a)
    for a in claims:
        if not is_conflict(a.sentence.text, lex):
            continue
        low = a.sentence.text.lower()
        for key, b in first_claim.items():
            pair = frozenset((a.key, key))
            if key == a.key or pair in pairs or not re.search(rf"\b{re.escape(key)}\b", low):
                continue
            pairs.add(pair)
            out.append(
                (f"{a.actor} vs. {b.actor}: {a.sentence.text}", tuple(sorted({a.sentence.article, b.sentence.article})))
            )
            break
        else:
            # A reply that names no one ("rejected this estimate"): it answers the other actor's claim on the
            # same matter in the same report, just before it.
            other = _answered(a, claims, lex)
            if other is not None and frozenset((a.key, other.key)) not in pairs:
                pairs.add(frozenset((a.key, other.key)))
                summary = f"{other.actor}: “{other.claim}” vs. {a.actor}: “{a.sentence.text}”"
                out.append((summary, tuple(sorted({a.sentence.article, other.sentence.article}))))
                continue
            if frozenset((a.key,)) not in pairs:  # a dispute whose target is no quoted actor: the sentence stands alone
                pairs.add(frozenset((a.key,)))
                out.append((f"{a.actor}: {a.sentence.text}", (a.sentence.article,)))
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.key == b.key or frozenset((a.key, b.key)) in pairs:
                continue
            shared = (_stems(a.claim, lex) & _stems(b.claim, lex)) - _stems(f"{a.actor} {b.actor}", lex)
            if len(shared) < 2:
                continue
            na, nb = set(_NUMBER.findall(a.claim)), set(_NUMBER.findall(b.claim))
            figures = bool(na and nb and na != nb)
            if figures or _negated(a.claim, lex) != _negated(b.claim, lex):
                candidates.append((len(shared) + (2 if figures else 0), i, j))
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _score, i, j in candidates:
        a, b = claims[i], claims[j]
        pair = frozenset((a.key, b.key))
        if pair in pairs:
            continue
        pairs.add(pair)
        out.append(
            (
                f"{a.actor}: “{a.claim}” vs. {b.actor}: “{b.claim}”",
                tuple(sorted({a.sentence.article, b.sentence.article})),
            )
        )
    return out[:k]
