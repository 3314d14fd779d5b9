"""Readable titles and stable slugs for discovered topics, built from their own articles.

A title (`story_title`) is a short noun phrase naming the story by its lead name and the phrase its
articles share ("Gulf of Mexico oil spill", "Michael Jackson death", "Tramway du port de Brest"), in
the articles' language. `title_for` (an article's headline, or its cleaned lead sentence, behind the key
names) is the callers' last resort for a story of one article. Never "cluster 17".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from digest.i18n import DEFAULT, detect, lexicon

MAX_TITLE = 96
MAX_SLUG = 60
MAX_TITLE_SLUG = 40

_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{2,40}$")  # "Headline - BBC News", "Headline | Reuters"
_WIRE = re.compile(r"^.{0,160}?\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\)\s*[-–—:]?\s*", re.IGNORECASE)
_DATE_LEAD = re.compile(
    r"^(?:[^.!?]{0,80}?\b(?:19|20)\d\d\b[;,]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?\s*)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+(?:[A-Z][\w'’\-]+\s+){1,3}(?:BBC News(?:,\s*[A-Z][\w ]{1,30})?)?\s*")
_NOISE = re.compile(
    r"\(an error occurred while processing this directive\)|Last updated at \d\d:\d\d \w{2,4}( Help)?|"
    r"^[A-Z][A-Z .,'’]{2,40}(?:,\s*[A-Z][a-z]{1,5}\.?)?\s*(?:--|—|–)\s*|"
    r"^(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}:\s*"
)
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z\"“‘'])")


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?|\d{1,2}:\d\d\b"  # "8am", "17:30"
_STAMP = rf"(?:{_CLOCK}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}|{_MONTHS} \d{{1,2}}\b)"  # ... "7 March", "March 7"
# "Radio Wend news and travel, 8am: ...", "Written answers, 7 March 2041: ...": an edition's banner, stamped with its
# time or date, before the story's own words.
_BANNER = re.compile(rf"^(?P<banner>[^:]{{0,60}}?\b{_STAMP}[^:]{{0,20}}):\s+(?=\S)", re.IGNORECASE)


def clean_headline(title: str) -> str:
    """An article title without the site name tacked on, nor an edition's banner stamped with its time or date
    ("Radio Wend news and travel, 8am:"): the programme or page it ran in, not the story."""
    title = " ".join(title.split())
    stripped = _SITE_SUFFIX.sub("", title)
    stripped = stripped if len(stripped) >= 12 else title
    unbannered = _BANNER.sub("", stripped, count=1)
    return unbannered if len(unbannered) >= 12 else stripped


_LABEL_HEAD = re.compile(r"^([^:|]{1,40}?)\s*[:|]\s+(?=\S)")  # "Brackwater explainer: ...", "Explainer | ..."
_LABEL_TAIL = re.compile(r"\s*[|:]\s*([^:|]{1,40})$")  # "... | Explainer", "...: an explainer"


def unlabelled_headline(title: str, labels: Collection[str]) -> str:
    """A headline without a banner that holds one of the stream's labels ("Brackwater explainer: how a lynx got out",
    "Lynx still loose | Explainer"): for a title made from a headline, which names no label either."""
    banned = {_singular(w.lower()) for w in labels}
    title = " ".join(title.split())
    for pattern in (_LABEL_HEAD, _LABEL_TAIL):
        m = pattern.search(title)
        if m and any(_singular(w.lower()) in banned for w in _PHRASE_WORD.findall(m.group(1))):
            rest = (title[: m.start()] + title[m.end() :]).strip()
            if len(rest) >= 12:
                return unlabelled_headline(rest, labels)
    return title


def _banner(title: str) -> str:
    """The words an edition's banner names it by, before its stamp ("Radio Wend news and travel" of "Radio Wend
    news and travel, 8am:"); empty for a headline with none."""
    found = _BANNER.match(" ".join(title.split()))
    if not found:
        return ""
    return re.split(rf"[,(]|\s{_STAMP}", found.group("banner"), maxsplit=1, flags=re.IGNORECASE)[0].strip()


def _table_row(line: str) -> bool:
    """A line of short cells between bars ("Council tax | Unavailable", "Service | Status"); a live text's entry
    ("16:05 | The race was halted at ...") holds a sentence in a cell."""
    cells = line.split("|")
    return len(cells) >= 2 and all(len(cell.split()) <= 8 for cell in cells)


# A letter's salutation on a line of its own ("Dear friends,", "Dear shareholder,", "Hi all,"): whom it is written to.
_SALUTATION = re.compile(r"^\s*(?:Dear|Hi|Hello)\s+[\w'’ .-]{1,40},\s*$")


def _lead(headline: str, text: str) -> str:
    """An article's first sentences, after a sign-on that restates its banner ("Radio Wend news and travel at eight
    o'clock") and the presenter's greeting in the first person after it ("Good morning, I'm ..."): those say which
    edition and who reads it, not what happened. A table's rows ("Housing benefit | Delayed") are no sentences:
    their labels say what the page lists, not what happened."""
    lines = [line for line in text[:1500].splitlines() if not _SALUTATION.match(line)]
    sentences = _SENTENCE.split(" ".join(" ".join(line for line in lines if not _table_row(line)).split()))
    banner = _banner(headline).lower()
    k = 0
    if len(banner) >= 6 and len(sentences) > 1 and sentences[0].lower().startswith(banner):
        k = 1
        while k < min(3, len(sentences) - 1) and re.search(r"\b(?:I['’]m|I am|my name is)\b", sentences[k]):
            k += 1
    return " ".join(sentences[k : k + _LEAD_SENTENCES])


def lead_sentence(text: str) -> str:
    """The first real sentence of an article: datelines, bylines and time stamps removed."""
    text = " ".join(text[:2000].split())
    text = _NOISE.sub("", text).strip()
    text = _WIRE.sub("", text, count=1)
    text = _DATE_LEAD.sub("", text, count=1) if re.search(r"\b(?:19|20)\d\d\b", text[:90]) else text
    text = _BYLINE.sub("", text, count=1)
    text = _NOISE.sub("", text).strip()
    sentences = _SENTENCE.split(text)[:6]
    for sentence in sentences:
        words = sentence.split()
        # A caption or a fragment ('"blowout preventer" from BP's well - which…') makes a poor headline.
        if 6 <= len(words) <= 60 and not sentence.isupper() and sentence[:1].isupper() and " - " not in sentence[:60]:
            return sentence.strip()
    for sentence in sentences:
        if 6 <= len(sentence.split()) <= 60 and not sentence.isupper():
            return sentence.strip()
    return text[:200].strip()


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """Cut at a word boundary, preferring a clause break, with an ellipsis when cut."""
    text = text.strip().rstrip(".;:,")
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    for mark in (", ", "; ", " - ", " – ", " — "):
        cut = head.rfind(mark)
        if cut >= limit // 2:
            return head[:cut].rstrip() + "…"
    return head[: head.rfind(" ")].rstrip(".,;: ") + "…" if " " in head else head + "…"


def title_for(headline: str, lead: str, names: Sequence[str]) -> str:
    """The topic's title from its central article and its key names (most important first)."""
    base = clean_headline(headline) if headline.strip() else lead_sentence(lead)
    base = shorten(base) if base else ""
    key = [n for n in names if n][:3]
    if not base:
        return ", ".join(key) if key else "Untitled story"
    lower = base.lower()
    if not headline.strip():  # a lead sentence says little on its own: name the story first
        missing = [n for n in key if n.lower() not in lower][:2]
        if missing:
            prefix = ", ".join(missing)
            return shorten(f"{prefix}: {base}", MAX_TITLE + len(prefix) + 2)
        return base
    if key and not any(n.lower() in lower for n in key[:3]):
        prefix = ", ".join(key[:2])
        return shorten(f"{prefix}: {base}", MAX_TITLE + len(prefix) + 2)
    return base


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII, lower case, hyphens: "Gulf of Mexico oil spill" -> "gulf-of-mexico-oil-spill"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def slug_for(names: Sequence[str], title: str, taken: Iterable[str] = ()) -> str:
    """A slug from the key names (stable words), else the title; unique against `taken`."""
    parts: list[str] = []
    for name in names[:3]:
        s = slugify(name)
        if s and s not in parts and not any(s in p for p in parts):
            parts.append(s)
        if len("-".join(parts)) > 30:
            break
    base = slugify("-".join(parts)) or slugify(title) or "story"
    taken = set(taken)
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


# "Covid-19", "F-35" are one word: a hyphen before figures joins them, never ends a word ("Covid-").
_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*(?<!-)(?:-\d+\b)?")
# Words that never name a story: scikit-learn's English stop words, plus reporting verbs, light verbs, time
# words and quantifiers that headlines are full of.
_TITLE_SKIP_WORDS = (
    "says say said told tells warns warned urges calls asks wants plans faces hits backs attacks offers fear fears "
    "agrees approves rejects opens closes looms stands takes take make makes get gets give gives put keep keeps just "
    "now still even already ever never several many much more most less few new latest first last next another "
    "report reports update news live today yesterday tomorrow week weeks month months year years people thing "
    "things way ways time times day days percent cent cents pence million billion per "
    # Where a story happens, not what happens: "the town", "the capital" name no story.
    "town towns village villages area areas capital country countries"
)
_TITLE_SKIP = ENGLISH_STOP_WORDS | frozenset(_TITLE_SKIP_WORDS.split()) | frozenset(["despite", "amid", "amidst"])
# A newspaper's sections and formats ("World", "Health", "Photos", "Video") label where a report runs, not what it
# reports: such a word may say which ("world record", "health service"), never head a title ("Egypt world").
_SECTION_WORDS_TEXT = (
    "world health business sport sports politics news opinion comment photo photos picture pictures gallery video "
    "videos audio podcast blog live"
)
_SECTION_WORDS = frozenset(_SECTION_WORDS_TEXT.split())
_BEFORE_PLACES = frozenset(["near", "outside", "inside", "beneath", "past"])
# ... only as the head of a phrase: before another noun they say which ("capital gains tax", "country music awards").
_WHERE_WORDS = frozenset(["town", "towns", "village", "villages", "area", "areas", "capital", "country", "countries"])
_LEAD_SENTENCES = 2
_CALENDAR = lexicon(DEFAULT).calendar_words
_VERBS = lexicon(DEFAULT).verb_words | lexicon(DEFAULT).speech_verbs | frozenset(["face", "fear", "like", "want"])
_PARTIES = lexicon(DEFAULT).role_words | {"trust", "county", "region", "city", "state", "union", "council"}
# Role words that stand for one person ("chief executive", "council leader"): a phrase they end names who, not what.
_BODIES_TEXT = (
    "administration agency authorities board commission committee company congress council court department firm "
    "giant government group ministry panel parliament police service team union investigators lawmakers officials "
    "prosecutors regulators leaders general"
)
_PERSON_ROLES = lexicon(DEFAULT).role_words - frozenset(_BODIES_TEXT.split())
_MORE_ROLES_TEXT = "auditor prosecutor councillor candidate challenger chairwoman chair ceo coach captain witness"
_PERSON_ROLES |= frozenset(_MORE_ROLES_TEXT.split())


def _clause(gram: tuple[str, ...], body: str) -> bool:
    """A verb inside the phrase ("runs Acme Mining", "teachers want higher") makes it a clause, not a name for the
    story; one at its end stays when the texts use it as a noun too ("ferry cuts": "the cuts")."""
    words = [w.lower() for w in gram]
    if any(w in _VERBS for w in words[:-1]):
        return True
    last = words[-1]
    if last not in _VERBS and last not in _PARTICIPLES and last not in _EVENT_VERB_FORMS:
        return False
    # "the cuts", or the whole phrase after a determiner ("the power cut"): a noun.
    if _noun_after_determiner(last, body):
        return False
    phrase = r"\s+".join(re.escape(w) for w in words)
    return len(words) == 1 or not re.search(rf"{_DETERMINER_BEFORE}{phrase}\b", body, re.I)


# Irregular participles a headline puts after what they befall ("Drovers Pass shut", "Ship stuck"): a predicate, not a
# noun ending a name for the story, unless the texts put a determiner before them.
_PARTICIPLES_TEXT = "shut stuck sunk stolen struck held lost won beaten broken frozen hidden hurt"
_PARTICIPLES = frozenset(_PARTICIPLES_TEXT.split())
_DETERMINER_BEFORE = r"\b(?:the|a|an|its|their|these|those|of|new|more|further)\s+"


@lru_cache(maxsize=1024)  # one call's phrases share their last words
def _noun_after_determiner(word: str, body: str) -> bool:
    r"""A determiner before the word somewhere, as `re.search(rf"{_DETERMINER_BEFORE}{word}\b", body, re.I)` finds
    it: from the word's own mentions, not a case-blind scan of the whole texts for every word asked."""
    runs = _runs(body) if _ASCII_WORD.fullmatch(word) else None
    if runs is None:
        return bool(re.search(rf"{_DETERMINER_BEFORE}{re.escape(word)}\b", body, re.I))
    for start, _ in runs.get(word.lower(), ()):
        j = start
        while j > 0 and body[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and (body[k - 1].isalnum() or body[k - 1] == "_"):
            k -= 1
        if j < start and body[k:j].lower() in _DETERMINER_WORDS:
            return True
    return False


_DETERMINER_WORDS = frozenset(["the", "a", "an", "its", "their", "these", "those", "of", "new", "more", "further"])


def stream_labels(headlines: Iterable[Iterable[str]], share: float = 0.3, least: int = 4) -> frozenset[str]:
    """Words the headlines of many unrelated topics hold ("World", "Video", "Roundup" of a site's section and format
    banners, a column's name): each item is one topic's headlines, and a word in `share` of the topics or more (and
    in `least` at least) labels where a report runs, not what it reports. For `story_title`'s `labels`.

    A word that travels with another through most of its topics ("oil" with "spill" in the fragments of one long
    story) is that story's, not a label: a label sits on topics that share nothing else."""
    topics = 0
    holds: list[set[str]] = []
    seen: dict[str, int] = {}
    for heads in headlines:
        topics += 1
        words = {w.lower() for h in heads for w in _PHRASE_WORD.findall(h)}
        words = {w for w in words if w not in _TITLE_SKIP and len(w) > 2}
        holds.append(words)
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    floor = max(least, share * topics)
    frequent = [w for w, n in seen.items() if n >= floor]
    out = set()
    for word in frequent:
        mates: dict[str, int] = {}
        for words in holds:
            if word in words:
                for other in words - {word}:
                    mates[other] = mates.get(other, 0) + 1
        if not any(n * 3 >= 2 * seen[word] for n in mates.values()):
            out.add(word)
    return frozenset(out)


def story_title(texts: Sequence[tuple[str, str]], names: Sequence[str] = (), labels: Collection[str] = ()) -> str:
    """A short noun phrase naming the story ("Harbour tram funding"), from its articles' headlines and leads.

    `texts` are (headline, text) pairs. The phrase is the run of one to three content words (no function
    words, verbs or figures) that the most articles share, headlines counting double and longer runs
    preferred (a shared pair of words says more than a shared word); a run of names alone ("Port Ellis")
    names a place or a party, not the story. A lone word gets the top key name in front ("Haiti earthquake").
    A phrase holding none of the three most named gets one in front: the place the texts put the story in,
    else an organisation, else (before a lone word) a person by full name. With no shared run, the noun most
    articles use stands for it (never a headline clause); empty only for a single article that shares
    nothing, where the caller has a headline. A name goes in front only within five words: the service keeps
    a title of five words or fewer as the topic grows. No section or format word heads it ("Egypt world"): a
    newspaper's own (`_SECTION_WORDS`). A word the caller found on the headlines of many unrelated stories across
    its stream (`labels`, see `stream_labels`: "Roundup", "Explainer", a column's name) is in no title at all.
    """
    texts = texts[-MAX_TEXTS:]
    banned = frozenset(_singular(w.lower()) for w in labels) | _own_banners(texts)
    sections = _SECTION_WORDS | banned
    lang = detect(" ".join(f"{h} {t[:600]}" for h, t in texts))
    names = [n for n in names if _a_name(n) and not _labelled(n, banned)]
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    if lang == DEFAULT:
        names = [n for n in names if not _serial_word(n, body)]
        names = _whole_names([n for n in names if not _common_word(n, body)], body)
        names = _speakers_last(_joined_names(names, body), body)
        names = _about_first(names, texts, body)
        names = _spread_first(names, texts)
    if _broken(texts):
        # Text whose letters were lost ("Vi t Nam ang h nh ng") shares only fragments: the names it keeps whole. Its
        # language is a guess from fragments ("qu" of "Qu ng Nam" passes for French): any language's text.
        written = [n if _count(n, body) or not _count(n.upper(), body) else n.upper() for n in names]
        whole = [n for n in dict.fromkeys(written) if _whole_in_broken(n, body)][:2]
        return " ".join(whole) if len(whole) == 2 else ""
    if lang != DEFAULT:
        return _story_title_other(texts, names, lang)
    title = _shared_phrase(texts, names, sections, banned)
    shared = bool(title)
    if not title and len(texts) >= 2:
        title = _fallback_phrase(texts, names, sections)
    # The event is read from the phrase as found ("goat": "goat cull"); from the phrase with its dangling modifier's
    # noun ("dam": "dam failure") only where that keeps the phrase's words and the first does not: read from the added
    # noun, it may drop one ("swine flu virus": "flu outbreak", the "swine" lost).
    completed = _compound_completed(title, texts) if shared else title
    event = _event_phrase(title, texts, shared, names)
    if completed != title and not (event and _keeps_words(title, event)):
        # With no event of its own, the completed phrase ("Brenna dam failure") stands rather than one that drops
        # the phrase's words ("Anton Reiss resignation").
        other = _event_phrase(completed, texts, shared, names)
        event = other if not other or _keeps_words(title, other) else event
    title = event or _thing_done(completed, texts, names) or completed
    title = _with_lead_name(title, texts, names) if title else ""
    title = _said_once(title)
    title = _kind_once(title, names, body, texts)
    title = _texts_capitals(_whole_clause(title, texts, names), texts)
    title = _initials_placed(_clipped(title, texts), names, body)
    title = _unlabelled(title, banned)
    # "pilots strike" with no name before it still starts a title; "iPhone recall" keeps its style
    return title[:1].upper() + title[1:] if title[1:2].islower() else title


def _keeps_words(title: str, phrase: str) -> bool:
    """Every common (lower-case) word of the title is still in the phrase, as written or in the singular."""
    kept = {_singular(w.lower()) for w in phrase.split()}
    return all(_singular(w) in kept for w in title.split() if w.islower())


# Words a format numbers its parts by ("Vol 31, Issue 7", "Episode 212", "Lot 214"): a heading, not a name.
_SERIAL_WORDS_TEXT = (
    "issue vol volume episode lot part chapter item edition page section bulletin update message session series "
    "season release sale week day"
)
_SERIAL_WORDS = frozenset(_SERIAL_WORDS_TEXT.split())


def _serial_word(name: str, body: str) -> bool:
    """A one-word "name" the texts only ever write before a number ("Issue 7", "Episode 212"): a format's numbering
    of its issues or parts, which names no party or place. A brand before its model number ("Boeing 737") is no
    common word and stays a name; "the Issue" of a house style, written alone, is left to the other checks."""
    low = name.lower().rstrip(".")
    if " " in name or low not in _SERIAL_WORDS or not name[:1].isupper():
        return False
    word = re.escape(name.rstrip("."))
    written = len(re.findall(rf"\b{word}\b", body))
    numbered = len(re.findall(rf"\b{word}\.?\s*[:#]?\s*\d", body))
    return written > 0 and numbered == written


# A serial number a format puts on its issues ("Notice No. 7", "Update #2", "Bulletin number 4").
_SERIAL = re.compile(r"(?:\b(?:No|Nos|Number)\.?\s*|#\s*)\d+(?:/\d+)?\b", re.IGNORECASE)
_HEAD_BANNER = re.compile(r"^([^:]{2,50}?)\s*:\s+(?=\S)")


def _own_banners(texts: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The words of a numbered banner on this story's own headlines ("Service Notice No. 4: ...", "Update #2: ..."),
    where the texts' sentences use them less often than the headlines carry them: an outlet's series of notices,
    not the story. `stream_labels` finds a format's words across many stories; a story told in one outlet's numbered
    notices has them on its own. A banner without a number ("Kessock earthquake: ...", "Brackwater explainer: ...")
    may be the story's name: it is left to the stream's labels."""
    carried: dict[str, int] = {}
    for headline, _ in texts:
        m = _HEAD_BANNER.match(clean_headline(headline))
        if m and _SERIAL.search(m.group(1)):
            key = " ".join(_SERIAL.sub(" ", m.group(1)).split()).lower()
            carried[key] = carried.get(key, 0) + 1
    if not carried:
        return frozenset()
    # Sentences' mentions: not in capitals ("SERVICE NOTICE No. 4/2031") nor before a serial ("Supersedes Notice
    # No. 3"), which restate the banner.
    prose = " ".join(text[:1500] for _, text in texts)
    out: set[str] = set()
    for key, n in carried.items():
        for word in _PHRASE_WORD.findall(key):
            if word in _GLUE or word in ENGLISH_STOP_WORDS:
                continue
            found = re.findall(rf"\b{re.escape(word)}\b(?!\s*(?:No\b|#))", prose, re.IGNORECASE)
            if sum(not f.isupper() for f in found) < n:
                out.add(_singular(word))
    return frozenset(out)


def _labelled(name: str, banned: Collection[str]) -> bool:
    """A name the stream's labels make up ("Bagehot" of a column's banner): where the report runs, not who is in it."""
    words = [w for w in _PHRASE_WORD.findall(name) if w.lower() not in _GLUE]
    return bool(banned) and bool(words) and all(_singular(w.lower()) in banned for w in words)


def _unlabelled(title: str, banned: Collection[str]) -> str:
    """The title without a word of the stream's labels, whichever step brought it in; empty when nothing else is
    left, or a lone name (a place or a party names no story)."""
    if not banned:
        return title
    words = [w for w in title.split() if _singular(w.lower().strip(",")) not in banned]
    if len(words) == len(title.split()):
        return title
    return " ".join(words) if len(words) >= 2 else ""


# Endings that make another word of a stem ("planning" of "plan"), not a longer form of the same word.
_SUFFIXES_TEXT = "s es ed ing ings er ers ment ments tion tions ion ions al ly ity ness ist ists ism ure"
_SUFFIXES = frozenset(_SUFFIXES_TEXT.split())


def _clipped(title: str, texts: Sequence[tuple[str, str]]) -> str:
    """A title's word the headlines write in a short form more often than whole ("maths" of "mathematics", "exam" of
    "examination", "photo" of "photograph"): a headline's clipping is how a reader names the thing."""
    # A headline's common words only: its first, whatever its case, and those in lower case ("Tarnby Air" is a name).
    heads = [
        {w.lower() for k, w in enumerate(_PHRASE_WORD.findall(clean_headline(h))) if k == 0 or w.islower()}
        for h, _ in texts
    ]
    words = title.split()
    for i, word in enumerate(words):
        low = word.lower()
        if not word.islower() or len(low) < 6:
            continue
        whole = sum(low in h or _singular(low) in h for h in heads)
        clips: dict[str, int] = {}
        for head in heads:
            for short in head:
                stem = short[:-1] if short.endswith("s") else short
                rest = low[len(stem) :]
                if len(stem) >= 4 and low.startswith(stem) and len(rest) >= 3 and rest not in _SUFFIXES:
                    clips[short] = clips.get(short, 0) + 1
        best = max(clips, key=lambda c: (clips[c], c), default="")
        if best and clips[best] >= 2 and clips[best] > whole:
            words[i] = best
    return " ".join(words)


