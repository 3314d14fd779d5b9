"""Cue phrases: what signals consequence, uncertainty, risk, opportunity or conflict in news prose.

Open questions are turned into questions by moving one auxiliary verb, never by adding claims:
"It is unclear whether the cap will hold." -> "Will the cap hold?"
"""

from __future__ import annotations

import re

from digest.briefs.lexicon import ENGLISH

WHY = re.compile(
    r"\b(?:could|would|will|may|might)\s+(?:mean|lead|cause|affect|hit|cost|force|threaten|trigger|result|damage|rise|"
    r"fall|soar|surge|drop|"
    r"hurt|spread|change|reshape|undermine)\b|\bthreaten|\bimpact\b|\bconsequences?\b|\bimplications?\b|"
    r"\bmeans that\b|\bbiggest\b|\bworst\b|\bfirst time\b|\bsignificant(?:ly)?\b|\bmillions of\b|\bbillions? of\b|"
    r"\bunprecedented\b|\bcrucial\b|\bat stake\b|\bcritical\b|\bhistoric\b|\blargest\b|\bdevastat",
    re.IGNORECASE,
)
_WH_WORDS = "whether|if|how|what|when|why|who|where|which"
# Cues that leave a wh-clause open without "unclear": someone asked and did not answer, or nobody has said.
_NO_ANSWER = (
    r"(?:\b(?:did not|didn't|has not|have not|had not) (?:yet )?respond(?:ed)? to (?:requests?|calls?|questions?)"
    r"(?: for comment)?|\b(?:declined to|refused to|would not|could not|did not) comment|\bno decision (?:yet )?"
    r"(?:has been (?:made|taken) )?|\bno (?:immediate |official )?(?:word|indication|news) (?:yet )?)"
    r"\s*(?:on|about|as to)"
    r"|\b(?:left|leaves?|leaving) open(?: the question of)?"
    r"|\b(?:nobody|no one) (?:has |had )?(?:yet )?(?:said|explained|confirmed|announced|decided|knows)"
    # "No household has been given any indication of when it can go home": nobody told.
    r"|\bno\s+[a-z]+\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:given|offered)\s+(?:any|an)\s+(?:indication|idea|word|"
    r"estimate)\s+(?:of|on|about|as\s+to)"
)
# A question left open by a negated verb or noun of knowing, saying or deciding that takes it as complement:
# "nobody could say how long", "were unable to say how many", "have not established whether", "has given no
# indication of whether", "refused to speculate on how", "did not explain how", "have not been told whether", "has
# yet to rule on whether", "pending a decision by the agency on whether", "no response from X to the question of
# whether", "has so far been silent on whether", "it was an open question whether", "an open question is whether".
_KNOWING = (
    r"(?:say|says|said|saying|tell|telling|told|know|knows|knew|known|establish(?:ed|ing)?|determin(?:e|ed|ing)|"
    r"confirm(?:ed|ing)?|decid(?:e|ed|ing)|decision|rul(?:e|ed|ing)|explain(?:ed|ing)?|explanation|indicat(?:e|ed|ing)|"
    r"indication|speculat(?:e|ed|ing)|comment(?:ed|ing)?|answer(?:ed|ing)?|respon(?:d|ded|ding|se)|repl(?:y|ied|ying)|"
    r"disclos(?:e|ed|ing)|reveal(?:ed|ing)?|specif(?:y|ied|ying)|clarif(?:y|ied|ying)|verif(?:y|ied|ying)|"
    r"predict(?:ed|ing)?|guess|idea|clue|word|sure|certain|clear|aware|review|inquiry|investigation|assessment|"
    # Being told is knowing too: "had not been informed whether", "were not notified when".
    r"inform(?:ed)?|notifi(?:ed|y)|advised|briefed|"
    # Finding out is knowing to come: "has been unable to find out who", "has yet to report on why".
    r"find\s+out|found\s+out|work\s+out|worked\s+out|discover(?:ed)?|trace(?:d)?|identif(?:y|ied)|report(?:ed)?|"
    # Coming to be known: "It did not emerge at the hearing who had authorised the list".
    r"emerged?|become\s+clear|came\s+out|come\s+out|"
    r"verdict|judge?ment|"
    # Nouns of information a source gives or withholds: "could not give a timeline for when ...".
    r"timeline|timetable|estimate|figure|details|breakdown|information|"
    # Talking it over is saying: "would not discuss whether anyone has been arrested".
    r"discuss(?:ed|ing)?)"
    # "would neither confirm nor deny whether": a denial withheld with the confirmation.
    r"(?:\s+n?or\s+deny)?"
)
_NEGATED_KNOWING = (
    r"(?:\b(?:has|have|had|is|are|was|were|did|does|do|would|could|will|can|may|might)\s+(?:[a-z]+\s+){0,2})?"
    r"(?:(?:\b(?:not|never|no|cannot|(?:nobody|no one)(?:\s+(?:at|in|from|on|with)(?:\s+[\w'’-]+){1,4}?)?|neither|"
    r"none(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?|"
    r"unable to|yet to|refus(?:ed|es|ing)? to|declin(?:ed|es|ing)? to|without|pending)|n[’']t)(?:\s+[\w'’-]+){0,4}?\s+"
    + _KNOWING
    # "no way to know yet which", "was able to tell the Chronicle whether": an adverb, or the hearer told.
    # "Nobody has told them, or me, where ...": the hearers may be listed.
    + r"(?:\s+yet|(?<=tell|told)(?:\s+(?:the\s+)?[\w'’-]+){1,2}?(?:,\s+or\s+[\w'’-]+,)?)?"
    + r"(?:(?:\s+[\w'’-]+){0,6}?\s+(?:on|about|as to|of|over|to|from|regarding|for|at))?"
    r"|\bsilent\s+(?:on|about|as to)|\b(?:say|says|said|saying|tell|tells|told|reveal|reveals|revealed)\s+nothing\s+"
    r"(?:about|on|as to|of)|\ban open question,?(?:\s+(?:is|was|remains))?)"
)
# A negated verb of knowing or saying whose complement is elsewhere (before it, or left out): "they wouldn't say",
# "nobody has yet counted", "had not yet established".
_NEGATED_KNOWING_BARE = (
    r"(?:(?:\bnot|\bnever|\bnobody|\bno\s+one|\bunable\s+to|\byet\s+to|\brefus\w*\s+to|\bdeclin\w*\s+to|\bcannot|"
    r"\w+n[’']t)(?:\s+(?:yet|be\s+able\s+to|able\s+to|been\s+able\s+to|yet\s+been\s+able\s+to|so\s+far|"
    r"has|have|had|would|could|will|can|did|does))*\s+(?:yet\s+)?"
    r"(?:say|said|tell|told|know|knew|establish(?:ed)?|determin(?:e|ed)|confirm(?:ed)?|decid(?:e|ed)|explain(?:ed)?|"
    r"disclos(?:e|ed)|reveal(?:ed)?|specif(?:y|ied)|predict(?:ed)?|count(?:ed)?|comment(?:ed)?|guess(?:ed)?|work(?:ed)?\s+out)"
    r"(?:\s+(?:yet|either|so|publicly|today|tonight))?)"
)
# Finding out in progress ("is working with the company to establish whether"), waiting to be told ("still waiting to
# hear whether"), and a decision still to take ("has until 7 July to decide whether"): the complement is open. Only a
# wh-complement is: "seeking investors to establish a new bakery", "working to establish a food bank" build things.
_EFFORT = (
    r"(?:trying|seeking|working|attempting|striving|investigating)\b(?:\s+[\w'’-]+){0,6}?\s+to\s+"
    r"(?:determine|establish|find out|work out|ascertain|learn)"
)
_AWAITING = (
    r"(?:waiting|wait|waits|waited)\s+(?:to\s+(?:hear|learn|find out|know|see)|for\s+(?:word|news)\s+(?:on|about))"
    r"|\bto\s+(?:decide|determine|rule\s+on|choose)"
)
# "It is still to be determined", "it has yet to be decided", "it has not been settled", "it is undecided": what the
# extraposed wh-clause after it asks is open.
_TO_BE_SETTLED = (
    r"(?:is|was|remains|remained|has\s+yet|had\s+yet)\s+(?:still\s+|yet\s+)?to\s+be\s+"
    r"(?:determined|decided|settled|agreed|established|confirmed|worked\s+out|resolved|clarified|finali[sz]ed)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:determined|decided|settled|agreed|established|confirmed|"
    r"worked\s+out|resolved|clarified|finali[sz]ed)"
    r"|(?:is|was|remains|remained)\s+(?:still\s+)?(?:undecided|unsettled|unresolved|undetermined)"
)
# A question left with someone else to answer: "It is for the council to establish what was taken", "it will be for
# the court to decide whether ...".
_FOR_SOMEONE = (
    r"it\s+(?:is|was|will\s+be|would\s+be)\s+(?:now\s+)?for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+to\s+"
    r"(?:establish|determine|decide|judge|rule\s+on|work\s+out|find\s+out|say)"
)
_CANNOT_YET = (
    r"\bcannot\s+(?:yet\s+be\s+(?:determined|quantified|estimated|assessed|calculated)\b|be\s+(?:determined|"
    # "at present" ends its clause: "cannot be calculated at present exchange rates" is a method, no unknown
    r"quantified|estimated|assessed|calculated)\s+(?:yet\b|at\s+(?:this\s+(?:stage|point|time)|present|the\s+moment)"
    r"(?=\s*(?:[.;:,!?]|$|and\b|but\b))|for\s+now\b))"
)
UNKNOWN = re.compile(
    r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:disclosed?|said|say|revealed?|confirmed?|explained?|"
    r"indicated?|specified?|clarified?|signall?ed|"
    r"announced?|decided?|determined?)\b|\bdeclined to (?:say|comment|disclose|specify)|"
    r"\b(?:is|was|remains|remained)\s+(?:still\s+|also\s+)?(?:(?:highly|very|deeply|extremely|entirely|wholly)\s+)?"
    r"(?:unclear|not clear|unknown|not known|uncertain)\b|"
    r"\bremains? to be seen\b|\bunclear (?:whether|if|how|what|when|why|who)\b|\bno one knows\b|\bnobody knows\b|"
    r"\bnot yet known\b|\b(?:nor|neither)\s+(?:is|was)\s+it\s+(?:yet\s+)?(?:known|clear|certain)\b|"
    r"\byet to be (?:determined|decided|confirmed|established|agreed|settled|announced|set)\b|"
    # An extraposed subject still to be settled: "It is still to be determined who would pay ...".
    rf"\bit\s+(?:{_TO_BE_SETTLED})\s+(?:{_WH_WORDS})\b|"
    r"\bquestions? remains?\b|"
    rf"\b{_FOR_SOMEONE}\s+(?:{_WH_WORDS})\b|"
    r"\btoo (?:early|soon) to (?:say|tell|know)\b|\bnot (?:immediately )?clear\b|\b(?:would|could) not say\b|"
    rf"\brefused to (?:say|disclose|comment)\b|\b(?:{_EFFORT})\s+(?:{_WH_WORDS})\b|(?:{_AWAITING})\s+(?:{_WH_WORDS})\b|"
    # "The agency has not named the contractors it approached": who they are is not known.
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?(?:named|identified)\s+(?:the|its|their|any)\b|"
    # "The organiser has not released the tracker data": withheld so far, so not known.
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?(?:released|published)\s+(?:the|its|their|any)\b|"
    r"\b(?:has|have) not been (?:confirmed|determined|established|identified|disclosed|released|explained|announced|"
    r"revealed|made clear)\b|"
    r"\bunanswered\b|\bremains? unclear\b"
    # Decisions not taken yet, and outcomes that hang on something still open.
    r"|\b(?:has|have|had) not (?:yet )?been (?:decided|agreed|settled|set|fixed|finali[sz]ed|made public|arranged|"
    r"organi[sz]ed|resolved|scheduled|funded|approved)\b"
    r"|\b(?:future|fate) of\b[^.;]{2,80}?\b(?:depends?|will depend|hinges?|will hinge) on\b"
    r"|\bnot yet (?:been )?(?:known|decided|clear|agreed|settled|certain)\b|\b(?:remains?|is|are) undecided\b"
    r"|\b(?:has|have|had) yet to (?:decide|say|announce|disclose|confirm|explain|set)\b"
    # A reply not given is an unknown only when what it would answer is a question the sentence states: "has yet to
    # answer whether ...", "We asked whether ...; the council has yet to reply." Not "has yet to respond to a request
    # for comment" (boilerplate), "to treatment" or "answer his critics" (no question at all).
    r"|\b(?:has|have|had) (?:still )?yet to (?:answer|reply|respond)(?:\s+to)?"
    rf"(?:\s+(?:the\s+)?(?:questions?|queries)\s+(?:of|about|on|over|as\s+to))?\s+(?:{_WH_WORDS})\b"
    rf"|\b(?:{_WH_WORDS})\b[^.!?]{{4,200}}?[;,]\s+[^.;:!?]{{2,60}}?\b(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+"
    r"(?:answer|reply|respond)\s*(?:[.!]|$)"
    # "The judge has not set a hearing date": when it happens is open.
    r"|\b(?:has|have|had) not (?:yet )?(?:set|fixed|scheduled|given|named) (?:a|an|any)(?: new)?(?: [a-z]+)? "
    r"(?:date|timetable|deadline|timeline)\b"
    r"|\bno decision has (?:yet )?been (?:made|taken)\b|\bremains? to be (?:decided|determined|agreed)\b"
    r"|\b(?:remains?|is) an open question\b|\bremains? (?:unresolved|unsettled)\b"
    # "would not be drawn on whether ...", "there is still no word on whether ...", "no timetable has been set".
    rf"|\b(?:would|could|will|did|was|were|is|are) not (?:be )?drawn on (?:{_WH_WORDS})\b"
    rf"|\bno (?:word|indication|news) (?:yet )?(?:on|about|as to) (?:{_WH_WORDS})\b"
    r"|^No (?:new |firm |fresh )?(?:timetable|date|deadline|decision|agreement|plan|figure|budget) (?:has|have) "
    r"(?:yet )?been (?:set(?! aside)|fixed|agreed|made|taken|reached|given|announced|published)\b"
    # "The financial effect on the Group cannot be determined at this stage": not yet, rather than never (a rule like
    # "cannot be determined by the seller alone" is no unknown, so a "yet" or a "now" must go with it).
    rf"|{_CANNOT_YET}"
    rf"|\b(?:depends?|depended|will depend|hinges?|will hinge) on (?:{_WH_WORDS})\b"
    # A question the sources leave with someone who would not answer it, or with nobody: "did not respond to
    # requests for comment on whether", "left open whether", "nobody has said whether", "is anyone's guess".
    rf"|(?:{_NO_ANSWER})\s+(?:{_WH_WORDS})\b"
    r"|\basked\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|the\s+[a-z]+|them|him|her)\s+(?:whether|if|to\s+"
    r"(?:confirm|guarantee|promise|say|explain|show)\b)[^.;:!?]{6,160}?\bbut\s+(?:(?:had|has|have)\s+)?"
    r"(?:received|got|had|heard)\s+no\s+(?:reply|answer|response)"
    r"|\b(?:not|neither|refused to|declined to)\s+(?:confirm|verify)(?:\s+(?:n?or)\s+deny)?\s+(?:reports?\s+)?that\b"
    # "The agency has not ruled out that other networks were breached": a possibility still open.
    r"|\b(?:not|cannot)\s+(?:yet\s+)?rul(?:e|ed)\s+out\s+(?:the\s+possibility\s+)?that\b"
    r"|\bno (?:immediate |official )?(?:word|indication|news) (?:yet )?(?:on|about|as to) the \w+ of\b"
    r"|\bfar from (?:certain|clear|sure)\b|\bany(?:one|body)[’']s (?:guess|bet)\b"
    # "The minister would not commit to a date for the referendum": when is left open.
    r"|\b(?:would|will|could|did|does|do|has|have)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:commit\s+(?:herself\s+|himself\s+|"
    r"itself\s+|themselves\s+)?to|give|set|name|put|offer)\s+(?:a|any)\s+(?:firm\s+|new\s+)?(?:date|timetable|timeline)\s+"
    r"(?:for|on)\b"
    # "... postponed its annual results and gave no new timetable for them": when is left open.
    r"|\b(?:gave|given|gives|set|named|offered|provided)\s+no\s+(?:new\s+|firm\s+|fresh\s+|other\s+)?"
    r"(?:date|timetable|timeline)\b"
    # "... will resume "as soon as the investigation allows", without naming a date": when is left open.
    r"|\bwithout\s+(?:naming|giving|setting|offering|providing|specifying|putting)\s+(?:a|any)\s+(?:firm\s+|new\s+)?"
    r"(?:date|time|timetable|timeline|figure|number|reason|cost)\b"
    # Claims reported but not verified: "Unconfirmed reports said ...", "according to unconfirmed reports".
    r"|\b(?:unconfirmed|unverified) (?:reports?|accounts?|claims?)(?:\s+(?:on|in|from) [^,;.]{2,40}?)?\s+"
    r"(?:said|say|says|suggested|suggests?|claimed|claims?|that)\b|\baccording to (?:unconfirmed|unverified) reports\b",
    re.IGNORECASE,
)
# "Whether the ban is lifted depends on the rain": an unknown as the sentence's subject (sentences only; kept
# out of UNKNOWN, which also scans whole articles, because a leading anchor there costs a scan per position).
_UNKNOWN_SUBJECT = re.compile(
    rf"^(?:{_WH_WORDS})\b[^.;]{{3,160}}\b(?:depends?|depended|will depend|hinges?|will hinge) on\b", re.IGNORECASE
)


# A pseudo-cleft whose subject is what nobody has said: "What neither campaign has explained is what it will do if
# ...", "What the board has not said is whether the sale will go ahead".
_CLEFT_UNSAID = re.compile(
    r"^What\s+(?P<subj>(?:neither|nobody|no one|none of)\b[^.;:!?]{0,40}?"
    r"|[^.;:!?]{2,50}?\s+(?:has|have|had|did|does|do)(?:\s+not|n[’']t))\s+(?:has\s+|have\s+|had\s+|did\s+|could\s+|would\s+)?(?:yet\s+)?(?:explained|explain|said|say|answered|"
    r"answer|addressed|address|disclosed|disclose|revealed|reveal|decided|decide|made clear)\s+(?:yet\s+)?(?:is|was)\s+"
    r"(?P<wh>whether|what|how|when|why|who|where|which)\s+(?P<clause>[^;:!?]+?)\.?$"
)
# A concealed question: a noun that stands for a question ("the cause of the fire" = what caused it) with a predicate
# of not knowing: "The cause of the fire is under investigation", "The identity of the buyer remains unknown".
_CONCEALED = re.compile(
    r"^(?:(?:But|And|However),?\s+)?The\s+(?:exact\s+|precise\s+|full\s+|true\s+)?(?P<noun>cause|causes|origin|source|"
    r"identity|identities|extent|scale|size|value|motive|whereabouts|reason|nature|timing|number|outcome|result)\s+of\s+"
    r"(?P<of>[^,;:!?]{2,80}?)\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+)?(?:not\s+yet\s+)?"
    r"(?:under investigation|being investigated|unknown|unclear|not known|a mystery|undetermined|uncertain|"
    r"not clear|to be determined)\b"
)
# A verb of deliberating in the progressive leaves its complement undecided: "The trustees are still weighing
# whether to demand more", "The club is considering whether the coach should stay".
_DELIBERATING = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>[A-Z][^,;:!?]{1,60}?)\s+(?P<aux>is|are|was|were)\s+(?:still\s+|now\s+)?"
    r"(?:(?:weighing|considering|debating|deciding|mulling(?:\s+over)?|deliberating(?:\s+(?:on|over))?|discussing|"
    r"reviewing|assessing|exploring|studying|looking\s+at)\s+"
    r"whether\s+(?:to\s+(?P<vp>[^;:!?]+?)|(?P<clause>[^;:!?]+?))"
    # Being divided is over a decision ("whether to sell the club"); "torn over whether the kit looks good" is taste.
    r"|(?:divided|split|torn)\s+(?:over|on|about|as\s+to)\s+whether\s+to\s+(?P<vp2>[^;:!?]+?))\.?$"
)


# A transcript's or script's speaker label, or an interview's "Q." / "A.": framing, not the sentence's words.
# A live text's time stamp ("16:05 | ") is framing too.
_LABEL_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:\s+\([A-Z][A-Z ]+\))?:|[QA]\.|\d{1,2}[:.]\d{2}\s*\|)\s+(?=[A-Z])"
)


# A labelled speaker who cannot yet say what they will do themselves: "THE CHAIR: I cannot tell you today whether I
# will also hold hearings in Eastfold" -> "Will the chair also hold hearings in Eastfold?". Their own decision is open;
# "I don't know whether the pumps failed" is only a state of mind, and "whether I would do it again" a musing.
_OWN_DECISION = re.compile(
    r"^(?P<who>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}):\s+I\s+(?:cannot|can[’']t|could\s+not|am\s+not\s+able\s+to)\s+"
    r"(?:yet\s+)?(?:tell\s+you|say)(?:\s+(?:today|yet|now|tonight))?\s+whether\s+I\s+(?P<aux>will|shall)\s+"
    r"(?P<vp>[^,;:!?]+)"
)


_LABEL_ROLES = ENGLISH.role_words | {"chair", "chairwoman", "speaker", "coach", "captain", "principal", "host"}


def _label_speaker(label: str) -> str:
    """A speaker label as a noun phrase: "THE CHAIR", "MAYOR" -> "the chair", "the mayor"; "SMITH" -> "Smith"."""
    if label.startswith("THE "):
        return label.lower()
    return f"the {label.lower()}" if label.split()[-1].lower() in _LABEL_ROLES else label.title()


def _own_decision(sentence: str) -> str | None:
    m = _OWN_DECISION.match(sentence)
    if m is None:
        return None
    return _finish(f"{m.group('aux').capitalize()} {_label_speaker(m.group('who'))} {m.group('vp').rstrip('. ')}")


def states_unknown(sentence: str) -> bool:
    """Whether a sentence states something not known or not decided yet."""
    if _LABEL_PREFIX.match(sentence):
        if _own_decision(sentence) is not None:
            return True
        sentence = _LABEL_PREFIX.sub("", sentence)
    return bool(
        _CONCEALED.match(sentence)
        or _CLEFT_UNSAID.match(sentence)
        or _DELIBERATING.match(sentence)
        or UNKNOWN.search(sentence)
        or _UNKNOWN_SUBJECT.match(sentence)
        or _SUBJECT_CLAUSE.match(sentence)
        or _knowing_wh(sentence)
        or _fronted_wh(sentence) is not None
        or _evaded(sentence) is not None
        or _cleft_negated(sentence) is not None
        or _LABEL_WH.match(sentence) is not None
        or _WITHHELD.search(sentence) is not None
        or (" answer " in sentence and _ANSWER_UNKNOWN.search(sentence) is not None)
        or _other_unknown(sentence)
        or _no_funds(sentence) is not None
        or (
            ("- " in sentence or "#" in sentence or ":" in sentence)
            and any(states_unknown(item) for item in glued_items(sentence) if item != sentence)
        )
    )


# What a story has already cost in lives and liberty ("at least nine people were killed", "the death toll has
# risen to 14"): a stake when the sources name no consequence still to come.
HUMAN_COST = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores)\b[^.;]{0,40}?"
    r"\b(?:killed|dead|died|injured|wounded|hurt|arrested|detained|displaced|homeless|evacuated)\b"
    r"|\bdeath toll\b"
    # "an outbreak that has killed three people", "a fourth patient has died": the count after the verb.
    r"|\b(?:killed|injured|wounded|sickened|hospitali[sz]ed)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores)\b"
    r"|\b(?:person|patient|man|woman|child|people|patients|worker|workers)\s+(?:has|have|had)\s+died\b"
    # What a defendant risks: "faces up to ten years in prison", "to sentence him to nine years in prison".
    r"|\b(?:faces?|facing|risks?|to)\s+(?:up to\s+)?[\w-]+\s+(?:years?|months?)\s+(?:in\s+)?(?:prison|jail)\b",
    re.IGNORECASE,
)
RISK = re.compile(
    r"\brisks?\b|\bthreat|\bdanger|\bwarn|\bfears?\b|\bconcerns?\b|\bcould (?:hurt|harm|damage|undermine|spread|"
    r"worsen|fail)|\bvulnerab|\blosses\b|\bliabilit|\bpenalt|\blawsuits?\b",
    re.IGNORECASE,
)
OPPORTUNITY = re.compile(
    r"\bopportunit|\bcould (?:benefit|help|boost|improve)|\bboost\b|\bgrowth\b|\bgains?\b|\bpromising\b|"
    r"\bbenefit|\bupside\b|\bhopes?\b|\bpotential to\b|\bbreakthrough\b",
    re.IGNORECASE,
)
CONTRAST = re.compile(
    r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|criticised|criticized|contradicted|"
    r"disagreed|disagrees|refuted|challenged|accused|blamed|attacked|condemned|slammed|hit out)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|never|neither|nor)\b|n't\b", re.IGNORECASE)
SHIFT = re.compile(
    r"\bno longer\b|\breversed\b|\bbacktrack|\bnow says\b|\bchanged (?:its|his|her|their)\b|\bU-turn\b|\binstead\b",
    re.IGNORECASE,
)
_AFTER_SAYING = (
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\s+"
    r"(?:warning|saying|insisting|arguing|telling [A-Za-z]+|claiming|promising|pledging|vowing)\b"
)
# A stance the report itself says has changed: "X, who had said ..., now said ...", "she now opposed it".
TURNED = re.compile(
    r"\bwho (?:had )?(?:said|backed|supported|opposed|insisted|rejected)\b[^.;]{3,120}?\bnow\b|"
    r"\bnow (?:opposes|opposed|supports|supported|backs|backed|rejects|rejected|accepts|accepted|wants|wanted)\b|"
    r"\bno longer\b|\bU-turn\b|\bchanged (?:its|his|her|their) (?:mind|position|stance|view)\b"
    # "..., a month after warning that 3,000 jobs could go": the report sets what they say now against before.
    rf"|{_AFTER_SAYING}|\breversing (?:weeks|months|days|years) of\b"
    # "In a change of tack, X acknowledged ...": the report names the turn itself.
    r"|\b(?:change|changes) of (?:tack|heart|course|direction|position|stance)\b|\babout-turn\b|\bvolte-face\b"
    r"|\bclimb(?:ed|s)? down\b|\bclimbdown\b"
)

_AUX = ENGLISH.auxiliaries
_AUX_WORDS = "|".join(sorted(_AUX, key=len, reverse=True))
_WH = r"whether|if|how|what|when|why|who|where|which"
_EMBEDDED = re.compile(
    r"(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+|also\s+|not\s+)?"
    r"(?:unclear|not clear|unknown|not known|uncertain)"
    rf"|(?:it\s+)?remains?\s+to\s+be\s+seen|it\s+(?:{_TO_BE_SETTLED})|no one knows|nobody knows|unclear|"
    r"declined to say|did not say|"
    r"too (?:early|soon) to (?:say|tell|know)|not (?:immediately )?clear|(?:would|could) not say|refused to say|"
    rf"{_EFFORT}|{_AWAITING}|did not make clear|"
    r"(?:would|could|will|did|was|were|is|are) not (?:be )?drawn on|"
    r"no (?:word|indication|news) (?:yet )?(?:on|about|as to)|"
    r"(?:has|have|had) not (?:yet )?(?:said|explained|disclosed|revealed|decided|determined|indicated|specified|"
    r"clarified|signall?ed|confirmed|announced)|"
    r"it\s+(?:is|was)\s+not\s+yet\s+(?:known|clear|decided|certain)|not yet (?:known|clear|decided|certain)|"
    r"(?:has|have|had) yet to (?:decide|say|announce|disclose|confirm|explain)|"
    r"no decision has (?:yet )?been (?:made|taken)(?:\s+(?:on|about|over|as to))?|"
    r"(?:depends?|depended|will depend|hinges?|will hinge) on|far from (?:clear|certain|sure)|"
    # "Nor is it known whether ...", "Neither has the club said when ...": the negation put first.
    r"(?:nor|neither)\s+(?:is|was)\s+it\s+(?:yet\s+)?(?:known|clear|certain)|"
    r"(?:nor|neither)\s+(?:has|have|had|did|does|would|could|will)\s+[^,;.]{2,40}?\s+(?:said|say|explained|explain|"
    r"disclosed|disclose|revealed|reveal|confirmed|confirm|decided|decide)|"
    rf"{_NO_ANSWER}|{_FOR_SOMEONE})[\"”’]?"
    # "It is unclear at this stage how many ...": an adverbial of time between the cue and its clause.
    # "could not say on Friday how ...", "would not say yesterday whether ...": when it was asked.
    r"(?:\s+(?:at\s+this\s+(?:stage|point|time)|for\s+(?:now|the\s+moment|the\s+time\s+being)|so\s+far|as\s+yet|"
    r"yet|still|at\s+present|from\s+the\s+outside|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"today|tonight|yesterday|this\s+(?:week|morning|afternoon|evening)|last\s+(?:night|week)))?\s*,?\s+"
    # "what, if anything, was taken": the aside hedges the question, it is no part of it.
    rf"(?P<wh>{_WH})(?P<hedge>,\s+if\s+any(?:thing|one|body)?,)?\s+(?!to\b)(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)
# The negated-knowing cue and its wh-clause. "when"/"if" before a participle or "to" open an adverbial ("declined to
# comment when asked"), and "how to" an infinitive, not a question; a reply happens at a time, so "when" after a
# verb of replying is one too ("declined to answer when a lawmaker asked", "did not know how to respond when ...").
_KNOWING_WH = re.compile(
    rf"{_NEGATED_KNOWING}\s+(?P<wh>{_WH})\s+(?!to\b)(?!(?<=when )[a-z]+(?:ed|ing)\b)"
    rf"(?!(?<=if )[a-z]+(?:ed|ing)\b)(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)
# A "when" clause about what is still to come ("when the factory will reopen"), not a past event ("when the hospital
# moved him"): not being informed of it leaves it open.
_FUTURE_CLAUSE = re.compile(
    r"(?:[\w'’-]+\s+){0,6}?(?:will|would|might|could|can|shall|may|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due|"
    r"are\s+due|is\s+going\s+to|are\s+going\s+to)\b",
    re.IGNORECASE,
)
# "We don't know ...", "I have no idea ...": a speaker's own state of mind, said in a quote, not a question the
# report leaves open.
_SPEAKER_SELF = re.compile(r"(?<![&.\w-])(?:I|we|you)(?:['’](?:m|re|ve|d|ll))?(?:\s+[\w'’]+){0,2}\s*$", re.IGNORECASE)


# Cheap checks first: a sentence with no wh-word or no negation cannot hold the cue (most do not).
_ANY_WH = re.compile(rf"\b(?:{_WH})\b", re.IGNORECASE)
_ANY_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|neither|unable|yet|refus\w*|declin\w*|without|pending|silent|open question|cannot|"
    r"none|nothing)\b|n[’']t\b",
    re.IGNORECASE,
)


# A negation that states the opposite of an unknown ("not only confirmed how", "Never before had officials revealed
# how", "not the first time X explained why"), and one that does not reach a noun of finding out ("did not survive a
# review of how"; "no review of how" does).
_NOT_NEGATED = re.compile(r"\bnot\s+(?:only|just|merely)\b|\bnever\s+before\b|\bnot\s+the\s+first\s+time\b", re.I)
_NOUN_NOT_NEGATED = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:review|inquiry|investigation|assessment)s?\b"
    r"(?:\s+[\w'’-]+){0,3}\s+\S+$",
    re.I,
)
_TOLD_TIME = re.compile(
    r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night)\b|\bat\s+\d", re.I
)


_FOUND_OUT_VERB = re.compile(
    r"\b(?:(?:could|can|were|was)(?:\s+not|n[’']t)(?:\s+(?:yet\s+)?be\s+able\s+to)?|cannot|(?:am|is|are|was|were)\s+"
    r"unable\s+to)\s+(?:yet\s+)?(?:establish|determine|verify|"
    r"ascertain|find\s+out|work\s+out|confirm|trace)\b",
    re.I,
)
_TOLD_ME = re.compile(r"\b(?:tell|told|telling|inform|informed)\s+(?:me|us)\b|\b(?:anyone|anybody)\s+to\b", re.I)


def _knowing_wh(sentence: str) -> re.Match[str] | None:
    """The first negated verb or noun of knowing with its wh-clause that is not the speaker's own."""
    if not (_ANY_WH.search(sentence) and _ANY_NEGATION.search(sentence)):
        return None
    for m in _KNOWING_WH.finditer(sentence):
        # only the words just before the cue: searching the whole prefix for each match costs its square
        own = _SPEAKER_SELF.search(sentence, max(0, m.start() - 60), m.start()) or re.match(
            r"(?:we|I|you)\b", m.group(0), re.I
        )
        # "We don't know whether ..." is a speaker's own state of mind; "I cannot get anyone to tell me whether ..." is
        # a question someone else leaves unanswered: the first person is the one not told, not the one not knowing.
        # "We simply don't know yet whether the bridge is safe": not yet known, an answer still to come, is no state of
        # mind but the matter's own state.
        if (
            own
            and not _TOLD_ME.search(m.group(0))
            and not re.search(r"\byet\b", m.group(0)[: m.start("wh") - m.start()])
            # "We still have no idea whether the ferry will run": still unknown, as "yet", is the matter's state.
            and not re.search(r"\bstill\b", sentence[max(0, m.start() - 30) : m.start("wh")])
            # "We could not establish whether the staffing was typical": an inspection's or an inquiry's finding-out
            # that failed, in its own voice, is a finding, not a state of mind.
            and not _FOUND_OUT_VERB.search(m.group(0)[: m.start("wh") - m.start()])
        ):
            continue
        cue = sentence[m.start() : m.end("wh")]
        if _NOT_NEGATED.search(cue) or _NOUN_NOT_NEGATED.search(cue):
            continue  # "not only confirmed how", "did not survive a review of how": the opposite of an unknown
        if cue.lower().endswith("aware when") and _TOLD_TIME.search(m.group("clause")):
            continue  # "were not aware when the dam was opened on Sunday": when it happened is told
        if m.group("wh").lower() == "when" and re.search(r"(?:answer|comment|respond|reply)\w*\s+when$", cue, re.I):
            continue
        # "The family had not been informed when the hospital moved him": not told at the time it happened.
        if re.search(r"(?:inform|notifi|advis|brief)\w*\s+when$", cue, re.I) and not _FUTURE_CLAUSE.match(
            m.group("clause")
        ):
            continue
        return m
    return None


