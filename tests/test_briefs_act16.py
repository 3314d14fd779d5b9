"""Speakers of formats that name them without a verb of saying (act16): official reports, letters, fact-checks,
posts and comments; and the words that turn a position recalled from a named month."""

from __future__ import annotations

from datetime import date

import pytest
from briefs_support import evolved

from digest.briefs.actors import attributions
from digest.briefs.sentences import Sentence


def _claims(reports: list[list[str]], first: date = date(2033, 6, 1)) -> list[tuple[str, str]]:
    """(name shown, claim) of every attribution, each report one article a day after the one before."""
    sentences = [
        Sentence(text, article, position, date.fromordinal(first.toordinal() + article))
        for article, report in enumerate(reports)
        for position, text in enumerate(report)
    ]
    return [(a.display, a.claim) for a in attributions(sentences, sentences)]


_REPORT = [
    "Official Report of the Northern Parliament",
    "The Deputy Speaker (Joan Pryce): We move to questions on the Tarrow bridge tolls.",
    "1. Ravi Shenoy (Tarrow East) (Liberal): To ask the Government what it will charge lorries on the new bridge.",
    "The Minister for Transport (Elin Barsby): The toll will stay at four pounds for every vehicle this year.",
    "Ravi Shenoy: Hauliers in my seat will pay twice what they paid on the ferry.",
    "Elin Barsby: The ferry was subsidised by every taxpayer in the country.",
    "Greta Holm (Tarrow West) (Labour): The bridge was sold to my constituents as free to cross.",
    "The Minister for Transport: A lorry pays the same toll as a car until the review in the spring.",
    "The Deputy Speaker: The question time has ended and the members will now move to a vote.",
]


def test_an_official_reports_members_speak_by_their_labels() -> None:
    claims = _claims([_REPORT])
    names = {n for n, _ in claims}
    assert {"Ravi Shenoy", "Elin Barsby", "Greta Holm"} <= names
    assert ("Ravi Shenoy", "Hauliers in my seat will pay twice what they paid on the ferry.") in claims
    assert any(n == "Elin Barsby" and "four pounds" in c for n, c in claims)  # the office-holder in brackets
    assert any(n == "Elin Barsby" and "same toll" in c for n, c in claims)  # the office's bare label: its holder


def test_who_presides_and_the_order_papers_question_are_no_stance() -> None:
    claims = _claims([_REPORT])
    assert not any("Pryce" in n or "Speaker" in n for n, _ in claims)
    assert not any(c.startswith("To ask") or "what it will charge" in c for _, c in claims)


def test_a_broadcast_scripts_capitals_are_no_official_report() -> None:
    script = [
        "ANCHOR (MAY LOWE): Good evening, the bridge toll is the story tonight in the north.",
        "KEMP (TO CAMERA): Behind me the lorries are queueing for the new bridge again.",
        "KEMP (TO CAMERA): Nobody here would say how long the queues would last.",
    ]
    assert not any(n in ("Kemp", "May Lowe") for n, _ in _claims([script]))


_SURGERY_LETTER = [
    "Fernlea Medical Practice",
    "Dear patients, The health board has proposed moving our branch surgery to the town centre next spring.",
    "I want to be honest with you about what we know so far.",
    "The health board says the move will save money on the old building.",
    "For my part, I think the branch serves the villages well and should stay open.",
    "Will the buses run to the new site?",
    "Yours sincerely, Dr Nadia Farrow",
    "Senior Partner",
]


def test_a_letter_signed_at_its_end_is_its_signers_own_words() -> None:
    claims = _claims([_SURGERY_LETTER])
    mine = [c for n, c in claims if n == "Nadia Farrow"]
    assert "For my part, I think the branch serves the villages well and should stay open." in mine
    assert "I want to be honest with you about what we know so far." in mine
    assert not any("health board says" in c for c in mine)  # the signer passing on another's words
    assert not any(c.endswith("?") for c in mine)


