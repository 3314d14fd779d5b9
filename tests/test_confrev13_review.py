"""Review findings on the tension and attribution precision rules (issue 14): a body's spokesman is no reporter,
a former or deputy holder is not the post's holder, counts of one outcome in other words stay rival counts, a
rebuttal that calls the other figure a lie is no agreement, and "should never have been charged" is a denial."""

from __future__ import annotations

from datetime import date

from briefs_support import all_alike, read_on

from digest.briefs.actors import Attribution
from digest.briefs.conflicts import _counted_apart, _role_named, _same_headline, charges_denied, numeric_tensions
from digest.briefs.sentences import Sentence, every_sentence

DAY = date(2031, 6, 2)


def _read(text: str) -> tuple[list[Sentence], list[Attribution]]:
    return read_on(text, DAY)


def test_a_body_told_things_keeps_its_spokesman() -> None:
    for body in ("the Pentagon", "NATO", "the Water Board", "FIFA"):
        name = body.removeprefix("the ")
        text = (
            f"Senator Ann Reed told {body} that the contract had been rushed. "
            f"The {name}'s spokesman John Kirby says the contract was awarded lawfully after a full tender."
        )
        _context, claims = _read(text)
        assert "kirby" in {c.key for c in claims}, body


def test_a_newspaper_told_things_still_has_no_reporter_actor() -> None:
    text = (
        "Mill owner Rita Vance told the Valley Echo that the looms would restart in May. "
        "The Valley Echo's Sam Dyer says no loom has turned at the mill since the flood in March."
    )
    _context, claims = _read(text)
    assert "dyer" not in {c.key for c in claims}


def test_a_former_or_deputy_holder_is_not_the_post_holder() -> None:
    for qualified in (
        "Former health minister Jo Bell",
        "Deputy health minister Jo Bell",
        "Shadow health minister Jo Bell",
    ):
        sentences = every_sentence(0, f"{qualified} criticised the plan on Tuesday.", DAY)
        assert not _role_named("The health minister", "Jo Bell", sentences), qualified
    sentences = every_sentence(0, "Health minister Jo Bell defended the plan on Tuesday.", DAY)
    assert _role_named("The health minister", "Jo Bell", sentences)


def test_one_outcome_in_other_words_is_one_count() -> None:
    pairs = [
        ("The blast killed 40 people on Sunday.", "In all 55 people lost their lives in the blast."),
        ("At least 12 people drowned in the flood.", "The flood killed 20 people."),
        ("Some 300 people were injured in the riots.", "Only 120 people were hurt, the police said."),
        ("Police arrested 45 people at the march.", "Organisers said 80 people were detained."),
        ("Some 70 people remain unaccounted for.", "About 30 people are still missing."),
    ]
    for a, b in pairs:
        qa = [float(t) for t in a.replace(".", " ").split() if t.isdigit()]
        qb = [float(t) for t in b.replace(".", " ").split() if t.isdigit()]
        assert not _counted_apart(a, b, qa[0], qb[0]), (a, b)


def test_different_things_counted_stay_apart() -> None:
    a = "Officials said 100,000 people are being sent to camps outside the city."
    b = "The agency says 500,000 people are living outdoors."
    assert _counted_apart(a, b, 100000.0, 500000.0)
    assert _counted_apart("The quake killed 200 people.", "Some 9,000 people were injured.", 200.0, 9000.0)


def test_a_rebuttal_that_calls_the_figure_a_lie_is_no_agreement() -> None:
    assert not _same_headline(
        "40 soldiers died in the assault, the general said.",
        "40 soldiers is a lie: 400 soldiers died, the opposition leader said.",
    )


def test_should_never_have_been_charged_is_a_denial() -> None:
    text = (
        "The club's captain Tom Hale was charged with affray after the brawl at the ground. "
        "Hale's lawyer Ruth Abara said the club captain should never have been charged and had done nothing to "
        "provoke the brawl."
    )
    context, claims = _read(text)
    assert charges_denied(context, claims)


def test_numeric_tension_of_one_toll_in_other_words() -> None:
    text = (
        "Mayor Lena Ortiz said the blast killed 40 people on Sunday. "
        "Union leader Marco Reyes said 55 people lost their lives in the blast."
    )
    _context, claims = _read(text)
    assert len(numeric_tensions(claims, all_alike)) == 1
