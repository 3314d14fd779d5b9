"""Issue 14: kinds seen on the twelfth blind set (title12), each with made-up stories of its own: a month before a
firm's short name ("On 2 May Tolvane missed ...") taken for a given name; a body's short name where the headlines
write it whole; a headline's teaser ("a signature that keeps moving") beating the thing the texts name after a lead
name ("the Halvard studio"); a verb's "-ing" after "keeps" taken for a noun; a form of address ("Professor") taken
for a given name; a drug trial taken for a court's; and an event noun that only modifies a compound ("the fire
training pad")."""

import re

from digest.topics.titles import (
    _PHRASE_WORD,
    _TITLE_SKIP,
    _compound_head_after,
    _event_phrase,
    _full_name,
    _headline_form,
    _is_person,
    _used_as_noun,
    story_title,
)
from tests.titles_support import key_names


def _ferries() -> list[tuple[str, str]]:
    """A ferry operator's missed payment, told by a lender's notice, a port's bulletin and a council paper: the
    headlines write "Tolvane Ferry Group", the texts mostly "Tolvane"."""
    return [
        (
            "Lender notice: Tolvane Ferry Group misses loan payment; lenders consider next steps",
            'Notice to lenders. Tolvane Ferry Group Limited ("Tolvane") did not make the loan payment of £2.1 '
            "million due on 30 April 2061. On 2 May Tolvane asked its lenders for a waiver. Tolvane runs nine "
            "routes from four harbours. Tolvane says its fuel bill rose by a third in a year, and its timetable "
            "has been cut twice since January.",
        ),
        (
            "Harbour bulletin: Skerrow timetable changes",
            "Skerrow Harbour Authority bulletin. Tolvane has told the harbour that the Skerrow timetable will drop "
            "to two sailings a day from Monday. Passengers with bookings on cancelled sailings should contact "
            "Tolvane. The harbour timetable for freight is unchanged. The harbour master said Skerrow had not been "
            "told how long the reduced timetable would last.",
        ),
        (
            "Council paper: Tolvane Ferry Group - contingency planning",
            "Report to the island committee. On 3 May Tolvane confirmed that it had missed a payment to its lenders. "
            "Tolvane carries most of the island's freight, and any cut in its timetable reaches the shops within a "
            "week. Officers are asked to prepare a contingency timetable with the harbour authority.",
        ),
    ]


def test_a_month_before_a_one_word_name_gives_it_no_given_name() -> None:
    """ "On 1 October Tolvane did not pay": the month dates the sentence; "October Tolvane" is no person (it once
    made the firm's name a surname, and the title fell to one of its harbours instead)."""
    body = (
        "Tolvane Ferry Group misses payment. On 1 October Tolvane did not pay its lenders. Tolvane runs nine routes "
        "from four harbours."
    )
    assert not _is_person(["Tolvane"], ["Tolvane", "Tolvane Ferry Group"], body)
    texts = _ferries()
    assert not _is_person(["Tolvane"], key_names(texts), " ".join(f"{h}. {t}" for h, t in texts))
    # A given name that is a month's name stays one where no date stands before it.
    assert _is_person(["Quill"], ["Quill", "June Quill"], "June Quill said the pier was unsafe. Quill said so twice.")


def test_a_short_name_the_headlines_write_whole_goes_by_the_headlines_name() -> None:
    heads = [h for h, _ in _ferries()]
    names = ["Tolvane", "Tolvane Ferry Group", "Skerrow"]
    assert _headline_form("Tolvane", names, heads) == "Tolvane Ferry Group"
    # Headlines that also write the short name alone keep it short.
    assert _headline_form("Tolvane", names, [*heads[:2], "Tolvane cuts Skerrow sailings", heads[2]]) == "Tolvane"
    assert _headline_form("Skerrow", names, heads) == "Skerrow"


def test_the_story_of_a_firm_is_named_by_the_firm_not_one_of_its_harbours() -> None:
    title = story_title(_ferries(), key_names(_ferries()))
    assert title.startswith("Tolvane"), title
    assert "Skerrow" not in title, title


def _gallery() -> list[tuple[str, str]]:
    """An art historian's findings on a studio's attributions: two headlines share a teaser about a signature."""
    return [
        (
            "Forty paintings, one studio, and a signature that keeps moving",
            "Posted by Ines Aldana. I have spent the winter with the catalogue of the Halvard studio in Brenmouth, "
            "and I think it is time to show what I found. In forty of its paintings the same signature appears in "
            "different hands, and two canvases share a single underdrawing.",
        ),
        (
            "Notice of concern: attributions in the Halvard collection catalogue",
            "The Brenmouth Museums Council has issued a notice of concern about forty attributions in the catalogue "
            "of the Halvard studio. The council has asked the studio for its conservation records. Director Piet "
            "Halvard said the attributions were made in good faith.",
        ),
        (
            "Episode 31: The signature that keeps moving",
            "This week Ines Aldana explains how she found the signature in forty paintings from a single workshop "
            "in Brenmouth, and what the museums council's notice means for the loans it has made abroad.",
        ),
    ]