def _initials_placed(title: str, names: Sequence[str], body: str) -> str:
    """A title led by a body's initials ("CEB mathematics") where the texts spell the body out with a place's name
    first ("Castleford Examinations Board"): the place is the name a reader knows ("Castleford mathematics"). A body
    spelled out in common words ("International Monetary Fund", "European Union"), or with a place the texts put
    things in (the "LSE" is not all of London), keeps its initials."""
    words = title.split()
    lead = words[0] if words else ""
    if len(words) < 2 or not (lead.isupper() and lead.isalpha() and 2 <= len(lead) <= 5):
        return title
    for name in names[:8]:
        parts = [p for p in name.split() if p.lower() not in _GLUE]
        if len(parts) != len(lead) or "".join(p[0] for p in parts) != lead:
            continue
        place = parts[0]
        common = _count(place.lower(), body) or place.lower().endswith((*_ADJECTIVE_ENDINGS, "an"))
        # A place the texts put things in ("in London", of "London School of Economics") is more than the body;
        # "Castleford has reviewed its marks" is the board by a short name.
        alone = bool(
            re.search(rf"\b(?:in|at|near|across|around|outside) {re.escape(place)}\b(?! {re.escape(parts[1])})", body)
        )
        if not common and not alone and not _holds_name(" ".join(words[1:]), [place]):
            return " ".join([place, *words[1:]])
    return title


def _broken(texts: Sequence[tuple[str, str]]) -> bool:
    """Most of the texts' words are one or two letters long: an encoding lost its accented letters, and what is left
    between the gaps ("cho", "cents" of "ch cents u") are fragments, not words (prose has a fifth at most)."""
    words = re.findall(r"[A-Za-z]+", " ".join(t[:1500] for _, t in texts))
    return len(words) >= 50 and sum(len(w) <= 2 for w in words) * 5 >= 3 * len(words)


# A word's first piece, capitalised, then the piece a lost letter left of its end ("Vi t ", "Qu ng ", "Vi # t "), just
# before a name.
_CUT_BEFORE = re.compile(r"\b[A-Z][a-z]{0,3}(?: #)? [a-z]{1,3} $")


def _whole_in_broken(name: str, body: str) -> bool:
    """A name a broken text keeps whole: capitalised, three letters long or initials ("H1N1", "VN"), written with its
    capital inside sentences, and not the tail of a longer name whose first word lost a letter ("Nam" of "Vi t Nam",
    "Qu ng Nam"): a cut place names another place, or none."""
    if name.islower() or not (len(name) >= 3 or name.isupper()) or not all(_proper(p, body) for p in name.split()):
        return False
    where = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", body)]
    cut = sum(bool(_CUT_BEFORE.search(body[max(0, k - 20) : k])) for k in where)
    return cut * 2 < len(where)


def _whole_clause(title: str, texts: Sequence[tuple[str, str]], names: Sequence[str]) -> str:
    """A title neither starts at a verb ("Joins NATO": who joins goes in front, "Finland joins NATO", where the
    headlines write it so) nor ends at a participle ("UN saying", "Paradise fast-moving": the participle goes)."""
    words = title.split()
    if len(words) >= 2:
        last = words[-1].lower()
        if last.endswith("ing") and ("-" in last or last[:-3] in lexicon(DEFAULT).speech_verbs):
            words = words[:-1]
    first = words[0].lower() if words else ""
    if first.endswith("s") and not first.endswith("ss") and len(first) > 3:
        rest = " ".join(words[1:])
        phrase = re.escape(" ".join([first, rest]).strip())
        heads = " ".join(clean_headline(h) for h, _ in texts)
        before = re.findall(rf"\b([A-Z][\w'’-]+) {phrase}\b", heads, re.IGNORECASE)
        stem = re.escape(first[:-1])
        told = " ".join(f"{h} {t[:1500]}" for h, t in texts)
        verb = re.search(rf"\b(?:{stem}e?d|to {stem})\b", told, re.IGNORECASE)  # "joined", "to join"
        if verb and not re.search(rf"\b(?:the|a|an) {phrase}\b", heads, re.IGNORECASE):
            who = [w for w in before if w[:1].isupper() and any(n.split()[0] == w for n in names[:5])]
            if who:
                words = [max(who, key=who.count), first, *words[1:]]
    return " ".join(words)


def _texts_capitals(title: str, texts: Sequence[tuple[str, str]]) -> str:
    """The title writes a word in capitals where the texts do ("IMF bailout", "joins NATO", never "Imf", "nato"):
    a word most of its uses write in capitals, counting no text or headline that is all capitals, nor a dateline."""
    words = title.split()
    lows = {w.lower() for w in words if len(w) >= 2 and not w.isupper() and w.isalpha()}
    if not lows:
        return title
    caps: dict[str, int] = {}
    other: dict[str, int] = {}
    for part in (p for h, t in texts for p in (h, t[:1500])):
        if part.isupper():
            continue
        start = next((i for i, c in enumerate(part) if c.islower()), len(part))  # a dateline's ("TOKYO (AP) -")
        for match in re.finditer(r"[A-Za-z]+", part):
            found, low = match.group(), match.group().lower()
            if match.end() < start:
                continue
            if low in lows:
                into = caps if found.isupper() else other
                into[low] = into.get(low, 0) + 1
    kept = [w.upper() if caps.get(w.lower(), 0) > max(1, other.get(w.lower(), 0)) else w for w in words]
    return " ".join(kept)


def _common_word(name: str, body: str) -> bool:
    """A one-word "name" that is a role or a body in a house style's capitals ("the Company", "The Board", "Clerk
    Benita Salas", "the Club"), which the texts also write in lower case or after "the": it names no party
    ("Congress" does)."""
    low = name.lower()
    if " " in name or name.isupper() or low not in _ROLE_NAMES:
        return False
    return bool(re.search(rf"\b{re.escape(low)}\b", body) or re.search(rf"\b[Tt]he {re.escape(name)}\b", body))


_ROLE_NAMES = lexicon(DEFAULT).role_words | frozenset(_BODIES_TEXT.split()) | frozenset(_MORE_ROLES_TEXT.split())
_ROLE_NAMES |= frozenset(["clerk", "club", "trust"])


def _joined_names(names: Sequence[str], body: str, top: int = 8) -> list[str]:
    """One organisation the entity finder split in two is one name: "Hollis & Wade" where both halves are nearly
    always written together; "Pelican" where "Regional Airways" is nearly always written after it ("Pelican Regional
    Airways", and "Pelican" alone the rest of the time): the second is no party of its own."""
    out = list(names)
    for b in names[:top]:
        for a in names[:top]:
            if a == b or a not in out or b not in out:
                continue
            mentions = _count(b, body)
            for glue in (" & ", " "):
                joined = _count(f"{a}{glue}{b}", body)
                if not joined or joined * 3 < 2 * mentions or f"{a}{glue}{b}" in names:
                    continue
                alone = _count(a, body) - joined
                if glue == " & " or alone * 2 < joined:
                    out[out.index(a)] = f"{a}{glue}{b}"  # "Hollis & Wade": neither half goes alone
                out.remove(b)
                break
    return list(dict.fromkeys(out))


def _speakers_last(names: Sequence[str], body: str, top: int = 12) -> list[str]:
    """A transcript's speaker labels ("KIT MERCER:", "ANJALI DESAI:") count a host or a guest many times over: a
    name written mostly as a label goes after the names the texts tell the story with."""
    labels = [
        n
        for n in names[:top]
        if " " in n
        and (k := len(re.findall(rf"\b{re.escape(n.upper())}:", body))) >= 2
        and k * 2 >= len(re.findall(rf"\b{re.escape(n)}\b", body, re.IGNORECASE))
    ]
    return [n for n in names if n not in labels] + labels


# Agent-patient events: who acts (buys, grounds, bans, sues) and what it befalls. Editors title such a story by
# what it befalls ("Ellsmere Rovers takeover", "Pelican fleet grounding"), never by the buyer or the regulator.
_ACT_VERBS = (
    r"buy|buys|bought|buying|acquire|acquires|acquired|acquiring|takes over|took over|take over|taking over|"
    r"grounds|grounded|bans|banned|sues|sued|suing|sanctions|sanctioned|fines|fined|"
    r"bids|bid|offers to buy|strikes against|struck against"
)
_ACT_NOUNS = (
    r"takeover|acquisition|buyout|sale|sold|purchase|bid|offer|rescue|grounding|ban|sanctions|lawsuit|"
    r"suit|fine|strike|merger|deal"
)


@lru_cache(maxsize=64)
def _agent(name: str, body: str) -> bool:
    """The texts make the name the one who acts in an agent-patient event more than the one it befalls: "sale of
    his shareholding to Tidewater", "Tidewater borrows to buy the club", "Tidewater's bid", "the Directorate
    grounded its fleet"; against "bid for Tidewater", "takeover of Tidewater", "Tidewater takeover"."""
    acts = befalls = 0
    # Each mention's own surroundings only: a regex over every word of a big topic's texts would take seconds.
    for m in re.finditer(rf"\b{re.escape(name)}\b", body):
        before, after = body[max(0, m.start() - 100) : m.start()], body[m.end() : m.end() + 60]
        given_to = bool(_TO_BY.search(before) and _ACT_BEFORE.search(before))  # "sale ... to Tidewater"
        verb = _ACTS_AFTER.match(after)  # "Tidewater borrows to buy", "Tidewater's bid"
        # "Pelican was grounded", a headline's "Pelican grounded over cracks": the name is what it befalls.
        passive = bool(verb and verb.group(2) and _passive(verb.group(1).split(), verb.group(2), verb.group(3)))
        acts += given_to or (bool(verb) and not passive)
        befalls += bool(passive or _BEFALLS_BEFORE.search(before) or _BEFALLS_AFTER.match(after))
    return acts > befalls


def _passive(between: Sequence[str], verb: str, nxt: str | None) -> bool:
    """A participle after an auxiliary ("was grounded"), or one a preposition follows, not an object ("grounded
    over cracks", against "grounded its fleet", "banned flights")."""
    if verb.endswith("ing") or not (verb.endswith("ed") or verb in ("bought", "took over")):
        return False
    if between and between[-1] in _PASSIVE_AUX:
        return True
    return not nxt or nxt.lower() in _PASSIVE_NEXT


_PASSIVE_AUX_TEXT = "was were is are be been being got get gets"
_PASSIVE_AUX = frozenset(_PASSIVE_AUX_TEXT.split())
_PASSIVE_NEXT_TEXT = "over for after until by in at on from amid as and with since pending"
_PASSIVE_NEXT = frozenset(_PASSIVE_NEXT_TEXT.split())
_TO_BY = re.compile(r"\b(?:to|by) (?:the )?$")
_ACTS_AFTER = re.compile(
    rf"(?:['’]s)? ((?:[a-z]+ ){{0,3}})({_ACT_VERBS})\b(?:[ ,]+([\w'’-]+))?|['’]s (?:{_ACT_NOUNS})\b"
)
_BEFALLS_BEFORE = re.compile(rf"\b(?:(?:{_ACT_NOUNS}) (?:of|for|on|against)|{_ACT_VERBS}) (?:the )?$")
_BEFALLS_AFTER = re.compile(rf" (?:{_ACT_NOUNS})\b")
_ACT_BEFORE = re.compile(rf"\b(?:{_ACT_NOUNS}|{_ACT_VERBS})\b[^.;]*$")


def _about_first(names: Sequence[str], texts: Sequence[tuple[str, str]], body: str, top: int = 8) -> list[str]:
    """The name most articles are about leads: the one more of them name (in a headline, a lead, a possessive)
    than the most-counted one, which a transcript's host, a quoted official or a dateline's town can be; never the
    one who acts in an agent-patient event (the buyer, the regulator), where another name is as widespread."""
    if len(texts) < 2 or not names:
        return list(names)
    heads = [clean_headline(h) for h, _ in texts]
    leads = [_lead(h, t) for h, t in texts]

    whole = [f"{h}. {t[:1500]}" for h, t in texts]

    def spread(name: str) -> tuple[int, int]:
        # Written as the texts write a name (not a dateline's capitals, not a speaker's label "NAME:"), and not as
        # a word of a longer key name ("Financial" of "Financial Conduct Authority" is no mention of its own).
        said = re.compile(rf"\b{re.escape(name)}\b(?!:)")
        longer = [c for c in cands if c != name and name in c and said.search(c)]
        if longer:
            inside = "|".join(re.escape(c) for c in sorted(longer, key=len, reverse=True))
            said = re.compile(rf"(?:{inside})|\b{re.escape(name)}\b(?!:)")

        def found(text: str) -> bool:
            return name in text and any(m.group(0) == name for m in said.finditer(text))

        docs = sum(found(w) for w in whole)
        shown = sum(found(h) * 2 + found(le) for h, le in zip(heads, leads, strict=True))
        return docs, shown

    cands = [n for n in names[:top] if n[:1].isupper() or n[:1].isdigit()]
    if not cands:
        return list(names)
    thing = _thing_name(cands, heads, body)
    if (
        thing
        and thing != names[0]
        and spread(thing)[0] * 2 > len(texts)
        and not _agent(thing, body)
        and _proper_any(thing, body)
    ):
        return [thing, *[n for n in names if n != thing]]
    scored = {n: spread(n) for n in cands}
    first = names[0]
    lead_score = scored.get(first, spread(first))
    # Only names as widespread as the first are asked whether they act: each asks of every mention.
    # A short form of the first ("Pemberton" of "Pemberton Capital") is the same party, no rival.
    own = set(first.split())
    rivals = [n for n in cands if not own & set(n.split()) and scored[n][0] >= lead_score[0]]
    first_acts = _agent(first, body) if rivals else False
    ranked = sorted(rivals, key=lambda n: (scored[n], -cands.index(n)), reverse=True)
    # A capitalised common word ("Farmers" of a headline) is no name to lead with.
    best = next((n for n in ranked if not _agent(n, body) and _proper_any(n, body)), first)
    if best == first:
        return list(names)
    # As many articles name both: the one most headlines carry, where the first is in few ("Power cut across
    # Wexmoor", "Statement on the Wexmoor power outage": not the utility whose substation failed).
    heads_best, heads_first = (sum(bool(re.search(rf"\b{re.escape(n)}\b", h)) for h in heads) for n in (best, first))
    carried = heads_best * 2 > len(heads) and heads_best >= 2 and heads_first * 2 < heads_best
    wider = scored[best][0] > lead_score[0] or ((first_acts or carried) and scored[best][0] >= lead_score[0])
    if not wider or scored[best][0] * 2 <= len(texts):
        return list(names)
    return [best, *[n for n in names if n != best]]


