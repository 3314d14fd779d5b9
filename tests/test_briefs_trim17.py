"""A perspective's stance cut where a reader would cut it: whole sentences of a quotation, never a number's comma."""

from __future__ import annotations

from digest.briefs.extractive import _trim_claim


def test_a_quotation_of_several_sentences_keeps_whole_sentences() -> None:
    claim = (
        "Last spring I told the parents and this village that the roof was sound. "
        "It was not, and our surveyors missed the rot in the beams, and I am sorry for the weeks it cost the children."
    )
    trimmed = _trim_claim(claim)
    assert trimmed.endswith("cost the children.") and "surveyors missed the rot" in trimmed


def test_a_number_s_comma_is_no_place_to_cut() -> None:
    claim = (
        "The health board said it had confirmed cases in nine districts and expected to treat 4,500 more patients "
        "in the coming weeks as the winter wards fill up across the region this season"
    )
    trimmed = _trim_claim(claim)
    assert "4…" not in trimmed and trimmed.endswith("…")


def test_a_cut_never_ends_on_a_connective() -> None:
    claim = (
        "The ferry company said it would keep the winter timetable for now and review it in spring once the new "
        "vessel has passed its trials and the harbour works are finished, however the crews"
    )
    trimmed = _trim_claim(claim)
    assert not trimmed.rstrip("…").endswith(("however", "However", ","))


def test_a_note_s_cut_skips_a_number_s_comma() -> None:
    from digest.briefs.changes import _short

    claim = (
        "The water board said on Friday it had pumped 12,400 cubic metres out of the flooded quarry by Thursday night "
        "and hoped to reopen the road"
    )
    assert "pumped 12,400 cubic metres" in _short(claim)