def test_an_ing_word_after_keeps_is_a_verb_not_a_thing() -> None:
    body = " ".join(f"{h}. {t}" for h, t in _gallery())
    assert "keeps" in _TITLE_SKIP
    assert not _used_as_noun("moving", body)
    # "the moving" somewhere makes it a noun again.
    assert _used_as_noun("moving", body + " The moving of the collection took a year.")


def test_a_teaser_shared_by_two_headlines_gives_way_to_the_lead_names_thing() -> None:
    """ "a signature that keeps moving" is on two headlines; "the Halvard studio" is what the texts name. The title
    is the studio's, never the teaser's verb ("keeps moving") nor its image ("signature")."""
    title = story_title(_gallery(), key_names(_gallery()))
    assert title.split()[-1] == "studio", title
    assert not {"keeps", "moving", "signature"} & set(title.lower().split()), title


def test_a_form_of_address_is_no_given_name() -> None:
    body = "Professor Kessler said the samples were sound. Professor Kessler later resigned. Ingrid Kessler, 61, ..."
    names = ["Kessler", "Professor Kessler", "Ingrid Kessler"]
    assert _full_name("Kessler", names, body) == "Ingrid Kessler"
    assert _full_name("Kessler", ["Kessler", "Dr Kessler"], "Dr Kessler said so. Kessler said it again.") == "Kessler"


def test_a_drug_trial_is_no_court_trial() -> None:
    """A study the texts call a "phase 3 trial" is not the event to name a story of a vaccine maker's data by."""
    texts = [
        (
            "Corlan vaccine data questioned",
            "Statisticians have questioned the data Corlan Biologics published from its phase 3 trial of a "
            "shingles vaccine. The trial enrolled 9,000 adults. Corlan said the trial results were sound.",
        ),
        (
            "Corlan asked for raw vaccine data",
            "The medicines regulator asked Corlan Biologics for the raw data of the vaccine trial. Corlan said it "
            "would supply the data within a month and that the trial had been monitored independently.",
        ),
    ]
    assert "trial" not in _event_phrase("Corlan vaccine data", texts).split()
    court = [
        (
            "Corlan fraud trial opens",
            "The fraud trial of two former Corlan Biologics directors opened at Carrow Crown Court on Monday. "
            "The trial is expected to last six weeks.",
        ),
        (
            "Corlan trial hears from auditor",
            "An auditor told the fraud trial of two former Corlan directors that invoices had been altered. The "
            "trial continues.",
        ),
    ]
    assert _event_phrase("Corlan directors", court).endswith("trial")


def _tokens(part: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _PHRASE_WORD.finditer(part)]


def test_an_event_noun_before_a_gerund_and_a_noun_modifies_a_compound() -> None:
    """ "the old fire training pad", "a flood warning siren": no fire, no flood, where the texts write the pair more
    than once (the compounds passed); "the fire destroying homes" and "the fire raging through the valley" are
    fires."""
    compounds = frozenset({"training pad", "warning siren"})
    for part, word, compound in (
        ("foam was sprayed on the old fire training pad", "fire", True),
        ("the council tested the flood warning siren", "flood", True),
        ("the fire destroying homes on the ridge", "fire", False),
        ("the fire raging through the valley", "fire", False),
    ):
        tokens = _tokens(part)
        k = next(i for i, (t, _) in enumerate(tokens) if t == word)
        assert _compound_head_after(tokens, k, part, compounds) is compound, part


def test_a_story_told_around_a_fire_training_pad_is_not_named_a_fire() -> None:
    texts = [
        (
            "Drayholm borehole results published",
            "Results from the Drayholm boreholes show solvent at twenty times the guideline beneath the old fire "
            "training pad at the depot. Residents were told of the results at a meeting on Tuesday.",
        ),
        (
            "Drayholm residents ask about the depot survey",
            "Residents asked why a survey of the fire training pad from 2049 was never shared. The depot's owner "
            "said the survey covered the site only, not the boreholes.",
        ),
    ]
    title = story_title(texts, key_names(texts))
    assert "fire" not in title.lower().split(), title
    assert re.match(r"Drayholm\b", title), title
