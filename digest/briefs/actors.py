"""Attributed speech: who said what ("X said", "according to X", quotations), for perspectives.

Only named actors count (people, governments, companies, agencies); "officials said" and
"a spokesman said" carry no name and are left out. "He said" is attached to the last named speaker
of the same article, within a few sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from digest.briefs.cues import THREAD_STAMP, TURNED
from digest.briefs.lexicon import (
    CLAUSE_OPENERS,
    ENGLISH,
    HONORIFICS,
    NAME_OPENING_ADVERBS,
    OFFICE_ABBREVIATIONS,
    OFFICE_HEADS,
    OFFICE_QUALIFIERS,
    SENTENCE_ADVERBS,
    SHORT_FORMS,
    SPELLINGS,
)
from digest.briefs.sentences import Sentence, strip_dateline

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"(?:[{_UPPER}](?:[^\W\d_]|['’.-])+|[A-Z]{{2,}}|de|van|von|al-[A-Z][a-z]+)"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
# "maintains" says only with a clause after it ("maintains the plan was sound"); with a thing it keeps in repair or in
# being, it does ("Brightway maintains the county's 18,000 street lights", "maintains its innocence", "maintains the
# roads in the north").
_FINITE = r"(?:was|is|were|are|had|has|have|would|will|could|should|did|does|must|may|might|can)\b"
_MAINTAINS = (
    # "maintains his innocence", "maintains its position that ...": an object of belief is a stance, said.
    r"maintains(?=\s+(?:his|her|their|its|the|a|an|our|my)\s+(?:own\s+|long-held\s+|firm\s+)?(?:innocence|position|"
    r"view|views|stance|belief|claim|denial|account|version|opposition|support|objection|objections)\b)|"
    r"maintains(?!\s+(?:(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&-]*['’]s?|the|its|their|his|her|a|an|some|all|every|"
    rf"\d[\d,.]*)\s+(?:(?!{_FINITE})[\w,.'’-]+\s+){{0,3}}?(?!{_FINITE})[\w'’-]+(?:[,.;]|$|\s+(?:in|on|at|for|"
    r"across|and|where|which|since)\b))"
)
_SAY = (
    r"(?:said|says|told|added|warned|insisted|argued|claimed|stated|announced|denied|admitted|acknowledged|"
    r"stressed|noted|explained|believes|predicted|urged|promised|vowed|wrote|tells|"
    # A live blog's present tense: "She insists the programme was on schedule", "Farrant confirms that ...".
    r"insists|argues|claims|warns|admits|denies|confirms|confirmed|" + _MAINTAINS + ")"
)
# "that" opening a clause, not a demonstrative with its noun: "ruled that out", "held that post for a decade",
# "conceded that goal in the last minute", "accepted that offer in May" say nothing. A demonstrative is "that" + a
# singular noun + the end of the clause or an adverbial phrase that ends there; a noun followed by a verb is a clause's
# subject ("found that patients in Wales wait longer", "accepted that pay in the sector lags behind inflation").
_ADVERBIAL_END = (
    r"(?:[,.;]|$|\s+(?:for|in|on|at|of|after|before|until|with|from|by|during|over|since|when|as|but|and)\b)"
)
_THAT = (
    r"\s+that(?!\s+(?:out|off|up|down|away|back|one)\b|\s+(?!(?:children|people|men|women|police|staff)\b)[a-z]+"
    r"(?<![^su]s)(?:[,.;]|\s+(?:last|this|next)\b|\s+(?:for|in|on|at|after|before|until|with|from|by|during|over)\s+"
    r"(?:(?:the|a|an|his|her|its|their|our|this|that|last|next)\s+)?(?:[\w'’-]+\s+)?[\w'’-]+"
    rf"{_ADVERBIAL_END}))"
)
# How something was told the outlet: "told us through his office that", "told me by email that", "told us this morning
# that".
_FORECAST = re.compile(r"\b(?:expects|forecasts|predicts)\s*$")
_TOLD_HOW = (
    r"(?:\s+(?:this|last)\s+(?:morning|afternoon|evening|night|week))?(?:\s+(?:through|via)\s+(?:his|her|their|a|an)\s+"
    r"(?:office|spokes(?:man|woman|person)|lawyers?|solicitors?|agent|press\s+office|aides?)|\s+by\s+(?:e-?mail|phone|"
    r"telephone|letter|text(?:\s+message)?))?(?:\s+(?:this|last)\s+(?:morning|afternoon|evening|night|week))?"
)
_SAY_CLAUSE = (
    r"(?:"
    # "got in touch to say he stands by his figure", "wrote to say", "rang in to say": a message sent in.
    r"(?:(?:got|gets|has\s+been|had\s+been)\s+in\s+touch|(?:wrote|writes|rang|rings|phoned|phones|emailed|e-mailed)"
    # Not a courtesy: "wrote to say thank you to everyone", "rang to say sorry" say nothing of the matter.
    r"(?:\s+in)?)\s+to\s+say(?!\s+(?:a\s+(?:big\s+)?)?(?:thank(?:s|\s+you)?|sorry|well\s+done|congratulations|hello|"
    r"goodbye|good\s*bye|good\s+luck|happy\s+[a-z]+day|how\s+(?:much|grateful|pleased|proud))\b)|"
    r"said|says|added|warned|insisted|argued|claimed|stated|announced|admitted|acknowledged|stressed|noted|"
    rf"explained|believes|predicted|wrote|tweets|tweeted|insists|argues|admits|{_MAINTAINS}|"
    # Not "denies": its clause is what the speaker says is false ("Coach Ben Ortiz denies that the players were paid").
    rf"(?:confirms|confirmed)(?={_THAT})|estimated(?={_THAT})|countered(?={_THAT})|"
    # A concession is a stance too: "Dahl conceded for the first time that the warning system did not work".
    rf"(?:conceded|concedes|accepted|accepts)(?=(?:\s+for\s+the\s+first\s+time)?{_THAT})|"
    rf"(?:tells|told)\s+(?:me|us)(?:\s+(?:afterwards|later|today|yesterday))?{_TOLD_HOW}|"
    # A forecast with its object: "expects up to 15 per cent of customers to leave", "expects that ...". Not "expects
    # to announce" (her own plan) nor "expects a decision in May" (no claim).
    r"(?:expects|forecasts|predicts)(?=\s+that\b|\s+(?!to\b)(?:[\w£$€%,.'’-]+\s+){1,10}?to\s+[a-z]+)|"
    # "Trust chair Lorna McAteer told Ellsmere Sound that ...": an outlet told.
    r"(?:tells|told)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?:\s+(?:on|last|this)\s+\w+)?(?=\s+that\b)|"
    # A judge's or a tribunal's finding is its stance: "Judge Elin Strand ruled that the company had failed ...".
    rf"(?:ruled|rules|found|finds|concluded|held)(?={_THAT})|"
    r"(?:would|could|will) (?:only )?say(?: only)?(?=\s+that)|(?:replies|replied|responds|responded)(?=\s+that)|"
    # "would only say the stone was in his barley": a clause with its own subject and verb, no "that".
    r"(?:would|could|will) only say(?=\s+(?:the|it|he|she|they|his|her|their|its|this)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:was|is|were|are|had|has|have|would|will|could|did)\b))"
)
# How it was said: "said in a sworn statement that", "said in an interview that".
_MEDIUM = (
    r"\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z]+\s+){0,2}(?:statement|interview|letter|post|email|filing|speech|"
    r"affidavit|submission|release|briefing|conference|note|memo|message|tweet|video|"
    # "wrote in the foreword: ...": a report's signed opening, a paper's editorial.
    r"foreword|preface|introduction|editorial|newsletter|column|"
    # "said in a conference abstract that ...", "wrote in a blog post that ...".
    r"abstract|paper|preprint|blog|podcast|report)(?=\s+that\b|,|:)"
)
# After the speaker: when and where it was said, and a trailing aside ("said on Monday, a week after ...").
# A teletext page's pointer closing a sentence: ">> 313", ">> 310 NEWS INDEX".
_PAGE_POINTER = re.compile(r"(?<=[.!?\"”])\s+>>\s?\d{3}(?:\s+[A-Z]{2,}){0,3}$")
_SAID_TAIL = r"(?:\s+[\w'’]+){0,8}(?:,\s+[^,\"“”]{3,60})?\.?$"
_BAD_CLAIM_START = ENGLISH.bad_claim_start
# A post's word written with a capital ("Head Teacher of Marsh School"), which names no person.
_POST_WORD = (
    r"(?:"
    + "|".join(sorted({w.capitalize() for w in ENGLISH.role_words} | {"Chief", "Head", "Deputy", "Managing", "Acting"}))
    + r")\b"
)
_PATTERNS = [
    # "QUOTE," Name said. / "QUOTE," said Name.
    re.compile(rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+{_NAME}\s+{_SAY}\b"),
    # "QUOTE," prosecutor Elena Sorokina told the court, according to a translation. / "QUOTE," Hélène Vasseur,
    # chief executive of Transalpe, told the daily L'Économiste.
    re.compile(
        rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+(?:the\s+|(?:[A-Z][\w&'’-]*\s+){{0,2}}[A-Z][\w&-]*['’]s\s+)?"
        rf"(?:[a-z][\w'’-]*\s+){{1,3}}{_NAME}\s+{_SAY}\b"
    ),
    re.compile(rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+{_NAME},\s+[^,\"“”]{{3,80}},\s+{_SAY}\b"),
    # '"...," Professor Maria Okafor of the Institute of Marine Research said': a person's full name, then their body
    # ("Friends of the Earth said" is a body's name, no person of it: one word before "of").
    re.compile(
        rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?(?!{_POST_WORD})"
        rf"[{_UPPER}][a-z]+\s+(?:[A-Z]\.\s+)?(?!{_POST_WORD})[{_UPPER}][\w'’-]+)\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’-]*"
        rf"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){{0,5}}\s+{_SAY}\b"
    ),
    # '"...," Pelican's chief executive, Declan Farrow, told reporters': the role, then the name in apposition.
    re.compile(
        # '"...," the Minister for Health, Tomasz Wolny, said': an office with capitals after "the".
        rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+(?:(?:the\s+)?[^,\"“”]{{3,60}}?\s+[a-z][\w'’-]*|"
        rf"the\s+[^,\"“”]{{3,60}}?\s+[A-Z][\w'’-]*),\s+{_NAME},\s+{_SAY}\b"
    ),
    re.compile(rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+{_SAY}\s+{_NAME}"),
    # '"...," said director Dr Ann Roe': a role in lowercase between the verb and the name ("said a spokesman for
    # Tesco" is no name: a preposition ends the role).
    re.compile(
        rf"^[\"“](?P<claim>.+?)[,.!?]?[\"”],?\s+(?:said|says|added)\s+(?:the\s+)?"
        rf"(?:(?!(?:for|of|at|from|in|to|with|by|on|and|or|who|that|a|an)\s)[a-z][\w'’-]*\s+){{1,3}}"
        rf"(?=(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[{_UPPER}][a-z]+\s+[{_UPPER}][a-z'’-]+[.,]?$){_NAME}"
    ),
    # "The inspector, Dr Karl Venn, reported that ...": a person's report is their finding (a person only: "The Herald
    # reported that" is a newspaper's news; the loop keeps a titled name or a known given name).
    re.compile(rf"^{_NAME}\s+reported\s+that\s+(?P<claim>.+)$"),
    # According to Name, CLAIM.
    re.compile(
        rf"^According to {_NAME}(?:,\s+(?![^,]*\b(?:would|will|could|is|are|was|were|has|have|had|did)\b)"
        r"[^,]{0,80})?,\s+(?P<claim>.+)$"
    ),
    # CLAIM, according to Name.
    re.compile(rf"^(?P<claim>.+?),\s+according to {_NAME}\b"),
    # CLAIM, Name said. / CLAIM, regional finance minister Name said on Monday.
    re.compile(rf"^(?P<claim>.+?),\s+{_NAME}\s+{_SAY}{_SAID_TAIL}"),
    # "CLAIM, its medical director Dr Yusuf Kamara has told us.": a perfect tense is a saying too.
    re.compile(
        rf"^(?P<claim>.+?),\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){{1,4}}{_NAME}\s+(?:has\s+|had\s+)?{_SAY}{_SAID_TAIL}"
    ),
    re.compile(
        rf"^(?P<claim>.+?),\s+(?:its|his|her|their|the)\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*,\s+{_NAME},\s+"
        rf"{_SAY}{_SAID_TAIL}"
    ),
    # "The mayor of Lyon, Gregory Doucet, said CLAIM": the person in apposition speaks, not the place of the title.
    re.compile(
        rf"^(?:The\s+)?(?:[a-z][\w-]*\s+){{1,3}}of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}},\s+{_NAME},\s+"
        rf"{_SAY_CLAUSE}(?:{_MEDIUM}|\s+(?:on|last|in|at)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?\w+(?:\s+[a-z]+(?=\s+that\b))?)?(?:\s+that)?,?\s+(?P<claim>.+)$"
    ),
    # Union leader Tom Reed said (that) CLAIM. / BP chief executive Tony Hayward said CLAIM. / Skerry Ferries chief
    # executive Nadia Fenwick said CLAIM.
    re.compile(
        # "Opposition science spokesman Kwame Fairlie, quoted in the same article, says ...": any short apposition.
        # "Beatrice Okafor of Fenwick House says": a person's full name before "of" is the speaker, not a prefix
        # ("Secretary of State Lorraine Foss", "The Friends of Harrow Museums' Colin Abbot" are).
        # "Professor Nkechi Obi of Fenmoor University" too: a title before the full name.
        rf"^(?!(?!The\s)(?:(?:Professor|Prof|Dr|Mr|Mrs|Ms|Sir|Dame|Councillor|Cllr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z'’-]+"
        rf"\s+(?:of|from|at)\s)(?:[A-Z][\w&'’-]*\s+){{0,3}}"
        rf"(?:[a-z][\w-]*\s+){{1,3}}{_NAME}"
        rf"(?:,\s+[^,\"“”]{{3,60}},)?\s+"
        rf"{_SAY_CLAUSE}(?:{_MEDIUM}|\s+(?:on|last|in|at)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?\w+(?:\s+[a-z]+(?=\s+that\b))?|\s+for\s+the\s+first\s+time)?"
        r"(?:\s+that)?,?\s+(?P<claim>.+)$"
    ),
    # Name, the title of Org, said (that) CLAIM.
    re.compile(
        # "Professor Nkechi Obi of Fenmoor University, who has studied the maps, said ...": the body, then an aside.
        # "Ada Roy of the Dockers' Union says ...": a plural possessive in the body's name; "has since said" too.
        rf"^{_NAME}(?:\s+(?:plc|PLC|Ltd|Inc|AG|SA|NV)\.?)?(?:\s+(?:of|from|at)\s+(?:the\s+)?"
        rf"[A-Z][\w&-]*['’]?(?:\s+[A-Z][\w&-]*['’]?){{0,3}})?(?:,\s+[^,]{{2,80}},)?\s+(?:(?:now|also|later|again|then|still)\s+)?"
        rf"(?:(?:has|have|had)\s+(?:(?:since|now|also|already)\s+)?)?"
        # "Tomas Egeland described the situation as "serious" and said ...": the second predicate is the saying.
        rf"(?:[a-z]+ed\s+[^;:,]{{2,80}}?\s+and\s+)?(?:{_SAY_CLAUSE}|(?:tells|told)\s+(?:me|us)(?:\s+(?:afterwards|later|today|yesterday|on\s+\w+))?{_TOLD_HOW}(?:\s+that)?(?=\s)|told\s+(?:[\w'’]+\s+){{1,6}}?that|told\s+(?:a|the)\s+(?:press\s+|news\s+)?(?:conference|meeting|briefing|rally|hearing|gathering|summit|seminar)(?:\s+[\w'’]+){{0,10}}?\s+that|(?:let|lets)\s+(?:us|me|it\s+be)\s+know(?:n)?(?:\s+[\w'’]+){{0,4}}?\s+that|told\s+(?:the\s+[a-z]+|reporters|journalists|MPs|parliament|buyers|customers|residents|members|delegates|"
        r"supporters|shareholders|investors|listeners|viewers|voters|parents|farmers|growers)"
        r"(?:\s+(?:this|last|on)\s+\w+)?(?=\s+(?:he|she|they|it|there|the|a|an|[A-Z][a-z]+)\s))(?:"
        + _MEDIUM
        + r"|\s+(?:on|last|in|at)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?\w+(?:\s+[a-z]+(?=\s+that\b))?"
        + r"|\s+for\s+the\s+first\s+time)?"
        # 'Dr Helen Marsh, chief safety officer, said: "With every strength now affected, ..."'
        r"(?:\s+that)?[,:]?\s+(?P<claim>.+)$"
    ),
]
_NOT_SUBJECT_WORD = (
    r"(?:to|of|from|with|who|which|that|whom|outside|inside|at|in|on|by|for|about|near|behind|against|met|meet|meets|"
    r"and|or|than|like|after|before|under|over|between|among|told|tells|telling)"
)
_REPORTED = next(i for i, p in enumerate(_PATTERNS) if r"\s+reported\s+that" in p.pattern)


def _a_person(name: str, text: str) -> bool:
    """A person, not a body or a newspaper: a personal title before the name, or a given name the lists know."""
    titled = re.search(rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s+{re.escape(name)}\b", text)
    return titled is not None or (len(name.split()) >= 2 and _name_gender(name.split()[0]) is not None)


_COLON_QUOTE = len(_PATTERNS)  # the index of the colon pattern, appended next
_PATTERNS.append(
    # A named subject, then a colon and a quotation: 'Marta Sundqvist said: "..."', 'Jess Okoro again: "..."',
    # 'Dana Whyte has been on breakfast radio: "..."', 'Pieter Vandamme, Halvorsen's chief executive, was firm when I
    # reached him: "..."'. The quotation is the subject's, whatever the words before the colon.
    re.compile(
        # The name is the clause's subject: not the object of a preposition or a relative clause ("Protesters outside
        # Mayor John Smith's office chanted: ...", "Residents who met Councillor Tom Hale had one message: ...", "A
        # letter to Health Secretary Jo Bell warned: ..."), and no other name comes between it and the colon.
        # A heading the splitter ran into the sentence ("Coxswain's comment Rhodri Vaughan said: ...") may hold a
        # possessive.
        rf"^(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:(?!{_NOT_SUBJECT_WORD}\b)[a-z][\w'’-]*\s+){{0,3}}{_NAME}(?!['’]s\b)"
        # "Nadine Farrant, in a statement: ...": an aside may run up to the colon.
        r"(?:(?:,\s+[^,\"“”:]{1,80}){1,2}(?:,|(?=:)))?(?:\s+(?:[^\"“”:A-Z]|I\b|"
        # A place, a day or an outlet after a preposition: "was blunt after the game in Leeds: ..."; the one told:
        # "told the BBC: ...", "told BBC Radio Leeds on Monday: ...", "said to Sky News: ...".
        r"(?:(?<=\bin )|(?<=\bon )|(?<=\bat )|(?<=\bafter )|(?<=\bbefore )|(?<=\bduring )|(?<=\bsince )|(?<=\buntil )"
        r"|(?<=\btold )|(?<=\btold the )|(?<=\btells )|(?<=\btells the )|(?<=\bto )|(?<=\bto the )"
        # The body a statement goes out through or is read out by: "has sent a statement, read out by the Coastguard:
        # ...", "has put out a statement through Brookfield Homes: ...".
        r"|(?<=\bby the )|(?<=\bthrough ))"
        r"(?>[A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,3})){0,60})?:\s+[\"“](?P<claim>[^\"“”]{10,}|[^\"“”]{3,}$)"
        r"[\"”]?\.?$"
    )
)
_PATTERNS.append(
    # "Aldous puts to him what Ambassador Ndaba said on Tuesday: that Makoria would take the case ...": the reported
    # words' speaker.
    re.compile(rf"\bwhat\s+{_NAME}\s+(?:said|told\s+\w+|wrote)(?:\s+(?:on|last|this)\s+\w+)?:\s+that\s+(?P<claim>.+)$")
)
_PATTERNS.append(
    # "I spoke to Imogen Tait of Fly Fair before we recorded, and she told me the real number is nearer 60,000".
    re.compile(
        rf"\b(?:spoke|talked|spoken|talking|speaking)\s+to\s+{_NAME}\b[^;\"“”]{{0,80}}?,?\s+(?:and|who)\s+(?:she|he)\s+"
        r"(?:told|tells)\s+(?:me|us)\s+(?:that\s+)?(?P<claim>.+)$"
    )
)
_PATTERNS.append(
    # "I put the question to Lars Holm at the River Authority, who said ...": the relative clause's speaker.
    re.compile(
        rf"\b{_NAME}(?:\s+(?:at|of|from|for)\s+(?:the\s+)?[A-Z][^,]{{2,50}})?,\s+who\s+(?:{_SAY_CLAUSE})"
        r"(?:\s+that)?,?\s+(?P<claim>.+)$"
    )
)
_PATTERNS.append(
    # Name rejected that, saying CLAIM / Name hit back, telling the Herald that CLAIM: the reply's own words are
    # the stance, not "rejected that", which only the sentence before explains.
    re.compile(
        rf"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_NAME}\s+(?:has\s+|have\s+)?"
        r"(?:(?:denied|rejected|disputed|dismissed|contested|challenged)\s+[^,]{1,40}|hit back|fired back|replied|"
        r"responded|countered),\s+(?:saying|arguing|insisting|adding|telling\s+(?:\w+\s+){1,3}?that|telling\s+"
        r"(?:the\s+\w+|reporters|journalists|him|her|them|MPs|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))\s+(?:that\s+)?"
        r"(?P<claim>.+)$"
    )
)
_PATTERNS.append(
    # Name denied / rejected / criticised ...: the whole sentence is the stance.
    re.compile(
        rf"^(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}{_NAME}(?:,\s+[^,]{{3,80}},)?\s+(?:has\s+|have\s+)?"
        r"(?:(?:also|again|then|later|now)\s+)?"
        # "Sir Roland Pike resigned after the vote and called it ...": the second predicate is the stance.
        r"(?:[a-z]+ed\s+[^;:,\"“”]{2,60}?\s+and\s+)?"
        r"(?P<verb>denied|denies|rejected|rejects|disputed|disputes|dismissed|criticised|criticized|accused|blamed|"
        r"challenged|contradicted|"
        # A notice's line for each author: "Ana Vik agrees with this retraction.", "Tom Hale does not agree with it."
        r"(?:(?:does|did)\s+not\s+)?(?:agree|agrees|agreed|disagrees|disagreed)(?=\s+with\s+(?:this|the|its|that)\s)|"
        # A judgement in the speaker's words: "Ellery called the ruling "a miscarriage of justice"", "Bakke calls rules
        # that allow a three-hour gap "outdated"".
        r"(?:called|calls|described|describes|labelled|labeled|termed|branded)(?=\s[^\"“]{0,80}[\"“])|"
        r"puts?(?=\s+(?:the|its|his|her|their)\s+\w+(?:\s+\w+)?\s+at\s))\s+(?P<claim>.+)$"
    )
)
_PATTERNS.append(
    # "The interim report, by Dame Ursula Penhaligon, found that ...": a report's finding is its author's.
    re.compile(
        r"^The\s+(?:[a-z]+\s+){0,2}(?:report|review|inquiry|study|audit|investigation|findings|analysis),\s+"
        rf"(?:by|led\s+by|written\s+by|from)\s+{_NAME},\s+(?:found|concluded|finds|concludes|says|said|warned|warns)"
        r"\s+(?:that\s+)?(?P<claim>.+)$"
    )
)
_PATTERNS.append(
    # "Professor Ana Vik's statement on her resignation, issued through her lawyers, says: "...": the words of a
    # person's own statement, letter or email are theirs.
    re.compile(
        rf"^{_NAME}['’]s\s+(?:[a-z]+\s+){{0,2}}(?:statement|letter|email|note|message|reply|response|apology)\b"
        r"[^\"“”:]{0,100}?\s+(?:says|said|reads|read|states|stated|begins|began)[:,]?\s+[\"“](?P<claim>[^\"“”]{10,})[\"”]?\.?$"
    )
)
_PATTERNS.append(
    # "Dr Ana Vik also repeats the March advice: keep children indoors, don't open the windows.": what a person's
    # advice, warning or position says, set out after a colon without quotation marks.
    re.compile(
        rf"^{_NAME}\s+(?:(?:also|again|then|now)\s+)?(?:repeats|repeated|restates|restated|reiterates|reiterated|"
        r"sets\s+out|set\s+out|spells\s+out|spelled\s+out|gives|gave)\s+(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:advice|warning|message|position|instructions|guidance|demands?|case|view):\s+(?P<claim>[^\"“”]{10,})$"
    )
)
# A participle and its object opening a sentence: "Using an analogy to explain it, ...", "Describing the night, ...".
_PARTICIPLE_LEAD = r"[A-Z][a-z]+ing\s+(?:a|an|the|his|her|its|their|this|these|those|our|my)\s"
_PRONOUN = re.compile(
    # "Kestrel Aerospace ... sent us a line this morning. They say they have ...": the body the sentence before names.
    r"^They\s+(?:say|says|said|insist|insisted|maintain|maintained)\s+(?:that\s+)?(?P<claim8>[^\"“”]*[\"“].{4,}|.{20,})$|"
    # 'Asked about the documents on Thursday, he told us: "The ground is staying ..."': the reply is the stance.
    r"^(?:Asked|Pressed|Questioned|Challenged)\b[^,\"“”]{0,100},\s+(?:he|she)\s+(?:said|says|told\s+\w+|tells\s+\w+|replied|"
    r"answered|replies|replied)[:,]?\s+(?:that\s+)?(?P<claim7>.{10,}?)\.?$|"
    # "Her biggest fear, she said, is that Tidewater borrows ...": the saying set off inside the sentence.
    r"^(?P<claim6>(?:Her|His|Their|The)\s+[^,\"“”]{2,60}),\s+(?:he|she)\s+(?:said|says|added|told\s+\w+),\s+"
    r"(?P<rest6>(?:is|was|are|were|would|will|had|has)\b.+)$|"
    # "He told me the agency's limit ...", "he told me afterwards that ...": the reporter as the one told.
    rf"^(?:He|She)\s+(?:{_SAY}|tells)\s+(?:me|us)(?:\s+(?:afterwards|later|today|yesterday|on\s+\w+))?\s+(?:that\s+)?"
    r"(?P<claim3>.+)$"
    # '"We are not a charity," he is quoted as saying.': a translated or relayed quotation.
    # Not a participle's phrase before "she told ...: "..."" ("Using an example from her ward, she told us: ..."): the
    # quotation after the colon is what she said.
    rf"|^(?!{_PARTICIPLE_LEAD})(?P<claim>.+?),[\"”]?\s+(?:he|she)\s+(?:{_SAY}\b|(?:is|was)\s+quoted\s+as\s+saying\b)"
    # "She would not discuss the case but said the rules were clear: "...": the quotation after the colon.
    # Not when others say it to him: "He was met by protesters chanting: "..."".
    rf"|^(?:(?:On|Last|This|Later|Earlier|By)\s+\w+,?\s+|{_PARTICIPLE_LEAD}[^,\"“”]{{0,80}},\s+)?(?:He|She|he|she)\b"
    r"(?![^\"“”:]{0,100}\b(?:by|chant\w*|shout\w*|sing\w*|sang|who|whose|which)\b)[^\"“”:]{0,100}:\s+"
    r"[\"“](?P<claim4>[^\"“”]{10,})[\"”]?\.?$"
    # 'His words: "I am not going to make a decision on one object that sets the rule for ten thousand."'
    # "His statement is short: "I accept ..."": the words of his own statement or letter.
    r"|^(?:His|Her)\s+(?:own\s+)?(?:words|reply|answer|verdict|response|statement|letter|email|note)(?:\s+\w+){0,2}:\s+"
    r"[\"“](?P<claim5>[^\"“”]{10,})[\"”]?\.?$"
    # "She estimates, with the caveat that she has seen only the accounts, that ...": an aside before the clause.
    rf"|^(?:He|She)\s+(?:{_SAY}|estimates|estimated)(?:,\s+[^,]{{3,80}},)?\s+(?:that\s+)?(?P<claim2>.+)$"
)
_TITLES = re.compile(
    r"^(?:(?:Secretary|Minister) of (?:State|the [A-Z][a-z]+|[A-Z][a-z]+)|"
    # "Secretary of State Alan Brody" read from "State": the office's last word before a full name.
    r"State(?=\s+[A-Z][a-z]+\s+[A-Z][a-z'’-]+$)|"
    r"Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Prime Minister|Minister|Secretary|Senator|Sen|"
    r"Rep|Gov|Governor|Mayor|Councillor|Councilor|Cllr|Alderman|Chief|Admiral|Adm|General|Gen|Captain|Judge|"
    r"Attorney General)\.?\s+"
)
_NOT_ACTORS = ENGLISH.never_names
_CLAIM_MIN_WORDS = 5
# A sentence opening on a pronoun and its saying, not a quotation's tag: "She said she hoped ...", "He told the court".
_PRONOUN_SAYS_OPEN = re.compile(
    r"^(?:(?:But|And|Later|Afterwards),?\s+)?(?:She|He)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|"
    r"adds|explained|stressed|warned|insisted|noted|indicated)\b"
)
# A short claim that is a measure ("it weighs 9.3 kilograms", "they cost £40 each"): a pronoun, a verb of measure and
# a figure with its unit; a bare number ("she is 42"), a year ("it was 2019") or a time ("it is 9.30am") is none.
_SHORT_MEASURE = re.compile(
    r"^(?:it|they|this|that|the\s+\w+)\s+(?:weigh(?:s|ed)?|cost(?:s)?|measur(?:es|ed)|total(?:s|led)?|"
    r"number(?:s|ed)?|came\s+to|comes\s+to|is|was|are|were)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|"
    r"under\s+|just\s+)?(?:[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?|\d[\d,.]*\s?"
    r"(?!am\b|pm\b|years?\b|times\b)(?:%|per\s?cent|[a-z]{2,}))[\s\w]*\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    actor: str  # as written, titles kept: "BP chief executive Tony Hayward" -> "Tony Hayward"
    key: str  # grouping key: the last name word, lower case
    claim: str  # what they said, attribution removed
    sentence: Sentence
    quoted: bool
    # The name to show a reader: the actor with the office most reports give them ("Treasury Secretary Scott
    # Bessent"); empty where it is the actor as written. `actor` stays the name the reports write, which the tension
    # and turn checks look for in the text.
    shown: str = ""

    @property
    def display(self) -> str:
        """The name a perspective shows."""
        return self.shown or self.actor


def _given_words(actor: str) -> set[str]:
    """The words of a full name before the surname, initials and all ("George W. Bush" -> {"George", "W"}); a title
    or role is no given name ("Ambassador Ndaba" is Joseph Ndaba, the ambassador). A body's words before its head
    noun tell it from another of that head ("Police Federation", "Teachers' Federation")."""
    words = actor.split()
    if len(words) > 1 and re.sub(r"['’]s?$", "", words[-1]).lower() in _BODY_HEADS:
        return {w for w in words[:-1] if w not in {"The", "the", "of", "for", "and"}}
    # A body's name and possessive are no given name either: "CDC's Besser", "the Wildlife Bureau's Kessler" are the
    # Besser and the Kessler the reports name in full.
    given = words[:-1]
    owned = [i for i, w in enumerate(given) if re.search(r"['’]s?$", w)]
    return {
        w.rstrip(".")
        for w in given[owned[-1] + 1 if owned else 0 :]
        if w.lower().rstrip(".") not in _ROLE_WORDS and not _TITLES.match(w.rstrip(".") + " ")
    }


def _short_form(a: str, b: str) -> bool:
    """One of two given names is the other's English short form ("Ed" and "Edward", "Liz" and "Elizabeth")."""
    a, b = a.lower(), b.lower()
    return b in SHORT_FORMS.get(a, ()) or a in SHORT_FORMS.get(b, ())