def test_a_letter_signed_on_the_line_after_its_valediction() -> None:
    letter = [
        "Dear residents, We have decided to keep the harbour car park free for the whole of the summer.",
        "We know many of you rely on it for work and for the school run.",
        "Kind regards,",
        "Tomas Weir",
        "Harbour Master",
    ]
    assert any(n == "Tomas Weir" and "car park free" in c for n, c in _claims([letter]))


def test_an_unsigned_or_body_signed_letter_names_no_person() -> None:
    letter = [
        "Dear customers, We are closing the branch on the high street at the end of the month.",
        "We know this will be hard for many of you who bank with us in person.",
        "Yours faithfully,",
        "Customer Services Team",
    ]
    assert not any(n in ("Customer Services Team", "Customer Services") for n, _ in _claims([letter]))


_FACT_CHECK = [
    "THE CHECKER Testing what politicians say.",
    'CLAIM: "Bus fares in the county have fallen every year since 2040." — Marta Quill, transport minister, on 2 May.',
    "VERDICT: False.",
    "Fares rose in three of the last eight years, the operators' own tables show.",
    'CLAIM: "Ridership doubled." — Fenwick Buses.',
    "RATING (UPDATED): Mostly true.",
    "HOW WE CHECK: We ask the person who made the claim for the evidence behind it and publish our reasons.",
]


def test_a_fact_checks_claims_are_their_makers_and_its_ratings_nobodys() -> None:
    claims = _claims([_FACT_CHECK])
    assert ("Marta Quill", "Bus fares in the county have fallen every year since 2040.") in claims
    names = {n for n, _ in claims}
    assert not names & {"Verdict", "Rating", "How We Check", "Claim"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Tamsin Oduya has since said that "the tender was rushed through in a week".', "Tamsin Oduya"),
        ("Rhys Beynon of the Bakers' Federation says flour prices doubled over the winter months.", "Rhys Beynon"),
    ],
)
def test_a_saying_after_since_or_a_plural_possessive_body(sentence: str, name: str) -> None:
    assert [n for n, _ in _claims([["The mill reopened on Monday after the long strike.", sentence]])] == [name]


def test_a_quote_after_someone_has_written_to_a_minister_is_theirs() -> None:
    report = [
        'Rhoda Kim told us: "Nobody has asked the ferry crews about the new timetable."',
        "Owen Pryde, the MP for Skerry North, has written to the transport secretary asking for an inquiry.",
        '"Island ferries are not a line in a budget," he said.',
    ]
    assert ("Owen Pryde", "Island ferries are not a line in a budget.") in _claims([report])


def test_a_speaker_named_by_surname_just_before_a_tagged_quote_takes_it() -> None:
    report = [
        'Cllr Ian Ross said "the depot plan has been public from the start".',
        'Mona Haig told us the survey was "loaded": every question, she said, assumed the depot would move.',
        "Ross rejects that.",
        '"The survey asked about every option, and it said so on the first page," he told us.',
    ]
    claims = _claims([report])
    assert ("Ian Ross", "The survey asked about every option, and it said so on the first page.") in claims


def test_she_after_a_titled_surname_is_that_person() -> None:
    report = [
        'Dr Lena Marsh told the council that "every month of delay costs the reef a season".',
        "Professor Okoro, whose 2040 survey found far fewer nests, has offered her data to the review.",
        'She told me: "I counted every nest by hand over three weeks, and the aerial count doubles some of them."',
    ]
    assert any(n.endswith("Okoro") and c.startswith("I counted every nest") for n, c in _claims([report]))


def test_a_press_reviews_bracketed_asides_are_no_official_report() -> None:
    review = [
        "In the Harbour Daily Post (which knows the port well): Dockers walk out over night shifts.",
        "In The Coast Times (using a wire story): Strike spreads to the container berths.",
        "Both papers led with pictures of the empty quays on their front pages this morning.",
    ]
    assert not any("Post" in n or "Times" in n for n, _ in _claims([review]))


