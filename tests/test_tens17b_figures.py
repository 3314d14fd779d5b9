"""Tensions of three kinds unseen16 showed (issue 14, tens17), tested on sentences of other domains.

- a figure dismissed out of hand ("3.1 is rubbish", "they've got the rate wrong") answers the side that gave it;
- an asking price refused by another side ("£450,000 for a derelict mill is not a price this council can pay");
- two sides' counts of the same noun about the same matter ("412 complaints about overtime pay" / "55 ...").
Each has near misses that must not fire: a figure nobody gave, a price paid, counts of other periods or places.
"""

from __future__ import annotations

from datetime import date

from sklearn.feature_extraction.text import TfidfVectorizer

from digest.briefs.actors import attributions, role_attributions
from digest.briefs.conflicts import figures_dismissed, figures_dismissed_in_reports, prices_refused, tensions
from digest.briefs.sentences import Sentence, article_sentences, every_sentence


def found(texts: list[str]) -> list[str]:
    """The tensions found in several reports, a day apart, read as the engine reads them."""
    context: list[Sentence] = []
    usable: list[Sentence] = []
    claims = []
    for i, text in enumerate(texts):
        day = date(2041, 3, 1 + i)
        ctx = every_sentence(i, text, day)
        context += ctx
        use = article_sentences(i, text, day)
        usable += use
        claims += attributions(use, ctx)
    claims += role_attributions(usable)
    space = TfidfVectorizer().fit([s.text for s in context])

    def similarity(left: list[str], right: list[str]):  # type: ignore[no-untyped-def]
        return (space.transform(left) @ space.transform(right).T).toarray()

    return [t[0] for t in tensions(usable, claims, similarity, k=5, context=context)]


GAUGE = "The river gauge at Holt Bridge rose by 3.1 metres in a day, the hydrologist Dr Ines Varga said in her report."


def test_a_figure_called_rubbish_answers_the_side_that_gave_it() -> None:
    out = found([GAUGE, 'Farmer Tom Kettle disagreed. "3.1 is rubbish. I watched it from my gate," he said.'])
    assert any("Ines Varga" in t and "Tom Kettle" in t and "rubbish" in t for t in out)


def test_a_rate_got_wrong_answers_the_earlier_rate() -> None:
    first = "Analyst Mira Osei said the default rate had reached 7.5 percent among small lenders."
    second = 'Banker Joel Frame said: "They have got the rate completely wrong."'
    out = found([first, second])
    assert any("Mira Osei" in t and "Joel Frame" in t for t in out)


def test_a_figure_called_plucked_from_the_air_answers_its_number() -> None:
    first = "The promoter, Carla Mendes, said 40,000 tickets had been sold for the festival."
    second = 'Police chief Omar Reyes said: "The ticket number is plucked from thin air."'
    out = found([first, second])
    assert any("Carla Mendes" in t and "Omar Reyes" in t for t in out)


def test_dismissals_that_answer_nobody_are_no_tension() -> None:
    cases = [
        [
            'Farmer Tom Kettle said: "3.1 is rubbish. The whole survey is a joke."',
            "Dr Ines Varga said it rose by 5 metres.",
        ],
        [GAUGE, 'Farmer Tom Kettle said: "If the rate is wrong, we will hear about it."'],
        [GAUGE, 'Farmer Tom Kettle said: "The food at the meeting was rubbish."'],
        [GAUGE, 'Farmer Tom Kettle said: "Nobody here thinks the figure is wrong."'],
    ]
    for texts in cases:
        assert not any("Kettle" in t for t in found(texts)), texts


def test_the_dismissal_rule_alone_needs_the_figure_given() -> None:
    _ctx = every_sentence(0, 'Farmer Tom Kettle said: "3.1 is rubbish."', date(2041, 3, 1))
    claims = attributions(article_sentences(0, 'Farmer Tom Kettle said: "3.1 is rubbish."', date(2041, 3, 1)), _ctx)
    assert figures_dismissed(claims) == []


MILL = "The owner of the mill, Rosa Blane, is asking £450,000 for the building, according to the parish."


def test_an_asking_price_refused_by_another_side_is_a_tension() -> None:
    out = found(
        [MILL, 'Council leader Amir Shah said: "£450,000 for a derelict mill is not a price this council can pay."']
    )
    assert any(t.startswith("Rosa Blane:") and "Amir Shah" in t for t in out)
    out = found(
        [
            "The club's striker, Leo Varga, is demanding £90,000 a week.",
            'Chairman Ian Cole said: "We will not pay £90,000."',
        ]
    )
    assert any("Leo Varga" in t and "Ian Cole" in t for t in out)