def _same_given(a: str, b: str) -> bool:
    """One given name spelt two ways by two outlets ("Elena" and "Yelena", "Arkadiy" and "Arkady", "Sergei" and
    "Sergey"): the transliterations of one Cyrillic name, "y" for "i", a leading "Y"/"J" or a final "i"/"y" added;
    or a short form and its full name ("Ed" and "Edward", "Bob" and "Robert").
    Another letter makes another person: "Louis" and "Louise", "Daniel" and "Daniela", "Ryan" and "Bryan"."""
    return _short_form(a, b) or _spelt_alike(a, b)


def _spelt_alike(a: str, b: str) -> bool:
    """One given name in two transliterations ("Elena" and "Yelena", "Sergei" and "Sergey")."""
    a, b = a.lower().replace("y", "i"), b.lower().replace("y", "i")  # "Sergei" and "Sergey"
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or len(long) != len(short) + 1:
        return False
    return (long.startswith(short) and long[-1] == "i") or (long.endswith(short) and long[0] in "ij")


def _namesakes(actors: set[str]) -> dict[str, str]:
    """Full names of one surname grouped by the given names they share ("Newsbeat Jermaine Jackson" and "Jermaine
    Jackson" are one; "Michael Jackson" another; "S. Fisher" is the one Fisher whose given name starts with S):
    each name -> the given name its group is keyed by."""
    groups: list[tuple[set[str], list[str]]] = []
    for actor in sorted(actors, key=lambda a: (-len(a), a)):
        words = {w for w in _given_words(actor) if len(w) > 1}
        if not words:
            continue
        hits = [g for g in groups if any(_spelt_alike(x, y) for x in g[0] for y in words)]
        # A short form joins the one group of its full name; "Chris" beside a Christopher and a Christine is neither.
        short = [g for g in groups if g not in hits and any(_short_form(x, y) for x in g[0] for y in words)]
        hits += short if len(short) == 1 else []
        if hits:
            hits[0][0].update(words)
            hits[0][1].append(actor)
            for other in hits[1:]:  # a name that joins two groups makes them one
                hits[0][0].update(other[0])
                hits[0][1].extend(other[1])
                groups.remove(other)
        else:
            groups.append((set(words), [actor]))
    out: dict[str, str] = {}
    if len(groups) < 2:
        return out
    for _words, names in groups:
        label = names[-1].split()[0].rstrip(".")  # the shortest full name's given name
        out.update((n, label) for n in names)
    for actor in actors - out.keys():  # initials only: the one group whose given name they begin
        initials = _given_words(actor)
        fits = {out[n] for n in out if all(any(w.startswith(i) for w in _given_words(n)) for i in initials)}
        if len(fits) == 1:
            out[actor] = fits.pop()
    return out


def split_namesakes(claims: Sequence[Attribution]) -> list[Attribution]:
    """Claims keyed apart where the reports name two people of one surname ("Steven Fisher", the ambassador, and
    "Martin Fisher", a fireman): a surname key would merge them. A bare "Fisher" goes to the namesake its report
    names."""
    by_key: dict[str, list[Attribution]] = {}
    for c in claims:
        by_key.setdefault(c.key, []).append(c)
    renamed: dict[int, str] = {}
    for key, items in by_key.items():
        if key.startswith("the "):
            continue
        given = _namesakes({c.actor for c in items if len(c.actor.split()) >= 2})
        if not given:
            continue
        for c in items:
            first = given.get(c.actor)
            if first is None:  # a bare surname: the full name its own report gives
                # "Mr Chernoff" beside an Ed and an Anna Chernoff: the title says which.
                titled = _title_gender(c.sentence.text, c.actor.split()[-1])
                first = next(
                    (
                        given[o.actor]
                        for o in items
                        if o.sentence.article == c.sentence.article
                        and o.actor in given
                        and (titled is None or _name_gender(o.actor) in (None, titled))
                    ),
                    None,
                )
            if first is not None:
                renamed[id(c)] = f"{first.lower()} {key}"
    return [replace(c, key=renamed[id(c)]) if id(c) in renamed else c for c in claims]


def _title_gender(text: str, surname: str) -> str | None:
    """ "m" or "f" where the text gives the surname a man's or a woman's title ("Mr Chernoff", "Ms Chernoff")."""
    for pattern, gender in ((_MALE_TITLE, "m"), (_FEMALE_TITLE, "f")):
        if any(m.group(1) == surname for m in pattern.finditer(text)):
            return gender
    return None


# A department named by its function: "Customer Services", "Press Office", "Human Resources", "Complaints Team".
_DEPARTMENT = re.compile(
    r"(?:customer|customers|press|media|communications|human|legal|accounts|finance|marketing|sales|support|"
    r"technical|help|complaints|investor|corporate)\s+(?:services?|office|resources|care|team|department|desk|unit|"
    r"relations|affairs)"
)


def clean_name(name: str) -> str | None:
    """A displayable actor name, or None when the words name nobody in particular."""
    name = re.sub(r"['’]s$", "", name.strip(" ,.'’")).strip()
    # "BP's Doug Suttles" -> "Doug Suttles", "the CDC's Dr. Anne Schuchat" -> "Dr. Anne Schuchat" (then no title)
    # "Unity Power's Kerry Blaine", "The Office of Energy Networks' Colm Devereux" too: the body before a full name.
    name = re.sub(
        r"^(?:(?:The\s+)?(?:[A-Z][\w&.-]*\s+(?:of\s+)?){0,4})?[A-Z][\w&.-]*(?:['’]s|s['’])\s+"
        r"(?=(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z])",
        "",
        name,
    )
    posts = [w.lower().rstrip(".") for w in name.split()]
    if len(posts) >= 2 and all(w in _ROLE_TITLES or w in _POST_QUALIFIERS for w in posts):
        # "Chief Executive" read as a name from "Priya Banerjee, Chief Executive, writes": a post written as a title, no
        # name ("The Chair" of minutes stays, for the holder the attendance list names).
        return None
    if re.match(r"^(?:I['’]|(?:Nobody|Somebody|Someone|Anyone|Anybody|Everyone|Everybody|No one)\b)", name):
        return None  # "I've told her so": the speaker's own "I", not a name
    while True:
        stripped = _TITLES.sub("", name)
        if stripped == name:
            break
        name = stripped
    parts = name.split()
    # "The Police Federation", "Doctors' Association": a body's head noun keeps the common nouns that name it.
    body = len(parts) > 1 and re.sub(r"['’]s?$", "", parts[-1]).lower() in _BODY_HEADS
    while parts and parts[0] in _NOT_ACTORS and not (body and re.sub(r"['’]s?$", "", parts[0]) in _COMMON_NAMES):
        parts = parts[1:]
    # "Because Jackson (was frail, ...)", "Using Tamiflu": a name in a clause's opening names no speaker.
    if parts and parts[0] in CLAUSE_OPENERS:
        return None
    if parts and all(p in SENTENCE_ADVERBS for p in parts):
        return None  # "Latest", "Meanwhile": no name at all
    # "Meanwhile Reid", "Even Sarah Palin": an adverb before the subject; but "Even Pellerud", "Still Waters Trust" and
    # "Latest Homes" are names, so one a name may open with goes only before a known given name here, elsewhere where
    # the reports show it is the adverb (without_opening_adverb).
    while len(parts) > 1 and parts[0] in SENTENCE_ADVERBS:
        if parts[0] in NAME_OPENING_ADVERBS and _name_gender(parts[1]) is None:
            break
        parts = parts[1:]
    # "Dutch-born Britta Vangen", "Leeds-based Amir Khan": a compound adjective before the name is no part of it.
    while len(parts) > 2 and re.match(r"^[A-Z][a-z]+-[a-z]+$", parts[0]):
        parts = parts[1:]
    # "Prosecutor Yelena Sorokina": a role noun capitalised before a full name is a title.
    # "Neighbour Gordon Lisle", "Tenant Ruth Dale": a relation noun too.
    while len(parts) > 2 and any(
        w in _ROLE_WORDS or w + "s" in _ROLE_WORDS or w in _RELATION_NOUNS for w in parts[0].lower().split("-")
    ):
        parts = parts[1:]  # "Director-General Keiji Fukuda" too
    # "Brightwave Chair Ruth Okafor", "Vantel Chief Executive Sunil Rao": the name follows the last role word.
    roles = [i for i, p in enumerate(parts) if p.lower().strip(".") in _ROLE_TITLES]
    if roles and 0 < len(parts) - roles[-1] - 1 <= 3:
        rest = parts[roles[-1] + 1 :]
        if all(re.match(r"^(?:[A-Z][a-z]|(?:al|el)-[A-Z])", w) for w in rest):
            parts = rest
    # "Customer Services told customers ...", "Tixway Press Office said ...": a department of a body is no actor of its
    # own; the body it belongs to speaks where the name gives it ("Tixway"), else nobody in particular.
    while len(parts) >= 2 and _DEPARTMENT.fullmatch(" ".join(parts[-2:]).lower()):
        parts = parts[:-2]
    if not parts or len(parts) > 5:
        return None
    if len(parts) == 1 and parts[0] in _PARTICIPLE_OPENERS:
        return None  # "Asked about the documents, he told us ...": a participle, not a name
    if all(p in _NOT_ACTORS for p in parts):
        return None
    return " ".join(parts)


def without_opening_adverb(name: str, texts: Sequence[str]) -> str:
    """The name without an adverb it opens with ("Even Ortega said ..." is Ortega), where the reports show the word is
    the adverb: they write the whole only where a sentence opens, and what follows it elsewhere without it (a single
    word inside a sentence, where its capital marks a name). Otherwise the word is the name's ("Even Pellerud", a
    given name; "Still Waters Trust", "Latest Homes")."""
    parts = name.split()
    if len(parts) < 2 or parts[0] not in NAME_OPENING_ADVERBS:
        return name
    rest = " ".join(parts[1:])
    whole = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    alone = re.compile(rf"(?<![\w-]){re.escape(rest)}(?![\w-])")
    if any(not _OPENING.search(t[: m.start()]) for t in texts for m in whole.finditer(t)):
        return name  # "the Norway coach Even Pellerud": the whole name inside a sentence
    for t in texts:
        for m in alone.finditer(t):
            before = t[: m.start()]
            if re.search(rf"\b{parts[0]}\s*$", before, re.IGNORECASE):
                continue
            if len(parts) > 2 or not _OPENING.search(before):
                return rest
    return name


# What comes before a word that opens a sentence, a quotation or a clause after a colon.
_OPENING = re.compile(r"(?:^|[.!?:;\"“‘(—–])[\s\"“‘']*$")


def _without_opening_adverbs(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """Each claim's actor without an adverb that opened the sentence ("Even Ortega" -> "Ortega"), where the reports
    show it is one."""
    texts = [t.text for t in context[:5000]]
    out = []
    for a in items:
        name = without_opening_adverb(a.actor, texts)
        out.append(a if name == a.actor else replace(a, actor=name, key=actor_key(name)))
    return out


# Plural common nouns that open a sentence capitalised and look like a name: a group, no named actor.
_GROUP_NOUNS = frozenset(
    {"Members", "Schools", "Officers", "Councillors", "Teachers", "Colleagues", "Students", "Parents", "Residents"}
    | {"Patients", "Hoteliers", "Universities", "Readers", "Campaigners", "Officials", "Families", "Staff", "Workers"}
    | {"Doctors", "Nurses", "Farmers", "Fans", "Supporters", "Shoppers", "Traders", "Passengers", "Pupils", "Voters"}
    # "People told us staff were kind but rushed.", "Management has told us ...": an inspection's or an agency's
    # word for whom it spoke to, no name.
    | {"People", "Relatives", "Carers", "Management", "Managers", "Employees", "Volunteers", "Visitors", "Tenants"}
    | {"Neighbours", "Locals", "Customers", "Analysts", "Inspectors"}
)
# The head nouns of a body's name ("Police Federation", "Fire Brigades Union", "Road Haulage Association").
_BODY_HEADS = frozenset(
    {"federation", "union", "association", "society", "institute", "league", "guild", "alliance", "confederation"}
    | {"council", "college", "trust", "foundation", "network", "coalition", "forum", "collective", "chamber"}
    | {"commission", "committee", "authority", "board", "service", "group", "club", "congress", "assembly"}
)
# Common nouns the reports capitalise as a sentence's subject and a body's name may open with: "Police said" names
# nobody, "the Police Federation said" a body.
_COMMON_NAMES = frozenset(
    {w for w in ENGLISH.never_names if w.lower() in ENGLISH.role_words}
    | {"Doctors", "Residents", "Scientists", "Witnesses", "Critics", "Experts", "Analysts", "Sources"}
)
_PARTICIPLE_OPENERS = frozenset(["Asked", "Pressed", "Questioned", "Told", "Speaking", "Challenged", "Invited"])
_CORPORATE = ENGLISH.corporate_suffixes
# A company's role written as a title before a name, capitalised in US style ("Vantel Chief Executive Sunil Rao").
# Public offices stay with the name ("Venezuelan President Hugo Chavez").
_ROLE_TITLES = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "chief", "executive", "ceo", "cfo", "officer", "director"}
    | {"spokesman", "spokeswoman", "spokesperson", "analyst", "partner", "founder", "manager"}
)
# What qualifies a post written as a title: "Managing Director", "Deputy Chief Executive", "Acting Chair".
_POST_QUALIFIERS = frozenset({"managing", "deputy", "senior", "vice", "assistant", "acting", "interim", "joint"})
# An Arabic article joined to a surname is spelt with it by one outlet and without by another
# ("Youssef al-Mansouri", "Yusuf Mansouri"): the key leaves it out.
_PARTICLE = re.compile(r"^(?:al|el|ul|ad|an|ar|as|ash|at|az)-(?=[a-z])")


def actor_key(name: str) -> str:
    """Grouping key: the last name word, company suffixes ignored ("BP Plc" and "BP" are one actor), spelt one way
    ("Organisation" and "Organization" are one body's)."""
    parts = [p for p in re.split(r"\s+", name) if p]
    while len(parts) > 1 and parts[-1].lower().strip(".") in _CORPORATE:
        parts = parts[:-1]
    if not parts:
        return ""
    if len(parts) == 2 and _FAMILY_FIRST.match(parts[1]) and parts[0][:1].isupper():
        return parts[0].lower()  # "Ban Ki-moon" is Mr Ban: a Korean name writes the family name first
    last = _PARTICLE.sub("", re.sub(r"['’]s$", "", parts[-1].lower()))
    return SPELLINGS.get(last, last)


# A Korean given name, written after the family name with a hyphen and no capital after it ("Ki-moon", "Jae-in").
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


_LEADING_WHEN = re.compile(
    # "had said a fortnight ago that ...": a span before now, too.
    r"^(?:(?:a|one|two|three|four|several|\d+)\s+(?:fortnight|days?|weeks?|months?|years?)\s+(?:ago|earlier),?\s+|"
    r"(?:late |early )?(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|tonight|week|month|earlier|recently|in a statement|in an interview)\b[^,]{0,30}?,?\s+)?that\s+"
    # Not the demonstrative as a subject: "That is being worked through", "That is a question for our lawyers".
    r"(?!(?:is|was|will|would|has|had|does|did|can|could|should|may|might|must)\b)",
    re.IGNORECASE,
)


_LEADING_DAY = re.compile(
    r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+"
    r"(?=(?:the|a|an|its|his|her|their|it|he|she|they|[A-Z])\b)"
)


def _claim_text(claim: str) -> str:
    claim = claim.strip()
    # A quotation: its own marks go; a quote inside a sentence, or one that opens it ('"a small number" of
    # officers had ...'), keeps them.
    if claim.startswith(('"', "“")) and not re.match(r'^["“][^"“”]*["”]\s*[\w(]', claim):
        claim = re.sub(r'^["“]|["”]\.?$', "", claim).strip()
    claim = claim.rstrip(",")
    claim = re.split(r",?\s+(?:while|whereas)\s+(?=[A-Z])", claim, maxsplit=1)[0]  # "..., while Fairbairn warned ..."
    claim = re.sub(r"^(?:however|though|also|too|again|instead),?\s+(?=that\s)", "", claim, flags=re.IGNORECASE)
    claim = _LEADING_WHEN.sub("", claim)  # "warned, however, that X" -> "X"  # "said Tuesday that BP ..." -> "BP ..."
    claim = re.sub(r"^(?:[a-z]+ly|again|repeatedly)\s+that\s+", "", claim)  # "said publicly that ..."
    claim = _LEADING_DAY.sub("", claim)  # "said Tuesday the company would ..." -> "The company would ..."
    # "X said A; the companies say B": what follows the semicolon is another side's.
    claim = re.split(rf";\s+(?=[^;]*\b(?:{_SAY}|say|insist|argue|claim|puts?)\b)", claim, maxsplit=1)[0]
    if claim and claim[0].islower():
        claim = claim[0].upper() + claim[1:]
    claim = re.sub(r'^(["“])([a-z])', lambda q: q.group(1) + q.group(2).upper(), claim)
    if claim and claim[-1] not in ".!?":
        claim += "."
    return claim


def _posts(text: str) -> list[str]:
    """A thread's posts the sentence holds, each without its time stamp and number; the text alone elsewhere."""
    pieces = [p.strip() for p in THREAD_STAMP.split(text)]
    pieces = [re.sub(r"^(?:🧵\s*)?\d{1,3}/\s+", "", p) for p in pieces if p.strip()]
    return pieces or [text]


_POST_NUMBER = re.compile(r"^(?:🧵\s*)?\d{1,3}/\s")
_POST_OPENER = re.compile(
    # "Director of public health Dr Ana Vik sets it out.": a role in common nouns may come before the titled name.
    r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s+(?=(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof)\.?\s))?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\b"
)
# A pronoun before a colon and a quotation, in a sentence that names nobody: "And a change in the advice, which he
# flags himself: "...".
_PRONOUN_COLON = re.compile(
    r"^(?![^\"“”:]*\b(?:by|who|whose|whom)\b)[^\"“”:]{0,100}\b(?:he|she)\b[^\"“”:]{0,40}:\s+"
    r"[\"“](?P<claim>[^\"“”]{10,}|[^\"“”]{3,}$)[\"”]?\.?$"
)


def _thread_openers(context: Sequence[Sentence], inner: set[str]) -> dict[int, dict[tuple[int, str], str]]:
    """Per thread (an article whose sentences run its posts together), each post's pieces with the person the post
    opens with ("3/ Sethi first, with the wider sampling."), or, where it opens with no one, the one the post before
    opens with: who a "he" in it means."""
    by_article: dict[int, list[Sentence]] = {}
    for t in context[:5000]:
        by_article.setdefault(t.article, []).append(t)
    out: dict[int, dict[tuple[int, str], str]] = {}
    for article, ts in by_article.items():
        if not any(len(_posts(t.text)) > 1 for t in ts):
            continue
        opener: str | None = None
        before: str | None = None
        pieces: dict[tuple[int, str], str] = {}
        for t in sorted(ts, key=lambda t: t.position):
            for k, piece in enumerate(_posts(t.text)):
                if k > 0 or _POST_NUMBER.match(t.text):
                    m = _POST_OPENER.match(piece)
                    name = clean_name(m.group("name")) if m and m.group("name").split()[-1] in inner else None
                    before, opener = opener, name
                who = opener or before
                if who:
                    pieces[(t.position, piece)] = who
        out[article] = pieces
    return out


