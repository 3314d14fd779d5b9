"""Golden tests for the subscriber review of the topic brief: tensions between named actors, stances in the
actor's own words with a readable evolution, normalised corpus artefacts, self-contained questions, and
"why it matters" as consequences rather than background."""

from __future__ import annotations

from datetime import UTC, date, datetime

from digest.briefs.changes import evolve
from digest.briefs.conflicts import find_conflicts
from digest.briefs.cues import to_question
from digest.briefs.extractive import ExtractiveEngine, _trim_claim, is_self_contained_question
from digest.briefs.sentences import Sentence, article_sentences, fix_quote_spacing, is_glued_headline, trim
from digest.models import Article, Brief, Perspective, Source, Statement, Topic

NOW = datetime(2010, 6, 15, tzinfo=UTC)
TOPIC = Topic(slug="t", title="T", kind="tracked", status="active", created=NOW, updated=NOW)


def _article(i: str, day: int, text: str, source: str = "Wire") -> Article:
    when = datetime(2010, 6, day, 9, tzinfo=UTC)
    return Article(id=i, url=None, title="", text=text, source=source, published=when, first_seen=when)


def _brief(articles: list[Article]):
    return ExtractiveEngine().topic_brief(TOPIC, articles, None, 1, NOW)


# 1. Tensions


def test_criticism_paired_with_the_criticised_actors_own_words() -> None:
    articles = [
        _article(
            "a",
            8,
            "US President Barack Obama has strongly criticised BP's chief executive Tony Hayward over the oil spill. "
            'At one point, Mr Hayward said" the environmental impact of this disaster is likely to be very, very '
            'modest ".',
            "BBC",
        )
    ]
    tensions = _brief(articles).tensions
    assert len(tensions) == 1
    summary = tensions[0].summary
    assert summary.startswith("US President Barack Obama has strongly criticised BP's chief executive Tony Hayward")
    assert "vs. Tony Hayward: “The environmental impact of this disaster is likely to be very, very modest”" in summary
    assert tensions[0].citations == (1,)


def test_challenged_claims_give_both_sides_and_disagreement_over_a_matter_stands_alone() -> None:
    articles = [
        _article(
            "a",
            1,
            "BP has challenged widespread scientific claims that vast plumes of oil are spreading underwater from "
            "its blown-out rig in the Gulf of Mexico.",
        ),
        _article(
            "b",
            2,
            "The administration and BP have disagreed over whether the company's next maneuver would cause a "
            "temporary increase in the flow of oil into the gulf.",
        ),
    ]
    summaries = [t.summary for t in _brief(articles).tensions]
    assert (
        "BP has challenged widespread scientific claims vs. scientists: “vast plumes of oil are spreading underwater "
        "from its blown-out rig in the Gulf of Mexico”"
    ) in summaries
    assert any(s.startswith("The administration and BP have disagreed over whether") for s in summaries)


def test_no_tension_from_names_that_merely_meet() -> None:
    articles = [
        _article("a", 1, "Deputy District Attorney David Walgren said the accused had caused Jackson's death."),
        _article("b", 2, "Jermaine Jackson said the concert would go ahead as planned in Cardiff in October."),
        _article("c", 3, "Rep. Edward Markey, a Democratic lawmaker, said BP knew the cement could fail."),
        _article("d", 4, "The dispute between the administration and BP comes as the company readies a new cap."),
    ]
    assert _brief(articles).tensions == []


def test_conflict_parsing_finds_the_named_parties() -> None:
    def parties(text: str) -> list[tuple[str, str]]:
        return [(c.a, c.b) for c in find_conflicts([Sentence(text, 0, 0, date(2010, 6, 1))])]

    assert parties(
        "The president's environmental adviser, Carol Browner, has accused BP of misstating the scale of the leak."
    ) == [("Carol Browner", "BP")]
    assert parties("Venezuelan President Hugo Chavez criticised the US for sending too many soldiers.") == [
        ("Venezuelan President Hugo Chavez", "US")
    ]
    assert parties("Transocean denied claims by Thad Allen that the preventer had a dead battery.") == [
        ("Transocean", "Thad Allen")
    ]
    assert parties("Obama has criticized the company for spending $50 million on advertising.") == []


