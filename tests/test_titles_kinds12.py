"""Title kinds met in the tenth blind set's outlets (a radio bulletin read aloud, a parliament's written answers, a
council's service-status page): titles name the story by place or body and event, never by a minister who only
answers for it, never by a programme's banner, and never stack a general event noun before the one the texts name.
All sentences here are made up."""

from __future__ import annotations

from digest.topics.titles import (
    _institution_place,
    _is_person,
    _lead,
    _listener,
    _numbering,
    _used_as_noun,
    clean_headline,
    story_title,
)
from tests.titles_support import key_names as _names

_HACK_DESK = [
    (
        "Harbour FM news, 6pm: council offices hit by hack",
        "Harbour FM news at six o'clock, Wednesday the ninth of June. Good evening, I'm Priya Lamb.\n\n"
        "Corvale City Council says a hack has shut its housing offices' computers. Tenants cannot pay rent online.\n\n"
        "The council's deputy leader, Tom Hesketh, told Harbour FM that no tenant's details had been taken.",
    ),
    (
        "Written answers, 11 June 2040: Local Government: Computer Security",
        "Local Government: Computer Security\n\nQuestion tabled on 9 June 2040 by Rhys Allard (Corvale West):\n\n"
        "To ask the Secretary of State what assistance she is giving Corvale City Council after the hack on its "
        "systems.\n\nAnswered on 11 June 2040 by Imogen Vasquez, Minister for Housing:\n\nRecovery from an incident "
        "of this kind is a matter for the council. Officials have offered Corvale City Council advice.\n\n"
        "Answered on 11 June 2040 by Imogen Vasquez:\n\nNo.",
    ),
    (
        "Service status: computer incident",
        "Last updated: Friday 11 June 2040, 09:00. This page replaces our website while our systems are down.\n\n"
        "Rent payments | Unavailable\n\nWhat happened\n\nCriminals broke into our network on Tuesday and we "
        "switched it off. The hack is being investigated.",
    ),
]


def test_a_body_named_by_its_place_lends_it_the_station_and_the_minister_never_do() -> None:
    """The station the council spoke to ("told Harbour FM") and the minister who signs an answer ("Name, Minister
    for Housing:") are not where the story is; the council named by its place ("Corvale City Council") lends
    "Corvale", and the event the texts name ends the title with no general "incident" before it."""
    title = story_title(_HACK_DESK, _names(_HACK_DESK))
    assert not {"Harbour", "FM", "Vasquez", "Imogen", "incident"} & set(title.split()), title
    assert title == "Corvale hack", title


def test_a_name_titled_with_a_role_after_a_comma_is_a_person() -> None:
    """ "Name, Chief Executive, writes:" and "Name, Minister for ...:" introduce a person, as "said" does."""
    body = (
        "Answered on 3 May by Lena Okafor, Minister for Transport: The line will reopen. Dmitri Sorel, Chief "
        "Executive, writes: we are sorry. Delmont Holdings, Chief Executive Rosa Lind said the sale was agreed."
    )
    assert _is_person(["Lena", "Okafor"], [], body)
    assert _is_person(["Dmitri", "Sorel"], [], body)
    assert not _is_person(["Delmont", "Holdings"], [], body)  # the role runs on into a name: no title of its own


_INCIDENT = [
    (
        "Workers evacuated after Tollan incident",
        "Workers were evacuated from a refinery at Tollan after an explosion in a storage unit on Monday. The "
        "incident is being investigated by the safety regulator.",
    ),
    (
        "Faulty valve blamed for Tollan incident",
        "A faulty valve caused the explosion at Tollan, the refinery's owners said. Nobody was hurt in the incident.",
    ),
    (
        "Tollan incident: residents describe explosion",
        "People living near Tollan said the explosion shook windows a mile away. The incident closed "
        "the coast road for three hours.",
    ),
]


def test_a_general_event_noun_gives_way_to_the_event_the_texts_name() -> None:
    """ "incident" stands in for what happened ("explosion"): never "Tollan incident explosion"."""
    title = story_title(_INCIDENT, _names(_INCIDENT))
    assert title == "Tollan explosion", title


_HACK = [
    (
        "Brenmoor hospital trust hit by cyberattack",
        "A cyberattack has forced the Brenmoor hospital trust to cancel operations. Staff are using paper records.",
    ),
    (
        "Operations cancelled after Brenmoor cyber attack",
        "Patients at Brenmoor have had operations cancelled after a cyber attack on the trust's computers. The trust "
        "said the attack began on Sunday.",
    ),
    (
        "Brenmoor trust: the attack and what comes next",
        "The trust has not said who was behind the attack. Brenmoor patients have been told to attend as planned.",
    ),
]


def test_an_event_noun_written_open_or_short_counts_for_the_closed_one() -> None:
    """ "cyber attack" and "the attack" are the "cyberattack" another outlet writes: one event, called by the word
    that says which kind."""
    title = story_title(_HACK, _names(_HACK))
    assert title.lower().endswith("cyberattack"), title
    assert "Brenmoor" in title, title


