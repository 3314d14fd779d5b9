"""Review of title12's kinds (titfix12): an event noun before any "-ing" word and a noun was read as a compound ("the
storm causing havoc"); one study's "phase 3 trial" switched "trial" off for a court story, and "clinical negligence
trial" was read as a study; a month after "by" or "from" was read as a date ("a letter from April Ryan"); a lead
name that is also a common word ("May") collected the words after its lower-case use ("it may close")."""

from digest.topics.titles import (
    _PHRASE_WORD,
    _compound_head_after,
    _event_phrase,
    _gerund_compounds,
    _is_person,
    _name_things,
    story_title,
)
from tests.titles_support import key_names


def _tokens(part: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _PHRASE_WORD.finditer(part)]


def _head_after(part: str, word: str, compounds: frozenset[str] = frozenset()) -> bool:
    tokens = _tokens(part)
    k = next(i for i, (t, _) in enumerate(tokens) if t == word)
    return _compound_head_after(tokens, k, part, compounds)


def test_an_event_doing_something_once_is_no_compound() -> None:
    for part, word in (
        ("the strike hitting rail services", "strike"),
        ("the storm causing havoc", "storm"),
        ("the fire burning near the school", "fire"),
        ("the flood affecting farmland", "flood"),
    ):
        assert not _head_after(part, word), part
    # The same pair written again in the texts is a fixed compound ("the avalanche warning siren").
    assert _head_after("they tested the avalanche warning siren", "avalanche", frozenset({"warning siren"}))


def test_a_gerund_and_noun_pair_is_a_compound_only_when_written_twice() -> None:
    texts = [
        ("Quarry blast damages cottages", "The blast shook the old blasting shed and the storm causing havoc."),
        ("Residents ask about the quarry", "Windows near the blasting shed were broken."),
    ]
    found = _gerund_compounds(texts)
    assert "blasting shed" in found
    assert "causing havoc" not in found


def _school_fire() -> list[tuple[str, str]]:
    """A school closed by a fire nearby, each report writing what the fire was doing once."""
    return [
        (
            "Ridgeway School pupils evacuated",
            "Pupils at Ridgeway School were evacuated on Monday because of the fire burning near the school. "
            "Ridgeway School said all pupils were safe.",
        ),
        (
            "Ridgeway School closed for the day",
            "Ridgeway School was closed on Tuesday. Crews were still at a fire destroying woodland nearby, the head "
            "teacher said.",
        ),
        (
            "Ridgeway School to reopen",
            "Ridgeway School will reopen on Thursday. Crews put out the fire damaging farmland nearby on Wednesday.",
        ),
    ]


def test_a_story_of_a_fire_doing_things_is_named_a_fire() -> None:
    title = story_title(_school_fire(), key_names(_school_fire()))
    assert title == "Ridgeway School fire", title


def _fraud_trial(extra: str) -> list[tuple[str, str]]:
    return [
        (
            "Corlan fraud trial opens",
            "The fraud trial of two former Corlan Biologics directors opened at Carrow Crown Court on Monday. The "
            f"trial is expected to last six weeks. {extra}",
        ),
        (
            "Corlan trial hears from auditor",
            "An auditor told the fraud trial of two former Corlan directors that invoices had been altered. The "
            "trial continues.",
        ),
    ]


def test_a_study_named_in_a_court_story_leaves_the_court_trial() -> None:
    """One "phase 3 trial" the jury heard of is a study; the story's trial is still the court's."""
    texts = _fraud_trial("The jury heard that the firm's phase 3 trial had failed.")
    assert _event_phrase("Corlan directors", texts).endswith("trial")


def test_a_clinical_negligence_trial_is_a_court_trial() -> None:
    texts = [
        (
            "Harrow Vale negligence trial opens",
            "The clinical negligence trial brought against Harrow Vale Hospital by a former patient opened on "
            "Monday. The trial is expected to last a week.",
        ),
        (
            "Harrow Vale trial hears from surgeon",
            "A surgeon told the clinical negligence trial that the operation had been rushed. The trial continues.",
        ),
    ]
    assert _event_phrase("Harrow Vale Hospital", texts).endswith("trial")


def test_a_month_after_by_or_from_may_be_a_given_name() -> None:
    body = "A statement by June Quill said the pier was unsafe. Quill said so twice."
    assert _is_person(["Quill"], ["Quill", "June Quill"], body)
    body = "It came in a letter from April Ryan, the harbour's tenant. Ryan said the rent had doubled."
    assert _is_person(["Ryan"], ["Ryan", "April Ryan"], body)
    # A day's figure before the month still dates the sentence; so does "on" before a weekday.
    body = "Brisco Freight missed a payment. On 4 June Brisco asked for more time. Brisco runs six depots."
    assert not _is_person(["Brisco"], ["Brisco", "Brisco Freight"], body)
    body = "Brisco Freight missed a payment. On Friday Brisco asked for more time. Brisco runs six depots."
    assert not _is_person(["Brisco"], ["Brisco", "Brisco Freight"], body)


def test_a_lead_name_that_is_a_common_word_is_matched_as_written() -> None:
    body = "The council may close the May depot. We hope staff may stay."
    things = _name_things(["May"], body)
    assert ("depot",) in things
    assert not {("close",), ("staff",), ("stay",)} & things