# 2. Perspectives


def test_stance_trimmed_at_a_clause_break_not_mid_clause() -> None:
    long_claim = (
        'President Barack Obama said he wanted to know "whose ass to kick" over the Gulf of Mexico oil spill, '
        "adding to the pressure on energy giant BP Plc as it sought to capture more of the leak from its gushing well."
    )
    assert _trim_claim(long_claim) == (
        'President Barack Obama said he wanted to know "whose ass to kick" over the Gulf of Mexico oil spill.'
    )
    assert _trim_claim("BP said the cap was working.") == "BP said the cap was working."


def _prev(stance: str) -> Brief:
    src = [Source(1, "old", "Wire", "Old", None, None)]
    p = Perspective("Tony Hayward", Statement(stance, (1,)))
    return Brief(topic="t", title="T", version=1, created=NOW, sources=src, perspectives=[p])


def test_evolution_says_what_changed() -> None:
    sources = [Source(1, "old", "Wire", "Old", None, None), Source(2, "new", "Wire", "New", None, None)]
    previous = _prev("The oil is on the surface.")
    expanded = evolve(
        [Perspective("Tony Hayward", Statement("The oil is on the surface. BP will pay all claims.", (1, 2)))],
        sources,
        previous,
    )[0]
    assert expanded.evolution == "expanded"
    assert expanded.evolution_note == "now also: “BP will pay all claims” [2]"
    # The note carries the new claim; the stance beside it keeps the rest, so the two do not repeat each other.
    assert (expanded.stance.text, expanded.stance.citations) == ("The oil is on the surface.", (1,))
    # All of the stance new (the demo's Obama): the note says so, not the stance's first sentence again.
    renewed = evolve(
        [Perspective("Tony Hayward", Statement("BP will pay all claims. The cap will hold until August.", (2,)))],
        sources,
        previous,
    )[0]
    assert (renewed.evolution, renewed.evolution_note) == ("expanded", "new since version 1 [2]")
    # An old claim cited anew beside a new one: the note names the new claim, not "new since".
    recited = evolve(
        [Perspective("Tony Hayward", Statement("The oil is on the surface. Repairs will start in June.", (2,)))],
        sources,
        previous,
    )[0]
    assert recited.evolution_note == "now also: “Repairs will start in June” [2]", recited.evolution_note
    shifted = evolve(
        [Perspective("Tony Hayward", Statement("The oil is not on the surface anymore.", (2,)))], sources, previous
    )[0]
    assert shifted.evolution == "shifted"
    assert shifted.evolution_note == "from “The oil is on the surface” to “The oil is not on the surface anymore” [2]"
    same = evolve([Perspective("Tony Hayward", Statement("The oil is on the surface.", (1,)))], sources, previous)[0]
    assert (same.evolution, same.evolution_note) == ("unchanged", "unchanged since version 1")
    new = evolve([Perspective("Thad Allen", Statement("The cap is holding well.", (2,)))], sources, previous)[0]
    assert (new.evolution, new.evolution_note) == ("new", "first quoted in version 2")


# 3. Corpus artefacts


def test_quote_spacing_repaired_and_lost_pound_sign_kept() -> None:
    assert trim('At one point, Mr Hayward said" the impact of this disaster is likely to be very modest ".') == (
        'At one point, Mr Hayward said "the impact of this disaster is likely to be very modest".'
    )
    assert fix_quote_spacing('He said "yes" and left.') == 'He said "yes" and left.'
    assert fix_quote_spacing('An odd " quote stays.') == 'An odd " quote stays.'
    text = "Shares fell today, wiping another # 14bn off the company's market value after the leak continued."
    assert [s.text for s in article_sentences(0, text, date(2010, 6, 1))] == [text]


