"""Review findings on the issue-14 tension, attribution and What changed rules (review br9), one test per mechanism.

Each test uses the reviewer's input or one like it, and fails on the code before its fix.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefs_support import no_similarity, read_report

from digest.briefs.actors import Attribution, attributions, split_namesakes
from digest.briefs.changes import evolve
from digest.briefs.conflicts import derisions, prior_rejected
from digest.briefs.sentences import Sentence, article_sentences, every_sentence
from digest.models import Brief, Perspective, Source, Statement


def _at(article: int) -> Sentence:
    return article_sentences(article, "The minister spoke to reporters at length on Monday.", None)[0]


def _lines(found) -> list[str]:
    return [t[1] for t in found]


# --- 1. A denial is no claim of the speaker's: "X denies that Y" never gives X the stance "Y".


def test_a_denied_clause_is_never_the_speakers_claim() -> None:
    text = (
        "The football club was fined 2 million pounds on Monday. Coach Ben Ortiz denies that the players were paid "
        "to lose the match against Leeds. Club chairman Ian Frost said the club would appeal the fine."
    )
    _usable, _context, claims = read_report(text)
    for c in claims:
        if "paid to lose" in c.claim:
            assert "denies" in c.claim, c


def test_a_denial_led_by_a_pronoun_is_never_the_speakers_claim() -> None:
    text = (
        "Chris Hunt, the promoter, said the concert would go ahead. Dr Conrad Murray is accused of involuntary "
        "manslaughter. He denies he gave the singer an overdose of an anesthetic which killed him."
    )
    _usable, _context, claims = read_report(text)
    for c in claims:
        if "overdose" in c.claim:
            assert "denies" in c.claim, c


# --- 2. Agreement is no answer: "does not dispute that", "did not deny that", "would not challenge that".


@pytest.mark.parametrize(
    "reply",
    [
        "does not dispute that",
        "doesn't dispute that",
        "did not deny that",
        "would not challenge that",
        "never disputed that",
    ],
)
def test_a_negated_rejection_of_what_was_just_said_is_no_tension(reply: str) -> None:
    text = (
        "Surgeons' union leader Paul Hardy said waiting lists had doubled since 2022. "
        f"The trust {reply}. It said new theatres would open by autumn."
    )
    _usable, context, claims = read_report(text)
    assert _lines(prior_rejected(context, claims)) == []


def test_a_plain_rejection_of_what_was_just_said_is_still_a_tension() -> None:
    text = (
        "Surgeons' union leader Paul Hardy said waiting lists had doubled since 2022. "
        "The trust disputes that. It said new theatres would open by autumn."
    )
    _usable, context, claims = read_report(text)
    assert any("Paul Hardy" in line for line in _lines(prior_rejected(context, claims)))


# --- 7. A body correcting its own spokesperson is no tension with them, even where the splitter cut the sentence
# that names the spokesperson as the body's.


def test_a_body_disputing_its_own_spokespersons_figure_is_no_tension() -> None:
    text = (
        "The museum will close its east wing for repairs, museum spokesperson Lara Kent said on Monday. Kent said the "
        "repairs would cost 4 million pounds. The museum disputes that figure. It said the final cost would be lower "
        "once the roof survey was done."
    )
    _usable, context, claims = read_report(text)
    assert _lines(prior_rejected(context, claims)) == []


# --- 4. "The mayor of Lyon, Gregory Doucet, said ...": the person in apposition is the speaker, not the place.


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Schools in the region stayed shut on Monday. The mayor of Lyon, Gregory Doucet, said the city's schools "
            "would reopen on Thursday after a five-day closure.",
            "Gregory Doucet",
        ),
        (
            "The outbreak has closed every museum. The mayor of Mexico City, Marcelo Ebrard, said the restrictions "
            "would stay in place until Sunday.",
            "Marcelo Ebrard",
        ),
    ],
)
def test_a_title_of_a_place_with_the_name_in_apposition_credits_the_person(text: str, actor: str) -> None:
    _usable, _context, claims = read_report(text)
    assert {c.actor for c in claims} == {actor}


# --- 3. A broadcast script's reporter ("NAME, REPORTER:") and a live blog's own correspondent are no actors; a cue
# with its speaker in brackets ("SOT (Inspector Raj Patel, Avon Police):") is that speaker's.


def test_a_reporters_label_and_a_bracketed_cue_name_the_right_speakers() -> None:
    text = (
        "ANCHOR: Good evening. Flooding has closed the M5 near Bristol. Our reporter Kate Hill is there. KATE HILL, "
        "REPORTER: The water here is a metre deep and rising. Police told me the road will stay closed overnight. "
        'SOT (Inspector Raj Patel, Avon Police): "Please do not try to drive through the water."'
    )
    _usable, _context, claims = read_report(text)
    actors = {c.actor for c in claims}
    assert not actors & {"Kate Hill", "Sot"}
    assert any("drive through the water" in c.claim and "Raj Patel" in c.actor for c in claims)


def test_the_outlets_own_correspondent_is_no_actor() -> None:
    text = (
        "14:20 - The power cut has reached the capital. 14:35 - Our correspondent Ben Lee says crowds are gathering "
        "outside the ministry."
    )
    _usable, _context, claims = read_report(text)
    assert "Ben Lee" not in {c.actor for c in claims}


# --- 6. What changed: a speaker standing by a position repeats it, so the note names nothing as new.


def _evolved(actor: str, before: str, now: str) -> Perspective:
    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Post", "New", None, None)]
    created = datetime(2033, 5, 1, tzinfo=UTC)
    previous = Brief(
        topic="t", title="T", version=1, created=created, sources=sources[:1],
        perspectives=[Perspective(actor, Statement(before, (1,)))],
    )  # fmt: skip
    return evolve([Perspective(actor, Statement(now, (1, 2)))], sources, previous)[0]


@pytest.mark.parametrize(
    ("before", "now"),
    [
        (
            "The airport extension is not affordable.",
            "“I said last week that the airport extension is not affordable, and I stand by it.” The tram line would "
            "not be extended to the airport.",
        ),
        (
            "We will play with four at the back.",
            "“Last week I said we would play with four at the back, and that is still the plan.”",
        ),
    ],
)
def test_a_position_stood_by_is_no_new_claim_in_the_note(before: str, now: str) -> None:
    p = _evolved("Anna Berg", before, now)
    assert p.evolution != "shifted"
    assert "now also" not in p.evolution_note, p.evolution_note


# --- 8. Praise is no derision: "calls the grant “a lifeline”".


def test_a_plan_called_by_a_label_of_praise_is_no_derision() -> None:
    text = (
        "The ministry announced a 40 million pound grant for rural buses on Monday. Transport minister Leah Ward said "
        'the grant would fund 200 new routes. Bus operator chief Sam Oyelaran calls the grant "a lifeline" and says it '
        "will save 60 routes."
    )
    usable, _context, claims = read_report(text)
    assert _lines(derisions(usable, claims, no_similarity)) == []


def test_a_plan_called_by_a_label_of_scorn_is_still_derision() -> None:
    text = (
        "The ministry announced a 40 million pound grant for rural buses on Monday. Transport minister Leah Ward said "
        'the grant would fund 200 new routes. Bus operator chief Sam Oyelaran calls the grant "a sticking plaster on '
        'a broken leg".'
    )
    usable, _context, claims = read_report(text)
    assert any("Sam Oyelaran calls the grant" in line for line in _lines(derisions(usable, claims, no_similarity)))


# --- 9. A hearing's procedure ("We will rise for lunch.") is nobody's position; the witness's answer still is.


def test_a_chairs_procedural_line_is_no_claim() -> None:
    text = (
        "MR. HARLAN (counsel for the families): Isn't it true that the alarms were switched off that night? "
        "MS. OKAFOR: No. The alarms were on. CHAIR LADY BRENNAN: We will rise for lunch."
    )
    _usable, _context, claims = read_report(text)
    assert not any("rise for lunch" in c.claim for c in claims)
    assert any("alarms were on" in c.claim for c in claims)


# --- 5. Two people of one surname stay two actors: "Martin Fisher", a fireman, and "Steven Fisher", an ambassador.


def test_two_people_of_one_surname_are_not_merged() -> None:
    texts = [
        "Rescue teams worked through the night. When I asked Martin Fisher, from the Greater Manchester Service, why "
        'he does this work, he said: "Because it makes me feel better".',
        'Steven Fisher, the UK\'s ambassador, said the embassy team was "doing quite well" in its efforts to find '
        'Britons. But he added: "Even getting out and visiting a few sites in the city takes an awful lot of effort."',
    ]
    usable = [s for i, t in enumerate(texts) for s in article_sentences(i, t, None)]
    context = [s for i, t in enumerate(texts) for s in every_sentence(i, t, None)]
    by_claim = {c.claim: (c.actor, c.key) for c in attributions(usable, context)}
    embassy = next(v for k, v in by_claim.items() if "embassy team" in k)
    better = next(v for k, v in by_claim.items() if "feel better" in k)
    assert embassy[0] == "Steven Fisher" and better[0] == "Martin Fisher"
    assert embassy[1] != better[1]


def test_a_bare_surname_goes_to_the_namesake_its_report_names() -> None:
    texts = [
        "Steven Fisher, the UK's ambassador, said the embassy would stay open all week. Fisher said the team had found "
        "30 Britons.",
        "Martin Fisher, a fireman from Manchester, said the search would go on all night in the city centre.",
    ]
    usable = [s for i, t in enumerate(texts) for s in article_sentences(i, t, None)]
    context = [s for i, t in enumerate(texts) for s in every_sentence(i, t, None)]
    found = {c.claim: c.actor for c in attributions(usable, context)}
    assert next(v for k, v in found.items() if "30 Britons" in k) == "Steven Fisher"


def test_forms_of_one_name_that_share_a_given_name_stay_one_actor() -> None:
    claims = [
        Attribution("George W. Bush", "bush", "The war would be over within months.", _at(0), False),
        Attribution("George Bush", "bush", "The troops would come home by Christmas.", _at(1), False),
        Attribution("Newsbeat Jermaine Jackson", "jackson", "The concert was badly timed.", _at(2), False),
        Attribution("Jermaine Jackson", "jackson", "Everything has its time.", _at(3), False),
        Attribution("Michael Jackson", "jackson", "The tour would be his last.", _at(4), False),
    ]
    keys = {c.actor: c.key for c in split_namesakes(claims)}
    assert keys["George W. Bush"] == keys["George Bush"]
    assert keys["Newsbeat Jermaine Jackson"] == keys["Jermaine Jackson"] != keys["Michael Jackson"]