def _clauses(sentences: Sequence[Sentence]) -> list[tuple[Sentence, str]]:
    """Each sentence, then each later clause after a semicolon that says who said it: "X said A; Y said B"; a thread's
    posts run together, each apart ("... he says. · 10:11 AM 4/ Sethi: "There is ..."")."""
    out = []
    for s in sentences:
        text = strip_dateline(s.text) if s.position == 0 else s.text  # "LONDON, April 2 (Wire) - Veltro said"
        posts = _posts(text)
        if len(posts) > 1 or posts[0] != text:
            out += _clauses([replace(s, text=p) for p in posts])
            continue
        text = _unmarked(text)  # "KIT MERCER: Pelican says 31,000 bookings ...": what the host relays
        out.append((s, text))
        parts = re.split(r";\s+", text)
        said = rf"\b(?:{_SAY}|say|insist|argue|claim)\b"
        # "...; on Monday he acknowledged that ...": the clause's time comes before its speaker.
        parts = [_CLAUSE_TIME.sub("", p) for p in parts]
        out += [(s, p[0].upper() + p[1:]) for p in parts[1:] if re.search(said, p) and len(p.split()) >= 4]
        # "Makoria has turned it down: Ms Molapo called a loan "asking us to ..."": a named speaker after a colon.
        named = re.split(
            r":\s+(?=(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:called|calls|said|says|described)\b)",
            text,
        )
        out += [(s, p) for p in named[1:] if len(p.split()) >= 4]
    return out


def _unclosed(text: str) -> bool:
    """The sentence opens a quotation it does not close."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _run_on(by_place: dict[tuple[int, int], Sentence], s: Sentence, claim: str) -> str:
    """The claim with the sentences its quotation runs on to, up to the one that closes it (within five: a statement
    read out whole runs long)."""
    more = []
    for k in (1, 2, 3, 4, 5):
        t = by_place.get((s.article, s.position + k))
        if t is None or t.text.lstrip().startswith(('"', "“")):
            return claim
        text = _posts(t.text)[0]  # a thread's post ends at its time stamp
        closes = re.search(r"[\"”]", text)
        end = r"(?P<p>[,.!?]?)[\"”]\s*(?:,?\s*(?:he|she|they)\s+\w+\b.*)?\.?$"
        more.append(re.sub(end, lambda m: m.group("p").replace(",", "") or ".", text) if closes else text)
        if closes:
            return " ".join([claim.strip(), *more])
    return claim


_CLAUSE_TIME = re.compile(
    r"^(?:on|by|since|last|this|later|now|earlier)\s+(?:\w+\s+)?(?=(?:he|she|they)\s)", re.IGNORECASE
)


# A time before the report's: "last week", "two weeks earlier", "in March", "at first".
_EARLIER = (
    r"(?:last\s+(?:week|month|year|[A-Z][a-z]+day)|the\s+(?:previous|week\s+before|day\s+before)\w*|"
    r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|ago|before)|"
    r"earlier(?:\s+(?:this|in\s+the)\s+\w+)?|previously|initially|at\s+first|in\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+day)"
)
_RECALL_VERB = r"(?:said|insisted|argued|maintained|claimed|promised|denied|told\s+[\w'’]+(?:\s+[\w'’]+)?)"
_NOW_VERB = (
    r"(?:acknowledged|acknowledges|conceded|concedes|admitted|admits|accepted|accepts|said|says|told\s+\w+|"
    r"insisted|insists|conceded|announced|agreed|agrees)"
)
# The report sets an actor's earlier words against what they say now, in its own words: "Mayor Kettering said last week
# the pumps were coping; on Monday he acknowledged that two had failed." The whole sentence is the stance.
RECALLED_THEN_NOW = re.compile(  # "who" says nothing itself: "X said the minister had said last week" is not X's turn
    rf"^(?P<who>(?:(?!{_SAY}\b)[\w'’.,-]+\s+){{1,8}}?)(?:had\s+)?{_RECALL_VERB}\s+{_EARLIER}(?:\s+that)?,?\s+"
    rf"(?P<was>[^;]{{8,}}?);\s+(?:but\s+)?(?:(?:on\s+\w+|now|this\s+\w+|later|today|yesterday|since\s+then),?\s+)?"
    rf"(?P<now>(?:he|she|they|it|the\s+\w+|[A-Z][\w'’-]+)\s+(?:now\s+)?(?:has\s+|have\s+)?{_NOW_VERB}\b.{{8,}})$"
)
# A sentence recalling what an actor had said before, set beside what they say now: "Ms Ortiz had said two weeks
# earlier that the bridge was safe." The pluperfect and the earlier time make it a past position.
RECALLED = re.compile(
    rf"^(?P<who>(?:[\w'’.-]+\s+){{1,6}}?)had\s+{_RECALL_VERB}\s+(?:{_EARLIER}\s+)?(?:that\s+)?(?P<was>.{{8,}}?)"
    rf"(?:,?\s+{_EARLIER})?\.?$"
)

# The report's frame before what an actor says: "County Clerk Ana Ruiz said (on Monday) (that) ", "he conceded that ".
SPEECH_FRAME = re.compile(
    rf"^(?:[\w'’.,-]+\s+){{0,10}}?(?:now\s+)?(?:has\s+|have\s+)?"
    rf"(?:told(?:\s+[\w'’-]+){{1,4}}?(?=\s+(?:on|last|this)\s+\w+\s+that\s|\s+that\s)|{_NOW_VERB}\b)"
    r"(?:\s+(?:on|last|this)\s+\w+)?"
    r"(?:\s+that)?,?\s+(?=\S)"
)
# Either kind of recalled position, for the stance's order (no groups, no anchors).
RECALL_TURN = (
    rf"\b(?:had\s+)?{_RECALL_VERB}\s+{_EARLIER}\b[^;.!?]{{8,200}};\s+[^;]*?\b{_NOW_VERB}\b|"
    rf"\bhad\s+{_RECALL_VERB}\s+{_EARLIER}\b[^.!?]{{3,150}}[.!?]\s+[A-Z]"
)


def recalled_turn(claims: Sequence[str], actor: str = "") -> tuple[str, str] | None:
    """The earlier position and the new one when the report sets them side by side, in one sentence ("said last week
    A; on Monday he acknowledged B") or in a recalled sentence beside the new one ("had said two weeks earlier that
    A." then "said B."); the new words without the report's frame. Given the actor, only their own earlier words:
    "The transport minister had said last week ..." in Tom Reed's stance is the minister's turn, not his."""
    for i, c in enumerate(claims):
        m = RECALLED_THEN_NOW.match(c)
        if m:
            if not _recalls_own(m.group("who"), actor):
                continue
            return m.group("was").strip(" ,"), SPEECH_FRAME.sub("", m.group("now"), count=1)
        m = RECALLED.match(c)
        if m and _recalled_before(c) and i + 1 < len(claims) and not _recalled_before(claims[i + 1]):
            if not _recalls_own(m.group("who"), actor):
                continue
            was = re.sub(rf",?\s+{_EARLIER}$", "", m.group("was")).strip(" ,.")
            return was, SPEECH_FRAME.sub("", claims[i + 1], count=1)
    return None


def _recalls_own(who: str, actor: str) -> bool:
    """Whether the subject recalled is the actor: their surname, or a pronoun standing for them."""
    if not actor:
        return True
    return actor.split()[-1] in who or who.strip().lower() in {"he", "she", "they", "i", "we"}


_TURN_WORDS = 30  # a stance's length; a longer turn loses its tail, and with it what it turns from
_DAY_AFTER_SAY = re.compile(
    rf"\b({_SAY}|acknowledged|conceded)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)\b"
)


_APPOSITION = re.compile(r"^,\s+(?:a|an|the|its|his|her|their)\s+[^,\"“”]{3,60},(?=\s)")


def _compact(text: str, name: str) -> str:
    """A long sentence that says an actor turned, without the apposition after their name (", a spokesman for Sierra
    Power,"), the day of the saying and its "that", so that what they said before still fits a stance."""
    at = text.find(name)
    if at >= 0:
        end = at + len(name)
        text = text[:end] + _APPOSITION.sub("", text[end:], count=1)
    text = _DAY_AFTER_SAY.sub(r"\1", text, count=1)
    # "said that its line may have been involved" reads the same as "said its line ...".
    return re.sub(rf"\b({_SAY})\s+that\s+(?=(?:its|his|her|their|the|a|an|it|he|she|they)\s)", r"\1 ", text, count=1)


def _recalled_before(text: str) -> bool:
    """A pluperfect saying with an earlier time: "had said two weeks earlier that ...", "had insisted in March ..."."""
    m = RECALLED.match(text)
    return m is not None and re.search(_EARLIER, text) is not None


# The report's aside between a speaker and the saying: "The agency, bowing to pressure from growers, said ...", "Prof
# Lind, who sits on the panel, told ...". It opens in lower case: "Tom Reed, Ann Cole and Joe Bell said" are speakers.
_ASIDE = r",\s+(?P<aside>[a-z][^,\"“”;:]{2,120}),\s+(?=(?:(?:has|had|have|also|later|then|now)\s+)?" + _SAY + r"\b)"


def _without_aside(claim: str, name: str) -> str:
    """A stance told in the report's words without the aside that parts the speaker from what they said: a long
    aside would leave the cut stance at the speaker and the aside, short of the position."""
    if len(claim.split()) <= _TURN_WORDS:
        return claim  # whole in the stance: the aside says who they are
    last = re.escape(name.split()[-1])
    m = re.search(rf"\b{last}(?:\s+\([^()]{{1,30}}\))?{_ASIDE}", claim)
    if m is None or re.search(rf"\b{_SAY}\b|\bhad\b", m.group("aside")):
        return claim  # "Colin Marsh, who had said three crossings were enough, now said ...": the aside is a turn
    return claim[: m.start("aside")].rstrip().rstrip(",") + " " + claim[m.end() :]


def attributions(sentences: Sequence[Sentence], context: Sequence[Sentence] = ()) -> list[Attribution]:
    """Every attributed claim in the sentences (in order), each with a named actor.

    `context` holds every sentence of the reports, the short and pronoun-led ones too: "Maureen Tilley is one of
    them." says who the next "she said" is, and "He told me the limit ..." is a claim once "he" is known.
    """
    out: list[Attribution] = []
    last_speaker: dict[int, list[tuple[str, int]]] = {}  # article -> (actor, position) of each speaker, in order
    gender = _titled_genders(context or sentences)  # actor key -> "m" or "f", where the reports say
    by_place = {(s.article, s.position): s for s in context}
    by_place.update({(s.article, s.position): s for s in sentences})
    have = {(s.article, s.position) for s in sentences}
    # Pronoun-led speech, and short sentences that name a speaker ("Odd Bakke called that "complacent".", "Gareth
    # Lloyd of the Pharmacists' Association disputed that."): not statements alone, but positions all the same.
    extra = [
        t
        for t in context
        if (t.article, t.position) not in have
        and len(t.text.split()) >= _CLAIM_MIN_WORDS
        and (
            _PRONOUN_LED.match(t.text)
            or t.said in ("he", "she")
            or (len(t.text.split()) <= 8 and t.text[:1].isupper())
            # "10:10 - Nadine Farrant, in a statement: "I told the public ...": a quotation after a colon.
            or re.search(r":\s+[\"“]", t.text) is not None
            or _LEAD_MARK.match(t.text) is not None  # "14:40 - Kira Ostrowska ... said": a live blog's entry
            or _TELLER.search(t.text) is not None  # "..., its head teacher Dr Ama Mensah has told us."
            # 'I was wrong. | Some homes will have to come down," he said.': the tag closing a long quotation.
            or _CLOSING_TAG.search(t.text) is not None
            # A thread's posts run together: the splitter's sentence is no sentence, each post is read on its own.
            or len(_posts(t.text)) > 1
            # "It's unclear whether ..., he says, "and if they weren't ..."": the tag inside the sentence.
            or re.search(r"[,\"”]\s+(?:he|she)\s+(?:says|said|adds|added|tells\s+us|told\s+us),\s", t.text) is not None
            # "His neighbour Marthe Coudray, who ..., says ...": the possessive names its person in full.
            or _POSSESSIVE_NAMED.match(t.text) is not None
        )
    ]
    if extra:
        sentences = sorted([*sentences, *extra], key=lambda t: (t.article, t.position))
    # 'Zoo director Dr Ann Roe said: "..." >> 313': a teletext page's pointer to the next page is no part of the
    # sentence it is glued to.
    sentences = [replace(t, text=_PAGE_POINTER.sub("", t.text)) if ">>" in t.text else t for t in sentences]
    by_place.update({(t.article, t.position): t for t in sentences if (t.article, t.position) in by_place})
    # The capitalised words the reports use inside a sentence: names. A word capitalised only where it opens one
    # ("Straight to it: "...") is no name.
    inner = {w for t in (context or sentences)[:5000] for w in re.findall(r"(?<=[\w,;'’]\s)[A-Z][\w'’-]+", t.text)}
    threads = _thread_openers(context or sentences, inner)
    media = _media(context or sentences)
    for s, text in _clauses(sentences):
        found = None
        whole = False
        led = False  # a colon's quotation after a lead-in phrase, not after a name
        # "At one point, Mr Hayward said ...": a short leading adverbial is not part of the attribution.
        bare = _LEADING_ADVERBIAL.sub("", text)
        # "Its founder, Keisha Barnes, dismissed ...": the role before the name is the name's apposition.
        # Not a post written as a title: "A word from our director Priya Banerjee, Chief Executive, writes".
        adverbless = bare
        bare = _ROLE_THEN_NAME.sub(_name_of_role, bare)
        # "Simon Threlfall's office told us that ...": a person's office or spokesman speaks for the person.
        bare = _PERSON_OFFICE.sub(_person_for_office, bare)
        # "The Director of Sea Fisheries, Dr Ann Roe, said: ...": the person in apposition speaks, never the office
        # written with capitals (a lowercase role, "The harbourmaster, ...", is no name to mistake).
        roled = bare != adverbless and _CAPITAL_OFFICE.match(adverbless) is not None
        # "Cllr Maya Hart (Labour) said ...": the party or post in brackets is no part of the speaker's name.
        bare = _AFFILIATION.sub("", bare)
        # A piece the splitter cut from the words before it ("Residents who met" | "Councillor Tom Hale on Monday had
        # one message: ..."): the name opening it need not be the subject.
        before = by_place.get((s.article, s.position - 1))
        cut = before is not None and text == s.text and not re.search(r"[.!?\"”’)]$", before.text.rstrip())
        for i, pattern in enumerate(_PATTERNS):
            if cut and i == _COLON_QUOTE:
                continue
            m, source = (pattern.search(bare), bare) if roled else (pattern.search(text), text)
            if not m and bare != text and not roled:
                m, source = pattern.search(bare), bare
            if not m:
                continue
            name = clean_name(m.group("name"))
            if name is None:
                continue
            if i == _REPORTED and not _a_person(name, s.text):
                continue
            if i == _COLON_QUOTE and m.start("name") == 0 and " " not in name and name not in inner:
                led = bool(re.match(r"\s+[a-z]", source[m.end("name") :]))
                if led:
                    continue  # "Straight to it: "...": a lead-in phrase; the quotation is the speaker's named before
            if _OWN_REPORTER.search(source[: m.start("name")]):
                break  # "Our correspondent Ben Lee says ...": the outlet's own reporter relays, and is no actor
            raw = m.group("name")
            lead = raw[: raw.find(name.split()[0])] if name.split()[0] in raw else ""
            if media is not None and media.search(source[: m.start("name")] + lead):
                break  # "The Herald's Ben Lee at the summit says ...": a medium's reporter relays, as above
            if re.search(
                r"\b(?:[A-Za-z]+s|[Pp]olice|[Ss]taff|[Pp]eople)\s+(?:in|near|outside|across)\s+$",
                source[: m.start("name")],
            ):
                # "Hoteliers in Tressel said", "Police in Calder said": the place is no speaker. "Officials at
                # Halvorsen Pharma said" is the body's word.
                continue
            if name in _GROUP_NOUNS:
                continue  # "Members noted that ...", "Schools warned the board ...": a group, not a name
            if (
                " " not in name
                and not re.search(r"['’]s?$", m.group("name"))
                and re.match(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(_ROLE_WORDS))})\b", source[m.end("name") :])
            ):
                continue  # "the former Cuban leader wrote: ...": a word describing the role, not the speaker's name
            if (
                " " not in m.group("name")
                and name.endswith("ing")
                and re.match(_PARTICIPLE_LEAD, source[m.start("name") :])
            ):
                continue  # "Using an analogy to explain it, he told us: ...": a participle and its object, no name
            if " " not in m.group("name") and re.match(r"\s+of\s", source[m.end("name") :]):
                continue  # "Secretary of State Lorraine Foss said": a title's "of", not a person of a body
            if " " not in name and re.match(r"(?:Sir|Dame)\s", m.group("name")):
                name = _knight(name, sentences, s.article) or name  # "Sir Martin" is Sir Martin Ogle
            # "The Royal College of Midwives said ...": the body's whole name, not its last word.
            body = _OF_BODY.search(source[: m.start("name")])
            if body and (len(name.split()) == 1 or body.group(2) == "for"):
                # "The Office for Qualifications Standards said": "for" joins a body's name too.
                name = clean_name(f"{body.group(1)}{body.group(2)} {name}") or name
            # "Dunmore's MP, Simon Achterberg, said ...": the apposition names the person the role belongs to.
            app = re.match(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),", text[m.end("name") :])
            if app and re.search(r"['’]s\s+\S+$", m.group("name")):
                name = app.group(1)
            whole = bool(m.groupdict().get("verb"))
            if "claim" in m.re.groupindex and m.start("claim") > m.end("name"):
                # "Ann Roe expects up to 15 per cent of buyers to leave": a forecast reads whole, not from its object.
                forecast = _FORECAST.search(source[m.end("name") : m.start("claim")]) is not None
                if forecast and not _forecaster_person(name):
                    continue  # "The IMF now expects ...", "Bank of England expects ...": a person's forecast only
                whole = whole or forecast
            found = (name, source if whole else m.group("claim"))
            told = re.search(r"\b(?:and|who)\s+(she|he)\s+(?:told|tells)\s+(?:me|us)\b", source[m.end("name") :])
            if told:  # "I spoke to Imogen Tait ..., and she told me ...": the report's own pronoun for her
                gender.setdefault(actor_key(name), "f" if told.group(1) == "she" else "m")
            break
        q = _PRONOUN_COLON.match(text) if found is None and s.article in threads else None
        if q is not None:
            # '4/ And a change in the advice, which he flags himself: "I am now ...': a thread's post goes on about the
            # person it, or the post before it, opens with.
            who = threads[s.article].get((s.position, text))
            found = (who, q.group("claim")) if who else None
        if found is None:
            m = _PRONOUN.search(text) or _TRIMMED_QUOTE.match(text)
            pronoun = _pronoun_gender(text)
            closing = _CLOSING_TAG.search(text)
            if closing:  # 'She was very kind, but kind doesn't buy the shopping," he told us.': the tag's pronoun
                pronoun = "m" if closing.group("p") == "he" else "f"
            # "The depot will close, she said.", trimmed to its claim: the tail's pronoun says who, and of which gender.
            tail = m is None and text == s.text and s.said in ("he", "she")
            if tail or (pronoun is None and text == s.text and s.said in ("he", "she")):
                # '"The sample was too small," she said.', trimmed to its quotation: still hers.
                pronoun = "m" if s.said == "he" else "f"
            # The last speaker "she" can mean: "she" is not a man the report has called "he" or "Mr".
            prior = next((p for p in reversed(last_speaker.get(s.article, [])) if _fits(p[0], pronoun, gender)), None)
            # "Vandamme apologised to patients. "...," he said": the person the sentence before names is nearer
            # than a speaker quoted earlier; "Lars Holm ... was in the gallery; he told me ...": the same sentence's.
            subject = _own_subject(_unmarked(s.text)) if text != s.text else None
            replying = False
            if subject is None and tail:
                # 'Rep. Ed Markey, D-Mass., fired back that the fund is "not a shakedown." "Rather, ...," he said.': the
                # trimmed tail's "he" is the person the sentence itself opens with and has speak, not the last speaker.
                opener = _own_subject(_unmarked(s.text))
                subject = opener if opener and _replies(_unmarked(s.text), opener[0]) else None
                replying = subject is not None
            subject = subject or named_subject(by_place, s)
            if subject and not _fits(subject[0], pronoun, gender):
                subject = None
            # "2/ Dr Ana Vik sets it out. ... | 3/ ... since Monday, he says.": in a thread, a post that names no one
            # goes on about the person it, or the post before it, opens with, not the last speaker of an earlier post.
            poster = threads[s.article].get((s.position, text)) if s.article in threads else None
            posted = subject is None and bool(m or tail) and poster is not None and _fits(poster, pronoun, gender)
            if posted and poster is not None:
                subject = (poster, 10**6)
            elif subject:
                said = s.text if subject[1] == 10**6 else by_place[(s.article, subject[1])].text
                speaks = _speaks(said, subject[0])
                # "Mary Jones said ... Paul Reed met staff ... '...,' she said": a nearer name that only did something
                # does not take the quotation from the speaker before; "Maria Lopez met the transport minister; he
                # said ...": nor, with nobody before, when another person comes after it.
                # "Ann Cole said ... Prime Minister Jo Bell visited the town. '...,' she said": a person the sentence
                # before brings in (visited, arrived, toured) is the usual lead-in to a quotation, unless only the
                # speaker before is known to fit the pronoun.
                other = _other_person_after(said, subject[0])
                leads_in = not other and _leads_in(said, subject[0])
                if leads_in and prior is not None and pronoun and gender.get(actor_key(prior[0])) == pronoun:
                    leads_in = gender.get(actor_key(subject[0])) == pronoun
                # "Carys Moyle has tabled questions. "The authority told ... the truth," she said.": who the report
                # names just before a quotation of several sentences opens is its speaker.
                opens = subject[1] == _quote_start(by_place, s) - 1 < s.position - 1
                opens = opens or _opens_after(by_place, s, subject[1])
                # "9/ Carys Mellor ... gets three minutes. | The council tested 23 supplies, she says": a thread's post
                # is about the person it opens with; the sentence before ended on that post, this one goes on in it.
                before_posts = _posts(by_place[(s.article, subject[1])].text) if subject[1] != 10**6 else []
                opens = opens or (
                    subject[1] == s.position - 1 and len(before_posts) > 1 and text == _posts(_unmarked(s.text))[0]
                )
                # "Judge Petra Lind reserved judgment. She said she hoped to give her decision ...": a sentence that
                # opens on the pronoun and its saying goes on with the person the sentence just before opens with; a
                # quotation tagged "she said" may still run on from the speaker before.
                goes_on = subject[1] == s.position - 1 and not other and bool(_PRONOUN_SAYS_OPEN.match(text))
                if (
                    not speaks
                    and not leads_in
                    and not opens
                    and not replying
                    and not goes_on
                    and (prior is not None or other)
                ):
                    subject = None
            lead = _ADVERBIAL_LEAD.match(text) if m is None and not tail else None
            lead = lead or (_LEAD_PHRASE.match(text) if led and m is None and not tail else None)
            if lead and subject and subject[1] == s.position - 1:
                # '17:02 | Ines Okafor takes the title. | At the finish, soaked: "I could not feel my hands."': a
                # quotation after a lead-in that only says where or when is the person the entry before names.
                m, prior = lead, subject
            if m and m.re is _PRONOUN and m.group("claim8"):
                # "They say": only a body the sentence before opens with, never the last person quoted.
                opener = named_subject(by_place, s)
                prior = opener if opener and len(opener[0].split()) >= 2 else None
                subject = None
            before = by_place.get((s.article, s.position - 1))
            # "Greaves rejects that.": a speaker by one name in the sentence just before is nearer than the subject of
            # the one before that.
            nearer = before is not None and (subject is None or subject[1] < before.position)
            one = _ONE_NAME.match(before.text) if before is not None and nearer else None
            if one and before is not None:
                # "But Jermaine has hit back. He said: ...": a speaker named before, now by one of his names.
                first = one.group("name")
                full = {
                    f"{first} {x}"
                    for back in range(1, s.position + 1)
                    for t in [by_place.get((s.article, s.position - back))]
                    if t is not None
                    for x in re.findall(rf"\b{first}\s+([A-Z][a-z'’-]+)", t.text)
                }
                names = {first} | full | {n.split()[-1] for n in full}
                full_named = [t for t in by_place.values() if t.article == s.article and t.position < before.position]
                # "Cllr Ian Ross said ... Ross rejects that.": a surname names the speaker quoted in full before.
                again = [p for p in last_speaker.get(s.article, []) if p[0] in names or p[0].split()[-1] == first]
                if again and _fits(again[-1][0], pronoun, gender):
                    subject = (max(full, key=len) if full else again[-1][0], before.position)
                elif (
                    clean_name(first)
                    and re.search(r"[\"“]", before.text[one.end("name") :])
                    and any(re.search(rf"\b[A-Z][a-z'’-]+\s+{re.escape(first)}\b", t.text) for t in full_named)
                    and _fits(first, pronoun, gender)
                ):
                    # 'Hayward expects to tell Congress he is "personally devastated" ... | The rig "never should have
                    # happened," he said.': a person of the report, by surname, quoted in the sentence just before,
                    # is who the next quotation goes on with, nearer than a speaker quoted before.
                    subject = (first, before.position)
                elif (
                    one.group("title")
                    and re.match(r"(?:He|She)\s+(?:told|tells)\s+(?:me|us)\b", text)
                    and clean_name(first)
                    and _fits(first, pronoun, gender)
                ):
                    # "Professor Okoro ... has offered her data. She told me: ...": the writer's own interview with the
                    # titled person the sentence before brings in, quoted before or not ("He said" after "Dr Reed
                    # was not handcuffed" may be anyone's).
                    subject = (max(full, key=len) if full else first, before.position)
            if subject and (prior is None or subject[1] >= prior[1]):
                prior = subject
            # Near the speaker named: counted from where a quotation of several sentences opens.
            if (m or tail) and prior and _quote_start(by_place, s) - prior[1] <= 3:
                if m:
                    groups = ("claim8", "claim7", "claim", "claim2", "claim3", "claim4", "claim5")
                    found = (prior[0], next((m.group(g) for g in groups if g in m.re.groupindex and m.group(g)), ""))
                    if m.re is _PRONOUN and m.group("claim6"):
                        found = (prior[0], f"{m.group('claim6')} {m.group('rest6')}")
                        whole = True  # "Her biggest fear is that ...": the stance however it opens
                else:
                    found = (prior[0], text)
                if pronoun:
                    gender.setdefault(actor_key(prior[0]), pronoun)
        if found is None:
            continue
        name, claim = found
        if _unclosed(text) and claim.strip() and text.rstrip().endswith(claim.strip()[-8:]):
            # 'Carys Moyle hit back: "No plans?' | 'Bakers are rationing flour.' | '... calling it a plan."': the
            # quotation runs on to the sentence that closes it.
            claim = _run_on(by_place, s, claim)
        start = _quote_start(by_place, s)
        joined = start < s.position and not text.lstrip().startswith(('"', "“")) and name.split()[-1] not in text
        if joined:
            # '"The bow is harder ... | I was wrong about days, and I'll say so. | We lose a week at least," she said.':
            # the quotation is all three sentences.
            opened = [by_place[(s.article, k)].text for k in range(start, s.position) if (s.article, k) in by_place]
            claim = " ".join([re.sub(r"^[\"“]", "", opened[0]), *opened[1:], claim.strip()]) if opened else claim
        turned = bool(TURNED.search(text)) and name in text
        # 'Dr Ana Vik said: "We no longer advise ..."': a turn in the actor's own words keeps them as the claim.
        if turned and not TURNED.search(claim):
            claim = text  # "Marsh, who had said ..., now said ...": the turn is the stance, in the report's words
        then_now = RECALLED_THEN_NOW.match(_unmarked(s.text)) if text == s.text else None
        then_now = then_now if then_now and name.split()[-1] in then_now.group("who") else None
        if then_now:
            # "Kettering said last week the pumps were coping; on Monday he acknowledged ...": the whole sentence is
            # the turn (its second clause is the new claim alone too).
            turned = True
        possessive = re.search(r"\b(?:said|says)\s+(?:her|his|their)\s", text)  # "said her service had ..."
        # "as many as 3,000 jobs could go" is a figure, not a clause hanging on "as".
        figure = re.match(r"(?:as|so) (?:many|much|few|little|high|low) as\b", claim)
        bad_start = claim and claim.split()[0].lower() in _BAD_CLAIM_START and not turned  # "In a change of tack, X"
        # "said that on the authority's figures Greaves would have had to ...": a that-clause is a claim, however
        # it opens.
        bad_start = bad_start and not re.search(_THAT + r"\s+" + re.escape(claim.strip()[:25]), text)
        # 'Elin Sayer: "On the day of the storm I called this bad luck.': a quotation's own opening.
        bad_start = bad_start and not re.search(r"[\"“]" + re.escape(claim.strip().lstrip('"“')[:25]), text)
        # "Her lawyer Marcus Ellery called the ruling ...": the whole sentence is the stance, however it opens.
        if not claim or (bad_start and not possessive and not figure and not whole):
            continue
        if re.search(r"\baccording to\b", claim):
            continue  # the claim is somebody else's
        claim = _unmarked(s.text) if then_now else _claim_text(claim)
        if len(claim.split()) < _CLAIM_MIN_WORDS and re.search(r"[\"“]", claim) and len(text.split()) >= 8:
            claim = text  # "Joseph Ndaba said last week that it "has no price"": the sentence says what "it" is
        if (
            len(claim.split()) < _CLAIM_MIN_WORDS
            and _SHORT_MEASURE.match(claim)
            and len(text.split()) >= _CLAIM_MIN_WORDS
        ):
            claim = text  # "The farmer, Ann Roe, says it weighs 9.3 kilograms": a measure is a claim, however short
        if len(claim.split()) < _CLAIM_MIN_WORDS or not _has_verb(claim):
            continue
        own = re.match(r"^(?:He|She)\s+(?=[a-z])", claim)
        if joined:
            pass  # '"It did not crack. | ... | Then the lights went," he said.': the quotation whole, as said
        elif own and _claim_is_clause(text, found[1]) and not text.startswith(('"', "“")):
            claim = f"{name.split()[-1]} {claim[own.end() :]}"  # "she was studying ..." -> "Brandt was studying ..."
        elif (_DEPENDENT.match(claim) and not text.lstrip().startswith(('"', "“"))) or not _claim_is_clause(
            text, found[1]
        ):  # a quotation opening "This wasn't the heat" reads right without its marks
            claim = text  # "it has spent ...", "BP not to ...": the whole sentence reads right
        if _BARE_REPLY.search(claim):
            # "Gareth Lloyd disputed that.": what "that" is, the sentence before says; without it, no stance.
            before = by_place.get((s.article, s.position - 1))
            if before is None:
                continue
            claim = f"{before.text} {claim}"
        if turned and len(claim.split()) > _TURN_WORDS:
            claim = _compact(claim, name)
        claim = _without_aside(claim, name)
        last_speaker.setdefault(s.article, []).append((name, s.position))
        quoted = (text.lstrip().startswith(('"', "“")) or joined) and claim != text
        out.append(Attribution(name, actor_key(name), claim, s, quoted=quoted))
    out = _own_words_for_turn(_with_recalled(out, by_place))
    out = _by_role(out, context or sentences)
    out = _resumed(_introduced(out, by_place), by_place)
    out += _signed(context or sentences, {(a.sentence.article, a.sentence.position) for a in out})
    out += _chapters(context or sentences, {(a.sentence.article, a.sentence.position, a.actor) for a in out})
    out.sort(key=lambda a: (a.sentence.article, a.sentence.position))
    out = _with_labelled(out, context or sentences)
    voiced = _voiced(context or sentences, {(a.sentence.article, a.sentence.position) for a in out})
    if voiced:
        out = sorted([*out, *voiced], key=lambda a: (a.sentence.article, a.sentence.position))
    out = _without_opening_adverbs(_initialled(out, context or sentences), context or sentences)
    out = _with_offices(_unify_names(_as_defined(out, context or sentences), sentences), context or sentences)
    return _named_in_full(out, context or sentences)


