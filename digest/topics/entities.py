"""Names, places and organisations found without a model: capitalised runs and acronyms.

Stories that share vocabulary ("floods", "election", "ceasefire") are told apart by who and
where, so grouping weighs these higher than common words. The heuristic is document-local: a
capitalised word at the start of a sentence counts only when the same document also capitalises
it mid-sentence, which drops "Experts", "However" and friends without a dictionary.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Words that may sit inside a name ("Gulf of Mexico", "Banco de Espana") but never start or end it.
CONNECTORS = frozenset({"of", "for", "de", "la", "del", "der", "van", "von", "da", "di", "du", "le", "al", "el"})

# Capitalised words that are almost never a named entity on their own.
_NOT_NAMES_TEXT = """
    a an the this that these those he she it we they i you his her its our their my your mr mrs ms dr sir prof
    in on at by for from to with without about after before over under into as but and or if when while where
    what who why how there here then than so yet also not no yes all some many most more one two three four
    five six seven eight nine ten first second third last next mon tue tues wed thu thur thurs fri sat monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday
    tomorrow tonight morning evening week month year years people said says according however meanwhile
    although though because since despite during photograph photo image video read more related updated
    published advertisement share comment comments click subscribe reporting editing writing additional am pm
    bst gmt edt est utc cet pdt pst et
"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())

# Words inside names that do not tell one story's names from another's ("Kenya Red Cross" and
# "Tanzania Red Cross" share "Red Cross", not a place): never a feature on their own. Leading
# titles ("President", "Governor") are dropped from a name so "President Ruto" meets "Ruto".
_GENERIC_TEXT = """
    president vice prime minister ministers secretary governor mayor senator sen rep representative king queen
    prince princess general gen chief head director chairman chairwoman spokesman spokeswoman judge justice
    pope bishop captain capt lieutenant col colonel commander officer inspector sheriff ambassador envoy
    department ministry office authority agency service services society association council committee
    commission union party bank university college institute hospital school court board group company corp
    inc ltd plc co county district province region state states city town village river lake mountain mount
    island islands sea ocean gulf bay coast north south east west northern southern eastern western central
    national international federal united republic democratic red cross world new great upper lower
    meteorological health police army navy air force forces
"""
GENERIC = frozenset(_GENERIC_TEXT.split())
_TITLES_TEXT = """
    president vice prime minister secretary governor mayor senator sen rep king queen prince princess general
    gen chief judge justice pope bishop captain capt colonel col commander ambassador dr mr mrs ms sir
"""
TITLES = frozenset(_TITLES_TEXT.split())

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP = rf"(?:[{_UPPER}]\.){{2,}}|[{_UPPER}][\w'’\-]*"
_CONNECT = "|".join(sorted((re.escape(c) for c in CONNECTORS), key=len, reverse=True))
# A run of capitalised words, possibly joined by connectors: "Gulf of Mexico", "Tony Hayward".
_RUN = re.compile(rf"(?<![\w'’])(?:{_CAP})(?:(?:[ \t]+(?:{_CONNECT}))*[ \t]+(?:{_CAP}))*")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“”]|\s[-–—])[\s\"'“‘(]*$")
# What may stand before the space ahead of a run at a sentence start (`_SENTENCE_BEFORE`): a sentence's end, a
# dash, a quote or bracket, a space; any other character rules it out without the search.
_OPENERS = frozenset(".!?:;\"“”-–—'‘(")


def _clean(tok: str) -> str:
    if tok.endswith("."):  # "U.S." -> "US"
        return tok.replace(".", "")
    if tok.endswith(("'s", "’s")):
        tok = tok[:-2]
    return tok.strip("'’-")


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


@lru_cache(maxsize=50_000)
def _run_words(run: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A capitalised run's cleaned words, its capitalised words, and those after its first word
    (runs repeat across a stream's articles: each is read once)."""
    words = tuple(_clean(w) for w in run.split())
    caps = tuple(w for w in words if w[:1].isupper())
    return words, caps, tuple(w for w in words[1:] if w[:1].isupper())


@lru_cache(maxsize=50_000)
def _segments(words: tuple[str, ...], not_names: frozenset[str]) -> tuple[str, ...]:
    """The entity phrases of a run's words: split at words that are no names, connectors and
    leading titles trimmed."""
    found: list[str] = []
    segment: list[str] = []
    for w in [*words, ""]:
        if (w and w.lower() not in not_names) or (w.lower() in CONNECTORS and segment):
            segment.append(w)
            continue
        while segment and segment[-1].lower() in CONNECTORS:
            segment.pop()
        while segment and (segment[0].lower() in CONNECTORS or (segment[0].lower() in TITLES and len(segment) > 1)):
            segment.pop(0)
        if segment:
            found.append(" ".join(segment))
        segment = []
    return tuple(found)


def extract(
    text: str, not_names: frozenset[str] = NOT_NAMES, determiners: frozenset[str] = frozenset()
) -> Counter[str]:
    """Entity phrases as written, with counts, e.g. {"Gulf of Mexico": 3, "BP": 5}.

    Another language passes its own `not_names` (its function words and common nouns) and, where every
    noun is capitalised (German), its `determiners`: a capitalised word right after one is a common noun.
    """
    if determiners:
        text = _after_determiner(text, determiners)
    runs: list[tuple[tuple[str, ...], bool]] = []
    mid_caps: set[str] = set()
    for m in _RUN.finditer(text):
        start = m.start()
        if start > 1 and text[start - 1] == " " and text[start - 2] not in _OPENERS and not text[start - 2].isspace():
            at_start = False  # "... the Gulf": most runs, and no sentence start can end in a word and a space
        else:
            at_start = bool(_SENTENCE_BEFORE.search(text, max(0, start - 4), start)) if start else True
        words, caps, later_caps = _run_words(m.group(0))
        runs.append((words, at_start))
        mid_caps.update(later_caps if at_start else caps)
    phrases: list[str] = []
    for words, at_start in runs:
        if at_start and words and not _is_acronym(words[0]) and words[0] not in mid_caps:
            words = words[1:]
        phrases.extend(_segments(words, not_names))
    return Counter(phrases)


_LOWER_WORD = re.compile(r"(?<![\w'’])([^\W\d_]+)(\s+)([A-ZÀ-ÖØ-Þ][\w'’\-]*)")


def _after_determiner(text: str, determiners: frozenset[str]) -> str:
    """Lower-case the capitalised word after a determiner ("der Hafenbahn" -> "der hafenbahn"): a common noun."""

    def fix(m: re.Match[str]) -> str:
        if m.group(1).lower() in determiners:
            return f"{m.group(1)}{m.group(2)}{m.group(3).lower()}"
        return m.group(0)

    return _LOWER_WORD.sub(fix, text)


def split_phrase(phrase: str) -> list[str]:
    """The words of an entity phrase without connectors, so "Hayward" matches "Tony Hayward"."""
    return [w for w in phrase.split() if w.lower() not in CONNECTORS and len(w) > 1]


def display(phrase: str) -> str:
    """A readable form: "WASHINGTON" becomes "Washington", acronyms ("BP", "WHO") stay."""
    words = phrase.split()
    if len(words) > 1 and all(w.isupper() for w in words if w.lower() not in CONNECTORS):
        return " ".join(w.lower() if w.lower() in CONNECTORS else w.capitalize() for w in words)
    if len(words) == 1 and phrase.isupper() and len(phrase) > 5:
        return phrase.capitalize()
    return phrase