def _thing_name(cands: Sequence[str], heads: Sequence[str], body: str) -> str:
    """The name of the thing most headlines are about, where they call it by a common noun ("Satellite blackout",
    "Aldren's blind satellite") and the texts give that noun its name in apposition ("Meridian-4, the service's
    weather satellite", "the satellite Meridian-4"); empty when none."""
    counts: dict[str, int] = {}
    for head in heads:
        for word in {w.lower() for w in _PHRASE_WORD.findall(head)}:
            if len(word) > 3 and word not in _TITLE_SKIP and word not in _VERBS and word not in _EVENT_NOUNS:
                counts[word] = counts.get(word, 0) + 1
    nouns = [w for w, n in counts.items() if n >= 2 and n * 2 > len(heads) and _count(w, body)]
    for name in cands:
        n = re.escape(name)
        for noun in nouns:
            x = re.escape(noun)
            for m in re.finditer(rf"\b{n}, (?:the|a|an) ((?:[\w'’-]+ ){{0,4}}){x}\b|\bthe {x},? {n}\b", body):
                # Only a noun phrase between ("the Aldren Meteorological Service's weather"), not a clause
                # ("Board, the Company has suspended all sailings").
                between = (m.group(1) or "").split()
                if not any(w.lower() in _TITLE_SKIP or w.lower() in _VERBS or w.endswith("ed") for w in between):
                    return name
    return ""


def _proper_any(name: str, body: str) -> bool:
    return any(_proper(p, body) for p in name.split())


def _whole_names(names: Sequence[str], body: str) -> list[str]:
    """Key names as the texts write them whole: "Calloway" is "Port Calloway" where nearly every mention puts the
    place word in front (the entity finder may keep only the distinctive part)."""
    out: list[str] = []
    # Where a place word is written before something ("Port ..."): only a name written there can change, so the
    # rest (most of the hundreds of names the service passes for a big topic) are not searched for at all.
    low_body = body.lower()
    starts: dict[str, list[int]] = {}
    for m in re.finditer(r"\b([A-Za-z]+) ", body):
        if m.group(1).lower() in _PLACE_WORDS and m.group(1).lower() != "county" and m.group(1)[:1].isupper():
            starts.setdefault(low_body[m.end() : m.end() + 2], []).append(m.end())
    # What is written after a place word, by how it starts and how long the name asked is: one set per pair, so a
    # name is looked up, not compared with every place word's position.
    written: dict[tuple[str, int], set[str]] = {}
    for name in names:
        low = name.lower()
        if len(low) >= 2:
            key = (low[:2], len(low))
            if key not in written:
                written[key] = {low_body[at : at + len(low)] for at in starts.get(low[:2], ())}
            after_place = low in written[key]
        else:
            after_place = any(low_body.startswith(low, at) for ats in starts.values() for at in ats)
        if not after_place:
            out.append(name)
            continue
        # A dateline writes it in capitals ("PORT CALLOWAY, Ore."): that counts too.
        mentions = len(re.findall(rf"\b{re.escape(name)}\b", body, re.IGNORECASE))
        forms: dict[str, int] = {}
        for m in re.finditer(rf"\b([A-Za-z]+) {re.escape(name)}\b", body, re.IGNORECASE):
            word = m.group(1)
            if word.lower() in _PLACE_WORDS and word.lower() != "county" and word[:1].isupper():
                whole = f"{word.capitalize()} {name}"
                forms[whole] = forms.get(whole, 0) + 1
        whole = max(forms, key=lambda f: (forms[f], f), default="")
        out.append(whole if whole and forms[whole] * 3 >= 2 * mentions else name)
    return list(dict.fromkeys(out))


# Nouns that name an event (what happened), the head a news story is named by: "Dravsk bribery trial", "Brackenford
# bus strike", "Tule Creek fire". A phrase that names a thing or a party instead ("terminal contract", "Legionnaires
# disease") gives way to the event the articles report, when most of them name it.
_EVENT_NOUNS = frozenset(
    [
        "fire",
        "wildfire",
        "blaze",
        "flood",
        "floods",
        "flooding",
        "drought",
        "earthquake",
        "storm",
        "hurricane",
        "typhoon",
        "outbreak",
        "epidemic",
        "pandemic",
        "spill",
        "leak",
        "explosion",
        "blast",
        "crash",
        "derailment",
        "collapse",
        "strike",
        "strikes",
        "walkout",
        "stoppage",
        "protest",
        "protests",
        "riot",
        "riots",
        "unrest",
        "uprising",
        "coup",
        "trial",
        "inquiry",
        "inquest",
        "investigation",
        "scandal",
        "fraud",
        "merger",
        "takeover",
        "closure",
        "closures",
        "election",
        "recount",
        "race",
        "referendum",
        "vote",
        "dispute",
        "row",
        "war",
        "siege",
        "attack",
        "shooting",
        "bombing",
        "kidnapping",
        "death",
        "evacuation",
        "shortage",
        "ban",
        "bailout",
        "bankruptcy",
        "recall",
        "lawsuit",
        "resignation",
        "lockout",
        "boycott",
        "breach",
        "hack",
        "cyberattack",
        "landslide",
        "avalanche",
        "eruption",
        "heatwave",
        "stabbing",
        "murder",
        "sinking",
        "collision",
        "poisoning",
        "contamination",
        "layoffs",
        "impeachment",
        "escape",
        "cancellation",
        "reopening",
        "outage",
        "blackout",
        # Kinds of event no planted set had named, so a story of a new kind is still named by what happened:
        # disasters and accidents, proceedings, sport, business, crime.
        "accident",
        "disaster",
        "capsizing",
        "shipwreck",
        "blowout",
        "grounding",
        "tornado",
        "cyclone",
        "tsunami",
        "sinkhole",
        "suspension",
        "prosecution",
        "extradition",
        "retrial",
        "manhunt",
        "doping",
        "acquisition",
        "buyout",
        "insolvency",
        "liquidation",
        "restructuring",
        "redundancies",
        "shutdown",
        "demolition",
        "robbery",
        "heist",
        "theft",
        "abduction",
        "pollution",
        # A machine's or a system's: "satellite failure", "engine malfunction".
        "failure",
        "malfunction",
    ]
)
# An event's verb reports it as surely as its noun ("Ferry sinks off Kellan", "the stand collapsed"): only verbs
# that report nothing else ("closed", "suspended", "banned" say as much of a road, a match or a drug).
_EVENT_VERB_FORMS = {
    form: noun
    for noun, forms in {
        "sinking": "sink sinks sank sunk",
        "capsizing": "capsize capsizes capsized",
        "collapse": "collapses collapsed",
        "derailment": "derail derails derailed",
        "explosion": "explode explodes exploded",
        "eruption": "erupt erupts erupted",
        "resignation": "resign resigns resigned",
        "kidnapping": "kidnap kidnaps kidnapped",
        "murder": "murdered",
        "stabbing": "stabbed",
        "evacuation": "evacuate evacuates evacuated",
        "crash": "crashes crashed",
        "leak": "leaked leaks",
        "spill": "spilled spilt",
        "poisoning": "poisoned",
        "extradition": "extradite extradites extradited",
        "impeachment": "impeach impeached",
        "lawsuit": "sue sues sued",
        "flooding": "flooded",
        "bombing": "bombed",
        "merger": "merge merges merged",
        "hack": "hacked",
        "grounding": "grounds grounded",  # "regulator grounds turboprop fleet": not "the grounds", "on grounds of"
        "failure": "fails failed",  # "the main imager failed": not "failed to agree", "failed in its duty"
    }.items()
    for form in forms.split()
}
# Words for one event that outlets use in turn ("the strike", "the walkout", "the stoppage").
_EVENT_FAMILY = {
    word: words.split()[0]
    for words in (
        "strike strikes walkout stoppage",
        "flood floods flooding",
        "fire wildfire blaze",
        "protest protests unrest riot riots",
        "closure closures shutdown",
        "takeover buyout acquisition",
        "explosion blast",
        "breach hack cyberattack",
        "layoffs redundancies",
        "inquiry investigation",
        "crash collision",
        "outbreak epidemic",
        "storm hurricane typhoon cyclone",
    )
    for word in words.split()
}
# Nouns that name an event only in general ("the case", "the affair"): the story's name when the articles name no
# event of a kind ("Tamsin Greaves case"), never over one ("the case" of a trial is its trial).
_GENERIC_EVENTS = frozenset(["case", "affair", "crisis", "controversy", "saga", "incident"])


# "clinical trial", "a randomised controlled trial", "its phase 2 vaccine trial": a study of patients. "Clinical"
# takes no word between ("a clinical negligence trial" is a court's).
_STUDY = re.compile(
    r"\b(?:clinical|drug|placebo-controlled|(?:vaccine|randomi[sz]ed|phase [\dIV]+)(?: [\w-]+)?) trials?\b",
    re.IGNORECASE,
)
_STUDIES = frozenset(["trial", "trials"])
# Words of a court's trial ("the jury", "prosecutors", "Carrow Crown Court"); "to judge" is no judge.
_TRIED = re.compile(r"\b(?:[Cc]ourt(?:room)?|[Jj]ury|[Jj]urors?|[Pp]rosecut\w+|(?<!\bto )[Jj]udges?)\b")


def _study_at(part: str, at: int, token: str) -> bool:
    """The "trial" at `at` is a study's ("its phase 3 trial", "a clinical trial"): study words right before it."""
    end = at + len(token)
    return any(m.end() == end for m in _STUDY.finditer(part, max(0, at - 40), end))


def _event_phrase(title: str, texts: Sequence[tuple[str, str]], shared: bool = True, names: Sequence[str] = ()) -> str:
    """The event the story's articles name, as "[modifier] event" ("bribery trial", "Tule Creek fire", "Voronin
    trial", "mayor's race"), when the title found does not already end in one; empty when fewer than half the
    articles name the same event. A title that is a name ("Old Tarn Bridge") keeps it: the event goes after it
    ("Old Tarn Bridge closure")."""
    words = title.lower().split()
    if len(words) >= 2 and words[-1] in _GENERIC_EVENTS and all(w[:1].isupper() for w in title.split()[:-1]):
        # "Ashmere incident": the general noun stands in for the event the texts name ("Ashmere cyberattack"), it
        # never goes before it ("Ashmere incident attack"); kept where the texts name none.
        title, words = " ".join(title.split()[:-1]), words[:-1]
    # A title that ends in an event already ("Benfield trial") gives way only to the name the texts themselves put
    # before that event ("Okoro trial opens", "Okoro's trial"): the place before it was added, not written.
    ending = words[-1] if words and words[-1] in _EVENT_NOUNS else ""
    docs: dict[str, int] = {}
    family_docs: dict[str, int] = {}
    noun_docs: dict[str, int] = {}  # a family's articles that name it by a noun, not only by a verb
    headlined: set[str] = set()
    told_in_headline: dict[str, int] = {}  # events headlines report by their verb ("regulator grounds fleet")
    causes: dict[str, int] = {}  # events told as the cause of another ("cancelled sailings after X grounded")
    objects: dict[str, str] = {}  # what a headline's event verb befalls ("grounds turboprop fleet": "fleet")
    uses: dict[str, int] = {}
    before: dict[str, dict[str, int]] = {}
    seen_docs: list[tuple[set[str], set[str]]] = []
    word = _PHRASE_WORD
    # "a phase 2 trial", "the drug trial": a study of patients, which the texts' "trial" then means throughout, not a
    # court's event, unless the texts also speak of a court; a study's own "trial" is never one.
    scanned = [f"{h}. {t[:1500]}" for h, t in texts]
    studied = any(_STUDY.search(t) for t in scanned) and not any(_TRIED.search(t) for t in scanned)
    compounds = _gerund_compounds(texts)
    for headline, text in texts:
        seen = set()
        uses_here: set[str] = set()
        body = " ".join(text[:1500].split())
        lead = _lead(headline, text)
        rest = body[body.find(lead[:40]) + len(lead) :] if lead else body
        for at_part, part in enumerate((clean_headline(headline), lead, rest)):
            tokens = [(m.group(0), m.start()) for m in word.finditer(part)]
            for k, (token, at) in enumerate(tokens):
                event = token.lower()
                joined = f"{tokens[k - 1][0].lower()}{event}" if k > 0 else ""
                if event in _EVENT_NOUNS and joined in _EVENT_NOUNS and token.islower():
                    event = joined  # "cyber attack", "wild fire": the "cyberattack", "wildfire" others write
                if event in _EVENT_VERB_FORMS and (k == 0 or not token[:1].isupper()):
                    if not _noun_form_at(tokens, k, part):
                        seen.add(_EVENT_VERB_FORMS[event])  # "Ferry sinks off Kellan": the article reports the sinking
                        if at_part == 0:
                            verb_event = _EVENT_VERB_FORMS[event]
                            told_in_headline[verb_event] = told_in_headline.get(verb_event, 0) + 1
                            patient = _object_head(tokens, k, part)
                            if patient:
                                objects.setdefault(_EVENT_VERB_FORMS[event], patient)
                        if _CAUSE.search(part, max(0, at - 60), at):
                            causes[_EVENT_VERB_FORMS[event]] = causes.get(_EVENT_VERB_FORMS[event], 0) + 1
                    continue
                if event in _GENERIC_EVENTS and not _generic_event_at(tokens, k, part):
                    continue  # "in any case", "the case for reform": no event
                if event in _STUDIES and (studied or _study_at(part, at, token)):
                    continue
                if event in _BREAKDOWNS and not _breakdown_at(tokens, k):
                    continue  # "the UK's failure to move", "kidney failure": a charge or an illness, no event
                if (event not in _EVENT_NOUNS and event not in _GENERIC_EVENTS) or (token[:1].isupper() and k > 0):
                    continue  # "Fire Chief Dolores Quintana": a capital inside a sentence makes it a name's word
                if _compound_head_after(tokens, k, part, compounds):
                    continue  # "the county fire department": the last noun of a compound is its head
                seen.add(event)
                uses_here.add(event)
                if _CAUSE.search(part, max(0, at - 60), at):
                    causes[event] = causes.get(event, 0) + 1
                uses[event] = uses.get(event, 0) + 1
                if at_part == 0:
                    headlined.add(event)
                pre = _modifier_before(tokens, k, part, names, words)
                if pre:
                    # A possessive says whose event it is ("the mayor's race"): a noun, as sure as two sightings.
                    weight = 2 if pre.endswith(("'s", "’s", "'", "’")) else 1
                    before.setdefault(event, {})[pre] = before.setdefault(event, {}).get(pre, 0) + weight
        for event in seen:
            docs[event] = docs.get(event, 0) + 1
        seen_docs.append((seen, uses_here))
    # "the attack" of a story whose texts say "cyberattack": a bare event noun another one they use ends in is that
    # one said short (one event, called by the longer word, which says which kind).
    tails = {
        e: f
        for e in docs
        for f in docs
        if f != e and f.endswith(e) and f in uses and _EVENT_FAMILY.get(e, e) != _EVENT_FAMILY.get(f, f)
    }

    def family_of(e: str) -> str:
        return _EVENT_FAMILY.get(tails.get(e, e), tails.get(e, e))

    for seen, uses_here in seen_docs:
        for family in {family_of(e) for e in seen}:
            family_docs[family] = family_docs.get(family, 0) + 1
        for family in {family_of(e) for e in uses_here}:
            noun_docs[family] = noun_docs.get(family, 0) + 1
    if ending in tails and len(words) >= 2:
        return " ".join([*title.split()[:-1], tails[ending]])  # "Brenmoor attack" of a "cyberattack": which kind
    if ending:
        # The name the texts give the event may go with another word of its family ("Ashford Springs wildfire": "the
        # Tule Creek fire"): the word it is named with comes with it.
        family = _EVENT_FAMILY.get(ending, ending)
        named = [
            (m, e)
            for e in (ending, *[w for w, f in _EVENT_FAMILY.items() if f == family and w != ending])
            for m, n in before.get(e, {}).items()
            if m[:1].isupper() and n >= 2 and m.lower() not in title.lower()
        ]
        if not named:
            return ""  # a common word ("massive earthquake", "the star's death") says less than the name there
        mod, event = max(named, key=lambda me: (before[me[1]][me[0]], me[1] == ending, me))
        return f"{_full_name(mod, names, ' '.join(f'{h}. {t[:1500]}' for h, t in texts))} {event}"
    if not docs:
        return ""

    # Among events as many articles name, the one the texts give a name ("the Tule Creek fire", not "a wildfire").
    # One event goes by several words across outlets ("strike", "walkout", "stoppage"): the articles naming any of
    # them count for it, and it is called by the word the texts give a name ("the Sable Ridge fire", not "a
    # wildfire"), else by the one the most of them use.
    def rank(e: str) -> tuple[bool, int, int, bool, str]:
        # A name counts only for a word half the family's articles use: two recalling "the Sars epidemic" of 2003
        # do not call the swine flu outbreak all six report.
        named = any(m[:1].isupper() for m in before.get(e, {})) and docs[e] * 2 >= family_docs[family_of(e)]
        return named, docs[e], uses[e], family_of(e) == e, e  # a tie goes to the family's plain word

    best_word: dict[str, str] = {}
    for e in docs:
        family = family_of(e)
        if e in tails:
            continue  # "the attack" is called by the word it is short for
        if e in uses and (family not in best_word or rank(e) > rank(best_word[family])):
            best_word[family] = e
    spread = {e: family_docs[f] for f, e in best_word.items()}

    def enough(e: str) -> bool:
        # An event some article names by its noun: the verb alone ("the ferry sank") does not say what to call it.
        return e in spread and spread[e] * 2 >= len(texts) and (len(texts) < 2 or spread[e] >= 2)

    # An event of a kind wins over one named only in general ("the case"), whenever enough articles name it.
    kinds = [e for e in spread if e not in _GENERIC_EVENTS and enough(e)] or [e for e in spread if enough(e)]
    # A thing some articles leave out is a detail ("mount", "sale"); one every article names is what the story is
    # about ("tram").
    some = bool(words) and not all(re.search(rf"\b{re.escape(words[-1])}", f"{h} {t[:1500]}", re.I) for h, t in texts)
    # A thing a headline's verb acts on ("regulator grounds turboprop fleet") is what the event befalls: the event
    # names the story better than the thing ("Pelican aircraft"). Not a party one sues or merges with ("sues rival").
    common = [w for w in title.split() if w.islower()]
    acted_on = 1 <= len(common) <= 2 and any(
        e in objects and e not in _GENERIC_EVENTS and e not in _PARTY_EVENTS for e in told_in_headline
    )
    detail = not shared or (len(words) <= 2 and some) or acted_on
    if not kinds and detail and len(texts) >= 3:
        # A detail ("Fenwick mount", "Tidewater sale") says less than the event an editor put in a headline: the
        # event goes after whom it befalls instead.
        # A headline's verb tells an event as surely as its noun ("regulator grounds turboprop fleet"); between
        # events as many articles report, the one whose word more of them use in any form ("the grounding", "on the
        # ground", "grounded") is the story's, the other a consequence told by one.
        told = {e: spread[e] for e in spread if e in headlined and e not in _GENERIC_EVENTS}
        # A verb that acts on something ("grounds island ferries") tells the story's event from one headline; one
        # that acts on nothing ("auditor resigns") is a side event unless as many headlines tell it as a noun needs.
        told |= {
            e: family_docs[e]
            for e, n in told_in_headline.items()
            if e not in told and e not in _GENERIC_EVENTS and (e in objects or n * 2 >= len(texts))
        }
        if told:
            event = max(told, key=lambda e: (told[e], causes.get(e, 0), _stem_docs(e, texts), uses.get(e, 0), e))
            # What the headline's verb befalls goes before it ("grounds turboprop fleet": "fleet grounding").
            return f"{objects[event]} {event}".capitalize() if event in objects else event.capitalize()
    if not kinds:
        return ""
    # Among events as many articles report, the one more of them name by its noun: a verb ("the rig exploded")
    # reports the explosion of an oil spill's story, it does not make it the story.
    event = max(
        kinds,
        key=lambda e: (
            spread[e],
            noun_docs.get(family_of(e), 0),
            any(m[:1].isupper() for m in before.get(e, {})),
            uses[e],
            e,
        ),
    )
    if shared and title and len(words) < MAX_WORDS:
        # What is done to the story's thing ("plans to shut Ashcombe library") is the story; a step in deciding it
        # ("the committee vote") that fewer articles report is a side event. So is a method or a detail ("the
        # dredging") beside the action noun every article writes after the thing ("the weir removal").
        done = _done_to_thing(title, texts)
        # An event told as the cause ("shut after a coolant leak") is the story, what was done the consequence.
        side = not _told_as_cause(event, texts)
        if done and side and _EVENT_FAMILY.get(done[0], done[0]) != family_of(event) and done[1] >= spread[event]:
            return f"{title} {done[0]}"
        action = _thing_action(title, texts, spread[event])
        if action:
            return action
    event_name = _named_event(title, event)
    if event_name:
        return event_name  # "Hurricane Ida" names its storm: not "Hurricane Ida storm"
    if shared and title and all(w[:1].isupper() for w in title.split()) and len(title.split()) < MAX_WORDS:
        return f"{title} {event}"  # "Old Tarn Bridge" + "closure"
    mods = before.get(event, {})
    if re.fullmatch(_ACT_NOUNS, event):
        # Whose ban or bid it is ("the agency's ban", "Tidewater's bid") names who acts, not what it befalls.
        body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
        mods = {m: n for m, n in mods.items() if not _agent(re.sub(r"['’]s?$", "", m), body)}
    mod = max(mods, key=lambda w: (mods[w], w[:1].isupper(), w)) if mods else ""  # a name says which best
    if mod and mods[mod] < 2 and not mod[:1].isupper() and mod not in words:
        # A word once before it ("major outbreak") qualifies, a name ("the Tule Creek fire") says which; a word the
        # shared phrase holds too ("measles cases", "Measles outbreak") is what the story is about.
        mod = ""
    if mod and shared and words and mod == words[-1] and len(words) < MAX_WORDS:
        return f"{title} {event}"  # "Hexley rail line" + "line reopening": the whole phrase says which line
    if mod:
        if mod[:1].isupper():
            mod = _full_name(mod, names, " ".join(f"{h}. {t[:1500]}" for h, t in texts))  # "Hale" -> "Victor Hale"
        return f"{mod.rstrip(chr(39))} {event}"  # "drivers' strike" is written "drivers strike" in a title
    if event in _GENERIC_EVENTS:
        return event.capitalize()  # "phone case" would be a thing: the case goes after whom it is about
    if shared and title and len(title.split()) < MAX_WORDS and _singular(words[-1]) == words[-1]:
        # "Capital gains tax" + "row": a bare "Row" would lose what the story is about. A plural says who or what
        # was counted ("bank customers", "mail ballots"), and English puts no plural before an event noun ("tram
        # funding", not "trams funding"): the phrase's own name goes before the bare event instead ("Corriebus
        # drivers" -> "Corriebus strike", "Pellar bank customers" -> "Pellar Bank breach").
        written = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
        if re.search(rf"\b{re.escape(event)} {re.escape(words[-1])}\b", written, re.IGNORECASE):
            # The texts put the event before the phrase's noun ("race permit"): it qualifies the noun, and after it
            # ("Highline permit race") the compound would read backwards.
            return " ".join([*title.split()[:-1], event, title.split()[-1]])
        return f"{title} {event}"
    low = title.lower()
    own = [n for n in names[:5] if low.startswith(n.lower() + " ")]
    # The place a body's name opens with, put in front of the phrase ("Ashmere systems" of "Ashmere County Council"),
    # is as much the story's name.
    caps = list(itertools.takewhile(lambda w: w[:1].isupper(), title.split()))
    if caps and len(caps) < len(title.split()) and any(n.split()[: len(caps)] == caps for n in names[:5]):
        own.append(" ".join(caps))
    if shared and own:
        return f"{max(own, key=len)} {event}"
    return event.capitalize()


