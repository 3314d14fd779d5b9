"""Timelines: resolve temporal expressions against each article's date, rank dates, merge outlets.

A date that many sentences refer to is an event date; sentences that refer to the same date and say
the same thing (from several outlets) become one entry that cites all of them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Literal

import numpy as np

from digest.briefs.cues import SCHEDULE, THREAD_STAMP, states_unknown
from digest.briefs.lexicon import ENGLISH, Lexicon
from digest.briefs.sentences import (
    Sentence,
    article_sentences,
    is_timeline_line,
    is_usable,
    segments,
    split_sentences,
    strip_dateline,
    trim,
)
from digest.briefs.space import Space

Granularity = Literal["day", "month", "year"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR_RE = r"(?P<year>(?:19|20)\d\d)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ORDINAL_WORDS = re.findall(
    r"\w+",
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
)
_ORDINALS = {word: i for i, word in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINALS.update({f"twenty-{w}": 20 + i for w, i in list(_ORDINALS.items())[:9]})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_RE = "|".join(sorted(_ORDINALS, key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}(?:,?\s+{_YEAR_RE})?\b")),
    # "between 20 and 22 January", "20-22 January": the range starts on the first day (a bare "dmy" would read 22)
    (
        "dmy",
        re.compile(
            rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"{_MONTH_RE}(?:,?\s+{_YEAR_RE})?\b"
        ),
    ),
    ("dmy", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+{_YEAR_RE})?\b")),
    # "on the fourth of July", "the twenty-first of March": a day spelled out as an ordinal, as people say it
    # (not a month's possessive: "the second of March's two marathons" is the second marathon, no day)
    (
        "dmy",
        re.compile(rf"\b[Tt]he\s+(?P<ordinal>(?i:{_ORDINAL_RE}))\s+of\s+{_MONTH_RE}(?!['’]s\b)(?:,?\s+{_YEAR_RE})?\b"),
    ),
    # "on 12/5", "until 14/8": a day and month in figures, day first as European pages write them, after a preposition
    # (not a score, a fraction or "24/7"); or opening a box's line ("5/5 - Calvera declares ...", "5/5: ...")
    (
        "dmy",
        re.compile(
            r"(?:(?<=\b(?:on|by) )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bafter )"
            r"|^(?=\S+\s*[:–—-]\s+[A-Z]))"
            r"(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>1[0-2]|0?[1-9])(?![/\d]|[.,]\d|\s*(?:%|percent|per\s+cent)\b|\s+(?:of|majority)\b)"
        ),
    ),
    (
        "my",
        re.compile(rf"\b(?:in|since|by|until|from|of|during|early|late|mid)(?:\s+|-){_MONTH_RE}(?:\s+{_YEAR_RE})?\b"),
    ),
    ("y", re.compile(rf"\b(?:in|since|during|of|until|by)\s+{_YEAR_RE}\b(?!\s*(?:%|percent|people|barrels))")),
    # "a week on Thursday", "a week from Tuesday", "on Thursday week": the weekday a week after the coming one, as
    # British speech fixes a date ten days ahead; "a week last Friday", "a week ago Friday": a week before the last one
    (
        "week_on",
        re.compile(
            rf"\b(?:an?|one)\s+(?P<span>week|fortnight)\s+(?P<dir>on|from|last|ago)\s+(?:(?:this|next|on)\s+)?"
            rf"{_WEEKDAY_RE}\b(?!['’])"
            rf"|\b(?:on|by|until|till|from|before)\s+{_WEEKDAY_RE.replace('weekday', 'weekday2')}\s+"
            r"(?P<span2>week|fortnight)\b(?!['’])",
            re.IGNORECASE,
        ),
    ),
    # "on the 15th", "until the 3rd": a day of the article's month (or the one before or after), as local papers write
    # it; not a rank or a count ("the 15th century", "on the 3rd floor", "by the 2nd round") nor a named month's day
    # ("the 15th of March" is "dmy"'s)
    (
        "dom",
        re.compile(
            r"(?:(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|"
            r"(?<=\bafter )|(?<=day ))the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)–—]|$)|\s+(?:and|but|when|which|that|at|in|to|with|after|before|while|as|was|were|is|are|"
            r"did|will|would|had|has|from|until|for|by|or|so|if|the|a|an|it|its|this|he|she|they|we|about|over|against|"
            r"around|outside|into|on|of\s+(?:this|next|last|the)\s+month)\b)",
        ),
    ),
    (
        "rel_weekday",
        # not a programme's or paper's name ("told Fox News Sunday", "the Sunday Times reported", "the Sunday
        # morning news shows"); "Face the Nation on Sunday" is a date
        re.compile(
            rf"\b(?P<mod>last|next|this|on|early|late|since|until|by)?\s*(?<!\bNews )(?<!\bNews\s\s){_WEEKDAY_RE}\b"
            r"(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Night Live|(?:morning\s+)?(?:news\s+|talk\s+)?shows?)\b)"
            # not a rule for every month ("reported on the last Tuesday of the month")
            r"(?!\s+(?:of|in)\s+(?:the|each|every)\s+(?:month|quarter|year)\b(?!['’]))",
            re.IGNORECASE,
        ),
    ),
    # "Six months ago today", "a year ago today": that day of an earlier month or year, not the article's own day
    (
        "ago_today",
        re.compile(
            r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
            r"(?P<unit>weeks?|months?|years?)\s+ago\s+(?:to\s*day|this\s+week)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "rel_day",
        re.compile(
            r"\b(?P<word>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|"
            r"last night|earlier today)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(r"\b(?P<n>two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b", re.IGNORECASE),
    ),
    (
        "rel_period",
        re.compile(r"\b(?P<mod>last|next|this|earlier this|later this)\s+(?P<unit>month|year)\b", re.IGNORECASE),
    ),
]


@dataclass(frozen=True)
class _Calendar:
    """One language's date patterns and the month and weekday numbers their names stand for."""

    patterns: list[tuple[str, re.Pattern[str]]]
    months: dict[str, int]
    weekdays: dict[str, int]
    future: re.Pattern[str]


def _fold(word: str) -> str:
    """Lower case without accents: "März", "marz" and "MÄRZ" are one month; "février" is "fevrier"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@cache
def _calendar(lex: Lexicon) -> _Calendar:
    """English: the hand-tuned patterns above. Another language: built from its lexicon's calendar data."""
    if lex is ENGLISH or not lex.months:
        return _Calendar(_PATTERNS, _MONTHS, _WEEKDAYS, _FUTURE)
    month = "(?P<month>" + "|".join(re.escape(m) for m in sorted(lex.months, key=len, reverse=True)) + r")\.?"
    weekday = "(?P<weekday>" + "|".join(re.escape(w) for w in lex.weekdays) + ")"
    year = r"(?P<year>(?:19|20)\d\d)"
    preps = "|".join(re.escape(p) for p in sorted(lex.date_prepositions, key=len, reverse=True)) or "(?!x)x"
    patterns = [
        ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
        # "15. Januar 2027", "1er décembre 2029", "15 de enero de 2027"
        (
            "dmy",
            re.compile(
                rf"\b(?P<day>[0-3]?\d)(?:\.|er|º|°)?\s+(?:de\s+)?{month}(?:,?\s+(?:de\s+)?{year})?\b", re.IGNORECASE
            ),
        ),
        (
            "my",
            re.compile(
                rf"(?<!\w)(?:{preps})\s+(?:(?:de|del|du|mois de)\s+)?{month}(?:\s+(?:de\s+)?{year})?\b", re.IGNORECASE
            ),
        ),
        ("y", re.compile(rf"(?<!\w)(?:{preps})\s+{year}\b")),
        ("rel_weekday", re.compile(rf"\b{weekday}\b", re.IGNORECASE)),
    ]
    future = re.compile("|".join(f"(?:{c})" for c in lex.future_cues) or "(?!x)x", re.IGNORECASE)
    months = {_fold(m): i for i, m in enumerate(lex.months, start=1)}
    weekdays = {_fold(w): i for i, w in enumerate(lex.weekdays)}
    return _Calendar(patterns, months, weekdays, future)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_AGO_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    **_NUMBER_WORDS,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_FUTURE = re.compile(
    r"\b(?:will|would be|is expected to|are expected to|is due to|are due to|plans to|is set to|next)\b"
)


Tense = Literal["future", "planned", "present", "past", ""]
_AHEAD: frozenset[Tense] = frozenset(["future", "planned", "present"])  # the verb is (or was) still to come

# The verb a date belongs to, read in the date's own clause (see `clause_tense`). The alternatives are tried in
# order at each position, so "was due to" is a plan before "was" is the past.
_TENSE = re.compile(
    r"(?P<refusal>\bwould\s+not\b|\bwouldn't\b)"  # "would not confirm on Sunday": a refusal, not a plan
    # A plan seen from the past ("he said he would meet them on Saturday", "was due to phone on Saturday").
    r"|(?P<planned>\bwould\b|\bhad\s+until\b|\b(?:was|were)\s+(?:not\s+|also\s+|still\s+)?(?:due|set|expected|scheduled|slated|poised|"
    r"going|planning|preparing|likely|about|to)\s+to\b|\b(?:was|were)\s+to\s+[a-z]+\b"
    r"|\b(?:was|were)\s+(?:not\s+)?(?:due|scheduled|slated|set|listed|timetabled)\s+(?:by|before|on|for)\b"
    # ("the closure that was coming on the 18th": a day still ahead when it was told)
    r"|\b(?:was|were)\s+(?:still\s+)?coming\s+(?=on\b|up\b)"
    r"|(?<!\bis )(?<!\bare )\b(?:planned|intended|aimed|hoped|promised|pledged|vowed|agreed|decided|voted|"
    # ("voted on Tuesday to hold the rerun on Feb. 4": the day it was decided may come between)
    r"threatened|offered|wanted|expected|prepared)\s+(?:on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?to\s+[a-z]+\b"
    r"|\bcould\b(?!\s+(?:not|have)\b))"
    r"|(?P<future>\b(?:will|shall)\b|\b(?:has|have)\s+until\b|\bwon't\b|'ll\b|\b(?:has|have|is|are)\s+yet\s+to\b"
    r"|\b(?:due|set|expected|scheduled|slated|poised|going|planning|preparing|likely|about)\s+to\b"
    # ("was supposed to begin on Tuesday" is a plan its day did not keep: the past of "was", see `_SUPPOSED`)
    # (nor negated or perfect: "was not supposed to sail on Saturday", "had been supposed to announce on Friday")
    r"|(?<!\bwas )(?<!\bwere )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnever )(?<!\bbeen )\bsupposed\s+to\b"
    # "can return home on Sunday": a going or a plan's verb, not "can now confirm the arrest on Sunday"
    r"|\bcan(?:not)?\s+(?:(?:now|still|then|also|finally|only|soon)\s+)?(?:go|return|come|leave|travel|move|fly|sail|"
    r"reopen|open|resume|restart|start|begin|head|apply|register|vote|attend|collect|visit|enter|book|join)\b"
    r"|\b(?:is|are)\s+to\s+(?!be\s+\w+ed\b)[a-z]+\b"
    r"|\b(?:plans?|planning|intends?|aims?|hopes?|wants?|expects?|prepares?)\s+to\s+[a-z]+\b"
    # ("wants it back in time for the festival on 14 August": what is wanted by a day is still to come; not "were
    # finished in time for the race on 2 May")
    r"|\b(?:wants?|hopes?|needs?|expects?|aims?)\s+(?:[\w'’]+\s+){0,4}?in\s+time\s+for\b"
    # (not what was done for the first time: "Prices were first set on 1 May" is past)
    r"|\b(?:scheduled|slated|planned|set|due|listed|timetabled|pencill?ed\s+in)\s+for\b|\bdue\s+(?:there|here|back|home)\s+(?:on|for|by)\b"
    r"|(?<!\bwas first )(?<!\bwere first )\bset\s+on\b"
    r"|\b(?:scheduled|slated|planned|due)\s+on\b|\b(?:is|are)\s+(?:not\s+|now\s+|still\s+|also\s+)?(?:due|expected)\s+(?:by|before)\b"
    # a request or a duty of a body, its decision still to come: "The board is asked, at its meeting on 3 May, to
    # approve", "Tenants are required to leave by 1 June"
    r"|\b(?:is|are)\s+(?:being\s+|now\s+|also\s+)?(?:asked|invited|required|requested|obliged)(?=,|\s+to\s+[a-z])"
    r"|\b(?:must|should|may|might)\b(?!\s+(?:not\s+)?have\b))"
    r"|(?P<postponed>\b(?:postponed|delayed|deferred|adjourned|put off|put back|pushed back|moved|rescheduled|extended|"
    r"brought forward)\b)"
    # (not a noun after a number or determiner: "led by 212 votes on Wednesday")
    # (nor after a number spelled out: "failed by three votes on Thursday")
    r"|(?P<schedule>(?<!\d )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\btwo )(?<!\bthree )(?<!\bfour )"
    r"(?<!\bfive )(?<!\bsix )(?<!\bseven )(?<!\beight )(?<!\bnine )(?<!\bten )(?<!\bfew )(?<!\bmany )(?<!\bseveral )"
    r"\b(?:opens|closes|starts|begins|ends|expires|runs|resumes|reopens|meets|sits|convenes|reconvenes|votes|"
    # ("continues" only before an -ing verb or a period's end: "continues testifying on Tuesday", not "The search
    # continues on Monday", that Monday's news: see `_CONTINUES`)
    r"decides|rules|continues|arrives|departs|returns|launches|kicks off|"
    r"takes effect|takes place|comes into force|goes)\b"
    # the plural's present after a plural noun ("Claims close on 31 October", "Talks resume on Monday"), not after a
    # verb ending in s ("has close ties") nor as an adjective ("sources close to the talks", "leaves two doors open:")
    # (or after "and", sharing the plural's subject: "Claims open on 10 November and close on 28 February")
    r"|(?:(?<=[a-z]s )|(?<=\band ))(?<!\bhas )(?<!\bwas )(?<!\bis )(?<!\bas )(?<!\bits )(?<!\bhis )(?<!\bthis )"
    r"(?<!\bus )"
    r"(?<!\bthus )(?<!\bplus )(?:open|close|start|begin|end|expire|resume|reopen|convene|reconvene)\b"
    # (or the date's own span next: a weekday's match begins with its "on")
    r"(?=\s+(?:on|at|in|from|until|till|by|again|next|this|tomorrow|today|tonight|later|early|late)\b|\s*$))"
    r"|(?P<present>\b(?:is|are)\b(?!\s+(?:not\s+|now\s+|also\s+|still\s+)?(?:due|set|expected|scheduled|slated|poised|going|"
    r"planning|preparing|likely|about|yet)\s+to\b))"
    # ("will have the chance to return to this next Wednesday": the future's "have", not the perfect's)
    r"|(?P<past>\b(?:was|were|had|did|has|(?<!\bwill )(?<!\bshall )(?<!['’]ll )have)\b(?!\s+(?:yet\s+)?to\b)"
    r"|\b(?:said|told|met|began|begun|took|taken|made|went|gone|came|gave|given|held|found|left|rose|fell|fallen|won|"
    r"lost|sent|spent|saw|seen|struck|broke|broken|built|brought|bought|caught|chose|chosen|drove|flew|flown|fought|"
    r"got|grew|heard|kept|knew|led|paid|ran|sold|sought|spoke|spoken|stood|thought|threw|wrote|written|became|froze|"
    r"hid|meant|rang|sank|shook|swept|swore|tore|withdrew|woke|slid|stuck|overtook|undertook|upheld|arose|fled|sat)\b)"
    # A word in -ed, not after a determiner ("the closed bridge") or a hyphen ("so-called").
    r"|(?P<weak>(?<!-)(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
    r"(?<!\bthis )(?<!\bnew )\b(?!(?:need|feed|seed|speed|indeed|exceed|proceed|succeed|breed|greed|weed|heed|deed|"
    r"bleed|shed|hundred|sacred|naked|wicked|kindred|planned|scheduled|expected|proposed|intended|slated|anticipated)\b)"
    r"(?!un)[a-z]{2,}ed\b)"
    # Where the date's clause begins: a new clause, or a phrase naming another event ("after the explosion on").
    # (a full stop after a title or a company's abbreviation ends no clause: "told Sen. Kerry on Monday", "Rand Corp.")
    r"|(?P<stop>[;:–—(*•]|\s-\s|(?<=[a-z]{2})(?<!\b(?:Sen|Rep|Gov|Gen|Col|Adm|Sgt|Rev|Mrs|Inc|Ltd))(?<!\bCapt)"
    r"(?<!\bProf)(?<!\bCorp)(?<!\bDept)(?<!\bBros)\.\s"
    # (but a company's name may end a sentence: "the bid from Nortech Inc. On 2 March, the board rejected it")
    r"|(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp)|(?<=\bBros))\.\s+(?=(?:On|In|At|By|The|A|An|It|Its|He|She|They|We|I|"
    r"This|That|These|Those|There|Then|But|And|Yet|So|Last|Earlier|Later|Since|After|Before|When|While|Meanwhile|"
    r"However|Shares|His|Her|Their|Our)\b)"
    r"|(?i:\b(?:that|after|since|following|when|because|although|though|while|whereas|once|"
    r"if|unless|where|which|who|whom|whose)\b)|,\s*(?:and|but|or)\b)"
)
_UNTIL = re.compile(r"\b(?:until|till|through|thru|to|for|by)\s+(?:the\s+)?$", re.IGNORECASE)
# Only "until" (or "through", as American English says it: "funds the troops through September 30") names the end of
# a period that may reach months ahead: "to", "for" and "by" also name a past day ("for the October 12 attack", "in the
# six months to 30 September", "had doubled by 30 September").
_UNTIL_END = re.compile(r"\b(?:until|till|through|thru)\s+(?:the\s+)?$", re.IGNORECASE)
_HEADING = re.compile(r"\s*:\s")
# A date a preposition or a speech verb leads is the clause's, colon or not: "The talks will resume on Monday: both
# sides ...", "told parliament on 20 January: "We will not give up."" A timeline box's line starts with its date.
_LED = re.compile(
    r"\b(?:on|by|until|till|through|from|since|for|before|after|in|at|to|of|said|says|told|announced|added|wrote)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_LED_IN = re.compile(r"\s*(?:on|by|until|till|through|from|since|for|before|after)\b", re.IGNORECASE)
_LEAD_PREPOSITION = re.compile(r"\s*(?:on|for|by|before)\b(?=\s)", re.IGNORECASE)
# (not after a past verb, "as" or a noun: "were planned on Saturday", "as planned on Wednesday", "a repayment due on
# Sunday", "the results, due on Tuesday,", told after that day)
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Corp|Bros)\.\s*$")
_OPENS = re.compile(r"\s*(?:On|By|From|Until|Since|Last|Next|This|Early|Late)\b")
_IS_BEFORE = re.compile(r"\b(?:is|are)\s+(?:not\s+|now\s+|also\s+|still\s+)?$", re.IGNORECASE)
_DUE_THERE = re.compile(r"due\s+(?:there|here|back|home)\b", re.IGNORECASE)
# A participle after "be" or "being" ("will be held", "is expected to be permanently sealed") takes its tense from
# the words before it.
_PASSIVE = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?$")
# A schedule's word set straight before its day, the preposition dropped as American news writes it: "results are due
# Monday", "the vote is scheduled Friday", "a ruling is expected Thursday", "figures due Thursday will show". Not after
# a past or a comma ("was due Monday but", "The report, due Monday, was published late": told after it).
_BARE_DUE = re.compile(
    r"\b(?P<aux>(?:is|are)\s+(?:not\s+|now\s+|also\s+|still\s+)?)?"
    r"(?P<word>due(?:\s+(?:back|home|out|in\s+court))?|scheduled|slated|expected)\s+$"
)
_BARE_AFTER = re.compile(r"(?:\b(?:was|were|be|been|being|had|has|have)|,)\s*$")
# The noun a bare "due" day describes is followed by a past verb: "Rent due Monday went unpaid", "Payments due Friday
# were missed": told after that day.
_PAST_AFTER = re.compile(
    r"\s+(?:(?!(?:will|would|is|are|may|might|must|could|should|shall|can)\b)[A-Za-z]+\s+){0,3}?(?:(?:was|were|had)\b|(?:went|never|lapsed|fell|came)\b|(?!due\b)[a-z]{2,}ed\b)"
)


