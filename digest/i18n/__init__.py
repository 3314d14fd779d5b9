"""Languages as data: one lexicon file per language, chosen per article, digest or feed.

Every word list the extractive brief engine and the grouping use lives in `lexicons/<code>.json`
(see `Lexicon` for what each list holds); adding a language is adding a file there and a message
catalog under `locale/` (see `digest.i18n.catalogs`). English is the default and the fallback.
A stage before briefs (topics, ingest) may import this package: it depends on nothing of ours.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import MISSING, dataclass, fields
from functools import cache
from importlib import resources

DEFAULT = "en"


def N_(message: str) -> str:
    """Marks a message for extraction (pybabel's default keyword); it is translated where it is shown,
    so a stage without a language of its own (the token checks) can still name what a page will say."""
    return message


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists; each is a frozenset (tuples where order matters)."""

    language: str
    # Words written with a full stop that does not end a sentence (lower case, no final dot).
    abbreviations: tuple[str, ...]
    calendar_words: tuple[str, ...]  # Capitalised day and month names: they start sentences but never name an actor.
    stop_words: frozenset[str]  # Function words that carry no content (overlap checks, content words).
    # Capitalised words that never name an actor: articles, pronouns, quantifiers, connectives, unnamed groups.
    not_names: frozenset[str]
    role_words: frozenset[str]  # Role nouns that may stand in a subject before or instead of a name (lower case).
    collective: frozenset[str]  # Role nouns naming a body rather than a person ("the Senate committee").
    speech_verbs: frozenset[str]  # Verbs that report speech rather than a deed.
    aux_adverbs: frozenset[str]  # Auxiliaries and adverbs that may stand between a subject and its verb.
    verb_words: frozenset[str]  # Finite verbs that end a subject.
    copula: frozenset[str]  # Forms of "to be".
    openers: frozenset[str]  # Words that open a clause, never a subject.
    auxiliaries: frozenset[str]  # Auxiliary verbs that invert to make a question.
    pronouns: frozenset[str]  # Pronouns a question cannot be about on its own.
    determiners: frozenset[str]  # Words that start a noun phrase.
    headline_small: frozenset[str]  # Small words a title-case headline keeps in lower case.
    not_glue_before: frozenset[str]  # Words after which a capitalised word continues the clause (no glued headline).
    not_parties: frozenset[str]  # Words that name no party to a conflict.
    corporate_suffixes: frozenset[str]  # Company suffixes ignored when grouping actor names ("BP Plc" is BP).
    bad_claim_start: frozenset[str]  # First words of a would-be claim that show it is an object, not a statement.
    not_units: frozenset[str]  # Words after a figure that are not what it counts ("25 years", "3 and").
    number_words: tuple[str, ...]  # Spelled-out numbers as word:value ("twenty-five:25").
    irregular_past: tuple[str, ...]  # Irregular past tenses as past:base ("paid:pay"), for do-support in questions.
    noise_phrases: tuple[str, ...]  # Page furniture, matched as lower-case substrings with spaces around the text.
    # The lists below drive the lexicon-driven (non-English) path; English keeps its own regular expressions.
    name: str = ""  # the language's name in English, for the README and logs
    months: tuple[str, ...] = ()  # the twelve month names in order, capitalised as written mid-sentence
    weekdays: tuple[str, ...] = ()  # Monday first
    unknown_cues: tuple[str, ...] = ()  # regular expressions (case-insensitive) of a sentence stating an unknown
    according_to: tuple[str, ...] = ()  # phrases that put a source before a claim ("laut", "selon", "según")
    conflict_words: tuple[str, ...] = ()  # regular expressions of disputing, rejecting, criticising
    negations: frozenset[str] = frozenset()  # words that negate a clause
    that_words: frozenset[str] = frozenset()  # the complementiser after a speech verb ("dass", "que")
    quote_pairs: tuple[str, ...] = ()  # opening+closing quotation marks the language uses ("„“", "«»")
    common_nouns: frozenset[str] = frozenset()  # capitalised common nouns that never name anyone (German)
    ordinal_dot_before_month: bool = False  # "1. Dezember": a figure's full stop before a month ends nothing
    consequence_cues: tuple[str, ...] = ()  # regular expressions of a consequence or stake ("könnte", "pourrait")
    title_skip: frozenset[str] = frozenset()  # units and quantities that never name a story ("Millionen")
    future_cues: tuple[str, ...] = ()  # regular expressions of a sentence about what is still to come
    date_prepositions: tuple[str, ...] = ()  # words before a month or a year that make it a date ("im", "en")

    @property
    def never_names(self) -> frozenset[str]:
        """Capitalised words that never name an actor, calendar words included."""
        return self.not_names | frozenset(self.calendar_words)

    @property
    def numbers(self) -> dict[str, float]:
        return {w: float(v) for w, _, v in (pair.partition(":") for pair in self.number_words)}

    @property
    def past_to_base(self) -> dict[str, str]:
        return dict(pair.partition(":")[::2] for pair in self.irregular_past)

    @classmethod
    def from_mapping(cls, language: str, data: Mapping[str, object]) -> Lexicon:
        """A lexicon from plain data: each list as a list of strings or one whitespace-separated string.

        Lists of phrases and patterns (which hold spaces) must be JSON lists; a list left out is empty.
        """
        values: dict[str, object] = {"language": language}
        for f in fields(cls):
            if f.name == "language" or f.name not in data:
                continue
            raw = data[f.name]
            kind = str(f.type)
            if kind == "bool":
                values[f.name] = bool(raw)
            elif kind == "str":
                values[f.name] = str(raw)
            else:
                ws = raw.split() if isinstance(raw, str) else [str(w) for w in raw]  # type: ignore[attr-defined]
                values[f.name] = tuple(ws) if kind.startswith("tuple") else frozenset(ws)
        for f in fields(cls):
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING:  # required, absent
                values[f.name] = () if str(f.type).startswith("tuple") else frozenset()
        return cls(**values)  # type: ignore[arg-type]


class UnknownLanguageError(ValueError):
    """A language code with no lexicon file."""


@cache
def languages() -> tuple[str, ...]:
    """The language codes that have a lexicon file, English first."""
    folder = resources.files("digest.i18n").joinpath("lexicons")
    found = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))
    return tuple(sorted(found, key=lambda c: (c != DEFAULT, c)))