_NOT_DISCLOSED = re.compile(
    # "First, Highline Events has not released ...": a list's ordinal opens the sentence, not its subject.
    r"^(?:(?:First|Second|Third|Finally|Meanwhile|Also|And|But|However|So\s+far),\s+)?"
    r"(?P<subj>(?:[A-Z]|(?<=, )the\s)[\w .,'’&-]{1,60}?)\s+(?P<aux>has|have|had)\s+not\s+(?:yet\s+)?"
    r"(?P<verb>disclosed|revealed|confirmed|explained|announced|decided|released|published|named|identified|set|fixed|"
    r"scheduled)"
    # "the tracker data from the race, which would show where ...": the object ends before its relative clause.
    r"\s+(?P<obj>[^.;:!?]+?)(?=,\s+(?:which|who|whose|and|but)\b|[.;:!?]|$)"
)
_NOT_BEEN = re.compile(
    # The subject holds no verb of its own and no comma: "Compensation will be decided at a hearing, the date of which
    # has not been fixed" is no subject "Compensation will be ... which".
    r"^(?P<subj>[A-Z](?:(?!\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|which)\b)"
    r"[^.;:!?,]){2,80}?)\s+(?P<aux>has|have)\s+not\s+(?:yet\s+)?been\s+"
    r"(?P<verb>confirmed|determined|established|identified|disclosed|released|explained|named|verified|decided|agreed|"
    r"settled|set|fixed|announced|arranged|organi[sz]ed|resolved|scheduled|funded|approved)"
    r"(?P<rest>[^.;:!?]*)"
)
# "Who will pay for the fund has not been decided.", "How much water the plant uses remains unclear.",
# "Whether the ban is lifted depends on the rain.": the unknown is the sentence's own subject clause.
_SUBJECT_CLAUSE = re.compile(
    r"^(?:(?:Quite|Just|Exactly|Precisely)\s+)?(?P<wh>(?i:Who|What|How|When|Where|Which|Why|Whether))"
    r"(?:,? or (?:whether|when|if|how),?)?\s+"
    # The clause ends before a second clause joined by ", and" or ", but": "Which contractor the school hires is for the
    # governors to agree, and it has not been decided" holds its predicate before the comma, not after it.
    r"(?P<clause>(?:(?!,\s+(?:and|but)\s)[^.;:!?]|\.(?=\d)){4,160}?)\s+"
    r"(?:(?:has|have|had|is|was|are|were)\s+(?:still\s+|also\s+)?(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:decided|determined|agreed|settled|confirmed|disclosed|announced|known|clear|explained|revealed|set|"
    r"made public|certain|established|identified|verified|proven|proved)"
    r"|(?:yet\s+)?to be (?:decided|seen|determined|agreed|settled|resolved|established|confirmed|answered|"
    r"worked out|known)|unclear|unknown|uncertain|undecided|an open question)"
    # "... is, for now, impossible to say", "... was left unanswered": no one can or did answer it.
    r"|(?:is|was|remains?)(?:,\s+[^,]{2,30},)?\s+(?:(?:still\s+)?(?:impossible|hard|difficult|too early|too soon)"
    r"\s+to\s+(?:say|tell|know|judge|predict|establish)|anybody[’']s guess)"
    r"|(?:is|was|were|has been|have been)\s+left\s+(?:unanswered|open|unresolved|unclear|undecided)"
    # "... is something the clerk's office has not addressed": a pseudo-cleft whose relative clause answers nothing.
    # "... is, oddly, something the museum declines to publish": a pseudo-cleft the source will not answer.
    r"|(?:is|was|remains?)(?:,\s+[^,]{2,30},)?\s+(?:something|one thing|a question|a matter)\s+(?:that\s+|which\s+)?"
    r"[^.;:!?]{2,60}?\s+(?:declines?|declined|refuses?|refused)\s+to\s+(?:publish|say|disclose|reveal|release|give)"
    r"|(?:is|was|remains?)\s+(?:something|one thing|a question|a matter)\s+(?:that\s+|which\s+)?[^.;:!?]{2,60}?\s+"
    r"(?:has|have|had|did|does|do|could|would|will)\s+(?:not|never)\s+(?:yet\s+)?(?:addressed|answered|explained|"
    r"said|disclosed|settled|decided|resolved|tackled|clarified)"
    r"|remains?\s+(?:unclear|unknown|uncertain|undecided|an open question|to be (?:seen|decided|determined))"
    r"|(?:is|was|remains?)\s+anyone[’']s guess"
    r"|(?:depends?|depended|will depend|hinges?|will hinge)\s+on)\b"
)
# "The regional government has not said whether it will ...": who "it" is comes before the cue.
_MATRIX_SUBJECT = re.compile(
    r"^(?:(?:But|And|So|Yet|However),?\s+)?(?P<subj>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,6})\s+$"
)
_FUTURE_OF = re.compile(
    r"^The (?:future|fate) of (?P<thing>[^.;:!?]{3,80}?)\s+(?:depends|will depend|hinges|will hinge) on\s+"
    r"(?P<on>[^.;:!?]+)"
)
_NO_NOUN = re.compile(
    r"^No (?P<mod>new |firm |fresh )?(?P<noun>timetable|date|deadline|decision|agreement|plan|figure|budget) "
    r"(?P<aux>has|have) (?:yet )?been "
    r"(?P<verb>set(?! aside)|fixed|agreed|made|taken|reached|given|announced|published)(?P<rest>[^.;:!?]*)"
)
# Money said not to be there yet: "No budget has been set aside for the repairs", "No money has been earmarked for the
# clean-up", "Nothing has been allocated to replace the pier": who pays for the thing is open. An absence with its
# reason ("because the insurer pays", ", which a trust funds") or with no thing named and no "yet" is a plain fact.
_NO_FUNDS = re.compile(
    r"^(?:(?:But|So|Yet|And),?\s+)?(?:No\s+(?:new\s+|extra\s+|additional\s+|further\s+|public\s+)?"
    r"(?P<noun>money|funds?|funding|budget|cash|grants?)|(?P<nothing>Nothing))\s+(?:has|have)\s+"
    r"(?P<yet>(?:yet|so\s+far)\s+)?been\s+(?P<verb>set\s+aside|put\s+aside|earmarked|allocated|budgeted|ring-?fenced|"
    r"found|secured|committed)\b(?P<rest>[^.;:!?]*)"
)
_FUNDS_REASON = re.compile(
    r"\b(?:because|since|given\s+that|so)\b|(?<!\bsuch\s)\bas\b(?!\s+(?:well|yet|far|part|much|many)\b)|\bnone\s+(?:is|was|will\s+be)\s+needed\b"
    r"|\b(?:which|that)\s+(?:is|are|was|were|will\s+be)\s+(?:already\s+|fully\s+)?(?:funded|paid|covered|met)\b"
    r"|\b(?:funded|paid\s+for|covered|met)\s+by\b"
    # "..., which will be run by volunteers", "done in-house", "free of charge": the thing needs no money, a reason.
    r"|\b(?:which|that|who)\s+(?:will|would|is|are|was|were|can|could)\s+(?:be\s+)?(?:run|staffed|done|carried\s+out|"
    r"handled|provided|delivered|organi[sz]ed|absorbed)\s+(?:by|through|within|from|in-house|for\s+free)\b"
    r"|\bvolunteers?\b|\bfree\s+of\s+charge\b|\bunpaid\b|\bpro\s+bono\b|\bin\s+kind\b|\bin-house\b"
)
_FUNDS_FOR = re.compile(r"^\s+(?:yet\s+)?(?P<prep>for|to)\s+(?P<what>[^,]+)")
# Set-aside idioms name no thing that waits on money: "for a rainy day", "for later", "for the future".
_FUNDS_IDIOM = re.compile(
    r"(?:a\s+rainy\s+day|later|the\s+future|now|emergencies|contingencies|that|this|it|them|these|those|one)\b"
    r"(?:\s+(?:yet|so\s+far|at\s+present))?\s*$",
    re.IGNORECASE,
)
# "to" before a noun group ("allocated to the club's academy") means "for"; before a verb ("to replace") it stays.
_NOUN_GROUP_HEADS = frozenset(
    "the a an this that these those its their our his her my your each every any some".split()  # noqa: SIM905
)


def _no_funds(sentence: str) -> str | None:
    """The question money said not to be there yet leaves open (see `_NO_FUNDS`): "No money has been earmarked for
    the clean-up" -> "Who will pay for the clean-up?"; "Nothing has been allocated to replace the pier" -> "Who will
    pay to replace the pier?"; a bare "No budget has yet been set aside" -> "Has a budget been set aside?"."""
    m = _NO_FUNDS.match(sentence.strip())
    if m is None or _FUNDS_REASON.search(m.group("rest")):
        return None
    verb = re.sub(r"\s+", " ", m.group("verb"))
    if m.group("nothing") and verb in ("found", "secured", "committed"):
        return None  # "Nothing has been found in the house": no money meant
    named = _FUNDS_FOR.match(m.group("rest"))
    if named:
        what = re.sub(r"\s+(?:as\s+yet|yet|so\s+far|at\s+present|at\s+this\s+stage)$", "", named.group("what").strip())
        if _FUNDS_IDIOM.fullmatch(what):
            return None  # "set aside for a rainy day", "for it": no thing named that waits on the money
        first = what.split()[0] if what else ""
        noun_group = first.lower() in _NOUN_GROUP_HEADS or first[:1].isupper() or first.endswith(("'s", "’s"))
        prep = "for" if named.group("prep") == "to" and noun_group else named.group("prep")
        return f"Who will pay {prep} {what}?"
    if not m.group("yet"):
        return None  # "No budget has been set aside.": a stated absence, nothing named that waits on it
    noun = (m.group("noun") or "").lower()
    thing = "anything" if not noun else "a budget" if noun == "budget" else f"any {noun}"
    return f"{'Have' if noun in ('funds', 'grants') else 'Has'} {thing} been {verb}?"


_YET_TO_BE = re.compile(
    r"^(?P<subj>[A-Z][^.;:!?]{2,80}?)\s+(?P<aux>has|have|is|are)\s+yet to be\s+(?P<verb>\w+)(?P<rest>[^.;:!?]*)"
)
# "The financial effect on the Group cannot be determined at this stage" -> "Has the financial effect on the Group
# been determined?": a subject whose value is not known yet.
_CANNOT_YET_SUBJ = re.compile(rf"^(?P<subj>The\s[^.;:!?]{{2,80}}?)\s+(?:{_CANNOT_YET})")
# "There was no word on the fate of the pilot": what the fate is, is the question.
_NO_WORD_OF = re.compile(
    r"\bno (?:immediate |official )?(?:word|indication|news) (?:yet )?(?:on|about|as to) the (?P<noun>\w+) of "
    r"(?P<of>[^.;:!?]+)",
    re.IGNORECASE,
)
# "It was far from certain that the board would agree": a doubt about a whole clause, a yes/no question.
# "Prosecutors would neither confirm nor deny that he had been promised a deal": a confirmation withheld too.
_DOUBT_THAT = re.compile(
    r"\bfar from (?:certain|clear|sure),? that\s+(?P<clause>[^.;:!?]+)"
    r"|\b(?:(?:not|neither|refused to|declined to)\s+(?:confirm|verify)(?:\s+(?:n?or)\s+deny)?\s+(?:reports?\s+)?|"
    r"(?:not|cannot)\s+(?:yet\s+)?rul(?:e|ed)\s+out\s+(?:the\s+possibility\s+)?)that\s+(?P<confirmed>[^.;:!?]+)",
    re.IGNORECASE,
)
# "The council had asked Corriebus to guarantee that no routes would be cut but had received no reply": a question
# put to someone and left unanswered.
_UNANSWERED = (
    r"\basked\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|the\s+[a-z]+|them|him|her)\s+(?:whether|if|to\s+"
    r"(?:confirm|guarantee|promise|say|explain|show)(?:\s+(?:that|whether|if))?)\s+(?P<asked>[^.;:!?]{6,160}?),?\s+"
    r"but\s+(?:(?:had|has|have)\s+)?(?:received|got|had|heard)\s+no\s+(?:reply|answer|response)"
)
_UNANSWERED_RE = re.compile(_UNANSWERED)
# "Unconfirmed reports said the minister had resigned": whether it is so is open.
_UNCONFIRMED = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?:Unconfirmed|Unverified) (?:reports?|accounts?|claims?)(?:\s+(?:on|in|from) "
    r"[^,;]{2,40}?)?\s+(?:said|say|says|suggested|suggest|claimed|claim)\s+(?:that\s+)?(?P<clause>[^;:!?]+)"
)
# "The board is expected to decide on the bid but has not said when": when it will is the question.
_WHEN_UNSAID = re.compile(
    r"^(?P<subj>[A-Z][^,;:!?]{1,60}?)\s+(?:is|are)\s+(?:expected|due|set|likely|scheduled|supposed)\s+to\s+"
    r"(?P<vp>[^,;:!?]+?),?\s+but\s+(?:has|have)\s+not\s+(?:yet\s+)?(?:said|announced|set|given|indicated)\s+when\b"
)


# Constructions of a thing not known, each with its question (see _other_question):
# "no assurance can be given as to the amount, if any, that will be recoverable" -> "What amount, if any, will be
# recoverable?"
_NO_ASSURANCE = re.compile(
    r"\bno\s+(?:assurance|guarantee|certainty|indication)\s+(?:can|could)\s+(?:yet\s+)?be\s+given\s+(?:as\s+to|about|on)\s+"
    r"the\s+(?P<noun>amount|size|timing|outcome|extent|level|number|value|scale)(?P<any>,\s+if\s+any,)?\s+(?:that|which)\s+"
    r"(?P<vp>[^.;:!?]{3,100})",
    re.IGNORECASE,
)
# "The Company is pursuing the recovery of its costs ... and will not comment on the likely outcome" -> "Will the
# Company succeed in pursuing the recovery of its costs ...?"
_NO_COMMENT_OUTCOME = re.compile(
    r"^(?P<subj>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}|The\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+(?P<ing>[a-z]+ing)\s+(?P<obj>[^.;:!?]{3,120}?)"
    r",?\s+(?:and|but)\s+(?:will|would|can|could|does|did)\s+not\s+(?:comment|speculate)\s+on\s+(?:the|its|their)\s+"
    r"(?:likely\s+|probable\s+)?(?:outcome|result|chances?|prospects?)\b"
)
# "would not put a timescale on its decision" -> "What is the timescale for the department's decision?"
_NO_TIMESCALE = re.compile(
    r"^(?P<subj>(?:His|Her|Its|Their|The)\s+[a-z]+|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+[^;:]{0,120}?\b(?:(?:would|could|will|did|"
    r"does)\s+not|(?:would|could|did|does)n[’']t|won[’']t)\s+(?:put|give|set|offer)\s+a\s+(?P<noun>timescale|timetable|timeline|"
    r"date|deadline|time(?:\s*frame)?)\s+(?:on|for)\s+"
    r"(?P<what>(?!(?:when|whether|how|what|who|where|why|which|if)\b)[^.;:!?,]{3,80})"
)
# "Tidewater's filings list three limited partners and name none of them" -> "Who are the three limited partners?"
_NAME_NONE = re.compile(
    r"\b(?:list|lists|listed|mention|mentions|mentioned|include|includes|included)\s+(?P<np>(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|several|\d+)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:and|but)\s+(?:name|names|named|identify|"
    r"identifies|identified)\s+none\s+of\s+them\b"
)
# "The buy-back price would be set by an independent valuer, on terms still to be agreed" -> "What are the terms on
# which the buy-back price would be set?"
_ON_TERMS = re.compile(
    r"^(?P<subj>(?:The|A|An|Its|Their)\s+[^,;:]{2,60}?)\s+(?P<aux>would|will)\s+be\s+(?P<verb>[a-z]+(?:ed|en)|set|paid|sold|"
    r"held|made|bought|put|cut)\b[^;:]{0,80}?,?\s+on\s+terms\s+(?:still|yet)\s+to\s+be\s+(?:agreed|settled|decided|negotiated)"
)
# 'the question of ownership "remains open"' -> "How will the question of ownership be settled?"
_QUESTION_OF_OPEN = re.compile(
    r"\bthe\s+question\s+of\s+(?P<of>[^,;:!?\"“”]{3,60}?)\s+[\"“]?(?:remains|is\s+still|is\s+left)\s+(?:open|unresolved|"
    r"unsettled|undecided)\b"
)
# "We also can't tell you whether X, because the club statement doesn't say": a source that does not say.
_SOURCE_SILENT = re.compile(
    r"\b(?:can[’']t|cannot|could\s+not|couldn[’']t)\s+(?:yet\s+)?(?:tell|say)(?:\s+you)?\s+(?P<wh>whether|how|when|who|what|where|"
    r"why)\s+(?P<clause>[^;:!?]{4,160}?),?\s+because\s+[^;:!?]{2,60}?\b(?:doesn[’']t|does\s+not|didn[’']t|did\s+not|"
    r"won[’']t|will\s+not)\s+(?:say|tell|specify|mention)\b"
)
# "Do we know what caused the crack?": the question asked is the wh-clause's.
_DO_WE_KNOW = re.compile(
    r"^(?:(?:And|But|So),?\s+)?(?:do|does|did)\s+(?:we|you|they|anyone|anybody|officials|investigators)\s+(?:yet\s+)?"
    r"know\s+(?P<wh>whether|how|when|who|what|where|why|which)\s+(?P<clause>[^?]{4,160})\?$",
    re.IGNORECASE,
)


# A wh-word left bare after a negated verb of knowing, its question the clause before it (sluicing): "said a fuel
# filter had clogged, but that it had not yet established why" -> "Why had a fuel filter clogged?".
_SLUICED = re.compile(
    rf"^(?P<before>.{{8,240}}?),?\s+(?:but|and|though|although)\s+(?P<cue>[^,;]{{0,60}}?{_NEGATED_KNOWING_BARE})\s+"
    r"(?P<wh>why|how|when|where|who)\s*[.!]?$",
    re.IGNORECASE,
)
# The reporting clause before a reported one without "that": "Police said a man had been arrested" -> "a man had been
# arrested"; the sluiced question asks about what was reported, not about the saying.
_REPORTING = re.compile(
    r"^(?:(?:But|And|So),?\s+)?[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?\s+(?:said|says|confirmed|confirms|announced|"
    r"reported|added|admitted|acknowledged|stated|believes|believed|thinks|thought|told\s+[\w'’-]+)\s+"
    r"(?=(?:the|a|an|its|their|his|her|some|[A-Z][\w'’-]*|[a-z]+s)\s)"
)
# A wh-clause put first and a clause that does not answer it after the comma: "When its findings will be made public,
# they wouldn't say", "How many growers lost fruit to the frost, nobody has yet counted".
_TOPIC_UNANSWERED = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?P<wh>When|How|Why|Who|What|Where|Which|Whether)\s+(?P<clause>(?:[^,;:!?]|,(?=\d{3}\b)){6,160}?),\s+"
    # "..., the letters the board began sending this week do not say": the one silent may be a long noun phrase.
    # "Whether X is another matter, and two directors have not said": a coordinated clause is no comment on the topic.
    rf"(?!(?:and|but|while|though|although)\b)(?P<cue>(?:[\w'’-]+\s+){{0,10}}?{_NEGATED_KNOWING_BARE})\s*[.!]?$",
)
# Someone seeking the answer: "Growers are also asking whether they have any claim", "residents are wondering when".
_ASKING = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+|all\s+)?(?:asking|wondering)"
    # "Many of you ask whether ...", "readers have asked whether ...": asking still going on, or asked and not answered.
    r"|(?<=\s)(?:ask|wonder|(?:have|has)\s+(?:also\s+)?(?:asked|wondered)))\s+(?:themselves\s+)?"
    rf"(?P<wh>{_WH})\s+(?P<clause>[^.;:!?]+)"
    r"|\b(?:wants?|wanted|want|needs?)\s+to\s+know\s+"
    rf"(?P<wh2>{_WH})\s+(?P<clause2>[^.;:!?]+)",
    re.IGNORECASE,
)
# Asking as a duty or the writer's musing: "has to ask", "should ask", "must ask", "I sometimes wonder", "we ask".
_OPINION_ASKS = re.compile(
    r"\b(?:should|must|ought\s+to|has\s+to|have\s+to|had\s+to|needs?\s+to|might|may|could|would|will|(?<!\bwant\s)to)"
    r"\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|well\s+)?\s?$"
    r"|\b(?:I|we|We)\s+(?:\w+ly\s+|often\s+|also\s+|still\s+|sometimes\s+|do\s+|can(?:not|n[’']t)\s+help\s+but\s+)?\s?$"
)
# Talked about and not settled: "a tolling discount for waiting vessels was being discussed but nothing had been
# agreed", "A pay rise for nurses is under consideration".
_UNDER_DISCUSSION = re.compile(
    r"(?:^|\b(?:said|says|that)\s+)(?P<subj>(?:[Aa]n?|[Tt]he|[Aa]ny)\s+"
    r"(?:(?!\b(?:that|but|and|had|has|have|is|was|were|are|will|would)\b)[^,;:!?]){2,60}?)\s+(?:is|are|was|were)\s+"
    r"(?:still\s+)?(?P<how>being\s+(?:discussed|negotiated|considered|looked\s+at)|under\s+(?:discussion|"
    r"consideration|negotiation|review))\b(?P<rest>[^.;]{0,20}?\bbut\s+(?:nothing|no\s+decision|no\s+agreement|"
    r"none)\b[^.;]{0,20}\b(?:agreed|decided|reached|taken|made|settled))?"
)
# A change that may come, and the decision on it put off: "The scope of the investigation may be extended; the Office
# will decide on this once it has the records" -> "Will the scope of the investigation be extended?".
_MAY_BE_DECIDED = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>(?:The|Its|Their|A|An)\s+[^,;:!?]{2,60}?)\s+(?:may|might|could)\s+"
    r"(?:yet\s+|still\s+|also\s+)?be\s+(?P<verb>[a-z]+(?:ed|en))\b[^.!?]{0,40}?[;,]\s+[^.!?;]{2,60}?\b"
    r"(?:will|would|is\s+to|are\s+to|has\s+yet\s+to|have\s+yet\s+to)\s+(?:decide|rule|determine)\b"
)
# A question named as such, then what it asks: "The question everybody here keeps asking is how long the canal stays
# closed", "One question the inquiry must settle is whether ...".
_QUESTION_IS = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?:The|One|Another|A|The\s+other)\s+(?:[a-z]+\s+){0,2}?question\b(?P<head>[^.;:!?]{0,60}?)"
    rf"\s+(?:is|was|remains)\s+(?P<wh>{_WH})\s+(?P<clause>[^;:!?]+?)\.?$",
    re.IGNORECASE,
)


# A concealed question kept secret: "says the price remains a closely guarded secret", "the terms of the deal are
# confidential" -> what the price, the terms are.
_KEPT_SECRET = re.compile(
    r"(?:^|\b(?:that|says|said|but|and)\s+)[Tt]he\s+(?P<noun>price|cost|fee|terms|amount|sum|value|identity|size)"
    r"(?:\s+of\s+(?P<of>[^,;:!?]{3,60}?))?\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:a\s+)?"
    r"(?:(?:closely|tightly|jealously)[- ]guarded\s+|well[- ]kept\s+|commercial\s+)?"
    r"(?:secret|confidential|under\s+wraps|undisclosed)\b"
)
_NOBODY_BEFORE = re.compile(r"\b(?:[Nn]obody|[Nn]o\s+one|[Nn]one\s+of\s+\w+)\s+(?:\w+\s+)?$")
_PAID_FOR = re.compile(
    r"\b(?:charge|charges|charged|charging|pay|pays|paid|paying|sell|sold|buy|bought)\b[^,;]{0,40}?"
    r"\bfor\s+(?P<thing>[^,;:!?]{3,50}?)(?=\s+(?:after all|anyway|too|as well)\b|,|;|$)"
)


# What follows the open matter may settle it in the same sentence: "..., and she said she would not", "..., and on
# Saturday it did", "... and was approved on Tuesday", "..., but the result was clear by midnight", "confidential until
# the filing revealed them". A tail that is itself negated ("but nothing has been agreed") settles nothing.
_TAIL = re.compile(r"(?:,\s*|\s)(?P<conj>and|but|until|till|although|though)\s+(?P<tail>[^;]+)$")
_ELLIPSIS_ANSWER = re.compile(
    r"\b(?:it|he|she|they|we)\s+(?:did|had|was|were|would|could|will|can|has|have|does|do)\s*[.!]?$"
    r"|\b(?:said|says)\s+(?:it|he|she|they|we)\s+(?:did|was|were|would|will)(?:\s+not|n[’']t)?\s*[.!]?$"
)
# "..., and I hope they do": what is hoped for has not happened, so the ellipsis answers nothing.
_HOPED = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|wish|wishes|expect|expects|trust|doubt|doubts|suspect)\s+(?:that\s+)?"
    r"(?:it|he|she|they|we)\s+\w+\s*[.!]?$"
)
_PAST_IN = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhas\s)(?<!\bhave\s)\b[a-z]{3,}ed\b")
_TAIL_NEGATED = re.compile(
    r"\b(?:not|never|no|nobody|nothing|none|unable|yet\s+to|unclear|unknown|uncertain|whether|if)\b|n[’']t\b",
    re.IGNORECASE,
)
_TAIL_ANSWER = re.compile(
    r"\b(?:explained|answered|revealed|disclosed|confirmed|announced|approved|agreed|signed|decided|settled|resolved|"
    r"rejected|passed|named|clear|arrived|opened|found|concluded|established|showed|identified)\b"
    # "..., but the coroner later said it was the climber's brother": told afterwards.
    r"|\blater\s+(?:said|told|confirmed|revealed|found|established|admitted)\b"
)


def _settled_after(s: str, end: int) -> bool:
    """The rest of the sentence after `end` answers what the match before it left open."""
    m = _TAIL.search(s, end)
    if m is None:
        return False
    until = re.search(r"\b(?:until|till)\s+(?P<rest>[^;]+)", s[end:])
    if until and _PAST_IN.search(until.group("rest")):
        return True  # "no agreement was reached until Friday, when both sides signed"; not "until the deal is signed"
    tail = m.group("tail")
    if _ELLIPSIS_ANSWER.search(tail) and not _HOPED.search(tail):
        return True
    return not _TAIL_NEGATED.search(tail) and _TAIL_ANSWER.search(tail) is not None


# --- Kinds of the ninth blind set's round (tests/test_briefs_kinds9.py): structures, not phrasings. ----------------

