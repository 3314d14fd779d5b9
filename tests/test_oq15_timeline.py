"""Coming dates that fall away (a case dropped, a plan moved by a span) and the cap on coming dates (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from digest.briefs.extractive import MAX_UPCOMING, upcoming_cap
from digest.briefs.sentences import Sentence
from digest.briefs.timeline import resolve, upcoming_entries


def _labels(sentences: list[Sentence], after: date) -> list[str]:
    return [e.label for e in upcoming_entries(sentences, after=after, k=6)]


HEARING = Sentence("The landlord's appeal against the ruling will be heard on 9 March.", 0, 0, date(2031, 1, 10))
OTHER = Sentence("The council will vote on the housing budget on 20 March.", 0, 1, date(2031, 1, 10))


@pytest.mark.parametrize(
    "later",
    [
        "The landlord has withdrawn his appeal and will pay the fine.",
        "The landlord dropped his appeal on Friday.",
        "The appeal has now been withdrawn, the court said.",
        "There will be no hearing, the court office confirmed.",
        "The landlord has abandoned the appeal against the ruling.",
    ],
)
def test_a_hearing_falls_away_when_its_case_is_dropped(later: str) -> None:
    after = date(2031, 2, 1)
    dropped = Sentence(later, 1, 0, after)
    assert _labels([HEARING, OTHER, dropped], after) == ["2031-03-20"]


@pytest.mark.parametrize(
    ("later", "stands"),
    [
        ("Prosecutors dropped the charges against the driver on Friday.", False),
        ("The charges against the driver have been dropped.", False),
        ("The insurer settled the claim for an undisclosed sum.", True),  # the trial is of charges, not a claim
        ("The driver settled the parking fine.", True),  # no case
        ("The driver dropped his charger on the courthouse steps.", True),  # no case
    ],
)
def test_a_trial_falls_away_when_its_charges_are_dropped(later: str, stands: bool) -> None:
    after = date(2031, 2, 1)
    trial = Sentence("The driver, charged with careless driving, will be tried on 9 March.", 0, 0, date(2031, 1, 10))
    dropped = Sentence(later, 1, 0, after)
    assert ("2031-03-09" in _labels([trial, OTHER, dropped], after)) is stands


def test_every_source_s_hearing_on_that_day_falls_away() -> None:
    """'The hearing is set for 9 March' in another source is the same hearing: two of one story seldom share a day."""
    after = date(2031, 2, 1)
    bare = Sentence("The hearing is set for Monday 9 March 2031.", 2, 3, date(2031, 1, 12))
    dropped = Sentence("The landlord has withdrawn his appeal.", 1, 0, after)
    assert _labels([HEARING, bare, OTHER, dropped], after) == ["2031-03-20"]


@pytest.mark.parametrize(
    "later",
    [
        "The tenants dropped their claim for compensation.",  # another case: the appeal stands
        "The landlord withdrew from the housing association.",  # no case withdrawn
        "There will be no hearing until the surveyor reports.",  # put off, not called off
        "The council has withdrawn its planning objection.",  # an objection, not the appeal
        "The landlord's appeal was withdrawn last year and lodged again in January.",  # told before the hearing's news
    ],
)
def test_a_hearing_stands_when_another_case_or_nothing_is_dropped(later: str) -> None:
    after = date(2031, 2, 1)
    published = date(2031, 1, 5) if "last year" in later else after
    dropped = Sentence(later, 1, 0, published)
    assert _labels([HEARING, OTHER, dropped], after) == ["2031-03-09", "2031-03-20"]


DEADLINE = Sentence("Builders must clear the site by 30 April or lose their permit.", 0, 0, date(2031, 3, 2))


@pytest.mark.parametrize(
    ("later", "new"),
    [
        (
            "The planning board has given the builders until 31 May to clear the site, a month beyond the original"
            " deadline.",
            "2031-05-31",
        ),
        ("The deadline for the builders to clear the site was pushed back by two weeks to 14 May.", "2031-05-14"),
        ("The deadline for builders to clear the site has been extended by a fortnight to 14 May.", "2031-05-14"),
        (
            "The board said the builders now had until 11 June to clear the site, six weeks later than the original"
            " date.",
            "2031-06-11",
        ),
    ],
)
def test_a_plan_moved_by_a_span_gives_up_its_old_day(later: str, new: str) -> None:
    after = date(2031, 4, 2)
    moved = Sentence(later, 1, 0, after)
    labels = _labels([DEADLINE, moved], after)
    assert "2031-04-30" not in labels
    assert labels in ([new], [])  # the new day, where its own verb says it is coming


@pytest.mark.parametrize(
    "later",
    [
        "The builders will start the second phase on 31 May, a month after the site is cleared.",  # no move
        "The road will reopen on 14 May, two weeks later than the council hoped.",  # another plan, no old day
        "Inspectors will call on 31 May, a month beyond the original deadline for the library.",  # another thing
        "Fees rose by two percent on 1 April and will rise again on 14 May.",  # a rise by a span of figures
    ],
)
def test_a_span_that_moves_no_plan_of_the_day_leaves_it(later: str) -> None:
    after = date(2031, 4, 2)
    other = Sentence(later, 1, 0, after)
    assert "2031-04-30" in _labels([DEADLINE, other], after)


def test_a_thing_moved_to_a_place_from_a_day_is_a_coming_day() -> None:
    pub = date(2031, 6, 3)
    for text in (
        "The paintings will be moved by road to the Harbour Gallery from 20 October.",
        "The archive will be moved into the new library from 3 November.",
        "Patients will be moved to Westgate Hospital from 1 September.",
    ):
        (ref,) = resolve(text, pub)
        assert ref.when > pub and not ref.void, text
    # a plan's day moved is still its old day given up
    refs = resolve("The vote was moved to 20 October from 6 October.", pub)
    assert [(r.when.month, r.when.day, r.void) for r in refs] == [(10, 20, False), (10, 6, True)]
    # and a thing moved in the past is the past
    (ref,) = resolve("The exhibits were moved to the Town Hall on 3 March.", pub)
    assert ref.when == date(2031, 3, 3)


def test_the_cap_on_coming_dates_grows_slowly_with_the_topic() -> None:
    assert upcoming_cap(3) == MAX_UPCOMING
    assert upcoming_cap(8) == MAX_UPCOMING + 1
    assert upcoming_cap(40) == MAX_UPCOMING + 2


def test_a_schedule_after_an_unknown_s_semicolon_is_a_coming_day() -> None:
    from digest.briefs.timeline import announcements

    pub = date(2031, 5, 2)
    text = (
        "The harbour trust has run short of money. "
        "Who will pay for the dredging remains to be seen; the tender closes on Friday 6 June 2031. "
        "Whether the ferry returns is unclear; the old ferry stopped on Friday 4 April 2031. "
        "How long the repairs take is anyone's guess; it is not known whether they start on 9 June 2031. "
        "What the trust will charge is not known; the board met on Monday 28 April 2031."
    )
    found = [s.text for s in announcements(0, text, pub)]
    assert "The tender closes on Friday 6 June 2031." in found
    assert not any("ferry stopped" in t or "start on 9 June" in t or "board met" in t for t in found)
