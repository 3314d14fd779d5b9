"""Sentences: split, clean, trim lightly, score by centrality and pick without redundancy.

Everything here is deterministic and model-free, so the extractive engine gives the same brief for
the same articles. Trimming only removes framing (leading connectives, pronoun attribution tails,
datelines); it never rewrites what a sentence claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from digest.briefs.cues import states_unknown, to_question
from digest.briefs.lexicon import ENGLISH, NAME_OPENING_ADVERBS, Lexicon

_ABBREVIATIONS = ENGLISH.abbreviations
_ABBREV_RE = re.compile(r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")|\b[A-Z])\.$", re.IGNORECASE)
_BOUNDARY = re.compile(r"(?:(?<=[.!?])([\"'”’)\]]*)\s+\ue000?|\s*\ue001\s*\ue000?)(?=[\"'“‘(\[]?[A-Z0-9])")
# A paragraph break after a full stop ends the sentence whatever the word before it ("If it finds anything, no.\n\n
# Orbit Weekly: ..." is an interview's answer and the next question, not "No." the number): it is kept through the
# collapsing of white space as a private-use mark the boundary reads and the pieces drop.
_PARAGRAPH = "\ue000"
_PARAGRAPH_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)[ \t]*(?:\r?\n[ \t]*){2,}(?=\S)")


# A line with no stop of its own before a line that opens with a capital is a heading, a table's row or a letter's
# signature ("Timing", "Households displaced | 38", "P. Whitworth, Frosterley"): it ends there, marked as a paragraph
# is, rather than run into the sentence below ("Timing How many of the starters ..."). Only a short line, or a row,
# and not one that stops on a word a sentence runs on from: prose wrapped at a line's end is no heading.
_LINE_END = "\ue001"
_UNSTOPPED_LINE = re.compile(r"(?m)^(?P<line>[^\n]*[^\s.!?:;,(“\"‘”'’–—-])[ \t]*(?P<br>\r?\n)(?=\s*[A-Z0-9\"“‘(])")
_RUNS_ON = frozenset(["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "that"])


# A page's metadata line, its fields apart by middle dots: "Posted on 4 March 2031 by Ana Bell · Filed under: Rail,
# Buses", "Episode 40 · 2 May 2031 · 51 min": a heading however long, not run into the sentence below it. Not a thread's
# post with its stamp ("... no stop of its own · 10:08 AM"): a post is prose.
_META_LINE = re.compile(r"\S\s+·\s+\S")
_CLOCK_END = re.compile(r"\d[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*·\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?$")


def _unstopped(line: str) -> bool:
    return not re.search(r"[.!?][\"”’)]*\s", line) and not _CLOCK_END.search(line)


def _end_line(m: re.Match[str]) -> str:
    line = m.group("line")
    words_ = line.split()
    if not words_ or words_[-1].lower() in _RUNS_ON:
        return m.group(0)
    # A heading opens a block or closes one (a blank line before it or after it); a wrapped line of prose does neither.
    before = m.string[: m.start()]
    apart = re.search(r"\n[ \t]*\r?\n[ \t]*$", before) or re.match(r"[ \t]*\r?\n", m.string[m.end() :])
    if not (" | " in line or (len(words_) <= 8 and apart) or (apart and _META_LINE.search(line) and _unstopped(line))):
        return m.group(0)
    return f"{line} {_LINE_END}{m.group('br')}"


def _mark_paragraphs(text: str) -> str:
    if "\n" not in text:
        return text
    return _PARAGRAPH_END.sub(r"\1 " + _PARAGRAPH, _UNSTOPPED_LINE.sub(_end_line, text))


_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_TOKEN = re.compile(r"\w+")

_LEADING_CONNECTIVES = re.compile(
    r"^(?:but|and|so|however|meanwhile|also|still|yet|instead|moreover|furthermore|in addition|additionally|"
    r"separately|nevertheless|nonetheless|indeed|in fact|at the same time|even so|on the other hand|"
    r"by contrast|in contrast|similarly|likewise|for its part|for their part|as a result|then|now)\b"
    r"(?!\s+(?:far|much|many|long|that|on|is|are|was|were|the|a|an)\b),?\s+",
    re.IGNORECASE,
)
# An adverb a name may open with, written as one before two more capitalised words and no comma: "Still Waters Trust
# said ..." is a body's name, which attribution reads whole (actors.without_opening_adverb decides from the reports
# whether the word is the adverb). A title or a determiner after it is no name's second word ("Still, the ...").
_NAME_OPENING = re.compile(
    rf"^(?:{'|'.join(sorted(NAME_OPENING_ADVERBS))})\s+"
    r"(?!(?:The|A|An|This|That|These|Those|Mr|Mrs|Ms|Dr|Sir|President|Prime|Minister|Secretary)\b)"
    r"[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*"
)
# A newsletter's sign-off run into its last sentence: "... made there. — Ruth Abbot, editor".
# The sentence before it ends: a quoted word ('"finished" — Hale, for his part, says otherwise') does not.
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+[—–]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+[a-z][\w ,'’-]{2,40}$"
)
_PRONOUN_TAIL = re.compile(
    r",?\s+(?P<pronoun>he|she|they|it|we)\s+(?:said|says|added|adds|told reporters|explained|noted|continued)"
    r"(?:\s+(?:on|last|this)\s+\w+(?:\s+\w+)?)?\s*\.$",
    re.IGNORECASE,
)
_PLACE_WORD = r"(?:[A-Z][\w.'’-]*|de|da|do|del|la|le|el|al|of|on|upon|sur)"
# Any agency's dateline: "HOUSTON, May 8 (Reuters) --", "VELL, March 6 (Wire) -", "Port-au-Prince (Dispatch) —",
# "KESTON, Arden Isles, Nov. 3 (Wire) -" (the country, then the day).
_AGENCY_DATELINE = (
    rf"(?!(?:The|A|An)\s)[A-Z][\w.'’-]*(?:\s+{_PLACE_WORD}){{0,3}}\s*(?:,\s*[A-Z][A-Za-z0-9 .'’-]{{1,30}}){{0,2}}"
    r"\s*\([A-Z][\w&.'’ -]{0,30}\)\s*[-–—]+\s*(?=[A-Z0-9\"“‘'])"
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}\s*(?:,\s*[A-Z][A-Za-z .'-]{1,30})?\s*\((?:Reuters|AP|AFP|CNN|Bloomberg)\)\s*[-–—]+\s*"
    # "LONDON —", and a wire's "TAMRIT, Sahiria —" / "NEW ORLEANS, La. —": the city in capitals, then its country.
    r"|[A-Z]{3,}(?:\s+[A-Z]{3,})*(?:,\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2})?\s*[-–—]+\s*)"
)
# Every dateline, for what a timeline entry shows. `trim` keeps the rarer forms: their words (place, agency) tie a
# wire's leads together, and the leads' dates weigh more for it (stripping them all cost t17-dev's Reuters and the
# siege set's wire a date each).
_ANY_DATELINE = re.compile(
    rf"^(?:{_AGENCY_DATELINE}"
    # "LONDON —", "AP NEW ORLEANS --", a wire's "TAMRIT, Sahiria —" / "NEW ORLEANS, La. —": the city in capitals.
    r"|(?:[A-Z]{2,}\s+)?[A-Z]{3,}(?:\s+[A-Z]{3,})*(?:,\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2})?\s*[-–—]+\s*"
    # "Tamrit, Sahiria —": the place in title case, then its country or state.
    r"|[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|da|do|del|la|le|el|al|of|upon|sur)){0,3},"
    r"\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?\s+[-–—]+\s+(?=[A-Z\"“]))"
)
# Page furniture, captions, credits and calls to action; matched as lower-case word sequences.
_NOISE_WORDS = ENGLISH.noise_phrases
_NOISE_RE = re.compile(
    r"\w@[\w-]+\.\w|\b(?:reports|reporting) from [A-Z][\w-]+\.$"
    r"|^(?:Comments?|Reply|Share|Recommend|Report|Related|Photos?|Gallery|Slideshow|Graphic|Enlarge)\b(?!\s+(?:that|on|by|from|of)\b)"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?:\s"  # a dated caption
    r"|^(?:See|Watch|View|Explore|Listen to|Read|Click|Follow|Sign up|Subscribe|Download)\s"  # a promo
    r"|\b(?:Size|Built|Owner|Operator|Location|Depth|Capacity|Crew|Length|Height|Weight|Caption|Credit|Tags?):\s"
    # A bulletin's ident: "Radio Wend news and travel at eight o'clock, Thursday the fourteenth of March."
    r"|^(?:[A-Z][\w'’&-]*\s+){1,4}(?:news|headlines|bulletin|update)(?:\s+(?:and|&)\s+(?:travel|sport|weather))?"
    r"(?:\s+at|,|:)\s+(?:[\w'’-]+\s+){0,2}(?:o'clock|o’clock|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?=\s*[,.;:—–-])"
)
# Reader comments and first-person asides: the voice of a commenter or columnist, not of the reporting.
# Only text outside quotation marks counts, so quoted speech ("We will act," he said) stays.
_READER_VOICE = re.compile(
    r"(?<!&)\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|me|my|myself)\b|^(?:My|Me)\b|\b(?:govt|lol|imho|imo|btw)\b|[!?]{2,}"
    r"|\.\.\.\s*[a-z]"
)
# "mine" is first person as a possessive ("a friend of mine", "Got mine on Monday"), a pit where a determiner or a
# mineral or a name comes before it or what it qualifies after it ("the Tesso copper mine", "the Grasberg mine",
# "mine rescue teams", "mine No. 3"), and a verb before what is dug ("plans to mine lithium").
_PIT_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|each|every|one|no|copper|coal|gold|silver|diamond|iron|zinc|tin|"
    r"lithium|uranium|nickel|cobalt|salt|potash|bauxite|emerald|open-pit|open-cast|opencast|underground|disused|"
    r"abandoned|flooded|illegal|land|sea|naval|anti-personnel|anti-tank)\s+$",
    re.IGNORECASE,
)
_PIT_AFTER = re.compile(
    r"\s*(?:No\.|(?:rescue|rescuers|workers?|owners?|operators?|shafts?|sites?|safety|collapse|disaster|explosion|"
    r"blast|accident|number|managers?|company|tunnels?|entrance|gates?|clearance|fields?|copper|coal|gold|lithium|"
    r"iron|the|for)\b)",
    re.IGNORECASE,
)
# A pit's noun phrase: a number just before it ("the Ridley No. 2 mine", "Pit 7 mine"), or a determiner with up to
# three words between that are no verb, preposition or conjunction ("the deepest working mine", "its old lead mine");
# "the choice is mine", "the one that was mine" keep their possessive.
_PIT_PHRASE = re.compile(
    r"(?:\d\w*|\b(?:the|a|an|its|their|his|her|our|this|that|each|every)\s+"
    r"(?:(?!(?:is|was|are|were|be|been|being|has|had|have|of|to|for|with|and|or|but|that|which|who|like|than|as|not|"
    r"no|said|says|got|get|gets)\b)[\w'’.-]+\s+){1,3}?(?<!['’]s\s))\s*$",
    re.IGNORECASE,
)


def _first_person_mine(text: str) -> bool:
    for m in re.finditer(r"\bmine\b", text, re.IGNORECASE):
        if m.start() > 0 and text[m.start()] == "M":
            continue  # "the Tesso Mine": a name
        before = text[: m.start()]
        if (
            _PIT_BEFORE.search(before)
            or _PIT_PHRASE.search(before)
            or re.search(r"\S\s+[A-Z][\w'’-]+\s+$", before)
            or _PIT_AFTER.match(text[m.end() :])
        ):
            continue
        return True
    return False


# First person plural and second person: columnists, live blogs and calls to the reader. Stricter, for
# article briefs; topic briefs keep such sentences for the dates they carry (timeline recall).
_READER_VOICE_STRICT = re.compile(
    r"\b(?:we|us|our|ours|ourselves|you|your|yours|you're|you’re|we're|we’re)\b|^(?:We|Our|You|Your|Us)\b"
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?!\w)")
# Where the article ends and the comment thread or page furniture begins; everything after it goes.
_COMMENTS_START = re.compile(
    r"\b(?:Views expressed in the comments|This discussion is now closed|We welcome comments|"
    r"Comments (?:are|is) (?:now )?closed|Add your comment|Post a comment|Leave a comment|Reader comments|"
    r"Readers['’] comments|Show all comments|Sort by (?:oldest|newest)|Report abuse|Comments \(\d+\)|"
    r"Posted by [A-Z]?\w+ (?:on|at) |Have your say|Add your comments)",
)


_ROMAN_I = re.compile(r"\b(?:War|Phase|Title|Class|Type|Stage|Level|Grade|Category|Chapter|Part|Section|Henry) I\b")


def is_reader_voice(sentence: str, strict: bool = True) -> bool:
    """A commenter's or columnist's own voice: first person (and, when strict, "we" or "you") outside quotes."""
    bare = _ROMAN_I.sub(" ", _QUOTED.sub(" ", sentence))
    return bool(
        _READER_VOICE.search(bare) or _first_person_mine(bare) or (strict and _READER_VOICE_STRICT.search(bare))
    )


# The reporter as the one told or asking, not as the one opining: "Holm told me afterwards that ...", "she tells us",
# "I put the question to Lars Holm", "none of the operators I spoke to". What is reported is the source's.
_REPORTER_FRAME = re.compile(
    r"\b(?:told|tells?|telling|wrote to|said to|confirmed to|explained to|admitted to|assured)\s+(?:me|us)\b"
    r"|\b(?:I|we)\s+(?:(?:have|had|also|then|later|first|finally)\s+)?(?:asked|spoke to|speak to|talked to|reached|"
    r"put (?:the|that|this|my) question to|contacted|called|interviewed|rang|emailed|heard from)\b"
    r"|\bwhen\s+(?:I|we)\s+(?:reached|asked|called|rang)\s+(?:him|her|them)\b"
)


def is_reporter_frame_only(sentence: str, strict: bool = True) -> bool:
    """First person only as the reporter hearing or asking a source: the sentence reports, it does not opine."""
    framed = _REPORTER_FRAME.sub(" ", sentence)
    return framed != sentence and not is_reader_voice(framed, strict=strict)


def cut_comments(text: str) -> str:
    """The text up to where a reader-comment thread or the page's closing furniture starts."""
    m = _COMMENTS_START.search(text, min(len(text) // 5, 600))
    return text[: m.start()] if m else text


def is_noise(sentence: str) -> bool:
    """Bylines, captions, credits, links and calls to action: page furniture, not reporting."""
    low = f" {sentence.lower()} "
    return any(k in low for k in _NOISE_WORDS) or bool(_NOISE_RE.search(sentence))


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article, with where it came from."""

    text: str
    article: int  # index into the articles the caller passed
    position: int  # 0 for the lead sentence
    published: date | None
    # The pronoun of an attribution tail trimming dropped ("..., she said." -> "she"): who said it, and whether "she
    # added" after it can be the same person, is still known.
    said: str = ""


_UPPER = "A-ZÀ-ÖØ-Þ"
# Other languages: capitals beyond ASCII ("Über", "État"), their own quotation marks and opening "¿", "¡".
_BOUNDARY_ANY = re.compile(
    rf"(?:(?<=[.!?])([\"'”’“)\]»«]*)\s+\ue000?|\s*\ue001\s*\ue000?)(?=[\"'“‘„«»(\[¿¡]?[{_UPPER}0-9])"
)


@cache
def _splitting(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """The boundary, abbreviation and (where the language writes "1. Dezember") ordinal patterns of a lexicon."""
    if lex.language == ENGLISH.language:
        return _BOUNDARY, _ABBREV_RE, None
    abbrev = "|".join(re.escape(a.rstrip(".")) for a in sorted(lex.abbreviations, key=len, reverse=True))
    abbrev_re = re.compile(rf"(?:(?<![\w.])(?:{abbrev})|\b[^\W\d_])\.$", re.IGNORECASE)
    ordinal = None
    if lex.ordinal_dot_before_month and lex.months:
        months = "|".join(re.escape(m) for m in lex.months)
        ordinal = re.compile(rf"[\"'„“(]?(?:{months})\b", re.IGNORECASE)
    return _BOUNDARY_ANY, abbrev_re, ordinal


_ORDINAL_END = re.compile(r"\b\d{1,2}\.$")
# A US dateline's head, the city in capitals and its state abbreviated ("PORT CALLOWAY, Ore. (CW) —"): the state's
# full stop ends no sentence.
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,\s*[A-Z][a-z]{1,5}\.$")


def split_sentences(text: str, lex: Lexicon = ENGLISH) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as "Mr." and "U.S." inside.

    Other languages bring their own abbreviations ("z. B.", "Sra.") and, in German, ordinal dates: the
    full stop of "ab dem 1. Dezember" ends no sentence.
    """
    text = _SPACES.sub(" ", _mark_paragraphs(text or "")).strip()
    if not text:
        return []
    boundary, abbrev_re, ordinal = _splitting(lex)
    pieces: list[str] = []
    start = 0
    for match in boundary.finditer(text):
        candidate = text[start : match.start()].rstrip()
        # Don't split after an abbreviation or a single initial ("Mr. Smith", "George W. Bush").
        tail = candidate[-12:]
        ends_line = _PARAGRAPH in match.group(0) or _LINE_END in match.group(0)
        if abbrev_re.search(tail) and not candidate.endswith(("?", "!")) and not ends_line:
            continue
        if ordinal is not None and _ORDINAL_END.search(tail) and ordinal.match(text, match.end()):
            continue
        if not pieces and _DATELINE_HEAD.match(candidate):
            continue
        pieces.append(text[start : match.start() + len(match.group(1) or "")].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    pieces = [q for p in pieces if (q := p.replace(_PARAGRAPH, "").replace(_LINE_END, "").strip())]
    if lex is ENGLISH:
        pieces = [q for p in pieces for q in _split_bullets(p)]
    return _join_split_quotes(pieces) if lex is ENGLISH else pieces


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_BULLET_DATE = rf"(?={_MONTH}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}\b)"
# A fact box's dated bullets run together once its line breaks are gone ("Key facts: - Sept. 24: A fissure opens ...
# road. * Oct 7 - The airport closes ..."): a dash after a sentence's (or the heading's) end, or a star or bullet
# anywhere, that opens a date starts a line of its own. A dash after a word is prose ("the mayor - a builder - said").
_BULLET = re.compile(rf"(?:(?<=[.!?:;])[\"'”’)\]]*\s+(?P<dash>--?|[–—*•])|\s+(?P<star>[*•]))\s+{_BULLET_DATE}")
_LEADING_BULLET = re.compile(rf"^(?:--?|[–—*•])\s+{_BULLET_DATE}")


def _split_bullets(piece: str) -> list[str]:
    """The dated lines of a fact box, each its own sentence (bullet kept: see `unbulleted`), so its date is placed
    alone rather than merged with the line before."""
    if not any(mark in piece for mark in "-–—*•"):
        return [piece]
    lines, start = [], 0
    for m in _BULLET.finditer(piece):
        cut = m.start("dash") if m.group("dash") else m.start("star")
        lines.append(piece[start:cut])
        start = cut
    lines.append(piece[start:])
    return [q for line in lines if (q := line.strip())]


def unbulleted(sentence: str) -> tuple[str, bool]:
    """A fact box's dated line without its bullet, and whether it had one ("- Sept. 24: A fissure opens ...": its
    "date: text" form is no photo caption's, which has no bullet)."""
    bare = _LEADING_BULLET.sub("", sentence)
    return bare, bare != sentence


# '"I built that port. I did not sell it," he said.': a quotation of two sentences is one statement, and the
# attribution after it belongs to all of it.
_CLOSES_ATTRIBUTED = re.compile(
    r"^[^\"“”]*[,.!?][\"”],?\s+(?:(?:he|she|they)\s+(?:said|says|added|told)|(?:said|says|added)\s+[A-Z]\w*|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:said|says|added|told))\b"
)


# 'Sundqvist said: "Eight months we've been called liars.' 'Today a judge said we were telling the truth."': the
# piece that closes a quotation another opened, attributed or not, is the rest of the same statement.
_CLOSES_QUOTE = re.compile(r"^[^\"“”]*[^\s\"“”][\"”]")  # a closing mark follows a word, an opening one a space
# Much wire text has the spacing the other way round: 'found alive." What we are seeing ... opportunity, "he said.'
# An attribution after a comma, a space and then the mark ('opportunity, "he said', 'wreckage, " he said'), or a
# colon with the mark after it and a space ('chanting:" Justice'), is found only there; in such a text the next mark
# of any spacing closes a quotation left open, as it did before.
_SPACED_BACKWARDS = re.compile(r"[,.!?]\s+[\"”]\s?(?:[a-z]+\s+){0,2}(?:said|says|added|told)\b|:[\"“”]\s+[A-Z]")
_ANY_MARK = re.compile(r"^[^\"“”]*[\"”]")


def _join_split_quotes(pieces: list[str]) -> list[str]:
    out: list[str] = []
    closing = _ANY_MARK if any(_SPACED_BACKWARDS.search(p) for p in pieces) else _CLOSES_QUOTE
    for piece in pieces:
        prev = out[-1] if out else ""
        opened = prev.count('"') % 2 == 1 or prev.count("“") > prev.count("”")
        odd = piece.count('"') % 2 == 1 or piece.count("”") > piece.count("“")
        closes = _CLOSES_ATTRIBUTED.match(piece) or (odd and closing.match(piece) and len(piece.split()) <= 30)
        if opened and closes and len((prev + " " + piece).split()) <= 60:
            out[-1] = f"{prev} {piece}"
        else:
            out.append(piece)
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, as ROUGE and overlap checks count them."""
    return [t.lower() for t in _TOKEN.findall(text)]


_TIMESTAMP = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4};?\s+\d{1,2}:\d\d\s*[AP]M\s+"
    # A live blog's entry time: "17:15 NADA chief executive Fiona Drummond has just spoken to reporters."
    # "20:15 - One thing nobody can explain yet: ...": the time may be set off by a dash.
    r"|^\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s+(?:[-–—]\s+)?(?=[A-Z\"“‘])"
    # A reporter's running notes, British style: "10.21 Asked by Tobias Renn ...".
    # ("3.14pm - The semi-final ...": set off by a dash, as with a colon)
    r"|^(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s*[ap]\.?m\.?)?\s+(?:[-–—]\s+)?(?=[A-Z\"“‘])"
    # A live text's entry set off by a bar: "16:05 | Race director Gareth Pennock at the finish ...".
    r"|^\d{1,2}:\d\d\s*\|\s+(?=[A-Z\"“‘])"
)


# A wire subhead run into the next sentence: "STILL NO HANDLE ON THE FLOW RATE Allen told reporters ..."
_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z'’.,-]+\s+){2,}[A-Z][A-Z'’.-]+\s+(?=[A-Z][a-z])")


def strip_dateline(text: str) -> str:
    """The text without a leading dateline of any agency or form ("VELL, March 6 (Wire) -", "Tamrit, Sahiria —")."""
    s = _ANY_DATELINE.sub("", text, count=1)
    return s[0].upper() + s[1:] if s and s != text else text


def trim(sentence: str) -> str:
    """Remove framing only: datelines, timestamps, leading connectives, pronoun attribution tails."""
    return trimmed(sentence)[0]


# A numbered paragraph's or key point's number: minutes' "2.3 Cllr Torrance asked ...", a wire's "5. The operator ...".
# A bare "12 Labour MPs" is a count, not a number of a point, and stays. A single "2.3" is also a decimal ("3.5 GW of
# new capacity", "2.4 Million homes"), so it is a paragraph's number only before a label or a name as in minutes
# (a title, a determiner, or two capitalised words neither of which is a number word): a figure is never dropped.
_NUMBER_WORDS = r"(?:Hundred|Thousand|Million|Billion|Trillion|Percent|Per|Degrees?)\b"
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){2,}\.?|\d{1,2}(?:\.\d{1,2})?\.)\s+(?=[A-Z])"
    r"|^\d{1,2}\.\d{1,2}\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|The|A|An|It|"
    r"This|That|Members|Officers|Councillors)\b\.?\s"
    rf"|(?!{_NUMBER_WORDS})[A-Z][a-z]+\s+(?!{_NUMBER_WORDS})[A-Z][a-z]+\b)"
)


def trimmed(sentence: str) -> tuple[str, str]:
    """The trimmed sentence and the pronoun of the attribution tail it lost ("she"), or ""."""
    said = ""
    s = sentence.strip().replace("\\/", "/")
    s = _TIMESTAMP.sub("", s)
    s = _SIGN_OFF.sub("", s)
    s = _SUBHEAD.sub("", s)
    s = _DATELINE.sub("", s)
    s = _SECTION_NUMBER.sub("", s)
    for _ in range(2):
        if _NAME_OPENING.match(s):
            break
        s2 = _LEADING_CONNECTIVES.sub("", s)
        if s2 == s:
            break
        s = s2
    if not _opens_quote(s):
        tail = _PRONOUN_TAIL.search(s)
        if tail:
            said = tail.group("pronoun").lower()
            s = s[: tail.start()] + "."
    s = fix_quote_spacing(s.strip())
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s, said


_STRAIGHT_QUOTE = re.compile(r'"')


def fix_quote_spacing(sentence: str) -> str:
    """Put straight double quotes back against the words they enclose.

    Scraped text often loses the space on one side of a quote and gains one on the other:
    `Mr Hayward said" the impact is modest ".` -> `Mr Hayward said "the impact is modest".`
    Quotes pair up in order; an odd count is left alone (we could not tell opening from closing).
    """
    marks = [m.start() for m in _STRAIGHT_QUOTE.finditer(sentence)]
    if not marks or len(marks) % 2:
        return sentence
    out: list[str] = []
    pos = 0
    for n, at in enumerate(marks):
        out.append(sentence[pos:at])
        if n % 2 == 0:  # opening: a space before (unless at the start or after an opening bracket), none after
            if out[-1] and not out[-1][-1].isspace() and out[-1][-1] not in "([{‘“—-":
                out.append(" ")
            out.append('"')
            pos = at + 1
            while pos < len(sentence) and sentence[pos] == " ":
                pos += 1
        else:  # closing: no space before
            out[-1] = out[-1].rstrip(" ")
            out.append('"')
            pos = at + 1
    out.append(sentence[pos:])
    return "".join(out)


# A headline in title case run into the lead with no full stop: "Massive Oil Spill Washes Ashore in the Gulf
# Millions of gallons ...". Names ("U.S. Attorney General Eric Holder said") are title case too, but they do
# not carry small words between capitals and run on for six or more words before the first lower-case one.
_HEADLINE_SMALL = ENGLISH.headline_small


_MEMBER = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+,?\s+[a-z]")


def is_glued_headline(sentence: str) -> bool:
    """A sentence that opens with a title-case headline glued to the lead ("... in the Gulf Millions of ...")."""
    run = []
    ws = sentence.split()
    for i, w in enumerate(ws[:16]):
        bare = w.strip("\"“”‘’'(),:")
        if bare[:1].isupper() and "," not in w:
            run.append("C")
            if w.endswith(("'", "’", "'s", "’s")) and _MEMBER.match(" ".join(ws[i + 1 : i + 4])):
                break  # "The Friends of Harrow Museums' Colin Abbot said": a body's member, named, then a verb
        elif bare in _HEADLINE_SMALL:
            run.append("s")
        else:
            break
    if "".join(run).count("C") < 6 or "s" not in "".join(run).strip("s"):
        return False
    first_small = "".join(run).index("s")
    return first_small >= 2 and "".join(run)[first_small:].count("C") >= 2


def _opens_quote(s: str) -> bool:
    return s.count('"') % 2 == 1 or s.count("“") != s.count("”")


_MONTH_WORDS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_IMPERSONAL_IT = re.compile(
    r"^It\s+(?:is|was|remains|remained|seems|seemed|appears|appeared)\s+(?:still\s+|also\s+|not\s+|now\s+|yet\s+)*"
    r"(?:unclear|clear|known|unknown|uncertain|likely|unlikely|expected|possible|impossible|hoped|feared|believed|"
    r"thought|estimated|understood|reported|too (?:early|soon)|to be seen|immediately|necessary|important|"
    r"difficult|hard|easy|undecided|unresolved|to be (?:determined|decided|settled|agreed|established|confirmed))\b"
    # "It has yet to be decided who ...", "It has not been settled how much ...": still the extraposed "it".
    r"|^It\s+(?:has|had)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?:determined|decided|settled|agreed|established|"
    r"confirmed)\b"
    # "It is for the council to establish what was taken": the question handed to someone, the "it" extraposed.
    r"|^It\s+(?:is|was|will\s+be|would\s+be)\s+(?:now\s+)?for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+to\s+"
    r"(?:establish|determine|decide|judge|say|work\s+out|find\s+out)\s+(?:whether|what|how|when|why|who|where|which)\b"
    # "It did not emerge at the hearing who ...": an extraposed "it" before a clause that did not come to light.
    r"|^It\s+(?:did\s+not|has\s+not|had\s+not|never|has\s+yet\s+to)\s+(?:yet\s+)?(?:emerge|emerged|become\s+clear|"
    r"come\s+out|come\s+to\s+light)\b"
)


# A cleft sentence: "It was Rourke's evidence last Thursday that everyone remembers", "It was on Tuesday that the
# board gave way": the "it" points at the clause after "that" or "who", not at an earlier sentence. Only a name or a
# time after "was" ("It was a company that ..." may be the "it" of the sentence before).
_CLEFT_IT = re.compile(
    r"^It\s+(?:is|was)\s+(?:only\s+|not\s+|just\s+)?"
    r"(?:[A-Z][\w'’-]+|(?:on|in|at|during|after|last|only|yesterday|then)\b)[^,.;:!?\"“”]{0,80}?\s(?:that|who)\s"
)


# A short lead that names who did what when ("Albert Kasongo resigned on Thursday.") is the story's event, however
# few its words: a named subject, a finite past verb straight after it and a day or date.
_SHORT_EVENT = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:[a-z]+ed|was|were|died|won|lost|quit|left|fled|began|took|fell|rose|"
    r"made|met|said|told|sold|struck|went|came|gave|held|ran|set|shut|cut|hit|sank|broke|stood|paid|spent|led|"
    r"became|flew|drove|wrote|chose)\b[^.!?\"“”]*\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday|yesterday|{_MONTH_WORDS}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTH_WORDS})\b[^!?\"“”]*\.$"
)


def is_usable(
    sentence: str, min_words: int = 7, max_words: int = 60, strict: bool = False, lex: Lexicon = ENGLISH
) -> bool:
    """A sentence a reader can take alone: not a byline, caption, fragment or dangling quote."""
    if lex is not ENGLISH:
        return _is_usable_other(sentence, min_words, max_words, lex)
    n = len(words(sentence))
    if n < min_words and not (n >= 4 and _SHORT_EVENT.match(sentence)):
        return False
    if n > max_words:
        return False
    if is_noise(sentence):
        return False
    # A first-person newsletter tells what its sources told the writer, and what nobody would tell the writer: the
    # writer's "me" as hearer and the writer's unanswered question are reporting, not a columnist's aside.
    if is_reader_voice(sentence, strict=strict) and not (
        is_reporter_frame_only(sentence, strict) or states_unknown(sentence)
    ):
        return False
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False  # a heading: "WHY ARE THERE ONLY DEATHS IN MEXICO?"
    if not sentence[0].isupper() and sentence[0] not in "\"“‘'":
        return False
    if re.match(r"^\w{1,2}\)", sentence):
        return False  # a fragment cut from an enumeration or a ticker, e.g. "N) oil spill"
    if not re.search(r"[.!?][\"”’')]*$", sentence):
        return False  # a headline or caption: it has no full stop of its own
    if _opens_quote(sentence) or sentence.count("(") != sentence.count(")"):
        return False
    if is_glued_headline(sentence):
        return False
    if re.search(r"\s(?:Q|A):\s", sentence):
        return False  # a heading glued to an interview's question: "... religious environmental ethics Q: The ..."
    if _CAPTION_STAMP.search(sentence):
        return False  # a photo caption: "... speaks in the Rose Garden, Tuesday, June 1, 2010, after ..."
    # A sentence opening with a pronoun depends on the previous one to be understood.
    if _IMPERSONAL_IT.match(sentence) or _CLEFT_IT.match(sentence):
        return True  # "It is unclear whether ...": the "it" refers to nothing before
    if strict and re.match(
        r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\s+(?:as|when|while|and|but|after)\b",
        sentence,
    ):
        return False  # the tail of a headline-and-lead run-on: "Tuesday as the federal government announced ..."
    # A wh-clause put first is the topic, not a time or place: "When its findings will be made public, they
    # wouldn't say"; so is the question put in "Asked about ..., he said ...".
    if strict and re.match(
        r"^(?!(?:When|How|Why|Whether|Who|What|Where|Which|Asked)\s)(?:[A-Z][^,\"“]{0,40}),\s+(?:he|she|they|it|his|her|their|its)\s",
        sentence,
    ):
        return False  # "On May 18, he told ...": who "he" is lies in an earlier sentence
    if _NAMED_APPOSITION.match(sentence):
        return True  # "Its founder, Keisha Barnes, said ...": the name says who, whatever "its" was
    unknowing = _UNKNOWING_PRONOUN.match(sentence)
    if unknowing and not _OWN_FEELING.search(sentence[unknowing.end() :].split(",")[0]):
        return True  # "It cannot yet say when supply will be restored": the question stands without who "it" is
    if not re.match(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its)\b", sentence, re.IGNORECASE):
        return True
    return _open_alone(sentence)


def _open_alone(sentence: str) -> bool:
    """A sentence led by a possessive's noun whose unknown, asked as a question, needs no earlier sentence: "His
    department ... would not put a timescale on its decision" asks "What is the timescale for the department's
    decision?". A bare pronoun's ("They did not know what the future held") is `_UNKNOWING_PRONOUN`'s to judge."""
    if not re.match(r"^(?:His|Her|Its|Their)\s+[a-z]", sentence) or not states_unknown(sentence):
        return False
    question = to_question(sentence)
    return question is not None and not _PRONOUN_IN.search(question)


# A pronoun only an earlier sentence names, anywhere in a question.
_PRONOUN_IN = re.compile(r"\b(?:he|she|they|it|him|them|his|her|their|its|this|that|these|those)\b", re.IGNORECASE)


# A pronoun that only says who does not know, before a wh-clause that names what it is about: "It cannot yet say when
# supply will be restored to the rest", "They would not say whether the bridge will reopen".
_UNKNOWING_PRONOUN = re.compile(
    r"^(?:It|They|He|She)\s+(?:cannot|can[’']t|could\s+not|couldn[’']t|would\s+not|wouldn[’']t|will\s+not|won[’']t|"
    r"has\s+not|hasn[’']t|have\s+not|haven[’']t|did\s+not|didn[’']t|does\s+not|doesn[’']t|(?:is|are|was|were)\s+unable\s+to|"
    # "It would neither confirm nor deny whether ...": a confirmation withheld.
    r"(?:would|will|could|did|does)\s+neither(?=\s+confirm\s+nor\s+deny))"
    # "did not know what the future held" is a state of mind told as a story, not a matter withheld.
    r"\s+(?:yet\s+)?(?:say|said|tell|told|confirm(?:\s+nor\s+deny)?|confirmed|predict|(?<!did not )(?<!didn[’']t )know|"
    r"explain|explained|decide|decided)\s+"
    r"(?:when|whether|how|where|why|what|who|which)\s+(?!(?:it|they|he|she|its|their|his|her|this|that|to)\b)"
)


# The wh-clause is about the speaker's own feelings ("how proud she was", "how much the fans mean to him"): a
# pronoun in it, or a degree of feeling after "how", is no matter a source withholds.
_OWN_FEELING = re.compile(
    r"\b(?:she|her|he|him|his|they|them|their|we|us|our|i|me|my)\b|^(?:deeply|proud|happy|sad|grateful|"
    r"relieved|disappointed|angry|upset|moved|excited)\b",
    re.IGNORECASE,
)


# "Its founder, Keisha Barnes, said", "Her lawyer Marcus Ellery called", "Her sponsor, the sportswear firm Arcwave,
# said": a possessive role with the name of who holds it.
_NAMED_APPOSITION = re.compile(
    r"^(?:Its|His|Her|Their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
    r"(?:,\s+(?:the\s+(?:[a-z][\w'’-]*\s+){0,3}[A-Z][\w'’-]+|[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}),"
    r"|\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s+[a-z]"
)


def _is_usable_other(sentence: str, min_words: int, max_words: int, lex: Lexicon) -> bool:
    """The language-neutral part of `is_usable`: length, page furniture, headings, a full stop, closed quotes."""
    n = len(sentence.split())
    if n < min_words or n > max_words:
        return False
    low = f" {sentence.lower()} "
    if any(k in low for k in lex.noise_phrases) or bool(re.search(r"\w@[\w-]+\.\w", sentence)):
        return False
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    if not sentence[0].isupper() and sentence[0] not in "\"“‘'¿¡":
        return False
    if not re.search(r"[.!?][\"”’')]*$", sentence):
        return False
    first = sentence.split()[0].strip("¿¡,").lower()
    if first in lex.pronouns:  # a quotation may open with one: "“Es fehlen …”, sagte Krüger."
        return False  # "Er sagte ...": who "er" is lies in an earlier sentence
    return not (_opens_quote(sentence) or sentence.count("(") != sentence.count(")"))


_WIRE_LEAD = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|CNN)\)\s*[-–—]+\s*")
_CAPS_DATELINE = re.compile(
    r"(?:^|(?<=\s))(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*(?:,\s+[A-Z][a-z]+\.?)?)\s+--\s+(?=[A-Z\"“])"
)
_STAMP = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+\d{1,2}[.:]\d\d\s*(?:BST|GMT|EST|EDT)?\s+"
)
_PAGE_UPDATED = re.compile(
    r"Page last updated at \d{1,2}:\d\d\s*(?:GMT|BST)?,?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+"
)
_BBC_BYLINE = re.compile(
    r"^By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\b[^.]{0,60}?\bBBC(?: News)?(?: website)?"
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
)
# A weekday, then the full date, between commas: how wire photo captions date a picture, not how a report
# dates an event ("on Tuesday").
_CAPTION_STAMP = re.compile(
    r",\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4,5}\b"
)
_CAPTION_DATE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?:\s+"
)
_CAPTION_CREDIT = re.compile(r"[.!?]\s+(?:AP|AFP|Reuters|Fox News|Getty Images|EPA|AP Photo)\s+(?=[A-Z\"“])")
_PHOTO_CREDIT = re.compile(
    r"(?:Photograph|Photo|Picture|Illustration|Composite):\s+"
    r"(?:(?:[^/.!?]{1,50}?/)+\s*(?:Getty [Ii]mages|Rex Features|Press Association|Associated Press|[\w.-]+)"
    r"|(?:AP|AFP|Reuters|PA|EPA|Getty Images|Rex Features|Corbis|Alamy)\b)\s*"
)
_LABEL = re.compile(
    r"^(?:Live blog|Update|UPDATE|Breaking|BREAKING|Video|VIDEO|Analysis|Factbox|FACTBOX|Q&A|Timeline|TIMELINE)"
    r"(?:\s+\d+)?:\s+"
)
# Where a headline, standfirst or caption runs into the next text with no full stop: a lower-case word
# followed by a capitalised function word ("... reaches Europe The first cases ...").
_GLUE_DET = re.compile(
    r"(?<=[a-z0-9%)’'\"”])\s+(?=(?:The|A|An|In|It|This|These|Those|There|Some|Many|Most|He|She|They|We|His|Her|Their|"
    r"Its|After|When|While|Since|As|But|And|On|At|By|With|For|Here|If|Another)\s+[\w'’$“\"])"
)
# In the opening text only: "... hit $1.6bn BP said the bill ..." (a new clause starting with its subject).
_GLUE_CLAUSE = re.compile(
    r"(?<=[a-z0-9%)’])\s+[A-Z][\w'’.-]+\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?=(?:said|says|say|has|have|had|is|are|was|were|will|warned|warns|announced|hopes|plans|expects|faces|"
    r"wants|admits|insists|denies|claims)\s)"
)
_REPEATED_NAME = re.compile(r"\b([A-Z][A-Za-z]+)\s+(\1)\b")
_SPEECH = re.compile(r"\b(?:said|says|told|according)\b")
# A role noun before a name is the name's title ("the envoy Marta Lindqvist said"), not a headline's last word.
_BODIES = frozenset(["firm", "company", "group", "agency", "giant", "team", "operator", "owner"])
_GERUND_PREPOSITIONS = frozenset(
    ["of", "by", "for", "from", "after", "before", "without", "about", "against", "over", "into", "on", "in"]
)
# "asks whether | Kestrel Homes will ...": a complementiser takes the clause after it, name first or not.
_NOT_GLUE_BEFORE = (
    ENGLISH.not_glue_before | (ENGLISH.role_words - ENGLISH.collective - _BODIES) | {"whether", "if", "that"}
)
# A relative or wh-clause opened just before a capital and not yet finished takes what follows as its object or
# subject: "Residents who met | Councillor Ana Vale on Monday said ...", "namely how much unaffected | Corvalex stock
# is left ...". A glued headline does not end in "who met" or "how much unaffected".
# "the engine mounts of six | Pelican Regional Airways turboprops": a numeral counts the name's noun.
_NUMERALS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "hundred",
        "thousand",
    ]
)
# "that" with a subject and verb after it has its clause ("Fears grow that virus spreads | Health officials said ..."):
# only "that" and one word ("the firm that owns | Banco Serrat") is still open.
_OPEN_CLAUSE = re.compile(
    r"\b(?:(?:who|whom|which|whose|how\s+(?:much|many))(?:\s+[\w'’-]+){0,2}|that(?:\s+[\w'’-]+)?)$", re.IGNORECASE
)


