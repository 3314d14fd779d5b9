"""Kinds of shift and attribution the brief rules missed on the blind sets (unseen4-6, then unseen9).

Each rule covers a kind of construction (an actor's stance in one version against the next: a turn in their own
words, the report setting earlier words against new ones, a recalled sentence beside the new one), so the tests use
sentences of their own from other domains (a dam, a school, a ferry, a zoo, a football club, a hospital ...).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefs_support import claims_of, evolved

from digest.briefs.actors import recalled_turn
from digest.briefs.changes import SELF_TURN, printable_development
from digest.briefs.sentences import article_sentences


def _speakers(text: str, *words: str) -> set[str]:
    """Who the claims holding every one of `words` are credited to."""
    return {c.actor for c in claims_of(text) if all(w in c.claim for w in words)}


def _said(text: str, actor_word: str) -> list[str]:
    return [c.claim for c in claims_of(text) if actor_word in c.actor]


# A turn in the actor's own words ("we no longer ...") is their claim, not the report's sentence round it, and the note
# says what they do instead with the sentence after it.
@pytest.mark.parametrize(
    ("text", "actor", "claim_start"),
    [
        (
            "Dr Ana Vik, the trust's medical director, said: \"Now that both wards are affected, we no longer think "
            'visiting should go on as before. Families should phone ahead."',
            "Vik",
            "Now that both wards are affected, we no longer think",
        ),
        (
            "Head teacher Colm Rudd said the school would no longer ask parents to pay for the coach, now that the "
            "council had stepped in.",
            "Rudd",
            "The school would no longer ask parents",
        ),
    ],
)
def test_a_turn_in_the_actors_own_words_stays_theirs(text: str, actor: str, claim_start: str) -> None:
    claims = _said(text, actor)
    assert claims and claims[0].startswith(claim_start), claims


def test_the_note_takes_the_sentence_after_the_turn() -> None:
    p = evolved(
        "Ana Vik",
        "Visiting hours are unchanged and families should keep coming in as normal.",
        "Now that both wards are affected, we no longer think visiting should go on as before. Families should phone "
        "ahead.",
    )
    assert p.evolution == "shifted"
    assert "phone ahead" in p.evolution_note and p.evolution_note.startswith("from “Visiting hours"), p.evolution_note


# The report sets the actor's earlier words against the new ones in one sentence: "said last week A; on Monday he
# acknowledged B". The whole sentence is the stance, and the note goes from A to B.
@pytest.mark.parametrize(
    ("text", "actor", "was", "now"),
    [
        (
            "Harbour master Ivo Brandt said last week the ferry ramp was safe to use; on Friday he conceded that one "
            "of its hinges had cracked.",
            "Brandt",
            "the ferry ramp was safe to use",
            "one of its hinges had cracked",
        ),
        (
            "The zoo's director, Mia Halloran, said in March that the enclosure met every standard; this week she "
            "admitted that the fence had been too low for two years.",
            "Halloran",
            "the enclosure met every standard",
            "the fence had been too low",
        ),
    ],
)
def test_earlier_words_set_against_new_ones_in_one_sentence(text: str, actor: str, was: str, now: str) -> None:
    claims = _said(text, actor)
    whole = [c for c in claims if was in c and now in c]
    assert whole, claims
    assert SELF_TURN.search(whole[0])
    turn = recalled_turn(whole)
    assert turn is not None and turn[0] == was and turn[1].startswith(now), turn


# A sentence recalling what the actor had said before ("had said two weeks earlier that ..."), a sentence or two away
# from what they say now, with another speaker between: the two read as their turn, the earlier first.
@pytest.mark.parametrize(
    ("text", "actor", "was", "now"),
    [
        (
            "Club secretary Rhona Platt said the floodlight failure was a supplier's fault and that the match "
            "would be replayed. Visiting manager Dev Olsen said his side deserved the points. Platt had said two "
            "weeks earlier that the lights had been serviced.",
            "Platt",
            "the lights had been serviced",
            "the floodlight failure was a supplier's fault",
        ),
        (
            "Councillor Joe Marr had said in June that the library would stay open. Marr said on Thursday that "
            "the branch would close at the end of the year.",
            "Marr",
            "the library would stay open",
            "the branch would close",
        ),
    ],
)
def test_a_recalled_sentence_beside_the_new_one_is_the_turn(text: str, actor: str, was: str, now: str) -> None:
    claims = [c for c in _said(text, actor) if "had said" in c]
    assert claims and SELF_TURN.search(claims[0]), _said(text, actor)
    sentences = [s.text for s in article_sentences(0, claims[0], None)]
    turn = recalled_turn(sentences)
    assert turn is not None and turn[0] == was and turn[1].startswith(now), turn


def test_a_recalled_sentence_alone_is_no_turn() -> None:
    """Precision: "had said in June" with nothing new from the speaker near it stays an ordinary claim."""
    text = "Councillor Joe Marr had said in June that the library would stay open. The roof was repaired in May."
    assert all(not SELF_TURN.search(c) or "roof" not in c for c in _said(text, "Marr"))
    assert recalled_turn(["Marr had said in June that the library would stay open."]) is None


# A long sentence saying an actor turned ("..., a week after telling reporters that ...") keeps what they said before
# within a stance's length: the apposition after the name, the day of the saying and its "that" go.
def test_a_long_turn_is_compacted_to_keep_what_it_turns_from() -> None:
    text = (
        'Sanjay Rao, a spokesman for the Eastmoor Water Company, said Tuesday that its pumping station "may have '
        'played a part" in the flooding, a week after telling reporters that the station was "working exactly as '
        'designed".'
    )
    claims = _said(text, "Rao")
    assert claims and len(claims[0].split()) <= 30, claims
    assert "a week after telling reporters" in claims[0] and "spokesman" not in claims[0]
    p = evolved("Sanjay Rao", "The station was working exactly as designed.", claims[0])
    assert p.evolution == "shifted"
    assert "may have played a part" in p.evolution_note.replace("‘", "").replace("’", ""), p.evolution_note
    assert "Sanjay Rao said" not in p.evolution_note  # the report's frame is not quoted as their words


def test_the_note_quotes_the_words_not_the_reports_frame() -> None:
    p = evolved(
        "Lena Hask",
        "Lena Hask, the hospital's chief executive, told the health committee on Monday that no ward would close.",
        "In a change of course, chief executive Lena Hask acknowledged that two wards would shut over the winter.",
    )
    assert p.evolution == "shifted"
    assert "to “two wards would shut over the winter”" in p.evolution_note, p.evolution_note
    assert "from “no ward would close”" in p.evolution_note, p.evolution_note


# The report tells the turn, then quotes the actor saying it: the quotation, their own words, is the stance.
@pytest.mark.parametrize(
    ("text", "actor", "quote", "paraphrase"),
    [
        (
            "Head teacher Colm Rudd said on Monday the school would no longer ask parents to pay for the coach. "
            '"We no longer need parents to pay, the council has found the money," he said.',
            "Rudd",
            "We no longer need parents to pay",
            "ask parents to pay for the coach",
        ),
        (
            "Club chairman Ossie Grant said the board would no longer seek a buyer for the ground. "
            '"We no longer have to sell, we have to run it properly," Grant told supporters.',
            "Grant",
            "We no longer have to sell",
            "seek a buyer",
        ),
    ],
)
def test_the_actors_own_words_for_a_turn_the_report_told(text: str, actor: str, quote: str, paraphrase: str) -> None:
    claims = _said(text, actor)
    assert any(quote in c for c in claims), claims
    assert not any(paraphrase in c for c in claims), claims


def test_a_report_of_a_turn_without_a_quotation_stays() -> None:
    """Precision: with no quotation of theirs after it, the report's account of the turn is the stance."""
    text = "Head teacher Colm Rudd said on Monday the school would no longer ask parents to pay for the coach."
    assert any("no longer ask parents" in c for c in _said(text, "Rudd"))