# A noun that stands for a question ("the identity of the buyer" = who the buyer is), as subject of a predicate that
# says it is not known, not made public or not settled: "The identity of the buyer has not been made public", "Details
# of the settlement were not disclosed", "The price the council paid for the land has never been published", "The
# timing of the vote is up in the air".
_QUESTION_NOUNS = (
    r"cause|causes|origin|source|identity|identities|extent|scale|size|value|motive|whereabouts|reason|reasons|nature|"
    r"timing|number|outcome|result|length|duration|cost|costs|price|amount|terms|details|date|location|level|figure|"
    r"total|sum|fee|fees|contents|scope|impact|toll|bill|state|condition|fate"
)
_PLURAL_NOUNS = frozenset({"causes", "identities", "reasons", "costs", "terms", "details", "fees", "contents"})
_NOT_KNOWN_PREDICATE = (
    r"(?:is|are|was|were|remains?|remained|has|have|had)\s+(?:still\s+|also\s+|yet\s+|so\s+far\s+|as\s+yet\s+)*"
    r"(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:made\s+public|disclosed|published|released|revealed|announced|known|"
    r"given|identified|established|confirmed|determined|explained|set|fixed|agreed|decided|clear|certain|settled|"
    r"worked\s+out|made\s+clear)"
    r"|yet\s+to\s+be\s+(?:disclosed|published|released|revealed|announced|known|identified|established|confirmed|"
    r"determined|explained|set|fixed|agreed|decided|settled|worked\s+out|made\s+public)"
    r"|to\s+be\s+(?:determined|decided|confirmed|agreed|settled|announced|set|established|identified|worked\s+out)"
    r"|unknown|unclear|uncertain|undisclosed|unconfirmed|undecided|unexplained|unresolved|a\s+mystery|"
    r"up\s+in\s+the\s+air|in\s+doubt|an\s+open\s+question|anyone[’']s\s+guess|anybody[’']s\s+guess|"
    r"under\s+(?:investigation|review|discussion|negotiation)|being\s+(?:investigated|negotiated|worked\s+out))\b"
)
_NOUN_NOT_KNOWN = re.compile(
    r"^(?:(?:But|And|However|Yet|So\s+far|As\s+yet),?\s+)?(?:The\s+(?P<mod>(?:exact|precise|full|true|final|total|likely|"
    rf"real|overall)\s+)?(?P<noun>{_QUESTION_NOUNS})|(?P<bare>Details|Terms))"
    # "The cost to the council of running the homes": who bears it, between the noun and its "of".
    r"(?:(?P<to>\s+(?:to|for)\s+(?:the\s+)?[a-z][\w'’-]*)?\s+of\s+(?P<of>[^,;:!?]{2,80}?)"
    r"|\s+(?P<rel>(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*)\s+[^,;:!?]{2,60}?))?"
    rf"\s+{_NOT_KNOWN_PREDICATE}"
)
# A negated verb of finding out, telling or estimating whose object is such a noun: "Engineers have yet to establish the
# extent of the damage", "The company would not be drawn on the size of the payout", "Police could not say the exact
# number of people inside".
_NOT_TOLD_NOUN = re.compile(
    r"(?:\b(?:(?:has|have|had)\s+(?:not|yet\s+to)|(?:is|are|was|were)\s+(?:still\s+)?(?:unable|yet|not\s+able)\s+to|"
    r"cannot|can\s+not|could\s+not|couldn[’']t|would\s+not|wouldn[’']t|will\s+not|won[’']t|did\s+not|didn[’']t|"
    r"declined\s+to|refused\s+to|(?:nobody|no\s+one)(?:\s+(?:has|can|could|would|will))?|still\s+trying\s+to)\s+"
    r"(?:yet\s+|so\s+far\s+|publicly\s+)?(?:been\s+able\s+to\s+)?(?:be\s+able\s+to\s+)?"
    r"(?:establish(?:ed)?|identif(?:y|ied)|determin(?:e|ed)|confirm(?:ed)?|disclos(?:e|ed)|reveal(?:ed)?|explain(?:ed)?|"
    r"give|given|gave|publish(?:ed)?|release(?:d)?|say|said|specif(?:y|ied)|be\s+drawn\s+on|discuss(?:ed)?|"
    r"comment(?:ed)?\s+on|estimate(?:d)?|assess(?:ed)?|work(?:ed)?\s+out|calculate(?:d)?|quantif(?:y|ied)|"
    r"put\s+a\s+figure\s+on)\s+"
    # "The hospital gave no details of the condition of the runners": nothing told of it.
    r"|\b(?:gave|gives|given|released|provided|offered|published)\s+no\s+(?:further\s+|other\s+|more\s+)?"
    r"(?:details|information|update|word|indication)\s+(?:of|on|about|as\s+to)\s+)"
    rf"the\s+(?P<mod>(?:exact|precise|full|true|final|total|likely|real|overall)\s+)?(?P<noun>{_QUESTION_NOUNS})"
    r"\s+of\s+(?P<of>[^,;:!?]{2,80}?)(?=\s*(?:[,.;:!?]|$|\s+(?:but|and|because|although|though|until|while)\b))"
)
# "Officials declined to put a figure on the damage to the harbour wall" -> "What is the figure for the damage ...?"
_NO_FIGURE_ON = re.compile(
    r"\b(?:declined|refused|unable|reluctant|not\s+prepared|not\s+willing)\s+to\s+put\s+(?:a|any)\s+"
    r"(?P<noun>figure|number|price|value|cost|date)\s+on\s+(?P<what>[^,;:!?]{3,80}?)(?=\s*(?:[,.;:!?]|$|\s+(?:but|and)\b))"
    r"|\b(?:would|could|will|did)\s+not\s+put\s+(?:a|any)\s+(?P<noun2>figure|number|price|value|cost)\s+on\s+"
    r"(?P<what2>[^,;:!?]{3,80}?)(?=\s*(?:[,.;:!?]|$|\s+(?:but|and)\b))"
)
# A noun that stands for a question, of a thing just named, in a relative clause: "a remedy hearing, the date of which
# has not yet been fixed" -> "What is the date of the remedy hearing?".
_OF_WHICH = re.compile(
    r"\b(?:an?|the)\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),\s+the\s+"
    rf"(?P<mod>(?:exact|precise|full|final|likely)\s+)?(?P<noun>{_QUESTION_NOUNS})\s+of\s+which\s+{_NOT_KNOWN_PREDICATE}"
)
# Finding out under way: "The regulator is investigating whether the bank broke the rules", "An inquiry will examine
# why the warnings were ignored", "Investigators are trying to piece together what happened".
_FINDING_OUT = re.compile(
    r"\b(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|still\s+|also\s+|already\s+)?"
    r"(?:investigating|examining|looking\s+into|probing|reviewing|assessing|studying|exploring|checking|"
    r"trying\s+to\s+(?:piece\s+together|understand|find\s+out|work\s+out|establish|determine|learn|pin\s+down))"
    r"|(?:will|would|is\s+to|are\s+to|must|should|is\s+expected\s+to|aims?\s+to|is\s+meant\s+to)\s+"
    r"(?:examine|investigate|look\s+into|establish|determine|consider|assess|review|probe|find\s+out|test))"
    rf"\s+(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)
# A question named as a noun and left open: "Questions remain over who authorised the payment", "The mayor
# sidestepped a question about whether she would run again", "The union is waiting for answers on how the fund will be
# topped up", "The museum did not answer when asked who had insured the painting".
_QUESTION_NOUN_OPEN = re.compile(
    r"\b[Qq]uestions?\s+(?:also\s+|still\s+)?(?:remain|remains|remained|linger|lingers|lingered|persist|persists|hang|hangs|"
    r"(?:are|were|have\s+been|had\s+been)\s+(?:being\s+)?(?:asked|raised))\s+(?:over|about|as\s+to|on)\s+"
    r"|\b(?:dodged|sidestepped|side-stepped|ducked|avoided|evaded|skirted|deflected|brushed\s+aside|batted\s+away|"
    r"fended\s+off|dodges|sidesteps|ducks|avoids|evades|dodging|sidestepping|ducking|avoiding|evading)\s+"
    r"(?:a|the|repeated|several|all|any)?\s*questions?\s+(?:about|of|on|over|as\s+to)\s+"
    r"|\b(?:wait|waits|waiting|waited|pressing|pressed|calling|called|asking|asked|demanding|demanded|seeking|sought)\s+"
    r"(?:for\s+)?(?:answers?|clarity|clarification|an\s+explanation|assurances?|word)\s+(?:from\s+[^,;:]{2,50}?\s+)?"
    r"(?:on|about|over|as\s+to)\s+"
    r"|\b(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|could\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:answer|reply|respond|comment|say)\s+when\s+asked\s+(?:about\s+)?"
)
# A wh-clause put first with no comma, then who is still finding out: "How many first-years at St Aldhelm's are
# affected the university says it is still counting".
_TOPIC_STILL = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?P<wh>When|How|Why|Who|What|Where|Which|Whether)\s+(?P<clause>[^,;:!?]{6,160}?)\s+"
    r"(?:the|a|an|its|their|[A-Z][\w'’-]*)(?:\s+(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w'’-]+){0,4}?\s+"
    r"(?:(?:says?|said)\s+(?:it|they|he|she)\s+(?:is|are|was|were)\s+still\s+(?:counting|checking|working\s+(?:it\s+)?out|"
    r"assessing|investigating|looking\s+into\s+it|trying\s+to\s+(?:find\s+out|establish|work\s+(?:it\s+)?out))"
    rf"|(?:[\w'’-]+\s+){{0,2}}?{_NEGATED_KNOWING_BARE})\s*[.!]?$"
)
# Not come to light: "It did not emerge at the hearing who had authorised the holding list".
_NOT_EMERGED = re.compile(
    r"\b(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not|had\s+not|never|has\s+yet\s+to|have\s+yet\s+to)\s+"
    r"(?:yet\s+)?(?:emerge|emerged|become\s+clear|come\s+out|come\s+to\s+light)\s+(?:(?:at|in|during|from|on)\s+[^,;:]{2,40}?\s+)?"
    rf"(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^.;:!?]+)"
)
# A decision put off: "Judge Anita Sorensen reserved judgment on whether the complaints were protected disclosures".
_RESERVED = re.compile(
    r"\b(?:reserved|reserves|reserving|deferred|defers|postponed|adjourned)\s+(?:(?:her|his|its|their|a|the)\s+)?"
    r"(?:judge?ment|decision|ruling|verdict)\s+(?:on|over|as\s+to)\s+"
    rf"(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^.;:!?]+)"
)
_QUESTION_NOUN_WH = re.compile(rf"(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^.;:!?]+)", re.IGNORECASE)
# A guarantee or a promise withheld, a possibility not ruled out: "The club has given no guarantee that the ground will
# stay open", "The airline could not promise that flights would resume", "Police have not ruled out that the fire was
# started deliberately" -> whether what follows "that" is so.
_NO_GUARANTEE = re.compile(
    r"\b(?:(?:gave|given|give|gives|offered|offers|provided|made)\s+no\s+(?:firm\s+|such\s+)?"
    r"(?:guarantees?|assurances?|promises?|commitments?|undertakings?)"
    r"|(?:could|would|can|will|did|does)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:guarantee|promise|say\s+for\s+(?:certain|sure)|"
    r"be\s+sure|rule\s+out(?:\s+the\s+possibility)?)|cannot\s+(?:guarantee|promise|rule\s+out)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?ruled\s+out(?:\s+the\s+possibility)?|(?:refused|declined)\s+to\s+"
    r"(?:guarantee|promise|rule\s+out(?:\s+the\s+possibility)?))\s+that\s+(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)
# A decision still to come: "The board is expected to decide next month whether to sell the stadium" -> "Will the board
# sell the stadium?"; "The court is due to rule on whether the strike was lawful" -> "Was the strike lawful?".
_DECISION_TO_COME = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>(?:The\s+)?[A-Z][^,;:!?]{1,60}?)\s+(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:expected|due|set|scheduled|going|likely|to\s+meet|meeting)\s+(?:to\s+)?(?:decide|rule|vote|determine|"
    r"choose|consider)\b(?:\s+[^,;:!?]{0,40}?)?\s+(?:on\s+|over\s+)?whether\s+(?:to\s+(?P<vp>[^;:!?]+?)|"
    r"(?P<clause>[^;:!?]+?))\.?$"
)
# "There is still no timetable for the repairs to the pier", "So far there has been no explanation for the delay" ->
# "What is the timetable for the repairs to the pier?"
_THERE_IS_NO = re.compile(
    r"^(?:(?:But|And|So\s+far|As\s+yet|Still|Yet|However),?\s+)?[Tt]here\s+(?:is|was|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:still\s+|as\s+yet\s+|so\s+far\s+|yet\s+)?no\s+(?P<mod>(?:new|firm|official|clear|public|full)\s+)?"
    r"(?P<noun>timetable|date|timeline|deadline|explanation|estimate|figure|breakdown|decision)\s+(?:yet\s+)?"
    r"(?:for|of|on|about)\s+(?!(?:whether|if|how|what|when|who|why|where|which)\b)(?P<what>[^,;:!?]{3,80}?)(?=\s*(?:[,.;:!?]|$|\s+(?:but|and|because)\b))"
)
# Who the one asked is ("The mayor sidestepped a question about whether she would run again": "she" is the mayor): the
# words before the cue, less its auxiliaries, when they are a noun phrase alone.
_CLAUSE_SUBJECT = re.compile(
    r"^(?:(?:But|And|However|Yet),?\s+)?(?P<subj>(?:The|A|An)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|"
    r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})"
    r"(?:\s+(?:has|have|had|is|are|was|were|also|still|so\s+far|repeatedly|again|now|yet))*\s*$"
)
_FINDING_OUT_WORD = re.compile(
    r"investigat|examin|look|prob|review|assess|stud|explor|check|trying|establish|determin|consider|find\s+out|test"
)


def _noun_question(noun: str, of: str, mod: str = "", rel: bool = False, to: str = "") -> str:
    verb = "are" if noun.lower() in _PLURAL_NOUNS else "is"
    link = " " if rel else " of "
    return _finish(f"What {verb} the {mod}{noun.lower()}{to}{link}{of.strip().rstrip(',')}")


def _asked_subject(before: str, clause: str) -> str:
    """The clause with its leading "he"/"she"/"it"/"they" read as the sentence's subject, when there is one."""
    head, _, rest = clause.strip().partition(" ")
    m = _CLAUSE_SUBJECT.match(before)
    if head.lower() in ("his", "her") and rest:
        # "Officials are investigating whether his death was linked ...": whose, an earlier sentence says; a
        # question asked of "his death" is not self-contained.
        return ""
    if head.lower() not in ("he", "she", "it", "they", "its", "their") or not rest:
        # "Some pork producers are unsure how the virus could affect their animals": their own animals.
        inner = re.search(r"\btheir\b", clause)
        if inner is None:
            return clause
        owner = _people_subject(m.group("subj")) if m else ""
        if not owner:
            return ""
        return clause[: inner.start()] + f"{owner}'" + clause[inner.end() :]
    people = _people_subject(m.group("subj")) if m else ""
    if m is None or (m.group("subj").split()[0] in ENGLISH.never_names - {"The", "A", "An"} and not people):
        resolved = _resolve_pronoun(before, clause)
        # "... in the dark about when their homes would be reconnected", whose homes unsaid: no question.
        return "" if resolved.split(" ", 1)[0] in ("his", "her", "their") else resolved
    subj = _lower_first(m.group("subj"))
    # "The company's lawyers will examine whether they can appeal": the company appeals, its lawyers advise.
    agent = re.match(r"^(?P<owner>.+?)['’]s\s+(?:lawyers|solicitors|advisers|advisors|attorneys|accountants)$", subj)
    if agent and head.lower() == "they":
        return f"{agent.group('owner')} {_singular_verb(rest)}"
    subj = people or subj  # "Parents are unsure whether their children ...": parents' children
    if head.lower() in ("its", "their"):
        return f"{subj}' {rest}" if subj.endswith("s") and head.lower() == "their" else f"{subj}'s {rest}"
    return f"{subj} {rest}"


def _people_subject(subj: str) -> str:
    """A plural noun of people as a clause's subject, in lower case ("Parents", "Some pork producers" -> "parents",
    "pork producers"), or "" when the subject is a name or no such noun."""
    m = re.match(
        r"^(?:(?:Some|Many|Most|All|Other|Local|The)\s+)?(?P<np>(?:[a-z]+\s+)?[A-Za-z][a-z]+(?:ents|ers|ors|ists|ians|ees|"
        r"ants|ials|dents|ople|ilies|ves|men|ren|ners))$",
        subj,
    )
    if m is None or (subj.split()[0] not in ("Some", "Many", "Most", "All", "Other", "Local", "The") and " " in subj):
        return ""
    return m.group("np")[:1].lower() + m.group("np")[1:]


def _singular_verb(rest: str) -> str:
    """ "can appeal", "have a case" -> "can appeal", "has a case": the rest of a clause for a singular subject."""
    return re.sub(
        r"^(?:have|are|were|do)\b",
        lambda x: {"have": "has", "are": "is", "were": "was", "do": "does"}[x.group(0)],
        rest,
    )


# Someone not sure, or sources at odds: "The owners are unsure whether the harvest can be saved", "There is confusion
# over who is responsible for the sea wall", "Scientists are divided on whether the reef can recover" (a matter of fact
# to come, with a modal; "torn over whether the kit looks good" is taste).
_UNSURE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|seem|seems|seemed)\s+(?:still\s+|also\s+|now\s+)?(?:unsure|uncertain|"
    r"undecided|not\s+sure|not\s+certain|in\s+the\s+dark)\s+(?:about\s+|of\s+|as\s+to\s+|on\s+|over\s+)?"
    rf"(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^.;:!?]+)"
    r"|(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)(?<!\bbeyond\s)\b(?:confusion|disagreement|uncertainty|doubts?|dispute|"
    r"speculation)\s+(?:remains\s+|persists\s+|continues\s+)?"
    rf"(?:over|about|as\s+to|on)\s+(?P<wh2>{_WH})\s+(?!to\b)(?P<clause2>[^.;:!?]+)"
    r"|\b(?:divided|split|differ|disagree|disagreed)\s+(?:on|over|about|as\s+to)\s+(?P<wh3>whether|how|when|what|who)\s+"
    r"(?P<clause3>[^.;:!?]*?\b(?:can|could|will|would|should|may|might|must)\b[^.;:!?]*)"
)
# A decision awaited: "A decision on the ward's future is not expected before the spring" -> "What will the decision on
# the ward's future be?"
_DECISION_AWAITED = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?:A|Any|The|No)\s+(?:final\s+|formal\s+)?(?P<noun>decision|ruling|verdict|judge?ment|"
    r"announcement)\s+(?P<prep>on|about|over)\s+(?P<what>(?!(?:whether|if|how|what|when|who|why|where|which)\b)"
    r"[^,;:!?]{3,80}?)\s+(?:(?:is|was)\s+(?:not\s+)?(?:now\s+)?(?:expected|due|likely)\b"
    # "Any decision on a fine will not be taken for some months": put off, so still to come.
    r"|(?:will|would)\s+not\s+be\s+(?:taken|made|reached|given|announced)\s+(?:for|until|before)\b)"
)
# A question left unanswered, by name: "The report leaves unanswered the question of who approved the design", "Left
# unanswered was the question of who would pay", "What remains unclear is how the fire spread", "The big unknown is
# whether the buyers will return".
_LEFT_UNANSWERED = re.compile(
    r"(?:\b(?:leaves?|left|leaving)\s+(?:unanswered|open|unresolved|unclear)\s+(?:the\s+)?(?:(?:questions?|issue)\s+"
    r"(?:of|about|as\s+to)\s+)?"
    r"|^(?:Left|Still)\s+(?:unanswered|open|unresolved)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:questions?|issue)\s+"
    r"(?:of|about|as\s+to)\s+"
    r"|^(?:(?:But|And|So),?\s+)?What\s+(?:remains|is\s+still|is|was|remained)\s+(?:unclear|unknown|uncertain|unanswered|"
    r"a\s+mystery|to\s+be\s+(?:seen|decided|settled|determined|established)|not\s+(?:yet\s+)?(?:known|clear))\s+(?:is|was)\s+"
    r"|^(?:(?:But|And|So),?\s+)?The\s+(?:(?:big|biggest|great|greatest|main|key|real|other|one|remaining)\s+)?"
    r"(?:unknown|unknowns|mystery|uncertainty|puzzle|imponderable)\s+(?:now\s+|still\s+)?(?:is|was|remains)\s+)"
    rf"(?P<wh>{_WH})\s+(?!to\b)(?P<clause>[^;:!?]+?)\.?$"
)
# "The question of compensation for the fishermen has not been addressed" -> "How will the question of compensation
# for the fishermen be settled?"
_QUESTION_OF_UNADDRESSED = re.compile(
    r"^(?:(?:But|And|However),?\s+)?The\s+(?P<noun>question|issue|matter)\s+of\s+(?P<of>(?!(?:whether|if|how|what|when|"
    r"who|why|where|which)\b)[^,;:!?\"“”]{3,60}?)\s+(?:has|have|had)\s+(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    r"(?:addressed|answered|settled|resolved|decided|tackled|discussed|raised)\b"
)
# A hedge on what will happen: "The festival may or may not go ahead in August", "It is possible that the bridge will
# have to be demolished", "Officials could not rule out further closures of the ring road".
_MAY_OR_MAY_NOT = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>(?:The|A|An|Its|Their)\s+[^,;:!?]{2,60}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:may|might|could)\s+or\s+(?:may|might|could)\s+not\s+(?P<vp>[^,;:!?]+)"
)
_POSSIBLE_THAT = re.compile(
    r"^(?:(?:But|And|However),?\s+)?It\s+(?:is|was|remains)\s+(?:still\s+|also\s+|quite\s+|entirely\s+)?(?:possible|"
    r"conceivable|not\s+impossible|not\s+inconceivable)\s+that\s+(?P<clause>[^;:!?]+?)(?:,\s+[^,]{2,60}?\s+"
    r"(?:said|says|warned|added))?\.?$"
)
# A hedge the writer answers or sets against a certainty: "..., but I would not bet on it", "..., but it certainly acted
# in haste": the writer's opinion, not an unknown the sources state.
_WRITER_CONCEDES = re.compile(
    r",?\s+but\s+(?:I|we|it|they|he|she)\s+(?:(?:would|wouldn[’']t|will|won[’']t|do|don[’']t)\s+(?:not\s+)?bet\b|"
    r"(?:certainly|clearly|surely|definitely|undoubtedly|plainly)\b|(?:doubt|suspect)\b)"
    r"|,?\s+but\s+(?:I|we)\s+(?:would|wouldn[’']t|will|won[’']t|do|don[’']t)\b"
)
# A forecast of weather, water or markets: "Forecasters said ...", "some rivers will burst their banks", "the
# Environment Agency said": what the weather will do is a forecast, not an unknown the story is about.
_FORECAST = re.compile(
    r"\b(?:[Ff]orecasters?|[Ff]orecast|Met\s+Office|Environment\s+Agency|meteorologists?|weather|rain(?:fall)?|snow|"
    r"flooding|floods?|storms?|gales?|showers|frost|heatwave|temperatures?|rivers?\s+(?:will|could|may|might)\s+burst|"
    # "It is possible that prices will fall further, analysts say": a market forecast
    r"analysts?\s+(?:say|said|says|expect|expects|warn|warned)|(?:prices|shares|markets?|inflation|rates)\s+"
    r"(?:will|could|may|might|would)\s+(?:fall|rise|drop|climb|recover|ease|slide))\b"
)
# A participle's past where the two differ ("may or may not have known" -> "knew"); a regular "-ed" is both.
_PARTICIPLE_PAST = {
    "known": "knew",
    "seen": "saw",
    "taken": "took",
    "given": "gave",
    "done": "did",
    "gone": "went",
    "written": "wrote",
    "spoken": "spoke",
    "chosen": "chose",
    "broken": "broke",
    "been": "was",
    "told": "told",
    "said": "said",
    "paid": "paid",
    "made": "made",
    "heard": "heard",
    "thought": "thought",
    "had": "had",
    "got": "got",
    "meant": "meant",
    "sent": "sent",
    "left": "left",
    "met": "met",
    "understood": "understood",
    "misled": "misled",
    "lied": "lied",
}
_RULE_OUT = re.compile(
    r"\b(?:(?:could|would|can|did|does|will)(?:\s+not|n[’']t)|cannot|(?:has|have|had)\s+not|refused\s+to|declined\s+to)\s+"
    r"(?:yet\s+)?rul(?:e|ed)\s+out\s+(?P<np>(?:a|an|any|further|more|new|another|other|fresh)\s+[^,;:!?]{2,60}?)"
    r"(?=\s*(?:[,.;:!?]|$|\s+(?:but|and|because|if|as|after|before|until|in\s+the\s+coming)\b))"
)


def _kinds9b_question(s: str) -> str | None:
    """The question of the constructions just above, or None."""
    m = (
        _UNSURE.search(s)
        if (
            "un" in s
            or "not " in s
            or "dark" in s
            or "differ" in s
            or "divided" in s
            or "split" in s
            or "disagree" in s
            or "doubt" in s
            or "confusion" in s
            or "speculation" in s
            or "dispute" in s
        )
        else None
    )
    if m and not _settled_after(s, m.end() - len(m.group(0)) + 1):
        wh = m.group("wh") or m.group("wh2") or m.group("wh3")
        clause = m.group("clause") or m.group("clause2") or m.group("clause3")
        question = _wh_question(wh.lower(), _asked_subject(s[: m.start()], clause))
        if question is not None:
            return question
    m = _DECISION_AWAITED.match(s) if re.search(r"expected|due|likely|not\s+be\s", s) else None
    if m and not re.match(r"(?:it|them|this|that)\b", m.group("what")):
        return _finish(f"What will the {m.group('noun')} {m.group('prep')} {m.group('what')} be")
    m = (
        _LEFT_UNANSWERED.search(s)
        if ("unanswered" in s or "open" in s or "unresolved" in s or "What " in s or "The " in s)
        else None
    )
    if m and not _settled_after(s, m.start("clause")):
        question = _wh_question(m.group("wh").lower(), m.group("clause"))
        if question is not None:
            return question
    m = _QUESTION_OF_UNADDRESSED.match(s) if " of " in s else None
    if m and not _settled_after(s, m.end()):
        return _finish(f"How will the {m.group('noun')} of {m.group('of')} be settled")
    m = _MAY_OR_MAY_NOT.match(s) if " or " in s else None
    if (
        m
        and not re.match(r"(?:It|They|He|She|This|That)\b", m.group("subj"))
        and not _WRITER_CONCEDES.search(s, m.end())
        and not _FORECAST.search(s)
    ):
        subj, vp = _lower_first(m.group("subj")), m.group("vp").rstrip(".")
        had = re.match(r"have\s+(?P<part>[a-z]+)\b(?P<rest>.*)$", vp)
        if had is None:
            return _finish(f"Will {subj} {vp}")
        # "may or may not have known about the payments": the past, "Did the minister know about the payments?"
        part = had.group("part")
        past = _PARTICIPLE_PAST.get(part, part if part.endswith("ed") else "")
        return _wh_question("whether", f"{subj} {past}{had.group('rest')}") if past else None
    m = _POSSIBLE_THAT.match(s) if s.startswith(("It ", "But ", "And ", "However")) else None
    if m and not _WRITER_CONCEDES.search(s, m.start("clause")) and not _FORECAST.search(s):
        question = _wh_question("whether", m.group("clause"))
        if question is not None:
            return question
    m = _RULE_OUT.search(s) if " out " in s else None
    # "could not rule out further strikes if the company did not improve its offer": a threat on a condition, and
    # "Forecasters could not rule out more flooding": a forecast; neither is an unknown the story is about.
    if m and not _settled_after(s, m.end()) and not re.match(r"\s+if\b", s[m.end() :]) and not _FORECAST.search(s):
        return _finish(f"Will there be {m.group('np')}")
    return None


def _kinds9_question(s: str) -> str | None:
    """The question of the constructions just above, or None."""
    m = _NOUN_NOT_KNOWN.match(s) if "the " in s.lower() or s.startswith(("Details", "Terms")) else None
    if m and not _settled_after(s, m.end()):
        noun = m.group("noun") or m.group("bare")
        mod = m.group("mod") or ""
        if m.group("of"):
            return _noun_question(noun, m.group("of"), mod, to=m.group("to") or "")
        if m.group("rel") and not re.match(r"(?:is|are|was|were|has|have|had)\b", m.group("rel")):
            return _noun_question(noun, m.group("rel"), mod, rel=True)
        if m.group("rel") is None and m.group("of") is None:
            return None  # "The cause is unknown": of what, an earlier sentence says
    m = _OF_WHICH.search(s) if " of which " in s else None
    if m and not _settled_after(s, m.end()):
        return _noun_question(m.group("noun"), f"the {m.group('np')}", m.group("mod") or "")
    m = _NOT_TOLD_NOUN.search(s) if " the " in s and not _NOT_DISCLOSED.match(s) else None
    if m and not _settled_after(s, m.end()):
        of = m.group("of")
        named = re.fullmatch(
            r"The\s+[a-z][\w'’-]*|(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}", s[: m.start()].strip()
        )
        if named and re.search(r"\s(?:it|they)\s+[a-z]+ed\b", of):
            # "Carnock General gave no details of the condition of the runners it admitted": "it" is the hospital.
            of = re.sub(r"\s(?:it|they)(?=\s+[a-z]+ed\b)", f" {_lower_first(named.group(0))}", of, count=1)
        return _noun_question(m.group("noun"), of, m.group("mod") or "")
    m = _NO_FIGURE_ON.search(s) if " put " in s else None
    if m and not _settled_after(s, m.end()):
        noun, what = (m.group("noun"), m.group("what")) if m.group("noun") else (m.group("noun2"), m.group("what2"))
        if not re.match(r"(?:it|them|this|that)\b", what):
            return _finish(f"What is the {noun} for {what.strip()}")
    m = _THERE_IS_NO.match(s) if "here " in s else None
    what = re.sub(r"\s+(?:yet|so\s+far|as\s+yet)$", "", m.group("what").strip()) if m else ""
    if (
        m
        and not (_settled_after(s, m.end()) or _answered_after(s, m.end()))
        and not re.match(r"(?:it|them|this|that)\b", what)
    ):
        return _finish(f"What is the {m.group('noun')} for {what}")
    m = _FINDING_OUT.search(s) if _FINDING_OUT_WORD.search(s) else None
    if m and not _settled_after(s, m.end("wh")):
        # "investigate what went wrong and hold those responsible to account": the second verb is the finding out's.
        clause = re.split(
            r",?\s+and\s+(?=(?:to\s+)?[a-z]+\s+(?:the|a|an|those|these|its|their|his|her|them|it)\b)", m.group("clause")
        )[0]
        question = _wh_question(m.group("wh").lower(), _asked_subject(s[: m.start()], clause))
        if question is not None:
            return question
    low = s.lower()
    m = _QUESTION_NOUN_OPEN.search(s) if ("question" in low or "answer" in s or "asked" in s or "word" in s) else None
    wh = _QUESTION_NOUN_WH.match(s, m.end()) if m else None
    if m and wh and not _settled_after(s, wh.start("clause")):
        question = _wh_question(wh.group("wh").lower(), _asked_subject(s[: m.start()], wh.group("clause")))
        if question is not None:
            return question
    fronted = _FRONTED.match(s)
    if fronted is not None and _TRAILING_UNSAID.match(fronted.group("rest")):
        return None  # "Whether the lease was renewed we can't say": the speaker is no topic's subject, as fronted
    m = _TOPIC_STILL.match(s) if "," not in s else None
    if m and not re.search(r"\b(?:something|matter|question|thing)$", m.group("clause")):
        # not "Who will run the ferry is something the council cannot say": a fronted clause's own predicate
        question = _wh_question(m.group("wh").lower(), m.group("clause"))
        if question is not None:
            return question
    for pattern, words in ((_NOT_EMERGED, ("emerg", "come", "clear")), (_RESERVED, ("ed ",))):
        m = pattern.search(s) if any(w in s for w in words) else None
        if m and not _settled_after(s, m.start("clause")):
            clause = re.split(r"\s+and\s+(?:on\s+)?(?=whether|if|how|what|when|who|why|where)", m.group("clause"))[0]
            question = _wh_question(m.group("wh").lower(), clause)
            if question is not None:
                return question
    m = _NO_GUARANTEE.search(s) if " that " in s else None
    if m and not _settled_after(s, m.start("clause")):
        question = _wh_question("whether", _asked_subject(s[: m.start()], m.group("clause")))
        if question is not None:
            return question
    question = _kinds9b_question(s)
    if question is not None:
        return question
    m = _DECISION_TO_COME.match(s) if "whether" in s else None
    if m and not re.match(r"(?:It|They|He|She|This|That)\b", m.group("subj")):
        if m.group("vp"):
            vp = re.split(r",|\s+but\s+", m.group("vp"), maxsplit=1)[0]
            return _finish(f"Will {_lower_first(m.group('subj'))} {vp}")
        return _wh_question("whether", m.group("clause"))
    return None


def _new_question(s: str) -> str | None:
    """The question of the constructions just above, or None."""
    question = _kinds9_question(s)
    if question is not None:
        return question
    m = _KEPT_SECRET.search(s) if ("secret" in s or "confidential" in s or "wraps" in s or "undisclosed" in s) else None
    if m and _settled_after(s, m.end()):
        return None
    if m:
        verb = "are" if m.group("noun") == "terms" else "is"
        if m.group("of"):
            return _finish(f"What {verb} the {m.group('noun')} of {m.group('of')}")
        paid = _PAID_FOR.search(s, 0, m.start())
        return _finish(f"What {verb} the {m.group('noun')} for {paid.group('thing')}") if paid else None
    m = _SLUICED.match(s) if s.rstrip(".! ").lower().endswith(("why", "how", "when", "where", "who")) else None
    if m:
        before = re.split(r"\bthat\s+", m.group("before"))[-1]  # "said in a note that X had clogged": X
        before = re.sub(r"^(?:that|which)\s+", "", before.strip().rstrip(","))
        before = _REPORTING.sub("", before)  # "The club confirmed the striker had torn ...": the striker had torn ...
        when_given = m.group("wh").lower() == "when" and _WHEN.search(before) is not None
        if len(before.split()) >= 3 and not _bare_pronoun(before.split()[0]) and not when_given:
            question = _wh_question(m.group("wh").lower(), before)
            if question is not None:
                return question
    m = _TOPIC_UNANSWERED.match(s) if "," in s else None
    if m and not _SPEAKER_SELF.search(m.group("cue").split()[0] + " "):
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    m = _ASKING.search(s) if ("ask" in s or "wonder" in s or "know" in s) else None
    if m and (
        _settled_after(s, m.start("clause") if m.group("wh") else m.start("clause2"))
        or _NOBODY_BEFORE.search(s[: m.start()])
        or (m.group("wh") is not None and _OPINION_ASKS.search(s[: m.start()]) is not None)
    ):
        # "..., and she said she would not"; "Nobody was asking why the bus was late"; "BP's board has to ask
        # whether", "Voters should ask whether", "I sometimes wonder who": an opinion, not an unknown.
        return None
    if m:
        wh, clause = (m.group("wh"), m.group("clause")) if m.group("wh") else (m.group("wh2"), m.group("clause2"))
        return _wh_question(wh.lower(), _resolve_pronoun(s[: m.start()], clause))
    m = _UNDER_DISCUSSION.search(s) if (" being " in s or " under " in s) else None
    if m and _settled_after(s, m.end("how")):
        return None
    if m and not re.match(r"(?:it|this|that)\b", m.group("subj"), re.IGNORECASE):
        outcome = "agreed" if re.search(r"discuss|negotiat", m.group("how")) else "approved"
        return _finish(f"Will {_lower_first(m.group('subj'))} be {outcome}")
    m = _MAY_BE_DECIDED.match(s) if " be " in s else None
    if m:
        return _finish(f"Will {_lower_first(m.group('subj'))} be {m.group('verb')}")
    m = _QUESTION_IS.match(s) if "question" in s.lower() else None
    if m and _settled_after(s, m.start("clause")):
        return None
    if m and not re.search(r"\b(?:answered|settled|resolved)\b", m.group("head")):
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    return None


# A topic put first and nothing promised on it yet: "On compensation I can promise nothing yet, because nothing has been
# agreed" -> "What will be decided on compensation?".
_ON_TOPIC_NOTHING = re.compile(
    r"^On\s+(?P<topic>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?),?\s+(?:I|we|he|she|they|the\s+[a-z]+|"
    r"[A-Z][\w'’-]+)\s+(?:can|could|will|would)\s+(?:yet\s+)?(?:promise|say|tell\s+(?:you|us|them|[a-z]+)|offer|"
    r"guarantee)\s+nothing\b(?!\s+(?:more|else|new)\b)"
)


def _other_question(s: str) -> str | None:
    """The question of the constructions above, or None."""
    question = _kinds12_question(s) or _new_question(s)
    if question is not None:
        return question
    m = _ON_TOPIC_NOTHING.match(s) if s.startswith("On ") else None
    if m:
        return _finish(f"What will be decided on {m.group('topic')}")
    m = _NO_ASSURANCE.search(s) if " be given " in s else None
    if m:
        return _finish(f"What {m.group('noun')}{m.group('any') or ''} {m.group('vp')}")
    m = _NO_COMMENT_OUTCOME.match(s) if " not " in s else None
    if m:
        return _finish(f"Will {_lower_first(m.group('subj'))} succeed in {m.group('ing')} {m.group('obj')}")
    m = _NO_TIMESCALE.match(s) if (" not " in s or "n't " in s or "n’t " in s) else None
    if m and not _answered_after(s, m.end()):
        subj = re.sub(r"^(?:His|Her|Its|Their)\s+", "the ", m.group("subj"))
        what = re.sub(r"^(?:its|their)\s+", f"{_lower_first(subj)}'s ", m.group("what").strip())
        if m.group("noun").startswith("time") and m.group("noun") not in ("timescale", "timetable", "timeline"):
            # "wouldn't put a time on the pause": the question keeps the source's words, which its grounding needs.
            return _finish(f"What time can be put on {what}")
        return _finish(f"What is the {m.group('noun')} for {what}")
    m = _NAME_NONE.search(s) if "none of them" in s else None
    if m:
        return _finish(f"Who are the {m.group('np')}")
    m = _ON_TERMS.match(s) if " terms " in s else None
    if m:
        return _finish(
            f"What are the terms on which {_lower_first(m.group('subj'))} {m.group('aux')} be {m.group('verb')}"
        )
    m = _QUESTION_OF_OPEN.search(s) if "question of" in s else None
    if m:
        return _finish(f"How will the question of {m.group('of')} be settled")
    m = _SOURCE_SILENT.search(s) if "because" in s else None
    if m:  # "whether the ground is part of the sale or stays with ...": the first alternative is the question
        return _wh_question(m.group("wh").lower(), re.split(r",?\s+or\s+(?=[a-z]+s\b)", m.group("clause"))[0])
    return None


# --- Kinds of the twelfth blind set's round (tests/test_briefs_oq17.py): structures, not phrasings. ---------------