def clause_tense(sentence: str, span: tuple[int, int]) -> Tense:
    """When the verb that a date belongs to happens relative to the article: the nearest verb before the date in its
    clause, else the first one after it.

    "The council will vote on 15 January" is future; "Nair announced on Tuesday" past, though the sentence
    says "a footbridge will be put up" first; "the cabinet has postponed its decision until 29 April" future;
    "the consultation closes on 26 April" a present schedule; "after the explosion on April 20" names the date
    of something else, no verb (""). The article's date then places the day.
    """
    aside = _RELATIVE_ASIDE.search(sentence, 0, span[0])
    if aside:
        # "will take evidence from Ms Reid, whose petition gathered 22,000 signatures, a week on Tuesday": the day is
        # the main clause's; the relative clause set off by commas just before it says nothing of its tense
        sentence = sentence[: aside.start()] + " " * (aside.end() - aside.start()) + sentence[aside.end() :]
    if (
        _HEADING.match(sentence, span[1])
        and not _LED.search(sentence, 0, span[0])
        and not _LED_IN.match(sentence, span[0], span[1])
    ):
        return ""  # a timeline box's line ("15 July: Cap is fitted"): a verb before it is the line before's
    bare = None if _LED_IN.match(sentence, span[0], span[1]) else _BARE_DUE.search(sentence[: span[0]].rstrip() + " ")
    if bare is not None and bare.group("aux"):
        # "Applications are due March 2": a present schedule, so a day just gone is this year's, not next year's
        return "present"
    if (
        bare is not None
        and bare.group("word") != "expected"
        and not _BARE_AFTER.search(sentence, 0, bare.start())
        and not _PAST_AFTER.match(sentence, span[1])
    ):
        return "future"
    before = [m for m in _TENSE.finditer(sentence, 0, span[0]) if _verb(m, sentence) and _can_reach(m, span)]
    if _COMPANY_END.search(sentence, 0, span[0]) and _OPENS.match(sentence, span[0], span[1]):
        before = []  # "... the bid from Nortech Inc. On Monday a judge ...": the date opens a sentence
    # A weekday's match begins with its preposition ("on Sunday"), which a schedule's verb before it needs: "is due on
    # Sunday", "is scheduled for Monday" (not "were due on Monday but were delayed", told after that Monday).
    lead = _LEAD_PREPOSITION.match(sentence, span[0])
    if lead:
        extended = [m for m in _TENSE.finditer(sentence, 0, lead.end()) if _verb(m, sentence) and _can_reach(m, span)]
        last = extended[-1] if extended else None
        if (
            last is not None
            and last.end() > span[0]
            and last.lastgroup == "future"
            and (_IS_BEFORE.search(sentence, 0, last.start()) or _DUE_THERE.match(last.group()))
        ):
            before = extended
    weak: re.Match[str] | None = None
    for m in reversed(before):
        if m.lastgroup == "stop":
            break
        if m.lastgroup in ("past", "weak") and _PASSIVE.search(sentence, 0, m.start()):
            continue
        if (
            m.lastgroup in ("past", "weak")
            and _CONTACT_RELATIVE.search(sentence, 0, m.start())
            and _STRANDED.fullmatch(sentence, m.end(), span[0] + _lead_space(sentence, span))
        ):
            continue  # "will be refunded to the card you paid with by Friday": the relative clause's verb
        if m.lastgroup == "weak":
            # A word in -ed may be an adjective ("will continue unabated until August"): a plan stated before
            # it in the same phrase still holds; after a comma it is the verb ("..., Nair announced on Tuesday").
            weak = weak or m
            if "," in sentence[m.end() : span[0]]:
                return "past"
            continue
        if weak is not None and (m.lastgroup not in ("future", "planned") or "," in sentence[m.end() : weak.start()]):
            return "past"
        return _tense_of(m, sentence, span)
    if weak is not None:
        return "past"
    # Nothing before it: the verb follows ("On Saturday, the president will ..."); after a subordinate word
    # ("after the explosion on April 20, BP will ..."), only up to the comma that ends its clause.
    end = len(sentence)
    if before and before[-1].lastgroup == "stop":
        if _EVENT_PHRASE.fullmatch(before[-1].group()) and any(c.isdigit() for c in sentence[span[0] : span[1]]):
            # "The subsidy introduced after riots on April 9 will stay": a phrase with no verb names the riots' day;
            # the verb after it is the sentence's, so the date is the nearest April 9, not next year's
            return ""
        comma = sentence.find(",", span[1])
        end = comma if comma >= 0 else end
    for m in _TENSE.finditer(sentence, span[1], end):
        if not _verb(m, sentence) or _CAN.match(m.group()):
            continue
        if m.lastgroup == "stop":
            break
        if m.lastgroup in ("past", "weak") and _PASSIVE.search(sentence, 0, m.start()):
            continue
        return _tense_of(m, sentence, span)
    if before and _THAT_OBJECT.fullmatch(sentence, before[-1].start(), span[0] + _lead_space(sentence, span)):
        # "is due to consider that on the fourth of July.": "that" is the object, and the day the verb's before it
        verbs = [m for m in before[:-1] if m.lastgroup != "stop" and _verb(m, sentence)]
        if verbs and verbs[-1].lastgroup in ("future", "planned", "schedule"):
            return _tense_of(verbs[-1], sentence, span)
    return ""


# A relative clause with no "that", its preposition left at its end, just before the date: "to the card you paid
# with by Friday", "the hall we booked it for on Monday" (the verb is the clause's, not the date's).
_CONTACT_RELATIVE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|our|your|his|her)\s+(?:[\w'’-]+\s+){1,3}?(?:you|we|they|I|he|she)\s+$"
)
_STRANDED = re.compile(r"(?:\s+\w+)?\s+(?:with|for|to|from|in|at|about|of|into)(?:\s+(?:by|on|before|until))?\s*")
# A relative clause set off by commas that ends where the date begins: ", whose petition gathered 22,000 signatures, ".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which|where)\b(?:[^,;:.()\"“”]|(?<=\d)[,.](?=\d))*,\s*$")
# A preposition naming an earlier event in a phrase of its own: "after riots on April 9", "since the flood on 3 May".
_EVENT_PHRASE = re.compile(r"after|since|following", re.IGNORECASE)
# "that" as a verb's object, a preposition and the day straight after it, the sentence ending there.
_THAT_OBJECT = re.compile(r"that\s+(?:on|by|before|until|in)?\s*", re.IGNORECASE)


def _lead_space(sentence: str, span: tuple[int, int]) -> int:
    text = sentence[span[0] : span[1]]
    return len(text) - len(text.lstrip())


_CAN = re.compile(r"can", re.IGNORECASE)


def _can_reach(m: re.Match[str], span: tuple[int, int]) -> bool:
    """ "can" speaks of a coming day only just before it ("can return home on Sunday"), not from afar ("so the
    agencies can go in. The volunteers picked their way ... on Thursday")."""
    return not _CAN.match(m.group()) or span[0] - m.end() <= 30


_CONTINUES = re.compile(r"\s+(?:[a-z]{2,}ing|until|till|through)\b", re.IGNORECASE)


def _verb(m: re.Match[str], sentence: str) -> bool:
    """Not "continues" alone: "continues testifying on Tuesday" or "continues until August" is a schedule, "The search
    continues on Monday" (written that Monday) that day's news. Nor a plural's present without its preposition:
    "Claims close on 31 October" is a schedule, "public meetings start Wednesday" (written that Wednesday) may be the
    day's own."""
    if m.group().lower() in _PLURAL_SCHEDULE:
        return bool(_PLURAL_NEXT.match(sentence, m.end()))
    return m.group() != "continues" or bool(_CONTINUES.match(sentence, m.end()))


_PLURAL_SCHEDULE = frozenset(
    ["open", "close", "start", "begin", "end", "expire", "resume", "reopen", "convene", "reconvene"]
)
# ("at" or "in" only before a time: "close at midnight", "resume in March"; not a result, "Stocks close at a record
# high on Friday", "Negotiations end in failure on Tuesday", that day's news)
_PLURAL_NEXT = re.compile(
    r"\s+(?:(?:on|from|until|till|by|again|next|this|tomorrow|today|tonight|later|early|late)\b"
    r"|(?:at|in)\s+(?:\d|mid-|(?:midnight|noon|dawn|(?:the\s+)?(?:new\s+year|spring|summer|autumn|fall|winter|morning|"
    r"afternoon|evening))\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))",
    re.IGNORECASE,
)


_WILL_BE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+to|(?:is|are)\s+due\s+to|(?:is|are)\s+being)\s+(?:\w+\s+)?(?:be\s+)?$"
)


def _tense_of(m: re.Match[str], sentence: str, span: tuple[int, int]) -> Tense:
    kind = m.lastgroup
    if kind == "postponed" and m.group().lower() == "moved" and _PLACE_MOVE.search(sentence, m.end(), span[0]):
        # "will be moved by road to Kessen from 20 October": a thing moved, told in the tense of its own verb
        return "future" if _WILL_BE.search(sentence, max(0, m.start() - 30), m.start()) else "past"
    if kind == "postponed":  # "postponed until 29 April" is the new date; "postponed on Monday" when it happened
        # (a weekday's match may begin with its space, and a weekday may come between: "put back to Monday 3 May")
        lead = span[0] + _lead_space(sentence, span)
        until = (
            _UNTIL.search(sentence, 0, lead)
            or _UNTIL_WEEKDAY.search(sentence, 0, lead)
            or re.match(r"(?:until|till|by)\b", sentence[lead:], re.I)
        )
        return "future" if until else "past"
    if kind == "schedule":
        # "the consultation closes on 26 April"; not "new safety rules for drilling before Tuesday's blast"
        return "present" if m.end() > span[1] or span[0] - m.end() <= 25 else ""
    if kind == "future" and m.group().startswith("due") and sentence[: m.start()].rstrip().endswith(","):
        # "The report, due on 4 June, was published a week late", told on 18 June: a deadline set beside its noun is
        # a plan, this year's on either side of the article, not next year's
        return "planned"
    if kind == "future" and m.group().startswith("due") and _past_holder(sentence, m.start()):
        # "did not pay the coupon due on 1 October", told in November: a day set beside the noun of a past verb is
        # that verb's history, this year's, not next year's
        return "planned"
    if kind == "planned" and _FORMER_DEADLINE.fullmatch(m.group()) and not _SAID_BEFORE.search(sentence, 0, m.start()):
        # "The final report was due by 30 June.", told before 30 June: a deadline put in the past while its day is
        # still ahead is one that no longer holds (else "is due by"); not a speaker's backshift ("said it was due by")
        return "past"
    if kind == "future" and _OLD_PLAN_BEFORE.search(sentence, 0, m.start()):
        # "The hearings had been due to start on March 28", told on 11 April; "talks first set for 5 Jan", told on
        # 15 January: a plan given up, told from the past, so its day is the nearest one, not next year's
        return "planned"
    if kind in ("future", "planned"):
        return "future" if kind == "future" else "planned"
    if (
        kind == "present"
        and _IS_ON.fullmatch(sentence, m.end(), span[0] + _lead_space(sentence, span))
        and sentence[span[1] : span[1] + 2] not in ("'s", "’s")  # "the focus is on Monday's vote"
        and _WEEKDAY_SPAN.match(sentence, span[0])  # (a named day keeps its nearest year: "The vote is on 3 March.")
    ):
        return "present"  # "Our annual meeting is on Thursday 19 May", "The hearing is on 3 June": a schedule
    if kind == "refusal" and (_UNTIL_END.search(sentence, 0, span[0]) or _UNTIL_START.match(sentence, span[0])):
        return "planned"  # "said the test would not stop until Sunday": it goes on to the coming Sunday
    return "past" if kind in ("past", "refusal", "weak") else ""


_UNTIL_START = re.compile(r"\s*(?:until|till)\b", re.IGNORECASE)
_WEEKDAY_SPAN = re.compile(rf"\s*(?:on\s+)?{_WEEKDAY_RE}", re.IGNORECASE)
_IS_ON = re.compile(r"\s+(?:(?:now|still|also)\s+)?(?:on\s+)?(?:(?:the|this|next)\s+)?", re.IGNORECASE)
_UNTIL_WEEKDAY = re.compile(rf"\b(?:until|till|to|for|by)\s+(?:the\s+)?{_WEEKDAY_RE},?\s+$", re.IGNORECASE)
_FORMER_DEADLINE = re.compile(r"(?:was|were)\s+due\s+(?:by|before)", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|confirmed|wrote|added)\b", re.IGNORECASE)
# A copula or an adverb before "due": "is due", "are now due", "falls due": "due" is the clause's own verb.
_DUE_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|fall|falls|fell|become|becomes|became|now|not|still|also|already)\s+$",
    re.IGNORECASE,
)


def _past_holder(sentence: str, start: int) -> bool:
    """ "due" at `start` qualifies a noun ("the coupon due on 1 October") whose clause's verb before it is past ("did
    not pay", "missed", "failed to pay")."""
    if _DUE_VERB_BEFORE.search(sentence, 0, start):
        return False
    found = list(_TENSE.finditer(sentence, 0, start))
    clause = max((v.end() for v in found if v.lastgroup == "stop"), default=0)
    verbs = [v for v in found if v.start() >= clause and v.lastgroup != "stop"]
    return bool(verbs) and verbs[-1].lastgroup in ("past", "weak")


# A plan's word ("due to", "scheduled for", "set for") told as an old plan: "had been due to", "first set for".
_OLD_PLAN_BEFORE = re.compile(
    r"\b(?:had\s+(?:\w+\s+)?been|originally|initially|first|previously)\s+(?:(?:also|still|widely)\s+)?$", re.IGNORECASE
)
# A verb that sets a day ("set a trial date of Jan. 9", "has fixed the hearing for 3 May", "setting the rerun for 4
# February"): the day it sets is ahead of the setting, done near the article's day, so a month and day already gone
# this year are next year's. Not a passive ("was set for", a plan told from the past), a pluperfect ("had set ... for":
# an old plan) or "called for" without an object (a demand).
_SETS_DAY = re.compile(
    r"(?<!\bhad )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bfirst )(?<!\boriginally )"
    r"\b(?:set|sets|setting|fixed|fixes|fixing|scheduled|schedules|scheduling|rescheduled|listed|lists|listing|booked|"
    r"called|calls|calling)\s+(?:(?:a|an|the|its|his|her|their|new)\s+)(?:[\w'’-]+\s+){0,3}?"
    r"(?:dates?\s+(?:of|for|as)|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:said|told|announced|added|confirmed|stated|wrote)\s+(?:\w+\s+)?$")
# "officials said on Tuesday", "told reporters Monday": the date says when someone spoke, not when something happened.
# "A first case was reported on 16 June" is when the case was found: an event.
# So is the day of an "as announced" aside: "will plant from 1 October, as announced on 16 April" tells when the plan
# was made public, not an event of the sentence (issue 14, unseen14).
_SPOKEN = re.compile(
    r"\b(?:said|says|told|added|stated|wrote|(?<!\bwas )(?<!\bwere )reported)\s+(?:\w+\s+)?(?:on\s+)?$"
    r"|,\s*as\s+(?:first\s+|previously\s+|originally\s+)?(?:announced|disclosed)\s+(?:on\s+)?$"
)


def is_spoken_date(sentence: str, ref: DateRef) -> bool:
    """The date is attached to a verb of speech ("said on Monday"): when it was said, not an event's date."""
    return _spoken_at(sentence, ref.span[0])


def _spoken_at(sentence: str, start: int) -> bool:
    return bool(_SPOKEN.search(sentence[max(0, start - 30) : start].rstrip() + " "))


@dataclass(frozen=True)
class DateRef:
    """One resolved temporal expression."""

    when: date
    granularity: Granularity
    span: tuple[int, int]  # character offsets of the expression in the sentence
    kind: str = ""  # which pattern found it: "iso", "mdy", "dmy", "my", "y" name the date; the others are relative
    tense: Tense = ""  # of the date's own clause, relative to the article (English only; see `clause_tense`)
    void: bool = False  # names no event: a count's cut-off, a moved plan's old day, what did not happen

    @property
    def label(self) -> str:
        return label_for(self.when, self.granularity)


def label_for(when: date, granularity: Granularity) -> str:
    if granularity == "year":
        return f"{when.year:04d}"
    if granularity == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A yearless date further ahead of its article than this is last year's, unless its verb is still to come. Closer
# ahead it is this year's: news writes last year's dates with the year once they are months old, and on t17-dev the
# yearless dates 60-90 days ahead were mostly plans ("the 8 October gig", "by August 15", "before the scheduled Nov. 30
# expiration"), those 90-150 days ahead mostly last year's ("the April 20 explosion", written in January).
_AHEAD_DAYS = 90
# The end of a period named with "until" after a past verb reaches further ahead: eight months.
_UNTIL_AHEAD_DAYS = 240
# A day named with a verb in the present tense is a schedule still to come, unless it is a few weeks gone: then it is a
# recap's historic present ("drilling for the second well starts on 16 May", written in June). A timeline box's line
# ("15 July: New cap brings ...") takes no tense (`_HEADING`); a schedule months ahead stays ahead ("The fraud trial
# begins on 14 September", written in February).
_PRESENT_BACK_DAYS = 42


def _infer_year(
    month: int,
    day: int,
    published: date,
    future: bool = False,
    past: bool = False,
    planned: bool = False,
    until: bool = False,
    present: bool = False,
) -> int:
    """A date written without a year is the nearest such date, in the past unless near-future.

    In a sentence about what will happen ("the council will vote on 20 January"), it is the next such date; in one
    about what happened, never next year's ("the uprising that began on January 25", written in December: the
    nearest would be next January's). A past verb does not move a date just ahead into last year: "was called to
    testify at a hearing on June 17", "a moratorium until at least May 28" are still to come. `planned`: a plan told
    from the past ("said elections would follow on Sept. 30", written in February; "was scheduled for 20 May", written
    in June) is this year's, whichever side of the article it falls, unless that is most of a year away. `until`: the
    end of a period ("guaranteed every deposit until September 30", written in April) ends after it began, so up to
    `_UNTIL_AHEAD_DAYS` ahead it is this year's, not last year's (a guarantee that ran out before it was given).
    `present`: the verb is in the present tense, which a schedule uses ("the consultation closes on 26 April") and so
    does a recap's historic present ("drilling for the second well starts on 16 May", written in June): a day this
    year up to `_PRESENT_BACK_DAYS` gone is that one, not next year's.
    """
    candidate = _safe_date(published.year, month, day)
    if future and candidate is not None:  # "is due to start on 1 October", written in May: this October
        gone = published - candidate
        if present and timedelta(days=1) < gone <= timedelta(days=_PRESENT_BACK_DAYS):
            return candidate.year  # never across the new year: "The deadline expires on 30 November", in January
        return published.year + 1 if candidate < published - timedelta(days=1) else published.year
    if planned and candidate is not None:
        offset = (candidate - published).days
        return published.year - 1 if offset > 300 else published.year + 1 if offset < -300 else published.year
    if candidate and (candidate - published).days > (_UNTIL_AHEAD_DAYS if until else _AHEAD_DAYS):
        return published.year - 1
    if candidate is None:
        return published.year
    if (published - candidate).days > 300 and not past:
        return published.year + 1
    return published.year


MAX_SENTENCE = 2000


