"""Every word list the brief engines use, per language: see `digest.i18n` and its `lexicons/` files.

Kept as the briefs' import point; English (`ENGLISH`) is the default every English path uses.
"""

from __future__ import annotations

from digest.i18n import Lexicon, lexicon

__all__ = [
    "CLAUSE_OPENERS",
    "ENGLISH",
    "HONORIFICS",
    "NAME_OPENING_ADVERBS",
    "OFFICE_HEADS",
    "OFFICE_QUALIFIERS",
    "SENTENCE_ADVERBS",
    "SHORT_FORMS",
    "SPELLINGS",
    "Lexicon",
    "lexicon",
]

ENGLISH = lexicon("en")
"""The English lexicon, the default."""

# The short forms English uses for a given name ("Ed" for Edward, "Bob" for Robert, "Liz" for Elizabeth): one outlet
# writes the short form, another the full one. A short form worn by two names ("Chris", "Alex") lists both.
SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "ed": "edward edmund edwin",
        "eddie": "edward edmund edwin",
        "ted": "edward theodore",
        "bob": "robert",
        "bobby": "robert",
        "rob": "robert",
        "robbie": "robert",
        "bill": "william",
        "billy": "william",
        "will": "william",
        "liam": "william",
        "liz": "elizabeth",
        "lizzie": "elizabeth",
        "beth": "elizabeth bethany",
        "betty": "elizabeth",
        "jim": "james",
        "jimmy": "james",
        "jamie": "james",
        "mike": "michael",
        "mick": "michael",
        "dick": "richard",
        "rick": "richard",
        "rich": "richard",
        "tom": "thomas",
        "tommy": "thomas",
        "dave": "david",
        "steve": "stephen steven",
        "chris": "christopher christine christina",
        "alex": "alexander alexandra",
        "sam": "samuel samantha",
        "dan": "daniel",
        "danny": "daniel",
        "ben": "benjamin",
        "joe": "joseph",
        "nick": "nicholas",
        "matt": "matthew",
        "andy": "andrew",
        "drew": "andrew",
        "tony": "anthony",
        "pete": "peter",
        "phil": "philip phillip",
        "greg": "gregory",
        "jon": "jonathan",
        "ken": "kenneth",
        "larry": "lawrence laurence",
        "harry": "henry harold",
        "hal": "henry harold",
        "jack": "john",
        "johnny": "john",
        "charlie": "charles",
        "chuck": "charles",
        "fred": "frederick",
        "freddie": "frederick",
        "ron": "ronald",
        "don": "donald",
        "tim": "timothy",
        "kate": "katherine catherine kathryn",
        "katie": "katherine catherine kathryn",
        "cathy": "catherine",
        "kathy": "katherine kathryn",
        "maggie": "margaret",
        "meg": "margaret",
        "peggy": "margaret",
        "sue": "susan suzanne",
        "susie": "susan",
        "jenny": "jennifer",
        "jen": "jennifer",
        "becky": "rebecca",
        "becca": "rebecca",
        "vicky": "victoria",
        "tori": "victoria",
        "pat": "patricia patrick",
        "patsy": "patricia",
        "debbie": "deborah",
        "deb": "deborah",
        "mandy": "amanda",
        "nell": "eleanor helen",
        "ellie": "eleanor",
        "jo": "joanna joanne josephine",
        "di": "diana diane",
        "val": "valerie",
        "gill": "gillian",
        "jess": "jessica",
        "abby": "abigail",
        "nat": "natalie natasha nathaniel",
        "toni": "antonia",
    }.items()
}

# Offices a report writes before a person's name ("Treasury Secretary Scott Bessent", "BP chief executive Tony
# Hayward", "UN Secretary-General Ban Ki-moon"): the office's last word, lower case. A hyphenated office counts by any
# of its parts ("Director-General", "President-elect"). Only a person's posts: "giant", "firm" or "group" before a
# name say what a body is.
OFFICE_HEADS: frozenset[str] = frozenset(
    {"president", "secretary", "minister", "premier", "chancellor", "governor", "senator", "congressman"}
    | {"congresswoman", "representative", "mayor", "councillor", "councilor", "ambassador", "envoy", "commissioner"}
    | {"attorney", "general", "prosecutor", "judge", "justice", "sheriff", "coroner", "inspector", "superintendent"}
    | {"chief", "executive", "director", "chairman", "chairwoman", "chair", "chairperson", "officer", "head", "leader"}
    | {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "coordinator", "commander", "admiral"}
    | {"colonel", "captain", "lieutenant", "sergeant", "detective", "speaker", "deputy", "administrator", "ceo"}
    | {"bishop", "archbishop", "pope", "marshal", "mp", "mep", "manager", "economist", "scientist", "analyst"}
    | {"constable", "registrar", "ombudsman", "warden", "comptroller"}
    | {"counsel", "lawyer", "elect", "correspondent", "editor", "founder"}
)
# Words that make an office another one: "former President" is not the President, nor "Vice President" or "Deputy
# Mayor"; an office with them is never the same office as one without.
OFFICE_QUALIFIERS: frozenset[str] = frozenset(
    {"former", "ex", "acting", "interim", "vice", "deputy", "assistant", "associate", "elect", "outgoing", "incoming"}
    | {"shadow", "late"}
)
# Honorifics are no office: "Dr Conrad Murray", "Mr Hayward".
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"})
# A body's head noun as British and American outlets spell it ("World Health Organisation" and "World Health
# Organization", "World Food Programme" and "World Food Program"): one body, keyed by one spelling.
SPELLINGS: dict[str, str] = {
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
}
# Offices written short before a name ("Coast Guard Adm. Jane Roe", "Gov. John Doe"): one office with the long form.
OFFICE_ABBREVIATIONS: dict[str, str] = {
    "adm": "admiral",
    "gen": "general",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "cmdr": "commander",
    "det": "detective",
    "supt": "superintendent",
    "insp": "inspector",
    "sgt": "sergeant",
}
# Words that open a subordinate or an adverbial clause ("Because Jackson was frail, ...", "Using the figures, ...",
# "Citing Reuters, ..."): a name after them is that clause's, never the speaker's of the sentence.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"Because", "Although", "Though", "Unless", "Despite", "Once", "Until", "Whereas", "Whether", "Whilst", "Wherever"}
    | {"Using", "Citing", "Speaking", "Writing", "Adding", "Noting", "Following", "Including", "Responding", "Quoting"}
    # Not "Given": a given name too ("Given Mkhize").
    | {"Asked", "Pressed", "Faced", "Having", "Being", "Referring", "Describing", "Addressing", "Announcing"}
)
# Sentence adverbs that open a sentence before its subject ("Even Ortega said ...", "Meanwhile Reid said ..."): no
# name's first word.
SENTENCE_ADVERBS: frozenset[str] = frozenset(
    {"Even", "Latest", "Still", "Instead", "Meanwhile", "Nonetheless", "Nevertheless", "Moreover", "Furthermore"}
)
# Of those, the ones a name may open with ("Even Pellerud", a Norwegian given name; "Still Waters Trust", "Latest
# Homes"): dropped only where the reports show it is the adverb (actors.without_opening_adverb).
NAME_OPENING_ADVERBS: frozenset[str] = frozenset({"Even", "Latest", "Still"})