# Verbs that say what is done to a thing, by the event noun they report ("plans to shut the library": its closure).
# Not in `_EVENT_VERB_FORMS`: "closed" says as much of a road for the night; only said of the story's thing do they
# report its event.
_THING_VERBS = {
    form: noun
    for noun, forms in {
        "closure": "close closes closed closing shut shuts shutting",
        "demolition": "demolish demolishes demolished demolishing",
        "merger": "merge merges merged merging",
        "reopening": "reopen reopens reopened reopening",
        "cancellation": "cancel cancels cancelled canceled cancelling",
        "suspension": "suspend suspends suspended suspending",
        "evacuation": "evacuate evacuates evacuated evacuating",
    }.items()
    for form in forms.split()
}
_THING_DETERMINERS = r"(?:(?:the|our|its|their|a|this|that|his|her|your)\s+)?"


def _done_to_thing(title: str, texts: Sequence[tuple[str, str]]) -> tuple[str, int] | None:
    """The event a verb reports of the title's thing ("to close our school", "plans to shut Ashcombe Library", "if
    the library closes") and how many articles report it so; None when fewer than half do. The thing is the
    title's last word, or a name written with a capitalised word the title holds ("Ashcombe Library")."""
    words = title.split()
    thing = words[-1].lower() if words else ""
    if not thing.isalpha() or thing in _EVENT_NOUNS:
        return None
    caps = [w for w in words if w[:1].isupper() and w.lower() not in _GLUE]
    forms = "|".join(sorted(_THING_VERBS, key=len, reverse=True))
    things = rf"(?:{re.escape(thing)}|{re.escape(_singular(thing))}s?)"
    named = rf"(?:{'|'.join(re.escape(c) for c in caps)})(?: [A-Z][\w'’-]*){{0,3}}" if caps else r"(?!x)x"
    # "close Ashcombe Library", "shut the school"; "the library closes", "Ashcombe Library would close".
    after = re.compile(rf"\b({forms}) {_THING_DETERMINERS}(?:[A-Z][\w'’-]* ){{0,3}}{things}\b|\b({forms}) {named}\b")
    before = re.compile(
        rf"\b(?:{things}|{named}) (?:(?:will|would|could|may|might|to|is|was) (?:be )?)?({forms})\b(?! (?:off|up))"
    )
    docs: dict[str, int] = {}
    for headline, text in texts:
        told = f"{clean_headline(headline)}. {' '.join(text[:1500].split())}"
        seen = {_THING_VERBS[m.group(1) or m.group(2)] for m in after.finditer(told)}
        seen |= {_THING_VERBS[m.group(1)] for m in before.finditer(told)}
        for noun in seen:
            docs[noun] = docs.get(noun, 0) + 1
    if not docs:
        return None
    noun = max(docs, key=lambda n: (docs[n], n))
    return (noun, docs[noun]) if docs[noun] * 2 >= len(texts) and docs[noun] >= 2 else None


def _thing_action(title: str, texts: Sequence[tuple[str, str]], event_docs: int) -> str:
    """The thing and the noun the texts write after it for what is done to it ("weir removal"; "to remove the weir"),
    where more articles use that noun ("the removal") than name the event found, and a headline or two articles
    write the pair: the story's own action noun, which no list of events can hold. Empty for none."""
    words = title.split()
    if not words or not words[-1].islower():
        return ""
    thing = _singular(words[-1].lower())
    pairs: dict[str, int] = {}
    headlined: set[str] = set()
    for headline, text in texts:
        head = clean_headline(headline)
        seen = set()
        for at, part in enumerate((head, text[:1500])):
            for m in re.finditer(rf"\b{re.escape(thing)}s? ([a-z][a-z-]{{3,}})\b", part):
                nxt = m.group(1)
                if nxt in _TITLE_SKIP or nxt in _VERBS or nxt.endswith(("ed", "ly", "ing")) or nxt in _EVENT_NOUNS:
                    continue
                seen.add(nxt)
                if at == 0:
                    headlined.add(nxt)
        for nxt in seen:
            pairs[nxt] = pairs.get(nxt, 0) + 1
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    best = ""
    best_docs = event_docs
    for nxt, n in pairs.items():
        if n < 2 and nxt not in headlined:
            continue
        if nxt in _PERSON_ROLES or nxt in _PARTIES or _common_plural(nxt.capitalize()) or _role_word(nxt, body):
            continue  # "sheep farmers", "library trustees": who, not what is done
        if not re.search(rf"\b(?:the|a|an|this|its) {re.escape(nxt)}\b", body, re.IGNORECASE):
            continue  # a noun of its own ("the removal"), not a word only ever written after the thing
        if not _done_as_verb(nxt, body):
            continue  # a thing ("flu virus", "tram line"), not what is done to one
        spread = sum(bool(re.search(rf"\b{re.escape(nxt)}\b", f"{h} {t[:1500]}", re.IGNORECASE)) for h, t in texts)
        if spread > best_docs:
            best, best_docs = nxt, spread
    return f"{thing} {best}" if best else ""


def _told_as_cause(event: str, texts: Sequence[tuple[str, str]]) -> bool:
    """Some article tells the event as the cause of what followed ("shut after a coolant leak", "following the
    blast"); "due to vote" schedules one, it causes nothing."""
    cause = re.compile(rf"\b(?:after|following|because of|owing to)\s+(?:[\w'’-]+\s+){{0,4}}{re.escape(event)}\b", re.I)
    return any(cause.search(f"{h}. {' '.join(t[:1500].split())}") for h, t in texts)


_ACTION_ENDINGS = ("al", "ment", "ion")


def _done_as_verb(noun: str, body: str) -> bool:
    """The texts also write the noun, or the verb it is made from, as a verb ("has pruned", "to remove" of "removal"):
    an action's noun; a thing's ("virus", "line") is never done."""
    stems = {noun}
    for ending in _ACTION_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            stems |= {noun[: -len(ending)], noun[: -len(ending)] + "e"}
    forms = "|".join(re.escape(s) for s in sorted(stems))
    verb = rf"\b(?:to|will|would|could|must|should|has|have|had) (?:{forms})(?:e?d)?\b|\b(?:{forms})e?d\b"
    return bool(re.search(verb, body, re.IGNORECASE))


# Events whose verb acts on a party, not a thing: "sues rival", "merges with Acme", "extradites banker".
_PARTY_EVENTS = frozenset(["lawsuit", "merger", "impeachment", "extradition", "kidnapping", "murder", "stabbing"])
# "... after the regulator grounded", "following the blast": what comes next is the cause of what came before.
_CAUSE = re.compile(r"\b(?:after|following|because of|due to)\b(?:\W+[\w'’-]+){0,6}\W+$")


def _object_head(tokens: Sequence[tuple[str, int]], k: int, part: str) -> str:
    """The head noun of what a headline's verb acts on ("grounds turboprop fleet" -> "fleet", "grounds island
    ferries" -> "ferry"): the last of the common words right after it, one space apart; empty for a name, a
    function word or a verb there. A participle after its noun acts on nothing after it ("files leaked online":
    what was leaked is before it)."""
    if k > 0 and _participle(tokens[k][0].lower()) and tokens[k - 1][0].islower():
        return ""
    run: list[str] = []
    for j in range(k + 1, min(k + 4, len(tokens))):
        word, at = tokens[j]
        gap = part[tokens[j - 1][1] + len(tokens[j - 1][0]) : at]
        low = word.lower()
        if gap != " " or not word.islower() or low in _TITLE_SKIP or low in _VERBS or low.endswith(("ed", "ly")):
            break
        run.append(low)
    if not run:
        return ""
    head = run[-1]
    return head[:-3] + "y" if head.endswith("ies") and len(head) > 5 else _singular(head)  # "ferries" -> "ferry"


def _noun_form_at(tokens: Sequence[tuple[str, int]], k: int, part: str = "") -> bool:
    """An event verb's form that is a noun here: "the grounds", "on grounds of", "grounds for appeal"."""
    token = tokens[k][0].lower()
    nxt = tokens[k + 1][0].lower() if k + 1 < len(tokens) else ""
    if token in ("fails", "failed"):
        end = tokens[k][1] + len(tokens[k][0])
        if not part[end : end + 1].isspace():
            return False  # "the imager failed." ends its clause: a breakdown
        # Only a thing that stops working: "failed to agree", "failed its test", "failed in its duty" tell no breakdown.
        return nxt in ("to", "in", "at", "its", "their", "his", "her", "the", "a", "an", "on", "by", "over")
    if token != "grounds":
        return False
    prev = tokens[k - 1][0].lower() if k > 0 else ""
    nxt = tokens[k + 1][0].lower() if k + 1 < len(tokens) else ""
    return prev in _OWNERS or prev in ("on", "of", "in", "at") or nxt in ("for", "of", "that", "to", "")


def _stem_docs(event: str, texts: Sequence[tuple[str, str]]) -> int:
    """How many articles use the event's word in any form ("grounding": "grounded", "on the ground")."""
    stem = re.sub(r"(?:ings?|ions?|ments?|s)$", "", event)
    stem = stem[:-1] if stem.endswith("s") and len(stem) > 5 else stem  # "suspens" of "suspension"
    if len(stem) < 4:
        return 0
    found = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
    return sum(bool(found.search(f"{h} {t[:1500]}")) for h, t in texts)


def _kind_once(title: str, names: Sequence[str], body: str, texts: Sequence[tuple[str, str]] = ()) -> str:
    """A title whose name is followed by the common noun the texts call that name by ("Ever Given ship": "the Ever
    Given, a 400m container ship"; "Ryanair airline grounding": "Ryanair grounded ..., the airline said") without
    that noun: the name says which thing already. A name left alone takes the event most headlines tell ("Halloway
    brewer": "Halloway sues ...", "... as Halloway sues": "Halloway lawsuit"), else keeps the noun."""
    words = title.split()
    missed = [words[0]] if words and texts and _missed_name(words[0], texts, body) else []
    for name in [*names[:5], *missed]:
        size = len(name.split())
        if words[:size] != name.split() or len(words) <= size:
            continue
        # The noun may close a compound ("Orrin Star grain ship": "the grain ship", "the bulker Orrin Star").
        for end in range(size + 1, min(size + 3, len(words) + 1)):
            run = words[size:end]
            if not all(w.islower() and w not in _EVENT_NOUNS for w in run):
                break
            if not _kind_noun(name, run[-1], body):
                continue
            rest = [*words[:size], *words[end:]]
            if len(rest) == 1:
                event = _headline_event([clean_headline(h) for h, _ in texts])
                rest = [*rest, event] if event else []
            if len(rest) >= 2:
                return " ".join(rest)
    return title


# A headline's present-tense verb with a common noun after it, which tells its event there only.
_HEADLINE_ACTS = {"recalls": "recall", "bans": "ban", "suspends": "suspension", "closes": "closure"}


def _headline_event(heads: Sequence[str]) -> str:
    """The event most headlines (two or more) tell, by its noun or its verb ("Halloway sues rival": a lawsuit)."""
    counts: dict[str, int] = {}
    for head in heads:
        told = set()
        tokens = _PHRASE_WORD.findall(head)
        for k, token in enumerate(tokens):
            low = token.lower()
            if k > 0 and not token.islower() and not head.istitle():
                continue  # a name's word ("Fire Chief"), not the event
            nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
            if low in _EVENT_VERB_FORMS and low != "grounds":
                told.add(_EVENT_VERB_FORMS[low])
            elif low in _HEADLINE_ACTS and nxt.islower() and nxt not in _TITLE_SKIP:
                told.add(_HEADLINE_ACTS[low])  # "Brannocks recalls loaves", not "minister recalls the day"
            elif low in _EVENT_NOUNS:
                told.add(low)
        for event in {_EVENT_FAMILY.get(e, e) for e in told}:
            counts[event] = counts.get(event, 0) + 1
    best = max(counts, key=lambda e: (counts[e], e), default="")
    return best if best and counts[best] >= 2 and counts[best] * 2 > len(heads) else ""


_SAYS = r"(?:said|says|added|told|confirmed|announced|stated)"
_AUX_SAYS = r"(?:will|would|was|is|has|had|can|could|may|might|must|said|says)"


def _kind_noun(name: str, noun: str, body: str) -> bool:
    """The texts call the name by this common noun: as the head of a noun phrase in apposition ("the Ever Given, a
    400m container ship"; not "BP, the oil company") or as the one who speaks for a sentence the name opens
    ("Ryanair grounded three jets, the airline said"), where no other name ends in that noun ("the Maritime Safety
    Board ..., the board said")."""
    n, x = re.escape(name), re.escape(noun)
    for m in re.finditer(rf"\b{n}, (?:the|a|an) ((?:[\w'’-]+ ){{0,4}}){x}\b(?!-| [a-z])", body):
        between = m.group(1).split()
        if not any(w.lower() in _TITLE_SKIP or w.lower() in _VERBS or w.endswith("ed") for w in between):
            return True
    # "the injured horse Copper Lane will miss", not "the oil BP spilled": the name ends a clause's subject.
    if re.search(rf"\b(?:[Tt]he|[Aa]n?) (?:[a-z][\w'’-]* ){{0,2}}{x} {n}(?:[,.;:]| {_AUX_SAYS}\b)", body):
        return True
    other = re.compile(rf"\b[A-Z][\w'’-]* {re.escape(noun.capitalize())}\b")
    # Only the sentences that end so are read (a big topic's texts hold thousands).
    for m in re.finditer(rf", the {x},? {_SAYS}\b", body):
        start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        sentence = body[start : m.end()].lstrip()
        if re.match(rf"(?:The )?{n}\b", sentence) and not other.search(sentence):
            return True
    return False


def _said_once(title: str) -> str:
    """A title whose last word is an event that an earlier word already names ("Hurricane Ida storm", "Fort Myers
    hurricane Ian hurricane") without that last word."""
    words = title.split()
    if len(words) < 3 or words[-1].lower() not in _EVENT_NOUNS:
        return title
    family = _EVENT_FAMILY.get(words[-1].lower(), words[-1].lower())
    if any(_EVENT_FAMILY.get(w.lower(), w.lower()) == family for w in words[:-1]):
        return " ".join(words[:-1])
    return title


def _named_event(title: str, event: str) -> str:
    """The name in the title that holds a word for the event ("Hurricane Ida" of "Hurricane Ida power" for the
    storm): the event's own name, which a second word for it would only repeat; else empty."""
    words = title.split()
    family = _EVENT_FAMILY.get(event, event)
    for i, word in enumerate(words):
        if word[:1].isupper() and _EVENT_FAMILY.get(word.lower(), word.lower()) == family:
            j = i
            while j + 1 < len(words) and words[j + 1][:1].isupper():
                j += 1
            k = i
            while k > 0 and words[k - 1][:1].isupper():
                k -= 1
            if j > i or k < i:
                return " ".join(words[k : j + 1])
    return ""


@lru_cache(maxsize=1024)  # one call's phrases share their last words
def _role_word(word: str, body: str) -> bool:
    """Part of how a person is called, not what happened: the texts put it before a role ("finance minister",
    "fans' trust chair") or before a name as a title ("short-seller Pelham Research") in most of its mentions."""
    after = _contexts(body)[0].get(word.lower(), [])
    roles = sum(nxt.lower() in _PERSON_ROLES or (nxt[:1].isupper() and word[:1].islower()) for nxt in after)
    return roles * 2 > len(after) and roles >= 1 and len(after) >= 2


