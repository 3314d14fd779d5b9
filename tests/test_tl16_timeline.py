"""Issue 14 (unseen15): coming days a plan no longer keeps, coming days told as a timetable, and days that name no
event (a habit, a figure's cut-off). Sentences from domains of our own, each rule with near misses."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import _timetable, announcements, date_sentences, resolve, upcoming_entries

_PUB = date(2071, 5, 14)


def _days(text: str, published: date = _PUB) -> dict[date, bool]:
    """Each day the sentence names, and whether it is void (names no event)."""
    return {r.when: r.void for r in resolve(text, published)}


_FILLER = [
    "The weather was mild for the time of year.",
    "Local shops reported a busy weekend.",
    "A new cafe opened near the station.",
    "Parking charges rose again.",
    "The school choir won a regional prize.",
    "Bus drivers praised the new timetable.",
    "The harbour was quiet after the storm.",
    "A charity walk raised money for the hospice.",
    "The football club signed a young striker.",
    "Anglers complained about the river level.",
    "The bakery on the corner changed hands.",
    "Cyclists asked for a safer junction.",
]


def _upcoming(*items: tuple[str, date], after: date | None = None) -> list[date]:
    """The coming days of `items`, among other news of the same place (a story's own words are those most of its
    sentences share)."""
    first = min(pub for _, pub in items)
    sentences = [Sentence(text, i, 0, pub) for i, (text, pub) in enumerate(items)]
    sentences += [Sentence(text, len(items) + i, 0, first) for i, text in enumerate(_FILLER)]
    last = after or max(pub for _, pub in items)
    return [e.when for e in upcoming_entries(sentences, after=last, k=6)]


# -- a weekday that comes round is a habit, no day's event


def test_every_weekday_is_a_habit() -> None:
    assert _days("Twenty of us sing in the choir every Sunday, and the hall is full.") == {}
    assert _days("Volunteers open the food bank each Saturday morning.") == {}
    assert _days("The ferry leaves every other Friday from the north pier.") == {}


def test_weekday_not_after_every_keeps_its_day() -> None:
    assert _days("The bridge stays shut every day until Sunday.", date(2071, 5, 14)) != {}
    assert date(2071, 5, 10) in _days("Every member of the board voted on Sunday.", date(2071, 5, 14))
    assert date(2071, 5, 10) in _days("The market, held every week, closed early on Sunday.", date(2071, 5, 14))
    assert _days("Each team played on Saturday.", date(2071, 5, 14)) == {date(2071, 5, 9): False}


# -- "Saturday the 16th of June": the weekday is the named day


def test_weekday_the_ordinal_of_month_is_that_day() -> None:
    days = _days("RADIO CALLER: Friday the 3rd of July, seven o'clock, at the town hall.", date(2071, 5, 14))
    assert set(days) == {date(2071, 7, 3)}
    days = _days("The fair opens on Saturday the 13th of June.", date(2071, 5, 14))
    assert set(days) == {date(2071, 6, 13)}


def test_weekday_apart_from_a_later_day_keeps_its_own() -> None:
    days = _days("On Saturday the council met; the vote is on the 16th of June.", date(2071, 5, 14))
    assert date(2071, 5, 9) in days
    days = _days("The 16 members met on Saturday and set the 3rd of July for the vote.", date(2071, 5, 14))
    assert date(2071, 5, 9) in days


# -- a plan said not to keep its day


def test_will_not_on_a_day_is_void() -> None:
    assert _days("The ferry will not sail on 4 June as timetabled.")[date(2071, 6, 4)]
    assert _days("The museum won't open on Monday 8 June 2071.")[date(2071, 6, 8)]
    assert _days("The parade will no longer take place on 12 July.")[date(2071, 7, 12)]


def test_will_not_near_misses_keep_their_day() -> None:
    assert not _days("The pool will not reopen until 3 June.")[date(2071, 6, 3)]
    assert not _days("Voters without a card will not be able to vote on 7 June.")[date(2071, 6, 7)]
    assert not _days("The minister would not comment on Sunday.")[date(2071, 5, 10)]
    assert not _days("The ferry will sail on 4 June, whatever the weather.")[date(2071, 6, 4)]
    assert not _days("The club will not play again before it hosts the final on 4 June.")[date(2071, 6, 4)]


# -- a plan told in the past of a day still ahead


def test_was_planned_for_a_day_ahead_is_void() -> None:
    assert _days("Version 2.0 was planned for 2 September.", date(2071, 7, 20))[date(2071, 9, 2)]
    assert _days("The inquest was scheduled for 14 October.", date(2071, 7, 20))[date(2071, 10, 14)]


def test_was_planned_near_misses_keep_their_day() -> None:
    pub = date(2071, 7, 20)
    assert not _days("She said the inquest was scheduled for 14 October.", pub)[date(2071, 10, 14)]
    assert not _days("The inquest was scheduled for 14 October, the coroner's office said.", pub)[date(2071, 10, 14)]
    assert not _days("The date was set for 14 October at the hearing.", pub)[date(2071, 10, 14)]
    assert not _days("The launch, which was scheduled for 2 September, will go ahead as planned.", pub)[
        date(2071, 9, 2)
    ]
    assert not _days("The inquest is scheduled for 14 October.", pub)[date(2071, 10, 14)]


# -- a figure's cut-off day


def test_figure_at_a_day_is_void() -> None:
    assert _days("Net debt stood at $2.4 billion at 31 March.")[date(2071, 3, 31)]
    assert _days("Membership was 12 per cent at 30 April.")[date(2071, 4, 30)]


def test_figure_near_misses_keep_their_day() -> None:
    assert not _days("The firm paid £3 million on 31 March to settle the claim.")[date(2071, 3, 31)]
    assert not _days("Shares fell 3 per cent on 31 March.")[date(2071, 3, 31)]
    assert not _days("Tickets went on sale at 9am on 31 March.")[date(2071, 3, 31)]
    assert not _days("The auction at the mart on 31 March raised £40,000.")[date(2071, 3, 31)]


# -- coming days a later source gives up


def test_negated_day_drops_an_earlier_announcement() -> None:
    days = _upcoming(
        ("The tram depot will close from Monday 1 June 2071 for repairs.", date(2071, 5, 2)),
        ("The depot closure will not start on 1 June as the engineers proposed.", date(2071, 5, 14)),
    )
    assert date(2071, 6, 1) not in days


def test_past_plan_drops_an_earlier_announcement() -> None:
    days = _upcoming(
        ("Version 2.0 of the app is due on Monday 2 September 2071.", date(2071, 7, 2)),
        ("Version 2.0 was planned for 2 September.", date(2071, 7, 20)),
        ("The release is now planned for Monday 7 October 2071, after an audit.", date(2071, 7, 20)),
    )
    assert date(2071, 9, 2) not in days
    assert date(2071, 10, 7) in days


def test_replaced_day_drops_an_earlier_announcement() -> None:
    days = _upcoming(
        ("The old line receives security fixes until 31 December 2071.", date(2071, 6, 2)),
        (
            "The old line now receives security fixes until 30 June 2072, not 31 December 2071 as first announced.",
            date(2071, 7, 2),
        ),
        ("The old line receives security fixes until 30 June 2072.", date(2071, 8, 2)),
    )
    assert date(2071, 12, 31) not in days
    assert date(2072, 6, 30) in days


def test_other_plans_keep_their_day() -> None:
    """Another thing said given up, or a day given up before the plan was told, drops nothing."""
    days = _upcoming(
        ("The library will reopen on Monday 1 June 2071 after its refit.", date(2071, 5, 2)),
        ("The audit was planned for 1 June.", date(2071, 5, 14)),
        ("The band will not play on 8 June, its drummer said.", date(2071, 5, 14)),
        ("The choir will sing at the library opening on Monday 8 June 2071.", date(2071, 5, 20)),
    )
    assert date(2071, 6, 1) in days
    assert date(2071, 6, 8) in days


def test_on_hold_calls_a_plan_off() -> None:
    days = _upcoming(
        ("A. The council will demolish the Elm Road depot from Monday 1 June 2071.", date(2071, 5, 2)),
        ("A. The demolition planned from Monday 1 June is on hold.", date(2071, 5, 10)),
    )
    assert date(2071, 6, 1) not in days


def test_on_hold_near_misses() -> None:
    days = _upcoming(
        ("The council will demolish the Elm Road depot from Monday 1 June 2071.", date(2071, 5, 2)),
        ("Callers to the helpline were put on hold for an hour.", date(2071, 5, 10)),
        ("The council has put its plan for a skate park on hold.", date(2071, 5, 11)),
    )
    assert date(2071, 6, 1) in days


def test_passive_cancelled_calls_a_plan_off() -> None:
    days = _upcoming(
        ("The summer fete will be held on Saturday 20 June 2071 on the green.", date(2071, 5, 2)),
        ("The summer fete planned for Saturday 20 June is cancelled.", date(2071, 5, 10)),
    )
    assert date(2071, 6, 20) not in days


# -- a timetable's fixed day


def test_timetable_present_days_are_upcoming() -> None:
    days = _upcoming(
        ("The planning committee examines the application on Wednesday 17 June 2071.", date(2071, 5, 14)),
        ("Residents can comment on the plan until 31 July 2071.", date(2071, 5, 14)),
    )
    assert days == [date(2071, 6, 17), date(2071, 7, 31)]


def test_timetable_near_misses() -> None:
    """Under a condition, with a past verb, negated, or with no year or weekday to fix it: no timetable's day."""
    for text in (
        "If the committee examines the plan on Wednesday 17 June 2071, it could decide soon.",
        "Tickets for the concert on 9 June 2071 sold out within an hour.",
        "No ferries on Monday 8 June 2071 because of the strike.",
        "The committee examines the plan on 17 June.",
        "The committee's visit on Wednesday 17 June 2071's agenda is long.",
    ):
        assert not any(_timetable(text, r, _PUB) for r in resolve(text, _PUB)), text


