"""Sentences: in-article timeline lines count as dated sentences; datelines of any agency are trimmed."""

from datetime import date

from digest.briefs.sentences import article_sentences, is_timeline_line
from digest.briefs.timeline import strip_leading_date


def test_timeline_box_lines_are_kept_and_shown_without_their_date() -> None:
    text = (
        "Timeline: the doctor's case. 8 February 2010 Dr Murray is charged with involuntary manslaughter. "
        "16 May: A tube is inserted into the leaking pipe to funnel off the oil. "
        "6 January 2011 Last updated at 17:03 GMT Help"
    )
    kept = [s.text for s in article_sentences(0, text, date(2011, 1, 6))]
    assert "8 February 2010 Dr Murray is charged with involuntary manslaughter." in kept
    assert "16 May: A tube is inserted into the leaking pipe to funnel off the oil." in kept
    assert not any("Last updated" in k for k in kept)
    assert strip_leading_date(kept[0], published=date(2011, 1, 6)) == (
        "Dr Murray is charged with involuntary manslaughter."
    )
    assert strip_leading_date(kept[1], published=date(2010, 6, 1)).startswith("A tube is inserted")


def test_list_debris_is_no_timeline_line() -> None:
    assert not is_timeline_line("12 Jan 12, 2010: Port-au-Prince, Haiti.")
    assert not is_timeline_line("Related: 5 May: Oil reaches the coast of Louisiana today.")
    assert not is_timeline_line("June 15, 2010: President Obama speaks from the Oval Office on the spill.")
    assert not is_timeline_line("4 May 20 April: Rig explodes 28 April: Coastguard fears one of the worst spills.")


def test_timeline_entries_show_no_dateline_of_any_agency() -> None:
    shown = [
        strip_leading_date(t)
        for t in (
            "VELL, March 6 (Wire) - Thousands of protesters marched through Vell Square.",
            "HOUSTON, May 8 (Reuters) -- A natural gas cloud enveloped an offshore oil rig.",
            "Port-au-Prince (Dispatch) — Nine aid workers were killed on Thursday.",
            "AP NEW ORLEANS -- A device is now sucking up oil from the well.",
            "Tamrit, Sahiria — Protesters filled the main square on Friday.",
            "Rio de Janeiro, Brazil — Floods killed 12 people on Monday.",
        )
    ]
    assert [s.split()[0] for s in shown] == ["Thousands", "A", "Nine", "A", "Protesters", "Floods"]
    # A body named with its acronym is no dateline.
    kept = "The Disasters Emergency Committee (DEC) - An umbrella group of charities - launched an appeal."
    assert strip_leading_date(kept) == kept


def test_a_name_after_a_gerund_of_a_lead_is_its_object_not_a_glued_headline() -> None:
    """A UK lead with no dateline: "of bombing Orvesh while ..." is one sentence, not a headline glued to a lead (the
    piece before the name, having no full stop, would be dropped with the day it reports)."""
    from digest.briefs.sentences import segments

    text = (
        "The Lisbon peace talks on Varna collapsed yesterday when the rebel delegation walked out, accusing the army "
        "of shelling Tarvik while its negotiators were at the table. Ines Varga, the UN envoy, said she hoped to meet "
        "again in the spring."
    )
    assert segments(text)[0].startswith("The Lisbon peace talks") and segments(text)[0].endswith("at the table.")


def test_a_name_after_an_infinitive_is_its_object_not_a_glued_headline() -> None:
    """ "... in talks to take over Corran Mills was ..." is one sentence; cut before the name, the lead lost its day."""
    from digest.briefs.sentences import segments

    text = (
        "Friday's news that Halden Foods is in talks to acquire Corran Mills was greeted with relief in the town. "
        "The mill employs 400 people."
    )
    assert segments(text)[0] == (
        "Friday's news that Halden Foods is in talks to acquire Corran Mills was greeted with relief in the town."
    )
