"""Review rev16a's findings kept as tests: a time condition's words are no denial of what the other side says."""

from digest.briefs.extractive import _denies


def test_a_time_condition_denies_nothing_the_other_side_affirms() -> None:
    assert not _denies(
        "The minister will not sign the treaty until parliament has debated the full text",
        "Parliament debated the full text on Tuesday",
    )
    assert not _denies(
        "The union will not call off the strike before the board has published the accounts",
        "The board published the accounts this morning",
    )


def test_a_denial_of_the_main_clause_still_denies() -> None:
    assert _denies("The club has not paid the transfer fee", "The club paid the transfer fee in full")
    assert _denies(
        "The club has not paid the transfer fee until now, whatever its chairman says",
        "The club paid the transfer fee in full",
    )
