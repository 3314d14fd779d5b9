"""Perspectives name people as the reports do: the office most reports give, one actor with or without it (act15)."""

from __future__ import annotations

from datetime import date

import pytest

from digest.briefs import lexicon
from digest.briefs.actors import _office_before, actor_key, attributions, bare_name
from digest.briefs.sentences import Sentence


def _claims(reports: list[list[str]], first: date = date(2031, 3, 1)) -> list[tuple[str, str, str]]:
    """(name shown, key, claim) of every attribution, each report one article a day after the one before."""
    sentences = [
        Sentence(text, article, position, date.fromordinal(first.toordinal() + article))
        for article, report in enumerate(reports)
        for position, text in enumerate(report)
    ]
    return [(a.display, a.key, a.claim) for a in attributions(sentences, sentences)]


@pytest.mark.parametrize(
    ("before", "office"),
    [
        ("Yesterday U.S. Attorney General ", "U.S. Attorney General"),
        ("The talks were led by Fisheries Minister ", "Fisheries Minister"),
        ("Speaking later, Harbour Board chief executive ", "Harbour Board chief executive"),
        ("A letter from Canadian Secretary of State ", "Canadian Secretary of State"),
        ("The award went to Chief Medical Officer Dr ", "Chief Medical Officer"),
        ("the province's former Premier ", "former Premier"),
        ("a complaint was sent to the health secretary ", None),  # a description, not an office with its name
        ("shares in mining giant ", None),  # what a body is, not a person's post
        ("the coach praised striker ", None),
        ("Councillors met ", None),
        ('the harbour "will not close," Transport Minister ', "Transport Minister"),
        ('"Transport Minister ', "Transport Minister"),  # the quotation mark before the office ends it
        ("a letter from the transport Minister ", None),  # part of a description, not "Minister"
    ],
)
def test_the_office_written_before_a_name(before: str, office: str | None) -> None:
    assert _office_before(before) == office