_BACKTICK_QUOTE = re.compile(r"`\s*([^`'\n]{1,200}?)\s+'(?=[\s.,;:!?]|$)")


def _cut_before(text: str, pattern: re.Pattern[str], window: int) -> str:
    """Drop what precedes a marker near the start (headline, standfirst, caption, timestamp)."""
    m = pattern.search(text[:window])
    return text[m.end() :] if m else text


# An opening photo caption that ends on a quotation without a stop, run into the lead sentence: 'Dr Ana Roe says the
# man is "stable" Three miners were brought up ...'. The lead opens with a capitalised word and a lower-case one (not
# a day or a month, which a sentence runs on with: 'called it "a farce" Monday').
_QUOTE_CAPTION = re.compile(
    r"^[A-Z][^.!?\"“”\n\ue000\ue001]{10,160}[\"“][^\"“”.!?,;:\n]{1,60}[\"”]\s+"
    r"(?=(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z]+\s+[a-z])"
)


def _drop_captions(text: str) -> str:
    """Remove image captions with their credit: "Rescuers tend a seabird. Photograph: Name/AFP"."""
    out = []
    pos = 0
    for m in _PHOTO_CREDIT.finditer(text):
        before = text[pos : m.start()].rstrip()
        body = before[:-1] if before.endswith(".") else before
        cut = max((b.end() for b in re.finditer(r"[.!?][\"”’']?\s+", body)), default=0)
        out.append(before[:cut])
        pos = m.end()
    out.append(text[pos:])
    return " ".join(p.strip() for p in out if p.strip())