def test_glued_headlines_are_not_sentences() -> None:
    glued = (
        "Massive Oil Spill Washes Ashore in the Gulf Millions of gallons of oil have leaked into the Gulf of "
        "Mexico from a blown-out well."
    )
    assert is_glued_headline(glued)
    assert article_sentences(0, glued, date(2010, 6, 1)) == []
    for fine in (
        "U.S. Attorney General Eric Holder said on Tuesday the investigation was open.",
        "President Barack Obama of the United States said the response would continue.",
    ):
        assert not is_glued_headline(fine), fine
    repeat = (
        "Michael Jackson doctor gets four years in prison Michael Jackson's former doctor, Conrad Murray, has been "
        "sentenced to four years in prison."
    )
    assert [s.text for s in article_sentences(0, repeat, date(2011, 11, 29))] == [
        "Michael Jackson's former doctor, Conrad Murray, has been sentenced to four years in prison."
    ]


# 4. Open questions


def test_questions_are_grammatical_and_say_what_they_are_about() -> None:
    assert to_question("BP did not say how much it was paying for the service.") is None
    assert to_question("BP did not say how much the company was paying for the service.") == (
        "How much was the company paying for the service?"
    )
    for dangling in (
        "When will they be populated?",
        "Has evidence of such crimes emerged?",
        "Here are some questions and answers about the outbreak: HOW MANY PEOPLE HAVE DIED?",
        "The pun - ancient artform, or the lowest form of wit?",
        "How can I help her survive?",
    ):
        assert not is_self_contained_question(dangling), dangling
    assert is_self_contained_question("Will the virus cause deaths on a massive scale?")


# 5. Why it matters


def test_why_it_matters_states_consequences_not_background() -> None:
    articles = [
        _article(
            "n",
            12,
            "Engineers fitted a new cap on the leaking well on Friday morning after two days of work. "
            "The cap collected 10,000 barrels of oil in its first day of operation at the site. "
            "Ships at the surface took the oil ashore to a terminal near the town of Venice. "
            "The coast guard said fishing grounds near the well would stay closed for now.",
        ),
        _article(
            "a",
            10,
            "BP already faces lawsuits over the April 20 explosion that killed 11 workers and caused the worst spill "
            "in U.S. history. "
            "The prospect of criminal charges could threaten BP's leases with the Interior Department. "
            "Engineers fitted a new cap on the well on Wednesday morning.",
        ),
    ]
    why = [s.text for s in _brief(articles).why_it_matters]
    assert why == ["The prospect of criminal charges could threaten BP's leases with the Interior Department."]


# Review findings: precision of the rules added for the unseen sets


def _sents(*texts: str) -> list[Sentence]:
    return [Sentence(t, 0, i, date(2031, 5, 1)) for i, t in enumerate(texts)]


def test_he_said_is_not_a_victim_or_defendant_nor_past_another_person() -> None:
    from digest.briefs.actors import attributions

    killed = _sents(
        "Nadia Okafor was struck on Monday when a lorry turned into the cycle lane.",
        '"She rode that road every single day of her life," he said.',
    )
    assert attributions(killed) == []
    charged = _sents(
        "Pavel Drozd was charged with fraud on Monday.", '"This case is political and we will appeal," he said.'
    )
    assert attributions(charged) == []
    brother = _sents(
        "Tomas Reyes addressed the inquest on Tuesday.",
        "His cousin waited outside the building.",
        '"Nobody from the council has ever apologised to us," he said.',
    )
    assert attributions(brother) == []
    # the person the sentence before opens with, acting, is still the speaker
    (own,) = attributions(
        _sents("Tomas Reyes addressed the inquest on Tuesday.", '"Nobody has apologised to us," he said.')
    )
    assert own.actor == "Tomas Reyes"


def test_no_open_question_from_a_sentence_saying_the_opposite_of_an_unknown() -> None:
    from digest.briefs.cues import states_unknown, to_unknown

    for text in [
        "The council not only explained how the grant was spent but also published the receipts.",
        "Never before had the club disclosed how much the stadium cost.",
        "It was not the first time Moreau explained why the ferry was late.",
        "The budget did not survive an inquiry into how the money was raised.",
        "Villagers were not aware when the sluice was opened on Saturday.",
    ]:
        assert to_question(text) is None, text
        assert not states_unknown(text) or to_unknown(text) in (None, text), text
    # the unknowns these rules must keep
    assert to_question("There has been no review of how the money was raised.") == "How was the money raised?"
    assert (
        to_question("The club has not disclosed how much the stadium cost.") is None
    )  # not "How much the stadium cost?"
    assert to_question("The club has not disclosed how much money the stadium lost.") == (
        "How much money did the stadium lose?"
    )