def resolve(sentence: str, published: date | None, lex: Lexicon = ENGLISH) -> list[DateRef]:
    """Every date a sentence names, resolved against the publication date of its article.

    Only the first `MAX_SENTENCE` characters are read: a "sentence" longer than that is a page's run-on text
    (a live blog, a listing), and reading each date's clause in it costs time that grows with its square.
    """
    sentence = sentence[:MAX_SENTENCE]
    refs: list[DateRef] = []
    cal = _calendar(lex)
    future = bool(cal.future.search(sentence))
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for kind, pattern in cal.patterns:
        for m in pattern.finditer(sentence):
            span = m.span()
            if not free(span):
                continue
            if _STAMP.match(sentence, span[1]) or (
                _CLOCK_BEFORE.search(sentence, 0, span[0]) and _WROTE.match(sentence, span[1])
            ):
                weekday = re.search(rf"{_WEEKDAY_RE},?\s*$", sentence[: span[0]])  # "Monday, July 19, 2010; 10:30 AM"
                taken.append((weekday.start() if weekday else span[0], span[1]))
                continue
            if lex is ENGLISH:
                # The tense of the date's own clause, not of the sentence: "a footbridge will be put up, Nair
                # announced on Tuesday" is last Tuesday; "he said he would meet them on Saturday" the coming one.
                named_event = kind in ("mdy", "dmy", "my") and (
                    _attributive(sentence, span)
                    or (_bare_event_date(sentence, span) and _gone_this_year(kind, m, published, cal))
                )
                tense = "" if named_event else clause_tense(sentence, span)
                if tense in ("planned", "future") and kind != "rel_weekday" and _CALLED_OFF.search(sentence, span[1]):
                    tense = "past"  # "was scheduled for Oct. 20 but was called off": no longer coming
                start = span[0] + len(m.group()) - len(m.group().lstrip())
                possessive = sentence[span[1] : span[1] + 2] in ("'s", "’s")
                if kind == "rel_weekday" and (
                    _AHEAD_OF.search(sentence, 0, start) or (_FOR.search(sentence, 0, start) and not possessive)
                ):
                    # "did not offer much ahead of Thursday's testimony", "a march has been called for Saturday": the
                    # coming one, whatever the verb ("blamed for Tuesday's attack" is not; a named date keeps the
                    # nearest one: "ahead of the 15 March vote" may be told after it)
                    tense = "future"
                if kind == "rel_weekday" and not possessive and _NEXT_HEADING.search(sentence, 0, start):
                    # a notice's heading, "Next sale: Thursday", "Next meeting: Tuesday, 7pm": the coming one
                    tense = "future"
                # A plan seen from the past names its month and day as said then: "the vote was scheduled for 20
                # May", written in June, is this May's; a weekday so planned is still the coming one.
                refused = _REFUSAL.search(sentence, _clause_start(sentence, start), start)
                if refused and _AS_PLANNED.match(sentence, span[1]):
                    tense = "planned"  # "would not publish its results on Wednesday as planned": the coming Wednesday
                if (
                    tense in ("past", "")
                    and kind == "rel_weekday"
                    and _EXPECTS.search(sentence, _clause_start(sentence, start), start)
                    and not _LATER_PAST.match(sentence, span[1])
                ):
                    # "The hurricane centre expects the storm near the island on Sunday", "Forecasters expected the
                    # storm to make landfall late on Sunday", "The crane was expected at the yard by Saturday": what is
                    # (or was) expected is the coming weekday
                    tense = "planned"
                if tense in ("past", "") and kind in ("mdy", "dmy") and _SETS_DAY.search(sentence, 0, start):
                    tense = "present"  # "set a trial date of Jan. 9", told in September: next January's
                ahead = tense in _AHEAD and not (tense == "planned" and kind in ("mdy", "dmy"))
                ref = _resolve_match(
                    kind, m, published, ahead, cal, tense == "past", tense == "planned", tense == "present"
                )
                if (
                    named_event
                    and ref is not None
                    and published is not None
                    and ref[0] > published
                    and not m.groupdict().get("year")
                    and _UNFORESEEN.match(sentence, span[1])
                ):
                    # "the April 20 oil well blowout", written in January: a mishap is named once it happened, so the
                    # day is not after the article, but last year's
                    earlier = _safe_date(ref[0].year - 1, ref[0].month, ref[0].day)
                    ref = (earlier, ref[1]) if earlier is not None else ref
                gone = published is None or ref is None or ref[0] <= published
                void = _names_no_event(sentence, start, span[1], gone)
                named = _named_after(refs, span[1], sentence) if kind == "rel_weekday" else None
                if named is not None and ref is not None:
                    # "Tuesday 2 February", "Monday, May 3, 2010": the named date says which Tuesday
                    ref = (named.when, "day")
                elif kind == "rel_weekday" and ref is not None:
                    ref = _range_start(sentence, span[1], refs, _weekday_number(m.group("weekday"), cal)) or ref
                if kind == "rel_weekday" and _EVERY.search(sentence, 0, start):
                    # "Twelve of us ring every Sunday", "the market held each Saturday": a habit, no day's event
                    taken.append(span)
                    continue
                hours = _HOURS.match(sentence, span[1]) if kind == "rel_weekday" else None
                if hours is not None and not _FROM.search(sentence, 0, start) and _KEPT_HOURS.search(sentence):
                    # "open 9am to 6pm, Monday to Saturday": the days of a week a service keeps, no day's event
                    taken.append((span[0], hours.end()))
                    continue
            else:
                tense, void = "", False
                ref = _resolve_match(kind, m, published, future, cal)
            if ref is not None:
                refs.append(DateRef(ref[0], ref[1], span, kind, tense, void))
                taken.append(span)
    refs.sort(key=lambda r: r.span)
    refs = _period_ends(sentence, refs)
    dateline = _DATELINE.match(sentence)
    if dateline and published is not None:
        # The article's own dateline is its publication day; an older one heads a dispatch a roundup quotes.
        refs = [r for r in refs if r.span[1] > dateline.end() or abs((r.when - published).days) > 1]
    return refs


def _period_ends(sentence: str, refs: list[DateRef]) -> list[DateRef]:
    """A period ends after it starts: "claims can be made from Nov. 10 until Feb. 28", written in October, ends next
    February, though a February just gone is nearer. The end without a year moves on a year."""
    out = list(refs)
    for i in range(1, len(out)):
        start, end = out[i - 1], out[i]
        if (
            start.granularity == "day"
            and end.granularity == "day"
            and end.kind in ("mdy", "dmy")
            and end.when < start.when
            and not _YEAR_IN.search(sentence, end.span[0], end.span[1])
            and _PERIOD_START.search(
                sentence, max(0, start.span[0] - 10), start.span[0] + _lead_space(sentence, start.span)
            )
            and _PERIOD_LINK.fullmatch(sentence, start.span[1], end.span[0] + _lead_space(sentence, end.span))
        ):
            moved = _safe_date(end.when.year + 1, end.when.month, end.when.day)
            if moved is not None and moved >= start.when:
                out[i] = replace(end, when=moved)
        elif (
            start.void
            and start.kind in ("mdy", "dmy")
            and end.granularity == "day"
            and (end.when - start.when).days > 300
            and not _YEAR_IN.search(sentence, start.span[0], start.span[1])
            and _PERIOD_START.search(
                sentence, max(0, start.span[0] - 10), start.span[0] + _lead_space(sentence, start.span)
            )
            and _PERIOD_LINK.fullmatch(sentence, start.span[1], end.span[0] + _lead_space(sentence, end.span))
        ):
            # "moved the trial from 9 January to 23 January", written in December: a plan moves by weeks or months,
            # so its old day is next January's too, not last January's
            moved = _safe_date(start.when.year + 1, start.when.month, start.when.day)
            if moved is not None and moved <= end.when:
                out[i - 1] = replace(start, when=moved)
    return out


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD_START = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_LINK = re.compile(r"\s*(?:until|till|to|through|thru|and|-|–)\s*(?:the\s+)?", re.IGNORECASE)


# Not "as expected": "did not change interest rates on Thursday, as expected" says what was expected did happen.
_AS_PLANNED = re.compile(r",?\s+as\s+(?:\w+\s+){0,2}(?:planned|scheduled|promised|intended|announced)\b", re.IGNORECASE)
# A former plan kept: "The concert, previously scheduled for 12 December, will go ahead as planned."
_GOES_AHEAD = re.compile(
    r"[^.;]*?\b(?:will|would|is\s+to|shall)\s+(?:still\s+)?(?:go\s+ahead|proceed|take\s+place)\s+as\s+"
    r"(?:\w+\s+)?(?:planned|scheduled)\b",
    re.IGNORECASE,
)
_REFUSAL = re.compile(r"\bwould\s+not\b|\bwouldn't\b", re.IGNORECASE)
# A count's cut-off ("As of 10 June, 21 confirmed cases", "reported in the week to 15 August"): a situation report's
# reporting day, not the day anything happened. "As of" only before a figure and on a day gone: "our concern has grown
# as of yesterday" means since, "applies as of 1 June, affecting 3,000 shops" (a coming day) from.
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
# An expectation straight before a weekday, a place or a few words between, nothing past after it: "expects the ship
# in port on Monday", "expected the storm to make landfall late on Sunday", "The crane was expected at the yard by
# Saturday" name the coming one; "The vote was expected on Tuesday but was delayed" is told after that Tuesday (see
# `_LATER_PAST`), and "had been expected" is a plan given up.
_EXPECTS = re.compile(
    r"(?:(?<!\bhad been )\b(?:was|were)\s+(?:still\s+|now\s+|also\s+)?expected\s+(?!to\b)"
    r"|(?<!\bnot )(?<!n't )(?<!n’t )\bexpects?\s+(?!to\b)"
    r"|(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bhad been )(?<!\bhad )(?<!\bfew )(?<!\bnobody )(?<!\bno one )"
    r"\bexpected\s+(?!to\b)(?:[A-Za-z][\w'’-]*\s+){1,3}?to\s+)"
    r"(?:[\w'’-]+\s+){0,9}?(?:(?:on|by|before|until|late|early)\s+)?$",
    re.IGNORECASE,
)
_LATER_PAST = re.compile(
    r"[^.;:]*?\b(?:but|yet|instead|was|were|had|did|never|came|went|arrived|happened|failed)\b", re.IGNORECASE
)
_PERIOD_TO = re.compile(
    r"\b(?:in|for)\s+the\s+(?:\w+\s+)?(?:week|weeks|days|fortnight|month|months|quarter|year|half|hours)\s+"
    r"(?:to|ending|ended|up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")
# "in the weeks to the 12 June election": the period ends with an event the date names.
_NAMED_EVENT = re.compile(r"\s+[a-z]{3,}\b")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# The old day of a plan moved ("put back its decision from 8 March to 22 March", "to Sept. 20 from Sept. 6").
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# A plan's day told as no longer holding: "which had been due on March 27", "originally scheduled for 21 November",
# "had been due to start on March 28".
_FORMER_PLAN = re.compile(
    r"\b(?:had\s+been|originally|initially|first|previously)\s+(?:\w+\s+)?(?:due|scheduled|planned|set|slated|expected)\s+"
    r"(?:to\s+[a-z]+\s+)?(?:for\s+|on\s+|by\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# What was done for the first time on a day ("Prices were first set on 1 May"): the day it happened, no old plan.
# Not a planning word ("was first scheduled on 12 October" is an old plan), nor "set" when the plan then moved.
_FIRST_DONE = re.compile(
    r"\b(?:was|were)\s+first\s+(?!(?:scheduled|planned|slated|due|expected|proposed|intended)\b)\w+\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIRST_SET = re.compile(r"\bset\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_THEN_MOVED = re.compile(
    r"\b(?:postponed|delayed|deferred|put off|put back|pushed back|moved|rescheduled|brought forward|called off|"
    r"cancell?ed|scrapped|abandoned|shelved)\b",
    re.IGNORECASE,
)
# (after a noun, as a deadline's adjective: "were due on Monday but were delayed" keeps its day, as before)
_DUE_ON = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\bdue\s+on\s+(?:the\s+)?$", re.IGNORECASE
)
# A day given up for another: "rather than (by) 15 September", "instead of on Friday", "..., not 28 April".
_REPLACED = re.compile(
    # (not ", not until 1 December": the earliest day, the one announced)
    # ("two weeks later than the March 28 date it had set": the day it was put back from; not "no later than 30 June",
    # a deadline)
    r"(?:(?:\brather\s+than|\binstead\s+of|(?<!\bno\s)(?<!\bnot\s)(?<!\bany\s)\b(?:later|earlier|sooner)\s+than)"
    r"\s+(?:(?:on|by|for|from|in|at|before|until)\s+)?"
    r"|,\s*(?:and\s+)?not\s+(?:(?:on|by|for|from|in|at)\s+)?)(?:the\s+)?$",
    re.IGNORECASE,
)
# A plan told in the past perfect of its maker ("which the service had planned for 20 March"): the old day when the
# sentence then moves it.
_HAD_PLANNED = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:planned|scheduled|set|slated|intended|pencill?ed\s+in)\s+(?:\w+\s+)?(?:for|on)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A due day set beside a noun ("a loan due March 2", "the bond due on 4 May"), not a clause's "is due".
_DUE_IN_DEED = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!,)(?<!, )"
    # (the word before "due" a noun, not a verb: "was due on Monday", "falls due on")
    r"\b(?!(?:is|are|was|were|be|been|being|not|now|still|also|fall|falls|fell|come|comes|came|coming)\s)"
    r"[a-z]{3,}\s+due\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")  # "instead of today's deserted seas": the day names a noun, not a day given up
_ON = re.compile(r"on\s", re.IGNORECASE)  # a weekday's match begins with its "on": "due on Sunday"
_NEGATED = re.compile(
    r"\b(?:did|does|do|was|were|is|are|has|have|had|would|could|will)\s*(?:not|n't)\b|\bfailed\s+to\b|\bnever\b",
    re.IGNORECASE,
)


def _clause_start(sentence: str, start: int) -> int:
    """Where the clause of the date at `start` begins: after the last clause boundary of `_TENSE` before it."""
    stops = [m.end() for m in _TENSE.finditer(sentence, 0, start) if m.lastgroup == "stop"]
    return stops[-1] if stops else 0


# What is moved to a place or by a means is a thing, not a plan's day: "moved by road to the new depot", "moved into
# the east wing" (not "moved to 3 May", "moved to next week", "moved to the autumn").
_PLACE_MOVE = re.compile(
    r"\bby\s+(?:road|rail|air|sea|ferry|lorry|truck|van|boat|ship|plane)\b"
    r"|\b(?:to|into|onto)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|"
    r"wed|thu|fri|sat|sun|next|later|earlier|spring|summer|autumn|fall|winter|weekend|end|start|beginning|middle|"
    r"date|day|week|month|year|\d)[a-z]*\b)[a-z]",
    re.IGNORECASE,
)


def _moved_from(sentence: str, head_start: int, start: int) -> bool:
    """A moving verb governs the "from" before `start`: "put back its decision from 8 March", "pushed back the vote to
    Sept. 20 from Sept. 6"; not a participle before its noun ("the postponed strike will now run from 3 June", "the
    rescheduled festival runs from 12 July") or one another verb follows ("residents moved out will be rehoused
    from 1 July")."""
    for moved in reversed(list(_MOVED.finditer(sentence, head_start, start))):
        if _DETERMINER.search(sentence, 0, moved.start()):
            continue
        if moved.group().lower().startswith("move") and _PLACE_MOVE.search(sentence, moved.end(), start):
            return False  # "will be moved by road to Kessen Safari Park from 20 October": a herd moved, not a day
        verbs = (m for m in _TENSE.finditer(sentence, moved.end(), start) if m.lastgroup != "stop")
        return next(verbs, None) is None
    return False


# A mishap's noun after a date that names it, an adjective or two between ("the April 20 oil well blowout", "the
# Sept. 11 terrorist attacks", "its 3 May explosion"): nobody announces one ahead, so it has happened.
_UNFORESEEN = re.compile(
    r"(?:\s+(?!(?:to|and|or|of|in|on|at|for|by|with|from|the|a|an|was|were|is|are|will|would|be|has|had)\b)"
    r"[A-Za-z][\w-]*){0,3}?\s+(?:attacks?|bombings?|blasts?|explosions?|blowout|spill|crash|disaster|earthquake|quake|"
    r"tsunami|shootings?|massacre|killings?|murders?|riots?|fire|floods?|collapse|accident|leak|sinking|derailment|"
    r"storm|coup|outbreak)\b",
    re.IGNORECASE,
)


def _names_no_event(sentence: str, start: int, end: int, gone: bool = True) -> bool:
    """The date at `start`..`end` names no event of its day: a count's cut-off ("As of 10 June, 21 confirmed cases",
    "as of yesterday 39 million gallons"), the old day of a moved plan ("put back from 8 March to 22
    March", "which had been due on March 27"), or a plan its clause says did not happen ("did not publish its results
    on Wednesday, as it had promised"). A negated clause alone keeps its day: "had not given up the search early
    Friday" is that day's news. `gone`: the date is not after the article ("as of 1 June" still to come means from).
    """
    head = sentence[max(0, start - 80) : start]
    counter = _COUNTERFACTUAL.search(sentence, _clause_start(sentence, start), start)
    if (counter and not _another_verb(sentence, counter.end("verb"), start)) or _COUNTERFACTUAL_AFTER.match(
        sentence, end
    ):
        return True  # "would have opened on Monday", "Yesterday should have been the first day": it did not happen
    lapsed = _LAPSED.search(sentence)
    if (
        lapsed
        and lapsed.start() <= start
        and (start <= lapsed.end() or not sentence[lapsed.end() : start].strip())
        and not _CONSEQUENCE.match(sentence, lapsed.end())
    ):
        return True  # "The deadline passed on Tuesday without any statement": the day nothing happened
    if gone and _SUPPOSED.search(sentence, _clause_start(sentence, start), start):
        return True  # "The hearing was supposed to open yesterday": a plan its day did not keep
    if gone and (_YEARLY_BEFORE.search(head) or _YEARLY_AFTER.match(sentence, end)):
        return True  # "the anniversary on 6 May is still marked with a march", "held every year on 4 June": a day that
        # comes round each year, no event of one
    if _AGO_WOULD.match(sentence, end):
        return True  # "Six months ago today I would not have believed ...": a state of mind then, no event
    if _LAST_DAY.match(sentence, end) and _OPENS_SENTENCE.match(sentence[:start]):
        return True  # "Today is the last day to claim": a deadline's day, no event of it
    marks = _MARKS.match(sentence, end)
    if marks and (marks.group("verb").lower() not in ("is", "was") or _OPENS_SENTENCE.match(sentence[:start])):
        return True  # "Today marks 100 days since ...": a count from an earlier day, no event of this one
    if _PERIOD_TO.search(head) and not (_THE.search(head) and _NAMED_EVENT.match(sentence, end)):
        return True
    if (
        _FORMER_PLAN.search(head)
        and not (_FIRST_DONE.search(head) and not (_FIRST_SET.search(head) and _THEN_MOVED.search(sentence, end)))
        and not _GOES_AHEAD.match(sentence, end)
    ):
        return True
    if _will_not(sentence, start):
        return True  # "The dimming will not start on 1 December": the day a plan is said not to keep
    if (
        not gone
        and _WAS_PLANNED.search(head)
        and not _SAID_BEFORE.search(sentence)
        and not _GOES_AHEAD.match(sentence, end)
    ):
        return True  # "The launch was planned for 2 September" of a day still ahead: a plan no longer held
    if gone and _FIGURE_AT.search(head):
        return True  # "Revenue stood at £151 million at 30 June": a figure's cut-off day, no event of it
    if gone and _DUE_ON.search(head + ("on " if _ON.match(sentence, start) else "")):
        return True  # a deadline gone ("made a bond repayment due on Sunday in full"): when it fell due, no event
    if _REPLACED.search(head + ("on " if _ON.match(sentence, start) else "")) and not _POSSESSIVE.match(sentence, end):
        return True  # "by 1 October, rather than by 15 September", "opens on 5 May, not 28 April": the day given up
    if _HAD_PLANNED.search(head) and _THEN_MOVED.search(sentence, end):
        return True  # "which the service had planned for 20 March, has been put back to 3 April"
    if _DUE_IN_DEED.search(head + ("on " if _ON.match(sentence, start) else "")) and _deed_then(sentence, start, end):
        return True  # "Payment was made on a loan due March 2": the loan's due day, inside a deed's noun phrase
    if _AS_OF.search(head):
        return gone and bool(_FIGURE.search(sentence, end, end + 80))
    if _FROM.search(head):  # the moving verb may be a clause back: "to Sept. 20 from Sept. 6" ("Sept." ends none)
        return _moved_from(sentence, max(0, start - 80), start)
    return bool(_AS_PLANNED.match(sentence, end) and _NEGATED.search(sentence, _clause_start(sentence, start), start))


# A plan said not to keep its day, the negated verb straight before it, a few words between: "will not start on 1
# December", "won't open on Monday", "will no longer take place on 3 May". Not a day it is put off to ("will not
# start until 1 December", "not before March": no preposition of the day's own), not a state ("will not be able to
# vote on 3 May": the vote is held), and not "would not", a refusal told on its day ("would not comment on Sunday").
_WILL_NOT = re.compile(
    r"\b(?:will\s+(?:not|no\s+longer)|won['’]t|shall\s+not)\s+(?:now\s+|after\s+all\s+|then\s+)?"
    r"(?!(?:be\s+)?(?:able|allowed|permitted|required|asked|needed|know|hear|learn|stop|rest|wait|comment)\b)"
    r"(?:be\s+)?[a-z]+\b(?:\s+(?!(?:until|till|before|unless|if)\b)[\w'’-]+){0,4}?\s+(?:on|from|in|at)\s+"
    rf"(?:the\s+)?(?:{_WEEKDAY_RE},?\s+)?$",
    re.IGNORECASE,
)


def _will_not(sentence: str, start: int) -> bool:
    """The date at `start` is the day of a plan its clause says will not keep it (see `_WILL_NOT`); a weekday's match
    begins with its "on"."""
    head = sentence[_clause_start(sentence, start) : start] + ("on " if _ON.match(sentence, start) else "")
    return _WILL_NOT.search(head) is not None


# A plan told in the past of a day still ahead: "Openwell 1.0 was planned for 2 September", "The vote was scheduled
# for 4 May" (no longer: a plan that holds is told in the present, "is planned for"). Not told as said ("she said the
# vote was scheduled for 4 May", "... for 4 May, officials said" keep the tense of the telling), nor "was set for" (an
# act of setting: "The date was set for 4 May at the hearing") or "was due to" (a schedule read from the past).
_WAS_PLANNED = re.compile(
    r"\b(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:planned|scheduled|slated|intended|pencill?ed\s+in)"
    r"\s+(?:for|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A figure straight before the day it stood at: "stood at £151 million at 30 June", "was 4.2 per cent at 31 March"
# (not "on": "paid £3 million on 31 March" is a deed of that day).
_FIGURE_AT = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s*(?:per\s*cent|percent|%))(?:\s*(?:million|billion|bn|m|k|thousand))?\s+"
    r"at\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# What did not happen: a modal perfect straight before the date in its clause ("The trial would have opened on Monday",
