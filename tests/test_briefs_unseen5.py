"""Briefs on the fifth unseen planted set (tests/data/briefs/unseen5), written before reading any rule code.

A wildfire and evacuation (a US wire with datelines, a local paper quoting officials in reported speech, a long-form
piece in British spelling with a hedged expert), a disputed mayoral count and recount, and a listed company's
accounting scandal. First run (`digest eval briefs --engine extractive tests/data/briefs/unseen5/articles.jsonl
tests/data/briefs/unseen5/gold.json`, before any rule was changed for it; see the set's README):

    open_questions 6/18, article_unknowns 7/18, tensions 1/14, perspectives 18/20, what_changed_development 2/6,
    questions_well_formed 5/6, title 0/3

After general rules (each unit-tested below on sentences in none of the sets): open questions 17/18, article
unknowns 17/18, tensions 13/14, perspectives 20/20, what changed 6/6, 100 % cited and well formed, a Why it matters
in every version.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from planted_targets import assert_meets_targets

from digest.briefs.actors import Attribution, attributions, role_attributions
from digest.briefs.conflicts import (
    affiliated,
    contrasts,
    figures_disputed,
    numeric_tensions,
    rebuttals,
)
from digest.briefs.cues import CONSEQUENCE, EXPOSURE, states_unknown, to_question
from digest.briefs.extractive import ExtractiveEngine, _antonyms, _is_schedule
from digest.briefs.planted import _well_formed, evaluate_planted, load_planted
from digest.briefs.sentences import Sentence, article_sentences, every_sentence, split_sentences
from digest.models import Article, Topic

DATA = Path(__file__).parent / "data" / "briefs"
UNSEEN5 = (DATA / "unseen5" / "articles.jsonl", DATA / "unseen5" / "gold.json")
DAY = date(2030, 6, 2)


def test_fifth_unseen_set_meets_the_section_targets() -> None:
    report = evaluate_planted(load_planted(*UNSEEN5), ExtractiveEngine())
    assert_meets_targets(report)
    assert report.sections["tensions"].rate >= 0.85, report.sections["tensions"].misses
    # Two accounts of the auditor's resignation; results postponed with no new timetable (issue 14, brfix8).
    for section in ("open_questions", "article_unknowns", "tensions"):
        assert report.sections[section].rate == 1.0, report.sections[section].misses


def test_unknowns_stated_without_unclear() -> None:
    """Sentences of our own, in none of the sets: concealed questions, deliberation in progress, pseudo-clefts of
    what nobody has said, a question nobody can answer yet, a hearer not told, a noun of information withheld."""
    cases = {
        "The cause of the derailment is still under investigation.": "What is the cause of the derailment?",
        "The identity of the buyer remains unknown.": "What is the identity of the buyer?",
        "The club's directors are still weighing whether to sack the coach.": (
            "Will the club's directors sack the coach?"
        ),
        "The court is considering whether the contract was valid.": "Was the contract valid?",
        "What neither union has explained is what it will do if members reject the deal.": (
            "What will each union do if members reject the deal?"
        ),
        "What the council has not said is whether the library will reopen.": "Will the library reopen?",
        "Whether the pier can be saved is something the trust has not addressed.": "Can the pier be saved?",
        "Just how many tenants were overcharged is, for now, impossible to say.": (
            "How many tenants were overcharged?"
        ),
        "What happens to the staff pension of £1.4 million was left unanswered.": (
            "What happens to the staff pension of £1.4 million?"
        ),
        "Whether the owners or the council will pay for the repairs has yet to be settled.": (
            "Will the owners or the council pay for the repairs?"
        ),
        "Engineers said there was no way to know yet which pylon the storm toppled.": (
            "Which pylon did the storm topple?"
        ),
        "Nobody at the port authority would hazard a guess at how many containers were lost.": (
            "How many containers were lost?"
        ),
        "No one from the airline was able to tell the Gazette whether the flights had been insured.": (
            "Had the flights been insured?"
        ),
        "Police could not give a timeline for when the road would reopen.": "When would the road reopen?",
        "The tribunal has not set a hearing date.": "Has the tribunal set a hearing date yet?",
        "The broker would not say how large a stake the fund holds in the bank.": (
            "How large a stake does the fund hold in the bank?"
        ),
    }
    for sentence, question in cases.items():
        assert states_unknown(sentence), sentence
        assert to_question(sentence) == question, sentence
        assert _well_formed(question), question
    # Deciding something known, and a cause that is stated, are no unknowns.
    assert not states_unknown("The cause of the derailment was a broken rail.")
    assert not states_unknown("The board decided on Monday to sell the stadium.")


def test_a_us_dateline_head_ends_no_sentence() -> None:
    text = "SPRINGDALE, Ark. (CW) — A tornado tore through Springdale on Sunday. Two people died."
    assert split_sentences(text) == [
        "SPRINGDALE, Ark. (CW) — A tornado tore through Springdale on Sunday.",
        "Two people died.",
    ]


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.actor, a.claim) for a in attributions(article_sentences(0, text, DAY))]


def test_speakers_named_after_a_role_a_title_or_a_medium() -> None:
    assert _said(
        "A nurse at the Eastgate clinic, Ruth Mensah, said in a sworn statement that patient records had been shredded."
    ) == [("Ruth Mensah", "Patient records had been shredded.")]
    assert _said("Secretary of State Alan Brody said the audit would start once the count was certified.") == [
        ("Alan Brody", "The audit would start once the count was certified.")
    ]
    # A knight is called by first name after his full name: "Sir Peter" is Sir Peter Vance.
    text = (
        "Shareholders wrote to the chairman, Sir Peter Vance, on Friday. Sir Peter said in a statement that the "
        "board would consider every option."
    )
    assert [a for a, _ in _said(text)] == ["Peter Vance"]
    assert [a for a, _ in _said("Harlow plc said on Monday that it would close two plants in the spring.")] == [
        "Harlow"
    ]


def _claims(text: str) -> tuple[list[Sentence], list[Attribution]]:
    usable = article_sentences(0, text, DAY)
    return every_sentence(0, text, DAY), attributions(usable) + role_attributions(usable)


def _similar(left: list[str], right: list[str]) -> np.ndarray:
    return np.ones((len(left), len(right)))


def test_tensions_in_juxtaposed_claims_rebuttals_and_figures() -> None:
    """Sentences of our own: claims a semicolon sets against each other, a rebuttal by 'dismissed that as', 'stood
    by', 'an attempt to', a figure that leaves its unit to the one beside it, a figure another side alleges."""
    every, claims = _claims(
        "The operator maintains that the dam was inspected every year; its critics say the inspections were done "
        "on paper only."
    )
    assert any("dam was inspected" in t[1] and "Its critics" in t[1] for t in contrasts(every, claims))
    # A plain "A said; B said" is two facts, not a dispute.
    every, claims = _claims(
        "Mayor Lena Park said the bridge would open in May; Tom Reyes said the road was resurfaced."
    )
    assert contrasts(every, claims) == []
    every, claims = _claims(
        "Senator Joan Akers said the agency had ignored three warnings. Director Paul Menon dismissed that as "
        "grandstanding by a candidate."
    )
    assert any("grandstanding" in t[1] and "Joan Akers" in t[1] for t in rebuttals(every, claims))
    every, claims = _claims(
        "Chief executive Mara Quist said the article was full of mistakes. The paper's editor, Sam Odell, said the "
        "paper stood by every word."
    )
    assert any("stood by every word" in t[1] and "Mara Quist" in t[1] for t in rebuttals(every, claims))
    every, claims = _claims(
        "Tenant leader Ada Price said the landlord had cut the heating for a week. Landlord Ivo Grant said the "
        "complaint was an attempt to delay the rent rise."
    )
    assert any("an attempt to delay" in t[1] for t in rebuttals(every, claims))
    every, claims = _claims(
        "The police put the number of marchers at 4,000. Organiser Nina Holt said her stewards had counted nearer "
        "15,000."
    )
    assert any("4,000" in t[1] and "15,000" in t[1] for t in numeric_tensions(claims, _similar))
    every, claims = _claims(
        "Mayor Rosa Lind said the repairs would cost £3 million. Engineer Olu Bako said they would cost £9 million."
    )
    assert any("£3 million" in t[1] and "£9 million" in t[1] for t in numeric_tensions(claims, _similar))
    every, claims = _claims(
        "Analyst Ivan Petrov spoke to the Ledger on Monday. He estimates that the loss is nearer £20m than the £80m "
        "Carrow Capital alleges."
    )
    assert any("Ivan Petrov" in t[1] and "Carrow Capital" in t[1] for t in figures_disputed(every, claims))


