"""The review of the seventh blind set's rule changes (review br8): each case the review reproduced, from its input
or one like it, fails without its fix."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import affiliated, echoes, evidence_against, tensions
from digest.briefs.cues import to_question
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.sentences import article_sentences, every_sentence, segments
from digest.models import Article, Topic

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


def _many(*texts: str):
    """Attributions of several reports, each read as the engine reads one."""
    return [
        c
        for i, text in enumerate(texts)
        for c in attributions(article_sentences(i, text, None), every_sentence(i, text, None))
    ]


# Finding 2: words taken up to agree with them, or the same quotation in two reports, are no tension.
@pytest.mark.parametrize(
    "first, second",
    [
        (
            'The mayor said the new tram line was "a great success" in its first month. Ridership rose 40% in June.',
            'Shopkeepers on the high street agree. "It is a great success, honestly," said Amy Chen, who runs a cafe '
            'near the stop. "Trade is up a third."',
        ),
        (
            'Health minister Ana Ruiz said the vaccine rollout was "ahead of schedule" and praised GPs. Clinics opened '
            "on Sundays.",
            'Doctors\' leader Paul Grant said: "The rollout is ahead of schedule, and GPs deserve the credit." '
            "Clinics will stay open.",
        ),
        (
            "BP chief executive Tony Hayward visited Louisiana on Monday. \"We're going to clean up the oil and return "
            'the Gulf coast to the position it was in before," Tony Hayward said. Fishermen were unimpressed.',
            "Hawyard made the pledge during a visit to Venice. \"We're going to clean up the oil and return the Gulf "
            'coast to the position it was in," Hawyard said. The slick reached Alabama on Tuesday.',
        ),
    ],
)
def test_words_taken_up_in_agreement_or_reported_twice_are_no_tension(first: str, second: str) -> None:
    assert echoes(_many(first, second)) == []


def test_words_quoted_back_with_a_rejection_are_still_a_tension() -> None:
    first = 'Owner Brent Cole said: "We are not here to asset-strip this theatre." The sale closes in May.'
    second = (
        "Campaigner Maya Lind said: \"We have heard 'we are not here to asset-strip this theatre' from three owners.\""
    )
    assert [t[3] for t in echoes(_many(first, second))] == [frozenset(("cole", "lind"))]


# Finding 3: figures or documents beside a claim that say the same thing are no tension.
@pytest.mark.parametrize(
    "text",
    [
        "Chief executive Joan Reyes said the company had cut emissions by a third. The company's own figures show "
        "emissions fell by a third since 2019. Investors welcomed the report.",
        "Documents seen by the Herald show the plant will close in 2027. Chief executive Joan Reyes said last week "
        "that the plant would close in 2027 and staff would be redeployed. Unions said they would fight the closure.",
    ],
)
def test_evidence_that_agrees_with_the_claim_beside_it_is_no_tension(text: str) -> None:
    ss = every_sentence(0, text, None)
    claims = attributions(article_sentences(0, text, None), ss) + role_attributions(article_sentences(0, text, None))
    assert evidence_against(ss, claims) == []


def test_evidence_with_another_figure_or_direction_is_still_a_tension() -> None:
    text = (
        "Chief executive Joan Reyes said the company had cut emissions by a third. The company's own figures show "
        "emissions rose by 4% since 2019. Investors welcomed the report."
    )
    ss = every_sentence(0, text, None)
    claims = attributions(article_sentences(0, text, None), ss) + role_attributions(article_sentences(0, text, None))
    assert len(evidence_against(ss, claims)) == 1


def test_a_quotation_of_several_sentences_spaced_the_usual_way_does_not_swallow_the_next_speaker() -> None:
    text = (
        'Gerald Haines said: "Nineteen years is a long time. I would only sell to people who could take this club '
        'further. I believe Brent and his colleagues are those people." Brent Cole, managing partner of Tidewater, '
        "said: \"We're not here to flip this club. We're here to build something that lasts.\""
    )
    texts = [s.text for s in article_sentences(0, text, None)]
    assert any(t.startswith("Brent Cole, managing partner") and "something that lasts" in t for t in texts)


# Finding 4: "He told Reuters:" after "The organiser, Chris Hunt, defended ..." is Hunt's; "But Jermaine has hit back.
# He said: ..." is the Jermaine named before.
def test_he_told_an_outlet_after_a_named_role_is_that_persons() -> None:
    text = (
        "Speaking to reporters, Jermaine Jackson criticised the timing of the concert. \"It's bad timing because it's "
        'two weeks into the trial," he said. The organiser, Chris Hunt, defended the event. He told Reuters: "The '
        "notion that the concert is inappropriate doesn't make sense.\" But Jermaine has hit back. He said: \"We're "
        'all focused on getting justice for Michael."'
    )
    claims = _many(text)
    assert {c.actor for c in claims if "notion" in c.claim} == {"Chris Hunt"}
    assert {c.actor for c in claims if "justice for Michael" in c.claim} == {"Jermaine Jackson"}


# Finding 5: a question the same sentence, or the next, answers is not open.
@pytest.mark.parametrize(
    "sentence",
    [
        "The airline gave no date for the resumption of flights to Tokyo, but said on Friday that flights would "
        "resume on 1 March.",
        "The minister would not put a timescale on the review, but officials said it would finish by June.",
    ],
)
def test_no_date_answered_in_the_same_sentence_is_no_question(sentence: str) -> None:
    assert to_question(sentence) is None


def test_no_date_left_unanswered_is_still_a_question() -> None:
    assert (
        to_question("The minister would not put a timescale on the review.") == "What is the timescale for the review?"
    )


def _open_questions(*texts: str) -> list[str]:
    now = datetime(2025, 6, 2, tzinfo=UTC)
    arts = [
        Article(id=f"a{i}", url=None, title="Report", text=t, source="Wire", published=now, first_seen=now)
        for i, t in enumerate(texts)
    ]
    topic = Topic(slug="t", title="T", kind="tracked", status="active", created=now, updated=now)
    return [s.text for s in ExtractiveEngine().topic_brief(topic, arts, None, 1, now).open_questions]


def test_do_we_know_answered_by_the_next_sentence_is_no_question() -> None:
    text = (
        "Power returned to most of Leeds on Tuesday after a twelve-hour blackout. Do we know what caused the blackout? "
        "Engineers said on Monday a faulty transformer in Leeds was to blame. The council thanked residents."
    )
    assert "What caused the blackout?" not in _open_questions(text)
    text = text.replace("Engineers said on Monday a faulty transformer in Leeds was to blame.", "We don't, yet.")
    assert "What caused the blackout?" in _open_questions(text)


# Finding 6: a body and its own spokesman revising its figure are one side.
def test_a_body_and_its_own_spokesman_are_no_tension() -> None:
    text = (
        "The council said it would plant 1,000 trees. A council spokesman said the real number is nearer 1,200 "
        "after a donation."
    )
    ss = every_sentence(0, text, None)
    claims = attributions(article_sentences(0, text, None), ss) + role_attributions(article_sentences(0, text, None))
    actors = {c.actor for c in claims}
    assert any(affiliated(a, b, ss) for a in actors for b in actors if a != b), actors
    assert tensions(article_sentences(0, text, None), claims, lambda a, b: np.ones((len(a), len(b))), context=ss) == []


# Finding 7: "that" with its own subject and verb ends a headline; the lead after it is cut off.
def test_a_headline_ending_in_a_that_clause_is_cut_from_the_lead() -> None:
    text = (
        "Fears grow that virus spreads Health officials in Mexico City said on Monday that schools would stay shut. "
        "Cases rose to 40."
    )
    texts = [s.text for s in article_sentences(0, text, None)]
    assert "Health officials in Mexico City said on Monday that schools would stay shut." in texts
    assert segments("The bank that owns Harwick Press said the sale would close in May.") == [
        "The bank that owns Harwick Press said the sale would close in May."
    ]


# Finding 8: "she said" is not the man named just before.
def test_she_said_is_not_credited_to_a_man() -> None:
    text = (
        "Dr Emily Hart said the drug worked. Professor John Ward, who led the trial, was doubtful. "
        '"The sample was too small," she said.'
    )
    assert {c.actor for c in _many(text) if "sample" in c.claim} <= {"Emily Hart"}


def test_two_names_of_one_person_are_never_two_sides_of_a_tension() -> None:
    text = (
        "Jermaine Jackson criticised the timing of the concert. \"It's bad timing because it's two weeks into the "
        'trial," he said. Promoters disagreed. But Jermaine has hit back. "The notion that we are against the '
        'concert is wrong," Jermaine said.'
    )
    ss = every_sentence(0, text, None)
    claims = attributions(article_sentences(0, text, None), ss)
    found = tensions(article_sentences(0, text, None), claims, lambda a, b: np.ones((len(a), len(b))), context=ss)
    assert not any("Jermaine" in t[0] and "Jermaine Jackson" in t[0] for t in found), found


def test_he_told_an_outlet_after_a_named_role_with_a_time_and_an_of_phrase() -> None:
    text = (
        'Speaking to Newsbeat Jermaine Jackson criticised the timing of the concert. "It\'s bad timing," he said. '
        "Last month, the organiser of the Michael Jackson tribute concert, Chris Hunt, defended the event. He told "
        'Newsbeat: "The notion that the concert is inappropriate doesn\'t make sense."'
    )
    assert {c.actor for c in _many(text) if "notion" in c.claim} == {"Chris Hunt"}


def test_a_headline_glued_before_another_is_cut() -> None:
    text = (
        "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed, taking the total to "
        "27, the Health Protection Agency has said."
    )
    texts = [s.text for s in article_sentences(0, text, None)]
    assert texts[0].startswith("Another nine UK cases of swine flu")
