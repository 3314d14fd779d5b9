"""Other languages: sentence splitting, language choice, planted-fact recall and grouping in de, fr, es."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.briefs.extractive import ExtractiveEngine
from digest.briefs.planted import evaluate_planted, load_planted
from digest.briefs.sentences import split_sentences
from digest.cli import main
from digest.i18n import detect, language_of, languages, lexicon
from digest.topics.engine import Doc, DocFreq, Params, group
from digest.topics.features import featurize

DATA = Path(__file__).parent / "data" / "briefs"
LANGS = ("de", "fr", "es")


def test_every_supported_language_has_a_lexicon_and_english_is_first() -> None:
    assert languages()[0] == "en"
    assert set(LANGS) <= set(languages())
    assert lexicon("de-DE").language == "de"
    assert lexicon("xx").language == "en"  # no file: English


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Der Wasserverband verhängt ab dem 1. Dezember ein Verbot. Das sagte Dr. Anna Roth, z. B. am Montag. "
            "Über 30 Prozent fehlen.",
            [
                "Der Wasserverband verhängt ab dem 1. Dezember ein Verbot.",
                "Das sagte Dr. Anna Roth, z. B. am Montag.",
                "Über 30 Prozent fehlen.",
            ],
        ),
        (
            "fr",
            "M. Dupont a parlé le 1er décembre. Mme Roux a répondu. À Lyon, rien.",
            ["M. Dupont a parlé le 1er décembre.", "Mme Roux a répondu.", "À Lyon, rien."],
        ),
        (
            "es",
            "La Sra. Gómez habló el 1 de diciembre. El Dr. Ruiz respondió. ¿Quién pagará? Nadie lo sabe.",
            ["La Sra. Gómez habló el 1 de diciembre.", "El Dr. Ruiz respondió.", "¿Quién pagará?", "Nadie lo sabe."],
        ),
    ],
)
def test_no_split_inside_a_date_or_an_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lexicon(lang)) == expected


def test_a_german_number_ending_a_sentence_still_ends_it() -> None:
    assert split_sentences("Es waren 5. Dann kam nichts.", lexicon("de")) == ["Es waren 5.", "Dann kam nichts."]


def test_language_is_declared_or_detected() -> None:
    assert detect("Der Wasserverband hat nicht gesagt, ob das Verbot auch für die Landwirte gilt.") == "de"
    assert detect("Le maire a dit que la ligne sera prête dans les temps.") == "fr"
    assert detect("El alcalde dijo que la línea estará lista en el plazo previsto.") == "es"
    assert detect("The mayor said the line will be ready on time.") == "en"
    assert (
        language_of([("de-DE", "The text does not matter when the feed says."), (None, "Die Stadt und der Rat.")])
        == "de"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_planted_set_meets_the_english_section_targets(lang: str) -> None:
    stories = load_planted(DATA / lang / "articles.jsonl", DATA / lang / "gold.json")
    report = evaluate_planted(stories, ExtractiveEngine())
    figures = report.figures()
    assert figures["open_questions"] >= 0.9
    assert figures["tensions"] >= 2 / 3
    assert figures["perspectives"] == 1.0
    assert figures["article_unknowns"] >= 0.9
    assert figures["cited_supported"] == 1.0
    assert figures["timeline_upcoming"] == 1.0
    assert figures["title"] == 1.0
    assert not report.violations, dict(report.violations)


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_s_stories_become_separate_topics(lang: str) -> None:
    rows = [json.loads(line) for line in (DATA / lang / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    now = datetime(2026, 11, 4, 12, tzinfo=UTC)
    docs = [
        Doc(
            id=r["id"],
            time=now - timedelta(hours=len(rows) - i),
            source=r["outlet"],
            features=featurize(r["title"], r["text"]),
        )
        for i, r in enumerate(rows)
    ]
    out = group([], docs, DocFreq(), now, Params())
    topics = {k for k, c in out.clusters.items() if c.is_topic}
    by_story: dict[str, set[str | None]] = {}
    for r in rows:
        key = out.assignments.get(r["id"])
        by_story.setdefault(r["story"], set()).add(key if key in topics else None)
    assert all(len(keys) == 1 and None not in keys for keys in by_story.values()), by_story
    assert len({next(iter(keys)) for keys in by_story.values()}) == len(by_story)


def test_german_common_nouns_are_not_names() -> None:
    rows = [json.loads(line) for line in (DATA / "de" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    names = {n for r in rows for n, _ in featurize(r["title"], r["text"]).names}
    assert "Prozent" not in names and "Die" not in names
    assert "Anna Roth" in names


@pytest.mark.parametrize("lang", LANGS)
def test_imported_with_the_defaults_each_story_is_a_topic_with_its_sections(lang: str, tmp_path: Path) -> None:
    """The issue's trial: six articles, three outlets, two stories, imported and run with the defaults."""
    config = tmp_path / "feeds.yaml"
    config.write_text("version: 1\n")
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(DATA / lang / "articles.jsonl"), "--config", str(config)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["topics", "--json", "--config", str(config)])
    assert listed.exit_code == 0, listed.output
    topics = json.loads(listed.output)
    rows = [json.loads(line) for line in (DATA / lang / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    story_of = {r["id"]: r["story"] for r in rows}
    assert sorted(len(t["article_ids"]) for t in topics) == [3, 3]
    for topic in topics:
        assert len({story_of[i] for i in topic["article_ids"]}) == 1
        brief = topic["brief"]
        assert len(brief["open_questions"]) >= 3 and len(brief["perspectives"]) >= 3 and brief["tensions"]
        # No statement is cut inside a date or after an abbreviation.
        for s in brief["what"] + brief["open_questions"] + brief["insights"]:
            assert not s["text"].rstrip().endswith((" 1.", " Dr.", " z. B.", " M.", " Sra."))
        assert "," not in topic["title"] and ":" not in topic["title"]


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_sets_keep_their_figures(lang: str) -> None:
    """Sets written after the lexicons (tests/data/briefs/heldout_i18n/): a floor, not the targets."""
    folder = DATA / "heldout_i18n"
    report = evaluate_planted(load_planted(folder / f"{lang}.jsonl", folder / f"{lang}.gold.json"), ExtractiveEngine())
    figures = report.figures()
    assert figures["open_questions"] >= 0.85
    assert figures["perspectives"] == 1.0
    assert figures["tensions"] >= 0.5
    assert figures["cited_supported"] == 1.0