def test_opposites_and_one_side_speaking_twice() -> None:
    assert _antonyms("The gate was unlocked all night.", "The gate was locked at ten.")
    assert not _antonyms("The gate was locked.", "The door was locked.")
    sentences = article_sentences(
        0,
        'Harbour Water said the pipe had been checked in May. "We found nothing wrong," said Jo Ames, a '
        "spokeswoman for the company.",
        DAY,
    )
    assert affiliated("Harbour Water", "Jo Ames", sentences)
    assert not affiliated("Harbour Water", "Jo Ames", article_sentences(0, "Jo Ames said the pipe leaked.", DAY))


def test_stakes_and_who_is_exposed() -> None:
    for sentence in (
        "If the levee fails, the town's two care homes lie in the water's path.",
        "A ruling against the insurer could leave it facing claims of £2 billion.",
        "The closure of the mill would take £40 million a year out of the valley.",
        "The vote is a test of whether the coalition can hold.",
    ):
        assert CONSEQUENCE.search(sentence), sentence
    assert EXPOSURE.search("The plant employs about 1,200 people.")
    # What rides on an event is a stake; when it is due is a schedule.
    assert not _is_schedule(Sentence("The ballot will decide who runs the port.", 0, 3, DAY))
    assert _is_schedule(Sentence("The council will decide on 15 January.", 0, 3, DAY))