# A singular agent noun is a title of the name after it ("museum spokesperson Lara Kent said", "Harbour master Ines
# Brandt", "killing nurse Maeve Corrigan", "its head teacher Dr Ama Mensah"), as the role words are: the lexicon
# cannot list every trade, so its form tells (-er, -or, -ist, -person, -ian, -ess, -man, -woman), less the common
# nouns of that form that a headline ends on ("floods the river | Ana Vale said").
_AGENT_NOUN = re.compile(r"^[a-z]+(?:[^s]er|or|ist|person|ian|ess|[^o]man|woman)$")
_NOT_AGENT = frozenset(
    [
        "water",
        "river",
        "border",
        "power",
        "summer",
        "winter",
        "weather",
        "disaster",
        "letter",
        "murder",
        "order",
        "number",
        "paper",
        "cancer",
        "tower",
        "shelter",
        "after",
        "under",
        "over",
        "later",
        "never",
        "ever",
        "other",
        "together",
        "rather",
        "however",
        "whether",
        "either",
        "neither",
        "corner",
        "matter",
        "member",
        "floor",
        "door",
        "sector",
        "error",
        "factor",
        "mirror",
        "terror",
        "honour",
        "labour",
        "harbour",
        "corridor",
        "minor",
        "major",
        "colour",
        "favour",
        "interior",
        "exterior",
        "behaviour",
        "motor",
        "manor",
        "chamber",
        "september",
        "october",
        "november",
        "december",
        "theatre",
        "centre",
        "offer",
        "answer",
        "trigger",
        "fibre",
        "danger",
        "lower",
        "upper",
        "inner",
        "outer",
        "better",
        "greater",
        "fewer",
        "longer",
        "stronger",
        "human",
        "german",
        "roman",
        "woman",
        "business",
        "fitness",
        "illness",
        "address",
        "access",
        "progress",
        "congress",
        "success",
        "stress",
        "press",
    ]
)
_ROLE_NOUNS = frozenset(
    ["nurse", "judge", "chief", "coach", "midwife", "pilot", "poet", "star", "envoy", "clerk", "aide", "boss", "chef"]
)
_PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+")


