"""The review of the seventh blind set's rule changes (review br8): each case the review reproduced, from its input
or one like it, fails without its fix."""

from __future__ import annotations

from digest.briefs.sentences import article_sentences

# Finding 1: wire text with its quotation marks spaced backwards ('alive." What ... opportunity, "he said.').
_BACKWARDS = (
    "Rescue teams pulled 10 people from the rubble on Sunday. A South African rescue official, Colin Diner, told the "
    'BBC he hoped there would be more people found alive." What we are seeing is that the buildings have a whole lot '
    'of openings, and that always gives you a better opportunity, "he said. UN humanitarian chief John Holmes told '
    'reporters on Monday that there were now 43 search and rescue teams on the ground." More than 70 people have been '
    'pulled from the wreckage, " he said.'
)


def test_a_quotation_spaced_backwards_keeps_its_speaker_and_its_own_sentence() -> None:
    texts = [s.text for s in article_sentences(0, _BACKWARDS, None)]
    assert any(t.startswith("A South African rescue official, Colin Diner") and "opportunity" in t for t in texts)
    assert not any("he said" in t and "UN humanitarian" in t for t in texts)
    assert any(t.startswith("UN humanitarian chief John Holmes") and "More than 70" in t for t in texts)


def test_a_chant_spaced_backwards_is_not_split_from_its_sentence() -> None:
    text = (
        'Fans huddled outside the court, chanting:" Justice for Michael. "Another group, equally passionate, '
        "supported the doctor. The chants grew louder as the family arrived."
    )
    texts = [s.text for s in article_sentences(0, text, None)]
    assert not any(t.startswith("Another group") for t in texts)
    assert any("Justice for Michael" in t and "Another group" in t for t in texts)