# Precision: one actor is listed once. A title is no given name ("Ambassador Ndaba" is the ambassador Joseph Ndaba), a
# given name spelt two ways by two outlets is one person, and a body's short name is its full one.
@pytest.mark.parametrize(
    ("text", "one", "gone"),
    [
        (
            "The city's ambassador, Rosa Imbert, said last week that the statue was not for sale. Bidders were told "
            'on Tuesday what Ambassador Imbert had said. "We will not sell at any price," Ambassador Imbert said.',
            "Rosa Imbert",
            "Ambassador Imbert",
        ),
        (
            "Coach Sergei Volkov said the team had trained in the heat for a month. Sergey Volkov later said his "
            "players were tired after the long flight home.",
            "Volkov",
            None,
        ),
        (
            "Harbourline Ferries said its crossings would resume on Friday. Harbourline said the repaired ramp "
            "had passed its inspection on Thursday.",
            "Harbourline Ferries",
            "Harbourline",
        ),
    ],
)
def test_one_actor_is_listed_once(text: str, one: str, gone: str | None) -> None:
    actors = {c.actor for c in claims_of(text)}
    assert len([a for a in actors if one.split()[-1] in a or (gone and gone in a)]) == 1, actors
    assert any(one in a for a in actors), actors


def test_two_people_of_one_surname_stay_two() -> None:
    """Precision: different given names are different people, titles aside."""
    text = (
        "Judge Anna Berg said the hearing would resume in May. Councillor Tomas Berg, her brother, said the "
        "family had not discussed the case."
    )
    assert {"Anna Berg", "Tomas Berg"} <= {c.actor for c in claims_of(text)}


