"""Kinds of attribution, shift and development the brief rules missed on the eighth blind set (unseen8).

unseen8's outlets speak in styles the earlier sets lacked: a live blog's time-stamped entries, a broadcast script's
cues, an inquiry's transcript and its examination, a magazine's printed Q&A, a press review of foreign papers. Each
rule covers a kind of construction, so the tests use sentences of their own from other domains (a ferry, a museum,
a hospital, a school, a football club, a water company ...).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefs_support import claims_of, evolved

from digest.briefs.actors import clean_name, unmarked
from digest.briefs.changes import SELF_TURN, compute_changes
from digest.models import Brief, Source, Statement


def _actors(text: str) -> set[str]:
    return {c.actor for c in claims_of(text)}


def _speakers(text: str, *words: str) -> set[str]:
    """Who the claims holding every one of `words` are credited to."""
    return {c.actor for c in claims_of(text) if all(w in c.claim for w in words)}


# A live blog's time stamp opens the entry; the sentence after it is read as if it opened the line.
@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            "09:12 - Harbour master Lewis Mabry says the ferry will not sail before noon. "
            '"The swell is still over three metres," he said.',
            "Lewis Mabry",
            ("swell",),
        ),
        (
            "14:40 - Kira Ostrowska, who chairs the museum's trustees, said the collection had been moved to a store "
            "in Leeds.",
            "Kira Ostrowska",
            ("collection",),
        ),
        (
            "7.55pm - Club captain Rhys Pemberton has spoken to us. "
            '"We were second best for an hour and the fans deserved better," he said.',
            "Rhys Pemberton",
            ("second best",),
        ),
    ],
)
def test_a_live_blog_time_stamp_does_not_hide_the_speaker(text: str, actor: str, words: tuple[str, ...]) -> None:
    assert actor in _speakers(text, *words)


# A live blog's present tense, its entry captions and the question put before the answer.
@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            "The pool reopened on Friday. 11:02 - Update: Manager Rosa Quint confirms that the chlorine pump was "
            "replaced overnight.",
            "Rosa Quint",
            ("chlorine pump",),
        ),
        (
            "Dara Finch, the coach, met the press at noon. She insists the squad was fit and denies any row with the "
            "medical staff.",
            "Dara Finch",
            ("squad was fit",),
        ),
        (
            "The pier stays shut. 16:20 - Asked about the surveyor's report from 2031, harbour chief Owen Tully "
            'says: "We never received it. I have asked my staff to look again."',
            "Owen Tully",
            ("never received",),
        ),
    ],
)
def test_a_live_blogs_present_tense_captions_and_questions_put(text: str, actor: str, words: tuple[str, ...]) -> None:
    assert actor in _speakers(text, *words)


def test_a_teller_at_the_end_of_a_sentence_owns_the_quotation_after_it() -> None:
    text = (
        "Pupils were sent home on Monday. "
        "The school closed its science block for two days last week, its head teacher Ama Mensah has told us. "
        '"The ceiling tiles were the least of it. We found asbestos behind the panels," he said.'
    )
    assert "Ama Mensah" in _speakers(text, "asbestos")
    assert "Ama Mensah" in _speakers(text, "science block")


# A broadcast script: the cue's speaker is an actor; anchor, reporter to camera and voice-over are not.
def test_a_broadcast_scripts_sound_bites_are_their_speakers_and_its_presenters_are_not_actors() -> None:
    text = (
        "PRESENTER (JO HALE): Good evening. The water company has lifted the boil notice in Caddon.\n\n"
        "MERCER (TO CAMERA): Behind me, the treatment works that failed on Monday.\n\n"
        "VO: Residents queued for bottled water for three days.\n\n"
        "SOT - ANWEN PRICE, CADDON RESIDENTS GROUP: Nobody told us anything for the first twelve hours. "
        "We learned it from the radio.\n\n"
        "SOT - MARTIN DOYLE, TALLIS WATER: The water has been safe to drink since this morning and we are sorry "
        "for the disruption.\n\n"
        "MERCER (TO CAMERA): The regulator says it will look at the company's response."
    )
    actors = _actors(text)
    assert {"Anwen Price", "Martin Doyle"} <= actors
    assert not any(a.lower() in ("presenter", "jo hale", "mercer", "vo") for a in actors), actors
    assert "Anwen Price" in _speakers(text, "twelve hours")


# A hearing's transcript: the chair who names herself is an actor; counsel and a party's advocate are not.
def test_a_hearing_transcript_names_its_chair_and_leaves_out_counsel() -> None:
    text = (
        "Opening statement - Monday 3 March (10.00 am) THE CHAIR: Good morning. My name is Orla Kinsella. "
        "I have been asked to find out why the ward was left without a night nurse.\n\n"
        "MR BRIGHTWELL (Counsel to the Review): Thank you, Chair. The review has received forty statements so far.\n\n"
        "MS OYELARAN (for the Health Board): The board will co-operate. It maintains the rota met the standard.\n\n"
        "THE CHAIR: That is noted. The rota records will be published in full."
    )
    actors = _actors(text)
    assert "Orla Kinsella" in actors
    assert not any("Brightwell" in a or "Oyelaran" in a for a in actors), actors
    assert "Orla Kinsella" in _speakers(text, "rota records")


# An examination: "A." lines are the sworn witness's; a name in counsel's "Q." line is read without the mark.
def test_an_examinations_answers_are_the_sworn_witnesses() -> None:
    text = (
        "MS HELEN ASKEW (sworn)\n\nQuestioned by MR TODD\n\nQ. Ms Askew, you were the duty manager that night?\n\n"
        "A. I was, from six in the evening.\n\nQ. Mr Garside told the council on 2 May that the alarms were tested "
        "weekly. Were they?\n\nA. Not in the east wing, no. The test log stops in January.\n\n"
        "Q. Do you know why?\n\nA. I don't. I asked, and nobody could tell me who had stopped it."
    )
    assert "Helen Askew" in _speakers(text, "east wing")
    assert "Helen Askew" in _speakers(text, "nobody could tell me")
    assert _speakers(text, "tested weekly") == {"Garside"}
    assert not any(a.startswith("Q.") or a.startswith("I'") for a in _actors(text))


def test_a_printed_interviews_answers_are_the_guests_and_the_magazines_questions_are_not() -> None:
    text = (
        "Professor Idris Fenwick has led the excavation at Castle Harrow since 2029. We spoke to him on Monday.\n\n"
        "Digging Today: What did you find?\n\nFenwick: We found a second wall, older than the first, under the car "
        "park.\n\nDigging Today: Will the car park go?\n\nFenwick: That is for the council. I would rather we dug "
        "there than guessed.\n\nDigging Today: Is the site safe?\n\nFenwick: It is, and we check the trench every "
        "morning."
    )
    assert "Idris Fenwick" in _speakers(text, "second wall")
    assert not any("Digging" in a for a in _actors(text))


# A colon-quotation after two appositions, after an aside, or opening a quotation that runs on.
@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            'Shopkeeper Ivy Lomax, 72, who has traded on the quay for half a century, told the Gazette: "I have never '
            'seen the tide this high."',
            "Ivy Lomax",
            ("tide",),
        ),
        (
            'Conductor Pavel Hruby, in a statement: "I made a mistake on the night and I have apologised to the '
            'orchestra."',
            "Pavel Hruby",
            ("mistake",),
        ),
        (
            'Union organiser Delia Marsh hit back: "A pay freeze? Nurses are leaving every week. The trust is '
            'running the wards on goodwill."',
            "Delia Marsh",
            ("goodwill",),
        ),
    ],
)
def test_a_colon_quotation_keeps_its_speaker(text: str, actor: str, words: tuple[str, ...]) -> None:
    assert actor in _speakers(text, *words)


def test_a_quotation_over_several_sentences_is_its_speakers_whole() -> None:
    text = (
        "Councillor Neve Adair has tabled a motion on the bus cuts. "
        '"The company promised no route would close. Three have closed since May. '
        'Somebody has to answer for that," she said.'
    )
    claims = [c for c in claims_of(text) if c.actor == "Neve Adair"]
    assert any("Three have closed" in c.claim and "answer for that" in c.claim for c in claims), claims


def test_a_speaker_before_a_quotation_of_several_sentences_keeps_every_sentence() -> None:
    text = (
        "Head coach Lena Vos said the squad would train behind closed doors. "
        '"The pitch is harder than we thought. I was wrong about the grass, and I will say so. '
        'We lose a week at least," she said.'
    )
    assert "Lena Vos" in _speakers(text, "wrong about the grass")


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            'Mayor Tove Lindahl tells Bergens Tidende that the tunnel will open in May. "We are not in a hurry. '
            'We are in a queue," she is quoted as saying.',
            "Tove Lindahl",
            ("queue",),
        ),
        (
            "Opposition health spokesman Ade Okonjo, quoted in the same paper, says the waiting list is twice the "
            "official figure.",
            "Ade Okonjo",
            ("waiting list",),
        ),
    ],
)
def test_a_press_reviews_relayed_speakers(text: str, actor: str, words: tuple[str, ...]) -> None:
    assert actor in _speakers(text, *words)


def test_a_quoted_newspaper_and_a_defined_short_name() -> None:
    text = (
        "Le Matin (Geneva, liberal) leads with the strike. Le Matin says the drivers will walk out on Friday. "
        "The Rail Safety Board (the Board) has opened an inquiry. The Board said the signals at Ostbahn had "
        "failed twice before."
    )
    actors = _actors(text)
    assert "Le Matin" not in actors and "Matin" not in actors, actors
    assert "Rail Safety Board" in actors and "Board" not in actors, actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Swiss-born Anika Brunner said the glacier had lost a third of its ice since 2010.", "Anika Brunner"),
        ("Swiss-born Anika Brunner, a glaciologist, said the ice had retreated 40 metres.", "Anika Brunner"),
        ("Secretary of State Maren Quill said her office would review the contract after the audit.", "Maren Quill"),
    ],
)
def test_the_name_without_what_stands_before_it(text: str, actor: str) -> None:
    assert actor in _actors(text)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("The Friends of Harrow Museums' Colin Abbot", "Colin Abbot"),
        ("Tallis Water's Martin Doyle", "Martin Doyle"),
        ("Leeds-based Amir Khan", "Amir Khan"),
        ("I've", None),
        ("Nobody", None),
    ],
)
def test_clean_name_leaves_out_the_body_an_adjective_and_pronouns(written: str, name: str | None) -> None:
    assert clean_name(written) == name


# The speaker recalls their own earlier words and then says what they say now: the note names the new words.
@pytest.mark.parametrize(
    ("before", "now", "words"),
    [
        (
            "We will not close the library on Sundays.",
            "Last month I said we would not close on Sundays. From June the library closes at weekends.",
            "closes at weekends",
        ),
        (
            "There is no need for a second ferry this summer.",
            "I said there was no need. The queues at the slipway settled it.",
            "settled it",
        ),
        (
            "The ward's staffing met the standard every night.",
            "I told the board the ward was fully staffed. It was not. We got this wrong.",
            "got this wrong",
        ),
        (
            "The trust will settle for nothing less than a written guarantee on the stadium.",
            "Chair Ina Moss said the club's offer on the stadium lease was a fair start for the supporters, and less "
            "than we asked for.",
            "less than we asked",
        ),
        (
            "The club did nothing wrong over the transfer.",
            "I made a mistake signing a player nobody had seen play, and I will put it right.",
            "made a mistake",
        ),
        (
            "The club has no plans to sell the ground.",
            "The offer changed, and I changed with it. That is what a chairman does.",
            "changed with it",
        ),
    ],
)
def test_the_note_of_a_shift_names_the_new_words_after_the_recalled_ones(before: str, now: str, words: str) -> None:
    p = evolved("Ann Cole", before, now)
    assert p.evolution in ("shifted", "expanded")
    assert words in p.evolution_note, p.evolution_note


def test_a_recalled_position_leads_the_stance() -> None:
    assert SELF_TURN.search("Last week I said we weren't worried. This week I'm telling members to stock up.")
    assert not SELF_TURN.search("The ferry will sail on Monday, the company said.")


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("14:20 - The council has opened a review of the bin contract.", "The council has opened a review"),
        ("ANCHOR (SAM LYE): The museum has reopened its east wing after the flood.", "The museum has reopened"),
        ("Q. Please look at the invoice dated March.", None),
        ("Day 2 (10.00 am) THE CHAIR: Good morning.", None),
        ("Our weekly round-up of the regional papers, compiled by the desk.", None),
        ("Nobody at the ferry company would say why.", None),
        ("The council would not say when the road reopens.", None),
        ("It could, in principle. Radio Harrow: The mayor says the bridge is safe.", None),
    ],
)
def test_a_development_is_shown_as_an_editor_prints_it(line: str, shown: str | None) -> None:
    created = datetime(2033, 5, 1, tzinfo=UTC)
    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    standing = Statement("Our weekly round-up of the regional papers, compiled by the desk.", (1,))
    previous = Brief(topic="t", title="T", version=1, created=created, sources=sources[:1], changes=[standing])
    brief = Brief(topic="t", title="T", version=2, created=created, sources=sources)
    changes = compute_changes(brief, previous, None, [Statement(line, (2,))])
    developments = [c.text for c in changes if not c.text.startswith("1 new article")]
    if shown is None:
        assert developments == [], developments
    else:
        assert developments and developments[0].startswith(shown), developments


def test_unmarked_strips_only_labels_and_stamps() -> None:
    assert unmarked("SOT - TOM REED, FERRY USERS: We were not told.") == "We were not told."
    assert unmarked("09:05 - Trains are running again.") == "Trains are running again."
    assert unmarked("Warning: the road is closed.") == "Warning: the road is closed."
    assert unmarked("Q. Were you there?") == "Were you there?"
