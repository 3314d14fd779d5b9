"""fix12: a body's bracketed initials, its own officials and its spellings are one side; counts of different things or
one count moving on are no dispute; "no such" is a denial only of a thing that was; "she" is never a body."""

from __future__ import annotations

from datetime import date

import numpy as np

from digest.briefs.actors import attributions, short_names
from digest.briefs.conflicts import affiliated, colleagues, no_such, numeric_tensions, one_body, tensions
from digest.briefs.sentences import Sentence

DAY = date(2027, 3, 1)
NEXT = date(2027, 3, 2)


def _alike(left: list[str], right: list[str]) -> np.ndarray:
    """A topic space in which every claim looks like every other: only the rules under test tell them apart."""
    return np.ones((len(left), len(right)))


def _report(article: int, *texts: str, when: date = DAY) -> list[Sentence]:
    return [Sentence(t, article, i, when) for i, t in enumerate(texts)]


def test_bracketed_initials_keep_the_claim_and_name_the_body() -> None:
    ss = _report(
        0,
        "The Coastal Health Agency (CHA) says the outbreak is slowing but remains serious.",
        "The Tenants Federation (TF), which speaks for renters in the city, said it was pleased with the vote.",
        "Cllr Rhona Pike (Green) said the scheme would cost far more than the council admits.",
    )
    found = {a.actor: a.claim for a in attributions(ss, ss)}
    assert found["Coastal Health Agency"] == "The outbreak is slowing but remains serious."
    assert "Rhona Pike" in found  # a party in brackets is still no part of her name
    assert short_names("Coastal Health Agency", ss) == {"CHA"}
    assert short_names("Rhona Pike", ss) == set()


def test_a_bodys_own_official_is_its_side_under_its_initials() -> None:
    ss = _report(
        0,
        "The Coastal Health Agency (CHA) says the outbreak is slowing.",
        "Dr Ilse Marrow, CHA's deputy head of surveillance, said the picture kept changing.",
        "CHA fever expert Dr Oskar Lind said more samples were needed.",
        "Dr Ben Ruston, a doctor at the city hospital, said the agency was wrong.",
        "Northgate Labs resigned as CHA's testing partner; the CHA board thanked Ben Ruston for his letter.",
        "Brandt Cement, CHA's lab contractor, blamed the agency; CHA Chief Operating Officer Lea Moss disagreed.",
    )
    assert affiliated("Ilse Marrow", "Coastal Health Agency", ss)
    assert affiliated("Coastal Health Agency", "Oskar Lind", ss)
    assert not affiliated("Ben Ruston", "Coastal Health Agency", ss)
    assert not affiliated("Ben Ruston", "CHA", ss)  # a body that thanked him is not his employer
    assert not affiliated("Brandt Cement", "CHA", ss)  # a contractor is a party of its own
    assert affiliated("Lea Moss", "CHA", ss)
    firm = _report(1, "Ostra Chief Operating Officer Dan Petty said the cap was holding.")
    assert affiliated("Dan Petty", "Ostra PLC", firm)


def test_two_people_with_posts_at_one_body_are_one_side() -> None:
    ss = _report(
        0,
        "The Coastal Health Agency (CHA) says the outbreak is slowing.",
        "Dr Ilse Marrow, CHA's deputy head of surveillance, said the picture kept changing.",
        "CHA Director-General Dr. Oskar Lind said more samples were needed.",
        "Dr Noor Hakim, acting CHA chief scientist, said the tests were reliable.",
        "Cllr Ann Ross, the council's leader, said the plan would go ahead.",
        "Cllr Tom Vey, the council's opposition leader, said the plan was unaffordable.",
        "Harbour Trust chairman Sam Pell said the harbour was safe; the CHA board thanked Ben Ruston for his letter.",
    )
    assert colleagues("Ilse Marrow", "Oskar Lind", ss) and colleagues("Noor Hakim", "Oskar Lind", ss)
    assert not colleagues("Ann Ross", "Tom Vey", ss)  # the opposition's leader is not the council's voice
    assert not colleagues("Sam Pell", "Oskar Lind", ss)
    assert not colleagues("Ben Ruston", "Oskar Lind", ss)


