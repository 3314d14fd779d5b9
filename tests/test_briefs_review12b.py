"""Regressions a read-only review (at11) found in the Perspectives and What changed rules of issue 14.

Each test holds one construction the narrowed rule must keep apart from the one it was made for (tests in
test_briefs_kinds9c.py keep those).
"""

from __future__ import annotations

import pytest

from digest.briefs.changes import printable_development


# The letter-grade rule ("B arrived on Monday, a week after her D") needs a grade context: "A" before a participle
# is the article, and the day's main news.
@pytest.mark.parametrize(
    "line",
    [
        "A renewed ceasefire took effect at midnight on Sunday after talks in Doha between the two sides.",
        "A red weather warning was issued for the Calder valley on Thursday.",
        "A disputed count was held again in the town hall on Monday.",
    ],
)
def test_the_article_a_before_a_participle_is_a_development(line: str) -> None:
    assert printable_development(line)


def test_a_letter_grade_with_its_grade_context_is_still_no_development() -> None:
    assert not printable_development("A arrived on Friday, by email, eight days after her C.")
