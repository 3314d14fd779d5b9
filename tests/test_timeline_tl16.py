"""Timeline kinds (issue 14, tl16): a pit named with its number or an adjective is no first-person "mine"; a day of
the month written alone ("on the 12th"); a day that comes round each year; the future's "will have"; a relative clause
set off by commas just before a coming day; every coming day of a sentence that names two."""

from datetime import date

from digest.briefs.sentences import Sentence, article_sentences, is_reader_voice
from digest.briefs.timeline import coming_dates, resolve, upcoming_entries

# 2031-03-20 is a Thursday.
THURSDAY = date(2031, 3, 20)


def _days(text: str, published: date) -> list[date]:
    return [r.when for r in resolve(text, published)]


def _coming(text: str, published: date) -> list[date]:
    return [r.when for r in coming_dates(text, published)]


def test_a_pit_named_with_its_number_or_an_adjective_is_no_possessive() -> None:
    assert not is_reader_voice(
        "Divers reached the flooded gallery of the Kessel No. 2 mine on Monday, the operator said."
    )
    assert not is_reader_voice("Pit 7 mine was sealed after the fire, the regulator said.", strict=False)
    assert not is_reader_voice("It opened in 1958 and is the largest working mine in the county.", strict=False)
    assert not is_reader_voice("Inspectors visited its old lead mine twice last year.", strict=False)
    # the possessive stays first person
    assert is_reader_voice("The decision was mine, and I would take it again.", strict=False)
    assert is_reader_voice("That old bicycle of mine was stolen from the station.", strict=False)
    assert is_reader_voice("The whole idea was mine from the start.", strict=False)


def test_a_wire_lead_about_a_numbered_pit_is_kept() -> None:
    text = (
        "KESSEL, March 20 (Nordwire) - Rescuers reached four trapped workers at the Kessel No. 2 mine on Thursday, the "
        "operator said.\n\nThe men were taken to hospital in Arnau."
    )
    kept = article_sentences(0, text, THURSDAY)
    assert any("Rescuers reached four trapped workers" in s.text for s in kept)


def test_a_day_of_the_month_written_alone_is_the_nearest_such_day() -> None:
    # told after it: this month's, or last month's when the day is still ahead this month
    assert _days("The ferry service stopped on the 12th when the storm hit the strait.", THURSDAY) == [
        date(2031, 3, 12)
    ]
    assert _days("The bakery chain closed its last shop on the 28th, staff said.", THURSDAY) == [date(2031, 2, 28)]
    # still to come: the next such day, this month's or next month's
    assert _coming("The club will hold its vote on the 9th about the merger.", THURSDAY) == [date(2031, 4, 9)]
    assert _coming("The library will reopen on the 27th.", THURSDAY) == [date(2031, 3, 27)]
    # a 31st skips the months that have none
    assert _days("The road was resurfaced on the 31st, the council said.", date(2031, 5, 10)) == [date(2031, 3, 31)]


def test_an_ordinal_that_is_no_day_of_the_month_names_no_date() -> None:
    assert _days("Firefighters reached the blaze on the 3rd floor of the tower block.", THURSDAY) == []
    assert _days("The chapel was built in the 15th century by local masons.", THURSDAY) == []
    assert _days("She retired after the 2nd round of the qualifying tournament.", THURSDAY) == []


def test_a_weekday_with_a_day_of_the_month_is_that_day() -> None:
    assert date(2031, 3, 14) in _days("The harbour reopened on Friday the 14th after repairs.", THURSDAY)


def test_a_day_that_comes_round_each_year_names_no_event() -> None:
    for text in (
        "The lifeboat crew's rescue is remembered every year on 9 March with a service at the harbour.",
        "A plaque stands by the bridge, and the anniversary on 2 February is still marked with a vigil.",
        "The town fair on 3 March is held each year on the green.",
    ):
        refs = resolve(text, THURSDAY)
        assert refs and all(r.void for r in refs), text
    # one year's anniversary told as an event keeps its day
    refs = resolve("The anniversary concert on 2 March drew 5,000 people to the square.", THURSDAY)
    assert [(r.when, r.void) for r in refs] == [(date(2031, 3, 2), False)]