# An answer the writer cannot give, the question after it: "I still cannot give constituents an answer: whether the
# grant will cover repairs", "We are unable to give residents a clear answer on when the road reopens".
_NO_ANSWER_GIVEN = re.compile(
    r"\b(?:cannot|can[’']t|could\s+not|couldn[’']t|(?:am|is|are|was|were)\s+(?:still\s+)?(?:unable|not\s+able)\s+to)\s+"
    r"(?:yet\s+|still\s+)?(?:give|offer|provide|get)\s+(?:[\w'’-]+\s+){0,2}?(?:an?|any)\s+(?:clear\s+|firm\s+|straight\s+|"
    r"proper\s+|honest\s+)?answer\s*(?::\s+|\s+(?:on|to|about|as\s+to)\s+)"
    rf"(?P<wh>{_WH})\s+(?P<clause>[^;:!?]{{4,200}}?)(?:\.(?=\s+[A-Z])|\.?$)",
    re.IGNORECASE,
)
# The negation put first with a verb of knowing: "Nor do we know when the first house will be connected", "Neither does
# anyone know how many wells were drilled".
_NOR_KNOW = re.compile(
    r"^(?:(?:But|And),?\s+)?(?:Nor|Neither)\s+(?:do|does|did|can|could)\s+(?:we|I|they|anyone|anybody|the\s+[a-z]+|"
    r"[A-Z][\w'’-]+)\s+(?:yet\s+|even\s+|yet\s+even\s+)?(?:know|say|tell)\s+"
    rf"(?P<wh>{_WH})\s+(?P<clause>[^;:!?]{{4,200}}?)(?:[;:]|\.(?=\s+[A-Z])|\.?$)"
)
# A forecaster's or an analyst's blind spot: "We have no visibility of the group's cash position beyond October",
# "The lenders have no visibility into the order book".
_NO_VISIBILITY = re.compile(
    r"\b(?:have|has|had|with)\s+no\s+(?:real\s+|clear\s+)?visibility\s+(?:of|on|into|over)\s+"
    r"(?P<np>(?:the|our|[A-Z][\w'’&-]*['’]s)\s+[^,;:!?]{3,100}?)\s*(?:[,;:.]|$)"
)
# A bare noun with what it is of or for, as subject of "uncertain": "Recovery for noteholders is highly uncertain",
# "Demand for the new model remains unclear" -> "What will recovery for noteholders be?".
_BARE_UNCERTAIN = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<np>[A-Z][a-z]{3,}\s+(?:for|of|from|among|on|in)\s+[^,;:!?]{3,60}?)\s+"
    r"(?:is|remains)\s+(?:still\s+)?(?:(?:highly|very|deeply|extremely|entirely|wholly)\s+)?(?:uncertain|unclear|"
    r"unknown)\s*[.;]"
)
# A source that does not name whom it acted on: "The summary does not name the lab members it cleared" -> "Who are the
# lab members the summary cleared?".
_NOT_NAME_WHOM = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>The\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
    r"\s+(?:does\s+not|did\s+not|doesn[’']t|didn[’']t)\s+(?:name|identify|list)\s+the\s+"
    r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:it|they|he|she)\s+(?P<verb>[a-z]{3,})\b"
)


def _not_name_whom(s: str) -> re.Match[str] | None:
    m = _NOT_NAME_WHOM.match(s) if " not " in s or "n't" in s or "n’t" in s else None
    if m is None or not (m.group("verb").endswith("ed") or m.group("verb") in _IRREGULAR_PAST):
        return None  # the relative clause's verb is past: what the source did to them
    return m


def _kinds12_question(s: str) -> str | None:
    """The question of the constructions just above, or None."""
    m = _NO_ANSWER_GIVEN.search(s) if "answer" in s else None
    if m:
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    m = _NOR_KNOW.match(s) if s.startswith(("Nor", "Neither", "But", "And")) else None
    if m:
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    m = _NO_VISIBILITY.search(s) if "visibility" in s else None
    if m:
        np_ = re.sub(r"^our\s+", "the ", m.group("np").strip())
        words = np_.split()
        # The head noun is the last word before the noun phrase's first preposition: "the bookings for June" are.
        after_head = _NOUN_PREPOSITIONS | {"beyond", "after", "before", "until", "through"}
        head = next((words[j - 1] for j in range(2, len(words)) if words[j] in after_head), words[-1])
        return _finish(f"What {'are' if _plural(head) else 'is'} {_lower_first(np_)}")
    m = _BARE_UNCERTAIN.match(s) if ("uncertain" in s or "unclear" in s or "unknown" in s) else None
    if m:
        return _finish(f"What will {_lower_first(m.group('np'))} be")
    m = _not_name_whom(s)
    if m:
        return _finish(f"Who are the {m.group('np')} {_lower_first(m.group('subj'))} {m.group('verb')}")
    return None


def _kinds12_unknown(s: str) -> str | None:
    """What the constructions just above leave open, in the sentence's words: "When the first house will be
    connected.", "The summary does not name the lab members it cleared."; None for the others."""
    m = (_NO_ANSWER_GIVEN.search(s) if "answer" in s else None) or (
        _NOR_KNOW.match(s) if s.startswith(("Nor", "Neither", "But", "And")) else None
    )
    if m and not _PRONOUN_SUBJECT.match(m.group("clause")):
        return f"{m.group('wh').capitalize()} {m.group('clause').strip().rstrip(',')}."
    m = _not_name_whom(s)
    if m:  # the main clause, without what a relative clause after it says of the unnamed
        return f"{s[: m.end()]}."
    return None


def _other_unknown(s: str) -> bool:
    return _other_question(s) is not None


# Something put off with no new date: "Veltro postponed its annual results, which had been due on March 27, and gave
# no new timetable for them" -> "What is the new timetable for Veltro's annual results?"; "The club gave no date for
# the reopening of the stand" -> "What is the date for the reopening of the stand?".
_NO_DATE = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}|[Tt]he\s+[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,2})\s+(?:has\s+|have\s+|had\s+)?(?:(?P<verb>postponed|delayed|deferred|put\s+off|"
    r"pushed\s+back|adjourned|suspended|called\s+off)\s+(?P<obj>[^,;:]{3,80}?)(?:,[^;:]{0,100}?,)?\s+(?:and|but)\s+"
    r"(?:has\s+|have\s+|had\s+)?)?(?:gave|given|set|named|offered|provided)\s+no\s+(?P<new>(?:new|firm|fresh|other)\s+)?"
    r"(?P<noun>date|timetable|timeline)(?:\s+for\s+(?P<for>[^,;:.!?]{3,80}))?"
)


# "... gave no date for the resumption of flights, but said on Friday that flights would resume on 1 March": the rest
# of the sentence answers it.
_WHEN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:next|this|later\s+this)\s+(?:week|month|year|spring|summer|autumn|winter)|tomorrow|"
    r"within\s+(?:a|an|\w+)\s+(?:days?|weeks?|months?|years?)|(?:19|20)\d\d)\b"
)


# "Greaves would not commit to a date for the cabinet vote when we asked him": the thing dated is what follows "for".
_NO_COMMIT = re.compile(
    r"\b(?:would|will|could|did|does|do|has|have)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:commit\s+(?:herself\s+|himself\s+|"
    r"itself\s+|themselves\s+)?to|give|set|name|put|offer)\s+(?:a|any)\s+(?:firm\s+|new\s+)?(?P<noun>date|timetable|"
    r"timeline)\s+(?:for|on)\s+(?P<for>(?:the|a|an|its|their|his|her)\s+[^,;:.!?]{3,80}?)"
    r"(?=\s+(?:when|as|after|because|though|although|but|and|until|despite|even)\b|[,;:.!?]|$)"
)


def _answered_after(s: str, end: int) -> bool:
    """A ", but ..." after the match that gives a date or a time."""
    but = re.search(r"(?:,\s*|\s)(?:but|although|though)\s", s[end:])
    return but is not None and bool(_WHEN.search(s, end + but.end()))


def asks_do_we_know(question: str) -> bool:
    """ "Do we know what caused the blackout?": a question an interviewer asks, which the next sentence may answer."""
    return _DO_WE_KNOW.match(question.strip()) is not None


def _no_date_question(s: str) -> str | None:
    m = _NO_DATE.match(s)
    if m is None or _answered_after(s, m.end()):
        return None
    thing, obj = m.group("for") or "", m.group("obj")
    if obj and (not thing or re.match(r"(?:it|them|this|that|these|those)\b", thing)):
        thing, obj = obj, None
    if not thing or re.match(r"(?:it|them|this|that|these|those)\b", thing):
        return None
    # "its return" is the thing put off's ("the festival's return"), or else the subject's when it can be "its".
    subj = m.group("subj")
    owner = obj or (subj if subj[:1].isupper() and not subj.startswith("The ") else "")
    if owner and re.match(r"(?:its|their)\s", thing):
        singular = thing.startswith("its") and not owner.endswith("s")
        if singular or (thing.startswith("their") and owner.endswith("s")):
            thing = re.sub(r"^(?:its|their)\s+", f"{owner}'s ", thing)
    new = "new " if m.group("new") or m.group("verb") else ""
    return _finish(f"What is the {new}{m.group('noun')} for {_lower_first(thing.strip())}")


# The answer to a question is that nobody knows: "the honest answer to the question every one of you has asked me,
# namely how much unaffected stock is left in the supply chain, is that nobody seems to know", "The answer to when the
# line reopens is that no one can yet say".
_ANSWER_UNKNOWN = re.compile(
    r"\banswer\s+to\s+(?:the\s+question\b[^.;:!?]{0,80}?,?\s+(?:namely\s+|of\s+)?|the\s+question\s+of\s+)?"
    r"(?P<wh>whether|how|what|who|when|where|why|which)\s+(?P<clause>[^;:!?]{4,160}?),?\s+(?:is|was|remains)\s+(?:that\s+)?"
    r"(?:nobody|no one|no-one|none of us|none of them)\s+(?:[a-z]+\s+){0,3}?(?:knows?|say|says|tell|answer)\b",
    re.IGNORECASE,
)


# A wh-clause fronted as the sentence's subject or topic, then a predicate of not being settled: "Who will bear the
# cost of the recall, which analysts put at 60 million euros, is unresolved", "How much each household will receive
# could take another year to settle", "What happens to the medal is something the federation says it will look at",
# "Whether the ruling will reach other dams is, for now, anybody's bet", "Whether the fundraising will stretch to an
# appeal, nobody at the club was prepared to guess". A fronted "whether" clause is open whatever follows, unless it
# is a concession ("Whether it rains or not, the fair goes ahead").
_FRONTED = re.compile(
    r"^(?:(?:But|And|Yet|So|Still),?\s+)?(?:(?:Quite|Just|Exactly|Precisely)\s+)?"
    r"(?:As\s+(?:for|to)\s+(?=whether))?(?P<wh>Whether|whether|Who|What|How|When|Why|Which|Where|"
    # "Exactly how the money was spent ...", "But how the ferry sank ...": lower case after an adverb or a connective.
    r"(?<=[a-z,] )(?:who|what|how|when|why|which|where))\s+(?P<rest>[^?]+?)\.?$"
)
# A decision left with someone, then said in the same sentence to be taken: "was for the council to decide, and it
# chose Stagecoach in May", "was for the jury to decide, and it convicted him".
_DECISION_TAKEN = (
    r"\s*,?\s+(?:and|but)\s+(?:it|they|he|she|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:chose|chosen|picked|decided|agreed|approved|ruled|opted|voted|settled|convicted|acquitted|found|awarded|"
    r"appointed|selected|named|granted|rejected|backed|gave|given|established|determined|judged)\b"
)
_FOR_THEM_TAKEN = re.compile(
    r"\bfor\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+to\s+(?:agree|decide|determine|settle|establish|judge|"
    rf"rule\s+on|work\s+out|choose){_DECISION_TAKEN}"
)
# A past "did not know/say/tell" after a fronted when/where/if clause reads it as a time or a condition: "When the
# bombs fell, the soldiers did not tell us"; "When the ferry returns, the firm would not say" still asks.
_PAST_UNTOLD = re.compile(
    r"^[^.;]{0,60}?\b(?:did\s+not|didn['’]t|never)\s+(?:yet\s+)?(?:know|say|tell|disclose|confirm)\b"
)
_UNSETTLED = re.compile(
    r"^(?:(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)(?:,\s+[^,]{2,50},)?\s+(?:,[^,]{2,50},\s+|as\s+yet\s+|"
    r"still\s+|also\s+)*"
    r"(?:being\s+[a-z]+ed|un(?:resolved|clear|known|decided|certain|answered|settled|determined|confirmed|explained|"
    r"disclosed|said|knowable|answerable)|to\s+be\s+[a-z]+|in\s+(?:doubt|question|dispute)|open\b|"
    # "... is not addressed in the interim report": a finding that leaves it out; "... is another matter": still open.
    r"not\s+(?:yet\s+)?(?:addressed|answered|covered|explained|dealt\s+with|tackled)\b|(?:quite\s+)?another\s+"
    r"(?:matter|question|story)\b|"
    # "... is a problem nobody at the command post has yet solved": nobody has the answer.
    r"(?:(?:a|an|the|one)\s+(?:[a-z]+\s+)?(?:problem|question|puzzle|riddle|challenge|issue|mystery|thing)|something)\s+"
    r"(?:that\s+|which\s+)?(?:nobody|no\s+one|none\s+of\s+[\w'’-]+)\b[^.;]{0,50}?\b(?:yet\s+)?(?:solved|answered|cracked|"
    r"explained|worked\s+out|figured\s+out|resolved|settled|knows?)\b|"
    r"(?:another|an|one)\s+open\s+question|any(?:one|body)[’']s|a\s+(?:matter|question|decision|"
    # "is something the federation says it will look at": still to be looked at; "is something the board cannot
    # ignore", "... the players will not forget" are statements about a known thing: the negation must be of knowing.
    # "... remains a puzzle to the team", "... is, for now, up in the air": nobody can yet make it out or settle it.
    r"mystery|puzzle|riddle)\b|up\s+in\s+the\s+air\b|"
    # "... is something investigators are still piecing together": a finding-out still under way.
    r"something\b[^.;]{0,80}\b(?:(?:will|would)(?!\s+not\b|n[’']t)|has\s+yet\s+to|have\s+yet\s+to|"
    r"(?:is|are|was|were)\s+still|(?:(?:unable|declin\w*|refus\w*)\s+to|(?:could|would|will|did|does|can)(?:\s+not|n[’']t)|cannot)\s+"
    r"(?:yet\s+)?(?:say|know|tell|predict|explain|answer|confirm|determine|establish|decide|guess|comment|disclose|"
    r"reveal|promise|guarantee|work\s+out|settle|rule\s+on))\b|"
    # "... is one of the things the regulator has said it wants to know": a question someone has set out to answer;
    # "one of the things fans remember most" is no question.
    r"one\s+of\s+the\s+(?:things|questions|issues|matters)\b[^.;]{0,60}?\b(?:wants?\s+to\s+know|(?:needs?|has|have)\s+"
    r"(?:yet\s+)?to\s+(?:answer|establish|determine|settle|decide|find\s+out)|(?:will|must|would)\s+(?:look|examine|investigate|address|answer|consider)|"
    r"(?:is|are)\s+(?:looking|investigating|examining))\b|not\s+(?:yet\s+)?"
    r"(?:known|clear|certain|settled|decided))"
    # "... could take weeks to settle", not "... will take enforcement action": taking time, not taking a step.
    r"|(?:could|may|might|will|would|is\s+likely\s+to)\s+(?:still\s+)?(?:take\s+(?:(?:another|a|an|several|many|some|\d+|"
    r"two|three|four|five|six)\s+)?(?:more\s+|further\s+|few\s+)?(?:years?|months?|weeks?|days?|time|while|longer)\b|"
    r"depend|hinge|be\s+(?:decided|settled|known|"
    r"determined|unclear))"
    # "... has not been spelt out", "... is the subject of an internal inquiry", "... is not something the charity has
    # been willing to discuss": not told, under inquiry, or not to be told.
    r"|(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:(?:spelt|spelled|set|laid|worked|sorted|pinned|ironed)\s+out|"
    r"made\s+(?:clear|public|known)|explained|decided|agreed|settled|disclosed|announced|published|determined|"
    r"established|confirmed|revealed|resolved)"
    r"|(?:is|was|are|were|remains?)\s+(?:now\s+|also\s+)?the\s+(?:subject|focus)\s+of\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:inquiry|investigation|review|probe|dispute|audit|study|court\s+case|legal\s+fight)"
    r"|(?:is|was)\s+not\s+something\b[^.;]{0,60}?\b(?:(?:willing|prepared|able|ready|keen|minded)\s+to\s+(?:discuss|say|"
    r"disclose|reveal|explain|answer|talk\s+about|go\s+into|share|speculate|comment|guess)|(?:has|have|had)\s+(?:yet\s+|so\s+far\s+|ever\s+)?"
    r"(?:addressed|answered|explained|decided|discussed|considered|settled|said|disclosed|tackled|looked\s+at|resolved))"
    r"|(?:depends?|hinges?)\s+on"
    # "... is, in one engineer's words, the question everything else waits on", "... is exactly what the boreholes are
    # meant to find out": the question itself, or what is being done to answer it.
    r"|(?:is|was|remains?)(?:,\s+[^,]{2,50},)?\s+(?:the|a|one)\s+(?:big\s+|key\s+|real\s+|main\s+|central\s+|first\s+|"
    r"open\s+|crucial\s+|critical\s+)?question\b"
    r"|(?:is|was)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+[^.;]{2,60}?\b(?:supposed|meant|designed|intended|expected|"
    r"trying|hoping|set\s+up|due)\s+to\s+(?:find\s+out|establish|determine|show|answer|settle|tell\s+us|discover)"
    # "... is exactly what the engineers are checking": being found out now.
    r"|(?:is|was)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:[\w'’-]+\s+){0,3}?(?:we|they|[a-z]+s|[A-Z][\w'’-]*)"
    r"(?:['’]re|\s+are|\s+is|\s+were|\s+was)\s+(?:now\s+|still\s+)?(?:testing|checking|investigating|examining|"
    r"looking\s+(?:at|into)|assessing|working\s+out|trying\s+to\s+(?:establish|find\s+out|determine|work\s+out))\b"
    # "..., nobody at the council has been able to tell us": a fronted question nobody answers.
    r"|(?:nobody|no\s+one|none\s+of\s+[\w'’-]+)(?:\s+(?:at|in|from|on|with)(?:\s+[\w'’-]+){1,4}?)?\s+"
    r"(?:(?:has|have|had|is|was|were|could|can|will|would)\s+)?(?:yet\s+)?(?:been\s+)?(?:able|prepared|willing)\s+to\s+"
    r"(?:tell|say|explain|answer|confirm|guess|predict)\b"
    # "..., nobody at the harbour office could tell me", "..., we can't say": a fronted question its source cannot or
    # will not answer.
    r"|(?:nobody|no\s+one|none\s+of\s+[\w'’-]+)(?:\s+(?:at|in|from|on|with)(?:\s+[\w'’-]+){1,4}?|\s+there)?\s+"
    r"(?:could|can|would|will)\s+(?:yet\s+)?(?:tell|say|explain|answer|confirm)\b"
    r"|(?:we|I|they|he|she|it)\s+(?:still\s+)?(?:cannot|can['’]t|could\s+not|couldn['’]t|would\s+not|wouldn['’]t|"
    r"won['’]t)\s+(?:yet\s+)?(?:say|tell)\b"
    # "..., the firm would not tell us", "..., Harlow Council will not say": a named source that will not answer it.
    r"|(?:the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|[A-Z][\w&'’-]+(?:\s+[A-Z&][\w&'’-]*){0,2})\s+(?:still\s+)?"
    r"(?:would\s+not|wouldn['’]t|will\s+not|won['’]t|could\s+not|couldn['’]t|cannot|can['’]t|did\s+not|didn['’]t)\s+"
    r"(?:yet\s+)?(?:say|tell|disclose|confirm)(?:\s+(?:us|me|them|him|her|anyone|so))?\s*(?:[.,;!]|$)"
    # "..., I do not yet know", "..., we don't know": the writer's own not knowing.
    # Anchored at the end as the say/tell form is: "I did not know where my children were" tells what was not known.
    r"|(?:we|I)\s+(?:(?:do|did)\s+not|don['’]t|didn['’]t)\s+(?:yet\s+|honestly\s+|really\s+)?know"
    r"(?:\s+(?:yet|for\s+sure|exactly))?\s*(?:[.,;!]|$)"
    # "..., nobody at the council has yet told me": nobody who would know has answered.
    r"|(?:nobody|no\s+one)(?:\s+(?:at|in|from|on|with)(?:\s+[\w'’-]+){1,4}?)?\s+(?:has|have|had)\s+(?:yet\s+)?"
    r"(?:told|informed)\s+(?:me|us|them|him|her|residents|parents|customers|members)\b"
    # "... is a figure the officers' paper does not give", "... is a question this file cannot answer": what the source
    # that would hold the answer leaves out.
    r"|(?:is|was)\s+(?:a|an|one)\s+(?:question|figure|number|detail|matter|point|thing)\s+(?:that\s+|which\s+)?"
    r"[^.;]{2,60}?\s+(?:cannot|can['’]t|could\s+not|couldn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|did\s+not|"
    r"didn['’]t|will\s+not|won['’]t)\s+(?:yet\s+)?(?:answer|settle|give|say|tell|resolve|provide|state|decide|"
    r"disclose|reveal)\b"
    # "... is not something this changelog can settle": nor can the source answer it.
    r"|(?:is|was)\s+not\s+something\b[^.;]{0,60}?\b(?:can|could|will|would)\s+(?:yet\s+)?(?:answer|settle|say|tell|"
    r"resolve|decide|predict)\b"
    # "... is for the governors to agree": a decision left with someone who has not taken it.
    r"|(?:is|was|will\s+be|would\s+be)\s+(?:now\s+)?for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+to\s+"
    r"(?:agree|decide|determine|settle|establish|judge|rule\s+on|work\s+out|choose)\b"
    # Not when the sentence goes on to say the decision was taken: "..., and it chose Stagecoach in May".
    rf"(?!{_DECISION_TAKEN})"
    # "How far down the void goes, engineers said they cannot tell until ...": the topic's question, which those who
    # would know say they cannot answer.
    r"|(?:[\w'’-]+\s+){1,6}?(?:said|say|says|told\s+[\w'’-]+)\s+(?:that\s+)?(?:they|it|he|she|we)\s+(?:cannot|can[’']t|"
    r"could\s+not|couldn[’']t|would\s+not|will\s+not|were\s+unable\s+to|are\s+unable\s+to)\s+(?:yet\s+)?"
    r"(?:say|tell|know|predict|judge|be\s+sure)\b"
    # "... cannot be established from the timing data", "... has not yet been totted up": nobody can or did reckon it.
    r"|(?:cannot|can\s+not|can[’']t|could\s+not|couldn[’']t)\s+(?:yet\s+|now\s+)?be\s+(?:established|determined|known|"
    r"confirmed|verified|answered|worked\s+out|told|said|calculated|counted|measured)\b"
    r"|(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:totted\s+up|added\s+up|counted|tallied|calculated|"
    r"costed|quantified|measured|assessed|estimated)\b)",
    re.IGNORECASE,
)
# "... is a question of collective survival", "... is a matter of priorities": what it turns on, not an open question.
_MATTER_OF = re.compile(
    r"(?:is|was|remains?)(?:,\s+[^,]{2,50},)?\s+(?:a|one)\s+(?:[a-z]+\s+)?(?:matter|question)\s+of\s+"
    r"(?!whether|how|when|who|what|why|where|which)\b",
    re.IGNORECASE,
)
_FINITE = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "remains",
        "remain",
        "remained",
        "could",
        "may",
        "might",
        "will",
        "would",
        "has",
        "have",
        "depends",
        "hinges",
        "can",
        "cannot",
    ]
)


_RELATIVE = frozenset({"who", "which", "that", "whom"})
# A fronted wh-clause run on, with no comma, into its speaker's "can't say": "How many of the seats are taken we can't
# say", "Whether the lease was renewed the landlord would not say", "Who owns the barge nobody could tell us".
_TRAILING_UNSAID = re.compile(
    # Not a pseudo-cleft's head: "Who runs the ferry is something the council cannot say" has its own predicate.
    # Nor a clause cut inside its own object: "Who ordered the shelling of | the bridge they would not say" ends after
    # "the bridge", and a speaker "the X Y" ends on no pronoun.
    r"^(?P<clause>[^,;:]{4,160}?)(?<!\bsomething)(?<!\bthing)(?<!\bmatter)(?<!\bquestion)"
    r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bwith)(?<!\bfrom)(?<!\bthe)(?<!\ba)"
    r"\s+(?:(?:we|I|they|he|she|the\s+[a-z]+(?:\s+(?!(?:we|they|he|she|it)\b)[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:still\s+)?(?:cannot|can['’]t|could\s+not|couldn['’]t|would\s+not|wouldn['’]t|won['’]t)"
    r"|(?:nobody|no\s+one)(?:\s+there)?\s+(?:could|can|would|will))\s+(?:yet\s+)?(?:say|tell)(?:\s+(?:you|us|me))?"
    r"(?:\s+(?:yet|for\s+sure|for\s+certain|at\s+this\s+stage))?\.?$"
)
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i"})


def _fronted_wh(sentence: str) -> tuple[str, str] | None:
    """(wh-word, clause) of a fronted wh-clause whose predicate leaves it unsettled, or None: not when the sentence
    goes on to settle it ("..., but the result was clear by midnight")."""
    found = _fronted_wh_clause(sentence)
    if (
        found is not None
        and found[1] in sentence
        and (
            _settled_after(sentence, sentence.index(found[1]) + len(found[1]))
            or _FOR_THEM_TAKEN.search(sentence, sentence.index(found[1]) + len(found[1])) is not None
        )
    ):
        return None
    return found


def _fronted_wh_clause(sentence: str) -> tuple[str, str] | None:
    m = _FRONTED.match(sentence.strip())
    if m is None or sentence.rstrip().endswith("?"):
        return None
    wh, rest = m.group("wh").lower(), m.group("rest")
    if wh in ("when", "where", "if") and re.match(r"(?:[a-z]{2,}ed|told|shown|given|caught|seen|taken)\b", rest):
        return None  # "When asked, they would not say": a participle with no subject of its own is an adverbial
    if wh == "what" and re.match(r"[^,;]{2,60}?\s+(?:is|was)\s+that\s", rest):
        return None  # "What I can promise is that boreholes are being drilled": a pseudo-cleft that tells, not asks
    if wh == "whether" and ":" in rest.split(", ")[0]:
        # "Whether a listing would stop a sale: we asked three lawyers and got three answers.": a label's question; but
        # "Whether the 14 cases are the full toll is something the authors doubt: ..." has its predicate first.
        inner = _fronted_wh_clause(f"Whether {rest.split(':')[0]}.")
        return inner if inner is not None and inner[1] != rest.split(":")[0] else (wh, rest.split(":")[0])
    trailing = _TRAILING_UNSAID.match(rest)
    if trailing is not None:
        return wh, trailing.group("clause")  # "How many of the seats are taken we can't say."
    words = rest.split()
    # The predicate that leaves the clause open, wherever it starts: "Whether other airlines flying the K-72 will be
    # told to carry out the checks | is a matter for their own regulators".
    for j in range(2, len(words)):
        if words[j - 1].endswith(",") and words[j].lower() in ("and", "but", "while", "until", "because"):
            break  # "..., and until that work is finished we cannot say how long it will take": another clause's verbs
        if words[j].lower().rstrip(",") in _FINITE and _UNSETTLED.match(" ".join(words[j:])):
            if wh != "whether" and _MATTER_OF.match(" ".join(words[j:])):
                return None  # "How we fund it is, in the end, a question of priorities": a matter of, no question
            return wh, " ".join(words[:j]).rstrip(",")
    head, comma, after = rest.partition(", ")
    words = head.split()
    # The clause's own verb comes first; the next finite verb after it is the main predicate.
    # A verb right after a relative word or a pronoun is a relative clause's ("the players who were injured", "the
    # supplies it has asked for"), inside the clause: neither its own verb nor the main predicate.
    own = next(
        (
            i
            for i, w in enumerate(words)
            if (i == 0 or words[i - 1].lower() not in _RELATIVE)
            and (
                w.lower() in _AUX
                or (
                    i > 0
                    and w.islower()
                    and w.endswith(("s", "ed"))
                    and not w.endswith(("'s", "’s", "ss"))
                    and words[i - 1].lower() not in _DETERMINERS
                    # "the other 339 objects from 1891": a number counts a noun, it is no subject of a verb
                    and not re.fullmatch(
                        r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|many|several", words[i - 1]
                    )
                )
                # "more shafts lie under the estate": a plain present after a plural subject, before its place.
                or (
                    1 < i < len(words) - 1
                    and w.isalpha()
                    and w.islower()
                    and not w.endswith(("s", "ing", "ly", "ed"))
                    and _plural(words[i - 1])
                    and words[i + 1].lower() in ("under", "beneath", "below", "behind", "in", "inside", "near", "on")
                )
            )
        ),
        None,
    )
    cut = (
        next(
            (
                j
                for j in range(own + 2, len(words))
                if words[j].lower() in _FINITE and words[j - 1].lower() not in _RELATIVE | _SUBJECT_PRONOUNS
            ),
            None,
        )
        if own is not None
        else None
    )
    if cut is not None:
        clause, predicate = " ".join(words[:cut]), " ".join(words[cut:]) + (f", {after}" if comma else "")
    else:
        clause, predicate = head, after
    if wh == "whether":
        if comma and cut is None and re.search(r"\bor\b", head):
            return None  # "Whether it rains or not, ...": a concession, not a question
        return (wh, clause) if (comma or cut is not None) else None
    # Other wh-words: the predicate after the clause (and any aside set off by commas) must leave it open.
    parts = [predicate] + [p for p in re.split(r",\s+", predicate)[1:]]
    if wh in ("when", "where", "if") and _PAST_UNTOLD.match(predicate):
        return None  # "When the shelling started, the soldiers did not tell us": a time, not a question put
    if any(_UNSETTLED.match(p.strip()) for p in parts if p):
        return wh, clause
    return None


# A question put to someone and evaded: "Asked when a hearing might take place, a spokesperson said only that these
# cases take as long as they take", "Asked whether her contract would continue, Arcwave did not reply", "Asked
# whether its laboratory had tested the capsules, NADA told us it does not comment".
_ASKED = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}\s+)?(?:(?:But|And|When),?\s+)?Asked\s+(?:by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+\([^()]{1,40}\))?\s+)?(?:about\s+)?(?:(?P<wh>whether|if|when|how|why|what|who|where|which)\s+"
    r"(?P<clause>[^,;:]{4,160})|the\s+(?P<noun>size|amount|cost|timing|level|scale|extent|number|cause|date|value|"
    r"length|outcome|terms)\s+of\s+(?P<of>[^,;:]{3,100})"
    # "Asked for a figure for the cost of the repairs, ...": the figure asked for is the thing's own.
    r"|for\s+(?:a|an|any)\s+(?:figure|estimate|number|total)\s+(?:for|on)\s+(?P<np>the\s+[^,;:]{3,100})),\s+(?P<answer>[^;]+)$"
)
# An evasion, not any "not" in the answer: "said it would not close this year" answers the question.
_EVASION = re.compile(
    r"\b(?:(?:said|says|told\s+\w+|would\s+say|could\s+say)\s+only|declined|refused|no\s+comment|nothing\s+(?:more|else)?)\b"
    r"|\b(?:would|could|will|did|does|do|can)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:say|comment|answer|reply|respond|"
    r"confirm|disclose|elaborate|specify|be\s+drawn|know)\b|\bcannot\s+(?:say|comment|confirm)\b|\bnot\s+(?:reply|respond)"
    # An answer that it does not know, has not decided or is not finished leaves the question open.
    r"|\b(?:did|does|do)(?:\s+not|n[’']t)\s+(?:yet\s+)?know\b|\bno\s+(?:final\s+)?decision\b"
    r"|\b(?:has|have|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?(?:decided|finished|completed)\b"
    r"|\b(?:is|was|are|were)(?:\s+not|n[’']t)\s+yet\s+(?:finished|complete|completed|known|decided)\b"
    # Passed on, not yet discussed or still being written: 'says that is "a question for the trustees, who have not
    # discussed it"', 'says the clause "is still being drafted"'.
    r"|\b(?:a\s+question|a\s+matter)\s+for\b|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:discussed|considered|looked\s+at)\b"
    r"|\b(?:still\s+being\s+(?:drafted|negotiated|discussed|worked\s+out|considered)|"
    r"(?:is|are)\s+(?:still\s+)?being\s+(?:worked\s+(?:out|through|on)|looked\s+at|considered))\b"
    # "it was far too early to put a number on anything": no answer yet.
    r"|\btoo\s+(?:early|soon)\s+to\b"
    # "We'll see.", "Time will tell.", "That remains to be seen.": the answer waits on events.
    r"|\bwe(?:[’']ll|\s+will)\s+(?:have\s+to\s+)?see\b|\bwait\s+and\s+see\b|\btime\s+will\s+tell\b|\bremains?\s+to\s+be\s+seen\b",
    re.IGNORECASE,
)


# A live text's or digest's note of a question and its answer: 'Jo Kerr on who will chair the review: "That is being
# worked through."' The answer evades or defers, so the question stays open.
_ON_QUESTION = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*\|\s+)?[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,4}?on\s+(?P<wh>whether|how|what|when|who|why|where|which)\s+"
    r"(?P<clause>[^:;\"“”]{4,140}?):\s+[\"“]?(?P<answer>.+)$"
)


