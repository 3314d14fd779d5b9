"""Round 15 tension fixes (issue 14): short measures, 'would only say', possessive-named speakers, a quotation's
speaker named with their body, a figure given 'whatever the other side says', and a measure dismissed."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from digest.briefs.actors import Attribution, attributions, role_attributions
from digest.briefs.conflicts import _role_voices, guarded_replies, measures_dismissed, numeric_tensions
from digest.briefs.sentences import Sentence, article_sentences, every_sentence


def _said(text: str) -> list[tuple[str, str]]:
    day = date(2040, 5, 1)
    return [(c.actor, c.claim) for c in attributions(article_sentences(0, text, day), every_sentence(0, text, day))]


def _claim(actor: str, claim: str, article: int = 0, position: int = 0, day: int = 0) -> Attribution:
    s = Sentence(claim, article, position, date(2040, 1, 1) + timedelta(days=day))
    return Attribution(actor=actor, key=actor.split()[-1].lower(), claim=claim, sentence=s, quoted=False)


def _none_alike(left: list[str], right: list[str]) -> np.ndarray:
    return np.zeros((len(left), len(right)))


def test_a_short_measure_is_a_claim() -> None:
    assert _said("The ranger, Ivo Brandt, says it weighs 240 kilograms.") == [
        ("Ivo Brandt", "The ranger, Ivo Brandt, says it weighs 240 kilograms.")
    ]
    assert _said("The caterer, Mara Lind, says it cost £40 a head.")
    assert _said("Ben Ash says it is 30 metres long.")


def test_short_non_measures_are_no_claims() -> None:
    assert _said("The keeper, Ana Ruiz, says it was 2019.") == []
    assert _said("The owner, Lars Holm, says she is 42.") == []
    assert _said("The builder, Jon Pike, says it is 9.30am.") == []
    assert _said("The pilot, Ed Marr, says it was 12 years.") == []
    assert _said("The painter, Ida Vos, says it is red.") == []


def test_would_only_say_a_clause_is_a_claim() -> None:
    got = _said("Nils Arden, loading his van, would only say the boat was in his harbour and he had the papers.")
    assert got == [("Nils Arden", "The boat was in his harbour and he had the papers.")]


def test_would_only_say_without_a_clause_is_no_claim() -> None:
    assert _said("Ann Roe would only say the name of the winner on Friday at the show.") == []
    assert _said("Ann Roe would only say the word no to every question put to her.") == []
    assert _said("Ann Roe would not say the plan was dead at the meeting.") == []
    assert _said("Ann Roe would only say: no comment at this stage from the team.") == []


def test_possessive_with_a_full_name_speaks() -> None:
    got = _said(
        "Her colleague Dora Finch, who runs the night shift, says barely 30 per cent of beds were free, "
        "and that waits would double by winter."
    )
    assert got and got[0][0] == "Dora Finch"


def test_possessive_without_a_full_name_does_not_speak() -> None:
    assert _said("Her lawyer said the ward had been short of nurses for a year.") == []
    assert _said("His wife Ann says the ward had been short of nurses for a year.") == []
    assert _said("His brother Tom Roe, who lives in Leeds, had not seen him for years.") == []
    assert _said("Their new Chief Executive said the ward had been short of nurses.") == []


def test_quotation_speaker_named_with_their_body() -> None:
    got = _said('"The bridge was load-tested twice before it opened," Dr Selma Quist of the Harbour Authority said.')
    assert got == [("Selma Quist", "The bridge was load-tested twice before it opened.")]
    got = _said('"The river has never been this low in living memory," Anna Berg from the Norland Water Board said.')
    assert got and got[0][0] == "Anna Berg"


def test_quotation_body_names_are_no_person() -> None:
    assert _said('"The river has never been this low in living memory," Friends of the Earth said.') == []
    assert _said('"The river has never been this low in living memory," Chief Executive of Corbel said.') == []
    assert _said('"The river has never been this low in living memory," Bank of England officials said.') == []
    assert all(
        a != "Head Teacher" for a, _ in _said('"Every pupil sat the test in May," Head Teacher of Marsh School said.')
    )


def _numeric(first: Attribution, second: Attribution) -> list[str]:
    return [t[1] for t in numeric_tensions([first, second], _none_alike)]


def test_figure_given_whatever_the_other_says_answers_weeks_later() -> None:
    early = _claim("Rhys Calder", "52,000 seats have been booked for the tour and the venues are confirmed.", 0, 2)
    late = Sentence(
        '"We booked fewer than 30,000 seats," Ana Pell said, "whatever figure the promoter may have given out."',
        1,
        4,
        date(2040, 1, 25),
    )
    answer = Attribution("Ana Pell", "pell", "We booked fewer than 30,000 seats.", late, quoted=True)
    assert _numeric(early, answer)


def test_figures_weeks_apart_without_dismissal_do_not_fire() -> None:
    early = _claim("Rhys Calder", "52,000 seats have been booked for the tour and the venues are confirmed.", 0, 2)
    later = _claim("Ana Pell", "We booked fewer than 30,000 seats for the tour.", 1, 4, day=24)
    assert not _numeric(early, later)
    # "whatever happens" dismisses nothing
    happens = _claim("Ana Pell", "We booked 30,000 seats, whatever happens next.", 1, 4, day=24)
    assert not _numeric(early, happens)
    # the dismissal in the earlier sentence sets nothing against the later one
    early_w = _claim("Rhys Calder", "52,000 seats were booked, whatever they say.", 0, 2)
    assert not _numeric(early_w, later)
    # a sum dismissed "whatever they say" may be another sum: it still needs the matter in common
    paid = _claim("Tom Vey", "The league paid the club £3 million in prize money.", 0, 1)
    debt = _claim("Ula Serk", "The debt of £800,000 is owed to the builder, whatever they say.", 1, 5, day=20)
    assert not _numeric(paid, debt)


def test_measure_dismissed_fires() -> None:
    a = _claim("Ida Moor", "The museum's grant is already the highest per visitor of any gallery in the region.", 0, 1)
    b = _claim(
        "Colm Rea",
        "The cuts would close two galleries, and that a grant measured per visitor was a misleading yardstick.",
        0,
        4,
    )
    got = measures_dismissed([a, b], [a.sentence, b.sentence])
    assert got and "Ida Moor" in got[0][1] and "per visitor" in got[0][1]


def test_measure_near_misses_do_not_fire() -> None:
    a = _claim("Ida Moor", "The museum's grant is already the highest per visitor of any gallery in the region.", 0, 1)

    def fires(actor: str, text: str) -> bool:
        b = _claim(actor, text, 0, 4)
        return bool(measures_dismissed([a, b], [a.sentence, b.sentence]))

    # another measure than the one the first side used
    assert not fires("Colm Rea", "A grant measured per square metre was a misleading yardstick for the galleries.")
    # a measure praised, not dismissed
    assert not fires("Colm Rea", "A grant measured per visitor was a fair yardstick for the galleries.")
    # the measure named without a verdict on it
    assert not fires("Colm Rea", "A grant measured per visitor was paid to every gallery this year.")
    # the same side doubting its own measure
    assert not fires("Ida Moor", "A grant measured per visitor was a crude yardstick, I admit.")


def _roles(text: str) -> list[tuple[str, str]]:
    return [(c.actor, c.claim) for c in role_attributions(article_sentences(0, text, date(2040, 5, 1)))]


def test_a_named_institution_by_its_kind_speaks() -> None:
    text = "Harlow Museum has held the collection since the war. The museum says the collection is worth £3 million."
    assert _roles(text) == [("The museum", "The collection is worth £3 million.")]


def test_kind_without_the_named_institution_is_no_side() -> None:
    # no museum named in full
    assert _roles("The collection came after the war ended. The museum says the collection is worth £3 million.") == []
    # a document, a place and a sandbank are no institution
    assert _roles("Harlow Museum has held the collection since the war. The report says it is worth £3 million.") == []
    assert (
        _roles("Ardry Mains farm lies on the hill above the town. The farm says the stone is worth a great deal.") == []
    )
    assert (
        _roles("The Skellan Bank lies off the coast of the county. The bank says its survey was fine and sound.") == []
    )
    # quoted words are someone's quotation, not the body's plain claim
    assert _roles('Harlow Museum has held it since the war. The museum says "it is worth £3 million to us".') == []


def _voices(*pairs: tuple[str, str]) -> dict[str, str]:
    return _role_voices([_claim(actor, text, 0, i) for i, (actor, text) in enumerate(pairs)])


def test_role_body_voiced_by_its_one_post_holder() -> None:
    assert _voices(
        ("Petra Hale", "Zoo director Dr Petra Hale said the animals are healthy and well fed."),
        ("The zoo", "The move will cost it £1.2 million."),
    ) == {"The zoo": "Petra Hale"}
    assert _voices(
        ("Omar Reyes", "Omar Reyes, the club's chairman, said the ground was sold."),
        ("The club", "The ground was sold for £4 million."),
    ) == {"The club": "Omar Reyes"}


def test_role_body_not_voiced_by_others() -> None:
    # two people with posts at it: no one voice
    assert (
        _voices(
            ("Petra Hale", "Zoo director Dr Petra Hale said the animals are healthy."),
            ("Ian Roe", "Ian Roe, the zoo's chief vet, said the animals are healthy."),
            ("The zoo", "The move will cost it £1.2 million."),
        )
        == {}
    )
    # a former post holder, a critic, a person at another body
    assert (
        _voices(
            ("Petra Hale", "Former zoo director Petra Hale said the animals suffer."),
            ("The zoo", "The move will cost it £1.2 million."),
        )
        == {}
    )
    assert (
        _voices(
            ("Petra Hale", "Petra Hale, a critic of the zoo, said the animals suffer."),
            ("The zoo", "The move will cost it £1.2 million."),
        )
        == {}
    )
    assert (
        _voices(
            ("Petra Hale", "Museum director Petra Hale said the zoo's animals suffer."),
            ("The zoo", "The move will cost it £1.2 million."),
        )
        == {}
    )


_FILLER = [
    "The show opened on Friday with a parade of horses.",
    "Rain kept some visitors away in the afternoon.",
    "Prices for lambs held firm at the mart this week.",
    "The calf was the talk of the ring all morning.",
    "The calf was weighed on the mart's scales at noon.",
    "The calf drew a crowd of buyers from three counties.",
]


def _guarded(first: tuple[str, str], second: tuple[str, str], gap: int = 1) -> list[str]:
    a = _claim(first[0], first[1], 0, 10)
    b = Attribution(second[0], second[0].split()[-1].lower(), second[1], Sentence(second[1], 0, 10 + gap, None), False)
    context = [Sentence(t, 1, i, None) for i, t in enumerate(_FILLER)] + [a.sentence, b.sentence]
    return [t[1] for t in guarded_replies(context, [a, b])]


def test_guarded_answer_to_the_claim_just_reported() -> None:
    got = _guarded(
        ("Ann Roe", "Neighbour Ann Roe told buyers the calf was born in her paddock and is rightly hers."),
        ("Ivo Lind", "Ivo Lind, selling heifers, would only say the calf was found in his paddock on Sunday."),
    )
    assert got and "Ann Roe" in got[0] and "Ivo Lind" in got[0]


def test_guarded_answer_near_misses() -> None:
    first = ("Ann Roe", "Neighbour Ann Roe told buyers the calf was born in her paddock and is rightly hers.")
    # another matter: no word in common beyond the story's own ("calf")
    assert not _guarded(first, ("Ivo Lind", "Ivo Lind would only say the calf sold well and the price was fair."))
    # not a guarded answer
    assert not _guarded(first, ("Ivo Lind", "Ivo Lind said the calf was found in his paddock on Sunday morning."))
    # not just after the other side's claim
    assert not _guarded(first, ("Ivo Lind", "Ivo Lind would only say the calf was found in his paddock."), gap=3)
    # the same side
    assert not _guarded(first, ("Ann Roe", "Ann Roe would only say the calf was born in her paddock at dawn."))
    # the guard is someone else's, not the speaker's
    assert not _guarded(
        first, ("Ivo Lind", "The vet would only say the paddock was muddy, Ivo Lind told the mart on Sunday.")
    )


def test_a_department_is_no_actor_of_its_own() -> None:
    assert _said("Customer Services told customers that refunds would take up to 28 days to arrive.") == []
    assert _said("The Press Office said the minister had not seen the letter before Friday.") == []
    assert _said("Human Resources said the staff would be paid in full for March.") == []
    got = _said("Tixway Customer Services told customers that refunds would take up to 28 days.")
    assert [a for a, _ in got] == ["Tixway"]


def test_names_like_departments_stay_actors() -> None:
    assert [a for a, _ in _said("The Home Office said the minister had not seen the letter before Friday.")] == [
        "Home Office"
    ]
    assert [a for a, _ in _said("Marta Press said the letter had not been seen before Friday.")] == ["Marta Press"]
    assert [a for a, _ in _said("The National Health Service said the ward would reopen in May.")] == [
        "National Health Service"
    ]
    assert [a for a, _ in _said("Social Services said the child had been visited twice in May.")] == ["Social Services"]