def test_he_said_after_a_titled_surname_who_did_not_speak_is_not_theirs() -> None:
    report = [
        "Dr Reed's lawyer, Ann Vos, spoke to reporters outside the court after the hearing.",
        "Dr Reed was not handcuffed as he arrived in court.",
        'He said the clinic had followed every rule it knew of, "and we will show that".',
    ]
    assert not any(n.endswith("Reed") for n, _ in _claims([report]))


_PETITION = [
    "Save the Lowfield Lido",
    "Started by Ana Brook · 3,200 have signed Update #2 · Ana Brook · 4 May 2032",
    "We've asked the leisure trust twice what the repairs would really cost.",
    'The trust chairman said: "We cannot run a pool that loses money every single summer.',
    'The pool will close in September unless the council steps in with a grant."',
    "I think we can raise the difference ourselves if the trust gives us a year.",
    "Ana",
]


def test_a_petition_updates_body_is_its_authors_own_words_not_those_it_quotes() -> None:
    mine = [c for n, c in _claims([_PETITION]) if n == "Ana Brook"]
    assert "I think we can raise the difference ourselves if the trust gives us a year." in mine
    assert "We've asked the leisure trust twice what the repairs would really cost." in mine
    assert not any("grant" in c or "loses money" in c for c in mine)  # the chair's quoted words


_GROUP_PAGE = [
    "Lowfield Residents · Public group · 880 members",
    "ADMIN POST · Ana Brook · Tuesday at 09:15",
    "I have spoken to the council twice this week about the lido and the bus route.",
    "Comments",
    "Joe Hart · My kids learnt to swim there. · Like · Reply · 2h Rita Shaw · Speaking as the owner of Shaw Taxis: "
    "the council's plan says the bus will be every hour.",
    "In practice the last bus leaves before the lido even closes. · Like · Reply · 1h Owen Pryde MP · "
    "I will raise the lido with the minister next week. · Like · Reply · 40m",
]


def test_a_comment_is_an_actors_where_it_says_whom_its_writer_speaks_as() -> None:
    claims = _claims([_GROUP_PAGE])
    names = {n for n, _ in claims}
    assert {"Ana Brook", "Rita Shaw", "Owen Pryde"} <= names
    assert ("Rita Shaw", "In practice the last bus leaves before the lido even closes.") in claims
    assert "Joe Hart" not in names  # a resident commenting, no more


@pytest.mark.parametrize(
    ("now", "was", "turned"),
    [
        (
            "In March I told the board and the staff that the wards were safe. They were not, and our checks failed.",
            "the wards were safe",
            "They were not",
        ),
        ("I told patients their records were safe. I regret saying that.", "their records were safe", "I regret"),
    ],
)
def test_words_recalled_from_a_named_month_or_a_longer_audience_turn_the_position(
    now: str, was: str, turned: str
) -> None:
    p = evolved("Iris Vane", "The wards are safe and fully staffed this winter.", now)
    assert p.evolution == "shifted"
    assert f"from “{was}”" in p.evolution_note and turned in p.evolution_note


def test_a_speaker_who_says_they_have_lost_patience_has_moved() -> None:
    p = evolved(
        "Owen Pryde",
        "I have full confidence in the ferry company's management.",
        "I'll be honest with you: I've lost patience with the ferry company. Their word was wrong.",
    )
    assert p.evolution == "shifted" and "lost patience" in p.evolution_note


def test_a_phone_in_caller_is_the_public_and_the_guests_speak() -> None:
    transcript = [
        "RIVER FM, THE MORNING CALL (TRANSCRIPT)",
        "JO MARR: Good morning, the bridge is shut again and the lines are open.",
        "CALLER (PETE, EASTFIELD): That bridge has been shaking in every storm for years now.",
        "JO MARR: Cllr Ann Rowe is with me in the studio this morning.",
        "ANN ROWE: The bridge will reopen on Friday once the engineers have signed it off.",
    ]
    names = {n for n, _ in _claims([transcript])}
    assert "Ann Rowe" in names
    assert not names & {"Caller", "Pete"}