def _titles_name(before: str, after: str) -> bool:
    """The lower-case word before a cut is a person's title and what follows the cut is that person's name."""
    word = before.lower().strip(".,'’")
    if not before[:1].islower() or not (word in _ROLE_NOUNS or (_AGENT_NOUN.match(word) and word not in _NOT_AGENT)):
        return False
    return bool(_PERSON_NAME.match(after))


def _glue_cuts(chunk: str, opening: bool) -> list[str]:
    """Split text where two pieces were glued without punctuation; pieces without a full stop drop later."""
    cuts = []
    patterns = (_GLUE_DET, _GLUE_CLAUSE) if opening else (_GLUE_DET,)
    repeats = [m.start(2) for m in _REPEATED_NAME.finditer(chunk)] + _headline_repeat_cuts(chunk)
    # "... replies: Your correspondent asks whether Kestrel Homes will ...": a name after a word a clause runs on from
    # is that clause's, however often the text names it; a glued headline ends on no such word.
    cuts += [c for c in repeats if not set(w.lower() for w in chunk[:c].split()[-1:]) & {"whether", "if", "that"}]
    for pattern in patterns:
        for m in pattern.finditer(chunk):
            before = chunk[: m.start()].split()
            if not before or before[-1].lower().strip(".,'’") in _NOT_GLUE_BEFORE:
                continue
            if _titles_name(before[-1], chunk[m.start() :].lstrip()):
                continue
            if pattern is _GLUE_CLAUSE and (
                len(before) < 3
                or before[-1][:1].isupper()
                or _SPEECH.search(chunk[: m.start()])
                or (before[-1].endswith("ing") and before[-2].lower() in _GERUND_PREPOSITIONS)
                or before[-2].lower() == "to"
                or _OPEN_CLAUSE.search(chunk[: m.start()])
                or before[-1].lower() in _NUMERALS
                or before[-1].isdigit()
            ):
                # a clause of the lead itself ("officials said the total of confirmed H1N1 ..."); a gerund after a
                # preposition takes the name as its object ("accusing the government of bombing Orvesh while ..."),
                # and so does an infinitive ("is in talks to buy Banco Serrat was ...")
                continue
            cuts.append(m.start())
    pieces, start = [], 0
    for cut in sorted(set(cuts)):
        pieces.append(chunk[start:cut].strip())
        start = cut
    pieces.append(chunk[start:].strip())
    return [p for p in pieces if p]