def test_the_futures_have_is_no_perfect() -> None:
    text = "Shareholders will have the chance to vote on this next Wednesday, when the board meets."
    assert _coming(text, THURSDAY) == [date(2031, 3, 26)]
    # the perfect keeps its past
    assert _coming("Shareholders have had the chance to vote on this since Wednesday.", THURSDAY) == []


def test_a_relative_clause_before_a_coming_day_leaves_its_tense_to_the_main_clause() -> None:
    text = "The committee will question the chief engineer, whose report found 40 faults, a week on Monday."
    assert _coming(text, THURSDAY) == [date(2031, 3, 31)]
    assert _coming("The mayor will meet the tenants, who lost their homes in the flood, on Tuesday.", THURSDAY) == [
        date(2031, 3, 25)
    ]
    # a past main clause stays past
    assert _coming("The tenants, who lost their homes in the flood, met the mayor on Tuesday.", THURSDAY) == []


def test_every_coming_day_of_a_sentence_is_announced() -> None:
    texts = [
        "The league will decide, on 12 April, on a plan to merge the two clubs from 1 August 2032.",
        "Ticket holders will be contacted by the club.",
    ]
    sentences = [Sentence(t, i, 0, THURSDAY) for i, t in enumerate(texts)]
    shown = [e.when for e in upcoming_entries(sentences, after=THURSDAY, k=4)]
    assert shown == [date(2031, 4, 12), date(2032, 8, 1)]


def test_a_cleft_sentence_stands_alone() -> None:
    from digest.briefs.sentences import is_usable

    # the "it" of a cleft points at the clause after "that"/"who", not at an earlier sentence
    assert is_usable("It was Dr Amara Osei's testimony last Monday that the jury kept asking about.")
    assert is_usable("It was on Tuesday that the ferry operator finally gave way to the crews.")
    # an "it" that may be the sentence before's stays out
    assert not is_usable("It was a small firm that made valves for the navy.")
    assert not is_usable("It was Monday, and nobody at the depot had slept.")


def test_an_earlier_event_named_in_a_phrase_without_a_verb_keeps_its_day() -> None:
    # the verb after the phrase is the sentence's: 9 March is the storm's, gone, not next year's
    text = "The flood barrier built after the storm on 9 March will stay in place until the autumn."
    assert _days(text, THURSDAY) == [date(2031, 3, 9)]
    assert _coming(text, THURSDAY) == []
    # with a comma, as before
    assert _days("After the landslide on 2 March, the council will close the coast road.", THURSDAY)[0] == date(
        2031, 3, 2
    )


def test_a_count_after_a_number_spelled_out_is_no_schedule() -> None:
    # "votes" after "three" is a count, not "the council votes on Thursday"
    text = "The mayor, who survived after the motion failed by three votes on Monday, said she would stay on."
    assert _days(text, THURSDAY) == [date(2031, 3, 17)]
    assert _days("The council votes on Monday.", THURSDAY) == [date(2031, 3, 24)]


def test_a_period_ends_after_it_starts() -> None:
    october = date(2031, 10, 28)
    text = "Applications for the grant can be made from Nov. 3 until Feb. 27, the arts council said."
    assert _days(text, october) == [date(2031, 11, 3), date(2032, 2, 27)]
    # the plural's present after "and" shares its subject: both days are the schedule's, still to come
    assert _days("Nominations open on 3 November and close on 27 February.", october) == [
        date(2031, 11, 3),
        date(2032, 2, 27),
    ]
    # a period gone keeps its year
    assert _days("The exhibition ran from 3 March to 9 May.", october) == [date(2031, 3, 3), date(2031, 5, 9)]


def test_a_plan_decided_on_a_day_keeps_its_own_day_ahead() -> None:
    # the day of the vote comes between the verb and its infinitive: 4 February is the replay's, next year's
    text = "The league voted on Tuesday to hold the replayed final on Feb. 4."
    assert _days(text, date(2031, 12, 9)) == [date(2031, 12, 9), date(2032, 2, 4)]
    text = "The board agreed yesterday to sell the stadium on 30 January."
    assert _days(text, date(2031, 12, 9)) == [date(2031, 12, 8), date(2032, 1, 30)]
