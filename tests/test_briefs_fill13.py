"""fill13: a pair of opposite claims fills a tension slot only when one side denies what the other asserts (its "not"
governs words the other says, outside any condition or "rule out") on a matter more specific than the story's own
words; an empty slot stays empty rather than show two claims that do not oppose each other."""

from __future__ import annotations

from briefs_support import topic_brief_of

from digest.briefs.extractive import _denies, _general_stems, _main_clause


def test_a_not_that_governs_the_other_side_s_words_denies_them() -> None:
    assert _denies("The levy has not been paid by any of the ferry firms.", "Two ferry firms have paid the levy.")
    assert _denies("The cause of the fire was not the ECU.", "The insurer blamed the ECU for the fire.")  # a short word
    # The subject before the verb and the reason after it are part of what is denied.
    assert _denies("The alarm did not ring until after midnight.", "The alarms rang at nine.")
    assert _denies("The school would not be covered by the levy, because its rent is fixed.", "Its rent should rise.")


def test_a_not_about_other_words_denies_nothing_the_other_says() -> None:
    # The regret and the charge are about one crash, but "never" governs "happened", which the charge does not say.
    assert not _denies(
        "The derailment was a sad one which should never have happened.",
        "The operator was accused of skipping safety checks before the derailment.",
    )
    assert not _denies("The carrier said the crash should never have happened.", "The pilots skipped the checks.")
    assert not _denies("There is nothing odd about it, other than the noise.", "Other towns have quieter mills.")


def test_ruling_out_a_step_and_a_condition_are_no_denial() -> None:
    assert not _denies("The regulator could not rule out fining the water company.", "The water company was fined.")
    assert not _denies("If the contractors are not doing their work, we will replace them.", "We are doing our work.")
    assert _main_clause("The council has in effect decided, even if the vote is not yet held.") == (
        "The council has in effect decided"
    )
    assert _main_clause("If they do not pay, the port will close.") == "the port will close."


def test_words_in_half_the_reports_are_the_story_s_own() -> None:
    reports = [f"The ferry strike entered day {n}. Crews met at the harbour." for n in range(24)]
    reports[0] += " The union rejected the wage offer."
    general = _general_stems(reports)
    assert {"ferry", "strike", "harbour"} <= general
    assert "wage" not in general and "union" not in general
    assert _general_stems(reports[:8]) == set()  # a handful of reports: the matter in dispute is in most of them


STORY = "The ferry strike at Port Alder entered another day as crews stayed at the harbour."


def test_a_denial_of_the_other_side_s_matter_still_fills_a_slot() -> None:
    brief = topic_brief_of(
        f"{STORY} Harbour master Ingrid Vale said the eastern breakwater had cracked in the storm.",
        f"{STORY} Engineer Tomas Reyes said the eastern breakwater had not cracked in the storm at all.",
    )
    assert any("Vale" in t.summary and "Reyes" in t.summary for t in brief.tensions)


def test_a_never_about_something_else_fills_no_slot() -> None:
    brief = topic_brief_of(
        f"{STORY} Harbour master Ingrid Vale said the checks on the eastern ramp at the terminal were skipped before"
        " its collapse.",
        f"{STORY} Engineer Tomas Reyes said the collapse of the eastern ramp at the terminal should never have"
        " happened.",
    )
    assert not any("Vale" in t.summary and "Reyes" in t.summary for t in brief.tensions)