_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")


def _headline_repeat_cuts(chunk: str) -> list[int]:
    """Where a headline naming someone runs into a lead naming them again: "... in prison Michael Jackson's ..."."""
    cuts = []
    seen: set[str] = set()
    for m in _NAME_PAIR.finditer(chunk):
        name = re.sub(r"['’]s$", "", m.group(1)).lower()
        before = chunk[: m.start()].split()
        if (
            name in seen
            and before
            and before[-1][:1].islower()
            and before[-1].strip(".,'’") not in _NOT_GLUE_BEFORE
            and not _titles_name(before[-1], chunk[m.start() :])
            and not _SPEECH.search(chunk[: m.start()])
        ):
            cuts.append(m.start())
        seen.add(name)
    return cuts


def segments(text: str, limit: int | None = None, lex: Lexicon = ENGLISH) -> list[str]:
    """The article body as prose chunks, free of captions, credits, bylines, wire stamps and glued headlines.

    Feed and page texts often open with "Headline Standfirst Caption. Photograph: X/AP Lead sentence."
    run together; each piece becomes its own chunk so the lead stands alone and the rest, having no
    full stop of its own, is not taken for a sentence.
    """
    text = _SPACES.sub(" ", _mark_paragraphs((text or "")[: 400 * (limit + 5)] if limit is not None else (text or "")))
    text = cut_comments(text.replace("\\/", "/").strip())
    text = _BACKTICK_QUOTE.sub(r"‘\1’", text)
    text = _cut_before(text, _WIRE_LEAD, 400)
    text = _cut_before(text, _STAMP, 600)
    text = _cut_before(text, _PAGE_UPDATED, 300)
    text = _cut_before(text, _BBC_BYLINE, 200)
    dated = _cut_before(text, _CAPS_DATELINE, 400)
    # After a dateline ("AP NEW ORLEANS -- Photographs showing ... the big BP spill are ...") the lead stands
    # alone: no headline is glued to it, so it is not cut where a capital follows a lower-case word. An agency's
    # dateline at the head ("KESTON, Arden Isles, Nov. 3 (Wire) - A ferry ran aground in the outer Sound ...") says
    # the same, and stays for `trim` to judge.
    at_lead = dated != text or bool(re.match(_AGENCY_DATELINE, text))
    text = dated
    if _CAPTION_DATE.match(text):
        credit = _CAPTION_CREDIT.search(text[:500])
        text = text[credit.end() :] if credit else text
    opening = _PHOTO_CREDIT.search(text[:500])
    if opening and opening.start() < 400:
        text = text[opening.end() :]  # the opening caption, however many sentences, ends at its credit
    if not at_lead:
        caption = _QUOTE_CAPTION.match(text)
        if caption:
            text = text[caption.end() :]  # 'Dr Ana Roe says the man is "stable" Three miners were ...': the photo's
    text = _drop_captions(text)
    text = _LABEL.sub("", text)
    if limit is not None:
        text = text[: 400 * (limit + 5)]  # far more than `limit` sentences: bounded work on long pages
    chunks: list[str] = []
    for n, sentence in enumerate(split_sentences(text, lex)):
        head = all(_BYLINE.fullmatch(c) for c in chunks)  # only a byline before it, which says who wrote it: kept
        if lex is ENGLISH and _is_live_furniture(sentence, opening=head):
            continue  # a live page's stamp or greeting: its first entry's news is the page's lead
        chunks.extend(_glue_cuts(sentence, opening=n == 0 and not at_lead) if lex is ENGLISH else [sentence])
        if limit is not None and len(chunks) >= limit:
            break
    return chunks


