"""Issue 14: the day of an "as announced on" aside is when a plan was made public, not an event of the sentence."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import date_sentences

_PUBLISHED = date(2071, 5, 14)


def _spoken(text: str) -> dict[date, bool]:
    return {d.when: d.spoken for d in date_sentences([Sentence(text, 0, 1, _PUBLISHED)])}


def test_as_announced_aside_is_spoken() -> None:
    assert _spoken("The bakery will open a second shop from 1 September 2071, as announced on 12 April.")[
        date(2071, 4, 12)
    ]


def test_as_first_disclosed_aside_is_spoken() -> None:
    assert _spoken("The club will sell its ground on 30 June, as first disclosed on 2 March.")[date(2071, 3, 2)]


def test_announcement_itself_is_an_event() -> None:
    """The results being announced on a day is what happened that day."""
    assert not _spoken("The exam results were announced on 2 March.")[date(2071, 3, 2)]


def test_as_announced_without_a_day_keeps_the_event() -> None:
    assert not _spoken("The ferry service ended on 2 March, as announced.")[date(2071, 3, 2)]


def test_relative_clause_announcing_keeps_its_day() -> None:
    assert not _spoken("The dairy, which announced on 2 March that it would close, shut its gates.")[date(2071, 3, 2)]


def test_as_announced_by_someone_else_later_in_clause() -> None:
    """'as she had announced it would' is agreement with a plan, and the day belongs to the closure."""
    assert not _spoken("She said the pool closed on 2 March, as she had announced it would.")[date(2071, 3, 2)]


def test_sentence_opening_as_announced_is_left_alone() -> None:
    """'As announced on 2 March, the pool closed' may tell the closure's day: left as it was."""
    assert not _spoken("As announced on 2 March, the pool closed.")[date(2071, 3, 2)]
