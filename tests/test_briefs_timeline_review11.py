"""Issue 14, review tl11: the timeline regressions a read-only review found, each on the review's inputs or sentences
of other domains written for these tests.
"""

from __future__ import annotations

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import (
    announcements,
    build_entries,
    coming_dates,
    date_sentences,
    rank_dates,
    resolve,
    upcoming_entries,
)

MONDAY = date(2026, 11, 16)


def _refs(text: str, published: date = MONDAY) -> list[tuple[date, str, bool]]:
    return [(r.when, r.tense, r.void) for r in resolve(text, published)]


def _coming(text: str, published: date = MONDAY) -> list[date]:
    return [r.when for r in coming_dates(text, published)]


def _upcoming(first: str, later: str) -> list[str]:
    items = [Sentence(first, 0, 0, date(2026, 11, 10)), Sentence(later, 1, 0, date(2026, 11, 12))]
    return [e.label for e in upcoming_entries(items, after=MONDAY)]


def test_a_day_given_up_removes_only_the_same_event() -> None:
    """One shared word ("city", "bridge", "company") or a month's first day is no sign of the same event: the other
    plan's day stays; the same event ("the restart ... planned for 20 March, put back") still goes."""
    assert _upcoming(
        "The city council will vote on the budget on 25 November.",
        "The city marathon will be run on 29 November rather than on 25 November because of roadworks.",
    ) == ["2026-11-25", "2026-11-29"]
    assert _upcoming(
        "The new bridge will open to traffic on 1 December.",
        "The bridge toll will be introduced on 1 January instead of on 1 December, the minister said.",
    ) == ["2026-12-01", "2027-01-01"]
    assert _upcoming(
        "Shareholders will vote on the merger on 3 December, the company said.",
        "The company's results will be published on 10 December, not 3 December.",
    ) == ["2026-12-03", "2026-12-10"]
    assert _upcoming(
        "The observatory will attempt a restart of the telescope on 20 November.",
        "The restart, which the observatory had planned for 20 November, has been put back to 4 December.",
    ) == ["2026-12-04"]


def test_a_given_up_day_never_removes_a_month() -> None:
    assert _upcoming(
        "The inquiry's final report will be published in December.",
        "The inquiry will hear from the minister on 8 December rather than 1 December.",
    ) == ["2026-12", "2026-12-08"]


def test_the_story_s_own_words_are_no_sign_of_the_same_event() -> None:
    """In a story every sentence of which says "council" and "tram", sharing those says nothing."""
    filler = [
        Sentence(f"The council's tram plan drew {n} objections from residents.", 2 + n, 0, date(2026, 11, 1))
        for n in range(6)
    ]
    items = [
        Sentence("The council's tram line will open to passengers on 14 December.", 0, 0, date(2026, 11, 10)),
        Sentence(
            "Council elections over the tram plan will be held on 21 December, not 14 December.",
            1,
            0,
            date(2026, 11, 12),
        ),
    ]
    assert [e.label for e in upcoming_entries(items + filler, after=MONDAY)] == ["2026-12-14", "2026-12-21"]


def test_can_makes_a_coming_day_only_with_a_going_verb() -> None:
    assert _refs("Police can now confirm the arrest on Sunday of a 34-year-old man.")[0][0] == date(2026, 11, 15)
    assert _coming("Officials cannot explain the blackout on Saturday that left 4,000 homes dark.") == []
    assert _coming("Voters can see the results of Sunday's election online.") == []
    assert _coming("Residents can return home on Sunday, the council said.") == [date(2026, 11, 22)]


def test_negated_or_perfect_supposed_to_is_no_coming_day() -> None:
    for text in (
        "The ferry was not supposed to sail on Saturday.",
        "The plane wasn't supposed to land on Sunday.",
        "The new trains were never supposed to run on Saturday.",
        "Officials had been supposed to announce the results on Friday.",
    ):
        assert _coming(text) == [], text
        assert _refs(text)[0][0] < MONDAY, text
    assert _coming("The ministers are supposed to meet on Friday.") == [date(2026, 11, 20)]


def test_not_until_or_not_before_keeps_the_announced_day() -> None:
    assert _coming("Restaurants will reopen in stages, not until 1 December for indoor dining.") == [date(2026, 12, 1)]
    assert _coming("The bridge will stay shut for weeks, and not before 4 December, engineers said.") == [
        date(2026, 12, 4)
    ]
    assert _refs("The race will start on 5 December, not 28 November.")[1][2]  # still a day given up


def test_a_plural_s_result_phrase_is_no_schedule() -> None:
    """ "Stocks close at a record high on Friday", "Negotiations end in failure on Tuesday": that day's news; "at" a
    time is still a schedule ("Polling stations open at 7am on Thursday")."""
    assert _refs("Stocks close at a record high on Friday as oil prices fall.")[0][0] == date(2026, 11, 13)
    assert _refs("Negotiations end in failure on Tuesday after a night of talks.", date(2026, 11, 18))[0][0] == date(
        2026, 11, 17
    )
    assert _coming("Polling stations open at 7am on Thursday.") == [date(2026, 11, 19)]