# A live page's furniture, which holds the place of its lead: the page's stamp at its head ("Updated 12/6 18:50",
# "First published 10.02am | Updated 3.15pm") and the greeting that opens an entry ("09:11 - Good morning and welcome
# to our live coverage.", "07:40 - Morning.", "Welcome back."). The news is the entry's next sentence.
_PAGE_STAMP = re.compile(
    r"(?:(?:First\s+published|Last\s+updated|Updated)\s+(?:at\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+)?"
    r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?:,?\s+(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*(?:\|\s*)?)+"
)
# A byline above the stamp ("By Ana Lisle", "By Sam Okoro and Ana Lisle, Football correspondent"): the stamp after it
# is still the page's head.
_BYLINE = re.compile(
    r"By\s+(?:(?:Sir|Dame|Dr|Prof)\s+)?(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}(?:,?\s+and\s+|$|,\s+(?=[A-Z])))+"
    r"(?:[A-Za-z ]{1,40})?"
)
_GREETING = re.compile(
    r"(?:(?:Good\s+)?(?:morning|afternoon|evening)|Hello|Hi|Welcome(?:\s+back)?)"
    r"(?:(?:,|\s+and)?\s+(?:welcome\s+(?:back\s+)?)?to\s+(?:our|this|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"live\s+(?:coverage|page|blog|updates|text|reporting)(?:\s+(?:of|on|from)\s+[^.!]{1,80})?)?\s*[.!]",
    re.IGNORECASE,
)


