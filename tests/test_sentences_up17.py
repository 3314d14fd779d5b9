"""Sentence splitting (issue 14, up17): a page's metadata line with middle dots is a heading however long; an opening
photo caption that ends on a quotation without a stop is no part of the lead."""

from digest.briefs.sentences import segments, split_sentences


def _pieces(text: str) -> list[str]:
    return [p for chunk in segments(text, 40) for p in split_sentences(chunk)]


def test_a_metadata_line_is_a_heading() -> None:
    text = (
        "Posted on 4 March 2031 by Ana Bell · Filed under: Rail, Buses, Timetables\n\n"
        "The night bus to Kelso was cut yesterday. Riders were not told."
    )
    pieces = _pieces(text)
    assert "The night bus to Kelso was cut yesterday." in pieces
    assert not any(p.startswith("Posted on") and "Kelso" in p for p in pieces)


def test_a_threads_post_is_prose_not_a_heading() -> None:
    text = "1/ The mayor opens the session with the budget · 6:02 PM\n\n2/ Members then vote on item 5. · 6:05 PM"
    assert not any(p.startswith("1/") and p.endswith("budget") for p in _pieces(text)[:1] if "2/" not in p)


def test_an_opening_quote_caption_is_dropped() -> None:
    text = (
        'Dr Ana Roe says the climber is "stable" Three climbers were brought down from the ridge after two nights '
        "in the snow. Rescuers reached them at dawn."
    )
    assert _pieces(text)[0] == "Three climbers were brought down from the ridge after two nights in the snow."
    # a quotation run on with a day is the sentence's own
    text = 'The minister called the report "a farce" Monday after it was published. Critics disagreed.'
    assert _pieces(text)[0].startswith("The minister called")


def test_a_run_of_page_stamps_is_matched_in_linear_time() -> None:
    """'Updated 10:00 ' repeated gave the stamp pattern two ways to take each space (after the time or at the unit's
    end): 22 repeats took seconds. Each space has one place now; a scraped page can't stall the sentence split."""
    from digest.briefs.sentences import _PAGE_STAMP

    assert _PAGE_STAMP.fullmatch("Updated 10:00 " * 400 + "x") is None
    assert _PAGE_STAMP.fullmatch("Updated 3.14 p.m. GMT")
    assert _PAGE_STAMP.fullmatch("First published 09:10 BST | Updated 11:40 BST")
