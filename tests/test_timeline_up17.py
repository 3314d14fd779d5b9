"""Coming and superseded dates (issue 14, up17): a day set beside the noun of a past verb is history, never next
year's; a deadline put in the past while its day is ahead no longer holds; "is now expected by", "is asked, at its
meeting on ..., to approve", "are required to ... by" announce a coming day; a plan a later source calls off is no
longer coming; an open question's last clause may name the day it is settled; "it" after a sentence reads that
sentence; a report's numbered paragraph and a thread's post stamps are no part of a timeline line."""

from datetime import date

from digest.briefs.sentences import Sentence
from digest.briefs.timeline import announcements, coming_dates, resolve, strip_leading_date, upcoming_entries


def _days(text: str, published: date) -> list[date]:
    return [r.when for r in coming_dates(text, published)]


def test_a_day_beside_the_noun_of_a_past_verb_is_history() -> None:
    told = date(2041, 3, 4)
    text = "The ferry company did not make the repayment due on 1 February by the end of its extension on 28 February."
    assert [r.when for r in resolve(text, told)] == [date(2041, 2, 1), date(2041, 2, 28)]
    assert _days(text, told) == []
    assert _days("The club missed the instalment due on 10 February.", told) == []
    # a "due" that is the clause's own verb, or a noun's in a clause still to come, keeps its coming day
    assert _days("The next instalment is due on 10 April.", told) == [date(2041, 4, 10)]
    assert _days("The club will pay the instalment due on 10 April.", told) == [date(2041, 4, 10)]


def test_a_deadline_put_in_the_past_no_longer_holds() -> None:
    told = date(2041, 5, 12)
    assert _days("The inspectors' report was due by 30 May.", told) == []
    # a speaker's backshift is still the plan
    assert _days("The minister said the inspectors' report was due by 30 May.", told) == [date(2041, 5, 30)]
    # its new day, said of "it", is coming, however far ahead
    assert _days("It is now expected by 20 October, the ministry says.", told) == [date(2041, 10, 20)]


def test_a_request_or_a_duty_names_a_coming_day() -> None:
    told = date(2041, 9, 2)
    text = "The board is asked, at its meeting on 9 September, to approve the new bus timetable from 1 October."
    assert _days(text, told) == [date(2041, 9, 9), date(2041, 10, 1)]
    assert _days("Bidders are required to submit their offers by 30 November.", told) == [date(2041, 11, 30)]
    # a question put in the past is not
    assert _days("The board was asked on 9 August to approve the timetable.", told) == []


def _s(text: str, article: int, published: date) -> Sentence:
    return Sentence(text, article, 0, published)


def test_a_plan_called_off_later_is_no_longer_coming() -> None:
    first, later = date(2041, 6, 2), date(2041, 6, 20)
    sentences = [
        _s("The trust gave notice that it intends to close the Brookfield children's nursery on 31 July.", 0, first),
        _s("Inspectors will return to Brookfield by 15 August.", 0, first),
        _s("The trust has withdrawn its notice of closure of the Brookfield children's nursery.", 1, later),
        _s("Families had collected four hundred signatures in a fortnight.", 1, later),
        _s("A councillor praised the volunteers who run the lunch club.", 1, later),
        _s("Parking near the site has been a complaint for years.", 0, first),
        _s("The minibus service carries twelve people each morning.", 0, first),
    ]
    days = [e.when for e in upcoming_entries(sentences, after=later, k=5)]
    assert days == [date(2041, 8, 15)]  # the place's name alone does not call off the inspection
    # without the withdrawal both are coming
    days = [e.when for e in upcoming_entries(sentences[:2] + sentences[3:], after=later, k=5)]
    assert days == [date(2041, 7, 31), date(2041, 8, 15)]


def test_an_open_question_names_the_day_it_is_settled() -> None:
    told = date(2041, 4, 3)
    text = (
        "Lead text of the bulletin about the harbour dues, which rose again this spring for the fishing fleet.\n\n"
        "The harbour board has not yet decided whether to refund the dues; the trustees will decide at their meeting "
        "on 22 April, after the fleet has replied."
    )
    found = [s.text for s in announcements(0, text, told)]
    assert "The trustees will decide at their meeting on 22 April, after the fleet has replied." in found


def test_it_reads_the_sentence_just_before_it() -> None:
    told = date(2041, 4, 3)
    text = (
        "Harbour Gazette · Thursday 3 April 2041\n\n"
        "My request for a debate on the harbour dues was granted. It takes place next Wednesday afternoon."
    )
    found = [s.text for s in announcements(0, text, told)]
    assert "My request for a debate on the harbour dues was granted. It takes place next Wednesday afternoon." in found


def test_a_reports_numbered_paragraph_announces_its_day() -> None:
    told = date(2041, 4, 3)
    text = (
        "Report of the Director of Transport\n\n3. Recommendations\n3.1 Committee is asked to agree the new fares "
        "from 1 May.\n3.2 Background follows in the appendix."
    )
    found = [s.text for s in announcements(0, text, told)]
    assert "Committee is asked to agree the new fares from 1 May." in found


def test_a_timeline_line_shows_one_post_of_a_thread() -> None:
    told = date(2041, 2, 11)
    text = 'The mayor calls the budget "tight". 🧵 · 6:02 PM · Feb 11, 2041 2/ Members then vote on item 5.'
    assert strip_leading_date(text, published=told) == 'The mayor calls the budget "tight".'
    text = '"We will appeal." · 6:40 PM 9/ The ruling takes effect on 1 March, the clerk says.'
    assert strip_leading_date(text, published=told) == "The ruling takes effect on 1 March, the clerk says."