def test_a_last_day_for_someone_is_an_event() -> None:
    assert _refs("Friday was the last day for the workers at the plant, which closed after 80 years.")[0] == (
        date(2026, 11, 13),
        "past",
        False,
    )
    assert _refs("Today is the last day to claim.")[0][2]


def test_a_former_plan_kept_is_still_coming() -> None:
    assert _coming("The concert, previously scheduled for 12 December, will go ahead as planned.") == [
        date(2026, 12, 12)
    ]
    assert _coming("The concert, previously scheduled for 12 December, will now be held on 19 December.") == [
        date(2026, 12, 19)
    ]


def _ranked(lead: str, published: date) -> dict[date, float]:
    return dict(rank_dates(date_sentences([Sentence(lead, 0, 0, published)])))


def test_a_statement_of_yesterday_is_no_news_beside_the_event_it_names() -> None:
    """ "Officials said yesterday that the dam had burst on Saturday": the event's day is Saturday, the saying no
    event of Monday; nor "said last night that the family had been told nothing since ... Sunday"; nor a document's
    finding ("..., a report released by the commission said yesterday"). The plan a statement announces is still its
    news ("can return home on Sunday, the council said yesterday")."""
    tuesday = date(2026, 11, 17)
    dam = _ranked("Officials said yesterday that the dam had burst on Saturday night, flooding 300 homes.", tuesday)
    assert dam.get(date(2026, 11, 16), 0.0) < 1.0 and dam[date(2026, 11, 14)] >= 1.0
    wife = _ranked(
        "The wife of the kidnapped engineer said last night that the family had been told almost nothing since he was "
        "taken at the quarry on Sunday.",
        tuesday,
    )
    assert wife.get(date(2026, 11, 16), 0.0) < 1.0
    report = _ranked(
        "The ministry hid the cost overruns from parliament, a report released by the audit office said yesterday.",
        tuesday,
    )
    assert report.get(date(2026, 11, 16), 0.0) < 1.0
    plan = _ranked("Residents of the flooded valley can return home on Sunday, the council said yesterday.", tuesday)
    assert plan.get(date(2026, 11, 16), 0.0) >= 1.0


def test_a_recap_list_is_the_text_only_of_days_no_other_sentence_tells() -> None:
    """ "For the record: the case opened on 9 October; police raided ... on 21 October; the sponsor walked out on
    4 November." places each day, but the day another sentence tells shows that sentence."""
    pub = date(2046, 11, 20)
    recap = Sentence(
        "For the record, the dates that mattered: the doping case opened on 9 October; police raided the cycling "
        "federation on 21 October; and the main sponsor walked out on 4 November.",
        0,
        0,
        pub,
    )
    raid = Sentence("Police raided the cycling federation's offices in Lyon on 21 October.", 1, 6, date(2046, 10, 22))
    entries = build_entries([recap, raid], n_dates=3)
    texts = {e.when: e.sentences[0].text for e in entries}
    assert texts[date(2046, 10, 21)] == raid.text
    assert texts[date(2046, 11, 4)] == recap.text


def test_a_due_day_only_spoken_of_is_still_coming() -> None:
    """A deed that settles a debt voids its due day ("Payment was made on a loan due 2 December"); one that only
    speaks of it does not ("received letters about rent due on 1 December")."""
    assert _coming("Tenants received letters about rent due on 1 December.") == [date(2026, 12, 1)]
    assert _coming("The council approved a payment on the invoice due 30 November.") == [date(2026, 11, 30)]
    assert _coming("Payment was made on a loan due 2 December.") == []


def test_a_month_s_possessive_after_an_ordinal_is_no_day() -> None:
    assert [(r.when, r.granularity) for r in resolve("She won the second of March's two marathons.", MONDAY)] == [
        (date(2026, 3, 1), "month")
    ]
    assert resolve("The vote is on the fourth of March.", MONDAY)[0].when == date(2026, 3, 4)


def test_a_rubric_is_no_speaker_s_label() -> None:
    text = "EDITOR'S NOTE: This story was updated on Monday. We will publish the results on 3 December."
    assert announcements(0, text, MONDAY, kept=set()) == []
    turn = "THE CHAIR: The hearings will begin on 3 December. I intend to deliver an interim report by 14 December."
    assert [s.text for s in announcements(0, turn, MONDAY, kept=set())][1].startswith("THE CHAIR: … I intend")


def test_ago_today_before_what_one_would_have_thought_is_no_event() -> None:
    quote = '"Six months ago today I would not have believed we could win this," the coach said.'
    assert resolve(quote, MONDAY)[0].void
    assert not resolve("Six months ago today, the volcano erupted.", MONDAY)[0].void
