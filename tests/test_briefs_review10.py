"""Review findings on the issue-14 tension, attribution and What changed rules (review br9), one test per mechanism.

Each test uses the reviewer's input or one like it, and fails on the code before its fix.
"""

from __future__ import annotations

import numpy as np

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.sentences import article_sentences, every_sentence


def _read(text: str):
    """One report as the engine reads it: usable sentences, every sentence, and the claims (named and by role)."""
    usable = article_sentences(0, text, None)
    context = every_sentence(0, text, None)
    return usable, context, attributions(usable, context) + role_attributions(usable)


def _no_similarity(left: list[str], right: list[str]) -> np.ndarray:
    return np.zeros((len(left), len(right)))


def _lines(found) -> list[str]:
    return [t[1] for t in found]


# --- 1. A denial is no claim of the speaker's: "X denies that Y" never gives X the stance "Y".


def test_a_denied_clause_is_never_the_speakers_claim() -> None:
    text = (
        "The football club was fined 2 million pounds on Monday. Coach Ben Ortiz denies that the players were paid "
        "to lose the match against Leeds. Club chairman Ian Frost said the club would appeal the fine."
    )
    _usable, _context, claims = _read(text)
    for c in claims:
        if "paid to lose" in c.claim:
            assert "denies" in c.claim, c


def test_a_denial_led_by_a_pronoun_is_never_the_speakers_claim() -> None:
    text = (
        "Chris Hunt, the promoter, said the concert would go ahead. Dr Conrad Murray is accused of involuntary "
        "manslaughter. He denies he gave the singer an overdose of an anesthetic which killed him."
    )
    _usable, _context, claims = _read(text)
    for c in claims:
        if "overdose" in c.claim:
            assert "denies" in c.claim, c