# "was to have sailed from Bergen on Friday"), or after a date that opens its sentence ("Yesterday should have been
# the first day of the trial"). A few words may come between ("would have opened in Lisbon on Nov. 12"), no comma.
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|should|could|might|(?:was|were)\s+to)(?:n['’]t|\s+not)?\s+have\s+(?:been\s+)?"
    # (a participle, not what one would have: "voters would have until 18 November", "would have a vote on Monday")
    r"(?!(?:until|till|to|a|an|the|no|some|any|its|their|his|her|our|more|less|time|enough|one|two)\b)(?P<verb>[a-z]+)"
    r"(?:\s+[\w'’.-]+){0,5}?\s*$",
    re.IGNORECASE,
)
# The modal perfect is another verb's, in a relative clause or a first conjunct, when a finite verb or "but" comes
# between it and the date: "Talks that could have ended the war collapsed on Monday", "would have cost millions but
# was called off on Friday". (A participle after a determiner is an adjective: "would have opened its delayed
# extension today".)
_ANOTHER_VERB = re.compile(
    r"\b(?:but|was|were|is|are|has|had)\b|(?<!\bbeen )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )"
    r"(?<!\bher )(?<!\bour )(?<!\bthis )\b[a-z]{3,}ed\b"
    r"|\b(?:went|began|took|fell|came|made|won|lost|fled|struck)\b",
    re.IGNORECASE,
)
_COUNTERFACTUAL_AFTER = re.compile(r"\s+(?:should|would)\s+have\s+been\b", re.IGNORECASE)


# A deed that settles what fell due ("Payment was made on a loan due March 2", "settled an invoice due on 4 March"),
# not one that only speaks of it ("received letters about rent due on 1 December", "approved a payment on the
# invoice due 30 November": still to pay).
_SETTLED = re.compile(
    r"(?:was|were|had|has|have|made|paid|repaid|settled|cleared|honou?red|redeemed|met|covered|serviced|refinanced|"
    r"rolled|wrote|written)$",
    re.IGNORECASE,
)


def _deed_then(sentence: str, start: int, end: int) -> bool:
    """The clause around a noun's due day tells a deed done: a past verb before it, no plan after it ("Payment was
    made on a loan due March 2"; not "A loan due March 2 will be refinanced" nor "He said the bond due 4 May would be
    rolled over")."""
    head = _clause_start(sentence, start)
    verbs = [m for m in _TENSE.finditer(sentence, head, start) if m.lastgroup != "stop" and _verb(m, sentence)]
    verbs = [m for m in verbs if not m.group().lower().startswith("due")]
    if not verbs or verbs[-1].lastgroup not in ("past", "weak") or not _SETTLED.match(verbs[-1].group()):
        return False
    for m in _TENSE.finditer(sentence, end):
        if m.lastgroup == "stop":
            break
        if m.lastgroup in ("future", "planned", "present", "schedule"):
            return False
    return True


def _another_verb(sentence: str, start: int, end: int) -> bool:
    """A finite verb or "but" between a modal perfect and the date: "A ferry that should have been inspected sank on
    Monday" (an irregular past too)."""
    return bool(_ANOTHER_VERB.search(sentence, start, end)) or any(
        m.lastgroup in ("past", "weak") for m in _TENSE.finditer(sentence, start, end)
    )


# A deadline or ultimatum that ran out with nothing done ("A deadline set by the strikers passed on Tuesday without
# any statement", "the ultimatum expired quietly on Friday", "the deadline came and went on Monday").
_LAPSED = re.compile(
    r"\b(?:deadline|ultimatum)s?\b[^.;:]{0,120}?\b(?:came\s+and\s+went\b|(?:passed|expired|lapsed|ran\s+out)\b"
    r"[^.;:]{0,60}?\b(?:without|quietly|uneventfully|unanswered|unheeded|with\s+no)\b)",
    re.IGNORECASE,
)
# A lapse with consequences is news: "passed on Friday with no agreement, triggering 25% tariffs", "expired on Monday
# without a deal, and 20,000 nurses walked out".
_CONSEQUENCE = re.compile(
    r"[^.;:]*?,\s*(?:(?:triggering|prompting|sparking|forcing|causing|leading\s+to|setting\s+off|bringing)\b"
    r"|(?:and|so)\s+(?:[\w'’,%-]+\s+){0,5}?(?!(?:said|told|stayed|remained|seemed|appeared|continued)\b)"
    r"(?:[a-z]{3,}ed|began|went|took|struck|walked|fell)\b)",
    re.IGNORECASE,
)
# What one would (not) have thought or done back then, straight after the day: "Six months ago today I would not have
# believed we could win this".
_AGO_WOULD = re.compile(
    r",?\s*(?:I|we|you|he|she|they|nobody|no\s+one|few|many)\s+(?:would|could|might)(?:\s+not|n['’]t|\s+never)?\s+"
    r"have\b",
    re.IGNORECASE,
)
# A day that recurs each year: "every year on 4 June", "on 6 May each year", "the anniversary on 6 May is still marked",
# "14 March is always remembered with ...". (Not "the anniversary on Monday drew 3,000 people": a past verb, one day's
# event.)
_YEARLY_BEFORE = re.compile(r"\b(?:every|each)\s+year\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_YEARLY_AFTER = re.compile(
    r",?\s+(?:(?:is|are)\s+(?:[a-z]+\s+){1,2}?)?(?:(?:each|every)\s+year|annually|yearly)\b"
    r"|\s+(?:is|are)\s+(?:still|always)\s+(?:marked|commemorated|remembered|observed|celebrated|kept)\b",
    re.IGNORECASE,
)
_SUPPOSED = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?supposed\s+to\s+(?:[\w'’-]+\s+){1,6}?$", re.IGNORECASE)
# (a day gone "for" someone is their last day of something done: "Friday was the last day for the workers at the plant")
_LAST_DAY = re.compile(
    r"\s+(?:(?:is|will\s+be)\s+(?:also\s+)?the\s+(?:last|final|closing)\s+day\s+(?:to|for)"
    r"|was\s+(?:also\s+)?the\s+(?:last|final|closing)\s+day\s+to)\b",
    re.IGNORECASE,
)
_OPENS_SENTENCE = re.compile(r"\s*(?:On\s+)?$", re.IGNORECASE)
# A day that marks a span since an earlier one ("Today marks 100 days since the miners were trapped", "Sunday is the
# first anniversary of the flood"): a milestone piece's day, not an event's.
_MARKS = re.compile(
    r"\s+(?P<verb>marks|marked|will\s+mark|is|was)\s+(?:exactly\s+|also\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:days?|weeks?|months?|years?|anniversary)\s+(?:since|after|of)\b",
    re.IGNORECASE,
)
# A notice's heading of what comes next, the weekday after it (issue 14, unseen14: a mart report's "Next sale:
# Thursday" read as the Thursday before); capitalised, as headings are, and at the sentence's start.
_NEXT_HEADING = re.compile(r"^\s*Next\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*:\s*(?:on\s+)?$")
_AHEAD_OF = re.compile(r"\b(?:ahead of|in advance of|in the run-up to|in the lead-up to)\s+(?:the\s+)?$", re.I)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|an?|his|her|its|their|our|this|last)\s+$", re.IGNORECASE)


def _attributive(sentence: str, span: tuple[int, int]) -> bool:
    """The date names an event rather than when the clause's verb happens: "concern that currents will spread oil
    from the April 20 explosion", "Tuesday's hearings could", "in his Monday visit". Its clause's tense says nothing
    of which April 20 is meant: the nearest one (read as future, April 20 became next year's); a weekday so named in
    a clause still to come may be the article's own day ("Tuesday's meeting will be", written on a Tuesday)."""
    text = sentence[span[0] : span[1]]
    if re.match(r"\s*(?:on|since|until|by|from|early|late|last|next|this)\b", text, re.IGNORECASE):
        return False
    start = span[0] + len(text) - len(text.lstrip())
    return bool(_DETERMINER.search(sentence, 0, start)) or sentence[span[1] : span[1] + 2] in ("'s", "’s")


def _bare_event_date(sentence: str, span: tuple[int, int]) -> bool:
    """ "damage from April 20 drilling-rig explosion", "since 12 January quake": no determiner, the same naming as
    `_attributive`'s; only for a day already gone this year ("will scrap 40 routes from October 1 timetable changes",
    written in May, is this October: the clause's verb says so)."""
    text = sentence[span[0] : span[1]]
    start = span[0] + len(text) - len(text.lstrip())
    if not any(c.isdigit() for c in text) or not _EVENT_AFTER.search(sentence, 0, start):
        return False
    noun = _NOUN_AFTER.match(sentence, span[1])
    return bool(noun and noun.group(1).lower() not in _NOT_A_NOUN and not noun.group(1).endswith(("ed", "ly")))


def _gone_this_year(kind: str, m: re.Match[str], published: date | None, cal: _Calendar) -> bool:
    """This year's day of the match is before the article (read as still to come, it is next year's)."""
    if published is None:
        return True
    ahead = _resolve_match(kind, m, published, True, cal)
    return ahead is None or ahead[0].year > published.year


_EVENT_AFTER = re.compile(r"\b(?:from|since|after|before|following|amid|despite|over)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+((?:[a-z]+-)*[a-z]{3,})\b")
_NOT_A_NOUN = frozenset(
    re.findall(
        r"\w+",
        "and but nor when while that which who whom whose the then than until till through with was were are has have "
        "had will would could should can may might must did does not also this last next year years morning afternoon "
        "evening night onwards onward",
    )
)


# A date followed directly by a clock time and zone, or "Last updated": a page's or a reader comment's stamp
# ("Monday, July 19, 2010; 10:30 AM", "6 January 2011 Last updated at 01:53 GMT", "Added: Tuesday, 19 January, 2010,
# 18:16 GMT"), not an event of that day. An event's time follows "at" ("on 4 January at 11:36 p.m.").
# A wire dateline: the place in capitals, the day the story was filed, the agency ("CAIRO, Feb 11 (Reuters) -",
# "DAMASCUS, March 25 (Xinhua) --", "SANAA, Yemen, 18 March -"): at the head of an article, its publication day
# (counted as such already), not a reference to an event of that day.
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*,\s*(?:[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+)*,\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()]{1,30}\)\s*)?[-–—]+"
)
# A reader comment's stamp with the time first: "At 11:07 am on 15 Jun 2009, sensiblegrannie wrote: ...".
_CLOCK_BEFORE = re.compile(
    r"^\W*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?on\s+$", re.IGNORECASE
)
# Verbs that move a planned day later: the plan's day is no longer its day.
_PUT_BACK = r"postponed|delayed|deferred|put off|put back|pushed back"
# A plan said not to happen after all: "The closure planned for 3 June will not take place".
_WONT_HAPPEN = r"\b(?:will\s+not|won['’]t)\s+(?:now\s+)?(?:take\s+place|go\s+ahead|happen|proceed|be\s+held)\b"
# A plan the sentence says was then called off: its day is no longer coming.
# (or is now: "The regatta set for Saturday 9 May is suspended", "The closure planned for 3 June will not take place")
_CALLED_OFF = re.compile(
    rf"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:called off|cancell?ed|scrapped|abandoned|shelved|suspended|"
    rf"withdrawn|{_PUT_BACK})\b"
    rf"|{_WONT_HAPPEN}",
    re.IGNORECASE,
)
_WROTE = re.compile(r",?\s*\S+\s+wrote\b")
_STAMP = re.compile(
    r"[,;]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|CET|E[SD]?T|C[SD]T|P[SD]T|M[SD]T)\b"
    r"|\d{1,2}[:.]\d\d\s*[AP]M\b|Last updated\b)"
)


# A weekday that comes round: "every Sunday", "each other Friday", "every second Tuesday" (not "every day until
# Sunday", whose Sunday ends a period).
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+|second\s+|single\s+)?(?:on\s+)?$", re.IGNORECASE)


# A run of weekdays with no day of its own: "Monday to Saturday", "Monday-Friday", "Mondays to Fridays".
_HOURS = re.compile(
    rf"s?\s*(?:to|until|till|through|thru|-|–)\s*{_WEEKDAY_RE}s?\b(?!\s*,?\s*\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z])",
    re.IGNORECASE,
)
# What makes "Monday to Saturday" the days a service keeps rather than a period of events ("Fighting continued Monday
# to Wednesday"): its hours ("9am to 6pm", "08:00-20:00"), or the weekdays in the plural ("Mondays to Fridays").
_KEPT_HOURS = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d\d\b|\bopening\s+(?:hours|times)\b|"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\s+(?:to|until|till|through|thru|-|–)",
    re.IGNORECASE,
)
# A weekday with its day's number before the end of a period that names the month: "from Friday 10 to Sunday 12
# August 2063", "Monday 3 - Wednesday 5 May".
_RANGE_START = re.compile(r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|until|till|and|-|–)\s*(?:the\s+)?")


def _weekday_number(name: str, cal: _Calendar | None) -> int:
    """The weekday a weekday's name says in the calendar's language, 0 for Monday."""
    if cal is not None and cal.weekdays is not _WEEKDAYS:
        return cal.weekdays[_fold(name)]
    return _WEEKDAYS[name.lower()]


def _range_start(sentence: str, end: int, refs: Sequence[DateRef], weekday: int) -> tuple[date, Granularity] | None:
    """The day a weekday names when its day's number follows and the period's end names the month ("from Friday 10 to
    Sunday 12 August 2063" is 10 August 2063), if that day is that weekday."""
    m = _RANGE_START.match(sentence, end)
    if m is None:
        return None
    later = [r for r in refs if r.granularity == "day" and 0 <= r.span[0] - m.end() <= 12 and r.kind != "rel_weekday"]
    if not later:
        return None
    when = _safe_date(later[0].when.year, later[0].when.month, int(m.group("day")))
    return (when, "day") if when is not None and when.weekday() == weekday and when <= later[0].when else None


def _named_after(refs: Sequence[DateRef], end: int, sentence: str = "") -> DateRef | None:
    """The named day that directly follows a weekday ("Monday, May 3"; in speech, "Saturday the 16th of June"), if
    any."""
    return next(
        (
            r
            for r in refs
            if r.granularity == "day"
            and r.kind != "rel_weekday"
            and (r.span[0] - end in (1, 2) or bool(_THE_DAY.fullmatch(sentence, end, r.span[0])))
        ),
        None,
    )


_THE_DAY = re.compile(r",?\s+the\s+", re.IGNORECASE)


# ("On April 20 of last year, the rig exploded": the year named after "of" as well)
_YEAR_WORD = re.compile(r",?\s+(?:of\s+)?(last|next|this)\s+year\b", re.IGNORECASE)


# (the weekday's match may begin with the space before it: "later Wednesday")
_LATER_ON = re.compile(r"\b(?:later|earlier)\s*(?:on\s+)?$|\bthis\s+$", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _same_day(m: re.Match[str]) -> bool:
    """The article's own weekday named as still to come is that day only when the words say so: "later on
    Tuesday", "this Tuesday", "on Tuesday evening"; a bare "on Tuesday" is next week's."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    named = _attributive(m.string, m.span())  # "Tuesday's meeting will be", written on a Tuesday
    return named or bool(_LATER_ON.search(before) or _PART_OF_DAY.match(m.string, m.end()))


def _resolve_match(
    kind: str,
    m: re.Match[str],
    published: date | None,
    future: bool,
    cal: _Calendar | None = None,
    past: bool = False,
    planned: bool = False,
    present: bool = False,
) -> tuple[date, Granularity] | None:
    """The day a match names; `future`: its verb is still to come, so a day without a year or week is the next
    such day (the article's own weekday is a week on: on t17-dev reading it as the same day, or a plan reported
    in the past as the nearest such day, cost date F1). `past`: its verb has happened ("this Thursday" is then
    the one before the article). `planned`: a plan told from the past (see `_infer_year`)."""
    g = m.groupdict()
    months = cal.months if cal is not None else _MONTHS
    if cal is not None and cal.months is not _MONTHS and "month" in g and g["month"] and not g["month"].isdigit():
        g["month"] = _fold(g["month"])
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
        return (d, "day") if d else None
    anchor = _YEAR_WORD.match(m.string, m.end()) if kind in ("mdy", "dmy", "my") and not g.get("year") else None
    if anchor is not None and published is not None:
        # "died on 25 June last year", "in March next year": the sentence names the year itself.
        g["year"] = str(published.year + {"last": -1, "next": 1}.get(anchor.group(1).lower(), 0))
    if kind in ("mdy", "dmy"):
        month = int(g["month"]) if g["month"].isdigit() else months[g["month"].lower().rstrip(".")]
        day = _ORDINALS[g["ordinal"].lower()] if g.get("ordinal") else int(g["day"])
        if g.get("year"):
            year = int(g["year"])
        elif published is not None:
            # "closed schools until 6 May": a past verb, the end of a period that may still be ahead
            lead = m.start() + len(m.group()) - len(m.group().lstrip())
            until = _UNTIL.search(m.string, 0, lead)
            end = until is not None and _UNTIL_END.search(m.string, 0, lead) is not None
            year = _infer_year(month, day, published, future, past and until is None, planned, end, present)
        else:
            return None
        d = _safe_date(year, month, day)
        return (d, "day") if d else None
    if kind == "my":
        month = months[g["month"].lower().rstrip(".")]
        if g.get("year"):
            year = int(g["year"])
        elif published is not None:
            coming = future and month >= published.month
            year = published.year if month <= published.month + 1 or coming else published.year - 1
        else:
            return None
        return date(year, month, 1), "month"
    if kind == "y":
        return date(int(g["year"]), 1, 1), "year"
    if published is None:
        return None
    if kind == "rel_weekday":
        target = _weekday_number(g["weekday"], cal)
        mod = (g.get("mod") or "").lower()
        delta = (published.weekday() - target) % 7
        if mod == "next" or (future and mod not in ("last", "since")) or (mod == "this" and not past):
            ahead = (target - published.weekday()) % 7
            if ahead == 0 and (mod == "next" or not (mod == "this" or _same_day(m))):
                ahead = 7
            return published + timedelta(days=ahead), "day"
        if mod == "last" and delta <= 1:
            # "last Monday" written on a Tuesday is the week before: the day before would be "yesterday"
            delta += 7
        return published - timedelta(days=delta), "day"
    if kind == "dom":
        return _day_of_month(int(g["dom"]), published, future), "day"
    if kind == "week_on":
        name = (g.get("weekday") or g["weekday2"]).lower()
        target = _weekday_number(name, cal)
        weeks = 2 if (g.get("span") or g["span2"]).lower() == "fortnight" else 1
        if (g.get("dir") or "on").lower() in ("last", "ago"):
            back = (published.weekday() - target) % 7 or 7
            return published - timedelta(days=back + 7 * weeks), "day"
        ahead = (target - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead + 7 * weeks), "day"
    if kind == "rel_day":
        word = g["word"].lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return published + timedelta(days=offset), "day"
    if kind == "ago_today":
        n = _AGO_NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["unit"].lower()
        if unit.startswith("week"):
            return published - timedelta(days=7 * n), "day"
        back = n * (12 if unit.startswith("year") else 1)
        index = published.year * 12 + published.month - 1 - back
        year, month = index // 12, index % 12 + 1
        day = min(published.day, calendar.monthrange(year, month)[1])
        return date(year, month, day), "day"
    if kind == "ago":
        n = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        return published - timedelta(days=days), "day"
    if kind == "rel_period":
        mod, unit = g["mod"].lower(), g["unit"].lower()
        step = -1 if mod == "last" else 1 if mod == "next" else 0
        if unit == "year":
            return date(published.year + step, 1, 1), "year"
        month_index = published.year * 12 + published.month - 1 + step
        return date(month_index // 12, month_index % 12 + 1, 1), "month"
    return None


def _day_of_month(day: int, published: date, future: bool) -> date:
    """The day `day` of a month nearest the article: "on the 8th" told after it is the last such day (this month's, or
    the month before's when the 8th is still ahead), "will meet on the 23rd" the next one."""
    index = published.year * 12 + published.month - 1
    step = 1 if future else -1
    for _ in range(4):  # a 31st skips the months that have none
        when = _safe_date(index // 12, index % 12 + 1, day)
        if when is not None and (when > published if future else when <= published):
            return when
        index += step
    return published


@dataclass(frozen=True)
class Dated:
    """A sentence placed on the timeline and the date it is about."""

    sentence: Sentence
    when: date
    granularity: Granularity
    explicit: bool  # the sentence names the date (rather than inheriting the publication date)
    spoken: bool = False  # the date only says when someone spoke ("officials said on Monday")
    planned: bool = False  # a day after the article's that its sentence announces ("will vote on Tuesday")
    void: bool = False  # the date names no event of its day (see `DateRef.void`)
    claim: bool = False  # a spoken date whose words report a deed done ("said on Wednesday it had seized the ship")
    aside: bool = False  # in a participle phrase set off by commas before a later day ("X, freed on Thursday, ...")
    boxed: bool = False  # a chronology's dated line ("12 June: Court suspends ...", "* Oct. 21 - Report calls ...")


def date_sentences(sentences: Sequence[Sentence], lex: Lexicon = ENGLISH) -> list[Dated]:
    """Place each sentence on the dates it talks about: its first two days, else its article's date.

    Sentences naming only a month or a year are kept at that precision.
    """
    out: list[Dated] = []
    for s in sentences:
        refs = resolve(s.text, s.published, lex)
        day_refs = [r for r in refs if r.granularity == "day"]
        if day_refs:
            # A fact box's line ("8 October 2011 Dr Murray reveals ... that, on the night of 25 June, he ...") is the
            # event of its opening date; a day its text recalls is background, often of another year.
            boxed = lex is ENGLISH and day_refs[0].span[0] == 0 and is_timeline_line(s.text, True)
            for r in day_refs[:1] if boxed else _first_days(s.text, day_refs):
                spoken = lex is ENGLISH and is_spoken_date(s.text, r)
                # After its article's day, a relative date ("tomorrow", "on Friday" read forward) is always a plan:
                # it was read forward only because its words point ahead.
                ahead = r.tense in _AHEAD or r.kind not in _NAMED_KINDS
                planned = s.published is not None and r.when > s.published and ahead
                claim = spoken and (bool(_CLAIM.match(s.text, r.span[1])) or _deed_before(s.text, r.span[0]))
                aside = _aside(s.text, r, day_refs)
                out.append(Dated(s, r.when, "day", True, spoken, planned, r.void, claim, aside, boxed))
        elif refs:
            out.append(Dated(s, refs[0].when, refs[0].granularity, True))
        elif s.published is not None and not (lex is ENGLISH and _while_waiting(s.text)):
            out.append(Dated(s, s.published, "day", False))
    return out


# A sentence with no day of its own that says what holds, or what the reader is to do, while something awaited comes:
# "Until then please use the crossing at Tarn Road", "Meanwhile the exhibits remain in storage", "In the meantime the
# clinic stays shut". Not a deed of the article's day: "Meanwhile, police arrested two men" (a past verb).
_WAITING = re.compile(r"^\s*(?:(?:Until|Till)\s+then|In\s+the\s+meantime|Meanwhile|For\s+now)\b,?", re.IGNORECASE)


def _while_waiting(text: str) -> bool:
    """`text` opens with a while-we-wait adverb and tells no deed (see `_WAITING`)."""
    m = _WAITING.match(text)
    if m is None or _PROGRESSIVE.search(text, m.end()):
        return False  # "Meanwhile the salvage is entering its final days": what is under way, the day's news
    return not any(
        (v.lastgroup in ("past", "weak", "postponed") or (v.lastgroup == "planned" and _ED.match(v.group())))
        and _verb(v, text)
        for v in _TENSE.finditer(text, m.end())
    )


_ED = re.compile(r"[a-z]+ed\b", re.IGNORECASE)  # "voted to sell": a deed told with its aim
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?[a-z]{2,}ing\b", re.IGNORECASE)


def _first_days(text: str, day_refs: Sequence[DateRef]) -> list[DateRef]:
    """The references a sentence places: its first two days, not its first two dates ("retook the bridge on Saturday,
    Oct. 7, three days after the ceasefire collapsed on Wednesday" names Saturday twice, and Wednesday is its second
    day), in each of the clauses a semicolon sets apart: a list of dated events ("the case opened on 9 October;
    police raided the federation on 21 October; the sponsor walked out on 4 November") places every one."""
    out: list[DateRef] = []
    bounds = [i for i, c in enumerate(text) if c == ";"]
    for part in range(len(bounds) + 1):
        lo = bounds[part - 1] if part else -1
        hi = bounds[part] if part < len(bounds) else len(text)
        refs = [r for r in day_refs if lo < r.span[0] < hi]
        days = list(dict.fromkeys(r.when for r in refs))[:2]
        cut = next((i for i, r in enumerate(refs) if r.when not in days), len(refs))
        out += refs[:cut]
        out += _recalled(text, refs[cut:], refs[cut - 1] if cut else None, days)
    return out


def _recalled(text: str, refs: Sequence[DateRef], before: DateRef | None, placed: Sequence[date]) -> list[DateRef]:
    """A recap's later days, placed as well as its first two: each in a clause of its own ("the river broke its banks on
    3 March, the sluices were opened on 5 March and the last families went home on 9 March"), a calendar date told as
    done, not said nor still to come. Dates of one verb ("closed on 14 October and 2 October") stay at two; weekdays
    past the second are rather a plan's options ("could reach the marshes Friday night, the islands on Saturday and
    the coast on Sunday")."""
    out: list[DateRef] = []
    seen = set(placed)
    for r in refs:
        own_clause = before is not None and _OWN_SUBJECT.match(text, before.span[1], r.span[0]) is not None
        before = r
        if r.when in seen:
            continue
        seen.add(r.when)
        told = r.kind in _NAMED_KINDS and r.tense not in _AHEAD and not r.void
        if own_clause and told and not is_spoken_date(text, r):
            out.append(r)
    return out


# Between two dates, a new clause: ", the pumps failed on", " and Mayor Lund resigned on", ", reopened it on"
_OWN_SUBJECT = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+|then\s+)?|\s+(?:and|while|then)\s+)"
    r"(?:(?:the|a|an|its|his|her|their|our|this|that|these|those|he|she|they|it|we)\b|[A-Z][\w'’-]*\b|[a-z]+\b)[^,;]*$"
)


