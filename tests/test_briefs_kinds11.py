"""Who said it (issue 14, perspectives): one person under a short and a full given name, a party in brackets after a
councillor's name, and a body whose name opens with a common noun. The sentences are the tests' own (a harbour board,
a town bond, a bakery, a choir, a rota dispute ...), not an eval set's."""

from __future__ import annotations

import pytest
from briefs_support import claims_of, topic_brief_of

from digest.briefs.actors import _shortens, clean_name

# --- one person, two forms of the given name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [("Ed", "Edward"), ("Bob", "Robert"), ("Liz", "Elizabeth"), ("Bill", "William"), ("Kate", "Katherine")],
)
def test_a_short_form_and_its_full_given_name_are_one_actor(short: str, full: str) -> None:
    brief = topic_brief_of(
        f"The harbour board met on Monday. {short} Chernoff, the board's treasurer, said the dredging would cost twice"
        " the estimate. Anna Chernoff, a local fisher, said the channel had silted up for years.",
        f"The harbour board has delayed the dredging contract. {full} Chernoff said the board would seek new tenders"
        " before the summer.",
    )
    actors = sorted(p.actor for p in brief.perspectives)
    assert actors == ["Anna Chernoff", f"{full} Chernoff"]


def test_an_initial_goes_with_the_short_and_full_given_name_it_begins() -> None:
    brief = topic_brief_of(
        "The harbour board met on Monday. Ed Chernoff, the board's treasurer, said the dredging would cost twice the"
        " estimate. Anna Chernoff, a local fisher, said the channel had silted up for years.",
        "The harbour board has delayed the dredging contract. Edward Chernoff said the board would seek new tenders"
        " before the summer.",
        "The dredging row goes on. E. Chernoff said the board had been misled by the contractor about the depth.",
    )
    assert sorted(p.actor for p in brief.perspectives) == ["Anna Chernoff", "Edward Chernoff"]


def test_two_people_who_share_a_surname_stay_two() -> None:
    claims = claims_of(
        "Ed Chernoff and his sister Anna Chernoff both sit on the harbour board. Anna Chernoff said the channel had"
        " silted up for years. Ed Chernoff said the dredging would cost twice the estimate."
    )
    assert len({c.key for c in claims}) == 2


def test_a_title_with_the_surname_goes_to_the_namesake_it_fits() -> None:
    # The woman is named first; "Mr" still says the man.
    claims = claims_of(
        "Ed Chernoff and his sister Anna Chernoff both sit on the harbour board. Anna Chernoff said the channel had"
        " silted up for years. Ed Chernoff said the dredging would cost twice the estimate. Mr Chernoff added that"
        " the contractor had walked away from the job."
    )
    by_claim = {c.claim: c.key for c in claims}
    assert (
        by_claim["The contractor had walked away from the job."]
        == by_claim["The dredging would cost twice the estimate."]
    )


def test_a_short_form_two_full_names_share_joins_neither() -> None:
    # "Chris" may be Christopher or Christine: no guess folds the one into the other.
    claims = claims_of(
        "The choir's committee split over the new hall. Christopher Vane said the hall was too small for the choir."
        " Christine Vane said the rent would be half the old one. Chris Vane said the vote should wait a month."
    )
    assert len({c.key for c in claims}) == 3


# --- a party in brackets after a name -----------------------------------------------------------------------------


def test_a_party_in_brackets_is_neither_the_speakers_name_nor_her_words() -> None:
    claims = claims_of(
        "The council will vote on the bond next week. Cllr Maya Hart (Labour) said the bond would saddle the town with"
        " debt for thirty years. Labour said it would vote against the bond at the full council."
    )
    by_actor = {c.actor: c.claim for c in claims}
    assert by_actor["Maya Hart"] == "The bond would saddle the town with debt for thirty years."
    assert "vote against" in by_actor["Labour"]
    assert len(by_actor) == 2


def test_a_bracket_after_a_title_and_surname_still_finds_the_speaker() -> None:
    claims = claims_of(
        "The bakery's licence is up for renewal. Councillor Obi (Lib Dem, Northfield) said the bakery had met every"
        " condition the committee set."
    )
    assert [c.actor for c in claims] == ["Obi"]


@pytest.mark.parametrize(
    ("short", "full", "drawn"),
    [
        ("OEN", "Office of Energy Networks", True),  # initials
        ("Office", "Office of Energy Networks", True),  # a word of it
        ("Ofbake", "Office of Bakeries", True),  # heads of its words run together
        ("NRSA", "National Road-Safety Agency", True),  # a hyphen joins two words, each with its initial
        ("Labour", "Cllr Maya Hart", False),  # a party after a person
        ("Green", "Gina Reed", False),
    ],
)
def test_a_bracket_defines_a_short_name_only_when_drawn_from_the_full_one(short: str, full: str, drawn: bool) -> None:
    assert _shortens(short, full) is drawn


# --- a body's name that opens with a common noun -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("The Police Federation", "Police Federation"),
        ("Doctors' Association", "Doctors' Association"),
        ("The Officials Union", "Officials Union"),
    ],
)
def test_a_body_keeps_the_common_noun_that_opens_its_name(written: str, shown: str) -> None:
    assert clean_name(written) == shown


@pytest.mark.parametrize("group", ["Police", "Doctors", "Residents", "The Police"])
def test_a_common_noun_alone_names_nobody(group: str) -> None:
    assert clean_name(group) is None


def test_a_multiword_body_speaks_under_its_whole_name() -> None:
    claims = claims_of(
        "Officers have been told to expect longer shifts over the summer. The Police Federation said the rota changes"
        " would leave stations badly understaffed. The Road Haulage Association warned that lorry drivers would face"
        " longer waits at the port."
    )
    assert [c.actor for c in claims] == ["Police Federation", "Road Haulage Association"]


def test_two_bodies_of_one_head_noun_stay_two() -> None:
    brief = topic_brief_of(
        "The rota changes take effect in June. The Police Federation said the rota changes would leave stations badly"
        " understaffed.",
        "Schools are affected too. The Teachers' Federation said the new timetable would cost every school two staff.",
    )
    assert sorted(p.actor for p in brief.perspectives) == ["Police Federation", "Teachers' Federation"]