def _is_live_furniture(piece: str, opening: bool) -> bool:
    """A page stamp standing alone at the head of the text (`opening`), or a live entry's greeting with no news in it:
    "Good morning and welcome to our live coverage." (not "Good morning Britain's ratings fell", no full stop)."""
    if opening and _PAGE_STAMP.fullmatch(piece.strip()):
        return True
    entry = _TIMESTAMP.match(piece.strip())
    return bool((entry or opening) and _GREETING.fullmatch(piece.strip()[entry.end() if entry else 0 :]))


# A line of a "Timeline:" box: "Apr. 21: Fire boat crews ...", "16 May - A tube is inserted ...", "8 December 2010
# California medical board ..." (no separator, but a year).
_TIMELINE_LINE = re.compile(
    rf"^(?:{_MONTH}\.?\s+\d{{1,2}}(?P<y1>,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}\.?(?P<y2>\s+\d{{4}})?"
    # "12/5 - Taps run dry ...": a day and month in figures, as a European page's box sets them (a separator needed)
    r"|(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?P<n>))"
    r"(?:\s*[:–—-]\s+|(?(n)(?!)|(?(y1)\s+|(?(y2)\s+|(?!))))(?=[A-Z]))"
)


def is_timeline_line(sentence: str, boxed: bool = False) -> bool:
    """A dated line of an in-article timeline whose text, the date set aside, reads as a sentence of its own.

    Such lines are the dated events reference timelines list; `is_usable` turns them away as captions (the date and
    colon) or fragments. Page stamps ("6 January 2011 Last updated at 17:03 GMT") and run-on boxes with no full stop
    of their own still fail on the text after the date.
    """
    m = _TIMELINE_LINE.match(sentence)
    if not m:
        return False
    rest = sentence[m.end() :]
    if _CAPTION_DATE.match(sentence) and not boxed:
        return False  # "June 15, 2010: President Obama speaks ...": a wire photo caption's form, not a fact box's line
    if not rest[:1].isupper() or rest.startswith(("Last updated", "Updated", "Page last")):
        return False
    return is_usable(rest, min_words=5) and not _TIMELINE_LINE.search(rest)