def _deed_before(sentence: str, start: int) -> bool:
    """The speech tag closes a sentence whose first verb is a perfect, a deed done: "The union has filed a complaint
    against the port, its lawyers said on Tuesday"; not "The port will reopen, its owner said on Tuesday" (a plan)."""
    tag = _TAG.search(sentence, 0, start)
    if tag is None:
        return False
    verbs = [m for m in _TENSE.finditer(sentence, 0, tag.start()) if m.lastgroup != "stop" and _verb(m, sentence)]
    return bool(verbs) and bool(_PERFECT.match(sentence, verbs[0].start()))


# A perfect tells a deed done ("has lodged an appeal", "have seized"); a participle before a noun ("a letter delivered
# by ...") or a progressive ("is reviewing") does not.
_PERFECT = re.compile(r"(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+)?(?!been\b)[a-z]+(?:ed|en)?\b")


# ", his lawyers said on": a speech tag after the statement it attributes (a name or a few words, then the verb)
_TAG = re.compile(r",\s+(?:[\w'’.-]+\s+){1,4}(?:said|says|told\s+\w+|announced|confirmed)\s*$")


def _aside(sentence: str, ref: DateRef, refs: Sequence[DateRef]) -> bool:
    """The date sits in a participle phrase set off by commas, and another day follows the phrase: "The two
    climbers, rescued on Thursday after a week on the glacier, flew home on Saturday" tells Saturday's news and
    recalls Thursday's."""
    opening = sentence.rfind(",", 0, ref.span[0])
    closing = sentence.find(",", ref.span[1])
    if opening < 0 or closing < 0 or not _PARTICIPLE.match(sentence, opening + 1):
        return False
    # (only a later day that is itself a deed told: "passed on Monday by the Senate, goes to the president, who is
    # expected to sign it on Friday" keeps Monday's news; so does one only a speaker's day)
    return any(
        r.span[0] > closing
        and r.when > ref.when
        and r.tense not in _AHEAD
        and not r.void
        and not is_spoken_date(sentence, r)
        for r in refs
    )


_PARTICIPLE = re.compile(
    r"\s+(?:[a-z]+ed|freed|held|taken|seized|caught|struck|hit|shot|sent|found|given|chosen|driven|beaten|sworn|"
    r"stolen|released|elected|arrested)\s+(?!(?:that|to|by\s+\w+\s+that)\b)"
)


# What a speaker said on the day is a deed done, told in the past: "The rebels said on Wednesday they were holding the
# crew", "said on Thursday it had shot down the drone" (a claim is the news of its day), not "said on Friday he would
# resume talks" (a plan) or "said on Monday the talks were going well" (a view: only a deed's verb counts).
_CLAIM = re.compile(
    r",?\s+(?:that\s+)?(?:it|they|he|she|its\s+\w+|the\s+\w+)\s+(?:had\s+(?:been\s+)?|has\s+(?:been\s+)?|(?:was|were)\s+)"
    r"(?!(?:not|going|due|set|about|expected|planning|ready|willing|able|still|now|considering|reviewing|studying|"
    r"examining|weighing|assessing|evaluating|investigating|monitoring|looking|seeking|hoping|trying|working|"
    r"preparing|waiting|discussing|talking|negotiating|exploring|analysing|analyzing|awaiting|watching|following|"
    r"checking|pursuing)\b)"
    r"(?:[a-z]+(?:ed|ing|en)|shot|held|hit|struck|caught|sent|found|made|built|won|lost|left|sold|begun|fled|fought|"
    r"brought|paid|cut|shut|set|put|blew|flew|drove|took)\b"
)


@dataclass(frozen=True)
class Ranking:
    """The constants of `rank_dates`, in one place so that `digest eval timeline --sensitivity` can vary each and
    show whether the value a story prefers is the value the other stories prefer (a constant whose best value
    differs per story is fitted to t17-dev, not to news)."""

    mention: float = 0.5  # each reference, however many one article makes
    later: float = 0.5  # extra for a reference from an article published two or more days after the day
    article: float = 1.0  # each distinct article that refers to the day (its most relevant reference)
    pub_weight: float = 0.5  # each article published on the day, and on the day after a day already referred to
    damping: float = 0.15  # power of the coverage around the day that a score is divided by
    relevance: float = 1.0  # power of each sentence's relevance weight (0: every sentence counts the same)
    spoken: float = 0.0  # share a reference counts that only says when someone spoke ("officials said on Monday")
    planned: float = 0.0  # share a day counts that a source announced as still to come ("will vote on Tuesday")
    lead: float = 1.5  # each article's vote for the day its lead reports, counted in quiet weeks only (`quiet`)
    quiet: float = 3  # at most this many articles published within three days of a day make its week quiet
    typical: float = 1.0  # or at most this share of the story's median week's articles (`rank_dates`)
    statement: float = 1.0  # share a quiet week's lead "X said on <its own day>" counts (`rank_dates`)
    box: float = 2.0  # for a day a chronology lists, unless a later chronology of its period leaves it out (`_boxed`)
    minor: float = 0.6  # share of its score a day keeps whose own leads tell only a rite or a plan (`_lead_kinds`)
    decisive: float = 1.25  # factor on the score of a day whose own lead tells a decisive act (`_DECISIVE`)
    announced: float = 0.5  # for a day a lead announced ahead ("said hearings would open on Tuesday"), once it comes
    exposure: float = 0.75  # power of (all articles / those 2+ days after the day) on `decisive` (`rank_dates`)
    exposure_cap: float = 3.0  # at most this factor
    corrected: float = 1.0  # share of a misreported day's score moved to the day its correction gives (`_corrected`)


# A document as the speaker of a day-before statement: its finding is the news, not its saying.
_DOCUMENT_SAID = re.compile(
    r"\b(?:report|study|draft|survey|review|audit|analysis|memo|document|filing|paper)\b[^.;:]{0,80}?\bsaid\s+"
    r"(?:yesterday|last\s+night)\b",
    re.IGNORECASE,
)


_BACKGROUND_DAYS = 90  # a day more than a quarter before the first article is the story's history, not its events
_BACKGROUND_LEADS = 2  # unless this many articles lead with it
_BACKGROUND_LEAD_DEPTH = 3  # in their first sentences: a byline, dateline or caption may come before the lead


def rank_dates(
    dated: Sequence[Dated],
    lo: date | None = None,
    hi: date | None = None,
    relevance: Mapping[Sentence, float] | None = None,
    params: Ranking = Ranking(),
) -> list[tuple[date, float]]:
    """Score each day by how many articles refer to it, plus a share of how many were published on it.

    Distinct articles count more than repeated mentions in one article; references from later
    articles count extra (a day still recalled weeks later mattered); a day that is already referred
    to gains from the articles published the day after (they report what happened "yesterday").
    A date that only says when someone spoke ("officials said on Monday") is no reference to an event.
    `relevance` weighs each reference by how much its sentence is about the story (see `relevance`).

    A score is divided by the week's coverage around the day, damped (`damping` power of one plus the articles
    published within three days of it): in the weeks of heavy reporting every day gathers references only
    because there are many articles, so without it those weeks crowd out the later, quieter phases of a long
    story (on t17-dev the quieter phases' dates were under-picked).

    In a quiet week (at most `quiet` articles within three days) an article's lead votes for the day it reports
    (`lead`): a late event there often has that one article, written on the day ("Rebels captured Orvesh on Sunday"),
    and it tied with the days the busy weeks name in passing (tests/data/briefs/timeline_uprising lost its late
    phase's days so). The vote is worth one and a half articles: a long story's later months' turning points (an
    arrest, a sale, a court's ruling) are often told by that one article on the day and otherwise only in passing,
    and at half an article they lost to early days a single recap recalls (issue 14; chosen by leaving each story
    out in turn over the timeline sets and t17-dev).

    There a lead that says only when someone spoke, on its own day ("The government will guarantee all deposits, the
    minister said on Monday", filed on Monday), counts as an event (`statement`): in a quiet phase a wire's story of
    the day is the statement (tests/data/briefs/timeline_crises: a guarantee, an audit, an inquiry's
    report, all told so).

    A day whose own lead tells a decisive act (`_lead_kinds`) has its score multiplied by `decisive` times its
    exposure: (all articles / the articles published two days or more after it) to the power `exposure`, at most
    `exposure_cap`. A day's references from later articles are its recall, and a late turning point (a report
    published, charges, a ban, a law in a story's last weeks) had few later articles to recall it: it lost to early
    minor days that weeks of recaps name (issue 14, timeline_blind13-15). An early landmark's factor barely moves.
    Applied to every day's later references instead, the factor lifted late minor days as much and lost on every set.
    """
    score: dict[date, float] = defaultdict(float)
    referring: dict[date, dict[int, float]] = defaultdict(dict)
    published_on: dict[date, set[int]] = defaultdict(set)

    for d in dated:
        if d.sentence.published is not None:
            published_on[d.sentence.published].add(d.sentence.article)
    # A day long before the coverage began is background ("an earlier ceasefire, signed on 12 November 2052", "a year
    # ago, on 3 March 2055, a trade treaty"), however often the pieces repeat it further down: no reference timeline
    # over the sets and t17-dev reaches more than 15 days before its first article (issue 14, timeline_blind14). Unless
    # two articles or more lead with it: then they treat it as their news (a trial's crime, a death years before).
    history = min(published_on) - timedelta(days=_BACKGROUND_DAYS) if published_on else None
    leading: dict[date, set[int]] = defaultdict(set)
    for d in dated:
        if (
            history
            and d.when < history
            and d.sentence.position < _BACKGROUND_LEAD_DEPTH
            and d.granularity == "day"
            and d.explicit
        ):
            leading[d.when].add(d.sentence.article)

    def inside(day: date) -> bool:
        old = history is not None and day < history and len(leading.get(day, ())) < _BACKGROUND_LEADS
        return not ((lo and day < lo) or (hi and day > hi) or old)

    coverage = _coverage({day: len(articles) for day, articles in published_on.items()}, days=3)
    # A long story's wire files a piece or two a day for months after the first weeks: where its usual week is far
    # quieter than its busiest (a third or less), a week no busier than the usual one is quiet too, whatever its count
    # (t17-dev's bpoil: the suit filed in December, told by that day's lead among five pieces in a week, lost to days
    # of May that the busy weeks name in passing). A story covered evenly has no quiet weeks but by count.
    weeks = sorted(coverage(day) for day in published_on)
    usual = params.typical * weeks[len(weeks) // 2] if weeks else 0.0
    quiet_at = max(params.quiet, usual) if weeks and 3 * usual <= weeks[-1] else params.quiet
    # Where a sentence first names the day of something that happened ("The dam burst on Saturday, ..., officials said
    # on Monday"); `date_sentences` lists a sentence's dates in its order.
    first_event: dict[Sentence, int] = {}
    for i, d in enumerate(dated):
        past = d.sentence.published is None or d.when <= d.sentence.published
        if d.granularity == "day" and d.explicit and not (d.spoken or d.void or d.planned) and past:
            first_event.setdefault(d.sentence, i)

    def announced(d: Dated, i: int) -> bool:
        """A quiet week's wire lead whose news is a statement made that day ("The government will guarantee all
        deposits, the finance minister said on Monday", filed on Monday): saying it was the event, unless the
        sentence first names the day of what happened ("the dam burst on Saturday, officials said on Monday")."""
        published = d.sentence.published
        if published is None or d.sentence.position >= 2 or not 0 <= (published - d.when).days <= 1:
            return False
        quiet = coverage(d.when) <= quiet_at
        told_after = first_event.get(d.sentence, i) < i
        # Said the day before its paper ("can return home on Sunday, the government said yesterday"): not when the
        # sentence names the day of what happened, after it too ("said yesterday that the dam had burst on Saturday",
        # "said last night that the family had been told almost nothing since ... Sunday"), nor a document's finding
        # ("blocked scientists ..., a report released by the commission said yesterday")
        if published > d.when and (d.sentence in first_event or _DOCUMENT_SAID.search(d.sentence.text)):
            return False
        return bool(params.statement) and d.spoken and quiet and not told_after

    # How many articles came out two days or more after each day: its chance to be recalled by later ones.
    total = sum(len(a) for a in published_on.values())
    pub_days = sorted(published_on)
    after_counts = np.cumsum([len(published_on[p]) for p in reversed(pub_days)])[::-1] if pub_days else np.array([])

    def exposure(day: date) -> float:
        """How much of the story's coverage came too early to recall `day`, as a factor (1: none did)."""
        if not params.exposure or not pub_days:
            return 1.0
        i = bisect_right(pub_days, day + timedelta(days=1))
        after = int(after_counts[i]) if i < len(pub_days) else 0
        return float(min(params.exposure_cap, (total / max(after, 1)) ** params.exposure))

    for i, d in enumerate(dated):
        spoken = d.spoken and not announced(d, i)
        if d.granularity != "day" or not d.explicit or (spoken and not params.spoken) or not inside(d.when):
            continue
        if d.void:  # "As of 10 June, 21 cases", "did not publish on Wednesday": no event that day
            continue
        published = d.sentence.published
        # A day its sentence announces as still to come is a plan, not an event yet; so is any day more than one
        # after the article's, whatever the verb (one is allowed: an article dated the morning after it was written).
        ahead = d.planned or (published is not None and d.when > published + timedelta(days=1))
        if ahead and not params.planned:
            continue
        later = published is not None and (published - d.when).days > 1
        weight = relevance.get(d.sentence, 1.0) ** params.relevance if relevance else 1.0
        weight *= params.planned if ahead else 1.0
        weight *= params.spoken if spoken else params.statement if d.spoken else 1.0
        score[d.when] += weight * (params.mention + (params.later if later else 0.0))
        articles = referring[d.when]
        articles[d.sentence.article] = max(articles.get(d.sentence.article, 0.0), weight)
    for day, weights in referring.items():
        score[day] += params.article * sum(weights.values())
    listed, dropped = _boxed(dated)
    minor, decisive = _lead_kinds(dated)
    if params.announced and published_on:
        newest = max(published_on)
        for day in _announced(dated):
            if inside(day) and day <= newest:
                score[day] += params.announced
    if params.box:
        for day in listed:
            if inside(day):
                score[day] += params.box
    if params.lead:
        # In a quiet phase one article is often all an event gets, and it ties with any day the busy weeks mention
        # in passing; the day its lead reports is what the article is about.
        for day in _lead_days(dated).values():
            if inside(day) and (coverage(day) <= quiet_at or day in decisive):
                score[day] += params.lead
    for day, published_articles in published_on.items():
        before = day - timedelta(days=1)
        if before in score:
            score[before] += params.pub_weight * len(published_articles)
        if inside(day):
            score[day] += params.pub_weight * len(published_articles)
    for day in minor | dropped:
        if day in score:
            score[day] *= params.minor
    for day in decisive - minor - dropped:
        if day in score:
            # (the exposure belongs to the kind: with `decisive` at 1, the kind off, there is none)
            score[day] *= params.decisive * (exposure(day) if params.decisive != 1 else 1.0)
    if params.damping:
        score = defaultdict(float, {day: s / (1 + coverage(day)) ** params.damping for day, s in score.items()})
    if params.corrected:
        # A day the sources themselves correct ("shut down on Tuesday night, not early Wednesday as it had said") is
        # a misreport: its first reports were about the day the correction names (issue 14, timeline_blind16).
        for wrong, right in _corrected(dated).items():
            if wrong in score and inside(right):
                moved = params.corrected * score[wrong]
                score[wrong] -= moved
                score[right] += moved
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))


# "<day>, not (on) <day>" and "... on <day> had in fact ... on <day>": a correction's cue between the wrong day and
# the right one (the contrast is the right day first, the "in fact" the wrong one first).
_NOT_DAY = re.compile(r",\s+(?:and\s+)?not\s+(?:on\s+|in\s+the\s+|early\s+|late\s+|until\s+)?$")
_IN_FACT = re.compile(r"\b(?:in\s+fact|actually|really)\b")
# A plan moved or missed is no misreport: "opened on Monday, not on Tuesday as planned"
_SLIPPED = re.compile(
    r"[^.;]{0,40}?\bas\s+(?:had\s+been\s+|was\s+)?(?:planned|scheduled|expected|intended|hoped|feared)"
)
_CORRECTION_CUE = re.compile(r",\s+(?:and\s+)?not\b|\b(?:in\s+fact|actually|really)\b")
_MISREPORT_DAYS = 2  # a misreported day lies this close to the real one (a clock read wrong, a night misplaced)
_FRESH_DAYS = 7  # a correction that moves a day's reports comes within this many days of the event


