"""Round 14: "its findings" named by the inquiry that opens the sentence, and the sender's "our" in an organisation's
mailing named by the outlet; each with cases that must change and near misses that must not."""

from datetime import UTC, datetime

import pytest

from digest.briefs.cues import antecedent_named
from digest.briefs.extractive import house_named
from digest.models import Article


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "An inspection was carried out at the depot, but the operator could not say when its findings will be "
            "published.",
            "the findings of the inspection",
        ),
        (
            "A safety audit has been completed, and the airline would not say when its recommendations will be made "
            "public.",
            "the recommendations of the safety audit",
        ),
    ],
)
def test_own_inquiry_named(sentence: str, named: str) -> None:
    assert named in antecedent_named(sentence, "")


@pytest.mark.parametrize(
    "sentence",
    [
        # not what an inquiry produces, or not put to use
        "A review has been carried out, but the club could not say when its results would improve.",
        "The survey was carried out, but the council could not say when its new library will open.",
        # the inquiry in a relative clause, or not the head of the opening noun phrase
        "The trust, which carried out an audit, could not say when its findings will be published.",
        "A spokesman for the inquiry has been appointed, but could not say when its findings will be published.",
        # no "its"
        "A test was carried out, but Ms Hale could not say when her findings will be published.",
        # the inquiry in someone else's mouth
        "The council said a survey had been done, but could not say when its findings will be published.",
    ],
)
def test_own_inquiry_near_misses(sentence: str) -> None:
    assert antecedent_named(sentence, "") == sentence


def _article(text: str, source: str = "Hollin & Webb Booksellers") -> Article:
    now = datetime(2060, 1, 1, tzinfo=UTC)
    return Article(id="a", url=None, title="t", text=text, source=source, published=now, first_seen=now)


LETTER = "HOLLIN & WEBB\n\nDear customer,\n\nA quick update on the spring catalogue."


def test_house_named_fires() -> None:
    q = house_named("Does our spring catalogue price hold?", _article(LETTER))
    assert q == "Does Hollin & Webb Booksellers' spring catalogue price hold?"
    q = house_named("Will our Leeds branch reopen?", _article("Dear members,\n\nThe club update.", "Ridgeway Club"))
    assert q == "Will Ridgeway Club's Leeds branch reopen?"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a newspaper's own "our", with no letter to a list
        ("Will our readers see the report?", "The council met on Monday."),
        # other first or second person in the question
        ("Will we keep our prices?", LETTER),
        ("Will your order and our catalogue arrive?", LETTER),
        # a letter quoted inside a report, not the outlet's own
        ("Does our spring catalogue price hold?", 'The shop wrote: "Dear customer, prices may rise."'),
        # "Dear" in everyday use
        ("Does our spring catalogue price hold?", "Dear me, the catalogue is late again."),
    ],
)
def test_house_named_near_misses(question: str, text: str) -> None:
    assert house_named(question, _article(text)) == question


def test_the_well_formed_check_reads_a_comparative_with_its_quantity() -> None:
    """The eval's check: "How many more X are ...?" is a question; "How many are more X ...?" is not."""
    from digest.briefs.planted import _well_formed

    assert _well_formed("How many more fragments are out there?")
    assert _well_formed("How much more money will the council need?")
    assert _well_formed("How many are more than ten years old?")
    assert not _well_formed("How many are more fragments out there?")