def article_sentences(
    index: int, text: str, published: date | None, limit: int = 40, strict: bool = False, lex: Lexicon = ENGLISH
) -> list[Sentence]:
    """The usable, trimmed sentences of one article, first `limit` considered (`strict`: no "we"/"you" voice)."""
    out = []
    if lex is not ENGLISH:
        text = normalize_quotes(text)
    pieces = [s for chunk in segments(text, limit, lex) for s in split_sentences(chunk, lex)]
    pieces = _join_date_heads(pieces) if lex is ENGLISH else pieces
    box_lines = 0
    for pos, raw in enumerate(pieces[:limit]):
        raw, boxed = unbulleted(raw) if lex is ENGLISH else (raw, False)
        s, said = trimmed(raw) if lex is ENGLISH else (fix_quote_spacing(raw.strip()), "")
        line = lex is ENGLISH and is_timeline_line(s, boxed)
        box_lines += line
        if is_usable(s, strict=strict, lex=lex) or line:
            out.append(Sentence(s, index, pos, published, said))
    if box_lines >= _BOX_LINES:
        # A timeline article ("Trial timeline: 28 June 2009 Police interview ... 8 February 2010 ...") runs past the
        # sentences read of any article; its later dated lines are its story's later events, the rest is left.
        rest = _join_date_heads([s for chunk in segments(text, _BOX_READ * limit) for s in split_sentences(chunk)])
        read = min(len(pieces), limit)
        for pos, raw in enumerate(rest[read : _BOX_READ * limit], start=read):
            bare, boxed = unbulleted(raw)
            s, said = trimmed(bare)
            if is_timeline_line(s, boxed):
                out.append(Sentence(s, index, pos, published, said))
    return out


# A timeline box's date cut from its line where a headline would be ("22 July 2009" | "The doctor's clinic ... is
# raided"): a piece that is only a full date heads the sentence after it.
_DATE_HEAD = re.compile(rf"^(?:\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}},?)\s+\d{{4}}$")


def _join_date_heads(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for piece in pieces:
        if out and _DATE_HEAD.match(out[-1]) and piece[:1].isupper():
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


_BOX_LINES = 4  # dated lines among an article's first sentences that make it a timeline
_BOX_READ = 4  # how many times the usual sentences a timeline article's dated lines are read to


def every_sentence(index: int, text: str, published: date | None, limit: int = 40) -> list[Sentence]:
    """All trimmed sentences of one English article, positions as in article_sentences, none left out as unusable
    alone: short replies and pronoun-led sentences still answer what the usable ones say."""
    pieces = [s for chunk in segments(text, limit) for s in split_sentences(chunk)]
    return [
        Sentence(t, index, pos, published, said)
        for pos, raw in enumerate(pieces[:limit])
        for t, said in [trimmed(unbulleted(raw)[0])]
        if t
    ]


_LOW_QUOTE = re.compile(r"„\s*([^„“”\"]*?)\s*[“”]")
_GUILLEMETS = re.compile(r"«\s*([^«»]*?)\s*»")
_GUILLEMETS_DE = re.compile(r"»\s*([^«»]*?)\s*«")


def normalize_quotes(text: str) -> str:
    """German „…“ and »…«, French and Spanish «…» as “…”, so quotation checks and attribution see one kind."""
    text = _LOW_QUOTE.sub(r"“\1”", text)
    text = _GUILLEMETS.sub(r"“\1”", text)
    return _GUILLEMETS_DE.sub(r"“\1”", text)


def nest_quotes(text: str) -> str:
    """Straight double quotes inside a statement shown in “…” become ‘…’, so the marks pair up:
    'The village would not be "bought off"' -> 'The village would not be ‘bought off’'."""
    if text.count('"') % 2:
        return text
    return re.sub(r'"([^"]*)"', "‘\\1’", text)


def shorten(text: str, max_words: int = 14) -> str:
    """A title from a lead sentence: the first words, cut at a word boundary."""
    ws = text.split()
    if len(ws) <= max_words:
        return text.rstrip(".")
    return " ".join(ws[:max_words]).rstrip(",;:") + "…"


# Capitalised words that start sentences but never name an actor.
CALENDAR_WORDS = ENGLISH.calendar_words


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stop words, no short words)."""
    return [t for t in tokens(text) if t not in _STOP and len(t) > 2]


def content_overlap(statement: str, support: str) -> float:
    """Share of the statement's content words found in the supporting text (grounding check)."""
    stop = _STOP
    words_ = [t for t in tokens(statement) if t not in stop and len(t) > 2]
    if not words_:
        return 0.0
    have = set(tokens(support))
    # "How did the attackers get in?" is grounded in "how the attackers got in": a question's "did" takes the base form.
    have |= {_PAST_TO_BASE[t] for t in have if t in _PAST_TO_BASE}
    return sum(w in have for w in words_) / len(words_)


_PAST_TO_BASE = ENGLISH.past_to_base


_STOP = ENGLISH.stop_words
