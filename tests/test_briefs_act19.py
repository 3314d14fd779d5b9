"""Attribution precision follow-ups (issue 14, act12b).

- A short name in brackets after two actors joined by "and" ("Minister Ann Lowe and Coastal Safety Agency (CSA)
  director Tom Hale") defines the body it draws its initials from, never both actors run together.
"""

from __future__ import annotations

from briefs_support import read_report


def test_initials_after_two_joined_actors_define_the_last() -> None:
    _usable, _context, claims = read_report(
        "The order came in a letter to the mine's owners from Transport Minister Ann Lowe and Coastal Safety Agency "
        "(CSA) director Tom Hale. Separately, the CSA told the owners on Friday that they had two days to close the "
        "lower shaft and must file a new safety plan."
    )
    actors = {c.actor for c in claims}
    assert "Coastal Safety Agency" in actors
    assert not any(" and " in a for a in actors)


def test_initials_drawn_from_both_sides_of_and_keep_the_whole_name() -> None:
    _usable, _context, claims = read_report(
        "The Fisheries and Marine Authority (FMA) met the trawler crews on Monday. "
        "The FMA said the quota for cod would be cut by a fifth next season."
    )
    assert "Fisheries and Marine Authority" in {c.actor for c in claims}