def test_no_tension_from_agreement_denial_of_falsehood_praise_or_unrelated_counts() -> None:
    from digest.briefs import conflicts
    from digest.briefs.actors import attributions

    ss = _sents(
        '"The figures show a sharp rise in burglaries," Carla Nunes said.',
        "Chief Inspector Ian Shaw said the figures were not inflated.",
    )
    assert conflicts.rebuttals(ss, attributions(ss)) == []
    ss = _sents('"I saw him at the depot," Olek Marsh told the court.', "Rita Vance said Marsh was not lying.")
    assert conflicts.falsehoods(ss, attributions(ss)) == []
    ss = _sents(
        '"I was home all night," Olek Marsh told the court.',
        "Sergeant Rita Vance said his account confirmed the timeline.",
    )
    assert conflicts.rebuttals(ss, attributions(ss)) == []
    ss = _sents(
        "The board approved the new stadium on Monday, a decision Mayor Lena Fox called “a great day for us all”."
    )
    assert conflicts.answered_in_apposition(ss, attributions(ss)) == []
    ss = _sents(
        '"Pupils from lower income homes will get free meals," said Ana Cole, the charity director.',
        '"Pupils from higher income homes will pay a little more," said Education Minister Ben Ward.',
    )
    assert conflicts.directions(attributions(ss)) == []
    ss = _sents(
        "Police logged 900 thefts in the town last year, the highest total in a decade.",
        "Museum visits reached 31,000 this summer, far higher than last year's figure.",
    )
    assert conflicts.counts_against(ss) == []
    # the disagreements these rules are for still count
    ss = _sents(
        '"The figures show a sharp rise in burglaries," Carla Nunes said.',
        "Chief Inspector Ian Shaw said the figures were exaggerated.",
    )
    assert conflicts.rebuttals(ss, attributions(ss))
    ss = _sents(
        "The agency put the count at 26 cases.", "Doctors said 40 people were ill, far more than the agency's count."
    )
    assert conflicts.counts_against(ss)


def test_hostile_long_sentences_stay_fast() -> None:
    """A page's flattened table or a run of capitals read as one sentence: each rule looks a bounded distance."""
    import time

    from digest.briefs import conflicts, cues

    texts = [
        "A-" * 10_000 + " said",
        "Results: " + "Smith 1,234 votes, Jones 2,345 votes, " * 520,
        "1, far more than the ab cd ef gh ij kl mn op qr " * 440,
        "we do not know whether x; " * 800,
    ]
    start = time.perf_counter()
    for text in texts:
        ss = _sents(text)
        assert conflicts.counts_against(ss) == []
        conflicts.rebuttals(ss, [])
        conflicts.derisions(ss, [], lambda a, b: [[1.0] * len(b) for _ in a])
        assert cues.states_unknown(text) is False or "we do not know" not in text
    # Backtracking grows exponentially with the text (seconds per rule at these lengths); a bound this loose catches it
    # and does not fail on a CI machine busy with other work, as a tight one did.
    assert time.perf_counter() - start < 20


def test_the_medium_of_a_claim_is_not_its_start() -> None:
    """ "said in a news release that ...": the claim is what follows "that", not "News release that ..." (the demo's
    BP stance read so)."""
    from digest.briefs.actors import attributions

    text = (
        "The crews used the same opening last week. Harbour Oil said in a news release that the new maneuver would "
        "supplement the cap."
    )
    claims = [(a.actor, a.claim) for a in attributions(article_sentences(0, text, date(2030, 1, 1)))]
    assert claims == [("Harbour Oil", "The new maneuver would supplement the cap.")]