def normalize(code: str | None) -> str | None:
    """'de-DE', 'de_AT', 'DE' -> 'de'; None or '' stays None."""
    if not code:
        return None
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0] or None


@cache
def _load(lang: str) -> Lexicon:
    raw = resources.files("digest.i18n").joinpath("lexicons", f"{lang}.json").read_text(encoding="utf-8")
    return Lexicon.from_mapping(lang, json.loads(raw))


def lexicon(code: str | None = None) -> Lexicon:
    """The lexicon of a language ('de', 'fr-FR'); English for None or a language we have no file for."""
    lang = normalize(code) or DEFAULT
    if lang not in languages():
        lang = DEFAULT
    return _load(lang)


_WORDS = re.compile(r"[^\W\d_]+")
_ASCII_WORDS = re.compile(r"[A-Za-z]+")  # the same on ASCII text


def detect(text: str) -> str:
    """The supported language whose stop words the text uses most; English when nothing stands out.

    Only the languages we have lexicons for matter here (anything else is briefed as English anyway),
    so counting function words in the first few hundred words is enough and costs next to nothing.
    """
    head = text[:3000]
    # each distinct word looked up once per language, ASCII text with a plain pattern: grouping detects every article
    if head.isascii():  # lower-casing ASCII maps letters to letters one by one: the same words
        counts = Counter(_ASCII_WORDS.findall(head.lower()))
    else:
        counts = Counter(map(str.lower, _WORDS.findall(head)))
    if not counts:
        return DEFAULT
    total = sum(counts.values())
    best, best_score = DEFAULT, 0.0
    for code in languages():
        stop = lexicon(code).stop_words
        score = sum(counts[w] for w in stop.intersection(counts)) / total
        if score > best_score + 0.02:
            best, best_score = code, score
    return best


def language_of(items: Iterable[tuple[str | None, str]]) -> str:
    """The language most of (declared language, text) pairs are in: declared when known, else detected."""
    counts: dict[str, int] = {}
    for declared, text in items:
        code = normalize(declared)
        code = code if code in languages() else detect(text)
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return DEFAULT
    return max(sorted(counts), key=lambda c: (counts[c], c == DEFAULT))