# -- announcements: a list glued in one piece, the writer's plan with a named other


def test_list_items_are_announced() -> None:
    text = (
        "# Changelog\n\n## [3.1.0] - 2071-05-14\n\n### Upgrade notes\n- The 2.x line receives security fixes until "
        "30 June 2072.\n- Whether the plugins will work is not known.\n"
    )
    found = [s.text for s in announcements(0, text, _PUB, kept=set())]
    assert "The 2.x line receives security fixes until 30 June 2072." in found


def test_prose_with_one_dash_is_not_split() -> None:
    text = "The mayor - Ana Ruiz - said the vote is on Tuesday.\n\nThe hall is full."
    assert not any(s.text.startswith("Ana") for s in announcements(0, text, _PUB, kept=set()))


def test_writer_and_named_other_announce() -> None:
    text = (
        "Dear resident,\n\nThanks for your messages.\n\nDr Priya Rao and I will hold a surgery at the village hall on "
        "Friday 5 June at 6pm.\n\nReply to this message"
    )
    found = [s.text for s in announcements(0, text, _PUB, kept=set())]
    assert any(s.startswith("Dr Priya Rao and I will hold") for s in found)


def test_writer_alone_or_past_is_not_announced() -> None:
    text = (
        "Dear resident,\n\nI will hold a surgery at the village hall on Friday 5 June.\n\n"
        "Dr Priya Rao and I met the minister on Friday.\n\nReply to this message"
    )
    found = [s.text for s in announcements(0, text, _PUB, kept=set())]
    assert not any("Dr Priya Rao" in s or s.startswith("I will") for s in found)