def test_the_office_most_reports_give_is_shown_whether_or_not_the_quoted_report_writes_it() -> None:
    claims = _claims(
        [
            ["Fisheries Minister Ruth Okonjo said the quota for cod would be cut by a fifth next season."],
            ["Fisheries Minister Ruth Okonjo told trawler crews that compensation would be paid within a month."],
            ["Ruth Okonjo said the northern grounds would stay closed until the stock recovered."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Fisheries Minister Ruth Okonjo"}
    assert {key for _, key, _ in claims} == {"okonjo"}


def test_an_office_one_report_gives_is_a_one_off() -> None:
    claims = _claims(
        [
            ["Acting Fisheries Minister Ruth Okonjo said the quota for cod would be cut by a fifth next season."],
            ["Ruth Okonjo told trawler crews that compensation would be paid within a month of the closure."],
            ["Ruth Okonjo said the northern grounds would stay closed until the stock had recovered fully."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Ruth Okonjo"}


def test_forms_of_one_office_count_together_and_show_as_most_write_it() -> None:
    claims = _claims(
        [
            ["Dutch Finance Minister Pieter Aalst said the levy on short flights would rise in the spring."],
            ["Finance Minister Pieter Aalst told parliament the money would go to rail links in the north."],
            ["Finance Minister Pieter Aalst said the levy had raised more than the treasury had forecast."],
            ["Dutch Finance Minister Pieter Aalst said a second levy on freight flights was not planned."],
            ["Finance Minister Pieter Aalst said airlines had been told of the change a year in advance."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Finance Minister Pieter Aalst"}


def test_an_office_that_changed_during_the_story_is_shown_as_the_later_reports_give_it() -> None:
    claims = _claims(
        [
            ["Deputy Mayor Lena Vik said the ferry timetable would be kept through the winter months."],
            ["Deputy Mayor Lena Vik said the city would not sell the ferry company to a private buyer."],
            ["Mayor Lena Vik said the ferry company would be sold after all, to cover the deficit."],
            ["Mayor Lena Vik told the council that the sale would not touch the winter timetable at all."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Mayor Lena Vik"}


def test_former_office_is_another_office_than_the_present_one() -> None:
    claims = _claims(
        [
            ["Former Governor Tomas Reyes said the dam had been built to last a hundred years or more."],
            ["Former Governor Tomas Reyes said the inspectors had never raised the cracks with him."],
            ["Governor Tomas Reyes said in 2019 that the dam was sound, according to the minutes."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Former Governor Tomas Reyes"}


def test_an_aside_between_the_speaker_and_the_saying_leaves_the_stance() -> None:
    claims = _claims(
        [
            [
                "The Coastal Fisheries Agency, responding to weeks of complaints from trawler crews and port towns, "
                "said on Friday it would reopen the northern grounds in June once the spring survey was done."
            ],
            [
                "Professor Ines Calloway, who sits on the agency's scientific panel for the cod stock, told a "
                "radio programme that the stock had not recovered and the grounds should stay closed."
            ],
        ]
    )
    stances = {actor: claim for actor, _, claim in claims}
    assert stances["Coastal Fisheries Agency"].startswith("The Coastal Fisheries Agency said on Friday it would")
    assert "complaints" not in stances["Coastal Fisheries Agency"]
    assert "scientific panel" not in stances["Ines Calloway"]
    assert "should stay closed" in stances["Ines Calloway"]


def test_speakers_listed_before_the_saying_are_no_aside() -> None:
    claims = _claims([["Marta Lind, Oskar Berg and Nils Ahl said the orchestra would not play on the new pier."]])
    assert all("Oskar Berg" in claim for _, _, claim in claims)


def test_a_body_spelt_the_british_and_the_american_way_is_one_actor() -> None:
    assert actor_key("North Sea Shipping Organisation") == actor_key("North Sea Shipping Organization")
    assert actor_key("Grain Relief Programme") == actor_key("Grain Relief Program")
    assert actor_key("Anna Kessler") != actor_key("North Sea Shipping Organisation")


def test_a_body_possessive_before_a_surname_is_no_given_name() -> None:
    claims = _claims(
        [
            ["Dr Anna Kessler said the survey of river otters had found breeding pairs in eleven valleys."],
            ["The Wildlife Bureau's Kessler said the otters were returning because the water was cleaner."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Anna Kessler"}
    assert {key for _, key, _ in claims} == {"kessler"}


def test_short_given_names_are_language_data() -> None:
    assert "elizabeth" in lexicon.SHORT_FORMS["liz"]
    claims = _claims(
        [
            ["Elizabeth Tran said the bakery would open a second shop on the market square in May."],
            ["Liz Tran said the second shop would sell bread baked overnight at the first one."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Elizabeth Tran"}


def test_the_actor_stays_as_written_for_the_checks_that_look_for_it_in_the_text() -> None:
    sentences = [
        Sentence("Mayor Lena Vik said the ferry timetable would be kept through the winter.", 0, 0, date(2031, 3, 1)),
        Sentence("Mayor Lena Vik said the city would not sell the ferry company this year.", 1, 0, date(2031, 3, 2)),
    ]
    claims = attributions(sentences, sentences)
    assert {(a.actor, a.display) for a in claims} == {("Lena Vik", "Mayor Lena Vik")}


def test_a_person_one_report_names_is_shown_as_it_writes_them() -> None:
    claims = _claims([["Harbour Inspector Jon Dale said the crane had failed its last two load tests in March."]])
    assert [actor for actor, _, _ in claims] == ["Harbour Inspector Jon Dale"]


def test_an_aside_that_recalls_earlier_words_is_the_turn_and_stays() -> None:
    claims = _claims(
        [
            [
                "Colonel Ada Brink, who had said in April that the base would stay open for at least ten more years, "
                "now said the base would close next spring and its staff would move to the coast."
            ]
        ]
    )
    assert "who had said in April" in claims[0][2]


def test_a_korean_name_is_keyed_by_its_family_name_written_first() -> None:
    assert actor_key("Seo Ji-hoon") == actor_key("Seo") == "seo"
    assert actor_key("Jean-Paul Marchand") == "marchand"
    assert actor_key("Ruth Eberhart-Lowe") == "eberhart-lowe"
    claims = _claims(
        [
            ["Seo Ji-hoon said the shipyard would hire four hundred welders before the end of the year."],
            ["Mr Seo said the new dry dock would be finished before the first tanker order was due."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Seo Ji-hoon"}


def test_of_one_office_a_form_that_is_only_the_sentence_s_capital_does_not_show() -> None:
    claims = _claims(
        [
            ["Harbour Board chief executive Ines Morland said the crane contract had been signed in May."],
            ["Chief executive Ines Morland said the cranes would arrive by sea from the yard in Gdansk."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Harbour Board chief executive Ines Morland"}


def test_a_participle_opening_a_sentence_is_no_speaker() -> None:
    claims = _claims(
        [
            [
                "Dr Ruth Amsel said the clinic would stay open through the strike.",
                'Using an example from her own ward, she told the inquiry: "We turned away nobody in twelve years."',
            ],
            ["Fleming said the new ward would open in the autumn with forty beds."],
        ]
    )
    assert "Using" not in {actor for actor, _, _ in claims}
    assert "Fleming" in {actor for actor, _, _ in claims}


def test_an_actor_shown_with_an_office_in_a_later_version_is_the_same_actor() -> None:
    from datetime import UTC, datetime

    from digest.briefs.changes import evolve
    from digest.models import Brief, Perspective, Source, Statement

    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    previous = Brief(
        topic="t", title="T", version=1, created=datetime(2033, 5, 1, tzinfo=UTC), sources=sources[:1],
        perspectives=[Perspective("Ola Brekke", Statement("Ferry fares will not rise this year.", (1,)))],
    )  # fmt: skip
    now = Statement("Ferry fares will not rise this year. Ferry fares will rise in June after all.", (1, 2))
    p = evolve([Perspective("Transport Minister Ola Brekke", now)], sources, previous)[0]
    assert p.actor == "Transport Minister Ola Brekke"
    assert p.evolution == "shifted", p.evolution_note
    assert "rise in June" in p.evolution_note


@pytest.mark.parametrize(
    ("actor", "bare"),
    [
        ("District Attorney Mia Holt", "Mia Holt"),
        ("Dr Mia Holt", "Mia Holt"),
        ("Mr Holt", "Holt"),
        ("General Motors", "General Motors"),  # a post's word that leaves one word is the name's own
        ("Harbour Board", "Harbour Board"),
        ("Mia Holt", "Mia Holt"),
    ],
)
def test_the_name_without_office_or_honorific(actor: str, bare: str) -> None:
    assert bare_name(actor) == bare


def test_one_office_written_with_different_owners_counts_once() -> None:
    claims = _claims(
        [
            ["Environmental Safety Agency Administrator Rosa Pell said the spill had reached the estuary."],
            ["ESA Administrator Rosa Pell said the estuary would be closed to fishing for a month at least."],
            ["Rosa Pell said the clean-up crews would work through the weekend on the northern beaches."],
        ]
    )
    # As many reports write each form: the shorter shows.
    assert {actor for actor, _, _ in claims} == {"ESA Administrator Rosa Pell"}


def test_an_abbreviated_office_is_the_office() -> None:
    assert _office_before("the candid Coast Guard Adm. ") == "Coast Guard Adm."
    claims = _claims(
        [
            ["Coast Guard Adm. Tilda Voss said the booms had held through the night off the point."],
            ["Adm. Tilda Voss said the oil had not reached the lagoon, though the wind was rising."],
            ["Coast Guard Admiral Tilda Voss said a second line of booms would go out at dawn."],
            ["Tilda Voss said the slick had not reached the marsh by Sunday evening at all."],
        ]
    )
    assert {actor for actor, _, _ in claims} == {
        "Coast Guard Admiral Tilda Voss"
    }  # in words where one report spells it


def test_of_two_forms_as_many_reports_write_the_shorter_shows() -> None:
    """'The Weekly Round-up, Ferry News Transport Minister ...': a heading run into a sentence lengthens an office."""
    claims = _claims(
        [
            [
                "The Weekly Round-up, Ferry News Transport Minister Ola Brekke faces questions on fares.",
                "Ola Brekke said fares would be frozen for the whole of the summer season.",
            ],
            [
                "The fares were set by Transport Minister Ola Brekke in March.",
                "Ola Brekke said the fares would rise again in the autumn after the review.",
            ],
        ]
    )
    assert {actor for actor, _, _ in claims} == {"Transport Minister Ola Brekke"}


def test_a_stray_early_use_of_the_new_office_does_not_hide_the_change() -> None:
    reports = [[f"Incoming chair Nora Falk said the orchestra would tour {c} in the spring."] for c in "ABCDE"]
    reports.insert(1, ["Orchestra chair Nora Falk said the season would open with a free concert in the park."])
    reports += [[f"Orchestra chair Nora Falk said the tour of {c} had sold out within a week."] for c in "FGH"]
    assert {actor for actor, _, _ in _claims(reports)} == {"Orchestra chair Nora Falk"}