def _evaded(sentence: str) -> tuple[str, str] | None:
    on = _ON_QUESTION.match(sentence.strip()) if " on " in sentence else None
    if on is not None and _EVASION.search(on.group("answer")):
        return on.group("wh").lower(), on.group("clause")
    m = _ASKED.match(sentence.strip())
    if m is None or not _EVASION.search(m.group("answer")):
        return None
    if m.group("noun"):  # "Asked about the size of any penalty, ...": what the size is
        return "what", f"the {m.group('noun')} of {m.group('of')} is"
    if m.group("np"):  # "Asked for a figure for the cost of recovery, ...": what the cost is
        np = m.group("np")
        return "what", f"{np} {'are' if _plural(np.split()[1]) and ' of ' not in np else 'is'}"
    clause = m.group("clause")
    # "Asked whether its own laboratory had tested the capsules, NADA told us ...": "its" is the one asked.
    asked = re.match(r"(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+[a-z]", m.group("answer"))
    own = re.match(r"(its|their)\s+", clause)
    if own and asked:
        clause = f"{asked.group(1)}'s {clause[own.end() :]}"
    return m.group("wh").lower(), clause


# A pseudo-cleft whose head is what somebody cannot or will not tell: "What I still cannot tell you, and what nobody
# at the agency would tell me either, is when Corvalex will be back on the shelves."
_CLEFT_ANY = re.compile(
    r"^(?:(?:And|But|So),?\s+)?[Ww]hat\s+(?P<head>[^.;:!?]{2,160}?),?\s+(?:is|was)\s+(?P<wh>whether|what|how|when|why|who|where|which)\s+"
    r"(?P<clause>[^;:!?]+?)\.?$"
)
_HEAD_NEGATED = re.compile(
    rf"(?:\bnot\b|n[’']t\b|\bcannot\b|\bnever\b|\bnobody\b|\bno one\b|\bneither\b|\bnone\b)(?:\s+[\w'’-]+){{0,4}}?\s+"
    rf"{_KNOWING}\b",
    re.IGNORECASE,
)


def _cleft_negated(sentence: str) -> tuple[str, str] | None:
    m = _CLEFT_ANY.match(sentence.strip())
    if m is None or not _HEAD_NEGATED.search(m.group("head")):
        return None
    return m.group("wh"), m.group("clause")


# A thing withheld, named by a noun that stands for a question: "NADA declined to disclose the concentration found in
# the sample" -> "What was the concentration found in the sample?"
# A plain "did not" withholds only with a verb of disclosing: "did not name the new coach until Friday", "do not give
# the full picture" and "did not say the plant would close" say what happened, not what was kept back. The noun phrase
# holds no verb ("the old plant would close" is a clause).
_WITHHELD = re.compile(
    r"\b(?:(?P<neg>declined|refused|would\s+not|could\s+not|wouldn[’']t|couldn[’']t|will\s+not|won[’']t|cannot|"
    r"can\s+not)\s+(?:to\s+)?(?:disclose|reveal|give|name|publish|release|specify|say)"
    r"|(?P<plain>did\s+not|didn[’']t|does\s+not|do\s+not)\s+(?:disclose|reveal|publish|release|specify))"
    r"\s+the\s+(?P<np>(?:exact\s+|precise\s+)?[a-z][\w'’-]*(?:\s+(?!and\b|but\b|or\b|a\b|an\b|"
    r"(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|did|does|do)\b)[\w'’-]+){0,8}?)"
    r"(?=\s*(?:[,.;:!?]|\s+(?:and|but|or|because|as|while|to|when)\b|$))"
)
# "... said that production will resume "as soon as the investigation allows", without naming a date."
_WITHOUT_NAMING = re.compile(
    r"\b(?:said|says|announced|promised|insisted|added)\s+(?:that\s+)?(?P<clause>[^\"“,;]{6,120}?)\s*"
    r"(?:[\"“][^\"”]{0,120}[\"”])?,?\s+without\s+(?:naming|giving|setting|offering|providing|specifying|putting)\s+(?:a|any)\s+"
    r"(?:firm\s+|new\s+)?(?P<noun>date|time|timetable|timeline|figure|number|reason|cost)\b"
)
_NOUN_WH = {"date": "when", "time": "when", "timetable": "when", "timeline": "when", "reason": "why"}
# "The health board has not decided whether to offer free heart checks", "Alvera has until 7 July to decide whether
# to appeal": the matrix subject is the one who would act.
_WHETHER_TO = re.compile(
    r"^(?:(?:But|And|However),?\s+)?(?P<subj>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?!has\b|have\b|had\b|is\b|are\b|was\b|were\b)"
    r"[\w'’&-]+){0,5}?)\s+(?:has|have|had|is|are|was|were)\b[^.;:!?]{0,60}?\bwhether\s+to\s+(?P<vp>[^,;:!?]+?)"
    r"(?:,|\s+or\s+not\b|\s+and\s+(?:will|would|has|have|is|are|was|were|said|says)\b|\s+[-–—]\s|\.?$)"
)
# "Still unanswered tonight: whether ...", "The open question: how ...".
_LABEL_WH = re.compile(
    # Not a label that says it answers ("Your questions answered: when the new parking charges start."), unless the
    # answering is negated ("The question nobody has answered: why the alarm did not sound.").
    r"^(?!(?:(?!\b(?:nobody|no|not|never|none|yet)\b)[^:]){0,60}?\b(?:answered|explained|resolved|settled)\b)[^:]{0,60}\b(?:unanswered|unclear|unknown|unresolved|open|question|questions|undecided|uncertain|"
    r"(?:don[’']t|do\s+not|does\s+not|doesn[’']t|cannot|can[’']t)\s+(?:yet\s+)?(?:know|say|tell)"
    # "One thing nobody can explain yet: why ...": the label says nobody answers it.
    r"|(?:nobody|no\s+one|none\s+of\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:explain|say|tell|know|answer|knows|says|explained|"
    r"said|answered))\b[^:]{0,50}:\s+"
    r"(?P<wh>whether|what|how|when|why|who|where|which)\s+(?P<clause>[^;:!?]+?)\.?$",
    re.IGNORECASE,
)


def _structural_question(s: str) -> str | None:
    """The question of the structural forms above, or None."""
    for found in (_fronted_wh(s), _evaded(s), _cleft_negated(s)):
        if found is not None:
            return _wh_question(found[0], found[1])
    m = _LABEL_WH.match(s)
    if m:
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    m = _WHETHER_TO.match(s)
    if m and states_unknown(s) and not re.match(r"(?:It|They|He|She|This|That)\b", m.group("subj")):
        modal = "Will" if not re.search(r"\b(?:had|was|were)\b", s[m.end("subj") : m.start("vp")]) else "Would"
        # "Southline says it has not yet decided whether to ...": the one who decides is the one who says.
        subj = re.sub(r"\s+(?:says|said|say)\s+(?:it|they|he|she)$", "", m.group("subj"))
        return _finish(f"{modal} {_lower_first(subj)} {m.group('vp')}")
    m = _WITHOUT_NAMING.search(s) if " without " in s else None  # a long text without it costs the search's square
    if m:
        return _wh_question(_NOUN_WH.get(m.group("noun"), "how much"), m.group("clause"))
    m = _WITHHELD.search(s)
    if m:
        np = m.group("np")
        now = re.match(r"(?:will|won|cannot|can|does|do)\b", m.group("neg") or m.group("plain"))
        plural = _plural(np.split()[0]) or (len(np.split()) == 1 and _plural(np))
        verb = ("are" if plural else "is") if now else ("were" if plural else "was")
        return _finish(f"What {verb} the {np}")
    return None


def wh_question(wh: str, clause: str) -> str | None:
    """The direct question of an embedded one: ("whether", "the pause means the bid failed") -> "Does the pause mean
    the bid failed?"."""
    return _wh_question(wh, clause)


# A question put to someone named, asking them to say or confirm: "Will the minister confirm whether the cull needs a
# licence?", "Can the council say when the road reopens?".
_PUT_TO = re.compile(
    r"^(?:Will|Would|Can|Could)\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:now\s+)?"
    r"(?:confirm|say|tell\s+(?:us|the\s+[a-z]+|members)|explain|set\s+out|clarify)\s+"
    r"(?P<wh>whether|if|when|how|why|what|who|where|which)\s+(?P<clause>[^?]{4,160})\?$"
)
# The one a question is put to, before it: "Ms Calloway, will anyone be prosecuted?".
_VOCATIVE = re.compile(
    rf"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Minister|Councillor|Cllr)\s+)?[A-Z][\w'’-]+,\s+(?=(?:{_AUX_WORDS}|is|are|was|"
    r"were|what|who|when|where|why|how|which)\b)"
)


_ONE_LEFT = re.compile(rf"^(?:{_AUX_WORDS})\s+one\s+(?:ever\s+|now\s+|still\s+)?be\s+", re.IGNORECASE)
# Items of a list or chapters of show notes glued into one sentence: "... in 6.0. ### Upgrade notes - The 4.x line ...
# - Whether ... ", "02:15 The deal: ... 08:30 What Norrcloud pays ... has not been disclosed 15:00 ...".
_ITEM_MARK = re.compile(r"(?<=[.!?)\]])\s+(?:#{1,6}\s+[A-Z][\w'’ ]{0,40}?\s+)?[-–*•]\s+(?=[A-Z])|\s+#{1,6}\s+")
# A chapter's stamp opens an item: not a time in prose ("from 06:30 Monday to 23:00 Friday", "until 06:00 Tomorrow",
# "at 19:30 Sharp"), so neither after a word that takes a time nor before a day, a zone or a word that dates it.
_CHAPTER_MARK = re.compile(
    r"(?:^|(?<!\b[Ff]rom)(?<!\b[Tt]o)(?<!\b[Uu]ntil)(?<!\b[Tt]ill)(?<!\b[Aa]t)(?<!\b[Bb]y)(?<!\b[Aa]nd)(?<!\b[Oo]r)"
    r"(?<!\b[Bb]efore)(?<!\b[Aa]fter)(?<!\b[Ss]ince)(?<!\b[Bb]etween)(?<!\b[Aa]round)(?<!\b[Aa]bout)(?<!\b[Oo]n)"
    r"(?<!\b[Tt]han)(?<![-–])\s+)\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?=[A-Z][a-z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|To(?:night|day|morrow)\b|Yesterday\b|This\s+"
    r"(?:morning|afternoon|evening)\b|Sharp\b|Prompt\b|Local\b|Hours\b|Noon\b|Midnight\b)"
)


def glued_items(sentence: str) -> list[str]:
    """The items of a list or the chapters of show notes run together in one sentence, each as its own text; the
    sentence alone where it holds none. Chapters only where two time stamps mark them ("at 10:30 GMT" is prose)."""
    pieces = _ITEM_MARK.split(sentence)
    if len(_CHAPTER_MARK.findall(sentence)) >= 2:
        pieces = [c for p in pieces for c in _CHAPTER_MARK.split(p)]
    items = [p.strip() for p in pieces if len(p.split()) >= 4]
    return items if len(items) > 1 else [sentence]


def to_question(sentence: str) -> str | None:
    """The open question a sentence states, phrased as a question, or None if it states none."""
    items = glued_items(sentence)
    if len(items) > 1:
        # A changelog's items or a podcast's chapters run together: the question is the item's that states one.
        for item in items:
            if states_unknown(item):
                asked = to_question(item)
                if asked is not None:
                    return asked
    question = _to_question(sentence)
    if question is None or _ONE_LEFT.match(question):
        return None  # "Will one be paid?": the thing "one" stands for is named only before
    question = _drop_own_contact(_OWN_RELATIVE.sub("?", question))
    missing = _RECORD_MISSING.search(sentence) if " because " in sentence else None
    if missing is not None and missing.group("np").lower() not in question.lower():
        # "could not establish whether the staffing was typical, because the rotas for August were missing": the
        # missing record is why it is open, and says what would answer it.
        question = f"{question[:-1]} ({sentence[missing.start('np') : missing.end()]})?"
    return question


# The speaker's own seeing in a relative clause without "that": "whether the staffing we saw was typical" asks about
# the staffing; the first person would make the question read as a commenter's voice.
_OWN_CONTACT = re.compile(
    r"\b(?P<head>[a-z][\w'’-]*)\s+(?:that\s+)?(?:we|I)\s+(?:saw|found|observed|inspected|visited|reviewed|examined|"
    r"sampled|checked|tested|looked\s+at)(?=\s+[a-z]|\?)"
)


def _drop_own_contact(question: str) -> str:
    """The question less a relative clause that only says the speaker saw the thing: "Were the fire doors we checked
    kept shut?" -> "Were the fire doors kept shut?"; "What have we found?" has no such clause."""
    m = _OWN_CONTACT.search(question)
    head = m.group("head").lower() if m else ""
    if m is None or head in _AUX or head in _RELATIVE or head in _PREPOSITIONS or head in _WH.split("|"):
        return question
    return question[: m.end("head")] + question[m.end() :]


# Records that would answer a question, missing: ", because the rotas for August were missing".
_RECORD_MISSING = re.compile(
    r",?\s+because\s+(?P<np>(?:the|its|their|his|her)\s+[a-z][\w'’-]*(?:\s+(?:for|of|from)\s+[^,;:!?]{2,40}?)?)\s+"
    r"(?:was|were|had\s+been|have\s+been|are|is)\s+(?:missing|lost|unavailable|destroyed|incomplete|not\s+(?:kept|"
    r"available|recorded|provided|supplied))\b"
)


# A relative clause that only says whose the thing is to the speaker, last in a question: "What becomes of the nursery
# class that shares our building?" names the class without it, and the first person would make it read as a
# commenter's voice.
_OWN_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:that|which|who)\s+(?:[a-z]+\s+){0,3}?(?:our|my)\s+[a-z]+(?:\s+[a-z]+)?\?$")


def _to_question(sentence: str) -> str | None:
    s = sentence.strip()
    # A label before a statement is framing; before a question it says who asks ("Q. Did ...?" is counsel's, asked to
    # be answered in the next line), which is_real_question judges.
    own = _own_decision(s)
    if own is not None:
        return own
    if s.endswith("?") and _NAME_LABEL.match(s):
        return None  # "Orbit Weekly: Could the imager come back?": an interviewer's question, open only if unanswered
    s = s if s.endswith("?") else _LABEL_PREFIX.sub("", s)
    # Dotted abbreviations would end the clause early ("in U.S. history" -> "in U?").
    s = re.sub(r"\b([A-Z])\.([A-Z])\.(?=\s+\S)", r"\1\2", s)
    s = re.sub(r"\b(Mr|Mrs|Ms|Dr|Adm|Gov|Sen|Rep|Gen|Lt|Col|Sgt|St|Jr|Co|Corp|Inc|Ltd)\.(?=\s)", r"\1", s)
    if re.search(r"\d\.\d", s):
        # "the interim dividend of 2.4 pence": a decimal point does not end the clause.
        question = _to_question(re.sub(r"(?<=\d)\.(?=\d)", "\x01", s))
        return question.replace("\x01", ".") if question is not None else None
    if s.endswith("?"):
        s = re.sub(r"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}:\s+", "", s)  # a transcript's "KIT MERCER: "
        known = _DO_WE_KNOW.match(s)
        if known:
            return _wh_question(known.group("wh").lower(), known.group("clause"))
        s = re.sub(r"^(?:So|And|But),?\s+(?=[A-Z]|is\b|are\b|was\b|were\b|will\b|did\b|does\b|do\b|can\b)", "", s)
        s = _VOCATIVE.sub("", s)  # "Ms Calloway, will anyone be prosecuted?": the one addressed is no part of it
        s = s[0].upper() + s[1:]
        put = _PUT_TO.match(s)
        if put:  # "Will the minister confirm whether the cull needs a licence?": the question is the embedded one
            embedded = _wh_question(put.group("wh").lower(), put.group("clause"))
            if embedded is not None:
                return embedded
        # "Was the warning system switched off, or did it fail?": the first alternative says what is asked.
        # A first alternative too short to stand alone ("Will Smith stay?") leaves the whole question.
        first = re.sub(rf",?\s+or\s+(?:{_AUX_WORDS})\s+(?:it|they|he|she)\b[^?]*\?$", "?", s)
        return first if is_real_question(first) else s if is_real_question(s) else None
    m = _SUBJECT_CLAUSE.match(s)
    if m:
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    m = _CLEFT_UNSAID.match(s)
    if m:
        clause = m.group("clause")
        head, _, rest = clause.partition(" ")
        subj = re.sub(r"(?:\s+(?:still|yet))?\s+(?:has|have|had|did|does|do)(?:\s+not|n[’']t)$", "", m.group("subj"))
        to = re.match(r"to\s+(?P<vp>[^,;]+?)(?:\s+[-–—]\s.*)?$", clause) if m.group("wh") == "whether" else None
        if to and not re.match(r"(?:nobody|no one|neither|none)\b", subj):
            return _finish(f"Will {_lower_first(subj)} {to.group('vp')}")  # "whether to widen this bend"
        each = re.match(r"(?:neither|none of the|none of)\s+(?P<noun>[a-z]+)$", subj)
        if head in ("it", "they", "he", "she") and rest:
            if each:  # "neither campaign ... what it will do": each campaign's
                noun = each.group("noun")
                clause = f"each {noun.removesuffix('s') if subj.startswith('none') else noun} {rest}"
            elif not re.match(r"(?:nobody|no one)\b", subj):
                clause = f"{_lower_first(subj)} {rest}"
        return _wh_question(m.group("wh"), clause)
    m = _CONCEALED.match(s)
    if m:
        verb = "are" if m.group("noun").endswith("s") and m.group("noun") != "whereabouts" else "is"
        return _finish(f"What {verb} the {m.group('noun')} of {m.group('of')}")
    m = _DELIBERATING.match(s)
    if m and not re.match(rf"(?:it|they|he|she|this|that|{_WH_WORDS})\b", m.group("subj"), re.IGNORECASE):
        if m.group("vp") or m.group("vp2"):
            vp = re.split(r",|\s+but\s+", m.group("vp") or m.group("vp2"), maxsplit=1)[0]
            modal = "Will" if m.group("aux") in ("is", "are") else "Would"
            subj = _lower_first(m.group("subj"))
            head, _, tail = subj.partition(" ")
            if head.lower() in _LABEL_ROLES and tail[:1].islower():  # "Board members": capitalised by the sentence
                subj = f"{head.lower()} {tail}"
            return _finish(f"{modal} {subj} {vp}")
        return _wh_question("whether", m.group("clause"))
    m = _WHEN_UNSAID.match(s)
    if m:
        return _finish(f"When will {_lower_first(m.group('subj'))} {m.group('vp')}")
    question = _no_date_question(s) if " no " in s else None
    if question is not None:
        return question
    m = _NO_COMMIT.search(s) if " not " in s or "n't" in s or "n’t" in s else None
    if m:  # "would not commit to a date for the cabinet vote" -> "What is the date for the cabinet vote?"
        return _finish(f"What is the {m.group('noun')} for {m.group('for')}")
    question = _other_question(s)
    if question is not None:
        return question
    m = _ANSWER_UNKNOWN.search(s) if " answer " in s else None
    if m:
        return _wh_question(m.group("wh").lower(), m.group("clause"))
    structural = _structural_question(s)
    if structural is not None:
        return structural
    m = _EMBEDDED.search(s) or _knowing_wh(s)
    if m:
        clause = _counted_noun(s[: m.start()], _fill_ellipsis(s[: m.start()], m.group("clause")))
        question = _wh_question(
            m.group("wh").lower(), _resolve_pronoun(s[: m.start()], clause, s[m.start() : m.start("wh")])
        )
        hedge = m.group("hedge") if m.re is _EMBEDDED else None
        if question is not None and hedge and question.startswith(("What ", "Who ")):
            head, _, rest = question.partition(" ")
            return f"{head}{hedge} {rest}"  # "What, if anything, was taken?": the source's hedge stays
        return question
    m = _UNANSWERED_RE.search(s)
    if m:
        return _wh_question("whether", m.group("asked"))
    m = _DOUBT_THAT.search(s) or _UNCONFIRMED.match(s)
    if m:
        return _wh_question("whether", (m.group("clause") or m.group("confirmed")).rstrip("."))
    m = _NO_WORD_OF.search(s)
    if m:
        of = re.split(r",|\s+but\s+", m.group("of"), maxsplit=1)[0].strip()
        return _finish(f"What is the {m.group('noun').lower()} of {of}")
    m = _FUTURE_OF.match(s)
    if m:  # "The future of the old building will depend on the consultation": what happens to it is open
        return f"What will happen to {_lower_first(m.group('thing'))}, which depends on {m.group('on').rstrip(', ')}?"
    m = _NOT_DISCLOSED.match(s)
    if m and not re.match(rf"(?:{_WH_WORDS})\b", m.group("subj"), re.IGNORECASE):
        obj = m.group("obj").strip()
        if re.match(rf"(?:{_WH})\b", obj, re.IGNORECASE):
            wh, _, clause = obj.partition(" ")
            return _wh_question(wh.lower(), clause)
        aux = "Have" if m.group("aux") == "have" else "Has" if m.group("aux") == "has" else "Had"
        return f"{aux} {_lower_first(m.group('subj'))} {m.group('verb')} {obj.rstrip(', ')} yet?"
    m = _NOT_BEEN.match(s)
    if m and not re.match(rf"(?:it|this|that|he|she|they|{_WH_WORDS})\b", m.group("subj"), re.IGNORECASE):
        aux = m.group("aux").capitalize()
        return f"{aux} {_lower_first(m.group('subj'))} been {m.group('verb')}{m.group('rest').rstrip(', ')}?"
    funds = _no_funds(s)
    if funds is not None:
        return funds
    m = _NO_NOUN.match(s)
    if m:  # "No timetable has been set for the review": has one been?
        noun = m.group("noun").lower()
        noun = (m.group("mod") or "").lower() + noun  # "No new date has been set": "a new date"
        article = "an" if noun[0] in "aeiou" else "a"
        rest = m.group("rest").split(",")[0]
        return f"{m.group('aux').capitalize()} {article} {noun} been {m.group('verb')}{rest}?"
    m = _YET_TO_BE.match(s)
    if m:
        aux = {"is": "Has", "are": "Have"}.get(m.group("aux"), m.group("aux").capitalize())
        subj = re.sub(r",\s+if\s+any,", "", m.group("subj"))  # "The charge, if any, on ...": the aside goes
        return f"{aux} {_lower_first(subj)} been {m.group('verb')}{m.group('rest').rstrip(', ')}?"
    m = _CANNOT_YET_SUBJ.match(s)
    if m:  # "The financial effect on the Group cannot be determined at this stage": has it been yet?
        subj = re.sub(r",\s+if\s+any,", "", m.group("subj"))
        aux = "Have" if re.fullmatch(r"The\s+\w+s", subj) else "Has"
        done = re.search(r"determined|quantified|estimated|assessed|calculated", m.group(0))
        return f"{aux} {_lower_first(subj)} been {done.group(0) if done else 'determined'}?"
    return None


# A sentence that only an earlier one makes whole: "He also said that ...", "They are asking why ..."; not the
# impersonal "It's unclear whether ...".
# Not a list's first item glued to the items after it ("It will be removed in 6.0. ### Upgrade notes - Whether ..."):
# the later items stand alone.
UNUSABLE_OPENING = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?:He|She|They|We|I|You|This|That|These|Those|It(?!['’]s\s|\s+(?:is|was|remains)\s))\b"
    r"(?!.*?[.!?)\]]\s+(?:#{1,6}\s|[-–*•]\s+[A-Z]))"
)
# A clause that says what an unknown turns on: "it depends on what ...", "that hinges on whether ...".
_DEPENDENCY = re.compile(r"(?:it|this|that|which)\s+(?:all\s+|will\s+)?(?:depends?|hinges?)\s+on\b", re.IGNORECASE)
# Where one post of a live thread ends and the next begins, which a sentence splitter runs together: the post's time
# stamp after a middle dot ("· 10:31 AM", "🧵 · 2:01 PM · Mar 20, 2052"), then the next post's number ("10/"), a
# closing "/end" or the end of the text. Split on it, a sentence gives its posts (the number and the stamp dropped).
THREAD_STAMP = re.compile(
    r"\s*(?:🧵\s*)?·\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*·\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?"
    r"(?:\s+\d{1,3}/(?=\s)|\s*/end\b|\s*$)\s*"
)
_SHARED_SUBJECT = re.compile(
    r"^(?P<head>[A-Z][^,;:]{12,160}?),\s+and\s+(?:would|will|could|did|does|has|have|had)(?:\s+not|n['’]t)\s+"
    r"(?:yet\s+)?(?:say|said|tell|told|disclose|disclosed|reveal|revealed|confirm|confirmed|explain|explained)\s+"
)


# A message board's post header: who posted, then the post's date and time ("Posted by kestrel22 » Tue 3 May 2050,
# 14:02", "Posted by Ann Hale (Parish Council) on 3 May 2050 at 2:02 PM").
_POST_HEADER = re.compile(
    r"^Posted\s+by\s+[^\s»|]+(?:\s+[^»|]{1,80}?)?\s*(?:[»|·]|\bon\b)\s*[^.?!]{3,40}?\b\d{1,2}[:.]\d{2}"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?=[A-Z])"
)
# A body or a person named, then a relative clause saying it would not tell: "the water board, which would not say
# whether it had been told", "its agent, Mara Lind, who could not say when ...".
_WHICH_UNSAID = re.compile(
    r"(?P<np>\b(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&-]*){0,4}"
    # "the families of the victims, who could not say": the head of an of-phrase is who could not, not its last noun.
    r"|\bthe\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?:\s+of\s+(?:the\s+)?(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}))?),"
    r"\s+(?:which|who)\s+(?P<vp>(?:could|would|did|does|will|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?"
    r"(?:been\s+able\s+to\s+)?(?:say|tell\s+(?:me|us)|tell|confirm|disclose|explain|reveal)\s+"
    r"(?:whether|if|how|when|why|what|who|where)\s+[^.;:!?]{6,160})"
)
# A clause that only says its source is silent, with nothing of its own after the verb: "the letter does not say",
# "the ministry has yet to answer".
_BARE_SILENCE = re.compile(
    r"^[\w'’ -]{2,60}?\s+(?:(?:does|do|did|has|have|had|would|could|will)(?:\s+not|n['’]t)|"
    r"(?:has|have|had)\s+(?:still\s+)?yet\s+to|cannot|can['’]t|won['’]t)\s+(?:yet\s+)?(?:say|said|tell|told|answer|answered|explain|explained|specify|"
    r"specified|reply|replied|respond|responded|comment|commented)(?:\s+(?:either|yet|so|publicly))?\s*[.!]?$"
)


def open_clauses(sentence: str) -> list[str]:
    """The sentence, then each clause after a colon or semicolon that states an unknown of its own: "Whether the
    ruling will reach other dams is anybody's bet: there are 19 operators, and none would say whether they are
    reviewing ..." holds two questions."""
    out = [sentence]
    # "The agency has not named the contractors it approached, and would not say how many asked for the pack": the
    # first conjunct states its own unknown, which the question of the whole sentence (the second's) leaves out.
    both = _SHARED_SUBJECT.match(sentence)
    if both is not None and states_unknown(f"{both.group('head')}."):
        out.append(f"{both.group('head')}.")
    posts = THREAD_STAMP.split(sentence)
    while len(posts) > 1 and not posts[-1].strip():
        posts.pop()  # a stamp that ends the text begins no post
    for n, post in enumerate(posts[1:], start=1):
        # A live thread's posts run together where a post ends without a full stop of its own ("... · 10:33 AM 11/ Has
        # anyone had their blood tested?"): each post says what it says.
        post = post.strip()
        last = n == len(posts) - 1
        if len(post.split()) >= 4 and post[:1].isupper() and (states_unknown(post) or (last and post.endswith("?"))):
            out.append(post)
    # A changelog's items or a podcast's chapters glued into one sentence: each item that states an unknown.
    for item in glued_items(sentence):
        if item != sentence and states_unknown(item):
            out.append(item if item.endswith((".", "?", "!")) else item + ".")
    # A message board's post header glued to the post's first line ("Posted by kestrel22 » Tue 3 May 2050, 14:02 Who
    # pays for the repairs?"): the post says what it says.
    header = _POST_HEADER.match(sentence)
    if header is not None:
        post = sentence[header.end() :]
        if len(post.split()) >= 4 and (states_unknown(post) or post.endswith("?")):
            out.append(post)
    # "... is a matter for the water board, which would not say whether it had been told": the body the relative
    # clause leaves silent has a question of its own.
    for relative in _WHICH_UNSAID.finditer(sentence):
        np_ = relative.group("np")
        out.append(f"{np_[:1].upper()}{np_[1:]} {relative.group('vp').rstrip(' ,')}.")
    for part in re.split(r"(?<=\w)[:;]\s+(?=[a-z])", sentence)[1:]:
        if re.match(rf"(?:{_WH_WORDS})\b", part):
            continue  # "Still unanswered: whether ...": the label's own question, asked of the whole sentence
        if _BARE_SILENCE.match(part):
            continue  # "...; the council's letter does not say.": the source's silence on the first clause's question
        tail = part[0].upper() + part[1:]
        if _DEPENDENCY.match(part) and states_unknown(sentence.split(part)[0].rstrip(" ;:") + "."):
            continue  # "The cost is not yet known; it depends on what the board achieves": the unknown's condition
        if len(tail.split()) >= 6 and states_unknown(tail):
            out.append(tail if tail.endswith((".", "?", "!")) else tail + ".")
    return out


# A person named in apposition: "one runner, Yasmin Barraclough, has not been seen".
_APPOSED_PERSON = re.compile(r"\b[a-z]+,\s+([A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+),\s+[a-z]")


def named_in_apposition(*sentences: str) -> str | None:
    """The person the nearest of `sentences` (the one just before first) names in apposition, if it names one only:
    whom "she" in "Nobody can tell us where she left the route" stands for after "one runner, Yasmin Barraclough, has
    not been seen"."""
    for sentence in sentences:
        names = _APPOSED_PERSON.findall(sentence)
        if len(names) == 1:
            return str(names[0])
        if names:
            return None
    return None


_PERSON_PRONOUN = re.compile(r"\b((?:[Ww]hether|if|how|when|why|what|where)\s+)(?:he|she)\b")


def with_person(sentence: str, name: str) -> str | None:
    """The sentence with "he"/"she" after its wh-word read as `name`, or None when it has no such pronoun."""
    named, n = _PERSON_PRONOUN.subn(lambda m: m.group(1) + name, sentence, count=1)
    return named if n else None


