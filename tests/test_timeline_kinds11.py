"""Timeline kinds (issue 14, tl11): a fact box's dated bullet lines, run together once the page's line breaks are
gone, are each a dated sentence of their own; a dash inside prose splits nothing."""

from datetime import date

from digest.briefs.sentences import article_sentences, split_sentences
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
