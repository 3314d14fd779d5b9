"""Timeline kinds (issue 14, tl11): a fact box's dated bullet lines, run together once the page's line breaks are
gone, are each a dated sentence of their own (a dash inside prose splits nothing); a timeline article's dated lines are
read past the sentences read of any article."""

from datetime import date

from digest.briefs.sentences import Sentence, article_sentences, split_sentences
from digest.briefs.timeline import date_sentences

_BOX = (
    "Key facts about the flood: - March 3: The river breaches its banks above the old mill and fields go under. "
    "- March 5: Engineers open the sluices at the weir to relieve the town. "
    "* March 9 - The last families return to the lower streets of the town. "
    "• 12 March: The county asks the ministry for emergency funds to rebuild the bridge."
)


def test_each_bullet_of_a_fact_box_is_its_own_dated_sentence() -> None:
    kept = [s.text for s in article_sentences(0, _BOX, date(2024, 3, 14))]
    assert "March 3: The river breaches its banks above the old mill and fields go under." in kept
    assert "March 5: Engineers open the sluices at the weir to relieve the town." in kept
    assert "March 9 - The last families return to the lower streets of the town." in kept
    assert "12 March: The county asks the ministry for emergency funds to rebuild the bridge." in kept
    placed = {d.when: d.sentence.text for d in date_sentences(article_sentences(0, _BOX, date(2024, 3, 14)))}
    assert sorted(placed) == [date(2024, 3, 3), date(2024, 3, 5), date(2024, 3, 9), date(2024, 3, 12)]
    assert placed[date(2024, 3, 5)].startswith("March 5: Engineers")


def test_a_dash_in_prose_or_before_an_undated_item_splits_nothing() -> None:
    prose = "The mayor - a builder by trade - said the bridge would reopen on March 20 - if the weather held."
    assert split_sentences(prose) == [prose]
    # a second item under the same date keeps that date: it stays with its line
    line = "March 4 - Crews clear the road to the dam. -- The army sends two helicopters to the valley."
    assert split_sentences(line) == [line]


def test_a_photo_caption_without_a_bullet_is_still_no_timeline_line() -> None:
    text = "June 2: Rescue boats are seen near the flooded farm in this aerial photo taken over the valley."
    assert article_sentences(0, text, date(2024, 6, 3)) == []


def _long_article(dated_lines: list[str]) -> str:
    filler = " ".join(f"Witness number {n} described the night at the harbour wall in some detail." for n in range(45))
    return " ".join(dated_lines[:-1]) + " " + filler + " " + dated_lines[-1]


def test_a_timeline_article_s_dated_lines_are_read_past_the_usual_sentences() -> None:
    lines = [
        "The ferry case: a timeline.",
        "3 May 2031 The ferry runs aground on the sandbank outside the harbour.",
        "9 May 2031 Divers find a crack in the hull below the waterline.",
        "20 June 2031 The harbour master is suspended pending an inquiry.",
        "2 July 2031 The inquiry opens in the town hall with forty witnesses.",
        "8 August 2031 The owners sell the ferry's sister ship to a Greek line.",
        "14 March 2032 The court finds the harbour master guilty of neglect.",
    ]
    kept = [s.text for s in article_sentences(0, _long_article(lines), date(2032, 3, 20))]
    assert lines[-1] in kept
    # a box line's date cut off where a headline would be ("3 May 2031" | "The ferry runs ...") heads its sentence again
    assert lines[1] in kept
    assert not any(k.startswith("Witness number 44") for k in kept)  # only its dated lines are read on


def test_an_ordinary_long_article_is_not_read_past_the_usual_sentences() -> None:
    last = "14 March 2032 The court finds the harbour master guilty of neglect."
    lines = ["The ferry ran aground on the sandbank outside the harbour.", last]
    kept = [s.text for s in article_sentences(0, _long_article(lines), date(2032, 3, 20))]
    assert last not in kept


def _days(text: str, published: date) -> list[date]:
    return [d.when for d in date_sentences([Sentence(text, 0, 0, published, "")])]


def test_a_recap_places_every_calendar_day_it_tells_as_done() -> None:
    recap = (
        "The quarry flooded on 4 April, the pumps failed on 6 April, the owners closed the site on 11 April "
        "and the inspectors arrived on 15 April."
    )
    assert _days(recap, date(2024, 4, 20)) == [date(2024, 4, 4), date(2024, 4, 6), date(2024, 4, 11), date(2024, 4, 15)]


def test_a_recap_s_later_plans_and_weekdays_stay_unplaced() -> None:
    planned = "The quarry flooded on 4 April, the pumps failed on 6 April and the site will reopen on 30 April."
    assert _days(planned, date(2024, 4, 20)) == [date(2024, 4, 4), date(2024, 4, 6)]
    # past the second day, weekdays are a forecast's options rather than a record
    forecast = "The slick could reach the marshes on Friday, the islands on Saturday and the coast on Sunday."
    assert len(_days(forecast, date(2024, 4, 17))) == 2