# A verb phrase left out after a modal and "be" ("who decided they should not be"), and the passive it stands for in
# the clause before ("consultants were "not routinely informed"").
_ELIDED = re.compile(
    r"^(?P<head>.*?\b)(?P<pron>they|it|he|she)\s+(?P<aux>should|would|could|must|might|may|will|was|were|is|are)"
    r"(?P<neg>\s+not|n['’]t)?\s+be$"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?P<subj>[a-z]+s|[A-Z][\w'’-]+)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+[\"“]?(?:not\s+)?"
    r"(?:[a-z]+ly\s+)?(?P<part>[a-z]+(?:ed|en|wn)|told|sent|paid|kept|left|held|made|built|sold|found|heard|brought|"
    r"bought|taught|caught|put|set|cut|shut|let|read)\b"
)


# "Claims from individual students are not included, because nobody can yet tell us how many there will be": the
# noun "how many" counts is the subject's, left out of the clause.
_COUNTED_SUBJECT = re.compile(
    r"^(?P<np>[A-Z][a-z]+s(?:\s+(?:from|of|by|for|against|to|in)\s+[^,;:]{2,40}?)?)\s+"
    r"(?:are|were|will|would|have|had|is|was|remain|could|may|might)\b"
)


def _counted_noun(before: str, clause: str) -> str:
    m = re.match(
        r"(?P<q>many|much)\s+(?P<rest>there\s+(?:will|would|is|are|was|were|might|may|could)\b.*)$", clause.strip()
    )
    subject = _COUNTED_SUBJECT.match(_ANY_LABEL.sub("", before.strip())) if m else None
    if m is None or subject is None:
        return clause
    return f"{m.group('q')} {_lower_first(subject.group('np'))} {m.group('rest')}"


def _fill_ellipsis(before: str, clause: str) -> str:
    """ "The report says consultants were "not routinely informed" but does not say who decided they should not be":
    the clause is "decided consultants should not be informed"."""
    m = _ELIDED.match(clause.strip().rstrip("."))
    passive = _PASSIVE_BEFORE.search(before) if m else None
    if m is None or passive is None:
        return clause
    subj = passive.group("subj")
    if (m.group("pron") == "they") != _plural(subj) and not subj[:1].isupper():
        return clause
    return f"{m.group('head')}{subj} {m.group('aux')}{m.group('neg') or ''} be {passive.group('part')}"


def _resolve_pronoun(before: str, clause: str, cue: str = "") -> str:
    """'whether it will offer aid' after 'The regional government has not said': the pronoun is that subject.

    A possessive stands for the subject's ('whether its members ...' -> 'the union's members'); after
    '... said an inquiry had been opened but would not say when it ...', "it" is that clause's subject.
    """
    head, _, rest = clause.strip().partition(" ")
    if head.lower() not in ("it", "they", "he", "she", "its", "their") or not rest:
        return clause
    # "No household has been given any indication of when it can go home": "it" is any household, each one.
    nobody = re.match(
        r"^(?:(?:But|And|So),?\s+)?No\s+(?P<noun>[a-z]+)\s+(?:has|had|was|is|will|can)\b", f"{before} {cue}".strip()
    )
    if nobody and head.lower() == "it" and not _plural(nobody.group("noun")):
        return f"each {nobody.group('noun')} {rest}"
    # "The Director advised that the insurers had not yet indicated whether they ...": the reported clause's subject.
    reported = re.search(
        r"\b(?:that|said|says|advised|stated|reported|added|confirmed)\s+(?P<np>(?:the|its|their)\s+[a-z][\w'’-]*"
        r"(?:\s+[a-z][\w'’-]*){0,2})\s*$",
        before,
    )
    if reported:
        np_ = reported.group("np")
        plural = _plural(np_.split()[-1])
        if (head.lower() == "they" and plural) or (head.lower() == "it" and not plural):
            return f"{np_} {rest}"
        if (head.lower() == "their" and plural) or (head.lower() == "its" and not plural):
            return f"{np_}'" + ("" if plural else "s") + f" {rest}"
        return clause
    # "there are 19 operators ..., and none of them would say whether they are reviewing ...": "they" are the ones
    # "none of them" counts, the plural noun counted before it.
    said = f"{before} {cue}"
    none = re.search(r"\bnone\s+of\s+(?:(?:the|these|those)\s+(?P<noun>[a-z]+s)|them)\b", said)
    if none and head.lower() in ("they", "their"):
        noun = none.group("noun")
        if noun is None:
            counted = re.findall(
                r"\b(?:\d[\d,]*|several|many|some|all|the)\s+(?:[a-z]+\s+)?([a-z]+s)\b", said[: none.start()]
            )
            noun = counted[-1] if counted else None
        if noun:
            return f"the {noun} {rest}" if head.lower() == "they" else f"the {noun}' {rest}"
    people = re.match(r"^(?:(?:But|And|So),?\s+)?(?P<noun>[A-Z][a-z]+s)\s+(?:who|in|at|from|of|with)\b", before)
    if people and head.lower() in ("they", "their"):  # "Growers who lost blossom ... are asking whether they ..."
        noun = people.group("noun").lower()
        return f"{noun} {rest}" if head.lower() == "they" else f"{noun}' {rest}"
    c = _CONJOINED_SUBJECT.search(before)
    if c and head.lower() in ("it", "its"):
        noun = f"the {c.group('noun')}"
        return f"{noun}'s {rest}" if head.lower() == "its" else f"{noun} {rest}"
    m = _MATRIX_SUBJECT.match(before)
    if m is None or re.split(r"['’]", m.group("subj").split()[0])[0] in ENGLISH.never_names - {"The"}:
        named = head.lower() in ("he", "she") and _named_before(before + cue, head.lower(), rest)
        return named or _named_before(cue, head.lower(), rest) or clause
    subj = m.group("subj")
    if re.search(
        r"\b(?:has|have|had|is|was|did|does|would|could|will|said|says|advised|stated|reported|told|announced|"
        r"confirmed|added|noted|explained|that)\b",
        subj,
    ):
        return clause
    if head.lower() in ("its", "their"):
        owner = _lower_first(subj)
        return f"{owner}' {rest}" if head.lower() == "their" and owner.endswith("s") else f"{owner}'s {rest}"
    return f"{_lower_first(subj)} {rest}"


# A name in the sentence before the cue: "Its chairman, Oskar Lind, has been named ..., but it is uncertain whether
# he will travel" (a person: two capitalised words); "no response from Transalpe to the question of whether it ..."
# (a body: one capitalised word that does not open the sentence).
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)(?![\w'’-])")


def _named_before(before: str, pronoun: str, rest: str) -> str | None:
    names = [m for m in _NAME_BEFORE.finditer(before) if m.start() > 0 or " " in m.group("name")]
    names = [m for m in names if m.group("name").split()[0] not in ENGLISH.never_names]
    if pronoun in ("he", "she"):
        names = [m for m in names if " " in m.group("name")]
    elif pronoun not in ("it", "its"):
        return None
    if not names:
        return None
    name = names[-1].group("name")
    return f"{name}'s {rest}" if pronoun == "its" else f"{name} {rest}"


# "... said an inquiry had been opened but ": the subject of the clause the cue's own clause is joined to.
_CONJOINED_SUBJECT = re.compile(
    r"\b(?:said|says|that)\s+(?:an?|the)\s+(?P<noun>[a-z]+)\s+(?:had|has|have|was|were|is|would|will)\b[^,;]*?"
    r"\s+but\s*$"
)


_RHETORICAL = re.compile(
    r"\b(?:I|me|my|we|us|our|you|your)\b|^(?:So|And|But|Or|Why not|Who knows|Is it any wonder|Q\.|Q:)|"
    r"^(?:What|Who|Where|Why|How)\s+(?:else|on earth)\b|^What about\b",
)


def is_real_question(sentence: str) -> bool:
    """A question the text poses about the story, not a quote, a poll item, a heading or a rhetorical aside."""
    s = sentence.strip()
    if not s.endswith("?") or len(s.split()) < 6 or s.startswith(('"', "“", "'", "‘")):
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False  # a Q&A heading, "HOW MANY PEOPLE ARE AFFECTED?"
    if s.count('"') % 2 or s.count("“") != s.count("”"):
        return False
    return not _RHETORICAL.search(s)


def _lower_first(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    if first in ("The", "A", "An", "This", "That", "These", "Those", "Its", "Their"):
        first = first.lower()
    elif _COMMON_HEAD.match(phrase):
        first = first.lower()  # "Transport for pupils ...": capitalised only because it opened the sentence
    return f"{first} {rest}".strip()


# A capitalised word before a preposition and a lower-case word is a common noun that opened the sentence
# ("Transport for pupils", "Funding for the scheme"); a name's next word is a name too ("Bank of England").
_COMMON_HEAD = re.compile(
    r"^[A-Z][a-z]+\s+(?:for|of|to|from|with|at|in|on|by)\s+(?:(?:the|a|an)\s+[a-z]|(?!(?:the|a|an)\s)[a-z])"
    # "Officials in Brevik", "Growers who lost fruit": a plural noun of people, not a name.
    r"|^[A-Z][a-z]+(?:ials|ers|ents|ors|ists|ians|ees|ants)\s+(?:in|at|from|of|who|with|on)\b"
)


# "the second feed, which is supposed to take over in a fault, didn't": the verb phrase left out is the one supposed.
_SUPPOSED_DIDNT = re.compile(
    r"^(?P<subj>[^,]{3,80}),\s+which\s+(?:is|was|are|were)\s+(?:supposed|meant|designed|expected|due)\s+to\s+"
    r"(?P<vp>[^,]{3,80}),\s+(?P<neg>didn[’']t|did\s+not|wasn[’']t|was\s+not|doesn[’']t|does\s+not)\s*$"
)


_BRIDGE = re.compile(
    r"^((?:(?:much|many)\s+)?(?:[a-z][\w'’-]*\s+)?)(?P<subj>they|people|officials|he|she|it|we|you|the\s+[a-z]+|"
    r"[a-z]{3,}(?<![su]s)s)\s+(?P<verb>think|thinks|believe|believes|expect|expects|reckon|reckons|estimate|estimates)"
    r"\s+(?=(?:the|a|an|its|their|this|that|[A-Z][\w'’-]*)\s)"
)


# A subject of up to five words, then a finite auxiliary or modal: "the ward can hold", "the new pier will cost".
_FINITE_AFTER_SUBJECT = re.compile(
    rf"^(?:the|a|an|its|their|this|that|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_AUX_WORDS})\b(?!\s+to\b)"
)


# "how much dimming will save": a bare gerund after "much" is the subject of a verb that takes the amount as its object,
# not the amount's noun ("how much water will flow" counts water).
_GERUND_MEASURE = re.compile(
    r"^(?P<q>much|many)\s+(?P<subj>[a-z][\w-]*ing)\s+(?P<aux>will|would|could|can|might|may|does|did)\s+"
    r"(?P<verb>save|cost|raise|earn|make|pay|lose|spend|yield|fetch|generate|recover|need|charge|cut|add)"
    r"(?P<rest>(?:\s+(?:in|over|by|per|each|every|a|the|on|for)\b[^,;:]*)?)$"
)


def _wh_question(wh: str, clause: str) -> str | None:
    measured = _GERUND_MEASURE.match(clause.strip().rstrip(".")) if wh == "how" else None
    if measured is not None:
        g = measured.groupdict()
        return _finish(f"How {g['q']} {g['aux']} {g['subj']} {g['verb']}{g['rest']}")
    m = _SUPPOSED_DIDNT.match(clause.strip().rstrip("."))
    if m:
        aux = "does" if m.group("neg").startswith("does") else "did"
        return _finish(f"{wh} {aux} {_lower_first(m.group('subj'))} not {m.group('vp')}")
    # "whether X would lead to Y or could represent Z": the question asks the first alternative.
    # "but" cuts where a new clause starts; "infected but never tested" is one subject's two predicates.
    # "3,100" is a number; "in fuel, kit and replacement radios" a list, one noun phrase.
    cut = r",(?!\d{3}\b)(?!\s+[a-z]+(?:\s+[a-z]+)?\s+(?:and|or)\s+[a-z]+(?:\s+[a-z]+)?\s*$)"
    cut += r"|\s+but\s+(?!(?:never|not|also|still|later|now|then|was|were|is|are|had|has|have|did|could|would)\b)"
    cut += r"|\s+and\s+(?=analysts|officials|experts)|\s+--\s+|\s+-\s+"
    cut += r"|\s+or\s+(?=(?:could|would|will|may|might)\s)"
    cut += r"|\s+(?:or|and)\s+(?=(?:whether|if|how|what|when|why|who|where|which)\s)"
    # "whether the deputy leader, Tarek Saidi, was detained": a name set off by commas stays in the clause.
    clause = re.sub(r"(\w), ((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+), (?=[a-z])", "\\1 \x00\\2\x00 ", clause)
    # "who at the port decided, or failed to decide, that the check could wait": an alternative verb set off by commas
    # is part of the clause, not where it ends.
    clause = re.sub(
        r"(\w), ((?:or|and) (?:[a-z]+ed|what|who|how|which|would|could|might|may|will|did|tried)"
        r"(?: [a-z][\w'’-]*){0,3}), (?=[a-z])",
        "\\1 \x00\\2\x00 ",
        clause,
    )
    # "whether Voronin's assets, frozen since his arrest, would be confiscated": an aside set off by commas
    # before the clause's auxiliary is not part of the question.
    clause = re.sub(rf"^([^,]{{2,60}}?), (?:[a-z][^,]{{2,100}}), (?=(?:{_AUX_WORDS})\b)", r"\1 ", clause)
    clause = re.split(cut, clause, maxsplit=1)[0].replace(" \x00", ", ").replace("\x00 ", ", ")
    bridge = _BRIDGE.match(clause.strip()) if wh not in ("whether", "if") else None
    if (
        bridge is not None
        and wh != "why"
        and (wh != "how" or bridge.group(1).startswith(("much", "many")))
        and _FINITE_AFTER_SUBJECT.match(clause.strip()[bridge.end() :])
    ):
        # "how many beds they think the ward can hold": the guess's own subject and verb frame the question, which is
        # the clause after them ("How many beds can the ward hold?"). Only where what is left keeps a subject and a
        # finite verb ("the ministry estimates the number of deaths" is the clause's own verb; "officials expect the
        # stadium to hold" has none), and not after "why" or a bare "how", which ask of the guess itself ("why they
        # believe the attack was planned", "how people think the economy is doing").
        clause = bridge.group(1) + clause.strip()[bridge.end() :]
    elif bridge is not None:
        # A bridge that cannot be dropped is the clause's own subject and verb: "why investigators think the fire was
        # deliberate" -> "Why do investigators think the fire was deliberate?", "how the ministry estimates the number
        # of deaths" -> "How does the ministry estimate the number of deaths?".
        verb = bridge.group("verb")
        do, base = ("does", verb[:-1]) if verb.endswith("s") else ("do", verb)
        rest = clause.strip()[bridge.end() :].rstrip(" ,.")
        return _finish(f"{wh} {bridge.group(1)}{do} {bridge.group('subj')} {base} {rest}")
    ws = clause.strip().rstrip(",").split()
    if len(ws) < 2 or re.search(r"\w['’](?:re|m|ve|ll)\b|n['’]t\b|\(", clause) or not ws[0][:1].isalnum():
        return None  # a contraction or an aside cannot be inverted word by word ("what they're doing")
        return None
    if wh in ("whether", "if"):
        ws = _cut_alternative(ws)
        ws = _cut_second_predicate(ws)
        for i, w in enumerate(ws[:11]):
            # "since 2031", "until 2040": before a year or a number it is a preposition, no clause opens.
            if i > 0 and w.lower() in _SUBORDINATORS and not (i + 1 < len(ws) and ws[i + 1][:1].isdigit()):
                break  # "whether the crew waited while the engine was repaired": that auxiliary is the adverbial's
            if i > 0 and w.lower() in _AUX and ws[i - 1].lower() in _RELATIVE | {"to"}:
                continue  # "the players who were injured will be fit": the relative clause's verb stays put; "plans to
                # do": an infinitive, no auxiliary
            if (
                i > 1
                and w.lower() in _AUX
                and ws[i - 1] in ("I", "we", "they", "you", "he", "she")
                and ws[i - 2].isalpha()
                and ws[i - 2].islower()
                and ws[i - 2] not in _AUX | _RELATIVE | _SUBORDINATORS | _DETERMINERS
            ):
                continue  # "the house I have paid for will be worth": a relative clause without "that" keeps its verb
            if w.lower() in _AUX and 0 < i <= 10 and _verb_before(ws, i):
                inverted = _do_support(ws)  # "the move means the government has told BP": the first verb is "means"
                if inverted is not None:
                    return _finish(" ".join([inverted[0].capitalize(), *inverted[1:]]))
            if w.lower() in _AUX and 0 < i <= 10:
                if i == 1 and ws[0].lower() in ("it", "he", "she", "they", "this", "that"):
                    return None  # the question would not say who or what it is about
                if w.lower() in ("have", "has", "had") and i + 1 < len(ws) and _owns(ws[i + 1]):
                    # "whether they have any claim", "whether the owner had insurance": "have" owns something here,
                    # and takes "do" in a question.
                    do = "Does" if w.lower() == "has" else "Did" if w.lower() == "had" else "Do"
                    return _finish(" ".join([do, _lower_first(" ".join(ws[:i])), "have", *ws[i + 1 :]]))
                question = [w.capitalize(), _lower_first(" ".join(ws[:i])), *ws[i + 1 :]]
                return _finish(" ".join(question))
        inverted = _sole_past(ws) or _do_support(ws)  # "whether BP ignored warning signs": "did", not "does ... sign"
        if inverted is not None:
            return _finish(" ".join([inverted[0].capitalize(), *inverted[1:]]))
        return None  # no auxiliary or finite verb to put first: "Whether the shrimp?" is no question
    phrase = [wh]
    rest = ws
    there = re.match(
        rf"^(?P<pre>(?:(?!\b(?:{_AUX_WORDS})\b).)+?)\s+there\s+(?P<aux>will|would|is|are|was|were|might|may|could|has|have|had)"
        r"\b(?P<post>.*)$",
        " ".join(ws),
    )
    if there and wh in ("how", "what", "which"):  # "how many claims there will be": "will" goes before "there"
        return _finish(f"{wh} {there.group('pre')} {there.group('aux')} there{there.group('post')}")
    if wh in ("what", "who") and len(rest) > 1 and _wh_is_subject(rest):
        return _finish(" ".join(phrase + rest))  # "what happens to the 22 sailors": the wh-word is the subject
    if wh == "where" and len(rest) > 2 and rest[0] in ("in", "on", "at") and rest[1][:1].isupper():
        phrase += rest[:2]  # "where in Makoria the drum would be kept": the place narrows "where"
        rest = rest[2:]
    if (
        wh == "how"
        and len(rest) > 2
        and rest[0].lower() in ("much", "many")
        and rest[1].lower() in ("more", "fewer", "less", "further", "extra")
        and rest[2].islower()
        and rest[2] not in _AUX | _PRONOUNS | _DETERMINERS
    ):
        # "how many more fragments are out there": the comparative belongs to the quantity, not the subject, so the
        # question is made without it and it is put back after "many" ("How many more fragments are out there?").
        plain = _wh_question(wh, " ".join([rest[0], *rest[2:]]))
        if plain is not None and plain.lower().startswith(f"how {rest[0].lower()} "):
            at = len(f"how {rest[0]} ")
            return f"{plain[:at]}{rest[1].lower()} {plain[at:]}"
    if wh == "how" and rest and rest[0].lower() in ("much", "many"):
        noun = len(rest) > 1 and rest[1].islower() and rest[1] not in _AUX | _PRONOUNS | _DETERMINERS
        noun = noun or (len(rest) > 2 and rest[0].lower() == "many" and rest[1][:1].isupper() and rest[1].endswith("s"))
        take = 2 if noun else 1  # "how much oil was ...", but not "how much it was ..." or "how much the ..."
        if noun and rest[0].lower() == "much" and _plural(rest[1]) and len(rest) > 2 and rest[2].lower() in _AUX:
            # "how much fares will rise": a degree, and "fares" the subject -> "How much will fares rise?"
            return _finish(" ".join(["how", "much", rest[2], rest[1], *rest[3:]]))
        aux_at = next((j for j in range(2, min(len(rest), 6)) if rest[j].lower() in _AUX), None) if noun else None
        span = rest[1:aux_at] if aux_at is not None else []
        if (
            len(span) > 1
            and span[-1].islower()
            and not any(w.lower() in _PRONOUNS | _DETERMINERS or w.endswith(("'s", "’s")) for w in span)
        ) or (len(span) > 1 and span[1].lower() in ("at", "in", "from", "on", "of", "across", "among", "with")):
            # "how much unaffected Corvalex stock is left": the whole noun phrase is the subject, no inversion.
            named = next((k for k in range(1, len(span)) if span[k][:1].isupper()), None)
            after = rest[aux_at + 1].lower() if aux_at is not None and aux_at + 1 < len(rest) else ""
            if (
                named is not None
                and aux_at is not None
                and rest[aux_at].lower() in ("have", "has", "had")
                and _PARTICIPLE.fullmatch(after)
            ):
                # "how much timber Norland mills have bought": an active perfect takes the quantity as its object,
                # and the name opens the subject -> "How much timber have Norland mills bought?"
                return _finish(
                    " ".join(["how", rest[0], *span[:named], rest[aux_at], *span[named:], *rest[aux_at + 1 :]])
                )
            return _finish(" ".join(["how", *rest]))
        phrase += rest[:take]
        rest = rest[take:]
        if phrase[-1].lower() == "of":
            return _finish(" ".join(phrase + rest))  # "how much of the oil had been processed"
    elif (
        wh == "how"
        and rest
        and (
            rest[0].lower() in ("long", "soon", "far", "big", "bad", "serious", "severe", "large", "fast", "often")
            or rest[0].endswith("ly")
        )
    ):
        phrase += rest[:1]
        rest = rest[1:]
        if (
            phrase[-1] == "far"
            and 2 < len(rest) < 6
            and rest[0] in ("down", "up", "back", "along", "out", "ahead", "behind")
        ):
            rest = [*rest[1:], rest[0]]  # "how far down the void goes": "How far does the void go down?"
        if len(rest) > 2 and rest[0].lower() in ("a", "an") and rest[1].islower():
            # "how large a position his firm holds": the degree takes its noun phrase ("how large a position").
            end = next((j for j in range(2, min(len(rest), 5)) if _subject_start(rest[j])), None)
            if end is not None:
                phrase += rest[:end]
                rest = rest[end:]
                inverted = _do_support(rest)
                if inverted is not None:
                    return _finish(" ".join(phrase + inverted))
    if rest and rest[0].lower() in _AUX:
        return _finish(" ".join(phrase + rest))
    main = next((i for i, w in enumerate(rest) if w.lower() in _SUBORDINATORS), len(rest))
    # "what the trust plans to do with it": a verb after "to" is an infinitive, not the clause's auxiliary.
    aux_at = next(
        (i for i, w in enumerate(rest[: min(7, main)]) if w.lower() in _AUX and i > 0 and rest[i - 1].lower() != "to"),
        None,
    )
    if aux_at is not None and wh in ("what", "which", "how"):
        # "what role the banks would play": the subject starts at its determiner or name.
        start = next((j for j in range(1, aux_at) if _subject_start(rest[j])), None)
        after_aux = [w.lower().strip("\"'“”‘’.,;") for w in rest[aux_at + 1 : aux_at + 3] if w.lower() != "not"]
        # "how teaching assistants would be shared": a passive or a verb after the auxiliary leaves no adjective for
        # "how" to take; the whole phrase before it is the subject.
        predicative = bool(after_aux) and after_aux[0] in ("be", "become", "prove", "seem", "remain", "look", "feel")
        predicative = predicative and not (
            len(after_aux) > 1
            and (
                after_aux[1].endswith(("ed", "en"))
                or (after_aux[1] in _IRREGULAR_PAST or after_aux[1] in _UNCHANGED_PAST)
            )
        )
        if (
            start is None
            and wh == "how"
            and aux_at > 1
            and not _subject_start(rest[0])
            and (predicative or len(rest) == aux_at + 1 or (len(rest) == aux_at + 2 and after_aux == ["be"]))
        ):
            start = 1  # "how effective current vaccines would be": "how" takes its adjective
        named = rest[0][:1].isupper() and aux_at == 1  # "what Vantel would pay": a name is the subject
        if named and rest[1].lower() in ("do", "does", "did") and (len(rest) == 2 or rest[2].lower() in _PREPOSITIONS):
            return _finish(" ".join([*phrase, rest[1], rest[0], "do", *rest[2:]]))  # "what BP does in this context"
        if _bare_pronoun(rest[0]) or (len(rest) > 1 and wh != "how" and _bare_pronoun(rest[1])):
            return None  # "what it was", "which steps they need": the question would not say who "it" is
        possessive = rest[0].endswith(("'s", "’s"))  # "what BP's strategy will be": as "what its strategy"
        if start is None and wh in ("what", "which") and rest[0].lower() not in _DETERMINERS and not named | possessive:
            return _finish(" ".join(phrase + rest))  # "which companies were targeted": no inversion
        took_adjective = wh == "how" and len(phrase) > 1  # "how far the virus will spread": "far" is taken
        # "how effective current vaccines would be" takes its adjective; "how the cost of the salvage will be shared"
        # opens on its subject, which the auxiliary goes before.
        how_adjective = wh == "how" and not took_adjective and rest[0].lower() not in _DETERMINERS
        # "how long restoring each service will take": a gerund opens the subject, the auxiliary goes before it.
        gerund = rest[0].islower() and rest[0].endswith("ing") and len(rest[0]) > 5 and took_adjective
        if start is not None and not gerund and (not _subject_start(rest[0]) or how_adjective):
            if rest[start - 1].lower() in ("of", "for", "in", "on", "to", "from", "with"):
                return _finish(" ".join(phrase + rest))  # "what share of the fines should go": no inversion
            phrase += rest[:start]
            rest = rest[start:]
    if wh == "who" and rest and rest[0].islower() and rest[0].lower() not in _DETERMINERS | _PRONOUNS | _AUX:
        return _finish(" ".join(phrase + rest))  # "who made decisions after it was found": "who" is the subject
    for i, w in enumerate(rest[:11]):
        if w.lower() in _SUBORDINATORS and i > 0:
            break  # "how many other people died while the power was off": that auxiliary is the adverbial clause's
        if w.lower() in _AUX and i > 0 and rest[i - 1].lower() != "to":
            if i == 1 and rest[0].lower() in _PRONOUNS:
                return None  # "How much was it paying?": the question would not say who "it" is
            return _finish(" ".join([*phrase, w, _lower_first(" ".join(rest[:i])), *rest[i + 1 :]]))
    if rest and (_bare_pronoun(rest[0]) or (len(rest) > 1 and wh in ("what", "which") and _bare_pronoun(rest[1]))):
        return None  # "how they got there": the question would not say who they are
    if wh == "who" and rest and rest[0].islower() and rest[0].lower() not in _DETERMINERS:
        return _finish(" ".join(phrase + rest))  # "who made the decisions": "who" is the subject
    # A clause's only past form is its verb before a plural noun's guess ("why BP ignored warning signs").
    inverted = _sole_past(rest) if wh in ("how", "why", "when", "where") else None
    if inverted is not None and phrase == ["how", "long"] and "before" in inverted[3:]:
        # "how long the list existed before the audit": a span up to a past moment, the past perfect's
        verb = next((w for w in rest if w.endswith("ed") and _past_base(w) == inverted[2]), None)
        if verb is not None:
            inverted = ["had", inverted[1], verb, *inverted[3:]]
    inverted = inverted or (_do_support(rest) if wh != "who" else None)
    if inverted is not None:
        return _finish(" ".join(phrase + inverted))
    if wh in ("what", "which") and len(rest) > 2 and rest[0].islower() and not _subject_start(rest[0]):
        # "which candidate the remaining ballots favored": the wh-phrase is the object, its subject follows.
        start = next((j for j in range(1, min(len(rest), 4)) if _subject_start(rest[j])), None)
        inverted = _do_support(rest[start:]) if start is not None else None
        inverted = inverted or (_past_at_end(rest[start:]) if start is not None else None)
        if start is not None and inverted is not None:
            return _finish(" ".join([*phrase, *rest[:start], *inverted]))
    if phrase[0] in ("how", "when", "why", "where") and (
        phrase[1:2] not in (["many"], ["much"]) or (len(phrase) == 2 and rest and _subject_start(rest[0]))
    ):  # "How much the programme cost?" is no question either
        return None  # no auxiliary to put first and no verb to take "do": "How this virus came to be?" is no question
    if phrase == [wh] and wh in ("what", "which") and rest and rest[0].lower() in _DETERMINERS:
        return None  # "What the administrators achieve for the group?": a subject after the object, no verb inverted
    return _finish(" ".join(phrase + rest))


# Words that open an adverbial or relative clause: an auxiliary after one is that clause's, not the question's.
_SUBORDINATORS = frozenset(
    ["while", "when", "because", "if", "after", "before", "since", "until", "although", "though", "whereas", "unless"]
)
# Verbs whose subject a wh-word can be: "what happens to the crew", "what caused the fault", "what went wrong".
_WH_SUBJECT_VERBS = frozenset(
    [
        "happens",
        "happened",
        "caused",
        "causes",
        "went",
        "goes",
        "led",
        "leads",
        "prompted",
        "triggered",
        "remains",
        "lies",
        "lay",
        "drove",
        "drives",
        "made",
        "makes",
        "becomes",
        "became",
    ]
)


def _wh_is_subject(rest: list[str]) -> bool:
    """The wh-word is the clause's subject when a finite verb follows it: "what happens to ...", "what prompted the
    move"; "what sanctions the union faces" has a noun there, which a determiner or a name follows."""
    first = rest[0]
    if first in _WH_SUBJECT_VERBS:
        return True
    return first.islower() and first.endswith("ed") and len(first) > 4 and rest[1].lower() in _DETERMINERS


# Common irregular pasts beyond the lexicon's: "whether any other athletes bought from the same batch" takes "did".
_IRREGULAR_PAST = ENGLISH.past_to_base | {
    w: b
    for w, b in (
        p.split(":")
        for p in [
            "bought:buy",
            "brought:bring",
            "thought:think",
            "told:tell",
            "left:leave",
            "kept:keep",
            "built:build",
            "sent:send",
            "began:begin",
            "ran:run",
            "wrote:write",
            "fell:fall",
            "caught:catch",
            "taught:teach",
            "fought:fight",
            "drove:drive",
            "rose:rise",
            "met:meet",
            "led:lead",
            "heard:hear",
            "felt:feel",
            "stood:stand",
            "understood:understand",
            # Pasts whose base the spelling does not tell, for "did" in a question ("whether the bank broke the rules").
            "broke:break",
            "spoke:speak",
            "stole:steal",
            "froze:freeze",
            "woke:wake",
            "sank:sink",
            "shrank:shrink",
            "drank:drink",
            "rang:ring",
            "sang:sing",
            "hid:hide",
            "fled:flee",
            "lent:lend",
            "dealt:deal",
            "struck:strike",
            "stuck:stick",
            "dug:dig",
            "swept:sweep",
            "slept:sleep",
            "blew:blow",
            "grew:grow",
            "threw:throw",
            "flew:fly",
            "drew:draw",
            "withdrew:withdraw",
            "forgot:forget",
            "shook:shake",
            "sought:seek",
            "swore:swear",
            "burst:burst",
            "spread:spread",
        ]
    )
}


_NOT_OWNED = frozenset(
    [
        "already",
        "yet",
        "ever",
        "never",
        "also",
        "still",
        "just",
        "not",
        "since",
        "now",
        "long",
        "recently",
        "previously",
        "been",
        "got",
        "gotten",
        "to",
        "only",
        "always",
        "once",
        "twice",
        "repeatedly",
        "both",
        "all",
    ]
)


def _owns(word: str) -> bool:
    """After "have": an object owned ("any claim", "insurance"), not a perfect's participle ("approved", "told",
    "been") or an adverb before one ("already")."""
    w = word.lower()
    if w in ("any", "a", "an", "no", "enough", "some", "more", "the"):
        return True  # "whether the bridges have the same fault": a perfect's "have" is never followed by "the"
    if not word.isalpha() or not word.islower() or w in _NOT_OWNED or w in _IRREGULAR_PAST or w in _DETERMINERS:
        return False
    return not w.endswith(("ed", "en", "wn", "ne", "ly", "ght"))


def _bare_pronoun(word: str) -> bool:
    """'it', 'they', 'he': a pronoun that is not also a determiner ('this', 'that')."""
    return word.lower() in _PRONOUNS and word.lower() not in _DETERMINERS


def _plural(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _base_form(verb: str) -> tuple[str, str] | None:
    """('does'|'did'|'do', base form) for a finite lexical verb, or None when the word is not one."""
    if verb in _IRREGULAR_PAST:
        return "did", _IRREGULAR_PAST[verb]
    # A regular past ("-ed") is left alone: it is as often a participle ("remain unaccounted for").
    if _plural(verb) and len(verb) > 3:
        if verb.endswith("ies"):
            return "does", verb[:-3] + "y"
        if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
            return "does", verb[:-2]
        return "does", verb[:-1]
    return None


_PARTICLES = frozenset(["out", "up", "off", "down", "away", "back", "over"])
# Base forms a plural subject takes as its verb ("the centres open", "the talks resume"): bare, they are no nouns.
_BASE_VERBS = frozenset(_IRREGULAR_PAST.values()) | frozenset(
    [
        "open",
        "reopen",
        "close",
        "stay",
        "remain",
        "return",
        "resume",
        "continue",
        "survive",
        "recover",
        "qualify",
        "sail",
        "fly",
        "operate",
        "start",
        "stop",
        "work",
        "play",
        "sit",
        "arrive",
        "leave",
        "shut",
        "lie",
        "exist",
        "live",
        "stand",
        "achieve",
        "decide",
        "agree",
        "want",
        "intend",
        "expect",
    ]
) - frozenset(["set", "cut", "put", "hit", "cost", "let"])


def _past_at_end(ws: list[str]) -> list[str] | None:
    """'the remaining ballots favored' -> ['did', 'the remaining ballots', 'favor']: a clause whose object was
    moved out to the wh-phrase ends in its verb; a regular past whose base the spelling tells takes "did"."""
    particle = [ws[-1]] if ws[-1] in _PARTICLES and len(ws) > 2 else []  # "the storm brought down"
    ws = ws[:-1] if particle else ws
    verb = ws[-1].rstrip(",")
    if len(ws) < 2 or not verb.islower() or any(w.lower() in _AUX for w in ws[:-1]):
        return None
    base = _past_base(verb)
    if base is None:
        return None
    return ["did", _lower_first(" ".join(ws[:-1])), base, *particle]


def _past_base(verb: str) -> str | None:
    """The base form of a past verb when its spelling tells it: 'went' -> 'go', 'closed' -> 'close', 'passed' ->
    'pass'; None for 'named' or 'visited', whose base the spelling leaves open."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if not verb.endswith("ed") or len(verb) < 5:
        return None
    stem = verb[:-2]
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    if re.search(r"(?:[^aeiou][cgvzu]|[^s]s|[bcdfgkpstz]l|v)$", stem):
        return stem + "e"  # closed, charged, toppled; survived, moved (no verb ends in "v")
    cluster = re.search(r"([^aeiou])([^aeiou])or$", stem)
    if cluster and cluster.group(1) != cluster.group(2) and cluster.group(0)[:2] not in ("ch", "th", "sh", "ph"):
        return stem + "e"  # ignored, explored, restored; not favored, mirrored, anchored
    if re.search(r"(?:[aeiou]{2}[^aeiou]?|[^aeiou]{2}|[aeiou][wxy]|[^aeiou](?:er|or|en|on))$", stem):
        return stem  # looked, worked, favored, considered, opened, passed
    return None


_NOUN_PREPOSITIONS = frozenset(
    ["to", "of", "in", "on", "for", "with", "at", "from", "by", "about", "under", "over", "into", "as", "than"]
)
_LINKING = frozenset(
    [
        "stay",
        "stays",
        "remain",
        "remains",
        "seem",
        "seems",
        "look",
        "looks",
        "become",
        "becomes",
        "get",
        "gets",
        "keep",
        "keeps",
        "go",
        "goes",
        "feel",
        "feels",
        "appear",
        "appears",
        "prove",
        "proves",
        "stayed",
        "remained",
        "seemed",
        "looked",
        "became",
        "got",
        "kept",
        "went",
        "felt",
        "appeared",
        "proved",
    ]
)


_FREE_RELATIVE = frozenset(["whatever", "whoever", "what", "who", "which", "that", "wherever", "whichever"])


def _sole_past(ws: list[str]) -> list[str] | None:
    """'those parts passed inspection at Kestrel' -> ['did', 'those parts', 'pass', 'inspection', ...]: a clause with
    no auxiliary has its finite verb in its only past form, however bare the object after it ("passed inspection",
    "failed tests"); a second past form ("the parts inspected by Kestrel failed") leaves the verb in doubt."""
    if len(ws) < 3 or not _subject_start(ws[0]) or ws[0].lower() in _PRONOUNS - _DETERMINERS:
        return None
    # An auxiliary after "before", "while", "because" is the adverbial clause's, which ends the search.
    main = next((j for j, w in enumerate(ws) if w.lower() in _SUBORDINATORS and j > 0), len(ws))
    if any(w.lower() in _AUX for w in ws[:main]):
        return None
    # The subject takes a word at least, two after a determiner ("BP ignored", "those parts passed").
    first = 2 if ws[0].lower() in _DETERMINERS else 1
    # "amounted to protected disclosures": a past form after a preposition or a determiner qualifies a noun.
    pasts = [
        i
        for i, w in enumerate(ws[:main])
        if i >= first
        and w.isalpha()
        and w.islower()
        and (w in _IRREGULAR_PAST or w.endswith("ed"))
        and ws[i - 1].lower() not in _DETERMINERS | _NOUN_PREPOSITIONS
    ]
    if len(pasts) != 1 or ws[pasts[0] - 1].lower() in _DETERMINERS or ws[pasts[0] + 1 : pasts[0] + 2] == ["by"]:
        return None
    if ws[pasts[0] - 1].lower() in _FREE_RELATIVE:
        return None  # "the cranes share whatever went wrong": the past is the relative clause's, not the main verb
    i = pasts[0]
    if ws[i - 1].lower() in _LINKING:
        return None  # "the school stays closed": a participle after a linking verb, which is the clause's verb
    base = _past_base(ws[i])
    if base is None or not all(w.isalpha() or w.endswith(("'s", "’s")) for w in ws[1:i]):
        return None
    return ["did", _lower_first(" ".join(ws[:i])), base, *ws[i + 1 :]]


def _past_with_object(ws: list[str], i: int) -> tuple[str, str] | None:
    """('did', base) for a regular past that takes a direct object ("carried out the checks", "closed the
    plant"): a passive participle takes none, so a determiner after the verb (or its particle) marks it finite."""
    verb = ws[i]
    if not verb.endswith("ed") or len(verb) < 5 or any(w.endswith(("ed", "ght")) for w in ws[1:i]):
        return None  # an earlier verb ("whether he thought the plan represented a risk"): this one is embedded
    after = ws[i + 1 : i + 3]
    if after and after[0] in _PARTICLES:
        after = after[1:]
    if not after or after[0].lower() not in _DETERMINERS:
        return None
    stem = verb[:-2]
    if verb.endswith("ied"):
        return "did", verb[:-3] + "y"  # carried -> carry
    if verb.endswith("eed"):
        return "did", verb[:-1]  # agreed -> agree
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return "did", stem[:-1]  # stopped -> stop
    if re.search(r"(?:[^aeiou][cgvzu]|[^s]s)$", stem):
        return "did", stem + "e"  # closed -> close, charged -> charge, issued -> issue
    if re.search(r"(?:[aeiou]{2}[^aeiou]?|[^aeiou]{2}|[aeiou][wxy])$", stem) or stem.endswith("en"):
        return "did", stem  # looked, worked, opened, played
    return None  # named / visited: the base form cannot be told from the spelling


def _do_support(ws: list[str]) -> list[str] | None:
    """'the data centre uses' -> ['does', 'the data centre', 'use']: a question needs an auxiliary first.

    The subject opens with a determiner or a name; its verb is the first lower-case finite verb after it
    that no determiner precedes ("the farmers lose" keeps "farmers" a noun).
    """
    # "manager Callum Reid stays": a role before a name opens the subject; "those parts passed": a demonstrative with
    # its noun is a determiner, not a pronoun.
    titled = next(
        (j for j in (1, 2) if len(ws) > j and ws[j][:1].isupper() and all(w.isalpha() and w.islower() for w in ws[:j])),
        0,
    )
    demonstrative = (
        len(ws) > 2 and ws[0].lower() in ("this", "that", "these", "those") and ws[1].isalpha() and ws[1].islower()
    )
    if not ws or not (_subject_start(ws[0]) or titled) or (ws[0].lower() in _PRONOUNS and not demonstrative):
        return None
    for i in range(1 + titled, min(len(ws), 9)):
        word = ws[i]
        following = ws[i + 1] if i + 1 < len(ws) else ""
        if _plural(word) and ws[i - 1].lower() in _DETERMINERS and following in _BASE_VERBS and i + 2 < len(ws):
            # "the results mean for patients": a plural noun straight after its determiner, then its base verb.
            return ["do", _lower_first(" ".join(ws[: i + 1])), *ws[i + 1 :]]
        if not word.isalpha() or not word.islower() or ws[i - 1].lower() in _DETERMINERS:
            continue
        if word in _AUX or word in ("of", "for", "in", "on", "to", "from", "with", "and", "or", "at", "by"):
            if word in ("and", "or", "of", "for", "in", "on", "to", "from", "with", "at", "by"):
                continue
            return None
        following = ws[i + 1] if i + 1 < len(ws) else ""
        participle = following.islower() and (following.endswith("ed") or following in _IRREGULAR_PAST)
        copula = word in ("stays", "remains", "seems", "looks", "becomes", "gets", "goes")  # "stays closed"
        if _plural(word) and (following == "of" or (participle and not copula)):
            continue  # "hundreds of", "the tar balls found in Texas": a noun, not a verb
        if _plural(word) and following in ("all", "both", "each"):
            continue  # "the cracked mounts all came out": a quantifier floats after its plural noun, not a verb
        after = ws[i + 2] if i + 2 < len(ws) else ""
        if _plural(word) and following in _FLOATING_ADVERBS and after in _BASE_VERBS and ws[i - 1].isalpha():
            # "the raw images still exist": an adverb between the plural noun and its verb, which takes "do".
            return ["do", _lower_first(" ".join(ws[: i + 1])), *ws[i + 1 :]]
        if _plural(word) and not copula and following in _BASE_VERBS:
            # "the cooling centres open again": the plural noun ends the subject, its verb takes "do".
            return ["do", _lower_first(" ".join(ws[: i + 1])), *ws[i + 1 :]]
        if word in _UNCHANGED_PAST and not _plural(ws[i - 1]) and _subject_start(following or "-"):
            # "the callout cost the team": a singular subject's verb without its "-s" is past, whatever its form.
            return ["did", _lower_first(" ".join(ws[:i])), word, *ws[i + 1 :]]
        of = next((j for j in range(1, i) if ws[j].lower() == "of"), None)
        if (
            of is not None
            and _plural(ws[of - 1])
            and not word.endswith(("s", "ed", "ing", "ly"))
            and word not in _DETERMINERS | _PRONOUNS | _PREPOSITIONS
            and not any(w.lower() in _AUX for w in ws[i:])
            and following
            and (following.lower() in _DETERMINERS or following.lower() in _FREE_RELATIVE or following[:1].isupper())
        ):
            # "the other three cranes of the same model share whatever went wrong": a plural head before its "of"
            # phrase, then a bare verb with its object.
            return ["do", _lower_first(" ".join(ws[:i])), *ws[i:]]
        base = _base_form(word) or _past_with_object(ws, i)
        if base is None:
            continue
        aux, verb = base
        return [aux, _lower_first(" ".join(ws[:i])), verb, *ws[i + 1 :]]
    return None


_FLOATING_ADVERBS = frozenset(["still", "also", "now", "already", "actually", "really", "even", "ever", "never", "all"])
# Verbs whose past is their base: after a singular subject, without "-s", only the past reads.
_UNCHANGED_PAST = frozenset(["cost", "put", "hit", "cut", "set", "let", "hurt", "shut", "spread", "split", "cast"])


_PRONOUNS = ENGLISH.pronouns


_DETERMINERS = ENGLISH.determiners


def _subject_start(word: str) -> bool:
    return word.lower() in _DETERMINERS or word[:1].isupper()


_PREPOSITIONS = frozenset(["in", "on", "at", "for", "with", "about", "to", "from", "by", "after", "before", "now"])


def _verb_before(ws: list[str], aux: int) -> bool:
    """A finite verb before the auxiliary, then a new subject: the auxiliary is an embedded clause's."""
    found = _do_support(ws[:aux])
    if found is None:
        return False
    verb_at = len(found[1].split())  # the subject's words come before the verb
    # The verb takes an object or a clause right after it ("means the government", "carried out the checks"), not
    # a phrase ("the tar balls found in Texas were dropped": "found" is a participle, "were" the verb).
    following = ws[verb_at + 1 : aux][:2]
    if following and following[0] in _PARTICLES:
        following = following[1:]
    return any(_subject_start(w) or w.lower() == "that" for w in following[:1])


def _cut_alternative(ws: list[str]) -> list[str]:
    """'whether X or not' -> 'X'."""
    if len(ws) > 2 and ws[-2:] == ["or", "not"]:
        return ws[:-2]
    return ws


# A past participle after "have": "taken", "bought", "landed" (not "been", which makes a passive or a copula).
_PARTICIPLE = re.compile(
    r"(?!been$)[a-z]{3,}(?:ed|en|wn)|caught|bought|sold|paid|made|kept|held|lost|spent|got|brought|sent|found|built|cut"
)


def _cut_second_predicate(ws: list[str]) -> list[str]:
    """'whether the levy is a tax or falls outside the rules' -> 'the levy is a tax': the second alternative shares the
    subject and has no auxiliary of its own to put first, so the question asks the first; 'whether the trains will run
    or buses will replace them' has its own subject, and stays. A plural noun after "or" beside another before it ("miss
    weeks or months of the season", "award damages or costs to the family") is one object's alternatives, no verb: the
    word after "or" is cut as a verb only when its own object follows, or when what stands before "or" is no plural."""
    for i in range(2, len(ws) - 2):
        verb, nxt = ws[i + 1], ws[i + 2].lower()
        own_object = (
            nxt in _DETERMINERS or nxt in ("it", "them", "him", "her") or nxt[:1].isdigit() or ws[i + 2][:1].isupper()
        )
        plural_before = re.fullmatch(r"[a-z]{2,}s", ws[i - 1]) is not None and not ws[i - 1].endswith(
            ("ss", "us", "is")
        )
        if (
            ws[i] == "or"
            and re.fullmatch(r"[a-z]{3,}s", verb)  # "will be refunded or moved": a participle shares the auxiliary
            and not verb.endswith(("ss", "us", "is"))
            and nxt not in _AUX
            and nxt not in ("not",)
            and (own_object or not plural_before)
            and any(w.lower() in _AUX for w in ws[1:i])
        ):
            return ws[:i]
    return ws


def _finish(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().rstrip(",")
    text = re.sub(r"\b([01]?\d|2[0-3]):([0-5]\d)\b", r"\1.\2", text)  # "at 14:10": a clock time, no heading's colon
    # "who would run the clinic or where": a second wh-word left bare is a question of its own, joined by "and".
    text = re.sub(r"(?<=\w)\s+(?:or|and)\s+(where|when|how|why)$", r", and \1", text)
    return text[0].upper() + text[1:] + "?"


# Article briefs: stricter cues, since one article has few sentences and each section must earn its place.
CONSEQUENCE = re.compile(
    r"\b(?:could|would|will|may|might|(?:is|are|was|were)\s+(?:likely|expected|set|due)\s+to|threatens? to)\s+"
    r"(?:\w+\s+){0,2}(?:mean|lead|cause|affect|hit|cost|force|threaten|trigger|result|damage|hurt|spread|change|reshape|"
    r"undermine|determine|shape|jeopardi[sz]e|delay|raise|push|reduce|limit|increase|cut|slow|halt|weigh|"
    r"derail|destroy|devastate|cripple|wipe|transform|decide|spark|fuel|deepen|worsen|ease)\b"
    r"|\b(?:could|would|will|may|might)\s+(?:\w+\s+)?(?:have to|double|soar|rise|fall|lose|face|kill|ruin|close|run "
    r"short|go bankrupt)\b"
    r"|\bthreaten(?:s|ed|ing)?\b|\bat stake\b|\bimplications?\b|\bconsequences?\b|\bmeans? that\b|\bmeaning that\b|"
    r"\bimpact (?:on|of)\b|\braising (?:fears|concerns|the prospect|questions|doubts)\b|\bfor the first time\b|"
    r"\bpav(?:e|es|ed|ing) the way\b|\ba blow to\b|\bsetback (?:for|to)\b|\bkey test\b|\bturning point\b"
    # "could leave the company facing claims", "would leave the city liable": the state an outcome puts one in.
    r"|\b(?:could|would|will|may|might)\s+(?:\w+\s+){0,2}leave\s+(?:[\w'’-]+\s+){1,4}?(?:facing|liable|without|in "
    r"limbo|exposed|unable|short|worse off|out of pocket|homeless|jobless|open to)\b"
    # "If the fire crosses the highway, the hospital lies in its path": a conditional states what follows.
    r"|^If\b[^,;]{3,120},\s+[^;]*?\b(?:would|could|will|may|might|lies?|faces?|risks?)\b"
    # "The loss of the depot would take £90m out of the economy": a possible event's outcome.
    r"|\b(?:loss|closure|collapse|failure|sale|departure|shutdown|cancellation|reversal) of\b[^.;]{2,60}?"
    r"\b(?:would|could|will|may|might)\b"
    r"|\bin (?:its|their|the) path\b|\bat risk\b"
    # "the trial is a test of whether the drive is real": what an event will show about something larger.
    r"|\b(?:is|was|will be|would be)\s+(?:a|the)\s+(?:\w+\s+)?test\s+(?:of|for)\b",
    re.IGNORECASE,
)
# Who and how many an outcome reaches: "employs about 9,000 people", "serves 20,000 people".
EXPOSURE = re.compile(
    r"\b(?:employs?|employing|serves?|serving|supplies|supplying|houses|housing)\s+(?:about\s+|some\s+|around\s+|"
    r"nearly\s+|more than\s+|over\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:people|residents|homes|households|"
    r"workers|staff|customers|patients|pupils|students|families)\b",
    re.IGNORECASE,
)
# A schedule, not a stake: when something is due, not what it means ("the council will vote on 15 January").
SCHEDULE = re.compile(
    r"\b(?:will|would|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to|plans to|"
    r"is expected to|are expected to)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:vote|decide|meet|rule|report|review|publish|announce|hold|start|visit|travel|testify|appear|return|"
    r"begin|open|reopen|close|resume|consider|debate|hear|sign|take effect|be (?:paid|published|held|carried out|"
    r"completed|finished|announced|decided))\b"
    r"|\bscheduled\b|\bpostponed (?:until|to)\b|\bdeadline\b|\bwithin (?:\w+ )?(?:days|weeks|months)\b|"
    r"\b(?:next|this) (?:week|month|year)\b|\b(?:starts?|starting|begins?|beginning|takes? effect|ends?) on\b|"
    r"\bbefore (?:Christmas|Easter)\b|\bby the end of\b|\btimetable\b|\bagenda\b",
    re.IGNORECASE,
)
# A development: something decided, done or reversed in this version of the story.
DEVELOPMENT = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:\w+\s+)?(?:ordered|postponed|approved|rejected|agreed|announced|cut|raised|"
    r"launched|signed|resigned|suspended|delayed|cancelled|canceled|voted|set up|created|banned|lifted|extended|"
    r"dropped|withdrawn|appointed|dismissed|fired|closed|reopened|collapsed|begun|started|ended|found|filed|won|lost|"
    r"reached|accepted|published)\b"
    r"|\b(?:ordered|postponed|approved|rejected|agreed|announced|cut|raised|launched|signed|resigned|suspended|"
    r"delayed|cancell?ed|voted|banned|lifted|extended|dropped|withdrew|appointed|dismissed|collapsed|reached|"
    r"accepted|published|unveiled|halted)\b"
    # An act named as a noun, the thing the sentence's own news follows: "The review follows the service on 15 October
    # by the landlord of forfeiture notices", "The claim came after the filing of the accounts".
    r"|\b(?:follows|followed|following|comes\s+after|came\s+after|after)\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?"
    r"(?:service|serving|filing|issuing|issuance|withdrawal|withdrawing|lodging|signing|publication|imposition|"
    r"revocation|suspension|cancellation|termination|rejection|approval|granting|sale|repeal|launch|appointment|"
    r"dismissal|seizure|removal)\b[^.;:\"“”]{0,60}?\bof\b",
    re.IGNORECASE,
)
SCALE = re.compile(
    r"\bbiggest\b|\blargest\b|\bworst\b|\bunprecedented\b|\bhistoric\b|\brecord\b|\bmillions of\b|\bbillions? of\b|"
    r"\bcrucial\b|\bcritical\b|\bsignificant(?:ly)?\b|\bdevastat",
    re.IGNORECASE,
)
# "would not delay the start", "would have cost a tenth": a consequence denied or one that did not happen.
NO_CONSEQUENCE = re.compile(
    r"\b(?:could|would|will|may|might)\s+(?:not|never|have\s+\w+(?:ed|en|t))\b|\bno\s+\w+\s+(?:will|would|could)\b",
    re.IGNORECASE,
)
ARTICLE_RISK = re.compile(
    r"\brisks?\b|\bthreat(?:s|en|ens|ened|ening)?\b|\bdanger|\bwarn(?:s|ed|ing)?\b|\bfears\b|\bfeared\b|"
    r"\bfear (?:that|of|over|about|for)\b|"
    r"\bfears?\s+(?:that\s+)?(?:the|a|an|its|their)\s+[^.;]{2,60}?\b(?:will|would|could)\b|"
    r"\bconcerns? (?:over|about|that)\b|\bworr(?:y|ies|ied) (?:that|about)\b|\bvulnerab|\bjeopard|"
    r"\b(?:could|may|might|would)\s+(?:\w+\s+)?(?:hurt|harm|damage|undermine|spread|worsen|fail|lose|collapse|"
    r"face|cost|delay|derail|trigger|threaten|destroy|kill|devastate|wipe|cripple|fall|drop|plunge|suffer)\b|"
    r"\bbacklash\b",
    re.IGNORECASE,
)
ARTICLE_OPPORTUNITY = re.compile(
    r"\bopportunit|\b(?:could|may|might|would|will)\s+(?:\w+\s+)?(?:benefit|help|boost|improve|create|speed|lift|"
    r"strengthen|revive|spur|save|protect|restore)\b|\bstands? to (?:gain|benefit)\b|\bbenefit(?:s|ed)? from\b|"
    r"\bupside\b|\bpromising\b|\bpotential to\b|\bbreakthrough\b|\breinvigorat",
    re.IGNORECASE,
)
_COMMENT_ONLY = re.compile(
    r"\b(?:declined|refused|was not available|could not be reached|did not respond)\b(?:\s+\w+){0,3}\s+"
    r"(?:to\s+)?(?:comment|for comment|requests? for comment)\b",
    re.IGNORECASE,
)
# A subject only an earlier sentence names; a possessive or a demonstrative with its noun ("their insurers", "this
# case") says enough, but a modal or a verb after it ("whether this will happen again", "this means") is no noun.
_PRONOUN_SUBJECT = re.compile(
    rf"(?:it|he|she|they|(?:this|that|these|those)(?!\s+(?!(?:{_AUX_WORDS}|been|means?|meant|happen(?:s|ed)?|shows?|"
    r"showed|suggests?|suggested|leaves?|left|makes?|made|seems?|seemed|looks?|looked)\b)[a-z]{3,}))\b",
    re.IGNORECASE,
)


_NOT_KNOW = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:yet\s+)?know|\b(?:don't|doesn't|didn't|don’t|doesn’t|didn’t)\s+(?:yet\s+)?know"
    r"|\bnot yet (?:clear|certain)\b|\bno (?:official )?(?:word|explanation|timetable|decision) (?:yet|on)\b"
    r"|\bgave no (?:estimate|explanation|details|figure|timetable)\b"
    r"|\b(?:did not|didn't|would not|wouldn't) (?:give|provide|offer) (?:an? )?(?:estimate|explanation|details|figure)"
    r"|^Neither\b[^.;]{0,60}\b(?:gave|provided|offered|disclosed|knew|said) (?:an? )?(?:estimate|explanation|figure)",
    re.IGNORECASE,
)
_NOT_KNOW_WH = re.compile(
    r"\b(?:know(?:\s+for\s+(?:certain|sure))?|(?:estimate|explanation|details|figure|timetable)\s+(?:of|on|for|as to))"
    r"\s*,?\s+(?P<wh>whether|if|how|what|when|why|who|where|which)\s+"
    r"(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)


def to_unknown(sentence: str) -> str | None:
    """What a sentence says is not known yet, in the reference's words: "Whether X." or the sentence itself.

    "It is unclear whether the refinery will reopen." -> "Whether the refinery will reopen."; a sentence
    such as "Acme has not disclosed the cause." stays as written; a question the text poses stays a
    question. Nothing is added: the result is a part of the sentence or all of it.
    """
    s = sentence.strip()
    items = glued_items(s)
    if len(items) > 1:
        # A changelog's items or a podcast's chapters run together: the item that states an unknown says it.
        found = next((u for u in map(to_unknown, (i for i in items if states_unknown(i))) if u is not None), None)
        if found is not None:
            return found
    if s.endswith("?"):
        return s if is_real_question(s) and len(s.split()) <= 35 else None
    own = _own_decision(s)
    if own is not None:  # "THE CHAIR: I cannot tell you whether I will ..." -> "Whether the chair will ..."
        m = _OWN_DECISION.match(s)
        assert m is not None
        who = _label_speaker(m.group("who"))
        return f"Whether {who} {m.group('aux')} {m.group('vp').rstrip('. ')}."
    s = _LABEL_PREFIX.sub("", s)  # a script's or transcript's speaker label is framing
    embedded = _EMBEDDED.search(s) or _knowing_wh(s)
    if not (states_unknown(s) or _NOT_KNOW.search(s)) or (_COMMENT_ONLY.search(s) and not embedded):
        return None
    on = _ON_QUESTION.match(s) if " on " in s else None
    if on is not None and _EVASION.search(on.group("answer")) and not _PRONOUN_SUBJECT.match(on.group("clause")):
        return f"{on.group('wh').capitalize()} {on.group('clause').strip()}."  # 'X on who will chair it: "Not yet."'
    fronted = _fronted_wh(s)
    if fronted is not None and not _PRONOUN_SUBJECT.match(fronted[1]):  # "Whether the ruling will reach other dams."
        clause = re.sub(r"\s+[-–—]\s.*$", "", fronted[1].strip())  # "- wheat sitting in a hot hull -": an aside
        return f"{fronted[0].capitalize()} {clause.rstrip(',')}."
    subject = _SUBJECT_CLAUSE.match(s)
    if subject and not _PRONOUN_SUBJECT.match(subject.group("clause")):
        return f"{subject.group('wh')} {subject.group('clause').strip()}."  # "Who will pay for the fund."
    kind = _kinds12_unknown(s)
    if kind is not None:
        return kind
    answer = _ANSWER_UNKNOWN.search(s) if " answer " in s else None
    if answer and not _PRONOUN_SUBJECT.match(answer.group("clause")):  # "the answer to how much ... is that nobody"
        return f"{answer.group('wh').capitalize()} {answer.group('clause').strip()}."
    # Dotted abbreviations ("U.S.") must not end the clause: hide their dots while matching.
    hidden = re.sub(r"\b(?:[A-Z]\.){2,}(?=\s+\S)", lambda x: x.group(0).replace(".", "\x00"), s)
    m = (
        _EMBEDDED.search(hidden)
        or _knowing_wh(hidden)
        or (_NOT_KNOW_WH.search(hidden) if _NOT_KNOW.search(hidden) else None)
    )
    if (
        m
        and m.start() > 0
        and re.search(r"(?:depends?|depended|hinges?)\s+on\s*$", hidden[m.start() : m.start("wh")])
        and states_unknown(hidden[: m.start()].rstrip(" ;:,") + ".")
    ):
        # "The cost is not yet known; it depends on what the administrators achieve": the unknown is the first
        # clause's, and what it depends on stays with it.
        return s if len(s.split()) <= 45 else None
    if m:
        clause = re.split(
            r",\s+(?:but|and|while|although|though|as)\s|;|\s+--\s+|\s+[-–—]\s+|,[\"”]"
            r"|,\s+(?:he|she|they|it)\s+(?:says|said|adds|added)\b",  # "..., he says, "and if ..."": who says it
            m.group("clause"),
        )[0]
        clause = clause.replace("\x00", ".")
        clause = clause.strip().rstrip(",")
        if m.re is _EMBEDDED or m.re is _KNOWING_WH:
            clause = _counted_noun(hidden[: m.start()], _fill_ellipsis(hidden[: m.start()], clause))
            clause = _resolve_pronoun(hidden[: m.start()], clause, hidden[m.start() : m.start("wh")])
        if _PRONOUN_SUBJECT.match(clause):
            return None  # "whether it will work": the question would not say what it is about
        if _NAMED_SPEAKER.search(s) and len(s.split()) <= 45:
            return s  # "Fukuda said it was not clear at this stage whether ...": who says it is not known stays
        if len(clause.split()) >= 3:
            return f"{m.group('wh').lower().capitalize()} {clause}."
    return s if len(s.split()) <= 45 else None


# A named person who says it: "Fukuda said it was not clear ...", '"I don't know whether ...," Suttles said.'
_NAMED_SPEAKER = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:said|says|told\s+[\w'’-]+)\s+(?:that\s+)?(?:it|he|she|they|we|I)\b"
    r"|[,?!][\"”]\s+(?:(?:[A-Z][\w'’.-]+\s+){1,3}(?:said|says|told)|(?:said|says)\s+[A-Z][\w'’.-]+)\b"
)


# A deadline: a coming date even when what happens by then is unknown ("has until 7 July to decide whether to appeal").
DEADLINE = re.compile(
    r"\b(?:has|have|had|was given|were given|is given|are given) until\b[^.;:]{3,40}?\bto\s+[a-z]", re.IGNORECASE
)


# "The court has not been told.": said right after a question, it leaves that question open.
UNTOLD = re.compile(
    r"^(?:(?:But|And|So)\s+)?[A-Z][^.;:?]{0,50}?\s+(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+(?:told|informed)|said|"
    r"explained|answered|disclosed|named|identified|revealed|published)\b"
    r"|^(?:Nobody|No one)\s+(?:knows|has said|will say|would say)\b"
    # An answer still to be settled ("That has still to be agreed between the two sides."), a flat "No" to "is it
    # settled?", a transcript's "We don't", a reply of "No comment".
    r"|^(?:That|This|It|Which)\s+(?:has|have|is|are)\s+(?:still|yet|not\s+yet)\s+(?:to\s+be|been)\s+(?:agreed|decided|"
    r"settled|determined|worked\s+out|finali[sz]ed)\b|^(?:That|This|It)\s+is\s+still\s+being\s+(?:negotiated|discussed|"
    r"drafted|worked\s+out)\b|^No\s*[,.;]|^We\s+(?:don[’']t|do\s+not)(?:\s+know)?\b"
    r"|^(?:The\s+)?(?:reply|answer|response)(?:\s+[\w'’]+){0,3}:\s+[\"“]?(?:No\s+comment|None|Nothing)\b"
    # "I have not had an answer.", "We have had no reply.": the one who asked has had none.
    r"|^(?:(?:But|And|So),?\s+)?(?:I|We)\s+(?:have|had|['’]ve)\s+(?:not\s+(?:yet\s+)?(?:had|received|got)\s+(?:an?|any)|(?:had|received|"
    r"got)\s+no)\s+(?:answer|reply|response)\b"
    # "I am still waiting for an answer to either letter.": the one who asked has had none.
    r"|^(?:I|We|They|She|He|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+(?:am|are|is|was|were|have\s+been|has\s+been)\s+"
    r"still\s+waiting\b(?!\s+(?:for\s+)?(?:the|a|an|its|their)\s+(?:train|bus|flight|ambulance))"
    # An interviewee's "I genuinely don't know.", "I can't say.", a bare "It could." (no more than possible), "It
    # depends on a test campaign that hasn't started yet."
    # "I don't think so" is an answer, not an admission of not knowing.
    r"|^(?:(?:Honestly|Frankly|Truthfully),?\s+)?(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:don[’']t|do\s+not|can[’']t|cannot)"
    r"(?:\s+(?:yet\s+)?(?:know|say|tell|confirm)\b|\s*[.,;!]|$"
    # "I honestly can't promise that.": the reply will not vouch for the outcome asked about.
    r"|\s+(?:promise|guarantee)(?:\s+(?:you\s+)?(?:that|it|anything))?(?:\s+(?:yet|today|now))?\s*[.!]?$)"
    r"|^(?:It|That|They|He|She)\s+(?:could|might|may)(?:\s+(?:do|be|have))?\s*[.,;]"
    r"|^(?:It|That)\s+(?:all\s+)?(?:depends|hinges)\s+on\b"
    # "That's the question we're working on day and night.": the answer is the question itself.
    # "That's a question for the ministry" passes it on, which answers nothing about whether it is known.
    # "That's the question the board answered on Monday" is answered.
    r"|^(?:That|This|It)(?:['’]s|\s+is)\s+the\s+(?:\w+\s+)?question\b(?!\s+for\b)(?![^.;]*\b(?:answered|settled|resolved)\b)"
)
# A reply that is itself an unknown with its complement left out (the question before it): "Not yet known.", "That's
# unclear.", "Too early to say.", "That is for the harbour board to decide." (passed on), "The council hasn't said.",
# "declined to comment", "No date has been given.", "Talks are continuing.", "I wish I knew.", "We'll know more next
# week.", "We're waiting to hear from the board.".
_REPLY_OPEN = re.compile(
    r"^(?:(?:Honestly|Frankly|Well|So\s+far|For\s+now|As\s+yet|Still|Sadly|Again|Twice|[a-z]+\s+times),?\s+)?(?:"
    r"(?:(?:That|This|It|Which|The\s+answer)(?:['’]s|\s+is|\s+was|\s+remains)\s+)?(?:still\s+|not\s+yet\s+|also\s+)?"
    r"(?:unclear|unknown|uncertain|undecided|not\s+(?:yet\s+)?(?:known|clear|certain|decided|settled)|"
    r"any(?:one|body)['’]s\s+guess|an\s+open\s+question|(?:far\s+|much\s+)?too\s+(?:early|soon)\s+to\s+(?:say|tell|know)|"
    r"(?:hard|difficult|impossible)\s+to\s+(?:say|tell|know)|a\s+(?:good\s+)?question)\b"
    r"|(?:That|This|It)(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+(?:a\s+(?:matter|question|decision)\s+for|"
    r"for\s+[^.;]{2,40}?\s+to\s+(?:decide|say|determine|answer|settle|rule\s+on))\b"
    r"|(?:That|This|It)\s+(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?been\s+(?:decided|settled|agreed|determined|"
    r"announced|confirmed|disclosed|worked\s+out)\b"
    r"|[A-Z][^.;:?]{0,50}?\s+(?:(?:has|have|had|did|does|do|would|will|could|is|are|was|were)(?:\s+not|n['’]t)|won['’]t|"
    r"can['’]t|cannot)\s+(?:yet\s+)?"
    r"(?:say|said|comment|commented|respond|responded|reply|replied|answer|answered|disclose|disclosed|confirm|"
    r"confirmed|(?:been\s+)?able\s+to\s+(?:say|answer|confirm))\s*(?:[.,;!]|$|to\s+(?:our|my|the|requests?|questions?)|"
    r"either|yet|publicly)"
    r"|[A-Z][^.;:?]{0,50}?\s+(?:declined|refused)\s+to\s+(?:comment|say|answer|respond|disclose|confirm)\b"
    # "I cannot give the member a figure today", "We can't give you a firmer date than that": no answer yet.
    r"|[A-Z][^.;:?]{0,50}?\s+(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:am|is|are|was|were)\s+(?:unable|not\s+able)\s+to)"
    r"\s+(?:yet\s+)?(?:give|provide|offer|put)\s+(?:[\w'’-]+\s+){0,2}?(?:a|an|any)\s+(?:(?:firm(?:er)?|more\s+precise|"
    r"more\s+exact|more\s+specific|precise|exact|final|new|closer|better)\s+)?(?:figure|date|number|answer|estimate|timetable|"
    r"timescale|timeline)\b"
    # "Nobody at the ministry would say.": who was asked may be named.
    r"|(?:Nobody|No\s+one|None\s+of\s+\w+)(?:\s+(?:at|in|from|on|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+"
    r"(?:\w+\s+){0,2}?(?:knows?|say|says|said|seems\s+to\s+know|will\s+say|would\s+say|can\s+say|could\s+say|"
    r"has\s+said|could\s+tell)\b"
    # "Nobody has been able to tell us.", "No one at the trust has told me yet.": a reply that ends on nobody telling.
    r"|(?:Nobody|No\s+one)(?:\s+(?:at|in|from|on|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+"
    # A bare "No one told her." answers "Was the patient warned?" (no): only an inability, a refusal, "yet" or "so far"
    # keeps it open.
    r"(?:(?:(?:has|have|had)\s+(?:yet\s+)?been\s+able\s+to|(?:could|can|will|would)\s+(?:yet\s+)?)\s+(?:tell|answer|"
    r"explain|confirm)(?:\s+(?:us|me|them|him|her))?(?:\s+(?:yet|so\s+far))?"
    r"|(?:(?:has|have|had)\s+)?(?:yet\s+)?(?:told|answered|explained|confirmed)(?:\s+(?:us|me|them|him|her))?\s+"
    r"(?:yet|so\s+far)|(?:has|have|had)\s+yet\s+(?:told|answered|explained|confirmed)(?:\s+(?:us|me|them|him|her))?)"
    r"\s*[.!]?$"
    # "Nobody at the council has tested that yet.": what would answer the question has not been done.
    r"|(?:Nobody|No\s+one)(?:\s+(?:at|in|from|on|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+"
    r"(?:has|have|had)\s+(?:yet\s+)?(?:tested|checked|measured|studied|assessed|examined|counted|modelled|modeled|"
    r"looked\s+(?:at|into))\s+(?:that|this|it|them)(?:\s+(?:yet|so\s+far))?\s*[.!]?$"
    # "The ministry has yet to answer.": asked, and no reply so far.
    r"|[A-Z][^.;:?]{0,50}?\s+(?:has|have|had)\s+(?:still\s+)?yet\s+to\s+(?:answer|reply|respond|say)\b"
    r"|No\s+(?:date|decision|timetable|figure|answer|word|explanation|estimate)\s+(?:has|have)\s+(?:yet\s+)?been\s+"
    r"(?:given|set|made|announced|taken|offered)\b"
    r"|(?:Talks|Negotiations|Discussions)\s+(?:are|were)\s+(?:still\s+)?(?:continuing|ongoing|under\s+way)\b"
    r"|[A-Z][^.;:?]{0,60}?\b(?:is|are|was|were)\s+still\s+(?:looking\s+(?:at|into)|considering|working\s+(?:on|it\s+out)|"
    r"studying|reviewing|weighing|discussing|negotiating|assessing)\b"
    r"|(?:the\s+)?(?:honest|short|truthful|only)\s+answer\s+is(?:\s+that)?\s+(?:we|I|nobody|no\s+one)\s+"
    r"(?:(?:don['’]t|do\s+not|can['’]t|cannot)\s+)?(?:\w+\s+)?(?:knows?|say)\b"
    r"|I\s+wish\s+I\s+knew|(?:Your|Anyone['’]s)\s+guess\s+is\s+as\s+good\s+as\s+mine|Watch\s+this\s+space"
    # "Ask me again in six months.", "Her answer, at 12:40: ask her in a year.": the answer put off to a later day.
    r"|(?:[A-Z][^.;:?]{0,40}?\banswer\b(?:[^:;]|:(?=\d)){0,30}:\s+)?ask\s+(?:me|him|her|us|them)\s+(?:again\s+)?(?:in|after|next)\s+"
    r"(?:a|an|one|two|three|four|six|\d+|the)?\s*(?:few\s+|couple\s+of\s+)?(?:year|month|week|spring|summer|autumn|"
    r"winter)s?\s*[.!]?$"
    r"|(?:We|I)(?:['’]ll|\s+will|\s+should|\s+hope\s+to)\s+(?:know|find\s+out|see|have\s+an\s+answer)\b"
    r"|(?:We|I)(?:['’]re|\s+are|['’]m|\s+am)\s+(?:still\s+)?waiting\s+(?:to\s+hear|for)\b"
    # "So far we have had nothing back.", "We're still working through whether ...", "Not today, no.", "We'd be
    # guessing.", "I'd rather not speculate.": no answer yet, or none given now.
    r"|(?:we|I)\s+(?:have\s+|had\s+|['’]ve\s+)?(?:had|received|heard|got)\s+(?:nothing|no\s+(?:reply|answer|response))"
    r"|(?:Nothing|No\s+(?:reply|answer|response))(?:\s+(?:back|yet|so\s+far))?\s*[.,;!]"
    r"|(?:We|I)(?:['’]re|\s+are|['’]m|\s+am)\s+(?:still\s+)?(?:working\s+(?:through|on|out)|looking\s+(?:at|into)|"
    r"assessing|considering|reviewing|checking|investigating|establishing)\b"
    r"|Not\s+(?:today|yet|now|at\s+(?:this|the)\s+(?:stage|moment|point))\b"
    r"|(?:We|I)(?:['’]d|\s+would)\s+(?:be\s+guessing|rather\s+not\s+(?:say|speculate|comment|guess))"
    # A report that a matter "had not been established" or a body "had not yet responded": the minutes' reply.
    r"|[A-Za-z][^.;:?]{0,120}?\s+(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+(?:established|decided|settled|agreed|"
    r"determined|prepared|made|set|fixed|confirmed|resolved|worked\s+out|calculated|estimated)|(?:responded|replied|"
    r"indicated|decided|said))\b"
    r"|no\s+(?:estimate|figure|date|decision|timetable|answer)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:prepared|made|"
    r"given|set|reached|taken|agreed))",
    re.IGNORECASE,
)
# A reply's reporting frame: "The Director advised that ...", "A spokesman said the board would ...".
# What a reporting frame says that evades: 'a spokesman said the board would "not comment on staffing matters"', 'says
# only that it is "looking at all options"'.
_EVASIVE_SAID = re.compile(
    r"^(?:the\s+\w+|it|they|he|she|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?\s+(?:would|will|could|can|did|does)(?:\s+not|n[’']t|"
    r"\s+only)\s+(?:comment|speculate|say|discuss|be\s+drawn)\b"
    r"|^(?:it|they|he|she)\s+(?:is|are|was|were)\s+(?:still\s+)?(?:looking\s+at\s+(?:all\s+)?(?:the\s+)?options|"
    r"considering\s+(?:its|their|all)\s+options|keeping\s+(?:it|the\s+matter)\s+under\s+review)",
    re.IGNORECASE,
)
_REPLY_FRAME = re.compile(
    r"^(?:The\s+|A\s+|An\s+|Its\s+|Their\s+)?[A-Z]?[\w'’-]*(?:\s+(?:of\s+)?[\w'’-]+){0,5}?\s+(?:said|says|advised|stated|"
    r"replied|responded|told\s+(?:us|me|the\s+\w+|\w+)|explained|added|reported)\s+(?:only\s+)?(?:that\s+)?"
)
# An interview's speaker label in ordinary case, a magazine's or a person's: "Orbit Weekly: ", "Brennick: ".
_NAME_LABEL = re.compile(r"^[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+\([^()]{1,60}\))?:\s+(?=[A-Z])")
# An interview's speaker label, a magazine's or a person's: "Orbit Weekly: ", "Brennick: ", "Q. ", "A. ".
# "Analyst (Neha Bhatt, Carrow Securities): ": who speaks for whom, in brackets.
_ANY_LABEL = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+\([^()]{1,60}\))?:|[QA]\.)\s+(?=[A-Z])")
# A transcript's speaker label before what is said: "KIT MERCER: And do we know ...?", "ANJALI DESAI: We don't".
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}:\s+")
# A question the writer put ("We also asked the league whether the pause means ..."), left open by the reply after it.
_REPORTED_ASK = re.compile(
    # "I have written twice to ask whether ...", "Your correspondent asks whether ...": asking, in any tense.
    r"\bask(?:s|ed|ing)?\s+(?:the\s+|him\s+|her\s+|them\s+)?(?:[\w'’-]+\s+){0,3}?(?P<wh>whether|if|when|how|why|what|who|where)\s+"
    r"(?P<clause>[^.;:!?]{6,160})"
)
# "We don't know if the shooting will carry on into April": a speaker's own not-knowing, an open question only when
# the reply after it evades.
OWN_NOT_KNOWING = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?:We|I)\s+(?:still\s+|simply\s+|just\s+)?(?:don[’']t|do\s+not|didn[’']t|did\s+not)\s+"
    r"(?:yet\s+)?know\s+(?P<wh>whether|if|how|when|why|what|who|where)\s+(?P<clause>[^.;:!?]{6,160})"
)
# A sentence opening on who says it, a pronoun, then the speaker's own not knowing: "She said she was not in a position
# to decide whether ...", "They told us they could not say when ...". Left out as unusable alone for its pronoun, it
# still leaves its question, which names what it is about.
# A pronoun only the sentences before can name: a question holding one ("Would his client appeal?") is not its own.
PERSONAL = re.compile(r"\b(?:he|she|they|him|her|them|his|their|it|its)\b", re.IGNORECASE)
SAID_OWN = re.compile(
    r"^(?:He|She|They)\s+(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are|could|would|"
    r"had|has|have|did|does|do)\b"
)
# "The outcome of those discussions is uncertain.": the sentence before says which discussions.
_THOSE = re.compile(r"\b(?:those|these|the)\s+(?P<noun>discussions|talks|negotiations|consultations|proceedings)\b")


