"""Every word list the brief engines use, in one place, per language.

The lists are data: a `Lexicon` is built from plain strings (`Lexicon.from_mapping`), so another language is
another mapping (a JSON file, say), not new code. Modules take `ENGLISH` today; the regular expressions in
`cues` and friends are still English and would move here next.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields


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
    def from_mapping(cls, language: str, data: Mapping[str, str | list[str]]) -> Lexicon:
        """A lexicon from plain data: each list as a list of strings or one whitespace-separated string."""
        values: dict[str, object] = {"language": language}
        for f in fields(cls):
            if f.name == "language":
                continue
            raw = data[f.name]
            ws = raw.split() if isinstance(raw, str) else list(raw)
            values[f.name] = tuple(ws) if str(f.type).startswith("tuple") else frozenset(ws)
        return cls(**values)  # type: ignore[arg-type]


_ENGLISH: dict[str, str | list[str]] = {
    "abbreviations": (
        "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc ltd corp co no "
        "vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m ft mt est "
        "approx"
    ),
    "calendar_words": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
        "June July August September October November December"
    ),
    "stop_words": (
        "a an the and or but if of to in on at by for with from as is are was were be been being "
        "has have had do does did will would can could should may might must that this these those "
        "it its their there they them he she his her we our you your i not no nor so than then also "
        "into over after before about against between through during which who whom whose what when "
        "where why how said says say"
    ),
    "not_names": (
        "The A An It He She They We I This That There These Those Officials Experts Analysts Police "
        "Witnesses Residents Authorities Sources Critics Scientists Doctors Some Many Others "
        "Meanwhile However But And In On At Earlier Later Yesterday Today Its His Her Their Our "
        "Most Other Another Each Every Both All Any No After Before When While Since As For With By "
        "From If Last Next One Two Three First"
    ),
    "role_words": (
        "chairman chief executive officer spokesman spokeswoman president secretary minister "
        "director head leader governor senator analyst founder partner owner operator firm company "
        "group agency administration government officials authorities regulators department "
        "ministry commission adviser counsel attorney general coordinator commander admiral "
        "strategist economist scientist professor lawyer manager boss co-owner giant lawmakers "
        "leaders police prosecutors investigators service council committee panel court judge team "
        "board union parliament congress mayor envoy ambassador deputy"
    ),
    "collective": (
        "administration government officials authorities regulators department ministry commission "
        "police prosecutors investigators council committee panel court board union lawmakers "
        "leaders"
    ),
    "speech_verbs": (
        "said says say told tells added stated noted explained wrote argued insisted believes believe thinks"
    ),
    "aux_adverbs": (
        "also has have had will would could can may might is are was were has been have been on "
        "last earlier later now then still yet already again never not today yesterday repeatedly "
        "previously recently formally officially publicly quickly finally"
    ),
    "verb_words": (
        "has have had is are was were will would could can may might must should said says told "
        "tells plans plan wants want faces face hopes hope expects expect insists insist denies "
        "deny claims claim warns warn agrees agree admits admit announces announce needs need owns "
        "own remains remain became becomes made makes took takes gave gives sent sends began begins "
        "won wins lost loses met meets led leads left leaves put puts set sets cut cuts hit hits "
        "paid pays sold sells bought buys got gets saw sees came comes went goes kept keeps held "
        "holds brought brings spent spends ran runs chose chooses wrote writes spoke speaks found "
        "finds built builds fell falls rose rises struck strikes sought seeks fought fights knew "
        "knows drew draws thinks believes calls urges vows pledges promises"
    ),
    "copula": "is are was were",
    "openers": (
        "because although though whereas unless until once where why how what who which despite "
        "during under over through to of like unlike amid among about against without within "
        "following according if when while since as after before in on at for with by from but and "
        "so yet or nor then there here"
    ),
    "auxiliaries": "will would can could should is are was were has have had may might must does do did",
    "pronouns": "it he she they this that these those we you i",
    "determiners": ("the a an its his her their this that these those our some any many much more most no each every"),
    "headline_small": "in the of for to on at a an and as with by over",
    "not_glue_before": (
        "the a an of in on at by for from to with and or but as that than said says told say about "
        "into over after before under against between during including like near via per chief "
        "executive minister secretary spokesman spokeswoman president director officer chairman "
        "leader head governor senator correspondent editor analyst professor judge general admiral "
        "mayor commissioner ambassador rep sen gov dr mr mrs ms while when where which who whom "
        "whose if because since until"
    ),
    "not_parties": "the a an it he she they this that which who democratic republican democrats republicans",
    "corporate_suffixes": "plc inc ltd corp co llc ag sa group company",
    "bad_claim_start": "of him her them was were has had is are to in on for with me us by at from as",
    "not_units": (
        "days day weeks week months month years year hours hour minutes times votes and the more less than per "
        "who which that from for with"
    ),
    "number_words": (
        "one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 "
        "twenty:20 twenty-five:25 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 seventy-five:75 eighty:80 "
        "ninety:90 hundred:100"
    ),
    "irregular_past": (
        "paid:pay said:say made:make took:take gave:give spent:spend sold:sell knew:know went:go found:find "
        "lost:lose won:win chose:choose came:come got:get held:hold meant:mean saw:see"
    ),
    "noise_phrases": [
        " uk time ",
        " click here",
        " click on ",
        " follow us",
        " subscribe ",
        "copyright",
        "©",
        " photograph:",
        " photo:",
        " picture:",
        " pictured:",
        "(ap photo",
        " watch the video",
        " watch video",
        " video:",
        " view how ",
        " read more",
        " more headlines",
        " skip to ",
        " sign up ",
        " newsletter",
        " share this",
        " email this",
        " print this",
        " have your say",
        " send us your",
        " your comments",
        " all rights reserved",
        " terms of use",
        " terms of service",
        " this article was published",
        " a version appeared on",
        " comment is free",
        " for publication should",
        " programme information",
        " transmission details",
        " on twitter",
        " live blog",
        " listen to ",
        " page last updated",
        " printable version",
        " e-mail this",
        " explore all of our",
        " photo gallery",
        " see more photos",
        " view the gallery",
        " story continues",
        " advertisement ",
        " end quote ",
        " related stories",
        " most popular",
        " most read",
        " report abuse",
        " posted by ",
        " back to top",
        " an earlier version of this",
        " this article has been corrected",
        " this story has been corrected",
        " this article was amended",
        " follow live",
        " live updates",
        "{",
        "}",
        "http://",
        "https://",
        " www.",
        "|",
    ],
}

ENGLISH = Lexicon.from_mapping("en", _ENGLISH)
"""The lexicon every module uses until briefs are written in more than one language."""