def test_one_body_under_two_spellings_or_its_parents_name_is_one_side() -> None:
    ss = _report(0, "The Coastal Health Agency (CHA) says the outbreak is slowing.")
    assert one_body("Rural Aid Organisation", "Rural Aid Organization")
    assert one_body("UN's Rural Aid Programme", "Rural Aid Programme")
    assert one_body("CHA", "Coastal Health Agency", ss)
    assert not one_body("Rural Aid Programme", "Coastal Health Agency", ss)
    assert not one_body("Anna Brook", "Anna Brook-Hale")  # people are left to the name rules


def _claims(*reports: list[Sentence]) -> list:
    every = [s for r in reports for s in r]
    return attributions(every, every)


def test_counts_of_one_body_or_of_two_things_are_no_rival_figures() -> None:
    spelt = _claims(
        _report(0, "The Rural Aid Organization said 2,000 people in 20 towns have been infected with the fever."),
        _report(
            1,
            "The fever has infected 4,300 people in 29 towns, the Rural Aid Organisation said, raising its count"
            " by a thousand in a day.",
            when=NEXT,
        ),
    )
    assert numeric_tensions(spelt, _alike) == []
    raised = _claims(
        _report(0, "The Harbour Trust said 2,000 people in the valley had lost their homes to the flood."),
        _report(
            1,
            "The flood has left 4,300 people in the valley without homes, the Valley Board said, increasing its"
            " count by two thousand.",
            when=NEXT,
        ),
    )
    assert numeric_tensions(raised, _alike) == []
    measures = _claims(
        _report(
            0,
            "The Harbour Trust said three million people in the valley might need emergency aid this winter.",
            "The Valley Board said two million people in the valley will need food aid this winter.",
        )
    )
    assert numeric_tensions(measures, _alike) == []
    tally = _claims(
        _report(
            0,
            "The Island Health Office said the death toll from the storm in the valley could reach 9,000 people.",
            "Mayor Ines Carvalho said 4,000 people in the valley had been found and buried by the storm teams.",
        )
    )
    assert numeric_tensions(tally, _alike) == []
    rival = _claims(
        _report(
            0,
            "The Harbour Trust said three million people in the valley might need food aid this winter.",
            "The Valley Board said two million people in the valley will need food aid this winter.",
        )
    )
    assert len(numeric_tensions(rival, _alike)) == 1
    per_day = _claims(
        _report(
            0,
            "The Harbour Trust said 300 tonnes of silt were washed into the valley every day in the storm.",
            "The Valley Board said 900 tonnes of silt were washed into the valley per day in the storm.",
        )
    )
    assert len(numeric_tensions(per_day, _alike)) == 1


def test_one_sides_same_words_against_the_same_other_side_are_shown_once() -> None:
    first = _report(
        0,
        "The Harbour Trust said 400 homes in the valley were flooded on Monday night.",
        "The Valley Board said 900 homes in the valley were flooded on Monday night.",
    )
    second = _report(
        1, "The Valley Board said in total 1,200 homes in the valley were flooded on Monday night.", when=NEXT
    )
    every = first + second
    found = tensions(every, attributions(every, every), _alike, k=5, context=every)
    assert len(found) == 1 and "400 homes" in found[0][0] and "Valley Board" in found[0][0]


def test_no_such_denies_a_thing_that_was_not_a_remark_on_what_could_be() -> None:
    claim = _report(0, "Nurse Ada Quill said staff had warned managers about the broken lift in March.")
    denial = _report(1, "No such warning about the lift was ever passed to managers, the records show.")
    remark = _report(2, "No such warning about the lift can fully replace a working repair budget.")
    claims = _claims(claim)
    assert len(no_such(claim + denial, claims)) == 1
    assert no_such(claim + remark, claims) == []
    past = _report(3, "No such warning about the lift ever reached the managers, the trust said in its reply.")
    assert len(no_such(claim + past, claims)) == 1


def test_she_after_a_body_is_the_woman_named_before_it() -> None:
    ss = _report(
        0,
        "Dame Ada Quill has given an undisclosed sum to the appeal.",
        "The Relief Appeals Committee is co-ordinating the appeal for the flood victims.",
        'She said: "I am deeply saddened by the loss of so many homes in the valley."',
    )
    speakers = {a.actor for a in attributions(ss, ss) if "saddened" in a.claim}
    assert "Relief Appeals Committee" not in speakers