# "my" before someone the asker is related to ("my son", "my mother's pension"): "the son" would ask of nobody in
# particular, so the question keeps its "my".
_MY_OWN = re.compile(
    r"\bmy\s+(?:[\w-]+['’]s\b|(?:son|daughter|child|children|kids?|baby|wife|husband|partner|mother|father|mum|mom|"
    r"dad|parents?|brother|sister|family|grand(?:mother|father|son|daughter|child|children|parents?)|aunt|uncle|"
    r"nephew|niece|cousin|friend|neighbou?r|boss|dog|cat|pet)\b)"
)


def left_open(text: str, after: str) -> str | None:
    """The question a sentence asks that the sentence after it leaves open, or None: "Who pays for the transport?"
    "That has still to be agreed."; "We also asked the league whether the pause means ..." "The reply: 'No comment'";
    a heading's short question ("Who voted against?") when its answer names nobody."""
    after = SPEAKER_LABEL.sub("", after)
    answered = _ANY_LABEL.sub("", after)
    # An interviewee's "No." answers the question; a transcript's bare "No" to "is it settled?" leaves it open.
    if answered != after and re.match(r"No\b", answered):
        return None
    after = answered
    text = _ANY_LABEL.sub("", _POST_HEADER.sub("", text))
    # "The Director advised that no estimate had yet been prepared": what the reply says, less who says it; a quoted
    # evasion reads as said ('would "not comment on staffing matters"').
    said = _REPLY_FRAME.sub("", re.sub(r"[\"“”]", "", after), count=1)
    restated = _fronted_wh(after)
    # "Will anyone be prosecuted?" "Whether we prosecute is a decision for later in the year": the reply puts the
    # same question as open (it shares a word with it).
    restated_open = restated is not None and bool(_stems(restated[1]) & _stems(text))
    if not (
        UNTOLD.match(after)
        or _REPLY_OPEN.match(after)
        or _REPLY_OPEN.match(said)
        or _EVASIVE_SAID.search(said)
        or restated_open
    ):
        return None
    if _settled_after(after, 0):
        return None  # "It depends on the weather, but ... we will open on 1 April"; "It could, and on Thursday it did."
    but = re.search(r"\bbut\s+(?P<tail>[^;]+)$", after)
    if (
        but
        and _DATE_GIVEN.search(but.group("tail"))
        and _stems(text) & _stems(re.sub(r"\bsaid\b", "", but.group("tail")))
    ):
        return None  # "Will the plant reopen?" "Not yet, but the company said on Friday it would reopen on 3 March."
    if not text.endswith("?"):
        asked = _REPORTED_ASK.search(text)
        if asked is None and re.match(r"(?!(?:I|We|we)\b)", after):
            # "We don't know if ..." then another's evasion; "We do not know ... We do not know ..." is one voice.
            asked = OWN_NOT_KNOWING.match(text)
        return wh_question(asked.group("wh").lower(), asked.group("clause")) if asked else None
    question = to_question(text)
    if question is None:
        bare = _VOCATIVE.sub("", re.sub(r"^(?:So|And|But),?\s+", "", SPEAKER_LABEL.sub("", text)))
        question = bare[0].upper() + bare[1:] if _QUESTION_WORD.match(bare) and len(bare.split()) >= 3 else None
    asked = _ASK_YOU.match(bare_question(text))
    if asked and asked.group("np"):  # "Can you size the compensation?" "Not today.": the size is open
        np_ = re.sub(r"^your\b", "the", re.split(r",|\s+[-–—]\s+", asked.group("np"))[0])
        return _finish(f"What is the size of {np_}")
    if asked and asked.group("wh"):  # "Can you tell us when the line reopens?" "No.": when it reopens is open
        return wh_question(asked.group("wh").lower(), asked.group("clause"))
    if question is not None and re.search(r"\byou(?:r)?\b", question, re.IGNORECASE):
        return None  # "Do you know why?": an interviewer's words to the one answering, not the story's question
    if (
        question is not None
        and re.search(r"\bmy\b", question)
        and not re.search(r"\b(?:I|me|mine|we|us|our)\b", question)
        and not _MY_OWN.search(question)
    ):
        # A reader's or a help page's heading ("Will my deposit be returned?") left open: the thing is every reader's.
        question = re.sub(r"\bmy\b", "the", question)
    return question