# A programme's chapter list, its lines run together by the splitter: "09:15 Tomasz on why he left: "I left because
# ..."", "15:00 Ruth Castellan: "We don't fork lightly."". The line's name said the quotation after its colon; a first
# name is the person the same show names in full ("Tomasz" is the "Tomasz Wrona" of its introduction).
_CHAPTER_QUOTE = re.compile(
    r"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
    r"(?:\s+(?:on|about)\s+[^:\"“”]{2,60})?:\s+[\"“](?P<claim>[^\"“”]{10,}?)[\"”]"
)


def _full_name(name: str, article: int, context: Sequence[Sentence]) -> str | None:
    """A first name's full name in the same article ("Ruth" -> "Ruth Castellan"), if one person has it; a name of two
    words or more as it is."""
    if " " in name:
        return clean_name(name)
    if name in _NOT_ACTORS or name in _GROUP_NOUNS or name.lower() in _BODY_HEADS | _BODY_ENDS | _BODY_WORDS:
        return None  # "10:30 Police: ...": a body's word, no first name
    fulls = {
        f"{name} {x}"
        for t in context
        if t.article == article
        for x in re.findall(rf"\b{re.escape(name)}\s+([A-Z][a-z'’-]+)\b", t.text)
        if x not in _NOT_ACTORS
    }
    return clean_name(fulls.pop()) if len(fulls) == 1 else None


def _chapters(context: Sequence[Sentence], taken: set[tuple[int, int, str]]) -> list[Attribution]:
    """The quotations of a programme's chapter lines, each its named speaker's (several lines may share a sentence
    with another's words: only the same speaker's claim on it is taken)."""
    out: list[Attribution] = []
    for t in context:
        for m in _CHAPTER_QUOTE.finditer(t.text) if ":" in t.text else ():
            name = _full_name(m["name"], t.article, context)
            claim = m["claim"].strip()
            if name is None or (t.article, t.position, name) in taken:
                continue
            if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim):
                out.append(Attribution(name, actor_key(name), claim, t, quoted=True))
    return out


# A line that opens with a speaker's label makes the rest of the line that person's words, whatever the outlet's
# format: a chat export's "[07/02/2081, 19:10] Name Surname: ...", a live blog's "20:50 Name Surname, for the X
# Society: "..."", a broadcast script's "SOT, Name Surname, chair, X Association: "..."", a phone-in's "CALLER (NAME
# SURNAME, ROLE): ...", a transcript's "NAME SURNAME: ..." or a panel's "Name Surname (Role): ...". The prefix (a time
# stamp, a cue in capitals) is optional; the label names a person, with a role after it at most, then a colon.
_LINE_STAMP = r"\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]"
_LINE_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|UTC|CET))?"
_LABEL_WORD = r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z][A-Z]+(?:['’-][A-Z]+)*)"
_LABEL_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|DR|MR|MRS|MS|CLLR|PROF)\.?\s+)"
_LABEL_PARTICLE = r"(?:(?:de|van|von|der|den|al|el|da|di|du|le|la|bin|ibn|ap)\s+)"
_SPEAKER_LINE = re.compile(
    rf"(?:(?P<stamp>{_LINE_STAMP})\s*|{_LINE_CLOCK}\s*(?:[-–—|]\s*)?)?"
    r"(?:(?P<cue>[A-Z]{2,12})\s*(?:[,:–—-]\s*|(?=\()))?"
    rf"(?P<open>\()?(?P<name>{_LABEL_TITLE}?{_LABEL_WORD}(?:\s+{_LABEL_PARTICLE}?{_LABEL_WORD}){{0,3}})"
    r"(?:,\s+(?P<role>[^:\"“”()]{1,80}?)|\s*\((?P<paren>[^()\"“”:]{1,60})\))?(?(open)\))"
    r":\s+(?P<rest>\S.*)$"
)
# The cues a script or phone-in puts before a speaker it names; any other word in capitals is a heading's.
_LINE_CUES = frozenset(
    {"SOT", "SOUNDBITE", "SYNC", "CLIP", "GRAB", "BITE", "ACTUALITY", "INTERVIEW", "GUEST", "WITNESS", "SPEAKER"}
    | {"PANELLIST", "PANELIST", "INTERVIEWEE", "CONTRIBUTOR", "VOX", "CALLER", "LISTENER", "VIEWER", "TEXTER"}
)
# Whoever only presents, asks or relays: named in a label's cue, role or brackets, the label names no actor.
_LINE_PRESENTS = re.compile(
    r"\b(?:presenter|host|anchor|newsreader|reporter|correspondent|interviewer|narrator|moderator|voice-?over|"
    r"editor|producer|counsel)\b",
    re.IGNORECASE,
)
# The words of headings and field labels that a label's shape allows: "Key Figures:", "Other News:", "Option Two:",
# "Section Three:", "Breaking News:", "Next Steps:", "Editor's Notes:".
_HEADING_WORDS = frozenset(
    "section part chapter option item note notes update updates editor figures figure news key summary step steps "  # noqa: SIM905
    "phase stage appendix annex table question questions answer answers result results breaking latest background "
    "recommendation recommendations purpose options agenda minutes action actions decision decisions correction "
    "corrections statement response reply source sources contact contacts date time venue location subject topic "
    "issue issues case reference status verdict finding findings order orders comment comments analysis context "
    "timeline schedule headline headlines live watch listen read more other next previous today tonight weather "
    "sport business world local national opinion letters letter feature features focus spotlight review "
    "preview recap highlights conclusion conclusions introduction overview details detail facts fact claim claims "
    "rating ratings total totals change changes cost costs price prices vote votes score scores level levels "
    "warning warnings advice alert alerts cue voiceover studio presenter anchor host narrator caption graphic "
    "exterior interior ends end".split()
)
# A verb or a pronoun in what stands between the name and the colon makes a sentence of it, no label: "Smith, as
# he put it: ...", "Ann Roe, however, was clear: ...".
_ROLE_CLAUSE = re.compile(
    r"\b(?:said|says|say|told|tells|put|puts|was|is|were|are|had|has|have|will|would|did|does|wrote|writes|added|"
    r"adds|warned|argued|insisted|I|he|she|they|we|it|who|which|that|however)\b"
)


def _label_words_ok(words: list[str]) -> bool:
    """Each word of a label can be a person's name: no possessive, body, heading or never-a-name word."""
    for w in words:
        title = w if not w.isupper() else w.capitalize()
        low = w.lower()
        if re.search(r"['’]s$", low) or title in _NOT_ACTORS or title in _GROUP_NOUNS:
            return False
        if low in _HEADING_WORDS or low in _BODY_HEADS | _BODY_ENDS | _BODY_WORDS:
            return False
    return True


def speaker_line(text: str) -> re.Match[str] | None:
    """The speaker's label a line opens with (or, after a heading run into it, a chat stamp's), if it has one's
    shape; `_line_speaker` says whether it names a person."""
    starts = [0] + [m.start() for m in re.finditer(r"(?<=\s)\[\d", text)]
    for i in starts:
        m = _SPEAKER_LINE.match(text, i)
        if m and (i == 0 or m.group("stamp")):
            return m
    return None


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "al", "el", "da", "di", "du", "le", "la", "bin", "ibn", "ap"})


def _line_speaker(m: re.Match[str], article: int, context: Sequence[Sentence], running: set[str]) -> str | None:
    """The person a line's label names, or None for a heading, a presenter, the public or a body. A person: two or
    three words that can be names, with some sign of one (a title, a cue, a role, a surname the reports use in their
    running text, a known given name); a single word when the article gives it in full elsewhere."""
    cue = m.group("cue")
    if cue and cue not in _LINE_CUES:
        return None
    role, paren = m.group("role") or "", m.group("paren") or ""
    if _LINE_PRESENTS.search(" ".join([cue or "", role, paren, m.group("name")])):
        return None
    if role and (_ROLE_CLAUSE.search(role) or len(role.split()) > 10):
        return None
    raw = re.sub(rf"^{_LABEL_TITLE}", "", m.group("name"))
    titled = raw != m.group("name")
    words = [w for w in raw.split() if w not in _PARTICLES]
    if not words or not _label_words_ok(words):
        return None
    if len(words) == 1:
        if raw.isupper() or cue:
            return None  # "LENZ:", "CALLER (JO, EASTFIELD):": a place, a heading or the public, no one named
        full = _full_name(raw, article, context)
        return full if full and " " in full and _person_name(full) else None
    name = clean_name(" ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in raw.split()))
    if name is None or " " not in name or not _person_name(name):
        return None
    surname = name.split()[-1]
    caps_surname = surname.upper() if raw.isupper() else surname
    sign = titled or bool(cue) or bool(role or paren) or _name_gender(name) is not None
    return name if sign or surname in running or caps_surname in running else None


def _labelled(
    context: Sequence[Sentence], turned: set[tuple[int, int]], taken: set[tuple[int, int]]
) -> tuple[list[Attribution], set[tuple[int, int]]]:
    """The words of each line a speaker's label opens, the label's person's: the label's sentence and the sentences
    of a quotation it opens (these the label owns, whoever else was credited), and in a chat export (every line
    stamped) the line's other sentences up to the next label, where no one else is credited. `turned`: a
    transcript's turns, `_turns`'s, which knows its host."""
    out: list[Attribution] = []
    owned: set[tuple[int, int]] = set()
    by_article: dict[int, list[Sentence]] = {}
    for t in context:
        by_article.setdefault(t.article, []).append(t)
    # The capitalised words of running text (not a line's first word): the surnames the reports use.
    running = {w for t in context[:5000] for w in re.findall(r"(?<=[\w,;'’]\s)[A-Z][\w'’-]+", t.text)}
    for article, ts in by_article.items():
        ts.sort(key=lambda t: t.position)
        speaker: str | None = None
        quoting = chat = False
        for t in ts:
            place = (t.article, t.position)
            m = speaker_line(t.text) if ":" in t.text else None
            if m is not None:
                speaker, chat = _line_speaker(m, article, context, running), bool(m.group("stamp"))
                rest = m.group("rest").strip()
                quoting = rest.startswith(('"', "“")) and not re.search(r"[\"”]", rest[1:])
                own = True
            elif speaker is not None and (quoting or chat):
                rest, own = t.text, quoting
                if quoting and re.search(r"[\"”]", rest):
                    quoting = False  # the quotation closes in this sentence
            else:
                speaker = None
                continue
            if speaker is not None and place not in turned and (own or place not in taken):
                # A quotation the label opens and closes is the words, not what the splitter ran on after it.
                closed = re.match(r"^[\"“]([^\"“”]{3,})[\"”]", rest) if m else None
                claim = closed.group(1).strip() if closed else _claim_text(rest if m else rest.strip('"“” '))
                if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim) and not claim.endswith("?"):
                    out.append(Attribution(speaker, actor_key(speaker), claim, t, quoted=own))
                    if own:
                        owned.add(place)
            if not (quoting or chat):
                speaker = None
    return out, owned


def _with_labelled(out: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """The attributions with each labelled line's words its speaker's: another actor credited with a line the label
    owns ("SOT" read as a name, a "he said" that follows) gives way, unless the line's words name that actor (the
    speaker relaying another: "Ann Roe: Their engineer, Tom Hale, said the wall would hold.")."""
    by_article: dict[int, list[Sentence]] = {}
    for t in context:
        by_article.setdefault(t.article, []).append(t)
    turned = {
        (t.article, t.position)
        for ts in by_article.values()
        for t, name, _ in _turns(sorted(ts, key=lambda t: t.position))
        if name is not None or _label_at(t.text)
    }
    taken = {(a.sentence.article, a.sentence.position) for a in out}
    labelled, owned = _labelled(context, turned, taken)
    if not labelled:
        return out
    at: dict[tuple[int, int], list[Attribution]] = {}
    for a in out:
        at.setdefault((a.sentence.article, a.sentence.position), []).append(a)
    said: dict[tuple[int, str], list[str]] = {}
    for a in out:
        said.setdefault((a.sentence.article, a.key), []).append(a.claim)
    drop: set[int] = set()
    add: list[Attribution] = []
    # The label's bare name is the person the article credits under a longer one ("UN Secretary General Ban Ki-moon"
    # for "Ban Ki-moon:"): the same actor, by the same name and key.
    longer = {(o.sentence.article, o.actor): o for o in out}
    for i, a in enumerate(labelled):
        same = next(
            (o for (art, n), o in longer.items() if art == a.sentence.article and n.endswith(f" {a.actor}")), None
        )
        if same is not None:
            labelled[i] = replace(a, actor=same.actor, key=same.key)
    for a in labelled:
        place = (a.sentence.article, a.sentence.position)
        others = at.get(place, [])
        if any(o.key == a.key for o in others):
            continue  # the same person, credited already
        if any(a.claim.rstrip(".") in c for c in said.get((a.sentence.article, a.key), [])):
            continue  # a quotation's sentence the same person's joined quotation holds already
        if place in owned and any(o.actor.split()[-1] in a.claim for o in others):
            continue
        drop.update(id(o) for o in others)
        add.append(a)
    return sorted(
        [*(a for a in out if id(a) not in drop), *add], key=lambda a: (a.sentence.article, a.sentence.position)
    )


_INSTITUTION_WORDS = frozenset({"directorate", "inspectorate", "secretariat", "institution"})
# A body named in full by its head word and what it is of or for: "the Department for Education", "the Board of
# Deputies", "the Office for National Statistics". Not a month or a day ("the Board in May" is no name either).
_OF_FOR_NAME = (
    r"\s+(?:of|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    # A header's next field label is no part of it: "Body investigated: Department for Culture and Media Matter: ...",
    # "... and Media Date of decision: ...".
    r"[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?[A-Z][\w&'’-]*(?!\w*(?:\s+[a-z]+){0,3}:)){0,4}"
)


def _named_in_full(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """A bare institution word ("The Department said ...") is the body the article named in full before it ("The
    Department for Education announced ..."), merged with that name; with no such name it names no one."""
    out: list[Attribution] = []
    for a in items:
        if not _institution_word(a.actor):
            out.append(a)
            continue
        full = _full_body_name(a.actor, a.sentence, context)
        if full is not None:
            out.append(replace(a, actor=full, key=actor_key(full), shown=""))
    return out


def _full_body_name(word: str, at: Sentence, context: Sequence[Sentence]) -> str | None:
    """The nearest full name "<Word> of/for <Name>" the same article gives at or before the sentence."""
    pattern = re.compile(rf"\b{re.escape(word[:1].upper() + word[1:])}" + _OF_FOR_NAME)
    earlier = sorted(
        (t for t in context[:5000] if t.article == at.article and t.position <= at.position),
        key=lambda t: t.position,
        reverse=True,
    )
    for t in earlier:
        for m in pattern.finditer(t.text):
            words = m.group(0).split()
            # "the Board of Deputies President Ana Roe": the name ends where a post or a person's name begins.
            cut = next((i for i, w in enumerate(words) if i > 2 and w.lower() in OFFICE_HEADS), len(words))
            words = words[:cut]
            while words[-1].lower() in {"and", "&", "of", "for", "the"}:
                words.pop()
            if words[-1][:1].isupper() and len(words) >= 3:
                return " ".join(words)
    return None


def _institution_word(actor: str) -> bool:
    """ "The Department said ...", "the Association wrote": a body's bare head noun names no one in particular."""
    words = actor.split()
    return len(words) == 1 and words[0].lower() in _BODY_HEADS | _BODY_ENDS | _INSTITUTION_WORDS


# Who holds a role, where the report says so: minutes' attendance lists ("Gordon Abernethy (Director of Place)", "Cllr
# Morag Dunleavy (Chair, Leader of the Council)") and an apposition ("The General Secretary, Bronwen Price, wrote ...").
_HOLDER = re.compile(
    r"(?:\b(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame)\.?\s+)?"
    r"\b(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+\((?P<role>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)(?:,[^)]*)?\)"
    r"|\b[Tt]he\s+(?P<role2>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,2}),\s+"
    r"(?P<name2>[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+),"
)
# The posts an attendance list's "Name (Role)" gives: a role word of a person, not a body ("Manchester United").
_HOLDER_ROLES = (
    ENGLISH.role_words
    - {"administration", "agency", "authorities", "board", "commission", "committee", "company", "congress"}
    - {"council", "court", "department", "firm", "giant", "government", "group", "ministry", "panel", "parliament"}
    - {"police", "service", "team", "union", "investigators", "lawmakers", "leaders", "officials", "prosecutors"}
    - {"regulators"}
) | {"chair", "chairwoman", "chairperson", "treasurer", "clerk", "convenor", "convener", "vice", "councillor"}
# Minutes speak through roles: "3.5 The Chair stated that ...", "The Director advised that ...".
_MINUTED = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?The\s+(?P<role>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,2})\s+"
    r"(?:advised|reported|stated|said|confirmed|explained|informed\s+(?:members|the\s+committee))\s+"
    r"(?:that,?\s+)?(?P<claim>.{20,})$"
)


def _roles(context: Sequence[Sentence]) -> dict[int, dict[str, str]]:
    """Per article, each role a report names with its holder, and its first or last word where that is unambiguous
    ("The Director" is the Director of Place)."""
    out: dict[int, dict[str, str]] = {}
    heads: dict[int, dict[str, set[str]]] = {}
    for t in context[:5000]:
        for m in _HOLDER.finditer(t.text):
            name, role = (m.group("name"), m.group("role")) if m.group("name") else (m.group("name2"), m.group("role2"))
            if clean_name(name) is None or role.lower() in {"the", "a"} or not role[:1].isupper():
                continue
            if m.group("name") and not _HOLDER_ROLES & set(role.lower().split()):
                continue  # "Marcus Rashford (Manchester United)": a club or party, not a post he holds
            out.setdefault(t.article, {}).setdefault(role, name)
            for word in {role.split()[0], role.split()[-1]}:  # "The Director", "the Secretary"
                heads.setdefault(t.article, {}).setdefault(word, set()).add(name)
    for article, by_head in heads.items():
        for head, names in by_head.items():
            if len(names) == 1:
                out[article].setdefault(head, next(iter(names)))
    return out


def _by_role(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """A role the report names a holder for speaks as that person: the minutes' "The Chair stated ..." is the chair
    named in the attendance list, the bulletin's "General Secretary" its named general secretary."""
    roles = _roles(context)
    if not roles:
        return items
    out = []
    for a in items:
        role = re.sub(r"^The\s+", "", a.actor)
        holder = roles.get(a.sentence.article, {}).get(role)
        if holder:
            # "The Chair stated that she welcomed ...", read as "Chair welcomed ...": the holder's name.
            claim = re.sub(rf"^{re.escape(role)}\b", holder.split()[-1], a.claim)
            a = replace(a, actor=holder, key=actor_key(holder), claim=claim)
        out.append(a)
    taken = {(a.sentence.article, a.sentence.position) for a in out}
    for t in context:
        if (t.article, t.position) in taken or t.article not in roles:
            continue
        m = _MINUTED.match(_unmarked(t.text))
        holder = roles[t.article].get(m.group("role")) if m else None
        if m is None or holder is None:
            continue
        claim = _claim_text(m.group("claim"))
        if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim):
            out.append(Attribution(holder, actor_key(holder), claim, t, quoted=False))
    return sorted(out, key=lambda a: (a.sentence.article, a.sentence.position))


_BARE_QUOTE = re.compile(r"^[\"“](?P<claim>[^\"“”]{10,}?)[\"”]?$")
# Another possible source of the quotation named after the saying verb: a person ("her brother Carlos", "St Mary's
# Hospital"), a relative, a document or its authors ("the inspectors' report").
_OTHER_SOURCE = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|I)\b)[A-Z][a-z]+|"
    r"\b(?:her|his|their|my|our)\s+(?:brother|sister|son|daughter|wife|husband|mother|father|partner|friend|"
    r"children|family|colleagues?|neighbours?|client|patients?)\b|"
    r"\b(?:report|letter|inquiry|review|survey|study|inspectors?|witness(?:es)?|statement)\b"
)
_INTRO_SAYS = re.compile(r"\b(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|put\s+it|explained|added|recalled)\b")


