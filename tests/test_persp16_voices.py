"""Round 16 voices: letters closed pastorally, messages sent to a list, callers named in full, speech passed on
through an office or by email, messages sent in, forecasts, programme chapter quotations; and the notes that name
what is new."""

from __future__ import annotations

from datetime import date

import pytest

from digest.briefs.actors import Attribution, attributions
from digest.briefs.changes import _added, _also
from digest.briefs.sentences import Sentence, every_sentence

DAY = date(2071, 3, 2)


def _one(text: str) -> list[tuple[str, str]]:
    s = [Sentence(text, 0, 0, DAY, None)]
    return [(a.actor, a.claim) for a in attributions(s, s)]


def _article(text: str) -> list[Attribution]:
    ctx = every_sentence(0, text, DAY)
    return attributions(ctx, ctx)


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        (
            "The headmistress, the Reverend Alice Marr, told us through her office that the school would stay open.",
            "Alice Marr",
            "school would stay open",
        ),
        ("Ella Moss told me by phone that the ferry would run again in March.", "Ella Moss", "ferry would run"),
        ("Ms Ada Kerr told us this morning that the clinic would stay shut until Friday.", "Ada Kerr", "clinic"),
        (
            "Maria Lund's spokesman said she would not stand again at the next election.",
            "Maria Lund",
            "not stand again",
        ),
        ("Peter Maas's office told us that the bridge would reopen in spring.", "Peter Maas", "bridge would reopen"),
        (
            "The harbour master, Jan Olsen, wrote to say the quay would reopen after the storm season.",
            "Jan Olsen",
            "quay would reopen",
        ),
        (
            "The engineer Ravi Shah, who inspected the dam for the trust, got in touch to say he stands by his report.",
            "Ravi Shah",
            "stands by his report",
        ),
        (
            "One bank's economist, Clara Voss of Hollin Capital, expects up to a fifth of the mills to close soon.",
            "Clara Voss",
            "fifth of the mills to close",
        ),
        ("Karl Dunn expects the mill to reopen within a year.", "Karl Dunn", "mill to reopen"),
        ("Anna Rask maintains the figures were wrong from the start.", "Anna Rask", "figures were wrong"),
    ],
)
def test_passed_on_and_sent_in(text: str, actor: str, words: str) -> None:
    got = _one(text)
    assert got and got[0][0] == actor and words in got[0][1], got


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Data's office said the building would close.",  # a body's office: not a person
        "Maria Lund's lawyers filed an appeal on Monday.",  # no saying
        "Ola Berg rang to say thanks for the flowers.",  # no claim
        "Ola Berg wrote to the council in May.",
        "Councillor Tom Reed expects to announce the budget in May.",  # her own plan, no forecast of others
        "Tom Reed expects a decision in May from the ministry.",
        "Harbourway maintains the county's 4,000 bus shelters, where the new adverts will go.",  # keeps in repair
        "Delta Rail maintains 400 miles of track.",
        "The trust maintains its innocence.",
    ],
)
def test_not_passed_on(text: str) -> None:
    assert _one(text) == []


LETTER = """THE PARISH NEWS · June

Dear friends,

The hall roof has been leaking since the spring storms and the committee cannot wait any longer.

We will open the hall again in September, and we will raise the money ourselves. Two things changed my mind.

I know how much the hall means to the playgroup and the choir.

With every blessing,

Rev Thomas Hale, Rector"""


def test_pastoral_valediction_signs_the_letter() -> None:
    got = _article(LETTER)
    assert {a.actor.removeprefix("Rev ") for a in got} == {"Thomas Hale"}
    joined = [a.claim for a in got if "changed my mind" in a.claim]
    assert joined and joined[0].startswith("We will open the hall again")


def test_letter_without_a_valediction_has_no_signer() -> None:
    text = LETTER.replace("With every blessing,", "See you at the fete!")
    assert all(not a.actor.endswith("Thomas Hale") for a in _article(text))


MESSAGE = """Harwick Community Alerts

Message sent by
Owen Price (Fire Service, Watch Manager, Harwick station)

Grass fires on the common

Dear resident,

Since Friday we have been called to five grass fires on Harwick common.

Station Officer Jane Cole has asked the council to close the car park at night.

I have asked our crews to patrol the common every evening this week.

Will the car park close? We do not know yet.

Reply to this message | Unsubscribe | Harwick Fire"""


def test_message_sent_by_a_named_sender() -> None:
    got = _article(MESSAGE)
    mine = [a.claim for a in got if a.actor == "Owen Price"]
    assert any("patrol the common" in c for c in mine)
    assert not any("Jane Cole" in c for c in mine)  # another named person's act is not the sender's stance
    assert not any("?" in c for c in mine)


@pytest.mark.parametrize(
    "head",
    [
        "Sent from my phone",  # no header of a list message
        "Message sent by the Harwick Fire team",  # a desk, no person
        "Message from Owen Price",  # not a "sent by" header
        "Posted in: Alerts",
    ],
)
def test_no_sender_no_message(head: str) -> None:
    text = MESSAGE.replace("Message sent by\nOwen Price (Fire Service, Watch Manager, Harwick station)", head)
    assert all(a.actor != "Owen Price" for a in _article(text))