def _party(head: str, body: str) -> bool:
    """A named thing that acts is a party to the story, not what it is about: its head is a body ("Civil Aviation
    Directorate": "the directorate said") or speaks; "Old Tarn Bridge" ("the bridge") does neither."""
    low = head.lower()
    said = r",? (?:said|says|told|announced|added|warned|confirmed|declined)\b"
    return low in _ROLE_NAMES or low in _BODY_HEADS or bool(re.search(rf"\b[Tt]he {re.escape(low)}{said}", body))


_BODY_HEADS = frozenset(["authority", "directorate", "inspectorate", "bureau", "institute", "association"])


def _used_as_noun(word: str, body: str) -> bool:
    """Not a verb two articles happen to share ("what we know", "want to know"): the texts put a determiner or an
    owner before it somewhere ("the ferry"), or never a subject pronoun, "to" or a modal ("measles cases")."""
    _, owned, done = _contexts(body)
    low = word.lower()
    if low not in owned and low in _after_participles(body):
        return False  # "leaked online", "taken offline": how or where it was done, never "the online"
    return low in owned or low not in done


_EN_PARTICIPLES_TEXT = "taken given written driven shown known seen done gone been thrown grown drawn flown"
_EN_PARTICIPLES = frozenset(_EN_PARTICIPLES_TEXT.split())
_PARTICIPLE_WORDS = _PARTICIPLES | _EN_PARTICIPLES


_CLAUSE_END_AFTER = re.compile(r"\b([A-Za-z]+) ([a-z]+) ([a-z]+)\b(?=\s*[.,;:!?)]|\s+(?:and|but|as|after|on|in|at)\b)")


@lru_cache(maxsize=8)
def _after_participles(body: str) -> frozenset[str]:
    """Words the texts end a clause with right after a verb's participle ("files leaked online.", "systems taken
    offline,"): adverbs of how or where, not things. A participle after a determiner qualifies a noun ("the
    doctored video."), and so is the word after it, wherever else it stands."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", body)]
    nouns = {words[k + 2] for k in range(len(words) - 2) if words[k] in _OWNERS and _participle(words[k + 1])}
    return frozenset(
        m.group(3)
        for m in _CLAUSE_END_AFTER.finditer(body)
        if m.group(1).lower() not in _OWNERS and m.group(3) not in nouns and _participle(m.group(2))
    )


def _participle(word: str) -> bool:
    """ "leaked", "taken", "stolen": a verb's participle (a regular one by its ending)."""
    return (word.endswith("ed") and len(word) > 4) or word in _PARTICIPLE_WORDS


_OWNERS_TEXT = "the a an this that these those their his her its our your new every each"
_OWNERS = frozenset(_OWNERS_TEXT.split())
_DETERMINERS = _OWNERS - {"new", "every", "each"}
_DOERS_TEXT = "to i we you they will would can could should must may might did do does not"
_DOERS = frozenset(_DOERS_TEXT.split())
# Verbs an "-ing" verb follows ("keeps turning up", "stopped paying"): the "-ing" word is what is done, not a thing.
_CATENATIVES_TEXT = "keep keeps kept start starts started stop stops stopped begin begins began continue continues"
_CATENATIVES = frozenset(_CATENATIVES_TEXT.split()) | {"continued"}


@lru_cache(maxsize=8)  # one call's texts: every phrase asks of the same body
def _contexts(body: str) -> tuple[dict[str, list[str]], frozenset[str], frozenset[str]]:
    """One pass over the texts: the words after each word (a comma between allowed), the words written after a
    determiner or an owner ("the ferry", "Kellan's ferry"), and those after a subject pronoun, "to" or a modal."""
    tokens = re.findall(r"[A-Za-z][\w'’-]*|[^\w\s]", body)
    after: dict[str, list[str]] = {}
    owned: set[str] = set()
    done: set[str] = set()
    for k, token in enumerate(tokens[:-1]):
        low = token.lower()
        j = k + 1 if tokens[k + 1] != "," else k + 2
        if j < len(tokens) and tokens[j][:1].isalpha():
            after.setdefault(low, []).append(tokens[j])
        nxt = tokens[k + 1].lower()
        if not nxt[:1].isalpha():
            continue
        if low in _OWNERS or low.endswith(("'s", "’s", "s'", "s’")):
            owned.add(nxt)
        elif low in _DOERS or (low in _CATENATIVES and nxt.endswith("ing")):
            done.add(nxt)
    return after, frozenset(owned), frozenset(done)


def _generic_event_at(tokens: Sequence[tuple[str, int]], k: int, part: str) -> bool:
    """ "the case", "her case", "Greaves's case", "the Greaves case": a general event noun names this story's event
    only after a determiner or an owner, singular, and not "the case for" / "in the case of" (an argument, a
    kind)."""
    nxt = tokens[k + 1][0].lower() if k + 1 < len(tokens) else ""
    if nxt in ("for", "of", "that") or k == 0:
        return False
    j = k - 1
    while j > 0 and tokens[j][0][:1].isupper() and tokens[j][0].lower() != "the":
        j -= 1  # "the Greaves case": the name says which
    prev = tokens[j][0].lower()
    return prev in ("the", "this", "her", "his", "their", "its") or prev.endswith(("'s", "’s"))


# A thing's breakdown is an event ("satellite failure", "the engine's failure"); "a failure to <verb>" is a charge
# and "kidney failure" an illness.
_BREAKDOWNS = frozenset({"failure", "malfunction"})
_ILLNESS_BEFORE = frozenset({"kidney", "renal", "liver", "heart", "organ", "respiratory", "lung", "cardiac"})


def _breakdown_at(tokens: Sequence[tuple[str, int]], k: int) -> bool:
    """ "engine failure", "the satellite's malfunction": a breakdown, unless "to" follows or an organ goes before."""
    nxt = tokens[k + 1][0].lower() if k + 1 < len(tokens) else ""
    prev = tokens[k - 1][0].lower() if k > 0 else ""
    return nxt != "to" and prev not in _ILLNESS_BEFORE


def _compound_head_after(
    tokens: Sequence[tuple[str, int]], k: int, part: str, compounds: Collection[str] = frozenset()
) -> bool:
    """A common noun right after the word makes the word a modifier ("fire department", "strike ballot"); so does a
    gerund and a noun the texts write together more than once (`compounds`: "the fire training pad")."""
    if k + 1 >= len(tokens):
        return False
    nxt, at = tokens[k + 1]
    gap = part[tokens[k][1] + len(tokens[k][0]) : at]
    after, after_at = tokens[k + 2] if k + 2 < len(tokens) else ("", 0)
    joined = not part[at + len(nxt) : after_at].strip()  # no full stop or quote mark between
    if nxt.endswith("ing") and nxt.islower() and not gap.strip() and joined and _compound_noun(after):
        # "the fire training pad", "a flood warning siren": a gerund and a noun after it, one compound, where the
        # texts write the pair again; once, it is as likely the event doing something ("the storm causing havoc").
        return f"{nxt} {after}" in compounds
    if not nxt.islower() or gap.strip() or nxt in _TITLE_SKIP or nxt in _VERBS or nxt.endswith(("ed", "ing")):
        return False
    if nxt.endswith("s") and not nxt.endswith("ss") and joined and (after[:1].isupper() or after.lower() in _OWNERS):
        return False  # "Tiger escape shuts Marwood Zoo", "blast rocks the port": a verb with its object
    return not re.search(rf"\b{re.escape(nxt)}\b", _EVENT_VERBS)


def _gerund_compounds(texts: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The lower-case "-ing" word and noun pairs the texts write twice or more ("training pad", "warning siren"): a
    fixed compound recurs; what an event does to something ("causing havoc") is said once."""
    found: dict[str, int] = {}
    for headline, text in texts:
        for m in _GERUND_PAIR.finditer(f"{headline}. {text}"):
            found[m.group(1)] = found.get(m.group(1), 0) + 1
    return frozenset(pair for pair, n in found.items() if n >= 2)


_GERUND_PAIR = re.compile(r"\b(?=([a-z]+ing [a-z]+)\b)")  # a lookahead: "flooding warning siren" has two


def _compound_noun(word: str) -> bool:
    """A singular common noun that can end a compound ("pad", "siren"): not a function word, a verb, a plural
    (the object of a participle: "fire destroying homes") or a participle."""
    low = word.lower()
    return (
        word.islower()
        and len(word) > 2
        and low not in _TITLE_SKIP
        and low not in _VERBS
        and not low.endswith(("s", "ed", "ing", "ly"))
    )


# What an event does after its noun ("the fire burns", "the strike goes ahead"): a verb, not a compound's head.
_EVENT_VERBS = (
    "burns spreads grows goes continues spread grew went began begins starts ends hits threatens hears heard opens "
    "resumes enters widens deepens"  # "trial hears", "inquiry opens", "strike enters third day"
)


def _modifier_before(
    tokens: Sequence[tuple[str, int]], k: int, part: str, key: Sequence[str] = (), about: Collection[str] = ()
) -> str:
    """What the text puts before an event noun to say which: a name after "the" ("the Tule Creek fire") or one of
    the story's key names ("as Voronin trial opens", "Voronin's trial"), a common noun ("bribery trial", "bus
    strike") or a common owner ("the mayor's race", "drivers' strike"); not a verb, a function word or a pronoun."""
    if k == 0:
        return ""
    names: list[str] = []
    j = k - 1
    # Capitalised words right before it, one space apart (no full stop: "anger in the US. An explosion" names no
    # explosion "US An"), up to a determiner ("An explosion", "The Sable Ridge fire").
    while (
        j >= 0
        and tokens[j][0][:1].isupper()
        and tokens[j][0].lower() not in _DETERMINERS
        and len(names) < 3
        and part[tokens[j][1] + len(tokens[j][0]) : tokens[j + 1][1]] == " "
    ):
        names.insert(0, tokens[j][0])
        j -= 1
    key_low = {n.lower() for n in key[:5]}
    if len(names) == 1 and k == 1 and names[0].lower() in about and names[0].lower() not in key_low:
        names = []  # "Measles outbreak closes school": a first capital is style, the word is what the story is about
    if names:
        if part[tokens[j + 1][1] : tokens[k][1]].count(" ") != len(names):
            return ""  # punctuation inside: "said Hollis. Fire ..." is no name for the event
        if j >= 0 and tokens[j][0].lower() == "the":
            # "the Vista's suspension": the owner's name, without the possessive a title would leave dangling, and
            # seen once, not twice (only a common owner, "the mayor's race", is as sure as two sightings).
            return re.sub(r"['’]s?$", "", " ".join(names))
        # Without "the", only a key name of the story (not a weekday) says which: a headline's capitals are style.
        name = re.sub(r"['’]s?$", "", " ".join(names))
        return name if name.lower() in key_low and name not in _CALENDAR else ""
    prev = tokens[k - 1][0]
    low = prev.lower()
    between = part[tokens[k - 1][1] + len(prev) : tokens[k][1]]
    owner = re.sub(r"['’]s?$", "", low)
    if between.strip() or owner in _TITLE_SKIP or low in _VERBS or low.endswith(("ed", "ly", "ing")):
        return ""
    if owner != low:
        return f"{owner}'s" if low.endswith("s") and not owner.endswith("s") else f"{owner}'"  # "mayor's", "drivers'"
    return low


def _name_things(names: Sequence[str], body: str) -> set[tuple[str, ...]]:
    """What the texts write right after each name ("the Kessler lab", "Marlow's depot"), up to three words, each
    lower-cased and singular, none holding the name's own words. The name is matched as written: a lead name that
    is also a common word ("Hope", "May", "Reading") does not collect what follows "we hope" or "it may"."""
    things: set[tuple[str, ...]] = set()
    for lead_name in names:
        held = {_singular(w.lower()) for w in lead_name.split()}
        for m in re.finditer(rf"\b{re.escape(lead_name)}(?:['’]s)?((?: [A-Za-z][\w'’-]*){{1,3}})", body):
            after = [_singular(w.lower()) for w in m.group(1).split()]
            for k in range(1, len(after) + 1):
                if not held & set(after[:k]):
                    things.add(tuple(after[:k]))
                    things.add((*after[: k - 1], after[k - 1].removesuffix("s")))
    return things


def _shared_phrase(
    texts: Sequence[tuple[str, str]],
    names: Sequence[str],
    sections: Collection[str] = _SECTION_WORDS,
    banned: Collection[str] = (),
) -> str:
    """The phrase most articles share, with a place or party in front where one word alone says not which; no word
    of `banned` (the stream's labels) goes in a phrase: it ends one, as a function word does."""
    skip = _TITLE_SKIP
    weight: dict[tuple[str, ...], float] = {}
    docs: dict[tuple[str, ...], int] = {}
    forms: dict[tuple[str, ...], dict[str, int]] = {}
    for headline, text in texts:
        lead = _lead(headline, text)
        got: dict[tuple[str, ...], float] = {}
        for part, value in ((clean_headline(headline), 2.0), (lead, 1.0)):
            for chunk in re.split(r"[.,;:!?()\"“”]", part):
                tokens = _PHRASE_WORD.findall(chunk)
                run: list[str] = []
                for k, word in enumerate([*tokens, ""]):
                    low = word.lower().strip("'’")
                    # "Jackson's death", "the star's death": the owner is no part of the thing ("death").
                    possessive = low.endswith(("'s", "’s"))
                    nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
                    modifier = low in _WHERE_WORDS and nxt not in skip and len(nxt) > 2  # "capital gains tax"
                    kept = low not in skip or (modifier and not nxt.endswith(("ed", "ly")))
                    # "near Corrie Bridge", "outside Halden": a preposition before a place ("a near miss" stays).
                    kept = kept and not (low in _BEFORE_PLACES and k + 1 < len(tokens) and tokens[k + 1][:1].isupper())
                    kept = kept and not (banned and _singular(low) in banned)
                    if word and not possessive and kept and len(low) > 2 and not low.endswith(("ed", "ly")):
                        # Mid-sentence capitals are names; a headline's capitals are its style.
                        common = value == 2.0 or k == 0 or word[:1].islower()
                        run.append(word.strip("'’") if not common or value == 1.0 else low)
                        continue
                    for n in (1, 2, 3):
                        for i in range(len(run) - n + 1):
                            _count_gram(got, forms, run[i : i + n], value)
                    run = []
        for gram, value in got.items():
            weight[gram] = weight.get(gram, 0.0) + value
            docs[gram] = docs.get(gram, 0) + 1
    names_low = {w.lower() for n in names for w in n.split()}
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)

    def a_name(word: str) -> bool:
        """Capitalised inside sentences more often than not ("Esk"); "water" in "Water Board" is not a name."""
        if word[:1].isupper():
            return True
        if word not in names_low:
            return False
        return _count(word.capitalize(), body, mid=True) >= _count(word, body)

    def named_only(gram: tuple[str, ...]) -> bool:
        shown = max(forms[gram].items(), key=lambda kv: (kv[1], kv[0]))[0]
        if not all(a_name(w) for w in shown.split()):
            return False
        # A named thing most articles are about ("Old Tarn Bridge", which the texts also call "the bridge")
        # names the story; a place or a party ("Port Ellis", "Ana Ruiz") does not.
        thing = len(gram) >= 2 and docs[gram] * 3 >= 2 * len(texts) and len(texts) >= 2
        return not (thing and re.search(rf"\b[Tt]he {re.escape(gram[-1])}\b", body) and not _party(gram[-1], body))

    before_colons: list[str] = []  # what the texts write just before each colon, found once when first asked

    def label(gram: tuple[str, ...]) -> bool:
        """A form's label every article writes before a colon ("Key points at 1400 local time:", "Key points:"),
        not the story's name."""
        shown = max(forms[gram].items(), key=lambda kv: (kv[1], kv[0]))[0]
        if not shown[:1].isupper() or shown.isupper():
            return False  # a label opens its line with a capital
        if not before_colons:
            before_colons.append(
                "\0".join(body[max(0, m.start() - 60) : m.start()].lower() for m in re.finditer(":", body))
            )
            before_colons.append(body.lower())
        near = before_colons[0].count(shown.lower())
        if near < 2 or before_colons[1].count(shown.lower()) > near:
            return False  # written away from a colon too: the texts' other phrases are not searched for
        said = len(re.findall(rf"\b{re.escape(shown)}\b", body, re.IGNORECASE))
        labels = len(re.findall(rf"\b{re.escape(shown)}\b[^.:!?\n]{{0,40}}:", body, re.IGNORECASE))
        return said >= 2 and labels == said

    # A lone role word ("trust", "county", "board") names a party to the story, not the story.
    shared = {
        g: v
        for g, v in weight.items()
        if docs[g] >= 2
        and not named_only(g)
        and not (len(g) == 1 and g[0] in _PARTIES)
        and not (len(g) == 1 and not _used_as_noun(g[0], body))
        and g[-1] not in _PERSON_ROLES
        and (g[-1] not in sections or _done_to(g[-1], texts) or _compound(g, body))
        and not _role_word(g[-1], body)
        and not _modifier(g[-1], body)
        and not _clause(g, body)
        and not label(g)
    }
    if not shared:
        return ""
    # What the texts write right after each lead name ("the Kessler lab", "Marlow's depot"): one scan a name,
    # whatever the number of phrases asked about.
    things = _name_things(names[:3], body)
    prefixes = [tuple(_singular(w.lower()) for w in lead_name.split()) for lead_name in names[:3]]

    def named_thing(gram: tuple[str, ...]) -> bool:
        """The texts write the phrase right after a lead name, as its thing ("the Kessler lab", "Marlow's
        depot"), or the phrase holds the name ("Grimbold factory"): what the story is about, not a headline's image
        of it."""
        return gram in things or any(len(gram) > len(h) and gram[: len(h)] == h for h in prefixes)

    # The phrase most articles share first (the story, not one report's angle on it), then a lead name's thing,
    # then weight and length.
    best = max(shared, key=lambda g: (docs[g], named_thing(g), shared[g] * len(g), len(g), " ".join(g)))
    if len(best) == 1:
        # A word all share is better said with the phrase it stands in, if half of those articles use it
        # ("tram" -> "harbour tram", "night" -> "night closure").
        longer = [
            g
            for g in shared
            if len(g) > 1
            and best[0] in g
            and docs[g] * 2 >= docs[best]
            and not any(a_name(w) for w in g)
            and not any(" ".join(g) in n.lower() for n in names)  # "water board" of "Esk Valley Water Board": a party
        ]
        if longer:
            best = max(longer, key=lambda g: (shared[g] * len(g), len(g), " ".join(g)))
    # A title names the thing in the singular where the texts use it too ("Dunmore school", not "schools").
    shown = max(
        forms[best].items(),
        key=lambda kv: (kv[0].split()[-1].lower() == best[-1], kv[1], kv[0].islower(), kv[0]),
    )[0]
    # A headline's style writes a name's word in lower case ("erupts on Corran island"): a word of a key name the
    # texts capitalise inside sentences keeps its capital.
    name_words = {w for n in names[:5] for w in n.split() if w[:1].isupper()}
    # So does a word the texts never write in lower case, only opening sentences ("Ryanair grounds ...").
    shown = " ".join(
        w.capitalize()
        if w.islower()
        and (
            (w.capitalize() in name_words and _proper(w.capitalize(), body))
            or (not _count(w, body) and _count(w.capitalize(), body) >= 2 and not _common_plural(w.capitalize()))
        )
        else w
        for w in shown.split()
    )
    if len(best) < MAX_WORDS - 1:
        shown = f"{shown} {head}" if (head := _compound_head(shown.split()[-1], body)) else shown
    if best[-1] in sections and (done := _done_to(best[-1], texts)):
        # "the altered photo": what was done to it is the story, the participle names it with the noun.
        best = (done, shown.split()[-1].lower())
        shown = " ".join(best)
    if len(best) == 1:
        if docs[best] * 2 < len(texts):
            return ""  # one word few articles share names nothing
        if _missed_name(shown, texts, body):
            return shown  # a name the entity finder missed (it only opens sentences: "Ryanair grounds ...")
        # The name most headlines carry (the story is about it), else where the story happens, else (a story about
        # a person) who it is about.
        heads = [clean_headline(h) for h, _ in texts]
        own = [
            n
            for n in names[:3]
            if _headlined(n, heads) and not set(n.lower().split()) & set(best) and _surnamed(n, names, body)
        ]
        # ... but a person who acts for a place or a body most headlines carry too ("Zelensky" for Kherson) is not
        # whom the story befalls, unless the word is what befalls a person ("Michael Jackson death").
        carried = any(_in_headlines(n, heads) and not _is_person(n.split(), names, body) for n in names[:3])
        if carried and best[-1] not in _PERSONAL_EVENTS:
            own = []
        salient = _full_name(max(own, key=lambda n: _headlined(n, heads)), names, body) if own else ""
        lead = (
            salient
            or _place_name(names[:3], texts, shown)
            or _full_name(next((n for n in names if n.lower() not in shown.lower()), ""), names, body)
        )
        lead = _headline_form(lead, names, heads)
        if not lead or len(lead.split()) > 3:
            return ""  # "Strike" alone does not say which
        return shorten(f"{lead} {shown.lower()}", MAX_TITLE)  # "Haiti earthquake", "Michael Jackson death"
    if len(best) == 2 and not any(w[:1].isupper() or w.lower() in names_low for w in shown.split()):
        place = _place_name(names[:3], texts, shown)
        if place:
            return shorten(f"{place} {shown}", MAX_TITLE)  # "Night closure" says not where: "Hollin night closure"
    return shorten(shown[0].upper() + shown[1:], MAX_TITLE)