# Minutes speak through roles the attendance list gives a holder for; a bulletin names its officer once by role.
def test_minutes_roles_speak_as_their_holders() -> None:
    text = (
        "Present: Cllr Ann Moyle (Chair, Leader of the Council), Cllr Tom Hale. In attendance: Rita Vance (Director "
        "of Housing). 2.1 The Director of Housing reported that the tower's cladding had failed its fire test in "
        "March. The Director advised that no cost estimate had yet been prepared for the works. 2.3 The Chair stated "
        "that the council would rehouse every family on the upper floors by Christmas."
    )
    assert _speakers(text, "cladding") == {"Rita Vance"}
    assert _speakers(text, "cost estimate") == {"Rita Vance"}
    assert _speakers(text, "rehouse") == {"Ann Moyle"}
    assert not {"Chair", "Director", "Present"} & {c.actor for c in claims_of(text)}


def test_a_role_named_once_is_its_holder() -> None:
    text = (
        'The Head Gardener, Ruth Oyelowo, wrote to the trustees on Friday. "The glasshouse roof will not survive '
        'another winter," the Head Gardener said.'
    )
    assert _speakers(text, "glasshouse") == {"Ruth Oyelowo"}


# Precision: a place after "in" is no speaker, nor a capitalised group noun opening the sentence.
@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers in Marlow said they had lost half their trade since the bridge closed.",
        "Police in Denholm said they were looking into a complaint about the fund.",
        "Members noted that the survey would decide whether the pier could be saved.",
        "Parents warned the academy that the new timetable left no time for lunch.",
    ],
)
def test_places_and_groups_are_no_actors(text: str) -> None:
    assert {c.actor for c in claims_of(text)} == set()


def test_a_body_named_with_for_keeps_its_whole_name() -> None:
    text = "The Office for Rail Safety said its inspectors would visit the viaduct before it reopened."
    assert {c.actor for c in claims_of(text)} == {"Office for Rail Safety"}