def _corrected(dated: Sequence[Dated]) -> dict[date, date]:
    """Days a sentence corrects, each to the day it gives instead: "The pipeline burst on Sunday evening, not on
    Monday as the company first said" (Monday to Sunday), "the firm which had said the ship sank on Friday had in
    fact lost it on Thursday" (Friday to Thursday). Only days of the past, a day or two apart, told within a week, and
    not a plan that slipped ("opened on Monday, not on Tuesday as planned"): that is a different day, not a wrong one.
    (t17-dev: a correction a month on, "made the remark June 1, not June 2", would have dropped June 2's other news.)"""
    out: dict[date, date] = {}
    seen: set[Sentence] = set()
    for d in dated:
        s = d.sentence
        if s in seen or s.published is None or not _CORRECTION_CUE.search(s.text):
            continue
        seen.add(s)
        refs = [r for r in resolve(s.text, s.published) if r.granularity == "day" and r.when <= s.published]
        for a, b in pairwise(refs):
            if a.when == b.when or abs((a.when - b.when).days) > _MISREPORT_DAYS:
                continue
            # a correction weeks later fixes one piece's detail, while the day it drops holds other news by then
            if (s.published - min(a.when, b.when)).days > _FRESH_DAYS:
                continue
            between = s.text[a.span[1] : b.span[0]]
            if _NOT_DAY.search(between) and not _SLIPPED.match(s.text, b.span[1]):
                out[b.when] = a.when
            elif _IN_FACT.search(between) and not b.void:
                out[a.when] = b.when
    return out


_BOX_LINES = 3  # dated lines an article needs to be a chronology


def _boxed(dated: Sequence[Dated]) -> tuple[set[date], set[date]]:
    """The days the sources' chronologies list ("Key dates: * Sept. 5 - ... * Oct. 21 - ..."), as an editor chose them,
    and the days they dropped: a chronology written later, with hindsight, overrides an earlier one for the period it
    covers, so a day an earlier box listed and a later one, reaching back past it, leaves out was judged minor. A line
    that tells a plan ("May 9 - Council to cut supplies from Monday") lists no event of its day."""
    boxes: dict[int, set[date]] = defaultdict(set)
    plans: dict[int, set[date]] = defaultdict(set)
    published: dict[int, date] = {}
    for d in dated:
        if d.boxed and d.granularity == "day" and d.sentence.published is not None:
            boxes[d.sentence.article].add(d.when)
            published[d.sentence.article] = d.sentence.published
            if _BOX_PLAN.match(strip_leading_date(d.sentence.text, published=d.sentence.published)):
                plans[d.sentence.article].add(d.when)
    boxes = {a: days for a, days in boxes.items() if len(days) >= _BOX_LINES}
    listed: set[date] = set()
    dropped: set[date] = set()
    for a, days in boxes.items():
        later = [b for b in boxes if published[b] > published[a]]
        for day in days - plans[a]:
            left_out = any(min(boxes[b]) <= day and day not in boxes[b] for b in later)
            (dropped if left_out else listed).add(day)
    return listed, dropped - listed


# A chronology's line in a headline's future, "<Who> to <do>": "Council to close the bridge from Monday", "Union to
# strike next week": the news of a plan, whose day is the one it names ahead, not the line's own.
_BOX_PLAN = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:to|will)\s+(?!be\s+\w+ed\b)[a-z]+\b")


def _lead_sentences(dated: Sequence[Dated], depth: int = 2, days: int = 7) -> dict[int, tuple[date, Sentence]]:
    """`_lead_days` with the sentence that tells each article's day."""
    out: dict[int, tuple[date, Sentence]] = {}
    for d in dated:
        s, published = d.sentence, d.sentence.published
        if s.article in out or published is None or s.position >= depth or d.granularity != "day" or not d.explicit:
            continue
        # (a claim made on the article's own day is its news: "The rebels said on Wednesday they were holding the crew")
        spoken = d.spoken and not (d.claim and d.when == published)
        told = not (d.planned or spoken or d.void or d.aside)
        if told and timedelta(0) <= published - d.when <= timedelta(days=days):
            out[s.article] = (d.when, s)
    return out


# What a day's own lead tells when it is no decisive act: a rite of mourning or remembrance, a plea, the naming of the
# dead ("Thousands left flowers at the gates and a vigil ...", "The first funerals were held", "The mayor appealed to
# residents to ...", "Police released the names of ...").
_RITE = re.compile(
    r"\b(?:vigils?|funerals?|memorial\s+(?:service|mass|match|concert|walk)s?|tributes?|minute['’]s\s+silence|"
    r"moment\s+of\s+silence|wreaths?|mourners?|mourned|candlelit|candles?|procession|silent\s+march|prayers?\s+for|"
    r"prayed|commemorat\w+|(?:appealed|pleaded)\s+(?:to|with|for)|urged\s+(?:residents|people|the\s+public|fans|"
    r"everyone|households|citizens)|(?:released|published|gave)\s+the\s+names|named\s+(?:the|all)\s+(?:\w+\s+)?"
    r"(?:dead|victims|people\s+who\s+died))\b",
    re.IGNORECASE,
)
# A lead that tells only a reply to what others said or a demand: "The company rejected the short seller's
# allegations", "denied the report", "Pension funds demanded a meeting with the board", "blocked the road to demand
# food": the allegation, or what the demand wins, is the event; the reply and the asking are not.
_REBUTTAL = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|rebutted|refuted|hit\s+back\s+at)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:allegations?|accusations?|claims?|reports?|criticism|suggestions?)\b"
    r"|\b(?:demanded|demanding|to\s+demand)\b",
    re.IGNORECASE,
)
# Who rejects or demands as an act of office, as the sentence's subject: a court dismissing claims rules, a council
# demanding a ceasefire resolves ("marched to parliament demanding compensation" is no parliament's act).
_RULING_BODY = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:court|judges?|tribunal|jury|magistrates?|council|parliament|assembly|senate|"
    r"congress|board|commission|committee|regulator|ministers|cabinet|government)\b",
    re.IGNORECASE,
)
# The lead goes on to another act of its subject ("... and accepted Castell's offer", "and announced an inquiry"), not
# a word about it ("and threatened to sue", "and said"), or a resolution or ruling carries the demand.
_ANOTHER_ACT = re.compile(
    r"\band\s+(?:[\w'’-]+\s+){0,2}?(?!(?:threaten|warn|vow|insist|call|claim|describ|add|repeat)ed\b)[a-z]+ed\b"
    r"|\b(?:resolution|ruling|verdict)\b",
    re.IGNORECASE,
)


def _only_rebuts(text: str) -> bool:
    """A lead whose news is only a denial or a demand ("Pension funds demanded a meeting", "The company rejected the
    allegations"): not one in a relative clause ("Protesters who demanded his resignation stormed ..."), nor an
    official body's ruling or resolution, nor one beside another act."""
    m = _REBUTTAL.search(text)
    if m is None:
        return False
    before, after = text[: m.start()], text[m.end() :]
    if re.search(r"\b(?:who|which|that)\s+(?:[\w'’-]+\s+)?$", before, re.IGNORECASE):
        return False
    return not (_RULING_BODY.search(before) or _ANOTHER_ACT.search(after))


# A decisive act told in the lead, which a rite or a plan beside it does not make minor: an arrest, a charge, a ruling,
# a resignation, a law passed, a report published, a ban imposed or lifted, a death, a proceeding opened ("The inquiry
# opened with a minute's silence"). Not a plan's ("would be published") nor a relative clause's ("people who died").
_DECISIVE = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bbe )(?<!\bbeen )(?<!\bto )"
    r"\b(?:arrested|charged|convicted|sentenced|acquitted|jailed|ruled|overturned|suspended|resigned|quit|sacked|"
    r"dismissed|ousted|passed\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:law|bill|act|budget|motion|"
    r"resolution|measure|amendment|decree)|approved|rejected|vetoed|signed|banned|declared|imposed|lifted|ordered|raided|"
    r"searched|seized|stripped|killed|died|collapsed|exploded|struck|admitted|apologi[sz]ed|elected|published|found\s+that|opened|"
    # a collapse's and a disaster's landmarks: "filed for insolvency", "froze its credit lines", "agreed on Monday to
    # buy the parcels arm", "made landfall", "raised the death toll to 87", "reopened the border"
    # ("raised questions", "filed its accounts", "raised 2 million pounds" are no landmarks: the object says)
    # ("ended its sponsorship", "terminated the contract", not "talks ended without agreement")
    r"began|ended(?!\s+without\b)|terminated|"
    r"filed\s+(?:for|suit|a\s+(?:law)?suit|charges)|froze|made\s+landfall|came\s+ashore|"
    r"(?:raised|revised)\s+(?:(?:its|the|their|his|her|an?)\s+)?(?:[\w'’-]+\s+){0,2}?(?:toll|rates?|estimates?|"
    r"forecasts?|alert|threat\s+level)\b|reopened|"
    r"agreed\s+(?:[\w'’]+\s+){0,2}?to\s+(?:buy|sell|acquire|take\s+over|merge))\b",
    re.IGNORECASE,
)


def _lead_kinds(dated: Sequence[Dated], ahead: int = 14) -> tuple[set[date], set[date]]:
    """The minor days and the decisive ones, as their own leads tell them. Minor: each article whose lead reports the
    day tells a rite or a plea (a vigil, funerals, an appeal, the dead named), or announces a day still to come ("said
    public hearings would open on Tuesday", "announced it would cut supplies starting on Monday"), and no decisive act:
    the announced day is the event, its own day the news of a plan. A timeline editor lists neither, however often
    later recaps name them. Decisive: a lead tells an arrest, a ruling, a resignation, a law passed, a report
    published (`_DECISIVE`): a late landmark that only its own story and a closing chronology name is still one."""
    coming: dict[Sentence, bool] = defaultdict(bool)
    for d in dated:
        published = d.sentence.published
        if d.planned and d.granularity == "day" and published is not None:
            coming[d.sentence] |= timedelta(0) < d.when - published <= timedelta(days=ahead)
    minor: dict[date, bool] = {}
    decisive: set[date] = set()
    for day, s in _lead_sentences(dated).values():
        # a denial is no act, whatever its verb: "The club rejected the doping allegations on Tuesday"
        rebuts = _only_rebuts(s.text)
        act = _acted_on(s, day) and not rebuts
        told = bool(_RITE.search(s.text) or rebuts or coming[s])
        minor[day] = minor.get(day, True) and not act and told
        if act:
            decisive.add(day)
    return {day for day, m in minor.items() if m}, decisive


def _announced(dated: Sequence[Dated], ahead: int = 14) -> set[date]:
    """The days leads announce ahead, within `ahead` days ("The inquiry adjourned today, and its chair said her
    report would be published on Wednesday"): the plan's day is the event the lead is about."""
    leads = {s for _, s in _lead_sentences(dated).values()}
    out: set[date] = set()
    for d in dated:
        published = d.sentence.published
        if not (d.sentence in leads and d.planned and d.granularity == "day" and published is not None):
            continue
        if timedelta(0) < d.when - published <= timedelta(days=ahead):
            out.add(d.when)
    return out


def _acted_on(s: Sentence, day: date) -> bool:
    """The verb that the lead's day belongs to is a decisive act: "Ramon Beltri ... resigned today", "were arrested this
    morning", "was jailed for four years yesterday"; not "when he killed the nurse, a jury heard yesterday" (the day is
    the hearing's) nor "released the names of the people who died this morning"."""
    ref = next((r for r in resolve(s.text, s.published) if r.when == day and r.granularity == "day"), None)
    if ref is None:
        return False
    text, start = s.text, ref.span[0]
    clause = _clause_start(text, start)
    document = _REPORTED_IN.search(text, clause, start)
    if document and len(text[document.end() : start].split()) <= 3:
        return True
    verbs = _past_verbs(text, clause, start)
    # A clause with no verb of its own continues the one before it: "Prosecutors charged the chief executive, and two
    # of the company's engineers with homicide on Tuesday" (its ", and" reads as a clause boundary).
    while not verbs and clause > 0:
        clause = _clause_start(text, clause - 1)
        verbs = _past_verbs(text, clause, start)
    act = _DECISIVE.match(text, verbs[-1].start()) if verbs else None
    return act is not None and not _trivial_act(text, act, clause, ref.span[1])


def _past_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The past-tense verbs between `start` and `end`; not an -ed word after a count, which describes its noun
    ("Police arrested two suspected members of the gang yesterday": the arrest is the verb)."""
    return [
        m
        for m in _TENSE.finditer(text, start, end)
        if m.lastgroup in ("past", "weak")
        and _verb(m, text)
        and not (m.lastgroup == "weak" and _COUNT_BEFORE.search(text, 0, m.start()))
        and not _CONTACT_CLAUSE.search(text, 0, m.start())
    ]


# A plural noun and a pronoun before a verb: a relative clause without its "that", which tells the noun, not the day
# ("stripped the team of the medals it won at the 2053 championships on Tuesday": the day is the stripping's).
_CONTACT_CLAUSE = re.compile(
    r"\b(?!(?:says|claims|thinks|believes|insists|argues|admits|adds|warns|fears|hopes|knows|feels|means|is|was|has|"
    r"this|its|his|as|us|thus|plus|less|unless|whereas)\b)[a-z]{2,}s\s+(?:it|they|he|she|we)\s+$"
)


_COUNT_BEFORE = re.compile(
    r"\b(?:\d+(?:[.,]\d+)*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|few|"
    r"all|both|other|more)\s+$",
    re.IGNORECASE,
)


# A finding published that day, whoever "said" it: "the panel said in an interim report on Tuesday", "the court said
# in its ruling today", "the regulator concluded in a review published yesterday": the document is the event.
_REPORTED_IN = re.compile(
    r"\b(?:said|found|concluded|ruled|stated|wrote)\s+in\s+(?:its|their|his|her|an?|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:report|findings|ruling|judgment|judgement|verdict|review|audit)\b",
    re.IGNORECASE,
)


# A decisive verb in an everyday sense: "ruled out new taxes", "charged a fee of 5 pounds", "arrested its decline".
_NOT_DECISIVE = re.compile(
    r"ruled\s+out\b|charged\s+(?:(?!with\b)\w+\s+){0,3}?(?:fees?|prices?|rates?|customers|clients|shoppers|"
    r"passengers|users|interest|commission|pounds|dollars|euros|pence|cents|[$£€])|arrested\s+(?:an?\s+|the\s+|its\s+|"
    r"their\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?(?:decline|fall|slide|slump|drop|descent)",
    re.IGNORECASE,
)
# Verbs that open cafes, sign autographs and publish fixture lists as often as they open inquiries and sign laws:
# decisive only with an official thing in their clause ("opened an inquiry", "the trial began", "declared a state of
# emergency", "lifted the curfew", "lifted interest rates", "security forces opened fire", "an earthquake struck").
# "declared the outbreak over", "declared the challenger elected", "declared the airline bankrupt"
_DECLARED_END = re.compile(
    r"declared\s+(?:[\w'’-]+\s+){0,6}?(?:over|ended|dead|elected|bankrupt|insolvent|extinct|closed|safe)\b",
    re.IGNORECASE,
)
_CATCH_ALL = frozenset(
    [
        "opened",
        "began",
        "ended",
        "terminated",
        "signed",
        "published",
        "struck",
        "declared",
        "lifted",
        "froze",
        "reopened",
    ]
)
_OFFICIAL = re.compile(
    r"\b(?:reports?|findings|review|audit|results|bills?|laws?|acts?|orders?|decrees?|inquiry|inquest|investigations?|"
    r"probe|rulings?|verdicts?|judgments?|judgements?|state\s+of\s+emergency|emergency|martial|curfews?|bans?|"
    r"embargo|sanctions|restrictions|quarantine|rationing|evacuation|cordon|closures?|alert|warnings?|search|rescue|"
    r"recovery|wreckage|operation|fissures?|cracks?|vents?|breach|sinkhole|rift|outbreak|epidemic|pandemic|eruption|"
    r"winner|president-elect|memos?|documents|correspondence|limits?|caps?|controls|quotas?|tariffs?|tax(?:es)?|duties|(?:interest|base|policy|"
    r"lending|key)\s+rates?|blockade|lockdown|ceasefire|truce|treaty|agreements?|deal|accord|contracts?|sponsorships?|partnerships?|"
    r"pact|trials?|hearings?|case|proceedings|talks|negotiations|votes?|voting|elections?|polls?|referendum|fire|"
    r"offensive|assault|attacks?|siege|strikes?|airstrikes?|war|independence|bankruptcy|insolvency|charges|"
    r"indictment|constitution|budget|resolution|amendment|motion|legislation|regulations?|earthquake|quake|storm|"
    r"hurricane|typhoon|cyclone|tornado|tsunami|flood|bombs?|missiles?|rockets?|drones?|shells?|explosions?|blast|"
    r"disaster|administration|receivership|credit(?:\s+lines?)?|loans?|assets|accounts|(?:death\s+)?toll|airports?|"
    r"borders?|crossings?)\b",
    re.IGNORECASE,
)


def _trivial_act(text: str, act: re.Match[str], clause: int, end: int) -> bool:
    """The decisive verb `act` is used in an everyday sense: "The minister ruled out new taxes", "The bank charged a
    fee", "The firm arrested its decline in sales", or it is one of the catch-all verbs with no official thing from
    its clause's start to the day (`end`): "The mayor opened a new cafe", "The singer signed autographs"; "declared the
    outbreak over" is an act."""
    if _NOT_DECISIVE.match(text, act.start()):
        return True
    if _DECLARED_END.match(text, act.start()):
        return False
    if act.group().lower() not in _CATCH_ALL:
        return False
    return not _OFFICIAL.search(text, clause, max(end, act.end()))


def _lead_days(dated: Sequence[Dated], depth: int = 2, days: int = 7) -> dict[int, date]:
    """Each article's day as its lead tells it: the first day named in its first `depth` sentences that is no plan and
    no day someone spoke, on or up to `days` before its publication ("Rebels captured Orvesh on Sunday", "Soldiers
    stormed Tesh yesterday"). An article whose lead names no such day has none."""
    return {article: day for article, (day, _) in _lead_sentences(dated, depth, days).items()}


def _coverage(published: Mapping[date, int], days: int) -> Callable[[date], int]:
    """How many articles were published within `days` of a day (a prefix sum over the publication days).

    A day before the first article (or after the last) is measured at that edge: a background date the coverage
    recalls gains nothing from the silence before the story began.
    """
    if not published:
        return lambda day: 0
    first = min(published)
    counts = np.zeros((max(published) - first).days + 1, dtype=np.int64)
    for day, n in published.items():
        counts[(day - first).days] += n
    prefix = np.concatenate([[0], np.cumsum(counts)])

    def around(day: date) -> int:
        offset = min(max((day - first).days, 0), len(counts) - 1)
        lo, hi = max(offset - days, 0), min(offset + days + 1, len(counts))
        return int(prefix[hi] - prefix[lo])

    return around


def relevance(sentences: Sequence[Sentence], lex: Lexicon = ENGLISH) -> dict[Sentence, float]:
    """How much each sentence is about the story: its TF-IDF closeness to the story's centroid, relative to the
    average sentence (square root, at most 3).

    Date-wise timeline systems count date references only in sentences about the query (Martschat & Markert
    2018, Ghalandari & Ifrim 2020); a topic has no query, so its centroid stands in, and a day the coverage
    mentions only in asides ("BP shares hovered flat on Wednesday" in a story about the spill) weighs less.
    """
    if not sentences:
        return {}
    central = Space([s.text for s in sentences], None if lex is ENGLISH else lex.stop_words).centrality()
    return relevance_of(sentences, central)


def relevance_of(sentences: Sequence[Sentence], central: Sequence[float] | np.ndarray) -> dict[Sentence, float]:
    """`relevance` from centralities already computed (a brief has them for every sentence)."""
    mean = float(np.mean(central)) if len(central) else 0.0
    if mean <= 0:
        return {}
    return {s: min(float(c / mean) ** 0.5, 3.0) for s, c in zip(sentences, central, strict=True)}


def timeline_length(first: date, last: date, shortest: int = 5, longest: int = 15) -> int:
    """How many dates a brief's timeline shows: it grows with the story's span, sublinearly.

    Reference timelines of one story range from 7 to 100 dates, so no length fits them all; a reader's
    timeline grows about with the square root of the weeks covered (two weeks 5, a month 6, a quarter
    11), and stays short enough to read in a digest.
    """
    weeks = max((last - first).days, 0) / 7
    return max(shortest, min(longest, round(3 * weeks**0.5)))


@dataclass(frozen=True)
class Entry:
    """A timeline entry before it becomes a TimelineEntry: the date and the merged sentences."""

    when: date
    granularity: Granularity
    sentences: tuple[Sentence, ...]  # first is the text shown; all are cited

    @property
    def label(self) -> str:
        return label_for(self.when, self.granularity)


