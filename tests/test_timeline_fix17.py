"""Timeline review fixes (fix17): a decisive verb in its everyday sense ("ruled out new taxes", "charged a fee",
"arrested its decline", "opened a new cafe") does not make a lead's day a landmark; a gala called off at a pool does not
call off the pool's reopening."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import _acted_on, resolve, upcoming_entries

_TOLD = date(2041, 3, 9)


def _acts(text: str) -> bool:
    s = Sentence(text, 0, 0, _TOLD)
    day = next(r.when for r in resolve(text, _TOLD) if r.granularity == "day")
    return _acted_on(s, day)


def test_an_everyday_sense_of_a_decisive_verb_is_no_act() -> None:
    assert not _acts("The finance minister ruled out a rise in fuel duty yesterday.")
    assert not _acts("The airline charged passengers a fee for hand luggage on Thursday.")
    assert not _acts("The chain charged 40 euros for a night's parking yesterday.")
    assert not _acts("The publisher arrested its long slide in readership yesterday.")
    # the judge's ruling, an arrest, a charge are acts
    assert _acts("The judge ruled against the ferry company yesterday.")
    assert _acts("Detectives arrested two dock workers yesterday.")
    assert _acts("Two dock workers were charged with theft on Thursday.")


def test_a_catch_all_verb_needs_an_official_thing() -> None:
    assert not _acts("The bakery opened a second shop on the high street on Thursday.")
    assert not _acts("The goalkeeper signed shirts for the children yesterday.")
    assert not _acts("The orchestra published its spring programme on Thursday.")
    assert not _acts("The museum lifted its entry price for summer yesterday.")
    assert _acts("The regulator opened an investigation into the water company on Thursday.")
    assert _acts("The governor signed the housing bill yesterday.")
    assert _acts("The ombudsman published her report on the care homes on Thursday.")
    assert _acts("The port authority lifted the curfew yesterday.")
    assert _acts("The reserve bank lifted its key rate by two points yesterday.")
    assert _acts("The treasury lifted the cap on foreign transfers on Thursday.")
    assert _acts("The coroner's inquest began yesterday.")
    assert _acts("Health officials declared the measles outbreak over on Thursday.")
    assert _acts("Night-time water rationing began in the valley towns yesterday.")


def _s(text: str, article: int, published: date) -> Sentence:
    return Sentence(text, article, 0, published)


def test_another_thing_called_off_at_the_same_place_keeps_the_plan() -> None:
    first, later = date(2041, 5, 1), date(2041, 5, 3)
    sentences = [
        _s("The trust will reopen the Millbank Quay concert hall on 20 June.", 0, first),
        _s("Builders replaced the roof over the winter.", 0, first),
        _s("Promoters cancelled the Millbank Quay concert hall charity ball.", 1, later),
        _s("Ticket sales had been slow for weeks.", 1, later),
    ]
    assert [e.when for e in upcoming_entries(sentences, after=later, k=5)] == [date(2041, 6, 20)]
    # the reopening itself called off is no longer coming
    sentences[2] = _s("The trust cancelled the reopening of the Millbank Quay concert hall.", 1, later)
    assert [e.when for e in upcoming_entries(sentences, after=later, k=5)] == []


def test_the_reviews_examples() -> None:
    for text in (
        "The minister ruled out new taxes yesterday.",
        "The bank charged a fee of 5 pounds on Thursday.",
        "The firm arrested its decline in sales yesterday.",
        "The mayor opened a new cafe on Thursday.",
        "The singer signed autographs for fans yesterday.",
        "The club published its fixture list on Thursday.",
    ):
        assert not _acts(text), text
    first, later = date(2041, 5, 1), date(2041, 5, 3)
    sentences = [
        _s("The county will reopen the Harbour Road swimming pool on 20 June.", 0, first),
        _s("Organisers cancelled the Harbour Road swimming pool gala.", 1, later),
    ]
    assert [e.when for e in upcoming_entries(sentences, after=later, k=5)] == [date(2041, 6, 20)]