def _introduced(items: list[Attribution], by_place: dict[tuple[int, int], Sentence]) -> list[Attribution]:
    """A quotation without a tag, right after a sentence in which a named person says something without quoting it
    ("Catriona Veitch poured me a dram and said what many here say more quietly. "The railway knew ..."") is theirs."""
    taken = {(a.sentence.article, a.sentence.position) for a in items}
    out = list(items)
    for (article, position), t in sorted(by_place.items()):
        if (article, position) in taken or not t.text.lstrip().startswith(('"', "“")):
            continue
        before = by_place.get((article, position - 1))
        says = _INTRO_SAYS.search(before.text) if before is not None else None
        if before is None or says is None or re.search(r"[\"“”]", before.text):
            continue
        if _OTHER_SOURCE.search(before.text[says.end() :]):
            continue  # "Maria Lopez said her brother Carlos had been held": the words may be his, not hers
        if re.search(r"[\"”],?\s+\S", t.text):
            continue  # the quotation has its own tag: read by the patterns
        subject = named_subject(by_place, t)
        if subject is None or subject[1] != position - 1:
            continue
        parts = [t.text]
        k = position
        while not re.search(r"[\"”]\W*$", parts[-1]) and len(parts) < 4 and (article, k + 1) in by_place:
            k += 1
            parts.append(by_place[(article, k)].text)
        m = _BARE_QUOTE.match(" ".join(parts).strip())
        if m is None:
            continue
        claim = _claim_text(m.group("claim"))
        if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim):
            out.append(Attribution(subject[0], actor_key(subject[0]), claim, t, quoted=True))
    return sorted(out, key=lambda a: (a.sentence.article, a.sentence.position))


_TAG_END = re.compile(r"[,.!?][\"”],?\s+[^\"“”]{3,80}?\b(?:said|says|told|tells|added|wrote)\b[^\"“”]{0,60}\.$")


def _resumed(items: list[Attribution], by_place: dict[tuple[int, int], Sentence]) -> list[Attribution]:
    """A quotation resumed after its tag ('"A. B," Mr Vaughan told the assembly. "C."') is one claim: what follows
    the tag is the same speaker's, often the point the first words lead to."""
    taken = {(a.sentence.article, a.sentence.position) for a in items}
    out = []
    for a in items:
        t = a.sentence
        nxt = by_place.get((t.article, t.position + 1))
        # Or after a report of what they said that quotes a phrase of theirs: 'X said a reopening was "off the
        # table". "I said we'd be carrying skiers. I was wrong."'
        reported = (
            not t.text.lstrip().startswith(('"', "“"))
            and a.actor.split()[-1] in t.text
            and re.search(r"[\"”]\.?$", t.text.strip()) is not None
        )
        if (
            nxt is not None
            and (t.article, t.position + 1) not in taken
            and ((a.quoted and _TAG_END.search(t.text) and t.text.lstrip().startswith(('"', "“"))) or reported)
        ):
            m = re.match(r"^[\"“](?P<q>[^\"“”]{10,}?)[\"”]\.?$", nxt.text.strip())
            if m:
                more = _claim_text(m.group("q"))
                a = replace(a, claim=f"{a.claim.rstrip()} {more}")
        out.append(a)
    return out


def _own_words_for_turn(items: list[Attribution]) -> list[Attribution]:
    """A report's account of a turn ("Rudd said the school would no longer charge for the coach") followed by the
    actor's own words that say it too ("We no longer need parents to pay," he said): the quotation is the stance."""
    quoted_turns = {
        (a.key, a.sentence.article, a.sentence.position) for a in items if a.quoted and TURNED.search(a.claim)
    }
    return [
        a
        for a in items
        if a.quoted
        or not TURNED.search(a.claim)
        or (a.key, a.sentence.article, a.sentence.position + 1) not in quoted_turns
    ]


def _with_recalled(items: list[Attribution], by_place: dict[tuple[int, int], Sentence]) -> list[Attribution]:
    """A sentence recalling an actor's earlier words ("Ortiz had said two weeks earlier that the bridge was safe.")
    near one with what they say now (a sentence or two away, another speaker between) reads as their turn: both
    sentences, the earlier first, as one claim."""
    out = list(items)
    for i, a in enumerate(items):
        text = _unmarked(a.sentence.text)
        if not _recalled_before(text) or a.actor.split()[-1] not in text:
            continue
        for step in (-1, 1, -2, 2, -3):
            now = next(
                (
                    b
                    for b in items
                    if b.key == a.key
                    and b.sentence.article == a.sentence.article
                    and b.sentence.position == a.sentence.position + step
                ),
                None,
            )
            if now is not None and not _recalled_before(_unmarked(now.sentence.text)):
                claim = f"{text} {_unmarked(now.sentence.text)}"
                out[i] = replace(a, claim=claim, quoted=False)
                break
    return out


# "The Office of Energy Networks (the Office)": a body's short name, defined where it is first named in full.
_DEFINED = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<full>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){1,6})\s+"
    r"\((?:the\s+)?(?P<short>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\)"
)
# A newspaper a press review quotes ("Jostein Hovde, quoted in Dagsavisen", "Dagsavisen (Brevik, centre-left) leads
# ...", "interviewed by Die Stimme") reports what others say; its own "Dagsavisen says ..." is no actor's stance.
_MEDIUM_NAMED = re.compile(
    r"\b(?:quoted\s+(?:in|by)|interviewed\s+by|writing\s+in|reported\s+by)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|(?:^|\.\s+|\bIn\s+)(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+\([A-Z][a-z]+(?:,\s+[a-z][\w -]{2,30})?\)"
    r"\s*(?:,|leads|reports|quotes|says|writes|adds|carries|runs)"
)


def _shortens(short: str, full: str) -> bool:
    """A short name drawn from the full one: a word of it ("the Office"), or the heads of its words run together,
    initials ("CMA") or more ("Ofqual" for the Office of Qualifications). A bracket after a person's name that draws
    nothing from it says where they stand ("Cllr Maya Hart (Labour)"): a party or a club, another actor, never her
    short name."""
    if any(w in full.split() for w in short.split()):
        return True
    return _heads_of(re.sub(r"[^a-z]", "", short.lower()), re.findall(r"[a-z]+", full.lower()))


def _last_conjunct(short: str, full: str) -> str:
    """The body a bracketed short name defines where the words before it join two actors ("Secretary Ann Lowe and
    Coastal Safety Agency (CSA)"): the last conjunct, where the initials come from it alone. "Food and Drug
    Administration (FDA)" draws from both sides and stays whole; a short name that is a word of the full one ("the
    Committee") says nothing of where it starts."""
    if any(w in full.split() for w in short.split()):
        return full
    head, sep, last = full.rpartition(" and ")
    if sep and head and len(last.split()) > 1 and _shortens(short, last) and last[:1].isupper():
        return last
    return full


def short_names(name: str, sentences: Sequence[Sentence]) -> set[str]:
    """The short names the reports give a body in brackets after its full name ("The Relief Agency (RA) says"): the
    same body under its initials, whose officials ("RA's field director", "RA flu expert Dr Lin") speak for it."""
    if not name or _person_name(name):
        return set()
    after = re.compile(rf"{re.escape(name)}\s+\((?:the\s+)?(?P<short>[A-Z][\w&-]*)\)")
    return {
        m.group("short")
        for s in sentences[:5000]
        if name in s.text
        for m in after.finditer(s.text)
        if m.group("short") != name and _shortens(m.group("short"), name)
    }


def _forecaster_person(name: str) -> bool:
    """A forecaster's name that is a person's: two words or more, every one a name ("Ann Roe"), none a body's head;
    "Bank of England", "Met Office" and "Forecasters" are bodies, whose forecasts are no side's."""
    words = name.split()
    heads = _BODY_HEADS | _BODY_ENDS
    return (
        len(words) > 1
        and not is_body_name(name)
        and all(w[:1].isupper() for w in words)
        and not any(re.sub(r"['’]s?$", "", w).lower() in heads for w in words)
    )


def _person_name(name: str) -> bool:
    """A name the reports give a person: no body's head noun ends it, and it is not all initials."""
    return not is_body_name(name) and not name.isupper()


# The last word of a body's name that the heads above leave out: "World Health Organization", "Food Programme".
_BODY_ENDS = frozenset(
    {"organization", "organisation", "programme", "program", "agency", "ministry", "department", "company", "office"}
    | {"corporation", "bank", "fund", "university", "hospital", "party", "government", "police", "cross", "crescent"}
)


def is_body_name(name: str) -> bool:
    """A body's name: two words or more ending in a body's head noun ("Disasters Emergency Committee")."""
    words = name.split()
    return len(words) > 1 and re.sub(r"['’]s?$", "", words[-1]).lower() in _BODY_HEADS | _BODY_ENDS


def _heads_of(short: str, words: list[str]) -> bool:
    """`short` is the first letters of some of the words, in order, each word giving at least its first."""
    if not short:
        return True
    return any(
        _heads_of(short[n:], words[i + 1 :])
        for i, w in enumerate(words)
        for n in range(1, min(len(w), len(short)) + 1)
        if w[:n] == short[:n]
    )


# A meeting's attendance list: "Present: Dr Ann Reid (chair); Tom Hale (Parks); Jo Bell", "In attendance: ...".
_ATTENDANCE = re.compile(r"\b(?:Present|In\s+attendance|Also\s+present|Attendees|Attending)\s*:\s+(?P<list>[^:]+)")
_ATTENDEE = re.compile(
    r"(?:^|[;,]\s*|\)\s*)(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?P<post>\s+[A-Z]{2,4}\b)?(?:\s+\((?P<short>[A-Z]{2,5})\))?"
)


def _attendance(text: str) -> dict[str, str]:
    """The initials a meeting's notes give each person its attendance list names: "(GL)" where the list says so, else
    the heads of the name's words ("Graham Lamb" is GL; "Owen Tallis MP" is OT or OTMP)."""
    out: dict[str, str] = {}
    m = _ATTENDANCE.search(text)
    if m is None:
        return out
    seen: Counter[str] = Counter()
    for a in _ATTENDEE.finditer(m.group("list")):
        name = a.group("name")
        heads = "".join(w[0] for w in re.split(r"[\s-]+", name) if w)
        shorts = {a.group("short")} if a.group("short") else {heads, heads + (a.group("post") or "").strip()}
        for short in shorts:
            seen[short] += 1
            out[short] = name
    return {k: v for k, v in out.items() if seen[k] == 1}


def _initialled(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """A speaker the notes of a meeting name by initials ("GL said the Board ...") under the name the notes'
    attendance list gives ("Present: ... Graham Lamb (Head of Environment) ..."): the same article's list first,
    then another report's where only one person there has those initials."""
    own: dict[int, dict[str, str]] = {}
    for t in context[:5000]:
        if t.position < 3 and _ATTENDANCE.search(t.text):
            own.setdefault(t.article, {}).update(_attendance(t.text))
    anywhere: dict[str, set[str]] = {}
    for names in own.values():
        for short, listed in names.items():
            anywhere.setdefault(short, set()).add(listed)
    out = []
    for a in items:
        if a.actor.isupper() and 2 <= len(a.actor) <= 5:
            name = own.get(a.sentence.article, {}).get(a.actor)
            if name is None and len(anywhere.get(a.actor, ())) == 1:
                name = next(iter(anywhere[a.actor]))
            if name is not None:
                a = replace(a, actor=name, key=actor_key(name))
        out.append(a)
    return out


def _as_defined(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """A body under its full name rather than the short one the report defines ("Office" is the Office of Energy
    Networks); a newspaper the reports quote from is left out."""
    full: dict[str, str] = {}
    media: set[str] = set()
    for t in context[:5000]:
        for m in _DEFINED.finditer(t.text):
            if m.group("short") != m.group("full") and _shortens(m.group("short"), m.group("full")):
                full.setdefault(m.group("short"), _last_conjunct(m.group("short"), m.group("full")))
        for m in _MEDIUM_NAMED.finditer(t.text):
            media.add(m.group("a") or m.group("b"))
    out = []
    for a in items:
        if a.actor in media:
            continue
        if a.actor in full:
            a = Attribution(full[a.actor], actor_key(full[a.actor]), a.claim, a.sentence, a.quoted)
        out.append(a)
    return out


# A transcript's turn: "ANJALI DESAI: We don't, and anybody who tells you they do is guessing."
_TURN_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}):\s+")
# What opens a line without being part of its sentence: a live blog's time stamp ("15:30 - Council leader Tom Ashdown
# says ..."), an examination's question or answer mark ("Q. Ms Farrant told a press conference ..."), a broadcast
# script's cue ("SOT - OSSIAN KELL, SALLOW CANAL AUTHORITY: ...").
_LEAD_MARK = re.compile(
    # A live text's entry may set its time off with a bar, as a table does: "15:20 | Race director ...".
    r"^(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|UTC|CET))?\s+[-–—|]\s+|[QA]\.\s+)(?=[A-Z\"“‘'])"
    # and an entry's caption after it: "10:09 - First admission: Farrant confirms that ...".
    r"(?:(?!(?:He|She|They|It|We|I)\b)[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s+(?=[A-Z]))?"
)


# A live blog's entry caption where the splitter already took the time stamp off: "Update: Manager Rosa Quint confirms".
_CAPTION = re.compile(
    r"^(?:Update|Updated|Breaking|Latest|Correction|Recap|Analysis|Watch|Listen|Reaction):\s+(?=[A-Z])"
)


def _unmarked(text: str) -> str:
    """The sentence without its time stamp, examination mark or speaker label (a label run into a heading too:
    "Preliminary hearing - Friday 8 August (10.00 am) THE CHAIR: Good morning.")."""
    text = _CAPTION.sub("", _LEAD_MARK.sub("", text))
    m = _label_at(text)
    return text[m.end() :] if m else text


unmarked = _unmarked


# A signed opinion piece: "By Rachel Ember" opening it, and the author's note closing it ("Rachel Ember is a historian
# and a former curator at ..."). A news report's byline has no such note: its reporter is no actor.
_BYLINE = re.compile(
    r"^By\s+(?:(?:Sir|Dame|Dr|Prof|Professor|Lord|Lady)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)


_HEAD_NAME = (
    r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev)\.?\s+)?"
    r"[A-Z][a-z'’-]+\s+(?:(?:al|el)-)?[A-Z][a-z'’-]+"
)
# A contribution signed at its head: a letters page's letter or reply ("Cllr Tomasz Wren, Cabinet Member for Transport,
# replies:", "Ruth Amesbury, Managing Director, Brookfield Homes, writes:"), a signed note on a page ("Priya
# Banerjee, Director, writes:"), a parliament's written answer ("Answered on 9 May 2030 by Helena Voss, Minister for
# Roads:"). The signer's post and body follow the name, up to three of them.
_SIGNED_HEADS = (
    re.compile(
        rf"(?:^|(?<=\s))(?P<name>{_HEAD_NAME})(?:,\s+[^,:;\"“”]{{2,60}}){{0,3}},\s+"
        r"(?:writes|replies|responds|adds|comments):\s+(?P<claim>\S.*)$"
    ),
    re.compile(
        rf"\b(?:Answered|Replied|Responded)\b[^:\"“”]{{0,40}}?\bby\s+(?P<name>{_HEAD_NAME})(?:,\s+[^:\"“”]{{2,80}})?:\s+"
        r"(?P<claim>\S.*)$"
    ),
    # A report's or a programme's signed opening, quoted whole: "Foreword by Cllr Ada Kerr, Cabinet Member for Schools
    # "This plan is ..."", "Introduction from Dr Tom Hale, Principal: "...".
    re.compile(
        rf"\b(?:Foreword|Introduction|Preface|Message|Welcome|Statement)\s+(?:by|from)\s+(?P<name>{_HEAD_NAME})"
        r"(?:,\s+[^:\"“”]{2,80}?)?:?\s+(?P<claim>[\"“].*)$"
    ),
)
# Where a signed contribution ends: the next letter ("Sir, ...", "Dear Editor, ..."), a reader's sign-off ("R. Finch,
# Ashby", "Name and address supplied"), the next question of a written-answers page, the page's note on its own
# format ("Answers are published in the name of ...", "Letters should be no more than 250 words").
_LETTER_OPENS = re.compile(r"(?:^|\s)(?:Sir|Madam|Dear\s+[A-Z][a-z]+),\s")
_SIGN_OFF = re.compile(
    r"^(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.\s*)+[A-Z][a-z'’-]+,|^Names?\s+and\s+address(?:es)?\s+(?:supplied|withheld)"
)
_QUESTION_HEAD = re.compile(r"\bQuestion\s+(?:for|to|from)\b|^To\s+ask\b")
_FORMAT_NOTE = re.compile(
    r"^(?:The\s+(?:text|editor)\b|(?:Answers|Questions|Letters|Replies|Corrections)\s+(?:are|is|should|will|may|must)\b)"
)
_SIGNED_RUN = 6  # sentences after the head a contribution runs to, at most


def _signed_head(text: str) -> tuple[str, str] | None:
    for pattern in _SIGNED_HEADS:
        m = pattern.search(text)
        if m:
            return m.group("name"), m.group("claim")
    return None


def _signed(context: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The words of a contribution signed at its head (a letter or a reply on a letters page, a signed note, a written
    answer), from the head's colon to where the next contribution, a reader's sign-off or the page's own note begins;
    a signed quotation ends where it closes. A line a page repeats in every issue is nobody's."""
    out: list[Attribution] = []
    by_article: dict[int, list[Sentence]] = {}
    for t in context:
        by_article.setdefault(t.article, []).append(t)
    standing = Counter(text for _, text in {(t.article, t.text) for t in context})
    for ts in by_article.values():
        ts.sort(key=lambda t: t.position)
        signer: str | None = None
        quoted = False
        run = 0
        pending = ""
        for t in ts:
            head = _signed_head(t.text)
            if head is not None:
                signer, text = clean_name(head[0]), head[1]
                quoted, run, pending = text.lstrip().startswith(('"', "“")), 0, ""
            elif signer is None:
                continue
            elif (
                _LETTER_OPENS.search(t.text)
                or _SIGN_OFF.match(t.text)
                or _QUESTION_HEAD.search(t.text)
                or _FORMAT_NOTE.match(t.text)
                or standing[t.text] >= 2
                or run >= _SIGNED_RUN
            ):
                signer = None
                continue
            else:
                text, run = t.text, run + 1
            if signer is None:
                continue
            # A sentence the splitter cut mid-way ("Your correspondent asks whether | Brookfield Homes will ...") reads
            # with the piece after it.
            text = f"{pending} {text}".strip()
            pending = "" if re.search(r"[.!?\"”]\W*$", text) else text
            if pending:
                continue
            closes = quoted and re.search(r"[\"”]\W*$", text) is not None
            if _unclosed(text):  # a piece of a signed quotation: its one mark goes
                text = re.sub(r"[\"“”]", "", text)
            claim = _claim_text(text)
            if re.match(r"That\s", text) and not claim.startswith("That"):
                claim = f"That {claim[0].lower()}{claim[1:]}"  # "That further survey was never done.": its subject
            if (
                (t.article, t.position) not in taken
                and len(claim.split()) >= _CLAIM_MIN_WORDS
                and _has_verb(claim)
                and not claim.endswith("?")
            ):
                out.append(Attribution(signer, actor_key(signer), claim, t, quoted=True))
            if closes:
                signer = None  # the signed quotation has closed: what follows is the page's own
    return out


# A letter home or an open letter: it opens with a salutation ("Dear parents and carers,", "Dear residents,") and closes
# with a valediction and its signer ("Yours sincerely, Rhona Teague", "Kind regards, Dr Omar Haddad" and the post on the
# line after). Every sentence between is the signer's own, unless it reports someone else.
_SALUTATION = re.compile(r"^Dear\s+[A-Za-z][\w'’ -]{1,60},\s*")
_VALEDICTION = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly|ever)|(?:With\s+)?(?:Best|Kind|Warm|Warmest)\s+(?:wishes|regards)|"
    r"With\s+(?:thanks|gratitude)|Regards|"
    # A pastoral or personal close: "With my love and prayers,", "With every blessing,", "Yours in Christ,".
    r"With\s+(?:(?:all\s+)?(?:my|our)|every)\s+(?:love|prayers|blessings?|thanks|best\s+wishes|good\s+wishes)"
    r"(?:\s+(?:and|&)\s+(?:love|prayers|blessings?|thanks|best\s+wishes|good\s+wishes))?|"
    r"(?:Every|God)\s+(?:blessing|bless)|Yours\s+in\s+(?:Christ|faith|friendship))[,.]?\s*"
    r"(?P<name>(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Canon|Sir|Dame)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][a-z'’-]+){1,2})?"
)
_REPORTS_OTHER = re.compile(
    r"\b(?:say|says|said|told|tells|argue|argues|claim|claims|called|calls|described|according|expects|predicts|"
    # "The council leader has promised ...", "The minister announced ...": another's undertaking, passed on.
    r"forecasts|promised|promises|pledged|pledges|announced|announces)\b"
)


# A fact-check column: each item quotes a claim and its maker ("CLAIM: "Rents fell 4 % last year." — Jo Marsh, housing
# minister, on 2 May.") and gives the column's own rating ("VERDICT: False.", "Rating: Mostly true"). The maker said the
# quoted words; the rating and the reasoning under it are the column's, no speaker's, whatever their labels look like.
CHECKED_CLAIM = re.compile(
    r"^(?:(?:THE\s+)?CLAIM|WHAT\s+WAS\s+SAID)\s*:\s*[\"“](?P<claim>[^\"“”]{8,})[\"”]\s*[—–-]+\s*(?P<maker>\S.*)$",
    re.IGNORECASE,
)
CHECK_VERDICT = re.compile(
    r"^(?:OUR\s+)?(?:VERDICT|RATING|RULING)\b[^:\"“”]{0,30}:\s*(?P<verdict>\S.*)$", re.IGNORECASE
)
# The maker's name at the head of a claim line's attribution ("Dr. Jo Marsh, housing minister, on 2 May").
_MAKER_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Cllr|Professor|Sir|Dame)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}", re.IGNORECASE
)


def _fact_check(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution] | None:
    """A fact-check column's quoted claims, each with its maker; None when the article is no fact-check (a quoted claim
    and a rating at least), [] when it is one whose claims have no named maker."""
    claims = []
    for t in ts:
        m = CHECKED_CLAIM.match(t.text)
        maker = _MAKER_NAME.match(m["maker"]) if m else None
        if m and maker and len(m["claim"]) >= 10:
            claims.append((t, m["claim"].strip(), maker.group().strip()))
    if not claims or not any(CHECK_VERDICT.match(t.text) for t in ts):
        return None
    out: list[Attribution] = []
    for t, claim, maker_name in claims:
        name = clean_name(maker_name)
        if name and (t.article, t.position) not in taken and len(claim.split()) >= 3 and _has_verb(claim):
            out.append(Attribution(name, actor_key(name), claim, t, quoted=True))
    return out


# A post on a petition page or a community group, under its author line ("Update #3 · Ana Brook · 2 May 2031",
# "ADMIN POST · Ana Brook · Monday at 19:40"): the body is the author's own words, to the comments or the next author
# line. A comment ("Name · text · Like · Reply · 2h") is a commenter's, and a commenter is an actor only where the
# comment says whom they speak as ("Speaking as the owner of Brook Taxis: ...") or their name carries their post ("MP").
_POST_HEAD = re.compile(
    r"(?:^|\s)(?:Update\s*#?\s*\d+|(?:ADMIN\s+|Admin\s+)?(?:POST|Post)|Posted\s+by)\s+·\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+·"
)
_COMMENT_HEAD = re.compile(
    r"^(?P<name>(?:Cllr\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?P<post>\s+(?:MP|MSP|MEP|MS|AM|MLA|TD))?\s+·\s+"
)
# A message board's post header: "Posted by Ana Brook (Tenants' Assoc.) » Mon 4 May 2031, 09:12". A handle
# ("deckie_lou", "salt_jim") is nobody's name: that post is the public's, no actor's.
_BOARD_HEAD = re.compile(r"^Posted\s+by\s+(?P<who>[^»|]{2,80}?)\s*(?:»|\|)\s*\S")
# A person as a post's or a memo's header names them: "Dr Ana Brook", "Ray Okonjo".
_HEADER_PERSON = r"(?:(?:Dr|Mr|Mrs|Ms|Cllr|Professor|Prof)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"
_BOARD_NAME = re.compile(rf"^{_HEADER_PERSON}(?:\s+\([^()]{{2,60}}\))?$")
_BOARD_NOTE = re.compile(r"^(?:Moderator|Admin|Mod)(?:['’]s)?\s+note\b|^Quote\s+from\b", re.IGNORECASE)
# Who runs a board rather than posts on it: "The Admin Team", "Forum Staff", "Site Moderators". No person speaks.
_BOARD_DESKS = frozenset(
    {"admin", "admins", "administrator", "administrators", "moderator", "moderators", "mod", "mods", "webmaster"}
    | {"crew", "editors", "support", "helpdesk", "helpline"}
)
# A board's housekeeping, whoever posts it: "This thread is now locked", "Closing this topic", "The forum will be
# down for maintenance". It runs the board and takes no side in what is argued on it.
_HOUSEKEEPING = re.compile(
    r"\b(?:thread|topic|post|posts|replies|comments?|forum|board|discussion|site)\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|will\s+be|(?:is|are)\s+being)\s+(?:now\s+|temporarily\s+)?(?:locked|closed|moved|merged|deleted|"
    r"removed|pinned|unpinned|archived|hidden|split|reopened|unlocked|down|offline|suspended)\b|"
    r"\b(?:locking|closing|moving|merging|deleting|removing|pinning|archiving)\s+(?:this|the)\s+"
    r"(?:thread|topic|post|discussion)\b|"
    r"\b(?:lock|close|move|merge|delete|remove|archive)\s+(?:this|the)\s+(?:thread|topic|forum|board|discussion)\b|"
    r"\bfor\s+maintenance\b|\b(?:forum|house|board|site)\s+rules\b",
    re.IGNORECASE,
)
_SPEAKS_AS = re.compile(r"^(?:Speaking\s+as|As)\s+(?:the|a|an)\s+[^:,.]{3,80}[:,]\s+")
_COMMENT_END = re.compile(r"\s*·\s*Like\s*·\s*Reply\b(?:\s*·\s*\S+)?\s*")