def build_entries(
    sentences: Sequence[Sentence],
    n_dates: int,
    per_date: int = 1,
    merge_threshold: float = 0.25,
    lo: date | None = None,
    hi: date | None = None,
    lex: Lexicon = ENGLISH,
    weights: Mapping[Sentence, float] | None = None,
    ranking: Ranking = Ranking(),
) -> list[Entry]:
    """Pick the `n_dates` most referenced days; for each, the most central sentences about it.

    `weights`: each sentence's `relevance` to the story, when the caller has it; else computed here. `ranking`: the
    constants of `rank_dates`.

    Sentences about the same day that resemble the chosen one (any outlet) are merged into its entry,
    so it cites every source that reports the event. Entries come back oldest first.
    """
    dated = date_sentences(sentences, lex)
    weights = relevance(sentences, lex) if weights is None else weights
    ranked = rank_dates(dated, lo=lo, hi=hi, relevance=weights, params=ranking)[:n_dates]
    by_day: dict[date, list[Dated]] = defaultdict(list)
    days_of: dict[Sentence, set[date]] = defaultdict(set)
    for d in dated:
        if d.granularity == "day":
            by_day[d.when].append(d)
            days_of[d.sentence].add(d.when)
    entries: list[Entry] = []
    for day, _score in ranked:
        # A sentence placed after its own publication is a plan or a misread weekday, not the day's event.
        pool = [d for d in by_day[day] if d.sentence.published is None or d.when <= d.sentence.published + timedelta(1)]
        pool = pool or by_day[day]
        explicit = [d for d in pool if d.explicit]
        # Prefer sentences that name the day; fall back to what was published that day.
        candidates = explicit if explicit else pool
        # A recap listing three days or more ("the case opened on 9 October; police raided ... on 21 October; ...")
        # places each, but is the text only of a day no other sentence tells: shown on every day it lists, it says
        # little of any.
        candidates = [d for d in candidates if len(days_of[d.sentence]) < 3] or candidates
        # A day no sentence names is told by what its articles say; a line that addresses the reader ("If the card
        # has expired, we'll email you.", "Please make sure your address is up to date.") is a page's help, not news.
        candidates = [
            d for d in candidates if d.explicit or not _ADDRESSES_READER.search(d.sentence.text)
        ] or candidates
        texts = [d.sentence.text for d in candidates]
        space = Space(texts, None if lex is ENGLISH else lex.stop_words)
        central = space.centrality()
        lead_bonus = np.array([0.15 if d.sentence.position < 3 else 0.0 for d in candidates])
        # What happened that day, rather than what the day's articles said would happen next.
        future = _calendar(lex).future
        ahead = np.array([0.1 if not d.explicit and future.search(d.sentence.text) else 0.0 for d in candidates])
        support = _support(space)
        scores = central + lead_bonus + 0.1 * support - ahead
        picked = space.mmr(scores, per_date, lam=0.8, max_sim=0.6)
        if not picked:
            continue
        sims = space.similarity()
        members: list[Sentence] = [candidates[i].sentence for i in picked]
        seen_articles = {s.article for s in members}
        for j, d in enumerate(candidates):
            if j in picked or d.sentence.article in seen_articles:
                continue
            if max(sims[j, i] for i in picked) >= merge_threshold:
                members.append(d.sentence)
                seen_articles.add(d.sentence.article)
        # Another article's copy of a shown sentence (a recap paragraph two pieces repeat word for word) is cited,
        # but shown after every sentence that adds something: shown twice it says nothing more.
        texts_seen: set[str] = set()
        fresh: list[Sentence] = []
        copies: list[Sentence] = []
        for member in members:
            (copies if member.text in texts_seen else fresh).append(member)
            texts_seen.add(member.text)
        entries.append(Entry(day, "day", tuple(fresh + copies)))
    entries.sort(key=lambda e: e.when)
    return entries


_ADDRESSES_READER = re.compile(r"\b(?:you|your|yours|you['’](?:re|ll|ve|d))\b|^Please\b", re.IGNORECASE)


def _support(space: Space) -> np.ndarray:
    """How many other sentences (e.g. other outlets) say much the same: agreement is evidence."""
    if not space.texts:
        return np.zeros(0)
    sims = space.similarity()
    np.fill_diagonal(sims, 0.0)
    return np.minimum((sims >= 0.25).sum(axis=1), 5) / 5


# A live thread's posts run together by a splitter are parted at their stamps (cues.THREAD_STAMP).
_POST_NUMBER = re.compile(r"^(?:🧵\s*)?\d{1,3}/\s+(?=\S)")


def _one_post(text: str, published: date | None) -> str:
    """A timeline line from a thread shows one post, without its stamp or number: the first that names a date of
    its own (a stamp's date is when it was posted), else the first."""
    posts = [_POST_NUMBER.sub("", p.strip()) for p in THREAD_STAMP.split(text)]
    posts = [p for p in posts if p]
    if len(posts) == 1 and posts[0] != text.strip():
        return posts[0]
    if len(posts) < 2:
        return text
    return next((p for p in posts if published is not None and resolve(p, published)), posts[0])


def strip_leading_date(text: str, lex: Lexicon = ENGLISH, published: date | None = None) -> str:
    """'April 20, 2010 - Explosion ...' -> 'Explosion ...': the entry already shows its date.

    `published` lets a date without its year ("Apr. 21: Fire boat crews ...") be read; a line of a timeline box that
    gives the year needs no separator ("8 December 2010 California medical board ...").
    """
    if lex is ENGLISH:
        text = _one_post(text, published)
        text = strip_dateline(text)
        dateline = _DATELINE.match(text)  # "SARANTHE, Oltania, Feb. 14 (Tidewire) - Talks ...": the country too
        if dateline and text[dateline.end() :].strip()[:1].isupper():
            text = text[dateline.end() :].strip()
    refs = resolve(text, published, lex)
    if refs and refs[0].span[0] == 0:
        rest = text[refs[0].span[1] :]
        m = re.match(r"^\s*[-–—:]+\s*", rest)
        if not m and re.search(r"\d{4}$", text[: refs[0].span[1]]) and re.match(r"^\s+[A-Z]", rest):
            m = re.match(r"^\s+", rest)
        if m and len(rest[m.end() :].split()) >= 4:
            rest = rest[m.end() :]
            return rest[0].upper() + rest[1:]
    return text


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def is_background(sentence: Sentence, days: int = 10, lex: Lexicon = ENGLISH) -> bool:
    """A sentence that recaps the past: it names a date well before its article was published."""
    if sentence.published is None:
        return False
    refs = resolve(sentence.text, sentence.published, lex)
    old = [r for r in refs if r.granularity == "day" and (sentence.published - r.when).days > days]
    old += [r for r in refs if r.granularity != "day" and (sentence.published - r.when).days > 31 + days]
    if old:
        return True
    return bool(_SINCE.search(sentence.text)) and any(r.when < sentence.published for r in refs)


def coming_dates(text: str, published: date, lex: Lexicon = ENGLISH) -> list[DateRef]:
    """The dates a sentence announces after its publication.

    In English the verb of the date's own clause decides (see `clause_tense`): "will vote on 15 January", "is due
    to open on 2 April", "closes on 26 April", "postponed until 29 April", "said he would meet them on Saturday";
    not "Nair announced on Tuesday" in a sentence that also says what will happen. A named date with no verb of
    its own ("the 2 April deadline") counts; a relative one only in a sentence that states a schedule. In other
    languages: a named date, or a relative one in a sentence with a future cue. "Said on Monday" is when it was said.
    """
    schedule = bool(SCHEDULE.search(text) if lex is ENGLISH else _calendar(lex).future.search(text))
    out = []
    for r in resolve(text, published, lex):
        if r.when <= published or _REPORTED.search(text[max(0, r.span[0] - 14) : r.span[0]]):
            continue
        if text[r.span[1] : r.span[1] + 2] in ("'s", "’s") or r.tense == "past" or r.void:
            continue
        if r.kind == "rel_weekday" and _CALLED_OFF.search(text, r.span[1]):  # "due to open on Thursday, postponed"
            continue
        if lex is ENGLISH and _projection(text, r.span):
            continue
        if r.kind in _NAMED_KINDS or schedule or r.tense in _AHEAD or _points_ahead(text, r):
            out.append(r)
    return out


_NAMED_KINDS = frozenset(["iso", "mdy", "dmy", "my", "y"])
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY_RE},?\s+(?:the\s+)?$", re.IGNORECASE)


def _timetable(text: str, r: DateRef, published: date | None) -> bool:
    """A fixed day still ahead (its year or its weekday named) in a clause with no verb of tense the reader can
    place, as a timetable gives it: "The scrutiny committee examines the decision on Wednesday 17 December 2070",
    "residents can comment until 31 January 2071", "A. At the open day on Saturday 9 June 2068". Not under a
    condition or a forecast ("if the board meets on 4 May 2071", "could reach the coast on Friday 3 May 2071"),
    nor a day a clause negates or only expects ("no meeting on Monday 5 May 2071", "expects the closure to last until
    at least 3 October 2071"), nor a listing's line with no sentence around it."""
    if r.tense != "" or r.void or r.kind not in ("dmy", "mdy", "iso") or r.granularity != "day":
        return False
    if published is None or r.when <= published or text[r.span[1] : r.span[1] + 2] in ("'s", "’s"):
        return False
    lead = r.span[0] + _lead_space(text, r.span)
    if not (_YEAR_IN.search(text, r.span[0], r.span[1]) or _WEEKDAY_BEFORE.search(text, 0, lead)):
        return False
    start = _clause_start(text, lead)
    end = _CHUNK_END.search(text, r.span[1])
    stretch = text[start : end.start() if end else len(text)]
    if len(_PROSE_WORD.findall(text)) < 4:
        return False  # a listing's line ("Saturday 13 April, Hask Library, 10am-12pm"): no sentence tells its event
    return not (_IF_BEFORE.search(stretch) or _FORECAST_WORD.search(stretch) or _NO_DAY.search(stretch))


_NO_DAY = re.compile(r"\b(?:no|not|never|nor|without)\b|n['’]t\b|\bexpect\w*|\bat\s+least\b", re.IGNORECASE)
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")
# A relative day whose own words point ahead of the speaker: "next Wednesday", "tomorrow", "a week on Thursday".
_AHEAD_WORDS = re.compile(
    r"\s*(?:next\b|tomorrow\b|(?:an?|one)\s+(?:week|fortnight)\s+(?:on|from)\b|on\s+\w+\s+week)", re.I
)
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether|in\s+case)\b", re.IGNORECASE)
_FORECAST_WORD = re.compile(r"\b(?:(?i:forecasts?|forecasters?|predict\w*|projected|outlook)|could|might|may)\b")


def _points_ahead(text: str, r: DateRef) -> bool:
    """A timetable's present names a coming day without a future verb when the day's own words point ahead: "The
    agency publishes its review next Wednesday", "The hearing is on Tuesday week". Not a condition ("If the board
    meets next Wednesday, ...") nor a forecast ("Rain is forecast for tomorrow"), read in the date's own stretch."""
    if r.kind not in ("rel_weekday", "rel_day", "week_on") or r.tense == "past" or r.void:
        return False
    if not _AHEAD_WORDS.match(text, r.span[0]):
        return False
    start = max((m.end() for m in _CHUNK_END.finditer(text, 0, r.span[0])), default=0)
    end = _CHUNK_END.search(text, r.span[1])
    stretch = text[start : end.start() if end else len(text)]
    return not (_IF_BEFORE.search(text, start, r.span[0]) or _FORECAST_WORD.search(stretch))


# A forecast is no announcement: "By August 15, some 86 million gallons will have spilled", "fears oil could leak
# into the Gulf until August" ("Fares will rise by 5 percent on 1 March" is a plan, kept). Read in the date's own
# stretch of the sentence (up to "; " or ", and"), so "The board meets on 4 May; by then the fund will have run out"
# keeps its meeting.
_CHUNK_END = re.compile(r";\s|,\s+(?:and|but|while)\s|\.\s")
_FORECAST = re.compile(r"\bwill\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|lt|pt|ng|un)\b", re.IGNORECASE)
_FEAR = re.compile(r"\bfears?\b[^;]*\b(?:could|might|may|would)\b", re.IGNORECASE)


def _projection(text: str, span: tuple[int, int]) -> bool:
    """The date's stretch of the sentence forecasts a quantity (a future perfect beside a number) or voices a fear
    rather than announcing an event ("The bridge will have reopened by 1 March" names no quantity: a promise)."""
    start = max((m.end() for m in _CHUNK_END.finditer(text, 0, span[0])), default=0)
    end = _CHUNK_END.search(text, span[1])
    before = text[start : span[0]]  # the fear governs the date it leads to, not one it follows
    stretch = before + " " + text[span[1] : end.start() if end else len(text)]
    return bool(_FEAR.search(before) or (_FORECAST.search(stretch) and re.search(r"\d", stretch)))


def upcoming_entries(sentences: Sequence[Sentence], after: date, k: int = 3, lex: Lexicon = ENGLISH) -> list[Entry]:
    """Dates the sources announce as still to come ("the council will vote on 15 January"), soonest first.

    Only dates whose own verb is still to come, or in a sentence with a future verb or a schedule word, count; only
    after `after` (the newest source's day) and after the sentence's own publication; one entry per date, the
    clearest sentence shown, every source that announces it cited.
    """
    by_day: dict[tuple[date, Granularity], list[Sentence]] = defaultdict(list)
    onward: dict[tuple[date, Granularity], bool] = {}  # every source gives the day as a start: "from 10 December"
    moves: list[tuple[Sentence, date]] = []  # "postponed ... until 1 January": the new day of something announced
    given_up: list[tuple[Sentence, date]] = []  # "by 1 October, rather than by 15 September": the old day named
    withdrawn: list[Sentence] = []  # "the notice of closure has been withdrawn": a plan called off, no new day
    dropped: list[tuple[Sentence, date]] = []  # "will not start on 1 December", "was planned for 2 September"
    for s in sentences:
        if s.published is None:
            continue
        future = bool(_calendar(lex).future.search(s.text) or (lex is ENGLISH and SCHEDULE.search(s.text)))
        coming = coming_dates(s.text, s.published, lex)
        off = _called_off_spans(s.text) if lex is ENGLISH else []
        if any(a <= r.span[0] < b for r in coming for a, b in off):
            # "cancels the closure that was coming on the 18th": the day of what it calls off, not announced
            coming = [r for r in coming if not any(a <= r.span[0] < b for a, b in off)]
            withdrawn.append(s)
        # Each coming day the sentence names: "Cabinet will consider, on 4 November, a plan to merge the schools from 1
        # September 2048" announces the vote and the merger's start.
        for key in dict.fromkeys((r.when, r.granularity) for r in coming):
            r = next(r for r in coming if (r.when, r.granularity) == key)
            timetable = any(_timetable(s.text, x, s.published) for x in coming if (x.when, x.granularity) == key)
            ahead = future or r.tense in _AHEAD or _points_ahead(s.text, r) or timetable
            if ahead and r.when > after and r.granularity != "year":
                by_day[key].append(s)
                opens = bool(_FROM.search(s.text, 0, r.span[0] + _lead_space(s.text, r.span)))
                onward[key] = onward.get(key, True) and opens
                if lex is ENGLISH and _MOVED.search(s.text):
                    moves.append((s, r.when))
        if lex is ENGLISH and coming:
            given_up += [(s, r.when) for r in resolve(s.text, s.published, lex) if r.void and r.granularity == "day"]
        if lex is ENGLISH and _MOVED_BY.search(s.text):  # the new day may be told in the past: "gave them until 31 May"
            given_up += [(s, old) for old in _moved_by(s.text, resolve(s.text, s.published, lex))]
        if lex is ENGLISH and not coming and _WITHDRAWN.search(s.text):
            withdrawn.append(s)
        if lex is ENGLISH:
            dropped += [(s, day) for day in _dropped_days(s.text, s.published)]
            if not coming:  # (a sentence with a coming day gives its void days to `given_up` above)
                given_up += [(s, day) for day in _dropped_days(s.text, s.published, replaced=True)]
    common = _story_words(sentences, lex)
    for key, items in list(by_day.items()):
        # the hearing of a dropped case, and every other source's hearing on its day ("The hearing is set for 14 July"):
        # two hearings of one story seldom fall on one day
        heard = lex is ENGLISH and any(_hearing_dropped(s, sentences) for s in items)
        kept = [
            s
            for s in items
            if not (heard and _HEARING.search(s.text))
            and not _superseded(s, key[0], moves, lex)
            and not (key[1] == "day" and _given_up(s, key[0], given_up, lex, common))
            and not _withdrawn(s, key[0], withdrawn, lex, common)
            and not (key[1] == "day" and _dropped(s, key[0], dropped, lex, common))
        ]
        if kept:
            by_day[key] = kept
        else:
            del by_day[key]
    # A named day before a month alone when there are more than `k`: "will speak to the inquiry in September" is
    # vaguer than the days the sources fix ("Claims close on 31 October"). So is the day a service or a state starts
    # from ("will offer advice sessions from 10 December"): it runs on, where a meeting, a ruling or a deadline falls
    # on its day.
    chosen = sorted(by_day.items(), key=lambda kv: (kv[0][1] != "day", onward.get(kv[0], False), kv[0][0]))[:k]
    entries = []
    for (when, granularity), items in sorted(chosen, key=lambda kv: kv[0][0]):
        items.sort(key=lambda s: (len(s.text.split()) > 40, -s.article, s.position))
        members: list[Sentence] = []
        for s in items:
            if s.article not in {m.article for m in members}:
                members.append(s)
        entries.append(Entry(when, granularity, tuple(members)))
    return entries


_PRONOUN_SUBJECT = re.compile(r"^(?:It|They)\s")
# The writer's own plan with someone the sentence names: "Chief Inspector Ann Lee and I will hold a meeting on ...",
# "Dr Rao and I are holding a surgery on ...": who "I" is, the letter's signature says; the plan is told in full.
_AND_I = re.compile(
    r"^(?P<names>(?:[A-Z][\w'’.-]*\s+){1,5})and\s+I\s+(?=(?:will|shall|are|plan|intend)\b)|^I\s+and\s+"
    r"(?P<names2>(?:[A-Z][\w'’.-]*\s+){1,5})(?=(?:will|shall|are|plan|intend)\b)"
)


def _with_me(piece: str) -> bool:
    """`piece` is usable but for the writer's "I" beside a named other (see `_AND_I`)."""
    m = _AND_I.match(piece)
    if m is None:
        return False
    return is_usable(f"{m.group('names') or m.group('names2')}{piece[m.end() :]}", min_words=4)


_FIRST_PERSON = re.compile(r"^(?:I|We)\s")
# A speaker's label opening a transcript's or a script's turn: "THE CHAIR:", "SOT - OSSIAN KELL, SALLOW CANAL
# AUTHORITY:", "MR ACHTERBERG (Counsel to the Inquiry):"; the label in capitals, as transcripts and scripts write it.
# (not a rubric: "EDITOR'S NOTE:", "WATCH:", "UPDATE:" names no speaker)
_TURN_LABEL = re.compile(
    r"^(?!(?:[A-Z'’]+\s+)?(?:NOTE|WATCH|UPDATE|UPDATED|READ|LISTEN|CORRECTION|CLARIFICATION|BREAKING|EXCLUSIVE|"
    r"ANALYSIS|VIDEO|PHOTOS?|LIVE|SEE|MORE|RELATED|ADVERTISEMENT|OPINION|COMMENT)\b)(?:[A-Z]{2,4}\s+-\s+)?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s+\([^()]{1,60}\))?"
    r"(?:,\s+[A-Z][A-Z.'’ -]+)?:\s"
)


# A speaker's heading in ordinary case, as a written-answers page, a letters page or a status page sets it before the
# speaker's own first-person words: "Answered on 3 April by Jane Roe, Minister for Parks:", "Cllr Tom Hale, Leader of
# the Council, replies:", "Ann Bell, Chief Executive, writes:". A name (two or three capitalised words) is needed.
_NAME = (
    r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
)
_SPEAKER_HEADING = re.compile(
    rf"^(?:[A-Z][a-z]+ed\b[^:.;]{{0,40}}?\bby\s+{_NAME}(?:,\s+[^:;]{{2,80}})?"
    rf"|{_NAME},\s+[^:;]{{2,100}}?,\s+(?:writes|replies|responds|adds|says))\s*:\s"
)


def _turn_label(pieces: Sequence[str], pos: int, back: int = 3) -> str | None:
    """The label of the turn a first-person piece belongs to: the nearest of the few pieces before it that opens with
    one (a transcript's label in capitals, or a speaker's heading); none when a piece between speaks of a speaker
    otherwise (no label within `back` pieces)."""
    for prev in reversed(pieces[max(0, pos - back) : pos]):
        label = _TURN_LABEL.match(prev) or _SPEAKER_HEADING.match(prev)
        if label:
            return label.group().rstrip()
    return None


_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d\s+(?=[A-Z])")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z])")
# (a schedule's present tense moves things too: "its report, which moves to 19 April from 12 April")
_MOVED = re.compile(rf"\b(?:{_PUT_BACK}|brought forward|rescheduled|moved|moves\s+to)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")