def test_why_it_matters_is_not_left_empty_when_the_stake_is_the_news() -> None:
    """An article whose only stake is in its lead: Why it matters repeats it rather than stay empty."""
    text = (
        "The closure of the Dunholm steelworks would put 2,000 jobs at risk, the union warned on Monday. "
        "Union official Kay Moss said members were angry. The company has run the works since 1987."
    )
    when = datetime(2030, 6, 2, 9, tzinfo=UTC)
    article = Article(
        id="a1",
        url="https://example.org/a1",
        title="Steelworks closure would put 2,000 jobs at risk",
        text=text,
        source="Dunholm Echo",
        published=when,
        first_seen=when,
    )
    topic = Topic(
        slug="dunholm",
        title="Dunholm steelworks closure",
        kind="discovered",
        status="active",
        created=when,
        updated=when,
    )
    brief = ExtractiveEngine().topic_brief(topic, [article], None, 1, when)
    assert brief.why_it_matters and "2,000 jobs" in brief.why_it_matters[0].text


def test_no_tension_with_an_arrangement_or_ones_own_body() -> None:
    """Precision: a judge's 'the court would sit three days a week' is no side in a dispute, and a body's own
    consultant ('Dr Ida Berg, the board's consultant') speaks for it, not against it."""
    from digest.briefs.extractive import _ARRANGEMENT

    assert _ARRANGEMENT.search("The tribunal would sit four days a week until June.")
    assert not _ARRANGEMENT.search("The tribunal said the dismissal was unfair.")
    sentences = article_sentences(
        0,
        "The Western Water Board said supplies were safe. Dr Ida Berg, the board's consultant, said no one was ill.",
        DAY,
    )
    assert affiliated("Western Water Board", "Ida Berg", sentences)


def test_a_new_stance_in_the_speakers_own_clause() -> None:
    """'X, who last month called ..., said he took ...': the stance is the main clause, with X for "he"; after a
    semicolon, "on Monday he acknowledged that ..." is the same speaker's second claim."""
    assert _said("Brandon, who last month called the audit a smear, said he took full blame for the losses.") == [
        ("Brandon", "Brandon took full blame for the losses.")
    ]
    claims = _said(
        "Mayor Ines Duarte said last week the dam was sound enough for the winter; on Monday she acknowledged that "
        "two sluices had failed during the storm."
    )
    assert ("Ines Duarte", "Two sluices had failed during the storm.") in claims, claims


def test_the_allegation_a_rebuttal_names_is_the_one_made_as_such() -> None:
    every, claims = _claims(
        "A cleaner at the depot, Omar Said, said in a sworn statement that the fuel logs had been altered. The "
        "depot manager, Lena Voss, said the logs were kept under lock. Director Hal Brent said the allegation was "
        "an attempt to settle an old score."
    )
    found = [t[1] for t in rebuttals(every, claims)]
    assert any("Hal Brent" in t and "Omar Said" in t for t in found), found