def _posted(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The author's sentences of a post under its author line, and the comments of commenters who say whom they speak
    as; not questions, not the words of others the author passes on or quotes."""
    out: list[Attribution] = []
    author: str | None = None  # whose words run on: the post's author, or a commenter to the comment's end
    seen = False
    quoting = False
    for t in ts:
        board = _BOARD_HEAD.match(t.text)
        if board:
            named = _BOARD_NAME.match(board.group("who").strip())
            author, seen, quoting = clean_name(named.group("name")) if named else None, True, False
            if author and {w.lower() for w in author.split()} & (_BOARD_DESKS | _SIGNING_DESKS):
                author = None  # "Posted by The Admin Team": the board's desk, no person
            continue
        if seen and _HOUSEKEEPING.search(t.text):
            continue  # "This thread is now locked ...": running the board, no stance in what it argues
        if seen and _BOARD_NOTE.match(t.text):
            author = None  # the moderator's note, or a line quoting another poster: not the author's own
            continue
        head = _POST_HEAD.search(t.text)
        if head:
            author, seen, quoting = clean_name(head.group("name")), True, False
            continue
        if re.fullmatch(r"\d*\s*Comments?", t.text.strip()):
            author = None
            continue
        pieces = _COMMENT_END.split(t.text)
        for k, piece in enumerate(pieces):
            comment = _COMMENT_HEAD.match(piece) if seen and (k > 0 or author is None or piece is pieces[0]) else None
            if comment and (k > 0 or author is None or len(pieces) > 1):
                speaks_as = _SPEAKS_AS.match(piece[comment.end() :])
                author = clean_name(comment.group("name")) if speaks_as or comment.group("post") else None
                piece = piece[comment.end() + (speaks_as.end() if speaks_as else 0) :]
            text = piece.strip()
            marks = len(re.findall(r"[\"“”]", text))
            inside = quoting or marks > 0
            quoting = quoting != (marks % 2 == 1)  # a quotation left open runs on to the next sentence
            if author is not None and not inside and (t.article, t.position) not in taken and text[:1].isupper():
                said = _REPORTS_OTHER.search(text)
                own = not said or re.search(r"\b(?:I|We|we)\b", text[: said.start()])
                if own and not text.endswith("?") and len(text.split()) >= 5 and _has_verb(text):
                    out.append(Attribution(author, actor_key(author), text, t, quoted=False))
            if k < len(pieces) - 1:
                author = None  # the comment has ended
    return out


_SIGNING_DESKS = frozenset({"team", "services", "service", "staff", "customer", "customers", "desk", "management"})


def _letter(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The signer's sentences of a letter signed at its end: from the salutation to the valediction, less those that
    report another's words (unless in the first person) and the questions; nothing when no signer is named."""
    out: list[Attribution] = []
    start: int | None = None
    for i, t in enumerate(ts):
        if _SALUTATION.match(t.text):
            start = i
            continue
        v = _VALEDICTION.match(t.text)
        if start is None or v is None or (not v.group("name") and t.text[v.end() :].strip()):
            continue
        name = v.group("name")
        if not name and i + 1 < len(ts):
            nxt = re.match(
                r"(?:(?:Dr|Mr|Mrs|Ms|Rev|Professor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}", ts[i + 1].text
            )
            name = nxt.group(0) if nxt else None
        signer = clean_name(name) if name else None
        body = {w.lower() for w in (signer or "").split()} & (_BODY_HEADS | _BODY_ENDS | _SIGNING_DESKS)
        if signer is None or body:  # "Customer Services Team": a desk signs, no person
            start = None
            continue
        for u in ts[start:i]:
            text = _SALUTATION.sub("", u.text)
            if (u.article, u.position) in taken or not text[:1].isupper() or text.endswith("?"):
                continue
            said = _REPORTS_OTHER.search(text)
            if said and not re.search(r"\b(?:I|We|we)\b", text[: said.start()]):
                continue  # "The council says ...": the signer passing on another's words
            if len(text.split()) >= 6 and _has_verb(text):
                out.append(Attribution(signer, actor_key(signer), text, u, quoted=False))
            elif _SHORT_TURN.search(text) and out and u.position - out[-1].sentence.position <= 2:
                out[-1] = _with_turn(out[-1], text)
        start = None
    return out


# A writer's short word that they moved ("Two things changed my mind.", "I was wrong."): no stance alone, it goes with
# the position just before it, which it explains ("We will keep the bells. Two things changed my mind.").
_SHORT_TURN = re.compile(
    r"\b(?:changed\s+(?:my|our)\s+minds?|(?:I|[Ww]e)\s+(?:was|were)\s+wrong|got\s+(?:it|this|that)\s+wrong|"
    r"(?:I|[Ww]e)\s+(?:have|['’]ve)\s+changed\s+(?:my|our)\s+(?:view|position))\b"
)


def _with_turn(a: Attribution, text: str) -> Attribution:
    claim = a.claim if a.claim.endswith((".", "!", "?")) else f"{a.claim}."
    return replace(a, claim=f"{claim} {text}")


# A message sent out to a list (a police or council alert, a school's message home): its head names the sender ("Message
# sent by Ann Roe (Police, PC, Eastfield team)"), a salutation opens the body ("Dear resident,") and a footer of links
# closes it ("Reply to this message | Unsubscribe"), with no valediction. The body is the sender's, in the first person.
_SENT_BY = re.compile(
    r"\b(?:Message|Alert|Email|E-mail|Notice|Update)\s+sent\s+by\s+"
    r"(?P<name>(?:(?:PC|PCSO|DC|DS|Sgt|Insp|Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s*(?:\(|,|$|\s+[A-Z]))"
)
_SALUTED = re.compile(r"(?:^|\s)Dear\s+[A-Za-z][\w'’ -]{1,40},\s+(?=[A-Z\"“])")
_FOOTER = re.compile(r"\b(?:Reply\s+to\s+this\s+message|Unsubscribe|Manage\s+your\s+(?:alerts|subscription))\b")
# A sentence that opens with another's name (titled or not, a person's or a body's) does what they did: "Chief
# Inspector Ann Roe has published figures", "Station Officer Jo Hale has asked ..." are theirs, not the sender's.
_OTHER_OPENS = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:,|\s+(?:has|had|is|was|will|said|says|[a-z]+ed)\b)"
)


def _sent(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The sender's sentences of a message sent to a list: from the salutation to the footer, less those that report
    another's words (unless in the first person), those another named person opens, and the questions."""
    head = next((m for t in ts[:4] for m in [_SENT_BY.search(t.text)] if m), None)
    signer = clean_name(head.group("name")) if head else None
    if head is None or signer is None or len(signer.split()) < 2:
        return []
    out: list[Attribution] = []
    started = False
    for u in ts:
        text = u.text
        if not started:
            sal = _SALUTED.search(text)
            if sal is None:
                continue
            started, text = True, text[sal.end() :]
        if _FOOTER.search(text):
            break
        if (u.article, u.position) in taken or not text[:1].isupper() or text.endswith("?"):
            continue
        said = _REPORTS_OTHER.search(text)
        if (said and not re.search(r"\b(?:I|We|we)\b", text[: said.start()])) or _OTHER_OPENS.match(text):
            continue
        if len(text.split()) >= 6 and _has_verb(text):
            out.append(Attribution(signer, actor_key(signer), text, u, quoted=False))
    return out


# A memo's or a members' circular's head: "To: all members" and then "From: Ewan Roe, Chief Executive". The sender
# writes the body in the first person ("We do not accept the survey."): those sentences are the sender's own stance.
_MEMO_TO = re.compile(r"^To:\s+\S")
_MEMO_FROM = re.compile(
    rf"^From:\s+{_HEADER_PERSON}"
    r"(?=\s*(?:,|$|\s+(?:Date|Re|Subject|Ref):))"
)
_MAIL_HEAD = re.compile(rf"^From:\s+{_HEADER_PERSON}\s+Subject:\s+\S")
_DIGEST_MARK = re.compile(r"^(?:Message:\s*\d+\b|Today['’]s\s+Topics\b)|\bDigest,\s+Vol\b|-{5,}\s+Message:\s*\d+")
# A mail's own header line, above its "From:": "To: ...", "Date: 3 May", "Sent: ...", "Cc: ...", "Subject: ...".
_MAIL_HEADER_LINE = re.compile(r"^(?:To|Date|Sent|Cc|Bcc|Re|Subject|Ref):\s")
_FIRST_PERSON = re.compile(r"\b(?:I|We|we|Our|our|us|My|my)\b")


def _an_office(name: str) -> bool:
    """A post written as a name ("General Secretary", "Chief Executive"): every word an office's or its qualifier."""
    return all(w.lower() in OFFICE_HEADS | OFFICE_QUALIFIERS | _POST_QUALIFIERS | {"of", "the"} for w in name.split())


def _holder_of(office: str, ts: Sequence[Sentence]) -> str | None:
    """The person the text names as holding an office: "The General Secretary, Ann Lowe, ...", "General Secretary Ann
    Lowe", "Ann Lowe, the general secretary,"; None where it names no one."""
    roles = _roles(ts).get(ts[0].article, {}) if ts else {}
    if office in roles:
        return roles[office]
    post = r"\s+".join(re.escape(w) for w in office.split())
    person = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
    held = re.compile(rf"(?i:{post}),?\s+(?P<a>{person})\b|(?P<b>{person}),\s+(?:the\s+|our\s+)?(?i:{post})\b")
    for t in ts:
        for m in held.finditer(t.text):
            name = clean_name(m.group("a") or m.group("b"))
            if name and not _an_office(name):
                return name
    return None


def _memo(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The sender's first-person sentences of a memo or circular headed "To: ..." and "From: <a person>"; not questions,
    not the words of others the sender passes on ("The minister said she would ...")."""
    out: list[Attribution] = []
    for i, t in enumerate(ts):
        m = _MEMO_FROM.match(t.text)
        # "From: Ray Okonjo Subject: ...": a mailing list's or an email's header names its sender as a memo's does.
        headed = m is not None and re.match(r"\s+Subject:\s+\S", t.text[m.end() :]) is not None
        if m is None or not (headed or any(_MEMO_TO.match(u.text) for u in ts[max(0, i - 3) : i + 3])):
            continue
        # A mail quoted inside a column ("A reader wrote last week. From: Jo Bell Subject: Bins ...") is hers only as
        # far as its first line: what follows is the columnist's again. A digest's messages (several headers, "Message:
        # 2", "Today's Topics") and a mail that is the whole article (its header at the top) are their senders' own.
        memo = any(_MEMO_TO.match(u.text) for u in ts[max(0, i - 3) : i + 3])
        digest = sum(1 for u in ts if _MAIL_HEAD.match(u.text)) >= 2 or any(_DIGEST_MARK.search(u.text) for u in ts)
        # Only a title or header lines before it (no sentence of prose) make the mail the whole article.
        top = all(_MAIL_HEADER_LINE.match(u.text) or not u.text.rstrip().endswith((".", "!", "?")) for u in ts[:i])
        lines = len(ts) if memo or digest or top else 1
        sender = clean_name(m.group("name"))
        if sender is not None and _an_office(sender):
            # "From: The General Secretary": an office speaks as the person the text says holds it, else as no one.
            sender = _holder_of(sender, ts)
        if sender is None or {w.lower() for w in sender.split()} & (_BODY_HEADS | _BODY_ENDS | _SIGNING_DESKS):
            continue
        glued = re.search(r"\s(?=(?:I|We)\s+[a-z])", t.text[m.end() :]) if lines == 1 else None
        if glued is not None:
            # "From: Jo Bell Subject: Bins I think the rounds are too few.": the quoted mail's line, run into its
            # header, is all of it the column gives.
            line = t.text[m.end() + glued.end() :]
            if (t.article, t.position) not in taken and len(line.split()) >= 6 and _has_verb(line):
                out.append(Attribution(sender, actor_key(sender), line, t, quoted=False))
            break
        for u in ts[i + 1 : i + 1 + lines]:
            text = u.text
            if text.startswith("From:"):
                break  # the next message of a digest is another sender's
            text = re.sub(r"\s+-{5,}(?:\s+Message:\s+\d+)?$", "", text)  # a digest's rule between messages
            if (u.article, u.position) in taken or not text[:1].isupper() or text.endswith("?"):
                continue
            said = _REPORTS_OTHER.search(text)
            if said and not _FIRST_PERSON.search(text[: said.start()]):
                continue  # "The minister told the Assembly ...": the sender passing on another's words
            if re.search(r"[\"“]", text) and not said:
                continue  # a quotation without its speaker is no sentence of the sender's
            if _FIRST_PERSON.search(text) and len(text.split()) >= 6 and _has_verb(text):
                out.append(Attribution(sender, actor_key(sender), text, u, quoted=False))
        break
    return out


def _voiced(context: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """Who speaks without a verb of saying: a transcript's guests (by their turn labels; the host, who speaks first,
    only asks and relays) and the author of a signed opinion piece (the sentences nobody else is credited with)."""
    out: list[Attribution] = []
    by_article: dict[int, list[Sentence]] = {}
    for t in context:
        by_article.setdefault(t.article, []).append(t)
    for ts in by_article.values():
        ts.sort(key=lambda t: t.position)
        answered = _answers(ts, taken)
        if answered:
            out += answered
            continue
        checked = _fact_check(ts, taken)
        if checked is not None:
            out += checked
            continue
        posted = _posted(ts, taken)
        if posted:
            out += posted
            continue
        letter = _letter(ts, taken) or _memo(ts, taken) or _sent(ts, taken)
        if letter:
            out += letter
            continue
        turns = _turns(ts)
        if turns:
            for t, name, rest in turns:
                # "That is under consideration": the demonstrative is the claim's subject, not a that-clause's mark.
                claim = rest if re.match(r"^That\s+(?:is|was|will|would|has)\b", rest) else _claim_text(rest)
                if (t.article, t.position) in taken or name is None or _INTRODUCED.search(rest):
                    continue
                if _PROCEDURE.match(claim):
                    continue  # "We will rise for lunch.": the chair running the hearing, no position
                if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim) and not claim.endswith("?"):
                    out.append(Attribution(name, actor_key(name), claim, t, quoted=True))
            continue
        first = _BYLINE.match(ts[0].text) if ts else None
        if first is None:
            continue
        author = first.group("name")
        note = re.compile(rf"^(?:(?:Sir|Dame|Dr|Prof|Professor|Lord|Lady)\s+)?{re.escape(author)}\s+(?:is|was)\s+")
        if not any(note.match(t.text) for t in ts[-2:]):
            continue
        for t in ts:
            text = t.text[first.end() :].strip() if t is ts[0] else t.text
            if (t.article, t.position) in taken or note.match(text) or not text[:1].isupper():
                continue
            reports = re.search(
                r"\b(?:say|says|said|told|tells|argue|argues|claim|claims|called|calls|described)\b", text
            )
            if reports and not re.match(r"(?:I|We|My|Our)\b", text):
                continue  # "The trustees say their hands are tied": the author reporting another side
            if len(text.split()) >= 8 and _has_verb(text) and not text.endswith("?"):
                out.append(Attribution(author, actor_key(author), text, t, quoted=False))
    return out


# A speaker's label opening a turn of a transcript or a broadcast script: "ANJALI DESAI: ...", "SOT - OSSIAN KELL,
# SALLOW CANAL AUTHORITY: ...", "ANCHOR (RUTH ABARA): ...", "MR ACHTERBERG (Counsel to the Inquiry): ...", "VO: ...".
_CUE_WORDS = r"(?:SOT|SOUNDBITE|SYNC|CLIP|GRAB|BITE|ACTUALITY|UPSOUND|INTERVIEW)"
_CUE = rf"(?:{_CUE_WORDS}\s*[-–—:]\s*)"
_SPEAKER_LABEL = re.compile(
    rf"(?:^|(?<=[\s)]))(?P<cue>{_CUE})?(?P<label>[A-Z][A-Z'’./-]*(?:\s+[A-Z][A-Z'’.-]+){{0,3}})"
    r"(?:,\s+(?P<affil>[A-Z][A-Z0-9&'’.\s-]{1,60}?))?(?:\s*\((?P<paren>[^()]{1,60})\))?:\s+(?=\S)"
)
# A mixed-case label of a printed interview: "Orbit Weekly: What happened?", "Brennick: It could.".
_MIXED_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}):\s+(?=\S)")
# Who only presents, asks or relays (an anchor, a reporter to camera, a voice-over, counsel) is no actor; who presides
# ("THE CHAIR") rules, and is one once the transcript names them.
_PRESENTER_WORDS = frozenset(
    {"ANCHOR", "PRESENTER", "HOST", "VO", "V/O", "NARRATOR", "REPORTER", "CORRESPONDENT", "INTERVIEWER", "Q"}
    | {"QUESTION", "READER", "VOICEOVER", "CAPTION", "GFX", "PTC", "STING", "SUPER", "CHYRON", "OOV", "NATS"}
    # A phone-in's caller, named by a first name and a place at most ("CALLER (JO, EASTFIELD):"): the public, no actor.
    | {"CALLER", "LISTENER", "VIEWER", "TEXTER"}
)
_PUBLIC_LABELS = frozenset({"CALLER", "LISTENER", "VIEWER", "TEXTER"})
_PRESENTER_ASIDE = re.compile(
    r"^(?:TO CAMERA|ON CAMERA|PTC|VO|V/O|OOV|LIVE|[Cc]ounsel\b.*|for\s+.+|[Rr]eporter\b.*|[Pp]resenter\b.*|KC|QC)$"
)
_PRESIDING = frozenset({"THE CHAIR", "CHAIR", "THE CHAIRMAN", "THE CHAIRWOMAN", "THE JUDGE", "THE CORONER"})
# A hearing's procedure, said by whoever presides: "We will rise for lunch.", "The inquiry is adjourned until 2pm.",
# "We'll now hear from the next witness."
_PROCEDURE = re.compile(
    r"^(?:(?:We|I)(?:\s+will|\s+shall|['’]ll)\s+(?:now\s+)?(?:rise|adjourn|break|resume|reconvene|sit\s+again|"
    r"hear\s+from|call|take\s+(?:a|our|the)\s+(?:short\s+)?(?:break|adjournment))|"
    r"(?:The\s+)?(?:inquiry|hearing|court|tribunal|committee|session)\s+(?:is|will|stands)\s+(?:now\s+)?"
    r"(?:be\s+)?(?:adjourn|rise|resume|reconvene|in\s+recess))\b",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(r"\bMy name is (?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b")


# The outlet's own reporter before their name: "Our correspondent Ben Lee says ...", "our reporter Kate Hill".
# Who the reports say people talk to ("told the Herald", "tells Radio North:", "in an interview with the Courier"): a
# medium; "The Herald's Ben Lee says ..." is then its reporter, no actor.
_TOLD_MEDIUM = re.compile(
    r"\b(?:told|tells|telling|speaking\s+to|spoke\s+to|interview\s+with)\s+(?P<the>the\s+)?"
    r"(?P<medium>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})(?=\s*[:,.]|\s+(?:on|in|that|last|this)\b)"
)


# "told the Committee", "told the Senate", "told the House": a hearing, not a medium.
_GROUP_WORDS_TOLD = frozenset(
    "Committee Senate House Court Council Commons Lords Parliament Assembly Congress Inquiry Board Panel "  # noqa: SIM905
    "Tribunal Jury Hearing Subcommittee Government Cabinet".split()
)


# What names a news outlet: "the Gazette", "Radio North", "the Evening Star"; a broadcaster or agency by its
# initials. "told the Pentagon", "told NATO", "told the White House" name a body that has spokesmen of its own.
_NEWS_WORDS = frozenset(
    "news times post herald gazette courier journal telegraph guardian independent chronicle tribune observer "  # noqa: SIM905
    "press echo argus mirror express star sun daily weekly radio tv television channel fm broadcasting "
    "broadcaster magazine bulletin ledger examiner inquirer sentinel dispatch enquirer gleaner wire reuters "
    "bloomberg newspaper".split()
)
# A body's word in the name makes it no outlet: "the Post Office", "the Press Complaints Commission".
_BODY_WORDS = frozenset(
    "office department ministry service authority council board commission union police agency bank company "  # noqa: SIM905
    "group committee association".split()
)
_NEWS_INITIALS = frozenset(
    "BBC CNN NBC ABC CBS NPR PBS ITV RTE AP AFP SABC CBC RTL ZDF ARD NHK KBS DW RAI VOA RFI ANSA EFE TASS UPI "  # noqa: SIM905
    "MSNBC SKY".split()
)


def _is_news_outlet(name: str) -> bool:
    """A name told things that is a news outlet, not a body or a person ("the Herald", "BBC"; not "the Pentagon")."""
    words = [w.lower().strip("'’") for w in name.split()]
    if any(w in _BODY_WORDS for w in words):
        return False
    return name in _NEWS_INITIALS or any(w in _NEWS_WORDS for w in words)


def _media(context: Sequence[Sentence]) -> re.Pattern[str] | None:
    """A pattern for a medium's possessive just before a name ("The Herald's ", "the Herald's political editor "),
    the media being the news outlets the reports say people told things to; None where they name none."""
    found = {
        m["medium"]
        for t in context[:5000]
        for m in _TOLD_MEDIUM.finditer(t.text)
        if _is_news_outlet(m["medium"]) and m["medium"].split()[0] not in _GROUP_WORDS_TOLD
    }
    if not found:
        return None
    names = "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?:^|\b[Tt]he\s+)(?:{names})['’]s\s+(?:[a-z]+\s+){{0,3}}$")


_OWN_REPORTER = re.compile(
    r"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|journalist|team)\s+$"
)


def _label_at(text: str) -> re.Match[str] | None:
    """A speaker's label at the start of the line, or (upper case, after a heading run into it) inside it."""
    for m in _SPEAKER_LABEL.finditer(text):
        words = m.group("label").split()
        mid = m.start() > 0
        if mid and ((len(words) < 2 and not m.group("paren")) or not m.group("label").isupper()):
            continue
        if len(words) >= 2 or m.group("cue") or m.group("paren") or words[0] in _PRESENTER_WORDS:
            return m
        if not mid:
            return None
    return None


# A legislature's official report: each turn opens with the member's name and, in brackets, their seat and party
# ("Ann Rowe (Fenwick South) (Labour):"), or with an office and its holder ("The Minister for Transport (Ken Ito):"),
# a question on the order paper numbered ("3. Ann Rowe (Fenwick South) (Labour): To ask ..."); later turns of the
# same member give the bare name ("Ann Rowe:"). Who presides ("The Presiding Officer", "Mr Speaker") rules, no actor.
_SEAT = r"[A-Z][\w'’.&/-]*(?:\s+(?:[A-Z][\w'’.&/-]*|and|of|the|upon|on))*"  # "Highlands and Islands", "Lab/Co-op"
_MEMBER = (
    r"(?:The\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|for|of|and|the|on)){0,7}|"
    r"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)
# The brackets hold a seat, a party or an office's holder, all capitalised: "In The Daily Star (using a wire story):"
# is a press review's line.
_MEMBER_LABEL = re.compile(
    rf"^(?:\d{{1,3}}\.\s+)?(?P<label>{_MEMBER})\s+\((?P<paren>{_SEAT})\)(?:\s+\({_SEAT}\))?:\s+(?=\S)"
)
_BARE_MEMBER = re.compile(rf"^(?:\d{{1,3}}\.\s+)?(?P<label>{_MEMBER}):\s+(?=\S)")
_PRESIDES = re.compile(r"\b(?:Presiding\s+Officer|Speaker|Chair(?:man|woman|person)?|Convener|President)\b")
_ORDER_PAPER = re.compile(r"^To\s+ask\b")  # a question tabled on the order paper: it asks, it takes no position


def _member_name(label: str, paren: str | None) -> str | None:
    """The member a label names: the holder in brackets after an office, the name itself otherwise; None for whoever
    presides."""
    if _PRESIDES.search(label):
        return None
    if label.startswith("The "):
        holder = paren and re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+", paren.strip())
        return clean_name(paren.strip()) if holder and paren else None
    return clean_name(label)


def _official_turns(ts: Sequence[Sentence]) -> list[tuple[Sentence, str | None, str]]:
    """An official report's turns (two members labelled with their seat or office at least), each sentence with its
    member; a bare-name label counts once the report has named that member or office-holder in full."""
    # A broadcast script's capitals ("ANCHOR (RUTH ABARA):") are a transcript's labels, not a report's.
    full = [(t, m if m and not m.group("label").isupper() else None) for t in ts for m in [_MEMBER_LABEL.match(t.text)]]
    members = {m.group("label") for _, m in full if m}
    if len(members) < 2:
        return []
    offices = {m.group("label"): m.group("paren").strip() for _, m in full if m and m.group("label").startswith("The ")}
    known = members | set(offices.values())
    out: list[tuple[Sentence, str | None, str]] = []
    name: str | None = None
    for t, m in full:
        bare = None if m else _BARE_MEMBER.match(t.text)
        if m:
            name, rest = _member_name(m.group("label"), m.group("paren")), t.text[m.end() :]
        elif bare and (bare.group("label") in known or _PRESIDES.search(bare.group("label"))):
            label = bare.group("label")  # "The Minister for Transport:" is the holder its full label named
            name, rest = _member_name(label, offices.get(label)), t.text[bare.end() :]
        else:
            rest = t.text
        out.append((t, None if _ORDER_PAPER.match(rest) else name, rest))
    return out


def _turns(ts: Sequence[Sentence]) -> list[tuple[Sentence, str | None, str]]:
    """Each sentence of a transcript or broadcast script with its speaker's name (None for one who presents, asks,
    relays or represents) and its words; empty when the article is not one. A mixed-case interview's labels count
    when two of them take turns; the first, the interviewer's, asks."""
    official = _official_turns(ts)
    if official:
        return official
    found = [(t, _label_at(t.text)) for t in ts]
    labels = [m.group("label") for _, m in found if m]
    caps = len(set(labels)) >= 2 and len(labels) >= 3
    if not caps:
        found = [(t, _MIXED_LABEL.match(t.text)) for t in ts]
        mixed = [m.group("label") for _, m in found if m]
        counts = Counter(mixed)
        if len(counts) < 2 or sum(1 for n in counts.values() if n >= 2) < 2 or len(mixed) < 4:
            return []
    first = next(m for _, m in found if m)
    host = first.group("label") if first.group("label") not in _PRESIDING else None
    out: list[tuple[Sentence, str | None, str]] = []
    name: str | None = None
    turn: list[int] = []
    for t, m in found:
        if m:
            name = _label_name(m, host, ts)
            turn = [len(out)]
            rest = t.text[m.end() :]
        else:
            turn.append(len(out))
            rest = t.text
        intro = _INTRODUCED.search(rest)
        if intro and m is None and out and out[-1][1] is None and _label_presides(ts, out[-1][0]):
            # "THE CHAIR: Good morning. My name is Miriam Sallis.": the chair's turn is hers, back to its label.
            name = intro.group("name")
            out = [(u, name, r) if i in turn else (u, n, r) for i, (u, n, r) in enumerate(out)]
        out.append((t, name, rest))
    return out


def _label_presides(ts: Sequence[Sentence], t: Sentence) -> bool:
    m = next((m for u in ts if u is t for m in [_label_at(u.text)] if m), None)
    return m is not None and m.group("label") in _PRESIDING


def _label_name(m: re.Match[str], host: str | None, ts: Sequence[Sentence]) -> str | None:
    """The actor a label names: None for the host, a presenter, counsel or an unnamed chair."""
    label = m.group("label")
    words = label.split()
    affil = m.groupdict().get("affil") or ""
    paren = m.groupdict().get("paren")
    caller = paren.split(",")[0].split() if paren and label in _PUBLIC_LABELS else []
    if len(caller) >= 2 and all(w[:1].isupper() for w in caller):
        # "CALLER (ANN KIBBLE, CHURCHWARDEN): ...": a caller named in full (with a post) is a voice of the story; one
        # named by a first name and a place ("CALLER (JO, EASTFIELD):") stays the public.
        return clean_name(" ".join(w.capitalize() if w.isupper() else w for w in caller))
    # "KATE HILL, REPORTER: ...": a presenter's role after the name is a presenter's label too.
    if label == host or any(w.strip(".") in _PRESENTER_WORDS for w in [*words, *affil.split()]):
        return None
    if paren and _PRESENTER_ASIDE.match(paren.strip()):
        return None
    if re.fullmatch(_CUE_WORDS, label):
        # "SOT (Inspector Raj Patel, Avon Police): ...": the cue names its speaker in brackets; a bare cue names none.
        return clean_name(paren.split(",")[0].strip()) if paren else None
    if label in _PRESIDING:
        named = next((n for t in ts for n in [_INTRODUCED.search(t.text)] if n), None)
        return named.group("name") if named else None
    shown = " ".join(w.capitalize() if w.isupper() else w for w in words)
    if len(words) == 1:
        # "Brennick:" is the "Dr Halla Brennick" the introduction names.
        full = re.compile(rf"\b([A-Z][a-z'’-]+)\s+{re.escape(label)}\b")
        firsts = [f for t in ts for f in full.findall(t.text) if not _TITLES.match(f + " ") and f not in _NOT_ACTORS]
        shown = f"{firsts[0]} {label}" if firsts else shown
    return clean_name(shown)


# An examination: counsel's "Q." lines and the witness's "A." lines; the witness is sworn under a heading
# ("MR RAVI CHANDRAN (affirmed)") or addressed in the first question ("Q. Mr Chandran, you are ...?").
_SWORN = re.compile(
    r"\b(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})\s+\((?:affirmed|sworn|recalled|on former oath)\)"
)
_ADDRESSED = re.compile(r"^Q\.\s+(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+(?P<name>[A-Z][a-z'’-]+),")


def _answers(ts: Sequence[Sentence], taken: set[tuple[int, int]]) -> list[Attribution]:
    """The witness's answers in an examination transcript, every sentence of an "A." turn."""
    marks = [t.text[:3] for t in ts]
    if marks.count("A. ") < 2 or marks.count("Q. ") < 2:
        return []
    sworn = next((m.group("name") for t in ts for m in [_SWORN.search(t.text)] if m), None)
    addressed = next((m.group("name") for t in ts for m in [_ADDRESSED.match(t.text)] if m), None)
    witness = clean_name(" ".join(w.capitalize() for w in sworn.split())) if sworn else addressed
    if witness is None:
        return []
    out = []
    answering = False
    for t in ts:
        if t.text.startswith("A. "):
            answering = True
        elif t.text.startswith("Q. ") or _label_at(t.text):
            answering = False
        if not answering or (t.article, t.position) in taken:
            continue
        claim = _claim_text(_LEAD_MARK.sub("", t.text))
        if len(claim.split()) >= _CLAIM_MIN_WORDS and _has_verb(claim) and not claim.endswith("?"):
            out.append(Attribution(witness, actor_key(witness), claim, t, quoted=True))
    return out


# A reply that names nothing of what it answers: "Campaigner Jo Bell disputed that.", "The minister denied it."
_BARE_REPLY = re.compile(
    r"^[^,;:\"“”]{0,80}\b(?:disputed|disputes|rejected|rejects|denied|denies|dismissed|dismisses|contested|contests|"
    r"challenged|challenges|questioned|questions|criticised|criticized)\s+(?:that|this|it|them|those|these)\.$"
)
_MALE_TITLE = re.compile(r"\b(?:Mr|Sir|Lord)\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z'’-]+)\b")
_FEMALE_TITLE = re.compile(r"\b(?:Mrs|Ms|Miss|Dame|Lady)\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z'’-]+)\b")


def _titled_genders(sentences: Sequence[Sentence]) -> dict[str, str]:
    """ "Mr Reed", "Dame Ruth Ames": the reports' own titles say which pronoun fits a name."""
    out: dict[str, str] = {}
    for t in sentences[:5000]:
        for pattern, g in ((_MALE_TITLE, "m"), (_FEMALE_TITLE, "f")):
            for m in pattern.finditer(t.text):
                out.setdefault(actor_key(m.group(1)), g)
    return out


def _pronoun_gender(text: str) -> str | None:
    m = re.search(r"\b(he|she)\b|^(His|Her)\s", text, re.IGNORECASE)
    if m is None:
        return None
    return "m" if (m.group(1) or m.group(2)).lower() in ("he", "his") else "f"


def _fits(name: str, pronoun: str | None, gender: dict[str, str]) -> bool:
    """Whether "he" or "she" can be `name`: not a person of the other gender, and never a body, which is "it" ("The
    Relief Committee is co-ordinating the appeal. She said: ..." is someone else the report named)."""
    if pronoun is not None and is_body_name(name):
        return False
    known = gender.get(actor_key(name)) or _name_gender(name)
    return known is None or pronoun is None or known == pronoun


# Common first names and titles whose gender a report rarely contradicts: "she said" after "Professor John Ward ..."
# is not his. Names worn by both (Jo, Sam, Alex, Chris) are left out.
_MALE = frozenset(
    [
        "mr",
        "sir",
        "lord",
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "thomas",
        "charles",
        "paul",
        "mark",
        "george",
        "peter",
        "andrew",
        "edward",
        "henry",
        "stephen",
        "kevin",
        "brian",
        "martin",
        "simon",
        "ian",
        "neil",
        "gary",
        "steven",
        "anthony",
        "daniel",
        "matthew",
        "tony",
        "tom",
        "jack",
        "harry",
        "ahmed",
        "mohammed",
        "omar",
        "carlos",
        "juan",
        "luis",
        "pierre",
        "hans",
        "karl",
        "ivan",
        "dmitri",
        "jermaine",
        "barack",
        "colin",
        "gordon",
        "gerald",
        "brent",
    ]
)
_FEMALE = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "mary",
        "elizabeth",
        "sarah",
        "emily",
        "anne",
        "ann",
        "jane",
        "margaret",
        "susan",
        "helen",
        "linda",
        "karen",
        "patricia",
        "barbara",
        "jennifer",
        "lisa",
        "laura",
        "emma",
        "rachel",
        "rebecca",
        "catherine",
        "katherine",
        "claire",
        "julia",
        "maria",
        "ana",
        "anna",
        "sophie",
        "lucy",
        "alice",
        "amy",
        "ruth",
        "joan",
        "angela",
        "fatima",
        "aisha",
        "marie",
        "sandra",
        "nicola",
        "hillary",
        "michelle",
        "lorna",
    ]
)