def _superseded(s: Sentence, when: date, moves: Sequence[tuple[Sentence, date]], lex: Lexicon) -> bool:
    """A later source moved what `s` announced for `when` to another day ("will stop taking births at night from
    1 August", then "postponed the night closure of the maternity unit until 1 January"): the old day is no longer
    coming. Same thing: three content words in common."""
    words = {w for w in _WORD.findall(s.text.lower()) if w not in lex.stop_words}
    for later, new_day in moves:
        if new_day == when or later.published is None or s.published is None or later.published <= s.published:
            continue
        shared = words & {w for w in _WORD.findall(later.text.lower()) if w not in lex.stop_words}
        if len(shared) >= 3:
            return True
    return False


# A plan or a notice called off, with no new day: "The council has withdrawn the notice of closure", "the strike was
# called off"; not "dropped" or "lifted", which figures and bans also do.
# (also one suspended or said not to happen: "The strike called for 9 May is suspended", "The closure projected for
# 3 June will not take place": the subject is what is called off)
_WITHDRAWN = re.compile(
    r"\b(?:withdrew|withdraws|rescinded|rescinds|revoked|revokes|scrapped|scraps|called\s+off|calls\s+off|"
    r"cancell?ed|cancels)\b"
    r"|\b(?:has|have|had|was|were|been|is|are)\s+(?:now\s+|since\s+|formally\s+)?(?:withdrawn|abandoned|shelved|cancell?ed|"
    r"called\s+off|scrapped|revoked|rescinded|"
    r"suspended)\b"
    rf"|{_WONT_HAPPEN}"
    # (a plan "on hold": "The removal planned from 4 June is on hold", "the council has put the closure on hold")
    r"|\b(?:was|were|been|is|are)\s+(?:now\s+|since\s+)?(?:put\s+)?on\s+hold\b"
    r"|\b(?:put|puts|putting)\b(?=\s+(?:the|its|their|his|her|our|a|this|that)\s+(?:[\w'’-]+\s+){0,5}?on\s+hold\b)",
    re.IGNORECASE,
)


_CLAUSE_EDGE = re.compile(r"[;:]\s|,\s+(?:and|but|while)\s|\bthat\s|\.\s")
_CALLED_OFF_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|will|won)\b", re.IGNORECASE)


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around [start, end) of `text` begins and ends."""
    edges = list(_CLAUSE_EDGE.finditer(text))
    lo = max((m.end() for m in edges if m.end() <= start), default=0)
    hi = min((m.start() for m in edges if m.start() >= end), default=len(text))
    return lo, hi


def _called_off(text: str) -> list[str]:
    """What a sentence says was called off: the object after an active verb ("has withdrawn the notice of closure of
    the library"), the subject before a passive one ("that the notice of closure had been withdrawn")."""
    return [text[a:b] for a, b in _called_off_spans(text)]


def _called_off_spans(text: str) -> list[tuple[int, int]]:
    """Where `_called_off` finds what was called off. (The object runs on past a relative "that": "cancels the
    closure that was coming on the 18th".)"""
    out = []
    for m in _WITHDRAWN.finditer(text):
        lo, hi = _clause_span(text, m.start(), m.end())
        if _CALLED_OFF_PASSIVE.match(m.group()):
            out.append((lo, m.start()))
        else:
            relative = _RELATIVE_THAT.match(text, hi)
            out.append((m.end(), _clause_span(text, relative.end(), relative.end())[1] if relative else hi))
    return out


_RELATIVE_THAT = re.compile(r"that\s+(?:was|were|had\s+been|is|are)\s", re.IGNORECASE)


_HEAD_SPLIT = re.compile(r"\b(?:of|for|at|in|on|from|to|by|with|and|or|after|before|because|due|over)\b|[,.;:()]")


def _withdrawn(s: Sentence, when: date, withdrawn: Sequence[Sentence], lex: Lexicon, common: Collection[str]) -> bool:
    """A later source says what `s` announced for `when` was called off ("intends to close the Elm Street library on
    30 June", then "The notice of closure of the Elm Street library has been withdrawn"): what was called off and the
    clause that gives the day have three content words in common beyond the story's own, a word's first four letters
    standing for it ("close", "closure"), one of them the head of a noun group of what was called off ("the Harbour
    Road swimming pool gala" is a gala, and the pool to reopen stays), since a place's or a body's name is shared by
    all its plans ("will inspect the Elm Street library by 1 July", "the Federation will put it to its meeting on
    27 July" are not called off with a notice or a permit)."""

    def stems(text: str) -> set[str]:
        return {
            w[:4]
            for w in _WORD.findall(text.lower())
            if w not in lex.stop_words and w not in _CALENDAR_WORDS and w not in common
        }

    def heads(thing: str) -> set[str]:
        # the last word of each noun group: "the Harbour Road swimming pool gala" is a gala, "its notice of closure of
        # the nursery" a notice, a closure and a nursery
        groups = (_WORD.findall(g.lower()) for g in _HEAD_SPLIT.split(thing))
        return {g[-1][:4] for g in groups if g}

    def names_day(later: Sentence, thing: str) -> bool:
        # what was called off names `when` itself: "The strike called for Thursday 9 May is suspended"; a bare weekday
        # names the coming one while the plan is still ahead ("The planned closure on Thursday will not take place")
        ahead = later.published is not None and when > later.published
        return any(
            r.granularity == "day"
            and (r.when == when or (ahead and r.kind == "rel_weekday" and r.when + timedelta(days=7) == when))
            for r in resolve(thing, later.published, lex)
        )

    def subject_words(thing: str) -> set[str]:
        # what was called off is its first noun group: "Rallies ahead of the referendum on 25 May" are rallies
        first = _HEAD_SPLIT.split(thing, maxsplit=1)[0]
        return {w[:4] for w in _WORD.findall(first.lower()) if w not in lex.stop_words}

    if s.published is None:
        return False
    clauses = [
        s.text[slice(*_clause_span(s.text, *r.span))] for r in resolve(s.text, s.published, lex) if r.when == when
    ]
    words = set().union(*(stems(c) for c in clauses)) if clauses else set()
    own = {w[:4] for c in clauses for w in _WORD.findall(c.lower()) if w not in lex.stop_words} - {
        w[:4] for w in _CALENDAR_WORDS
    }
    for later in withdrawn:
        if later is s or later.published is None or later.published <= s.published:
            continue
        for thing in _called_off(later.text):
            if len(words & stems(thing)) >= 3 and words & heads(thing):
                return True
            # the same day named in what was called off, and one word of the same thing ("staff are due to strike on
            # 9 May"; "will close the pool on 3 June", "The closure of the pool planned for 3 June will not take
            # place"), the story's own words allowed: two plans of one story seldom fall on one day
            if own & subject_words(thing) and names_day(later, thing):
                return True
    return False


# A plan moved by a span, not to a named old day: "until 31 October, a month beyond the original deadline", "pushed
# back by six weeks to 12 May", "brought forward by a fortnight to 3 March": the old day is the new one less (or plus)
# the span. (Not a span alone with no move: "a month after the vote", "six weeks later" date no plan moved.)
_SPAN_N = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_SPAN_UNIT = r"days?|weeks?|fortnights?|months?"
_MOVED_BY = re.compile(
    rf"\b(?P<n>{_SPAN_N})\s+(?P<unit>{_SPAN_UNIT})\s+(?:beyond|after|later\s+than|past)\s+(?:the|its|their)\s+"
    r"(?:original|earlier|previous|old|first|initial)\s+(?:deadline|date|day|target|timetable|schedule|plan)\b"
    rf"|\b(?P<verb>{_PUT_BACK}|extended|brought\s+forward)\s+(?:\w+\s+){{0,4}}?by\s+(?P<n2>{_SPAN_N})\s+"
    rf"(?P<unit2>{_SPAN_UNIT})\b",
    re.IGNORECASE,
)


def _moved_by(text: str, coming: Sequence[DateRef]) -> list[date]:
    """The old day of a plan the sentence moves by a span to a named new day (see `_MOVED_BY`): the new day nearest the
    span, less the span (plus it when brought forward)."""
    days = [r for r in coming if r.granularity == "day"]
    out: list[date] = []
    for m in _MOVED_BY.finditer(text):
        if not days:
            break
        word = (m.group("n") or m.group("n2")).lower()
        n = _AGO_NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        unit = (m.group("unit") or m.group("unit2")).lower().rstrip("s")
        new = min(days, key=lambda r: min(abs(r.span[0] - m.end()), abs(m.start() - r.span[1]))).when
        sign = 1 if m.group("verb") and m.group("verb").lower().startswith("brought") else -1
        if unit == "month":
            months = new.year * 12 + new.month - 1 + sign * n
            year, month = divmod(months, 12)
            out.append(date(year, month + 1, min(new.day, calendar.monthrange(year, month + 1)[1])))
        else:
            out.append(new + sign * timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    return out


# A case dropped, so the hearing set for it falls away: "The zoo has withdrawn its appeal", "the landlord dropped his
# claim", "the objection was withdrawn", "prosecutors dropped the charges", "the lawsuit was settled"; or no hearing
# said to come ("there will be no hearing", "no trial will now be held"). The case's noun is what ties it to the
# hearing announced before.
_CASES = r"appeals?|challenges?|claims?|cases?|lawsuits?|objections?|complaints?|petitions?|prosecutions?|charges"
_CASE_DROPPED = re.compile(
    r"\b(?:withdr[ae]w[sn]?|withdrawing|dropp(?:ed|ing)|drops|abandon(?:ed|s|ing)|discontinu(?:ed|es|ing)|settled)\s+"
    rf"(?:(?:its|his|her|their|the|an?|this|that)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<case>{_CASES})\b"
    rf"|\b(?P<case2>{_CASES})\s+(?:\w+\s+){{0,6}}?(?:has|have|had|was|were)\s+(?:now\s+|since\s+)?(?:been\s+)?"
    r"(?:withdrawn|dropped|abandoned|discontinued|settled)\b"
    r"|\bthere\s+(?:will|would)\s+(?:now\s+)?be\s+no\s+(?P<none>hearing|trial)\b(?!\s+(?:until|till|before)\b)"
    r"|\bno\s+(?P<none2>hearing|trial)\s+will\s+(?:now\s+)?(?:be\s+held|take\s+place)\b",
    re.IGNORECASE,
)
_HEARING = re.compile(r"\b(?:heard|hearing|trial|tried)\b", re.IGNORECASE)


def _hearing_dropped(s: Sentence, sentences: Sequence[Sentence]) -> bool:
    """A hearing `s` announces whose case a later source says was dropped ("It will be heard on 14 July", after "The
    zoo has lodged an appeal"; then "The zoo has withdrawn its appeal"): the case's noun in `s` or the sentence before
    it in its article, or a later "there will be no hearing". A dropped claim leaves an appeal's hearing standing."""
    if s.published is None or not _HEARING.search(s.text):
        return False
    before = [t.text for t in sentences if t.article == s.article and t.position == s.position - 1]
    near = " ".join([*before, s.text]).lower()
    for later in sentences:
        if later.published is None or later.published <= s.published or later.article == s.article:
            continue
        for m in _CASE_DROPPED.finditer(later.text):
            if m.group("none") or m.group("none2"):
                return True
            case = (m.group("case") or m.group("case2")).lower()
            if re.search(rf"\b{case.rstrip('s')[:5]}", near):
                return True
    return False


def _dropped_days(text: str, published: date, replaced: bool = False) -> list[date]:
    """The days a sentence says a plan no longer keeps, whether or not it names a new one by a verb of its own: "The
    dimming will not start on 1 December", "Openwell 1.0 was planned for 2 September" (see `_WILL_NOT`,
    `_WAS_PLANNED`); with `replaced`, the day it gives up for another instead: "until 30 June 2070, not 31 December
    2069 as first announced" (see `_REPLACED`), which `_given_up` weighs more strictly."""
    out = []
    for r in resolve(text, published):
        if not r.void or r.granularity != "day" or r.when <= published:
            continue
        start = r.span[0] + _lead_space(text, r.span)
        if replaced:
            head = text[max(0, start - 80) : start] + ("on " if _ON.match(text, start) else "")
            if _REPLACED.search(head) and not _POSSESSIVE.match(text, r.span[1]):
                out.append(r.when)
        elif _will_not(text, start) or (_WAS_PLANNED.search(text, 0, start) and not _SAID_BEFORE.search(text)):
            out.append(r.when)
    return out


def _dropped(
    s: Sentence, when: date, dropped: Sequence[tuple[Sentence, date]], lex: Lexicon, common: Collection[str]
) -> bool:
    """A source as new as `s` or newer says the plan `s` announces for `when` no longer keeps that day ("due on Monday
    2 September" of a release, then "The release was planned for 2 September"): the same day, and one word of the
    same thing beyond the story's own (a word's first four letters standing for it: "dimming", "dimmed"), since a
    day said given up in so many words is seldom another plan's."""

    def stems(text: str) -> set[str]:
        return {
            w[:4]
            for w in _WORD.findall(text.lower())
            if w not in lex.stop_words and w not in _CALENDAR_WORDS and w not in common
        }

    if s.published is None:
        return False
    words = stems(s.text)
    for other, day in dropped:
        if day != when or other is s or other.published is None or other.published < s.published:
            continue
        if words & stems(other.text):
            return True
    return False


def _story_words(sentences: Sequence[Sentence], lex: Lexicon) -> frozenset[str]:
    """The story's own words, in a quarter of its sentences or more (at least three): every sentence of a council's
    story says "council", so sharing it says nothing of sharing an event."""
    counts: Counter[str] = Counter()
    for s in sentences:
        counts.update({w for w in _WORD.findall(s.text.lower()) if w not in lex.stop_words})
    floor = max(3, len(sentences) / 4)
    return frozenset(w for w, n in counts.items() if n >= floor)


def _given_up(
    s: Sentence,
    when: date,
    given_up: Sequence[tuple[Sentence, date]],
    lex: Lexicon,
    common: Collection[str] = frozenset(),
) -> bool:
    """Another source names `when` as the day a plan gave up for a new one ("has been put back to 3 April" of the
    restart "planned for 20 March"; "by 1 October, rather than by 15 September"), not before `s`, and speaks of the
    same event: two content words in common beyond the story's own (`common`), since a month's first day or one word
    ("the city council will vote on 25 November", "the city marathon ... rather than on 25 November") is often
    shared by unrelated plans."""

    def content(text: str) -> set[str]:
        return {
            w
            for w in _WORD.findall(text.lower())
            if w not in lex.stop_words and w not in _CALENDAR_WORDS and w not in common
        }

    words = content(s.text)
    for other, old_day in given_up:
        if old_day != when or other is s or other.published is None or s.published is None:
            continue
        if other.published < s.published:
            continue
        shared = words & content(other.text)
        if len(shared) >= 2 or any(_head(s.text, w, lex) and _head(other.text, w, lex) for w in shared):
            return True
    return False


def _head(text: str, word: str, lex: Lexicon) -> bool:
    """`word` names the thing itself, not a word qualifying another's ("the restart of the imager", "a full-power
    restart on 20 March"; not "the city marathon", "the company's results", "the bridge toll")."""
    for m in re.finditer(rf"\b{re.escape(word)}\b(?P<s>['’]s?)?(?:\s+(?P<next>[\w-]+))?", text, re.IGNORECASE):
        if not m.group("s") and (m.group("next") is None or m.group("next").lower() in lex.stop_words):
            return True
    return False


_CALENDAR_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)


def _antecedent(piece: str) -> bool:
    """The article's lead as what a following "it" refers to: usable, stating no unknown, not led by a pronoun."""
    return bool(piece) and is_usable(piece) and not states_unknown(piece) and not _PRONOUN_SUBJECT.match(piece)


def _just_before(piece: str) -> bool:
    """The sentence just before a pronoun's, as what its "it" refers to: a whole sentence of its own (a writer's
    first person allowed: "My application for a debate was granted. It takes place next Tuesday."), no heading."""
    n = len(piece.split())
    return (
        4 <= n <= 40
        and piece[:1].isupper()
        and piece.endswith((".", "!"))
        and not states_unknown(piece)
        and not _PRONOUN_SUBJECT.match(piece)
        and sum(c.isupper() for c in piece if c.isalpha()) <= 0.6 * sum(c.isalpha() for c in piece)
    )


def _names_day(piece: str, published: date) -> bool:
    return any(r.granularity == "day" for r in resolve(piece, published))


_LAST_CLAUSE = re.compile(r";\s+(?P<clause>[a-z][^;]{20,}[.!])$")


def _settled_clause(piece: str, published: date) -> str | None:
    """The last clause of a sentence stating an unknown, after its semicolon, when that clause names a day still to
    come by a verb of its own ("...; the editorial board will decide at its meeting on 3 July."), capitalised."""
    m = _LAST_CLAUSE.search(piece)
    if m is None or not states_unknown(piece):
        return None
    clause = m.group("clause")
    clause = clause[0].upper() + clause[1:]
    # (a schedule's present counts: "...remains to be seen; a public appeal closes on Friday 15 January")
    if states_unknown(clause) or not any(
        r.tense in _AHEAD and r.granularity == "day" for r in coming_dates(clause, published)
    ):
        return None
    return clause


# A list's items run together in one piece ("### Upgrade notes - The 4.x line receives fixes until 30 June 2070. -
# Whether ..."): a bullet or a heading's hashes before a capital, two or more of them.
_LIST_MARK = re.compile(r"\s+(?:[-*•]|#{1,6})\s+(?=[A-Z#\[])")


def _list_items(piece: str) -> list[str]:
    """The items of a list glued into one piece (see `_LIST_MARK`), or the piece itself."""
    if len(_LIST_MARK.findall(piece)) < 2:
        return [piece]
    return [p.strip() for p in _LIST_MARK.split(piece) if p.strip()]


def announcements(
    index: int, text: str, published: date | None, limit: int = 40, kept: Collection[str] | None = None
) -> list[Sentence]:
    """Sentences of an English article that `article_sentences` leaves out but that announce a coming date, for
    `upcoming_entries`: a short one ("The consultation closes on 26 April.") and one whose subject is a pronoun
    ("It is due to open on 2 April."), shown after the article's lead sentence that says what "it" is ("A temporary
    footbridge will be put up ... … It is due to open on 2 April."): the sources' own words, nothing made up.
    """
    if published is None:
        return []
    if kept is None:  # the caller may pass the article's statements it already split
        kept = {s.text for s in article_sentences(index, text, published, limit)}
    pieces = [trim(q) for chunk in segments(text, limit) for p in split_sentences(chunk) for q in _list_items(p)][
        :limit
    ]
    out = []
    for pos, piece in enumerate(pieces):
        settled = _settled_clause(piece, published)
        if settled is not None:
            # "The editors have not yet decided whether ...; the board will decide at its meeting on 3 July.": an open
            # question, kept off the timeline, whose last clause names the day it is to be settled
            out.append(Sentence(settled, index, pos, published))
            continue
        if piece in kept:
            continue
        piece = _CLOCK.sub("", piece)  # a live blog's entry: "19:05 One date for the diary: the meeting ..."
        piece = _PARAGRAPH_NUMBER.sub("", piece)  # a report's numbered paragraph: "2.1 Cabinet is asked ..."
        n = len(piece.split())
        if piece in kept or not 4 <= n <= 40 or not piece[:1].isupper() or not piece.endswith("."):
            continue
        if not any(
            (r.tense in _AHEAD or _points_ahead(piece, r) or _timetable(piece, r, published))
            and r.granularity != "year"
            for r in coming_dates(piece, published)
        ):
            if _dropped_days(piece, published) or _dropped_days(piece, published, replaced=True):
                # "The 4.x line now receives fixes until 30 June 2070, not 31 December 2069 as first announced": no
                # day it announces by a verb of its own, but the old day it gives up, for `upcoming_entries` to drop
                out.append(Sentence(piece, index, pos, published))
            continue
        heading = _SPEAKER_HEADING.match(piece)
        if heading and _FIRST_PERSON.match(piece[heading.end() :]):
            pass  # "Answered on 3 April by Jane Roe: I will ...": the heading says who "I" is, in the piece itself
        elif _PRONOUN_SUBJECT.match(piece):
            lead = pieces[0] if pos > 0 else ""
            before = pieces[pos - 1] if pos > 0 else ""
            if pos > 1 and _just_before(before) and (not _antecedent(lead) or _names_day(before, published)):
                # "The final report was due by 30 June. It is now expected by 15 September.": "it" is what the
                # sentence just before names, when that one gives a day of its own or the article's lead is no
                # sentence (a newsletter's masthead)
                piece = f"{before} {piece}"
            elif not _antecedent(lead):
                continue
            else:
                piece = f"{lead} {piece}" if pos == 1 else f"{lead} … {piece}"
        elif _FIRST_PERSON.match(piece):
            # "I intend to deliver an interim report by 14 November." in a transcript's turn: who "I" is is the label
            # that opened the turn ("THE CHAIR: The first evidence hearings will begin ..."), shown before it
            label = _turn_label(pieces, pos)
            if label is None:
                continue
            piece = f"{label} … {piece}"
        elif not is_usable(piece, min_words=4) and not _with_me(piece):
            continue
        out.append(Sentence(piece, index, pos, published))
    return out