def _compound(gram: tuple[str, ...], body: str) -> bool:
    """A section word the texts nearly always write after the same common word ("mental health", "public health"):
    one noun, which may head a title ("student mental health"); after a name ("Egypt world") it is a label."""
    if len(gram) < 2 or not gram[-2].isalpha():
        return False
    pair = _count(f"{gram[-2]} {gram[-1]}", body)
    return pair >= 2 and pair * 3 >= 2 * _count(gram[-1], body)


def _done_to(word: str, texts: Sequence[tuple[str, str]]) -> str:
    """The participle half the articles or more put before a section or format word ("altered photo", "leaked
    video"): the word is then a thing the story is about, not a label; empty when none."""
    docs: dict[str, int] = {}
    for h, t in texts:
        found = re.findall(rf"\b([a-z]{{3,}}ed) {re.escape(word)}s?\b", f"{h}. {t[:1500]}".lower())
        for participle in set(found) - _VERBS:
            docs[participle] = docs.get(participle, 0) + 1
    best = max(docs, key=lambda p: (docs[p], p), default="")
    return best if best and docs[best] >= 2 and docs[best] * 2 >= len(texts) else ""


@lru_cache(maxsize=4096)  # one call's body, asked of each word once
def _count(word: str, body: str, mid: bool = False) -> int:
    """How often the texts write the word whole, as `re.findall(rf"\b{word}\b", body)` counts it, or (`mid`) inside
    a sentence, after a lower-case word or a comma (`(?<=[a-z,] )word\b`). String search, not a regex per word: the
    service passes hundreds of names for a big topic, each asked of 200 articles' text."""

    def word_char(at: int) -> bool:
        return 0 <= at < len(body) and (body[at].isalnum() or body[at] == "_")

    def edge(at: int) -> bool:
        return word_char(at - 1) != word_char(at)

    n, at = 0, body.find(word)
    while at >= 0:
        end = at + len(word)
        before = body[at - 2 : at] if at >= 2 else ""
        start_ok = (len(before) == 2 and before[1] == " " and before[0] in _LOWER_COMMA) if mid else edge(at)
        if start_ok and edge(end):
            n += 1
            at = body.find(word, end)
        else:
            at = body.find(word, at + 1)
    return n


_LOWER_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")
# The newest articles a title is chosen from: a topic born of a backlog (a first run's candidate that gathered
# 2,000 articles of one story before promotion) took over 300 s to title in full, 200 take under a second.
MAX_TEXTS = 200
MAX_WORDS = 5  # a title of five words or fewer is kept when the topic grows (the service re-titles longer ones)
_GLUE = frozenset(["of", "the", "and", "for", "de", "du", "des", "del", "la", "le", "von", "der"])


def _a_name(name: str) -> bool:
    """A name the entity finder gave that can name a story: not a contraction it took for one ("I'm", "I've")."""
    return bool(name.strip()) and not re.search(r"[a-z]['’][a-z]{1,2}$", name, re.IGNORECASE)


def _holds_name(title: str, names: Sequence[str], body: str = "") -> bool:
    """The title holds one of these names, or a word of one that is a name itself ("Jackson" of "Michael
    Jackson"; not "harbour" of "Harbour Street" where the texts write "the harbour")."""
    low = title.lower()
    for name in names:
        words = [w for w in _WORD_ANY.findall(name) if not body or _proper(w, body)]
        if body and len(words) > 1:
            # "Water" of "Dunmere Water" where the texts write "bottled water": a common word, not the name.
            words = [w for w in words if w.isupper() or not _count(w.lower(), body)]
        parts = [p.lower() for p in words if len(p) >= 3 and p.lower() not in _GLUE]
        if name.lower() in low or any(re.search(rf"\b{re.escape(p)}\b", low) for p in parts):
            return True
    return False


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "ary", "ible", "able", "ish", "ese", "ian")


def _compound_head(word: str, body: str) -> str:
    """The noun the texts put after a hyphenated compound they only ever write before a common noun ("IBO
    light-welterweight crown", "EU anti-dumping duties"): a phrase cannot end in it. Empty for any other word."""
    if "-" not in word.strip("-"):
        return ""
    seen = _words_after(word, body)
    if len(seen) < 2 or not all(n.islower() and n not in _TITLE_SKIP and n not in _VERBS and len(n) > 2 for n in seen):
        return ""  # "short-seller Pelham Research": a role before a name heads its own phrase
    return max(set(seen), key=lambda n: (seen.count(n), -seen.index(n)))


@lru_cache(maxsize=1024)  # one call's phrases share their last words
def _modifier(word: str, body: str) -> bool:
    """An adjective ("global": its ending says so) that the texts nearly always put before another content word
    ("global pandemic", "global downturn"): it qualifies a noun and cannot end a phrase that names a story."""
    if not word.endswith(_ADJECTIVE_ENDINGS):
        return False  # "tram" of "tram route" and "maternity" of "maternity unit" head a phrase as well
    seen = _words_after(word, body)
    before = sum(bool(nxt) and nxt.lower() not in _TITLE_SKIP and len(nxt) > 2 for nxt in seen)
    return len(seen) >= 3 and before >= 0.8 * len(seen)


_RUN = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z'’-]*)", re.IGNORECASE)
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
# The only characters a case-blind regex matches to an ASCII letter ("K", the Kelvin sign, to "k").
_CASE_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u212a", "\u017f")


@lru_cache(maxsize=8)  # one call's texts: every word asks of the same body
def _runs(body: str) -> dict[str, list[tuple[int, int]]] | None:
    """Where each word (a run of word characters) is written, by its lower case: one pass over the texts for the
    hundreds of words asked of them; None where a character folds to an ASCII letter and only a regex says."""
    if not body.isascii() and any(c in body for c in _CASE_FOLDS_TO_ASCII):
        return None
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _RUN.finditer(body):
        out.setdefault(m.group(0).lower(), []).append(m.span())
    return out


def _words_after(word: str, body: str) -> list[str]:
    r"""The word after each mention of `word` (empty where none follows), as
    `re.findall(rf"\b{word}\b(?:\s+([A-Za-z][a-z'’-]*))?", body, re.I)` lists them."""
    runs = _runs(body) if _ASCII_WORD.fullmatch(word) else None
    if runs is None:
        return re.findall(rf"\b{re.escape(word)}\b(?:\s+([A-Za-z][a-z'’-]*))?", body, re.IGNORECASE)
    out: list[str] = []
    taken = 0  # a match's next word is not searched again ("global global")
    for start, end in runs.get(word.lower(), ()):
        if start < taken:
            continue
        m = _NEXT_WORD.match(body, end)
        out.append(m.group(1) if m else "")
        taken = m.end() if m else end
    return out


def _with_lead_name(title: str, texts: Sequence[tuple[str, str]], names: Sequence[str]) -> str:
    """The title with one of the story's lead names (its three most named) in front when it holds none:
    "Oil spill" -> "Gulf of Mexico oil spill", "Death" -> "Michael Jackson death". Five words at most."""
    words = title.split()
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    # Names the texts also write in lower case ("Harbour" of a headline, "Midwives") name nothing.
    proper: list[str] = []  # only the first five are used: each check scans the texts twice
    for n in names:
        if any(_proper(p, body) for p in n.split()):
            proper.append(n)
            if len(proper) == 5:
                break
    if not proper:
        return title
    named = " ".join(words[:-1])
    if (
        words[-1].lower() in _EVENT_NOUNS
        and named in names
        and all(_proper(w, body) and (w.isupper() or not _count(w.lower(), body)) for w in words[:-1])
    ):
        return title  # the name the texts give the event ("the Sable Ridge fire") names it on its own
    # A named thing the story is about ("Sallow Canal", "Gallan Mountain Railway landslide") takes no place before it
    # ("Kettle Bend", a dateline's "Tressel").
    thing = " ".join(words[:-1] if len(words) > 2 and words[-1].lower() in _EVENT_NOUNS else words)
    capitals = len(thing.split()) >= 2 and all(w[:1].isupper() for w in thing.split())
    if capitals and (thing in names or _count(thing, body, mid=True) >= 2) and not _owned(thing, body):
        return title
    heads = [clean_headline(h) for h, _ in texts]
    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and _proper(words[0], body):
        # A phrase a body's initials open ("EU anti-dumping duties") takes no dateline town before it, but keeps
        # the place the story is in that half its headlines or more hold: who is hit ("Yemen US strikes",
        # "Russia EU sanctions").
        hit = {
            n: sum(bool(re.search(rf"\b{re.escape(n)}\b", h)) for h in heads)
            for n in proper[:3]
            if not _holds_name(title, [n], body) and len(n.split()) + len(words) <= MAX_WORDS
        }
        # A place the texts put the story in ("struck Houthi targets in Yemen", "sanctions on Russia"), not a
        # headline's label ("Bulletin 32/39: CEB admits ...").
        hit = {n: k for n, k in hit.items() if k * 2 >= len(heads) and k and _placed(n, body)}
        if hit:
            return f"{max(hit, key=lambda n: hit[n])} {title}"
        return title
    if not any(words[0] in n.split() for n in names) and _missed_name(words[0], texts, body):
        return title  # a name the entity finder missed leads already ("Ryanair grounding", not "Boeing Ryanair ...")
    owner = ""
    if _holds_name(title, proper[:3], body):
        # A name that only ever says what kind of thing ("Legionnaires' disease", "Legionnaires' cases") names no
        # place or party: unless an event ends the title ("Tule Creek fire"), the place goes in front.
        held = [n for n in proper[:3] if _holds_name(title, [n], body)]
        # A name the phrase is for ("World Cup bid": "Morocco's World Cup bid") says what, not whose: the name the
        # texts make its owner goes in front.
        whose = _phrase_owner(title, proper[:5], body)
        if whose and len(whose.split()) + len(words) <= MAX_WORDS:
            return f"{whose} {title}"
        # So does a body every country has, whose the texts say ("the Italian Coast Guard"): "Lampedusa Coast
        # Guard rescue".
        if not all(_owned(n, body) for n in held) and (
            words[-1].lower() in _EVENT_NOUNS or not all(_kind_name(n, body) for n in held)
        ):
            return title
        owned = [n for n in held if _owned(n, body)]
        owner = next((o for n in owned if (o := _owner(n, body)) and not _holds_name(title, [o], body)), "")
        proper = [n for n in proper if n not in held and _placed(n, body)]
    # Inside a title a common word is written in lower case ("oil spill"); names and acronyms keep theirs.
    first = words[0]
    lower = len(re.findall(rf"\b{re.escape(first.lower())}\b", body))
    # A word the texts never write in lower case ("LONDON, June 14", "London vaccine") keeps its capital.
    if not first.isupper() and lower and lower >= len(re.findall(rf"(?<=[a-z,] ){re.escape(first)}\b", body)):
        first = first.lower()
    elif _common_plural(first) and not _count(first, body, mid=True):
        first = first.lower()  # "Firefighters" only opens sentences: "Kent firefighters strike"
    elif first.lower() in _EVENT_NOUNS and first[1:].islower():
        first = first.lower()  # an event told only by its verb ("grounded") is still a common noun: "Pelican grounding"
    phrase = " ".join([first, *words[1:]])
    if owner and len(owner.split()) + len(words) <= MAX_WORDS:
        return f"{owner} {phrase}"  # "Nigeria Central Bank devaluation", not the city shoppers spoke in
    for anchor in _anchors(proper, names, body, phrase, heads):
        if len(anchor.split()) + len(words) <= MAX_WORDS:
            return f"{anchor} {phrase}"
    if words[-1].lower() in _EVENT_NOUNS:
        # An event befalls someone, whatever they are: with no place or party to name, the name most headlines
        # carry goes before it ("Lomond Air pilots strike", a firm the finder could not tell from a person).
        carried = [n for n in proper[:3] if len(n.split()) + len(words) <= MAX_WORDS and _in_headlines(n, heads)]
        if carried:
            return f"{max(carried, key=lambda n: (_in_headlines(n, heads), len(n)))} {phrase}"
    return title  # no place, party or subject to name: "Linford maternity" names its place, though not a lead


def _missed_name(word: str, texts: Sequence[tuple[str, str]], body: str) -> bool:
    """A word the texts never write in lower case and two articles' texts (not only headlines, whose style
    capitalises) write capitalised, if only to open sentences ("Ryanair grounded ..."): a name the finder missed."""
    if not word[:1].isupper() or word in _CALENDAR or _count(word.lower(), body) or _common_plural(word):
        return False  # "April" is no party, "Firefighters" (walked out) no firm
    return sum(_count(word, t[:1500]) > 0 for _, t in texts) >= 2


_PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees")


def _common_plural(word: str) -> bool:
    """A plural of a common noun for people ("Firefighters", "Protesters", "Residents"): opening sentences makes
    it no name. A firm named so ("Walkers") is rarer than the crowds a story's sentences open with."""
    return word[1:].islower() and word.lower().endswith(_PLURAL_ENDINGS)


_BODY_KINDS = frozenset(
    ["bank", "guard", "force", "army", "navy", "police", "ministry", "parliament", "government", "agency", "service"]
)


def _owned(thing: str, body: str) -> bool:
    """The texts say whose the body is ("the Italian Coast Guard", "Nigeria's Central Bank"): a kind of body each
    country has, not one named thing like "Sallow Canal" or "Kelby's Old Tarn Bridge"."""
    if thing.split()[-1].lower() not in _BODY_KINDS:
        return False
    owner = r"(?:\b[A-Z][a-z]+['’]s|(?<=[a-z] )[A-Z][a-z]+(?:an|ese|ish|i))"
    return bool(re.search(rf"{owner} {re.escape(thing)}\b", body))


def _phrase_owner(phrase: str, names: Sequence[str], body: str) -> str:
    """The key name the texts write as the owner of the whole phrase ("Morocco's World Cup bid"), where the phrase
    holds no name an article is about and ends in a common noun; empty when none or when the phrase is owned by
    several names (a takeover is "Tidewater's" and "the club's")."""
    words = phrase.split()
    if len(words) < 2 or not words[-1].islower():
        return ""
    found = re.findall(rf"\b((?:[A-Z][\w-]* )?[A-Z][\w-]*)['’]s (?i:{re.escape(phrase)})\b", body)
    owners = {o for o in found if o in names and not _holds_name(phrase, [o])}
    return owners.pop() if len(owners) == 1 else ""