# A named person said something without quoting it, and the quotation follows untagged: it is theirs.
@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            "At the quayside cafe, which has not served a customer since June, Moira Laidlaw poured the tea and said "
            'what the whole harbour thinks. "The council knew the wall was going. Everyone here knew."',
            "Moira Laidlaw",
            ("wall was going",),
        ),
        (
            "Professor Idun Sandvik, a hydrologist at the University of Tromsdal who has studied flood data for "
            'twenty years, was not surprised. "The hill has been moving every spring since I started," she told the '
            "Gazette.",
            "Idun Sandvik",
            ("hill has been moving",),
        ),
    ],
)
def test_a_quotation_after_its_speaker_is_introduced(text: str, actor: str, words: tuple[str, ...]) -> None:
    assert actor in _speakers(text, *words), [(c.actor, c.claim) for c in claims_of(text)]


def test_an_untagged_quotation_after_a_sentence_that_names_nobody_speaking_stays_unattributed() -> None:
    """Precision: "Moira Laidlaw runs the cafe." says nothing; the quotation after it is nobody's by that alone."""
    text = 'Moira Laidlaw runs the quayside cafe. "The council knew the wall was going."'
    assert "Moira Laidlaw" not in _speakers(text, "wall was going")


def test_a_reports_finding_is_its_authors() -> None:
    text = (
        "The final review, by Sir Colin Aske, found that the signal had been wired wrongly during the upgrade and "
        "that nobody had checked it."
    )
    assert _speakers(text, "signal had been wired") == {"Colin Aske"}


# A quotation resumed after its tag is the same speaker's, and often the point the first words lead to.
def test_a_quotation_resumed_after_its_tag_is_one_claim() -> None:
    text = (
        'The port reopened on Monday. "I said in May that the crane was safe. It was not," Ms Ferrante told the '
        'harbour board. "I have suspended the operator and ordered a full inspection."'
    )
    claims = _said(text, "Ferrante")
    assert any("It was not" in c and "suspended the operator" in c for c in claims), claims


# "I said a month ago that X. It no longer is.": the note goes from the words recalled to what they say now.
def test_a_first_person_recall_gives_the_note_its_from() -> None:
    p = evolved(
        "Rosa Ferrante",
        "The crane passed every inspection we asked for and it is safe to use.",
        "I said a month ago that the crane was the operator's business. It no longer is. I have suspended the "
        "operator.",
    )
    assert p.evolution == "shifted"
    assert p.evolution_note.startswith("from “the crane was the operator's business” to “It no longer is"), (
        p.evolution_note
    )
    assert "suspended" in p.evolution_note


# "This is now a lifeline, not just a private railway": the actor sets their earlier word aside.
@pytest.mark.parametrize(
    ("before", "now", "key"),
    [
        (
            "The festival is a private event and its security is for the organisers to pay.",
            "When the facts change, the answer changes. This is now a public safety matter, not just a private event.",
            "public safety matter",
        ),
        (
            "Our view is that the orchard is a commercial site like any other.",
            "We see the orchard as a heritage landscape rather than a commercial site now.",
            "heritage landscape",
        ),
    ],
)
def test_an_earlier_word_set_aside_is_a_shift(before: str, now: str, key: str) -> None:
    p = evolved("Nia Mensah", before, now)
    assert p.evolution == "shifted" and key in p.evolution_note, p.evolution_note
    assert SELF_TURN.search(now) or "rather than" in now


# A report of what they said quoting a phrase, then their untagged quotation: one claim, theirs. When the quotation
# recalls their earlier words and admits the move ("I said ... I was wrong"), the note goes from the words recalled
# to the new position.
def test_a_report_then_an_untagged_quotation_is_one_claim_and_a_confessed_turn() -> None:
    text = (
        'The ferry company\'s director, Aled Pryce, said a summer timetable was "out of the question". '
        '"I said we would sail by June. I was wrong, and I would rather say so now."'
    )
    claims = _said(text, "Pryce")
    assert any("out of the question" in c and "I was wrong" in c for c in claims), claims
    whole = next(c for c in claims if "I was wrong" in c)
    assert SELF_TURN.search(whole)
    p = evolved("Aled Pryce", "I fully expect the ferry to be sailing again by June.", whole)
    assert p.evolution == "shifted"
    assert p.evolution_note.startswith("from “we would sail by June” to “A summer timetable was"), p.evolution_note
    assert "out of the question" in p.evolution_note, p.evolution_note


