"""Titles: the review findings on the titles change of issue 14 (/work/wt/_review/titles7.md), one test each, on the
reviewer's inputs (or real t17-dev prose copied into tests/data/titles_review7_t17.jsonl), each failing before its
fix:

- a person most headlines name goes first only where the story befalls them, not where they act for a place or a
  body the headlines carry too;
- a word of an event family that a minority of articles use, for another event ("the Sars epidemic"), does not take
  the story's title;
- the words before an event are read inside one sentence and never hold a determiner ("US. An explosion"), and an
  event reported only by a verb loses a tie to the one the articles name;
- a court's seat that most headlines carry is what the story is about, and a dateline's state is no place;
- a place named once does not go before the company every headline names;
- a possessive name once before an event is no name for it ("the Vista's suspension");
- a title that names its event ("Hurricane Ida") takes no second event word.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from titles_support import key_names

from digest.topics.titles import story_title

Texts = list[tuple[str, str]]
T17 = Path(__file__).parent / "data" / "titles_review7_t17.jsonl"


def _title(texts: Texts) -> str:
    return story_title(texts, key_names(texts))


def _t17(story: str) -> Texts:
    rows = [json.loads(line) for line in T17.read_text(encoding="utf-8").splitlines()]
    return [("", r["text"]) for r in rows if r["story"] == story]


KHERSON = [
    (
        "Zelensky says Kherson counteroffensive is gaining ground",
        "KYIV – Ukrainian forces have recaptured villages north of Kherson, President Volodymyr Zelensky said on "
        "Tuesday, as the counteroffensive entered its second week.",
    ),
    (
        "Russia digs in at Kherson as Zelensky vows to retake city",
        "Russian troops were reinforcing positions around Kherson, British intelligence said. Zelensky said Ukraine "
        "would retake the city.",
    ),
]
ELECTION = [
    (
        "Ortega concedes as Vargas wins Costa Verde presidency",
        "SAN MIGUEL – Luis Ortega conceded on Sunday night after Maria Vargas won the presidential election in Costa "
        "Verde with 54 percent of the vote.",
    ),
    (
        "Vargas promises unity after Costa Verde election win",
        "Maria Vargas promised to govern for all Costa Verdeans after the election, in which turnout reached 71 "
        "percent.",
    ),
]
BOEING = [
    (
        "Calhoun to step down as Boeing chief after door blowout",
        "SEATTLE – Dave Calhoun will step down as chief executive of Boeing at the end of the year, the company said "
        "on Monday, after a door panel blew out of a 737 Max in January.",
    ),
    (
        "Calhoun exit: who will run Boeing?",
        "Boeing's board is searching for a successor to Dave Calhoun as the company faces investigations into its "
        "safety culture.",
    ),
    (
        "Calhoun apologises to families at Senate hearing",
        "Dave Calhoun apologised to families of crash victims at a Senate hearing on Boeing's safety record.",
    ),
]


def test_a_person_who_acts_for_the_place_or_body_the_headlines_carry_does_not_lead() -> None:
    """Zelensky speaks for Ukraine, Vargas won Costa Verde's election, Calhoun runs Boeing: the place or the company
    the headlines carry names the story (the person still leads a doping case or a trial: test_titles_kinds)."""
    assert _title(KHERSON) == "Kherson counteroffensive"
    assert _title(ELECTION) == "Costa Verde election"
    assert _title(BOEING).startswith("Boeing ")


SWINE_FLU = [
    (
        "Swine flu outbreak spreads to Europe",
        "A swine flu outbreak that began in Mexico has spread to Spain and Britain, health officials said on Monday. "
        "Mexico has reported 149 deaths.",
    ),
    (
        "WHO raises swine flu alert level",
        "The World Health Organisation raised its alert level on Monday as the swine flu outbreak spread. Experts "
        "recalled the Sars epidemic of 2003, which killed 774 people.",
    ),
    (
        "Mexico closes schools as swine flu deaths rise",
        "Mexico closed all schools on Tuesday. The outbreak has killed 159 people in Mexico, the health minister said.",
    ),
    (
        "Swine flu: Asian airports screen travellers",
        "Airports in Hong Kong and Singapore began screening passengers for fever, measures first used in the Sars "
        "epidemic.",
    ),
    (
        "Swine flu outbreak: first UK cases confirmed",
        "Two people in Scotland who had visited Mexico have swine flu, the first cases in Britain of the outbreak.",
    ),
    (
        "Markets fall on swine flu fears",
        "Airline shares fell on Tuesday as investors worried the swine flu outbreak would hit travel.",
    ),
]


def test_a_family_word_a_minority_use_for_another_event_does_not_take_the_title() -> None:
    """Two articles recall "the Sars epidemic" of 2003; all six report the swine flu outbreak."""
    assert _title(SWINE_FLU) == "Mexico swine flu outbreak"
    h1n1 = _t17("H1N1")  # real: t17-dev H1N1, ISO week 2009-18, the first eight articles by date
    for k in range(3, len(h1n1) + 1):
        title = _title(h1n1[:k])
        assert "Sars" not in title and "swine flu" in title, (k, title)


REFINERY = [
    (
        "Three workers killed at Corvale refinery",
        "Three workers were killed on Monday when an explosion tore through a unit at the Corvale refinery, the "
        "company said.",
    ),
    (
        "Corvale refinery: investigators on site",
        "Investigators began work at the refinery on Tuesday. They will report in March. Safety rules for refineries "
        "are looser than in the US. An explosion like this one should never happen, a union official said.",
    ),
    (
        "Corvale mourns refinery workers",
        "Hundreds gathered in Corvale on Wednesday to remember the three men killed in the explosion at the refinery.",
    ),
]


def test_the_words_before_an_event_stay_inside_its_sentence() -> None:
    """'... than in the US. An explosion like this one': no "US An explosion"."""
    assert _title(REFINERY) == "Corvale refinery explosion"


def test_an_event_reported_by_a_verb_loses_a_tie_to_the_one_the_articles_name() -> None:
    """Real BBC prose (t17-dev bpoil, ISO week 2010-17): every article says the rig "exploded", every one names the
    oil spill; one recalls a 2005 refinery explosion "in the US. An explosion ..."."""
    bpoil = _t17("bpoil")
    for k in (4, 5):
        title = _title(bpoil[:k])
        # "BP sank" (a clause) is no phrase either: the leak all four name ("BP oil leak") or the spill.
        assert re.search(r"oil (?:spill|leak)$", title) and not re.search(r"\b(?:An|US|sank)\b", title), (k, title)


FLINT = [
    (
        "Flint water crisis: former officials go on trial in Flint",
        "FLINT, Mich. – Two former emergency managers went on trial in Flint on Monday over the city's water crisis, "
        "which exposed residents to lead.",
    ),
    (
        "Flint residents testify at water crisis trial",
        "Residents of Flint told the court on Tuesday how their children fell ill after the city switched its water "
        "supply in 2014.",
    ),
    (
        "Engineer tells Flint trial lead warnings were ignored",
        "A water engineer told the trial in Flint that she had warned officials about lead in the water in 2015.",
    ),
    (
        "Flint trial: defence says managers followed state advice",
        "Lawyers for the former managers told the Flint court that their clients had followed the advice of state "
        "regulators during the water crisis.",
    ),
]


def test_a_court_seat_the_headlines_carry_names_the_trial_and_a_datelines_state_names_nothing() -> None:
    """One "the Flint court" made Flint a court's seat, and the dateline's "Mich." took its place."""
    assert _title(FLINT) == "Flint trial"
    elsewhere = [
        (h, t.replace("FLINT, Mich. –", "LANSING –").replace("in 2015.", "in 2015, in a report sent to Lansing."))
        for h, t in FLINT
    ]
    assert _title(elsewhere) == "Flint trial"  # not "Lansing trial": Flint is in every headline


OPTEL = [
    (
        "Hackers steal data of 10m Optel customers",
        "SYDNEY – Hackers stole the names, birth dates and passport numbers of 10 million customers of Optel, the "
        "telecoms company said on Thursday.",
    ),
    (
        "Optel breach: what you need to know",
        "Optel said customers whose passport numbers were taken in the breach would be contacted by email.",
    ),
    (
        "Optel chief apologises for cyberattack",
        "Optel chief executive Kelly Rosmarin apologised to customers on Friday for the cyberattack, the worst in the "
        "country's history.",
    ),
    (
        "Police arrest teenager over Optel hack",
        "Federal police arrested a 19-year-old in Sydney over the hack of Optel.",
    ),
    (
        "Optel to pay for new passports after data breach",
        "Optel will pay for customers to replace passports exposed in the data breach, the government said.",
    ),
]


def test_a_place_named_once_does_not_go_before_the_company_every_headline_names() -> None:
    assert _title(OPTEL) == "Optel data breach"
    assert _title([(h, t.replace("SYDNEY – ", "")) for h, t in OPTEL]) == "Optel data breach"  # no dateline either


HONDRA = [
    (
        "Hondra recalls 300,000 SUVs over suspension fault",
        "Hondra is recalling 300,000 Vista SUVs because a rear suspension arm can crack, the carmaker said on "
        "Tuesday. The recall covers models built between 2019 and 2021.",
    ),
    (
        "Regulator widens probe into Hondra suspension",
        "The National Highway Traffic Safety Administration said it had widened its investigation of the Vista's "
        "suspension after 40 complaints. Hondra said the recall would fix the fault.",
    ),
]


def test_a_name_owning_the_event_once_is_no_name_for_it_and_leaves_no_possessive() -> None:
    """ "the Vista's suspension" once made "Hondra Vista's suspension" (a possessive counted as two sightings)."""
    title = _title(HONDRA)
    assert "'" not in title and "’" not in title, title
    assert title == "Hondra suspension"


IDA = [
    (
        "Hurricane Ida makes landfall in Louisiana",
        "NEW ORLEANS – Hurricane Ida made landfall near Port Fourchon on Sunday as a Category 4 storm, knocking out "
        "power to all of New Orleans. The storm brought winds of 150 mph.",
    ),
    (
        "Ida leaves a million without power",
        "More than a million homes in Louisiana were without power on Monday after Hurricane Ida tore through the "
        "state. Officials said the storm had damaged eight transmission lines.",
    ),
    (
        "Storm's death toll rises as Ida moves north",
        "The death toll from the storm rose to four as Ida, now weakened to a tropical depression, moved into "
        "Mississippi. Hurricane Ida was one of the strongest to hit Louisiana.",
    ),
    (
        "Louisiana begins clean-up after Hurricane Ida",
        "Residents began clearing debris on Tuesday. Governor John Bel Edwards said the storm had caused catastrophic "
        "damage, and that power might not return for weeks.",
    ),
]


def test_a_title_that_names_its_event_says_it_once() -> None:
    """Not "Hurricane Ida storm" (nor "Hurricane Ida power storm" from the first two articles)."""
    for k in (2, 3, 4):
        assert _title(IDA[:k]) == "Hurricane Ida", k