# A request for what the one asked knows: "Can you size the compensation - fee refunds, any claims?", "Could you tell
# us when the line will reopen?".
_ASK_YOU = re.compile(
    r"^(?:(?:And|So|But|Then),?\s+)?(?:Can|Could|Will|Would)\s+you\s+(?:yet\s+|already\s+)?(?:(?:size|quantify|estimate|"
    r"put\s+a\s+(?:figure|number|price|value)\s+on|give\s+(?:us\s+)?(?:a\s+)?(?:figure|number|estimate)\s+(?:for|on))\s+"
    r"(?P<np>(?:the|your|any|this|that)\s+[^?]+?)|(?:tell\s+us|say|confirm|explain)\s+"
    r"(?P<wh>whether|if|how|when|why|what|who|where|which)\s+(?P<clause>[^?]+?))\?$"
)


def bare_question(text: str) -> str:
    """A question less its speaker label and leading connective."""
    return _VOCATIVE.sub("", re.sub(r"^(?:So|And|But),?\s+", "", _ANY_LABEL.sub("", SPEAKER_LABEL.sub("", text))))


_ANSWER_WORDS_SKIP = frozenset(
    [
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "does",
        "did",
        "have",
        "has",
        "had",
        "were",
        "was",
        "been",
        "being",
        "that",
        "this",
        "with",
        "from",
        "into",
        "their",
        "there",
        "they",
        "them",
        "what",
        "when",
        "where",
        "which",
        "while",
        "whether",
        "about",
        "after",
        "before",
        "over",
        "under",
        "than",
    ]
)
# A reply that answers yes or no in a word: "It was: the council's own figures show ...", "They did."
_ELLIPSIS_REPLY = re.compile(
    r"^(?:(?:And|But|Yes|No),?\s+)?(?:It|They|He|She|That|This)\s+(?:was|were|did|had|is|has|would|will|could|can)"
    r"(?:\s+not|n[’']t)?\s*(?:[:;.,!—–-]|$)"
)
_DENIED = re.compile(
    r"^(?:(?:But|And),?\s+)?(?:That|This|The\s+(?:claim|suggestion|charge|allegation))\s+(?:is|was|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:denied|rejected|dismissed|disputed)\b"
)
_DATE_GIVEN = re.compile(
    r"\b(?:on|by|from)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _ANSWER_WORDS_SKIP}


def answered_next(text: str, after: str) -> bool:
    """The sentence after one that states an unknown answers it: "... are investigating whether the fire was started
    deliberately." "Fire investigators confirmed that the blaze had been started deliberately."; "Engineers were
    unsure whether the bridge would reopen ..." "It reopened on 2 November ..."; "Many readers ask whether the car
    park was worth the money." "It was: ...". A reply that itself holds back, asks or denies knowing answers nothing."""
    after = after.strip()
    if not after or after.endswith("?") or UNTOLD.match(after) or _REPLY_OPEN.match(after):
        return False
    if _ELLIPSIS_REPLY.match(after) or _DENIED.match(after):
        return True  # "It was: ..."; "That is firmly denied by the health editor": a charge answered
    if states_unknown(after) or _TAIL_NEGATED.search(re.split(r"[,;:]\s", after, maxsplit=1)[0]):
        return False
    question = to_question(text)
    if question is None:
        return False
    asked, told = _stems(question), _stems(after)
    words = re.findall(r"[a-z]{4,}", question.lower())
    # The question's own verb in the past ("reopen" -> "reopened"): what it asked has happened.
    done = any(re.search(rf"\b{re.escape(w)}(?:ed|d)\b", after) for w in words if not w.endswith("ed"))
    # Found or confirmed on the same matter; a claim ("told me that it holds ample stock") answers nothing.
    return done or (_TAIL_ANSWER.search(after) is not None and len(asked & told) >= 2)


# A reply that turns after its evasion to what someone else said or did: ", but the manager said ...", "though officials
# confirmed ...".
_REPLY_GOES_ON = re.compile(
    r"(?:,|\s)\s*(?:but|though|although|however|while|whereas)\s+[^.;:!?]{2,80}?\b(?:[a-z]{2,}ed|said|says|told|tells|wrote|writes|made|gave|knew)\b"
)


def left_open_in(text: str, after: str, then: str = "") -> str | None:
    """`left_open` over the answer window, the two sentences of the same article after the question.

    A reply may hold back in one sentence and answer in the next ("Could it reopen?" "It could." "On Thursday the
    council approved it."): read as one reply ("It could, and on Thursday the council approved it") the second
    settles what the first left open. Only an answer is taken from the second, never from a question ("So is the
    ownership question settled?"), and only after a short reply that holds back: "That has still to be agreed." says
    all it means, and a next sentence that "opened talks" answers nothing. One sentence alone reads as before.
    """
    left = left_open(text, after)
    asked, semi, reply = text.partition("; ")
    if left is None and semi and not asked.endswith("?") and reply[:1].isalpha() and not _REPLY_GOES_ON.search(reply):
        # "We have asked whether the pool will reopen in June; the council has yet to answer.": the reply is the
        # sentence's own second clause. Not where the reply goes on past the evasion to an answer ("...; the club has
        # yet to answer, but the manager said he was staying"): the whole clause is the reply.
        left = left_open(asked, reply[:1].upper() + reply[1:])
    if left is None and then and _NO_FIRMER.search(then) and not after.rstrip().endswith("?"):
        # "When will the review report?" "It has been asked to report in the spring." "I cannot give a firmer date
        # than that today.": the second sentence says the first was no answer.
        return left_open(text, then)
    after = after.rstrip()
    if (
        left is None
        or not then
        or len(after.split()) > 4
        or not after.endswith((".", "!"))
        or then.rstrip().endswith("?")
    ):
        return left
    reply = f"{after.rstrip('.!')}, and {then[:1].lower()}{then[1:]}"
    return None if left_open(text, reply) is None else left


_NO_FIRMER = re.compile(
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|unable\s+to)\s+(?:yet\s+)?(?:give|provide|offer|be)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:a\s+)?(?:firmer|more\s+precise|more\s+exact|more\s+specific|closer|better)\s+(?:date|figure|estimate|answer|"
    r"timetable|timescale)?\s*than\s+that\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"^(?:What|Which|Who|Whom|Whose|When|Where|Why|How|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Had|Do|"
    r"Does|Did)\b",
    re.IGNORECASE,
)


# "There are twelve children in Ardlach who go to school in Tressel.": a sentence that brings in who "they" are next.
_THERE_ARE = re.compile(
    r"^(?:(?:But|And|So),?\s+)?There\s+(?:are|were)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*"
    r"(?:\s+(?:in|at|from|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s+(?:who|that)\s+[^.,;:!?]{3,80})?)\.$"
)


# "Some planning records from before 2030 were held only on ...": part of a plural thing, which "how many" then counts.
_SOME_OF = re.compile(
    r"^(?:(?:But|And|So),?\s+)?(?:Some|Many|Several|A\s+number\s+of|Dozens\s+of|Hundreds\s+of|Thousands\s+of)\s+"
    r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?s)\s+(?:from|in|at|of|on|held|kept|stored|were|are|have|had)\b"
)
_HOW_MANY_BARE = re.compile(
    r"\b(?P<wh>[Hh]ow\s+many)\s+(?=(?:will|would|can|could|may|might|are|were|have|had|remain|survive[ds]?)\b)"
)


def existential_named(sentence: str, before: str) -> str:
    """ "Whether they will get there this winter is the question ..." after "There are twelve children in Ardlach who go
    to school in Tressel.": "they" are those children. "... we cannot yet say how many will be recoverable" after "Some
    planning records ... were held only on the servers": how many planning records."""
    some = _SOME_OF.match(before.strip())
    if some is not None and _HOW_MANY_BARE.search(sentence):
        return _HOW_MANY_BARE.sub(lambda x: f"{x.group('wh')} {some.group('np')} ", sentence, count=1)
    m = _THERE_ARE.match(before.strip())
    if m is None:
        return sentence
    return re.sub(
        r"^((?:(?:But|And|So),?\s+)?(?:Whether|whether|How|When|Where|Why|What)\s+)they\b",
        lambda x: f"{x.group(1)}the {m.group('np')}",
        sentence,
        count=1,
    )


def those_named(question: str, before: str) -> str:
    """ "What is the outcome of those discussions?" with the discussions the sentence before names: "the Company's
    discussions with its lenders about a waiver"."""
    some = _SOME_OF.match(before.strip()) if question.startswith("How many ") else None
    if some is not None and _HOW_MANY_BARE.match(question):
        return existential_named(question, before)  # "How many will be recoverable?": of the records just named
    m = _THOSE.search(question)
    if m is None:
        return question
    noun = m.group("noun")
    found = re.search(
        rf"^(?:(?:But|And|So),?\s+)?(?P<subj>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}}|The\s+[a-z]+)\s+"
        r"(?:has\s+|have\s+|had\s+)?"
        rf"(?:[a-z]+\s+){{0,2}}{noun}\s+(?P<mod>(?:with|about|over|on|between)\s+[^.;:!?]{{3,140}})",
        before,
    )
    if found is None:
        return question
    subj = found.group("subj")
    owner = f"the {subj[4:]}'s" if subj.startswith("The ") else f"{subj}'s"
    return question[: m.start()] + f"{owner} {noun} {found.group('mod').rstrip(',')}" + question[m.end() :]


# The subject a sentence opens with, a thing named by a common noun: "The revised grant runs for three years",
# "The spring census, which counts every nest, was cut short by snow".
_OPENING_SUBJECT = re.compile(
    r"^(?:(?:But|And|So|However),?\s+)?(?P<np>(?:The|This)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?P<head>[a-z][\w'’-]*)"
    r"(?:\s+(?:of|into|on|for)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
    r"(?=,|\s+(?:is|was|has|had|will|would|can|could|may|might|runs|gives|covers|lasts|began|started|ended|"
    r"[a-z]{3,}s\s+(?:the|a|an|\d|£|\$|€|[A-Z])|[a-z]{3,}ed)\b)"
)
# What a study, a census or an inquiry produces: "its findings" are the census's, not the body's that ran it.
_INQUIRY_HEADS = frozenset(
    "survey study review inquiry investigation audit trial test census count analysis evaluation probe assessment "  # noqa: SIM905
    "consultation inspection post-mortem autopsy inquest".split()
)
# Only where the output is made public or put to use ("when its results will be published", "how its findings will be
# used"): "when its results would improve" after "The review of the stadium lease ..." are the club's results.
_OUTPUT_OF = re.compile(
    r"\bits\s+(?P<noun>results|findings|conclusions|outcome|recommendations|report|data|figures)\b"
    r"(?=\s+(?:(?:will|would|could|can|may|might|should|is|are|was|were|be|been|being|not|yet|ever|finally)\s+){0,3}"
    r"(?:published|released|made\s+public|announced|known|due|ready|out|delivered|presented|reported|shared|used|"
    r"acted\s+on|implemented|submitted|expected|adopted|disclosed|seen|available)\b)"
)
# Someone, not something: a person is never "it" ("The team's coach resigned" + "Whether it wins").
_PERSON_HEADS = frozenset(
    "patient coach manager captain player executive chief director officer minister secretary president mayor judge "  # noqa: SIM905
    "lawyer doctor surgeon nurse teacher pupil student driver pilot passenger owner founder chairman chairwoman "
    "chair spokesman spokeswoman spokesperson leader governor senator candidate councillor inspector detective "
    "constable sergeant soldier commander general admiral agent striker goalkeeper referee umpire boss worker "
    "employee victim suspect defendant witness man woman boy girl child baby mother father son daughter wife "
    "husband priest bishop king queen prince princess singer actor author writer editor reporter presenter chef "
    "farmer tenant landlord resident headteacher headmaster headmistress principal dean professor researcher "
    "scientist engineer architect consultant adviser advisor official ambassador envoy prosecutor attorney "
    "solicitor barrister coroner jockey trainer rider climber runner swimmer cyclist".split()
)
# A time said after a verb is no thing "it" could be ("The strike entered its third week").
_TIME_HEADS = frozenset(
    "day week month year season time round stage phase hour minute night weekend term".split()  # noqa: SIM905
)
# The verb after the opening subject, and a singular thing as its object: "The council closed the library in Leith".
_ACTIVE_OBJECT = re.compile(
    r"^\s+(?:(?:has|have|had|will|would|could|can|may|might)\s+)?(?P<verb>[a-z]{2,})\s+(?:the|a|an|its|their|his|her|this)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?(?P<obj>[a-z][\w'’-]*)(?=\s+(?:in|on|at|of|for|to|from|with|by|after|before|last|this|"
    r"next|over|and|but|because|as)\b|\s*[.,;]|\s*$)"
)


def _person_head(word: str) -> bool:
    return word in _PERSON_HEADS or word.endswith(("ist", "ician", "man", "woman"))


_WH_IT = re.compile(r"^((?:(?:But|And|So),?\s+)?(?:Whether|How|When|Why|Where)\s+)it\s+(?=[a-z])")


# "A post-mortem has been carried out, but the zoo could not say when its findings will be published": the first
# clause of the same sentence names the inquiry whose findings "its" means (a zoo has none), though the body after
# "but" stands nearer. Only an inquiry that opens the sentence, done in a passive clause, and only what it produces.
_OWN_INQUIRY = re.compile(
    r"^(?:(?:But|And|So|However),?\s+)?(?P<np>(?:A|An|The)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w'’-]*))\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+|already\s+)?been|was|were)\s+[a-z]+(?:\s+out)?\b[^,;]{0,60}?(?:,\s+|;\s+|\s+)"
    r"(?:but|and)\s+(?P<rest>[^;]+)$"
)
_OWN_OUTPUT = re.compile(r"\bits\s+(?P<noun>results|findings|conclusions|recommendations)\b")


def _own_inquiry_named(sentence: str) -> str:
    """ "its findings" in the second clause, when the first names the inquiry that made them."""
    m = _OWN_INQUIRY.match(sentence)
    if m is None or m.group("head").lower() not in _INQUIRY_HEADS or not _OUTPUT_OF.search(m.group("rest")):
        return sentence
    head = m.group("np").split(None, 1)[1]
    rest = _OWN_OUTPUT.sub(lambda x: f"the {x.group('noun')} of the {head}", m.group("rest"), count=1)
    return sentence[: m.start("rest")] + rest


# "whether one will be paid": "one" standing for a thing the sentence before brings in with "a"/"an", in a passive.
_ONE_PASSIVE = re.compile(
    r"\b(?P<wh>(?:[Ww]hether|if)\s+)one\s+(?=(?:will|would|can|could|may|might|is|was)\s+(?:ever\s+|now\s+|still\s+)?"
    r"be\s+(?:[a-z]+ed|paid|made|held|built|given|chosen|found|sold|won|set|run|taken|drawn|laid|struck|put|granted|"
    r"appointed|named)\b)"
)
# "... will consider an interim dividend in September": a thing brought in, up to a preposition or the sentence's end.
_INDEFINITE_NP = re.compile(
    r"(?<![\w'’-])(?P<np>(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?=\s+(?:in|on|at|for|by|next|this|before|"
    r"after|until|from|to|with|later|soon)\b|\s*[.,;]|\s*$)"
)
# "Fourteen engineers moved to our licensing team in June": people or things counted as the sentence's subject, who
# "they" then are.
_COUNTED_OPENING = re.compile(
    r"^(?:(?:But|And|So|Now),?\s+)?(?P<np>(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|"
    r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|Dozens\s+of|Hundreds\s+of)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*[^s\W]s)\s+(?:(?:have|had|were)\s+)?(?P<verb>[a-z]{3,}ed|left|went|lost|"
    r"quit|came|began|took|got|fell|joined|moved)\b(?P<rest>[^.;:!?]*)"
)
_WH_THEY = re.compile(r"^((?:(?:But|And|So),?\s+)?(?:Whether|How|When|Why|Where)\s+)they\s+(?=[a-z])")


_ONE_VERB = re.compile(r"\s+(?:will|would|can|could|may|might|is|was)\s+(?:ever\s+|now\s+|still\s+)?be\s+([a-z]+)")
# What is done only to a person: "whether one will be charged" after "an arrest" means a person arrested.
_PERSON_PASSIVE = re.compile(
    r"charged|prosecuted|convicted|sentenced|jailed|imprisoned|released|freed|bailed|extradited|deported|detained|"
    r"questioned|interviewed|tried|acquitted|hired|sacked|fired|disciplined|elected|injured|rescued|identified|named"
)
# Actions, which are made, held, carried out or taken, and of which "one" fits no other verb.
_ACTION_NOUNS = frozenset(
    "arrest arrests raid search strike attack vote ballot inquiry investigation review hearing trial appeal "  # noqa: SIM905
    "recount walkout protest march rally visit call bid".split()
)
_ACTION_DONE = re.compile(r"made|held|carried|called|taken|launched|conducted|staged|opened|granted|set|run|lodged|won")


def _one_named(sentence: str, before: str) -> str:
    """ "whether one will be paid" after "The board will consider an interim dividend in September": "whether an interim
    dividend will be paid". Only where the sentence before brings in one thing alone."""
    m = _ONE_PASSIVE.search(sentence)
    if m is None:
        return sentence
    things = [x.group("np") for x in _INDEFINITE_NP.finditer(before)]
    if len(things) != 1 or len(re.findall(r"(?<![\w'’-])(?:a|an|one)\s", before, re.IGNORECASE)) != 1:
        return sentence
    verb = _ONE_VERB.match(sentence, m.end("wh") + len("one"))
    head = things[0].split()[-1].lower()
    if verb is not None and _PERSON_PASSIVE.fullmatch(verb.group(1)) and not _person_head(head):
        return sentence  # "Police made an arrest. Whether one will be charged ...": "one" is a person, not the arrest
    if head in _ACTION_NOUNS and (verb is None or not _ACTION_DONE.fullmatch(verb.group(1))):
        return sentence  # an action is made or held, not charged or paid: the verb does not fit the noun
    return sentence[: m.end("wh")] + things[0] + sentence[m.end("wh") + len("one") :]


def _counted_named(sentence: str, before: str) -> str:
    """ "Whether they will return to core work" after "Fourteen engineers moved to our licensing team": "Whether the
    fourteen engineers will return ...". Not where the sentence before names other things they could be ("Three
    reporters asked about the cuts": "they" may be the cuts)."""
    it = _WH_THEY.match(sentence)
    m = _COUNTED_OPENING.match(before.strip()) if it else None
    if it is None or m is None:
        return sentence
    if re.search(
        r"\b(?:the|their|its|our|his|her|these|those|all|many|some)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z]+[^s\W]s\b",
        m.group("rest"),
    ):
        return sentence
    head, _, tail = m.group("np").partition(" ")
    return f"{it.group(1)}the {head.lower()} {tail} {sentence[it.end() :]}"


def antecedent_named(sentence: str, before: str) -> str:
    """A pronoun the sentence before names: "... could not say when its results will be published" after "The spring
    census ... was cut short by snow" -> "when the results of the spring census"; "Whether it runs beyond 2040 remains
    unclear" after "The revised grant runs for three years" -> "Whether the revised grant runs beyond 2040"."""
    own = _own_inquiry_named(sentence)
    if own != sentence:
        return own
    for named in (_one_named(sentence, before), _counted_named(sentence, before)):
        if named != sentence:
            return named
    m = _OPENING_SUBJECT.match(before.strip())
    if m is None:
        return sentence
    np_ = _lower_first(m.group("np"))
    head = m.group("head").lower()
    if head in _INQUIRY_HEADS and _OUTPUT_OF.search(sentence):
        return _OUTPUT_OF.sub(lambda x: f"the {x.group('noun')} of {np_}", sentence, count=1)
    it = _WH_IT.match(sentence)
    # "Whether it will be enough" after "The council approved £2m": "it" may be the sum, not the subject; a copula says
    # nothing of which, and a speaker ("The minister said ...") is no "it".
    copula = re.match(
        r"(?:(?:will|would|could|can|may|might|must|should)\s+)?(?:be|is|was)\s", sentence[it.end() :] if it else ""
    )
    spoke = re.search(r"\b(?:said|says|told|tells|added|insisted|warned)\b", before)
    # A person is never "it"; and where the subject did something to a thing ("The council closed the library"), that
    # thing may as well be "it", so the subject is no safer a reading than the object.
    obj = _ACTIVE_OBJECT.match(before.strip()[m.end() :])
    other_thing = (
        obj is not None
        and obj.group("verb") not in ("is", "was", "are", "were", "be", "been", "being")
        and not _plural(obj.group("obj"))
        and obj.group("obj") not in _TIME_HEADS
        and not _person_head(obj.group("obj"))
    )
    if (
        it is not None
        and not _plural(head)
        and copula is None
        and spoke is None
        and not _person_head(head)
        and not other_thing
    ):
        return _WH_IT.sub(lambda x: f"{x.group(1)}{np_} ", sentence, count=1)
    return sentence
