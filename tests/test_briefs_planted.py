"""Briefs on articles written with planted facts: each section holds what its name promises.

The planted set (tests/data/briefs/planted) is two stories from three outlets over three versions; the
gold file lists the unknowns, conflicts, quoted actors, coming dates and each version's development.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from planted_targets import assert_meets_targets

from digest.briefs.actors import attributions
from digest.briefs.conflicts import derisions, numeric_tensions
from digest.briefs.cues import to_question, to_unknown
from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted
from digest.briefs.sentences import Sentence, article_sentences
from digest.briefs.space import Space
from digest.briefs.timeline import upcoming_entries
from digest.cli import main
from digest.topics.titles import story_title, title_slug

DATA = Path(__file__).parent / "data" / "briefs"
PLANTED = (DATA / "planted" / "articles.jsonl", DATA / "planted" / "gold.json")


def test_stated_unknowns_become_grammatical_questions() -> None:
    cases = {
        "It is not yet known whether the city would borrow the difference.": "Would the city borrow the difference?",
        "Who will pay for the compensation fund has not been decided.": "Who will pay for the compensation fund?",
        "The regional government has not said whether it will offer aid to farmers.": (
            "Will the regional government offer aid to farmers?"
        ),
        "How much water the data centre uses has not been disclosed.": "How much water does the data centre use?",
        "How much fares will rise to pay for the line remains unclear.": (
            "How much will fares rise to pay for the line?"
        ),
        "Whether the ban will be lifted before spring depends on rainfall in January.": (
            "Will the ban be lifted before spring?"
        ),
        "The start of construction depends on whether the council approves the bond.": (
            "Does the council approve the bond?"
        ),
        "It remains unclear when the reservoir will refill.": "When will the reservoir refill?",
    }
    for sentence, question in cases.items():
        assert to_question(sentence) == question, sentence
    assert to_question("The council approved the route on Monday.") is None


def test_article_unknowns_name_their_subject() -> None:
    text = to_unknown("The regional government has not said whether it will offer aid to farmers.")
    assert text == "Whether the regional government will offer aid to farmers."


def _sentences(*texts: str, published: date = date(2026, 11, 2)) -> list[Sentence]:
    return [Sentence(t, i, 0, published) for i, t in enumerate(texts)]


def _similarity(sentences: list[Sentence]):
    space = Space([s.text for s in sentences])
    return lambda a, b: (space.transform(a) @ space.transform(b).T).toarray()


def test_numeric_disagreement_between_two_named_actors_is_a_tension() -> None:
    sentences = _sentences(
        "The regional government will fund 25 percent of the harbour tram, finance minister Tomas Berg said.",
        "Mayor Ana Ruiz said the regional government had agreed in March to pay 40 percent of the cost.",
        "Councillor Jonas Weir said the city already spends 11 percent of its budget on interest.",
    )
    found = numeric_tensions(attributions(sentences), _similarity(sentences))
    assert len(found) == 1  # 11 percent of the budget is another matter
    _score, summary, cites, _pair = found[0]
    assert "25 percent" in summary and "40 percent" in summary and " vs. " in summary
    assert cites == (0, 1)


def test_quoted_derision_of_a_plan_is_a_tension_with_the_plan() -> None:
    sentences = _sentences(
        "The council plans to issue a 150-million-euro green bond to cover part of the gap.",
        'Councillor Jonas Weir called the planned green bond "borrowing with a nicer name".',
    )
    found = derisions(sentences, attributions(sentences), _similarity(sentences))
    assert found and "“borrowing with a nicer name”" in found[0][1]
    assert "green bond to cover part of the gap" in found[0][1] and found[0][2] == (0, 1)


def test_announced_dates_are_upcoming_and_said_on_monday_is_not() -> None:
    sentences = [
        *article_sentences(0, "The council will now vote on the bond on 15 January.", date(2026, 11, 16)),
        *article_sentences(
            1, "The region will fund 25 percent of the tram, Tomas Berg said on Monday.", date(2026, 11, 16)
        ),
    ]
    entries = upcoming_entries(sentences, after=date(2026, 11, 17))
    assert [(e.label, e.sentences[0].article) for e in entries] == [("2027-01-15", 0)]


def test_story_title_is_a_shared_noun_phrase_and_the_slug_follows() -> None:
    texts = [
        ("Council approves harbour tram route as funding gap opens", "The council approved the route."),
        ("Region offers a quarter of harbour tram cost", "The region will fund 25 percent of the harbour tram."),
        ("Harbour traders fear years of tram works", "Shop owners fear the works, Ana Ruiz said."),
    ]
    assert story_title(texts) == "Harbour tram"
    title = story_title(texts, ["Ana Ruiz", "Port Ellis"])  # a person never names the story; the place does
    assert title == "Port Ellis harbour tram"
    assert title_slug(title, taken={"port-ellis-harbour-tram"}) == "port-ellis-harbour-tram-2"


def test_story_title_puts_the_place_before_a_phrase_that_does_not_say_where() -> None:
    ward = [
        ("Hollin maternity ward to close at night", "The Hollin maternity ward will stop admitting women at night."),
        ("Council leader attacks night closure", "Council leader Rhiannon Cole attacked the night closure."),
        ("Midwives back trust on safety", "Grace Achebe said the night closure was painful but necessary."),
    ]
    assert story_title(ward, ["Cole", "Hollin", "Achebe"]) == "Hollin night closure"
    ferry = [
        ("Skerry ferry crews vote to strike", "Crews at Skerry Ferries have voted to strike over pay."),
        ("Islanders fear empty shelves", "Shops on Skerry will be empty. Ruth Haldane said the strike hurts."),
    ]
    assert story_title(ferry, ["Skerry", "Ruth Haldane"]) == "Skerry strike"
    assert story_title(ferry[1:], ["Skerry"]) == ""  # one article shares nothing: the caller uses a headline


def test_planted_set_meets_the_section_targets() -> None:
    report = evaluate_planted(load_planted(*PLANTED), ExtractiveEngine())
    assert_meets_targets(report, article_unknowns=False)
    rate = {name: tally.rate for name, tally in report.sections.items()}
    assert rate["timeline_upcoming"] == 1.0
    assert not report.violations.get("unknown_on_timeline"), report.violations["unknown_on_timeline"]
    assert not report.violations.get("old_outlet_called_new")


def test_eval_briefs_command_reports_sections_and_ends_with_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", "briefs", *map(str, PLANTED), "--engine", "extractive", "--config", str(tmp_path / "none.yaml")]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["engine"] == "extractive" and figures["written_by"] == ["extractive"]
    assert figures["open_questions"] >= 0.9 and "open_questions" in result.output


def test_eval_briefs_command_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "articles.jsonl"
    bad.write_text('{"id": "x", "story": "tram"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "briefs", str(bad), str(PLANTED[1]), "--engine", "extractive"])
    assert result.exit_code == 1
    assert f"{bad}:1: bad article line" in result.output


def test_planted_briefs_are_deterministic() -> None:
    stories = load_planted(*PLANTED)
    assert (
        evaluate_planted(stories, ExtractiveEngine()).figures()
        == evaluate_planted(stories, ExtractiveEngine()).figures()
    )


def test_german_story_title_takes_the_place_not_a_capitalised_noun() -> None:
    texts = [
        ("Süderelbbrücke wird für Lastwagen gesperrt", "Die Süderelbbrücke in Hamburg wird für Lastwagen gesperrt."),
        ("Spediteure warnen vor Stau", "Spediteure warnen vor einem Kollaps durch die Sperrung der Süderelbbrücke."),
        ("Neubau der Süderelbbrücke frühestens 2032", "Ein Neubau der Süderelbbrücke ist frühestens 2032 möglich."),
    ]
    assert story_title(texts, ["Lastwagen", "Spediteure", "Hamburg"]) == "Süderelbbrücke Hamburg"


def test_a_title_matches_its_gold_in_either_number() -> None:
    from digest.briefs.planted import title_matches

    assert title_matches("Harlow bridge closure", "Harlow bridges")
    assert title_matches("Tarn reservoirs", "Tarn reservoir leak")
    assert not title_matches("Harlow bridge closure", "Harlow council")
    assert not title_matches("", "Harlow bridges")