def test_an_editions_banner_stamped_with_its_time_is_no_part_of_the_headline() -> None:
    """ "Harbour FM news, 6pm:" and "Written answers, 11 June 2040:" name the programme and the page; "Tollan
    refinery incident:" is the story's own label and stays, as does a year in a name ("Cup 2040 live:")."""
    assert clean_headline("Harbour FM news, 6pm: council offices hit by data breach") == (
        "council offices hit by data breach"
    )
    assert clean_headline("Written answers, 11 June 2040: Housing: Data Security") == "Housing: Data Security"
    assert clean_headline("Tollan refinery incident: workers evacuated").startswith("Tollan")
    assert clean_headline("Marlow Cup 2040 live: rain stops play at the bridge").startswith("Marlow Cup")


def test_a_bulletins_sign_on_and_greeting_are_not_its_lead() -> None:
    """A bulletin opens by restating its banner and the presenter's name; its lead is the first report."""
    head, text = _HACK_DESK[0]
    lead = _lead(head, text)
    assert lead.startswith("Corvale City Council says"), lead
    # An article without a banner keeps its opening sentences, first person and all.
    assert _lead("Letters: bus lanes", "I'm a cyclist. I ride daily.") == "I'm a cyclist. I ride daily."


def test_a_word_ending_a_clause_after_a_verb_is_no_noun() -> None:
    """ "leaked online", "taken offline": how or where a thing was done; "the doctored video." is a noun phrase."""
    body = "Files were leaked online. The systems were taken offline, the council said. He posted the doctored video."
    assert not _used_as_noun("online", body)
    assert not _used_as_noun("offline", body)
    assert _used_as_noun("video", body)


def test_a_numbering_label_or_a_station_told_things_is_no_place() -> None:
    """ "UIN 20417" numbers a question; "told Harbour FM" names the station reporting, not where it happened."""
    body = "Question UIN 20417 was tabled by Rhys Allard. UIN 20431 followed. He told Harbour FM it was contained."
    assert _numbering("UIN", body)
    assert not _numbering("Corvale", "Flooding in Corvale 12 homes. Corvale council met.")
    assert _listener("Harbour FM", body)
    assert not _listener("Corvale", "He told Corvale residents to wait. Homes in Corvale were emptied.")


_PERMIT = [
    (
        "Federation withdraws Kelda Events permit",
        "The Orienteering Federation has withdrawn the race permit it gave Kelda Events, after its spring race "
        "went ahead in a gale. Kelda Events said it would appeal.",
    ),
    (
        "Kelda Events permit: runners react",
        "Runners who entered the race said the loss of the Kelda Events permit was overdue. The race "
        "permit had been renewed every year since 2031.",
    ),
    (
        "What the Kelda Events permit decision means for your entry",
        "If you entered a race run by Kelda Events, the permit decision means your race will not go ahead. Refunds "
        "are a matter for Kelda Events.",
    ),
]


def test_an_event_the_texts_put_before_the_phrases_noun_stays_before_it() -> None:
    """ "race permit": the event noun qualifies the thing the story is about, never "Kelda Events permit race"."""
    title = story_title(_PERMIT, _names(_PERMIT))
    assert title == "Kelda Events race permit", title


_LEAKED = [
    (
        "Marlow files leaked online",
        "Tenants' files taken from Marlow Borough Council have been leaked online. The council said it was working "
        "with police.",
    ),
    (
        "Marlow tenants warned of scams as files leaked online",
        "Marlow Borough Council has told tenants to watch for scam calls. The files hold bank details.",
    ),
    (
        "Marlow council apologises to tenants",
        "Marlow Borough Council has apologised to tenants whose files were stolen last month. Police are "
        "investigating.",
    ),
]


def test_what_a_participle_after_its_noun_befalls_is_never_the_word_after_it() -> None:
    """ "files leaked online": what was leaked is the files; "online" says where, it names no "online leak"."""
    title = story_title(_LEAKED, _names(_LEAKED))
    assert "online" not in title.lower(), title
    assert title.startswith("Marlow"), title


def test_a_tables_rows_are_no_lead_a_live_texts_entries_are() -> None:
    """A status page's "Service | Status" rows list labels; a live text's "16:05 | ..." entry is a sentence."""
    table = "Last updated: 9am.\nService | Status\nHousing benefit | Delayed\nBins | Normal\nWe were hacked on Monday."
    assert "Housing" not in _lead("Service status", table), _lead("Service status", table)
    assert "hacked" in _lead("Service status", table)
    live = "16:05 | The race was halted at the second checkpoint as the storm arrived over the fells this afternoon."
    assert _lead("Live: race halted", live).startswith("16:05 | The race was halted"), _lead("Live", live)


def test_a_body_named_by_its_place_gives_the_place_a_kind_of_body_gives_none() -> None:
    """ "Corvale City Council", "Tarnby District Health Board": the place their names open with; "National Health
    Service" and "Department for Local Communities" open with no place."""
    body = "Corvale City Council said. Tarnby District Health Board met. The National Health Service said."
    assert _institution_place(["Corvale", "City", "Council"], body) == ["Corvale"]
    assert _institution_place(["Tarnby", "District", "Health", "Board"], body) == ["Tarnby"]
    assert _institution_place(["National", "Health", "Service"], body) == []
    assert _institution_place(["Department", "for", "Local", "Communities"], body) == []