def _name_gender(name: str) -> str | None:
    for word in name.lower().replace(".", "").split()[:2]:
        if word in _MALE:
            return "m"
        if word in _FEMALE:
            return "f"
    return None


# A subject that speaks, or that a sentence brings in ("Maureen Tilley is one of them."): the one "she said" follows.
_SPEAKING = re.compile(
    # "Professor Nkechi Obi, a mining engineer at Fenmoor University who has studied ..., was more cautious."
    r"^(?:(?:,\s+[^,]{1,120}){1,3},|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{2,40}?)?\s+"
    r"(?:(?:just|also|then|later|again|now|still|has|have|had|once)\s+)*"
    r"(?:said|says|told|tells|spoke|spoken|speaks|added|warned|argued|insisted|questioned|questions|apologi[sz]ed|"
    r"apologi[sz]es|addressed|addresses|cautions|cautioned|explained|explains|admitted|admits|denied|denies|is|was|"
    r"wrote|writes|written|replied|replies|responded|responds|described|describes|called|calls|urged|urges|stressed|"
    r"claimed|claims|rejected|rejects|disputed|disputes|criticised|criticized|defended|defends|accused|accuses|"
    r"insists|believes|estimated|estimates|predicted|predicts|testified|recalled|recalls|remembers|remembered|"
    r"commented|agreed|agrees|disagreed|disagrees|acknowledged|conceded|concedes|announced|announces|promised|"
    r"promises|vowed|vows|pledged|hit\s+back|fired\s+back|shot\s+back|struck\s+back|retorted|gave\s+evidence|took\s+the\s+stand|sees|saw|thinks|thought|"
    r"put\s+it|puts\s+it|asked|asks|answered|answers|pleaded|objected|protested|complained|complains|"
    r"conceded|maintains|maintained|countered|counters|recounted|recounts|reflected|reflects|added|"
    # A judge's or a chair's ruling from the bench is said: "Judge Roe adjourned the case. She said ...".
    r"adjourned|adjourns|ruled|rules|ordered|orders|sentenced|sentences|"
    # A programme's running order: "31:30 Tom Hale on the patients." is the segment he speaks in.
    r"on\s+(?=(?:the|his|her|their|its|why|how|what|whether)\s))\b"
)


def _after_name(text: str, name: str) -> str | None:
    """What follows the name's last word where the sentence first writes it; None where it does not."""
    last = name.split()[-1]
    at = text.find(last)
    return None if at < 0 else text[at + len(last) :]


def _speaks(text: str, name: str) -> bool:
    """The sentence's named subject speaks (or is brought in): it is who a "he said" after it means."""
    rest = _after_name(text, name)
    # "The organiser, Chris Hunt, defended ...": the name is the apposition, its closing comma before the verb.
    return rest is not None and bool(_SPEAKING.match(rest) or (rest.startswith(",") and _SPEAKING.match(rest[1:])))


_LEAD_IN = re.compile(
    r"^(?:,\s+[^,]{1,80},)?(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{2,40}?)?\s+(?:(?:also|then|later|first|has|had)\s+)*"
    r"(?:visited|visits|arrived|arrives|toured|tours|went|goes|came|comes|travelled|traveled|travels|met|meets|returned|"
    # "Tom Hesketh from the Aircrew Association has also been in touch. He says ...": he got in touch to say it.
    r"returns|walked|stood|appeared|appears|been\s+in\s+touch|got\s+in\s+touch|wrote\s+in|called\s+in)\b"
)


# A reply or statement by the sentence's own subject: "fired back that", "hit back", "shot back", "retorted".
_REPLYING = re.compile(
    r"^(?:,\s+[^,]{1,80},)?\s+(?:(?:also|then|later|quickly|swiftly)\s+)*"
    r"(?:fired\s+back|hit\s+back|shot\s+back|struck\s+back|retorted|countered|replied|responded|answered|"
    r"rejected|disputed|insisted|argued|said|says|told|added|warned)\b"
)


def _replies(text: str, name: str) -> bool:
    """The sentence's named subject speaks in it ("Ed Markey, D-Mass., fired back that ..."): its "he said" is his."""
    rest = _after_name(text, name)
    return rest is not None and bool(_REPLYING.match(rest))


def _leads_in(text: str, name: str) -> bool:
    """The named subject arrives somewhere or meets people: the one a quotation after it usually belongs to."""
    rest = _after_name(text, name)
    return rest is not None and bool(_LEAD_IN.match(rest))


def _other_person_after(text: str, name: str) -> bool:
    """Another person after the name ("met the transport minister"): a pronoun after them may be theirs."""
    after = _after_name(text, name)
    rest = text if after is None else after
    # "Tom Hesketh from the Aircrew Association has been in touch": the body the person is from is no other person.
    rest = re.sub(r"^\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}", "", rest)
    rest = re.split(r"[;:]|\b(?:he|she)\b", rest, maxsplit=1)[0]
    if _FULL_NAME.search(rest):
        return True
    return any(w.lower().strip(".,") in _ROLE_WORDS for w in rest.split())


# "Her colleague Ann Roe says", "His neighbour Marthe Coudray, who leads the growers, says": a relation noun, then the
# person's full name and a saying verb; "His wife Ann" (no surname) or "Her lawyer said" (no name) are not enough.
_POSSESSIVE_NAMED = re.compile(
    r"^(?:His|Her|Their|Its)\s+(?:[a-z]+\s+){1,2}(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[A-Z][a-z]+\s+"
    r"(?:[A-Z]\.\s+)?[A-Z][\w'’-]+(?:\s+(?:says|said|told|tells|insists|insisted|argues|argued)\b|,\s+(?:who|whose)\s"
    r"[^\"“”;]{3,100}?,\s+(?:says|said|told|tells|insists|insisted|argues|argued)\b)"
)
_PRONOUN_LED = re.compile(
    r"^(?:He|She)\s+(?:[a-z]+\s+){0,3}(?:said|says|told|tells|added|would|did)\b"
    r"|^(?:He|She)\s+(?:insists|argues|admits|confirms|maintains|claims|warns)\b"
    r"|^(?:His|Her)\s+(?:own\s+)?(?:words|reply|answer|verdict|response)(?:\s+\w+)?:"
    r"|^(?:Her|His|Their)\s+[^,\"“”]{2,60},\s+(?:he|she)\s+(?:said|says|added),"
    r"|^(?:On|Last|This|Later|Earlier|By)\s+\w+,?\s+(?:he|she)\s+(?:said|says|told|added)\b"
    r"|^They\s+(?:say|says|said|insist|insisted|maintain|maintained)\b"
    r"|^(?:Asked|Pressed|Questioned|Challenged)\b[^,\"“”]{0,100},\s+(?:he|she)\s+"
    # 'Brent Kowalczyk, managing partner of Tidewater, said: "We're not here to flip this club.': a quotation that
    # runs on into the next sentence, opened after a colon.
    r"|^[A-Z][^\"“”]{2,120}\b(?:said|says|added|told\s+[\w ]{2,30}?):\s+[\"“][^\"“”]{10,}$"
)


def _own_subject(text: str) -> tuple[str, int] | None:
    """The full name a sentence opens with ("Lars Holm, the River Authority's director, was ..."), for a "he" later
    in it; its position is that of the sentence (returned as a large number: nearer than any earlier one)."""
    m = re.match(rf"^(?:[A-Z][a-z]{{1,3}}\.?\s+)?{_NAME}(?:,\s+[^,]{{3,80}},)?\s+[a-z]", text)
    name = clean_name(m.group("name")) if m else None
    return (name, 10**6) if name and len(name.split()) >= 2 else None


def _knight(first: str, sentences: Sequence[Sentence], article: int) -> str | None:
    """A knight or dame is called by title and first name ("Sir Martin"): the full name is in the same report."""
    pattern = re.compile(rf"\b(?:Sir|Dame)\s+{re.escape(first)}\s+([A-Z][a-z'’-]+)\b")
    for t in sentences:
        m = pattern.search(t.text) if t.article == article else None
        if m:
            return f"{first} {m.group(1)}"
    return None


_TELLER = re.compile(
    r",\s+(?:(?:its|his|her|their|the)\s+)?(?:[a-z][\w'’-]*\s+){0,4}(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|tells\s+\w+)\.?$"
)


def _quote_start(by_place: dict[tuple[int, int], Sentence], s: Sentence) -> int:
    """Where the quotation a sentence closes opened: '"The authority told the public ... | Two of its own workers say
    there were. | Somebody isn't telling the truth," she said.' opens two sentences before its "she said"."""
    if s.text.lstrip().startswith(('"', "“")) or not re.search(r"[\"”]", s.text):
        return s.position
    for back in (1, 2, 3):
        t = by_place.get((s.article, s.position - back))
        if t is None or re.search(r"[\"”]", t.text.lstrip()[1:]):
            break
        if t.text.lstrip().startswith(('"', "“")):
            return t.position
    return s.position


def _opens_after(by_place: dict[tuple[int, int], Sentence], s: Sentence, at: int) -> bool:
    """ "Gwilym Probert runs the village shop. | His deliveries stopped. | "I phoned the depot. ... shelves," he told
    us.": the person brought in two sentences before a quotation of several sentences opens, with nobody named between,
    is its speaker."""
    start = _quote_start(by_place, s)
    between = by_place.get((s.article, start - 1))
    return (
        start < s.position
        and at == start - 2
        and between is not None
        and not _FULL_NAME.search(between.text)
        and not re.search(r"[\"“”]", between.text)
    )


def named_subject(by_place: dict[tuple[int, int], Sentence], s: Sentence) -> tuple[str, int] | None:
    """ "Arkady Voronin addressed the court ... '...,' he said": the person the sentence before opens with (before
    the quotation opens, when it runs over several sentences)."""
    start = _quote_start(by_place, s)
    for back in (1, 2):
        t = by_place.get((s.article, start - back))
        if t is not None:
            t = replace(t, text=_posts(t.text)[-1])  # of a thread's posts run together, the last is the one before
            # "Dear resident, Chief Inspector Ann Roe has published ...": a letter's salutation is no part of it.
            t = replace(t, text=_SALUTATION.sub("", t.text))
            # "The organiser, Chris Hunt, defended the event.": the role's name, given beside it, is who speaks next.
            named = _ROLE_NAMED.match(t.text)
            if named:
                return named.group("name"), t.position
            if _OTHER_SUBJECT.match(t.text):
                return None  # "Her brother spoke outside the court.": he is the one who speaks next
            # "The hospital ran on generators, its medical director Dr Yusuf Kamara has told us.": who told it.
            teller = _TELLER.search(t.text)
            name = clean_name(teller.group("name")) if teller else None
            if name and len(name.split()) >= 2:
                return name, t.position
            # "Anneliese Brandt, a fire ecologist at ..., cautions against ...": an apposition may follow the name.
            m = re.match(
                # "In the bar of the Summit Hotel, which has lost every booking, Catriona Veitch ...": a place with
                # its relative clause may come first.
                # A programme's chapter opens with its time: "31:30 Tom Hale on the patients.".
                rf"^(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+)?"
                rf"(?:(?:At|In|On|After|During|Outside)\s+[^,]{{2,50}},\s+(?:(?:which|where|whose)\s+[^,]{{2,80}},\s+)?)?"
                rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev)\.?\s+)?"
                # "Carys Bell of the Tenants Union says ...": a person's full name before "of" is the
                # subject, no role before the body's name.
                rf"(?:(?!(?:[A-Z][a-z'’-]+\s+){{2}}(?:of|from|at)\s)(?:[Tt]he\s+)?(?:[A-Za-z][\w&-]*['’]s\s+|(?:[A-Z][\w&'’-]*\s+){{1,2}})(?:[a-z][\w-]*\s+){{1,3}}"
                rf"(?=[A-Z][a-z]+\s+[A-Z]))?"
                # "Gwilym Probert from Pentre, whose deliveries stopped ..., told us ...": a place, then an apposition.
                rf"{_NAME}(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]{{2,40}}?)?(?:(?:,\s+[^,]{{1,120}}){{1,3}},)?\s+"
                r"(?:(?:just|also|then|later)\s+)?(?:[a-z]+ed|[a-z]+[^s]s|has|had|was|is|"
                r"spoke|told|said|wrote|gave|took|met|sat|stood|sent|put|made|"
                # Irregular pasts: "The harbourmaster, Elin Sayer, who said ..., struck a different tone."
                r"struck|came|went|rose|led|left|kept|held|began|drew|won|lost|sang|broke|fought|bore|"
                r"on(?=\s+(?:the|his|her|their|its|why|how|what|whether)\s))\b",
                _unmarked(t.text),
            )
            if m and _PASSIVE_SUBJECT.match(_unmarked(t.text), m.end("name")):
                return None  # "Maria Lopez was killed ...": a victim or a defendant, not who speaks next
            name = clean_name(m.group("name")) if m else None
            if name and len(name.split()) >= 2:
                return name, t.position
    return None


# A subject that things were done to ("Maria Lopez was arrested", "has been charged"), and one that brings in another
# person ("Her brother spoke ...", "The family's lawyer said ..."): "he said" after either is not the named subject's.
_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:was|were|is|ha[sd]\s+been)\s+(?:\w+ly\s+)?(?:[a-z]+ed|shot|hit|held|taken|found|struck|beaten|caught|"
    r"sent|seen|slain|sentenced)\b"
)
_OTHER_SUBJECT = re.compile(
    r"^(?:(?:But|And)\s+)?(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|An?|[A-Z][\w'’-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:brother|sister|mother|father|son|daughter|wife|husband|partner|friend|neighbou?r|uncle|aunt|cousin|widow|"
    r"family|parents?|colleague|" + "|".join(sorted(ENGLISH.role_words)) + r")s?\b"
)
_ONE_NAME = re.compile(
    # "Professor Okoro, whose survey found ..., has offered ...": a title, and an aside after the name.
    r"^(?:(?:But|And|Yet)\s+)?(?P<title>(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Cllr|Councillor)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'’-]{2,})(?(title)(?:,\s+[^,\"“”]{1,120},)?)\s+(?:(?:also|then)\s+)*"
    r"(?:(?:has|had)\s+[a-z]+|[a-z]+(?:ed|s))\b"
)
_ROLE_NAMED = re.compile(
    r"^(?:(?:But|And)\s+)?(?:(?:Last|Earlier|On|In)\s+[\w\s]{2,20},\s+)?(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|An?|"
    r"[A-Z][\w'’-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5})?"
    # "The Minister, Rhian Castell, replied ...": a post may be capitalised.
    r"[A-Za-z][\w'’-]*,\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\b"
)
# The tag that closes a quotation of several sentences: '... I was wrong," he said.', '..., kind," he told us.'.
_CLOSING_TAG = re.compile(
    r"[,.!?][\"”],?\s+(?P<p>he|she)\s+(?:said|says|added|adds|told\s+\w+|tells\s+\w+)\b[^\"“”]{0,40}\.?$"
)
# A lead-in that says only where or when before a quotation: "On the line, teeth chattering: "Brutal up there."".
_ADVERBIAL_LEAD = re.compile(
    r"^(?:On|At|In|From|After|Outside|Inside|Before|Afterwards|Later)\b[^\"“”:A-Z]{0,60}:\s+[\"“]"
    r"(?P<claim>[^\"“”]{10,})[\"”]?\.?$"
)
# A lead-in phrase before a quotation, no name in it: "Straight to it: "...", "Blunt as ever: "..."".
_LEAD_PHRASE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){0,5}:\s+[\"“](?P<claim>[^\"“”]{10,})[\"”]?\.?$")
# A whole quotation whose "he said" tail the sentence splitter trimmed: it ends ',".'.
_TRIMMED_QUOTE = re.compile(r"^[\"“](?P<claim>[^\"“”]{10,}?),[\"”]\.$")
_LEADING_ADVERBIAL = re.compile(
    r"^(?:At one point|At the time|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # "Asked about the regulator's letter, Farrant says: ...": the question put is no part of the attribution.
    r"(?:Asked|Pressed|Questioned|Challenged)\s+(?:about|on|over|whether|if|why|how|what)\b[^,\"“”]{2,140}|"
    r"Last (?:week|month|year)|Earlier|Later|In (?:a|an|his|her|its|their) (?:[a-z]+\s+){0,2}[a-z]+(?:\s+of\s+\w+)?"
    r"(?:\s+\w+){0,4}|Speaking (?:to|on|at|in) [^,]{2,40}|In response|Separately|Meanwhile|"
    # "Outside court, Ada Roy said: ...", "After the vote, ...": where or when, in a few plain words.
    r"(?:Outside|Inside|After|Before|During|Leaving)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}),\s+"
)
# A bracket after a name before its verb or comma: a party, a constituency, a post ("(Labour)", "(Lib Dem, Northfield)",
# "(D-Texas)", "(Director of Place)").
_AFFILIATION = re.compile(r"(?<=[A-Za-z'’])\s+\([A-Z][\w&'’.-]*(?:[\s,/-]+[\w&'’.-]+){0,5}\)(?=,|\s+[a-z])")
_OF_BODY = re.compile(r"^(?:The\s+)?((?:[A-Z][\w&'’-]*\s+){1,3})(of|for)\s+$")
_ROLE_THEN_NAME = re.compile(
    r"^(?:(?:But|And|However|Yet),?\s+)?(?:(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|An?|One|"
    # "The Growers' Association's president, ...": a plural possessive among the capitalised words.
    r"(?:[A-Z][\w&-]*(?:s['’])?\s+){0,3}[A-Z][\w&-]*['’]s)"
    r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*|"
    # "The Director of Sea Fisheries, Dr Ann Roe, said": an office written with capitals, its head a post's word.
    rf"[Tt]he\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{'|'.join(sorted(w.capitalize() for w in OFFICE_HEADS))}))"
    r"(?:\s+(?:at|of|from|for|in|with)\s+[^,]{2,50}?)?,\s+"
    # "The archdeacon, the Venerable Simon Threlfall, ...": a cleric's style before the name.
    r"(?:(?:the\s+)?(?:Venerable|Very\s+Reverend|Right\s+Reverend|Reverend|Revd)\s+|[A-Z][a-z]{1,3}\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|(?:al|el)-[A-Z][\w'’-]+)){1,2})"
    # "One broker's analyst, Ann Roe of Dunmore Securities, expects ...": the body after the name is hers.
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?,\s+"
    r"(?=[a-z])"
)