def _owner(thing: str, body: str) -> str:
    """Whose the texts say the thing is by a possessive ("Nigeria" of "Nigeria's Central Bank"), or ""."""
    found = re.findall(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s {re.escape(thing)}\b", body)
    return max(set(found), key=lambda o: (found.count(o), o)) if found else ""


def _headline_form(name: str, names: Sequence[str], heads: Sequence[str]) -> str:
    """A body's short name ("Kestrel" of "Kestrel Bus Company") where most headlines write one longer key name whole
    and none writes the short one alone: the headlines' name for it ("Kestrel Bus Company fares"), the one a reader
    knows; the texts' short name is their second mention. A name the headlines also write alone stays as it is."""
    if " " in name or not name:
        return name
    alone = sum(bool(re.search(rf"\b{re.escape(name)}\b(?! [A-Z])", h)) for h in heads)
    longer = [n for n in names[:5] if n.startswith(f"{name} ") and len(n.split()) <= 3 and _in_headlines(n, heads)]
    if alone or not longer:
        return name
    return max(longer, key=lambda n: (_in_headlines(n, heads), -len(n)))


def _in_headlines(name: str, heads: Sequence[str]) -> int:
    """How many headlines hold the whole name, when most of two or more do; else 0."""
    n = sum(bool(re.search(rf"\b{re.escape(name)}\b", h)) for h in heads)
    return n if n >= 2 and n * 2 > len(heads) else 0


def _anchors(
    proper: Sequence[str], names: Sequence[str], body: str, phrase: str, heads: Sequence[str] = ()
) -> list[str]:
    """Names that can stand before a phrase, best first: the place the texts put the story in most ("in the Gulf
    of Mexico") among the five most named, then organisations among the three most named, then (before a lone
    word) people among them by their full name ("Michael Jackson" for "Jackson"). A person most headlines carry
    goes first: the story befalls them ("Greaves suspended", "Greaves banned": the Greaves case), not the place a
    detail happened at ("the sample was taken at the Midland Open"). A court's seat comes last."""
    words = set(phrase.lower().split())
    places: dict[str, int] = {}
    bodies: list[str] = []
    people: list[str] = []
    for rank, name in enumerate(proper[:5]):
        parts = name.split()
        if not parts or words & {p.lower() for p in parts} or _dateline_state(name, body):
            continue
        if parts[0].lower() not in _PLACE_WORDS and _is_person(parts, names, body):  # "Port Ellis says" speaks
            full = _full_name(name, names, body) if rank < 3 else ""
            if full.split()[:1] and full.split()[0].lower().rstrip(".") in _PLACE_WORDS | {"st"}:
                bodies.append(full)  # "Audra" written in full as "St Audra": a church or a town, not a person
            elif full:
                people.append(full)
        elif placed := _placed(name, body):
            places[name] = placed
        elif rank < 3 and (len(parts) == 1 or parts[0].lower() in _PLACE_WORDS or "&" in parts):
            bodies.append(name)  # "BP", "Northgrid", "Port Ellis"; two other names may be a person's ("Keisha Barnes")
    # A person goes before a lone word of what befell them ("Michael Jackson death"), not before a thing
    # ("Ana Ruiz harbour tram").
    best_places = sorted(places, key=lambda n: -places[n])
    found = list(dict.fromkeys([*best_places, *bodies, *(people if len(words) == 1 else [])]))
    # An event befalls the thing the headlines are about ("Research ship adrift after engine failure"), which the
    # texts name ("the Halcyon Star, the institute's research ship"): its name goes first, whatever it is.
    event = phrase.split()[-1].lower() in _EVENT_NOUNS if phrase.split() else False
    thing = _thing_name([n for n in proper[:5] if not words & {p.lower() for p in n.split()}], heads, body)
    if event and thing:
        found = [thing, *[n for n in found if n != thing]]
    # A person most headlines carry leads only where the story befalls them ("Ivo Marek case", "Truss resignation"),
    # or where no place or body is carried by most headlines as well: a leader or a speaker acts for the place or the
    # firm the story is about ("Kherson counteroffensive", not "Volodymyr Zelensky counteroffensive").
    personal = phrase.split()[-1].lower() in _PERSONAL_EVENTS if phrase.split() else False
    persons = {n for n in found if _headlined(n, heads) and _surnamed(n, names, body)}
    carried = any(_in_headlines(n, heads) for n in found if n not in persons)

    def lead(n: str) -> int:
        return _headlined(n, heads) if n in persons and (personal or not carried) else 0

    # Stable: the kinds' order among the rest; a court's seat only when nothing else can stand there, unless most
    # headlines carry it: a town's trial is often heard in the town ("Flint trial").
    # A place the texts put the story in once ("arrested a teenager in Sydney") does not go before the company most
    # headlines carry ("Optel data breach").
    firm = any(_in_headlines(n, heads) for n in bodies)

    def thin(n: str) -> bool:
        return firm and places.get(n, 2) < 2 and not _in_headlines(n, heads)

    # Before an agent-patient event ("takeover", "grounding") what it befalls, the name the articles are about,
    # goes first (not the port the ferries are tied up in), and the one who acts (the buyer, the regulator) last.
    acted = bool(re.fullmatch(_ACT_NOUNS, phrase.split()[-1].lower())) if phrase.split() else False
    return sorted(
        found,
        key=lambda n: (
            acted and _agent(n, body),
            (acted or bool(thing and event)) and n != (thing if thing and event else proper[0]),
            -lead(n),
            thin(n),
            _venue(n, body) and not _in_headlines(n, heads),
        ),
    )


# Events that befall a person, whom the story is then about, whatever place or body the headlines carry too.
_PERSONAL_EVENTS_TEXT = (
    "case trial retrial death resignation extradition doping suspension ban prosecution impeachment murder "
    "kidnapping abduction stabbing arrest conviction sentencing acquittal funeral sacking exit departure"
)
_PERSONAL_EVENTS = frozenset(_PERSONAL_EVENTS_TEXT.split())


# Where a case is heard: "the Elvstad district court", "Carrow Crown Court", "Halden tribunal".
_COURT = (
    r"(?:(?:district|crown|high|county|magistrates['’]?|supreme|federal|appeals?|sheriff|criminal) )?"
    r"(?:court|tribunal)"
)


def _dateline_state(name: str, body: str) -> bool:
    """A state's abbreviation a dateline puts after the town ("FLINT, Mich. –"), and the texts nowhere else: where
    the story was filed from, not a place to name it by."""
    mentions = len(re.findall(rf"\b{re.escape(name)}\b", body))
    return bool(mentions) and len(re.findall(rf"\b[A-Z][\w'’-]*, {re.escape(name)}\.", body)) == mentions


def _venue(name: str, body: str) -> bool:
    """The texts name the place as a court's seat: it is where the story is heard, not where it happened or whom it
    befell ("households from Branna" sue in "the Elvstad district court")."""
    if re.fullmatch(rf"(?:[A-Z][\w'’-]* )*{_COURT}", name, re.IGNORECASE):
        return True  # "the High Court", "Carrow Crown Court": the court itself
    return bool(re.search(rf"\b{re.escape(name)} {_COURT}\b", body, re.IGNORECASE))


def _surnamed(name: str, names: Sequence[str], body: str) -> bool:
    """Surely a person: a surname the texts also give with a given name ("Greaves" of "Tamsin Greaves"), or a full
    name whose surname also stands alone ("Reza Farahani": "Farahani denies"); a firm ("Kestrel Buses said") is
    written whole."""
    parts = name.split()
    if len(parts) == 1:
        full = [n for n in names if len(n.split()) in (2, 3) and n.split()[-1] == name]
        return bool(full) and _is_person(full[0].split(), names, body)
    if len(parts) > 3 or parts[0].lower() in _PLACE_WORDS:
        return False
    alone = re.search(rf"(?<!{re.escape(parts[-2])} )\b{re.escape(parts[-1])}\b", body)
    return bool(alone) and _is_person(parts, names, body)


def _headlined(name: str, heads: Sequence[str]) -> int:
    """How many headlines name this person (by the surname: "Greaves" for "Tamsin Greaves"), when most of two or
    more do; else 0."""
    last = name.split()[-1] if name.split() else ""
    n = sum(bool(last) and bool(re.search(rf"\b{re.escape(last)}\b", h)) for h in heads)
    return n if n >= 2 and n * 2 > len(heads) else 0


def _kind_name(name: str, body: str) -> bool:
    """A name the texts nearly always put before a common noun ("Legionnaires' disease", "Legionnaires' cases"):
    it says what kind of thing, like an adjective, not who or where; "Voronin said", "in Halbury" stand alone."""
    mentions = re.findall(rf"\b{re.escape(name)}\b(['’]s?)?(?:\s+([A-Za-z][a-z'’-]*))?", body)
    # Not a verb after it ("Halloway sued", "Halloway sues"): a party that acts.
    kind = sum(
        mark in ("", "'", "’")
        and nxt.islower()
        and nxt not in _TITLE_SKIP
        and nxt not in _VERBS
        and nxt not in _EVENT_VERB_FORMS
        and not nxt.endswith("ed")
        for mark, nxt in mentions
    )
    return len(mentions) >= 2 and kind * 4 >= 3 * len(mentions)


def _full_name(name: str, names: Sequence[str], body: str) -> str:
    """A person named by a surname alone goes by the full name the texts also give ("Jackson" -> "Michael
    Jackson"); anything else stays as it is."""
    if len(name.split()) != 1 or not _is_person([name], names, body):
        return name
    # "Professor Kessler", "Dr Kessler": a form of address, not a given name.
    full = [
        n
        for n in names
        if len(n.split()) in (2, 3) and n.split()[-1] == name and n.split()[0].lower().rstrip(".") not in _ADDRESSES
    ]
    return max(full, key=lambda n: (len(re.findall(rf"\b{re.escape(n)}\b", body)), n)) if full else name


_ADDRESSES_TEXT = "mr mrs ms miss mx dr prof professor sir dame lord lady cllr councillor rev judge justice"
_ADDRESSES = frozenset(_ADDRESSES_TEXT.split())


@lru_cache(maxsize=64)  # one title asks of the same words often; bodies are a call's texts, so few are kept
def _proper(word: str, body: str) -> bool:
    """The texts write this word capitalised inside sentences at least as often as in lower case, or never in lower
    case at all ("Ordale" only opens sentences and a dateline): a name."""
    if word.isupper() and len(word) > 1:
        return True
    low = len(re.findall(rf"\b{re.escape(word.lower())}\b", body))
    mid = len(re.findall(rf"(?<=[a-z,] ){re.escape(word)}\b", body))
    # A name the finder recased ("Balpa-n" of "BALPA-N") is not written so anywhere: no such name is in the texts.
    written = bool(mid) or bool(re.search(rf"\b{re.escape(word)}\b", body))
    return word[:1].isupper() and written and (not low or mid >= low)


def _placed(name: str, body: str) -> int:
    """How often the texts put the story in a place ("in the Gulf of Mexico", "on Skerry"); 0 for a name placed
    in under a quarter of its mentions (a company is mostly the subject, "BP said", now and then "at BP")."""
    mentions = len(re.findall(rf"\b{re.escape(name)}\b", body))
    where = r"\b(?:in|at|on|off|near|across|around) (?:the )?"
    found = re.findall(rf"{where}{re.escape(name)}\b(?:\s+([a-z][a-z-]*))?", body)
    # "at the Kettleby depot" puts it at a depot, which the name only says which of.
    placed = sum(not nxt or nxt in _TITLE_SKIP or nxt in _VERBS for nxt in found)
    return placed if placed * 4 >= mentions else 0


def _fallback_phrase(
    texts: Sequence[tuple[str, str]], names: Sequence[str], sections: Collection[str] = _SECTION_WORDS
) -> str:
    """No phrase two articles share: the noun most of them use (then the one used most), for a lead name to go
    in front of. Never a headline: a title names the story, it does not tell it."""
    counts: dict[str, int] = {}
    uses: dict[str, int] = {}
    for headline, text in texts:
        # "the short-seller's claims": the owner is a noun as well, hyphen and all.
        words = [re.sub(r"['’]s?$", "", w) for w in _PHRASE_WORD.findall(f"{headline} {text[:1500]}")]
        seen = [
            _singular(w)
            for w in words
            if w[:1].islower()
            and len(w) > 2
            and w not in _TITLE_SKIP
            and w.replace("-", "").isalpha()
            and not w.endswith(("ed", "ly", "-"))
        ]
        for w in seen:
            uses[w] = uses.get(w, 0) + 1
        for w in set(seen):
            counts[w] = counts.get(w, 0) + 1
    held = {w.lower() for n in names for w in n.split()}
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts).lower()
    # A noun: the texts put "the", "a" or an owner before it somewhere ("the flu"); "like" or "going" never.
    nouns = set(re.findall(r"\b(?:the|a|an|this|that|their|his|her|its|our|new) ([a-z]+(?:-[a-z]+)*)", body))
    nouns |= {_singular(w) for w in nouns}
    nouns -= _VERBS
    body_cased = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    nouns = {w for w in nouns if not _role_word(w, body_cased)}
    best = max(
        (w for w in counts if w not in held and w in nouns and w not in sections),
        key=lambda w: (counts[w], uses[w], w),
        default="",
    )
    if best and counts[best] < 2 <= len(texts):
        # No noun two articles share: the event one of them reports, with the noun before it ("flu epidemic"),
        # says more of the story than a word one article repeats ("blue" of "once in a blue moon").
        told = re.findall(r"[a-z]+", body)
        events = [
            (mod if mod not in _TITLE_SKIP and mod not in _ILLNESS_BEFORE and len(mod) > 2 else "", event)
            for mod, event in zip(["", *told], told, strict=False)
            if event in _EVENT_NOUNS
        ]
        if events:
            mod, event = max(events, key=lambda me: (events.count(me), uses.get(me[0], 0), me))
            return f"{mod} {event}".strip().capitalize()
    return best.capitalize()


def _place_name(names: Sequence[str], texts: Sequence[tuple[str, str]], phrase: str) -> str:
    """The first key name that can stand before a common phrase: a place or an organisation of one or two
    words, not a person ("Ana Ruiz", or "Cole" after "Rhiannon Cole") nor a name the phrase already holds."""
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    words = set(phrase.lower().split())

    def common(word: str) -> bool:
        """ "Midwives", "Hospital": capitalised in a headline or a longer name, but the texts also write it
        in lower case ("enough midwives", "march on the hospital"), so it names no place."""
        return bool(re.search(rf"\b{re.escape(word.lower())}\b", body))

    venues: list[str] = []
    heads = [clean_headline(h) for h, _ in texts]
    for name in names:
        parts = name.split()
        if len(parts) > 2:
            # "Ashmere County Council", "Brackwell Borough Council": a body named by its place stands for the place.
            parts = _institution_place(parts, body)
            name = " ".join(parts)
        if not parts or len(parts) > 2 or words & {p.lower() for p in parts} or _dateline_state(name, body):
            continue
        if _is_person(parts, names, body) or (len(parts) == 1 and common(parts[0])) or _recased(name, body):
            continue
        if _numbering(name, body) or _listener(name, body) or _field_label(name, body):
            continue
        if _venue(name, body) and not _in_headlines(name, heads):
            venues.append(name)
            continue
        return name
    if venues:
        return venues[0]
    # No key name is a place: a capitalised word that most articles use and never write in lower case
    # ("Linford" of "Linford General Hospital" and "Save Linford Births") is where the story happens.
    held = {w.lower() for n in names for w in n.split() if _is_person(n.split(), names, body)}
    named = set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", body))  # capitalised mid-sentence: a name
    counts: dict[str, int] = {}
    for h, t in texts:
        for w in set(re.findall(r"\b[A-Z][a-z]{3,}\b", f"{h}. {t[:1500]}")) & named:
            if w.lower() in _TITLE_SKIP or w.lower() in words or w.lower() in held or common(w) or w in _CALENDAR:
                continue
            after = re.search(rf"\b{w} ([A-Z][a-z]+)\b", body)
            if after and _is_person([w, after.group(1)], names, body):
                continue  # "Conrad" of "Conrad Murray": a given name
            counts[w] = counts.get(w, 0) + 1
    # Only a word more articles use than the top key name the caller would fall back on ("Jackson") wins.
    fallback = next((n for n in names if n.lower() not in phrase.lower()), "")
    floor = sum(bool(fallback) and bool(re.search(rf"\b{re.escape(fallback)}\b", f"{h}. {t}")) for h, t in texts)
    spread = [w for w, n in counts.items() if n * 2 >= len(texts) and len(texts) >= 2 and n > floor]
    return _whole_run(max(spread, key=lambda w: (counts[w], w)), body) if spread else ""


# Words that end a local body's name after its place ("Ashmere County Council", "Tarnside Health Board").
_INSTITUTION_TAILS = (
    frozenset(_BODIES_TEXT.split())
    | _BODY_HEADS
    | frozenset(["county", "borough", "district", "city", "town", "parish", "regional", "metropolitan", "health"])
)


def _institution_place(parts: Sequence[str], body: str) -> list[str]:
    """The place a body's name opens with, where the rest is words for a body ("Ashmere" of "Ashmere County
    Council"); empty for any other longer name ("Department for Local Communities", "Esk Valley Water Board") and
    for one a kind of body opens ("National Health Service")."""
    k = len(parts)
    while k > 0 and parts[k - 1].lower() in _INSTITUTION_TAILS:
        k -= 1
    place = list(parts[:k])
    if k == len(parts) or not 1 <= len(place) <= 2 or len(parts) - k < 2:
        return []
    if not all(p[:1].isupper() and p.isalpha() and _proper(p, body) for p in place):
        return []
    if place[-1].lower().endswith((*_ADJECTIVE_ENDINGS, "an")):
        return []  # "National Health Service", "General Medical Council": a kind of body, no place
    return place


def _numbering(name: str, body: str) -> bool:
    """A name the texts always write before a figure ("UIN 20417", "Callout 17/2044"): a label that numbers a
    question or a report, not a place."""
    mentions = _count(name, body)
    return bool(mentions) and len(re.findall(rf"\b{re.escape(name)} \d", body)) == mentions


def _field_label(name: str, body: str) -> bool:
    """A word a format writes before a colon wherever it writes it ("CLAIM:", "VERDICT (UPDATED):", "Issued:"): the
    label of a field in a fact-check or a notice, not a place."""
    mentions = _count(name, body)
    labels = len(re.findall(rf"\b{re.escape(name)}(?: \([^()]{{1,30}}\))?:", body))
    return " " not in name and bool(mentions) and labels == mentions


def _listener(name: str, body: str) -> bool:
    """A name the texts tell things to ("told Radio Wend", "told the Gazette") and never put anything in, at or
    near: the station or paper that reports the story (or whom it was told to), not where it happens."""
    told = re.search(rf"\btold (?:the )?{re.escape(name)}\b", body)
    return bool(told) and not _placed(name, body)


def _whole_run(word: str, body: str) -> str:
    """The capitalised words the texts nearly always write after the word go with it ("Black" is "Black Sea",
    "Costa" is "Costa Rica"): a place's name is never cut to its first word."""
    mentions = _count(word, body)
    runs = re.findall(rf"\b{re.escape(word)}((?: (?:of )?[A-Z][\w'’-]*)+)", body)
    if not runs or len(runs) * 3 < 2 * mentions:
        return word
    # The shortest continuation most runs share: "Black Sea" of "Black Sea coast", "Black Sea Fleet".
    first = [r.split()[0] if not r.startswith(" of ") else " ".join(r.split()[:2]) for r in runs]
    best = max(set(first), key=lambda r: (first.count(r), r))
    return f"{word} {best}" if first.count(best) * 3 >= 2 * mentions and len(best.split()) <= 2 else word


def _recased(name: str, body: str) -> bool:
    """A name the entity finder recased ("Service Update" of a headline's "SERVICE UPDATE 2:"): the texts write it
    only in another case. (A name they never write at all may be further into an article than the texts here.)"""
    return not _count(name, body) and bool(re.search(rf"\b{re.escape(name)}\b", body, re.IGNORECASE))


def _speaker_starts(before: str) -> bool:
    """A name that says something starts the speaker: not "Fishermen in Port Ardley said" (a place the speakers
    are in) nor "Save Orchard Fields said" (part of a longer name)."""
    words = before[-60:].split()
    if not words:
        return True
    word = words[-1]
    # "the Black Sea said" is no one speaking: a place's or a body's name takes "the", a person's does not.
    return word.lower() not in ("in", "at", "from", "of", "the") and not (word[:1].isupper() and word[-1:].isalpha())


def _is_person(parts: list[str], names: Sequence[str], body: str) -> bool:
    """A person's name: two words that speak ("Ana Ruiz said") or whose last also stands alone ("Ruiz
    welcomed"); one word more often after a given name or before "said" ("Rhiannon Cole", "Cole said") than
    after "in", "at" or "on" ("on Skerry")."""
    if len(parts) == 1 and parts[0].isupper() and parts[0].isalpha() and len(parts[0]) > 1:
        return False  # initials ("BP", "CEB") name a body; "Apparently BP" gives it no given name
    last = re.escape(parts[-1])
    if len(parts) == 2:
        if parts[0].lower() in _PLACE_WORDS and parts[0].lower() not in ("new", "radio"):
            return False  # "Port Ardley", "Lake Esk": a place, even where "people in Port Ardley said"
        if parts[-1].lower() in _STREET_WORDS:
            return False  # "Brinkley Road", "Clark County", even where the finder also kept "Road" alone
        alone = len(re.findall(rf"(?<!{re.escape(parts[0])} )\b{last}\b", body))
        if _count(parts[-1].lower(), body) > alone:
            return False  # "Harlow University": "the university said" more than "University" alone, a common noun
        whole = re.escape(" ".join(parts))
        if " ".join(parts) in _titled(body):
            return True  # "Farida Olumide, Minister for Digital Resilience:", "Owen Maddox, Chief Executive, writes:"
        spoke = any(
            _speaker_starts(body[max(0, m.start() - 60) : m.start()])
            for m in re.finditer(rf"\b{whole},? (?:said|says|told|added)\b", body)
        )
        # "Castlegate Homes said": a last word the texts also write as a common noun ("900 homes") is a firm's.
        spoke = spoke and not re.search(rf"\b{re.escape(parts[-1].lower())}\b", body)
        return spoke or parts[-1] in names or bool(re.search(rf"(?<!{re.escape(parts[0])} )\b{last}\b", body))
    given = sum(
        m.group(1).lower() not in _TITLE_SKIP
        and m.group(1).lower() not in _PLACE_WORDS
        # "On 1 October Halvorsen paid", "on Monday Halvorsen paid": a month after a day's figure, or a weekday
        # after one or a preposition, dates the sentence; it gives no given name ("a letter from June Quill" does).
        and not (m.group(1) in _CALENDAR and _dated(m.group(1), body, m.start()))
        # "Piet de Wit", "Ursula von der Leyen": a particle between given name and surname.
        for m in re.finditer(rf"\b([A-Z][a-z]+) (?:(?:de|van|von|der|den|da|di|del|du|la|le|ter) )*{last}\b", body)
    )
    speaks = len(re.findall(rf"\b{last},? (?:said|says|told|added)\b", body))
    placed = len(re.findall(rf"\b(?:in|at|on|to|from|near|across|around) {last}\b", body))
    # A firm speaks too ("Corriebus said"); a person is introduced by a given name or a title somewhere first.
    return given > 0 and given + speaks > placed