PHONE_IN = """RADIO FENN · THE LUNCH HOUR · automated transcript

KATE DALE (PRESENTER): The ferry is running late again. Let's go to the phones.

CALLER (OLIVE BRANT, HARBOUR MASTER): Afternoon, Kate. The tides have been lower than anyone expected this month.

KATE DALE: And Tom from Fenn is on the line.

CALLER (TOM, FENN): I have given up on the ferry altogether and drive round by the bridge now.

KATE DALE: Thank you both."""


def test_caller_named_in_full_is_a_voice() -> None:
    got = _article(PHONE_IN)
    actors = {a.actor for a in got}
    assert "Olive Brant" in actors
    assert not any(a.startswith("Tom") or a.startswith("Kate") for a in actors)


SHOW = """THE GROWING SEASON · Episode 40: the orchard vote
We talk to Ines Falk, who ran the county orchards for ten years, and to Owen Mays.

Chapters
00:00 Intro and sponsor
04:10 Ines on the vote: "The orchards will not survive another dry summer without help"
12:30 What the grant covers
19:45 Owen Mays: "We planted these trees for our grandchildren, not for the council."
31:00 Listener mail

Hosts: Ada Ring and Bo Lund."""


def test_chapter_lines_quote_their_speakers() -> None:
    got = {(a.actor, a.claim) for a in _article(SHOW)}
    assert ("Ines Falk", "The orchards will not survive another dry summer without help") in got
    assert any(actor == "Owen Mays" for actor, _ in got)
    assert not any(actor in {"Ada Ring", "Bo Lund"} for actor, _ in got)


def test_chapter_line_without_quotation_is_no_claim() -> None:
    text = SHOW.replace('"The orchards will not survive another dry summer without help"', "the county grant")
    assert all(a.actor != "Ines Falk" for a in _article(text))


def test_note_skips_a_repeated_sentence() -> None:
    old = ["Rovan Water did not object to the hosepipe ban, provided gardens were spared."]
    said = ["We did not object to the ban.", "Now we have asked the board to lift it for allotments."]
    assert _added(said, said, old) == said[1]
    note = _also("Lena Hart", "“We did not object to the ban. Now we have asked the board to lift it.”", "[4]", old)
    assert "allotments" in note or "lift it" in note
    assert "did not object" not in note


def test_note_keeps_a_short_turn_with_its_position() -> None:
    said = ["We will keep the depot open.", "The union changed my mind."]
    fresh = [said[1], said[0]]  # as evolve orders them: the claim saying the speaker moved first
    got = _added(said, fresh, ["The depot must close this year."])
    assert got == "We will keep the depot open. The union changed my mind."
    # No position just before the turn: the turn alone.
    assert _added(said[1:], said[1:], ["The depot must close this year."]) == "The union changed my mind."


COLUMN = """THE GARDEN DIARY · by Helen Ash

The allotment society has had a difficult month, and the waiting list is longer than ever.

Plenty of you wrote in. From: Ruth Lowe Subject: Plot rents

I think the new rents will drive the older members off their plots.

I have some sympathy, but the society has frozen rents for five years and the water bill has doubled.

We should all be grateful that the council has kept the site at all.

Helen Ash writes every Thursday."""


def test_mail_quoted_in_a_column_is_its_first_line_only() -> None:
    got = [(a.actor, a.claim) for a in _article(COLUMN)]
    lowe = [c for a, c in got if a == "Ruth Lowe"]
    assert any("older members" in c for c in lowe)
    assert not any("sympathy" in c or "grateful" in c for c in lowe)


DIGEST = """Allotment-List Digest, Vol 4, Issue 2

Today's Topics:
   1. Plot rents (Ruth Lowe)
   2. Seed swap (Alan Pike)

Message: 1
From: Ruth Lowe
Subject: Plot rents

I think the new rents will drive the older members off their plots.

We should ask the council to phase the rise over three years.

Message: 2
From: Alan Pike
Subject: Seed swap

The seed swap is on Saturday at the hut, and I will bring the beans."""


def test_digest_messages_are_their_senders() -> None:
    got = [(a.actor, a.claim) for a in _article(DIGEST)]
    assert any(a == "Ruth Lowe" and "phase the rise" in c for a, c in got)
    assert not any(a == "Ruth Lowe" and "seed swap" in c.lower() for a, c in got)


def test_chapter_line_of_a_body_is_no_first_name() -> None:
    text = SHOW.replace("19:45 Owen Mays:", "19:45 Police:").replace("and to Owen Mays.", "and to Police Scotland.")
    assert all(not a.actor.startswith("Police") for a in _article(text))


@pytest.mark.parametrize(
    "text",
    [
        "The IMF now expects the economy to shrink by 4 per cent this year.",  # a body's forecast
        "Forecasters expect the storm to reach the coast late on Sunday.",  # a group
        "Economists had expected a cut of one to two points.",  # a past expectation
        "Dr Lena Ford expected the results to arrive in May.",
    ],
)
def test_forecast_of_no_person_is_no_stance(text: str) -> None:
    assert _one(text) == []