def test_a_price_paid_or_another_sum_refused_is_no_tension() -> None:
    cases = [
        'Council leader Amir Shah said: "We paid £450,000 for the mill and it was a fair price."',
        'Council leader Amir Shah said: "£300,000 is not a price we can pay for the barn."',
        'Council leader Amir Shah said: "We will pay £450,000, and we will not accept delay."',
        'Rosa Blane said: "£450,000 is not a price the council will pay, I know."',
    ]
    for text in cases:
        context = every_sentence(0, MILL, None) + every_sentence(1, text, None)
        claims = attributions(article_sentences(1, text, None), every_sentence(1, text, None))
        assert prices_refused(context, claims) == [], text


PAY = "Union secretary Paula Dent said the branch had logged 412 complaints about overtime pay{0}."
BOSS = "The company's director, Mark Ibbot, said it had received 55 complaints about overtime pay{0}."


def test_two_counts_of_one_thing_by_two_sides_are_a_tension() -> None:
    out = found([PAY.format(" since 2040"), BOSS.format(" in the same period")])
    assert any("Paula Dent" in t and "Mark Ibbot" in t for t in out)
    first = "Parents' group chair Lena Stoll said families had made 64 reports about bullying at the school."
    second = "Head teacher Rob Inman said the school had received 9 reports about bullying at the school."
    assert any("Lena Stoll" in t and "Rob Inman" in t for t in found([first, second]))


def test_counts_of_other_periods_places_or_matters_are_no_tension() -> None:
    cases = [
        [PAY.format(" in 2040"), BOSS.format(" in 2041")],
        [PAY.format(" in Leeds"), BOSS.format(" in Bradford")],
        [PAY.format(" since 2040"), BOSS.format(" last month")],
        [PAY.format(""), "The company's director, Mark Ibbot, said it had received 55 complaints about parking."],
    ]
    barrels = [
        "Union secretary Paula Dent said the crews collected 900 barrels of oil on Saturday, against 800 on Friday.",
        "The company's director, Mark Ibbot, said its wells had recovered about 2 billion barrels of oil since 1950.",
    ]
    cases.append(barrels)
    for texts in cases:
        assert not any("Paula Dent" in t and "Mark Ibbot" in t for t in found(texts)), texts


BULLETIN = (
    "RIVERWATCH · Flood Gauge Bulletin No. 3\n\nSummary\n\nThe gauge at Holt Bridge rose by 3.1 metres in a day during "
    "the storm.\n\nThe next reading is due on Monday.\n\nAuthor: Dr Ines Varga CEng, Senior Hydrologist"
)
CHAT = "[02/03/2041, 19:10] Tom Kettle: 3.1 is rubbish.\n[02/03/2041, 19:12] Ann Dale: I agree."


def test_a_chat_line_dismissing_a_bulletins_figure_answers_its_author() -> None:
    context = every_sentence(0, BULLETIN, date(2041, 3, 1)) + every_sentence(1, CHAT, date(2041, 3, 2))
    out = figures_dismissed_in_reports(context, [])
    assert len(out) == 1
    assert out[0][1].startswith("Ines Varga: “The gauge at Holt Bridge rose by 3.1 metres")
    assert "Tom Kettle: “3.1 is rubbish" in out[0][1]


def test_a_chat_dismissal_of_a_figure_no_report_gave_is_no_tension() -> None:
    other = BULLETIN.replace("3.1", "2.4")
    context = every_sentence(0, other, date(2041, 3, 1)) + every_sentence(1, CHAT, date(2041, 3, 2))
    assert figures_dismissed_in_reports(context, []) == []
    unsigned = BULLETIN.replace("Author: Dr Ines Varga CEng, Senior Hydrologist", "Next bulletin in a month.")
    context = every_sentence(0, unsigned, date(2041, 3, 1)) + every_sentence(1, CHAT, date(2041, 3, 2))
    assert figures_dismissed_in_reports(context, []) == []
    later = every_sentence(0, BULLETIN, date(2041, 3, 5)) + every_sentence(1, CHAT, date(2041, 3, 2))
    assert figures_dismissed_in_reports(later, []) == []
    agree = CHAT.replace("3.1 is rubbish.", "3.1 is about right.")
    context = every_sentence(0, BULLETIN, date(2041, 3, 1)) + every_sentence(1, agree, date(2041, 3, 2))
    assert figures_dismissed_in_reports(context, []) == []
