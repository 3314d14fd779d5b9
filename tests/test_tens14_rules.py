"""Round 14 tension fixes: sums that end their clause, and a cause of death or of an event denied by name."""

from __future__ import annotations

import time
from datetime import date

from digest.briefs.actors import Attribution
from digest.briefs.conflicts import _quantities, causes_denied
from digest.briefs.sentences import Sentence


def _claim(actor: str, claim: str, article: int = 0, position: int = 0) -> Attribution:
    s = Sentence(claim, article, position, date(2030, 1, 1))
    return Attribution(actor=actor, key=actor.split()[-1].lower(), claim=claim, sentence=s, quoted=False)


def _fires(first: tuple[str, str], second: tuple[str, str]) -> bool:
    claims = [_claim(*first, article=0), _claim(*second, article=1, position=3)]
    return bool(causes_denied(claims, [c.sentence for c in claims]))


def test_sum_at_clause_end_is_read_with_its_scale() -> None:
    assert _quantities("The club said its share will be under $450,000.") == [("$", 450000.0)]
    assert _quantities("The council says the repair will cost €2.4 million.") == [("€", 2400000.0)]
    assert _quantities("Fees rose to £3m; members were told.") == [("£", 3000000.0)]
    assert _quantities("It cost £140 million over three years") == [("£", 140000000.0)]


def test_sum_reading_keeps_other_figures() -> None:
    assert _quantities("£2 and £20.") == [("£", 2.0), ("£", 20.0)]
    assert _quantities("a crowd of 30 million people") == [("people", 30000000.0)]
    assert _quantities("tickets at £5,000 per head") == [("£", 5000.0)]
    assert _quantities("The match kicked off at 3.") == []


# The bounds below are loose on purpose (a busy CI machine is no failure): at these lengths backtracking that grows
# with the square of the input takes minutes, linear reading milliseconds.
def test_sum_regex_is_linear() -> None:
    t0 = time.perf_counter()
    _quantities("paid $1." * 5000)
    _quantities("£1 " * 14000)
    assert time.perf_counter() - t0 < 20


def test_cause_denied_by_name_fires() -> None:
    assert _fires(
        ("Dr Lena Ford", "The horse died of colic after the race."),
        ("Tom Greer", "The horse died of exhaustion, and no colic was ever found in it."),
    )
    assert _fires(
        ("Chief Officer Ann Webb", "The fire was caused by a faulty heater in the kitchen."),
        ("Paul Dunn", "The fire was caused by arson, not a faulty heater."),
    )


def test_cause_near_misses_do_not_fire() -> None:
    # agreement worded as negation: the second repeats the cause
    assert not _fires(
        ("Dr Lena Ford", "The patient died of a stroke on Monday."),
        ("Tom Greer", "The patient died of a stroke, and no treatment could have saved him."),
    )
    # another subject
    assert not _fires(
        ("Dr Lena Ford", "Jones died of cancer in 2019."),
        ("Tom Greer", "Smith died of a heart attack, not cancer."),
    )
    # the second negates something else, not the first's cause
    assert not _fires(
        ("Dr Lena Ford", "The crop died from frost in March."),
        ("Tom Greer", "The crop died from drought, not neglect."),
    )
    # everyday "died" with no cause given
    assert not _fires(
        ("Dr Lena Ford", "The engine died on the motorway."),
        ("Tom Greer", "The engine died of old age, not a fuel fault."),
    )
    # the denial sits in someone else's mouth while the second gives the same cause
    assert not _fires(
        ("Dr Lena Ford", "The outage was caused by a storm overnight."),
        ("Tom Greer", "The outage was caused by a storm; the firm's claim that no storm hit is false."),
    )
    # one actor twice is no tension
    claims = [
        _claim("Tom Greer", "The dog died of poisoning."),
        _claim("Tom Greer", "The dog died of old age, not poisoning.", article=1),
    ]
    assert not causes_denied(claims, [c.sentence for c in claims])


def test_cause_regex_is_linear() -> None:
    claims = [_claim("Ann Webb", "The x died of " + "a " * 20000), _claim("Tom Greer", "The x " * 6600)]
    t0 = time.perf_counter()
    causes_denied(claims, [c.sentence for c in claims])
    assert time.perf_counter() - t0 < 20


def test_figure_regex_is_linear_on_comma_runs() -> None:
    t0 = time.perf_counter()
    _quantities("£" + "1," * 20000)
    _quantities("1," * 20000 + " barrels")
    assert time.perf_counter() - t0 < 20
    assert _quantities("spilled 1,200,000 barrels") == [("barrel", 1200000.0)]


def test_a_cause_named_inside_another_noun_or_with_alone_is_no_denial() -> None:
    """Review rev14: "no sepsis protocol" denies a protocol, "not a gunshot wound alone" adds a cause."""
    assert not _fires(
        ("Dr Ann Lee", "The patient died of sepsis."),
        (
            "Tom Hart",
            "The patient died of organ failure caused by sepsis that was not treated; there was no sepsis protocol.",
        ),
    )
    assert not _fires(
        ("Dr Ann Lee", "The soldier died of a gunshot wound."),
        ("Tom Hart", "The soldier died of blood loss, not a gunshot wound alone, the medics found."),
    )
