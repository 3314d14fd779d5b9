"""Date readings the blind set unseen7 showed missing, each checked on other domains than the set's."""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import resolve, upcoming_entries


def test_a_day_wanted_in_time_for_is_still_to_come() -> None:
    """ "wants it back in time for the festival on 14 August", written in March, is this August, not last year's."""
    [ref] = resolve("The league wants the pitch relaid in time for the opening match on 14 August.", date(2040, 3, 29))
    assert (ref.when, ref.tense) == (date(2040, 8, 14), "future")
    [hoped] = resolve("The port hopes the crane is working in time for the regatta on 2 May.", date(2040, 3, 29))
    assert hoped.when == date(2040, 5, 2)


def test_done_in_time_for_a_day_stays_past() -> None:
    """A past verb keeps its day: the repairs were finished for a race already run."""
    [ref] = resolve("The repairs were finished in time for the race on 2 May.", date(2040, 6, 29))
    assert ref.when == date(2040, 5, 2)


def test_a_schedule_that_moves_to_a_new_day_supersedes_the_old_one() -> None:
    """ "which moves to 19 April from 12 April" (present tense) moves the report first announced for 12 April."""
    announced = Sentence(
        "The ombudsman says she will publish her ferry safety report on 12 April.", 0, 0, date(2040, 3, 2)
    )
    moved = Sentence(
        "The ombudsman will hold back her ferry safety report, which moves to 19 April from 12 April.",
        1,
        0,
        date(2040, 3, 20),
    )
    days = [e.when for e in upcoming_entries([announced, moved], after=date(2040, 3, 21))]
    assert days == [date(2040, 4, 19)]


def test_a_deadline_set_beside_its_noun_is_this_year_s_plan() -> None:
    """ "The report, due on 4 June, was published a week late", told on 18 June, is no date a year ahead."""
    [late] = resolve("The inspectors' report, due on 4 June, was published a week late.", date(2040, 6, 18))
    assert late.when == date(2040, 6, 4) and late.void
    [ahead] = resolve("The harbour review, due on 30 June, will set out the cost.", date(2040, 6, 18))
    assert ahead.when == date(2040, 6, 30) and not ahead.void
    [plain] = resolve("The harbour review is due on 4 June.", date(2040, 5, 18))
    assert plain.when == date(2040, 6, 4)