_PERSON_OFFICE = re.compile(
    # A full name: "Ms Dace's office" is a title and a surname, not the two-word name "Ms Dace".
    r"^(?!(?:Dr|Mr|Mrs|Ms|Miss|Professor|Sir|Dame)\s+[A-Z][a-z'’-]+['’]s\s)"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Professor|Sir|Dame)\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)['’]s\s+"
    r"(?:private\s+|press\s+)?(?:office|spokes(?:man|woman|person)|lawyers?|solicitors?|agent|aides?)\s+"
    r"(?=(?:has\s+|had\s+)?(?:told|tells|said|says)\b)"
)


def _person_for_office(r: re.Match[str]) -> str:
    """The person an office or a spokesman speaks for, when the name is a person's (a known given name): "Kestrel
    Data's office" is a body's, and stays as written."""
    first = r["name"].split()[0]
    person = _name_gender(first) is not None or first in {"Dr", "Mr", "Mrs", "Ms", "Professor", "Sir", "Dame"}
    return f"{r['name']} " if person else r.group(0)


def _name_of_role(r: re.Match[str]) -> str:
    """The name a role's apposition gives, in place of the role; a relative clause after it keeps its comma
    ("The club's captain, Ann Moss, whose team ..., says": the aside stays an aside)."""
    if clean_name(r.group("name")) is None:
        return r.group(0)
    after = r.string[r.end() :]
    return r["name"] + (", " if re.match(r"(?:who|whose|whom)\s", after) else " ")


_CAPITAL_OFFICE = re.compile(
    r"^(?:(?:But|And|However|Yet),?\s+)?[Tt]he\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?:,|\s+(?:of|for)\b)"
)
_DEPENDENT = re.compile(r"^(?:It|He|She|They|Its|His|Her|Their|This|That|These|Those)\b")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# Overlapping: "Councillor Jonas Weir" yields "Councillor Jonas" (skipped, a title) and then "Jonas Weir".
_FULL_NAME_AT = re.compile(r"(?=\b([A-Z][a-z]+)\s+((?:(?:al|el)-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
_ROLE_WORDS = ENGLISH.role_words
# Who a person is to the story, written before the name like a title: "Neighbour Gordon Lisle", "Tenant Ruth Dale".
_RELATION_NOUNS = frozenset(
    {"neighbour", "neighbor", "tenant", "landlord", "landlady", "resident", "villager", "passenger"}
)


def _has_verb(claim: str) -> bool:
    """'A hosepipe ban for all households.' (what was announced) is a thing, not a statement."""
    ws = [w.strip('.,;:!?"“”').lower() for w in claim.split()]
    return any(w in ENGLISH.verb_words or w in ENGLISH.auxiliaries or w.endswith("ed") for w in ws) or not re.match(
        r"^(?:A|An)\s", claim
    )


def _claim_is_clause(sentence: str, raw_claim: str) -> bool:
    """'X warned BP not to ...' leaves 'BP not to ...': an object, not a statement of its own."""
    at = sentence.find(raw_claim.strip()[:30])
    return at < 0 or not re.search(r"\b(?:warned|urged|told|asked|pressed|called on|ordered)\s*$", sentence[:at])


# The last word of a body's name, which a report may leave off ("Southline" for "Southline Grid").
_BODY_WORDS = (
    _CORPORATE
    | {w for w in _ROLE_WORDS if w not in {"chief", "head", "general", "deputy", "boss", "owner", "founder", "partner"}}
    | {"pharma", "grid", "guild", "ferries", "airways", "airlines", "energy", "water", "power", "bank", "holdings"}
)
_BODY_WORDS |= {"foods"}
_BODY_WORDS |= {"motors", "rail", "railways", "trust", "association", "society", "club", "federation", "foundation"}
_BODY_WORDS |= {"institute", "college", "university", "hospital", "authority", "network", "networks", "systems"}


def _named_apart(short: str, full: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a report names the short body before the full one: "Apple said ... Apple Bank said it had no
    connection with the technology company" are two bodies; a report that shortens a name gives it whole first."""
    alone = re.compile(rf"\b{re.escape(short)}\b(?!['’]?s?\s+{re.escape(full[len(short) :].split()[0])})")
    whole = re.compile(rf"\b{re.escape(full)}\b")
    first_alone: dict[int, tuple[int, int]] = {}
    first_whole: dict[int, tuple[int, int]] = {}
    for s in sentences:
        for pattern, first in ((alone, first_alone), (whole, first_whole)):
            m = pattern.search(s.text)
            if m and (s.article not in first or (s.position, m.start()) < first[s.article]):
                first[s.article] = (s.position, m.start())
    return any(a in first_alone and first_alone[a] < at for a, at in first_whole.items())


def _unify_names(items: list[Attribution], sentences: Sequence[Sentence] = ()) -> list[Attribution]:
    """Show each actor under the fullest form of the name used ("Hayward" -> "Tony Hayward")."""
    items = split_namesakes(items)
    longest: dict[str, str] = {}

    def fullness(actor: str) -> tuple[bool, int]:
        # A given name beats a title: "Joseph Ndaba" over "Ambassador Ndaba".
        return bool(_given_words(actor)), len(actor)

    for a in items:
        if a.key not in longest or fullness(a.actor) > fullness(longest[a.key]):
            longest[a.key] = a.actor
    # "Hotels Halima Noor", a heading the splitter ran into the name, beside a "Halima Noor" the reports write more
    # often: the longer form is the name with something before it, not a fuller name.
    forms: dict[str, set[str]] = {}
    for a in items:
        forms.setdefault(a.key, set()).add(a.actor)
    written = [s.text for s in sentences[:5000]] or [a.sentence.text for a in items]
    for name_key, fullest in list(longest.items()):
        inner = [f for f in forms.get(name_key, ()) if len(f.split()) >= 2 and fullest.endswith(" " + f)]
        if inner:
            shorter = max(inner, key=len)
            if sum(shorter in t for t in written) > sum(fullest in t for t in written):
                longest[name_key] = shorter
    single = {k for k, v in longest.items() if len(v.split()) == 1 and not v.isupper()}
    if single:
        # The most frequent full name wins: "Hayward" is Tony Hayward, not a Maureen Hayward quoted once.
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(longest[k]) for k in sorted(single)) + r")\b")
        texts = [s.text for s in sentences[:5000] if pattern.search(s.text)] or [a.sentence.text for a in items]
        counts: dict[str, Counter[str]] = {}
        for text in texts:
            for m in _FULL_NAME_AT.finditer(text):
                key = actor_key(m.group(2))
                full = clean_name(f"{m.group(1)} {m.group(2)}")
                full = without_opening_adverb(full, texts) if full else None  # "Even Hayward" is Hayward
                first = m.group(1)
                if first.lower() in _ROLE_WORDS or first in _NOT_ACTORS or _TITLES.match(first + " "):
                    continue
                if first.lower() in ENGLISH.auxiliaries:  # "Did Southline receive a letter ...?" names no "Did"
                    continue
                if key in single and full and len(full.split()) > 1:
                    counts.setdefault(key, Counter())[full] += 1
        for key, names in counts.items():
            best = max(names.items(), key=lambda item: (item[1], len(item[0]), item[0]))[0]
            if len(best) > len(longest[key]):
                longest[key] = best
    # "Southline" and "Southline Grid", "Independent Bakers" and "Independent Bakers' Guild": a body's short name is
    # its full one.
    words = {k: [w.rstrip("'’").removesuffix("'s").removesuffix("’s") for w in v.split()] for k, v in longest.items()}
    fuller: dict[str, str] = {}
    for k, ws in words.items():
        # Only a body's, the short name its head: "Jermaine" is not short for "Jermaine Jackson", nor "Amazon" for
        # "Amazon Conservation Association".
        longer = [
            j
            for j, vs in words.items()
            if j != k
            and len(vs) > len(ws)
            and vs[: len(ws)] == ws
            and all(w.lower() in _BODY_WORDS for w in vs[len(ws) :])
        ]
        told = sentences or [a.sentence for a in items]
        if len(longer) == 1 and not _named_apart(longest[k], longest[longer[0]], told):
            fuller[k] = longer[0]
    return [
        Attribution(longest[fuller.get(a.key, a.key)], fuller.get(a.key, a.key), a.claim, a.sentence, a.quoted)
        for a in items
    ]


# Bodies and people a report names only by role: "The education board insists that ...", "A county spokesperson
# said ...", "the parents say ...". They speak for a side in a dispute, though they are not named persons.
_ROLE_NOUNS = sorted(
    ENGLISH.role_words
    | {"spokesperson", "trust", "parents", "residents", "campaigners", "county", "regulator", "watchdog"}
    | {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in ENGLISH.role_words if not w.endswith("s")},
    key=len,
    reverse=True,
)
_ROLE_SUBJECT = re.compile(
    r"^(?P<role>(?:[Tt]he|An?)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:" + "|".join(_ROLE_NOUNS) + r"))\s+"
    r"(?:has\s+|have\s+)?(?:[a-z]+ly\s+)?(?P<verb>said|says|say|insists?|insisted|warned|warns|argued|argues|claimed|"
    r"claims|estimated|estimates|put|puts|maintains|maintained|countered|found|finds|concluded|concludes)\b"
    r"(?:\s+that)?,?\s+(?P<claim>.+)$"
)
# "The contamination goes back to a solvent ..., the company announced on Wednesday.": the role after its claim.
_ROLE_AFTER = re.compile(
    r"^(?P<claim>[A-Z][^\"“”]{20,}?),\s+(?P<role>the\s+(?:[a-z][\w'’-]*\s+){0,2}(?:"
    + "|".join(_ROLE_NOUNS)
    + r"))\s+(?:said|says|announced|confirmed|added|insisted|claimed|claims)\b[^,]{0,30}\.$"
)
# A share of a group speaks: "Two of the three wholesalers I spoke to say ...", "Most of the growers said ...".
_SOME_OF = re.compile(
    r"^(?P<role>(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Most|Many|Some|Several|All|Half|Both|\d+)\s+of\s+"
    r"the\s+(?:[a-z0-9]+\s+)?(?P<noun>[a-z]+s))(?:\s+(?:I|we|(?:the\s+)?[A-Z][\w'’-]*)\s+(?:spoke\s+to|talked\s+to|"
    r"contacted|called|asked|reached))?\s+(?:say|said|told\s+\w+|report|reported)\s+(?:that\s+)?(?P<claim>.+)$"
)
_SPEECH_ROLE = re.compile(r"^(?:said|says|say|insists?|insisted|warned|warns|argued|argues|claimed|claims)$")


# A side's position in a negotiation is what it demands or offers: "The union is demanding a 12 per cent rise",
# "Corriebus has offered 4.5 per cent". The figure is its claim, set against the other side's.
_POSITION = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}|[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+"
    r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?(?:now\s+|also\s+|still\s+)?"
    r"(?:demand(?:s|ed|ing)?|offer(?:s|ed|ing)?|want(?:s|ed)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)\s+for|"
    r"propos(?:es|ed|ing)|bid|bids|raised\s+its\s+(?:pay\s+)?offer\s+to)\s+(?:[^;\d]{0,30}?)\d"
)


# Kinds of institution a report names in full once ("Brennick Zoo", "the National Museum") and then as "the zoo":
# "The zoo says ..." is that body's word. Documents ("the report says"), places and events are no side.
_INSTITUTION_KINDS = frozenset(
    "zoo museum club school hospital charity society association institute college university league church "  # noqa: SIM905
    "airline airport brewery theatre orchestra library gallery academy federation foundation institution network "
    "cooperative co-op sanctuary".split()
)
_BODY_SAYS = re.compile(
    r"^(?P<role>[Tt]he\s+(?P<noun>[a-z][\w-]*))\s+(?:has\s+)?(?:says|said|claims|claimed|insists|insisted|maintains|"
    r"maintained|argues|argued|estimates|estimated)\s+(?:that\s+)?(?P<claim>[^\"“”]+)$"
)


def _named_institutions(sentences: Sequence[Sentence]) -> set[str]:
    """The kinds of institution the sentences name in full ("Brennick Zoo" -> "zoo")."""
    kinds = "|".join(sorted(k.capitalize() for k in _INSTITUTION_KINDS))
    named = re.compile(rf"\b[A-Z][\w'’&-]+\s+(?:[A-Z][\w'’&-]+\s+)?({kinds})\b")
    return {m.group(1).lower() for s in sentences[:5000] for m in named.finditer(s.text)}


def role_attributions(sentences: Sequence[Sentence]) -> list[Attribution]:
    """Claims of sides named only by their role ("The board says ...", "the parents say ..."), for tensions.

    They are not perspectives (those name a person or a named body); they are the other side of a figure or a
    claim a named actor disputes. A figure put without a verb of speech ("The county council put the losses at
    10,000 pounds") keeps the whole sentence as its claim.
    """
    out = []
    institutions = _named_institutions(sentences)
    for s in sentences:
        said = _BODY_SAYS.match(s.text) if institutions else None
        if said and said.group("noun") in institutions and len(said.group("claim").split()) >= _CLAIM_MIN_WORDS - 1:
            role = "The " + said.group("noun")
            out.append(
                Attribution(role, "the " + said.group("noun"), _claim_text(said.group("claim")), s, quoted=False)
            )
            continue
        position = _POSITION.match(s.text)
        who = position.group("who") if position else ""
        if position and who.split()[0] not in _NOT_ACTORS - {"The"} and len(s.text.split()) >= _CLAIM_MIN_WORDS:
            claim = re.split(r",\s+(?:which|who)\s", s.text, maxsplit=1)[0].rstrip(".") + "."
            shown = who[0].upper() + who[1:]
            key = "the " + who.split()[-1].lower() if who.lower().startswith("the ") else actor_key(who)
            out.append(Attribution(shown, key, claim, s, quoted=False))
            continue
        some = _SOME_OF.match(s.text)
        if some:  # "Two of the three wholesalers I spoke to say they have received none"
            noun = some.group("noun")
            out.append(Attribution(some.group("role"), f"the {noun}", _claim_text(some.group("claim")), s, False))
            continue
        tail = _ROLE_AFTER.match(s.text)
        if tail and len(tail.group("claim").split()) >= _CLAIM_MIN_WORDS:
            role = tail.group("role")
            claim = _claim_text(strip_dateline(tail.group("claim")))
            out.append(Attribution(role[0].upper() + role[1:], "the " + role.split()[-1].lower(), claim, s, False))
            continue
        for part in re.split(r";\s+", s.text):
            m = _ROLE_SUBJECT.match(part.strip())
            if m is None:
                continue
            role = m.group("role")
            role = role[0].upper() + role[1:]
            claim = _claim_text(m.group("claim")) if _SPEECH_ROLE.match(m.group("verb")) else s.text
            if len(claim.split()) < _CLAIM_MIN_WORDS - 1:
                continue
            out.append(Attribution(role, "the " + role.split()[-1].lower(), claim, s, quoted=False))
    return out


# An abbreviation's full stop ends no office: "U.S. Attorney General", "Gov. Rick Perry".
_DOTTED = re.compile(
    r"^(?:[A-Z]\.){2,}$|^(?:" + "|".join(a.capitalize() for a in sorted(OFFICE_ABBREVIATIONS)) + r")\.$"
)
_OFFICE_ENDS = re.compile(r"[,;:.!?\"“”()\[\]]$")
# An office runs to this many words at most ("Japan LDP cybersecurity chief", "US Secretary of State").
_OFFICE_WORDS = 6


def _is_head(word: str) -> bool:
    """An office's last word, whole or by a part of a hyphenated one ("Secretary-General", "President-elect")."""
    low = word.rstrip(".").lower()
    low = OFFICE_ABBREVIATIONS.get(low, low)  # "Adm.", "Gov."
    return low in OFFICE_HEADS or any(p in OFFICE_HEADS for p in low.split("-") if p)


def _office_before(before: str) -> str | None:
    """The office written just before a name ("... said U.S. Attorney General " -> "U.S. Attorney General"), or None.

    The office ends in a post ("Secretary", "chief executive"); before it, a place's or a body's name ("Treasury",
    "Haiti's", "LDP"), the post's own words ("Prime", "of State") and up to two lower-case words of what it covers
    ("cybersecurity chief"). It opens with a capital (or "former"): "the health secretary" is a description, and a
    verb, an article or a comma before it ends it. An honorific between office and name is no part of either."""
    if not before or not before[-1].isspace():
        return None
    words = before.split()
    while words and words[-1].rstrip(".").lower() in HONORIFICS:
        words.pop()  # "Chief Medical Officer Dr Liam Donaldson"
    taken: list[str] = []
    of_tail = 0
    for k in (1, 2):  # "Secretary of State", "Minister for Health", "Secretary of Homeland Security"
        tail = words[-k:]
        if (
            len(words) > k + 1
            and words[-k - 1] in {"of", "for"}
            and _is_head(words[-k - 2])
            and all(w[:1].isupper() and w not in _NOT_ACTORS and not _OFFICE_ENDS.search(w) for w in tail)
        ):
            taken, words, of_tail = [*reversed(tail), words[-k - 1]], words[: -k - 1], k + 1
            break
    if not words or (_OFFICE_ENDS.search(words[-1]) and not _DOTTED.match(words[-1])) or not _is_head(words[-1]):
        return None
    lower = 0
    for w in reversed(words):
        if len(taken) == _OFFICE_WORDS or (_OFFICE_ENDS.search(w) and not _DOTTED.match(w)):
            break
        opened = re.match(r"^[\"“‘'(\[]+", w)  # '"Health Minister X said': the quotation before ends it
        w = w[opened.end() :] if opened else w
        low = w.lower()
        if _is_head(w) or low in OFFICE_QUALIFIERS:
            taken.append(w)
        elif low in {"of", "for"} and taken and taken[-1][:1].isupper():
            taken.append(w)  # "Secretary of State", "Minister for Health"
        elif w[:1].isupper() and w not in _NOT_ACTORS and low.rstrip(".") not in HONORIFICS:
            taken.append(w)  # "Treasury", "US", "Haiti's", "LDP"
        elif w[:1].islower() and lower < 2 and low not in ENGLISH.stop_words and low not in ENGLISH.verb_words:
            if re.search(r"(?:ly|ing|ed)$", low) or not w.isalpha():
                break
            lower += 1
            taken.append(w)  # "cybersecurity chief", "chief medical officer"
        else:
            break
        if opened:
            break
    taken.reverse()
    # It opens with a capital, or "former": "told health secretary" is a description, "of State" no office of its own.
    # Part of a description is no office either: "the health Minister" is not "Minister".
    while taken and not (taken[0][:1].isupper() or taken[0].lower() in OFFICE_QUALIFIERS - {"late"}):
        dropped = taken.pop(0)
        if not _is_head(dropped) and taken and taken[0][:1].isupper() and _is_head(taken[0]):
            return None  # "the transport Minister", but "the candid Coast Guard Admiral"
    while taken and taken[0].lower() in {"of", "for"}:
        taken.pop(0)
    if len(taken) <= of_tail or not _is_head(taken[-1 - of_tail]):
        return None
    return " ".join(taken)


def bare_name(actor: str) -> str:
    """A person's name without the office or honorific a report wrote into it ("District Attorney David Walgren" ->
    "David Walgren", "Mr Obama" -> "Obama"); a body's name, or one the words after the post would leave at one word
    ("General Motors"), as it is."""
    words = actor.split()
    if is_body_name(actor):
        return actor
    while len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS:
        words = words[1:]
    posts = [i for i, w in enumerate(words) if _is_head(w) or w.rstrip(".").lower() in HONORIFICS]
    rest = words[posts[-1] + 1 :] if posts else words
    if posts and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        return " ".join(rest)
    return " ".join(words)


def _post(office: str) -> str:
    """An office without whose it is ("US Secretary of State" -> "secretary of state", "EPA Administrator" and
    "Environmental Protection Agency Administrator" -> "administrator"); "Vice President", "former President" and
    "Deputy Prime Minister" keep the word that makes them another office."""
    words = office.split()
    while len(words) > 1 and words[0][:1].isupper() and not _is_head(words[0]):
        if words[0].lower() in OFFICE_QUALIFIERS:
            break
        words = words[1:]
    return " ".join(OFFICE_ABBREVIATIONS.get(w.rstrip(".").lower(), w.lower()) for w in words)


def _chosen_office(
    uses: dict[str, set[int]], when: dict[int, date], opening: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The office to show: the one most reports use (forms of one office counted together, shown as most write
    it), never one a single report gives (a one-off, or a person only one report names). Where the office changed
    during the story (most reports that use one come after most that use another: "President-elect", then
    "President"), the later office, as the reports now write it. It shows in words where a report spells it out
    ("Coast Guard Admiral", not "Adm."); of forms as many reports write, one written inside a sentence (opening one, a
    heading may have run into it, or its capital be the sentence's: "Chief executive"), then the shorter (a heading
    run into the sentence before it lengthens it)."""

    def rank(f: str) -> tuple[bool, int, bool, bool, int, str]:
        short = any(w.rstrip(".").lower() in OFFICE_ABBREVIATIONS for w in f.split())
        sentence_case = f in opening and all(w[:1].islower() for w in f.split()[1:])
        return short, -len(uses[f]), f in opening, sentence_case, len(f), f

    forms = sorted(uses, key=rank)
    by_post: dict[str, list[str]] = {}
    for f in forms:
        by_post.setdefault(_post(f), []).append(f)
    families = list(by_post.values())
    support = [set().union(*(uses[f] for f in g)) for g in families]
    ok = [i for i, arts in enumerate(support) if len(arts) >= 2]
    if not ok:
        return None
    best = max(ok, key=lambda i: (len(support[i]), -i))

    def span(i: int) -> tuple[date, date]:
        """When most reports used the office: from its first quarter to its last (a stray early or late use aside)."""
        days = sorted(when.get(a) or date.min for a in support[i])
        return days[len(days) // 4], days[-1 - len(days) // 4]

    later = [i for i in ok if i != best and span(i)[0] > span(best)[1]]
    if later:
        best = max(later, key=lambda i: (span(i)[1], len(support[i])))
    return families[best][0]


def _with_offices(items: list[Attribution], context: Sequence[Sentence]) -> list[Attribution]:
    """Each person's name to show (`shown`), with the office the reports give them ("U.S. Attorney General Eric Holder",
    "Treasury Secretary Scott Bessent"), whether or not the report quoted writes it: one actor either way, keyed and
    written (`actor`) as before. A person only one report names is shown as that report writes them; one the reports
    name with no office most of them share, by name alone."""
    names: dict[str, str] = {}
    for a in items:
        bare = bare_name(a.actor)
        if _person_name(bare) and not a.key.startswith("the ") and bare.split()[0] not in _NOT_ACTORS:
            names.setdefault(a.key, bare)
    if not names:
        return items
    surnames = Counter(n.split()[-1] for n in names.values())
    # A full name, or the surname alone where no other person quoted wears it ("President Obama").
    spelt: dict[str, str] = {}
    for key, bare in names.items():
        spelt[bare] = key
        last = bare.split()[-1]
        if len(bare.split()) >= 2 and surnames[last] == 1 and last not in _NOT_ACTORS:
            spelt.setdefault(last, key)
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(spelt, key=len, reverse=True)) + r")(?![\w'’-])"
    )
    uses: dict[str, dict[str, set[int]]] = {}
    opens: dict[str, set[str]] = {}  # offices written opening a sentence, and inside one
    inside: dict[str, set[str]] = {}
    named_in: dict[str, set[int]] = {}
    when: dict[int, date] = {}
    for s in context:
        if s.published is not None:
            when.setdefault(s.article, s.published)
        for m in pattern.finditer(s.text):
            key = spelt[m.group(0)]
            named_in.setdefault(key, set()).add(s.article)
            office = _office_before(s.text[: m.start()])
            if office:
                uses.setdefault(key, {}).setdefault(office, set()).add(s.article)
                if s.text[: m.start()].lstrip(' "“‘(').startswith(office):
                    opens.setdefault(key, set()).add(office)
                else:
                    inside.setdefault(key, set()).add(office)
    shown: dict[str, str] = {}
    for key, bare in names.items():
        office = _chosen_office(uses.get(key, {}), when, opens.get(key, set()) - inside.get(key, set()))
        if office:
            shown[key] = f"{office} {bare}"
        elif len(named_in.get(key, ())) >= 2:
            shown[key] = bare  # "Acting Minister Ruth Okonjo" once, "Ruth Okonjo" in the other reports
    return [replace(a, shown=shown[a.key]) if shown.get(a.key, a.actor) != a.actor else a for a in items]