# -- no day's event: what holds while something awaited comes


def _placed(text: str) -> bool:
    return bool(date_sentences([Sentence(text, 0, 3, _PUB)]))


def test_while_waiting_lines_are_not_placed() -> None:
    assert not _placed("Until then please use the crossing at Mill Road.")
    assert not _placed("Meanwhile the exhibits remain in storage.")
    assert not _placed("In the meantime, the clinic stays shut to new patients.")
    assert not _placed("For now, the pupils are taught in the church hall.")


def test_while_waiting_near_misses_are_placed() -> None:
    assert _placed("Meanwhile, police arrested two men near the harbour.")
    assert _placed("Until then, the bridge had been the only way across.")
    assert _placed("The clinic stays shut until then.")
    assert _placed("Meanwhile the board voted to sell the site.")


def test_while_waiting_progressive_is_placed() -> None:
    """What is under way is the day's news, whatever adverb opens it."""
    assert _placed("Meanwhile the salvage operation is entering its final week.")
    assert _placed("In the meantime, engineers are testing the new pumps.")


def test_timetable_expectation_and_listing_lines_are_not_timetables() -> None:
    for text in (
        "The board now expects the closure to last until at least 3 October 2071.",
        "Saturday 13 June, Mill Library, 10am-12pm.",
        "Friday 12 June, Town Hall, 4pm-6pm.",
        "Next bulletin: Monday 8 June 2071, noon.",
    ):
        assert not any(_timetable(text, r, _PUB) for r in resolve(text, _PUB)), text