_DATED = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? $")
_DATED_DAY = re.compile(r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Nn]ext|[Ll]ast) $")


def _dated(word: str, body: str, at: int) -> bool:
    """The calendar word at `at` dates its sentence: a day's figure before it ("1 October"), or, for a weekday, which
    is no one's given name, a preposition ("on Monday"). A month after a preposition may be one ("by June Quill")."""
    if _DATED.search(body, max(0, at - 12), at):
        return True
    return word.endswith("day") and bool(_DATED_DAY.search(body, max(0, at - 12), at))


_ROLE_TITLE = "|".join(sorted(w.capitalize() for w in _PERSON_ROLES | {"spokesperson", "spokesman", "spokeswoman"}))
_ROLE_TITLE += "|CEO"
# A name, a comma, then a person's role written as a title ("Minister for Digital Resilience", "Managing Director,
# Kestrel Homes", "Chief Executive, writes"): the title ends there, never running on into a name ("Chief Executive
# John Hale" of a firm's sentence).
_TITLED_AFTER = rf",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:{_ROLE_TITLE})\b(?=\s*[,:;.]|\s+(?:for|of|to|at)\b)"


_TITLED = re.compile(rf"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*){_TITLED_AFTER}")


@lru_cache(maxsize=8)
def _titled(body: str) -> frozenset[str]:
    """Names the texts give a person's role as a title after a comma (each with its shorter tails): a signature or
    an introduction, as a written answer, a letter's reply or an official's message gives them ("Farida Olumide,
    Minister for ...", "Cllr Bernard Lisle, Leader of ...")."""
    found = (m.group(1).split() for m in _TITLED.finditer(body))
    return frozenset(" ".join(words[k:]) for words in found for k in range(len(words)))


# Capitalised words that come before a place's name, not a person's: "Port Ellis", "Lake Esk", "Radio Hollin".
_PLACE_WORDS_TEXT = "port lake mount river saint north south east west new upper lower greater fort cape radio county"
_PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())
# ... and after a street's or a district's: "Brinkley Road", "Harbour Street", "Clark County".
_STREET_WORDS_TEXT = "road street avenue square terrace crescent boulevard county district borough province parish"
# ... and a natural feature's: "Black Sea", "Irish Sea", "Kerran Valley".
_FEATURE_WORDS_TEXT = (
    "sea ocean bay gulf strait island islands isles peninsula valley river lake coast mountains desert"
)
_STREET_WORDS = frozenset(_STREET_WORDS_TEXT.split()) | frozenset(_FEATURE_WORDS_TEXT.split())


_WORD_ANY = re.compile(r"[^\W\d_][\w'’-]*")
# Words inside a noun phrase: "tramway du port", "embalse de Eiras".
_CONNECTORS = frozenset(["de", "du", "des", "del", "la", "d’", "d'", "di", "da"])
# Words before a place's name: "in Hamburg", "im Hafen", "à Brest", "en Vigo".
_LOCATIVES = "in|im|en|à|au|aux"


def _story_title_other(texts: Sequence[tuple[str, str]], names: Sequence[str], lang: str) -> str:
    """`story_title` for another language, with the story's place after a phrase that names none of its lead
    names, in the language's own way: "Tramway du port de Brest", "Tranvía del puerto de Vigo"."""
    title = _phrase_other(texts, names, lang)
    leads = list(names[:3])
    if not title or not leads or _holds_name(title, leads) or len(title.split()) >= MAX_WORDS:
        return title
    caps_are_names = not lexicon(lang).common_nouns
    if caps_are_names and any(w[:1].isupper() for w in title.split()[1:]):
        return title  # "Barrage du Drennec" names its place already
    body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
    # A place: one word the texts put after "in", "à", "en" or "de"/"von" ("le tramway du port de Brest"); a
    # person's two names never stand there alone.
    place = next(
        (n for n in leads if len(n.split()) == 1 and re.search(rf"\b(?:{_LOCATIVES}|de|von) {re.escape(n)}\b", body)),
        "",
    )
    if not place or len(title.split()) + 2 > MAX_WORDS:
        return title
    if lang in ("fr", "es", "it", "pt"):
        return f"{title} {'d’' if lang == 'fr' and place[:1] in 'AEIOUÉÈHaeiou' else 'de '}{place}".replace("’ ", "’")
    return f"{title} {place}"


def _phrase_other(texts: Sequence[tuple[str, str]], names: Sequence[str], lang: str) -> str:
    """The shared phrase for another language: its own function words, noun phrases that may hold "de"/"du",
    and capitals that mark names only where the language does not capitalise every noun (German does)."""
    lex = lexicon(lang)
    skip = lex.stop_words | lex.speech_verbs | lex.verb_words | {w.lower() for w in lex.calendar_words}
    skip |= lex.role_words | {w.lower() for w in lex.title_skip}
    caps_are_names = not lex.common_nouns  # German lists its common nouns: capitals say nothing there
    weight: dict[tuple[str, ...], float] = {}
    docs: dict[tuple[str, ...], int] = {}
    forms: dict[tuple[str, ...], dict[str, int]] = {}
    for headline, text in texts:
        lead = " ".join(_SENTENCE.split(" ".join(text[:1500].split()))[:_LEAD_SENTENCES])
        got: dict[tuple[str, ...], float] = {}
        for part, value in ((clean_headline(headline), 2.0), (lead, 1.0)):
            for chunk in re.split(r"[.,;:!?()\"“”«»„]", part):
                run: list[str] = []
                for word in [*_WORD_ANY.findall(chunk), ""]:
                    low = word.lower().strip("'’")
                    if word and low in _CONNECTORS and run:
                        run.append(low)
                        continue
                    if word and low not in skip and len(low) > 2:
                        run.append(word.strip("'’"))
                        continue
                    for n in (1, 2, 3, 4):
                        for i in range(len(run) - n + 1):
                            words = run[i : i + n]
                            if words[0].lower() in _CONNECTORS or words[-1].lower() in _CONNECTORS:
                                continue
                            if sum(w.lower() not in _CONNECTORS for w in words) > 3:
                                continue
                            _count_gram(got, forms, words, value)
                    run = []
        for gram, value in got.items():
            weight[gram] = weight.get(gram, 0.0) + value
            docs[gram] = docs.get(gram, 0) + 1
    names_low = {w.lower() for n in names for w in n.split()}

    def named_only(gram: tuple[str, ...]) -> bool:
        shown = max(forms[gram].items(), key=lambda kv: (kv[1], kv[0]))[0]
        content = [w for w in shown.split() if w.lower() not in _CONNECTORS]
        # Where every noun is capitalised, the key names hold the story's nouns too ("Hafenbahn"): only a
        # language that marks names by capitals can tell a run of names from the thing the story is about.
        return caps_are_names and all(w[:1].isupper() or w.lower() in names_low for w in content)

    shared = {g: v for g, v in weight.items() if docs[g] >= 2 and not named_only(g)}
    if not shared:
        return ""
    size = {g: sum(w not in _CONNECTORS for w in g) for g in shared}
    best = max(shared, key=lambda g: (shared[g] * size[g], size[g], " ".join(g)))
    shown = max(forms[best].items(), key=lambda kv: (kv[1], kv[0]))[0]
    if size[best] == 1:
        if docs[best] * 2 < len(texts):
            return ""
        candidates = [n for n in names if n and n.lower() not in shown.lower()]
        if not caps_are_names:
            # Capitalised nouns pass for names here ("Lastwagen"): a place is the name the texts put after
            # "in" ("in Hamburg"), so prefer it.
            body = " ".join(f"{h}. {t[:1500]}" for h, t in texts)
            placed = [n for n in candidates if re.search(rf"\b(?:{_LOCATIVES}) {re.escape(n)}\b", body)]
            candidates = placed + [n for n in candidates if n not in placed]
        lead = candidates[0] if candidates else ""
        if not lead or len(lead.split()) > 3:
            # A long compound every article uses names the story on its own ("Hafenbahn", "Wasserknappheit").
            return shown[0].upper() + shown[1:] if len(shown) >= 9 and docs[best] == len(texts) else ""
        return shorten(f"{shown[0].upper() + shown[1:]} {lead}", MAX_TITLE)  # "Hafenbahn Bremerhaven"
    return shorten(shown[0].upper() + shown[1:], MAX_TITLE)


def title_slug(title: str, taken: Iterable[str] = ()) -> str:
    """The slug of a title ("Harbour tram funding" -> "harbour-tram-funding"), unique against `taken`; at most
    40 characters before a "-2", cut at a word."""
    base = slugify(title, MAX_TITLE_SLUG) or "story"
    taken = set(taken)
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


def _count_gram(
    got: dict[tuple[str, ...], float], forms: dict[tuple[str, ...], dict[str, int]], words: list[str], value: float
) -> None:
    """Note a phrase of one article: its best weight there, and one more sighting of the form it was written in.

    A plural counts with its singular ("schools" and "school" are one phrase), shown in the form most written.
    """
    gram = tuple(_singular(w.lower()) for w in words)
    got[gram] = max(got.get(gram, 0.0), value)
    shown = " ".join(words)
    forms.setdefault(gram, {})[shown] = forms.get(gram, {}).get(shown, 0) + 1


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _compound_completed(title: str, texts: Sequence[tuple[str, str]]) -> str:
    """A title ending on a word the texts nearly always write before a noun ("street" of "street lights", "bus" of
    "bus lane") ends on a modifier, the head left off: the noun most written after it goes after it. Only where
    that pair is written three times or more, the word in two articles or more, and it stands alone (before a
    function word or a stop) at most once in four. The noun is one the texts write in lower case ("suspends Hald"
    is a name acted on, not a head), never a person's post ("rescue chief" names who, not what), and a title ending
    on a verb ("club suspends", where the texts also write "suspended") has no head to complete."""
    words = title.split()
    if not words or len(words) >= MAX_WORDS or not words[-1].isalpha() or not words[-1].islower():
        return title
    last = words[-1]
    if last in _VERBS or _verb_form(last, texts):
        return title
    after: dict[str, int] = {}
    docs: dict[str, set[int]] = {}
    total = 0
    for i, (headline, text) in enumerate(texts):
        told = f"{clean_headline(headline)}. {' '.join(text[:1500].split())}"
        for m in re.finditer(rf"\b(?i:{re.escape(last)})\b(?:[ -]([A-Za-z]+)\b(?!['’-]?[A-Za-z]))?", told):
            nxt = m.group(1) or ""
            if nxt and not nxt.islower() and not m.group(0).isupper():
                continue  # "suspends Hald": a name acted on, neither the head nor the word alone
            total += 1
            nxt = nxt.lower()
            if nxt:
                after[nxt] = after.get(nxt, 0) + 1
                docs.setdefault(nxt, set()).add(i)
    if not after:
        return title
    head = max(after, key=lambda w: (after[w], w))
    if head in _TITLE_SKIP or head in _VERBS or head.endswith(("ed", "ly", "ing")) or head in words:
        return title
    if head in _PERSON_ROLES or head in _ROLE_TITLE_WORDS:
        return title
    alone = total - sum(n for w, n in after.items() if w not in _TITLE_SKIP)
    if after[head] < 3 or len(set().union(*docs.values())) < 2 or alone * 4 > total:
        return title
    return f"{title} {head}"


_ROLE_TITLE_WORDS = frozenset(["spokesperson", "spokesman", "spokeswoman", "chief", "boss", "head", "officer"])


def _verb_form(word: str, texts: Sequence[tuple[str, str]]) -> bool:
    """A word in -s the texts also write in -ed or -ing ("suspends": "suspended") is a verb's present, not a noun
    another noun follows ("bus lane")."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 5:
        return False
    stem = word[:-2] if word.endswith("es") and not word.endswith(("ses", "ces", "ges", "ves", "zes")) else word[:-1]
    forms = re.compile(rf"\b{re.escape(stem)}(?:e?d|ing)\b", re.IGNORECASE)
    return any(forms.search(f"{h}. {t[:1500]}") for h, t in texts)


# Verbs that say what is done to a thing by a noun not made from them ("sell the bells": their sale; "switched off
# the lights": the switch-off), and a general one ("changed its licence": a licence change). Not in `_THING_VERBS`,
# whose events rank against others: these only name the story's action where no event does.
_DONE_VERBS = {
    form: noun
    for noun, forms in {
        "sale": "sell,sells,sold,selling",
        "change": "change,changes,changed,changing",
        "closure": "close,closes,closed,closing,shut,shuts,shutting",
        "switch-off": "switch off,switches off,switched off,switching off,turn off,turns off,turned off,turning off",
    }.items()
    for form in forms.split(",")
}
_PASSIVE_HELPER = r"(?:is|are|was|were|be|been|being|to be|will be|would be|has been|have been|had been) "
# The forms a passive takes ("were sold", "was switched off"): "is selling" has the thing as its subject.
_DONE_PARTICIPLES = "sold|changed|closed|shut|switched off|turned off"
# Idioms whose thing is no thing acted on: "changed her mind", "changed hands", "shares closed higher".
_DONE_IDIOMS = {
    "change": frozenset(["mind", "hand", "tack", "tune", "course", "heart", "subject"]),
    "closure": frozenset(
        [
            "share",
            "price",
            "market",
            "poll",
            "stock",
            "index",
            "trading",
            "bourse",
            "exchange",
            "future",
            "bond",
            "yield",
        ]
    ),
}


def _thing_done(title: str, texts: Sequence[tuple[str, str]], names: Sequence[str]) -> str:
    """What is done to the title's thing, where the texts name no event: the verb or its noun said of the thing
    ("to sell our bells", "the sale of the bells": "bells sale"; "changed Tidewell's licence": "licence change";
    "street lights switched off": "street lights switch-off") in half the articles and two or more, or in a
    headline where half the articles write the noun ("the switch-off"). A thing named by a name ending in it
    ("Kestrel Source Licence") is the one changed to, not the story's: whose thing it is (a key name written before
    it, "Tidewell's licence") goes first. Empty for none."""
    words = title.split()
    if not words or len(words) >= MAX_WORDS:
        return ""
    thing = words[-1].lower()
    if not thing.isalpha() or {thing, _singular(thing)} & (_EVENT_NOUNS | set(_DONE_VERBS.values())):
        return ""  # "Dorley organ sale" says what is done already
    things = rf"(?:{re.escape(thing)}|{re.escape(_singular(thing))}s?)"
    verbs = "|".join(re.escape(f) for f in sorted(_DONE_VERBS, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(set(_DONE_VERBS.values()), key=len, reverse=True))
    owner = r"((?:[A-Z][\w-]*['’]s )?)"
    mods = r"(?:[a-z\d'’-]+ ){0,2}"
    # "sell the church's eight bells", "changed Tidewell's licence"; "the sale of these bells"; "the bells' sale";
    # "street lights switched off", "the bells were sold".
    acts = [
        re.compile(rf"\b({verbs}) {_THING_DETERMINERS}{owner}{mods}{things}\b"),
        re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir) ({nouns}) of {_THING_DETERMINERS}{owner}{mods}{things}\b"),
        re.compile(rf"\b(){owner}{things} ({nouns})\b", re.IGNORECASE),
        re.compile(rf"\b(){owner}{things} {_PASSIVE_HELPER}({_DONE_PARTICIPLES})\b", re.IGNORECASE),
        re.compile(rf"\b(){owner}{things} ({_DONE_PARTICIPLES})\b", re.IGNORECASE),
    ]
    docs: dict[str, int] = {}
    headlined: set[str] = set()
    owners: dict[str, int] = {}
    for headline, text in texts:
        head = clean_headline(headline)
        told = f"{head}. {' '.join(text[:1500].split())}"
        seen: set[str] = set()
        for k, act in enumerate(acts):
            # A passive without its helper ("street lights switched off") only in a headline's grammar.
            for m in act.finditer(head if k == 4 else told):
                said = (m.group(3) if k >= 2 else m.group(1)).lower()
                if _idiom_done(_DONE_VERBS.get(said, said), thing, told[m.end() : m.end() + 12]):
                    continue
                seen.add(_DONE_VERBS.get(said, said))
                if m.end() <= len(head):
                    headlined.add(_DONE_VERBS.get(said, said))
                who = m.group(2).rstrip("s '’")
                if who:
                    owners[who] = owners.get(who, 0) + 1
        for noun in seen:
            docs[noun] = docs.get(noun, 0) + 1

    def written(noun: str) -> int:
        # Articles that write the noun with a determiner ("the switch-off", "the part-night switch-off").
        said = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]his) (?:[a-z-]+ )?{re.escape(noun)}\b")
        return sum(bool(said.search(f"{h}. {t[:1500]}")) for h, t in texts)

    told_of = [n for n in docs if docs[n] >= 2 and docs[n] * 2 >= len(texts)]
    told_of += [n for n in headlined if n not in told_of and written(n) >= 2 and written(n) * 2 >= len(texts)]
    if not told_of:
        return ""
    noun = max(told_of, key=lambda n: (docs[n], n))
    if all(w[:1].isupper() for w in words):
        # "Kestrel Source Licence": the name of the thing it became; the thing is whose the texts say it is.
        top = [n for n in names[:3] if n in owners and n.lower() not in title.lower()]
        if not top:
            return f"{title} {noun}"
        return f"{top[0]} {thing} {noun}"
    return f"{title} {noun}"


def _idiom_done(noun: str, thing: str, rest: str) -> bool:
    """A verb in an idiom ("changed her mind", "shares changed hands", "polls closed"), not done to a thing."""
    idioms = _DONE_IDIOMS.get(noun, frozenset())
    return _singular(thing) in idioms or thing in idioms or (noun == "change" and rest.startswith(" hands"))


def _spread_first(names: Sequence[str], texts: Sequence[tuple[str, str]]) -> list[str]:
    """The top name, where one article alone of three or more writes it and repeats it (three times or more), goes
    after the names several write: however often that report writes it ("the Mill Lane underpass" of a fault
    notice), it is its detail, not where or whom the story is about, when a name several write stands among the
    next four and the next name, the one that would lead, is itself written by two articles or more. Lower names
    keep their places (a minute's "A1" among them changes no lead)."""
    if len(texts) < 3 or not names:
        return list(names)
    told = [f"{h}. {t[:1500]}" for h, t in texts]

    def counts(name: str) -> list[int]:
        return [len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)) for t in told]

    top = counts(names[0])
    if sum(c > 0 for c in top) != 1 or max(top) < 3:
        return list(names)
    if not any(sum(c > 0 for c in counts(n)) >= 2 for n in names[1:5]):
        return list(names)  # no other name several articles write: the one report's place is the story's
    if len(names) < 2 or sum(c > 0 for c in counts(names[1])) < 2:
        return list(names)  # the name that would lead is one report's too ("Tiananmen Square" for "China")
    return [*names[1:], names[0]]