# What changed names developments as an editor prints them: no attendance list, no call procedure or analyst's turn,
# no reader salutation or speaker label before the news.
@pytest.mark.parametrize(
    "line",
    [
        "In attendance: Rita Vance (Director of Housing).",
        "Present: Cllr Ann Moyle (Chair), Cllr Tom Hale.",
        "Dana Pryor, chief executive, will make a short statement and then take questions.",
        "Analyst (Omar Reyes, Fenwick Capital): And the regulator says the shortfall is larger.",
        "B arrived on Monday, by post, a week after her D.",
    ],
)
def test_lines_that_report_no_development(line: str) -> None:
    assert not printable_development(line)


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        (
            "Colleagues, on Friday the trust admitted that its rota software had double-booked 300 night shifts.",
            "On Friday the trust admitted that its rota software had double-booked 300 night shifts.",
        ),
        (
            "Dana Pryor: Harlow Foods announces that it will close its Leeds bakery in March.",
            "Harlow Foods announces that it will close its Leeds bakery in March.",
        ),
    ],
)
def test_a_development_without_its_salutation_or_label(line: str, printed: str) -> None:
    from digest.briefs.changes import _as_development
    from digest.models import Statement

    d = _as_development(Statement(line, (1,)), set())
    assert d is not None and d.text == printed


def test_a_role_read_as_a_name_in_the_claim_becomes_the_holders() -> None:
    text = (
        "Present: Cllr Ann Moyle (Chair), Cllr Tom Hale. 2.2 The Chair stated that she welcomed the minister's "
        "decision to fund the sea wall in full."
    )
    claims = _said(text, "Moyle")
    assert claims and all(not c.startswith("Chair") for c in claims), claims


def test_an_adverb_before_that_is_not_the_claim() -> None:
    text = "The water company has said publicly that no customer was ever at risk from the leak."
    assert any(c.startswith("No customer was ever at risk") for c in _said(text, "water company")) or all(
        "publicly that" not in c for c in [c.claim for c in claims_of(text)]
    )


# An admission in the speaker's own words leaves the earlier stance it is closest to.
def test_an_admission_is_a_shift_and_one_asked_of_others_is_not() -> None:
    p = evolved(
        "Ola Brekke",
        "If the pumps hold, the tunnel reopens in days, not weeks.",
        "I was wrong about the days, and I will say so. The tunnel stays shut for a month.",
    )
    assert p.evolution == "shifted" and "stays shut for a month" in p.evolution_note, p.evolution_note
    q = evolved("Ola Brekke", "Nobody from the council rang me.", "I want someone to admit they got it wrong.")
    assert q.evolution == "expanded", q.evolution_note


def test_a_quotation_of_several_sentences_is_several_claims() -> None:
    """Precision: '“The bridge is open. There are no cracks.”' repeats its first claim and adds one; the denial is not a
    turn from the repeated words (no matter in common)."""
    p = evolved("Ivo Lund", "The bridge is open.", "“The bridge is open. There are no cracks.”")
    assert p.evolution == "expanded" and p.evolution_note.startswith("now also: “There are no cracks"), p.evolution_note


def test_a_claim_quoted_twice_reads_once_beside_the_note() -> None:
    from digest.briefs.changes import evolve
    from digest.models import Brief, Perspective, Source, Statement

    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    previous = Brief(
        topic="t", title="T", version=1, created=datetime(2033, 5, 1, tzinfo=UTC), sources=sources[:1],
        perspectives=[Perspective("Ivo Lund", Statement("The bridge is open.", (1,)))],
    )  # fmt: skip
    now = Statement("“The bridge is open.” “The bridge is open. There are no cracks.”", (1, 2))
    p = evolve([Perspective("Ivo Lund", now)], sources, previous)[0]
    assert p.stance.text.count("The bridge is open") == 1, p.stance.text
